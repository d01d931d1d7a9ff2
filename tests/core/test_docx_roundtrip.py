# SPDX-License-Identifier: MIT
"""docx → model → docx keeps text, levels, runs and tables."""

from __future__ import annotations

from jiaogao.core.docx_io import ExportOptions, document_with_levels, read_docx, write_docx
from jiaogao.core.engine import check_document
from jiaogao.core.model import Document, Paragraph, Run, Table

from tests.conftest import sample_text
from tests.data.docx.build import level, make_docx, numbering, para, run, style, styles, table


def _shape(doc: Document) -> list:
    out = []
    for block in doc.blocks:
        if isinstance(block, Table):
            out.append([[[p.text for p in cell] for cell in row] for row in block.rows])
        else:
            out.append(
                (
                    block.text,
                    block.level,
                    [(r.text, r.bold, r.italic, r.underline) for r in block.runs if r.text],
                )
            )
    return out


def _word_source(tmp_path):
    st = styles(
        style("a", "Normal", default=True),
        style("1", "heading 1", based_on="a", outline=0),
        style("2", "heading 2", based_on="a", outline=1),
        style("Title", "Title", based_on="a"),
    )
    num = numbering({7: [level(0, "chineseCounting", "%1、"), level(1, "chineseCounting", "（%2）")]}, {3: 7})
    body = "".join(
        [
            para(style="Title", text="石门乡2023年度工作总结"),
            para(
                run("一年来，我乡")
                + run("紧扣", bold=True)
                + run("年度目标，")
                + run("真抓实干", underline=True)
                + run("，各项工作取得", italic=True)
                + run("新成效。")
            ),
            para(style="1", num=(3, 0), text="经济发展稳中向好"),
            para(style="2", num=(3, 1), text="农业生产"),
            para(text="全年粮食播种面积4.2万亩，总产1.9万吨。"),
            table([["项目", "2023年", "2022年"], ["财政收入", "3260万元", "3015万元"]]),
            para(style="2", num=(3, 1), text="项目建设"),
            para(text="实施重点项目9个，完成投资5.4亿元。"),
            para(style="1", num=(3, 0), text="存在问题和下步打算"),
            para(text="一是产业基础薄弱；二是人才短缺。"),
        ]
    )
    return make_docx(tmp_path / "source.docx", body, st, num)


def test_word_file_survives_export_and_reimport(tmp_path):
    first = read_docx(_word_source(tmp_path))
    assert [p.level for p in first.paragraphs if p.level is not None] == [0, 1, 2, 2, 1]
    out = tmp_path / "exported.docx"
    write_docx(first, out)
    second = read_docx(out)
    assert second.text == first.text
    assert _shape(second) == _shape(first)
    assert [p.style for p in second.paragraphs if p.level] == [
        "Heading 1",
        "Heading 2",
        "Heading 2",
        "Heading 1",
    ]
    # And once more: the export is a fixed point.
    again = tmp_path / "again.docx"
    write_docx(second, again)
    assert _shape(read_docx(again)) == _shape(second)
    assert check_document(second).outline.headings == check_document(first).outline.headings


def test_plain_text_draft_round_trip_gets_styles(tmp_path):
    text = "\n".join(
        [
            "白沙镇2024年上半年工作总结",
            "上半年，全镇经济社会发展总体平稳。",
            "一、主要成效",
            "（一）项目建设提速",
            "1.新开工项目6个",
            "（1）工业项目4个",
            "二、存在问题",
            "招商引资后劲不足。",
        ]
    )
    doc = document_with_levels(Document.from_text(text))
    out = tmp_path / "txt.docx"
    write_docx(doc, out, ExportOptions(bold_level3=True))
    back = read_docx(out)
    assert back.text == text
    assert [p.level for p in back.paragraphs] == [0, None, 1, 2, 3, 4, 1, None]
    # Level 3 is bold through its style when the option is on; the reader resolves it.
    assert back.paragraphs[4].runs[0].bold


def test_shared_sample_round_trip_keeps_text(tmp_path):
    text = sample_text("town-halfyear-2020.txt")
    doc = document_with_levels(Document.from_text(text))
    out = tmp_path / "sample.docx"
    write_docx(doc, out)
    back = read_docx(out)
    assert back.text == text
    assert check_document(back).outline.title == check_document(doc).outline.title


def test_runs_that_no_longer_spell_the_text_give_way_to_the_text(tmp_path):
    edited = Paragraph("改过的文字", runs=(Run("原来的", bold=True), Run("文字")))
    out = tmp_path / "edited.docx"
    write_docx(Document((edited,)), out)
    assert read_docx(out).paragraphs[0].runs == (Run("改过的文字"),)
