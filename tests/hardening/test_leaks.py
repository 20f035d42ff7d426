"""Issue 11, points 1-2: restricted text never reaches a public version."""

from __future__ import annotations

import datetime as dt
import json

from minutetaker.domain.model import (
    KIND_BROUGHT_FORWARD,
    KIND_HOLDING_TO_ACCOUNT,
    KIND_NEXT_MEETING,
    Action,
    Block,
    BroughtForward,
    Item,
    Meeting,
    NextMeeting,
    Person,
)
from tests.hardening.conftest import package_text, write_meeting
from tests.samples import sample_meeting

# Words that stand only under restricted items: none may reach a public version.
SECRETS = (
    "Bramblewood",  # an untracked brought-forward item under a restricted section 1
    "Quillfeather",  # sub-item 3a's heading, under restricted item 3
    "Harrowgate",  # 3a's action
    "Brannock",  # 4a's topic, under restricted item 4
    "Vettingscore",  # 4a's action
)


def _meeting_with_restricted_parents() -> Meeting:
    return Meeting(
        title="Monthly Assurance Meeting",
        date=dt.date(2031, 3, 18),
        time="10:30",
        chair="Alex Marsh",
        people=[
            Person("Alex Marsh", "Police and Crime Commissioner", "PCC"),
            Person("Dana Okafor", "Chief Constable", "CC"),
        ],
        items=[
            Item(
                "1",
                "Outstanding matters / items brought forward",
                kind=KIND_BROUGHT_FORWARD,
                restricted=True,
                restricted_reason="inquiry in progress",
                items=[
                    Item(
                        "1.1",
                        "Action arising from the February 2031 meeting",
                        kind=KIND_BROUGHT_FORWARD,
                        brought_forward=BroughtForward(
                            from_date=dt.date(2031, 2, 18),
                            subject="Custody review at Bramblewood",
                            action="Report the Bramblewood custody review.",
                            owner="CC",
                            decision="carried forward",
                        ),
                    )
                ],
            ),
            Item("2", "Operational risks", blocks=[Block("paragraph", "Nothing to report.")]),
            Item(
                "3",
                "Chief officer meeting",
                restricted=True,
                restricted_reason="personnel matter",
                items=[
                    Item(
                        "3a",
                        "Suspension of Inspector Quillfeather",
                        actions=[Action("Report the Harrowgate hearing's outcome.", "CC")],
                    )
                ],
            ),
            Item(
                "4",
                "Holding to account",
                kind=KIND_HOLDING_TO_ACCOUNT,
                restricted=True,
                restricted_reason="vetting",
                items=[
                    Item(
                        "4a",
                        "Performance against the police and crime plan",
                        kind=KIND_HOLDING_TO_ACCOUNT,
                        topic="Vetting of Sergeant Brannock",
                        actions=[Action("Brief the PCC on the Vettingscore audit.", "CC")],
                    )
                ],
            ),
            Item("6", "Date of next meeting", kind=KIND_NEXT_MEETING),
        ],
        next_meeting=NextMeeting(dt.date(2031, 4, 15), "10:30", "Room 2"),
    )


def test_restricted_is_inherited_by_everything_carried_into_the_next_meeting(
    cli, tmp_path, data_dir
):
    source = write_meeting(tmp_path / "march.json", _meeting_with_restricted_parents())
    assert cli("import", str(source))[0] == 0
    code, out, _ = cli("new")
    assert code == 0 and "3 actions brought forward" in out

    april = json.loads(cli("show", "2031-04-15", "--json")[1])
    carried = [item for item in april["items"][0]["items"]]
    assert len(carried) == 3
    assert all(item["restricted"] for item in carried), carried
    reasons = sorted(item.get("restricted_reason", "") for item in carried)
    assert reasons == ["inquiry in progress", "personnel matter", "vetting"]

    full, public = tmp_path / "full.docx", tmp_path / "public.docx"
    assert cli("export", "2031-04-15", "--out", str(full))[0] == 0
    assert cli("export", "2031-04-15", "--out", str(public), "--public")[0] == 0
    in_full = package_text(full)
    assert all(word in in_full for word in SECRETS)  # they were carried, in the full version
    in_public = package_text(public)
    assert [word for word in SECRETS if word in in_public] == []

    # And in the meeting they were raised at.
    march = tmp_path / "march-public.docx"
    assert cli("export", "2031-03-18", "--out", str(march), "--public")[0] == 0
    assert [word for word in SECRETS if word in package_text(march)] == []


def test_an_action_carried_twice_stays_restricted(cli, tmp_path):
    """Restricted travels: from the meeting it was raised at, through every meeting
    that brings it forward again."""
    source = write_meeting(tmp_path / "march.json", _meeting_with_restricted_parents())
    cli("import", str(source))
    cli("new")  # April
    assert cli("new", "--date", "2031-05-20")[0] == 0
    may = json.loads(cli("show", "2031-05-20", "--json")[1])
    carried = may["items"][0]["items"]
    assert carried and all(item["restricted"] for item in carried)
    public = tmp_path / "may.docx"
    assert cli("export", "2031-05-20", "--out", str(public), "--public")[0] == 0
    assert [word for word in SECRETS if word in package_text(public)] == []


def _duplicated(text: str, key_and_value: str, first: str) -> str:
    """``text`` with ``first`` put before the first ``key_and_value``: a key twice."""
    assert key_and_value in text
    return text.replace(key_and_value, f"{first}, {key_and_value}", 1)


def test_a_duplicate_key_is_refused_and_nothing_is_imported(cli, tmp_path):
    meeting = sample_meeting()
    path = write_meeting(tmp_path / "march.json", meeting)
    text = path.read_text("utf-8")
    compact = json.dumps(json.loads(text))
    # 4c is restricted: a second "restricted" key, false, would publish it.
    twice = _duplicated(compact, '"restricted": false', '"restricted": true')
    assert twice.count('"restricted": true, "restricted": false') == 1
    bad = tmp_path / "twice.json"
    bad.write_text(twice, encoding="utf-8")
    before = bad.read_bytes()
    code, _, err = cli("import", str(bad))
    assert code == 1
    assert "twice.json" in err and '"restricted"' in err and "once" in err
    assert bad.read_bytes() == before


def test_a_duplicate_key_deep_inside_is_refused_with_its_place(cli, tmp_path):
    raw = json.loads(write_meeting(tmp_path / "m.json", sample_meeting()).read_text("utf-8"))
    text = json.dumps(raw)
    heading = '"heading": "Delivery of strategic initiatives"'
    bad = tmp_path / "deep.json"
    bad.write_text(_duplicated(text, heading, '"heading": "Other"'), encoding="utf-8")
    code, _, err = cli("import", str(bad))
    assert code == 1 and '"heading"' in err
