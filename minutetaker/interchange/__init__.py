"""Meeting interchange format v1 (JSON): read, validate, write."""

from minutetaker.interchange.errors import InterchangeError
from minutetaker.interchange.reader import parse_meeting, parse_meeting_bytes, read_meeting_file
from minutetaker.interchange.writer import meeting_to_json, write_meeting_file

__all__ = [
    "InterchangeError",
    "meeting_to_json",
    "parse_meeting",
    "parse_meeting_bytes",
    "read_meeting_file",
    "write_meeting_file",
]
