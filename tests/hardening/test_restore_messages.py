"""`restore` says where it looked, and why a file cannot be restored, truly."""

from __future__ import annotations

import os
import sys

import pytest

from tests.hardening.conftest import as_normal_user, one_sentence, write_meeting
from tests.samples import sample_meeting


def test_restore_by_number_with_no_backups_says_where_it_looked(cli, tmp_path):
    folder = tmp_path / "data"
    assert (
        cli("import", str(write_meeting(tmp_path / "m.json", sample_meeting())), folder=folder)[0]
        == 0
    )
    code, _, err = cli("restore", "1", folder=folder)
    assert code == 1 and one_sentence(err)
    assert str(folder / "backups") in err, err


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_a_backup_that_cannot_be_read_is_not_called_damaged(cli, tmp_path):
    folder = tmp_path / "data"
    assert cli("demo", "--meetings", "1", folder=folder)[0] == 0
    assert cli("backup", folder=folder)[0] == 0
    backup = next((folder / "backups").glob("*.sqlite"))
    locked = tmp_path / "locked.sqlite"
    locked.write_bytes(backup.read_bytes())
    locked.chmod(0o000)
    program = [sys.executable, "-m", "minutetaker", "--data-dir", str(folder)]
    try:
        done = as_normal_user([*program, "restore", str(locked)], timeout=60)
    finally:
        locked.chmod(0o600)
    assert done.returncode == 1 and one_sentence(done.stderr), done.stderr
    assert "cannot be read" in done.stderr and "damaged" not in done.stderr, done.stderr
