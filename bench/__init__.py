# SPDX-License-Identifier: MIT
"""Benchmarks for JiaoGao (figures, not tests): ``uv run python -m bench [--only NAME ...]``.

A benchmark is a module in this package, registered in ``BENCHMARKS``. It may define
``add_arguments(group)`` for its own options, and runs through ``run(args)``, ``run()`` or
``main()``; a ``run`` that returns ``(name, value)`` pairs has them printed. Modules are imported
only when listed or run, so heavy imports (Qt, jieba, python-docx) never tax the others, and a
registered module missing from a checkout is reported and skipped.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Benchmark:
    name: str
    module: str  # dotted module path
    help: str


BENCHMARKS: tuple[Benchmark, ...] = (
    Benchmark("check_speed", "bench.check_speed",
              "full check on 10 k / 100 k / 1 M characters against jieba and a regex scan"),
    Benchmark("text_rules", "bench.bench_text_rules",
              "placeholder, web-residue and punctuation checks on ~100 k characters"),
    Benchmark("figures", "bench.bench_figures", "figure rules and the full check on ~100 k characters"),
    Benchmark("gui_speed", "bench.gui_speed", "GUI start-up, key-press latency and findings refresh"),
)
