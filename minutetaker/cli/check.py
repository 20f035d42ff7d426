"""``minutetaker check MEETING [--json]``: what may not be fit to circulate or
publish, numbered: the spelling (judged as the window judges it: the meeting's
people, places and headings, the office dictionary and the words ignored in this
meeting are never flagged) and personal data in the paragraphs the public
version would contain. ``--accept N`` and ``--withhold N --reason REASON``
resolve a finding; the choices are remembered.

Every kind of finding comes from :func:`after_meeting.check.findings_of`, so a new
kind of check joins this command there, in one line.
"""

from __future__ import annotations

import argparse
import sys

from minutetaker.checks.findings import Finding
from minutetaker.cli.after import emit_json
from minutetaker.cli.failures import CommandFailed
from minutetaker.cli.text import WIDTH
from minutetaker.domain.dates import long_date
from minutetaker.domain.model import Meeting
from minutetaker.store import Archive


def _check(archive: Archive, meeting_id: int):
    from minutetaker.after_meeting.check import check
    from minutetaker.checks.dictionary import DictionaryMissing

    try:
        return check(archive, meeting_id)
    except DictionaryMissing as error:
        raise CommandFailed(str(error)) from None


def cmd_check(archive: Archive, args: argparse.Namespace) -> int:
    meeting_id = archive.resolve(args.meeting)
    result = _check(archive, meeting_id)
    if args.accept or args.withhold:
        _apply(archive, meeting_id, result.findings, args)
        result = _check(archive, meeting_id)
    if args.json:
        emit_json([f.to_json() for f in result.findings])
        return 0
    sys.stdout.write(findings_text(result.meeting, result.findings, result.accepted))
    return 0


def findings_text(meeting: Meeting, findings: list[Finding], accepted: int = 0) -> str:
    """The findings for a terminal: one numbered line a finding (item, kind, what
    was found, what it may be instead), the words around it below."""
    when = long_date(meeting.date)
    earlier = f" ({accepted} accepted as fine earlier)" if accepted else ""
    if not findings:
        return (
            f"Nothing to look at in the meeting of {when}: no misspelt words and no "
            f"personal data in what would be published{earlier}.\n"
        )
    number_width = len(str(len(findings)))
    width = max(len(f.item_number) for f in findings)
    lines = []
    for n, f in enumerate(findings, start=1):
        head = f"{n:>{number_width}}. {f.item_number:<{width}}  {f.kind}  {f.text}"
        if f.kind == "spelling":
            head += f"  → {', '.join(f.suggestions)}" if f.suggestions else "  (no suggestion)"
        lines.append(head)
        lines.append(_clip(f"{' ' * (number_width + width + 4)}“{f.excerpt}”"))
    lines.append(
        f"Resolve one with --accept N (fine as it is) or --withhold N --reason REASON "
        f"(not for publication){earlier}."
    )
    count = len(findings)
    lines.append(f"{count} finding{'s' if count != 1 else ''} in the meeting of {when}.")
    return "\n".join(lines) + "\n"


def _clip(line: str) -> str:
    return line if len(line) <= WIDTH else line[: WIDTH - 1] + "…"


def _apply(archive: Archive, meeting_id: int, findings: list[Finding], args) -> None:
    """Resolve the findings named by their number in the listing: every number is
    checked before anything is changed."""
    from minutetaker.after_meeting.check import NotWithheld, accept, describe, withhold

    both = set(args.accept) & set(args.withhold)
    if both:
        raise CommandFailed(
            f"Finding {min(both)} cannot be both accepted and withheld; choose one."
        )
    for number in (*args.accept, *args.withhold):
        if number > len(findings):
            listed = f"lists {len(findings)}" if findings else "lists none"
            raise CommandFailed(f"There is no finding {number}; the check {listed}.")
    if args.withhold and not (args.reason or "").strip():
        raise CommandFailed(
            "Give the reason for withholding with --reason: s31, s38, s40, s41, s43, s36 "
            "(FOI exemptions) or words of your own."
        )
    out = sys.stderr if args.json else sys.stdout
    for number in sorted(set(args.accept)):
        accept(archive, meeting_id, findings[number - 1])
        print(f"Accepted {number} as fine: {describe(findings[number - 1])}.", file=out)
    done_places: set[tuple[str, tuple[int, ...]]] = set()
    for number in sorted(set(args.withhold)):
        finding = findings[number - 1]
        where = (finding.item_number, finding.place)
        if where in done_places:
            continue  # two findings in one paragraph: withheld once
        done_places.add(where)
        try:
            what = withhold(archive, meeting_id, finding, args.reason)
        except NotWithheld as error:
            raise CommandFailed(str(error)) from None
        print(f"Withheld {what} from publication ({args.reason.strip()}).", file=out)
