"""A meeting on the calendar's last day is the last meeting.

Issue 11 point 13 replayed 9999-12-20; an outsider tried 9999-12-31, which the
search for the last meeting ("before the end of time") left out: `new` then
started a meeting in this year, without that meeting's people or open actions."""

from __future__ import annotations

import json

from tests.hardening.conftest import one_sentence, write_meeting
from tests.samples import sample_meeting


def test_new_after_a_meeting_on_the_last_day_of_the_calendar(cli, tmp_path):
    raw = json.loads(write_meeting(tmp_path / "m.json", sample_meeting()).read_text("utf-8"))
    raw["date"], raw["next_meeting"] = "9999-12-31", None
    assert cli("import", str(write_meeting(tmp_path / "last.json", raw)))[0] == 0
    code, _, err = cli("new")
    assert code == 1 and one_sentence(err) and "--date" in err, err
    assert len(json.loads(cli("list", "--json")[1])) == 1
