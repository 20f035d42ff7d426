"""Writing meetings in interchange format v1."""

from __future__ import annotations

import json
from pathlib import Path

from minutetaker.domain.model import Meeting
from minutetaker.domain.serial import meeting_to_dict
from minutetaker.store.files import write_together


def meeting_to_json(meeting: Meeting) -> str:
    """The meeting as format v1 JSON text (UTF-8 characters kept as they are)."""
    return json.dumps(meeting_to_dict(meeting), ensure_ascii=False, indent=2) + "\n"


def write_meeting_file(meeting: Meeting, path: Path, archive_folder: Path | None = None) -> None:
    """Write the meeting to ``path`` whole or not at all (a temporary file, then
    replaced), readable by the owner alone: it holds everything, the restricted
    parts too. Raises ``store.files.WriteRefused`` (see there for what is refused,
    ``archive_folder`` among it)."""
    text = meeting_to_json(meeting).encode("utf-8")
    write_together([(Path(path), text, True)], archive_folder)
