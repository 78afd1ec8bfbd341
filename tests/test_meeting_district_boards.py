"""Headers of US special districts and school boards: a minutes' title set over three lines with the district's name on
the last, the opening sentence that says the board "convened" in session, and the street address given in that
sentence after the time or the board's "regular place of meeting". Each in two invented forms, with a near miss."""

from __future__ import annotations

import datetime as dt

import pytest

from minutebook.extract.meeting import extract_meeting


def _meeting(make_document, text: str):
    return extract_meeting(make_document(text), kind="minutes")


@pytest.mark.parametrize(
    ("title", "body"),
    [
        ("MINUTES OF THE REGULAR MEETING\nOF THE BOARD OF DIRECTORS OF THE\nHOLLOW CREEK WATER DISTRICT",
         "Board of Directors of the Hollow Creek Water District"),
        ("MINUTES OF THE REGULAR BOARD MEETING\nOF THE DISTRICT BOARD OF THE\nELMVALE SANITARY DISTRICT",
         "District Board of the Elmvale Sanitary District"),
    ],
)
def test_title_over_three_lines_names_the_district(make_document, title: str, body: str) -> None:
    text = f"{title}\nMarch 3, 2031\n1. CALL TO ORDER\nPresident Orr called the meeting to order at 6:02 p.m.\n"
    assert _meeting(make_document, text).body == body


def test_title_ending_on_its_body_takes_no_third_line(make_document) -> None:
    # The second line closes the title: the line under it is the date's, not the body's.
    text = ("MINUTES OF THE REGULAR MEETING\nOF THE ELMVALE PLANNING COMMISSION\nHOLLOW CREEK ROOM\nMarch 3, 2031\n"
            "1. CALL TO ORDER\n")
    assert _meeting(make_document, text).body == "Elmvale Planning Commission"


@pytest.mark.parametrize(
    ("sentence", "body", "start", "venue"),
    [
        ("The Board of Education of the Elm Valley Unified School District convened in regular session at 6:00 p.m. "
         "in the Library of Elm High School.",
         "Board of Education of the Elm Valley Unified School District", dt.time(18, 0), "Library of Elm High School"),
        ("The District Board of the Hollow Creek Sanitary District convened in a regular session, at its regular "
         "place of meeting, 12 Quarry Place, Eastvale, County of Elm, at 3:00 p.m. on March 3, 2031.",
         "District Board of the Hollow Creek Sanitary District", dt.time(15, 0), "12 Quarry Place, Eastvale"),
    ],
)
def test_board_that_convened_in_session(make_document, sentence: str, body: str, start: dt.time, venue: str) -> None:
    meeting = _meeting(make_document, f"MINUTES OF THE REGULAR BOARD MEETING\nMarch 3, 2031\n{sentence}\n")
    assert (meeting.body, meeting.start_time, meeting.venue) == (body, start, venue)


@pytest.mark.parametrize(
    ("sentence", "venue"),
    [
        ("The Board of Directors of the Hollow Creek Sanitary District met in regular session on March 3, 2031 at "
         "5:30 p.m. at 628 W. 19th Street, Eastvale.", "628 W. 19th Street, Eastvale"),
        ("The regular meeting of the Board was held on March 3, 2031 at 4:00 p.m. at 1200 North Quarry Road.",
         "1200 North Quarry Road"),
    ],
)
def test_street_address_in_the_opening_sentence(make_document, sentence: str, venue: str) -> None:
    text = f"HOLLOW CREEK SANITARY DISTRICT\nMINUTES OF BOARD OF DIRECTORS REGULAR MEETING\nMARCH 3, 2031\n{sentence}\n"
    assert _meeting(make_document, text).venue == venue


def test_an_address_outside_the_meeting_sentence_is_no_place(make_document) -> None:
    text = ("HOLLOW CREEK SANITARY DISTRICT\nMINUTES OF BOARD OF DIRECTORS REGULAR MEETING\nMARCH 3, 2031\n"
            "The Board met in regular session at 5:30 p.m. Director Vale reported a leak at 12 Birch Lane, Eastvale.\n")
    assert _meeting(make_document, text).venue is None


@pytest.mark.parametrize(
    "line",
    [
        "The Board met in regular session at 5{pad}p.m.{pad},{pad}at{pad}628{pad}W. 19th Street",
        "The District Board convened in a regular session,{pad}at its regular place of meeting,{pad}12 Elm Place{pad}x",
    ],
)
def test_opening_sentence_patterns_are_linear_on_padded_lines(make_document, line: str) -> None:
    text = "HOLLOW CREEK SANITARY DISTRICT\nMINUTES\nMarch 3, 2031\n" + line.format(pad=" " * 30000) + "\n"
    assert _meeting(make_document, text).date is not None  # its time: benchmarks/bench_long_lines.py
