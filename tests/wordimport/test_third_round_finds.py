"""What the third outsider round (tests/wordimport/third_round.py) found, each typed
into the second round's house layout (tests/wordimport/outsider.py) as a person
would type it, so each is checked on its own."""

from __future__ import annotations

from tests.wordimport import outsider
from tests.wordimport.test_typed_otherwise import EXPECTED_PEOPLE, _people, _recognised


def _attendance_as(document, text: str) -> None:
    """The attendance table replaced by one paragraph, ``text``."""
    table = document.tables[0]
    paragraph = document.add_paragraph(text)
    table._tbl.addprevious(paragraph._p)
    table._tbl.getparent().remove(table._tbl)


def _listed(here: bool) -> str:
    return "; ".join(f"{n}, {c}" for n, c, h in outsider.PEOPLE if h == here)


def test_present_and_apologies_in_one_paragraph(tmp_path):
    """``Present: A, Capacity (CODE); B, …. Apologies: C, …; D, ….``: one paragraph
    holding both groups, each list ended by a full stop."""

    def edit(document):
        _attendance_as(document, f"Present: {_listed(True)}. Apologies: {_listed(False)}.")

    recognised = _recognised(tmp_path, edit)
    assert _people(recognised) == EXPECTED_PEOPLE
    assert recognised.unplaced == []


def test_present_and_apologies_in_one_paragraph_parted_by_a_semicolon(tmp_path):
    def edit(document):
        _attendance_as(document, f"Present: {_listed(True)}; Apologies: {_listed(False)}")

    recognised = _recognised(tmp_path, edit)
    assert _people(recognised) == EXPECTED_PEOPLE
    assert recognised.unplaced == []


def test_present_and_apologies_on_lines_of_one_paragraph(tmp_path):
    """The same, the apologies after a Shift+Enter."""

    def edit(document):
        _attendance_as(document, f"Present: {_listed(True)}.\nApologies: {_listed(False)}.")

    recognised = _recognised(tmp_path, edit)
    assert _people(recognised) == EXPECTED_PEOPLE
    assert recognised.unplaced == []


def test_notes_in_words_numbered_list_are_list_points_not_paragraphs(tmp_path):
    """Item 2's risks typed in Word's numbered list (List Number), not as actions:
    each a point of the list, as docs/import.md promises ("bullets in Word's list
    styles or numbering"), not a plain paragraph that has lost its number."""

    def edit(document):
        for paragraph in document.paragraphs + [
            p for t in document.tables for r in t.rows for c in r.cells for p in c.paragraphs
        ]:
            if paragraph.text in outsider.RISKS:
                paragraph.style = "List Number"

    recognised = _recognised(tmp_path, edit)
    item = next(i for i in recognised.meeting.items if i.number == "2")
    assert [(b.type, b.text) for b in item.blocks] == [("bullet", t) for t in outsider.RISKS]
