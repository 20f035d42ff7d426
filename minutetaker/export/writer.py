"""Export a meeting as a Word document in the house format, full or public.

This is the one orchestrator: it asks :mod:`public` what may be published,
builds the document from the walker's rows, and writes it safely. A file is
always written under a temporary name in the target folder and moved into place
in one step (``os.replace``), so a failure never leaves half a document nor
destroys the previous one.
"""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
import shutil
from dataclasses import dataclass, field
from pathlib import Path

import docx
from docx.document import Document
from lxml import etree

from minutetaker.domain.model import STATE_CIRCULATED, STATE_DRAFT, Meeting
from minutetaker.domain.text import clean_line
from minutetaker.export import document as page
from minutetaker.export.house_style import HOUSE_STYLE, HouseStyle
from minutetaker.export.ooxml import add_run, make, para_props
from minutetaker.export.public import redact, redaction_log
from minutetaker.export.styles import apply_house_styles
from minutetaker.export.tables import (
    attendance_table,
    bold_label_line,
    minutes_table,
    summary_table,
)
from minutetaker.export.walker import (
    action_summary,
    attendance_rows,
    details,
    minutes_rows,
    title_text,
)

_BINARY = getattr(os, "O_BINARY", 0)  # Windows only
# Characters Windows and macOS refuse in a file name.
_UNSAFE = str.maketrans({c: "-" for c in '<>:"/\\|?*'})


class ExportError(Exception):
    """An export that could not be done; ``str()`` is one sentence for the person."""


@dataclass
class ExportReport:
    path: Path
    withheld: list[str] = field(default_factory=list)
    log_path: Path | None = None
    # (final path, temporary file) written by prepare_docx, not yet in place.
    _pending: list[tuple[Path, Path]] = field(default_factory=list, repr=False)
    # (final path, the file it replaced, set aside) once placed, until kept or undone.
    _placed: list[tuple[Path, Path | None]] = field(default_factory=list, repr=False)

    def commit(self) -> None:
        """Move the prepared files into place together, for good."""
        self.place()
        self.keep()

    def place(self) -> None:
        """Move the prepared files into place, keeping the files they replace aside
        until :meth:`keep` (or :meth:`undo`): all of them move, or none does."""
        pending, self._pending = self._pending, []
        self._placed = _replace_together(pending)

    def keep(self) -> None:
        """Forget the replaced files: the new ones stay."""
        placed, self._placed = self._placed, []
        for _, previous in placed:
            if previous is not None:
                with contextlib.suppress(OSError):
                    previous.unlink()
        for folder in {path.parent for path, _ in placed}:
            _sync_folder(folder)

    def undo(self) -> None:
        """Put back what the placed files replaced (or remove them where there was
        nothing), and remove any file not yet placed."""
        placed, self._placed = self._placed, []
        _put_back(placed)
        self.discard()

    def discard(self) -> None:
        """Remove the temporary files of a prepared export that is not wanted."""
        pending, self._pending = self._pending, []
        for _, temporary in pending:
            with contextlib.suppress(OSError):
                temporary.unlink()


def suggested_filename(meeting: Meeting, public: bool = False) -> str:
    """``2031-03-18 Monthly Assurance Meeting – Meeting Notes.docx`` (``(public)`` added)."""
    title = clean_line(meeting.title).strip().translate(_UNSAFE) or "Meeting"
    suffix = HOUSE_STYLE.public_suffix if public else ""
    return f"{meeting.date.isoformat()} {title} – Meeting Notes{suffix}.docx"


def build_document(
    meeting: Meeting,
    style: HouseStyle = HOUSE_STYLE,
    *,
    public: bool = False,
    edited: bool = False,
    properties: dict[str, str] | None = None,
) -> Document:
    """The finished document for ``meeting`` as given (redact first for the public one).

    The full version of a record not yet agreed says ``DRAFT`` in its header;
    ``edited`` (public version only) puts the line saying the notes were edited
    under the title; ``properties`` become custom document properties.
    """
    document = docx.Document()
    apply_house_styles(document, style)
    page.set_up_page(document, style)
    marking = "" if public else clean_line(meeting.marking).strip().upper()
    draft = not public and meeting.state in (STATE_DRAFT, STATE_CIRCULATED)
    page.header_and_footer(document, style, marking, draft=draft)
    title = title_text(meeting, style)
    page.set_properties(document, style, title, clean_line(meeting.minute_taker.name).strip())
    page.clean_package(document)
    page.set_custom_properties(document, properties or {})

    body = document.element.body
    section = body[-1]  # python-docx's template ends the body with its w:sectPr
    for child in list(body)[:-1]:
        body.remove(child)
    heading = make("p")
    para_props(heading, style_id="Title")
    add_run(heading, title, bold=True)
    content = [heading]
    if public and edited:
        notice = make("p")
        look = style.edited
        para_props(notice, after_pt=look.space_after_pt)
        add_run(notice, style.edited_notice, bold=look.bold, italic=look.italic)
        content.append(notice)
    holder = make("body")  # a scratch parent for the labelled lines
    for label, value in details(meeting, style):
        bold_label_line(holder, label, value, style)
    content.extend(holder)
    people = attendance_rows(meeting, style)
    if people:
        content.append(attendance_table(people, style))
        spacer = make("p")
        para_props(spacer, after_pt=style.body.space_after_pt)
        content.append(spacer)
    content.append(minutes_table(minutes_rows(meeting, style, public=public), style))
    summary = action_summary(meeting, style, public=public)
    if summary:  # no actions raised: no summary, and no page break
        content.append(_summary_heading(style))
        content.append(summary_table(summary, style))
    for element in content:
        section.addprevious(element)
    return document


def _summary_heading(style: HouseStyle) -> etree._Element:
    """The summary's heading: Heading 1 like the sections, kept with its table."""
    text = clean_line(style.summary_heading).strip()
    if style.headings_in_capitals:
        text = text.upper()
    heading = make("p")
    # Heading 1 keeps with the next paragraph, so the heading never stands alone at
    # the foot of a page: it goes where the table's first row goes.
    para_props(
        heading,
        style_id="Heading1",
        keep_next=True,
        page_break_before=style.summary_new_page,
        before_pt=0 if style.summary_new_page else style.summary_space_before_pt,
    )
    add_run(heading, text, bold=True)
    return heading


def export_docx(
    meeting: Meeting, path: Path, *, public: bool = False, style: HouseStyle = HOUSE_STYLE
) -> ExportReport:
    """Write the notes of ``meeting`` to ``path`` (the public version if ``public``).

    Raises :class:`ExportError` with one sentence for the person when the file
    cannot be written; the previous file at ``path``, if any, is then untouched.
    """
    report = prepare_docx(meeting, path, public=public, style=style)
    report.commit()
    return report


def save_document(document: Document, path: Path) -> ExportReport:
    """Write an already built document to ``path`` safely (temporary file, then moved
    into place); ExportError with one sentence when it cannot be written."""
    path = Path(path)
    _check_folder(path)
    report = ExportReport(path=path)
    report._pending.append((path, _write_temporary(path, document.save)))
    report.commit()
    return report


def prepare_docx(
    meeting: Meeting,
    path: Path,
    *,
    public: bool = False,
    style: HouseStyle = HOUSE_STYLE,
    properties: dict[str, str] | None = None,
) -> ExportReport:
    """Everything :func:`export_docx` does but the last step: the document (and, for
    the public version, its redaction log) written to temporary files beside
    ``path``. ``report.commit()`` moves them into place together; ``report.discard()``
    removes them. A step that must record something with the file (circulating,
    publishing) records it between the two, so that neither is kept without the other.
    """
    path = Path(path)
    _check_folder(path)
    withheld: list[str] = []
    shown = meeting
    if public:
        redaction = redact(meeting)
        shown, withheld = redaction.meeting, redaction.withheld
    try:
        document = build_document(
            shown, style, public=public, edited=bool(withheld), properties=properties
        )
    except Exception as exc:  # a bug or a broken meeting: say so plainly, keep the cause
        raise ExportError(
            f"The notes could not be turned into a Word document ({type(exc).__name__}: {exc})."
        ) from exc
    report = ExportReport(path=path, withheld=withheld)
    report._pending.append((path, _write_temporary(path, document.save)))
    if public:
        report.log_path = path.with_name(path.stem + style.log_suffix)
        text = redaction_log(meeting, withheld, path.name).encode("utf-8")
        try:
            written = _write_temporary(report.log_path, lambda handle: handle.write(text))
        except BaseException:
            report.discard()
            raise
        report._pending.append((report.log_path, written))
    return report


def _check_folder(path: Path) -> None:
    folder = path.parent
    if not folder.is_dir():
        raise ExportError(f"The folder {folder} does not exist, so the notes were not exported.")
    if path.is_dir():
        raise ExportError(f"{path} is a folder, not a file name, so the notes were not exported.")


def _temporary_beside(path: Path) -> Path:
    return path.parent / f".~{path.stem[:40]}.{secrets.token_hex(4)}.tmp"


def _write_temporary(path: Path, write) -> Path:
    """Call ``write(handle)`` on a new temporary file beside ``path``, flushed to disk."""
    folder = path.parent
    temporary = _temporary_beside(path)
    try:
        # os.open with 0o666 lets the umask decide the mode, as for any new file.
        descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL | _BINARY, 0o666)
    except OSError as exc:
        raise ExportError(
            f"The folder {folder} cannot be written to, so the notes were not exported."
        ) from exc
    handle = os.fdopen(descriptor, "wb")
    try:
        with handle:
            write(handle)
            handle.flush()
            os.fsync(handle.fileno())
    except BaseException as exc:
        with contextlib.suppress(OSError):
            temporary.unlink()
        _raise_plainly(exc, path)
    return temporary


def _raise_plainly(exc: BaseException, path: Path):
    if isinstance(exc, OSError):
        raise ExportError(_explain(exc, path)) from exc
    if isinstance(exc, Exception):
        raise ExportError(
            f"{path.name} could not be written ({type(exc).__name__}: {exc}), "
            "so the notes were not exported."
        ) from exc
    raise exc


def _replace_together(pending: list[tuple[Path, Path]]) -> list[tuple[Path, Path | None]]:
    """Move each temporary file onto its path, setting aside the file it replaces.
    If one cannot be moved, those moved before it are put back and every temporary
    file is removed, so the files are all new or all as they were."""
    placed: list[tuple[Path, Path | None]] = []
    try:
        for path, temporary in pending:
            previous = _set_aside(path) if path.exists() else None
            try:
                os.replace(temporary, path)  # the path always holds a whole file
            except BaseException:
                if previous is not None:
                    with contextlib.suppress(OSError):
                        previous.unlink()
                raise
            placed.append((path, previous))
    except BaseException as exc:
        _put_back(placed)
        for _, temporary in pending:
            with contextlib.suppress(OSError):
                temporary.unlink()
        _raise_plainly(exc, pending[len(placed)][0])
    return placed


def _set_aside(path: Path) -> Path:
    """A second name (or, where the disk has no hard links, a copy) for the file at
    ``path``, so that it can be put back if the step it belongs to fails."""
    previous = _temporary_beside(path)
    try:
        os.link(path, previous)
    except OSError:
        shutil.copy2(path, previous)
    return previous


def _put_back(placed: list[tuple[Path, Path | None]]) -> None:
    for path, previous in reversed(placed):
        with contextlib.suppress(OSError):
            if previous is None:
                path.unlink()
            else:
                os.replace(previous, path)


def _explain(exc: OSError, path: Path) -> str:
    if exc.errno == errno.ENOSPC:
        return f"The disk holding {path.parent} is full, so the notes were not exported."
    if isinstance(exc, PermissionError):
        return (
            f"{path.name} cannot be replaced (it may be open in Word or read-only), "
            "so the notes were not exported."
        )
    return (
        f"{path.name} could not be written ({exc.strerror or exc}), so the notes were not exported."
    )


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable where the system allows it (not on Windows)."""
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        descriptor = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(descriptor)
        finally:
            os.close(descriptor)
