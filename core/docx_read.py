# SPDX-License-Identifier: MIT
"""Reading a .docx into the document model by walking the body XML in document order.

python-docx's ``document.paragraphs`` misses text boxes, content controls and automatic list
numbers, and ``document.tables`` loses the order of tables among paragraphs, so we read the
parts ourselves (through the defensive ``docx_package``) and resolve just enough of the style
chain to know levels and bold/italic/underline.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree

from .docx_numbering import Numbering
from .docx_package import Package
from .model import Block, Document, Paragraph, Run, Table
from .textio import ReadError

log = logging.getLogger(__name__)
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
REL_STYLES, REL_NUMBERING = "/styles", "/numbering"
_HEADING_NAME = re.compile(r"^(?:heading|标题)\s*([1-9])$", re.IGNORECASE)
_TITLE_NAMES = ("title", "标题")
_OFF = ("0", "false", "off", "none")
_CONTAINERS = {
    W + t
    for t in (
        "sdt",
        "sdtContent",
        "customXml",
        "smartTag",
        "ins",
        "moveTo",
        "hyperlink",
        "fldSimple",
        "dir",
        "bdo",
    )
}
_SKIP_IN_P = {W + t for t in ("pPr", "rPr", "del", "moveFrom", "commentReference")}
_BREAK = object()  # a soft line break inside a paragraph

Fmt = tuple[bool, bool, bool]  # bold, italic, underline


@dataclass
class _Style:
    name: str
    based_on: str | None
    outline: int | None  # outlineLvl as written (0-based; 9 = body text)
    num: tuple[str | None, int | None]  # numId, ilvl
    fmt: tuple[bool | None, bool | None, bool | None]


def _flag(rpr: etree._Element | None, tag: str) -> bool | None:
    """A run property as written: True, False, or None when not set here."""
    if rpr is None:
        return None
    el = rpr.find(W + tag)
    if el is None:
        return None
    return el.get(W + "val", "true").lower() not in _OFF


def _fmt_of(rpr: etree._Element | None) -> tuple[bool | None, bool | None, bool | None]:
    return _flag(rpr, "b"), _flag(rpr, "i"), _flag(rpr, "u")


def _display_name(name: str) -> str:
    # Word stores built-in names in lower case ("heading 1") and shows them capitalised.
    return name[:1].upper() + name[1:] if name.isascii() and name == name.lower() else name


@dataclass
class Styles:
    """The parts of styles.xml that matter for levels and run formats."""

    styles: dict[str, _Style] = field(default_factory=dict)
    default_para: str | None = None
    defaults: tuple[bool | None, bool | None, bool | None] = (None, None, None)
    _level_cache: dict[str | None, int | None] = field(default_factory=dict)
    _fmt_cache: dict[tuple[str | None, str | None], tuple[bool | None, ...]] = field(default_factory=dict)

    @classmethod
    def parse(cls, root: etree._Element | None) -> Styles:
        out = cls()
        if root is None:
            return out
        out.defaults = _fmt_of(root.find(f"{W}docDefaults/{W}rPrDefault/{W}rPr"))
        for st in root.iterchildren(W + "style"):
            sid = st.get(W + "styleId")
            if sid is None:
                continue
            name_el, based = st.find(W + "name"), st.find(W + "basedOn")
            ppr = st.find(W + "pPr")
            outline = ppr.find(W + "outlineLvl") if ppr is not None else None
            numpr = ppr.find(W + "numPr") if ppr is not None else None
            out.styles[sid] = _Style(
                name=_display_name(name_el.get(W + "val", sid) if name_el is not None else sid),
                based_on=based.get(W + "val") if based is not None else None,
                outline=_int_or_none(outline.get(W + "val")) if outline is not None else None,
                num=_numpr(numpr),
                fmt=_fmt_of(st.find(W + "rPr")),
            )
            if st.get(W + "type") == "paragraph" and st.get(W + "default") in ("1", "true", "on"):
                out.default_para = sid
        return out

    def chain(self, sid: str | None) -> list[_Style]:
        out: list[_Style] = []
        while sid is not None and sid in self.styles and len(out) < 12:  # guard against cycles
            st = self.styles[sid]
            out.append(st)
            sid = st.based_on
        return out

    def name(self, sid: str | None) -> str | None:
        st = self.styles.get(sid or "")
        return st.name if st else sid

    def level(self, sid: str | None) -> int | None:
        """0 for a title style, 1-4 for a heading or outline level, None for body text."""
        if sid not in self._level_cache:
            self._level_cache[sid] = self._resolve_level(sid)
        return self._level_cache[sid]

    def _resolve_level(self, sid: str | None) -> int | None:
        for st in self.chain(sid):
            m = _HEADING_NAME.match(st.name.strip())
            if st.outline is not None:
                return outline_to_level(st.outline)
            if m:
                return level_or_none(int(m.group(1)))
            if st.name.strip().lower() in _TITLE_NAMES:
                return 0
        return None

    def numbering(self, sid: str | None) -> tuple[str | None, int | None]:
        num_id, ilvl = None, None
        for st in self.chain(sid):
            num_id = num_id if num_id is not None else st.num[0]
            ilvl = ilvl if ilvl is not None else st.num[1]
        return num_id, ilvl

    def run_format(self, rpr: etree._Element | None, para_sid: str | None) -> Fmt:
        """Direct run properties, then the character style chain, the paragraph style chain, the defaults."""
        direct = _fmt_of(rpr)
        rstyle = rpr.find(W + "rStyle") if rpr is not None else None
        key = (rstyle.get(W + "val") if rstyle is not None else None, para_sid)
        inherited = self._fmt_cache.get(key)
        if inherited is None:
            layers = [st.fmt for st in self.chain(key[0])] + [st.fmt for st in self.chain(para_sid)]
            layers.append(self.defaults)
            inherited = tuple(next((lay[i] for lay in layers if lay[i] is not None), False) for i in range(3))
            self._fmt_cache[key] = inherited
        b, i, u = (bool(d) if d is not None else bool(inherited[n]) for n, d in enumerate(direct))
        return b, i, u


def outline_to_level(value: int) -> int | None:
    return level_or_none(value + 1)


def level_or_none(level: int) -> int | None:
    # Our model knows heading levels 1-4; deeper Word levels are treated as body text.
    return level if 1 <= level <= 4 else None


def _numpr(numpr: etree._Element | None) -> tuple[str | None, int | None]:
    if numpr is None:
        return None, None
    nid, ilvl = numpr.find(W + "numId"), numpr.find(W + "ilvl")
    return (
        nid.get(W + "val") if nid is not None else None,
        _int_or_none(ilvl.get(W + "val")) if ilvl is not None else None,
    )


def _int_or_none(value: str | None) -> int | None:
    try:
        return int(value) if value is not None else None
    except ValueError:
        return None


class BodyReader:
    """Turns the body element into model blocks, collecting notes about what was lost."""

    def __init__(self, styles: Styles, numbering: Numbering) -> None:
        self.styles = styles
        self.numbering = numbering
        self.counts: dict[str, int] = {}

    def note(self, what: str, n: int = 1) -> None:
        self.counts[what] = self.counts.get(what, 0) + n

    def blocks(self, container: etree._Element, in_table: bool = False) -> list[Block]:
        out: list[Block] = []
        for child in container:
            tag = child.tag
            if tag == W + "p":
                out.extend(self.paragraph(child, in_table))
            elif tag == W + "tbl":
                table = self.table(child)
                if in_table:  # a nested table: its cells become paragraphs of the outer cell
                    out.extend(Document((table,)).paragraphs)
                else:
                    out.append(table)
            elif tag == MC + "AlternateContent":
                choice = child.find(MC + "Choice")
                out.extend(self.blocks(choice if choice is not None else child, in_table))
            elif tag in _CONTAINERS:
                out.extend(self.blocks(child, in_table))
        return out

    def table(self, tbl: etree._Element) -> Table:
        rows = []
        for tr in _children(tbl, "tr"):
            cells = []
            for tc in _children(tr, "tc"):
                tcpr = tc.find(W + "tcPr")
                merged = tcpr is not None and (
                    tcpr.find(W + "gridSpan") is not None or tcpr.find(W + "vMerge") is not None
                )
                if merged:
                    self.note("merged")
                paras = [b for b in self.blocks(tc, in_table=True) if isinstance(b, Paragraph)]
                cells.append(tuple(paras) or (Paragraph("", in_table=True),))
            if cells:
                rows.append(tuple(cells))
        return Table(tuple(rows))

    def paragraph(self, p: etree._Element, in_table: bool) -> list[Block]:
        ppr = p.find(W + "pPr")
        pstyle = ppr.find(W + "pStyle") if ppr is not None else None
        sid = pstyle.get(W + "val") if pstyle is not None else self.styles.default_para
        level = self._level(ppr, sid)
        lines: list[list[tuple[str, Fmt]]] = [[]]
        boxes: list[etree._Element] = []
        self._collect(p, sid, lines, boxes)
        label = self._label(ppr, sid)
        if label:
            lines[0].insert(0, (label, (False, False, False)))
        if level is not None and len(lines) > 1:
            # A title or heading broken with Shift+Enter is still one title: join its lines.
            lines = [[seg for line in lines for seg in line]]
        style = self.styles.name(sid)
        out: list[Block] = [_make_paragraph(line, style, level, in_table) for line in lines]
        for box in boxes:
            self.note("textbox")
            out.extend(self.blocks(box, in_table))
        return out

    def _level(self, ppr: etree._Element | None, sid: str | None) -> int | None:
        if ppr is not None:
            outline = ppr.find(W + "outlineLvl")
            value = _int_or_none(outline.get(W + "val")) if outline is not None else None
            if value is not None:
                return outline_to_level(value)
        return self.styles.level(sid)

    def _label(self, ppr: etree._Element | None, sid: str | None) -> str:
        num_id, ilvl = _numpr(ppr.find(W + "numPr") if ppr is not None else None)
        if num_id is None or ilvl is None:
            s_num, s_ilvl = self.styles.numbering(sid)
            num_id = num_id if num_id is not None else s_num
            ilvl = ilvl if ilvl is not None else s_ilvl
        if num_id is None or num_id == "0":
            return ""
        return self.numbering.label(num_id, ilvl or 0)

    def _collect(
        self,
        el: etree._Element,
        sid: str | None,
        lines: list[list[tuple[str, Fmt]]],
        boxes: list[etree._Element],
    ) -> None:
        for child in el:
            tag = child.tag
            if tag == W + "r":
                self._run(child, sid, lines, boxes)
            elif tag == MC + "AlternateContent":
                choice = child.find(MC + "Choice")
                self._collect(choice if choice is not None else child, sid, lines, boxes)
            elif tag in _SKIP_IN_P or not isinstance(tag, str):
                if tag in (W + "del", W + "moveFrom"):
                    self.note("revision")
            else:
                if tag in (W + "ins", W + "moveTo"):
                    self.note("revision")
                self._collect(child, sid, lines, boxes)

    def _run(
        self,
        r: etree._Element,
        sid: str | None,
        lines: list[list[tuple[str, Fmt]]],
        boxes: list[etree._Element],
    ) -> None:
        rpr = r.find(W + "rPr")
        if _flag(rpr, "vanish"):
            return
        fmt = self.styles.run_format(rpr, sid)
        for child in r:
            tag = child.tag
            if tag == W + "t":
                if child.text:
                    lines[-1].append((child.text, fmt))
            elif tag in (W + "tab", W + "ptab"):
                lines[-1].append(("\t", fmt))
            elif tag == W + "br":
                if child.get(W + "type") in (None, "textWrapping"):
                    lines.append([])
            elif tag == W + "cr":
                lines.append([])
            elif tag == W + "noBreakHyphen":
                lines[-1].append(("-", fmt))
            elif tag == W + "sym":
                lines[-1].append((_symbol(child.get(W + "char")), fmt))
            elif tag in (W + "drawing", W + "pict", W + "object", MC + "AlternateContent"):
                self._graphic(child, boxes)

    def _graphic(self, el: etree._Element, boxes: list[etree._Element]) -> None:
        """Text boxes are kept for reading; pictures, charts and objects are only counted."""
        found_box = False
        for box in el.iter(W + "txbxContent"):
            if _outermost(box, el):
                boxes.append(box)
                found_box = True
        if el.tag == W + "object":
            self.note("object")
            return
        uris = {g.get("uri", "") for g in el.iter("{*}graphicData")}
        if any(u.endswith("/chart") or "chart" in u for u in uris):
            self.note("chart")
        elif any(u.endswith("/picture") for u in uris) or any(True for _ in el.iter("{*}imagedata")):
            self.note("image")
        elif not found_box and el.tag == W + "drawing":
            self.note("shape")


NOTE_TEXT = {
    "textbox": "文本框中的文字已提取，版式未保留。",
    "image": "文档中有 {n} 张图片，未导入，导出时不会保留。",
    "chart": "文档中有 {n} 个图表，未导入，导出时不会保留。",
    "object": "文档中有 {n} 个嵌入对象（如公式、附件），未导入。",
    "shape": "文档中有 {n} 个图形，未导入。",
    "merged": "表格中的合并单元格已拆开。",
    "revision": "文档含有修订痕迹，已按“接受全部修订”后的文字读取。",
}


def _outermost(box: etree._Element, top: etree._Element) -> bool:
    """A text box not nested in another one below ``top``, and not the legacy duplicate in mc:Fallback."""
    a = box.getparent()
    while a is not None and a is not top:
        if a.tag in (MC + "Fallback", W + "txbxContent"):
            return False
        a = a.getparent()
    return True


def _symbol(code: str | None) -> str:
    try:
        value = int(code or "", 16)
    except ValueError:
        return ""
    if 0xF000 <= value <= 0xF0FF:  # Symbol/Wingdings private-use codes: no faithful Unicode
        value -= 0xF000
        return chr(value) if 0x20 <= value < 0x7F else ""
    return chr(value) if 0x20 <= value < 0x110000 and not 0xD800 <= value < 0xE000 else ""


def _children(el: etree._Element, name: str) -> list[etree._Element]:
    """Direct children ``w:name``, looking through content-control and custom-XML wrappers."""
    out: list[etree._Element] = []
    for child in el:
        if child.tag == W + name:
            out.append(child)
        elif child.tag in _CONTAINERS:
            out.extend(_children(child, name))
    return out


def _make_paragraph(
    segments: list[tuple[str, Fmt]], style: str | None, level: int | None, in_table: bool
) -> Paragraph:
    runs: list[Run] = []
    for text, (b, i, u) in segments:
        if runs and (runs[-1].bold, runs[-1].italic, runs[-1].underline) == (b, i, u):
            runs[-1] = Run(runs[-1].text + text, b, i, u)
        else:
            runs.append(Run(text, b, i, u))
    return Paragraph("".join(r.text for r in runs), style, level, tuple(runs), in_table)


def read_docx(path: str | Path) -> Document:
    """Read a .docx draft. Raises ReadError with a Chinese message on any failure."""
    try:
        with Package(path) as pkg:
            main = pkg.main_part()
            root = pkg.xml(main)
            styles_part = pkg.related_part(main, REL_STYLES)
            numbering_part = pkg.related_part(main, REL_NUMBERING)
            styles = Styles.parse(pkg.xml(styles_part, required=False) if styles_part else None)
            numbering = Numbering.parse(pkg.xml(numbering_part, required=False) if numbering_part else None)
    except ReadError:
        raise
    except (MemoryError, RecursionError):
        raise ReadError("Word 文件结构过于复杂，无法读取。", path) from None
    body = root.find(W + "body") if root is not None else None
    if body is None:
        raise ReadError("这不是有效的 Word 文档（找不到正文）。", path)
    reader = BodyReader(styles, numbering)
    try:
        blocks = reader.blocks(body)
    except RecursionError:
        raise ReadError("Word 文件结构嵌套过深，无法读取。", path) from None
    except Exception:  # a reader bug must reach the user as a message, not a traceback
        log.exception("reading %s failed", path)
        raise ReadError(
            "Word 文件内容异常，无法读取，请在 Word 或 WPS 中打开后另存为 .docx 再试。", path
        ) from None
    doc = Document(
        tuple(blocks),
        source=str(path),
        notes=tuple(NOTE_TEXT[k].format(n=n) for k, n in reader.counts.items()),
    )
    if not any(p.text.strip() for p in doc.paragraphs):
        raise ReadError("文档中没有可读取的文字（可能只有图片或扫描件）。", path)
    return doc
