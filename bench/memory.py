# SPDX-License-Identifier: MIT
"""Peak memory with a 100 k-character draft open in the editor (target ≤ 250 MB). Linux only.

Runs ``jiaogao --smoke big.txt`` (from source, and from dist/jiaogao when built): the main window
opens the draft, the check worker process checks it and the findings are shown. A watcher
thread reads VmHWM (the peak resident set) of the editor process and each of its children from
/proc every 20 ms until they exit. The editor is one process and the checks run in a second
one (plus multiprocessing's small resource tracker), so the figures are the editor's peak, the
worker's peak and their sum, the memory the app can hold at once.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
from pathlib import Path

from bench.procs import commands, launch
from bench.table import Figure

CHARS = 100_000


def add_arguments(group: argparse._ArgumentGroup) -> None:
    group.add_argument("--memory-runs", type=int, default=3, metavar="N",
                       help="smoke runs with the 100 k draft per program; the median is reported (default 3)")


def _peaks(cmd: list[str], path: Path, runs: int) -> tuple[float, float, float]:
    gui, worker, total = [], [], []
    for _ in range(max(1, runs)):
        run = launch([*cmd, str(path)], watch_memory=True)
        if run.returncode != 0:
            raise SystemExit(f"smoke run failed (exit {run.returncode}):\n{run.out}")
        editor_kb = run.peak_kb.get(run.pid, 0)
        # The launched process is the editor; its biggest child is the check worker.
        children = sorted((kb for pid, kb in run.peak_kb.items() if pid != run.pid), reverse=True)
        gui.append(editor_kb / 1024)
        worker.append((children[0] if children else 0) / 1024)
        total.append(sum(run.peak_kb.values()) / 1024)
    return statistics.median(gui), statistics.median(worker), statistics.median(total)


def run(args: argparse.Namespace) -> list[Figure]:
    if not Path("/proc/self/status").exists():
        print("skipped: peak memory is read from /proc (Linux)")
        return [Figure("memory", "peak RSS, 100 k draft open (Linux only)", float("nan"))]
    from bench.gui_speed import big_text

    runs = getattr(args, "memory_runs", 3)
    figures = []
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "big.txt"
        text = big_text(CHARS)
        path.write_text(text, encoding="utf-8")
        print(f"draft: {len(text):,} characters")
        for name, cmd in commands().items():
            if name == "bare":
                continue
            gui, worker, total = _peaks(cmd, path, runs)
            print(f"{name}: editor {gui:.0f} MB, worker {worker:.0f} MB, all processes {total:.0f} MB")
            figures += [
                Figure("memory", f"peak RSS editor process, 100 k draft, {name}", gui, "MB", "≤ 250 MB"),
                Figure("memory", f"peak RSS check worker, 100 k draft, {name}", worker, "MB"),
                Figure("memory", f"peak RSS all processes, 100 k draft, {name}", total, "MB"),
            ]
    return figures


if __name__ == "__main__":
    sys.exit(print("run through: uv run python -m bench --only memory"))
