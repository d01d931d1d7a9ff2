# SPDX-License-Identifier: MIT
"""figure-mismatch: a share whose whole is named by words, found by that name in the paragraph.

- ``计划投资260万元，…已完成投资182万元，完成计划投资的75%``: the whole is the figure whose
  metric is 计划投资; the part is the figure in front of the share.
- ``全年销售卷烟2.36万箱。其中一类烟销售0.42万箱，占总销量的21.4%``: a sentence opened by 其中
  takes the 总… it names from the last figure of its unit before the sentence.

The whole must be found without doubt: one value among the figures of that name, of the part's
unit, plain (no growth, comparison or approximate value). Otherwise the share stays silent.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..ledger import Entry
from ..model import Finding
from ..numbers import share_holds, suggest_percent
from .base import Context
from .figures_common import Figures, figures_of
from .figures_math import clause_text, is_task, paragraph_before, same_family, share_finding

_NAMED = re.compile(
    r"(?:完成|达到|达|占|为|相当于)了?(?P<name>[\u4e00-\u9fff]{2,14}?)的\s*(?:比例|比重)?\s*(?:为|达到?)?\s*$"
)
_TRIM = re.compile(
    r"^(?:全年|年度|今年|本年|全(?:镇|乡|县|区|市|街道|村|局|校|系统|省|州))+|(?:总数|总量|总额|总和|合计|人数|户数|数量)$"
)
_TOTAL_NAME = re.compile(r"^(?:全(?:镇|乡|县|区|市|街道|村|局|校|系统))?总|(?:总数|总量|总额)$")
_PERIOD_NAME = re.compile(r"上年|去年|同期|上一年|年初|上半年|(?:19|20)[0-9]{2}")
_AMONG = re.compile(r"\s*其中")
# 不合格 is not counted by a 合格率; 责令整改46家 is the whole of a 整改率, not its part
_NEGATED = re.compile(r"不|未|没有|责令|要求|督促|应|需")
_BARE_DONE = re.compile(r"^(?:实际|已经|已|累计|共)?(?:完成|实现|到位)?$|^(?:实际|已经|已|累计)")
_TASK_NAME = re.compile(r"(?:目标|任务|计划)(?:任务|目标)?数?")
# 完成进度56.8%: the progress of the plan stated before it
_PROGRESS = re.compile(r"(?P<name>(?:完成|投资|建设)?进度)(?:为|达到?)?\s*$")
_BRACKET_TASK = re.compile(r"\s*[（(]\s*(?:年度|全年|年初)?(?:计划|任务|目标)(?:任务|数)?(?:为|是)?\s*")


def check_named_share(ctx: Context) -> Iterator[Finding]:
    """`完成计划投资的75%`, `占总销量的21.4%`: the share of the part before it in the named whole."""
    figs = figures_of(ctx)
    flow = figs.ledger.flow
    for si, entries in enumerate(figs.by_sentence):
        for i, p in enumerate(entries):
            if p.number.kind != "percent" or p.growth or p.compare or p.number.approx:
                continue
            clause = clause_text(flow, p)
            m = _NAMED.search(clause) or _PROGRESS.search(clause)
            if not m or _PERIOD_NAME.search(m.group("name")):
                continue
            a = _part_before(flow, entries, i)
            subject = clause[: m.start()].strip()
            if a is None or (len(subject) >= 2 and not a.metric.endswith(subject)):
                continue  # 税收收入占…的69.7%: a part named in words is another rule's to find
            whole = _bracketed_task(flow, entries, i) or _whole_by_name(figs, si, a, m.group("name"))
            if whole is None or whole.number.value <= 0:
                continue
            if not share_holds(a.number, whole.number, p.number, is_task(flow, whole)):
                yield share_finding(ctx, a.number, whole.number, p.number)


def _part_before(flow: str, entries: list[Entry], pi: int) -> Entry | None:
    """The figure the share is of: the one in the clause right before it, past a growth rate."""
    for e in reversed(entries[:pi]):
        if e.number.kind in ("percent", "points") and (e.growth or e.compare):
            continue
        if e.number.kind != "number" or e.growth or e.compare or e.number.approx or not e.number.dim:
            return None
        gap = flow[e.fend : entries[pi].fstart]
        return e if gap.count("，") + gap.count(",") <= 2 and "其中" not in gap else None
    return None


def _whole_by_name(figs: Figures, si: int, a: Entry, raw: str) -> Entry | None:
    flow = figs.ledger.flow
    name = _TRIM.sub("", raw)
    pool = [
        e
        for e in paragraph_before(figs, si) + figs.by_sentence[si]
        if e.fend <= a.fstart
        and e.number.kind == "number"
        and same_family(e.number.dim, a.number.dim)
        and not (e.growth or e.compare or e.number.approx)
    ]
    if _TASK_NAME.fullmatch(name) or raw.endswith("进度"):
        # 完成年度目标的119.5%: the one task of the part's unit stated before it (下达任务12亿元)
        tasks = {e.number.value: e for e in pool if is_task(flow, e)}
        if len(tasks) != 1:
            return None
        task = next(iter(tasks.values()))
        own = _BARE_DONE.sub("", a.metric)
        if len(own) < 2:  # 1—5月税收收入完成2816万元，上半年完成3390万元: named by the figure before it
            same = [e for e in figs.by_sentence[a.sentence] if e.fend <= a.fstart and e is not a]
            own = _BARE_DONE.sub("", same[-1].metric) if same else ""
        # from another sentence the task must be of the same thing: 招商引资任务 is not 固定资产投资's
        if task.sentence == a.sentence or len(own) < 2 or own in clause_text(flow, task):
            return task
        return None
    if len(name) >= 2:
        named = {
            e.number.value: e
            for e in pool
            if _names(name, raw, e.metric) or (len(name) >= 3 and flow.startswith(name, e.fend))
        }  # 对全县436家定点医药机构 … 占全县定点医药机构的: the whole named after its figure
        if len(named) == 1:
            return next(iter(named.values()))
        if named:
            return None
    if _TOTAL_NAME.search(raw) and _AMONG.match(flow, figs.ledger.sentences[si][0]):
        # 其中…占总销量的: the total is the last figure of the part's unit before the 其中 sentence
        before = [e for e in pool if e.sentence < si and e.number.dim == a.number.dim]
        # 受理调处矛盾纠纷146件，调解成功139件。其中…占调处总数的: the one that names it, if any
        named_in = [e for e in before if len(name) >= 2 and name in e.metric]
        whole = (named_in or before)[-1] if before else None
        if whole is not None and whole.number.value > a.number.value:
            return whole
    return None


def _bracketed_task(flow: str, entries: list[Entry], pi: int) -> Entry | None:
    """The whole given in brackets right after the share: `达到计划的108.5%（年度计划1.2万亩）`."""
    if pi + 1 >= len(entries):
        return None
    e = entries[pi + 1]
    if e.number.kind != "number" or not _BRACKET_TASK.fullmatch(flow[entries[pi].fend : e.fstart]):
        return None
    return e


def _names(name: str, raw: str, metric: str) -> bool:
    """Whether a figure's metric is the whole the share names (计划投资, 总投资 → 项目总投资;
    粮食播种总面积 → 粮食播种面积)."""
    if len(metric) < 2:
        return False
    if "总" in name[1:] and len(name) >= 4 and _names(name.replace("总", ""), raw.replace("总", ""), metric):
        return True
    return (
        metric == name
        or metric.endswith(raw)
        or ((len(name) >= 3 or raw.endswith(("人数", "户数", "数量"))) and metric.endswith(name))
        or (raw.endswith(("人数", "户数")) and name in metric)  # 参考人数 → 我校参考学生
        or (len(metric) >= 3 and name.endswith(metric))
    )


_AMONG_WHOLE = re.compile(r"[\u4e00-\u9fff]{1,8}中\s*(?:[，,]|(?=已有|有|共有|已))")
_STOCK = re.compile(r"辖|共有|现有|全(?:镇|乡|县|区|市|街道)共?有?")
_DONE_CLAUSE = re.compile(r"已|建成|实现|完成|开通|达标")
_COVER_STEM = re.compile(r"覆盖|建成|完成|实现|达标|开通|通|普及")
_RATE_STEM = re.compile(r"(?P<stem>[\u4e00-\u9fff]{1,6}?)率\s*(?:为|达到?|是|约)?\s*$")


def check_rates_by_words(ctx: Context) -> Iterator[Finding]:
    """Rates whose two figures are found by the words around them.

    - ``全县287个行政村中，已有271个村卫生室完成标准化建设，覆盖率达到96.4%``: the whole opens the
      sentence with …中, the part is the next figure of its unit;
    - ``初中毕业生3412人，升入高中2976人，升学率89.2%``: the part is the figure right before the rate,
      its clause carrying the rate's first word (升), and the whole the figure right before it.
    """
    figs = figures_of(ctx)
    flow = figs.ledger.flow
    for entries in figs.by_sentence:
        counts = [e for e in entries if e.number.kind in ("number", "percent")]
        for i, p in enumerate(counts):
            if p.number.kind != "percent" or p.growth or p.compare or p.number.approx or i < 2:
                continue
            m = _RATE_STEM.search(clause_text(flow, p))
            if not m:
                continue
            num, den = counts[i - 1], counts[i - 2]
            if num.number.kind != "number" or den.number.kind != "number":
                continue
            if any(e.number.kind == "percent" for e in counts[:i]):
                continue  # another rate before it in the sentence: the pair may be its
            if _among(flow, den, num) or _stock_and_done(flow, den, num, m.group("stem")):
                pass
            elif not _worded(flow, den, num, m.group("stem")) or any(
                e.number.kind == "number" and same_family(e.number.dim, num.number.dim)
                for e in counts[: i - 2]
            ):
                continue  # another whole the rate may be of (预算 and 实际 for a 节约率): silent
            if not _plain_pair(den, num) or _ALL_AFTER.match(flow, num.fend):
                continue  # 规上企业312家，限上企业97家，全部实现联网直报: a rate of all of them
            if not share_holds(num.number, den.number, p.number):
                yield _rate_finding(ctx, num, den, p, m.group("stem"))


def _among(flow: str, den: Entry, num: Entry) -> bool:
    return bool(_AMONG_WHOLE.match(flow, den.fend)) and num.number.dim == den.number.dim


def _stock_and_done(flow: str, den: Entry, num: Entry, stem: str) -> bool:
    """`街道辖9个社区，已建成社区服务中心7个，覆盖率87.5%`: a rate of the units that have it."""
    gap = flow[den.fend : num.fstart]
    return (
        num.number.dim == den.number.dim
        and gap.count("，") + gap.count(",") == 1
        and bool(_STOCK.search(clause_text(flow, den)))
        and bool(_DONE_CLAUSE.search(clause_text(flow, num)))
        and bool(_COVER_STEM.search(stem))
    )


_TIME_WORDS = re.compile(r"[本全今上去当次]年|年[度末底初内]")


def _worded(flow: str, den: Entry, num: Entry, stem: str) -> bool:
    gap = flow[den.fend : num.fstart]
    outcome = stem.rsplit("后", 1)[1] if "后" in stem[1:] else ""
    if outcome and not clause_text(flow, num).rstrip("了的为达到 ").endswith(outcome):
        return False  # 培训后就业率: of those who found work (实现就业…), not of a 就业技能培训 count
    return (
        same_family(num.number.dim, den.number.dim)
        and gap.count("，") + gap.count(",") == 1
        and stem[:1] in _TIME_WORDS.sub("", clause_text(flow, num))  # 年检合格率: not the 年 of 本年新增
        and not _NEGATED.search(clause_text(flow, num))
    )


def _plain_pair(den: Entry, num: Entry) -> bool:
    plain = all(not (e.growth or e.compare or e.target or e.number.approx) for e in (den, num))
    return plain and 0 < num.number.value <= den.number.value


def _rate_finding(ctx: Context, num: Entry, den: Entry, p: Entry, stem: str) -> Finding:
    value = num.number.value / den.number.value * 100
    return ctx.finding(
        "figures.rate",
        "figure-mismatch",
        "error",
        f"{stem}率算得不对：{num.number.text.strip()}÷{den.number.text.strip()}＝{value:.2f}%，"
        f"文中写的是{p.number.text.strip()}。",
        p.number.start,
        p.number.end,
        suggest_percent(value, p.number),
    )


_ALL_AFTER = re.compile(r"\s*[，,]\s*(?:全部|均|都|全都)")
_PART_SHARE = re.compile(
    r"(?P<name>[\u4e00-\u9fff]{1,8}?)(?:所占比例|所占比重|占比|的比例|的比重)(?:为|达到?|约)?\s*$"
)


def check_part_named_share(ctx: Context) -> Iterator[Finding]:
    """`其中男性71人、女性55人，女性占比45.7%`: the share of a part named again, in the total the
    其中 list splits."""
    figs = figures_of(ctx)
    flow = figs.ledger.flow
    for entries in figs.by_sentence:
        for i, p in enumerate(entries):
            if p.number.kind != "percent" or p.growth or p.compare or p.number.approx:
                continue
            m = _PART_SHARE.search(clause_text(flow, p))
            if not m:
                continue
            name = m.group("name")
            named = [e for e in reversed(entries[:i]) if e.number.kind == "number" and len(e.metric) >= 2]
            # the part of that very name first: 住房消费类提取, not 非住房消费类提取
            part = next((e for e in named if e.metric == name), None) or next(
                (e for e in named if e.metric.endswith(name) or name.endswith(e.metric)), None
            )
            if part is None:
                continue
            mark = flow.rfind("其中", max(0, part.fstart - 80), part.fstart)
            wholes = [e for e in entries if e.fend <= mark and e.number.dim == part.number.dim]
            if mark < 0 or not wholes or not _plain_pair(wholes[-1], part):
                continue
            if flow[wholes[-1].fend : mark].strip(" ，,：:"):
                continue  # the total must stand right before 其中
            if not share_holds(part.number, wholes[-1].number, p.number):
                yield share_finding(ctx, part.number, wholes[-1].number, p.number)


CHECKS = (check_named_share, check_rates_by_words, check_part_named_share)
