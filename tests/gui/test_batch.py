# SPDX-License-Identifier: MIT
"""Batch check dialog on the shared samples folder, with the real engine."""

from __future__ import annotations

import csv
import gc
import weakref

import pytest
from jiaogao.gui.batchdialog import BatchCheckDialog, drafts_in
from PySide6.QtCore import QCoreApplication, QEvent

from tests.conftest import SAMPLES

from .conftest import run_now

pytestmark = pytest.mark.gui


@pytest.fixture
def samples():
    if not SAMPLES.is_dir() or not drafts_in(str(SAMPLES)):
        pytest.skip("shared samples not present")
    return SAMPLES


def test_batch_checks_the_samples_folder(qtbot, samples, tmp_path):
    dialog = BatchCheckDialog(str(samples), executor=run_now)
    qtbot.addWidget(dialog)
    dialog.start()
    names = sorted(p.name for p in drafts_in(str(samples)))
    assert sorted(dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())) == names
    assert dialog.progress.value() == len(names) == dialog.progress.maximum()
    by_name = {dialog.table.item(r, 0).text(): dialog.table.item(r, 1).text() for r in range(len(names))}
    assert by_name["town-halfyear-2020.txt"] == "上半年工作总结"
    assert dialog.status.text().startswith("检查完成：3 份文稿")
    out = tmp_path / "结果.csv"
    dialog.write_csv(str(out))
    rows = list(csv.reader(out.open(encoding="utf-8-sig")))
    assert rows[0] == ["文件", "类型", "错误", "警告", "主要问题"]
    assert len(rows) == len(names) + 1


def test_batch_open_and_cancel(qtbot, tmp_path):
    for i in range(3):
        (tmp_path / f"稿{i}.txt").write_text(f"东岗村2024年工作总结\n全年完成任务{i}项。", encoding="utf-8")
    (tmp_path / "坏.txt").write_bytes(b"")
    held = []
    dialog = BatchCheckDialog(str(tmp_path), executor=held.append)
    qtbot.addWidget(dialog)
    dialog.start()
    dialog.cancel()
    held[0].run()
    assert dialog.table.rowCount() == 0
    assert dialog.status.text().startswith("已取消")
    dialog.start()
    held[1].run()
    assert dialog.table.rowCount() == 4
    bad = next(r for r in dialog.rows if r.failed)
    assert "文件是空的" in bad.top
    opened = []
    dialog.openRequested.connect(opened.append)
    dialog.table.setCurrentCell(1, 0)
    dialog.open_selected()
    assert opened == [dialog.rows[1].path]


def test_batch_dialog_freed_on_close(qtbot, window):
    dialog = window.open_batch_dialog()
    ref = weakref.ref(dialog)
    dialog.close()
    del dialog
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()
    qtbot.waitUntil(lambda: ref() is None)
