# SPDX-License-Identifier: MIT
"""figure-mismatch: growth rates that do not follow from the levels they compare.

- ``由A增长到B，增长P%`` and ``比上年的A增长P%`` (this year's level B before it, past a share and its
  base): P must be (B-A)/A, or B-A points for two percentages;
- ``收入B，比上年增加X，增长P%`` and ``收入B，比上年增长P%，增收X``: P must be X over last year's B-X.

Every comparison is made between the intervals the written figures stand for, so rounding never
raises an alarm.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..ledger import Entry
from ..model import Finding
from ..numbers import Number, suggest_percent
from .base import Context
from .figures_common import figures_of, fmt_value, list_total
from .figures_wholes import share_base

CATEGORY = "figure-mismatch"
_GROWTH = re.compile(
    r"^\s*(?:标准煤|标煤)?(?:增长|增加|提高|上升|提升|扩大|下降|减少|降低|回落|缩小|增|升|降|减)(?:到|至|为)\s*$"
)
# read after the year words are dropped: 比上年的18.9亿元 is seen as 比18.9亿元
_GROWTH_FROM = re.compile(
    r"(?:由|从)[\u4e00-\u9fff]{0,6}?的?\s*$|(?:比|较)(?:上年|去年)?的?\s*$"
)  # 由改革前的
_GROWTH_WORD = re.compile(
    r"(增长|增加|提高|上升|提升|增幅|增速|扩大|溢价|高出|超出|上涨|下降|减少|降低|回落|降幅|节约|下浮)"
    r"(?:幅度)?[了为达到]*\s*$"
)
_YEAR_WORDS = re.compile(
    r"(?:(?:19|20)[0-9]{2}\s*年(?:底|末|度)?|(?:上年|去年|今年)(?:末|底|初)?|年初|年底)(?:同期)?的?"
)
_INCREMENT = re.compile(
    r"^[，,]\s*(?:比上年|较上年|比去年|较去年|同比|比去年同期|较去年同期|比年初|较年初)(?:同期|末|底)?\s*"
    r"(增加|增长|减少|下降|降低|新增|净增|净减|增收|减收|扩大|多|少)了?\s*$"
    r"|^[，,]\s*(?:其中|当年|全年|今年)?(新增|净增)了?\s*$"  # 网点312个，新增47个，增长18.5%
)
_INCREMENT_AFTER = re.compile(
    r"[，,]\s*(?:绝对额)?(?:(?:比|较)(?:上年|去年)(?:同期)?)?(增加|增收|减少|减收|多|少|新增|增)了?\s*"
)
_CHANGE_BY = re.compile(r"\s*(?:相比)?\s*(?:增加|增长|减少|下降|多|少)了?\s*")
_LAST_YEAR = re.compile(
    r"^[，,（(]\s*(?:(?:上年|去年|上年同期|去年同期|上一年)(?:为|是|完成|实现|仅为?)?"
    r"|(?:比|较|与)\s*(?:上年|去年|上一年|(?:19|20)[0-9]{2}\s*年)(?:同期)?(?:的|全年的|同期的)?"
    # 较评估价350万元溢价15.1%, 比改造前的86户减少: a named base, never a change word (比上年多1.2亿元)
    r"|(?:比|较)\s*(?:(?:19|20)[0-9]{2}\s*年的?)?(?:(?![增减多少降升高低提涨超])[\u4e00-\u9fff]){1,8}?的?)\s*$"
)
_PER_YEAR = re.compile(r"年均|平均|每年|年平均")
_CHANGE_BETWEEN = re.compile(r"[，,]\s*(?:净)?(?:增加|增长|减少|下降|多|少|净增|净减)了?\s*")
_BRACKET_BASE = re.compile(
    r"\s*[（(]\s*(?:上年同期|去年同期|上年|去年|上一年|同期|(?P<year>(?:19|20)[0-9]{2})\s*年(?:同期)?)(?:为|是)?\s*"
    # 7.84万人，较上年（6.92万人）增长…
    r"|\s*[，,]\s*(?:较|比)\s*(?:上年|去年|上一年)(?:同期|末|底)?\s*[（(]\s*"
    # 成交1.84亿元，较挂牌底价（1.72亿元）溢价7.0%: a named base in brackets
    r"|\s*[，,]\s*(?:较|比)\s*(?:挂牌底价|底价|评估价|起拍价|预算价|控制价|合同价)\s*[（(]\s*"
)
_PER_UNIT = re.compile(r"(?:[月日年周季]均|人均|户均|平均|场均|村均)$")
_RATE_AFTER_LEVEL = re.compile(
    r"[，,]\s*(?:同比|比上年|较上年|比去年|较去年)?\s*[\u4e00-\u9fff]{1,4}?[了为达到]*\s*"
)


def check_growth(ctx: Context) -> Iterator[Finding]:
    """`由A增长到B，增长P%` (or points for two percentages): P must match A and B."""
    figs = figures_of(ctx)
    flow = figs.ledger.flow
    for si, all_entries in enumerate(figs.by_sentence):
        s_start = figs.ledger.sentences[si][0]
        entries = [e for e in all_entries if e.number.kind in ("number", "percent", "points")]
        for i in range(len(entries) - 2):
            a, b, p = entries[i], entries[i + 1], entries[i + 2]
            if not _GROWTH.match(_YEAR_WORDS.sub("", flow[a.fend : b.fstart])):
                continue
            if not _GROWTH_FROM.search(_YEAR_WORDS.sub("", flow[max(s_start, a.fstart - 16) : a.fstart])):
                continue
            if (
                p.number.kind == "number"
                and i + 3 < len(entries)
                and _CHANGE_BETWEEN.fullmatch(flow[b.fend : p.fstart])
            ):
                p = entries[i + 3]  # 由86个减少到41个，减少45个，下降幅度达到47.7%: past the increment
            word = _GROWTH_WORD.search(flow[b.fend : p.fstart])
            if word and a.number.dim == b.number.dim and not _PER_YEAR.search(flow[b.fend : p.fstart]):
                yield from compare_growth(ctx, a.number, b.number, p.number, word.group(1))
        yield from _growth_by_increment(ctx, flow, entries)
        yield from _growth_from_last_year(ctx, flow, entries)
        yield from _growth_bracket_base(ctx, flow, entries, figs.title.review_year)


def _growth_bracket_base(
    ctx: Context, flow: str, entries: list[Entry], review_year: int | None
) -> Iterator[Finding]:
    """The base in brackets, after the rate or before it: `税收收入6.84亿元，同比增长9.6%（上年同期
    6.38亿元）`, `总产值9.64亿元（上年8.95亿元），同比增长9.7%`, `优良天数比例86.3%，同比上升4.9个
    百分点（上年为82.4%）`."""
    for i in range(len(entries) - 2):
        x, y, z = entries[i], entries[i + 1], entries[i + 2]
        after = _BRACKET_BASE.fullmatch(flow[y.fend : z.fstart])
        before = None if after else _BRACKET_BASE.fullmatch(flow[x.fend : y.fstart])
        if after:
            b, p, a = x, y, z  # the rate, then the base in brackets
            rate_gap = flow[b.fend : p.fstart]
        elif before and flow[y.fend : z.fstart][:1] in "）)":
            b, a, p = x, y, z  # the base in brackets, then the rate
            rate_gap = "，" + flow[a.fend : p.fstart].lstrip("）) ，,")
        else:
            continue
        if _PER_UNIT.search(flow, max(0, b.fstart - 3), b.fstart):
            # 累计供餐3.6万人次，月均6000人次，同比增长20%（上年同期3万人次）: of the total before it
            if i == 0 or entries[i - 1].number.kind != "number":
                continue
            b = entries[i - 1]  # (the words between the per-head level and the rate still say what it is)
        year = (after or before).group("year")  # type: ignore[union-attr]
        if year and (review_year is None or int(year) != review_year - 1):
            continue  # （2017年13870元） is last year's base only in a 2018 report
        if not _comparable_levels(a, b, p):
            continue
        word = _GROWTH_WORD.search(rate_gap)
        if word and _RATE_AFTER_LEVEL.fullmatch(rate_gap):
            yield from compare_growth(ctx, a.number, b.number, p.number, word.group(1))


def _comparable_levels(a: Entry, b: Entry, p: Entry) -> bool:
    """Two levels of one unit and a rate of change between them: amounts and a percent, or two
    percentages and a change in points."""
    if a.number.dim != b.number.dim:
        return False
    if p.number.kind == "percent":
        return a.number.kind == b.number.kind == "number"
    return p.number.kind == "points" and a.number.kind == b.number.kind == "percent"


def _growth_from_last_year(ctx: Context, flow: str, entries: list[Entry]) -> Iterator[Finding]:
    """`财政收入5680万元，上年同期为5250万元，同比增长8.2%`: the rate follows from the two levels."""
    for i in range(len(entries) - 2):
        a, p = entries[i + 1], entries[i + 2]
        level_kind = a.number.kind == "number" or (a.number.kind == "percent" and p.number.kind == "points")
        if not level_kind or not _LAST_YEAR.match(flow[entries[i].fend : a.fstart]):
            continue
        gap_from = a.fend
        between = flow[a.fend : p.fstart]
        if p.number.kind == "number" and i + 3 < len(entries) and _CHANGE_BY.fullmatch(between):
            gap_from, p = p.fend, entries[i + 3]  # 比上年的31.2亿元增加5.6亿元，增长17.9%
        if p.number.dim not in ("percent", "points"):
            continue
        b = _level_before(flow, entries, i, a)
        if b is None:
            continue
        word = _GROWTH_WORD.search(flow[gap_from : p.fstart])
        if word and re.fullmatch(
            r"[，,）)]?\s*(?:同比|比上年|较上年|相比)?\s*" + word.group(0), flow[gap_from : p.fstart]
        ):
            yield from compare_growth(ctx, a.number, b.number, p.number, word.group(1))


def _level_before(flow: str, entries: list[Entry], i: int, a: Entry) -> Entry | None:
    """This year's level for last year's ``a``: the nearest earlier figure of its unit, passing over
    a share and its base (收入1.86亿元，为年初预算1.8亿元的103.3%，比上年的1.65亿元增长12.7%)."""
    for j in range(i, max(-1, i - 4), -1):
        e = entries[j]
        if e.number.kind == "percent" and a.number.kind == "percent" and not (e.growth or e.compare):
            return e  # 报销比例达到71.3%，比上年的68.9%提高了2.4个百分点
        if e.number.kind == "percent" or share_base(flow, e):
            continue
        if e.number.kind != "number" or e.number.dim != a.number.dim or e.growth:
            return None
        return list_total(flow, entries, j) or e
    return None


def _increments(flow: str, entries: list[Entry]) -> Iterator[tuple[Entry, Entry, Entry, str]]:
    """(level, increment, rate, word) in either order: `收入21860元，比上年增加1532元，增长7.5%`
    and `收入8620万元，比上年增长13.7%，增收1040万元`."""
    for i in range(len(entries) - 2):
        level, x, y = entries[i], entries[i + 1], entries[i + 2]
        if level.number.kind != "number" or level.growth or level.compare or not level.number.dim:
            continue  # 上年同期为4870万元，较上年增加456万元: last year's level is not the one grown to
        if x.number.kind == "number" and y.number.kind == "percent":
            m = _INCREMENT.match(flow[level.fend : x.fstart])
            word = _GROWTH_WORD.search(flow[x.fend : y.fstart])
            if m and word and re.fullmatch(r"[，,]?\s*(?:同比)?\s*" + word.group(0), flow[x.fend : y.fstart]):
                yield level, x, y, m.group(1) or m.group(2)
        elif x.number.kind == "percent" and y.number.kind == "number":
            m = _INCREMENT.match(flow[level.fend : x.fstart])
            after = _INCREMENT_AFTER.fullmatch(flow[x.fend : y.fstart])
            if m and after and _falling(m.group(1) or m.group(2)) == _falling(after.group(1)):
                yield level, y, x, m.group(1) or m.group(2)


def _falling(word: str) -> bool:
    return word in ("减少", "下降", "降低", "少", "减收", "减")


def _growth_by_increment(ctx: Context, flow: str, entries: list[Entry]) -> Iterator[Finding]:
    """The rate is the increment over last year's level."""
    for level, inc, p, word in _increments(flow, entries):
        if level.number.dim == inc.number.dim:
            yield from increment_rate(ctx, level.number, inc.number, p.number, word)


def increment_rate(ctx: Context, level: Number, inc: Number, p: Number, word: str) -> Iterator[Finding]:
    """Whether rate ``p`` is ``inc`` over last year's level (this year's ``level`` less the increment,
    or plus it for a fall)."""
    falling = _falling(word)
    last_year = (level.value + inc.value) if falling else (level.value - inc.value)
    if last_year <= 0:
        return
    llo, lhi = level.bounds
    ilo, ihi = inc.bounds
    prev_lo, prev_hi = (llo + ilo, lhi + ihi) if falling else (llo - ihi, lhi - ilo)
    if prev_lo <= 0:
        return
    lo, hi = ilo / prev_hi * 100, ihi / prev_lo * 100
    plo, phi = p.bounds
    if phi < lo or plo > hi:
        value = inc.value / last_year * 100
        yield ctx.finding(
            "figures.growth",
            CATEGORY,
            "error",
            f"增幅算得不对：{word}{inc.text.strip()}，"
            f"上年约为{fmt_value(level, last_year)}，"
            f"应为{value:.2f}%，文中写的是{p.text.strip()}。",
            p.start,
            p.end,
            suggest_percent(value, p),
        )


def compare_growth(ctx: Context, a: Number, b: Number, p: Number, word: str) -> Iterator[Finding]:
    alo, ahi = a.bounds
    blo, bhi = b.bounds
    falling = word in ("下降", "减少", "降低", "回落", "降幅", "节约", "下浮")
    if a.dim == "percent" and p.kind == "points":
        lo, hi = (alo - bhi, ahi - blo) if falling else (blo - ahi, bhi - alo)
        value = (a.value - b.value) if falling else (b.value - a.value)
        unit = "个百分点"
    elif a.kind == "number" and p.kind == "percent" and alo > 0:
        lo, hi = (
            ((alo - bhi) / ahi * 100, (ahi - blo) / alo * 100)
            if falling
            else ((blo - ahi) / ahi * 100, (bhi - alo) / alo * 100)
        )
        value = ((a.value - b.value) if falling else (b.value - a.value)) / a.value * 100
        unit = "%"
    else:
        return
    plo, phi = p.bounds
    if phi < lo or plo > hi:
        yield ctx.finding(
            "figures.growth",
            CATEGORY,
            "error",
            f"增幅算得不对：由{a.text.strip()}到{b.text.strip()}，{word}{value:.2f}{unit}，文中写的是{p.text.strip()}。",
            p.start,
            p.end,
            suggest_percent(value, p),
        )


CHECKS = (check_growth,)
