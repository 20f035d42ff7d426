from minutetaker.demo import fill_demo
from minutetaker.demo.generator import third_tuesday
from minutetaker.resources import load_agenda
from minutetaker.store import Archive


def test_the_demo_is_a_chain_of_monthly_meetings(archive):
    assert fill_demo(archive, meetings=18) == 18
    meetings = archive.list_meetings()
    assert len(meetings) == 18
    assert all(m.date.weekday() == 1 for m in meetings)  # third Tuesdays
    newest = archive.load_meeting(meetings[0].id)
    assert newest.people and newest.find_item("4a").topic
    decisions = {
        item.brought_forward.decision
        for m in meetings
        for item in archive.load_meeting(m.id).walk_items()
        if item.brought_forward
    }
    assert decisions == {"discharged", "carried forward"}
    statuses = {row.status for row in archive.list_actions()}
    assert statuses == {"open", "discharged"}
    # Every action still open is brought forward into a new meeting, nothing more.
    still_open = {row.id for row in archive.list_actions(status="open")}
    planned = archive.plan_next_meeting(load_agenda())
    assert {i.brought_forward.action_id for i in planned.find_item("1").items} == still_open


def test_the_same_seed_gives_the_same_archive(tmp_path):
    texts = []
    for name in ("a", "b"):
        with Archive.open(tmp_path / name) as archive:
            fill_demo(archive, meetings=4, seed=7)
            texts.append([(r.text, r.owner, r.status) for r in archive.list_actions()])
    assert texts[0] == texts[1]


def test_third_tuesday():
    import datetime as dt

    assert third_tuesday(2017, 8) == dt.date(2017, 8, 15)
    assert third_tuesday(2031, 4) == dt.date(2031, 4, 15)


def test_the_demo_meetings_pass_the_spell_check_with_its_office_dictionary(archive):
    from minutetaker.checks.spelling import Room, SpellChecker, spelling_findings
    from minutetaker.demo import fill_demo

    fill_demo(archive, meetings=12)
    office = archive.words.office()
    assert {"Northshire", "Eastport", "Kingsford"} <= set(office)
    for summary in archive.list_meetings():
        meeting = archive.load_meeting(summary.id)
        checker = SpellChecker(room=Room.of_meeting(meeting, office))
        assert spelling_findings(meeting, checker) == [], meeting.date
