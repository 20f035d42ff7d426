"""A brought-forward action typed by hand: the first meeting in minutetaker has no
earlier meeting in the archive to bring its open actions from, so they are typed
in from the last minutes kept in Word.

Edit > Add a brought-forward action… (Ctrl+Shift+M) opens it. The fields, in Tab
order: the month and year the action arose (``June 2017`` or ``06/2017``; the
month before the meeting is filled in, selected, so typing replaces it), its
subject, the action as it was raised, the owner (a role code, completed from the
meeting's people, and ALL) and the due date (``dd/mm/yyyy``, or empty). Enter
files it; Esc leaves, and asks first when something was typed. What cannot be
read is said under the fields, and the cursor goes back to that field.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtWidgets import (
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from minutetaker.domain.dates import month_year, parse_field_date
from minutetaker.domain.model import BroughtForward
from minutetaker.domain.text import clean_line, clean_text
from minutetaker.domain.written_dates import parse_typed_month
from minutetaker.gui.minutes.action_panel import normalise_owner
from minutetaker.gui.shell.date_field import DateField

TITLE = "Add a brought-forward action"


def month_before(day: dt.date) -> dt.date:
    return (day.replace(day=1) - dt.timedelta(days=1)).replace(day=1)


class BroughtForwardDialog(QDialog):
    """The five fields of a brought-forward action; ``record()`` once accepted."""

    def __init__(self, meeting_date: dt.date, codes: list[str], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(TITLE)
        self.codes = codes
        self.month = self._field("Month and year it arose", "June 2017, or 06/2017")
        self.month.setText(month_year(month_before(meeting_date)))
        self.month.selectAll()
        self.subject = self._field("Subject", "the topic it was raised under")
        self.action = self._field("Action as raised", "what was to be done")
        self.owner = self._field("Owner (role code)", "CC, ACC, ALL…")
        completer = QCompleter(QStringListModel(codes, self), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.owner.setCompleter(completer)
        self.due = DateField("Due date", "dd/mm/yyyy, or leave empty")  # as every date
        self.message = QLabel("")
        self.message.setObjectName("rowMessage")
        self.message.setWordWrap(True)
        self.message.setAccessibleName("What needs correcting")
        form = QFormLayout()
        for label, field in (
            ("&Arose at the meeting of:", self.month),
            ("&Subject:", self.subject),
            ("Ac&tion:", self.action),
            ("&Owner:", self.owner),
            ("D&ue:", self.due),
        ):
            text = QLabel(label)
            text.setBuddy(field)
            form.addRow(text, field)
        intro = QLabel(
            "An action of an earlier meeting that is not in the archive (minutes kept "
            "in Word). It becomes a sub-item of item 1, as the next meeting brings "
            "an open action forward; type this meeting's update in its notes."
        )
        intro.setWordWrap(True)
        buttons = QDialogButtonBox()
        self.add_button = buttons.addButton("A&dd", QDialogButtonBox.ButtonRole.AcceptRole)
        self.add_button.setDefault(True)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        em = self.fontMetrics().horizontalAdvance("M")
        self.resize(em * 60, self.sizeHint().height())  # room for an action's sentence
        self._typed_at_start = self._typed()
        self._record: BroughtForward | None = None

    def _field(self, name: str, placeholder: str) -> QLineEdit:
        field = QLineEdit()
        field.setAccessibleName(name)
        field.setPlaceholderText(placeholder)
        return field

    def _typed(self) -> tuple[str, ...]:
        return tuple(
            f.text() for f in (self.month, self.subject, self.action, self.owner, self.due)
        )

    def record(self) -> BroughtForward | None:
        """The record as typed (once accepted)."""
        return self._record

    def _refuse(self, field: QLineEdit, sentence: str) -> None:
        self.message.setText(sentence)
        field.setFocus(Qt.FocusReason.OtherFocusReason)
        field.selectAll()

    def accept(self) -> None:
        """Enter: file the action, if every field can be read."""
        try:
            arose = parse_typed_month(self.month.text())
        except ValueError:
            self._refuse(self.month, "Type the month it arose as June 2017 or 06/2017.")
            return
        try:
            due = parse_field_date(self.due.text())
        except ValueError:
            self._refuse(
                self.due, "Type the due date as dd/mm/yyyy (15/09/2017), or leave it empty."
            )
            return
        subject = clean_line(self.subject.text()).strip()
        action = clean_text(self.action.text()).strip()
        if not (subject or action):
            self._refuse(self.action, "Type the action as it was raised (or at least its subject).")
            return
        owner = normalise_owner(self.owner.text(), self.codes)
        self._record = BroughtForward(
            from_date=arose, subject=subject, action=action, owner=owner, due=due
        )
        super().accept()

    def reject(self) -> None:
        """Esc: leave; when something was typed, ask first (No keeps it)."""
        if self._typed() != self._typed_at_start:
            Button = QMessageBox.StandardButton
            answer = QMessageBox.question(
                self,
                TITLE,
                "Leave without adding this brought-forward action? What you typed is lost.",
                Button.Yes | Button.No,
                Button.No,
            )
            if answer != Button.Yes:
                return
        super().reject()
