"""Bodies named by their organisation: shires and regions, a club's or association's committee, a society's
letterhead; and end times given as labels."""

from __future__ import annotations

import datetime as dt

import pytest

from minutebook.extract.meeting import extract_meeting


def _meeting(make_document, text):
    return extract_meeting(make_document(text), kind="minutes")


@pytest.mark.parametrize(
    ("text", "body"),
    [
        # A running header over the banner, then the council's own heading.
        ("Ordinary Council: Minutes\n\nShire of Elmvale\n\nOrdinary Council\nTuesday 22 November 2016\nMINUTES\n\n"
         "1. DECLARATION OF OPENING\n", "Shire of Elmvale Council"),
        ("SHIRE OF BRACKENRIDGE\nMinutes of the Council meeting held on 4 March 2019 at 2.00pm\n\nPresent: Cr A Lee\n",
         "Shire of Brackenridge Council"),
        ("REGIONAL MUNICIPALITY OF FERNHILL\nMinutes of the Council meeting held on 4 March 2019\n\nPresent: Ann Lee\n",
         "Regional Municipality of Fernhill Council"),
    ],
)
def test_council_takes_its_shire_or_region(make_document, text, body) -> None:
    assert _meeting(make_document, text).body == body


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Elmfield Residents Association\nMinutes of Committee Meeting\nTuesday 3 March 2020, 7.30pm, Elmfield Hall\n\n"
         "Present: Ann Lee (Chair), Bob Ash\n", "Elmfield Residents Association Committee"),
        ("Elmside Bowls Club\nCommittee Meeting Minutes - 14 June 2022\n\nPresent: A Lee, B Ash\n",
         "Elmside Bowls Club Committee"),
        ("HOLLYBANK TENANTS' ASSOCIATION\nMinutes of the Executive Committee meeting held on 2 May 2018\n\nPresent: A Lee\n",
         "Hollybank Tenants' Association Executive Committee"),
        # an ampersand joins the organisation's name
        ("Elm Ratepayers & Residents Association Inc.\nCommittee Meeting Minutes\n4 March 2031\n\nPresent: Ann Lee\n",
         "Elm Ratepayers & Residents Association Inc Committee"),
        ("ELM VALE BOWLS & TENNIS CLUB\nMinutes of Committee Meeting\n4 March 2031\n\nPresent: A Lee\n",
         "Elm Vale Bowls & Tennis Club Committee"),
        # the record's name after a dash
        ("ELM VALLEY RESIDENTS' ASSOCIATION\nCommittee Meeting – Minutes\nTuesday 4 March 2031, 7.30pm\n\nPresent: A Lee\n",
         "Elm Valley Residents' Association Committee"),
        ("Fernside Allotment Society\nCommittee Meeting - Notes\n4 March 2031\n\nPresent: A Lee\n",
         "Fernside Allotment Society Committee"),
    ],
)
def test_bare_committee_takes_its_organisation(make_document, text, body) -> None:
    assert _meeting(make_document, text).body == body


def test_bare_committee_under_a_pack_label_stays_bare(make_document) -> None:
    meeting = _meeting(make_document, "Public Document Pack\nMinutes of Committee Meeting\n5 May 2015\n\nPresent: A Ash\n")
    assert meeting.body == "Committee"


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("ELMTOWN HISTORICAL SOCIETY\nMinutes of the Annual General Meeting\nheld on 12 April 2018 at the Library\n\n"
         "Present: 23 members\n", "Elmtown Historical Society"),
        ("Fernbury Allotment Association\nMinutes of the AGM, 3 May 2019\n\nPresent: A Lee, B Ash\n",
         "Fernbury Allotment Association"),
    ],
)
def test_organisation_letterhead_names_the_body(make_document, text, body) -> None:
    assert _meeting(make_document, text).body == body


def test_club_named_where_the_meeting_was_held_is_no_body(make_document) -> None:
    meeting = _meeting(make_document, "Minutes of the meeting held on 4 May 2019\nElmside Social Club\n\nPresent: A Lee\n")
    assert meeting.body != "Elmside Social Club"


_HEAD = "ELM PARISH COUNCIL\nMinutes of the meeting held on 4 March 2021 at 7.30pm in the Village Hall\n\nPresent: Cllr A Lee\n\n"


@pytest.mark.parametrize(
    ("closing", "end"),
    [
        ("Meeting end 8.45 pm", dt.time(20, 45)),
        ("Meeting Closed: 21.20", dt.time(21, 20)),
        ("The meeting was declared closed at 9.40 pm.", dt.time(21, 40)),
        ("Time of closure: 9.10pm", dt.time(21, 10)),
        ("12. End of meeting – 21.05", dt.time(21, 5)),
        ("Closure at 9:50 pm", dt.time(21, 50)),
        ("Meeting adjourned at 9.52", dt.time(21, 52)),
        ("The meeting was adjourned at 21.05.", dt.time(21, 5)),
    ],
)
def test_end_time_labels(make_document, closing, end) -> None:
    assert _meeting(make_document, _HEAD + "1. Apologies\nNone.\n\n" + closing + "\n").end_time == end


@pytest.mark.parametrize(
    "line", ["Closure of Elm Lane from 9am on 3 May was noted.", "Meeting closed: item 4.2 was deferred."]
)
def test_closure_words_without_a_closing_time(make_document, line) -> None:
    assert _meeting(make_document, _HEAD + "1. Highways\n" + line + "\n").end_time is None


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Page 1\n\nPresent: Councillors A Lee (Chair), B Ash\n\n1. Minutes\nAgreed.\n\x0cLicensing Sub-Committee 4 June 2018\n"
         "Page 2\n2. Licences\nNoted.\n\x0cLicensing Sub-Committee 4 June 2018\nPage 3\n3. Close\nClosed at 8.10pm\n",
         "Licensing Sub-Committee"),
        ("Present: Ann Lee, Bob Ash\n\n1. Accounts\nAgreed.\n\x0cELMBURY HARBOUR BOARD | Page 2\n2. Moorings\nNoted.\n"
         "\x0cELMBURY HARBOUR BOARD | Page 3\n3. Close\n", "Elmbury Harbour Board"),
    ],
)
def test_body_named_only_in_the_running_header(make_document, text, body) -> None:
    assert _meeting(make_document, text).body == body


def test_running_header_seen_once_names_no_body(make_document) -> None:
    text = "Present: Ann Lee\n\n1. Accounts\nAgreed.\n\x0cHighways Board report\n2. Moorings\nNoted.\n"
    assert _meeting(make_document, text).body is None


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("The members of the Elm Park Friends Group met at the Lodge on 4 May 2019 at 7pm.\nPresent: Ann Lee\n",
         "Elm Park Friends Group"),
        ("On Monday 3 June 2019 the Brackley Residents Association held its monthly meeting at the Scout Hut.\n"
         "Present: Ann Lee\n", "Brackley Residents Association"),
        ("Minutes of Trustees of The Friends of Elmbury Library\nMeeting of 4th August 2015\nPresent; Ann Lee, Chair\n",
         "Trustees of The Friends of Elmbury Library"),
    ],
)
def test_organisation_named_in_the_opening_sentence_or_title(make_document, text, body) -> None:
    assert _meeting(make_document, text).body == body


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("MINUTES\nFernlake and Usher Lake Association\nAnnual General Meeting – Rupert Hall\nJuly 5, 2008\n\n"
         "1. Constitution of Meeting\n", "Fernlake and Usher Lake Association"),
        ("Lac Vert - Usher Lake Property Owners Association\nAnnual General Meeting\nJuly 11, 2009\n"
         "Board Members Present: Ann Lee\n", "Lac Vert - Usher Lake Property Owners Association"),
    ],
)
def test_organisation_letterhead_under_the_record_title_or_with_a_dash(make_document, text, body) -> None:
    assert _meeting(make_document, text).body == body


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("MINUTES\nSELECT BOARD\nTown of Fernham, Vermont\nMarch 3, 2020\n\nPresent: Ann Lee, Bob Ash\n",
         "Town of Fernham Select Board"),
        ("Board of Selectmen\nTOWN OF ELMHURST\nRegular Meeting\nMarch 3, 2020\n\nPresent: Ann Lee\n",
         "Town of Elmhurst Board of Selectmen"),
    ],
)
def test_municipality_named_under_the_boards_heading(make_document, text, body) -> None:
    assert _meeting(make_document, text).body == body


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Elmwood School District No. 12\nRegular Board Meeting\nMarch 3, 2020\n\nPresent: Ann Lee, Bob Ash\n",
         "Elmwood School District No. 12 Board"),
        ("Fernhill Fire Protection District #4\nBoard of Directors\nMinutes\nMarch 3, 2020\n\nPresent: Ann Lee\n",
         "Fernhill Fire Protection District #4 Board of Directors"),
    ],
)
def test_numbered_district_over_its_board(make_document, text, body) -> None:
    assert _meeting(make_document, text).body == body


@pytest.mark.parametrize(
    ("text", "body"),
    [
        # a letterhead's name wrapped beside a grid of the meeting's date and time, read row by row
        ("CITY OF ELMPORT\nMeeting Date March 3, 2020\nELMSIDE COMMUNITY\nMeeting Time 6:30 PM\nBOARD No. 7\n"
         "Meeting Location Fern Hall\n\nMarch 2020 Full Board Meeting Minutes\n", "Elmside Community Board No. 7"),
        ("ELMSIDE COMMUNITY\nBOARD #2\nMinutes of the meeting held on 3 March 2020\n\nPresent: Ann Lee\n",
         "Elmside Community Board #2"),
    ],
)
def test_numbered_board_under_its_wrapped_name(make_document, text, body) -> None:
    assert _meeting(make_document, text).body == body


def test_a_numbered_board_with_no_name_above_stays_as_written(make_document) -> None:
    # look-alike: nothing above the numbered board names it, so the number is kept and nothing is invented
    text = "Meeting Date March 3, 2020\nBOARD No. 7\nMinutes\n\nPresent: Ann Lee\n"
    assert _meeting(make_document, text).body in {"BOARD No. 7", "Board No. 7"}


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Minutes\nElmwood Neighborhood Association General Meeting\nMarch 3, 2020, 7pm, Fernham Church\n\n"
         "Board present: Ann Lee, Bob Ash\n", "Elmwood Neighborhood Association"),
        ("ELM PARISH COUNCIL\nMinutes of the meeting held on 3 March 2020\nCouncillors present: A Lee, B Ash\n",
         "Elm Parish Council"),
    ],
)
def test_members_present_label_names_no_body(make_document, text, body) -> None:
    assert _meeting(make_document, text).body == body


@pytest.mark.parametrize(
    ("heading", "body"),
    [
        ("ELM TOWNSHIP\nRegular Meeting Minutes", "Elm Township"),
        ("Fernhill Fire District\nRegular Meeting Minutes", "Fernhill Fire District"),
        ("Elmdale Borough\nMinutes of the Council Meeting", "Elmdale Borough"),
        ("Fernham Selectboard\nMeeting Minutes", "Fernham Selectboard"),
    ],
)
def test_municipality_or_district_named_before_its_kind(make_document, heading, body) -> None:
    text = f"{heading}\nMarch 3, 2020\n\nPresent: Ann Lee, Bob Ash\n\n1. Minutes\nApproved.\n"
    assert _meeting(make_document, text).body == body


def test_place_in_a_sentence_is_no_municipal_banner(make_document) -> None:
    text = "Minutes\nheld in the hall of elm township\nMarch 3, 2020\n\nPresent: Ann Lee\n"
    assert _meeting(make_document, text).body is None


@pytest.mark.parametrize(
    "text",
    [
        "[Main Page](Main Page) -\\> [Meetings](Meetings)\n-\\> [Board Meeting Minutes](Board Meeting Minutes)\n\n"
        "Minutes 2015-12-09\n\nPresent: Ann Lee\n",
        "Annual Meeting 2016-06-11 Minutes\n\n-   Ann Lee, President\n-   Bob Ash, Floating Board Member\n",
        "## Purpose\n\nAt the annual meeting, the voting members shall elect the Board of\nDirectors.\n\nPresent: Ann Lee\n",
    ],
)
def test_links_people_and_rules_name_no_body(make_document, text) -> None:
    body = _meeting(make_document, text).body
    assert body is None or ("](" not in body and "," not in body and "shall" not in body)


@pytest.mark.parametrize(
    "text",
    [
        # an executive session and the motion to enter it name no body
        "Regular Meeting\nMarch 9, 2031\nAgenda\nExecutive Session\nMotion to enter executive session.\n"
        "Recognitions\n",
        "Special Meeting\n9 March 2031\nClosed Executive Session\nMoved to adjourn into executive session.\n",
    ],
)
def test_an_executive_session_or_a_motion_names_no_body(make_document, text) -> None:
    body = _meeting(make_document, text).body
    assert body is None or ("session" not in body.lower() and not body.lower().startswith("mov"))


def test_items_numbered_with_their_sections_letter_end_the_header(make_document) -> None:
    text = ("ELM VALLEY BOARD OF EDUCATION\nRegular Meeting\nMarch 9, 2031\n1.A Pledge of Allegiance\n"
            "6.A Board Committee Reports\n")
    assert _meeting(make_document, text).body == "Elm Valley Board of Education"


def test_an_executive_committee_is_still_a_body(make_document) -> None:
    # look-alike: "Executive" naming a committee, not a session
    text = "ELMSIDE ROWING CLUB\nExecutive Committee\nMinutes of the meeting held on 3 March 2031\nPresent: Ann Lee\n"
    assert _meeting(make_document, text).body == "Elmside Rowing Club Executive Committee"


@pytest.mark.parametrize(
    ("text", "body"),
    [
        # A school's parents' group, a club's supporters or an owners' association, named by a word of their own over the
        # meeting's title.
        ("Ridgeview High School Band Boosters\nMinutes of the General Membership Meeting\nMarch 4, 2031\n\n"
         "Attendees: Ann Lee, Bo Day\n", "Ridgeview High School Band Boosters"),
        ("Oakdale Elementary PTA\nMinutes of the General Meeting\nMarch 4, 2031\n\nPresent: Ann Lee, Bo Day.\n",
         "Oakdale Elementary PTA"),
        # An owners' association by its initials, over an annual meeting of its members (no board named).
        ("Pine Ridge POA\nMinutes of the Annual Meeting\nMarch 4, 2031\n\nPresent: Ann Lee, Bo Day.\n", "Pine Ridge POA"),
    ],
)
def test_a_parents_group_or_boosters_letterhead_names_the_body(make_document, text, body) -> None:
    assert _meeting(make_document, text).body == body


def test_a_title_with_no_organisations_word_names_no_body(make_document) -> None:
    # The near miss: a heading that names only the school, no group of its own, is not taken for a body.
    text = "Ridgeview High School\nNotes from the Spring Open Evening\nMarch 4, 2031\n\nAttendees: Ann Lee, Bo Day\n"
    assert _meeting(make_document, text).body is None
