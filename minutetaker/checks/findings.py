"""A finding of a check: what was found, where, and what it might be instead.

Every check (spelling, personal data) gives findings of this one shape, so that
``minutetaker check`` and the window's panel list them side by side.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Finding:
    item_number: str  # the agenda number of the item it stands in ("4a")
    kind: str  # "spelling", or a kind of personal data ("name", "phone", "email", ...)
    text: str  # what was found: the word, the number, the name
    excerpt: str  # the words around it, as a person would quote them
    suggestions: tuple[str, ...] = ()  # spelling only: the likeliest first
    # Where in the item: the block's index, then a finding's under a question;
    # () when it is not in the notes (the heading, the topic, an action).
    place: tuple[int, ...] = ()

    @property
    def key(self) -> str:
        """What a choice about this finding is remembered by (kind, item, text): a
        finding judged fine stays fine wherever in its item it moves."""
        return f"{self.kind}|{self.item_number}|{self.text}"

    def to_json(self) -> dict[str, Any]:
        """The shape of ``check --json``: suggestions only for spelling."""
        out: dict[str, Any] = {
            "item_number": self.item_number,
            "kind": self.kind,
            "text": self.text,
            "excerpt": self.excerpt,
        }
        if self.kind == "spelling":
            out["suggestions"] = list(self.suggestions)
        return out
