"""The entry point the command line calls."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from minutetaker.gui.shell import app, startup_check

ROOT = Path(__file__).resolve().parents[2]


def test_an_archive_that_cannot_open_is_one_sentence_and_status_1(qtbot, tmp_path, monkeypatch):
    shown = []
    monkeypatch.setenv(app.SETTINGS_DIR_ENV, str(tmp_path / "settings"))
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()))  # Quit
    folder = tmp_path / "archive"
    folder.mkdir()
    (folder / "archive.sqlite").write_bytes(b"this is not a database at all" * 100)
    assert app.run(folder, []) == 1
    assert len(shown) == 1 and shown[0].endswith(".")


def test_run_shows_the_window_and_quits_when_told(tmp_path):
    """In a process of its own, as the command line starts it."""
    env = {
        **os.environ,
        app.SETTINGS_DIR_ENV: str(tmp_path / "settings"),
        startup_check.QUIT_WHEN_SHOWN_ENV: "1",
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHONPATH": str(ROOT),
    }
    code = "import sys, pathlib; from minutetaker.gui.shell.app import run; sys.exit(run(pathlib.Path(sys.argv[1]), []))"
    done = subprocess.run(
        [sys.executable, "-c", code, str(tmp_path / "archive")],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("shown ")
    assert (tmp_path / "settings" / "minutetaker" / "minutetaker.ini").exists()
