"""The meeting and its parts, as plain data.

These classes mirror the interchange format (``docs/interchange.md``) one to one, so
that reading, storing and exporting a meeting never has to translate between two
shapes of the same thing. They hold no behaviour beyond small conveniences.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass, field

ATTENDANCE = ("present", "apologies", "absent")
MARKINGS = ("", "OFFICIAL", "OFFICIAL-SENSITIVE")
DECISIONS = ("pending", "discharged", "carried forward")
# Where the record stands after the meeting, in the order it goes through them.
STATE_DRAFT = "draft"
STATE_CIRCULATED = "circulated"
STATE_AGREED = "agreed"
STATE_PUBLISHED = "published"
MEETING_STATES = (STATE_DRAFT, STATE_CIRCULATED, STATE_AGREED, STATE_PUBLISHED)
OWNER_ALL = "ALL"

# What an agenda item is for; the template gives every section one of these.
KIND_BROUGHT_FORWARD = "brought_forward"
KIND_NOTES = "notes"
KIND_HOLDING_TO_ACCOUNT = "holding_to_account"
KIND_NEXT_MEETING = "next_meeting"
ITEM_KINDS = (KIND_BROUGHT_FORWARD, KIND_NOTES, KIND_HOLDING_TO_ACCOUNT, KIND_NEXT_MEETING)


def new_action_id() -> str:
    """A fresh, globally unique action id (stable for the action's whole life)."""
    import uuid  # (only when an action is made: reading the archive does not need it)

    return uuid.uuid4().hex


@dataclass
class Person:
    name: str
    capacity: str = ""
    role: str = ""
    attendance: str = "present"

    def capacity_with_role(self) -> str:
        """``Chief Constable (CC)``: the capacity, with the role code in brackets."""
        if self.role and f"({self.role})" not in self.capacity:
            return f"{self.capacity} ({self.role})".strip()
        return self.capacity


@dataclass
class MinuteTaker:
    name: str = ""
    capacity: str = ""


@dataclass
class NextMeeting:
    date: dt.date | None = None
    time: str = ""
    venue: str = ""


@dataclass
class Block:
    """A piece of an item's notes: paragraph, bullet, subheading or question.

    A question has a ``number`` and ``findings`` (blocks of its own); the other
    types use ``text`` only.
    """

    type: str
    text: str = ""
    number: str = ""
    findings: list[Block] = field(default_factory=list)
    restricted: bool = False
    restricted_reason: str = ""

    def walk(self) -> Iterator[Block]:
        """This block, then every finding under it, depth first."""
        yield self
        for finding in self.findings:
            yield from finding.walk()


@dataclass
class Action:
    text: str
    owner: str = ""
    due: dt.date | None = None
    status: str = "open"
    id: str = field(default_factory=new_action_id)


@dataclass
class BroughtForward:
    """An action from an earlier meeting, as it stood when it was raised."""

    from_date: dt.date | None
    subject: str = ""
    action: str = ""
    owner: str = ""
    decision: str = "pending"
    action_id: str = ""  # the tracked action this record follows, when known
    due: dt.date | None = None  # when the action was due, when known


@dataclass
class Item:
    number: str
    heading: str
    topic: str = ""
    restricted: bool = False
    restricted_reason: str = ""
    blocks: list[Block] = field(default_factory=list)
    actions: list[Action] = field(default_factory=list)
    items: list[Item] = field(default_factory=list)
    brought_forward: BroughtForward | None = None
    kind: str = KIND_NOTES
    id: int | None = None  # the archive's id, once stored

    def walk(self) -> Iterator[Item]:
        """This item, then its sub-items, depth first (the agenda's reading order)."""
        yield self
        for child in self.items:
            yield from child.walk()

    def walk_restricted(self, above: Item | None = None) -> Iterator[tuple[Item, Item | None]]:
        """Like :meth:`walk`, each item with the item that makes it restricted: itself
        when flagged, else the nearest flagged item above it (``above``), else None.
        Restricted is inherited: everything under a restricted item is restricted."""
        source = self if self.restricted else above
        yield self, source
        for child in self.items:
            yield from child.walk_restricted(source)


@dataclass
class Meeting:
    title: str
    date: dt.date
    template: str = "monthly-assurance"
    time: str = ""
    venue: str = ""
    chair: str = ""
    minute_taker: MinuteTaker = field(default_factory=MinuteTaker)
    marking: str = ""
    people: list[Person] = field(default_factory=list)
    items: list[Item] = field(default_factory=list)
    next_meeting: NextMeeting | None = None
    state: str = STATE_DRAFT  # one of MEETING_STATES
    agreed_on: dt.date | None = None  # the day the record was agreed, once it was
    id: int | None = None  # the archive's id, once stored

    def walk_items(self) -> Iterator[Item]:
        """Every item and sub-item in agenda order."""
        for item in self.items:
            yield from item.walk()

    def walk_restricted(self) -> Iterator[tuple[Item, Item | None]]:
        """Every item in agenda order, with the item that makes it restricted (itself
        or the nearest restricted item above it), or None when it may be published."""
        for item in self.items:
            yield from item.walk_restricted()

    def find_item(self, number: str) -> Item | None:
        for item in self.walk_items():
            if item.number == number:
                return item
        return None

    def actions(self) -> Iterator[tuple[Item, Action]]:
        """Every action raised at this meeting, with the item it stands under."""
        for item in self.walk_items():
            for action in item.actions:
                yield item, action

    def role_codes(self, present_only: bool = True) -> list[str]:
        """Role codes of the people (present ones by default), in list order."""
        codes: list[str] = []
        for person in self.people:
            if present_only and person.attendance != "present":
                continue
            if person.role and person.role not in codes:
                codes.append(person.role)
        return codes
