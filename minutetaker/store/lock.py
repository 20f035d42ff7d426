"""One writing window per archive.

The window holds an operating-system lock on ``archive.lock`` beside the
archive for as long as it is open. A second window finds the lock taken and
can bring the first to the front instead. The system frees the lock when the
process ends, however it ends (even killed), so a crash never leaves the
archive locked.
"""

from __future__ import annotations

import contextlib
import errno
import os
import time
from pathlib import Path

from minutetaker.store.errors import ArchiveError
from minutetaker.store.paths import make_private_dir, make_private_file

LOCK_NAME = "archive.lock"


class ArchiveInUse(ArchiveError):
    """Another minutetaker has this archive: ``holder`` says what ("window" or
    "command"; "" when it cannot be told)."""

    def __init__(self, message: str, holder: str = "") -> None:
        super().__init__(message)
        self.holder = holder


class ArchiveLock:
    def __init__(self, path: Path, handle) -> None:
        self.path = path
        self._handle = handle

    @classmethod
    def acquire(cls, folder: Path, holder: str = "window") -> ArchiveLock:
        """Take the archive's lock for a ``holder`` ("window" or "command"), which
        the lock file names so that a second program can say who has it."""
        folder = Path(folder)
        path = folder / LOCK_NAME
        try:
            make_private_dir(folder)
            make_private_file(path)  # it names the process: the user's alone, like the rest
            # Unbuffered: nothing is left to write when it is closed (a full disk).
            handle = open(path, "a+b", buffering=0)  # noqa: SIM115 (held for the lock's life)
        except OSError as error:
            raise ArchiveError(_cannot_write(folder, error)) from None
        try:
            _lock(handle)
        except OSError:
            handle.close()
            other = _holder(path)
            where = {"window": "another minutetaker window", "command": "another minutetaker"}
            raise ArchiveInUse(
                f"The archive in {folder} is open in {where.get(other, 'another minutetaker')}.",
                other,
            ) from None
        try:
            handle.seek(0)
            handle.truncate()
            handle.write(f"{os.getpid()} {holder}".encode())
        except OSError:
            pass  # the lock is held; naming the holder is a courtesy (a full disk)
        return cls(path, handle)

    def release(self) -> None:
        if self._handle is not None:
            with contextlib.suppress(OSError):
                self._handle.truncate(0)  # no name left for the next holder's first instant
            try:
                _unlock(self._handle)
            except OSError:
                pass  # closing it frees the lock all the same
            finally:
                with contextlib.suppress(OSError):
                    self._handle.close()
                self._handle = None

    def __enter__(self) -> ArchiveLock:
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()


def _holder(path: Path, wait: float = 0.5) -> str:
    """What holds the lock, as its file says ("" when it cannot be told). A holder
    names itself just after taking the lock: an empty file is read again for up to
    ``wait`` seconds."""
    deadline = time.monotonic() + wait
    while True:
        try:
            words = path.read_text("ascii", errors="replace").split()
        except OSError:
            return ""
        if len(words) > 1 or time.monotonic() >= deadline:
            return words[1] if len(words) > 1 else ""
        time.sleep(0.02)


def _cannot_write(folder: Path, error: OSError) -> str:
    if error.errno == errno.ENOSPC:
        return f"The disk holding {folder} is full, so the archive cannot be opened for writing."
    if isinstance(error, FileExistsError | NotADirectoryError):
        return f"{folder} is a file, not a folder: name the folder that holds the archive."
    return f"The archive folder {folder} cannot be created or written ({error.strerror or error})."


if os.name == "nt":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _lock(handle) -> None:
        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)

    def _unlock(handle) -> None:
        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _lock(handle) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock(handle) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_UN)
