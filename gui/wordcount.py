# SPDX-License-Identifier: MIT
"""字数 as Word counts it, and the check entry points of the worker process (no Qt imports here).

The worker process lives as long as the window, so the piece caches of the core
(jiaogao.core.incremental) keep the unchanged paragraphs of the draft from one check to
the next: a re-check after typing redoes only the edited paragraph's piece-wise work.
"""

from __future__ import annotations

import re

from jiaogao.core.checks.base import CheckOptions
from jiaogao.core.incremental import caching, enabled, piece_cache
from jiaogao.core.model import Document, Finding, Outline, Paragraph, Report

_CJK = (
    r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f"
    r"\u3000-\u303f\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65\u2018-\u201f\u2026\u2014]"
)
_WORDS = re.compile(_CJK + r"|[A-Za-z0-9\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]+(?:[.'][A-Za-z0-9]+)*")


def word_count(text: str) -> int:
    """字数 as Word counts it: each CJK character or full-width mark 1, each Latin/digit run 1.

    Counted line by line (no word runs over a line break), so that a re-count after typing
    reuses the count of every line that did not change.
    """
    if not enabled():
        return _count(text)
    return sum(map(_line_count, text.split("\n")))


def _count(text: str) -> int:
    return sum(1 for _ in _WORDS.finditer(text))


_line_count = piece_cache()(_count)


def check_and_count(doc: Document, options: CheckOptions) -> tuple[Report, int]:
    """What the worker process runs: the checks, and the word count while it is at it."""
    from jiaogao.core.engine import check_document

    with caching():  # the worker sees the same draft again and again: reuse its pieces
        return check_document(doc, options), word_count(doc.text)


# A finding as a plain tuple (the fields of Finding in order): a tuple of str and int pickles
# several times faster than the dataclass, and a long draft has thousands of findings.
FindingRow = tuple[str, str, str, str, int, int, str, "str | None"]
Levels = tuple["int | None", ...]


def plain_lines(doc: Document) -> Levels | None:
    """The paragraph levels of a document that is nothing but lines of text with levels (the
    editor's snapshot), or None when it carries more (tables, runs, styles) and must go whole."""
    levels = []
    for p in doc.blocks:
        if not isinstance(p, Paragraph) or p.style is not None or p.runs or p.in_table:
            return None
        levels.append(p.level)
    return tuple(levels)


def lines_document(text: str, levels: Levels) -> Document:
    """The document ``plain_lines`` describes: one paragraph per line, with its level."""
    return Document(tuple(Paragraph(t, level=lv) for t, lv in zip(text.split("\n"), levels, strict=False)))


def check_lines(text: str, levels: Levels, options: CheckOptions) -> tuple[Outline, list[FindingRow], int]:
    """The worker's entry for the editor's drafts: plain data in and out (the report's text is
    the caller's own, so it is not sent back)."""
    report, words = check_and_count(lines_document(text, levels), options)
    rows = [(f.rule, f.category, f.severity, f.message, f.start, f.end, f.excerpt, f.suggestion)
            for f in report.findings]  # fmt: skip
    return report.outline, rows, words


def report_from_rows(text: str, outline: Outline, rows: list[FindingRow]) -> Report:
    return Report(text, outline, tuple(Finding(*row) for row in rows))
