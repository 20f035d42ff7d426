"""The report of an import, shown before anything is written, and the choice to go ahead.

The files chosen are listed down the left, each with its meeting's date and a
mark: read whole, read with paragraphs that could not be placed, or refused.
The file chosen in the list is shown on the right as a page the minute-taker
can scan: what could not be placed first (on amber, every paragraph whole, with
the item whose notes now hold it), then the details, the people, the items,
the actions with their owners and the next meeting, and what was read between
the lines. It is the same report as ``minutetaker import --dry-run`` (one
:class:`~minutetaker.wordimport.report.FileReport`, laid out here, printed
there); **Copy the report** puts that text on the clipboard.

**Import** is the default button (Enter) and is offered only when every file
can be imported: an import takes all the files or none. Esc cancels.
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QStyle,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from minutetaker.domain.dates import long_date
from minutetaker.wordimport.batch import FoundFile, ImportPlan, RefusedFile
from minutetaker.wordimport.report import FileReport

TITLE = "Import past minutes"
AMBER, RED, GREEN, GREY = "#fff4d6", "#fbe3e3", "#e6f4ea", "#5f6368"


def _count(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


@dataclass
class FileEntry:
    """One file chosen, as the dialog lists it: read (``found``) or refused."""

    path: Path
    found: FoundFile | None = None
    refused: str = ""  # the sentence, when the file cannot be imported

    @property
    def unplaced(self) -> int:
        recognised = self.found.recognised if self.found else None
        return len(recognised.unplaced) if recognised else 0

    def summary(self) -> str:
        if self.refused:
            return "cannot be imported"
        meeting = self.found.meeting
        when = long_date(meeting.date)
        if self.unplaced:
            return f"{when} · {_count(self.unplaced, 'paragraph')} not placed"
        return when


def entries_of(paths: list[Path], plan: ImportPlan, refused: list[RefusedFile]) -> list[FileEntry]:
    """The files in the order chosen, each with what reading it gave."""
    found = {f.path: f for f in plan.files}
    sentences = {r.path: r.sentence for r in refused}
    return [FileEntry(p, found.get(p), sentences.get(p, "")) for p in paths]


# -- the page of one file ----------------------------------------------------------------


def _table(
    rows: list[list[str]],
    head: list[str] | None = None,
    shade: str = "",
    widths: tuple[int, ...] = (),
) -> str:
    """A table across the page; ``widths`` (per cent) for its first columns."""
    style = f' style="background-color:{shade}"' if shade else ""
    out = [f'<table cellspacing="0" cellpadding="3" width="100%"{style}>']
    sized = [f' width="{w}%"' for w in widths]

    def width(n: int) -> str:
        return sized[n] if n < len(sized) else ""

    if head:
        cells = "".join(f'<th align="left"{width(n)}>{escape(h)}</th>' for n, h in enumerate(head))
        out.append(f"<tr>{cells}</tr>")
    for number, row in enumerate(rows):
        cells = "".join(
            f'<td valign="top"{width(n) if number == 0 and not head else ""}>{cell}</td>'
            for n, cell in enumerate(row)
        )
        out.append(f"<tr>{cells}</tr>")
    out.append("</table>")
    return "".join(out)


def _grey(text: str) -> str:
    return f'<span style="color:{GREY}">{escape(text)}</span>'


def report_html(report: FileReport) -> str:
    """One file's report as a page: what could not be placed first."""
    source = f"{report.name} ({report.kind})"
    out = [f"<h2>{escape(report.meeting)}</h2>", f"<p>{_grey(source)}</p>"]
    if report.unplaced:
        n = len(report.unplaced)
        rows = [[escape(u.where), f"“{escape(u.text)}”", _grey(u.why)] for u in report.unplaced]
        out.append(
            f'<a name="unplaced"></a><h3>Could not place {_count(n, "paragraph")}</h3>'
            "<p>Each is kept, as a paragraph, in the notes of the item named; "
            "look at them there once imported.</p>"
        )
        out.append(_table(rows, ["Kept in", "Paragraph", "Why"], AMBER, (12, 58)))
    elif report.unplaced is not None:
        out.append(
            f'<p style="background-color:{GREEN}">&nbsp;Every paragraph was placed.&nbsp;</p>'
        )
    out.append("<h3>Details</h3>")
    rows = [[escape(label), escape(value)] for label, value in report.details]
    rows.append(["Next meeting", escape(report.next_meeting)])
    out.append(_table(rows, widths=(18,)))
    out.append(f"<h3>People ({len(report.people)})</h3>")
    rows = [
        [
            escape(p.name),
            escape(p.capacity),
            escape(p.role) if p.role else _grey("no role code"),
            escape(p.attendance) if p.attendance == "present" else f"<b>{escape(p.attendance)}</b>",
        ]
        for p in report.people
    ]
    head = ["Name", "Capacity", "Role", "Attendance"]
    out.append(_table(rows, head, widths=(24, 46, 12)) if rows else _grey("none"))
    out.append(f"<h3>Items ({len(report.items)})</h3>")
    rows = [
        [
            "&nbsp;&nbsp;&nbsp;" * i.depth + f"<b>{escape(i.number)}</b>",
            escape(i.heading) + (f"<br>{_grey('; '.join(i.found))}" if i.found else ""),
        ]
        for i in report.items
    ]
    out.append(_table(rows, widths=(10,)))
    out.append(f"<h3>Actions ({len(report.actions)})</h3>")
    rows = [
        [
            escape(a.item),
            escape(a.owner) if a.owner else _grey("no owner"),
            escape(a.due) if a.due else _grey("no date"),
            escape(a.text) if a.text else _grey("(no text)"),
        ]
        for a in report.actions
    ]
    head = ["Item", "Owner", "Due", "Action"]
    out.append(_table(rows, head, widths=(8, 10, 20)) if rows else _grey("none"))
    if report.read_as or report.linked:
        out.append("<h3>Read between the lines</h3><ul>")
        out += [f"<li>{escape(note)}</li>" for note in report.read_as]
        out += [f"<li>Linked: {escape(note)}</li>" for note in report.linked]
        out.append("</ul>")
    return "".join(out)


def refused_html(entry: FileEntry) -> str:
    return (
        f"<h2>{escape(entry.path.name)}</h2>"
        f'<p style="background-color:{RED}">&nbsp;<b>Cannot be imported.</b>&nbsp;</p>'
        f"<p>{escape(entry.refused)}</p>"
    )


# -- the dialog --------------------------------------------------------------------------


class ImportReportDialog(QDialog):
    """What each file holds; **Import** (Enter) writes them all, Esc nothing."""

    def __init__(
        self,
        entries: list[FileEntry],
        plan: ImportPlan,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.entries = entries
        self.plan = plan
        self.setWindowTitle(f"{TITLE}: what was found")
        self.setObjectName("importReport")
        refused = [e for e in entries if e.refused]
        self.summary = QLabel(self._summary(refused))
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setAccessibleName("What was found")
        self.files = QListWidget()
        self.files.setWordWrap(True)
        self.files.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.files.setAccessibleName("Files chosen")
        self.files.setAccessibleDescription("Up and Down show each file's report.")
        style = self.style()
        icons = {
            "refused": style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical),
            "unplaced": style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning),
            "read": style.standardIcon(QStyle.StandardPixmap.SP_DialogApplyButton),
        }
        for entry in entries:
            state = "refused" if entry.refused else ("unplaced" if entry.unplaced else "read")
            row = QListWidgetItem(icons[state], f"{entry.path.name}\n{entry.summary()}")
            row.setToolTip(str(entry.path))
            row.setData(Qt.ItemDataRole.AccessibleTextRole, f"{entry.path.name}, {entry.summary()}")
            self.files.addItem(row)
        self.page = QTextBrowser()
        self.page.setAccessibleName("Report on the chosen file")
        self.page.setOpenLinks(False)
        self.files.currentRowChanged.connect(self.show_file)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.files)
        splitter.addWidget(self.page)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)

        self.buttons = QDialogButtonBox()
        n = len(plan.files)
        self.import_button: QPushButton = self.buttons.addButton(
            f"&Import {_count(n, 'meeting')}", QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setEnabled(not refused and n > 0)
        self.copy_button = self.buttons.addButton(
            "&Copy the report", QDialogButtonBox.ButtonRole.ActionRole
        )
        self.copy_button.setAccessibleName("Copy the report as text")
        self.copy_button.setAutoDefault(False)
        cancel = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAutoDefault(False)
        if self.import_button.isEnabled():
            self.import_button.setDefault(True)
        else:
            cancel.setText("Close")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.copy_button.clicked.connect(self.copy_report)

        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.buttons)
        em = self.fontMetrics().horizontalAdvance("M")
        width, height = em * 96, em * 64
        if parent is not None:  # most of the window, never past it
            width = min(width, int(parent.width() * 0.9))
            height = min(height, int(parent.height() * 0.9))
        self.resize(max(width, em * 60), max(height, em * 36))
        splitter.setSizes([em * 22, self.width() - em * 22])
        first = next(
            (n for n, e in enumerate(entries) if e.refused),
            next((n for n, e in enumerate(entries) if e.unplaced), 0),
        )
        self.files.setCurrentRow(first)
        self.files.setFocus(Qt.FocusReason.OtherFocusReason)

    def _summary(self, refused: list[FileEntry]) -> str:
        entries = self.entries
        if refused:
            return (
                f'<p style="background-color:{RED}">&nbsp;<b>Nothing can be imported:</b> '
                f"{_count(len(refused), 'file')} of {len(entries)} cannot be "
                f"({'it is' if len(refused) == 1 else 'they are'} marked in the list). "
                "An import takes all the files or none: choose again without "
                f"{'it' if len(refused) == 1 else 'them'}, or put "
                f"{'it' if len(refused) == 1 else 'them'} right and import again.&nbsp;</p>"
            )
        dates = sorted(f.meeting.date for f in self.plan.files)
        span = (
            f"of {long_date(dates[0])}"
            if len(dates) == 1
            else f"from {long_date(dates[0])} to {long_date(dates[-1])}"
        )
        text = f"<p>{_count(len(dates), 'meeting')} read, {span}. "
        unplaced = sum(1 for e in entries if e.unplaced)
        if unplaced:
            files = "file has" if unplaced == 1 else "files have"
            text += (
                f"<b>{unplaced} {files} paragraphs that could not be placed</b> "
                "(marked in the list): each is kept in the notes of an item, and listed "
                "first in the file's report. "
            )
        return text + "Nothing is written until you choose Import.</p>"

    def show_file(self, row: int) -> None:
        if not 0 <= row < len(self.entries):
            self.page.clear()
            return
        entry = self.entries[row]
        if entry.refused:
            self.page.setHtml(refused_html(entry))
        else:
            self.page.setHtml(report_html(entry.found.file_report()))

    def report_text(self) -> str:
        """The report as ``import --dry-run`` prints it, refused files' sentences too."""
        parts = []
        for entry in self.entries:
            parts.append(entry.found.report() if entry.found else f"{entry.refused}\n")
        return "\n".join(parts)  # as the command line parts them

    def copy_report(self) -> None:
        QGuiApplication.clipboard().setText(self.report_text())
        self.copy_button.setText("&Copied")
