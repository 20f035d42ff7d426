"""Where the record on screen stands after the meeting, and its lock, as the
window sees them.

The meeting's own ``state`` (draft, circulated, agreed, published) and
``agreed_on`` come with it from the archive; the steps the window takes
(circulate, agree, publish) set them here, and :attr:`RecordState.changed`
tells the window (the header says it).

An agreed (or published) record is locked: the archive refuses a change until
it is opened with a reason. The window asks for that reason only when someone
first tries to change the record (:meth:`RecordState.when_open`; the question
itself is the lock guard's, ``gui/after/lock_guard.py``), once for as long as
the meeting stays on screen, and locks the record again when it leaves the
screen (another meeting opened, the window closed). So opening and reading an
agreed meeting never asks anything.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from minutetaker.domain.dates import long_date
from minutetaker.domain.model import STATE_AGREED, STATE_PUBLISHED, Meeting
from minutetaker.store.errors import ArchiveError

if TYPE_CHECKING:
    from minutetaker.gui.session import MeetingSession

LOCKED_STATES = (STATE_AGREED, STATE_PUBLISHED)

# Asks the person for a reason, then calls ``then`` (or ``refused`` if none is given).
Asker = Callable[[Callable[[], None], Callable[[], None] | None], None]


def state_words(meeting: Meeting, opened: bool = False) -> str:
    """``Draft``, ``Circulated``, ``Agreed on Tuesday 15 April 2031 (locked)``,
    ``Published``: what the header says of the record."""
    if meeting.state == STATE_AGREED:
        when = f" on {long_date(meeting.agreed_on)}" if meeting.agreed_on else ""
        return f"Agreed{when} ({'open for changes' if opened else 'locked'})"
    if meeting.state == STATE_PUBLISHED:
        return "Published (open for changes)" if opened else "Published"
    return meeting.state.capitalize()


class RecordState(QObject):
    changed = Signal(object)  # the meeting on screen: its state or its lock changed

    def __init__(self, session: MeetingSession) -> None:
        super().__init__(session)
        self.session = session
        self.meeting_id: int | None = None
        self.opened = False  # this window opened the agreed record with a reason
        self.ask_reason: Asker | None = None  # set by the lock guard
        session.meetingOpened.connect(self._meeting_opened)

    @property
    def locked(self) -> bool:
        """The meeting on screen is agreed or published and not opened for changes."""
        meeting = self.session.meeting
        return meeting is not None and meeting.state in LOCKED_STATES and not self.opened

    def words(self) -> str:
        meeting = self.session.meeting
        return state_words(meeting, self.opened) if meeting is not None else ""

    def why_locked(self) -> str:
        """The sentence that says the record is locked."""
        meeting = self.session.meeting
        if meeting is None:
            return ""
        if meeting.state == STATE_PUBLISHED:
            agreed = "was published"
        elif meeting.agreed_on:
            agreed = f"was agreed on {long_date(meeting.agreed_on)}"
        else:
            agreed = "was agreed"
        return f"The record of the meeting of {long_date(meeting.date)} {agreed} and is locked."

    # -- the lock ------------------------------------------------------------------------

    def when_open(
        self, then: Callable[[], None], refused: Callable[[], None] | None = None
    ) -> None:
        """Do ``then`` now if the record may be changed; if it is locked, once the
        person has given a reason for changing it (else ``refused``)."""
        if not self.locked:
            then()
        elif self.ask_reason is not None:
            self.ask_reason(then, refused)
        elif refused is not None:
            refused()

    def unlock(self, reason: str) -> None:
        """Open the record for changes; the archive keeps the reason and the time in
        its history. Raises the archive's error (its sentence) if it cannot."""
        meeting_id = self.meeting_id
        if meeting_id is None:
            return
        self.session.write(lambda archive: archive.record(meeting_id).unlock(reason), record=False)
        self.opened = True
        self.changed.emit(self.session.meeting)

    def lock_again(self) -> None:
        """Lock the record this window opened (it is leaving the screen)."""
        if not self.opened or self.meeting_id is None:
            return
        meeting_id = self.meeting_id
        self.opened = False
        try:
            self.session.write(
                lambda archive: archive.record(meeting_id).lock_again(), record=False
            )
        except ArchiveError:
            # the next window asks for a reason anyway: its lock is this window's own
            pass

    def leave(self) -> None:
        """The meeting leaves the screen without another coming (the window closes,
        a backup replaces the archive): lock it again, forget it."""
        self.lock_again()
        self.meeting_id = None

    # -- the steps -----------------------------------------------------------------------

    def became(self, state: str, agreed_on: dt.date | None = None) -> None:
        """A step in the archive moved the record on screen to ``state``."""
        meeting = self.session.meeting
        if meeting is None:
            return
        meeting.state = state
        if agreed_on is not None:
            meeting.agreed_on = agreed_on
        if state in LOCKED_STATES:
            self.opened = False  # agreeing and publishing lock it (the archive's rule)
        self.changed.emit(meeting)

    def _meeting_opened(self, meeting: Meeting | None) -> None:
        meeting_id = meeting.id if meeting is not None else None
        if meeting_id != self.meeting_id:
            self.lock_again()  # the record left the screen; its changes are saved
            self.meeting_id = meeting_id
        self.changed.emit(meeting)
