# SPDX-License-Identifier: MIT
"""The window with the real core engine (parts skip until the rules they need have landed)."""

from __future__ import annotations

import pytest
from jiaogao.core.engine import check_text
from jiaogao.gui.resources import sample_path

from .conftest import DRAFT, insert_at_end_of, load_text

pytestmark = pytest.mark.gui


# Long enough that the section rules consider the draft finished.
LONG_DRAFT = DRAFT.replace(
    "带动农户增收。",
    "带动农户增收。全乡新建高标准农田1200亩，改造提升灌溉渠道6公里，粮食生产基础进一步夯实。"
    "依托柳河湿地资源，培育乡村旅游点4处，接待游客同比明显增加。"
    "深入开展人居环境整治，清理河道沟渠18公里，拆除危旧房屋23间，村容村貌持续改善。",
)


def _rule_landed(text: str, category: str) -> bool:
    return any(f.category == category for f in check_text(text).findings)


def test_sample_opens_with_outline(real_window, qtbot):
    assert real_window.open_path(sample_path(), ask=False)
    qtbot.waitUntil(real_window.report_current)
    labels = [i.text() for i in real_window.outline_pane.model.items()]
    assert labels[0] == "青石镇2024年上半年工作总结和下半年工作安排"
    assert "二、存在的问题" in labels
    assert real_window.words_label.text().startswith("字数：")


def test_typed_placeholder_found_by_real_rules(real_window, qtbot):
    probe = DRAFT.replace("组织党员集中学习8次", "组织党员集中学习8次，培训党员X人")
    if not _rule_landed(probe, "placeholder"):
        pytest.skip("placeholder rule not in this build yet")
    load_text(real_window)
    insert_at_end_of(qtbot, real_window, "组织党员集中学习8次", "，培训党员X人")
    placeholders = [f for f in real_window.visible_findings() if f.category == "placeholder"]
    assert [f.excerpt for f in placeholders] == ["X"]
    assert any(s.cursor.selectedText() == "X" for s in real_window.editor.extraSelections())


def test_missing_section_from_real_rules(real_window, qtbot):
    if not _rule_landed(LONG_DRAFT, "missing-section"):
        pytest.skip("missing-section rule not in this build yet")
    load_text(real_window, LONG_DRAFT)
    qtbot.waitUntil(real_window.report_current)
    ghosts = [i for i in real_window.outline_pane.model.items() if i.text().startswith("（缺）")]
    assert [g.text() for g in ghosts] == ["（缺）存在的问题"]
    real_window.outline_pane.view.activated.emit(ghosts[0].index())
    assert "二、存在的问题\n\n三、下半年工作打算" in real_window.editor.toPlainText()
    qtbot.waitUntil(real_window.report_current)
    assert not any(i.text().startswith("（缺）") for i in real_window.outline_pane.model.items())
