"""Archives made by every earlier schema version open, upgrade and lose nothing.

Each schema version leaves a small archive in tests/fixtures/ (archive-vN.sqlite,
made by that version with the sample meeting and two demo meetings). A new
migration adds its own fixture; the old ones stay forever."""

import datetime as dt
import re
import shutil
from pathlib import Path

import pytest

from minutetaker.store import Archive
from minutetaker.store.migrations import SCHEMA_VERSION
from minutetaker.store.paths import ARCHIVE_NAME

FIXTURES = sorted((Path(__file__).parent.parent / "fixtures").glob("archive-v*.sqlite"))


def test_there_is_a_fixture_for_every_schema_version():
    versions = {int(re.search(r"v(\d+)", p.name).group(1)) for p in FIXTURES}
    assert versions == set(range(1, SCHEMA_VERSION + 1))


@pytest.mark.parametrize("fixture", FIXTURES, ids=lambda p: p.stem)
def test_an_old_archive_upgrades_without_loss(fixture, tmp_path):
    shutil.copy(fixture, tmp_path / ARCHIVE_NAME)
    with Archive.open(tmp_path) as archive:
        assert archive.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert archive.count_meetings() == 3
        sample = archive.load_meeting(archive.resolve("2031-03-18"))
        assert sample.find_item("4a").topic == "Building a safer Northshire – Eastport"
        assert [a.owner for a in sample.find_item("4a").actions] == ["ACC", "CC"]
        assert archive.search("shoplifting")[0].item_number == "4a"
        assert archive.integrity_ok(quick=False)


def test_emoji_are_searchable_after_the_upgrade_to_v2(tmp_path):
    shutil.copy(FIXTURES[0], tmp_path / ARCHIVE_NAME)
    with Archive.open(tmp_path) as archive:
        meeting = archive.load_meeting(archive.resolve("2031-03-18"))
        item = meeting.find_item("5")
        item.blocks[0].text += " 🚓"
        archive.save_item(meeting.id, item)
        assert [h.item_number for h in archive.search("🚓")] == ["5"]
        assert archive.search("shoplifting")  # the old text was indexed again


def test_v3_takes_a_meeting_followed_by_a_later_one_as_agreed_on_that_day(tmp_path):
    shutil.copy(FIXTURES[1], tmp_path / ARCHIVE_NAME)  # a v2 archive: no states yet
    with Archive.open(tmp_path) as archive:
        states = {
            m.date.isoformat(): (m.state, archive.load_meeting(m.id).agreed_on)
            for m in archive.list_meetings()
        }
    assert states == {
        "2026-10-20": ("agreed", dt.date(2026, 11, 17)),
        "2026-11-17": ("agreed", dt.date(2031, 3, 18)),
        "2031-03-18": ("draft", None),
    }


def test_a_meeting_keeps_its_state_and_day_of_agreement(tmp_path, sample_meeting):
    sample_meeting.state = "agreed"
    sample_meeting.agreed_on = dt.date(2031, 4, 15)
    with Archive.open(tmp_path) as archive:
        meeting_id = archive.add_meeting(sample_meeting)
        back = archive.load_meeting(meeting_id)
    assert (back.state, back.agreed_on) == ("agreed", dt.date(2031, 4, 15))
