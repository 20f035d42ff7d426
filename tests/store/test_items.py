"""Adding, deleting and moving agenda items (issue 5, point 5): numbers follow,
actions stay with their item, the index stays whole, each change is one."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from minutetaker.resources import load_agenda
from minutetaker.store import items as item_rows
from minutetaker.store.errors import ArchiveError, Conflict, NotFound


def numbers(meeting) -> list[str]:
    return [i.number for i in meeting.walk_items()]


def item_of(archive, meeting_id, number):
    return archive.load_meeting(meeting_id).find_item(number)


def action_items(archive) -> dict[str, int]:
    return dict(archive.conn.execute("SELECT id, item_id FROM actions"))


def index_ok(archive) -> bool:
    archive.conn.execute("INSERT INTO search_fts (search_fts, rank) VALUES ('integrity-check', 1)")
    rows = archive.conn.execute("SELECT count(*) FROM search_text").fetchone()[0]
    items = archive.conn.execute("SELECT count(*) FROM items").fetchone()[0]
    meetings = archive.conn.execute("SELECT count(*) FROM meetings").fetchone()[0]
    return rows == items + meetings


@pytest.fixture
def meeting(archive, sample_meeting):
    archive.add_meeting(sample_meeting)
    return sample_meeting


def test_sub_items_of_aob_are_dotted_and_inserted_in_place(archive, meeting):
    aob = meeting.find_item("5")
    first = archive.add_item(meeting.id, aob.id, None, "Fire governance consultation")
    second = archive.add_item(meeting.id, aob.id, None, "Estates strategy")
    between = archive.add_item(meeting.id, aob.id, first.id, "  Victims' services  ")
    assert (first.number, second.number, between.number) == ("5.1", "5.2", "5.2")
    stored = archive.load_meeting(meeting.id)
    assert [(i.number, i.heading, i.kind) for i in stored.find_item("5").items] == [
        ("5.1", "Fire governance consultation", "notes"),
        ("5.2", "Victims' services", "notes"),
        ("5.3", "Estates strategy", "notes"),
    ]
    (hit,) = archive.search("estates")
    assert (hit.item_id, hit.item_number) == (second.id, "5.3")
    assert index_ok(archive)


def test_sub_items_of_holding_to_account_follow_the_letters(archive, meeting):
    before = action_items(archive)
    hta = meeting.find_item("4")
    added = archive.add_item(meeting.id, hta.id, None, "Custody")
    assert added.number == "4d"
    early = archive.add_item(meeting.id, hta.id, meeting.find_item("4a").id, "Road safety")
    assert early.number == "4b"
    stored = archive.load_meeting(meeting.id)
    assert [i.heading[:12] for i in stored.find_item("4").items] == [
        "Performance ",
        "Road safety",
        "Delivery of ",
        "HMIC inspect",
        "Custody",
    ]
    assert numbers(stored)[5:11] == ["4", "4a", "4b", "4c", "4d", "4e"]
    assert action_items(archive) == before
    assert [a.id for a in stored.find_item("4a").actions] == ["a-retail-1", "a-retail-2"]


def test_a_new_top_level_item_renumbers_the_ones_after_it_with_their_sub_items(archive, meeting):
    before = action_items(archive)
    added = archive.add_item(meeting.id, None, meeting.find_item("2").id, "Estates")
    assert added.number == "3"
    stored = archive.load_meeting(meeting.id)
    assert numbers(stored) == [
        "1", "1.1", "1.2", "2", "3", "4", "5", "5a", "5b", "5c", "6", "7",
    ]  # fmt: skip
    assert stored.find_item("5a").id == meeting.find_item("4a").id
    assert [a.id for a in stored.find_item("5a").actions] == ["a-retail-1", "a-retail-2"]
    assert action_items(archive) == before
    hit = archive.search("shoplifting")[0]
    assert hit.item_number == "5a"
    assert index_ok(archive)


def test_the_new_item_goes_among_its_siblings_only(archive, meeting):
    with pytest.raises(NotFound):
        archive.add_item(meeting.id, meeting.find_item("5").id, meeting.find_item("4a").id, "X")
    with pytest.raises(ArchiveError, match="heading"):
        archive.add_item(meeting.id, None, None, "   ")
    with pytest.raises(NotFound):
        archive.add_item(meeting.id + 1, None, None, "Elsewhere")
    assert numbers(archive.load_meeting(meeting.id)) == numbers(meeting)


def test_deleting_an_item_takes_its_sub_items_and_actions_and_renumbers(archive, meeting):
    assert archive.item_delete_impact(meeting.find_item("3").id) == (0, 0, True)
    assert archive.item_delete_impact(meeting.find_item("4").id) == (2, 0, True)
    assert archive.item_delete_impact(meeting.find_item("6").id) == (0, 0, False)
    archive.delete_item(meeting.find_item("3").id)
    stored = archive.load_meeting(meeting.id)
    assert numbers(stored) == ["1", "1.1", "1.2", "2", "3", "3a", "3b", "3c", "4", "5"]
    assert [a.id for a in stored.find_item("3a").actions] == ["a-retail-1", "a-retail-2"]
    archive.delete_item(stored.find_item("3").id)
    stored = archive.load_meeting(meeting.id)
    assert numbers(stored) == ["1", "1.1", "1.2", "2", "3", "4"]
    assert [i.heading for i in stored.items][2:] == ["Any other business", "Date of next meeting"]
    assert action_items(archive) == {}
    assert archive.search("shoplifting") == []
    assert index_ok(archive)


def test_deleting_a_sub_item_closes_the_gap(archive, meeting):
    archive.delete_item(meeting.find_item("4b").id)
    stored = archive.load_meeting(meeting.id)
    assert [(i.number, i.heading[:4]) for i in stored.find_item("4").items] == [
        ("4a", "Perf"),
        ("4b", "HMIC"),
    ]


def test_an_item_whose_actions_were_brought_forward_is_not_deleted(archive, meeting):
    later = archive.start_meeting(load_agenda())
    hta = meeting.find_item("4a")
    assert archive.item_delete_impact(hta.id) == (2, 2, True)
    assert archive.item_delete_impact(meeting.find_item("4").id) == (2, 2, True)
    before = archive.load_meeting(meeting.id)
    with pytest.raises(Conflict, match="15 April 2031") as refused:
        archive.delete_item(meeting.find_item("4").id)
    assert "Item 4 was not deleted" in str(refused.value)
    assert "Tuesday 15 April 2031 (items 1.2, 1.3)" in str(refused.value)
    assert archive.load_meeting(meeting.id) == before
    assert {r.id for r in archive.list_actions()} >= {"a-retail-1", "a-retail-2"}
    # the follow-ups in the later meeting still follow their actions
    followed = [i.brought_forward.action_id for i in later.find_item("1").items]
    assert {"a-retail-1", "a-retail-2"} <= set(followed)


def test_deleting_a_brought_forward_item_settles_its_action_again(archive, meeting):
    def follow_up_in(meeting_id):
        stored = archive.load_meeting(meeting_id)
        return next(
            i for i in stored.find_item("1").items if i.brought_forward.action_id == "a-retail-1"
        )

    second = archive.start_meeting(load_agenda())
    carried = follow_up_in(second.id)
    assert archive.item_delete_impact(carried.id) == (0, 0, False)
    carried.brought_forward.decision = "carried forward"
    archive.save_item(second.id, carried)
    third = archive.start_meeting(load_agenda(), dt.date(2031, 5, 20))
    discharged = follow_up_in(third.id)
    discharged.brought_forward.decision = "discharged"
    archive.save_item(third.id, discharged)
    assert archive.item_delete_impact(discharged.id) == (0, 0, True)
    assert {r.id: r.status for r in archive.list_actions()}["a-retail-1"] == "discharged"
    archive.delete_item(discharged.id)
    # as when a meeting is deleted: the meetings left decide (here, carried forward)
    assert {r.id: r.status for r in archive.list_actions()}["a-retail-1"] == "open"
    stored = archive.load_meeting(third.id)
    assert [i.number for i in stored.find_item("1").items] == ["1.1", "1.2"]
    assert all(i.kind == "brought_forward" for i in stored.find_item("1").items)
    assert index_ok(archive)


def test_moving_an_item_renumbers_it_and_keeps_its_actions(archive, meeting):
    before = action_items(archive)
    hta = meeting.find_item("4a")
    assert archive.move_item(hta.id, +1)
    stored = archive.load_meeting(meeting.id)
    assert [(i.number, i.id) for i in stored.find_item("4").items] == [
        ("4a", meeting.find_item("4b").id),
        ("4b", hta.id),
        ("4c", meeting.find_item("4c").id),
    ]
    assert [a.id for a in stored.find_item("4b").actions] == ["a-retail-1", "a-retail-2"]
    assert action_items(archive) == before
    assert archive.search("shoplifting")[0].item_number == "4b"


def test_moving_a_section_moves_its_sub_items_and_stops_at_the_ends(archive, meeting):
    assert not archive.move_item(meeting.find_item("1").id, -1)
    assert not archive.move_item(meeting.find_item("6").id, +1)
    assert not archive.move_item(meeting.find_item("4c").id, +1)
    assert archive.move_item(meeting.find_item("5").id, -1)
    stored = archive.load_meeting(meeting.id)
    assert numbers(stored) == ["1", "1.1", "1.2", "2", "3", "4", "5", "5a", "5b", "5c", "6"]
    assert stored.find_item("4").heading == "Any other business"
    assert stored.find_item("5a").id == meeting.find_item("4a").id
    assert archive.move_item(meeting.find_item("1.2").id, -1)
    stored = archive.load_meeting(meeting.id)
    assert [i.brought_forward.from_date.month for i in stored.find_item("1").items] == [2, 1]
    assert [i.kind for i in stored.find_item("1").items] == ["brought_forward"] * 2
    assert index_ok(archive)


def test_a_missing_item_is_not_found(archive, meeting):
    for change in (
        lambda: archive.delete_item(99999),
        lambda: archive.move_item(99999, 1),
        lambda: archive.item_delete_impact(99999),
        lambda: archive.add_item(meeting.id, 99999, None, "X"),
    ):
        with pytest.raises(NotFound):
            change()


@pytest.mark.parametrize("change", ["add", "delete", "move"])
def test_each_change_is_one_transaction(archive, meeting, monkeypatch, change):
    before = archive.load_meeting(meeting.id)
    rows = archive.conn.execute("SELECT * FROM search_text ORDER BY id").fetchall()
    renumber = item_rows._renumber

    def fail_half_way(*args, **kwargs):
        renumber(*args, **kwargs)
        raise OSError("the disk went away")

    monkeypatch.setattr(item_rows, "_renumber", fail_half_way)
    with pytest.raises(OSError):
        if change == "add":
            archive.add_item(meeting.id, None, meeting.find_item("1").id, "Half made")
        elif change == "delete":
            archive.delete_item(meeting.find_item("3").id)
        else:
            archive.move_item(meeting.find_item("2").id, +1)
    after = archive.load_meeting(meeting.id)
    assert after == before
    assert [dataclasses.asdict(i) for i in after.items] == [
        dataclasses.asdict(i) for i in before.items
    ]
    assert archive.conn.execute("SELECT * FROM search_text ORDER BY id").fetchall() == rows
    assert not archive.conn.in_transaction
    assert index_ok(archive)


# -- a brought-forward item typed by hand (issue 14, point 6: the store's part) ---------


def test_a_brought_forward_item_typed_by_hand_takes_its_place_by_month(archive, meeting):
    from minutetaker.domain.model import KIND_BROUGHT_FORWARD, BroughtForward

    record = BroughtForward(
        from_date=dt.date(2031, 1, 1),
        subject="Custody – cell checks",
        action="The CC to report on the cell checks.",
        owner="CC",
    )
    item = archive.add_brought_forward(meeting.id, record)
    stored = archive.load_meeting(meeting.id)
    section = stored.find_item("1")
    # January's item goes after the January one already there, before February's.
    assert [(i.number, i.heading) for i in section.items] == [
        ("1.1", "Action arising from the January 2031 meeting"),
        ("1.2", "Action arising from the January 2031 meeting"),
        ("1.3", "Action arising from the February 2031 meeting"),
    ]
    added = stored.find_item("1.2")
    assert item.number == "1.2" and added.id == item.id
    assert added.kind == KIND_BROUGHT_FORWARD
    assert (added.brought_forward.subject, added.brought_forward.action) == (
        "Custody – cell checks",
        "The CC to report on the cell checks.",
    )
    assert (added.brought_forward.owner, added.brought_forward.decision) == ("CC", "pending")
    assert index_ok(archive)
    undated = archive.add_brought_forward(meeting.id, BroughtForward(from_date=None, subject="x"))
    assert undated.number == "1.4"
    assert archive.load_meeting(meeting.id).find_item("1.4").heading == (
        "Action arising from an earlier meeting"
    )


def test_a_brought_forward_item_needs_the_section(archive, meeting):
    from minutetaker.domain.model import BroughtForward

    archive.conn.execute("UPDATE items SET kind = 'notes' WHERE number = '1'")
    with pytest.raises(NotFound, match="no section for items brought forward"):
        archive.add_brought_forward(meeting.id, BroughtForward(from_date=None))
