"""Where the window was left, as the archive keeps it for the next start.

One setting, ``gui.where``: the meeting, the item and the cursor in its notes,
and the action being typed in the action row, if any (its text, owner, due
date as typed, and the id of the action it edits). It is written with the
autosaves (in the same transaction as the item's save), so that after a
crash the window opens where the person was typing, with the action they had
not yet filed back in its row. Read tolerantly: a setting that is not what
this module wrote is no place at all.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

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
