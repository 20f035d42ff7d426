"""Meeting > Mark as agreed… (the dialog): the day the record was agreed.

The day is typed as every date field of the window takes it (dd/mm/yyyy,
today's date offered); Enter marks the record agreed, Esc leaves it as it was.
A day the archive refuses (before the meeting, still to come) is said in the
dialog, which stays open to correct it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from minutetaker.domain.dates import long_date, parse_typed_date
from minutetaker.gui.shell.date_field import DateField


class AgreeDialog(QDialog):
    def __init__(
        self,
        meeting_date: dt.date,
        today: dt.date,
        agree: Callable[[dt.date], str],
        parent: QWidget | None = None,
    ) -> None:
        """``agree(day)`` marks the record agreed and returns "" (else the sentence
        saying why not)."""
        super().__init__(parent)
        self._agree = agree
        self.setWindowTitle("Mark as agreed")
        intro = QLabel(
            f"The record of the meeting of {long_date(meeting_date)} is agreed as it stands: "
            "the full version no longer says DRAFT, and the record is locked (a change will "
            "ask for a reason, kept in its history)."
        )
        intro.setWordWrap(True)
        self.day = DateField("Agreed on (dd/mm/yyyy)", parse=parse_typed_date)
        self.day.set_date(today)
        self.message = QLabel("")
        self.message.setWordWrap(True)
        self.message.setObjectName("rowMessage")
        self.message.hide()
        form = QFormLayout()
        label = QLabel("Agreed &on:")
        label.setBuddy(self.day)
        form.addRow(label, self.day)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText("&Mark as agreed")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 32)
        self.day.setFocus()
        self.day.selectAll()

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()
        self.day.setFocus()
        self.day.selectAll()

    def accept(self) -> None:
        try:
            day = parse_typed_date(self.day.text())
        except ValueError:
            self._say("Type the day it was agreed like 15/04/2031.")
            return
        refused = self._agree(day)
        if refused:
            self._say(refused)
            return
        super().accept()
