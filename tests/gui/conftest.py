# SPDX-License-Identifier: MIT
"""Fixtures for GUI tests: settings in tmp_path, checks run at once, a deterministic checker."""

from __future__ import annotations

import re

import pytest
from jiaogao.core.checks.base import CheckOptions
from jiaogao.core.engine import spans_of
from jiaogao.core.model import Document, Finding, Report
from jiaogao.core.outline import parse_outline
from PySide6.QtCore import QSettings, QThreadPool
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QMessageBox

_MASK = re.compile(r"(?<![A-Za-z])X(?=[人个%])")
_DOUBLE = re.compile(r"。。")


def fake_check(doc: Document, options: CheckOptions) -> Report:
    """A checker with known behaviour, independent of the real rules being written in parallel."""
    text = doc.text
    outline = parse_outline(text, spans_of(doc), options.report_type)
    found: list[Finding] = []
    for m in _MASK.finditer(text):
        found.append(
            Finding("placeholder.mask", "placeholder", "error", "占位符未替换", m.start(), m.end(), "X")
        )
    for m in _DOUBLE.finditer(text):
        found.append(
            Finding(
                "punctuation.double", "punctuation", "warning", "句号重复", m.start(), m.end(), "。。", "。"
            )
        )
    heads = " ".join(h.heading for h in outline.headings if h.level == 1)
    if outline.report_type == "halfyear" and "问题" not in heads:
        found.append(
            Finding(
                "sections.missing",
                "missing-section",
                "warning",
                "缺少“存在的问题”部分",
                0,
                0,
                "",
                "存在的问题",
            )
        )
    found.sort(key=lambda f: (f.start, f.end, f.rule))
    return Report(text, outline, tuple(found))


def run_now(job) -> None:
    job.run()


@pytest.fixture(autouse=True)
def _settings_in_tmp(tmp_path, monkeypatch):
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    # Never block a test on a modal box.
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: QMessageBox.StandardButton.Ok)
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: QMessageBox.StandardButton.Ok)
    yield
    QThreadPool.globalInstance().waitForDone()


@pytest.fixture
def settings():
    from jiaogao.gui.settings import Settings

    return Settings()


@pytest.fixture
def window(qtbot, settings):
    from jiaogao.gui.mainwindow import MainWindow

    w = MainWindow(settings, check=fake_check, executor=run_now, delay_ms=0)
    qtbot.addWidget(w)
    w.show()
    yield w
    w.editor.document().setModified(False)


@pytest.fixture
def real_window(qtbot, settings):
    from jiaogao.gui.mainwindow import MainWindow

    w = MainWindow(settings, executor=run_now, delay_ms=0)
    qtbot.addWidget(w)
    w.show()
    yield w
    w.editor.document().setModified(False)


DRAFT = """柳河乡2025年上半年工作总结
今年以来，柳河乡党委、政府坚持稳中求进，各项工作有序推进。
一、上半年工作开展情况
（一）产业发展提速
全乡新发展特色种植基地3个，带动农户增收。
（二）基层党建加强
组织党员集中学习8次，覆盖党员300余人次。
二、下半年工作打算
（一）抓好秋粮生产
确保粮食播种面积稳定。
柳河乡人民政府
2025年7月8日"""


def load_text(window, text: str = DRAFT) -> None:
    window.load(Document.from_text(text), None)


def wait_checked(qtbot, window) -> None:
    """Let the 0 ms debounce fire; the run-now executor then delivers the report at once."""
    qtbot.waitUntil(window.report_current, timeout=3000)


def insert_at_end_of(qtbot, window, needle: str, text: str) -> None:
    """Type ``text`` after ``needle`` the way the editor receives it (no keyClicks with Chinese)."""
    doc = window.editor.document()
    found = doc.find(needle)
    assert not found.isNull(), needle
    cursor = QTextCursor(found)
    cursor.clearSelection()
    window.editor.setTextCursor(cursor)
    window.editor.textCursor().insertText(text)
    wait_checked(qtbot, window)
