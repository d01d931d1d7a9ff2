# SPDX-License-Identifier: MIT
"""The main window: composes editor, panes and runner, and is the only place they are connected."""

from __future__ import annotations

import inspect
from pathlib import Path

from jiaogao.core.checks.base import CheckOptions
from jiaogao.core.model import Document, Finding, Report
from jiaogao.core.reporttypes import report_types
from PySide6.QtCore import QSignalBlocker, Qt, Slot
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent, QTextFormat
from PySide6.QtWidgets import (
    QComboBox,
    QDockWidget,
    QFileDialog,
    QInputDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QWidget,
)

from . import sections
from .batchdialog import BatchCheckDialog
from .blocks import LEVEL_NAMES, LEVELS, load_document, snapshot, to_document
from .checkrunner import CheckFunction, CheckResult, CheckRunner, Executor, default_check, pool_executor
from .editor import OPENABLE_SUFFIXES, Mark, ReportEditor
from .findingspane import FindingsPane
from .findreplace import FindReplaceDialog
from .ignores import IgnoreList
from .menus import build_actions, build_menus, build_toolbar
from .outlinepane import OutlineEntry, OutlinePane
from .positions import PositionMap
from .resources import icon
from .settings import Settings
from .templates import blank_document, template_document


class MainWindow(QMainWindow):
    def __init__(
        self,
        settings: Settings,
        check: CheckFunction = default_check,
        executor: Executor = pool_executor,
        delay_ms: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setWindowIcon(icon("jiaogao"))
        self.setAcceptDrops(True)
        self.path: str | None = None
        self.ignores = IgnoreList()
        self._executor = executor
        self._report: Report | None = None
        self._positions = PositionMap("")
        self._visible: list[Finding] = []
        self.find_dialog: FindReplaceDialog | None = None
        self.editor = ReportEditor()
        self.setCentralWidget(self.editor)
        self.outline_pane = OutlinePane()
        self.findings_pane = FindingsPane()
        self.outline_dock = self._dock(
            "outline", self.tr("提纲"), self.outline_pane, Qt.DockWidgetArea.LeftDockWidgetArea
        )
        self.findings_dock = self._dock(
            "findings", self.tr("问题"), self.findings_pane, Qt.DockWidgetArea.RightDockWidgetArea
        )
        self.runner = CheckRunner(
            lambda: snapshot(self.editor.document()),
            self._check_options,
            check,
            executor,
            settings.debounce_ms if delay_ms is None else delay_ms,
            self,
        )
        self.runner.enabled = settings.live_check
        self.level_combo = QComboBox()
        for level in LEVELS:
            self.level_combo.addItem(LEVEL_NAMES[level], level)
        self.level_combo.setToolTip(self.tr("段落级别"))
        self.actions_ = build_actions(self)
        build_menus(self, self.actions_)
        build_toolbar(self, self.actions_, self.level_combo)
        self._build_status_bar()
        self._connect()
        self.editor.set_zoom(settings.zoom)
        self.resize(1280, 820)
        if not settings.geometry.isEmpty():
            self.restoreGeometry(settings.geometry)
        if settings.window_state.isEmpty() or not self.restoreState(settings.window_state):
            self.resizeDocks([self.outline_dock, self.findings_dock], [250, 360], Qt.Orientation.Horizontal)
        self.update_recent_menu()
        self._set_path(None)

    def _dock(self, name: str, title: str, widget: QWidget, area: Qt.DockWidgetArea) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(f"{name}_dock")  # saveState needs stable names
        dock.setWidget(widget)
        self.addDockWidget(area, dock)
        return dock

    def _build_status_bar(self) -> None:
        self.words_label = QLabel()
        self.count_label = QLabel()
        self.state_label = QLabel()
        self.zoom_label = QLabel()
        bar = self.statusBar()
        for w in (self.state_label, self.count_label, self.words_label, self.zoom_label):
            bar.addPermanentWidget(w)
        self._on_zoom(self.editor.zoom)

    def _connect(self) -> None:
        doc = self.editor.document()
        doc.contentsChange.connect(self._on_contents_change)
        doc.modificationChanged.connect(self.setWindowModified)
        self.editor.levelChanged.connect(self._on_level_changed)
        self.editor.currentCharFormatChanged.connect(self._on_char_format)
        self.editor.cursorPositionChanged.connect(self._follow_cursor)
        self.editor.fileDropRequested.connect(self.open_path)
        self.editor.zoomChanged.connect(self._on_zoom)
        self.level_combo.activated.connect(self._on_level_chosen)
        self.runner.reportReady.connect(self._on_report)
        self.runner.checkStarted.connect(self._on_check_started)
        self.runner.checkFailed.connect(self._on_check_failed)
        self.outline_pane.jumpRequested.connect(self.jump_to)
        self.outline_pane.insertSectionRequested.connect(self.insert_missing_section)
        self.outline_pane.moveSectionRequested.connect(self.move_section)
        self.findings_pane.findingActivated.connect(self.select_finding)
        self.findings_pane.applyRequested.connect(self.apply_suggestion)
        self.findings_pane.ignoreRequested.connect(self.ignore_finding)
        self.findings_pane.ignoreRuleRequested.connect(self.ignore_rule)

    def _check_options(self) -> CheckOptions:
        return CheckOptions()

    # -- documents --------------------------------------------------------------------------
    def load(self, doc: Document, path: str | None) -> None:
        load_document(self.editor.document(), doc)
        self.editor.moveCursor(self.editor.textCursor().MoveOperation.Start)
        self._set_path(path)
        self.ignores = IgnoreList.from_dict(self.settings.ignores_for(path)) if path else IgnoreList()
        self._show_report(None)
        self.runner.check_now()

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
            params = inspect.signature(write_docx).parameters
            if len(params) >= 3 and list(params.values())[2].default is inspect.Parameter.empty:
                write_docx(self.current_document(), path, None)
            else:
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

    # -- checking ---------------------------------------------------------------------------
    @Slot(int, int, int)
    def _on_contents_change(self, _pos: int, removed: int, added: int) -> None:
        if removed or added:
            self.runner.note_change()
            if self.runner.enabled:
                self.state_label.setText(self.tr("待检查"))

    @Slot()
    def check_now(self) -> None:
        self.runner.check_now()

    @Slot(bool)
    def set_live_check(self, on: bool) -> None:
        self.runner.enabled = on
        self.settings.live_check = on

    @Slot()
    def _on_check_started(self) -> None:
        self.state_label.setText(self.tr("检查中…"))

    @Slot(str)
    def _on_check_failed(self, message: str) -> None:
        self.state_label.setText(self.tr("检查出错"))
        self.findings_pane.show_message(self.tr("检查时出错：%1").replace("%1", message))

    @Slot(object)
    def _on_report(self, result: CheckResult) -> None:
        self.words_label.setText(self.tr("字数：%1").replace("%1", str(result.words)))
        self.state_label.setText(self.tr("已检查"))
        self.findings_pane.show_message("")
        self._show_report(result.report)

    def _show_report(self, report: Report | None) -> None:
        self._report = report
        if report is None:
            self._positions = PositionMap("")
            self._visible = []
            self.editor.set_marks([])
            self.findings_pane.set_findings([])
            return
        self._positions = pm = PositionMap(report.text)
        self._visible = self.ignores.visible(report.findings, report.text)
        self.findings_pane.set_findings(self._visible)
        self.editor.set_marks(
            [
                Mark(pm.to_utf16(f.start), pm.to_utf16(f.end), f.severity)
                for f in self._visible
                if f.category != "missing-section"
            ]
        )
        self.outline_pane.set_outline(report.outline, self._visible)
        errors = sum(1 for f in self._visible if f.severity == "error")
        warnings = sum(1 for f in self._visible if f.severity == "warning")
        infos = len(self._visible) - errors - warnings
        self.count_label.setText(
            self.tr("错误 %1 · 警告 %2 · 提示 %3")
            .replace("%1", str(errors))
            .replace("%2", str(warnings))
            .replace("%3", str(infos))
        )

    def report_current(self) -> bool:
        """Whether the last report describes the text as it is now (offsets still valid)."""
        last = self.runner.last_result
        return (
            self._report is not None
            and last is not None
            and last.report is self._report
            and last.generation == self.runner.generation
        )

    def visible_findings(self) -> list[Finding]:
        return list(self._visible)

    # -- finding actions --------------------------------------------------------------------
    @Slot(object)
    def select_finding(self, f: Finding) -> None:
        if not self.report_current():
            self.statusBar().showMessage(self.tr("文稿已修改，正在重新检查…"), 2000)
            return
        self.editor.select_range(self._positions.to_utf16(f.start), self._positions.to_utf16(f.end))

    @Slot(object)
    def apply_suggestion(self, f: Finding) -> None:
        if f.suggestion is None or f.category == "missing-section":
            return
        if not self.report_current():
            self.statusBar().showMessage(self.tr("文稿已修改，请待重新检查后再采用建议。"), 3000)
            return
        start, end = self._positions.to_utf16(f.start), self._positions.to_utf16(f.end)
        cursor = self.editor.textCursor()
        cursor.setPosition(start)
        cursor.setPosition(end, cursor.MoveMode.KeepAnchor)
        if cursor.selectedText() != f.excerpt:
            return
        cursor.insertText(f.suggestion)  # an ordinary edit: Ctrl+Z takes it back
        self.editor.setTextCursor(cursor)

    @Slot(object)
    def ignore_finding(self, f: Finding) -> None:
        if self._report is not None:
            self.ignores.ignore(f, self._report.text)
            self._ignores_changed()

    @Slot(object)
    def ignore_rule(self, f: Finding) -> None:
        self.ignores.ignore_rule(f.rule)
        self._ignores_changed()

    @Slot()
    def restore_ignored(self) -> None:
        self.ignores.clear()
        self._ignores_changed()

    def _ignores_changed(self) -> None:
        self._store_ignores()
        if self._report is not None and self.report_current():
            self._show_report(self._report)
        else:
            self.runner.check_now()

    def _store_ignores(self) -> None:
        if self.path:
            self.settings.set_ignores_for(self.path, self.ignores.to_dict())

    # -- outline actions --------------------------------------------------------------------
    @Slot(int)
    def jump_to(self, offset: int) -> None:
        pos = self._positions.to_utf16(offset) if self.report_current() else offset
        self.editor.select_range(pos, pos)

    @Slot()
    def _follow_cursor(self) -> None:
        if self.report_current():
            self.outline_pane.follow_cursor(
                self._positions.to_code_point(self.editor.textCursor().position())
            )

    def _block_of(self, offset: int) -> int:
        return self.editor.document().findBlock(self._positions.to_utf16(offset)).blockNumber()

    @Slot(object)
    def insert_missing_section(self, entry: OutlineEntry) -> None:
        if self._report is None or not self.report_current():
            return
        outline = self._report.outline
        tops = sections.headings_of_level(outline, 1)
        numbered = sections.level1_numbering(outline)
        doc = self.editor.document()
        if entry.before is not None and entry.before < len(tops):
            before = self._block_of(tops[entry.before].start)
            number = entry.before + 1 if numbered else None
            renumber = [
                (self._block_of(h.start), h.number, h.value + 1)
                for h in tops[entry.before :]
                if numbered and h.value == tops.index(h) + 1
            ]
        else:
            before = sections.signature_block(doc)
            number = len(tops) + 1 if numbered else None
            renumber = []
        position = sections.insert_section(doc, entry.name, before, number, renumber)
        self.editor.select_range(position, position)

    @Slot(int, int)
    def move_section(self, index: int, step: int) -> None:
        if self._report is None or not self.report_current():
            return
        heads = self._report.outline.headings
        doc = self.editor.document()
        blocks = [(self._block_of(h.start), h.level) for h in heads]
        other = sections.sibling(blocks, index, step)
        if other is None:
            return
        upper, lower = (other, index) if step < 0 else (index, other)
        first = sections.section_blocks(doc, blocks, upper)
        second = sections.section_blocks(doc, blocks, lower)
        signature = sections.signature_block(doc)
        if signature is not None and second[0] < signature <= second[1]:
            second = (second[0], signature - 1)  # the signature stays at the end
        pos = sections.swap_sections(doc, first, second, (heads[upper].marker, heads[lower].marker))
        moved = pos if step < 0 else doc.findBlockByNumber(first[0] + second[1] - second[0] + 1).position()
        self.editor.select_range(moved, moved)

    # -- editing ----------------------------------------------------------------------------
    @Slot(object)
    def _on_level_changed(self, level: int | None) -> None:
        with QSignalBlocker(self.level_combo):
            self.level_combo.setCurrentIndex(LEVELS.index(level))

    @Slot(int)
    def _on_level_chosen(self, index: int) -> None:
        self.editor.set_level(self.level_combo.itemData(index))
        self.editor.setFocus()

    def _on_char_format(self, fmt) -> None:
        for key, on in (
            ("bold", fmt.fontWeight() >= 600),
            ("italic", fmt.fontItalic()),
            ("underline", fmt.fontUnderline()),
        ):
            with QSignalBlocker(self.actions_[key]):
                self.actions_[key].setChecked(on)

    def toggle_bold(self, on: bool) -> None:
        self.editor.toggle_format(QTextFormat.Property.FontWeight, on)

    def toggle_italic(self, on: bool) -> None:
        self.editor.toggle_format(QTextFormat.Property.FontItalic, on)

    def toggle_underline(self, on: bool) -> None:
        self.editor.toggle_format(QTextFormat.Property.TextUnderlineStyle, on)

    @Slot(int)
    def _on_zoom(self, percent: int) -> None:
        self.zoom_label.setText(f"{percent}%")
        self.settings.zoom = percent

    def show_find(self, replace: bool = False) -> FindReplaceDialog:
        if self.find_dialog is None:
            self.find_dialog = FindReplaceDialog(self.editor, self)
            self.find_dialog.destroyed.connect(self._find_dialog_gone)
        self.find_dialog.show_for(replace)
        return self.find_dialog

    @Slot()
    def _find_dialog_gone(self) -> None:
        self.find_dialog = None

    def open_batch_dialog(self) -> BatchCheckDialog:
        dialog = BatchCheckDialog(self.settings.last_dir, self._executor, parent=self)
        dialog.openRequested.connect(self.open_path)
        dialog.show()
        return dialog

    @Slot()
    def about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("关于校稿"),
            self.tr("校稿 JiaoGao\n离线起草和检查工作总结、述职报告等材料。\n不联网，不上传任何内容。"),
        )

    # -- window -----------------------------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if any(u.toLocalFile().lower().endswith(OPENABLE_SUFFIXES) for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        for url in event.mimeData().urls():
            if url.toLocalFile().lower().endswith(OPENABLE_SUFFIXES):
                event.acceptProposedAction()
                self.open_path(url.toLocalFile())
                return

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.maybe_save():
            event.ignore()
            return
        self.settings.geometry = self.saveGeometry()
        self.settings.window_state = self.saveState()
        self.settings.sync()
        event.accept()
