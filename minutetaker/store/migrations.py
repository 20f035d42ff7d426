"""The archive's schema, built up by numbered migrations.

``PRAGMA user_version`` records the last migration applied. Each migration runs
in its own transaction, so an archive is always at one version or the next,
never between. A new schema change is a new function appended to MIGRATIONS;
old ones are never edited, because archives made with them exist.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

_V1 = """
CREATE TABLE meetings (
    id INTEGER PRIMARY KEY,
    template TEXT NOT NULL,
    title TEXT NOT NULL,
    date TEXT NOT NULL,
    time TEXT NOT NULL DEFAULT '',
    venue TEXT NOT NULL DEFAULT '',
    chair TEXT NOT NULL DEFAULT '',
    minute_taker_name TEXT NOT NULL DEFAULT '',
    minute_taker_capacity TEXT NOT NULL DEFAULT '',
    marking TEXT NOT NULL DEFAULT '',
    has_next INTEGER NOT NULL DEFAULT 0,
    next_date TEXT,
    next_time TEXT NOT NULL DEFAULT '',
    next_venue TEXT NOT NULL DEFAULT '',
    created TEXT NOT NULL,
    modified TEXT NOT NULL
);
CREATE INDEX meetings_by_date ON meetings (date);

CREATE TABLE people (
    id INTEGER PRIMARY KEY,
    meeting_id INTEGER NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    name TEXT NOT NULL,
    capacity TEXT NOT NULL DEFAULT '',
    role TEXT NOT NULL DEFAULT '',
    attendance TEXT NOT NULL DEFAULT 'present'
);
CREATE INDEX people_by_meeting ON people (meeting_id, position);

CREATE TABLE items (
    id INTEGER PRIMARY KEY,
    meeting_id INTEGER NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
    parent_id INTEGER REFERENCES items (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    number TEXT NOT NULL,
    heading TEXT NOT NULL,
    topic TEXT NOT NULL DEFAULT '',
    kind TEXT NOT NULL DEFAULT 'notes',
    restricted INTEGER NOT NULL DEFAULT 0,
    restricted_reason TEXT NOT NULL DEFAULT '',
    blocks TEXT NOT NULL DEFAULT '[]',
    bf_from_date TEXT,
    bf_subject TEXT,
    bf_action TEXT,
    bf_owner TEXT,
    bf_decision TEXT,
    bf_action_id TEXT
);
CREATE INDEX items_by_meeting ON items (meeting_id, position);
CREATE INDEX items_by_parent ON items (parent_id);
CREATE INDEX items_by_bf_action ON items (bf_action_id) WHERE bf_action_id IS NOT NULL;

CREATE TABLE actions (
    id TEXT PRIMARY KEY,
    meeting_id INTEGER NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
    item_id INTEGER NOT NULL REFERENCES items (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    text TEXT NOT NULL,
    owner TEXT NOT NULL DEFAULT '',
    due TEXT,
    status TEXT NOT NULL DEFAULT 'open'
);
CREATE INDEX actions_by_item ON actions (item_id, position);
CREATE INDEX actions_by_meeting ON actions (meeting_id);

-- The text of every item (and one row a meeting for its details and people),
-- flattened for the full-text index, which the triggers below keep in step.
CREATE TABLE search_text (
    id INTEGER PRIMARY KEY,
    meeting_id INTEGER NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
    item_id INTEGER UNIQUE REFERENCES items (id) ON DELETE CASCADE,
    heading TEXT NOT NULL DEFAULT '',
    topic TEXT NOT NULL DEFAULT '',
    body TEXT NOT NULL DEFAULT '',
    actions TEXT NOT NULL DEFAULT ''
);
CREATE INDEX search_text_by_meeting ON search_text (meeting_id);

CREATE VIRTUAL TABLE search_fts USING fts5 (
    heading, topic, body, actions,
    content = 'search_text', content_rowid = 'id',
    tokenize = 'porter unicode61 remove_diacritics 2'
);
CREATE TRIGGER search_text_ai AFTER INSERT ON search_text BEGIN
    INSERT INTO search_fts (rowid, heading, topic, body, actions)
    VALUES (new.id, new.heading, new.topic, new.body, new.actions);
END;
CREATE TRIGGER search_text_ad AFTER DELETE ON search_text BEGIN
    INSERT INTO search_fts (search_fts, rowid, heading, topic, body, actions)
    VALUES ('delete', old.id, old.heading, old.topic, old.body, old.actions);
END;
CREATE TRIGGER search_text_au AFTER UPDATE ON search_text BEGIN
    INSERT INTO search_fts (search_fts, rowid, heading, topic, body, actions)
    VALUES ('delete', old.id, old.heading, old.topic, old.body, old.actions);
    INSERT INTO search_fts (rowid, heading, topic, body, actions)
    VALUES (new.id, new.heading, new.topic, new.body, new.actions);
END;

-- Small facts about the archive and where the person left off.
CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
"""


def _v1(conn: sqlite3.Connection) -> None:
    for statement in _split(_V1):
        conn.execute(statement)


def _split(script: str) -> list[str]:
    """Statements of a script, keeping trigger bodies whole."""
    statements, current = [], []
    for line in script.splitlines():
        if line.strip().startswith("--") or not line.strip():
            continue
        current.append(line)
        joined = "\n".join(current)
        if sqlite3.complete_statement(joined):
            statements.append(joined)
            current = []
    return statements


def _v2(conn: sqlite3.Connection) -> None:
    """Symbols (emoji among them) become searchable words: the tokenizer keeps
    Unicode's "other symbol" and private-use characters instead of dropping
    them as separators. The index is rebuilt from search_text."""
    conn.execute("DROP TABLE search_fts")
    conn.execute(
        "CREATE VIRTUAL TABLE search_fts USING fts5 (heading, topic, body, actions, "
        "content = 'search_text', content_rowid = 'id', "
        "tokenize = \"porter unicode61 remove_diacritics 2 categories 'L* N* Co So'\")"
    )
    conn.execute("INSERT INTO search_fts (search_fts) VALUES ('rebuild')")


_V3 = """
-- Where the record stands after the meeting: draft, circulated, agreed, published.
ALTER TABLE meetings ADD COLUMN state TEXT NOT NULL DEFAULT 'draft';
-- The day the record was agreed (YYYY-MM-DD), once it has been.
ALTER TABLE meetings ADD COLUMN agreed_on TEXT;
-- When the action a brought-forward item follows was due (YYYY-MM-DD), when known
-- (typed by hand with the item, or the tracked action's when ``new`` brought it).
ALTER TABLE items ADD COLUMN bf_due TEXT;

-- The meeting as it stood when it was circulated, agreed or published: the whole
-- meeting in the interchange shape (domain.serial), never changed once written.
CREATE TABLE versions (
    id INTEGER PRIMARY KEY,
    meeting_id INTEGER NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
    number INTEGER NOT NULL,
    created TEXT NOT NULL,
    state TEXT NOT NULL,
    meeting TEXT NOT NULL,
    UNIQUE (meeting_id, number)
);
CREATE TRIGGER versions_are_kept BEFORE UPDATE ON versions BEGIN
    SELECT RAISE (ABORT, 'a kept version of a meeting is never changed');
END;

-- What happened to the record, and why: circulated, corrections taken, agreed,
-- edited after agreement (with the reason given), published.
CREATE TABLE history (
    id INTEGER PRIMARY KEY,
    meeting_id INTEGER NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
    at TEXT NOT NULL,
    event TEXT NOT NULL,
    version INTEGER,
    detail TEXT NOT NULL DEFAULT ''
);
CREATE INDEX history_by_meeting ON history (meeting_id, at);

-- A finding of the check before publication that the person has judged fine to
-- publish, remembered by what it found where.
CREATE TABLE check_choices (
    meeting_id INTEGER NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
    finding TEXT NOT NULL,
    choice TEXT NOT NULL,
    at TEXT NOT NULL,
    PRIMARY KEY (meeting_id, finding)
);

-- The office dictionary (shared by every meeting) and the words ignored in one meeting.
CREATE TABLE office_words (
    word TEXT PRIMARY KEY,
    added TEXT NOT NULL
);
CREATE TABLE ignored_words (
    meeting_id INTEGER NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
    word TEXT NOT NULL,
    PRIMARY KEY (meeting_id, word)
);
"""


def _v3(conn: sqlite3.Connection) -> None:
    """The month after the meeting: each meeting's state, its kept versions and
    history, the check's remembered choices, and the office dictionary. A meeting
    already followed by a later one is taken as agreed (on that later meeting's
    day, when records are usually agreed); the others are drafts."""
    for statement in _split(_V3):
        conn.execute(statement)
    conn.execute(
        "UPDATE meetings SET state = 'agreed', agreed_on = ("
        " SELECT min(later.date) FROM meetings AS later WHERE later.date > meetings.date"
        ") WHERE EXISTS (SELECT 1 FROM meetings AS later WHERE later.date > meetings.date)"
    )


MIGRATIONS: list[Callable[[sqlite3.Connection], None]] = [_v1, _v2, _v3]
SCHEMA_VERSION = len(MIGRATIONS)


def migrate(conn: sqlite3.Connection) -> int:
    """Bring the archive up to SCHEMA_VERSION; return the version it was at."""
    start = conn.execute("PRAGMA user_version").fetchone()[0]
    for version in range(start + 1, SCHEMA_VERSION + 1):
        conn.execute("BEGIN IMMEDIATE")
        try:
            MIGRATIONS[version - 1](conn)
            conn.execute(f"PRAGMA user_version = {version}")
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:  # a full disk has rolled it back already
                conn.execute("ROLLBACK")
            raise
    return start
