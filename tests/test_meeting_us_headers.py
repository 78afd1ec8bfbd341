"""Header and closing forms of North American councils and boards: a boxed notice over the title, the platform at the
end of a dateline, a minutes' title naming its platform, a member's home as the place, the roll call ending the place,
a title wrapped onto lines that open with "OF", "SUMMARY OF … MEETING", numeric next-meeting dates written month first
and adjournment "at 8:15 p.m. to" the next meeting. Each family has two invented forms and a near miss."""

from __future__ import annotations

import datetime as dt

import pytest

from minutebook.extract.meeting import extract_meeting
from minutebook.ingest.document import RowSpec, build_document


def _meeting(make_document, text: str):
    return extract_meeting(make_document(text), kind="minutes")


def _boxed(box: list[str], rest: str):
    """A document whose first lines are a framed notice, read as one-cell table rows."""
    rows = [RowSpec(text=line, cells=(line,), table_key=(0, 1)) for line in box]
    rows += [RowSpec(text=line) for line in rest.splitlines()]
    return build_document(name="boxed.pdf", sha256="0" * 64, format="pdf", pages_of_rows=[rows])


@pytest.mark.parametrize(
    ("box", "body", "venue"),
    [
        (["*** ELMBURY CITY COUNCIL MEETING REPORT ***",
          "Actions taken by the Council are listed below; copies are available from the Clerk."],
         "Elmbury City Council", "City Hall, Council Chambers, 12 Harrow Street, Elmbury, Northland 50999"),
        (["DRAFT - subject to approval at the next meeting"], "Elmbury City Council",
         "City Hall, Council Chambers, 12 Harrow Street, Elmbury, Northland 50999"),
    ],
)
def test_boxed_notice_over_the_title_keeps_the_header(box: list[str], body: str, venue: str) -> None:
    document = _boxed(box, "SUMMARY OF ELMBURY CITY COUNCIL MEETING\nCity Hall, Council Chambers\n12 Harrow Street\n"
                           "Elmbury, Northland 50999\nMarch 3, 2031\n7:30 AM\n1. ROLL CALL: Present: Vale, Orr.\n")
    meeting = extract_meeting(document, kind="minutes")
    assert (meeting.body, meeting.venue) == (body, venue)
    assert (meeting.date, meeting.start_time) == (dt.date(2031, 3, 3), dt.time(7, 30))


def test_a_table_first_is_still_no_header() -> None:
    document = build_document(name="t.pdf", sha256="0" * 64, format="pdf", pages_of_rows=[[
        RowSpec(text="Item Action Owner", cells=("Item", "Action", "Owner"), table_key=(0, 1)),
        RowSpec(text="Roads Patch the lane Clerk", cells=("Roads", "Patch the lane", "Clerk"), table_key=(0, 1)),
        RowSpec(text="Council Chambers, Elmbury"),
    ]])
    assert extract_meeting(document, kind="minutes").venue is None


@pytest.mark.parametrize(
    ("dateline", "venue"),
    [
        ("Thursday, March 6, 2031 at 6PM via Zoom", "Zoom"),
        ("Tuesday 4 March 2031, 7.30pm, by Microsoft Teams", "Microsoft Teams"),
        ("Wednesday, May 28 at 6 p.m. via ZOOM", "Zoom"),
    ],
)
def test_platform_ending_the_dateline(make_document, dateline: str, venue: str) -> None:
    text = f"# Harrowgate Ranch Association, Inc. Board of Directors Meeting Minutes\n{dateline}\nCall to Order - 6:02 PM\n"
    assert _meeting(make_document, text).venue == venue


def test_platform_named_apart_from_the_dateline_is_no_place(make_document) -> None:
    text = ("# Harrowgate Ranch Association, Inc. Board of Directors Meeting Minutes\nThursday, March 6, 2031 at 6PM\n"
            "Board members asked whether the Zoom link could be sent earlier.\n")
    assert _meeting(make_document, text).venue is None


@pytest.mark.parametrize(
    ("title", "venue"),
    [
        ("Minutes of the Harrowgate Trust Zoom Meeting, 6 March 2031", "Zoom"),
        ("MINUTES OF THE TEAMS MEETING OF QUILLBY PARISH COUNCIL HELD ON 6 MARCH 2031", "Teams"),
    ],
)
def test_platform_in_the_minutes_title(make_document, title: str, venue: str) -> None:
    text = f"{title}\nMeeting was called to order by the President at 6:04 pm.\nPresent: Ann Vale, Tom Orr\n"
    assert _meeting(make_document, text).venue == venue


def test_platform_meeting_in_a_sentence_is_no_title(make_document) -> None:
    text = ("Quillby Parish Council\nMinutes 6 March 2031\nThe Zoom meeting link will be sent to members.\n"
            "Present: Ann Vale, Tom Orr\n")
    assert _meeting(make_document, text).venue is None


@pytest.mark.parametrize(
    ("sentence", "venue"),
    [
        ("The Elm Creek Association Board met on 16 October 2031 at the home of Petra Quillfeather.",
         "home of Petra Quillfeather"),
        ("The Board met on March 6, 2031 at 7:00 p.m. in the residence of Mrs. Dale Orr.", "residence of Mrs. Dale Orr"),
        ("A meeting of the Elm Creek Association, Inc. Board of Directors occurred on October\n16, 2031 at the home of "
         "Petra Quillfeather.", "home of Petra Quillfeather"),
    ],
)
def test_a_members_home_is_the_place(make_document, sentence: str, venue: str) -> None:
    text = f"ELM CREEK ASSOCIATION, INC.\nBOARD OF DIRECTORS MEETING\n{sentence}\n1. CALL TO ORDER\n"
    assert _meeting(make_document, text).venue == venue


def test_a_home_in_the_business_is_no_place(make_document) -> None:
    text = ("ELM CREEK ASSOCIATION, INC.\nMarch 6, 2031\nThe fire at the home of Tom Orr was reported to the Board.\n"
            "1. CALL TO ORDER\n")
    assert _meeting(make_document, text).venue is None


@pytest.mark.parametrize(
    ("opening", "venue"),
    [
        ("The Elmore County Board of Commissioners met in regular session on June 2, 2031 at 9:00 a.m. in the "
         "Commission Room of the Courthouse, Elmton, Westshire, with the following members present:",
         "Commission Room of the Courthouse, Elmton, Westshire"),
        ("A regular meeting of the Harrowgate Town Board was held on May 6, 2031 at 7:00 p.m. at the Town Hall, "
         "with all members present.", "Town Hall"),
    ],
)
def test_the_roll_ends_the_place(make_document, opening: str, venue: str) -> None:
    assert _meeting(make_document, f"{opening}\nAnn Vale, Chairman\nTom Orr\n").venue == venue


def test_with_inside_a_place_name_stays(make_document) -> None:
    text = "A regular meeting of the Harrowgate Town Board was held on May 6, 2031 at the Hall with Garden Room.\n"
    assert _meeting(make_document, text).venue == "Hall with Garden Room"


def test_title_wrapped_onto_of_lines_is_no_place(make_document) -> None:
    text = ("MINUTES OF THE PROCEEDINGS OF THE CITY COUNCIL\nOF THE CITY OF ELM CENTER IN THE COUNTY\n"
            "OF QUILL AND THE STATE OF NORTHLAND\nREGULAR SESSION\nMARCH 10, 2031\nCITY HALL – COUNCIL CHAMBERS\n"
            "1. CALL TO ORDER\n")
    assert _meeting(make_document, text).venue == "City Hall – Council Chambers"


@pytest.mark.parametrize(
    ("title", "body"),
    [
        ("SUMMARY OF ELMBURY CITY COUNCIL MEETING", "Elmbury City Council"),
        ("Summary of the Harrowgate Township Board Meeting", "Harrowgate Township Board"),
    ],
)
def test_summary_of_a_meeting_names_the_body(make_document, title: str, body: str) -> None:
    assert _meeting(make_document, f"{title}\nMarch 3, 2031 4:30 PM\n1. ROLL CALL: Present: Vale, Orr.\n").body == body


def test_summary_of_actions_is_no_body(make_document) -> None:
    meeting = _meeting(make_document, "SUMMARY OF ACTIONS\nMarch 3, 2031 4:30 PM\n1. ROLL CALL: Present: Vale, Orr.\n")
    assert meeting.body is None or "action" not in meeting.body.lower()


_TOWNSHIP = ("MINUTES OF THE REGULAR MEETING OF THE ELMWOOD TOWNSHIP BOARD\nMarch 4, 2031\n"
             "The meeting was called to order at 7:00 p.m. at the Township Hall.\nPresent: Supervisor Ann Vale\n"
             "1. MINUTES\nMotion carried.\n")


@pytest.mark.parametrize(
    "closing",
    [
        "Next regular meeting: 4/1/2031 at 7 pm.\nAdjourned at 8:15 pm.\n",
        "Next regular meeting: 4/1/31 at 7 pm.\nAdjourned at 8:15 pm.\n",
        "The meeting adjourned at 8:15 p.m. to April 1, 2031.\n",
        "The meeting was adjourned at 8:15 p.m., to Tuesday, April 1, 2031, at 7:00 p.m. in the Township Hall.\n",
    ],
)
def test_next_meeting_month_first_and_adjourned_at_to(make_document, closing: str) -> None:
    assert _meeting(make_document, _TOWNSHIP + closing).next_meeting == dt.date(2031, 4, 1)


def test_adjourned_at_to_reconvene_elsewhere_is_no_next_meeting(make_document) -> None:
    closing = "The meeting adjourned at 8:15 p.m. to the closed session on personnel.\n"
    assert _meeting(make_document, _TOWNSHIP + closing).next_meeting is None


@pytest.mark.parametrize(
    "sentence",
    [
        "A special meeting of the Elm Lake Association Board occurred on June 9, 2031 via ZOOM meeting.",
        "The Harrowgate Trust Board met on 9 June 2031 via Zoom.",
    ],
)
def test_platform_after_occurred_or_met(make_document, sentence: str) -> None:
    text = f"# ELM LAKE ASSOCIATION, INC.\n# SPECIAL BOARD MEETING\n{sentence}\n1. CALL TO ORDER\n"
    assert _meeting(make_document, text).venue == "Zoom"


def test_met_without_a_platform_names_no_place(make_document) -> None:
    text = ("# ELM LAKE ASSOCIATION, INC.\nThe Board met on June 9, 2031 and agreed to share the plan by email.\n"
            "1. CALL TO ORDER\n")
    assert _meeting(make_document, text).venue is None


@pytest.mark.parametrize(
    ("sentence", "start"),
    [
        ("President Ann Vale called the Annual Meeting of the Elm Lake Association (ELA) to order at 9:12 a.m.",
         dt.time(9, 12)),
        ("The Chair called the meeting of the Harrowgate Trust, Inc. to order at 7:02 p.m.", dt.time(19, 2)),
    ],
)
def test_called_to_order_through_a_bracketed_or_incorporated_name(make_document, sentence: str, start) -> None:
    text = f"# ELM LAKE ASSOCIATION, INC.\n# 2031 ANNUAL MEETING MINUTES\nJuly 12, 2031\n{sentence}\n1. Welcome\n"
    assert _meeting(make_document, text).start_time == start


def test_called_to_order_something_else_is_no_start(make_document) -> None:
    text = ("# ELM LAKE ASSOCIATION, INC.\nJuly 12, 2031\nThe Board called the Clerk to order the signs at 7 p.m. "
            "on Friday.\n1. Welcome\n")
    assert _meeting(make_document, text).start_time is None


@pytest.mark.parametrize(
    ("banner", "body"),
    [
        ("DRAFT-ELM LAKE ASSOCIATION, INC.", "Elm Lake Association, Inc"),
        ("UNAPPROVED: HARROWGATE RESIDENTS ASSOCIATION", "Harrowgate Residents Association"),
    ],
)
def test_status_glued_before_the_letterhead(make_document, banner: str, body: str) -> None:
    text = f"# {banner}\n# 2031 ANNUAL MEETING MINUTES\nJuly 12, 2031\nThe meeting opened at 9 a.m.\n"
    assert _meeting(make_document, text).body == body


def test_a_name_beginning_with_draft_keeps_it(make_document) -> None:
    text = "# DRAFTON RESIDENTS ASSOCIATION\n# 2031 ANNUAL MEETING MINUTES\nJuly 12, 2031\nThe meeting opened at 9 a.m.\n"
    assert _meeting(make_document, text).body == "Drafton Residents Association"


@pytest.mark.parametrize(
    ("closing", "expected"),
    [
        ("Ann Vale moved to adjourn, Tom Orr seconded the motion. The next meeting\nwill be April 23, 2031 at 5:30pm.\n",
         dt.date(2031, 4, 23)),
        ("Members agreed that the next regular meeting\non 12 April 2031 would be held in the Hall.\n",
         dt.date(2031, 4, 12)),
        ("The matter will be raised at the next meeting.\n2. Accounts to 12 April 2031 were noted.\n", None),
    ],
)
def test_next_meeting_sentence_wrapped_onto_the_next_line(make_document, closing: str, expected) -> None:
    assert _meeting(make_document, _TOWNSHIP + closing).next_meeting == expected


@pytest.mark.parametrize(
    ("closing", "end"),
    [
        ("On a motion made and seconded, the Board adjourned the meeting\nat 8:42 p.m.\n", dt.time(20, 42)),
        ("There being no further business the Chair adjourned the meeting\nat 9.05pm.\n", dt.time(21, 5)),
        ("The Chair adjourned the meeting.\nAt 8:30 p.m. the hall was locked by the caretaker.\n", None),
    ],
)
def test_adjourned_the_meeting_wrapped_before_its_time(make_document, closing: str, end) -> None:
    text = ("# ELMWOOD TOWNSHIP BOARD\nMarch 4, 2031\nThe meeting was called to order at 7:00 p.m.\n"
            "Present: Supervisor Ann Vale\n1. MINUTES\nMotion carried.\n" + closing)
    assert _meeting(make_document, text).end_time == end


@pytest.mark.parametrize(
    ("dateline", "later", "expected"),
    [
        ("Wednesday, May 28 at 6 p.m. via Zoom", "Tom Orr reported that as of May 19, 2031, the fund stood at $150.",
         dt.date(2031, 5, 28)),
        ("Monday 3rd March at 7.30pm", "The accounts to 28 February 2031 were received.", dt.date(2031, 3, 3)),
    ],
)
def test_yearless_dateline_takes_the_year_given_below(make_document, dateline: str, later: str, expected) -> None:
    text = (f"# Elm Lake Association Board of Directors Meeting\n{dateline}\n"
            f"Call to Order - board members Ann Vale and Tom Orr in attendance.\n{later}\n")
    assert _meeting(make_document, text).date == expected


def test_yearless_day_below_a_full_dateline_is_not_the_meeting(make_document) -> None:
    text = ("# Elm Lake Association Board of Directors Meeting\nMay 21, 2031\n"
            "Wednesday, May 28 was set for the road repairs.\n")
    assert _meeting(make_document, text).date == dt.date(2031, 5, 21)


@pytest.mark.parametrize(
    ("sentence", "venue"),
    [
        ("The Harrowgate Township Board met via teleconference.", "teleconference"),
        ("The Quillby Board of Trustees met by telephone conference call.", "telephone conference"),
    ],
)
def test_met_over_a_call(make_document, sentence: str, venue: str) -> None:
    text = f"# HARROWGATE TOWNSHIP BOARD\nMarch 4, 2031\n{sentence}\nThe meeting was called to order at 7:00 p.m.\n"
    assert _meeting(make_document, text).venue == venue


def test_met_a_person_by_call_outside_the_header_is_no_place(make_document) -> None:
    text = ("# HARROWGATE TOWNSHIP BOARD\nMarch 4, 2031\nThe meeting was called to order at 7:00 p.m. at the "
            "Township Hall.\nROLL CALL\nPresent: Ann Vale\n1. ROADS\nThe Supervisor met the engineer by video call.\n")
    assert _meeting(make_document, text).venue == "Township Hall"


@pytest.mark.parametrize(
    "opening",
    [
        "Mayor Vale called the meeting to order at 7:00 p.m. in the Council Chambers, 100 Harrow Street, with members "
        "participating in person and by Zoom.",
        "The Board met at 7:00 p.m. in the Council Chambers, 100 Harrow Street with board members attending remotely.",
    ],
)
def test_who_took_part_ends_the_place(make_document, opening: str) -> None:
    text = f"# ELMWOOD CITY COUNCIL\nMarch 4, 2031\n{opening}\nROLL CALL\n"
    assert _meeting(make_document, text).venue == "Council Chambers, 100 Harrow Street"


@pytest.mark.parametrize(
    ("location", "venue"),
    [
        ("Council Chambers - Hybrid\n60 Harrow Road West\nElmton, Ontario\nN0B 1A1",
         "Council Chambers - Hybrid, 60 Harrow Road West, Elmton, Ontario, N0B 1A1"),
        ("Township Hall\n12 Quill Street NW\nElmton, Northland 50999", "Township Hall, 12 Quill Street NW, Elmton, Northland 50999"),
    ],
)
def test_address_in_a_quarter_and_its_town_on_lines_of_their_own(make_document, location: str, venue: str) -> None:
    text = f"Council Meeting Minutes\nDate: May 26, 2031, 6:00 p.m.\nLocation:\n{location}\nMembers Present:\nMayor A. Vale\n"
    assert _meeting(make_document, text).venue == venue


def test_a_numbered_item_after_the_place_is_no_address(make_document) -> None:
    text = "Council Meeting Minutes\nDate: May 26, 2031, 6:00 p.m.\nLocation:\nCouncil Chambers\n60 Harrow Road West\n"
    text += "1. Call to Order\n"
    meeting = _meeting(make_document, text.replace("60 Harrow Road West\n", "2 Roads Report\n"))
    assert meeting.venue == "Council Chambers"


@pytest.mark.parametrize(
    ("rooms", "venue"),
    [
        ("Council Chambers\nElmbury Town Hall", "Council Chambers, Elmbury Town Hall"),
        ("COMMITTEE ROOM 2\nCIVIC CENTRE", "Committee Room 2, Civic Centre"),
    ],
)
def test_room_over_its_building(make_document, rooms: str, venue: str) -> None:
    text = f"Committee of the Whole Minutes\nJune 3, 2031, 7:00 p.m.\n{rooms}\nPresent:\nMayor Vale\n"
    assert _meeting(make_document, text).venue == venue


def test_room_over_a_body_keeps_the_room(make_document) -> None:
    text = "Minutes\nJune 3, 2031, 7:00 p.m.\nCouncil Chambers\nElmbury Planning Board\nPresent:\nAnn Vale\n"
    assert _meeting(make_document, text).venue == "Council Chambers"


@pytest.mark.parametrize(("line", "venue"), [("Electronic Meeting", "Electronic Meeting"), ("VIRTUAL MEETING", "Virtual Meeting")])
def test_online_meeting_line_under_the_dateline(make_document, line: str, venue: str) -> None:
    text = f"MINUTES\nWednesday, August 5, 2031\n4:00 PM\n{line}\nATTENDANCE: Mayor Vale, Councillor Orr\n"
    assert _meeting(make_document, text).venue == venue


def test_online_meeting_in_a_title_is_no_line_of_its_own(make_document) -> None:
    text = "MINUTES OF THE VIRTUAL MEETING OF ELMBURY TOWN COUNCIL\nWednesday, August 5, 2031\nATTENDANCE: Mayor Vale\n"
    assert _meeting(make_document, text).venue is None


@pytest.mark.parametrize(
    ("opening", "closing", "start", "end"),
    [
        ("Call to Order (5:30 p.m.)", "Adjournment (8:50 p.m.)", dt.time(17, 30), dt.time(20, 50)),
        ("1. CALL TO ORDER (7:02 PM)", "9. ADJOURNMENT (8:15 PM)", dt.time(19, 2), dt.time(20, 15)),
    ],
)
def test_times_in_brackets_after_the_headings(make_document, opening: str, closing: str, start, end) -> None:
    text = (f"Minutes of Elmbury City Council\nMonday, November 24, 2031\nAttendance\nCouncil: Mayor A. Vale\n{opening}\n"
            f"Mayor Vale called the meeting to order.\n2. Roads\nNoted.\n{closing}\n")
    meeting = _meeting(make_document, text)
    assert (meeting.start_time, meeting.end_time) == (start, end)


def test_bracket_after_adjournment_without_a_time(make_document) -> None:
    text = ("Minutes of Elmbury City Council\nMonday, November 24, 2031\nAttendance\nCouncil: Mayor A. Vale\n"
            "2. Roads\nNoted.\n9. ADJOURNMENT (2 minutes of silence were held first)\n")
    assert _meeting(make_document, text).end_time is None


@pytest.mark.parametrize(
    "closing",
    [
        "The Board adjourned at 8:15 p.m. The Board will reconvene on April 1, 2031 at 7:00 p.m.\n",
        "At 8:15 p.m. the meeting was recessed; Council shall reconvene Tuesday, April 1, 2031.\n",
    ],
)
def test_will_reconvene_on_a_day_is_the_next_meeting(make_document, closing: str) -> None:
    assert _meeting(make_document, _TOWNSHIP + closing).next_meeting == dt.date(2031, 4, 1)


def test_reconvening_the_same_evening_is_no_next_meeting(make_document) -> None:
    closing = "The Board went into closed session at 8:00 p.m. and will reconvene at 8:30 p.m.\n"
    assert _meeting(make_document, _TOWNSHIP + closing).next_meeting is None


@pytest.mark.parametrize(
    "sentence",
    [
        "The Board met on March 4, 2031 in the Township Hall; residents could also watch on Zoom.",
        "The Board met on March 4, 2031 at 7 p.m. Two residents joined by Zoom.",
        "Cllr Roe met the county officer on Zoom on 2 March.",
    ],
)
def test_met_somewhere_with_a_platform_mentioned_later_is_not_online(make_document, sentence: str) -> None:
    text = f"Harrowgate Township Board\nMinutes of the Regular Meeting\n{sentence}\nPresent: Petra Quillfeather.\n"
    assert _meeting(make_document, text).venue != "Zoom"


def test_met_on_a_day_and_hour_then_by_platform_is_online(make_document) -> None:
    text = ("Harrowgate Township Board\nMinutes of the Regular Meeting\n"
            "The Board met on Monday, 9 June 2031 at 7.30 p.m. via Zoom.\nPresent: Petra Quillfeather.\n")
    assert _meeting(make_document, text).venue == "Zoom"


@pytest.mark.parametrize(
    "business",
    [
        "The bench was deferred to the next meeting\n12 May 2031 is the deadline for the county grant bid.\n",
        "Cllr Roe will report on the bench at the next meeting\nand the clerk will write to the county by 12 April 2031.\n",
    ],
)
def test_next_meeting_named_as_a_reference_takes_no_date_from_the_next_line(make_document, business: str) -> None:
    text = ("Harrowgate Parish Council\nMinutes of the meeting held on 4 March 2031\n"
            f"Present: Cllr Petra Quillfeather, Cllr Dale Orr.\n5. Bench\n{business}")
    assert _meeting(make_document, text).next_meeting is None


def test_next_meeting_wrapped_before_its_date_is_read(make_document) -> None:
    text = ("Harrowgate Parish Council\nMinutes of the meeting held on 4 March 2031\nPresent: Cllr Dale Orr.\n"
            "The meeting closed at 9 pm. The next meeting\nwill be on 1 April 2031 in the Village Hall.\n")
    assert _meeting(make_document, text).next_meeting == dt.date(2031, 4, 1)


@pytest.mark.parametrize(
    "sentence",
    [
        "The clerk reported that the public inquiry into the Mill Farm appeal will reconvene on 3 June 2031.",
        "The Mill Farm hearing adjourned at 3 p.m. to 3 June 2031 for closing statements.",
    ],
)
def test_another_hearing_reconvening_is_no_next_meeting(make_document, sentence: str) -> None:
    text = ("Harrowgate Township Board\nMinutes of the Regular Meeting held on March 4, 2031\n"
            f"Present: Petra Quillfeather, Dale Orr.\n{sentence}\n")
    assert _meeting(make_document, text).next_meeting is None


def test_a_home_named_by_the_business_of_the_meeting_is_no_place(make_document) -> None:
    text = ("Harrowgate Township Board\nMinutes of the Regular Meeting\n"
            "The meeting on 4 March 2031 heard of the fire at the home of Mr Dale Orr.\nPresent: Petra Quillfeather.\n")
    assert _meeting(make_document, text).venue is None


@pytest.mark.parametrize(
    ("sentence", "start"),
    [
        ("The meeting was called to order at Elmwood Elementary School at 7:01 p.m.", dt.time(19, 1)),
        ("Mayor Ada Ferrow called the meeting to order at the Quillbrook Community Hall at 6:32 p.m.", dt.time(18, 32)),
    ],
)
def test_called_to_order_at_a_place_then_at_the_time(make_document, sentence: str, start: dt.time) -> None:
    document = make_document(
        "Elmwood City Council Meeting Minutes\nMarch 4, 2031\nCALL TO ORDER AND ROLL CALL\n"
        f"{sentence}\nPresent: Mayor Ada Ferrow\n"
    )
    assert extract_meeting(document, kind="minutes").start_time == start


@pytest.mark.parametrize("separator", ["·", "|"])
def test_a_dateline_set_apart_by_dots_or_bars_gives_the_place(make_document, separator: str) -> None:
    document = make_document(
        "CITY OF ELMWOOD\n"
        "Common Council Regular Meeting Minutes\n"
        f"Monday, March 3, 2031 {separator} 7:30 p.m. {separator} Council Chamber, City Hall, 12 Main Street\n"
        "1. Call to order\n"
    )
    meeting = extract_meeting(document, kind="minutes")
    assert meeting.venue == "Council Chamber, City Hall, 12 Main Street"
    assert meeting.start_time == dt.time(19, 30)
