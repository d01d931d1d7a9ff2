# SPDX-License-Identifier: MIT
"""Find and replace dialog for the editor (non-modal)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QTextCursor, QTextDocument
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTextEdit,
    QWidget,
)


class FindReplaceDialog(QDialog):
    def __init__(self, editor: QTextEdit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("查找和替换"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._editor = editor
        self.find_edit = QLineEdit()
        self.replace_edit = QLineEdit()
        self.case_box = QCheckBox(self.tr("区分大小写"))
        self.status = QLabel()
        find_next = QPushButton(self.tr("查找下一个"))
        find_prev = QPushButton(self.tr("查找上一个"))
        replace = QPushButton(self.tr("替换"))
        replace_all = QPushButton(self.tr("全部替换"))
        find_next.setDefault(True)
        grid = QGridLayout(self)
        grid.addWidget(QLabel(self.tr("查找内容：")), 0, 0)
        grid.addWidget(self.find_edit, 0, 1)
        grid.addWidget(find_next, 0, 2)
        grid.addWidget(QLabel(self.tr("替换为：")), 1, 0)
        grid.addWidget(self.replace_edit, 1, 1)
        grid.addWidget(replace, 1, 2)
        grid.addWidget(self.case_box, 2, 1)
        grid.addWidget(find_prev, 2, 2)
        grid.addWidget(self.status, 3, 0, 1, 2)
        grid.addWidget(replace_all, 3, 2)
        find_next.clicked.connect(self.find_next)
        find_prev.clicked.connect(self.find_previous)
        replace.clicked.connect(self.replace_one)
        replace_all.clicked.connect(self.replace_all)
        self.find_edit.returnPressed.connect(self.find_next)

    def show_for(self, replace: bool) -> None:
        selected = self._editor.textCursor().selectedText()
        if selected and "\u2029" not in selected:
            self.find_edit.setText(selected)
        self.show()
        self.raise_()
        self.activateWindow()
        (self.replace_edit if replace and self.find_edit.text() else self.find_edit).setFocus()
        self.find_edit.selectAll()

    def _flags(self, backward: bool = False) -> QTextDocument.FindFlag:
        flags = QTextDocument.FindFlag(0)
        if self.case_box.isChecked():
            flags |= QTextDocument.FindFlag.FindCaseSensitively
        if backward:
            flags |= QTextDocument.FindFlag.FindBackward
        return flags

    @Slot()
    def find_next(self) -> bool:
        return self._find(backward=False)

    @Slot()
    def find_previous(self) -> bool:
        return self._find(backward=True)

    def _find(self, backward: bool) -> bool:
        needle = self.find_edit.text()
        if not needle:
            return False
        if self._editor.find(needle, self._flags(backward)):
            self.status.clear()
            return True
        # Wrap around once, the way office editors do.
        cursor = self._editor.textCursor()
        cursor.movePosition(QTextCursor.MoveOperation.End if backward else QTextCursor.MoveOperation.Start)
        self._editor.setTextCursor(cursor)
        found = self._editor.find(needle, self._flags(backward))
        self.status.setText("" if found else self.tr("找不到“%1”").replace("%1", needle))
        return found

    @Slot()
    def replace_one(self) -> None:
        cursor = self._editor.textCursor()
        needle = self.find_edit.text()
        if cursor.hasSelection() and self._matches(cursor.selectedText(), needle):
            cursor.insertText(self.replace_edit.text())
        self.find_next()

    def _matches(self, text: str, needle: str) -> bool:
        return text == needle if self.case_box.isChecked() else text.lower() == needle.lower()

    @Slot()
    def replace_all(self) -> int:
        needle = self.find_edit.text()
        if not needle:
            return 0
        doc = self._editor.document()
        edit = QTextCursor(doc)
        edit.beginEditBlock()  # one undo step for all replacements
        count = 0
        cursor = doc.find(needle, 0, self._flags())
        while not cursor.isNull():
            cursor.insertText(self.replace_edit.text())
            count += 1
            cursor = doc.find(needle, cursor.position(), self._flags())
        edit.endEditBlock()
        self.status.setText(self.tr("已替换 %1 处").replace("%1", str(count)))
        return count
