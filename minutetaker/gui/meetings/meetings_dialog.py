"""The list of the archive's meetings, loaded a page at a time.

An archive may hold ten thousand meetings; the list asks the archive for the
next page only when the person scrolls near the end of what is shown.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListView,
    QVBoxLayout,
)

from minutetaker.domain.dates import long_date

PAGE = 200


class MeetingListModel(QAbstractListModel):
    def __init__(self, archive, parent=None) -> None:
        super().__init__(parent)
        self.archive = archive
        self.rows: list = []
        self.total = archive.count_meetings()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008 (Qt API)
        return 0 if parent.isValid() else len(self.rows)

    def canFetchMore(self, parent=QModelIndex()) -> bool:  # noqa: B008 (Qt API)
        return not parent.isValid() and len(self.rows) < self.total

    def fetchMore(self, parent=QModelIndex()) -> None:  # noqa: B008 (Qt API)
        if parent.isValid():
            return
        page = self.archive.list_meetings(limit=PAGE, offset=len(self.rows))
        if not page:
            self.total = len(self.rows)
            return
        self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(page) - 1)
        self.rows.extend(page)
        self.endInsertRows()

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        summary = self.rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return f"{long_date(summary.date)} – {summary.title}"
        if role == Qt.ItemDataRole.UserRole:
            return summary.id
        return None


class MeetingsDialog(QDialog):
    chosen = Signal(int)  # meeting id

    def __init__(self, archive, current_id: int | None = None, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Open meeting")
        self.model = MeetingListModel(archive, self)
        self.view = QListView()
        self.view.setAccessibleName("Meetings, newest first")
        self.view.setUniformItemSizes(True)
        self.view.setModel(self.model)
        self.view.activated.connect(self._open)
        label = QLabel(f"&Meetings in the archive ({self.model.total}), newest first:")
        label.setBuddy(self.view)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Open | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(lambda: self._open(self.view.currentIndex()))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)
        if self.model.canFetchMore():
            self.model.fetchMore()
        start = 0
        for n, row in enumerate(self.model.rows):
            if row.id == current_id:
                start = n
        if self.model.rows:
            self.view.setCurrentIndex(self.model.index(start))
        self.view.setFocus()
        self.resize(self.fontMetrics().horizontalAdvance("M") * 40, 420)

    def _open(self, index) -> None:
        if index.isValid():
            self.chosen.emit(self.model.data(index, Qt.ItemDataRole.UserRole))
            self.accept()
