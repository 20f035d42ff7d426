"""Plain-text views for the terminal: a meeting, search results, actions."""

from __future__ import annotations

import textwrap

from minutetaker.domain.dates import long_date, meeting_when, next_meeting_when
from minutetaker.domain.model import Block, Item, Meeting

WIDTH = 88


def _wrap(text: str, indent: str, first: str | None = None) -> list[str]:
    lines: list[str] = []
    for n, paragraph in enumerate(text.split("\n") or [""]):
        lines += textwrap.wrap(
            paragraph,
            WIDTH,
            initial_indent=first if (first is not None and n == 0) else indent,
            subsequent_indent=indent,
        ) or [indent.rstrip()]
    return lines


def _restricted(flag: bool, reason: str) -> str:
    if not flag:
        return ""
    return f"  [not for publication{': ' + reason if reason else ''}]"


def _block_lines(block: Block, indent: str) -> list[str]:
    mark = _restricted(block.restricted, block.restricted_reason)
    if block.type == "bullet":
        lines = _wrap(block.text, indent + "  ", indent + "• ")
    elif block.type == "subheading":
        lines = [indent + block.text.upper()]
    elif block.type == "question":
        lines = _wrap(block.text, indent + "    ", f"{indent}Q{block.number}. ")
        for finding in block.findings:
            lines += _block_lines(finding, indent + "    ")
    else:
        lines = _wrap(block.text, indent)
    if mark:
        lines[0] += mark
    return lines


def _item_lines(item: Item, meeting: Meeting) -> list[str]:
    flag = _restricted(item.restricted, item.restricted_reason)
    lines = [f"{item.number:<5}{item.heading.upper()}{flag}"]
    pad = " " * 5
    bf = item.brought_forward
    if bf is not None:
        origin = bf.from_date.isoformat() if bf.from_date else "an earlier meeting"
        lines.append(f"{pad}Raised at {origin}: {bf.subject}")
        lines += _wrap(f"{bf.action} ({bf.owner})" if bf.owner else bf.action, pad)
        lines.append(f"{pad}Decision: {bf.decision}")
    if item.topic:
        lines.append(f"{pad}Topic: {item.topic}")
    for block in item.blocks:
        lines += _block_lines(block, pad)
    for action in item.actions:
        due = f", due {action.due.isoformat()}" if action.due else ""
        lines += _wrap(
            f"{action.text} [{action.owner or '?'}{due}; {action.status}]", pad + "  ", pad + "→ "
        )
    if item.kind == "next_meeting" and meeting.next_meeting and meeting.next_meeting.date:
        nxt = meeting.next_meeting
        venue = f", {nxt.venue}" if nxt.venue else ""
        lines.append(f"{pad}{next_meeting_when(nxt.date, nxt.time)}{venue}  [ALL]")
    for child in item.items:
        lines += _item_lines(child, meeting)
    return lines


def meeting_text(meeting: Meeting) -> str:
    taker = meeting.minute_taker
    lines = [
        f"{meeting.title} (id {meeting.id})",
        f"Date:    {meeting_when(meeting.date, meeting.time)}",
        f"Chair:   {meeting.chair}",
        f"Minutes: {', '.join(p for p in (taker.name, taker.capacity) if p)}",
        f"Venue:   {meeting.venue}",
    ]
    if meeting.marking:
        lines.append(f"Marking: {meeting.marking}")
    state = meeting.state
    if meeting.agreed_on is not None and state in ("agreed", "published"):
        state += f" (agreed on {long_date(meeting.agreed_on)})"
    lines.append(f"State:   {state}")
    for label, state in (("Present", "present"), ("Apologies", "apologies"), ("Absent", "absent")):
        people = [p for p in meeting.people if p.attendance == state]
        for n, person in enumerate(people):
            head = f"{label}:" if n == 0 else ""
            lines.append(f"{head:<11}{person.name}, {person.capacity_with_role()}")
    lines.append("")
    for item in meeting.items:
        lines += _item_lines(item, meeting)
        lines.append("")
    return "\n".join(lines)


def search_lines(hits) -> str:
    out = []
    for hit in hits:
        number = f" {hit.item_number}" if hit.item_number else ""
        out.append(f"{hit.date.isoformat()}  (meeting {hit.meeting_id}){number} {hit.item_heading}")
        out += _wrap(" ".join(hit.snippet.split()), "    ")
    return "\n".join(out) + "\n"


def action_lines(rows, today=None) -> str:
    out = []
    for r in rows:
        due = r.due.isoformat() if r.due else "no date"
        out.append(
            f"{r.shown_status(today):<15} {r.owner or '?':<5} due {due:<10}  "
            f"{r.meeting_date.isoformat()} "
            f"item {r.item_number}  [{r.id}]"
        )
        out += _wrap(r.text, "    ")
    return "\n".join(out) + "\n"
