import json

import pytest

from minutetaker.interchange import read_meeting_file, write_meeting_file


def test_written_file_is_utf8_json_in_format_v1(tmp_path, sample_meeting):
    path = tmp_path / "out.json"
    sample_meeting.find_item("5").blocks[0].text = "Café – ✓"
    write_meeting_file(sample_meeting, path)
    raw = json.loads(path.read_text("utf-8"))
    assert raw["format"] == "minutetaker.meeting" and raw["version"] == 1
    assert "Café – ✓" in path.read_text("utf-8")
    assert read_meeting_file(path).find_item("5").blocks[0].text == "Café – ✓"


def test_a_failed_write_leaves_the_old_file(tmp_path, sample_meeting, monkeypatch):
    path = tmp_path / "out.json"
    path.write_text("previous", encoding="utf-8")
    from minutetaker.store import files

    def broken(*_args, **_kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(files.os, "replace", broken)
    with pytest.raises(files.WriteRefused, match=f"The disk holding {tmp_path} is full"):
        write_meeting_file(sample_meeting, path)
    assert path.read_text("utf-8") == "previous"
    assert [p.name for p in tmp_path.iterdir()] == ["out.json"]
