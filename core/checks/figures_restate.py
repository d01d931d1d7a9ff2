# SPDX-License-Identifier: MIT
"""figure-conflict: a metric restated later in the draft with another value.

Drafts state a key figure in the body and restate it in a summing-up passage (``回顾全年，集团实现
营业收入18.37亿元``) or the closing paragraph, often with a shorter or longer name than the first
time (``全县基本医疗保险参保人数41.26万人`` … ``全县参保41.62万人``). This rule reads its own metric
name from the clause in front of a figure, keeping the verb (办结, 审批) and dropping subjects,
period words and fillers (全县, 集团, 全年, 实现, 虽然达到), and matches two figures when the names
are equal or one is the other with a qualifier in front or behind that is not a sub-scope
(村, 城镇, 其中, 期间 …). Both must be plain figures of one unit family for the same period:
targets, plans, growth, comparisons, per-head values and parts after 其中 are left out.

Linear: every name is keyed under itself and its prefixes and suffixes in one dict.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator

from ..ledger import LOOK_BACK, TARGET_WORDS, Entry
from ..model import Finding
from ..numbers import Number
from . import figures_conflict
from .base import Context
from .figures_common import (
    Figures,
    conflict_finding,
    figures_of,
    joint_groups,
    last_of,
    organisation,
    own_share_after,
    plan_base,
    reported,
    set_phrase,
    since_break,
    unit_family,
    wider_scope,
)
from .figures_pairs import borne_out, distinct

CATEGORY = "figure-conflict"
_BREAK_CHARS = '，。；;：:、（）()“”"\n！？!?'
_HAN = re.compile(r"[\u4e00-\u9fff]+")
_SPACE = re.compile(r"\s+")
_PERIOD = (
    r"(?:(?:19|20)[0-9]{2}年(?:度)?|全年|上半年|下半年|今年以来|今年|年内|年末|年底|本年度|"
    r"1-6月|1—6月|1至6月|[0-9]{1,2}月(?:份)?|截[至止][^，]{0,8}?[月底末]+)"
)
_SUBJECT = (
    r"(?:全(?:县|镇|乡|区|市|院|校|局|街道|系统|省|州|旗)|我(?:校|院|局|县|镇|乡|区|市|街道|公司|集团|中心|所|站)|"
    r"本(?:人|单位|院|校|局)|集团(?:公司)?|公司|辖区(?:内)?|本级)"
)
_FILLER = (
    r"(?:共计|共|累计|合计|总计|实现了?|完成了?|达到了?|虽然|虽|仍然|仍|已经|已|均|都|也|其|有|为|达|的)"
)
_LIGHT = r"(?:开展|组织|举办|实施|进行)"
_LEAD = re.compile(rf"^(?:{_PERIOD}|{_SUBJECT}|{_FILLER}|{_LIGHT})")
_TRAIL = re.compile(
    r"(?:累计完成|共完成|完成了?|实现了?|达到了?|已达|突破|超过|共计|累计|约|近|逾|仅|只|为|达|是|有|了|的|计|共|总数|总量)$"
)
_PICKED = re.compile(r"[\u4e00-\u9fff]{2}的|^(?:及|和|与|以及|暨)")
_SUFFIX = re.compile(r"(?:人数|数量|事项|总数|数)$")
_VERB = re.compile(r"^(?:办结|受理|化解|调处|审结|结案|立案|破获|办理|接待|培训|审批|发放|查处|整改|排查)$")
_OBJECT_VERB = re.compile(r"^(?:受理|接收|收到|登记|排查|发现|受理了|接到)")
_PART = re.compile(r"其中|分别|包括")
_SKIP = re.compile(
    r"同比|环比|比上年|较上年|比去年|较去年|增长|增加(?!值)|减少|下降|提高|降低|每|[人户亩村场校店]均|平均|最高|最低(?!生活)|单笔|"
    # 以上 as a bound, not inside a name (规模以上工业总产值, 限额以上, 一般以上事故)
    r"计划|目标|任务|力争|预计|确保|将|拟|占|超过|(?<!规模|限额|一般|较大)以上|不少于|不低于"
)
# qualifiers that make a part of the whole, not another name for it
_SUBSCOPE = re.compile(
    r"村|社区|组|街|镇|乡|城镇|农村|城乡|城区|居民|职工|男|女|学生|儿童|老年|妇女|青年|困难|贫困|低保|特困|残疾|"
    r"期间|节|月|季|周|日|一本|二本|省级|市级|县级|重点|新|首次|线上|线下|个人|单位|企业|项目|学校|医院|门店|"
    r"其中|部分|外|内|大型|中型|小型|特困|高龄|低收入|一本|二本|一级|二级|三级|上级|下级"
)
_GENERIC_WORDS = (
    "收入 资金 投资 金额 人数 面积 项目 企业 人员 群众 新增 完成 发放 培训 检查 排查 办结 受理 建设"
)
# (所属, 下属: the body's own units, whatever they are: 所属6座水厂 / 所属4座污水处理厂)
_GENERIC = frozenset(
    f"{_GENERIC_WORDS} 服务 活动 补贴 资助 救助 工程 道路 培训班 会议 所属 下属 直属".split(" ")
)
_DESCRIBED = re.compile(r"的[^，,。；;]*?(?:项目|工程|企业|公司|村|基地|园|学校|医院|单位|户)")
_AREA = re.compile(r"全(?:镇|乡|县|区|市|街道)|我(?:镇|乡|县|区|市|街道)|辖区")
_PLAN_OPENING = re.compile(
    r"\s*(?:(?:19|20)[0-9]{2}\s*年|明年|下半年|下一步|下步|今后|新的一年)[，,]?[^。\n]{0,16}?(?:将|要|计划|力争|预期|目标)"
)
_EXTRA_VERB = re.compile(
    r"(?:完成|实现|新增|开展|建成|新建|办理|发放|接待|受理|办结|引进|培训|落实|排查|化解|调处|审结|结案|立案|"
    r"检查|整改|查处|帮扶|救助|走访|签约|参保|参合|投保|享受|受益|获得|惠及|涉及|带动|辐射|联系|结对|慰问)$"
)
_RATE_NAME = re.compile(r"^[\u4e00-\u9fff]{2,}[\u4e00-\u9fff](?:率|度)$")
_PAST_OPENING = re.compile(r"\s*(?:上半年|今年以来|年初以来|1\s*[-—至]\s*6月|全年|过去的一年|这一年)[，,]")
_FUTURE = re.compile(r"将|力争|确保|计划|目标|预计|争取|拟|要|下半年|明年")
_SCENE = re.compile(r"围绕|紧扣|聚焦|对照|按照|锚定|朝着|瞄准")
# spaces of a typeset copy may stand between count and unit (16 个行政村)
_AREA_UNITS = re.compile(r"\s*(行政村|自然村|村民小组|社区|居委会|乡镇|街道|网格|中小学|卫生院)")
_HOLDS = re.compile(r"^(?:全(?:镇|乡|县|区|市|街道))?(?:下辖|共辖|辖|共有|现有|辖区内?有?)$")
_ALL_OF = re.compile(r"[^，,。；;]{0,4}?(?:全部|均|都已?|全覆盖|所有)")
_STOCK = re.compile(r"累计[^，,。；;]{0,12}$")
_PLAN_BASE_LEAD = re.compile(r"^.{0,8}?在(?:现有|今年|当年|全年|上半年)?")
_DONE_BEFORE = re.compile(r"完成|实现|达到|在[^，,。；;]{0,20}$")  # 在上半年外贸出口1.87亿美元的基础上


def check_restated(ctx: Context) -> Iterator[Finding]:
    """Flag the later of two differing values of one metric for one period and scope."""
    figs = figures_of(ctx)
    led = figs.ledger
    flow = led.flow
    own = _own_periods(figs)
    full: dict[tuple[str, str, str], Entry] = {}  # whole names
    part: dict[tuple[str, str, str], tuple[Entry, str]] = {}  # prefixes and suffixes of names
    prev: Entry | None = None
    org = organisation(ctx.outline.title)
    for e in led.entries:
        before, prev = prev, e
        if not _plain(figs, e):
            continue
        if wider_scope(ctx.outline.title, flow[max(0, e.fstart - 16) : e.fstart]):
            continue  # the county's figure in a park's or town's report: another whole
        key = _name(flow, e, before, org) or _units_of_area(flow, e, org)
        union = joint_groups(flow, e)
        if union and key:
            key = "、" + since_break(
                flow, e.fstart, 24, "，,。；;：:\n"
            )  # 博士、硕士研究生: the two together
        if key is None or (e.number.kind == "percent" and not _RATE_NAME.search(key)):
            continue  # a percentage restated must be a named rate (森林覆盖率), not a bare share
        if len(key) <= 2 and before is not None and before.sentence == e.sentence:
            continue  # 小麦播种面积21.6万亩，总产11.06万吨: a bare 总产 borrows its subject from the sentence
        period = "" if e.period in own or plan_base(flow, e) else e.period
        if (not e.period or e.period.startswith("截至")) and _STOCK.search(
            flow, max(0, e.fstart - 14), e.fstart
        ):
            period = "累计"  # 累计发放贷款1.2亿元 counts since the start, not this year
        dim = unit_family(e.number.dim)
        hit = _match(full, part, key, period, dim, e) if not union else _exact(full, key, period, dim, e)
        if hit is not None:
            first, short, long_ = hit
            if short != long_ and (short.endswith("人口") or figures_conflict._GENERIC.search(short)):
                continue  # 人口, 收入, 资金 alone may be another whole than 常住人口, 财政收入
            longer = e if key == long_ else first
            if short != long_ and own_share_after(flow, longer):
                continue  # 三个行业合计入库税收2.41亿元，占62.6% … 组织税收: a part's longer name is no whole
            if not _conflicts(figs, first, e, short, long_) or borne_out(figs, first, e, short):
                continue
            if not reported(ctx, (first, e), figures_conflict.check_conflicts):
                yield _finding(ctx, first, e, short)
            continue
        full.setdefault((key, period, dim), e)
        if union:
            continue  # a union matches only itself, never one of its groups by a part of its name
        for k in range(2, len(key)):
            part.setdefault((key[:k], period, dim), (e, key))
            part.setdefault((key[-k:], period, dim), (e, key))


def _exact(
    full: dict[tuple[str, str, str], Entry], key: str, period: str, dim: str, e: Entry
) -> tuple[Entry, str, str] | None:
    first = full.get((key, period, dim))
    return (first, key, key) if first is not None and first.sentence != e.sentence else None


def _match(
    full: dict[tuple[str, str, str], Entry],
    part: dict[tuple[str, str, str], tuple[Entry, str]],
    key: str,
    period: str,
    dim: str,
    e: Entry,
) -> tuple[Entry, str, str] | None:
    """An earlier figure whose name equals this one, contains it, or is contained in it."""
    if key in _GENERIC:
        return None  # a bare 投资 or 资金 says nothing about what it is
    first = full.get((key, period, dim))
    if first is not None and first.sentence != e.sentence:
        return first, key, key
    if dim == "percent":
        return None  # rates match by their whole name only: 办结率 is not 信访事项办结率
    hit = part.get((key, period, dim))
    if hit is not None and hit[0].sentence != e.sentence and _qualifier_ok(hit[1], key):
        return hit[0], key, hit[1]
    for k in range(len(key) - 1, 1, -1):
        for sub in (key[:k], key[-k:]):
            first = full.get((sub, period, dim))
            if first is not None and first.sentence != e.sentence and _qualifier_ok(key, sub):
                return first, sub, key
    return None


def _qualifier_ok(long_: str, short: str) -> bool:
    """``long_`` is ``short`` with a qualifier that only renames it (基本医疗保险参保 / 参保)."""
    if short in _GENERIC or len(short) < 2:
        return False
    extra = long_[: len(long_) - len(short)] if long_.endswith(short) else long_[len(short) :]
    # 城关完成造林 / 造林: a subject before a verb is a part; 排查化解 / 化解 counts another thing;
    # 有康复需求的持证残疾人 / 持证残疾人: a clause before 的 picks some of them; 减税降费及退税缓费 /
    # 减税降费: the longer name adds another thing
    return not (_SUBSCOPE.search(extra) or _EXTRA_VERB.search(extra) or _PICKED.search(extra))


def _conflicts(figs: Figures, first: Entry, e: Entry, short: str, long_: str) -> bool:
    if distinct(figs, first, e):
        return False  # each the part of its own whole, with its own rate
    lo1, hi1 = first.number.bounds
    lo2, hi2 = e.number.bounds
    if not (hi2 < lo1 or lo2 > hi1):
        return False
    a, b = sorted((abs(first.number.value), abs(e.number.value)))
    if a <= 0:
        return False
    # a typo changes a digit or two; a value far off is more likely another scope under one name
    limit = 3.0 if short == long_ else 2.0
    if not whole(figs, first, e):
        # 培训农民 or 安全培训班 under two headings may count two programmes: only a slip of the pen
        # (1,326 / 1,362, 261 / 256) is taken for the same figure written twice
        return _slip(first.number, e.number)
    return b / a <= limit


def _slip(x: Number, y: Number) -> bool:
    """Two figures with the same digits in another order, or at most two digits changed
    (compared at the finer of the two writings: 1.26亿元 and 12,800万元 are 12600 and 12800)."""
    step = min(x.step, y.step) or 1.0
    dx, dy = str(round(abs(x.value) / step)), str(round(abs(y.value) / step))
    if len(dx) != len(dy) or len(dx) < 2:
        return False
    if sorted(dx) == sorted(dy):
        return True
    # two-digit counts (12 and 15 training classes) differ by one digit far too often to be slips
    return len(dx) >= 3 and sum(c != d for c, d in zip(dx, dy, strict=True)) <= 2


def whole(figs: Figures, first: Entry, e: Entry) -> bool:
    """Whether two figures speak for the same whole: one section, an area word, or a look back."""
    s1 = bisect_right(figs.sections, first.fstart)
    s2 = bisect_right(figs.sections, e.fstart)
    if s1 == s2 or s1 == 0:
        return True
    flow = figs.ledger.flow
    return any(_AREA.search(flow, max(0, x.fstart - 16), x.fstart) for x in (first, e)) or bool(
        LOOK_BACK.search(flow, max(0, e.fstart - 40), e.fstart)
    )


_SCOPE_ONLY = re.compile(
    r"(?:对|在|为|向|组织|督促|指导)?(?:(?:全|我)(?:镇|乡|县|区|市|街道|村|省|州)|辖区内?|本辖区)"
)


def _name(flow: str, e: Entry, prev: Entry | None, org: str = "") -> str | None:
    """The metric name in front of a figure, verbs kept, subjects, periods and fillers dropped."""
    floor = max(0, e.fstart - 24)
    seg = flow[floor : e.fstart]
    cut = last_of(seg, _BREAK_CHARS)
    comma = seg.rfind(",")
    if comma > cut and not seg[comma + 1 : comma + 4].isdigit():
        cut = comma  # 3,120 is one figure; a half-width comma between words is a break
    s = _SPACE.sub("", seg[cut + 1 :])
    if not s and cut >= 0 and seg[cut] in "：:":
        head = seg[:cut]  # 营业收入：18.73亿元, a figure set out after its name
        s = _SPACE.sub("", head[last_of(head, _BREAK_CHARS) + 1 :])
    if org and s.startswith(org):
        s = s[len(org) :]  # 河东区人民检察院共受理…: the reporting body itself is the whole
    elif org:
        own = _SELF.match(s)  # 园区 in a park's report, 我局 / 本院 / 全校: the body names itself
        unit = own.group("unit") if own else None
        if own and (unit is None or unit in org or (unit in _PARKS and _PARK_ORG.search(org))):
            s = s[own.end() :]
    if plan_base(flow, e):
        s = _PLAN_BASE_LEAD.sub("", s)  # 我将在综合机械化率91.7%的基础上 → 综合机械化率
    for _ in range(8):
        before = s
        s = _LEAD.sub("", s)
        s = _TRAIL.sub("", s)
        if s == before:
            break
    if _VERB.match(s) and prev is not None and prev.sentence == e.sentence:
        obj = _name(flow, prev, None, org)
        if obj:
            s = s + _OBJECT_VERB.sub("", obj)  # 受理信访事项268件，办结261件 -> 办结信访
    s = _SUFFIX.sub("", s)
    if s.endswith(("和", "及", "与", "的")):
        return None  # 在5260万元财政收入的组织和6840万元支出的审批中: no name ends in a joiner
    if len(s) < 2 or len(s) > 14 or not _HAN.fullmatch(s) or _SCOPE_ONLY.fullmatch(s):
        return None  # (对全市43家采石场: a scope names nothing; the thing counted comes after)
    return s


def _plain(figs: Figures, e: Entry) -> bool:
    """A level figure of the report's own scope: not a target, change, comparison, bound or part.

    Asked of every figure by this rule and by figures_slips: the answer is kept on the run's figures.
    """
    known = figs.__dict__.setdefault("_plain", {})
    if e.fstart not in known:
        known[e.fstart] = _plain_figure(figs, e)
    return known[e.fstart]


def _plain_figure(figs: Figures, e: Entry) -> bool:
    n = e.number
    if n.kind not in ("number", "percent") or not n.dim or n.approx or set_phrase(n) or e.growth or e.compare:
        return False
    flow = figs.ledger.flow
    s_start = figs.ledger.sentences[e.sentence][0]
    done_before = _DONE_BEFORE.search(flow[max(s_start, e.fstart - 22) : e.fstart])
    if (done_before and flow.startswith("的基础上", e.fend)) or plan_base(flow, e):
        return True  # 在今年完成收入8,526万元的基础上，力争…: what was done, named in a plan
    if e.target and _targeted(flow, s_start, e.fstart):
        return False
    if _PART.search(flow, max(s_start, e.fstart - 80), e.fstart):
        return False  # 其中城镇职工4.83万人: a part of the whole
    seg = flow[max(s_start, e.fstart - 30) : e.fstart]
    if _SKIP.search(seg, last_of(seg, "，,；;：:") + 1):
        return False
    if flow.startswith(("以上", "以下", "左右"), e.fend):
        return False
    if flow.startswith("的", e.fend) and _DESCRIBED.match(flow, e.fend, e.fend + 14):
        return False  # 投资8600万元的生态茶园项目: the figure describes one project
    if figs.in_plan(e.fstart) or _plan_paragraph(flow, e.fstart):
        if LOOK_BACK.search(flow, max(0, e.fstart - 80), e.fstart):
            return True
        # a closing paragraph after the plans that opens on the past (上半年，全县…完成4.62亿元) reports
        para = flow.rfind("\n", max(0, e.fstart - 2000), e.fstart) + 1  # bounded: linear on any text
        return bool(_PAST_OPENING.match(flow, para)) and not _FUTURE.search(flow, para, e.fstart)
    return True


def _units_of_area(flow: str, e: Entry, org: str) -> str | None:
    """全镇辖14个行政村 / 全镇16个行政村全部…: how many units make up the area, named after the figure."""
    m = _AREA_UNITS.match(flow, e.fend)
    if not m or e.number.kind != "number":
        return None
    seg = flow[max(0, e.fstart - 12) : e.fstart]
    seg = seg[last_of(seg, "，,。；;：:、\n") + 1 :]
    seg = _SPACE.sub("", seg.removeprefix(org) if org else seg)
    # 全村6个村民小组、428户 / 对全村七个村民小组的脱贫户: the area's units, all of them
    # (在全镇12个行政村推广 may be some of them)
    whole_area = _SCOPE_ONLY.fullmatch(seg) and (seg[:1] in "全我" or flow.startswith("的", m.end()))
    whole_area = whole_area and not seg.startswith("在")
    if _HOLDS.search(seg) or _ALL_OF.match(flow, m.end()) or whole_area:
        return "辖" + m.group(1)
    return None


def _targeted(flow: str, s_start: int, pos: int) -> bool:
    """Whether a plan word before the figure makes it a target; 围绕“交通强县”目标 only sets the scene."""
    start = max(
        flow.rfind("\n", max(0, pos - 160), pos) + 1, pos - 160
    )  # a plan reaches over ；: 目标是：…；…达到8100万元
    for m in TARGET_WORDS.finditer(flow, start, pos):
        if not (m.group() == "目标" and _SCENE.search(flow, max(start, m.start() - 16), m.start())):
            return True
    return False


def _plan_paragraph(flow: str, pos: int) -> bool:
    """Whether the paragraph around ``pos`` opens as a plan (2024年，我镇将… / 下半年，要…)."""
    start = flow.rfind("\n", max(0, pos - 2000), pos) + 1  # bounded: linear on any text
    return bool(_PLAN_OPENING.match(flow, start))


_SELF = re.compile(
    r"(?:我|本|全)(?:局|院|校|委|办|中心|公司|园区|所|站)"
    r"|(?P<unit>园区|开发区|高新区|公司|医院|学校|中心)(?=全年|今年|共|累计|实现|完成|[\u4e00-\u9fff]{2,6}(?:达|为|共))"
)


_PARKS = ("园区", "开发区", "高新区")
_PARK_ORG = re.compile(r"园区|开发区|高新区|产业园|工业园")


def _own_periods(figs: Figures) -> set[str]:
    """Period labels that mean the report's own period, so they match a figure with no label."""
    own = {"", "今年", "今年以来", "截至目前"}
    year, last = figs.title.review_year, figs.title.last_month
    if year is not None:
        own.add(f"{year}年")
    # the last month's end, however it is written (截至2023年12月末 reads 12月末)
    month = 12 if last is None else last
    own.update({f"截至{month}月", f"{month}月末", f"{month}月底"})
    if last is None:
        own.update({"全年", "年末", "年底"})
    elif last == 6:
        own.update({"上半年", "1-6月"})
    elif last == 9:
        own.add("1-9月")
    return own


def _finding(ctx: Context, first: Entry, e: Entry, name: str) -> Finding:
    if name.startswith("辖"):
        name = name[1:] + "个数"  # 辖行政村 -> 行政村个数
    return conflict_finding(ctx, first.number, e.number, name)


CHECKS = (check_restated,)
