# SPDX-License-Identifier: MIT
"""The main window's actions, menus and toolbar (built here to keep mainwindow.py short)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSize
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QComboBox

from .blocks import LEVEL_NAMES
from .resources import icon

if TYPE_CHECKING:
    from .mainwindow import MainWindow

Key = QKeySequence.StandardKey
LEVEL_SHORTCUTS = {0: "Ctrl+T", 1: "Ctrl+1", 2: "Ctrl+2", 3: "Ctrl+3", 4: "Ctrl+4", None: "Ctrl+0"}


def _action(w: MainWindow, text: str, slot, shortcut=None, icon_name: str = "", checkable: bool = False):
    act = QAction(w.tr(text), w)
    if icon_name:
        act.setIcon(icon(icon_name))
    if shortcut is not None:
        act.setShortcut(QKeySequence(shortcut))
    act.setCheckable(checkable)
    act.triggered.connect(slot)
    return act


def build_actions(w: MainWindow) -> dict[str, QAction]:
    e = w.editor
    a = {
        "new": _action(w, "新建", w.new_document, Key.New, "new"),
        "template": _action(w, "从模板新建…", w.new_from_template, "Ctrl+Shift+N", "template"),
        "open": _action(w, "打开…", w.open_dialog, Key.Open, "open"),
        "sample": _action(w, "打开示例文稿", _open_sample(w)),
        "save": _action(w, "保存", w.save, Key.Save, "save"),
        "save_as": _action(w, "另存为…", w.save_as, "Ctrl+Shift+S"),
        "export": _action(w, "导出 Word…", w.export_word, "Ctrl+E", "word"),
        "batch": _action(w, "批量检查…", w.open_batch_dialog, None, "batch"),
        "quit": _action(w, "退出", w.close, "Ctrl+Q"),
        "undo": _action(w, "撤销", e.undo, Key.Undo, "undo"),
        "redo": _action(w, "重做", e.redo, "Ctrl+Y", "redo"),
        "cut": _action(w, "剪切", e.cut, Key.Cut),
        "copy": _action(w, "复制", e.copy, Key.Copy),
        "paste": _action(w, "粘贴", e.paste, Key.Paste),
        "select_all": _action(w, "全选", e.selectAll, Key.SelectAll),
        "find": _action(w, "查找…", lambda: w.show_find(False), "Ctrl+F", "find"),
        "replace": _action(w, "替换…", lambda: w.show_find(True), "Ctrl+H"),
        "bold": _action(w, "加粗", w.toggle_bold, "Ctrl+B", "bold", True),
        "italic": _action(w, "倾斜", w.toggle_italic, "Ctrl+I", "italic", True),
        "underline": _action(w, "下划线", w.toggle_underline, "Ctrl+U", "underline", True),
        "check": _action(w, "检查全文", w.check_now, "F7", "check"),
        "live": _action(w, "边写边查", w.set_live_check, None, "", True),
        "restore": _action(w, "恢复已忽略的问题", w.restore_ignored),
        "zoom_in": _action(w, "放大", e.zoom_in, Key.ZoomIn, "zoom-in"),
        "zoom_out": _action(w, "缩小", e.zoom_out, Key.ZoomOut, "zoom-out"),
        "zoom_reset": _action(w, "实际大小", e.zoom_reset, "Ctrl+Alt+0"),
        "about": _action(w, "关于校稿", w.about),
    }
    a["redo"].setShortcuts([QKeySequence("Ctrl+Y"), QKeySequence("Ctrl+Shift+Z")])
    a["live"].setChecked(w.runner.enabled)
    e.undoAvailable.connect(a["undo"].setEnabled)
    e.redoAvailable.connect(a["redo"].setEnabled)
    a["undo"].setEnabled(False)
    a["redo"].setEnabled(False)
    for level, name in LEVEL_NAMES.items():
        a[f"level_{level}"] = _action(w, name, _set_level(w, level), LEVEL_SHORTCUTS[level])
    return a


def _set_level(w: MainWindow, level: int | None):
    def apply() -> None:
        w.editor.set_level(level)

    return apply


def _open_sample(w: MainWindow):
    def open_sample() -> None:
        from .resources import sample_path

        w.open_path(sample_path())

    return open_sample


def build_menus(w: MainWindow, a: dict[str, QAction]) -> None:
    bar = w.menuBar()
    file_menu = bar.addMenu(w.tr("文件(&F)"))
    for key in ("new", "template", "open"):
        file_menu.addAction(a[key])
    w.recent_menu = file_menu.addMenu(w.tr("最近打开"))
    file_menu.addAction(a["sample"])
    file_menu.addSeparator()
    for key in ("save", "save_as", "export"):
        file_menu.addAction(a[key])
    file_menu.addSeparator()
    file_menu.addAction(a["batch"])
    file_menu.addSeparator()
    file_menu.addAction(a["quit"])
    edit = bar.addMenu(w.tr("编辑(&E)"))
    for key in ("undo", "redo", None, "cut", "copy", "paste", "select_all", None, "find", "replace"):
        edit.addSeparator() if key is None else edit.addAction(a[key])
    fmt = bar.addMenu(w.tr("格式(&O)"))
    for key in ("bold", "italic", "underline"):
        fmt.addAction(a[key])
    fmt.addSeparator()
    levels = fmt.addMenu(w.tr("段落级别"))
    for level in LEVEL_NAMES:
        levels.addAction(a[f"level_{level}"])
    check = bar.addMenu(w.tr("检查(&C)"))
    for key in ("check", "live", "restore", "batch"):
        check.addAction(a[key])
    view = bar.addMenu(w.tr("视图(&V)"))
    view.addAction(w.outline_dock.toggleViewAction())
    view.addAction(w.findings_dock.toggleViewAction())
    view.addSeparator()
    for key in ("zoom_in", "zoom_out", "zoom_reset"):
        view.addAction(a[key])
    bar.addMenu(w.tr("帮助(&H)")).addAction(a["about"])


def build_toolbar(w: MainWindow, a: dict[str, QAction], level_combo: QComboBox) -> None:
    tb = w.addToolBar(w.tr("工具栏"))
    tb.setObjectName("main_toolbar")
    tb.setIconSize(QSize(20, 20))
    for key in ("new", "open", "save", None, "undo", "redo", None):
        tb.addSeparator() if key is None else tb.addAction(a[key])
    tb.addWidget(level_combo)
    for key in ("bold", "italic", "underline", None, "find", "check", "export"):
        tb.addSeparator() if key is None else tb.addAction(a[key])
