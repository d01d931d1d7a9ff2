# SPDX-License-Identifier: MIT
"""``jiaogao --smoke [FILE]``: prove a build works end to end, then exit.

Opens FILE (default: the bundled sample) in the real main window, lets the real check
worker process check it, prints one summary line to stdout and exits 0. Anything else
(unreadable file, a failed check, the worker process unusable, no result in time)
prints the reason to stderr and exits non-zero. Settings go to a throwaway file, so a
smoke run never touches the user's recent files or window layout. Works offscreen
(QT_QPA_PLATFORM=offscreen), which is how CI runs it against the bundle.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication

TIMEOUT_S = 120  # a cold worker on a slow CI machine: seconds, never minutes


def run_smoke(app: QApplication, files: list[str], sample: str) -> int:
    from jiaogao.core.textio import ReadError, read_document

    from .checkprocess import ProcessChecker
    from .mainwindow import MainWindow
    from .settings import Settings

    started = time.perf_counter()
    path = files[0] if files else sample
    try:
        doc = read_document(path)
    except ReadError as err:
        print(f"smoke: cannot open {path}: {err.message}", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings(QSettings(str(Path(tmp) / "smoke.ini"), QSettings.Format.IniFormat))
        checker = ProcessChecker()
        window = MainWindow(settings, check=checker)
        outcome: dict[str, object] = {}

        def finish(key: str, value: object) -> None:
            outcome.setdefault(key, value)
            app.quit()

        # An error in a slot must fail the run at once, not wait for the timeout.
        sys.excepthook = lambda kind, value, tb: (
            sys.__excepthook__(kind, value, tb),
            finish("error", f"{kind.__name__}: {value}"),
        )
        window.runner.reportReady.connect(lambda result: finish("result", result))
        window.runner.checkFailed.connect(lambda message: finish("error", message))
        window.show()

        def shown() -> None:
            # The first turn of the event loop after show(): bench/startup.py times this line.
            print("smoke: window shown", flush=True)
            window.load(doc, None)

        QTimer.singleShot(0, shown)
        QTimer.singleShot(TIMEOUT_S * 1000, lambda: finish("error", f"no findings after {TIMEOUT_S} s"))
        try:
            app.exec()
        finally:
            # ProcessChecker falls back to checking in-process when its worker dies; a smoke
            # run must notice, since that is what breaks in a badly frozen build.
            worker_ok = not getattr(checker, "_broken", False)
            checker.shutdown()
            window.editor.document().setModified(False)
            window.close()
    return _summarise(outcome, worker_ok, Path(path).name, time.perf_counter() - started)


def _summarise(outcome: dict[str, object], worker_ok: bool, name: str, seconds: float) -> int:
    if "result" not in outcome:
        print(f"smoke: check failed: {outcome.get('error', 'no result')}", file=sys.stderr)
        return 1
    if not worker_ok:
        print("smoke: the check worker process did not start", file=sys.stderr)
        return 3
    result = outcome["result"]
    findings = result.report.findings  # type: ignore[attr-defined]
    errors = sum(1 for f in findings if f.severity == "error")
    warnings = sum(1 for f in findings if f.severity == "warning")
    print(
        f"smoke ok: {name}: {len(findings)} findings ({errors} errors, {warnings} warnings, "
        f"{len(findings) - errors - warnings} info), {result.words} words, {seconds:.2f} s"  # type: ignore[attr-defined]
    )
    return 0
