# SPDX-License-Identifier: MIT
"""The outline pane: the report's headings as a tree, finding badges, missing sections."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass

from jiaogao.core.model import Finding, Heading, Outline
from PySide6.QtCore import QModelIndex, QPoint, QRect, QSize, Qt, Signal, Slot
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QMenu,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from .resources import icon
from .sections import place_missing

ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1  # the item's slot in OutlineModel's entry list
BADGE_ROLE = Qt.ItemDataRole.UserRole + 2
GHOST_COLOUR = QColor("#9a9a9a")


@dataclass(frozen=True)
class OutlineEntry:
    kind: str  # "title", "heading" or "missing"
    index: int  # heading index in the outline (or -1)
    start: int  # code-point offset (headings, title)
    name: str = ""  # section name of a missing entry
    before: int | None = None  # missing: insert before this level-1 heading index


def section_counts(outline: Outline, findings: list[Finding]) -> list[int]:
    """Errors and warnings inside each heading's section (up to the next heading of the same or
    higher level). Hints (half-width punctuation) are left out: dozens of them would drown the badge."""
    heads = outline.headings
    starts = [h.start for h in heads]
    # parent[i]: the nearest earlier heading of a higher level, so a finding walks up
    # its chain of enclosing sections only (depth <= 4), not back through every heading.
    parent: list[int] = []
    stack: list[int] = []
    for i, h in enumerate(heads):
        while stack and heads[stack[-1]].level >= h.level:
            stack.pop()
        parent.append(stack[-1] if stack else -1)
        stack.append(i)
    counts = [0] * len(heads)
    for f in findings:
        if f.category == "missing-section" or f.severity == "info":
            continue
        i = bisect_right(starts, f.start) - 1
        while i >= 0:
            counts[i] += 1
            i = parent[i]
    return counts


class OutlineModel(QStandardItemModel):
    """Rebuilt from each report; a report with the same structure only updates labels and badges."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._structure: tuple | None = None
        self._items: list[QStandardItem] = []
        # Entries are kept in Python, not as item data: offsets shift on every edit,
        # and setting item data would repaint the whole tree each time.
        self._entries: list[OutlineEntry] = []

    def entry(self, where: QModelIndex | QStandardItem) -> OutlineEntry | None:
        slot = where.data(ENTRY_ROLE)
        return self._entries[slot] if isinstance(slot, int) and 0 <= slot < len(self._entries) else None

    def items(self) -> list[QStandardItem]:
        """Every entry in document order (title, headings, then missing sections)."""
        return list(self._items)

    def update(self, outline: Outline, findings: list[Finding]) -> bool:
        """Show ``outline``; returns True when the tree was rebuilt (not just relabelled)."""
        counts = section_counts(outline, findings)
        missing = [f.suggestion for f in findings if f.category == "missing-section" and f.suggestion]
        places = [place_missing(outline, name) for name in dict.fromkeys(missing)]
        structure = (
            outline.title_start is not None,
            tuple(h.level for h in outline.headings),
            tuple((p.name, p.before) for p in places),
        )
        rows = self._rows(outline, counts, places)
        if structure == self._structure and len(rows) == len(self._items):
            self._entries = [entry for _, entry, _ in rows]
            for item, (label, _entry, badge) in zip(self._items, rows, strict=True):
                if item.text() != label:
                    item.setText(label)
                if item.data(BADGE_ROLE) != badge:
                    item.setData(badge, BADGE_ROLE)
            return False
        self._structure = structure
        self._rebuild(outline, rows)
        return True

    def _rows(self, outline: Outline, counts: list[int], places) -> list[tuple[str, OutlineEntry, int]]:
        rows: list[tuple[str, OutlineEntry, int]] = []
        if outline.title_start is not None:
            rows.append((outline.title, OutlineEntry("title", -1, outline.title_start), 0))
        for i, h in enumerate(outline.headings):
            rows.append((_label(h), OutlineEntry("heading", i, h.start), counts[i]))
        for p in places:
            rows.append((f"（缺）{p.name}", OutlineEntry("missing", -1, -1, p.name, p.before), 0))
        return rows

    def _rebuild(self, outline: Outline, rows) -> None:
        self.clear()
        self._items = []
        self._entries = [entry for _, entry, _ in rows]
        root = self.invisibleRootItem()
        parents: list[tuple[int, QStandardItem]] = [(0, root)]
        heading_items: dict[int, QStandardItem] = {}
        ghosts = []
        for slot, (label, entry, badge) in enumerate(rows):
            item = QStandardItem(label)
            item.setEditable(False)
            item.setData(slot, ENTRY_ROLE)
            item.setData(badge, BADGE_ROLE)
            item.setToolTip(label)
            self._items.append(item)
            if entry.kind == "title":
                font = QFont()
                font.setBold(True)
                item.setFont(font)
                root.appendRow(item)
            elif entry.kind == "heading":
                level = outline.headings[entry.index].level
                while parents[-1][0] >= level:
                    parents.pop()
                parents[-1][1].appendRow(item)
                parents.append((level, item))
                heading_items[entry.index] = item
            else:
                item.setForeground(QBrush(GHOST_COLOUR))
                item.setToolTip(self.tr("报告缺少这一部分。双击插入该标题。"))
                ghosts.append((entry, item))
        top_level1 = [h for h in outline.headings if h.level == 1]
        for entry, item in ghosts:
            if entry.before is not None and entry.before < len(top_level1):
                anchor = heading_items[outline.headings.index(top_level1[entry.before])]
                root.insertRow(anchor.row(), item)
            else:
                root.appendRow(item)


def _label(h: Heading) -> str:
    return f"{h.marker}{h.heading}" if h.marker else h.heading


class BadgeDelegate(QStyledItemDelegate):
    """Draws the number of findings in a section as a small rounded badge on the right."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        count = index.data(BADGE_ROLE) or 0
        if not count:
            super().paint(painter, option, index)
            return
        text = str(count)
        width = option.fontMetrics.horizontalAdvance(text) + 12
        opt = QStyleOptionViewItem(option)
        opt.rect = option.rect.adjusted(0, 0, -width - 6, 0)
        super().paint(painter, opt, index)
        r = QRect(option.rect.right() - width - 2, option.rect.top() + 3, width, option.rect.height() - 6)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("#e57373"))
        painter.drawRoundedRect(r, r.height() / 2, r.height() / 2)
        painter.setPen(QColor("white"))
        painter.drawText(r, Qt.AlignmentFlag.AlignCenter, text)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width() + 30, max(size.height(), 22))


class OutlinePane(QWidget):
    jumpRequested = Signal(int)  # code-point offset
    insertSectionRequested = Signal(object)  # OutlineEntry of a missing section
    moveSectionRequested = Signal(int, int)  # heading index, -1 up / +1 down

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = OutlineModel(self)
        self.view = QTreeView()
        self.view.setModel(self.model)
        self.view.setHeaderHidden(True)
        self.view.setItemDelegate(BadgeDelegate(self.view))
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.clicked.connect(self._on_clicked)
        self.view.activated.connect(self._on_activated)
        self.view.customContextMenuRequested.connect(self._context_menu)
        self.up_button = self._button("up", self.tr("上移本节"), self.move_up)
        self.down_button = self._button("down", self.tr("下移本节"), self.move_down)
        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        bar.addStretch(1)
        bar.addWidget(self.up_button)
        bar.addWidget(self.down_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(bar)
        layout.addWidget(self.view)
        self._following = False

    def _button(self, name: str, tip: str, slot) -> QToolButton:
        b = QToolButton()
        b.setIcon(icon(name))
        b.setToolTip(tip)
        b.clicked.connect(slot)
        return b

    def set_outline(self, outline: Outline, findings: list[Finding]) -> None:
        if self.model.update(outline, findings):
            self.view.expandAll()

    def entry_items(self) -> list[QStandardItem]:
        return self.model.items()

    def missing_entry(self, name: str) -> OutlineEntry | None:
        """The ghost entry of the missing section ``name``, if shown."""
        for item in self.model.items():
            entry = self.model.entry(item)
            if entry is not None and entry.kind == "missing" and entry.name == name:
                return entry
        return None

    def follow_cursor(self, offset: int) -> None:
        """Select the heading whose section holds ``offset`` without jumping the editor there."""
        best = None
        for item in self.model.items():
            entry = self.model.entry(item)
            if (
                entry is not None
                and entry.kind != "missing"
                and entry.start <= offset
                and (best is None or entry.start >= self.model.entry(best).start)
            ):
                best = item
        if best is None:
            return
        self._following = True  # guards the selection -> cursor -> selection loop
        try:
            self.view.setCurrentIndex(best.index())
        finally:
            self._following = False

    @Slot(QModelIndex)
    def _on_clicked(self, index: QModelIndex) -> None:
        entry = self.model.entry(index)
        if entry is not None and entry.kind != "missing" and not self._following:
            self.jumpRequested.emit(entry.start)

    @Slot(QModelIndex)
    def _on_activated(self, index: QModelIndex) -> None:
        entry = self.model.entry(index)
        if entry is None:
            return
        if entry.kind == "missing":
            self.insertSectionRequested.emit(entry)
        else:
            self._on_clicked(index)

    def _current_heading(self) -> int | None:
        entry = self.model.entry(self.view.currentIndex())
        return entry.index if entry is not None and entry.kind == "heading" else None

    @Slot()
    def move_up(self) -> None:
        if (i := self._current_heading()) is not None:
            self.moveSectionRequested.emit(i, -1)

    @Slot()
    def move_down(self) -> None:
        if (i := self._current_heading()) is not None:
            self.moveSectionRequested.emit(i, 1)

    @Slot(QPoint)
    def _context_menu(self, pos: QPoint) -> None:
        index = self.view.indexAt(pos)
        entry = self.model.entry(index) if index.isValid() else None
        if entry is None:
            return
        self.view.setCurrentIndex(index)
        menu = QMenu(self)
        if entry.kind == "missing":
            menu.addAction(
                self.tr("插入“%1”").replace("%1", entry.name),
                lambda e=entry: self.insertSectionRequested.emit(e),
            )
        elif entry.kind == "heading":
            menu.addAction(icon("up"), self.tr("上移本节"), self.move_up)
            menu.addAction(icon("down"), self.tr("下移本节"), self.move_down)
        if not menu.isEmpty():
            menu.exec(self.view.viewport().mapToGlobal(pos))
