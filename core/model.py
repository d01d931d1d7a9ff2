# SPDX-License-Identifier: MIT
"""The document model shared by readers, checks, writers and the GUI.

Offsets are code-point offsets into ``Document.text``: the paragraphs joined by
"\n". A table contributes one paragraph per cell, row by row, where it stands.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

CATEGORIES = (
    "placeholder",
    "missing-section",
    "numbering",
    "figure-mismatch",
    "figure-conflict",
    "count-mismatch",
    "period-mismatch",
    "duplicate",
    "web-residue",
    "punctuation",
)
SEVERITIES = ("error", "warning", "info")
# What the user reads for each category (findings pane, reports).
CATEGORY_NAMES = {
    "placeholder": "占位符未替换",
    "missing-section": "缺少部分",
    "numbering": "序号问题",
    "figure-mismatch": "数字不符",
    "figure-conflict": "数字前后矛盾",
    "count-mismatch": "数量不符",
    "period-mismatch": "时间不符",
    "duplicate": "重复内容",
    "web-residue": "网页残留",
    "punctuation": "标点符号",
}

# Paragraph levels: 0 is the title, 1-4 the heading levels 一、（一）1.（1）, None body text.
TITLE = 0
BODY = None


@dataclass(frozen=True, slots=True)
class Run:
    """A stretch of a paragraph with one character format."""

    text: str
    bold: bool = False
    italic: bool = False
    underline: bool = False


@dataclass(frozen=True, slots=True)
class Paragraph:
    """One paragraph as read from a file.

    ``level`` is what the source itself said (a Word heading style or outline
    level); None means the source said nothing and the outline parser decides.
    """

    text: str
    style: str | None = None
    level: int | None = None
    runs: tuple[Run, ...] = ()
    in_table: bool = False


@dataclass(frozen=True, slots=True)
class Table:
    """A table: rows of cells, each cell a tuple of paragraphs."""

    rows: tuple[tuple[tuple[Paragraph, ...], ...], ...]


Block = Paragraph | Table


@dataclass(frozen=True)
class Document:
    """A draft: its blocks in order, and where it came from."""

    blocks: tuple[Block, ...]
    source: str | None = None
    notes: tuple[str, ...] = ()  # what the reader could not keep (text boxes, images …)

    @classmethod
    def from_text(cls, text: str, source: str | None = None) -> Document:
        """A document of plain paragraphs, one per line of ``text``."""
        return cls(tuple(Paragraph(line) for line in text.split("\n")), source)

    @cached_property
    def paragraphs(self) -> tuple[Paragraph, ...]:
        """Every paragraph in reading order, table cells row by row."""
        out: list[Paragraph] = []
        for block in self.blocks:
            if isinstance(block, Table):
                for row in block.rows:
                    for cell in row:
                        out.extend(cell)
            else:
                out.append(block)
        return tuple(out)

    @cached_property
    def text(self) -> str:
        return "\n".join(p.text for p in self.paragraphs)


@dataclass(frozen=True, slots=True)
class Span:
    """A paragraph's place in the text."""

    start: int
    end: int
    text: str
    level: int | None = None  # the source's own level, see Paragraph.level


@dataclass(frozen=True, slots=True)
class Heading:
    """One outline entry: 一、 / （一） / 1. / （1） or a Word heading style."""

    level: int  # 1..4
    number: str  # the number as written ("一", "1"); "" for a styled heading without one
    value: int  # the number's value (一 -> 1); 0 when there is none
    heading: str  # heading text without its number
    start: int  # offset of the paragraph's first character
    end: int  # offset just past the heading text (end of its line or first sentence)
    marker: str = ""  # the number with its punctuation as written: "一、", "(1)"


@dataclass(frozen=True)
class Outline:
    title: str
    title_start: int | None
    report_type: str | None  # a ReportType key, e.g. "halfyear"
    headings: tuple[Heading, ...] = ()


@dataclass(frozen=True, slots=True)
class Finding:
    rule: str  # dotted id, e.g. "placeholder.mask"
    category: str  # one of CATEGORIES
    severity: str  # one of SEVERITIES
    message: str  # Chinese, for the user
    start: int
    end: int
    excerpt: str  # == text[start:end]
    suggestion: str | None = None

    def to_dict(self) -> dict[str, object]:
        return {
            "rule": self.rule,
            "category": self.category,
            "severity": self.severity,
            "message": self.message,
            "start": self.start,
            "end": self.end,
            "excerpt": self.excerpt,
            "suggestion": self.suggestion,
        }


@dataclass(frozen=True)
class Report:
    """What the checker says about one text."""

    text: str
    outline: Outline
    findings: tuple[Finding, ...] = field(default=())

    def count(self, severity: str) -> int:
        return sum(1 for f in self.findings if f.severity == severity)
