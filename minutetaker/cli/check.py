"""``minutetaker check MEETING``: what may not be fit to publish, numbered, and the
choices that resolve it (``--accept N``, ``--withhold N --reason REASON``).

Every kind of finding comes from :func:`after_meeting.check.findings_of`, so a new
kind of check joins this command there, in one line.
"""

from __future__ import annotations

import argparse
import sys
import textwrap

from minutetaker.after_meeting.check import accept, check, describe, withhold
from minutetaker.checks.findings import Finding
from minutetaker.cli.after import emit_json
from minutetaker.cli.failures import CommandFailed
from minutetaker.store import Archive


def cmd_check(archive: Archive, args: argparse.Namespace) -> int:
    meeting_id = archive.resolve(args.meeting)
    result = check(archive, meeting_id)
    findings = result.findings
    if args.accept or args.withhold:
        _apply(archive, meeting_id, findings, args)
        result = check(archive, meeting_id)
        findings = result.findings
    if args.json:
        emit_json([f.to_json() for f in findings])
        return 0
    if not findings:
        earlier = f" ({result.accepted} accepted as fine earlier)" if result.accepted else ""
        print(f"Nothing found that may not be fit to publish{earlier}.")
        return 0
    sys.stdout.write(finding_lines(findings))
    count = len(findings)
    earlier = f"; {result.accepted} accepted as fine earlier" if result.accepted else ""
    print(
        f"{count} finding{'s' if count != 1 else ''} to resolve{earlier}. Withhold a paragraph "
        f"with --withhold N --reason s40, or accept one as fine with --accept N."
    )
    return 0


def finding_lines(findings: list[Finding]) -> str:
    width = len(str(len(findings)))
    out = []
    for n, finding in enumerate(findings, start=1):
        out.append(f"{n:>{width}}. item {finding.item_number:<5} {finding.kind:<10} {finding.text}")
        indent = " " * (width + 2)
        out += textwrap.wrap(finding.excerpt, 88, initial_indent=indent, subsequent_indent=indent)
    return "\n".join(out) + "\n"


def _apply(archive: Archive, meeting_id: int, findings: list[Finding], args) -> None:
    """Resolve the findings named by their number in the listing, as one batch: every
    number is checked before anything is changed."""
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
        print(f"Accepted {number} as fine to publish: {describe(findings[number - 1])}.", file=out)
    done_places: set[tuple[str, tuple[int, ...]]] = set()
    for number in sorted(set(args.withhold)):
        finding = findings[number - 1]
        where = (finding.item_number, finding.place)
        if where in done_places:
            continue  # two findings in one paragraph: withheld once
        done_places.add(where)
        what = withhold(archive, meeting_id, finding, args.reason)
        print(f"Withheld {what} from publication ({args.reason.strip()}).", file=out)
