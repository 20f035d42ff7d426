"""The commands for after the meeting, as cli.md promises them: check, circulate,
versions, agree, publish. Run in-process, each on an archive of its own."""

from __future__ import annotations

import datetime as dt
import json
import re

import docx
import pytest

from minutetaker.cli.main import main
from minutetaker.domain.model import Block
from minutetaker.export.document import read_custom_properties
from minutetaker.interchange import meeting_to_json
from minutetaker.store import Archive
from minutetaker.store.errors import RecordLocked
from tests.checks.planted_personal import PLANTED, planted_meeting

NOTICE = "These notes have been edited to remove information that is not for publication."


@pytest.fixture
def cli(data_dir, capsys):
    def run(*args):
        try:
            code = main(["--data-dir", str(data_dir), *map(str, args)])
        except SystemExit as stop:  # argparse: the command line itself is wrong
            code = stop.code
        out, err = capsys.readouterr()
        return code, out, err

    return run


@pytest.fixture(autouse=True)
def _in_may_2031(monkeypatch):
    """The sample meetings are in March 2031: agreeing them in April needs a later today."""
    from minutetaker.store import lifecycle

    monkeypatch.setattr(lifecycle, "today", lambda: dt.date(2031, 5, 1))


def _import(cli, data_dir, path, meeting):
    path.write_text(meeting_to_json(meeting), encoding="utf-8")
    assert cli("import", path)[0] == 0
    with Archive.open(data_dir) as archive:  # the invented force's places, as an office has
        for word in ("Northshire", "Eastport", "Kingsford", "Marlow"):
            archive.words.add(word)
    return "2031-03-18"


@pytest.fixture
def stored(cli, tmp_path, data_dir, sample_meeting):
    return _import(cli, data_dir, tmp_path / "march.json", sample_meeting)


@pytest.fixture
def planted(cli, tmp_path, data_dir):
    return _import(cli, data_dir, tmp_path / "planted.json", planted_meeting())


def _personal(listed: list[dict]) -> list[dict]:
    return [f for f in listed if f["kind"] != "spelling"]


def _numbered(out: str) -> dict[tuple[str, str], int]:
    """(kind, text) -> its number in the listing of ``check``."""
    found = {}
    for line in out.splitlines():
        match = re.match(r"^ *(\d+)\. (\S+) +(\S+)  (.+?)(?:  → .*|  \(no suggestion\))?$", line)
        if match:
            found[(match.group(3), match.group(4))] = int(match.group(1))
    return found


def _header(path) -> list[str]:
    return [p.text for p in docx.Document(str(path)).sections[0].header.paragraphs if p.text]


# -- circulate and versions ---------------------------------------------------------------


def test_circulate_writes_the_draft_and_keeps_version_1_then_2(cli, stored, tmp_path, data_dir):
    out_file = tmp_path / "draft.docx"
    code, out, err = cli("circulate", stored, "--out", out_file)
    assert (code, err) == (0, "")
    assert "as version 1: wrote" in out and "(marked DRAFT)" in out
    assert str(data_dir) in out  # says which archive it wrote to
    assert _header(out_file) == ["OFFICIAL – DRAFT"]
    props = read_custom_properties(docx.Document(str(out_file)))
    assert props["minutetaker.meeting"] == "1"
    assert props["minutetaker.version"] == "1"
    assert props["minutetaker.meeting-date"] == "2031-03-18"
    assert len(props["minutetaker.version-fingerprint"]) == 16
    assert cli("circulate", stored, "--out", tmp_path / "draft2.docx")[0] == 0
    code, out, _ = cli("versions", stored, "--json")
    listed = json.loads(out)
    assert [(v["number"], v["state"]) for v in listed] == [(1, "circulated"), (2, "circulated")]
    assert dt.datetime.fromisoformat(listed[0]["created"]).tzinfo is not None
    code, out, _ = cli("versions", stored)
    assert out.splitlines()[0].split()[0] == "1"
    assert out.splitlines()[-1] == "Now: circulated."
    code, out, _ = cli("list", "--json")
    assert json.loads(out)[0]["state"] == "circulated"
    assert "State:   circulated" in cli("show", stored)[1]


def test_versions_of_a_meeting_never_circulated_say_so(cli, stored):
    code, out, _ = cli("versions", stored)
    assert code == 0
    assert out.startswith("No version of the meeting of Tuesday 18 March 2031 has been kept")
    assert json.loads(cli("versions", stored, "--json")[1]) == []


def test_circulate_wants_a_word_file(cli, stored, tmp_path):
    code, _, err = cli("circulate", stored, "--out", tmp_path / "draft.pdf")
    assert code == 2 and "expected a Word file name ending in .docx" in err


def test_a_circulation_whose_file_cannot_be_written_keeps_no_version(cli, stored, tmp_path):
    code, _, err = cli("circulate", stored, "--out", tmp_path / "no such folder" / "d.docx")
    assert code == 1 and "does not exist" in err
    assert json.loads(cli("versions", stored, "--json")[1]) == []
    assert json.loads(cli("list", "--json")[1])[0]["state"] == "draft"


# -- agree --------------------------------------------------------------------------------


@pytest.mark.parametrize("typed", ["2031-04-15", "15/04/2031"])
def test_agree_records_the_day_in_either_form_and_locks(cli, stored, data_dir, typed):
    code, out, _ = cli("agree", stored, "--on", typed)
    assert code == 0
    assert "agreed on Tuesday 15 April 2031 and is locked from now on" in out
    with Archive.open(data_dir) as archive:
        meeting = archive.load_meeting(1)
        assert (meeting.state, meeting.agreed_on) == ("agreed", dt.date(2031, 4, 15))
        item = meeting.find_item("5")
        item.blocks.append(Block("paragraph", "Too late."))
        with pytest.raises(RecordLocked):
            archive.save_item(1, item)
    code, _, err = cli("agree", stored)
    assert code == 1 and "already agreed on Tuesday 15 April 2031" in err
    code, _, err = cli("circulate", stored, "--out", data_dir.parent / "late.docx")
    assert code == 1 and "circulated before it is agreed" in err
    assert not (data_dir.parent / "late.docx").exists()
    assert cli("export", stored, "--out", data_dir.parent / "agreed.docx")[0] == 0
    assert _header(data_dir.parent / "agreed.docx") == ["OFFICIAL"]  # no longer DRAFT


def test_agree_refuses_a_day_before_the_meeting_and_a_wrong_date(cli, stored):
    code, _, err = cli("agree", stored, "--on", "17/03/2031")
    assert code == 1 and "before the meeting itself" in err
    code, _, err = cli("agree", stored, "--on", "2031-13-01")
    assert code == 2 and "not a date in the calendar" in err
    code, _, err = cli("agree", stored, "--on", "next week")
    assert code == 2 and "YYYY-MM-DD or dd/mm/yyyy" in err


# -- check --------------------------------------------------------------------------------


def test_check_json_lists_every_planted_item_in_the_promised_shape(cli, planted):
    code, out, err = cli("check", planted, "--json")
    assert (code, err) == (0, "")
    listed = json.loads(out)
    assert {(f["kind"], f["text"]) for f in _personal(listed)} == PLANTED
    assert all(set(f) == {"item_number", "kind", "text", "excerpt"} for f in _personal(listed))
    # The spelling joins the same list: the planted strangers' names are not in the dictionary.
    spelling = {f["text"] for f in listed if f["kind"] == "spelling"}
    assert {"Wrenfield", "Morcombe"} <= spelling


def test_check_of_a_clean_meeting_says_nothing_was_found(cli, stored):
    code, out, _ = cli("check", stored)
    assert code == 0
    assert out == (
        "Nothing to look at in the meeting of Tuesday 18 March 2031: no misspelt words and "
        "no personal data in what would be published.\n"
    )


def test_findings_are_resolved_by_number_and_the_choices_are_remembered(cli, planted, data_dir):
    code, out, _ = cli("check", planted)
    numbers = _numbered(out)
    listed = json.loads(cli("check", planted, "--json")[1])
    assert len(numbers) == len({(f["kind"], f["text"]) for f in listed})
    assert set(numbers) >= PLANTED
    postcode, name = numbers[("postcode", "NS1 4QT")], numbers[("name", "Mrs Eleanor Whitfield")]
    code, out, _ = cli(
        "check", planted, "--accept", postcode, "--withhold", name, "--reason", "s40"
    )
    assert code == 0
    assert f"Accepted {postcode} as fine: a postcode “NS1 4QT” in item 2." in out
    assert "Withheld a paragraph of item 2 from publication (s40)." in out
    remaining = _personal(json.loads(cli("check", planted, "--json")[1]))
    texts = {f["text"] for f in remaining}
    assert "NS1 4QT" not in texts and "Mrs Eleanor Whitfield" not in texts
    assert "01632 960123" not in texts  # in the paragraph now withheld
    assert len(remaining) == len(PLANTED) - 4
    with Archive.open(data_dir) as archive:
        block = archive.load_meeting(1).find_item("2").blocks[2]
        assert (block.restricted, block.restricted_reason) == (True, "s40")


@pytest.mark.parametrize(
    "args, message",
    [
        (("--accept", "99"), "There is no finding 99; the check lists "),
        (("--withhold", "1"), "Give the reason for withholding with --reason"),
        (("--accept", "1", "--withhold", "1", "--reason", "s40"), "both accepted and withheld"),
    ],
)
def test_wrong_choices_change_nothing(cli, planted, args, message):
    before = json.loads(cli("check", planted, "--json")[1])
    code, _, err = cli("check", planted, *args)
    assert code == 1 and message in err
    assert json.loads(cli("check", planted, "--json")[1]) == before


def test_a_misspelt_word_is_not_withheld(cli, planted):
    code, out, _ = cli("check", planted)
    number = _numbered(out)[("spelling", "Morcombe")]
    code, _, err = cli("check", planted, "--withhold", number, "--reason", "s40")
    assert code == 1 and "“Morcombe” is a spelling finding: correct it, or accept it" in err
    assert cli("check", planted, "--accept", number)[0] == 0
    assert "Morcombe" not in {
        f["text"] for f in json.loads(cli("check", planted, "--json")[1]) if f["kind"] == "spelling"
    }


# -- publish ------------------------------------------------------------------------------


def test_publish_refuses_while_findings_are_unresolved_and_writes_nothing(cli, planted, tmp_path):
    cli("agree", planted, "--on", "2031-04-15")
    out_file = tmp_path / "public.docx"
    code, _, err = cli("publish", planted, "--out", out_file)
    assert code == 1
    assert "The check found 24 things that may not be fit to publish" in err
    assert "minutetaker check 2031-03-18" in err
    assert list(tmp_path.glob("public*")) == []
    assert json.loads(cli("list", "--json")[1])[0]["state"] == "agreed"


def test_publish_anyway_says_so_and_records_it(cli, planted, tmp_path, data_dir):
    cli("agree", planted, "--on", "2031-04-15")
    out_file = tmp_path / "public.docx"
    code, out, _ = cli("publish", planted, "--out", out_file, "--anyway")
    assert code == 0
    assert "Published anyway (--anyway), with 24 findings of the check unresolved:" in out
    assert "  - a telephone number “01632 960123” in item 2" in out
    assert out_file.exists()
    with Archive.open(data_dir) as archive:
        last = archive.record(1).history()[-1]
    assert last.event == "published" and "published anyway, 24 unresolved" in last.detail


def test_publish_needs_the_record_agreed(cli, stored, tmp_path):
    code, _, err = cli("publish", stored, "--out", tmp_path / "public.docx")
    assert code == 1 and "has not been agreed yet" in err
    assert list(tmp_path.glob("public*")) == []


def test_publish_writes_the_public_version_and_its_log_and_records_the_version(
    cli, stored, tmp_path, data_dir
):
    cli("circulate", stored, "--out", tmp_path / "draft.docx")
    cli("agree", stored, "--on", "2031-04-15")
    out_file = tmp_path / "public.docx"
    code, out, err = cli("publish", stored, "--out", out_file)
    assert (code, err) == (0, "")
    assert "(version 1)" in out and "2 parts withheld, and it says so under its title" in out
    document = docx.Document(str(out_file))
    assert document.paragraphs[1].text == NOTICE
    assert _header(out_file) == []
    log = (tmp_path / "public – redaction log.txt").read_text("utf-8")
    assert "operationally sensitive" in log and "draft inspection findings" in log
    code, out, _ = cli("versions", stored)
    assert out.splitlines()[-1] == "Now: published (agreed on Tuesday 15 April 2031); locked."
    with Archive.open(data_dir) as archive:
        last = archive.record(1).history()[-1]
    assert (last.event, last.version, last.detail) == ("published", 1, "public.docx")


# -- the archive --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "args",
    [
        ("check", "1"),
        ("versions", "1"),
        ("agree", "1"),
        ("circulate", "1", "--out", "x.docx"),
        ("publish", "1", "--out", "x.docx"),
    ],
)
def test_no_command_creates_an_archive(cli, data_dir, args):
    code, _, err = cli(*args)
    assert code == 1 and f"There is no archive in {data_dir}" in err
    assert not data_dir.exists()


def test_writing_commands_wait_for_an_open_window(cli, stored, data_dir, tmp_path):
    from minutetaker.store.lock import ArchiveLock

    with ArchiveLock.acquire(data_dir):
        code, _, err = cli("agree", stored)
        assert code == 1 and "open in a minutetaker window" in err
        assert cli("check", stored)[0] == 0  # reading is fine
    assert json.loads(cli("list", "--json")[1])[0]["state"] == "draft"


# -- compare ------------------------------------------------------------------------------


def _edit_now(data_dir):
    with Archive.open(data_dir) as archive:
        meeting = archive.load_meeting(1)
        item = meeting.find_item("2")
        item.blocks[0].text = "A high value theft from a shop in Eastport."
        archive.save_item(1, item)
        hta = meeting.find_item("4a")
        hta.actions[0].owner = "DCC"
        archive.save_item(1, hta)


def test_compare_shows_what_changed_item_by_item(cli, stored, tmp_path, data_dir):
    cli("circulate", stored, "--out", tmp_path / "v1.docx")
    _edit_now(data_dir)
    code, out, _ = cli("compare", stored, "1")
    assert code == 0
    assert out.startswith("From version 1 (kept ")
    assert "  to the meeting as it stands (circulated):" in out
    assert "2    Operational and reputational opportunities and risks" in out
    assert "changed bullet point: A high value theft from a [-cash machine-]{+shop+} in" in out
    assert "action changed (owner ACC → DCC): Provide the PCC with a briefing note" in out
    cli("circulate", stored, "--out", tmp_path / "v2.docx")
    code, between, _ = cli("compare", stored, "1", "2")
    assert "  to version 2 (kept " in between
    assert between.split(":\n", 1)[1] == out.split(":\n", 1)[1]  # the same changes
    assert "Nothing changed." in cli("compare", stored, "2")[1]


def test_compare_json_and_tracked_changes_file(cli, stored, tmp_path, data_dir):
    cli("circulate", stored, "--out", tmp_path / "v1.docx")
    _edit_now(data_dir)
    out_file = tmp_path / "changes.docx"
    code, out, err = cli("compare", stored, "1", "--json", "--out", out_file)
    assert code == 0 and "as tracked changes" in err
    result = json.loads(out)
    assert result["from"] == {"version": 1, "state": "circulated"}
    assert result["to"] == {"version": None, "state": "circulated"}
    items = {i["number"]: i for i in result["items"]}
    assert items["2"]["paragraphs"][0]["words"] == [
        {"op": "same", "text": "A high value theft from a "},
        {"op": "removed", "text": "cash machine"},
        {"op": "added", "text": "shop"},
        {"op": "same", "text": " in Eastport."},
    ]
    assert items["4a"]["actions"][0]["fields"] == ["owner"]
    body = docx.Document(str(out_file)).element.body
    ns = {"w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main"}
    assert body.findall(".//w:del", ns) and body.findall(".//w:ins", ns)


def test_compare_with_a_version_never_kept_is_refused(cli, stored):
    code, _, err = cli("compare", stored, "3")
    assert code == 1
    assert "has no version 3; it has no versions" in err


# -- corrections ----------------------------------------------------------------------------


def _returned(tmp_path, draft):
    from tests.after_meeting.reviewer import Reviewer

    reviewer = Reviewer(draft)
    reviewer.replace("cash machine", "shop")  # Track Changes on
    reviewer.retype("Profile delayed until the April board.", "Profile delayed until May.")
    return reviewer.save(tmp_path / "returned.docx")


def test_corrections_lists_the_reviewers_edits_and_applies_nothing(cli, stored, tmp_path, data_dir):
    cli("circulate", stored, "--out", tmp_path / "draft.docx")
    returned = _returned(tmp_path, tmp_path / "draft.docx")
    code, out, err = cli("corrections", stored, returned)
    assert (code, err) == (0, "")
    assert out.startswith(
        "Corrections in returned.docx to version 1 of the meeting of Tuesday 18 March 2031:"
    )
    assert "1.2  Action arising from the February 2031 meeting" in out
    assert "  1. changed paragraph: Profile delayed until [-the April board-]{+May+}." in out
    assert "  2. changed bullet point: A high value theft from a [-cash machine-]{+shop+} in" in out
    assert out.rstrip().endswith(
        "--accept-all applies them all; the window lets you choose one by one."
    )
    with Archive.open(data_dir) as archive:
        assert (
            archive.load_meeting(1)
            .find_item("2")
            .blocks[0]
            .text.endswith("cash machine in Eastport.")
        )


def test_corrections_accept_all_applies_them_in_one_change(cli, stored, tmp_path, data_dir):
    cli("circulate", stored, "--out", tmp_path / "draft.docx")
    returned = _returned(tmp_path, tmp_path / "draft.docx")
    code, out, err = cli("corrections", stored, returned, "--accept-all", "--json")
    assert (code, err) == (0, "")
    result = json.loads(out)
    assert (result["version"], result["applied"], result["skipped"]) == (1, [1, 2], [])
    assert [c["item_number"] for c in result["corrections"]] == ["1.2", "2"]
    with Archive.open(data_dir) as archive:
        meeting = archive.load_meeting(1)
        assert (
            meeting.find_item("2").blocks[0].text == "A high value theft from a shop in Eastport."
        )
        assert meeting.find_item("1.2").blocks[0].text == "Profile delayed until May."
        assert archive.record(1).history()[-1].event == "corrected"
    code, out, _ = cli("compare", stored, "1")
    assert "{+shop+}" in out  # the corrections show as changes since the version circulated


def test_corrections_refuse_a_file_that_is_not_a_circulated_draft(cli, stored, tmp_path):
    cli("export", stored, "--out", tmp_path / "plain.docx")
    code, out, err = cli("corrections", stored, tmp_path / "plain.docx", "--accept-all")
    assert code == 1 and out == ""
    assert err.startswith("minutetaker: plain.docx is not a draft circulated by minutetaker")
    assert err.count("\n") == 1
    code, _, err = cli("corrections", stored, tmp_path / "missing.docx")
    assert code == 1 and "there is no such file" in err


@pytest.mark.parametrize("command", ["circulate", "publish"])
def test_no_file_is_written_into_the_archive_folder(cli, stored, data_dir, command):
    if command == "publish":
        cli("agree", stored, "--on", "2031-04-15")
    kept = json.loads(cli("versions", stored, "--json")[1])
    code, _, err = cli(command, stored, "--out", data_dir / "archive.docx")
    assert code == 1 and "is in the archive's folder" in err
    assert not (data_dir / "archive.docx").exists()
    assert json.loads(cli("versions", stored, "--json")[1]) == kept
    state = json.loads(cli("list", "--json")[1])[0]["state"]
    assert state == ("draft" if command == "circulate" else "agreed")
