# SPDX-License-Identifier: MIT
"""figure-mismatch: the parts listed after a total (`共N，其中A、B、C`) against that total.

With 其他/其余 or 分别为, or when the parts name a complete split from
lexicon/figure_partitions.txt (税收/非税, 城镇/农村, 男/女 …), the parts must add up to the
total; otherwise (a 其中 or 包括 list may leave items out) they must only not exceed it.
Thresholds (全部达到10万元以上) and the bases of shares (为年初预算6.7亿元的102.1%) are not totals.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from functools import cache
from itertools import pairwise

from ..ledger import Entry
from ..model import Finding
from ..numbers import Number, counted, sum_bounds
from ..resources import word_list
from .base import Context
from .figures_common import (
    Figures,
    bracketed_base,
    figures_of,
    fmt_value,
    last_of,
    own_share_after,
    previous_in_paragraph,
    since_break,
)
from .figures_math import clause_text, paragraph_before
from .figures_wholes import share_base

CATEGORY = "figure-mismatch"
_OVERLAPPING = re.compile(
    r"女|男|少数民族|岁|学历|大专|本科|研究生|以上|以下|党员|团员|退役|残疾|党外|竣工|投产|职称"
)
# （11月份和上年同月分别为…）, 年度目标分别为680套和500套: other periods' values or targets, not parts
_ASIDE = re.compile(r"[（(][^）)]*$|(?:月份?|上年|去年|同期|同月|目标|任务)[^，,。；;]{0,8}$")
_VIEW_BEFORE = re.compile(r"(?:分|从|按)[\u4e00-\u9fff]{1,4}(?:看|来看|分)[，,：:][^。；;]*[、][^。；;]*$")
_PER_HEAD = re.compile(r"人均|户均|平均|均价|单价")
_PARTS_MARK = re.compile(
    r"其中[：:]?|分别为[：:]?|分别是[：:]?|分别用于[：:]?|(?<=[，,：:])包括[：:]?(?![^，,。；;]{0,20}在内)"
    r"|(?:分|从|按)[\u4e00-\u9fff]{1,4}(?:看|来看|分)[，,：:]"  # 分税种看，… / 从产业看，… / 按产业分，
)
# 3,120人次 is one figure, not two clauses
_COUNTED_KINDS = re.compile(r"[一二两三四五六七八九十0-9]+(?:项|类|种|大)")
_OPEN_KINDS = re.compile(r"(?:各类|各项|各种|多种|多项)(?![^，,；;]*(?:合计|总计))")
_SHORT_BY = 0.08  # a plain list this close below its total has lost a part or a digit
_LIST_JOIN = re.compile(r"\s*、\s*[\u4e00-\u9fff（）()“”]{1,16}\s*")
_SPLIT_VIEW = re.compile(r"(?:分|从)[\u4e00-\u9fff]{1,4}(?:看|来看|分)")
_SHARE_BETWEEN = re.compile(r"，占[^，；;。]*[%％]")
_CLAUSES = re.compile(r"(?:[^，,、；;。]|(?<=[0-9]),(?=[0-9]{3}))+")
_PART_STOP = re.compile(
    r"目前|总额|总计|合计|共计|同比|增长|下降|占(?!道|地|用)|比上年|较(?![大小高低多少好差快慢强弱])|率|平均|人均|户均|每|拥有量|其中|累计投资|"
    r"计划(?![0-9])|任务|目标|另有|另外|此外|"  # 国培计划186人次 names a programme; 另有林地 is outside it
    r"总数|总量|^\s*(?:新认定|新培育|新引进|新签约)"  # ，总数达到213家 / ，新认定高新技术企业26家: not parts
)
_BOUND_BEFORE = re.compile(r"(?:超过|高于|低于|不足|不到|不低于|不少于)\s*$")
_NAME_LEAD = re.compile(r"^(?:其中|分别为|分别是|包括)?\s*[：:，,]?\s*")
_NEXT_PART = re.compile(r"\s*[\u4e00-\u9fff]{1,12}?(?=[0-9])")
_NOT_PART = re.compile(r"全|我|完成|实现|共|累计|新增|同比|占|比|较|争取|发放|投入|落实|开展|组织|举办")
_BETWEEN_PARTS = re.compile(r"^\s*(?:同比|比上年|较上年)?\s*(?:增长|下降|增加|减少)|^\s*占")
_SHARE_OF = re.compile(r"占([\u4e00-\u9fff]{2,10}?)(?:总数|人数)?的")
_PART_REST = re.compile(r"^(?:其他|其余|剩余|余下)")


def check_parts(ctx: Context) -> Iterator[Finding]:
    """`共N，其中A、B、C`: parts must not exceed the total, and must add up to it with 其他 or 分别为."""
    figs = figures_of(ctx)
    flow = figs.ledger.flow
    for si, entries in enumerate(figs.by_sentence):
        s_start, s_end = figs.ledger.sentences[si]
        sentence = flow[s_start:s_end]
        starts = [e.fstart for e in entries]
        if not any(w in sentence for w in ("其中", "分别", "包括", "看")):
            continue
        end, more = _list_end(figs, si)
        for m in _PARTS_MARK.finditer(sentence):
            if m.group().startswith("分别") and _ASIDE.search(sentence[: m.start()]):
                continue  # （11月份和上年同月分别为…）: values of other periods, not parts
            if m.group().startswith("其中") and _VIEW_BEFORE.search(sentence[: m.start()]):
                continue  # 按产业分，…、现代农业项目5个，其中亿元以上项目19个: of the whole, not the item
            respectively = m.group().startswith("分别")
            if respectively and _PER_HEAD.search(sentence[max(0, m.start() - 16) : m.start()]):
                continue  # 城乡居民人均可支配收入分别为21860元和9740元: averages add up to nothing
            at = s_start + m.start()
            k = bisect_left(starts, at)
            near = entries[max(0, k - 12) : k + 40] + more  # bounded: texts without full stops stay linear
            wider: list[Entry] = []  # other totals the parts may be of (never the one they are held to)
            if not sentence[: m.start()].strip(" ，,") or m.group().startswith("分别"):
                # 共有贫困户701户。其中，…; 受理信访事项146件。按渠道分，来信、来访分别为…
                near = _full_sentence_before(figs, si)[-16:] + near
                wider = paragraph_before(figs, si, 3)[-16:]  # 受理…2874件；调解成功2791件。从类型看，…
            marker = (at, s_start + m.end())
            yield from _parts_at(ctx, figs, near, marker, end, m.group().startswith("分别"), wider)


def _full_sentence_before(figs: Figures, si: int) -> list[Entry]:
    """The figures of the sentence before ``si`` in its paragraph, with the clauses before it that a
    ；joins to it (共调解纠纷2864件，…；调解成功2790件，…。从类型看，…分别为)."""
    flow = figs.ledger.flow
    out: list[Entry] = []
    k = si
    while k > 0 and si - k < 4:
        prev = previous_in_paragraph(figs, k)
        if not prev:
            break
        out = prev + out
        k -= 1
        start = figs.ledger.sentences[k][0]
        if flow[start - 1 : start] not in ("；", ";"):
            break
    return out


def _list_end(figs: Figures, si: int) -> tuple[int, list[Entry]]:
    """Where a 其中 list of sentence ``si`` ends: past a `；` when the next clause names just
    another part (…占一般公共预算收入的67.0%；非税收入4.12亿元), with that clause's figures."""
    flow = figs.ledger.flow
    end = figs.ledger.sentences[si][1]
    more: list[Entry] = []
    k = si
    # clause after clause (住院…；门诊…；大病保险及其他…): a few at most, so a long text stays linear
    while k + 1 < len(figs.ledger.sentences) and k - si < 6 and flow[end - 1 : end] in ("；", ";"):
        nxt = _NEXT_PART.match(flow, end)
        if not nxt or _NOT_PART.search(nxt.group()):
            break
        k += 1
        end = figs.ledger.sentences[k][1]
        more += figs.by_sentence[k][:12]
    return end, more


def _parts_at(
    ctx: Context,
    figs: Figures,
    entries: list[Entry],
    marker: tuple[int, int],
    s_end: int,
    respectively: bool,
    wider: list[Entry],
) -> Iterator[Finding]:
    flow = figs.ledger.flow
    at = marker[0]
    parts, rest = _collect_parts(flow, entries, marker[1], s_end)
    if not parts:
        return
    by_dim: dict[str, list[Entry]] = {}
    for e in parts:
        by_dim.setdefault(e.number.dim, []).append(e)
    if rest and len(by_dim) > 1 and all(counted(d) for d in by_dim):
        # 牛3.2万头、羊24.1万只、其他1.6万头只; 快报72条、分析46篇、其他68条: a list made whole by
        # 其他 counts one total under several classifiers, and they add up together
        dim = next(iter(rest)) if len(rest) == 1 else parts[0].number.dim  # the unit of 其他单位125户
        total = _total_before(flow, entries, at, dim, respectively)
        by_dim = {total.number.dim if total is not None else dim: parts}
        rest = set(by_dim)
    right_before = next((e for e in reversed(entries) if e.fend <= at), None)
    for dim, group in by_dim.items():
        total = _total_before(flow, entries, at, dim, respectively)
        if total is None or (respectively and len(group) < 2):
            continue
        if _other_count_right_before(flow, right_before, total, at):
            continue  # 检查用人单位428户，其中在建工程项目156个…: the parts are of the 户, not of 4个检查组
        must_sum = dim in rest or respectively
        split = None if must_sum else complementary_parts(flow, group)
        if split is not None:
            # 税收/非税, 城镇/农村 …: the named split covers the whole; silent when either the split
            # alone or all the parts add up (other parts may overlap it, like 35岁以下 next to 男/女)
            if any(_adds_up(g, total.number) for g in (split, group)):
                continue
            must_sum = True
        elif not must_sum and any(_OVERLAPPING.search(clause_text(flow, e)) for e in group):
            # 女党员、35岁以下党员、大专以上学历党员 overlap: only a single part may not exceed the total
            group = [max(group, key=lambda e: e.number.value)]
        elif not must_sum and _breakdown_of_first(flow, group):
            continue  # 其中卫生技术人员528人，占…86.3%，医师163人、护士238人: a breakdown of the first
        # a list may be short of its total when some parts are in another unit (医院4所、卫生室342个)
        # or the total says it has many kinds (各类项目资金860万元，其中交通…、水利…)
        open_list = len(group) != len(parts) or bool(_OPEN_KINDS.search(clause_text(flow, total)))
        verdict = _verdict(flow, group, total.number, must_sum, open_list)
        others = entries + [e for e in wider if e not in entries]
        if verdict is None or _other_total_fits(flow, others, at, total, group, verdict != "over"):
            continue
        if verdict == "over" and _prefix_adds_up(group, total.number):
            continue  # 其中1—5月22.31万人次，6月4.53万人次；出院患者1.52万人次: the list ended at the ；
        yield _parts_finding(ctx, group, total.number, verdict)


def _prefix_adds_up(group: list[Entry], total: Number) -> bool:
    """Whether the first two or more parts alone make the total: what follows them is another thing."""
    tlo, thi = total.bounds
    lo = hi = 0.0
    for k, e in enumerate(group[:-1]):
        lo, hi = lo + e.number.bounds[0], hi + e.number.bounds[1]
        if k >= 1 and not (hi < tlo or lo > thi):
            return True
    return False


def _other_count_right_before(flow: str, right_before: Entry | None, total: Entry, at: int) -> bool:
    """Whether the list follows straight on another count than the total it was matched with."""
    if right_before is None or right_before is total or right_before.number.kind != "number":
        return False
    adjacent = not flow[right_before.fend : at].strip(" ，,：:")
    paired = not flow[total.fend : right_before.fstart].strip()  # 搬迁1,236户5,108人，其中…户: one count
    other = counted(right_before.number.dim) and right_before.number.dim != total.number.dim
    return adjacent and other and not paired


def _verdict(flow: str, group: list[Entry], total: Number, must_sum: bool, open_list: bool) -> str | None:
    """ "sum" when parts that must add up do not, "over" when they exceed the total, "short"
    when a plain list of two or more parts falls just short of it (a part left out or a slip:
    其中暴雨预警15次、大风预警9次、雷电预警11次 against 37次), else None."""
    lo, hi = sum_bounds([e.number for e in group], total)
    tlo, thi = total.bounds
    if must_sum:
        return "sum" if hi < tlo or lo > thi else None
    if lo > thi:
        return "over"
    gap = (total.value - sum(e.number.value for e in group)) / total.value if total.value else 0
    if hi < tlo and gap <= _SHORT_BY and not open_list and _plain_list(flow, group):
        return "short"
    return None


def _plain_list(flow: str, group: list[Entry]) -> bool:
    """Two or more parts joined by 、 alone, each named (喷灌0.72万亩、滴灌0.53万亩)."""
    return len(group) >= 2 and all(_LIST_JOIN.fullmatch(flow, a.fend, b.fstart) for a, b in pairwise(group))


def _parts_finding(ctx: Context, group: list[Entry], total: Number, verdict: str) -> Finding:
    shown = fmt_value(total, sum(e.number.value for e in group))
    written = total.text.strip()
    if verdict == "short":
        what = f"分项相加为{shown}，比总数{written}少一些，请核对是否漏列了分项或算错"
    elif verdict == "sum":
        what = f"各分项相加为{shown}，与总数{written}不符"
    else:
        what = f"分项相加为{shown}，已超过总数{written}"
    return ctx.finding(
        "figures.parts",
        CATEGORY,
        "warning" if verdict == "short" else "error",
        f"总数与分项对不上：{what}。",
        total.start,
        total.end,
        shown if verdict == "sum" else None,
    )


def _collect_parts(flow: str, entries: list[Entry], at: int, s_end: int) -> tuple[list[Entry], set[str]]:
    """The figures listed after 其中, clause by clause, until a clause that is not a part, and the
    units the 其他/其余 clause gives (其他设备820万元 closes the money, not the count of 台)."""
    parts: list[Entry] = []
    rest: set[str] = set()
    skipped = False
    listed = False  # the parts so far were set out with 、
    after = [e for e in entries if at <= e.fstart < at + 400]
    k = 0
    for clause in _CLAUSES.finditer(flow[at : min(s_end, at + 400)]):
        c_start, c_end = at + clause.start(), at + clause.end()
        while k < len(after) and after[k].fstart < c_start:
            k += 1
        k_before = k
        inside = []
        while k < len(after) and after[k].fstart < c_end:
            if after[k].number.kind == "number" and after[k].number.dim and not _threshold(flow, after[k]):
                inside.append(after[k])
            k += 1
        text = clause.group()
        sep = flow[c_start - 1 : c_start] if c_start > at else ""
        if listed and sep in ("，", ",", "；", ";") and not _PART_REST.match(text.strip()):
            break  # 其中来信46件、来访152件、网上信访16件，按期办结203件: the 、 list ended at the comma
            # (a last 其他 clause still closes it: …、泵站维修97万元，其他25万元)
        listed = listed or (sep == "、" and bool(parts))
        if not inside and parts and _SHARE_OF.match(text.strip()) and _sub_part(flow, parts, text):
            parts.pop()  # 专任教师152人，高级职称教师46人，占专任教师的30.3%: a part of a part
            break
        if not inside and k_before < k and _BETWEEN_PARTS.search(text):
            skipped = True
            continue  # 税收收入8.36亿元，同比增长7.1%，占…的67.0%；非税收入…: a rate about the part before
        if not inside or _PART_STOP.search(text) or (skipped and _NOT_PART.search(text)):
            break
        if _PART_REST.match(text.strip().lstrip("：:")):
            rest.update(e.number.dim for e in inside)
        parts.extend(inside)
    return parts, rest


def _breakdown_of_first(flow: str, group: list[Entry]) -> bool:
    """The parts after the first, set off from it by its own share, fit inside the first one."""
    return (
        len(group) >= 3
        and _SHARE_BETWEEN.search(flow, group[0].fend, group[1].fstart) is not None
        and sum(e.number.value for e in group[1:]) <= group[0].number.value
    )


def _sub_part(flow: str, parts: list[Entry], share_clause: str) -> bool:
    """Whether the share after the last part names an earlier part as its whole."""
    m = _SHARE_OF.match(share_clause.strip())
    whole = m.group(1) if m else ""
    return len(whole) >= 2 and any(whole in e.metric or e.metric.endswith(whole) for e in parts[:-1])


def _adds_up(parts: list[Entry], total: Number) -> bool:
    lo = sum(e.number.bounds[0] for e in parts)
    hi = sum(e.number.bounds[1] for e in parts)
    tlo, thi = total.bounds
    return not (hi < tlo or lo > thi)


@cache
def _partitions() -> tuple[tuple[str, ...], ...]:
    """Sets of complementary category words from lexicon/figure_partitions.txt, longest words first."""
    sets = (tuple(sorted(line.split(), key=len, reverse=True)) for line in word_list("figure_partitions"))
    return tuple(s for s in sets if len(s) >= 2)


def complementary_parts(flow: str, parts: list[Entry]) -> list[Entry] | None:
    """The parts that together name every member of one complementary set (税收收入 + 非税收入)."""
    named = [(e, _part_name(flow, e)) for e in parts]  # once, not once per set
    for members in _partitions():
        found: dict[str, tuple[Entry, str]] = {}
        for e, name in named:
            word = next((w for w in members if name.startswith(w)), None)
            if word is not None and word not in found:
                found[word] = (e, name)
        if len(found) != len(members):
            continue
        # 县级配套 is short for 县级配套资金: a bare 配套 names the same kind of money as 资金
        rests = [re.sub(r"配套$", "配套资金", found[w][1][len(w) :]) for w in members]
        heads = {r[-1:] for r in rests if r}
        if len(heads) <= 1 and (heads or all(not r for r in rests)):
            return [e for e, _ in found.values()]
    return None


def _part_name(flow: str, e: Entry) -> str:
    """What a listed part is called, with 新建/完成 kept (新建项目 and 续建项目 are a split)."""
    floor = max(0, e.fstart - 20)
    start = max(last_of(flow, "，,；;。:：、\n", floor, e.fstart), floor - 1)
    return _NAME_LEAD.sub("", flow[start + 1 : e.fstart].strip())


def _threshold(flow: str, e: Entry) -> bool:
    """A bound rather than an amount: 全部达到10万元以上, 超过50万元的村 (the figure describes, it
    is not counted)."""
    if e.number.approx in ("以上", "超过", "逾"):
        return True
    if share_base(flow, e):
        return False
    return bool(_BOUND_BEFORE.search(flow, max(0, e.fstart - 4), e.fstart)) or flow.startswith("的", e.fend)


def _may_be_total(flow: str, e: Entry) -> bool:
    """Rates of change, bases of shares, targets and averages are never the total of a list."""
    return not (
        e.growth
        or e.compare
        or share_base(flow, e)
        or re.search(r"占|任务|目标|计划|均|每", clause_text(flow, e))  # 人均, 亩均, 户均, 平均
    )


def _a_part(flow: str, e: Entry) -> bool:
    """A figure with its own share after it (企业所得税2.37亿元，占21.7%) or an item of a 其中 list
    (其中…、移送公安机关案件6件): a part, and the list after it is no split of it."""
    return (
        own_share_after(flow, e)
        or "其中" in since_break(flow, e.fstart, 120, "。；;\n")
        or "、" in since_break(flow, e.fstart, 16, "，,。；;\n")  # 税收收入中，增值税…、其他各税1.94亿元
    )


def _other_total_fits(
    flow: str, entries: list[Entry], at: int, total: Entry, group: list[Entry], must_sum: bool
) -> bool:
    """Whether the parts are those of another total in the clauses before the list.

    Parts belong to the total they follow; when 其中 opens a sentence after several figures
    (成交1,860万元，节约资金190万元。其中CT 780万元…), the parts may be of any of them, and a
    total they do add up to settles it: never blame a figure the parts were not about.
    """
    # 其中 right after its total leaves no doubt whose parts these are, unless they exceed it and
    # add up exactly to a figure just before it (评选最美家庭120户，推荐15户，其中城镇52户、农村68户)
    adjacent = not flow[total.fend : at].strip(" ，,：:\n")
    lo = sum(e.number.bounds[0] for e in group)
    hi = sum(e.number.bounds[1] for e in group)
    if adjacent and lo <= total.number.bounds[1]:
        return False
    for e in entries:
        if e is total or e.fend > at or e.number.kind != "number" or e.number.dim != total.number.dim:
            continue
        if at - e.fend > (60 if adjacent else 120) or not _may_be_total(flow, e):
            continue
        tlo, thi = e.number.bounds
        if not ((hi < tlo or lo > thi) if must_sum or adjacent else lo > thi):
            return True
    return False


def _total_before(flow: str, entries: list[Entry], at: int, dim: str, respectively: bool) -> Entry | None:
    passed = 0  # figures of the unit passed over on the way back to a 分别为 list's total
    for e in reversed([e for e in entries if e.fend <= at]):
        if e.number.kind != "number" or e.number.dim != dim:
            continue
        if e.number.approx in ("以上", "超过", "逾"):
            return None  # 全部达到10万元以上，其中…: a threshold is not a total to add up to
        if not _may_be_total(flow, e) or bracketed_base(flow, e):
            continue  # (…（2013年为35.53亿美元）。其中…分别为: last year's level is no total)
        if re.search(r"(?:以上|上述|这)\s*$", flow[max(0, e.fstart - 3) : e.fstart]):
            continue  # 以上三个项目…，其中第三小学新增学位1350个: those named, no total of the parts
        if not respectively and _a_part(flow, e) and _SPLIT_VIEW.match(flow, at):
            return None  # 分季度看 / 从进度看 after a part: the split is of a whole named before
        said_total = not passed and re.search(r"共|合计|总计|总|全", clause_text(flow, e))
        # 建成公路186.4公里，分别为…; 受理各类诉求6740件，其中投诉、举报、咨询分别为…
        right_after = not passed and bool(_NAMES_ONLY.fullmatch(flow, e.fend, at))
        if respectively and not (said_total or right_after or _names_of(flow, e, at)):
            passed += 1  # 共调处纠纷286件，调解成功279件。其中…分别为: past the count of successes
            if passed > 1:
                return None
            continue
        return e
    return None


_NAMES_ONLY = re.compile(r"[ ，,]*(?:其中[，,]?[\u4e00-\u9fff、和及与]{2,30})?")


def _names_of(flow: str, total: Entry, at: int) -> bool:
    """Whether the names listed before 分别 are kinds of the total: the last one shares a word
    with its name (检查企业45家，工业、建筑业、批零住餐企业分别为…)."""
    names = since_break(flow, at, 60, "，,。；;：:\n")
    items = [x for x in re.split(r"、|和|及|与", names) if x.strip()]
    if len(items) < 2:
        return False
    counted = _COUNTED_KINDS.search(names)
    if counted and counted.group() not in clause_text(flow, total):
        return False  # 民生支出19.72亿元…教育、社保、卫生三项支出分别为: three of its kinds, not all
    last, metric = items[-1], total.metric
    pieces = {last[i : i + 2] for i in range(len(last) - 1)} - _GENERIC_PIECES
    return any(p in metric for p in pieces)  # (健康管理 and 规范管理 share only 管理: two things)


_GENERIC_PIECES = frozenset(("管理", "服务", "工作", "建设", "人员", "分别"))


CHECKS = (check_parts,)
