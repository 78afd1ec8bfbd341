"""Dates and times as minutes write them, read relative to the meeting."""

from __future__ import annotations

import datetime as dt

import pytest

from minutebook.extract.dates import clock_alone, find_dates, parse_date, parse_time, prefers_month_first

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
    # "of" before a year only joins a day and month already read: "item 4 of 2024" is no date
    assert find_dates("Resolution 4 of 2024 was read") == []


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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("HELD THIS 9TH DAY OF MARCH, 2014 AT 9:30 A.M.", dt.date(2014, 3, 9)),
        ("signed this 21st day of October 2019", dt.date(2019, 10, 21)),
        ("on the 3rd of June 2020", dt.date(2020, 6, 3)),
        # the year joined by "of" in a header line
        ("June 12th of 2024", dt.date(2024, 6, 12)),
        ("held on the 5th of March of 2023", dt.date(2023, 3, 5)),
    ],
)
def test_day_of_month_written_out(text: str, expected: dt.date) -> None:
    assert find_dates(text)[0][0] == expected


def test_numeric_dates_read_day_first_unless_told_month_first() -> None:
    assert find_dates("minutes of 06/03/2018")[0][0] == dt.date(2018, 3, 6)
    assert find_dates("minutes of 06/03/2018", month_first=True)[0][0] == dt.date(2018, 6, 3)
    # Only one order gives a real date: it is taken either way.
    assert find_dates("posted 03/21/2018")[0][0] == dt.date(2018, 3, 21)
    assert find_dates("posted 21/03/2018", month_first=True)[0][0] == dt.date(2018, 3, 21)
    assert find_dates("1/12/2011", month_first=True)[0][0] == dt.date(2011, 1, 12)


@pytest.mark.parametrize(
    ("text", "month_first"),
    [
        ("Regular Meeting, Tuesday, April 12, 2022 at 6:00 p.m. City Hall, Lakeview, OR 97001", True),
        ("Minutes of 03/21/2018 approved.", True),
        ("Meeting held on Tuesday 12th April 2022 in the Village Hall.", False),
        ("Minutes of 21/03/2018 approved.", False),
        # Lookalikes: nothing to go on is no evidence either way.
        ("Present: A Smith, B Jones", False),
        ("Item 4.2 and 3.1 were deferred.", False),
    ],
)
def test_month_first_writing_is_decided_by_the_document(text: str, month_first: bool) -> None:
    assert prefers_month_first(text) is month_first


def test_a_file_name_gives_its_one_date() -> None:
    from minutebook.extract.dates import date_in_file_name

    assert date_in_file_name("minutes_2031-03-09.pdf") == dt.date(2031, 3, 9)
    assert date_in_file_name("2030-11-14 Minutes.pdf") == dt.date(2030, 11, 14)
    assert date_in_file_name("minutes20310309.pdf") == dt.date(2031, 3, 9)
    assert date_in_file_name("Minutes-April-16-2031-Special.pdf") == dt.date(2031, 4, 16)
    assert date_in_file_name("/some/folder/Minutes of Elm Council - Monday 28th April 2031.md") == dt.date(2031, 4, 28)
    # Numbers in another order, two dates, a span of years or none: no date.
    assert date_in_file_name("09-03-31.pdf") is None
    assert date_in_file_name("Minutes 2 June 2031 and 3 July 2031.pdf") is None
    assert date_in_file_name("budget 2030-2031.pdf") is None
    assert date_in_file_name("report_20311301.pdf") is None
    assert date_in_file_name("minutes_2031-03.html") is None


def test_day_month_dates_take_their_year_from_a_base() -> None:
    from minutebook.extract.dates import find_day_month_dates

    found = find_day_month_dates("GENERAL MEETING MONDAY 3 MARCH 2O31", relative_to=dt.date(2030, 5, 1))
    assert [value for value, _, _ in found] == [dt.date(2031, 3, 3)]
    assert find_day_month_dates("Actions due within 2 weeks", relative_to=dt.date(2030, 5, 1)) == []


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("HELD IN THE HALL, MILLTOWN, ON THURSDAY, 19™ SEPTEMBER, 2031, AT 3.00 P.M.", dt.date(2031, 9, 19)),
        ("on Friday, 6™ June, 2031, at 2.30 p.m.", dt.date(2031, 6, 6)),
    ],
)
def test_a_superscript_ordinal_read_as_a_trade_mark_sign(text: str, day: dt.date) -> None:
    assert find_dates(text)[0][0] == day


def test_a_trade_mark_after_a_number_without_a_month_is_no_date() -> None:
    assert find_dates("Product 20™ model, 2031 range") == []


@pytest.mark.parametrize(
    ("text", "time"),
    [("at 1930 hrs", dt.time(19, 30)), ("0930hrs", dt.time(9, 30)), ("12000 hours of volunteering", None)],
)
def test_four_figure_times_need_hrs(text: str, time: dt.time | None) -> None:
    assert parse_time(text) == time


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("7:00 PM", dt.time(19, 0)),
        ("at 7.30pm", dt.time(19, 30)),
        ("(21:15hrs)", dt.time(21, 15)),
        ("19.30", dt.time(19, 30)),
        ("1930 hrs", dt.time(19, 30)),
        ("9 p.m.", dt.time(21, 0)),
    ],
)
def test_clock_alone_reads_a_line_that_holds_only_a_time(line, expected):
    assert clock_alone(line) == expected


@pytest.mark.parametrize("line", ["7", "2031", "Item 7.30", "7.30 Planning applications", "at 7pm in the hall"])
def test_clock_alone_refuses_numbers_and_lines_with_more_than_a_time(line):
    assert clock_alone(line) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Elmshire County Council meets in regular session this eleventh day of April 2031, in the Council Chamber.",
         dt.date(2031, 4, 11)),
        ("The Board convened on the twenty-third day of March, 2031 at 9:00 a.m.", dt.date(2031, 3, 23)),
        ("Signed this Thirty First day of May 2031.", dt.date(2031, 5, 31)),
    ],
)
def test_day_written_as_an_ordinal_word(text: str, expected: dt.date) -> None:
    assert find_dates(text)[0][0] == expected


def test_ordinal_word_day_without_a_year_is_no_date() -> None:
    assert find_dates("Members met on the first day of the show and the second day of June.") == []


@pytest.mark.parametrize("text, day", [
    ("August, 16, 2031", dt.date(2031, 8, 16)),
    ("Thursday, August, 16, 2031", dt.date(2031, 8, 16)),
    ("Minutes of the meeting of Jan, 5 2031", dt.date(2031, 1, 5)),
])
def test_a_comma_typed_after_the_month_still_gives_the_day(text, day) -> None:
    assert [found[0] for found in find_dates(text)] == [day]


def test_a_month_then_a_count_is_no_day() -> None:
    # Near miss: without a year after it, "August, 16 members" is a month and a count of people.
    assert find_dates("In August, 16 members attended.") == []
