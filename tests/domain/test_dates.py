import datetime as dt

import pytest

from minutetaker.domain.dates import (
    is_time,
    long_date,
    meeting_when,
    month_year,
    next_meeting_when,
    parse_date,
    parse_field_date,
    parse_period,
    parse_typed_date,
    short_date,
    uk_date,
)


def test_the_details_line_reads_as_in_the_house_format():
    assert meeting_when(dt.date(2017, 8, 22), "10:30") == "Tuesday 22 August 2017 @ 10:30"


def test_the_date_of_next_meeting_reads_time_first():
    assert next_meeting_when(dt.date(2017, 9, 26), "10:30") == "10:30 on 26 September 2017"


def test_no_time_leaves_just_the_date():
    assert meeting_when(dt.date(2031, 3, 1)) == "Saturday 1 March 2031"
    assert next_meeting_when(dt.date(2031, 3, 1)) == "1 March 2031"


def test_month_and_long_date_have_no_leading_zero():
    assert long_date(dt.date(2031, 1, 7)) == "Tuesday 7 January 2031"
    assert month_year(dt.date(2031, 12, 31)) == "December 2031"


@pytest.mark.parametrize("text", ["10:30", "00:00", "23:59"])
def test_24_hour_times_are_times(text):
    assert is_time(text)


@pytest.mark.parametrize("text", ["24:00", "9:30", "10.30", "", "10:60"])
def test_other_text_is_not_a_time(text):
    assert not is_time(text)


def test_dates_must_be_real_and_in_iso_form():
    assert parse_date("2031-02-28") == dt.date(2031, 2, 28)
    with pytest.raises(ValueError, match="not a date in the calendar"):
        parse_date("2031-02-30")
    with pytest.raises(ValueError, match="YYYY-MM-DD"):
        parse_date("28/02/2031")


def test_short_and_typed_dates_are_english_whatever_the_locale():
    assert short_date(dt.date(2031, 9, 4)) == "4 Sep 2031"
    assert uk_date(dt.date(2031, 4, 5)) == "05/04/2031"


def test_a_date_field_is_day_first_or_iso_or_empty():
    assert parse_field_date("15/04/2031") == dt.date(2031, 4, 15)
    assert parse_field_date(" 5/4/2031 ") == dt.date(2031, 4, 5)
    assert parse_field_date("2031-04-15") == dt.date(2031, 4, 15)
    assert parse_field_date("  ") is None
    for wrong in ("31/02/2031", "04/15/2031", "15.04.2031", "tomorrow", "20310415"):
        with pytest.raises(ValueError):
            parse_field_date(wrong)


def test_a_period_is_a_date_a_month_or_a_year():
    assert parse_period("03/2031") == dt.date(2031, 3, 1)
    assert parse_period("02/2031", end=True) == dt.date(2031, 2, 28)
    assert parse_period("12/2031", end=True) == dt.date(2031, 12, 31)
    assert parse_period("2030", end=True) == dt.date(2030, 12, 31)
    assert parse_period("2030") == dt.date(2030, 1, 1)
    assert parse_period("18/03/2031") == dt.date(2031, 3, 18)
    assert parse_period("") is None
    for wrong in ("13/2031", "spring", "0/2031"):
        with pytest.raises(ValueError):
            parse_period(wrong, end=True)


@pytest.mark.parametrize("text", ["10:30\n", "10:30 ", " 10:30", "１０:３０"])
def test_a_time_is_the_five_characters_alone(text):
    assert not is_time(text)


def test_a_date_with_a_trailing_newline_is_no_date():
    with pytest.raises(ValueError, match="YYYY-MM-DD"):
        parse_date("2031-02-28\n")


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("22/08/2017", dt.date(2017, 8, 22)),
        ("2/8/2017", dt.date(2017, 8, 2)),
        (" 22/08/2017 ", dt.date(2017, 8, 22)),
        ("2017-08-22", dt.date(2017, 8, 22)),
    ],
)
def test_a_typed_date_is_uk_or_iso(text, day):
    assert parse_typed_date(text) == day


@pytest.mark.parametrize("text", ["08/22/2017", "31/02/2031", "30/02/2031"])
def test_a_typed_date_must_be_in_the_calendar(text):
    with pytest.raises(ValueError, match="not a date in the calendar"):
        parse_typed_date(text)


@pytest.mark.parametrize("text", ["22.08.2017", "22/08/17", "August 2017", "", "2017-8-22"])
def test_other_typed_dates_are_refused_with_the_forms_named(text):
    with pytest.raises(ValueError, match="dd/mm/yyyy or YYYY-MM-DD"):
        parse_typed_date(text)
