# SPDX-License-Identifier: MIT
"""The number reader: every figure of a report with its value, unit, precision and span.

Figures are read in one linear regex scan. Each keeps how it was written (decimals,
Chinese or Arabic numerals, approximation words) so that the checks can derive a
rounding tolerance from the writing itself instead of a fixed epsilon: ``1318万元``
stands for anything in [1317.5, 1318.5] 万元, ``8000多万元`` for 8000–9000 万元.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field

from .incremental import enabled, piece_cache
from .numerals import DIGITS

_FW = str.maketrans("０１２３４５６７８９．，％：", "0123456789.,%:")
CN_DIGITS = {**DIGITS, "○": 0}  # ○ (a circle) is typed for 〇 in years: 二○二三年
_CN_SMALL_UNITS = {"十": 10, "百": 100, "千": 1000}
_CN_BIG_UNITS = {"万": 10**4, "亿": 10**8}
CN_NUM = "零〇○一二两三四五六七八九十百千万亿"

# unit as written -> (dimension, factor to the dimension's base unit)
_UNITS: dict[str, tuple[str, float]] = {
    "元": ("money", 1),
    "块钱": ("money", 1),
    "美元": ("usd", 1),  # 实际利用外资1.86亿美元: money, but never added to 元
    "欧元": ("eur", 1),
    "平方米": ("area", 1),
    "平米": ("area", 1),
    "平方": ("area", 1),
    "㎡": ("area", 1),
    "平": ("area", 1),
    "平方公里": ("area", 1e6),
    "公顷": ("area", 1e4),
    "亩": ("mu", 1),
    "公里": ("length", 1000),
    "千米": ("length", 1000),
    "米": ("length", 1),
    "吨": ("weight", 1000),
    "公斤": ("weight", 1),
    "千克": ("weight", 1),
    "斤": ("weight", 0.5),
    "立方米": ("volume", 1),
    "方": ("volume", 1),
    "千瓦": ("power", 1),
    "兆瓦": ("power", 1000),
    "人次": ("人次", 1),
    "车次": ("车次", 1),
    "批次": ("批次", 1),
    "户次": ("户次", 1),
    "件次": ("件次", 1),
    "场次": ("场次", 1),
    "家次": ("家次", 1),
    "标箱": ("标箱", 1),  # 集装箱吞吐量16.2万标箱
    "千瓦时": ("energy", 1),  # 售电量2863万千瓦时: energy, not power
    "兆瓦时": ("energy", 1000),
}
# Classifiers: each is its own dimension (5户 and 5人 do not add up).
CLASSIFIERS = (
    "人",
    "户",
    "个",
    "家",
    "件",
    "栋",
    "幢",
    "座",
    "处",
    "条",
    "项",
    "名",
    "次",
    "场",
    "所",
    "辆",
    "批",
    "起",
    "宗",
    "株",
    "棵",
    "只",
    "头",
    "套",
    "间",
    "台",
    "盏",
    "幅",
    "块",
    "份",
    "篇",
    "期",
    "支",
    "位",
    "张",
    "本",
    "册",
    "盒",
    "箱",
    "袋",
    "口",
    "眼",
    "道",
    "类",
    "对",
    "天",
    "种",
    "村",
    "镇",
    "乡",
    "具",
    "艘",
    "架",
    "部",
    "枚",
    "根",
    "届",
    "轮",
    "门",
    "尾",
    "羽",
    "匹",
    "顶",
    "笔",
    "省",
    "卷",
    "页",
    "单",
    "例",
    "课时",
    "学时",
)
for _c in CLASSIFIERS:
    _UNITS.setdefault(_c, (_c, 1))
_UNITS["克"] = ("weight", 0.001)
_UNIT_RE = "|".join(sorted((re.escape(u) for u in _UNITS), key=len, reverse=True))

# thousands separated by commas (1,362) or, in typeset copies, by a space (6 532)
_ARABIC = (
    r"(?:[0-9]{1,3}(?:[ \u2009\u202f\xa0][0-9]{3}(?![0-9]))+|[0-9０-９]+(?:,[0-9]{3}(?![0-9]))*)"
    r"(?:[.．][0-9０-９]+)?"
)
_CN = rf"[{CN_NUM}]+(?:点[{CN_NUM[:10]}]+)?"
# 约 of 节约, 签约, 预约 … belongs to a word, not to the figure after it
_APPROX_PRE = r"(?P<pre>(?<![节制签预履违合公特集简邀])约|近|大约|将近|接近|超过|逾|达到?约)?"
_MONTH_CN = r"元|十[一二]|[一二三四五六七八九十]"
_S = r"[ \t\u3000\xa0]*"

# One scan, alternatives in priority order; the named group tells which form matched.
_SCAN = re.compile(
    rf"(?=[0-9０-９{CN_NUM}元约近大将接超逾达])"  # cheap first-character filter: most positions fail here
    rf"(?:(?P<drange>(?:[0-9０-９]{{1,2}}|{_MONTH_CN})月(?:[0-9０-９]{{1,2}}|[一二三四五六七八九十]{{1,3}})日\s*[-—–~～至到]+\s*"
    rf"(?:(?:[0-9０-９]{{1,2}}|{_MONTH_CN})月)?(?:[0-9０-９]{{1,2}}|[一二三四五六七八九十]{{1,3}})日)"
    rf"|(?P<yrange>(?:19|20)[0-9]{{2}}\s*年?\s*[-—–~～至到]+\s*(?:19|20)?[0-9]{{2}}\s*年)"
    rf"|(?P<mrange>(?P<m1>[0-9０-９]{{1,2}}|{_MONTH_CN})\s*月?份?\s*[-—–~～至到]+\s*"
    rf"(?P<m2>[0-9０-９]{{1,2}}|十[一二]|[一二三四五六七八九十])\s*月份?)"
    rf"|(?P<year>(?:19|20)[0-9]{{2}}|[一二][〇○零九][〇○零一二三四五六七八九]{{2}})\s*年(?!代|限|均|薪|级)"
    rf"|(?P<pcn>百分之(?P<pcnv>{_CN}))"
    rf"|(?<![A-Za-z0-9０-９.．])(?P<ratio>{_ARABIC}(?:\s*[:：]\s*{_ARABIC}){{1,4}})(?![0-9A-Za-z])(?!\s*[:：]\s*[0-9])"
    rf"|{_APPROX_PRE}(?<![A-Za-z0-9０-９.．])(?P<num>{_ARABIC}|{_CN})"
    rf"(?:{_S}(?P<post1>余|多))?(?:{_S}(?P<scale>万亿|千万|百万|亿|万|千(?![瓦米克])))?(?:{_S}(?P<post2>余|多))?"
    rf"(?:{_S}(?P<pct>%|％|‰|个百分点|百分点))?(?(pct)|(?:{_S}(?P<unit>{_UNIT_RE}))?)"
    rf"(?:{_S}(?P<post3>以上|左右|上下))?)"
)
_MONTH_ONLY = re.compile(r"\s*月份?|\s*月(?=[底末初中])")


@dataclass(slots=True, unsafe_hash=True)
class Number:
    """One figure as written in the text. Treated as immutable (hashed by value); not declared
    frozen only because a frozen dataclass costs five times as much to build, and a long draft
    holds thousands of figures."""

    start: int
    end: int
    text: str
    value: float  # in the dimension's base unit (元, 平方米, 人 …); percent points for %
    unit: str  # the unit as written, with its scale ("万元", "%", "个百分点", "栋", "" if none)
    dim: str  # what can be compared: "money", "area", "percent", "points", a classifier, "" bare
    decimals: int  # digits after the point as written
    step: float  # one unit of the last written digit, in base units (1318万元 -> 10000)
    approx: str = ""  # 余 多 约 近 以上 左右 … as written
    kind: str = "number"  # number, percent, points, ratio, year, month_range, date_range, year_range
    chinese: bool = False  # written with Chinese numerals
    num_end: int = 0  # end of the numeral itself (before 万/unit)
    parts: tuple[float, ...] = ()  # ratio parts; for ranges (first, last)
    _bounds: tuple[float, float] | None = field(default=None, init=False, compare=False, repr=False)

    @property
    def bounds(self) -> tuple[float, float]:
        """The interval of true values the written figure stands for (worked out once: the rules ask
        it of every figure many times).

        A whole count of things (30个村, 52件) is exact; amounts, measures and percentages
        stand for everything that rounds to them.
        """
        if self._bounds is None:
            self._bounds = self._interval()
        return self._bounds  # type: ignore[return-value]

    def _interval(self) -> tuple[float, float]:
        h = 0.0 if self.exact else self.step / 2
        v = self.value
        if self.approx in ("余", "多", "以上", "超过", "逾"):
            return v - h, v + max(self.step, 0.1 * abs(v))
        if self.approx:
            return v * 0.9 - h, v * 1.1 + h
        return v - h, v + h

    @property
    def exact(self) -> bool:
        return (
            self.kind == "number"
            and self.dim not in _MEASURED
            and self.step == 1
            and self.value == int(self.value)
        )


_MEASURED = frozenset(
    ("money", "area", "mu", "length", "weight", "volume", "power", "energy", "percent", "points", "")
)


def sum_bounds(
    parts: Sequence[Number], total: Number | None = None, whole: bool = False
) -> tuple[float, float]:
    """The interval the true sum of rounded figures lies in, to be set against ``total``.

    Each figure may be off by half its last digit, so the plain sum of the intervals is sure but
    wide; that four or more figures are all off to one side is practically impossible (about once
    in two thousand). When every figure is rounded (no 余, no 约) and a total is given, the
    difference of sum and total is held within three standard deviations of the rounding errors
    of them all, which lets 5.2 + 1.1 + 0.9 + 1.6 = 8.8 against 8.6 show, and 161 + 778 + 380 =
    1319 against 1318 pass. The interval returned is the parts' share of that margin. ``whole``
    says the total is exact (shares of one whole against 100 %).
    """
    lo = sum(p.bounds[0] for p in parts)
    hi = sum(p.bounds[1] for p in parts)
    if not (total or whole) or (total and total.approx) or any(p.approx for p in parts):
        return lo, hi
    halves = [(p.bounds[1] - p.bounds[0]) / 2 for p in parts]
    own = (total.bounds[1] - total.bounds[0]) / 2 if total else 0.0
    likely = 3 * math.sqrt((sum(h * h for h in halves) + own * own) / 3)
    margin = min(sum(halves), likely - own)
    middle = (lo + hi) / 2
    return middle - margin, middle + margin


def counted(dim: str) -> bool:
    """Whether figures of this dimension count things with a classifier (人, 家, 条, 头, 只 …),
    rather than measure an amount or give a rate or a date."""
    return dim not in _MEASURED and dim not in ("usd", "eur", "year", "month", "ratio")


def to_float(s: str) -> float | None:
    """Arabic digits (full width, thousands separators) or Chinese numerals to a number."""
    if s.isascii() and s[:1].isdigit():  # the common case: 1318, 1,318.5
        try:
            return float(s.replace(",", "").replace(" ", ""))
        except ValueError:
            pass
    s = s.translate(_FW).replace(",", "")
    for sep in " \u2009\u202f\xa0":
        s = s.replace(sep, "")
    if not s:
        return None
    if s[0].isdigit():
        try:
            return float(s)
        except ValueError:
            return None
    return cn_to_float(s)


def cn_to_float(s: str) -> float | None:
    """一百二十三 -> 123, 两万三千 -> 23000, 二〇二〇 -> 2020, 十二点五 -> 12.5; None if malformed."""
    whole, _, frac = s.partition("点")
    if frac:
        digits = [CN_DIGITS.get(c) for c in frac]
        if None in digits:
            return None
        base = cn_to_float(whole)
        return None if base is None else base + float("0." + "".join(str(d) for d in digits))
    if s and all(c in CN_DIGITS for c in s):
        if len(s) == 1:
            return float(CN_DIGITS[s])
        if "两" in s:
            return None
        return float("".join(str(CN_DIGITS[c]) for c in s))  # digit by digit: 二〇二〇
    return _cn_positional(s)


def _cn_positional(s: str) -> float | None:
    total, section, digit = 0, 0, None
    for c in s:
        if c in CN_DIGITS:
            if digit is not None and CN_DIGITS[c] != 0:
                return None  # 三四百 (an estimate) is not one number
            digit = CN_DIGITS[c] if CN_DIGITS[c] else None
        elif c in _CN_SMALL_UNITS:
            section += (1 if digit is None else digit) * _CN_SMALL_UNITS[c]
            digit = None
        elif c in _CN_BIG_UNITS:
            section += digit or 0
            if section == 0:
                return None
            total = (total + section) * _CN_BIG_UNITS[c] if c == "亿" else total + section * _CN_BIG_UNITS[c]
            section, digit = 0, None
        else:
            return None
    return float(total + section + (digit or 0))


def _decimals(num: str) -> int:
    num = num.translate(_FW)
    return len(num.split(".", 1)[1]) if "." in num and num[0].isdigit() else 0


def month_value(s: str) -> int | None:
    """1 / 元 / 十二 / １２ -> the month number."""
    if s == "元":
        return 1
    v = to_float(s)
    return int(v) if v is not None and 1 <= v <= 12 and v == int(v) else None


_SCALE = {"万": 1e4, "亿": 1e8, "千": 1e3, "万亿": 1e12, "千万": 1e7, "百万": 1e6}


def scan(text: str, offset: int = 0) -> Iterator[Number]:
    """Every figure in ``text``; spans are shifted by ``offset``."""
    for m in _SCAN.finditer(text):
        n = _build(m, text, offset)
        if n is not None:
            yield n


# Where a figure may run on over a line break: the patterns above allow spaces (\s*, which
# includes "\n") only in front of these characters, and in front of a numeral only after a
# dash or a colon (2019年-\n2020年, 3:\n4). A break followed by anything else ends every match.
_RUNS_INTO = frozenset("年月份-—–~～至到:：")
_NUMERAL_CHARS = frozenset("0123456789０１２３４５６７８９元" + CN_NUM)
_RUN_ON_MARKS = frozenset("-—–~～至到:：")
_NEXT_VISIBLE = re.compile(r"\s*(\S)")


def scan_lines(text: str) -> list[Number]:
    """``list(scan(text))``, reusing the figures of every line already read by an earlier call.

    The text is cut into pieces at the line breaks no match can cross; each piece is scanned
    on its own (cached by its text, spans relative to the piece) and its figures shifted into
    place. The cut rule is exact, so the result equals a scan of the whole text.
    """
    if not enabled():
        return list(scan(text))  # the reference: one scan of the whole text
    out: list[Number] = []
    for a, b in _pieces(text):
        out.extend(_scan_at(text[a:b], a))
    return out


@piece_cache()
def _scan_at(piece: str, at: int) -> tuple[Number, ...]:
    """The figures of ``piece`` standing at offset ``at``: its own scan, shifted. Cached as well,
    so that the pieces before an edit, which keep their offsets, cost one look-up."""
    found = _scan_piece(piece)
    return tuple(shifted(n, at) for n in found) if at else found


@piece_cache()
def _scan_piece(piece: str) -> tuple[Number, ...]:
    return tuple(scan(piece))


def shifted(n: Number, by: int) -> Number:
    """The figure moved ``by`` characters on (its text and value unchanged)."""
    return Number(
        n.start + by, n.end + by, n.text, n.value, n.unit, n.dim, n.decimals, n.step,
        n.approx, n.kind, n.chinese, n.num_end + by, n.parts,
    )  # fmt: skip


def _pieces(text: str) -> Iterator[tuple[int, int]]:
    """Spans that end just after a line break no figure can run on over (the last one at the end)."""
    start = 0
    nl = text.find("\n")
    while nl >= 0:
        if _can_cut(text, start, nl):
            yield start, nl + 1
            start = nl + 1
        nl = text.find("\n", nl + 1)
    if start < len(text) or not text:
        yield start, len(text)


def _can_cut(text: str, start: int, nl: int) -> bool:
    nxt = text[nl + 1 : nl + 2]
    if not nxt or nxt.isspace():  # rare: look past the spaces
        m = _NEXT_VISIBLE.match(text, nl + 1)
        if m is None:
            return False  # only spaces follow: keep them with this piece
        nxt = m.group(1)
    if nxt in _RUNS_INTO:
        return False
    if nxt in _NUMERAL_CHARS:
        p = nl - 1
        while p >= start and text[p].isspace():
            p -= 1
        return p < start or text[p] not in _RUN_ON_MARKS
    return True


def _build(m: re.Match[str], text: str, offset: int) -> Number | None:
    # The outermost named group of each form closes last, so lastgroup names the form; the plain
    # figure's branch has no outer group and ends on one of its inner ones (num, scale, unit …).
    g = m.lastgroup
    if g not in _FORMS:
        return _plain(m, text, m.start() + offset, m.end() + offset)
    a, b = m.start() + offset, m.end() + offset
    if g == "year":
        y = to_float(m.group("year"))
        if y is None:
            return None
        return Number(a, b, m.group(), y, "年", "year", 0, 1, kind="year", num_end=a + len(m.group("year")))
    if g == "drange":
        return Number(a, b, m.group(), 0, "", "", 0, 1, kind="date_range", num_end=b)
    if g == "yrange":
        return Number(a, b, m.group(), 0, "年", "", 0, 1, kind="year_range", num_end=b)
    if g == "mrange":
        m1, m2 = month_value(m.group("m1")), month_value(m.group("m2"))
        if m1 is None or m2 is None or m1 >= m2:
            return None
        return Number(a, b, m.group(), m2, "月", "month", 0, 1, kind="month_range", num_end=b, parts=(m1, m2))
    if g == "pcn":
        v = cn_to_float(m.group("pcnv"))
        if v is None:
            return None
        return Number(a, b, m.group(), v, "%", "percent", 0, 1, kind="percent", chinese=True, num_end=b)
    return _ratio(m, a, b)


_DIGIT_CHARS = frozenset("0123456789０１２３４５６７８９")
_FORMS = frozenset(("drange", "yrange", "mrange", "year", "pcn", "ratio"))
_PLAIN_GROUPS = ("num", "scale", "pct", "unit", "pre", "post1", "post2", "post3")


def _ratio(m: re.Match[str], a: int, b: int) -> Number | None:
    raw = m.group("ratio")
    pieces = [p.strip() for p in raw.translate(_FW).split(":")]
    vals = [to_float(p) for p in pieces]
    if any(v is None for v in vals):
        return None
    decs = max(_decimals(p) for p in pieces)
    return Number(
        a,
        b,
        raw,
        0,
        ":",
        "ratio",
        decs,
        10.0**-decs,
        kind="ratio",
        num_end=b,
        parts=tuple(v for v in vals if v is not None),
    )


def _plain(m: re.Match[str], text: str, a: int, b: int) -> Number | None:
    num, scale, pct, unit, pre, post1, post2, post3 = m.group(*_PLAIN_GROUPS)  # one call, not eight
    chinese = num[0] not in _DIGIT_CHARS
    scale, pct, unit = scale or "", pct or "", unit or ""
    if chinese and not (unit or pct or scale):
        return None  # a bare Chinese numeral is a word (一是, 三化), not a figure
    if chinese and (num in "万亿千百十" or num[0] in "百千万亿"):
        return None  # 每百万人口, 千家万户: a numeral needs a digit before its first unit (十二 is one)
    num_start = m.start("num")
    end = m.end("num")
    if num_start > 0 and text[num_start - 1] in "第":
        return None  # an ordinal: 第3批
    if end < len(text) and text[end] in "AaBbCcGgKkMmVvWwXxLlTtHhPp#号":  # 5G, 500kV, 3号
        return None
    if chinese and text[m.end() : m.end() + 1] == "性":
        return None  # 一次性补贴: a word, no count of times
    value = to_float(num)
    if value is None or not math.isfinite(value) or len(num) > 24:
        return None
    decimals = 0 if chinese else _decimals(num)
    mult = _SCALE.get(scale, 1.0)
    approx = pre or post1 or post2 or post3 or ""
    if pct:
        dim, kind, factor = ("points", "points", 1.0) if "点" in pct else ("percent", "percent", 1.0)
        if pct == "‰":
            factor = 0.1
        unit_text = "%" if pct == "％" else pct
    else:
        dim, factor = _UNITS.get(unit, ("", 1.0))
        kind = "number"
        unit_text = scale + unit
    if unit == "月" or (not unit and not scale and not pct and _MONTH_ONLY.match(text, m.end())):
        return None  # months are read by the period rules, not as figures
    step = 10.0**-decimals * mult * factor
    if chinese and dim in _MEASURED and value >= 10 and value == int(value) and num[-1] in "十百千万亿":
        # 一千三百一十八万 is precise to the 万 it ends on, like 1318万
        zeros = len(str(int(value))) - len(str(int(value)).rstrip("0"))
        step = 10.0**zeros * mult * factor
    return Number(
        a,
        b,
        m.group(),
        value * mult * factor,
        unit_text,
        dim,
        decimals,
        step,
        approx,
        kind,
        chinese,
        num_end=b - (m.end() - end),
        parts=(),
    )


def share_holds(a: Number, b: Number, p: Number, exact_whole: bool = False) -> bool:
    """Whether some true values behind A and B give a share (or rate) that rounds to P; a task or
    budget whole (``exact_whole``) is taken as written."""
    alo, ahi = a.bounds
    blo, bhi = (b.value, b.value) if exact_whole else b.bounds
    if blo <= 0 or b.value == 0:
        return True
    lo, hi = alo / bhi * 100, ahi / blo * 100
    plo, phi = p.bounds
    return not (phi < lo or plo > hi)


def format_like(value: float, decimals: int) -> str:
    """``value`` written with ``decimals`` digits after the point."""
    return f"{value:.{decimals}f}"


def suggest_percent(value: float, written: Number) -> str:
    """The corrected percentage: the written decimals, and one decimal when a whole percent was written.

    A whole percent (``60%``) is replaced by one decimal (``56.0%``) so the reader sees
    the computed figure rather than a second rounded guess.
    """
    decimals = written.decimals if written.decimals else 1
    return format_like(value, decimals) + ("%" if written.dim == "percent" else "个百分点")
