# SPDX-License-Identifier: MIT
"""Time the figure rules and the full check on a ~100k-character draft built from the shared samples.

Run: uv run python bench/bench_figures.py
"""

from __future__ import annotations

import time
from pathlib import Path

from jiaogao.core.checks import figures
from jiaogao.core.checks.base import Context
from jiaogao.core.engine import check_text
from jiaogao.core.outline import paragraph_spans, parse_outline

SAMPLES = Path(__file__).resolve().parent.parent.parent / "shared" / "samples"


def draft(size: int = 100_000) -> str:
    parts = [p.read_text(encoding="utf-8") for p in sorted(SAMPLES.glob("*.txt"))]
    if not parts:
        parts = ["1-6月，全镇完成财政收入2860万元，占全年任务5200万元的55.0%，其中税收收入2140万元，非税收入720万元。\n"]
    text = ""
    while len(text) < size:
        text += "\n".join(parts) + "\n"
    return text[:size]


def best_of(fn, runs: int = 5) -> float:
    best = float("inf")
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t0)
    return best


def main() -> None:
    text = draft()
    spans = paragraph_spans(text)
    outline = parse_outline(text, spans)

    def figure_rules() -> None:
        ctx = Context(text, spans, outline)
        for check in figures.CHECKS:
            list(check(ctx))

    print(f"draft: {len(text)} characters")
    print(f"figure rules: {best_of(figure_rules) * 1000:.1f} ms")
    print(f"full check:   {best_of(lambda: check_text(text)) * 1000:.1f} ms")


if __name__ == "__main__":
    main()
