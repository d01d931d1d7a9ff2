# SPDX-License-Identifier: MIT
"""Hostile and broken files opened in the editor: a Chinese message, and the window carries on."""

from __future__ import annotations

import json

import pytest
from jiaogao.core.textio import MAX_TEXT_BYTES
from PySide6.QtWidgets import QMessageBox

from tests.hostile_files import HOSTILE, good_docx

from .conftest import DRAFT, load_text, wait_checked

pytestmark = pytest.mark.gui


@pytest.fixture(scope="module")
def hostile_dir(tmp_path_factory):
    folder = tmp_path_factory.mktemp("hostile-gui") / "带 空格 的目录"
    folder.mkdir()
    for name, (make, _) in HOSTILE.items():
        (folder / name).write_bytes(make())
    return folder


@pytest.fixture
def warnings(monkeypatch):
    seen: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, title, text, *a, **k: seen.append((title, text)))
    return seen


def _still_usable(window, qtbot) -> None:
    assert window.editor.toPlainText() == DRAFT
    assert not window.editor.document().isModified()
    window.editor.textCursor().insertText("培训X人。")
    wait_checked(qtbot, window)
    assert "X" in [f.excerpt for f in window.visible_findings()]


@pytest.mark.parametrize("name", list(HOSTILE))
def test_hostile_file_shows_its_message(window, qtbot, hostile_dir, warnings, name):
    load_text(window)
    assert not window.open_path(str(hostile_dir / name))
    [(title, text)] = warnings
    assert title == "无法打开"
    assert text.startswith(name + "：") and HOSTILE[name][1] in text
    assert "Traceback" not in text
    _still_usable(window, qtbot)


JGD_CASES = {
    "损坏.jgd": (b"{not json", "损坏"),
    "别的格式.jgd": (json.dumps({"format": "other", "version": 1}).encode(), "不是校稿"),
    "新版本.jgd": (json.dumps({"format": "jiaogao-draft", "version": 99, "blocks": []}).encode(), "较新版本"),
    "非UTF8.jgd": ('{"format": "jiaogao-draft"}'.encode("utf-16"), "UTF-8"),
    "嵌套.jgd": (b"[" * 100000, "损坏"),
}


@pytest.mark.parametrize("name", list(JGD_CASES))
def test_broken_jgd_shows_its_message(window, qtbot, tmp_path, warnings, name):
    data, words = JGD_CASES[name]
    (tmp_path / name).write_bytes(data)
    load_text(window)
    assert not window.open_path(str(tmp_path / name))
    assert words in warnings[0][1]
    _still_usable(window, qtbot)


def test_a_50_mb_text_is_refused_without_reading_it(window, qtbot, tmp_path, warnings):
    big = tmp_path / "巨大 文件.txt"
    with open(big, "wb") as fh:  # sparse: the size alone must refuse it
        fh.truncate(50 * 1024 * 1024)
    assert big.stat().st_size > MAX_TEXT_BYTES
    load_text(window)
    assert not window.open_path(str(big))
    assert "太大" in warnings[0][1] and "50 MB" in warnings[0][1]
    _still_usable(window, qtbot)


def test_missing_file_and_folder(window, qtbot, tmp_path, warnings):
    load_text(window)
    assert not window.open_path(str(tmp_path / "不存在.txt"))
    (tmp_path / "文件夹.docx").mkdir()
    assert not window.open_path(str(tmp_path / "文件夹.docx"))
    assert "找不到" in warnings[0][1] and "文件夹" in warnings[1][1]
    _still_usable(window, qtbot)


def test_reader_bug_is_a_message_not_a_crash(window, qtbot, tmp_path, warnings, monkeypatch):
    import jiaogao.core.textio as textio

    def broken(_path):
        raise ValueError("bug")

    monkeypatch.setattr(textio, "read_document", broken)
    (tmp_path / "a.txt").write_text("甲", encoding="utf-8")
    load_text(window)
    assert not window.open_path(str(tmp_path / "a.txt"))
    assert "ValueError" in warnings[0][1]
    _still_usable(window, qtbot)


def test_chinese_path_with_spaces_opens(window, tmp_path):
    folder = tmp_path / "二〇二四 年 材料"
    folder.mkdir()
    (folder / "上半年 总结.docx").write_bytes(good_docx())
    assert window.open_path(str(folder / "上半年 总结.docx"))
    assert window.editor.toPlainText() == "柳河镇2023年工作总结\n一、主要工作"


def test_a_large_allowed_text_loads_and_checks_off_the_gui_thread(qtbot, settings, tmp_path):
    """About 1 MB (the 5 MB figure is in bench/autosave_speed): the editor takes it whole."""
    import threading

    from jiaogao.gui.mainwindow import MainWindow

    threads: list[str] = []

    def check(doc, options):
        from .conftest import fake_check

        threads.append(threading.current_thread().name)
        return fake_check(doc, options)

    line = "全镇完成植树造林1200亩，新建村级道路15公里，带动农户增收。"
    text = "柳河镇工作总结\n" + "\n".join(line for _ in range(12000))
    big = tmp_path / "长稿.txt"
    big.write_text(text, encoding="utf-8")
    assert big.stat().st_size > 1_000_000
    w = MainWindow(settings, check=check, delay_ms=0)
    qtbot.addWidget(w)
    w.show()
    assert w.open_path(str(big))
    assert w.editor.toPlainText() == text
    qtbot.waitUntil(w.report_current, timeout=60000)
    assert threads and threading.main_thread().name not in threads
