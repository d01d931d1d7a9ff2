# SPDX-License-Identifier: MIT
from __future__ import annotations

import pytest
from jiaogao.core.model import Document, Paragraph, Run
from jiaogao.gui.blocks import load_document, snapshot, to_document
from jiaogao.gui.checkrunner import word_count
from PySide6.QtGui import QTextDocument

pytestmark = pytest.mark.gui


def test_levels_inferred_on_load_and_kept_in_blocks(qtbot):
    doc = QTextDocument()
    load_document(
        doc, Document.from_text("双桥镇2023年工作总结\n一、主要工作\n（一）抓党建\n全年发展党员5名。")
    )
    snap = snapshot(doc)
    assert snap.text == "双桥镇2023年工作总结\n一、主要工作\n（一）抓党建\n全年发展党员5名。"
    assert snap.levels == (0, 1, 2, None)
    assert not doc.isModified()
    assert not doc.isUndoAvailable()


def test_to_document_keeps_runs_and_levels(qtbot):
    doc = QTextDocument()
    para = Paragraph("重点抓好防汛工作", runs=(Run("重点", bold=True), Run("抓好防汛工作")))
    load_document(doc, Document((Paragraph("述职报告", level=0), para)))
    out = to_document(doc)
    assert [p.level for p in out.paragraphs] == [0, None]
    assert out.paragraphs[1].runs == (Run("重点", bold=True), Run("抓好防汛工作"))
    assert out.text == "述职报告\n重点抓好防汛工作"


def test_word_count_like_word():
    # 上半年完成 5, GDP 1, 12.5 1, 亿元 2, 。1
    assert word_count("上半年完成GDP 12.5亿元。") == 10
    assert word_count("Hello world") == 2
    assert word_count("𠮷") == 1
    assert word_count("") == 0
