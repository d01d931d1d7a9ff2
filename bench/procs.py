# SPDX-License-Identifier: MIT
"""Launching the app for the start-up and memory benchmarks: from source, the bundle, or a bare window."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
BUNDLE = REPO / "dist" / "jiaogao"

BARE_WINDOW = r"""
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
w = QMainWindow()
w.show()
QTimer.singleShot(0, lambda: (print("smoke: window shown", flush=True), app.quit()))
app.exec()
"""


def bundle_exe(name: str = "jiaogao") -> Path | None:
    exe = BUNDLE / (name + ".exe" if sys.platform == "win32" else name)
    return exe if exe.is_file() else None


def commands() -> dict[str, list[str]]:
    """What to launch: the editor from source, from dist/jiaogao when built, and a bare PySide6 window."""
    cmds = {
        "source": [sys.executable, "-m", "jiaogao.gui.launcher", "--smoke"],
        "bare": [sys.executable, "-c", BARE_WINDOW],
    }
    exe = bundle_exe()
    if exe is not None:
        cmds["bundle"] = [str(exe), "--smoke"]
    return cmds


def child_env(home: str) -> dict[str, str]:
    env = dict(os.environ, JIAOGAO_HOME=home, XDG_CONFIG_HOME=home, PYTHONUTF8="1")
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    return env


@dataclass
class Run:
    pid: int
    returncode: int
    marks: dict[str, float]  # first line starting with each key → seconds after launch
    peak_kb: dict[int, int] = field(default_factory=dict)  # pid → VmHWM (Linux)
    out: str = ""


def launch(cmd: list[str], timeout: float = 180.0, watch_memory: bool = False) -> Run:
    """Run ``cmd`` to the end, timing its stdout lines; with ``watch_memory``, poll the peak RSS
    (VmHWM) of the process and its children every few milliseconds until it exits."""
    with tempfile.TemporaryDirectory() as home:
        start = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=child_env(home),
                                cwd=REPO, text=True, encoding="utf-8", errors="replace")
        peaks: dict[int, int] = {}
        stop = threading.Event()
        watcher = None
        if watch_memory and Path("/proc/self/status").exists():
            watcher = threading.Thread(target=_watch, args=(proc.pid, peaks, stop), daemon=True)
            watcher.start()
        marks: dict[str, float] = {}
        lines = []
        assert proc.stdout is not None
        for line in proc.stdout:
            lines.append(line)
            for key in ("smoke: window shown", "smoke ok"):
                if line.startswith(key) and key not in marks:
                    marks[key] = time.perf_counter() - start
        try:
            code = proc.wait(timeout)
        except subprocess.TimeoutExpired:
            proc.kill()
            code = proc.wait()
        stop.set()
        if watcher is not None:
            watcher.join()
        return Run(proc.pid, code, marks, peaks, "".join(lines))


def _watch(pid: int, peaks: dict[int, int], stop: threading.Event) -> None:
    while not stop.is_set():
        for p in [pid, *_descendants(pid)]:
            kb = _vmhwm(p)
            if kb:
                peaks[p] = max(kb, peaks.get(p, 0))
        time.sleep(0.02)


def _vmhwm(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/status") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except (OSError, ValueError):
        pass
    return 0


def _descendants(pid: int) -> list[int]:
    parents: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as fh:
                    # the command name may hold spaces and parentheses: ppid follows the last ')'
                    parents[int(entry)] = int(fh.read().rsplit(")", 1)[1].split()[1])
            except (OSError, ValueError, IndexError):
                pass
    found, todo = [], [pid]
    while todo:
        parent = todo.pop()
        kids = [p for p, pp in parents.items() if pp == parent]
        found += kids
        todo += kids
    return found
