"""Restricted means everything under it, wherever it travels: through our own full
Word version and back in by the Word import, too.

The full version labels a restricted item once, above its heading; the items under
it carry no label of their own. The Word import reads numbers such as ``4a1`` or
``3a(i)`` (three levels down) as no item number, so their rows joined the item
above as paragraphs: the label then withheld one paragraph, and the rows under the
restricted item came back public, actions and all, into the next public version."""

from __future__ import annotations

import re

import pytest

from tests.hardening.conftest import package_text, write_meeting


def _item(number, heading, blocks=(), actions=(), items=(), restricted=False, topic=""):
    return {
        "number": number,
        "heading": heading,
        "topic": topic,
        "restricted": restricted,
        "blocks": [{"type": "paragraph", "text": t} for t in blocks],
        "actions": [
            {"text": t, "owner": "CC", "due": "2031-06-01", "status": "open"} for t in actions
        ],
        "items": list(items),
        "brought_forward": None,
    }


def _meeting(items) -> dict:
    return {
        "format": "minutetaker.meeting",
        "version": 1,
        "template": "monthly-assurance",
        "title": "Monthly Assurance Meeting",
        "date": "2031-03-18",
        "time": "10:30",
        "venue": "Conference Room 2",
        "chair": "Alex Marsh",
        "minute_taker": {"name": "Sam Petrie", "capacity": "Policy Officer"},
        "marking": "OFFICIAL",
        "people": [
            {"name": "Alex Marsh", "capacity": "PCC", "role": "PCC", "attendance": "present"},
            {"name": "Dana Okafor", "capacity": "CC", "role": "CC", "attendance": "present"},
        ],
        "items": items,
        "next_meeting": {"date": "2031-04-15", "time": "10:30", "venue": ""},
    }


NESTED = _meeting(
    [
        _item("1", "Outstanding matters / items brought forward"),
        _item("2", "Operational and reputational opportunities and risks", ["Open words."]),
        _item(
            "4",
            "Holding to account",
            items=[
                _item(
                    "4a",
                    "Performance",
                    ["Public words of 4a."],
                    items=[
                        _item(
                            "4a1",
                            "Secretheadone",
                            ["Secretparaone."],
                            restricted=True,
                            items=[
                                _item(
                                    "4a1x",
                                    "Secretheadtwo",
                                    ["Secretparatwo."],
                                    actions=["Secretactiontwo."],
                                    topic="Secrettopictwo",
                                    items=[
                                        _item(
                                            "4a1xy",
                                            "Secretheadthree",
                                            actions=["Secretactionthree."],
                                        )
                                    ],
                                )
                            ],
                        ),
                        _item("4a2", "Public sibling", ["Public words of 4a2."]),
                    ],
                ),
                _item("4b", "Public sub-item", ["Public words of 4b."], actions=["Public action."]),
            ],
        ),
    ]
)


@pytest.mark.parametrize("nested", ["4a1", "3a(i)"])
def test_what_is_under_a_restricted_item_stays_restricted_through_word(cli, tmp_path, nested):
    meeting = NESTED
    if nested == "3a(i)":  # the same tree numbered as a roman sub-list
        text = write_meeting(tmp_path / "tmp.json", NESTED).read_text("utf-8")
        text = text.replace('"4a1xy"', '"4a(i)xy"').replace('"4a1x"', '"4a(i)x"')
        meeting = __import__("json").loads(text.replace('"4a1"', '"4a(i)"'))
    source = write_meeting(tmp_path / "m.json", meeting)
    assert cli("import", str(source))[0] == 0
    full = tmp_path / "full.docx"
    assert cli("export", "1", "--out", str(full))[0] == 0
    again = tmp_path / "again"
    code, _, err = cli("import", str(full), folder=again)
    assert code == 0, err
    public = tmp_path / "public.docx"
    assert cli("export", "1", "--out", str(public), "--public", folder=again)[0] == 0
    text = package_text(public)
    assert not re.findall(r"Secret\w+", text), sorted(set(re.findall(r"Secret\w+", text)))
    for words in (
        "Public words of 4a.",
        "Public words of 4a2.",
        "Public words of 4b.",
        "Public action.",
    ):
        assert words in text, words
