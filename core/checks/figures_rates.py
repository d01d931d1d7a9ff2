# SPDX-License-Identifier: MIT
"""figure-mismatch: a rate that is not its part over its whole (`受理52件，办结49件，办结率P%`).

The part is the figure the rate's stem names (办结, 结案, 参保 … with their synonyms), the whole
the larger figure of its unit before it (or after it, as 按常住人口…计算 or in brackets after
the rate). A rate over days (优良天数328天，优良率89.9%) is taken of the days the report covers.
Readings that fit as well (another whole of the passage, the 户 beside the 人) keep it silent.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from functools import cache
from itertools import pairwise

from ..ledger import Entry
from ..model import Finding
from ..numbers import Number, share_holds, suggest_percent
from .base import Context
from .figures_common import Figures, figures_of, last_of
from .figures_math import clause_text, paragraph_before, same_family

CATEGORY = "figure-mismatch"

_RATE_LIKE = re.compile(r"(?:密度|比例|覆盖面)(?:达到?|为)?\s*$")
_WHOLE_MARK = re.compile(
    r"共|受理|总|立案|发案|排查|抽检|抽样|抽查|检查|接到|收到|登记|摸排|应|报名|参考|适龄"
)
_RATE = re.compile(
    r"([\u4e00-\u9fff]{1,8}?)(?:率|比例|比率|密度)\s*(?:为|达到?|是|约|已达|提高到|提升至|提升到|达到了)?\s*$"
)
_RATE_SKIP = re.compile(r"增长|增|降|失业|出生|死亡|发生|利用|贡献|转化|周转|收益|税|费|利|汇|频|速|概|比")
# the whole after the part: 按常住人口28.7万人计算, or in brackets after the rate (（全区户籍人口42.6万人）)
_BASE_AFTER_PART = re.compile(r"(?:按|以)[^，,。；;\d]{0,6}$|[%％][（(][^，,。；;\d（）()]{0,12}$")
_FULL_STOP = re.compile(r"[。！？!?\n]")
_WHOLE_AFTER = re.compile(r"总数|总量|总人数|适龄")  # 签约8.62万人，重点人群总数10.16万人，签约率…
_ITEM_BREAK = re.compile(r"[，,。；;、\n]")  # a heading above (（二）打击破案工作) names no figure
_RATE_BASES = {"审减": "送审", "审增": "送审"}  # rates with a set base, not the nearest larger figure
_RATE_SYNONYMS = {
    "破案": ("破案", "破获", "侦破"),
    "结案": ("结案", "审结", "办结", "结"),
    "办结": ("办结", "办理", "答复", "结"),
    "化解": ("化解", "调处", "解决"),
    "调解成功": ("调解成功", "成功调解", "调解"),
    "合格": ("合格",),
    "达标": ("达标", "合格", "规范"),
    "覆盖": ("覆盖", "实现", "通"),
    "参保": ("参保",),
    "入学": ("入学", "在校", "在园"),  # 毛入学率 is of those in school
    "完成": ("完成",),
    "签约": ("签约", "签订"),
    "调撤": ("调解撤诉", "调撤", "撤诉"),
    "满意": ("满意",),
    "整改": ("整改",),
    "销号": ("销号",),
    "及时": ("及时", "按时", "准时", "按期"),  # 按时报送3084份，及时率98.8%
}
_LISTED_BEFORE = re.compile(r"(?:以上|上述|这)$")
_NEGATED = re.compile(r"[不未][\u4e00-\u9fff]{1,3}$")
_REDUCTION = re.compile(r"(?:压减|削减|缩减|精简|压降|减少|清退)$")
_DUE = re.compile(r"(?<![供响相对适反效回])应([\u4e00-\u9fff])")
_ON_TIME = re.compile(r"按时|及时|准时|按期|如期")
_MONTHS = re.compile(r"([0-9]{1,2})(?:-([0-9]{1,2}))?月")
_HALVES = {"上半年": (1, 6), "下半年": (7, 12)}


def check_rate(ctx: Context) -> Iterator[Finding]:
    """`受理52件，办结49件，办结率P%`: the rate must be the named part over the whole."""
    figs = figures_of(ctx)
    flow = figs.ledger.flow
    for si, entries in enumerate(figs.by_sentence):
        for i, p in enumerate(entries):
            if p.number.kind != "percent" or p.number.approx:
                continue  # 甲级病历率达到95%以上 states a standard met, not a computed rate
            s_start = figs.ledger.sentences[si][0]
            lead = flow[max(s_start, entries[i - 1].fend if i else s_start) : p.fstart]
            m = _RATE.search(lead)
            if not m:
                continue
            stem = m.group(1)
            if _RATE_SKIP.search(stem[-2:]) or _REDUCTION.search(stem):
                continue  # 由58家压减至9家，压减率84.5%: what was cut, not what is left
            # the whole in this sentence or the one before, else up to three sentences back
            # (受理信访事项642件…。其中来信…。共办结598件，办结率…)
            pair, prev, before = _pair_within(figs, si, i, stem, 1)
            if pair is None:
                pair, prev, before = _pair_within(figs, si, i, stem, 3)
            if pair is not None and _listed_item(flow, pair[0]):
                continue  # 调解结案58件、仲裁裁决33件…结案率: the rate may be of the items together
            if pair is not None and flow.startswith("/", pair[0].fend):
                continue  # 单产9.45吨/公顷 is a yield per unit, no count of a rate
            if pair is not None and _disjoint(pair[0].period, pair[1].period):
                continue  # 1—5月办结3410件，6月办结510件: two stretches of time, no part and its whole
            if (
                pair is not None
                and _ON_TIME.search(stem)
                and not _ON_TIME.search(clause_text(flow, pair[0]))
                and not _WHOLE_MARK.search(clause_text(flow, pair[1]))
            ):
                continue  # 归集信息12.8万条，公示3460条，按时公示率100%: those on time are not stated
            if pair is not None:
                num, den = pair
                others = _other_bases(flow, before, num, den)
                base = next((v for k, v in _RATE_BASES.items() if stem.endswith(k)), "")
                if base:
                    others = [d for d in others if base in clause_text(flow, d)]
                if any(share_holds(num.number, d.number, p.number) for d in others):
                    continue
                if _rest_fits(flow, entries, num, den, p):
                    continue  # 其中静默认证2870人，其余390人…协助完成认证，认证率100%: the rest counts too
                if _paired_counts_fit(flow, prev + entries, num, den, p):
                    continue  # 对象1286户4012人，已消除860户2731人，消除率66.9%: of the 户
                yield from _compare_rate(ctx, num.number, den.number, p.number, stem)
            elif (
                before
                and before[-1].number.dim == "天"
                and stem in flow[before[-1].fstart - 8 : before[-1].fstart]
            ):
                yield from _days_rate(ctx, figs, before[-1].number, p.number, stem)
            elif stem.endswith("合格") and not _NEGATED.search(stem):
                yield from _passed_by_failures(ctx, flow, before, p, stem)


def _passed_by_failures(
    ctx: Context, flow: str, before: list[Entry], p: Entry, stem: str
) -> Iterator[Finding]:
    """`抽检2680批次，不合格161批次，合格率P%`: with no count of those that passed, the rate is the
    whole less those that failed, over the whole."""
    pair = _rate_pair(flow, before, "不合格")
    if pair is None or not pair[0].number.exact or not pair[1].number.exact:
        return
    bad, whole = pair
    passed = replace(
        whole.number,
        value=whole.number.value - bad.number.value,
        text=f"（{whole.number.text.strip()}-{bad.number.text.strip()}）",
    )
    yield from _compare_rate(ctx, passed, whole.number, p.number, stem)


def _pair_within(
    figs: Figures, si: int, i: int, stem: str, sentences: int
) -> tuple[tuple[Entry, Entry] | None, list[Entry], list[Entry]]:
    """(part, whole) of rate ``i`` of sentence ``si`` among the figures of up to ``sentences``
    sentences before it in its paragraph, with those earlier figures and all the figures read."""
    flow = figs.ledger.flow
    entries = figs.by_sentence[si]
    p = entries[i]
    prev = paragraph_before(figs, si, sentences)
    before = (prev + entries[:i])[-16:] + _bracketed_after(flow, entries, i)
    pair = _rate_pair(flow, before, stem)
    if (
        pair is not None
        and pair[1] in prev
        and not _WHOLE_MARK.search(clause_text(flow, pair[1]))
        and not (_rated_whole(figs, pair[1]) and not _FULL_STOP.search(flow, pair[1].fend, p.fstart))
    ):
        # a whole from a sentence before must say it is one (受理, 共, 排查 …), or have a rate of its own
        # in a clause before a ；
        pair = None
    if pair is not None and _rated_between(flow, prev + entries, pair, p):
        pair = None  # 结案率97.6%；热线按时办结率99.1%: that pair already has its own rate
    if pair is None:
        pair = _due_done_pair(flow, before, stem)
        if pair is not None and _rated_between(flow, prev + entries, pair, p):
            pair = None  # 应免14.5万头，实际13.9万头，免疫密度97.6%，建档率100%
    return pair, prev, before


def _rest_fits(flow: str, entries: list[Entry], num: Entry, den: Entry, p: Entry) -> bool:
    """Whether the part with the rest said after it (其余390人…) makes the rate."""
    for x in entries:
        if num.fend < x.fstart < p.fstart and re.search(
            r"(?:其余|其他|另有|另)\s*$", flow[max(0, x.fstart - 3) : x.fstart]
        ):
            both = replace(num.number, value=num.number.value + x.number.value)
            return share_holds(both, den.number, p.number)
    return False


def _rated_whole(figs: Figures, whole: Entry) -> bool:
    """Whether another rate of its sentence is taken of ``whole`` (测试1,846人，合格1,702人，合格率92.2%；
    优秀412人，优秀率…): the sentence shows it to be the whole of its rates."""
    entries = figs.by_sentence[whole.sentence]
    return any(
        x.number.kind == "number"
        and y.number.kind == "percent"
        and share_holds(x.number, whole.number, y.number)
        for x, y in pairwise(entries)
        if x.fstart > whole.fend
    )


def _paired_counts_fit(flow: str, entries: list[Entry], num: Entry, den: Entry, p: Entry) -> bool:
    """Whether the rate holds of the counts written right before the pair (860户2731人 of
    1286户4012人): two counts of one group, either of which the rate may be of."""
    mates = []
    for x in (num, den):
        k = next((j for j, e in enumerate(entries) if e is x), -1)
        prior = entries[k - 1] if k > 0 else None
        if prior is None or prior.number.kind != "number" or flow[prior.fend : x.fstart].strip():
            return False
        mates.append(prior)
    return share_holds(mates[0].number, mates[1].number, p.number)


def _bracketed_after(flow: str, entries: list[Entry], i: int) -> list[Entry]:
    """The figure in brackets right after rate ``i`` (参保率97.3%（全区户籍人口42.6万人）): its whole."""
    if i + 1 >= len(entries):
        return []
    w = entries[i + 1]
    inside = _BASE_AFTER_PART.search(flow, max(0, w.fstart - 14), w.fstart)
    closed = flow[w.fend : w.fend + 1] in ("）", ")")
    if not (inside and inside.group().startswith(("%", "％")) and closed):
        return []
    return (
        [] if re.search(r"其中|含|包括|上年|去年|同期", inside.group()) else [w]
    )  # a part or a base, no whole


def _months(period: str) -> tuple[int, int] | None:
    m = _MONTHS.fullmatch(period)
    if m:
        return int(m.group(1)), int(m.group(2) or m.group(1))
    return _HALVES.get(period)


def _disjoint(a: str, b: str) -> bool:
    """Whether two period qualifiers name months that do not overlap (1-5月 and 6月); a task of the
    whole year and what the half year did are a part and its whole."""
    ma, mb = _months(a), _months(b)
    return ma is not None and mb is not None and (ma[1] < mb[0] or mb[1] < ma[0])


def _listed_item(flow: str, e: Entry) -> bool:
    """Whether a figure is an item of a 、 list of figures (调解结案58件、仲裁裁决33件)."""
    after = flow[e.fend : e.fend + 1] == "、"
    floor = max(0, e.fstart - 16)
    start = max(last_of(flow, "，,。；;\n", floor, e.fstart) + 1, floor)
    return after or "、" in flow[start : e.fstart]


def _rated_between(flow: str, entries: list[Entry], pair: tuple[Entry, Entry], p: Entry) -> bool:
    """Whether a rate stands between the pair and ``p``.

    A rate is computed from its own thing only: once 受理4.93万件，结案4.81万件 has its 结案率, a
    later rate of another named thing (12345热线按时办结率) is not theirs, so it is left alone.
    """
    num, den = pair
    last = max(num.fend, den.fend)
    for e in entries:
        if (
            last <= e.fstart < p.fstart
            and e.number.kind == "percent"
            and not e.growth
            and (
                _RATE.search(flow, max(0, e.fstart - 12), e.fstart)
                or _RATE_LIKE.search(flow, max(0, e.fstart - 8), e.fstart)  # 免疫密度达到97.6%
            )
        ):
            return True
    return False


def _due_done_pair(flow: str, before: list[Entry], stem: str) -> tuple[Entry, Entry] | None:
    """`应检46,800户，已检43,250户，安检率P%`: the due (应X) whole and the done (已X/实X) part of
    one action."""
    dens = [(e, m.group(1)) for e in before for m in [_DUE.search(clause_text(flow, e))] if m]
    for den, act in reversed(dens):
        if act not in stem:
            continue
        for e in before:
            if (
                e.fstart > den.fend
                and e.number.kind == "number"
                and same_family(e.number.dim, den.number.dim)
                and re.search(rf"(?:已|实际?){act}", clause_text(flow, e))
                and e.number.value <= den.number.value
            ):
                return e, den
    return None


def _days_rate(ctx: Context, figs: Figures, days: Number, p: Number, stem: str) -> Iterator[Finding]:
    """`优良天数328天，优良率89.9%`: the whole is the number of days the report covers."""
    info = figs.title
    if info.review_year is None and info.last_month is None:
        return  # a special report may cover any stretch of days
    span = {None: (365, 366), 6: (181, 182), 9: (273, 274), 3: (90, 91)}.get(info.last_month, (0, 0))
    if not span[0]:
        return
    if info.review_year is not None:
        leap = info.review_year % 4 == 0 and (info.review_year % 100 != 0 or info.review_year % 400 == 0)
        span = (span[1], span[1]) if leap else (span[0], span[0])
    lo, hi = days.value / span[1] * 100, days.value / span[0] * 100
    plo, phi = p.bounds
    if phi < lo or plo > hi:
        value = days.value / span[0] * 100
        yield ctx.finding(
            "figures.rate",
            CATEGORY,
            "error",
            f"{stem}率算得不对：{days.text.strip()}÷{span[0]}天＝{value:.2f}%，文中写的是{p.text.strip()}。",
            p.start,
            p.end,
            suggest_percent(value, p),
        )


@cache
def _not_counted(word: str) -> re.Pattern[str]:
    return re.compile(f"(?:不|未|责令|要求|应|需){word}")


def _rate_pair(flow: str, before: list[Entry], stem: str) -> tuple[Entry, Entry] | None:
    """The numerator (the figure the rate's stem names) and the whole it is taken of."""
    negated = _NEGATED.search(stem)  # 不合格率 counts the 不合格 ones
    words = (
        (negated.group(),)
        if negated
        else next((v for k, v in _RATE_SYNONYMS.items() if stem.endswith(k)), (stem[-4:], stem[-2:]))
    )
    if len(stem) >= 4 and stem.endswith("完成") and not negated:
        words = (stem[-4:-2], *words)  # 整改完成率: of what was 整改, before any other 完成
    for word in words:
        for j in range(len(before) - 1, -1, -1):
            e = before[j]
            if e.number.kind != "number" or not e.number.dim or e.growth:
                continue
            if _LISTED_BEFORE.search(flow, max(0, e.fstart - 2), e.fstart):
                continue  # 上述四个部门已完成整改: the bodies just named, no count of the rate
            # the words of the figure's own item: 调解结案58件、仲裁裁决33件 are two items
            around = _item_words(flow, before, j)
            if word not in around or (not negated and _not_counted(word).search(around)):
                continue  # 不合格 is not counted by a 合格率; 责令整改46家 is the whole of a 整改率
            if "后" in stem and not _word_right_before(flow, e, word):
                continue  # 培训后就业率: of those who found work (实现就业…), not of a 就业技能培训 count
            base = next((v for k, v in _RATE_BASES.items() if stem.endswith(k)), "")
            after = range(j + 1, len(before))
            # a whole after the part that says it is one comes first (…8.62万人，重点人群总数10.16万人)
            marked = [k for k in after if _WHOLE_AFTER.search(clause_text(flow, before[k]))]
            for k in marked + list(range(j - 1, -1, -1)) + list(after):
                d = before[k]
                lead = _lead(flow, d)
                both = word in lead and not (_DUE.search(lead) or "共" in lead)
                if k == j - 1 and d.number.dim == e.number.dim and both:
                    return None  # 调解结案126件，仲裁结案52件，结案率…: the rate may be of the two together
                if base and base not in clause_text(flow, d):
                    continue  # 审减率 is taken of what was sent in (送审), not of what was approved
                if (
                    d.number.kind == "number"
                    and not (d.compare or d.growth)  # 比上年的2,056件 is last year's, not the whole
                    and same_family(d.number.dim, e.number.dim)
                    and d.number.value >= e.number.value
                    and (
                        k < j
                        or _BASE_AFTER_PART.search(flow, max(0, d.fstart - 8), d.fstart)
                        or _WHOLE_AFTER.search(clause_text(flow, d))
                    )
                ):
                    return e, d  # the whole is before the part, or after it as 按常住人口28.7万人计算
            if word != words[-1]:
                break  # 列入定期检验的设备共1782台: the full name found the whole, its last word the part
            return None
    return None


def _lead(flow: str, e: Entry) -> str:
    """The words of a figure's own item before it (仲裁结案 of ，仲裁结案52件)."""
    return _ITEM_BREAK.split(flow[max(0, e.fstart - 16) : e.fstart])[-1]


def _word_right_before(flow: str, e: Entry, word: str) -> bool:
    """Whether ``word`` names the figure right before it (实现就业3628人, 就业人数为…)."""
    return re.search(re.escape(word) + r"(?:了|的|人数|人员)?(?:为|达到?)?\s*$", _lead(flow, e)) is not None


def _item_words(flow: str, before: list[Entry], j: int) -> str:
    """The words of figure ``j``'s own item, before and after it: 调解结案58件、仲裁裁决33件 are two."""
    e = before[j]
    nxt = before[j + 1].fstart if j + 1 < len(before) else len(flow)
    return (
        _ITEM_BREAK.split(flow[max(0, e.fstart - 16) : e.fstart])[-1]
        + _ITEM_BREAK.split(flow[e.fend : min(nxt, e.fend + 12)])[0]
    )


def _other_bases(flow: str, before: list[Entry], num: Entry, den: Entry) -> list[Entry]:
    """Other wholes the rate may be taken of (预算金额 or 实际金额 for a 节约率): an ambiguous base
    stays silent."""
    return [
        d
        for d in before
        if d is not den
        and d is not num
        and d.fend <= num.fstart
        and d.number.kind == "number"
        and same_family(d.number.dim, num.number.dim)
        and d.number.value >= num.number.value
        and not d.growth
    ]


def _compare_rate(ctx: Context, num: Number, den: Number, p: Number, stem: str) -> Iterator[Finding]:
    if den.bounds[0] <= 0:
        return
    if not share_holds(num, den, p):
        value = num.value / den.value * 100
        yield ctx.finding(
            "figures.rate",
            CATEGORY,
            "error",
            f"{stem}率算得不对：{num.text.strip()}÷{den.text.strip()}＝{value:.2f}%，文中写的是{p.text.strip()}。",
            p.start,
            p.end,
            suggest_percent(value, p),
        )


CHECKS = (check_rate,)
