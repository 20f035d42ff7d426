"""Issue 13, points 9-11: the command line as a new minute-taker meets it."""

from __future__ import annotations

import datetime as dt
import json
import stat

import pytest

from minutetaker.cli.main import main
from minutetaker.domain.model import Action, BroughtForward, Item, Meeting, NextMeeting
from minutetaker.interchange import meeting_to_json
from tests.samples import sample_meeting


@pytest.fixture
def cli(data_dir, capsys):
    def run(*args):
        try:
            code = main(["--data-dir", str(data_dir), *args])
        except SystemExit as stop:
            code = stop.code
        out, err = capsys.readouterr()
        return code, out, err

    return run


def _import(cli, tmp_path, meeting) -> None:
    path = tmp_path / f"{meeting.date.isoformat()}.json"
    path.write_text(meeting_to_json(meeting), encoding="utf-8")
    assert cli("import", str(path))[0] == 0


@pytest.fixture
def two_meetings(cli, tmp_path):
    """March raises three actions; April carries one forward and leaves one open.
    Due dates are set against today, so overdue means what it says."""
    today = dt.date.today()
    march = Meeting(
        "Monthly Assurance Meeting",
        dt.date(2031, 3, 18),
        items=[
            Item("1", "Items brought forward", kind="brought_forward"),
            Item(
                "4a",
                "Performance",
                actions=[
                    Action(
                        "Brief the PCC on retail crime.",
                        "ACC",
                        today - dt.timedelta(days=3),
                        id="late",
                    ),
                    Action(
                        "Share the forum minutes.",
                        "CC",
                        today + dt.timedelta(days=30),
                        id="carried",
                    ),
                    Action("Report the custody figures.", "CC", None, id="fresh"),
                ],
            ),
        ],
        next_meeting=NextMeeting(dt.date(2031, 4, 15)),
    )
    april = Meeting(
        "Monthly Assurance Meeting",
        dt.date(2031, 4, 15),
        items=[
            Item(
                "1",
                "Items brought forward",
                kind="brought_forward",
                items=[
                    Item(
                        "1.1",
                        "Action arising from the March 2031 meeting",
                        kind="brought_forward",
                        brought_forward=BroughtForward(
                            dt.date(2031, 3, 18),
                            "Performance",
                            "Share the forum minutes.",
                            "CC",
                            "carried forward",
                            "carried",
                        ),
                    )
                ],
            )
        ],
    )
    _import(cli, tmp_path, march)
    _import(cli, tmp_path, april)


# -- 9. overdue says overdue, and --json gives the window's status ----------------------


def test_overdue_actions_say_overdue(cli, two_meetings):
    code, out, _ = cli("actions", "--status", "overdue")
    assert code == 0
    lines = [line for line in out.splitlines() if not line.startswith(" ")]
    assert len(lines) == 1 and lines[0].startswith("overdue ")
    rows = json.loads(cli("actions", "--status", "overdue", "--json")[1])
    assert [(r["id"], r["status"]) for r in rows] == [("late", "overdue")]


def test_json_gives_the_status_the_window_shows(cli, two_meetings, data_dir):
    from minutetaker.gui.tracker.panel import status_text
    from minutetaker.store import Archive

    rows = json.loads(cli("actions", "--json")[1])
    statuses = {r["id"]: r["status"] for r in rows}
    assert statuses == {"late": "overdue", "carried": "carried forward", "fresh": "open"}
    with Archive.open(data_dir, create=False, read_only=True) as archive:
        shown = {r.id: status_text(r, dt.date.today()) for r in archive.list_actions()}
    assert shown == statuses  # the window's tracker says the same
    code, out, _ = cli("actions")
    assert code == 0 and "carried forward" in out and "overdue" in out
    open_ones = json.loads(cli("actions", "--status", "open", "--json")[1])
    assert {r["id"] for r in open_ones} == {"late", "carried", "fresh"}  # all not discharged


# -- 10. dates as the window takes them ------------------------------------------------------


def test_every_date_on_the_command_line_may_be_typed_the_uk_way(cli, tmp_path):
    _import(cli, tmp_path, sample_meeting())
    iso = json.loads(cli("search", "eastport", "--from", "2031-03-01", "--json")[1])
    uk = json.loads(cli("search", "eastport", "--from", "01/03/2031", "--json")[1])
    assert iso == uk and uk
    assert json.loads(cli("search", "eastport", "--to", "17/03/2031", "--json")[1]) == []
    assert json.loads(cli("show", "18/03/2031", "--json")[1])["date"] == "2031-03-18"
    code, out, _ = cli("new", "--date", "22/04/2031")
    assert code == 0 and "22 April 2031" in out
    code, _, err = cli("export", "22/04/2031", "--out", str(tmp_path / "april.json"))
    assert code == 0, err
    meeting = json.loads(cli("actions", "--meeting", "18/03/2031", "--json")[1])
    assert {r["id"] for r in meeting} == {"a-retail-1", "a-retail-2"}


@pytest.mark.parametrize("typed", ["31/02/2031", "2031-02-31", "18.03.2031", "03/18/2031"])
def test_a_date_that_is_not_one_is_refused_plainly(cli, tmp_path, typed):
    code, _, err = cli("search", "x", "--from", typed)
    assert code == 2 and "Traceback" not in err
    assert "dd/mm/yyyy" in err or "not a date in the calendar" in err


# -- 11. reading commands create nothing; writing commands say where they wrote -----------


@pytest.mark.parametrize(
    "command",
    [
        ["list"],
        ["show", "1"],
        ["search", "Eastport"],
        ["actions"],
        ["export", "1", "--out", "x.docx"],
    ],
)
def test_a_reading_command_without_an_archive_says_where_it_looked(cli, data_dir, command):
    code, out, err = cli(*command)
    assert code == 1 and out == ""
    assert err.startswith(f"minutetaker: There is no archive in {data_dir}: ")
    assert "minutetaker new" in err and len(err.strip().splitlines()) == 1
    assert not data_dir.exists()


def test_a_writing_command_says_which_archive_it_wrote_to(cli, data_dir, tmp_path):
    path = tmp_path / "m.json"
    path.write_text(meeting_to_json(sample_meeting()), encoding="utf-8")
    archive = data_dir / "archive.sqlite"
    for command in (["import", str(path)], ["new"]):
        code, out, _ = cli(*command)
        assert code == 0 and str(archive) in out, (command, out)
    assert stat.S_ISREG(archive.stat().st_mode)
