# SPDX-License-Identifier: MIT
"""字数 as Word counts it, and the check entry point of the worker process (no Qt imports here)."""

from __future__ import annotations

import re

from jiaogao.core.checks.base import CheckOptions
from jiaogao.core.model import Document, Report

_CJK = (
    r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f"
    r"\u3000-\u303f\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65\u2018-\u201f\u2026\u2014]"
)
_WORDS = re.compile(_CJK + r"|[A-Za-z0-9\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]+(?:[.'][A-Za-z0-9]+)*")


def word_count(text: str) -> int:
    """字数 as Word counts it: each CJK character or full-width mark 1, each Latin/digit run 1."""
    return sum(1 for _ in _WORDS.finditer(text))


def check_and_count(doc: Document, options: CheckOptions) -> tuple[Report, int]:
    """What the worker process runs: the checks, and the word count while it is at it."""
    from jiaogao.core.engine import check_document

    return check_document(doc, options), word_count(doc.text)
