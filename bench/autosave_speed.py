# SPDX-License-Identifier: MIT
"""Autosave and large-file figures (not tests).

    uv run python -m bench.autosave_speed

``run()`` returns (name, value) pairs, milliseconds unless the name ends in _s:
the GUI-thread part of an autosave of a 100 k-character draft (reading the QTextDocument
into a core Document), the background part (JSON encoding, atomic write with fsync),
opening a 5 MB text file, and refusing a 50 MB one.
"""

from __future__ import annotations

import os
import statistics
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

LINE = "（{n}）全镇完成植树造林1200亩，新建村级道路15公里，带动农户增收，群众满意度持续提升。"


def _draft(chars: int) -> str:
    lines = ["柳河镇2024年工作总结", "一、主要工作"]
    total, n = 20, 0
    while total < chars:
        n += 1
        lines.append(LINE.format(n=n % 9 + 1))
        total += len(lines[-1]) + 1
    return "\n".join(lines)[:chars]


def _median_ms(fn, repeat: int = 7) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return round(statistics.median(times), 2)


def run() -> list[tuple[str, float]]:
    from PySide6.QtCore import QSettings  # noqa: TID251 (a GUI benchmark)
    from PySide6.QtWidgets import QApplication  # noqa: TID251 (a GUI benchmark)

    work = Path(tempfile.mkdtemp(prefix="jiaogao-bench-"))
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(work / "settings"))
    app = QApplication.instance() or QApplication([])

    from jiaogao.core import native
    from jiaogao.core.atomic import atomic_write
    from jiaogao.core.model import Document
    from jiaogao.core.recovery import RecoveryStore
    from jiaogao.gui.mainwindow import MainWindow
    from jiaogao.gui.settings import Settings

    window = MainWindow(
        Settings(),
        check=lambda d, o: None,
        executor=lambda job: None,
        recovery=RecoveryStore(work / "recovery"),
    )
    window.show()
    window.load(Document.from_text(_draft(100_000)), None)
    out: list[tuple[str, float]] = [("autosave_100k_chars", float(len(window.editor.toPlainText())))]
    out.append(("autosave_100k_gui_thread_ms", _median_ms(window.native_file)))
    nf = window.native_file()
    out.append(("autosave_100k_json_ms_background", _median_ms(lambda: native.dumps(nf))))
    data = native.dumps(nf).encode("utf-8")
    out.append(("autosave_100k_bytes", float(len(data))))
    target = work / "copy.jgd"
    out.append(
        (
            "autosave_100k_write_fsync_ms_background",
            _median_ms(lambda: atomic_write(target, data, backup=False)),
        )
    )

    calls = []
    for _ in range(7):  # the whole autosave() call as the timer makes it, the write queued
        window.editor.textCursor().insertText("改")
        window.autosaver.wait()
        start = time.perf_counter()
        assert window.autosaver.autosave()
        calls.append((time.perf_counter() - start) * 1000)
    window.autosaver.wait()
    out.append(("autosave_call_gui_thread_ms", round(statistics.median(calls), 2)))
    out += _large_files(window, work)
    window.editor.document().setModified(False)
    window.autosaver.close_clean()
    window.close()
    app.processEvents()
    return out


def _large_files(window, work: Path) -> list[tuple[str, float]]:
    big = work / "5mb.txt"
    text = _draft(1_900_000)  # about 5 MB of UTF-8
    big.write_text(text, encoding="utf-8")
    start = time.perf_counter()
    window.open_path(str(big), ask=False)
    opened = time.perf_counter() - start
    huge = work / "50mb.txt"
    with open(huge, "wb") as fh:
        fh.truncate(50 * 1024 * 1024)
    from PySide6.QtWidgets import QMessageBox  # noqa: TID251 (a GUI benchmark)

    original = QMessageBox.warning
    QMessageBox.warning = staticmethod(lambda *a, **k: QMessageBox.StandardButton.Ok)
    try:
        refused = _median_ms(lambda: window.open_path(str(huge), ask=False), repeat=3)
    finally:
        QMessageBox.warning = original
    return [
        ("open_5mb_txt_bytes", float(big.stat().st_size)),
        ("open_5mb_txt_gui_thread_s", round(opened, 2)),
        ("refuse_50mb_txt_ms", refused),
    ]


if __name__ == "__main__":
    for name, value in run():
        print(f"{name:45s} {value}")
