# SPDX-License-Identifier: MIT
"""Benchmarks for JiaoGao (figures, not tests): ``uv run python -m bench [--only NAME ...]``.

Each benchmark is a module with ``add_arguments(parser)`` and ``run(args)``; register it in
``BENCHMARKS``. Modules are imported only when listed or run, so a benchmark's heavy imports
(Qt, jieba, python-docx) never tax the others.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Benchmark:
    name: str
    module: str  # dotted module path holding add_arguments() and run()
    help: str


BENCHMARKS: tuple[Benchmark, ...] = (
    Benchmark(
        "check_speed", "bench.check_speed", "full check on 10 k / 100 k / 1 M characters vs jieba and a regex"
    ),
)
