"""The grammar of the commands for after the meeting (cli.md, "After the meeting").

Kept apart from ``parser.py`` so that the commands of the month after the meeting
read as one group; ``after.py`` does what they ask.
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
from pathlib import Path

COMMANDS = ("check", "circulate", "versions", "compare", "corrections", "agree", "publish")
_UK_DATE = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{4})$")
_ISO_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")


def add_after_commands(commands: argparse._SubParsersAction) -> None:
    meeting_help = "the meeting's id, or its date (YYYY-MM-DD)"

    circulate = commands.add_parser(
        "circulate", help="the full version marked DRAFT, for comments; keeps version N"
    )
    circulate.add_argument("meeting", metavar="MEETING", help=meeting_help)
    circulate.add_argument(
        "--out", required=True, type=_docx, metavar="FILE.docx", help="the Word file to write"
    )

    versions = commands.add_parser("versions", help="the versions of a meeting kept so far")
    versions.add_argument("meeting", metavar="MEETING", help=meeting_help)
    versions.add_argument("--json", action="store_true", help="print JSON")

    compare = commands.add_parser(
        "compare", help="what changed between two versions (V2 omitted: as it stands now)"
    )
    compare.add_argument("meeting", metavar="MEETING", help=meeting_help)
    compare.add_argument("v1", type=_number, metavar="V1", help="the earlier version's number")
    compare.add_argument(
        "v2", type=_number, nargs="?", metavar="V2", help="the later version (default: now)"
    )
    compare.add_argument(
        "--out",
        type=_docx,
        metavar="FILE.docx",
        help="write the later version with the changes as Word tracked changes",
    )
    compare.add_argument("--json", action="store_true", help="print JSON")

    corrections = commands.add_parser(
        "corrections", help="a reviewer's edits to a circulated draft, item by item"
    )
    corrections.add_argument("meeting", metavar="MEETING", help=meeting_help)
    corrections.add_argument(
        "file", type=Path, metavar="FILE.docx", help="the circulated draft, as edited"
    )
    corrections.add_argument(
        "--accept-all", action="store_true", help="apply every change (one change, all or none)"
    )
    corrections.add_argument("--json", action="store_true", help="print JSON")

    agree = commands.add_parser("agree", help="the record agreed; locked from then on")
    agree.add_argument("meeting", metavar="MEETING", help=meeting_help)
    agree.add_argument(
        "--on",
        type=day,
        metavar="DATE",
        help="the day it was agreed, YYYY-MM-DD or dd/mm/yyyy (default: today)",
    )

    publish = commands.add_parser("publish", help="the public version, after the check")
    publish.add_argument("meeting", metavar="MEETING", help=meeting_help)
    publish.add_argument(
        "--out", required=True, type=_docx, metavar="FILE.docx", help="the Word file to write"
    )
    publish.add_argument(
        "--anyway",
        action="store_true",
        help="publish even though the check found something unresolved (says so)",
    )


def day(text: str) -> dt.date:
    """A date as the window takes it: ``YYYY-MM-DD`` or ``dd/mm/yyyy``."""
    text = text.strip()
    uk, iso = _UK_DATE.match(text), _ISO_DATE.match(text)
    if not (uk or iso):
        raise argparse.ArgumentTypeError(
            f"expected a date as YYYY-MM-DD or dd/mm/yyyy, got {text!r}"
        )
    d, m, y = (
        (int(part) for part in uk.groups())
        if uk
        else reversed([int(part) for part in iso.groups()])
    )
    try:
        return dt.date(y, m, d)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date in the calendar") from None


def _number(text: str) -> int:
    if not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(f"expected a number from 1 up, got {text!r}")
    return int(text)


def _docx(text: str) -> Path:
    path = Path(text)
    if path.suffix.lower() != ".docx":
        raise argparse.ArgumentTypeError(f"expected a Word file name ending in .docx, got {text!r}")
    return path


def add_check_parser(commands) -> None:
    """The ``check`` command's grammar (called by the parser)."""
    check = commands.add_parser(
        "check",
        help="what may not be fit to circulate or publish: spelling, personal data",
        description="List what may not be fit to circulate or publish, numbered: misspelt "
        "words, and personal data in the paragraphs the public version would contain. "
        "Resolve a finding by withholding its paragraph (--withhold N --reason REASON) or by "
        "accepting it as fine (--accept N); the choices are remembered.",
    )
    check.add_argument("meeting", metavar="MEETING", help="the meeting's id, or its date")
    check.add_argument("--json", action="store_true", help="print JSON")
    check.add_argument(
        "--accept",
        action="append",
        type=_number,
        default=[],
        metavar="N",
        help="finding N (as listed) is fine as it is; may be repeated",
    )
    check.add_argument(
        "--withhold",
        action="append",
        type=_number,
        default=[],
        metavar="N",
        help="the paragraph of finding N is not for publication; may be repeated",
    )
    check.add_argument(
        "--reason",
        metavar="REASON",
        help="why, for --withhold: s31, s38, s40, s41, s43, s36 (FOI exemptions) or words",
    )
