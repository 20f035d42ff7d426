"""The ``minutetaker`` command: parse, call the layers below, print.

Importing this module loads no Qt; the window is imported only when it is
opened, so the command line starts quickly.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from minutetaker import __version__


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="minutetaker",
        description="Minutes for formal governance meetings: the window, and commands "
        "for scripting, support and backups. Without a command, opens the window.",
    )
    parser.add_argument("--version", action="version", version=f"minutetaker {__version__}")
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help="the archive folder (default: $MINUTETAKER_DATA_DIR, else your user data folder)",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    demo = commands.add_parser("demo", help="fill the archive with fictional monthly meetings")
    demo.add_argument(
        "--meetings", type=_positive, default=24, metavar="N", help="how many meetings (default 24)"
    )

    listing = commands.add_parser("list", help="the archive's meetings, newest first")
    listing.add_argument("--json", action="store_true", help="print JSON")

    show = commands.add_parser("show", help="one meeting")
    show.add_argument(
        "meeting", metavar="MEETING", help="the meeting's id, or its date (YYYY-MM-DD)"
    )
    show.add_argument("--json", action="store_true", help="print interchange format v1")

    new = commands.add_parser(
        "new", help="start the next meeting: date, people and open actions carried forward"
    )
    new.add_argument("--date", type=_date, metavar="YYYY-MM-DD", help="the meeting's date")
    new.add_argument(
        "--template",
        default="monthly-assurance",
        metavar="NAME",
        help="the agenda template (default monthly-assurance)",
    )

    imp = commands.add_parser("import", help="meetings in interchange format v1 (.json)")
    imp.add_argument("files", nargs="+", metavar="FILE", type=Path)
    imp.add_argument(
        "--replace",
        action="store_true",
        help="replace a meeting already in the archive with the same date and title",
    )

    export = commands.add_parser("export", help="one meeting as a Word document or JSON")
    export.add_argument("meeting", metavar="MEETING", help="the meeting's id, or its date")
    export.add_argument("--out", required=True, type=Path, metavar="FILE")
    export.add_argument(
        "--format", choices=("docx", "json"), help="default: from the --out file's extension"
    )
    export.add_argument(
        "--public",
        action="store_true",
        help="the version for publication (restricted parts left out)",
    )

    search = commands.add_parser("search", help="search every meeting's text")
    search.add_argument("query", metavar="QUERY", help='words, "a phrase", prefix*, -excluded')
    search.add_argument("--json", action="store_true", help="print JSON")
    search.add_argument("--owner", metavar="CODE", help="only items with an action for CODE")
    search.add_argument("--from", dest="date_from", type=_date, metavar="DATE")
    search.add_argument("--to", dest="date_to", type=_date, metavar="DATE")
    search.add_argument("--limit", type=_positive, default=20, metavar="N")

    actions = commands.add_parser("actions", help="every action in the archive")
    actions.add_argument("--json", action="store_true", help="print JSON")
    actions.add_argument("--owner", metavar="CODE")
    actions.add_argument(
        "--status",
        choices=("open", "discharged", "overdue", "all"),
        default="all",
        help="overdue: open and past the due date",
    )
    actions.add_argument("--meeting", metavar="MEETING", help="raised or brought forward there")
    actions.add_argument("--text", metavar="WORDS", help="actions whose text holds WORDS")
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


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number, got {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"expected a number of at least 1, got {value}")
    return value


def _date(text: str):
    from minutetaker.domain.dates import parse_date

    try:
        return parse_date(text)
    except ValueError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def main(argv: list[str] | None = None) -> int:
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(encoding="utf-8", errors="replace")
    parser = build_parser()
    args = parser.parse_args(argv)

    from minutetaker.store.paths import data_dir

    folder = data_dir(args.data_dir)
    if args.command is None:
        from minutetaker.gui.app import run

        return run(folder)

    from minutetaker.cli import commands
    from minutetaker.cli.failures import is_expected

    if args.command == "export" and args.format is None:
        suffix = args.out.suffix.lower().lstrip(".")
        if suffix not in ("docx", "json"):
            parser.error("--out must end in .docx or .json, or give --format")
        args.format = suffix
    try:
        if args.command == "restore":
            return commands.cmd_restore(folder, args)
        return commands.run(args, folder)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
    except Exception as error:
        if not is_expected(error):
            raise
        print(f"minutetaker: {error}", file=sys.stderr)
        if type(error).__name__ == "ArchiveCorrupt" and args.command != "restore":
            print(
                "minutetaker: `minutetaker restore` lists the backups to restore from.",
                file=sys.stderr,
            )
        return 1
