"""Circulating and publishing write a file and change the record together: when
either fails, the other is undone (the file the step replaced comes back)."""

from __future__ import annotations

import datetime as dt

import docx
import pytest

from minutetaker.after_meeting import check, circulate, publish
from minutetaker.export.writer import ExportError, ExportReport


@pytest.fixture
def stored(archive, sample_meeting):
    return archive, archive.add_meeting(sample_meeting)


@pytest.fixture
def out(tmp_path):
    """A folder of its own for the files written (the archive is in tmp_path)."""
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


def _fail_after_placing(monkeypatch):
    """The file is in place, then the transaction fails before its COMMIT."""
    real_place = ExportReport.place

    def place_then_fail(self):
        real_place(self)
        raise OSError("the archive's disk went away")

    monkeypatch.setattr(ExportReport, "place", place_then_fail)


def test_circulate_replaces_an_older_file_and_keeps_the_version(stored, out):
    archive, meeting_id = stored
    path = out / "draft.docx"
    path.write_bytes(b"an older file")
    done = circulate.circulate(archive, meeting_id, path)
    assert done.version.number == 1 and done.path == path
    assert docx.Document(str(path)).sections[0].header.paragraphs[0].text == "OFFICIAL – DRAFT"
    assert sorted(p.name for p in out.iterdir()) == ["draft.docx"]  # no leftovers


def test_a_circulation_that_fails_before_its_commit_puts_the_old_file_back(
    stored, out, monkeypatch
):
    archive, meeting_id = stored
    path = out / "draft.docx"
    path.write_bytes(b"an older file")
    _fail_after_placing(monkeypatch)
    with pytest.raises(OSError, match="disk went away"):
        circulate.circulate(archive, meeting_id, path)
    assert path.read_bytes() == b"an older file"
    assert sorted(p.name for p in out.iterdir()) == ["draft.docx"]
    assert archive.record(meeting_id).versions() == []
    assert archive.load_meeting(meeting_id).state == "draft"


def test_a_circulation_whose_file_is_refused_keeps_no_version(stored, out):
    archive, meeting_id = stored
    with pytest.raises(ExportError, match="does not exist"):
        circulate.circulate(archive, meeting_id, out / "gone" / "draft.docx")
    assert archive.record(meeting_id).versions() == []


def test_a_publication_that_fails_before_its_commit_writes_nothing(stored, out, monkeypatch):
    archive, meeting_id = stored
    archive.record(meeting_id).agree(dt.date(2031, 4, 15), today=dt.date(2031, 5, 1))
    _fail_after_placing(monkeypatch)
    with pytest.raises(OSError):
        publish.publish(archive, meeting_id, out / "public.docx")
    assert list(out.iterdir()) == []
    assert archive.load_meeting(meeting_id).state == "agreed"
    assert [e.event for e in archive.record(meeting_id).history()] == ["agreed"]


def test_publish_refuses_with_the_findings_and_writes_nothing(archive, out):
    from tests.checks.planted_personal import PLANTED, planted_meeting

    meeting_id = archive.add_meeting(planted_meeting())
    archive.record(meeting_id).agree(dt.date(2031, 4, 15), today=dt.date(2031, 5, 1))
    with pytest.raises(publish.FindingsUnresolved) as refused:
        publish.publish(archive, meeting_id, out / "public.docx")
    assert {(f.kind, f.text) for f in refused.value.findings} == PLANTED
    assert list(out.iterdir()) == []
    # Resolved one by one (accepted or withheld), publishing goes ahead.
    for finding in check.check(archive, meeting_id).findings:
        if finding.kind == "name":
            check.withhold(archive, meeting_id, finding, "s40")
        else:
            check.accept(archive, meeting_id, finding)
    assert check.check(archive, meeting_id).findings == []
    done = publish.publish(archive, meeting_id, out / "public.docx")
    assert done.overridden == [] and done.path.exists() and done.log_path.exists()
    text = "\n".join(p.text for p in docx.Document(str(done.path)).paragraphs)
    assert "These notes have been edited" in text


def test_prepared_files_are_not_left_behind_by_a_refused_step(stored, out):
    archive, meeting_id = stored
    with pytest.raises(Exception, match="has not been agreed yet"):
        publish.publish(archive, meeting_id, out / "public.docx")
    assert list(out.iterdir()) == []
