"""The action tracker's widgets: filters, the table of actions and the history pane.

Only widgets and the table's model live here; :mod:`minutetaker.gui.tracker.controller`
fills them from the archive and jumps to the items. The rows are kept in a
Python list and the table asks for the cells it draws, so ten thousand
meetings' actions show as quickly as ten.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSplitter,
    QTableView,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from minutetaker.domain.dates import short_date
from minutetaker.store.actions import ActionEvent, ActionRow

ALL_OWNERS = "All owners"
STATUS_CHOICES = (
    ("All", "all"),
    ("Open", "open"),
    ("Overdue", "overdue"),
    ("Discharged", "discharged"),
)
COLUMNS = ("Due", "Owner", "Action", "Raised", "Status", "Last brought forward")
OVERDUE = QColor("#b42318")
DISCHARGED = QColor("#4b5563")
DECISION_WORDS = {
    "raised": "Raised",
    "pending": "Pending",
    "discharged": "Discharged",
    "carried forward": "Carried forward",
}


def status_text(row: ActionRow, today: dt.date) -> str:
    if row.status == "discharged":
        return (
            f"discharged on {short_date(row.discharged_on)}" if row.discharged_on else "discharged"
        )
    return row.shown_status(today)  # as the command line says it


class ActionTableModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: list[ActionRow] = []
        self.today = dt.date.today()
        self._cells: list[tuple[str, ...]] = []

    def set_rows(self, rows: list[ActionRow], today: dt.date) -> None:
        self.beginResetModel()
        self.rows, self.today = rows, today
        self._cells = [()] * len(rows)
        self.endResetModel()

    def cells(self, row: int) -> tuple[str, ...]:
        cells = self._cells[row]
        if not cells:
            r = self.rows[row]
            last = "–"
            if (r.last_meeting_id, r.last_item_id) != (r.meeting_id, r.item_id):
                last = short_date(r.last_date)
            cells = (
                short_date(r.due) if r.due else "–",
                r.owner or "–",
                r.text,
                f"{short_date(r.meeting_date)}, item {r.item_number}",
                status_text(r, self.today),
                last,
            )
            self._cells[row] = cells
        return cells

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008 (Qt's own signature)
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        row, column = index.row(), index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.cells(row)[column]
        if role == Qt.ItemDataRole.ForegroundRole and column == 4:
            r = self.rows[row]
            if r.is_overdue(self.today):
                return QBrush(OVERDUE)
            if r.status == "discharged":
                return QBrush(DISCHARGED)
        return None

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return COLUMNS[section]
        return None


class TrackerPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("trackerPanel")
        self.owner = QComboBox()
        self.owner.addItem(ALL_OWNERS, "")
        self.owner.setAccessibleName("Owner")
        self.status = QComboBox()
        for text, value in STATUS_CHOICES:
            self.status.addItem(text, value)
        self.status.setAccessibleName("Status")
        self.meeting = QComboBox()
        self.meeting.addItem("All meetings", False)
        self.meeting.addItem("This meeting", True)
        self.meeting.setAccessibleName("Meeting")
        self.text = QLineEdit()
        self.text.setPlaceholderText("Words in the action…")
        self.text.setClearButtonEnabled(True)
        self.text.setAccessibleName("Action text contains")
        self.count = QLabel("")
        self.count.setObjectName("hint")

        filters = QHBoxLayout()
        filters.setContentsMargins(0, 0, 0, 0)
        for text, field in (
            ("Owne&r", self.owner),
            ("St&atus", self.status),
            ("Meet&ing", self.meeting),
            ("Te&xt", self.text),
        ):
            label = QLabel(text)
            label.setBuddy(field)
            filters.addWidget(label)
            filters.addWidget(field, 2 if field is self.text else 0)
        filters.addWidget(self.count, 1)

        self.model = ActionTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.setAccessibleName("Actions of every meeting")
        self.table.setAccessibleDescription(
            "Sorted by due date. Enter goes to the item where the action was raised or "
            "last brought forward; Esc closes the tracker."
        )
        line = self.fontMetrics().lineSpacing()
        self.table.verticalHeader().setDefaultSectionSize(line + 8)
        header = self.table.horizontalHeader()
        # fixed widths from the longest text a column holds: no sizing to contents,
        # which would read every row of a large archive
        metrics, pad = self.fontMetrics(), self.fontMetrics().horizontalAdvance("M") * 2
        for column, longest in (
            (0, "28 Sep 2031"),
            (1, "DPCC"),
            (3, "28 Sep 2031, item 4a"),
            (4, "discharged on 28 Sep 2031"),
            (5, COLUMNS[5]),
        ):
            width = max(
                metrics.horizontalAdvance(longest), metrics.horizontalAdvance(COLUMNS[column])
            )
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, width + pad)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setHighlightSections(False)

        self.history_title = QLabel("History")
        self.history_title.setObjectName("panelTitle")
        self.history = QTreeWidget()
        self.history.setColumnCount(4)
        self.history.setHeaderLabels(["Meeting", "Item", "Decision", "Update"])
        self.history.setRootIsDecorated(False)
        self.history.setWordWrap(True)
        self.history.setAccessibleName("History of the action")
        history_header = self.history.header()
        for column in (0, 1, 2):
            history_header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        history_header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        history_header.setStretchLastSection(False)
        history = QWidget()
        history_layout = QVBoxLayout(history)
        history_layout.setContentsMargins(0, 2, 0, 0)
        history_layout.addWidget(self.history_title)
        history_layout.addWidget(self.history, 1)

        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(history)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.history.setMinimumHeight(line * 4)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.addLayout(filters)
        layout.addWidget(self.splitter, 1)

    def set_owners(self, codes: list[str]) -> None:
        current = self.owner.currentData()
        self.owner.blockSignals(True)
        self.owner.clear()
        self.owner.addItem(ALL_OWNERS, "")
        for code in codes:
            self.owner.addItem(code, code)
        self.owner.setCurrentIndex(max(0, self.owner.findData(current)))
        self.owner.blockSignals(False)

    def current_row(self) -> ActionRow | None:
        index = self.table.currentIndex()
        if not index.isValid() or index.row() >= len(self.model.rows):
            return None
        return self.model.rows[index.row()]

    def show_history(self, action: ActionRow | None, events: list[ActionEvent]) -> None:
        self.history.clear()
        if action is None:
            self.history_title.setText("History")
            return
        self.history_title.setText(f"History of “{action.text}”")
        for event in events:
            update = " ".join(event.update.split())
            row = QTreeWidgetItem(
                [
                    short_date(event.date),
                    event.item_number,
                    DECISION_WORDS.get(event.decision, event.decision),
                    update or "–",
                ]
            )
            row.setToolTip(3, event.update)
            self.history.addTopLevelItem(row)
