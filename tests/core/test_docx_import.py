# SPDX-License-Identifier: MIT
"""Reading Word and WPS files: levels, automatic numbers, runs, tables and text boxes in document order."""

from __future__ import annotations

import pytest
from jiaogao.core.docx_io import read_docx
from jiaogao.core.docx_numbering import format_number
from jiaogao.core.engine import check_document
from jiaogao.core.model import Paragraph, Table

from tests.data.docx.build import level, make_docx, numbering, para, run, style, styles, table

HEADINGS_NUMBERING = numbering(
    {
        1: [
            level(0, "chineseCounting", "%1、", suffix="nothing"),
            level(1, "chineseCounting", "（%2）"),
            level(2, "decimal", "%3."),
            level(3, "decimal", "（%4）"),
        ]
    },
    {1: 1, 2: 1, 3: 1},
    overrides={2: (0, 1)},
)
WORD_STYLES = styles(
    style("Normal", "Normal", default=True),
    style("Title", "Title", based_on="Normal"),
    style("Heading1", "heading 1", based_on="Normal", outline=0, num=(1, 0)),
    style("Heading2", "heading 2", based_on="Normal", outline=1, num=(1, 1)),
)


def test_numbered_word_headings_render_their_numbers_and_levels(tmp_path):
    body = "".join(
        [
            para(style="Title", text="柳塘镇2024年上半年工作总结"),
            para(text="今年以来，全镇上下攻坚克难，各项工作稳步推进。"),
            para(style="Heading1", text="经济运行总体平稳"),
            para(style="Heading2", text="工业生产稳中有升"),
            para(num=(1, 2), text="规上工业产值增长6.2%。"),
            para(num=(1, 2), text="新增规上企业3家。"),
            para(style="Heading2", text="农业基础持续巩固"),
            para(style="Heading1", text="存在问题"),
            para(style="Heading2", text="项目储备不足"),
            para(num=(1, 3), text="重大项目偏少，接续乏力。"),
        ]
    )
    doc = read_docx(make_docx(tmp_path / "word.docx", body, WORD_STYLES, HEADINGS_NUMBERING))
    assert doc.text.split("\n") == [
        "柳塘镇2024年上半年工作总结",
        "今年以来，全镇上下攻坚克难，各项工作稳步推进。",
        "一、经济运行总体平稳",
        "（一）工业生产稳中有升",
        "1.规上工业产值增长6.2%。",
        "2.新增规上企业3家。",
        "（二）农业基础持续巩固",
        "二、存在问题",
        "（一）项目储备不足",
        "（1）重大项目偏少，接续乏力。",
    ]
    assert [p.level for p in doc.paragraphs] == [0, None, 1, 2, None, None, 2, 1, 2, None]
    outline = check_document(doc).outline
    assert outline.title == "柳塘镇2024年上半年工作总结"
    assert [(h.level, h.number, h.heading) for h in outline.headings] == [
        (1, "一", "经济运行总体平稳"),
        (2, "一", "工业生产稳中有升"),
        (3, "1", "规上工业产值增长6.2%"),
        (3, "2", "新增规上企业3家"),
        (2, "二", "农业基础持续巩固"),
        (1, "二", "存在问题"),
        (2, "一", "项目储备不足"),
        (4, "1", "重大项目偏少，接续乏力"),
    ]
    # The rendered number joins the runs, so they still spell the text.
    assert all("".join(r.text for r in p.runs) == p.text for p in doc.paragraphs)


def test_a_restarted_list_counts_again_and_a_continued_one_goes_on(tmp_path):
    body = "".join(
        [
            para(num=(1, 0), text="甲项工作"),
            para(num=(1, 0), text="乙项工作"),
            para(num=(2, 0), text="重新编号"),  # numId 2 restarts level 0 at 1
            para(num=(3, 0), text="接着编号"),  # numId 3 shares the list of numId 1 without a restart
        ]
    )
    doc = read_docx(make_docx(tmp_path / "restart.docx", body, WORD_STYLES, HEADINGS_NUMBERING))
    assert doc.text.split("\n") == ["一、甲项工作", "二、乙项工作", "一、重新编号", "三、接着编号"]


def test_wps_numeric_style_ids_are_keyed_by_name_and_outline_level(tmp_path):
    wps = styles(
        style("a", "Normal", default=True),
        style("1", "heading 1", based_on="a", outline=0),
        style("2", "heading 2", based_on="a"),  # WPS sometimes drops outlineLvl: the name decides
        style("3", "标题 3", based_on="a"),
        style("15", "公文二级", based_on="2"),  # a house style based on heading 2
        style("16", "正文缩进", based_on="a", outline=9),
    )
    body = "".join(
        [
            para(style="1", text="一、强化党建引领"),
            para(style="2", text="（一）夯实基层组织"),
            para(style="3", text="1.规范组织生活"),
            para(style="15", text="（二）加强队伍建设"),
            para(style="16", text="全年发展党员12名。"),
            para(outline=0, text="二、推进产业发展"),  # direct outline level on a plain paragraph
        ]
    )
    doc = read_docx(make_docx(tmp_path / "wps.docx", body, wps))
    assert [(p.level, p.style) for p in doc.paragraphs] == [
        (1, "Heading 1"),
        (2, "Heading 2"),
        (3, "标题 3"),
        (2, "公文二级"),
        (None, "正文缩进"),
        (1, "Normal"),
    ]
    outline = check_document(doc).outline
    assert [(h.level, h.marker) for h in outline.headings] == [
        (1, "一、"),
        (2, "（一）"),
        (3, "1."),
        (2, "（二）"),
        (1, "二、"),
    ]


def test_runs_resolve_direct_character_and_paragraph_styles(tmp_path):
    st = styles(
        style("Normal", "Normal", default=True),
        style("Strong", "Strong", kind="character", rpr="<w:b/>"),
        style("Lead", "Lead", based_on="Normal", rpr="<w:b/>"),
    )
    body = "".join(
        [
            para(
                run("全年完成")
                + run("财政收入", style="Strong")
                + run("1.2亿元", bold=True)
                + run("，")
                + run("同比增长", italic=True)
                + run("8%", underline=True)
            ),
            para(
                run("加粗段落")
                + run("取消加粗", props='<w:b w:val="0"/>')
                + run("无下划线", props='<w:u w:val="none"/>'),
                style="Lead",
            ),
        ]
    )
    doc = read_docx(make_docx(tmp_path / "runs.docx", body, st))
    first, second = doc.paragraphs
    assert [(r.text, r.bold, r.italic, r.underline) for r in first.runs] == [
        ("全年完成", False, False, False),
        ("财政收入1.2亿元", True, False, False),
        ("，", False, False, False),
        ("同比增长", False, True, False),
        ("8%", False, False, True),
    ]
    assert [(r.text, r.bold, r.underline) for r in second.runs] == [
        ("加粗段落", True, False),
        ("取消加粗", False, False),
        ("无下划线", True, False),
    ]


def test_tables_keep_their_place_among_paragraphs(tmp_path):
    body = (
        para(text="一、主要指标")
        + table([["指标", "完成"], ["地区生产总值", "36.5亿元"]])
        + para(text="二、下步打算")
    )
    doc = read_docx(make_docx(tmp_path / "table.docx", body))
    assert [type(b) for b in doc.blocks] == [Paragraph, Table, Paragraph]
    tbl = doc.blocks[1]
    assert [[cell[0].text for cell in row] for row in tbl.rows] == [
        ["指标", "完成"],
        ["地区生产总值", "36.5亿元"],
    ]
    assert all(p.in_table for row in tbl.rows for cell in row for p in cell)
    assert doc.text == "一、主要指标\n指标\n完成\n地区生产总值\n36.5亿元\n二、下步打算"


TEXT_BOX = (
    '<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor><a:graphic><a:graphicData '
    'uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp><wps:txbx><w:txbxContent>'
    "<w:p><w:r><w:t>专栏：三项重点工程</w:t></w:r></w:p></w:txbxContent></wps:txbx></wps:wsp></a:graphicData>"
    "</a:graphic></wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent>"
    "<w:p><w:r><w:t>专栏：三项重点工程</w:t></w:r></w:p></w:txbxContent></v:textbox></v:shape></w:pict>"
    "</mc:Fallback></mc:AlternateContent></w:r>"
)
PICTURE = (
    "<w:r><w:drawing><wp:inline><a:graphic><a:graphicData "
    'uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic/></a:graphicData></a:graphic>'
    "</wp:inline></w:drawing></w:r>"
)


def test_text_boxes_are_read_once_and_noted(tmp_path):
    body = para(run("正文第一段。") + TEXT_BOX) + para(PICTURE) + para(text="正文第二段。")
    doc = read_docx(make_docx(tmp_path / "box.docx", body))
    assert doc.text == "正文第一段。\n专栏：三项重点工程\n\n正文第二段。"
    assert "文本框中的文字已提取，版式未保留。" in doc.notes
    assert any("1 张图片" in n for n in doc.notes)


def test_wrappers_revisions_and_breaks(tmp_path):
    body = "".join(
        [
            "<w:sdt><w:sdtContent>" + para(text="控件中的段落") + "</w:sdtContent></w:sdt>",
            para(
                '<w:hyperlink r:id="x">'
                + run("链接文字")
                + "</w:hyperlink>"
                + '<w:ins w:id="1" w:author="a">'
                + run("新增")
                + "</w:ins>"
                + '<w:del w:id="2" w:author="a"><w:r><w:delText>删除</w:delText></w:r></w:del>'
            ),
            para(
                "<w:r><w:t>第一行</w:t><w:br/><w:t>第二行</w:t><w:tab/><w:t>A</w:t><w:noBreakHyphen/>"
                "<w:t>1</w:t></w:r>"
            ),
            para("<w:r><w:t>2024年上半年</w:t><w:br/><w:t>工作总结</w:t></w:r>", style="Title"),
        ]
    )
    doc = read_docx(make_docx(tmp_path / "wrap.docx", body, WORD_STYLES))
    assert doc.text.split("\n") == [
        "控件中的段落",
        "链接文字新增",
        "第一行",
        "第二行\tA-1",
        "2024年上半年工作总结",
    ]
    assert doc.paragraphs[-1].level == 0
    assert any("修订" in n for n in doc.notes)


@pytest.mark.parametrize(
    ("n", "fmt", "expected"),
    [
        (1, "chineseCounting", "一"),
        (10, "chineseCounting", "十"),
        (12, "chineseCounting", "十二"),
        (20, "chineseCountingThousand", "二十"),
        (105, "chineseCounting", "一百零五"),
        (3, "japaneseCounting", "三"),
        (1, "ideographTraditional", "甲"),
        (11, "ideographTraditional", "甲"),
        (3, "decimalEnclosedCircle", "③"),
        (4, "upperRoman", "IV"),
        (27, "lowerLetter", "aa"),
        (7, "decimalFullWidth", "７"),
        (5, "decimalZero", "05"),
        (2, "chineseLegalSimplified", "贰"),
        (9, "decimal", "9"),
    ],
)
def test_number_formats(n, fmt, expected):
    assert format_number(n, fmt) == expected
