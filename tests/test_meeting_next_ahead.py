"""The next meeting as US boards close their minutes with it: the meeting named by its date before the word
"meeting" ("The April 7 meeting will be held at the Elm Middle School library."), and a motion to adjourn until a day
("Motion by Chen, second by Diaz to adjourn until Tuesday, April 12 at 7 p.m."). Invented boards and dates; two forms
each and near misses (a past meeting named by its date, another body's meeting, a motion to adjourn with no day)."""

from __future__ import annotations

import datetime as dt

import pytest

from minutebook.extract.meeting import extract_meeting

_HEAD = (
    "ELMWOOD VALLEY SCHOOL DISTRICT\nBOARD OF EDUCATION\nRegular Meeting Minutes\nMarch 14, 2031\n"
    "1. CALL TO ORDER\nPresident Lee called the meeting to order at 7:00 p.m.\n"
    "2. ROLL CALL\nMembers present: A. Lee, B. Chen, C. Diaz\n"
    "3. BUDGET\nThe budget hearing will be held on April 2, 2031. Motion by Lee, second by Chen to adopt the calendar. "
    "Motion carried 3-0.\n"
)


def _next(make_document, ending: str) -> dt.date | None:
    return extract_meeting(make_document(_HEAD + ending), kind="minutes").next_meeting


@pytest.mark.parametrize(
    ("ending", "date"),
    [
        ("4. ADJOURNMENT\nThe April 11 meeting will be held at the Elmwood Middle School library.\n"
         "Motion by Lee, second by Chen to adjourn at 8:15 p.m.\n", dt.date(2031, 4, 11)),
        ("4. ANNOUNCEMENTS\nThe April 11, 2031 regular meeting will take place in the Board Room.\n",
         dt.date(2031, 4, 11)),
    ],
)
def test_a_meeting_named_by_its_date_ahead_is_the_next(make_document, ending: str, date: dt.date) -> None:
    assert _next(make_document, ending) == date


@pytest.mark.parametrize(
    "ending",
    [
        # a past meeting named by its date, and another body's meeting ahead
        "4. MINUTES\nThe March 1 meeting was cancelled for snow.\n",
        "4. REPORTS\nThe April 9 Planning Commission meeting will be held at City Hall.\n",
    ],
)
def test_a_past_or_another_bodys_dated_meeting_is_not_the_next(make_document, ending: str) -> None:
    assert _next(make_document, ending) is None


@pytest.mark.parametrize(
    ("ending", "date"),
    [
        ("4. ADJOURNMENT\nMotion by Chen, second by Diaz to adjourn until Tuesday, April 12 at 7 p.m. Motion carried "
         "3-0.\n", dt.date(2031, 4, 12)),
        ("4. ADJOURNMENT\nDiaz moved to adjourn to Monday, April 18, 2031 at 6:30 p.m.; Lee seconded. Carried.\n",
         dt.date(2031, 4, 18)),
    ],
)
def test_a_motion_to_adjourn_until_a_day_gives_the_next(make_document, ending: str, date: dt.date) -> None:
    assert _next(make_document, ending) == date


def test_a_motion_to_adjourn_with_no_day_gives_none(make_document) -> None:
    # Near miss: the motion adjourns at an hour, to no day.
    assert _next(make_document, "4. ADJOURNMENT\nMotion by Chen, second by Diaz to adjourn at 8:15 p.m.\n") is None


def test_adjourned_to_meet_again_on_a_day_gives_the_next(make_document) -> None:
    ending = "4. ADJOURNMENT\nThe meeting was adjourned at 8:15 p.m. to meet again on April 11, 2031.\n"
    assert _next(make_document, ending) == dt.date(2031, 4, 11)
