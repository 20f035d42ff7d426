"""The judged scenario, end to end, under a real X server (Xvfb) with xdotool:
type with the keyboard alone, file an action, move through the agenda, kill the
process one second after the last key, start again and carry on typing.

Skipped where Xvfb or xdotool is missing, or on Windows."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from minutetaker.store import Archive

ROOT = Path(__file__).resolve().parents[2]

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        os.name == "nt" or not (shutil.which("Xvfb") and shutil.which("xdotool")),
        reason="needs Xvfb and xdotool",
    ),
]


@pytest.fixture
def display():
    number = 90 + os.getpid() % 500
    server = subprocess.Popen(
        ["Xvfb", f":{number}", "-screen", "0", "1280x900x24", "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    time.sleep(1.0)
    if server.poll() is not None:
        pytest.skip("Xvfb would not start")
    yield f":{number}"
    server.terminate()
    server.wait(timeout=10)


def _env(display: str, tmp_path: Path) -> dict:
    env = {
        **os.environ,
        "DISPLAY": display,
        "MINUTETAKER_SETTINGS_DIR": str(tmp_path / "settings"),
        "PYTHONPATH": str(ROOT),
    }
    env.pop("QT_QPA_PLATFORM", None)
    return env


def _xdo(env: dict, *args: str) -> None:
    subprocess.run(["xdotool", *args], env=env, check=True, timeout=30)


def _start(env: dict, data: Path) -> subprocess.Popen:
    app = subprocess.Popen(
        [sys.executable, "-m", "minutetaker", "--data-dir", str(data)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        found = subprocess.run(
            ["xdotool", "search", "--name", "Monthly Assurance Meeting"],
            env=env,
            capture_output=True,
            text=True,
        )
        if found.stdout.strip():
            focused = subprocess.run(  # (fails while the window is not yet mapped)
                ["xdotool", "windowfocus", "--sync", found.stdout.split()[0]],
                env=env,
                capture_output=True,
                timeout=30,
            )
            if focused.returncode == 0:
                time.sleep(0.4)
                return app
        time.sleep(0.2)
    app.kill()
    pytest.fail("the window never appeared")


def test_type_kill_and_carry_on(display, tmp_path, sample_meeting):
    data = tmp_path / "data"
    with Archive.open(data) as archive:
        meeting_id = archive.add_meeting(sample_meeting)
    env = _env(display, tmp_path)

    app = _start(env, data)
    _xdo(env, "key", "ctrl+g")
    time.sleep(0.3)
    _xdo(env, "type", "3")
    _xdo(env, "key", "Return")
    time.sleep(0.3)
    _xdo(env, "type", "--delay", "20", "--", " Typed under X.")
    _xdo(env, "key", "ctrl+shift+a")
    time.sleep(0.3)
    _xdo(env, "type", "--delay", "20", "--", "Check the X server")
    _xdo(env, "key", "Tab")
    _xdo(env, "type", "--delay", "40", "cc")
    time.sleep(0.3)
    _xdo(env, "key", "Return")
    time.sleep(0.3)
    _xdo(env, "key", "ctrl+Next", "ctrl+Next")  # on to 4a
    time.sleep(0.3)
    _xdo(env, "type", "--delay", "20", "--", "Last words")
    time.sleep(1.0)
    os.kill(app.pid, signal.SIGKILL)
    app.wait(timeout=10)

    with Archive.open(data) as archive:
        stored = archive.load_meeting(meeting_id)
    item3 = stored.find_item("3")
    assert item3.blocks[-1].text.endswith("no items to update. Typed under X.")
    assert [(a.owner, a.text) for a in item3.actions] == [("CC", "Check the X server")]
    assert stored.find_item("4a").blocks[-1].text.endswith("Actions arisingLast words")

    app = _start(env, data)
    _xdo(env, "type", "--delay", "20", "--", " again")
    time.sleep(1.2)
    os.kill(app.pid, signal.SIGKILL)
    app.wait(timeout=10)
    with Archive.open(data) as archive:
        stored = archive.load_meeting(meeting_id)
    assert stored.find_item("4a").blocks[-1].text.endswith("Actions arisingLast words again")
