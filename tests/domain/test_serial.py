from minutetaker.domain.serial import meeting_from_dict, meeting_to_dict


def test_a_meeting_survives_dicts_unchanged(sample_meeting):
    once = meeting_to_dict(sample_meeting)
    assert meeting_to_dict(meeting_from_dict(once)) == once


def test_every_field_of_the_format_is_written(sample_meeting):
    out = meeting_to_dict(sample_meeting)
    assert set(out) == {
        "format",
        "version",
        "template",
        "title",
        "date",
        "time",
        "venue",
        "chair",
        "minute_taker",
        "marking",
        "people",
        "items",
        "next_meeting",
    }
    item = out["items"][0]
    assert {
        "number",
        "heading",
        "topic",
        "restricted",
        "blocks",
        "actions",
        "items",
        "brought_forward",
    } <= set(item)
    question = out["items"][3]["items"][0]["blocks"][1]
    assert question["type"] == "question" and question["number"] == "1"
    assert question["findings"][1] == {
        "type": "bullet",
        "text": "Most offences are at three retail parks.",
    }
