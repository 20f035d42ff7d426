"""Writing meetings in interchange format v1."""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

from minutetaker.domain.model import Meeting
from minutetaker.domain.serial import meeting_to_dict


def meeting_to_json(meeting: Meeting) -> str:
    """The meeting as format v1 JSON text (UTF-8 characters kept as they are)."""
    return json.dumps(meeting_to_dict(meeting), ensure_ascii=False, indent=2) + "\n"


def write_meeting_file(meeting: Meeting, path: Path) -> None:
    """Write the meeting to ``path`` whole or not at all (temporary file, then replace)."""
    path = Path(path)
    text = meeting_to_json(meeting)
    fd, temp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
