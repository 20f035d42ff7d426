"""The attendance table: name, capacity, role code and attendance of each person.

Space on a row (or a click on its attendance) steps present → apologies → absent;
on the attendance cell, P, A and X set it directly. Insert adds a person, Delete
removes one. Typing a name offers the people
of earlier meetings, and choosing one fills in their capacity and role. Esc in a
cell being typed closes it with what was typed (the dialog's Esc asks before
anything is thrown away). The table asks for the height of eight people or so
(more when the meeting has more, up to fourteen), so a meeting's people show
without scrolling.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, QStringListModel, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCompleter,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyledItemDelegate,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from minutetaker.domain.model import ATTENDANCE, Person
from minutetaker.domain.text import clean_line

NAME, CAPACITY, ROLE, ATTENDS = range(4)
LABELS = {"present": "Present", "apologies": "Apologies", "absent": "Absent"}
COLOURS = {"present": "#1d6b3a", "apologies": "#8a5a00", "absent": "#9b1c1c"}
KEYS = {Qt.Key.Key_P: "present", Qt.Key.Key_A: "apologies", Qt.Key.Key_X: "absent"}


ROWS_SHOWN = (8, 14)  # the table's height: at least, and at most, this many people


class _KeepingDelegate(QStyledItemDelegate):
    """Esc in a cell being typed closes it keeping what was typed."""

    def eventFilter(self, editor, event) -> bool:
        if event.type() == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Escape:
            popup = editor.completer().popup() if isinstance(editor, QLineEdit) else None
            if popup is not None and editor.completer() and popup.isVisible():
                return super().eventFilter(editor, event)  # Esc closes the list first
            self.commitData.emit(editor)
            self.closeEditor.emit(editor, QStyledItemDelegate.EndEditHint.NoHint)
            return True
        return super().eventFilter(editor, event)


class _NameDelegate(_KeepingDelegate):
    def __init__(self, names: QStringListModel, parent=None) -> None:
        super().__init__(parent)
        self.names = names

    def createEditor(self, parent, option, index):
        editor = QLineEdit(parent)
        editor.setAccessibleName("Name")
        completer = QCompleter(self.names, editor)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        editor.setCompleter(completer)
        return editor


class PeopleTable(QTableWidget):
    nameChosen = Signal(int)  # row

    def __init__(self, known: list[Person], parent=None) -> None:
        super().__init__(0, 4, parent)
        self.known = {p.name: p for p in known}
        self.setHorizontalHeaderLabels(["Name", "Capacity", "Role", "Attendance"])
        self.setAccessibleName("Attendance")
        self.setAccessibleDescription(
            "People at the meeting. Space changes attendance; F2 edits a cell."
        )
        self.setTabKeyNavigation(False)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        header = self.horizontalHeader()
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(CAPACITY, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(ROLE, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ATTENDS, QHeaderView.ResizeMode.ResizeToContents)
        self.verticalHeader().hide()
        self.names = QStringListModel(sorted(self.known), self)
        self.setItemDelegate(_KeepingDelegate(self))
        self.setItemDelegateForColumn(NAME, _NameDelegate(self.names, self))
        self.cellClicked.connect(self._clicked)
        self.itemChanged.connect(self._changed)
        self._filling = False

    # -- size --------------------------------------------------------------------------

    def _height_for(self, rows: int) -> int:
        row = self.verticalHeader().defaultSectionSize()
        for n in range(min(rows, self.rowCount())):
            row = max(row, self.rowHeight(n))  # (a wrapped capacity makes rows taller)
        frame = self.frameWidth() * 2
        return self.horizontalHeader().sizeHint().height() + row * rows + frame + 2

    def sizeHint(self) -> QSize:
        least, most = ROWS_SHOWN
        rows = max(least, min(most, self.rowCount()))
        return QSize(super().sizeHint().width(), self._height_for(rows))

    def minimumSizeHint(self) -> QSize:
        return QSize(super().minimumSizeHint().width(), self._height_for(3))

    # -- content -----------------------------------------------------------------------

    def set_people(self, people: list[Person]) -> None:
        self._filling = True
        self.setRowCount(0)
        for person in people:
            self._append(person)
        self._filling = False
        self.resizeColumnToContents(NAME)
        if self.columnWidth(NAME) < 160:
            self.setColumnWidth(NAME, 160)

    def _append(self, person: Person) -> None:
        row = self.rowCount()
        self.insertRow(row)
        self.setItem(row, NAME, QTableWidgetItem(person.name))
        self.setItem(row, CAPACITY, QTableWidgetItem(person.capacity))
        self.setItem(row, ROLE, QTableWidgetItem(person.role))
        cell = QTableWidgetItem()
        cell.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
        self.setItem(row, ATTENDS, cell)
        self.set_attendance(row, person.attendance)

    def add_person(self) -> None:
        self._filling = True
        self._append(Person(""))
        self._filling = False
        row = self.rowCount() - 1
        self.setCurrentCell(row, NAME)
        self.setFocus()
        self.editItem(self.item(row, NAME))

    def remove_current(self) -> None:
        row = self.currentRow()
        if row >= 0:
            self.removeRow(row)

    def people(self) -> list[Person]:
        out = []
        for row in range(self.rowCount()):
            name = clean_line(self.item(row, NAME).text()).strip()
            if not name:
                continue
            out.append(
                Person(
                    name,
                    clean_line(self.item(row, CAPACITY).text()).strip(),
                    clean_line(self.item(row, ROLE).text()).strip(),
                    self.attendance(row),
                )
            )
        return out

    # -- attendance --------------------------------------------------------------------

    def attendance(self, row: int) -> str:
        return self.item(row, ATTENDS).data(Qt.ItemDataRole.UserRole) or "present"

    def set_attendance(self, row: int, value: str) -> None:
        cell = self.item(row, ATTENDS)
        cell.setData(Qt.ItemDataRole.UserRole, value)
        cell.setText(LABELS[value])
        cell.setForeground(QBrush(QColor(COLOURS[value])))

    def cycle(self, row: int) -> None:
        now = ATTENDANCE.index(self.attendance(row))
        self.set_attendance(row, ATTENDANCE[(now + 1) % len(ATTENDANCE)])

    def _clicked(self, row: int, column: int) -> None:
        if column == ATTENDS:
            self.cycle(row)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        row, column = self.currentRow(), self.currentColumn()
        if event.key() == Qt.Key.Key_Insert:
            self.add_person()
            return
        if row >= 0 and self.state() != QAbstractItemView.State.EditingState:
            if event.key() == Qt.Key.Key_Delete:
                self.remove_current()
                return
            if event.key() == Qt.Key.Key_Space and not event.modifiers():
                self.cycle(row)
                return
            if column == ATTENDS and event.key() in KEYS:
                self.set_attendance(row, KEYS[event.key()])
                return
        super().keyPressEvent(event)

    # -- known people ------------------------------------------------------------------

    def _changed(self, cell: QTableWidgetItem) -> None:
        if self._filling or cell.column() != NAME:
            return
        known = self.known.get(cell.text().strip())
        if known is None:
            return
        row = cell.row()
        self._filling = True
        if not self.item(row, CAPACITY).text().strip():
            self.item(row, CAPACITY).setText(known.capacity)
        if not self.item(row, ROLE).text().strip():
            self.item(row, ROLE).setText(known.role)
        self._filling = False
        self.nameChosen.emit(row)


class AttendanceEditor(QWidget):
    """The table with its Add and Remove buttons."""

    def __init__(self, known: list[Person], parent=None) -> None:
        super().__init__(parent)
        self.table = PeopleTable(known)
        add = QPushButton("&Add person")
        add.setAccessibleName("Add a person")
        add.clicked.connect(self.table.add_person)
        remove = QPushButton("&Remove person")
        remove.setAccessibleName("Remove the selected person")
        remove.clicked.connect(self.table.remove_current)
        hint = QLabel("Space: present → apologies → absent.  Insert: add.  Delete: remove.")
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addWidget(hint, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
