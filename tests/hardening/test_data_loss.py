"""Issue 11, points 3-6: nothing the person has is lost or written over."""

from __future__ import annotations

import datetime as dt
import os
import stat
import sys

import pytest

from minutetaker.store import backup as backups
from tests.hardening.conftest import one_sentence, run_process, write_meeting
from tests.samples import sample_meeting


@pytest.fixture
def archive_with_meeting(cli, tmp_path, data_dir):
    source = write_meeting(tmp_path / "march.json", sample_meeting())
    assert cli("import", str(source))[0] == 0
    return data_dir


def _folder_state(folder):
    """Every file under ``folder`` with its bytes."""
    return {
        path.relative_to(folder).as_posix(): path.read_bytes()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


# -- 3. an export never takes the place of the archive or its files ------------------


def test_an_export_into_the_archive_folder_is_refused(cli, archive_with_meeting, tmp_path):
    data = archive_with_meeting
    assert cli("backup")[0] == 0
    backup = backups.list_backups(data)[0].path
    before = _folder_state(data)
    targets = [
        (data / "archive.sqlite", "docx"),
        (data / "archive.sqlite", "json"),
        (data / "archive.sqlite-wal", "docx"),
        (data / "archive.lock", "docx"),
        (backup, "docx"),
        (data / "notes.docx", "docx"),  # a new name, but in the archive's folder
        (data / "backups" / "notes.json", "json"),
    ]
    for target, kind in targets:
        code, out, err = cli("export", "1", "--out", str(target), "--format", kind)
        assert code == 1, (target, out)
        assert one_sentence(err) and "archive" in err and "Wrote" not in out, err
    assert _folder_state(data) == before
    assert cli("list")[0] == 0


def test_an_export_through_a_link_into_the_archive_folder_is_refused(
    cli, archive_with_meeting, tmp_path
):
    data = archive_with_meeting
    link = tmp_path / "elsewhere"
    link.symlink_to(data, target_is_directory=True)
    before = _folder_state(data)
    code, _, err = cli("export", "1", "--out", str(link / "archive.sqlite"), "--format", "docx")
    assert code == 1 and one_sentence(err)
    named = tmp_path / "notes.docx"
    named.symlink_to(data / "archive.sqlite")
    code, _, err = cli("export", "1", "--out", str(named))
    assert code == 1 and one_sentence(err)
    assert _folder_state(data) == before
    assert cli("list")[0] == 0


def test_an_export_beside_the_archive_folder_is_fine(cli, archive_with_meeting, tmp_path):
    target = archive_with_meeting.parent / "archive-notes.docx"
    code, out, _ = cli("export", "1", "--out", str(target))
    assert code == 0 and out == f"Wrote {target}.\n" and target.read_bytes()[:2] == b"PK"


# -- 4. an empty archive is damaged, not new -----------------------------------------


def _empty_the_archive(data):
    for suffix in ("-wal", "-shm"):
        (data / f"archive.sqlite{suffix}").unlink(missing_ok=True)
    (data / "archive.sqlite").write_bytes(b"")


def test_an_empty_archive_is_damaged_and_the_backups_are_kept(cli, archive_with_meeting):
    data = archive_with_meeting
    for _ in range(3):
        assert cli("backup")[0] == 0
    good = _folder_state(data / "backups")
    assert len(good) == 3
    _empty_the_archive(data)

    for command in (["list"], ["show", "1"], ["search", "Eastport"], ["actions"]):
        code, out, err = cli(*command)
        assert code == 1 and one_sentence(err), command
        assert "empty" in err and "minutetaker restore" in err, err
    for _ in range(5):
        code, _, err = cli("backup")
        assert code == 1 and one_sentence(err) and "minutetaker restore" in err
    for command in (["new"], ["demo", "--meetings", "1"]):
        code, _, err = cli(*command)
        assert code == 1 and one_sentence(err)
    assert _folder_state(data / "backups") == good  # not one pruned, none taken
    assert (data / "archive.sqlite").read_bytes() == b""

    code, out, _ = cli("restore", "1")
    assert code == 0
    code, out, _ = cli("list")
    assert code == 0 and "Monthly Assurance Meeting" in out


def test_the_window_offers_the_restore_for_an_empty_archive(qtbot, archive_with_meeting, cli):
    from minutetaker.gui.safety.recovery import open_or_recover
    from tests.gui.dialogs import answer

    data = archive_with_meeting
    assert cli("backup")[0] == 0
    _empty_the_archive(data)
    shown = []

    def quit_it(box):
        shown.append(box.text())
        assert box.restore_button is not None  # the restore is offered
        box.quit_button.click()

    answer([quit_it])
    assert open_or_recover(data) == (None, "")
    assert "empty" in shown[0]
    assert (data / "archive.sqlite").read_bytes() == b""
    assert len(backups.list_backups(data)) == 1


def test_a_new_archive_is_made_whole_or_not_at_all(tmp_path, monkeypatch):
    """The archive is made under another name and moved into place whole: a process
    that dies while making it leaves no archive.sqlite (an empty one would be taken
    for a damaged archive), and what it left is tidied by the next start."""
    from minutetaker.store import Archive, opening

    data = tmp_path / "data"

    def dies(conn):
        conn.execute("CREATE TABLE meetings (id INTEGER PRIMARY KEY)")
        raise KeyboardInterrupt  # as a kill would, half way through

    monkeypatch.setattr(opening, "migrate", dies)
    with pytest.raises(KeyboardInterrupt):
        Archive.open(data)
    monkeypatch.undo()
    assert not (data / "archive.sqlite").exists()
    (data / ".archive.sqlite.0badf00d.new").write_bytes(b"left by a kill")
    with Archive.open(data) as archive:
        assert archive.count_meetings() == 0
    assert [p.name for p in data.iterdir()] == ["archive.sqlite"]


# -- 5. kept copies never collide, and can be restored -------------------------------


def test_two_restores_in_one_second_keep_two_copies(cli, archive_with_meeting, tmp_path):
    data = archive_with_meeting
    assert cli("backup")[0] == 0  # holds March only
    assert cli("new")[0] == 0  # April: in no backup
    moment = dt.datetime(2031, 4, 20, 9, 30, 0)
    backup = backups.list_backups(data)[0].path
    first = backups.restore(data, backup, now=moment)  # keeps March + April
    second = backups.restore(data, backup, now=moment)  # keeps March alone
    assert first != second and first.exists() and second.exists()

    code, out, _ = cli("restore")
    assert code == 0
    assert first.name in out and second.name in out and "before a restore" in out
    assert out.splitlines()[0].endswith(backup.name)  # number 1 is still the newest backup
    listed = backups.list_backups(data)
    number = [b.path for b in listed].index(first) + 1
    code, out, _ = cli("restore", str(number))
    assert code == 0
    code, out, _ = cli("list")
    assert "2031-04-15" in out  # the April meeting no backup held is back


def test_kept_copies_are_never_pruned(cli, archive_with_meeting):
    data = archive_with_meeting
    assert cli("backup")[0] == 0
    assert cli("restore", "1")[0] == 0
    kept = [p for p in (data / "backups").iterdir() if "before-restore" in p.name]
    assert len(kept) == 1
    long_after = dt.datetime.now() + dt.timedelta(days=800)
    backups.prune(data, long_after)
    assert kept[0].exists()


# -- 6. only a regular file or a new name is written ---------------------------------


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes on this system")
def test_an_export_never_replaces_a_pipe(cli, archive_with_meeting, tmp_path):
    for kind in ("docx", "json"):
        pipe = tmp_path / f"pipe-{kind}"
        os.mkfifo(pipe)
        code, out, err = cli("export", "1", "--out", str(pipe), "--format", kind)
        assert code == 1 and one_sentence(err) and "Wrote" not in out
        assert stat.S_ISFIFO(os.lstat(pipe).st_mode)


@pytest.mark.skipif(
    sys.platform != "linux" or os.geteuid() != 0, reason="only root may make a device node"
)
def test_as_root_an_export_never_replaces_a_device(archive_with_meeting, tmp_path):
    """The issue's /dev/full, made here as a node of our own (major 1, minor 7)."""
    device = tmp_path / "full"
    os.mknod(device, 0o666 | stat.S_IFCHR, os.makedev(1, 7))
    for kind in ("docx", "json"):
        done = run_process(
            archive_with_meeting, "export", "1", "--out", str(device), "--format", kind
        )
        assert done.returncode == 1 and "Traceback" not in done.stderr
        assert stat.S_ISCHR(os.lstat(device).st_mode)
    done = run_process(
        archive_with_meeting, "export", "1", "--out", str(device), "--format", "docx", "--public"
    )
    assert done.returncode == 1 and stat.S_ISCHR(os.lstat(device).st_mode)
