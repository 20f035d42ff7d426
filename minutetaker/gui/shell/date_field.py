"""The field every date of the window is typed into: dd/mm/yyyy, as typed.

A plain line of text, read with :mod:`minutetaker.domain.dates` (the one
parser of typed dates) when the dialog or row that holds it is accepted: what
was typed is taken as it stands, or refused with a sentence; it is never turned
into another date. However the field is entered (Tab, Shift+Tab, its Alt key,
a click), its text is selected, so a date typed there replaces the old one; a
second click puts the cursor where it is clicked, to change one digit. Typing
into the middle of a whole date gives text that is no date, which is refused.

A field made with ``says_day`` has a label, :attr:`DateField.day_said`, that
says the day its text reads as it is typed ("Tuesday 22 August 2017", or "not
a date yet"); whoever lays the field out puts the label beside it.

(It replaces a ``QDateEdit``, whose sections turned ``22/08/2017`` typed over
a selection into 30/08/2017 or 22/01/2082 without a word.)
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from minutetaker.domain.dates import long_date, parse_field_date, uk_date

EXAMPLE = "dd/mm/yyyy"


class DateField(QLineEdit):
    """A date typed as dd/mm/yyyy (or YYYY-MM-DD); ``parse`` reads it (by default
    :func:`~minutetaker.domain.dates.parse_field_date`: empty is None)."""

    def __init__(
        self,
        name: str,
        placeholder: str = EXAMPLE,
        parse: Callable[[str], dt.date | None] = parse_field_date,
        parent: QWidget | None = None,
        says_day: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setAccessibleName(name)
        self.setAccessibleDescription("A date typed as dd/mm/yyyy, e.g. 22/08/2017")
        self.setPlaceholderText(placeholder)
        self._parse = parse
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance(f"{placeholder}00") + 12)
        self.day_said: QLabel | None = None
        if says_day:
            self.day_said = QLabel()
            self.day_said.setObjectName("hint")
            self.day_said.setAccessibleName(f"{name}, as read")
            # as wide as the longest day, so that the fields beside it stay put
            longest = self.day_said.fontMetrics().horizontalAdvance("Wednesday 30 September 2031")
            self.day_said.setMinimumWidth(longest + 4)
            self.textChanged.connect(self._say_day)

    def _say_day(self, text: str) -> None:
        try:
            day = self._parse(text)
        except ValueError:
            self.day_said.setText("not a date yet (dd/mm/yyyy)")
            return
        self.day_said.setText(long_date(day) if day else "")

    def date(self) -> dt.date | None:
        """The date typed; None when the field is empty. Raises ValueError when
        the text is not a date."""
        return self._parse(self.text())

    def set_date(self, day: dt.date | None) -> None:
        self.setText(uk_date(day) if day else "")

    def is_date(self) -> bool:
        """Whether the text can be read (an empty field can)."""
        try:
            self.date()
        except ValueError:
            return False
        return True

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)  # (Tab, Shift+Tab and an Alt key select the text)
        if event.reason() == Qt.FocusReason.MouseFocusReason:
            # after the click has placed the cursor: the whole date, to be typed over
            QTimer.singleShot(0, self, self.selectAll)
