"""The agenda of the open meeting, down the left of the window.

A brought-forward item (1.1, 1.2 …) shows what it is about, as the Word export
prints it under its heading: the action's subject; where several share one
subject (actions raised under one item), the start of each action under it.
Its heading ("Action arising from the August 2017 meeting") is in the tooltip.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
)

from minutetaker.domain.model import Item, Meeting

ROLE_ITEM = Qt.ItemDataRole.UserRole + 1
NOTES_MARK = "●"
ACTION_WORDS = 60  # characters of a brought-forward action shown in its row


def row_text(item: Item, shared: set[str] = frozenset()) -> str:
    """What the agenda says of an item: its heading, or for a brought-forward
    item its subject (and the start of its action when its subject is one of
    ``shared``, said by another item beside it, or when it has no subject)."""
    record = item.brought_forward
    if record is None:
        return item.heading
    subject = " ".join(record.subject.split())
    action = " ".join(record.action.split())
    if len(action) > ACTION_WORDS:
        action = action[:ACTION_WORDS].rsplit(" ", 1)[0].rstrip(" ,;:–-") + "…"
    if subject and subject not in shared:
        return subject
    return "\n".join(line for line in (subject, action) if line) or item.heading


def shared_subjects(items: list[Item]) -> set[str]:
    """The subjects that more than one brought-forward item of ``items`` has."""
    seen: set[str] = set()
    shared: set[str] = set()
    for item in items:
        if item.brought_forward is not None:
            subject = " ".join(item.brought_forward.subject.split())
            (shared if subject in seen else seen).add(subject)
    return shared


def row_tip(item: Item) -> str:
    record = item.brought_forward
    if record is None:
        return f"{item.number} {item.heading}"
    lines = [f"{item.number} {item.heading}", record.subject, record.action]
    if record.owner:
        lines.append(f"Owner: {record.owner}")
    return "\n".join(line.strip() for line in lines if line.strip())


def _mark(item: Item, has_notes: bool) -> str:
    parts = []
    if has_notes:
        parts.append(NOTES_MARK)
    if item.actions:
        parts.append(f"{len(item.actions)}A")
    return " ".join(parts)


class _WrappingDelegate(QStyledItemDelegate):
    """Headings wrap onto as many lines as the column's width needs."""

    def sizeHint(self, option, index) -> QSize:
        hint = super().sizeHint(option, index)
        if index.column() != 1:
            return hint
        view = self.parent()
        width = max(40, view.header().sectionSize(1) - 8)
        styled = QStyleOptionViewItem(option)
        self.initStyleOption(styled, index)
        rect = QFontMetrics(styled.font).boundingRect(
            QRect(0, 0, width, 100000), Qt.TextFlag.TextWordWrap, styled.text
        )
        return QSize(hint.width(), max(hint.height(), rect.height()) + 6)


class Agenda(QTreeWidget):
    """Numbers and headings, the current item selected, a mark on items with content."""

    itemChosen = Signal(object)  # the domain Item

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setColumnCount(3)
        self.setHeaderLabels(["No.", "Item", "Notes"])
        self.setHeaderHidden(True)
        self.setRootIsDecorated(False)
        self.setIndentation(12)
        self.setUniformRowHeights(False)
        self.setWordWrap(True)
        self.setItemDelegate(_WrappingDelegate(self))
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setAccessibleName("Agenda")
        self.setAccessibleDescription("The items of the meeting; Enter opens one.")
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        header = self.header()
        header.setStretchLastSection(False)
        # fixed number and mark columns (measuring every row's contents is slow)
        metrics = self.fontMetrics()
        header.setMinimumSectionSize(metrics.horizontalAdvance("M"))
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(0, self.indentation() + metrics.horizontalAdvance("1.10") + 14)
        header.resizeSection(2, metrics.horizontalAdvance(f"{NOTES_MARK} 10A") + 10)
        self._rows: dict[int, QTreeWidgetItem] = {}
        self._filling = False
        self.currentItemChanged.connect(self._on_current)
        self.itemActivated.connect(lambda row, _col: self._emit(row))
        header.sectionResized.connect(self._relayout)

    def _relayout(self, *_args) -> None:
        # wrapped headings: row heights depend on the column width
        self.scheduleDelayedItemsLayout()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.scheduleDelayedItemsLayout()

    def show_meeting(self, meeting: Meeting, has_notes) -> None:
        self._filling = True
        self.clear()
        self._rows.clear()

        def add(parent, item: Item, shared: set[str]) -> None:
            row = QTreeWidgetItem(parent, [item.number, row_text(item, shared), ""])
            row.setData(0, ROLE_ITEM, item)
            row.setToolTip(1, row_tip(item))
            row.setTextAlignment(2, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if parent is self:
                font = QFont(row.font(1))
                font.setBold(True)
                row.setFont(0, font)
                row.setFont(1, font)
            self._rows[id(item)] = row
            self.update_mark(item, has_notes(item))
            inside = shared_subjects(item.items)
            for child in item.items:
                add(row, child, inside)

        top = shared_subjects(meeting.items)
        for item in meeting.items:
            add(self, item, top)
        self.expandAll()
        self._filling = False

    def update_mark(self, item: Item, has_notes: bool) -> None:
        row = self._rows.get(id(item))
        if row is None:
            return
        mark = _mark(item, has_notes)
        if row.text(2) != mark:
            row.setText(2, mark)
            row.setForeground(2, QBrush(QColor("#1d6b3a")))
        tip = []
        if has_notes:
            tip.append("has notes")
        if item.actions:
            tip.append(f"{len(item.actions)} action(s)")
        if item.restricted:
            tip.append("not for publication")
        row.setToolTip(2, ", ".join(tip))
        row.setData(2, Qt.ItemDataRole.AccessibleTextRole, ", ".join(tip) or "empty")
        if item.restricted:
            row.setForeground(1, QBrush(QColor("#9b1c1c")))
        else:
            row.setData(1, Qt.ItemDataRole.ForegroundRole, None)

    def select(self, item: Item) -> None:
        row = self._rows.get(id(item))
        if row is not None and self.currentItem() is not row:
            self._filling = True
            self.setCurrentItem(row)
            self._filling = False
        if row is not None:
            self.scrollToItem(row)

    def items_in_order(self) -> list[Item]:
        out = []
        for row in self._ordered_rows():
            out.append(row.data(0, ROLE_ITEM))
        return out

    def _ordered_rows(self):
        def walk(row):
            yield row
            for n in range(row.childCount()):
                yield from walk(row.child(n))

        for n in range(self.topLevelItemCount()):
            yield from walk(self.topLevelItem(n))

    def _on_current(self, current, _previous) -> None:
        if not self._filling and current is not None:
            self._emit(current)

    def _emit(self, row) -> None:
        item = row.data(0, ROLE_ITEM)
        if item is not None:
            self.itemChosen.emit(item)
