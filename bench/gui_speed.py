# SPDX-License-Identifier: MIT
"""GUI speed figures (not tests): start-up, key-press latency and findings refresh on a large draft.

    uv run python -m bench.gui_speed

``run()`` returns (name, value) pairs: seconds for times, milliseconds where the name says ms.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent

_CHILD_APP = r"""
import sys, tempfile
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication
QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, tempfile.mkdtemp())
app = QApplication(sys.argv[:1])
from jiaogao.gui.app import install_translators
from jiaogao.gui.mainwindow import MainWindow
from jiaogao.gui.resources import sample_path
from jiaogao.gui.settings import Settings
from jiaogao.gui.checkprocess import ProcessChecker
install_translators(app)
checker = ProcessChecker()
w = MainWindow(Settings(), check=checker)
w.show()
def shown():
    print("shown", "jieba" in sys.modules, flush=True)
    w.open_path(sample_path(), ask=False)
w.runner.reportReady.connect(lambda r: (print("report", flush=True), app.quit()))
QTimer.singleShot(0, shown)
QTimer.singleShot(20000, app.quit)
app.exec()
checker.shutdown()
w.editor.document().setModified(False)
"""

_CHILD_BARE = r"""
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
w = QMainWindow()
w.show()
QTimer.singleShot(0, lambda: (print("shown", flush=True), app.quit()))
app.exec()
"""


def _launch(code: str) -> dict[str, float]:
    """Wall time from process launch to each line the child prints."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    start = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, "-c", code], stdout=subprocess.PIPE, text=True, env=env, cwd=REPO
    )
    marks: dict[str, float] = {}
    assert proc.stdout is not None
    for line in proc.stdout:
        word = line.split()[0]
        marks[word] = time.perf_counter() - start
        if "True" in line:
            marks["jieba_before_shown"] = 1.0
    proc.wait()
    return marks


def startup(repeats: int = 3) -> list[tuple[str, float]]:
    app = [_launch(_CHILD_APP) for _ in range(repeats)]
    bare = [_launch(_CHILD_BARE) for _ in range(repeats)]
    shown = statistics.median(m["shown"] for m in app)
    bare_shown = statistics.median(m["shown"] for m in bare)
    report = statistics.median(m.get("report", float("nan")) for m in app)
    return [
        ("window shown after launch (s)", shown),
        ("bare PySide6 window shown (s)", bare_shown),
        ("ratio shown / bare", shown / bare_shown),
        ("first findings after launch (s)", report),
        ("jieba imported before window shown (0/1)", max(m.get("jieba_before_shown", 0.0) for m in app)),
    ]


def big_text(chars: int = 100_000) -> str:
    """A long draft built from the bundled sample, numbers varied so duplicates stay rare."""
    base = (REPO / "resources" / "samples" / "sample-halfyear.txt").read_text(encoding="utf-8")
    body = base.split("\n", 1)[1]
    parts = [base.split("\n", 1)[0]]
    i = 0
    while sum(map(len, parts)) < chars:
        i += 1
        parts.append(body.replace("2860", str(2860 + i)).replace("12个", f"{12 + i}个"))
    return "\n".join(parts)[:chars]


def typing(keys: int = 240, in_process: bool = True) -> list[tuple[str, float]]:
    """Key-press handling time on the GUI thread while live checks run on the worker."""
    import tempfile

    from PySide6.QtCore import QSettings, Qt  # noqa: TID251 (a GUI benchmark)
    from PySide6.QtTest import QTest  # noqa: TID251
    from PySide6.QtWidgets import QApplication  # noqa: TID251

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, tempfile.mkdtemp())
    app = QApplication.instance() or QApplication(sys.argv[:1])
    from jiaogao.core.model import Document
    from jiaogao.gui.app import tune_interpreter
    from jiaogao.gui.checkprocess import ProcessChecker
    from jiaogao.gui.checkrunner import default_check
    from jiaogao.gui.mainwindow import MainWindow
    from jiaogao.gui.settings import Settings

    tune_interpreter()
    print(f"document size: {len(big_text())} characters", file=sys.stderr)
    done: list[float] = []
    checker = ProcessChecker() if in_process else default_check

    def timed_check(doc, options):
        report = checker(doc, options)
        done.append(time.perf_counter())
        return report

    w = MainWindow(Settings(), check=timed_check)
    w.show()
    w.load(Document.from_text(big_text()), None)
    _wait(app, lambda: w.report_current(), 60)
    refresh: list[float] = []
    started: list[float] = []
    applied: list[float] = []
    w.runner.checkStarted.connect(lambda: started.append(time.perf_counter()))
    w.runner.reportReady.connect(lambda r: refresh.append(done[-1] - started[-1]))
    # Connected after the window's own slot: this runs once the report is on screen.
    w.runner.reportReady.connect(lambda r: applied.append(time.perf_counter() - started[-1]))
    # ... and from the last key press before it: the debounce pause, the check and the display.
    last_key = [time.perf_counter()]
    after_key: list[float] = []
    w.runner.reportReady.connect(lambda r: after_key.append(time.perf_counter() - last_key[0]))
    cursor = w.editor.textCursor()
    cursor.setPosition(w.editor.document().characterCount() // 2)
    w.editor.setTextCursor(cursor)
    latencies: list[float] = []
    for k in range(keys):
        t = time.perf_counter()
        QTest.keyClick(w.editor, Qt.Key.Key_A)
        last_key[0] = time.perf_counter()
        latencies.append((last_key[0] - t) * 1000)
        # Bursts of 20 keys, then a pause long enough for the debounce to start a check,
        # so later keys land while the worker is busy.
        _pump(app, (2.5 if k % 60 == 59 else 0.5) if k % 20 == 19 else 0.03)
    _wait(app, lambda: w.report_current(), 60)
    w.editor.document().setModified(False)
    w.close()
    if in_process:
        checker.shutdown()
    out = _typing_figures("process" if in_process else "thread", latencies, refresh, applied)
    debounce = w.runner._timer.interval()
    return [*out, (f"findings on screen after the last key press ({debounce} ms debounce), median (ms)",
                       _median_ms(after_key))]


def _typing_figures(where: str, latencies: list[float], refresh: list[float], applied: list[float]):
    latencies = sorted(latencies)
    return [
        (f"key press p50, checks in a {where} (ms)", latencies[len(latencies) // 2]),
        (f"key press p99, checks in a {where} (ms)", latencies[int(len(latencies) * 0.99) - 1]),
        (f"key press max, checks in a {where} (ms)", latencies[-1]),
        ("check on worker after debounce, median (ms)", _median_ms(refresh)),
        ("check on worker after debounce, max (ms)", max(refresh) * 1000 if refresh else -1.0),
        ("findings on screen after debounce, median (ms)", _median_ms(applied)),
        ("checks completed while typing", float(len(refresh))),
    ]


def _median_ms(values: list[float]) -> float:
    return statistics.median(values) * 1000 if values else -1.0


def _pump(app, seconds: float) -> None:
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        app.processEvents()
        time.sleep(0.002)


def _wait(app, cond, seconds: float) -> None:
    end = time.perf_counter() + seconds
    while not cond() and time.perf_counter() < end:
        app.processEvents()
        time.sleep(0.005)


def add_arguments(group) -> None:
    group.add_argument("--gui-thread", action="store_true",
                       help="also time key presses with the checks on a thread instead of the worker process")


def run(args=None) -> list[tuple[str, float]]:
    """Key-press latency with live checks in the worker process (the app's way); ``--gui-thread``
    adds the same with checks on a thread, to show what the process buys. Start-up is
    bench/startup.py's."""
    out = typing(in_process=True)
    if getattr(args, "gui_thread", False):
        out += typing(in_process=False)
    return out


def figures(pairs: list[tuple[str, float]]) -> list:
    from bench.table import Figure, pairs_to_figures

    out = []
    for f in pairs_to_figures("gui_speed", pairs):
        if "100 k" not in f.name and "key press" in f.name:
            f = Figure(f.group, f.name.replace("key press", "key press, 100 k draft,"), f.value, f.unit)
        target = "≤ 16 ms" if "p99" in f.name and "process" in f.name else ""
        out.append(Figure(f.group, f.name, f.value, f.unit, target))
    return out


if __name__ == "__main__":
    for name, value in startup() + typing(in_process=True) + typing(in_process=False):
        print(f"{name:50s} {value:10.3f}")
