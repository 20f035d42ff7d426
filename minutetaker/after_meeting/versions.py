"""Comparing two versions of a meeting kept in the archive (or one with the meeting
as it stands now), as a list of changes or as Word tracked changes."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from minutetaker.domain.compare import Comparison, compare_meetings
from minutetaker.domain.model import Meeting
from minutetaker.store import Archive


@dataclass(frozen=True)
class Side:
    """One side of a comparison: a kept version, or the meeting now (number None)."""

    meeting: Meeting
    number: int | None
    when: dt.datetime  # when the version was kept; now for the meeting as it stands
    state: str

    @property
    def label(self) -> str:
        return f"version {self.number}" if self.number is not None else "the meeting as it stands"


def side(archive: Archive, meeting_id: int, number: int | None) -> Side:
    """Version ``number`` of the meeting (None: the meeting as it stands now)."""
    record = archive.record(meeting_id)
    if number is None:
        meeting = archive.load_meeting(meeting_id)
        return Side(meeting, None, dt.datetime.now(dt.UTC).replace(microsecond=0), meeting.state)
    meeting = record.version(number)  # NotFound, naming the versions there are
    info = next(v for v in record.versions() if v.number == number)
    return Side(meeting, number, info.created, info.state)


def compare(
    archive: Archive, meeting_id: int, v1: int, v2: int | None = None
) -> tuple[Side, Side, Comparison]:
    """What changed from version ``v1`` to version ``v2`` (None: to now)."""
    before, after = side(archive, meeting_id, v1), side(archive, meeting_id, v2)
    return before, after, compare_meetings(before.meeting, after.meeting)


def write_tracked(
    before: Side,
    after: Side,
    comparison: Comparison,
    path: Path,
    archive_folder: Path | None = None,
) -> Path:
    """The later side as a Word document with the changes tracked, by "minutetaker"
    at the time the later side was kept (or now)."""
    from minutetaker.export.tracked import export_tracked

    author = f"minutetaker ({before.label} to {after.label})"
    report = export_tracked(
        before.meeting,
        after.meeting,
        path,
        author=author,
        when=after.when,
        comparison=comparison,
        archive_folder=archive_folder,
    )
    return report.path
