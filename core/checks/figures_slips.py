# SPDX-License-Identifier: MIT
"""figure-conflict: one figure written twice with its digits slipped, under a name said two ways.

``全年新增市场主体1276户`` … ``全年新增各类市场主体1267户``; ``城乡居民基本医疗保险参保人数4.12万人`` …
``医保参保人数达到4.21万人``; ``抽检食品样品1280批次`` … ``完成食品抽检1208批次``. A slip of the pen
(two digits swapped, one or two digits changed) between two figures of one unit and period is
rare by chance, so the names may differ more than figures_restate allows: filler words dropped
(各类, 群众, 共, 开展 …), one name inside the other, an abbreviation (医保 for 医疗保险), or the same
words in another order. A qualifier that makes a part (城镇, 新, 其中 …) still keeps them apart.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator

from ..ledger import LOOK_BACK, TASK_WORDS, Entry
from ..model import Finding
from ..numbers import Number
from . import figures_conflict, figures_restate
from .base import Context
from .figures_common import (
    Figures,
    conflict_finding,
    figures_of,
    in_closing,
    last_of,
    organisation,
    plan_base,
    remaining,
    reported,
    subset_before,
    synonyms,
    union_before,
    unit_family,
    wider_scope,
)
from .figures_pairs import borne_out, distinct
from .figures_restate import _GENERIC, _SUBSCOPE, _name, _own_periods, _plain
from .figures_wholes import subsequence

CATEGORY = "figure-conflict"
_FILLER = re.compile(
    r"^在|^[一二三四五六七八九十]是|^虽然?|^园区|前三季度|季度|上半年|全年|今年|各类|各项|各种|群众|全部|所有|累计|共计|共|开展|组织|了|的|城乡|"
    r"全(?:县|镇|乡|区|市|校|院|街道)|我(?:局|们|镇|县|区|市|校|院|中心)|本(?:局|院|校)|社区|街道"
)
_KEEP = 60  # earlier figures of one unit and period a figure is compared with
_GROWTH_TAIL = re.compile(r"(?:同比|环比|比上年|较上年)?(?:增长|增加|提高|下降|减少|降低|回落)?$")
_LATIN_BEFORE = re.compile(r"[A-Za-z0-9][\u4e00-\u9fff]{0,8}$")
_THIS_YEAR = re.compile(r"今年|本年度?")
_NOUN_AFTER = re.compile(
    r"([\u4e00-\u9fff]{2,8}?)(?=全部|均|都|已|在|实现|得到|大多|大部|多数|主要|基本|部分|中|和|及|与|[，,。；;、])"
)
_HAN_TAIL = re.compile(r"[\u4e00-\u9fff]{3,12}$")
_AVERAGE = re.compile(r"人均|户均|平均")
_STOCK_BIGRAMS = frozenset(
    [
        "全年",
        "完成",
        "实现",
        "工作",
        "开展",
        "累计",
        "共计",
        "今年",
        "上半",
        "半年",
        "其中",
        "达到",
        "项目",
        "人次",
        "资金",
    ]
)
_GENERIC_TAIL = re.compile(r"^(?:完成投资|项目资金|专项资金|资金|投资)$")
_LEAD_VERB = re.compile(
    r"(?:排查|化解|受理|办结|调处|立案|结案|审结|检查|整改|查处|培训|发放|新建|改造|建成|接待|走访|救助|"
    r"移送|追回|清理|取缔|关闭|拆除|签约|开工|竣工|投产|发现|查出|涉及|核减|收回|上缴)"
)
_LIGHT_VERB = re.compile(r"^(?:完成|实现|办理|开展|组织)")
_OTHER_AREA = re.compile(
    r"片区|片(?!面)|组团|分院|分局|分厂|分公司|车间|校区|(?<![乡农])村(?!级|庄|民)|社区|小区|园区"
)
_HOLD_AT = re.compile(r"(?:控制在|保持在|稳定在|维持在|达到|达|仍然|仍|依然|还|虽然|虽)+$")
_RATE_END = re.compile(r"(?:率|比例|比重|占比)$")  # 药占比 is a rate too


def check_slipped_restatements(ctx: Context) -> Iterator[Finding]:
    """Flag the later of two figures of one thing whose digits differ by a slip."""
    figs = figures_of(ctx)
    flow = figs.ledger.flow
    own = _own_periods(figs)
    org = organisation(ctx.outline.title)
    seen: dict[tuple[str, str], list[tuple[Entry, str]]] = {}  # (unit family, period) → figures
    prev: Entry | None = None
    for e in figs.ledger.entries:
        before, prev = prev, e
        if remaining(flow, e) or union_before(flow, e):
            continue  # 还有26公里未硬化: what is left; 脱贫劳动力和监测对象214人: two groups together
        raw = _candidate_name(ctx, figs, e, before, org)
        if (raw is None and _plain(figs, e)) or (raw is not None and len(_FILLER.sub("", raw)) <= 2):
            # 全院850张开放床位长期…: a name met before
            raw = _known_after(flow, e, seen, in_closing(figs, e)) or raw
        name = _HOLD_AT.sub("", _FILLER.sub("", synonyms(raw))) if raw else ""
        if len(name) < 2 or raw.endswith(("和", "及", "与")):
            continue  # 在5260万元财政收入的组织和6840万元支出的审批中: no name ends in a joiner
        this_year = e.period in own or _THIS_YEAR.search(flow_clause(flow, e)) or plan_base(flow, e)
        period = "" if this_year else e.period
        key = (unit_family(e.number.dim), period)
        earlier = seen.get(key, ())
        if any(not differ(f, e) and f.sentence != e.sentence and _same_thing(fn, name) for f, fn in earlier):
            earlier = ()  # 1860批次 again after a slip to 1680: it restates the first, not the slip
        for first, first_name in earlier:
            if first.sentence == e.sentence or not differ(first, e):
                continue
            if first.growth != e.growth or _limit(flow, first) != _limit(flow, e):
                continue  # a limit (用水总量控制指标) is no restatement of what was used
            if not _pair(figs, first, first_name, e, name):
                continue
            if borne_out(figs, first, e, name):
                break  # the later one repeats a third: the odd one is the first, held against that third
            if not reported(
                ctx, (first, e), figures_conflict.check_conflicts, figures_restate.check_restated
            ):
                yield conflict_finding(ctx, first.number, e.number, raw)
            break
        kept = seen.setdefault(key, [])
        kept.append((e, name))
        if len(kept) > 2 * _KEEP:
            del kept[:-_KEEP]  # bounded: a long text stays linear; restatements lie within a report


def _candidate_name(ctx: Context, figs: Figures, e: Entry, before: Entry | None, org: str) -> str | None:
    """The name a figure is compared under, or None when it is not a level of the report's own."""
    flow = figs.ledger.flow
    if e.number.kind not in ("number", "percent"):
        return None
    if wider_scope(ctx.outline.title, flow[max(0, e.fstart - 16) : e.fstart]) or subset_before(flow, e):
        return None  # the county's figure in a town's report; 签约项目中仍有11个未开工: some of them
    if _plain(figs, e):
        # 全年受理的241件信访事项全部… → 受理信访事项; 一是全年完成的41个审计项目 → 完成审计项目
        raw = _name(flow, e, before, org)
        weak = raw is None or len(_FILLER.sub("", raw)) <= 2
        after = _named_after(flow, e) if e.named_after or weak else None
        return after or raw or _metric_name(e)
    if _growth_rate(flow, e) or _per_head(figs, e):
        raw = _metric_name(e)  # 工业总产值增幅 (同比增长8.6%), 农村居民人均可支配收入
        if raw and e.growth and "环比" in flow[max(0, e.fstart - 12) : e.fstart]:
            raw = raw + "环比"
        return raw
    return None


def _pair(figs: Figures, first: Entry, first_name: str, e: Entry, name: str) -> bool:
    """Whether two differing figures state one thing (see _same_pair), unless the draft itself shows
    them to be two (figures_pairs.distinct): asked only of pairs that pass the cheaper tests."""
    return _same_pair(figs, first, first_name, e, name) and not distinct(figs, first, e)


def _same_pair(figs: Figures, first: Entry, first_name: str, e: Entry, name: str) -> bool:
    """Whether two differing figures state one thing: a slip under a name said two ways, digits
    swapped under a close name, or any other value under one long, specific name."""
    rate = e.number.kind == "percent" and not e.growth
    # cheapest tests first: most pairs of a long draft fail on their digits
    slip = _slip(first.number, e.number)
    if slip and _same_thing(first_name, name, rate) and (first_name == name or one_section(figs, first, e)):
        return True
    close = first_name == name or (not rate and (first_name.endswith(name) or name.endswith(first_name)))
    if close and _swapped(first.number, e.number):
        return True  # 培训2,380人次 … 培训2,830人次: even a generic name
    # 三是乡村游接待游客56.2万人次 after 乡村旅游接待62.5万人次: the problems part restating the
    # review with its digits slipped needs only a word of the name in common
    if (
        slip
        and in_closing(figs, e)
        and not in_closing(figs, first)
        and _bigrams(first_name) & (_bigrams(name) | _bigrams(_noun_after(figs.ledger.flow, e)))
    ):
        return True
    flow = figs.ledger.flow
    if e.growth or any(_LATIN_BEFORE.search(flow, max(0, x.fstart - 16), x.fstart) for x in (first, e)):
        return False  # CT年检查量 / DR年检查量: the name that tells them apart is not in the words read
    # under two headings one name may count two programmes (安全培训班 of 安全生产 and of 食品安全);
    # the 存在问题 part, though, restates the review's own figures (二是全年发生的4起森林火灾…)
    same_heading = bisect_right(figs.sections, first.fstart) == bisect_right(figs.sections, e.fstart)
    if not (same_heading or in_closing(figs, e)):
        return False
    if rate:
        # 参保率96.8% … 三是参保率为95.6%: one rate restated among the problems, a few points apart;
        # under one heading two rates of one name may be of two things (热线办结率, 信访办结率)
        if not in_closing(figs, e) or same_heading:
            return False
        tail = _common_tail(first_name, name)
        short, long_ = sorted((first_name, name), key=len)
        # 县域就诊率 for 县域内就诊率: the shorter name is the longer one with a character left out
        return (
            len(tail) >= 3
            and (tail == short or (len(short) >= 4 and subsequence(short, long_)))
            and abs(first.number.value - e.number.value) <= 5
        )
    core = _LIGHT_VERB.sub("", name)
    # among the problems a short or common name (培训班) still restates the review's own figure, and
    # so do its words in another order (完成除险加固的9座小型病险水库 / 完成小型病险水库除险加固7座)
    closing = not same_heading and in_closing(figs, e)
    verbs = _LEAD_VERB.match(first_name), _LEAD_VERB.match(name)
    if verbs[0] and verbs[1] and verbs[0].group() != verbs[1].group():
        return False  # 排查信访积案 / 化解信访积案: two actions on one thing
    if closing and core != _LIGHT_VERB.sub("", first_name) and _shares_words(first_name, name):
        a, b = sorted((abs(first.number.value), abs(e.number.value)))
        return a > 0 and b / a <= 2.0
    if _LIGHT_VERB.sub("", first_name) != core:
        return False
    if len(core) < (3 if closing else 4) or (not closing and core in _GENERIC):
        return False
    if figures_conflict._GENERIC.search(core) and not _AVERAGE.search(core):
        return False  # 收入 alone may be of another whole; 人均纯收入 is one figure
    a, b = sorted((abs(first.number.value), abs(e.number.value)))
    return a > 0 and b / a <= 2.0


def _limit(flow: str, e: Entry) -> bool:
    """A target, task or limit named in the figure's own clause (控制指标1.48亿立方米)."""
    return e.target and TASK_WORDS.search(flow_clause(flow, e)) is not None


def _shares_words(a: str, b: str) -> bool:
    """The same characters in another order, or four characters in a row in common (统防统治)."""
    if len(a) >= 4 and set(a) == set(b):
        return True
    short, long_ = sorted((a, b), key=len)
    return any(short[i : i + 4] in long_ for i in range(len(short) - 3)) and not _GENERIC_TAIL.search(short)


def _noun_after(flow: str, e: Entry) -> str:
    """The noun right after a count (排查出的163条隐患中 → 隐患), or ""."""
    m = _NOUN_AFTER.match(flow, e.fend)
    return m.group(1) if m else ""


def _bigrams(name: str) -> set[str]:
    return {name[i : i + 2] for i in range(len(name) - 1)} - _STOCK_BIGRAMS


def _known_after(
    flow: str, e: Entry, seen: dict[tuple[str, str], list[tuple[Entry, str]]], closing: bool = False
) -> str | None:
    """A name of an earlier figure of the same unit that the words after this count begin with,
    whole or by its last characters (实际开放床位 for 850张开放床位)."""
    after = flow[e.fend : e.fend + 16].lstrip()
    dim = unit_family(e.number.dim)
    for (unit, _period), figures in seen.items():
        if unit != dim:
            continue
        for _first, name in reversed(figures):
            for k in range(len(name), 1 if closing else 2, -1):
                if after.startswith(name[-k:]) and name[-k:] not in _GENERIC:
                    return name  # among the problems two characters do (165名会员中 for 新联会会员),
                    # but not a bare 项目 or 企业 (3个项目因用地问题未开工 is not every 配套项目)
    return None


def _named_after(flow: str, e: Entry) -> str | None:
    """Verb before and noun after a figure named after it (受理的241件信访事项 → 受理信访事项)."""
    verb = _FILLER.sub("", flow_clause(flow, e)).removesuffix("的")
    m = _NOUN_AFTER.match(flow, e.fend)
    if not m or len(verb) > 6 or (not verb and len(m.group(1)) < 3):
        return None
    return verb + m.group(1)  # 全校168名教职工中 → 教职工: the noun alone when long enough


def _slip(x: Number, y: Number) -> bool:
    """Digits swapped (1276 / 1267, 3.2‰ / 2.3‰) or one digit changed in three or more (62.3% / 62.8%),
    compared at the finer of the two writings (1.26亿元 and 12,800万元 are 12600 and 12800)."""
    step = min(x.step, y.step) or 1.0
    dx, dy = str(round(abs(x.value) / step)), str(round(abs(y.value) / step))
    if len(dx) != len(dy) or len(dx) < 2 or dx == dy:
        return False
    if sorted(dx) == sorted(dy):
        return True
    return len(dx) >= 3 and sum(c != d for c, d in zip(dx, dy, strict=True)) == 1


def differ(a: Entry, b: Entry) -> bool:
    lo1, hi1 = a.number.bounds
    lo2, hi2 = b.number.bounds
    return hi2 < lo1 or lo2 > hi1


def _growth_rate(flow: str, e: Entry) -> bool:
    """A plain growth rate of a named level (同比增长8.6% after 工业总产值68.2亿元)."""
    return (
        e.growth
        and e.number.kind == "percent"
        and len(_GROWTH_TAIL.sub("", e.metric.removesuffix("增幅"))) >= 2
        and not (e.target or e.number.approx)
        and "其中" not in flow[max(0, e.fstart - 30) : e.fstart]
    )


def _per_head(figs: Figures, e: Entry) -> bool:
    """A per-head or average level (农村居民人均可支配收入16820元, 平均住院日7.8天), which the
    restatement rules leave out."""
    if e.number.kind != "number" or e.growth or e.compare or e.target or e.number.approx:
        return False
    clause = flow_clause(figs.ledger.flow, e)
    return (
        _AVERAGE.search(clause) is not None
        and not figs.in_plan(e.fstart)
        and not re.search(r"其中|增长|增加|提高|比|较|目标|力争", clause)
    )


def flow_clause(flow: str, e: Entry) -> str:
    floor = max(0, e.fstart - 30)
    return flow[last_of(flow, "，,。；;\n", floor, e.fstart) + 1 or floor : e.fstart]


def _swapped(x: Number, y: Number) -> bool:
    """Three or more digits in another order (2,380 / 2,830)."""
    step = min(x.step, y.step) or 1.0
    dx, dy = str(round(abs(x.value) / step)), str(round(abs(y.value) / step))
    return len(dx) >= 3 and dx != dy and sorted(dx) == sorted(dy)


def _common_tail(a: str, b: str) -> str:
    n = 0
    while n < min(len(a), len(b)) and a[-1 - n] == b[-1 - n]:
        n += 1
    return a[len(a) - n :]


def _metric_name(e: Entry) -> str | None:
    """The ledger's metric when the clause mixes in another figure (为583名农民工追回工资486万元);
    for a growth rate, the level's name with 增幅 (季度地区生产总值同比 → 地区生产总值增幅)."""
    metric = synonyms(e.metric)
    if e.growth and not metric.endswith("增幅"):
        metric = _GROWTH_TAIL.sub("", metric) + "增幅"
    m = _HAN_TAIL.search(metric)
    return m.group() if m and not e.named_after else None


def one_section(figs: Figures, a: Entry, b: Entry, counted: str = "", clause: bool = True) -> bool:
    """Under one heading, or the later one looking back on the whole (回顾全年): figures under two
    headings may count two areas or two lines of work (全镇农户 / 东片区农户). ``counted`` is what
    the figures count (社区): a heading naming it (（二）社区建设) is no other area. With ``clause``,
    an area word in the later figure's own clause (部分村组) counts too."""
    sa, sb = bisect_right(figs.sections, a.fstart), bisect_right(figs.sections, b.fstart)
    if sa == sb:
        return True
    flow = figs.ledger.flow
    if LOOK_BACK.search(flow, max(0, b.fstart - 40), b.fstart):
        return True
    # a heading of one line of work restates the report's own figures (二、强农惠农政策落实), but one
    # that names a part of the area (二、东片区) counts that part
    heading = flow[figs.sections[sb - 1] : flow.find("\n", figs.sections[sb - 1]) % (len(flow) + 1)]
    words = flow_clause(flow, b) if clause else ""
    if counted:
        heading, words = heading.replace(counted, ""), words.replace(counted, "")
    return not (_OTHER_AREA.search(heading[:30]) or _OTHER_AREA.search(words))


def _same_thing(a: str, b: str, rate: bool = False) -> bool:
    """Whether two cleaned names say one thing: equal, one inside the other with a qualifier that
    only renames it, an abbreviation, or the same words in another order. A rate matches by its
    whole name only (办结率 is not 信访事项办结率), and a bare generic word (投资, 资金) never."""
    if a == b:
        return not figures_conflict._GENERIC.fullmatch(a)
    short, long_ = sorted((a, b), key=len)
    if rate:
        # 优良天数比例 / 县城空气质量优良天数比例: one rate when four characters or more end both
        return len(_common_tail(short, long_)) >= 4 and bool(_RATE_END.search(short))
    if short in _GENERIC or figures_conflict._GENERIC.fullmatch(short):
        return False
    if short in long_:
        return not _SUBSCOPE.search(long_.replace(short, "", 1))
    if len(short) < 3 or not set(short) <= set(long_):
        return False
    extra = "".join(c for c in long_ if c not in set(short))
    if _SUBSCOPE.search(extra):
        return False
    return short[-1] == long_[-1] or len(short) * 2 >= len(long_)


CHECKS = (check_slipped_restatements,)
