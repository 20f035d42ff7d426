"""A document edited with Track Changes imports as its accepted text, and the reader
says, paragraph by paragraph, what was inserted and deleted (and by whom), for
"corrections returned in Word" to build on."""

from __future__ import annotations

import datetime as dt

import pytest

from minutetaker.wordimport import read_document, read_word_minutes
from minutetaker.wordimport.document import Table
from minutetaker.wordimport.paragraphs import DELETED, INSERTED
from tests.wordimport import more_documents as more


@pytest.fixture(scope="module")
def path(tmp_path_factory):
    return more.tracked(tmp_path_factory.mktemp("tracked") / "returned.docx")


def test_the_meeting_is_read_with_every_change_accepted(path):
    recognised = read_word_minutes(path)
    meeting = recognised.meeting
    assert [(b.type, b.text) for b in meeting.find_item("2").blocks] == [
        ("bullet", "A high value ATM burglary occurred in Westbrook."),
        ("bullet", "A police horse was injured on duty."),  # inserted whole
        ("paragraph", "The review found that the data was accurate."),  # two joined
    ]
    # The inserted row is an action; the deleted one is not.
    assert [(a.text, a.owner) for _, a in meeting.actions()] == [
        ("The CC to brief the PCC on the depot.", "CC")
    ]
    assert meeting.next_meeting.date == dt.date(2029, 9, 25)  # "18" deleted, "25" inserted
    assert recognised.unplaced == []


def test_each_paragraph_says_what_was_inserted_and_deleted(path):
    document = read_document(path)
    by_text = {p.text: p for p in document.paragraphs()}
    burglary = by_text["• A high value ATM burglary occurred in Westbrook."]
    assert burglary.original == "• A high value cash machine burglary occurred in Westbrook."
    assert [(s.change, s.text, s.author) for s in burglary.changes()] == [
        (DELETED, "cash machine", "Kim Reviewer"),
        (INSERTED, "ATM", "Kim Reviewer"),
    ]
    # A bullet deleted whole (its end too) runs on into the one inserted after it.
    horse = by_text["• A police horse was injured on duty."]
    assert [(s.change, s.text) for s in horse.changes()] == [
        (DELETED, "• A rumour about the depot."),
        (INSERTED, "• A police horse was injured on duty."),
    ]
    assert [(part.original, part.text) for part in horse.joined] == [
        ("• A rumour about the depot.", ""),
        ("", "• A police horse was injured on duty."),
    ]
    # Two paragraphs joined by deleting the end of the first.
    joined = by_text["The review found that the data was accurate."]
    assert [part.original for part in joined.joined] == [
        "The review found that the data ",
        "was accurate.",
    ]
    assert joined.joined[0].mark_deleted
    unchanged = by_text["No actions were brought forward."]
    assert not unchanged.changed and unchanged.changes() == []


def test_tracked_rows_are_kept_apart(path):
    document = read_document(path)
    minutes = [b for b in document.body if isinstance(b, Table)][-1]
    inserted = [r for r in minutes.rows if r.inserted]
    deleted = [r for r in minutes.rows if r.deleted]
    assert [r.cells[1].paragraphs[0].text for r in inserted] == [
        "The CC to brief the PCC on the depot."
    ]
    assert [r.cells[1].paragraphs[0].original for r in deleted] == ["The ACC to visit the depot."]
    assert all(r not in minutes.live_rows() for r in deleted)
