"""One writing window per archive.

The window holds an operating-system lock on ``archive.lock`` beside the
archive for as long as it is open. A second window finds the lock taken and
can bring the first to the front instead. The system frees the lock when the
process ends, however it ends (even killed), so a crash never leaves the
archive locked.
"""

from __future__ import annotations

import os
from pathlib import Path

from minutetaker.store.errors import ArchiveError
from minutetaker.store.paths import make_private_dir, make_private_file

LOCK_NAME = "archive.lock"


class ArchiveInUse(ArchiveError):
    """Another minutetaker window has this archive open."""


class ArchiveLock:
    def __init__(self, path: Path, handle) -> None:
        self.path = path
        self._handle = handle

    @classmethod
    def acquire(cls, folder: Path) -> ArchiveLock:
        folder = Path(folder)
        make_private_dir(folder)
        path = folder / LOCK_NAME
        make_private_file(path)  # it names the process: the user's alone, like the rest
        handle = open(path, "a+b")  # noqa: SIM115 (held open for the lock's life)
        try:
            _lock(handle)
        except OSError:
            handle.close()
            raise ArchiveInUse(
                f"The archive in {folder} is open in another minutetaker window."
            ) from None
        handle.seek(0)
        handle.truncate()
        handle.write(str(os.getpid()).encode())
        handle.flush()
        return cls(path, handle)

    def release(self) -> None:
        if self._handle is not None:
            try:
                _unlock(self._handle)
            finally:
                self._handle.close()
                self._handle = None

    def __enter__(self) -> ArchiveLock:
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()


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
