# SPDX-License-Identifier: MIT
"""Placeholders left in a draft copied from a model report: X / xx / ** / 某某 / 20xx / □□ / 〇〇.

Model reports on the web mask names and figures (``X镇``, ``**年``, ``培训X人``,
``2X5万元``); a clerk who forgets one sends the draft back with a hole in it.
Every finding's span is exactly the placeholder (or the partly masked number).
All scans are single regex passes with a constant amount of look-around per hit.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from ..incremental import enabled, line_pieces, piece_cache
from ..model import Finding, Outline
from ..resources import on_reload, word_list
from .base import Context

CATEGORY = "placeholder"
SEVERITY = "error"

_X = "xXＸｘ"
# A run of X; the token it belongs to spreads over the digits and dots around it ("2X5", "12.X").
_X_RUN = re.compile(rf"[{_X}]+")
_FULL_WIDTH_X = str.maketrans("Xx", "Ｘｘ")
_TOKEN_CHARS = frozenset("0123456789." + _X)
_CROSS = re.compile(r"×+")
_STARS = re.compile(r"[*＊]{2,}")
# "20xx", "201X", "20××", "20**"; the character before is checked in code (a look-behind
# in front would cost a test at every position of the text).
_YEAR = re.compile(rf"(?:19|20)(?:[0-9][{_X}×*＊]|[{_X}×*＊]{{2}})(?![0-9A-Za-z])")
_NAME = re.compile(r"某某+")
_BOXES = re.compile(r"□+")
_CIRCLES = re.compile(r"[〇○◯]{2,}")
# Fill-in blanks of a form-like model: "完成投资____万元", "截至（  ）月底".
_BLANKS = re.compile(r"[_＿]{2,}|（[ \u3000]*）")

# "X1型", "X5系列": a model name, not a masked figure.
_MODEL_AFTER_DIGITS = re.compile(r"[型款号系]")
# Units that follow a masked figure; a bare "3x5米" is a size, not a mask.
_QUANTITY_UNIT = re.compile(
    r"\s?(?:万|亿|千|百|元|%|％|‰|人|户|个|家|项|亩|吨|余|多|名|次|件|条|所|座|辆|台|套|公里|千米|"
    r"平方|立方|年|月|日|天|批|期|届|位|篇|场|处|只|头|株|棵|斤|公斤|份|册|本|间|栋|张|倍)"
)
_CN_NUMERALS = set("〇零○一二三四五六七八九十百千万亿两")
_SKIP_AROUND = set(" \t\u3000()（）[]【】<>《》\"'“”‘’-—–")


def _is_han(ch: str) -> bool:
    return "\u3400" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff"


def _is_cjk_punct(ch: str) -> bool:
    o = ord(ch) if ch else 0
    return (
        0x3000 <= o <= 0x303F
        or 0xFF01 <= o <= 0xFF0F
        or 0xFF1A <= o <= 0xFF20
        or 0xFF3B <= o <= 0xFF40
        or 0xFF5B <= o <= 0xFF65
        or ch in "“”‘’…—"
    )


def _is_latin(ch: str) -> bool:
    return ("a" <= ch <= "z") or ("A" <= ch <= "Z") or ("ａ" <= ch <= "ｚ") or ("Ａ" <= ch <= "Ｚ")


def _is_digit(ch: str) -> bool:
    return "0" <= ch <= "9" or "０" <= ch <= "９"


def _chinese_side(ch: str) -> bool:
    return _is_han(ch) or _is_cjk_punct(ch) or ch in "%％‰"


def _look(text: str, i: int, step: int) -> str:
    """The first character from ``i`` in direction ``step`` that is not a space, bracket, quote or dash."""
    for _ in range(5):
        if i < 0 or i >= len(text) or text[i] == "\n":
            return "\n"
        if text[i] not in _SKIP_AROUND:
            return text[i]
        i += step
    return ""


def _in_chinese(text: str, start: int, end: int) -> bool:
    """Chinese on one side (past spaces and brackets) and no Latin word on either."""
    left, right = _look(text, start - 1, -1), _look(text, end, 1)
    if _is_latin(left) or _is_latin(right):
        return False
    return _chinese_side(left) or _chinese_side(right)


def _char(text: str, i: int) -> str:
    return text[i] if 0 <= i < len(text) else "\n"


@cache
def _never_flag() -> tuple[tuple[int, re.Pattern[str]], ...]:
    """Terms of lexicon/never_flag.txt (X光, X射线 …) grouped by where their X stands in them."""
    by_offset: dict[int, list[str]] = {}
    for word in word_list("never_flag"):
        offset = next((i for i, c in enumerate(word) if c in _X), None)
        if offset is not None:
            full_width = word.translate(_FULL_WIDTH_X)  # Ｘ光 is X光 typed with a Chinese IME
            by_offset.setdefault(offset, []).extend({word, full_width})
    return tuple(
        (offset, re.compile("|".join(map(re.escape, sorted(words, key=len, reverse=True))), re.IGNORECASE))
        for offset, words in sorted(by_offset.items())
    )


def _is_term(text: str, start: int) -> bool:
    """Whether the X at ``start`` belongs to a listed term."""
    return any(offset <= start and pattern.match(text, start - offset) for offset, pattern in _never_flag())


_ROAD_CODE = re.compile(r"[Xx][0-9]{3}")


def _mask_span(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span to flag for a token of digits, dots and X, or None when it is no mask."""
    while start < end and text[start] == ".":
        start += 1
    while end > start and text[end - 1] == ".":
        end -= 1
    token = text[start:end]
    if not any(c in _X for c in token) or _is_term(text, start):
        return None
    before, after = _char(text, start - 1), _char(text, end)
    if before in "_@/\\&=" or after in "_@/\\&=":
        return None  # identifiers, paths, URLs and formulas
    if _is_latin(before) or (before == "." and _is_latin(_char(text, start - 2))):
        return None  # "Xbox", "six", "www.xxx.com" continue a Latin word
    if after == "." and _is_latin(_char(text, end + 1)):
        return None  # "xxx.com"
    if after in "-–" and _char(text, end + 1).isascii() and _char(text, end + 1).isalnum():
        return None  # "X-200", "X-ray": a model or an English compound
    if token in ("X", "x") and text[max(0, start - 2) : start] in ("1+", "1＋"):
        return None  # “1+X”证书: the name of a certificate scheme
    if _ROAD_CODE.fullmatch(token) and (after == "线" or text[max(0, start - 2) : start] == "县道"):
        return None  # 县道X021线: a county road's number (G国道, S省道, X县道, Y乡道)
    if _is_latin(after):
        return _mask_before_spec(text, start, end)
    if not any(_is_digit(c) for c in token):
        return (start, end) if _in_chinese(text, start, end) else None
    return _masked_number(text, start, end)


def _mask_before_spec(text: str, start: int, end: int) -> tuple[int, int] | None:
    """``X500kv``: a masked name in front of a figure with a Latin unit; only the X is the mask."""
    lead = start
    while lead < end and text[lead] in _X:
        lead += 1
    rest = text[lead:end]
    if lead == start or not rest or not rest.isdigit():
        return None
    if not _chinese_side(_look(text, start - 1, -1)):
        return None
    return start, lead


def _masked_number(text: str, start: int, end: int) -> tuple[int, int] | None:
    """A figure with X among its digits: ``2X5万元``, ``12.X%``, ``X5万元``; not ``3x5米`` or ``X1型``."""
    token = text[start:end]
    if token[0] in _X and token[-1].isdigit() and _MODEL_AFTER_DIGITS.match(text, end):
        return None  # "X1型": a model name
    if re.fullmatch(rf"[0-9.]+[{_X}][0-9.]+", token) and not _QUANTITY_UNIT.match(text, end):
        return None  # a single x between figures is a size or a product ("3x5米", "1920x1080")
    if not _in_chinese(text, start, end) and not _QUANTITY_UNIT.match(text, end):
        return None
    return start, end


def _token_around(text: str, start: int, end: int) -> tuple[int, int]:
    """Grow an X run over the digits, dots and X next to it."""
    while start > 0 and text[start - 1] in _TOKEN_CHARS:
        start -= 1
    while end < len(text) and text[end] in _TOKEN_CHARS:
        end += 1
    return start, end


def _overlaps(taken: set[int], start: int, end: int) -> bool:
    return any(i in taken for i in range(start, end))


def _check_years(ctx: Context, taken: set[int]) -> Iterator[Finding]:
    for m in _YEAR.finditer(ctx.text):
        before = _char(ctx.text, m.start() - 1)
        if _is_latin(before) or _is_digit(before):
            continue
        taken.update(range(m.start(), m.end()))
        yield ctx.finding(
            "placeholder.year",
            CATEGORY,
            SEVERITY,
            f"年份“{m.group()}”未填写，请改为实际年份。",
            m.start(),
            m.end(),
        )


def _check_masks(ctx: Context, taken: set[int]) -> Iterator[Finding]:
    text = ctx.text
    last_token_end = -1
    for m in _X_RUN.finditer(text):
        if m.start() < last_token_end:
            continue  # a token with several X runs ("X.X") is judged once
        start, end = _token_around(text, m.start(), m.end())
        last_token_end = end
        if _overlaps(taken, start, end):
            continue
        span = _mask_span(text, start, end)
        if span is None:
            continue
        excerpt = text[span[0] : span[1]]
        if any(_is_digit(c) for c in excerpt):
            message = f"数字“{excerpt}”中有未替换的占位符 X，请填写准确数字。"
        else:
            message = f"“{excerpt}”是未替换的占位符，请填写实际的名称或数字。"
        yield ctx.finding("placeholder.mask", CATEGORY, SEVERITY, message, span[0], span[1])
    for m in _CROSS.finditer(text) if "×" in text else ():
        if _overlaps(taken, m.start(), m.end()) or not _cross_is_mask(text, m.start(), m.end()):
            continue
        yield ctx.finding(
            "placeholder.mask",
            CATEGORY,
            SEVERITY,
            f"“{m.group()}”是未替换的占位符，请填写实际的名称或数字。",
            m.start(),
            m.end(),
        )


def _cross_is_mask(text: str, start: int, end: int) -> bool:
    """``××镇`` is a mask; a lone × between figures (``3×5``) is a multiplication sign."""
    before, after = _char(text, start - 1), _char(text, end)
    if end - start == 1:
        return (_is_han(before) or _is_cjk_punct(before)) and _is_han(after)
    if _is_latin(before) or _is_latin(after):
        return False
    return _in_chinese(text, start, end) or _is_digit(before) or _is_digit(after)


def _check_stars(ctx: Context, taken: set[int]) -> Iterator[Finding]:
    text = ctx.text
    for m in _STARS.finditer(text) if "**" in text or "＊" in text else ():
        start, end = m.span()
        if _overlaps(taken, start, end):
            continue
        before, after = _char(text, start - 1), _char(text, end)
        if _is_latin(before) or _is_latin(after):
            continue  # **bold** in English text
        left, right = _look(text, start - 1, -1), _look(text, end, 1)
        if not (_chinese_side(left) or _chinese_side(right) or _is_digit(left) or _is_digit(right)):
            continue
        yield ctx.finding(
            "placeholder.stars",
            CATEGORY,
            SEVERITY,
            f"“{m.group()}”是隐去名称或年份的占位符，请填写实际内容。",
            start,
            end,
        )


def _check_names(ctx: Context) -> Iterator[Finding]:
    text = ctx.text
    surnames = word_list("surnames")
    for m in _NAME.finditer(text):
        if _char(text, m.start() - 1) in surnames:
            continue  # 张某某: an anonymised person, as case reports write them
        yield ctx.finding(
            "placeholder.name",
            CATEGORY,
            SEVERITY,
            f"“{m.group()}”是未替换的占位符，请填写实际名称。",
            m.start(),
            m.end(),
        )


def _check_boxes(ctx: Context) -> Iterator[Finding]:
    text = ctx.text
    for m in _BOXES.finditer(text) if "□" in text else ():
        start, end = m.span()
        if end - start == 1 and not (_is_han(_char(text, start - 1)) and _is_han(_char(text, end))):
            continue  # a lone □ is usually a tick box: "□同意 □不同意"
        yield _box_finding(ctx, start, end)
    circles = "〇" in text or "○" in text or "◯" in text
    for m in _CIRCLES.finditer(text) if circles else ():
        start, end = m.span()
        before, after = _char(text, start - 1), _char(text, end)
        if before in _CN_NUMERALS or after in _CN_NUMERALS or _is_digit(before) or _is_digit(after):
            continue  # 二〇〇〇年: the circle is a zero
        if _in_chinese(text, start, end):
            yield _box_finding(ctx, start, end)


def _box_finding(ctx: Context, start: int, end: int) -> Finding:
    return ctx.finding(
        "placeholder.box",
        CATEGORY,
        SEVERITY,
        f"“{ctx.text[start:end]}”是未替换的占位符，请填写实际内容。",
        start,
        end,
    )


def _check_blanks(ctx: Context) -> Iterator[Finding]:
    text = ctx.text
    if "_" not in text and "＿" not in text and "（" not in text:
        return
    for m in _BLANKS.finditer(text):
        start, end = m.span()
        if _is_latin(_char(text, start - 1)) or _is_latin(_char(text, end)):
            continue  # __init__, snake_case names
        if m.group()[0] in "_＿" and not _in_chinese(text, start, end):
            continue
        yield ctx.finding(
            "placeholder.blank",
            CATEGORY,
            SEVERITY,
            "这里是留待填写的空白，请填写实际内容。",
            start,
            end,
        )


def check_placeholders(ctx: Context) -> Iterator[Finding]:
    """Every placeholder kind; years first so ``20xx`` is one finding, not a year and a mask."""
    if enabled():
        yield from _by_lines(ctx)
    else:
        yield from _all_kinds(ctx)


def _all_kinds(ctx: Context) -> Iterator[Finding]:
    taken: set[int] = set()
    yield from _check_years(ctx, taken)
    yield from _check_masks(ctx, taken)
    yield from _check_stars(ctx, taken)
    yield from _check_names(ctx)
    yield from _check_boxes(ctx)
    yield from _check_blanks(ctx)


def _by_lines(ctx: Context) -> Iterator[Finding]:
    """The findings line by line, each line's from the piece cache when it did not change.

    Every scan above stops at a line break (``_char`` and ``_look`` answer "\n" at the edge of
    the text as at a break), save one: the unit after a masked figure may stand at the start
    of the next line (``_QUANTITY_UNIT`` allows one space, a break too), so the lines are not
    cut there. Findings come out line by line instead of kind by kind; no two kinds ever flag
    the same span, so the report is the same.
    """
    text = ctx.text
    for a, b in line_pieces(text, _unit_on_next_line):
        for rule, message, start, end in _line_findings(text[a:b]):
            yield ctx.finding(rule, CATEGORY, SEVERITY, message, a + start, a + end)


def _unit_on_next_line(text: str, at: int) -> bool:
    return _QUANTITY_UNIT.match(text, at) is not None


_NO_OUTLINE = Outline("", None, None)


@piece_cache()
def _line_findings(piece: str) -> tuple[tuple[str, str, int, int], ...]:
    return tuple((f.rule, f.message, f.start, f.end) for f in _all_kinds(Context(piece, [], _NO_OUTLINE)))


CHECKS = (check_placeholders,)

on_reload(_never_flag.cache_clear)
