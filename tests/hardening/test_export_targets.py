"""Export targets an outsider named that issue 11's replay did not: a second name
(a hard link) of the archive outside its folder, a link to a device, a folder
given as "." or "/" for the public version, a file name that is not UTF-8."""

from __future__ import annotations

import os
import stat
import sys

import pytest

from minutetaker.store import backup as backups
from tests.hardening.conftest import one_sentence, write_meeting
from tests.samples import sample_meeting


@pytest.fixture
def archive_with_meeting(cli, tmp_path, data_dir):
    source = write_meeting(tmp_path / "march.json", sample_meeting())
    assert cli("import", str(source))[0] == 0
    return data_dir


def _no_hard_links() -> bool:
    return not hasattr(os, "link")


@pytest.mark.skipif(_no_hard_links(), reason="hard links")
@pytest.mark.parametrize("which", ["archive", "backup", "kept copy"])
@pytest.mark.parametrize("extra", [["--format", "docx"], ["--format", "json"], ["--public"]])
def test_an_export_over_a_second_name_of_the_archive_is_refused(
    cli, archive_with_meeting, tmp_path, which, extra
):
    data = archive_with_meeting
    assert cli("backup")[0] == 0
    assert cli("restore", "1")[0] == 0
    original = {
        "archive": data / "archive.sqlite",
        "backup": backups.list_backups(data, kept=False)[0].path,
        "kept copy": next((data / "backups").glob("archive-before-restore-*.sqlite")),
    }[which]
    second_name = tmp_path / "elsewhere" / "notes.docx"
    second_name.parent.mkdir()
    os.link(original, second_name)
    before = original.read_bytes()
    code, out, err = cli("export", "1", "--out", str(second_name), *extra)
    assert code == 1 and one_sentence(err) and out == "", err
    assert "archive" in err
    assert os.path.samefile(original, second_name)  # the name still leads to it
    assert original.read_bytes() == before


@pytest.mark.skipif(sys.platform != "linux", reason="/dev/null")
@pytest.mark.parametrize("leads_to", ["/dev/null", "fifo"])
@pytest.mark.parametrize("public", [False, True])
def test_a_link_to_a_device_or_a_pipe_is_refused_not_replaced(
    cli, archive_with_meeting, tmp_path, leads_to, public
):
    """As root, ``--out /dev/stdout`` replaced the system's link with a file."""
    if leads_to == "fifo":
        leads_to = str(tmp_path / "pipe")
        os.mkfifo(leads_to)
    link = tmp_path / "notes.docx"
    os.symlink(leads_to, link)
    code, out, err = cli("export", "1", "--out", str(link), *(["--public"] if public else []))
    assert code == 1 and one_sentence(err) and out == "", err
    assert "not an ordinary file" in err
    assert os.path.islink(link) and os.readlink(link) == leads_to
    assert not (tmp_path / "notes – redaction log.txt").exists()


def test_a_link_to_a_file_is_still_replaced_by_the_export(cli, archive_with_meeting, tmp_path):
    """What docs/export.md promises: the link is replaced, never written through."""
    target = tmp_path / "elsewhere.docx"
    target.write_bytes(b"old")
    link = tmp_path / "notes.docx"
    os.symlink(target, link)
    assert cli("export", "1", "--out", str(link))[0] == 0
    assert not os.path.islink(link) and target.read_bytes() == b"old"


@pytest.mark.parametrize("name", [".", "..", "/", ""])
@pytest.mark.parametrize("public", [False, True])
def test_a_folder_as_the_target_is_refused_in_one_sentence(
    cli, archive_with_meeting, tmp_path, monkeypatch, name, public
):
    monkeypatch.chdir(tmp_path)
    extra = ["--format", "docx", *(["--public"] if public else [])]
    code, out, err = cli("export", "1", "--out", name, *extra)
    assert code == 1 and one_sentence(err) and out == "", err
    assert "is a folder" in err


@pytest.mark.skipif(os.name != "posix", reason="file names that are bytes")
def test_a_public_export_to_a_name_that_is_not_utf8(cli, archive_with_meeting, tmp_path):
    name = os.fsdecode(b"Notes \xff\xfe.docx")  # surrogates, as Python gives such a name
    code, _, err = cli("export", "1", "--out", str(tmp_path / name), "--public")
    assert code == 0 and "Traceback" not in err, err
    names = os.listdir(tmp_path)
    assert name in names
    log = next(n for n in names if "redaction log" in n)
    text = (tmp_path / log).read_text("utf-8")  # the log itself is plain UTF-8
    assert "Notes" in text and stat.S_IMODE(os.stat(tmp_path / log).st_mode) == 0o600
