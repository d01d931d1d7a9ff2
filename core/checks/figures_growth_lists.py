# SPDX-License-Identifier: MIT
"""figure-mismatch: a list of growth rates said together (同比分别增长9.7%和14.7%) against the two lists
of levels they compare.

``规上工业产值和工业用电量分别为6.8亿元和8600万千瓦时，同比分别增长9.7%和14.7%（上年同期分别为6.2亿元、
7500万千瓦时）``; ``实现增加值86.4亿元、上缴税收9.2亿元（上年分别为79.5亿元、8.3亿元），同比分别增长8.7%和
10.8%``; ``发生事故9起、死亡7人，上年同期为12起、10人，事故起数、死亡人数同比分别下降25%和30%``. The rates
pair with last year's levels and this year's in order; each pair of one unit must give its rate. Last
year's list is the one said to be last year's (上年同期分别为 …); this year's the figures of as many
units just before it (or before the rates, when last year's list comes after them).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from itertools import pairwise

from ..ledger import Entry
from ..model import Finding
from .base import Context
from .figures_common import figures_of
from .figures_growth import compare_growth

CATEGORY = "figure-mismatch"
_RATES = re.compile(r"分别(增长|下降|增加|减少|提高|降低|上升|回落)了?\s*$")
_LAST_YEAR = re.compile(r"(?:上年|去年|上一年)(?:同期|末|底)?的?(?:分别)?(?:为|是)?\s*[（(]?\s*$")
_JOIN = re.compile(r"\s*(?:、|和|及|与|，|,)\s*")


def check_growth_lists(ctx: Context) -> Iterator[Finding]:
    """Each rate of a 分别增长 list must follow from its pair of levels."""
    figs = figures_of(ctx)
    flow = figs.ledger.flow
    for entries in figs.by_sentence:
        for i, e in enumerate(entries):
            word = _RATES.search(flow, max(0, e.fstart - 8), e.fstart)
            if word is None or not (e.number.kind in ("percent", "points") or e.number.unit == "个"):
                continue
            rates = (
                _run(flow, entries, i, "percent")
                or _run(flow, entries, i, "points")
                or _points(flow, entries, i)
            )
            k = len(rates)
            if k < 2:
                continue
            moves = _moves(flow, entries[:i])  # 由95.1%提高到98.6%，由96.4%提高到98.9%，分别提高…
            if len(moves) == k:
                for (a, b), p in zip(moves, rates, strict=True):
                    yield from compare_growth(ctx, a.number, b.number, p.number, word.group(1))
                continue
            last_at = next(
                (j for j in range(i + k, len(entries)) if _starts_last_year(flow, entries, j)), None
            )
            if last_at is None:  # last year's before the rates: （上年分别为79.5亿元、8.3亿元）
                last_at = next((j for j in range(i - 1, -1, -1) if _starts_last_year(flow, entries, j)), None)
                if last_at is None or last_at + k > i:
                    continue
                this_end = last_at
            else:
                this_end = i
            last = _run(flow, entries, last_at, "number")[:k]
            this = [x for x in entries[:this_end] if x.number.kind == "number" and not x.compare][-k:]
            if len(last) < k or len(this) < k:
                continue
            if all(a.number.dim == b.number.dim for a, b in zip(last, this, strict=True)):
                # (lists that do not pair up unit for unit were read wrong: nothing is said)
                for a, b, p in zip(last, this, rates, strict=True):
                    yield from compare_growth(ctx, a.number, b.number, p.number, word.group(1))


_FROM = re.compile(r"(?:由|从)(?:上年|去年|年初)?的?\s*$")
_TO = re.compile(r"\s*(?:提高|提升|增加|增长|上升|下降|降低|减少)?(?:到|至)\s*|\s*(?:增至|降至|升至)\s*")


def _moves(flow: str, entries: list[Entry]) -> list[tuple[Entry, Entry]]:
    """The changes said as 由A提高到B, in order."""
    return [
        (a, b)
        for a, b in pairwise(entries)
        if _FROM.search(flow, max(0, a.fstart - 6), a.fstart) and _TO.fullmatch(flow, a.fend, b.fstart)
    ]


def _points(flow: str, entries: list[Entry], i: int) -> list[Entry]:
    """分别提高1.5个和3.5个百分点: the 个 of the first rates belongs to the 百分点 of the last."""
    run = [entries[i]]
    for x in entries[i + 1 :]:
        if not _JOIN.fullmatch(flow, run[-1].fend, x.fstart):
            break
        run.append(x)
        if x.number.kind == "points":
            break
    if len(run) < 2 or run[-1].number.kind != "points" or any(x.number.unit != "个" for x in run[:-1]):
        return []
    points = [
        replace(x, number=replace(x.number, kind="points", dim="points", unit="个百分点")) for x in run[:-1]
    ]
    return [*points, run[-1]]


def _run(flow: str, entries: list[Entry], i: int, kind: str) -> list[Entry]:
    """The figures of one kind from ``i`` on, joined by 、 和 ， (a list said in one breath)."""
    out = [entries[i]]
    for x in entries[i + 1 :]:
        if x.number.kind != kind or not _JOIN.fullmatch(flow, out[-1].fend, x.fstart):
            break
        out.append(x)
    return out if entries[i].number.kind == kind else []


def _starts_last_year(flow: str, entries: list[Entry], j: int) -> bool:
    e = entries[j]
    return e.number.kind == "number" and bool(_LAST_YEAR.search(flow, max(0, e.fstart - 10), e.fstart))


CHECKS = (check_growth_lists,)
