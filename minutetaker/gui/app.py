"""Starting the window: the entry point the command line calls."""

from __future__ import annotations

import os
import signal
import sys
import time
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QSettings, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

# Set to a folder to keep the window's settings there (tests, portable use).
SETTINGS_DIR_ENV = "MINUTETAKER_SETTINGS_DIR"
# Set to 1 to print the time the window was first on screen and quit (the benchmark).
QUIT_WHEN_SHOWN_ENV = "MINUTETAKER_QUIT_WHEN_SHOWN"
# Set to a journal file's path to have the window typed into (the crash tests only).
TYPIST_ENV = "MINUTETAKER_TEST_TYPIST"


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


class _QuitWhenShown(QObject):
    """Print when the window is first exposed on screen, then quit."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.app = app

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Expose and watched.isExposed():
            print(f"shown {time.time():.6f}", flush=True)
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self.app.quit)
        return False


def _close_on_terminate(window):
    """SIGTERM (a shutdown, ``kill``) closes the window as Quit does: the notes are
    saved and a backup taken, instead of losing the last moment's typing.

    Python runs its signal handlers only between bytecodes, and Qt's event loop
    runs none, so a timer wakes the interpreter four times a second. Returns the
    handler it replaced."""
    if not hasattr(signal, "SIGTERM"):
        return None

    def close() -> None:
        window.save_now()
        window._close_anyway = True  # going anyway: never ask to close twice
        window.close()

    previous = signal.signal(signal.SIGTERM, lambda *_: QTimer.singleShot(0, close))
    window.wake_timer = QTimer(window)
    window.wake_timer.timeout.connect(lambda: None)
    window.wake_timer.start(250)
    return previous


def _listen(folder: Path, window) -> None:
    """Let a second start on this archive bring ``window`` to the front."""
    from minutetaker.gui.single_instance import RaiseServer

    window.raise_server = RaiseServer(folder, window)


def run(data_dir: Path, argv: list[str] | None = None) -> int:
    """Open the archive in ``data_dir`` in the window; returns the exit status."""
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
        from minutetaker.gui import single_instance

        if isinstance(error, ArchiveInUse) and single_instance.ask_to_raise(folder):
            print(single_instance.ALREADY_OPEN, file=sys.stderr)
            return 0
        print(f"minutetaker: {error}", file=sys.stderr)
        QMessageBox.critical(None, "minutetaker", str(error))
        return 1
    from minutetaker.store import Archive

    restored = ""
    try:
        archive = Archive.open(folder)
    except ArchiveError as error:
        from minutetaker.gui.recovery import recover

        archive, restored = recover(folder, error)  # say why, offer a backup
        if archive is None:
            lock.release()
            return 1

    from minutetaker.gui.backups import BUSY_WAIT_MS
    from minutetaker.gui.main_window import MainWindow

    archive.wait_when_busy(BUSY_WAIT_MS)  # then fail visibly and retry: typing never stalls
    window = MainWindow(archive, settings=settings)
    QTimer.singleShot(0, lambda: _listen(folder, window))  # once the window is up
    on_terminate = _close_on_terminate(window)
    if restored:
        window.statusBar().showMessage(restored, 30000)
    if os.environ.get(QUIT_WHEN_SHOWN_ENV) == "1":
        window.winId()  # make the native window now, to watch it being exposed
        window.windowHandle().installEventFilter(_QuitWhenShown(app))
    window.show()
    if os.environ.get(TYPIST_ENV):  # the crash tests' typist (QtTest: not in the bundle)
        from minutetaker.gui.typist import start_if_asked

        start_if_asked(window)
    try:
        return app.exec()
    finally:
        if on_terminate is not None:
            signal.signal(signal.SIGTERM, on_terminate)
        if getattr(window, "raise_server", None) is not None:
            window.raise_server.close()
        window.backups.on_closing()
        window.archive.close()  # the one open now: a restore replaces it
        lock.release()
