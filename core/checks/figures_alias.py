# SPDX-License-Identifier: MIT
"""figure-conflict: one metric stated twice under names said two ways, with two values.

``全年新建农村公路48.5公里`` … ``农村公路新建53.2公里``; ``全年完成交通建设投资3.72亿元`` … ``全年交通
投资完成39,850万元``; ``旅游综合收入11.3亿元`` … ``旅游总收入12.6亿元中``. The other restatement
rules compare names as strings; this one compares them as sets of words (jieba, with the synonym
lexicon applied and filler words such as 全年, 完成, 达到 dropped), so word order does not matter
and one name may leave out a modifier the other has (建设, 各项, 综合). A modifier that makes a
part or another count (新增, 累计, 城镇, 受理, 工业 …) keeps two names apart, and so does a
modifier on each side (签约资金 / 到位资金). A single word matches only when it is specific
(进出口, not 投资).

Both figures must be plain levels of one unit family and period (not targets, changes, bounds);
a named part of a 其中 list counts only when the other says its very words. Their values must
differ beyond rounding and lie within half again of each other, since a figure restated with a
slip of the pen is rarely far off, while two different things often are.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .. import segment
from ..ledger import Entry
from ..model import Finding
from . import figures_conflict, figures_restate, figures_slips, figures_swaps
from .base import Context
from .figures_common import (
    Figures,
    conflict_finding,
    figures_of,
    in_closing,
    joint_groups,
    last_of,
    organisation,
    plan_base,
    reported,
    since_break,
    subset_before,
    unit_family,
    wider_scope,
)
from .figures_pairs import borne_out, distinct

CATEGORY = "figure-conflict"
_MU = 10000 / 15  # square metres in one 亩
# words that name no metric: time, the reporting body, verbs of doing, amounts
_FILLER_WORDS = (
    "全年 今年 上半年 下半年 年末 年底 年初 截至 目前 当年 本年 年度 全县 全镇 全乡 全区 全市 全院 全校 "
    "全省 全系统 全社会 我局 我院 我校 我镇 我县 我们 全部 完成 实现 达到 达 共计 合计 总计 共 已经 已 "
    "开展 组织 进行 有效 各类 各项 各种 累计完成 总额 总量 总数 数量 人数 人次 规模 一批 通过 依托 "
    "围绕 全面 持续 进一步 稳定 保持 提高 同时 主要 基础 基础上 之间 以来 方面 工作 情况 综合 协议 园区 "
    "新区 开发区 高新区 集团 公司 全街道 本局 本院 本级 落实 只有 仅有 仍有 还有 虽然 全村 全社区 现有"
)
_FILLER = frozenset(_FILLER_WORDS.split(" "))
# modifiers that make a part or another count of a thing: two names that differ by one are two metrics
_CONTRAST = re.compile(
    r"新增|累计|新建|续建|在建|竣工|开工|签约|到位|受理|办结|化解|排查|立案|结案|审结|调处|整改|发现|"
    r"出口|进口|省外|市外|县外|境外|外资|内资|民间|政府|国有|工业|农业|服务业|一般|重大|较大|"
    r"城镇|农村|城乡|城区|居民|职工|男|女|学生|儿童|老年|妇女|困难|贫困|低保|特困|残疾|"
    r"其中|其他|其余|部分|个人|单位|企业|项目|村|社区|门诊|住院|线上|线下|网上|网下|现场|省级|市级|县级|国家级|"
    r"一级|二级|三级|高级|初级|中级|公办|民办|专任|专职|兼职|男性|女性|户籍|常住|流动|"
    r"惠及|受益|带动|覆盖|帮扶|救助|资助|慰问|"  # those reached are some of the group
    r"应(?=[参缴收征纳付保到])"  # 应参保人数 is whom the scheme should reach, not who joined
)
_GENERIC_WORDS = "投资 资金 收入 金额 支出 项目 企业 人员 群众 面积 产值 服务 活动 补贴 培训"
_GENERIC = frozenset(_GENERIC_WORDS.split(" "))
_RATIO = 1.5  # at most half again apart
# a heading over the report's key figures listed again (主要指标完成情况, 附表)
_INDICATORS = re.compile(r"指标|一览|附表|附件|主要数据")
# the noun a count is of, up to a word that starts what is said of it (9座病险水库仍缺少…)
_NOUN_AFTER = re.compile(
    r"(?:[0-9.]+[A-Za-z\u4e00-\u9fff]{0,2})?[\u4e00-\u9fff]{1,8}?"
    r"(?=全部|均|都|已|仍|还|在|中|的|和|及|与|后|得到|实现|开展|进行|实施|[^0-9A-Za-z\u4e00-\u9fff]|$)"
)
_SHORT_NOUN = re.compile(r"(?:[0-9.]+[A-Za-z\u4e00-\u9fff]{0,2})?[\u4e00-\u9fff]{1,4}")
_MEASURES = frozenset(
    ("money", "usd", "eur", "area", "mu", "length", "weight", "volume", "power", "energy", "percent")
)
_REACHED = re.compile(r"(?:发展|增加|扩大|提高|提升|增长|上升)(?:到|至)$")
_SERVED = re.compile(r"(?:为|给|向)$")
_DIGIT = re.compile(r"[0-9０-９]")
_BRACKETS = re.compile(r"[（(][^）)]{0,6}[）)]")
_TAKES_OBJECT = frozenset(("完成", "实现", "开展", "组织", "进行", "累计完成"))
# words that only restate the unit: 面积 of 公顷, 人员 of 人
_UNIT_WORDS = {
    "area": ("面积",),
    "人": ("人数", "人员", "对象"),
    "户": ("户数",),
    "起": ("起数",),
    "件": ("件数",),
    "人次": ("人次",),
}


def check_aliases(ctx: Context) -> Iterator[Finding]:
    """Flag the later of two differing values of one metric named with the same words."""
    figs = figures_of(ctx)
    flow = figs.ledger.flow
    own = figures_restate._own_periods(figs)
    org = organisation(ctx.outline.title)
    # the report's own field (残疾人康复 of a 残疾人康复工作总结) sets no group apart within it
    field = frozenset(
        p for w in figures_swaps.cut_words(ctx.outline.title) for p in segment.parts(w) if len(p) >= 2
    )
    seen: dict[tuple[str, str], list[tuple[Entry, frozenset[str], bool]]] = {}
    for e in figs.ledger.entries:
        kind = _candidate(ctx, figs, e)
        if kind is None or joint_groups(flow, e):
            continue  # 引进博士、硕士研究生26名: two groups together (figures_restate holds it to itself)
        # 林场专技人员 in a 林场's report: the body's own head noun names no metric (its field,
        # 交通 of a 交通运输局, still does)
        words = frozenset(w for w in _name_words(flow, e) if not (org and org.endswith(w.lstrip("@"))))
        if not words or (len(words) == 1 and _after_another(figs, e)):
            continue  # 小麦…21.6万亩，总产11.06万吨: a one-word name borrows its subject from the sentence
        part = kind == "part"
        period = "" if e.period in own or plan_base(flow, e) else e.period
        key = (_family(e), period)
        earlier = seen.get(key, ())
        if any(not _differ(f, e) and fw == words for f, fw, _ in earlier):
            earlier = ()  # the same value said before under the same words: this one restates it
        for first, first_words, first_part in reversed(earlier):
            if first.sentence == e.sentence or not _apart(first, e):
                continue
            if (first_part or part) and (first_words != words or len(words) < 2):
                continue  # a part of a list (其中经济责任审计24项) is restated by its whole name only
            if not _same_metric(first_words, words, field):
                continue
            if _with_and(flow, first) != _with_and(flow, e):
                continue  # 发放慰问金和物资12.3万元 / 发放慰问金17.6万元: two things against one
            if not _one_whole(ctx, figs, first, e) or distinct(figs, first, e):
                continue
            if borne_out(figs, first, e, "".join(w.lstrip("@") for w in first_words & words)):
                break  # the later one repeats a third: the odd one is the first, held against that third
            if not reported(ctx, (first, e), *_EARLIER_RULES):
                yield conflict_finding(ctx, first.number, e.number, _shown(flow, e, first_words & words))
            break
        kept = seen.setdefault(key, [])
        kept.append((e, words, part))
        if len(kept) > 400:
            del kept[:-200]  # bounded: a long text stays linear


_AND = re.compile(r"[\u4e00-\u9fff]{2,}和(?![平谐美睦])[\u4e00-\u9fff]{2,}$")


def _with_and(flow: str, e: Entry) -> bool:
    """Two things joined by 和 in the name (慰问金和物资); 与 and 及 are left alone, since they
    join the words of many one-thing names (研究与试验发展经费)."""
    return bool(_AND.search(since_break(flow, e.fstart, 24, "，,。；;：:、\n")))


def _after_another(figs: Figures, e: Entry) -> bool:
    """Whether an earlier figure stands in the same sentence."""
    return any(x.fend <= e.fstart for x in figs.by_sentence[e.sentence])


def _one_whole(ctx: Context, figs: Figures, first: Entry, e: Entry) -> bool:
    """Under one heading (or the first before any), looking back on the whole, among the
    problems, or in a part that lists the key figures again (三、主要指标): under two headings of
    two lines of work one name may count two programmes (培训农民 of 人才培育 and of 产业帮扶)."""
    return (
        figures_restate.whole(figs, first, e)
        or in_closing(figs, e)
        or _INDICATORS.search(_part_heading(ctx, e)) is not None
    )


def _part_heading(ctx: Context, e: Entry) -> str:
    """The text of the top-level heading (一、二、…) the figure stands under, or ""."""
    top = [h for h in ctx.outline.headings if h.level == 1 and h.start <= e.number.start]
    return top[-1].heading if top else ""


def _candidate(ctx: Context, figs: Figures, e: Entry) -> str | None:
    """ "level" for a plain level of the report's own, "part" for a named part of a 其中 list, else None."""
    n = e.number
    if n.kind != "number" or not n.dim or n.value <= 0:
        return None
    flow = figs.ledger.flow
    if wider_scope(ctx.outline.title, flow[max(0, e.fstart - 16) : e.fstart]):
        return None
    if subset_before(flow, e):
        return None  # 发生的7起事故中有5起: a subset of the set just named
    if e.named_after and _SERVED.search(flow, max(0, e.fstart - 2), e.fstart):
        return None  # 为1.02万名残疾人提供康复服务 counts those served, not every 残疾人
    if figures_restate._AREA_UNITS.match(flow, e.fend):
        return None  # 辖14个行政村 … 在全镇12个行政村推广: sets of an area are figures_sets' to judge
    if figures_restate._plain(figs, e):
        return "level"
    if e.target or e.growth or e.compare or n.approx or flow.startswith(("以上", "以下", "左右"), e.fend):
        return None
    s_start = figs.ledger.sentences[e.sentence][0]
    return "part" if "其中" in flow[max(s_start, e.fstart - 30) : e.fstart] else None


def _family(e: Entry) -> str:
    dim = e.number.dim
    return "area" if dim == "mu" else unit_family(dim)


def _value(e: Entry) -> tuple[float, float]:
    lo, hi = e.number.bounds
    return (lo * _MU, hi * _MU) if e.number.dim == "mu" else (lo, hi)


def _apart(a: Entry, b: Entry) -> bool:
    """Beyond rounding, and within half again of each other."""
    lo1, hi1 = _value(a)
    lo2, hi2 = _value(b)
    if not (hi2 < lo1 or lo2 > hi1):
        return False
    x, y = sorted((abs(lo1 + hi1), abs(lo2 + hi2)))
    return x > 0 and y / x <= _RATIO


def _differ(a: Entry, b: Entry) -> bool:
    lo1, hi1 = _value(a)
    lo2, hi2 = _value(b)
    return hi2 < lo1 or lo2 > hi1


def _name_words(flow: str, e: Entry) -> frozenset[str]:
    """The words that name a figure, long words cut into their parts (一般公共预算收入 → 一般,
    公共, 预算, 收入): those of its list item and the noun it counts (改扩建的6所学校); of its
    clause, and the label before a colon (经济责任审计：完成26项), when these name too little."""
    floor = max(0, e.fstart - 40)
    clause = last_of(flow, "，。；;：:\n", floor, e.fstart) + 1 or floor
    item = last_of(flow, "，。；;：:、\n", floor, e.fstart) + 1 or floor
    digit = last_of(flow, "0123456789", item, e.fstart)
    joined = max(flow.rfind(j, max(item, digit), e.fstart) for j in "和及与") if digit >= 0 else -1
    if joined >= 0:
        item = clause = joined + 1  # 在5260万元财政收入的组织和6840万元支出…: the words after 和 are its own
    # 茶园面积发展到1260亩: the verb that brings the figure in names nothing
    words = _atoms(figures_swaps.cut_words(_REACHED.sub("", flow[item : e.fstart])), e) | _counted(flow, e)
    if len(words) < 2 and not _DIGIT.search(flow, clause, item):
        # (not past an item with its own figure: 收入58.4亿元、支出51.2亿元 — 支出 is all the name there is)
        words |= _atoms(figures_swaps.cut_words(flow[clause : e.fstart]), e)
    if len(words) < 2 and flow[clause - 1 : clause] in ("：", ":"):
        label = last_of(flow, "，。；;\n", max(0, clause - 30), clause - 1) + 1 or max(0, clause - 30)
        words |= _atoms(figures_swaps.cut_words(flow[label : clause - 1]), e)
    return frozenset(words - {"其中"})


def _counted(flow: str, e: Entry) -> set[str]:
    """The noun right after a count (9座病险水库, 4座110千伏变电站), up to what is said of it."""
    if e.number.dim in _MEASURES and not plan_base(flow, e):
        return set()  # 13.6万亩茶园的基础上: the noun names a measure when it is a plan's base
    after = _BRACKETS.sub("", flow[e.fend : e.fend + 24])
    m = _NOUN_AFTER.match(after) or _SHORT_NOUN.match(after)
    return _atoms(figures_swaps.cut_words(m.group()), e) if m else set()


def _joined(words: list[str]) -> list[str]:
    """A word the dictionary lacks comes cut into single characters (洗砂点 → 洗 砂 点): a run of
    three or more, function characters aside, is taken as one word; shorter runs are dropped as
    single characters always were."""
    out: list[str] = []
    run = ""
    for w in [*words, ""]:
        if len(w) == 1 and w not in _FUNCTION_CHARS:
            run += w
            continue
        if len(run) >= 3:
            out.append(run)  # two characters are as often a modifier (老旧) as a word
        run = ""
        if w:
            out.append(w)
    return out


_FUNCTION_CHARS = frozenset("的了在和与及对已为将等把被中共各全每年月日个是有从向由至到并或也都还仍均应")


def _atoms(words: list[str], e: Entry) -> set[str]:
    """The parts of the content words; a word that is the subject of a verb with an object
    (城关 in 城关完成造林) is marked ``@`` so that it only matches the same subject."""
    words = _joined(words)
    unit_words = _UNIT_WORDS.get(_family(e), ())
    subject_end = _subject_end(words)
    out = set()
    for i, word in enumerate(words):
        if word in _FILLER:
            continue  # 上半年 is no 上半 and 半年
        if word == "应" and i + 1 < len(words):
            out.add("应" + words[i + 1])  # 应参保: whom the scheme should reach, a modifier of its own
        for w in segment.parts(word):
            w = "资金" if w in ("金", "资金") else w
            if len(w) >= 2 and w not in _FILLER and w not in unit_words:
                out.add("@" + w if i < subject_end else w)
    return out


def _subject_end(words: list[str]) -> int:
    """Where the subject ends: at a verb that takes an object with content words on both sides."""
    content = [i for i, w in enumerate(words) if w not in _FILLER and len(w) >= 2]
    for i, w in enumerate(words):
        if w in _TAKES_OBJECT and content and content[0] < i < content[-1]:
            return i
    return 0


def _same_metric(a: frozenset[str], b: frozenset[str], field: frozenset[str] = frozenset()) -> bool:
    """Equal word sets, or one inside the other with only harmless modifiers left over (a word of
    the report's own field among them)."""
    short, long_ = sorted((a, b), key=len)
    if not short <= long_:
        return False
    extra = long_ - short
    if len(short) == 1:
        # one word names a metric when it is specific (进出口, 出口), with one modifier at most
        [word] = short
        if word in _GENERIC or (len(word) < 3 and len(extra) > 1):
            return False
    if not extra:
        return not short <= _GENERIC
    return len(extra) <= 2 and not any(w[0] == "@" or (_CONTRAST.search(w) and w not in field) for w in extra)


def _shown(flow: str, e: Entry, common: frozenset[str]) -> str:
    """The shared words in the later figure's order, for the message (农村公路新建)."""
    shown = [w for w in figures_swaps.context_words(flow, e) if set(segment.parts(w)) & common]
    return "".join(shown) or "".join(sorted(common))


# the rules whose finding on a pair stands (they run before this one)
_EARLIER_RULES = (
    figures_conflict.check_conflicts,
    figures_restate.check_restated,
    figures_slips.check_slipped_restatements,
    figures_swaps.check_swapped_digits,
)

CHECKS = (check_aliases,)
