"""`import --replace` of a meeting whose record was agreed: the lock holds, and
what the archive keeps about the record (its versions, its history) is never
thrown away by a replacement. Found checking issue 15 from the command line:
`import --replace` of an edited JSON turned an agreed record back into a draft,
without a reason, and deleted its kept versions and its history."""

from __future__ import annotations

import datetime as dt

import pytest

from minutetaker.cli.main import main
from minutetaker.interchange import meeting_to_json
from minutetaker.store import Archive


@pytest.fixture
def cli(data_dir, capsys):
    def run(*args):
        try:
            code = main(["--data-dir", str(data_dir), *map(str, args)])
        except SystemExit as stop:
            code = stop.code
        out, err = capsys.readouterr()
        return code, out, err

    return run


@pytest.fixture(autouse=True)
def _in_may_2031(monkeypatch):
    from minutetaker.store import lifecycle

    monkeypatch.setattr(lifecycle, "today", lambda: dt.date(2031, 5, 1))


@pytest.fixture
def files(tmp_path, sample_meeting):
    first = tmp_path / "march.json"
    first.write_text(meeting_to_json(sample_meeting), encoding="utf-8")
    sample_meeting.find_item("5").blocks[0].text = "The consultation ends on 12 April."
    edited = tmp_path / "march-edited.json"
    edited.write_text(meeting_to_json(sample_meeting), encoding="utf-8")
    return first, edited, tmp_path


def _record(data_dir):
    with Archive.open(data_dir, create=False) as archive:
        (summary,) = archive.list_meetings()
        meeting = archive.load_meeting(summary.id)
        record = archive.record(summary.id)
        return (
            meeting,
            [v.number for v in record.versions()],
            [e.event for e in record.history()],
            record.is_locked(),
        )


def _agreed(cli, files):
    first, edited, folder = files
    assert cli("import", first)[0] == 0
    assert cli("circulate", "2031-03-18", "--out", folder / "draft.docx")[0] == 0
    assert cli("agree", "2031-03-18", "--on", "2031-04-15")[0] == 0
    return edited


def test_an_agreed_record_is_not_replaced_without_a_reason(cli, files, data_dir):
    edited = _agreed(cli, files)
    before = _record(data_dir)
    code, out, err = cli("import", "--replace", edited)
    assert code == 1 and out == ""
    assert "agreed on Tuesday 15 April 2031 and is locked" in err
    assert "--reason" in err and "nothing was imported" in err and "Traceback" not in err
    assert _record(data_dir) == before
    meeting, versions, history, locked = before
    assert (meeting.state, versions, history, locked) == (
        "agreed",
        [1],
        ["circulated", "agreed"],
        True,
    )


def test_with_a_reason_it_is_replaced_and_keeps_its_versions_and_history(cli, files, data_dir):
    edited = _agreed(cli, files)
    code, _out, err = cli(
        "import", "--replace", "--reason", "The CC's office corrected a date.", edited
    )
    assert (code, err) == (0, "")
    meeting, versions, history, locked = _record(data_dir)
    assert meeting.find_item("5").blocks[0].text == "The consultation ends on 12 April."
    assert (meeting.state, meeting.agreed_on) == ("agreed", dt.date(2031, 4, 15))
    assert versions == [1]
    assert history == ["circulated", "agreed", "unlocked", "replaced", "locked"]
    assert locked
    with Archive.open(data_dir, create=False) as archive:
        record = archive.record(meeting.id)
        assert record.history()[2].detail == "The CC's office corrected a date."
        assert record.version(1).find_item("5").blocks[0].text.endswith("11 April.")


def test_a_circulated_draft_replaced_keeps_its_versions_so_corrections_still_match(
    cli, files, data_dir
):
    first, edited, folder = files
    assert cli("import", first)[0] == 0
    assert cli("circulate", "2031-03-18", "--out", folder / "draft.docx")[0] == 0
    assert cli("import", "--replace", edited)[0] == 0
    meeting, versions, history, _ = _record(data_dir)
    assert (meeting.state, versions, history) == ("circulated", [1], ["circulated", "replaced"])
    code, out, err = cli("corrections", "2031-03-18", folder / "draft.docx")
    assert (code, err) == (0, "")
    assert "the draft came back as it was circulated" in out


def test_a_reason_without_replace_is_a_wrong_command_line(cli, files):
    first, _, _ = files
    assert cli("import", "--reason", "why", first)[0] == 2
