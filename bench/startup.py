# SPDX-License-Identifier: MIT
"""Cold start to window shown: the editor from source and from the bundle, against a bare PySide6 window.

Each launch is a new process running ``jiaogao --smoke`` (the real main window, the bundled
sample opened after the window shows); the time is from launch to the first turn of its event
loop after ``show()``, when it prints ``smoke: window shown``. The launches of the three
programs are interleaved, so a busy moment on the machine hits all of them alike, and the ratios
are medians of the same runs. "Cold" is the process: the operating system's file cache is warm
after the first run (the first run is reported too).
"""

from __future__ import annotations

import argparse
import statistics

from bench.procs import commands, launch
from bench.table import Figure

KEY = "smoke: window shown"


def add_arguments(group: argparse._ArgumentGroup) -> None:
    group.add_argument("--starts", type=int, default=5, metavar="N",
                       help="launches of each program; the median is reported (default 5)")


def measure(starts: int) -> dict[str, list[float]]:
    cmds = commands()
    times: dict[str, list[float]] = {name: [] for name in cmds}
    for _ in range(max(1, starts)):
        for name, cmd in cmds.items():
            run = launch(cmd)
            if run.returncode != 0 or KEY not in run.marks:
                raise SystemExit(f"{name} did not start (exit {run.returncode}):\n{run.out}")
            times[name].append(run.marks[KEY])
    return times


def run(args: argparse.Namespace) -> list[Figure]:
    times = measure(getattr(args, "starts", 5))
    for name, values in times.items():
        print(f"{name:<7} " + " ".join(f"{v:.3f}" for v in values) + " s")
    bare = statistics.median(times["bare"])
    figures = [Figure("startup", "bare PySide6 window shown", bare, "s")]
    for name, label in (("source", "from source"), ("bundle", "bundle")):
        if name not in times:
            figures.append(Figure("startup", f"window shown, {label} (dist/jiaogao not built)", float("nan")))
            continue
        median = statistics.median(times[name])
        target = "≤ 1.5 s" if name == "bundle" else ""
        figures += [
            Figure("startup", f"window shown, {label}", median, "s", target),
            Figure("startup", f"window shown, {label}, first launch", times[name][0], "s"),
            Figure("startup", f"ratio {label} / bare window", median / bare, "×"),
        ]
    return figures
