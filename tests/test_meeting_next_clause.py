"""The next meeting is named in its own sentence: a draft's status note ("until approved at the next meeting"), an
item deferred "to the next meeting" and a "Date of the next … meeting" heading that names the meeting's sort. Invented
councils and dates, two forms each and a lookalike."""

from __future__ import annotations

import datetime as dt

import pytest

from minutebook.extract.meeting import extract_meeting


@pytest.mark.parametrize(
    "opening",
    [
        # the status note in brackets on the title line, as a site prints the minutes in one paragraph
        "ELMBURY PARISH COUNCIL Draft (until approved at the next meeting) Minutes of the Ordinary Meeting held on "
        "Wednesday 5 March 2031 at 7.00 pm in the Village Hall",
        # the status note as a sentence of its own
        "ELMBURY PARISH COUNCIL\nUnconfirmed until approved at the next meeting. Minutes of the Ordinary Meeting held "
        "on Wednesday 5 March 2031 at 7.00 pm in the Village Hall",
    ],
)
def test_a_drafts_status_note_leaves_the_meeting_its_own_date(make_document, opening: str) -> None:
    document = make_document(
        f"{opening}\n"
        "Present: Cllr A Lee (Chair), Cllr B Chen\n"
        "1. Apologies were received from Cllr C Dunn.\n"
        "2. Date of next meeting: Wednesday 2 April 2031 at 7.00 pm\n"
    )
    meeting = extract_meeting(document, kind="minutes")
    assert meeting.date == dt.date(2031, 3, 5)
    assert meeting.next_meeting == dt.date(2031, 4, 2)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the date is in the next sentence, about another matter: no date for the next meeting
        ("The item was deferred to the next meeting. The grant of 14 May 2031 was noted.", None),
        ("Payment to be approved at the next meeting; the invoice is dated 14 May 2031.", None),
        # the date in the same sentence still counts, past an abbreviated weekday
        ("The item was deferred to the next meeting on 14 May 2031.", dt.date(2031, 5, 14)),
        ("The next meeting will be held on Wed. May 14, 2031 at 7 p.m. in the Hall.", dt.date(2031, 5, 14)),
        # past any title the names data writes shortened, and a weekday or month written short
        ("The next meeting will be held at the invitation of Revd. Ash on 14 May 2031.", dt.date(2031, 5, 14)),
        ("The next meeting, hosted by Supt. Orr, will be on Thur. 14 May 2031.", dt.date(2031, 5, 14)),
    ],
)
def test_the_next_meetings_date_stays_in_its_sentence(make_document, sentence: str, expected: dt.date | None) -> None:
    document = make_document(
        "Minutes of the meeting of Elmbury Parish Council held on 2 April 2031\n"
        "Present: Cllr A Lee, Cllr B Chen\n"
        f"7. {sentence}\n"
    )
    assert extract_meeting(document, kind="minutes").next_meeting == expected


@pytest.mark.parametrize(
    "heading",
    [
        "12. To Confirm the Date of the Next Ordinary Meeting – Wednesday 7 May 2031 at 7 pm",
        "12. Date of next Parish Council meeting: Wednesday 7 May 2031",
    ],
)
def test_a_next_meeting_heading_may_name_the_meetings_sort(make_document, heading: str) -> None:
    document = make_document(
        "Minutes of the meeting of Elmbury Parish Council held on 2 April 2031\n"
        "Present: Cllr A Lee, Cllr B Chen\n"
        "8. Footpaths: the working group reported; its next quarterly meeting will be held on 9 July 2031.\n"
        f"{heading}\n"
    )
    assert extract_meeting(document, kind="minutes").next_meeting == dt.date(2031, 5, 7)


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        # a committee's minutes: its next open (general) meeting is another gathering; its next committee meeting counts
        ("Meeting of the Elmbury Residents Association Committee on Monday 3 March 2031", dt.date(2031, 4, 7)),
        # a council's minutes: another body's meeting under the same kind of heading is passed over
        ("Minutes of the meeting of Elmbury Parish Council held on 3 March 2031", None),
    ],
)
def test_a_next_meeting_heading_naming_another_gathering_is_passed_over(
    make_document, title: str, expected: dt.date | None
) -> None:
    document = make_document(
        f"{title}\n"
        "Present: A Lee (Chair), B Chen\n"
        "ITEM 8 DATE OF NEXT OPEN MEETING\n"
        "The general meeting will be held in the Village Hall on Monday 5 May 2031.\n"
        "ITEM 9 DATE OF NEXT COMMITTEE MEETING\n"
        "To be held in the Village Hall on Monday 7 April 2031 at 7.30pm.\n"
    )
    assert extract_meeting(document, kind="minutes").next_meeting == expected


@pytest.mark.parametrize(
    "wrapped",
    [
        "9. The Members were reminded that the next Meeting would be held on Wednesday, 4th\nMarch, 2031 at 10.00 a.m.",
        "9. It was agreed that the next meeting of the Council is to be held in the Village Hall on Tuesday\n"
        "4 March 2031 at 7.30pm.",
    ],
)
def test_the_next_meetings_date_wrapped_onto_the_line_below(make_document, wrapped: str) -> None:
    document = make_document(
        "MINUTES OF THE MEETING OF ELMVALE PARISH COUNCIL HELD ON 4TH FEBRUARY, 2031 AT 10AM.\n"
        "PRESENT: Councillor A. Lee, Councillor B. Chen.\n"
        f"{wrapped}\n"
    )
    assert extract_meeting(document, kind="minutes").next_meeting == dt.date(2031, 3, 4)


def test_a_reference_to_the_next_meeting_takes_no_date_from_the_line_below(make_document) -> None:
    document = make_document(
        "MINUTES OF THE MEETING OF ELMVALE PARISH COUNCIL HELD ON 4TH FEBRUARY, 2031 AT 10AM.\n"
        "PRESENT: Councillor A. Lee, Councillor B. Chen.\n"
        "9. The report will be considered at the next meeting, which the residents welcomed\n"
        "12 March 2031: the residents' letter was noted.\n"
    )
    assert extract_meeting(document, kind="minutes").next_meeting is None
