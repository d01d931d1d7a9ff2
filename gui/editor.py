# SPDX-License-Identifier: MIT
"""ReportEditor: the rich-text editor with paragraph levels and findings drawn as underlines."""

from __future__ import annotations

import re
from dataclasses import dataclass

from jiaogao.core.outline import match_heading
from PySide6.QtCore import QMimeData, QPoint, Qt, Signal, Slot
from PySide6.QtGui import (
    QColor,
    QKeyEvent,
    QTextCharFormat,
    QTextCursor,
    QTextDocumentFragment,
    QTextFormat,
    QWheelEvent,
)
from PySide6.QtWidgets import QTextEdit, QWidget

from .blocks import block_format, block_level
from .highlighter import ReportHighlighter, level_font

SEVERITY_COLOURS = {"error": QColor("#d32f2f"), "warning": QColor("#f57c00"), "info": QColor("#1976d2")}
OPENABLE_SUFFIXES = (".txt", ".docx")
_NEWLINES = re.compile(r"\r\n|[\r\u2028\u2029\x0b\x0c]")


@dataclass(frozen=True)
class Mark:
    """A finding's place in the editor, in Qt (UTF-16) positions."""

    start: int
    end: int
    severity: str


class ReportEditor(QTextEdit):
    levelChanged = Signal(object)  # int | None: the level of the block holding the cursor
    fileDropRequested = Signal(str)
    zoomChanged = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAcceptRichText(True)
        self.setTabChangesFocus(False)
        self._zoom = 100
        self._marks: list[Mark] = []
        self._marks_revision = -1
        self._current_level: int | None = None
        self.highlighter = ReportHighlighter(self.document())
        self._apply_default_font()
        self.document().setDocumentMargin(28)
        self.cursorPositionChanged.connect(self._on_cursor_moved)
        self.verticalScrollBar().valueChanged.connect(self._refresh_selections)

    # -- paragraph levels -------------------------------------------------------------------
    def current_level(self) -> int | None:
        return block_level(self.textCursor().block())

    @Slot(object)
    def set_level(self, level: int | None) -> None:
        """Give every paragraph touched by the selection ``level`` (one undo step)."""
        cursor = self.textCursor()
        doc = self.document()
        first = doc.findBlock(cursor.selectionStart())
        last = doc.findBlock(cursor.selectionEnd())
        cursor.beginEditBlock()
        block = first
        while block.isValid():
            c = QTextCursor(block)
            c.setBlockFormat(block_format(level, block.blockFormat()))
            if block == last:
                break
            block = block.next()
        cursor.endEditBlock()
        self._on_cursor_moved()

    @Slot()
    def _on_cursor_moved(self) -> None:
        level = self.current_level()
        if level != self._current_level:
            self._current_level = level
            self.levelChanged.emit(level)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._new_paragraph()
            event.accept()
            return
        super().keyPressEvent(event)

    def _new_paragraph(self) -> None:
        """Enter: a new paragraph; after a heading's last character it is body text, as in Word.

        Shift+Enter gives a paragraph too: a soft line break would split a paragraph
        in Word's eyes but not in the checker's.
        """
        cursor = self.textCursor()
        block = cursor.block()
        level = block_level(block)
        at_end = cursor.atBlockEnd() and not cursor.hasSelection()
        cursor.beginEditBlock()
        cursor.insertBlock()
        if level is not None and at_end:
            cursor.setBlockFormat(block_format(None, cursor.blockFormat()))
        elif level is None and at_end:
            # A body paragraph that the user numbered like a heading (一、…) becomes one.
            found = match_heading(block.text())
            if found is not None and len(block.text()) <= 40:
                QTextCursor(block).setBlockFormat(block_format(found[0], block.blockFormat()))
        cursor.endEditBlock()
        self.setTextCursor(cursor)
        self.ensureCursorVisible()

    # -- paste and drop ---------------------------------------------------------------------
    def canInsertFromMimeData(self, source: QMimeData) -> bool:
        return source.hasUrls() or source.hasText() or source.hasHtml()

    def insertFromMimeData(self, source: QMimeData) -> None:
        """Paste text and paragraphs only: foreign fonts, colours and images are dropped."""
        files = [u.toLocalFile() for u in source.urls() if u.isLocalFile()] if source.hasUrls() else []
        openable = [f for f in files if f.lower().endswith(OPENABLE_SUFFIXES)]
        if openable:
            self.fileDropRequested.emit(openable[0])
            return
        if source.hasHtml():
            text = QTextDocumentFragment.fromHtml(source.html()).toPlainText()
        else:
            text = source.text()
        self.insert_plain_paragraphs(text)

    def insert_plain_paragraphs(self, text: str) -> None:
        text = _NEWLINES.sub("\n", text).replace("\ufffc", "").replace("\u00a0", " ")
        if not text:
            return
        cursor = self.textCursor()
        cursor.beginEditBlock()
        plain = QTextCharFormat()
        for i, line in enumerate(text.split("\n")):
            if i:
                cursor.insertBlock(block_format(_pasted_level(line), cursor.blockFormat()), plain)
            elif not cursor.block().text() and block_level(cursor.block()) is None:
                # Pasting into an empty body paragraph: it takes the pasted line's level.
                cursor.setBlockFormat(block_format(_pasted_level(line), cursor.blockFormat()))
            cursor.insertText(line, plain)
        cursor.endEditBlock()
        self.setTextCursor(cursor)
        self.ensureCursorVisible()

    # -- findings as underlines -------------------------------------------------------------
    def set_marks(self, marks: list[Mark]) -> None:
        """Show findings (positions valid for the current text) as wavy underlines."""
        self._marks = marks
        self._marks_revision = self.document().revision()
        self._refresh_selections()

    def marks(self) -> list[Mark]:
        return list(self._marks)

    @Slot()
    def _refresh_selections(self) -> None:
        # Only the visible part gets selections: thousands of them would slow every
        # repaint. After an edit, existing selections move with the text by themselves;
        # rebuilding from stale offsets would misplace them, so wait for the next check.
        if self._marks_revision != self.document().revision():
            return
        vp = self.viewport().rect()
        first = self.cursorForPosition(QPoint(0, 0)).position()
        last = self.cursorForPosition(QPoint(vp.width(), vp.height())).position()
        selections: list[QTextEdit.ExtraSelection] = []
        for mark in self._marks:
            if mark.end < first or mark.start > last:
                continue
            sel = QTextEdit.ExtraSelection()
            cursor = QTextCursor(self.document())
            cursor.setPosition(mark.start)
            cursor.setPosition(max(mark.end, mark.start + 1), QTextCursor.MoveMode.KeepAnchor)
            sel.cursor = cursor
            fmt = QTextCharFormat()
            fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SpellCheckUnderline)
            fmt.setUnderlineColor(SEVERITY_COLOURS.get(mark.severity, SEVERITY_COLOURS["info"]))
            sel.format = fmt
            selections.append(sel)
        self.setExtraSelections(selections)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._refresh_selections()

    def select_range(self, start: int, end: int) -> None:
        size = self.document().characterCount() - 1
        cursor = self.textCursor()
        cursor.setPosition(max(0, min(start, size)))
        cursor.setPosition(max(0, min(end, size)), QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)
        self.ensureCursorVisible()
        self.setFocus()

    # -- zoom -------------------------------------------------------------------------------
    @property
    def zoom(self) -> int:
        return self._zoom

    def set_zoom(self, percent: int) -> None:
        percent = max(50, min(300, int(percent)))
        if percent == self._zoom:
            return
        self._zoom = percent
        self._apply_default_font()
        self.highlighter.set_scale(percent / 100)
        self.zoomChanged.emit(percent)

    @Slot()
    def zoom_in(self) -> None:
        self.set_zoom(self._zoom + 10)

    @Slot()
    def zoom_out(self) -> None:
        self.set_zoom(self._zoom - 10)

    @Slot()
    def zoom_reset(self) -> None:
        self.set_zoom(100)

    def _apply_default_font(self) -> None:
        self.document().setDefaultFont(level_font(None, self._zoom / 100))

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.zoom_in() if event.angleDelta().y() > 0 else self.zoom_out()
            event.accept()
            return
        super().wheelEvent(event)

    # -- character formats ------------------------------------------------------------------
    def toggle_format(self, prop: QTextFormat.Property, on: bool) -> None:
        fmt = QTextCharFormat()
        if prop == QTextFormat.Property.FontWeight:
            fmt.setFontWeight(700 if on else 400)
        elif prop == QTextFormat.Property.FontItalic:
            fmt.setFontItalic(on)
        else:
            fmt.setFontUnderline(on)
        self.mergeCurrentCharFormat(fmt)


def _pasted_level(line: str) -> int | None:
    """A pasted short line numbered like a heading (一、 （一） 1. （1）) becomes one."""
    found = match_heading(line)
    return found[0] if found is not None and len(line) <= 40 else None
