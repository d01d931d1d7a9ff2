# SPDX-License-Identifier: MIT
"""A tiny scripted driver for process-level tests; inert unless JIAOGAO_TEST_SCRIPT is set.

JIAOGAO_TEST_SCRIPT holds a JSON list of steps, run in order once the window is up:

    ["autosave-every", N] autosave every N seconds from now on
    ["insert", TEXT]      type TEXT at the end of the document
    ["check"]             run the checks and wait for the report
    ["export", PATH]      export Word to PATH, without a dialog
    ["dump", PATH]        write {"text", "path", "modified", "title"} as JSON to PATH
    ["discard-quit"]      drop unsaved changes and close the window (a clean close)
    ["quit"]              close the window (asks if modified, as for a user)

plus ["recover", "restore" | "discard" | "later"], which answers the start-up recovery
offer instead of showing the dialog (first entry). Steps after a failing one are skipped and
the failure is printed to stderr; the script never changes anything for a normal start.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterator
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtGui import QTextCursor

if TYPE_CHECKING:
    from jiaogao.core.recovery import RecoveryEntry

    from .mainwindow import MainWindow

ENV = "JIAOGAO_TEST_SCRIPT"


class TestScript:
    def __init__(self, steps: list[list[str]]) -> None:
        self.recover = next((s[1] for s in steps if s and s[0] == "recover" and len(s) > 1), None)
        self.steps = [s for s in steps if s and s[0] != "recover"]
        self._window: MainWindow | None = None
        self._it: Iterator[None] | None = None

    @classmethod
    def from_env(cls) -> TestScript | None:
        raw = os.environ.get(ENV)
        if not raw:
            return None
        try:
            steps = json.loads(raw)
        except ValueError:
            sys.stderr.write(f"{ENV}: not JSON\n")
            return None
        return cls([list(map(str, s)) for s in steps if isinstance(s, list)])

    def choose(self, entries: list[RecoveryEntry]) -> tuple[str, RecoveryEntry | None]:
        return (self.recover or "later", entries[0] if entries else None)

    def start(self, window: MainWindow) -> None:
        self._window = window
        self._it = self._run()
        QTimer.singleShot(0, self._next)

    def _next(self) -> None:
        try:
            next(self._it)
        except StopIteration:
            pass
        except Exception as err:  # report, do not hang the test waiting for a step
            sys.stderr.write(f"{ENV}: {type(err).__name__}: {err}\n")

    def _run(self) -> Iterator[None]:
        w = self._window
        for step in self.steps:
            kind, args = step[0], step[1:]
            print(f"step {kind}", flush=True)
            if kind == "autosave-every":
                if w.autosaver is not None:
                    w.autosaver.set_interval(int(args[0]))
            elif kind == "insert":
                cursor = w.editor.textCursor()
                cursor.movePosition(QTextCursor.MoveOperation.End)
                cursor.insertText(args[0])
                w.editor.setTextCursor(cursor)
            elif kind == "check":
                w.runner.reportReady.connect(self._on_report)
                w.runner.checkFailed.connect(self._on_report)
                w.check_now()
                yield  # resumed by _on_report
            elif kind == "export":
                if not w.export_word_to(args[0]):
                    raise RuntimeError("export failed")
            elif kind == "dump":
                _dump(w, args[0])
            elif kind == "discard-quit":
                w.editor.document().setModified(False)
                w.close()
            elif kind == "quit":
                w.close()
            else:
                raise ValueError(f"unknown step {kind}")
        print("script done", flush=True)

    def _on_report(self, *_args) -> None:
        w = self._window
        w.runner.reportReady.disconnect(self._on_report)
        w.runner.checkFailed.disconnect(self._on_report)
        print("step check: report ready", flush=True)
        QTimer.singleShot(0, self._next)


def _dump(w: MainWindow, path: str) -> None:
    data = {
        "text": w.editor.toPlainText(),
        "path": w.path,
        "modified": w.editor.document().isModified(),
        "title": w.windowTitle(),
    }
    with open(path, "w", encoding="utf-8") as fh:
        json.dump(data, fh, ensure_ascii=False)
