import datetime as dt

from minutetaker.domain.model import Block
from minutetaker.resources import load_agenda
from tests.samples import delete_meeting


def _chain(archive, sample_meeting):
    """March raises two actions; April carries the ACC one; May discharges it."""
    archive.add_meeting(sample_meeting)
    april = archive.start_meeting(load_agenda())
    for item in april.find_item("1").items:
        bf = item.brought_forward
        if bf.owner == "ACC" and bf.action_id:
            bf.decision = "carried forward"
            item.blocks = [Block("subheading", "Update"), Block("paragraph", "Note drafted.")]
            archive.save_item(april.id, item)
    may = archive.start_meeting(load_agenda(), dt.date(2031, 5, 20))
    for item in may.find_item("1").items:
        bf = item.brought_forward
        if bf.owner == "ACC" and bf.action_id:
            bf.decision = "discharged"
            item.blocks = [Block("paragraph", "Note received; the PCC is satisfied.")]
            archive.save_item(may.id, item)
            return bf.action_id, april, may
    raise AssertionError("the ACC action was not brought forward")


def test_one_action_keeps_its_id_and_its_history(archive, sample_meeting):
    action_id, _april, may = _chain(archive, sample_meeting)
    history = archive.action_history(action_id)
    assert [(e.date, e.decision) for e in history] == [
        (dt.date(2031, 3, 18), "raised"),
        (dt.date(2031, 4, 15), "carried forward"),
        (dt.date(2031, 5, 20), "discharged"),
    ]
    assert history[1].update == "Note drafted."
    row = next(r for r in archive.list_actions() if r.id == action_id)
    assert row.status == "discharged" and row.discharged_on == dt.date(2031, 5, 20)
    assert (row.last_meeting_id, row.last_date) == (may.id, dt.date(2031, 5, 20))


def test_filters_of_the_tracker(archive, sample_meeting):
    _chain(archive, sample_meeting)
    assert {r.owner for r in archive.list_actions(status="open")} == {"CC"}
    overdue = archive.list_actions(status="overdue", today=dt.date(2031, 12, 1))
    assert overdue == []  # the open CC action has no due date
    assert [r.text for r in archive.list_actions(text="forum")] == [
        "Share the retail forum minutes with the PCC."
    ]
    assert len(archive.list_actions(owner="acc")) == 1


def test_overdue_means_open_and_past_due(archive, sample_meeting):
    archive.add_meeting(sample_meeting)
    late = archive.list_actions(status="overdue", today=dt.date(2031, 4, 16))
    assert [r.owner for r in late] == ["ACC"]
    assert archive.list_actions(status="overdue", today=dt.date(2031, 4, 15)) == []


def test_the_latest_meeting_decides_whatever_the_order_of_import(archive, sample_meeting):
    from minutetaker.domain.serial import meeting_from_dict, meeting_to_dict

    action_id, _april, _may = _chain(archive, sample_meeting)
    files = [meeting_to_dict(archive.load_meeting(m.id)) for m in archive.list_meetings()]
    for order in (files, list(reversed(files)), [files[1], files[0], files[2]]):
        for m in archive.list_meetings():
            delete_meeting(archive, m.id)
        archive.import_meetings([meeting_from_dict(f) for f in order])
        status = {r.id: r.status for r in archive.list_actions()}
        assert status[action_id] == "discharged", [f["date"] for f in order]


def test_deleting_the_meeting_that_discharged_an_action_reopens_it(archive, sample_meeting):
    action_id, _april, may = _chain(archive, sample_meeting)
    delete_meeting(archive, may.id)
    assert {r.id: r.status for r in archive.list_actions()}[action_id] == "open"


def test_actions_raised_in_a_month(archive, sample_meeting):
    import datetime as dt

    archive.add_meeting(sample_meeting)
    raised = archive.actions_raised_between(dt.date(2031, 3, 1), dt.date(2031, 3, 31))
    assert [(a.id, a.owner, a.meeting_date) for a in raised] == [
        ("a-retail-1", "ACC", dt.date(2031, 3, 18)),
        ("a-retail-2", "CC", dt.date(2031, 3, 18)),
    ]
    assert archive.actions_raised_between(dt.date(2031, 4, 1), dt.date(2031, 4, 30)) == []
