"""Who a name written in the minutes stands for, among the people of the meeting:
``O Pritchard``, ``Mr Pritchard``, ``Owen Pritchard`` (by surname, then the first
name or its initial where written); and the chair typed with a capacity
(``Commissioner Jane Doe (PCC)``, ``J Doe, Police and Crime Commissioner``) made
the chair's name alone."""

from __future__ import annotations

import re

from minutetaker.domain import house_format as words
from minutetaker.domain.model import Person

# Words written before a name that are not part of it.
TITLES = {"mr", "mrs", "ms", "miss", "mx", "dr", "prof", "supt", "ch", "insp", "sgt", "dci",
          "di", "ds", "pc", "commissioner", "sir", "dame", "cllr", "councillor"}  # fmt: skip
_NAME_WORD = re.compile(r"[A-Z][\w'’-]*\.?$")
_BRACKETED = re.compile(r"^(?P<name>[^()]+?)\s*\((?P<capacity>[^()]+)\)\s*$")
_DASHED = re.compile(r"^(?P<name>[^,]+?)\s+-\s+(?P<capacity>.+)$")


def person_named(name: str, people: list[Person]) -> Person | None:
    """The one person of ``people`` that ``name`` stands for, else None (a name that
    could be two people, or no one, is never taken for anyone)."""
    typed = [w for w in name.replace(".", ". ").split() if w.strip(".")]
    while typed and typed[0].strip(".").casefold() in TITLES:
        typed = typed[1:]
    if not typed or not all(_NAME_WORD.match(w) for w in typed):
        return None
    surname = typed[-1].strip(".").casefold()
    first = typed[0].strip(".").casefold() if len(typed) > 1 else ""
    found = []
    for person in people:
        theirs = [w.strip(".").casefold() for w in person.name.split() if w.strip(".")]
        if not theirs or theirs[-1] != surname:
            continue
        if first and not (theirs[0] == first or (len(first) == 1 and theirs[0][0] == first)):
            continue
        found.append(person)
    return found[0] if len(found) == 1 else None


def _name_and_capacity(typed: str) -> tuple[str, str]:
    """``Helen Trask (PCC)``, ``H Trask, Police and Crime Commissioner``, ``Helen
    Trask – PCC``, ``PCC Helen Trask``, ``Helen Trask PCC``: the name, the capacity."""
    bracketed = _BRACKETED.match(typed)
    if bracketed and not re.search(r",|\s-\s", bracketed.group("name")):
        return bracketed.group("name").strip(), bracketed.group("capacity").strip()
    if dashed := _DASHED.match(typed):
        return dashed.group("name").strip(), dashed.group("capacity").strip()
    if "," in typed:
        name, _, capacity = typed.partition(",")
        return name.strip(), capacity.strip()
    parts = typed.split()
    if len(parts) > 1 and words.is_role_code(parts[0]):
        return " ".join(parts[1:]), parts[0]
    if len(parts) > 1 and words.is_role_code(parts[-1]):
        return " ".join(parts[:-1]), parts[-1]
    return typed, ""


def _holds(person: Person, capacity: str) -> bool:
    """Whether ``capacity`` (a code, a capacity, or both) is ``person``'s."""
    text, code = words.split_role(capacity)
    code = code or (text if words.is_role_code(text) else "")
    if code:
        return bool(person.role) and code.casefold() == person.role.casefold()
    return words.heading_key(text) == words.heading_key(person.capacity)


def chair_alone(typed: str, people: list[Person]) -> str:
    """The chair's name alone: as the attendance writes it when the name is of
    someone there; the name as typed when the capacity is of someone there; else
    all that was typed (a capacity the archive would hold nowhere else is kept)."""
    typed = typed.strip()
    name, capacity = _name_and_capacity(words.plain(typed))
    person = person_named(name, people)
    if person is not None:
        return person.name
    if not capacity:
        return typed
    holders = [p for p in people if _holds(p, capacity)]
    if len(holders) == 1:
        return _without_titles(name)
    return typed


def _without_titles(name: str) -> str:
    """``Commissioner Nell Trask`` -> ``Nell Trask`` (a title is the capacity's)."""
    parts = name.split()
    while len(parts) > 2 and parts[0].strip(".").casefold() in TITLES:
        parts = parts[1:]
    return " ".join(parts)


# "Dana Okafor, Chief Constable (CC)", "Alex Marsh – PCC", "Alex Marsh (PCC)".
INLINE_PERSON = re.compile(r"^(?P<name>.+?)(?:\s+[-–—]\s+|,\s*|\s*(?=\())(?P<capacity>.*)$")


def listed_on_a_line(rest: str) -> list[tuple[str, str]]:
    """The people of one group typed on a line after its label, as (name, capacity):
    parted by semicolons, or by commas when every part ends with a role code in
    brackets; ``none`` is no one."""
    parts = [part.strip() for part in rest.split(";")]
    if len(parts) == 1:
        pieces = [piece.strip() for piece in rest.split(",")]
        if all(words.split_role(piece)[1] for piece in pieces):
            parts = pieces
    found = []
    for part in parts:
        if words.heading_key(part) in ("none", "nil", "n a", "none received", ""):
            continue  # "Apologies: none"
        match = INLINE_PERSON.match(part)
        if match:
            found.append((match.group("name"), match.group("capacity")))
        elif part:
            found.append((part, ""))
    return found
