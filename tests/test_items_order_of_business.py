"""Item families of bodies outside the corpus: run-in order-of-business labels, presenters after the title, and more.

Every document here is invented; each family is written in at least two forms, with a negative where a false
item is plausible.
"""

from __future__ import annotations

from minutebook.extract import items as items_module
from minutebook.extract.items import extract_items
from minutebook.ingest import pdf


def _items(make_document, text, name="inline.txt"):
    return [(item.number, item.title) for item in extract_items(make_document(text, name=name))]


def test_a_character_pdfium_gives_as_a_surrogate_pair_is_joined_and_a_lone_half_marked():
    assert pdf._whole_text("Pub night \ud83c\udf7a") == "Pub night \U0001f37a"
    assert pdf._whole_text("Minutes \ud835 of the \udc00 Board") == "Minutes \ufffd of the \ufffd Board"
    assert pdf._whole_text("Treasurer’s Report") == "Treasurer’s Report"
    pdf._whole_text("Pub night \ud83c\udf7a \udc00").encode("utf-8")


_REPORT = (
    "The crew finished the spring grading of the lower roads.\nGravel was spread on the hill and the ditches were cleared.\n"
    "The culvert under the north lane was replaced.\nA second load of gravel is on order.\n"
    "Water samples were taken in the usual way.\nThe results were normal.\n"
)
_DASHED_BUSINESS = (
    "Cedar Hollow Owners Association Board of Directors Meeting\nTuesday, March 4, 2031 at 6 p.m. via video call\n"
    "Call to Order and Roll Call - Board members Ann Vale, Bo Kerr, Cy Dunn present.\n"
    "Approval of the Agenda – Added to New Business – Pond Fence\n"
    "Approval of Previous Minutes – The minutes of February 4 were approved as written.\n"
    + _REPORT + _REPORT +
    "Treasurer's Report – Bo Kerr reported a balance of $12,400 in operating funds.\n"
    + _REPORT + _REPORT +
    "Old Business – The pond fence quote is still awaited.\n"
    "New Business – The board approved the pond fence repair.\n"
    "Adjournment – The meeting was adjourned at 7:40 p.m.\n"
)
_COLON_BUSINESS = (
    "MAPLE RUN RESIDENTS COUNCIL\nMinutes of the monthly meeting, 12 May 2031\n"
    "Call to Order: The chair opened the meeting at 7 p.m. with six members present.\n"
    "Minutes: The minutes of the April meeting were approved.\n"
    + _REPORT +
    "Treasurer's Report: The account holds $3,100 after the spring fair.\n"
    + _REPORT + _REPORT + _REPORT +
    "Correspondence: A letter from the water board was read.\n"
    "New Business: Members agreed to plant two trees at the gate.\n"
    "Adjournment: The meeting closed at 8:15 p.m.\n"
)


def test_dashed_order_of_business_labels_are_items_though_long_reports_run_between(make_document):
    assert _items(make_document, _DASHED_BUSINESS) == [
        (None, "Call to Order and Roll Call"),
        (None, "Approval of the Agenda"),
        (None, "Approval of Previous Minutes"),
        (None, "Treasurer's Report"),
        (None, "Old Business"),
        (None, "New Business"),
        (None, "Adjournment"),
    ]


def test_colon_order_of_business_labels_are_items_though_long_reports_run_between(make_document):
    assert _items(make_document, _COLON_BUSINESS) == [
        (None, "Call to Order"),
        (None, "Minutes"),
        (None, "Treasurer's Report"),
        (None, "Correspondence"),
        (None, "New Business"),
        (None, "Adjournment"),
    ]


def test_a_few_business_words_in_long_prose_make_no_items(make_document):
    text = (
        "PINE FLAT WATER USERS\nNotes of the site walk, 2 June 2031\n"
        + _REPORT * 4
        + "Minutes: The notes of the last walk were read.\n" + _REPORT * 3
        + "Correspondence: None.\n" + _REPORT * 3
        + "Road Report: See above.\n" + _REPORT
    )
    titles = [title for _, title in _items(make_document, text)]
    assert "Minutes" not in titles and "Road Report" not in titles  # three labels are no order of business


def test_a_leader_to_the_presenter_is_no_part_of_the_title(make_document):
    dashed = (
        "# Heron Lake Science Network\n\n## Board Meeting, 3 March 2031\n\nPresent: Ann Vale, Bo Kerr, Cy Dunn.\n\n"
        "## Secretary's Report----------------------------------Cy Dunn\n\nThe January minutes were approved.\n\n"
        "## Treasurer's Report--------------------------------------Bo Kerr\n\nThe balance is $4,200.\n\n"
        "## Membership------------------------------Ann Vale/Di Fox\n\nForty members so far.\n\n"
        "## Fund Raising---------------------------------------------\n\nNo report.\n"
    )
    assert [title for _, title in _items(make_document, dashed, name="inline.md")] == [
        "Secretary's Report", "Treasurer's Report", "Membership", "Fund Raising"
    ]
    dotted = (
        "# Alder Creek Garden Club\n\n## Minutes, 9 April 2031\n\nPresent: Ann Vale, Bo Kerr.\n\n"
        "## Chair's Welcome ........ Ann Vale\n\nThe chair welcomed two new members.\n\n"
        "## Plant Sale . . . . . . . . Bo Kerr\n\nThe sale raised $310.\n\n"
    )
    assert [title for _, title in _items(make_document, dotted, name="inline.md")] == ["Chair's Welcome", "Plant Sale"]


def test_a_short_dash_or_an_ellipsis_in_a_title_is_kept():
    assert items_module._heading_title("Bridge Repairs -- Phase Two") == "Bridge Repairs -- Phase Two"
    assert items_module._heading_title("Any other business...") == "Any other business..."
    assert items_module._heading_title("Cycle Lanes Briefing - PC Jane Doe") == "Cycle Lanes Briefing - PC Jane Doe"


_ELECTIONS = (
    "Kestrel Valley Film Society\nAnnual General Meeting - Minutes\n14 July 2031, Town Library\n"
    "Attendance - Ann Vale, Bo Kerr, Cy Dunn, Di Fox, Ed Gray\n\n"
    "Road Report – Ann Vale presented the grading plan for the car park.\n"
    "Hall Report – Bo Kerr reported that the roof has been repaired.\n"
    "President - Ann Vale - nominated Bo Kerr, seconded Cy Dunn\n"
    "Treasurer – Di Fox (self nomination) seconded Ed Gray – elected\n"
    "Web Officer - Ed Gray, elected unopposed\n"
    "Membership Officer - Cy Dunn - proposed Ann Vale, seconded Di Fox\n"
    "Festival Report – Cy Dunn said the festival sold out in a week.\n"
    "Other Business – The next screening is on 2 August.\n"
)


def test_a_post_holder_nominated_or_elected_after_its_dash_is_no_item(make_document):
    titles = [title for _, title in _items(make_document, _ELECTIONS)]
    assert not {"President", "Treasurer", "Web Officer", "Membership Officer"} & set(titles)
    assert {"Road Report", "Hall Report", "Festival Report", "Other Business"} <= set(titles)


def test_a_wrapped_sentence_of_a_lettered_list_is_no_sub_item(make_document):
    tight = (
        "WILLOW BEND OWNERS ASSOCIATION\nBOARD OF DIRECTORS MEETING\nPresent: Ann Vale, Bo Kerr, Cy Dunn.\n\n"
        "1. CALL TO ORDER\nThe meeting was called to order at 6 p.m.\n\n"
        "2. COMMITTEE REPORTS\nThe beach committee sent the following report:\n"
        "a.Completed construction and installation of a new paddleboard rack and\n"
        "stabilization of the kayak rack at the small beach next to the dock.\n"
        "b.Completed excavation of the new canoe area.\n\n"
        "3. ADJOURNMENT\nThe meeting adjourned at 7 p.m.\n"
    )
    assert _items(make_document, tight) == [("1", "CALL TO ORDER"), ("2", "COMMITTEE REPORTS"), ("3", "ADJOURNMENT")]
    spaced = tight.replace("a.Completed", "a) Completed").replace("b.Completed", "b) Completed")
    assert _items(make_document, spaced) == [("1", "CALL TO ORDER"), ("2", "COMMITTEE REPORTS"), ("3", "ADJOURNMENT")]


def test_a_lettered_title_wrapped_in_a_few_words_is_still_a_sub_item(make_document):
    text = (
        "WILLOW BEND OWNERS ASSOCIATION\nBOARD OF DIRECTORS MEETING\nPresent: Ann Vale, Bo Kerr, Cy Dunn.\n\n"
        "1. CALL TO ORDER\nThe meeting was called to order at 6 p.m.\n\n"
        "2. NEW BUSINESS\na) Repairs to the fence around the\nnorth pond\nThe board approved the repair.\n"
        "b) Dock lighting\nTwo quotes were received.\n\n"
        "3. ADJOURNMENT\nThe meeting adjourned at 7 p.m.\n"
    )
    assert ("2a", "Repairs to the fence around the north pond") in _items(make_document, text)


def test_minutes_of_the_previous_meeting_as_the_first_heading_is_an_item(make_document):
    for heading in ("## Minutes of Previous Meeting", "## Minutes of the Last Meeting"):
        text = (
            "# Riverbend Music Association\n\nAnnual General Meeting - Minutes\n\n"
            "Attendance: Ann Vale, Bo Kerr, Cy Dunn\n\n"
            f"{heading}\n\nThe minutes of the 2030 meeting were accepted.\n\n"
            "## Business Arising\n\nNone.\n\n## Reports\n\nThe reports were received.\n\n"
            "## Other Business\n\nThe next meeting is in July.\n"
        )
        assert [title for _, title in _items(make_document, text, name="inline.md")][0] == heading[3:]


def test_minutes_of_the_meeting_as_the_document_title_is_no_item(make_document):
    text = (
        "## Minutes of the Annual Meeting of the Riverbend Music Association\n\n"
        "Attendance: Ann Vale, Bo Kerr, Cy Dunn\n\n"
        "## Business Arising\n\nNone.\n\n## Reports\n\nThe reports were received.\n\n"
        "## Other Business\n\nThe next meeting is in July.\n"
    )
    assert [title for _, title in _items(make_document, text, name="inline.md")] == [
        "Business Arising", "Reports", "Other Business"
    ]


def test_a_run_in_report_right_under_a_heading_opens_its_paragraph(make_document):
    for heading in ("### Committee Reports", "**Committee Reports**"):
        text = (
            "# Cedar Hollow Owners Association\n\nBoard meeting, Tuesday, March 4, 2031 at 6 p.m.\n\n"
            "Call to Order – The meeting was called to order at 6:02 p.m. by the president.\n\n"
            "Approval of Previous Minutes – The February minutes were approved as written.\n\n"
            "Treasurer's Report – The balance is $12,400 in the operating account.\n\n"
            f"{heading}\n"
            "Pond: – The yearly inspection found the pond wall in good order.\n"
            "Roads: – The grading of the lower roads is finished.\n\n"
            "New Business – The board approved the pond fence repair.\n\n"
            "Adjournment – The meeting was adjourned at 7:40 p.m.\n"
        )
        titles = [title for _, title in _items(make_document, text, name="inline.md")]
        assert titles[titles.index("Treasurer's Report") + 1 : titles.index("New Business")][-2:] == ["Pond", "Roads"]


def test_longer_business_labels_and_lower_case_from_in_a_label(make_document):
    text = (
        "Cedar Hollow Owners Association\nBoard meeting, Tuesday, March 4, 2031 at 6 p.m.\n"
        "Call to Order: The meeting was called to order at 6:02 p.m. by the president.\n"
        "Survey of Board Members for Conflicts with Agenda Items: None were reported.\n"
        "Comments from Residents: Two residents asked about the speed of traffic on the hill road.\n"
        "Approval of Previous Minutes: The February minutes were approved as written.\n"
        "The board then turned to the agenda: the treasurer asked that her report be moved.\n"
        "Treasurer's Report: The balance is $12,400 in the operating account.\n"
        "New Business: The board approved the pond fence repair.\n"
        "Adjournment: The meeting was adjourned at 7:40 p.m.\n"
    )
    assert [title for _, title in _items(make_document, text)] == [
        "Call to Order",
        "Survey of Board Members for Conflicts with Agenda Items",
        "Comments from Residents",
        "Approval of Previous Minutes",
        "Treasurer's Report",
        "New Business",
        "Adjournment",
    ]


_POINTS_UNDER_ITEMS = (
    "WILLOW BEND OWNERS ASSOCIATION\nBOARD OF DIRECTORS MEETING\nMay 17, 2031\nPresent: Ann Vale, Bo Kerr, Cy Dunn.\n\n"
    "1. APPROVAL OF MINUTES\nThe minutes were approved.\n\n"
    "2. TREASURER'S REPORT\n1. Cash Balances: The operating fund holds $139,286.\n"
    "2. Past due accounts: A lien has been recorded on one lot.\n\n"
    "3. COMMITTEE REPORTS\n1. Burner Grant Update: The grant was approved.\n"
    "2. Trimming Grant: Work starts in June.\n3. Annual Meeting: Forty people came.\n\n"
    "4. OLD BUSINESS\nNone.\n\n5. ADJOURNMENT\nThe meeting adjourned at 8 p.m.\n"
)


def test_a_list_numbered_again_under_an_item_gives_no_second_item_of_its_number(make_document):
    expected = [
        ("1", "APPROVAL OF MINUTES"), ("2", "TREASURER'S REPORT"), ("3", "COMMITTEE REPORTS"), ("4", "OLD BUSINESS"),
        ("5", "ADJOURNMENT"),
    ]
    assert _items(make_document, _POINTS_UNDER_ITEMS) == expected
    dashed = _POINTS_UNDER_ITEMS.replace(": The", " - The").replace(": Work", " - Work").replace(": A lien", " - A lien")
    assert _items(make_document, dashed.replace(": Forty", " - Forty")) == expected


def test_the_next_item_after_a_list_under_an_item_is_still_an_item(make_document):
    text = _POINTS_UNDER_ITEMS.replace("3. COMMITTEE REPORTS\n1. Burner", "3. COMMITTEE REPORTS\nNo reports.\n\n9. Burner")
    assert ("3", "COMMITTEE REPORTS") in _items(make_document, text)


def test_points_numbered_again_with_paragraphs_under_them_are_the_items_parts(make_document):
    text = (
        "WILLOW BEND OWNERS ASSOCIATION\nANNUAL MEETING MINUTES\nJuly 8, 2031\nPresent: Ann Vale, Bo Kerr, Cy Dunn.\n\n"
        "1. APPROVAL OF MINUTES\nThe minutes were approved.\n\n"
        "2. OLD BUSINESS\n1) Ann Vale – Funding of the road easements\n"
        "Regarding the funding of the easements, the board would propose\n"
        "member notes like those that paid for the spillway in 2028.\n"
        "2) Bo Kerr; Pond Fence Update\n"
        "The fence contractor has been paid in full and the work\n"
        "will be finished by the end of the month.\n\n"
        "3. ADJOURNMENT\nThe meeting adjourned at 8 p.m.\n"
    )
    assert _items(make_document, text) == [
        ("1", "APPROVAL OF MINUTES"), ("2", "OLD BUSINESS"), ("2.1", "Ann Vale – Funding of the road easements"),
        ("2.2", "Bo Kerr; Pond Fence Update"), ("3", "ADJOURNMENT"),
    ]


def test_points_whose_titles_wrap_onto_a_closing_line_are_not_made_parts(make_document):
    text = (
        "WILLOW BEND OWNERS ASSOCIATION\nANNUAL MEETING MINUTES\nJuly 8, 2031\nPresent: Ann Vale, Bo Kerr, Cy Dunn.\n\n"
        "1. APPROVAL OF MINUTES\nThe minutes were approved.\n\n"
        "2. MEMORIALS\nThe following applications were forwarded for approval.\n"
        "1) Plaque in honour of the crew of the lifeboat lost off the north point near\n"
        "Gull Rock in the winter of 1950.\n"
        "Proposal to place a plaque on the harbour wall.\nThe wording is given below.\n"
        "2) Bench to commemorate the founders of the sailing club at the slipway of\n"
        "Kestrel Bay.\n"
        "Proposal to place a bench at the slipway.\nThe wording is given below.\n\n"
        "3. ADJOURNMENT\nThe meeting adjourned at 8 p.m.\n"
    )
    numbers = [number for number, _ in _items(make_document, text)]
    assert "2.1" not in numbers and "2.2" not in numbers


def test_the_closing_line_set_as_a_heading_is_no_item(make_document):
    for closing in ("## Meeting closed 1:15pm", "**Meeting ended at 9.05 pm**"):
        text = (
            "# Riverbend Music Association\n\nAnnual General Meeting - Minutes\n\nAttendance: Ann Vale, Bo Kerr\n\n"
            "## Business Arising\n\nNone.\n\n## Reports\n\nThe reports were received.\n\n"
            f"## Other Business\n\nThe next meeting is in July.\n\n{closing}\n"
        )
        assert [title for _, title in _items(make_document, text, name="inline.md")] == [
            "Business Arising", "Reports", "Other Business"
        ]


def test_a_close_of_meeting_heading_without_a_time_stays_an_item(make_document):
    text = (
        "# Riverbend Music Association\n\nAnnual General Meeting - Minutes\n\nAttendance: Ann Vale, Bo Kerr\n\n"
        "## Business Arising\n\nNone.\n\n## Reports\n\nThe reports were received.\n\n"
        "## Close of Meeting\n\nThe chair thanked everyone for coming.\n"
    )
    assert "Close of Meeting" in [title for _, title in _items(make_document, text, name="inline.md")]


def test_a_lettered_title_closed_by_a_full_stop_over_its_notes_is_a_sub_item(make_document):
    text = (
        "KESTREL VALLEY RADIO CLUB\nMINUTES, January 14, 2031\nMembers: Ann Vale, Bo Kerr, Cy Dunn\n\n"
        "1. Adoption of the agenda\nMotion by Ann Vale, seconded by Bo Kerr. Carried.\n\n"
        "2. New Business\na) Basic Radio Course.\na. Scheduled for the 18th and 25th.\nb. Price set at $120.\n"
        "b) Repeater Grant Update.\nThe grant report is due in March.\n\n"
        "3. Adjournment\nMotion to adjourn at 8:10 p.m.\n"
    )
    assert _items(make_document, text) == [
        ("1", "Adoption of the agenda"), ("2", "New Business"), ("2a", "Basic Radio Course"),
        ("2b", "Repeater Grant Update"), ("3", "Adjournment"),
    ]
    dotted = text.replace("a) Basic", "a. Basic").replace("b) Repeater", "b. Repeater")
    dotted = dotted.replace("a. Scheduled", "- Scheduled").replace("b. Price", "- Price")
    assert ("2a", "Basic Radio Course") in _items(make_document, dotted)


def test_a_lettered_sentence_closed_by_a_full_stop_is_no_sub_item(make_document):
    text = (
        "KESTREL VALLEY RADIO CLUB\nMINUTES, January 14, 2031\nMembers: Ann Vale, Bo Kerr, Cy Dunn\n\n"
        "1. Adoption of the agenda\nMotion by Ann Vale, seconded by Bo Kerr. Carried.\n\n"
        "2. New Business\na) The hedge by the hall was cut back.\nb) The repeater was checked.\n\n"
        "3. Adjournment\nMotion to adjourn at 8:10 p.m.\n"
    )
    assert _items(make_document, text) == [("1", "Adoption of the agenda"), ("2", "New Business"), ("3", "Adjournment")]


def _lead_column_pdf(path, rows):
    """A PDF page of minutes whose item lines print number, title and lead in three columns."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    sheet = canvas.Canvas(str(path), pagesize=A4)
    sheet.setFont("Helvetica", 11)
    y = 800
    sheet.drawString(60, y, "Heron Street Residents Association - Committee Minutes")
    y -= 20
    sheet.drawString(60, y, "Attendees: Ann Vale (AV), Bo Kerr (BK), Cy Dunn (CD)")
    for number, title, lead, body in rows:
        y -= 24
        sheet.drawString(60, y, number)
        sheet.drawString(100, y, title)
        sheet.drawString(500, y, lead)
        y -= 16
        sheet.drawString(110, y, body)
    sheet.save()


def test_a_lead_printed_in_its_own_column_is_no_part_of_the_title(tmp_path):
    from minutebook.ingest import parse_file

    path = tmp_path / "lead_column.pdf"
    _lead_column_pdf(path, [
        ("1", "Apologies", "AV", "Apologies were received from Di Fox."),
        ("2", "Adoption of Previous Minutes", "BK", "The minutes were adopted unanimously."),
        ("3", "Matters Arising", "All", "There were no matters arising."),
        ("4", "Treasurer's Report", "CD/BK", "The balance is 3,100 pounds after the fair."),
        ("5", "Any Other Business", "All", "None was raised."),
    ])
    assert [(item.number, item.title) for item in extract_items(parse_file(path))] == [
        ("1", "Apologies"), ("2", "Adoption of Previous Minutes"), ("3", "Matters Arising"),
        ("4", "Treasurer's Report"), ("5", "Any Other Business"),
    ]


def test_a_closing_word_of_the_title_is_kept_without_a_column_of_its_own(make_document):
    text = (
        "HERON STREET RESIDENTS ASSOCIATION\nCommittee Minutes\nAttendees: Ann Vale, Bo Kerr\n\n"
        "1 Apologies from All\nNone.\n\n2 Report of the AGM\nThe report was received.\n\n3 Any Other Business\nNone.\n"
    )
    assert [title for _, title in _items(make_document, text)][:2] == ["Apologies from All", "Report of the AGM"]


_SENTENCE_CASE_LABELS = (
    "KESTREL VALLEY RADIO CLUB\nMinutes, February 23, 2031\nMembers present: Ann Vale, Bo Kerr, Cy Dunn.\n"
    "Adoption of the agenda: Motion by Ann Vale, seconded by Bo Kerr. Passed.\n"
    "Business arising from the minutes: Nil.\n"
    "Correspondence: Nil.\n"
    "President's Report: The repeater on the hill is working again after the winter.\n"
    "Treasurer's Report: The club holds $9,680 after the spring sale.\n"
    "Minutes of the last meeting: The minutes were adopted as read.\n"
    "New Business: The club will run a course in March.\n"
    "Adjournment: Motion to adjourn at 8:10 p.m.\n"
)


def test_longer_labels_in_sentence_case_naming_the_business_are_items(make_document):
    titles = [title for _, title in _items(make_document, _SENTENCE_CASE_LABELS)]
    assert titles == [
        "Adoption of the agenda", "Business arising from the minutes", "Correspondence", "President's Report",
        "Treasurer's Report", "Minutes of the last meeting", "New Business", "Adjournment",
    ]
    dashed = _SENTENCE_CASE_LABELS.replace("agenda: Motion", "agenda – Motion").replace("minutes: Nil", "minutes – Nil")
    assert [title for _, title in _items(make_document, dashed)][:2] == [
        "Adoption of the agenda", "Business arising from the minutes"
    ]


def test_a_longer_sentence_case_label_not_naming_the_business_is_no_item(make_document):
    text = _SENTENCE_CASE_LABELS.replace(
        "Correspondence: Nil.", "Members who joined last spring: Di Fox and Ed Gray joined the club."
    )
    assert "Members who joined last spring" not in [title for _, title in _items(make_document, text)]


def test_the_documents_title_and_date_after_a_dash_is_no_business_label(make_document):
    for banner in ("CLUB MEETING MINUTES – February 1, 2031", "Board Minutes - 1 February 2031"):
        text = _DASHED_BUSINESS.replace(
            "Cedar Hollow Owners Association Board of Directors Meeting\nTuesday, March 4, 2031 at 6 p.m. via video call\n",
            f"{banner}\nPresent: Ann Vale, Bo Kerr, Cy Dunn.\n",
        )
        assert [title for _, title in _items(make_document, text)][0] == "Call to Order and Roll Call"


def _steering_notes(members: str) -> str:
    return (
        "NOTES OF THE STEERING COMMITTEE, 13 July 2031\n"
        f"{members}"
        "Next meeting will be the week of August 14th.\n"
        "Membership\nOne new member joined and is in the database.\n"
        "Newsletter\nArticles are needed by Thursday for the summer issue.\n"
        "Summer Picnic\nThe date will be set once the park is booked.\n"
        "Network Liaison\nThe state board is looking at larger groups to join.\n"
    )


def test_the_last_name_of_a_list_under_a_colon_is_no_heading(make_document):
    for members in (
        "Attending members were:\nAnn Vale\nBo Kerr\nCy Dunn\nDi Fox\n",
        "Present:\nAnn Vale (chair)\nBo Kerr\nCy Dunn\n",
    ):
        titles = [title for _, title in _items(make_document, _steering_notes(members))]
        assert titles == ["Membership", "Newsletter", "Summer Picnic", "Network Liaison"]
