"""Meeting details and attendance, in one dialog."""

from __future__ import annotations

from PySide6.QtCore import QDate, QStringListModel, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from minutetaker.domain.dates import is_time, parse_field_date, uk_date
from minutetaker.domain.model import MARKINGS, Meeting, MinuteTaker, NextMeeting, Person
from minutetaker.domain.text import clean_line
from minutetaker.gui.minutes.attendance import AttendanceEditor
from minutetaker.gui.shell.style import apply_styles

MARKING_LABELS = {"": "None", "OFFICIAL": "OFFICIAL", "OFFICIAL-SENSITIVE": "OFFICIAL-SENSITIVE"}


def _line(name: str, placeholder: str = "") -> QLineEdit:
    field = QLineEdit()
    field.setAccessibleName(name)
    field.setPlaceholderText(placeholder)
    return field


def _row(form: QFormLayout, label: str, field: QWidget) -> None:
    text = QLabel(label)
    text.setBuddy(field)
    form.addRow(text, field)


class DetailsDialog(QDialog):
    def __init__(self, meeting: Meeting, known: list[Person], parent=None) -> None:
        super().__init__(parent)
        self.meeting = meeting
        self.setWindowTitle("Meeting details and attendance")
        self.title = _line("Title")
        self.date = QDateEdit()
        self.date.setAccessibleName("Date of the meeting")
        self.date.setDisplayFormat("dd/MM/yyyy")
        self.date.setCalendarPopup(True)
        self.time = _line("Time", "HH:MM, e.g. 10:30")
        self.venue = _line("Venue")
        self.chair = _line("Chair")
        names = QStringListModel(sorted({p.name for p in known}), self)
        chair_completer = QCompleter(names, self)
        chair_completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.chair.setCompleter(chair_completer)
        self.taker_name = _line("Minute taker's name")
        self.taker_capacity = _line("Minute taker's capacity", "e.g. Policy Officer, OPCC")
        self.marking = QComboBox()
        self.marking.setAccessibleName("Protective marking")
        for value in MARKINGS:
            self.marking.addItem(MARKING_LABELS[value], value)
        self.next_date = _line("Date of the next meeting", "dd/mm/yyyy")
        self.next_time = _line("Time of the next meeting", "HH:MM")
        self.next_venue = _line("Venue of the next meeting")
        self.message = QLabel()
        self.message.setObjectName("rowMessage")
        self.message.setWordWrap(True)
        self.message.hide()

        details = QGroupBox("Meeting")
        form = QFormLayout(details)
        _row(form, "&Title:", self.title)
        when = QHBoxLayout()
        when.addWidget(self.date)
        time_label = QLabel("T&ime:")
        time_label.setBuddy(self.time)
        when.addWidget(time_label)
        when.addWidget(self.time)
        date_label = QLabel("&Date:")
        date_label.setBuddy(self.date)
        form.addRow(date_label, when)
        _row(form, "&Venue:", self.venue)
        _row(form, "C&hair:", self.chair)
        taker = QHBoxLayout()
        taker.addWidget(self.taker_name, 1)
        taker.addWidget(self.taker_capacity, 1)
        taker_label = QLabel("&Minutes by:")
        taker_label.setBuddy(self.taker_name)
        form.addRow(taker_label, taker)
        _row(form, "Protective mar&king:", self.marking)
        nxt = QHBoxLayout()
        nxt.addWidget(self.next_date)
        nxt.addWidget(self.next_time)
        nxt.addWidget(self.next_venue, 2)
        next_label = QLabel("&Next meeting:")
        next_label.setBuddy(self.next_date)
        form.addRow(next_label, nxt)

        people = QGroupBox("Attendance")
        self.attendance = AttendanceEditor(known)
        people_layout = QVBoxLayout(people)
        people_layout.addWidget(self.attendance)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(details)
        layout.addWidget(people, 1)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self._fill()
        apply_styles(self)

    @property
    def table(self):
        return self.attendance.table

    def _fill(self) -> None:
        m = self.meeting
        self.title.setText(m.title)
        self.date.setDate(QDate(m.date.year, m.date.month, m.date.day))
        self.time.setText(m.time)
        self.venue.setText(m.venue)
        self.chair.setText(m.chair)
        self.taker_name.setText(m.minute_taker.name)
        self.taker_capacity.setText(m.minute_taker.capacity)
        self.marking.setCurrentIndex(max(0, self.marking.findData(m.marking)))
        nxt = m.next_meeting or NextMeeting()
        self.next_date.setText(uk_date(nxt.date) if nxt.date else "")
        self.next_time.setText(nxt.time)
        self.next_venue.setText(nxt.venue)
        self.table.set_people(m.people)
        if m.people:
            self.table.setCurrentCell(0, 0)

    def _refuse(self, text: str, field: QWidget) -> None:
        self.message.setText(text)
        self.message.show()
        field.setFocus()

    def accept(self) -> None:
        time = self.time.text().strip()
        if time and not is_time(time):
            self._refuse("The time should be like 10:30 (24-hour), or left empty.", self.time)
            return
        next_time = self.next_time.text().strip()
        if next_time and not is_time(next_time):
            self._refuse("The next meeting's time should be like 10:30.", self.next_time)
            return
        try:
            next_date = parse_field_date(self.next_date.text())
        except ValueError:
            self._refuse("The next meeting's date should be like 15/04/2031.", self.next_date)
            return
        m = self.meeting
        m.title = clean_line(self.title.text()).strip() or m.title
        m.date = self.date.date().toPython()
        m.time = time
        m.venue = clean_line(self.venue.text()).strip()
        m.chair = clean_line(self.chair.text()).strip()
        m.minute_taker = MinuteTaker(
            clean_line(self.taker_name.text()).strip(),
            clean_line(self.taker_capacity.text()).strip(),
        )
        m.marking = self.marking.currentData()
        m.next_meeting = NextMeeting(
            next_date, next_time, clean_line(self.next_venue.text()).strip()
        )
        m.people = self.table.people()
        super().accept()
