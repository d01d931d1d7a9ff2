# SPDX-License-Identifier: MIT
"""Benchmarks for JiaoGao (figures, not tests): ``uv run python -m bench [--only NAME ...]``.

A benchmark is a module in this package, registered in ``BENCHMARKS``. It may define
``add_arguments(group)`` for its own options, and runs through ``run(args)``, ``run()`` or
``main()``. What ``run`` returns goes into the one summary table printed at the end: a list of
``bench.table.Figure``, ``(name, value)`` pairs, or anything the module's ``figures(result)`` turns
into Figures. Modules are imported
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
    Benchmark("docx_speed", "bench.docx_speed", "Word import and export of a 60 k-character report"),
    Benchmark("startup", "bench.startup",
              "cold start to window shown, from source and from dist/jiaogao, against a bare PySide6 window"),
    Benchmark("recheck", "bench.recheck",
              "full check vs re-check after a one-character edit of a 100 k-character draft"),
    Benchmark("gui_speed", "bench.gui_speed",
              "key-press latency with live checks on a 100 k-character draft"),
    Benchmark("memory", "bench.memory", "peak RSS with a 100 k-character draft open (source and bundle)"),
    Benchmark("bundle", "bench.bundle", "size of dist/jiaogao"),
    Benchmark("text_rules", "bench.bench_text_rules",
              "placeholder, web-residue and punctuation checks on ~100 k characters"),
    Benchmark("figures", "bench.bench_figures", "figure rules and the full check on ~100 k characters"),
    Benchmark("rules_b", "bench.rules_b", "sections, numbering and duplicate checks on ~100 k characters"),
    Benchmark("autosave_speed", "bench.autosave_speed",
              "autosave of a 100 k-character draft (GUI thread / background), opening 5 MB, refusing 50 MB"),
)
