# SPDX-License-Identifier: MIT
"""Small integers written in Chinese numerals, as used in heading numbers (一 … 九十九)."""

from __future__ import annotations

DIGITS = {
    "零": 0,
    "〇": 0,
    "一": 1,
    "二": 2,
    "两": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}
CN_NUM_CHARS = "零〇一二两三四五六七八九十"


def cn_small_int(s: str) -> int | None:
    """一 → 1, 十二 → 12, 二十 → 20, 九十九 → 99; None if ``s`` is not such a number."""
    if not s or len(s) > 3:
        return None
    if "十" not in s:
        return DIGITS.get(s) if len(s) == 1 else None
    tens, _, ones = s.partition("十")
    if "十" in ones:
        return None
    t = 1 if tens == "" else DIGITS.get(tens)
    o = 0 if ones == "" else DIGITS.get(ones)
    if t is None or o is None or (tens and t == 0) or (ones and o == 0) or len(ones) > 1 or len(tens) > 1:
        return None
    return t * 10 + o


def to_cn_small(n: int) -> str:
    """1 → 一, 12 → 十二, 20 → 二十 (1..99)."""
    names = "零一二三四五六七八九"
    if n < 10:
        return names[n]
    t, o = divmod(n, 10)
    return ("" if t == 1 else names[t]) + "十" + (names[o] if o else "")
