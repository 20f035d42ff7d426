"""Fictional meetings for the export tests, beyond ``tests/samples.py``."""

from __future__ import annotations

import datetime as dt

from minutetaker.domain.model import Action, Block, Item, Meeting, MinuteTaker, Person
from tests.samples import sample_meeting

SENTENCE = (
    "The Chief Constable explained that neighbourhood teams in Eastport had been "
    "strengthened and that partners in the Northshire community safety partnership "
    "were sharing data on repeat locations every week."
)


def long_meeting(sections: int = 18) -> Meeting:
    """About 40 pages of notes: many sub-items, each with all kinds of block."""
    meeting = sample_meeting()
    items = meeting.items[:-1]
    for s in range(sections):
        children = []
        for c in range(3):
            blocks = [Block("paragraph", f"{SENTENCE} ({s + 1}.{c + 1})")]
            blocks += [Block("bullet", f"Point {b + 1}: {SENTENCE}") for b in range(5)]
            blocks.append(Block("subheading", "Findings:"))
            blocks.append(
                Block(
                    "question",
                    number=str(c + 1),
                    text="Can the CC give assurance that the plan is working?",
                    findings=[Block("bullet", SENTENCE), Block("paragraph", SENTENCE)],
                )
            )
            children.append(
                Item(
                    f"{7 + s}{'abc'[c]}",
                    f"Topic {c + 1} of section {7 + s}",
                    blocks=blocks,
                    actions=[Action(f"Report back on topic {c + 1}.", "CC")],
                )
            )
        items.append(Item(str(7 + s), f"Extra section {s + 1}", items=children))
    items.append(meeting.items[-1])
    meeting.items = items
    return meeting


def meeting_with_long_item(paragraphs: int = 300) -> Meeting:
    meeting = sample_meeting()
    item = meeting.find_item("5")
    assert item is not None
    item.blocks = [
        Block("bullet" if n % 3 == 0 else "paragraph", f"Paragraph {n + 1}. {SENTENCE}")
        for n in range(paragraphs)
    ]
    return meeting


NASTY = "Line one\vline two\fpage\athe bell\x1bescape\ud800lone\udfffhalf\x00nul\ttab"


def meeting_with_control_characters() -> Meeting:
    """Every free-text field carries characters Word cannot hold."""
    meeting = sample_meeting()
    meeting.title = "Monthly\vAssurance\x1b Meeting"
    meeting.chair = "Alex\aMarsh"
    meeting.venue = "Room\f2"
    meeting.minute_taker = MinuteTaker("Sam\x1bPetrie", "Policy\vOfficer")
    meeting.people.append(Person("Kim\ud83dLowe", "Observer\x0b(press)", "OBS\a"))
    for item in meeting.walk_items():
        item.heading += "\v\x1b"
        item.topic = NASTY if item.topic else ""
        item.blocks.append(Block("paragraph", NASTY))
        item.blocks.append(Block("bullet", NASTY))
        item.blocks.append(Block("subheading", NASTY))
        item.blocks.append(Block("question", NASTY, "9\a", findings=[Block("bullet", NASTY)]))
        for action in item.actions:
            action.text += NASTY
    meeting.items[2].actions.append(Action(NASTY, "CC\x1b", dt.date(2031, 4, 1)))
    return meeting


def meeting_with_many_actions() -> Meeting:
    """The sample with actions everywhere: several per item, long dates, withheld ones.

    Item 4c (withheld whole) and a sub-item of a withheld section hold actions
    whose words appear nowhere else, so the public version can be searched for
    them; one action has no text at all and has nothing to print.
    """
    meeting = sample_meeting()
    meeting.find_item("4a").actions.append(
        Action("Arrange a joint visit to the Kingsford retail park.", "CEx", dt.date(2031, 9, 30))
    )
    meeting.find_item("4b").actions = [
        Action("Publish the strategic initiatives tracker.", "DCC", dt.date(2031, 5, 1)),
        Action("", "CC"),  # nothing written yet
        Action("Circulate the revised terms of reference.", "ALL"),
    ]
    meeting.find_item("4c").actions = [
        Action("Brief the tarantula working group privately.", "ACC", dt.date(2031, 6, 2))
    ]
    meeting.find_item("5").actions = [Action("Respond to the fire governance consultation.", "")]
    meeting.items.insert(
        -1,
        Item(
            "5A",
            "Vetting",
            restricted=True,
            restricted_reason="personnel matters",
            items=[
                Item(
                    "5A.1",
                    "Appeals",
                    actions=[Action("Review the marmalade appeal file.", "DCC")],
                )
            ],
        ),
    )
    return meeting
