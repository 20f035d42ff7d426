"""The archive: one SQLite file holding every meeting.

``Archive`` owns the connection and the rule that every change is one
transaction; the reading and writing of meetings, the search and the action
list live in their own modules and are reached through its methods.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from minutetaker.domain.model import BroughtForward, Item, Meeting, Person
from minutetaker.store import actions as action_queries
from minutetaker.store import lifecycle, loading, opening
from minutetaker.store import meetings as meeting_rows
from minutetaker.store import search as search_queries
from minutetaker.store.errors import (
    ArchiveCorrupt,
    ArchiveError,
    translate,
)
from minutetaker.store.paths import ARCHIVE_NAME

TYPE_CHECKING = False  # (not `typing`'s: the command line need not load it)
if TYPE_CHECKING:
    from minutetaker.domain.template import AgendaTemplate
    from minutetaker.store import backup as backups
    from minutetaker.store import items as item_rows
    from minutetaker.store.office_words import OfficeWords
    from minutetaker.store.record import Record


class Archive:
    """An open archive. Use :meth:`open`; close it (or use ``with``) when done."""

    def __init__(self, path: Path, conn: sqlite3.Connection) -> None:
        self.path = path
        self.conn = conn
        self.read_only = False
        # Set once the archive is found damaged: nothing more is written on closing.
        self.damaged = False

    # -- opening and closing ------------------------------------------------------

    @classmethod
    def open(
        cls, folder: Path, create: bool = True, *, read_only: bool = False, check: bool = False
    ) -> Archive:
        """Open the archive in ``folder``, upgraded to this version's schema.

        ``create``: make a new archive when there is none (else NoArchive, and
        nothing is created). ``read_only``: for reading commands; every change
        is refused and nothing is written on closing. ``check``: run
        ``PRAGMA quick_check`` before anything is written (commands that write).
        A file that is not ours, damaged or of a newer version is refused with
        one sentence (an ArchiveError) and never changed (see ``opening``).
        """
        folder = Path(folder)
        conn = opening.connect(folder, create=create, read_only=read_only, check=check)
        archive = cls(folder / ARCHIVE_NAME, conn)
        archive.read_only = read_only
        return archive

    @staticmethod
    def look(folder: Path) -> bool:
        """Whether ``folder`` holds an archive that :meth:`open` would accept,
        found without creating or changing anything; raises ArchiveError (the
        reason) for a file that is there but would be refused."""
        return opening.look(Path(folder))

    def connect_again(self) -> Archive:
        """Another connection to this archive (already opened, checked and
        upgraded by :meth:`open`), for a thread of its own: the window's writer
        and its search. It waits as long for a lock as this one. Close it when done."""
        try:
            conn = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
            busy_ms = self.conn.execute("PRAGMA busy_timeout").fetchone()[0]
            conn.execute(f"PRAGMA busy_timeout = {int(busy_ms)}")
            conn.execute("PRAGMA foreign_keys = ON")
            conn.execute("PRAGMA synchronous = NORMAL")
        except sqlite3.Error as error:
            raise translate(error, self.path) from None
        return Archive(self.path, conn)

    def close(self) -> None:
        if not self.read_only and not self.damaged:
            try:
                self.conn.execute("PRAGMA optimize")
            except sqlite3.Error:
                pass
        self.conn.close()

    def __enter__(self) -> Archive:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- transactions ---------------------------------------------------------------

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One change, all or nothing. SQLite errors come out as ArchiveError."""
        try:
            self.conn.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as error:
            raise self._failure(error) from None
        try:
            yield self.conn
            self.conn.execute("COMMIT")
        except BaseException as error:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            if isinstance(error, sqlite3.Error):
                raise self._failure(error) from None
            raise

    def _read(self, fn, *args, **kwargs):
        try:
            return fn(self.conn, *args, **kwargs)
        except sqlite3.Error as error:
            raise self._failure(error) from None

    def _failure(self, error: sqlite3.Error) -> ArchiveError:
        failure = translate(error, self.path)
        if isinstance(failure, ArchiveCorrupt):
            self.damaged = True
        return failure

    # -- meetings ---------------------------------------------------------------------

    def add_meeting(self, meeting: Meeting) -> int:
        """Store a new meeting whole; sets and returns its id (and its items' ids)."""
        with self.transaction() as conn:
            return meeting_rows.insert_meeting(conn, meeting)

    def import_meetings(self, meetings: list[Meeting], replace: bool = False) -> list[int]:
        """Store several meetings as one change: all of them, or none.

        With ``replace``, a meeting already held with the same date and title is
        replaced. An action id already held by another meeting is refused.
        """
        ids = []
        with self.transaction() as conn:
            for meeting in meetings:
                if replace:
                    for old in loading.meetings_on(conn, meeting.date, meeting.title):
                        meeting_rows.delete_meeting(conn, old)
                meeting_rows.check_action_ids_free(conn, meeting)
                meeting.id = None
                ids.append(meeting_rows.insert_meeting(conn, meeting))
        return ids

    def action_ids_in_use(self, ids: list[str]) -> dict[str, dt.date]:
        """Of ``ids``, those the archive already gives to actions, with the date of
        the meeting that raised each."""
        return self._read(meeting_rows.action_ids_in_use, ids)

    def load_meeting(self, meeting_id: int) -> Meeting:
        return self._read(loading.load_meeting, meeting_id)

    def save_item(
        self,
        meeting_id: int,
        item: Item,
        *,
        actions_changed: bool = True,
        setting: tuple[str, str] | None = None,
    ) -> None:
        """Save one item's own content (not its sub-items): the autosave path.

        Without ``actions_changed`` (its notes, topic or flags changed, not its
        actions or decision) the item's actions are left as they are in the
        archive: the save is then its row, its line of the search index and the
        meeting's time of change. ``setting`` (key, value) is written in the same
        transaction (the window: where the cursor is)."""
        with self.transaction() as conn:
            lifecycle.require_editable(conn, meeting_id)
            meeting_rows.update_item(conn, meeting_id, item, actions=actions_changed)
            if setting is not None:
                _set(conn, *setting)

    def save_details(self, meeting: Meeting) -> None:
        """Save the meeting's details and attendance (not its items)."""
        with self.transaction() as conn:
            lifecycle.require_editable(conn, meeting.id)
            meeting_rows.update_details(conn, meeting)

    # -- the agenda of a meeting ------------------------------------------------------

    def add_item(
        self, meeting_id: int, parent_id: int | None, after_item_id: int | None, heading: str
    ) -> Item:
        """A new notes item under ``parent_id`` (None: top level) after the sibling
        ``after_item_id`` (None: last); the siblings are renumbered."""
        from minutetaker.store import items as item_rows

        with self.transaction() as conn:
            lifecycle.require_editable(conn, meeting_id)
            return item_rows.add_item(conn, meeting_id, parent_id, after_item_id, heading)

    def add_brought_forward(self, meeting_id: int, record: BroughtForward) -> Item:
        """A brought-forward item typed by hand into the meeting's brought-forward
        section (1.1, 1.2…, in the order the actions arose), in one change."""
        from minutetaker.store import items as item_rows

        with self.transaction() as conn:
            lifecycle.require_editable(conn, meeting_id)
            return item_rows.add_brought_forward(conn, meeting_id, record)

    def item_delete_impact(self, item_id: int) -> item_rows.DeleteImpact:
        """(actions, followed_later, has_notes): what deleting the item would take."""
        from minutetaker.store import items as item_rows

        return self._read(item_rows.delete_impact, item_id)

    def delete_item(self, item_id: int) -> None:
        """Delete an item, its sub-items and their actions; Conflict when a later
        meeting has brought one of those actions forward."""
        from minutetaker.store import items as item_rows

        with self.transaction() as conn:
            lifecycle.require_editable(conn, lifecycle.item_meeting(conn, item_id))
            item_rows.delete_item(conn, item_id)

    def move_item(self, item_id: int, direction: int) -> bool:
        """Move an item up (-1) or down (+1) among its siblings; False at the end."""
        from minutetaker.store import items as item_rows

        with self.transaction() as conn:
            lifecycle.require_editable(conn, lifecycle.item_meeting(conn, item_id))
            return item_rows.move_item(conn, item_id, direction)

    def list_meetings(
        self, limit: int | None = None, offset: int = 0
    ) -> list[loading.MeetingSummary]:
        """Meetings, newest first."""
        return self._read(loading.list_meetings, limit, offset)

    def count_meetings(self) -> int:
        return self._read(lambda conn: conn.execute("SELECT count(*) FROM meetings").fetchone()[0])

    def find_meetings(self, date: dt.date, title: str | None = None) -> list[int]:
        return self._read(loading.meetings_on, date, title)

    def resolve(self, ref: str) -> int:
        """The id of the meeting ``ref`` names: an id, or a date held by one meeting."""
        return self._read(loading.resolve, ref)

    def plan_next_meeting(self, template: AgendaTemplate, date: dt.date | None = None) -> Meeting:
        """The next meeting from the last (not stored): date, people and open actions
        carried forward. Store it with :meth:`add_meeting`."""
        from minutetaker.store.next_meeting import plan_next_meeting

        return self._read(plan_next_meeting, template, date)

    def start_meeting(self, template: AgendaTemplate, date: dt.date | None = None) -> Meeting:
        """Plan the next meeting and store it, in one change; returns it with ids set."""
        from minutetaker.store.next_meeting import plan_next_meeting

        with self.transaction() as conn:
            meeting = plan_next_meeting(conn, template, date)
            meeting_rows.insert_meeting(conn, meeting)
        return meeting

    def known_people(self) -> list[Person]:
        """Everyone named at any meeting, newest details first, one entry a name."""
        return self._read(loading.known_people)

    # -- after the meeting: versions, agreement, publication ---------------------------

    def record(self, meeting_id: int) -> Record:
        """The meeting's record after the meeting: circulate, agree, unlock with a
        reason, publish, its versions and history (see :mod:`store.record`).

        Once agreed, a meeting is locked: every change above is refused
        (RecordLocked) until ``record(meeting_id).unlock(reason)``."""
        from minutetaker.store.record import Record

        return Record(self, meeting_id)

    # -- search and actions ------------------------------------------------------------

    def search(
        self,
        query: str,
        *,
        meeting_id: int | None = None,
        owner: str | None = None,
        date_from: dt.date | None = None,
        date_to: dt.date | None = None,
        section: str | None = None,
        actions_only: bool = False,
        limit: int = 50,
        mark: tuple[str, str] = ("[", "]"),
    ) -> list[search_queries.SearchHit]:
        """Items matching ``query`` as a person types it, best first: in one meeting
        (``meeting_id``) or in every meeting from ``date_from`` to ``date_to``;
        the matched words between the two strings of ``mark`` in the snippets."""
        return self._read(
            search_queries.search,
            query,
            meeting_id=meeting_id,
            owner=owner,
            date_from=date_from,
            date_to=date_to,
            section=section,
            actions_only=actions_only,
            limit=limit,
            mark=mark,
        )

    def list_actions(
        self,
        *,
        owner: str | None = None,
        status: str = "all",
        meeting_id: int | None = None,
        text: str | None = None,
        today: dt.date | None = None,
    ) -> list[action_queries.ActionRow]:
        """Every action, by due date: ``status`` open, overdue, discharged or all;
        ``meeting_id`` those raised at or brought forward to one meeting; ``text``
        words of the action; ``today`` decides what is overdue (default: today)."""
        return self._read(
            action_queries.list_actions,
            owner=owner,
            status=status,
            meeting_id=meeting_id,
            text=text,
            today=today,
        )

    def actions_raised_between(
        self, first: dt.date, last: dt.date
    ) -> list[action_queries.RaisedAction]:
        """Actions raised at the meetings held from ``first`` to ``last``."""
        return self._read(action_queries.raised_between, first, last)

    def action_history(self, action_id: str) -> list[action_queries.ActionEvent]:
        """Where an action was raised, then each meeting that brought it forward."""
        return self._read(action_queries.action_history, action_id)

    @property
    def words(self) -> OfficeWords:
        """The office dictionary and the words ignored in each meeting (spelling)."""
        from minutetaker.store.office_words import OfficeWords

        return OfficeWords(self)

    # -- settings ----------------------------------------------------------------------

    def get_setting(self, key: str, default: str | None = None) -> str | None:
        row = self._read(
            lambda conn: conn.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
        )
        return row[0] if row else default

    def set_setting(self, key: str, value: str) -> None:
        with self.transaction() as conn:
            _set(conn, key, value)

    # -- backups -----------------------------------------------------------------------

    def backup(self) -> backups.Backup:
        """Take a backup now (after a passing quick_check) and prune old ones."""
        from minutetaker.store.backup import take_backup

        return take_backup(self.conn, self.path.parent)

    def backup_due(self, every: dt.timedelta = dt.timedelta(days=1)) -> bool:
        from minutetaker.store.backup import last_backup_time

        last = last_backup_time(self.path.parent)
        return last is None or dt.datetime.now() - last >= every

    # -- health ------------------------------------------------------------------------

    def wait_when_busy(self, ms: int) -> None:
        """How long a change waits for another program's lock before it fails
        (3 s from :meth:`open`). The window waits less and retries instead, so
        that typing never stalls for long behind a lock held by hand."""
        self.conn.execute(f"PRAGMA busy_timeout = {int(ms)}")

    def integrity_ok(self, quick: bool = True) -> bool:
        pragma = "quick_check" if quick else "integrity_check"
        rows = self._read(lambda conn: conn.execute(f"PRAGMA {pragma}").fetchall())
        return rows == [("ok",)]


def _set(conn: sqlite3.Connection, key: str, value: str) -> None:
    conn.execute(
        "INSERT INTO settings (key, value) VALUES (?, ?) "
        "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        (key, value),
    )
