"""Issue 11, points 18-19: one true sentence, never a traceback."""

from __future__ import annotations

import datetime as dt
import errno
import json
import os
import subprocess
import sys
import textwrap

import pytest

from tests.hardening.conftest import (
    as_normal_user,
    fill,
    one_sentence,
    run_process,
    write_meeting,
)
from tests.samples import sample_meeting


@pytest.fixture
def archive_with_meeting(cli, tmp_path, data_dir):
    assert cli("import", str(write_meeting(tmp_path / "march.json", sample_meeting())))[0] == 0
    return data_dir


def _clean(done) -> bool:
    return "Traceback" not in done.stderr and "Exception ignored" not in done.stderr


# -- 18. one sentence where there were tracebacks ------------------------------------------


def test_a_number_of_thousands_of_digits(cli, tmp_path):
    raw = json.loads(write_meeting(tmp_path / "m.json", sample_meeting()).read_text("utf-8"))
    text = json.dumps(raw).replace('"version": 1', '"version": ' + "9" * 5000, 1)
    bad = tmp_path / "big-number.json"
    bad.write_text(text, encoding="utf-8")
    code, _, err = cli("import", str(bad))
    assert code == 1 and one_sentence(err) and "big-number.json" in err


def test_a_data_dir_that_is_a_file(cli, tmp_path):
    source = write_meeting(tmp_path / "m.json", sample_meeting())
    not_a_folder = tmp_path / "notes.txt"
    not_a_folder.write_text("my notes", encoding="utf-8")
    for command in (["list"], ["import", str(source)], ["new"], ["backup"], ["restore", "1"]):
        code, _, err = cli(*command, folder=not_a_folder)
        assert code == 1 and one_sentence(err), (command, err)
        assert "is a file, not a folder" in err or "no backup" in err, err
    assert not_a_folder.read_text("utf-8") == "my notes"


def test_an_export_with_a_300_character_name(cli, archive_with_meeting, tmp_path):
    for name in ("x" * 300 + ".docx", "y" * 300 + ".json"):
        code, out, err = cli("export", "1", "--out", str(tmp_path / name))
        assert code == 1 and one_sentence(err) and "too long" in err and out == ""


def test_as_a_normal_user_a_folder_that_cannot_be_reached(archive_with_meeting, tmp_path):
    locked = tmp_path / "locked"
    (locked / "sub").mkdir(parents=True)
    (locked / "x.sqlite").write_bytes(b"")
    locked.chmod(0o000)
    program = [sys.executable, "-m", "minutetaker", "--data-dir", str(archive_with_meeting)]
    try:
        for command in (
            ["export", "1", "--out", str(locked / "sub" / "x.docx")],
            ["export", "1", "--out", str(locked / "sub" / "x.json")],
            ["export", "1", "--public", "--out", str(locked / "x.docx")],
            ["restore", str(locked / "x.sqlite")],
            ["import", str(locked / "m.json")],
        ):
            done = as_normal_user([*program, *command], timeout=60)
            assert done.returncode == 1 and _clean(done), (command, done.stderr)
            assert one_sentence(done.stderr), done.stderr
    finally:
        locked.chmod(0o700)


@pytest.mark.parametrize(
    "command",
    [
        ["search", "x", "--section", "\udcff\udcfe"],
        ["search", "x", "--owner", "\udcff"],
        ["actions", "--text", "\udcff\udcfe"],
        ["actions", "--owner", "\udcff"],
    ],
)
def test_arguments_that_are_not_utf8(cli, archive_with_meeting, command):
    code, out, err = cli(*command)
    assert code == 2 and "not UTF-8" in err and "Traceback" not in err and out == ""


@pytest.mark.skipif(sys.platform != "linux", reason="/dev/zero")
def test_import_of_a_device_that_never_ends(tmp_path):
    done = run_process(tmp_path / "data", "import", "/dev/zero", timeout=60)
    assert done.returncode == 1 and _clean(done) and one_sentence(done.stderr)
    assert "not an ordinary file" in done.stderr
    assert not (tmp_path / "data").exists()


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes")
def test_import_of_a_pipe_neither_hangs_nor_holds_the_lock(tmp_path):
    pipe = tmp_path / "meeting.json"
    os.mkfifo(pipe)
    data = tmp_path / "data"
    done = run_process(data, "import", str(pipe), timeout=30)
    assert done.returncode == 1 and _clean(done) and "not an ordinary file" in done.stderr
    done = run_process(data, "new", "--date", "2031-03-18", timeout=60)
    assert done.returncode == 0, done.stderr


def test_new_after_a_meeting_at_the_end_of_the_calendar(cli, tmp_path):
    raw = json.loads(write_meeting(tmp_path / "m.json", sample_meeting()).read_text("utf-8"))
    raw["date"], raw["next_meeting"] = "9999-12-20", None
    cli("import", str(write_meeting(tmp_path / "far.json", raw)))
    code, _, err = cli("new")
    assert code == 1 and one_sentence(err) and "--date" in err
    assert cli("new", "--date", "9999-12-31")[0] == 0


def test_on_a_full_disk_an_import_into_a_new_folder(full_disk, tmp_path):
    source = write_meeting(tmp_path / "m.json", sample_meeting())
    fill(full_disk)
    done = run_process(full_disk / "new" / "data", "import", str(source), timeout=60)
    assert done.returncode == 1 and _clean(done) and one_sentence(done.stderr), done.stderr
    assert "full" in done.stderr and "window" not in done.stderr


def test_on_a_full_disk_an_export(full_disk, archive_with_meeting):
    fill(full_disk)
    for extra in ([], ["--public"], ["--format", "json"]):
        target = full_disk / ("notes.json" if extra == ["--format", "json"] else "notes.docx")
        done = run_process(archive_with_meeting, "export", "1", "--out", str(target), *extra)
        assert done.returncode == 1 and _clean(done), done.stderr  # no ZipFile.__del__
        assert one_sentence(done.stderr) and "full" in done.stderr, done.stderr
    assert sorted(p.name for p in full_disk.iterdir()) == ["filler", "filler-2"]


def test_the_window_on_a_full_disk_says_so_and_quits(qtbot, tmp_path, monkeypatch):
    from minutetaker.gui.shell import app
    from minutetaker.store import lock
    from tests.gui.dialogs import answer

    def no_space(path):
        raise OSError(errno.ENOSPC, "No space left on device", str(path))

    monkeypatch.setattr(lock, "make_private_file", no_space)
    shown = []
    answer([lambda box: shown.append(box.text()) or box.close()])
    assert app.run(tmp_path / "data") == 1
    assert shown and "is full" in shown[0]


# -- 19. messages that are true where they are read ------------------------------------------


def test_a_full_disk_on_the_command_line_mentions_no_window(cli, archive_with_meeting, tmp_path):
    """The fault injected where a real one arrives: SQLite finds no room to grow."""
    from minutetaker.store import opening

    real = opening.connect

    def no_room(*args, **kwargs):
        conn = real(*args, **kwargs)
        pages = conn.execute("PRAGMA page_count").fetchone()[0]
        conn.execute(f"PRAGMA max_page_count = {pages}")
        return conn

    big = sample_meeting()
    big.date = dt.date(2031, 4, 15)
    big.next_meeting.date = dt.date(2031, 5, 20)
    for item in big.walk_items():
        for action in item.actions:
            action.id += "-april"
    big.find_item("5").blocks[0].text = "Eastport " * 200_000
    source = write_meeting(tmp_path / "april.json", big)
    opening.connect = no_room
    try:
        code, out, err = cli("import", str(source))
    finally:
        opening.connect = real
    assert code == 1 and one_sentence(err) and "is full" in err and out == ""
    assert "window" not in err
    assert len(json.loads(cli("list", "--json")[1])) == 1  # nothing half written


def test_a_second_import_is_told_of_the_first_command_not_of_a_window(
    cli, archive_with_meeting, tmp_path
):
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            textwrap.dedent(
                f"""
                import sys, time
                from minutetaker.store.lock import ArchiveLock
                lock = ArchiveLock.acquire({str(archive_with_meeting)!r}, holder="command")
                print("held", flush=True)
                time.sleep(60)
                """
            ),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "held"
        raw = json.loads(write_meeting(tmp_path / "m.json", sample_meeting()).read_text("utf-8"))
        raw["title"] = "Extraordinary Meeting"
        for item in raw["items"]:
            for child in item["items"]:
                for action in child["actions"]:
                    action["id"] += "-x"
        code, _, err = cli("import", str(write_meeting(tmp_path / "x.json", raw)))
        assert code == 1 and one_sentence(err)
        assert "Another minutetaker command" in err and "window" not in err
    finally:
        holder.kill()
        holder.wait()
    from minutetaker.store.lock import ArchiveLock

    with ArchiveLock.acquire(archive_with_meeting):  # a window
        code, _, err = cli("new")
        assert code == 1 and "open in a minutetaker window" in err
