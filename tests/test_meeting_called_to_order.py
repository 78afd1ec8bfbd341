"""The body named only by the opening call to order of a board's minutes ("President Lee called the regular meeting of
the Elm Unified School District Board of Education to order …"), the start time there and after a colon, and the header
lines that name no body: an item the header ran into, a name wrapped over two lines, a sentence about another matter,
"CALL TO ORDER" set over the sentence. Each form has two invented wordings and a near miss."""

from __future__ import annotations

import datetime as dt

import pytest

from minutebook.extract.meeting import _START_TIME, extract_meeting


def _meeting(make_document, text: str):
    return extract_meeting(make_document(text), kind="minutes")


_TITLE = "MINUTES\nREGULAR MEETING\nMarch 5, 2031\n\n1. CALL TO ORDER\n"
_ROLL = "\n\n2. ROLL CALL\nMembers present: Ann Vale, Bob Orr, Cy Dane\n"


@pytest.mark.parametrize(
    ("sentence", "body", "start"),
    [
        ("President Ann Vale called the regular meeting of the Elmwood Unified School District Board of Education to "
         "order at 7:00 p.m. in the District Office Board Room.", "Elmwood Unified School District Board of Education",
         dt.time(19, 0)),
        ("Chair Ann Vale called the Elmwood School Committee meeting to order at 6:30 p.m. in the Town Hall.",
         "Elmwood School Committee", dt.time(18, 30)),
        ("The Elmwood Housing Authority Board of Commissioners Regular Session was called to order on Thursday, "
         "March 5, 2031 at 5pm via Zoom.", "Elmwood Housing Authority Board of Commissioners", dt.time(17, 0)),
        ("The Elm Vale School Board regular meeting was called to order at 6:30 p.m. by Chair Ann Vale.",
         "Elm Vale School Board", dt.time(18, 30)),
    ],
)
def test_the_call_to_order_names_the_body(make_document, sentence: str, body: str, start: dt.time) -> None:
    meeting = _meeting(make_document, _TITLE + sentence + _ROLL)
    assert (meeting.body, meeting.start_time) == (body, start)


@pytest.mark.parametrize(
    "sentence",
    [
        "President Ann Vale called the meeting to order at 7:00 p.m.",
        "The Regular Meeting was called to order at 7:00 p.m. by President Ann Vale.",
    ],
)
def test_a_call_to_order_naming_no_body_names_none(make_document, sentence: str) -> None:
    assert _meeting(make_document, _TITLE + sentence + _ROLL).body is None


@pytest.mark.parametrize(
    ("sentence", "body"),
    [
        ("The Elmwood Board of Education met for regular meeting at 6:02 p.m. on Monday, March 5, 2031.",
         "Elmwood Board of Education"),
        ("The Board of Education of the Elmwood County Joint Vocational School District met for the Regular meeting "
         "on March 5, 2031, at 6:00 p.m.", "Board of Education of the Elmwood County Joint Vocational School District"),
        ("The School Board of the Parish of Elmwood, State of Northland, met in Regular Session at the School Board "
         "office on Thursday, March 5, 2031.", "School Board of the Parish of Elmwood, State of Northland"),
    ],
)
def test_the_opening_sentence_names_the_board_that_met(make_document, sentence: str, body: str) -> None:
    assert _meeting(make_document, "March 5, 2031\n" + sentence + _ROLL).body == body


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("Ted Vale called the meeting to order: 4:30 p.m.", dt.time(16, 30)),
        ("Meeting called to order: 7:05 PM", dt.time(19, 5)),
    ],
)
def test_the_start_after_a_colon(make_document, text: str, start: dt.time) -> None:
    document = "Board of Trustees Meeting Minutes – March 5, 2031\nPresent: Ann Vale, Bob Orr\n" + text + "\n"
    assert _meeting(make_document, document).start_time == start


def test_a_colon_without_a_time_gives_none(make_document) -> None:
    document = ("Board of Trustees Meeting Minutes – March 5, 2031\nPresent: Ann Vale, Bob Orr\n"
                "The Chair called the meeting to order: 12 residents attended.\n")
    assert _meeting(make_document, document).start_time is None


@pytest.mark.parametrize(
    ("title", "body"),
    [
        # A heading over the opening sentence is no organisation's banner.
        ("MINUTES\nREGULAR MEETING\nMarch 5, 2031\nCALL TO ORDER\nA regular meeting of the Board of Directors was "
         "called to order at 7:00 p.m. by President Ann Vale.", "Board of Directors"),
        # A name wrapped over two lines under the record's title is read whole from the lines above.
        ("Elm Springs Water District\nBoard of Directors Meeting\nMINUTES\nBoard of\nDirectors Meeting\n"
         "March 5, 2031", "Elm Springs Water District Board of Directors"),
        # "Organizational Meeting": the sort of meeting, no part of the board's name.
        ("Elmwood Local School District\nMinutes - Board of Education Organizational Meeting\nWednesday, March 5, 2031",
         "Elmwood Local School District Board of Education"),
        # "PROCEEDINGS OF THE …": the record's name.
        ("PROCEEDINGS OF THE ELMWOOD PARISH SCHOOL BOARD\nELMTON - Meeting of March 5, 2031",
         "Elmwood Parish School Board"),
        # "Meeting Minutes" run into the body's name, as a page's running head sets it.
        ("Meeting Minutes BOARD OF COMMISSIONERS\nREGULAR SESSION – March 5, 2031, 5:00 PM\nI. Call to Order The "
         "Elmwood Housing Authority Board of Commissioners Regular Session was called\nto order at 5pm.",
         "Elmwood Housing Authority Board of Commissioners"),
    ],
)
def test_header_lines_that_name_no_body(make_document, title: str, body: str) -> None:
    assert _meeting(make_document, title + _ROLL).body == body


@pytest.mark.parametrize(
    "title",
    [
        # An item the header runs on into, numbered in roman figures.
        "2031-03-05 - Minutes\nMarch 5, 2031, 5:00 PM\nI. Approval of the Agenda\nII. Action Item: Motion to move "
        "the board meetings to the library",
        # A sentence about another matter: three words in lower case in a row.
        "Elmwood County\nMarch 5, 2031 7:00 PM\nRegular Meeting\nSuperintendent Ann Vale recommends that the Board of "
        "Education approve the",
        # "The joint meeting of the district boards": a meeting of several, naming no one body.
        "MINUTES\nMarch 5, 2031\nThe joint meeting of the district boards was called to order by the Chair.",
    ],
)
def test_lines_that_are_no_name(make_document, title: str) -> None:
    assert _meeting(make_document, title + _ROLL).body is None


def test_a_title_in_small_letters_still_names_the_council(make_document) -> None:
    document = "Minutes of parish council meeting held on October 30th 2031\n\n1. Apologies were received from Dr Orr\n"
    assert _meeting(make_document, document).body == "parish council"


def test_the_call_to_order_pattern_is_fast_on_a_long_line() -> None:
    line = "called the " + "Elm " * 30000 + "to order at 7 pm"
    assert _START_TIME.search(line) is None  # its time: benchmarks/bench_long_lines.py: too many words for a name


@pytest.mark.parametrize(
    ("heading", "rows", "expected"),
    [
        ("IV. Next Meeting Dates:", "9 April 2031, 10:00 am Special Meeting\n", dt.date(2031, 4, 9)),
        ("NEXT MEETING DATES", "April 9, 2031 – Regular Meeting\nMay 14, 2031 – Regular Meeting\n", dt.date(2031, 4, 9)),
        # Only past dates under the heading: none is the next meeting.
        ("Next Meeting Dates:", "February 9, 2031 – Work Session\n", None),
    ],
)
def test_next_meeting_dates_heading(make_document, heading: str, rows: str, expected: dt.date | None) -> None:
    document = "March 5, 2031\nI. Call to order. Ann Vale called the meeting to order at 3:09 p.m.\n" + heading + "\n" + rows
    assert _meeting(make_document, document).next_meeting == expected


@pytest.mark.parametrize(
    ("letterhead", "body"),
    [
        ("ELMWOOD COUNTY PUBLIC SCHOOLS\nSCHOOL BOARD MEETING\nMarch 5, 2031 7:00 P.M.",
         "Elmwood County Public Schools School Board"),
        ("ELM HILLS REGIONAL SCHOOL DISTRICT\nElmford          Upper Elm          West Elm\nSCHOOL COMMITTEE MEETING\n"
         "Regular Meeting\nMarch 5, 2031 – 7pm", "Elm Hills Regional School District School Committee"),
        ("ELMTON CITY PUBLIC SCHOOLS\nElmton, Northland\nSchool Board Meeting\nThursday, March 5, 2031",
         "Elmton City Public Schools School Board"),
        # The school system named under the board.
        ("BOARD OF EDUCATION\nELMWOOD PUBLIC SCHOOLS\nMINUTES OF REGULAR MEETING\nMARCH 5, 2031",
         "Elmwood Public Schools Board of Education"),
        ("REGULAR MEETING\nBOARD OF SCHOOL TRUSTEES\nElmwood Community School Corporation\nMarch 5, 2031\n7:00 p.m.",
         "Elmwood Community School Corporation Board of School Trustees"),
        ("MINUTES OF A MEETING OF THE SCHOOL BOARD\nCITY OF ELMTON, NORTHLAND\nMarch 5, 2031", "City of Elmton School Board"),
        # Near misses: no school system named, or a school that is where the board met.
        ("SCHOOL BOARD MEETING\nMarch 5, 2031 7:00 P.M.", "School Board"),
        ("BOARD OF EDUCATION\nElmwood High School Library\nMarch 5, 2031", "Board of Education"),
    ],
)
def test_a_school_boards_generic_name_takes_its_district(make_document, letterhead: str, body: str) -> None:
    assert _meeting(make_document, letterhead + "\n\nCALL TO ORDER\nThe meeting was called to order at 7:02 p.m." + _ROLL).body == body


def test_the_places_in_columns_pattern_is_fast_on_a_long_line() -> None:
    from minutebook.extract.meeting import _PLACES_IN_COLUMNS

    line = "Elm" + "    Elm" * 30000 + " x"
    _PLACES_IN_COLUMNS.match(line)  # its time: benchmarks/bench_long_lines.py


@pytest.mark.parametrize(
    ("letterhead", "sentence", "body"),
    [
        # The body's own heading, the record's title, the date and the first part's heading between the district and
        # the sentence naming the board.
        ("ELMWOOD UNIFIED SCHOOL DISTRICT\nBOARD OF EDUCATION\nREGULAR MEETING MINUTES\nMarch 5, 2031\nCALL TO ORDER",
         "The regular meeting of the Board of Education was called to order by President Vale at 7:00 p.m.",
         "Elmwood Unified School District Board of Education"),
        ("ELM VALLEY WATER DISTRICT\nMarch 5, 2031\nMINUTES\nCALL TO ORDER",
         "A regular meeting of the Board of Directors was called to order at 9:00 a.m.",
         "Elm Valley Water District Board of Directors"),
        # Near miss: no organisation over the headings.
        ("MINUTES\nMarch 5, 2031\nCALL TO ORDER",
         "The regular meeting of the Board of Education was called to order by President Vale at 7:00 p.m.",
         "Board of Education"),
    ],
)
def test_headings_between_the_district_and_the_sentence(make_document, letterhead: str, sentence: str, body: str) -> None:
    assert _meeting(make_document, letterhead + "\n" + sentence + _ROLL).body == body


@pytest.mark.parametrize(
    ("line", "venue"),
    [
        ("Elmwood Middle School Cafeteria", "Elmwood Middle School Cafeteria"),
        ("High School Auditorium", "High School Auditorium"),
        ("Ann Vale Boardroom", "Ann Vale Boardroom"),
    ],
)
def test_a_school_room_under_the_date_is_the_venue(make_document, line: str, venue: str) -> None:
    document = "ELMWOOD SCHOOL COMMITTEE\nMINUTES\nMarch 5, 2031\n" + line + "\n7:00 PM\n" + _ROLL
    assert _meeting(make_document, document).venue == venue


def test_a_school_named_without_a_room_is_no_venue(make_document) -> None:
    document = "ELMWOOD HIGH SCHOOL\nBOOSTERS CLUB\nMINUTES\nMarch 5, 2031\n" + _ROLL
    assert _meeting(make_document, document).venue is None


@pytest.mark.parametrize(
    ("title", "body"),
    [
        # Every sort of meeting in the one list opens a title before "of": none is part of the body's name.
        ("Organizational Meeting of the Elmwood Valley Board of Education\nDecember 5, 2031",
         "Elmwood Valley Board of Education"),
        ("REORGANIZATION MEETING OF THE ELMWOOD TOWNSHIP BOARD\nJanuary 6, 2031", "Elmwood Township Board"),
        ("A Reconvened Meeting of the Elmwood Parks Commission\nMarch 5, 2031", "Elmwood Parks Commission"),
        # The form the label was written for.
        ("Regular Meeting of the Elmwood Parks Commission\nMarch 5, 2031", "Elmwood Parks Commission"),
    ],
)
def test_every_sort_of_meeting_opens_a_title(make_document, title: str, body: str) -> None:
    assert _meeting(make_document, title + _ROLL).body == body


@pytest.mark.parametrize(
    ("title", "body"),
    [
        # The record's status and title before the body: their "of the <sort>" is no prose.
        ("DRAFT Minutes of the monthly meeting of Elmford Town Council\n5 March 2031", "Elmford Town Council"),
        ("Approved minutes of the regular meeting of Elm Valley Library Board\nMarch 5, 2031", "Elm Valley Library Board"),
        ("Unapproved Minutes of the special meeting of the Elmwood Parks Commission\nMarch 5, 2031",
         "Elmwood Parks Commission"),
    ],
)
def test_a_titles_lower_case_words_are_no_prose(make_document, title: str, body: str) -> None:
    assert _meeting(make_document, title + _ROLL).body == body


@pytest.mark.parametrize(
    ("sentence", "body"),
    [
        # A kind of session between the body's name and "session" or "meeting" is no part of the name.
        ("The Elmwood Valley Board of Education Work Session was called to order at 5:30 p.m. by President Ann Vale.",
         "Elmwood Valley Board of Education"),
        ("President Ann Vale called the Elmwood Valley Board of Education Study Session to order at 5:30 p.m.",
         "Elmwood Valley Board of Education"),
        ("President Ann Vale called the Elmwood Board of Education Public Hearing meeting to order at 5:30 p.m.",
         "Elmwood Board of Education"),
        # A generic name alone from the call to order names none, as without the kind.
        ("President Ann Vale called the Board of Education Public Hearing meeting to order at 5:30 p.m.", None),
        ("Chair Ann Vale called the budget workshop meeting of the Elmwood Parks Commission to order at 6 p.m.",
         "Elmwood Parks Commission"),
        # Near miss: a body's own name with a kind's word inside it keeps it.
        ("The Elmwood Joint Powers Authority regular meeting was called to order at 6 p.m.",
         "Elmwood Joint Powers Authority"),
    ],
)
def test_a_kind_of_session_is_no_part_of_the_body(make_document, sentence: str, body: str | None) -> None:
    assert _meeting(make_document, _TITLE + sentence + _ROLL).body == body
