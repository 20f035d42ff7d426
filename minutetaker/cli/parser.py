"""The command line's grammar, as the README and `minutetaker --help` promise it."""

from __future__ import annotations

import argparse
import os
import re
import sys
from pathlib import Path

from minutetaker import __version__

MAX_RESULTS = 1000
# Marks a search word that starts with "-" so argparse does not take it for an
# option ("search -horse eastport"); cmd_search takes the mark off again.
DASH_MARK = "\x00"
_SEARCH_OPTIONS_WITH_VALUE = {"--owner", "--from", "--to", "--limit", "--section"}
_SEARCH_FLAGS = {"--json", "--actions-only", "-h", "--help"}
_TEMPLATE_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]*$")


class _Parser(argparse.ArgumentParser):
    """argparse, measuring the terminal as ``shutil`` would but without loading it
    (and the compression modules it brings): every command starts sooner."""

    def _get_formatter(self) -> argparse.HelpFormatter:
        return self.formatter_class(prog=self.prog, width=_columns() - 2)


def _columns() -> int:
    try:
        columns = int(os.environ.get("COLUMNS", "0"))
    except ValueError:
        columns = 0
    if columns <= 0:
        try:
            columns = os.get_terminal_size(sys.__stdout__.fileno()).columns
        except (AttributeError, ValueError, OSError):
            columns = 0
    return columns if columns > 0 else 80


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="minutetaker",
        description="Minutes for formal governance meetings. Without a command, opens "
        "the window; the commands serve scripting, support and backups.",
        epilog="Options such as --data-dir come before the command: "
        "minutetaker --data-dir DIR list",
    )
    parser.add_argument("--version", action="version", version=f"minutetaker {__version__}")
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        type=_folder,
        help="the archive folder (default: $MINUTETAKER_DATA_DIR, else your user data folder)",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    demo = commands.add_parser("demo", help="fill an empty archive with fictional meetings")
    demo.add_argument(
        "--meetings",
        type=_count(100_000),
        default=24,
        metavar="N",
        help="how many monthly meetings (default 24)",
    )

    listing = commands.add_parser("list", help="the archive's meetings, newest first")
    listing.add_argument("--json", action="store_true", help="print JSON")

    show = commands.add_parser("show", help="one meeting")
    show.add_argument(
        "meeting",
        metavar="MEETING",
        help="the meeting's id, or its date (YYYY-MM-DD or dd/mm/yyyy)",
    )
    show.add_argument("--json", action="store_true", help="print it in interchange format v1")

    new = commands.add_parser(
        "new", help="start the next meeting: date, people and open actions carried forward"
    )
    new.add_argument(
        "--date",
        type=_date,
        metavar="DATE",
        help="the meeting's date, YYYY-MM-DD or dd/mm/yyyy "
        "(default: the date the last meeting set)",
    )
    new.add_argument(
        "--template",
        default="monthly-assurance",
        metavar="NAME",
        type=_template,
        help="the agenda template (default monthly-assurance)",
    )

    imp = commands.add_parser(
        "import",
        help="meetings in interchange format v1 (.json) or Word minutes (.docx)",
        description="Import meetings: interchange format v1 (.json) or Word minutes typed "
        "in the house format (.docx), chosen by each file's extension. All the files are "
        "imported, or none if one is refused. Word minutes come in as agreed records; their "
        "open actions are carried forward by `minutetaker new`.",
    )
    imp.add_argument(
        "files",
        nargs="+",
        metavar="FILE",
        type=Path,
        help="meeting files (.json) and Word minutes (.docx); all are imported, or none",
    )
    imp.add_argument(
        "--dry-run",
        action="store_true",
        help="say what was found in each file (date, people, items, actions, paragraphs "
        "that could not be placed) and write nothing",
    )
    imp.add_argument(
        "--replace",
        action="store_true",
        help="replace a meeting already held with the same date and title (a draft, or "
        "past minutes read again), never one with versions kept (circulated, agreed or "
        "published)",
    )

    export = commands.add_parser("export", help="one meeting as a Word document or JSON")
    export.add_argument("meeting", metavar="MEETING", help="the meeting's id, or its date")
    export.add_argument(
        "--out", required=True, type=Path, metavar="FILE", help="the file to write (.docx or .json)"
    )
    export.add_argument(
        "--format", choices=("docx", "json"), help="default: from the --out file's extension"
    )
    export.add_argument(
        "--public",
        action="store_true",
        help="the Word version for publication: restricted parts left out",
    )

    from minutetaker.cli.after_grammar import add_check_parser

    add_check_parser(commands)

    search = commands.add_parser("search", help="search the text of every meeting")
    search.add_argument(
        "query",
        nargs="+",
        metavar="QUERY",
        help='words, "a phrase", prefix*, -excluded (quote it as one argument)',
    )
    search.add_argument("--json", action="store_true", help="print JSON")
    search.add_argument(
        "--owner", metavar="CODE", type=_text, help="only items with an action for CODE"
    )
    search.add_argument(
        "--from",
        dest="date_from",
        type=_date,
        metavar="DATE",
        help="only meetings on or after this date (YYYY-MM-DD or dd/mm/yyyy)",
    )
    search.add_argument(
        "--to",
        dest="date_to",
        type=_date,
        metavar="DATE",
        help="only meetings on or before this date (YYYY-MM-DD or dd/mm/yyyy)",
    )
    search.add_argument(
        "--section",
        metavar="NUMBER",
        type=_text,
        help='only this agenda section and its sub-items ("4" gives 4a too)',
    )
    search.add_argument(
        "--actions-only", action="store_true", help="match the text of actions only"
    )
    search.add_argument(
        "--limit",
        type=_count(MAX_RESULTS),
        default=20,
        metavar="N",
        help="at most N results, best first (default 20)",
    )

    actions = commands.add_parser("actions", help="every action in the archive, by due date")
    actions.add_argument("--json", action="store_true", help="print JSON")
    actions.add_argument(
        "--owner", metavar="CODE", type=_text, help="only actions for CODE (or ALL)"
    )
    actions.add_argument(
        "--status",
        choices=("open", "discharged", "overdue", "all"),
        default="all",
        help="default all; overdue: open and past the due date",
    )
    actions.add_argument(
        "--meeting",
        metavar="MEETING",
        help="only actions raised or brought forward at this meeting",
    )
    actions.add_argument(
        "--text", metavar="WORDS", type=_text, help="only actions whose text holds WORDS"
    )

    from minutetaker.cli.after_grammar import add_after_commands

    add_after_commands(commands)

    commands.add_parser("backup", help="take a backup of the archive now")
    restore = commands.add_parser(
        "restore", help="list the backups, or restore one (the current archive is kept)"
    )
    restore.add_argument(
        "backup",
        nargs="?",
        metavar="BACKUP",
        help="a backup's number in the list (1 = newest) or its file; without it, list them",
    )
    return parser


def protect_search_words(argv: list[str]) -> list[str]:
    """Mark the words after ``search`` that start with "-" but are no option of
    its, so that ``search -horse eastport`` searches instead of failing."""
    start = 0
    while start < len(argv) and argv[start].startswith("-"):  # options before the command
        start += 2 if argv[start] == "--data-dir" else 1
    if start >= len(argv) or argv[start] != "search":
        return argv
    start += 1
    out = argv[:start]
    expect_value = False
    for token in argv[start:]:
        if expect_value:
            out.append(token)
            expect_value = False
        elif token in _SEARCH_OPTIONS_WITH_VALUE:
            out.append(token)
            expect_value = True
        elif token in _SEARCH_FLAGS or token.split("=")[0] in _SEARCH_OPTIONS_WITH_VALUE:
            out.append(token)
        elif token.startswith("-"):
            out.append(DASH_MARK + token)
        else:
            out.append(token)
    return out


def _folder(text: str) -> Path:
    if not text.strip():
        raise argparse.ArgumentTypeError("expected a folder, got nothing")
    return Path(text)


def _text(text: str) -> str:
    """Text as typed. Bytes that are not UTF-8 reach Python as lone surrogates,
    which no text can hold: refused here, with the reason, not deep in SQLite."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        raise argparse.ArgumentTypeError(
            "expected text, got bytes that are not UTF-8 (check the terminal's encoding)"
        ) from None
    return text


def _count(most: int):
    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"expected a whole number, got {text!r}") from None
        if not 1 <= value <= most:
            raise argparse.ArgumentTypeError(f"expected a number from 1 to {most}, got {value}")
        return value

    return parse


def _date(text: str):
    """A date as typed on the command line: YYYY-MM-DD or dd/mm/yyyy (as the window)."""
    from minutetaker.domain.dates import parse_typed_date

    try:
        return parse_typed_date(text)
    except ValueError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def _template(text: str) -> str:
    if not _TEMPLATE_NAME.match(text):
        raise argparse.ArgumentTypeError(
            f"expected the name of an agenda template such as monthly-assurance, got {text!r}"
        )
    return text
