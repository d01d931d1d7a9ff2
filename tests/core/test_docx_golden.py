# SPDX-License-Identifier: MIT
"""The exported parts compared with reviewed reference files, printing a diff on any change.

After an intended change, regenerate with
``JIAOGAO_REGEN_GOLDEN=1 uv run pytest tests/core/test_docx_golden.py`` and review the diff of
tests/data/docx/golden/ before committing it.
"""

from __future__ import annotations

import difflib
import os
import zipfile
from pathlib import Path

import pytest
from jiaogao.core.docx_io import ExportOptions, write_docx
from jiaogao.core.model import Document, Paragraph, Run, Table
from lxml import etree

GOLDEN = Path(__file__).resolve().parent.parent / "data" / "docx" / "golden"
PARTS = ("word/document.xml", "word/styles.xml", "word/settings.xml", "word/footer1.xml", "word/footer2.xml")


def _small_report() -> Document:
    cell = lambda text: (Paragraph(text, in_table=True),)  # noqa: E731
    return Document(
        (
            Paragraph("石门乡2024年上半年工作总结", level=0),
            Paragraph(
                "上半年，全乡各项工作稳步推进。",
                runs=(Run("上半年，"), Run("全乡", bold=True), Run("各项工作稳步推进。")),
            ),
            Paragraph("一、主要成效", level=1),
            Paragraph("（一）产业发展", level=2),
            Paragraph("1.茶叶产业", level=3),
            Paragraph("（1）新建茶园800亩", level=4),
            Table(((cell("指标"), cell("完成")), (cell("茶园面积"), cell("800亩")))),
            Paragraph("（二）狠抓项目建设。实施项目5个，完成投资1.2亿元。"),
        )
    )


def _pretty(data: bytes) -> list[str]:
    root = etree.fromstring(data)
    return etree.tostring(root, pretty_print=True, encoding="unicode").splitlines()


@pytest.mark.parametrize("part", PARTS)
def test_export_matches_golden(tmp_path, part):
    out = tmp_path / "golden.docx"
    write_docx(_small_report(), out, ExportOptions(unit="石门乡人民政府", date="2024年7月5日"))
    with zipfile.ZipFile(out) as zf:
        actual = _pretty(zf.read(part))
    reference = GOLDEN / part.replace("word/", "")
    if os.environ.get("JIAOGAO_REGEN_GOLDEN"):
        reference.parent.mkdir(parents=True, exist_ok=True)
        reference.write_text("\n".join(actual) + "\n", encoding="utf-8")
    expected = reference.read_text(encoding="utf-8").splitlines()
    diff = "\n".join(difflib.unified_diff(expected, actual, str(reference), "exported", lineterm=""))
    assert actual == expected, diff
