"""Corrections returned in Word: a circulated draft, edited by a reviewer with Track
Changes on and off (the XML written as Word writes it, tests/after_meeting/
reviewer.py), read back, compared with the version circulated, listed per item,
and applied only when chosen, in one transaction."""

from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess
import zipfile

import pytest

from minutetaker.after_meeting import circulate
from minutetaker.after_meeting.corrections import (
    NotThisDraft,
    apply_corrections,
    read_corrections,
)
from minutetaker.domain.compare import compare_meetings, marked
from minutetaker.domain.model import Block
from minutetaker.domain.serial import meeting_to_dict
from minutetaker.export import export_docx
from minutetaker.store.errors import RecordLocked
from minutetaker.wordimport import WordImportError
from tests.after_meeting.reviewer import Reviewer


@pytest.fixture
def out(tmp_path):
    folder = tmp_path / "files"
    folder.mkdir()
    return folder


@pytest.fixture
def draft(archive, sample_meeting, out):
    meeting_id = archive.add_meeting(sample_meeting)
    circulate.circulate(archive, meeting_id, out / "draft.docx")
    return meeting_id, out / "draft.docx"


def _reviewed(path, out):
    """The reviewer's edits: four with Track Changes on, one with it off."""
    reviewer = Reviewer(path)
    reviewer.replace("cash machine", "shop")
    reviewer.insert_paragraph_after(
        "A police horse was injured on duty.", "A second horse was lame after the match."
    )
    reviewer.delete_paragraph("Repeat offenders account for 40% of cases.")
    reviewer.replace("Carried forward to the next meeting.", "Discharged.")
    reviewer.retype("Force Headquarters, Kingsford", "Kingsford Town Hall")  # no tracking
    return reviewer.save(out / "returned.docx")


def _listed(returned):
    return [
        (
            c.item_number,
            c.kind,
            c.change,
            c.what,
            marked(c.words) if c.words else c.after or c.before,
        )
        for c in returned.corrections
    ]


EXPECTED = [
    ("", "detail", "changed", "Venue", "Conference Room 2, [-Force Headquarters, Kingsford-]{+Kingsford Town Hall+}"),
    ("1.2", "decision", "changed", "decision", "[-carried forward-]{+discharged+}"),
    ("2", "paragraph", "changed", "bullet point", "A high value theft from a [-cash machine-]{+shop+} in Eastport."),
    ("2", "paragraph", "added", "bullet point", "A second horse was lame after the match."),
    ("4a", "paragraph", "removed", "bullet point under question 1", "Repeat offenders account for 40% of cases."),
]  # fmt: skip


def test_a_draft_returned_unchanged_has_no_corrections(archive, draft):
    meeting_id, path = draft
    returned = read_corrections(archive, meeting_id, path)
    assert returned.version == 1
    assert returned.corrections == []


def test_tracked_and_untracked_edits_are_found_per_item(archive, draft, out):
    meeting_id, path = draft
    returned = read_corrections(archive, meeting_id, _reviewed(path, out))
    assert _listed(returned) == EXPECTED
    assert [c.number for c in returned.corrections] == [1, 2, 3, 4, 5]


def test_nothing_is_applied_without_a_choice(archive, draft, out):
    meeting_id, path = draft
    before = meeting_to_dict(archive.load_meeting(meeting_id))
    read_corrections(archive, meeting_id, _reviewed(path, out))
    assert meeting_to_dict(archive.load_meeting(meeting_id)) == before
    assert [e.event for e in archive.record(meeting_id).history()] == ["circulated"]


def test_accepting_all_makes_the_meeting_say_what_the_reviewer_proposed(archive, draft, out):
    meeting_id, path = draft
    returned = read_corrections(archive, meeting_id, _reviewed(path, out))
    done = apply_corrections(archive, returned)
    assert ([c.number for c in done.applied], done.skipped) == ([1, 2, 3, 4, 5], [])
    meeting = archive.load_meeting(meeting_id)
    assert compare_meetings(meeting, returned.edited).unchanged
    item2 = [b.text for b in meeting.find_item("2").blocks]
    assert item2 == [
        "A high value theft from a shop in Eastport.",
        "A police horse was injured on duty.",
        "A second horse was lame after the match.",
    ]
    assert meeting.find_item("2").blocks[1].restricted  # what was withheld stays withheld
    assert meeting.find_item("1.2").brought_forward.decision == "discharged"
    assert meeting.venue == "Conference Room 2, Kingsford Town Hall"
    assert [a.id for a in meeting.find_item("4a").actions] == ["a-retail-1", "a-retail-2"]
    last = archive.record(meeting_id).history()[-1]
    assert (last.event, last.detail) == (
        "corrected",
        "5 corrections from returned.docx (version 1)",
    )
    again = apply_corrections(archive, read_corrections(archive, meeting_id, out / "returned.docx"))
    assert again.applied == []
    assert [why for _, why in again.skipped] == ["the meeting already says so"] * 4 + [
        "the paragraph is no longer in the meeting"
    ]


def test_corrections_are_chosen_one_by_one(archive, draft, out):
    meeting_id, path = draft
    returned = read_corrections(archive, meeting_id, _reviewed(path, out))
    done = apply_corrections(archive, returned, chosen=[3, 5])
    assert [c.number for c in done.applied] == [3, 5]
    meeting = archive.load_meeting(meeting_id)
    assert meeting.find_item("2").blocks[0].text == "A high value theft from a shop in Eastport."
    assert len(meeting.find_item("2").blocks) == 2  # the added bullet was not chosen
    assert meeting.find_item("1.2").brought_forward.decision == "carried forward"
    assert "Repeat offenders" not in str(meeting_to_dict(meeting))


def test_a_paragraph_changed_since_the_draft_went_out_is_not_overwritten(archive, draft, out):
    meeting_id, path = draft
    returned = read_corrections(archive, meeting_id, _reviewed(path, out))
    meeting = archive.load_meeting(meeting_id)
    item = meeting.find_item("2")
    item.blocks[0].text = "A high value theft from a bank in Eastport."
    archive.save_item(meeting_id, item)
    done = apply_corrections(archive, returned)
    assert [(c.number, why) for c, why in done.skipped] == [
        (3, "the paragraph changed since the draft was circulated")
    ]
    meeting = archive.load_meeting(meeting_id)
    assert meeting.find_item("2").blocks[0].text == "A high value theft from a bank in Eastport."


def test_applying_is_one_transaction(archive, draft, out, monkeypatch):
    from minutetaker.store import versions

    meeting_id, path = draft
    returned = read_corrections(archive, meeting_id, _reviewed(path, out))
    before = meeting_to_dict(archive.load_meeting(meeting_id))

    def broken(*args, **kwargs):
        raise OSError("the disk went away")

    monkeypatch.setattr(versions, "add_history", broken)  # after every item was saved
    with pytest.raises(OSError):
        apply_corrections(archive, returned)
    assert meeting_to_dict(archive.load_meeting(meeting_id)) == before


def test_an_agreed_record_takes_no_corrections(archive, draft, out):
    meeting_id, path = draft
    returned = read_corrections(archive, meeting_id, _reviewed(path, out))
    archive.record(meeting_id).agree(dt.date(2031, 4, 15), today=dt.date(2031, 5, 1))
    with pytest.raises(RecordLocked):
        apply_corrections(archive, returned)


# -- files that are not a circulated draft of this meeting ------------------------------


def test_an_ordinary_export_is_refused(archive, draft, out):
    meeting_id, _ = draft
    export_docx(archive.load_meeting(meeting_id), out / "plain.docx")
    with pytest.raises(NotThisDraft, match=r"plain\.docx is not a draft circulated by minutetaker"):
        read_corrections(archive, meeting_id, out / "plain.docx")


def test_the_draft_of_another_meeting_is_refused(archive, draft, out, sample_meeting):
    _, path = draft
    sample_meeting.id = None
    sample_meeting.date = dt.date(2031, 4, 15)
    for _, action in sample_meeting.actions():
        action.id += "-april"
    other = archive.add_meeting(sample_meeting)
    with pytest.raises(NotThisDraft, match="is a draft of the meeting of Tuesday 18 March 2031"):
        read_corrections(archive, other, path)


def test_a_draft_whose_version_was_never_kept_here_is_refused(archive, draft, out):
    meeting_id, path = draft
    forged = out / "forged.docx"
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(forged, "w") as target:
        for name in source.namelist():
            data = source.read(name)
            if name == "docProps/custom.xml":
                data = re.sub(rb'(name="minutetaker.version"><vt:lpwstr>)1<', rb"\g<1>7<", data)
                assert b">7<" in data
            target.writestr(name, data)
    with pytest.raises(NotThisDraft, match="this archive never kept a version 7"):
        read_corrections(archive, meeting_id, forged)


def test_a_draft_of_the_same_number_with_other_words_is_refused(archive, draft, out, data_dir):
    """The same meeting id and version, circulated from another archive (or from a
    circulation killed before its commit): the fingerprint tells them apart."""
    meeting_id, _ = draft
    meeting = archive.load_meeting(meeting_id)
    from minutetaker.store import Archive

    with Archive.open(data_dir.parent / "elsewhere") as other:
        meeting.find_item("5").blocks.append(Block("paragraph", "Words only over there."))
        meeting.id = None
        for _, action in meeting.actions():
            action.id += "-x"
        other_id = other.add_meeting(meeting)
        assert other_id == meeting_id
        circulate.circulate(other, other_id, out / "theirs.docx")
    with pytest.raises(NotThisDraft, match="its text is not the version 1 kept in this archive"):
        read_corrections(archive, meeting_id, out / "theirs.docx")


def test_a_file_that_is_no_word_document_is_refused_plainly(archive, draft, out):
    meeting_id, _ = draft
    (out / "notes.docx").write_text("not a zip", encoding="utf-8")
    with pytest.raises(WordImportError, match=r"notes\.docx") as refused:
        read_corrections(archive, meeting_id, out / "notes.docx")
    # Said for corrections, not for an import ("... then import that" misled).
    assert "import" not in str(refused.value)
    assert "circulated draft" in str(refused.value)


@pytest.mark.render
def test_a_draft_saved_again_by_libreoffice_keeps_who_it_is_and_its_changes(archive, draft, out):
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        pytest.skip("LibreOffice is not installed")
    meeting_id, path = draft
    returned_path = _reviewed(path, out)
    again = out / "libreoffice"
    profile = (out / "lo-profile").as_uri()
    subprocess.run(
        [soffice, f"-env:UserInstallation={profile}", "--headless", "--convert-to",
         "docx:MS Word 2007 XML", "--outdir", str(again), str(returned_path)],
        check=True, capture_output=True, timeout=180,
    )  # fmt: skip
    returned = read_corrections(archive, meeting_id, again / "returned.docx")
    assert _listed(returned) == EXPECTED
