"""An item's lines made into the meeting's parts: blocks, questions with their
findings, a brought-forward record, actions and the date of the next meeting.

What the house format says, read back: bullets (Word's or typed), bold lines as
sub-headings, "Not for publication: REASON" above what it restricts, questions
typed as ``1. …`` with their ``Findings:``, ``Actions arising`` and the rows with
an owner's code. A line the reader cannot place stays a paragraph of the item
it stands in and is listed in the report; nothing is dropped.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from minutetaker.domain import house_format as words
from minutetaker.domain.dates import next_meeting_when
from minutetaker.domain.model import (
    KIND_BROUGHT_FORWARD,
    KIND_HOLDING_TO_ACCOUNT,
    KIND_NEXT_MEETING,
    Action,
    Block,
    BroughtForward,
    Item,
    NextMeeting,
)
from minutetaker.domain.written_dates import find_date, find_time
from minutetaker.wordimport.items import Draft
from minutetaker.wordimport.lines import (
    SHORT,
    Line,
    is_bullet,
    is_house_label,
    is_known_label,
    is_numbered,
    is_unfinished,
    looks_like_subheading,
    split_run_on_questions,
    starts_lowercase,
    typed_number,
    without_bullet,
    without_number,
)
from minutetaker.wordimport.paragraphs import Paragraph

_EXPORTED_QUESTION = re.compile(r"^(?P<n>\d{1,3})[.)]?\t(?P<text>.*)$", re.DOTALL)
_DUE = re.compile(r"\b(?:by|due(?:\s+date)?|before|deadline)\s*[:\-]?\s*(?:the\s+)?", re.I)
_OWNER_LINE = re.compile(r"^\s*owner\s*:\s*(?P<owner>.+?)\s*$", re.I)
_DISCHARGED = re.compile(r"\bdischarged\b", re.I)
_NOT = re.compile(
    r"\b(?:not|n't|never|cannot|no\s+longer|until|once|if|yet\s+to\s+be)\W+(?:\w+\W+){0,2}$", re.I
)
_CARRIED = re.compile(
    r"\bcarried\s+forward\b|\bcarry\s+forward\b|\bc/f\b|\bremains?\s+open\b|\brolled\s+over\b"
    r"|\bbrought\s+back\b",
    re.I,
)
_BF_NUMBER = re.compile(r"\b\d+\.\d+\b")


@dataclass
class Placement:
    """Where a paragraph of the document went."""

    paragraph: Paragraph
    item: str  # the number of the item it went under ("" for the details)
    role: str  # heading, paragraph, bullet, question, finding, action, unplaced, …


@dataclass
class Unplaced:
    item: str
    text: str
    why: str


@dataclass
class Context:
    meeting_date: dt.date
    placements: list[Placement] = field(default_factory=list)
    unplaced: list[Unplaced] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # what was inferred, for the report
    next_meeting: NextMeeting | None = None
    due_written: set[int] = field(default_factory=set)  # id() of actions given a due date

    def place(self, line: Line, item: str, role: str) -> None:
        self.placements.append(Placement(line.para, item, role))
        if line.why:
            self.unplaced.append(Unplaced(item, line.stripped, line.why))


def build_items(drafts: list[Draft], context: Context) -> list[Item]:
    # The next meeting first: its date is the due date of actions with none written.
    for draft in (d for top in drafts for d in top.walk()):
        if draft.kind == KIND_NEXT_MEETING and context.next_meeting is None:
            context.next_meeting = _next_meeting(draft, context)
    items = [_item(draft, context) for draft in drafts]
    for item in items:
        if item.kind == KIND_BROUGHT_FORWARD and item.brought_forward is None:
            _infer_decisions(item, context)
    return items


def _item(draft: Draft, context: Context) -> Item:
    item = Item(
        number=draft.number,
        heading=draft.heading,
        kind=draft.kind,
        restricted=draft.restricted,
        restricted_reason=draft.reason,
    )
    if draft.bf_line is not None and draft.bf_line.text:
        context.place(draft.bf_line, draft.number, "brought forward")
    lines = _prepared(draft.lines, draft.number, context)
    if draft.kind == KIND_BROUGHT_FORWARD and draft.bf_line is not None:
        item.brought_forward = _record(draft, lines, item, context)
    elif draft.kind == KIND_NEXT_MEETING:
        lines = _next_meeting_lines(draft, lines, context)
        _blocks_and_actions(item, lines, context)
    elif draft.kind == KIND_HOLDING_TO_ACCOUNT and not draft.children:
        _holding_to_account(item, lines, context)
    elif any(_exported_question(line) for line in lines):
        # Questions as minutetaker prints them, under an item of another kind.
        _holding_to_account(item, lines, context, typed=False)
    else:
        _blocks_and_actions(item, lines, context)
    item.items = [_item(child, context) for child in draft.children]
    return item


# -- lines made ready ----------------------------------------------------------------


def _prepared(lines: list[Line], number: str, context: Context) -> list[Line]:
    """Empty lines dropped, labels the export added dropped, a line cut off mid
    sentence joined with the next, and "Not for publication" labels laid on what
    they stand above."""
    out: list[Line] = []
    label: Line | None = None
    for line in lines:
        if line.empty and not line.owners:
            continue
        if line.para.generated and is_known_label(line) and not line.owners:
            context.placements.append(Placement(line.para, number, "house label"))
            continue
        reason = words.parse_restricted_label(line.text)
        if reason is not None and not line.why:
            if label is not None:
                out.append(label.but(label.text))  # two labels in a row: keep the first
            label = line
            continue
        if label is not None:
            line.restricted, line.reason = True, words.parse_restricted_label(label.text) or ""
            context.placements.append(Placement(label.para, number, "not for publication"))
            label = None
        elif out and _continues(out[-1], line):
            out[-1] = out[-1].but(out[-1].text.rstrip() + " " + line.text.strip())
            out[-1].owners = out[-1].owners or line.owners
            context.placements.append(Placement(line.para, number, "continued"))
            continue
        out.append(line)
    if label is not None:
        label.why = label.why or "a 'Not for publication' label with nothing under it"
        out.append(label)
    return out


def _continues(before: Line, line: Line) -> bool:
    """A paragraph that carries on the sentence the one before it left unfinished
    (a line broken by pressing Enter, or by a page)."""
    return (
        before.column == line.column == "notes"
        and not before.owners
        and not line.why
        and not before.why
        and is_unfinished(before.text)
        and starts_lowercase(line.text)
        and not line.para.list_kind
        and not line.para.bold
        and not is_bullet(line)
        and before.restricted == line.restricted
        and len(before.text) > 20
    )


# -- blocks -----------------------------------------------------------------------------


def _block(line: Line, number: str, context: Context, role: str = "") -> Block:
    if line.why:
        block = Block("paragraph", line.stripped)
        role = "unplaced"
    elif is_bullet(line):
        block = Block("bullet", without_bullet(line.text))
        role = role or "bullet"
    elif looks_like_subheading(line) and not line.para.list_kind:
        block = Block("subheading", line.stripped)
        role = role or "subheading"
    else:
        block = Block("paragraph", line.stripped)
        role = role or "paragraph"
    block.restricted, block.restricted_reason = line.restricted, line.reason
    context.place(line, number, role)
    return block


def _action(line: Line, number: str, context: Context) -> Action:
    text = without_bullet(line.text)
    if typed_number(text):
        text = without_number(text)
    due = line.due
    if due is None:
        for cue in _DUE.finditer(text):
            found = find_date(text[cue.end() :], context.meeting_date.year)
            if found is not None and found.start == 0:
                due = found.date
                break
    action = Action(text.strip(), "/".join(line.owners), due)
    if due is not None:
        context.due_written.add(id(action))
    context.place(line, number, "action")
    return action


def _blocks_and_actions(item: Item, lines: list[Line], context: Context) -> None:
    for line in lines:
        if line.owners and not line.why:
            item.actions.append(_action(line, item.number, context))
        else:
            item.blocks.append(_block(line, item.number, context))


# -- holding to account: topic, questions and findings -----------------------------------


def _question_parts(line: Line) -> list[Line]:
    exported = _EXPORTED_QUESTION.match(line.text)
    if exported and line.para.bold:
        return [line]
    if not is_numbered(line):
        return [line]
    return [line.but(part) for part in split_run_on_questions(line.text)]


def _exported_question(line: Line) -> bool:
    """A question as minutetaker's export prints it: bold, its number, a tab."""
    return bool(_EXPORTED_QUESTION.match(line.text)) and line.para.bold


def _is_question(lines: list[Line], at: int, typed: bool = True) -> bool:
    line = lines[at]
    if line.owners or line.why or (is_bullet(line) and line.para.list_kind != "number"):
        return False
    if _exported_question(line):
        return True
    if not typed or not is_numbered(line):
        return False
    following = lines[at + 1] if at + 1 < len(lines) else None
    return "?" in line.text or (
        following is not None and is_house_label(following, words.LABEL_FINDINGS)
    )


def _words(text: str) -> set[str]:
    """The words that say what a question is about (short words say little)."""
    return {word for word in words.heading_words(text) if len(word) > 3}


def _holding_to_account(
    item: Item, lines: list[Line], context: Context, typed: bool = True
) -> None:
    """Topic, questions and findings. ``typed`` False: only questions in the export's
    own form, and no topic (an item of another kind)."""
    number = item.number
    if typed:
        lines = [part for line in lines for part in _question_parts(line)]
    start = 0
    if typed and lines and _is_topic(lines[0]) and not _is_question(lines, 0):
        item.topic = lines[0].stripped
        context.place(lines[0], number, "topic")
        start = 1
    # Each question owns the lines after it, up to the next question or "Actions arising".
    questions = [n for n in range(start, len(lines)) if _is_question(lines, n, typed)]
    ends = {}
    for n in questions:
        end = n + 1
        while end < len(lines) and end not in questions:
            if is_house_label(lines[end], words.LABEL_ACTIONS_ARISING) or lines[end].owners:
                break
            end += 1
        ends[n] = end
    answered = [n for n in questions if ends[n] > n + 1]
    # A question listed in advance (the list of questions put to the Chief
    # Constable before the meeting) is asked again later with its findings: the
    # list stays as paragraphs, so the questions are not counted twice.
    in_advance = {
        n
        for n in questions
        if ends[n] == n + 1
        and any(later > n and _overlap(lines[n].text, lines[later].text) for later in answered)
    }
    asked = [n for n in questions if n not in in_advance]
    count = 0
    n = start
    while n < len(lines):
        line = lines[n]
        if n in asked:
            count += 1
            block = _question(line, count, context, number)
            block.findings = [
                _block(finding, number, context, "finding")
                for finding in lines[n + 1 : ends[n]]
                if not finding.owners
            ]
            item.blocks.append(block)
            for finding in lines[n + 1 : ends[n]]:
                if finding.owners:
                    item.actions.append(_action(finding, number, context))
            n = ends[n]
            continue
        if line.owners and not line.why:
            item.actions.append(_action(line, number, context))
        else:
            role = "question listed in advance" if n in in_advance else ""
            item.blocks.append(_block(line, number, context, role))
        n += 1


def _overlap(first: str, second: str) -> bool:
    a, b = _words(without_number(first)), _words(without_number(second))
    if not a or not b:
        return False
    return len(a & b) / min(len(a), len(b)) >= 0.7


def _is_topic(line: Line) -> bool:
    text = line.stripped
    return (
        len(text) <= SHORT
        and not line.owners
        and not line.why
        and not is_bullet(line)
        and not line.para.list_kind
        and not is_known_label(line)
        and (line.para.italic or not text.endswith((".", "?", "!", ":")))
    )


def _question(line: Line, count: int, context: Context, number: str) -> Block:
    exported = _EXPORTED_QUESTION.match(line.text)
    if exported and line.para.bold:
        typed, text = exported.group("n"), exported.group("text")
    else:
        typed, text = typed_number(line.text), without_number(line.text)
    # The typed number is kept when it is the next one (issue 13: "7. 7. Can…").
    shown = typed if typed and int(typed) == count else str(count)
    block = Block("question", text.strip(), shown)
    block.restricted, block.restricted_reason = line.restricted, line.reason
    context.place(line, number, "question")
    return block


# -- brought forward ----------------------------------------------------------------------


def _record(draft: Draft, lines: list[Line], item: Item, context: Context) -> BroughtForward:
    record = BroughtForward(from_date=draft.bf_from)
    number = item.number
    update = next(
        (n for n, line in enumerate(lines) if is_house_label(line, words.LABEL_UPDATE)), None
    )
    n = 0
    if lines and _is_subject(lines[0]):
        record.subject = lines[0].stripped
        context.place(lines[0], number, "subject")
        n = 1
    action_lines: list[Line] = []
    while n < len(lines):
        line = lines[n]
        if _is_record_label(line) or is_house_label(line, words.LABEL_UPDATE):
            break
        if is_bullet(line) or line.para.bold or (action_lines and update is None):
            break
        action_lines.append(line)
        n += 1
    record.action = "\n".join(line.stripped for line in action_lines)
    for line in action_lines:
        context.place(line, number, "original action")
        if line.owners and not record.owner:
            record.owner = "/".join(line.owners)
    rest = []
    same_row = draft.bf_line.row if draft.bf_line is not None else None
    for line in lines[n:]:
        owner = _OWNER_LINE.match(words.plain(line.text))
        decision = words.parse_decision(line.text)
        if line.owners and line.row == same_row and not record.owner:
            # A code beside the brought-forward record itself names its owner: a new
            # action under it would stand in a row of its own.
            record.owner = "/".join(line.owners)
            line.owners = []
        if owner and not record.owner:
            record.owner = owner.group("owner")
            context.place(line, number, "owner")
        elif decision is not None:
            record.decision = decision
            context.place(line, number, "decision")
        else:
            rest.append(line)
    _blocks_and_actions(item, rest, context)
    return record


def _is_record_label(line: Line) -> bool:
    return (
        bool(_OWNER_LINE.match(words.plain(line.text)))
        or words.parse_decision(line.text) is not None
    )


def _is_subject(line: Line) -> bool:
    text = line.stripped
    if line.para.italic and len(text) <= SHORT * 2:
        return True
    return (
        len(text) <= SHORT
        and not text.endswith((".", "?", "!"))
        and not is_bullet(line)
        and not _is_record_label(line)
        and not is_known_label(line)
    )


def _infer_decisions(section: Item, context: Context) -> None:
    """Decisions on brought-forward items typed in words: "the PCC was satisfied that
    items 1.1 and 1.2 were discharged". A sentence that says "discharged" settles
    the items it names (or, naming none, the item it stands under); "carried
    forward" keeps its item open. An item nothing is said of stays pending."""
    records = {child.number: child for child in section.items if child.brought_forward}
    decided: dict[str, tuple[str, str]] = {}
    for child in section.items:
        if child.brought_forward is None or child.brought_forward.decision != "pending":
            continue
        texts = [b.text for top in child.blocks for b in top.walk()]
        sentences = [s for text in texts for s in re.split(r"(?<=[.!?;])\s+", text)]
        for sentence in sentences:
            for match in _DISCHARGED.finditer(sentence):
                if _NOT.search(sentence[: match.start()]):
                    continue
                named = [n for n in _BF_NUMBER.findall(sentence) if n in records]
                for name in named or [child.number]:
                    decided.setdefault(name, ("discharged", sentence))
            if _CARRIED.search(sentence) and child.number not in decided:
                decided[child.number] = ("carried forward", sentence)
    for name, (decision, sentence) in decided.items():
        record = records[name].brought_forward
        if record is not None and record.decision == "pending":
            record.decision = decision
            short = sentence if len(sentence) <= 90 else sentence[:87] + "…"
            context.notes.append(f"Item {name} taken as {decision}, from: “{short.strip()}”")


# -- the date of the next meeting -------------------------------------------------------------


def _next_meeting(draft: Draft, context: Context) -> NextMeeting | None:
    """The first date written under the item (a date without a year: the first such
    day after the meeting)."""
    for line in draft.lines:
        found = find_date(line.text, context.meeting_date.year)
        if found is not None:
            if found.date < context.meeting_date and found.date.year == context.meeting_date.year:
                try:
                    found = found._replace(date=found.date.replace(year=found.date.year + 1))
                except ValueError:
                    pass
            return NextMeeting(found.date, find_time(line.text))
    return None


def _next_meeting_lines(draft: Draft, lines: list[Line], context: Context) -> list[Line]:
    """The lines of the next meeting's item, less the line that gives its date (when it
    says no more than that) and the everyone-attends code beside it."""
    following = context.next_meeting
    out = []
    said = False
    for line in lines:
        if line.owners == [words.NEXT_MEETING_OWNER]:
            line.owners = []
        key = words.heading_key(line.text)
        if following is not None and following.date is not None and not said:
            generated = next_meeting_when(following.date, following.time)
            if (key == words.heading_key(generated) or _only_when(line.text)) and not line.why:
                context.place(line, draft.number, "next meeting")
                said = True
                continue
        if following is None and key == words.heading_key(words.NEXT_MEETING_UNKNOWN):
            context.place(line, draft.number, "next meeting")
            continue
        out.append(line)
    return out


_CONNECTORS = {"on", "at", "the", "commencing", "starting", "from", "am", "pm", "hrs", "hours",
               "start", "starts", "time", "date"}  # fmt: skip


def _only_when(text: str) -> bool:
    """A line that gives the date (and time) of the next meeting and nothing more:
    ``16 April 2030, 10.30am``; ``Tuesday 16 April 2030 at 10:30``."""
    found = find_date(text)
    if found is None:
        return False
    rest = text[: found.start] + " " + text[found.end :]
    rest = re.sub(r"\b\d{1,2}(?:[:.]\d{2})?\s*(?:a\.?m\.?|p\.?m\.?)?", " ", rest, flags=re.I)
    return all(word in _CONNECTORS for word in words.heading_words(rest))
