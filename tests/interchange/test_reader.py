import copy
import json

import pytest

from minutetaker.domain.serial import meeting_to_dict
from minutetaker.interchange import (
    InterchangeError,
    meeting_to_json,
    parse_meeting,
    parse_meeting_bytes,
    read_meeting_file,
)


@pytest.fixture
def good(sample_meeting):
    return meeting_to_dict(sample_meeting)


def test_a_written_meeting_reads_back_the_same(good):
    assert meeting_to_dict(parse_meeting(copy.deepcopy(good))) == good


def test_a_minimal_hand_written_file_is_accepted():
    meeting = parse_meeting(
        {
            "format": "minutetaker.meeting",
            "version": 1,
            "title": "Board",
            "date": "2031-01-02",
            "items": [
                {
                    "number": "1",
                    "heading": "Welcome",
                    "blocks": [{"type": "paragraph", "text": "Hi"}],
                    "actions": [{"text": "Send papers", "owner": "CEx", "status": "open"}],
                }
            ],
        }
    )
    assert meeting.items[0].actions[0].id  # an id is given where the file had none
    assert meeting.next_meeting is None


@pytest.mark.parametrize(
    ("break_it", "place", "expected"),
    [
        (
            lambda d: d["items"][3]["items"][0]["blocks"][1].update(type="para"),
            "items[3].items[0].blocks[1].type",
            'expected one of "paragraph", "bullet", "subheading", "question", got "para"',
        ),
        (lambda d: d.update(date="2031-02-30"), "date", "not a date in the calendar"),
        (lambda d: d["items"][0].pop("heading"), "items[0]", 'expected a "heading" field here'),
        (lambda d: d.update(time="25:00"), "time", "24-hour time"),
        (lambda d: d["people"][0].update(attendance="here"), "people[0].attendance", "present"),
        (
            lambda d: d["items"][3]["items"][0]["actions"][0].update(due="soon"),
            "items[3].items[0].actions[0].due",
            "YYYY-MM-DD",
        ),
        (
            lambda d: d["items"][3]["items"][0]["actions"][1].update(id="a-retail-1"),
            "items[3].items[0].actions[1].id",
            "used already",
        ),
        (lambda d: d.update(version=2), "version", "expected 1"),
        (lambda d: d.update(format="something.else"), "format", "not a minutetaker meeting"),
        (
            lambda d: d["items"][0]["items"][0]["brought_forward"].update(decision="maybe"),
            "items[0].items[0].brought_forward.decision",
            "carried forward",
        ),
        (
            lambda d: d["items"][0]["items"][0]["brought_forward"].update(due="soon"),
            "items[0].items[0].brought_forward.due",
            "YYYY-MM-DD",
        ),
        (
            lambda d: d["items"][0]["items"][0]["brought_forward"].update(due="2031-02-30"),
            "items[0].items[0].brought_forward.due",
            "not a date in the calendar",
        ),
        (lambda d: d.update(marking="SECRET"), "marking", "OFFICIAL"),
        (lambda d: d["items"][1]["blocks"][0].pop("text"), "items[1].blocks[0]", '"text" field'),
        (lambda d: d.update(next_meeting="soon"), "next_meeting", "null, or an object"),
        (
            lambda d: d["items"][0]["items"][0].update(brought_forward="yes"),
            "items[0].items[0].brought_forward",
            "null, or an object with from_date",
        ),
        (
            lambda d: d["people"][0].update(name=None),
            "people[0].name",
            "expected a string, got null",
        ),
        (lambda d: d.update(people={"name": "x"}), "people", "expected a list"),
        (lambda d: d.update(title=""), "title", "not empty"),
    ],
)
def test_a_broken_file_is_refused_naming_file_place_and_expectation(
    good, break_it, place, expected
):
    bad = copy.deepcopy(good)
    break_it(bad)
    with pytest.raises(InterchangeError) as caught:
        parse_meeting(bad, "march.json")
    message = str(caught.value)
    assert message.startswith(f"march.json: {place}: ")
    assert expected in message


def test_not_json_and_not_utf8_are_refused_with_where():
    with pytest.raises(InterchangeError, match=r"m\.json: line 1, column 7: expected JSON"):
        parse_meeting_bytes(b'{"a": ', "m.json")
    with pytest.raises(InterchangeError, match="UTF-8"):
        parse_meeting_bytes(b'{"title": "caf\xe9"}', "m.json")
    with pytest.raises(InterchangeError, match="a JSON object"):
        parse_meeting_bytes(b"[]", "m.json")


def test_word_control_characters_emoji_and_rtl_text_are_kept_safely(good):
    good["items"][1]["blocks"][0]["text"] = "line\u000bbreak\u0007 😀 مرحبا עברית"
    meeting = parse_meeting(good)
    assert meeting.items[1].blocks[0].text == "line\nbreak 😀 مرحبا עברית"


def test_files_are_read_from_disk_and_a_missing_one_is_named(tmp_path, sample_meeting):
    path = tmp_path / "march.json"
    path.write_text(meeting_to_json(sample_meeting), encoding="utf-8")
    assert read_meeting_file(path).title == "Monthly Assurance Meeting"
    with pytest.raises(InterchangeError, match="no such file"):
        read_meeting_file(tmp_path / "april.json")


def test_the_schema_documents_every_field(good):
    from minutetaker.resources import resource

    schema = json.loads(resource("schema", "meeting-v1.schema.json").read_text("utf-8"))
    assert set(good) <= set(schema["properties"])


def test_items_nested_hundreds_deep_are_refused_not_crashed(good):
    deep = good["items"][4]
    for _ in range(300):
        deep["items"] = [{"number": "x", "heading": "deeper"}]
        deep = deep["items"][0]
    with pytest.raises(InterchangeError, match="nested"):
        parse_meeting(good, "deep.json")
