# SPDX-License-Identifier: MIT
"""figure-mismatch: a growth rate against last year's figure, of a level stated earlier by name.

``全年争取新增专项债券9.2亿元。新增专项债券比上年的8.1亿元增长15.8%``: the sentence with the
rate gives last year's figure and names the metric; this year's level is the figure of that name
stated before it (here the sentence before; often the opening or another section). Also
``与去年同期的37.4万吨相比，水产品总产量增长4.1%``. The level is looked up by name among the figures
before the base, nearest first; when several of that name differ, a rate that fits any of them
is left alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..ledger import Entry
from ..model import Finding
from .base import Context
from .figures_common import figures_of, since_break, unit_family
from .figures_growth import compare_growth
from .figures_restate import _own_periods
from .figures_wholes import names_whole

CATEGORY = "figure-mismatch"
_RISE = r"增长|增加|提高|上升|提升"
_FALL = r"下降|减少|降低|回落"
# 新增专项债券比上年的8.1亿元 | 与去年同期的37.4万吨相比，水产品总产量
_BASE_LEAD = re.compile(
    r"(?P<name>[\u4e00-\u9fff]{2,12}?)(?:比|较)(?:上年|去年|上年同期|去年同期|2[0-9]{3}年)的?\s*[（(]?\s*$"
)
_WITH_LEAD = re.compile(r"(?:与|同)(?:上年|去年|上年同期|去年同期|2[0-9]{3}年)的?\s*$")
_AFTER_BASE = re.compile(rf"\s*[）)]?\s*(?:[，,]\s*)?(?:同比)?(?P<w>{_RISE}|{_FALL})了?\s*$")
_AFTER_WITH = re.compile(
    rf"\s*相比[，,]\s*(?P<name>[\u4e00-\u9fff]{{2,12}}?)(?:同比)?(?P<w>{_RISE}|{_FALL})了?\s*$"
)
_LOOK_BACK = 200  # figures before the base that may be the level: bounded, so a long text stays linear


def check_growth_of_named_level(ctx: Context) -> Iterator[Finding]:
    figs = figures_of(ctx)
    flow = figs.ledger.flow
    entries = figs.ledger.entries
    own = _own_periods(figs)
    for i in range(1, len(entries)):
        base, p = entries[i - 1], entries[i]
        if base.number.kind == "percent" and p.number.kind == "number" and base.sentence == p.sentence:
            yield from _rate_before_base(
                ctx, flow, entries, i - 1, own
            )  # 同比增长9.8%（上年同期3.62亿千瓦时）
            continue
        if p.number.kind != "percent" or base.number.kind != "number" or base.sentence != p.sentence:
            continue
        lead = since_break(flow, base.fstart, 30, "，,。；;：:\n")
        gap = flow[base.fend : p.fstart]
        m = _BASE_LEAD.search(lead)
        after = _AFTER_BASE.fullmatch(gap) if m else None
        if m is None or after is None:
            with_lead, after = _WITH_LEAD.search(lead), _AFTER_WITH.fullmatch(gap)
            if with_lead is None or after is None:
                continue
            name = after.group("name")
        else:
            name = m.group("name")
        word = after.group("w")
        levels = _levels(entries[max(0, i - 1 - _LOOK_BACK) : i - 1], base, name, own)
        if not levels or any(
            not list(compare_growth(ctx, base.number, x.number, p.number, word)) for x in levels
        ):
            continue  # no level of that name, or one the rate fits
        yield from compare_growth(ctx, base.number, levels[0].number, p.number, word)


_BASE_AFTER_RATE = re.compile(r"\s*[（(]\s*(?:上年同期|去年同期|上年|去年)(?:为|是)?\s*$")
_RATE_LEAD = re.compile(rf"(?P<name>[\u4e00-\u9fff]{{2,12}}?)(?:同比)?(?P<w>{_RISE}|{_FALL})了?\s*$")


def _rate_before_base(
    ctx: Context, flow: str, entries: list[Entry], i: int, own: set[str]
) -> Iterator[Finding]:
    """`全县工业用电量同比增长9.8%（上年同期3.62亿千瓦时）`: this year's level is the figure of that
    name stated before (often in another sentence)."""
    p, base = entries[i], entries[i + 1]
    if not _BASE_AFTER_RATE.fullmatch(flow, p.fend, base.fstart):
        return
    m = _RATE_LEAD.search(since_break(flow, p.fstart, 30, "，,。；;：:\n"))
    if m is None:
        return
    name = m.group("name").removeprefix("全县").removeprefix("全镇").removeprefix("全区").removeprefix("全市")
    levels = _levels(entries[max(0, i - _LOOK_BACK) : i], base, name, own)
    if not levels or any(
        not list(compare_growth(ctx, base.number, x.number, p.number, m.group("w"))) for x in levels
    ):
        return
    yield from compare_growth(ctx, base.number, levels[0].number, p.number, m.group("w"))


def _levels(before: list[Entry], base: Entry, name: str, own: set[str]) -> list[Entry]:
    """This year's figures of ``name`` before the base, nearest first."""
    family = unit_family(base.number.dim)
    return [
        e
        for e in reversed(before)
        if e.number.kind == "number"
        and unit_family(e.number.dim) == family
        and not (e.growth or e.compare or e.target or e.number.approx)
        and (e.metric == name or names_whole(name, e) or name == e.metric + e.number.unit)  # 救助+人次
        and e.period in own  # this year's level, not last year's stated as one
    ]


CHECKS = (check_growth_of_named_level,)
