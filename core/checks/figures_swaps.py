# SPDX-License-Identifier: MIT
"""figure-conflict: one figure written twice with its digits in another order.

``在校学生1,842人`` … ``面对全校1824名学生``; ``外贸进出口总额2.37亿美元`` … ``在上半年进出口2.73亿美元的
基础上``; ``发放个人住房贷款…金额16.85亿元`` … ``全年个贷发放16.58亿元``. The other restatement rules
need the two names to match; here the digits carry the evidence. Three or more significant
digits of one unit in another order happen by chance about once in a few hundred pairs, and a
word in common around both figures (学生, 进出口, 发放) makes chance rarer still, so no name
needs to be read: the words are taken from the clause before each figure and the noun after it.
Where the draft looks back on its review (among the problems, a plan's base, the key figures) a
figure restated in the very unit of the first needs no word in common (全镇共有5,736户 … 全镇
5,763户中外出务工户超过四成).

Left out: percentages (two rates of one report often share digits and the word 率), targets,
changes, approximations, and figures of two different stated periods.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator

from .. import segment
from ..ledger import Entry
from ..model import Finding
from . import figures_conflict, figures_restate, figures_slips
from .base import Context
from .figures_common import (
    Figures,
    conflict_finding,
    figures_of,
    in_closing,
    last_of,
    reported,
    subset_before,
    synonyms,
    union_before,
    unit_family,
    wider_scope,
)
from .figures_pairs import adds_up_in_list, distinct

CATEGORY = "figure-conflict"
_HAN = re.compile(r"[\u4e00-\u9fff]+")
_NOUN_AFTER = re.compile(r"[^，,。；;、：:\n（()]{0,8}")
# words that say nothing about what is counted
_STOCK_WORDS = (
    "全年 完成 实现 达到 累计 共计 今年 上半 半年 其中 工作 开展 全县 全镇 全乡 全市 全区 全校 全院 我局 "
    "我院 我镇 我县 同比 上年 增长 目前 已经 共有 现有 年度 街道 社区 情况 进一 一步 部分 主要 以来 总数 "
    "数量 基础 基础上 合计 总计 分别 各类 全部 面积 金额 人数 户数 总量 规模 参加 参与 参训"
)
_STOCK = frozenset(_STOCK_WORDS.split(" "))
_KEEP = 400  # figures per bucket kept: a long text stays linear


def check_swapped_digits(ctx: Context) -> Iterator[Finding]:
    """Flag the later of two figures of one unit whose digits are the same in another order and
    whose surrounding words have a word in common."""
    figs = figures_of(ctx)
    own = figures_restate._own_periods(figs)
    seen: dict[tuple[str, str, int], list[Entry]] = {}
    words_of: dict[int, frozenset[str]] = {}  # read only for figures that have a partner in digits
    flow = figs.ledger.flow
    for e in figs.ledger.entries:
        key = _digit_key(e)
        if key is None or not _candidate(ctx, figs, e):
            continue
        bucket = seen.setdefault(key, [])
        if subset_before(flow, e):
            continue  # 38个签约项目中尚有17个: a subset of the set just named
        if any(not figures_slips.differ(f, e) and f.sentence != e.sentence for f in bucket):
            continue  # the same value said before: a later slip of the earlier one is not this one
        for first in reversed(bucket):
            if first.sentence == e.sentence or not _one_swap(first, e):
                continue  # 1842 / 1824: two digits side by side swapped (6832 / 3628 is no slip of the pen)
            common = _words_once(words_of, flow, e) & _words_once(words_of, flow, first)
            if not (common or _restating(figs, first, e)) or not _one_period(first, e, own):
                continue
            if not figures_slips.one_section(figs, first, e, clause=False):
                continue  # under 二、东片区工作 a figure may count that part of the area
            if distinct(figs, first, e) or any(adds_up_in_list(figs, x) for x in (first, e)):
                continue  # 享受待遇3104人，其中机构护理1268人、居家护理1836人: its list checks out
            if union_before(flow, e):
                continue
            if not reported(ctx, (first, e), *_EARLIER_RULES):
                yield conflict_finding(ctx, first.number, e.number, _label(flow, e, common))
            break
        bucket.append(e)
        if len(bucket) > 2 * _KEEP:
            del bucket[:-_KEEP]


def _one_swap(a: Entry, b: Entry) -> bool:
    """Whether two figures differ by a slip of the pen, read at the finer writing: two neighbouring
    digits swapped (1842 / 1824) or one digit moved from one end to the other (625 / 562); other
    orders of the same digits (6832 / 3628, 412 / 214) are as likely two different figures."""
    step = min(a.number.step, b.number.step)
    x, y = str(round(a.number.value / step)), str(round(b.number.value / step))
    if len(x) != len(y) or x == y:
        return False
    if y in (x[1:] + x[0], x[-1] + x[:-1]):
        return True
    diff = [k for k in range(len(x)) if x[k] != y[k]]
    return len(diff) == 2 and diff[1] == diff[0] + 1 and x[diff[0]] == y[diff[1]]


def _restating(figs: Figures, first: Entry, e: Entry) -> bool:
    """Whether the later figure looks back on the review (among the problems, as a plan's base, in
    the key figures) in the very unit of the first: there a swapped figure needs no shared word."""
    return first.number.unit == e.number.unit and in_closing(figs, e)


def _words_once(words_of: dict[int, frozenset[str]], flow: str, e: Entry) -> frozenset[str]:
    if e.fstart not in words_of:
        words_of[e.fstart] = _words(flow, e)
    return words_of[e.fstart]


def _digit_key(e: Entry) -> tuple[str, str, int] | None:
    """Unit family, the sorted significant digits and the order of magnitude, or None when the
    figure has fewer than three significant digits (12 / 21 are too common to be a slip)."""
    n = e.number
    if n.kind != "number" or not n.dim or n.value <= 0 or not n.step:
        return None
    digits = str(round(n.value / n.step)).rstrip("0")
    if len(digits) < 3:
        return None
    return unit_family(n.dim), "".join(sorted(digits)), math.floor(math.log10(n.value))


def _candidate(ctx: Context, figs: Figures, e: Entry) -> bool:
    """A level stated as done: not a target, change, comparison or approximation."""
    if e.target or e.growth or e.compare or e.number.approx:
        return False
    flow = figs.ledger.flow
    if flow.startswith(("以上", "以下", "左右"), e.fend):
        return False
    return not wider_scope(ctx.outline.title, flow[max(0, e.fstart - 16) : e.fstart])


def _words(flow: str, e: Entry) -> frozenset[str]:
    """Two-character pieces of the words around a figure."""
    return frozenset(piece for word in context_words(flow, e) for piece in _pieces(word))


def context_words(flow: str, e: Entry, after: bool = True) -> list[str]:
    """The words before a figure (its clause, or its sentence when the clause names nothing)
    and, with ``after``, the noun after it."""
    floor = max(0, e.fstart - 40)
    before: list[str] = []
    # the item of a list, else its clause, else its sentence: the nearest that names something
    for breaks, enough in (("，。；;：:、\n", 2), ("，。；;：:\n", 2), ("。；;\n", 1)):
        before = cut_words(flow[last_of(flow, breaks, floor, e.fstart) + 1 or floor : e.fstart])
        if sum(len(_pieces(w)) for w in before) >= enough:
            break
    m = _NOUN_AFTER.match(flow, e.fend) if after else None
    return before + cut_words(m.group()) if m else before


def cut_words(text: str) -> list[str]:
    """The words of ``text``, each other way of naming a metric replaced by its full name
    (追讨欠薪 → 追回工资)."""
    return [word for run in _HAN.findall(synonyms(text)) for word in segment.cut(run)]


def _pieces(word: str) -> set[str]:
    return {word[i : i + 2] for i in range(len(word) - 1)} - _STOCK


def _one_period(a: Entry, b: Entry, own: set[str]) -> bool:
    return a.period == b.period or (a.period in own and b.period in own)


def _label(flow: str, e: Entry, common: frozenset[str]) -> str:
    """The longest word around the later figure that the two have in common (学生, 进出口)."""
    shared = [w for w in context_words(flow, e) if _pieces(w) & common]
    return max(shared, key=len) if shared else e.metric or flow[e.fstart : e.fend]


# the rules whose finding on a pair stands (they run before this one)
_EARLIER_RULES = (
    figures_conflict.check_conflicts,
    figures_restate.check_restated,
    figures_slips.check_slipped_restatements,
)

CHECKS = (check_swapped_digits,)
