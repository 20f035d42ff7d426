"""A meeting's record after the meeting: circulated as kept versions, agreed and
locked, opened again only with a reason, published with the version published."""

import datetime as dt
import sqlite3

import pytest

from minutetaker.domain.model import Block, BroughtForward
from minutetaker.domain.serial import meeting_to_dict
from minutetaker.store.errors import NotFound, RecordLocked, WrongState

AGREED_ON = dt.date(2031, 4, 15)
TODAY = dt.date(2031, 5, 1)


@pytest.fixture
def stored(archive, sample_meeting):
    meeting_id = archive.add_meeting(sample_meeting)
    return archive, meeting_id


def _edit(archive, meeting_id, words="The Commissioner thanked the team."):
    meeting = archive.load_meeting(meeting_id)
    item = meeting.find_item("5")
    item.blocks.append(Block("paragraph", words))
    archive.save_item(meeting_id, item)
    return meeting


def test_circulating_keeps_the_meeting_as_it_stands_as_version_1_then_2(stored):
    archive, meeting_id = stored
    first = archive.load_meeting(meeting_id)
    v1 = archive.record(meeting_id).circulate()
    _edit(archive, meeting_id)
    v2 = archive.record(meeting_id).circulate()
    assert (v1.number, v1.state, v2.number) == (1, "circulated", 2)
    assert archive.load_meeting(meeting_id).state == "circulated"
    kept = archive.record(meeting_id).version(1)
    assert meeting_to_dict(kept) == meeting_to_dict(first)
    assert [i.kind for i in kept.walk_items()] == [i.kind for i in first.walk_items()]
    assert archive.record(meeting_id).version(2).find_item("5").blocks[-1].text == (
        "The Commissioner thanked the team."
    )
    listed = archive.record(meeting_id).versions()
    assert [(v.number, v.state) for v in listed] == [(1, "circulated"), (2, "circulated")]
    assert listed[0].created <= listed[1].created
    assert listed[0].created.tzinfo is not None


def test_a_kept_version_is_never_changed(stored):
    archive, meeting_id = stored
    archive.record(meeting_id).circulate()
    with pytest.raises(sqlite3.IntegrityError, match="never changed"):
        archive.conn.execute(
            "UPDATE versions SET meeting = '{}' WHERE meeting_id = ?", (meeting_id,)
        )


def test_a_version_that_was_not_kept_is_named_plainly(stored):
    archive, meeting_id = stored
    archive.record(meeting_id).circulate()
    with pytest.raises(NotFound, match="has no version 4; it has version 1"):
        archive.record(meeting_id).version(4)


def test_agreeing_records_the_day_and_locks_every_kind_of_change(stored):
    archive, meeting_id = stored
    archive.record(meeting_id).agree(AGREED_ON, today=TODAY)
    meeting = archive.load_meeting(meeting_id)
    assert (meeting.state, meeting.agreed_on) == ("agreed", AGREED_ON)
    before = meeting_to_dict(meeting)
    item = meeting.find_item("5")
    item.blocks.append(Block("paragraph", "A late addition."))
    meeting.venue = "Somewhere else"
    attempts = [
        lambda: archive.save_item(meeting_id, item),
        # the window's autosave: the notes alone, with where the cursor is
        lambda: archive.save_item(meeting_id, item, actions_changed=False, setting=("k", "v")),
        lambda: archive.save_details(meeting),
        lambda: archive.add_item(meeting_id, None, None, "A new item"),
        lambda: archive.delete_item(meeting.find_item("5").id),
        lambda: archive.move_item(meeting.find_item("5").id, -1),
        # a brought-forward action typed by hand into item 1
        lambda: archive.add_brought_forward(meeting_id, BroughtForward(None, "A subject")),
    ]
    for attempt in attempts:
        with pytest.raises(RecordLocked, match="agreed on Tuesday 15 April 2031 and is locked"):
            attempt()
    assert meeting_to_dict(archive.load_meeting(meeting_id)) == before
    assert archive.record(meeting_id).is_locked()


def test_an_agreed_record_changes_after_a_reason_is_given_and_the_history_keeps_it(stored):
    archive, meeting_id = stored
    record = archive.record(meeting_id)
    record.agree(AGREED_ON, today=TODAY)
    with pytest.raises(WrongState, match="needs a reason"):
        record.unlock("   ")
    assert record.is_locked()
    record.unlock("The CC's office corrected a figure after agreement.")
    assert not record.is_locked()
    _edit(archive, meeting_id, "Corrected after agreement.")
    assert archive.load_meeting(meeting_id).find_item("5").blocks[-1].text == (
        "Corrected after agreement."
    )
    assert record.lock_again() is True
    assert record.is_locked()
    assert record.lock_again() is False
    with pytest.raises(RecordLocked):
        _edit(archive, meeting_id)
    events = record.history()
    assert [e.event for e in events] == ["agreed", "unlocked", "locked"]
    assert events[1].detail == "The CC's office corrected a figure after agreement."
    assert events[1].at.tzinfo is not None
    assert archive.load_meeting(meeting_id).state == "agreed"


def test_the_lock_is_seen_by_every_connection_to_the_archive(stored, data_dir):
    from minutetaker.store import Archive

    archive, meeting_id = stored
    archive.record(meeting_id).agree(AGREED_ON, today=TODAY)
    with Archive.open(data_dir) as other:
        with pytest.raises(RecordLocked):
            _edit(other, meeting_id)
        archive.record(meeting_id).unlock("Typo in a name.")
        _edit(other, meeting_id)  # the other connection sees the reason given here


def test_a_draft_is_not_locked_and_cannot_be_unlocked(stored):
    archive, meeting_id = stored
    assert not archive.record(meeting_id).is_locked()
    with pytest.raises(WrongState, match="has not been agreed"):
        archive.record(meeting_id).unlock("No reason needed")


@pytest.mark.parametrize(
    "day, message",
    [
        (dt.date(2031, 3, 17), "before the meeting itself"),
        (dt.date(2031, 5, 2), "has not come yet"),
    ],
)
def test_a_day_of_agreement_before_the_meeting_or_still_to_come_is_refused(stored, day, message):
    archive, meeting_id = stored
    with pytest.raises(WrongState, match=message):
        archive.record(meeting_id).agree(day, today=TODAY)
    assert archive.load_meeting(meeting_id).state == "draft"


def test_agreeing_twice_or_circulating_an_agreed_record_is_refused(stored):
    archive, meeting_id = stored
    record = archive.record(meeting_id)
    record.agree(AGREED_ON, today=TODAY)
    with pytest.raises(WrongState, match="already agreed on Tuesday 15 April 2031"):
        record.agree(AGREED_ON, today=TODAY)
    with pytest.raises(WrongState, match="circulated before it is agreed"):
        record.circulate()
    assert [v.number for v in record.versions()] == [1]


def test_agreeing_an_unchanged_circulated_draft_takes_its_version(stored):
    archive, meeting_id = stored
    record = archive.record(meeting_id)
    record.circulate()
    agreed = record.agree(AGREED_ON, today=TODAY)
    assert (agreed.number, agreed.state) == (1, "circulated")
    assert [v.number for v in record.versions()] == [1]


def test_agreeing_a_changed_draft_keeps_the_agreed_text_as_a_new_version(stored):
    archive, meeting_id = stored
    record = archive.record(meeting_id)
    record.circulate()
    _edit(archive, meeting_id)
    agreed = record.agree(AGREED_ON, today=TODAY)
    assert (agreed.number, agreed.state) == (2, "agreed")
    assert record.history()[-1].version == 2


def test_publishing_needs_an_agreed_record_and_names_the_version(stored):
    archive, meeting_id = stored
    record = archive.record(meeting_id)
    with pytest.raises(WrongState, match="has not been agreed yet"):
        record.publish()
    record.agree(AGREED_ON, today=TODAY)
    published = record.publish(detail="notes (public).docx")
    assert published.number == 1
    assert archive.load_meeting(meeting_id).state == "published"
    last = record.history()[-1]
    assert (last.event, last.version, last.detail) == ("published", 1, "notes (public).docx")
    assert record.is_locked()


def test_publishing_after_an_edit_with_a_reason_keeps_a_new_version_and_locks_again(stored):
    archive, meeting_id = stored
    record = archive.record(meeting_id)
    record.agree(AGREED_ON, today=TODAY)
    record.unlock("A name spelt wrongly.")
    _edit(archive, meeting_id)
    published = record.publish()
    assert (published.number, published.state) == (2, "published")
    assert record.is_locked()


def test_a_step_whose_file_fails_keeps_nothing(stored):
    archive, meeting_id = stored

    def fail(version):
        raise OSError("disk full")

    with pytest.raises(OSError):
        archive.record(meeting_id).circulate(before_commit=fail)
    assert archive.record(meeting_id).versions() == []
    assert archive.record(meeting_id).history() == []
    assert archive.load_meeting(meeting_id).state == "draft"


def test_a_fault_between_the_statements_of_a_step_keeps_nothing(stored, monkeypatch):
    from minutetaker.store import lifecycle

    archive, meeting_id = stored

    def broken(*args, **kwargs):
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(lifecycle, "add_history", broken)  # after the version's INSERT
    for step in (
        lambda: archive.record(meeting_id).circulate(),
        lambda: archive.record(meeting_id).agree(AGREED_ON, today=TODAY),
    ):
        with pytest.raises(Exception, match="disk I/O error"):
            step()
    assert archive.record(meeting_id).versions() == []
    meeting = archive.load_meeting(meeting_id)
    assert (meeting.state, meeting.agreed_on) == ("draft", None)


def test_withholding_a_paragraph_of_an_agreed_record_needs_no_unlock_and_is_in_its_history(
    stored,
):
    archive, meeting_id = stored
    record = archive.record(meeting_id)
    record.agree(AGREED_ON, today=TODAY)
    what = record.withhold("4a", (1, 1), "s40")  # question 1's first bullet
    assert what == "a paragraph of item 4a"
    block = archive.load_meeting(meeting_id).find_item("4a").blocks[1].findings[1]
    assert (block.restricted, block.restricted_reason) == (True, "s40")
    assert record.history()[-1].detail == "a paragraph of item 4a: s40 (personal information)"
    record.withhold("5", (), "s31")
    assert archive.load_meeting(meeting_id).find_item("5").restricted
    assert record.is_locked()
    with pytest.raises(NotFound, match="no longer in item 4a"):
        record.withhold("4a", (9,), "s40")
    with pytest.raises(WrongState, match="reason is needed"):
        record.withhold("4a", (0,), "")


def test_a_finding_accepted_as_fine_is_remembered(stored):
    archive, meeting_id = stored
    record = archive.record(meeting_id)
    record.accept_finding("name|5|Dana Okafor", "name Dana Okafor in item 5")
    record.accept_finding("name|5|Dana Okafor", "name Dana Okafor in item 5")
    assert record.accepted_findings() == {"name|5|Dana Okafor"}
    assert record.history()[-1].event == "accepted"


def test_a_meeting_taken_as_agreed_by_the_migration_is_locked(tmp_path):
    import shutil
    from pathlib import Path

    from minutetaker.store import Archive
    from minutetaker.store.paths import ARCHIVE_NAME

    fixture = Path(__file__).parent.parent / "fixtures" / "archive-v2.sqlite"
    shutil.copy(fixture, tmp_path / ARCHIVE_NAME)
    with Archive.open(tmp_path) as archive:
        older = archive.resolve("2026-10-20")
        assert archive.record(older).is_locked()
        assert not archive.record(archive.resolve("2031-03-18")).is_locked()


def test_importing_over_a_record_with_versions_kept_is_refused_and_keeps_it(stored):
    """The store's own guard (whatever program imports): a record circulated keeps
    its versions; importing over it with ``replace`` changes nothing."""
    archive, meeting_id = stored
    archive.record(meeting_id).circulate()
    archive.record(meeting_id).agree(AGREED_ON, today=TODAY)
    before = meeting_to_dict(archive.load_meeting(meeting_id))
    other = archive.load_meeting(meeting_id)
    other.venue = "Somewhere else"
    with pytest.raises(WrongState, match=r"agreed.*version 1 \(circulated\)"):
        archive.import_meetings([other], replace=True)
    assert meeting_to_dict(archive.load_meeting(meeting_id)) == before
    assert [v.number for v in archive.record(meeting_id).versions()] == [1]
    assert archive.record(meeting_id).state() == "agreed"


def test_a_draft_with_no_version_kept_is_replaced_by_an_import(stored):
    archive, meeting_id = stored
    other = archive.load_meeting(meeting_id)
    other.venue = "Somewhere else"
    (new_id,) = archive.import_meetings([other], replace=True)
    assert archive.load_meeting(new_id).venue == "Somewhere else"
    assert archive.count_meetings() == 1


def test_past_minutes_imported_as_agreed_with_no_version_kept_are_replaced(archive, sample_meeting):
    """Word minutes come in agreed (elsewhere), with nothing of ours kept: reading
    the file again, put right, takes their place."""
    sample_meeting.state = "agreed"
    (meeting_id,) = archive.import_meetings([sample_meeting])
    again = archive.load_meeting(meeting_id)
    again.venue = "Somewhere else"
    (new_id,) = archive.import_meetings([again], replace=True)
    assert archive.load_meeting(new_id).venue == "Somewhere else"
    assert archive.count_meetings() == 1
