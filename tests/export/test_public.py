"""The public version: nothing withheld survives anywhere in the package."""

from __future__ import annotations

import copy
import dataclasses
import re

from minutetaker.domain.model import Block, Item
from minutetaker.export.public import redact
from tests.export.conftest import export, minutes_table, rows_text
from tests.samples import sample_meeting


def _words(text: str) -> set[str]:
    return {w.lower() for w in re.findall(r"[A-Za-z]{4,}", text)}


def _hidden_texts(meeting) -> list[str]:
    """Every text that the public version must not hold (restricted, or under it)."""
    hidden: list[str] = []

    def blocks(found, under: bool) -> None:
        for block in found:
            hide = under or block.restricted
            if hide:
                hidden.extend([block.text, block.restricted_reason])
            blocks(block.findings, hide)

    def item(node: Item, under: bool) -> None:
        hide = under or node.restricted
        if hide:
            hidden.extend([node.heading, node.topic, node.restricted_reason])
            hidden.extend(a.text for a in node.actions)
            record = node.brought_forward
            if record is not None:
                hidden.extend([record.subject, record.action])
        blocks(node.blocks, hide)
        for child in node.items:
            item(child, hide)

    for top in meeting.items:
        item(top, False)
    return [t for t in hidden if t.strip()]


def _cut(meeting):
    """The test's own, independent removal of everything restricted."""
    meeting = copy.deepcopy(meeting)

    def blocks(found):
        return [
            dataclasses.replace(b, findings=blocks(b.findings)) for b in found if not b.restricted
        ]

    def items(found):
        kept = []
        for node in found:
            if not node.restricted:
                node.blocks = blocks(node.blocks)
                node.items = items(node.items)
                kept.append(node)
        return kept

    meeting.items = items(meeting.items)
    return meeting


def _assert_nothing_survives(exported, meeting, folder) -> None:
    hidden = _hidden_texts(meeting)
    assert hidden, "the meeting should have something restricted"
    # Words that may appear anyway: all of a full export of the meeting cut by hand.
    allowed = export(_cut(meeting), folder, name="allowed.docx")
    allowed_words = set().union(*(_words(d.decode("utf-8")) for d in allowed.parts().values()))
    only_hidden = set().union(*map(_words, hidden)) - allowed_words - {"publication"}
    assert only_hidden
    for name, data in exported.parts().items():
        text = data.decode("utf-8", errors="replace")
        lowered = text.lower()
        for phrase in hidden:
            assert phrase.lower() not in lowered, (name, phrase)
        found = {w for w in only_hidden if re.search(rf"\b{w}\b", lowered)}
        assert not found, (name, found)
        assert "OFFICIAL" not in text, name


def test_no_restricted_word_in_any_part_of_the_package(public, tmp_path):
    _assert_nothing_survives(public, sample_meeting(), tmp_path)


def test_the_full_version_still_holds_them(full):
    document = full.parts()["word/document.xml"].decode()
    assert "A police horse was injured on duty." in document
    assert "Confidential draft findings on custody suites." in document
    assert full.report.withheld == [] and full.report.log_path is None


def test_item_withheld_whole_leaves_a_line(public):
    rows = rows_text(minutes_table(public.document))
    row = next(row for row in rows if row[0] == "4c")
    assert row[1:] == ["This item is not for publication.", ""]
    bullets = next(row for row in rows if row[0] == "2")[1]
    assert "A high value theft" in bullets and "horse" not in bullets


def test_no_marking_but_still_page_numbers(public):
    section = public.document.sections[0]
    assert not any(p.text for p in section.header.paragraphs)
    assert [p.text for p in section.footer.paragraphs if p.text] == ["Page 1 of 1"]


def test_report_and_redaction_log(public):
    report = public.report
    assert report.path == public.path
    assert len(report.withheld) == 2
    assert any("4c" in line and "draft inspection findings" in line for line in report.withheld)
    assert any("operationally sensitive" in line for line in report.withheld)
    assert report.log_path == public.path.with_name("public – redaction log.txt")
    log = report.log_path.read_text(encoding="utf-8")
    assert "public.docx" in log and "Tuesday 18 March 2031" in log
    assert "Protective marking left off: OFFICIAL" in log
    for line in report.withheld:
        assert line in log
    assert "Do not publish" in log


def test_log_when_nothing_is_withheld(tmp_path):
    meeting = sample_meeting()
    meeting.items = [i for i in meeting.items if i.number not in ("2", "4")]
    exported = export(meeting, tmp_path, public=True)
    assert exported.report.withheld == []
    assert "Nothing was withheld" in exported.report.log_path.read_text(encoding="utf-8")


def test_restricted_questions_findings_and_sections(tmp_path):
    meeting = sample_meeting()
    hta = meeting.find_item("4a")
    hta.blocks[1].findings.append(
        Block("bullet", "Zeppelin surveillance of the marina.", restricted=True)
    )
    hta.blocks.append(
        Block(
            "question",
            "Will the quokka unit be disbanded?",
            "3",
            findings=[Block("paragraph", "Answer about the xylophone budget.")],
            restricted=True,
        )
    )
    meeting.find_item("5").restricted = True
    meeting.find_item("5").blocks.append(Block("paragraph", "Walrus procurement."))
    exported = export(meeting, tmp_path, public=True)
    _assert_nothing_survives(exported, meeting, tmp_path)
    rows = rows_text(minutes_table(exported.document))
    assert next(row for row in rows if row[0] == "5")[1] == "This item is not for publication."
    assert "Most offences are at three retail parks." in next(r for r in rows if r[0] == "4a")[1]
    assert any("question 3 and its findings" in line for line in exported.report.withheld)


def test_a_whole_section_withheld_takes_its_sub_items_and_actions(tmp_path):
    meeting = sample_meeting()
    meeting.find_item("4").restricted = True
    exported = export(meeting, tmp_path, public=True)
    _assert_nothing_survives(exported, meeting, tmp_path)
    rows = rows_text(minutes_table(exported.document))
    assert [row[0] for row in rows if row[0]] == ["1", "1.1", "1.2", "2", "3", "4", "5", "6"]
    assert [row[2] for row in rows[1:] if row[2]] == ["ALL"]


def test_redaction_leaves_the_meeting_itself_alone():
    meeting = sample_meeting()
    result = redact(meeting)
    assert meeting.marking == "OFFICIAL"
    assert len(meeting.find_item("2").blocks) == 2
    assert len(result.meeting.find_item("2").blocks) == 1
    assert result.meeting.find_item("4c").heading == ""


def test_a_brought_forward_record_withheld_whole(tmp_path):
    meeting = sample_meeting()
    record = meeting.find_item("1.2")
    record.restricted = True
    record.brought_forward.subject = "Undercover deployment at Harbourside"
    exported = export(meeting, tmp_path, public=True)
    _assert_nothing_survives(exported, meeting, tmp_path)
    rows = rows_text(minutes_table(exported.document))
    assert next(row for row in rows if row[0] == "1.2")[1] == "This item is not for publication."
    assert "Rebuilding Northshire" in next(row for row in rows if row[0] == "1.1")[1]


def test_the_log_names_a_withheld_finding_as_the_corrections_list_does(tmp_path):
    """A paragraph among a question's findings is "a finding of question 2" in the
    log (as in the corrections list), a bullet point there "a bullet point under
    question 2"; a paragraph of the item itself stays "a paragraph"."""
    meeting = sample_meeting()
    hta = meeting.find_item("4a")
    question = next(b for b in hta.blocks if b.type == "question" and b.number)
    question.findings.append(
        Block("paragraph", "The heron count at the reservoir is disputed.", restricted=True)
    )
    question.findings.append(
        Block(
            "bullet", "Kestrel patrols near the quarry.", restricted=True, restricted_reason="s31"
        )
    )
    hta.blocks.append(Block("paragraph", "Otter sightings by the weir.", restricted=True))
    exported = export(meeting, tmp_path, public=True)
    log = exported.report.log_path.read_text(encoding="utf-8")
    n = question.number
    assert f"Item 4a: a finding of question {n} withheld, “The heron count" in log
    assert f"Item 4a: a bullet point under question {n} withheld, “Kestrel patrols" in log
    assert "Item 4a: a paragraph withheld, “Otter sightings by the weir.”" in log
    assert "law enforcement" in log
