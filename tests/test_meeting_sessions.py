"""Meeting fields that unseen publishers write: "The Board met in Regular Session on …, at 5:01 p.m." (the session's
sort is no place, and the time it gives is when the meeting opened), and a next meeting written without its year in a
page whose meeting date only the site's front matter gives. Each family in two forms, with a near miss. Every name and
place is invented."""

from __future__ import annotations

import datetime as dt

from minutebook.extract.meeting import extract_meeting
from minutebook.ingest.text import parse_text


def _meeting(make_document, text: str):
    return extract_meeting(make_document(text), kind="minutes")


def _page(text: str):
    return extract_meeting(parse_text(text.encode(), path="page.md", name="page.md", sha256="0" * 64), kind="minutes")


# --- "met in Regular Session" ---------------------------------------------------------------------------------------


def test_met_in_regular_session_opens_at_its_time_and_names_no_place(make_document) -> None:
    meeting = _meeting(
        make_document,
        "MINUTES\nREGULAR MEETING\nBOARD OF EDUCATION\nFENWICK VALLEY UNIFIED SCHOOL DISTRICT\n"
        "TUESDAY, MARCH 10, 2037 – 5:00 P.M.\n\n"
        "The Board of Education met in Regular Session on Tuesday, March 10, 2037, at 5:03 p.m.\n"
        "Presiding: Ms. Ada Pell, President.\n",
    )
    assert (meeting.start_time, meeting.venue) == (dt.time(17, 3), None)


def test_met_in_regular_session_then_the_place(make_document) -> None:
    meeting = _meeting(
        make_document,
        "REGULAR MEETING OF THE BRACKWOOD TOWNSHIP TRUSTEES\nMonday, February 16, 2037\n\n"
        "The Board of Trustees of Brackwood Township met in regular session at 7:00 p.m. at the Township Hall.\n",
    )
    assert (meeting.start_time, meeting.venue) == (dt.time(19, 0), "Township Hall")


def test_a_session_room_is_a_place(make_document) -> None:
    # Near miss: a room named after sessions is where the meeting sat.
    meeting = _meeting(
        make_document,
        "Minutes of the Elmford Library Board\nMarch 3, 2031\n\n"
        "The meeting of the Library Board was held in the Session Room, Elmford Library at 6:30 p.m.\n",
    )
    assert meeting.venue == "Session Room, Elmford Library"


# --- a yearless next meeting in a page dated by its front matter ------------------------------------------------------


def test_future_meetings_list_takes_the_year_from_the_front_matter_date() -> None:
    meeting = _page(
        "---\ntitle: Open Records Forum - minutes 14 November 2030\nlayout: post\n---\n\n"
        "<p><strong>Present:</strong> Ada Quill (Chair), Bo Reed.</p>\n"
        "<p><strong>Item 8: Any other business</strong></p>\n<p>None.</p>\n"
        "<p><strong>Dates of Future Meetings:</strong></p>\n"
        "<p><strong>Tuesday 21st January 2pm – 4pm</strong></p>\n<p><strong>Tuesday 18th March</strong></p>\n"
    )
    assert (meeting.date, meeting.next_meeting) == (dt.date(2030, 11, 14), dt.date(2031, 1, 21))


def test_next_meeting_heading_takes_the_year_from_the_front_matter_date() -> None:
    meeting = _page(
        "---\ntitle: Minutes of the Elmside Residents Committee, 3 December 2030\n---\n\n"
        "Present: Ann Vale (Chair), Bo Reed, Cy Orr.\n\n"
        "5. Date of next meeting\nWednesday 8th January at 7.30pm in the Reading Room.\n"
    )
    assert (meeting.date, meeting.next_meeting) == (dt.date(2030, 12, 3), dt.date(2031, 1, 8))


def test_a_page_dated_in_its_text_keeps_its_next_meeting() -> None:
    # Near miss: the text dates the meeting itself; the front matter's posting date changes nothing.
    meeting = _page(
        "---\ntitle: November minutes\ndate: 2030-12-20\n---\n\n"
        "Minutes of the Elmside Residents Committee held on 3 December 2030\n\n"
        "Present: Ann Vale (Chair), Bo Reed, Cy Orr.\n\n"
        "5. Date of next meeting\nWednesday 8th January at 7.30pm in the Reading Room.\n"
    )
    assert (meeting.date, meeting.next_meeting) == (dt.date(2030, 12, 3), dt.date(2031, 1, 8))
