# SPDX-License-Identifier: MIT
"""period-mismatch: the body reports or plans for another period than the title promises.

- A sentence that opens with a year (``2019年，xx镇…``) reports that year as the one under
  review; in a ``2020年工作总结`` that is a leftover of last year's report.
- A plan sentence (``2020年，我镇将…``) must name the year the title plans for.
- ``截至2020年底`` in a 2021 report (or ``截至2019年3月`` in a 2018 one) presents another year's
  figures as the state at the end of the period under review; a half-year report may start from
  last year's end, and an annual one may count into January.
- A half-year (or three-quarter) report must not report later months or the full year as
  done: ``1-9月完成…``, ``截至11月底``, ``全年完成…``. Plans (``力争年底建成投产``,
  ``确保完成全年任务``) are fine, and so is anything in the plan part.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..model import Finding
from ..numbers import month_value
from .base import Context
from .figures_common import Figures, TitleInfo, figures_of, flow_pos, last_of, organisation

CATEGORY = "period-mismatch"
_FUTURE = re.compile(
    r"将|计划|力争|预计|预期|目标|打算|拟|争取|确保|要|努力|下一步|下步|规划|谋划|重点抓好|着力"
)
_PLAN_DO = re.compile(r"做好以下|抓好以下|以下几项|以下工作|重点做好|主要任务")
_AIM_WORDS = re.compile(
    r"要(?:求|素|点|件)|(?:主|重|需|必)要"
)  # 认真落实“四个不摘”要求 in the review part plans nothing
# a 免疫规划 vaccine plans nothing either, nor do the 58 estates 纳入改造计划
_NAMED_PLAN = re.compile(r"免疫规划|规划区|纳入[\u4e00-\u9fff]{0,6}计划")
_FUTURE_BEFORE = re.compile(r"预计|力争|争取|计划|将|确保|拟|目标|打算|预期|要|到|前|努力|有望|规划")
_THIS_YEAR_NEXT = re.compile(r"[ \t\u3000]*(?:今年|本年度?|当年)")
_YEAR_OPEN = re.compile(
    r"(?:回顾|回首|纵观|总结)?((?:19|20)[0-9]{2}|[一二][〇○零九][〇○零一二三四五六七八九]{2})\s*年\s*"
    r"(?:(?:以来|上半年|下半年|全年|度|来)?\s*[，,]|(?:以来|上半年|下半年|全年)(?![，,])"
    r"|(?:1|一|元)\s*[-—–~至到]\s*(?:[0-9]{1,2}|[一二三四五六七八九十]{1,2})\s*月\s*[，,])"  # 2015年1—6月，
)
_ORDINAL_OPEN = re.compile(
    r"^[\s　]*(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十0-9]+[)）]|[0-9]+[、.．])?\s*"
)
_HISTORY = re.compile(
    r"被评为|荣获|获评|获得(?!感)|授予|命名为|相比|对比|基础上|以前|之前|曾|调任|任职|担任|到任|参加工作|毕业"
)
_MULTI_YEAR = re.compile(r"十[一二三四五六七]五|五年|届|任期")
_SECOND_HALF_PLAN = re.compile(
    r"下半年\s*[，,]?\s*(?:我们|我镇|我乡|我局|我县|我区|全镇|全乡|全局)?\s*(?:将|要|计划|力争|重点)"
)
_UNTIL = re.compile(
    r"截[至止]\s*(?:到)?\s*(?:(?:19|20)[0-9]{2}\s*年\s*)?([0-9０-９]{1,2}|十[一二]|[一二三四五六七八九十])\s*月(?:份)?"
    r"(?:底|末|中旬|下旬)?"
)
_MONTH_OPEN = re.compile(
    r"(?:^|(?<=[。；;，,\n]))\s*(?:今年)?([0-9０-９]{1,2}|十[一二]|[一二三四五六七八九十])月(?:份|初|中旬|上旬|下旬|底|[0-9]{1,2}日)?[，,]"
)
_FULL_YEAR = re.compile(
    r"全年(?:共|累计|共计|已)?(?:完成|实现|接待|新增|发放|受理|办结|引进|签约|招商|办理|开展|举办|征收|组织|培训)"
)
# 全年全县粮食总产量达到…, 全年全县累计结算…: a whole-year result with the area and the metric between
_FULL_YEAR_RESULT = re.compile(
    r"全年(?![^，,。；;]{0,4}?(?:需|要|应|计划|任务|目标))"  # 全年需完成“送戏下乡”40场: a task
    r"(?:全(?:镇|乡|县|区|市|街道))?[^，,。；;\d全年]{0,10}?(?:达到|累计|实现|完成)(?=[^，,。；;]{0,12}[0-9])"
)
# 全年共审批宅基地186宗 opening a clause: a whole year's result
_FULL_YEAR_CLAUSE = re.compile(
    r"(?:^|(?<=[。；;，,\n]))\s*全年(?![^，,。；;0-9]*?(?:任务|目标|计划|指标|预计|力争|确保))"
    r"(?:共|累计|共计)?[\u4e00-\u9fff]{1,18}?(?=[0-9])"
)
# 12月顺利通过复审: a later month opening a clause that tells what was done
_MONTH_DONE = re.compile(
    r"(?:^|(?<=[。；;，,\n]))\s*(?:今年)?([0-9０-９]{1,2}|十[一二]|[一二三四五六七八九十])月(?![^，,。；;]{0,3}[前后以起至到])"
    r"(?:份|中旬|下旬|底)?[\u4e00-\u9fff]{0,10}?(?:完成|通过|建成|召开|举办|开展|实现|启动|投用|验收|竣工|开工|签约|落成)"
)
# 9月高一新生报到512人: a month opening a clause that reports a count
_MONTH_COUNT = re.compile(
    r"(?:^|(?<=[。；;，,\n]))\s*(?:今年)?([0-9０-９]{1,2}|十[一二]|[一二三四五六七八九十])月(?![^，,。；;]{0,3}[前后以起至到])"
    r"(?:份|中旬|下旬|底)?[\u4e00-\u9fff]{2,10}?[0-9]+(?:\.[0-9]+)?[人户个家件项所名次]"
)
_QUOTED = re.compile(r"“[^”]{0,20}”|《[^》]{0,30}》")
_PLAN_DONE = re.compile(r"计划(?:任务)?(?:全部|均|已经?|顺利|超额)*完成")
_HALF_YEAR = re.compile(r"(?:^|(?<=[。；;，,\n]))\s*上半年")
_UNTIL_SINCE = re.compile(
    r"(?:以来|年初)\s*(?:至|到)\s*([0-9０-９]{1,2}|十[一二]|[一二三四五六七八九十])\s*月(?:底|末)"
)
_QUARTERS = re.compile(r"前三季度|第?[三四]季度")
_LAST_YEARS = re.compile(r"(?:上年|去年|同期|上一年|占)\s*$")
_EARLY_DAYS = re.compile(r"初|上旬|(?<![0-9])(?:[1-9]|1[0-5])日")
_YEAR_BARE = re.compile(
    r"((?:19|20)[0-9]{2}|[一二][〇○零九][〇○零一二三四五六七八九]{2})\s*年(?!以来|来|度?[，,]|底|末|初)"
)
_YEAR_AREA = re.compile(
    r"((?:19|20)[0-9]{2}|[一二][〇○零九][〇○零一二三四五六七八九]{2})\s*年(?:度)?\s*"
    r"(?=全(?:镇|乡|县|区|市|街道|局|园|院|校|所|厂|公司|社区)|我(?:镇|乡|县|区|市|街道|局|院|校)|全年|园区|开发区|高新区)"
)
_UNTIL_YEAR_OF = re.compile(r"截[至止]\s*(?:到)?\s*((?:19|20)[0-9]{2})")
_YEAR_END = re.compile(r"\s*(?:底|末|12\s*月(?:底|末|31日)?)|(?<=12月)")
_HEADING_YEAR = re.compile(
    r"(?<![-—–~～至到0-9])((?:19|20)[0-9]{2})\s*年(?:度)?\s*(?:的)?\s*(?:主要|重点)?\s*(?:工作)?\s*"
    r"(?:(?P<plan>计划|打算|安排|思路|要点)|总结|回顾|开展情况|完成情况)"
)
_DECLARE = re.compile(
    r"现将[^。\n]{0,12}?((?:19|20)[0-9]{2})\s*年(?:度)?[^。\n]{0,20}?(?:总结|述职|报告|汇报)如下"
)
_PLAN_AFTER_YEAR = re.compile(r"\s*年度?\s*(?:的)?\s*(?:工作)?\s*(?:计划|打算|安排|要点|思路)")
_DECLARE_END = re.compile(
    r"以上(?:是|为|就是)[^。\n]{0,8}?((?:19|20)[0-9]{2})\s*年(?:度)?[^。\n]{0,8}?(?:述职|总结|报告|汇报)"
)
_TARGET_SENTENCE = re.compile(r"预期目标|目标|力争|计划|将|确保|预计")
_UNTIL_YEAR = re.compile(
    r"截[至止到]\s*((?:19|20)[0-9]{2}|[一二][〇○零九][〇○零一二三四五六七八九]{2})\s*年"
    r"(?:\s*([0-9０-９]{1,2}|十[一二]|[一二三四五六七八九十])\s*月)?"
)
_COMPARED = re.compile(r"(?:比|较|与|同|相比|对比|由|从)[^，,]{0,3}$")
_FROM_TO = re.compile(r"(?:增加|增长|提高|提升|上升|下降|减少|降低|扩大)(?:到|至)|相比|基础上")
_TARGETISH = re.compile(r"[^，,。；]{0,16}?(?:任务|目标|计划|指标)")


def check_years(ctx: Context) -> Iterator[Finding]:
    """Sentences that open with a year other than the title's year under review (or its plan year)."""
    figs = _one_year(ctx)
    if figs is None:
        return
    info = figs.title
    led = figs.ledger
    flow = led.flow
    title_end = _title_end(ctx, figs)
    org = organisation(ctx.outline.title)
    for s_start, s_end in led.sentences:
        if s_end <= title_end:
            continue
        sentence = flow[s_start:s_end]
        lead = _ORDINAL_OPEN.match(sentence)
        off = lead.end() if lead else 0
        m = _YEAR_OPEN.match(sentence, off)
        if not m and s_start >= figs.plan_start and info.plan_year is not None:
            m = _plan_year_open(sentence, off, info.plan_year)
        if not m:
            m = _YEAR_AREA.match(sentence, off)  # 2019年全镇实现…: a year opening a sentence without a comma
        if not m:
            if info.last_month is None and _SECOND_HALF_PLAN.match(sentence, off):
                a, b = led.orig_span(s_start + off, s_start + off + 3)
                nxt = info.plan_year or info.review_year + 1
                msg = f"标题是{info.review_year}年的年度总结，下步安排应是{nxt}年，这里却写成了下半年。"
                yield ctx.finding("figures.year", CATEGORY, "warning", msg, a, b, f"{nxt}年")
            continue
        year = int(float(_year_value(m.group(1))))
        if re.match(r"\s*年\s*(?:以来|来)", sentence[m.end(1) :]) and year < info.review_year:
            continue  # 2020年以来: a span that runs into the year under review
        if year < info.review_year and (
            _THIS_YEAR_NEXT.match(flow, s_end)
            or flow[s_end : s_end + 8].lstrip().startswith(f"{info.review_year}年")
        ):
            continue  # 2022年全乡粮食总产量为3.1万吨。今年… / 2023年…: last year, set against this one
        body = sentence[m.end() :].lstrip("，, ")
        if org and body.startswith(org):
            body = body[len(org) :]  # 2016年，将台堡镇按照…: 将 of the place is no plan word
        body = body[:12]
        in_plan = s_start >= figs.plan_start
        # under the plan heading, 重点做好以下工作 plans; in the review it may tell what was done
        future = (
            bool(_FUTURE.search(_NAMED_PLAN.sub("", body)) or _PLAN_DO.search(body))
            if in_plan
            else bool(_FUTURE.search(_AIM_WORDS.sub("", _NAMED_PLAN.sub("", body))))
        )
        # a look back names its year near the opening; a plan's 在…的基础上 further on is no history
        honours = bool(_HISTORY.search(sentence[: m.end() + 16] if in_plan else sentence))
        msg = _year_message(info.review_year, info.plan_year, info.last_month, year, future, honours)
        if not msg and not honours and info.last_month is None:
            # the body's first sentence opens the review; 2011年园区企业新增… states what was done
            opening = not flow[title_end:s_start].strip() or m.re is _YEAR_AREA
            # 2018年，全县出口过千万美元的企业达到9家: the plan year told as done in the review part
            opening = opening or bool(_DONE_RESULT.search(sentence, m.end(), m.end() + 30))
            msg = _part_year_message(info, year, future, not in_plan, opening)
        if msg:
            year_end = sentence.index("年", m.end(1)) + 1
            a, b = led.orig_span(s_start + m.start(1), s_start + year_end)
            text = ctx.text[a:b]
            expected = info.review_year
            if future:
                expected = info.plan_year or (info.review_year if info.last_month else info.review_year + 1)
            yield ctx.finding(
                "figures.year",
                CATEGORY,
                "warning",
                msg,
                a,
                b,
                text.replace(m.group(1), str(expected), 1) if expected else None,
            )


def _part_year_message(
    info: TitleInfo, year: int, future: bool, in_review: bool, opening: bool = False
) -> str:
    """A year wrong for the part of a year report it stands in."""
    review = info.review_year or 0
    if not future and in_review and year > review and (year != info.plan_year or opening):
        # 2016年，公司完成保障性住房建设… in a 2015 report: a later year told as done
        return f"标题是{review}年的总结，正文却把{year}年的工作写成了已经完成。"
    if future and not in_review and year == review and info.plan_year is None:
        # the plan part of a 2021 summary that plans 2021 (将 in the review part may mean 把)
        return f"标题是{year}年的总结，下步工作应是{year + 1}年，这里却写成了{year}年。"
    return ""


def _plan_year_open(sentence: str, off: int, plan_year: int) -> re.Match[str] | None:
    """`2021年全镇…的主要预期目标是` opening a sentence of the plan part: a plan for another year.

    Without a comma after the year only a sentence that states targets counts, and a
    comparison (与2021年相比, 在2021年基础上) never does.
    """
    m = _YEAR_BARE.match(sentence, off)
    if not m or int(_year_value(m.group(1))) == plan_year:
        return None
    if not _TARGET_SENTENCE.search(sentence) or _HISTORY.search(sentence):
        return None
    return m


_FOLLOW_UP = re.compile(r"整改")


def check_until_years(ctx: Context) -> Iterator[Finding]:
    """`截至2020年底` in a 2021 report (or `截至2019年3月` in a 2018 one): figures of another year
    presented as the state at the end of the period under review."""
    figs = _one_year(ctx)
    if figs is None:
        return
    info = figs.title
    led = figs.ledger
    flow = led.flow
    for m in _UNTIL_YEAR.finditer(flow, _title_end(ctx, figs), figs.plan_start):
        year = int(_year_value(m.group(1)))
        if year == info.review_year:
            continue  # (a plan year's date in the review part is beyond the period as well)
        if year == info.review_year + 1 and m.group(2) and month_value(m.group(2)) == 1:
            continue  # a report written in January may count up to its date (截至2023年1月10日)
        if info.last_month is not None and year == info.review_year - 1 and _YEAR_END.match(flow, m.end()):
            continue  # 截至2022年底 in a half-year report of 2023: last year's end is its baseline
        if year > info.review_year and _FOLLOW_UP.search(ctx.outline.title):
            continue  # 2020年度…审计发现问题整改工作总结: the year is the audit's, the rectification later
        floor, ceil = max(0, m.start() - 200), min(len(flow), m.end() + 300)  # bounded: linear on any text
        sent_start = max(last_of(flow, "。；;\n", floor, m.start()), floor - 1) + 1
        sent_end = min((x for x in (flow.find(c, m.end(), ceil) for c in "。；;\n") if x >= 0), default=ceil)
        if _COMPARED.search(flow, sent_start, m.start()) or _FROM_TO.search(flow, m.end(), sent_end):
            continue  # 与截至2020年底相比 / 由截至2020年底的… 增加到…: a baseline, not the state now
        if _is_plan(flow, m.start(), m.end()) or _HISTORY.search(flow, sent_start, sent_end):
            continue
        a, b = led.orig_span(m.start(1), m.end())
        what = "之前" if year < info.review_year else "之后"
        yield ctx.finding(
            "figures.year",
            CATEGORY,
            "warning",
            f"标题是{info.review_year}年的总结，这里却用了截至{year}年的数据（{info.review_year}年{what}），请核对统计时点。",
            a,
            b,
            None,
        )


def check_declared_years(ctx: Context) -> Iterator[Finding]:
    """The year a heading or the report itself declares: `一、2017年工作总结` in a 2018 report,
    `现将本人2021年度…述职如下` in a 2022 one."""
    figs = _one_year(ctx)
    if figs is None:
        return
    info = figs.title
    led = figs.ledger
    for h in ctx.outline.headings:
        m = _HEADING_YEAR.search(h.heading)
        at = ctx.text.find(h.heading, h.start) if m else -1
        if m and at >= 0:
            yield from _declared(ctx, info, m, at)
    flow = led.flow
    for m in _DECLARE.finditer(flow, _title_end(ctx, figs), min(len(flow), _title_end(ctx, figs) + 600)):
        a = led.orig(m.start(1))
        # 现将全年工作总结和2016年工作计划报告如下: the year of the plan
        plan = bool(_PLAN_AFTER_YEAR.match(flow, m.end(1)))
        yield from _declared(ctx, info, m, a - m.start(1), plan=plan)
    # 以上是我2012年度的述职 closing the report
    for m in _DECLARE_END.finditer(flow, max(_title_end(ctx, figs), len(flow) - 400)):
        a = led.orig(m.start(1))
        yield from _declared(ctx, info, m, a - m.start(1), plan=False)


def _declared(
    ctx: Context, info: TitleInfo, m: re.Match[str], shift: int, plan: bool | None = None
) -> Iterator[Finding]:
    year = int(_year_value(m.group(1)))
    is_plan = bool(m.group("plan")) if plan is None else plan
    expected = (info.plan_year or info.review_year + 1) if is_plan else info.review_year
    if is_plan and info.last_month is not None and info.plan_year is None:
        return  # a half-year report plans for the rest of its own year
    if year == expected:
        return
    a = m.start(1) + shift
    b = ctx.text.find("年", a) + 1
    what = "工作计划" if is_plan else "总结"
    yield ctx.finding(
        "figures.year",
        CATEGORY,
        "warning",
        f"标题的年份与这里不一致：这里写的是{year}年的{what}，应为{expected}年。",
        a,
        b,
        f"{expected}年",
    )


def _year_value(s: str) -> float:
    from ..numbers import to_float

    return to_float(s) or 0.0


def _year_message(
    review: int, plan: int | None, last_month: int | None, year: int, future: bool, honours: bool = False
) -> str:
    if future:
        if plan is not None and year != plan:
            return f"标题是{plan}年的工作计划，这里却在部署{year}年的工作。"
        if plan is None and last_month is not None and year != review:
            return f"标题是{review}年的阶段总结，下步安排却写成了{year}年。"
        if plan is None and (year < review or year > review + 1):
            return f"标题是{review}年的总结，下步工作应是{review + 1}年，这里却写成了{year}年。"
        return ""
    if year < review and not honours:
        return f"标题是{review}年的总结，正文却把{year}年写成了总结年度。"
    return ""


_NEXT_STEP_YEAR = re.compile(
    r"(?:下一步|下步|下阶段|下一阶段)(?:工作)?\s*[，,]\s*((?:19|20)[0-9]{2})\s*年(?![初底末])"
    r"(?=[^。；;\n]{0,12}(?:将|要|计划|力争|确保|争取))"
)
# a deadline in the plan part: 到2014年底力争村集体收入达到10万元
_BY_YEAR = re.compile(
    r"(?:到|至|于)\s*((?:19|20)[0-9]{2})\s*年(?:底|末)?(?=[^。；;\n]{0,12}?(?:力争|确保|争取|实现|达到|完成))"
)
_DONE_RESULT = re.compile(
    r"(?:达到|完成|实现|建成|突破|累计)(?:了)?[0-9０-９]"
    r"|共(?:受理|办理|办结|查处|检查|接待|发放|开展|举办|培训|新建|建成|投入|完成|组织|出动|救助|处置|调处|化解|排查|走访)"
    r"[^，,。；;0-9]{0,12}[0-9０-９]"
)  # 2016年，街道共受理群众来信来访268件 in a 2015 report: the next year told as done
_TARGET_YEAR = re.compile(r"(?:力争|争取|确保|预计|计划)\s*((?:19|20)[0-9]{2})\s*年(?![初底末]|以来)")
_SAME_YEAR_BASE = re.compile(
    r"(?:较|比|与)\s*((?:19|20)[0-9]{2})\s*年(?!初|底|末|[0-9一二三四五六七八九十]|上半年|下半年|前三季度|同期|度?以前)"
)
_LAST_YEAR_NAMED = re.compile(r"(?:上年|去年|上一年)\s*[（(]\s*((?:19|20)[0-9]{2})\s*年?\s*[)）]")
_LATER_DATE = re.compile(
    r"((?:19|20)[0-9]{2})\s*年\s*(?:([0-9]{1,2}|十[一二]|[一二三四五六七八九十])\s*月|(春节前夕|春节期间|春节前|元旦|汛期))"
)


def check_year_slips(ctx: Context) -> Iterator[Finding]:
    """Years that cannot be right in a report on one year.

    ``下一步，2022年我们将…`` in a 2022 summary (the plan is for 2023); ``较2023年增长`` in a 2023
    report (the base is 2022); ``上年（2020年）`` in a 2022 report; ``2024年3月，…建成投用`` told as
    done in a 2023 report.
    """
    figs = _one_year(ctx)
    if figs is None:
        return
    info = figs.title
    year = info.review_year
    flow = figs.ledger.flow
    start = _title_end(ctx, figs)
    found: list[tuple[int, int, str, str | None]] = []
    if info.last_month is None:
        plan = info.plan_year or year + 1
        # 下一步，2021年我们将…; in the plan part, 力争2022年全镇… — the plan names the year reviewed
        plan_years = list(_NEXT_STEP_YEAR.finditer(flow, start))
        if figs.plan_start < len(flow):
            plan_years += list(_TARGET_YEAR.finditer(flow, figs.plan_start))
            plan_years += list(_BY_YEAR.finditer(flow, figs.plan_start))  # 到2014年底力争…
        for m in plan_years:
            if int(m.group(1)) == year:
                msg = f"标题是{year}年的总结，下步工作应是{plan}年，这里却写成了{year}年。"
                found.append((m.start(1), m.end(1) + 1, msg, f"{plan}年"))
    found += _later_dates(ctx, figs)
    if info.plan_year is not None:
        yield from _slip_findings(ctx, figs, found)
        return
    for m in _SAME_YEAR_BASE.finditer(flow, start, figs.plan_start):
        if int(m.group(1)) == year and not _is_plan(flow, m.start(), m.end()):
            msg = f"标题是{year}年的总结，这里拿{year}年本身作比较的基数，多半应是{year - 1}年。"
            found.append((m.start(1), m.end(1) + 1, msg, f"{year - 1}年"))
    for m in _LAST_YEAR_NAMED.finditer(flow, start):
        if int(m.group(1)) != year - 1:
            msg = f"标题是{year}年的总结，上年应是{year - 1}年，这里写的是{m.group(1)}年。"
            found.append((m.start(1), m.end(1) + (1 if flow.startswith("年", m.end(1)) else 0), msg, None))
    yield from _slip_findings(ctx, figs, found)


def _later_dates(ctx: Context, figs: Figures) -> list[tuple[int, int, str, str | None]]:
    """Dates of the next year in the review told as done (2024年3月，…建成投用 / 2019年1月，…举办 /
    2024年汛期，全县遭遇… in a 2018 or 2023 report). January, February and the spring festival count only
    against a report dated before them (in December, or the festival after a January date)."""
    year = figs.title.review_year or 0
    if _FOLLOW_UP.search(ctx.outline.title):
        return []  # an audit's rectification runs into the next year
    flow = figs.ledger.flow
    start = _title_end(ctx, figs)
    # the report's own date, under the title or at the end (（2024年1月10日）, 2018年12月28日)
    dated = flow[start : start + 30] + flow[-80:]
    signed = re.search(rf"{year + 1}\s*年\s*([0-9]{{1,2}})\s*月", dated)
    in_december = re.search(rf"{year}\s*年\s*12\s*月", dated) is not None
    found: list[tuple[int, int, str, str | None]] = []
    for m in _LATER_DATE.finditer(flow, start, figs.plan_start):
        month = month_value(m.group(2)) if m.group(2) else None
        if month is not None and month < 3:
            told = in_december  # 2019年1月 is past only for a report dated in December
        elif m.group(3) in ("春节前夕", "春节期间", "春节前", "元旦"):
            told = in_december or (signed is not None and int(signed.group(1)) < 2)
        else:
            told = month is not None or m.group(3) == "汛期"
        if (
            int(m.group(1)) == year + 1
            and told
            and not _is_plan(flow, m.start(), m.end())
            and not _plan_after(flow, m.end())
        ):
            msg = f"标题是{year}年的总结，这里却把{m.group()}的事写成已经完成。"
            found.append((m.start(), m.end(), msg, None))
    return found


def _one_year(ctx: Context) -> Figures | None:
    """The draft's figures when its title reviews one year (a five-year review names every year of
    its period, and a title with no year gives nothing to hold the body to)."""
    figs = figures_of(ctx)
    if figs.title.review_year is None or _MULTI_YEAR.search(ctx.outline.title):
        return None
    return figs


def _slip_findings(
    ctx: Context, figs: Figures, found: list[tuple[int, int, str, str | None]]
) -> Iterator[Finding]:
    for a, b, msg, suggestion in found:
        oa, ob = figs.ledger.orig_span(a, b)
        yield ctx.finding("figures.year", CATEGORY, "warning", msg, oa, ob, suggestion)


def _title_end(ctx: Context, figs: Figures) -> int:
    if ctx.outline.title_start is None:
        return 0
    return flow_pos(figs.ledger, ctx.outline.title_start + len(ctx.outline.title))


_PERIOD_PATTERNS = (
    (_UNTIL, "截至时间"),
    (_MONTH_OPEN, "月份"),
    (_FULL_YEAR, "全年完成情况"),
    (_FULL_YEAR_RESULT, "全年完成情况"),
    (_FULL_YEAR_CLAUSE, "全年完成情况"),
    (_MONTH_DONE, "月份"),
    (_MONTH_COUNT, "月份"),
    (_UNTIL_SINCE, "截至时间"),
    (_QUARTERS, "季度数据"),
    (_HALF_YEAR, "上半年数据"),
)


def check_months(ctx: Context) -> Iterator[Finding]:
    """A half-year (or three-quarter) report that reports later months or the whole year as done."""
    figs = figures_of(ctx)
    last = figs.title.last_month
    if last is None:
        return
    led = figs.ledger
    flow = led.flow
    title_end = _title_end(ctx, figs)
    for e in led.entries:
        n = e.number
        # 1-9月 in a half-year report, or 7—9月 wholly after it
        beyond = (
            n.kind == "month_range"
            and n.parts
            and (n.parts[0] == 1 or n.parts[0] > last)
            and n.parts[1] > last
        )
        if beyond and title_end <= e.fstart < figs.plan_start and not _is_plan(flow, e.fstart, e.fend):
            yield _month_finding(ctx, n.start, n.end, last, f"{n.text.strip()}的数据")
    reported: list[tuple[int, int]] = []
    for pattern, what in _PERIOD_PATTERNS:
        if pattern is _HALF_YEAR and last >= 6:
            continue
        for m in pattern.finditer(flow, title_end, figs.plan_start):
            if not _beyond_period(figs, pattern, m, last):
                continue
            if pattern in (_MONTH_OPEN, _MONTH_DONE, _MONTH_COUNT):
                a, b = led.orig_span(m.start(1), m.end(1) + 1)  # just the month: 12月
            elif pattern is _FULL_YEAR_CLAUSE or pattern is _HALF_YEAR:
                word = "上半年" if pattern is _HALF_YEAR else "全年"
                start = flow.index(word, m.start())
                a, b = led.orig_span(start, start + len(word))  # just the period word
            else:
                a, b = led.orig_span(m.start(), m.end())
            if any(x < b and a < y for x, y in reported):
                continue  # 全年完成 read by two patterns: one finding
            reported.append((a, b))
            yield _month_finding(ctx, a, b, last, what)


def _beyond_period(figs: Figures, pattern: re.Pattern[str], m: re.Match[str], last: int) -> bool:
    """Whether a match reports as done a time after the period the title covers."""
    flow = figs.ledger.flow
    if _LAST_YEARS.search(flow, max(0, m.start() - 4), m.start()):
        return False  # 上年全年组织税收13.1亿元: last year's whole year, not this one's
    uy = _UNTIL_YEAR_OF.match(m.group()) if pattern is _UNTIL else None
    if uy and figs.title.review_year not in (None, int(uy.group(1))):
        return False  # 截至2022年12月底 in a 2023 report: another year, left to check_until_years
    if pattern in (_UNTIL, _MONTH_OPEN, _MONTH_DONE, _MONTH_COUNT, _UNTIL_SINCE):
        month = month_value(m.group(1))
        # a report written early in the next month may count up to its date (截至7月5日),
        # but not to that month's end (截至10月底 in a three-quarter report)
        early = month == last + 1 and _EARLY_DAYS.search(flow, m.start(), m.end() + 3)
        if month is None or month <= last or early:
            return False
    if pattern is _QUARTERS and last >= 9 and "四" not in m.group():
        return False
    if _is_plan(flow, m.start(), m.end()) or _TARGETISH.match(_QUOTED.sub("", flow[m.end() : m.end() + 40])):
        return False
    # 第四季度，我们将…; 今年全年力争…: what is still to come
    return pattern is _UNTIL or not (_plan_after(flow, m.end()) or _FUTURE.search(m.group()))


def _is_plan(flow: str, start: int, end: int) -> bool:
    """A target or plan clause: 力争1-9月…, 确保全年完成任务, 预计截至年底…."""
    floor = max(0, start - 200)
    clause_start = max(last_of(flow, "，,。；;\n", floor, start), floor - 1)
    before = flow[clause_start + 1 : start]
    sent_start = max(last_of(flow, "。；;\n", floor, start), floor - 1)
    return bool(_FUTURE_BEFORE.search(before)) or bool(
        re.search(r"力争|争取|预计|确保|计划|目标", flow[sent_start + 1 : start])
    )


def _plan_after(flow: str, pos: int) -> bool:
    """Whether the sentence goes on to say what will be done (将, 力争, 计划 …)."""
    end = min(len(flow), pos + 40)
    stop = last_of(flow[pos:end][::-1], "。；;\n")
    rest = flow[pos : end - stop - 1] if stop >= 0 else flow[pos:end]
    # its own clause only (已于第三季度通过验收，…预计10月通车 is done), past a comma right after the
    # period (第四季度，我们将…); a quoted name (“雨露计划”) says nothing of time
    rest = re.split(r"[，,]", rest.lstrip("，, "), maxsplit=1)[0]
    return bool(_FUTURE.search(_PLAN_DONE.sub("", _QUOTED.sub("", rest))))


def _month_finding(ctx: Context, a: int, b: int, last: int, what: str) -> Finding:
    period = {6: "上半年", 9: "前三季度", 3: "一季度"}.get(last, f"1-{last}月")
    return ctx.finding(
        "figures.period",
        CATEGORY,
        "warning",
        f"标题是{period}的总结，这里却写了超出{period}的{what}，请核对统计时段。",
        a,
        b,
        None,
    )


CHECKS = (
    check_years,
    check_until_years,
    check_declared_years,
    check_months,
    check_year_slips,
)
