"""``minutetaker corrections MEETING FILE.docx [--accept-all] [--json]``: a reviewer's
edits to a circulated draft, listed per item; applied only when asked."""

from __future__ import annotations

import argparse
import sys
import textwrap

from minutetaker.after_meeting.corrections import (
    Applied,
    Correction,
    NotThisDraft,
    Returned,
    apply_corrections,
    read_corrections,
)
from minutetaker.cli.after import emit_json
from minutetaker.cli.failures import CommandFailed
from minutetaker.domain.compare import marked
from minutetaker.domain.dates import long_date
from minutetaker.store import Archive

WIDTH = 88


def cmd_corrections(archive: Archive, args: argparse.Namespace) -> int:
    meeting_id = archive.resolve(args.meeting)
    try:
        returned = read_corrections(archive, meeting_id, args.file)
    except NotThisDraft as error:
        raise CommandFailed(str(error)) from None
    applied = None
    if args.accept_all and returned.corrections:
        applied = apply_corrections(archive, returned)
    if args.json:
        out = {
            "meeting_id": meeting_id,
            "version": returned.version,
            "file": str(returned.path),
            "corrections": [c.to_json() for c in returned.corrections],
        }
        if applied is not None:
            out["applied"] = [c.number for c in applied.applied]
            out["skipped"] = [{"number": c.number, "why": why} for c, why in applied.skipped]
        emit_json(out)
        return 0
    sys.stdout.write(corrections_text(returned))
    sys.stdout.write(outcome_text(archive, returned, applied))
    return 0


def _line(c: Correction) -> str:
    text = marked(c.words) if c.words and c.change == "changed" else c.after or c.before
    if c.kind == "decision":
        text = f"{c.before} → {c.after}"
    line = f"{c.number:>3}. {c.change} {c.what}: {text}"
    if not c.applicable:
        line += f" (not applied here: {c.why_not})"
    return line


def _wrapped(text: str) -> list[str]:
    return textwrap.wrap(text, WIDTH, subsequent_indent=" " * 8) or [text]


def corrections_text(returned: Returned) -> str:
    meeting = returned.circulated
    lines = [
        f"Corrections in {returned.path.name} to version {returned.version} of the meeting "
        f"of {long_date(meeting.date)}:",
        "",
    ]
    if not returned.corrections:
        lines.append("None: the draft came back as it was circulated.")
        return "\n".join(lines) + "\n"
    headings = {item.number: item.heading for item in returned.edited.walk_items()}
    current = None
    for c in returned.corrections:
        group = c.item_number or "Details"
        if group != current:
            if current is not None:
                lines.append("")
            title = (
                "Details"
                if not c.item_number
                else f"{c.item_number:<5}{headings.get(c.item_number, '')}"
            )
            lines.append(title)
            current = group
        lines += _wrapped(_line(c))
    lines.append("")
    lines.append("Words marked [-removed-] and {+added+}.")
    return "\n".join(lines) + "\n"


def outcome_text(archive: Archive, returned: Returned, applied: Applied | None) -> str:
    count = len(returned.corrections)
    if not count:
        return ""
    if applied is None:
        return (
            f"{count} correction{'s' if count != 1 else ''}; nothing was applied. "
            "--accept-all applies them all; the window lets you choose one by one.\n"
        )
    lines = []
    done = len(applied.applied)
    if done:
        lines.append(
            f"Applied {done} correction{'s' if done != 1 else ''} to the meeting, in the "
            f"archive in {archive.path.parent}."
        )
    else:
        lines.append("No correction was applied.")
    for c, why in applied.skipped:
        lines.append(f"Not applied: {c.number} ({why}).")
    return "\n".join(lines) + "\n"
