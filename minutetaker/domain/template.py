"""Agenda templates: the fixed agenda a kind of meeting follows, read from data.

A template is a TOML file (see ``resources/templates/``). Adding an agenda is
adding a file; nothing here knows any particular agenda.
"""

from __future__ import annotations

import datetime as dt
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from minutetaker.domain.model import ITEM_KINDS, KIND_NOTES, Item, Meeting, NextMeeting


class TemplateError(ValueError):
    """A template file that cannot be used; the message says which and why."""


@dataclass
class Section:
    number: str
    heading: str
    kind: str = KIND_NOTES
    items: list[Section] = field(default_factory=list)

    def to_item(self) -> Item:
        return Item(
            number=self.number,
            heading=self.heading,
            kind=self.kind,
            items=[child.to_item() for child in self.items],
        )

    def walk(self):
        yield self
        for child in self.items:
            yield from child.walk()


@dataclass
class AgendaTemplate:
    name: str
    title: str
    sections: list[Section]
    time: str = ""
    marking: str = ""

    def new_meeting(self, date: dt.date) -> Meeting:
        """An empty meeting on ``date`` with this agenda."""
        return Meeting(
            title=self.title,
            date=date,
            template=self.name,
            time=self.time,
            marking=self.marking,
            items=[section.to_item() for section in self.sections],
            next_meeting=NextMeeting(),
        )

    def kind_of(self, number: str) -> str | None:
        """The kind of the section numbered ``number``, if the agenda has one."""
        for section in self.sections:
            for part in section.walk():
                if part.number == number:
                    return part.kind
        return None


def _section(raw: dict, where: str, source: str) -> Section:
    try:
        number = str(raw["number"])
        heading = str(raw["heading"])
    except KeyError as missing:
        raise TemplateError(f"{source}: {where} has no {missing.args[0]}") from None
    kind = raw.get("kind", KIND_NOTES)
    if kind not in ITEM_KINDS:
        raise TemplateError(
            f"{source}: {where}.kind is {kind!r}; expected one of {', '.join(ITEM_KINDS)}"
        )
    children = [
        _section(child, f"{where}.items[{i}]", source)
        for i, child in enumerate(raw.get("items", []))
    ]
    return Section(number=number, heading=heading, kind=kind, items=children)


def parse_template(text: str, source: str = "template") -> AgendaTemplate:
    try:
        raw = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise TemplateError(f"{source}: not valid TOML ({error})") from None
    sections = [
        _section(part, f"section[{i}]", source) for i, part in enumerate(raw.get("section", []))
    ]
    if not sections:
        raise TemplateError(f"{source}: the agenda has no sections")
    return AgendaTemplate(
        name=str(raw.get("name", "")) or source,
        title=str(raw.get("title", "Meeting")),
        sections=sections,
        time=str(raw.get("time", "")),
        marking=str(raw.get("marking", "")),
    )


def load_template(path: Path) -> AgendaTemplate:
    return parse_template(path.read_text(encoding="utf-8"), source=path.stem)


def assign_kinds(meeting: Meeting, template: AgendaTemplate | None) -> None:
    """Give every item of ``meeting`` its kind: from the agenda where it has the
    item's number, else from what the item holds (a file imported from
    elsewhere carries no kinds)."""
    from minutetaker.domain.model import (
        KIND_BROUGHT_FORWARD,
        KIND_HOLDING_TO_ACCOUNT,
        KIND_NEXT_MEETING,
    )

    for item in meeting.walk_items():
        kind = template.kind_of(item.number) if template else None
        heading = item.heading.casefold()
        if kind == KIND_NEXT_MEETING and "next meeting" not in heading:
            kind = None  # another agenda's item at that number ("Operation … update")
        if item.brought_forward is not None or "brought forward" in heading:
            kind = KIND_BROUGHT_FORWARD
        elif kind is None and "next meeting" in heading:
            kind = KIND_NEXT_MEETING
        elif kind is None and (item.topic or any(b.type == "question" for b in item.blocks)):
            kind = KIND_HOLDING_TO_ACCOUNT
        item.kind = kind or KIND_NOTES
