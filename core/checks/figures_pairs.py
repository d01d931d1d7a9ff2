# SPDX-License-Identifier: MIT
"""Whether two figures of one name state one thing: what the draft itself shows about a pair.

The restatement rules (conflict, slips, alias, restate, swaps) find two differing figures under one
name; before they report the later one, they ask here whether the draft shows the two to be of two
things or two times (a part and its own whole, a stated change, two rows of a table), and which of
the pair is the odd one when a third figure repeats one of them.
"""

from __future__ import annotations

import re
from itertools import pairwise

from ..ledger import Entry
from ..numbers import share_holds
from .figures_common import Figures, since_break, unit_family

_OWN_RATE = re.compile(r"\s*[，,]\s*([\u4e00-\u9fff]{0,8})率(?:为|达到?|是)?\s*")
_COVERAGE = re.compile(
    r"\s*[，,]\s*(?:覆盖|投保|参保|参合|签约|达标|合格|完成|到位|普及|建档|接种|入学)率\s*(?:为|达到?|约)?\s*"
)
_SHARE_OF_NAMED = re.compile(r"\s*[，,]\s*占([^，,。；;\d%]{2,12}?)的")
_AREA_LEAD = re.compile(r"^(?:全|我|本)(?:区|县|镇|乡|市|街道|园区)")
_CHANGED_TO = re.compile(
    r"[^，,。；;\d]{0,6}?(?:增|减|降|升|提高|调整|压减|减少|增加|下降|上升)(?:到|至|为)\s*$"
)


def own_whole(figs: Figures, e: Entry) -> Entry | None:
    """The whole a figure is a part of in its own sentence, when a rate follows it
    (接受移交治安纠纷215件，调解成功198件，成功率92.1%): the larger figure of its unit before it.
    For a rate itself (登记糖尿病患者1802人，规范管理1386人，规范管理率76.9%), the whole of the
    part just before it."""
    entries = figs.by_sentence[e.sentence]
    i = next((k for k, x in enumerate(entries) if x is e), -1)
    if i < 0:
        return None
    if e.number.kind == "percent":
        return own_whole(figs, entries[i - 1]) if i >= 1 and entries[i - 1].number.kind == "number" else None
    if i + 1 >= len(entries) or entries[i + 1].number.kind != "percent" or entries[i + 1].growth:
        return None
    family = unit_family(e.number.dim)
    before = entries[:i]
    a = figs.ledger.sentences[e.sentence][0]
    if e.sentence > 0 and figs.ledger.flow[a - 1 : a] in ("；", ";"):
        before = figs.by_sentence[e.sentence - 1] + before  # 共调解2864件，…；调解成功2790件，成功率97.4%
    for d in reversed(before):
        larger = d.number.value > e.number.value
        if d.number.kind == "number" and unit_family(d.number.dim) == family and larger:
            return d
    return None


def distinct(figs: Figures, a: Entry, b: Entry) -> bool:
    """Whether the draft itself shows two differing figures to be of two things or two times:
    parts of two wholes with their own rates, or a change it states from the one to the other
    (合作社由163家减少到126家)."""
    return (
        of_two_wholes(figs, a, b)
        or _stated_change(figs, a, b)
        or _share_of(figs, b, a)
        or _share_of(figs, a, b)
        or _rate_of(figs, b, a)
        or _rate_of(figs, a, b)
        or _two_rows(figs, a, b)
        or _breakdown_gives(figs, a, b)
        or _breakdown_gives(figs, b, a)
        or _listed_under(figs, a, b)
        or _respective(figs, a) != _respective(figs, b)
        or _parts_of_two_lists(figs, a, b)
        or _parallel_items(figs, a, b)
        or _moved_to(figs, a, b)
    )


_MOVED_TO = re.compile(
    r"(?:下降|降低|减少|回落|降)(?:到|至)\s*$|(?:提高|提升|增加|增长|上升|升|增)(?:到|至)\s*$"
)


def _moved_to(figs: Figures, a: Entry, b: Entry) -> bool:
    """Whether the later figure is where the earlier one moved to (年初贫困发生率22.6% … 年末…下降到16.6%):
    a change told in two sentences, no restatement."""
    first, later = sorted((a, b), key=lambda x: x.fstart)
    m = _MOVED_TO.search(figs.ledger.flow, max(0, later.fstart - 4), later.fstart)
    if m is None:
        return False
    falling = m.group().startswith(("下降", "降低", "减少", "回落", "降"))
    return later.number.value < first.number.value if falling else later.number.value > first.number.value


def _parallel_items(figs: Figures, a: Entry, b: Entry) -> bool:
    """Whether two figures stand in two items of one sentence, split by ；(城乡居民医保基金…当期结余
    0.36亿元；职工医保基金…当期结余0.31亿元): each item speaks of its own subject."""
    first, later = sorted((a, b), key=lambda x: x.fstart)
    between = figs.ledger.flow[first.fend : later.fstart]
    return ("；" in between or ";" in between) and not re.search(r"[。！？!?\n]", between)


_RESPECTIVELY = re.compile(r"分别(?:为|是|占|达到?|有)?[^，,。；;\d]{0,2}$")


def _respective(figs: Figures, e: Entry) -> bool:
    """Whether a figure is an item of a 分别为 list (面积分别为82.6万亩、3.2万亩和0.4万亩): the part
    of one class, never a restatement of the whole before it."""
    flow = figs.ledger.flow
    clause = since_break(flow, e.fstart, 40, "，,。；;：:\n")
    return bool(_RESPECTIVELY.search(re.split(r"[0-9０-９]", clause)[0] if "分别" in clause else ""))


def _parts_of_two_lists(figs: Figures, a: Entry, b: Entry) -> bool:
    """Whether each figure is a part listed under its own whole and the wholes differ (年初共有矿山68家，
    其中石料矿41家 / 保留的47家矿山中，石料矿28家): two breakdowns of two sets."""
    wa, wb = list_whole(figs, a), list_whole(figs, b)
    if wa is None or wb is None:
        return False
    (lo1, hi1), (lo2, hi2) = wa.number.bounds, wb.number.bounds
    return hi2 < lo1 or lo2 > hi1


_SUBSET_OF = re.compile(r"[^，,。；;\d]{0,10}中[，,]")


def list_whole(figs: Figures, e: Entry) -> Entry | None:
    """The whole a figure is listed under in its sentence: the figure of its unit family before a
    其中 that leads to it, or the count of a set named as a scope (保留的47家矿山中，…)."""
    flow = figs.ledger.flow
    family = unit_family(e.number.dim)
    for x in reversed(figs.by_sentence[e.sentence]):
        if x.fstart >= e.fstart or x.number.kind != "number" or unit_family(x.number.dim) != family:
            continue
        if x.number.value <= e.number.value:
            continue
        if "其中" in flow[x.fend : e.fstart] or _SUBSET_OF.match(flow, x.fend):
            return x
    return None


def _listed_under(figs: Figures, whole: Entry, part: Entry) -> bool:
    """Whether ``part`` is an item of a 其中 list that ``whole`` opens in the same sentence, the list
    running on past a ；(登记来信来访1,538件次。其中来信646件次，…；来访892件次): one of its parts."""
    between = figs.ledger.flow[whole.fend : part.fstart]
    at = between.find("其中")
    return (
        at >= 0
        and len(between) <= 200
        and "\n" not in between
        and "。" not in between[at:]
        and part.number.value < whole.number.value
    )


def _breakdown_gives(figs: Figures, whole: Entry, other: Entry) -> bool:
    """Whether the figures right after ``whole`` break it down and one of them is ``other``'s value
    (受理执行案件2,184件（含旧存312件，新收1,872件） … 执行案件1,872件): the other counts that part."""
    lo, hi = other.number.bounds
    return any(
        whole.fend <= x.fstart <= whole.fend + 40
        and x.number.dim == other.number.dim
        and x.number.value < whole.number.value
        and lo <= x.number.value <= hi
        for x in figs.by_sentence[whole.sentence]
    )


# a table row written as a line of fields, the first naming its item (项目名称：高端装备产业园；
# 投资额：35亿元；进度：已开工); a first field with a figure (签约项目：31个；…) names none
_ROW = re.compile(
    r"[ \t\u3000]*[^\s：:；;，,。0-9０-９]{1,8}[：:][ \t\u3000]*"
    r"([^：:；;，,。\n0-9０-９]{2,40}?)[ \t\u3000]*[；;，,]"
)


# a short line that names its item and gives its figures (白岩山石灰石矿区，整合前9家，整合后2家；)
_LINE_ROW = re.compile(r"[ \t\u3000]*([^\s：:；;，,。、0-9０-９]{2,16})[，,]")
_ROW_LENGTH = 50


def row_item(figs: Figures, e: Entry) -> str | None:
    """The item named by the first field of the row a figure stands in, when it stands in a later
    field; or by the opening of a short line of figures (one row of a list of areas or projects)."""
    text = figs.ledger.text
    start = text.rfind("\n", 0, e.number.start) + 1
    m = _ROW.match(text, start)
    if m and m.end() <= e.number.start:
        return m.group(1)
    end = text.find("\n", e.number.end)
    end = end if end >= 0 else len(text)
    line = text[start:end].rstrip()
    listed = line.endswith(("；", ";")) or text[:start].rstrip().endswith(("：", ":"))
    if len(line) > _ROW_LENGTH or not listed:
        return None  # a row is a short line of a list: ends in ；or follows a line ending in ：
    m = _LINE_ROW.match(text, start)
    return m.group(1) if m and m.end() <= e.number.start else None


def _two_rows(figs: Figures, a: Entry, b: Entry) -> bool:
    """Whether one figure is a field of a table row whose item the other does not speak of: the
    投资额 of two rows (or of a row and a sentence about something else) are two projects' amounts."""
    ra, rb = row_item(figs, a), row_item(figs, b)
    if ra == rb:
        return False  # neither in a row, or two rows of one item
    if ra is not None and rb is not None:
        return True
    item, other = (ra, b) if ra is not None else (rb, a)
    s0, s1 = figs.ledger.sentences[other.sentence]
    return item not in figs.ledger.flow[s0:s1]


def _rate_of(figs: Figures, part: Entry, whole: Entry) -> bool:
    """Whether ``part`` is followed by a rate that it makes of ``whole`` (在用电梯3862台 … 已投保电梯
    2980台，覆盖率77.2%): the draft shows the one to be a part of the other."""
    entries = figs.by_sentence[part.sentence]
    i = next((k for k, x in enumerate(entries) if x is part), -1)
    if i < 0 or i + 1 >= len(entries) or whole.number.value <= part.number.value:
        return False
    p = entries[i + 1]
    if p.number.kind != "percent" or p.growth:
        return False
    flow = figs.ledger.flow
    own = _OWN_RATE.fullmatch(flow, part.fend, p.fstart)
    if own is not None:
        # the rate names what the part counted (调解成功569件，调解成功率96.9%), not another measure
        # of the same unit's neighbour (平均住院日7.8天，床位使用率89.6%)
        said = since_break(flow, part.fstart, 16, "，,。；;：:\n")
        stem = own.group(1)
        own = own if any(stem[k : k + 2] in said for k in range(len(stem) - 1)) else None
    if not (_COVERAGE.fullmatch(flow, part.fend, p.fstart) or own):
        return False  # only a rate right after it says what the part is of
    return share_holds(part.number, whole.number, p.number)


def _share_of(figs: Figures, part: Entry, whole: Entry) -> bool:
    """Whether ``part`` states its share of what ``whole`` names (医保患者出院1.63万人次，占出院人次
    的79.2% against 出院患者2.14万人次)."""
    m = _SHARE_OF_NAMED.match(figs.ledger.flow, part.fend)
    if not m:
        return False
    core = m.group(1).removesuffix("总数").removesuffix("总量").removesuffix("总额")
    core = _AREA_LEAD.sub("", core)  # 占全区工业总产值的: the area is the report's own
    name = whole.metric + whole.number.unit.lstrip("万亿千")  # 出院患者 2.14万人次 → 出院患者人次
    if len(core) < 2 or part.metric == whole.metric or core[0] != name[:1]:
        return False  # 入境游客 is no 游客总数; 工业技改投资 restated is no part of itself
    chars = iter(name)
    return all(c in chars for c in core)  # 出院人次 in 出院患者人次


def _stated_change(figs: Figures, a: Entry, b: Entry) -> bool:
    """Whether the draft states a change from ``a``'s value to ``b``'s (由163家减少到126家) anywhere."""
    changes = figs.__dict__.get("_changes")
    if changes is None:  # every stated change of the draft, read once per run
        flow = figs.ledger.flow
        changes = figs.__dict__["_changes"] = {
            (x.number.value, y.number.value)
            for x, y in pairwise(figs.ledger.entries)
            if x.number.kind == y.number.kind == "number" and _CHANGED_TO.match(flow, x.fend, y.fstart)
        }
    return (a.number.value, b.number.value) in changes


def adds_up_in_list(figs: Figures, e: Entry) -> bool:
    """Whether a figure is an item of a 其中 list whose items add up to the total before it
    (享受待遇3104人，其中机构护理1268人、居家护理1836人): the arithmetic bears it out."""
    flow = figs.ledger.flow
    entries = [
        x for x in figs.by_sentence[e.sentence] if x.number.kind == "number" and x.number.dim == e.number.dim
    ]
    mark = flow.rfind("其中", max(0, e.fstart - 60), e.fstart)
    totals = [x for x in entries if x.fend <= mark]
    parts = [x for x in entries if x.fstart > mark]
    if mark < 0 or not totals or len(parts) < 2:
        return False
    lo = sum(x.number.bounds[0] for x in parts)
    hi = sum(x.number.bounds[1] for x in parts)
    tlo, thi = totals[-1].number.bounds
    return not (hi < tlo or lo > thi)


def of_two_wholes(figs: Figures, a: Entry, b: Entry) -> bool:
    """Whether two figures are parts of two different wholes, each stated in its own sentence
    (法院委派438件，调解成功301件，成功率68.7% / 公安移交215件，调解成功198件，成功率92.1%)."""
    wa, wb = own_whole(figs, a), own_whole(figs, b)
    if wa is None or wb is None:
        return False
    (lo1, hi1), (lo2, hi2) = wa.number.bounds, wb.number.bounds
    return hi2 < lo1 or lo2 > hi1


def borne_out(figs: Figures, first: Entry, e: Entry, name: str) -> bool:
    """Whether the later figure repeats a third one of its name before it (新登记经营主体5826户 …
    新增经营主体5862户中 … 新增经营主体：5826户): the odd one is then the figure in between, which the
    slip rule holds against the first. Asked only of a pair about to be reported."""
    words = {name[i : i + 2] for i in range(len(name) - 1)}
    for x in figs.ledger.entries:
        if x.fstart >= e.fstart:
            return False
        if x is first or x.sentence == e.sentence or x.number.unit != e.number.unit:
            continue
        if x.number.value == e.number.value and any(w in x.metric for w in words):
            return True
    return False
