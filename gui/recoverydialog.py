# SPDX-License-Identifier: MIT
"""At start-up, offer the documents a crash left in the recovery folder: 恢复 / 丢弃 / 稍后."""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import TYPE_CHECKING

from jiaogao.core.recovery import RecoveryEntry, RecoveryStore
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from .autosave import restore_entry

if TYPE_CHECKING:
    from .mainwindow import MainWindow

# A chooser picks what to do without showing the dialog (the test hook uses it):
# it gets the entries and returns ("restore" | "discard" | "later", entry or None).
Chooser = Callable[[list[RecoveryEntry]], tuple[str, RecoveryEntry | None]]


class RecoveryDialog(QDialog):
    """Lists the copies with file name, folder and time; the caller acts on ``choice``."""

    def __init__(self, entries: list[RecoveryEntry], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("恢复未保存的文稿")
        self.entries = list(entries)
        self.choice: tuple[str, RecoveryEntry | None] = ("later", None)
        label = QLabel("校稿上次没有正常退出。以下文稿有自动保存的副本，可以恢复：")
        label.setWordWrap(True)
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels(["文件", "位置", "自动保存时间"])
        self.tree.setRootIsDecorated(False)
        for entry in self.entries:
            folder = os.path.dirname(entry.original) if entry.original else ""
            item = QTreeWidgetItem([entry.display_name, folder, entry.display_time()])
            item.setToolTip(1, entry.original or "")
            self.tree.addTopLevelItem(item)
        self.tree.setCurrentItem(self.tree.topLevelItem(0))
        self.tree.itemDoubleClicked.connect(lambda *_: self._choose("restore"))
        buttons = QDialogButtonBox()
        for text, kind, role in (
            ("恢复", "restore", QDialogButtonBox.ButtonRole.AcceptRole),
            ("丢弃", "discard", QDialogButtonBox.ButtonRole.DestructiveRole),
            ("稍后", "later", QDialogButtonBox.ButtonRole.RejectRole),
        ):
            button = QPushButton(text)
            button.clicked.connect(lambda _=False, k=kind: self._choose(k))
            buttons.addButton(button, role)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.tree)
        hint = QLabel("“稍后”保留副本，下次启动时再次询问。")
        hint.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        layout.addWidget(hint)
        layout.addWidget(buttons)
        self.resize(620, 300)

    def selected(self) -> RecoveryEntry | None:
        row = self.tree.indexOfTopLevelItem(self.tree.currentItem()) if self.tree.currentItem() else -1
        return self.entries[row] if 0 <= row < len(self.entries) else None

    def _choose(self, kind: str) -> None:
        self.choice = (kind, self.selected())
        self.accept() if kind != "later" else self.reject()


def dialog_chooser(parent: QWidget) -> Chooser:
    def choose(entries: list[RecoveryEntry]) -> tuple[str, RecoveryEntry | None]:
        dialog = RecoveryDialog(entries, parent)
        dialog.exec()
        return dialog.choice

    return choose


def offer_recovery(
    window: MainWindow, store: RecoveryStore, choose: Chooser | None = None, confirm: bool = True
) -> bool:
    """Ask about each copy left behind until the user restores one or says later; True if restored."""
    choose = choose or dialog_chooser(window)
    while True:
        entries = store.entries(skip_running=True)
        if not entries:
            return False
        kind, entry = choose(entries)
        if entry is None or kind == "later":
            return False
        if kind == "restore":
            if window.maybe_save():
                return restore_entry(window, entry)
            return False
        if kind == "discard" and (not confirm or _confirm_discard(window, entry)):
            store.discard(entry.key)


def _confirm_discard(window: QWidget, entry: RecoveryEntry) -> bool:
    buttons = QMessageBox.StandardButton
    answer = QMessageBox.question(
        window,
        "丢弃副本",
        f"丢弃“{entry.display_name}”（{entry.display_time()}）的自动保存副本？丢弃后无法找回。",
        buttons.Yes | buttons.No,
        buttons.No,
    )
    return answer == buttons.Yes
