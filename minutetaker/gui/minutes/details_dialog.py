"""Meeting details and attendance, in one dialog.

Enter (OK) saves; Esc (Cancel, or closing the dialog) leaves it, asking first
when anything was changed: Save (the default), Don't save, or Cancel to go back
to the dialog where you were. The attendance table is sized to show a meeting's
people (eight or so) without scrolling, and grows with the dialog.
"""

from __future__ import annotations

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from minutetaker.domain.dates import is_time, parse_typed_date
from minutetaker.domain.model import MARKINGS, Meeting, MinuteTaker, NextMeeting, Person
from minutetaker.domain.text import clean_line
from minutetaker.gui.minutes.attendance import AttendanceEditor
from minutetaker.gui.shell.date_field import DateField
from minutetaker.gui.shell.messages import keep_focus
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
        self.date = DateField("Date of the meeting", parse=parse_typed_date, says_day=True)
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
        self.next_date = DateField("Date of the next meeting", says_day=True)
        self.next_time = _line("Time of the next meeting", "HH:MM")
        self.next_venue = _line("Venue of the next meeting")
        em = self.fontMetrics().horizontalAdvance("M")
        for field, width in (
            (self.date, 9),
            (self.next_date, 9),
            (self.time, 6),
            (self.next_time, 6),
        ):
            field.setMaximumWidth(em * width)
        self.message = QLabel()
        self.message.setObjectName("rowMessage")
        self.message.setWordWrap(True)
        self.message.hide()

        details = QGroupBox("Meeting")
        form = QFormLayout(details)
        _row(form, "&Title:", self.title)
        when = QHBoxLayout()
        when.addWidget(self.date)
        when.addWidget(self.date.day_said)
        when.addStretch(1)
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
        nxt.addWidget(self.next_date.day_said)
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
        self._filled = self._values()
        apply_styles(self)
        self._size()

    def _size(self) -> None:
        """Wide enough for the fields, tall enough for the table's people; never
        past the screen."""
        hint = self.sizeHint()
        em = self.fontMetrics().horizontalAdvance("M")
        width, height = max(hint.width(), em * 72), hint.height()
        screen = self.screen().availableGeometry() if self.screen() else None
        if screen is not None:
            width = min(width, screen.width() - 40)
            height = min(height, screen.height() - 80)  # (room for the title bar)
        self.resize(width, height)

    @property
    def table(self):
        return self.attendance.table

    def _fill(self) -> None:
        m = self.meeting
        self.title.setText(m.title)
        self.date.set_date(m.date)
        self.time.setText(m.time)
        self.venue.setText(m.venue)
        self.chair.setText(m.chair)
        self.taker_name.setText(m.minute_taker.name)
        self.taker_capacity.setText(m.minute_taker.capacity)
        self.marking.setCurrentIndex(max(0, self.marking.findData(m.marking)))
        nxt = m.next_meeting or NextMeeting()
        self.next_date.set_date(nxt.date)
        self.next_time.setText(nxt.time)
        self.next_venue.setText(nxt.venue)
        self.table.set_people(m.people)
        if m.people:
            self.table.setCurrentCell(0, 0)

    def _values(self) -> tuple:
        """Everything the dialog can change, to tell whether anything was."""
        fields = (
            self.title,
            self.date,
            self.time,
            self.venue,
            self.chair,
            self.taker_name,
            self.taker_capacity,
            self.next_date,
            self.next_time,
            self.next_venue,
        )
        people = tuple((p.name, p.capacity, p.role, p.attendance) for p in self.table.people())
        return (*(f.text() for f in fields), self.marking.currentData(), people)

    def changed(self) -> bool:
        return self._values() != self._filled

    def reject(self) -> None:
        """Esc: leave, asking first when something was changed."""
        if not self.changed():
            super().reject()
            return
        choice = keep_focus(self._ask_keep)
        if choice == QMessageBox.StandardButton.Save:
            self.accept()  # (a field it refuses keeps the dialog open, with its sentence)
        elif choice == QMessageBox.StandardButton.Discard:
            super().reject()

    def _ask_keep(self) -> QMessageBox.StandardButton:
        Button = QMessageBox.StandardButton
        box = QMessageBox(
            QMessageBox.Icon.Question,
            "Meeting details and attendance",
            "Save the changes to the details and attendance?",
            Button.Save | Button.Discard | Button.Cancel,
            self,
        )
        box.setInformativeText("Don't save throws them away; Cancel goes back to them.")
        box.button(Button.Save).setText("&Save")
        box.button(Button.Discard).setText("&Don't save")
        box.setDefaultButton(Button.Save)
        box.setEscapeButton(Button.Cancel)
        return Button(box.exec())

    def _refuse(self, text: str, field: QWidget) -> None:
        self.message.setText(text)
        self.message.show()
        field.setFocus(Qt.FocusReason.OtherFocusReason)
        if isinstance(field, QLineEdit):
            field.selectAll()  # to be typed over

    def accept(self) -> None:
        try:
            date = self.date.date()
        except ValueError:
            typed = self.date.text().strip()
            said = f"“{typed}” is not a date. " if typed else ""
            self._refuse(
                f"{said}Type the date of the meeting as dd/mm/yyyy, e.g. 22/08/2017.", self.date
            )
            return
        time = self.time.text().strip()
        if time and not is_time(time):
            self._refuse("The time should be like 10:30 (24-hour), or left empty.", self.time)
            return
        next_time = self.next_time.text().strip()
        if next_time and not is_time(next_time):
            self._refuse("The next meeting's time should be like 10:30.", self.next_time)
            return
        try:
            next_date = self.next_date.date()
        except ValueError:
            self._refuse(
                f"“{self.next_date.text().strip()}” is not a date. Type the next meeting's "
                "date as dd/mm/yyyy, e.g. 26/09/2017, or leave it empty.",
                self.next_date,
            )
            return
        m = self.meeting
        m.title = clean_line(self.title.text()).strip() or m.title
        m.date = date
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
