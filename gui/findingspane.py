# SPDX-License-Identifier: MIT
"""The findings pane: findings grouped by category, with the actions on one finding."""

from __future__ import annotations

from html import escape

from jiaogao.core.model import CATEGORIES, CATEGORY_NAMES, Finding
from PySide6.QtCore import QModelIndex, QPoint, Qt, Signal, Slot
from PySide6.QtGui import QBrush, QColor, QFont, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from .resources import icon

FINDING_ROLE = Qt.ItemDataRole.UserRole + 1
SEVERITY_NAMES = {"error": "错误", "warning": "警告", "info": "提示"}
SEVERITY_ORDER = {"error": 0, "warning": 1, "info": 2}
MAX_EXCERPT = 24
MAX_ROWS_PER_CATEGORY = 200  # beyond this a list helps nobody, and building it would stall typing


def excerpt_label(excerpt: str) -> str:
    text = excerpt.replace("\n", "⏎")
    return text if len(text) <= MAX_EXCERPT else text[: MAX_EXCERPT - 1] + "…"


def detail_html(f: Finding) -> str:
    lines = [
        f"<b>{escape(CATEGORY_NAMES.get(f.category, f.category))}</b> · {SEVERITY_NAMES.get(f.severity, '')}",
        escape(f.message),
    ]
    if f.category == "missing-section":
        if f.suggestion:
            lines.append(f"“采用建议”或双击提纲中的“（缺）{escape(f.suggestion)}”，即可插入该标题。")
        return "<br>".join(lines)
    if f.excerpt:
        lines.append(f"原文：「{escape(excerpt_label(f.excerpt))}」")
    if f.suggestion is not None:
        lines.append(f"建议改为：「{escape(f.suggestion)}」" if f.suggestion else "建议：删除")
    return "<br>".join(lines)


class FindingsModel(QStandardItemModel):
    """Category rows, each with its findings as children. Column 0: message; 1: excerpt."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setHorizontalHeaderLabels([self.tr("问题"), self.tr("原文")])
        self.min_severity = "info"

    def set_findings(self, findings: list[Finding]) -> None:
        self.removeRows(0, self.rowCount())
        limit = SEVERITY_ORDER[self.min_severity]
        groups: dict[str, list[Finding]] = {}
        for f in findings:
            if SEVERITY_ORDER.get(f.severity, 2) <= limit:
                groups.setdefault(f.category, []).append(f)
        order = {c: i for i, c in enumerate(CATEGORIES)}
        for category in sorted(groups, key=lambda c: order.get(c, 99)):
            items = groups[category]
            head = QStandardItem(f"{CATEGORY_NAMES.get(category, category)}（{len(items)}）")
            worst = min(items, key=lambda f: SEVERITY_ORDER.get(f.severity, 2)).severity
            head.setIcon(icon(worst))
            font = QFont()
            font.setBold(True)
            head.setFont(font)
            head.setEditable(False)
            tail = QStandardItem("")
            tail.setEditable(False)
            for f in items[:MAX_ROWS_PER_CATEGORY]:
                head.appendRow(self._row(f))
            if len(items) > MAX_ROWS_PER_CATEGORY:
                more = QStandardItem(f"……另有 {len(items) - MAX_ROWS_PER_CATEGORY} 处同类问题")
                more.setEditable(False)
                more.setForeground(QBrush(QColor("#777777")))
                head.appendRow([more, QStandardItem("")])
            self.appendRow([head, tail])

    @staticmethod
    def _row(f: Finding) -> list[QStandardItem]:
        message = QStandardItem(icon(f.severity), f.message)
        message.setData(f, FINDING_ROLE)
        tip = f"{SEVERITY_NAMES.get(f.severity, f.severity)}：{f.message}"
        if f.suggestion and f.category != "missing-section":
            tip += f"\n建议改为：{f.suggestion}"
        elif f.suggestion == "":
            tip += "\n建议：删除"
        message.setToolTip(tip)
        excerpt = QStandardItem(excerpt_label(f.excerpt))
        excerpt.setData(f, FINDING_ROLE)
        excerpt.setForeground(QBrush(QColor("#555555")))
        excerpt.setToolTip(f.excerpt)
        for item in (message, excerpt):
            item.setEditable(False)
        return [message, excerpt]

    def finding_rows(self) -> list[Finding]:
        out: list[Finding] = []
        for r in range(self.rowCount()):
            head = self.item(r, 0)
            out.extend(
                f for c in range(head.rowCount()) if (f := head.child(c, 0).data(FINDING_ROLE)) is not None
            )
        return out


class FindingsPane(QWidget):
    findingActivated = Signal(object)  # Finding
    applyRequested = Signal(object)
    ignoreRequested = Signal(object)
    ignoreRuleRequested = Signal(object)
    filterChanged = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = FindingsModel(self)
        self.view = QTreeView()
        self.view.setModel(self.model)
        self.view.setUniformRowHeights(True)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = self.view.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(1, 90)
        self.view.clicked.connect(self._on_clicked)
        self.view.activated.connect(self._on_clicked)
        self.view.customContextMenuRequested.connect(self._context_menu)
        self.filter_box = QComboBox()
        for key, label in (("info", "全部"), ("warning", "错误和警告"), ("error", "仅错误")):
            self.filter_box.addItem(self.tr(label), key)
        self.filter_box.currentIndexChanged.connect(self._on_filter)
        self.apply_button = self._button("apply", self.tr("采用建议"), self._apply)
        self.ignore_button = self._button("ignore", self.tr("忽略此处"), self._ignore)
        self.ignore_rule_button = self._button("ignore-rule", self.tr("忽略此类规则"), self._ignore_rule)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.hide()
        # The rows are one line each; the whole message and suggestion of the current one show here.
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.TextFormat.RichText)
        self.detail.setMinimumHeight(72)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.detail.setStyleSheet(
            "QLabel { background: palette(base); border: 1px solid palette(mid); padding: 6px; }"
        )
        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        bar.addWidget(self.filter_box, 1)
        for b in (self.apply_button, self.ignore_button, self.ignore_rule_button):
            bar.addWidget(b)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(bar)
        layout.addWidget(self.message)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.detail)
        self.view.selectionModel().currentChanged.connect(self._update_buttons)
        self._findings: list[Finding] = []
        self._update_buttons()

    def _button(self, icon_name: str, text: str, slot) -> QToolButton:
        b = QToolButton()
        b.setIcon(icon(icon_name))
        b.setToolTip(text)
        b.setText(text)
        b.clicked.connect(slot)
        return b

    def set_findings(self, findings: list[Finding]) -> None:
        self._findings = list(findings)
        self.model.set_findings(self._findings)
        self.view.expandAll()
        self._update_buttons()

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def current_finding(self) -> Finding | None:
        index = self.view.currentIndex()
        return index.data(FINDING_ROLE) if index.isValid() else None

    def select_finding(self, finding: Finding) -> bool:
        for r in range(self.model.rowCount()):
            head = self.model.item(r, 0)
            for c in range(head.rowCount()):
                if head.child(c, 0).data(FINDING_ROLE) == finding:
                    self.view.setCurrentIndex(head.child(c, 0).index())
                    return True
        return False

    @Slot(QModelIndex)
    def _on_clicked(self, index: QModelIndex) -> None:
        finding = index.data(FINDING_ROLE)
        if finding is not None:
            self.findingActivated.emit(finding)

    @Slot()
    def _update_buttons(self) -> None:
        f = self.current_finding()
        self.detail.setText(
            detail_html(f) if f is not None else self.tr("单击一条问题，在文中定位；右键可采用建议或忽略。")
        )
        self.apply_button.setEnabled(bool(f and f.suggestion is not None))
        self.ignore_button.setEnabled(f is not None)
        self.ignore_rule_button.setEnabled(f is not None)

    @Slot()
    def _on_filter(self) -> None:
        self.model.min_severity = self.filter_box.currentData()
        self.set_findings(self._findings)
        self.filterChanged.emit()

    @Slot()
    def _apply(self) -> None:
        if (f := self.current_finding()) is not None:
            self.applyRequested.emit(f)

    @Slot()
    def _ignore(self) -> None:
        if (f := self.current_finding()) is not None:
            self.ignoreRequested.emit(f)

    @Slot()
    def _ignore_rule(self) -> None:
        if (f := self.current_finding()) is not None:
            self.ignoreRuleRequested.emit(f)

    @Slot(QPoint)
    def _context_menu(self, pos: QPoint) -> None:
        index = self.view.indexAt(pos)
        if not index.isValid() or index.data(FINDING_ROLE) is None:
            return
        self.view.setCurrentIndex(index)
        menu = QMenu(self)
        for b in (self.apply_button, self.ignore_button, self.ignore_rule_button):
            act = menu.addAction(b.icon(), b.text())
            act.setEnabled(b.isEnabled())
            act.triggered.connect(b.click)
        menu.exec(self.view.viewport().mapToGlobal(pos))
