"""Private by default: files the user's alone, and no network connection, ever.

The command line and the window run under a ``socket`` that fails the test for
any connection that is not a local (AF_UNIX) socket; and the real window, in a
process of its own, is watched from /proc for any internet socket while it is
typed into (that catches Qt's own C++ too, which Python's socket never sees).
"""

from __future__ import annotations

import os
import socket
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

from minutetaker.cli.main import main
from minutetaker.gui.shell import app, startup_check

ROOT = Path(__file__).resolve().parents[2]
posix_only = pytest.mark.skipif(os.name != "posix", reason="file modes and /proc are POSIX")


@pytest.fixture
def no_network(monkeypatch):
    """Any connection but a local socket fails the test."""
    attempts = []
    real_connect = socket.socket.connect
    real_connect_ex = socket.socket.connect_ex

    def guard(real):
        def connect(self, address):
            if self.family != getattr(socket, "AF_UNIX", None):
                attempts.append(address)
                raise AssertionError(f"a network connection to {address!r}")
            return real(self, address)

        return connect

    def no_send(self, *args):
        attempts.append(args[-1])
        raise AssertionError(f"a datagram to {args[-1]!r}")

    monkeypatch.setattr(socket.socket, "connect", guard(real_connect))
    monkeypatch.setattr(socket.socket, "connect_ex", guard(real_connect_ex))
    monkeypatch.setattr(socket.socket, "sendto", no_send)
    monkeypatch.setattr(socket, "create_connection", lambda *a, **k: no_send(None, a[0]))
    yield attempts
    assert attempts == []


def test_the_commands_open_no_connection(no_network, tmp_path, capsys):
    folder = str(tmp_path / "archive")
    out = tmp_path / "out"
    out.mkdir()
    for argv in (
        ["demo", "--meetings", "3"],
        ["list"],
        ["show", "1"],
        ["new"],
        ["search", "budget"],
        ["actions", "--status", "open"],
        ["export", "1", "--out", str(out / "m.docx")],
        ["export", "1", "--out", str(out / "m.json")],
        ["import", "--replace", str(out / "m.json")],
        ["backup"],
        ["restore"],
        ["restore", "1"],
    ):
        assert main(["--data-dir", folder, *argv]) == 0, argv
    capsys.readouterr()


def test_the_window_opens_no_connection(no_network, qtbot, tmp_path, monkeypatch, capsys):
    monkeypatch.setenv(app.SETTINGS_DIR_ENV, str(tmp_path / "settings"))
    monkeypatch.setenv(startup_check.QUIT_WHEN_SHOWN_ENV, "1")
    assert app.run(tmp_path / "archive", []) == 0
    assert capsys.readouterr().out.startswith("shown ")
    # run() leaves its window behind in this test process: close it, so that
    # windows of later tests can become active.
    from PySide6.QtWidgets import QApplication

    for widget in QApplication.topLevelWidgets():
        widget.close()
        widget.deleteLater()
    qtbot.wait(50)


@posix_only
def test_the_files_are_the_users_alone(tmp_path):
    data_dir = tmp_path / "archive"
    settings = tmp_path / "settings"
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHONPATH": str(ROOT),
        app.SETTINGS_DIR_ENV: str(settings),
        startup_check.QUIT_WHEN_SHOWN_ENV: "1",
    }
    command = [sys.executable, "-m", "minutetaker", "--data-dir", str(data_dir)]
    done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert (data_dir / "backups").is_dir()  # the backup taken on closing
    for folder in (data_dir, data_dir / "backups", settings / "minutetaker"):
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700, folder
    files = [p for p in data_dir.rglob("*") if p.is_file()]
    files.append(settings / "minutetaker" / "minutetaker.ini")
    assert len(files) >= 4
    for path in files:
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path


def _internet_inodes() -> set[str]:
    inodes = set()
    for table in ("tcp", "tcp6", "udp", "udp6", "raw", "raw6"):
        try:
            lines = Path(f"/proc/net/{table}").read_text().splitlines()[1:]
        except OSError:
            continue
        inodes.update(line.split()[9] for line in lines if len(line.split()) > 9)
    return inodes


@pytest.mark.skipif(not Path("/proc/net/tcp").exists(), reason="needs Linux's /proc")
def test_the_real_window_holds_no_internet_socket_while_typing(tmp_path, sample_meeting):
    from minutetaker.store import Archive

    data_dir = tmp_path / "archive"
    with Archive.open(data_dir) as archive:
        archive.add_meeting(sample_meeting)
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHONPATH": str(ROOT),
        app.SETTINGS_DIR_ENV: str(tmp_path / "settings"),
    }
    journal = str(tmp_path / "journal")
    command = [sys.executable, "-m", "tests.reliability.typist", str(data_dir), journal, "0"]
    proc = subprocess.Popen(
        command, env=env, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )
    sockets: set[str] = set()
    try:
        deadline = time.monotonic() + 2.5
        while time.monotonic() < deadline:
            for fd in Path(f"/proc/{proc.pid}/fd").iterdir():
                try:
                    target = os.readlink(fd)
                except OSError:
                    continue
                if target.startswith("socket:["):
                    sockets.add(target[8:-1])
            time.sleep(0.05)
        assert proc.poll() is None
        assert (tmp_path / "journal").stat().st_size > 0  # it was typing
        internet = sockets & _internet_inodes()
    finally:
        proc.kill()
        proc.wait()
        proc.stderr.close()
    assert sockets  # the local socket of "bring to the front", at least
    assert internet == set()
