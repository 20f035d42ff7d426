"""Where the archive lives, and keeping it private to the user."""

from __future__ import annotations

import os
from pathlib import Path

ENV_VAR = "MINUTETAKER_DATA_DIR"
ARCHIVE_NAME = "archive.sqlite"


def data_dir(explicit: str | os.PathLike | None = None) -> Path:
    """The archive folder: ``explicit`` (``--data-dir``), else the environment
    variable MINUTETAKER_DATA_DIR, else the platform's user data folder."""
    if explicit:
        return Path(explicit).expanduser()
    from_env = os.environ.get(ENV_VAR)
    if from_env:
        return Path(from_env).expanduser()
    import platformdirs  # (only here: a command given its folder never loads it)

    return Path(platformdirs.user_data_dir("minutetaker", appauthor=False))


def make_private_dir(folder: Path) -> None:
    """Create ``folder`` (and its missing parents), each readable by the user alone
    (0700, whatever the umask). A folder that already exists is left exactly as it
    is: it is not ours to change (a shared folder given by --data-dir)."""
    folder = Path(folder)
    missing = []
    here = folder
    while not os.path.lexists(here) and here != here.parent:
        missing.append(here)
        here = here.parent
    for path in reversed(missing):
        try:
            path.mkdir(mode=0o700)
        except FileExistsError:
            continue  # made by someone else meanwhile: theirs
        _chmod(path, 0o700)
    if not folder.is_dir():
        raise NotADirectoryError(20, "Not a directory", str(folder))


def make_private_file(path: Path) -> None:
    """Create ``path`` empty if it does not exist, and make it 0600."""
    if not path.exists():
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        os.close(fd)
    _chmod(path, 0o600)


def keep_private(path: Path) -> None:
    """Make a file of minutetaker's own readable by the user alone (0600)."""
    _chmod(path, 0o600)


def _chmod(path: Path, mode: int) -> None:
    # On Windows chmod only toggles read-only; the user profile is private already.
    if os.name == "posix":
        try:
            os.chmod(path, mode)
        except PermissionError:
            pass  # not ours to change (a shared folder given by --data-dir)
