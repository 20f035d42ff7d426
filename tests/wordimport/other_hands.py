"""One more invented meeting typed by other hands, in three layouts that
tests/wordimport/outsider.py does not use: the Dunmere OPCC's Monthly Assurance
Meeting of October 2030 (an invented force, people and places). Written from the
house format and the real sample's text, as the issue's judges will type theirs;
``EXPECTED`` is what each layout must give back, field by field.

    .venv/bin/python -m tests.wordimport.other_hands OUTDIR      # every layout, to look at
    .venv/bin/python -m tests.wordimport.other_hands --fixtures  # the LibreOffice-made one

Layouts:

- ``one_table``: python-docx; the whole body one two-column table: the details
  and attendance as its first rows (label | value, the people as lines
  ``Name – Capacity (CODE)``), then a ``Minutes | Action`` heading row and the
  minutes, each heading typed with its number in the notes column
  (``1. OUTSTANDING MATTERS…``), questions ``Question 1: …``, owners written with
  a name in the Action column (``Declan Osei (ACC)``, ``CC – I Radcliffe``).
- ``word_numbered``: python-docx with Word's own XML; the attendance in a text box,
  the items as Heading 1 / Heading 2 paragraphs numbered by Word's list engine
  (numPr, no typed number), the notes of each in a small table of their own
  (notes | ACTION), the questions in Word's numbered list, bullets in the List
  Bullet style, the marking in the footer.
- ``libre_header``: a flat OpenDocument file converted by LibreOffice; the
  attendance in a table in the page header, footnotes in the body, tracked changes
  left for the reader to accept (an insertion, a deletion, a replaced word), a
  ``No. | Item | ACTION`` heading row.
"""

from __future__ import annotations

import html
import sys
import tempfile
from pathlib import Path

import docx
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm

from tests.wordimport.outsider import by_libreoffice

TITLE = "Monthly Assurance Meeting October 2030 – Meeting Notes"
CHAIR = "Bronwen Ellery"
MINUTES = ("Esme Caldwell", "Governance Officer, OPCC")
VENUE = "Commissioner's Boardroom – Halbury"

PEOPLE = [  # name, capacity (code as typed), present
    ("Bronwen Ellery", "Police and Crime Commissioner (PCC)", True),
    ("Tobias Marchetti", "Chief Executive (CEx)", True),
    ("Imogen Radcliffe", "Chief Constable (CC)", True),
    ("Declan Osei", "Assistant Chief Constable (ACC)", True),
    ("Hannah Whitlow", "Deputy Police and Crime Commissioner (DPCC)", False),
    ("Marcus Fenwick", "Deputy Chief Constable (DCC)", False),
]

BF = [
    {
        "line": "1.1 - Action arising from the August 2030 meeting:",
        "month": "2030-08",
        "subject": "Neighbourhood policing – rural beat cover",
        "action": "The ACC to report on beat cover in the three northern wards.",
        "update": "The ACC reported that a fourth rural beat had been filled in September.",
    },
    {
        "line": "1.2 - Action arising from the September 2030 meeting:",
        "month": "2030-09",
        "subject": "Victims' services – referral times",
        "action": "The CEx to share the victims' hub referral times with the PCC.",
        "update": "The referral times had been shared on 30 September.",
    },
]
DISCHARGED = "The PCC agreed that items 1.1 and 1.2 were discharged."

RISKS = [
    "Flooding at Orwell Quay had closed the custody suite for two days; detainees went to Halbury.",
    "A cyber attack on the council's systems had been reported to the regional unit.",
]
EXECUTIVE = "Chief officer meeting – the estates strategy was agreed for consultation."

TOPIC = "Tackling burglary – Halbury"
INTRO = "Burglary in Halbury has risen by a fifth over the year, the steepest rise in the force."
QUESTIONS = [
    ("What does the CC attribute the rise in burglary to?",
     ["A small number of prolific offenders released in the spring account for much of it."]),
    ("How is the force using forensic evidence?",
     ["Forensic recovery at scenes has improved since the new kits were issued."]),
    ("Are victims being visited within the promised time?",
     ["Nine in ten victims are visited within 48 hours."]),
    ("What work is being done with housing providers?",
     ["Target hardening is being offered to repeat victims with the housing trust."]),
    ("Is the CC content with the detection rate?",
     ["The CC is not content and has asked for a review by December."]),
    ("What will be done in the next quarter?",
     ["A burglary plan for Halbury will be published in November."]),
]  # fmt: skip
ACTIONS = [
    ("The ACC to share the list of prolific offenders under management with the PCC.", "ACC"),
    ("The CC to report the outcome of the detection rate review to the PCC.", "CC"),
    ("The CEx to arrange a meeting with the housing trust on target hardening.", "CEx"),
]
OWNERS_TYPED = {"ACC": "Declan Osei (ACC)", "CC": "CC – I Radcliffe", "CEx": "CEx"}
STRATEGIC = "The new contact centre opens on 4 November."
HMIC = "The inspection of custody is expected in the new year."
AOB = "The PCC thanked the staff who supported the Orwell Quay flood response."
NEXT = "Tuesday 12 November 2030 at 2pm"

HEADINGS = {
    "1": "OUTSTANDING MATTERS / ITEMS BROUGHT FORWARD",
    "2": "OPERATIONAL AND REPUTATIONAL OPPORTUNITIES AND RISKS",
    "3": "CHIEF OFFICER MEETING / EXECUTIVE BOARD – UPDATE",
    "4": "HOLDING TO ACCOUNT",
    "4a": "PERFORMANCE AGAINST THE POLICE AND CRIME PLAN",
    "4b": "DELIVERY OF STRATEGIC INITIATIVES",
    "4c": "HMIC INSPECTION PROGRAMME / MATTERS ARISING FROM THE SERVICE IMPROVEMENT BOARD (SIB)",
    "5": "ANY OTHER BUSINESS",
    "6": "DATE OF NEXT MEETING",
}

EXPECTED = {
    "title": "Monthly Assurance Meeting",
    "date": "2030-10-08",
    "time": "14:00",
    "chair": CHAIR,
    "minute_taker": {"name": MINUTES[0], "capacity": MINUTES[1]},
    "venue": VENUE,
    "marking": "OFFICIAL",
    "people": [
        {
            "name": name,
            "capacity": capacity.rsplit(" (", 1)[0],
            "role": capacity.rsplit("(", 1)[1].rstrip(")"),
            "attendance": "present" if present else "apologies",
        }
        for name, capacity, present in PEOPLE
    ],
    "brought_forward": [(bf["month"], bf["subject"], bf["action"], "discharged") for bf in BF],
    "topic": TOPIC,
    "questions": [(question, findings) for question, findings in QUESTIONS],
    "actions": [("4a", text, owner, "2030-11-12") for text, owner in ACTIONS],
    "next_meeting": ("2030-11-12", "14:00"),
    "notes": {
        "2": [("bullet", text) for text in RISKS],
        "3": [("paragraph", EXECUTIVE)],
        "4b": [("paragraph", STRATEGIC)],
        "4c": [("paragraph", HMIC)],
        "5": [("paragraph", AOB)],
    },
}


# ------------------------------------------------------------------------- python-docx


def _para(container, text: str = "", *, bold: bool = False, style: str | None = None):
    """A paragraph in a cell or the document: the cell's first (empty) one first."""
    paragraphs = getattr(container, "paragraphs", [])
    if (
        hasattr(container, "_tc")
        and len(paragraphs) == 1
        and not paragraphs[0].text
        and not getattr(container, "_used", False)
    ):
        container._used = True
        paragraph = paragraphs[0]
    else:
        paragraph = container.add_paragraph()
    if style:
        paragraph.style = style
    if text:
        run = paragraph.add_run(text)
        run.bold = bold or None
    return paragraph


def _widths(table, *cm: float) -> None:
    table.autofit = False
    for column, width in zip(table.columns, cm):
        column.width = Cm(width)
    for row in table.rows:
        for cell, width in zip(row.cells, cm):
            cell.width = Cm(width)


def _title(document) -> None:
    _para(document, TITLE, bold=True)


def one_table(path: Path) -> Path:
    d = docx.Document()
    d.sections[0].header.paragraphs[0].text = "OFFICIAL"
    _title(d)
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"

    def row(left: str = "", right: str = "", *, bold_left: bool = False):
        cells = t.add_row().cells
        if left:
            _para(cells[0], left, bold=bold_left)
        if right:
            _para(cells[1], right)
        return cells

    for label, value in (
        ("Date:", "Tuesday 8th October 2030, 2.00pm"),
        ("Chair:", CHAIR),
        ("Minutes:", f"{MINUTES[0]}, {MINUTES[1]}"),
        ("Venue:", VENUE),
    ):
        row(label, value)
    for label, present in (("Present:", True), ("Apologies:", False)):
        cells = row(label)
        for name, capacity, here in PEOPLE:
            if here == present:
                _para(cells[1], f"{name} – {capacity}")
    row("Minutes", "Action", bold_left=True)
    cells = row(f"1. {HEADINGS['1']}", bold_left=True)
    for bf in BF:
        _para(cells[0], bf["line"], bold=True)
        _para(cells[0], bf["subject"])
        _para(cells[0], bf["action"])
        _para(cells[0], "Update", bold=True)
        _para(cells[0], bf["update"])
    _para(cells[0], DISCHARGED)
    cells = row(f"2. {HEADINGS['2']}", bold_left=True)
    for text in RISKS:
        _para(cells[0], f"• {text}")
    cells = row(f"3. {HEADINGS['3']}", bold_left=True)
    _para(cells[0], EXECUTIVE)
    row(f"4. {HEADINGS['4']}", bold_left=True)
    cells = row(f"4a. {HEADINGS['4a']}", bold_left=True)
    _para(cells[0], TOPIC, bold=True)
    _para(cells[0], INTRO)
    for n, (question, findings) in enumerate(QUESTIONS, 1):
        _para(cells[0], f"Question {n}: {question}")
        _para(cells[0], "Findings:", bold=True)
        for text in findings:
            _para(cells[0], text)
    _para(cells[0], "Actions arising", bold=True)
    for text, owner in ACTIONS:
        row(text, OWNERS_TYPED[owner])
    cells = row(f"4b. {HEADINGS['4b']}", bold_left=True)
    _para(cells[0], STRATEGIC)
    cells = row(f"4c. {HEADINGS['4c']}", bold_left=True)
    _para(cells[0], HMIC)
    cells = row(f"5. {HEADINGS['5']}", bold_left=True)
    _para(cells[0], AOB)
    cells = row(f"6. {HEADINGS['6']}", "ALL", bold_left=True)
    _para(cells[0], NEXT)
    _widths(t, 13.5, 3)
    d.save(str(path))
    return path


# Word's multilevel list for the headings (1., then 4a under 4) and a plain
# numbered list for the questions; numbering.xml as Word writes it.
_NUMBERING = (
    f"<w:numbering {nsdecls('w')}>"
    '<w:abstractNum w:abstractNumId="30"><w:multiLevelType w:val="multilevel"/>'
    '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
    '<w:pStyle w:val="Heading1"/><w:lvlText w:val="%1."/></w:lvl>'
    '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/>'
    '<w:pStyle w:val="Heading2"/><w:lvlText w:val="%1%2"/></w:lvl></w:abstractNum>'
    '<w:abstractNum w:abstractNumId="31"><w:multiLevelType w:val="singleLevel"/>'
    '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
    '<w:lvlText w:val="%1."/></w:lvl></w:abstractNum>'
    '<w:num w:numId="40"><w:abstractNumId w:val="30"/></w:num>'
    '<w:num w:numId="41"><w:abstractNumId w:val="31"/></w:num>'
    "</w:numbering>"
)


def _numbered(paragraph, num_id: str, level: int) -> None:
    ppr = paragraph._p.get_or_add_pPr()
    numpr = OxmlElement("w:numPr")
    for tag, value in (("w:ilvl", str(level)), ("w:numId", num_id)):
        element = OxmlElement(tag)
        element.set(qn("w:val"), value)
        numpr.append(element)
    ppr.append(numpr)


def _text_box(paragraph, lines: list[tuple[str, bool]]) -> None:
    """A text box (VML, as Word still writes beside its DrawingML) anchored in
    ``paragraph``, holding ``lines`` (text, bold)."""
    inner = "".join(
        "<w:p><w:r>" + ("<w:rPr><w:b/></w:rPr>" if bold else "") + '<w:t xml:space="preserve">'
        f"{html.escape(text, quote=False)}</w:t></w:r></w:p>"
        for text, bold in lines
    )
    run = parse_xml(
        f'<w:r {nsdecls("w")} xmlns:v="urn:schemas-microsoft-com:vml"><w:pict><v:shape id="people" style="width:440pt;height:210pt">'
        f"<v:textbox><w:txbxContent>{inner}</w:txbxContent></v:textbox></v:shape></w:pict></w:r>"
    )
    paragraph._p.append(run)


def word_numbered(path: Path) -> Path:
    d = docx.Document()
    numbering = d.part.numbering_part.element  # the template's lists (List Bullet's) stay
    ours = parse_xml(_NUMBERING)
    nums = numbering.findall(qn("w:num"))
    for abstract in ours.findall(qn("w:abstractNum")):
        (nums[0].addprevious(abstract) if nums else numbering.append(abstract))
    for num in ours.findall(qn("w:num")):
        numbering.append(num)
    d.sections[0].footer.paragraphs[0].text = "OFFICIAL"
    _title(d)
    for label, value in (
        ("Date: ", "8 October 2030 at 14:00"),
        ("Chair: ", CHAIR),
        ("Minutes: ", f"{MINUTES[0]} ({MINUTES[1]})"),
        ("Venue: ", VENUE),
    ):
        paragraph = d.add_paragraph()
        paragraph.add_run(label).bold = True
        paragraph.add_run(value)
    lines = [("Present:", True)]
    lines += [(f"{n}, {c}", False) for n, c, here in PEOPLE if here]
    lines += [("Apologies:", True)]
    lines += [(f"{n}, {c}", False) for n, c, here in PEOPLE if not here]
    _text_box(d.add_paragraph(), lines)

    def heading(number: str) -> None:
        level = 1 if number[-1].isalpha() else 0
        words = HEADINGS[number].capitalize() if number != "4c" else HEADINGS[number]
        paragraph = d.add_paragraph(words, style=f"Heading {level + 1}")
        _numbered(paragraph, "40", level)

    def notes(*blocks: tuple[str, str], action: list[str] | None = None) -> None:
        t = d.add_table(rows=0, cols=2)
        t.style = "Table Grid"
        for n, (kind, text) in enumerate(blocks):
            cells = t.add_row().cells if n == 0 or kind == "row" else t.rows[-1].cells
            if kind == "sub":
                _para(cells[0], text, bold=True)
            elif kind == "b":
                _para(cells[0], text, style="List Bullet")
            elif kind == "q":
                _numbered(_para(cells[0], text), "41", 0)
            else:
                _para(cells[0], text)
            if kind == "row" and action:
                _para(cells[1], action.pop(0))
        _widths(t, 13.5, 3)

    heading("1")
    for bf in BF:
        notes(("sub", bf["line"]), ("p", bf["subject"]), ("p", bf["action"]),
              ("sub", "Update"), ("p", bf["update"]))  # fmt: skip
    notes(("p", DISCHARGED))
    heading("2")
    notes(*(("b", text) for text in RISKS))
    heading("3")
    notes(("p", EXECUTIVE))
    heading("4")
    heading("4a")
    blocks = [("sub", TOPIC), ("p", INTRO)]
    for question, findings in QUESTIONS:
        blocks += [("q", question), ("sub", "Findings:"), *(("p", f) for f in findings)]
    blocks.append(("sub", "Actions arising"))
    blocks += [("row", text) for text, _ in ACTIONS]
    notes(*blocks, action=[owner for _, owner in ACTIONS])
    for number, text in (("4b", STRATEGIC), ("4c", HMIC), ("5", AOB), ("6", NEXT)):
        heading(number)
        notes(("p", text))
    d.save(str(path))
    return path


# ------------------------------------------------------------------------- flat ODT

_FODT = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:dc="http://purl.org/dc/elements/1.1/"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:automatic-styles>
 <style:style style:name="B" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
 <style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-left="2cm" fo:margin-right="2cm" fo:margin-top="1cm" fo:margin-bottom="2cm"/>
 <style:header-style><style:header-footer-properties fo:min-height="4cm"/></style:header-style></style:page-layout>
</office:automatic-styles>
<office:master-styles>
 <style:master-page style:name="Standard" style:page-layout-name="pm1">
  <style:header>{header}</style:header>
 </style:master-page>
</office:master-styles>
<office:body><office:text>
<text:tracked-changes>{changes}</text:tracked-changes>
{body}
</office:text></office:body></office:document>
"""


def _x(text: str) -> str:
    return html.escape(text, quote=False)


def _p(text: str = "", *, bold: bool = False, raw: bool = False) -> str:
    inner = text if raw else _x(text)
    if bold:
        inner = f'<text:span text:style-name="B">{inner}</text:span>'
    return f"<text:p>{inner}</text:p>"


def _table(rows: list[list[str]], columns: int, name: str) -> str:
    cols = "<table:table-column/>" * columns
    body = "".join(
        "<table:table-row>"
        + "".join(f"<table:table-cell>{cell or '<text:p/>'}</table:table-cell>" for cell in row)
        + "</table:table-row>"
        for row in rows
    )
    return f'<table:table table:name="{name}">{cols}{body}</table:table>'


def _change(ident: str, kind: str, deleted: str = "") -> str:
    info = (
        "<office:change-info><dc:creator>Kit Reviewer</dc:creator>"
        "<dc:date>2030-10-09T10:00:00</dc:date></office:change-info>"
    )
    inner = info + (_p(deleted) if kind == "deletion" else "")
    return f'<text:changed-region text:id="{ident}"><text:{kind}>{inner}</text:{kind}></text:changed-region>'


def _footnote(n: int, text: str) -> str:
    return (
        f'<text:note text:id="ftn{n}" text:note-class="footnote"><text:note-citation>{n}'
        f"</text:note-citation><text:note-body>{_p(text)}</text:note-body></text:note>"
    )


def libre_text() -> str:
    people = [[_p("Name:", bold=True), _p("Capacity:", bold=True), _p("")]]
    for name, capacity, present in PEOPLE:
        people.append([_p(name), _p(capacity), _p("Present" if present else "Apologies")])
    header = _p("OFFICIAL") + _table(people, 3, "People")
    # Tracked: "steepest" typed over "sharpest"; "over the year" inserted; a word
    # deleted from an action. Accepted, the words are INTRO's and the action's own.
    before, after = INTRO.split("steepest")
    first, rest = before.split(" over the year")
    intro = (
        _x(first)
        + '<text:change-start text:change-id="ins1"/>'
        + " over the year"
        + '<text:change-end text:change-id="ins1"/>'
        + _x(rest)
        + '<text:change text:change-id="del1"/>'
        + '<text:change-start text:change-id="ins2"/>steepest<text:change-end text:change-id="ins2"/>'
        + _x(after)
    )
    action = ACTIONS[1][0]
    cut = action.index(" review")
    tracked_action = _x(action[:cut]) + '<text:change text:change-id="del2"/>' + _x(action[cut:])
    changes = (
        _change("ins1", "insertion")
        + _change("del1", "deletion", "sharpest")
        + _change("ins2", "insertion")
        + _change("del2", "deletion", " full")
    )
    body = [_p(TITLE, bold=True)]
    for label, value, note in (
        ("Date – ", "08/10/2030 at 14:00", ""),
        ("Chair – ", CHAIR, ""),
        ("Minutes – ", f"{MINUTES[0]} – {MINUTES[1]}", ""),
        ("Venue – ", VENUE, _footnote(1, "The boardroom moved to the ground floor in June.")),
    ):
        body.append(
            f'<text:p><text:span text:style-name="B">{_x(label)}</text:span>{_x(value)}{note}</text:p>'
        )
    body.append(_p())
    rows = [[_p("No.", bold=True), _p("Item", bold=True), _p("ACTION", bold=True)]]
    rows.append([_p("1"), _p(HEADINGS["1"], bold=True), ""])
    for i, bf in enumerate(BF, 1):
        cell = _p(bf["line"], bold=True) + _p(bf["subject"]) + _p(bf["action"])
        cell += _p("Update", bold=True) + _p(bf["update"])
        if i == 2:
            cell += _p(DISCHARGED)
        rows.append([_p(f"1.{i}"), cell, ""])
    risks = "".join(
        _p(
            "• " + _x(text) + (_footnote(2, "Figures from the council.") if n == 1 else ""),
            raw=True,
        )
        for n, text in enumerate(RISKS)
    )
    rows.append([_p("2"), _p(HEADINGS["2"], bold=True) + risks, ""])
    rows.append([_p("3"), _p(HEADINGS["3"], bold=True) + _p(EXECUTIVE), ""])
    rows.append([_p("4"), _p(HEADINGS["4"], bold=True), ""])
    cell = _p(HEADINGS["4a"], bold=True) + _p(TOPIC, bold=True) + _p(intro, raw=True)
    for n, (question, findings) in enumerate(QUESTIONS, 1):
        cell += _p(f"{n}) {question}") + _p("Findings:", bold=True)
        cell += "".join(_p(f) for f in findings)
    cell += _p("Actions arising", bold=True)
    rows.append([_p("4a"), cell, ""])
    for n, (text, owner) in enumerate(ACTIONS):
        typed = _p(tracked_action, raw=True) if n == 1 else _p(text)
        rows.append(["", typed, _p(owner)])
    for number, text in (("4b", STRATEGIC), ("4c", HMIC), ("5", AOB)):
        rows.append([_p(number), _p(HEADINGS[number], bold=True) + _p(text), ""])
    rows.append([_p("6"), _p(HEADINGS["6"], bold=True) + _p(NEXT), _p("ALL")])
    body.append(_table(rows, 3, "Minutes"))
    return _FODT.format(header=header, changes=changes, body="\n".join(body))


def libre_header(path: Path) -> Path:
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / f"{path.stem}.fodt"
        source.write_text(libre_text(), encoding="utf-8")
        return by_libreoffice(source, path, via_odt=False)


BY_PYTHON_DOCX = {"one_table": one_table, "word_numbered": word_numbered}
BY_LIBREOFFICE = {"libre_header": libre_header}
FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "word"


def fixture(name: str) -> Path:
    return FIXTURES / f"other-hands-{name.replace('_', '-')}.docx"


def main(argv: list[str]) -> int:
    """``--fixtures``: write the LibreOffice-made layout into tests/fixtures/word;
    else every layout into the folder named."""
    if argv == ["--fixtures"]:
        for name, make in BY_LIBREOFFICE.items():
            print(make(fixture(name)))
        return 0
    folder = Path(argv[0] if argv else ".")
    folder.mkdir(parents=True, exist_ok=True)
    for name, make in {**BY_PYTHON_DOCX, **BY_LIBREOFFICE}.items():
        print(make(folder / f"{name}.docx"))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
