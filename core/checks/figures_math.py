# SPDX-License-Identifier: MIT
"""figure-mismatch: shares and ratios that do not compute (rates are in figures_rates).

Every comparison is made between *intervals*: a written figure stands for every value
that rounds to it (``1318万元`` → [1317.5, 1318.5] 万元; ``8000多万元`` → 8000–9000 万元), so a
sum or share is only wrong when no choice of the true values could give what is written.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..ledger import Entry
from ..model import Finding
from ..numbers import Number, share_holds, suggest_percent
from .base import Context
from .figures_common import Figures, bracketed_base, figures_of, last_of, since_break, synonyms, unit_family
from .figures_wholes import named_before, names_whole, plain_whole, share_base

CATEGORY = "figure-mismatch"
_AMOUNT_KINDS = ("number",)
# (完成全年目标（700万元）的61.2%: the whole may stand in brackets after its name)
_SHARE_TAIL = re.compile(r"^\s*[）)]?\s*(?:的|之)?\s*(?:比重|比例|份额|占比)?\s*(?:为|是|达到?|约为?)?\s*$")
_NAMED_SHARE = re.compile(
    r"[^，,。；;\d]{0,3}[，,]?\s*(?:占(?:比|比重|到|了)?(?P<x>[^，,。；;\d%]{0,12}?)(?:的)?(?:比重|比例)?|(?:所占)?比重|所占比例)"
    r"\s*(?:为|达到?|约)?\s*$"
)
_GROWTH_CLAUSE = re.compile(
    r"[，,]\s*(?:同比|比上年|较上年|比去年|较去年)?\s*(?:增长|下降|增加|减少|提高|降低)了?\s*[0-9.．]+\s*[%％]"
)
_PAIR_SHARE = re.compile(
    r"(?P<a>[\u4e00-\u9fff]{2,10})占(?P<b>[^，,。；;\d%]{2,16}?)(?:的)?(?:比重|比例)?\s*(?:为|达到?|约)?\s*$"
)
_WHOLE_TRIM = re.compile(
    r"^(?:全镇|全乡|全县|全区|全市|全局|全街道|全村|全部)|(?:总数|总量|总额|总和|合计|总)$"
)
_AREA_PREFIX = re.compile(r"^(?:全镇|全乡|全县|全区|全市|全局|全街道|全村|全部)")
_TOTAL_MARK = re.compile(r"全(?:镇|乡|县|区|市|街道|村|局|校|市场)|共|总|合计|累计")
_AMONG_AFTER = re.compile(r"[^，,。；;\d]{0,14}中[，,]")
_TASK_SHARE = re.compile(
    r"^[，,]\s*(?:完成|占|为|达到?)(?:了)?(?:全年|年度|全年目标|年度目标|县下达|市下达)?(?:目标)?(?:任务|目标|计划|进度)(?:数)?的\s*$"
)
_TASK_WORD = re.compile(r"任务|目标|计划|预算")
_TARGET_BEFORE_B = re.compile(r"(?:任务|目标|计划|预算|总量|总数|总额|总计|总)[^，,。；]{0,6}$")
_LAST_YEAR_IN = re.compile(r"(?:较|比)(?:上年|去年)(?:同期|末)?\s*[（(]\s*\Z")
_RATIO_CONTEXT = re.compile(r"比|结构|比例|构成|占比")


_NAMED_WHOLE = re.compile(r"占[^，,。；;0-9]{2,}的")
_SUBJECT_SHARE = re.compile(
    r"([\u4e00-\u9fff]{2,12}?)的?(?:资金|金额|投资|收入|支出|人数|数量)?(?:所)?占比(?:达到?|为|约为?)?\s*"
)
_SUBJECT_TAIL = re.compile(r"(?:收入|金额|资金|数量|人数)$")


_PER_HEAD = re.compile(r"每|人均|户均|平均")
_DONE_STEM = re.compile(r"检查|排查|受理|办理|调解|培训|审计|接种|检测|服务|走访")


def check_share(ctx: Context) -> Iterator[Finding]:
    """`A占B的P%` and `完成全年任务B的P%`: P must be A/B."""
    figs = figures_of(ctx)
    for si in range(len(figs.by_sentence)):
        for a, b, p in share_triples(figs, si):
            task = is_task(figs.ledger.flow, b)
            if share_holds(a.number, b.number, p.number, task):
                continue
            alt = _part_right_before(figs.ledger.flow, figs.by_sentence[si], a, b)
            if alt is not None and share_holds(alt.number, b.number, p.number, task):
                continue  # 其中…县级1.50亿元，占…的18.8%: it may be the last part's own share
            if _other_whole_fits(figs, si, a, b, p):
                continue
            yield share_finding(ctx, a.number, b.number, p.number)


def _other_whole_fits(figs: Figures, si: int, a: Entry, b: Entry, p: Entry) -> bool:
    """Whether the share holds of another total just before the part (排查纠纷2,174件，调解成功
    2,131件。其中婚姻家庭纠纷612件，占28.2%: of the 2,174 disputes): then which whole is meant is
    not clear enough to call the figure wrong."""
    if b.fend > a.fstart or _NAMED_WHOLE.search(figs.ledger.flow, a.fend, p.fstart):
        return False  # the whole named (占党员总数的…) or stated after the part: no doubt which one
    near = [e for k in (si - 1, si) if k >= 0 for e in figs.by_sentence[k]]
    return any(
        e is not b
        and e.fend <= a.fstart
        and e.number.dim == b.number.dim
        and e.number.value > a.number.value
        and not (e.growth or e.compare or e.target)
        and share_holds(a.number, e.number, p.number, False)
        for e in near
    )


def _part_right_before(flow: str, entries: list[Entry], a: Entry, b: Entry) -> Entry | None:
    """The list part that 占 directly follows, when the share was taken as its list total's."""
    for e in reversed(entries):
        if a.fend <= e.fend <= b.fstart and e is not a and e.number.dim == b.number.dim:
            return e if re.match(r"\s*[，,]?\s*占", flow[e.fend : e.fend + 4]) else None
    return None


def is_task(flow: str, e: Entry) -> bool:
    """A task or budget (全年任务5亿元) is an exact figure set from above, not a rounded measurement."""
    return bool(_TASK_WORD.search(clause_text(flow, e)))


def share_triples(figs: Figures, si: int) -> Iterator[tuple[Entry, Entry, Entry]]:
    """The (part, whole, percentage) triples of one sentence."""
    flow = figs.ledger.flow
    entries = figs.by_sentence[si]
    for i, p in enumerate(entries):
        if p.number.kind != "percent" or p.growth or i < 1:
            continue
        b = entries[i - 1]
        if b.number.kind not in _AMOUNT_KINDS or not _SHARE_TAIL.match(flow[b.fend : p.fstart]):
            if bracketed_base(flow, b):
                continue  # 增长21.3%（2007年为104.5亿元），占工业投入的72.4%: last year's level is no part
            whole = (
                _named_whole(flow, entries, i)
                or _task_elsewhere(figs, si, entries, i)
                or _whole_earlier(figs, si, entries, i)
            )
            part = _named_part(flow, entries, i, entries[_unit_named(flow, entries, i)])
            if whole is not None and part is not None:
                yield part, whole, p
            else:
                pair = _named_pair(figs, si, entries, i) or _subject_share(flow, entries, i)
                named = _named_part(flow, entries, i, pair[0]) if pair is not None else None
                if pair is not None and named is not None:
                    yield named, pair[1], p
            continue
        a = _share_numerator(flow, entries, i - 1)
        if a is not None:
            yield a, b, p


def _named_whole(flow: str, entries: list[Entry], pi: int) -> Entry | None:
    """The whole of `其中女党员312名，占党员总数的24.3%` or `其中农业项目6.5亿元，占比20%`.

    The whole is named by words (党员总数), found as the earlier figure of that metric in
    the sentence; with no words, it is the total the 其中 list belongs to.
    """
    ai = _unit_named(flow, entries, pi)
    a = entries[ai]
    if a.number.kind != "number" or a.growth or a.compare:
        return None
    m = _share_gap(flow, a, entries[pi])
    if not m:
        return None
    core = _WHOLE_TRIM.sub("", synonyms(m.group("x") or ""))
    earlier = [
        e
        for e in entries[max(0, ai - 11) : ai]
        if e.number.kind == "number"
        and e.number.dim == a.number.dim
        and not e.growth
        and not e.compare
        and not e.target
        and not _PER_HEAD.search(e.metric)  # 每百万人口报告数613份 is a rate, no whole of the reports
    ]
    if not m.group("x"):
        mark = flow.rfind("其中", max(earlier[-1].fend if earlier else 0, a.fstart - 300), a.fstart)
        if mark < 0:
            return None
        before = [e for e in earlier if e.fend <= mark]
        return before[-1] if before else None
    if len(core) < 2:
        return None
    for e in reversed(earlier):
        if names_whole(core, e) and e.number.value > a.number.value:
            return e  # 女党员9名 is not the 党员总数 of 60岁以上党员21名
    return None


def _subject_share(flow: str, entries: list[Entry], pi: int) -> tuple[Entry, Entry] | None:
    """`共2.36亿元，其中用于产业发展1.52亿元、…，用于产业发展的资金占比达到68%`: a bare 占比 of a
    part named in words, after a 其中 list in the same sentence: the part is the item of that name,
    the whole the total the list follows."""
    clause = clause_text(flow, entries[pi])
    m = _SUBJECT_SHARE.fullmatch(clause)
    if not m:
        return None
    subject = m.group(1)
    mark = flow.rfind("其中", max(0, entries[pi].fstart - 200), entries[pi].fstart)
    before = [e for e in entries[:pi] if e.fend <= mark and e.number.kind == "number"]
    items = [e for e in entries[:pi] if e.fstart > mark and e.number.kind == "number"]
    if mark < 0 or not before or not items:
        return None
    whole = before[-1]
    part = next((e for e in items if e.metric.removeprefix("其中") == subject), None)
    if part is None or part.number.dim != whole.number.dim or not plain_whole(whole, part):
        return None
    return part, whole


def _named_part(flow: str, entries: list[Entry], pi: int, part: Entry) -> Entry | None:
    """The part a share names in words before 占 (木材加工收入占营业收入的43.9%, after a list that
    ends in 其他收入0.43亿元): the listed figure of that name, or None when none has it."""
    clause = clause_text(flow, entries[pi])
    at = clause.find("占")
    subject = _SUBJECT_TAIL.sub("", clause[:at]) if at >= 2 else ""
    own = part.metric.removeprefix("其中")
    if len(subject) < 2 or subject in own or own.endswith(subject[:2]) or (len(own) >= 2 and own in subject):
        return part  # 其中工业项目9个、投资19.5亿元，工业项目投资占…: the part is named
    for e in reversed(entries[:pi]):
        own = e.metric.removeprefix("其中")
        if e.number.dim == part.number.dim and len(own) >= 2 and subject.startswith(own):
            return e
    return None


def _part_index(entries: list[Entry], pi: int) -> int:
    """The part a share is of: the figure before it, past a growth rate in between
    (税收收入8.36亿元，同比增长7.1%，占一般公共预算收入的67.0%)."""
    j = pi - 1
    if j >= 1 and entries[j].number.kind in ("percent", "points") and entries[j].growth:
        return j - 1
    return j


def _unit_named(flow: str, entries: list[Entry], pi: int) -> int:
    """`监测对象64户218人，占监测户总数的58.2%`: of two counts side by side, the one whose unit the
    share's whole names (户 of 监测户) is the part."""
    j = _part_index(entries, pi)
    if j < 1:
        return j
    a, b = entries[j - 1], entries[j]
    if a.fend != b.fstart or a.number.kind != "number" or b.number.kind != "number":
        return j
    gap = flow[b.fend : entries[pi].fstart]
    unit_a, unit_b = a.number.unit[-1:], b.number.unit[-1:]
    named = _NAMED_SHARE.search(gap)
    whole = named.group("x") if named and named.group("x") else ""
    return j - 1 if unit_a and unit_a in whole and unit_b not in whole else j


def _share_gap(flow: str, a: Entry, p: Entry) -> re.Match[str] | None:
    """The words between a part and its share (，占党员总数的), a growth clause between them dropped."""
    gap = flow[a.fend : p.fstart]
    grown = _GROWTH_CLAUSE.match(gap)
    if grown:
        gap = gap[grown.end() :]
    return _NAMED_SHARE.fullmatch(gap)


def same_family(d1: str, d2: str) -> bool:
    """Units that count the same things: 126名网格员 and 97人 are both people; 412件次 of letters and
    visits received and 398件 settled are both cases."""
    return _COUNTS_OF.get(unit_family(d1), unit_family(d1)) == _COUNTS_OF.get(
        unit_family(d2), unit_family(d2)
    )


_COUNTS_OF = {"件次": "件", "批次": "批"}


def paragraph_before(figs: Figures, si: int, sentences: int = 3) -> list[Entry]:
    """The figures of up to ``sentences`` sentences before ``si`` in the same paragraph, in text order."""
    flow = figs.ledger.flow
    pool: list[Entry] = []
    k = si
    while k > 0 and si - k < sentences:
        end = figs.ledger.sentences[k - 1][1]
        if flow[end - 1 : end] == "\n":
            break
        k -= 1
        pool = figs.by_sentence[k][-40:] + pool
    return pool[-40:]


_LIST_PART = re.compile(r"其中[^。；;]*$")


def _whole_earlier(figs: Figures, si: int, entries: list[Entry], pi: int) -> Entry | None:
    """The whole of a share stated earlier in the paragraph.

    ``全镇28个村中，…的村达到19个，占比67.9%`` (an unnamed share of a marked total, with no
    other count of that unit in between) and ``配备专职网格员126名。…大专以上学历97人，占专职
    网格员的77.0%`` (a share naming its whole).
    """
    flow = figs.ledger.flow
    ai = _unit_named(flow, entries, pi)
    a = entries[ai]
    if a.number.kind != "number" or a.growth or a.compare or not a.number.dim or a.number.approx:
        return None
    m = _share_gap(flow, a, entries[pi])
    if not m:
        return None
    pool = (paragraph_before(figs, si) + entries[max(0, ai - 39) : ai])[-40:]
    same = [
        e
        for e in pool
        if e.number.kind == "number"
        and same_family(e.number.dim, a.number.dim)
        and not (e.growth or e.compare)  # 比上年增加97家 between the whole and the part is no whole
    ]
    core = _WHOLE_TRIM.sub("", synonyms(m.group("x") or ""))  # 占全市社零总额的 → 社会消费品零售
    raw = _AREA_PREFIX.sub("", m.group("x") or "")  # 全镇村总数 → 村总数: its stem is 村
    stem = raw.removesuffix("总数").removesuffix("数").lstrip("总") if raw.endswith("数") else ""
    # 户数, 村数, 企业总数 count the area's units; 检查总数 names what was done, a figure to find
    area_count = bool(stem) and len(stem) <= 2 and not _DONE_STEM.search(stem)
    if area_count:
        core = ""  # 占全镇总户数的, 占全县村数的: the whole is the area's count of those things
    if core:
        if len(core) < 2:
            return None
        for e in reversed(same):
            if names_whole(core, e) and not share_base(flow, e):
                if e.number.value < a.number.value and _LIST_PART.search(
                    flow, max(0, e.fstart - 40), e.fstart
                ):
                    continue  # 总额3.36亿元，其中…省级财政扶贫资金0.86亿元: a part of the whole, not it
                return e if plain_whole(e, a) else None
        # stated in an earlier paragraph (全年医保基金总支出3.28亿元 … 占基金总支出的18.5%); of several
        # figures with that name, one the share fits keeps it silent
        far = named_before(figs, a, core)
        return next((e for e in far if share_holds(a.number, e.number, entries[pi].number, False)), None) or (
            far[0] if far else None
        )
    if not same:
        return None
    mark = flow.rfind("其中", same[-1].fend, a.fstart)
    if mark >= 0 and not area_count:
        if flow[figs.ledger.sentences[si][0] : mark].strip(" ，,"):
            return None  # 其中 inside the sentence: the total is _named_whole's to find
        # 其中 opening the sentence: the total is the last plain figure before it (社零总额38.6亿元。其中…)
        totals = [e for e in same if e.fend <= mark and plain_whole(e, a) and not share_base(flow, e)]
        return totals[-1] if totals else None
    e = same[-1]
    if area_count and stem != a.number.dim and not flow.startswith(stem, e.fend) and stem not in e.metric:
        return None  # 占全县村数的 needs a count of 村 (312个村…), not of anything else
    if plain_whole(e, a) and (_TOTAL_MARK.search(clause_text(flow, e)) or _AMONG_AFTER.match(flow, e.fend)):
        return e
    return None


_OTHER = re.compile(r"\s*(?:其他|其余)")


def _sibling(a: Entry, e: Entry, core: str) -> bool:
    """Whether ``e`` is another part beside ``a`` (事业单位资产 beside 行政单位资产 of 资产总额): both
    the whole's name with a modifier of their own, and nothing in ``e`` saying it is the total."""
    return (
        e.metric != core
        and a.metric.endswith(core)
        and e.metric.endswith(core)
        and not re.search(r"总|全|合计", e.metric)
    )


def _named_pair(figs: Figures, si: int, entries: list[Entry], pi: int) -> tuple[Entry, Entry] | None:
    """Part and whole both named in words: `税收收入4.77亿元…，税收收入占一般公共预算收入的69.7%`,
    each the latest figure of that name in the paragraph."""
    flow = figs.ledger.flow
    p = entries[pi]
    start = entries[pi - 1].fend if pi else figs.ledger.sentences[si][0]
    m = _PAIR_SHARE.search(re.split(r"[，,。；;：:]", flow[start : p.fstart])[-1])
    if not m:
        return None
    a_name, core = m.group("a").removeprefix("其中"), _WHOLE_TRIM.sub("", m.group("b"))
    pool = [
        e
        for e in (paragraph_before(figs, si) + entries[max(0, pi - 39) : pi])[-40:]
        if e.number.kind == "number" and not (e.growth or e.compare or e.target or e.number.approx)
    ]
    # the figure of that very name first (婚姻家庭纠纷112件 before 其他纠纷63件), then one whose name ends it
    a = next((e for e in reversed(pool) if e.metric == a_name), None) or next(
        (
            e
            for e in reversed(pool)
            if len(e.metric) >= 2 and a_name.endswith(e.metric) and not _OTHER.match(clause_text(flow, e))
        ),
        None,
    )  # (not the 资产 of 其他资产3.7亿元 for 固定资产)
    if a is None or len(core) < 2:
        return None
    wholes = (e for e in reversed(pool) if e is not a and same_family(e.number.dim, a.number.dim))
    b = next((e for e in wholes if names_whole(core, e) and not _sibling(a, e, core)), None)
    return (a, b) if b is not None and not share_base(flow, b) and b.number.value > a.number.value else None


def _task_elsewhere(figs: Figures, si: int, entries: list[Entry], pi: int) -> Entry | None:
    """The task of `完成全年任务的55%` when its figure was given earlier in the paragraph (任务5200万元)."""
    flow = figs.ledger.flow
    a = entries[pi - 1]
    if a.number.kind != "number" or a.growth or a.compare or a.target:
        return None
    if not _TASK_SHARE.search(flow[a.fend : entries[pi].fstart]):
        return None
    pool: list[Entry] = []
    k = si
    while k >= 0 and len(pool) < 40:
        pool = figs.by_sentence[k] + pool
        if k == 0 or figs.ledger.flow[figs.ledger.sentences[k - 1][1] - 1] == "\n":
            break
        k -= 1
    tasks = {
        e.number.value: e
        for e in pool
        if e.fend <= a.fstart
        and e.number.kind == "number"
        and e.number.dim == a.number.dim
        and not e.growth
        and not e.number.approx
        and _TASK_WORD.search(clause_text(flow, e))
    }
    if len(tasks) != 1:
        return None
    task = next(iter(tasks.values()))
    if task.sentence == a.sentence:
        return task  # 全年任务5200万元，已完成2860万元，完成进度的55%
    lead = flow[max(0, task.fstart - 30) : task.fstart]
    # from another sentence, the task must name the same metric (财政收入任务为…), or at least its
    # head noun (移栽烤烟6.12万亩，占计划的… after 下达烤烟种植计划6.8万亩)
    return task if len(a.metric) >= 2 and (a.metric in lead or a.metric[-2:] in lead) else None


def _share_numerator(flow: str, entries: list[Entry], bi: int) -> Entry | None:
    """The A of `A占B的P%`: the closest same-unit figure before B, when 占 or a target names B."""
    b = entries[bi]
    for j in range(bi - 1, max(-1, bi - 8), -1):
        a = entries[j]
        if a.number.kind != "number" or not same_family(a.number.dim, b.number.dim):
            continue  # 3120名…占年度任务3000人的: 名 and 人 count the same people
        if a.growth:
            task = _TARGET_BEFORE_B.search(flow, a.fend, b.fstart)
            if task and "增" in flow[max(a.fend, task.start() - 6) : b.fstart]:
                return a  # 较年初增加0.74亿元…，完成增存任务0.7亿元的…: the increase of an increase task
        if (
            a.growth
            or a.compare
            or bracketed_base(flow, a)
            or _LAST_YEAR_IN.search(flow, max(0, a.fstart - 12), a.fstart)
        ):
            continue  # 较上年同期（5.96万吨）: last year's is no part
        between = flow[a.fend : b.fstart]
        if "占地" in between or "占用" in between:
            return None
        if "占" in between or _TARGET_BEFORE_B.search(between):
            return _list_total(flow, entries, j)
        return None
    return None


def _list_total(flow: str, entries: list[Entry], j: int) -> Entry | None:
    """The subject of a share when the figure before it closes a 其中 list: the list's total.

    In `投资2.86亿元，其中中央1.12亿元、县级0.86亿元，完成计划5.2亿元的55.0%` the share is of the
    total the list splits, not of its last part; with no total to be found the share stays silent.
    """
    a = entries[j]
    # within the paragraph: a 其中 of an earlier paragraph opens no list of this one
    floor = max(entries[j - 12].fend if j >= 12 else 0, flow.rfind("\n", 0, a.fstart) + 1)
    mark = flow.rfind("其中", floor, a.fstart)
    if mark < 0 or "占" in flow[mark : a.fstart]:
        return a  # 其中县级0.86亿元，占…: a share of the part itself
    parts = [e for e in entries[:j] if e.fstart > mark and e.number.dim == a.number.dim]
    if not parts:
        return a  # 其中县级配套0.86亿元，完成…: a single part is the subject of its own clause
    for e in reversed(entries[:j]):
        if e.fend <= mark and e.number.dim == a.number.dim:
            gap = flow[e.fend : mark].strip(" ，,：:\n")
            return e if not gap and not (e.growth or e.compare) else None
    return None


def share_finding(ctx: Context, a: Number, b: Number, p: Number) -> Finding:
    value = a.value / b.value * 100
    return ctx.finding(
        "figures.share",
        CATEGORY,
        "error",
        f"占比算得不对：{a.text.strip()}÷{b.text.strip()}＝{value:.2f}%，文中写的是{p.text.strip()}。",
        p.start,
        p.end,
        suggest_percent(value, p),
    )


def clause_text(flow: str, e: Entry) -> str:
    floor = max(0, e.fstart - 60)
    start = max(last_of(flow, "，,；;。:：\n", floor, e.fstart), floor - 1)
    return flow[start + 1 : e.fstart]


def check_ratio(ctx: Context) -> Iterator[Finding]:
    """`三次产业结构比为12.3:40.5:47.1`: parts of a ratio written in percent must add up to 100."""
    figs = figures_of(ctx)
    flow = figs.ledger.flow
    for e in figs.ledger.entries:
        n = e.number
        if n.kind != "ratio" or len(n.parts) < 2:
            continue
        total = sum(n.parts)
        # the word may stand further back in the clause: 产业结构由上年的3.1:67.4:29.5调整为2.6:65.8:30.6
        clause = since_break(flow, e.fstart, 30, "，,。；;\n")
        if not 97 <= total <= 103 or not _RATIO_CONTEXT.search(clause):
            continue
        slack = len(n.parts) * n.step / 2 + 1e-9
        if abs(total - 100) > slack:
            yield ctx.finding(
                "figures.ratio",
                CATEGORY,
                "error",
                f"比例各项相加为{total:.{n.decimals}f}，不等于100。",
                n.start,
                n.end,
                None,
            )


CHECKS = (check_share, check_ratio)
