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
    Comparison,
    Words,
    compare_meetings,
    similarity,
    word_changes,
)
from minutetaker.domain.dates import long_date
from minutetaker.domain.model import KIND_NEXT_MEETING, Action, Item, Meeting
from minutetaker.store import Archive


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
    from minutetaker.wordimport import WordImportError, read_word_minutes

    path = Path(path)
    try:
        recognised = read_word_minutes(path)  # refuses a file that is no Word minutes
    except WordImportError as refused:  # its sentence, with advice for corrections
        raise WordImportError(
            refused.source,
            refused.problem,
            "corrections are read from the circulated draft itself, edited in Word and "
            "saved as a Word Document (.docx)",
        ) from None
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


def _properties(path: Path) -> dict[str, str]:
    """The draft's custom properties, read as Word work (see
    :mod:`minutetaker.export.word_work`)."""
    import docx

    from minutetaker.export.document import read_custom_properties

    return read_custom_properties(docx.Document(str(path)))


def _identity(archive: Archive, meeting_id: int, path: Path) -> tuple[int, str]:
    from minutetaker.export.word_work import word_work

    properties = word_work(_properties, path)
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
        item.heading = _heading_as_written(was.heading, item.heading)
        _questions_again(was, item)
        if was.kind == KIND_NEXT_MEETING:
            _line_under_next_meeting(circulated, was, item)
        if item.brought_forward and was.brought_forward:
            item.brought_forward.action_id = was.brought_forward.action_id
        _adopt_actions(was.actions, item.actions)


_WORD = re.compile(r"\w[\w'’-]*")


def _heading_as_written(written: str, read: str) -> str:
    """The heading read back, each word as the circulated heading wrote it. The
    draft prints headings in capitals and the reader puts them in sentence case,
    which would make "HMICFRS" "Hmicfrs" and "Operation Kestrel" "Operation
    kestrel": a change nobody made (accepted, it would change the record)."""
    spelt = {word.casefold(): word for word in _WORD.findall(written)}
    return _WORD.sub(lambda m: spelt.get(m.group().casefold(), m.group()), read)


def _line_under_next_meeting(circulated: Meeting, was: Item, item: Item) -> None:
    """A note under the date of the next meeting that only repeats the line the
    export prints there is left out of the draft; it is not a paragraph removed."""
    from minutetaker.export.walker import repeats_next_meeting

    for index, block in enumerate(was.blocks):
        if repeats_next_meeting(circulated, block) and all(
            b.text != block.text for b in item.blocks
        ):
            item.blocks.insert(min(index, len(item.blocks)), copy.deepcopy(block))


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
    numbered = {text: number for number, text in asked}
    for block in item.blocks:
        for b in block.walk():
            if b.type == "question":
                # The reader numbers questions from 1 in each item unless the typed
                # number is the next one; one numbered on from an earlier item
                # ("3.") is the same question with the same number.
                b.number = numbered.get(b.text.strip(), b.number)
                continue
            match = _TYPED_NUMBER.match(b.text.strip())
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


def apply_corrections(
    archive: Archive, returned: Returned, chosen: list[int] | None = None
) -> Applied:
    """Apply the corrections numbered ``chosen`` (None: every applicable one) to the
    meeting as it stands now, in one transaction (see :mod:`applying`)."""
    from minutetaker.after_meeting.applying import apply

    return apply(archive, returned, chosen)
