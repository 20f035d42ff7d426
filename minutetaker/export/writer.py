"""Export a meeting as a Word document in the house format, full or public.

This is the one orchestrator: it asks :mod:`public` what may be published,
builds the document from the walker's rows, and writes it safely
(``store.files``): under a temporary name in the target folder, moved into
place in one step, so a failure never leaves half a document nor destroys the
previous one; a public version and its redaction log together or not at all.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from pathlib import Path

import docx
from docx.document import Document
from lxml import etree

from minutetaker.domain.model import Meeting
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
from minutetaker.store.files import WriteRefused, check_target, write_together

# Characters Windows and macOS refuse in a file name.
_UNSAFE = str.maketrans({c: "-" for c in '<>:"/\\|?*'})


class ExportError(Exception):
    """An export that could not be done; ``str()`` is one sentence for the person."""


@dataclass
class ExportReport:
    path: Path
    withheld: list[str] = field(default_factory=list)
    log_path: Path | None = None


def suggested_filename(meeting: Meeting, public: bool = False) -> str:
    """``2031-03-18 Monthly Assurance Meeting – Meeting Notes.docx`` (``(public)`` added)."""
    title = clean_line(meeting.title).strip().translate(_UNSAFE) or "Meeting"
    suffix = HOUSE_STYLE.public_suffix if public else ""
    return f"{meeting.date.isoformat()} {title} – Meeting Notes{suffix}.docx"


def build_document(
    meeting: Meeting, style: HouseStyle = HOUSE_STYLE, *, public: bool = False
) -> Document:
    """The finished document for ``meeting`` as given (redact first for the public one)."""
    document = docx.Document()
    apply_house_styles(document, style)
    page.set_up_page(document, style)
    marking = "" if public else clean_line(meeting.marking).strip().upper()
    page.header_and_footer(document, style, marking)
    title = title_text(meeting, style)
    page.set_properties(document, style, title, clean_line(meeting.minute_taker.name).strip())
    page.clean_package(document)

    body = document.element.body
    section = body[-1]  # python-docx's template ends the body with its w:sectPr
    for child in list(body)[:-1]:
        body.remove(child)
    heading = make("p")
    para_props(heading, style_id="Title")
    add_run(heading, title, bold=True)
    content = [heading]
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
    """The summary's heading: Heading 1 like the sections, starting a new page."""
    text = clean_line(style.summary_heading).strip()
    if style.headings_in_capitals:
        text = text.upper()
    heading = make("p")
    para_props(heading, style_id="Heading1", page_break_before=style.summary_new_page)
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
    try:
        document = build_document(shown, style, public=public)
    except Exception as exc:  # a bug or a broken meeting: say so plainly, keep the cause
        raise ExportError(
            f"The notes could not be turned into a Word document ({type(exc).__name__}: {exc})."
        ) from exc
    try:
        data = _package(document)
    except Exception as exc:
        raise ExportError(
            f"{path.name} could not be written ({type(exc).__name__}: {exc}), "
            "so the notes were not exported."
        ) from exc
    files = [(path, data, not public)]
    if log_path is not None:
        text = redaction_log(meeting, withheld, _readable(path.name)).encode("utf-8")
        files.append((log_path, text, True))  # it quotes what was withheld
    try:
        write_together(files, archive_folder)
    except WriteRefused as refused:
        raise ExportError(f"{refused}, so the notes were not exported.") from None
    return ExportReport(path=path, withheld=withheld, log_path=log_path)


def _readable(name: str) -> str:
    """A file name as text: bytes that are not UTF-8 (which Python keeps as lone
    surrogates) shown as the replacement character."""
    return name.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def _package(document: Document) -> bytes:
    """The .docx as bytes, made in memory: a full disk then fails on a plain write,
    never half way through a zip file."""
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()
