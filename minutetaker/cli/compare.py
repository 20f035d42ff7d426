"""``minutetaker compare MEETING V1 [V2] [--out FILE.docx] [--json]``."""

from __future__ import annotations

import argparse
import sys
import textwrap

from minutetaker.after_meeting.versions import Side, compare, write_tracked
from minutetaker.cli.after import emit_json, local_time
from minutetaker.domain.compare import (
    ADDED,
    REMOVED,
    ActionChange,
    Comparison,
    ItemChange,
    marked,
)
from minutetaker.domain.model import Action
from minutetaker.store import Archive

WIDTH = 88


def cmd_compare(archive: Archive, args: argparse.Namespace) -> int:
    meeting_id = archive.resolve(args.meeting)
    before, after, comparison = compare(archive, meeting_id, args.v1, args.v2)
    if args.json:
        emit_json(comparison_json(before, after, comparison))
    else:
        sys.stdout.write(comparison_text(before, after, comparison))
    if args.out is not None:
        path = write_tracked(before, after, comparison, args.out, archive.path.parent)
        print(
            f"Wrote {path}: {after.label} with the changes since {before.label} as tracked "
            "changes (Word: Review → Track Changes).",
            file=sys.stderr if args.json else sys.stdout,
        )
    return 0


def _side_words(side: Side) -> str:
    if side.number is None:
        return f"the meeting as it stands ({side.state})"
    return f"version {side.number} (kept {local_time(side.when)}, {side.state})"


def _wrap(text: str, indent: str) -> list[str]:
    lines = []
    for part in text.split("\n"):
        lines += textwrap.wrap(part, WIDTH, initial_indent=indent, subsequent_indent=indent) or [
            indent.rstrip()
        ]
    return lines


def _action_line(change: ActionChange) -> str:
    action = change.after or change.before
    assert action is not None
    if change.change in (ADDED, REMOVED):
        return f"action {change.change}: {action.text} [{action.owner or '?'}]"
    was, now = change.before, change.after
    assert was is not None and now is not None
    parts = []
    for name in change.fields:
        if name == "text":
            continue
        parts.append(f"{name} {getattr(was, name) or '-'} → {getattr(now, name) or '-'}")
    text = marked(change.words) if change.words else now.text
    said = f" ({'; '.join(parts)})" if parts else ""
    return f"action changed{said}: {text}"


def _item_lines(change: ItemChange) -> list[str]:
    head = f"{change.number:<5}{change.heading}"
    if change.change != "changed":
        head += f"  ({change.change})"
    elif change.before_number:
        head += f"  (was {change.before_number})"
    lines = [head]
    for p in change.paragraphs:
        if change.change != "changed" and p.what == "heading":
            continue
        text = marked(p.words) if p.words else p.after or p.before
        lines += _wrap(f"{p.change} {p.what}: {text}", "     ")
    for a in change.actions:
        lines += _wrap(_action_line(a), "     ")
    if change.decision:
        lines.append(f"     decision: {change.decision[0]} → {change.decision[1]}")
    return lines


def comparison_text(before: Side, after: Side, comparison: Comparison) -> str:
    lines = [f"From {_side_words(before)}", f"  to {_side_words(after)}:", ""]
    if comparison.unchanged:
        lines.append("Nothing changed.")
        return "\n".join(lines) + "\n"
    if comparison.details:
        lines.append("Details")
        for d in comparison.details:
            lines += _wrap(f"{d.what}: {marked(d.words)}", "     ")
        lines.append("")
    for change in comparison.items:
        lines += _item_lines(change)
        lines.append("")
    lines.append("Words marked [-removed-] and {+added+}.")
    return "\n".join(lines) + "\n"


def _action_json(action: Action | None) -> dict | None:
    if action is None:
        return None
    return {
        "id": action.id,
        "text": action.text,
        "owner": action.owner,
        "due": action.due.isoformat() if action.due else None,
        "status": action.status,
    }


def _words_json(words) -> list[dict]:
    return [{"op": w.op, "text": w.text} for w in words]


def comparison_json(before: Side, after: Side, comparison: Comparison) -> dict:
    return {
        "from": {"version": before.number, "state": before.state},
        "to": {"version": after.number, "state": after.state},
        "details": [
            {"what": d.what, "before": d.before, "after": d.after, "words": _words_json(d.words)}
            for d in comparison.details
        ],
        "items": [
            {
                "number": c.number,
                "heading": c.heading,
                "change": c.change,
                "before_number": c.before_number or None,
                "paragraphs": [
                    {
                        "change": p.change,
                        "what": p.what,
                        "before": p.before,
                        "after": p.after,
                        "words": _words_json(p.words),
                    }
                    for p in c.paragraphs
                ],
                "actions": [
                    {
                        "change": a.change,
                        "fields": list(a.fields),
                        "before": _action_json(a.before),
                        "after": _action_json(a.after),
                    }
                    for a in c.actions
                ],
                "decision": None
                if c.decision is None
                else {"before": c.decision[0], "after": c.decision[1]},
            }
            for c in comparison.items
        ],
    }
