"""Brought-forward items in the agenda show their subject, as the Word export
does (issue 13, point 5)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from minutetaker.domain.model import KIND_HOLDING_TO_ACCOUNT, Action, Item, Meeting
from minutetaker.resources import load_agenda


def _row(window, number: str):
    for row in window.agenda.findItems(
        number, Qt.MatchFlag.MatchExactly | Qt.MatchFlag.MatchRecursive, 0
    ):
        return row
    raise AssertionError(f"no row {number}")


def test_brought_forward_rows_show_their_subject(window):
    assert _row(window, "1.1").text(1) == "Rebuilding Northshire – 101 call waiting times"
    assert _row(window, "1.2").text(1) == "Rural crime – farm machinery thefts"
    tip = _row(window, "1.1").toolTip(1)
    assert "Action arising from the January 2031 meeting" in tip
    assert "The ACC to report on the new call-back service." in tip


def test_actions_of_one_item_carried_forward_look_different(qtbot, archive, make_window):
    """Three actions raised under one item (one subject) come back as 1.1, 1.2, 1.3:
    each row says its own action."""
    august = Meeting(
        "Monthly Assurance Meeting",
        dt.date(2017, 8, 22),
        items=[
            Item(
                "4a",
                "Performance against the police and crime plan",
                kind=KIND_HOLDING_TO_ACCOUNT,
                topic="Building a more secure Northshire – Eastport",
                actions=[
                    Action("The ACC to brief the PCC on current activity on CSE.", "ACC"),
                    Action("The CSP family group rankings to be shared with the PCC.", "ACC"),
                    Action("At the September meeting the CC to update on Eastport.", "CC"),
                ],
            )
        ],
    )
    archive.add_meeting(august)
    archive.start_meeting(load_agenda("monthly-assurance"))
    window = make_window()
    texts = [_row(window, f"1.{n}").text(1) for n in (1, 2, 3)]
    assert len(set(texts)) == 3
    for text in texts:
        assert text.startswith("Building a more secure Northshire – Eastport")
    assert "CSE" in texts[0] and "rankings" in texts[1] and "September" in texts[2]
    # the item itself keeps its heading, as the export prints it
    assert window.session.walk_items()[1].heading == "Action arising from the August 2017 meeting"


def test_other_rows_show_their_heading(window):
    assert _row(window, "3").text(1) == "Chief officer meeting / executive board – update"
    assert _row(window, "1").text(1) == "Outstanding matters / items brought forward"
