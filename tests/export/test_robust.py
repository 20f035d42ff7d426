"""Awkward text, long meetings, and writing the file safely."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

from minutetaker.export import ExportError, export_docx, suggested_filename
from minutetaker.store import files
from tests.export.conftest import export, minutes_docx_table, minutes_table, rows_text
from tests.export.meetings import (
    long_meeting,
    meeting_with_control_characters,
    meeting_with_long_item,
)
from tests.samples import sample_meeting

# What XML 1.0 cannot hold (tab, newline and carriage return aside).
_BAD = re.compile(rb"[\x00-\x08\x0b\x0c\x0e-\x1f]|\xed[\xa0-\xbf]")


@pytest.mark.parametrize("public", [False, True])
def test_control_characters_never_crash(tmp_path, public):
    exported = export(meeting_with_control_characters(), tmp_path, public=public)
    for name, data in exported.parts().items():
        assert not _BAD.search(data), name
        data.decode("utf-8")  # no lone surrogate made it into the file
    document = exported.document
    assert document.paragraphs[0].text.startswith("Monthly Assurance Meeting March 2031")
    text = "\n".join(row[1] for row in rows_text(minutes_table(document)))
    # A vertical tab or form feed is a line break; bell, escape and NUL are dropped.
    assert "Line one\nline two\npagethe bellescapelonehalfnul\ttab" in text


def test_a_300_paragraph_item(tmp_path):
    exported = export(meeting_with_long_item(300), tmp_path)
    table = minutes_docx_table(exported.document)
    row = next(r for r in table.rows if r.cells[0].text == "5")
    assert len(row.cells[1].paragraphs) == 301  # heading and 300 paragraphs


def test_a_40_page_meeting(tmp_path):
    meeting = long_meeting()
    exported = export(meeting, tmp_path)
    rows = rows_text(minutes_table(exported.document))
    numbers = [row[0] for row in rows if row[0]]
    assert numbers == [item.number for item in meeting.walk_items()]
    assert [row[2] for row in rows[1:] if row[2]][-1] == "ALL"


def test_suggested_filenames():
    meeting = sample_meeting()
    assert (
        suggested_filename(meeting) == "2031-03-18 Monthly Assurance Meeting – Meeting Notes.docx"
    )
    assert (
        suggested_filename(meeting, public=True)
        == "2031-03-18 Monthly Assurance Meeting – Meeting Notes (public).docx"
    )
    meeting.title = "Audit/Risk: Panel?\v"
    assert suggested_filename(meeting) == "2031-03-18 Audit-Risk- Panel- – Meeting Notes.docx"


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


def test_a_failure_mid_write_keeps_the_previous_file(tmp_path, monkeypatch):
    target = tmp_path / "notes.docx"
    target.write_bytes(b"the previous export")

    def broken_save(self, stream):
        stream.write(b"PK\x03\x04 half a zip")
        raise RuntimeError("disk went away")

    monkeypatch.setattr("docx.document.Document.save", broken_save)
    with pytest.raises(ExportError, match="disk went away"):
        export_docx(sample_meeting(), target)
    assert target.read_bytes() == b"the previous export"
    assert _leftovers(tmp_path) == []


def test_a_failed_replace_keeps_the_previous_file(tmp_path, monkeypatch):
    target = tmp_path / "notes.docx"
    target.write_bytes(b"the previous export")

    def refuse(source, destination):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(files.os, "replace", refuse)
    with pytest.raises(ExportError) as caught:
        export_docx(sample_meeting(), target)
    assert str(caught.value) == (
        "notes.docx cannot be replaced (it may be open in Word or read-only), "
        "so the notes were not exported."
    )
    assert target.read_bytes() == b"the previous export"
    assert _leftovers(tmp_path) == []


def test_an_unwritable_folder_gives_one_clear_sentence(tmp_path, monkeypatch):
    folder = tmp_path / "locked"
    folder.mkdir()
    if os.name == "posix" and os.geteuid() != 0:
        folder.chmod(0o500)
    else:  # root writes anywhere: make the folder refuse the way the system would
        real_open = os.open

        def refuse(path, *args, **kwargs):
            if Path(path).parent == folder:
                raise PermissionError(13, "Permission denied", str(path))
            return real_open(path, *args, **kwargs)

        monkeypatch.setattr(files.os, "open", refuse)
    try:
        with pytest.raises(ExportError) as caught:
            export_docx(sample_meeting(), folder / "notes.docx")
    finally:
        folder.chmod(0o700)
    assert str(caught.value) == (
        f"The folder {folder} cannot be written to, so the notes were not exported."
    )
    assert list(folder.iterdir()) == []


def test_a_missing_folder_gives_one_clear_sentence(tmp_path):
    with pytest.raises(ExportError) as caught:
        export_docx(sample_meeting(), tmp_path / "nowhere" / "notes.docx")
    assert str(caught.value) == (
        f"The folder {tmp_path / 'nowhere'} does not exist, so the notes were not exported."
    )


def test_a_folder_as_target(tmp_path):
    (tmp_path / "notes.docx").mkdir()
    with pytest.raises(ExportError, match="is a folder"):
        export_docx(sample_meeting(), tmp_path / "notes.docx")


def test_export_replaces_an_older_export(tmp_path):
    target = tmp_path / "notes.docx"
    target.write_bytes(b"old")
    report = export_docx(sample_meeting(), target)
    assert report.path == target
    assert target.read_bytes()[:2] == b"PK"
    assert _leftovers(tmp_path) == []
