# SPDX-License-Identifier: MIT
"""Word files in and out: ``read_docx`` (.docx → Document) and ``write_docx`` (Document → GB/T 9704 .docx).

The reader lives in ``docx_read`` (on top of the defensive ``docx_package``), the writer in
``docx_write``; this module is the API the CLI and the GUI use.
"""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

from .docx_read import read_docx
from .docx_write import ExportOptions, Progress, WriteError, write_package
from .engine import spans_of
from .model import Document, Paragraph, Table
from .numerals import cn_small_int
from .outline import parse_outline

__all__ = ["ExportOptions", "WriteError", "arabic_date", "document_with_levels", "read_docx", "write_docx"]

_YEAR_DIGITS = str.maketrans("〇零○ＯO０一二三四五六七八九１２３４５６７８９", "000000123456789123456789")
_CN_DATE = re.compile(
    r"^\s*([〇零○ＯO０一二三四五六七八九]{4})\s*年\s*([一二三四五六七八九十]{1,3})\s*月"
    r"\s*([一二三四五六七八九十]{1,3})\s*日\s*$"
)
_NUM_DATE = re.compile(r"^\s*(\d{4})\s*(?:年|[-./])\s*(\d{1,2})\s*(?:月|[-./])\s*(\d{1,2})\s*日?\s*$")


def arabic_date(text: str) -> str:
    """A date as GB/T 9704 wants it: ``二〇二四年七月五日`` or ``2024-07-05`` → ``2024年7月5日``.

    Raises ValueError with a Chinese message if ``text`` is not a date.
    """
    normalised = text.translate(str.maketrans("０１２３４５６７８９", "0123456789"))
    m = _CN_DATE.match(normalised)
    if m:
        year = int(m.group(1).translate(_YEAR_DIGITS))
        month, day = cn_small_int(m.group(2)), cn_small_int(m.group(3))
    else:
        m = _NUM_DATE.match(normalised)
        if not m:
            raise ValueError(f"无法识别的日期“{text}”，请写成 2024年7月5日 的形式。")
        year, month, day = int(m.group(1)), int(m.group(2)), int(m.group(3))
    if month is None or day is None or not (1 <= month <= 12 and 1 <= day <= 31):
        raise ValueError(f"日期“{text}”中的月或日不正确。")
    return f"{year}年{month}月{day}日"


def document_with_levels(doc: Document) -> Document:
    """Fill the levels a plain-text draft lacks from the outline parser: the title → 0, headings → 1-4.

    A numbered paragraph that runs on into body text (``（一）加强党建。今年以来…``) stays body text;
    the writer sets its opening words in the heading's font.
    """
    paragraphs = doc.paragraphs
    if not paragraphs:
        return doc
    outline = parse_outline(doc.text, spans_of(doc))
    starts = []
    pos = 0
    for p in paragraphs:
        starts.append(pos)
        pos += len(p.text) + 1
    new_level: dict[int, int] = {}
    if outline.title_start is not None:
        new_level[outline.title_start] = 0
    for h in outline.headings:
        new_level.setdefault(h.start, h.level)
    index = {start: i for i, start in enumerate(starts)}
    ends = {h.start: h.end for h in outline.headings}
    changed: dict[int, Paragraph] = {}
    for start, level in new_level.items():
        i = index.get(start)
        if i is None:
            continue
        p = paragraphs[i]
        if p.level is not None or p.in_table:
            continue
        if level > 0 and ends.get(start, 0) - start < len(p.text.rstrip().rstrip("。；;：:")):
            continue  # run-in heading: the paragraph is body text
        changed[i] = replace(p, level=level)
    if not changed:
        return doc
    return replace(doc, blocks=_replace_paragraphs(doc, changed))


def _replace_paragraphs(doc: Document, changed: dict[int, Paragraph]) -> tuple:
    blocks = []
    i = 0
    for block in doc.blocks:
        if isinstance(block, Table):
            i += sum(len(cell) for row in block.rows for cell in row)
            blocks.append(block)
        else:
            blocks.append(changed.get(i, block))
            i += 1
    return tuple(blocks)


def write_docx(
    doc: Document, path: str | Path, options: ExportOptions | None = None, progress: Progress | None = None
) -> None:
    """Write ``doc`` as a GB/T 9704 .docx. ``progress(i, total)`` is called as blocks are written.

    Paragraph levels: 0 title, 1-4 headings, None body. Raises WriteError with a Chinese message.
    """
    options = options or ExportOptions()
    if options.date:
        try:
            options = replace(options, date=arabic_date(options.date))
        except ValueError as err:
            raise WriteError(str(err)) from None
    write_package(doc, path, options, progress)
