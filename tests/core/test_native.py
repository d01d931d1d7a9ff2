# SPDX-License-Identifier: MIT
import json

import pytest
from jiaogao.core import native
from jiaogao.core.model import Document, Paragraph, Run, Table
from jiaogao.core.native import NativeFile
from jiaogao.core.textio import ReadError, read_document

pytestmark = pytest.mark.core


def _doc() -> Document:
    return Document(
        (
            Paragraph("溪南街道2022年工作总结", level=0),
            Paragraph("一、主要工作", level=1),
            Paragraph(
                "全年新增就业486人。",
                runs=(Run("全年新增就业"), Run("486", bold=True), Run("人。", underline=True)),
            ),
            Table(
                (
                    ((Paragraph("指标", in_table=True),), (Paragraph("数值", in_table=True),)),
                    ((Paragraph("就业", in_table=True),), (Paragraph("486人", in_table=True),)),
                )
            ),
            Paragraph("𠮷祥村 😀 完成改厕120户。"),
        )
    )


def test_round_trip_is_lossless(tmp_path):
    nf = NativeFile(
        _doc(),
        "annual",
        [{"rule": "placeholder.mask", "excerpt": "X", "before": "培训", "after": "人"}],
        ["punctuation.halfwidth"],
        {"source": "草稿.docx"},
    )
    path = tmp_path / "草稿 一.jgd"
    native.save(nf, path)
    back = native.load(path)
    assert back.document.blocks == nf.document.blocks
    assert back.document.text == nf.document.text
    assert back.report_type == "annual"
    assert back.ignored_findings == nf.ignored_findings
    assert back.ignored_rules == ["punctuation.halfwidth"]
    assert read_document(path).text == nf.document.text


def test_newer_version_is_refused_with_a_message(tmp_path):
    data = json.loads(native.dumps(NativeFile(_doc())))
    data["version"] = native.FORMAT_VERSION + 1
    path = tmp_path / "new.jgd"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(ReadError, match="较新版本"):
        native.load(path)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("{not json", "损坏"),
        ('{"format": "other", "version": 1}', "不是校稿"),
        ('{"format": "jiaogao-draft", "version": "x"}', "版本号"),
        ('{"format": "jiaogao-draft", "version": 1, "blocks": [{"no_text": 1}]}', "损坏"),
        ("[" * 100000, "损坏"),
    ],
)
def test_broken_files(tmp_path, content, message):
    path = tmp_path / "bad.jgd"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ReadError, match=message):
        native.load(path)
