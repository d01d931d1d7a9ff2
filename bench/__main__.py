# SPDX-License-Identifier: MIT
"""Run the benchmarks: ``uv run python -m bench [--only NAME ...] [--list]``."""

from __future__ import annotations

import argparse
import importlib
import inspect
import os
import platform
import sys
import time
from collections.abc import Sequence
from types import ModuleType

from bench import BENCHMARKS, Benchmark
from bench.table import Figure, format_table, pairs_to_figures


def _load(bench: Benchmark) -> ModuleType | None:
    try:
        return importlib.import_module(bench.module)
    except ModuleNotFoundError as err:
        if err.name != bench.module:  # the benchmark exists but one of its imports is missing
            raise
        return None


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m bench", description="JiaoGao benchmarks (figures, not tests)"
    )
    parser.add_argument("--only", nargs="+", metavar="NAME", choices=[b.name for b in BENCHMARKS],
                        help="run only these benchmarks (default: all)")
    parser.add_argument("--list", action="store_true", help="list the benchmarks and exit")
    for bench in BENCHMARKS:
        module = _load(bench)
        if module is not None and hasattr(module, "add_arguments"):
            module.add_arguments(parser.add_argument_group(f"{bench.name}: {bench.help}"))
    return parser


def _run(name: str, module: ModuleType, args: argparse.Namespace) -> list[Figure]:
    saved = sys.argv
    sys.argv = [module.__name__]  # script-style main()s read sys.argv: give them none of ours
    try:
        if hasattr(module, "run"):
            result = module.run(args) if inspect.signature(module.run).parameters else module.run()
        else:
            result = module.main()
    finally:
        sys.argv = saved
    hook = getattr(module, "figures", None)
    if callable(hook):  # (a module may import one named "figures": only a function is the hook)
        return list(hook(result))
    if isinstance(result, list) and all(isinstance(x, Figure) for x in result):
        return result
    if isinstance(result, list) and all(isinstance(x, tuple) and len(x) == 2 for x in result):
        return pairs_to_figures(name, result)
    return []


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.list:
        for bench in BENCHMARKS:
            state = "" if _load(bench) is not None else "  (not in this checkout)"
            print(f"{bench.name:<12} {bench.help}{state}")
        return 0
    cpu = platform.processor() or platform.machine()
    machine = f"Python {platform.python_version()} on {platform.platform()}, {cpu}, {os.cpu_count()} CPUs"
    print(machine)
    figures: list[Figure] = []
    for bench in BENCHMARKS:
        if args.only and bench.name not in args.only:
            continue
        print(f"\n== {bench.name}: {bench.help}", flush=True)
        module = _load(bench)
        if module is None:
            print(f"skipped: {bench.module} is not in this checkout")
            continue
        started = time.perf_counter()
        got = _run(bench.name, module, args)
        for figure in got:
            print(f"{figure.name}: {figure.cell()}")
        figures += got
        print(f"({bench.name} took {time.perf_counter() - started:.1f} s)", flush=True)
    print(f"\n== Summary ({machine}; medians of several runs, ratios from the same runs)")
    print(format_table(figures))
    return 0


if __name__ == "__main__":
    sys.exit(main())
