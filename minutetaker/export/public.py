"""The public version: what is withheld, and the record of why.

:func:`redact` returns a copy of the meeting from which everything restricted
has been removed, so that no later step (the walker, the properties, a future
format) can let a withheld word through by mistake. An item withheld whole keeps
only its number, so that its row can say the item is not for publication; its
heading goes too, since a heading can say too much ("Complaint against the
Chief Constable"). The reasons given for withholding are not published: they
go to the redaction log, which stays with the office.
"""

from __future__ import annotations

import copy
import datetime as dt
from dataclasses import dataclass, field

from minutetaker.domain.dates import long_date
from minutetaker.domain.model import Block, Item, Meeting, MinuteTaker
from minutetaker.domain.reasons import describe_reason
from minutetaker.domain.text import clean_line
from minutetaker.domain.units import block_name

_EXCERPT_WORDS = 8


@dataclass
class Redaction:
    meeting: Meeting
    withheld: list[str] = field(default_factory=list)


def redact(meeting: Meeting) -> Redaction:
    """A deep copy of ``meeting`` fit for publication, and what was withheld."""
    public = copy.deepcopy(meeting)
    public.marking = ""
    # The minute taker stays as a name and capacity; nothing else personal is kept.
    public.minute_taker = MinuteTaker(meeting.minute_taker.name, meeting.minute_taker.capacity)
    withheld: list[str] = []
    public.items = [_redact_item(item, withheld) for item in public.items]
    return Redaction(public, withheld)


def _why(reason: str) -> str:
    reason = describe_reason(reason).rstrip(".")
    return reason if reason else "marked not for publication"


def _excerpt(text: str) -> str:
    words = clean_line(text).split()
    short = " ".join(words[:_EXCERPT_WORDS])
    return f"“{short}…”" if len(words) > _EXCERPT_WORDS else f"“{short}”"


def _redact_item(item: Item, withheld: list[str]) -> Item:
    number = clean_line(item.number).strip()
    if item.restricted:
        withheld.append(
            f"Item {number} ({clean_line(item.heading).strip()}) withheld whole: "
            f"{_why(item.restricted_reason)}."
        )
        return Item(number=item.number, heading="", restricted=True, kind=item.kind)
    item.blocks = _redact_blocks(item.blocks, number, withheld)
    item.items = [_redact_item(child, withheld) for child in item.items]
    return item


def _redact_blocks(
    blocks: list[Block], number: str, withheld: list[str], question: Block | None = None
) -> list[Block]:
    kept: list[Block] = []
    for block in blocks:
        if block.restricted:
            # named as the corrections list names it: "a finding of question 2"
            what = clean_line(block_name(block, question)).strip()
            if block.type != "question" or not block.number.strip():
                what = f"a {what}"  # ("question 3" needs none)
            if block.findings:
                what += " and its findings"
            withheld.append(
                f"Item {number}: {what} withheld, {_excerpt(block.text)}: "
                f"{_why(block.restricted_reason)}."
            )
            continue
        block.findings = _redact_blocks(block.findings, number, withheld, block)
        kept.append(block)
    return kept


def redaction_log(
    meeting: Meeting, withheld: list[str], docx_name: str, when: dt.datetime | None = None
) -> str:
    """The text of the redaction log kept beside the public version."""
    when = when or dt.datetime.now().astimezone()
    lines = [
        "Redaction log",
        "",
        f"Meeting: {clean_line(meeting.title).strip()}, {long_date(meeting.date)}",
        f"Public version: {docx_name}",
        f"Exported: {when.strftime('%d/%m/%Y %H:%M')}",
    ]
    if meeting.marking:
        lines.append(f"Protective marking left off: {meeting.marking}")
    lines.append("")
    if withheld:
        lines.append("Withheld from the public version:")
        lines.extend(f"- {line}" for line in withheld)
    else:
        lines.append("Nothing was withheld from the public version.")
    lines.append("")
    lines.append("This log is for the office's records. Do not publish it.")
    return "\n".join(lines) + "\n"
