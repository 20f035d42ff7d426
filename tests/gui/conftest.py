"""Fixtures for the window: its own archive and settings file for every test."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings

from minutetaker.store import Archive


@pytest.fixture
def settings(tmp_path):
    """Window settings in a file of the test's own, never the person's real ones."""
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def stored_meeting(archive, sample_meeting):
    archive.add_meeting(sample_meeting)
    return sample_meeting


@pytest.fixture
def opened():
    """The windows a test has opened; after the test, no import of theirs is left
    reading files (during later tests)."""
    windows = []
    yield windows
    for window in windows:
        assert window.importing.stop(wait=30), "an import's reading thread did not end"


@pytest.fixture
def make_window(qtbot, archive, settings, opened):
    """Open a main window on the test's archive, shown and active."""
    from minutetaker.gui.shell.main_window import MainWindow

    def make(on=None, size=True):
        window = MainWindow(on or archive, settings=settings)
        opened.append(window)
        qtbot.addWidget(window)
        if size:
            window.resize(1280, 800)
        window.show()
        qtbot.waitExposed(window)
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow, timeout=2000)
        return window

    return make


@pytest.fixture
def window(make_window, stored_meeting):
    return make_window()


@pytest.fixture
def reopen(qtbot, data_dir, opened):
    """The meeting as a fresh connection to the same archive folder sees it, once
    the test's windows' writers have done what they were handed."""

    def load(meeting_id):
        for window in opened:
            written(qtbot, window)
        with Archive.open(data_dir) as fresh:
            return fresh.load_meeting(meeting_id)

    return load


def written(qtbot, window) -> None:
    """Until the window's writer has done what it was handed so far (a change
    saved "at once" is committed on the writer's thread a moment later)."""
    import shiboken6

    if shiboken6.isValid(window) and window.session.has_archive:
        window.session.writer.wait()


def type_text(qtbot, widget, text: str) -> None:
    """Type ``text`` key by key; characters QTest cannot name (•, –) go as raw key events."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    for char in text:
        if ord(char) < 128:
            qtbot.keyClicks(widget, char)
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
            QApplication.sendEvent(widget, event)


def activate(qtbot, widget) -> None:
    """Make a dialog the active window, as the window manager would on a desktop."""
    qtbot.waitExposed(widget)
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow, timeout=2000)
