"""Issue 14, point 2: minutes as people really type them, one habit at a time.

The document (``documents.varied``) is typed by another office: the office's name
above the title, details with dashes and dd/mm/yyyy, attendance as lines under
"Present:" and "Apologies:", headings in title case with ``&`` and colons, some
numbers missing, Word's bullets and typed ones, text inside content controls,
smart tags, hyperlinks and fields, a "Not for publication" label typed by hand,
owners' codes with dates, and words where the house format has no place.
"""

from __future__ import annotations

import datetime as dt

import pytest

from minutetaker.wordimport.reader import read_word_minutes
from tests.wordimport import more_documents as more


@pytest.fixture(scope="module")
def meeting_and_report(tmp_path_factory):
    path = more.varied(tmp_path_factory.mktemp("varied") / "march.docx")
    recognised = read_word_minutes(path)
    return recognised.meeting, recognised


def test_the_title_below_an_office_name_and_details_typed_otherwise(meeting_and_report):
    meeting, _ = meeting_and_report
    assert meeting.title == "Monthly Assurance Meeting"
    assert (meeting.date, meeting.time) == (dt.date(2030, 3, 19), "14:00")  # 19/03/2030 at 2pm
    assert meeting.chair == "Alex Marsh"  # "Chair – Alex Marsh"
    assert (meeting.minute_taker.name, meeting.minute_taker.capacity) == ("Sam Petrie", "OPCC")
    assert meeting.venue == "Conference Room 2"  # inside a content control


def test_the_marking_from_the_footer(tmp_path):
    for where, marking in (("footer", "OFFICIAL-SENSITIVE"), ("header", "OFFICIAL")):
        path = more.varied(tmp_path / f"{where}.docx", marking_in=where, marking=marking)
        assert read_word_minutes(path).meeting.marking == marking


def test_attendance_as_lines_under_labels(meeting_and_report):
    meeting, _ = meeting_and_report
    assert [(p.name, p.capacity, p.role, p.attendance) for p in meeting.people] == [
        ("Alex Marsh", "Police and Crime Commissioner", "PCC", "present"),
        ("Dana Okafor", "Chief Constable", "CC", "present"),
        ("Rhys Llewellyn", "Assistant Chief Constable", "ACC", "apologies"),
    ]


def test_headings_matched_whatever_their_case_punctuation_or_ampersand(meeting_and_report):
    meeting, _ = meeting_and_report
    assert [(i.number, i.heading) for i in meeting.walk_items()] == [
        ("1", "Outstanding matters / items brought forward"),  # "Matters & Items …:"
        ("1.1", "Action arising from the February 2030 meeting"),
        ("2", "Operational and reputational opportunities and risks"),
        ("3", "Chief officer meeting / executive board – update"),
        ("4", "Holding to account"),  # no number typed
        ("4a", "Performance against the police and crime plan"),  # "4a." and "Police & Crime"
        ("4b", "Delivery of strategic initiatives"),  # no number, lower case
        ("5", "Any other business"),
        ("6", "Date of next meeting"),  # "Date of next meeting:"
    ]


def test_bullets_in_word_styles_and_typed_and_a_typed_restriction(meeting_and_report):
    meeting, _ = meeting_and_report
    blocks = [(b.type, b.text, b.restricted, b.restricted_reason)
              for b in meeting.find_item("2").blocks]  # fmt: skip
    assert blocks == [
        ("bullet", "A theft from a cash machine in Eastport.", False, ""),  # List Bullet style
        ("bullet", "A police horse was injured on duty.", False, ""),  # Word's list numbering
        ("bullet", "A fire at the Westbrook depot", False, ""),  # typed •
        ("bullet", "The witness to the depot fire is a serving officer.", True, "names a witness"),
        ("paragraph", "Noted", False, ""),  # from the ACTION column: kept, and listed
    ]


def test_a_manual_line_break_keeps_one_paragraph(meeting_and_report):
    meeting, _ = meeting_and_report
    assert [(b.type, b.text) for b in meeting.find_item("3").blocks] == [
        ("paragraph", "Line one of the update\nline two of the same paragraph")
    ]


def test_questions_typed_as_q1_and_q2_with_bold_sub_headings(meeting_and_report):
    meeting, _ = meeting_and_report
    hta = meeting.find_item("4a")
    assert hta.topic == "Building a safer Northshire – Westbrook"
    questions = [b for b in hta.blocks if b.type == "question"]
    assert [(q.number, q.text) for q in questions] == [
        ("1", "Can the CC explain the rise in burglary in Westbrook?"),
        ("2", "Is the CC confident the plan will work?"),
    ]
    assert [(f.type, f.text) for f in questions[0].findings] == [
        ("subheading", "Findings"),
        ("paragraph", "The Westbrook figures rose in the winter."),  # in a smart tag
        ("subheading", "Seasonal patterns"),
        ("paragraph", "See the force website for the figures."),  # a hyperlink
    ]
    assert [(f.type, f.text) for f in questions[1].findings] == [
        ("subheading", "Findings:"),  # the label, even when not bold
        ("paragraph", "The next review is due at Kingsford."),  # a field's result
    ]
    assert hta.blocks[-1].text == "Actions arising"


def test_owners_and_due_dates_written_in_the_text_or_beside_the_code(meeting_and_report):
    meeting, _ = meeting_and_report
    assert [(i.number, a.text, a.owner, a.due) for i, a in meeting.actions()] == [
        ("4a", "Report on burglary in Westbrook by 30 April 2030.", "CC", dt.date(2030, 4, 30)),
        ("4a", "Brief the PCC on the winter figures.", "ACC", dt.date(2030, 4, 30)),
    ]


def test_a_code_beside_a_brought_forward_record_is_its_owner(meeting_and_report):
    meeting, recognised = meeting_and_report
    record = meeting.find_item("1.1").brought_forward
    assert (record.subject, record.action, record.owner) == (
        "Rural crime – farm thefts",
        "Share the rural crime problem profile with the PCC.",
        "CC",
    )
    assert record.decision == "carried forward"  # "…; carried forward." in its update
    assert any("1.1 taken as carried forward" in note for note in recognised.notes)


def test_the_next_meeting_from_a_line_typed_otherwise(meeting_and_report):
    meeting, _ = meeting_and_report
    assert (meeting.next_meeting.date, meeting.next_meeting.time) == (dt.date(2030, 4, 16), "10:30")
    # Not the generated line's words ("10:30 on 16 April 2030"): kept, so no word is lost.
    assert [b.text for b in meeting.find_item("6").blocks] == ["16 April 2030, 10.30am"]


def test_what_could_not_be_placed_is_kept_and_listed(meeting_and_report):
    meeting, recognised = meeting_and_report
    assert [(u.item, u.text, u.why) for u in recognised.unplaced] == [
        ("1", "Northshire Office of the Police and Crime Commissioner", "above the title"),
        ("1", "Please read the papers before the meeting.", "before the minutes table"),
        ("2", "Noted", "in the ACTION column, not an owner's code"),
    ]
    first = [b.text for b in meeting.find_item("1").blocks]
    assert first == [
        "Northshire Office of the Police and Crime Commissioner",
        "Please read the papers before the meeting.",
    ]


def test_a_minutes_table_with_a_column_for_the_due_date(tmp_path):
    from tests.wordimport.builder import P, WordBuilder

    b = WordBuilder()
    b.paras("Monthly Assurance Meeting – Meeting Notes", "Date: 16 April 2030")
    t = b.table(4)
    t.row("No.", "Item", "ACTION", "Due")
    t.row("2", P("OPERATIONAL AND REPUTATIONAL OPPORTUNITIES AND RISKS", bold=True), "", "")
    t.row("", "Brief the PCC on the marina patrols.", "ACC", "14/05/2030")
    t.row("", "Share the patrol plan.", "CC", "")
    meeting = read_word_minutes(b.save(tmp_path / "four.docx")).meeting
    assert [(a.text, a.owner, a.due) for _, a in meeting.actions()] == [
        ("Brief the PCC on the marina patrols.", "ACC", dt.date(2030, 5, 14)),
        ("Share the patrol plan.", "CC", None),  # no date written, no next meeting given
    ]


def test_headings_above_small_tables_of_notes(tmp_path):
    recognised = read_word_minutes(more.headings_outside(tmp_path / "january.docx"))
    meeting = recognised.meeting
    assert (meeting.title, meeting.date) == ("Monthly Assurance Meeting", dt.date(2030, 1, 15))
    assert [(i.number, i.heading) for i in meeting.walk_items()] == [
        ("1", "Outstanding matters / items brought forward"),
        ("2", "Operational and reputational opportunities and risks"),
        ("6", "Date of next meeting"),
    ]
    assert [b.text for b in meeting.find_item("1").blocks] == ["No actions were brought forward."]
    assert [(a.text, a.owner, a.due) for _, a in meeting.actions()] == [
        ("The CC to brief the PCC on the marina.", "CC", dt.date(2030, 2, 19))
    ]
    assert recognised.unplaced == []


def test_details_and_attendance_in_tables_of_their_own(tmp_path):
    """The details as a two-column table; everyone present in one row, names and
    capacities as paragraphs of two cells."""
    from tests.wordimport.builder import P, WordBuilder

    b = WordBuilder()
    b.para(P("Monthly Assurance Meeting – Meeting Notes", bold=True))
    details = b.table(2)
    details.row(P("Date:", bold=True), "Tuesday 18 June 2030 @ 10:30")
    details.row(P("Chair:", bold=True), "Alex Marsh")
    details.row(P("Venue:", bold=True), "Kingsford Fire Station")
    people = b.table(3)
    people.row("Attendance:", ["Alex Marsh", "Dana Okafor"],
               ["Police and Crime Commissioner (PCC)", "Chief Constable (CC)"])  # fmt: skip
    people.row("Apologies:", "Rhys Llewellyn", "Assistant Chief Constable (ACC)")
    t = b.table(3)
    t.row("1", P("OUTSTANDING MATTERS / ITEMS BROUGHT FORWARD", bold=True), "ACTION")
    t.row("6", P("DATE OF NEXT MEETING", bold=True), "")
    t.row("", "10:30 on 16 July 2030", "ALL")
    recognised = read_word_minutes(b.save(tmp_path / "june.docx"))
    meeting = recognised.meeting
    assert (meeting.date, meeting.time, meeting.chair, meeting.venue) == (
        dt.date(2030, 6, 18),
        "10:30",
        "Alex Marsh",
        "Kingsford Fire Station",
    )
    assert [(p.name, p.role, p.attendance) for p in meeting.people] == [
        ("Alex Marsh", "PCC", "present"),
        ("Dana Okafor", "CC", "present"),
        ("Rhys Llewellyn", "ACC", "apologies"),
    ]
    assert recognised.unplaced == []


def test_both_or_all_actions_discharged_in_one_sentence(tmp_path):
    def decisions(updates):
        brought = [
            (f"{month} 2030", f"Subject {n}", f"Action {n} to be done.", update)
            for n, (month, update) in enumerate(updates, start=1)
        ]
        path = more.small(tmp_path / f"{len(updates)}.docx", dt.date(2030, 5, 21), brought=brought)
        meeting = read_word_minutes(path).meeting
        return [i.brought_forward.decision for i in meeting.find_item("1").items]

    assert decisions([("March", "Report received."), ("April", "Both were discharged.")]) == [
        "discharged",
        "discharged",
    ]
    # "Both" of three: which two is not said; only the item it stands under.
    assert decisions(
        [("March", "Received."), ("April", "Both were discharged."), ("April", "Not yet.")]
    ) == ["pending", "discharged", "pending"]
    assert decisions(
        [("March", "Received."), ("April", "All were discharged."), ("April", "Done.")]
    ) == ["discharged", "discharged", "discharged"]


def test_people_listed_on_the_label_line(tmp_path):
    from tests.wordimport.builder import WordBuilder

    b = WordBuilder()
    b.paras(
        "Monthly Assurance Meeting – Meeting Notes",
        "Date: 18 June 2030",
        "Present: Alex Marsh (PCC), Dana Okafor (CC), Jo Whitcombe (CEx)",
        "Apologies: Rhys Llewellyn, Assistant Chief Constable (ACC); Priya Sandhu – Deputy "
        "Chief Constable",
        "Absent: none",
    )
    t = b.table(3)
    t.row("1", "OUTSTANDING MATTERS / ITEMS BROUGHT FORWARD", "ACTION")
    recognised = read_word_minutes(b.save(tmp_path / "inline.docx"))
    assert [(p.name, p.capacity, p.role, p.attendance) for p in recognised.meeting.people] == [
        ("Alex Marsh", "", "PCC", "present"),
        ("Dana Okafor", "", "CC", "present"),
        ("Jo Whitcombe", "", "CEx", "present"),
        ("Rhys Llewellyn", "Assistant Chief Constable", "ACC", "apologies"),
        ("Priya Sandhu", "Deputy Chief Constable", "", "apologies"),
    ]
    assert recognised.unplaced == []
