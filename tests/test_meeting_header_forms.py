"""Header forms seen across publishers: a body named only by the letterhead over "the above Council", clock times in
four figures with their half of the day, end times given as "Closed:" / "Adjourned:" labels, dates written year first
with dots or slashes."""

from __future__ import annotations

import datetime as dt

from minutebook.extract.dates import find_dates, parse_time
from minutebook.extract.meeting import extract_meeting


def test_above_council_takes_the_letterhead(make_document) -> None:
    document = make_document(
        "ELMBROOK COMMUNITY COUNCIL\n"
        "Minutes of a meeting of the above Council held on Monday 14th March 2022 at 7.00pm\n"
        "in Elmbrook Village Hall.\n"
        "Present: Cllrs Hale, Orr & the Clerk.\n"
        "101. Apologies for absence: Cllr Tate.\n"
    )
    meeting = extract_meeting(document, kind="minutes")
    assert meeting.body == "Elmbrook Community Council"
    assert meeting.date == dt.date(2022, 3, 14)


def test_above_named_committee_takes_the_banner(make_document) -> None:
    document = make_document(
        "Northmere Parish Council\n"
        "Footpaths Working Group\n"
        "Notes of a meeting of the above-named Group held on 2 June 2021 at Northmere Library\n"
        "Present: Ann Lee (Chair), Tom Hill\n"
    )
    meeting = extract_meeting(document, kind="minutes")
    assert meeting.body is not None and "above" not in meeting.body.lower()
    assert "Footpaths Working Group" in meeting.body


def test_above_council_without_a_letterhead_names_no_body(make_document) -> None:
    document = make_document(
        "Minutes of a meeting of the above Council held on Monday 11th January 2021 by telephone.\n"
        "Present: Cllrs Hale, Orr & the Clerk.\n"
        "2201. Police Report: None.\n"
    )
    meeting = extract_meeting(document, kind="minutes")
    assert meeting.body is None or "above" not in meeting.body.lower()


def test_four_figure_clock_with_its_half_of_the_day() -> None:
    assert parse_time("Called to Order: 0915 AM EST") == dt.time(9, 15)
    assert parse_time("1530 PM") == dt.time(15, 30)
    assert parse_time("ends 845pm") == dt.time(20, 45)
    assert parse_time("rent of £1,500pm") is None  # a sum a month, not a time
    assert parse_time("2000 members") is None


def test_called_to_order_and_adjourned_on_one_header_line(make_document) -> None:
    document = make_document(
        "Northmere Trust Board Meeting Minutes: April 12, 2022\n"
        "Called to Order: 0830 AM EDT Adjourned: 0945 AM EDT\n"
        "ATTENDING\n"
        "Ann Lee Tom Hill\n"
        "Finance Reports\n"
        "• Budget figures similar to last year\n"
    )
    meeting = extract_meeting(document, kind="minutes")
    assert meeting.start_time == dt.time(8, 30)
    assert meeting.end_time == dt.time(9, 45)


def test_meeting_times_block_with_opened_and_closed_labels(make_document) -> None:
    document = make_document(
        "# Committee Meeting - 2022-03-05\n"
        "## Members Present\n"
        "- Present: Ann, Tom\n"
        "## Meeting Times\n"
        "- Opened: 6:10 pm\n"
        "- Closed: 7:45 pm\n"
        "## Correspondence\n"
        "- None\n"
        "## End of Meeting\n"
        "- Next meeting: 2022.03.26 6pm\n"
    )
    meeting = extract_meeting(document, kind="minutes")
    assert meeting.start_time == dt.time(18, 10)
    assert meeting.end_time == dt.time(19, 45)
    assert meeting.next_meeting == dt.date(2022, 3, 26)


def test_closed_label_in_twenty_four_hour_figures(make_document) -> None:
    document = make_document(
        "Committee Meeting 2023-01-14\n"
        "* Opened: 1310hrs\n"
        "* Closed: 1402hrs\n"
        "## Review Previous Meeting's Minutes\n"
        "The shop was closed: 3 days over the holiday.\n"
    )
    meeting = extract_meeting(document, kind="minutes")
    assert meeting.end_time == dt.time(14, 2)


def test_closed_that_is_no_label_gives_no_end(make_document) -> None:
    document = make_document(
        "Minutes of the Northmere Allotment Committee held on 3 May 2022 at 7pm\n"
        "Present: Ann Lee, Tom Hill\n"
        "1. Site access\n"
        "The gate has been closed since 2 April for repairs.\n"
    )
    meeting = extract_meeting(document, kind="minutes")
    assert meeting.end_time is None


def test_year_first_dates_with_dots_or_slashes() -> None:
    assert [span[0] for span in find_dates("Next meeting: 2022.03.26 6pm")] == [dt.date(2022, 3, 26)]
    assert [span[0] for span in find_dates("held 2019/11/04")] == [dt.date(2019, 11, 4)]
    assert find_dates("version 1.2022.03.26 of the app") == []
    assert find_dates("figures 2022.13.40") == []
