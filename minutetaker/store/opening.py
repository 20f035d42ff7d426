"""Opening the archive file without ever changing one that is not ours.

A file is first looked at through a read-only connection: it must be a SQLite
file holding minutetaker's tables, of a version this program knows, not cut
short (and, for a command about to write, pass ``PRAGMA quick_check``). Only
then is it opened for writing, made private and upgraded. A file that fails is
refused with one sentence and left byte for byte as it was.

A new archive is made under a hidden name and moved into place whole, so an
existing ``archive.sqlite`` is never an empty file: an empty one is damaged.
"""

from __future__ import annotations

import os
import sqlite3
import stat
from pathlib import Path

from minutetaker.store.errors import (
    ArchiveCorrupt,
    ArchiveError,
    ArchiveReadOnly,
    ArchiveTooNew,
    NoArchive,
    translate,
)
from minutetaker.store.migrations import SCHEMA_VERSION, migrate
from minutetaker.store.paths import ARCHIVE_NAME, keep_private, make_private_dir

OUR_TABLES = frozenset({"meetings", "items", "actions"})
_NEW = f".{ARCHIVE_NAME}."  # a new archive being made: .archive.sqlite.<random>.new


def connect(
    folder: Path, *, create: bool = True, read_only: bool = False, check: bool = False
) -> sqlite3.Connection:
    """A connection to the archive in ``folder``, upgraded to this version's schema.

    ``create``: make a new archive when there is none (else NoArchive).
    ``read_only``: the connection refuses every change (reading commands).
    ``check``: run ``PRAGMA quick_check`` first (commands about to write).
    """
    folder = Path(folder)
    path = folder / ARCHIVE_NAME
    if _exists(folder, path):
        inspect(path, check=check)
    elif create:
        _create(folder, path)
    else:
        raise NoArchive(f"There is no archive in {folder}.")
    try:
        conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    except sqlite3.Error as error:
        raise translate(error, path) from None
    try:
        keep_private(path)  # known to be ours now
        conn.execute("PRAGMA busy_timeout = 3000")
        conn.execute("PRAGMA foreign_keys = ON")
        if conn.execute("PRAGMA journal_mode = WAL").fetchone()[0].lower() != "wal":
            raise ArchiveError(f"The archive ({path}) cannot be opened for safe writing.")
        conn.execute("PRAGMA synchronous = NORMAL")
        migrate(conn)
        if read_only:
            conn.execute("PRAGMA query_only = ON")
    except sqlite3.Error as error:
        conn.close()
        raise translate(error, path) from None
    except BaseException:
        conn.close()
        raise
    return conn


def look(folder: Path) -> bool:
    """Whether ``folder`` holds an archive this program may open, looking only
    (nothing is created or changed); raises the ArchiveError that says why not."""
    folder = Path(folder)
    path = folder / ARCHIVE_NAME
    if not _exists(folder, path):
        return False
    inspect(path)
    return True


def _exists(folder: Path, path: Path) -> bool:
    """Whether there is an archive file; refuses what cannot be one."""
    try:
        found = os.stat(path)
    except (FileNotFoundError, NotADirectoryError):
        if os.path.lexists(folder) and not folder.is_dir():
            raise ArchiveError(
                f"{folder} is a file, not a folder: name the folder that holds the archive."
            ) from None
        return False
    except PermissionError:
        raise ArchiveReadOnly(
            f"The archive folder {folder} cannot be read (permission denied)."
        ) from None
    except OSError as error:
        raise ArchiveError(
            f"The archive folder {folder} cannot be read ({error.strerror or error})."
        ) from None
    if not stat.S_ISREG(found.st_mode):
        raise ArchiveCorrupt(f"{path} is not a file, so it is not a minutetaker archive.")
    if found.st_size == 0:
        raise ArchiveCorrupt(
            f"The archive ({path}) is damaged: the file is empty (a new archive is never empty)."
        )
    return True


def inspect(path: Path, check: bool = False, leave_nothing: bool = False) -> int:
    """Look at the file through a read-only connection; return its schema version.
    Raises ArchiveCorrupt or ArchiveTooNew when it is not an archive to open, and
    then leaves nothing beside it: SQLite's read-only look at a file in
    write-ahead-log mode makes an empty log and a shared-memory file that it
    cannot remove on closing. ``leave_nothing``: not even when the file passes
    (a backup, which nothing opens for writing)."""
    companions = [Path(f"{path}-wal"), Path(f"{path}-shm")]
    there = [os.path.lexists(companion) for companion in companions]
    try:
        version = _inspect(path, check)
    except ArchiveError:
        if not there[0]:  # no log before: no one else had the file open
            _remove_made(companions, there)
        raise
    if leave_nothing and not there[0]:
        _remove_made(companions, there)
    return version


def _remove_made(companions: list[Path], there: list[bool]) -> None:
    """Remove the log and shared-memory files the look made (the log only if empty)."""
    wal, shm = companions
    try:
        if os.path.lexists(wal) and os.lstat(wal).st_size == 0:
            wal.unlink()
        if not there[1] and not os.path.lexists(wal):
            shm.unlink(missing_ok=True)
    except OSError:
        pass  # left as SQLite made them: empty, and harmless


def _inspect(path: Path, check: bool) -> int:
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as error:
        raise translate(error, path) from None
    try:
        conn.execute("PRAGMA busy_timeout = 3000")
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            raise ArchiveTooNew(
                f"The archive ({path}) was made by a newer minutetaker; "
                "install the newer version to open it."
            )
        names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if version == 0 and not names:
            raise ArchiveCorrupt(
                f"The archive ({path}) is damaged: the file holds no tables at all."
            )
        if version < 1 or not names >= OUR_TABLES:
            raise ArchiveCorrupt(f"The file {path} is not a minutetaker archive.")
        if _is_truncated(conn, path):
            raise ArchiveCorrupt(
                f"The archive ({path}) is damaged: the file is shorter than it should be."
            )
        if check and conn.execute("PRAGMA quick_check").fetchall() != [("ok",)]:
            raise ArchiveCorrupt(
                f"The archive ({path}) is damaged: it failed its health check, "
                "so nothing was written to it."
            )
    except sqlite3.Error as error:
        raise translate(error, path) from None
    finally:
        conn.close()
    return version


def _is_truncated(conn: sqlite3.Connection, path: Path) -> bool:
    """A cheap check for a cut-off file (a full check would slow every start):
    the pages SQLite expects are not all there, and no write-ahead log holds them."""
    wal = Path(f"{path}-wal")
    if wal.exists() and wal.stat().st_size > 0:
        return False
    pages = conn.execute("PRAGMA page_count").fetchone()[0]
    size = conn.execute("PRAGMA page_size").fetchone()[0]
    return path.stat().st_size < pages * size


def _create(folder: Path, path: Path) -> None:
    """Make a new archive under a hidden name, then move it into place whole: a
    process killed meanwhile leaves no ``archive.sqlite`` (an empty one would be
    refused as damaged). Never replaces an archive that appeared meanwhile."""
    try:
        make_private_dir(folder)
        for leftover in folder.glob(f"{_NEW}*.new*"):  # a making that was killed
            leftover.unlink(missing_ok=True)
        import secrets  # (only when an archive is made)

        temp = folder / f"{_NEW}{secrets.token_hex(4)}.new"
        os.close(os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
        keep_private(temp)
    except OSError as error:
        raise ArchiveError(
            f"The archive folder {folder} cannot be created or written ({error.strerror or error})."
        ) from None
    try:
        try:
            conn = sqlite3.connect(temp, isolation_level=None)
            try:
                # A rollback journal, not a write-ahead log: every page is in the
                # file when a commit returns, and a full disk fails that commit. (A
                # log is folded in on closing, where a full disk fails silently and
                # the file moved into place would lack pages.) Opening for writing
                # switches to the log.
                conn.execute("PRAGMA journal_mode = DELETE")
                migrate(conn)
            finally:
                conn.close()
        except sqlite3.Error as error:
            raise translate(error, path) from None
        try:
            _move_into_place(temp, path)
        except FileExistsError:
            pass  # another process made it first: open that one
        except OSError as error:
            raise ArchiveError(
                f"The archive cannot be made in {folder} ({error.strerror or error})."
            ) from None
    finally:
        for leftover in (temp, Path(f"{temp}-wal"), Path(f"{temp}-shm")):
            leftover.unlink(missing_ok=True)


def _move_into_place(temp: Path, path: Path) -> None:
    """``temp`` becomes ``path``; FileExistsError if ``path`` exists meanwhile."""
    if os.name == "nt":
        os.rename(temp, path)  # never replaces on Windows
        return
    try:
        os.link(temp, path)  # never replaces
    except FileExistsError:
        raise
    except OSError:  # a file system without hard links
        if os.path.lexists(path):
            raise FileExistsError(17, "File exists", str(path)) from None
        os.rename(temp, path)
