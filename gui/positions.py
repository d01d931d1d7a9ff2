# SPDX-License-Identifier: MIT
"""Code-point <-> UTF-16 offsets: core speaks code points, Qt speaks UTF-16 units.

This is the only module that knows the difference. Characters outside the Basic
Multilingual Plane (𠮷, emoji) take two UTF-16 units; everything else one.
"""

from __future__ import annotations

from bisect import bisect_left

_BMP_MAX = "\uffff"


class PositionMap:
    """Convert offsets for one snapshot of a text.

    Built once per report; conversion is O(1) when the text has no astral
    characters (the usual case) and O(log n) otherwise.
    """

    __slots__ = ("_astral_cp", "_astral_u16", "_length")

    def __init__(self, text: str) -> None:
        self._length = len(text)
        self._astral_cp: list[int] = []
        self._astral_u16: list[int] = []
        if not text or max(text) <= _BMP_MAX:
            return
        for i, ch in enumerate(text):
            if ch > _BMP_MAX:
                # UTF-16 offset of this astral character = code point offset + astrals before it.
                self._astral_u16.append(i + len(self._astral_cp))
                self._astral_cp.append(i)

    @property
    def identity(self) -> bool:
        return not self._astral_cp

    def to_utf16(self, cp: int) -> int:
        """UTF-16 offset of code-point offset ``cp``."""
        if not self._astral_cp:
            return cp
        return cp + bisect_left(self._astral_cp, cp)

    def to_code_point(self, u16: int) -> int:
        """Code-point offset of UTF-16 offset ``u16`` (the middle of a pair maps to its start)."""
        if not self._astral_u16:
            return u16
        # Every astral character starting before u16 added one extra unit; a u16 that
        # falls inside a pair therefore maps to the pair's own code point.
        return u16 - bisect_left(self._astral_u16, u16)


def utf16_len(text: str) -> int:
    """Length of ``text`` in UTF-16 units, as QString.length() would say."""
    if not text or max(text) <= _BMP_MAX:
        return len(text)
    return len(text) + sum(1 for ch in text if ch > _BMP_MAX)


def to_utf16(text: str, cp: int) -> int:
    """One-off conversion of a code-point offset into ``text``."""
    return cp + sum(1 for ch in text[:cp] if ch > _BMP_MAX)


def to_code_point(text: str, u16: int) -> int:
    """One-off conversion of a UTF-16 offset into ``text``."""
    return PositionMap(text).to_code_point(u16)
