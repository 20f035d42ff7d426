"""File > Import past minutes… under a real X server (Xvfb) with xdotool: the File
menu by its keys, the file dialog with the folder and two names typed, the report
read (copied with Alt+C, and compared with what the command line's dry run
prints), then Enter to go ahead; the archive then holds both meetings, August's
brought-forward item tied to July's action.

Skipped where Xvfb or xdotool is missing, or on Windows."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
import sys
import time

import pytest

from minutetaker.store import Archive
from tests.gui.test_real_x import _env, _start, _xdo, display  # noqa: F401 (a fixture)
from tests.wordimport import more_documents as more

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        os.name == "nt" or not (shutil.which("Xvfb") and shutil.which("xdotool")),
        reason="needs Xvfb and xdotool",
    ),
]

JULY, AUGUST, SEPTEMBER = dt.date(2029, 7, 17), dt.date(2029, 8, 21), dt.date(2029, 9, 18)
CALL_BACK = "The ACC to report on the new call-back service."

CLIPBOARD = """
from PySide6.QtGui import QGuiApplication
app = QGuiApplication([])
print(QGuiApplication.clipboard().text(), end="")
"""


def _window(env: dict, name: str, timeout: float = 20) -> str:
    """The id of the first window whose title holds ``name``, focused."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        found = subprocess.run(
            ["xdotool", "search", "--onlyvisible", "--name", name],
            env=env,
            capture_output=True,
            text=True,
        )
        if found.stdout.strip():
            window = found.stdout.split()[0]
            _xdo(env, "windowfocus", "--sync", window)
            time.sleep(0.3)
            return window
        time.sleep(0.2)
    pytest.fail(f"no window called {name!r} appeared")


def _gone(env: dict, window: str, timeout: float = 20) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        shown = subprocess.run(
            ["xdotool", "search", "--onlyvisible", "--name", "."],
            env=env,
            capture_output=True,
            text=True,
        )
        if window not in shown.stdout.split():
            return
        time.sleep(0.2)
    pytest.fail("the window stayed open")


def test_import_through_the_menu_file_dialog_and_report(display, tmp_path, sample_meeting):  # noqa: F811
    folder = tmp_path / "word"
    folder.mkdir()
    more.small(folder / "july.docx", JULY, actions=[(CALL_BACK, "ACC")], following=AUGUST)
    brought = [("July 2029", "Call handling", CALL_BACK, "Still waiting; carried forward.")]
    more.small(folder / "august.docx", AUGUST, brought=brought, following=SEPTEMBER)
    data = tmp_path / "data"
    with Archive.open(data) as archive:
        archive.add_meeting(sample_meeting)
    env = _env(display, tmp_path)
    files = [str(folder / "august.docx"), str(folder / "july.docx")]
    command = [sys.executable, "-m", "minutetaker", "--data-dir", str(tmp_path / "none")]
    dry = subprocess.run(
        [*command, "import", "--dry-run", *files],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.rsplit("Nothing was written (dry run)", 1)[0]

    app = _start(env, data)
    try:
        _xdo(env, "key", "alt+f")
        time.sleep(0.4)
        _xdo(env, "key", "i")  # &Import past minutes…
        chooser = _window(env, "Import past minutes")
        _xdo(env, "type", "--delay", "20", "--", str(folder))
        _xdo(env, "key", "Return")  # into the folder
        time.sleep(0.6)
        _xdo(env, "type", "--delay", "20", "--", '"august.docx" "july.docx"')
        _xdo(env, "key", "Return")
        _gone(env, chooser)
        _window(env, "what was found")
        _xdo(env, "key", "alt+c")  # the report, as text, on the clipboard
        time.sleep(0.6)
        copied = subprocess.run(
            [sys.executable, "-c", CLIPBOARD], env=env, capture_output=True, text=True, timeout=30
        ).stdout
        assert copied == dry
        assert "Linked: item 1.1 follows the action raised on Tuesday 17 July 2029" in copied
        with Archive.open(data) as archive:
            assert archive.count_meetings() == 1  # nothing written before the choice
        _xdo(env, "key", "Return")  # Import 2 meetings
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            with Archive.open(data) as archive:
                if archive.count_meetings() == 3:
                    break
            time.sleep(0.3)
        _xdo(env, "key", "ctrl+q")
        app.wait(timeout=20)
    finally:
        if app.poll() is None:
            app.kill()
    with Archive.open(data) as archive:
        august = archive.load_meeting(archive.resolve(AUGUST.isoformat()))
        statuses = {row.text: row.last_decision for row in archive.list_actions()}
    assert august.find_item("1.1").brought_forward.action_id  # tied to July's action
    assert statuses[CALL_BACK] == "carried forward"
