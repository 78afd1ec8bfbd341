"""US minutes kept on their agenda: capitals parts of the meeting among business numbered straight through, the
opening heading right under the title lines, and speakers' residence lines that are no items.

Every document here is invented; each rule is written in at least two forms, with a near miss it must not take.
"""

from __future__ import annotations

import pytest

from minutebook.extract.items import extract_items


def _items(make_document, text, name="inline.txt"):
    return [(item.number, item.title) for item in extract_items(make_document(text, name=name))]


def _agenda_minutes(recess: str, adjourn: str) -> str:
    return (
        "CITY OF HARROWGATE\nMinutes of the Regular Meeting of the City Council\nMarch 4, 2031\n"
        "CALL TO ORDER\nMINUTES: Mayor Petra Quillfeather called the meeting to order at 6:00 P.M.\n"
        "CEREMONIAL PRESENTATIONS\n"
        "1. Certificate of Recognition Presented to the Fernbank Rowing Club\n"
        "MINUTES: The Mayor presented the certificate.\n"
        "2. Proclamation Declaring April 2031 as Library Month\n"
        "MINUTES: The Mayor read the proclamation.\n"
        "PUBLIC COMMENTS — Members of the public may address the City Council on any item.\n"
        "MINUTES: The following speakers addressed the City Council:\n"
        "1. Tom Birch spoke regarding the street lights on Quarry Lane.\n"
        "2. Ann Roe requested more parking downtown.\n"
        "3. An unidentified speaker spoke in support of the library.\n"
        "CONSENT CALENDAR\nMINUTES: At 6:40 P.M. the Consent Calendar was considered.\n"
        "5. Excused Absences\nRecommended Action: Excuse the absent members.\n"
        "6. Minutes from the Regular Meeting of February 18, 2031\nRecommended Action: Approve minutes.\n"
        f"{recess}\n"
        "7. Agreement with Fernbank Paving for Street Repairs\nRecommended Action: Approve the agreement.\n"
        "END OF CONSENT CALENDAR\n"
        f"{adjourn}\nMINUTES: The meeting adjourned at 8:00 P.M.\n"
    )


_EXPECTED = [
    (None, "CALL TO ORDER"), (None, "CEREMONIAL PRESENTATIONS"),
    ("1", "Certificate of Recognition Presented to the Fernbank Rowing Club"),
    ("2", "Proclamation Declaring April 2031 as Library Month"),
    (None, "PUBLIC COMMENTS"), (None, "CONSENT CALENDAR"),
    ("5", "Excused Absences"), ("6", "Minutes from the Regular Meeting of February 18, 2031"),
    (None, "RECESS"), ("7", "Agreement with Fernbank Paving for Street Repairs"), (None, "ADJOURNMENT"),
]


@pytest.mark.parametrize(
    ("recess", "adjourn"),
    [
        ("RECESS — City Council will recess to Closed Session.", "ADJOURNMENT — Adjourn the City Council meeting."),
        ("RECESS", "ADJOURNMENT"),
    ],
)
def test_capitals_parts_of_the_meeting_are_items_among_numbered_business(make_document, recess, adjourn):
    assert _items(make_document, _agenda_minutes(recess, adjourn)) == _EXPECTED


def test_a_banner_with_a_time_and_an_end_of_part_line_are_no_items(make_document):
    text = _agenda_minutes("RECESS", "ADJOURNMENT").replace(
        "March 4, 2031\n", "March 4, 2031\nCLOSED SESSION MEETING - 4:00 P.M.\n"
    )
    assert _items(make_document, text) == _EXPECTED


def test_two_capitals_headings_among_numbered_items_stay_text(make_document):
    # One capitals agenda heading and an adjournment are not enough to make the parts of a meeting items.
    text = (
        "CITY OF HARROWGATE\nMinutes of the Regular Meeting of the City Council\nMarch 4, 2031\n"
        "Present: Mayor Petra Quillfeather, Councilmembers Lee and Hart.\n"
        "1. Excused Absences\nThe Council excused Councilmember Vale.\n"
        "CONSENT CALENDAR\nThe Council approved the consent calendar.\n"
        "2. Agreement with Fernbank Paving for Street Repairs\nThe Council approved the agreement.\n"
    )
    assert _items(make_document, text) == [
        ("1", "Excused Absences"), ("2", "Agreement with Fernbank Paving for Street Repairs"),
    ]


def _sectioned(opening: str) -> str:
    return (
        "# Ashby Creek City Council Meeting Minutes\n\n## March 4, 2031\n\n"
        f"## {opening}\n\nThe meeting was called to order at 7:00 p.m. Mayor Vale declared a quorum.\n\n"
        "## CONSENT AGENDA\n\n### 1. Minutes from February 4, 2031 Meeting\n\nApproved 4-0.\n\n"
        "### 2. February Financials\n\nApproved 4-0.\n\n"
        "## NEW BUSINESS\n\n### 1. Park Mowing Contract\n\nApproved 4-0.\n\n"
        "## ADJOURNMENT\n\nThe meeting was adjourned at 8:10 p.m.\n"
    )


_SECTIONED_TAIL = [
    (None, "CONSENT AGENDA"), ("1", "Minutes from February 4, 2031 Meeting"), ("2", "February Financials"),
    (None, "NEW BUSINESS"), ("1", "Park Mowing Contract"), (None, "ADJOURNMENT"),
]


@pytest.mark.parametrize("opening", ["CALL TO ORDER AND ROLL CALL", "ROLL CALL"])
def test_the_opening_heading_under_the_title_lines_is_the_first_item(make_document, opening):
    assert _items(make_document, _sectioned(opening), name="inline.md") == [(None, opening)] + _SECTIONED_TAIL


def test_a_heading_under_the_title_lines_that_opens_nothing_stays_a_title(make_document):
    assert _items(make_document, _sectioned("REGULAR SESSION"), name="inline.md") == _SECTIONED_TAIL


def _hearing(speakers: list[str]) -> str:
    said = "\n".join(f"**{speaker}**\nThe speaker asked for longer hours." for speaker in speakers)
    return (
        "# TOWN OF BRACKEN FALLS\n\nApril 3, 2031\n\n"
        "## CALL TO ORDER\n\nMayor Ann Vale called the meeting to order at 7:00 p.m.\n\n"
        "## CONSENT AGENDA\n\n1. Minutes of March 20, 2031\n2. Payment of bills\n\n"
        f"## NEW BUSINESS\n\n1. Hearing on the boat ramp hours\nThe clerk read the notice.\n{said}\n\n"
        "## OLD BUSINESS\n\n1. Grader lease\nMotion carried.\n\n"
        "## ADJOURNMENT\n\nThe meeting adjourned at 8:00 p.m.\n"
    )


_HEARING = [
    (None, "CALL TO ORDER"), (None, "CONSENT AGENDA"), ("1", "Minutes of March 20, 2031"), ("2", "Payment of bills"),
    (None, "NEW BUSINESS"), ("1", "Hearing on the boat ramp hours"),
]
_HEARING_TAIL = [(None, "OLD BUSINESS"), ("1", "Grader lease"), (None, "ADJOURNMENT")]


@pytest.mark.parametrize(
    "speakers",
    [
        ["Nora Quill 5255 Fernbank Road, Lowmoor, OR", "Abel Stone – 19 Heron Court, Lowmoor, OR"],
        ["Colin Lane, 4455 Tarn Way, Lake Ashby, OR.", "Dee Ellen Park, 12 Mill Road, Lowmoor, OR"],
    ],
)
def test_speakers_with_their_residence_are_not_items(make_document, speakers):
    assert _items(make_document, _hearing(speakers), name="inline.md") == _HEARING + _HEARING_TAIL


@pytest.mark.parametrize("title", ["Public Hearing 12 Main Street, Lowmoor, OR", "Lot Split, 1200 Mill Road, Lowmoor, OR"])
def test_titles_naming_a_residence_stay_items(make_document, title):
    text = (
        "# Village of Ash Hollow\n\nMinutes, April 3, 2031\n\nPresent: Mayor Ann Vale, Trustees Lee and Hart.\n\n"
        f"**{title}**\nThe clerk read the notice.\n**Road Report**\nThe grader was serviced.\n"
    )
    assert _items(make_document, text, name="inline.md") == [(None, title), (None, "Road Report")]


def _consent(item_24: str, recommendation: str, address: str) -> str:
    return (
        "CITY OF HARROWGATE\nMinutes of the Regular Meeting of the City Council\n"
        f"{address}\nMarch 4, 2031\n"
        "CALL TO ORDER\nMINUTES: Mayor Petra Quillfeather called the meeting to order at 6:00 P.M.\n"
        "CONSENT CALENDAR\nMINUTES: At 6:40 P.M. the Consent Calendar was considered.\n"
        "23. Excused Absences\nRecommended Action: Excuse the absent members.\n"
        f"{item_24}\nDepartment(s): Public Works Agency\n{recommendation}\n"
        "25. Agreement with Fernbank Paving for Street Repairs\nRecommended Action: Approve the agreement.\n"
        "ADJOURNMENT\nMINUTES: The meeting adjourned at 8:00 P.M.\n"
    )


@pytest.mark.parametrize(
    "recommendation",
    [
        "Recommended Action:\n1. Approve an appropriation adjustment of $75,000 in the grant account.\n"
        "2. Authorize the City Manager to execute the agreement with the County.",
        "Staff Recommendation:\n1) Adopt a resolution accepting the grant.\n2) Determine that the actions are exempt\n"
        "from further environmental review.\n3) Authorize the Finance Director to file the claim.",
    ],
)
@pytest.mark.parametrize(
    ("item_24", "title_24"),
    [
        ("24. Memorandum of Understanding with the Ashby Teachers Union Local\n"
         "644 Part-Time Civil Service Employees Unit", "Memorandum of Understanding with the Ashby Teachers Union Local"),
        ("24. Grant Agreement for the Quarry Lane Rehabilitation Project", "Grant Agreement for the Quarry Lane Rehabilitation Project"),
    ],
)
def test_a_recommendations_numbered_parts_and_a_wrapped_number_are_no_items(
    make_document, recommendation, item_24, title_24
):
    items = _items(make_document, _consent(item_24, recommendation, "22 Civic Center Plaza Harrowgate, CA 90210"))
    assert [number for number, _ in items] == [None, None, "23", "24", "25", None]
    assert items[3][1].startswith(title_24)


def test_a_numbered_line_after_a_recommendation_that_counts_on_is_an_item(make_document):
    # Near miss: "Recommended Action: Approve …" run in on its line, then the next item "24.": no part 1 follows.
    items = _items(make_document, _consent("24. Grant Agreement for the Quarry Lane Project",
                                           "Recommended Action: Approve the agreement.", "City Hall"))
    assert [number for number, _ in items] == [None, None, "23", "24", "25", None]


@pytest.mark.parametrize("address", ["22 Civic Center Plaza Harrowgate, CA 90210", "415 Fernbank Road Lowmoor, OR 97001-2231"])
def test_a_postal_address_with_its_town_and_zip_is_no_item(make_document, address):
    items = _items(make_document, _consent("24. Grant Agreement", "Recommended Action: Approve it.", address))
    assert all(not title.startswith(address.split(None, 1)[1]) for _, title in items)


def _two_marks(top: str, sub: str) -> str:
    return (
        "HARROWGATE LICENSING BOARD\nMarch 4, 2031\nUnapproved Minutes\n"
        "The Board met at 1:00 p.m. with members Petra Quillfeather and Tom Birch present.\n"
        f"1{top} Board Chair – Quillfeather offered brief remarks.\n"
        f"2{top} Advisory Opinions –\n1{sub} None\n"
        f"3{top} The board was briefed on cases and took action as indicated:\n"
        f"1{sub} Fernbank, Ann (31-EB-0012 – Part 4 – City of Lowmoor 2/1/31). A motion by Birch to approve\n"
        "the dismissal order. Unanimously approved, 2-0.\n"
        f"2{sub} Quarry, Lee (31-EB-0015 – Part 5 – Ashby School Board 2/9/31). A motion by Birch to\n"
        "approve the acceptance order. Unanimously approved, 2-0.\n"
        f"4{top} Matters Withdrawn. No Action -\n"
        f"1{sub} Marlin, Joe (31-EB-0017 – Part 5 – Ashby County 2/12/31) withdrawn\n"
        f"5{top} Committee Reports\n"
        "The next meeting will be April 1, 2031.\n"
    )


_TWO_MARKS = [
    ("1", "Board Chair"), ("2", "Advisory Opinions"), ("3", "The board was briefed on cases and took action as indicated"),
    ("3.1", "Fernbank, Ann (31-EB-0012 – Part 4 – City of Lowmoor 2/1/31). A motion by Birch to approve"),
    ("3.2", "Quarry, Lee (31-EB-0015 – Part 5 – Ashby School Board 2/9/31). A motion by Birch to"),
    ("4", "Matters Withdrawn. No Action"),
    ("4.1", "Marlin, Joe (31-EB-0017 – Part 5 – Ashby County 2/12/31) withdrawn"), ("5", "Committee Reports"),
]


@pytest.mark.parametrize(("top", "sub"), [(")", "."), (".", ")")])
def test_two_marks_number_items_and_their_parts(make_document, top, sub):
    assert _items(make_document, _two_marks(top, sub)) == _TWO_MARKS


def test_points_that_do_not_start_again_under_each_item_are_no_outline(make_document):
    # Near miss: the second run of points goes on from the first ("2." under item 4), so the marks make no outline.
    text = _two_marks(")", ".").replace("1. Marlin, Joe", "3. Marlin, Joe")
    assert ("4.1", _TWO_MARKS[6][1]) not in _items(make_document, text)
    assert ("3.2", _TWO_MARKS[4][1]) not in _items(make_document, text)


@pytest.mark.parametrize(("top", "sub"), [(")", "."), (".", ")")])
def test_a_run_starting_again_under_a_part_is_that_parts_own(make_document, top, sub):
    text = _two_marks(top, sub).replace(
        f"5{top} Committee Reports\n",
        f"5{top} Committee Reports\n1{sub} Communications – No report\n2{sub} Rules –\n"
        f"1{sub} The Board discussed the proposal to delete two rules.\n"
        f"2{sub} The Board discussed the proposal on timely compliance.\n",
    )
    assert _items(make_document, text)[-5:] == [
        ("5", "Committee Reports"), ("5.1", "Communications"), ("5.2", "Rules"),
        ("5.2.1", "The Board discussed the proposal to delete two rules."),
        ("5.2.2", "The Board discussed the proposal on timely compliance."),
    ]


@pytest.mark.parametrize(
    ("line", "title"),
    [("PLEDGE OF ALLEGIANCE Ann Roe, Parks Director", "PLEDGE OF ALLEGIANCE"), ("INVOCATION Pastor Lee Hart", "INVOCATION")],
)
def test_a_capitals_part_before_who_led_it_is_an_item(make_document, line, title):
    text = _agenda_minutes("RECESS", "ADJOURNMENT").replace("CEREMONIAL PRESENTATIONS\n", f"{line}\nCEREMONIAL PRESENTATIONS\n")
    assert _items(make_document, text) == [*_EXPECTED[:1], (None, title), *_EXPECTED[1:]]


def test_a_capitals_banner_before_a_name_is_no_item(make_document):
    # Near miss: capitals naming no part of a meeting ("HARROWGATE RECREATION" before "Ann Roe, Director").
    line = "HARROWGATE RECREATION Ann Roe, Director"
    text = _agenda_minutes("RECESS", "ADJOURNMENT").replace("CEREMONIAL PRESENTATIONS\n", f"{line}\nCEREMONIAL PRESENTATIONS\n")
    assert _items(make_document, text) == _EXPECTED


@pytest.mark.parametrize(
    ("first", "rest", "title"),
    [
        ("CONFERENCE WITH LEGAL COUNSEL - EXISTING LITIGATION pursuant to", "Paragraph (1) of Section 54956.9",
         "CONFERENCE WITH LEGAL COUNSEL - EXISTING LITIGATION pursuant to Paragraph (1) of Section 54956.9"),
        ("Certificate of Recognition presented by the Mayor to Ann Roe", "for Outstanding Contributions to Public Safety",
         "Certificate of Recognition presented by the Mayor to Ann Roe for Outstanding Contributions to Public Safety"),
    ],
)
def test_a_number_set_between_a_titles_two_lines_is_one_item(make_document, first, rest, title):
    text = _agenda_minutes("RECESS", "ADJOURNMENT").replace(
        "5. Excused Absences\n", f"{first}\n5.\n{rest}\nMINUTES: The item was heard.\n"
    )
    assert ("5", title) in _items(make_document, text)


@pytest.mark.parametrize("before", ["The Council considered the calendar.", "MINUTES: At 6:40 P.M. the calendar was heard:"])
def test_a_number_alone_after_a_finished_line_joins_nothing_to_it(make_document, before):
    # Near miss: the line before the number ends on a stop, so it is no first line of the item's title.
    text = _agenda_minutes("RECESS", "ADJOURNMENT").replace("5. Excused Absences\n", f"{before}\n5.\nfor the absent members\n")
    assert all(not title.startswith(before[:20]) for _, title in _items(make_document, text))


def test_a_speaker_split_by_a_number_alone_is_no_item(make_document):
    text = _agenda_minutes("RECESS", "ADJOURNMENT").replace(
        "3. An unidentified speaker spoke in support of the library.\n",
        "Nora Quill (translation: Spanish) invited all to attend a\n3.\nwomen's event at the library.\n",
    )
    assert _items(make_document, text) == _EXPECTED


@pytest.mark.parametrize("mark", [".", ")"])
def test_the_number_after_a_split_title_goes_on_the_same_way(make_document, mark):
    text = _agenda_minutes("RECESS", "ADJOURNMENT").replace(
        "5. Excused Absences\n",
        f"Certificate of Recognition presented by the Mayor to Ann Roe\n5{mark}\nfor Outstanding Service\n"
        "MINUTES: The Mayor presented the certificate.\n",
    ).replace(
        "6. Minutes from the Regular Meeting of February 18, 2031\n",
        f"6{mark} Proclamation presented by Councilmember Hart to Lee Vale for\nOutstanding Contributions to the Community\n",
    )
    assert ("6", "Proclamation presented by Councilmember Hart to Lee Vale for Outstanding Contributions to the Community") in (
        _items(make_document, text)
    )


@pytest.mark.parametrize(
    "label",
    [
        "Recommendations: the committee's recommendations to Council are shown in bold.",
        "Recommendation:\nThe committee's recommendations to Council are shown in bold.",
    ],
)
def test_a_recommendation_label_before_the_business_counts_no_items_away(make_document, label):
    # Near miss: a label run in with its sentence, or one with a line between it and "1.", has no numbered parts;
    # and the text under "1. Apologies" would end any count before "2.".
    text = (
        "Lowmoor Parish Planning Committee\nMinutes of the meeting held on 4 March 2031\n"
        "Present: Cllr Petra Quillfeather (Chair), Cllr Tom Birch.\n"
        f"{label}\n1. Apologies for absence\nCllr Roe.\n2. Minutes of the last meeting\nApproved.\n"
        "3. Application 31/0012 Land at Fernbank Farm\nRefused.\n4. Any other business\nNone.\n"
    )
    assert [number for number, _ in _items(make_document, text)] == ["1", "2", "3", "4"]


def _township(public: str) -> str:
    return (
        "HARROWGATE TOWNSHIP BOARD\nRegular Meeting Minutes\nMarch 4, 2031\n"
        "CALL TO ORDER\nSupervisor Ann Roe called the meeting to order at 7:00 p.m.\n"
        "ROLL CALL\nPresent: Roe, Birch, Vale.\n"
        f"PUBLIC COMMENT\n{public}"
        "OLD BUSINESS\n6. Park Mowing\nBids were opened.\n"
        "ADJOURNMENT\nThe meeting adjourned at 8:00 p.m.\n"
    )


@pytest.mark.parametrize(
    "public",
    [
        "None.\n1. Approval of Minutes\nMotion by Birch to approve the minutes.\n"
        "2. Road Commission presented the gravel plan\nThe board thanked them.\n",
        "1. Minutes\nThe minutes were approved as read.\n2. Fire Department Report\nThe chief reported two calls.\n",
    ],
)
def test_business_after_a_public_comment_heading_stays_items(make_document, public):
    # Near miss: business numbered on its own count under "PUBLIC COMMENT" ("3. Treasurer reported …") is no speaker.
    text = _township(
        f"{public}3. Treasurer reported the balance\nThe balance is $12,000.\n4. Clerk requested a new computer\n"
        "Motion to purchase.\n5. Supervisor Roe announced the spring cleanup\nIt will be held in May.\n"
    )
    numbers = [number for number, _ in _items(make_document, text)]
    assert {"3", "4", "5", "6"} <= set(numbers)


def test_speakers_numbered_from_one_under_public_comment_stay_no_items(make_document):
    text = _township(
        "1. Tom Birch spoke regarding the gravel road.\n2. Ann Vale requested a new streetlight.\n"
        "5. Treasurer's Report\nThe balance is $12,000.\n"
    )
    items = _items(make_document, text)
    assert not any(title.startswith(("Tom Birch", "Ann Vale")) for _, title in items)
    assert ("5", "Treasurer's Report") in items


@pytest.mark.parametrize(
    ("number_line", "after"),
    [
        ("3.\nPlanning\n4.", "23/00123/FUL Erection of garage at Elm Cottage\nNo objection.\n"),
        ("3.", "2031 precept was then set at £12,000.\n"),
        ("3.", "the county surveyor by the clerk.\n"),
    ],
)
def test_a_number_alone_takes_no_claimed_title_or_body_line(make_document, number_line, after):
    # Near miss: the line before the number is an item's title or the text right under one, so it starts no title.
    text = (
        "Lowmoor Parish Council\nMinutes of the meeting held on 4 March 2031\n"
        "Present: Cllr Petra Quillfeather (Chair), Cllr Tom Birch.\n1. Apologies\nNone.\n"
        "2. Highways\nThe potholes on Fernbank Lane were reported to\n" + f"{number_line}\n{after}"
    )
    titles = [title for _, title in _items(make_document, text)]
    assert not any(title.startswith(("The potholes", "Planning 23")) for title in titles)


@pytest.mark.parametrize(
    ("top", "sub", "under"),
    [
        (".", ")", "RESOLVED:\n1) to approve payments of £200 to the clerk;\n2) to move £500 to reserves.\n"),
        (")", ".", "The Supervisor reported:\n1. the salt supply is low;\n2. the grader was serviced.\n"),
    ],
)
def test_a_resolutions_or_reports_numbered_parts_are_no_outline(make_document, top, sub, under):
    # Near miss: the other mark's runs start a line below the item and read as a sentence's parts (lower case, ";").
    text = (
        "Lowmoor Parish Council\nMinutes of the meeting held on 4 March 2031\n"
        "Present: Cllr Petra Quillfeather (Chair), Cllr Tom Birch.\n"
        f"1{top} Apologies\nNone.\n2{top} Finance\n{under}3{top} Planning\nThe council noted:\n"
        f"1{sub} the new bus shelter application;\n2{sub} the appeal at Fernbank Farm.\n4{top} Any other business\nNone.\n"
    )
    numbers = [number for number, _ in _items(make_document, text)]
    assert not any(number and "." in number for number in numbers)
    assert numbers[:4] == ["1", "2", "3", "4"]


@pytest.mark.parametrize("heading", ["REPORT ON THE RECESS APPOINTMENTS", "DISCUSSION OF PUBLIC HEARING NOTICE REQUIREMENTS"])
def test_a_capitals_heading_naming_a_part_of_the_meeting_inside_it_is_no_part(make_document, heading):
    # Near miss: the part of the meeting ("RECESS", "PUBLIC HEARING") does not open the heading, so it names a topic.
    items = _items(make_document, _agenda_minutes(heading, "ADJOURNMENT"))
    assert (None, heading) not in items
    assert (None, "ADJOURNMENT") in items


def _lettered_parts(date_line: str, parts: str) -> str:
    return (
        f"TOWN OF MARBLEFORD\nRegular Meeting of the Town Council\n{date_line}\n"
        "1. CALL TO ORDER\nMayor Petra Quillfeather called the meeting to order at 7:00 p.m.\n"
        f"2. CONSENT AGENDA\n{parts}"
        "Motion by Councilmember Fenwick, second by Councilmember Ardle, to approve. Motion carried 5-0.\n"
        "3. ADJOURNMENT\nThe meeting adjourned at 8:12 p.m.\n"
    )


def test_lettered_parts_keep_the_joined_form_as_printed(make_document):
    # A numbered item's lettered parts are "2A", "2a" in minutes dated either way: readers' answers write them so.
    capitals = "A. Approval of Minutes of February 20, 2031\nB. Approval of Bills Payable\n"
    for date_line in ("March 4, 2031", "4 March 2031"):
        assert _items(make_document, _lettered_parts(date_line, capitals)) == [
            ("1", "CALL TO ORDER"), ("2", "CONSENT AGENDA"), ("2A", "Approval of Minutes of February 20, 2031"),
            ("2B", "Approval of Bills Payable"), ("3", "ADJOURNMENT"),
        ]
    lower = "a) Treasurer's Report for February 2031\nb) Library Board Appointments\n"
    assert _items(make_document, _lettered_parts("Tuesday, April 1, 2031", lower))[2:4] == [
        ("2a", "Treasurer's Report for February 2031"), ("2b", "Library Board Appointments"),
    ]


def test_agenda_item_no_labels(make_document):
    text = (
        "ASHGROVE COUNTY BOARD OF COMMISSIONERS\nMay 7, 2031\n"
        "Agenda Item No. 1: Call to Order\nChairman Beale called the meeting to order at 9:00 a.m.\n"
        "Agenda Item No. 2: Road Department Report\nThe Road Supervisor reported on culvert repairs.\n"
        "Item #3 – Resolution 2031-17, Declaring Surplus Property\nCommissioner Oduya moved to adopt the resolution.\n"
        "Item No. 4 was tabled until the June meeting.\nAGENDA ITEM NO. 5 WAS PULLED FOR SEPARATE DISCUSSION.\n"
    )
    assert _items(make_document, text) == [
        ("1", "Call to Order"), ("2", "Road Department Report"),
        ("3", "Resolution 2031-17, Declaring Surplus Property"),
    ]


def test_hyphen_lettered_parts_with_a_colon(make_document):
    text = (
        "ITEM 3 - PUBLIC HEARINGS\nITEM 3-A: Variance Request, 42 Heron Lane\nStaff presented the request.\n"
        "Item 3-B – Conditional Use Permit, 118 Mill Street\nThe hearing was continued.\n"
        "The vote was 4-0: the motion carried.\nITEM 4 - ADJOURNMENT\n"
    )
    assert _items(make_document, text) == [
        ("3", "PUBLIC HEARINGS"), ("3-A", "Variance Request, 42 Heron Lane"),
        ("3-B", "Conditional Use Permit, 118 Mill Street"), ("4", "ADJOURNMENT"),
    ]


def test_two_parts_of_the_meeting_set_as_headings_over_numbered_business(make_document):
    # Two parts of the meeting set as document headings over numbered business are items, as three plain ones are.
    text = (
        "## Minutes\nThe meeting was called to order at 1:04 p.m. on May 3, 2031.\n"
        "### OLD BUSINESS\nThe street light request is still pending.\n"
        "### NEW BUSINESS\n#### 1. Landscape Committee Report\nThe committee asked for $110.\n"
        "#### 2. Work Party Schedule\nTwo work parties were set.\n"
    )
    assert _items(make_document, text, name="inline.md") == [
        (None, "OLD BUSINESS"), (None, "NEW BUSINESS"), ("1", "Landscape Committee Report"), ("2", "Work Party Schedule"),
    ]
    # One such heading, or two plain capitals lines, stay out.
    one = text.replace("### OLD BUSINESS\n", "")
    assert [number for number, _ in _items(make_document, one, name="inline.md")] == ["1", "2"]
    plain = text.replace("### ", "").replace("#### ", "").replace("## Minutes\n", "")
    assert (None, "OLD BUSINESS") not in _items(make_document, plain)
