"""Importing meeting files into the archive: interchange JSON and Word minutes,
several at once, all of them or none.

:func:`read_files` reads and recognises every file (chosen by its extension, as
``export`` does) and refuses the batch at the first file that cannot be read;
:func:`check_batch` refuses, before anything is written, a batch that clashes
with itself or with the archive; :func:`link_brought_forward` ties each
brought-forward record of Word minutes to the action it follows, when the
archive (or the batch) holds the meeting that raised it; :func:`write` stores
the lot in one transaction. The command line and the window call the same steps,
and :meth:`ImportPlan.report` is the text both show before anything is written.
"""

from __future__ import annotations

import calendar
import datetime as dt
import difflib
import os
import stat
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from minutetaker.domain import house_format as words
from minutetaker.domain.dates import long_date
from minutetaker.domain.model import Meeting
from minutetaker.domain.template import assign_kinds
from minutetaker.domain.text import title_key
from minutetaker.store.archive import Archive
from minutetaker.wordimport.errors import ImportRefused
from minutetaker.wordimport.reader import Recognised, read_word_minutes

__all__ = [
    "FoundFile",
    "ImportPlan",
    "ImportRefused",
    "RefusedFile",
    "check_batch",
    "link_brought_forward",
    "read_each",
    "read_files",
    "write",
]
from minutetaker.wordimport.report import FileReport, excerpt, file_report

JSON_SUFFIXES = (".json",)
# Given to the Word reader, which says what each of the others is and what to do.
WORD_SUFFIXES = (".docx", ".docm", ".dotx", ".doc", ".odt", ".rtf")


@dataclass
class FoundFile:
    path: Path
    meeting: Meeting
    recognised: Recognised | None = None  # Word minutes only
    linked: list[str] = field(default_factory=list)  # brought-forward records tied to actions

    @property
    def kind(self) -> str:
        return "Word minutes" if self.recognised is not None else "meeting file"

    def report(self) -> str:
        return self.file_report().text()

    def file_report(self) -> FileReport:
        """What the file holds, as data (the window lays it out)."""
        recognised = self.recognised
        return file_report(
            self.meeting,
            self.path.name,
            unplaced=recognised.unplaced if recognised else None,
            inferred=recognised.notes if recognised else None,
            linked=self.linked,
            kind=self.kind,
        )


@dataclass
class ImportPlan:
    files: list[FoundFile]

    def report(self) -> str:
        return "\n".join(found.report() for found in self.files)

    def meetings(self) -> list[Meeting]:
        return [found.meeting for found in self.files]


def read_files(paths: list[Path]) -> ImportPlan:
    """Every file read and recognised; the first that cannot be is refused (with
    InterchangeError or WordImportError: one sentence naming it)."""
    files = []
    for path in paths:
        path = Path(path)
        _check_ordinary(path)
        suffix = path.suffix.lower()
        if suffix in JSON_SUFFIXES:
            files.append(FoundFile(path, _read_json(path)))
        elif suffix in WORD_SUFFIXES:
            recognised = read_word_minutes(path)
            files.append(FoundFile(path, recognised.meeting, recognised))
        else:
            raise ImportRefused(
                f"{path}: minutetaker imports meeting files (.json) and Word minutes (.docx), "
                "and this is neither; nothing was imported"
            )
    return ImportPlan(files)


@dataclass
class RefusedFile:
    path: Path
    sentence: str  # names the file and says what to do


def read_each(
    paths: list[Path],
    *,
    progress: Callable[[int, Path], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> tuple[ImportPlan, list[RefusedFile]] | None:
    """Every file read and recognised, as :func:`read_files` does, but on past a
    file that is refused, so that the person hears of every such file at once
    (the window): the plan of those read, and the sentence of each refused, a
    failure of the reader's own included. ``progress(n,
    path)`` is called before the n-th file (from 0); ``cancelled()`` is asked
    between files, and when it says so, None."""
    from minutetaker.interchange import InterchangeError
    from minutetaker.wordimport.errors import WordImportError

    found: list[FoundFile] = []
    refused: list[RefusedFile] = []
    for n, path in enumerate(paths):
        if cancelled is not None and cancelled():
            return None
        if progress is not None:
            progress(n, Path(path))
        try:
            found += read_files([path]).files
        except (ImportRefused, InterchangeError, WordImportError) as error:
            refused.append(RefusedFile(Path(path), str(error)))
        except Exception as error:  # a fault of ours: still one sentence, on to the next
            refused.append(
                RefusedFile(
                    Path(path),
                    f"{path}: minutetaker failed while reading this file "
                    f"({type(error).__name__}: {error}); nothing was imported. "
                    "Please report it with the file if you can.",
                )
            )
    if cancelled is not None and cancelled():
        return None
    return ImportPlan(found), refused


def _check_ordinary(path: Path) -> None:
    """Only an ordinary file is read, whatever its extension: a pipe could wait for
    ever and /dev/zero never ends."""
    try:
        found = os.stat(path)
    except FileNotFoundError:
        raise ImportRefused(
            f"{path}: there is no such file; nothing was imported (check the name and folder)."
        ) from None
    except OSError as error:
        raise ImportRefused(
            f"{path}: the file cannot be read ({error.strerror}); nothing was imported."
        ) from None
    if stat.S_ISDIR(found.st_mode):
        raise ImportRefused(
            f"{path}: this is a folder, not a meeting file; nothing was imported "
            "(give the files in it, for example folder/*.docx)."
        )
    if not stat.S_ISREG(found.st_mode):
        raise ImportRefused(
            f"{path}: this is not an ordinary file (a device, a pipe or a socket); "
            "nothing was imported."
        )


def _read_json(path: Path) -> Meeting:
    from minutetaker.interchange import read_meeting_file
    from minutetaker.resources import load_agenda

    meeting = read_meeting_file(path)
    try:
        template = load_agenda(meeting.template or "monthly-assurance")
    except ValueError:
        template = None
    assign_kinds(meeting, template)
    return meeting


REPLACE_ADVICE = "Use --replace to replace it."
KEPT_ADVICE = (
    "Change the record in the window instead (an agreed record asks for a reason "
    "first), or give the file another title to import it beside the record."
)


def _held_advice(archive: Archive, meeting_id: int, advice: str) -> str:
    """What to do about a meeting held already: --replace is offered only where
    it would be taken, never for a record with versions kept."""
    kept = archive.kept_record(meeting_id) if advice == REPLACE_ADVICE else None
    if not kept:
        return advice
    return f"{kept[0].upper()}{kept[1:]}, which --replace would delete. {KEPT_ADVICE}"


def check_batch(
    plan: ImportPlan,
    archive: Archive | None,
    replace: bool = False,
    held_advice: str = REPLACE_ADVICE,
) -> None:
    """Refuse a batch that clashes with itself or the archive: the same meeting
    twice, a meeting the archive holds already (unless replacing), one action id
    used twice, and (replacing) a record with versions kept (circulated, agreed
    or published from the archive), which replacing would delete. ``archive`` None:
    there is no archive yet. ``held_advice`` ends the sentence for a meeting
    held already (the window has no --replace)."""
    seen_meetings: dict[tuple, Path] = {}
    seen_actions: dict[str, Path] = {}
    for found in plan.files:
        path, meeting = found.path, found.meeting
        key = (meeting.date, title_key(meeting.title))
        if key in seen_meetings:
            raise ImportRefused(
                f"{path}: the {meeting.title} of {meeting.date.isoformat()} is also in "
                f"{seen_meetings[key]}; nothing was imported.",
                path,
            )
        seen_meetings[key] = path
        held = archive.find_meetings(meeting.date, meeting.title) if archive else []
        if held and not replace:
            raise ImportRefused(
                f"{path}: the archive already holds the {meeting.title} of "
                f"{meeting.date.isoformat()} (id {held[0]}); nothing was imported. "
                f"{_held_advice(archive, held[0], held_advice)}".rstrip(),
                path,
            )
        for old in held if replace else []:
            kept = archive.kept_record(old)
            if kept:
                raise ImportRefused(
                    f"{path}: {kept}, which --replace would delete; nothing was imported. "
                    f"{KEPT_ADVICE}",
                    path,
                )
        ids = {action.id: item.number for item, action in meeting.actions()}
        for action_id, number in ids.items():
            if action_id in seen_actions:
                raise ImportRefused(
                    f"{path}: item {number}: action id {action_id!r} is also used in "
                    f"{seen_actions[action_id]}; nothing was imported.",
                    path,
                )
            seen_actions[action_id] = path
        if archive is None:
            continue
        in_use = archive.action_ids_in_use(list(ids))
        if replace:
            # Ids held by the meeting being replaced are free again.
            mine = {a.id for m in held for _, a in archive.load_meeting(m).actions()}
            in_use = {k: v for k, v in in_use.items() if k not in mine}
        for action_id, raised in in_use.items():
            raise ImportRefused(
                f"{path}: item {ids[action_id]}: action id {action_id!r} is already used by "
                f"an action raised at the meeting of {raised.isoformat()}; nothing was imported.",
                path,
            )


@dataclass
class _Raised:
    id: str
    text: str
    owner: str
    meeting_date: dt.date


def link_brought_forward(plan: ImportPlan, archive: Archive | None) -> None:
    """Tie each brought-forward record of Word minutes to the action it follows:
    an action raised in the month the record names (in the archive, or at an
    earlier meeting of this batch) whose words are the record's. The record then
    carries the action's id and its meeting's date, and the decision settles the
    action in the tracker (discharged, or still open) as for any other meeting."""
    for found in sorted(plan.files, key=lambda f: f.meeting.date):
        if found.recognised is None:
            continue
        used: set[str] = set()
        for item in found.meeting.walk_items():
            record = item.brought_forward
            if record is None or record.action_id or record.from_date is None:
                continue
            first = record.from_date.replace(day=1)
            last = first.replace(day=calendar.monthrange(first.year, first.month)[1])
            candidates: list[_Raised] = []
            if archive is not None:
                candidates += [
                    _Raised(a.id, a.text, a.owner, a.meeting_date)
                    for a in archive.actions_raised_between(first, last)
                ]
            for other in plan.files:
                day = other.meeting.date
                if first <= day <= last and day < found.meeting.date:
                    candidates += [
                        _Raised(a.id, a.text, a.owner, day) for _, a in other.meeting.actions()
                    ]
            best = _best(record.action, record.owner, [c for c in candidates if c.id not in used])
            if best is None:
                continue
            used.add(best.id)
            record.action_id = best.id
            record.from_date = best.meeting_date
            record.owner = record.owner or best.owner
            found.linked.append(
                f"item {item.number} follows the action raised on {long_date(best.meeting_date)}"
                f" (“{excerpt(best.text, 60)}”)"
            )


def _best(text: str, owner: str, candidates: list[_Raised]) -> _Raised | None:
    key = words.heading_key(text)
    if not key:
        return None
    scored = []
    for candidate in candidates:
        if owner and candidate.owner and owner != candidate.owner:
            continue
        other = words.heading_key(candidate.text)
        if not other:
            continue
        ratio = difflib.SequenceMatcher(None, key, other).ratio()
        if ratio >= 0.85 or (min(len(key), len(other)) >= 30 and (key in other or other in key)):
            scored.append((ratio, candidate))
    return max(scored, key=lambda pair: pair[0])[1] if scored else None


def write(plan: ImportPlan, archive: Archive, replace: bool = False) -> list[int]:
    """Store every meeting of the batch as one change (oldest first); their ids in
    the order of the files."""
    order = sorted(range(len(plan.files)), key=lambda n: plan.files[n].meeting.date)
    ids = archive.import_meetings([plan.files[n].meeting for n in order], replace=replace)
    by_file = dict(zip(order, ids))
    return [by_file[n] for n in range(len(plan.files))]
