"""Dates and times as they are typed in minutes."""

from __future__ import annotations

import datetime as dt

import pytest

from minutetaker.domain.written_dates import find_date, find_month_year, find_time


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Tuesday 22 August 2017 @ 10:30", dt.date(2017, 8, 22)),
        ("Tuesday 22nd Aug. 2017 at 10.30am", dt.date(2017, 8, 22)),
        ("10:30 on 26 September 2017", dt.date(2017, 9, 26)),
        ("22/08/2017", dt.date(2017, 8, 22)),
        ("due 30/09/17", dt.date(2017, 9, 30)),
        ("2017-08-22", dt.date(2017, 8, 22)),
        ("August 22, 2017", dt.date(2017, 8, 22)),
    ],
)
def test_dates(text, day):
    assert find_date(text).date == day


def test_no_date_and_dates_without_a_year():
    assert find_date("in 1000 of population") is None
    assert find_date("31/02/2017") is None  # not in the calendar
    assert find_date("ends on the 11 th September.") is None
    assert find_date("ends on the 11 th September.", 2017).date == dt.date(2017, 9, 11)
    assert find_month_year("Monthly Assurance Meeting August 2017 – Meeting Notes").date == (
        dt.date(2017, 8, 1)
    )


@pytest.mark.parametrize(
    ("text", "time"),
    [
        ("Tuesday 22 August 2017 @ 10:30", "10:30"),
        ("at 10.30am", "10:30"),
        ("at 2pm", "14:00"),
        ("12.15 p.m.", "12:15"),
        ("14:00 hrs", "14:00"),
        ("22.08.2017", ""),
        ("item 4 of 6", ""),
        ("at noon", "12:00"),
        ("Tuesday 22 August 2017 @ 1030hrs", "10:30"),
        ("1400 hours on 26 September 2017", "14:00"),
        ("in room 1030", ""),  # a number without hrs is no time
        ("from 10:30 to 1230hrs", "10:30"),
    ],
)
def test_times(text, time):
    assert find_time(text) == time


@pytest.mark.parametrize(
    ("text", "month"),
    [
        ("June 2017", dt.date(2017, 6, 1)),
        ("  jun   2017 ", dt.date(2017, 6, 1)),
        ("Sept 2017", dt.date(2017, 9, 1)),
        ("06/2017", dt.date(2017, 6, 1)),
        ("6.2017", dt.date(2017, 6, 1)),
        ("2017-06", dt.date(2017, 6, 1)),
        ("", None),
    ],
)
def test_a_month_as_typed_into_a_field(text, month):
    from minutetaker.domain.written_dates import parse_typed_month

    assert parse_typed_month(text) == month


@pytest.mark.parametrize(
    ("text", "says"),
    [("13/2017", "not a month"), ("June", "such as June 2017"), ("soon", "06/2017")],
)
def test_a_month_that_is_not_one_is_refused_plainly(text, says):
    from minutetaker.domain.written_dates import parse_typed_month

    with pytest.raises(ValueError, match=says):
        parse_typed_month(text)
