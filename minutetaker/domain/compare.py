"""What changed between two versions of a meeting, item by item.

:func:`compare_meetings` lines up the items of the two versions (by heading, so
that an item added earlier in the agenda does not make every later one look
changed), then, within each item, its paragraphs (by their words): each is
kept, added, removed or changed, and a changed one carries its words marked
(:func:`word_changes`). Actions are matched by their ids and decisions of
brought-forward items compared. The details and the attendance are compared too.

Standard library only (difflib): it runs on plain Meeting objects, so the window
can run it off its thread and the export can turn it into Word tracked changes.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass, field

from minutetaker.domain.dates import meeting_when, next_meeting_when
from minutetaker.domain.model import Action, Item, Meeting
from minutetaker.domain.units import Unit, item_units, same_kind
from minutetaker.domain.word_diff import (
    ADDED,
    REMOVED,
    SAME,
    Words,
    marked,
    similarity,
    word_changes,
)

__all__ = [  # the words of a change are read with the changes themselves
    "ADDED",
    "CHANGED",
    "RELEASED",
    "REMOVED",
    "SAME",
    "WITHHELD",
    "Comparison",
    "Words",
    "compare_meetings",
    "marked",
    "similarity",
    "word_changes",
]

CHANGED = "changed"
WITHHELD, RELEASED = "withheld", "no longer withheld"  # text unchanged, restriction changed

_SIMILAR = 0.5  # two paragraphs at least this alike are one paragraph changed


@dataclass(frozen=True)
class ParagraphChange:
    change: str  # ADDED, REMOVED, CHANGED, WITHHELD or RELEASED
    what: str  # "paragraph", "bullet point", "question 2", "finding of question 2", "topic", ...
    before: str
    after: str
    words: tuple[Words, ...] = ()
    # Where it stands among the item's units (item_units) in each version; -1: not there.
    before_at: int = -1
    after_at: int = -1


@dataclass(frozen=True)
class ActionChange:
    change: str  # ADDED, REMOVED or CHANGED
    before: Action | None
    after: Action | None
    fields: tuple[str, ...] = ()  # what changed: text, owner, due, status
    words: tuple[Words, ...] = ()  # the text's words, when the text changed


@dataclass(frozen=True)
class ItemChange:
    change: str  # ADDED, REMOVED or CHANGED
    number: str  # the item's number in the later version (the earlier one if removed)
    heading: str
    before_number: str = ""  # the number it had before, when it was renumbered
    paragraphs: tuple[ParagraphChange, ...] = ()
    actions: tuple[ActionChange, ...] = ()
    decision: tuple[str, str] | None = None  # a brought-forward decision: (before, after)


@dataclass(frozen=True)
class DetailChange:
    what: str  # "Venue", "Chair", "Attendance", ...
    before: str
    after: str
    words: tuple[Words, ...] = ()


@dataclass
class Comparison:
    details: list[DetailChange] = field(default_factory=list)
    items: list[ItemChange] = field(default_factory=list)
    # Items of the later version matched to the earlier: later number -> earlier number.
    matched: dict[str, str] = field(default_factory=dict)

    @property
    def unchanged(self) -> bool:
        return not (self.details or self.items)


# -- paragraphs of an item (their units: domain/units.py) -----------------------------


def compare_units(before: list[Unit], after: list[Unit]) -> list[ParagraphChange]:
    out: list[ParagraphChange] = []
    matcher = difflib.SequenceMatcher(
        None, [u.text for u in before], [u.text for u in after], autojunk=False
    )
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            for i, j in zip(range(i1, i2), range(j1, j2)):
                out += _same_text(before[i], after[j], i, j)
        else:
            out += _pair(before, after, i1, i2, j1, j2)
    return out


def _same_text(old: Unit, new: Unit, i: int, j: int) -> list[ParagraphChange]:
    if old.restricted != new.restricted:
        change = WITHHELD if new.restricted else RELEASED
        return [ParagraphChange(change, new.what, old.text, new.text, (), i, j)]
    if not same_kind(old, new):
        what = f"{new.what} (was {old.what})"
        return [ParagraphChange(CHANGED, what, old.text, new.text, (Words(SAME, new.text),), i, j)]
    return []


def _pair(
    before: list[Unit], after: list[Unit], i1: int, i2: int, j1: int, j2: int
) -> list[ParagraphChange]:
    """Removed and added paragraphs in one place: those alike enough are one changed."""
    out: list[ParagraphChange] = []
    j = j1
    for i in range(i1, i2):
        old = before[i]
        match = next(
            (k for k in range(j, j2) if similarity(old.text, after[k].text) >= _SIMILAR), None
        )
        if match is None:
            out.append(ParagraphChange(REMOVED, old.what, old.text, "", (), i, -1))
            continue
        out += [
            ParagraphChange(ADDED, after[k].what, "", after[k].text, (), -1, k)
            for k in range(j, match)
        ]
        new = after[match]
        what = new.what if same_kind(old, new) else f"{new.what} (was {old.what})"
        words = word_changes(old.text, new.text)
        out.append(ParagraphChange(CHANGED, what, old.text, new.text, words, i, match))
        if old.restricted != new.restricted:
            change = WITHHELD if new.restricted else RELEASED
            out.append(ParagraphChange(change, new.what, "", new.text, (), i, match))
        j = match + 1
    out += [
        ParagraphChange(ADDED, after[k].what, "", after[k].text, (), -1, k) for k in range(j, j2)
    ]
    return out


# -- actions --------------------------------------------------------------------------


def compare_actions(before: list[Action], after: list[Action]) -> list[ActionChange]:
    old = {a.id: a for a in before}
    out = []
    for action in after:
        was = old.pop(action.id, None)
        if was is None:
            out.append(ActionChange(ADDED, None, action))
            continue
        fields = tuple(
            name
            for name in ("text", "owner", "due", "status")
            if getattr(was, name) != getattr(action, name)
        )
        if fields:
            words = word_changes(was.text, action.text) if "text" in fields else ()
            out.append(ActionChange(CHANGED, was, action, fields, words))
    out += [ActionChange(REMOVED, a, None) for a in before if a.id in old]
    return out


# -- items ----------------------------------------------------------------------------


def _key(item: Item) -> tuple[str, str]:
    bf = item.brought_forward
    if bf is not None:
        return ("bf", bf.action_id or (bf.subject + " " + bf.action).casefold())
    return ("item", " ".join(item.heading.casefold().split()))


def compare_items(before: Item, after: Item) -> ItemChange | None:
    paragraphs = compare_units(item_units(before), item_units(after))
    actions = compare_actions(before.actions, after.actions)
    decision = None
    if before.brought_forward and after.brought_forward:
        was, now = before.brought_forward.decision, after.brought_forward.decision
        if was != now:
            decision = (was, now)
    renumbered = before.number if before.number != after.number else ""
    if not (paragraphs or actions or decision or renumbered):
        return None
    return ItemChange(
        CHANGED,
        after.number,
        after.heading,
        renumbered,
        tuple(paragraphs),
        tuple(actions),
        decision,
    )


def _whole(item: Item, change: str) -> ItemChange:
    units = item_units(item)
    op = ADDED if change == ADDED else REMOVED
    paragraphs = tuple(
        ParagraphChange(
            op,
            u.what,
            "" if op == ADDED else u.text,
            u.text if op == ADDED else "",
            (),
            -1 if op == ADDED else n,
            n if op == ADDED else -1,
        )
        for n, u in enumerate(units)
    )
    actions = tuple(
        ActionChange(op, None if op == ADDED else a, a if op == ADDED else None)
        for a in item.actions
    )
    return ItemChange(change, item.number, item.heading, "", paragraphs, actions)


# -- details --------------------------------------------------------------------------


def _details(meeting: Meeting) -> list[tuple[str, str]]:
    taker = meeting.minute_taker
    nxt = meeting.next_meeting
    following = ""
    if nxt is not None and nxt.date is not None:
        following = next_meeting_when(nxt.date, nxt.time) + (f", {nxt.venue}" if nxt.venue else "")
    return [
        ("Title", meeting.title),
        ("Date", meeting_when(meeting.date, meeting.time)),
        ("Chair", meeting.chair),
        ("Minutes", ", ".join(p for p in (taker.name, taker.capacity) if p)),
        ("Venue", meeting.venue),
        ("Marking", meeting.marking),
        ("Next meeting", following),
    ]


def people_lines(meeting: Meeting) -> list[str]:
    """Each person as the comparison reads them: name, capacity, attendance."""
    return [
        f"{p.name}, {p.capacity_with_role()}"
        + ("" if p.attendance == "present" else f" ({p.attendance})")
        for p in meeting.people
    ]


def compare_details(before: Meeting, after: Meeting) -> list[DetailChange]:
    out = []
    for (what, was), (_, now) in zip(_details(before), _details(after)):
        if was != now:
            out.append(DetailChange(what, was, now, word_changes(was, now)))
    old, new = people_lines(before), people_lines(after)
    if old != new:
        matcher = difflib.SequenceMatcher(None, old, new, autojunk=False)
        for op, i1, i2, j1, j2 in matcher.get_opcodes():
            if op == "equal":
                continue
            for was, now in _zip_longest(old[i1:i2], new[j1:j2]):
                out.append(DetailChange("Attendance", was, now, word_changes(was, now)))
    return out


def _zip_longest(a: list[str], b: list[str]) -> list[tuple[str, str]]:
    n = max(len(a), len(b))
    return [(a[k] if k < len(a) else "", b[k] if k < len(b) else "") for k in range(n)]


# -- the meeting ----------------------------------------------------------------------


def compare_meetings(before: Meeting, after: Meeting) -> Comparison:
    """What changed from ``before`` to ``after``, item by item in agenda order (an item
    removed stands where it was)."""
    result = Comparison(details=compare_details(before, after))
    old = list(before.walk_items())
    new = list(after.walk_items())
    matcher = difflib.SequenceMatcher(
        None, [_key(i) for i in old], [_key(i) for i in new], autojunk=False
    )
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            for was, now in zip(old[i1:i2], new[j1:j2]):
                _changed(result, was, now)
            continue
        # Items in the same place whose headings differ: the same item renamed when
        # their numbers agree; otherwise one removed and another added.
        rest = list(old[i1:i2])
        twins = {}
        for item in new[j1:j2]:
            twin = next((o for o in rest if o.number == item.number), None)
            if twin is not None:
                twins[id(item)] = twin
                rest.remove(twin)
        result.items += [_whole(item, REMOVED) for item in rest]
        for item in new[j1:j2]:
            if id(item) in twins:
                _changed(result, twins[id(item)], item)
            else:
                result.items.append(_whole(item, ADDED))
    return result


def _changed(result: Comparison, was: Item, now: Item) -> None:
    result.matched[now.number] = was.number
    change = compare_items(was, now)
    if change is not None:
        result.items.append(change)
