"""The demo archive: fictional monthly assurance meetings of Northshire Police.

Each meeting follows the agenda template, brings back the actions still open
from earlier meetings, discharges or carries them, and raises new ones, so
search and the action tracker have a real chain to show. The same seed always
gives the same archive.
"""

from __future__ import annotations

import datetime as dt
import random

from minutetaker.demo import prose
from minutetaker.domain.dates import MONTHS, month_year
from minutetaker.domain.model import (
    KIND_BROUGHT_FORWARD,
    KIND_HOLDING_TO_ACCOUNT,
    Action,
    Block,
    BroughtForward,
    Item,
    Meeting,
    MinuteTaker,
    NextMeeting,
    Person,
)
from minutetaker.domain.template import AgendaTemplate
from minutetaker.store.archive import Archive

BATCH = 250  # meetings written per transaction


def third_tuesday(year: int, month: int) -> dt.date:
    first = dt.date(year, month, 1)
    return first + dt.timedelta(days=(1 - first.weekday()) % 7 + 14)


def _add_months(year: int, month: int, n: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + n
    return index // 12, index % 12 + 1


class _Writer:
    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.open: list[tuple[dt.date, str, Action]] = []  # raised at, subject, action

    def fill(self, key: str, **extra: object) -> str:
        rng = self.rng
        values = {
            "place": rng.choice(prose.PLACES),
            "pct": rng.randrange(15, 80),
            "months": rng.randrange(2, 7),
            "rank": rng.choice(("1st", "3rd", "5th", "8th", "12th")),
            "day": rng.randrange(1, 28),
            "month": rng.choice(MONTHS),
            **extra,
        }
        return rng.choice(getattr(prose, key)).format(**values)

    def meeting(self, template: AgendaTemplate, date: dt.date, next_date: dt.date) -> Meeting:
        rng = self.rng
        meeting = template.new_meeting(date)
        meeting.venue = rng.choice(prose.VENUES)
        meeting.chair = prose.PEOPLE[0][0]
        meeting.minute_taker = MinuteTaker(*prose.MINUTE_TAKER)
        away = {rng.randrange(1, len(prose.PEOPLE))} if rng.random() < 0.6 else set()
        meeting.people = [
            Person(name, capacity, role, "apologies" if n in away else "present")
            for n, (name, capacity, role) in enumerate(prose.PEOPLE)
        ]
        meeting.next_meeting = NextMeeting(next_date, "10:30", meeting.venue)
        for item in meeting.walk_items():
            self._fill_item(item, meeting)
        return meeting

    def _fill_item(self, item: Item, meeting: Meeting) -> None:
        rng = self.rng
        if item.kind == KIND_BROUGHT_FORWARD and not item.brought_forward:
            item.items = self._brought_forward(item.number, meeting.date)
        elif item.kind == KIND_HOLDING_TO_ACCOUNT and item.number != "4":
            self._holding_to_account(item, meeting)
        elif item.number == "2":
            item.blocks = [Block("bullet", self.fill("RISKS")) for _ in range(rng.randrange(2, 6))]
            if rng.random() < 0.2:
                item.blocks[-1].restricted = True
                item.blocks[-1].restricted_reason = "operationally sensitive"
        elif item.number == "3":
            item.blocks = [
                Block("paragraph", self.fill("UPDATES")) for _ in range(rng.randrange(1, 3))
            ]
        elif item.number == "4b":
            item.blocks = [Block("paragraph", "No items on the agenda.")]
        elif item.number == "4c":
            item.blocks = [Block("paragraph", self.fill("HMIC"))]
        elif item.number == "5":
            item.blocks = [Block("paragraph", self.fill("AOB"))]

    def _brought_forward(self, section: str, today: dt.date) -> list[Item]:
        items, still_open = [], []
        for n, (raised, subject, action) in enumerate(self.open, start=1):
            discharged = self.rng.random() < 0.55
            decision = "discharged" if discharged else "carried forward"
            text = self.fill("BF_UPDATES")
            items.append(
                Item(
                    number=f"{section}.{n}",
                    heading=f"Action arising from the {month_year(raised)} meeting",
                    kind=KIND_BROUGHT_FORWARD,
                    brought_forward=BroughtForward(
                        raised, subject, action.text, action.owner, decision, action.id
                    ),
                    blocks=[Block("subheading", "Update"), Block("paragraph", text)],
                )
            )
            if discharged:
                action.status = "discharged"
            else:
                still_open.append((raised, subject, action))
        self.open = still_open
        return items

    def _holding_to_account(self, item: Item, meeting: Meeting) -> None:
        rng = self.rng
        topic, subject = rng.choice(prose.TOPICS)
        place = rng.choice(prose.PLACES)
        item.topic = topic.format(place=place)
        item.blocks = []
        for n in range(1, rng.randrange(2, 5)):
            findings = [Block("subheading", "Findings:")] + [
                Block("bullet", self.fill("FINDINGS", place=place, subject=subject))
                for _ in range(rng.randrange(1, 5))
            ]
            question = self.fill("QUESTIONS", place=place, subject=subject)
            item.blocks.append(Block("question", question, number=str(n), findings=findings))
        present = [p.role for p in meeting.people if p.attendance == "present" and p.role != "PCC"]
        due = meeting.next_meeting.date if meeting.next_meeting else None
        for wording in rng.sample(prose.ACTIONS, rng.randrange(0, 4)):
            text = wording.format(place=place, subject=subject)
            action = Action(text, rng.choice(present), due)
            item.actions.append(action)
            self.open.append((meeting.date, item.topic, action))


def fill_demo(archive: Archive, meetings: int = 24, seed: int = 2031) -> int:
    """Add ``meetings`` fictional monthly meetings, the newest this month or next;
    returns how many were added."""
    from minutetaker.resources import load_agenda

    template = load_agenda("monthly-assurance")
    writer = _Writer(random.Random(seed))
    today = dt.date.today()
    year, month = _add_months(today.year, today.month, -(meetings - 1))
    batch: list[Meeting] = []
    for _ in range(meetings):
        date = third_tuesday(year, month)
        year, month = _add_months(year, month, 1)
        batch.append(writer.meeting(template, date, third_tuesday(year, month)))
        if len(batch) == BATCH:
            archive.import_meetings(batch)
            batch = []
    if batch:
        archive.import_meetings(batch)
    # The force and its towns, as a real office would have put them in its
    # dictionary, so that the spell check flags none of them.
    for word in office_words():
        archive.words.add(word)
    return meetings


def office_words() -> list[str]:
    """The words of the invented force the demo's office dictionary holds."""
    words = {"Northshire"}
    for place in prose.PLACES:
        words.update(place.split())
    return sorted(words)
