# SPDX-License-Identifier: MIT
"""Word automatic numbering (numbering.xml): render the label a paragraph shows, such as 一、 or （二）.

python-docx leaves these labels out of ``paragraph.text``; the outline needs them, so we count
paragraphs per list instance and level the way Word does and format the counters ourselves.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from lxml import etree

from .numerals import to_cn_small

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_PLACEHOLDER = re.compile(r"%([1-9])")
_TIANGAN = "甲乙丙丁戊己庚辛壬癸"
_DIZHI = "子丑寅卯辰巳午未申酉戌亥"
_CN_DIGITS = "〇一二三四五六七八九"
_FULLWIDTH = str.maketrans("0123456789", "０１２３４５６７８９")
_ROMAN = (
    (1000, "M"),
    (900, "CM"),
    (500, "D"),
    (400, "CD"),
    (100, "C"),
    (90, "XC"),
    (50, "L"),
    (40, "XL"),
    (10, "X"),
    (9, "IX"),
    (5, "V"),
    (4, "IV"),
    (1, "I"),
)


@dataclass(frozen=True, slots=True)
class Level:
    fmt: str = "decimal"
    text: str = "%1."
    start: int = 1
    suffix: str = "tab"
    legal: bool = False  # isLgl: every counter shown as decimal
    restart: int | None = None  # lvlRestart: reset after this (1-based) level; None = after any higher level


@dataclass
class Numbering:
    """Definitions from numbering.xml plus the running counters of one reading pass."""

    abstract: dict[str, dict[int, Level]] = field(default_factory=dict)
    nums: dict[str, str] = field(default_factory=dict)  # numId -> abstractNumId
    overrides: dict[tuple[str, int], int] = field(default_factory=dict)  # (numId, ilvl) -> start
    restarting: set[str] = field(default_factory=set)  # numIds with a startOverride
    counters: dict[str, list[int | None]] = field(default_factory=dict)

    @classmethod
    def parse(cls, root: etree._Element | None) -> Numbering:
        out = cls()
        if root is None:
            return out
        for an in root.iterchildren(W + "abstractNum"):
            aid = an.get(W + "abstractNumId")
            if aid is not None:
                out.abstract[aid] = {
                    int(lvl.get(W + "ilvl", "0") or 0): _level(lvl) for lvl in an.iterchildren(W + "lvl")
                }
        for num in root.iterchildren(W + "num"):
            nid, ref = num.get(W + "numId"), num.find(W + "abstractNumId")
            if nid is None or ref is None:
                continue
            out.nums[nid] = str(ref.get(W + "val"))
            for ov in num.iterchildren(W + "lvlOverride"):
                so = ov.find(W + "startOverride")
                if so is not None:
                    out.overrides[(nid, _int(ov.get(W + "ilvl"), 0))] = _int(so.get(W + "val"), 1)
                    out.restarting.add(nid)
        return out

    def label(self, num_id: str, ilvl: int) -> str:
        """Advance the counter of (num_id, ilvl) and return the rendered label with its separator."""
        levels = self.abstract.get(self.nums.get(num_id, ""), {})
        level = levels.get(ilvl)
        if level is None or not 0 <= ilvl <= 8:
            return ""
        # Word continues a list across w:num instances of one abstractNum unless an instance restarts it.
        key = num_id if num_id in self.restarting else "a:" + self.nums[num_id]
        counts = self.counters.setdefault(key, [None] * 9)
        current = counts[ilvl]
        first = self.overrides.get((num_id, ilvl), level.start)
        counts[ilvl] = (current + 1) if current is not None else first
        for deeper in range(ilvl + 1, 9):
            lv = levels.get(deeper)
            if lv is None or lv.restart is None or lv.restart > ilvl:
                counts[deeper] = None
        if level.fmt in ("bullet", "none"):
            return ""

        def render(m: re.Match[str]) -> str:
            i = int(m.group(1)) - 1
            lv = levels.get(i, Level())
            value = counts[i] if counts[i] is not None else lv.start
            return format_number(value, "decimal" if level.legal and i != ilvl else lv.fmt)

        text = _PLACEHOLDER.sub(render, level.text)
        if text and text[-1].isalnum() and level.suffix != "nothing":
            text += " "
        return text


def format_number(n: int, fmt: str) -> str:
    """One counter in a Word numFmt. Unknown formats fall back to decimal."""
    if n < 0:
        return str(n)
    if fmt in (
        "chineseCounting",
        "chineseCountingThousand",
        "japaneseCounting",
        "taiwaneseCounting",
        "chineseLegalSimplified",
        "ideographLegalTraditional",
        "taiwaneseCountingThousand",
    ):
        return _cn_counting(n, legal=fmt in ("chineseLegalSimplified", "ideographLegalTraditional"))
    if fmt in ("ideographDigital", "taiwaneseDigital", "japaneseDigitalTenThousand"):
        return "".join(_CN_DIGITS[int(d)] for d in str(n))
    if fmt == "ideographTraditional":
        return _TIANGAN[(n - 1) % 10] if n > 0 else str(n)
    if fmt == "ideographZodiac":
        return _DIZHI[(n - 1) % 12] if n > 0 else str(n)
    if fmt == "decimalEnclosedCircle" or fmt == "decimalEnclosedCircleChinese":
        return chr(0x2460 + n - 1) if 1 <= n <= 20 else str(n)
    if fmt == "decimalEnclosedParen":
        return f"({n})"
    if fmt in ("decimalFullWidth", "decimalFullWidth2"):
        return str(n).translate(_FULLWIDTH)
    if fmt == "decimalZero":
        return f"{n:02d}"
    if fmt in ("upperLetter", "lowerLetter") and n > 0:
        letter = chr(ord("A") + (n - 1) % 26) * ((n - 1) // 26 + 1)
        return letter if fmt == "upperLetter" else letter.lower()
    if fmt in ("upperRoman", "lowerRoman") and 0 < n < 4000:
        roman = _roman(n)
        return roman if fmt == "upperRoman" else roman.lower()
    return str(n)


def _cn_counting(n: int, legal: bool = False) -> str:
    if n == 0:
        return "〇"
    text = to_cn_small(n) if n < 100 else _cn_large(n)
    if legal:
        text = text.translate(str.maketrans("一二三四五六七八九十", "壹贰叁肆伍陆柒捌玖拾"))
    return text


def _cn_large(n: int) -> str:
    if n >= 10000:
        return "".join(_CN_DIGITS[int(d)] for d in str(n))
    out, zero = "", False
    for unit, name in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
        d, n = divmod(n, unit)
        if d:
            out += ("零" if zero and out else "") + _CN_DIGITS[d] + name
            zero = False
        elif out:
            zero = True
    return out


def _roman(n: int) -> str:
    out = ""
    for value, sym in _ROMAN:
        while n >= value:
            out, n = out + sym, n - value
    return out


def _level(el: etree._Element) -> Level:
    def val(tag: str) -> str | None:
        child = el.find(W + tag)
        return None if child is None else child.get(W + "val")

    restart = val("lvlRestart")
    return Level(
        fmt=val("numFmt") or "decimal",
        text=val("lvlText") if val("lvlText") is not None else "",
        start=_int(val("start"), 1),
        suffix=val("suff") or "tab",
        legal=el.find(W + "isLgl") is not None and val("isLgl") not in ("0", "false", "off"),
        restart=None if restart is None else _int(restart, 0),
    )


def _int(value: str | None, default: int) -> int:
    try:
        return int(value) if value is not None else default
    except ValueError:
        return default
