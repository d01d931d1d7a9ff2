# SPDX-License-Identifier: MIT
"""Editor details: heading detection on Enter, outline jumps, visible-only underlines, severity filter."""

from __future__ import annotations

import pytest
from jiaogao.gui.blocks import snapshot
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor

from .conftest import DRAFT, load_text, wait_checked

pytestmark = pytest.mark.gui


def test_enter_after_a_numbered_line_makes_it_a_heading(window, qtbot):
    load_text(window, "桥头镇2024年工作总结\n")
    cursor = window.editor.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.End)
    window.editor.setTextCursor(cursor)
    window.editor.textCursor().insertText("三、明年工作打算")
    qtbot.keyClick(window.editor, Qt.Key.Key_Return)
    snap = snapshot(window.editor.document())
    assert snap.text == "桥头镇2024年工作总结\n三、明年工作打算\n"
    assert snap.levels == (0, 1, None)
    window.editor.undo()  # Enter and the level it gave are one step
    assert snapshot(window.editor.document()).levels == (0, None)


def test_clicking_an_outline_heading_jumps_there(window, qtbot):
    load_text(window)
    item = next(i for i in window.outline_pane.model.items() if i.text() == "二、下半年工作打算")
    rect = window.outline_pane.view.visualRect(item.index())
    qtbot.mouseClick(window.outline_pane.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    block = window.editor.textCursor().block()
    assert block.text() == "二、下半年工作打算"
    # Moving the cursor elsewhere moves the outline selection along.
    cursor = window.editor.document().find("覆盖党员")
    window.editor.setTextCursor(cursor)
    current = window.outline_pane.model.entry(window.outline_pane.view.currentIndex())
    assert window._report.outline.headings[current.index].heading == "基层党建加强"


def test_underlines_only_for_visible_text_and_follow_scrolling(window, qtbot):
    body = "\n".join(f"第{i}项工作稳步推进，群众满意度持续提升。" for i in range(400))
    load_text(window, f"石桥镇工作总结\n培训X人。\n{body}\n新增X个网点。")
    wait_checked(qtbot, window)
    assert [s.cursor.selectedText() for s in window.editor.extraSelections()] == ["X"]
    assert window.editor.extraSelections()[0].cursor.selectionStart() < 20
    bar = window.editor.verticalScrollBar()
    bar.setValue(bar.maximum())
    sels = window.editor.extraSelections()
    assert len(sels) == 1 and sels[0].cursor.selectionStart() > 1000


def test_severity_filter_hides_warnings(window, qtbot):
    load_text(window, DRAFT.replace("有序推进。", "有序推进。。").replace("8次", "X次，培训X人"))

    def shown():
        return [f.severity for f in window.findings_pane.model.finding_rows()]

    assert sorted(shown()) == ["error", "warning", "warning"]
    window.findings_pane.filter_box.setCurrentIndex(2)  # 仅错误
    assert shown() == ["error"]
    window.findings_pane.filter_box.setCurrentIndex(0)
    assert len(shown()) == 3
