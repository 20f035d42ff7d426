"""Two windows on one archive: the second start brings the first to the front."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import QMessageBox

from minutetaker.gui.safety import single_instance
from minutetaker.gui.shell import app
from minutetaker.store.lock import ArchiveLock

ROOT = Path(__file__).resolve().parents[2]


def _start(data_dir: Path, tmp_path: Path) -> subprocess.Popen:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHONPATH": str(ROOT),
        app.SETTINGS_DIR_ENV: str(tmp_path / "settings"),
    }
    return subprocess.Popen(
        [sys.executable, "-m", "minutetaker", "--data-dir", str(data_dir)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )


def test_the_name_is_the_same_for_every_spelling_of_the_folder(tmp_path):
    (tmp_path / "a").mkdir()
    name = single_instance.server_name(tmp_path / "a")
    assert name == single_instance.server_name(tmp_path / "a" / ".." / "a")
    assert name != single_instance.server_name(tmp_path / "b")
    assert name.startswith("minutetaker-") and len(name) < 60  # short enough for a socket


def test_a_second_start_brings_the_first_window_to_the_front(
    qtbot, window, data_dir, tmp_path, monkeypatch
):
    raised = []
    with ArchiveLock.acquire(data_dir):
        server = single_instance.RaiseServer(data_dir, window)
        assert server.listening
        monkeypatch.setattr(server, "bring_to_front", lambda: raised.append(True))
        second = _start(data_dir, tmp_path)
        qtbot.waitUntil(lambda: second.poll() is not None, timeout=30000)
        server.close()
    assert second.returncode == 0
    assert second.stderr.read().strip().splitlines()[-1] == single_instance.ALREADY_OPEN
    second.stderr.close()
    assert raised == [True]


def test_two_real_windows(tmp_path):
    data_dir = tmp_path / "archive"
    first = _start(data_dir, tmp_path)
    try:
        name = single_instance.server_name(data_dir)
        deadline = time.monotonic() + 30
        while True:  # wait for the first window to listen
            probe = QLocalSocket()
            probe.connectToServer(name)
            if probe.waitForConnected(200):
                probe.abort()
                break
            assert first.poll() is None and time.monotonic() < deadline
            time.sleep(0.05)
        second = _start(data_dir, tmp_path)
        _out, err = second.communicate(timeout=30)
        assert second.returncode == 0, err
        assert err.strip().splitlines()[-1] == single_instance.ALREADY_OPEN
        assert first.poll() is None  # the first goes on
    finally:
        first.terminate()
        first.wait(timeout=30)
        first.stderr.close()


def test_a_stuck_first_window_gets_the_locks_sentence(
    qtbot, tmp_path, data_dir, monkeypatch, capsys
):
    shown = []
    monkeypatch.setenv(app.SETTINGS_DIR_ENV, str(tmp_path / "settings"))
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text: shown.append(text))
    monkeypatch.setattr(single_instance, "WAIT_MS", 300)
    mute = QLocalServer()  # listens, never answers: a hung process
    with ArchiveLock.acquire(data_dir):
        QLocalServer.removeServer(single_instance.server_name(data_dir))
        assert mute.listen(single_instance.server_name(data_dir))
        assert app.run(data_dir, []) == 1
        mute.close()
        assert app.run(data_dir, []) == 1  # and with nobody listening at all
    assert shown == [f"The archive in {data_dir} is open in another minutetaker window."] * 2
    assert capsys.readouterr().err.count("is open in another minutetaker window.") == 2
