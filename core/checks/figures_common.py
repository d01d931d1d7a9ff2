# SPDX-License-Identifier: MIT
"""Shared helpers of the figure rules: the ledger of a draft (built once per check run) and its views."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import cache, lru_cache, partial

from .. import segment
from ..ledger import Entry, Ledger, build_ledger
from ..model import Finding
from ..numbers import Number, to_float
from ..resources import on_reload, word_list
from .base import Check, Context, findings_of
from .textblocks import KEY_FIGURES_LINE

_PLAN_HEADING = re.compile(
    r"下半年|下一步|下步|下一阶段|下阶段|明年|今后|努力方向|工作计划|工作安排|工作打算|工作思路|工作重点|主要任务|工作设想|展望"
)
_YEAR = r"((?:19|20)[0-9]{2}|[一二][〇○零九][〇○零一二三四五六七八九]{2})\s*年"
_TITLE_PLAN_YEAR = re.compile(
    _YEAR + r"(?:度)?\s*(?:的)?\s*(?:工作)?\s*(?:计划|打算|安排|要点|思路|规划|设想)"
)


_BARE_LINE = re.compile(r"^[ \t\u3000]*([^\n。；;，,：:！!？?]{2,30})[ \t\u3000]*$", re.M)
# a bare line opens the plan part only when it says so plainly (2020年工作计划, 下步打算), never a
# review line (主要任务完成情况, 上半年工作回顾)
_PLAN_LINE = re.compile(r"(?:计划|打算|安排|思路|设想|展望)$|下一步|下步|下半年|明年|今后|努力方向")
_REVIEW_LINE = re.compile(r"上半年|回顾|总结|完成|情况|成效|进展|落实|存在|问题")
_PURE_PLAN = re.compile(r"计划|打算|要点|思路|安排|规划")
_SUMMARY = re.compile(r"总结|报告|述职|汇报|回顾|情况")


@dataclass(frozen=True)
class TitleInfo:
    """The period the title promises."""

    review_year: int | None  # the year under review
    plan_year: int | None  # a second year the title promises a plan for
    last_month: int | None  # the last month the report covers: 6 for 上半年, 9 for 前三季度, None for a year


@dataclass
class Figures:
    """What every figure rule works from, built once per draft."""

    ledger: Ledger
    by_sentence: list[list[Entry]]
    title: TitleInfo
    plan_start: int  # flow offset where the plan part begins (len(flow) if none)
    sections: list[int] = field(default_factory=list)  # flow offsets of every heading, in order
    appendix: int = -1  # flow offset of a table of key figures after the plan part (附：主要指标), or -1

    def in_plan(self, pos: int) -> bool:
        """Whether a flow offset lies in the plan part (an appended table of key figures reports)."""
        return pos >= self.plan_start and not (0 <= self.appendix <= pos)


def figures_of(ctx: Context) -> Figures:
    """The draft's figures, cached on the context so that the rules share one scan."""
    cached = ctx.__dict__.get("_jiaogao_figures")
    if cached is None:
        cached = _build(ctx)
        ctx.__dict__["_jiaogao_figures"] = cached
    return cached


def previous_in_paragraph(figs: Figures, si: int) -> list[Entry]:
    """The figures of the sentence before sentence ``si`` when both are in one paragraph."""
    if si == 0:
        return []
    end = figs.ledger.sentences[si - 1][1]
    if figs.ledger.flow[end - 1 : end] == "\n":
        return []
    return figs.by_sentence[si - 1]


def _build(ctx: Context) -> Figures:
    hard = {h.start for h in ctx.outline.headings}
    if ctx.outline.title_start is not None:
        hard.add(ctx.outline.title_start)
    led = build_ledger(ctx.text, frozenset(hard))
    by_sentence: list[list[Entry]] = [[] for _ in led.sentences]
    for e in led.entries:
        if e.sentence < len(by_sentence):
            by_sentence[e.sentence].append(e)
    plan = len(led.flow)
    for h in ctx.outline.headings:
        if h.level == 1 and _PLAN_HEADING.search(h.heading) and "上半年" not in h.heading:
            plan = flow_pos(led, h.start)
            break
    plan = min(plan, _plan_line(ctx, led))
    info = title_info(ctx.outline.title + _subtitle(ctx))
    if info.plan_year is None and info.review_year is not None:
        info = _plan_year_from_headings(ctx, info)
    sections = sorted(flow_pos(led, h.start) for h in ctx.outline.headings)
    appendix = KEY_FIGURES_LINE.search(led.flow, plan) if plan < len(led.flow) else None
    if appendix is not None and sections and sections[-1] > appendix.start():
        appendix = None  # headings after it: no table that closes the report
    return Figures(led, by_sentence, info, plan, sections, appendix.start() if appendix else -1)


_SUBTITLE = re.compile(r"[ \t\u3000]*([（(][^\n]{2,24}?[）)])[ \t\u3000]*(?:\n|$)")


def _subtitle(ctx: Context) -> str:
    """A bracketed line under the title that gives its period (（2020年度）, （2023年1—6月））, or ""."""
    t0 = ctx.outline.title_start
    if t0 is None:
        return ""
    end = ctx.text.find("\n", t0)
    if end < 0:
        return ""
    nxt = end + 1
    while ctx.text.startswith("\n", nxt):
        nxt += 1
    m = _SUBTITLE.match(ctx.text, nxt)
    return m.group(1) if m and re.search(_YEAR, m.group(1)) else ""


def _plan_line(ctx: Context, led: Ledger) -> int:
    """Flow offset of a bare line that opens the plan part (第二部分 2020年工作计划), which the outline
    does not take for a numbered heading; len(flow) when there is none."""
    t0 = ctx.outline.title_start
    floor = ctx.text.find("\n", t0) if t0 is not None else 0
    if floor < 0:
        return len(led.flow)
    for m in _BARE_LINE.finditer(ctx.text, floor):
        line = m.group(1).strip()
        if 2 <= len(line) <= 30 and _PLAN_LINE.search(line) and not _REVIEW_LINE.search(line):
            return flow_pos(led, m.start(1))
    return len(led.flow)


def _plan_year_from_headings(ctx: Context, info: TitleInfo) -> TitleInfo:
    """A plan heading such as ``五、2024年工作打算`` names the plan year the title left out."""
    for h in ctx.outline.headings:
        m = _TITLE_PLAN_YEAR.search(h.heading)
        if m:
            year = int(to_float(m.group(1)) or 0)
            # only the next year: 三、2015年工作计划 in a 2013 report is a slip, no plan year
            if year and info.review_year is not None and year == info.review_year + 1:
                return TitleInfo(info.review_year, year, info.last_month)
    return info


def flow_pos(led: Ledger, orig: int) -> int:
    """Flow offset of an original offset (the inverse of Ledger.orig)."""
    lo, hi = 0, len(led.flow)
    while lo < hi:
        mid = (lo + hi) // 2
        if led.orig(mid) < orig:
            lo = mid + 1
        else:
            hi = mid
    return lo


def title_info(title: str) -> TitleInfo:
    years = [int(v) for v in (to_float(m.group(1)) for m in re.finditer(_YEAR, title)) if v is not None]
    if re.search(r"(?:19|20)[0-9]{2}\s*[-—–~至到]\s*(?:19|20)?[0-9]{2}\s*年", title):
        years = []  # a span of years (2019-2020年) has no single year under review
    plan_m = _TITLE_PLAN_YEAR.search(title)
    plan_year = None
    if plan_m and len(years) >= 2:
        plan_year = int(to_float(plan_m.group(1)) or 0) or None
    review = next((y for y in years if y != plan_year), None)
    if review is not None and plan_year is None and _PURE_PLAN.search(title) and not _SUMMARY.search(title):
        review, plan_year = review - 1, review  # 2024年工作要点: it looks back on 2023 and plans 2024
    last_month: int | None = None
    if re.search(r"上半年|半年|1\s*[-—至~]\s*6\s*月|元\s*[-—至~]\s*六\s*月", title):
        last_month = 6
    elif re.search(r"前三季度|1\s*[-—至~]\s*9\s*月", title):
        last_month = 9
    elif re.search(r"一季度|第一季度|1\s*[-—至~]\s*3\s*月", title):
        last_month = 3
    elif m := re.search(r"(?<![0-9])1\s*[-—至~]\s*([2-9]|1[01])\s*月", title):
        last_month = int(m.group(1))  # 2024年1-5月工作情况汇报
    return TitleInfo(review, plan_year, last_month)


def line_of(text: str, offset: int) -> int:
    return text.count("\n", 0, offset) + 1


def reported(ctx: Context, pair: tuple[Entry, Entry], *rules: Check) -> bool:
    """Whether one of ``rules`` already flags either figure of ``pair`` in this run: a restatement
    rule leaves such a pair alone, so that one problem gets one finding. The spans of each set of
    rules are read once per run."""
    cache = ctx.__dict__.setdefault("_jiaogao_reported", {})
    if rules not in cache:
        cache[rules] = {(f.start, f.end) for rule in rules for f in findings_of(ctx, rule)}
    return any((x.number.start, x.number.end) in cache[rules] for x in pair)


_FAMILY = {"名": "人", "位": "人"}


def unit_family(dim: str) -> str:
    """What a unit counts: 126名网格员 and 97人 are both people."""
    return _FAMILY.get(dim, dim)


_BASE_BEFORE = re.compile(r"(?:比|较)[^，,。；;]{0,10}的\s*$")
_SUBSET_BEFORE = re.compile(r"中(?![心学医小央国华型等层级期])[^，,。；;\d]{0,3}$")  # not 中心投入


_BRACKETED_BASE = re.compile(r"[（(]\s*(?:(?:19|20)[0-9]{2}\s*年|上年|去年|上一年)(?:同期)?(?:为|是)?\s*\Z")


def bracketed_base(flow: str, e: Entry) -> bool:
    """A level of an earlier year in brackets (增长21.3%（2007年为104.5亿元）): the base of a growth
    rate, never a whole or a part of this year's figures."""
    return _BRACKETED_BASE.search(flow, max(0, e.fstart - 12), e.fstart) is not None


def base_before(flow: str, e: Entry) -> bool:
    """A figure written as the base of a comparison (比上年同期的1920万元, 比2010年的2.64万吨)."""
    return _BASE_BEFORE.search(flow, max(0, e.fstart - 14), e.fstart) is not None


def subset_before(flow: str, e: Entry) -> bool:
    """A figure counting part of a set just named (7起事故中有5起, 38个项目中尚有17个)."""
    return _SUBSET_BEFORE.search(flow, max(0, e.fstart - 5), e.fstart) is not None


_ON_BASE = re.compile(r"[\u4e00-\u9fff]{0,8}?的?基础上")
_IN_BEFORE = re.compile(r"在[^，,。；;]{0,20}$")


def plan_base(flow: str, e: Entry) -> bool:
    """A level restated as the base of a plan (在上半年外贸出口1.87亿美元的基础上, 在现有13.6万亩茶园的
    基础上) or as its object (对已拆除的26处堆场开展复查): what has been reached, whatever period the
    plan is for."""
    if _DONE_OBJECT.search(flow, max(0, e.fstart - 10), e.fstart):
        return True
    return bool(_ON_BASE.match(flow, e.fend) and _IN_BEFORE.search(flow, max(0, e.fstart - 22), e.fstart))


_DONE_OBJECT = re.compile(r"(?:对|把|将)已(?:经)?[\u4e00-\u9fff]{1,4}的\s*$")


_REMAINING = re.compile(r"(?:还有|尚有|仍有|剩余|还剩)[^，,。；;\d]{0,12}$")
_NOT_YET = re.compile(r"[^，,。；;]{0,12}?(?:未|尚未|没有|待)")
# 和 / 及 / 与 joining two groups, not inside a word (普及, 和谐, 参与, 及时)
_UNION = re.compile(
    r"[\u4e00-\u9fff]{2,}(?:和(?![平谐美睦])|(?<![普涉以危])及(?![时格])|(?<![参给])与(?![会其]))[\u4e00-\u9fff]{2,}$"
)


def remaining(flow: str, e: Entry) -> bool:
    """A count of what is still left undone (全乡还有26公里通组公路未硬化), not a level of the review."""
    return bool(
        _REMAINING.search(flow, max(0, e.fstart - 16), e.fstart) and _NOT_YET.match(flow, e.fend, e.fend + 16)
    )


# a 、 list of actions (新建、改扩建学校8所) or of bodies that acted together is no union of groups counted
_ACTING = re.compile(r"开展|完成|实现|组织|建|改|修|治|新增|提升|实施|举办|发放|单位|部门")


def union_before(flow: str, e: Entry) -> bool:
    """A figure of two groups together (安置脱贫劳动力和监测对象214人, 引进博士、硕士研究生30名): the
    count of neither alone."""
    names = since_break(flow, e.fstart, 24, "，,。；;：:\n")
    tail = names.rsplit("、", 1)[-1]
    if ("和" in tail or "及" in tail or "与" in tail) and _UNION.search(tail):
        return True  # (the test in front spares most figures a backtracking search)
    return _joint(names)


def joint_groups(flow: str, e: Entry) -> bool:
    """Groups named in a 、 list that runs straight into the figure (引进博士、硕士研究生30名): the count
    of them together."""
    return _joint(since_break(flow, e.fstart, 24, "，,。；;：:\n"))


def _joint(names: str) -> bool:
    if "、" not in names or any(c.isdigit() for c in names):
        return False
    tail = names.rsplit("、", 1)[1]
    return len(tail) <= 6 and not _ACTING.search(tail)


def conflict_finding(ctx: Context, first: Number, later: Number, name: str) -> Finding:
    """figure-conflict: ``later`` states the metric ``name`` with another value than ``first``."""
    line = line_of(ctx.text, first.start)
    # 二是城乡居民养老保险参保, 参保覆盖率虽: the item's ordinal and a 虽 are no part of the name
    name = _HOLD_TAIL.sub("", _ITEM_ORDINAL.sub("", name))
    bare = _PLAN_BASE_WORDS.sub("", _PLAN_BASE_WORDS.sub("", name)).strip()  # 3. 在参合的基础上 → 参合
    name = bare or name
    was, now = first.text.strip(), later.text.strip()
    message = f"“{name}”前后数字不一致：第{line}行写的是{was}，这里是{now}。"
    return ctx.finding("figures.conflict", "figure-conflict", "warning", message, later.start, later.end, was)


_PLAN_BASE_WORDS = re.compile(r"^\s*[0-9]+\s*[.．、]\s*|^在(?:现有|今年|上半年|全年)?|的?基础上$")
_ITEM_ORDINAL = re.compile(r"^[一二三四五六七八九十]是")
_HOLD_TAIL = re.compile(r"(?:虽然|虽|仍然|仍|已经|已)$")
_OWN_SHARE = re.compile(r"[，,]\s*占(?:比|[^，,。；;\d%]{1,12}的)?(?:为)?\s*[0-9.]+\s*[%％]")


def own_share_after(flow: str, e: Entry) -> bool:
    """A figure followed by its own share (渔船1642艘，占75.1%; 医保患者出院1.63万人次，占出院人次的
    79.2%) is a part of a larger whole, not a level of the report's own."""
    return _OWN_SHARE.match(flow, e.fend) is not None


def fmt_value(n: Number, value: float) -> str:
    """``value`` (in base units) written the way ``n`` was written: same scale, unit and decimals."""
    scale = n.step * 10.0**n.decimals  # base units per written unit
    shown = value / scale if scale else value
    return f"{shown:.{n.decimals}f}{n.unit}"


# The report's own unit is below the county: a town, a park, a school … (农业农村局 is a county bureau).
_SUB_COUNTY_TITLE = re.compile(
    r"(?:镇|乡|街道|社区|村|园区|开发区|高新区|学校|中学|小学|幼儿园|医院|卫生院|公司)(?![\u4e00-\u9fff]{0,3}(?:局|委|办))"
)
_COUNTY_OR_WIDER = re.compile(r"全(?:县|市|省|州|旗)")


_ORG = re.compile(r"^([\u4e00-\u9fff]{3,20}?)(?:关于|(?:19|20)[0-9]{2}|上半年|年度|工作|述职)")


@lru_cache(maxsize=64)
def organisation(title: str) -> str:
    """The reporting body named in the title (河东区人民检察院2022年工作总结 → 河东区人民检察院)."""
    m = _ORG.match(re.sub(r"\s+", "", title or ""))
    return m.group(1) if m and len(m.group(1)) >= 3 else ""


def wider_scope(title: str, clause: str) -> bool:
    """Whether a figure speaks for a wider area than the report's own unit.

    In a park's, town's or school's report, 全县到位资金58.7亿元 is the county's figure, not
    the park's 31.2亿元 restated; in a county bureau's report 全县 is its own scope.
    """
    # the body's own name when the title gives one: 茶岭县…新型农村合作医疗 is the county's report
    return _sub_county(title) and bool(_COUNTY_OR_WIDER.search(clause))


@lru_cache(maxsize=64)
def _sub_county(title: str) -> bool:
    return bool(_SUB_COUNTY_TITLE.search(organisation(title) or title))


@cache
def _last_of_pattern(chars: str) -> re.Pattern[str]:
    cls = "".join(re.escape(c) for c in chars)
    return re.compile(rf"[{cls}][^{cls}]*\Z")


def since_break(flow: str, pos: int, back: int, chars: str) -> str:
    """The text before ``pos`` back to the last of ``chars``, and never more than ``back`` characters:
    the one bounded look-back every rule needs (unbounded, a text without breaks turns quadratic)."""
    floor = max(0, pos - back)
    return flow[max(floor, last_of(flow, chars, floor, pos) + 1) : pos]


def last_of(s: str, chars: str, lo: int = 0, hi: int | None = None) -> int:
    """Where the last of ``chars`` stands in ``s[lo:hi]`` (an index into ``s``), or -1.

    One regex call instead of a max() over an rfind per character: these look-backs run for
    every figure of the draft.
    """
    m = _last_of_pattern(chars).search(s, lo, len(s) if hi is None else hi)
    return m.start() if m else -1


def set_phrase(n: Number) -> bool:
    """A Chinese numeral too small to be read as a count: 一起 (together), 一批, 两个维护, 一户一策.
    From 三 on (三起, 十六个, 二百三十六个) a Chinese numeral is compared like a digit one."""
    return n.chinese and n.value < 3


_LIST_ITEM = re.compile(r"、[^，,。；;、]{0,10}$")
_LIST_OPENS = re.compile(r"\s*[，,（(]\s*(?:其中|分别为|分别是)")


def list_total(flow: str, entries: list[Entry], j: int) -> Entry | None:
    """The total a 其中 or 分别为 list ends on (受理412件，其中来信87件、…、其他渠道16件，较上年的447件
    下降7.8%): the comparison is of the total, not of the last item. None when ``entries[j]`` ends no list."""
    e = entries[j]
    if not _LIST_ITEM.search(flow, max(0, e.fstart - 12), e.fstart):
        return None
    for k in range(j - 1, max(-1, j - 10), -1):
        if _LIST_OPENS.match(flow, entries[k].fend):
            return entries[k] if entries[k].number.dim == e.number.dim else None
    return None


@cache
def _synonym_table() -> tuple[tuple[str, str], ...]:
    """(other way, full name) pairs, longest other ways first."""
    pairs = []
    for line in word_list("metric_synonyms"):
        full, *others = line.split()
        pairs.extend((o, full) for o in others)
    return tuple(sorted(pairs, key=lambda p: -len(p[0])))


def synonyms(name: str) -> str:
    """``name`` with each other way of naming a metric replaced by its full name
    (社零额 → 社会消费品零售总额)."""
    for other, full in _synonym_table():
        if other in name and full not in name:
            name = re.sub(re.escape(other) + r"(.?)", partial(_renamed, full=full), name)
    return name


def _renamed(m: re.Match[str], *, full: str) -> str:
    """``full`` for the other way matched, unless it runs on into a longer word (农民工 is no 农民)."""
    other, nxt = m.group()[: -len(m.group(1)) or None], m.group(1)
    if nxt and segment.in_dictionary(other + nxt):
        return m.group()
    return full + nxt


on_reload(_synonym_table.cache_clear)


_PROBLEMS = re.compile(r"问题|不足|困难|短板|差距|薄弱|廉洁|自律")


def in_closing(figs: Figures, e: Entry) -> bool:
    """Whether a figure stands under a 存在问题 (or 不足, 困难, or a 述职's 廉洁自律) heading,
    restates a level reached as the base of a plan (在综合机械化率91.7%的基础上) or stands in a table
    of key figures after the plan: each looks back on the review."""
    if plan_base(figs.ledger.flow, e) or 0 <= figs.appendix <= e.fstart:
        return True  # a table of key figures after the plan restates them too
    k = bisect_right(figs.sections, e.fstart)
    if k == 0:
        return False
    flow = figs.ledger.flow
    start = figs.sections[k - 1]
    return bool(_PROBLEMS.search(flow, start, min(len(flow), start + 24)))
