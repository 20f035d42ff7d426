"""Meeting > Details and attendance… (Ctrl+D): the dialog, and the change saved.

The dialog (:mod:`minutetaker.gui.minutes.details_dialog`) is opened with
``open()``; a test reaches it as :attr:`DetailsCommand.dialog`. Accepted, it
has changed the session's meeting in place, and the session saves it at once.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from minutetaker.gui.session import MeetingSession


class DetailsCommand(QObject):
    def __init__(
        self,
        session: MeetingSession,
        parent: QWidget,
        back: Callable[[], None],
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.parent_widget = parent
        self.back = back
        self.dialog = None

    def edit(self) -> None:
        from minutetaker.gui.minutes.details_dialog import DetailsDialog

        if self.session.meeting is None:
            return
        self.dialog = DetailsDialog(
            self.session.meeting, self.session.known_people(), self.parent_widget
        )
        self.dialog.accepted.connect(self.session.details_edited)
        self.dialog.finished.connect(self.back)
        self.dialog.open()
