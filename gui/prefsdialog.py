# SPDX-License-Identifier: MIT
"""首选项: the few settings a user may want to change (autosave interval, live checking)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QFormLayout, QSpinBox, QWidget

from .settings import MAX_AUTOSAVE_SECONDS, Settings

if TYPE_CHECKING:
    from .mainwindow import MainWindow


class PreferencesDialog(QDialog):
    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("首选项")
        self.settings = settings
        self.autosave = QSpinBox()
        self.autosave.setRange(0, MAX_AUTOSAVE_SECONDS)
        self.autosave.setSuffix(" 秒")
        self.autosave.setSpecialValueText("关闭（仅在切换窗口时保存）")
        self.autosave.setValue(settings.autosave_seconds)
        self.autosave.setToolTip("每隔这么久把正在编辑的文稿自动保存一份副本，程序意外退出后可以恢复。")
        self.live = QCheckBox("边写边查")
        self.live.setChecked(settings.live_check)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText("确定")
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText("取消")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow("自动保存间隔：", self.autosave)
        form.addRow("", self.live)
        form.addRow(buttons)

    def apply(self) -> None:
        self.settings.autosave_seconds = self.autosave.value()


def add_preferences_action(window: MainWindow) -> QAction:
    """Add 首选项… to the 编辑 menu (kept here so menus.py stays as it is)."""
    action = QAction("首选项…", window)
    action.setMenuRole(QAction.MenuRole.PreferencesRole)
    action.triggered.connect(lambda: show_preferences(window))
    for menu_action in window.menuBar().actions():
        if menu_action.text().startswith("编辑") and menu_action.menu() is not None:
            menu_action.menu().addSeparator()
            menu_action.menu().addAction(action)
            break
    window.actions_["preferences"] = action
    return action


def show_preferences(window: MainWindow) -> PreferencesDialog:
    dialog = PreferencesDialog(window.settings, window)
    dialog.accepted.connect(lambda: _apply(window, dialog))
    dialog.open()
    return dialog


def _apply(window: MainWindow, dialog: PreferencesDialog) -> None:
    dialog.apply()
    if window.autosaver is not None:
        window.autosaver.set_interval(window.settings.autosave_seconds)
    if dialog.live.isChecked() != window.runner.enabled:
        window.actions_["live"].setChecked(dialog.live.isChecked())
        window.set_live_check(dialog.live.isChecked())
