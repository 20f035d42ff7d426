"""What can go wrong with the archive, each with one sentence a person can act on.

The store raises these and never shows anything; the window and the command
line decide how to tell the person. ``str(error)`` is that sentence.
"""

from __future__ import annotations

import sqlite3


class ArchiveError(Exception):
    """Something the archive could not do. ``str()`` is a plain sentence."""


class ArchiveLocked(ArchiveError):
    pass


class ArchiveReadOnly(ArchiveError):
    pass


class ArchiveFull(ArchiveError):
    pass


class ArchiveCorrupt(ArchiveError):
    pass


class ArchiveTooNew(ArchiveError):
    pass


class NotFound(ArchiveError):
    pass


class NoArchive(NotFound):
    """There is no archive in the folder, and the caller asked not to make one."""


class Conflict(ArchiveError):
    """The change would clash with what the archive already holds."""


def translate(error: sqlite3.Error, path: object) -> ArchiveError:
    """The ArchiveError that says what a raw SQLite error means for the person."""
    code = getattr(error, "sqlite_errorcode", None)
    name = getattr(error, "sqlite_errorname", "") or ""
    text = str(error).lower()
    # SQLITE_IOERR_SHMSIZE: no room for the shared-memory file that reading the
    # write-ahead log needs, which on a full disk is what even a reader meets first.
    if (
        name.startswith(("SQLITE_FULL", "SQLITE_IOERR_SHMSIZE"))
        or "disk is full" in text
        or code == 13
    ):
        # Plain: the command line has no window to keep notes in; the window says so itself.
        return ArchiveFull(f"The disk holding the archive ({path}) is full.")
    if name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")) or "locked" in text:
        return ArchiveLocked(
            f"The archive ({path}) is in use by another program, so it cannot be changed just now."
        )
    if name.startswith("SQLITE_READONLY") or "readonly" in text or "read-only" in text:
        return ArchiveReadOnly(
            f"The archive ({path}) cannot be written: its folder or file is read-only."
        )
    if (
        name.startswith(("SQLITE_CORRUPT", "SQLITE_NOTADB"))
        or "malformed" in text
        or ("not a database" in text)
    ):
        return ArchiveCorrupt(f"The archive ({path}) is damaged or is not a minutetaker archive.")
    if (
        name.startswith(("SQLITE_CANTOPEN", "SQLITE_IOERR", "SQLITE_PERM"))
        or "unable to open" in text
    ):
        return ArchiveReadOnly(f"The archive ({path}) cannot be opened or written ({error}).")
    return ArchiveError(f"The archive ({path}) could not do that: {error}.")


class RecordLocked(ArchiveError):
    """The meeting's record was agreed: a change needs a reason first."""


class WrongState(Conflict):
    """The step does not fit where the record stands (circulating an agreed record)."""
