# SPDX-License-Identifier: MIT
"""figure-conflict: the same indicator for the same period stated with two different values.

Conservative on purpose: only town-wide indicators (财政收入, 固定资产投资 …) or long, specific
metric names count; targets, plans, comparisons with another period, per-head values and
figures about a named village, firm or project are left out. One dict keyed by
metric + period + unit + kind, so the pass is linear.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..ledger import Entry
from ..model import Finding
from .base import Context
from .figures_common import figures_of, line_of

CATEGORY = "figure-conflict"
INDICATORS = re.compile(
    r"(?:一般公共预算收入|财政总收入|财政收入|税收收入|非税收入|一般公共预算支出|财政支出|地区生产总值|生产总值|GDP|"
    r"工业总产值|规模以上工业总产值|规上工业总产值|工业增加值|规模以上工业增加值|规上工业增加值|固定资产投资|"
    r"社会消费品零售总额|社零额|招商引资到位资金|到位资金|实际利用外资|外贸进出口总额|进出口总额|"
    r"农村居民人均可支配收入|城镇居民人均可支配收入|居民人均可支配收入|农民人均纯收入|新增城镇就业|城镇新增就业|"
    r"新增就业|城镇登记失业率|粮食总产量|粮食播种面积|森林覆盖率|接待游客|旅游综合收入|旅游收入|"
    r"规上企业|规模以上企业|市场主体|常住人口|户籍人口|建档立卡贫困户|贫困人口|低保户|五保户|特困供养人员)"
    r"(?:增幅|增速)?$"
)
_GENERIC = re.compile(r"(?:投资|资金|金额|面积|道路|长度|补贴|救助金|收入|人数|数量|户数|个数|费用)$")
_ENTITY = re.compile(r"村|社区|公司|企业|厂|园区|基地|项目|学校|小区|合作社|集团|一期|二期|该")
_SCOPE = re.compile(r"全(?:镇|乡|县|区|市|局|街道|村|校|院|所|处|系统)|我(?:镇|乡|县|区|市|局|街道|院|校)")
_SYNONYMS = (("规上", "规模以上"), ("城镇新增就业", "新增城镇就业"), ("社零额", "社会消费品零售总额"))
_PER = re.compile(r"每|人均|户均|平均|最高|最低|单价|亩均|均")


def check_conflicts(ctx: Context) -> Iterator[Finding]:
    """Flag the later of two differing values of one indicator for one period."""
    figs = figures_of(ctx)
    led = figs.ledger
    flow = led.flow
    own = _own_periods(figs.title.review_year, figs.title.last_month)
    seen: dict[tuple[str, str, str, str, bool], Entry] = {}
    for e in led.entries:
        n = e.number
        if n.kind not in ("number", "percent") or not n.dim or e.fstart >= figs.plan_start:
            continue
        if e.target or e.compare:
            continue
        clause = re.split(r"[，,。；;：:]", flow[max(0, e.fstart - 16) : e.fstart])[-1]
        metric = _key_metric(e.metric, clause)
        if metric is None or _PER.search(clause):
            continue
        period = "" if e.period in own else e.period
        key = (metric, period, n.dim, n.kind, e.growth)
        first = seen.get(key)
        if first is None:
            seen[key] = e
            continue
        if first.sentence == e.sentence:
            continue
        lo1, hi1 = first.number.bounds
        lo2, hi2 = n.bounds
        if hi2 < lo1 or lo2 > hi1:
            line = line_of(ctx.text, first.number.start)
            yield ctx.finding(
                "figures.conflict", CATEGORY, "warning",
                f"“{metric}”前后数字不一致：第{line}行写的是{first.number.text.strip()}，这里是{n.text.strip()}。",
                n.start, n.end, first.number.text.strip(),
            )


def _key_metric(metric: str, clause: str) -> str | None:
    """The metric a conflict is keyed on, or None when it is too vague or names one village, firm or project."""
    m = INDICATORS.search(metric)
    if m:
        if _ENTITY.search(metric[: m.start()]):
            return None
        key = metric  # the whole name: 新登记市场主体 and 市场主体 are different counts
        for short, full in _SYNONYMS:
            key = key.replace(short, full)
        return key
    if _ENTITY.search(clause) or _GENERIC.search(metric):
        return None
    if len(metric) >= 5 or (len(metric) >= 3 and _SCOPE.search(clause)):
        return metric
    return None


def _own_periods(year: int | None, last_month: int | None) -> set[str]:
    """Period labels that mean the report's own period (so they match a figure with no label)."""
    own = {"", "今年", "今年以来"}
    if year is not None:
        own.add(f"{year}年")
    if last_month == 6:
        own.update({"上半年", "1-6月", "截至6月"})
    elif last_month == 9:
        own.update({"1-9月", "截至9月"})
    return own


CHECKS = (check_conflicts,)
