# SPDX-License-Identifier: MIT
"""Numbering: gaps, repeats and order errors among sibling numbers, headings and run-in enumerations.

Every number is an *item* of a family (一、 / （一） / 1. / （1） / ① / 一是 / 一要 / 第一，).
Items are compared with the item before them among their siblings: the same family under
the same owner. A heading's owner is its parent heading; a number inside a paragraph
belongs to the heading the paragraph stands under (or, written in the heading's own
style, is that heading's sibling: ``(1)…。(2)…`` on one line followed by ``(3)`` on the next).
A new list may start again at 1 anywhere (the plan part of an annual report restarts 一、).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass, replace
from itertools import pairwise

from ..incremental import piece_cache
from ..model import Finding, Heading
from ..numerals import to_cn_small
from ..outline import number_value
from .base import Context
from .textblocks import Block, block_starts, blocks

_CN = "一二三四五六七八九十"
_ALL_PUNCT = "。；;：:！？!?"
_COMMA = "，,"
# Families that may follow a comma inside a sentence (``，二是…``); the others only follow a stop.
_AFTER_COMMA = frozenset({"shi", "yao", "paren_arabic", "circled"})
_RUN_IN = (
    ("shi", re.compile(rf"([{_CN}]{{1,3}})是")),
    ("yao", re.compile(rf"([{_CN}]{{1,3}})要(?![求素点件害闻务])")),
    ("di", re.compile(rf"第([{_CN}]{{1,3}})[，,、]")),
    ("paren_arabic", re.compile(r"[（(]\s*([0-9０-９]{1,2})\s*[）)]")),
    ("paren_cn", re.compile(rf"[（(]\s*([{_CN}]{{1,3}})\s*[）)]")),
    ("arabic", re.compile(rf"([0-9０-９]{{1,2}})\s*(?:[、．]|\.(?![0-9０-９]))(?!\s*[0-9０-９{_CN}])")),
    ("cn", re.compile(rf"([{_CN}]{{1,3}})、(?![{_CN}0-9０-９])")),
    ("circled", re.compile(r"([①-⑳])")),
)
_FIRST_CHARS = frozenset(_CN + "第（(①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳" + "0123456789０１２３４５６７８９")
_STOP = re.compile(rf"[{_ALL_PUNCT}{_COMMA}]\s*")
# After a bare numeral these characters make an ordinary word (二期, 二等奖, 三年), not a broken 二是.
_NOT_BROKEN = set(
    "期等级次号批类届轮季产胎孩月日年十百千万亿元人个项条家户名位台套座所处栋层米里亩度倍成线审环维战者则楼院星连并来区"
)
_LEVEL_STYLE = {1: "{cn}、", 2: "（{cn}）", 3: "{n}.", 4: "（{n}）"}
_LEVEL_NAME = {1: "一级", 2: "二级", 3: "三级", 4: "四级"}


@dataclass(frozen=True)
class Item:
    family: str
    value: int
    number: str  # the number as written: "三", "3"
    marker: str  # the marker as written: "（三）", "三是"
    start: int  # text offset of the marker
    owner: int  # index of the owning heading, -1 for none
    heading: bool  # a line-start outline heading (not a number run into a paragraph)

    @property
    def end(self) -> int:
        return self.start + len(self.marker)


def family_of(marker: str) -> str:
    """The family of a heading marker as written."""
    m = marker.lstrip()
    if m[:1] in "（(":
        return "paren_cn" if m.lstrip("（( ")[:1] in _CN else "paren_arabic"
    if m[:1] in _CN:
        return "cn"
    if "①" <= m[:1] <= "⑳":
        return "circled"
    return "arabic"


def _parents(headings: tuple[Heading, ...]) -> list[int]:
    """For each heading, the index of its parent heading (the last one of a lower level), or -1."""
    out: list[int] = []
    stack: list[int] = []
    for i, h in enumerate(headings):
        while stack and headings[stack[-1]].level >= h.level:
            stack.pop()
        out.append(stack[-1] if stack else -1)
        stack.append(i)
    return out


def _heading_items(ctx: Context, parents: list[int]) -> Iterator[Item]:
    for i, h in enumerate(ctx.outline.headings):
        if not h.number or not h.marker:
            continue
        at = ctx.text.find(h.marker, h.start, h.end)
        if at < 0:
            continue
        yield Item(family_of(h.marker), h.value, h.number, h.marker, at, parents[i], True)


def _run_in_items(ctx: Context, block: Block, owner: int) -> Iterator[Item]:
    """Numbers run into ``block`` after a stop (and 一是-style ones after a comma), owned by ``owner``."""
    for family, value, number, i, j in _run_ins(block.flat, block.heading is not None):
        a, b = block.span(i, j)
        yield Item(family, value, number, ctx.text[a:b], a, owner, False)


@piece_cache()
def _run_ins(flat: str, skip_start: bool) -> tuple[tuple[str, int, str, int, int], ...]:
    """(family, value, number, flat start, flat end) of the run-in numbers of a block's text: a
    function of the text alone, so a re-check reuses it for the blocks that did not change."""
    out = []
    positions = [] if skip_start else [(0, False)]
    positions += [(m.end(), m.group(0)[0] in _COMMA) for m in _STOP.finditer(flat)]
    for pos, after_comma in positions:
        if pos >= len(flat) or flat[pos] not in _FIRST_CHARS:
            continue
        for family, pattern in _RUN_IN:
            if after_comma and family not in _AFTER_COMMA:
                continue
            m = pattern.match(flat, pos)
            if not m:
                continue
            value = number_value(m.group(1))
            if value:
                out.append((family, value, m.group(1), m.start(), m.end()))
            break
    return tuple(out)


def collect_items(ctx: Context) -> list[Item]:
    """Every numbered item of the draft, headings and run-in numbers, in text order."""
    headings = ctx.outline.headings
    parents = _parents(headings)
    items = list(_heading_items(ctx, parents))
    starts = [h.start for h in headings]
    index_of = {h.start: i for i, h in enumerate(headings)}
    for block in blocks(ctx):
        if block.heading is not None:
            k = index_of[block.heading.start]
            found = list(_run_in_items(ctx, block, k))
            items.extend(_siblings_of_heading(found, block.heading, parents[k]))
        else:
            owner = bisect_right(starts, block.start) - 1
            items.extend(_run_in_items(ctx, block, owner))
    items.sort(key=lambda it: it.start)
    return items


def _siblings_of_heading(found: list[Item], heading: Heading, parent: int) -> list[Item]:
    """Run-in numbers of a heading's own style continue its list (``(1)…。(2)…``) when the first
    of them follows on from the heading's number; otherwise they are a list of its own under it."""
    fam = family_of(heading.marker) if heading.marker else ""
    same = [it for it in found if it.family == fam]
    if not same or same[0].value != heading.value + 1:
        return found
    return [replace(it, owner=parent) if it.family == fam else it for it in found]


def expected_marker(item: Item, value: int) -> str:
    """``item``'s marker with its number replaced by ``value`` in the same script."""
    if item.family == "circled":
        return chr(ord("①") + value - 1) if 1 <= value <= 20 else item.marker
    if item.number[0] in _CN:
        new = to_cn_small(value)
    else:
        new = str(value)
        if item.number[0] in "０１２３４５６７８９":
            new = new.translate(str.maketrans("0123456789", "０１２３４５６７８９"))
    return item.marker.replace(item.number, new, 1)


def check_sequences(ctx: Context) -> Iterator[Finding]:
    """Gaps, repeats, order errors and lists that do not restart under a new parent."""
    groups: dict[tuple[int, str], list[Item]] = {}
    for it in collect_items(ctx):
        groups.setdefault((it.owner, it.family), []).append(it)
    headings = ctx.outline.headings
    for (owner, _family), items in groups.items():
        first = items[0]
        if first.heading and first.value != 1:
            yield _restart_finding(ctx, first, headings[owner] if owner >= 0 else None)
        # One slip is one finding: after a repeat or a swap the count goes on from the highest
        # number seen, so the items after it are not all reported again.
        # A repeat may stand for its successor (（二）（二）（四）), or the list may go on from
        # the repeated number (（二）（二）（三）): either way the next item is fine.
        last, alt = first.value, None
        for prev, cur in pairwise(items):
            if alt is not None and cur.value == alt + 1:
                last, alt = cur.value, None
                continue
            found = list(_pair_findings(ctx, prev, cur, last))
            yield from found
            alt = last + 1 if found and found[0].rule == "numbering.repeat" else None
            last = 1 if cur.value == 1 else max(last, cur.value)


def _restart_finding(ctx: Context, item: Item, parent: Heading | None) -> Finding:
    good = expected_marker(item, 1)
    where = f"“{parent.marker}{parent.heading[:12]}”下" if parent is not None else "全文"
    msg = f"“{item.marker}”是{where}的第一项，编号应从“{good}”开始。"
    return ctx.finding("numbering.restart", "numbering", "warning", msg, item.start, item.end, good)


def _pair_findings(ctx: Context, prev: Item, cur: Item, last: int) -> Iterator[Finding]:
    want = last + 1
    if cur.value == want or cur.value == 1:
        return
    good = expected_marker(cur, want)
    if cur.value == last:
        msg = f"编号重复：“{cur.marker}”与上一项“{prev.marker}”相同，应为“{good}”，其后的编号依次顺延。"
        yield ctx.finding("numbering.repeat", "numbering", "warning", msg, cur.start, cur.end, good)
    elif cur.value > want:
        broken = _broken_marker(ctx, prev, cur, want)
        if broken is not None:
            yield broken
            return
        msg = f"编号不连续：“{prev.marker}”之后是“{cur.marker}”，缺少“{good}”。"
        yield ctx.finding("numbering.gap", "numbering", "warning", msg, cur.start, cur.end, good)
    else:
        msg = f"编号顺序错误：“{cur.marker}”排在“{prev.marker}”之后，应为“{good}”。"
        yield ctx.finding("numbering.order", "numbering", "warning", msg, cur.start, cur.end, good)


def _broken_marker(ctx: Context, prev: Item, cur: Item, want: int) -> Finding | None:
    """A sentence between ``prev`` and ``cur`` opening with a bare numeral (``二入驻…`` for ``二是入驻…``)."""
    if prev.family not in ("shi", "yao"):
        return None
    numeral = to_cn_small(want)
    suffix = "是" if prev.family == "shi" else "要"
    all_blocks = blocks(ctx)
    first = max(0, bisect_right(block_starts(ctx), prev.start) - 1)
    for block in all_blocks[first:]:
        if block.start >= cur.start:
            break
        if block.end <= prev.end:
            continue
        for a, _b in block.sentences():
            at = block.pos(a)
            if not prev.end <= at < cur.start or not block.flat.startswith(numeral, a):
                continue
            nxt = block.flat[a + len(numeral) : a + len(numeral) + 1]
            if nxt and nxt != suffix and nxt not in _NOT_BROKEN and nxt not in _CN and not nxt.isdigit():
                good = numeral + suffix
                words = block.flat[a + len(numeral) : a + len(numeral) + 4]
                msg = (
                    f"序号缺字：“{numeral}{words}…”应为“{good}{words}…”，"
                    f"前后分别是“{prev.marker}”和“{cur.marker}”。"
                )
                return ctx.finding(
                    "numbering.marker", "numbering", "warning", msg, at, at + len(numeral), good
                )
    return None


def check_skipped_levels(ctx: Context) -> Iterator[Finding]:
    """A heading three levels below its parent (（1） right under 一、) although the draft uses the
    levels between elsewhere. One level skipped (1. right under 二、 in a short 存在问题 part) is
    common practice in the drafts offices hand in, so it is left alone."""
    headings = ctx.outline.headings
    used = {h.level for h in headings if h.number}
    parents = _parents(headings)
    seen: set[int] = set()
    for i, h in enumerate(headings):
        p = parents[i]
        if not h.number or not h.marker or p < 0 or p in seen:
            continue
        mid = headings[p].level + 1
        if h.level > mid + 1 and mid in used and mid + 1 in used:
            seen.add(p)
            at = ctx.text.find(h.marker, h.start, h.end)
            if at < 0:
                continue
            style = _LEVEL_STYLE[mid].format(cn=to_cn_small(1), n=1)
            msg = (
                f"层级跳过：“{h.marker}”直接排在{_LEVEL_NAME[headings[p].level]}标题“{headings[p].marker}”之下，"
                f"而文中其他地方使用了{_LEVEL_NAME[mid]}标题“{style}”。"
            )
            yield ctx.finding("numbering.skip-level", "numbering", "info", msg, at, at + len(h.marker), style)


CHECKS = (check_sequences, check_skipped_levels)
