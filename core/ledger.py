# SPDX-License-Identifier: MIT
"""The figure ledger: every figure of a report with its metric, period and position.

Drafts pasted from PDFs are hard-wrapped in the middle of sentences (``全镇共有五保户\\n171 人``),
so the ledger first builds a *flow* view of the text in which those soft line breaks are
removed, reads figures and sentences there, and maps every span back to the original text.

Metrics come from the words in front of a figure (``财政收入完成1318万元`` → 财政收入), trimmed at
verbs and fillers with plain regexes; this is cheap, linear and needs no segmenter.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass, field, replace

from .numbers import Number, scan_lines, shifted
from .outline import match_heading

_HARD_END = '。！？!?；;：:…”"』」'
_BULLETS = ("-", "•", "·", "●", "*")
_GROWTH_ONLY = re.compile(r"(?:同比|环比|比上年|较上年|比去年|比去年同期|较去年同期|比增)?")
_PARAGRAPH_OPENING = re.compile(
    r"(?:(?:19|20)[0-9]{2}\s*年[^，,。]{0,6}[，,]|今年以来|上半年[，,]|下半年[，,]|[一二三四五]是)"
)
_SPACES = re.compile(r"\s+")
_CJK_WORD = re.compile(r"[\u4e00-\u9fff]{1,8}")
_UNTIL_PERIOD = re.compile(r"截[至止](.+)")
_SENT_END = re.compile(r"[。！？!?；;]+|\n")
_LAST_BREAK = re.compile(r"[，,。！？!?；;：:、（(）)\n“”\"][^，,。！？!?；;：:、（(）)\n“”\"]*\Z")
_LEAD_WORDS = (
    "其中",
    "全镇",
    "全乡",
    "全县",
    "全区",
    "全市",
    "全局",
    "全街道",
    "辖区内",
    "辖区",
    "全院",
    "全校",
    "我院",
    "我校",
    "本院",
    "本校",
    "全集团",
    "全公司",
    "我集团",
    "我公司",
    "集团",
    "公司",
    "我镇",
    "我乡",
    "我县",
    "我局",
    "我区",
    "我街道",
    "目前",
    "今年以来",
    "今年",
    "截至目前",
    "截止目前",
    "已经",
    "已",
    "共计",
    "共有",
    "共",
    "累计",
    "合计",
    "总计",
    "实现",
    "完成",
    "达到",
    "达",
    "为",
    "有",
    "另外",
    "此外",
    "同时",
    "并",
    "又",
    "其他",
    "其余",
    "年内",
    "打造",
    "建成",
    "新建",
    "栽植",
    "栽种",
    "安装",
    "绘制",
    "治理",
    "取缔",
    "新修",
    "引进",
    "发放",
    "举办",
    "组织",
    "开展",
    "受理",
    "办结",
    "接待",
    "投入",
    "提供",
    "落实",
    "争取",
    "帮助",
    "培训",
    "完成了",
    "实现了",
)
_TRAIL_WORDS = (
    "虽然达到",
    "虽然",
    "虽",
    "完成",
    "实现",
    "达到",
    "达到了",
    "达",
    "为",
    "是",
    "共",
    "共有",
    "共计",
    "计",
    "累计",
    "约",
    "近",
    "总计",
    "合计",
    "有",
    "了",
    "已",
    "新增",
    "增加",
    "减少",
    "提高",
    "增长",
    "突破",
    "超过",
    "逾",
    "仅",
    "只",
    "也",
    "已达",
    "人数达",
    "仍达",
    "仍",
    "增至",
    "降至",
    "降到",
    "升至",
    "下降到",
    "下降至",
    "提高到",
    "提高至",
    "提升到",
    "提升至",
    "上升到",
    "上升至",
)
_LEAD_RE = re.compile("^(?:" + "|".join(sorted(map(re.escape, _LEAD_WORDS), key=len, reverse=True)) + ")")
_TRAIL_RE = re.compile("(?:" + "|".join(sorted(map(re.escape, _TRAIL_WORDS), key=len, reverse=True)) + ")$")
_SHARE_OF = re.compile(r"(?:目标|任务|计划)(?:数)?的\s*$")
_UNIT_OF_NAME = {"人数": "人", "人口": "人", "人次": "人次", "户数": "户"}
_NAMED_UNIT = re.compile(r"(?:人数|人口|人次|户数)(?=[^\u4e00-\u9fff]*$|虽然?$|仍$|达$|为$|已达$)")
# 一是森林覆盖率, 对辖区规上工业企业: an item's ordinal and the 对 before a scope name nothing
_OPENER = re.compile(r"^(?:[一二三四五六七八九十]是|对(?=全|辖区|我|本))")
_PERIOD_WORDS = re.compile(
    r"上半年|下半年|前三季度|一季度|第一季度|二季度|第二季度|三季度|第三季度|四季度|第四季度|全年(?!任务|目标|计划|指标)|今年以来|年初以来|"
    r"去年|上年|同期|截[至止]\s*(?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})\s*月[底末]?|"
    r"(?<![-—–~～至到0-9])[0-9]{1,2}\s*月份?[底末]?(?![后以起])"  # 进入6月后 tells when, not what period
)
_COMPARED_PERIOD = re.compile(r"(?:较|比|与|同)$")
_BRACKET_PERIOD = re.compile(r"[（(]\s*(?:上年|去年|上一年)?$")
_COMMA = re.compile(r"[，；;]|,(?![0-9])")
_ITEM_OPEN = re.compile(r"\s*(?:[一二三四五六七八九十]是|[（(][一二三四五六七八九十][）)]|[0-9]+[.．、])")
_TO_LEVEL = re.compile(
    r"\s*(?:增至|增加到|增加至|增长到|增长至|提高到|提高至|提升到|提升至|上升到|上升至|"
    r"下降到|下降至|减少到|减少至|降至|降到|升至|扩大到|扩大至)\s*"
)
_REACHED = re.compile(_TO_LEVEL.pattern + "$")
_CHANGE_OF = re.compile(r"同比|环比|比上年|较上年|比去年|较去年|增幅|增速|增长率")
_FROM_WORD = re.compile(r"(?:由|从)(?=[^由从]*$)")
_DONE = re.compile(r"已|实际|累计完成|完成了")
LOOK_BACK = re.compile(r"回顾|回首|总的来看|总体来看|纵观")
_STRIP_PERIOD = re.compile(
    r"^(?:截[至止]|到)?\s*(?:目前|[0-9０-９]{1,2}\s*月[底末份]?|年底|年初|上半年|下半年|全年|今年以来|今年|本年度|年内"
    r"|前三季度|第?[一二三四]季度|[0-9]{1,2}\s*[-—–~至]\s*[0-9]{1,2}\s*月份?)"
)
# any of the four affixes metric_of strips: one search says whether a clause is done
_AFFIX = re.compile("|".join(p.pattern for p in (_STRIP_PERIOD, _OPENER, _LEAD_RE, _TRAIL_RE)))
# 争取上级资金860万元 says what was secured; 争取完成… is a target
TARGET_WORDS = re.compile(
    r"计划|预计|力争|争取(?!的?(?:到|上级|中央|省级|省|市级|县级|资金|项目|专项|债券|政策|支持|各类))|确保|预期|拟|将|规划|目标|"
    r"不少于|不低于"
)
TASK_WORDS = re.compile(r"任务|目标|指标|计划")
GROWTH_WORDS = re.compile(r"增长|下降|增加|减少|提高|降低|增幅|增速|比增|同比|环比|回落|上升|增|减|降")
GROWTH_TAIL = re.compile(
    r"(?:增长|下降|增加|减少|提高|降低|增幅|比增|回落|上升|增收|减收|净增|净减|多|少)(?:了|为|达|到)?\s*$"
)
_FROM_VALUE = re.compile(r"(?:由|从)\s*(?:(?:19|20)[0-9]{2}\s*年(?:底|末|初)?的?)?\s*$")  # 由60%提高到…
COMPARE_WORDS = re.compile(
    r"(?<![同占环])比(?![重例率])|较(?![大小高低多少好差快慢强弱])|同期|去年|上年|以前|以来累计"
)


@dataclass(slots=True, unsafe_hash=True)
class Entry:
    """A figure in the ledger. ``number`` spans the original text; ``fstart``/``fend`` the flow view.
    Treated as immutable, like Number (and not frozen for the same reason: cost)."""

    number: Number
    fstart: int
    fend: int
    metric: str
    period: str  # normalised period qualifier ("上半年", "1-9月", "2023年", "全年", "" for the report's own)
    target: bool  # stated as a task, target or plan
    growth: bool  # a growth or change (同比增长8%, 增加120万元)
    compare: bool  # stated against another period (比去年, 较上年)
    sentence: int  # index into Ledger.sentences
    named_after: bool = False  # no name in front: the metric is the words after the figure (4.38万名中小学生)


@dataclass
class Ledger:
    """The report's figures, plus the flow view they were read from."""

    text: str
    flow: str
    cuts: list[int]  # flow positions at which a soft line break was removed
    sentences: list[tuple[int, int]] = field(default_factory=list)  # flow spans
    entries: list[Entry] = field(default_factory=list)
    numbers: list[Number] = field(default_factory=list)  # every Number in flow coordinates

    def orig(self, pos: int) -> int:
        """Original offset of a flow offset."""
        return pos + bisect_right(self.cuts, pos)

    def orig_span(self, start: int, end: int) -> tuple[int, int]:
        if end <= start:
            return self.orig(start), self.orig(start)
        return self.orig(start), self.orig(end - 1) + 1


def build_flow(text: str, hard_starts: frozenset[int] = frozenset()) -> tuple[str, list[int]]:
    """Remove soft line breaks (a hard-wrapped sentence) and return the flow text and cut positions.

    A break is soft when the line before is long, does not end a sentence and is not a
    heading or the title, and the next line does not open a heading.
    """
    lines = text.split("\n")
    width = _wrap_width(lines)
    out: list[str] = []
    cuts: list[int] = []
    pos = 0  # original offset of the current line
    flow_len = 0
    for i, line in enumerate(lines):
        out.append(line)
        flow_len += len(line)
        if i == len(lines) - 1:
            break
        nxt = lines[i + 1]
        full = width is not None and len(line.rstrip()) >= width  # a line the wrap cut, whatever it ends with
        own_hard = pos in hard_starts and not full
        next_hard = (pos + len(line) + 1) in hard_starts
        if _soft_break(line, nxt, own_hard or next_hard, full, next_hard):
            cuts.append(flow_len)
        else:
            out.append("\n")
            flow_len += 1
        pos += len(line) + 1
    return "".join(out), cuts


def _wrap_width(lines: list[str]) -> int | None:
    """The width a hard-wrapped text was cut at, if most of its long lines share one length."""
    lengths = [len(x.rstrip()) for x in lines if len(x.rstrip()) >= 15]
    if len(lengths) < 5:
        return None
    counts = Counter(lengths)
    best, hits = max(((w, sum(counts.get(w - d, 0) for d in range(4))) for w in counts), key=lambda t: t[1])
    if hits < max(3, 0.3 * len(lengths)):
        return None
    return best - 3


def _soft_break(line: str, nxt: str, hard: bool, full: bool = False, next_hard: bool = False) -> bool:
    s, n = line.rstrip(), nxt.lstrip()
    if not next_hard and s and n and s[-1] in "、，," and not match_heading(n):
        return True  # 选派针灸科、推拿科、康复科、⏎肛肠科…: a line broken after a 、 always runs on
    if hard or len(s) < 15 or not n or (s[-1] in _HARD_END and not full):
        return False
    if _PARAGRAPH_OPENING.match(n) or match_heading(n) or n.startswith(_BULLETS):
        return False  # 2019年，… / 今年以来，… / 二、… open a paragraph
    return full or not (match_heading(s) or s.lstrip().startswith(_BULLETS))


def build_ledger(text: str, hard_starts: frozenset[int] = frozenset()) -> Ledger:
    flow, cuts = build_flow(text, hard_starts)
    led = Ledger(text, flow, cuts)
    pos = 0
    for m in _SENT_END.finditer(flow):
        if m.end() > pos:
            led.sentences.append((pos, m.end()))
        pos = m.end()
    if pos < len(flow):
        led.sentences.append((pos, len(flow)))
    led.numbers = scan_lines(flow)
    _fill_entries(led)
    return led


def _fill_entries(led: Ledger) -> None:
    """Annotate every figure. The text is scanned once, left to right: each stretch between two
    figures is searched for period and target words only once, so the pass stays linear."""
    flow = led.flow
    si = 0
    prev_end = 0
    period = ""  # the last period qualifier met in the current sentence
    compared = False  # that qualifier is the other side of a comparison (较上年): it ends at its clause
    target = False  # a target or plan word met since the last full stop
    reset_at = 0  # where the current full-stop sentence began
    cuts, ci = led.cuts, 0  # ci: soft breaks removed before the figure (both run left to right)
    for n in led.numbers:
        while ci < len(cuts) and cuts[ci] <= n.start:
            ci += 1
        while si + 1 < len(led.sentences) and led.sentences[si][1] <= n.start:
            end = led.sentences[si][1]
            si += 1
            period = ""
            if flow[end - 1 : end] not in ("；", ";") or _ITEM_OPEN.match(flow, led.sentences[si][0]):
                # a full stop ends a plan's reach, and so does the next item of a list (二是…)
                target = False
                reset_at = led.sentences[si][0]
        s_start = led.sentences[si][0] if led.sentences else 0
        seg_start = max(prev_end, s_start)
        seg = flow[seg_start : n.start]
        if compared and _COMMA.search(seg):
            period = ""  # 较上年的8,137万元增长6.3%，农村居民人均可支配收入2.13万元: this year's again
        for m in _PERIOD_WORDS.finditer(seg):
            period = normalise_period(m.group())
            # 较上年 / （上年同期52起）: the other side of a comparison, which ends at its clause
            compared = bool(
                _COMPARED_PERIOD.search(seg, max(0, m.start() - 2), m.start())
                or _BRACKET_PERIOD.search(seg, max(0, m.start() - 4), m.start())
            )
        if not target and TARGET_WORDS.search(flow[max(prev_end, reset_at) : n.start]):
            # 为全年目标的98.4%: the target is the base of a share, no plan that reaches on
            target = not (n.kind == "percent" and _SHARE_OF.search(flow, max(0, n.start - 8), n.start))
        if target and LOOK_BACK.search(seg):
            target = False  # 力争…；回顾全年，…收入7.28亿元: a look back after the plans reports again
        if target and n.kind == "percent" and led.entries and led.entries[-1].target and seg.strip() == "的":
            target = False  # 完成年度目标920亿元的52.8%；规上工业总产值…: what was done of the target
        if n.kind in ("year", "month_range"):
            period = (
                f"{int(n.value)}年"
                if n.kind == "year"
                else normalise_period(f"{n.parts[0]:.0f}-{n.parts[1]:.0f}月")
            )
            # 较2024年的4.38万人增长5.5%，参保率96.8%: the year compared with ends at its clause
            compared = bool(_COMPARED_PERIOD.search(flow, max(0, n.start - 2), n.start))
        orig_n = _in_original(led, n, ci)
        before = flow[max(s_start, n.start - 40) : n.start]
        clause = _clause_before(flow, n.start, seg_start)
        if target and _DONE.search(clause) and not TARGET_WORDS.search(clause):
            target = False  # 计划投资260万元，已完成投资182万元: the plan's reach ends at what was done
        metric = metric_of(clause)
        if not metric and led.entries and not flow[led.entries[-1].fend : n.start].strip():
            metric = led.entries[-1].metric  # 低保对象3862户6125人: the second figure counts the same thing
        named_after = not metric
        metric = metric or _noun_after(flow, n.end)
        named_unit = _NAMED_UNIT.search(metric) if n.kind == "number" and not orig_n.dim else None
        if named_unit:  # 参保人数为12.48万, 门急诊人次虽达46.2万: the unit left out, the name gives it
            orig_n = replace(orig_n, dim=_UNIT_OF_NAME[named_unit.group()])
        growth = _is_growth(n, clause, before)
        if growth and n.kind in ("percent", "points") and _GROWTH_ONLY.fullmatch(metric) and led.entries:
            prev = led.entries[-1]
            if prev.sentence == si and prev.number.kind == "number":
                metric = prev.metric + "增幅"  # 工业总产值23亿元，同比增长4.65% -> 工业总产值增幅
                named_after = prev.compare  # a named level's rate; after 比上年同期的… it names nothing
        is_target = target or bool(TASK_WORDS.search(clause))
        compare = bool(COMPARE_WORDS.search(clause) or _FROM_VALUE.search(clause))
        last = led.entries[-1] if led.entries else None
        if not compare and last is not None and last.number.kind == "year" and last.sentence == si:
            # 较2018年的4.12亿元: the comparison word stands before the year
            compare = bool(COMPARE_WORDS.search(_clause_before(flow, n.start, s_start)))
        reached = _reached_level(led, flow, n.start, s_start)
        entry_period = period
        if reached is not None:  # 财政收入由上年的1860万元增至2140万元: 2140 is this year's 财政收入
            metric, compare, growth, named_after = reached, False, False, False
            entry_period = "" if period in ("上年", "去年", "同期") else period
        led.entries.append(
            Entry(orig_n, n.start, n.end, metric, entry_period, is_target, growth, compare, si, named_after)
        )
        prev_end = n.end


def _reached_level(led: Ledger, flow: str, start: int, s_start: int) -> str | None:
    """The metric of the level a change reached (由上年的1860万元增至2140万元), None if not one."""
    if not led.entries or not _TO_LEVEL.fullmatch(flow, led.entries[-1].fend, start):
        return None
    lead = _clause_before(flow, led.entries[-1].fstart, s_start)
    m = _FROM_WORD.search(lead)
    return metric_of(lead[: m.start()]) or None if m else None


def _in_original(led: Ledger, n: Number, removed: int) -> Number:
    """The figure with its spans mapped from the flow view back to the original text; ``removed``
    soft breaks stand before it."""
    if removed == len(led.cuts) or led.cuts[removed] >= n.end:
        return shifted(n, removed) if removed else n  # no break inside it: a plain shift
    a, b = led.orig_span(n.start, n.end)
    num_end = led.orig(max(n.start, n.num_end - 1)) + 1
    if a == n.start and b == n.end and num_end == n.num_end:
        return n  # no soft break before it, or none inside: the same figure
    return Number(
        a,
        b,
        n.text,
        n.value,
        n.unit,
        n.dim,
        n.decimals,
        n.step,
        n.approx,
        n.kind,
        n.chinese,
        num_end,
        n.parts,
    )


def _is_growth(n: Number, clause: str, before: str) -> bool:
    """A change rather than a level: 同比增长8%, 比上年增加86人 (but not 新增就业326人)."""
    if n.kind in ("percent", "points"):
        if n.kind == "percent" and _REACHED.search(clause) and not _CHANGE_OF.search(clause):
            return False  # 药占比下降到29.4%: the level reached, not a change
        return bool(GROWTH_WORDS.search(clause.replace("新增", ""))) or bool(
            GROWTH_WORDS.search(before[-8:].replace("新增", ""))
        )
    return bool(GROWTH_TAIL.search(clause))


def _clause_before(flow: str, pos: int, floor: int) -> str:
    m = _LAST_BREAK.search(flow, max(floor, 0), pos)  # one search, not a step per character
    return flow[m.start() + 1 if m else max(floor, 0) : pos]


def metric_of(clause: str) -> str:
    """The metric words of a clause in front of a figure: ``其中国税累计完成`` → 国税."""
    s = _SPACES.sub("", clause)
    for _ in range(6):
        if not _AFFIX.search(s):
            break  # nothing left to strip (one search, where a pass of the four would find nothing)
        s = _STRIP_PERIOD.sub("", s)
        s = _LEAD_RE.sub("", _OPENER.sub("", s))
        s = _TRAIL_RE.sub("", s)
    s = s.strip("的了，,、 ")
    return s[-12:]


def _noun_after(flow: str, pos: int) -> str:
    m = _CJK_WORD.match(flow, pos, pos + 8)
    return m.group() if m else ""


def normalise_period(p: str) -> str:
    p = _SPACES.sub("", p)
    if p in ("1-6月", "上半年"):
        return "上半年"
    if p in ("今年以来", "年初以来"):
        return ""
    if p in ("1-9月", "前三季度"):
        return "1-9月"
    m = _UNTIL_PERIOD.match(p)
    if m:
        return "截至" + m.group(1).rstrip("底末")
    return p
