"""An action's owner written otherwise than as a bare role code: with a name
(``CEx – O Pritchard``, ``G Penhaligon (ACC)``, ``ACC Holloway``), as a name alone
(``Naomi Castell``, ``Mr Pritchard``: the code of that person in the attendance),
or at the end of the action's own words when the ACTION cell is empty
(``… by 30 June (ACC Holloway)``, ``… (Action: CEx)``).

The archive keeps an owner as role codes, as the rest of the import does; a name
is matched to the people of the meeting (by surname, and the first name or its
initial where written), so a name the meeting does not know is never taken for
anyone."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from minutetaker.domain import house_format as words
from minutetaker.domain.model import Person
from minutetaker.wordimport.people import person_named

# "Action:", "Owner -", "Action by", "Lead:" typed before the owner.
_LABEL = re.compile(r"^\s*(?:action(?:\s+by)?|owner|lead|by)\s*(?::|-(?=\s)|\s)\s*", re.I)
# Parts of an owner written with a name: brackets, a dash with spaces, a comma.
_PARTS = re.compile(r"[()]|\s-\s|,")
# An owner at the end of an action's words: "(ACC Holloway)", "(Action: CEx)".
_AT_END = re.compile(r"\((?P<owner>[^()]{2,60})\)\s*\.?\s*$")
# "… on speed limits – CEx", "… – O Pritchard": an owner after a spaced dash.
_DASH_AT_END = re.compile(r"\s[-–—]\s+(?P<owner>[^-–—]{2,40}?)\.?\s*$")
_LABEL_AT_END = re.compile(
    r"[\s.;,(-]+(?P<owner>(?:action(?:\s+by)?|owner|lead)\s*:.{2,60}?)\)?\.?\s*$", re.I
)


@dataclass
class Owner:
    """The codes read, and what of the text no one could be found for."""

    codes: list[str]
    unknown: list[str] = field(default_factory=list)
    plain: bool = True  # typed as bare codes (nothing to say in the report)


class Owners:
    """Owners read with the people of the meeting at hand."""

    def __init__(self, people: list[Person] | None = None) -> None:
        self.people = list(people or [])

    def read(self, text: str) -> Owner | None:
        """The owner an ACTION cell holds, or None when it holds no owner."""
        typed = words.plain(text).strip().rstrip(".")
        labelled = _LABEL.match(typed)
        body = typed[labelled.end() :] if labelled else typed
        codes = words.owner_codes(body)
        if not codes and all(words.is_role_code(w) for w in body.split()):
            codes = body.split()  # codes on lines of one cell ("CEx" Shift+Enter "CC")
        if codes:
            return Owner(codes, plain=not labelled)
        codes, people, unknown = [], [], []
        for part in (p.strip() for p in _PARTS.split(body)):
            if not part:
                continue
            if found := words.owner_codes(part):
                codes += found
                continue
            head, _, rest = part.partition(" ")
            if rest and words.is_role_code(head):  # "ACC Holloway": a code, then a name
                codes.append(head)
                part = rest
            person = self.person(part)
            if person is None:
                unknown.append(part)
            else:
                people.append(person)
        if not codes:
            if unknown or not people or not all(p.role for p in people):
                return None
            codes = [p.role for p in people]
        return Owner(list(dict.fromkeys(codes)), unknown, plain=False)

    def at_end(self, text: str) -> tuple[Owner, str] | None:
        """An owner written at the end of an action's words, with the words that
        say it; a code alone in brackets is not one (``…the Assistant Chief
        Constable (ACC).`` names a capacity): a name, or a label, must be written."""
        for pattern, needs_name in ((_LABEL_AT_END, False), (_AT_END, True), (_DASH_AT_END, False)):
            found = pattern.search(text)
            if found is None:
                continue
            said = found.group("owner").strip()
            owner = self.read(said)
            if owner is None or owner.unknown:
                continue
            if needs_name and words.owner_codes(said):
                continue
            return owner, said
        return None

    def person(self, name: str) -> Person | None:
        return person_named(name, self.people)
