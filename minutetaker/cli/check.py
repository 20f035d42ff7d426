"""``minutetaker check MEETING [--json]``: what may not be fit to circulate or
publish. Today: the spelling, judged as the window judges it (the meeting's
people, places and headings, the office dictionary and the words ignored in
this meeting are never flagged)."""

from __future__ import annotations

import argparse
import json
import sys

from minutetaker.checks.findings import Finding
from minutetaker.cli.failures import CommandFailed
from minutetaker.cli.text import WIDTH
from minutetaker.domain.dates import long_date
from minutetaker.domain.model import Meeting
from minutetaker.store import Archive


def add_check_parser(commands) -> None:
    """The ``check`` command's grammar (called by the parser)."""
    check = commands.add_parser(
        "check", help="what may not be fit to circulate or publish: spelling"
    )
    check.add_argument("meeting", metavar="MEETING", help="the meeting's id, or its date")
    check.add_argument("--json", action="store_true", help="print JSON")


def spelling_of(archive: Archive, meeting: Meeting) -> list[Finding]:
    """The spelling findings of a stored meeting, with the archive's office
    dictionary and the words ignored in that meeting."""
    from minutetaker.checks.dictionary import DictionaryMissing
    from minutetaker.checks.spelling import Room, SpellChecker, spelling_findings

    room = Room.of_meeting(meeting, archive.words.office(), archive.words.ignored(meeting.id))
    try:
        checker = SpellChecker(room=room)
    except DictionaryMissing as error:
        raise CommandFailed(str(error)) from None
    return spelling_findings(meeting, checker)


def cmd_check(archive: Archive, args: argparse.Namespace) -> int:
    meeting = archive.load_meeting(archive.resolve(args.meeting))
    findings = spelling_of(archive, meeting)
    if args.json:
        out = json.dumps([f.to_json() for f in findings], ensure_ascii=False, indent=2)
        sys.stdout.write(out + "\n")
        return 0
    sys.stdout.write(findings_text(meeting, findings))
    return 0


def findings_text(meeting: Meeting, findings: list[Finding]) -> str:
    """The findings for a terminal: one line a finding (item, kind, what was
    found, what it may be instead), the words around it below."""
    when = long_date(meeting.date)
    if not findings:
        return f"Nothing to look at in the meeting of {when}: no misspelt words.\n"
    width = max(len(f.item_number) for f in findings)
    lines = []
    for f in findings:
        head = f"{f.item_number:<{width}}  {f.kind}  {f.text}"
        if f.kind == "spelling":
            head += f"  → {', '.join(f.suggestions)}" if f.suggestions else "  (no suggestion)"
        lines.append(head)
        lines.append(_clip(f"{' ' * (width + 2)}“{f.excerpt}”"))
    count = len(findings)
    lines.append(f"{count} finding{'s' if count != 1 else ''} in the meeting of {when}.")
    return "\n".join(lines) + "\n"


def _clip(line: str) -> str:
    return line if len(line) <= WIDTH else line[: WIDTH - 1] + "…"
