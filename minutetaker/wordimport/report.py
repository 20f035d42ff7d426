"""What an import found in a file, for a person to read before anything is written.

:func:`file_report` gathers it as plain data (:class:`FileReport`); its
:meth:`~FileReport.text` is what the command line prints for ``import
--dry-run``, and the window lays the same data out as a page it can scan. It
says the date, the people, the items, the actions with their owners, what was
read between the lines (a decision taken from "items 1.1 and 1.2 were
discharged"), and every paragraph that could not be placed, with the item whose
notes now hold it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from minutetaker.domain.dates import meeting_when, next_meeting_when
from minutetaker.domain.model import Item, Meeting
from minutetaker.domain.text import clean_line
from minutetaker.wordimport.notes import Unplaced

_EXCERPT = 90


def excerpt(text: str, limit: int = _EXCERPT) -> str:
    text = " ".join(clean_line(text).split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


@dataclass
class PersonLine:
    name: str
    capacity: str
    role: str  # "" when the document gave none
    attendance: str  # present, apologies, absent


@dataclass
class ItemLine:
    depth: int  # 0 for a top-level item
    number: str
    heading: str  # a brought-forward item's subject follows its heading
    found: list[str]  # what was recognised under it (a decision, a topic, questions…)


@dataclass
class ActionLine:
    item: str  # the number of the item it was raised under
    owner: str  # "" when none was found
    due: str  # as the minutes print it; "" when none
    text: str


@dataclass
class UnplacedLine:
    item: str  # the number of the item whose notes now hold it; "" for the first
    text: str  # the whole paragraph
    why: str

    @property
    def where(self) -> str:
        return f"item {self.item}" if self.item else "the first item"


@dataclass
class FileReport:
    """What one file holds, as the person is to be told it."""

    name: str  # how the file is named to the person
    kind: str  # "Word minutes", "meeting file"
    meeting: str  # "Monthly Assurance Meeting, Tuesday 21 August 2029 @ 10:30"
    details: list[tuple[str, str]]  # (label, value): chair, minutes, venue, marking
    people: list[PersonLine]
    items: list[ItemLine]
    actions: list[ActionLine]
    next_meeting: str  # "10:30 on 25 September 2029", or "not given"
    read_as: list[str] = field(default_factory=list)  # what was read between the lines
    linked: list[str] = field(default_factory=list)  # records tied to tracked actions
    unplaced: list[UnplacedLine] | None = None  # None: not Word minutes (nothing to place)

    def text(self) -> str:
        """The report as the command line prints it."""
        lines = [f"{self.name}{f' ({self.kind})' if self.kind else ''}", f"  {self.meeting}"]
        lines += [f"  {label}: {value}" for label, value in self.details]
        lines.append(f"  People ({len(self.people)}):")
        for person in self.people:
            role = f" [{person.role}]" if person.role else " [no role code]"
            away = "" if person.attendance == "present" else f" – {person.attendance}"
            lines.append(f"    {person.name}, {person.capacity}{role}{away}")
        lines.append(f"  Items ({len(self.items)}):")
        for item in self.items:
            pad = "    " + "  " * item.depth
            tail = f" ({'; '.join(item.found)})" if item.found else ""
            lines.append(f"{pad}{item.number:<5} {excerpt(item.heading, 70)}{tail}")
        lines.append(f"  Actions ({len(self.actions)}):")
        for action in self.actions:
            due = f", due {action.due}" if action.due else ""
            owner = action.owner or "no owner"
            text = excerpt(action.text) or "(no text)"
            lines.append(f"    {action.item}  {owner}{due}: {text}")
        lines.append(f"  Next meeting: {self.next_meeting}")
        lines += [f"  Read as: {note}" for note in self.read_as]
        lines += [f"  Linked: {note}" for note in self.linked]
        if self.unplaced:
            lines.append(
                f"  Could not place {_plural(len(self.unplaced), 'paragraph')}; "
                "each is kept in the notes of the item named:"
            )
            for entry in self.unplaced:
                lines.append(f"    {entry.where}: “{excerpt(entry.text)}” ({entry.why})")
        elif self.unplaced is not None:
            lines.append("  Every paragraph was placed.")
        return "\n".join(lines) + "\n"


def file_report(
    meeting: Meeting,
    name: str,
    *,
    unplaced: list[Unplaced] | None = None,
    inferred: list[str] | None = None,
    linked: list[str] | None = None,
    kind: str = "",
) -> FileReport:
    """What ``meeting``, read from the file called ``name``, holds."""
    taker = ", ".join(p for p in (meeting.minute_taker.name, meeting.minute_taker.capacity) if p)
    details = [
        (label, value)
        for label, value in (
            ("Chair", meeting.chair),
            ("Minutes", taker),
            ("Venue", meeting.venue),
            ("Marking", meeting.marking or "none"),
        )
        if value
    ]
    people = [PersonLine(p.name, p.capacity, p.role, p.attendance) for p in meeting.people]
    items: list[ItemLine] = []
    for item in meeting.items:
        _add_items(items, item, 0)
    actions = [
        ActionLine(
            item.number,
            action.owner,
            next_meeting_when(action.due) if action.due else "",
            action.text,
        )
        for item, action in meeting.actions()
    ]
    following = meeting.next_meeting
    if following is not None and following.date is not None:
        next_line = next_meeting_when(following.date, following.time)
    else:
        next_line = "not given"
    return FileReport(
        name=name,
        kind=kind,
        meeting=f"{meeting.title}, {meeting_when(meeting.date, meeting.time)}",
        details=details,
        people=people,
        items=items,
        actions=actions,
        next_meeting=next_line,
        read_as=list(inferred or []),
        linked=list(linked or []),
        unplaced=None
        if unplaced is None
        else [UnplacedLine(entry.item, entry.text, entry.why) for entry in unplaced],
    )


def describe_meeting(
    meeting: Meeting,
    name: str,
    *,
    unplaced: list[Unplaced] | None = None,
    inferred: list[str] | None = None,
    linked: list[str] | None = None,
    kind: str = "",
) -> str:
    """The report on one file as text: ``name`` is how the file is named to the person."""
    return file_report(
        meeting, name, unplaced=unplaced, inferred=inferred, linked=linked, kind=kind
    ).text()


def _add_items(out: list[ItemLine], item: Item, depth: int) -> None:
    heading = item.heading
    bf = item.brought_forward
    found = []
    if bf is not None:
        if bf.subject:
            heading += f": {bf.subject}"
        found.append(bf.decision)
        if bf.owner:
            found.append(f"owner {bf.owner}")
    if item.topic:
        found.append(f"topic “{excerpt(item.topic, 60)}”")
    questions = sum(1 for b in item.blocks if b.type == "question")
    if questions:
        found.append(_plural(questions, "question"))
    if item.restricted:
        reason = f": {item.restricted_reason}" if item.restricted_reason else ""
        found.append(f"not for publication{reason}")
    restricted = sum(1 for top in item.blocks for b in top.walk() if b.restricted)
    if restricted:
        found.append(f"{_plural(restricted, 'paragraph')} not for publication")
    out.append(ItemLine(depth, item.number, heading, found))
    for child in item.items:
        _add_items(out, child, depth + 1)
