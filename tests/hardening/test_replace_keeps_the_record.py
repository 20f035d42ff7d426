"""`import --replace` never takes the place of a record that has versions kept.

Found trying the after-the-meeting commands against issue 11's "nothing is lost":
a meeting circulated, agreed (locked) and published was replaced by
`import --replace` without a word: its state went back to draft and every kept
version (the agreed text, what was published) was deleted with it."""

from __future__ import annotations

import json

import pytest

from tests.hardening.conftest import one_sentence, write_meeting
from tests.samples import sample_meeting


@pytest.fixture
def meeting_file(tmp_path):
    raw = json.loads(write_meeting(tmp_path / "m.json", sample_meeting()).read_text("utf-8"))
    raw["date"], raw["next_meeting"]["date"] = "2025-06-10", "2025-07-08"  # a meeting in the past
    return write_meeting(tmp_path / "june.json", raw)


@pytest.mark.parametrize("steps", [["circulate"], ["circulate", "agree"], ["agree", "publish"]])
def test_a_meeting_with_versions_kept_is_not_replaced(cli, tmp_path, meeting_file, steps):
    assert cli("import", str(meeting_file))[0] == 0
    for step in steps:
        extra = (
            ["--out", str(tmp_path / f"{step}.docx")] if step in ("circulate", "publish") else []
        )
        code, _, err = cli(step, "1", *extra, *(["--anyway"] if step == "publish" else []))
        assert code == 0, (step, err)
    before_list = cli("list", "--json")[1]
    before_versions = cli("versions", "1", "--json")[1]
    code, out, err = cli("import", "--replace", str(meeting_file))
    assert code == 1 and one_sentence(err) and out == "", err
    assert "version" in err
    assert cli("list", "--json")[1] == before_list  # its state too
    assert cli("versions", "1", "--json")[1] == before_versions


def test_a_draft_with_no_version_kept_is_still_replaced(cli, meeting_file):
    assert cli("import", str(meeting_file))[0] == 0
    assert cli("import", "--replace", str(meeting_file))[0] == 0


def test_the_refusal_names_the_meeting_its_state_and_versions_and_a_dry_run_says_so(
    cli, tmp_path, meeting_file
):
    assert cli("import", str(meeting_file))[0] == 0
    assert cli("circulate", "1", "--out", str(tmp_path / "draft.docx"))[0] == 0
    assert cli("agree", "1", "--on", "2025-06-12")[0] == 0
    for dry in ([], ["--dry-run"]):
        code, _, err = cli("import", *dry, "--replace", str(meeting_file))
        assert code == 1 and one_sentence(err), err
        assert "the Monthly Assurance Meeting of 2025-06-10 (id 1) is agreed" in err
        assert "version 1 (circulated) kept" in err
        assert "nothing was imported" in err and "another title" in err


def test_without_replace_a_kept_record_is_not_offered_the_replace_it_would_refuse(
    cli, tmp_path, meeting_file
):
    assert cli("import", str(meeting_file))[0] == 0
    assert cli("circulate", "1", "--out", str(tmp_path / "draft.docx"))[0] == 0
    code, _, err = cli("import", str(meeting_file))
    assert code == 1 and one_sentence(err), err
    assert "already holds the Monthly Assurance Meeting of 2025-06-10 (id 1)" in err
    # The advice must be one the person can follow: --replace would be refused.
    assert "Use --replace" not in err
    assert "version 1 (circulated) kept" in err and "another title" in err
    assert cli("import", "--replace", str(meeting_file))[0] == 1


def test_a_draft_held_already_is_still_offered_replace(cli, meeting_file):
    assert cli("import", str(meeting_file))[0] == 0
    code, _, err = cli("import", str(meeting_file))
    assert code == 1 and "Use --replace to replace it." in err


def test_import_help_says_what_replace_never_replaces(cli, capsys):
    code, out, _ = cli("import", "--help")
    assert code == 0
    flat = " ".join(out.split())
    assert "--replace" in flat
    assert "never one with versions kept (circulated, agreed or published)" in flat, flat
