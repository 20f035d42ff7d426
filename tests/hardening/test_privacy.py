"""Issue 11, point 17: whatever holds restricted text is the owner's alone."""

from __future__ import annotations

import os
import stat

import pytest

from tests.hardening.conftest import one_sentence, run_process, write_meeting
from tests.samples import sample_meeting

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX modes")


def _mode(path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


@pytest.mark.parametrize("umask", [0o022, 0o000])
def test_the_full_version_and_the_log_are_private_whatever_the_umask(tmp_path, umask):
    data = tmp_path / "a" / "b" / "data"
    source = write_meeting(tmp_path / "march.json", sample_meeting())
    done = run_process(data, "import", str(source), umask=umask)
    assert done.returncode == 0, done.stderr
    for folder in (tmp_path / "a", tmp_path / "a" / "b", data):
        assert _mode(folder) == 0o700, folder  # every folder made for --data-dir
    out = tmp_path / "out"
    out.mkdir()
    full, public, as_json = out / "full.docx", out / "public.docx", out / "march.json"
    for target, extra in ((full, []), (public, ["--public"]), (as_json, [])):
        done = run_process(data, "export", "1", "--out", str(target), *extra, umask=umask)
        assert done.returncode == 0, done.stderr
    log = out / "public – redaction log.txt"
    assert "draft inspection findings" in log.read_text("utf-8")  # it quotes the reasons
    assert _mode(full) == 0o600
    assert _mode(log) == 0o600
    assert _mode(as_json) == 0o600
    assert _mode(public) == 0o666 & ~umask  # the public version follows the umask
    for path in data.rglob("*"):
        assert _mode(path) == (0o700 if path.is_dir() else 0o600), path


def test_replacing_a_shared_full_version_makes_it_private(cli, tmp_path):
    source = write_meeting(tmp_path / "march.json", sample_meeting())
    cli("import", str(source))
    target = tmp_path / "full.docx"
    target.write_bytes(b"an older export")
    target.chmod(0o644)
    assert cli("export", "1", "--out", str(target))[0] == 0
    assert _mode(target) == 0o600


def test_a_read_only_target_is_not_replaced(cli, tmp_path):
    """docs/export.md: a read-only file cannot be replaced (even by root)."""
    source = write_meeting(tmp_path / "march.json", sample_meeting())
    cli("import", str(source))
    for name, extra in (("notes.docx", []), ("public.docx", ["--public"]), ("m.json", [])):
        target = tmp_path / name
        target.write_bytes(b"kept as it is")
        target.chmod(0o444)
        code, out, err = cli("export", "1", "--out", str(target), *extra)
        assert code == 1 and out == "" and one_sentence(err) and "read-only" in err, err
        assert target.read_bytes() == b"kept as it is" and _mode(target) == 0o444
    assert not (tmp_path / "public – redaction log.txt").exists()
