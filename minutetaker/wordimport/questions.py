"""Holding to account: the topic, the questions put to the Chief Constable and the
findings under each, read as they are typed (``1. …``, ``1.Can…``, ``Q1.``, Word's
numbered list), a list of the questions put in advance kept apart from the
questions asked again with their findings."""

from __future__ import annotations

import re

from minutetaker.domain import house_format as words
from minutetaker.domain.model import Block, Item
from minutetaker.wordimport.blocks import Context, make_action, make_block, withheld_action
from minutetaker.wordimport.lines import (
    SHORT,
    Line,
    is_bullet,
    is_house_label,
    is_known_label,
    is_numbered,
    split_run_on_questions,
    typed_number,
    without_number,
)

_EXPORTED_QUESTION = re.compile(r"^(?P<n>\d{1,3})[.)]?\t(?P<text>.*)$", re.DOTALL)
# A number typed before a question with no stop after it: "1<tab>Can…", "Q1 Can…",
# "1 Can…". Taken off a question only (a paragraph may begin "24 hour patrols").
_LOOSE_NUMBER = re.compile(r"^\s*(?:q\.?\s*)?(?P<n>\d{1,2})\s+(?=[A-Z])", re.IGNORECASE)


def _question_parts(line: Line) -> list[Line]:
    exported = _EXPORTED_QUESTION.match(line.text)
    if exported and line.para.bold:
        return [line]
    if not is_numbered(line):
        return [line]
    return [
        inline
        for part in split_run_on_questions(line.text)
        for piece in _findings_apart(line.but(part))
        for inline in _findings_on_its_line(piece)
    ]


# A question and its findings typed on one line: ``1.Can…? Findings: The…`` (the
# label with a colon or a dash), or ``1.Can…? Most serious…`` with no label.
_LABEL_ON_LINE = re.compile(
    r"^(?P<question>.*?[?.!])\s*(?P<label>findings?\s*(?::|[-–—](?=\s)))\s*(?P<rest>\S.*)$",
    re.IGNORECASE | re.DOTALL,
)
_ANSWER_ON_LINE = re.compile(r"^(?P<question>[^?]*\?)\s+(?P<rest>[A-Z\"'‘“][^?]*)$", re.DOTALL)
# A sentence after the question mark that asks again, a full stop typed for its
# question mark ("Can the CC provide reassurance… engaged."), is the question still.
_ASKING = re.compile(
    r"^(?:can|could|do|does|did|is|are|was|were|will|would|should|has|have|what|how|why|"
    r"when|where|who|which)\b",
    re.IGNORECASE,
)


def _findings_on_its_line(line: Line) -> list[Line]:
    """A typed question with its findings on the same line: the question, then the
    label (when typed) and the findings, as when each is a paragraph of its own."""
    if not typed_number(line.text) or "\n" in line.text.strip():
        return [line]
    parts: list[str]
    if labelled := _LABEL_ON_LINE.match(line.text):
        label = labelled.group("label").rstrip(" -–—")
        parts = [labelled.group("question"), label, labelled.group("rest")]
    elif (answered := _ANSWER_ON_LINE.match(line.text)) and not _ASKING.match(
        answered.group("rest")
    ):
        parts = [answered.group("question"), answered.group("rest")]
    else:
        return [line]
    out = [line.but(part.strip()) for part in parts]
    for part in out[:-1]:
        part.owners, part.due = [], None
    return out


def _findings_apart(line: Line) -> list[Line]:
    """A question, ``Findings:`` and the findings typed as lines of one paragraph
    (Shift+Enter): the question, the label and what follows it, apart."""
    pieces = line.text.split("\n")
    at = next(
        (n for n, piece in enumerate(pieces) if n and words.is_label(piece, words.LABEL_FINDINGS)),
        None,
    )
    if at is None:
        return [line]
    parts = ["\n".join(pieces[:at]), pieces[at], "\n".join(pieces[at + 1 :])]
    out = [line.but(part) for part in parts if part.strip()]
    for part in out[:-1]:
        part.owners, part.due = [], None
    return out


def exported_question(line: Line) -> bool:
    """A question as minutetaker's export prints it: bold, its number, a tab."""
    return bool(_EXPORTED_QUESTION.match(line.text)) and line.para.bold


def _is_question(lines: list[Line], at: int, typed: bool = True) -> bool:
    line = lines[at]
    if line.owners or line.why or (is_bullet(line) and line.para.list_kind != "number"):
        return False
    if exported_question(line):
        return True
    if not typed:
        return False
    following = lines[at + 1] if at + 1 < len(lines) else None
    findings = following is not None and is_house_label(following, words.LABEL_FINDINGS)
    if not is_numbered(line) and not _LOOSE_NUMBER.match(line.text):
        # Not numbered at all: a question still, when it asks and its findings follow.
        return findings and line.stripped.endswith("?")
    return "?" in line.text or findings


def _words(text: str) -> set[str]:
    """The words that say what a question is about (short words say little)."""
    return {word for word in words.heading_words(text) if len(word) > 3}


def holding_to_account(item: Item, lines: list[Line], context: Context, typed: bool = True) -> None:
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
    _say_asked_together(lines, asked, ends, number, context)
    count = 0
    n = start
    while n < len(lines):
        line = lines[n]
        withheld_action(line)
        if n in asked:
            count += 1
            block = _question(line, count, context, number)
            for finding in lines[n + 1 : ends[n]]:
                withheld_action(finding)
            block.findings = [
                make_block(finding, number, context, "finding")
                for finding in lines[n + 1 : ends[n]]
                if not finding.owners
            ]
            item.blocks.append(block)
            for finding in lines[n + 1 : ends[n]]:
                if finding.owners:
                    item.actions.append(make_action(finding, number, context))
            n = ends[n]
            continue
        if line.owners:
            item.actions.append(make_action(line, number, context))
        else:
            role = "question listed in advance" if n in in_advance else ""
            item.blocks.append(make_block(line, number, context, role))
        n += 1


def _say_asked_together(
    lines: list[Line], asked: list[int], ends: dict[int, int], number: str, context: Context
) -> None:
    """Questions typed together in one paragraph and answered once (``1.Can…?2.Do…?``,
    then the findings): the findings stay under the last, where they were typed, and
    the report says so."""
    together: list[int] = []
    for place, n in enumerate(asked):
        together.append(place + 1)
        unanswered = ends[n] == n + 1
        same = n + 1 in asked and lines[n + 1].para is lines[n].para
        if unanswered and same:
            continue
        if len(together) > 1 and not unanswered:
            *first, last = together
            named = ", ".join(str(q) for q in first)
            context.notes.append(
                f"Questions {named} and {last} of item {number} were asked together; "
                f"their findings are under question {last}."
            )
        together = []


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
        and not line.restricted  # a topic cannot be withheld on its own
        and not is_bullet(line)
        and not line.para.list_kind
        and not is_known_label(line)
        and (line.para.italic or not text.endswith((".", "?", "!", ":")))
    )


def _question(line: Line, count: int, context: Context, number: str) -> Block:
    exported = _EXPORTED_QUESTION.match(line.text)
    if exported and line.para.bold:
        typed, text = exported.group("n"), exported.group("text")
    elif typed_number(line.text):
        typed, text = typed_number(line.text), without_number(line.text)
    elif loose := _LOOSE_NUMBER.match(line.text):
        typed, text = loose.group("n"), line.text[loose.end() :]
    else:
        typed, text = "", line.text
    # The typed number is kept when it is the next one (issue 13: "7. 7. Can…").
    shown = typed if typed and int(typed) == count else str(count)
    block = Block("question", text.strip(), shown)
    block.restricted, block.restricted_reason = line.restricted, line.reason
    context.place(line, number, "question")
    return block
