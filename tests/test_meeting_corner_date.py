"""A date in figures alone in a page's corner (when the minutes were approved, filed or printed) above a title block
that writes the meeting's date out: the title block's date is the meeting's. Every name is invented."""

from __future__ import annotations

import datetime as dt

import pytest

from minutebook.extract.meeting import extract_meeting


@pytest.mark.parametrize("stamp", ["6/17/31", "A\n6/17/31", "Filed 06-17-2031"])
def test_a_corner_date_over_a_written_out_date_is_a_stamp(make_document, stamp: str) -> None:
    text = (
        f"{stamp}\n\nCITY OF ELMWICK\nCity Council\n120 Main Street, Elmwick, OR 97000\n\n"
        "Regular Meeting Minutes\nJune 3, 2031\n\nCall to Order\n7:00 p.m.\n\n1. Roll call\nAll members were present.\n"
    )
    meeting = extract_meeting(make_document(text, name="minutes.md"), kind="minutes")
    assert meeting.date == dt.date(2031, 6, 3)


def test_a_figures_date_with_no_other_date_is_the_meetings(make_document) -> None:
    text = "CITY OF ELMWICK\nCity Council Regular Meeting Minutes\n6/23/31\n\n1. Roll call\nAll members were present.\n"
    meeting = extract_meeting(make_document(text, name="minutes.md"), kind="minutes")
    assert meeting.date == dt.date(2031, 6, 23)


def test_a_title_dated_in_figures_keeps_its_date_over_a_later_meeting_named_in_words(make_document) -> None:
    text = (
        "ELMWICK TOWNSHIP BOARD\nRegular Meeting 6/23/31\n\nThe minutes were held over for approval at the July 7, 2031 "
        "meeting.\n\n1. Roll call\nAll members were present.\n"
    )
    meeting = extract_meeting(make_document(text, name="minutes.md"), kind="minutes")
    assert meeting.date == dt.date(2031, 6, 23)
