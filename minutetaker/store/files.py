"""Writing the files a person asks for (an export, its redaction log), safely.

- Whole or not at all: each file is written to a hidden temporary name beside
  it, flushed and synced, then moved into place. Files written together (a
  public version and its redaction log) are all put in place, or none is: a
  failure part way puts back what was there before.
- Only over a regular file, or under a new name: never over a device, a pipe
  or a socket (root could otherwise turn /dev/full into a file), never over a
  read-only file, and never into the archive's folder, where a file could take
  the place of the archive, its log, its lock or a backup.
- Private when asked: a file holding restricted text is the owner's alone
  (0600, whatever the umask); any other file follows the umask.

The store knows where the archive is, so the rule that keeps exports out of its
folder lives here; the exporters call :func:`write_together`.
"""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
import stat
from collections.abc import Sequence
from pathlib import Path

_BINARY = getattr(os, "O_BINARY", 0)  # Windows only
_FULL = {errno.ENOSPC, errno.EFBIG, getattr(errno, "EDQUOT", errno.ENOSPC)}


class WriteRefused(Exception):
    """A file that was not written. ``str()`` is the reason, as a clause without a
    full stop, for the caller to finish ("…, so the notes were not exported.")."""


def check_target(path: Path, archive_folder: Path | None = None) -> None:
    """Refuse a target that may not be written (see the module's rules)."""
    path = Path(path)
    folder = path.parent
    if archive_folder is not None and is_inside(path, Path(archive_folder)):
        raise WriteRefused(
            f"{path} is in the archive's folder ({archive_folder}), where it could take "
            "the place of the archive or a backup"
        )
    try:
        found = os.stat(folder)
    except (FileNotFoundError, NotADirectoryError):
        raise WriteRefused(f"The folder {folder} does not exist") from None
    except OSError as error:
        raise WriteRefused(_explain(error, path)) from None
    if not stat.S_ISDIR(found.st_mode):
        raise WriteRefused(f"The folder {folder} does not exist")
    try:
        here = os.lstat(path)
    except FileNotFoundError:
        return  # a new name
    except OSError as error:
        raise WriteRefused(_explain(error, path)) from None
    if stat.S_ISLNK(here.st_mode):
        with contextlib.suppress(OSError):
            here = os.stat(path)  # what the link names (the link itself is replaced)
    if stat.S_ISDIR(here.st_mode):
        raise WriteRefused(f"{path} is a folder, not a file name")
    # A link is replaced by the file, but not one leading to a device (as root,
    # --out /dev/stdout made the system's link a file): the person meant that.
    if not stat.S_ISREG(here.st_mode) and not stat.S_ISLNK(here.st_mode):
        raise WriteRefused(
            f"{path} is not an ordinary file (a device, a pipe or a socket), "
            "and only a file is ever written over"
        )
    if stat.S_ISREG(here.st_mode) and not here.st_mode & stat.S_IWUSR:
        raise WriteRefused(f"{path.name} is read-only and cannot be replaced")
    if (
        archive_folder is not None
        and stat.S_ISREG(here.st_mode)
        and here.st_nlink > 1
        and _a_name_of_the_archives(here, Path(archive_folder))
    ):
        raise WriteRefused(
            f"{path} is another name of the archive or one of its backups "
            f"(in {archive_folder}), which it would take the place of"
        )


def _a_name_of_the_archives(found: os.stat_result, archive_folder: Path) -> bool:
    """Whether the file ``found`` (a file with several names) is one of the files in
    the archive's folder or its backups folder: a hard link made elsewhere."""
    for folder in (archive_folder, archive_folder / "backups"):
        try:
            entries = list(os.scandir(folder))
        except OSError:
            continue
        for entry in entries:
            with contextlib.suppress(OSError):
                other = entry.stat(follow_symlinks=False)
                if (other.st_dev, other.st_ino) == (found.st_dev, found.st_ino):
                    return True
    return False


def is_inside(path: Path, folder: Path) -> bool:
    """Whether ``path`` is in ``folder`` or below it, however it is named (links,
    ``..``, another mount of the same folder)."""
    try:
        real_folder = folder.resolve()
        target = path.resolve() if path.is_symlink() else path.parent.resolve() / path.name
    except (OSError, RuntimeError):
        return False
    for here in (target, *target.parents):
        if os.path.normcase(here) == os.path.normcase(real_folder):
            return True
        with contextlib.suppress(OSError):
            if os.path.samefile(here, real_folder):
                return True
    return False


def write_together(
    files: Sequence[tuple[Path, bytes, bool]], archive_folder: Path | None = None
) -> None:
    """Write each ``(path, data, private)`` whole, all of them or none.

    ``private``: the file is made 0600 (it holds restricted text); otherwise its
    mode follows the umask. Raises :class:`WriteRefused`; then every target is
    as it was before.
    """
    place_files(prepare_files(files, archive_folder)).keep()


def _write_temporary(path: Path, data: bytes, private: bool) -> Path:
    folder = path.parent
    temporary = folder / f".~{path.stem[:40]}.{secrets.token_hex(4)}.tmp"
    try:
        descriptor = os.open(
            temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL | _BINARY, 0o600 if private else 0o666
        )
    except OSError as error:
        if error.errno in _FULL:
            raise WriteRefused(_explain(error, path)) from None
        raise WriteRefused(f"The folder {folder} cannot be written to") from None
    try:
        with os.fdopen(descriptor, "wb") as handle:
            if private and os.name == "posix":
                os.fchmod(handle.fileno(), 0o600)  # exactly, whatever the umask
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
    except OSError as error:
        with contextlib.suppress(OSError):
            temporary.unlink()
        raise WriteRefused(_explain(error, path)) from None
    return temporary


def _keep_previous(path: Path) -> tuple:
    """What is at ``path`` now, kept aside so that it can be put back."""
    if not os.path.lexists(path):
        return ("none",)
    if os.path.islink(path):
        return ("link", os.readlink(path))
    aside = path.with_name(f".~{path.stem[:40]}.{secrets.token_hex(4)}.old")
    try:
        os.link(path, aside)  # a second name for the same file: nothing copied
        return ("aside", aside)
    except OSError:
        return ("bytes", path.read_bytes())


def _put_back(path: Path, before: tuple) -> None:
    kind = before[0]
    if kind == "none":
        path.unlink()
    elif kind == "link":
        path.unlink()
        os.symlink(before[1], path)
    elif kind == "aside":
        os.replace(before[1], path)
    else:
        path.write_bytes(before[1])


def _forget(before: tuple) -> None:
    if before[0] == "aside":
        with contextlib.suppress(OSError):
            before[1].unlink()


def _explain(error: OSError, path: Path) -> str:
    name = path.name if len(path.name) <= 60 else path.name[:57] + "…"
    if error.errno in _FULL:
        return f"The disk holding {path.parent} is full"
    if error.errno == errno.ENAMETOOLONG:
        return f"The name {name} is too long for the system"
    if isinstance(error, PermissionError):
        if not os.access(path.parent, os.X_OK):
            return f"The folder {path.parent} cannot be reached (permission denied)"
        return f"{name} cannot be replaced (it may be open in Word or read-only)"
    return f"{name} could not be written ({error.strerror or error})"


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable where the system allows it (not on Windows)."""
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        descriptor = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(descriptor)
        finally:
            os.close(descriptor)


# -- two steps, for a file that goes with a change to the archive -----------------------


class Placed:
    """Files moved into place, each file they replaced kept aside until :meth:`keep`
    (the new files stay) or :meth:`undo` (the old ones come back)."""

    def __init__(self, done: list[tuple[Path, tuple]]) -> None:
        self._done = done

    def keep(self) -> None:
        done, self._done = self._done, []
        for _, before in done:
            _forget(before)
        for folder in {path.parent for path, _ in done}:
            _sync_folder(folder)

    def undo(self) -> None:
        done, self._done = self._done, []
        for path, before in reversed(done):
            with contextlib.suppress(OSError):
                _put_back(path, before)


def prepare_files(
    files: Sequence[tuple[Path, bytes, bool]], archive_folder: Path | None = None
) -> list[tuple[Path, Path]]:
    """The first step of :func:`write_together`: each target checked and each file
    written whole to its temporary name beside it; (target, temporary) pairs,
    nothing in place yet. Raises :class:`WriteRefused` (and leaves nothing)."""
    for path, _, _ in files:
        check_target(Path(path), archive_folder)
    pairs: list[tuple[Path, Path]] = []
    try:
        for path, data, private in files:
            pairs.append((Path(path), _write_temporary(Path(path), data, private)))
    except BaseException:
        discard_files(pairs)
        raise
    return pairs


def place_files(pairs: list[tuple[Path, Path]]) -> Placed:
    """The second step: every temporary file moved onto its target, what each
    replaces kept aside (a second name for it, or its bytes) until the caller keeps
    or undoes the step; the target always holds a whole file. On a failure the
    targets already replaced are put back and :class:`WriteRefused` is raised."""
    done: list[tuple[Path, tuple]] = []
    try:
        for path, temp in pairs:
            before = _keep_previous(path)
            try:
                os.replace(temp, path)
            except BaseException:
                _forget(before)
                raise
            done.append((path, before))
    except BaseException as error:
        Placed(done).undo()
        discard_files(pairs)
        if isinstance(error, OSError):
            raise WriteRefused(_explain(error, pairs[len(done)][0])) from None
        raise
    return Placed(done)


def discard_files(pairs: list[tuple[Path, Path]]) -> None:
    """Remove the temporary files of a step that is not going ahead."""
    for _, temp in pairs:
        with contextlib.suppress(OSError):
            temp.unlink()
