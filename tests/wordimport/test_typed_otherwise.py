"""Layouts a person really types that the reader once got wrong (noticed at the end of
round 2): questions run together, an owner written with a name, AOB without its
number, a chair typed with a capacity. Each is the outsider's house layout
(tests/wordimport/outsider.py) edited as a person would type it."""

from __future__ import annotations

import json
from pathlib import Path

import docx
from docx.shared import Cm

from minutetaker.interchange.writer import meeting_to_json
from minutetaker.wordimport import read_word_minutes
from tests.wordimport import outsider
from tests.wordimport.test_typed_by_hand import _edited, _item, _paragraph, _paragraphs

QUESTIONS = outsider.QUESTIONS
KINDS = {"p": "paragraph", "b": "bullet"}


def _remove(document, text: str) -> None:
    paragraph = _paragraph(document, text)
    paragraph._p.getparent().remove(paragraph._p)


def _remove_findings_label(document, index: int) -> None:
    label = [p for p in _paragraphs(document) if p.text == "Findings:"][index]
    label._p.getparent().remove(label._p)


def _recognised(tmp_path: Path, edit):
    path = outsider.house(tmp_path / "minutes.docx")
    document = docx.Document(str(path))
    edit(document)
    document.save(str(path))
    return read_word_minutes(path)


def _asked(meeting: dict) -> list[tuple[str, str, list[tuple[str, str]]]]:
    item = _item(meeting, "4a")
    return [
        (b["number"], b["text"], [(f["type"], f["text"]) for f in b["findings"]])
        for b in item["blocks"]
        if b["type"] == "question"
    ]


def _six(**findings: list[tuple[str, str]]) -> list[tuple[str, str, list[tuple[str, str]]]]:
    """The six questions with their findings as the house layout has them, except
    those given (``q1=[…]``)."""
    out = []
    for n, (question, typed) in enumerate(QUESTIONS, 1):
        usual = [("subheading", "Findings:"), *((KINDS[k], t) for k, t in typed)]
        out.append((str(n), question, findings.get(f"q{n}", usual)))
    return out


# -- 1. questions run together --------------------------------------------------------------


def test_a_question_and_its_findings_typed_on_one_line(tmp_path):
    """``1.Can…? Most serious collisions…`` with no label: the question ends at its
    question mark, and what follows on the line is its findings."""
    question, findings = QUESTIONS[0]

    def edit(document):
        _paragraph(document, f"1. {question}").runs[0].text = f"1.{question} {findings[0][1]}"
        _remove_findings_label(document, 0)
        _remove(document, findings[0][1])

    assert _asked(_edited(tmp_path, edit)) == _six(
        q1=[("paragraph", findings[0][1]), ("bullet", findings[1][1])]
    )


def test_a_question_its_findings_label_and_findings_on_one_line(tmp_path):
    """``1.Can…? Findings: Most serious…`` (or ``Findings –``): question, label, findings."""
    question, findings = QUESTIONS[0]
    for label in ("Findings:", "Findings –", "findings:"):

        def edit(document, label=label):
            line = _paragraph(document, f"1. {question}")
            line.runs[0].text = f"1.{question} {label} {findings[0][1]}"
            _remove_findings_label(document, 0)
            _remove(document, findings[0][1])

        assert _asked(_edited(tmp_path, edit)) == _six(
            q1=[
                ("subheading", label.rstrip(" –")),
                ("paragraph", findings[0][1]),
                ("bullet", findings[1][1]),
            ]
        ), label


def test_two_questions_each_with_its_findings_in_one_paragraph(tmp_path):
    """``1.Can…? Findings: … shared.2.How does…? Findings: …``: the second number
    comes after a full stop, not a question mark; it still starts the next question."""
    (q1, f1), (q2, f2) = QUESTIONS[:2]

    def edit(document):
        _paragraph(document, f"1. {q1}").runs[
            0
        ].text = f"1.{q1} Findings: {f1[0][1]}2.{q2} Findings: {f2[0][1]}"
        for text in (f1[0][1], f1[1][1], f2[0][1], f"2. {q2}"):
            _remove(document, text)
        _remove_findings_label(document, 0)
        _remove_findings_label(document, 0)

    assert _asked(_edited(tmp_path, edit)) == _six(
        q1=[("subheading", "Findings:"), ("paragraph", f1[0][1])],
        q2=[("subheading", "Findings:"), ("paragraph", f2[0][1])],
    )


def test_two_questions_asked_together_and_answered_together(tmp_path):
    """``1.Can…?2.How does…?`` then one set of findings (as the real sample types its
    first two questions): six questions still; the findings stand under the second,
    where they were typed (so the minutes read as they did), and the report says the
    two were asked together, so the minute-taker knows where the first's answer is."""
    (q1, f1), (q2, f2) = QUESTIONS[:2]

    def edit(document):
        _paragraph(document, f"1. {q1}").runs[0].text = f"1.{q1}2.{q2}"
        _remove(document, f"2. {q2}")
        _remove_findings_label(document, 1)

    recognised = _recognised(tmp_path, edit)
    meeting = json.loads(meeting_to_json(recognised.meeting))
    together = [("subheading", "Findings:"), *((KINDS[k], t) for k, t in f1 + f2)]
    assert _asked(meeting) == _six(q1=[], q2=together)
    assert [n for n in recognised.notes if "asked together" in n] == [
        "Questions 1 and 2 of item 4a were asked together; their findings are under question 2."
    ]


# -- 2. an owner written with a name -------------------------------------------------------


def _owners_typed(tmp_path: Path, typed: list[str]):
    """The three actions' ACTION cells typed as ``typed``."""

    def edit(document):
        table = document.tables[1]
        for (text, _), owner in zip(outsider.ACTIONS, typed):
            row = next(r for r in table.rows if r.cells[1].text == text)
            row.cells[2].paragraphs[0].text = owner

    return _recognised(tmp_path, edit)


def _actions(recognised) -> list[tuple[str, str]]:
    return [(a.text, a.owner) for a in recognised.meeting.find_item("4a").actions]


def test_an_owner_written_as_a_code_and_a_name_in_the_action_cell(tmp_path):
    for typed in (
        ["ACC – G Penhaligon", "CC - Naomi Castell", "CEx – O Pritchard"],
        ["G Penhaligon (ACC)", "CC (N. Castell)", "CEx, Owen Pritchard"],
        ["ACC Penhaligon", "CC N Castell", "Owner: CEx – O Pritchard"],
    ):
        recognised = _owners_typed(tmp_path, typed)
        assert _actions(recognised) == outsider.ACTIONS, typed
        assert recognised.unplaced == [], typed
        due = {a.due for a in recognised.meeting.find_item("4a").actions}
        assert due == {recognised.meeting.next_meeting.date}


def test_an_owner_written_as_a_name_alone_is_the_persons_code(tmp_path):
    """``G Penhaligon``, ``Naomi Castell``, ``Mr Pritchard``: the code of the person
    of that name in the attendance."""
    recognised = _owners_typed(tmp_path, ["G Penhaligon", "Naomi Castell", "Mr Pritchard"])
    assert _actions(recognised) == outsider.ACTIONS
    assert recognised.unplaced == []
    assert "Owner “G Penhaligon” of an action in item 4a taken as ACC." in recognised.notes


def test_a_code_with_a_name_not_in_the_meeting_keeps_the_name(tmp_path):
    """``CEx – J Bloggs``: the code is the owner, and the name, which the archive
    has nowhere else, is kept in the notes and listed."""
    recognised = _owners_typed(tmp_path, ["ACC", "CC", "CEx – J Bloggs"])
    assert _actions(recognised) == outsider.ACTIONS
    assert [u.text for u in recognised.unplaced] == ["CEx – J Bloggs"]


def test_a_name_that_is_no_one_in_the_meeting_is_not_an_owner(tmp_path):
    recognised = _owners_typed(tmp_path, ["ACC", "CC", "J Bloggs"])
    assert _actions(recognised) == outsider.ACTIONS[:2]
    assert [u.text for u in recognised.unplaced] == ["J Bloggs"]


def test_an_owner_written_at_the_end_of_the_action_with_the_action_cell_empty(tmp_path):
    """``… for the three rural routes (ACC Penhaligon).``, ``… – N Castell``: the
    action keeps its words (as a date written in it is kept), its owner read from
    the brackets or after the dash."""
    bracketed = [
        outsider.ACTIONS[0][0].rstrip(".") + " (ACC Penhaligon).",
        outsider.ACTIONS[1][0].rstrip(".") + " by 30 June (N Castell)",
        outsider.ACTIONS[2][0] + " (Action: CEx)",
    ]
    dashed = [
        outsider.ACTIONS[0][0].rstrip(".") + " – ACC",
        outsider.ACTIONS[1][0].rstrip(".") + " by 30 June – N Castell.",
        outsider.ACTIONS[2][0].rstrip(".") + " – CEx – O Pritchard",
    ]
    for written in (bracketed, dashed):

        def edit(document, written=written):
            table = document.tables[1]
            for (text, _), typed in zip(outsider.ACTIONS, written):
                row = next(r for r in table.rows if r.cells[1].text == text)
                row.cells[1].paragraphs[0].text = typed
                row.cells[2].paragraphs[0].text = ""

        recognised = _recognised(tmp_path, edit)
        assert _actions(recognised) == [
            (text, owner) for text, (_, owner) in zip(written, outsider.ACTIONS)
        ]
        actions = recognised.meeting.find_item("4a").actions
        assert actions[1].due.isoformat() == "2028-06-30"
        assert recognised.unplaced == []


def test_a_code_in_brackets_at_the_end_of_a_sentence_is_not_an_action(tmp_path):
    """A sentence that names someone's capacity with its code is not an action."""
    said = "The update was given by the Assistant Chief Constable (ACC)."

    def edit(document):
        _paragraph(document, outsider.STRATEGIC).text = said

    recognised = _recognised(tmp_path, edit)
    item = recognised.meeting.find_item("4b")
    assert ([b.text for b in item.blocks], item.actions) == ([said], [])


def _action_and_owner_columns(document, owners: dict[str, str], heading: str = "Owner") -> None:
    """The minutes table with a fourth column: ``No. | Item | Action | Owner``, each
    action's words in the Action column and its owner (as ``owners`` types it) in
    the Owner column."""
    table = document.tables[1]
    table.add_column(Cm(2.5))
    table.rows[0].cells[2].paragraphs[0].text = "Action"
    table.rows[0].cells[3].paragraphs[0].text = heading
    for text, code in outsider.ACTIONS:
        row = next(r for r in table.rows if r.cells[1].text == text)
        row.cells[1].paragraphs[0].text = ""
        row.cells[2].paragraphs[0].text = text
        row.cells[3].paragraphs[0].text = owners.get(code, code)


def test_an_action_column_beside_an_owner_column(tmp_path):
    """``No. | Item | Action | Owner``: the Action column holds the action's words, the
    Owner column its owner, as a code, a code and a name, or a name."""
    owners = {"ACC": "ACC – G Penhaligon", "CC": "Naomi Castell"}
    for heading in ("Owner", "Action by", "Lead"):
        recognised = _recognised(
            tmp_path, lambda d, h=heading: _action_and_owner_columns(d, owners, h)
        )
        assert _actions(recognised) == outsider.ACTIONS, heading
        assert recognised.unplaced == [], heading
        assert recognised.meeting.items[0].blocks == []  # the headings are no notes


def test_an_owner_column_left_empty_and_the_owner_in_the_actions_words(tmp_path):
    first = outsider.ACTIONS[0][0].rstrip(".") + " (ACC Penhaligon)."

    def edit(document):
        _action_and_owner_columns(document, {"ACC": ""})
        _paragraph(document, outsider.ACTIONS[0][0]).text = first

    recognised = _recognised(tmp_path, edit)
    assert _actions(recognised) == [(first, "ACC"), *outsider.ACTIONS[1:]]
    assert recognised.unplaced == []


def test_words_in_a_fourth_column_that_are_not_a_date_are_kept(tmp_path):
    """``No. | Item | ACTION | Due``: ``end of term`` in the due column is no date,
    and is not lost."""

    def edit(document):
        table = document.tables[1]
        table.add_column(Cm(2.5))
        table.rows[0].cells[3].paragraphs[0].text = "Due"
        row = next(r for r in table.rows if r.cells[1].text == outsider.ACTIONS[0][0])
        row.cells[3].paragraphs[0].text = "end of term"

    recognised = _recognised(tmp_path, edit)
    assert _actions(recognised) == outsider.ACTIONS
    assert [u.text for u in recognised.unplaced] == ["end of term"]
    texts = [b.text for b in recognised.meeting.find_item("4a").blocks]
    assert "end of term" in texts


# -- 3. AOB ----------------------------------------------------------------------------------


def test_aob_typed_as_the_heading_with_or_without_its_number(tmp_path):
    """``AOB``, ``A.O.B.``, ``AOB:``, ``Any Other Business`` for item 5, numbered or
    not: item 5, under the agenda's heading, its notes its own."""
    for number in ("", "5", "5."):
        for heading in ("AOB", "A.O.B.", "AOB:", "Any Other Business", "A.O.B"):

            def edit(document, number=number, heading=heading):
                table = document.tables[1]
                row = next(
                    r for r in table.rows if r.cells[1].paragraphs[0].text == outsider.HEADINGS["5"]
                )
                row.cells[0].paragraphs[0].text = number
                row.cells[1].paragraphs[0].runs[0].text = heading

            recognised = _recognised(tmp_path, edit)
            items = [(item.number, item.heading) for item in recognised.meeting.items]
            assert items[4:] == [
                ("5", "Any other business"),
                ("6", "Date of next meeting"),
            ], (number, heading)
            aob = recognised.meeting.find_item("5")
            assert [b.text for b in aob.blocks] == [outsider.AOB]
            assert [b.text for b in recognised.meeting.find_item("4c").blocks] == outsider.HMIC
            assert recognised.unplaced == []


def test_aob_typed_on_the_line_of_its_first_sentence(tmp_path):
    def edit(document):
        table = document.tables[1]
        row = next(r for r in table.rows if r.cells[1].paragraphs[0].text == outsider.HEADINGS["5"])
        row.cells[0].paragraphs[0].text = ""
        row.cells[1].paragraphs[0].runs[0].text = "AOB – " + outsider.AOB
        _remove(document, outsider.AOB)

    recognised = _recognised(tmp_path, edit)
    aob = recognised.meeting.find_item("5")
    assert (aob.heading, [b.text for b in aob.blocks]) == ("Any other business", [outsider.AOB])


def test_the_next_meeting_typed_in_other_words_without_its_number(tmp_path):
    for heading in ("Next meeting:", "DATE AND TIME OF THE NEXT MEETING"):

        def edit(document, heading=heading):
            table = document.tables[1]
            row = next(
                r for r in table.rows if r.cells[1].paragraphs[0].text == outsider.HEADINGS["6"]
            )
            row.cells[0].paragraphs[0].text = ""
            row.cells[1].paragraphs[0].runs[0].text = heading

        recognised = _recognised(tmp_path, edit)
        last = recognised.meeting.items[-1]
        assert (last.number, last.heading) == ("6", "Date of next meeting"), heading
        assert recognised.meeting.next_meeting.date.isoformat() == "2028-04-11"
        assert recognised.unplaced == []


# -- 4. a chair typed with a capacity ------------------------------------------------------


def _chair_typed(tmp_path: Path, typed: str, *, label: str = "Chair: "):
    def edit(document):
        line = _paragraph(document, f"Chair: {outsider.CHAIR}")
        line.runs[0].text = label
        line.runs[1].text = typed

    return _recognised(tmp_path, edit)


def test_a_chair_typed_with_a_capacity_is_the_person_in_attendance(tmp_path):
    """The chair's name alone, as the attendance writes it, whatever was typed with it."""
    for label, typed in (
        ("Chair: ", "Commissioner Helen Trask (PCC)"),
        ("Chair – ", "H Trask, Police and Crime Commissioner"),
        ("Chair: ", "Helen Trask – Police and Crime Commissioner (PCC)"),
        ("Chair ", "Helen Trask (Police and Crime Commissioner)"),
        ("Chair: ", "PCC Helen Trask"),
        ("Chaired by ", "Mrs H. Trask, PCC"),
    ):
        recognised = _chair_typed(tmp_path, typed, label=label)
        assert recognised.meeting.chair == outsider.CHAIR, typed
        assert recognised.unplaced == [], typed


def test_a_chair_named_otherwise_than_in_the_attendance_keeps_the_typed_name(tmp_path):
    """The capacity matches the Commissioner in attendance, the name does not (a
    name she is also known by): the name as typed, alone; the capacity is hers."""
    recognised = _chair_typed(tmp_path, "Nell Trask, Police and Crime Commissioner (PCC)")
    assert recognised.meeting.chair == "Nell Trask"


def test_a_chair_whose_capacity_no_one_in_the_attendance_has_is_kept_whole(tmp_path):
    """Nothing is lost: a capacity the archive would hold nowhere else stays."""
    typed = "Cllr Ann Ruddock, Chair of the Police and Crime Panel"
    recognised = _chair_typed(tmp_path, typed)
    assert recognised.meeting.chair == typed


# -- found by tests/wordimport/other_hands.py --------------------------------------------


def _people_table(document, rows: list[list[str]]) -> None:
    """The attendance table replaced by ``rows`` (each cell's lines parted by Enter)."""
    old = document.tables[0]
    table = document.add_table(rows=0, cols=len(rows[0]))
    for texts in rows:
        cells = table.add_row().cells
        for cell, text in zip(cells, texts):
            for n, line in enumerate(text.split("\n")):
                (cell.paragraphs[0] if n == 0 else cell.add_paragraph()).text = line
    old._tbl.addprevious(table._tbl)
    old._tbl.getparent().remove(old._tbl)


def _people(recognised) -> list[tuple[str, str, str, str]]:
    return [(p.name, p.capacity, p.role, p.attendance) for p in recognised.meeting.people]


EXPECTED_PEOPLE = [
    (name, capacity.rsplit(" (", 1)[0], capacity.rsplit("(", 1)[1].rstrip(")"),
     "present" if here else "apologies")
    for name, capacity, here in outsider.PEOPLE
]  # fmt: skip


def test_people_as_lines_of_one_cell_beside_their_label(tmp_path):
    """``Present:`` | the people as lines ``Name – Capacity (CODE)`` in one cell."""

    def edit(document):
        lines = {
            here: "\n".join(f"{n} – {c}" for n, c, h in outsider.PEOPLE if h == here)
            for here in (True, False)
        }
        _people_table(document, [["Present:", lines[True]], ["Apologies:", lines[False]]])

    recognised = _recognised(tmp_path, edit)
    assert _people(recognised) == EXPECTED_PEOPLE
    assert recognised.unplaced == []


def test_people_with_their_attendance_in_a_column_of_its_own(tmp_path):
    """``Name | Capacity | Present``: each person's group at the end of their row."""

    def edit(document):
        rows = [["Name:", "Capacity:", ""]]
        rows += [[n, c, "Present" if h else "Apologies"] for n, c, h in outsider.PEOPLE]
        _people_table(document, rows)

    recognised = _recognised(tmp_path, edit)
    assert _people(recognised) == EXPECTED_PEOPLE
    assert recognised.unplaced == []
