# SPDX-License-Identifier: MIT
"""``jiaogao export``: drafts to GB/T 9704 Word files, findings to .docx/.csv."""

from __future__ import annotations

import csv
import io

import pytest
from jiaogao.core.cli import main
from jiaogao.core.docx_io import read_docx
from jiaogao.core.findings_export import findings_csv, findings_document, write_findings
from jiaogao.core.model import Finding, Report, Table
from jiaogao.core.outline import parse_outline

DRAFT = """柳塘镇2024年上半年工作总结
今年以来，柳塘镇在县委、县政府的坚强领导下，各项工作稳步推进。
一、主要工作成效
（一）经济运行稳中有进
上半年完成地区生产总值X亿元，同比增长6.5%。
二、存在的问题
项目储备不足，招商引资后劲不足。
"""


@pytest.fixture
def draft(tmp_path):
    path = tmp_path / "柳塘镇.txt"
    path.write_text(DRAFT, encoding="utf-8")
    return path


def test_export_a_text_draft(tmp_path, draft, capsys):
    out = tmp_path / "柳塘镇.docx"
    code = main(
        [
            "export",
            str(draft),
            "--to",
            str(out),
            "--fangsong",
            "仿宋",
            "--unit",
            "柳塘镇人民政府",
            "--date",
            "二〇二四年七月五日",
        ]
    )
    assert code == 0, capsys.readouterr().err
    doc = read_docx(out)
    assert [p.level for p in doc.paragraphs][:5] == [0, None, 1, 2, None]
    assert doc.paragraphs[-1].text == "2024年7月5日"
    assert doc.paragraphs[-2].text == "柳塘镇人民政府"
    assert "已导出" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--to", "x.pdf"], "--to must end in .docx"),
        (["--to", "x.docx", "--date", "下个月"], "无法识别的日期"),
        (["--to", "x.docx", "--title-font", " "], "bad font name"),
    ],
)
def test_bad_arguments_exit_2(tmp_path, draft, capsys, args, message, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert main(["export", str(draft), *args]) == 2
    err = capsys.readouterr().err
    assert message in err and err.count("\n") == 1


def test_export_refuses_to_overwrite_its_input(tmp_path, draft, capsys):
    src = tmp_path / "a.docx"
    assert main(["export", str(draft), "--to", str(src)]) == 0
    before = src.read_bytes()
    assert main(["export", str(src), "--to", str(src)]) == 2
    assert "must not be the input" in capsys.readouterr().err
    assert src.read_bytes() == before
    assert main(["export", str(tmp_path / "missing.txt"), "--to", str(tmp_path / "b.docx")]) == 2
    assert "找不到文件" in capsys.readouterr().err


def test_findings_csv_and_docx_for_a_batch(tmp_path, draft, capsys):
    second = tmp_path / "白沙镇.txt"
    second.write_text("白沙镇2024年工作总结\n全年招商引资**亿元。\n", encoding="utf-8")
    out_csv, out_docx = tmp_path / "意见.csv", tmp_path / "意见.docx"
    assert main(["export", "--findings", str(draft), str(second), "--to", str(out_csv)]) in (0, 1, 2)
    raw = out_csv.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # Excel needs the BOM to read UTF-8
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
    assert rows[0][:4] == ["文件", "行", "列", "类别"]
    assert {r[0] for r in rows[1:]} <= {str(draft), str(second)}
    assert main(["export", "--findings", str(draft), str(second), "--to", str(out_docx)]) == 0
    doc = read_docx(out_docx)
    assert doc.paragraphs[0].text == "校稿意见汇总（共 2 份文稿）" and doc.paragraphs[0].level == 0
    assert [p.text for p in doc.paragraphs if p.level == 1] == ["一、柳塘镇.txt", "二、白沙镇.txt"]


def _report() -> Report:
    text = "某县2024年工作总结\n全年完成投资X亿元，同比增长5%。\n本站小编整理"
    x, web = text.index("X"), text.index("本站")
    findings = (
        Finding(
            "placeholder.mask",
            "placeholder",
            "error",
            "“X”像是未替换的占位符。",
            x,
            x + 1,
            "X",
            "填写实际数值",
        ),
        Finding("webresidue.line", "web-residue", "warning", "网页残留文字。", web, web + 6, "本站小编整理"),
    )
    return Report(text, parse_outline(text), findings)


def test_findings_report_lists_each_finding():
    report = _report()
    doc = findings_document([("某县.txt", report)])
    assert doc.paragraphs[0].text == "关于《某县2024年工作总结》的校稿意见"
    assert doc.paragraphs[1].text == "共发现 2 处问题：错误 1 处，警告 1 处。"
    table = doc.blocks[2]
    assert [[cell[0].text for cell in row] for row in table.rows] == [
        ["序号", "位置", "类别", "原文", "问题及建议"],
        ["1", "第2行", "占位符未替换（错误）", "X", "“X”像是未替换的占位符。建议：填写实际数值"],
        ["2", "第3行", "网页残留（警告）", "本站小编整理", "网页残留文字。"],
    ]
    rows = list(csv.reader(io.StringIO(findings_csv([("某县.txt", report)]))))
    assert rows[1] == [
        "某县.txt",
        "2",
        "7",
        "占位符未替换",
        "错误",
        "placeholder.mask",
        "X",
        "“X”像是未替换的占位符。",
        "填写实际数值",
        "18",
        "19",
    ]
    assert len(rows) == 3


def test_findings_docx_file(tmp_path):
    out = tmp_path / "意见.docx"
    write_findings([("某县.txt", _report())], out)
    doc = read_docx(out)
    assert isinstance(doc.blocks[2], Table)
    assert doc.blocks[2].rows[1][3][0].text == "X"


def test_csv_cells_cannot_become_formulas():
    from jiaogao.core.findings_export import _safe_cell

    assert _safe_cell("=HYPERLINK(1)") == "'=HYPERLINK(1)" and _safe_cell("正文") == "正文"
