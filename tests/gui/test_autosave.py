# SPDX-License-Identifier: MIT
"""Autosave to the recovery folder, and restoring from it, inside one process."""

from __future__ import annotations

import json
import os

import pytest
from jiaogao.core.atomic import SaveError
from jiaogao.core.model import Document
from jiaogao.core.native import NativeFile
from jiaogao.core.recovery import RecoveryStore
from jiaogao.gui.autosave import restore_entry
from jiaogao.gui.recoverydialog import RecoveryDialog, offer_recovery
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from .conftest import DRAFT, fake_check, load_text, run_now, wait_checked

pytestmark = pytest.mark.gui

EXACT = "桃源乡2024年上半年工作总结\n一、工作开展情况\n\n  完成植树造林1200亩。𠮷😀\t（尾部空格）  "


@pytest.fixture
def store(tmp_path):
    return RecoveryStore(tmp_path / "recovery")


@pytest.fixture
def awindow(qtbot, settings, store):
    from jiaogao.gui.mainwindow import MainWindow

    w = MainWindow(settings, check=fake_check, executor=run_now, delay_ms=0, recovery=store)
    qtbot.addWidget(w)
    w.show()
    yield w
    w.editor.document().setModified(False)
    w.autosaver.close_clean()


def _copies(store):
    return store.entries()


def test_unmodified_document_is_not_copied(awindow, store):
    load_text(awindow)
    assert not awindow.autosaver.autosave()
    awindow.autosaver.wait()
    assert _copies(store) == []


def test_edit_then_autosave_writes_the_exact_text_and_original(awindow, store, tmp_path):
    src = tmp_path / "原稿.txt"
    src.write_text("旧", encoding="utf-8")
    assert awindow.open_path(str(src))
    awindow.editor.selectAll()
    awindow.editor.textCursor().insertText(EXACT)
    assert awindow.autosaver.autosave()
    awindow.autosaver.wait()
    [entry] = _copies(store)
    assert entry.original == str(src.resolve()) and entry.pid == os.getpid()
    assert store.load(entry).document.text == awindow.editor.toPlainText()
    assert not awindow.autosaver.autosave()  # nothing new since
    assert awindow.autosaver.serialise_ms >= 0


def test_focus_loss_and_timer_trigger_autosave(awindow, store, qtbot):
    load_text(awindow)
    awindow.editor.textCursor().insertText("甲")
    QApplication.instance().applicationStateChanged.emit(Qt.ApplicationState.ApplicationInactive)
    awindow.autosaver.wait()
    assert store.load(_copies(store)[0]).document.text.startswith("甲")
    awindow.editor.textCursor().insertText("乙")
    awindow.autosaver.set_interval(1)
    qtbot.waitUntil(
        lambda: bool(_copies(store)) and store.load(_copies(store)[0]).document.text.startswith("甲乙"),
        timeout=15000,
    )


def test_save_and_clean_close_remove_the_copy(awindow, store, tmp_path):
    load_text(awindow)
    awindow.editor.textCursor().insertText("丙")
    awindow.autosaver.autosave()
    awindow.autosaver.wait()
    assert _copies(store)
    assert awindow.save_to(str(tmp_path / "存.jgd"))
    awindow.autosaver.wait()
    assert _copies(store) == []
    awindow.editor.textCursor().insertText("丁")
    awindow.autosaver.autosave()
    awindow.autosaver.wait()
    assert _copies(store)
    awindow.editor.document().setModified(False)  # as after 不保存
    awindow.autosaver.close_clean()
    assert _copies(store) == []


def test_restore_gives_exact_text_dirty_with_original_path(awindow, store, qtbot):
    store.save(
        "dead0001",
        NativeFile(
            Document.from_text(EXACT),
            None,
            [{"rule": "placeholder.mask", "excerpt": "X", "before": "", "after": ""}],
        ),
        "/home/文员/草稿 2.docx",
    )
    [entry] = store.entries()
    assert restore_entry(awindow, entry)
    assert awindow.editor.toPlainText() == EXACT
    assert awindow.editor.document().isModified() and "[*]" in awindow.windowTitle()
    assert awindow.isWindowModified()
    assert awindow.path == "/home/文员/草稿 2.docx" and awindow.save_target is None
    assert awindow.ignores.findings
    awindow.autosaver.wait()
    [again] = store.entries()  # the copy is now this process's, under the same key
    assert again.key == "dead0001" and again.pid == os.getpid()


def test_offer_recovery_choices(awindow, store):
    for key in ("aaa", "bbb"):
        store.save(key, NativeFile(Document.from_text(f"文稿{key}")), None)
    assert not offer_recovery(awindow, store, lambda entries: ("later", entries[0]))
    assert len(store.entries()) == 2
    assert not offer_recovery(
        awindow,
        store,
        lambda entries: ("discard", entries[0]) if len(entries) == 2 else ("later", None),
        confirm=False,
    )
    [left] = store.entries()
    assert offer_recovery(awindow, store, lambda entries: ("restore", entries[0]))
    assert awindow.editor.toPlainText() == f"文稿{left.key}"


def test_damaged_copy_gives_a_message(awindow, store, monkeypatch):
    seen = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, title, text, *a, **k: seen.append(text))
    store.save("bad", NativeFile(Document.from_text("x")), None)
    (store.folder / "bad.jgd").write_text("{", encoding="utf-8")
    assert not restore_entry(awindow, store.entries()[0])
    assert "损坏" in seen[0]


def test_dialog_lists_name_folder_and_time(qtbot, store):
    store.save("k1", NativeFile(Document.from_text("甲")), "/稿件/乡镇 总结.jgd")
    store.save("k2", NativeFile(Document.from_text("乙")), None)
    dialog = RecoveryDialog(store.entries())
    qtbot.addWidget(dialog)
    rows = [[dialog.tree.topLevelItem(i).text(c) for c in range(3)] for i in range(2)]
    names = sorted(r[0] for r in rows)
    assert names == ["乡镇 总结.jgd", "未命名文档"]
    assert all(r[2].startswith("20") for r in rows)
    assert sorted(b.text() for b in dialog.findChildren(QPushButton)) == sorted(["恢复", "丢弃", "稍后"])
    dialog.tree.setCurrentItem(dialog.tree.topLevelItem(1))
    dialog._choose("restore")
    assert dialog.choice == ("restore", dialog.entries[1])


def test_autosave_failure_warns_once_and_keeps_the_text(awindow, store, monkeypatch, qtbot):
    seen = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, title, text, *a, **k: seen.append((title, text)))

    def full(*_a, **_k):
        raise SaveError("磁盘空间不足，文件没有保存。")

    monkeypatch.setattr(store, "save", full)
    load_text(awindow)
    awindow.editor.textCursor().insertText("戊")
    awindow.autosaver.autosave()
    qtbot.waitUntil(lambda: bool(seen), timeout=10000)
    assert seen[0][0] == "自动保存失败" and "磁盘空间不足" in seen[0][1]
    awindow.autosaver.autosave()
    awindow.autosaver.wait()
    qtbot.wait(50)
    assert len(seen) == 1  # once in a box, then only in the status bar
    assert awindow.editor.toPlainText().startswith("戊") and awindow.editor.document().isModified()


def test_recovery_json_names_the_pid(store):
    store.save("k", NativeFile(Document.from_text("己")), None)
    info = json.loads((store.folder / "k.json").read_text(encoding="utf-8"))
    assert info["pid"] == os.getpid()


def test_window_without_store_has_no_autosaver(window):
    load_text(window, DRAFT)
    assert window.autosaver is None
    window.close()


def test_check_still_runs_after_restore(awindow, store, qtbot):
    store.save("k", NativeFile(Document.from_text("清水村工作总结\n培训X人。")), None)
    assert restore_entry(awindow, store.entries()[0])
    wait_checked(qtbot, awindow)
    assert [f.excerpt for f in awindow.visible_findings()] == ["X"]
