"""Word minutes read into a meeting: the one entry point of the reader.

:func:`read_word_minutes` opens a .docx (refusing a bad file with one sentence),
finds its opening block and minutes table, cuts the minutes into the agenda's
items and makes each item's lines into blocks, questions, brought-forward records
and actions. The result, :class:`Recognised`, holds the meeting, every paragraph
that could not be placed (kept in the notes of the item it stands in), what was
inferred, and where each paragraph of the document went.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from minutetaker.domain import house_format as words
from minutetaker.domain.compare import similarity
from minutetaker.domain.model import (
    STATE_AGREED,
    Action,
    Block,
    Meeting,
    MinuteTaker,
    NextMeeting,
)
from minutetaker.domain.template import AgendaTemplate
from minutetaker.domain.written_dates import find_date
from minutetaker.wordimport.agenda import Agenda
from minutetaker.wordimport.document import WordDocument, read_document
from minutetaker.wordimport.errors import WordImportError
from minutetaker.wordimport.items import Segmenter
from minutetaker.wordimport.layout import SummaryRow
from minutetaker.wordimport.notes import Context, Placement, Unplaced, build_items
from minutetaker.wordimport.opening import read_opening
from minutetaker.wordimport.owners import Owners
from minutetaker.wordimport.tabbed import find_minutes

DEFAULT_TEMPLATE = "monthly-assurance"


@dataclass
class Recognised:
    """A document read as minutes."""

    source: str
    meeting: Meeting
    unplaced: list[Unplaced] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # what was inferred, said in the report
    placements: list[Placement] = field(default_factory=list)
    document: WordDocument | None = None
    explicit_no_due: set[int] = field(default_factory=set)  # id() of actions due "Next meeting"


def read_word_minutes(
    path: Path, template: AgendaTemplate | None = None, *, source: str | None = None
) -> Recognised:
    """The meeting in the Word minutes at ``path``; raises WordImportError (one
    sentence naming the file) when the file is no such thing."""
    document = read_document(Path(path), source)
    try:
        return recognise(document, template, file_name=Path(path).name)
    except WordImportError:
        raise
    except Exception as error:  # a layout the reader did not foresee: a sentence, not a trace
        raise WordImportError(
            document.source,
            f"the document could not be read as minutes ({type(error).__name__}: {error})",
            "please send the file to whoever supports minutetaker, or type these minutes in",
        ) from error


def recognise(
    document: WordDocument, template: AgendaTemplate | None = None, *, file_name: str = ""
) -> Recognised:
    source = document.source
    if not any(p.text.strip() for p in document.paragraphs()):
        raise WordImportError(
            source, "the document has no text in it", "check that this is the right file"
        )
    chosen = template
    if chosen is None:
        first = next((p.text for p in document.paragraphs() if p.text.strip()), "")
        chosen = _template_for(first or document.title)
    agenda = Agenda(chosen)
    layout = find_minutes(document, agenda.keys)
    if not layout.found_minutes:
        raise WordImportError(
            source,
            "no minutes table was found (the house format keeps the minutes in a table of "
            "item number, notes and ACTION)",
            "put the minutes in such a table, or check that this is the right file",
        )
    opening = read_opening(layout.opening, document.headers, document.header_tables)
    if template is None:  # the title, found, names the agenda better than the first line
        by_title = _template_for(opening.title or document.title)
        if by_title is not None and (chosen is None or by_title.name != chosen.name):
            chosen = by_title
            agenda = Agenda(chosen)
            layout = find_minutes(document, agenda.keys)
            opening = read_opening(layout.opening, document.headers, document.header_tables)
    template = chosen
    if template is not None and words.heading_key(template.title) == words.heading_key(
        opening.title
    ):
        opening.title = template.title  # "MONTHLY ASSURANCE MEETING" as the agenda spells it
    date, time, date_note = _meeting_date(opening, document, file_name)
    if date is None:
        raise WordImportError(
            source,
            "the date of the meeting was not found",
            "add a line such as 'Date: Tuesday 22 August 2017' under the title and import again",
        )
    segmenter = Segmenter(agenda, Owners(opening.people))
    for unit in layout.units:
        segmenter.add(unit)
    drafts = segmenter.finish()
    if opening.unplaced:
        if drafts:
            drafts[0].lines[:0] = opening.unplaced
        else:
            raise WordImportError(source, "no agenda item was found in the minutes table")
    context = Context(meeting_date=date)
    if date_note:
        context.notes.append(date_note)
    pending = document.pending_changes()
    if pending:
        context.notes.append(
            f"tracked changes not yet accepted or rejected, in {pending} "
            f"{'place' if pending == 1 else 'places'}: read as if every change were "
            "accepted (struck words left out); to reject some, do so in Word and import again"
        )
    items = build_items(drafts, context)
    name, capacity = opening.minute_taker
    meeting = Meeting(
        title=opening.title or document.title or (template.title if template else "Meeting"),
        date=date,
        template=template.name if template else DEFAULT_TEMPLATE,
        time=time,
        venue=opening.venue,
        chair=opening.chair,
        minute_taker=MinuteTaker(name, capacity),
        marking=opening.marking,
        people=opening.people,
        items=items,
        next_meeting=context.next_meeting or NextMeeting(),
        state=STATE_AGREED,
    )
    recognised = Recognised(
        source=source,
        meeting=meeting,
        unplaced=context.unplaced,
        notes=context.notes,
        placements=context.placements,
        document=document,
    )
    _due_dates(recognised, layout.summary, context)
    recognised.placements[:0] = [Placement(p, "", "details") for p in opening.used] + [
        Placement(p, "", "header or footer") for p in document.headers
    ]
    recognised.placements += [Placement(p, n, role) for p, n, role in segmenter.structure]
    recognised.placements += [Placement(p, "", "summary") for p in layout.summary_heading]
    return recognised


def _template_for(title: str) -> AgendaTemplate | None:
    from minutetaker.resources import load_agenda, template_names

    wanted = words.heading_key(title)
    chosen = None
    for name in template_names():
        try:
            template = load_agenda(name)
        except ValueError:
            continue
        if words.heading_key(template.title) == wanted:
            return template
        if name == DEFAULT_TEMPLATE:
            chosen = template
    return chosen


def _meeting_date(opening, document: WordDocument, file_name: str):
    """(date, time, note) from the Date line; else the title's month; else the file name."""
    if opening.date is not None:
        return opening.date, opening.time, ""
    if opening.title_month is not None:
        day = opening.title_month
        return (
            day,
            opening.time,
            f"No date line: the meeting is taken to be on {day.day} {words.month_year(day)}, "
            "from the title's month (correct it in the window if it was another day).",
        )
    found = find_date(file_name.replace("_", " ")) if file_name else None
    if found is not None:
        return found.date, opening.time, "No date line: the date was taken from the file's name."
    return None, "", ""


def _due_dates(recognised: Recognised, summary: list[SummaryRow], context: Context) -> None:
    """Due dates from the summary of actions arising where the document has one
    (minutetaker's export), else the next meeting's date for an action with none."""
    meeting = recognised.meeting
    following = meeting.next_meeting.date if meeting.next_meeting else None
    pending = list(meeting.actions())
    matched: set[int] = set()
    for row in summary:
        key = (words.heading_key(row.text), words.plain(row.owner).strip())
        found = next(
            (
                (item, action)
                for item, action in pending
                if id(action) not in matched
                and (words.heading_key(action.text), action.owner) == key
            ),
            None,
        )
        for paragraph in row.paragraphs:
            recognised.placements.append(Placement(paragraph, "", "summary of actions"))
        if found is None:
            found = _action_without_owner(meeting, row)
        if found is None:
            found = _action_numbered(meeting, row, matched)
        if found is None:
            if row.text.strip() and not _withheld_already(meeting, row):
                _keep_summary_row(recognised, row)
            continue
        _item, action = found
        matched.add(id(action))
        if words.plain(row.due).strip().casefold() == words.SUMMARY_NO_DUE.casefold():
            action.due = None
            recognised.explicit_no_due.add(id(action))
        else:
            written = find_date(row.due)
            if written is not None:
                action.due = written.date
        context.due_written.add(id(action))
    for _item, action in meeting.actions():
        if id(action) not in context.due_written and action.due is None and action.text:
            action.due = following


_SUMMARY_NUMBER = re.compile(r"^\s*(\S+?)\.(\d+)\s*$")


def _action_numbered(meeting: Meeting, row: SummaryRow, matched: set[int]):
    """The action the row's number names ("4a.2": the second action of item 4a)
    when its words are much the same: the minutes' action was edited and the
    summary, which repeats it, was not (a reviewer corrects an action where it
    stands). Its due date is still the summary's; its words are the minutes'."""
    number = _SUMMARY_NUMBER.match(row.number)
    item = meeting.find_item(number.group(1)) if number else None
    if number is None or item is None:
        return None
    actions = [action for action in item.actions if action.text.strip()]
    index = int(number.group(2)) - 1
    if not 0 <= index < len(actions) or id(actions[index]) in matched:
        return None
    action = actions[index]
    if similarity(words.plain(row.text), action.text) < 0.5:
        return None
    return item, action


def _action_without_owner(meeting: Meeting, row: SummaryRow):
    """An action whose ACTION cell was left empty reads as a paragraph of its item;
    the summary, which lists it, says it is an action: it becomes one again."""
    key = words.heading_key(row.text)
    prefix = re.sub(r"\.\d+$", "", row.number.strip())
    for item in meeting.walk_items():
        if prefix and item.number != prefix:
            continue
        for n in range(len(item.blocks) - 1, -1, -1):
            block = item.blocks[n]
            if block.type == "paragraph" and key and words.heading_key(block.text) == key:
                del item.blocks[n]
                action = Action(block.text, words.plain(row.owner).strip())
                item.actions.append(action)
                return item, action
    return None


def _withheld_already(meeting: Meeting, row: SummaryRow) -> bool:
    """The summary's row of an action the minutes hold as a paragraph not for
    publication ("… (action for CC)", blocks.withheld_action): it is there already,
    withheld; kept again from the summary it would stand as a public paragraph."""
    key = words.heading_key(row.text)
    if not key:
        return False
    return any(
        part.restricted and words.heading_key(part.text).startswith(key)
        for item in meeting.walk_items()
        for block in item.blocks
        for part in block.walk()
    )


def _keep_summary_row(recognised: Recognised, row: SummaryRow) -> None:
    """A row of the summary that matches no action in the minutes: kept as a line of
    the item its number names (or the last item), and listed."""
    meeting = recognised.meeting
    prefix = re.sub(r"\.\d+$", "", row.number.strip())
    target = meeting.find_item(prefix) or (meeting.items[-1] if meeting.items else None)
    if target is None:
        return
    text = " – ".join(part for part in (row.number, row.text, row.owner, row.due) if part.strip())
    target.blocks.append(Block("paragraph", text))
    recognised.unplaced.append(
        Unplaced(target.number, text, "in the summary of actions, but not in the minutes")
    )
