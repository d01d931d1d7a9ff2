# SPDX-License-Identifier: MIT
"""Section-level edits driven from the outline: insert a missing section, move a section.

Each is one undoable edit of the QTextDocument. Positions come in as block numbers,
already converted by the caller from the report's offsets.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from jiaogao.core.model import Heading, Outline
from jiaogao.core.numerals import to_cn_small
from jiaogao.core.reporttypes import report_types
from PySide6.QtGui import QTextCharFormat, QTextCursor, QTextDocument

from .blocks import block_format, read_blocks, write_blocks

_DATE_LINE = re.compile(r"^\s*(\d{4}|[〇零一二三四五六七八九]{4})\s*年.{1,6}月.{1,6}日\s*$")


@dataclass(frozen=True)
class SectionPlace:
    """Where a missing section goes: before the level-1 heading with this index, or at the end."""

    name: str
    before: int | None  # index into the outline's level-1 headings


def _section_index(heading_text: str, type_key: str | None) -> int | None:
    rt = report_types().get(type_key or "")
    if rt is None:
        return None
    compact = re.sub(r"\s+", "", heading_text)
    for i, s in enumerate(rt.sections):
        if s.name in compact or any(w in compact for w in s.synonyms):
            return i
    return None


def place_missing(outline: Outline, name: str) -> SectionPlace:
    """Place a missing standard section before the first present section that should follow it."""
    rt = report_types().get(outline.report_type or "")
    order = [s.name for s in rt.sections] if rt else []
    if name not in order:
        return SectionPlace(name, None)
    k = order.index(name)
    tops = [h for h in outline.headings if h.level == 1]
    for i, h in enumerate(tops):
        idx = _section_index(h.heading, outline.report_type)
        if idx is not None and idx > k:
            return SectionPlace(name, i)
    return SectionPlace(name, None)


def signature_block(doc: QTextDocument) -> int | None:
    """The first block of a trailing signature (unit name + date), if the text ends with one."""
    block = doc.lastBlock()
    while block.isValid() and not block.text().strip():
        block = block.previous()
    if not block.isValid() or not _DATE_LINE.match(block.text()):
        return None
    first = block.blockNumber()
    prev = block.previous()
    if prev.isValid() and 0 < len(prev.text().strip()) <= 20 and not re.search(r"[。，；：]", prev.text()):
        first = prev.blockNumber()
    return first


def insert_section(
    doc: QTextDocument,
    name: str,
    before_block: int | None,
    number: int | None,
    renumber: list[tuple[int, str, int]],
) -> int:
    """Insert the heading ``name`` (level 1) and an empty body paragraph; one undo step.

    ``renumber`` lists (block number, old number text, new value) of the level-1
    headings that follow, so 三、 becomes 四、 after an insertion before it.
    Returns the position of the new empty paragraph.
    """
    heading = f"{to_cn_small(number)}、{name}" if number else name
    cursor = QTextCursor(doc)
    cursor.beginEditBlock()
    for block_no, old, value in renumber:
        block = doc.findBlockByNumber(block_no)
        offset = block.text().find(old)
        if offset < 0:
            continue
        c = QTextCursor(block)
        c.setPosition(block.position() + offset)
        c.setPosition(block.position() + offset + len(old), QTextCursor.MoveMode.KeepAnchor)
        c.insertText(to_cn_small(value))
    if before_block is None:
        cursor.movePosition(QTextCursor.MoveOperation.End)
        if cursor.block().text().strip():
            cursor.insertBlock(block_format(1), QTextCharFormat())
        else:
            cursor.setBlockFormat(block_format(1, cursor.blockFormat()))
        cursor.insertText(heading, QTextCharFormat())
        cursor.insertBlock(block_format(None), QTextCharFormat())
    else:
        cursor.setPosition(doc.findBlockByNumber(before_block).position())
        cursor.insertBlock()
        cursor.insertBlock()
        cursor.movePosition(QTextCursor.MoveOperation.PreviousBlock)
        cursor.movePosition(QTextCursor.MoveOperation.PreviousBlock)
        cursor.setBlockFormat(block_format(1, cursor.blockFormat()))
        cursor.insertText(heading, QTextCharFormat())
        cursor.movePosition(QTextCursor.MoveOperation.NextBlock)
        cursor.setBlockFormat(block_format(None, cursor.blockFormat()))
    position = cursor.position()
    cursor.endEditBlock()
    return position


def section_blocks(doc: QTextDocument, heading_blocks: list[tuple[int, int]], index: int) -> tuple[int, int]:
    """First and last block of the section opened by heading ``index`` of (block, level) pairs."""
    block, level = heading_blocks[index]
    for other_block, other_level in heading_blocks[index + 1 :]:
        if other_level <= level:
            return block, other_block - 1
    return block, doc.blockCount() - 1


def sibling(heading_blocks: list[tuple[int, int]], index: int, step: int) -> int | None:
    """The index of the previous (step -1) or next (+1) heading of the same level in the same parent."""
    level = heading_blocks[index][1]
    i = index + step
    while 0 <= i < len(heading_blocks):
        other = heading_blocks[i][1]
        if other < level:
            return None
        if other == level:
            return i
        i += step
    return None


def swap_sections(
    doc: QTextDocument, first: tuple[int, int], second: tuple[int, int], markers: tuple[str, str]
) -> int:
    """Swap two adjacent sections (``first`` directly above ``second``), keeping the numbers in order.

    Returns the new position of the moved-up section's heading.
    """
    a = read_blocks(doc, *first)
    b = read_blocks(doc, *second)
    _swap_marker(a[0], markers[0], markers[1])
    _swap_marker(b[0], markers[1], markers[0])
    cursor = QTextCursor(doc)
    cursor.beginEditBlock()
    start = doc.findBlockByNumber(first[0]).position()
    last = doc.findBlockByNumber(second[1])
    cursor.setPosition(start)
    cursor.setPosition(last.position() + last.length() - 1, QTextCursor.MoveMode.KeepAnchor)
    cursor.removeSelectedText()
    write_blocks(cursor, b + a)
    cursor.endEditBlock()
    return start


def _swap_marker(block, old: str, new: str) -> None:
    """Give a heading block the other section's number (二、 ↔ 三、) so numbering stays in order."""
    if not old or not new or not block.fragments:
        return
    text, fmt = block.fragments[0]
    lead = len(text) - len(text.lstrip())
    if text[lead:].startswith(old):
        block.fragments[0] = (text[:lead] + new + text[lead + len(old) :], fmt)


def level1_numbering(outline: Outline) -> bool:
    """Whether the level-1 headings are numbered 一、二、三、 (so an insertion renumbers them)."""
    tops = [h for h in outline.headings if h.level == 1]
    return bool(tops) and all(h.number and not h.number[0].isdigit() for h in tops)


def headings_of_level(outline: Outline, level: int) -> list[Heading]:
    return [h for h in outline.headings if h.level == level]
