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


def test_a_brought_forward_due_date_goes_out_and_comes_back(tmp_path, sample_meeting):
    import datetime as dt

    from minutetaker.interchange import read_meeting_file, write_meeting_file

    sample_meeting.find_item("1.2").brought_forward.due = dt.date(2031, 3, 1)
    path = tmp_path / "march.json"
    write_meeting_file(sample_meeting, path)
    raw = json.loads(path.read_text(encoding="utf-8"))
    records = [i["brought_forward"] for i in raw["items"][0]["items"]]
    assert [r.get("due") for r in records] == [None, "2031-03-01"]  # only when known
    back = read_meeting_file(path)
    assert back.find_item("1.2").brought_forward.due == dt.date(2031, 3, 1)
    assert back.find_item("1.1").brought_forward.due is None
