"""``minutetaker import FILE...`` with Word minutes: the dry run, several files at
once (all or none, .docx and .json together), a date already held, and the
brought-forward records of one month's minutes tied to the actions of the month
before, so that the tracker and ``new`` follow them (issue 14, points 1 and 4)."""

from __future__ import annotations

import datetime as dt
import json

from minutetaker.interchange import meeting_to_json
from tests.samples import sample_meeting
from tests.wordimport import documents as doc
from tests.wordimport import more_documents as more

JULY, AUGUST, SEPTEMBER = dt.date(2029, 7, 17), dt.date(2029, 8, 21), dt.date(2029, 9, 18)
CALL_BACK = "The ACC to report on the new call-back service."
DEPOT = "The CC to brief the PCC on the Westbrook depot fire."
ROTA = "The CEx to share the new meeting rota."


def _july(folder):
    return more.small(
        folder / "july.docx",
        JULY,
        actions=[(CALL_BACK, "ACC"), (DEPOT, "CC")],
        following=AUGUST,
    )


def _august(folder):
    return more.small(
        folder / "august.docx",
        AUGUST,
        brought=[
            (
                "July 2029",
                "Call handling",
                CALL_BACK,
                "The PCC was satisfied and it was discharged.",
            ),
            ("July 2029", "Westbrook depot", DEPOT, "The briefing was deferred; carried forward."),
        ],
        actions=[(ROTA, "CEx")],
        following=SEPTEMBER,
    )


def test_the_dry_run_says_what_was_found_and_writes_nothing(cli, tmp_path, data_dir):
    path = doc.sample_shaped(tmp_path / "august.docx")
    code, out, err = cli("import", "--dry-run", str(path))
    assert code == 0, err
    assert out.startswith("august.docx (Word minutes)\n")
    for line in (
        "  Monthly Assurance Meeting, Tuesday 21 August 2029 @ 10:30",
        "  People (6):",
        "    Priya Sandhu, Deputy Chief Constable [no role code] – apologies",
        "  Items (10):",
        "      1.2   Action arising from the July 2029 meeting: CC & DCC Items – unresourc… "
        "(discharged)",
        "  Actions (3):",
        "    4a  CC, due 25 September 2029: At the September holding to account meeting the "
        "CC is to provide an update on the approac…",
        "  Next meeting: 10:30 on 25 September 2029",
        "  Every paragraph was placed.",
    ):
        assert line in out.splitlines(), line
    assert "Nothing was written (dry run)" in out
    assert not data_dir.exists()


def test_the_dry_run_lists_every_paragraph_it_could_not_place(cli, tmp_path):
    path = more.varied(tmp_path / "march.docx")
    code, out, _ = cli("import", "--dry-run", str(path))
    assert code == 0
    assert "  Could not place 3 paragraphs; each is kept in the notes of the item named:" in out
    assert "    item 2: “Noted” (in the ACTION column, not an owner's code)" in out


def test_the_dry_run_on_an_archive_changes_nothing_and_says_what_would_clash(cli, tmp_path):
    path = doc.sample_shaped(tmp_path / "august.docx")
    assert cli("import", str(path))[0] == 0
    before = cli("show", "1", "--json")[1]
    code, out, err = cli("import", "--dry-run", str(path))
    assert code == 1
    assert "august.docx (Word minutes)" in out  # what was found, then why it cannot go in
    assert "already holds the Monthly Assurance Meeting of 2029-08-21" in err
    assert cli("list", "--json")[1].count('"id"') == 1
    assert cli("show", "1", "--json")[1] == before


def test_a_date_already_held_is_refused_as_for_json_unless_replacing(cli, tmp_path):
    path = doc.sample_shaped(tmp_path / "august.docx")
    assert cli("import", str(path))[0] == 0
    code, _, err = cli("import", str(path))
    assert code == 1
    assert f"{path}: the archive already holds the Monthly Assurance Meeting of 2029-08-21" in err
    assert "nothing was imported" in err
    code, out, _ = cli("import", "--replace", str(path))
    assert code == 0 and "Imported august.docx" in out
    assert len(json.loads(cli("list", "--json")[1])) == 1


def test_word_and_json_together_all_or_none(cli, tmp_path):
    meeting_file = tmp_path / "march.json"
    meeting_file.write_text(meeting_to_json(sample_meeting()), encoding="utf-8")
    word = doc.sample_shaped(tmp_path / "august.docx")
    code, out, _ = cli("import", "--dry-run", str(meeting_file), str(word))
    assert code == 0
    assert "march.json (meeting file)\n  Monthly Assurance Meeting, Tuesday 18 March 2031" in out
    assert "august.docx (Word minutes)" in out
    code, out, _ = cli("import", str(meeting_file), str(word))
    assert code == 0
    assert out.splitlines()[:2] == [
        "Imported march.json: Monthly Assurance Meeting, Tuesday 18 March 2031 (id 2).",
        "Imported august.docx: Monthly Assurance Meeting, Tuesday 21 August 2029 (id 1).",
    ]  # stored oldest first
    assert out.splitlines()[2].startswith("Written to the archive ")  # as every writer says
    states = {m["date"]: m["state"] for m in json.loads(cli("list", "--json")[1])}
    assert states == {"2031-03-18": "draft", "2029-08-21": "agreed"}


def test_brought_forward_records_follow_the_actions_of_the_month_before(cli, tmp_path):
    # Given in any order: the batch is stored oldest first.
    code, out, err = cli("import", "--dry-run", str(_august(tmp_path)), str(_july(tmp_path)))
    assert code == 0, err
    assert "  Linked: item 1.1 follows the action raised on Tuesday 17 July 2029" in out
    assert cli("import", str(_august(tmp_path)), str(_july(tmp_path)))[0] == 0

    august = json.loads(cli("show", "2029-08-21", "--json")[1])
    records = [item["brought_forward"] for item in august["items"][0]["items"]]
    assert [(r["from_date"], r["owner"], r["decision"]) for r in records] == [
        ("2029-07-17", "ACC", "discharged"),  # the day and the owner from July's minutes
        ("2029-07-17", "CC", "carried forward"),
    ]
    actions = json.loads(cli("actions", "--json")[1])
    assert {a["text"]: a["status"] for a in actions} == {
        CALL_BACK: "discharged",
        DEPOT: "carried forward",  # as the window's tracker says it (cli.md)
        ROTA: "open",
    }
    # The next meeting brings back what is still open, once each.
    code, out, _ = cli("new")
    assert code == 0 and "with 2 actions brought forward" in out
    september = json.loads(cli("show", "2029-09-18", "--json")[1])
    brought = [i["brought_forward"]["action"] for i in september["items"][0]["items"]]
    assert sorted(brought) == sorted([DEPOT, ROTA])


def test_the_report_as_data_is_the_text_the_dry_run_prints(tmp_path):
    """The window lays out the report's data; the command line prints its text.
    Both come from one gathering, so they cannot say different things."""
    from minutetaker.wordimport import batch

    path = more.varied(tmp_path / "march.docx")
    plan = batch.read_files([path])
    report = plan.files[0].file_report()
    assert report.text() == plan.report()
    assert (report.name, report.kind) == ("march.docx", "Word minutes")
    assert report.meeting == "Monthly Assurance Meeting, Tuesday 19 March 2030 @ 14:00"
    assert [(p.name, p.role, p.attendance) for p in report.people] == [
        ("Alex Marsh", "PCC", "present"),
        ("Dana Okafor", "CC", "present"),
        ("Rhys Llewellyn", "ACC", "apologies"),
    ]
    assert [(a.item, a.owner) for a in report.actions] == [("4a", "CC"), ("4a", "ACC")]
    # The whole paragraph is kept for the window; the text cuts long ones short.
    assert [(u.where, u.text) for u in report.unplaced] == [
        ("item 1", "Northshire Office of the Police and Crime Commissioner"),
        ("item 1", "Please read the papers before the meeting."),
        ("item 2", "Noted"),
    ]


def test_reading_each_file_goes_on_past_a_refused_one_and_can_be_cancelled(tmp_path):
    """The window reads file by file: every refused file is named at once, with
    its sentence, and the person can stop between files."""
    from minutetaker.wordimport import batch

    good = doc.sample_shaped(tmp_path / "august.docx")
    old = tmp_path / "june.doc"
    old.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504))
    text = tmp_path / "notes.txt"
    text.write_text("Minutes", encoding="utf-8")
    seen = []
    plan, refused = batch.read_each(
        [old, good, text], progress=lambda n, path: seen.append((n, path.name))
    )
    assert seen == [(0, "june.doc"), (1, "august.docx"), (2, "notes.txt")]
    assert [found.path for found in plan.files] == [good]
    assert [r.path for r in refused] == [old, text]
    assert all(r.sentence.startswith(str(r.path)) for r in refused)
    assert "Word 97-2003 document (.doc); open it in Word" in refused[0].sentence

    asked = []

    def cancelled() -> bool:
        asked.append(1)
        return len(asked) > 1  # yes, once the first file has been read

    assert batch.read_each([good, good], cancelled=cancelled) is None


def test_a_fault_of_the_reader_is_still_one_sentence_naming_the_file(tmp_path, monkeypatch):
    from minutetaker.wordimport import batch

    good = doc.sample_shaped(tmp_path / "august.docx")

    def broken(path):
        raise KeyError("w:tbl")

    monkeypatch.setattr(batch, "read_word_minutes", broken)
    plan, refused = batch.read_each([good])
    assert plan.files == []
    assert refused[0].sentence.startswith(f"{good}: minutetaker failed while reading this file")
