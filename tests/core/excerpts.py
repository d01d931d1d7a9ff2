# SPDX-License-Identifier: MIT
"""The one helper the passage tests share: what the full check flags in a text, by category."""

from jiaogao.core.engine import check_text


def found(text: str, category: str) -> list[str]:
    """The excerpts of ``category`` findings of ``text``, in text order."""
    return [f.excerpt for f in check_text(text).findings if f.category == category]
