# SPDX-License-Identifier: MIT
"""The GB/T 9704 export, asserted on the XML Word and WPS will read."""

from __future__ import annotations

import zipfile
from pathlib import Path

import docx
import pytest
from jiaogao.core.docx_io import ExportOptions, WriteError, arabic_date, document_with_levels, write_docx
from jiaogao.core.model import Document, Paragraph, Run, Table
from jiaogao.core.textio import read_text_file
from lxml import etree

DRAFT = Path(__file__).resolve().parent.parent / "data" / "docx" / "draft-agri-halfyear.txt"
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
NS = {"w": W[1:-1]}


def _draft() -> Document:
    doc = document_with_levels(read_text_file(DRAFT))
    extra = (
        Paragraph("重点数据", runs=(Run("重点"), Run("数据", bold=True))),
        Paragraph("斜体与下划线", runs=(Run("斜体", italic=True), Run("与"), Run("下划线", underline=True))),
        Table(
            (
                ((Paragraph("指标", in_table=True),), (Paragraph("数值", in_table=True),)),
                ((Paragraph("粮食总产", in_table=True),), (Paragraph("7.9万吨", in_table=True),)),
            )
        ),
    )
    return Document(doc.blocks + extra)


def _parts(path: Path) -> dict[str, etree._Element]:
    with zipfile.ZipFile(path) as zf:
        return {n: etree.fromstring(zf.read(n)) for n in zf.namelist() if n.endswith((".xml", ".rels"))}


@pytest.fixture
def exported(tmp_path) -> dict[str, etree._Element]:
    path = tmp_path / "out.docx"
    write_docx(_draft(), path, ExportOptions(unit="青禾县农业农村局", date="二〇二三年七月五日"))
    return _parts(path)


def _style(parts, sid: str) -> etree._Element:
    return parts["word/styles.xml"].find(f"w:style[@w:styleId='{sid}']", NS)


def _attr(el, path: str, name: str) -> str | None:
    found = el.find(path, NS)
    return None if found is None else found.get(W + name)


def test_a4_margins_and_line_grid(exported):
    sect = exported["word/document.xml"].find(".//w:body/w:sectPr", NS)
    size, margins = sect.find("w:pgSz", NS), sect.find("w:pgMar", NS)
    assert (size.get(W + "w"), size.get(W + "h")) == ("11906", "16838")
    assert {k: margins.get(W + k) for k in ("top", "bottom", "left", "right")} == {
        "top": "2098",
        "bottom": "1984",
        "left": "1587",
        "right": "1474",
    }
    grid = sect.find("w:docGrid", NS)
    assert (grid.get(W + "type"), grid.get(W + "linePitch")) == ("lines", "579")


def test_every_font_names_its_east_asian_face_and_no_theme(exported):
    seen = 0
    for name, root in exported.items():
        for fonts in root.iter(W + "rFonts"):
            seen += 1
            assert fonts.get(W + "eastAsia"), name
            assert not [a for a in fonts.attrib if "Theme" in a], (name, dict(fonts.attrib))
    assert seen >= 8
    defaults = exported["word/styles.xml"].find("w:docDefaults/w:rPrDefault/w:rPr/w:rFonts", NS)
    assert defaults.get(W + "eastAsia") == "仿宋_GB2312"


def test_body_style_is_16pt_exact_28_95pt_with_two_character_indent(exported):
    normal = _style(exported, "Normal")
    assert normal.get(W + "default") == "1"
    assert _attr(normal, "w:rPr/w:rFonts", "eastAsia") == "仿宋_GB2312"
    assert _attr(normal, "w:rPr/w:sz", "val") == "32"
    assert (_attr(normal, "w:pPr/w:spacing", "line"), _attr(normal, "w:pPr/w:spacing", "lineRule")) == (
        "579",
        "exact",
    )
    assert (_attr(normal, "w:pPr/w:ind", "firstLineChars"), _attr(normal, "w:pPr/w:ind", "firstLine")) == (
        "200",
        "640",
    )


def test_title_and_heading_styles(exported):
    title = _style(exported, "Title")
    assert _attr(title, "w:pPr/w:jc", "val") == "center"
    assert _attr(title, "w:rPr/w:sz", "val") == "44"
    assert _attr(title, "w:rPr/w:rFonts", "eastAsia") == "方正小标宋简体"
    expected = {1: "黑体", 2: "楷体_GB2312", 3: "仿宋_GB2312", 4: "仿宋_GB2312"}
    for level, font in expected.items():
        st = _style(exported, f"Heading{level}")
        assert _attr(st, "w:name", "val") == f"heading {level}"  # Word's built-in name: navigation pane, TOC
        assert _attr(st, "w:pPr/w:outlineLvl", "val") == str(level - 1)
        assert _attr(st, "w:rPr/w:rFonts", "eastAsia") == font
        assert _attr(st, "w:rPr/w:b", "val") == "0"


def _paragraphs(parts) -> list[tuple[str | None, str]]:
    out = []
    for p in parts["word/document.xml"].iter(W + "p"):
        text = "".join(t.text or "" for t in p.iter(W + "t"))
        out.append((_attr(p, "w:pPr/w:pStyle", "val"), text))
    return out


def test_paragraphs_carry_title_and_heading_styles(exported):
    styled = [(s, t) for s, t in _paragraphs(exported) if s]
    assert styled[:4] == [
        ("Title", "青禾县农业农村局2023年上半年工作总结"),
        ("Heading1", "一、主要工作成效"),
        ("Heading2", "（一）粮食生产稳定向好"),
        ("Heading2", "（二）特色产业提质增效"),
    ]
    assert ("Heading1", "三、下半年工作打算") in styled
    assert ("TableText", "7.9万吨") in styled


def test_run_formats_are_kept(exported):
    runs = {}
    for r in exported["word/document.xml"].iter(W + "r"):
        text = "".join(t.text or "" for t in r.iter(W + "t"))
        runs[text] = (
            r.find("w:rPr/w:b", NS) is not None,
            r.find("w:rPr/w:i", NS) is not None,
            _attr(r, "w:rPr/w:u", "val"),
        )
    assert runs["数据"] == (True, False, None)
    assert runs["斜体"] == (False, True, None)
    assert runs["下划线"] == (False, False, "single")
    assert runs["重点"] == (False, False, None)


def test_table_is_a_table(exported):
    tables = exported["word/document.xml"].findall(".//w:tbl", NS)
    assert len(tables) == 1
    assert [
        ["".join(t.text for t in tc.iter(W + "t")) for tc in tr.findall("w:tc", NS)]
        for tr in tables[0].findall("w:tr", NS)
    ] == [["指标", "数值"], ["粮食总产", "7.9万吨"]]


def test_even_and_odd_footers_with_page_fields(exported):
    assert exported["word/settings.xml"].find("w:evenAndOddHeaders", NS) is not None
    sect = exported["word/document.xml"].find(".//w:body/w:sectPr", NS)
    refs = {
        r.get(W + "type"): r.get("{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id")
        for r in sect.findall("w:footerReference", NS)
    }
    targets = {rel.get("Id"): rel.get("Target") for rel in exported["word/_rels/document.xml.rels"]}
    odd, even = exported["word/" + targets[refs["default"]]], exported["word/" + targets[refs["even"]]]
    for footer in (odd, even):
        instr = [t.text for t in footer.iter(W + "instrText")]
        assert [i.strip() for i in instr] == ["PAGE"]
        kinds = [f.get(W + "fldCharType") for f in footer.iter(W + "fldChar")]
        assert kinds == ["begin", "separate", "end"]
        texts = [t.text for t in footer.iter(W + "t")]
        assert texts[0] == "— " and texts[-1] == " —"
        assert _attr(footer, ".//w:rPr/w:sz", "val") == "28"
        assert _attr(footer, ".//w:rPr/w:rFonts", "eastAsia") == "宋体"
    assert _attr(odd, ".//w:pPr/w:jc", "val") == "right" and _attr(odd, ".//w:pPr/w:ind", "right") == "280"
    assert _attr(even, ".//w:pPr/w:jc", "val") == "left" and _attr(even, ".//w:pPr/w:ind", "left") == "280"


def test_signature_is_right_aligned_with_arabic_date(exported):
    body = exported["word/document.xml"].find("w:body", NS)
    unit, date = body.findall("w:p", NS)[-2:]
    assert "".join(t.text for t in unit.iter(W + "t")) == "青禾县农业农村局"
    assert "".join(t.text for t in date.iter(W + "t")) == "2023年7月5日"
    assert _attr(unit, "w:pPr/w:jc", "val") == _attr(date, "w:pPr/w:jc", "val") == "right"
    assert _attr(date, "w:pPr/w:ind", "right") == "1280"  # four characters in from the right
    # The unit (8 characters) is centred over the date (6 characters wide: digits are half width).
    assert _attr(unit, "w:pPr/w:ind", "right") == "960"


def test_font_names_are_configurable_and_bold_level3(tmp_path):
    path = tmp_path / "fonts.docx"
    write_docx(
        _draft(), path, ExportOptions(fangsong="仿宋", kaiti="楷体", title_font="宋体", bold_level3=True)
    )
    parts = _parts(path)
    assert _attr(_style(parts, "Normal"), "w:rPr/w:rFonts", "eastAsia") == "仿宋"
    assert _attr(_style(parts, "Heading2"), "w:rPr/w:rFonts", "eastAsia") == "楷体"
    assert _attr(_style(parts, "Title"), "w:rPr/w:rFonts", "eastAsia") == "宋体"
    assert _style(parts, "Heading3").find("w:rPr/w:b", NS).get(W + "val") is None  # <w:b/> = bold
    names = {f.get(W + "name") for f in parts["word/fontTable.xml"]}
    assert {"仿宋", "楷体", "宋体", "黑体"} <= names
    assert "仿宋_GB2312" not in names


def test_python_docx_reads_the_geometry_independently(tmp_path):
    path = tmp_path / "check.docx"
    write_docx(_draft(), path)
    section = docx.Document(str(path)).sections[0]
    assert round(section.page_width.mm) == 210 and round(section.page_height.mm) == 297
    assert [
        round(m.mm)
        for m in (section.top_margin, section.bottom_margin, section.left_margin, section.right_margin)
    ] == [37, 35, 28, 26]
    assert docx.Document(str(path)).settings.odd_and_even_pages_header_footer


def test_run_in_heading_gets_the_heading_font_but_stays_body(tmp_path):
    text = "（一）狠抓项目建设。今年以来，全镇共实施重点项目12个，完成投资3.6亿元。"
    doc = document_with_levels(Document((Paragraph("柳塘镇2024年工作总结"), Paragraph(text))))
    assert [p.level for p in doc.paragraphs] == [0, None]
    path = tmp_path / "runin.docx"
    write_docx(doc, path)
    p = _parts(path)["word/document.xml"].findall(".//w:body/w:p", NS)[1]
    assert p.find("w:pPr", NS) is None
    runs = p.findall("w:r", NS)
    assert "".join(t.text for t in runs[0].iter(W + "t")) == "（一）狠抓项目建设。"
    assert _attr(runs[0], "w:rPr/w:rFonts", "eastAsia") == "楷体_GB2312"
    assert runs[1].find("w:rPr", NS) is None


def test_document_with_levels_keeps_given_levels_and_tables():
    cell = (Paragraph("一、不是标题", in_table=True),)
    doc = Document(
        (
            Paragraph("2024年述职报告"),
            Paragraph("本人自任职以来，认真履职。"),
            Paragraph("一、学习情况"),
            Table(((cell,),)),
            Paragraph("（一）加强理论学习", level=3),
            Paragraph("1.参加集中学习24次"),
        )
    )
    levels = [p.level for p in document_with_levels(doc).paragraphs]
    assert levels == [0, None, 1, None, 3, 3]


def test_illegal_xml_characters_are_dropped_and_progress_reported(tmp_path):
    calls = []
    doc = Document(tuple(Paragraph(f"第{i}段\x0b内容\x01。") for i in range(450)))
    write_docx(doc, tmp_path / "p.docx", progress=lambda i, n: calls.append((i, n)))
    assert calls[0] == (0, 450) and calls[-1] == (450, 450) and len(calls) >= 3
    parts = _parts(tmp_path / "p.docx")
    assert _paragraphs(parts)[0] == (None, "第0段内容。")


def test_write_errors_are_chinese(tmp_path):
    with pytest.raises(WriteError, match="无法写入文件夹"):
        write_docx(Document((Paragraph("正文"),)), tmp_path / "no" / "such" / "out.docx")
    with pytest.raises(WriteError, match="无法识别的日期"):
        write_docx(Document((Paragraph("正文"),)), tmp_path / "d.docx", ExportOptions(date="下周一"))
    assert not (tmp_path / "d.docx").exists()


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("二〇二四年七月五日", "2024年7月5日"),
        ("二○二三年十二月三十一日", "2023年12月31日"),
        ("二零二五年十月二十日", "2025年10月20日"),
        ("2024年07月05日", "2024年7月5日"),
        ("2024-7-5", "2024年7月5日"),
        ("2024.11.08", "2024年11月8日"),
        ("２０２４年７月５日", "2024年7月5日"),
    ],
)
def test_arabic_date(given, expected):
    assert arabic_date(given) == expected


@pytest.mark.parametrize("bad", ["七月五日", "2024年13月1日", "二〇二四年七月三十二日", "明天"])
def test_arabic_date_rejects(bad):
    with pytest.raises(ValueError):
        arabic_date(bad)


def test_signature_takes_the_last_paragraph_along_and_drops_trailing_blank_lines(tmp_path):
    doc = Document((Paragraph("正文第一段。"), Paragraph("正文最后一段。"), Paragraph(""), Paragraph("")))
    path = tmp_path / "sig.docx"
    write_docx(doc, path, ExportOptions(unit="白沙镇人民政府", date="2024年1月8日"))
    paras = _parts(path)["word/document.xml"].findall(".//w:body/w:p", NS)
    texts = ["".join(t.text for t in p.iter(W + "t")) for p in paras]
    assert texts == ["正文第一段。", "正文最后一段。", "白沙镇人民政府", "2024年1月8日"]
    assert [p.find("w:pPr/w:keepNext", NS) is not None for p in paras] == [False, True, True, False]
