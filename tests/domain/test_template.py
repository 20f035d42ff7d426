import datetime as dt

import pytest

from minutetaker.domain.template import TemplateError, assign_kinds, parse_template
from minutetaker.resources import load_agenda, template_names


def test_the_monthly_assurance_agenda_is_shipped_as_data():
    assert "monthly-assurance" in template_names()
    meeting = load_agenda("monthly-assurance").new_meeting(dt.date(2031, 3, 18))
    numbers = [(item.number, item.kind) for item in meeting.walk_items()]
    assert numbers == [
        ("1", "brought_forward"),
        ("2", "notes"),
        ("3", "notes"),
        ("4", "holding_to_account"),
        ("4a", "holding_to_account"),
        ("4b", "notes"),
        ("4c", "notes"),
        ("5", "notes"),
        ("6", "next_meeting"),
    ]
    assert meeting.find_item("6").heading == "Date of next meeting"
    assert meeting.title == "Monthly Assurance Meeting"
    assert meeting.time == "10:30"


def test_a_new_template_is_just_a_file():
    template = parse_template(
        'name = "board"\ntitle = "Board"\n[[section]]\nnumber = "1"\nheading = "Apologies"\n',
        source="board",
    )
    meeting = template.new_meeting(dt.date(2031, 1, 1))
    assert [(i.number, i.heading, i.kind) for i in meeting.items] == [("1", "Apologies", "notes")]


def test_an_unknown_kind_is_refused_with_its_place():
    with pytest.raises(TemplateError, match=r"section\[0\]\.kind"):
        parse_template('[[section]]\nnumber = "1"\nheading = "X"\nkind = "minutes"\n')


def test_an_unknown_template_name_says_which_exist():
    with pytest.raises(TemplateError, match="monthly-assurance"):
        load_agenda("no-such-agenda")


def test_kinds_of_an_imported_meeting_follow_the_agenda(sample_meeting):
    for item in sample_meeting.walk_items():
        item.kind = "notes"
    assign_kinds(sample_meeting, load_agenda())
    assert sample_meeting.find_item("1.1").kind == "brought_forward"
    assert sample_meeting.find_item("4a").kind == "holding_to_account"
    assert sample_meeting.find_item("6").kind == "next_meeting"
    assert sample_meeting.find_item("5").kind == "notes"


def test_an_item_at_the_agendas_number_for_another_kind_keeps_its_own(sample_meeting):
    # A meeting file from another agenda: item 6 is an operation's update and the
    # next meeting is item 7. Taking item 6 for the date of the next meeting made
    # the export print the next meeting's day and time under the operation.
    from minutetaker.domain.model import Block, Item

    sample_meeting.items.insert(
        5,
        Item("6", "Operation Kestrel update", blocks=[Block("paragraph", "Arrests expected.")]),
    )
    sample_meeting.items[-1].number = "7"
    for item in sample_meeting.walk_items():
        item.kind = "notes"
    assign_kinds(sample_meeting, load_agenda())
    assert sample_meeting.find_item("6").kind == "notes"
    assert sample_meeting.find_item("7").kind == "next_meeting"
    assert sample_meeting.find_item("4a").kind == "holding_to_account"
