# SPDX-License-Identifier: MIT
"""The report's outline: title, report type and the headings 一、（一）1.（1）."""

from __future__ import annotations

import re
from collections.abc import Sequence

from .model import Heading, Outline, Span
from .numerals import cn_small_int

_CN = "一二三四五六七八九十"
# Each level: the marker at a paragraph's start. Groups: number.
HEADING_PATTERNS: tuple[tuple[int, re.Pattern[str]], ...] = (
    # Not "一、二等奖" / "一、二、三产业": a numeral list, not a heading.
    (1, re.compile(rf"^\s*([{_CN}]{{1,3}})\s*[、．.](?![{_CN}]{{1,3}}[、等])\s*")),
    (2, re.compile(rf"^\s*[（(]\s*([{_CN}]{{1,3}})\s*[）)]\s*[、．.]?")),
    # Not "3、4月份" / "1、2号楼": two numbers, not a heading.
    (3, re.compile(r"^\s*([0-9０-９]{1,2})\s*(?:[、．]|\.(?![0-9０-９]))(?![0-9０-９]{1,2}\s*[、月日号])")),
    (4, re.compile(r"^\s*[（(]\s*([0-9０-９]{1,2})\s*[）)]\s*[、．.]?")),
    (4, re.compile(r"^\s*([①-⑳])\s*")),
)
_FULLWIDTH_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")
_HEADING_END = re.compile(r"[。！？!?；;]|[：:](?=.)")
TITLE_WORDS = re.compile(r"总结|报告|计划|安排|汇报|述职|情况|要点|打算|思路")
MAX_HEADING_CHARS = 60


def number_value(number: str) -> int:
    """The value of a heading number as written: 一 → 1, ３ → 3, ② → 2."""
    if "①" <= number <= "⑳":
        return ord(number) - ord("①") + 1
    if number[0].isdigit():
        return int(number.translate(_FULLWIDTH_DIGITS))
    return cn_small_int(number) or 0


def match_heading(text: str) -> tuple[int, str, re.Match[str]] | None:
    """The heading level and number if ``text`` opens with a heading marker."""
    for level, pattern in HEADING_PATTERNS:
        m = pattern.match(text)
        if m:
            if number_value(m.group(1)) == 0:
                return None
            rest = text[m.end() :]
            if not rest.strip():
                return None
            return level, m.group(1), m
    return None


def heading_text_end(text: str, start: int) -> int:
    """Where a heading's own words end: at its first sentence stop or the line end.

    Reports often run the body on after the heading (``1.深入推进党建工作。扎实开展…``).
    """
    m = _HEADING_END.search(text, start)
    end = m.start() if m else len(text)
    return end


def paragraph_spans(text: str) -> list[Span]:
    spans: list[Span] = []
    pos = 0
    for line in text.split("\n"):
        spans.append(Span(pos, pos + len(line), line))
        pos += len(line) + 1
    return spans


def find_title(paragraphs: Sequence[Span]) -> Span | None:
    """The title: a styled title, else the first short line that names a report, else the first short line."""
    for p in paragraphs:
        if p.level == 0 and p.text.strip():
            return p
    first_short: Span | None = None
    for p in paragraphs[:40]:
        t = p.text.strip()
        if not t or len(t) > 60 or match_heading(t):
            continue
        if t.endswith(("。", "！", "？", "：", ":", "，", ",")) or t.startswith(
            ("-", "•", "·", "【", "[", "*")
        ):
            continue
        if re.search(r"当前位置|首页|[>›»]|https?://|www\.", t):
            continue  # a site's breadcrumb or address line, never the title
        if TITLE_WORDS.search(t) and not re.search(
            r"本站|小编|下载|来源|发布|范文|话题|大全|栏目|标签|网友|\d+(\.\d+)?\s*[KM]B", t
        ):
            return p
        if first_short is None and re.search(r"[\u4e00-\u9fff]", t):
            first_short = p
    return first_short


def parse_outline(
    text: str, paragraphs: Sequence[Span] | None = None, report_type: str | None = None
) -> Outline:
    """Find the title, report type and headings of ``text``.

    ``paragraphs`` may carry levels from a Word file's styles; plain text gets levels
    from the heading numbers alone.
    """
    from .reporttypes import detect_type

    spans = list(paragraphs) if paragraphs is not None else paragraph_spans(text)
    title_span = find_title(spans)
    title = title_span.text.strip() if title_span else ""
    headings: list[Heading] = []
    for p in spans:
        if title_span is not None and p.start == title_span.start:
            continue
        h = _heading_of(p)
        if h is not None:
            headings.append(h)
    kind = report_type or detect_type(title)
    return Outline(title, title_span.start if title_span else None, kind, tuple(headings))


def _heading_of(p: Span) -> Heading | None:
    text = p.text
    found = match_heading(text)
    if found is not None:
        level, number, m = found
        end = heading_text_end(text, m.end())
        words = text[m.end() : end].strip().rstrip("：:，,、 ")
        if not words or end - m.end() > MAX_HEADING_CHARS:
            # A long first sentence behind a number is an enumerated body paragraph,
            # still an outline entry, cut to its first words.
            end = min(len(text), m.end() + MAX_HEADING_CHARS)
            words = text[m.end() : end].strip()
        if p.level is not None and p.level >= 1:
            level = p.level
        return Heading(level, number, number_value(number), words, p.start, p.start + end, m.group(0).strip())
    if p.level is not None and 1 <= p.level <= 4 and text.strip():
        stripped = text.strip()
        return Heading(p.level, "", 0, stripped, p.start, p.start + len(text))
    return None
