import datetime as dt

import pytest

from minutetaker.domain.model import Action, Block, Person
from minutetaker.domain.serial import meeting_to_dict
from minutetaker.store.errors import NotFound, RecordLocked
from tests.samples import delete_meeting


def _without_ids(meeting):
    return meeting_to_dict(meeting)


def test_a_meeting_comes_back_exactly_as_stored(archive, sample_meeting):
    expected = meeting_to_dict(sample_meeting)
    meeting_id = archive.add_meeting(sample_meeting)
    assert meeting_to_dict(archive.load_meeting(meeting_id)) == expected


def test_ids_are_given_to_the_meeting_and_every_item(archive, sample_meeting):
    archive.add_meeting(sample_meeting)
    assert sample_meeting.id is not None
    assert all(item.id is not None for item in sample_meeting.walk_items())


def test_saving_one_item_changes_only_that_item(archive, sample_meeting):
    meeting_id = archive.add_meeting(sample_meeting)
    meeting = archive.load_meeting(meeting_id)
    item = meeting.find_item("5")
    item.blocks.append(Block("bullet", "The Commissioner thanked the team."))
    archive.save_item(meeting_id, item)
    again = archive.load_meeting(meeting_id)
    assert again.find_item("5").blocks[-1].text == "The Commissioner thanked the team."
    assert meeting_to_dict(again) == meeting_to_dict(meeting)


def test_actions_are_added_changed_and_removed_with_their_item(archive, sample_meeting):
    meeting_id = archive.add_meeting(sample_meeting)
    meeting = archive.load_meeting(meeting_id)
    item = meeting.find_item("4a")
    item.actions[0].owner = "DCC"
    del item.actions[1]
    item.actions.append(Action("Visit the Eastport hub.", "ALL", dt.date(2031, 5, 1)))
    archive.save_item(meeting_id, item)
    stored = archive.load_meeting(meeting_id).find_item("4a").actions
    assert [(a.text, a.owner) for a in stored] == [
        ("Provide the PCC with a briefing note on retail crime.", "DCC"),
        ("Visit the Eastport hub.", "ALL"),
    ]
    assert {row.id for row in archive.list_actions()} == {a.id for a in stored}


def test_details_and_attendance_are_saved_together(archive, sample_meeting):
    meeting_id = archive.add_meeting(sample_meeting)
    meeting = archive.load_meeting(meeting_id)
    meeting.venue = "Kingsford Town Hall"
    meeting.people[2].attendance = "apologies"
    meeting.people.append(Person("Lee Forde", "Head of Finance, OPCC", "", "present"))
    archive.save_details(meeting)
    again = archive.load_meeting(meeting_id)
    assert again.venue == "Kingsford Town Hall"
    assert [p.attendance for p in again.people][2] == "apologies"
    assert again.people[-1].name == "Lee Forde"


def test_text_word_cannot_hold_is_cleaned_on_the_way_in(archive, sample_meeting):
    meeting_id = archive.add_meeting(sample_meeting)
    meeting = archive.load_meeting(meeting_id)
    item = meeting.find_item("2")
    item.blocks = [Block("paragraph", "copied\x0bfrom Word\x07 \ud800half")]
    archive.save_item(meeting_id, item)
    assert (
        archive.load_meeting(meeting_id).find_item("2").blocks[0].text == "copied\nfrom Word half"
    )


def test_deleting_a_meeting_takes_its_parts_with_it(archive, sample_meeting):
    meeting_id = archive.add_meeting(sample_meeting)
    delete_meeting(archive, meeting_id)
    for table in ("people", "items", "actions", "search_text"):
        assert archive.conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == 0
    assert archive.search("Eastport") == []


def test_meetings_are_listed_newest_first(archive, sample_meeting):
    from tests.samples import sample_meeting as another

    older = another()
    older.date = dt.date(2030, 1, 1)
    for _action_item, action in older.actions():
        action.id = action.id + "-old"
    archive.add_meeting(older)
    archive.add_meeting(sample_meeting)
    assert [m.date.isoformat() for m in archive.list_meetings()] == ["2031-03-18", "2030-01-01"]
    assert [m.date.isoformat() for m in archive.list_meetings(limit=1, offset=1)] == ["2030-01-01"]


def test_people_of_earlier_meetings_are_offered_once_each(archive, sample_meeting):
    archive.add_meeting(sample_meeting)
    names = [p.name for p in archive.known_people()]
    assert "Dana Okafor" in names and len(names) == len(set(names))
    chief = next(p for p in archive.known_people() if p.name == "Dana Okafor")
    assert (chief.capacity, chief.role) == ("Chief Constable", "CC")


def _statements(archive, change) -> list[str]:
    """The statements ``change`` sends to SQLite, first words only (the FTS5
    triggers' own steps, which SQLite reports too, left out)."""
    seen: list[str] = []
    archive.conn.set_trace_callback(seen.append)
    try:
        change()
    finally:
        archive.conn.set_trace_callback(None)
    ours = []
    for sql in seen:
        if sql.startswith("--"):
            continue
        words = " ".join(sql.split()[:2])
        if not ours or ours[-1] != words:  # a trigger's steps repeat their statement
            ours.append(words)
    return ours


AUTOSAVE = [
    "BEGIN IMMEDIATE",
    "UPDATE items",  # whose WHERE clause refuses an agreed record (no SELECT of its own)
    "UPDATE search_text",
    "UPDATE meetings",
    "COMMIT",
]


def test_a_save_of_notes_is_one_transaction_of_three_updates(archive, sample_meeting):
    """The item's row (the lock of an agreed record inside its UPDATE), its line
    of the index, the meeting's time of change: its actions are not touched."""
    meeting_id = archive.add_meeting(sample_meeting)
    item = archive.load_meeting(meeting_id).find_item("4a")
    item.blocks.append(Block("paragraph", "The CC added a word."))
    done = _statements(archive, lambda: archive.save_item(meeting_id, item, actions_changed=False))
    assert done == AUTOSAVE
    again = archive.load_meeting(meeting_id).find_item("4a")
    assert again.blocks[-1].text == "The CC added a word."
    assert [a.text for a in again.actions] == [a.text for a in item.actions]


def test_a_setting_is_written_in_the_save_s_own_transaction(archive, sample_meeting):
    meeting_id = archive.add_meeting(sample_meeting)
    item = archive.load_meeting(meeting_id).find_item("5")
    done = _statements(
        archive,
        lambda: archive.save_item(
            meeting_id, item, actions_changed=False, setting=("gui.where", "here")
        ),
    )
    assert done == [*AUTOSAVE[:-1], "INSERT INTO", "COMMIT"]
    assert archive.get_setting("gui.where") == "here"


def test_an_agreed_record_opened_with_a_reason_saves_with_the_same_statements(
    archive, sample_meeting
):
    meeting_id = archive.add_meeting(sample_meeting)
    record = archive.record(meeting_id)
    record.agree(sample_meeting.date, today=sample_meeting.date)
    record.unlock("A name was misspelt.")
    item = archive.load_meeting(meeting_id).find_item("5")
    item.blocks.append(Block("paragraph", "Corrected after agreement."))
    done = _statements(archive, lambda: archive.save_item(meeting_id, item, actions_changed=False))
    assert done == AUTOSAVE
    assert archive.load_meeting(meeting_id).find_item("5").blocks[-1].text == (
        "Corrected after agreement."
    )
    record.lock_again()
    item.blocks.append(Block("paragraph", "Not without a reason."))
    with pytest.raises(RecordLocked, match="is locked; give a reason"):
        archive.save_item(meeting_id, item, actions_changed=False)
    assert archive.load_meeting(meeting_id).find_item("5").blocks[-1].text == (
        "Corrected after agreement."
    )


def test_a_save_of_an_item_no_longer_there_is_refused_plainly(archive, sample_meeting):
    meeting_id = archive.add_meeting(sample_meeting)
    item = archive.load_meeting(meeting_id).find_item("5")
    archive.delete_item(item.id)
    with pytest.raises(NotFound, match="Item 5 is no longer in the archive"):
        archive.save_item(meeting_id, item, actions_changed=False)
    with pytest.raises(NotFound, match="There is no meeting with id 99"):
        archive.save_item(99, item, actions_changed=False)


def test_a_save_with_changed_actions_settles_them(archive, sample_meeting):
    meeting_id = archive.add_meeting(sample_meeting)
    item = archive.load_meeting(meeting_id).find_item("4a")
    item.actions.append(Action("Send the figures to the panel", "CC"))
    done = _statements(archive, lambda: archive.save_item(meeting_id, item))
    assert "INSERT INTO" in done and any(s.startswith("UPDATE actions") for s in done)
    again = archive.load_meeting(meeting_id).find_item("4a")
    assert again.actions[-1].text == "Send the figures to the panel"
