"""What an outsider's documents (tests/wordimport/outsider.py) found the reader did
not yet know, each typed into the house layout as a person would: one fix each."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import docx
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph

from minutetaker.interchange.writer import meeting_to_json
from minutetaker.wordimport import read_word_minutes
from tests.wordimport import outsider


def _paragraphs(document):
    def in_cells(tables):
        for table in tables:
            for row in table.rows:
                for cell in row.cells:
                    yield from cell.paragraphs
                    yield from in_cells(cell.tables)

    yield from document.paragraphs
    yield from in_cells(document.tables)


def _paragraph(document, text: str) -> Paragraph:
    return next(p for p in _paragraphs(document) if p.text == text)


def _edited(tmp_path: Path, edit) -> dict:
    """The house layout with ``edit`` applied, read back as interchange JSON."""
    path = outsider.house(tmp_path / "minutes.docx")
    document = docx.Document(str(path))
    edit(document)
    document.save(str(path))
    return json.loads(meeting_to_json(read_word_minutes(path).meeting))


def _item(meeting: dict, number: str) -> dict:
    items = list(meeting["items"])
    while items:
        item = items.pop(0)
        if item["number"] == number:
            return item
        items.extend(item["items"])
    raise KeyError(number)


def _symbol_run_first(paragraph: Paragraph) -> None:
    """A bullet typed as the Symbol font's character (U+F0B7) in a run of its own,
    as Word keeps a bullet pasted from elsewhere and LibreOffice saves one."""
    run = paragraph.add_run("\uf0b7")
    fonts = OxmlElement("w:rFonts")
    for side in ("w:ascii", "w:hAnsi", "w:cs"):
        fonts.set(qn(side), "Symbol")
    run._r.get_or_add_rPr().append(fonts)
    paragraph._p.remove(run._r)
    first = paragraph.runs[0]._r
    first.addprevious(run._r)
    first.addprevious(copy.deepcopy(first))
    paragraph.runs[1].text = " "


def test_a_symbol_font_bullet_typed_as_text_is_a_bullet_not_a_box(tmp_path):
    def edit(document):
        _symbol_run_first(_paragraph(document, outsider.ACTIONS[0][0]))
        for text in outsider.RISKS:
            paragraph = _paragraph(document, text)
            paragraph.style = document.styles["Normal"]
            _symbol_run_first(paragraph)

    meeting = _edited(tmp_path, edit)
    assert [(a["text"], a["owner"]) for a in _item(meeting, "4a")["actions"]] == [
        (text, owner) for text, owner in outsider.ACTIONS
    ]
    assert [(b["type"], b["text"]) for b in _item(meeting, "2")["blocks"]] == [
        ("bullet", text) for text in outsider.RISKS
    ]


def test_the_minute_taker_with_a_dash_or_brackets_before_the_capacity(tmp_path):
    for typed in ("Leah Moran – Policy Officer, OPCC", "Leah Moran (Policy Officer, OPCC)",
                  "Leah Moran - Policy Officer, OPCC"):  # fmt: skip

        def edit(document, typed=typed):
            _paragraph(document, f"Minutes: {outsider.MINUTES}").runs[1].text = typed

        meeting = _edited(tmp_path, edit)
        assert meeting["minute_taker"] == {"name": "Leah Moran", "capacity": "Policy Officer, OPCC"}


def test_names_and_capacities_parted_by_line_breaks_in_the_attendance_table(tmp_path):
    """Shift+Enter between the names of one cell, and between their capacities."""

    def edit(document):
        table = document.tables[0]
        for row in list(table.rows)[1:]:
            table._tbl.remove(row._tr)
        for label, present in (("Attendance:", True), ("Apologies:", False)):
            cells = table.add_row().cells
            cells[0].paragraphs[0].add_run(label)
            people = [p for p in outsider.PEOPLE if p[2] == present]
            for column, field in ((1, 0), (2, 1)):
                paragraph = cells[column].paragraphs[0]
                for n, person in enumerate(people):
                    if n:
                        paragraph.add_run().add_break()
                    paragraph.add_run(person[field])

    meeting = _edited(tmp_path, edit)
    people = [{key: p[key] for key in ("name", "capacity", "role", "attendance")}
              for p in meeting["people"]]  # fmt: skip
    assert people == outsider.EXPECTED["people"]


def test_a_brought_forward_line_naming_the_meeting_held_on_a_day_or_in_a_month(tmp_path):
    for first, second in (
        ("from the meeting held in January 2028", "from the meeting held on 15 February 2028"),
        ("from the meeting of 17 January 2028", "from the meeting of February 2028"),
        ("from the meeting on 17/01/2028", "from the meeting held on Tuesday 15th February 2028"),
    ):

        def edit(document, first=first, second=second):
            for typed, month, said in zip(outsider.BF, ("January", "February"), (first, second)):
                paragraph = _paragraph(document, typed["line"])
                paragraph.runs[0].text = typed["line"].replace(
                    f"from the {month} 2028 meeting", said
                )

        brought = _item(_edited(tmp_path, edit), "1")["items"]
        assert [item["number"] for item in brought] == ["1.1", "1.2"], first
        for item, expected in zip(brought, outsider.EXPECTED["brought_forward"]):
            record = item["brought_forward"]
            assert (record["subject"], record["action"]) == (
                expected["subject"],
                expected["action"],
            )
            assert record["from_date"][:7] == expected["month"], first


def test_findings_and_update_typed_on_the_line_of_what_they_head(tmp_path):
    """``Findings: The partnership…`` (the label bold or not), ``Update – The ACC…``."""
    finding = outsider.QUESTIONS[1][1][0][1]
    update = outsider.BF[0]["notes"][1][1]

    def edit(document):
        labels = [p for p in _paragraphs(document) if p.text == "Findings:"]
        labels[1].add_run(" " + finding)  # the label's own run stays bold
        _paragraph(document, finding).text = ""
        labels[3].runs[0].bold = False
        labels[3].add_run(" " + outsider.QUESTIONS[3][1][0][1])
        _paragraph(document, outsider.QUESTIONS[3][1][0][1]).text = ""
        first_update = next(p for p in _paragraphs(document) if p.text == "Update")
        first_update.runs[0].bold = False
        first_update.runs[0].text = "Update – " + update
        _paragraph(document, update).text = ""

    meeting = _edited(tmp_path, edit)
    questions = [b for b in _item(meeting, "4a")["blocks"] if b["type"] == "question"]
    assert [(b["type"], b["text"]) for b in questions[1]["findings"]] == [
        ("subheading", "Findings:"),
        ("paragraph", finding),
    ]
    assert [(b["type"], b["text"]) for b in questions[3]["findings"]] == [
        ("subheading", "Findings:"),
        ("paragraph", outsider.QUESTIONS[3][1][0][1]),
    ]
    first = _item(meeting, "1.1")
    assert first["brought_forward"]["action"] == outsider.BF[0]["action"]
    assert [(b["type"], b["text"]) for b in first["blocks"]] == [
        ("subheading", "Update"),
        ("paragraph", update),
    ]


def test_a_date_line_without_its_year_takes_the_year_of_the_title(tmp_path):
    def edit(document):
        _paragraph(document, f"Date: {outsider.DATE_LINE}").runs[
            1
        ].text = "Tuesday 14th March @ 10:30"

    path = outsider.house(tmp_path / "minutes.docx")
    document = docx.Document(str(path))
    edit(document)
    document.save(str(path))
    recognised = read_word_minutes(path)
    assert (recognised.meeting.date.isoformat(), recognised.meeting.time) == ("2028-03-14", "10:30")
    assert recognised.unplaced == []


def test_a_time_written_as_police_do_1030hrs(tmp_path):
    def edit(document):
        _paragraph(document, f"Date: {outsider.DATE_LINE}").runs[
            1
        ].text = "Tuesday 14 March 2028 @ 1030hrs"
        _paragraph(document, "10:30 on 11 April 2028").runs[0].text = "1400 hrs on 11 April 2028"

    meeting = _edited(tmp_path, edit)
    assert (meeting["date"], meeting["time"]) == ("2028-03-14", "10:30")
    assert meeting["next_meeting"]["time"] == "14:00"


def test_a_title_typed_on_two_lines_is_one_title(tmp_path):
    """``Monthly Assurance Meeting`` / ``March 2028 – Meeting Notes``, parted by Enter
    or by Shift+Enter, as a centred title often is."""
    for manual_break in (False, True):
        path = outsider.house(tmp_path / "minutes.docx")
        document = docx.Document(str(path))
        title = document.paragraphs[0]
        title.runs[0].text = "Monthly Assurance Meeting"
        if manual_break:
            title.runs[0].add_break()
            title.add_run("March 2028 – Meeting Notes").bold = True
        else:
            title.insert_paragraph_before("").add_run("Monthly Assurance Meeting").bold = True
            title.runs[0].text = "March 2028 – Meeting Notes"
        document.save(str(path))
        recognised = read_word_minutes(path)
        assert recognised.meeting.title == "Monthly Assurance Meeting"
        assert recognised.unplaced == [], manual_break
        assert [b.text for b in recognised.meeting.items[0].blocks] == []


def test_a_subject_typed_on_the_brought_forward_line_is_kept_as_typed(tmp_path):
    """``1.1 - Action arising from the January 2028 meeting: Rural crime – farm…``:
    the subject keeps its en dash (and every other character)."""

    def edit(document):
        for typed in outsider.BF:
            line = _paragraph(document, typed["line"])
            line.runs[0].text = f"{typed['line']} {typed['subject']}"
            _paragraph(document, typed["subject"]).text = ""

    brought = _item(_edited(tmp_path, edit), "1")["items"]
    assert [(b["brought_forward"]["subject"], b["brought_forward"]["action"]) for b in brought] == [
        (typed["subject"], typed["action"]) for typed in outsider.BF
    ]


def test_subject_and_action_lines_of_a_brought_forward_record_typed_with_labels(tmp_path):
    def edit(document):
        for typed in outsider.BF:
            _paragraph(document, typed["subject"]).runs[0].text = f"Subject: {typed['subject']}"
            _paragraph(document, typed["action"]).runs[0].text = f"Action: {typed['action']}"

    brought = _item(_edited(tmp_path, edit), "1")["items"]
    assert [(b["brought_forward"]["subject"], b["brought_forward"]["action"]) for b in brought] == [
        (typed["subject"], typed["action"]) for typed in outsider.BF
    ]


def _into_one_table(document, *, details: bool) -> None:
    """The minutes table's rows moved into the attendance table above it, as Word
    joins two tables when the paragraph between them is deleted; ``details``: the
    details' lines made rows at the top of it too."""
    people, minutes = document.tables[0], document.tables[1]
    between = people._tbl.getnext()
    while between is not minutes._tbl:
        following = between.getnext()
        between.getparent().remove(between)
        between = following
    for row in minutes.rows:
        people._tbl.append(row._tr)
    minutes._tbl.getparent().remove(minutes._tbl)
    if details:
        lines = (("Date:", outsider.DATE_LINE), ("Chair:", outsider.CHAIR),
                 ("Minutes:", outsider.MINUTES), ("Venue:", outsider.VENUE))  # fmt: skip
        first = people.rows[0]._tr
        for label, value in lines:
            typed = _paragraph(document, f"{label} {value}")._p
            typed.getparent().remove(typed)
            first.addprevious(copy.deepcopy(first))
        for row, (label, value) in zip(people.rows, lines):
            row.cells[0].paragraphs[0].text = label
            row.cells[1].paragraphs[0].text = value
            row.cells[2].paragraphs[0].text = ""


def test_attendance_and_minutes_in_one_table_as_word_joins_two(tmp_path):
    for details in (False, True):
        meeting = _edited(
            tmp_path, lambda document, d=details: _into_one_table(document, details=d)
        )
        assert (meeting["date"], meeting["time"], meeting["chair"], meeting["venue"]) == (
            "2028-03-14",
            "10:30",
            outsider.CHAIR,
            outsider.VENUE,
        )
        people = [{key: p[key] for key in ("name", "capacity", "role", "attendance")}
                  for p in meeting["people"]]  # fmt: skip
        assert people == outsider.EXPECTED["people"]
        assert [item["number"] for item in meeting["items"]] == ["1", "2", "3", "4", "5", "6"]
        assert [(a["text"], a["owner"]) for a in _item(meeting, "4a")["actions"]] == (
            outsider.ACTIONS
        )
        assert _item(meeting, "1")["blocks"] == []


def test_questions_numbered_without_a_stop_or_not_numbered_before_their_findings(tmp_path):
    """``1<tab>Can…``, ``Q1 Can…``, ``1 Can…``; or no number at all, bold or not,
    each question followed by its ``Findings:``."""
    forms = ["{n}\t{q}", "Q{n} {q}", "{n} {q}", "{q}"]
    for form, bold in [(form, False) for form in forms] + [("{q}", True)]:

        def edit(document, form=form, bold=bold):
            for n, (question, _) in enumerate(outsider.QUESTIONS, 1):
                paragraph = _paragraph(document, f"{n}. {question}")
                paragraph.runs[0].text = form.format(n=n, q=question)
                paragraph.runs[0].bold = bold or None

        item = _item(_edited(tmp_path, edit), "4a")
        questions = [b for b in item["blocks"] if b["type"] == "question"]
        assert [(q["number"], q["text"]) for q in questions] == [
            (str(n), question) for n, (question, _) in enumerate(outsider.QUESTIONS, 1)
        ], (form, bold)
        for question, (_, findings) in zip(questions, outsider.QUESTIONS):
            assert [b["text"] for b in question["findings"]] == [
                "Findings:",
                *(text for _, text in findings),
            ]


def test_a_number_and_a_space_before_an_action_or_a_paragraph_stays_its_words(tmp_path):
    """Only a question loses the number typed in front of it: "24 hour patrols…"."""
    patrols = "24 hour patrols to be arranged on the three rural routes."

    def edit(document):
        _paragraph(document, outsider.ACTIONS[0][0]).runs[0].text = patrols
        _paragraph(document, outsider.INTRO).runs[0].text = "12 " + outsider.INTRO

    item = _item(_edited(tmp_path, edit), "4a")
    assert item["actions"][0]["text"] == patrols
    assert item["blocks"][0]["text"] == "12 " + outsider.INTRO


def _lines_in_one_paragraph(paragraph: Paragraph, texts: list[str]) -> None:
    """``texts`` as the lines of ``paragraph``, parted by Shift+Enter (w:br)."""
    for run in paragraph.runs:
        run._r.getparent().remove(run._r)
    for n, text in enumerate(texts):
        run = paragraph.add_run(text)
        if n < len(texts) - 1:
            run.add_break()


def test_a_brought_forward_record_typed_as_lines_of_one_paragraph(tmp_path):
    """The record's line, subject and action parted by Shift+Enter; or the subject
    and the action only."""
    for with_line in (True, False):

        def edit(document, with_line=with_line):
            for typed in outsider.BF:
                lines = [typed["subject"], typed["action"]]
                if with_line:
                    lines.insert(0, typed["line"])
                    _paragraph(document, typed["subject"])._p.getparent().remove(
                        _paragraph(document, typed["subject"])._p
                    )
                    target = _paragraph(document, typed["line"])
                else:
                    target = _paragraph(document, typed["subject"])
                _paragraph(document, typed["action"])._p.getparent().remove(
                    _paragraph(document, typed["action"])._p
                )
                _lines_in_one_paragraph(target, lines)

        brought = _item(_edited(tmp_path, edit), "1")["items"]
        assert [b["number"] for b in brought] == ["1.1", "1.2"]
        assert [
            (b["brought_forward"]["subject"], b["brought_forward"]["action"]) for b in brought
        ] == [(typed["subject"], typed["action"]) for typed in outsider.BF], with_line


def test_a_question_its_findings_label_and_findings_as_lines_of_one_paragraph(tmp_path):
    question, findings = outsider.QUESTIONS[1]

    def edit(document):
        label = [p for p in _paragraphs(document) if p.text == "Findings:"][1]
        label._p.getparent().remove(label._p)
        finding = _paragraph(document, findings[0][1])
        finding._p.getparent().remove(finding._p)
        _lines_in_one_paragraph(
            _paragraph(document, f"2. {question}"), [f"2. {question}", "Findings:", findings[0][1]]
        )

    item = _item(_edited(tmp_path, edit), "4a")
    asked = [b for b in item["blocks"] if b["type"] == "question"]
    assert [q["text"] for q in asked] == outsider.EXPECTED["questions"]
    assert [(b["type"], b["text"]) for b in asked[1]["findings"]] == [
        ("subheading", "Findings:"),
        ("paragraph", findings[0][1]),
    ]


def test_actions_and_their_owners_typed_as_lines_parted_by_shift_enter(tmp_path):
    """The three actions as lines of one paragraph, their codes as lines of the
    ACTION cell beside it: in a row of their own, or at the foot of item 4a's row."""
    texts = [text for text, _ in outsider.ACTIONS]
    for own_row in (True, False):

        def edit(document, own_row=own_row):
            table = document.tables[1]
            rows = [row for row in table.rows if row.cells[1].text in texts]
            for row in rows:
                table._tbl.remove(row._tr)
            row = (
                table.add_row()
                if own_row
                else next(r for r in table.rows if r.cells[0].text == "4a")
            )
            notes = row.cells[1].paragraphs[0] if own_row else row.cells[1].add_paragraph()
            _lines_in_one_paragraph(notes, texts)
            if own_row:
                row._tr.getparent().remove(row._tr)
                before = next(r for r in table.rows if r.cells[0].text == "4b")
                before._tr.addprevious(row._tr)
            action = row.cells[2]
            while len(action.paragraphs) < len(row.cells[1].paragraphs):
                action.add_paragraph()
            _lines_in_one_paragraph(action.paragraphs[-1], [owner for _, owner in outsider.ACTIONS])

        meeting = _edited(tmp_path, edit)
        assert [(a["text"], a["owner"]) for a in _item(meeting, "4a")["actions"]] == (
            outsider.ACTIONS
        ), own_row
        assert not [b for b in _item(meeting, "4a")["blocks"] if "\n" in b.get("text", "")]


def test_two_owners_on_lines_of_one_action_cell_share_the_action(tmp_path):
    def edit(document):
        _lines_in_one_paragraph(_paragraph(document, "CEx"), ["CEx", "CC"])

    actions = _item(_edited(tmp_path, edit), "4a")["actions"]
    assert [(a["text"], a["owner"]) for a in actions] == [
        *outsider.ACTIONS[:2],
        (outsider.ACTIONS[2][0], "CEx/CC"),
    ]


def test_two_owners_as_paragraphs_of_one_action_cell_share_the_action(tmp_path):
    """``CEx`` Enter ``CC`` beside one action: neither code is lost."""

    def edit(document):
        _paragraph(document, "CEx")._parent.add_paragraph("CC")

    actions = _item(_edited(tmp_path, edit), "4a")["actions"]
    assert [(a["text"], a["owner"]) for a in actions] == [
        *outsider.ACTIONS[:2],
        (outsider.ACTIONS[2][0], "CEx/CC"),
    ]


def test_more_owners_than_actions_in_a_row_loses_no_code(tmp_path):
    """Two actions in a row and three codes beside them (not level): the codes with
    no action to stand beside are kept in the notes and listed."""
    path = outsider.house(tmp_path / "minutes.docx")
    document = docx.Document(str(path))
    first = _paragraph(document, outsider.ACTIONS[0][0])
    first._parent.add_paragraph(outsider.ACTIONS[1][0])
    second = _paragraph(document, "ACC")._parent
    second.paragraphs[0].text = "PCC"
    second.add_paragraph("CEx")
    second.add_paragraph("CC")
    second.add_paragraph("")
    for row in document.tables[1].rows:
        if row.cells[1].text == outsider.ACTIONS[1][0]:
            document.tables[1]._tbl.remove(row._tr)
    document.save(str(path))
    recognised = read_word_minutes(path)
    meeting = json.loads(meeting_to_json(recognised.meeting))
    actions = [(a["text"], a["owner"]) for a in _item(meeting, "4a")["actions"]]
    assert actions[:2] == [(outsider.ACTIONS[0][0], "CEx"), (outsider.ACTIONS[1][0], "CC")]
    assert [u.text for u in recognised.unplaced] == ["PCC"]
    assert "PCC" in [b.get("text") for b in _item(meeting, "4a")["blocks"]]


def test_the_action_column_headed_otherwise_is_no_note(tmp_path):
    """``Action by``, ``Owner``, ``Actions``… over the ACTION column, in item 1's row
    or in a heading row of its own (``No. | Item | Owner``): the column's heading."""
    for label in ("Action by", "Owner", "Actions", "Lead"):
        for own_row in (False, True):

            def edit(document, label=label, own_row=own_row):
                table = document.tables[1]
                first = table.rows[0]
                first.cells[2].paragraphs[0].runs[0].text = "" if own_row else label
                if own_row:
                    heading = copy.deepcopy(table.rows[0]._tr)
                    first._tr.addprevious(heading)
                    for cell, text in zip(table.rows[0].cells, ("No.", "Item", label)):
                        for extra in cell.paragraphs[1:]:
                            extra._p.getparent().remove(extra._p)
                        cell.paragraphs[0].text = text

            path = outsider.house(tmp_path / "minutes.docx")
            document = docx.Document(str(path))
            edit(document)
            document.save(str(path))
            recognised = read_word_minutes(path)
            assert recognised.unplaced == [], (label, own_row)
            assert recognised.meeting.items[0].blocks == []


def test_any_symbol_font_glyph_typed_before_a_line_is_a_bullet(tmp_path):
    """Wingdings' boxes and arrows (U+F071, U+F06E, U+F0E0) as typed bullets."""
    glyphs = ["\uf071", "\uf06e", "\uf0e0"]

    def edit(document):
        for glyph, text in zip(glyphs, outsider.RISKS):
            paragraph = _paragraph(document, text)
            paragraph.style = document.styles["Normal"]
            paragraph.runs[0].text = f"{glyph}\t{text}"

    blocks = _item(_edited(tmp_path, edit), "2")["blocks"]
    assert [(b["type"], b["text"]) for b in blocks] == [("bullet", text) for text in outsider.RISKS]
