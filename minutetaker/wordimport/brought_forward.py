"""Brought forward: the record of an action from an earlier meeting (the month it
arose, its subject, the action as raised, its owner), what was said of it, and
the decision, written (``Decision: Discharged.``) or read from the words ("items
1.1 and 1.2 were discharged")."""

from __future__ import annotations

import re

from minutetaker.domain import house_format as words
from minutetaker.domain.model import BroughtForward, Item
from minutetaker.wordimport.blocks import Context, blocks_and_actions
from minutetaker.wordimport.items import Draft
from minutetaker.wordimport.lines import (
    SHORT,
    Line,
    is_bullet,
    is_house_label,
    is_known_label,
)

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
_EVERY = re.compile(r"\b(?:both|all)\b", re.I)


def brought_forward_record(
    draft: Draft, lines: list[Line], item: Item, context: Context
) -> BroughtForward:
    record = BroughtForward(from_date=draft.bf_from)
    number = item.number
    spare: list[Line] = []  # owners' codes that named no one new

    def owner_from(line: Line | None) -> None:
        """A code beside a line of the record itself names the record's owner (a new
        action under the record would stand in a row of its own). A line of the
        record marked not for publication withholds the whole item: the record has
        no smaller part to withhold."""
        if line is not None and line.restricted:
            item.restricted = True
            item.restricted_reason = item.restricted_reason or line.reason
        if line is None or not line.owners:
            return
        codes = "/".join(line.owners)
        if not record.owner:
            record.owner = codes
        elif codes != record.owner:
            spare.append(
                Line(codes, line.para, "action", why="a second owner's code beside the record")
            )
        line.owners = []

    lines = _first_lines_apart(lines)
    update = next(
        (n for n, line in enumerate(lines) if is_house_label(line, words.LABEL_UPDATE)), None
    )
    owner_from(draft.bf_line)
    n = 0
    if lines and _is_subject(lines[0]):
        record.subject = _unlabelled(lines[0].stripped, "subject")
        owner_from(lines[0])
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
    record.action = "\n".join(line.stripped for line in action_lines if line.stripped)
    record.action = _unlabelled(record.action, "action")
    for line in action_lines:
        owner_from(line)
        context.place(line, number, "original action")
    rest = []
    decided = False
    same_row = draft.bf_line.row if draft.bf_line is not None else None
    for line in lines[n:]:
        owner = _OWNER_LINE.match(words.plain(line.text))
        decision = words.parse_decision(line.text)
        if line.row == same_row and line.owners and not record.owner:
            owner_from(line)
        if owner and not record.owner:
            owner_from(line)
            record.owner = owner.group("owner")
            context.place(line, number, "owner")
        elif decision is not None and not decided:
            decided = True  # a second "Decision:" line is kept as a note
            owner_from(line)
            record.decision = decision
            context.place(line, number, "decision")
        else:
            rest.append(line)
    blocks_and_actions(item, rest + spare, context)
    return record


def _first_lines_apart(lines: list[Line]) -> list[Line]:
    """The record's subject and action typed as lines of one paragraph (Shift+Enter
    between them): the lines apart, as if Enter had been pressed; an owner's code
    beside the paragraph stays with its last line."""
    if (
        not lines
        or "\n" not in lines[0].text
        or not _is_subject(lines[0].but(lines[0].text.split("\n", 1)[0]))
    ):
        return lines
    parts = [lines[0].but(text) for text in lines[0].text.split("\n") if text.strip()]
    for part in parts[:-1]:
        part.owners, part.due = [], None
    return parts + lines[1:]


def _unlabelled(text: str, label: str) -> str:
    """``Subject: 999 call handling`` -> ``999 call handling`` (the label is the
    record's field, not its words)."""
    match = re.match(rf"^\s*{label}\s*:\s*(?=\S)", text, re.IGNORECASE)
    return text[match.end() :] if match else text


def _is_record_label(line: Line) -> bool:
    return (
        bool(_OWNER_LINE.match(words.plain(line.text)))
        or words.parse_decision(line.text) is not None
    )


def _is_subject(line: Line) -> bool:
    text = line.stripped
    if not text:
        return False
    if line.para.italic and len(text) <= SHORT * 2:
        return True
    return (
        len(text) <= SHORT
        and not text.endswith((".", "?", "!"))
        and not is_bullet(line)
        and not _is_record_label(line)
        and not is_known_label(line)
    )


def infer_decisions(section: Item, context: Context) -> None:
    """Decisions on brought-forward items typed in words: "the PCC was satisfied that
    items 1.1 and 1.2 were discharged". A sentence that says "discharged" settles
    the items it names ("all", or "both" of two: every one; naming none, the item
    it stands under); "carried
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
                every = _EVERY.search(sentence[: match.start()])
                if not named and every and (every.group().lower() == "all" or len(records) == 2):
                    named = list(records)  # "both actions were discharged"
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
