# SPDX-License-Identifier: MIT
"""Run the benchmarks: ``uv run python -m bench [--only NAME ...] [--list]``."""

from __future__ import annotations

import argparse
import importlib
import os
import platform
import sys
import time
from collections.abc import Sequence

from bench import BENCHMARKS, Benchmark


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m bench", description="JiaoGao benchmarks (figures, not tests)"
    )
    parser.add_argument("--only", nargs="+", metavar="NAME", choices=[b.name for b in BENCHMARKS],
                        help="run only these benchmarks (default: all)")
    parser.add_argument("--list", action="store_true", help="list the benchmarks and exit")
    for bench in BENCHMARKS:
        group = parser.add_argument_group(f"{bench.name}: {bench.help}")
        importlib.import_module(bench.module).add_arguments(group)
    return parser


def _selected(names: Sequence[str] | None) -> list[Benchmark]:
    if not names:
        return list(BENCHMARKS)
    return [b for b in BENCHMARKS if b.name in names]


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.list:
        for bench in BENCHMARKS:
            print(f"{bench.name:<16} {bench.help}")
        return 0
    cpu = platform.processor() or platform.machine()
    print(f"Python {platform.python_version()} on {platform.platform()}, {cpu}, {os.cpu_count()} CPUs")
    for bench in _selected(args.only):
        print(f"\n== {bench.name}: {bench.help}")
        started = time.perf_counter()
        importlib.import_module(bench.module).run(args)
        print(f"({bench.name} took {time.perf_counter() - started:.1f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
