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
    # Oldest first: the sample's own carried-forward item from February, then
    # the two actions raised at the March meeting.
    assert [(i.number, i.brought_forward.owner, i.brought_forward.decision) for i in brought] == [
        ("1.1", "CC", "pending"),
        ("1.2", "ACC", "pending"),
        ("1.3", "CC", "pending"),
    ]
    assert brought[1].heading == "Action arising from the March 2031 meeting"
    assert brought[1].brought_forward.subject == "Building a safer Northshire – Eastport"


def test_a_discharged_action_never_comes_back(archive, sample_meeting):
    archive.add_meeting(sample_meeting)
    second = archive.start_meeting(load_agenda())
    by_text = {i.brought_forward.action: i for i in second.find_item("1").items}
    for text, decision in [
        ("Provide the PCC with a briefing note on retail crime.", "discharged"),
        ("Share the retail forum minutes with the PCC.", "carried forward"),
        ("Share the rural crime problem profile with the PCC.", "discharged"),
    ]:
        by_text[text].brought_forward.decision = decision
        archive.save_item(second.id, by_text[text])
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


def test_an_imported_meetings_untracked_carried_item_comes_back_but_not_discharged_ones(
    archive, sample_meeting
):
    # The sample's 1.1 was discharged and 1.2 carried forward, neither tracked here.
    sample_meeting.find_item("1.1").brought_forward.action_id = ""
    archive.add_meeting(sample_meeting)
    meeting = archive.start_meeting(load_agenda())
    brought = [i.brought_forward for i in meeting.find_item("1").items]
    assert [(b.subject, b.owner, b.from_date) for b in brought] == [
        ("Rural crime – farm machinery thefts", "CC", dt.date(2031, 2, 18)),
        ("Building a safer Northshire – Eastport", "ACC", dt.date(2031, 3, 18)),
        ("Building a safer Northshire – Eastport", "CC", dt.date(2031, 3, 18)),
    ]
    assert [i.number for i in meeting.find_item("1").items] == ["1.1", "1.2", "1.3"]


def test_a_follow_up_of_a_restricted_item_stays_restricted(archive, sample_meeting):
    item = sample_meeting.find_item("4a")
    item.restricted, item.restricted_reason = True, "live investigation"
    archive.add_meeting(sample_meeting)
    brought = archive.start_meeting(load_agenda()).find_item("1").items
    follow_ups = [i for i in brought if i.brought_forward.action_id.startswith("a-retail")]
    assert follow_ups and all(i.restricted for i in follow_ups)
    assert {i.restricted_reason for i in follow_ups} == {"live investigation"}


def test_an_earlier_date_brings_only_actions_raised_before_it(archive, sample_meeting):
    archive.add_meeting(sample_meeting)
    earlier = archive.start_meeting(load_agenda(), dt.date(2031, 1, 7))
    assert earlier.find_item("1").items == []
    assert earlier.people == []  # nothing before it to take people from


def test_without_a_next_date_the_meeting_is_four_weeks_on_never_in_the_past(
    archive, sample_meeting
):
    from minutetaker.store.next_meeting import default_date

    sample_meeting.next_meeting = None
    assert default_date(sample_meeting, today=dt.date(2031, 3, 20)) == dt.date(2031, 4, 15)
    assert default_date(sample_meeting, today=dt.date(2031, 6, 1)) == dt.date(2031, 6, 1)
    assert default_date(None, today=dt.date(2031, 6, 1)) == dt.date(2031, 6, 1)


def test_a_brought_forward_item_says_when_its_action_was_due(archive, sample_meeting):
    # Tracked: the due date is the action's own; typed by hand (no action in the
    # archive): the record's, kept from one meeting to the next.
    from minutetaker.domain.model import BroughtForward

    archive.add_meeting(sample_meeting)
    april = archive.start_meeting(load_agenda())
    typed = archive.add_brought_forward(
        april.id,
        BroughtForward(
            from_date=dt.date(2030, 11, 1),
            subject="Estates – Kingsford station roof",
            action="The CC to report on the roof repairs.",
            owner="CC",
            due=dt.date(2031, 1, 20),
        ),
    )
    april = archive.load_meeting(april.id)
    records = {i.brought_forward.action: i.brought_forward for i in april.find_item("1").items}
    assert records["Provide the PCC with a briefing note on retail crime."].due == dt.date(
        2031, 4, 15
    )
    assert records["Share the retail forum minutes with the PCC."].due is None
    assert records["The CC to report on the roof repairs."].due == dt.date(2031, 1, 20)
    assert april.find_item(typed.number).brought_forward.due == dt.date(2031, 1, 20)
    may = archive.start_meeting(load_agenda(), dt.date(2031, 5, 20))
    again = {i.brought_forward.action: i.brought_forward for i in may.find_item("1").items}
    assert again["The CC to report on the roof repairs."].due == dt.date(2031, 1, 20)
