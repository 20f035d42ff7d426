"""The archive's file: opened (checked and upgraded), one connection, and the rule
that every change is one transaction; its settings, backups and health.

:class:`~minutetaker.store.archive.Archive` builds on it with what the file
holds (meetings, their agendas, the search, the actions, the record after the
meeting). Kept apart because this part is the same for every command, while a
command loads the modules of what it holds only when it uses them.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from minutetaker.store import opening
from minutetaker.store.errors import ArchiveCorrupt, ArchiveError, translate
from minutetaker.store.paths import ARCHIVE_NAME

TYPE_CHECKING = False  # (not `typing`'s: the command line need not load it)
if TYPE_CHECKING:
    from typing import Self

    from minutetaker.store import backup as backups


class ArchiveFile:
    """An open archive file. Use :meth:`open`; close it (or use ``with``) when done."""

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
    ) -> Self:
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

    def connect_again(self) -> Self:
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
        return type(self)(self.path, conn)

    def close(self) -> None:
        if not self.read_only and not self.damaged:
            try:
                self.conn.execute("PRAGMA optimize")
            except sqlite3.Error:
                pass
        self.conn.close()

    def __enter__(self) -> Self:
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

    # -- settings ----------------------------------------------------------------------

    def get_setting(self, key: str, default: str | None = None) -> str | None:
        row = self._read(
            lambda conn: conn.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
        )
        return row[0] if row else default

    def set_setting(self, key: str, value: str) -> None:
        with self.transaction() as conn:
            write_setting(conn, key, value)

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


def write_setting(conn: sqlite3.Connection, key: str, value: str) -> None:
    """Set ``key`` to ``value`` in the caller's transaction."""
    conn.execute(
        "INSERT INTO settings (key, value) VALUES (?, ?) "
        "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        (key, value),
    )
