"""Meeting > Details and attendance… (Ctrl+D): the dialog, and the change saved.

The dialog (:mod:`minutetaker.gui.minutes.details_dialog`) is opened with
``open()``; a test reaches it as :attr:`DetailsCommand.dialog`. Accepted, it
has changed the session's meeting in place, and the session saves it at once.
On an agreed record, details that were changed are saved only once a reason
for changing the record is given; refused, the details go back as they were.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from minutetaker.domain.model import Meeting
from minutetaker.gui.safety.autosave import details_copy
from minutetaker.gui.session import MeetingSession

# What the dialog changes of a meeting.
DETAILS = ("title", "date", "time", "venue", "chair", "minute_taker", "marking", "people")
DETAILS += ("next_meeting",)


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
        before = details_copy(self.session.meeting)
        self.dialog = DetailsDialog(
            self.session.meeting, self.session.known_people(), self.parent_widget
        )
        self.dialog.accepted.connect(lambda: self._accepted(before))
        self.dialog.finished.connect(self.back)
        self.dialog.open()

    def _accepted(self, before: Meeting) -> None:
        session, meeting = self.session, self.session.meeting
        if not session.record_state.locked:
            session.details_edited()
        elif _details(meeting) != _details(before):

            def put_back() -> None:  # the record stays as it was agreed
                for name in DETAILS:
                    setattr(meeting, name, getattr(before, name))
                session.detailsChanged.emit(meeting)

            session.record_state.when_open(session.details_edited, put_back)


def _details(meeting: Meeting) -> tuple:
    """What the dialog changes, to tell whether it changed anything (a next meeting
    with nothing in it is the same as none)."""
    values = [getattr(meeting, name) for name in DETAILS]
    nxt = meeting.next_meeting
    if nxt is not None and not (nxt.date or nxt.time or nxt.venue):
        values[-1] = None
    return tuple(values)
