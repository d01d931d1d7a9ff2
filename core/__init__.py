# SPDX-License-Identifier: MIT
"""JiaoGao core: reading drafts, their outline, and the checks. Pure Python, no Qt."""

__version__ = "0.1.0"
