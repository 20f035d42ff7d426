"""Circulating the draft: the full version, marked DRAFT, and version N kept.

The file and the kept version go together: the document is written to a
temporary file first, the version is kept in the same transaction that moves the
file into place, and if the transaction cannot be committed the file it replaced
is put back. The document carries, as custom document properties, which meeting
and which version it is (and a fingerprint of that version's text), so that the
reviewer's edited copy can be compared with exactly the text that was circulated.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from minutetaker.domain.model import Meeting
from minutetaker.export.writer import ExportReport, prepare_docx
from minutetaker.store import Archive
from minutetaker.store.versions import VersionInfo

# The custom document properties of a circulated draft.
PROPERTY_MEETING = "minutetaker.meeting"  # the meeting's id in the archive
PROPERTY_DATE = "minutetaker.meeting-date"  # YYYY-MM-DD
PROPERTY_TITLE = "minutetaker.meeting-title"
PROPERTY_VERSION = "minutetaker.version"  # N
PROPERTY_FINGERPRINT = "minutetaker.version-fingerprint"


@dataclass(frozen=True)
class Circulated:
    version: VersionInfo
    path: Path


def draft_properties(meeting: Meeting, version: VersionInfo) -> dict[str, str]:
    return {
        PROPERTY_MEETING: str(meeting.id),
        PROPERTY_DATE: meeting.date.isoformat(),
        PROPERTY_TITLE: meeting.title,
        PROPERTY_VERSION: str(version.number),
        PROPERTY_FINGERPRINT: version.fingerprint,
    }


def circulate(archive: Archive, meeting_id: int, path: Path) -> Circulated:
    """Keep the meeting as it stands as its next version and write the full version,
    marked DRAFT, to ``path``: both, or neither. Raises the store's WrongState for
    an agreed record, ExportError when the file cannot be written."""
    written: list[ExportReport] = []

    def write(version: VersionInfo) -> None:
        meeting = archive.load_meeting(meeting_id)  # as kept, its state now circulated
        report = prepare_docx(
            meeting,
            path,
            properties=draft_properties(meeting, version),
            archive_folder=archive.path.parent,
        )
        written.append(report)
        report.place()  # inside the transaction: a failure here keeps nothing

    try:
        version = archive.record(meeting_id).circulate(before_commit=write)
    except BaseException:
        for report in written:
            report.undo()  # the commit failed: the file it replaced comes back
        raise
    written[0].keep()
    return Circulated(version, Path(path))
