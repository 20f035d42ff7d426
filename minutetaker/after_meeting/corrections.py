"""Corrections returned in Word: a reviewer's edits to a circulated draft.

The reviewer edits the draft minutetaker circulated (with Track Changes on or
off) and sends it back. :func:`read_corrections` checks that the file is a draft
of this meeting that was circulated from this archive (its custom document
properties name the meeting, the version and that version's fingerprint), reads
it with the Word reader (tracked insertions kept, deletions dropped: the text as
the reviewer proposes it) and compares it with the version circulated: each
difference is a :class:`Correction`, listed per item. Nothing is applied until
it is chosen: :func:`apply_corrections` applies the chosen ones to the meeting as
it stands now, in one transaction.

What the document cannot say (action ids and statuses, the next meeting's
venue, people marked absent) is taken from the version circulated, so that it
does not read as a change.
"""

from __future__ import annotations

import copy
import re
from dataclasses import dataclass, field
from pathlib import Path

from minutetaker.after_meeting.circulate import (
    PROPERTY_DATE,
    PROPERTY_FINGERPRINT,
    PROPERTY_MEETING,
    PROPERTY_VERSION,
)
from minutetaker.domain.compare import (
    ADDED,
    CHANGED,
    RELEASED,
    REMOVED,
    WITHHELD,
    Comparison,
    Unit,
    Words,
    compare_meetings,
    item_units,
    people_lines,
    similarity,
    word_changes,
)
from minutetaker.domain.dates import long_date
from minutetaker.domain.model import Action, Block, Item, Meeting, new_action_id
from minutetaker.store import Archive

_BLOCK_TYPES = {"paragraph": "paragraph", "bullet point": "bullet", "sub-heading": "subheading"}


class NotThisDraft(Exception):
    """The file is not a circulated draft of this meeting; ``str()`` says why."""


@dataclass(frozen=True)
class Correction:
    number: int  # its place in the list, from 1
    item_number: str  # the item it belongs to ("" for the details and the attendance)
    kind: str  # "paragraph", "action", "decision", "detail", "item"
    change: str  # added, removed, changed, withheld, no longer withheld
    what: str  # "bullet point", "action", "Venue", ...
    before: str
    after: str
    words: tuple[Words, ...] = ()
    applicable: bool = True
    why_not: str = ""  # when it cannot be applied here, why
    # Where to find it (private to applying): the item's number in the circulated
    # version, the unit's index in either version, an action's id.
    _item_before: str = field(default="", repr=False, compare=False)
    _before_at: int = field(default=-1, repr=False, compare=False)
    _after_at: int = field(default=-1, repr=False, compare=False)
    _action_id: str = field(default="", repr=False, compare=False)

    def to_json(self) -> dict:
        out = {
            "number": self.number,
            "item_number": self.item_number,
            "kind": self.kind,
            "change": self.change,
            "what": self.what,
            "before": self.before,
            "after": self.after,
            "words": [{"op": w.op, "text": w.text} for w in self.words],
        }
        if not self.applicable:
            out["not_applicable"] = self.why_not
        return out


@dataclass
class Returned:
    """A reviewer's draft, read and compared with the version circulated."""

    meeting_id: int
    version: int
    path: Path
    circulated: Meeting
    edited: Meeting
    comparison: Comparison
    corrections: list[Correction]


@dataclass
class Applied:
    applied: list[Correction]
    skipped: list[tuple[Correction, str]]  # and why


# -- reading ----------------------------------------------------------------------------


def read_corrections(archive: Archive, meeting_id: int, path: Path) -> Returned:
    """The reviewer's changes in ``path`` to the version of ``meeting_id`` it was
    circulated as. NotThisDraft when the file is not such a draft; the reader's
    WordImportError when it is no Word document at all."""
    from minutetaker.wordimport import read_word_minutes

    path = Path(path)
    recognised = read_word_minutes(path)  # refuses a file that is no Word minutes
    version, fingerprint = _identity(archive, meeting_id, path)
    record = archive.record(meeting_id)
    if record.fingerprint(version) != fingerprint:
        kept = record.fingerprint(version) is not None
        raise NotThisDraft(
            f"{path.name} says it is version {version} of this meeting, but "
            + (
                f"its text is not the version {version} kept in this archive"
                if kept
                else f"this archive never kept a version {version}"
            )
            + " (a draft from another archive, or from a circulation that did not "
            "complete); nothing was read from it."
        )
    circulated = record.version(version)
    edited = recognised.meeting
    _take_what_the_document_cannot_say(circulated, edited)
    comparison = compare_meetings(circulated, edited)
    corrections = _corrections(circulated, edited, comparison)
    return Returned(meeting_id, version, path, circulated, edited, comparison, corrections)


def _identity(archive: Archive, meeting_id: int, path: Path) -> tuple[int, str]:
    import docx

    from minutetaker.export.document import read_custom_properties

    properties = read_custom_properties(docx.Document(str(path)))
    meeting = archive.load_meeting(meeting_id)
    if PROPERTY_MEETING not in properties or PROPERTY_VERSION not in properties:
        raise NotThisDraft(
            f"{path.name} is not a draft circulated by minutetaker (it does not say which "
            "meeting and version it is); corrections are read from the circulated draft "
            "itself, edited and sent back."
        )
    said_id = properties.get(PROPERTY_MEETING, "")
    said_date = properties.get(PROPERTY_DATE, "")
    if said_id != str(meeting_id) or said_date != meeting.date.isoformat():
        when = said_date
        try:
            import datetime as dt

            when = long_date(dt.date.fromisoformat(said_date))
        except ValueError:
            pass
        raise NotThisDraft(
            f"{path.name} is a draft of the meeting of {when} (id {said_id}), not of the "
            f"meeting of {long_date(meeting.date)} (id {meeting_id}); nothing was read from it."
        )
    version = properties.get(PROPERTY_VERSION, "")
    if not version.isdigit():
        raise NotThisDraft(f"{path.name} does not say which version it is; nothing was read.")
    return int(version), properties.get(PROPERTY_FINGERPRINT, "")


def _take_what_the_document_cannot_say(circulated: Meeting, edited: Meeting) -> None:
    """Action ids and statuses, brought-forward links, the next meeting's venue and
    the people marked absent are not in the document: take them from the version
    circulated, so that they do not read as changes."""
    if circulated.next_meeting and edited.next_meeting and not edited.next_meeting.venue:
        edited.next_meeting.venue = circulated.next_meeting.venue
    absent = [p for p in circulated.people if p.attendance == "absent"]
    edited.people += [
        copy.deepcopy(p) for p in absent if p.name not in {q.name for q in edited.people}
    ]
    old_items = {item.number: item for item in circulated.walk_items()}
    for item in edited.walk_items():
        was = old_items.get(item.number)
        if was is None:
            continue
        item.kind = was.kind
        _questions_again(was, item)
        if item.brought_forward and was.brought_forward:
            item.brought_forward.action_id = was.brought_forward.action_id
        _adopt_actions(was.actions, item.actions)


_TYPED_NUMBER = re.compile(r"^(\d+[a-z]?)[.)]?[\t ]+(.+)$", re.S)


def _questions_again(was: Item, item: Item) -> None:
    """A question of the draft read back as a paragraph with its number typed in
    front ("2.<tab>Is the CC confident…", as a document saved again by another
    program may come back) is the same question, unchanged."""
    asked = {
        (b.number.rstrip(".)"), b.text.strip())
        for block in was.blocks
        for b in block.walk()
        if b.type == "question"
    }
    for block in item.blocks:
        for b in block.walk():
            match = _TYPED_NUMBER.match(b.text.strip()) if b.type != "question" else None
            if match and (match.group(1), match.group(2).strip()) in asked:
                b.type, b.number, b.text = "question", match.group(1), match.group(2).strip()


def _adopt_actions(before: list[Action], after: list[Action]) -> None:
    """Give each action read back the id (and status) of the circulated action it is."""
    free = list(before)
    for action in after:
        best = max(free, key=lambda a: similarity(a.text, action.text), default=None)
        if best is not None and similarity(best.text, action.text) >= 0.5:
            action.id, action.status = best.id, best.status
            free.remove(best)


def _corrections(circulated: Meeting, edited: Meeting, comparison: Comparison) -> list[Correction]:
    out: list[Correction] = []

    def add(**values) -> None:
        out.append(Correction(number=len(out) + 1, **values))

    for change in comparison.details:
        add(
            item_number="",
            kind="detail",
            change=CHANGED
            if change.before and change.after
            else ADDED
            if change.after
            else REMOVED,
            what=change.what,
            before=change.before,
            after=change.after,
            words=change.words,
        )
    for item in comparison.items:
        if item.change != CHANGED:
            add(
                item_number=item.number,
                kind="item",
                change=item.change,
                what="item",
                before=item.heading if item.change == REMOVED else "",
                after=item.heading if item.change == ADDED else "",
                applicable=False,
                why_not="items are added to or removed from the agenda in the window",
            )
            continue
        before_number = comparison.matched.get(item.number, item.number)
        for p in item.paragraphs:
            lifted = p.change == RELEASED
            add(
                item_number=item.number,
                kind="paragraph",
                change=p.change,
                what=p.what,
                before=p.before,
                after=p.after,
                words=p.words,
                applicable=not lifted,
                why_not="a paragraph is made public again in the window, not from a returned draft"
                if lifted
                else "",
                _item_before=before_number,
                _before_at=p.before_at,
                _after_at=p.after_at,
            )
        for a in item.actions:
            action = a.after or a.before
            assert action is not None
            fields = f" ({', '.join(a.fields)})" if a.fields else ""
            add(
                item_number=item.number,
                kind="action",
                change=a.change,
                what=f"action{fields}",
                before=_action_text(a.before),
                after=_action_text(a.after),
                words=word_changes(_action_text(a.before), _action_text(a.after)),
                _item_before=before_number,
                _action_id=action.id,
            )
        if item.decision:
            add(
                item_number=item.number,
                kind="decision",
                change=CHANGED,
                what="decision",
                before=item.decision[0],
                after=item.decision[1],
                words=(Words(REMOVED, item.decision[0]), Words(ADDED, item.decision[1])),
                _item_before=before_number,
            )
    return out


def _action_text(action: Action | None) -> str:
    if action is None:
        return ""
    due = f", due {long_date(action.due)}" if action.due else ""
    return f"{action.text} [{action.owner or '?'}{due}]"


# -- applying ---------------------------------------------------------------------------


def apply_corrections(
    archive: Archive, returned: Returned, chosen: list[int] | None = None
) -> Applied:
    """Apply the corrections numbered ``chosen`` (None: every applicable one) to the
    meeting as it stands now, in one transaction; those that no longer fit (the
    paragraph changed since it was circulated) are skipped and said."""
    meeting = archive.load_meeting(returned.meeting_id)
    wanted = [
        c
        for c in returned.corrections
        if (chosen is None and c.applicable) or (chosen is not None and c.number in chosen)
    ]
    applied: list[Correction] = []
    skipped: list[tuple[Correction, str]] = []
    for correction in wanted:
        if not correction.applicable:
            skipped.append((correction, correction.why_not))
            continue
        problem = _apply(meeting, returned, correction)
        if problem:
            skipped.append((correction, problem))
        else:
            applied.append(correction)
    if applied:
        detail = (
            f"{len(applied)} correction{'s' if len(applied) != 1 else ''} from "
            f"{returned.path.name} (version {returned.version})"
        )
        archive.record(returned.meeting_id).save_corrections(meeting, detail)
    return Applied(applied, skipped)


def _apply(meeting: Meeting, returned: Returned, c: Correction) -> str:
    if c.kind == "detail":
        return _apply_detail(meeting, returned.edited, c)
    item = meeting.find_item(c._item_before)
    edited_item = returned.edited.find_item(c.item_number)
    if item is None or edited_item is None:
        return f"item {c.item_number} is no longer in the meeting"
    if c.kind == "decision":
        if item.brought_forward is not None and item.brought_forward.decision == c.after:
            return "the meeting already says so"
        if item.brought_forward is None or item.brought_forward.decision != c.before:
            return "the decision changed since the draft was circulated"
        item.brought_forward.decision = c.after
        return ""
    if c.kind == "action":
        return _apply_action(item, edited_item, c)
    return _apply_paragraph(item, edited_item, returned, c)


def _apply_detail(meeting: Meeting, edited: Meeting, c: Correction) -> str:
    if c.what == "Attendance":
        now = dict(zip(people_lines(meeting), meeting.people))
        new = dict(zip(people_lines(edited), edited.people))
        if c.after in now and c.before not in now:
            return "the meeting already says so"
        if c.before and c.before not in now:
            return "that person's line changed since the draft was circulated"
        if c.after and c.after not in new:
            return "the reviewer's line could not be read back"
        if c.before and c.after:
            meeting.people[meeting.people.index(now[c.before])] = copy.deepcopy(new[c.after])
        elif c.after:
            meeting.people.append(copy.deepcopy(new[c.after]))
        else:
            meeting.people.remove(now[c.before])
        return ""
    fields = {
        "Title": ("title",),
        "Date": ("date", "time"),
        "Chair": ("chair",),
        "Minutes": ("minute_taker",),
        "Venue": ("venue",),
        "Marking": ("marking",),
        "Next meeting": ("next_meeting",),
    }
    names = fields.get(c.what, ())
    if names and all(getattr(meeting, n) == getattr(edited, n) for n in names):
        return "the meeting already says so"
    for name in names:
        setattr(meeting, name, copy.deepcopy(getattr(edited, name)))
    return "" if c.what in fields else f"{c.what} is not taken from a returned draft"


def _apply_action(item: Item, edited_item: Item, c: Correction) -> str:
    current = next((a for a in item.actions if a.id == c._action_id), None)
    proposed = next((a for a in edited_item.actions if a.id == c._action_id), None)
    if c.change == REMOVED:
        if current is None:
            return "the action is no longer there"
        item.actions.remove(current)
        return ""
    if proposed is None:
        return "the reviewer's action could not be read back"
    if c.change == ADDED:
        item.actions.append(
            Action(proposed.text, proposed.owner, proposed.due, "open", new_action_id())
        )
        return ""
    if current is None:
        return "the action is no longer there"
    if (current.text, current.owner, current.due) == (proposed.text, proposed.owner, proposed.due):
        return "the meeting already says so"
    current.text, current.owner, current.due = proposed.text, proposed.owner, proposed.due
    return ""


def _holder(item: Item, path: tuple[int, ...]) -> list[Block]:
    holder = item.blocks
    for index in path[:-1]:
        holder = holder[index].findings
    return holder


def _block(item: Item, path: tuple[int, ...]) -> Block:
    return _holder(item, path)[path[-1]]


def _find(item: Item, unit: Unit) -> tuple[Unit, Block | None] | None:
    """The unit of ``item`` (as it stands now) that is ``unit``: same text, nearest place."""
    candidates = [u for u in item_units(item) if u.text == unit.text and u.field == unit.field]
    if not candidates:
        return None
    best = min(candidates, key=lambda u: (u.path != unit.path, abs(len(u.path) - len(unit.path))))
    return best, (_block(item, best.path) if not best.field else None)


def _apply_paragraph(item: Item, edited_item: Item, returned: Returned, c: Correction) -> str:
    old_units = item_units(returned.circulated.find_item(c._item_before))
    new_units = item_units(edited_item)
    was = old_units[c._before_at] if c._before_at >= 0 else None
    now = new_units[c._after_at] if c._after_at >= 0 else None
    if now is not None and c.change in (ADDED, CHANGED) and _find(item, now) is not None:
        return "the meeting already says so"
    if c.change == ADDED:
        return _insert(item, new_units, c._after_at)
    assert was is not None
    found = _find(item, was)
    if found is None and c.change == REMOVED:
        return "the paragraph is no longer in the meeting"
    if found is None:
        return "the paragraph changed since the draft was circulated"
    unit, block = found
    if c.change == REMOVED:
        if block is None:
            if unit.field == "heading":
                return "an item's heading is changed, never removed"
            _set_field(item, unit.field, "")
            return ""
        _holder(item, unit.path).remove(block)
        return ""
    assert now is not None
    if c.change == WITHHELD:
        if block is None:
            return "an item is withheld whole in the window"
        proposed = _block(edited_item, now.path)
        block.restricted, block.restricted_reason = True, proposed.restricted_reason
        return ""
    # CHANGED
    if unit.field:
        _set_field(item, unit.field, now.text)
        return ""
    assert block is not None
    block.text = now.text
    if now.type and now.type != block.type and not block.findings:
        block.type, block.number = now.type, now.number
    elif block.type == "question":
        block.number = now.number or block.number
    return ""


def _set_field(item: Item, name: str, text: str) -> None:
    if name in ("heading", "topic"):
        setattr(item, name, text)
    elif item.brought_forward is not None:
        setattr(item.brought_forward, name, text)


def _insert(item: Item, new_units: list[Unit], at: int) -> str:
    """Put the reviewer's new paragraph after the one it follows in their draft."""
    unit = new_units[at]
    if unit.field:
        if unit.field == "topic":
            item.topic = unit.text
            return ""
        return f"a new {unit.what} is not taken from a returned draft"
    block = Block(unit.type or "paragraph", unit.text, number=unit.number)
    anchor = next((u for u in reversed(new_units[:at]) if not u.field), None)
    if anchor is None:
        item.blocks.insert(0, block)
        return ""
    found = _find(item, anchor)
    if found is None or found[1] is None:
        item.blocks.append(block)
        return ""
    anchor_unit, anchor_block = found
    if len(unit.path) > len(anchor.path):  # the first finding under a question
        anchor_block.findings.insert(0, block)
        return ""
    depth = len(anchor.path) - len(unit.path)
    target = anchor_unit.path[: len(anchor_unit.path) - depth]
    holder = _holder(item, target)
    holder.insert(holder.index(_block(item, target)) + 1, block)
    return ""
