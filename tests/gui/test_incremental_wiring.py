# SPDX-License-Identifier: MIT
"""The live check path with incremental checking: the worker process keeps its piece caches
between checks, only plain data crosses to it, and every report equals a fresh check."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from jiaogao.core.checks.base import CheckOptions
from jiaogao.core.engine import check_document
from jiaogao.core.incremental import caching, uncached
from jiaogao.core.model import Document, Paragraph, Table
from jiaogao.gui.blocks import Snapshot
from jiaogao.gui.checkrunner import default_check
from jiaogao.gui.wordcount import check_lines, plain_lines, report_from_rows, word_count

pytestmark = pytest.mark.gui

DRAFT = """东岭街道2024年上半年工作总结
上半年，东岭街道围绕年初确定的目标任务，统筹抓好发展和稳定各项工作。
一、主要工作
（一）经济指标。上半年完成一般公共预算收入4860万元，占全年任务9500万元的51.2%。
（二）城市管理。整治背街小巷23条，新增停车泊位640个，拆除违法建筑1.2万平方米。
（三）社会事业。新增城镇就业1150人，发放各类救助资金213万元。
二、存在问题
一是经济增长后劲不足。二是老旧小区改造任务重。
三、下半年工作打算
（一）全力抓好财税征收，确保完成全年任务。
（二）推进老旧小区改造8个，惠及居民2300户。"""


REPEATED = "整治背街小巷23条，新增停车泊位640个，拆除违法建筑1.2万平方米。"


def fresh(doc: Document):
    with uncached():
        return check_document(doc)


def snapshot_doc(text: str, levels: tuple[int | None, ...] | None = None) -> Document:
    lines = text.split("\n")
    return Snapshot(text, levels or (None,) * len(lines)).document()


def test_the_editor_snapshot_travels_as_text_and_levels():
    levels = (0, None, 1, 2, 2, 2, 1, None, 1, 2, 2)
    doc = snapshot_doc(DRAFT, levels)
    assert plain_lines(doc) == levels
    outline, rows, words = check_lines(doc.text, levels, CheckOptions())
    assert report_from_rows(doc.text, outline, rows) == fresh(doc)
    assert words == word_count(DRAFT)


def test_a_document_with_more_than_lines_goes_whole():
    cell = (Paragraph("单位"),)
    assert plain_lines(Document((Paragraph("标题"), Table(((cell,),))))) is None
    assert plain_lines(Document((Paragraph("一、概况", style="Heading 1"),))) is None


def test_the_in_thread_check_reuses_pieces_and_equals_a_fresh_check():
    default_check(snapshot_doc(DRAFT), CheckOptions())
    edited = DRAFT.replace("1150人", "1105人").replace("整治背街小巷23条，", "")
    doc = snapshot_doc(edited)
    assert default_check(doc, CheckOptions()) == fresh(doc)


def test_the_worker_process_keeps_checking_edits_exactly(qtbot):
    from jiaogao.gui.checkprocess import ProcessChecker

    checker = ProcessChecker()
    texts = [
        DRAFT,
        DRAFT.replace("4860万元", "4680万元"),  # a figure retyped
        DRAFT.replace("（三）社会事业。", "（三）社会事业。" + REPEATED),  # a sentence pasted twice
    ]
    try:
        for text in texts:
            doc = snapshot_doc(text)
            report, words = checker(doc, CheckOptions())
            assert report == fresh(doc)
            assert words == word_count(text)
    finally:
        checker.shutdown()
    assert any(f.category == "duplicate" for f in report.findings)  # the pasted repeat was seen


@settings(max_examples=80, deadline=None)
@given(st.text(alphabet="ab1.'’ 中文，。\n\u3000ＡＢ１２x", max_size=60))
def test_the_line_by_line_word_count_equals_one_count_of_the_whole(text):
    whole = word_count(text)
    with caching():
        assert word_count(text) == whole
        assert word_count(text) == whole  # and again, from the cache
