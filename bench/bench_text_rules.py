# SPDX-License-Identifier: MIT
"""Time the placeholder, web-residue and punctuation checks on about 100 000 characters.

Run: ``uv run python bench/bench_text_rules.py``. Uses the shared sample drafts when they
are present (read at run time, never copied), else a synthetic draft. Prints figures; asserts nothing.
"""

from __future__ import annotations

import time
from pathlib import Path

from jiaogao.core.checks import placeholder, punctuation, webresidue
from jiaogao.core.checks.base import Context
from jiaogao.core.outline import paragraph_spans, parse_outline

SAMPLES = Path(__file__).resolve().parent.parent.parent / "shared" / "samples"
SIZE = 100_000
SYNTHETIC = (
    "青山镇2023年上半年工作总结\n"
    "今年以来,全镇新增市场主体X户,同比增长X%;完成固定资产投资2X5万元。\n"
    "**年上半年,**镇党委召开专题会议(扩大会议)3次,上午8:30开会,比例为40.5:59.5。\n"
    "一、主要工作\n"
    "开通5G基站12个,PM2.5浓度下降,新建500kV变电站,PPP项目推进顺利。\n"
    "本站小编 范文网/2023-05-06\n"
)


def _draft() -> str:
    parts = [p.read_text(encoding="utf-8") for p in sorted(SAMPLES.glob("*.txt"))] or [SYNTHETIC]
    text = ""
    while len(text) < SIZE:
        text += "\n".join(parts)
    return text[:SIZE]


def main() -> None:
    text = _draft()
    ctx = Context(text, paragraph_spans(text), parse_outline(text))
    total = 0.0
    for module in (placeholder, webresidue, punctuation):
        for check in module.CHECKS:
            list(check(ctx))  # warm caches (word lists, lazy regexes)
            best = min(_time(check, ctx) for _ in range(5))
            total += best
            print(f"{check.__name__:24s} {best * 1000:6.1f} ms  {len(list(check(ctx)))} findings")
    print(f"{'together':24s} {total * 1000:6.1f} ms  on {len(text)} characters")


def _time(check, ctx: Context) -> float:
    start = time.perf_counter()
    for _ in check(ctx):
        pass
    return time.perf_counter() - start


if __name__ == "__main__":
    main()
