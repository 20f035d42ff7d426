"""When an agreed record is locked, said once, in SQL.

A meeting's record is locked once it is agreed (or published) until a reason is
given to change it: its latest lock event in the history is then "unlocked".
The condition is SQL so that it can sit inside the statement that writes: the
autosave's ``UPDATE items`` carries it in its ``WHERE`` clause and so costs no
statement of its own (the reason for a refusal is looked up only when the
update matched nothing). :mod:`lifecycle` reads the same condition for its
checks, so the two can never disagree.
"""

from __future__ import annotations

from minutetaker.domain.model import STATE_AGREED, STATE_PUBLISHED

LOCKED_STATES = (STATE_AGREED, STATE_PUBLISHED)
# The history events that open or close an agreed record for editing.
LOCK_EVENTS = ("agreed", "published", "unlocked", "locked")


def _quoted(words: tuple[str, ...]) -> str:
    return ", ".join(f"'{word}'" for word in words)


# True for the meeting ``m`` (a row of ``meetings AS m``) whose record is locked.
LOCKED = (
    f"(m.state IN ({_quoted(LOCKED_STATES)}) AND coalesce(("
    f"SELECT h.event FROM history AS h WHERE h.meeting_id = m.id "
    f"AND h.event IN ({_quoted(LOCK_EVENTS)}) ORDER BY h.id DESC LIMIT 1), '') <> 'unlocked')"
)

# For a WHERE clause: the meeting given as the parameter is not locked.
NOT_LOCKED = f"NOT EXISTS (SELECT 1 FROM meetings AS m WHERE m.id = ? AND {LOCKED})"
