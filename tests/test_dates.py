"""Dates and times as minutes write them, read relative to the meeting."""

from __future__ import annotations

import datetime as dt

import pytest

from minutebook.extract.dates import find_dates, parse_date, parse_time

MEETING = dt.date(2015, 12, 14)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Minutes of the meeting held on 14 December 2015 at 7.00 pm", dt.date(2015, 12, 14)),
        ("held on Tuesday, 8 July 2014.", dt.date(2014, 7, 8)),
        ("Thursday, 24th March, 2016 10.00 am", dt.date(2016, 3, 24)),
        ("December 14, 2015", dt.date(2015, 12, 14)),
        ("circulated on 22.03.16", dt.date(2016, 3, 22)),
        ("due 10/11/16", dt.date(2016, 11, 10)),
        ("2016-02-15", dt.date(2016, 2, 15)),
    ],
)
def test_parse_date_reads_written_dates(text: str, expected: dt.date) -> None:
    assert parse_date(text) == expected


def test_day_without_year_takes_the_meeting_year() -> None:
    assert parse_date("the forum on 15 December", relative_to=MEETING) == dt.date(2015, 12, 15)


def test_day_before_the_meeting_rolls_to_next_year() -> None:
    assert parse_date("held on 9th December", relative_to=MEETING) == dt.date(2016, 12, 9)
    assert parse_date("Thursday 4 March", relative_to=MEETING) == dt.date(2016, 3, 4)


def test_written_weekday_chooses_the_year() -> None:
    # 9 December 2009 was a Wednesday; the Thursday is the one in 2010.
    assert parse_date("Thursday 9 Dec", relative_to=dt.date(2009, 12, 3)) == dt.date(2010, 12, 9)


def test_day_without_year_and_without_meeting_is_unknown() -> None:
    assert parse_date("on 4 March") is None


def test_relative_phrases_resolve_against_the_meeting() -> None:
    assert parse_date("by the end of the year", relative_to=MEETING) == dt.date(2015, 12, 31)
    assert parse_date("report back in three weeks", relative_to=MEETING) == dt.date(2016, 1, 4)
    assert parse_date("by the end of January", relative_to=MEETING) == dt.date(2016, 1, 31)
    assert parse_date("by the end of the year") is None


def test_next_meeting_needs_the_next_meeting_date() -> None:
    assert parse_date("to report to the next meeting", relative_to=MEETING) is None
    assert parse_date(
        "to report to the next meeting", relative_to=MEETING, next_meeting=dt.date(2016, 2, 15)
    ) == dt.date(2016, 2, 15)


def test_lookalikes_are_not_dates() -> None:
    assert find_dates("see paragraph 3.1.2 and item 10.30") == []
    assert find_dates("Item 5 may be deferred", relative_to=MEETING) == []
    assert find_dates("over 1,000 older people in 2015") == []


def test_find_dates_gives_spans_in_order() -> None:
    text = "held on 14 December 2015; next meeting 15 February 2016"
    found = find_dates(text)
    assert [day for day, _, _ in found] == [dt.date(2015, 12, 14), dt.date(2016, 2, 15)]
    assert text[found[0][1] : found[0][2]] == "14 December 2015"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("at 7.00 pm", dt.time(19, 0)),
        ("10am", dt.time(10, 0)),
        ("2.00pm", dt.time(14, 0)),
        ("19:00", dt.time(19, 0)),
        ("Meeting concluded: 8.30 pm", dt.time(20, 30)),
        ("12 noon", dt.time(12, 0)),
        ("12.30 p.m.", dt.time(12, 30)),
        ("commencing at 19.00", dt.time(19, 0)),
        ("10.30 hrs", dt.time(10, 30)),
    ],
)
def test_parse_time(text: str, expected: dt.time) -> None:
    assert parse_time(text) == expected


def test_parse_time_ignores_numbers_that_are_not_times() -> None:
    assert parse_time("see section 10.30 of the report") is None
    assert parse_time("30 actions agreed") is None


def test_ordinal_suffix_set_apart_from_the_day() -> None:
    from minutebook.extract.dates import find_dates

    assert find_dates("Held on Wednesday 12 th October 2016 in the Hall")[0][0] == dt.date(2016, 10, 12)
    assert find_dates("ON THURSDAY 1 ST SEPTEMBER 2016 AT 7.30 PM")[0][0] == dt.date(2016, 9, 1)
    assert find_dates("June 3 rd, 2021")[0][0] == dt.date(2021, 6, 3)
    # A street after a day is no ordinal.
    assert [found[0] for found in find_dates("the works at 3 Station Road in May 2021")] == []


def test_dotted_time_at_the_end_of_a_sentence() -> None:
    assert parse_time("the meeting closed at 7.45.") == dt.time(7, 45)
    assert parse_time("see paragraph at 10.30.2 of the report") is None
