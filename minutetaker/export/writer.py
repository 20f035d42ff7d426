"""Export a meeting as a Word document in the house format, full or public.

This is the one orchestrator: it asks :mod:`public` what may be published,
builds the document from the walker's rows, and writes it safely
(``store.files``): under a temporary name in the target folder, moved into
place in one step, so a failure never leaves half a document nor destroys the
previous one; a public version and its redaction log together or not at all.
A step that records something with the file (circulating, publishing) places
the file inside its transaction and keeps or undoes it after.
"""

from __future__ import annotations

import io
from collections.abc import Callable
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
from minutetaker.export.word_work import word_work
from minutetaker.store.files import (
    Placed,
    WriteRefused,
    check_target,
    discard_files,
    place_files,
    prepare_files,
)

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
    # Once placed: the files they replaced, kept aside until kept or undone.
    _placed: Placed | None = field(default=None, repr=False)

    def commit(self) -> None:
        """Move the prepared files into place together, for good."""
        self.place()
        self.keep()

    def place(self) -> None:
        """Move the prepared files into place, keeping the files they replace aside
        until :meth:`keep` (or :meth:`undo`): all of them move, or none does."""
        pending, self._pending = self._pending, []
        try:
            self._placed = place_files(pending)
        except WriteRefused as refused:
            raise ExportError(f"{refused}, so the notes were not exported.") from None

    def keep(self) -> None:
        """Forget the replaced files: the new ones stay."""
        placed, self._placed = self._placed, None
        if placed is not None:
            placed.keep()

    def undo(self) -> None:
        """Put back what the placed files replaced (or remove them where there was
        nothing), and remove any file not yet placed."""
        placed, self._placed = self._placed, None
        if placed is not None:
            placed.undo()
        self.discard()

    def discard(self) -> None:
        """Remove the temporary files of a prepared export that is not wanted."""
        pending, self._pending = self._pending, []
        discard_files(pending)


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
    meeting: Meeting,
    path: Path,
    *,
    public: bool = False,
    style: HouseStyle = HOUSE_STYLE,
    archive_folder: Path | None = None,
) -> ExportReport:
    """Write the notes of ``meeting`` to ``path`` (the public version if ``public``).

    The public version and its redaction log are written together or not at
    all. The full version and the log hold restricted text, so they are the
    owner's alone (0600); the public version follows the umask. ``path`` must be
    a new name or a regular, writable file, outside ``archive_folder`` (the
    archive's folder) when given.

    Raises :class:`ExportError` with one sentence for the person when the file
    cannot be written; the previous file at ``path``, if any, is then untouched.
    """
    report = prepare_docx(meeting, path, public=public, style=style, archive_folder=archive_folder)
    report.commit()
    return report


def prepare_docx(
    meeting: Meeting,
    path: Path,
    *,
    public: bool = False,
    style: HouseStyle = HOUSE_STYLE,
    properties: dict[str, str] | None = None,
    archive_folder: Path | None = None,
) -> ExportReport:
    """Everything :func:`export_docx` does but the last step: the document (and, for
    the public version, its redaction log) written to temporary files beside
    ``path``. ``report.commit()`` moves them into place together; ``report.place()``
    then ``keep()`` or ``undo()`` does it in two steps, for a step that records
    something with the file (circulating, publishing) between them;
    ``report.discard()`` removes them. ``properties`` become custom document
    properties.
    """
    path = Path(path)
    log_path = None
    try:
        check_target(path, archive_folder)  # first: "." or "/" has no name to give the log
        if public:
            log_path = path.with_name(path.stem + style.log_suffix)
            check_target(log_path, archive_folder)
    except WriteRefused as refused:
        raise ExportError(f"{refused}, so the notes were not exported.") from None
    withheld: list[str] = []
    shown = meeting
    if public:
        redaction = redact(meeting)
        shown, withheld = redaction.meeting, redaction.withheld
    data = word_work(
        _built, shown, path, style, public=public, edited=bool(withheld), properties=properties
    )
    files = [(path, data, not public)]
    if log_path is not None:
        text = redaction_log(meeting, withheld, _readable(path.name)).encode("utf-8")
        files.append((log_path, text, True))  # it quotes what was withheld
    report = ExportReport(path=path, withheld=withheld, log_path=log_path)
    try:
        report._pending = prepare_files(files, archive_folder)
    except WriteRefused as refused:
        raise ExportError(f"{refused}, so the notes were not exported.") from None
    return report


def _built(
    meeting: Meeting,
    path: Path,
    style: HouseStyle,
    *,
    public: bool,
    edited: bool,
    properties: dict[str, str] | None,
) -> bytes:
    """As Word work (see :mod:`minutetaker.export.word_work`): the document built
    and packaged in here, on this thread; only its bytes come out."""
    try:
        document = build_document(
            meeting, style, public=public, edited=edited, properties=properties
        )
    except Exception as exc:  # a bug or a broken meeting: say so plainly, keep the cause
        raise ExportError(
            f"The notes could not be turned into a Word document ({type(exc).__name__}: {exc})."
        ) from exc
    return _package(document, path)


def save_document(
    build: Callable[[], Document],
    path: Path,
    *,
    archive_folder: Path | None = None,
    private: bool = True,
) -> ExportReport:
    """Write the document ``build()`` makes to ``path`` safely (temporary file, then
    moved into place); ExportError with one sentence when it cannot be written. It
    is built and packaged as Word work (see :mod:`minutetaker.export.word_work`), so
    it is given as the function that builds it. It is the owner's alone unless
    ``private`` is False (it may hold restricted text)."""
    path = Path(path)
    report = ExportReport(path=path)
    data = word_work(lambda: _package(build(), path))
    try:
        report._pending = prepare_files([(path, data, private)], archive_folder)
    except WriteRefused as refused:
        raise ExportError(f"{refused}, so the notes were not exported.") from None
    report.commit()
    return report


def _package(document: Document, path: Path) -> bytes:
    """The .docx as bytes, made in memory: a full disk then fails on a plain write,
    never half way through a zip file."""
    try:
        buffer = io.BytesIO()
        document.save(buffer)
        return buffer.getvalue()
    except Exception as exc:
        raise ExportError(
            f"{path.name} could not be written ({type(exc).__name__}: {exc}), "
            "so the notes were not exported."
        ) from exc


def _readable(name: str) -> str:
    """A file name as text: bytes that are not UTF-8 (which Python keeps as lone
    surrogates) shown as the replacement character."""
    return name.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
