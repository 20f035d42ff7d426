"""Spelling under a real X server (Xvfb) with xdotool: type a slip, see it
underlined, right-click it, click the suggestion, and the word is mended.

The window runs in a process of its own (tests/gui/x_spelling_window.py),
which reports where the underlined words and the menu's entries are on the
screen; every key and click comes from the X server. Skipped where Xvfb or
xdotool is missing, or on Windows.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from minutetaker.store import Archive

ROOT = Path(__file__).resolve().parents[2]
DISPLAYS = (100, 101)  # this work's displays on the shared machine

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        os.name == "nt" or not (shutil.which("Xvfb") and shutil.which("xdotool")),
        reason="needs Xvfb and xdotool",
    ),
]


@pytest.fixture
def display():
    for number in DISPLAYS:
        if Path(f"/tmp/.X{number}-lock").exists():
            continue
        server = subprocess.Popen(
            ["Xvfb", f":{number}", "-screen", "0", "1280x900x24", "-nolisten", "tcp", "-noreset"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        time.sleep(1.0)
        if server.poll() is None:
            yield f":{number}"
            server.terminate()
            server.wait(timeout=10)
            return
    pytest.skip("no free X display for Xvfb")


def _xdo(env: dict, *args: str) -> None:
    subprocess.run(["xdotool", *args], env=env, check=True, timeout=30)


def _until(read, what: str, timeout: float = 20.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        found = read()
        if found:
            return found
        time.sleep(0.1)
    pytest.fail(f"never saw {what}")


def test_type_a_slip_right_click_it_and_choose_the_suggestion(display, tmp_path, sample_meeting):
    data = tmp_path / "data"
    with Archive.open(data) as archive:
        meeting_id = archive.add_meeting(sample_meeting)
    out = tmp_path / "report.json"
    env = {
        **os.environ,
        "DISPLAY": display,
        "PYTHONPATH": str(ROOT),
        "MINUTETAKER_SETTINGS_DIR": str(tmp_path / "settings"),
    }
    env.pop("QT_QPA_PLATFORM", None)
    app = subprocess.Popen(
        [
            sys.executable,
            str(Path(__file__).with_name("x_spelling_window.py")),
            str(data),
            str(out),
        ],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )

    def report() -> dict:
        try:
            return json.loads(out.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}

    try:

        def focused() -> bool:
            """The window found and given the focus (once it is on the screen)."""
            found = subprocess.run(
                ["xdotool", "search", "--name", "^spelling under X$"],
                env=env,
                capture_output=True,
                text=True,
            ).stdout.split()
            if not found:
                return False
            focus = ["xdotool", "windowfocus", "--sync", found[0]]
            try:
                done = subprocess.run(focus, env=env, capture_output=True, timeout=5)
            except subprocess.TimeoutExpired:
                return False
            return done.returncode == 0  # (not yet mapped: try again)

        _until(focused, "the window")
        _until(lambda: report().get("ready"), "the dictionary loaded")
        _xdo(env, "type", "--delay", "30", "--", " The PCC recieved the report. ")
        where = _until(lambda: report().get("underlined", {}).get("recieved"), "the underline")
        assert list(report()["underlined"]) == ["recieved"]

        _xdo(env, "mousemove", str(where[0]), str(where[1]), "click", "3")
        entries = _until(lambda: "received" in report().get("menu", {}) and report()["menu"], "it")
        names = list(entries)
        assert names[:4] == [
            "received",
            "relieved",
            "&Add to office dictionary",
            "&Ignore in this meeting",
        ]
        _xdo(env, "mousemove", *map(str, entries["received"]), "click", "1")
        last = _until(
            lambda: "received the report" in report().get("last", "") and report()["last"],
            "the word mended",
        )
        assert last.endswith("The PCC received the report. ")
        assert report()["underlined"] == {}
        time.sleep(1.5)  # the autosave's pause
    finally:
        app.terminate()
        app.wait(timeout=20)
    with Archive.open(data) as archive:
        stored = archive.load_meeting(meeting_id).find_item("3").blocks[-1].text
    assert stored.rstrip().endswith("The PCC received the report.")
