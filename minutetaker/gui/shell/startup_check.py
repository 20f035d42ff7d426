"""A check that the window starts, for the bundle's smoke test and the start benchmark.

With ``MINUTETAKER_QUIT_WHEN_SHOWN=1`` in the environment the window prints
``shown <epoch seconds>`` when it is first exposed on screen, then quits (the
archive is saved and backed up on the way out, as always). Nothing else uses it: in normal use the
variable is not set and :func:`watch_if_asked` does nothing. It stays in the
package because the bundle (``packaging/smoke_test.py``) has no tests folder.
"""

from __future__ import annotations

import os
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

QUIT_WHEN_SHOWN_ENV = "MINUTETAKER_QUIT_WHEN_SHOWN"


class _QuitWhenShown(QObject):
    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.app = app

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Expose and watched.isExposed():
            print(f"shown {time.time():.6f}", flush=True)
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self.app.quit)
        return False


def watch_if_asked(app: QApplication, window: QWidget) -> None:
    """Before ``window`` is shown: print when it is on screen and quit, if asked."""
    if os.environ.get(QUIT_WHEN_SHOWN_ENV) != "1":
        return
    window.winId()  # make the native window now, to watch it being exposed
    window.windowHandle().installEventFilter(_QuitWhenShown(app))
