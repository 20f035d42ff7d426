"""Layouts a person really types that the reader once got wrong (noticed at the end of
round 2): questions run together, an owner written with a name, AOB without its
number, a chair typed with a capacity. Each is the outsider's house layout
(tests/wordimport/outsider.py) edited as a person would type it."""

from __future__ import annotations

import json
from pathlib import Path

import docx

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
