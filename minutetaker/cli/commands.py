"""What each command does: open the archive, call the core, print the result.

Each command imports what only it needs inside its function, so that a quick
one (``list``) loads no domain model, no JSON, no agenda templates, no Word
export. The commands are found in one table at the end, :data:`COMMANDS`
(those for after the meeting in ``cli/after.py``'s).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
from pathlib import Path

from minutetaker.cli.failures import CommandFailed
from minutetaker.cli.parser import DASH_MARK
from minutetaker.domain.dates import long_date
from minutetaker.store import Archive
from minutetaker.store.errors import NoArchive
from minutetaker.store.paths import ARCHIVE_NAME

# Commands that add or replace meetings: never while a window holds the archive,
# so that no meeting ever has two writers; checked (quick_check) before writing.
WRITERS = ("demo", "new", "import")
# Commands that only read: they never create an archive, change a folder or write.
READERS = ("list", "show", "search", "actions", "export", "backup", "check")


def run(args: argparse.Namespace, folder: Path) -> int:
    handler = COMMANDS[args.command]
    prepare = PREPARE.get(args.command)
    if prepare is not None:  # what can be refused before the archive is touched
        prepare(args)
    if args.command == "import" and args.dry_run:
        return import_dry_run(folder, args.plan, args)
    if args.command not in WRITERS:
        with open_archive(folder, read_only=args.command in READERS) as archive:
            return handler(archive, args)
    from minutetaker.store.lock import ArchiveInUse, ArchiveLock

    Archive.look(folder)  # a file that is not ours is refused before a lock is put beside it
    try:
        lock = ArchiveLock.acquire(folder, holder="command")
    except ArchiveInUse as busy:
        raise CommandFailed(in_use(folder, busy)) from None
    with lock, Archive.open(folder, check=True) as archive:
        return handler(archive, args)


def open_archive(folder: Path, read_only: bool) -> Archive:
    """The archive in ``folder``, never created: where there is none, say where we
    looked and how to start."""
    try:
        return Archive.open(folder, create=False, read_only=read_only)
    except NoArchive:
        raise CommandFailed(
            f"There is no archive in {folder}: start one with `minutetaker new` or "
            "`minutetaker import FILE`, or give the folder that holds it with --data-dir."
        ) from None


def in_use(folder: Path, busy) -> str:
    """The sentence for a lock held by a window or by another command (or by a
    holder that cannot be told, which is never called a window)."""
    holder = getattr(busy, "holder", "")
    if holder == "command":
        return (
            f"Another minutetaker command is changing the archive in {folder} just now; "
            "try again when it has finished."
        )
    if holder == "window":
        return (
            f"The archive in {folder} is open in a minutetaker window; make the change "
            "there, or close the window first."
        )
    return (
        f"The archive in {folder} is in use by another minutetaker just now (a window, "
        "or a command still running); try again when it has finished."
    )


def _emit_json(value: object) -> None:
    import json

    sys.stdout.write(json.dumps(value, ensure_ascii=False, indent=2) + "\n")


def cmd_demo(archive: Archive, args: argparse.Namespace) -> int:
    from minutetaker.demo import fill_demo

    held = archive.count_meetings()
    if held:
        raise CommandFailed(
            f"The archive in {archive.path.parent} already holds {held} meetings; the demo "
            "goes into an empty archive (name another folder with --data-dir)."
        )
    made = fill_demo(archive, meetings=args.meetings)
    print(f"Added {made} fictional meetings to the archive {archive.path}.")
    return 0


def cmd_list(archive: Archive, args: argparse.Namespace) -> int:
    meetings = archive.list_meetings()
    if args.json:
        _emit_json(
            [
                {
                    "id": m.id,
                    "date": m.date.isoformat(),
                    "title": m.title,
                    "template": m.template,
                    "state": m.state,
                }
                for m in meetings
            ]
        )
        return 0
    if not meetings:
        print("The archive holds no meetings yet. Start one with: minutetaker new")
        return 0
    width = len(str(max(m.id for m in meetings)))
    for m in meetings:
        print(f"{m.id:>{width}}  {m.date.isoformat()}  {m.state:<10}  {m.title}")
    return 0


def cmd_show(archive: Archive, args: argparse.Namespace) -> int:
    from minutetaker.interchange import meeting_to_json

    meeting = archive.load_meeting(archive.resolve(args.meeting))
    from minutetaker.cli.text import meeting_text

    sys.stdout.write(meeting_to_json(meeting) if args.json else meeting_text(meeting))
    return 0


def cmd_new(archive: Archive, args: argparse.Namespace) -> int:
    from minutetaker.resources import load_agenda

    template = load_agenda(args.template)
    planned = archive.plan_next_meeting(template, args.date)
    held = archive.find_meetings(planned.date, planned.title)
    if held:
        raise CommandFailed(
            f"The archive already holds the {planned.title} of {planned.date.isoformat()} "
            f"(id {held[0]}); give another --date."
        )
    meeting = archive.start_meeting(template, planned.date)
    brought = sum(1 for item in meeting.walk_items() if item.brought_forward is not None)
    carried = (
        f", with {brought} action{'s' if brought != 1 else ''} brought forward" if brought else ""
    )
    print(f"Started the meeting of {long_date(meeting.date)} (id {meeting.id}){carried}.")
    print(f"Written to the archive {archive.path}.")
    return 0


def prepare_import(args: argparse.Namespace) -> None:
    """Read and recognise every file first (.json and .docx): a file refused, or one
    that cannot be read, is refused before the archive is locked, created or opened."""
    from minutetaker.wordimport import batch

    args.plan = batch.read_files(args.files)


def cmd_import(archive: Archive, args: argparse.Namespace) -> int:
    from minutetaker.wordimport import batch

    plan = args.plan
    batch.check_batch(plan, archive, args.replace)
    batch.link_brought_forward(plan, archive)
    ids = batch.write(plan, archive, args.replace)
    for found, meeting_id in zip(plan.files, ids):
        meeting = found.meeting
        unplaced = found.recognised.unplaced if found.recognised else []
        note = (
            f"; {len(unplaced)} paragraph{'s' if len(unplaced) != 1 else ''} could not be "
            "placed and stand in the notes of their items (see --dry-run)"
            if unplaced
            else ""
        )
        print(
            f"Imported {found.path.name}: {meeting.title}, {long_date(meeting.date)} "
            f"(id {meeting_id}){note}."
        )
    print(f"Written to the archive {archive.path}.")
    return 0


def import_dry_run(folder: Path, plan, args: argparse.Namespace) -> int:
    """Print what was found in every file and write nothing: not even an archive
    where there is none (then nothing can clash with it). An archive there is only
    looked at, read-only."""
    from minutetaker.wordimport import batch

    plan = args.plan
    archive = None
    if (folder / ARCHIVE_NAME).exists():
        with Archive.open(folder, create=False, read_only=True) as archive:
            try:
                batch.check_batch(plan, archive, args.replace)
            finally:
                batch.link_brought_forward(plan, archive)
                sys.stdout.write(plan.report())
    else:
        try:
            batch.check_batch(plan, None, args.replace)
        finally:
            batch.link_brought_forward(plan, None)
            sys.stdout.write(plan.report())
    print(f"Nothing was written (dry run); the archive is in {folder}.")
    return 0


def cmd_export(archive: Archive, args: argparse.Namespace) -> int:
    from minutetaker.interchange import write_meeting_file
    from minutetaker.store.files import WriteRefused

    meeting = archive.load_meeting(archive.resolve(args.meeting))
    out: Path = args.out
    if args.format == "json":
        if args.public:
            raise CommandFailed(
                "--public applies to the Word export; JSON always holds everything."
            )
        try:
            write_meeting_file(meeting, out, archive.path.parent)
        except WriteRefused as refused:
            raise CommandFailed(f"{refused}, so the meeting was not written.") from None
        print(f"Wrote {out}.")
        return 0
    from minutetaker.export import export_docx

    report = export_docx(meeting, out, public=args.public, archive_folder=archive.path.parent)
    print(f"Wrote {report.path}.")
    if getattr(report, "log_path", None):
        print(f"What was withheld, and why: {report.log_path}.")
    return 0


def cmd_search(archive: Archive, args: argparse.Namespace) -> int:
    query = " ".join(word.replace(DASH_MARK, "") for word in args.query)
    hits = archive.search(
        query,
        owner=args.owner,
        date_from=args.date_from,
        date_to=args.date_to,
        section=args.section,
        actions_only=args.actions_only,
        limit=args.limit,
    )
    if args.json:
        _emit_json(
            [
                {
                    "meeting_id": h.meeting_id,
                    "date": h.date.isoformat(),
                    "item_number": h.item_number,
                    "item_heading": h.item_heading,
                    "snippet": h.snippet,
                }
                for h in hits
            ]
        )
        return 0
    from minutetaker.cli.text import search_lines

    sys.stdout.write(search_lines(hits) if hits else "Nothing found.\n")
    if len(hits) == args.limit:
        print(f"(The best {args.limit} shown; --limit N shows more.)")
    return 0


def cmd_actions(archive: Archive, args: argparse.Namespace) -> int:
    meeting_id = archive.resolve(args.meeting) if args.meeting else None
    today = dt.date.today()
    rows = archive.list_actions(
        owner=args.owner, status=args.status, meeting_id=meeting_id, text=args.text, today=today
    )
    if args.json:
        _emit_json(
            [
                {
                    "id": r.id,
                    "meeting_id": r.meeting_id,
                    "meeting_date": r.meeting_date.isoformat(),
                    "item_number": r.item_number,
                    "text": r.text,
                    "owner": r.owner,
                    "due": r.due.isoformat() if r.due else None,
                    "status": r.shown_status(today),  # as the window shows it
                }
                for r in rows
            ]
        )
        return 0
    from minutetaker.cli.text import action_lines

    sys.stdout.write(action_lines(rows, today) if rows else "No actions.\n")
    return 0


def cmd_backup(archive: Archive, args: argparse.Namespace) -> int:
    taken = archive.backup()
    print(f"Backed up the archive to {taken.path}.")
    return 0


def cmd_restore(folder: Path, args: argparse.Namespace) -> int:
    """Works on the archive's files without opening it: it may be the damaged one."""
    from minutetaker.store import backup as backups

    kept = backups.list_backups(folder)
    if args.backup is None:
        if not kept:
            print(f"There are no backups in {backups.backup_dir(folder)} yet.")
            return 0
        for n, item in enumerate(kept, start=1):
            print(f"{n:>3}  {item.describe()}  {item.path.name}")
        print("Restore one with: minutetaker restore NUMBER")
        return 0
    if args.backup.isdigit() and not os.path.lexists(args.backup):
        index = int(args.backup)
        if not 1 <= index <= len(kept):
            raise CommandFailed(
                f"There is no backup number {index} in {backups.backup_dir(folder)}; "
                f"there are {len(kept)}."
            )
        chosen = kept[index - 1].path
    else:
        chosen = Path(args.backup)
    from minutetaker.store.lock import ArchiveInUse, ArchiveLock

    try:
        lock = ArchiveLock.acquire(folder, holder="command")  # never under an open window
    except ArchiveInUse as busy:
        if busy.holder != "window":
            raise CommandFailed(in_use(folder, busy)) from None
        raise
    with lock:
        previous = backups.restore(folder, chosen)
    print(f"Restored the archive {folder / ARCHIVE_NAME} from {chosen.name}.")
    if previous:
        print(f"The archive as it was is kept as {previous}.")
    return 0


# Every command but restore (which works on the archive's files, not the open
# archive) and those for after the meeting (cli/after.py).
COMMANDS = {
    "demo": cmd_demo,
    "list": cmd_list,
    "show": cmd_show,
    "new": cmd_new,
    "import": cmd_import,
    "export": cmd_export,
    "search": cmd_search,
    "actions": cmd_actions,
    "backup": cmd_backup,
}
# What a command reads or refuses before the archive is touched.
PREPARE = {"import": prepare_import}
