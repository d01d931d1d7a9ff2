# SPDX-License-Identifier: MIT
"""Batch check: every draft in a folder, checked on a worker thread, shown as a table."""

from __future__ import annotations

import csv
import threading
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from jiaogao.core.model import CATEGORY_NAMES
from PySide6.QtCore import QObject, QRunnable, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from .checkrunner import Executor, pool_executor

COLUMNS = ("文件", "类型", "错误", "警告", "主要问题")
DRAFT_SUFFIXES = (".txt", ".docx")


@dataclass(frozen=True)
class BatchRow:
    path: str
    type_name: str
    errors: int
    warnings: int
    top: str
    failed: bool = False


def drafts_in(folder: str) -> list[Path]:
    base = Path(folder)
    if not base.is_dir():
        return []
    return sorted(
        p
        for p in base.rglob("*")
        if p.is_file() and p.suffix.lower() in DRAFT_SUFFIXES and not p.name.startswith(("~$", "."))
    )


def check_file(path: Path) -> BatchRow:
    """Read and check one draft; a file that cannot be read becomes a row saying why."""
    from jiaogao.core.engine import check_document
    from jiaogao.core.reporttypes import report_types
    from jiaogao.core.textio import ReadError, read_document

    try:
        report = check_document(read_document(path))
    except ReadError as err:
        return BatchRow(str(path), "", 0, 0, f"无法读取：{err.message}", failed=True)
    except Exception as err:  # a broken file must not stop the batch
        return BatchRow(str(path), "", 0, 0, f"无法检查：{err}", failed=True)
    rt = report_types().get(report.outline.report_type or "")
    top = top_problems(report.findings)
    return BatchRow(
        str(path), rt.name if rt else "未识别", report.count("error"), report.count("warning"), top
    )


def top_problems(findings, limit: int = 3) -> str:
    """The categories that matter most: errors before warnings before hints, then by count."""
    rank = {"error": 0, "warning": 1, "info": 2}
    counts = Counter(f.category for f in findings)
    worst: dict[str, int] = {}
    for f in findings:
        worst[f.category] = min(worst.get(f.category, 2), rank.get(f.severity, 2))
    order = sorted(counts, key=lambda c: (worst[c], -counts[c]))
    return "、".join(f"{CATEGORY_NAMES.get(c, c)}×{counts[c]}" for c in order[:limit])


class _BatchRelay(QObject):
    rowReady = Signal(int, int, object)  # done, total, BatchRow
    finished = Signal(bool)  # cancelled


class BatchJob(QRunnable):
    def __init__(self, files: list[Path], check: Callable[[Path], BatchRow]) -> None:
        super().__init__()
        self.files = files
        self.check = check
        self.cancel_event = threading.Event()
        self.relay = _BatchRelay()

    def run(self) -> None:
        total = len(self.files)
        for i, path in enumerate(self.files, 1):
            if self.cancel_event.is_set():
                self.relay.finished.emit(True)
                return
            self.relay.rowReady.emit(i, total, self.check(path))
        self.relay.finished.emit(False)


class BatchCheckDialog(QDialog):
    openRequested = Signal(str)

    def __init__(
        self,
        folder: str = "",
        executor: Executor = pool_executor,
        check: Callable[[Path], BatchRow] = check_file,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("批量检查"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.resize(860, 480)
        self._executor = executor
        self._check = check
        self._job: BatchJob | None = None
        self.rows: list[BatchRow] = []
        self.folder_edit = QLineEdit(folder)
        self.folder_edit.setPlaceholderText(self.tr("选择一个存放文稿的文件夹"))
        browse = QPushButton(self.tr("选择文件夹…"))
        browse.clicked.connect(self.browse)
        self.start_button = QPushButton(self.tr("开始检查"))
        self.start_button.clicked.connect(self.start)
        self.cancel_button = QPushButton(self.tr("取消"))
        self.cancel_button.setEnabled(False)
        self.cancel_button.clicked.connect(self.cancel)
        self.progress = QProgressBar()
        self.status = QLabel()
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels([self.tr(c) for c in COLUMNS])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        for column in range(4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.doubleClicked.connect(self.open_selected)
        self.open_button = QPushButton(self.tr("打开文稿"))
        self.open_button.clicked.connect(self.open_selected)
        self.export_button = QPushButton(self.tr("导出 CSV…"))
        self.export_button.clicked.connect(self.export_csv)
        close = QPushButton(self.tr("关闭"))
        close.clicked.connect(self.close)
        self._layout(browse, close)

    def _layout(self, browse: QPushButton, close: QPushButton) -> None:
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("文件夹：")))
        top.addWidget(self.folder_edit, 1)
        top.addWidget(browse)
        top.addWidget(self.start_button)
        top.addWidget(self.cancel_button)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.open_button)
        bottom.addWidget(self.export_button)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.progress)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)

    @Slot()
    def browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("选择文件夹"), self.folder_edit.text())
        if folder:
            self.folder_edit.setText(folder)

    @Slot()
    def start(self) -> None:
        files = drafts_in(self.folder_edit.text())
        self.rows = []
        self.table.setRowCount(0)
        if not files:
            self.status.setText(self.tr("该文件夹中没有 .txt 或 .docx 文稿。"))
            return
        self.progress.setRange(0, len(files))
        self.progress.setValue(0)
        self.start_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self.status.setText(self.tr("正在检查…"))
        job = BatchJob(files, self._check)
        job.relay.rowReady.connect(self._on_row)
        job.relay.finished.connect(self._on_finished)
        self._job = job
        self._executor(job)

    @Slot()
    def cancel(self) -> None:
        if self._job is not None:
            self._job.cancel_event.set()

    @Slot(int, int, object)
    def _on_row(self, done: int, total: int, row: BatchRow) -> None:
        self.rows.append(row)
        r = self.table.rowCount()
        self.table.insertRow(r)
        values = (Path(row.path).name, row.type_name, str(row.errors), str(row.warnings), row.top)
        for c, value in enumerate(values):
            item = QTableWidgetItem(value)
            if c in (2, 3):
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            if c == 0:
                item.setToolTip(row.path)
            self.table.setItem(r, c, item)
        self.progress.setValue(done)

    @Slot(bool)
    def _on_finished(self, cancelled: bool) -> None:
        self.start_button.setEnabled(True)
        self.cancel_button.setEnabled(False)
        errors = sum(1 for r in self.rows if r.errors)
        text = self.tr("已取消，检查了 %1 份文稿。") if cancelled else self.tr("检查完成：%1 份文稿")
        self.status.setText(
            text.replace("%1", str(len(self.rows)))
            + (self.tr("，%1 份有错误。").replace("%1", str(errors)) if not cancelled else "")
        )

    @Slot()
    def open_selected(self) -> None:
        r = self.table.currentRow()
        if 0 <= r < len(self.rows):
            self.openRequested.emit(self.rows[r].path)

    @Slot()
    def export_csv(self) -> str | None:
        if not self.rows:
            return None
        path, _ = QFileDialog.getSaveFileName(self, self.tr("导出 CSV"), "检查结果.csv", "CSV (*.csv)")
        if not path:
            return None
        self.write_csv(path)
        return path

    def write_csv(self, path: str) -> None:
        try:
            # utf-8-sig so that Excel on a Chinese Windows opens it without garbling.
            with open(path, "w", newline="", encoding="utf-8-sig") as fh:
                w = csv.writer(fh)
                w.writerow(COLUMNS)
                for r in self.rows:
                    w.writerow((r.path, r.type_name, r.errors, r.warnings, r.top))
        except OSError as err:
            QMessageBox.warning(self, self.tr("导出失败"), str(err))

    def closeEvent(self, event) -> None:
        self.cancel()
        super().closeEvent(event)
