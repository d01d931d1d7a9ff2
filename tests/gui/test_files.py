# SPDX-License-Identifier: MIT
"""保存/打开 in the editor: .jgd by default, nothing lossy without asking, failures lose nothing."""

from __future__ import annotations

import errno
import json
import os

import pytest
from jiaogao.core import atomic, native
from jiaogao.gui.blocks import snapshot
from PySide6.QtWidgets import QFileDialog, QMessageBox

from .conftest import DRAFT, load_text, wait_checked

pytestmark = pytest.mark.gui


@pytest.fixture
def warnings(monkeypatch):
    seen: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, title, text, *a, **k: seen.append((title, text)))
    return seen


@pytest.fixture
def save_dialog(monkeypatch):
    """Answer the save dialog with a queued path; record what it was asked."""
    calls: list[dict] = []
    answers: list[tuple[str, str]] = []

    def fake(_parent, caption, start, filters, *a, **k):
        calls.append({"caption": caption, "start": start, "filters": filters})
        return answers.pop(0) if answers else ("", "")

    monkeypatch.setattr(QFileDialog, "getSaveFileName", fake)
    return calls, answers


def _ignore_first(window, qtbot):
    wait_checked(qtbot, window)
    finding = next(f for f in window.visible_findings() if f.rule == "placeholder.mask")
    window.ignore_finding(finding)
    return finding


def test_jgd_round_trip_keeps_levels_formatting_and_ignores(window, qtbot, tmp_path, settings):
    load_text(window, DRAFT.replace("300余人次", "X人次"))
    finding = _ignore_first(window, qtbot)
    window.ignore_rule(finding.__class__("punctuation.double", "punctuation", "warning", "", 0, 0, ""))
    assert window.editor.document().isModified()  # ignoring is part of what a .jgd saves
    target = tmp_path / "草稿 一.jgd"
    assert window.save_to(str(target))
    assert not window.editor.document().isModified() and not window.isWindowModified()
    assert window.windowTitle().startswith("草稿 一.jgd")
    data = json.loads(target.read_text(encoding="utf-8"))
    assert data["format"] == "jiaogao-draft" and data["version"] == native.FORMAT_VERSION
    assert data["ignored_rules"] == ["punctuation.double"]
    assert data["ignored_findings"][0]["excerpt"] == "X"
    assert settings.ignores_for(str(target.resolve())) == {}  # not in QSettings any more
    levels = snapshot(window.editor.document()).levels
    window.new_document()
    assert window.open_path(str(target))
    assert window.editor.toPlainText() == DRAFT.replace("300余人次", "X人次")
    assert snapshot(window.editor.document()).levels == levels
    assert window.save_target == str(target.resolve())
    wait_checked(qtbot, window)
    assert all(f.rule != "placeholder.mask" for f in window.visible_findings())


def test_save_after_opening_txt_asks_for_a_jgd_and_leaves_the_txt(window, tmp_path, save_dialog):
    calls, answers = save_dialog
    src = tmp_path / "述职.txt"
    src.write_text("述职报告\n本人认真履职。\n", encoding="utf-8")
    assert window.open_path(str(src))
    window.editor.textCursor().insertText("新")
    answers.append((str(tmp_path / "述职.jgd"), "校稿文稿 (*.jgd)"))
    assert window.save()
    assert calls[0]["start"].endswith("述职.jgd") and calls[0]["filters"].startswith("校稿文稿 (*.jgd)")
    assert "纯文本 (*.txt)" in calls[0]["filters"]
    assert src.read_text(encoding="utf-8") == "述职报告\n本人认真履职。\n"
    assert native.load(tmp_path / "述职.jgd").document.text == "新述职报告\n本人认真履职。\n"
    window.editor.textCursor().insertText("再")
    assert window.save()  # now the .jgd is the target: no second question
    assert len(calls) == 1


def test_save_after_opening_docx_never_overwrites_it(window, tmp_path, save_dialog):
    from tests.hostile_files import good_docx

    calls, _answers = save_dialog
    src = tmp_path / "总结.docx"
    src.write_bytes(good_docx())
    assert window.open_path(str(src))
    window.editor.textCursor().insertText("改")
    assert not window.save()  # the dialog was cancelled
    assert calls and calls[0]["start"].endswith("总结.jgd")
    assert src.read_bytes() == good_docx()
    assert window.editor.document().isModified()


def test_save_as_txt_then_save_writes_txt(window, tmp_path, save_dialog):
    calls, answers = save_dialog
    load_text(window)
    answers.append((str(tmp_path / "纯文本"), "纯文本 (*.txt)"))
    assert window.save_as()
    target = tmp_path / "纯文本.txt"
    assert target.read_text(encoding="utf-8") == DRAFT + "\n"
    window.editor.textCursor().insertText("甲")
    assert window.save()
    assert target.read_text(encoding="utf-8") == "甲" + DRAFT + "\n"
    assert (tmp_path / "纯文本.txt.bak").read_text(encoding="utf-8") == DRAFT + "\n"
    assert len(calls) == 1


def _fail_replace(monkeypatch):
    def locked(_src, _dst):
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(atomic.os, "replace", locked)


def _fail_disk_full(monkeypatch):
    def full(_fd):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(atomic.os, "fsync", full)


def _fail_read_only_folder(monkeypatch):
    # Root ignores folder permissions, so the refusal is injected where the OS would give it.
    def refuse(*_a, **_k):
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(atomic.tempfile, "mkstemp", refuse)


def _fail_windows_lock(monkeypatch):
    def locked(_src, _dst):
        err = PermissionError(errno.EACCES, "The process cannot access the file")
        err.winerror = 32
        raise err

    monkeypatch.setattr(atomic.os, "replace", locked)


@pytest.mark.parametrize(
    ("inject", "words"),
    [
        (_fail_replace, "占用"),
        (_fail_windows_lock, "Word"),
        (_fail_disk_full, "磁盘空间不足"),
        (_fail_read_only_folder, "权限"),
        (None, "太长"),
    ],
    ids=["locked", "windows-lock", "disk-full", "read-only", "too-long"],
)
def test_failing_save_keeps_everything(window, tmp_path, monkeypatch, warnings, inject, words):
    target = tmp_path / "原稿.jgd"
    load_text(window)
    assert window.save_to(str(target))
    before = target.read_bytes()
    window.editor.textCursor().insertText("这一句不能丢。")
    if inject is not None:
        inject(monkeypatch)
    else:
        target = tmp_path / ("很长的文件名" * 60 + ".jgd")
    assert not window.save_to(str(target))
    [(title, text)] = warnings
    assert title == "保存失败" and words in text and "没有丢失" in text
    assert window.editor.toPlainText() == "这一句不能丢。" + DRAFT
    assert window.editor.document().isModified() and window.isWindowModified()
    assert "[*]" in window.windowTitle()
    if inject is not None:
        assert target.read_bytes() == before
    assert not [p for p in os.listdir(tmp_path) if p.endswith(".tmp")]


def test_close_asks_save_discard_cancel(window, tmp_path, monkeypatch, save_dialog):
    answers_box: list = []
    buttons = QMessageBox.StandardButton

    def question(_parent, title, text, choices, *a, **k):
        answers_box.append((title, text, choices))
        return answers_box_reply.pop(0)

    answers_box_reply = [buttons.Cancel, buttons.Save]
    monkeypatch.setattr(QMessageBox, "question", question)
    load_text(window)
    window.editor.textCursor().insertText("未保存")
    assert not window.close()  # 取消: the window stays
    assert window.isVisible() and window.editor.document().isModified()
    _title, text, choices = answers_box[0]
    assert "已修改" in text and choices == buttons.Save | buttons.Discard | buttons.Cancel
    _calls, answers = save_dialog
    answers.append((str(tmp_path / "关闭前.jgd"), "校稿文稿 (*.jgd)"))
    assert window.close()  # 保存 writes, then closes
    assert native.load(tmp_path / "关闭前.jgd").document.text.startswith("未保存")


def test_txt_ignores_still_kept_in_settings(window, tmp_path, qtbot, settings):
    src = tmp_path / "旧稿.txt"
    src.write_text("清水村工作总结\n培训X人。", encoding="utf-8")
    assert window.open_path(str(src))
    _ignore_first(window, qtbot)
    assert not window.editor.document().isModified()  # a .txt cannot hold them: nothing to save
    assert settings.ignores_for(str(src.resolve()))["findings"]
    window.new_document()
    assert window.open_path(str(src))
    assert window.ignores.findings


def test_preferences_change_the_autosave_interval(window, settings):
    from jiaogao.gui.prefsdialog import PreferencesDialog, _apply

    assert window.actions_["preferences"].text() == "首选项…"
    dialog = PreferencesDialog(settings, window)
    assert dialog.autosave.value() == 30
    dialog.autosave.setValue(90)
    _apply(window, dialog)
    assert settings.autosave_seconds == 90


def test_forced_report_type_travels_with_the_jgd(window, qtbot, tmp_path):
    load_text(window)
    window.report_type = "annual"
    assert window.save_to(str(tmp_path / "年度.jgd"))
    window.new_document()
    assert window.report_type is None
    assert window.open_path(str(tmp_path / "年度.jgd"))
    assert window.report_type == "annual" and window._check_options().report_type == "annual"
