"""Walk a meeting into the rows and paragraphs of the notes, knowing nothing of Word.

The walker decides *what* stands where (which row, which column, in which order,
with which wording); :mod:`minutetaker.export.tables` decides how it looks. The
two meet in the small :class:`Para` and :class:`Row` records below, so the order
of the notes can be tested without opening a document, and the look can change
without touching the order.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass, field

from minutetaker.domain.dates import MONTHS, meeting_when, month_year, next_meeting_when
from minutetaker.domain.house_format import heading_key, is_label, restricted_label
from minutetaker.domain.model import KIND_NEXT_MEETING, Block, Item, Meeting, Person
from minutetaker.domain.text import clean_line, clean_text
from minutetaker.export.house_style import HouseStyle

# Kinds of paragraph the renderer knows.
HEADING1 = "heading1"
HEADING2 = "heading2"
TEXT = "text"
BULLET = "bullet"
SUBHEADING = "subheading"
QUESTION = "question"
TOPIC = "topic"
LABELLED = "labelled"  # a bold label, then plain text
WITHHELD = "withheld"
RESTRICTED = "restricted"  # the full version's "Not for publication: REASON" above a part


@dataclass
class Para:
    kind: str
    text: str
    label: str = ""  # LABELLED: the bold lead-in; QUESTION: the question's number
    generated: bool = False  # a house label the export added, not one of the notes


@dataclass
class Row:
    number: str
    paras: list[Para] = field(default_factory=list)
    action: str = ""  # exactly what stands in the ACTION column
    header: bool = False


def title_text(meeting: Meeting, style: HouseStyle) -> str:
    """``Monthly Assurance Meeting August 2017 – Meeting Notes``."""
    return style.title_pattern.format(
        title=clean_line(meeting.title).strip(), month_year=month_year(meeting.date)
    ).strip()


def details(meeting: Meeting, style: HouseStyle) -> list[tuple[str, str]]:
    """The labelled lines under the title; lines with nothing to say are left out."""
    taker = meeting.minute_taker
    minutes = ", ".join(
        part
        for part in (clean_line(taker.name).strip(), clean_line(taker.capacity).strip())
        if part
    )
    lines = [
        (style.label_date, meeting_when(meeting.date, meeting.time)),
        (style.label_chair, clean_line(meeting.chair).strip()),
        (style.label_minutes, minutes),
        (style.label_venue, clean_line(meeting.venue).strip()),
    ]
    return [(label, value) for label, value in lines if value]


def attendance_rows(meeting: Meeting, style: HouseStyle) -> list[tuple[str, str, str]]:
    """Rows of the attendance table, its heading row first.

    Those present, then those who sent apologies; people marked absent are not
    listed (the house format has a place for neither).
    """
    rows = [("", style.label_name, style.label_capacity)]
    for attendance, label in (
        ("present", style.label_attendance),
        ("apologies", style.label_apologies),
    ):
        group: list[Person] = [p for p in meeting.people if p.attendance == attendance]
        for index, person in enumerate(group):
            rows.append(
                (
                    label if index == 0 else "",
                    clean_line(person.name).strip(),
                    clean_line(person.capacity_with_role()).strip(),
                )
            )
    return rows if len(rows) > 1 else []


def minutes_rows(meeting: Meeting, style: HouseStyle, *, public: bool = False) -> Iterator[Row]:
    """Every row of the minutes table, the repeating ACTION heading row first."""
    yield Row("", [], style.action_heading, header=True)
    for item in meeting.items:
        yield from _item_rows(meeting, item, 0, style, public)


def _item_rows(
    meeting: Meeting, item: Item, depth: int, style: HouseStyle, public: bool
) -> Iterator[Row]:
    number = clean_line(item.number).strip()
    if public and item.restricted:
        yield Row(number, [Para(WITHHELD, style.withheld_item_text)])
        return
    kind = HEADING1 if depth == 0 else HEADING2
    paras: list[Para] = []
    if item.restricted:  # the full version: said above the item, over its heading
        paras.append(Para(RESTRICTED, restricted_label(clean_line(item.restricted_reason))))
    if item.brought_forward is not None:
        paras.extend(_brought_forward(item, kind, style, public))
    else:
        heading = clean_line(item.heading).strip()
        if style.headings_in_capitals:
            heading = heading.upper()
        paras.append(Para(kind, heading))
        if item.topic.strip():
            paras.append(Para(TOPIC, clean_line(item.topic).strip()))
        blocks = item.blocks
        if item.kind == KIND_NEXT_MEETING:
            when = _next_meeting(meeting, style)
            paras.append(Para(TEXT, when))
            yield Row(number, paras, style.next_meeting_owner)
            paras = []
            number = ""
            # A note that only repeats the generated line is not printed twice.
            blocks = [b for b in blocks if not repeats_next_meeting(meeting, b, style)]
        paras.extend(_blocks(blocks, public, style))
    if paras:
        yield Row(number, paras)
    for action in item.actions:
        yield Row("", [Para(TEXT, clean_text(action.text))], clean_line(action.owner).strip())
    for child in item.items:
        yield from _item_rows(meeting, child, depth + 1, style, public)


def action_summary(
    meeting: Meeting, style: HouseStyle, *, public: bool = False
) -> list[tuple[str, str, str, str]]:
    """Rows of the summary of actions arising, its heading row first; ``[]`` when none.

    One row per action raised at this meeting, in agenda order: its number
    (``4a.1``, ``4a.2`` by default, see ``summary_number_pattern``), its text,
    exactly its owner's code, and its due date (``15 April 2031``) or the
    house style's wording for none. Brought-forward records are not actions
    raised here, nor is the date of the next meeting; an action with no text
    has nothing to print and is left out. In the public version actions under
    a restricted item are skipped here too, behind the redaction in
    :mod:`minutetaker.export.public` (two guards, as for the minutes).
    """
    hidden: set[int] = set()
    if public:
        hidden = {
            id(node) for item in meeting.walk_items() if item.restricted for node in item.walk()
        }
    rows = [style.summary_labels]
    per_item: dict[str, int] = {}
    for item, action in meeting.actions():
        text = clean_text(action.text).strip()
        if id(item) in hidden or not text:
            continue
        running = len(rows)
        number = clean_line(item.number).strip().rstrip(".")
        if number:
            index = per_item[number] = per_item.get(number, 0) + 1
            label = style.summary_number_pattern.format(item=number, index=index, running=running)
        else:
            label = str(running)
        due = uk_date(action.due) if action.due is not None else style.summary_no_due
        rows.append((label, text, clean_line(action.owner).strip(), due))
    return rows if len(rows) > 1 else []


def uk_date(day: dt.date) -> str:
    """``15 April 2031``: no weekday, no leading zero, English whatever the locale."""
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def _next_meeting(meeting: Meeting, style: HouseStyle) -> str:
    following = meeting.next_meeting
    if following is None or following.date is None:
        return style.next_meeting_unknown
    return next_meeting_when(following.date, following.time)


def _brought_forward(item: Item, kind: str, style: HouseStyle, public: bool) -> list[Para]:
    record = item.brought_forward
    assert record is not None
    number = clean_line(item.number).strip()
    if record.from_date is not None:
        origin = style.brought_forward_pattern.format(
            number=number, month_year=month_year(record.from_date)
        )
    else:
        origin = style.brought_forward_undated.format(number=number)
    paras = [Para(kind, origin)]
    if record.subject.strip():
        paras.append(Para(TOPIC, clean_line(record.subject).strip()))
    if record.action.strip():
        paras.append(Para(TEXT, clean_text(record.action)))
    if record.owner.strip():
        paras.append(Para(LABELLED, clean_line(record.owner).strip(), style.label_owner))
    blocks = _blocks(item.blocks, public, style)
    if blocks:
        first = blocks[0]
        said_update = first.kind == SUBHEADING and is_label(first.text, style.label_update)
        if not said_update:
            paras.append(Para(SUBHEADING, style.label_update, generated=True))
        paras.extend(blocks)
    decision = style.decisions.get(record.decision, clean_line(record.decision))
    if decision:
        paras.append(Para(LABELLED, decision, style.label_decision))
    return paras


def repeats_next_meeting(meeting: Meeting, block: Block, style: HouseStyle | None = None) -> bool:
    """Whether ``block``, a note under the date of the next meeting, only repeats
    the line the export prints there (and so is left out of the document)."""
    when = _next_meeting(meeting, style or HouseStyle())
    return block.type != "question" and _same_line(block.text, when)


def _same_line(text: str, generated: str) -> bool:
    """Whether a note says no more than the generated line (case, spaces and a
    closing full stop aside)."""
    return heading_key(text) == heading_key(generated) and bool(heading_key(text))


def _blocks(blocks: list[Block], public: bool, style: HouseStyle) -> list[Para]:
    paras: list[Para] = []
    for block in blocks:
        if public and block.restricted:
            continue
        if block.restricted:  # the full version shows what the public one leaves out
            paras.append(Para(RESTRICTED, restricted_label(clean_line(block.restricted_reason))))
        if block.type == "question":
            paras.append(Para(QUESTION, clean_text(block.text), clean_line(block.number).strip()))
            findings = _blocks(block.findings, public, style)
            labelled = _starts_with_label(block.findings, public, style.label_findings)
            if findings and not labelled:
                paras.append(Para(SUBHEADING, style.label_findings, generated=True))
            paras.extend(findings)
        elif block.type == "bullet":
            paras.append(Para(BULLET, clean_text(block.text)))
        elif block.type == "subheading":
            paras.append(Para(SUBHEADING, clean_line(block.text).strip()))
        else:
            paras.append(Para(TEXT, clean_text(block.text)))
    return paras


def _starts_with_label(findings: list[Block], public: bool, label: str) -> bool:
    """Whether the findings (as this version shows them) begin with the label."""
    shown = [b for b in findings if not (public and b.restricted)]
    return bool(shown) and shown[0].type == "subheading" and is_label(shown[0].text, label)
