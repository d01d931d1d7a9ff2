# SPDX-License-Identifier: MIT
"""period-mismatch: section headings and 截至 dates outside the period the title promises.

- A plan heading (``三、2022年工作打算``) in the review of 2022 must name the year planned for
  (2023, or the plan year of the title); a half-year report plans its own year's second half.
- A review heading (``一、2022年主要工作完成情况``) must name the year under review.
- ``截至2018年3月底`` in the review part of a 2017 report presents a later state as the year's
  result, even when the title also plans for 2018 (January is tolerated: reports are written then).

One pass over the headings and one regex scan over the review part.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..model import Finding
from ..numbers import month_value, to_float
from .base import Context
from .figures_common import Figures, figures_of, flow_pos, last_of

CATEGORY = "period-mismatch"
_YEAR = r"((?:19|20)[0-9]{2}|[一二][〇○零九][〇○零一二三四五六七八九]{2})\s*年"
_HEAD_YEAR = re.compile(r"\s*" + _YEAR + r"\s*(?:度)?\s*(?:的)?\s*(?:全年|上半年|下半年)?\s*(?P<rest>.*)")
_PLAN = re.compile(r"(?:工作)?(?:计划|打算|安排|思路|要点|设想|展望|目标任务|主要任务|重点工作)")
_REVIEW = re.compile(r"完成情况|开展情况|工作总结|总结|回顾|主要成绩|工作成效|主要成效|取得的成[绩效]")
_REVIEW_WEAK = re.compile(r"(?:工作)?(?:主要工作|重点工作)")
_MULTI = re.compile(
    r"十[一二三四五六七]五|五年|届|任期|以来|(?:19|20)[0-9]{2}\s*[-—–~至到]\s*(?:19|20)?[0-9]{2}"
)
_UNTIL_YEAR = re.compile(
    r"截[至止到]\s*((?:19|20)[0-9]{2})\s*年(?:\s*([0-9０-９]{1,2}|十[一二]|[一二三四五六七八九十])\s*月)?"
)
_DONE_IN = re.compile(
    r"(?:于|在|已于|已在|并于)\s*(?P<m>[0-9０-９]{1,2}|十[一二]|[一二三四五六七八九十])\s*月(?P<when>份|底|末|中旬|下旬|上旬|初)?"
    r"(?P<tail>前?)\s*(?:全面|顺利|如期|已经|已|正式)?(?:完工|竣工|建成|投用|投入使用|通车|投产|完成)"
)
_MONTH_DONE = re.compile(  # 7月份发放高龄津贴38.6万元 opening a sentence: reported as done
    r"(?:^|(?<=[。；;\n]))\s*(?P<m>[0-9０-９]{1,2}|十[一二]|[一二三四五六七八九十])\s*月(?P<when>份|底|末|中旬|下旬|上旬|初)?"
    r"(?P<tail>)[，,]?[^，,。；;\n]{0,12}?(?:发放|完成|举办|开展|召开|组织|实现|建成|接待|签约|开工|竣工|投产|通过)"
)
# 力争到2010年底, 计划在2009年内完成, 确保2016年6月底前: a deadline in a plan
_DEADLINE = re.compile(
    r"(?:力争|争取|确保|计划|预计|要|将)(?:在|到|于)?\s*((?:19|20)[0-9]{2})\s*年"
    r"(?=\s*(?:底|内|末|前|年底|上半年|[0-9]{1,2}\s*月))"
)
_BASELINE = re.compile(r"(?:比|较|与|同|相比|对比|由|从)[^，,]{0,3}$")
_PLAN_WORDS = re.compile(r"将|计划|力争|预计|预期|目标|确保|争取|拟|要|到|前")


def check_heading_years(ctx: Context) -> Iterator[Finding]:
    """A plan heading naming the year under review, or a review heading naming another year."""
    figs = figures_of(ctx)
    info = figs.title
    if info.review_year is None or _MULTI.search(ctx.outline.title):
        return
    plan_year = info.review_year if info.last_month is not None else (info.plan_year or info.review_year + 1)
    for h in ctx.outline.headings:
        m = _HEAD_YEAR.match(h.heading)
        if not m:
            continue
        rest = m.group("rest")
        if re.match(r"\s*(?:以来|来|至|到|[-—–~])", rest):
            continue  # 2021年以来工作回顾 / 2021—2023年: a stretch of years, not one
        year = int(to_float(m.group(1)) or 0)
        if _PLAN.match(rest) and not _REVIEW.search(rest):
            if year == plan_year or (info.plan_year is None and info.last_month is None and year > plan_year):
                continue
            what = f"计划部分应写{plan_year}年"
        elif _REVIEW.search(rest) or (_REVIEW_WEAK.match(rest) and not _PLAN.search(rest)):
            if year == info.review_year or (year == info.plan_year and not _REVIEW.search(rest)):
                continue  # 三、2024年主要工作 in a report that plans 2024 may well be the plan
            what = f"回顾的应是{info.review_year}年"
        else:
            continue
        a = h.start + _offset(ctx.text, h.start, m.group(1))
        if a < 0:
            continue
        b = ctx.text.find("年", a) + 1
        kind = "半年" if info.last_month else ""
        yield ctx.finding(
            "figures.year",
            CATEGORY,
            "warning",
            f"标题是{info.review_year}年的{kind}总结，此处小标题写的是{year}年，{what}。",
            a,
            b,
            None,
        )


def _offset(text: str, start: int, year_text: str) -> int:
    i = text.find(year_text, start, start + 80)
    return -1 if i < 0 else i - start


def check_until_after(ctx: Context) -> Iterator[Finding]:
    """``截至2018年3月底`` in the review part of a 2017 report that also plans 2018."""
    figs = figures_of(ctx)
    info = figs.title
    if info.review_year is None or info.plan_year is None or _MULTI.search(ctx.outline.title):
        return
    led = figs.ledger
    flow = led.flow
    start = _review_start(ctx, figs)
    for m in _UNTIL_YEAR.finditer(flow, start, figs.plan_start):
        year = int(m.group(1))
        if year != info.plan_year or year != info.review_year + 1:
            continue  # other years are the older rule's business
        month = month_value(m.group(2)) if m.group(2) else None
        if month is None or month == 1:
            continue  # 截至2018年1月: a report written in January counts up to its date
        sent_start = max(last_of(flow, "。；;\n", max(0, m.start() - 120), m.start()), 0)
        if _BASELINE.search(flow, sent_start, m.start()) or _PLAN_WORDS.search(flow, sent_start, m.start()):
            continue
        a, b = led.orig_span(m.start(1), m.end())
        yield ctx.finding(
            "figures.year",
            CATEGORY,
            "warning",
            f"这是{info.review_year}年的总结，这里却用了截至{year}年{month}月的数据，已超出总结的年度，请核对统计时点。",
            a,
            b,
            None,
        )


def _review_start(ctx: Context, figs: Figures) -> int:
    t = ctx.outline.title_start
    if t is None:
        return 0
    nl = ctx.text.find("\n", t)
    return flow_pos(figs.ledger, len(ctx.text) if nl < 0 else nl)


def check_done_after_period(ctx: Context) -> Iterator[Finding]:
    """A half-year report that says a work was finished in a later month (于7月底全面完工)."""
    figs = figures_of(ctx)
    last = figs.title.last_month
    if last is None:
        return
    led = figs.ledger
    flow = led.flow
    start = _review_start(ctx, figs)
    hits = list(_DONE_IN.finditer(flow, start, figs.plan_start)) + list(
        _MONTH_DONE.finditer(flow, start, figs.plan_start)
    )
    for m in hits:
        month = month_value(m.group("m"))
        if month is None or month <= last:
            continue
        if month == last + 1 and m.group("when") in ("初", "上旬"):
            continue  # 7月初，召开半年工作会: the report is written then
        sent_start = max(last_of(flow, "。；;\n", max(0, m.start() - 80), m.start()), 0)
        if _PLAN_WORDS.search(flow, sent_start, m.start()) or "前" in m.group("tail"):
            continue  # 力争9月底前完工 is a plan
        end = m.end("when") if m.group("when") else flow.index("月", m.end("m")) + 1
        a, b = led.orig_span(m.start("m"), end)
        yield ctx.finding(
            "figures.period",
            CATEGORY,
            "warning",
            f"标题写的时段截至{last}月，这里却把{flow[m.start('m') : end]}的事写成已经完成，请核对时间。",
            a,
            b,
            None,
        )


def check_plan_deadlines(ctx: Context) -> Iterator[Finding]:
    """`力争到2010年底…` or `计划在2009年内完成…` in the plan part for 2011: a deadline that is
    already past when the plan starts."""
    figs = figures_of(ctx)
    info = figs.title
    flow = figs.ledger.flow
    if info.review_year is None or info.last_month is not None or figs.plan_start >= len(flow):
        return
    plan_year = info.plan_year or info.review_year + 1
    for m in _DEADLINE.finditer(flow, figs.plan_start):
        year = int(to_float(m.group(1)) or 0)
        if not year or year >= plan_year or year < plan_year - 3:
            continue
        a, b = figs.ledger.orig_span(m.start(1), m.end(1) + 1)
        text = ctx.text[a:b]
        yield ctx.finding(
            "figures.year",
            CATEGORY,
            "warning",
            f"计划部分的完成时限写成了{year}年，而计划是{plan_year}年的，请核对年份。",
            a,
            b,
            text.replace(m.group(1), str(plan_year), 1),
        )


CHECKS = (check_heading_years, check_until_after, check_done_after_period, check_plan_deadlines)
