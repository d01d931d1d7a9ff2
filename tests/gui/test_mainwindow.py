# SPDX-License-Identifier: MIT
"""The editor window with a deterministic checker: outline, findings, underlines, actions."""

from __future__ import annotations

import gc
import weakref

import pytest
from jiaogao.gui.blocks import snapshot
from jiaogao.gui.outlinepane import ENTRY_ROLE
from PySide6.QtCore import QCoreApplication, QEvent, QMimeData
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QTextEdit

from .conftest import DRAFT, insert_at_end_of, load_text, wait_checked

pytestmark = pytest.mark.gui


def outline_labels(window) -> list[str]:
    return [item.text() for item in window.outline_pane.model.items()]


def finding_items(window):
    model = window.findings_pane.model
    out = []
    for r in range(model.rowCount()):
        head = model.item(r, 0)
        out.extend(head.child(c, 0) for c in range(head.rowCount()))
    return out


def test_typing_a_heading_updates_the_outline(window, qtbot):
    load_text(window)
    assert "（二）基层党建加强" in outline_labels(window)
    insert_at_end_of(qtbot, window, "覆盖党员300余人次。", "\n（三）文明创建深化")
    labels = outline_labels(window)
    assert labels.index("（三）文明创建深化") == labels.index("（二）基层党建加强") + 1
    # The new paragraph was typed after body text: Enter-free insertion leaves it body,
    # yet the outline (from the text) knows it is a heading.
    assert window.outline_pane.model.items()[0].text() == "柳河乡2025年上半年工作总结"


def test_placeholder_shows_in_pane_and_as_underline(window, qtbot):
    load_text(window)
    assert [i.text() for i in finding_items(window)] == ["缺少“存在的问题”部分"]
    insert_at_end_of(qtbot, window, "覆盖党员300余人次。", "培训入党积极分子X人。")
    items = finding_items(window)
    finding = items[0].data(ENTRY_ROLE)
    assert (finding.category, finding.excerpt) == ("placeholder", "X")
    assert window.findings_pane.model.item(0, 0).text() == "占位符未替换（1）"
    selections = window.editor.extraSelections()
    assert len(selections) == 1
    sel = selections[0]
    assert sel.cursor.selectedText() == "X"
    assert sel.format.underlineStyle() == sel.format.UnderlineStyle.SpellCheckUnderline
    assert sel.format.underlineColor().name() == "#d32f2f"
    assert window.count_label.text() == "错误 1 · 警告 1 · 提示 0"
    # Drawing findings never touches the document or its undo stack.
    window.editor.document().undo()
    assert "X人" not in window.editor.toPlainText()


def test_underline_positions_with_astral_characters(window, qtbot):
    load_text(window, "𠮷祥村2025年上半年工作总结\n😀全村培训党员X人。")
    sel = window.editor.extraSelections()[0]
    assert sel.cursor.selectedText() == "X"


def test_clicking_a_finding_selects_its_excerpt(window, qtbot):
    load_text(window, DRAFT.replace("组织党员集中学习8次", "组织党员集中学习X次，培训X人"))
    item = finding_items(window)[0]
    rect = window.findings_pane.view.visualRect(item.index())
    from PySide6.QtCore import Qt

    qtbot.mouseClick(window.findings_pane.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    cursor = window.editor.textCursor()
    assert cursor.selectedText() == "X"
    assert window.editor.toPlainText()[cursor.selectionEnd()] == "人"


def test_apply_suggestion_is_undoable(window, qtbot):
    load_text(window, DRAFT.replace("有序推进。", "有序推进。。"))
    finding = next(f for f in window.visible_findings() if f.rule == "punctuation.double")
    window.apply_suggestion(finding)
    assert "有序推进。。" not in window.editor.toPlainText()
    assert "有序推进。" in window.editor.toPlainText()
    wait_checked(qtbot, window)
    assert all(f.rule != "punctuation.double" for f in window.visible_findings())
    window.editor.undo()
    assert "有序推进。。" in window.editor.toPlainText()


def test_ignored_finding_stays_ignored_after_recheck_and_edits(window, qtbot):
    load_text(window, DRAFT.replace("带动农户增收", "带动农户X人增收"))
    finding = next(f for f in window.visible_findings() if f.category == "placeholder")
    window.ignore_finding(finding)
    assert not window.editor.extraSelections()
    assert all(f.category != "placeholder" for f in window.visible_findings())
    # An edit elsewhere shifts every offset; the ignore still holds after the re-check.
    cursor = QTextCursor(window.editor.document())
    cursor.insertText("（草稿）")
    wait_checked(qtbot, window)
    assert all(f.category != "placeholder" for f in window.visible_findings())
    # A new placeholder elsewhere is still reported.
    insert_at_end_of(qtbot, window, "确保粮食播种面积稳定。", "新增X个示范点。")
    assert [f.excerpt for f in window.visible_findings() if f.category == "placeholder"] == ["X"]
    window.ignore_rule(
        window.visible_findings()[0]
        if window.visible_findings()[0].category == "placeholder"
        else next(f for f in window.visible_findings() if f.category == "placeholder")
    )
    assert all(f.category != "placeholder" for f in window.visible_findings())


def test_missing_section_node_inserts_the_heading(window, qtbot):
    load_text(window)
    ghost = next(i for i in window.outline_pane.model.items() if i.data(ENTRY_ROLE).kind == "missing")
    assert ghost.text() == "（缺）存在的问题"
    # It sits before the plan section, where it will be inserted.
    assert (
        ghost.row()
        == window.outline_pane.model.indexFromItem(
            next(i for i in window.outline_pane.model.items() if i.text() == "二、下半年工作打算")
        ).row()
        - 1
    )
    window.outline_pane.view.activated.emit(ghost.index())
    text = window.editor.toPlainText()
    assert "二、存在的问题\n\n三、下半年工作打算" in text
    wait_checked(qtbot, window)
    assert "missing" not in [i.data(ENTRY_ROLE).kind for i in window.outline_pane.model.items()]
    snap = snapshot(window.editor.document())
    lines = snap.text.split("\n")
    assert snap.levels[lines.index("二、存在的问题")] == 1
    window.editor.undo()
    assert window.editor.toPlainText() == DRAFT


def test_missing_section_goes_before_signature_when_last(window, qtbot):
    load_text(window, DRAFT.replace("二、下半年工作打算\n（一）抓好秋粮生产\n确保粮食播种面积稳定。\n", ""))
    ghost = next(i for i in window.outline_pane.model.items() if i.data(ENTRY_ROLE).kind == "missing")
    window.insert_missing_section(ghost.data(ENTRY_ROLE))
    assert window.editor.toPlainText().endswith("二、存在的问题\n\n柳河乡人民政府\n2025年7月8日")


def test_move_section_down_and_up(window, qtbot):
    load_text(window)
    heads = window._report.outline.headings
    index = next(i for i, h in enumerate(heads) if h.heading == "产业发展提速")
    window.move_section(index, +1)
    text = window.editor.toPlainText()
    assert text.index("（一）基层党建加强") < text.index("（二）产业发展提速")
    assert text.index("覆盖党员300余人次。") < text.index("（二）产业发展提速") < text.index("带动农户增收")
    window.editor.undo()
    assert window.editor.toPlainText() == DRAFT


def test_level_combo_and_enter_after_heading(window, qtbot):
    from PySide6.QtCore import Qt

    load_text(window)
    insert_at_end_of(qtbot, window, "确保粮食播种面积稳定。", "")
    window.editor.set_level(2)
    assert window.level_combo.currentText() == "二级"
    cursor = window.editor.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
    window.editor.setTextCursor(cursor)
    qtbot.keyClick(window.editor, Qt.Key.Key_Return)
    assert window.editor.current_level() is None
    assert window.level_combo.currentText() == "正文"


def test_paste_keeps_paragraphs_and_drops_styles(window, qtbot):
    load_text(window, "测试\n")
    cursor = window.editor.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.End)
    window.editor.setTextCursor(cursor)
    mime = QMimeData()
    mime.setHtml(
        '<p style="color:red;font-size:40pt"><b>一、招商引资</b></p><p>签约项目<img src="a.png">6个。</p>'
    )
    window.editor.insertFromMimeData(mime)
    snap = snapshot(window.editor.document())
    assert snap.text == "测试\n一、招商引资\n签约项目6个。"
    assert snap.levels[1:] == (1, None)
    doc = window.current_document()
    assert all(not r.bold for p in doc.paragraphs for r in p.runs)


def test_find_and_replace_all_is_one_undo_step(window, qtbot):
    load_text(window)
    dialog = window.show_find(replace=True)
    dialog.find_edit.setText("柳河乡")
    dialog.replace_edit.setText("柳溪乡")
    assert dialog.replace_all() == 3
    assert "柳河乡" not in window.editor.toPlainText()
    window.editor.undo()
    assert window.editor.toPlainText() == DRAFT


def test_save_txt_and_reopen(window, tmp_path):
    load_text(window)
    path = tmp_path / "草稿.txt"
    assert window.save_to(str(path))
    assert path.read_text(encoding="utf-8") == DRAFT + "\n"
    assert window.open_path(str(path))
    assert window.editor.toPlainText() == DRAFT + "\n"
    assert window.settings.recent_files[0] == str(path.resolve())


def test_open_unreadable_file_warns_and_keeps_text(window, tmp_path, monkeypatch):
    load_text(window)
    seen = []
    from PySide6.QtWidgets import QMessageBox

    monkeypatch.setattr(QMessageBox, "warning", lambda *a: seen.append(a[2]))
    assert not window.open_path(str(tmp_path / "无此文件.txt"))
    assert "找不到文件" in seen[0]
    assert window.editor.toPlainText() == DRAFT


def test_template_lays_out_sections(window, monkeypatch):
    from PySide6.QtWidgets import QInputDialog

    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: ("上半年工作总结", True))
    window.new_from_template()
    snap = snapshot(window.editor.document())
    lines = snap.text.split("\n")
    assert lines[0] == "上半年工作总结" and snap.levels[0] == 0
    assert lines[1] == "一、上半年工作开展情况" and snap.levels[1] == 1
    assert "二、存在的问题" in lines and "三、下半年工作打算" in lines


def test_layout_remembered(qtbot, settings):
    from jiaogao.gui.mainwindow import MainWindow

    from .conftest import fake_check, run_now

    w = MainWindow(settings, check=fake_check, executor=run_now, delay_ms=0)
    qtbot.addWidget(w)
    w.show()
    w.findings_dock.hide()
    w.close()
    w2 = MainWindow(settings, check=fake_check, executor=run_now, delay_ms=0)
    qtbot.addWidget(w2)
    w2.show()
    assert not w2.findings_dock.isVisible()
    assert w2.outline_dock.isVisible()


def test_find_dialog_is_freed_on_close(window, qtbot):
    dialog = window.show_find()
    ref = weakref.ref(dialog)
    dialog.close()
    del dialog
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()
    qtbot.waitUntil(lambda: ref() is None)
    assert window.find_dialog is None


def test_extra_selection_type():
    assert QTextEdit.ExtraSelection is not None
