# SPDX-License-Identifier: MIT
"""figure-mismatch: totals written after their parts, and shares of one whole that exceed 100%.

- ``发放低保金186.4万元、特困供养金63.7万元，合计250.1万元``: with 合计/总计 the parts must add
  up to the total; with 共计/共 (which may include items not listed) they must not exceed it.
- ``一、二、三产业占比分别为12.3%、40.5%、48.2%``: shares of one whole cannot add up to more
  than 100% (they may add up to less: the list need not be complete).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from ..ledger import Entry
from ..model import Finding
from ..numbers import sum_bounds, to_float
from ..resources import word_list
from .base import Context
from .figures_common import figures_of, fmt_value
from .figures_math import clause_text

CATEGORY = "figure-mismatch"
_TOTAL_AFTER = re.compile(
    r"^[\u4e00-\u9fff]{0,8}[，,、]\s*(?:[二两三四五六七八九十](?:个|项|类|家)?[\u4e00-\u9fff]{0,4}?|以上各项|上述各项|以上|上述|各项)?"
    r"(合计|总计|共计|累计共|累计|共)(?:[\u4e00-\u9fff]{0,10}?(?:为|达|达到|完成|投入|发放|约)|[\u4e00-\u9fff]{0,10})?\s*$"
    # …，完成公路建设总里程86.9公里: a total named 总…
    r"|^[，,、]\s*(?:(?:完成|实现|建成|新建|改造|硬化|铺设|累计)[\u4e00-\u9fff]{0,6}?)?(总)(?:里程|规模|面积|量|数|额)"
    r"(?:为|达到?)?\s*$"
)
_LIST_OPENS = re.compile(r"^[，,]?\s*其中[\u4e00-\u9fff]{1,12}$")
_COUNT_WORD = re.compile(r"([二两三四五六七八九十])(?:个|项|类|家)")
_PART_GAP = re.compile(r"^[，,、]?\s*[^，,。；;\d]{0,12}?$")
_PART_BLOCK = re.compile(r"其中|同比|增长|下降|比上年|较|占|率|人均|平均|每|以上|左右")
_REST_SHARE = re.compile(
    r"\s*[，,、；;]\s*(?:其他|其它|其余)[\u4e00-\u9fff]{0,6}?(?:占比?|比重)(?:为|约)?\s*"
)
_SHARES = re.compile(
    r"(?:占比|比重|所占比例|占全[^，,。；]{0,8}的比重|分别占)[^，,。；\d]{0,6}?分别?(?:为|是|达到?)?\s*$"
    r"|分别占[^，,。；\d]{0,14}?的?\s*$"
)


def check_total_after_parts(ctx: Context) -> Iterator[Finding]:
    """Parts listed first, the total after them (…，合计N)."""
    figs = figures_of(ctx)
    flow = figs.ledger.flow
    for all_entries in figs.by_sentence:
        # 三项合计, 三个项目合计: the count of the items is a word of the total, not one of the parts
        entries = [e for e in all_entries if not (e.number.chinese and e.number.value <= 10)]
        for i, total in enumerate(entries):
            if i < 2 or total.number.kind != "number" or not total.number.dim:
                continue
            m = _TOTAL_AFTER.match(flow[entries[i - 1].fend : total.fstart])
            if not m:
                continue
            parts = _parts_before(flow, entries, i)
            counted = _COUNT_WORD.search(m.group())
            if len(parts) < 2 or (counted and to_float(counted.group(1)) != len(parts)):
                continue  # 四项合计 after three parts read: the list was not read right
            must_sum = m.group(1) in ("合计", "总计")
            lo, hi = sum_bounds([e.number for e in parts], total.number)
            tlo, thi = total.number.bounds
            if (hi < tlo or lo > thi) if must_sum else lo > thi:
                s = sum(e.number.value for e in parts)
                shown = fmt_value(total.number, s)
                written = total.number.text.strip()
                yield ctx.finding(
                    "figures.parts",
                    CATEGORY,
                    "error",
                    f"总数与分项对不上：前面各项相加为{shown}，{m.group(1) or '总数'}写的是{written}。",
                    total.number.start,
                    total.number.end,
                    shown if must_sum else None,
                )


def _parts_before(flow: str, entries: list[Entry], i: int) -> list[Entry]:
    """The same-unit figures listed right before a total, nearest first."""
    total = entries[i]
    parts: list[Entry] = []
    j = i - 1
    while j >= 0 and len(parts) < 12:
        e = entries[j]
        if e.number.kind != "number" or e.number.dim != total.number.dim or e.growth or e.compare:
            break
        lead = flow[entries[j - 1].fend if j > 0 else max(0, e.fstart - 16) : e.fstart]
        lead = re.split(r"[。；;\n]", lead)[-1]  # the first part of a sentence: only its own words
        if _LIST_OPENS.match(lead):
            parts.append(e)  # 其中教育支出7.82亿元、…，四项合计: 其中 opens the list at its first item
            break
        if _PART_BLOCK.search(lead):
            break
        parts.append(e)
        if not _PART_GAP.match(lead):
            break  # a longer lead opens the list: this was its first item
        j -= 1
    return parts


def check_share_lists(ctx: Context) -> Iterator[Finding]:
    """`…占比分别为12.3%、40.5%、48.2%`: shares of one whole may not add up to more than 100%."""
    figs = figures_of(ctx)
    flow = figs.ledger.flow
    for entries in figs.by_sentence:
        i = 0
        while i < len(entries):
            e = entries[i]
            if e.number.kind != "percent" or not _SHARES.search(flow[max(0, e.fstart - 24) : e.fstart]):
                i += 1
                continue
            run = [e]
            rest = False  # a last 其他…占 share: the list covers the whole and must make 100%
            while i + len(run) < len(entries):
                nxt = entries[i + len(run)]
                gap = flow[run[-1].fend : nxt.fstart]
                if nxt.number.kind == "percent" and _REST_SHARE.fullmatch(gap):
                    run.append(nxt)
                    rest = True
                    break
                if nxt.number.kind != "percent" or not re.fullmatch(r"\s*[、，,和及与]\s*", gap):
                    break
                run.append(nxt)
            i += len(run)
            if len(run) < 2:
                continue
            rest = rest or _covers_whole(flow, figs.ledger.sentences[e.sentence][0], e.fstart, len(run))
            lo, hi = sum_bounds([x.number for x in run], whole=True)
            if lo > 100 + 1e-9 or (rest and hi < 100 - 1e-9):
                total = sum(x.number.value for x in run)
                decimals = max(x.number.decimals for x in run)
                a, b = run[0].number.start, run[-1].number.end
                yield ctx.finding(
                    "figures.shares",
                    CATEGORY,
                    "error",
                    f"同一总体的各部分占比相加为{total:.{decimals}f}%，"
                    + ("不等于100%。" if rest else "超过了100%。"),
                    a,
                    b,
                    None,
                )


_NAMES_BEFORE = re.compile(r"([^，,。；;：:]*?)\s*[，,]?\s*分别(?:占|为)")
_ITEM_SPLIT = re.compile(r"、|以及|和|及|与")
_SPLIT_INTO = re.compile(
    r"(?:分为|划分为|分成)[^，,。；;]*?([二两三四五六七八九十]|[0-9]{1,2})(?:类|种|部分|个类别|个等级)$"
)
_ALL_FROM = re.compile(r"(?:全部|全额|均)(?:来自|来源于|由|为)")


def _covers_whole(flow: str, s_start: int, first: int, shares: int) -> bool:
    """Whether the names a 分别占 list gives its shares to are every part of the whole, so that the
    shares must make 100%: a set that splits anything in two or more (城镇、农村), age groups from
    一 以下 to an 以上, or sources said to be all of it (资金全部来自中央、省、县三级补助)."""
    lead = flow[s_start:first]
    m = next(reversed([*_NAMES_BEFORE.finditer(lead)]), None)
    if m is None:
        return False
    names = m.group(1).strip() or lead[: m.start()].rstrip("，, ").rsplit("，", 1)[-1]
    items = [x.strip() for x in _ITEM_SPLIT.split(names.rsplit("中", 1)[-1]) if x.strip()]
    if len(items) != shares:
        return False
    if any("以上" in x for x in items) and any("以下" in x for x in items):
        return True  # 60岁以上、45至59岁、45岁以下
    if _CATCH_ALL.match(items[-1]):
        return True  # 盗窃、诈骗、其他类案件: a last 其他 takes in the rest
    declared = _SPLIT_INTO.search(names)
    if declared and to_float(declared.group(1)) == shares:
        return True  # 分为有林地、疏林地、宜林地三类: the report says the classes make the whole
    return bool(_ALL_FROM.search(names)) or _covers(items)


_DISTRIBUTION = re.compile(r"(?:分布|构成|结构)(?:情况)?(?:为|是|如下)?[：:]?\s*[\u4e00-\u9fff]{1,6}$")
_NEXT_CLASS = re.compile(r"\s*[、，,]\s*[\u4e00-\u9fff]{1,6}\s*")
_NAMED_SHARE = re.compile(
    # names may hold Roman numerals, letters and digits (Ⅱ类, 18至59岁居民)
    r"(?P<name>[\u4e00-\u9fff\u2160-\u217fA-Za-z0-9]{1,10}?)(?:所?占比重|所?占比例|占比|占)(?:了)?\s*(?:为|达到?|约)?\s*$"
)
_NEXT_SHARE = re.compile(r"[，,、；;]\s*" + _NAMED_SHARE.pattern.removesuffix("$"))
_REST = ("其他", "其它", "其余", "剩余")
# 从用户结构看，… / 从覆盖人口看，…: the shares that follow split one whole
_STRUCTURE = re.compile(
    r"(?:(?:结构|构成)(?:看|来看|上看|中|为)?|(?:从|按|分)[^，,。；;]{1,14}(?:看|来看|分|划分))[，,：:]?\s*[^，,。；;]{0,12}$"
)
_CATCH_ALL = re.compile(r"^(?:其他|其它|其余|剩余)|及以下|及以上|及其他")


def check_split_shares(ctx: Context) -> Iterator[Finding]:
    """`男性占51.8%，女性占49.2%`, `民生支出占比82.6%，其他支出占比18.4%`: shares that split one whole.

    When the names cover the whole (a complementary set such as 城镇/农村, or a last 其他), the
    shares must make 100%.
    """
    figs = figures_of(ctx)
    flow = figs.ledger.flow
    for entries in figs.by_sentence:
        run: list[tuple[Entry, str]] = []
        # only the shares: the words between two of them are read whole (60岁以上老人占…、18至59岁居民占…)
        for e in (x for x in entries if x.number.kind == "percent"):
            name = _share_name(flow, e, run[-1][0]) if run else None
            if name is None:
                if len(run) >= 2:
                    yield from _split_finding(ctx, run)
                run = []
                name = _share_name(flow, e, None)
            if name is not None:
                run.append((e, name))
        if len(run) >= 2:
            yield from _split_finding(ctx, run)


def _share_name(flow: str, e: Entry, prev: Entry | None) -> str | None:
    """The name in front of a share (`女性占` → 女性), when it follows ``prev`` in the next clause."""
    if e.number.kind != "percent" or e.growth or e.compare or e.number.approx:
        return None
    floor = prev.fend if prev is not None else max(0, e.fstart - 16)
    gap = flow[floor : e.fstart]
    if prev is not None and not _NEXT_SHARE.fullmatch(gap):
        return None
    m = _NAMED_SHARE.search(gap)
    return m.group("name") if m else None


def _split_finding(ctx: Context, run: list[tuple[Entry, str]]) -> Iterator[Finding]:
    names = [n for _, n in run]
    lo = sum(e.number.bounds[0] for e, _ in run)
    hi = sum(e.number.bounds[1] for e, _ in run)
    # the last share takes the rest (其他, 专科及以下), or the names are one complementary set
    first = run[0][0]
    structure = _STRUCTURE.search(ctx_flow_before(ctx, first))
    ages = any("以上" in n for n in names) and any("以下" in n for n in names)  # 60岁以上…18岁以下
    if not (_CATCH_ALL.search(names[-1]) or _covers(names) or structure or ages) or lo <= 100 <= hi:
        return  # shares of overlapping groups (党员占65%，大专以上占58%) may pass 100% together
    total = sum(e.number.value for e, _ in run)
    decimals = max(e.number.decimals for e, _ in run)
    first, last = run[0][0].number, run[-1][0].number
    yield ctx.finding(
        "figures.shares",
        CATEGORY,
        "error",
        f"“{'”“'.join(names)}”各占的比例相加为{total:.{decimals}f}%，不等于100%。",
        first.start,
        last.end,
        None,
    )


def ctx_flow_before(ctx: Context, e: Entry) -> str:
    """The words of the sentence before a share (从用户结构看，居民用户占)."""
    flow = figures_of(ctx).ledger.flow
    start = max(flow.rfind(c, max(0, e.fstart - 40), e.fstart) for c in "。；;\n")
    return flow[start + 1 : e.fstart]


def _covers(names: list[str]) -> bool:
    """Whether the names are every member of one complementary set (男性/女性, 城镇/农村)."""
    for members in _split_sets():
        if len(members) == len(names) and all(any(n.startswith(w) for n in names) for w in members):
            return True
    return False


@cache
def _split_sets() -> tuple[tuple[str, ...], ...]:
    lines = [*word_list("figure_partitions"), *word_list("figures_splits")]
    return tuple(tuple(line.split()) for line in lines if len(line.split()) >= 2)


def check_distribution(ctx: Context) -> Iterator[Finding]:
    """`等级分布为优秀31.5%、良好38.2%、合格24.6%、待合格3.7%`: a distribution over named classes
    covers the whole, so its shares must make 100%."""
    figs = figures_of(ctx)
    flow = figs.ledger.flow
    for entries in figs.by_sentence:
        shares = [e for e in entries if e.number.kind == "percent" and not (e.growth or e.compare)]
        for k, first in enumerate(shares):
            if not _DISTRIBUTION.search(flow, max(0, first.fstart - 16), first.fstart):
                continue
            run = [first]
            for nxt in shares[k + 1 :]:
                if not _NEXT_CLASS.fullmatch(flow, run[-1].fend, nxt.fstart):
                    break
                run.append(nxt)
            lo, hi = sum_bounds([x.number for x in run], whole=True)
            if len(run) >= 3 and not lo <= 100 <= hi:
                total = sum(x.number.value for x in run)
                decimals = max(x.number.decimals for x in run)
                message = f"各类占比相加为{total:.{decimals}f}%，不等于100%。"
                yield ctx.finding(
                    "figures.shares", CATEGORY, "error", message, run[0].number.start, run[-1].number.end
                )


_INCOME = re.compile(r"收入$")
_SPENDING = re.compile(r"支出$")
_BALANCE = re.compile(r"(?:当期|当年|本期|年度)?(?:结余|结存)$")
_VERB_TAIL = re.compile(r"(?:为|达到?|完成|实现|共计|合计)$")


def check_balance(ctx: Context) -> Iterator[Finding]:
    """`基金收入5.12亿元，支出4.86亿元，当期结余0.36亿元`: the balance is income less spending."""
    figs = figures_of(ctx)
    flow = figs.ledger.flow
    for entries in figs.by_sentence:
        money = [
            e
            for e in entries
            if e.number.kind == "number" and e.number.dim == "money" and not _in_brackets(flow, e)
        ]  # （含财政补助收入0.54亿元） is a part of the income, no income of its own
        for x, y, z in zip(money, money[1:], money[2:], strict=False):
            if not (
                _INCOME.search(_words_before(flow, x))
                and _SPENDING.search(_words_before(flow, y))
                and _BALANCE.search(_words_before(flow, z))
            ):
                continue
            lo = x.number.bounds[0] - y.number.bounds[1]
            hi = x.number.bounds[1] - y.number.bounds[0]
            zlo, zhi = z.number.bounds
            if zhi < lo or zlo > hi:
                value = x.number.value - y.number.value
                shown = fmt_value(z.number, value)
                yield ctx.finding(
                    "figures.parts",
                    CATEGORY,
                    "error",
                    f"结余算得不对：收入{x.number.text.strip()}减支出{y.number.text.strip()}为{shown}，"
                    f"文中写的是{z.number.text.strip()}。",
                    z.number.start,
                    z.number.end,
                    shown,
                )


def _in_brackets(flow: str, e: Entry) -> bool:
    before = flow[max(0, e.fstart - 30) : e.fstart]
    return max(before.rfind("（"), before.rfind("(")) > max(before.rfind("）"), before.rfind(")"))


def _words_before(flow: str, e: Entry) -> str:
    """The words of a figure's clause, with 为/达到/完成 dropped (收入, 支出, 当期结余)."""
    return _VERB_TAIL.sub("", clause_text(flow, e).strip())


CHECKS = (check_total_after_parts, check_share_lists, check_split_shares, check_distribution, check_balance)
