"""A "Not for publication" label read from Word: what stands under it, and its
reason, are withheld wherever they go (the record, the public version, the date
of the next meeting, the due dates it gives), and no word of it is lost.

Documents built by hand with python-docx (tests/wordimport/builder.py), typed as
a minute-taker might: the layouts the fuzz test found leaking."""

from __future__ import annotations

from pathlib import Path

import pytest

from minutetaker.domain.serial import meeting_to_dict
from minutetaker.export import export_docx
from minutetaker.wordimport import read_word_minutes
from tests.hardening.conftest import package_text
from tests.wordimport.builder import P, WordBuilder
from tests.wordimport.words import public_strings, reasons

LABEL = "Not for publication: names a witness"
WHEN = "10:30 on 25 September 2029"


def minutes(folder: Path, rows, after=()) -> Path:
    builder = WordBuilder()
    builder.paras("Monthly Assurance Meeting August 2029 – Meeting Notes", "Date: 21 August 2029")
    table = builder.table(3)
    table.row("1", "OUTSTANDING MATTERS / ITEMS BROUGHT FORWARD", "ACTION")
    for number, notes, code in rows:
        table.row(number, notes, code)
    builder.paras(*after)
    return builder.save(folder / "minutes.docx")


def withheld_everywhere(path: Path, tmp_path: Path, *secrets: str):
    """Read the minutes; assert each secret is in no public part of the record, nor
    in the public version exported from it; give back the meeting."""
    meeting = read_word_minutes(path).meeting
    record = meeting_to_dict(meeting)
    for secret in secrets:
        leaks = [text for text in public_strings(record) if secret in text]
        assert leaks == [], (secret, leaks)
    public = tmp_path / "public.docx"
    export_docx(meeting, public, public=True)
    text = package_text(public)
    for secret in secrets:
        assert secret not in text, secret
    assert "names a witness" in reasons(record)  # the reason is kept, as the reason
    return meeting


@pytest.mark.parametrize("number", ["6", "7"])
def test_a_numbered_action_under_a_label_is_withheld_with_its_reason(tmp_path, number):
    rows = [("6", "DATE OF NEXT MEETING", ""), (number, [LABEL, WHEN], "ACC")]
    meeting = withheld_everywhere(minutes(tmp_path, rows), tmp_path, "witness", "25 September")
    assert not [a for item in meeting.walk_items() for a in item.actions]
    assert meeting.next_meeting.date is None  # withheld: not taken as the next meeting's


def test_the_date_of_the_next_meeting_under_a_label_is_not_published(tmp_path):
    rows = [("6", ["DATE OF NEXT MEETING", LABEL, WHEN], "")]
    meeting = withheld_everywhere(minutes(tmp_path, rows), tmp_path, "witness", "25 September")
    assert meeting.next_meeting.date is None
    withheld = [b for item in meeting.walk_items() for b in item.blocks if b.restricted]
    assert [b.text for b in withheld] == [WHEN]


def test_a_withheld_date_of_next_meeting_gives_no_due_date_to_public_actions(tmp_path):
    rows = [
        ("2", ["Performance", "Review the burglary figures."], "CC"),
        ("6", ["DATE OF NEXT MEETING", LABEL, WHEN], ""),
    ]
    meeting = withheld_everywhere(minutes(tmp_path, rows), tmp_path, "witness", "2029-09-25")
    actions = [a for item in meeting.walk_items() for a in item.actions]
    assert [a.text for a in actions] == ["Review the burglary figures."]
    assert actions[0].due is None


@pytest.mark.parametrize(
    "rows, after",
    [
        ([("2", ["Performance", "Figures were noted."], ""), ("", [LABEL], "")], []),
        ([("2", ["Performance", "Figures were noted.", LABEL], "")], []),
        ([("2", ["Performance", "Figures were noted."], "")], [LABEL]),
        ([("2", ["Performance", "Figures were noted."], "")], [P(LABEL, bold=True)]),
    ],
    ids=["a row of its own", "last in its row", "after the table", "bold, after the table"],
)
def test_a_label_with_nothing_under_it_is_withheld_not_lost(tmp_path, rows, after):
    meeting = withheld_everywhere(minutes(tmp_path, rows, after), tmp_path, "witness")
    held = [b for item in meeting.walk_items() for b in item.blocks if "witness" in b.text]
    assert len(held) == 1 and held[0].restricted


def test_a_label_kept_withheld_comes_back_once_from_the_full_version(tmp_path):
    rows = [("2", ["Performance", "Figures were noted.", LABEL], "")]
    meeting = read_word_minutes(minutes(tmp_path, rows)).meeting
    full = tmp_path / "full.docx"
    export_docx(meeting, full)  # prints its label above it: the same words twice
    again = read_word_minutes(full).meeting
    held = [b for item in again.walk_items() for b in item.blocks if "witness" in b.text]
    assert [(b.text, b.restricted, b.restricted_reason) for b in held] == [
        (LABEL, True, "names a witness")
    ]


def test_a_label_before_the_first_item_is_withheld_and_withholds_what_follows(tmp_path):
    builder = WordBuilder()
    builder.paras(
        "Monthly Assurance Meeting August 2029 – Meeting Notes",
        "Date: 21 August 2029",
        LABEL,
        "Kim Reviewer attended as an observer.",
    )
    table = builder.table(3)
    table.row("1", "OUTSTANDING MATTERS / ITEMS BROUGHT FORWARD", "ACTION")
    table.row("2", ["Performance", "Figures were noted."], "")
    path = builder.save(tmp_path / "minutes.docx")
    withheld_everywhere(path, tmp_path, "witness", "observer")
