"""Rolling backups of the archive, and restoring one.

A backup is taken with SQLite's online backup API (consistent even while the
archive is open), only after the archive passes ``PRAGMA quick_check``, into a
temporary name that is renamed when complete. Kept: the last few of each day
for two weeks, then the newest of each month for a year. Restoring never
overwrites the current archive without first keeping a copy of it.
"""

from __future__ import annotations

import datetime as dt
import errno
import os
import re
import shutil
import sqlite3
import stat
from dataclasses import dataclass
from pathlib import Path

from minutetaker.store.errors import (
    ArchiveCorrupt,
    ArchiveError,
    ArchiveTooNew,
    NotFound,
    translate,
)
from minutetaker.store.migrations import SCHEMA_VERSION
from minutetaker.store.opening import OUR_TABLES, inspect
from minutetaker.store.paths import ARCHIVE_NAME, make_private_dir

FOLDER = "backups"
PER_DAY = 3
DAILY_FOR_DAYS = 14
MONTHLY_FOR_MONTHS = 12
_NAME = re.compile(r"^archive-(\d{8}-\d{6})(?:-(\d+))?\.sqlite$")
# The archive as it was before a restore put a backup in its place: never pruned.
_KEPT = re.compile(r"^archive-before-restore-(\d{8}-\d{6})(?:-(\d+))?\.sqlite$")
KEPT_BEFORE_RESTORE = "kept before a restore"
_STAMP = "%Y%m%d-%H%M%S"


@dataclass(frozen=True)
class Backup:
    path: Path
    taken: dt.datetime
    size: int
    kind: str = "backup"  # or KEPT_BEFORE_RESTORE: the archive as it was before one

    def describe(self) -> str:
        when = f"{self.taken:%A %d %B %Y at %H:%M:%S} ({self.size / 1_048_576:.1f} MB)"
        # The kind first: a narrow list (the window's) still shows it.
        return f"{self.kind[0].upper()}{self.kind[1:]}: {when}" if self.kind != "backup" else when


def backup_dir(data_dir: Path) -> Path:
    return Path(data_dir) / FOLDER


def list_backups(data_dir: Path, kept: bool = True) -> list[Backup]:
    """The backups, newest first; with ``kept``, then the archives kept before a
    restore, newest first (restorable like backups; listed after them, so that
    number 1 is always the newest backup)."""
    folder = backup_dir(data_dir)
    found = []
    try:
        names = list(folder.iterdir()) if folder.is_dir() else []
    except OSError:
        names = []  # a folder that cannot be read holds no backups we can use
    if names:
        for path in names:
            match = _NAME.match(path.name)
            kind = "backup"
            if match is None and kept:
                match, kind = _KEPT.match(path.name), KEPT_BEFORE_RESTORE
            if match:
                try:
                    taken = dt.datetime.strptime(match.group(1), _STAMP)
                    size = path.stat().st_size
                except (ValueError, OSError):
                    continue  # not a name we wrote, or gone meanwhile
                # Within one second: -2 was made after -1, after the one without a number.
                order = (kind == "backup", taken, int(match.group(2) or 0), path.name)
                found.append((order, Backup(path, taken, size, kind)))
    return [backup for _, backup in sorted(found, key=lambda pair: pair[0], reverse=True)]


def last_backup_time(data_dir: Path) -> dt.datetime | None:
    backups = list_backups(data_dir, kept=False)
    return backups[0].taken if backups else None


def take_backup(conn: sqlite3.Connection, data_dir: Path, now: dt.datetime | None = None) -> Backup:
    """Back up the open archive ``conn`` into the backups folder, then prune."""
    now = now or dt.datetime.now()
    try:
        # Never an empty, foreign or damaged archive over the good backups.
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
        if not 1 <= version <= SCHEMA_VERSION or not tables >= OUR_TABLES:
            raise ArchiveCorrupt(
                "The archive is empty or is not a minutetaker archive, so no backup was "
                "taken over the good ones."
            )
        if conn.execute("PRAGMA quick_check").fetchall() != [("ok",)]:
            raise ArchiveCorrupt(
                "The archive failed its health check, so no backup was taken over the good ones."
            )
    except sqlite3.Error as error:
        raise translate(error, Path(data_dir) / ARCHIVE_NAME) from None
    folder = backup_dir(data_dir)
    make_private_dir(folder)
    target = _free_name(folder, now)
    temp = target.with_name(target.name + ".part")
    try:
        fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        os.close(fd)
        copy = sqlite3.connect(temp)
        try:
            conn.backup(copy)
            # One self-contained file: no write-ahead log beside it.
            copy.execute("PRAGMA journal_mode = DELETE")
        finally:
            copy.close()
        os.replace(temp, target)
    except (OSError, sqlite3.Error) as error:
        temp.unlink(missing_ok=True)
        reason = getattr(error, "strerror", None) or str(error)
        raise ArchiveError(f"The backup could not be written to {folder} ({reason}).") from None
    prune(data_dir, now)
    return Backup(target, now.replace(microsecond=0), target.stat().st_size)


def take_backup_on_own_connection(data_dir: Path) -> Backup:
    """Back up the archive in ``data_dir`` through a connection of this call's
    own, for a thread beside the window (whose connection is never shared):
    the backup API copies a consistent state while the window goes on saving."""
    path = Path(data_dir) / ARCHIVE_NAME
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=rw", uri=True, timeout=5)
    except sqlite3.Error as error:
        raise ArchiveError(f"The archive could not be read ({error}).") from None
    try:
        return take_backup(conn, data_dir)
    finally:
        conn.close()


def _free_name(folder: Path, now: dt.datetime) -> Path:
    stamp = now.strftime(_STAMP)
    target = folder / f"archive-{stamp}.sqlite"
    n = 1
    while target.exists():
        target = folder / f"archive-{stamp}-{n}.sqlite"
        n += 1
    return target


def to_keep(backups: list[Backup], now: dt.datetime) -> set[Path]:
    """Which backups the rolling rule keeps: the newest PER_DAY of each of the
    last DAILY_FOR_DAYS days, and the newest of each of the last
    MONTHLY_FOR_MONTHS months."""
    keep: set[Path] = set()
    per_day: dict[dt.date, int] = {}
    months_seen: set[tuple[int, int]] = set()
    for backup in sorted(backups, key=lambda b: b.taken, reverse=True):
        age = now - backup.taken
        day = backup.taken.date()
        if age <= dt.timedelta(days=DAILY_FOR_DAYS) and per_day.get(day, 0) < PER_DAY:
            per_day[day] = per_day.get(day, 0) + 1
            keep.add(backup.path)
        month = (backup.taken.year, backup.taken.month)
        months_ago = (now.year - month[0]) * 12 + now.month - month[1]
        if month not in months_seen and months_ago < MONTHLY_FOR_MONTHS:
            months_seen.add(month)
            keep.add(backup.path)
    return keep


def prune(data_dir: Path, now: dt.datetime | None = None) -> list[Path]:
    """Delete the backups the rolling rule no longer keeps; return them."""
    now = now or dt.datetime.now()
    backups = list_backups(data_dir, kept=False)  # kept copies are never pruned
    keep = to_keep(backups, now)
    removed = []
    for backup in backups:
        if backup.path not in keep:
            try:
                backup.path.unlink()
                removed.append(backup.path)
            except OSError:
                pass  # kept one more than needed: harmless
    return removed


def check_backup(path: Path) -> None:
    """Raise ArchiveCorrupt (or ArchiveTooNew) unless ``path`` is a healthy
    minutetaker archive of a version this program can open; the file is only read."""
    path = Path(path)
    try:
        if os.stat(path).st_size == 0:
            raise ArchiveCorrupt(f"The backup {path} is empty, so it cannot be restored.")
        with open(path, "rb"):
            pass  # a file that cannot be read is not damaged: say which it is
    except OSError as error:
        raise ArchiveError(
            f"The backup {path} cannot be read ({error.strerror or error})."
        ) from None
    try:
        inspect(path, check=True, leave_nothing=True)
    except ArchiveTooNew:
        raise ArchiveTooNew(
            f"The backup {path} was made by a newer minutetaker, so this version cannot "
            "restore it; install the newer version."
        ) from None
    except (ArchiveError, OSError):
        raise ArchiveCorrupt(
            f"The backup {path} is damaged or is not a minutetaker archive."
        ) from None


def restore(data_dir: Path, backup: Path, now: dt.datetime | None = None) -> Path | None:
    """Put ``backup`` in the place of the archive, which must not be open.

    The current archive (healthy or not) is first copied into the backups
    folder as ``archive-before-restore-….sqlite``; that copy's path is
    returned (None when there was no archive).
    """
    now = now or dt.datetime.now()
    data_dir = Path(data_dir)
    backup = Path(backup)
    try:
        found = os.stat(backup)
    except (FileNotFoundError, NotADirectoryError):
        raise NotFound(f"There is no backup at {backup}.") from None
    except OSError as error:
        raise ArchiveError(
            f"The backup {backup} cannot be read ({error.strerror or error})."
        ) from None
    if not stat.S_ISREG(found.st_mode):
        raise NotFound(f"{backup} is not a backup: it is not a file.")
    check_backup(backup)
    current = data_dir / ARCHIVE_NAME
    folder = backup_dir(data_dir)
    kept = None
    _checkpoint(current)
    try:
        make_private_dir(folder)
        if current.exists():
            kept = _reserve(folder, f"archive-before-restore-{now.strftime(_STAMP)}")
            for suffix in ("", "-wal", "-shm"):
                source = Path(f"{current}{suffix}")
                if source.exists():
                    shutil.copyfile(source, Path(f"{kept}{suffix}"))
                    os.chmod(Path(f"{kept}{suffix}"), 0o600)
        temp = current.with_name(current.name + ".restoring")
        shutil.copyfile(backup, temp)
        os.chmod(temp, 0o600)
        _log_mode(temp)
        for suffix in ("-wal", "-shm"):
            Path(f"{current}{suffix}").unlink(missing_ok=True)
        os.replace(temp, current)
    except OSError as error:
        raise ArchiveError(
            f"The backup could not be restored into {data_dir} ({error.strerror}); "
            "the archive was left as it was."
        ) from None
    return kept


def _reserve(folder: Path, stem: str) -> Path:
    """A new, empty, private file ``stem.sqlite`` (``stem-1.sqlite``… if taken): made
    with O_EXCL, so two restores in the same second never share a name."""
    n = 0
    while True:
        path = folder / (f"{stem}.sqlite" if n == 0 else f"{stem}-{n}.sqlite")
        try:
            os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
            return path
        except FileExistsError:
            n += 1


def _log_mode(path: Path) -> None:
    """Switch a backup's copy to the write-ahead log, as an archive in use always
    is, before it is put in place: the reading commands after a restore then
    leave it byte for byte (they never change a file's mode)."""
    try:
        conn = sqlite3.connect(path, isolation_level=None)
        try:
            conn.execute("PRAGMA journal_mode = WAL")
        finally:
            conn.close()
    except sqlite3.Error as error:
        raise OSError(errno.EIO, str(error)) from None


def _checkpoint(path: Path) -> None:
    """Fold the write-ahead log into the archive file, if the archive allows it,
    so that the file alone holds everything before it is copied or replaced."""
    if not path.exists():
        return
    try:
        conn = sqlite3.connect(path, timeout=1)
        try:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            conn.close()
    except sqlite3.Error:
        pass  # a damaged archive: its files are copied as they are
