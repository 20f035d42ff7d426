"""Where the window was left, as the archive keeps it for the next start.

One setting, ``gui.where``: the meeting, the item and the cursor in its notes,
and the action being typed in the action row, if any (its text, owner, due
date as typed, and the id of the action it edits). It is written with the
autosaves (in the same transaction as the item's save), so that after a
crash the window opens where the person was typing, with the action they had
not yet filed back in its row. Read tolerantly: a setting that is not what
this module wrote is no place at all.

The session (:class:`~minutetaker.gui.session.MeetingSession`) reopens there
with :func:`reopen_where_left` and hands :func:`place_setting` to its autosaver.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import TYPE_CHECKING

from minutetaker.store.errors import ArchiveError

if TYPE_CHECKING:
    from minutetaker.gui.session import MeetingSession

PLACE_KEY = "gui.where"
DRAFT_FIELDS = ("text", "owner", "due")


@dataclass
class WhereLeft:
    meeting: int | None = None
    item: int | None = None
    cursor: int | None = None
    action: dict | None = None  # the action row's draft

    @classmethod
    def read(cls, stored: str | None) -> WhereLeft:
        try:
            place = json.loads(stored or "{}")
        except ValueError:
            return cls()
        if not isinstance(place, dict):
            return cls()
        return cls(
            _whole(place.get("meeting")),
            _whole(place.get("item")),
            _whole(place.get("cursor")),
            read_draft(place.get("action")),
        )

    def text(self) -> str:
        where = {"meeting": self.meeting, "item": self.item, "cursor": self.cursor}
        if self.action:
            where["action"] = self.action
        return json.dumps(where)


def read_draft(value) -> dict | None:
    """An action row's draft as written here, else None."""
    if not isinstance(value, dict):
        return None
    draft = {name: value.get(name) for name in DRAFT_FIELDS}
    if not all(isinstance(v, str) for v in draft.values()) or not any(draft.values()):
        return None
    editing = value.get("editing")
    draft["editing"] = editing if isinstance(editing, str) else None
    return draft


def _whole(value) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def place_text(session: MeetingSession) -> str:
    """Where the session's window is now, as the setting holds it ("" nowhere)."""
    if session.meeting is None or session.item is None:
        return ""
    return WhereLeft(
        session.meeting.id, session.item.id, session.cursor, session.action_draft
    ).text()


def place_setting(session: MeetingSession) -> tuple[str, str] | None:
    """The setting the next save writes with it (the autosaver's ``place``)."""
    place = place_text(session)
    return (PLACE_KEY, place) if place else None


def reopen_where_left(session: MeetingSession) -> bool:
    """Open the meeting, item and cursor the archive says the window was at, with
    the action that was being typed there back (``draftRestored``). False when
    there is no such place (or its meeting is gone)."""
    try:
        stored = session.archive.get_setting(PLACE_KEY) or ""
    except ArchiveError:
        stored = ""
    if stored:  # reopened there: not written again until the window moves
        session.autosaver.place_stored((PLACE_KEY, stored))
    left = WhereLeft.read(stored)
    if left.meeting is None or not session.open_meeting(
        left.meeting, left.item, left.cursor, quiet=True
    ):
        return False
    if left.action and session.item is not None and session.item.id == left.item:
        session.action_draft = left.action
        session.draftRestored.emit(left.action)
    return True
