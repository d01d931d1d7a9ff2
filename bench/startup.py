# SPDX-License-Identifier: MIT
"""Cold start to window shown: the editor from source and from the bundle, against a bare PySide6 window.

Each launch is a new process running ``jiaogao --smoke`` (the real main window, the bundled
sample opened after the window shows); the time is from launch to the first turn of its event
loop after ``show()``, when it prints ``smoke: window shown``. The launches of the three
programs are interleaved, so a busy moment on the machine hits all of them alike, and the ratios
are medians of the same runs. "Cold" is the process: the operating system's file cache is warm
after the first run (the first run is reported too). On Linux the bundle is also started with its
files dropped from the file cache before each launch (posix_fadvise), as after a reboot.
"""

from __future__ import annotations

import argparse
import os
import statistics
from pathlib import Path

from bench.procs import BUNDLE, commands, launch
from bench.table import Figure

KEY = "smoke: window shown"


def add_arguments(group: argparse._ArgumentGroup) -> None:
    group.add_argument("--starts", type=int, default=5, metavar="N",
                       help="launches of each program; the median is reported (default 5)")


def evict(folder: Path) -> bool:
    """Drop ``folder``'s files from the operating system's file cache (Linux; no root needed).

    The next start then reads the bundle from disk as after a reboot; the system's own
    libraries stay cached, as they would be on a running desktop.
    """
    if not hasattr(os, "posix_fadvise"):
        return False
    for path in folder.rglob("*"):
        if path.is_file() and not path.is_symlink():
            fd = os.open(path, os.O_RDONLY)
            try:
                os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
            finally:
                os.close(fd)
    return True


def measure(starts: int) -> dict[str, list[float]]:
    cmds = commands()
    if "bundle" in cmds and hasattr(os, "posix_fadvise"):
        cmds["bundle, files not cached"] = cmds["bundle"]
    times: dict[str, list[float]] = {name: [] for name in cmds}
    for _ in range(max(1, starts)):
        for name, cmd in cmds.items():
            if name == "bundle, files not cached":
                evict(BUNDLE)
            run = launch(cmd)
            if run.returncode != 0 or KEY not in run.marks:
                raise SystemExit(f"{name} did not start (exit {run.returncode}):\n{run.out}")
            times[name].append(run.marks[KEY])
    return times


def run(args: argparse.Namespace) -> list[Figure]:
    times = measure(getattr(args, "starts", 5))
    for name, values in times.items():
        print(f"{name:<25} " + " ".join(f"{v:.3f}" for v in values) + " s")
    bare = statistics.median(times["bare"])
    figures = [Figure("startup", "bare PySide6 window shown", bare, "s")]
    for name, label in (("source", "from source"), ("bundle", "bundle"),
                        ("bundle, files not cached", "bundle, files not cached")):
        if name == "bundle, files not cached" and name not in times:
            continue
        if name not in times:
            figures.append(Figure("startup", f"window shown, {label} (dist/jiaogao not built)", float("nan")))
            continue
        median = statistics.median(times[name])
        target = "≤ 1.5 s" if name.startswith("bundle") else ""
        figures.append(Figure("startup", f"window shown, {label}", median, "s", target))
        if "not cached" not in name:
            figures.append(Figure("startup", f"window shown, {label}, first launch", times[name][0], "s"))
        figures.append(Figure("startup", f"ratio {label} / bare window", median / bare, "×"))
    return figures
