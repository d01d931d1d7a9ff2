# SPDX-License-Identifier: MIT
"""figure-mismatch: exhaustive splits of a total that do not add up to it.

``办结243件，其中按期办结229件、逾期办结12件``: 按期 and 逾期 together are every case, so the parts
must add up to the total even though the draft says neither 其他 nor 分别为. The complementary
sets (男/女, 城镇/农村, 刑事/民事/行政 …) are data in lexicon/figures_splits.txt. A list that names
only some members of a set (其中女性4030人次) may leave the rest out and is left alone. One pass
over the sentences with 其中; every comparison is made between the intervals the figures stand for.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from ..ledger import Entry
from ..model import Finding
from ..numbers import sum_bounds
from ..resources import word_list
from .base import Context
from .figures_common import figures_of, fmt_value, last_of, previous_in_paragraph
from .figures_math import paragraph_before
from .figures_parts import complementary_parts
from .figures_wholes import named_before, subsequence

CATEGORY = "figure-mismatch"
# 其中, or a clause opening 财政收入中，: the figures after it split that whole
_MARK = re.compile(r"其中[：:，,]?|(?:(?<=[。；;\n])|^)\s*[\u4e00-\u9fff]{2,10}中[，,：:]")
_CLAUSE = re.compile(r"(?:[^，,、；;。]|(?<=[0-9]),(?=[0-9]{3}))+")  # 3,120 is one figure
_LEAD = re.compile(r"^\s*(?:其中|包括)?\s*[：:，,]?\s*")
_STOP = re.compile(
    r"同比|增长|下降|占|比上年|较(?:上|去|同|年|[0-9])|率|平均|人均|户均|计划|任务|目标|以上|以下|累计"
)
_REST = re.compile(r"(?:其他|其它|其余)")
_TOTAL_BAD = re.compile(r"占|任务|目标|计划|人均|平均|每|同比|比上年|较")


@cache
def _sets() -> tuple[tuple[str, ...], ...]:
    sets = (tuple(sorted(line.split(), key=len, reverse=True)) for line in word_list("figures_splits"))
    # larger sets first: 一般/较大/重大/特别重大 before 一般/较大/重大
    return tuple(sorted((s for s in sets if len(s) >= 2), key=len, reverse=True))


def check_splits(ctx: Context) -> Iterator[Finding]:
    figs = figures_of(ctx)
    flow = figs.ledger.flow
    for si, entries in enumerate(figs.by_sentence):
        s_start, s_end = figs.ledger.sentences[si]
        if "中" not in flow[s_start:s_end]:
            continue
        for m in _MARK.finditer(flow, s_start, s_end):
            before = [e for e in entries if e.fend <= m.start()]
            if not flow[s_start : m.start()].strip(" ，,"):
                before = previous_in_paragraph(figs, si)[-8:]
            parts = _parts(flow, [e for e in entries if e.fstart >= m.end()], m.end(), s_end)
            if len(parts) < 2:
                continue
            among = m.group().strip().rstrip("：:，,")
            named = among.endswith("中") and not among.startswith("其")
            split = _split(flow, parts)
            if split is None and named:
                split = complementary_parts(flow, parts)  # 财政收入中，税收收入…，非税收入…
            if split is None and named and _REST.match(_name(flow, parts[-1])):
                split = parts  # 税收收入中，增值税…、企业所得税…、其他税种…: every part is named
            if split is None:
                continue
            if named:
                name = among[:-1].strip()
                total = _named_total(before, name, parts[0].number.dim)  # 受理案件中，…
                if total is None:
                    far = named_before(figs, parts[0], name)  # stated in an earlier section
                    total = far[0] if far and far[0].number.dim == parts[0].number.dim else None
            else:
                total = _total(flow, before, parts[0].number.dim)
            wider = paragraph_before(figs, si, 3)[-16:] + before  # 受理5318件；审结5011件。其中民事…
            if total is None or _of_an_earlier_total(wider, total, split):
                continue
            f = _compare(ctx, total, split, parts)
            if f is not None:
                yield f


def _of_an_earlier_total(before: list[Entry], total: Entry, split: list[Entry]) -> bool:
    """Parts that exceed the total before them but add up to the figure just before it split
    that one (评选最美家庭120户，推荐15户，其中城镇家庭52户、农村家庭68户)."""
    lo = sum(e.number.bounds[0] for e in split)
    hi = sum(e.number.bounds[1] for e in split)
    if lo <= total.number.bounds[1]:
        return False
    return any(
        e is not total
        and e.number.kind == "number"
        and e.number.dim == total.number.dim
        and 0 <= total.fstart - e.fend <= 80
        and e.number.bounds[0] <= hi
        and lo <= e.number.bounds[1]
        for e in before
    )


def _parts(flow: str, after: list[Entry], at: int, s_end: int) -> list[Entry]:
    """The figures listed after 其中, clause by clause, while they are plain counts of one unit."""
    parts: list[Entry] = []
    k = 0
    for clause in _CLAUSE.finditer(flow[at : min(s_end, at + 300)]):
        c_start, c_end = at + clause.start(), at + clause.end()
        inside = []
        while k < len(after) and after[k].fstart < c_end:
            if after[k].fstart >= c_start:
                inside.append(after[k])
            k += 1
        if len(inside) != 1 or _STOP.search(clause.group()):
            break
        e = inside[0]
        n = e.number
        if n.kind != "number" or not n.dim or n.approx or (parts and n.dim != parts[0].number.dim):
            break
        parts.append(e)
    return parts


def _name(flow: str, e: Entry) -> str:
    floor = max(0, e.fstart - 16)
    start = max(last_of(flow, "，；;。:：、\n", floor, e.fstart), floor - 1)
    comma = flow.rfind(",", floor, e.fstart)
    if comma > start and not flow[comma + 1 : comma + 2].isdigit():
        start = comma
    return _LEAD.sub("", flow[start + 1 : e.fstart]).strip()


def _split(flow: str, parts: list[Entry]) -> list[Entry] | None:
    """The parts that name every member of one complementary set, with names that end alike."""
    names = [_name(flow, e) for e in parts]
    for members in _sets():
        found: dict[str, int] = {}
        for i, name in enumerate(names):
            word = next((w for w in members if name.startswith(w)), None)
            if word is None or word in found:
                continue
            found[word] = i
        if len(found) != len(members):
            continue
        rests = [names[found[w]][len(w) :] for w in members]
        heads = {r[-1:] for r in rests}
        if len(heads) == 1:
            return [parts[i] for i in sorted(found.values())]
    return None


def _total(flow: str, before: list[Entry], dim: str) -> Entry | None:
    for e in reversed(before):
        n = e.number
        if n.kind != "number" or n.dim != dim:
            continue
        clause = flow[max(0, e.fstart - 12) : e.fstart]
        clause = re.split(r"[，,。；;：:]", clause)[-1]
        if e.growth or e.compare or e.target or n.approx or _TOTAL_BAD.search(clause):
            return None
        return e
    return None


def _named_total(before: list[Entry], name: str, dim: str) -> Entry | None:
    """The whole a ``受理案件中，…`` split names: the last figure of that unit whose metric has every
    character of the name (受理案件 → 全院共受理各类案件)."""
    for e in reversed(before):
        # in order, and not the 非 of another (税收收入 is no 非税收入)
        named = subsequence(name, e.metric) and f"非{name[:1]}" not in e.metric
        if e.number.kind == "number" and e.number.dim == dim and named:
            return None if e.growth or e.compare or e.target or e.number.approx else e
    return None


def _compare(ctx: Context, total: Entry, split: list[Entry], parts: list[Entry]) -> Finding | None:
    lo, hi = sum_bounds([e.number for e in split], total.number)
    tlo, thi = total.number.bounds
    if not (hi < tlo or lo > thi):
        return None
    shown = fmt_value(total.number, sum(e.number.value for e in split))
    written = total.number.text.strip()
    return ctx.finding(
        "figures.parts",
        CATEGORY,
        "error",
        f"总数与分项对不上：各分项（已涵盖全部类别）相加为{shown}，与总数{written}不符。",
        total.number.start,
        total.number.end,
        shown,
    )


CHECKS = (check_splits,)
