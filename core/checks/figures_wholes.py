# SPDX-License-Identifier: MIT
"""The whole a share is taken of, when the share names it in words (占基金总支出的18.5%).

The share rules find the whole in the same sentence or paragraph first (figures_math). A report
often states the whole once, in its opening or an earlier section (全年医保基金总支出3.28亿元),
and takes shares of it later (门诊统筹支出0.52亿元，占基金总支出的18.5%): ``named_before`` finds
that figure anywhere before the share, by the name alone. Names are compared without period words
and count endings (上半年完成投资 → 完成投资, 水库总数 → 水库); a figure inside a 其中 list is a part
of a whole, never the whole itself. When several earlier figures carry the name with different
values, the rules stay silent unless the share fits none of them.
"""

from __future__ import annotations

import re

from ..ledger import Entry
from .figures_common import Figures, since_break, synonyms, unit_family

_COUNT_WORD = re.compile(r"(?:人数|数量|总数|总额|总量|数)$")
_BASE_AFTER = re.compile(r"\s*的\s*[0-9０-９.．]+\s*[%％]")
_PERIOD_WORDS = re.compile(r"^(?:全年|上半年|下半年|今年|当年|年度|本年度?|前三季度|一季度|1-6月|1-9月)")
_TASK = re.compile(r"任务|目标|计划|预算")
_IN_LIST = re.compile(r"其中|分别|包括")
_BREAKS = "，,。；;：:、\n"
_LOOK_BACK = 400  # figures before the share that may be its whole: bounded, so a long text stays linear


def names_whole(core: str, e: Entry) -> bool:
    """Whether the whole a share names (党员总数 → 党员) is the metric of ``e`` (全镇党员).

    A short metric inside the name does not count: 预算 (of 年初预算) is not 一般公共预算收入.
    Words may be left out in between when the head is the same: 新增就业人数 → 新增城镇就业.
    """
    if len(e.metric) < 2:
        return False
    metric = synonyms(e.metric)  # 规上工业总产值 is 规模以上工业总产值, as the share's name has it
    if core in metric or (len(metric) >= 3 and metric in core):
        return True
    short = _COUNT_WORD.sub("", core)
    metric = metric.removesuffix("收入") if metric.endswith("税收收入") else metric  # 税收 = 税收收入
    return len(short) >= 3 and short[-1] == metric[-1] and subsequence(short, metric)


def subsequence(short: str, long_: str) -> bool:
    """Whether the characters of ``short`` stand in ``long_`` in the same order."""
    chars = iter(long_)
    return all(c in chars for c in short)


def plain_whole(e: Entry, a: Entry) -> bool:
    """A level larger than the part ``a``: no change, comparison, target or estimate."""
    n = e.number
    return not (e.growth or e.compare or e.target or n.approx) and n.value > a.number.value


def share_base(flow: str, e: Entry) -> bool:
    """The base of a share (为年初预算6.7亿元的102.1%) is neither a total nor a part of a list."""
    return bool(_BASE_AFTER.match(flow, e.fend))


def named_before(figs: Figures, a: Entry, core: str) -> list[Entry]:
    """The figures before part ``a`` that the whole's name ``core`` names, nearest first: levels
    of the same unit family, larger than the part, not themselves parts of a list."""
    core = _PERIOD_WORDS.sub("", core)
    if len(core) < 2 or _TASK.search(core):
        return []  # 全年任务, 年度目标: a task is found by the task rules, never by its bare name
    flow = figs.ledger.flow
    entries = figs.ledger.entries
    hi = _index_of(entries, a)
    found = []
    for e in reversed(entries[max(0, hi - _LOOK_BACK) : hi]):
        if e.number.kind != "number" or unit_family(e.number.dim) != unit_family(a.number.dim):
            continue
        if not plain_whole(e, a) or share_base(flow, e):
            continue
        if not (names_whole(core, e) or _names_clause(core, flow, e)):
            continue
        s_start = figs.ledger.sentences[e.sentence][0]
        if _IN_LIST.search(flow, s_start, e.fstart) and e.metric.removeprefix("其中") != core:
            continue  # 其中小型水库59座 is a part of the 水库 counted before it, unless named so
        found.append(e)
    return found


def _names_clause(core: str, flow: str, e: Entry) -> bool:
    """The name read from the whole clause before the figure, verbs kept (上半年完成水利建设投资 →
    完成水利建设投资, which 完成投资 names), with the same head."""
    clause = since_break(flow, e.fstart, 24, _BREAKS)
    clause = _PERIOD_WORDS.sub("", clause.strip())
    short = _COUNT_WORD.sub("", core)
    return len(short) >= 3 and clause[-1:] == short[-1] and subsequence(short, clause)


def _index_of(entries: list[Entry], a: Entry) -> int:
    lo, hi = 0, len(entries)
    while lo < hi:  # entries are in text order
        mid = (lo + hi) // 2
        if entries[mid].fstart < a.fstart:
            lo = mid + 1
        else:
            hi = mid
    return lo
