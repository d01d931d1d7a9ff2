# SPDX-License-Identifier: MIT
"""Residue of the web page a model report was copied from: site names, ads, download notes, dates.

Such residue sits in blocks at the head of the draft (before or just after the title)
and at its tail (lists of other articles), and now and then inside it (a page footer
"第 2 页 共 5 页" from a PDF). Each block becomes ONE finding that runs from its first
residue character to its last, so the clerk deletes it in one go. Lines are scored by
signals; unambiguous ones ("structural") count anywhere, site words only in the head
and tail, and words that real reports use too (举报, 下载, 版权) only in combination.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from functools import cache

from ..incremental import piece_cache
from ..model import Finding, Span
from ..outline import TITLE_WORDS, match_heading
from ..resources import on_reload, word_list
from .base import Context

CATEGORY = "web-residue"
SEVERITY = "warning"

_DATE = r"(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}"
_PAGE_MARK = r"第\s*\d+\s*页\s*[,，/]?\s*共\s*\d+\s*页|共\s*\d+\s*页\s*[,，/]?\s*第\s*\d+\s*页"
# Signals no report sentence carries; they count anywhere in the draft. The look-ahead lists
# every alternative's first character so that other positions fail at once.
_STRUCTURAL = re.compile(
    r"(?=[0-9发更上小网Q第共浏阅点下文相立免付本转原版侵—–-])(?:"
    + "|".join(
        (
            r"(?<![A-Za-z0-9.])\d+(?:\.\d+)?\s?(?:[KMG]B|[kmg]b|Kb)(?![A-Za-z])",
            rf"(?<!\d){_DATE}\s*(?:发布|更新|上传)",
            rf"(?:发布|更新|上传)(?:时间|日期|于)?\s*[:：]?\s*{_DATE}",
            rf"小编\s*\S{{0,16}}\s*[/|]?\s*{_DATE}",
            rf"网\s*[/|]\s*{_DATE}",
            r"QQ\s*[:：]?\s*\d{5,}",
            _PAGE_MARK,
            r"(?:浏览|阅读|点击|下载)(?:次数|量)\s*[:：]?\s*\d+",
            r"文档页数",
            r"(?:上一篇|下一篇)\s*[:：]",
            r"相关(?:话题|文章|阅读|推荐)\s*[/:：]",
            r"(?:点击|立即|免费|付费)下载(?:Word|word|WORD|文档|全文|本文)",
            r"本文(?:来源|转载|由)|转载请注明|原文(?:链接|地址)|版权所有|侵权(?:必究|删除|请联系)|免责声明",
            r"本站小编",
            r"本文共计?\s*\d+\s*字",
            # A line that is only a page number: "第 2 页", "— 2 —" (not "3/12": a table cell may hold it).
            r"^(?:第\s*\d+\s*页|[-—–]\s*\d+\s*[-—–])$",
        )
    )
    + ")"
)
# Residue inside a line of real text: cut out just that piece.
_FRAGMENT = re.compile(
    rf"{_PAGE_MARK}|本站小编\s*\S{{0,16}}\s*[/|]?\s*{_DATE}"
    r"|(?:点击|立即|免费|付费)下载(?:Word|word|WORD|文档|全文|本文)(?:文档)?"
)
# A web address; it marks residue only on a line that is little more than the address, since
# reports do cite their own sites ("在县政府网站 www.… 公开").
_WEB_ADDRESS = re.compile(
    r"(?<![A-Za-z0-9.-])(?:(?:https?|ftp)://[!-~]+|www\.[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+(?:[/?#][!-~]*)?"
    r"|[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.(?:com|cn|net|org)\b(?:/[!-~]*)?)"
)
ADDRESS_LINE_EXTRA = 12  # other characters an address line may hold ("原文网址：")
# A line that opens a list of other articles; the short lines after it are that list.
_LIST_OPENER = re.compile(
    r"相关(?:话题|文章|阅读|推荐|范文)|热门(?:推荐|文章)|推荐阅读|猜你喜欢|延伸阅读|上一篇|下一篇"
)
# A site's breadcrumb: "首页 > 工作总结 > 正文", "当前位置：范文 » 述职报告 » …".
_CRUMB = r"[^\s。，,；;：:“”\"'>›»/]{1,20}"
_BREADCRUMB = re.compile(
    rf"^(?:当前位置\s*[:：]?\s*)?(?:(?:首页|主页|网站首页)(?:\s*[>›»/]\s*{_CRUMB})+"
    rf"|{_CRUMB}(?:\s*[>›»]\s*{_CRUMB}){{2,}})\s*[>›»]?$"
)
BREADCRUMB_MAX = 60
_ISO_DATE = re.compile(rf"(?<!\d){_DATE}(?!\d)")
_BULLET = re.compile(r"^[-•·●▪◦◆▶►]")
_SNIPPET_END = re.compile(r"(?:\.{3}|…+|。。。)$")
_STOP = re.compile(r"[。！？!?]")

SHORT = 30  # a line this short without a full stop is a slogan or a title, not prose
SHORT_SIGNAL = 40  # weak words count on lines up to this long
MAX_NEUTRAL_RUN = 3  # plain short lines a block may bridge between residue lines
BODY_LINE_MAX = 60  # inside the body only short lines are taken whole
MIN_PROSE_AROUND = 6  # characters of a sentence around a fragment that keep the line

BLANK, STRONG, WEAK, NEUTRAL, TITLE, BODY = range(6)


@cache
def _words_pattern(name: str) -> re.Pattern[str] | None:
    words = sorted(word_list(name), key=len, reverse=True)
    return re.compile("|".join(map(re.escape, words))) if words else None


class _Line:
    """One paragraph, classified lazily: most lines are body text and need one regex only."""

    __slots__ = ("_zone", "before_title", "body_class", "end", "is_title", "start", "structural", "text")

    def __init__(self, start: int, text: str, is_title: bool, before_title: bool) -> None:
        self.start = start  # offset of the first non-space character
        self.end = start + len(text)  # offset just past the last non-space character
        self.text = text
        self.is_title = is_title
        self.before_title = before_title
        # class when the line lies inside the body; a function of the line's text (cached)
        self.structural, self.body_class = _line_classes(text, is_title)
        self._zone: int | None = None

    @property
    def zone_class(self) -> int:
        """Class when the line lies in the head or tail of the draft."""
        if self._zone is None:
            self._zone = _zone_class(self)
        return self._zone

    @property
    def opener(self) -> bool:
        """ "相关文章" and the like: the lines after it list other articles."""
        return self.zone_class == STRONG and bool(_LIST_OPENER.search(self.text))


@piece_cache()
def _line_classes(text: str, is_title: bool) -> tuple[bool, int]:
    """Whether a line has a structural residue signal, and its class inside the body."""
    structural = bool(text) and (bool(_STRUCTURAL.search(text)) or _is_address_line(text))
    return structural, _body_class(text, is_title, structural)


def _body_class(text: str, is_title: bool, structural: bool) -> int:
    if not text:
        return BLANK
    if is_title:
        return TITLE
    if not structural or len(text) > BODY_LINE_MAX or (len(text) > SHORT and _STOP.search(text)):
        return BODY  # a sentence of the report that happens to carry a signal
    return BODY if _prose_around_fragment(text) else STRONG


def _prose_around_fragment(text: str) -> bool:
    """A report sentence with a piece of residue in it: only that piece is residue."""
    m = _FRAGMENT.search(text)
    if m is None:
        return False
    rest = (text[: m.start()] + text[m.end() :]).strip()
    return len(rest) >= MIN_PROSE_AROUND and bool(_STOP.search(rest))


def _zone_class(line: _Line) -> int:
    text = line.text
    if not text:
        return BLANK
    if line.structural:
        # Even a line the outline took for the title: no title carries an upload date or a URL.
        return BODY if _prose_around_fragment(text) else STRONG
    if len(text) <= BREADCRUMB_MAX and _BREADCRUMB.search(text):
        return STRONG
    if line.is_title:
        return TITLE
    if match_heading(text):
        return BODY
    if _site_words(text, line.before_title):
        return STRONG
    if _SNIPPET_END.search(text):
        return WEAK
    weak = _weak_score(text) if len(text) <= SHORT_SIGNAL else 0
    if weak:
        return STRONG if weak >= 2 else WEAK
    if len(text) <= SHORT and not _STOP.search(text):
        return TITLE if TITLE_WORDS.search(text) and not _BULLET.match(text) else NEUTRAL
    return BODY


def _site_words(text: str, before_title: bool) -> bool:
    """Whether site words make the line residue.

    Before the title the report has not begun, so one is enough; after it a sentence
    ("严厉打击倒卖车票行为。") needs a second signal.
    """
    site = _words_pattern("web_residue")
    if site is None:
        return False
    hits = set(site.findall(text))
    if not hits:
        return False
    if before_title or not _STOP.search(text):
        return True
    if len(text) > BODY_LINE_MAX:
        return False  # a paragraph of the report's own (…建立巡河QQ群和微信群，做到…) however many it names
    return len(hits) + _weak_score(site.sub("", text)) >= 2


def _is_address_line(text: str) -> bool:
    if "." not in text:
        return False
    m = _WEB_ADDRESS.search(text)
    return m is not None and len(text) - len(m.group()) <= ADDRESS_LINE_EXTRA


def _weak_score(text: str) -> int:
    weak = _words_pattern("web_residue_weak")
    found = set(weak.findall(text)) if weak is not None else set()
    signals = (_ISO_DATE.search(text), _WEB_ADDRESS.search(text), text.startswith("【"))
    return len(found) + sum(1 for x in signals if x)


def _lines(ctx: Context) -> list[_Line]:
    out: list[_Line] = []
    title_start = ctx.outline.title_start
    for p in ctx.paragraphs:
        stripped = p.text.strip()
        lead = len(p.text) - len(p.text.lstrip())
        before_title = title_start is not None and p.start < title_start
        out.append(_Line(p.start + lead, stripped, p.start == title_start and bool(stripped), before_title))
    return out


def _title_index(paragraphs: Sequence[Span], title_start: int | None) -> int:
    for i, p in enumerate(paragraphs):
        if p.start == title_start:
            return i
    return -1


def _head_zone(lines: list[_Line], title: int) -> int:
    """How many lines from the top form the head zone: anything but prose before the title,
    and after it only residue, titles and blank lines (the copied title often repeats)."""
    i = 0
    while i < len(lines):
        kind = lines[i].zone_class
        if kind == BODY or (i > title and kind == NEUTRAL):
            break
        i += 1
    return i


def _tail_zone(lines: list[_Line], floor: int) -> int:
    """Index of the first line of the tail zone: the lines at the end that are not prose.

    Titles may stand there: a list of other articles is a list of report titles.
    """
    i = len(lines)
    while i > floor and lines[i - 1].zone_class != BODY:
        i -= 1
    return i


def _zone_blocks(lines: list[_Line], lo: int, hi: int, tail: bool = False) -> Iterator[tuple[int, int]]:
    """Blocks of residue among lines[lo:hi]: runs broken by titles, prose or long plain stretches.

    In the tail, titles are list items; after a list opener every short line belongs to the list.
    """
    group: list[tuple[int, int]] = []
    neutral_run = 0
    listing = False
    for i in range(lo, hi):
        kind = lines[i].zone_class
        if tail:
            listing = listing or lines[i].opener
            if kind == TITLE:
                kind = WEAK if listing else NEUTRAL
            elif kind == NEUTRAL and listing:
                kind = WEAK
        if kind == BLANK:
            continue
        if kind in (TITLE, BODY) or (kind == NEUTRAL and neutral_run >= MAX_NEUTRAL_RUN):
            yield from _trimmed(group)
            group, neutral_run = [], 0
            if kind in (TITLE, BODY):
                continue
        neutral_run = neutral_run + 1 if kind == NEUTRAL else 0
        group.append((i, kind))
    yield from _trimmed(group)


def _trimmed(group: list[tuple[int, int]]) -> Iterator[tuple[int, int]]:
    """The group cut to start and end on residue lines, if it holds enough residue to be one."""
    marked = [(i, kind) for i, kind in group if kind in (STRONG, WEAK)]
    if not marked:
        return
    if any(kind == STRONG for _, kind in marked) or len(marked) >= 2:
        yield marked[0][0], marked[-1][0]


def _body_blocks(lines: list[_Line], lo: int, hi: int) -> Iterator[tuple[int, int]]:
    """Short residue lines inside the body (page footers, URLs), consecutive ones merged."""
    first = last = -1
    for i in range(lo, hi):
        kind = lines[i].body_class
        if kind == BLANK:
            continue
        if kind == STRONG:
            if first < 0:
                first = i
            last = i
        elif first >= 0:
            yield first, last
            first = -1
    if first >= 0:
        yield first, last


def _block_finding(ctx: Context, lines: list[_Line], first: int, last: int) -> Finding:
    count = sum(1 for i in range(first, last + 1) if lines[i].zone_class != BLANK)
    what = "这一行" if count == 1 else f"这 {count} 行"
    return ctx.finding(
        "webresidue.block",
        CATEGORY,
        SEVERITY,
        f"{what}是从网页复制带来的残留（网站名、广告、下载提示、上传日期等），不属于报告内容，建议整块删除。",
        lines[first].start,
        lines[last].end,
        "",
    )


def check_web_residue(ctx: Context) -> Iterator[Finding]:
    lines = _lines(ctx)
    if not lines:
        return
    title = _title_index(ctx.paragraphs, ctx.outline.title_start)
    head = _head_zone(lines, title)
    tail = _tail_zone(lines, max(head, title + 1))
    covered: set[int] = set()
    blocks = [
        *_zone_blocks(lines, 0, head),
        *_body_blocks(lines, head, tail),
        *_zone_blocks(lines, tail, len(lines), tail=True),
    ]
    for first, last in blocks:
        covered.update(range(first, last + 1))
        yield _block_finding(ctx, lines, first, last)
    for i, p in enumerate(ctx.paragraphs):
        if i in covered:
            continue
        if "页" not in p.text and "下载" not in p.text and "小编" not in p.text:
            continue
        for m in _FRAGMENT.finditer(p.text):
            yield ctx.finding(
                "webresidue.fragment",
                CATEGORY,
                SEVERITY,
                f"“{m.group()}”是从网页或 PDF 复制带来的残留，不属于报告内容，建议删除。",
                p.start + m.start(),
                p.start + m.end(),
                "",
            )


CHECKS = (check_web_residue,)

on_reload(_words_pattern.cache_clear)
