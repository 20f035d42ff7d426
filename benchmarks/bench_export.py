"""Word export: a 40-page meeting in the house format, against python-docx writing
the same paragraphs and rows with no house styling at all (the floor). Both end
with the summary of the meeting's 54 actions (two more pages).

Both write a real file in the same folder. The export also does everything the
floor leaves out: styles, header and footer with fields, properties, package
clean-up, a temporary file, fsync and an atomic rename.
"""

from __future__ import annotations

import datetime as dt
import tempfile
from pathlib import Path

import docx

from benchmarks.timing import measure, row
from minutetaker.domain.model import (
    KIND_NEXT_MEETING,
    Action,
    Block,
    Item,
    Meeting,
    MinuteTaker,
    NextMeeting,
    Person,
)
from minutetaker.export import HOUSE_STYLE, export_docx
from minutetaker.export.walker import (
    action_summary,
    attendance_rows,
    details,
    minutes_rows,
    title_text,
)

SENTENCE = (
    "The Chief Constable explained that neighbourhood teams in Eastport had been "
    "strengthened and that partners in the Northshire community safety partnership "
    "were sharing data on repeat locations every week."
)


def forty_pages() -> Meeting:
    """A fictional Northshire meeting that renders to about 40 A4 pages."""
    items = []
    for s in range(1, 19):
        children = []
        for c in range(3):
            blocks = [Block("paragraph", SENTENCE)]
            blocks += [Block("bullet", f"Point {b}: {SENTENCE}") for b in range(1, 6)]
            blocks.append(Block("subheading", "Findings:"))
            blocks.append(
                Block(
                    "question",
                    SENTENCE,
                    str(c + 1),
                    findings=[Block("bullet", SENTENCE), Block("paragraph", SENTENCE)],
                )
            )
            children.append(
                Item(
                    f"{s}{'abc'[c]}",
                    f"Topic {c + 1} of section {s}",
                    blocks=blocks,
                    actions=[Action(f"Report back on topic {c + 1}.", "CC")],
                )
            )
        items.append(Item(str(s), f"Section {s}", items=children))
    items.append(Item("19", "Date of next meeting", kind=KIND_NEXT_MEETING))
    return Meeting(
        title="Monthly Assurance Meeting",
        date=dt.date(2031, 3, 18),
        time="10:30",
        venue="Conference Room 2, Force Headquarters, Kingsford",
        chair="Alex Marsh",
        minute_taker=MinuteTaker("Sam Petrie", "Policy Officer, OPCC"),
        marking="OFFICIAL",
        people=[
            Person("Alex Marsh", "Police and Crime Commissioner", "PCC"),
            Person("Dana Okafor", "Chief Constable", "CC"),
            Person("Priya Sandhu", "Deputy Chief Constable", "DCC", "apologies"),
        ],
        items=items,
        next_meeting=NextMeeting(dt.date(2031, 4, 15), "10:30"),
    )


def _floor_writer(meeting: Meeting, path: Path):
    """python-docx, plainly: the same paragraphs and rows, no styles, no fields."""
    title = title_text(meeting, HOUSE_STYLE)
    lines = [f"{label} {value}" for label, value in details(meeting, HOUSE_STYLE)]
    people = attendance_rows(meeting, HOUSE_STYLE)
    rows = [
        (r.number, [p.text for p in r.paras], r.action) for r in minutes_rows(meeting, HOUSE_STYLE)
    ]
    summary = action_summary(meeting, HOUSE_STYLE)

    def write() -> None:
        document = docx.Document()
        document.add_paragraph(title)
        for line in lines:
            document.add_paragraph(line)
        table = document.add_table(rows=0, cols=3)
        for values in people:
            cells = table.add_row().cells
            for cell, value in zip(cells, values, strict=True):
                cell.text = value
        table = document.add_table(rows=0, cols=3)
        for number, texts, action in rows:
            cells = table.add_row().cells
            cells[0].text = number
            notes = cells[1]
            for index, text in enumerate(texts):
                if index == 0:
                    notes.paragraphs[0].text = text
                else:
                    notes.add_paragraph(text)
            cells[2].text = action
        if summary:  # the summary of actions arising, on a page of its own
            document.add_page_break()
            document.add_paragraph(HOUSE_STYLE.summary_heading)
            table = document.add_table(rows=0, cols=4)
            for values in summary:
                cells = table.add_row().cells
                for cell, value in zip(cells, values, strict=True):
                    cell.text = value
        document.save(str(path))

    return write


def run() -> list[dict]:
    meeting = forty_pages()
    with tempfile.TemporaryDirectory() as folder:
        target = Path(folder) / "notes.docx"
        times = measure(lambda: export_docx(meeting, target), repeat=15)
        public = measure(lambda: export_docx(meeting, target, public=True), repeat=15)
        floor = measure(_floor_writer(meeting, Path(folder) / "floor.docx"), repeat=15)
    bare = "python-docx, same paragraphs and rows, no house styling"
    return [
        row("Word export, 40-page meeting (full)", times, bare, floor),
        row("Word export, 40-page meeting (public + log)", public, bare, floor),
    ]


if __name__ == "__main__":
    for result in run():
        print(result)
