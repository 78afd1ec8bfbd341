"""Header forms seen across publishers: a body named only by the letterhead over "the above Council", clock times in
four figures with their half of the day, end times given as "Closed:" / "Adjourned:" labels, dates written year first
with dots or slashes."""

from __future__ import annotations

import datetime as dt

import pytest

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


def _pdf_with_running_block(folder, block: list[str], bodies: list[list[str]], *, name: str = "minutes.pdf"):
    """Pages whose top margin reprints `block` (the title block) over the body lines of each page."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    width, height = A4
    path = folder / name
    pdf = canvas.Canvas(str(path), pagesize=A4)
    for lines in bodies:
        pdf.setFont("Helvetica", 10)
        for row, text in enumerate(block):
            pdf.drawString(56, height - 30 - 12 * row, text)
        pdf.setFont("Helvetica", 11)
        for row, text in enumerate(lines):
            pdf.drawString(56, height - 140 - 16 * row, text)
        pdf.showPage()
    pdf.save()
    return path


_PAGES = [
    ["Those present", "Ann Lee, Elmfield Residents' Association", "Tom Hill, Northmere Library",
     "1. WELCOME", "The Chair welcomed participants to the meeting."],
    ["2. MINUTES OF THE LAST MEETING", "There were no comments on the minutes of the last meeting."],
    ["3. SITE UPDATE", "Work on the northern parcel will start in the spring."],
]


def test_title_block_reprinted_over_every_page_names_the_meeting(tmp_path) -> None:
    from minutebook.extract.pipeline import extract_document
    from minutebook.ingest import parse_file

    block = ["Liaison Forum Meeting", "Minutes of the meeting held on Tuesday 8 March 2022 at 6.30pm", "Via Zoom"]
    record = extract_document(parse_file(_pdf_with_running_block(tmp_path, block, _PAGES)))
    assert record.meeting.kind == "minutes"
    assert record.meeting.body == "Liaison Forum"
    assert record.meeting.date == dt.date(2022, 3, 8)
    assert record.meeting.start_time == dt.time(18, 30)


def test_yearless_title_block_takes_the_year_from_the_file_name(tmp_path) -> None:
    from minutebook.extract.pipeline import extract_document
    from minutebook.ingest import parse_file

    block = ["Northmere Estates Community Panel", "Minutes of the meeting held on Monday 07 November at 5.30pm"]
    path = _pdf_with_running_block(tmp_path, block, _PAGES, name="panel_2022-11-07.pdf")
    record = extract_document(parse_file(path))
    assert record.meeting.body == "Northmere Estates Community Panel"
    assert record.meeting.date == dt.date(2022, 11, 7)
    assert record.meeting.start_time == dt.time(17, 30)


def test_running_banner_does_not_override_the_pages_own_header(tmp_path) -> None:
    from minutebook.extract.pipeline import extract_document
    from minutebook.ingest import parse_file

    pages = [["Minutes of the Elmfield Footpaths Committee held on 4 April 2022 at 7pm in Elmfield Library",
              "Present: Ann Lee, Tom Hill", "1. Apologies", "None."], *_PAGES[1:]]
    record = extract_document(parse_file(_pdf_with_running_block(tmp_path, ["Elmfield Town Council"], pages)))
    assert record.meeting.date == dt.date(2022, 4, 4)
    assert record.meeting.body is not None and "Footpaths Committee" in record.meeting.body


def test_whole_address_under_the_dateline_is_the_venue(make_document) -> None:
    document = make_document(
        "Minutes of Committee Meeting\n"
        "Thursday 9 June 2022 at 18:00\n"
        "14 Harbour Street, Elmbay, Northtown 1022\n"
        "Members present:\n"
        "Ann Lee (AL) Tom Hill (TH)\n"
    )
    meeting = extract_meeting(document, kind="minutes")
    assert meeting.venue == "14 Harbour Street, Elmbay, Northtown 1022"
    assert meeting.start_time == dt.time(18, 0)


def test_address_with_a_british_postcode_under_the_dateline(make_document) -> None:
    document = make_document(
        "Elmford Allotment Society\n"
        "Committee meeting, 3rd October 2022, 7.30pm\n"
        "27 Mill Lane, Elmford, EL4 2QT\n"
        "Present: Ann Lee, Tom Hill\n"
    )
    meeting = extract_meeting(document, kind="minutes")
    assert meeting.venue == "27 Mill Lane, Elmford, EL4 2QT"


def test_letterhead_contact_address_is_not_the_venue(make_document) -> None:
    document = make_document(
        "Elmford Allotment Society\n"
        "Minutes of the committee meeting held on 3rd October 2022\n"
        "27 Mill Lane, Elmford, EL4 2QT\n"
        "Tel 01234 567890  clerk@elmford.example\n"
        "Present: Ann Lee, Tom Hill\n"
    )
    meeting = extract_meeting(document, kind="minutes")
    assert meeting.venue is None


@pytest.mark.parametrize(
    ("dateline", "hall"),
    [("4th MARCH 2031 @ 7.30pm", "MAPLE VALE VILLAGE HALL"), ("Tuesday 4 March 2031 @ 7pm", "Quillbrook Memorial Hall")],
)
def test_a_dateline_writing_at_with_its_sign_is_no_contact_line(make_document, dateline: str, hall: str) -> None:
    # "@ 7.30pm" is "at", never an email address: the hall under the dateline stays the venue.
    document = make_document(
        "Clerk : Ada Ferrow Telephone : 01234 567890\n"
        "E-mail : clerk@maplevale.example\n"
        "MAPLE VALE PARISH COUNCIL\n"
        "MEETING TO BE HELD ON\n"
        f"{dateline}\n"
        f"{hall}\n"
        "AGENDA\n"
        "1. To receive apologies\n"
    )
    venue = extract_meeting(document, kind="agenda").venue
    assert venue is not None and venue.lower() == hall.lower()


def test_place_label_under_the_members_list(make_document) -> None:
    document = make_document(
        "# Committee Meeting 2022-05-14\n"
        "Attendees:\n"
        "- Ann Lee\n"
        "- Tom Hill\n"
        "Chairperson: Ann Lee\n"
        "Start Time: 13:05\n"
        "Place: Northtown Makerspace - Unit 4, 12 Kiln Road\n"
        "## Minutes\n"
        "### Previous Minutes\n"
        "Accepted.\n"
    )
    meeting = extract_meeting(document, kind="minutes")
    assert meeting.venue == "Northtown Makerspace - Unit 4, 12 Kiln Road"


def test_location_of_an_items_business_is_not_the_venue(make_document) -> None:
    document = make_document(
        "Minutes of the Planning Committee held on 6 June 2022\n"
        "Present: Councillors Lee and Hill\n"
        "1. Planning applications\n"
        "Location: Land north of Mill Lane, Elmford\n"
        "Proposal: Two dwellings\n"
    )
    meeting = extract_meeting(document, kind="minutes")
    assert meeting.venue is None


def test_what_when_where_header(make_document) -> None:
    document = make_document(
        "What: Regular Meeting of the Elmwood Park Board\n"
        "When: Tuesday, Oct. 3, 2023 @ 6:30 P.M.\n"
        "Where: Elmwood Community Room, 12 Oak Avenue\n"
        "Present: Ann Lee, Tom Hill\n"
        "1. Call to order\n"
    )
    meeting = extract_meeting(document, kind="minutes")
    assert meeting.body == "Elmwood Park Board"
    assert meeting.date == dt.date(2023, 10, 3)
    assert meeting.start_time == dt.time(18, 30)
    assert meeting.venue == "Elmwood Community Room, 12 Oak Avenue"


def test_what_label_with_a_plain_body(make_document) -> None:
    document = make_document(
        "WHAT: Northmere Trails Committee\n"
        "WHEN: March 14, 2024, 7:00 PM\n"
        "Members present: Ann Lee\n"
    )
    assert extract_meeting(document, kind="minutes").body == "Northmere Trails Committee"


def test_what_label_saying_what_is_discussed_is_no_body(make_document) -> None:
    document = make_document(
        "What: to discuss the new fence\n"
        "When: March 14, 2024, 7:00 PM\n"
        "Present: Ann Lee, Bo Kerr\n"
        "1. Fence\n"
    )
    assert extract_meeting(document, kind="minutes").body != "to discuss the new fence"


def test_start_and_end_in_four_figures_after_their_phrases(make_document) -> None:
    document = make_document(
        "ELMFORD COMMUNITY ASSOCIATION\n"
        "Committee Meeting 3 October 2022\n"
        "Present: Ann Lee, Tom Hill\n"
        "The meeting started at 1900.\n"
        "1. Apologies\n"
        "None\n"
        "The meeting finished at 2040.\n"
    )
    meeting = extract_meeting(document, kind="minutes")
    assert meeting.start_time == dt.time(19, 0)
    assert meeting.end_time == dt.time(20, 40)


@pytest.mark.parametrize("opened, closed", [
    ("- Opened: 1905", "- Closed: 2040"),  # a wiki template's "Meeting Times" list
    ("Start time: 1905", "Closed: 2040"),  # labels of a header block
])
def test_start_and_end_in_four_figures_after_their_labels(make_document, opened, closed) -> None:
    document = make_document(
        "Elmford Makers Association\nCommittee Meeting 2031-03-09\n"
        f"Meeting Times\n{opened}\n{closed}\n"
        "Present: Ann Lee, Tom Hill\n1. Treasurer's report\nNoted.\n"
    )
    meeting = extract_meeting(document, kind="minutes")
    assert (meeting.start_time, meeting.end_time) == (dt.time(19, 5), dt.time(20, 40))


def test_four_figures_after_a_label_that_are_a_year_or_a_sum_are_no_time(make_document) -> None:
    document = make_document(
        "Elmford Makers Association\nCommittee Meeting 2031-03-09\n"
        "Present: Ann Lee, Tom Hill\n1. Workshop lease\nOpened: 2019-06-01, renewed yearly.\nOpened: 2019, renewed yearly.\n"
        "2. Grants\nClosed: 1500 applications this round.\nClosed: 2031 applications, a record.\n"
    )
    meeting = extract_meeting(document, kind="minutes")
    assert (meeting.start_time, meeting.end_time) == (None, None)


def test_morning_meeting_closed_in_four_figures(make_document) -> None:
    document = make_document(
        "Elmford Harbour Users Group\n"
        "Minutes, 5 May 2022\n"
        "Present: Ann Lee\n"
        "1. Moorings\n"
        "Meeting closed at 1115\n"
    )
    assert extract_meeting(document, kind="minutes").end_time == dt.time(11, 15)


def test_four_figures_that_are_a_year_are_no_time(make_document) -> None:
    document = make_document(
        "Elmford Parish Council\n"
        "Minutes of the meeting held on 4 April 2022\n"
        "Present: Cllrs Lee, Hill\n"
        "1. Budget\n"
        "The budget was set at 2022/23 levels.\n"
        "Members noted the meeting began at 2022 prices for the hall hire.\n"
    )
    meeting = extract_meeting(document, kind="minutes")
    assert meeting.start_time is None


def test_call_that_a_meeting_was_held_over_is_its_venue(make_document) -> None:
    zoom = make_document(
        "Elmford Town Council\n"
        "Minutes of the meeting of the Finance Committee held via a Zoom video conference on Monday 3 October 2022 at 7pm\n"
        "Present: Cllrs Lee, Hill\n"
    )
    phone = make_document(
        "Minutes of a meeting of the above Council held on Monday 11th January 2021 by telephone conferencing.\n"
        "Present: Cllrs Lee, Hill\n"
    )
    assert extract_meeting(zoom, kind="minutes").venue == "Zoom video conference"
    assert extract_meeting(phone, kind="minutes").venue == "telephone conferencing"


def test_report_given_by_conference_call_is_not_the_venue(make_document) -> None:
    document = make_document(
        "Minutes of the meeting held on 3 May 2021 in the Village Hall. The treasurer reported by conference call.\n"
        "Present: Ann Lee\n"
    )
    assert extract_meeting(document, kind="minutes").venue == "Village Hall"


def test_minutes_opening_with_present_date_from_the_file_name(make_document) -> None:
    text = (
        "Present:  Cllrs Lee, Hill, County Cllr Orr & the Clerk.\n"
        "4101. Police Reports:  None.\n"
        "4102. To receive apologies for absence:  Cllr Tate.\n"
        "4103. To receive Financial Report:  Precept of £9,000 paid in on 25/08/2023.\n"
        "4109. Date of next meeting:  30th October.\n"
    )
    meeting = extract_meeting(make_document(text, name="20230925.txt"), kind="minutes")
    assert meeting.date == dt.date(2023, 9, 25)
    assert meeting.next_meeting == dt.date(2023, 10, 30)


def test_minutes_opening_with_apologies_keep_a_held_sentence_date(make_document) -> None:
    text = (
        "Apologies: Cllr Tate.\n"
        "The minutes of the meeting held on 2 May 2022 were approved.\n"
        "1. Finance\n"
        "Nothing to report.\n"
    )
    meeting = extract_meeting(make_document(text, name="minutes-2022-06-06.txt"), kind="minutes")
    assert meeting.date == dt.date(2022, 6, 6)  # the earlier meeting's date is not this one's


def test_organisation_name_wrapped_over_two_letterhead_lines(make_document) -> None:
    district = make_document(
        "Elmford and District\n"
        "Allotment Association\n"
        "Minutes of the Committee Meeting held 3 October 2022\n"
        "Present: Ann Lee\n"
    )
    compass = make_document(
        "North Elmford\n"
        "Bowls Club\n"
        "Minutes of the Committee Meeting held 3 October 2022\n"
        "Present: Ann Lee\n"
    )
    assert extract_meeting(district, kind="minutes").body == "Elmford and District Allotment Association Committee"
    assert extract_meeting(compass, kind="minutes").body == "North Elmford Bowls Club Committee"


def test_motto_or_council_over_an_association_is_not_part_of_its_name(make_document) -> None:
    motto = make_document(
        "Working Together\n"
        "Elm Lake Association\n"
        "Minutes of the Committee Meeting held 3 October 2022\n"
        "Present: Ann Lee\n"
    )
    council = make_document(
        "ELMFORD PARISH COUNCIL\n"
        "Allotment Association\n"
        "Minutes of the Committee Meeting held 3 October 2022\n"
        "Present: Ann Lee\n"
    )
    assert extract_meeting(motto, kind="minutes").body == "Elm Lake Association Committee"
    assert extract_meeting(council, kind="minutes").body == "Allotment Association Committee"


def _glyph_run(text: str, widths: dict[str, float], gaps: dict[int, float], tight: float = 0.4):
    """Left and right edges for `text`'s glyphs set tight, with a wider gap after the glyph at each index of `gaps`."""
    lefts, rights, x = [], [], 100.0
    for index, char in enumerate(text):
        lefts.append(x)
        x += widths.get(char, 9.0)
        rights.append(x)
        x += gaps.get(index, tight)
    return lefts, rights


def test_word_space_after_a_closing_quote_in_large_type() -> None:
    from minutebook.ingest.layout import insert_word_spaces

    text = "Members’Room"
    lefts, rights = _glyph_run(text, {"’": 3.0}, {7: 3.2})
    assert insert_word_spaces(text, lefts, rights, 22.0) == "Members’ Room"
    text = "Residents”Report"
    lefts, rights = _glyph_run(text, {"”": 5.0}, {9: 3.0})
    assert insert_word_spaces(text, lefts, rights, 22.0) == "Residents” Report"


def test_apostrophe_inside_a_word_stays_closed_up() -> None:
    from minutebook.ingest.layout import insert_word_spaces

    text = "TREASURER’SREPORT"
    lefts, rights = _glyph_run(text, {"’": 3.0}, {9: 0.6, 10: 6.0})
    assert insert_word_spaces(text, lefts, rights, 22.0) == "TREASURER’S REPORT"


def test_place_set_bold_after_a_sentence_stopped_on_its_preposition(make_document) -> None:
    bold_hall = make_document(
        "## ELMFORD COMMUNITY COUNCIL\n"
        "Minutes of a meeting of the above Council held on Monday 25th June 2018 at 7.00pm in\n"
        "## Elmford Village Hall.\n"
        "Present: Cllrs Lee, Hill\n"
    )
    bold_room = make_document(
        "Elmford Town Council\n"
        "Minutes of the Planning Committee held on 4 July 2022 at 6.30pm at the\n"
        "**Old Court Room, Town Hall**\n"
        "Present: Cllrs Lee, Hill\n"
    )
    assert extract_meeting(bold_hall, kind="minutes").venue == "Elmford Village Hall"
    assert extract_meeting(bold_room, kind="minutes").venue == "Old Court Room, Town Hall"


def test_heading_after_a_finished_sentence_stays_a_heading(make_document) -> None:
    document = make_document(
        "Minutes of the meeting held on 4 July 2022 at 6.30pm in the Library.\n"
        "## Elmford Footpaths Group\n"
        "Present: Ann Lee\n"
    )
    meeting = extract_meeting(document, kind="minutes")
    assert meeting.venue == "Library"


def test_running_banner_names_the_committee_of_the_first_page(tmp_path) -> None:
    from minutebook.extract.pipeline import extract_document
    from minutebook.ingest import parse_file

    pages = [["Minutes of Committee Meeting", "Thursday 9 June 2022 at 19:00", "Members present:",
              "Ann Lee (AL) Tom Hill (TH)", "1. Finance", "The accounts were accepted."], *_PAGES[1:]]
    record = extract_document(parse_file(_pdf_with_running_block(tmp_path, ["Northmere Ratepayers Association"], pages)))
    assert record.meeting.body == "Northmere Ratepayers Association Committee"


def test_running_banner_leaves_a_named_body_alone(tmp_path) -> None:
    from minutebook.extract.pipeline import extract_document
    from minutebook.ingest import parse_file

    pages = [["Minutes of the Elmfield Footpaths Committee", "Thursday 9 June 2022 at 19:00", "Present: Ann Lee",
              "1. Finance", "The accounts were accepted."], *_PAGES[1:]]
    record = extract_document(parse_file(_pdf_with_running_block(tmp_path, ["Northmere Ratepayers Association"], pages)))
    assert record.meeting.body == "Elmfield Footpaths Committee"


@pytest.mark.parametrize("header, body", [
    ("Minutes of the Elmford Residents Association AGM held on 24 November 2031", "Elmford Residents Association"),
    ("Elmford Makers Association - Annual General Meeting - 3 March 2031", "Elmford Makers Association"),
    ("Minutes of the Annual General Meeting of the Elmford Bowls Club, 3 March 2031", "Elmford Bowls Club"),
    ("Name of Club: Elm Walkers\nType of Meeting: Committee Meeting\nDate: 3 March 2031", "Elm Walkers"),
    ("Organisation: Elmford Tenants Society\nDate: 3 March 2031", "Elmford Tenants Society"),
])
def test_associations_societies_and_clubs_are_bodies(make_document, header, body) -> None:
    document = make_document(f"{header}\n\nPresent: Ann Lee, Bo Reed\n\n1. Welcome\nThe chair opened the meeting.\n")
    assert extract_meeting(document, kind="minutes").body == body


def test_a_club_named_in_the_business_is_not_the_body(make_document) -> None:
    # Near miss: the council's own heading names the body; a club the minutes go on to name does not.
    document = make_document(
        "Elmford Parish Council\nMinutes of the meeting held on 3 March 2031\n\nPresent: Cllr Ann Lee\n\n"
        "1. Correspondence\nThe Elmford Bowls Club had written about the green.\n"
    )
    assert extract_meeting(document, kind="minutes").body == "Elmford Parish Council"


@pytest.mark.parametrize("header, body", [
    ("March 15, 2031\nElm Harbor Regular Commission Meeting", "Elm Harbor Commission"),
    ("June 6, 2031\nTown of Elmside Special Board Meeting", "Town of Elmside Board"),
    ("Minutes of Elmbury Annual Parish Council Meeting held in the Village Hall on 18 May 2031", "Elmbury Parish Council"),
    ("ELMWOOD REGULAR CITY COUNCIL MEETING\nJune 6, 2031", "Elmwood City Council"),
])
def test_meeting_sort_inside_the_body_name_is_dropped(make_document, header, body) -> None:
    document = make_document(f"{header}\n\nCALL TO ORDER\nThe chair called the meeting to order at 2:00.\n")
    assert extract_meeting(document, kind="minutes").body == body


@pytest.mark.parametrize("header, body", [
    ("June 6, 2031\nElm County Special Education Board Meeting", "Elm County Special Education Board"),
    ("June 6, 2031\nElmside Town Emergency Committee Meeting", "Elmside Town Emergency Committee"),
    ("June 6, 2031\nElm Special District Board Meeting", "Elm Special District Board"),
    ("June 6, 2031\nElm County Emergency Planning Commission Meeting", "Elm County Emergency Planning Commission"),
])
def test_sort_word_that_names_the_body_is_kept(make_document, header, body) -> None:
    # Near misses: "Special Education" is what the board is for; an emergency committee or planning commission is
    # named for its work; a "special district" is a kind of public body.
    document = make_document(f"{header}\n\nCALL TO ORDER\nThe chair called the meeting to order at 2:00.\n")
    assert extract_meeting(document, kind="minutes").body == body


@pytest.mark.parametrize("header, body", [
    ("Elmford Parish Council Meeting Minutes April 2031", "Elmford Parish Council"),
    ("Elmford Parish Council Minutes - Oct. 2031", "Elmford Parish Council"),
    ("ELMFORD PARISH COUNCIL MINUTES, APRIL 2031", "Elmford Parish Council"),
    ("Elmford May Fair Committee Minutes May 2031", "Elmford May Fair Committee"),
])
def test_month_and_year_after_the_record_title_is_no_part_of_the_body(make_document, header, body) -> None:
    document = make_document(f"{header}\n\nPresent: Ann Lee, Bo Reed\n\n1. Welcome\nThe chair opened the meeting.\n")
    assert extract_meeting(document, kind="minutes").body == body


def test_month_and_year_inside_a_name_is_kept(make_document) -> None:
    # Near miss: a month and year inside the body's name, not after it, stay.
    document = make_document("Elmford May Fair 2031 Committee Minutes\n\nPresent: Ann Lee, Bo Reed\n\n1. Welcome\n")
    assert extract_meeting(document, kind="minutes").body == "Elmford May Fair 2031 Committee"


@pytest.mark.parametrize("header, body", [
    ("EFG Meeting Minutes\nThursday November 16, 2031; 1:00pm", "EFG"),
    ("Minutes of the EFG AGM held on 3 March 2031", "EFG"),
    ("EFG Exec Minutes\n3 March 2031", "EFG Exec"),
    ("### Elmsoc Exec Minutes\n\n#### 25 May 2031", "Elmsoc Exec"),
    ("APPROVED Minutes of the EFG AGM held on 3 March 2031", "EFG"),
])
def test_society_named_by_its_initials_in_the_title(make_document, header, body) -> None:
    document = make_document(f"{header}\n\nPresent: Ann Lee, Bo Reed\n\n1. Welcome\nThe chair opened the meeting.\n")
    assert extract_meeting(document, kind="minutes").body == body


@pytest.mark.parametrize("header", [
    "AGM Minutes\n3 March 2031",
    "MINUTES OF THE BOARD MEETING\n3 March 2031",
    "DRAFT Minutes\n3 March 2031",
    "FINAL Minutes\n3 March 2031",
    "Approved Minutes\n3 March 2031",
    "REGULAR Meeting Minutes\n3 March 2031",
    "Minutes of the MARCH Meeting\n3 March 2031",
    "PDF Minutes\n3 March 2031",
])
def test_a_meetings_own_initials_or_a_capitals_title_name_no_society(make_document, header) -> None:
    # Near misses: "AGM" is the meeting, "DRAFT", "FINAL" and "REGULAR" the record's status and the meeting's sort,
    # "MARCH" its month, and in a title set all in capitals no word stands out as initials.
    document = make_document(f"{header}\n\nPresent: Ann Lee, Bo Reed\n\n1. Welcome\nThe chair opened the meeting.\n")
    assert extract_meeting(document, kind="minutes").body is None


@pytest.mark.parametrize("header", [
    "Elmford Parish Council – DRAFT\nMinutes of the meeting held on 3 March 2031",
    "DRAFT Elmford Parish Council Minutes\n3 March 2031",
    "Elmford Parish Council Minutes (DRAFT)\n3 March 2031",
    "Elmford Parish Council Minutes - Draft\n3 March 2031",
    "ELMFORD PARISH COUNCIL DRAFT\n3 March 2031",
    "PROVISIONAL Elmford Parish Council Minutes\n3 March 2031",
    "Elmford Parish Council Minutes (Approved)\n3 March 2031",
    "Elmford Parish Council Minutes - Confirmed\n3 March 2031",
])
def test_draft_marker_is_no_part_of_the_body(make_document, header) -> None:
    document = make_document(f"{header}\n\nPresent: Cllr Ann Lee, Cllr Bo Reed\n\n1. Apologies\nNone.\n")
    assert extract_meeting(document, kind="minutes").body == "Elmford Parish Council"


def test_draft_inside_a_groups_name_is_kept(make_document) -> None:
    # Near miss: a group named for the draft plan it works on keeps the word.
    document = make_document("Elmford Draft Plan Steering Group\nNotes of meeting, 3 March 2031\n\nPresent: Ann Lee\n")
    assert extract_meeting(document, kind="minutes").body == "Elmford Draft Plan Steering Group"


@pytest.mark.parametrize(
    "first_lines",
    [
        # Numbers typed with no space before the heading: the attendance opens the minutes, so the header ends there.
        "1.PRESENT: Ann Lee, Bob Ash\n2.Apologies: Cy Orr\n3.Matters Arising\nIt was agreed to repaint the door.\n",
        "1.Present: Ann Lee, Bob Ash\n2.Apologies: Cy Orr\n3.Hall Booking\nIt was agreed to let the hall.\n",
    ],
)
def test_a_number_glued_to_its_heading_ends_the_header(make_document, first_lines: str) -> None:
    document = make_document(f"MINUTES OF THE COMMITTEE MEETING HELD ON 19th March 2031 in the Village Hall\n{first_lines}")
    assert extract_meeting(document, kind="minutes").venue == "Village Hall"


def test_a_time_glued_after_its_stop_is_no_item(make_document) -> None:
    # Near miss: "7.30pm" opens with a number and a stop but no heading's capital follows.
    document = make_document("Minutes of the meeting held on 19 March 2031\n7.30pm in the Village Hall\nPresent: Ann Lee\n")
    assert extract_meeting(document, kind="minutes").venue == "Village Hall"
