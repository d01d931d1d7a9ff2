# SPDX-License-Identifier: MIT
"""Start-up choices, drag and drop, zoom and the status bar."""

from __future__ import annotations

import pytest
from jiaogao.gui.app import _open_initial
from jiaogao.gui.resources import sample_path
from PySide6.QtCore import QMimeData, QUrl

from .conftest import DRAFT, load_text, wait_checked

pytestmark = pytest.mark.gui


def test_first_run_opens_the_sample_then_the_last_file(window, settings, qtbot, tmp_path):
    _open_initial(window, settings, [], sample_path())
    assert window.path and window.path.endswith("sample-halfyear.txt")
    assert settings.first_run_done
    draft = tmp_path / "述职.txt"
    draft.write_text("述职报告\n本人任职以来认真履职。", encoding="utf-8")
    _open_initial(window, settings, [str(draft)], sample_path())
    assert window.editor.toPlainText() == "述职报告\n本人任职以来认真履职。"
    window.new_document()
    _open_initial(window, settings, [], sample_path())
    assert window.path == str(draft.resolve())


def test_dropping_a_file_on_the_editor_opens_it(window, tmp_path, qtbot):
    load_text(window)
    draft = tmp_path / "拖入.txt"
    draft.write_text("清水村2024年工作总结\n全村完成改厕120户。", encoding="utf-8")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(draft))])
    window.editor.insertFromMimeData(mime)
    assert window.editor.toPlainText() == "清水村2024年工作总结\n全村完成改厕120户。"
    assert window.path == str(draft.resolve())


def test_status_bar_counts_and_zoom(window, qtbot):
    load_text(window, "清水村工作总结\n完成X人培训。")
    wait_checked(qtbot, window)
    assert window.words_label.text() == "字数：14"
    assert window.count_label.text() == "错误 1 · 警告 0 · 提示 0"
    assert window.state_label.text() == "已检查"
    window.editor.zoom_in()
    assert window.zoom_label.text() == "110%"
    assert window.settings.zoom == 110
    # Zoom is a view setting: the document and its undo stack are untouched.
    assert not window.editor.document().isModified()
    assert window.editor.toPlainText() == "清水村工作总结\n完成X人培训。"


def test_fresh_window_is_not_modified(window):
    assert not window.editor.document().isModified()
    assert not window.isWindowModified()


def test_unsaved_changes_prompt_can_cancel(window, qtbot, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    load_text(window)
    window.editor.textCursor().insertText("改")
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Cancel)
    window.new_document()
    assert window.editor.toPlainText() == "改" + DRAFT


def test_export_word_writes_a_docx_with_the_levels(window, qtbot, tmp_path, monkeypatch):
    pytest.importorskip("jiaogao.core.docx_io")
    from jiaogao.core.textio import read_document
    from PySide6.QtWidgets import QFileDialog

    load_text(window)
    target = tmp_path / "导出.docx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window.export_word()
    doc = read_document(target)
    assert [p.text for p in doc.paragraphs][:3] == DRAFT.split("\n")[:3]
    assert doc.paragraphs[0].level == 0
    # And the exported file opens in the editor with its levels.
    assert window.open_path(str(target))
    from jiaogao.gui.blocks import snapshot

    levels = snapshot(window.editor.document()).levels
    assert levels[0] == 0 and levels[2] == 1
