# SPDX-License-Identifier: MIT
"""figure-mismatch: shares, rates, parts against their total, growth and ratios that do not compute.

Every comparison is made between *intervals*: a written figure stands for every value
that rounds to it (``1318万元`` → [1317.5, 1318.5] 万元; ``8000多万元`` → 8000–9000 万元), so a
sum or share is only wrong when no choice of the true values could give what is written.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..ledger import Entry
from ..model import Finding
from ..numbers import Number, suggest_percent
from .base import Context
from .figures_common import Figures, figures_of, fmt_value

CATEGORY = "figure-mismatch"
_AMOUNT_KINDS = ("number",)
_SHARE_TAIL = re.compile(r"^\s*(?:的|之)?\s*(?:比重|比例|份额|占比)?\s*(?:为|是|达到?|约为?)?\s*$")
_NAMED_SHARE = re.compile(
    r"[^，,。；;\d]{0,3}[，,]?\s*占(?:比|比重)?(?P<x>[^，,。；;\d%]{0,12}?)(?:的)?(?:比重|比例)?\s*(?:为|达到?|约)?\s*$")
_WHOLE_TRIM = re.compile(r"^(?:全镇|全乡|全县|全区|全市|全局|全街道|全村|全部)|(?:总数|总量|总额|总和|合计|总)$")
_TARGET_BEFORE_B = re.compile(r"(?:任务|目标|计划|预算|总量|总数|总额|总计|总)[^，,。；]{0,6}$")
_RATE = re.compile(r"([\u4e00-\u9fff]{1,8}?)率\s*(?:为|达到?|是|约|已达|提高到|提升至|提升到|达到了)?\s*$")
_RATE_SKIP = re.compile(r"增长|增|降|失业|出生|死亡|发生|利用|贡献|转化|周转|收益|税|费|利|汇|频|速|概|比")
_RATE_SYNONYMS = {
    "破案": ("破案", "破获", "侦破"), "结案": ("结案", "审结", "办结", "结"), "办结": ("办结", "办理", "答复", "结"),
    "化解": ("化解", "调处", "解决"), "调解成功": ("调解成功", "成功调解", "调解"), "合格": ("合格",),
    "覆盖": ("覆盖", "实现", "通"), "达标": ("达标",), "参保": ("参保",), "入学": ("入学",),
    "完成": ("完成",), "签约": ("签约",), "满意": ("满意",), "整改": ("整改",), "销号": ("销号",),
}
_PART_STOP = re.compile(r"目前|总额|总计|合计|共计|同比|增长|下降|占|比上年|较|率|平均|人均|户均|其中|累计投资|计划|任务|目标")
_PART_REST = re.compile(r"^(?:其他|其余|剩余|另有|余下)")
_GROWTH = re.compile(r"^\s*(?:增长|增加|提高|上升|提升|扩大|下降|减少|降低|回落|缩小)(?:到|至|为)\s*$")
_GROWTH_FROM = re.compile(r"(?:由|从|比上年的?|较上年的?|比去年的?|较去年的?)\s*$")
_GROWTH_WORD = re.compile(r"(增长|增加|提高|上升|提升|增幅|增速|扩大|下降|减少|降低|回落|降幅)[了为达]*\s*$")
_YEAR_WORDS = re.compile(r"(?:(?:19|20)[0-9]{2}\s*年(?:底|末|度)?|上年|去年|今年|年初|年底)的?")
_INCREMENT = re.compile(r"^[，,]\s*(?:比上年|较上年|比去年|较去年|同比|比去年同期|较去年同期)(?:同期)?\s*"
                        r"(增加|增长|减少|下降|降低|多|少)了?\s*$")
_RATIO_CONTEXT = re.compile(r"比|结构|比例|构成|占比")


def check_share(ctx: Context) -> Iterator[Finding]:
    """`A占B的P%` and `完成全年任务B的P%`: P must be A/B."""
    figs = figures_of(ctx)
    flow = figs.ledger.flow
    for entries in figs.by_sentence:
        for i, p in enumerate(entries):
            if p.number.kind != "percent" or p.growth or i < 1:
                continue
            b = entries[i - 1]
            if b.number.kind not in _AMOUNT_KINDS or not _SHARE_TAIL.match(flow[b.fend : p.fstart]):
                b = _named_whole(flow, entries, i)
                if b is not None:
                    yield from _compare_share(ctx, entries[i - 1].number, b.number, p.number)
                continue
            a = _share_numerator(flow, entries, i - 1)
            if a is None:
                continue
            yield from _compare_share(ctx, a.number, b.number, p.number)


def _named_whole(flow: str, entries: list[Entry], pi: int) -> Entry | None:
    """The whole of `其中女党员312名，占党员总数的24.3%` or `其中农业项目6.5亿元，占比20%`.

    The whole is named by words (党员总数), found as the earlier figure of that metric in
    the sentence; with no words, it is the total the 其中 list belongs to.
    """
    a = entries[pi - 1]
    if a.number.kind != "number" or a.growth or a.compare:
        return None
    m = _NAMED_SHARE.match(flow, a.fend, entries[pi].fstart)
    if not m or m.end() != entries[pi].fstart:
        return None
    core = _WHOLE_TRIM.sub("", m.group("x"))
    earlier = [e for e in entries[: pi - 1] if e.number.kind == "number" and e.number.dim == a.number.dim
               and not e.growth and not e.compare and not e.target]
    if not m.group("x"):
        mark = flow.rfind("其中", earlier[-1].fend if earlier else 0, a.fstart)
        if mark < 0:
            return None
        before = [e for e in earlier if e.fend <= mark]
        return before[-1] if before else None
    if len(core) < 2:
        return None
    for e in reversed(earlier):
        if len(e.metric) >= 2 and (core in e.metric or e.metric in core):
            return e
    return None


def _share_numerator(flow: str, entries: list[Entry], bi: int) -> Entry | None:
    """The A of `A占B的P%`: the closest same-unit figure before B, when 占 or a target names B."""
    b = entries[bi]
    for j in range(bi - 1, -1, -1):
        a = entries[j]
        if a.number.kind != "number" or a.number.dim != b.number.dim or a.growth or a.compare:
            continue
        between = flow[a.fend : b.fstart]
        if "占地" in between or "占用" in between:
            return None
        if "占" in between or _TARGET_BEFORE_B.search(between):
            return a
        return None
    return None


def _compare_share(ctx: Context, a: Number, b: Number, p: Number) -> Iterator[Finding]:
    alo, ahi = a.bounds
    blo, bhi = b.bounds
    if blo <= 0 or b.value == 0:
        return
    lo, hi = alo / bhi * 100, ahi / blo * 100
    plo, phi = p.bounds
    if phi < lo or plo > hi:
        value = a.value / b.value * 100
        yield ctx.finding(
            "figures.share", CATEGORY, "error",
            f"占比算得不对：{a.text.strip()}÷{b.text.strip()}＝{value:.2f}%，文中写的是{p.text.strip()}。",
            p.start, p.end, suggest_percent(value, p),
        )


def check_rate(ctx: Context) -> Iterator[Finding]:
    """`受理52件，办结49件，办结率P%`: the rate must be the named part over the whole."""
    figs = figures_of(ctx)
    flow = figs.ledger.flow
    for si, entries in enumerate(figs.by_sentence):
        for i, p in enumerate(entries):
            if p.number.kind != "percent":
                continue
            s_start = figs.ledger.sentences[si][0]
            lead = flow[max(s_start, entries[i - 1].fend if i else s_start) : p.fstart]
            m = _RATE.search(lead)
            if not m:
                continue
            stem = m.group(1)
            if _RATE_SKIP.search(stem[-2:]):
                continue
            pair = _rate_pair(flow, entries[:i], stem)
            if pair is not None:
                num, den = pair
                yield from _compare_rate(ctx, num.number, den.number, p.number, stem)


def _rate_pair(flow: str, before: list[Entry], stem: str) -> tuple[Entry, Entry] | None:
    """The numerator (the figure the rate's stem names) and the whole it is taken of."""
    words = next((v for k, v in _RATE_SYNONYMS.items() if stem.endswith(k)), (stem[-4:], stem[-2:]))
    for word in words:
        for j in range(len(before) - 1, -1, -1):
            e = before[j]
            if e.number.kind != "number" or not e.number.dim or e.growth:
                continue
            nxt = before[j + 1].fstart if j + 1 < len(before) else len(flow)
            around = re.split(r"[，,。；;]", flow[max(0, e.fstart - 10) : e.fstart])[-1] + \
                re.split(r"[，,。；;]", flow[e.fend : min(nxt, e.fend + 12)])[0]
            if word not in around:
                continue
            for k in range(j - 1, -1, -1):
                d = before[k]
                if d.number.kind == "number" and d.number.dim == e.number.dim and d.number.value >= e.number.value:
                    return e, d
            return None
    return None


def _compare_rate(ctx: Context, num: Number, den: Number, p: Number, stem: str) -> Iterator[Finding]:
    nlo, nhi = num.bounds
    dlo, dhi = den.bounds
    if dlo <= 0:
        return
    lo, hi = nlo / dhi * 100, nhi / dlo * 100
    plo, phi = p.bounds
    if phi < lo or plo > hi:
        value = num.value / den.value * 100
        yield ctx.finding(
            "figures.rate", CATEGORY, "error",
            f"{stem}率算得不对：{num.text.strip()}÷{den.text.strip()}＝{value:.2f}%，文中写的是{p.text.strip()}。",
            p.start, p.end, suggest_percent(value, p),
        )


def check_parts(ctx: Context) -> Iterator[Finding]:
    """`共N，其中A、B、C`: parts must not exceed the total, and must add up to it with 其他 or 分别为."""
    figs = figures_of(ctx)
    flow = figs.ledger.flow
    for si, entries in enumerate(figs.by_sentence):
        s_start, s_end = figs.ledger.sentences[si]
        sentence = flow[s_start:s_end]
        for m in re.finditer(r"其中[：:]?|分别为[：:]?|分别是[：:]?", sentence):
            yield from _parts_at(ctx, figs, entries, (s_start + m.start(), s_start + m.end()), s_end,
                                 not m.group().startswith("其中"))


def _parts_at(ctx: Context, figs: Figures, entries: list[Entry], marker: tuple[int, int], s_end: int,
              respectively: bool) -> Iterator[Finding]:
    flow = figs.ledger.flow
    at = marker[0]
    parts, rest = _collect_parts(flow, entries, marker[1], s_end)
    if not parts:
        return
    by_dim: dict[str, list[Entry]] = {}
    for e in parts:
        by_dim.setdefault(e.number.dim, []).append(e)
    for dim, group in by_dim.items():
        total = _total_before(flow, entries, at, dim, respectively)
        if total is None or (respectively and len(group) < 2):
            continue
        must_sum = rest or respectively
        lo = sum(e.number.bounds[0] for e in group)
        hi = sum(e.number.bounds[1] for e in group)
        tlo, thi = total.number.bounds
        wrong = (hi < tlo or lo > thi) if must_sum else lo > thi
        if not wrong:
            continue
        s = sum(e.number.value for e in group)
        shown = fmt_value(total.number, s)
        written = total.number.text.strip()
        what = f"各分项相加为{shown}，与总数{written}不符" if must_sum else f"分项相加为{shown}，已超过总数{written}"
        yield ctx.finding(
            "figures.parts", CATEGORY, "error", f"总数与分项对不上：{what}。",
            total.number.start, total.number.end, shown if must_sum else None,
        )


def _collect_parts(flow: str, entries: list[Entry], at: int, s_end: int) -> tuple[list[Entry], bool]:
    """The figures listed after 其中, clause by clause, until a clause that is not a part."""
    parts: list[Entry] = []
    rest = False
    after = [e for e in entries if e.fstart >= at]
    pos = at
    for clause in re.finditer(r"[^，,、；;。]+", flow[pos:s_end]):
        c_start, c_end = pos + clause.start(), pos + clause.end()
        inside = [e for e in after if c_start <= e.fstart < c_end and e.number.kind in ("number",) and e.number.dim]
        text = clause.group()
        if not inside or _PART_STOP.search(text):
            break
        if _PART_REST.match(text.strip().lstrip("：:")):
            rest = True
        parts.extend(inside)
    return parts, rest


def _total_before(flow: str, entries: list[Entry], at: int, dim: str, respectively: bool) -> Entry | None:
    for e in reversed([e for e in entries if e.fend <= at]):
        if e.number.kind != "number" or e.number.dim != dim:
            continue
        if e.growth or e.compare or re.search(r"占|任务|目标|计划|人均|平均|每", _clause_text(flow, e)):
            continue
        if respectively and not re.search(r"共|合计|总计|总|全", _clause_text(flow, e)):
            return None
        return e
    return None


def _clause_text(flow: str, e: Entry) -> str:
    start = max(flow.rfind(c, 0, e.fstart) for c in "，,；;。:：\n")
    return flow[start + 1 : e.fstart]


def check_growth(ctx: Context) -> Iterator[Finding]:
    """`由A增长到B，增长P%` (or points for two percentages): P must match A and B."""
    figs = figures_of(ctx)
    flow = figs.ledger.flow
    for si, all_entries in enumerate(figs.by_sentence):
        s_start = figs.ledger.sentences[si][0]
        entries = [e for e in all_entries if e.number.kind in ("number", "percent", "points")]
        for i in range(len(entries) - 2):
            a, b, p = entries[i], entries[i + 1], entries[i + 2]
            if not _GROWTH.match(_YEAR_WORDS.sub("", flow[a.fend : b.fstart])):
                continue
            if not _GROWTH_FROM.search(_YEAR_WORDS.sub("", flow[max(s_start, a.fstart - 16) : a.fstart])):
                continue
            word = _GROWTH_WORD.search(flow[b.fend : p.fstart])
            if word and a.number.dim == b.number.dim:
                yield from _compare_growth(ctx, a.number, b.number, p.number, word.group(1))
        yield from _growth_by_increment(ctx, flow, entries)


def _growth_by_increment(ctx: Context, flow: str, entries: list[Entry]) -> Iterator[Finding]:
    """`收入21860元，比上年增加1532元，增长7.5%`: the rate is the increment over last year's level."""
    for i in range(len(entries) - 2):
        level, inc, p = entries[i], entries[i + 1], entries[i + 2]
        if level.number.kind != "number" or inc.number.kind != "number" or p.number.kind != "percent":
            continue
        if level.growth or level.number.dim != inc.number.dim or not level.number.dim:
            continue
        m = _INCREMENT.match(flow[level.fend : inc.fstart])
        word = _GROWTH_WORD.search(flow[inc.fend : p.fstart])
        if not m or not word or not re.fullmatch(r"[，,]?\s*(?:同比)?\s*" + word.group(0), flow[inc.fend : p.fstart]):
            continue
        falling = m.group(1) in ("减少", "下降", "降低")
        last_year = (level.number.value + inc.number.value) if falling else (level.number.value - inc.number.value)
        if last_year <= 0:
            continue
        llo, lhi = level.number.bounds
        ilo, ihi = inc.number.bounds
        prev_lo, prev_hi = (llo + ilo, lhi + ihi) if falling else (llo - ihi, lhi - ilo)
        if prev_lo <= 0:
            continue
        lo, hi = ilo / prev_hi * 100, ihi / prev_lo * 100
        plo, phi = p.number.bounds
        if phi < lo or plo > hi:
            value = inc.number.value / last_year * 100
            yield ctx.finding(
                "figures.growth", CATEGORY, "error",
                f"增幅算得不对：{m.group(1)}{inc.number.text.strip()}，上年约为{fmt_value(level.number, last_year)}，"
                f"应为{value:.2f}%，文中写的是{p.number.text.strip()}。",
                p.number.start, p.number.end, suggest_percent(value, p.number),
            )


def _compare_growth(ctx: Context, a: Number, b: Number, p: Number, word: str) -> Iterator[Finding]:
    alo, ahi = a.bounds
    blo, bhi = b.bounds
    falling = word in ("下降", "减少", "降低", "回落", "降幅")
    if a.dim == "percent" and p.kind == "points":
        lo, hi = (alo - bhi, ahi - blo) if falling else (blo - ahi, bhi - alo)
        value = (a.value - b.value) if falling else (b.value - a.value)
        unit = "个百分点"
    elif a.kind == "number" and p.kind == "percent" and alo > 0:
        lo, hi = ((alo - bhi) / ahi * 100, (ahi - blo) / alo * 100) if falling else \
            ((blo - ahi) / ahi * 100, (bhi - alo) / alo * 100)
        value = ((a.value - b.value) if falling else (b.value - a.value)) / a.value * 100
        unit = "%"
    else:
        return
    plo, phi = p.bounds
    if phi < lo or plo > hi:
        yield ctx.finding(
            "figures.growth", CATEGORY, "error",
            f"增幅算得不对：由{a.text.strip()}到{b.text.strip()}，{word}{value:.2f}{unit}，文中写的是{p.text.strip()}。",
            p.start, p.end, suggest_percent(value, p),
        )


def check_ratio(ctx: Context) -> Iterator[Finding]:
    """`三次产业结构比为12.3:40.5:47.1`: parts of a ratio written in percent must add up to 100."""
    figs = figures_of(ctx)
    flow = figs.ledger.flow
    for e in figs.ledger.entries:
        n = e.number
        if n.kind != "ratio" or len(n.parts) < 2:
            continue
        total = sum(n.parts)
        if not 97 <= total <= 103 or not _RATIO_CONTEXT.search(flow[max(0, e.fstart - 12) : e.fstart]):
            continue
        slack = len(n.parts) * n.step / 2 + 1e-9
        if abs(total - 100) > slack:
            yield ctx.finding(
                "figures.ratio", CATEGORY, "error",
                f"比例各项相加为{total:.{n.decimals}f}，不等于100。", n.start, n.end, None,
            )


CHECKS = (check_share, check_rate, check_parts, check_growth, check_ratio)
