"""The text of a meeting as the full-text index sees it.

Each item gives one row (heading, topic, body with every block and finding,
actions with their owners); each meeting gives one more for its details and
the people who came. The columns are weighted apart when ranking.
"""

from __future__ import annotations

from minutetaker.domain.model import Item, Meeting
from minutetaker.domain.text import clean_text


def item_search_row(item: Item) -> dict[str, str]:
    body: list[str] = []
    for block in item.blocks:
        for part in block.walk():
            body.append(f"{part.number} {part.text}".strip() if part.number else part.text)
    bf = item.brought_forward
    if bf is not None:
        body[:0] = [bf.subject, bf.action, bf.owner]
    actions = [f"{a.text} {a.owner}".strip() for a in item.actions]
    return {
        "heading": item.heading,
        "topic": item.topic,
        "body": clean_text("\n".join(part for part in body if part)),
        "actions": "\n".join(actions),
    }


def meeting_search_row(meeting: Meeting) -> dict[str, object]:
    lines = [meeting.chair, meeting.venue, meeting.minute_taker.name, meeting.minute_taker.capacity]
    for person in meeting.people:
        lines.append(f"{person.name} {person.capacity} {person.role}".strip())
    return {
        "meeting_id": meeting.id,
        "heading": meeting.title,
        "topic": "",
        "body": "\n".join(line for line in lines if line),
        "actions": "",
    }
