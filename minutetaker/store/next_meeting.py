"""Starting the next meeting from the last one.

The date, time and venue come from the previous meeting's "date of next
meeting"; the same people are expected again; and every action still open
from any earlier meeting comes back as a brought-forward sub-item of the
agenda's brought-forward section, oldest first.
"""

from __future__ import annotations

import datetime as dt
import sqlite3

from minutetaker.domain.dates import month_year
from minutetaker.domain.model import (
    KIND_BROUGHT_FORWARD,
    BroughtForward,
    Item,
    Meeting,
    Person,
)
from minutetaker.domain.template import AgendaTemplate
from minutetaker.store.errors import ArchiveError
from minutetaker.store.loading import load_meeting


def open_actions_to_bring(
    conn: sqlite3.Connection, before: dt.date, template: str | None
) -> list[dict]:
    """Every action still open that was raised at a meeting before ``before``
    (of agenda ``template``, if given), with where it was raised, oldest first."""
    rows = conn.execute(
        """
        SELECT a.id, a.text, a.owner, m.date, i.heading, i.topic, i.bf_subject, i.id, a.due
        FROM actions AS a
        JOIN meetings AS m ON m.id = a.meeting_id
        JOIN items AS i ON i.id = a.item_id
        WHERE a.status = 'open' AND m.date < ? AND (? IS NULL OR m.template = ?)
        ORDER BY m.date, m.id, i.id, a.position
        """,
        (before.isoformat(), template, template),
    ).fetchall()
    found = []
    for r in rows:
        reason = _restriction(conn, r[7])
        found.append(
            {
                "id": r[0],
                "text": r[1],
                "owner": r[2],
                "from_date": dt.date.fromisoformat(r[3]),
                "subject": r[6] or r[5] or r[4],
                "restricted": reason is not None,
                "restricted_reason": reason or "",
                "due": dt.date.fromisoformat(r[8]) if r[8] else None,
            }
        )
    return found


def _restriction(conn: sqlite3.Connection, item_id: int) -> str | None:
    """The reason the item is not for publication, if it is: its own flag, else the
    nearest restricted item above it (restricted is inherited). None: public."""
    row = conn.execute(
        """
        WITH RECURSIVE up (id, parent_id, restricted, reason, depth) AS (
            SELECT id, parent_id, restricted, restricted_reason, 0 FROM items WHERE id = ?
            UNION ALL
            SELECT i.id, i.parent_id, i.restricted, i.restricted_reason, up.depth + 1
            FROM items AS i JOIN up ON i.id = up.parent_id
        )
        SELECT reason FROM up WHERE restricted ORDER BY depth LIMIT 1
        """,
        (item_id,),
    ).fetchone()
    return None if row is None else row[0]


def _last_meeting(conn: sqlite3.Connection, template: str, before: dt.date | None):
    """The newest meeting of this agenda (before ``before``), else of any agenda."""
    # No date given: no bound at all (a bound of date.max left out 9999-12-31).
    bound, limit = ("AND date < ?", (before.isoformat(),)) if before else ("", ())
    for sql, params in (
        (f"SELECT id FROM meetings WHERE template = ? {bound}", (template, *limit)),
        (f"SELECT id FROM meetings WHERE 1 {bound}", limit),
    ):
        row = conn.execute(sql + " ORDER BY date DESC, id DESC LIMIT 1", params).fetchone()
        if row:
            return load_meeting(conn, row[0])
    return None


def default_date(last: Meeting | None, today: dt.date | None = None) -> dt.date:
    """The next meeting's date when none is given: the one the last meeting set,
    else four weeks after the last meeting (never before today), else today."""
    today = today or dt.date.today()
    if last is None:
        return today
    nxt = last.next_meeting
    if nxt and nxt.date and nxt.date > last.date:  # never back in time
        return nxt.date
    try:
        return max(today, last.date + dt.timedelta(weeks=4))
    except OverflowError:  # the last meeting is in the last weeks of 9999
        raise ArchiveError(
            f"The last meeting is on {last.date.isoformat()}, too near the end of the calendar "
            "for a meeting four weeks later; give the date with --date."
        ) from None


def plan_next_meeting(
    conn: sqlite3.Connection, template: AgendaTemplate, date: dt.date | None = None
) -> Meeting:
    """The next meeting, ready to store (not stored)."""
    last = _last_meeting(conn, template.name, date)
    meeting = template.new_meeting(date or default_date(last))
    if last is not None:
        nxt = last.next_meeting
        if nxt and nxt.date == meeting.date and nxt.date > last.date:
            meeting.time = nxt.time or meeting.time
            meeting.venue = nxt.venue or last.venue
        else:
            meeting.venue = last.venue
        meeting.chair = last.chair
        meeting.minute_taker = last.minute_taker
        meeting.marking = last.marking or meeting.marking
        meeting.people = [Person(p.name, p.capacity, p.role, "present") for p in last.people]
    section = next((i for i in meeting.walk_items() if i.kind == KIND_BROUGHT_FORWARD), None)
    if section is not None:
        same_agenda = template.name if last is not None and last.template == template.name else None
        to_bring = open_actions_to_bring(conn, meeting.date, same_agenda)
        if last is not None:
            to_bring += _untracked_still_open(conn, last)
        to_bring.sort(key=lambda raw: raw["from_date"] or dt.date.min)
        section.items = [
            _brought_forward_item(section.number, n + 1, raw) for n, raw in enumerate(to_bring)
        ]
    return meeting


def _untracked_still_open(conn: sqlite3.Connection, last: Meeting) -> list[dict]:
    """Brought-forward items of the last meeting, not discharged, that follow no
    action in the archive (a meeting imported without its predecessors): they
    come back too, as they stood. Tracked actions come back by their own status."""
    found = []
    for item, restricted_by in last.walk_restricted():
        bf = item.brought_forward
        if bf is None or bf.decision == "discharged":
            continue
        if (
            bf.action_id
            and conn.execute("SELECT 1 FROM actions WHERE id = ?", (bf.action_id,)).fetchone()
        ):
            continue
        found.append(
            {
                "id": bf.action_id,
                "text": bf.action,
                "owner": bf.owner,
                "from_date": bf.from_date,
                "subject": bf.subject,
                # Under a restricted item it is restricted, whatever its own flag.
                "restricted": restricted_by is not None,
                "restricted_reason": restricted_by.restricted_reason if restricted_by else "",
                "due": bf.due,
            }
        )
    return found


def _brought_forward_item(section_number: str, n: int, raw: dict) -> Item:
    when = raw["from_date"]
    return Item(
        number=f"{section_number}.{n}",
        heading=f"Action arising from the {month_year(when)} meeting"
        if when
        else "Action arising from an earlier meeting",
        kind=KIND_BROUGHT_FORWARD,
        # Raised under (or inside) an item not for publication: its follow-up is not either.
        restricted=raw["restricted"],
        restricted_reason=raw["restricted_reason"],
        brought_forward=BroughtForward(
            from_date=when,
            subject=raw["subject"],
            action=raw["text"],
            owner=raw["owner"],
            decision="pending",
            action_id=raw["id"],
            due=raw["due"],
        ),
    )
