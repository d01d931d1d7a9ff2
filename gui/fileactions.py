# SPDX-License-Identifier: MIT
"""The main window's file commands: new, open, save (.txt), export Word, recent files.

A mixin of MainWindow, kept apart so the window class stays readable; it uses the
window's editor, settings and ``load``.
"""

from __future__ import annotations

from pathlib import Path

from jiaogao.core.model import Document
from jiaogao.core.reporttypes import report_types
from PySide6.QtCore import Slot
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

from .blocks import to_document
from .templates import blank_document, template_document


class FileActionsMixin:
    """File commands; expects ``editor``, ``settings``, ``recent_menu``, ``ignores`` and ``load``."""

    @Slot()
    def new_document(self) -> None:
        if self.maybe_save():
            self.load(blank_document(), None)

    @Slot()
    def new_from_template(self) -> None:
        if not self.maybe_save():
            return
        types = list(report_types().values())
        names = [rt.name for rt in types]
        name, ok = QInputDialog.getItem(self, self.tr("从模板新建"), self.tr("报告类型："), names, 0, False)
        if ok and name in names:
            self.load(template_document(types[names.index(name)]), None)

    @Slot()
    def open_dialog(self) -> None:
        if not self.maybe_save():
            return
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("打开文稿"), self.settings.last_dir, self.tr("文稿 (*.docx *.txt);;所有文件 (*)")
        )
        if path:
            self.open_path(path, ask=False)

    @Slot(str)
    def open_path(self, path: str, ask: bool = True) -> bool:
        from jiaogao.core.textio import ReadError, read_document

        if ask and not self.maybe_save():
            return False
        try:
            doc = read_document(path)
        except ReadError as err:
            QMessageBox.warning(self, self.tr("无法打开"), f"{Path(path).name}：{err.message}")
            return False
        self.load(doc, str(Path(path).resolve()))
        self.settings.add_recent_file(self.path or path)
        self.settings.last_dir = str(Path(path).resolve().parent)
        self.update_recent_menu()
        return True

    @Slot()
    def save(self) -> bool:
        if self.path and self.path.lower().endswith(".txt"):
            return self.save_to(self.path)
        return self.save_as()

    @Slot()
    def save_as(self) -> bool:
        start = str(Path(self.path).with_suffix(".txt")) if self.path else self.settings.last_dir
        path, _ = QFileDialog.getSaveFileName(self, self.tr("另存为"), start, self.tr("文本文件 (*.txt)"))
        if not path:
            return False
        if not path.lower().endswith(".txt"):
            path += ".txt"
        return self.save_to(path)

    def save_to(self, path: str) -> bool:
        text = "\n".join(p.text for p in self.current_document().paragraphs)
        try:
            Path(path).write_text(text + "\n", encoding="utf-8")
        except OSError as err:
            QMessageBox.warning(self, self.tr("保存失败"), str(err))
            return False
        self.editor.document().setModified(False)
        self._set_path(str(Path(path).resolve()))
        self._store_ignores()
        self.settings.add_recent_file(self.path or path)
        self.update_recent_menu()
        self.statusBar().showMessage(self.tr("已保存"), 3000)
        return True

    def current_document(self) -> Document:
        """The editor content as a core Document: the seam for every writer."""
        return to_document(self.editor.document(), self.path)

    @Slot()
    def export_word(self) -> None:
        try:
            from jiaogao.core.docx_io import write_docx
        except ImportError:
            QMessageBox.information(self, self.tr("导出 Word"), self.tr("此版本尚不能导出 Word 文件。"))
            return
        start = str(Path(self.path).with_suffix(".docx")) if self.path else self.settings.last_dir
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("导出 Word"), start, self.tr("Word 文档 (*.docx)")
        )
        if not path:
            return
        try:
            write_docx(self.current_document(), path)
        except Exception as err:  # the writer's failure must not lose the user's work
            QMessageBox.warning(self, self.tr("导出失败"), str(err))
            return
        self.statusBar().showMessage(self.tr("已导出：%1").replace("%1", path), 5000)

    def maybe_save(self) -> bool:
        """Ask before discarding unsaved changes; False means the user cancelled."""
        if not self.editor.document().isModified():
            return True
        buttons = QMessageBox.StandardButton
        answer = QMessageBox.question(
            self,
            self.tr("保存修改"),
            self.tr("文稿已修改，是否保存？"),
            buttons.Save | buttons.Discard | buttons.Cancel,
        )
        if answer == buttons.Save:
            return self.save()
        return answer == buttons.Discard

    def _set_path(self, path: str | None) -> None:
        self.path = path
        name = Path(path).name if path else self.tr("未命名")
        self.setWindowTitle(f"{name}[*] - {self.tr('校稿')}")
        self.setWindowModified(self.editor.document().isModified())

    def update_recent_menu(self) -> None:
        menu = self.recent_menu
        menu.clear()
        for path in self.settings.recent_files:
            menu.addAction(path, lambda p=path: self.open_path(p))
        menu.addSeparator()
        menu.addAction(self.tr("清除列表"), self._clear_recent)
        menu.setEnabled(bool(self.settings.recent_files))

    @Slot()
    def _clear_recent(self) -> None:
        self.settings.clear_recent_files()
        self.update_recent_menu()
