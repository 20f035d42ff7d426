"""Comparing two versions of a meeting, item by item, with the changed words marked."""

from __future__ import annotations

import copy
import datetime as dt

import pytest

from minutetaker.domain.compare import (
    ADDED,
    CHANGED,
    RELEASED,
    REMOVED,
    SAME,
    WITHHELD,
    Words,
    compare_meetings,
    marked,
    word_changes,
)
from minutetaker.domain.model import Action, Block, Item, Person
from tests.samples import sample_meeting


@pytest.mark.parametrize(
    "before, after, shown",
    [
        ("The PCC was satisfied.", "The PCC was not satisfied.", "The PCC was {+not +}satisfied."),
        (
            "a cash machine in Eastport",
            "a shop in Eastport",
            "a [-cash machine-]{+shop+} in Eastport",
        ),
        ("one two", "one two three", "one two{+ three+}"),
        ("", "new words", "{+new words+}"),
        ("old words", "", "[-old words-]"),
        ("same", "same", "same"),
        ("Telford’s figures rose", "Telford’s figures fell", "Telford’s figures [-rose-]{+fell+}"),
    ],
)
def test_changed_words_are_marked(before, after, shown):
    words = word_changes(before, after)
    assert marked(words) == shown
    assert "".join(w.text for w in words if w.op != ADDED) == before
    assert "".join(w.text for w in words if w.op != REMOVED) == after


def test_words_replaced_with_one_space_kept_between_read_as_one_change():
    assert word_changes("a b c d", "a x y d") == (
        Words(SAME, "a "),
        Words(REMOVED, "b c"),
        Words(ADDED, "x y"),
        Words(SAME, " d"),
    )


def _changed(before, after):
    return {c.number: c for c in compare_meetings(before, after).items}


def test_the_same_meeting_has_nothing_changed():
    assert compare_meetings(sample_meeting(), sample_meeting()).unchanged


def test_paragraphs_added_removed_and_changed_are_found_in_their_item():
    before = sample_meeting()
    after = copy.deepcopy(before)
    after.find_item("2").blocks[0].text = "A high value theft from a shop in Eastport."
    after.find_item("3").blocks.append(Block("bullet", "The estates strategy was approved."))
    after.find_item("4a").blocks[1].findings.pop(1)  # "Most offences are at three retail parks."
    items = _changed(before, after)
    assert set(items) == {"2", "3", "4a"}
    (p2,) = items["2"].paragraphs
    assert (p2.change, p2.what) == (CHANGED, "bullet point")
    assert marked(p2.words) == "A high value theft from a [-cash machine-]{+shop+} in Eastport."
    (p3,) = items["3"].paragraphs
    assert (p3.change, p3.what, p3.after) == (
        ADDED,
        "bullet point",
        "The estates strategy was approved.",
    )
    (p4,) = items["4a"].paragraphs
    assert (p4.change, p4.before) == (REMOVED, "Most offences are at three retail parks.")


def test_a_finding_is_named_as_the_finding_of_its_question():
    """The minute-taker calls a paragraph under a question its finding: a change to
    one says so, and which question (issue 15: not "changed paragraph")."""
    before = sample_meeting()
    after = copy.deepcopy(before)
    q1, q2 = after.find_item("4a").blocks[1:3]
    q2.findings[0].text = "A retail crime forum meets every month."
    q1.findings[1].text = "Most offences are at four retail parks."
    q1.findings.append(Block("paragraph", "Two stores have asked for CCTV."))
    whats = [(p.change, p.what) for p in _changed(before, after)["4a"].paragraphs]
    assert whats == [
        (CHANGED, "bullet point under question 1"),
        (ADDED, "finding of question 1"),
        (CHANGED, "finding of question 2"),
    ]


def test_findings_of_a_renumbered_question_are_not_changed():
    """A question asked before the others renumbers them; their findings, unchanged,
    are not listed as changed (only the questions are)."""
    before = sample_meeting()
    after = copy.deepcopy(before)
    blocks = after.find_item("4a").blocks
    blocks.insert(1, Block("question", "Who leads on retail crime?", "1"))
    blocks[2].number, blocks[3].number = "2", "3"
    whats = [(p.change, p.what) for p in _changed(before, after)["4a"].paragraphs]
    assert all("finding" not in what and "under" not in what for _c, what in whats), whats


def test_actions_and_decisions_changed_are_found():
    before = sample_meeting()
    after = copy.deepcopy(before)
    hta = after.find_item("4a")
    hta.actions[0].owner = "DCC"
    hta.actions[0].due = dt.date(2031, 5, 20)
    hta.actions[1].text = "Share the retail forum minutes with the PCC and the CEx."
    hta.actions.append(Action("Visit the Eastport hub.", "ALL", id="a-new"))
    after.find_item("5").actions = []
    before.find_item("5").actions = [Action("Write to the fire authority.", "PCC", id="a-gone")]
    after.find_item("1.2").brought_forward.decision = "discharged"
    items = _changed(before, after)
    actions = {(a.change, (a.after or a.before).id): a for a in items["4a"].actions}
    assert actions[(CHANGED, "a-retail-1")].fields == ("owner", "due")
    text_change = actions[(CHANGED, "a-retail-2")]
    assert text_change.fields == ("text",)
    assert marked(text_change.words).endswith("with the PCC{+ and the CEx+}.")
    assert (ADDED, "a-new") in actions
    assert [(a.change, a.before.id) for a in items["5"].actions] == [(REMOVED, "a-gone")]
    assert items["1.2"].decision == ("carried forward", "discharged")


def test_an_item_added_early_does_not_make_every_later_item_look_changed():
    before = sample_meeting()
    after = copy.deepcopy(before)
    after.items.insert(
        1,
        Item(
            "2", "Police and crime plan refresh", blocks=[Block("paragraph", "Draft out in May.")]
        ),
    )
    for item, number in zip(after.items[2:], ["3", "4", "5", "6", "7"]):
        item.number = number
    items = compare_meetings(before, after).items
    assert [(c.change, c.number) for c in items if c.change != CHANGED] == [(ADDED, "2")]
    renumbered = [(c.before_number, c.number) for c in items if c.change == CHANGED]
    assert renumbered == [("2", "3"), ("3", "4"), ("4", "5"), ("5", "6"), ("6", "7")]
    assert all(not c.paragraphs for c in items if c.change == CHANGED)


def test_an_item_removed_stands_where_it_was():
    before = sample_meeting()
    after = copy.deepcopy(before)
    del after.find_item("4").items[1]  # 4b
    items = compare_meetings(before, after).items
    assert [(c.change, c.number) for c in items] == [(REMOVED, "4b")]
    assert [p.before for p in items[0].paragraphs] == [
        "Delivery of strategic initiatives",
        "No items on the agenda.",
    ]


def test_a_paragraph_withheld_or_released_is_a_change():
    before = sample_meeting()
    after = copy.deepcopy(before)
    after.find_item("5").blocks[0].restricted = True
    after.find_item("2").blocks[1].restricted = False
    items = _changed(before, after)
    assert [p.change for p in items["5"].paragraphs] == [WITHHELD]
    assert [p.change for p in items["2"].paragraphs] == [RELEASED]


def test_details_and_attendance_changes_are_listed():
    before = sample_meeting()
    after = copy.deepcopy(before)
    after.venue = "Kingsford Town Hall"
    after.people[1].capacity = "Chief Executive"
    after.people.append(Person("Lee Forde", "Head of Finance, OPCC"))
    details = compare_meetings(before, after).details
    assert [d.what for d in details] == ["Venue", "Attendance", "Attendance"]
    assert details[0].after == "Kingsford Town Hall"
    assert "[-for the Police and Crime Commissioner -]" in marked(details[1].words)
    assert (details[2].before, details[2].after) == ("", "Lee Forde, Head of Finance, OPCC")
