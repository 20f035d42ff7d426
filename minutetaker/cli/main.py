"""The ``minutetaker`` command: parse, call the layers below, print.

Importing this module loads no Qt; the window is imported only when it is
opened, so the command line starts quickly.
"""

from __future__ import annotations

import sys

from minutetaker.cli.parser import build_parser, protect_search_words


def main(argv: list[str] | None = None) -> int:
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(encoding="utf-8", errors="replace")
    parser = build_parser()
    args = parser.parse_args(protect_search_words(sys.argv[1:] if argv is None else argv))

    from minutetaker.store.paths import data_dir

    folder = data_dir(args.data_dir)
    if args.command is None:
        from minutetaker.gui.shell.app import run

        return run(folder)

    from minutetaker.cli import commands
    from minutetaker.cli.failures import is_expected

    if args.command == "export":
        suffix = args.out.suffix.lower().lstrip(".")
        if args.format is None:
            if suffix not in ("docx", "json"):
                parser.error("export: --out must end in .docx or .json, or give --format")
            args.format = suffix
        if args.public and args.format == "json":
            parser.error("export: --public is for the Word version; JSON always holds everything")
    from minutetaker.cli.after_grammar import COMMANDS as AFTER_COMMANDS

    try:
        if args.command == "restore":
            return commands.cmd_restore(folder, args)
        if args.command in AFTER_COMMANDS:
            from minutetaker.cli import after

            return after.run(args, folder)
        return commands.run(args, folder)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
    except Exception as error:
        if not is_expected(error):
            raise
        message = str(error)
        if type(error).__name__ == "ArchiveCorrupt" and args.command != "restore":
            message = message.rstrip(".") + "; `minutetaker restore` lists the backups."
        print(f"minutetaker: {message}", file=sys.stderr)
        return 1
