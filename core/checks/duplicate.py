# SPDX-License-Identifier: MIT
"""Duplicates: a sentence, a run of sentences or a whole paragraph written twice.

Sentences are compared by a normalised key (full-width punctuation and digits folded by
NFKC, spaces and a leading enumeration marker dropped) in one dict: linear time. Only
real sentences count — ended by 。！？； or a whole paragraph of some length — so that
headings such as ``（二）保障措施`` and short table cells may repeat freely. A line
repeating the title (a paste that copied the title twice) is reported too.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass

from ..incremental import piece_cache
from ..model import Finding
from .base import Context
from .textblocks import KEY_FIGURES_LINE, blocks, flat_sentences, han_count

MIN_CHARS = 8  # Chinese characters; shorter sentences are formulaic (工作有序推进。)
SHORT_CHARS = 12  # a short sentence repeated far away is only worth a note
MIN_BARE_PARAGRAPH = 20  # an unpunctuated paragraph counts as a sentence from this length
MIN_CLAUSE_CHARS = 10  # a clause repeated as a sentence of its own
_DIGIT = re.compile(r"[0-9]")
_CLAUSE_SPLIT = re.compile(r"[,;，；]")
_SPACE = re.compile(r"\s+")
_LEAD_MARKER = re.compile(
    r"^(?:[一二三四五六七八九十]{1,3}[是要、]|第[一二三四五六七八九十]{1,3}[,、]"
    r"|\([0-9一二三四五六七八九十]{1,3}\)[、.]?|[0-9]{1,2}(?:[、]|\.(?![0-9]))|[①-⑳])"
)
_TRAIL = re.compile(r"[。！？!?；;，,、：:…]+$")
_TERMINAL = set("。！？!?；;")
_CLOSERS = set("”’\"'）)」』")


@dataclass(frozen=True)
class Unit:
    key: str
    start: int
    end: int
    block: int
    index: int  # running number of the unit in the draft
    chars: int  # Chinese characters in the key


def normalise(s: str) -> str:
    """The comparison key: width-folded, no spaces, no leading number, no trailing punctuation."""
    if not unicodedata.is_normalized("NFKC", s):  # a C-speed test; most sentences need no folding
        s = unicodedata.normalize("NFKC", s)
    s = _SPACE.sub("", s)
    s = _LEAD_MARKER.sub("", s)
    return _TRAIL.sub("", s)


def _ends_sentence(s: str) -> bool:
    s = s.rstrip("".join(_CLOSERS))
    return bool(s) and s[-1] in _TERMINAL


def _units(ctx: Context) -> list[tuple[Unit, bool]]:
    """Sentences worth comparing, each with whether it is its block's only sentence; built once
    per run and shared by the sentence and the clause rule."""
    cached = ctx.__dict__.get("_jiaogao_units")
    if cached is not None:
        return cached
    units: list[tuple[Unit, bool]] = []
    for bi, block in enumerate(blocks(ctx)):
        for a, b, key, chars, whole in _block_keys(block.flat):
            start, end = block.span(a, b)
            units.append((Unit(key, start, end, bi, len(units), chars), whole))
    ctx.__dict__["_jiaogao_units"] = units
    return units


@piece_cache()
def _block_keys(flat: str) -> tuple[tuple[int, int, str, int, bool], ...]:
    """(flat start, flat end, key, Chinese characters, whole) of each sentence of a block worth
    comparing: a function of the block's text alone, so a re-check reuses it for unchanged blocks."""
    out = []
    spans = list(flat_sentences(flat))
    for a, b in spans:
        piece = flat[a:b]
        whole = len(spans) == 1
        if not _ends_sentence(piece) and not (whole and han_count(piece) >= MIN_BARE_PARAGRAPH):
            continue
        key = normalise(piece)
        chars = han_count(key)
        if chars < MIN_CHARS:
            continue
        out.append((a, b, key, chars, whole))
    return tuple(out)


def check_sentences(ctx: Context) -> Iterator[Finding]:
    """Sentences (and runs of them) that repeat an earlier one."""
    first: dict[str, Unit] = {}
    pending: list[tuple[Unit, Unit]] = []  # (repeat, original) of the run being merged
    line_starts = [p.start for p in ctx.paragraphs]
    figures_from = _key_figures_start(ctx)
    for unit, _whole in _units(ctx):
        orig = first.get(unit.key)
        if orig is not None and unit.start >= figures_from:
            continue  # 附：主要指标 restates the review's figures on purpose
        if orig is None:
            first[unit.key] = unit
            if pending:
                yield _finding(ctx, pending, line_starts)
                pending = []
            continue
        if pending and not _continues_run(pending[-1], unit, orig):
            yield _finding(ctx, pending, line_starts)
            pending = []
        pending.append((unit, orig))
    if pending:
        yield _finding(ctx, pending, line_starts)


def _key_figures_start(ctx: Context) -> int:
    """Where a closing list of the key figures begins (附：2025年主要指标), or past the end."""
    last_heading = max((h.start for h in ctx.outline.headings), default=-1)
    for p in reversed(ctx.paragraphs):
        text = p.text.strip()
        if len(text) <= 30 and KEY_FIGURES_LINE.match(text):
            # an appendix (附：…) or a list after the last heading, not a part of the body (一、主要指标…)
            return p.start if text.startswith("附") or p.start >= last_heading else len(ctx.text) + 1
    return len(ctx.text) + 1


def check_clause_repeat(ctx: Context) -> Iterator[Finding]:
    """A sentence that repeats a clause of an earlier sentence of its paragraph.

    ``对经营户开展检查46次，查处违规行为5起。…对经营户开展检查46次。``: a piece pasted twice.
    Only clauses long enough to be a statement of their own count (a figure in them, or 16
    Chinese characters), so that stock phrases such as 取得明显成效 may come back.
    """
    clauses: dict[tuple[int, str], Unit] = {}
    for unit, _whole in _units(ctx):
        orig = clauses.get((unit.block, unit.key))
        if orig is not None and orig.index < unit.index:
            shown = orig.key if len(orig.key) <= 20 else orig.key[:20] + "…"
            msg = f"重复：这句话与本段前文“{shown}”一句中的内容相同，建议删去。"
            yield ctx.finding("duplicate.clause", "duplicate", "warning", msg, unit.start, unit.end)
        parts = _CLAUSE_SPLIT.split(unit.key)
        if len(parts) < 2:
            continue
        for part in parts:
            chars = han_count(part)
            if chars >= MIN_CLAUSE_CHARS and (chars >= 16 or _DIGIT.search(part)):
                clauses.setdefault((unit.block, part), unit)


def _continues_run(last: tuple[Unit, Unit], unit: Unit, orig: Unit) -> bool:
    rep, org = last
    return unit.index == rep.index + 1 and orig.index == org.index + 1 and unit.block == rep.block


def _finding(ctx: Context, run: list[tuple[Unit, Unit]], line_starts: list[int]) -> Finding:
    start, end = run[0][0].start, run[-1][0].end
    orig_start = run[0][1].start
    line = bisect_right(line_starts, orig_start)
    shown = ctx.text[orig_start : run[0][1].end].replace("\n", "")
    if len(shown) > 20:
        shown = shown[:20] + "…"
    gap = start - run[-1][1].end
    adjacent = 0 <= gap <= 4 and not ctx.text[start - gap : start].strip()
    if adjacent:
        msg = f"重复：紧接着把前一句（第{line}行）“{shown}”又写了一遍，建议删去。"
    else:
        what = "这几句" if len(run) > 1 else "这句话"
        msg = f"重复：{what}与第{line}行的“{shown}”相同，建议删去或改写。"
    chars = sum(u.chars for u, _ in run)
    near = abs(run[0][0].block - run[0][1].block) <= 1
    severity = "info" if chars < SHORT_CHARS and not near else "warning"
    return ctx.finding("duplicate.sentence", "duplicate", severity, msg, start, end)


def check_title_repeat(ctx: Context) -> Iterator[Finding]:
    """A line that repeats the title, as a paste from a web page often does."""
    if ctx.outline.title_start is None or not ctx.outline.title:
        return
    key = normalise(ctx.outline.title)
    if han_count(key) < 4:
        return
    for block in blocks(ctx):
        if block.start == ctx.outline.title_start or block.breaks:
            continue
        if not len(key) <= len(block.flat) <= 2 * len(key) + 8:
            continue  # normalising only drops spaces and unifies marks: far longer lines never match
        if normalise(block.flat) == key:
            lead = len(block.flat) - len(block.flat.lstrip())
            start, end = block.span(lead, len(block.flat.rstrip()))
            msg = f"重复：这一行与标题“{ctx.outline.title}”相同，多半是复制网页时带进来的，建议删去。"
            yield ctx.finding("duplicate.title", "duplicate", "warning", msg, start, end)


CHECKS = (check_sentences, check_clause_repeat, check_title_repeat)
