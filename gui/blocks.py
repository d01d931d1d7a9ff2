# SPDX-License-Identifier: MIT
"""The bridge between the editor's QTextDocument and core's Document.

Each paragraph's level (标题 0, 一级…四级 1-4, 正文 None) lives in its QTextBlockFormat
under ``LEVEL_PROPERTY``, so changing it is an ordinary undoable edit and survives
undo/redo. Everything the checker or a writer needs is derived from the blocks here:
``snapshot`` (plain text + levels, for the worker) and ``to_document`` (with runs,
for saving and Word export).
"""

from __future__ import annotations

from dataclasses import dataclass

from jiaogao.core.model import Document, Paragraph, Run, Span
from PySide6.QtCore import Qt
from PySide6.QtGui import (
    QTextBlock,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)

LEVEL_PROPERTY = QTextFormat.Property.UserProperty + 1
LEVELS: tuple[int | None, ...] = (0, 1, 2, 3, 4, None)
LEVEL_NAMES: dict[int | None, str] = {0: "标题", 1: "一级", 2: "二级", 3: "三级", 4: "四级", None: "正文"}
BODY_POINT_SIZE = 16.0  # 三号, the body size of GB/T 9704 documents


@dataclass(frozen=True)
class Snapshot:
    """What a check job receives: immutable plain Python data, never Qt objects."""

    text: str
    levels: tuple[int | None, ...]

    def document(self) -> Document:
        lines = self.text.split("\n")
        return Document(tuple(Paragraph(t, level=lv) for t, lv in zip(lines, self.levels, strict=False)))


def block_level(block: QTextBlock) -> int | None:
    value = block.blockFormat().property(LEVEL_PROPERTY)
    return value if isinstance(value, int) and 0 <= value <= 4 else None


def block_format(level: int | None, base: QTextBlockFormat | None = None) -> QTextBlockFormat:
    """The 公文 paragraph look of a level: title centred, everything else indented two characters."""
    fmt = QTextBlockFormat(base) if base is not None else QTextBlockFormat()
    if level is None:
        fmt.clearProperty(LEVEL_PROPERTY)
    else:
        fmt.setProperty(LEVEL_PROPERTY, level)
    if level == 0:
        fmt.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        fmt.setTextIndent(0)
        fmt.setTopMargin(6)
        fmt.setBottomMargin(18)
    else:
        fmt.setAlignment(Qt.AlignmentFlag.AlignJustify)
        # Two characters of the body size, in pixels at 96 dpi.
        fmt.setTextIndent(2 * BODY_POINT_SIZE * 96 / 72)
        fmt.setTopMargin(0)
        fmt.setBottomMargin(0)
    fmt.setLineHeight(150, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
    return fmt


def clean_text(text: str) -> str:
    """Block text as the checker sees it: same length, soft breaks and nbsp as spaces."""
    return text.replace("\u2028", " ").replace("\u00a0", " ").replace("\ufffc", " ")


def snapshot(doc: QTextDocument) -> Snapshot:
    texts: list[str] = []
    levels: list[int | None] = []
    block = doc.begin()
    while block.isValid():
        texts.append(block.text())
        levels.append(block_level(block))
        block = block.next()
    return Snapshot(clean_text("\n".join(texts)), tuple(levels))


def block_runs(block: QTextBlock) -> tuple[Run, ...]:
    runs: list[Run] = []
    it = block.begin()
    while not it.atEnd():
        frag = it.fragment()
        if frag.isValid():
            cf = frag.charFormat()
            runs.append(
                Run(clean_text(frag.text()), cf.fontWeight() >= 600, cf.fontItalic(), cf.fontUnderline())
            )
        it += 1
    return _merge_runs(runs)


def _merge_runs(runs: list[Run]) -> tuple[Run, ...]:
    out: list[Run] = []
    for r in runs:
        if out and (out[-1].bold, out[-1].italic, out[-1].underline) == (r.bold, r.italic, r.underline):
            out[-1] = Run(out[-1].text + r.text, r.bold, r.italic, r.underline)
        elif r.text:
            out.append(r)
    return tuple(out)


def to_document(doc: QTextDocument, source: str | None = None) -> Document:
    """The editor's content as a core Document: paragraphs with levels and formatted runs.

    This is the seam for every writer (.txt now, Word export and the native format later).
    """
    paragraphs: list[Paragraph] = []
    block = doc.begin()
    while block.isValid():
        level = block_level(block)
        style = LEVEL_NAMES[level]
        paragraphs.append(Paragraph(clean_text(block.text()), style, level, block_runs(block)))
        block = block.next()
    return Document(tuple(paragraphs), source)


def infer_levels(doc: Document) -> list[int | None]:
    """Levels for a document read from a file: the source's own, else what the outline parser finds."""
    from jiaogao.core.engine import spans_of
    from jiaogao.core.outline import parse_outline

    spans: list[Span] = spans_of(doc)
    outline = parse_outline(doc.text, spans)
    by_start = {h.start: h.level for h in outline.headings}
    levels: list[int | None] = []
    for span, para in zip(spans, doc.paragraphs, strict=True):
        if para.level is not None:
            levels.append(para.level)
        elif outline.title_start == span.start and span.text.strip():
            levels.append(0)
        else:
            levels.append(by_start.get(span.start))
    return levels


def write_paragraphs(cursor: QTextCursor, paragraphs: list[Paragraph], levels: list[int | None]) -> None:
    """Insert paragraphs at the cursor (which must stand at an empty block's start)."""
    for i, (para, level) in enumerate(zip(paragraphs, levels, strict=True)):
        if i:
            cursor.insertBlock(block_format(level), QTextCharFormat())
        else:
            cursor.setBlockFormat(block_format(level, cursor.blockFormat()))
        runs = para.runs or (Run(para.text),)
        for run in runs:
            cf = QTextCharFormat()
            if run.bold:
                cf.setFontWeight(700)
            cf.setFontItalic(run.italic)
            cf.setFontUnderline(run.underline)
            cursor.insertText(run.text, cf)


def load_document(qdoc: QTextDocument, doc: Document) -> None:
    """Replace the editor content with ``doc``; the undo history starts empty."""
    paragraphs = list(doc.paragraphs) or [Paragraph("")]
    levels = infer_levels(Document(tuple(paragraphs)))
    qdoc.setUndoRedoEnabled(False)
    qdoc.clear()
    cursor = QTextCursor(qdoc)
    write_paragraphs(cursor, paragraphs, levels)
    qdoc.setUndoRedoEnabled(True)
    qdoc.setModified(False)


@dataclass
class BlockData:
    """One block copied out of the document with its formats, to move sections around."""

    block_format: QTextBlockFormat
    fragments: list[tuple[str, QTextCharFormat]]


def read_blocks(qdoc: QTextDocument, first: int, last: int) -> list[BlockData]:
    """Copy blocks first..last (inclusive block numbers)."""
    out: list[BlockData] = []
    for n in range(first, last + 1):
        block = qdoc.findBlockByNumber(n)
        frags: list[tuple[str, QTextCharFormat]] = []
        it = block.begin()
        while not it.atEnd():
            frag = it.fragment()
            if frag.isValid():
                frags.append((frag.text(), QTextCharFormat(frag.charFormat())))
            it += 1
        out.append(BlockData(QTextBlockFormat(block.blockFormat()), frags))
    return out


def write_blocks(cursor: QTextCursor, blocks: list[BlockData]) -> None:
    """Insert copied blocks at the cursor, which stands at an empty block's start."""
    for i, b in enumerate(blocks):
        if i:
            cursor.insertBlock(b.block_format, QTextCharFormat())
        else:
            cursor.setBlockFormat(b.block_format)
        for text, cf in b.fragments:
            cursor.insertText(text, cf)
