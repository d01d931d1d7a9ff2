# SPDX-License-Identifier: MIT
"""Half-width punctuation in Chinese prose (GB/T 15834): ``,`` ``;`` ``:`` ``!`` ``?`` ``(`` ``)``.

One finding per character, with the full-width character as the suggestion, so the
editor can apply it in one click. Figures (``1,000``, ``8:30``, ``40.5:59.5``), URLs,
English text and bracketed list markers such as ``(1)`` or ``(一)`` are left alone.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator

from ..model import Finding
from .base import Context

CATEGORY = "punctuation"
SEVERITY = "info"

FULL_WIDTH = {",": "，", ";": "；", ":": "：", "!": "！", "?": "？", "(": "（", ")": "）"}
_NAMES = {",": "逗号", ";": "分号", ":": "冒号", "!": "叹号", "?": "问号", "(": "括号", ")": "括号"}

_MARKS = re.compile(r"[,;:!?]")
_PAIR = re.compile(r"\(([^()\n]{0,80})\)")
_LONE = re.compile(r"[()]")
# Markers a writer types as "(1)", "(一)", "(a)", "(iv)"; GB/T 15834 would want full width, but
# offices accept them and the numbering check deals with heading markers.
_MARKER = re.compile(r"\s*(?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3}|[A-Za-z]|[ivxIVX]{1,4})\s*")
# URLs and e-mail addresses. The look-behind makes each alternative start at the start of a
# run of address characters, so a long run is scanned once, not once per character.
URL = re.compile(
    r"(?=[A-Za-z0-9._%+-])(?<![A-Za-z0-9._%+@/:-])"
    r"(?:(?:https?|ftp)://[!-~]+"
    r"|www\.[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+(?:[/?#][!-~]*)?"
    r"|[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+"
    r"|[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.(?:com|cn|net|org|gov|edu)\b(?:/[!-~]*)?)"
)


def _is_han(ch: str) -> bool:
    return "\u3400" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff"


def _is_chinese(ch: str) -> bool:
    """A Han character or full-width punctuation: what makes a stretch Chinese prose."""
    if not ch:
        return False
    o = ord(ch)
    return (
        _is_han(ch)
        or 0x3000 <= o <= 0x303F
        or 0xFF01 <= o <= 0xFF0F
        or 0xFF1A <= o <= 0xFF20
        or ch in "“”‘’…—"
    )


def _is_digit(ch: str) -> bool:
    return "0" <= ch <= "9" or "０" <= ch <= "９"


def _near(text: str, i: int, step: int) -> str:
    """The nearest character from ``i`` in direction ``step`` that is not a space or line break.

    Text copied from a PDF breaks lines mid-sentence, so a comma at a line's end
    belongs to the prose on the next line.
    """
    for _ in range(4):
        if i < 0 or i >= len(text):
            return ""
        if text[i] not in " \t\u3000\n":
            return text[i]
        i += step
    return ""


_URL_HINTS = ("://", "www.", "@", ".com", ".cn", ".net", ".org", ".gov", ".edu")


class _Urls:
    """URL and e-mail spans, found on the first question: most drafts never ask."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.starts: list[int] | None = None
        self.ends: list[int] = []

    def __contains__(self, pos: int) -> bool:
        text = self.text
        if not (0 < pos < len(text) - 1 and text[pos - 1].isascii() and text[pos + 1].isascii()):
            return False  # an address is ASCII, so a mark beside a Chinese character is outside one
        if self.starts is None:
            self.starts = []
            if not any(hint in text for hint in _URL_HINTS):
                return False
            for m in URL.finditer(text):
                self.starts.append(m.start())
                self.ends.append(m.end())
        i = bisect.bisect_right(self.starts, pos) - 1
        return i >= 0 and pos < self.ends[i]


_MESSAGES = {ch: f"中文里用了半角{_NAMES[ch]}“{ch}”，应改为全角“{full}”。" for ch, full in FULL_WIDTH.items()}


def _finding(ctx: Context, rule: str, pos: int) -> Finding:
    ch = ctx.text[pos]
    return Finding(rule, CATEGORY, SEVERITY, _MESSAGES[ch], pos, pos + 1, ch, FULL_WIDTH[ch])


def check_marks(ctx: Context) -> Iterator[Finding]:
    """``,;:!?`` next to Chinese, but not between digits (1,000 / 8:30) nor inside URLs."""
    text = ctx.text
    urls = _Urls(text)
    for m in _MARKS.finditer(text):
        pos = m.start()
        before = text[pos - 1] if pos else ""
        after = text[pos + 1] if pos + 1 < len(text) else ""
        if not (_is_chinese(before) or _is_chinese(after)):  # the common case needs no more looking
            if _is_digit(before) and _is_digit(after):
                continue
            if not (_is_chinese(_near(text, pos - 1, -1)) or _is_chinese(_near(text, pos + 1, 1))):
                continue
            if pos in urls:
                continue
        yield _finding(ctx, "punctuation.halfwidth", pos)


def _marker_place(text: str, pos: int) -> bool:
    """A list marker opens a line or follows a stop or a colon: ``任务;(2)完成``, not ``高压线(X)项目``."""
    i = pos - 1
    while i >= 0 and text[i] in " \t\u3000":
        i -= 1
    return i < 0 or text[i] == "\n" or not (_is_han(text[i]) or text[i].isalnum())


def check_brackets(ctx: Context) -> Iterator[Finding]:
    """Half-width brackets around or beside Chinese: ``(县产业集聚区)``, ``高压线(X)项目``."""
    text = ctx.text
    urls = _Urls(text)
    paired: set[int] = set()
    for m in _PAIR.finditer(text):
        open_, close = m.start(), m.end() - 1
        paired.update((open_, close))
        inner = m.group(1)
        if open_ in urls or (_MARKER.fullmatch(inner) and _marker_place(text, open_)):
            continue
        chinese_inside = any(_is_han(c) for c in inner)
        chinese_outside = _is_chinese(_near(text, open_ - 1, -1)) or _is_chinese(_near(text, close + 1, 1))
        if chinese_inside or chinese_outside:
            yield _finding(ctx, "punctuation.bracket", open_)
            yield _finding(ctx, "punctuation.bracket", close)
    for m in _LONE.finditer(text):
        pos = m.start()
        if pos in paired or pos in urls:
            continue
        # A lone bracket (the other half full-width or missing): judge by the side it encloses.
        inside = text[pos + 1] if m.group() == "(" and pos + 1 < len(text) else text[pos - 1] if pos else ""
        if _is_han(inside):
            yield _finding(ctx, "punctuation.bracket", pos)


CHECKS = (check_marks, check_brackets)
