# SPDX-License-Identifier: MIT
"""Autosave of the open document to the recovery folder, and restoring after a crash.

Every N seconds and whenever the application loses focus, a modified document is copied
to core.recovery's folder. Only the cheap part runs on the GUI thread: reading the
QTextDocument into an immutable core Document. Encoding it as JSON and the atomic
write (with fsync) run on one background thread, in order, so a slow disk never stalls
typing and an older copy never overwrites a newer one. A clean close, or a save, removes
the copy; whatever is left at the next start was not closed cleanly.
"""

from __future__ import annotations

import logging
import os
import time
from concurrent.futures import Future, ThreadPoolExecutor
from typing import TYPE_CHECKING

from jiaogao.core import native
from jiaogao.core.atomic import SaveError
from jiaogao.core.recovery import RecoveryEntry, RecoveryStore
from jiaogao.core.textio import ReadError
from PySide6.QtCore import QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QGuiApplication, QWindow
from PySide6.QtWidgets import QMessageBox

from .ignores import IgnoreList

if TYPE_CHECKING:
    from .mainwindow import MainWindow

__all__ = ["Autosaver", "RecoveryStore", "restore_entry"]

log = logging.getLogger(__name__)


class Autosaver(QObject):
    """Keeps one recovery copy of the window's document up to date."""

    saved = Signal(str)  # the key, after a copy reached the disk
    failed = Signal(str)  # a Chinese message

    def __init__(self, window: MainWindow, store: RecoveryStore, seconds: int) -> None:
        super().__init__(window)
        self.window = window
        self.store = store
        self.key = store.new_key()
        self.serialise_ms = 0.0  # GUI-thread time of the last autosave, for the figures
        self._changes = 0  # bumped on every edit; monotonic, unlike QTextDocument.revision()
        self._written = 0
        self._pending: Future | None = None
        self._warned = False
        self._pool = ThreadPoolExecutor(1, thread_name_prefix="jiaogao-autosave")
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.autosave)
        self.set_interval(seconds)
        doc = window.editor.document()
        doc.contentsChange.connect(self._on_change)
        doc.modificationChanged.connect(self._on_modification_changed)
        self.failed.connect(self._on_failed)
        app = QGuiApplication.instance()
        app.applicationStateChanged.connect(self._on_app_state)
        app.focusWindowChanged.connect(self._on_focus_window)

    def set_interval(self, seconds: int) -> None:
        if seconds > 0:
            self._timer.start(seconds * 1000)
        else:
            self._timer.stop()

    @property
    def interval_seconds(self) -> int:
        return self._timer.interval() // 1000 if self._timer.isActive() else 0

    def touch(self) -> None:
        """Something outside the text changed (ignores, report type): copy it next time."""
        self._changes += 1

    @Slot(int, int, int)
    def _on_change(self, _pos: int, _removed: int, _added: int) -> None:
        self._changes += 1

    @Slot(bool)
    def _on_modification_changed(self, modified: bool) -> None:
        if not modified:  # saved (or reloaded): the file on disk is the truth again
            self._submit(self.store.discard, self.key)
            self._written = self._changes

    @Slot(Qt.ApplicationState)
    def _on_app_state(self, state: Qt.ApplicationState) -> None:
        if state != Qt.ApplicationState.ApplicationActive:
            self.autosave()

    @Slot(QWindow)
    def _on_focus_window(self, focus: QWindow | None) -> None:
        if focus is None:
            self.autosave()

    @Slot()
    def autosave(self) -> bool:
        """Queue a copy if the document changed since the last one; True if one was queued."""
        if not self.window.editor.document().isModified() or self._changes == self._written:
            return False
        if self._pending is not None and not self._pending.done():
            return False  # the disk is slow: the next tick catches up
        started = time.perf_counter()
        nf = self.window.native_file()
        self.serialise_ms = (time.perf_counter() - started) * 1000
        self._written = self._changes
        self._pending = self._submit(self._write, self.key, nf, self.window.path)
        return True

    def _write(self, key: str, nf: native.NativeFile, original: str | None) -> None:
        try:
            self.store.save(key, nf, original)
        except SaveError as err:
            self.failed.emit(str(err))
            return
        except Exception as err:  # never let the background thread die silently
            log.exception("autosave failed")
            self.failed.emit(f"{type(err).__name__}: {err}")
            return
        self.saved.emit(key)

    def _submit(self, fn, *args) -> Future | None:
        try:
            return self._pool.submit(fn, *args)
        except RuntimeError:  # after close_clean
            return None

    @Slot(str)
    def _on_failed(self, message: str) -> None:
        self._written = -1  # try again at the next tick
        self.window.statusBar().showMessage(f"自动保存失败：{message}", 10000)
        if not self._warned:  # say it once in a box; the status bar repeats it
            self._warned = True
            QMessageBox.warning(
                self.window,
                "自动保存失败",
                f"{message}\n\n文稿仍在编辑器中。请尽快用“保存”或“另存为”保存到其他位置。",
            )

    def wait(self, timeout: float = 30.0) -> None:
        """Block until queued writes are on disk (tests, close)."""
        future = self._submit(lambda: None)
        if future is not None:
            future.result(timeout)

    def reset(self) -> None:
        """Another document was loaded: drop the old copy, start a new key."""
        self._submit(self.store.discard, self.key)
        self.key = self.store.new_key()
        self._written = self._changes

    def adopt(self, key: str) -> None:
        """Continue a restored copy under its own key, claiming it for this process at once."""
        old, self.key = self.key, key
        if old != key:
            self._submit(self.store.discard, old)
        self._written = -1
        self.autosave()

    def close_clean(self) -> None:
        """The user closed the document on purpose: remove its copy and stop."""
        self._timer.stop()
        self._submit(self.store.discard, self.key)
        self._pool.shutdown(wait=True)


def restore_entry(window: MainWindow, entry: RecoveryEntry) -> bool:
    """Load a recovery copy into ``window``: exact text, modified, original path remembered."""
    store = window.autosaver.store if window.autosaver is not None else RecoveryStore()
    try:
        nf = store.load(entry)
    except ReadError as err:
        QMessageBox.warning(window, "无法恢复", f"{entry.display_name}：{err.message}")
        return False
    original = entry.original
    window.load(nf.document, original, IgnoreList.from_native(nf.ignored_findings, nf.ignored_rules))
    if nf.report_type:
        window.report_type = nf.report_type
        window.runner.check_now()
    if original and original.lower().endswith(native.SUFFIX) and os.path.isfile(original):
        window.save_target = original
    window.editor.document().setModified(True)
    window.setWindowModified(True)
    if window.autosaver is not None:
        window.autosaver.adopt(entry.key)
    window.statusBar().showMessage(f"已恢复：{entry.display_name}（{entry.display_time()}）", 8000)
    return True
