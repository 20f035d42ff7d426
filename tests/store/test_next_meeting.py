import datetime as dt

from minutetaker.resources import load_agenda


def test_the_next_meeting_takes_date_people_and_open_actions(archive, sample_meeting):
    archive.add_meeting(sample_meeting)
    meeting = archive.start_meeting(load_agenda())
    assert meeting.date == dt.date(2031, 4, 15)
    assert meeting.time == "10:30"
    assert [p.name for p in meeting.people] == [p.name for p in sample_meeting.people]
    assert all(p.attendance == "present" for p in meeting.people)
    brought = meeting.find_item("1").items
    assert [(i.number, i.brought_forward.owner, i.brought_forward.decision) for i in brought] == [
        ("1.1", "ACC", "pending"),
        ("1.2", "CC", "pending"),
    ]
    assert brought[0].heading == "Action arising from the March 2031 meeting"
    assert brought[0].brought_forward.subject == "Building a safer Northshire – Eastport"


def test_a_discharged_action_never_comes_back(archive, sample_meeting):
    archive.add_meeting(sample_meeting)
    second = archive.start_meeting(load_agenda())
    first_bf = second.find_item("1.1")
    first_bf.brought_forward.decision = "discharged"
    archive.save_item(second.id, first_bf)
    carried = second.find_item("1.2")
    carried.brought_forward.decision = "carried forward"
    archive.save_item(second.id, carried)
    third = archive.start_meeting(load_agenda(), dt.date(2031, 5, 20))
    assert [i.brought_forward.action for i in third.find_item("1").items] == [
        "Share the retail forum minutes with the PCC."
    ]
    statuses = {row.text: row.status for row in archive.list_actions()}
    assert statuses["Provide the PCC with a briefing note on retail crime."] == "discharged"


def test_an_empty_archive_starts_from_the_template(archive):
    meeting = archive.start_meeting(load_agenda(), dt.date(2031, 1, 21))
    assert meeting.id is not None and meeting.people == []
    assert meeting.find_item("1").items == []
