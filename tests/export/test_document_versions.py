"""The versions of the document after the meeting (house-format.md, "Versions of the
document"): DRAFT in the full version until the record is agreed; the public
version says it was edited whenever anything was withheld; the redaction log
gives each withheld paragraph with its reason; a circulated draft carries which
meeting and version it is; the public version and its log are written together."""

from __future__ import annotations

import os
import zipfile

import docx
import pytest

from minutetaker.domain.model import Block
from minutetaker.export import ExportError, export_docx
from minutetaker.export.document import read_custom_properties
from minutetaker.export.writer import prepare_docx
from tests.export.conftest import export
from tests.samples import sample_meeting

NOTICE = "These notes have been edited to remove information that is not for publication."


def _header(path) -> list[str]:
    section = docx.Document(str(path)).sections[0]
    return [p.text for p in section.header.paragraphs if p.text]


@pytest.mark.parametrize(
    "state, header",
    [
        ("draft", ["OFFICIAL – DRAFT"]),
        ("circulated", ["OFFICIAL – DRAFT"]),
        ("agreed", ["OFFICIAL"]),
        ("published", ["OFFICIAL"]),
    ],
)
def test_the_full_version_says_draft_until_the_record_is_agreed(tmp_path, state, header):
    meeting = sample_meeting()
    meeting.state = state
    assert _header(export(meeting, tmp_path).path) == header


def test_the_public_version_never_says_draft_and_carries_no_marking(tmp_path):
    exported = export(sample_meeting(), tmp_path, public=True)
    assert _header(exported.path) == []
    text = b"".join(exported.parts().values())
    assert b"DRAFT" not in text and b"OFFICIAL<" not in text


def test_the_public_version_says_under_its_title_that_it_was_edited(tmp_path):
    document = export(sample_meeting(), tmp_path, public=True).document
    title, notice = document.paragraphs[0], document.paragraphs[1]
    assert title.text.startswith("Monthly Assurance Meeting March 2031")
    assert notice.text == NOTICE
    assert all(run.italic for run in notice.runs)


def test_nothing_withheld_means_no_notice(tmp_path):
    meeting = sample_meeting()
    for item in meeting.walk_items():
        item.restricted = False
        for block in item.blocks:
            for part in block.walk():
                part.restricted = False
    exported = export(meeting, tmp_path, public=True)
    assert exported.report.withheld == []
    assert NOTICE not in [p.text for p in exported.document.paragraphs]
    assert "Nothing was withheld" in exported.report.log_path.read_text("utf-8")


def test_the_full_version_has_no_notice(full):
    assert NOTICE not in [p.text for p in full.document.paragraphs]


def test_the_redaction_log_lists_each_withheld_paragraph_with_its_reason(tmp_path):
    meeting = sample_meeting()
    meeting.find_item("3").blocks.append(
        Block(
            "paragraph",
            "Vetting of a named officer was discussed.",
            restricted=True,
            restricted_reason="s40",
        )
    )
    meeting.find_item("5").blocks.append(
        Block(
            "bullet",
            "The tender for the custody contract.",
            restricted=True,
            restricted_reason="S.43 bids still open",
        )
    )
    log = export(meeting, tmp_path, public=True).report.log_path.read_text("utf-8")
    assert "- Item 2: a bullet point withheld, “A police horse was injured on duty.”: " in log
    assert "operationally sensitive." in log
    assert "- Item 3: a paragraph withheld, “Vetting of a named officer was discussed.”: " in log
    assert "s40 (personal information)." in log
    assert "s43 (commercial interests): bids still open." in log
    assert "Item 4c (HMIC inspection programme" in log and "draft inspection findings." in log


def test_custom_properties_say_which_meeting_and_version_a_document_is(tmp_path):
    path = tmp_path / "draft.docx"
    props = {"minutetaker.meeting": "7", "minutetaker.version": "2"}
    report = prepare_docx(sample_meeting(), path, properties=props)
    report.commit()
    assert read_custom_properties(docx.Document(str(path))) == props
    with zipfile.ZipFile(path) as package:
        custom = package.read("docProps/custom.xml").decode()
        types = package.read("[Content_Types].xml").decode()
    assert 'fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2"' in custom
    assert "custom-properties+xml" in types


def test_an_ordinary_export_carries_no_custom_properties(full):
    assert read_custom_properties(full.document) == {}
    assert "docProps/custom.xml" not in full.parts()


def test_a_prepared_export_is_not_in_place_until_committed_and_can_be_discarded(tmp_path):
    path = tmp_path / "public.docx"
    report = prepare_docx(sample_meeting(), path, public=True)
    assert not path.exists() and not report.log_path.exists()
    report.discard()
    assert sorted(os.listdir(tmp_path)) == []


def test_the_public_version_and_its_log_are_written_together_or_not_at_all(tmp_path, monkeypatch):
    path = tmp_path / "public.docx"
    export_docx(sample_meeting(), path, public=True)
    log_path = path.with_name(path.stem + " – redaction log.txt")
    old = path.read_bytes(), log_path.read_bytes()

    real_replace = os.replace

    refused = []

    def refuse_the_log(source, target):
        if str(target).endswith(".txt") and not refused:  # the new log, not the old put back
            refused.append(target)
            raise PermissionError(13, "Permission denied")
        return real_replace(source, target)

    monkeypatch.setattr(os, "replace", refuse_the_log)
    changed = sample_meeting()
    changed.find_item("5").blocks[0].text = "Quite different words."
    with pytest.raises(ExportError, match=r"redaction log\.txt cannot be replaced"):
        export_docx(changed, path, public=True)
    monkeypatch.undo()
    assert (path.read_bytes(), log_path.read_bytes()) == old
    assert sorted(os.listdir(tmp_path)) == sorted([path.name, log_path.name])
