# SPDX-License-Identifier: MIT
"""figure-mismatch: growth, shares and rates in phrasings the first rules do not read.

- ``由去年同期的2.85亿元增加到3.31亿元，增长13.9%``: a growth between two stated values, with
  words between 由 and the first value.
- ``社零总额38.6亿元…。其中限额以上企业零售额12.4亿元，占比35.1%``: a share with no named base
  is taken of the one whole the 其中 opens from.
- ``优良天数158天，优良天数比率89.0%``: a days rate over the days the report covers.
- ``常住人口3.54万人，建立健康档案2.91万份，建档率78.5%``: a coverage rate over a population.

Each rule walks the ledger once, looking only at neighbouring figures; every comparison is made
between the intervals the written figures stand for, so rounding never raises an alarm.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from ..ledger import Entry
from ..model import Finding
from ..numbers import Number, share_holds, suggest_percent
from .base import Context
from .figures_common import Figures, base_before, figures_of, fmt_value, list_total, previous_in_paragraph
from .figures_growth import compare_growth, increment_rate
from .figures_math import clause_text, paragraph_before, share_finding

CATEGORY = "figure-mismatch"
_RISE = r"增长|增加|提高|上升|提升|扩大"
_FALL = r"下降|减少|降低|回落|缩小"
_TO = re.compile(rf"^\s*(?:{_RISE}|{_FALL}|增|减|降|升)(?:到|至)\s*$")
_BY = re.compile(rf"^\s*[，,]?\s*(?:同比|比上年|较上年)?\s*(?P<w>{_RISE}|{_FALL}|增幅|降幅)(?:了|为|达)?\s*$")
_FROM = re.compile(r"(?:由|从)[^，,。；;0-9%]{0,10}$")
_INCREMENT = re.compile(
    rf"^\s*[，,]\s*(?:比|较)(?:上年|去年|(?:19|20)[0-9]{{2}}\s*年)(?:同期)?(?:{_RISE}|{_FALL})(?:了)?\s*$"
)
_FALLS = re.compile(_FALL)
_SHARE = re.compile(
    r"^\s*[，,]\s*(?:占比|占比重|所占比重|所占比例|占全部|占总[数量额]|占)\s*(?:为|达到?|约)?\s*$"
)
_PART = re.compile(r"其中[^，,。；;]{0,16}$")
_BAD_BASE = re.compile(r"目标|任务|计划|同比|增长|比上年|较|占|人均|平均|每")
_RATE = re.compile(r"([\u4e00-\u9fff]{1,8}?)(?:比率|比例|率)\s*(?:为|达到?|是|约)?\s*$")
_POPULATION = re.compile(r"人口|适龄|目标人群|服务对象")
_DAY_SPANS = {None: (365, 366), 6: (181, 182), 9: (273, 274), 3: (90, 91)}


def check_growth_between(ctx: Context) -> Iterator[Finding]:
    """由A增加到B，增长P%: P must be (B−A)/A."""
    figs = figures_of(ctx)
    flow = figs.ledger.flow
    for entries in figs.by_sentence:
        for i in range(len(entries) - 2):
            a, b, p = entries[i], entries[i + 1], entries[i + 2]
            na, nb, np_ = a.number, b.number, p.number
            if np_.kind != "percent" or na.kind != "number" or nb.kind != "number" or not na.dim:
                continue
            if na.dim != nb.dim or na.bounds[0] <= 0:
                continue
            m = _BY.match(flow[b.fend : p.fstart])
            if not (
                _TO.match(flow[a.fend : b.fstart])
                and m
                and _FROM.search(flow, max(0, a.fstart - 14), a.fstart)
            ):
                continue
            falling = bool(re.match(_FALL + "|降幅", m.group("w")))
            lo, hi = _growth_interval(na, nb, falling)
            plo, phi = np_.bounds
            if phi < lo or plo > hi:
                value = (nb.value - na.value) / na.value * 100 * (-1 if falling else 1)
                yield ctx.finding(
                    "figures.growth",
                    CATEGORY,
                    "error",
                    f"增幅算得不对：由{na.text.strip()}到{nb.text.strip()}，变化{value:.2f}%，"
                    f"文中写的是{np_.text.strip()}。",
                    np_.start,
                    np_.end,
                    suggest_percent(value, np_),
                )


_PREV_LEVEL = re.compile(
    r"[，,（(]\s*(?:(?:比|较)\s*)?(?:(?:19|20)[0-9]{2}\s*年(?:底|末)?|上年(?:同期|末|底)?|去年(?:同期|末|底)?|上一年|年初)"
    r"(?:的|为|是|同期的)?\s*"
)
_BY_AMOUNT = re.compile(
    rf"[，,）)]?\s*(?:同比|比上年|较上年|比去年|较去年|相比)?\s*(?:净)?(?P<w>{_RISE}|{_FALL}|净增|净减|多|少)了?\s*"
)


def check_increment_between(ctx: Context) -> Iterator[Finding]:
    """An increment that contradicts the two levels it joins: `由4.12万户增加到4.57万户，净增5,400户`,
    `产值48.3亿元，较上年的42.1亿元增加7.2亿元`, `收入5326万元，上年同期为4870万元，较上年增加546万元`."""
    figs = figures_of(ctx)
    flow = figs.ledger.flow
    for sentence in figs.by_sentence:
        entries = [e for e in sentence if e.number.kind == "number"]
        for i in range(len(entries) - 2):
            x, y, n = entries[i], entries[i + 1], entries[i + 2]
            if not (x.number.dim == y.number.dim == n.number.dim) or not x.number.dim:
                continue
            by = _BY_AMOUNT.fullmatch(flow[y.fend : n.fstart])
            if not by or x.number.approx or y.number.approx:
                continue
            if _TO.match(flow[x.fend : y.fstart]) and _FROM.search(flow, max(0, x.fstart - 12), x.fstart):
                old, new = x, y  # 由A增加到B，净增N
            elif _PREV_LEVEL.fullmatch(flow[x.fend : y.fstart]) and not (x.growth or x.target):
                old, new = y, x  # B，比上年的A增加N
            else:
                continue
            yield from _increment_finding(ctx, old.number, new.number, n.number)


def _increment_finding(ctx: Context, old: Number, new: Number, n: Number) -> Iterator[Finding]:
    olo, ohi = old.bounds
    nlo, nhi = new.bounds
    dlo, dhi = nlo - ohi, nhi - olo  # every change the written levels allow
    lo, hi = (0.0, max(-dlo, dhi)) if dlo <= 0 <= dhi else tuple(sorted((abs(dlo), abs(dhi))))
    ilo, ihi = n.bounds
    if ihi < lo or ilo > hi:
        diff = abs(new.value - old.value)
        yield ctx.finding(
            "figures.growth",
            CATEGORY,
            "error",
            f"增减量算得不对：{old.text.strip()}与{new.text.strip()}相差{fmt_value(n, diff)}，"
            f"文中写的是{n.text.strip()}。",
            n.start,
            n.end,
            fmt_value(n, diff),
        )


_LAST_YEAR_WORD = re.compile(r"上年|去年|上一年|2[0-9]{3}年")
_RATE_GAP = re.compile(rf"[，,]\s*(?:同比|比上年|较上年|比去年|较去年)?\s*(?P<w>{_RISE}|{_FALL})了?\s*")


def check_growth_on_last_year_stated_before(ctx: Context) -> Iterator[Finding]:
    """`上年全县粮食总产量为36.2万吨。今年…粮食总产量达38.5万吨，同比增长8.9%`: last year's level
    stated in an earlier sentence of the paragraph, under the same name."""

    figs = figures_of(ctx)
    flow = figs.ledger.flow
    for si, entries in enumerate(figs.by_sentence):
        for i in range(1, len(entries)):
            b, p = entries[i - 1], entries[i]
            if p.number.kind not in ("percent", "points") or b.growth or b.compare or b.target:
                continue
            if (p.number.kind == "points") != (b.number.kind == "percent") or b.number.kind not in (
                "number",
                "percent",
            ):
                continue
            gap = _RATE_GAP.fullmatch(flow[b.fend : p.fstart])
            if not gap or len(b.metric) < 3:
                continue
            bases = {
                a.number.value: a
                for a in paragraph_before(figs, si, 4)
                if a.number.dim == b.number.dim
                and a.number.kind == b.number.kind
                and _LAST_YEAR_WORD.search(clause_text(flow, a))
                and len(a.metric) >= 3
                and (a.metric.endswith(b.metric[-3:]) or b.metric.endswith(a.metric[-3:]))
            }
            if len(bases) == 1:
                a = next(iter(bases.values()))
                yield from compare_growth(ctx, a.number, b.number, p.number, gap.group("w"))


def check_growth_between_years(ctx: Context) -> Iterator[Finding]:
    """`2019年发生17起，2020年降至12起，同比下降41.7%`; `出口额3.46亿美元，2022年为3.91亿美元，同比
    下降13.0%`; `比2010年的2.64万吨增产5.6%`: the levels of two years in a row and the rate after."""
    figs = figures_of(ctx)
    flow = figs.ledger.flow
    review = figs.title.review_year
    for si, entries in enumerate(figs.by_sentence):
        for i, p in enumerate(entries):
            if p.number.kind != "percent" or not p.growth or p.number.approx or i == 0:
                continue
            gap = _YEARS_GAP.fullmatch(flow[entries[i - 1].fend : p.fstart])
            if not gap:
                continue
            pool = paragraph_before(figs, si, 1) + entries[:i]
            levels = [e for e in pool if _year_level(e)]
            pair = _two_years(levels, review)
            if pair is not None and _compared_with(flow, *pair):
                old, new = pair
                # 发放8640万元，其中城市3910万元、农村4730万元，比2018年的7980万元增长8.3%: of the total
                new = list_total(flow, pool, next(k for k, e in enumerate(pool) if e is new)) or new
                word = {"增产": "增长", "减产": "减少"}.get(gap.group("w"), gap.group("w"))
                yield from compare_growth(ctx, old.number, new.number, p.number, word)


_YEARS_GAP = re.compile(rf"[，,]?\s*(?:同比|比上年|较上年)?\s*(?P<w>{_RISE}|{_FALL}|增产|减产)了?\s*")
_YEAR_LABEL = re.compile(r"((?:19|20)[0-9]{2})年")


def _year_level(e: Entry) -> bool:
    return e.number.kind == "number" and e.number.value > 0 and not (e.growth or e.target or e.number.approx)


def _two_years(levels: list[Entry], review: int | None) -> tuple[Entry, Entry] | None:
    """(last year's, this year's) level: the last level before the rate and the nearest earlier
    level of its unit, stated for two years in a row, in either order."""
    if len(levels) < 2:
        return None
    last = levels[-1]
    other = next((e for e in reversed(levels[:-1]) if e.number.dim == last.number.dim), None)
    if other is None:
        return None
    y_last, y_other = _year_of(last.period, review), _year_of(other.period, review)
    if y_last is None or y_other is None:
        return None
    if y_other == y_last - 1:
        return other, last
    if y_last == y_other - 1:
        return last, other
    return None


def _compared_with(flow: str, old: Entry, new: Entry) -> bool:
    """Two levels of one thing: within three times of each other, neither an increment (比上年新增
    0.3万亩), and a base written as 比2010年的2.64万吨 is the base of the level right before it only."""
    a, b = sorted((old.number.value, new.number.value))
    if b > 3 * a or any(_ADDED.search(flow, max(0, e.fstart - 8), e.fstart) for e in (old, new)):
        return False
    if not base_before(flow, old):
        return True
    return new.fend <= old.fstart and _BASE_OPENS.fullmatch(flow, new.fend, old.fstart) is not None


_ADDED = re.compile(r"(?:新增|净增|增加|减少|新建|新发展)[^，,。；;]{0,4}$")
_BASE_OPENS = re.compile(r"[，,]?\s*(?:比|较)[^，,。；;]{0,12}的\s*")


def _year_of(period: str, review: int | None) -> int | None:
    m = _YEAR_LABEL.fullmatch(period)
    if m:
        return int(m.group(1))
    if review is not None and period in ("上年", "去年"):
        return review - 1
    return review if period in ("", "全年", "今年") else None


_NEW_BEFORE = re.compile(r"(?:新增|净增|增加|新登记|新发展)[^，,。；;]{0,10}$")
_TOTAL_NOW = re.compile(
    r"[，,]\s*(?:总数|总量|总计|累计|共|全县|全镇|全区|总)[\u4e00-\u9fff]{0,6}?(?:达到?|为)?\s*"
)


def check_growth_after_new(ctx: Context) -> Iterator[Finding]:
    """`新增市场主体516户，总数达到4,380户，较上年增长15.3%`: the rate is the new ones over the
    total before them (4,380 − 516)."""
    figs = figures_of(ctx)
    flow = figs.ledger.flow
    for entries in figs.by_sentence:
        for i in range(len(entries) - 2):
            x, b, p = entries[i], entries[i + 1], entries[i + 2]
            if x.number.kind != "number" or b.number.kind != "number" or p.number.kind != "percent":
                continue
            if x.number.dim != b.number.dim or not x.number.dim or x.number.value >= b.number.value:
                continue
            if not _NEW_BEFORE.search(clause_text(flow, x)) or not _TOTAL_NOW.fullmatch(
                flow[x.fend : b.fstart]
            ):
                continue
            w = _BY.match(flow[b.fend : p.fstart])
            if not w or re.match(_FALL, w.group("w")):
                continue
            yield from increment_rate(ctx, b.number, x.number, p.number, "新增")


def check_growth_by_increment(ctx: Context) -> Iterator[Finding]:
    """B，比2021年增加X，增长P%: P must be X over the base B−X (B+X for a fall)."""
    figs = figures_of(ctx)
    flow = figs.ledger.flow
    for sentence in figs.by_sentence:
        entries = [e for e in sentence if e.number.kind in ("number", "percent")]  # not 2021年
        for i in range(len(entries) - 2):
            b, x, p = entries[i], entries[i + 1], entries[i + 2]
            nb, nx, np_ = b.number, x.number, p.number
            if np_.kind != "percent" or nb.kind != "number" or nx.kind != "number" or not nb.dim:
                continue
            if b.compare:
                continue  # 上年同期为4870万元，较上年增加456万元: B is last year's level itself
            if nb.dim != nx.dim or (nx.value >= nb.value and not _FALLS.search(flow, b.fend, x.fstart)):
                continue
            m = _INCREMENT.match(flow[b.fend : x.fstart])
            w = _BY.match(flow[x.fend : p.fstart])
            if not m or not w:
                continue
            falling = bool(_FALLS.search(m.group(0)))
            if falling != bool(re.match(_FALL + "|降幅", w.group("w"))):
                continue
            yield from increment_rate(ctx, nb, nx, np_, "减少" if falling else "增加")


def _growth_interval(a: Number, b: Number, falling: bool) -> tuple[float, float]:
    alo, ahi = a.bounds
    blo, bhi = b.bounds
    lo, hi = (blo - ahi) / ahi * 100, (bhi - alo) / alo * 100
    return (-hi, -lo) if falling else (lo, hi)


def check_part_share(ctx: Context) -> Iterator[Finding]:
    """其中A N，占比P%: with no base named, the share is of the whole the 其中 list opens from."""
    figs = figures_of(ctx)
    flow = figs.ledger.flow
    for si, entries in enumerate(figs.by_sentence):
        for i in range(1, len(entries)):
            a, p = entries[i - 1], entries[i]
            if p.number.kind != "percent" or a.number.kind != "number" or not a.number.dim:
                continue
            if not _SHARE.match(flow[a.fend : p.fstart]) or not _PART.search(
                flow, max(0, a.fstart - 20), a.fstart
            ):
                continue
            mark = flow.rfind("其中", max(0, a.fstart - 20), a.fstart)
            before = [e for e in entries[: i - 1] if e.fend <= mark] or previous_in_paragraph(figs, si)
            bases = [e for e in before if _plain_base(flow, e, a)]
            if len({e.number.value for e in bases}) != 1:
                continue  # no whole, or more than one: an ambiguous base stays silent
            if not share_holds(a.number, bases[0].number, p.number):
                yield share_finding(ctx, a.number, bases[0].number, p.number)


def _plain_base(flow: str, e: Entry, part: Entry) -> bool:
    n = e.number
    if n.kind != "number" or n.dim != part.number.dim or e.target or e.growth or e.compare or n.approx:
        return False
    clause = re.split(r"[，,。；;：:]", flow[max(0, e.fstart - 16) : e.fstart])[-1]
    return not _BAD_BASE.search(clause) and n.value >= part.number.value


def check_day_and_coverage_rates(ctx: Context) -> Iterator[Finding]:
    """优良天数158天，优良天数比率P%; 常住人口3.54万人，建档2.91万份，建档率P%."""
    figs = figures_of(ctx)
    flow = figs.ledger.flow
    for si, entries in enumerate(figs.by_sentence):
        for i in range(1, len(entries)):
            p = entries[i]
            if p.number.kind != "percent":
                continue
            m = _RATE.search(flow, max(entries[i - 1].fend, p.fstart - 16), p.fstart)
            if not m:
                continue
            stem = m.group(1).removesuffix("天数")
            prev = entries[i - 1]
            if prev.number.dim == "天" and stem and stem in flow[max(0, prev.fstart - 10) : prev.fstart]:
                yield from _days(ctx, figs, prev.number, p.number, m.group(0).strip(" 为达到是约"))
            elif len(stem) == 2:
                yield from _coverage(ctx, figs, si, entries[:i], p, stem)


def _days(ctx: Context, figs: Figures, days: Number, p: Number, stem: str) -> Iterator[Finding]:
    info = figs.title
    if info.review_year is None:
        return  # a special report may cover any stretch of days
    short, long_ = _DAY_SPANS.get(info.last_month, (0, 0))
    if not short:
        return
    y = info.review_year
    total = long_ if (y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)) else short
    lo, hi = days.bounds[0] / total * 100, days.bounds[1] / total * 100
    plo, phi = p.bounds
    if phi < lo or plo > hi:
        value = days.value / total * 100
        yield ctx.finding(
            "figures.rate",
            CATEGORY,
            "error",
            f"{stem}算得不对：{days.text.strip()}÷{total}天＝{value:.2f}%，文中写的是{p.text.strip()}。",
            p.start,
            p.end,
            suggest_percent(value, p),
        )


def _coverage(
    ctx: Context, figs: Figures, si: int, before: list[Entry], p: Entry, stem: str
) -> Iterator[Finding]:
    """建档率: the figure whose clause holds both characters of the stem, over a population."""
    flow = figs.ledger.flow
    num = before[-1]
    clause = re.split(r"[，,。；;：:]", flow[max(0, num.fstart - 20) : num.fstart])[-1]
    if num.number.kind != "number" or num.growth or not all(c in clause for c in stem):
        return
    pool = (previous_in_paragraph(figs, si) + before[:-1])[-6:]
    dens = [
        d
        for d in pool
        if d.number.kind == "number"
        and d.number.dim in ("人", "户")
        and _POPULATION.search(re.split(r"[，,。；;：:]", flow[max(0, d.fstart - 12) : d.fstart])[-1])
        and not (d.target or d.growth or d.compare)
    ]
    if len(dens) != 1 or dens[0].number.value < num.number.value:
        return
    den, n = dens[0].number, num.number
    if any(
        share_holds(n, d.number, p.number)
        for d in pool
        if d is not dens[0] and d.number.kind == "number" and d.number.value >= n.value and not d.growth
    ):
        return  # 应筛查61240人，实际筛查58463人…检出412例，检出率0.70%: of those screened
    if not share_holds(n, den, p.number):
        value = n.value / den.value * 100
        yield ctx.finding(
            "figures.rate",
            CATEGORY,
            "error",
            f"{stem}率算得不对：{n.text.strip()}÷{den.text.strip()}＝{value:.2f}%，文中写的是{p.number.text.strip()}。",
            p.number.start,
            p.number.end,
            suggest_percent(value, p.number),
        )


@cache
def _negated(core: str) -> re.Pattern[str]:
    return re.compile(f"(?:不|未){core}[^，,、；;]{{0,4}}$")


def check_negated_rate(ctx: Context) -> Iterator[Finding]:
    """审结865件，其中提起公诉738件、不起诉127件，起诉率P%: P is (865−127)/865 when the rest is named."""
    figs = figures_of(ctx)
    flow = figs.ledger.flow
    for entries in figs.by_sentence:
        for i in range(2, len(entries)):
            p, neg = entries[i], entries[i - 1]
            if p.number.kind != "percent" or neg.number.kind != "number" or not neg.number.dim:
                continue
            m = _RATE.search(flow, max(neg.fend, p.fstart - 16), p.fstart)
            if not m or len(m.group(1)) < 2:
                continue
            core = m.group(1)[-2:]
            if not _negated(core).search(flow[max(0, neg.fstart - 10) : neg.fstart]):
                continue
            whole = next((e for e in reversed(entries[: i - 1]) if _whole_of(flow, e, neg)), None)
            if whole is None:
                continue
            w, n = whole.number, neg.number
            lo = (w.bounds[0] - n.bounds[1]) / w.bounds[1] * 100
            hi = (w.bounds[1] - n.bounds[0]) / max(w.bounds[0], 1e-9) * 100
            plo, phi = p.number.bounds
            if phi < lo or plo > hi:
                value = (w.value - n.value) / w.value * 100
                yield ctx.finding(
                    "figures.rate",
                    CATEGORY,
                    "error",
                    f"{m.group(1)}率算得不对：（{w.text.strip()}－{n.text.strip()}）÷{w.text.strip()}＝{value:.2f}%，"
                    f"文中写的是{p.number.text.strip()}。",
                    p.number.start,
                    p.number.end,
                    suggest_percent(value, p.number),
                )


def _whole_of(flow: str, e: Entry, neg: Entry) -> bool:
    """The total a 其中 list opens from: same unit, larger, followed by 其中."""
    n = e.number
    if n.kind != "number" or n.dim != neg.number.dim or n.value <= neg.number.value or e.growth or e.compare:
        return False
    return bool(re.match(r"\s*[，,：:]?\s*其中", flow[e.fend : e.fend + 6]))


CHECKS = (
    check_increment_between,
    check_growth_after_new,
    check_growth_on_last_year_stated_before,
    check_growth_between_years,
    check_growth_between,
    check_growth_by_increment,
    check_part_share,
    check_day_and_coverage_rates,
    check_negated_rate,
)
