"""A document shaped like the real sample (invented words), imported field by field.

As issue 14 says it will be checked: the details, six people with capacities and
codes, two brought-forward items with their subjects and original text, six
questions in order without their typed numbers and each with its findings, three
actions with the right owners, the next meeting and every word of the body; then
``new`` brings the three actions forward. The same in three layouts: attendance
as a table and details with colons, attendance as tab-separated lines, details
without colons.
"""

from __future__ import annotations

import json
import shutil
import zipfile
from pathlib import Path

import pytest

from minutetaker.domain.model import KIND_BROUGHT_FORWARD, STATE_AGREED
from minutetaker.wordimport.reader import read_word_minutes
from tests.wordimport import documents as doc
from tests.wordimport.words import archive_words, body_words, missing_words

LAYOUTS = {
    "table": {},
    "tabbed attendance": {"tabbed": True},
    "details without colons": {"colons": False},
    "text in the number column": {"first_column": True},
}
# The "table" layout saved again by LibreOffice (see make_fixtures.py).
LIBREOFFICE = (
    Path(__file__).resolve().parent.parent
    / "fixtures"
    / "word"
    / ("sample-shaped-libreoffice.docx")
)


@pytest.fixture(params=[*LAYOUTS, "saved again by LibreOffice"], scope="module")
def document(request, tmp_path_factory):
    folder = tmp_path_factory.mktemp("sample-shaped")
    if request.param not in LAYOUTS:
        copy = folder / "august.docx"
        shutil.copy(LIBREOFFICE, copy)
        return copy
    return doc.sample_shaped(folder / "august.docx", **LAYOUTS[request.param])


def test_the_fixture_was_written_by_libreoffice():
    with zipfile.ZipFile(LIBREOFFICE) as package:
        assert b"<Application>LibreOffice" in package.read("docProps/app.xml")


@pytest.fixture(scope="module")
def recognised(document):
    return read_word_minutes(document)


def test_details(recognised):
    meeting = recognised.meeting
    assert meeting.title == "Monthly Assurance Meeting"
    assert (meeting.date, meeting.time) == (doc.DATE, "10:30")
    assert meeting.chair == "Alex Marsh"
    assert (meeting.minute_taker.name, meeting.minute_taker.capacity) == (
        "Sam Petrie",
        "Policy Officer, OPCC",
    )
    assert meeting.venue == "PCC Conference Room – Kingsford"
    assert meeting.marking == "OFFICIAL"  # from the page header
    assert meeting.template == "monthly-assurance"
    assert meeting.state == STATE_AGREED


def test_six_people_with_capacities_and_codes(recognised):
    people = [(p.name, p.capacity, p.role, p.attendance) for p in recognised.meeting.people]
    assert people == doc.PEOPLE


def test_two_brought_forward_items_with_subjects_and_original_text(recognised):
    section = recognised.meeting.find_item("1")
    assert section.kind == KIND_BROUGHT_FORWARD
    records = [(i.number, i.brought_forward) for i in section.items]
    assert [(n, r.from_date.month, r.subject, r.action) for n, r in records] == [
        ("1.1", 6, doc.BF1_SUBJECT, doc.BF1_ACTION),
        ("1.2", 7, doc.BF2_SUBJECT, doc.BF2_ACTION),
    ]
    # "items 1.1 and 1.2 were discharged", said under 1.2, settles both.
    assert [r.decision for _, r in records] == ["discharged", "discharged"]
    update = section.items[1].blocks
    assert [(b.type, b.text) for b in update[:2]] == [
        ("subheading", "Update"),
        ("paragraph", doc.UPDATE),
    ]
    # The bullet broken over two rows of the table is one bullet again.
    assert (update[2].type, update[2].text) == ("bullet", f"{doc.BULLET_START} {doc.BULLET_END}")


def test_six_questions_in_order_without_their_typed_numbers(recognised):
    hta = recognised.meeting.find_item("4a")
    assert hta.topic == doc.TOPIC
    questions = [b for b in hta.blocks if b.type == "question"]
    assert [q.text for q in questions] == doc.QUESTIONS
    assert [q.number for q in questions] == ["1", "2", "3", "4", "5", "6"]
    findings = [[(f.type, f.text) for f in q.findings] for q in questions]
    assert findings[0] == []  # asked together with question 2, answered under it
    assert findings[1] == [("subheading", "Findings:")] + [("bullet", t) for t in doc.Q2_FINDINGS]
    assert findings[2] == [
        ("subheading", "Findings:"),
        ("paragraph", doc.Q3_TEXT),
        ("subheading", "Total recorded crime"),
        ("paragraph", doc.Q3_TRC),
        ("subheading", "Violence against the person (VAP) with injury"),
        *[("bullet", t) for t in doc.Q3_VAP],
    ]
    assert findings[3] == [("paragraph", f"{doc.Q4_START} {doc.Q4_END}")] + [
        ("bullet", t) for t in doc.Q4_BULLETS
    ]
    assert findings[4] == [("paragraph", doc.Q5_FINDING)]
    assert findings[5] == [("bullet", t) for t in doc.Q6_FINDINGS]
    # The questions listed in advance stay, as paragraphs before the first question.
    before = [b.text for b in hta.blocks[: hta.blocks.index(questions[0])]]
    assert before[1] == " ".join(doc.QUESTIONS[:3])
    assert before[-1] == "6. " + doc.QUESTIONS[5]


def test_three_actions_with_their_owners_due_at_the_next_meeting(recognised):
    actions = [(item.number, a.text, a.owner, a.due, a.status)
               for item, a in recognised.meeting.actions()]  # fmt: skip
    assert actions == [("4a", text, owner, doc.NEXT, "open") for text, owner in doc.ACTIONS]


def test_headings_without_numbers_and_the_next_meeting(recognised):
    meeting = recognised.meeting
    numbers = [item.number for item in meeting.walk_items()]
    assert numbers == ["1", "1.1", "1.2", "2", "3", "4", "4a", "4b", "4c", "6"]
    assert [b.text for b in meeting.find_item("4b").blocks] == ["No items on the agenda."]
    assert [b.text for b in meeting.find_item("4c").blocks] == [
        doc.HMIC_FIRST,
        doc.HMIC_SECOND,
        doc.HMIC_THIRD,
        doc.HMIC_FOURTH,
    ]
    assert (meeting.next_meeting.date, meeting.next_meeting.time) == (doc.NEXT, "10:30")
    assert meeting.find_item("6").blocks == []  # the date line says no more than the date
    assert recognised.unplaced == []


def test_every_word_of_the_body_is_in_the_archive_and_new_brings_the_actions(document, cli):
    assert cli("import", str(document))[0] == 0
    assert missing_words(body_words(document), archive_words(cli, "2029-08-21")) == {}

    code, out, _ = cli("actions", "--json", "--status", "open")
    assert code == 0
    assert sorted((a["owner"], a["due"]) for a in json.loads(out)) == [
        ("ACC", "2029-09-25"),
        ("ACC", "2029-09-25"),
        ("CC", "2029-09-25"),
    ]
    code, out, _ = cli("new")
    assert code == 0 and "with 3 actions brought forward" in out
    code, out, _ = cli("show", "2029-09-25", "--json")
    brought = json.loads(out)["items"][0]["items"]
    assert [(b["brought_forward"]["action"], b["brought_forward"]["owner"]) for b in brought] == [
        (text, owner) for text, owner in doc.ACTIONS
    ]
    assert all(b["brought_forward"]["subject"] == doc.TOPIC for b in brought)


def test_every_paragraph_of_the_document_is_placed_somewhere(recognised):
    """Where each paragraph went (for corrections returned in Word to build on)."""
    placed = {id(p.paragraph) for p in recognised.placements}
    for paragraph in recognised.document.paragraphs():
        parts = paragraph.joined or [paragraph]
        if paragraph.text.strip():
            assert id(paragraph) in placed or any(id(part) in placed for part in parts), (
                paragraph.text
            )
    roles = {p.role for p in recognised.placements}
    assert {"details", "heading", "brought forward", "subject", "original action", "topic",
            "question", "finding", "action", "question listed in advance"} <= roles  # fmt: skip
