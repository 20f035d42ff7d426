"""Starting the window: the entry point the command line calls."""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QSettings, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

# Set to a folder to keep the window's settings there (tests, portable use).
SETTINGS_DIR_ENV = "MINUTETAKER_SETTINGS_DIR"
# Set to 1 to print the time the window was first on screen and quit (the benchmark).
QUIT_WHEN_SHOWN_ENV = "MINUTETAKER_QUIT_WHEN_SHOWN"


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


def run(data_dir: Path, argv: list[str] | None = None) -> int:
    """Open the archive in ``data_dir`` in the window; returns the exit status."""
    from minutetaker.store import Archive
    from minutetaker.store.errors import ArchiveError
    from minutetaker.store.lock import ArchiveLock

    app = QApplication.instance() or QApplication(list(argv) if argv is not None else sys.argv[:1])
    app.setApplicationName("minutetaker")
    app.setOrganizationName("minutetaker")
    app.setApplicationDisplayName("minutetaker")
    settings = configure_settings()
    try:
        lock = ArchiveLock.acquire(Path(data_dir))  # one writing window per archive
    except ArchiveError as error:
        QMessageBox.critical(None, "minutetaker", str(error))
        return 1
    try:
        archive = Archive.open(Path(data_dir))
    except ArchiveError as error:
        lock.release()
        QMessageBox.critical(None, "minutetaker", str(error))
        return 1

    from minutetaker.gui.main_window import MainWindow

    window = MainWindow(archive, settings=settings)
    if os.environ.get(QUIT_WHEN_SHOWN_ENV) == "1":
        window.winId()  # make the native window now, to watch it being exposed
        window.windowHandle().installEventFilter(_QuitWhenShown(app))
    window.show()
    try:
        return app.exec()
    finally:
        archive.close()
        lock.release()
