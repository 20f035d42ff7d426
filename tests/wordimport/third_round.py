"""A third outsider round: one invented meeting in four layouts that
tests/wordimport/outsider.py and other_hands.py do not use: the Westdale OPCC's
Monthly Assurance Meeting of May 2031 (an invented force, people and places),
written from the real notes' text and the house format alone, before reading the
reader. ``EXPECTED`` is what every layout must give back, field by field.

    .venv/bin/python -m tests.wordimport.third_round OUTDIR      # every layout, to look at
    .venv/bin/python -m tests.wordimport.third_round --fixtures  # the LibreOffice-made ones

Layouts:

- ``tabbed``: python-docx; no table anywhere. Every line in Word's Normal style,
  laid out with tabs and typed numbers exactly as the real notes read once their
  tables are gone: ``\\tName:\\tCapacity:``, ``Attendance:\\tName\\tCapacity``,
  ``1\\tOUTSTANDING MATTERS…\\tACTION``, ``\\t• bullet``, ``3.\\tCHIEF…``, two
  headings typed with no number, actions ``\\t2. The CSP…\\tACC``, the next
  meeting ``\\t10:30 on 17 June 2031\\tALL``; marking in the header.
- ``listed_actions``: python-docx; the minutes table has two columns (number |
  notes), no ACTION column: the actions are a Word numbered list (List Number)
  under ``Actions arising``, each with its owner written at its end (``– ACC``,
  ``(Owner: ACC)``, ``Action: CC``); item 3's notes are a numbered list too
  (not actions); questions typed ``1)``; marking in the footer.
- ``comma_people``: python-docx saved again by LibreOffice (.odt, then .docx);
  the attendance is one paragraph, ``Present: Name, Capacity (CODE); …
  Apologies: …``; the date as ``Tuesday 20th May 2031, 10.30am``; bullets in
  Word's List Bullet style.
- ``tracked``: typed in Word with Track Changes on (python-docx writing w:ins and
  w:del), opened in LibreOffice, saved as .odt, and that .odt saved as .docx, the
  changes still pending: a name corrected in the attendance, a word inserted in a
  question, a bullet deleted whole, a bullet inserted whole, an action's owner
  changed in the ACTION cell (ACC struck, CC typed), the next meeting's date
  changed. A minute-taker who imports it expects the minutes as they would read
  with every change accepted: the reviewer's text, none of the struck words.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

from tests.wordimport.outsider import by_libreoffice

TITLE = "Monthly Assurance Meeting May 2031 – Meeting Notes"
CHAIR = "Imogen Falk"
MINUTES = "Tamsin Rook, Policy Officer, OPCC"
VENUE = "PCC Conference Room – Fernleigh"

PEOPLE = [  # name, capacity, code, present
    ("Imogen Falk", "Police and Crime Commissioner", "PCC", True),
    ("Callum Brierley", "Chief Executive for the Police and Crime Commissioner", "CEx", True),
    ("Ruth Okonjo", "Chief Constable", "CC", True),
    ("Farhan Quayle", "Assistant Chief Constable Local Policing", "ACC", True),
    ("Elspeth Moir", "Deputy Police and Crime Commissioner", "DPCC", False),
    ("Gareth Lindqvist", "Deputy Chief Constable", "", False),
]

HEADINGS = {
    "1": "OUTSTANDING MATTERS / ITEMS BROUGHT FORWARD",
    "2": "OPERATIONAL AND REPUTATIONAL OPPORTUNITIES AND RISKS",
    "3": "CHIEF OFFICER MEETING / EXECUTIVE BOARD – UPDATE",
    "4": "HOLDING TO ACCOUNT",
    "4a": "PERFORMANCE AGAINST THE POLICE AND CRIME PLAN",
    "4b": "DELIVERY OF STRATEGIC INITIATIVES:",
    "4c": "HMIC INSPECTION PROGRAMME / MATTERS ARISING FROM THE SERVICE IMPROVEMENT BOARD (SIB)",
    "5": "ANY OTHER BUSINESS",
    "6": "DATE OF NEXT MEETING",
}

BF = [
    {
        "line": "1.1 - Action arising from the March 2031 meeting:",
        "month": "2031-03",
        "subject": "Reforming Westdale – 101 call handling",
        "action": "If available the ACC for local policing is to attend the April holding to "
        "account meeting to provide an update on the current position - deferred to May.",
    },
    {
        "line": "1.2 - Action arising from the April 2031 meeting:",
        "month": "2031-04",
        "subject": "CC & DCC Items – unresourced incidents",
        "action": "This issue will be addressed as part of May's holding to account item on "
        "call handling",
    },
]
UPDATE = [
    ("sub", "Update"),
    (
        "p",
        "Following the April meeting the PCC had received a full briefing from the Chief "
        "Superintendent and the three contact centre business leads and was reassured, whilst "
        "accepting there were still issues to resolve. The PCC was satisfied that items 1.1 and "
        "1.2 were discharged and did not need to be brought back to the meeting in any depth.",
    ),
    (
        "b",
        "In recent weeks answer times had improved, partly because demand had dropped, "
        "but the improvement must be sustained whatever the demand.",
    ),
    ("p", "Use and understanding of data is improving."),
    (
        "b",
        "Performance in the Ravensholt area has declined, whereas Westdale had started to improve.",
    ),
]
RISKS = [
    "A high value cash machine theft had occurred in Brackley Vale. The CC was to receive "
    "a full briefing.",
    "A police horse had been injured whilst on duty and required veterinary treatment.",
    "The IOPC investigation into the death in custody at Kestonbury is ongoing. A critical "
    "incident management meeting (CIMM) is running.",
]
EXECUTIVE = [
    ("p", "Chief officer meeting – no items to update."),
    (
        "b",
        "Executive Board – The force are receiving enquiries about the sale of the WD1 "
        "number plate, which are being passed to the PCC's office.",
    ),
]
TOPIC = "Building a more secure Westdale – Kestonbury"
INTRO = (
    "Comparison data shows Kestonbury to be an outlier in terms of crime volumes per 1000 "
    "of population."
)
QUESTIONS = [
    (
        "Can the CC provide some narrative around the raw data?",
        [
            (
                "b",
                "The raw data shows Kestonbury performing differently from the other local "
                "policing areas in certain crime types.",
            ),
            (
                "b",
                "The CC is confident that the data gives an accurate picture and that "
                "ethical recording has had an impact.",
            ),
        ],
    ),
    (
        "Do the Force understand the reasons for the seeming disparity?",
        [
            (
                "p",
                "There is an acknowledgement that Kestonbury needs to be understood better. "
                "It is a small unitary with its own demographic.",
            )
        ],
    ),
    (
        "Are there any particular crime types that give the CC cause for concern?",
        [
            ("sub", "Total recorded crime"),
            (
                "p",
                "Kestonbury has the highest rate of total recorded crime in Westdale. Within "
                "its most similar group of 15 partnership areas it is 8th.",
            ),
            ("sub", "Burglary dwelling"),
            ("b", "There are signs of steady reduction, partly from the use of forensic marking."),
        ],
    ),
    (
        "Is the CC confident that the current resourcing model meets the demand profile?",
        [
            (
                "p",
                "The PCC suggested that analysis shows high harm activity and a relatively "
                "high level of unresourced jobs.",
            ),
            (
                "b",
                "Unresourced incidents are reviewed daily but greater flexibility across "
                "the policing areas is needed.",
            ),
        ],
    ),
    (
        "Can the CC provide reassurance that partners are sufficiently engaged in order to "
        "reduce demand?",
        [
            (
                "p",
                "There is a need for a problem profile for Kestonbury and Brackley Vale which "
                "covers all partners.",
            )
        ],
    ),
    (
        "Can the CC provide clarity as to any measures that will be put in place to address "
        "the issues identified?",
        [
            ("b", "The PCC questioned how she could have confidence things would change."),
            (
                "b",
                "In the short term a violence reduction plan is in place; in the longer term "
                "partnership work will be needed.",
            ),
        ],
    ),
]
ACTIONS = [
    ("The ACC to provide the PCC with a briefing note on current activity to address CSE.", "ACC"),
    ("The CSP family group rankings to be shared with the PCC", "ACC"),
    (
        "At the June holding to account meeting the CC is to provide an update on the approach "
        "to be taken in Kestonbury.",
        "CC",
    ),
]
STRATEGIC = "No items on the agenda."
HMIC = "The CC referred to feedback on the recent HMICFRS PEEL inspection."
AOB = "No other business was raised."
NEXT = "10:30 on 17 June 2031"

KINDS = {"p": "paragraph", "b": "bullet", "sub": "subheading"}

EXPECTED = {
    "title": "Monthly Assurance Meeting",
    "date": "2031-05-20",
    "time": "10:30",
    "chair": CHAIR,
    "minute_taker": {"name": "Tamsin Rook", "capacity": "Policy Officer, OPCC"},
    "venue": VENUE,
    "marking": "OFFICIAL",
    "people": [
        {
            "name": name,
            "capacity": capacity,
            "role": code,
            "attendance": "present" if present else "apologies",
        }
        for name, capacity, code, present in PEOPLE
    ],
    "next_meeting": ("2031-06-17", "10:30"),
}


# ----------------------------------------------------------------------------- helpers


def _run(paragraph, text: str, *, bold: bool = False):
    run = paragraph.add_run(text)
    if bold:
        run.bold = True
    return run


def _marking(document, where: str) -> None:
    section = document.sections[0]
    part = section.header if where == "header" else section.footer
    part.paragraphs[0].text = "OFFICIAL"
    part.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER


def _title(document) -> None:
    paragraph = document.add_paragraph()
    _run(paragraph, TITLE, bold=True).font.size = Pt(14)


def _widths(table, *cm: float) -> None:
    table.autofit = False
    for row in table.rows:
        for cell, width in zip(row.cells, cm):
            cell.width = Cm(width)


class _Cell:
    """Paragraphs into a table cell, its first (empty) paragraph used first."""

    def __init__(self, cell) -> None:
        self.cell = cell
        self.used = False

    def para(self, text: str = "", *, bold: bool = False, style: str | None = None):
        if self.used:
            paragraph = self.cell.add_paragraph()
        else:
            paragraph = self.cell.paragraphs[0]
            self.used = True
        if style:
            paragraph.style = style
        if text:
            _run(paragraph, text, bold=bold)
        return paragraph

    def blocks(self, blocks, *, bullet: str = "style") -> None:
        for kind, text in blocks:
            if kind == "sub":
                self.para(text, bold=True)
            elif kind == "b" and bullet == "style":
                self.para(text, style="List Bullet")
            elif kind == "b":
                self.para(bullet + text)
            else:
                self.para(text)


def _details(document, date_line: str, *, colons: bool = True) -> None:
    for label, value in (
        ("Date:", date_line),
        ("Chair:", CHAIR),
        ("Minutes:", MINUTES),
        ("Venue:" if colons else "Venue", VENUE),
    ):
        paragraph = document.add_paragraph()
        _run(paragraph, label, bold=True)
        paragraph.add_run(" " + value)


def _people_table(document) -> None:
    table = document.add_table(rows=1, cols=3)
    table.style = "Table Grid"
    table.rows[0].cells[1].paragraphs[0].add_run("Name:").bold = True
    table.rows[0].cells[2].paragraphs[0].add_run("Capacity:").bold = True
    last = None
    for name, capacity, code, present in PEOPLE:
        cells = table.add_row().cells
        label = "Attendance:" if present else "Apologies:"
        if label != last:
            cells[0].paragraphs[0].add_run(label).bold = True
            last = label
        cells[1].text = name
        cells[2].text = f"{capacity} ({code})" if code else capacity
    _widths(table, 3, 5, 8.5)


def _row(table, number: str, heading: str | None = None, owner: str = "") -> _Cell:
    cells = table.add_row().cells
    if number:
        cells[0].text = number
    if owner and len(cells) > 2:
        cells[2].text = owner
    cell = _Cell(cells[1])
    if heading:
        cell.para(heading, bold=True)
    return cell


def _minutes_table(document, *, columns: int = 3):
    table = document.add_table(rows=0, cols=columns)
    table.style = "Table Grid"
    return table


def _brought_forward(cell: _Cell, *, bullet: str = "style") -> None:
    for bf in BF:
        cell.para(bf["line"], bold=True)
        cell.para(bf["subject"])
        cell.para(bf["action"])
    cell.blocks(UPDATE, bullet=bullet)


# ----------------------------------------------------------------------------- tabbed


def _tab(document, *parts: str, bold: int | None = None) -> None:
    """One Normal paragraph of ``parts`` joined by tabs; ``bold``: the part in bold."""
    paragraph = document.add_paragraph()
    for i, part in enumerate(parts):
        if i:
            paragraph.add_run("\t")
        if part:
            _run(paragraph, part, bold=i == bold)


def tabbed(path: Path) -> Path:
    d = docx.Document()
    _marking(d, "header")
    _title(d)
    d.add_paragraph()
    d.add_paragraph("Date: Tuesday 20 May 2031 @ 10:30")
    d.add_paragraph(f"Chair: {CHAIR}")
    d.add_paragraph(f"Minutes: {MINUTES}")
    d.add_paragraph(f"Venue {VENUE}")
    d.add_paragraph()
    _tab(d, "", "Name:", "Capacity:")
    last = None
    for name, capacity, code, present in PEOPLE:
        label = "Attendance:" if present else "Apologies:"
        _tab(d, label if label != last else "", name, f"{capacity} ({code})" if code else capacity)
        last = label
    d.add_paragraph()
    _tab(d, "1", HEADINGS["1"], "ACTION", bold=1)
    for i, bf in enumerate(BF):
        if i == 0:
            _tab(d, "1.1", bf["line"])
        else:
            _tab(d, "", bf["line"])
        _tab(d, "", bf["subject"])
        _tab(d, "", bf["action"])
    for kind, text in UPDATE:
        _tab(d, "", ("• " if kind == "b" else "") + text, bold=1 if kind == "sub" else None)
    _tab(d, "2", HEADINGS["2"], bold=1)
    for text in RISKS:
        _tab(d, "", "• " + text)
    _tab(d, "3.", HEADINGS["3"], bold=1)
    for kind, text in EXECUTIVE:
        _tab(d, "", ("• " if kind == "b" else "") + text)
    _tab(d, "4.", HEADINGS["4"], bold=1)
    _tab(d, "4a", HEADINGS["4a"], bold=1)
    _tab(d, "", TOPIC)
    _tab(d, "", INTRO)
    for n, (question, findings) in enumerate(QUESTIONS, 1):
        _tab(d, "", f"{n}.{question}")
        _tab(d, "", "Findings:", bold=1)
        for kind, text in findings:
            _tab(d, "", ("• " if kind == "b" else "") + text, bold=1 if kind == "sub" else None)
    _tab(d, "", "Actions arising", bold=1)
    for n, (text, owner) in enumerate(ACTIONS, 1):
        _tab(d, "", f"{n}. {text}", owner)
    # Two headings typed with no number, as in the real notes.
    d.add_paragraph().add_run(HEADINGS["4b"]).bold = True
    _tab(d, "", STRATEGIC)
    d.add_paragraph().add_run(HEADINGS["4c"]).bold = True
    _tab(d, "", HMIC)
    _tab(d, "5", HEADINGS["5"], bold=1)
    _tab(d, "", AOB)
    _tab(d, "6.", HEADINGS["6"], bold=1)
    _tab(d, "", NEXT, "ALL")
    d.save(str(path))
    return path


# ----------------------------------------------------------------------------- listed actions

LISTED_OWNERS = [" – ACC", " (Owner: ACC)", " Action: CC"]


def listed_actions(path: Path) -> Path:
    d = docx.Document()
    _marking(d, "footer")
    _title(d)
    _details(d, "Tuesday 20 May 2031 @ 10:30")
    d.add_paragraph()
    _people_table(d)
    d.add_paragraph()
    table = _minutes_table(d, columns=2)
    _brought_forward(_row(table, "1", HEADINGS["1"]))
    cell = _row(table, "2", HEADINGS["2"])
    cell.blocks([("b", text) for text in RISKS])
    cell = _row(table, "3", HEADINGS["3"])
    for _, text in EXECUTIVE:
        cell.para(text, style="List Number")
    _row(table, "4", HEADINGS["4"])
    cell = _row(table, "4a", HEADINGS["4a"])
    cell.para(TOPIC)
    cell.para(INTRO)
    for n, (question, findings) in enumerate(QUESTIONS, 1):
        cell.para(f"{n}) {question}")
        cell.para("Findings:", bold=True)
        cell.blocks(findings)
    cell.para("Actions arising", bold=True)
    for (text, _), owner in zip(ACTIONS, LISTED_OWNERS):
        cell.para(text + owner, style="List Number 2")
    for number in ("4b", "4c", "5"):
        text = {"4b": STRATEGIC, "4c": HMIC, "5": AOB}[number]
        _row(table, number, HEADINGS[number]).para(text)
    _row(table, "6", HEADINGS["6"]).para(NEXT)
    _widths(table, 1.5, 15)
    d.save(str(path))
    return path


# ----------------------------------------------------------------------------- comma people

PRESENT_LINE = "; ".join(
    f"{name}, {capacity} ({code})" if code else f"{name}, {capacity}"
    for name, capacity, code, present in PEOPLE
    if present
)
APOLOGIES_LINE = "; ".join(
    f"{name}, {capacity} ({code})" if code else f"{name}, {capacity}"
    for name, capacity, code, present in PEOPLE
    if not present
)


def _standard_minutes(d, *, bullet: str = "style") -> None:
    table = _minutes_table(d)
    first = _row(table, "1", HEADINGS["1"], owner="ACTION")
    _brought_forward(first, bullet=bullet)
    _row(table, "2", HEADINGS["2"]).blocks([("b", text) for text in RISKS], bullet=bullet)
    _row(table, "3", HEADINGS["3"]).blocks(EXECUTIVE, bullet=bullet)
    _row(table, "4", HEADINGS["4"])
    cell = _row(table, "4a", HEADINGS["4a"])
    cell.para(TOPIC)
    cell.para(INTRO)
    for n, (question, findings) in enumerate(QUESTIONS, 1):
        cell.para(f"{n}. {question}")
        cell.para("Findings:", bold=True)
        cell.blocks(findings, bullet=bullet)
    cell.para("Actions arising", bold=True)
    for text, owner in ACTIONS:
        _row(table, "", owner=owner).para(text)
    for number in ("4b", "4c", "5"):
        text = {"4b": STRATEGIC, "4c": HMIC, "5": AOB}[number]
        _row(table, number, HEADINGS[number]).para(text)
    _row(table, "6", HEADINGS["6"], owner="ALL").para(NEXT)
    _widths(table, 1.5, 12.5, 2.5)
    return table


def comma_people_docx(path: Path) -> Path:
    d = docx.Document()
    _marking(d, "header")
    _title(d)
    _details(d, "Tuesday 20th May 2031, 10.30am")
    d.add_paragraph()
    paragraph = d.add_paragraph()
    _run(paragraph, "Present: ", bold=True)
    paragraph.add_run(PRESENT_LINE + ". ")
    _run(paragraph, "Apologies: ", bold=True)
    paragraph.add_run(APOLOGIES_LINE + ".")
    d.add_paragraph()
    _standard_minutes(d)
    d.save(str(path))
    return path


def comma_people(path: Path) -> Path:
    with tempfile.TemporaryDirectory() as folder:
        typed = comma_people_docx(Path(folder) / "typed.docx")
        return by_libreoffice(typed, path, via_odt=True)


# ----------------------------------------------------------------------------- tracked

_CHANGE = {"n": 100}


def _revision(tag: str):
    element = OxmlElement(tag)
    _CHANGE["n"] += 1
    element.set(qn("w:id"), str(_CHANGE["n"]))
    element.set(qn("w:author"), "Kieran Voss")
    element.set(qn("w:date"), "2031-05-22T09:00:00Z")
    return element


def _inserted(paragraph, text: str) -> None:
    ins = _revision("w:ins")
    run = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.set(qn("xml:space"), "preserve")
    t.text = text
    run.append(t)
    ins.append(run)
    paragraph._p.append(ins)


def _deleted(paragraph, text: str) -> None:
    deletion = _revision("w:del")
    run = OxmlElement("w:r")
    t = OxmlElement("w:delText")
    t.set(qn("xml:space"), "preserve")
    t.text = text
    run.append(t)
    deletion.append(run)
    paragraph._p.append(deletion)


def _mark_paragraph(paragraph, tag: str) -> None:
    """The paragraph mark itself inserted or deleted (a whole paragraph's change)."""
    ppr = paragraph._p.get_or_add_pPr()
    rpr = OxmlElement("w:rPr")
    rpr.append(_revision(tag))
    ppr.append(rpr)


# What the reviewer struck out; none of these may reach the archive.
STRUCK = ["Gary", "resourcing", "A stolen tractor was recovered near Ashcombe.", "24 June 2031"]
STRUCK_OWNER = "ACC"


def tracked_docx(path: Path) -> Path:
    d = docx.Document()
    _marking(d, "header")
    _title(d)
    _details(d, "Tuesday 20 May 2031 @ 10:30")
    d.add_paragraph()
    _people_table(d)
    # The apology's first name corrected: "Gary" struck, "Gareth" typed.
    name_cell = d.tables[0].rows[6].cells[1]
    name_cell.text = ""
    paragraph = name_cell.paragraphs[0]
    _deleted(paragraph, "Gary")
    _inserted(paragraph, "Gareth")
    paragraph.add_run(" Lindqvist")
    d.add_paragraph()
    table = _minutes_table(d)
    first = _row(table, "1", HEADINGS["1"], owner="ACTION")
    _brought_forward(first)
    cell = _row(table, "2", HEADINGS["2"])
    for n, text in enumerate(RISKS):
        cell.para(text, style="List Bullet")
        if n == 0:  # a bullet struck whole, its paragraph mark too
            struck = cell.para(style="List Bullet")
            _deleted(struck, STRUCK[2])
            _mark_paragraph(struck, "w:del")
    inserted = cell.para(style="List Bullet")  # a bullet typed in whole
    _inserted(inserted, EXTRA_RISK)
    _mark_paragraph(inserted, "w:ins")
    _row(table, "3", HEADINGS["3"]).blocks(EXECUTIVE)
    _row(table, "4", HEADINGS["4"])
    cell = _row(table, "4a", HEADINGS["4a"])
    cell.para(TOPIC)
    cell.para(INTRO)
    for n, (question, findings) in enumerate(QUESTIONS, 1):
        if n == 4:  # "resourcing" struck, "staffing" typed
            before, after = question.split("resourcing")
            paragraph = cell.para(f"{n}. {before}")
            _deleted(paragraph, "resourcing")
            _inserted(paragraph, "staffing")
            paragraph.add_run(after)
        else:
            cell.para(f"{n}. {question}")
        cell.para("Findings:", bold=True)
        cell.blocks(findings)
    cell.para("Actions arising", bold=True)
    for n, (text, owner) in enumerate(ACTIONS):
        row = _row(table, "")
        row.para(text)
        cells = table.rows[-1].cells
        if n == 2:  # the owner changed: ACC struck, CC typed
            paragraph = cells[2].paragraphs[0]
            _deleted(paragraph, STRUCK_OWNER)
            _inserted(paragraph, owner)
        else:
            cells[2].text = owner
    for number in ("4b", "4c", "5"):
        text = {"4b": STRATEGIC, "4c": HMIC, "5": AOB}[number]
        _row(table, number, HEADINGS[number]).para(text)
    cell = _row(table, "6", HEADINGS["6"], owner="ALL")
    paragraph = cell.para("10:30 on ")
    _deleted(paragraph, STRUCK[3])
    _inserted(paragraph, "17 June 2031")
    _widths(table, 1.5, 12.5, 2.5)
    d.save(str(path))
    return path


EXTRA_RISK = "A cyber attack on the council's systems had been reported to the force."
TRACKED_QUESTION_4 = QUESTIONS[3][0].replace("resourcing", "staffing")


def tracked(path: Path) -> Path:
    with tempfile.TemporaryDirectory() as folder:
        typed = tracked_docx(Path(folder) / "typed.docx")
        return by_libreoffice(typed, path, via_odt=True)


BY_PYTHON_DOCX = {"tabbed": tabbed, "listed_actions": listed_actions}
BY_LIBREOFFICE = {"comma_people": comma_people, "tracked": tracked}
FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "word"


def fixture(name: str) -> Path:
    return FIXTURES / f"third-round-{name.replace('_', '-')}.docx"


def main(argv: list[str]) -> int:
    """``--fixtures``: write the LibreOffice-made layouts into tests/fixtures/word;
    else every layout into the folder named."""
    if argv == ["--fixtures"]:
        for name, make in BY_LIBREOFFICE.items():
            print(make(fixture(name)))
        return 0
    folder = Path(argv[0])
    folder.mkdir(parents=True, exist_ok=True)
    for name, make in {**BY_PYTHON_DOCX, **BY_LIBREOFFICE}.items():
        print(make(folder / f"{name}.docx"))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
