"""One meeting's record after the meeting, as the window and the commands use it.

``archive.record(meeting_id)`` gives a :class:`Record`; each of its steps is one
transaction (one line for the caller)::

    record = archive.record(7)
    record.circulate()               # version N kept, state circulated
    record.agree(dt.date(2031, 4, 15))
    record.unlock("Correcting the spelling of a name")   # then edits are allowed
    record.lock_again()
    record.versions(), record.version(2), record.history()

The steps that write a file with the change (circulating, publishing) take a
``before_commit`` function, called inside the transaction once the version is
kept: if it raises, nothing of the step is kept.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING

from minutetaker.domain.model import Meeting
from minutetaker.store import lifecycle, versions
from minutetaker.store.versions import HistoryEvent, VersionInfo

if TYPE_CHECKING:
    from minutetaker.store.archive import Archive

BeforeCommit = Callable[[VersionInfo], object] | None


class Record:
    def __init__(self, archive: Archive, meeting_id: int) -> None:
        self.archive = archive
        self.meeting_id = meeting_id

    # -- reading --------------------------------------------------------------------

    def state(self) -> str:
        return self.archive._read(lifecycle.state_of, self.meeting_id)

    def is_locked(self) -> bool:
        """Agreed (or published) and not opened for editing with a reason."""
        return self.archive._read(lifecycle.is_locked, self.meeting_id)

    def versions(self) -> list[VersionInfo]:
        """The kept versions, oldest first."""
        return self.archive._read(versions.list_versions, self.meeting_id)

    def version(self, number: int) -> Meeting:
        """Version ``number`` as it was kept (NotFound if there is none)."""
        return self.archive._read(versions.load_version, self.meeting_id, number)

    def history(self) -> list[HistoryEvent]:
        """What happened to the record, oldest first."""
        return self.archive._read(versions.history, self.meeting_id)

    def fingerprint(self, number: int) -> str | None:
        """The fingerprint of version ``number`` (None if it was never kept)."""
        return self.archive._read(versions.version_fingerprint, self.meeting_id, number)

    def accepted_findings(self) -> set[str]:
        """The keys of the check's findings judged fine to publish."""
        return self.archive._read(lifecycle.accepted_findings, self.meeting_id)

    # -- the steps ------------------------------------------------------------------

    def circulate(self, before_commit: BeforeCommit = None) -> VersionInfo:
        """Keep the meeting as it stands as version N; the state becomes circulated."""
        with self.archive.transaction() as conn:
            version = lifecycle.circulate(conn, self.meeting_id)
            if before_commit is not None:
                before_commit(version)
        return version

    def agree(self, on: dt.date | None = None, today: dt.date | None = None) -> VersionInfo:
        """Record the day the record was agreed (default: today); it is locked from then on."""
        today = today or lifecycle.today()
        with self.archive.transaction() as conn:
            return lifecycle.agree(conn, self.meeting_id, on or today, today)

    def publish(self, detail: str = "", before_commit: BeforeCommit = None) -> VersionInfo:
        """Mark the agreed record published, with the version published."""
        with self.archive.transaction() as conn:
            version = lifecycle.publish(conn, self.meeting_id, detail)
            if before_commit is not None:
                before_commit(version)
        return version

    def unlock(self, reason: str) -> None:
        """Open the agreed record for editing; the reason and time go to its history."""
        with self.archive.transaction() as conn:
            lifecycle.unlock(conn, self.meeting_id, reason)

    def lock_again(self) -> bool:
        """Close it again (False if it was not open)."""
        with self.archive.transaction() as conn:
            return lifecycle.lock_again(conn, self.meeting_id)

    def save_corrections(self, meeting: Meeting, detail: str) -> None:
        """Save the meeting with corrections taken from a returned draft (details and
        every item), and say so in its history: one transaction."""
        from minutetaker.store import meetings as meeting_rows

        with self.archive.transaction() as conn:
            lifecycle.require_editable(conn, self.meeting_id)
            meeting.id = self.meeting_id
            meeting_rows.update_details(conn, meeting)
            for item in meeting.walk_items():
                meeting_rows.update_item(conn, self.meeting_id, item)
            versions.add_history(conn, self.meeting_id, "corrected", detail=detail)

    def withhold(self, item_number: str, place: tuple[int, ...], reason: str) -> str:
        """Mark a paragraph (no ``place``: the item) not for publication, with its reason."""
        with self.archive.transaction() as conn:
            return lifecycle.withhold(conn, self.meeting_id, item_number, place, reason)

    def accept_finding(self, key: str, label: str) -> None:
        """Remember a finding of the check as fine to publish."""
        with self.archive.transaction() as conn:
            lifecycle.accept_finding(conn, self.meeting_id, key, label)
