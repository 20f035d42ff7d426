"""Starting the window: the entry point the command line calls."""

from __future__ import annotations

import os
import signal
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from minutetaker.gui.shell import startup_check

if TYPE_CHECKING:
    from minutetaker.gui.shell.main_window import MainWindow

# Set to a folder to keep the window's settings there (tests, portable use).
SETTINGS_DIR_ENV = "MINUTETAKER_SETTINGS_DIR"


def configure_settings() -> QSettings:
    """The window's settings: the platform's usual place, or the folder named by
    MINUTETAKER_SETTINGS_DIR."""
    folder = os.environ.get(SETTINGS_DIR_ENV)
    if folder:
        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, folder)
        return QSettings(
            QSettings.Format.IniFormat, QSettings.Scope.UserScope, "minutetaker", "minutetaker"
        )
    return QSettings()


def keep_private(settings: QSettings) -> None:
    """On POSIX, the settings file (window sizes, the last export folder) readable
    by the user alone: 0600, in a 0700 folder of minutetaker's own. Made before Qt
    first writes it; Qt keeps a file's permissions when it rewrites it."""
    from minutetaker.store.paths import make_private_dir, make_private_file

    path = Path(settings.fileName())
    if os.name != "posix" or not path.is_absolute() or path.parent.name != "minutetaker":
        return  # (macOS keeps settings in a shared Preferences folder: left to the system)
    try:
        make_private_dir(path.parent)
        make_private_file(path)
    except OSError:
        pass  # not ours to change: Qt writes it as the system sets


def _close_on_terminate(window: MainWindow):
    """SIGTERM (a shutdown, ``kill``) closes the window as Quit does: the notes are
    saved and a backup taken, instead of losing the last moment's typing.

    Python runs its signal handlers only between bytecodes, and Qt's event loop
    runs none, so a timer wakes the interpreter four times a second. Returns the
    handler it replaced."""
    if not hasattr(signal, "SIGTERM"):
        return None

    def close() -> None:
        window.session.save_now()
        window.close_anyway = True  # going anyway: never ask to close twice
        window.close()

    previous = signal.signal(signal.SIGTERM, lambda *_: QTimer.singleShot(0, close))
    wake = QTimer(window)
    wake.timeout.connect(lambda: None)
    wake.start(250)
    return previous


def run(
    data_dir: Path,
    argv: list[str] | None = None,
    on_shown: Callable[[MainWindow], object] | None = None,
) -> int:
    """Open the archive in ``data_dir`` in the window; returns the exit status.

    ``on_shown`` is called with the window once it is shown (the crash tests
    start their typist with it)."""
    from minutetaker.store.errors import ArchiveError
    from minutetaker.store.lock import ArchiveInUse, ArchiveLock

    app = QApplication.instance() or QApplication(list(argv) if argv is not None else sys.argv[:1])
    app.setApplicationName("minutetaker")
    app.setOrganizationName("minutetaker")
    app.setApplicationDisplayName("minutetaker")
    settings = configure_settings()
    keep_private(settings)
    folder = Path(data_dir)
    try:
        lock = ArchiveLock.acquire(folder)  # one writing window per archive
    except ArchiveError as error:
        from minutetaker.gui.safety import single_instance

        if isinstance(error, ArchiveInUse) and single_instance.ask_to_raise(folder):
            print(single_instance.ALREADY_OPEN, file=sys.stderr)
            return 0
        print(f"minutetaker: {error}", file=sys.stderr)
        QMessageBox.critical(None, "minutetaker", str(error))
        return 1
    from minutetaker.gui.safety.recovery import open_or_recover

    archive, restored = open_or_recover(folder)  # if it will not open: say why, offer a backup
    if archive is None:
        lock.release()
        return 1

    from minutetaker.gui.safety.backups import BUSY_WAIT_MS
    from minutetaker.gui.shell.main_window import MainWindow

    archive.wait_when_busy(BUSY_WAIT_MS)  # then fail visibly and retry: typing never stalls
    window = MainWindow(archive, settings=settings)
    servers = []  # a second start on this archive brings the window to the front

    def listen() -> None:  # once the window is up
        from minutetaker.gui.safety.single_instance import RaiseServer

        servers.append(RaiseServer(folder, window))

    QTimer.singleShot(0, listen)
    on_terminate = _close_on_terminate(window)
    if restored:
        window.statusBar().showMessage(restored, 30000)
    startup_check.watch_if_asked(app, window)
    window.show()
    if on_shown is not None:
        on_shown(window)
    try:
        return app.exec()
    finally:
        if on_terminate is not None:
            signal.signal(signal.SIGTERM, on_terminate)
        for server in servers:
            server.close()
        window.session.shutdown()  # the writer finishes what it was handed
        window.backups.on_closing()
        if window.session.has_archive:
            window.session.archive.close()  # the one open now: a restore replaces it
        lock.release()
