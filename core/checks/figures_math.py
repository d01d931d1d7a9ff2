# SPDX-License-Identifier: MIT
"""figure-mismatch: shares, rates, parts against their total, growth and ratios that do not compute.

Every comparison is made between *intervals*: a written figure stands for every value
that rounds to it (``1318万元`` → [1317.5, 1318.5] 万元; ``8000多万元`` → 8000–9000 万元), so a
sum or share is only wrong when no choice of the true values could give what is written.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from ..ledger import Entry
from ..model import Finding
from ..numbers import Number, share_holds, suggest_percent
from .base import Context
from .figures_common import Figures, figures_of, last_of, previous_in_paragraph, since_break, unit_family
from .figures_wholes import named_before, names_whole, plain_whole, share_base

CATEGORY = "figure-mismatch"
_AMOUNT_KINDS = ("number",)
_RATE_LIKE = re.compile(r"(?:密度|比例|覆盖面)(?:达到?|为)?\s*$")
_SHARE_TAIL = re.compile(r"^\s*(?:的|之)?\s*(?:比重|比例|份额|占比)?\s*(?:为|是|达到?|约为?)?\s*$")
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
_TOTAL_MARK = re.compile(r"全(?:镇|乡|县|区|市|街道|村|局|校|市场)|共|总|合计|累计")
_AMONG_AFTER = re.compile(r"[^，,。；;\d]{0,14}中[，,]")
_TASK_SHARE = re.compile(
    r"^[，,]\s*(?:完成|占|为|达到?)(?:了)?(?:全年|年度|全年目标|年度目标|县下达|市下达)?(?:目标)?(?:任务|目标|计划|进度)(?:数)?的\s*$"
)
_WHOLE_MARK = re.compile(r"共|受理|总|立案|发案|排查|抽检|检查|接到|收到|登记|摸排|应")
_TASK_WORD = re.compile(r"任务|目标|计划|预算")
_TARGET_BEFORE_B = re.compile(r"(?:任务|目标|计划|预算|总量|总数|总额|总计|总)[^，,。；]{0,6}$")
_RATE = re.compile(
    r"([\u4e00-\u9fff]{1,8}?)(?:率|比例|比率)\s*(?:为|达到?|是|约|已达|提高到|提升至|提升到|达到了)?\s*$"
)
_RATE_SKIP = re.compile(r"增长|增|降|失业|出生|死亡|发生|利用|贡献|转化|周转|收益|税|费|利|汇|频|速|概|比")
# the whole after the part: 按常住人口28.7万人计算, or in brackets after the rate (（全区户籍人口42.6万人）)
_BASE_AFTER_PART = re.compile(r"(?:按|以)[^，,。；;\d]{0,6}$|[%％][（(][^，,。；;\d（）()]{0,12}$")
_ITEM_BREAK = re.compile(r"[，,。；;、]")
_RATE_BASES = {"审减": "送审", "审增": "送审"}  # rates with a set base, not the nearest larger figure
_RATE_SYNONYMS = {
    "破案": ("破案", "破获", "侦破"),
    "结案": ("结案", "审结", "办结", "结"),
    "办结": ("办结", "办理", "答复", "结"),
    "化解": ("化解", "调处", "解决"),
    "调解成功": ("调解成功", "成功调解", "调解"),
    "合格": ("合格",),
    "达标": ("达标", "合格"),
    "覆盖": ("覆盖", "实现", "通"),
    "参保": ("参保",),
    "入学": ("入学",),
    "完成": ("完成",),
    "签约": ("签约", "签订"),
    "调撤": ("调解撤诉", "调撤", "撤诉"),
    "满意": ("满意",),
    "整改": ("整改",),
    "销号": ("销号",),
    "及时": ("及时", "按时", "准时", "按期"),  # 按时报送3084份，及时率98.8%
}
_DUE = re.compile(r"(?<![供响相对适反效回])应([\u4e00-\u9fff])")
_RATIO_CONTEXT = re.compile(r"比|结构|比例|构成|占比")


_NAMED_WHOLE = re.compile(r"占[^，,。；;0-9]{2,}的")
_SUBJECT_SHARE = re.compile(
    r"([\u4e00-\u9fff]{2,12}?)的?(?:资金|金额|投资|收入|支出|人数|数量)?(?:所)?占比(?:达到?|为|约为?)?\s*"
)
_SUBJECT_TAIL = re.compile(r"(?:收入|金额|资金|数量|人数)$")


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
    core = _WHOLE_TRIM.sub("", m.group("x") or "")
    earlier = [
        e
        for e in entries[max(0, ai - 11) : ai]
        if e.number.kind == "number"
        and e.number.dim == a.number.dim
        and not e.growth
        and not e.compare
        and not e.target
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
    """Units that count the same things: 126名网格员 and 97人 are both people."""
    return unit_family(d1) == unit_family(d2)


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
    same = [e for e in pool if e.number.kind == "number" and same_family(e.number.dim, a.number.dim)]
    core = _WHOLE_TRIM.sub("", m.group("x") or "")
    stem = core[:-1].lstrip("总") if core.endswith("数") else ""
    area_count = bool(stem) and len(stem) <= 2
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


def _named_pair(figs: Figures, si: int, entries: list[Entry], pi: int) -> tuple[Entry, Entry] | None:
    """Part and whole both named in words: `税收收入4.77亿元…，税收收入占一般公共预算收入的69.7%`,
    each the latest figure of that name in the paragraph."""
    flow = figs.ledger.flow
    p = entries[pi]
    start = entries[pi - 1].fend if pi else figs.ledger.sentences[si][0]
    m = _PAIR_SHARE.search(re.split(r"[，,。；;：:]", flow[start : p.fstart])[-1])
    if not m:
        return None
    a_name, core = m.group("a"), _WHOLE_TRIM.sub("", m.group("b"))
    pool = [
        e
        for e in (paragraph_before(figs, si) + entries[max(0, pi - 39) : pi])[-40:]
        if e.number.kind == "number" and not (e.growth or e.compare or e.target or e.number.approx)
    ]
    a = next((e for e in reversed(pool) if len(e.metric) >= 2 and a_name.endswith(e.metric)), None)
    if a is None or len(core) < 2:
        return None
    wholes = (e for e in reversed(pool) if e is not a and same_family(e.number.dim, a.number.dim))
    b = next((e for e in wholes if names_whole(core, e)), None)
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
    # from another sentence, the task must name the same metric (财政收入任务为…)
    return task if len(a.metric) >= 2 and a.metric in lead else None


def _share_numerator(flow: str, entries: list[Entry], bi: int) -> Entry | None:
    """The A of `A占B的P%`: the closest same-unit figure before B, when 占 or a target names B."""
    b = entries[bi]
    for j in range(bi - 1, max(-1, bi - 8), -1):
        a = entries[j]
        if a.number.kind != "number" or not same_family(a.number.dim, b.number.dim) or a.growth or a.compare:
            continue  # 3120名…占年度任务3000人的: 名 and 人 count the same people
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


def check_rate(ctx: Context) -> Iterator[Finding]:
    """`受理52件，办结49件，办结率P%`: the rate must be the named part over the whole."""
    figs = figures_of(ctx)
    flow = figs.ledger.flow
    for si, entries in enumerate(figs.by_sentence):
        for i, p in enumerate(entries):
            if p.number.kind != "percent" or p.number.approx:
                continue  # 甲级病历率达到95%以上 states a standard met, not a computed rate
            s_start = figs.ledger.sentences[si][0]
            lead = flow[max(s_start, entries[i - 1].fend if i else s_start) : p.fstart]
            m = _RATE.search(lead)
            if not m:
                continue
            stem = m.group(1)
            if _RATE_SKIP.search(stem[-2:]):
                continue
            prev = previous_in_paragraph(figs, si)
            before = (prev + entries[:i])[-12:] + _bracketed_after(flow, entries, i)
            pair = _rate_pair(flow, before, stem)
            if pair is not None and pair[1] in prev and not _WHOLE_MARK.search(clause_text(flow, pair[1])):
                pair = None  # a whole from the sentence before must say it is one (受理, 共, 排查 …)
            if pair is not None and _rated_between(flow, prev + entries, pair, p):
                pair = None  # 结案率97.6%；热线按时办结率99.1%: that pair already has its own rate
            if pair is None:
                pair = _due_done_pair(flow, before, stem)
                if pair is not None and _rated_between(flow, prev + entries, pair, p):
                    pair = None  # 应免14.5万头，实际13.9万头，免疫密度97.6%，建档率100%
            if pair is not None and _listed_item(flow, pair[0]):
                continue  # 调解结案58件、仲裁裁决33件…结案率: the rate may be of the items together
            if pair is not None and flow.startswith("/", pair[0].fend):
                continue  # 单产9.45吨/公顷 is a yield per unit, no count of a rate
            if pair is not None and _disjoint(pair[0].period, pair[1].period):
                continue  # 1—5月办结3410件，6月办结510件: two stretches of time, no part and its whole
            if (
                pair is not None
                and _ON_TIME.search(stem)
                and not _ON_TIME.search(clause_text(flow, pair[0]))
                and not _WHOLE_MARK.search(clause_text(flow, pair[1]))
            ):
                continue  # 归集信息12.8万条，公示3460条，按时公示率100%: those on time are not stated
            if pair is not None:
                num, den = pair
                others = _other_bases(flow, before, num, den)
                base = next((v for k, v in _RATE_BASES.items() if stem.endswith(k)), "")
                if base:
                    others = [d for d in others if base in clause_text(flow, d)]
                if any(share_holds(num.number, d.number, p.number) for d in others):
                    continue
                if _paired_counts_fit(flow, prev + entries, num, den, p):
                    continue  # 对象1286户4012人，已消除860户2731人，消除率66.9%: of the 户
                yield from _compare_rate(ctx, num.number, den.number, p.number, stem)
            elif (
                before
                and before[-1].number.dim == "天"
                and stem in flow[before[-1].fstart - 8 : before[-1].fstart]
            ):
                yield from _days_rate(ctx, figs, before[-1].number, p.number, stem)


_ON_TIME = re.compile(r"按时|及时|准时|按期|如期")


def _paired_counts_fit(flow: str, entries: list[Entry], num: Entry, den: Entry, p: Entry) -> bool:
    """Whether the rate holds of the counts written right before the pair (860户2731人 of
    1286户4012人): two counts of one group, either of which the rate may be of."""
    mates = []
    for x in (num, den):
        k = next((j for j, e in enumerate(entries) if e is x), -1)
        prior = entries[k - 1] if k > 0 else None
        if prior is None or prior.number.kind != "number" or flow[prior.fend : x.fstart].strip():
            return False
        mates.append(prior)
    return share_holds(mates[0].number, mates[1].number, p.number)


def _bracketed_after(flow: str, entries: list[Entry], i: int) -> list[Entry]:
    """The figure in brackets right after rate ``i`` (参保率97.3%（全区户籍人口42.6万人）): its whole."""
    if i + 1 >= len(entries):
        return []
    w = entries[i + 1]
    inside = _BASE_AFTER_PART.search(flow, max(0, w.fstart - 14), w.fstart)
    closed = flow[w.fend : w.fend + 1] in ("）", ")")
    if not (inside and inside.group().startswith(("%", "％")) and closed):
        return []
    return (
        [] if re.search(r"其中|含|包括|上年|去年|同期", inside.group()) else [w]
    )  # a part or a base, no whole


_MONTHS = re.compile(r"([0-9]{1,2})(?:-([0-9]{1,2}))?月")
_HALVES = {"上半年": (1, 6), "下半年": (7, 12)}


def _months(period: str) -> tuple[int, int] | None:
    m = _MONTHS.fullmatch(period)
    if m:
        return int(m.group(1)), int(m.group(2) or m.group(1))
    return _HALVES.get(period)


def _disjoint(a: str, b: str) -> bool:
    """Whether two period qualifiers name months that do not overlap (1-5月 and 6月); a task of the
    whole year and what the half year did are a part and its whole."""
    ma, mb = _months(a), _months(b)
    return ma is not None and mb is not None and (ma[1] < mb[0] or mb[1] < ma[0])


def _listed_item(flow: str, e: Entry) -> bool:
    """Whether a figure is an item of a 、 list of figures (调解结案58件、仲裁裁决33件)."""
    after = flow[e.fend : e.fend + 1] == "、"
    floor = max(0, e.fstart - 16)
    start = max(last_of(flow, "，,。；;\n", floor, e.fstart) + 1, floor)
    return after or "、" in flow[start : e.fstart]


def _rated_between(flow: str, entries: list[Entry], pair: tuple[Entry, Entry], p: Entry) -> bool:
    """Whether a rate stands between the pair and ``p``.

    A rate is computed from its own thing only: once 受理4.93万件，结案4.81万件 has its 结案率, a
    later rate of another named thing (12345热线按时办结率) is not theirs, so it is left alone.
    """
    num, den = pair
    last = max(num.fend, den.fend)
    for e in entries:
        if (
            last <= e.fstart < p.fstart
            and e.number.kind == "percent"
            and not e.growth
            and (
                _RATE.search(flow, max(0, e.fstart - 12), e.fstart)
                or _RATE_LIKE.search(flow, max(0, e.fstart - 8), e.fstart)  # 免疫密度达到97.6%
            )
        ):
            return True
    return False


def _due_done_pair(flow: str, before: list[Entry], stem: str) -> tuple[Entry, Entry] | None:
    """`应检46,800户，已检43,250户，安检率P%`: the due (应X) whole and the done (已X/实X) part of
    one action."""
    dens = [(e, m.group(1)) for e in before for m in [_DUE.search(clause_text(flow, e))] if m]
    for den, act in reversed(dens):
        if act not in stem:
            continue
        for e in before:
            if (
                e.fstart > den.fend
                and e.number.kind == "number"
                and same_family(e.number.dim, den.number.dim)
                and re.search(rf"(?:已|实际?){act}", clause_text(flow, e))
                and e.number.value <= den.number.value
            ):
                return e, den
    return None


def _days_rate(ctx: Context, figs: Figures, days: Number, p: Number, stem: str) -> Iterator[Finding]:
    """`优良天数328天，优良率89.9%`: the whole is the number of days the report covers."""
    info = figs.title
    if info.review_year is None and info.last_month is None:
        return  # a special report may cover any stretch of days
    span = {None: (365, 366), 6: (181, 182), 9: (273, 274), 3: (90, 91)}.get(info.last_month, (0, 0))
    if not span[0]:
        return
    if info.review_year is not None:
        leap = info.review_year % 4 == 0 and (info.review_year % 100 != 0 or info.review_year % 400 == 0)
        span = (span[1], span[1]) if leap else (span[0], span[0])
    lo, hi = days.value / span[1] * 100, days.value / span[0] * 100
    plo, phi = p.bounds
    if phi < lo or plo > hi:
        value = days.value / span[0] * 100
        yield ctx.finding(
            "figures.rate",
            CATEGORY,
            "error",
            f"{stem}率算得不对：{days.text.strip()}÷{span[0]}天＝{value:.2f}%，文中写的是{p.text.strip()}。",
            p.start,
            p.end,
            suggest_percent(value, p),
        )


@cache
def _not_counted(word: str) -> re.Pattern[str]:
    return re.compile(f"(?:不|未|责令|要求|应|需){word}")


def _rate_pair(flow: str, before: list[Entry], stem: str) -> tuple[Entry, Entry] | None:
    """The numerator (the figure the rate's stem names) and the whole it is taken of."""
    words = next((v for k, v in _RATE_SYNONYMS.items() if stem.endswith(k)), (stem[-4:], stem[-2:]))
    for word in words:
        for j in range(len(before) - 1, -1, -1):
            e = before[j]
            if e.number.kind != "number" or not e.number.dim or e.growth:
                continue
            nxt = before[j + 1].fstart if j + 1 < len(before) else len(flow)
            # the words of the figure's own item: 调解结案58件、仲裁裁决33件 are two items
            around = (
                _ITEM_BREAK.split(flow[max(0, e.fstart - 16) : e.fstart])[-1]
                + _ITEM_BREAK.split(flow[e.fend : min(nxt, e.fend + 12)])[0]
            )
            if word not in around or _not_counted(word).search(around):
                continue  # 不合格 is not counted by a 合格率; 责令整改46家 is the whole of a 整改率
            base = next((v for k, v in _RATE_BASES.items() if stem.endswith(k)), "")
            for k in list(range(j - 1, -1, -1)) + list(range(j + 1, len(before))):
                d = before[k]
                if base and base not in clause_text(flow, d):
                    continue  # 审减率 is taken of what was sent in (送审), not of what was approved
                if (
                    d.number.kind == "number"
                    and not (d.compare or d.growth)  # 比上年的2,056件 is last year's, not the whole
                    and same_family(d.number.dim, e.number.dim)
                    and d.number.value >= e.number.value
                    and (k < j or _BASE_AFTER_PART.search(flow, max(0, d.fstart - 8), d.fstart))
                ):
                    return e, d  # the whole is before the part, or after it as 按常住人口28.7万人计算
            return None
    return None


def _other_bases(flow: str, before: list[Entry], num: Entry, den: Entry) -> list[Entry]:
    """Other wholes the rate may be taken of (预算金额 or 实际金额 for a 节约率): an ambiguous base
    stays silent."""
    return [
        d
        for d in before
        if d is not den
        and d is not num
        and d.fend <= num.fstart
        and d.number.kind == "number"
        and same_family(d.number.dim, num.number.dim)
        and d.number.value >= num.number.value
        and not d.growth
    ]


def _compare_rate(ctx: Context, num: Number, den: Number, p: Number, stem: str) -> Iterator[Finding]:
    if den.bounds[0] <= 0:
        return
    if not share_holds(num, den, p):
        value = num.value / den.value * 100
        yield ctx.finding(
            "figures.rate",
            CATEGORY,
            "error",
            f"{stem}率算得不对：{num.text.strip()}÷{den.text.strip()}＝{value:.2f}%，文中写的是{p.text.strip()}。",
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


CHECKS = (check_share, check_rate, check_ratio)
