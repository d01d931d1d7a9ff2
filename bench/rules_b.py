# SPDX-License-Identifier: MIT
"""Time the sections, numbering and duplicate checks on ~100 k characters (jieba loaded first).

Run: uv run python bench/rules_b.py [FILE ...]   (default: the shared samples, repeated)
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from jiaogao.core import segment
from jiaogao.core.checks import duplicate, numbering, sections
from jiaogao.core.checks.base import Context
from jiaogao.core.outline import paragraph_spans, parse_outline

SAMPLES = Path(__file__).resolve().parent.parent.parent / "shared" / "samples"


def corpus(files: list[str]) -> str:
    paths = [Path(f) for f in files] or sorted(SAMPLES.glob("*.txt"))
    one = "\n".join(p.read_text(encoding="utf-8") for p in paths)
    return (one + "\n") * max(1, 100_000 // max(1, len(one)))


def main() -> None:
    text = corpus(sys.argv[1:])
    t0 = time.perf_counter()
    segment.initialize()
    print(f"jieba initialise: {time.perf_counter() - t0:.3f} s")
    for module in (sections, numbering, duplicate):
        best = float("inf")
        count = 0
        for _ in range(3):
            ctx = Context(text, paragraph_spans(text), parse_outline(text))
            t = time.perf_counter()
            count = sum(1 for check in module.CHECKS for _f in check(ctx))
            best = min(best, time.perf_counter() - t)
        print(f"{module.__name__.rsplit('.', 1)[-1]:>10}: {best * 1000:7.1f} ms, {count} findings, {len(text)} chars")
    ctx = Context(text, paragraph_spans(text), parse_outline(text))
    t = time.perf_counter()
    for module in (sections, numbering, duplicate):
        for check in module.CHECKS:
            list(check(ctx))
    print(f"all three, one context (blocks shared): {(time.perf_counter() - t) * 1000:.1f} ms")


if __name__ == "__main__":
    main()
