"""What an import found in a file, as text a person reads before anything is written.

The command line prints it for ``import --dry-run``; the window can show the same
text before it asks whether to go ahead. It says the date, the people, the
items, the actions with their owners, what was read between the lines (a
decision taken from "items 1.1 and 1.2 were discharged"), and every paragraph
that could not be placed, with the item whose notes now hold it.
"""

from __future__ import annotations

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


def describe_meeting(
    meeting: Meeting,
    name: str,
    *,
    unplaced: list[Unplaced] | None = None,
    inferred: list[str] | None = None,
    linked: list[str] | None = None,
    kind: str = "",
) -> str:
    """The report on one file: ``name`` is how the file is named to the person."""
    lines = [f"{name}{f' ({kind})' if kind else ''}"]
    lines.append(f"  {meeting.title}, {meeting_when(meeting.date, meeting.time)}")
    taker = ", ".join(p for p in (meeting.minute_taker.name, meeting.minute_taker.capacity) if p)
    for label, value in (
        ("Chair", meeting.chair),
        ("Minutes", taker),
        ("Venue", meeting.venue),
        ("Marking", meeting.marking or "none"),
    ):
        if value:
            lines.append(f"  {label}: {value}")
    lines.append(f"  People ({len(meeting.people)}):")
    for person in meeting.people:
        role = f" [{person.role}]" if person.role else " [no role code]"
        away = "" if person.attendance == "present" else f" – {person.attendance}"
        lines.append(f"    {person.name}, {person.capacity}{role}{away}")
    items = list(meeting.walk_items())
    lines.append(f"  Items ({len(items)}):")
    for item in meeting.items:
        lines.extend(_item_lines(item, 0))
    actions = list(meeting.actions())
    lines.append(f"  Actions ({len(actions)}):")
    for item, action in actions:
        due = f", due {next_meeting_when(action.due)}" if action.due else ""
        owner = action.owner or "no owner"
        lines.append(f"    {item.number}  {owner}{due}: {excerpt(action.text) or '(no text)'}")
    following = meeting.next_meeting
    if following is not None and following.date is not None:
        lines.append(f"  Next meeting: {next_meeting_when(following.date, following.time)}")
    else:
        lines.append("  Next meeting: not given")
    for note in inferred or []:
        lines.append(f"  Read as: {note}")
    for note in linked or []:
        lines.append(f"  Linked: {note}")
    if unplaced is not None:
        if unplaced:
            lines.append(
                f"  Could not place {_plural(len(unplaced), 'paragraph')}; "
                "each is kept in the notes of the item named:"
            )
            for entry in unplaced:
                where = f"item {entry.item}" if entry.item else "the first item"
                lines.append(f"    {where}: “{excerpt(entry.text)}” ({entry.why})")
        else:
            lines.append("  Every paragraph was placed.")
    return "\n".join(lines) + "\n"


def _item_lines(item: Item, depth: int) -> list[str]:
    pad = "    " + "  " * depth
    heading = item.heading
    bf = item.brought_forward
    extra = []
    if bf is not None:
        if bf.subject:
            heading += f": {bf.subject}"
        extra.append(bf.decision)
        if bf.owner:
            extra.append(f"owner {bf.owner}")
    if item.topic:
        extra.append(f"topic “{excerpt(item.topic, 60)}”")
    questions = sum(1 for b in item.blocks if b.type == "question")
    if questions:
        extra.append(_plural(questions, "question"))
    if item.restricted:
        reason = f": {item.restricted_reason}" if item.restricted_reason else ""
        extra.append(f"not for publication{reason}")
    restricted = sum(1 for top in item.blocks for b in top.walk() if b.restricted)
    if restricted:
        extra.append(f"{_plural(restricted, 'paragraph')} not for publication")
    tail = f" ({'; '.join(extra)})" if extra else ""
    lines = [f"{pad}{item.number:<5} {excerpt(heading, 70)}{tail}"]
    for child in item.items:
        lines.extend(_item_lines(child, depth + 1))
    return lines
