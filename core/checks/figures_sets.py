# SPDX-License-Identifier: MIT
"""figure-conflict: how many things a body has, stated twice with two counts.

``全市现有地震监测台站28个`` … ``对26个地震监测台站全部实行专人负责``: the first sentence says how many
stations there are; the second speaks of all of them (全部, 全市, 所有) and gives another count.
The set is named before its count the first time (现有/共有/辖 … N个) and after it the second time
(N个 + the same name), so the names are matched by their words, not by the ledger's metric.

A count that does not speak for the whole set (对5个断面开展加密监测, 新建台站5个) is left alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..ledger import Entry
from ..model import Finding
from .base import Context
from .figures_common import conflict_finding, figures_of, last_of
from .figures_math import same_family
from .figures_slips import differ, one_section

CATEGORY = "figure-conflict"
_COUNTERS = frozenset("个家座所处条台套支名户辆艘架口眼间栋张部位人")
_BREAKS = "，,。；;：:、（）()\n！？!?"
_HOLD = re.compile(r"共有|现有|共计|下辖|辖有|辖|下设|建有|设有|拥有|总数为?|总量为?")
_HOLD_TAIL = re.compile(r"(?:共有|现有|共计|共|有|总数为?|达到?|为)$")
_SCOPE = re.compile(
    r"^(?:目前|截至目前|截[至止][^，]{0,6}[底末]|全(?:镇|乡|县|区|市|站|校|院|局|所|场|街道|系统)|"
    r"我(?:镇|乡|县|区|市|站|校|院|局|所|场)|本(?:站|校|院|局|所|场)|辖区内?)+"
)
_NOT_STOCK = re.compile(
    r"新建|新增|新引进|新开|建成|完成|开展|培训|检查|其中|累计|争取|计划|力争|今年|全年|上半年"
)
# 在全区162家公共机构…, 对全部26个台站…; but 全镇12个行政村建成… may be some of the 28 villages
# a count of what was done, not of what there is (今年以来 only says when)
_NOT_WHOLE = re.compile(r"新建|新增|新引进|新开|建成|完成|开展|培训|检查|其中|累计|争取|计划|力争")
_LISTED = re.compile(r"(?:以上|上述|这|该)$")
_WHOLE_BEFORE = re.compile(r"对全(?:镇|乡|县|区|市|站|校|院|局|所|场|街道|系统)(?:的)?|所有|全部")
_WHOLE_AFTER = re.compile(r"[^，,。；;]{0,3}?(?:全部|均|都|所有|全面|全覆盖)")
_NOUN_AFTER = re.compile(r"\s*([\u4e00-\u9fff]{2,8}?)(?=[，,。；;、（(]|全部|均|都|和|及|$)")
_MORE_THAN = "\0"  # marks a count that names its set by an area word only
_AREA_BEFORE = re.compile(r"(?:在|向|为|给)?全(?:镇|乡|县|区|市|站|校|院|局|所|场|街道|系统)(?:的)?$")
_KINDS = re.compile(r"^(?:各级各类|各类|各级|所有)")
_HAN_NAME = re.compile(r"[\u4e00-\u9fff]{2,10}")


def check_set_counts(ctx: Context) -> Iterator[Finding]:
    """Flag the later of two counts of one body's whole set of things."""
    figs = figures_of(ctx)
    flow = figs.ledger.flow
    counts = [e for e in figs.ledger.entries if _countable(e)]
    stated: dict[str, Entry] = {}
    for e in counts:
        if e.fstart >= figs.plan_start:
            break  # a set is stated in the review; a plan may only speak of it again (对全县91处隐患点…)
        name = _stated_name(flow, e)
        if name is not None:
            stated.setdefault(name, e)
    if not stated:
        return
    # one pattern of every stated name, longest first: one match per count, not one try per name
    names = re.compile("|".join(map(re.escape, sorted(stated, key=len, reverse=True))))
    first_seen: dict[str, Entry] = {}
    for e in counts:
        in_plan = e.fstart >= figs.plan_start
        name = (None if in_plan else _stated_name(flow, e)) or _whole_named_after(flow, e, names)
        if name is None:
            continue
        weak = name.startswith(_MORE_THAN)
        name = name.removeprefix(_MORE_THAN)
        if weak and (name not in first_seen or e.number.value <= first_seen[name].number.value):
            continue  # 在全镇12个行政村推广…: some of the 14 villages
        first = first_seen.setdefault(name, e)
        if (
            first is e
            or not same_family(first.number.dim, e.number.dim)
            or not one_section(figs, first, e, name)
        ):
            continue
        if differ(first, e):
            yield conflict_finding(ctx, first.number, e.number, name)


def _countable(e: Entry) -> bool:
    n = e.number
    return (
        n.kind == "number"
        and n.unit in _COUNTERS
        and not (n.approx or e.growth or e.compare or e.target)
        and n.value >= 2
        and n.value == int(n.value)  # 每千名老年人拥有养老床位36.5张 is a ratio, no set counted
    )


def _stated_name(flow: str, e: Entry) -> str | None:
    """The set of ``现有地震监测台站28个`` / ``监测断面共有14个`` / ``辖12个行政村``'s first form."""
    clause = re.sub(r"\s+", "", _clause_before(flow, e.fstart, 30))
    holds = list(_HOLD.finditer(clause))
    if not holds or _NOT_STOCK.search(clause):
        return None
    hold = holds[-1]
    after = _HOLD_TAIL.sub("", clause[hold.end() :])  # 总数达到215家: 达到 names nothing
    noun_after = _NOUN_AFTER.match(flow, e.fend)
    if after:
        # 全片区共有农户 is another area's 农户 than 全镇共有农户: a scope left before 共有 stays
        scope = _SCOPE.sub("", clause[: hold.start()])
        name = (scope if scope.startswith("全") else "") + after
    elif noun_after and hold.end() == len(clause):
        name = noun_after.group(1)  # 街道下设9个社区: the set is named after its count
    else:
        name = _HOLD_TAIL.sub("", clause[: hold.start()])
    name = _KINDS.sub("", _SCOPE.sub("", name).rsplit("的", 1)[-1])  # 各级各类学校 → 学校
    return name if _HAN_NAME.fullmatch(name) else None


def _clause_before(flow: str, pos: int, width: int) -> str:
    floor = max(0, pos - width)
    cut = last_of(flow, _BREAKS, floor, pos)
    return flow[cut + 1 if cut >= 0 else floor : pos]


def _whole_named_after(flow: str, e: Entry, names: re.Pattern[str]) -> str | None:
    """The set of ``对26个地震监测台站全部…`` / ``在全区162家公共机构…``: a known name right after
    the count, with a word saying the count is of all of them."""
    m = names.match(flow, e.fend)
    if m is None:
        return None
    name = m.group()
    before = _clause_before(flow, e.fstart, 12)
    if _NOT_WHOLE.search(before) or _LISTED.search(before):
        return None  # 以上5个社区均…: those just named, not the whole set
    among = before.endswith("在") and flow.startswith("中", e.fend + len(name))  # 在192家入园企业中
    if among or _WHOLE_BEFORE.search(before) or _WHOLE_AFTER.match(flow, e.fend + len(name)):
        return name
    if _AREA_BEFORE.search(before):
        return _MORE_THAN + name  # 在全县25家养老机构…: all of them only if more than the set holds
    return None


CHECKS = (check_set_counts,)
