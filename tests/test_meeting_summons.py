"""An agenda opening with a summons letter: the letter's date, the letterhead and the addressee line stand above "You
are hereby summoned to attend a meeting of … to be held at … on … at …", which alone names the meeting. Invented
councils and places; three forms (one line, wrapped, a scanned letter whose ordinals were read as quotation marks)
and a lookalike (an invitation to an event, which names no meeting)."""

from __future__ import annotations

import datetime as dt

import pytest

from minutebook.extract.dates import find_dates
from minutebook.extract.kind import classify_document
from minutebook.extract.meeting import extract_meeting

ONE_LINE = (
    "ELMBURY PARISH COUNCIL\n"
    "Clerk: Ann Lee, 4 Mill Lane, Elmbury EL1 2AB\n"
    "Tel: 01234 567890\n"
    "3rd March 2031\n"
    "To all Members of the Council\n"
    "You are hereby summoned to attend a meeting of Elmbury Parish Council to be held at the Village Hall, Church "
    "Street, Elmbury on Monday 10th March 2031 at 7.30pm for the purpose of transacting the following business.\n"
    "Ann Lee, Clerk\n"
    "AGENDA\n"
    "1. To receive apologies for absence\n"
    "2. To approve the minutes of the meeting held on 10th February 2031\n"
)
WRAPPED = (
    "Oak Vale Town Council\n"
    "12 February 2031\n"
    "Dear Councillor,\n"
    "You are summoned to attend the meeting of the Planning Committee\n"
    "to be held in the Council Chamber, Town Hall, Oak Vale on Tuesday\n"
    "18 February 2031 at 6.30 pm.\n"
    "AGENDA\n"
    "1. Apologies\n"
)
SCANNED = (
    "Elm City and County Council\n"
    '10" June, 2031\n'
    "To: The Cathaoirleach and Each Member of the Municipal District of Elmvale\n"
    "A Chomhairleoir, a chara,\n"
    "You are requested to attend a Meeting of the Municipal District of Elmvale to be held\n"
    'in Aras Elm, Elmvale, Co. Elmshire on Wednesday, 15" June, 2031,\n'
    "at 10.00 a.m. The business to be transacted is set out on the appended Agenda.\n"
    "AGENDA\n"
    "1. Minutes\n"
    '(a) To adopt Minutes of Meeting of the Municipal District of Elmvale held on 4” May, 2031.\n'
)


@pytest.mark.parametrize(
    ("text", "body", "date", "start", "venue"),
    [
        (ONE_LINE, "Elmbury Parish Council", dt.date(2031, 3, 10), dt.time(19, 30), "Village Hall, Church Street, Elmbury"),
        (WRAPPED, "Planning Committee", dt.date(2031, 2, 18), dt.time(18, 30), "Council Chamber, Town Hall, Oak Vale"),
        (SCANNED, "Municipal District of Elmvale", dt.date(2031, 6, 15), dt.time(10, 0), "Aras Elm, Elmvale, Co. Elmshire"),
    ],
)
def test_the_summons_names_the_meeting_not_the_letter(
    make_document, text: str, body: str, date: dt.date, start: dt.time, venue: str
) -> None:
    document = make_document(text)
    assert classify_document(document) == "agenda"
    meeting = extract_meeting(document, kind="agenda")
    assert meeting.body == body
    assert meeting.date == date
    assert meeting.start_time == start
    assert meeting.venue == venue


def test_an_invitation_to_an_event_is_no_summons(make_document) -> None:
    document = make_document(
        "ELMBURY PARISH COUNCIL\n"
        "Meeting to be held on Monday 10th March 2031 at 7.30pm in the Village Hall\n"
        "Councillors are invited to attend the Remembrance service on Sunday 9th November 2031 at 10.45am.\n"
        "AGENDA\n"
        "1. To receive apologies for absence\n"
    )
    meeting = extract_meeting(document, kind="agenda")
    assert meeting.date == dt.date(2031, 3, 10)
    assert meeting.start_time == dt.time(19, 30)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ('on Wednesday, 15" June, 2031, at 10.00 a.m.', dt.date(2031, 6, 15)),
        ('ON WEDNESDAY, 22"° OCTOBER, 2031, AT 3.30PM', dt.date(2031, 10, 22)),
        ("held on 18” May 2031", dt.date(2031, 5, 18)),
        ('The meeting will be held on 12" May 2031 at 7pm', dt.date(2031, 5, 12)),
        ('ON 12" MAY 2031 AND 9" JUNE 2031', dt.date(2031, 5, 12)),  # a second scanned ordinal leaves the first alone
    ],
)
def test_a_scanned_ordinal_read_as_a_quotation_mark_still_dates(text: str, day: dt.date) -> None:
    assert find_dates(text)[0][0] == day


@pytest.mark.parametrize(
    "text",
    [
        'a 15" screen was bought',
        'he said "12 May suits us"',
        'a 12" pipe in May',
        # the mark right after the number closes a quotation, with the month after it
        'the "Phase 12" May 2031 plan was noted',
        "the “Appendix 12” May 2031 figures",
    ],
)
def test_a_quotation_mark_after_a_number_alone_is_no_date(text: str) -> None:
    assert find_dates(text) == []


def test_each_scanned_ordinal_of_a_line_dates() -> None:
    assert [found[0] for found in find_dates('on 12" May 2031 and on 9" June 2031')] == [
        dt.date(2031, 5, 12), dt.date(2031, 6, 9)
    ]
