"""Where a meeting was held, in forms read below or beside the header: the sentence opening the meeting after the roll
or a "Call to Order" heading, a sentence going on after the place past a clock with stops ("a.m."), a building and its
street on one header line; and what is never the place: where the notice was posted or published, a person whose
surname is a building's word. The next meeting: a label naming the body ("Date of next Parish Council meeting:"), a
label naming the meeting over its dateline, the phrase split over two lines. Each family has two invented forms and a
near miss."""

from __future__ import annotations

import datetime as dt

import pytest

from minutebook.extract.meeting import extract_meeting


def _venue(make_document, text: str) -> str | None:
    return extract_meeting(make_document(text), kind="minutes").venue


@pytest.mark.parametrize(
    ("opening", "venue"),
    [
        # The call to order, wrapped after "at" onto the street.
        ("The board meeting was called to order by President Ferrow at 5:30 p.m., in the Board Room at\n"
         "1200 Quill Court, Elmton, CA 95001.", "Board Room at 1200 Quill Court, Elmton, CA 95001"),
        ("The regularly scheduled Board of Selectmen's meeting opened at 8:00 am at the Fire Station.", "Fire Station"),
        ("The Maple Vale City Council met in session on this date at 9:30 a.m. in the Council Chambers of City Hall, "
         "Maple Vale. Council members present were Ada Ferrow and Bo Lind.", "Council Chambers of City Hall, Maple Vale"),
        ("Mayor Ferrow called the meeting to order at 7:00 p.m. in the Auditorium at Elm Village, 215 Quill Avenue.",
         "Auditorium at Elm Village, 215 Quill Avenue"),
    ],
)
def test_the_opening_sentence_below_the_header_names_the_place(make_document, opening: str, venue: str) -> None:
    text = f"ELM TOWNSHIP BOARD\nRegular Meeting Minutes\nMarch 6, 2031\n\n1. CALL TO ORDER\n{opening}\n\n2. MINUTES\n"
    assert _venue(make_document, text) == venue


@pytest.mark.parametrize(
    "opening",
    [
        "The Closed Session was called to order at 5:00 p.m. in Conference Room 2B.",  # a closed session's room
        "The meeting was called to order at 7:00 p.m. by Chair Ferrow.",  # no place said
    ],
)
def test_no_place_from_a_closed_session_or_a_call_without_one(make_document, opening: str) -> None:
    text = f"ELM TOWNSHIP BOARD\nRegular Meeting Minutes\nMarch 6, 2031\n\n1. CALL TO ORDER\n{opening}\n\n2. MINUTES\n"
    assert _venue(make_document, text) is None


@pytest.mark.parametrize(
    "notice",
    [
        "The meeting was properly posted in the three public places and published in the Elm Valley Gazette.",
        "Notice of the meeting was advertised in the Maple Courier.",
    ],
)
def test_where_the_notice_was_published_is_no_place(make_document, notice: str) -> None:
    text = f"Elm Township Board\nSpecial Meeting Minutes\nMarch 6, 2031\n\n{notice}\n\n1. Roads\nDiscussed.\n"
    assert _venue(make_document, text) is None


def test_a_place_after_the_notice_sentence_still_counts(make_document) -> None:
    text = ("Elm Township Board\nSpecial Meeting Minutes\nMarch 6, 2031\n\n"
            "The meeting was posted at the Store and held in the Town Hall.\n\n1. Roads\nDiscussed.\n")
    assert _venue(make_document, text) == "Town Hall"


@pytest.mark.parametrize(
    ("line", "venue"),
    [
        ("QUILL PLAYHOUSE, 305 WEST ELM STREET", "Quill Playhouse, 305 West Elm Street"),
        ("Elm Village Auditorium 215 Quill Avenue Elmton, FL 33001", "Elm Village Auditorium 215 Quill Avenue Elmton, FL 33001"),
        ("Ferrow Arts Centre, 4 Mill Lane", "Ferrow Arts Centre, 4 Mill Lane"),
    ],
)
def test_a_building_and_its_street_on_one_header_line(make_document, line: str, venue: str) -> None:
    text = f"MAPLE VALE CITY COUNCIL\nREGULAR MEETING\n{line}\nWEDNESDAY, JANUARY 20, 2031\n\n1. Roll Call\n"
    assert _venue(make_document, text) == venue


def test_a_letterhead_of_a_person_beside_an_address_is_no_place(make_document) -> None:
    text = ("Maple Vale Fire District\nThursday, March 24, 2031 – 6:00 PM\nAda Ferrow                10545 Quill Avenue\n"
            "Board President\n\n1. Roll Call\n")
    assert _venue(make_document, text) is None


@pytest.mark.parametrize("office", ["Board President", "Fire Chief"])
def test_an_officer_over_the_districts_address_is_no_place(make_document, office: str) -> None:
    text = (f"Maple Vale Fire District\nThursday, March 24, 2031 – 6:00 PM\nAda Ferrow 10545 Quill Avenue\n{office}\n"
            "\n1. Roll Call\n")
    assert _venue(make_document, text) is None


def test_a_session_called_to_order_is_no_place(make_document) -> None:
    text = ("MAPLE VALE CITY COUNCIL\nNOVEMBER 13, 2031\n\n1. INFORMAL OPEN FORUM\n"
            "The City Council met in Informal Open Forum called to order by Mayor Ferrow at 6:45 p.m.\n\n2. Roll Call\n")
    assert _venue(make_document, text) is None


def test_a_body_and_its_office_address_is_no_place(make_document) -> None:
    text = ("MAPLE VALE CITY COUNCIL\nREGULAR MEETING\nMaple Vale Township Board, 12 Quill Street\n"
            "WEDNESDAY, JANUARY 20, 2031\n\n1. Roll Call\n")
    assert _venue(make_document, text) is None


@pytest.mark.parametrize("name", ["ADA J. HOUSE", "Bo K. Hall"])
def test_a_person_named_like_a_building_is_no_place(make_document, name: str) -> None:
    text = f"Maple Vale Fire District\n{name}\nFire Chief\nAction Summary Minutes\nOctober 12, 2031\n\n1. Roll Call\n"
    assert _venue(make_document, text) is None


def test_a_building_named_alone_in_the_letterhead_still_counts(make_document) -> None:
    text = "Maple Vale Fire District\nStation House\nAction Summary Minutes\nOctober 12, 2031\n\n1. Roll Call\n"
    assert _venue(make_document, text) == "Station House"


_PARISH_HEAD = "Elmfield Parish Council\nMinutes of the meeting held on 3 March 2031\nPresent: Cllr Ada Ferrow\n1. Apologies\nNone.\n"


def _next(make_document, text: str) -> dt.date | None:
    return extract_meeting(make_document(text), kind="minutes").next_meeting


@pytest.mark.parametrize(
    ("closing", "when"),
    [
        ("9. Date of next Parish Council meeting: Monday 7th April 2031", dt.date(2031, 4, 7)),
        ("Next Regular Board Meeting: April 9, 2031", dt.date(2031, 4, 9)),
        ("14. Date of the next Town Council Meeting – Tuesday 8th April 2031 at 7pm", dt.date(2031, 4, 8)),
    ],
)
def test_a_next_meeting_label_naming_the_body_gives_its_date(make_document, closing: str, when: dt.date) -> None:
    assert _next(make_document, _PARISH_HEAD + closing + "\n") == when


@pytest.mark.parametrize(
    "closing",
    [
        "9. Date of next Planning Committee meeting: Monday 7th April 2031",  # another body's meeting
        "12.3 Village Hall Trust: the next meeting is on 7 April 2031",  # reported by another body
    ],
)
def test_another_bodys_next_meeting_label_gives_none(make_document, closing: str) -> None:
    assert _next(make_document, _PARISH_HEAD + closing + "\n") is None


@pytest.mark.parametrize(
    ("closing", "when"),
    [
        ("Next Meeting Elmfield Annual Parish Meeting and\nElmfield Parish Council AGM\nTuesday, 6th May 2031\n"
         "The Chairman closed the meeting at 8.30pm", dt.date(2031, 5, 6)),
        ("Next Meeting Annual Parish Meeting\nMonday 12 May 2031 at 7pm", dt.date(2031, 5, 12)),
    ],
)
def test_a_next_meeting_label_naming_the_meeting_over_its_dateline(make_document, closing: str, when: dt.date) -> None:
    assert _next(make_document, _PARISH_HEAD + closing + "\n") == when


def test_a_dateline_after_a_sentence_under_the_label_is_not_read(make_document) -> None:
    closing = "Next Meeting Annual Parish Meeting\nThe hall is to be booked.\n12 May 2031 – fete\n"
    assert _next(make_document, _PARISH_HEAD + closing) is None


@pytest.mark.parametrize(
    ("closing", "when"),
    [
        ("The Mayor adjourned the meeting at 8:52 p.m. The next regular\n"
         "meeting is scheduled for Monday, April 14, 2031 at 7:30 p.m.", dt.date(2031, 4, 14)),
        ("The meeting closed at 9pm. The next\nmeeting will be held on Monday 7th April 2031.", dt.date(2031, 4, 7)),
    ],
)
def test_next_meeting_phrase_split_over_two_lines(make_document, closing: str, when: dt.date) -> None:
    assert _next(make_document, _PARISH_HEAD + closing + "\n") == when


def test_a_line_ending_on_next_without_meeting_below_is_not_joined(make_document) -> None:
    closing = "The clerk will report next\nmonth on the verges, by 14 April 2031.\n"
    assert _next(make_document, _PARISH_HEAD + closing) is None


@pytest.mark.parametrize("line", ["Bob Hill 22 Quill Street", "Ada Ferrow 10545 Quill Avenue"])
def test_two_words_before_an_address_with_no_comma_are_no_place(make_document, line: str) -> None:
    text = f"MAPLE VALE CITY COUNCIL\nREGULAR MEETING\n{line}\nWEDNESDAY, JANUARY 20, 2031\n\n1. Roll Call\n"
    assert _venue(make_document, text) is None


@pytest.mark.parametrize(
    "closing",
    [
        "Next Meeting TBC\nSigned\nChairman\n14 April 2031\n",  # no meeting named: the date under it is a signature's
        "Next Meeting Annual Parish Meeting\nSigned\nChairman\n14 April 2031\n",  # the name does not run on
    ],
)
def test_a_signature_date_under_a_next_meeting_label_is_not_read(make_document, closing: str) -> None:
    assert _next(make_document, _PARISH_HEAD + closing) is None


@pytest.mark.parametrize("dateline, venue", [
    ("Thursday November 16, 2031; 1:00pm @ Elm Society Office", "Elm Society Office"),
    ("Thursday, March 9, 2031, 5:00pm @ the Elm Cafe", "Elm Cafe"),
])
def test_place_after_an_at_sign_in_the_dateline(make_document, dateline, venue) -> None:
    document = make_document(f"Elm Society Meeting Minutes\n{dateline}\n\n1. Budget\nThe treasurer reported.\n")
    assert extract_meeting(document, kind="minutes").venue == venue


def test_a_handle_after_the_dateline_is_no_place(make_document) -> None:
    # Near miss: "@elmsociety" is the society's handle, not a room.
    document = make_document("Elm Society Meeting Minutes\nThursday, March 9, 2031; 5:00pm @elmsociety\n\n1. Budget\n")
    assert extract_meeting(document, kind="minutes").venue is None


@pytest.mark.parametrize("hours, start, end, venue", [
    ("10 AM – 12 PM at Elm Center for Health, Elmton", dt.time(10, 0), dt.time(12, 0), "Elm Center for Health, Elmton"),
    ("7 PM - 9 PM, Elm Center for Health", dt.time(19, 0), dt.time(21, 0), "Elm Center for Health"),
    ("7 p.m. at the Elm Library", dt.time(19, 0), None, "Elm Library"),
])
def test_hours_then_place_under_the_dateline(make_document, hours, start, end, venue) -> None:
    document = make_document(f"ELM COMMUNITY COUNCIL\nMinutes of March 4 2031\n{hours}\n\nPresent: Ann Lee, Bo Reed\n")
    meeting = extract_meeting(document, kind="minutes")
    assert (meeting.start_time, meeting.end_time, meeting.venue) == (start, end, venue)


def test_a_bare_number_before_a_place_is_no_time(make_document) -> None:
    # Near miss: "7, Elm Road" is a house on a street, not seven o'clock.
    document = make_document("ELM COMMUNITY COUNCIL\nMinutes of March 4 2031\n7, Elm Road\n\nPresent: Ann Lee, Bo Reed\n")
    assert extract_meeting(document, kind="minutes").start_time is None


def test_an_hour_before_a_label_is_no_place(make_document) -> None:
    # Near miss: "Open Forum: no residents attended" under the dateline is a label and its note, not where it met.
    document = make_document(
        "ELM COMMUNITY COUNCIL\nMinutes of March 4 2031\n7 pm, Open Forum: no residents attended\n\nPresent: Ann Lee\n"
    )
    assert extract_meeting(document, kind="minutes").venue is None
    # A clock's colon inside the place is no label's.
    clocked = make_document(
        "ELM PARISH COUNCIL\nMinutes of the meeting held on 3 May 2031 at 7.30 pm, Village Hall (seating from 7:15 pm)\n\n"
        "Present: Ann Lee\n"
    )
    assert extract_meeting(clocked, kind="minutes").venue == "Village Hall (seating from 7:15 pm)"


@pytest.mark.parametrize("dateline, venue", [
    ("Thursday, July 16, 2031 02:00 PM via Teleconference", "Teleconference"),
    ("Minutes of the meeting held on 16 July 2031 at 2pm by conference call", "Conference Call"),
])
def test_a_meeting_held_by_telephone(make_document, dateline, venue) -> None:
    document = make_document(f"Elm Harbor Commission\n{dateline}\n\nCALL TO ORDER\nThe chair opened the meeting.\n")
    assert extract_meeting(document, kind="minutes").venue == venue


def test_teleconference_details_after_the_dateline_are_no_venue(make_document) -> None:
    # Near miss: a sentence about the call's details, after the dateline's stop, says nowhere the meeting met.
    document = make_document(
        "Elm Harbor Commission\nThursday, July 16, 2031 at 2PM. Teleconference details were circulated.\n\n"
        "CALL TO ORDER\nThe chair opened the meeting.\n"
    )
    assert extract_meeting(document, kind="minutes").venue is None


@pytest.mark.parametrize(
    ("opening", "venue"),
    [
        # The sentence goes on after the platform, with a comma or the person who called it.
        ("Chair Ada Ferrow called the monthly meeting to order at 6:30 pm via teleconference, supervisors present were "
         "Ada Ferrow and Bo Lind.", "Teleconference"),
        ("The meeting was called to order at 7:00 p.m. via Zoom by Chair Lind.", "Zoom"),
        ("The meeting was called to order at 19:00 via Microsoft Teams, with all members present.", "Microsoft Teams"),
    ],
)
def test_a_platform_after_the_hour_of_the_call_to_order_is_the_place(make_document, opening: str, venue: str) -> None:
    text = f"Town of Quillbrook\nApril 20, 2031\n\nCALL TO ORDER\n{opening}\n\nMINUTES\nMotion carried.\n"
    assert _venue(make_document, text) == venue


def test_a_platform_in_a_later_sentence_than_the_call_to_order_is_no_place(make_document) -> None:
    # Near miss: residents watching by Zoom say nothing of where the board met.
    text = ("Town of Quillbrook\nApril 20, 2031\n\nCALL TO ORDER\nChair Ferrow called the meeting to order at 7:00 p.m. "
            "Two residents joined via Zoom.\n\nMINUTES\nMotion carried.\n")
    assert _venue(make_document, text) is None


@pytest.mark.parametrize(
    "opening",
    [
        # A member's late arrival, with its own hour, in the sentence after the call to order.
        "Chair Lind called the meeting to order. Trustee Orr attended at 7:10 pm via Zoom, and left at 8.",
        # A count after the stop is no hour: "3 by teleconference".
        "The Chair called the meeting to order at 7 pm. 3 by teleconference, 4 in person.",
        # A later hour in the same sentence is no longer the call to order's.
        "The meeting was called to order at 7 pm with Trustee Orr arriving at 7:10 pm via Zoom, and all others present.",
    ],
)
def test_a_platform_after_another_hour_than_the_call_to_orders_is_no_place(make_document, opening: str) -> None:
    text = f"Town of Quillbrook\nApril 20, 2031\n\nCALL TO ORDER\n{opening}\n\nMINUTES\nMotion carried.\n"
    assert _venue(make_document, text) is None


def test_a_place_after_a_time_is_read_in_linear_time_on_a_long_line(make_document) -> None:
    # A hostile header line: 30,000 characters of "2031, Ab " and a semicolon at the end, where the place after each
    # year would be read on to the end from every one (17 s before); then the form still read with a clock's colon.
    line = "2031, Ab " * 3333 + ";"
    assert _venue(make_document, f"Town of Quillbrook\nThe meeting was held on March 4, {line}\nPresent: Ada Ferrow\n") is None  # its time: benchmarks/bench_long_lines.py
    held = "Town of Quillbrook\nThe meeting was held on March 4, 2031 at 12:30 pm, Village Hall (doors 12:15)\nPresent: Ada Ferrow\n"
    assert _venue(make_document, held) == "Village Hall (doors 12:15)"


@pytest.mark.parametrize(
    ("banner", "opening"),
    [
        ("Minutes of the\nQUILLBROOK FREE LIBRARY BOARD\nDecember 14, 2031\n",
         "The regular meeting of the Quillbrook Free Library Board was called to order at 7:05 p.m."),
        ("Minutes of the\nElm Vale Hospital Board\nDecember 14, 2031\n",
         "The regular meeting of the Elm Vale Hospital Board was called to order at 7:05 p.m."),
    ],
)
def test_a_banner_naming_the_body_with_a_buildings_word_is_no_place(make_document, banner: str, opening: str) -> None:
    document = make_document(f"{banner}{opening}\nROLL CALL\nPresent: Ada Ferrow\n")
    meeting = extract_meeting(document, kind="minutes")
    assert meeting.venue is None
    assert meeting.body is not None


def test_a_place_line_under_the_body_banner_stays_the_place(make_document) -> None:
    # Near miss: a building's line that is not the body's name is where it met.
    document = make_document(
        "Minutes of the\nQuillbrook Free Library Board\nDecember 14, 2031\nQuillbrook Main Library\n"
        "The regular meeting of the Quillbrook Free Library Board was called to order at 7:05 p.m.\nROLL CALL\n"
    )
    assert extract_meeting(document, kind="minutes").venue == "Quillbrook Main Library"


@pytest.mark.parametrize(
    "opening",
    [
        # A late arrival's hour and platform end the line, in the sentence after the call to order's.
        "The meeting was called to order at 7:00 pm. Cllr Orr joined at 7:15 pm via Zoom.",
        "The meeting opened at 19:00 in the Hall. Trustee Vale dialled in at 19:20 via Microsoft Teams",
    ],
)
def test_a_late_arrivals_platform_at_the_line_end_is_no_place(make_document, opening: str) -> None:
    text = f"Town of Quillbrook\nApril 20, 2031\n\nCALL TO ORDER\n{opening}\n\nMINUTES\nMotion carried.\n"
    assert _venue(make_document, text) != "Zoom"
    assert _venue(make_document, text) != "Microsoft Teams"


@pytest.mark.parametrize(
    ("dateline", "venue"),
    [
        # The hour's own sentence names the meeting or its day: the meeting's hour, a 24-hour clock too.
        ("Regular Meeting, Monday, June 1 at 7 p.m. via ZOOM", "Zoom"),
        ("The Board meeting began at 19:00 via Microsoft Teams", "Microsoft Teams"),
    ],
)
def test_a_platform_after_the_meetings_own_hour_at_the_line_end_is_the_place(
    make_document, dateline: str, venue: str
) -> None:
    text = f"Town of Quillbrook\n{dateline}\n\nCALL TO ORDER\nChair Lind opened the meeting.\n\nMINUTES\nMotion carried.\n"
    assert _venue(make_document, text) == venue


@pytest.mark.parametrize(
    ("title", "venue"),
    [
        # A title in capitals with a small ordinal ("20th") wrapped inside the place: the next short capitals line is
        # the rest of the sentence, not a heading.
        ("MINUTES OF THE MEETING OF THE PARISH COUNCIL HELD ON MONDAY 20th MARCH 2031 IN THE VILLAGE\nHALL AT 7.30PM\n",
         "Village Hall"),
        ("MINUTES OF THE ANNUAL MEETING HELD ON TUESDAY 3rd MARCH 2031 AT 7.30pm IN THE MEMORIAL\nHALL, CHURCH LANE\n",
         "Memorial Hall, Church Lane"),
    ],
)
def test_a_capitals_title_with_a_small_ordinal_runs_on_into_its_place(make_document, title: str, venue: str) -> None:
    document = make_document(f"QUILLBROOK PARISH COUNCIL\n{title}PRESENT\nCouncillors: Ada Ferrow, Ben Quill\n")
    assert extract_meeting(document, kind="minutes").venue == venue


def test_a_short_capitals_heading_under_a_mixed_case_sentence_stays_a_heading(make_document) -> None:
    # Near miss: the sentence above is in small letters, so "ROLL CALL" under it is a heading, not the place's rest.
    document = make_document(
        "QUILLBROOK PARISH COUNCIL\nThe meeting was held on Monday 20th March 2031 in the Village Hall\nROLL CALL\n"
        "Present: Ada Ferrow, Ben Quill\n"
    )
    assert extract_meeting(document, kind="minutes").venue == "Village Hall"


@pytest.mark.parametrize(
    "opening",
    [
        # The address after a later hour of the same paragraph: the next meeting's, or a late arrival's.
        "President Orr called the meeting to order at 6:00 p.m. The next meeting will be a workshop on March 20 at 5 p.m. "
        "at 220 Quill Street, Elmton.",
        "President Orr called the meeting to order at 6:00 p.m. Director Lee, who joined the meeting at 6:10 p.m. at 14 "
        "Elm Avenue, Elmton by telephone, was welcomed.",
    ],
)
def test_an_address_after_a_later_hour_than_the_meetings_is_no_place(make_document, opening: str) -> None:
    text = f"ELM SANITARY DISTRICT\nMINUTES OF THE REGULAR MEETING\nMarch 4, 2031\n\n{opening}\n\nPRESENT: Directors Orr, Lee\n"
    assert _venue(make_document, text) is None


@pytest.mark.parametrize(
    ("opening", "venue"),
    [
        # A dateline's hour first, then the call to order's own hour and the address after it.
        ("March 4, 2031, 6:00 PM. President Orr called the meeting to order at 6:02 p.m. at 220 Quill Street, Elmton.",
         "220 Quill Street, Elmton"),
        ("Regular meeting, 6 p.m. The Board of Directors met in regular session at 6:05 p.m. at 14 Elm Avenue.",
         "14 Elm Avenue"),
    ],
)
def test_an_address_after_the_call_to_orders_hour_behind_a_datelines_is_the_place(
    make_document, opening: str, venue: str
) -> None:
    text = f"ELM SANITARY DISTRICT\nMINUTES OF THE REGULAR MEETING\nMarch 4, 2031\n\n{opening}\n\nPRESENT: Directors Orr, Lee\n"
    assert _venue(make_document, text) == venue
