# SPDX-License-Identifier: MIT
"""Writing a Document as a .docx laid out per GB/T 9704-2012 (党政机关公文格式).

The package is generated directly as WordprocessingML rather than through python-docx: its
default template brings theme fonts (``eastAsiaTheme``) that override any CJK font we set, US
Letter paper and coloured headings, and it has no API for page fields or outline levels. Writing
the few parts ourselves keeps every font slot explicit, the output deterministic and the export
of a long report well under a second.
"""

from __future__ import annotations

import contextlib
import os
import re
import tempfile
import zipfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from .model import Document, Paragraph, Run, Table
from .outline import heading_text_end, match_heading

# Geometry in twips (1/20 pt; 1 mm = 56.7 twips). GB/T 9704 §5.2.1: 版心 156 × 225 mm on A4.
PAGE_W, PAGE_H = 11906, 16838
MARGIN_TOP, MARGIN_BOTTOM, MARGIN_LEFT, MARGIN_RIGHT = 2098, 1984, 1587, 1474
HEADER_DIST, FOOTER_DIST = 851, 1247  # the page number's dash line sits about 7 mm below the 版心
LINE = 579  # 28.95 pt exact: 22 lines fill the 225 mm 版心 (22 × 579 = 12738 ≤ 12756)
BODY_SZ, TITLE_SZ, PAGE_NUM_SZ, TABLE_SZ = 32, 44, 28, 28  # half-points: 3号, 2号, 4号, 4号
CHAR = 320  # one 3号 character
# 28 characters of 16 pt need 448 pt but the 版心 is 442 pt wide: tighten each character by 0.25 pt
# (in twentieths of a point) so a full line holds the standard's 28 characters.
CHAR_SPACING = -5
TEXT_WIDTH = PAGE_W - MARGIN_LEFT - MARGIN_RIGHT

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
DOC_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
XML_DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
_ILLEGAL_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_ESC = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;"})

Progress = Callable[[int, int], None]


class WriteError(Exception):
    """The file could not be written. ``str(err)`` is a Chinese message for the user."""


@dataclass(frozen=True)
class ExportOptions:
    """Fonts and extras of an export. Defaults follow GB/T 9704 with the font names offices have."""

    fangsong: str = "仿宋_GB2312"  # body, levels 3 and 4
    kaiti: str = "楷体_GB2312"  # level 2
    heiti: str = "黑体"  # level 1
    title_font: str = "方正小标宋简体"
    page_number_font: str = "宋体"
    latin_font: str = "Times New Roman"  # digits and Latin letters in body text
    bold_level3: bool = False  # house style in many offices; not in the standard
    page_numbers: bool = True
    unit: str = ""  # 落款: the issuing unit
    date: str = ""  # 落款: the date, already in Arabic numerals (see docx_io.arabic_date)


def esc(text: str) -> str:
    return _ILLEGAL_XML.sub("", text).translate(_ESC)


def fonts_xml(east: str, latin: str | None = None) -> str:
    """rFonts with every slot named and no theme attribute, which would override the names."""
    latin = latin or east
    return (
        f'<w:rFonts w:ascii="{esc(latin)}" w:hAnsi="{esc(latin)}" w:eastAsia="{esc(east)}" '
        f'w:cs="{esc(latin)}"/>'
    )


def _level_font(level: int, o: ExportOptions) -> tuple[str, str]:
    """(East Asian, Latin) font of a heading level."""
    if level == 1:
        return o.heiti, o.heiti
    if level == 2:
        return o.kaiti, o.kaiti
    return o.fangsong, o.latin_font


# ---------------------------------------------------------------- document.xml


def _runs_of(p: Paragraph) -> list[Run]:
    """The paragraph's runs if they still spell its text (the text wins after an edit)."""
    if p.runs and "".join(r.text for r in p.runs) == p.text:
        return list(p.runs)
    return [Run(p.text)] if p.text else []


def _split_runs(runs: list[Run], pos: int) -> tuple[list[Run], list[Run]]:
    head: list[Run] = []
    tail: list[Run] = []
    seen = 0
    for r in runs:
        cut = max(0, min(len(r.text), pos - seen))
        if cut:
            head.append(Run(r.text[:cut], r.bold, r.italic, r.underline))
        if cut < len(r.text):
            tail.append(Run(r.text[cut:], r.bold, r.italic, r.underline))
        seen += len(r.text)
    return head, tail


def run_xml(run: Run, extra: str = "") -> str:
    props = extra
    if run.bold:
        props += "<w:b/><w:bCs/>"
    if run.italic:
        props += "<w:i/><w:iCs/>"
    if run.underline:
        props += '<w:u w:val="single"/>'
    rpr = f"<w:rPr>{props}</w:rPr>" if props else ""
    pieces = re.split(r"(\t|\n)", run.text)
    body = "".join(
        "<w:tab/>" if s == "\t" else "<w:br/>" if s == "\n" else f'<w:t xml:space="preserve">{esc(s)}</w:t>'
        for s in pieces
        if s
    )
    return f"<w:r>{rpr}{body}</w:r>"


def _runin_heading(text: str) -> tuple[int, int] | None:
    """A heading run into its paragraph (``（一）加强党建。今年以来…``): its level and where it ends."""
    found = match_heading(text)
    if found is None:
        return None
    level, _, m = found
    end = heading_text_end(text, m.end())
    if end >= len(text.rstrip()) - 1 or end - m.end() > 40:
        return None
    return level, end + 1  # keep the stop (。) with the heading words


def paragraph_xml(p: Paragraph, o: ExportOptions, keep_next: bool = False) -> str:
    level = p.level if p.level is not None and 0 <= p.level <= 4 else None
    runs = _runs_of(p)
    keep = "<w:keepNext/>" if keep_next else ""
    if p.in_table:
        ppr = '<w:pPr><w:pStyle w:val="TableText"/></w:pPr>'
    elif level == 0:
        ppr = f'<w:pPr><w:pStyle w:val="Title"/>{keep}</w:pPr>'
    elif level is not None:
        ppr = f'<w:pPr><w:pStyle w:val="Heading{level}"/>{keep}</w:pPr>'
    else:
        ppr = f"<w:pPr>{keep}</w:pPr>" if keep else ""
        runin = _runin_heading(p.text)
        if runin is not None and runin[0] in (1, 2, 3):
            head, tail = _split_runs(runs, runin[1])
            east, latin = _level_font(runin[0], o)
            extra = fonts_xml(east, latin) if runin[0] < 3 else ""
            if runin[0] == 3 and o.bold_level3:
                head = [Run(r.text, True, r.italic, r.underline) for r in head]
            return f"<w:p>{ppr}{''.join(run_xml(r, extra) for r in head)}{''.join(map(run_xml, tail))}</w:p>"
    return f"<w:p>{ppr}{''.join(map(run_xml, runs))}</w:p>"


def column_widths(rows: list) -> list[int]:
    """Column widths in twips: short columns (序号, 位置) fit their text, the others share the rest."""
    ncols = max(len(row) for row in rows)
    longest = [1.0] * ncols
    for row in rows:
        for i, cell in enumerate(row):
            longest[i] = max([longest[i], *(_width_in_chars(q.text) for q in cell)])
    char, padding = TABLE_SZ * 10, 240
    # Half a character of slack: Word and WPS add a small gap between CJK characters and digits.
    fixed = {i: int((longest[i] + 0.5) * char + padding) for i in range(ncols) if longest[i] <= 4}
    flexible = [i for i in range(ncols) if i not in fixed]
    room = TEXT_WIDTH - sum(fixed.values())
    if not flexible or room < len(flexible) * 2 * char:
        total = sum(min(x, 16.0) for x in longest)
        return [int(TEXT_WIDTH * min(x, 16.0) / total) for x in longest]
    weight = sum(min(longest[i], 16.0) for i in flexible)
    return [fixed[i] if i in fixed else int(room * min(longest[i], 16.0) / weight) for i in range(ncols)]


def table_xml(table: Table, o: ExportOptions) -> str:
    rows = [row for row in table.rows if row]
    if not rows:
        return ""
    widths = column_widths(rows)
    ncols = len(widths)
    border = "".join(
        f'<w:{side} w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
        for side in ("top", "left", "bottom", "right", "insideH", "insideV")
    )
    out = [
        f'<w:tbl><w:tblPr><w:tblW w:w="5000" w:type="pct"/><w:jc w:val="center"/>'
        f'<w:tblBorders>{border}</w:tblBorders><w:tblLayout w:type="fixed"/>'
        f'<w:tblLook w:val="0000" w:firstRow="0" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" '
        f'w:noHBand="0" w:noVBand="0"/></w:tblPr>',
        "<w:tblGrid>" + "".join(f'<w:gridCol w:w="{w}"/>' for w in widths) + "</w:tblGrid>",
    ]
    for row in rows:
        out.append("<w:tr>")
        for i in range(ncols):
            cell = row[i] if i < len(row) else ()
            paras = [Paragraph(q.text, q.style, None, q.runs, True) for q in cell]
            paras = paras or [Paragraph("", in_table=True)]
            out.append(
                f'<w:tc><w:tcPr><w:tcW w:w="{widths[i]}" w:type="dxa"/></w:tcPr>'
                + "".join(paragraph_xml(q, o) for q in paras)
                + "</w:tc>"
            )
        out.append("</w:tr>")
    out.append("</w:tbl>")
    return "".join(out)


def _width_in_chars(text: str) -> float:
    return sum(0.5 if ord(c) < 0x2E80 else 1.0 for c in text)


def signature_xml(o: ExportOptions) -> str:
    """落款: the unit centred over the date; the date four characters in from the right (GB/T 9704 §7.3.5)."""
    date_indent = 4 * CHAR
    # Without the automatic gap between CJK and digits, the widths computed here are the widths drawn.
    no_autospace = '<w:autoSpaceDE w:val="0"/><w:autoSpaceDN w:val="0"/>'
    out = []
    unit, date = o.unit.strip(), o.date.strip()
    if unit:
        offset = (_width_in_chars(date) - _width_in_chars(unit)) / 2 * CHAR if date else 0
        right = max(0, int(date_indent + offset))
        keep = "<w:keepNext/>" if date else ""  # unit and date never part across a page break
        out.append(
            f'<w:p><w:pPr>{keep}{no_autospace}<w:spacing w:before="{LINE}"/><w:ind w:right="{right}" '
            f'w:firstLineChars="0" w:firstLine="0"/><w:jc w:val="right"/></w:pPr>'
            f"{run_xml(Run(unit))}</w:p>"
        )
    if date:
        before = "" if unit else f'<w:spacing w:before="{LINE}"/>'
        out.append(
            f'<w:p><w:pPr>{no_autospace}{before}<w:ind w:right="{date_indent}" w:firstLineChars="0" '
            f'w:firstLine="0"/><w:jc w:val="right"/></w:pPr>{run_xml(Run(date))}</w:p>'
        )
    return "".join(out)


def section_xml(o: ExportOptions) -> str:
    refs = (
        (
            '<w:footerReference w:type="even" r:id="rIdFooterEven"/>'
            '<w:footerReference w:type="default" r:id="rIdFooterOdd"/>'
        )
        if o.page_numbers
        else ""
    )
    return (
        f"<w:sectPr>{refs}"
        f'<w:pgSz w:w="{PAGE_W}" w:h="{PAGE_H}"/>'
        f'<w:pgMar w:top="{MARGIN_TOP}" w:right="{MARGIN_RIGHT}" w:bottom="{MARGIN_BOTTOM}" '
        f'w:left="{MARGIN_LEFT}" w:header="{HEADER_DIST}" w:footer="{FOOTER_DIST}" w:gutter="0"/>'
        f'<w:cols w:space="425"/><w:docGrid w:type="lines" w:linePitch="{LINE}"/></w:sectPr>'
    )


def document_xml(doc: Document, o: ExportOptions, progress: Progress | None = None) -> str:
    total = len(doc.blocks)
    parts = [XML_DECL, f'<w:document xmlns:w="{W_NS}" xmlns:r="{R_NS}"><w:body>']
    # GB/T 9704 §7.3.5: the 落款 never stands on a page without body text, so the last paragraph goes with it.
    last = max((i for i, b in enumerate(doc.blocks) if isinstance(b, Table) or b.text.strip()), default=-1)
    keep_last = bool(o.unit.strip() or o.date.strip())
    for i, block in enumerate(doc.blocks):
        if keep_last and i > last:
            continue  # trailing empty lines would only push the 落款 further down
        parts.append(
            table_xml(block, o)
            if isinstance(block, Table)
            else paragraph_xml(block, o, keep_next=keep_last and i == last)
        )
        if progress is not None and i % 200 == 0:
            progress(i, total)
    parts.append(signature_xml(o))
    parts.append(section_xml(o))
    parts.append("</w:body></w:document>")
    return "".join(parts)


# ---------------------------------------------------------------- the other parts


def _style(kind: str, sid: str, name: str, ppr: str, rpr: str, extra: str = "") -> str:
    return (
        f'<w:style w:type="{kind}" w:styleId="{sid}"><w:name w:val="{esc(name)}"/>{extra}'
        f"<w:pPr>{ppr}</w:pPr><w:rPr>{rpr}</w:rPr></w:style>"
    )


def styles_xml(o: ExportOptions) -> str:
    no_indent = '<w:ind w:firstLineChars="0" w:firstLine="0"/>'
    exact = f'<w:spacing w:before="0" w:after="0" w:line="{LINE}" w:lineRule="exact"/>'
    based = '<w:basedOn w:val="Normal"/><w:next w:val="Normal"/>'
    body_fonts = fonts_xml(o.fangsong, o.latin_font)
    styles = [
        f'<w:docDefaults><w:rPrDefault><w:rPr>{body_fonts}<w:kern w:val="2"/>'
        f'<w:sz w:val="{BODY_SZ}"/><w:szCs w:val="{BODY_SZ}"/>'
        '<w:lang w:val="en-US" w:eastAsia="zh-CN" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>'
        f"<w:pPrDefault><w:pPr>{exact}</w:pPr></w:pPrDefault></w:docDefaults>",
        '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/>'
        f'<w:pPr><w:widowControl w:val="0"/>{exact}<w:ind w:firstLineChars="200" w:firstLine="{2 * CHAR}"/>'
        f'<w:jc w:val="both"/></w:pPr><w:rPr>{body_fonts}<w:spacing w:val="{CHAR_SPACING}"/>'
        f'<w:sz w:val="{BODY_SZ}"/>'
        f'<w:szCs w:val="{BODY_SZ}"/></w:rPr></w:style>',
        '<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont">'
        '<w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/></w:style>',
        '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/>'
        '<w:semiHidden/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/>'
        '<w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/>'
        "</w:tblCellMar></w:tblPr></w:style>",
        _style(
            "paragraph",
            "Title",
            "Title",
            f'<w:keepNext/><w:spacing w:before="0" w:after="{LINE}" w:line="{LINE}" w:lineRule="exact"/>'
            f'{no_indent}<w:jc w:val="center"/>',
            f'{fonts_xml(o.title_font)}<w:sz w:val="{TITLE_SZ}"/><w:szCs w:val="{TITLE_SZ}"/>',
            based + "<w:qFormat/>",
        ),
    ]
    for level in range(1, 5):
        east, latin = _level_font(level, o)
        bold = "<w:b/><w:bCs/>" if level == 3 and o.bold_level3 else '<w:b w:val="0"/><w:bCs w:val="0"/>'
        styles.append(
            _style(
                "paragraph",
                f"Heading{level}",
                f"heading {level}",
                f'<w:keepNext/><w:outlineLvl w:val="{level - 1}"/>',
                f'{fonts_xml(east, latin)}{bold}<w:sz w:val="{BODY_SZ}"/><w:szCs w:val="{BODY_SZ}"/>',
                based + '<w:uiPriority w:val="9"/><w:qFormat/>',
            )
        )
    styles.append(
        _style(
            "paragraph",
            "Footer",
            "footer",
            f'<w:spacing w:before="0" w:after="0" w:line="240" w:lineRule="auto"/>{no_indent}',
            f'{fonts_xml(o.page_number_font)}<w:sz w:val="{PAGE_NUM_SZ}"/><w:szCs w:val="{PAGE_NUM_SZ}"/>',
            '<w:basedOn w:val="Normal"/><w:uiPriority w:val="99"/>',
        )
    )
    styles.append(
        _style(
            "paragraph",
            "TableText",
            "Table Text",
            f'<w:spacing w:before="0" w:after="0" w:line="240" w:lineRule="auto"/>{no_indent}'
            '<w:jc w:val="left"/>',
            f'<w:sz w:val="{TABLE_SZ}"/><w:szCs w:val="{TABLE_SZ}"/>',
            '<w:basedOn w:val="Normal"/><w:qFormat/>',
        )
    )
    return f'{XML_DECL}<w:styles xmlns:w="{W_NS}">{"".join(styles)}</w:styles>'


def footer_xml(odd: bool, o: ExportOptions) -> str:
    """``— N —`` with a PAGE field; odd pages right-aligned, even pages left, one 4号 character in."""
    side = '<w:jc w:val="right"/>' if odd else '<w:jc w:val="left"/>'
    ind = f'<w:ind w:{"right" if odd else "left"}="{PAGE_NUM_SZ * 10}" w:firstLineChars="0" w:firstLine="0"/>'
    rpr = f'<w:rPr>{fonts_xml(o.page_number_font)}<w:sz w:val="{PAGE_NUM_SZ}"/></w:rPr>'
    # The hint makes Word draw the dashes as full-width CJK punctuation (一字线).
    rpr_dash = rpr.replace("<w:rFonts ", '<w:rFonts w:hint="eastAsia" ')
    field = (
        f'<w:r>{rpr}<w:fldChar w:fldCharType="begin"/></w:r>'
        f'<w:r>{rpr}<w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>'
        f'<w:r>{rpr}<w:fldChar w:fldCharType="separate"/></w:r>'
        f"<w:r>{rpr}<w:t>1</w:t></w:r>"
        f'<w:r>{rpr}<w:fldChar w:fldCharType="end"/></w:r>'
    )
    return (
        f'{XML_DECL}<w:ftr xmlns:w="{W_NS}" xmlns:r="{R_NS}"><w:p><w:pPr><w:pStyle w:val="Footer"/>{ind}'
        f'{side}</w:pPr><w:r>{rpr_dash}<w:t xml:space="preserve">— </w:t></w:r>{field}'
        f'<w:r>{rpr_dash}<w:t xml:space="preserve"> —</w:t></w:r></w:p></w:ftr>'
    )


def settings_xml() -> str:
    return (
        f'{XML_DECL}<w:settings xmlns:w="{W_NS}"><w:zoom w:percent="100"/>'
        '<w:defaultTabStop w:val="420"/><w:evenAndOddHeaders/>'
        '<w:characterSpacingControl w:val="compressPunctuation"/>'
        '<w:compat><w:compatSetting w:name="compatibilityMode" '
        'w:uri="http://schemas.microsoft.com/office/word"'
        ' w:val="15"/></w:compat><w:themeFontLang w:val="en-US" w:eastAsia="zh-CN"/></w:settings>'
    )


def font_table_xml(o: ExportOptions) -> str:
    fonts = dict.fromkeys([o.fangsong, o.kaiti, o.heiti, o.title_font, o.page_number_font, o.latin_font])
    out = []
    for name in fonts:
        cjk = not name.isascii()
        alt = f'<w:altName w:val="{esc(name[:-7])}"/>' if name.endswith("_GB2312") else ""
        # charset 86 (GB2312) lets Word substitute a Chinese font when this one is missing.
        out.append(
            f'<w:font w:name="{esc(name)}">{alt}<w:charset w:val="{"86" if cjk else "00"}"/>'
            f'<w:family w:val="{"modern" if cjk else "roman"}"/>'
            f'<w:pitch w:val="{"fixed" if cjk else "variable"}"/></w:font>'
        )
    return f'{XML_DECL}<w:fonts xmlns:w="{W_NS}">{"".join(out)}</w:fonts>'


def _package_parts(doc: Document, o: ExportOptions, progress: Progress | None) -> Iterable[tuple[str, str]]:
    wml = "application/vnd.openxmlformats-officedocument.wordprocessingml"
    overrides = {
        "/word/document.xml": f"{wml}.document.main+xml",
        "/word/styles.xml": f"{wml}.styles+xml",
        "/word/settings.xml": f"{wml}.settings+xml",
        "/word/fontTable.xml": f"{wml}.fontTable+xml",
        "/docProps/core.xml": "application/vnd.openxmlformats-package.core-properties+xml",
    }
    rels = {
        "rIdStyles": ("styles", "styles.xml"),
        "rIdSettings": ("settings", "settings.xml"),
        "rIdFonts": ("fontTable", "fontTable.xml"),
    }
    if o.page_numbers:
        overrides["/word/footer1.xml"] = overrides["/word/footer2.xml"] = f"{wml}.footer+xml"
        rels["rIdFooterOdd"] = ("footer", "footer1.xml")
        rels["rIdFooterEven"] = ("footer", "footer2.xml")
    yield (
        "[Content_Types].xml",
        (
            f'{XML_DECL}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" '
            'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            + "".join(f'<Override PartName="{k}" ContentType="{v}"/>' for k, v in overrides.items())
            + "</Types>"
        ),
    )
    yield (
        "_rels/.rels",
        (
            f'{XML_DECL}<Relationships xmlns="{PKG_REL}">'
            f'<Relationship Id="rId1" Type="{DOC_REL}/officeDocument" Target="word/document.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/'
            'core-properties" Target="docProps/core.xml"/></Relationships>'
        ),
    )
    yield (
        "docProps/core.xml",
        (
            f'{XML_DECL}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/'
            'core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/">'
            f"<dc:title>{esc(_title_of(doc))}</dc:title><dc:creator>JiaoGao</dc:creator></cp:coreProperties>"
        ),
    )
    yield (
        "word/_rels/document.xml.rels",
        (
            f'{XML_DECL}<Relationships xmlns="{PKG_REL}">'
            + "".join(
                f'<Relationship Id="{rid}" Type="{DOC_REL}/{kind}" Target="{target}"/>'
                for rid, (kind, target) in rels.items()
            )
            + "</Relationships>"
        ),
    )
    yield "word/document.xml", document_xml(doc, o, progress)
    yield "word/styles.xml", styles_xml(o)
    yield "word/settings.xml", settings_xml()
    yield "word/fontTable.xml", font_table_xml(o)
    if o.page_numbers:
        yield "word/footer1.xml", footer_xml(True, o)
        yield "word/footer2.xml", footer_xml(False, o)


def _title_of(doc: Document) -> str:
    return next((p.text for p in doc.paragraphs if p.level == 0 and p.text.strip()), "")


def write_package(
    doc: Document, path: str | Path, o: ExportOptions, progress: Progress | None = None
) -> None:
    """Write the .docx next to its destination first, then move it into place, so a failure
    never leaves a half-written file where the user's draft was."""
    target = Path(path)
    try:
        fd, tmp = tempfile.mkstemp(prefix=".jiaogao-", suffix=".docx", dir=target.parent or ".")
    except OSError as err:
        raise WriteError(f"无法写入文件夹“{target.parent}”：{err.strerror or err}") from None
    try:
        with os.fdopen(fd, "wb") as raw, zipfile.ZipFile(raw, "w", zipfile.ZIP_DEFLATED) as zf:
            for name, text in _package_parts(doc, o, progress):
                info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
                info.compress_type = zipfile.ZIP_DEFLATED
                zf.writestr(info, text.encode("utf-8"))
        os.replace(tmp, target)
    except OSError as err:
        _remove(tmp)
        if isinstance(err, PermissionError):
            raise WriteError(
                f"无法保存“{target.name}”：文件可能正在 Word 或 WPS 中打开，请关闭后重试。"
            ) from None
        raise WriteError(f"无法保存“{target.name}”：{err.strerror or err}") from None
    except BaseException:
        _remove(tmp)
        raise
    if progress is not None:
        progress(len(doc.blocks), len(doc.blocks))


def _remove(path: str) -> None:
    with contextlib.suppress(OSError):
        os.unlink(path)
