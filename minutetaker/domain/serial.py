"""The meeting as plain dicts and lists, in the shape of interchange format v1.

Both the interchange files and the archive's stored blocks use this one
mapping, so a meeting has a single written form. Reading trusts its input:
validation (and the messages that go with it) belongs to whoever read the file.
"""

from __future__ import annotations

import datetime as dt

from minutetaker.domain.model import (
    Action,
    Block,
    BroughtForward,
    Item,
    Meeting,
    MinuteTaker,
    NextMeeting,
    Person,
)
from minutetaker.domain.text import clean_line, clean_text

TYPE_CHECKING = False  # (not `typing`'s: reading the archive need not load it)
if TYPE_CHECKING:
    from typing import Any

FORMAT = "minutetaker.meeting"
VERSION = 1


def _date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def _iso(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None


def block_to_dict(block: Block) -> dict[str, Any]:
    out: dict[str, Any] = {"type": block.type}
    if block.type == "question":
        out["number"] = clean_line(block.number)
    out["text"] = clean_text(block.text)
    if block.type == "question":
        out["findings"] = [block_to_dict(b) for b in block.findings]
    if block.restricted:
        out["restricted"] = True
        if block.restricted_reason:
            out["restricted_reason"] = clean_line(block.restricted_reason)
    return out


def block_from_dict(raw: dict[str, Any]) -> Block:
    return Block(
        type=raw["type"],
        text=clean_text(raw.get("text", "")),
        number=clean_line(str(raw.get("number", ""))),
        findings=[block_from_dict(b) for b in raw.get("findings", [])],
        restricted=bool(raw.get("restricted", False)),
        restricted_reason=clean_line(raw.get("restricted_reason", "") or ""),
    )


def action_to_dict(action: Action) -> dict[str, Any]:
    return {
        "id": action.id,
        "text": action.text,
        "owner": action.owner,
        "due": _iso(action.due),
        "status": action.status,
    }


def action_from_dict(raw: dict[str, Any]) -> Action:
    action = Action(
        text=clean_text(raw["text"]),
        owner=clean_line(raw.get("owner", "")),
        due=_date(raw.get("due")),
        status=raw.get("status", "open"),
    )
    if raw.get("id"):
        action.id = clean_line(str(raw["id"]))
    return action


def brought_forward_to_dict(bf: BroughtForward | None) -> dict[str, Any] | None:
    if bf is None:
        return None
    out = {
        "from_date": _iso(bf.from_date),
        "subject": bf.subject,
        "action": bf.action,
        "owner": bf.owner,
        "decision": bf.decision,
    }
    if bf.action_id:
        out["action_id"] = bf.action_id
    if bf.due is not None:
        out["due"] = _iso(bf.due)
    return out


def brought_forward_from_dict(raw: dict[str, Any] | None) -> BroughtForward | None:
    if raw is None:
        return None
    return BroughtForward(
        from_date=_date(raw.get("from_date")),
        subject=clean_line(raw.get("subject", "")),
        action=clean_text(raw.get("action", "")),
        owner=clean_line(raw.get("owner", "")),
        decision=raw.get("decision", "pending"),
        action_id=clean_line(raw.get("action_id", "") or ""),
        due=_date(raw.get("due")),
    )


def item_to_dict(item: Item) -> dict[str, Any]:
    out: dict[str, Any] = {
        "number": item.number,
        "heading": item.heading,
        "topic": item.topic,
        "restricted": item.restricted,
    }
    if item.restricted_reason:
        out["restricted_reason"] = item.restricted_reason
    out["blocks"] = [block_to_dict(b) for b in item.blocks]
    out["actions"] = [action_to_dict(a) for a in item.actions]
    out["items"] = [item_to_dict(i) for i in item.items]
    out["brought_forward"] = brought_forward_to_dict(item.brought_forward)
    return out


def item_from_dict(raw: dict[str, Any]) -> Item:
    return Item(
        number=clean_line(str(raw["number"])),
        heading=clean_line(raw["heading"]),
        topic=clean_line(raw.get("topic", "") or ""),
        restricted=bool(raw.get("restricted", False)),
        restricted_reason=clean_line(raw.get("restricted_reason", "") or ""),
        blocks=[block_from_dict(b) for b in raw.get("blocks", [])],
        actions=[action_from_dict(a) for a in raw.get("actions", [])],
        items=[item_from_dict(i) for i in raw.get("items", [])],
        brought_forward=brought_forward_from_dict(raw.get("brought_forward")),
    )


def person_to_dict(person: Person) -> dict[str, Any]:
    return {
        "name": person.name,
        "capacity": person.capacity,
        "role": person.role,
        "attendance": person.attendance,
    }


def person_from_dict(raw: dict[str, Any]) -> Person:
    return Person(
        name=clean_line(raw["name"]),
        capacity=clean_line(raw.get("capacity", "")),
        role=clean_line(raw.get("role", "")),
        attendance=raw.get("attendance", "present"),
    )


def meeting_to_dict(meeting: Meeting) -> dict[str, Any]:
    nxt = meeting.next_meeting
    return {
        "format": FORMAT,
        "version": VERSION,
        "template": meeting.template,
        "title": meeting.title,
        "date": meeting.date.isoformat(),
        "time": meeting.time,
        "venue": meeting.venue,
        "chair": meeting.chair,
        "minute_taker": {
            "name": meeting.minute_taker.name,
            "capacity": meeting.minute_taker.capacity,
        },
        "marking": meeting.marking,
        "people": [person_to_dict(p) for p in meeting.people],
        "items": [item_to_dict(i) for i in meeting.items],
        "next_meeting": None
        if nxt is None
        else {"date": _iso(nxt.date), "time": nxt.time, "venue": nxt.venue},
    }


def meeting_from_dict(raw: dict[str, Any]) -> Meeting:
    taker = raw.get("minute_taker") or {}
    nxt = raw.get("next_meeting")
    return Meeting(
        title=clean_line(raw["title"]),
        date=dt.date.fromisoformat(raw["date"]),
        template=clean_line(raw.get("template", "")),
        time=raw.get("time", "") or "",
        venue=clean_line(raw.get("venue", "") or ""),
        chair=clean_line(raw.get("chair", "") or ""),
        minute_taker=MinuteTaker(
            name=clean_line(taker.get("name", "") or ""),
            capacity=clean_line(taker.get("capacity", "") or ""),
        ),
        marking=raw.get("marking", "") or "",
        people=[person_from_dict(p) for p in raw.get("people", [])],
        items=[item_from_dict(i) for i in raw.get("items", [])],
        next_meeting=None
        if nxt is None
        else NextMeeting(
            date=_date(nxt.get("date")),
            time=nxt.get("time", "") or "",
            venue=clean_line(nxt.get("venue", "") or ""),
        ),
    )
