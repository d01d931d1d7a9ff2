# SPDX-License-Identifier: MIT
"""The main window's file commands: new, open, save (.jgd, or .txt on request), export Word, recent files.

A mixin of MainWindow, kept apart so the window class stays readable; it uses the
window's editor, settings and ``load``.

Saving never loses a word: every write goes through core.atomic (temporary file, fsync,
rename, .bak); a failure shows a Chinese message and leaves the document open and
modified. A .docx or .txt that was opened is never overwritten by 保存: it asks where
to put the .jgd, which alone keeps levels, formatting and ignored findings.
"""

from __future__ import annotations

import logging
from pathlib import Path

from jiaogao.core import native
from jiaogao.core.atomic import SaveError, atomic_write_text
from jiaogao.core.model import Document
from jiaogao.core.reporttypes import report_types
from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import QApplication, QFileDialog, QInputDialog, QMessageBox

from .blocks import to_document
from .ignores import IgnoreList
from .templates import blank_document, template_document

log = logging.getLogger(__name__)

NATIVE_FILTER = "校稿文稿 (*.jgd)"
TEXT_FILTER = "纯文本 (*.txt)"
OPEN_FILTER = "文稿 (*.jgd *.docx *.txt);;校稿文稿 (*.jgd);;Word 文档 (*.docx);;纯文本 (*.txt);;所有文件 (*)"
SAVE_FAILED_TAIL = "\n\n文稿仍在编辑器中，没有丢失任何内容。请换一个位置或文件名另存。"


class FileActionsMixin:
    """File commands; expects ``editor``, ``settings``, ``recent_menu``, ``ignores`` and ``load``."""

    # The file 保存 may write without asking: a .jgd that was opened, or whatever the user
    # chose in 另存为. None after opening a .docx/.txt, so 保存 asks instead of overwriting it.
    save_target: str | None = None
    report_type: str | None = None  # a forced report type, kept in the .jgd

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
            self, self.tr("打开文稿"), self.settings.last_dir, self.tr(OPEN_FILTER)
        )
        if path:
            self.open_path(path, ask=False)

    @Slot(str)
    def open_path(self, path: str, ask: bool = True) -> bool:
        from jiaogao.core.textio import ReadError, read_document

        if ask and not self.maybe_save():
            return False
        resolved = str(Path(path).resolve())
        try:
            if path.lower().endswith(native.SUFFIX):
                nf = native.load(path)
                doc, ignores = nf.document, IgnoreList.from_native(nf.ignored_findings, nf.ignored_rules)
            else:
                nf, doc, ignores = None, read_document(path), None
        except ReadError as err:
            QMessageBox.warning(self, self.tr("无法打开"), f"{Path(path).name}：{err.message}")
            return False
        except Exception as err:  # a reader bug must not take the open document down with it
            log.exception("reading %s failed", path)
            QMessageBox.warning(
                self, self.tr("无法打开"), f"{Path(path).name}：读取时出错（{type(err).__name__}）。"
            )
            return False
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)  # a long draft takes a moment
        try:
            self.load(doc, resolved, ignores)
        finally:
            QApplication.restoreOverrideCursor()
        if nf is not None:
            self.save_target = resolved
            if nf.report_type:
                self.report_type = nf.report_type
                self.runner.check_now()  # again, with the type the file forces
        self.settings.add_recent_file(resolved)
        self.settings.last_dir = str(Path(resolved).parent)
        self.update_recent_menu()
        return True

    @Slot()
    def save(self) -> bool:
        if self.save_target:
            return self.save_to(self.save_target)
        return self.save_as()

    @Slot()
    def save_as(self) -> bool:
        base = (
            Path(self.path).with_suffix(native.SUFFIX)
            if self.path
            else Path(self.settings.last_dir, "未命名.jgd")
        )
        path, chosen = QFileDialog.getSaveFileName(
            self, self.tr("另存为"), str(base), f"{self.tr(NATIVE_FILTER)};;{self.tr(TEXT_FILTER)}"
        )
        if not path:
            return False
        if not path.lower().endswith((native.SUFFIX, ".txt")):
            path += ".txt" if chosen == self.tr(TEXT_FILTER) else native.SUFFIX
        return self.save_to(path)

    def save_to(self, path: str) -> bool:
        """Write the document to ``path`` (.txt as plain text, anything else as .jgd)."""
        as_text = path.lower().endswith(".txt")
        try:
            if as_text:
                text = "\n".join(p.text for p in self.current_document().paragraphs)
                atomic_write_text(path, text + "\n")
            else:
                native.save(self.native_file(), path)
        except SaveError as err:
            QMessageBox.warning(self, self.tr("保存失败"), str(err) + self.tr(SAVE_FAILED_TAIL))
            return False
        except Exception as err:  # keep the document whatever went wrong
            log.exception("saving %s failed", path)
            QMessageBox.warning(
                self, self.tr("保存失败"), f"保存时出错（{type(err).__name__}）。" + self.tr(SAVE_FAILED_TAIL)
            )
            return False
        resolved = str(Path(path).resolve())
        self.save_target = resolved
        self.editor.document().setModified(False)
        self._set_path(resolved)
        self._store_ignores()
        self.settings.add_recent_file(resolved)
        self.settings.last_dir = str(Path(resolved).parent)
        self.update_recent_menu()
        self.statusBar().showMessage(self.tr("已保存：%1").replace("%1", Path(resolved).name), 3000)
        return True

    def current_document(self) -> Document:
        """The editor content as a core Document: the seam for every writer."""
        return to_document(self.editor.document(), self.path)

    def native_file(self) -> native.NativeFile:
        """Everything a .jgd (or a recovery copy) holds."""
        return native.NativeFile(
            self.current_document(),
            self.report_type,
            self.ignores.native_findings(),
            sorted(self.ignores.rules),
        )

    @Slot()
    def export_word(self) -> None:
        start = str(Path(self.path).with_suffix(".docx")) if self.path else self.settings.last_dir
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("导出 Word"), start, self.tr("Word 文档 (*.docx)")
        )
        if path:
            self.export_word_to(path)

    def export_word_to(self, path: str) -> bool:
        from jiaogao.core.docx_io import write_docx

        try:
            write_docx(self.current_document(), path)
        except Exception as err:  # the writer's failure must not lose the user's work
            QMessageBox.warning(self, self.tr("导出失败"), str(err))
            return False
        self.statusBar().showMessage(self.tr("已导出：%1").replace("%1", path), 5000)
        return True

    def maybe_save(self) -> bool:
        """Ask before discarding unsaved changes; False means the user cancelled."""
        if not self.editor.document().isModified():
            return True
        buttons = QMessageBox.StandardButton
        name = Path(self.path).name if self.path else self.tr("未命名文稿")
        answer = QMessageBox.question(
            self,
            self.tr("保存修改"),
            self.tr("“%1”已修改，是否保存？").replace("%1", name),
            buttons.Save | buttons.Discard | buttons.Cancel,
            buttons.Save,
        )
        if answer == buttons.Save:
            return self.save()
        return answer == buttons.Discard

    def _set_path(self, path: str | None) -> None:
        self.path = path
        name = Path(path).name if path else self.tr("未命名")
        self.setWindowTitle(f"{name}[*] - {self.tr('校稿')}")
        self.setWindowModified(self.editor.document().isModified())

    def _store_ignores(self) -> None:
        """A .jgd keeps its ignores inside; other files keep them in the settings, by path."""
        if not self.path:
            return
        if self.path.lower().endswith(native.SUFFIX):
            self.settings.set_ignores_for(self.path, {})
        else:
            self.settings.set_ignores_for(self.path, self.ignores.to_dict())

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
