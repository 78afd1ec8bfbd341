"""When the next meeting is, said past what stands between the phrase and the day: the place it is held in, the
meeting's sort named first, or the body agreeing to meet. Invented councils and dates, two forms each and a lookalike."""

from __future__ import annotations

import datetime as dt

import pytest

from minutebook.extract.meeting import extract_meeting

_HEAD = (
    "ELMBURY COMMUNITY COUNCIL\n"
    "Minutes of the meeting held on Monday 5th June 2031 at 7pm\n"
    "Present: Cllr A Lee (Chair), Cllr B Chen\n"
    "1. Correspondence: the Bridge Group reported. Constitution agreed. Next Meeting on 30th August.\n"
)


@pytest.mark.parametrize(
    "label",
    [
        "Next meeting to be held in the Burgh Rooms on Monday 3rd July at 7 pm",
        "NEXT MEETING – to be held at the Elm Street Community Hall, Elmbury on Monday 3rd July 2031",
    ],
)
def test_a_next_meeting_label_gives_its_day_after_the_place(make_document, label: str) -> None:
    # The label's day comes after the place it is held in; a report's "Next Meeting on 30th August" above is another's.
    meeting = extract_meeting(make_document(f"{_HEAD}{label}\n"), kind="minutes")
    assert meeting.next_meeting == dt.date(2031, 7, 3)


def test_a_next_meeting_label_held_without_a_day_gives_none_of_its_own(make_document) -> None:
    # Near miss: the place and no day; the label does not take a date from further on.
    meeting = extract_meeting(
        make_document("ELMBURY COMMUNITY COUNCIL\nMinutes of the meeting held on Monday 5th June 2031 at 7pm\n"
                      "Present: Cllr A Lee (Chair), Cllr B Chen\n"
                      "Next meeting to be held in the Burgh Rooms, date to be agreed. Fete on 3rd July.\n"),
        kind="minutes",
    )
    assert meeting.next_meeting is None


@pytest.mark.parametrize(
    "closing",
    [
        "The next meeting will be the Annual Parish Meeting and Annual Meeting of the Council to be held on\n"
        "Wednesday 9th July 2031\n",
        "The next meeting will be the Annual Meeting of Elmbury Parish Council, to be held on Wednesday 9th July 2031 "
        "in the Village Hall.\n",
    ],
)
def test_the_next_meeting_named_by_its_sort_then_its_day(make_document, closing: str) -> None:
    document = make_document(
        "ELMBURY PARISH COUNCIL\nMinutes of the meeting held on Wednesday 11th June 2031\n"
        "Present: Cllr A Lee (Chair), Cllr B Chen\n"
        "Chairman ____________ Dated ____________\n"
        f"{closing}"
    )
    assert extract_meeting(document, kind="minutes").next_meeting == dt.date(2031, 7, 9)


@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        ("The board said they would meet on Monday, May 19, 2031, at 5:00 PM.", dt.date(2031, 5, 19)),
        ("After discussion the Board agreed to meet on May 19th to finish the budget.", dt.date(2031, 5, 19)),
    ],
)
def test_the_body_agreeing_to_meet_names_its_next_meeting(make_document, sentence: str, day: dt.date) -> None:
    document = make_document(
        "TOWN OF ELMBURY\nMONDAY, MAY 12, 2031\nBOARD OF SELECTMEN'S MEETING MINUTES\n"
        "Ash called the meeting to order at 5:03 PM.\n"
        f"{sentence}\n"
        "The board decided to wait until the next regular board meeting on May 27th.\n"
    )
    assert extract_meeting(document, kind="minutes").next_meeting == day


@pytest.mark.parametrize(
    "sentence",
    [
        "The road agent will meet on site with the contractor on May 19th.",
        "The board will meet on site with the engineer on May 19th to walk the culvert.",
    ],
)
def test_meeting_someone_on_site_is_no_next_meeting(make_document, sentence: str) -> None:
    # Near misses: another person meets, or the body meets someone on site; neither is when the body next meets.
    document = make_document(
        "TOWN OF ELMBURY\nMONDAY, MAY 12, 2031\nBOARD OF SELECTMEN'S MEETING MINUTES\n"
        "Ash called the meeting to order at 5:03 PM.\n"
        f"{sentence}\n"
    )
    assert extract_meeting(document, kind="minutes").next_meeting is None
