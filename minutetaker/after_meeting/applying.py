"""Taking corrections in: the chosen corrections of a returned draft applied to
the meeting as it stands now, in one transaction.

A correction is applied where it still fits: the paragraph it changes is found
by its words (nearest its old place), so what the minute taker wrote since the
draft went out is never overwritten; a correction that no longer fits, or that
the meeting already shows, is skipped and said.
"""

from __future__ import annotations

import copy

from minutetaker.after_meeting.corrections import Applied, Correction, Returned
from minutetaker.domain.compare import (
    ADDED,
    CHANGED,
    REMOVED,
    WITHHELD,
    people_lines,
)
from minutetaker.domain.model import Action, Block, Item, Meeting, new_action_id
from minutetaker.domain.units import Unit, item_units
from minutetaker.store import Archive


def apply(archive: Archive, returned: Returned, chosen: list[int] | None = None) -> Applied:
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
    # At the new paragraph's depth, beside the anchor as the meeting holds it now
    # (the reader may have read the anchor deeper than it is: a paragraph after
    # an item's last question comes back among its findings).
    target = anchor_unit.path[: max(1, min(len(unit.path), len(anchor_unit.path)))]
    holder = _holder(item, target)
    holder.insert(holder.index(_block(item, target)) + 1, block)
    return ""
