# SPDX-License-Identifier: MIT
"""figure-conflict: the same indicator for the same period stated with two different values.

Which figures count: known indicators (财政收入, 固定资产投资 …), long specific metric names, and
shorter ones (低保对象, 核酸检测, 检查企业) when stated for the whole area (全镇, 辖区, 全年, 其中 …);
a figure named only after it (全县4.38万名中小学生…实现全覆盖) when it claims all of them. Names are
normalised (规上 = 规模以上, 城乡低保对象 = 低保对象, 名 = 人). Left out: targets and plans (a plan
part may only restate whole-area counts), comparisons with another period, per-head values,
figures about a named village, firm or project, and short generic metrics under two different
topical headings. One dict keyed by metric + period + unit + kind, so the pass is linear.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator

from ..ledger import LOOK_BACK, Entry
from ..model import Finding
from .base import Context
from .figures_common import (
    Figures,
    conflict_finding,
    figures_of,
    in_closing,
    last_of,
    own_share_after,
    set_phrase,
    since_break,
    synonyms,
    union_before,
    unit_family,
    wider_scope,
)
from .figures_pairs import borne_out, distinct
from .figures_wholes import share_base

CATEGORY = "figure-conflict"
INDICATORS = re.compile(
    r"(?:一般公共预算收入|财政总收入|财政收入|税收收入|非税收入|一般公共预算支出|财政支出|地区生产总值|生产总值|GDP|"
    r"工业总产值|规模以上工业总产值|规上工业总产值|工业增加值|规模以上工业增加值|规上工业增加值|固定资产投资|"
    r"社会消费品零售总额|社零额|招商引资到位资金|到位资金|实际利用外资|外贸进出口总额|进出口总额|"
    r"农村居民人均可支配收入|城镇居民人均可支配收入|居民人均可支配收入|农民人均纯收入|新增城镇就业|城镇新增就业|"
    r"新增就业|城镇登记失业率|粮食总产量|粮食播种面积|森林覆盖率|接待游客|旅游综合收入|旅游收入|"
    r"规上企业|规模以上企业|规模以上工业企业|市场主体|常住人口|户籍人口|建档立卡贫困户|贫困人口|低保户|五保户|特困供养人员)"
    r"(?:增幅|增速)?$"
)
_GENERIC = re.compile(r"(?:投资|资金|金额|面积|道路|长度|补贴|救助金|收入|人数|数量|户数|个数|费用)$")
_VERB_QUALIFIER = re.compile(
    r"(?:投入|发放|落实|争取|下达|拨付|筹集|完成|实现|新增|累计|安排|使用|整合|兑现|到位|撬动|带动|节约|补助|配套)+"
)
_KIND_OF_ENTITY = re.compile(
    r"(?:建设|重点|招商|在建|新建|续建|产业|民生|投资|工业|规上|规模以上)(?:项目|企业)"
)
_OWN_BODY = re.compile(r"^(?:全|我|本)?(?:集团|公司|院|校)")
_ENTITY = re.compile(r"(?<![农乡])村|社区|公司|企业|厂|园区|基地|项目|学校|小区|合作社|集团|一期|二期|该")
_SCOPE = re.compile(
    r"全(?:镇|乡|县|区|市|局|街道|村|校|院|所|处|系统)|我(?:镇|乡|县|区|市|局|街道|院|校)|辖区"
)
_SYNONYMS = (
    ("规上", "规模以上"),
    ("城镇新增就业", "新增城镇就业"),
    ("社零额", "社会消费品零售总额"),
    ("增速", "增幅"),
)
_PLAN_OPENING = re.compile(
    r"\s*(?:(?:19|20)[0-9]{2}\s*年|明年|下半年|下一步|下步|今后|新的一年)[，,]?[^。\n]{0,16}?(?:将|要|计划|力争|预期|目标)"
)
# what is counted, not a sub-scope
_HEAD_ENTITY = re.compile(r"(?:企业|单位|学校|村|社区|合作社|项目|小区|园区|基地|公司)$")
_TOTAL = re.compile(
    r"全(?:镇|乡|县|区|市|局|街道|村|校|院|所|处|系统|年)|我(?:镇|乡|县|区|市|局|街道|院|校)|辖区|"
    r"上半年|今年以来|其中"
)
_ALL = re.compile(r"[^，,。；;]*?(?:全覆盖|全部|均已?|所有|都)")
_OBJECT_OF = re.compile(
    r"(?:组织|对|为|督促|指导|帮助|引导|动员|覆盖|服务|推动|要求|惠及|面向)(?:全|我)(?:镇|乡|县|区|市|街道)(?:的)?\s*$"
)
_ACTIVITY = re.compile(r"(?:培训班?|活动|会议|检查|宣传|讲座|演练|督查|巡查|走访|调研|义诊)$")
_AREA = re.compile(r"全(?:镇|乡|县|区|市|街道)|我(?:镇|乡|县|区|市|街道)|辖区|其中")
_PERIOD_IN_CLAUSE = re.compile(r"全年|上半年|今年|年内|[0-9]+\s*[-—~至]\s*[0-9]+\s*月|季度")
_ACTION_VERB = re.compile(r"^.*(?:办理|完成|实现|发放|落实|兑现|开展|实施|为)")
_CAMPAIGN = re.compile(r"专项|行动|活动|百日|攻坚|大会战|集中整治")
_WHOLE_PERIOD = re.compile(r"全年|上半年|今年以来|回顾")
_DROP = re.compile(r"^(?:城乡|现有|实有|地方|实际)|在校|在册|诊疗$")
_PLAN_WORDS = re.compile(r"将|计划|力争|争取|确保|预计|预期|目标|拟|要")
_COUNT_TAIL = re.compile(r"(?:人数|户数|人次|数量|总数|总量|总额)$")
_CONDITION = re.compile(r"[^，,。；;]{2,}的[，,]\s*$")
_LATIN = re.compile(r"[A-Za-z]")
_REACH = ("涉及", "惠及", "受益", "辐射")
_BARE_TARGET = re.compile(r"(?:完成|为|占)?(?:全年|年度|年初)?(?:预算|任务|目标|计划)\s*$")
_OWN_RATE = re.compile(r"占比$")  # 药占比: a ratio with a subject of its own, unlike 合格率 or 完成率
_PER = re.compile(r"每|人均|户均|平均|最高|最低|单价|亩均|均")


def check_conflicts(ctx: Context) -> Iterator[Finding]:
    """Flag the later of two differing values of one indicator for one period."""
    figs = figures_of(ctx)
    led = figs.ledger
    flow = led.flow
    own = _own_periods(figs.title.review_year, figs.title.last_month)
    seen: dict[tuple[str, str, str, str, bool], Entry] = {}
    names: set[str] = set()  # metric names already keyed, for a figure named after it (4.38万名中小学生)
    pending: dict[tuple[str, str, str, str, bool], Entry] = {}  # such figures met before their name
    objects: dict[str, str] = {}  # the object of an action metric (…办理增值税留抵退税) → that metric
    plan_paras = _PlanParagraphs(flow)
    tails: dict[str, str] = {}  # endings of whole-area metrics (参保 of 基本医疗保险参保人数) → that metric
    for e in led.entries:
        n = e.number
        if n.kind not in ("number", "percent") or not n.dim:
            continue
        if e.target or e.compare or set_phrase(n) or n.approx in ("以上", "超过", "逾"):
            continue
        if share_base(flow, e) and _BARE_TARGET.search(flow, max(0, e.fstart - 8), e.fstart):
            continue  # 完成年度预算8.6亿元的55.0%: the budget of whatever the sentence is about
        clause = since_break(flow, e.fstart, 16, "，,。；;：:\n")
        if _CONDITION.search(flow, max(0, e.fstart - len(clause) - 24), e.fstart - len(clause)):
            continue  # 入住护理机构的，基金支付比例为70%: a figure for those the clause before picks
        if own_share_after(flow, e) and re.search(r"(?<!其)中", clause):
            continue  # 休渔渔船中12米以上渔船1642艘，占75.1%: a part of the whole
        if wider_scope(ctx.outline.title, clause):
            continue  # the county's figure in a park's or town's report: another whole
        in_plan = (figs.in_plan(e.fstart) or plan_paras.at(e.fstart)) and not LOOK_BACK.search(
            _sentence_before(flow, e)
        )
        if (in_plan and not _restated_stock(flow, e, clause)) or _PER.search(clause):
            continue  # a plan part restates only whole-area stocks (全区低保对象3862户6215人全部纳入…)
        period = "" if e.period in own else e.period
        if (not e.period or e.period.startswith("截至")) and "累计" in clause:
            period = "累计"  # 累计发放贷款1.2亿元 counts since the start, not the year's 3600万元
        if e.period.startswith("截至") and n.exact:
            period = ""  # a stock (低保户405户) as of the report date is the report's own figure
        rest = (period, unit_family(n.dim), n.kind, e.growth)
        if e.named_after:
            words = _named_after(e.metric, clause, flow, e)
            metric = next((w for w in words if w in names), None)
            if metric is None:
                if not in_plan:
                    for w in words:
                        pending.setdefault((w, *rest), e)
                continue
        elif e.growth and not INDICATORS.search(e.metric):
            continue  # a rate of change needs a known indicator's name (同比下降3.7% names nothing)
        else:
            metric = _key_metric(e.metric, clause)
            if metric is None and _SCOPE.search(clause) and len(e.metric) >= 2:
                metric = tails.get(_normalise(e.metric))  # 全县参保41.62万人 restates 全县…参保人数
        if metric is None or metric.startswith("占"):
            continue  # 占规上工业总产值的94.1%: a share of a whole, of whatever part
        if metric.startswith(_REACH):
            continue  # 发放补助86.4万元，涉及农户1132户: whom one action reached, under each its own
        if union_before(flow, e):
            continue  # 引进博士、硕士研究生30名: two groups together (asked late: it costs a look-back)
        if metric not in names:
            metric = objects.get(metric, metric)  # 留抵退税 restates 为纳税人办理增值税留抵退税
        key = (metric, *rest)
        first = seen.get(key)
        if first is None:
            if not in_plan:
                seen[key] = e
                names.add(metric)
                _add_objects(objects, metric)
                if _SCOPE.search(clause):
                    _add_tails(tails, metric)
            first = pending.get(key)
            if first is None:
                continue
        cumulative = [_cumulative(_clause_of(flow, x)) for x in (first, e)]
        if cumulative[0] != cumulative[1] and first.number.dim != "money":
            continue  # 累计开展核酸检测12.8万人次 counts since the start, 全年…3.6万人次 this year only
        if first.sentence != e.sentence and _same_scope(figs, first, e, metric, flow):
            yield from _conflict(ctx, figs, first, e, metric)


def _conflict(ctx: Context, figs: Figures, first: Entry, e: Entry, metric: str) -> Iterator[Finding]:
    lo1, hi1 = first.number.bounds
    lo2, hi2 = e.number.bounds
    if not (hi2 < lo1 or lo2 > hi1):
        return
    small, large = sorted((abs(first.number.value), abs(e.number.value)))
    if small <= 0 or (large / small > 3.0 and not _decimal_shift(small, large)):
        return  # 规上企业营业收入312.7亿元 and a firm's 营业收入6.3亿元: two wholes, not a slip
    if distinct(figs, first, e):
        return  # each the part of its own whole, with its own rate
    if borne_out(figs, first, e, metric):
        return  # 全部412个网点 … 408个网点中 … 检查网点：412个: the one in between is the odd one
    if _confirmed(figs, e) and not _confirmed(figs, first):
        first, e = e, first  # the later value checks out: the earlier one is odd
    yield conflict_finding(ctx, first.number, e.number, metric)


def _decimal_shift(small: float, large: float) -> bool:
    """18.6万 written 1.86万: the same digits, the point moved (a ratio of 10, 100 or 1000)."""
    return any(abs(large / small - 10**k) < 1e-6 * 10**k for k in (1, 2, 3))


def _key_metric(metric: str, clause: str) -> str | None:
    """The metric a conflict is keyed on; None when too vague or about one village, firm or project."""
    m = INDICATORS.search(metric)
    if not m and clause.endswith(metric):
        m = INDICATORS.search(clause)  # 全年接待游客: the verb before 游客 makes the indicator's name
        if m and m.start() < len(clause) - len(metric):
            metric = clause[m.start() :]
            m = INDICATORS.search(metric)
        else:
            m = None
    if m:
        if _ENTITY.search(metric[: m.start()]):
            return None
        return _normalise(metric)  # the whole name: 新登记市场主体 and 市场主体 are different counts
    head = _HEAD_ENTITY.search(metric)
    scope_words = clause[: len(clause) - len(head.group())] if head else clause
    scope_words = _OWN_BODY.sub("", scope_words)  # 集团实现营业收入: the report's own group, not a sub-scope
    scope_words = _KIND_OF_ENTITY.sub("", scope_words)  # 建设项目, 工业企业 describe a kind, name no one
    if _ENTITY.search(scope_words) or _generic(metric):
        return None  # about one village, firm or project; or a bare 资金/投资 with no subject
    key = _normalise(metric)
    if (len(key) >= 4 and not _ACTIVITY.search(key)) or (len(key) >= 3 and _TOTAL.search(clause)):
        return key
    if len(key) == 3 and _OWN_RATE.search(key):
        return key
    return None


def _named_after(metric: str, clause: str, flow: str, e: Entry) -> list[str]:
    """The names a figure with no name in front may carry (全县4.38万名中小学生课后服务…): the openings
    of the words after it, longest first, when the clause says it is all of them."""
    if not _TOTAL.search(clause):
        return []
    after = _normalise(metric)
    indicator = INDICATORS.match(after)
    if indicator and _SCOPE.search(clause):
        return [indicator.group()]  # 全镇27家规模以上工业企业运行平稳: the area's count of a known indicator
    if not (_ALL.match(flow, e.fend, e.fend + 24) or _OBJECT_OF.search(clause)):
        return []  # 为全县4.38万名学生… / 组织全镇25家规上企业… name all of them; 全镇12个村建成… does not
    return [after[:k] for k in range(len(after), 2, -1)]


def _same_scope(figs: Figures, first: Entry, e: Entry, metric: str, flow: str) -> bool:
    """Whether two figures of a short or activity metric (安全检查, 检查企业, 组织培训班) speak for
    the same whole.

    Under two different headings a bare 全年 may count for one line of work only (安全生产 vs
    食品安全); the opening summary, an area word (全镇, 辖区) or a named part (其中民生支出) speak
    for the whole report.
    """
    if INDICATORS.search(metric) or (len(metric) >= 5 and not _ACTIVITY.search(metric)):
        return True  # a known indicator or a long specific name (办理不动产登记) is one whole
    s1 = bisect_right(figs.sections, first.fstart)
    s2 = bisect_right(figs.sections, e.fstart)
    if s1 == s2 or s1 == 0 or s2 == 0:
        return True
    if any(_AREA.search(_clause_of(flow, x)) for x in (first, e)) or in_closing(figs, e):
        return True  # an area word, or the problems looking back on the whole review
    # one stated for the whole period (全年…, 回顾全年…) speaks for the whole report, unless the other
    # is about one campaign (开展消防安全专项整治，共检查企业45家次) or the metric is an activity
    if _ACTIVITY.search(metric):
        return False
    whole = [bool(_WHOLE_PERIOD.search(_sentence_before(flow, x))) for x in (first, e)]
    campaign = any(
        _CAMPAIGN.search(_sentence_before(flow, x)) for x, w in zip((first, e), whole, strict=True) if not w
    )
    return any(whole) and not campaign


def _add_objects(objects: dict[str, str], metric: str) -> None:
    """Register the object of an action metric and its shorter endings (增值税留抵退税 → 留抵退税), so a
    later restatement by the object alone finds it. Bounded by the metric's length: linear."""
    m = _ACTION_VERB.search(metric)
    if not m:
        return
    obj = metric[m.end() :]
    for k in range(len(obj) - 4 + 1):
        objects.setdefault(obj[k:], metric)


def _add_tails(tails: dict[str, str], metric: str) -> None:
    """Register the endings of a whole-area metric, its count word dropped (基本医疗保险参保人数 → 参保,
    医疗保险参保 …), so that a bare restatement with an area word (全县参保41.62万人) finds it.
    The first whole-area metric keeps an ending: a sub-scope stated later does not take it over."""
    stem = _COUNT_TAIL.sub("", metric)
    for k in range(max(0, len(stem) - 8), len(stem) - 1):
        tail = stem[k:]
        if not (_GENERIC.search(tail) or tail.endswith("人口")):
            tails.setdefault(tail, metric)  # 人口, 收入, 资金 alone may be another whole (户籍人口)


def _cumulative(clause: str) -> bool:
    """累计开展… counts since the start; 上半年累计, 全年累计 count the period."""
    return "累计" in clause and not _PERIOD_IN_CLAUSE.search(clause)


def _clause_of(flow: str, e: Entry) -> str:
    return re.split(r"[，,。；;：:\n]", flow[max(0, e.fstart - 16) : e.fstart])[-1]


def _generic(metric: str) -> bool:
    """资金, 投入资金, 发放补贴: an amount with no subject of its own (营业收入, 税收收入 have one)."""
    m = _GENERIC.search(metric)
    if not m:
        return False
    qualifier = metric[: m.start()]
    return len(qualifier) < 2 or bool(_VERB_QUALIFIER.fullmatch(qualifier))


def _normalise(metric: str) -> str:
    """One spelling per metric: 规上 = 规模以上, 城乡低保对象 = 低保对象, 中小学在校学生 = 中小学生."""

    # an acronym by the office's lexicon (GDP → 地区生产总值); other synonyms stay apart here, since
    # 参保率 of one group and 参保覆盖率 of all are two rates (figures_alias compares those)
    key = synonyms(metric) if _LATIN.search(metric) else metric
    for short, full in _SYNONYMS:
        key = key.replace(short, full)
    key = _DROP.sub("", key)
    return key.replace("学学生", "学生")


def _restated_stock(flow: str, e: Entry, clause: str) -> bool:
    """A whole-area count restated in the plan part (全区低保对象3862户6215人全部纳入…), not a target."""
    if not e.number.exact or not _SCOPE.search(clause):
        return False
    return not _PLAN_WORDS.search(_sentence_before(flow, e))


def _sentence_before(flow: str, e: Entry) -> str:
    floor = max(0, e.fstart - 120)
    start = max(last_of(flow, "。；;\n", floor, e.fstart), floor - 1)
    return flow[start + 1 : e.fstart]


def _confirmed(figs: Figures, e: Entry) -> bool:
    """Whether a figure is borne out by a share in its own sentence (2860万元，占任务5200万元的55%)."""
    from ..numbers import share_holds
    from .figures_math import is_task, share_triples

    flow = figs.ledger.flow
    return any(
        a is e and share_holds(a.number, b.number, p.number, is_task(flow, b))
        for a, b, p in share_triples(figs, e.sentence)
    )


class _PlanParagraphs:
    """Whether the paragraph around a position opens as a plan (2024年，我镇将… / 下半年，要…).

    Positions are asked in increasing order, so each paragraph is looked at once.
    """

    def __init__(self, flow: str) -> None:
        self.flow = flow
        self.end = -1  # end of the paragraph last looked at
        self.plan = False

    def at(self, pos: int) -> bool:
        if pos > self.end:
            start = (
                self.flow.rfind("\n", 0, pos) + 1
                if self.end < 0
                else self.flow.rfind("\n", self.end, pos) + 1
            )
            nl = self.flow.find("\n", pos)
            self.end = len(self.flow) if nl < 0 else nl
            self.plan = bool(_PLAN_OPENING.match(self.flow, start))
        return self.plan


def _own_periods(year: int | None, last_month: int | None) -> set[str]:
    """Period labels that mean the report's own period (so they match a figure with no label)."""
    own = {"", "今年", "今年以来", "截至目前"}
    if year is not None:
        own.add(f"{year}年")
    if last_month is None:
        own.add("全年")
    if last_month == 6:
        own.update({"上半年", "1-6月", "截至6月"})
    elif last_month == 9:
        own.update({"1-9月", "截至9月"})
    return own


CHECKS = (check_conflicts,)
