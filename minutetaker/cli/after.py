"""The commands for after the meeting: circulate, versions, compare, corrections,
agree, publish (and check, in ``check.py``). Thin: parse, call the core, print."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path

from minutetaker.cli.failures import CommandFailed
from minutetaker.domain.dates import long_date
from minutetaker.store import Archive

_HANDLERS = {
    "check": ("minutetaker.cli.check", "cmd_check"),
    "circulate": (__name__, "cmd_circulate"),
    "versions": (__name__, "cmd_versions"),
    "compare": ("minutetaker.cli.compare", "cmd_compare"),
    "corrections": ("minutetaker.cli.corrections", "cmd_corrections"),
    "agree": (__name__, "cmd_agree"),
    "publish": (__name__, "cmd_publish"),
}


def writes(args: argparse.Namespace) -> bool:
    """Whether the command changes the archive (then never under an open window)."""
    if args.command == "check":
        return bool(args.accept or args.withhold)
    if args.command == "corrections":
        return bool(args.accept_all)
    return args.command in ("circulate", "agree", "publish")


def run(args: argparse.Namespace, folder: Path) -> int:
    """Open the archive as the other commands do (``commands.run``): reading
    commands never create it or change anything; writing ones are refused while a
    window or another command holds the archive, and check it before writing."""
    import importlib

    from minutetaker.cli.commands import in_use, open_archive

    module, name = _HANDLERS[args.command]
    handler = getattr(importlib.import_module(module), name)
    if not writes(args):
        with open_archive(folder, read_only=True) as archive:
            return handler(archive, args)
    from minutetaker.store.lock import ArchiveInUse, ArchiveLock

    if not Archive.look(folder):
        with open_archive(folder, read_only=True):  # says there is none, and where
            pass
    try:
        lock = ArchiveLock.acquire(folder, holder="command")
    except ArchiveInUse as busy:
        raise CommandFailed(in_use(folder, busy)) from None
    with lock, Archive.open(folder, create=False, check=True) as archive:
        return handler(archive, args)


def emit_json(value: object) -> None:
    sys.stdout.write(json.dumps(value, ensure_ascii=False, indent=2) + "\n")


def local_time(when: dt.datetime) -> str:
    """``20/03/2031 14:02``, in the computer's time zone."""
    return when.astimezone().strftime("%d/%m/%Y %H:%M")


def _meeting_words(archive: Archive, meeting_id: int) -> str:
    return f"the meeting of {long_date(archive.load_meeting(meeting_id).date)}"


def cmd_circulate(archive: Archive, args: argparse.Namespace) -> int:
    from minutetaker.after_meeting.circulate import circulate

    meeting_id = archive.resolve(args.meeting)
    done = circulate(archive, meeting_id, args.out)
    print(
        f"Circulated the draft of {_meeting_words(archive, meeting_id)} as version "
        f"{done.version.number}: wrote {done.path} (marked DRAFT)."
    )
    print(f"Version {done.version.number} is kept in the archive in {archive.path.parent}.")
    return 0


def cmd_versions(archive: Archive, args: argparse.Namespace) -> int:
    meeting_id = archive.resolve(args.meeting)
    record = archive.record(meeting_id)
    kept = record.versions()
    if args.json:
        emit_json(
            [{"number": v.number, "created": v.created.isoformat(), "state": v.state} for v in kept]
        )
        return 0
    meeting = archive.load_meeting(meeting_id)
    if not kept:
        print(
            f"No version of {_meeting_words(archive, meeting_id)} has been kept yet; "
            "circulating the draft keeps the first."
        )
    for v in kept:
        print(f"{v.number:>3}  {local_time(v.created)}  {v.state}")
    now = meeting.state
    if meeting.agreed_on is not None and now in ("agreed", "published"):
        now += f" (agreed on {long_date(meeting.agreed_on)})"
    locked = "; locked" if record.is_locked() else ""
    print(f"Now: {now}{locked}.")
    return 0


def cmd_agree(archive: Archive, args: argparse.Namespace) -> int:
    meeting_id = archive.resolve(args.meeting)
    from minutetaker.store.lifecycle import today

    on = args.on or today()
    version = archive.record(meeting_id).agree(on)
    print(
        f"The record of {_meeting_words(archive, meeting_id)} was agreed on {long_date(on)} "
        f"and is locked from now on; version {version.number} holds the agreed text."
    )
    print(f"Recorded in the archive in {archive.path.parent}.")
    return 0


def cmd_publish(archive: Archive, args: argparse.Namespace) -> int:
    from minutetaker.after_meeting.check import describe
    from minutetaker.after_meeting.publish import FindingsUnresolved, publish

    meeting_id = archive.resolve(args.meeting)
    try:
        done = publish(archive, meeting_id, args.out, anyway=args.anyway)
    except FindingsUnresolved as error:
        count = len(error.findings)
        raise CommandFailed(
            f"The check found {count} thing{'s' if count != 1 else ''} that may not be fit to "
            f"publish, so nothing was written: `minutetaker check {args.meeting}` lists them "
            "to withhold or accept (or publish with --anyway)."
        ) from None
    if done.overridden:
        count = len(done.overridden)
        print(
            f"Published anyway (--anyway), with {count} finding{'s' if count != 1 else ''} "
            "of the check unresolved:"
        )
        for finding in done.overridden:
            print(f"  - {describe(finding)}")
    withheld = len(done.withheld)
    said = (
        f"{withheld} part{'s' if withheld != 1 else ''} withheld, and it says so under its title"
        if withheld
        else "nothing withheld"
    )
    print(
        f"Published {_meeting_words(archive, meeting_id)} (version {done.version.number}): "
        f"wrote {done.path} ({said})."
    )
    print(f"The redaction log is {done.log_path}; keep it, do not publish it.")
    print(f"Recorded as published in the archive in {archive.path.parent}.")
    return 0
