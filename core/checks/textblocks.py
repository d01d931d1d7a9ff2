# SPDX-License-Identifier: MIT
"""Logical paragraphs: lines re-joined where a copy from a PDF broke a paragraph mid-sentence.

Drafts pasted from PDF viewers break every ~28 characters (``…清醒地看到发展中面`` /
``临的问题和挑战：``). Cue phrases, enumerations and sentences must be read across
those breaks, yet findings must point into the original text. A ``Block`` keeps its
text without the breaks (``flat``) and maps every flat index back to an offset.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass

from ..incremental import piece_cache
from ..model import Heading
from ..outline import match_heading
from .base import Context

_TERMINAL = "。！？!?；;：:…"
_CLOSERS = "”’\"'）)」』】"
_SOFT_END = "，,、"
MIN_BROKEN_LINE = 16  # a PDF line is ~28 characters; shorter unpunctuated lines are headings or labels
_SENTENCE = re.compile(r"[^。！？!?；;]*(?:[。！？!?；;]+[”’\"」』）)]?|$)")
_NOT_HAN = re.compile(r"[^\u4e00-\u9fff]+")
# a line that opens a closing list of the key figures (附：2025年主要指标, 附表, 主要指标完成情况：…):
# the figure rules read it as a restatement table, the duplicate rule lets it repeat sentences
KEY_FIGURES_LINE = re.compile(
    r"^[ \t\u3000]*(?:附[：:表件]|附\s*$"
    r"|[^\n。；;，,]{0,16}(?:(?:主要|经济|核心)指标|指标完成情况|主要数据|指标一览|数据一览|主要战果|主要成果)"
    r"[^\n。；;，,：:]{0,8}(?:$|[：:]))",
    re.M,
)


def han_count(s: str) -> int:
    """How many Chinese characters ``s`` holds (one string built, not a list of one per character)."""
    return len(_NOT_HAN.sub("", s))


@dataclass(frozen=True)
class Block:
    """One logical paragraph."""

    start: int  # offset of its first character in the text
    end: int  # offset just past its last character
    flat: str  # its text with the line breaks taken out
    breaks: tuple[int, ...]  # flat indices before which a "\n" was removed
    heading: Heading | None  # the outline heading its first line is, if any
    line: int  # index of its first line among ctx.paragraphs

    def pos(self, i: int) -> int:
        """The text offset of flat index ``i`` (``i == len(flat)`` maps to ``end``)."""
        return self.start + i + bisect_right(self.breaks, i) if self.breaks else self.start + i

    def span(self, i: int, j: int) -> tuple[int, int]:
        """Text offsets of the flat slice [i, j)."""
        if j <= i:
            return self.pos(i), self.pos(i)
        return self.pos(i), self.pos(j - 1) + 1

    def sentences(self) -> Iterator[tuple[int, int]]:
        """Flat (start, end) of each sentence, ending after 。！？； and a closing quote; spaces trimmed."""
        return flat_sentences(self.flat)


def flat_sentences(flat: str) -> Iterator[tuple[int, int]]:
    """The sentence spans of a block's flat text (``Block.sentences``; a function of the text alone)."""
    for m in _SENTENCE.finditer(flat):
        a, b = m.start(), m.end()
        while a < b and flat[a].isspace():
            a += 1
        while b > a and flat[b - 1].isspace():
            b -= 1
        if b > a:
            yield a, b


def _ends_sentence(line: str) -> bool:
    s = line.rstrip()
    if not s:
        return True
    if s[-1] in _TERMINAL:
        return True
    return s[-1] in _CLOSERS and len(s) > 1 and s[-2] in _TERMINAL


def _continues(line: str, nxt: str, nxt_is_heading: bool) -> bool:
    """Whether ``line`` runs on into ``nxt`` (a paragraph broken by a PDF copy)."""
    s = line.strip()
    if not s or not nxt.strip() or nxt_is_heading or _ends_sentence(s):
        return False
    return s[-1] in _SOFT_END or len(s) >= MIN_BROKEN_LINE


def blocks(ctx: Context) -> list[Block]:
    """The logical paragraphs of ``ctx`` (computed once per context)."""
    cached = ctx.__dict__.get("_jiaogao_blocks")
    if cached is None:
        cached = _build(ctx)
        ctx.__dict__["_jiaogao_blocks"] = cached
    return cached


def block_starts(ctx: Context) -> list[int]:
    """The start offset of each logical paragraph, for bisecting."""
    cached = ctx.__dict__.get("_jiaogao_block_starts")
    if cached is None:
        cached = [b.start for b in blocks(ctx)]
        ctx.__dict__["_jiaogao_block_starts"] = cached
    return cached


def _build(ctx: Context) -> list[Block]:
    heads = {h.start: h for h in ctx.outline.headings}
    title = ctx.outline.title_start
    paras = ctx.paragraphs
    out: list[Block] = []
    i = 0
    while i < len(paras):
        p = paras[i]
        if not p.text.strip():
            i += 1
            continue
        parts = [p.text]
        breaks: list[int] = []
        j = i
        while (
            j + 1 < len(paras)
            and paras[j].start != title
            and paras[j].start not in heads
            and paras[j + 1].start != title
            and _continues(paras[j].text, paras[j + 1].text, _is_heading(paras[j + 1], heads))
        ):
            breaks.append(sum(len(x) for x in parts))
            j += 1
            parts.append(paras[j].text)
        out.append(Block(p.start, paras[j].end, "".join(parts), tuple(breaks), heads.get(p.start), i))
        i = j + 1
    return out


def _is_heading(p: object, heads: dict[int, Heading]) -> bool:
    start = p.start  # type: ignore[attr-defined]
    return start in heads or _looks_like_heading(p.text)  # type: ignore[attr-defined]


@piece_cache()
def _looks_like_heading(line: str) -> bool:
    return match_heading(line) is not None
