# SPDX-License-Identifier: MIT
"""Missing sections: a standard part of the report type (存在的问题, 下半年工作打算 …) that the
draft never gives, and a part the title promises (``…和下半年工作安排``) that the body never delivers.

A section is present when a heading of any level names it (a synonym standing on word
boundaries at the end of the heading or before 和、及、与…), or when a cue phrase announces it
in the body: at a sentence's start, in a paragraph's first clause, in a clause ending with a
colon, or right before an enumeration (``…面临的问题和挑战：一是…``). jieba is consulted only
for such candidate matches, so that 问题 in 问题导向 or 补齐短板 does not count.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from .. import segment
from ..incremental import piece_cache
from ..model import Finding
from ..reporttypes import ReportType, Section, report_types
from .base import Context
from .textblocks import Block, blocks, han_count

MIN_BODY_CHARS = 150  # below this a draft is still being typed: nothing is "missing" yet
MIN_FIRST_CHARS = 80  # body text before the later sections that stands for the first one
MAX_PSEUDO_HEADING = 30
_PLEDGE = re.compile(
    r"精神状态|工作作风|不懈奋斗|努力奋斗|接续奋斗|再创佳绩|再创新佳绩|新的更大贡献|砥砺前行|奋力谱写|新篇章|新局面|"
    r"更大的?成绩|更加优异的成绩|交上一份|满意的答卷"
)
MIN_CONTENT_CHARS = 20  # shorter lines after a cue (落款, dates) are not content
# A cue that starts with this regex comment counts wherever it occurs (廉洁自律 inside a paragraph).
ANYWHERE = "(?#anywhere)"
_SPACES = re.compile(r"\s+")
_CLAUSE = re.compile(r"[^。！？!?；;：:]*(?:[。！？!?；;：:]+|$)")
_FOLLOW = set("和及与、，,：:（(暨并—-；;。.") | {""}
_FOLLOW_WORDS = ("分析", "情况", "安排", "措施", "原因", "清单", "如下", "部署")
_ENUM_NEXT = re.compile(
    r"\s*(?:[一二三四五六七八九十]{1,2}[是要、]|第一|首先|[（(]\s*[一1１]\s*[）)]|[1１][、.．]|①)"
)
# Words that turn a cue into its opposite or into an object of action (对存在的问题立行立改, 不存在问题).
_NEGATORS = frozenset(
    "对 针对 就 把 将 解决 整改 破解 化解 克服 补齐 补 弥补 不 未 没有 无 并未 从未 不断 逐步 排查 梳理".split()  # noqa: SIM905, E501
)
_PROMISES = (
    (
        "plan",
        re.compile(
            r"(?:和|及|与|暨|并)\s*((?:\d{4}\s*年度?|下半年|明年|下一年度?|下步|下一步|今后|来年|新的?一年|下一?阶段)?"
            r"\s*(?:的)?(?:工作)?(?:计划|安排|打算|思路|要点|设想)(?!生育|部署))"
        ),
    ),
    (
        "problems",
        re.compile(r"(?:和|及|与|暨|并)\s*((?:存在的?)(?:问题|困难|不足)(?:和(?:建议|不足|困难))?)"),
    ),
)
_FALLBACK_TYPE = "summary_plan"


@lru_cache(maxsize=256)
def _compiled(pattern: str) -> re.Pattern[str] | None:
    try:
        return re.compile(pattern)
    except re.error:  # a user's TOML may hold a broken regex: ignore that cue
        return None


@piece_cache()
def _han_count(s: str) -> int:
    return han_count(s)


def _negated(text: str, at: int) -> bool:
    """Whether a word of the clause before ``at`` (since the last comma) negates or objectifies the cue."""
    lead = re.split(r"[，,、]", text[:at])[-1]
    if not lead:
        return False
    return any(w in _NEGATORS for w in segment.cut(lead))


def synonym_in(heading: str, synonyms: tuple[str, ...]) -> bool:
    """Whether a heading's text names a section through one of its synonyms."""
    text = _SPACES.sub("", heading).rstrip("：:。")
    for syn in synonyms:
        i = text.find(syn)
        while i >= 0:
            j = i + len(syn)
            single = len(syn) == 1
            if (
                (text[j : j + 1] in _FOLLOW or text.startswith(_FOLLOW_WORDS, j))
                and (not single or i == 0)
                and not _negated(text, i)
                and segment.is_word(text, i, j)
            ):
                return True
            i = text.find(syn, i + 1)
    return False


def _headings(ctx: Context) -> Iterator[tuple[int, str]]:
    """(offset, text) of every heading: outline headings and short unnumbered label lines."""
    for h in ctx.outline.headings:
        yield h.start, h.heading
    for b in blocks(ctx):
        flat = b.flat.strip()
        if b.heading is not None or b.start == ctx.outline.title_start or len(flat) > MAX_PSEUDO_HEADING:
            continue
        if flat[-1] in "：:" or flat[-1] not in "。！？!?；;，,、…”":
            yield b.start, flat


def _cue_hit(block: Block, section: Section) -> int | None:
    """The flat index where a cue of ``section`` announces it in ``block``, if one does."""
    return _cue_hit_in(block.flat, section.cues)


@piece_cache()
def _cue_hit_in(flat: str, cues: tuple[str, ...]) -> int | None:
    """``_cue_hit`` as a function of the block's text and the section's cues alone (cached)."""
    clauses = [(m.start(), m.end()) for m in _CLAUSE.finditer(flat) if m.end() > m.start()]
    for k, (a0, b) in enumerate(clauses):
        a = a0 + len(flat[a0:b]) - len(flat[a0:b].lstrip())
        text = flat[a:b]
        if not text:
            continue
        announces = (
            k == 0
            or text[-1] in "：:"
            or (k + 1 < len(clauses) and _ENUM_NEXT.match(flat, clauses[k + 1][0]))
        )
        for cue in cues:
            pattern = _compiled(cue)
            for m in pattern.finditer(text) if pattern else ():
                # Clauses begin where sentences (or colon-introduced parts) begin, so a cue at a
                # clause's start is a cue at a sentence's start.
                if not (announces or m.start() == 0 or cue.startswith(ANYWHERE)):
                    break
                if _negated(text, m.start()) or not segment.is_word(text, m.start(), m.end()):
                    continue  # 党风廉政 inside 党风廉政建设: a later 一岗双责 may still be a word
                return a + m.start()
    return None


def _has_substance(body: list[Block], i: int, hit: int) -> bool:
    """Whether a cue opens real content, not a closing pledge.

    A draft's last paragraph that is a single sentence (``新的一年，我镇将以更加饱满的精神
    状态……不懈奋斗。``) is a pledge, however much it sounds like a plan.
    """
    rest = [b for b in body[i + 1 :] if _han_count(b.flat) >= MIN_CONTENT_CHARS]
    if rest or sum(1 for _ in body[i].sentences()) > 1:
        return True
    return not _PLEDGE.search(body[i].flat[hit:])


def scan(ctx: Context, rt: ReportType) -> dict[str, int]:
    """Which sections of ``rt`` the draft has, each with the offset where it was recognised."""
    found: dict[str, int] = {}
    for start, heading in _headings(ctx):
        for s in rt.sections:
            if s.key not in found and synonym_in(heading, s.synonyms):
                found[s.key] = start
    by_heading = dict(found)
    body = [b for b in blocks(ctx) if b.start != ctx.outline.title_start]
    for s in rt.sections:
        if s.key in found or not s.cues:
            continue
        for i, b in enumerate(body):
            hit = _cue_hit(b, s)
            if hit is not None and _has_substance(body, i, hit):
                found[s.key] = b.pos(hit)
                break
    first = rt.sections[0] if rt.sections else None
    if first is not None and first.key not in found:
        # the first heading of another section ends the first one; a cue met in the opening words
        # (现将本人履行职责和廉洁自律情况报告如下) names what follows and ends nothing
        until = min(by_heading.values(), default=min(found.values(), default=len(ctx.text)))
        if sum(_han_count(b.flat) for b in body if b.start < until) >= MIN_FIRST_CHARS:
            found[first.key] = body[0].start if body else 0
    return found


def _anchor(ctx: Context) -> tuple[int, int]:
    """Where a finding about the whole draft points: the title, else the first paragraph."""
    title = ctx.outline.title
    if title and ctx.outline.title_start is not None:
        at = ctx.text.find(title, ctx.outline.title_start)
        if at >= 0:
            return at, at + len(title)
    for p in ctx.paragraphs:
        stripped = p.text.strip()
        if stripped:
            at = p.start + p.text.index(stripped)
            return at, at + len(stripped)
    return 0, 0


def _promised(title: str) -> dict[str, tuple[int, int, str]]:
    """Section keys the title promises, each with the promising words' span in the title."""
    out: dict[str, tuple[int, int, str]] = {}
    for key, pattern in _PROMISES:
        m = pattern.search(title)
        if m:
            out[key] = (m.start(1), m.end(1), m.group(1))
    return out


def check_missing(ctx: Context) -> Iterator[Finding]:
    """Standard sections of the report type that the draft lacks, and parts its title promises."""
    rt = ctx.report_type
    promised = _promised(ctx.outline.title) if ctx.outline.title else {}
    if rt is None and promised:
        rt = report_types().get(_FALLBACK_TYPE)
    if rt is None:
        return
    body_chars = sum(_han_count(b.flat) for b in blocks(ctx) if b.start != ctx.outline.title_start)
    if body_chars < MIN_BODY_CHARS:
        return
    found = scan(ctx, rt)
    start, end = _anchor(ctx)
    for s in rt.sections:
        if s.key in found:
            continue
        if s.key in promised:
            yield _promise_finding(ctx, s, promised[s.key], start)
        elif s.required and ctx.report_type is not None and not _exempt(s, ctx.outline.title):
            msg = f"缺少“{s.name}”部分：{rt.name}一般应{s.guidance or '包含这一部分。'}"
            yield ctx.finding(
                f"sections.missing.{s.key}", "missing-section", "warning", msg, start, end, s.name
            )


def _exempt(s: Section, title: str) -> bool:
    """Whether the title names a report that need not have this section (抓基层党建工作述职报告)."""
    pattern = _compiled(s.not_for) if s.not_for else None
    return bool(title and pattern and pattern.search(title))


def _promise_finding(ctx: Context, s: Section, promise: tuple[int, int, str], title_at: int) -> Finding:
    a, b, words = promise
    start, end = title_at + a, title_at + b
    if ctx.text[start:end] != words:  # the title as stored was stripped differently: point at all of it
        start, end = _anchor(ctx)
    msg = f"标题写了“{words}”，正文却没有这部分内容：{s.guidance or '请补写这一部分。'}"
    return ctx.finding(f"sections.promised.{s.key}", "missing-section", "warning", msg, start, end, words)


CHECKS = (check_missing,)
