"""The meeting header: body, date, times, venue, next meeting; plans' body and period."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from minutebook.extract.kind import classify_document
from minutebook.extract.meeting import extract_meeting
from minutebook.ingest.document import make_document


def test_capitals_heading_and_minutes_line(make_document) -> None:
    document = make_document(
        "PARISH SAFETY WORKING PARTY\n"
        "\n"
        "Minutes of the meeting held on 14 December 2015 at 7.00 pm in the Oak Room, Council Offices, "
        "High Street, Northtown, Northshire.\n"
        "\n"
        "Present: Councillor Ann Lee\n"
        "\n"
        "98. MINUTES OF PREVIOUS MEETING\n"
        "The minutes of the meeting held on 14 September 2015 were agreed.\n"
        "\n"
        "Meeting concluded: 8.30 pm\n"
    )
    meeting = extract_meeting(document, kind="minutes")
    assert meeting.body == "Parish Safety Working Party"
    assert meeting.date == dt.date(2015, 12, 14)
    assert meeting.start_time == dt.time(19, 0)
    assert meeting.end_time == dt.time(20, 30)
    assert meeting.venue == "Oak Room, Council Offices, High Street, Northtown, Northshire"
    assert meeting.evidence is not None and meeting.evidence.line_start == 1


def test_markdown_heading_drops_trailing_meeting(make_document) -> None:
    document = make_document(
        "## Northtown District Safety Partnership Meeting\n"
        "### Minutes of the meeting held on 3 December 2009\n"
        "Present:\tRuth Hale\tDistrict Council (Chair)\n"
    )
    meeting = extract_meeting(document, kind="minutes")
    assert meeting.body == "Northtown District Safety Partnership"
    assert meeting.date == dt.date(2009, 12, 3)
    assert meeting.venue is None


def test_notes_of_a_meeting_of_with_council_banner(make_document) -> None:
    document = make_document(
        "#### **NORTHSHIRE COUNTY COUNCIL**\n"
        "#### NORTHSHIRE SAFETY PARTNERSHIP\n"
        "NOTES of a meeting of the Northshire Safety Partnership held in the Elm Room, Shire House, "
        "County Hall, Northtown on Tuesday, 8 July 2014.\n"
        "PRESENT: Mr Tom Hill\n"
        "#### 72. Date of next meeting - 14 October 2014 at 2.00pm (Item C1)\n"
    )
    meeting = extract_meeting(document, kind="minutes")
    assert meeting.body == "Northshire Safety Partnership"
    assert meeting.date == dt.date(2014, 7, 8)
    assert meeting.start_time is None
    assert meeting.venue == "Elm Room, Shire House, County Hall, Northtown"
    assert meeting.next_meeting == dt.date(2014, 10, 14)


def test_council_banner_is_skipped_for_a_more_specific_body(make_document) -> None:
    document = make_document("NORTHSHIRE COUNTY COUNCIL\n\nSAFETY PANEL\n\nMinutes of the meeting held on 3 May 2012\n")
    assert extract_meeting(document, kind="minutes").body == "Safety Panel"


def test_moderngov_page_without_heading(make_document) -> None:
    document = make_document(
        "Venue: Elm Room, Shire House, County Hall, Northtown. View directions\n"
        "Contact: A Clerk 01234 567890\n"
        "No. | Item |\n"
        "Notes of meeting held on 9 November 2015 PDF 64 KB | Minutes: RESOLVED that the minutes were agreed |\n"
        "Date of next meeting | The next meeting of the Northshire Safety Partnership will be held on "
        "13 October 2016, 10am. Minutes: noted |\n"
    )
    meeting = extract_meeting(document, kind="minutes")
    assert meeting.body == "Northshire Safety Partnership"
    assert meeting.date is None  # the only dated line is the previous meeting's
    assert meeting.venue == "Elm Room, Shire House, County Hall, Northtown"
    assert meeting.next_meeting == dt.date(2016, 10, 13)


def test_future_meetings_list_skips_away_day_and_infers_year(make_document) -> None:
    document = make_document(
        "## Safety Partnership Meeting\n"
        "### Minutes of the meeting held on 3 December 2009\n"
        "\n"
        "## 8. Date of future meetings\n"
        "### AWAY DAY - Monday 18 January, Elm Farm\n"
        "Thursday 4 March\t10am -12pm\n"
        "Friday 11 June\t10am -12pm\n"
    )
    assert extract_meeting(document, kind="minutes").next_meeting == dt.date(2010, 3, 4)


def test_next_meeting_sentence(make_document) -> None:
    document = make_document(
        "Minutes of the meeting held on 1 September 2016\n"
        "The next meeting will be held on 13 October 2016 at the Town Hall.\n"
    )
    assert extract_meeting(document, kind="minutes").next_meeting == dt.date(2016, 10, 13)


def test_next_meeting_without_date_and_far_dates_are_ignored(make_document) -> None:
    document = make_document(
        "Minutes of the meeting held on 1 September 2016\n"
        "A further report will be considered at the next meeting of the Partnership, as the consultation "
        "closes some time after the summer holidays and the budget round, on 13 October 2016.\n"
    )
    assert extract_meeting(document, kind="minutes").next_meeting is None


def test_date_and_time_labels(make_document) -> None:
    document = make_document(
        "Safety Board\n"
        "Date: Thursday, 24th March, 2016\n"
        "Time: 10.00 am\n"
        "Place: Committee Room 2, Town Hall\n"
        "Present: Mr A Ash\n"
        "The meeting closed at 11.45 am.\n"
    )
    meeting = extract_meeting(document, kind="minutes")
    assert meeting.body == "Safety Board"
    assert meeting.date == dt.date(2016, 3, 24)
    assert meeting.start_time == dt.time(10, 0)
    assert meeting.venue == "Committee Room 2, Town Hall"
    assert meeting.end_time == dt.time(11, 45)


def test_body_and_date_on_one_heading(make_document) -> None:
    document = make_document("## Northshire Safety Partnership - Thursday, 24th March, 2016 10.00 am\n")
    meeting = extract_meeting(document, kind="minutes")
    assert meeting.body == "Northshire Safety Partnership"
    assert meeting.date == dt.date(2016, 3, 24)
    assert meeting.start_time == dt.time(10, 0)


def test_plan_period_and_body(make_document) -> None:
    document = make_document(
        "Community Safety Plan 2015/2016\n"
        "\n"
        "Draft\n"
        "\n"
        "The Community Safety Partnership works with partners. The Community Safety Partnership meets often.\n"
        "Northtown's Community Safety Partnership is made up of key partners.\n"
        "The responsible authorities of the Northtown Community Safety Partnership are listed.\n"
    )
    meeting = extract_meeting(document, kind="plan")
    assert meeting.kind == "plan"
    assert meeting.title == "Community Safety Plan 2015/2016"
    assert meeting.period == "2015-16"
    assert meeting.body == "Northtown Community Safety Partnership"
    assert meeting.date is None


SHARED = Path(__file__).resolve().parent.parent.parent / "shared"
SEEDS = sorted((SHARED / "seeds").glob("*.txt")) if (SHARED / "seeds").is_dir() else []


@pytest.mark.skipif(not SEEDS, reason="the shared seed documents are not here")
@pytest.mark.parametrize("seed", SEEDS, ids=lambda path: path.stem)
def test_seed_meeting_matches_gold(seed: Path) -> None:
    gold_path = SHARED / "gold" / f"{seed.stem}.json"
    if not gold_path.exists():
        pytest.skip("no gold answer for this seed")
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    document = make_document(seed.read_text(encoding="utf-8"), name=seed.name)
    kind = classify_document(document)
    meeting = extract_meeting(document, kind=kind)
    assert kind == gold["kind"]
    assert meeting.body == gold["body"]
    assert (meeting.date and meeting.date.isoformat()) == gold["meeting_date"]
    assert (meeting.start_time and meeting.start_time.strftime("%H:%M")) == gold["start_time"]
    assert (meeting.end_time and meeting.end_time.strftime("%H:%M")) == gold["end_time"]
    assert meeting.venue == gold["venue"]
    assert (meeting.next_meeting and meeting.next_meeting.isoformat()) == gold["next_meeting"]


def test_minutes_of_the_body_held_on(make_document) -> None:
    document = make_document(
        "Minutes of the Licensing Sub-Committee held on 5 May 2015 at 10am at the Guildhall, Northtown\n"
        "Present: Councillor Ann Lee\n"
        "The Chairman closed the meeting at 11.20 am.\n"
    )
    meeting = extract_meeting(document, kind="minutes")
    assert meeting.body == "Licensing Sub-Committee"
    assert meeting.venue == "Guildhall, Northtown"
    assert meeting.start_time == dt.time(10, 0)
    assert meeting.end_time == dt.time(11, 20)


def test_generic_body_takes_the_fuller_heading(make_document) -> None:
    document = make_document(
        "NORTHBY PARISH COUNCIL\n"
        "Minutes of the Meeting of the Parish Council held in the Village Hall on Monday 7th January 2019 at 7.30pm\n"
        "Date of next meeting: Monday 4th February\n"
    )
    meeting = extract_meeting(document, kind="minutes")
    assert meeting.body == "Northby Parish Council"
    assert meeting.venue == "Village Hall"
    assert meeting.next_meeting == dt.date(2019, 2, 4)


def test_time_range_gives_the_end_time(make_document) -> None:
    document = make_document("Safety Forum\nMinutes of the meeting held on Tuesday 4 February 2020, 2.00pm - 3.45pm\n")
    meeting = extract_meeting(document, kind="minutes")
    assert (meeting.start_time, meeting.end_time) == (dt.time(14, 0), dt.time(15, 45))


def test_date_alone_on_a_line_stays_in_the_header(make_document) -> None:
    document = make_document("SAFETY PANEL\nMINUTES\n14 December 2015\nPresent: Councillor Ann Lee\n")
    meeting = extract_meeting(document, kind="minutes")
    assert (meeting.body, meeting.date) == ("Safety Panel", dt.date(2015, 12, 14))


def test_header_laid_out_as_a_table(make_document) -> None:
    document = make_document("Meeting: | Safety Panel\nDate: | 5 May 2015\nVenue: | Town Hall\n\nPresent: Mr A Ash\n")
    meeting = extract_meeting(document, kind="minutes")
    assert (meeting.body, meeting.date, meeting.venue) == ("Safety Panel", dt.date(2015, 5, 5), "Town Hall")


def test_capitals_minutes_sentence_after_page_furniture(make_document) -> None:
    document = make_document(
        "Public Document Pack\n"
        "MINUTES OF A MEETING OF THE PLANNING COMMITTEE HELD AT THE CIVIC CENTRE, NORTHTOWN ON TUESDAY 5 MAY 2015 "
        "AT 7.00 PM\n"
        "PRESENT: Councillor A Ash\n"
    )
    meeting = extract_meeting(document, kind="minutes")
    assert meeting.body == "Planning Committee"
    assert meeting.date == dt.date(2015, 5, 5)
    assert meeting.start_time == dt.time(19, 0)
    assert meeting.venue == "Civic Centre, Northtown"
    assert meeting.evidence is not None and meeting.evidence.line_start == 2


def test_wrapped_minutes_sentence(make_document) -> None:
    document = make_document(
        "SAFETY PANEL\n"
        "Minutes of the meeting held on Thursday 28\n"
        "June 2018 at 7.00pm in the Council Chamber, Town Hall,\n"
        "High Street, Northtown.\n"
        "Present: Cllr Ann Lee\n"
    )
    meeting = extract_meeting(document, kind="minutes")
    assert meeting.date == dt.date(2018, 6, 28)
    assert meeting.start_time == dt.time(19, 0)
    assert meeting.venue == "Council Chamber, Town Hall, High Street, Northtown"


@pytest.mark.parametrize("header", [
    # A converter that set each word of the capitals heading on its own line.
    "MINUTES OF PROCEEDINGS AT MEETING OF NORTHSHIRE COUNTY AND\n\nCITY\n\nCOUNCIL\n\nHELD\n\nIN THE COUNCIL\n\n"
    "CHAMBER, NORTHTOWN, ON MONDAY, 4TH MAY, 2031, AT\n\n3.00 P.M.\n",
    "MINUTES OF PROCEEDINGS AT A MEETING OF THE NORTHSHIRE POLICING COMMITTEE HELD IN THE\n"
    "COUNCIL CHAMBER, NORTHTOWN ON MONDAY, 4TH MAY, 2031, AT\n3.00 P.M.\n",
])
def test_minutes_of_proceedings_heading_wraps_to_its_time(make_document, header: str) -> None:
    meeting = extract_meeting(make_document(header + "\nPRESENT IN THE CHAIR: Councillor A. Ash\n"), kind="minutes")
    assert meeting.date == dt.date(2031, 5, 4)
    assert meeting.start_time == dt.time(15, 0)


# --- Families from councils outside the UK house styles: each rule has two forms and a lookalike. ---


def _meeting(make_document, text: str, *, kind: str = "minutes"):
    return extract_meeting(make_document(text), kind=kind)


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("MINUTES\nTOWNSHIP OF ELM RIDGE\nA special meeting of the Township of Elm Ridge Council was held on "
         "Monday, May 6, 2024 starting at 6:00 p.m.\nPresent: Reeve Lyn Carr\n", "Township of Elm Ridge Council"),
        ("A regular meeting of the Board of Trustees of the Fernhill Library was held on June 3, 2022.\n",
         "Board of Trustees of the Fernhill Library"),
        ("Minutes of the July Monthly Meeting of Dunmore County Council held in the\n\nCouncil Chamber, Main Street, "
         "Dunmore on Monday, 11th July, 2022 at 3:45 p.m.\n\nPresent:\n", "Dunmore County Council"),
        ("MINUTES OF PROCEEDINGS AT MEETING OF JOINT POLICING COMMITTEE HELD IN\n\nTHE HALL, QUAY STREET, DUNMORE, "
         "ON FRIDAY, 15TH APRIL,\n\n2016 AT 2.30 P.M.\n\nPRESENT\n", "Joint Policing Committee"),
        # Caps title broken one word to a line, as PDF-to-markdown conversion leaves it.
        ("MINUTES OF PROCEEDINGS AT MEETING OF DUNMORE CITY AND\n\nCOUNTY\n\nCOUNCIL\n\nHELD\n\nIN\n\nTHE\n\n"
         "COUNCIL\n\nCHAMBER,\n\nMAIN STREET, DUNMORE, ON MONDAY, 25TH SEPTEMBER, 2017, AT\n\n3.00 P.M.\n\n"
         "PRESENT IN THE CHAIR: Councillor A. Byrne, Mayor.\n", "Dunmore City and County Council"),
    ],
)
def test_body_named_in_the_opening_sentence(make_document, text: str, body: str) -> None:
    assert _meeting(make_document, text).body == body


def test_body_of_a_meeting_still_to_be_held(make_document) -> None:
    meeting = _meeting(make_document, "Northby Council\nA meeting of the Audit Panel will be held:\nDate: 9 May 2031\n",
                       kind="agenda")
    assert meeting.body == "Audit Panel"


def test_body_sentence_inside_an_item_is_not_the_body(make_document) -> None:
    meeting = _meeting(
        make_document,
        "SAFETY PANEL\nMinutes of the meeting held on 4 May 2021\nPresent: Cllr Ann Lee\n"
        "1. Minutes\nThe minutes of a meeting of the Finance Committee held on 2 April were noted.\n",
    )
    assert meeting.body == "Safety Panel"


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("# Town of Elk Bend\nMonthly Meeting\nMarch 18, 2024\n\n## CALL TO ORDER\n", "Town of Elk Bend"),
        ("VILLAGE OF ASHFORD\nREGULAR MEETING\nJanuary 9, 2023\nThe meeting was called to order at 7 p.m.\n",
         "Village of Ashford"),
    ],
)
def test_municipal_banner_names_the_body(make_document, text: str, body: str) -> None:
    assert _meeting(make_document, text).body == body


@pytest.mark.parametrize(
    ("text", "body"),
    [
        # The organisation's banner over the board's name.
        ("1200 Lake Street\nRivermouth, CO 80210\n\nRegional Water District\n\nBoard of Directors\n"
         "Chair – Ria Voss, District A\nMara Lind, District B\n\nBOARD OF DIRECTORS MEETING\nJune 4, 2019 at 4:00 PM\n",
         "Regional Water District Board of Directors"),
        # A running footer names the council the title leaves out.
        ("MINUTES OF THE REGULAR CITY COUNCIL MEETING\nTUESDAY- -MAY 2, 2023- -7:00 P.M.\n"
         "Mayor Quinn convened the meeting at 7:02 p.m.\nROLL CALL - Present: Councilmembers Abara and Pike.\n"
         "Brook City Council 1\n\fCONSENT CALENDAR\nApproved.\nBrook City Council 2\n", "Brook City Council"),
    ],
)
def test_generic_board_takes_its_organisation(make_document, text: str, body: str) -> None:
    assert _meeting(make_document, text).body == body


def test_specific_body_keeps_its_own_name_under_a_banner(make_document) -> None:
    text = "Regional Water District\nFINANCE COMMITTEE\nMinutes of the meeting held on 4 June 2019\n"
    assert _meeting(make_document, text).body == "Finance Committee"


def test_hyphenated_place_keeps_its_small_words(make_document) -> None:
    assert _meeting(make_document, "STOKE-ON-TRENT PARISH COUNCIL\nMinutes of the meeting held on 3 May 2022\n").body == (
        "Stoke-on-Trent Parish Council"
    )
    assert _meeting(make_document, "ASHBY-CUM-FENBY PARISH COUNCIL\nMeeting 3 May 2022\n").body == (
        "Ashby-cum-Fenby Parish Council"
    )


@pytest.mark.parametrize(
    "text",
    [
        "RIVERSIDE TRUST\nBOARD MEETING MINUTES\nTitle of Meeting\tRiverside Trust - Board Meeting\nDate\t4th March 2021\n"
        "Place\tCommittee Room, Mill House\nTime\t10.00am – 12.30pm\nAttendees\tGail Rook (Chair), Ian Bevan\n"
        "1. Welcome\n",
        "RIVERSIDE TRUST\nBOARD MEETING MINUTES\nTitle of Meeting  Riverside Trust - Board Meeting\nDate  4th March 2021\n"
        "Place  Committee Room, Mill House\nTime  10.00am – 12.30pm\nAttendees  Gail Rook (Chair), Ian Bevan\n"
        "1. Welcome\n",
    ],
)
def test_header_grid_without_colons(make_document, text: str) -> None:
    meeting = _meeting(make_document, text)
    assert meeting.body == "Riverside Trust - Board"
    assert meeting.date == dt.date(2021, 3, 4)
    assert (meeting.start_time, meeting.end_time) == (dt.time(10, 0), dt.time(12, 30))
    assert meeting.venue == "Committee Room, Mill House"


def test_grid_label_words_in_a_sentence_are_not_labels(make_document) -> None:
    meeting = _meeting(make_document, "SAFETY PANEL\nDate  of the walkabout to be agreed.\nMinutes of the meeting held on 4 May 2021\n")
    assert meeting.date == dt.date(2021, 5, 4)


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("Town of Elk Bend\nMarch 18, 2024\nChair Ida Brook called the meeting to order at 7:05 pm.\n", dt.time(19, 5)),
        ("PLANNING COMMISSION\nMarch 18, 2024\n1. CALL TO ORDER\nThe meeting was called to order by Chair Ibarra "
         "at 6:32 p.m.\n", dt.time(18, 32)),
        ("PLANNING BOARD\nMONDAY, JANUARY 14, 2019\n1. CONVENE\nPresident Ruiz convened the meeting at 7:00pm\n",
         dt.time(19, 0)),
        ("CITY COUNCIL\nMarch 9, 2020\nThe regular session was called to order at 7:01 p.m. by Mayor Ng.\n",
         dt.time(19, 1)),
        ("GARTH COMMUNITY COUNCIL\n\nGENERAL MEETING MONDAY 13 JANUARY 2025\n\nHeld in the Burgh Hall at 7 p.m.\n\n"
         "Present: Ann Cole\n", dt.time(19, 0)),
        ("DYFFRYN COMMUNITY COUNCIL\nMEETING 12th OCTOBER 2022\nDyffryn Community Council held their meeting at 7.15pm "
         "on the 12th October 2022 at the Chapel Vestry, Pontnewydd.\nPRESENT\n", dt.time(19, 15)),
    ],
)
def test_start_time_in_prose(make_document, text: str, start: dt.time) -> None:
    assert _meeting(make_document, text).start_time == start


@pytest.mark.parametrize(
    "text",
    [
        "CITY COUNCIL\nMarch 9, 2020\n1. CALL TO ORDER\n2. ROLL CALL\nThe meeting reconvened at 9:10 p.m.\n",
        "CITY COUNCIL\nMarch 9, 2020\nThe closed session convened at 5:30 p.m.\nPresent: Mayor Ng\n",
        "SAFETY PANEL\nMinutes of the meeting held on 4 May 2021\n3. ROADS\nResurfacing starting at 9am on Monday.\n",
    ],
)
def test_start_time_lookalikes(make_document, text: str) -> None:
    assert _meeting(make_document, text).start_time is None


@pytest.mark.parametrize(
    ("text", "end"),
    [
        ("CITY COUNCIL\nMay 2, 2023\nADJOURNMENT\nThere being no further business, Mayor Quinn adjourned the meeting "
         "at 9:12 p.m.\n", dt.time(21, 12)),
        ("CITY COUNCIL\nMay 2, 2023\nADJOURNMENT\nThere being no further business, Mayor Quinn adjourned the meeting at 8:35\n"
         "p.m.\nRespectfully submitted,\n", dt.time(20, 35)),
        ("Town of Elk Bend\nMarch 18, 2024\n## ADJOURNMENT\nMeeting adjourned at 8:15 pm.\n", dt.time(20, 15)),
        ("BOARD OF DIRECTORS MEETING\nJune 4, 2019\nThe meeting adjourned at 5:10 p.m.\n", dt.time(17, 10)),
        ("TOWNSHIP OF ELM RIDGE\nMay 6, 2024\nR2024-50 B. Hart, D. Penn:\nThat the meeting be adjourned. "
         "Time: 7:58 p.m. Next regular meeting to be held May 20, 2024.\nCarried.\n", dt.time(19, 58)),
        # The motion to adjourn, made as the meeting ended.
        ("LIBRARY BOARD\nMay 6, 2031\nMOTION: Trustee Orme moved to adjourn the meeting at 8:05 pm. Trustee Vance "
         "seconded.\n", dt.time(20, 5)),
        ("PARKS BOARD\nMay 6, 2031\nCommissioner Lee moved to adjourn the session at 9:41 p.m.\n", dt.time(21, 41)),
    ],
)
def test_end_time_when_adjourned(make_document, text: str, end: dt.time) -> None:
    assert _meeting(make_document, text).end_time == end


@pytest.mark.parametrize(
    "text",
    [
        "COUNTY COUNCIL\nMonday, 9th May, 2022\nOn the proposal of Cllr Ahern, it was agreed to take a 30-minute "
        "adjournment.\n",
        "COUNTY COUNCIL\nMonday, 9th May, 2022\nThe Meeting then adjourned to Tuesday, 14th June, 2022, at 2pm.\n",
        "CITY COUNCIL\nMay 2, 2023\nThe meeting adjourned at 8:00 p.m. for a short break.\nThe meeting reconvened at "
        "8:10 p.m.\nCONSENT CALENDAR\nApproved.\n",
        "TOWNSHIP OF ELM RIDGE\nMay 6, 2024\nThat Council go into closed session. Time: 7:28 p.m.\nCarried.\n",
    ],
)
def test_end_time_lookalikes(make_document, text: str) -> None:
    assert _meeting(make_document, text).end_time is None


def test_meeting_hours_in_brackets_give_start_and_end(make_document) -> None:
    meeting = _meeting(make_document, "AUDIT PANEL\n4 June 2031\n(19:15 TO 19:25 AND 20:25 TO 20:27)\nPRESENT: Cllr A Ash\n")
    assert (meeting.start_time, meeting.end_time) == (dt.time(19, 15), dt.time(20, 27))


@pytest.mark.parametrize(
    ("text", "venue"),
    [
        ("TOWNSHIP OF ELM RIDGE\nA special meeting of the Township of Elm Ridge Council was held on Monday, May 6, 2024.\n"
         "The meeting was held in person at the Lakeview Hall, and livestreamed to the Township channel.\n",
         "Lakeview Hall"),
        ("Minutes of the May Meeting of Dunmore County Council held in the Council Chamber, Main Street, Dunmore and "
         "via MS Teams on Monday, 9th May, 2022\n", "Council Chamber, Main Street, Dunmore"),
        ("MINUTES OF PROCEEDINGS AT MEETING OF JOINT POLICING COMMITTEE HELD IN\n\nTHE HALL, QUAY STREET, DUNMORE, "
         "ON FRIDAY, 15TH APRIL,\n\n2016 AT 2.30 P.M.\n\nPRESENT\n", "Hall, Quay Street, Dunmore"),
        ("10 June 2020\nDyffryn Community Council held their meeting remotely via Zoom at 7.30pm on the 10th June 2020.\n"
         "PRESENT\n", "remotely via Zoom"),
        ("1200 Lake Street\nRivermouth, CO 80210\n303-555-0100\n\nRegional Water District\n\nBOARD OF DIRECTORS MEETING\n"
         "June 4, 2019 at 4:00 PM\n", "1200 Lake Street, Rivermouth, CO 80210"),
    ],
)
def test_venue_families(make_document, text: str, venue: str) -> None:
    assert _meeting(make_document, text).venue == venue


def test_time_after_the_venue_is_not_a_venue(make_document) -> None:
    text = ("MINUTES OF PROCEEDINGS AT MEETING OF DUNMORE COUNCIL HELD ON MONDAY, 25TH SEPTEMBER, 2017, AT\n\n"
            "3.00 P.M.\n\nPRESENT IN THE CHAIR: Councillor A. Byrne, Mayor.\n")
    assert _meeting(make_document, text).venue is None


@pytest.mark.parametrize(
    "text",
    [
        # whose place someone took, in the opening sentence
        "March 4, 2031\nThe meeting was called to order by Vice Chair Dana in Robin’s absence.\nPresent: Ann Lee\n",
        "ELM VALLEY RESIDENTS' ASSOCIATION\nMinutes of 4 March 2031\nThe meeting was chaired by Cllr Ash in the "
        "Chair's absence.\n",
        # a place in a later sentence of the opening, about something else
        "Notes on Meeting – March 5, 2031 We welcomed two new members. Jo and Sam Reed have lived at Lake Elm for 20 "
        "years.\nTreasurer's report given.\n",
        "Minutes of the committee meeting, 5 March 2031. Members toured the gardens at Birch Park after the talk.\n",
    ],
)
def test_places_outside_the_meeting_sentence_are_no_venue(make_document, text: str) -> None:
    assert _meeting(make_document, text).venue is None


def test_a_place_in_the_meeting_sentence_after_an_abbreviation_is_still_the_venue(make_document) -> None:
    # Look-alike: "p.m. At" and "St. Anne's" end no sentence.
    text = "Minutes of the meeting held at 7 p.m. At St. Anne's Church Hall on Monday 3 March 2031.\nPresent: Ann Lee\n"
    assert _meeting(make_document, text).venue == "St. Anne's Church Hall"


@pytest.mark.parametrize(
    ("text", "next_meeting"),
    [
        ("COUNTY COUNCIL\nMonday, 9th May, 2022\nThe Meeting then adjourned to Tuesday, 14th June, 2022, at 2pm.\n",
         dt.date(2022, 6, 14)),
        ("COUNTY COUNCIL\nMonday, 9th May, 2022\nIt was agreed to adjourn the Meeting until Thursday, 12th May, 2022.\n",
         dt.date(2022, 5, 12)),
    ],
)
def test_adjourned_to_a_date_is_the_next_meeting(make_document, text: str, next_meeting: dt.date) -> None:
    assert _meeting(make_document, text).next_meeting == next_meeting


def test_adjourned_for_minutes_is_not_a_next_meeting(make_document) -> None:
    text = "COUNTY COUNCIL\nMonday, 9th May, 2022\nThe meeting adjourned for 20 minutes to 4 pm.\n"
    assert _meeting(make_document, text).next_meeting is None


def test_date_after_a_long_roster(make_document) -> None:
    roster = "".join(f"{name}, District {letter}\n" for name, letter in zip(
        ["Ria Voss", "Mara Lind", "Owen Pratt", "Hugo Sand", "Ada Moss", "Bo Hart", "Cy Penn", "Di Fenn",
         "Ed Lowe", "Flo Dunn", "Gus Ives", "Hal Jay", "Ivy Kerr", "Jo Lamb", "Kit Orr"], "ABCDEFGHIJKLMNO"))
    text = f"Regional Water District\nBoard of Directors\n{roster}\nFINANCE COMMITTEE MEETING\nJune 4, 2019 at 4:00 PM\nI.\nCall to Order\n"
    meeting = _meeting(make_document, text)
    assert (meeting.date, meeting.start_time) == (dt.date(2019, 6, 4), dt.time(16, 0))


def test_title_words_over_a_generic_body_are_no_organisation(make_document) -> None:
    text = "Regular Meeting\nCity Council\nMay 2, 2023\nThe Mayor called the meeting to order at 7 p.m.\n"
    assert _meeting(make_document, text).body == "City Council"


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("M I N U T E S\nREGULAR MEETING OF THE OAK GROVE CITY COUNCIL\nCITY HALL COUNCIL CHAMBERS\n"
         "Monday, October 1, 2012 at 7:00 p.m.\n", "Oak Grove City Council"),
        ("Minutes of the Normandale City Council Regular Meeting\nThursday, November 01, 2012, 6:30 p.m.\n",
         "Normandale City Council"),
        ("Minutes of a REGULAR MEETING of the PRESIDENT and BOARD OF TRUSTEES\nVillage of Elm Park, Cook County, IL\n"
         "Monday, December 17, 2018\nThe meeting was called to order at 7:00 P.M. by Mayor Ann Lee.\n",
         "President and Board of Trustees"),
        ("TOWNSHIP OF BROOKLANE\nREGULAR COUNCIL MEETING\nMINUTES\nTuesday, March 5, 2024 at 7:00 p.m.\n",
         "Township of Brooklane Council"),
    ],
)
def test_kind_of_meeting_beside_the_body_is_dropped(make_document, text: str, body: str) -> None:
    assert _meeting(make_document, text).body == body


def test_opening_sentence_is_no_body(make_document) -> None:
    text = ("MINUTES OF PROCEEDINGS\nThis Regular Meeting of Council was called to order on Monday, April 9, 2018 at "
            "7:36 p.m. by Ann Lee, Council President.\nCouncil adjourned at 9:02 p.m.\n")
    meeting = _meeting(make_document, text)
    assert meeting.body is None
    assert (meeting.start_time, meeting.end_time) == (dt.time(19, 36), dt.time(21, 2))


def test_resolution_to_adjourn_at_a_time(make_document) -> None:
    text = ("TOWNSHIP OF BROOKLANE\nTuesday, March 5, 2024\n9. ADJOURNMENT\nResolution No. 2024-33 Moved by Councillor Hart "
            "Seconded by Councillor Penn\nTHAT this meeting adjourn at 8:47 p.m.\nCARRIED\n")
    assert _meeting(make_document, text).end_time == dt.time(20, 47)


@pytest.mark.parametrize(
    ("text", "body", "date"),
    [
        ("MINUTES OF ELMWICK PARISH COUNCIL MEETING Held on Wednesday 12 th October 2016 in Elmwick Village Hall at 7.30pm\n"
         "Present: Cllr A Ash (Chair)\n", "Elmwick Parish Council", dt.date(2016, 10, 12)),
        ("ROWDEN PARISH COUNCIL MINUTES OF THE ANNUAL MEETING HELD ON 13 MAY 2014 AT THE VILLAGE HALL\nPRESENT: Cllr A Ash\n",
         "Rowden Parish Council", dt.date(2014, 5, 13)),
        ("LITTLE BROOKFIELD PARISH COUNCIL Minutes of Meeting held on Tuesday 20 th September 2016 at 7.30pm in the "
         "Parish Room\nPresent: Cllr A Ash\n", "Little Brookfield Parish Council", dt.date(2016, 9, 20)),
        ("WROXTON PARISH COUNCIL. Minutes of the Parish Council Meeting held on Wednesday 13 th July 2016 at Wroxton "
         "Parish Hall at 7.30 p.m.\nPresent: Cllr A Ash\n", "Wroxton Parish Council", dt.date(2016, 7, 13)),
    ],
)
def test_parish_banner_and_minutes_title_on_one_line(make_document, text: str, body: str, date: dt.date) -> None:
    meeting = _meeting(make_document, text)
    assert (meeting.body, meeting.date) == (body, date)


def test_place_before_the_date_on_a_header_line(make_document) -> None:
    text = ("Minutes of the Extraordinary Parish Council Meeting\nAlton Village Hall Meeting Room 16 September 2023 at "
            "17:00hrs\nCllr Marsh\n1. Chairman's remarks\n5. Meeting closed at 17:25hrs\n")
    meeting = _meeting(make_document, text)
    assert (meeting.venue, meeting.start_time, meeting.end_time) == (
        "Alton Village Hall Meeting Room", dt.time(17, 0), dt.time(17, 25))


def test_end_time_without_pm_after_an_evening_start(make_document) -> None:
    text = ("Annual Parish Meeting\nLocation: Edgeley Village Hall\nDate: Monday 13th May 2019 Time: 7.30 pm\n"
            "Present: Cllr Stark (Chair)\nThere being no other business the meeting closed at 7.45.\n")
    assert _meeting(make_document, text).end_time == dt.time(19, 45)
    morning = "Safety Forum\nDate: 4 May 2019\nTime: 9.30am\nPresent: Cllr Stark\nThe meeting closed at 11.15.\n"
    assert _meeting(make_document, morning).end_time == dt.time(11, 15)


def test_a_venue_label_keeps_its_online_words(make_document) -> None:
    text = "SAFETY PANEL\nDate: 4 May 2021\nVenue: Online via Microsoft Teams\nPresent: Cllr Ann Lee\n"
    assert _meeting(make_document, text).venue == "Online via Microsoft Teams"


@pytest.mark.parametrize(
    ("text", "body", "venue"),
    [
        ("CITY OF ASHBY\nPLANNING COMMISSION MINUTES\nThe Planning Commission of the City of Ashby met in regular session "
         "on May 2, 2023 at 6:00 p.m. in the Council Chambers, 100 Main Street.\nROLL CALL\n",
         "City of Ashby Planning Commission", "Council Chambers, 100 Main Street"),
        ("The regular meeting of the Ashby City Council was called to order at 7:00 p.m. by Mayor Ann Lee on Tuesday, "
         "May 2, 2023, in the Council Chambers.\nROLL CALL: Present: Councilmembers Ames, Boyd\n",
         "Ashby City Council", "Council Chambers"),
        ("M I N U T E S\nREGULAR MEETING OF THE OAK GROVE CITY COUNCIL\nCITY HALL COUNCIL CHAMBERS\n"
         "Monday, October 1, 2012 at 7:00 p.m.\n", "Oak Grove City Council", "City Hall Council Chambers"),
    ],
)
def test_us_opening_sentence_and_place(make_document, text: str, body: str, venue: str) -> None:
    meeting = _meeting(make_document, text)
    assert (meeting.body, meeting.venue) == (body, venue)
    assert meeting.start_time is not None


@pytest.mark.parametrize(
    ("text", "body", "start", "venue"),
    [
        ("City of Ashby\nMeeting Minutes - Final\nCity Council\nTuesday, May 2, 2023\n7:00 PM\nCouncil Chambers\n"
         # The status after the record's name ("- Final") is no part of the masthead's names: the city's council.
         "1. CALL TO ORDER\nMayor Lee called the meeting to order at 7:03 PM.\n", "City of Ashby City Council", dt.time(19, 3),
         "Council Chambers"),
        ("City of Ashby\nMeeting Minutes\nPlanning Commission\nMonday, June 5, 2023 6:00 PM Council Chambers, City Hall\n"
         # The city's banner over the minutes' title names whose commission it is.
         "CALL TO ORDER\n", "City of Ashby Planning Commission", dt.time(18, 0), "Council Chambers, City Hall"),
    ],
)
def test_meeting_portal_header(make_document, text: str, body: str, start: dt.time, venue: str) -> None:
    meeting = _meeting(make_document, text)
    assert (meeting.body, meeting.start_time, meeting.venue) == (body, start, venue)


def test_council_offices_are_no_body(make_document) -> None:
    text = "COUNCIL OFFICES\nLicensing Sub-Committee\nMinutes of the meeting held on 4 May 2021\nPresent: Cllr Ann Lee\n"
    meeting = _meeting(make_document, text)
    assert (meeting.body, meeting.venue) == ("Licensing Sub-Committee", "Council Offices")


@pytest.mark.parametrize(
    "text",
    [
        "Harbury Council\nA meeting of the Audit Panel will be held:\nDate: 9 May 2031\nTime: 19:00\n"
        "\f9 May 2031\n1. Declarations of interest 1\n2. Minutes of the meeting held on 4 April 2031 3\n3. Risk report 7\n"
        "\f(19:00 TO 20:05)\nPRESENT: Cllr P Vance (Chair), Cllr R Oduya\n1 DECLARATIONS OF INTEREST\nNone.\n",
        "NOTICE OF MEETING\nYou are hereby summoned to attend a meeting of the Audit Panel to be held on 9 May 2031 at 7pm.\n"
        "AGENDA\n1. Apologies\n2. Minutes\n\fMINUTES of the meeting of the Audit Panel held on 4 April 2031 at 7pm\n"
        "Present: Cllr P Vance (Chair)\n1. Apologies\nNone.\nThe meeting closed at 8.05pm.\n",
    ],
)
def test_agenda_pack_reads_the_minutes_it_carries(make_document, text: str) -> None:
    document = make_document(text)
    meeting = extract_meeting(document, kind=classify_document(document))
    assert meeting.kind == "agenda"
    assert (meeting.body, meeting.date, meeting.next_meeting) == ("Audit Panel", dt.date(2031, 4, 4), dt.date(2031, 5, 9))
    assert (meeting.start_time, meeting.end_time) == (dt.time(19, 0), dt.time(20, 5))


def test_date_alone_runs_on_into_its_time_but_not_into_a_sentence(make_document) -> None:
    meeting = _meeting(make_document, "SAFETY PANEL\nThursday 5 May 2022\nat 7.00pm in the Village Hall\nPresent: Cllr A Ash\n")
    assert (meeting.start_time, meeting.venue) == (dt.time(19, 0), "Village Hall")
    sentence = _meeting(make_document, "CITY COUNCIL\nMarch 9, 2020\nThe closed session convened at 5:30 p.m.\n")
    assert sentence.start_time is None


FRONT_MATTER_UK = (
    "---\n"
    'title: "Amberly PC - March minutes"\n'
    'date: "2021-05-02"\n'
    "categories:\n"
    '  - "parish-councils"\n'
    "---\n"
    "\n"
    "Minutes of Amberly Parish Council Meeting held in the Village Hall on Thursday 4 March 2021 at 7.30pm\n"
    "\n"
    "Present: Cllr A Hollis (Chairman), Cllr B Carver\n"
)
FRONT_MATTER_US = (
    "---\n"
    "template: article\n"
    "title: April 2019 Minutes\n"
    "subtitle: Regular Meeting of the Lakeview Harbor Board of Commissioners\n"
    "date: 04/02/2019\n"
    "taxonomy:\n"
    "    tag:\n"
    "        - minutes\n"
    "---\n"
    "\n"
    "Thursday, April 11, 2019 02:00 PM at the Harbor Office\n"
    "\n"
    "# CALL TO ORDER\n"
    "\n"
    "President Ann Ames called the meeting to order at 2:04 PM.\n"
)


def test_front_matter_yields_to_the_documents_own_dateline() -> None:
    meeting = extract_meeting(make_document(FRONT_MATTER_UK), kind="minutes")
    assert meeting.date == dt.date(2021, 3, 4)
    assert meeting.body == "Amberly Parish Council"


def test_front_matter_fills_what_the_document_leaves_out() -> None:
    meeting = extract_meeting(make_document(FRONT_MATTER_US), kind="minutes")
    assert meeting.date == dt.date(2019, 4, 11)
    assert meeting.body is not None and meeting.body.endswith("Lakeview Harbor Board of Commissioners")
    assert not meeting.body.startswith("subtitle")
    # The call to order beats the scheduled time of the header.
    assert meeting.start_time == dt.time(14, 4)
    # Only the front matter dates it: its date is read month first in an American document.
    bare = FRONT_MATTER_US.replace("Thursday, April 11, 2019 02:00 PM at the Harbor Office", "Harbor Office, Lakeview, OR 97001")
    assert extract_meeting(make_document(bare), kind="minutes").date == dt.date(2019, 4, 2)


def test_dashes_that_open_no_front_matter_are_text() -> None:
    # A horizontal rule then prose is no front matter.
    document = make_document(
        "---\nMinutes of the Dunmore Hall Committee held on 2 June 2021 at 7pm\n---\n\nPresent: A Smith\n"
    )
    meeting = extract_meeting(document, kind="minutes")
    assert meeting.date == dt.date(2021, 6, 2)


def test_call_to_order_far_from_the_scheduled_time_is_another_session() -> None:
    document = make_document(
        "CITY OF LAKEVIEW CITY COUNCIL\nRegular Meeting, Monday, March 8, 2021, 7:00 p.m.\n\n"
        "Present: Mayor Dunn\n\nThe closed session was called to order at 4:00 p.m.\n"
        "The regular meeting was called to order at 7:02 p.m.\n"
    )
    assert extract_meeting(document, kind="minutes").start_time == dt.time(19, 2)


@pytest.mark.parametrize(
    ("text", "venue"),
    [
        # The dateline goes on to the place.
        ("Thursday, April 11, 2019 02:00 PM at the Harbor Office\n\nPresent: Ann Ames\n", "Harbor Office"),
        ("Minutes from Monday, March 8, 2021 – 8:30am at Blue Kettle Cafe\n\u2022 Welcome\n", "Blue Kettle Cafe"),
        # The place straight before the weekday, with no "on".
        ("MINUTES OF AMBERLY PARISH COUNCIL MEETING HELD AT THE SCHOOL HOUSE MONDAY 8th MARCH 2021\n\nPresent: A Smith\n",
         "School House"),
        ("Minutes of the meeting held in the Reading Room, Tuesday 9 March 2021 at 7pm\n\nPresent: A Smith\n",
         "Reading Room"),
    ],
)
def test_venue_in_the_dateline(text: str, venue: str) -> None:
    assert extract_meeting(make_document(text), kind="minutes").venue == venue


def test_bulleted_lines_neither_run_on_into_the_venue_nor_name_the_body() -> None:
    document = make_document(
        "Minutes from Monday, March 8, 2021 – 8:30am at Blue Kettle Cafe\n"
        "\uf0b7 Opening Business\n"
        "o Commissioners Present: Ann Ames, Ben Bloom\n"
        "\uf0b7 Cara Cole welcomed to the Commission\n"
        "\uf0b7 Minutes approved – A. Ames (motion), B. Bloom (second)\n"
    )
    meeting = extract_meeting(document, kind="minutes")
    assert meeting.venue == "Blue Kettle Cafe"
    assert meeting.body is None


def test_a_dateline_without_a_place_gives_no_venue() -> None:
    # Lookalikes: "at" before a time, and a date then a sentence.
    for text in ("Thursday, April 11, 2019 at 2:00 PM\n\nPresent: Ann Ames\n",
                 "March 8, 2021\nAt the outset the Chair welcomed everyone.\n"):
        assert extract_meeting(make_document(text), kind="minutes").venue is None


@pytest.mark.parametrize(
    ("text", "end"),
    [
        ("CITY COUNCIL\nMarch 8, 2021 9:30 a.m.\n\nPresent: Mayor Dunn\n\n(Y-4) 18002  At 10:31 a.m. Council adjourned. "
         "JANE DOE Auditor\n", dt.time(10, 31)),
        ("Harbor Board\nMarch 8, 2021 7:00 pm\n\nPresent: Ann Ames\n\nAt 8:45 pm, the Board adjourned.\n", dt.time(20, 45)),
    ],
)
def test_end_time_written_before_adjourned(text: str, end: dt.time) -> None:
    assert extract_meeting(make_document(text), kind="minutes").end_time == end


def test_adjourned_to_another_day_after_a_time_is_no_end() -> None:
    text = "Harbor Board\nMarch 8, 2021 7:00 pm\n\nPresent: Ann Ames\n\nAt 8:45 pm the Board adjourned to March 15.\n"
    assert extract_meeting(make_document(text), kind="minutes").end_time is None


def test_call_to_order_without_am_pm_in_an_afternoon_meeting() -> None:
    text = (
        "Thursday, April 11, 2019 02:03 PM at the Harbor Office\n\n# CALL TO ORDER\n\n"
        "President Ames called the meeting to order at 2:00.\n"
    )
    assert extract_meeting(make_document(text), kind="minutes").start_time == dt.time(14, 0)


def _parsed(tmp_path, text: str, name: str = "post.md"):
    from minutebook.ingest import parse_file

    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return parse_file(path)


def test_kept_front_matter_dates_minutes_whose_dateline_has_no_year(tmp_path) -> None:
    # A site's post: the minutes print "MONDAY 6 OCTOBER" only; the post's title has the year.
    document = _parsed(tmp_path, (
        "---\nlayout: post\ntitle:  \"General Meeting 6th October 2031\"\nauthor: kim\n---\n\n"
        "BRAMLEY VALE COMMUNITY COUNCIL\n\nGENERAL MEETING MONDAY 6 OCTOBER\n\n"
        "Present: Ann Ross, Tom Reid\n\n1. MINUTES OF SEPTEMBER MEETING\n\nAgreed.\n"
    ))
    meeting = extract_meeting(document, kind="minutes")
    assert meeting.date == dt.date(2031, 10, 6)
    assert meeting.body == "Bramley Vale Community Council"


def test_kept_front_matter_names_the_body_only_when_the_text_does_not(tmp_path) -> None:
    text = (
        "---\ntitle: Minutes of the Fenwick Harbour Board\ndate: 2030-02-11\n---\n\n"
        "February 10, 2030\n\nPresent: Ann Ross, Tom Reid\n"
    )
    meeting = extract_meeting(_parsed(tmp_path, text), kind="minutes")
    assert meeting.body == "Fenwick Harbour Board"
    assert meeting.date == dt.date(2030, 2, 10)  # the dateline beats the posting date
    named = text.replace("February 10, 2030", "Ridgeway Parish Council\nFebruary 10, 2030")
    assert extract_meeting(_parsed(tmp_path, named), kind="minutes").body == "Ridgeway Parish Council"


@pytest.mark.parametrize(
    ("front", "date", "start", "end", "venue"),
    [
        ("title: Board Meeting\nlocation: Zoom\nstarts: 2031-11-16T19:00:00-08:00\nends: 2031-11-16T20:30:00-08:00\n",
         dt.date(2031, 11, 16), dt.time(19, 0), dt.time(20, 30), "Zoom"),
        ("title: Steering Committee\ndate: 2031-04-20\nvenue: Elm Street Library, Room 2\ntime: 7:00 PM\n",
         dt.date(2031, 4, 20), dt.time(19, 0), None, "Elm Street Library, Room 2"),
    ],
)
def test_an_events_front_matter_fills_the_place_and_times_the_text_leaves_out(
    tmp_path, front: str, date: dt.date, start: dt.time, end: dt.time | None, venue: str
) -> None:
    # Some sites post minutes as events: where and when the meeting is held sit only in the front matter.
    text = f"---\n{front}---\n\n## Call to order\nThe chair opened the meeting and welcomed everyone.\n"
    meeting = extract_meeting(_parsed(tmp_path, text), kind="minutes")
    assert (meeting.date, meeting.start_time, meeting.end_time, meeting.venue) == (date, start, end, venue)


def test_the_texts_own_place_and_time_beat_the_front_matters(tmp_path) -> None:
    text = (
        "---\ntitle: Board Meeting\nlocation: Zoom\nstarts: 2031-11-16T19:00:00\ndate: 2031-11-20 00:00\n---\n\n"
        "Minutes of the meeting held on 16 November 2031 at 6.30pm in the Village Hall\n\nPresent: Ann Ross, Tom Reid\n"
    )
    meeting = extract_meeting(_parsed(tmp_path, text), kind="minutes")
    assert (meeting.start_time, meeting.venue) == (dt.time(18, 30), "Village Hall")
    # A posting time at midnight, or a link, says nothing of the meeting.
    posted = "---\ntitle: Minutes\ndate: 2031-11-20 00:00\nlocation: /minutes/2031\n---\n\nPresent: Ann Ross\n"
    meeting = extract_meeting(_parsed(tmp_path, posted), kind="minutes")
    assert (meeting.start_time, meeting.venue) == (None, None)


def test_front_matter_stays_out_of_items_and_attendees(tmp_path) -> None:
    from minutebook.extract.pipeline import extract_document

    document = _parsed(tmp_path, (
        "---\ntitle: Minutes (May, 2031)\ndate: 2031-05-19\nauthor: Present Day\n---\n\n"
        "# Town of Elm Ridge\nMay 19, 2031\n\n## CALL TO ORDER\nThe chair called the meeting to order at 7:00 pm.\n"
    ))
    extraction = extract_document(document)
    assert [item.title for item in extraction.items] == ["CALL TO ORDER"]
    assert not any("2031" in person.name or "Present Day" in person.name for person in extraction.attendees)


def test_a_held_in_line_gives_the_venue_and_never_the_body() -> None:
    document = make_document(
        "ASHGROVE COMMUNITY COUNCIL\n\nGENERAL MEETING MONDAY 3 MARCH 2031\n\n"
        "Held in the Board Room, Larkspur Workspace at 7 p.m.\n\nPresent: Ann Ross, Tom Reid\n"
    )
    meeting = extract_meeting(document, kind="minutes")
    assert meeting.body == "Ashgrove Community Council"
    assert meeting.venue == "Board Room, Larkspur Workspace"
    assert meeting.start_time == dt.time(19, 0)
    other = make_document(
        "Minutes of the meeting held on 4 April 2031\nHeld in the Committee Room 2, Civic Offices\nPresent: Ann Ross\n"
    )
    assert extract_meeting(other, kind="minutes").body is None


def test_a_place_ends_with_its_sentence() -> None:
    document = make_document(
        "# Town of Fernbrook\nAugust 18, 2031\n\n## CALL TO ORDER\n"
        "Chair Ann Ross called the monthly meeting to order at 6:30 pm on August 18, 2031 at the Fernbrook Town Hall.  "
        "Board members present were supervisors Ann Ross and Tom Reid.\n"
    )
    assert extract_meeting(document, kind="minutes").venue == "Fernbrook Town Hall"
    abbreviated = make_document("Minutes of the meeting of the Elm Joint Committee held at the Civic Hall, Co. Elm on 2 May 2031\n")
    assert extract_meeting(abbreviated, kind="minutes").venue == "Civic Hall, Co. Elm"


def test_prose_after_at_or_in_is_no_place() -> None:
    # A header with no attendance line runs into the items; their sentences name no venue.
    document = make_document(
        "# Town of Fernbrook\nMonthly Meeting\nJuly 20, 2031\n\n## FIRE DEPARTMENT\n"
        "The chief reports the hydrant at Spring Pond was repaired. Training is being held outside next month.\n"
        "## MINUTES\nThe clerk asked for changes, as the revised minutes were sent in August. Members agreed.\n"
    )
    assert extract_meeting(document, kind="minutes").venue is None


def test_meeting_location_label_gives_the_venue() -> None:
    document = make_document(
        "CITY OF OAKDALE PLANNING COMMISSION\nRegular Meeting Minutes\nMarch 4, 2031\n"
        "Meeting Location: Oakdale Community Center, 12 Elm Street\nPresent: Chair Ann Ross\n"
    )
    assert extract_meeting(document, kind="minutes").venue == "Oakdale Community Center, 12 Elm Street"
    other = make_document("Harbour Board\nLocation of Meeting: Pier House\nDate: 5 May 2031\nPresent: Ann Ross\n")
    assert extract_meeting(other, kind="minutes").venue == "Pier House"


def test_an_annual_meeting_of_the_council_names_the_council() -> None:
    document = make_document(
        "# BRIARWOOD PARISH COUNCIL\n# MINUTES OF THE ANNUAL PARISH COUNCIL MEETING HELD ON\n# TUESDAY, 6 MAY 2031\n"
        "Present: Ann Ross, Tom Reid\n"
    )
    assert extract_meeting(document, kind="minutes").body == "Briarwood Parish Council"


def test_sentences_that_mention_a_council_name_no_body() -> None:
    document = make_document(
        "# ELMSTEAD & WYE COMMUNITY COUNCIL\n# MEETING 11th SEPTEMBER 2031\n"
        "Elmstead and Wye Community Council’s September meeting followed the 6.30pm meeting with the county\n"
        "Mr Ian Grey, Housing Lead, Oakshire County Council, attended the meeting and two\n"
        "members of Ryeford Community Council attended the presentation.\n"
        "# PRESENT\nCouncillors Ann Ross and Tom Reid\n"
    )
    assert extract_meeting(document, kind="minutes").body == "Elmstead & Wye Community Council"


def test_a_venue_in_brackets_and_a_title_that_names_a_library() -> None:
    document = make_document(
        "# MINUTES OF THE TRUSTEES OF THE FRIENDS OF OAKLEY LIBRARY MEETING HELD ON 22nd MAY 2031.\n"
        "# (Held in the Council Chamber, Mill Road, Eastwick).\nPresent: Ann Ross\n"
    )
    assert extract_meeting(document, kind="minutes").venue == "Council Chamber, Mill Road, Eastwick"
    titled = make_document("# Minutes of Trustees of The Friends of Oakley Library\n# Meeting of 5th May 2031\nPresent; Ann Ross\n")
    assert extract_meeting(titled, kind="minutes").venue is None


def test_a_body_that_held_its_meeting_opens_the_sentence() -> None:
    document = make_document(
        "11 November 2031\nElmstead and Wye Community Council held their meeting via Zoom at 7.30pm on the 11th November 2031.\n"
        "# PRESENT\nCouncillors Ann Ross and Tom Reid\n"
    )
    meeting = extract_meeting(document, kind="minutes")
    assert meeting.body == "Elmstead and Wye Community Council"
    assert meeting.venue == "Zoom"
    assert meeting.start_time == dt.time(19, 30)
    # A person who held a meeting is no body.
    other = make_document("11 November 2031\nAnn Ross held a short meeting with the residents at 7pm.\nPresent: Tom Reid\n")
    assert extract_meeting(other, kind="minutes").body is None


def test_an_opening_sentence_in_capitals_runs_on_over_its_lines() -> None:
    document = make_document(
        "MINUTES OF PROCEEDINGS AT SPECIAL MEETING OF NORTHSHIRE\n\n"
        "CITY AND COUNTY COUNCIL HELD IN THE COUNCIL\n\nCHAMBER, MILLTOWN, NORTHSHIRE, ON MONDAY, 22ND\n\n"
        "SEPTEMBER, 2031, AT 3.00 P.M.\n\nPRESENT IN THE CHAIR: Councillor A. Ross\n"
    )
    meeting = extract_meeting(document, kind="minutes")
    assert meeting.body == "Northshire City and County Council"
    assert meeting.date == dt.date(2031, 9, 22)
    assert meeting.start_time == dt.time(15, 0)
    assert meeting.venue == "Council Chamber, Milltown, Northshire"


def test_the_meeting_after_at_is_no_venue_and_a_place_may_open_with_an_accent() -> None:
    document = make_document(
        "MINUTES OF PROCEEDINGS AT INAUGURAL ANNUAL MEETING OF THE MUNICIPAL DISTRICT OF NORTHWOOD HELD IN "
        "ÁRAS SEÁN ROE, MILL ROAD, NORTHWOOD, CO.\n\nNORTHSHIRE, ON TUESDAY 10TH JUNE, 2031, AT 10.00 A.M.\n\n"
        "PRESENT IN THE CHAIR: Councillor A. Ross\n"
    )
    meeting = extract_meeting(document, kind="minutes")
    assert meeting.venue == "Áras Seán Roe, Mill Road, Northwood, Co. Northshire"
    assert meeting.date == dt.date(2031, 6, 10)
    other = make_document("Minutes of proceedings at Special Meeting of Elm Town Council held on 4 May 2031\nPresent: A Ross\n")
    assert extract_meeting(other, kind="minutes").venue is None


def test_the_file_name_dates_minutes_whose_text_gives_no_date() -> None:
    text = "ELM PARISH COUNCIL\nMinutes of the meeting\nPresent: Cllr A Ross (Chair), Cllr B Reid\n1. Apologies\nNone.\n"
    named = make_document(text, name="minutes_2031-03-09.pdf")
    assert extract_meeting(named, kind="minutes").date == dt.date(2031, 3, 9)
    worded = make_document(text, name="Minutes-April-16-2031.pdf")
    assert extract_meeting(worded, kind="minutes").date == dt.date(2031, 4, 16)
    # The text's own date comes first; a plan is no meeting.
    dated = make_document(text.replace("Minutes of the meeting", "Minutes of the meeting held on 2 March 2031"),
                          name="minutes_2031-03-09.pdf")
    assert extract_meeting(dated, kind="minutes").date == dt.date(2031, 3, 2)
    assert extract_meeting(make_document(text, name="plan_2031-03-09.pdf"), kind="plan").date is None


def test_a_day_without_its_year_takes_the_year_of_the_file_name() -> None:
    text = "ASHGROVE COMMUNITY COUNCIL\nGENERAL MEETING MONDAY 2 DECEMBER\nPresent: Ann Ross, Tom Reid\n"
    # Filed in the new year: the meeting was in the December before.
    assert extract_meeting(make_document(text, name="2031-01-12-minutes.md"), kind="minutes").date == dt.date(2030, 12, 2)
    assert extract_meeting(make_document(text, name="minutes 2030-12-02.md"), kind="minutes").date == dt.date(2030, 12, 2)
    assert extract_meeting(make_document(text, name="minutes.md"), kind="minutes").date is None
    # A weekday that puts the day after the file's date belongs to another year: no date rather than a wrong one.
    wrong_day = text.replace("MONDAY 2 DECEMBER", "MONDAY 1 DECEMBER")
    assert extract_meeting(make_document(wrong_day, name="2031-01-12-minutes.md"), kind="minutes").date is None


def test_a_sites_post_is_named_after_the_day_it_was_posted(tmp_path) -> None:
    # Front matter makes the file a site's post: its name gives the posting day, which dates no meeting,
    # though its year still dates a day written without one.
    post = "---\nlayout: post\nauthor: kim\n---\n\nASHGROVE COMMUNITY COUNCIL\n\nMINUTES OF GENERAL MEETING\n\nPresent: Ann Ross\n"
    assert extract_meeting(_parsed(tmp_path, post, "2031-03-23-general-meeting.md"), kind="minutes").date is None
    dated = post.replace("MINUTES OF GENERAL MEETING", "GENERAL MEETING MONDAY 3 MARCH 2O31")
    assert extract_meeting(_parsed(tmp_path, dated, "2031-03-23-general-meeting.md"), kind="minutes").date == dt.date(2031, 3, 3)


def test_a_title_wrapped_over_lines_is_not_a_fuller_heading() -> None:
    document = make_document(
        "MINUTES OF PROCEEDINGS AT SPECIAL MEETING OF THE METROPOLITAN DISTRICT OF NORTHWOOD\n\n"
        "HELD ON THURSDAY, 15TH DECEMBER, 2031 AT 2.30PM IN THE COUNCIL CHAMBER, MILLTOWN AND ONLINE\n\n"
        "PRESENT IN THE CHAIR: Councillor A. Ross\n"
    )
    meeting = extract_meeting(document, kind="minutes")
    assert meeting.body == "Metropolitan District of Northwood"
    assert meeting.venue == "Council Chamber, Milltown"
    wrapped = make_document(
        "MINUTES OF PROCEEDINGS AT SPECIAL ROADS MEETING\n\nOF THE MUNICIPAL DISTRICT OF EASTWICK\n\n"
        "HELD IN THE CIVIC OFFICES, EASTWICK, ON TUESDAY, 20TH MARCH, 2031, AT 10AM.\n\nPRESENT: Councillor A. Ross\n"
    )
    assert extract_meeting(wrapped, kind="minutes").body == "Municipal District of Eastwick"


def test_a_meetings_purpose_and_manner_are_no_part_of_the_body() -> None:
    purpose = make_document(
        "MINUTES OF PROCEEDINGS OF SPECIAL MEETING OF THE MUNICIPAL DISTRICT OF EASTWICK TO DISCUSS THE ROADS "
        "PROGRAMME 2031, HELD IN THE CIVIC OFFICES, EASTWICK ON THURSDAY 21st FEBRUARY 2031 AT 4.15PM.\n\nPRESENT: A. Ross\n"
    )
    assert extract_meeting(purpose, kind="minutes").body == "Municipal District of Eastwick"
    in_committee = make_document(
        "MINUTES OF PROCEEDINGS OF SPECIAL MEETING (IN COMMITTEE) OF THE NORTHWOOD JOINT POLICING COMMITTEE HELD IN "
        "THE COUNCIL CHAMBER, MILLTOWN AT 10.00 A.M., ON FRIDAY, 23RD DECEMBER, 2031\n\nPRESENT: A. Ross\n"
    )
    meeting = extract_meeting(in_committee, kind="minutes")
    assert meeting.body == "Northwood Joint Policing Committee"
    assert meeting.venue == "Council Chamber, Milltown"
    reason = make_document(
        "MINUTES OF PROCEEDINGS AT SPECIAL MEETING OF NORTHWOOD CITY COUNCIL HELD IN ORDER TO PASS A VOTE OF SYMPATHY, "
        "ON FRIDAY, 3RD JANUARY, 2031 AT 4.00 P.M.\n\nPRESENT: A. Ross\n"
    )
    assert extract_meeting(reason, kind="minutes").venue is None


def test_a_hybrid_meetings_place_ends_before_what_else_was_done() -> None:
    document = make_document(
        "MINUTES\nTOWNSHIP OF ELM RIDGE\nTuesday, May 18, 2031\n"
        "A regular meeting of the Township of Elm Ridge Council was held on Tuesday, May 18, 2031.\n"
        "Owing to the emergency order, the meeting was held at the Elm Ridge Community Centre, 12 Hwy 64 and the "
        "audio recording was posted to the website.\nPresent: Mayor Ann Ross\n"
    )
    assert extract_meeting(document, kind="minutes").venue == "Elm Ridge Community Centre, 12 Hwy 64"
    numbered = make_document(
        "MINUTES\nTOWNSHIP OF ELM RIDGE\nTuesday, June 16, 2031\n"
        "Owing to the emergency order, the meeting was held at the Elm Ridge Community Centre, 12 Highway 64. "
        "The option of joining by video was provided to Council.\nPresent: Mayor Ann Ross\n"
    )
    assert extract_meeting(numbered, kind="minutes").venue == "Elm Ridge Community Centre, 12 Highway 64"


@pytest.mark.parametrize(
    ("text", "start"),
    [
        # The body's own name where "the meeting" would be.
        ("HARBOUR COMMISSION MINUTES\nMay 6, 2031\nChair Ray Olin called the Harbour Commission to order at "
         "7:35 p.m.\n1. ROLL CALL\n", dt.time(19, 35)),
        ("TREE BOARD\nJune 2, 2031\nVice Chair Dee Moss called the Board of Tree Wardens to order at 6:05 p.m.\n",
         dt.time(18, 5)),
        # A numbered label giving the opening time.
        ("MINUTES OF THE REGULAR MEETING OF THE PARKS BOARD\nTHURSDAY, MAY 7, 2031\n1. CONVENE: 7:02 p.m.\n"
         "2. ROLL CALL: Present: Chair Owen\n", dt.time(19, 2)),
        ("PARKS BOARD\nJuly 9, 2031\nCALL TO ORDER - 6:31 PM\nROLL CALL\n", dt.time(18, 31)),
        # A 24-hour time written with a dot after "commenced at", in the minutes' body.
        ("OAKLEY PARISH COUNCIL\nMinutes of the meeting held on Monday 4 March 2031\nPresent: Cllr A Bee\n"
         "1. Welcome\nMeeting commenced at 19.30 with a welcome from the Chair.\n", dt.time(19, 30)),
    ],
)
def test_start_time_from_a_named_body_called_to_order_or_a_label(make_document, text: str, start: dt.time) -> None:
    assert _meeting(make_document, text).start_time == start


def test_no_start_time_from_a_label_without_a_time_or_a_paragraph_number(make_document) -> None:
    text = ("PARKS BOARD\nJuly 9, 2031\n1. CALL TO ORDER\nROLL CALL\n2. Minutes\nThe meeting commenced "
            "with item 10.30 of the plan.\n")
    assert _meeting(make_document, text).start_time is None


@pytest.mark.parametrize(
    ("text", "venue"),
    [
        # The place ends where the next sentence opens with its subject.
        ("OAKLEY PARISH COUNCIL\nMinutes of the Parish Council meeting held on Monday 4 March 2031 at 7.30pm in the "
         "Village Hall, Mill Street. The Chair welcomed everyone.\nPresent: Cllr A Bee\n", "Village Hall, Mill Street"),
        ("OAKLEY PARISH COUNCIL\nMinutes of the meeting held on 5 May 2031 at 7pm in the Scout Hut, Elm Road. "
         "Vice Chair Ann Lee presided.\nPresent: Cllr A Bee\n", "Scout Hut, Elm Road"),
        # "on" and a month name after the place.
        ("TOWN OF ELK BEND\nMonthly Meeting\nChair Ann Lee called the monthly meeting to order at the Elk Bend Town Hall "
         "on December 16, 2031 at 6:30 pm. Board members present were Lee and Fox.\n1. Roll\n", "Elk Bend Town Hall"),
        # A platform named after the day and time, with or without the manner.
        ("OAKLEY PARISH COUNCIL\nMinutes of the meeting held on Thursday 20th May 2031 at 4pm via Microsoft Teams\n"
         "Present: Cllr A Bee\n", "Microsoft Teams"),
        ("HARBOUR COMMITTEE\nMinutes of the meeting held on Friday 9th July, 2031 at 2:00 p.m. by MS Teams Video\n"
         "Present: Cllr A Bee\n", "MS Teams"),
        ("OAKLEY PARISH COUNCIL\nMinutes of the meeting held on Monday 4 March 2031 at 7.30pm remotely via Zoom\n"
         "Present: Cllr A Bee\n", "remotely via Zoom"),
    ],
)
def test_venue_ends_with_its_sentence_and_a_platform_after_the_time(make_document, text: str, venue: str) -> None:
    assert _meeting(make_document, text).venue == venue


def test_no_platform_venue_without_a_held_sentence_nor_from_a_later_item(make_document) -> None:
    text = ("OAKLEY PARISH COUNCIL\nMinutes of the meeting of 4 March 2031\nPresent via MS Teams: Cllr A Bee\n"
            "1. Hall\nThe hirers met by Zoom and held a sale in the Village Hall.\n")
    assert _meeting(make_document, text).venue is None


@pytest.mark.parametrize(
    ("text", "next_meeting"),
    [
        # A line opened by the phrase outranks another group's meeting mentioned in a report.
        ("# Town of Elk Bend\nMonthly Meeting\nApril 19, 2031\n## FIRE DEPARTMENT\nThe chief said the crew's next "
         "meeting is April 21.\n## UPCOMING EVENTS\n**NEXT MEETING** May 17, 2031 at 6:30 pm -- Town Hall\n",
         dt.date(2031, 5, 17)),
        ("OAKLEY PARISH COUNCIL\nMinutes of the meeting held on Monday 3 March 2031\nPresent: Cllr A Bee\n"
         "4. Hall\nThe hall committee agreed its next meeting would be on 10 March.\n"
         "9. Next Meeting – Tuesday 6 May at 7.30pm in the Village Hall\n", dt.date(2031, 5, 6)),
    ],
)
def test_a_next_meeting_label_outranks_a_mention_in_a_paragraph(make_document, text: str, next_meeting: dt.date) -> None:
    assert _meeting(make_document, text).next_meeting == next_meeting


def test_a_next_meeting_label_without_a_date_near_it_gives_way(make_document) -> None:
    text = ("OAKLEY PARISH COUNCIL\nMinutes of the meeting held on Monday 3 March 2031\nPresent: Cllr A Bee\n"
            "9. Next meeting: members asked the Clerk to book the larger room and to circulate the auditor's "
            "report, with the grant papers, by 1 April.\n"
            "The next meeting will be held on 12 May 2031.\n")
    assert _meeting(make_document, text).next_meeting == dt.date(2031, 5, 12)


@pytest.mark.parametrize(
    "text",
    [
        "MINUTES OF THE SPECIAL MEETING\nof the ELMPORT HARBOUR AUTHORITY\nWednesday, December 6 2031- 6:15 p.m.\n"
        "Chair Ross convened the Special Meeting at 6:25 p.m.\nROLL CALL - Present: Ross, Lee\n",
        "MINUTES OF THE REGULAR MEETING\nof the ELMPORT HARBOUR AUTHORITY\nWednesday- January 4, 2031- 6:40 P.M.\n"
        "Chair Ross convened the meeting at 6:41 p.m.\n",
    ],
)
def test_body_under_a_title_wrapped_before_it(make_document, text: str) -> None:
    meeting = _meeting(make_document, text)
    assert meeting.body == "Elmport Harbour Authority"
    assert meeting.start_time is not None


def test_no_body_from_a_wrapped_title_naming_no_body(make_document) -> None:
    text = "MINUTES OF THE SPECIAL MEETING\nof the residents about the car park\nMay 6, 2031\nPresent: A Ross\n"
    assert _meeting(make_document, text).body is None


def test_a_weekday_is_stripped_from_a_header_padded_with_a_long_run_of_spaces():
    # Space-padded PDF header lines once made the weekday-stripping regex backtrack cubically.
    from minutebook.extract.meeting import _without_weekday_end

    assert _without_weekday_end("SPECIAL MEETING OF THE HARBOUR TRUST Wednesday- ") == "SPECIAL MEETING OF THE HARBOUR TRUST"
    assert _without_weekday_end("Minutes of the Ridgeway Parish Council, Monday,") == "Minutes of the Ridgeway Parish Council"
    padded = "MINUTES OF THE BOARD" + " " * 20000 + "x" + " " * 20000
    assert _without_weekday_end(padded) == padded.rstrip()


_PARISH_HEAD = "Elmbury Parish Council - 4th March 2031\nPresent\nCouncillors A Ross (Chair), B Lee\n31.03.1 Apologies\nNone\n"
_CITY_HEAD = "CITY OF ELMPORT\nCITY COUNCIL REGULAR MEETING MINUTES\nMarch 4, 2031\n\n"


@pytest.mark.parametrize(
    ("tail", "end"),
    [
        ("The Chairman brought the meeting to a close at 8.40pm\n", "20:40"),
        ("The meeting was brought to a close at 9.05 pm.\n", "21:05"),
        ("Closed at 21:10\n", "21:10"),
        ("There being no further business the meeting was concluded at 8.55pm.\n", "20:55"),
    ],
)
def test_end_time_said_by_closing_the_meeting(make_document, tail: str, end: str) -> None:
    meeting = _meeting(make_document, _PARISH_HEAD + "31.03.9 Close\n" + tail)
    assert meeting.end_time is not None and meeting.end_time.strftime("%H:%M") == end


@pytest.mark.parametrize(
    "tail",
    [
        "4. Hall\nThe library will be closed at 6pm on Fridays while the roof is repaired.\n",
        "4. Roads\nThe lane is to be closed at 9am on Monday for resurfacing.\n",
    ],
)
def test_no_end_time_from_a_place_that_closes(make_document, tail: str) -> None:
    assert _meeting(make_document, _PARISH_HEAD + tail).end_time is None


@pytest.mark.parametrize(
    ("tail", "end"),
    [
        ("ADJOURNMENT: 8:45 p.m.\n", "20:45"),
        ("12. Adjournment - 9:02 PM\n", "21:02"),
        ("Meeting adjourned: 8:15 pm\n", "20:15"),
        ("Time adjourned: 7:58 p.m.\n", "19:58"),
        ("The meeting was adjourned by Mayor Ng at 8:31 p.m.\n", "20:31"),
    ],
)
def test_end_time_from_an_adjournment_label(make_document, tail: str, end: str) -> None:
    meeting = _meeting(make_document, _CITY_HEAD + tail)
    assert meeting.end_time is not None and meeting.end_time.strftime("%H:%M") == end


@pytest.mark.parametrize(
    ("line", "start"),
    [
        ("Meeting opened 7.30pm\n", "19:30"),
        ("The meeting commenced 7.05 pm with six members of the public.\n", "19:05"),
        ("1. CALL TO ORDER 7:01 PM\n", "19:01"),
        ("Meeting called to order: 6:00 PM\n", "18:00"),
        ("At 7:00 p.m., Mayor Ng called the meeting to order.\n", "19:00"),
        ("At 5:02 p.m. the March 4 regular meeting was called to order by the president, Ann Ross.\n", "17:02"),
        ("Mayor Ng called the Regular Meeting of the Elmport City Council to order at 6:30 p.m.\n", "18:30"),
    ],
)
def test_start_time_from_an_opening_label_or_a_time_first(make_document, line: str, start: str) -> None:
    meeting = _meeting(make_document, _CITY_HEAD + line + "ROLL CALL\nPresent: Ross, Lee\n")
    assert meeting.start_time is not None and meeting.start_time.strftime("%H:%M") == start


def test_no_start_time_from_a_closed_session_called_first(make_document) -> None:
    text = _CITY_HEAD + "At 5:00 p.m. the closed session was called to order by the Mayor.\n"
    assert _meeting(make_document, text).start_time is None


@pytest.mark.parametrize(
    ("sentence", "venue"),
    [
        ("Due to the pandemic the Parish Council held a zoom meeting", "Zoom"),
        ("The Council held a virtual Microsoft Teams meeting", "Microsoft Teams"),
    ],
)
def test_a_meeting_named_by_its_platform(make_document, sentence: str, venue: str) -> None:
    meeting = _meeting(make_document, f"Elmbury Parish Council - 12th May 2031\n{sentence}\nPresent\nCouncillor A Ross\n")
    assert meeting.venue == venue
    assert meeting.body == "Elmbury Parish Council"  # the sentence is no body's name


@pytest.mark.parametrize(
    "title",
    [
        "Elmbury Parish Council A.G.M. - 3rd May 2031",
        "Elmbury Parish Council AGM\n3 May 2031",
        "ELMBURY PARISH COUNCIL ANNUAL GENERAL MEETING\n3rd May 2031",
    ],
)
def test_the_annual_meeting_is_no_part_of_the_body(make_document, title: str) -> None:
    assert _meeting(make_document, f"{title}\nPresent\nCouncillor A Ross\n").body == "Elmbury Parish Council"


def test_trailing_meeting_words_are_stripped_in_linear_time_from_a_padded_line():
    from minutebook.extract.meeting import _tidy_body

    assert _tidy_body("Elmbury Parish Council        Meeting") == "Elmbury Parish Council"
    padded = "Elmbury Parish Council" + " " * 30000 + "x"
    assert _tidy_body(padded) == padded  # its time: benchmarks/bench_long_lines.py


@pytest.mark.parametrize(
    "tail",
    [
        "Dates for meetings the next year are 7th March, 2nd May and 4th July 2031.\n",
        "Dates of the coming year's meetings:\n7 March 2031\n2 May 2031\n",
    ],
)
def test_next_meeting_from_the_years_dates(make_document, tail: str) -> None:
    meeting = _meeting(make_document, "Elmbury Parish Council - 10th January 2031\nPresent\nCouncillor A Ross\n" + tail)
    assert meeting.next_meeting == dt.date(2031, 3, 7)


@pytest.mark.parametrize(
    "text",
    [
        "Regular Meeting of the Board of Trustees of the Village of Elm Hollow, NY was held on Monday, March 3, 2031 "
        "at the Municipal Building, Birch Street, Elm Hollow, NY.\nThe following officials were present:\n",
        "Board of Trustee Minutes - March 3, 2031\nRegular Meeting of the Board of Trustees of the Village of Elm Hollow, NY "
        "was held on Monday, March 3, 2031 at the Municipal Building, Birch Street, Elm Hollow, NY.\n",
    ],
)
def test_opening_sentence_without_an_article_names_the_body(make_document, text: str) -> None:
    meeting = _meeting(make_document, text)
    assert meeting.body == "Board of Trustees of the Village of Elm Hollow, NY"
    assert meeting.venue == "Municipal Building, Birch Street, Elm Hollow, NY"


@pytest.mark.parametrize(
    ("title", "body"),
    [
        ("MINUTES OF A REGULAR MEETING ELMTON CITY COUNCIL. March 4, 2031", "Elmton City Council"),
        ("Minutes of the Special Meeting – Elmton Town Council – 4 March 2031", "Elmton Town Council"),
        ("Minutes of a REGULAR MEETING of the PRESIDENT and BOARD OF TRUSTEES Village of Elm Park, Cook County, IL "
         "MONDAY, May 5, 2031", "PRESIDENT and BOARD OF TRUSTEES Village of Elm Park"),
        ("MINUTES FOR VILLAGE OF ELM GROVE BOARD OF TRUSTEES MEETING\nTuesday, March 4, 2031",
         "Village of Elm Grove Board of Trustees"),
        ("Minutes for the Elmton Library Board\nMarch 4, 2031", "Elmton Library Board"),
    ],
)
def test_body_in_a_minutes_title_line(make_document, title: str, body: str) -> None:
    assert _meeting(make_document, f"{title}\nPresent: Ann Ross, Ben Lee\n").body == body


@pytest.mark.parametrize(
    ("text", "venue"),
    [
        ("ELMTON CITY COUNCIL\nREGULAR MEETING MINUTES\nElmton Council Chambers\n132 E Prairie St - Elmton, IL\n"
         "June 22, 2031\nPresent: Ann Ross\n", "Elmton Council Chambers, 132 E Prairie St - Elmton, IL"),
        ("MINUTES\nVILLAGE OF ELM GROVE BOARD OF TRUSTEES\nREGULAR MEETING\nVillage Hall Auditorium\n53 South Grange Road\n"
         "Elm Grove, IL 60525\nMonday, June 9, 2031\n1. CALL TO ORDER\n",
         "Village Hall Auditorium, 53 South Grange Road, Elm Grove, IL 60525"),
        # The state spelt out, and a street named after a person with a title and an initial.
        ("MEETING MINUTES\nHarbor Transit Advisory Committee\nThursday, May 8, 2031\n6:00 p.m.\nCity Hall, Room 210\n"
         "1 Dr. Amelia R. Stone Place\nPortview, California 94210\n1. Call to Order\n",
         "City Hall, Room 210, 1 Dr. Amelia R. Stone Place, Portview, California 94210"),
        ("ELMTON PLANNING BOARD\nMinutes of the Regular Meeting\nJune 3, 2031, 7:00 PM\nCouncil Chambers\n"
         "400 Lakeshore Avenue\nElmton, New York 12804\nPresent: Ann Ross\n",
         "Council Chambers, 400 Lakeshore Avenue, Elmton, New York 12804"),
    ],
)
def test_street_address_under_the_place_stays_in_the_header(make_document, text: str, venue: str) -> None:
    meeting = _meeting(make_document, text)
    assert meeting.venue == venue
    assert meeting.date is not None  # the dateline under the address is still the header's


def test_a_roster_over_the_dateline_leaves_the_venue_in_the_header(make_document) -> None:
    # A committee's page header: its secretary, its members (one a line), then the title, date, time and place.
    roster = "Harbor Commission\nCounty of Portview\nLena Ortiz, Secretary\nHarbor Transit Advisory Committee\n" + "".join(
        f"{name}\n" for name in ["Ada Orme, Chair", "Ben Vance, Vice Chair", "Cal Deane", "Dora Pike", "Eli Marsh"])
    text = (roster + "MEETING MINUTES\nHarbor Transit Advisory Committee\nThursday, May 8, 2031\n6:00 p.m.\n"
            "City Hall, Room 210\n12 Harbor Street\nPortview, CA 94210\n1. Call to Order\n")
    meeting = _meeting(make_document, text)
    assert meeting.venue == "City Hall, Room 210, 12 Harbor Street, Portview, CA 94210"
    assert meeting.date is not None and meeting.date.isoformat() == "2031-05-08"


@pytest.mark.parametrize(
    "line",
    [
        "ELMTON PARISH COUNCIL{pad}x 4 March 2031",
        "Minutes of the meeting held at the Village Hall{pad}x on 4 March 2031",
        "Minutes of the meeting of the Elmton Council{pad}x",
        "Regular meeting of the Elmton Council{pad}x",
        "Venue: Elmton Hall{pad}x",
        "4 March 2031 at 7pm at the Elmton Hall{pad}x",
    ],
)
def test_a_header_line_padded_with_a_long_run_of_spaces_is_read_in_linear_time(make_document, line: str) -> None:
    # Space-padded PDF lines once made the place and body patterns backtrack (a place then 4,000 spaces: minutes).
    meeting = _meeting(make_document, line.format(pad=" " * 20000) + "\nPresent: Ann Ross\n")  # its time: benchmarks/bench_long_lines.py
    assert meeting.kind == "minutes"


_COUNCIL_HEAD = "Elmton Community Council\nMinutes of the meeting held on 12 February 2031\nPresent: A Ross\n1. Apologies\nNone.\n"


@pytest.mark.parametrize(
    ("tail", "next_meeting"),
    [
        ("Future meetings: 12 March 2031, 9 April 2031\n", dt.date(2031, 3, 12)),
        ("DONM: 12th March 2031\n", dt.date(2031, 3, 12)),
        ("The Committee will meet again on 12 March 2031.\n", dt.date(2031, 3, 12)),
        ("The Board will next meet on March 18, 2031 at 7 p.m.\n", dt.date(2031, 3, 18)),
    ],
)
def test_next_meeting_from_future_meetings_or_meeting_again(make_document, tail: str, next_meeting: dt.date) -> None:
    assert _meeting(make_document, _COUNCIL_HEAD + tail).next_meeting == next_meeting


@pytest.mark.parametrize(
    "business",
    [
        "City Hall Renovation Project Update\nThe council discussed the roof.\n",
        "Village Hall Repairs\nThe committee reported that the boiler failed.\n",
    ],
)
def test_unnumbered_business_about_a_building_is_no_venue_nor_body(make_document, business: str) -> None:
    meeting = _meeting(make_document, "ELMTON CITY COUNCIL\nMINUTES\nMarch 4, 2031\n" + business)
    assert meeting.body == "Elmton City Council"
    assert meeting.venue is None


@pytest.mark.parametrize(
    ("lines", "start", "end"),
    [
        ("Start time: 7.30pm   Finish time: 9.05pm\n", dt.time(19, 30), dt.time(21, 5)),
        ("Time: 19:30 – 21:05\n", dt.time(19, 30), dt.time(21, 5)),
        ("Time: 19.30 - 21.05\n", dt.time(19, 30), dt.time(21, 5)),
        ("Meeting held at 1930 hrs\n", dt.time(19, 30), None),
        ("Start 7.05pm\n", dt.time(19, 5), None),
        ("Meeting started: 19.10\n", dt.time(19, 10), None),
        ("Commenced: 7pm\n", dt.time(19, 0), None),
    ],
)
def test_header_times_labelled_or_as_a_range(make_document, lines: str, start: dt.time, end: dt.time | None) -> None:
    text = "Elmton Parish Council\nMinutes of the meeting held on 4 March 2031\n" + lines + "Present: A Ross\n"
    meeting = _meeting(make_document, text)
    assert (meeting.start_time, meeting.end_time) == (start, end)


@pytest.mark.parametrize("line", ["Start 2 new planters by the gate.\n", "Timetable: 12 weeks\n"])
def test_a_start_word_before_figures_that_are_no_time_gives_no_start(make_document, line: str) -> None:
    text = "Elmton Parish Council\nMinutes of the meeting held on 4 March 2031\n" + line + "Present: A Ross\n"
    assert _meeting(make_document, text).start_time is None


@pytest.mark.parametrize(
    ("tail", "end"),
    [
        ("9. Close\nEnd time: 8.50pm\n", dt.time(20, 50)),
        ("9. Close\nThe meeting closed at 2105 hrs.\n", dt.time(21, 5)),
        ("4. Licensing\nApplication for the Elm Inn: closing time 23:00 on Fridays.\n", None),
        ("4. Fete\nThe fete will run from noon; end time for stalls 5pm.\n", None),
    ],
)
def test_end_time_from_a_finish_label_not_an_events_hours(make_document, tail: str, end: dt.time | None) -> None:
    text = "Elmton Parish Council\nMinutes of the meeting held on 4 March 2031 at 7pm\nPresent: A Ross\n" + tail
    assert _meeting(make_document, text).end_time == end


@pytest.mark.parametrize(
    ("rows", "venue"),
    [
        ("Tuesday 4 March 2031 | 7.30pm | Elmton Village Hall\n", "Elmton Village Hall"),
        ("Meeting | Date | Time | Venue\nFull Council | 4 March 2031 | 7.30pm | Mill Room, Elmton Hall\n", "Mill Room, Elmton Hall"),
        ("Date\tTime\tPlace\n4 March 2031\t19:30\tElmton Village Hall\n", "Elmton Village Hall"),
    ],
)
def test_meeting_given_in_a_header_table_row(make_document, rows: str, venue: str) -> None:
    meeting = _meeting(make_document, "Elmton Parish Council\n" + rows + "Present: A Ross\n")
    assert (meeting.date, meeting.start_time, meeting.venue) == (dt.date(2031, 3, 4), dt.time(19, 30), venue)


def test_an_action_table_is_no_header_table(make_document) -> None:
    text = ("Elmton Parish Council\nMinutes of the meeting held on 4 March 2031\nItem | Action | Owner | Due\n"
            "1 | Mend the gate | Clerk | 4 April 2031\n")
    meeting = _meeting(make_document, text)
    assert (meeting.date, meeting.start_time, meeting.venue) == (dt.date(2031, 3, 4), None, None)


@pytest.mark.parametrize(
    ("line", "start"),
    [
        ("Mayor Ross took the chair and called the meeting to order in Council Chambers at 6:48 p.m.\n", dt.time(18, 48)),
        ("THAT the Regular Council Meeting held on May 27, 2031 be called to order at 6:04 p.m.\n", dt.time(18, 4)),
    ],
)
def test_called_to_order_in_a_room_or_by_resolution(make_document, line: str, start: dt.time) -> None:
    text = "Town of Elmton\nCouncil Meeting Minutes\nMay 27, 2031\nMembers Present:\nA Ross\n" + line
    assert _meeting(make_document, text).start_time == start


@pytest.mark.parametrize(
    ("title", "body"),
    [
        ("Committee of the Whole Meeting\nMinutes\nDate:\nMay 27, 2031\n", "Committee of the Whole"),
        ("ELMTON COMMITTEE OF ADJUSTMENT\nMinutes\nMay 27, 2031\n", "Elmton Committee of Adjustment"),
        ("The Corporation of the City of Elmton\nREGULAR COUNCIL MINUTES\nMonday, May 29, 2031\n", "City of Elmton Council"),
    ],
)
def test_committee_of_is_part_of_a_name(make_document, title: str, body: str) -> None:
    assert _meeting(make_document, title + "Members Present:\nA Ross\n").body == body


def test_a_capitals_heading_under_the_opening_sentence_is_no_part_of_the_place(make_document) -> None:
    text = ("MUNICIPALITY OF ELMTON\nMinutes of a regular meeting of Council held on Monday, March 11, 2031, at 7:00 p.m., "
            "in the Council Chambers\nROLL CALL\nPresent Were: Mayor A. Ross\n")
    meeting = _meeting(make_document, text)
    assert (meeting.venue, meeting.start_time) == ("Council Chambers", dt.time(19, 0))


@pytest.mark.parametrize(
    ("line", "start"),
    [
        ("Opened: 19:00\n", dt.time(19, 0)),
        ("Commenced: 7.30pm\n", dt.time(19, 30)),
        ("Began at 7:01 PM\n", dt.time(19, 1)),
        ("Meeting start time 7.30pm\n", dt.time(19, 30)),
        ("The Chairman declared the meeting open at 7.30pm.\n", dt.time(19, 30)),
        ("The meeting was declared open at 7.15pm.\n", dt.time(19, 15)),
        ("The Chair welcomed everyone to the meeting at 7.30pm.\n", dt.time(19, 30)),
        ("Meeting opened by the Chairman at 7.30pm\n", dt.time(19, 30)),
        ("The Chairman opened the Annual Parish Meeting at 7.05pm\n", dt.time(19, 5)),
        ("Mayor Ross opened the regular meeting at 7:00 p.m.\n", dt.time(19, 0)),
    ],
)
def test_start_time_from_an_opening_said_many_ways(make_document, line: str, start: dt.time) -> None:
    text = "Elmton Parish Council\nMinutes of the meeting held on 4 March 2031\nPresent: A Ross\n1. Apologies\nNone\n" + line
    assert _meeting(make_document, text).start_time == start


@pytest.mark.parametrize(
    "line",
    [
        "4. Library\nThe library opened at 9am on Saturday.\n",
        "4. Fete\nStalls started at 10am and the fete was a success.\n",
        "4. Bridge\nWork commenced at 8am on the bridge.\n",
        "4. Welcome\nThe Chair welcomed Cllr Lee who arrived at 8pm.\n",
        "4. Fete\nStart: 10am on the green.\n",
    ],
)
def test_no_start_time_from_business_that_opens_or_starts(make_document, line: str) -> None:
    text = "Elmton Parish Council\nMinutes of the meeting held on 4 March 2031\nPresent: A Ross\n" + line
    assert _meeting(make_document, text).start_time is None


def test_a_place_wrapped_in_capitals_stays_one_place(make_document) -> None:
    text = ("MINUTES OF PROCEEDINGS AT MEETING OF\nTHE MUNICIPAL DISTRICT OF ELMTON HELD IN\nÁRAS\nMAINCHĺN\nHOUSE,\n"
            "MILL ROAD, ELMTON, ON THURSDAY, 12TH JUNE, 2031, AT 10.00 A.M.\nPRESENT IN THE CHAIR: Councillor A. Ross.\n")
    meeting = _meeting(make_document, text)
    assert meeting.venue is not None and meeting.venue.upper().endswith("HOUSE, MILL ROAD, ELMTON")


@pytest.mark.parametrize(
    ("line", "end"),
    [
        ("The meeting started at 6.30 pm and finished at 8.05 pm.\n", dt.time(20, 5)),
        ("The meeting commenced at 10.00 am and concluded at 11.25 am\n", dt.time(11, 25)),
        ("4. Hall\nThe hall opened at 9am and closed at 6pm for the fete.\n", None),
    ],
)
def test_end_time_after_and_in_a_sentence_about_the_meeting(make_document, line: str, end: dt.time | None) -> None:
    text = "Elmton Parish Council\nMinutes of the meeting held on 4 March 2031\nPresent: A Ross\n" + line
    assert _meeting(make_document, text).end_time == end


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("ELMTON PARISH COUNCIL\nMINUTES OF THE MEETING HELD ON TUESDAY 4TH MARCH 2031 AT 7.30\nPresent: A Ross\n", dt.time(19, 30)),
        ("ELMTON CITY COUNCIL\nMINUTES\nMarch 4, 2031\nCALL TO ORDER\nChair Ross called the meeting to order at 7:00.\n",
         dt.time(19, 0)),
        ("ELMTON CITY COUNCIL\nMINUTES\nMarch 4, 2031\nCALL TO ORDER\nChair Ross called the meeting to order at 9:00.\n",
         dt.time(9, 0)),
        ("ELMTON PARISH COUNCIL\nMinutes of the meeting held on 4 March 2031 at 07:30\nPresent: A Ross\n", dt.time(7, 30)),
        ("ELMTON PARISH COUNCIL\nMinutes of the meeting held on 4 March 2031 at 7.30am\nPresent: A Ross\n", dt.time(7, 30)),
    ],
)
def test_a_start_without_am_or_pm_before_eight_is_the_evenings(make_document, text: str, start: dt.time) -> None:
    assert _meeting(make_document, text).start_time == start


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("CITY OF ELMWICK\nCITY COUNCIL MEETING REPORT\nTuesday, March 4, 2031 - 6:00 PM\n1. CALL TO ORDER\n",
         "City of Elmwick City Council"),
        ("CITY OF ELMWICK\nSUMMARY MINUTES\nCITY COUNCIL REGULAR MEETING\nMarch 4, 2031\n1. Call to order\n",
         "City of Elmwick City Council"),
        ("ELMWICK CITY COUNCIL\nACTION REPORT\nRegular Meeting of March 4, 2031\n"
         "Agenda Item 1. Appointments to the Parks Board - Approved\n", "Elmwick City Council"),
        ("Notes from the first open meeting of the Elmwick Residents Forum\n\n4 March 2031, Elmwick Library\n",
         "Elmwick Residents Forum"),
    ],
)
def test_body_over_or_in_a_record_titled_report_summary_or_notes(make_document, text: str, body: str) -> None:
    assert _meeting(make_document, text).body == body


_POST_HEADER = "Title: Council Meeting Minutes March 2031\nDate: 2031-03-10 00:00\nCategory: Minutes\n\n"


@pytest.mark.parametrize(
    ("text", "body", "date", "start"),
    [
        (_POST_HEADER + "ELMWICK COMMUNITY COUNCIL\nMinutes of March 4 2031\nElmwick Library, 10 Oak Ave\n"
         "Ann convened the meeting at 6:30 PM.\n", "Elmwick Community Council", dt.date(2031, 3, 4), dt.time(18, 30)),
        (_POST_HEADER.replace("Category: Minutes", "Slug: march-minutes\nAuthor: Secretary")
         + "**ELMWICK RESIDENTS COMMITTEE**\n\nUnapproved Minutes March 4, 2031 6:30-8:30 P.M.\n",
         "Elmwick Residents Committee", dt.date(2031, 3, 4), dt.time(18, 30)),
    ],
)
def test_a_post_header_without_fences_is_front_matter(
    make_document, text: str, body: str, date: dt.date, start: dt.time
) -> None:
    # "Title: … / Date: … 00:00 / Category: …" opening a post: the page's name and posting time, not the meeting's.
    meeting = _meeting(make_document, text)
    assert (meeting.body, meeting.date, meeting.start_time) == (body, date, start)


def test_a_minutes_grid_of_labels_is_no_post_header(make_document) -> None:
    meeting = _meeting(make_document, "Title: Elmwick Harbour Committee\nDate: 4 March 2031\nTime: 7pm\n\nPresent: A Ash\n")
    assert (meeting.body, meeting.date, meeting.start_time) == ("Elmwick Harbour Committee", dt.date(2031, 3, 4),
                                                                dt.time(19, 0))


@pytest.mark.parametrize(
    ("header", "start"),
    [
        ("Minutes March 4, 2031 6:30-8:30 P.M.", dt.time(18, 30)),
        ("Minutes March 4, 2031, 7 - 9pm", dt.time(19, 0)),
        ("Minutes March 4, 2031, 11:30 - 1:00 pm", dt.time(11, 30)),
        ("Minutes March 4, 2031 00:00", None),
    ],
)
def test_a_range_shares_its_half_of_the_day_and_midnight_starts_nothing(
    make_document, header: str, start: dt.time | None
) -> None:
    assert _meeting(make_document, f"ELMWICK COMMUNITY COUNCIL\n{header}\nPresent: A Ash\n").start_time == start


@pytest.mark.parametrize(
    ("tail", "next_meeting"),
    [
        ("## Next Meeting:\nWednesday, April 9th, 7pm at the Library\n", dt.date(2031, 4, 9)),
        ("NEXT MEETING\n\nApril 9, 2031 at 6:30 pm, Elmwick School\n", dt.date(2031, 4, 9)),
        ("Next Meeting\nMembers were asked to send items to the secretary before the deadline of 1 April 2031.\n",
         None),
    ],
)
def test_next_meeting_heading_with_its_date_on_the_line_below(make_document, tail: str, next_meeting) -> None:
    assert _meeting(make_document, _COUNCIL_HEAD + tail).next_meeting == next_meeting


@pytest.mark.parametrize(
    "letterhead",
    [
        "Rose House, Mill Lane, Elmwick EL4 5TY\nTel: 01234 567890 Email: clerk@elmwick.example\n",
        "Clerk: Mrs J Hill\nThe Old Schoolhouse, Elmwick EL4 5TY\n",
    ],
)
def test_a_letterhead_postal_address_is_no_venue(make_document, letterhead: str) -> None:
    text = f"ELMWICK PARISH COUNCIL\n{letterhead}Minutes of the meeting held on Monday 4 March 2031\nPresent: Cllr A Ash\n"
    meeting = _meeting(make_document, text)
    assert meeting.venue is None
    assert meeting.date == dt.date(2031, 3, 4)


@pytest.mark.parametrize(
    ("sentence", "date", "venue"),
    [
        ("The meeting held in the Village Hall on Monday 4 March 2031 opened at 7.30pm.", dt.date(2031, 3, 4),
         "Village Hall"),
        ("This meeting of the Council was held at the Elmwick Pavilion on 4 March 2031 at 7pm.", dt.date(2031, 3, 4),
         "Elmwick Pavilion"),
    ],
)
def test_a_held_sentence_below_the_attendance_gives_date_and_place(
    make_document, sentence: str, date: dt.date, venue: str
) -> None:
    text = f"ELMWICK PARISH COUNCIL\nMinutes\nPresent: Cllr A Ash (Chair), Cllr B Bell\n{sentence}\n1. Apologies\nNone.\n"
    meeting = _meeting(make_document, text)
    assert (meeting.date, meeting.venue) == (date, venue)


@pytest.mark.parametrize(
    "sentence",
    [
        "The minutes of the meeting held in the Village Hall on 4 February 2031 were approved.",
        "The meeting held at the School on 20 February 2031 about parking was well attended.",
    ],
)
def test_a_held_sentence_about_another_meeting_gives_no_place(make_document, sentence: str) -> None:
    text = ("ELMWICK PARISH COUNCIL\nMinutes of the meeting on Monday 4 March 2031\nPresent: Cllr A Ash\n"
            f"{sentence}\n1. Apologies\nNone.\n")
    meeting = _meeting(make_document, text)
    assert meeting.date == dt.date(2031, 3, 4)
    assert meeting.venue is None


@pytest.mark.parametrize(
    "line",
    [
        "Title: x{pad}y\nDate: 2031-03-10{pad}\nCategory: Minutes{pad}x",
        "ELMWICK COUNCIL\nMinutes 4 March 2031 6{pad}-{pad}8:30 pm{pad}x",
        "ELMWICK COUNCIL\nSUMMARY{pad}MINUTES{pad}x\nCITY COUNCIL",
        "ELMWICK COUNCIL\nMinutes\nPresent: A Ash\nThe meeting{pad}of x{pad}held{pad} on 4 March 2031",
        "ELMWICK COUNCIL\nMinutes 4 March 2031\nPresent: A Ash\n## Next Meeting:{pad}\n{pad}4 April 2031",
        # A time range, a dateline's place and a finish label split by long runs of spaces.
        "ELMWICK COUNCIL\n4 March 2031 at{pad}7{pad}pm{pad}in{pad}the Hall",
        "ELMWICK COUNCIL\nMinutes 4 March 2031\nPresent: A Ash\nx{pad}time{pad}end time{pad}9\n7{pad}pm{pad}-{pad}9{pad}pm",
    ],
)
def test_new_header_patterns_are_linear_on_padded_lines(make_document, line: str) -> None:
    meeting = _meeting(make_document, line.format(pad=" " * 20000) + "\n")  # its time: benchmarks/bench_long_lines.py
    assert meeting.kind == "minutes"


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ('<div class="letterhead">\nParks Commission<br>\nCity of Elmwick<br>\n</div>\n<div class="title">\n'
         "MEETING MINUTES<br>\nTree Advisory Committee<br>\nof the Elmwick Parks Commission<br>\n"
         "Thursday, March 6, 2031<br>\n</div>\n", "Tree Advisory Committee"),
        ("CITY OF ELMWICK\nLibrary Board\nMINUTES\nFriends Liaison Committee\nMarch 6, 2031\n",
         "Friends Liaison Committee"),
    ],
)
def test_the_body_under_the_records_title_beats_a_letterhead_body(make_document, text: str, body: str) -> None:
    # A parent body in the letterhead; the record's title line ("MINUTES") introduces the body that met.
    assert _meeting(make_document, text).body == body


@pytest.mark.parametrize(
    "tail",
    [
        "The next special meeting will be held on March 11, 2031, and the next regular board meeting will be held on "
        "April 8, 2031.\n",
        "Next special meeting: March 18, 2031\nNext regular meeting: April 8, 2031\n",
    ],
)
def test_the_next_regular_meeting_beats_a_special_one_beside_it(make_document, tail: str) -> None:
    assert _meeting(make_document, _COUNCIL_HEAD + tail).next_meeting == dt.date(2031, 4, 8)


def test_a_next_special_meeting_alone_is_kept(make_document) -> None:
    assert _meeting(make_document, _COUNCIL_HEAD + "Next special meeting: March 18, 2031\n").next_meeting == dt.date(
        2031, 3, 18)


@pytest.mark.parametrize(
    ("tail", "next_meeting"),
    [
        # The year's list, past rows included, across a page break with its running header.
        ("9. Dates of next meetings: 8 January,\n15 January, 12 February,\n\fElmton Community Council\nPage 2\n"
         "12 March and 9 April 2031.\n", dt.date(2031, 3, 12)),
        ("9. Date of next meetings:\n\fElmton Community Council\nPage 2\n8 January\n12 March\n9 April\n",
         dt.date(2031, 3, 12)),
    ],
)
def test_a_yearless_list_of_the_years_meetings_gives_the_first_still_to_come(
    make_document, tail: str, next_meeting: dt.date
) -> None:
    from minutebook.ingest.text import parse_text

    document = parse_text((_COUNCIL_HEAD + tail).encode(), path="m.txt", name="m.txt", sha256="x")
    assert extract_meeting(document, kind="minutes").next_meeting == next_meeting


def test_a_yearless_list_written_in_december_runs_into_the_next_year(make_document) -> None:
    text = _COUNCIL_HEAD.replace("12 February", "9 December") + "Dates of next meetings: 13 January, 10 February\n"
    assert _meeting(make_document, text).next_meeting == dt.date(2032, 1, 13)


@pytest.mark.parametrize(
    ("sentence", "start"),
    [
        ("Members present: Ash, Bell. At 7:05 pm Chair Ash called the meeting to order.", dt.time(19, 5)),
        ("The meeting came to order at 7:02 p.m. with all members present.", dt.time(19, 2)),
        ("Chair Ash called the meeting to order at 7.", dt.time(19, 0)),
        ("Present: A Ash, B Bell, C Cole. Ann Ash started the meeting at 6:33pm.", dt.time(18, 33)),
        ("The Chair began the monthly meeting at 10:15 am.", dt.time(10, 15)),
    ],
)
def test_start_time_in_a_run_on_paragraph(make_document, sentence: str, start: dt.time) -> None:
    assert _meeting(make_document, f"ELMWICK SELECT BOARD\nMarch 4, 2031\n{sentence}\n").start_time == start


@pytest.mark.parametrize(
    ("sentence", "end"),
    [
        ("Motion to adjourn by Bell, second by Cole, carried. Meeting adjourned 8:40 pm.", dt.time(20, 40)),
        ("All in favour. The session was adjourned 9:05 p.m.", dt.time(21, 5)),
        ("The meeting adjourned 10 minutes for a recess and went on until late.", None),
    ],
)
def test_end_time_adjourned_without_at(make_document, sentence: str, end: dt.time | None) -> None:
    text = f"ELMWICK SELECT BOARD\nMarch 4, 2031\nChair Ash called the meeting to order at 7:00 pm.\n{sentence}\n"
    assert _meeting(make_document, text).end_time == end


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Skip to main content\nHome | Government | Minutes\nElmwick Select Board Meeting\nMonday, March 4, 2031\n"
         "Present: A Ash\n", "Elmwick Select Board"),
        ("Home | About Us | Meetings | Contact\nElmwick Harbour Commission\nMarch 4, 2031\nPresent: A Ash\n",
         "Elmwick Harbour Commission"),
        ("Board of Selectmen Meeting Minutes\nMarch 4, 2031\nPresent: A Ash\n", "Board of Selectmen"),
    ],
)
def test_site_menus_are_no_header_and_meeting_minutes_no_part_of_a_body(make_document, text: str, body: str) -> None:
    meeting = _meeting(make_document, text)
    assert (meeting.body, meeting.date) == (body, dt.date(2031, 3, 4))


@pytest.mark.parametrize(
    ("line", "venue"),
    [("Held at: Elmwick Village Hall", "Elmwick Village Hall"), ("Meeting held in - The Old School Room", "Old School Room")],
)
def test_held_at_as_a_label_gives_the_place(make_document, line: str, venue: str) -> None:
    text = f"ELMWICK PARISH COUNCIL\nMinutes of the Parish Council meeting\nMonday 4 March 2031 at 7.30pm\n{line}\nPresent: A Ash\n"
    assert _meeting(make_document, text).venue == venue


@pytest.mark.parametrize(
    ("sentence", "end"),
    [
        ("Meeting adjourned at 8:35. Minutes submitted by the secretary.", dt.time(20, 35)),
        ("The chair closed the meeting at 7.50.", dt.time(19, 50)),
        ("Meeting adjourned at 8:35 am.", dt.time(8, 35)),
        ("The meeting closed at 08.35.", dt.time(8, 35)),
        ("The meeting closed at 11.20.", dt.time(11, 20)),
    ],
)
def test_an_end_without_am_or_pm_and_no_start_is_the_evenings(make_document, sentence: str, end: dt.time) -> None:
    meeting = _meeting(make_document, f"ELMWICK RESIDENTS COUNCIL\nMinutes of March 4, 2031\nPresent: A Ash\n{sentence}\n")
    assert meeting.start_time is None
    assert meeting.end_time == end


@pytest.mark.parametrize(
    "stamp",
    [
        "APPROVED MARCH 10, 2021",
        "Approved: 03/10/2021",
        "Adopted by the Board on 10 March 2021",
        "Minutes approved as amended 10 March 2021",
    ],
)
def test_approval_stamp_over_the_minutes_is_not_the_meeting_date(make_document, stamp: str) -> None:
    document = make_document(
        f"{stamp}\n"
        "LANDMARKS REVIEW COMMISSION REGULAR MEETING\n"
        "JUNE 10, 2020, ROOM 12\n"
        "MINUTES\n"
        "MEMBERS PRESENT: Ms. Ann Lee (Chair)\n"
    )
    meeting = extract_meeting(document, kind="minutes")
    assert meeting.date == dt.date(2020, 6, 10)


def test_a_meeting_date_after_a_word_like_approved_in_a_title_is_kept(make_document) -> None:
    document = make_document(
        "Minutes of the Approved Premises Panel held on 4 May 2021 at 10.00 am\n"
        "Present: Councillor Ann Lee\n"
    )
    meeting = extract_meeting(document, kind="minutes")
    assert meeting.date == dt.date(2021, 5, 4)


@pytest.mark.parametrize(
    ("motto", "opening", "body"),
    [
        ("“Elmshire’s Oldest Township Board”",
         "On Wednesday, March 5, 2031 the Elm Lake Board of Supervisors met at the Elm Lake Town Hall.",
         "Elm Lake Board of Supervisors"),
        ('"Serving Our Community Since 1894"',
         "The Town of Birch Falls Board of Supervisors met in regular session, at 6:00 PM, on Wednesday March 5, 2031.",
         "Town of Birch Falls Board of Supervisors"),
    ],
)
def test_a_letterhead_motto_is_no_body_and_the_opening_sentence_names_who_met(
    make_document, motto: str, opening: str, body: str
) -> None:
    document = make_document(
        "TOWN of ELM LAKE\n"
        f"{motto}\n"
        "P.O. Box 12, Elm Lake, Minnesota 55000\n"
        f"{opening}\n"
        "Board Members Present: Ann Lee, Chair\n"
    )
    meeting = extract_meeting(document, kind="minutes")
    assert meeting.body == body
    assert meeting.date == dt.date(2031, 3, 5)


def test_the_board_met_names_no_body_alone(make_document) -> None:
    document = make_document(
        "TOWNSHIP OF ELM RIDGE\n"
        "On March 5, 2031 the Board met at the Town Hall.\n"
        "Present: Ann Lee, Chair\n"
    )
    meeting = extract_meeting(document, kind="minutes")
    assert meeting.body != "Board"


@pytest.mark.parametrize(
    ("line", "venue"),
    [
        ("Online meeting by Zoom due to the health restrictions", "Zoom"),
        ("Virtual meeting via Microsoft Teams", "Microsoft Teams"),
    ],
)
def test_an_online_meeting_line_under_the_title_gives_the_platform(make_document, line: str, venue: str) -> None:
    document = make_document(
        "ELMWOOD COMMUNITY COUNCIL\n"
        "Meeting Date/Time: March 18, 2031 6:30-8:30 P.M.\n"
        f"{line}\n"
        "Present: Ann Lee, Bo Chen\n"
    )
    meeting = extract_meeting(document, kind="minutes")
    assert meeting.venue == venue


def test_a_platform_mentioned_without_the_meeting_is_no_venue(make_document) -> None:
    document = make_document(
        "ELMWOOD COMMUNITY COUNCIL\n"
        "Minutes of 18 March 2031\n"
        "Recordings of talks are posted on Zoom later\n"
        "Present: Ann Lee, Bo Chen\n"
    )
    meeting = extract_meeting(document, kind="minutes")
    assert meeting.venue is None


@pytest.mark.parametrize(
    "tail",
    [
        "Next Meeting Tuesday, 4th March 2031\nDates for next years meetings are :- 6th May 2031\n1st July 2031\n",
        "Dates of the coming year's meetings:\n6th May 2031\n1st July 2031\nNext meeting: 4 March 2031\n",
    ],
)
def test_the_next_meeting_label_outranks_the_list_of_next_years_meetings(make_document, tail: str) -> None:
    document = make_document(
        "Elmford Parish Council - 7th January 2031\n"
        "Present\n"
        "Councillors A Lee (Chair), B Chen\n"
        "31.01.1 Apologies\n"
        "None\n"
        f"{tail}"
    )
    meeting = extract_meeting(document, kind="minutes")
    assert meeting.next_meeting == dt.date(2031, 3, 4)


def test_the_list_of_next_years_meetings_still_gives_the_next_meeting_alone(make_document) -> None:
    document = make_document(
        "Elmford Parish Council - 4th November 2031\n"
        "Present\n"
        "Councillors A Lee (Chair), B Chen\n"
        "31.11.1 Apologies\n"
        "None\n"
        "Dates for proposed meetings next year are 13th January, 3rd March\n"
    )
    meeting = extract_meeting(document, kind="minutes")
    assert meeting.next_meeting == dt.date(2032, 1, 13)


@pytest.mark.parametrize(
    ("first", "second", "start"),
    [
        ("Minutes of the meeting of Elmbury Parish Council held on Wednesday 12 March 2031 at",
         "8.00pm in Elmbury Village School, Birch Green", dt.time(20, 0)),
        ("Minutes of the meeting of Elmbury Parish Council held on Wednesday 12 March 2031 at 7.30pm",
         "in Elmbury Village School, Birch Green", dt.time(19, 30)),
    ],
)
def test_the_opening_sentence_runs_on_into_a_line_set_as_a_heading(
    make_document, first: str, second: str, start: dt.time
) -> None:
    document = make_document(f"{first}\n## {second}\nPRESENT: Cllrs A Lee (Chairman), B Chen\n")
    meeting = extract_meeting(document, kind="minutes")
    assert meeting.start_time == start
    assert meeting.venue == "Elmbury Village School, Birch Green"


def test_a_heading_under_a_finished_title_stays_alone(make_document) -> None:
    document = make_document(
        "Minutes of the meeting of Elmbury Parish Council held on Wednesday 12 March 2031.\n"
        "## Elmbury Village School\n"
        "PRESENT: Cllrs A Lee (Chairman), B Chen\n"
    )
    meeting = extract_meeting(document, kind="minutes")
    assert meeting.start_time is None


@pytest.mark.parametrize(
    "report",
    [
        "14.5 Elm Green Charity: Nothing to report; the next meeting is on April 7.",
        "14.5 Village Hall Association – the next meeting will be held on 7 April 2031.",
    ],
)
def test_an_outside_bodys_next_meeting_is_not_this_ones(make_document, report: str) -> None:
    document = make_document(
        "Minutes of the meeting of Elmbury Parish Council held on Wednesday 12 March 2031 at 8.00pm\n"
        "PRESENT: Cllrs A Lee (Chairman), B Chen\n"
        "14. REPORTS FROM OUTSIDE BODIES\n"
        f"{report}\n"
        "The chairman closed the meeting at 9.35pm\n"
    )
    meeting = extract_meeting(document, kind="minutes")
    assert meeting.next_meeting is None


def test_this_councils_next_meeting_after_the_outside_reports_is_kept(make_document) -> None:
    document = make_document(
        "Minutes of the meeting of Elmbury Parish Council held on Wednesday 12 March 2031 at 8.00pm\n"
        "PRESENT: Cllrs A Lee (Chairman), B Chen\n"
        "14.5 Elm Green Charity: Nothing to report; the next meeting is on April 7.\n"
        "15. Any other business: the next meeting will be held on Wednesday 9 April 2031.\n"
    )
    meeting = extract_meeting(document, kind="minutes")
    assert meeting.next_meeting == dt.date(2031, 4, 9)


@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        ("Next month's board meeting will be June 15, 6:30 pm via phone.", dt.date(2031, 6, 15)),
        ("The only calendar item: next month’s regular meeting will be June 16 at 7:00 pm.", dt.date(2031, 6, 16)),
    ],
)
def test_next_months_meeting_names_the_next_meeting(make_document, sentence: str, day: dt.date) -> None:
    document = make_document(
        "# Town of Elm Star\n"
        "Monthly meeting\n"
        "May 19, 2031\n"
        "## CALL TO ORDER\n"
        "Chair Ann Lee called the monthly meeting to order at 6:30 pm.\n"
        f"{sentence}\n"
        "Being no further business the meeting was adjourned at 7:03 pm.\n"
    )
    meeting = extract_meeting(document, kind="minutes")
    assert meeting.next_meeting == day


@pytest.mark.parametrize(
    "contact",
    [
        "Town Hall, High Street, Elmbury, EL1 2AB  Tel 01234 567890  clerk@elmbury.example",
        "Clerk: Mrs A Lee, 4 Mill Lane, Elmbury, EL1 2AB",
        "Clerk: Mrs A Lee, 4 Mill Lane, Elmbury  Tel: 01234 567890",
    ],
)
def test_a_letterhead_contact_line_and_the_next_sentence_stay_apart_from_the_title(make_document, contact: str) -> None:
    document = make_document(
        "ELMBURY TOWN COUNCIL\n"
        f"{contact}\n"
        "Minutes of the Planning Committee held on Monday 4th March 2031 in the Council Chamber\n"
        "The meeting commenced at 7.30pm\n"
        "Present: Cllrs A Lee, B Chen\n"
    )
    meeting = extract_meeting(document, kind="minutes")
    assert meeting.venue == "Council Chamber"
    assert meeting.start_time == dt.time(19, 30)
    assert meeting.date == dt.date(2031, 3, 4)


@pytest.mark.parametrize(
    ("sentence", "venue"),
    [
        ("The regular meeting of the Board of Trustees was called to order at 7:00 p.m. on March 4, 2031 in the "
         "Village Hall, 12 Main Street by President Ann Lee.", "Village Hall, 12 Main Street"),
        ("The regular meeting of the Board of Trustees was called to order at 7:00 p.m. on March 4, 2031 at the "
         "Township Hall, by Vice Chairman Bo Chen.", "Township Hall"),
    ],
)
def test_who_called_the_meeting_to_order_is_no_part_of_the_place(make_document, sentence: str, venue: str) -> None:
    document = make_document(
        "VILLAGE OF ELM GROVE\n"
        "BOARD OF TRUSTEES\n"
        "REGULAR MEETING MINUTES\n"
        f"{sentence}\n"
        "ROLL CALL: Present: Trustees Bell, Cole\n"
    )
    meeting = extract_meeting(document, kind="minutes")
    assert meeting.venue == venue
    assert meeting.body == "Village of Elm Grove Board of Trustees"


def test_a_monthly_board_meeting_title_takes_the_name_from_who_met(make_document) -> None:
    document = make_document(
        "Monthly Board Meeting\n"
        "Minutes\n"
        "December 10, 2031\n"
        "TOWN of ELM LAKE\n"
        "On Wednesday, December 10, 2031 the Elm Lake Board of Supervisors met at the Elm\n"
        "Lake Town Hall.\n"
        "Board Members Present: Ann Lee, Chair\n"
    )
    meeting = extract_meeting(document, kind="minutes")
    assert meeting.body == "Elm Lake Board of Supervisors"


@pytest.mark.parametrize(
    ("title", "day"),
    [
        ("Regular Meeting 05/07/31", dt.date(2031, 5, 7)),
        ("Regular Meeting Minutes 5-7-2031", dt.date(2031, 5, 7)),
    ],
)
def test_a_numeric_date_in_an_american_boards_title_reads_month_first(make_document, title: str, day: dt.date) -> None:
    document = make_document(
        "Village of Elm Grove Board of Trustees\n"
        f"{title}\n"
        "The meeting was called to order at 6:02 PM by President Ann Lee.\n"
        "Present: Trustees Bell, Cole\n"
        "Village Hall, 12 Main Street, Elm Grove, IL 60525\n"
        "The next regular meeting will be held on May 21, 2031.\n"
    )
    meeting = extract_meeting(document, kind="minutes")
    assert meeting.date == day
    assert meeting.start_time == dt.time(18, 2)


def test_a_numeric_date_in_a_british_title_stays_day_first(make_document) -> None:
    document = make_document(
        "Elmbury Parish Council\n"
        "Minutes of the meeting held 05/07/31 at 7.30pm in the Village Hall\n"
        "Present: Cllrs A Lee, B Chen\n"
        "The next meeting will be held on Tuesday 12th August 2031.\n"
    )
    meeting = extract_meeting(document, kind="minutes")
    assert meeting.date == dt.date(2031, 7, 5)


@pytest.mark.parametrize(
    "line",
    [
        "Elmbury Hall, Mill Lane  Tel{pad}x",
        "Minutes of the meeting held at the Village Hall{pad}by x",
        "ELMBURY PARISH COUNCIL{pad}The meeting x",
    ],
)
def test_new_header_patterns_read_a_padded_line_in_linear_time(make_document, line: str) -> None:
    meeting = _meeting(make_document, "4 March 2031\n" + line.format(pad=" " * 20000) + "\nPresent: Ann Ross\n")  # its time: benchmarks/bench_long_lines.py
    assert meeting.date is not None


@pytest.mark.parametrize(
    ("sentence", "venue"),
    [
        ("On Wednesday, March 4, 2031 the Elm Lake Board of Supervisors met at the Elm Lake Town Hall located in the "
         "Lions Park at 21960 County Road #5, Elm Lake Township, Elm County. The meeting was tape recorded.",
         "Elm Lake Town Hall located in the Lions Park at 21960 County Road #5, Elm Lake Township, Elm County"),
        ("The Elm Lake Board of Supervisors met on March 4, 2031 in the Town Hall at 7:00 p.m.", "Town Hall"),
    ],
)
def test_a_street_number_after_at_is_the_places_address_not_a_time(make_document, sentence: str, venue: str) -> None:
    document = make_document(f"TOWN of ELM LAKE\n{sentence}\nBoard Members Present: Ann Lee, Chair\n")
    meeting = extract_meeting(document, kind="minutes")
    assert meeting.venue == venue


@pytest.mark.parametrize(
    ("body_line", "report", "expected"),
    [
        ("Minutes of the meeting of Elmbury Parish Council held on 14 January 2031",
         "7.4 Gravel Pit: The next liaison group meeting is on 9 June.", None),
        ("Minutes of the meeting of Elmbury Parish Council held on 14 January 2031",
         "The next Planning Committee meeting will be held on 28 January 2031.", None),
        ("Minutes of the meeting of the Elmbury Planning Committee held on 14 January 2031",
         "The next Planning Committee meeting will be held on 28 January 2031.", dt.date(2031, 1, 28)),
        ("Town of Elm Star Monthly Meeting January 14, 2031",
         "The next board meeting will be February 18 at 6:30 pm.", dt.date(2031, 2, 18)),
    ],
)
def test_another_groups_next_meeting_is_not_this_ones(
    make_document, body_line: str, report: str, expected: dt.date | None
) -> None:
    document = make_document(f"{body_line}\nPresent: Cllrs A Lee, B Chen\n{report}\n")
    meeting = extract_meeting(document, kind="minutes")
    assert meeting.next_meeting == expected


def test_a_bold_minutes_title_over_several_lines_runs_on(make_document) -> None:
    document = make_document(
        "**MINUTES OF AN EXTRAORDINARY MEETING OF ELMBURY PARISH**\n"
        "**COUNCIL**\n"
        "**HELD ON 12TH APRIL 2031 AT 19.30 IN THE BRACE ROOM, ST MARY’S,**\n"
        "**ELMBURY**\n"
        "PRESENT: Cllrs A Lee, B Chen\n"
    )
    meeting = extract_meeting(document, kind="minutes")
    assert meeting.body == "Elmbury Parish Council"
    assert meeting.venue == "Brace Room, ST Mary’s, Elmbury"
    assert meeting.start_time == dt.time(19, 30)


def test_bold_banner_lines_under_no_minutes_title_stay_apart(make_document) -> None:
    document = make_document(
        "**ELMBURY PARISH COUNCIL**\n"
        "**PLANNING COMMITTEE**\n"
        "**Minutes of the meeting held on 12 April 2031 at 7.30pm in the Village Hall.**\n"
        "PRESENT: Cllrs A Lee, B Chen\n"
    )
    meeting = extract_meeting(document, kind="minutes")
    assert meeting.venue == "Village Hall"


@pytest.mark.parametrize(
    ("lines", "body"),
    [
        ("ELMBURY\nCOMMUNITY COUNCIL\nWORKING WITH THE COMMUNITY\nFOR THE COMMUNITY\n"
         "MINUTES for the Elmbury Community Council meeting\nheld in Church Hall, Elmbury on Tuesday 21st March 2031\n",
         "Elmbury Community Council"),
        ("AGREED Minutes for the Elmbury Community Council public meeting\nheld in Church Hall on Tuesday 21st March 2031\n",
         "Elmbury Community Council"),
    ],
)
def test_a_motto_and_the_record_status_are_no_part_of_the_body(make_document, lines: str, body: str) -> None:
    meeting = extract_meeting(make_document(f"{lines}Members Present:\nAnn Lee Convenor\n"), kind="minutes")
    assert meeting.body == body


@pytest.mark.parametrize("title", ["ELM FREE LIBRARY BOARD MEETING", "Elm Village Hall Committee Minutes"])
def test_a_title_naming_a_body_after_its_building_is_no_venue(make_document, title: str) -> None:
    document = make_document(
        "Minutes of the\n"
        f"{title}\n"
        "June 13, 2031\n"
        "The regular meeting of the Board was called to order at 7:06 p.m.\n"
        "ROLL CALL Present: Ann Lee, President\n"
    )
    meeting = extract_meeting(document, kind="minutes")
    assert meeting.venue is None


@pytest.mark.parametrize(
    ("closing", "expected"),
    [
        ("The meeting was adjourned until 7.30pm on Tuesday 7th April 2031.", dt.date(2031, 4, 7)),
        ("The meeting was adjourned until Tuesday 7th April 2031 at 7.30pm.", dt.date(2031, 4, 7)),
        ("The meeting was adjourned at 9.10pm.", None),
    ],
)
def test_adjourned_until_names_the_next_meeting_with_or_without_the_hour_first(
    make_document, closing: str, expected: dt.date | None
) -> None:
    document = make_document(
        "ELMBURY PARISH COUNCIL\n"
        "Minutes of the meeting held on 3rd March 2031 at 7.30pm in the Village Hall\n"
        "Present: Cllrs A Lee, B Chen\n"
        f"{closing}\n"
    )
    assert extract_meeting(document, kind="minutes").next_meeting == expected


@pytest.mark.parametrize(
    "contact",
    ["Phone (630) 555-0100", "Tel: 01234 567890  Email: clerk@elmgrove.example"],
)
def test_a_letterhead_address_over_its_telephone_is_no_venue_and_the_banner_names_the_board(
    make_document, contact: str
) -> None:
    document = make_document(
        "VILLAGE OF ELM GROVE\n"
        "Village Hall, 12 Main Street\n"
        "Elm Grove, IL 60525\n"
        f"{contact}\n"
        "Board of Trustees Regular Meeting Minutes\n"
        "May 7, 2031\n"
        "Present: Trustees Bell, Cole\n"
    )
    meeting = extract_meeting(document, kind="minutes")
    assert meeting.venue is None
    assert meeting.body == "Village of Elm Grove Board of Trustees"


def test_a_place_and_address_without_contact_details_stay_the_venue(make_document) -> None:
    document = make_document(
        "VILLAGE OF ELM GROVE\n"
        "Village Hall, 12 Main Street\n"
        "Elm Grove, IL 60525\n"
        "Board of Trustees Regular Meeting Minutes\n"
        "May 7, 2031\n"
        "Present: Trustees Bell, Cole\n"
    )
    meeting = extract_meeting(document, kind="minutes")
    assert meeting.venue is not None and meeting.venue.startswith("Village Hall")


@pytest.mark.parametrize(
    ("close", "end"),
    [
        ("Meeting Closed\n21:15hrs\n", dt.time(21, 15)),
        ("The meeting closed\n9.05 pm\n", dt.time(21, 5)),
        ("Closure. The Chairman thanked everyone, and final closure of the meeting was at 8.37 pm.\n", dt.time(20, 37)),
        ("The close of the meeting was at 21.10.\n", dt.time(21, 10)),
    ],
)
def test_end_time_on_the_line_below_or_after_closure(make_document, close: str, end: dt.time) -> None:
    text = f"ELMFORD COMMUNITY COUNCIL\nMinutes of the meeting held on 4 May 2031\n\n1. Roads\nNoted.\n\n{close}"
    assert _meeting(make_document, text).end_time == end


def test_a_clock_below_must_stand_alone(make_document) -> None:
    text = "ELMFORD COMMUNITY COUNCIL\n4 May 2031\nThe meeting closed\n21:15 is when the hall locks, members were told.\n"
    assert _meeting(make_document, text).end_time is None


@pytest.mark.parametrize(
    ("opening", "start"),
    [
        ("The regular meeting of the Board was called to order by Supervisor\nHollis at 7:00 PM.\n", dt.time(19, 0)),
        ("The meeting was called to order by\nChair Ruth Tal at 6:30 p.m. in the Town Hall.\n", dt.time(18, 30)),
    ],
)
def test_called_to_order_over_a_line_break(make_document, opening: str, start: dt.time) -> None:
    text = f"ELM RIDGE TOWNSHIP BOARD\nMarch 9, 2031\n{opening}\nPresent: Trustees Orme, Vance\n"
    assert _meeting(make_document, text).start_time == start


@pytest.mark.parametrize(
    "heading", ["a. Next meetings or events", "Upcoming meetings:", "NEXT MEETINGS"],
)
def test_a_list_of_next_meetings_under_its_heading(make_document, heading: str) -> None:
    text = (
        "ELM RIDGE LIBRARY BOARD\nApril 15, 2031\n11. President's Report\n"
        f"{heading}\nTrustee Penn announced the following meetings:\n"
        "Regular Board Meeting on May 20, 2031 at 7 pm\nBuilding Committee on June 3, 2031 at 6 pm\n"
        "12. Treasurer's Report – all in order.\n"
    )
    assert _meeting(make_document, text).next_meeting == dt.date(2031, 5, 20)


def test_past_meetings_in_a_report_are_no_next_meeting(make_document) -> None:
    text = (
        "ELM RIDGE LIBRARY BOARD\nApril 15, 2031\n11. President's Report\nTrustee Penn attended meetings of the "
        "county board on March 20, 2031 and April 2, 2031.\n"
    )
    assert _meeting(make_document, text).next_meeting is None


# --- a roll call's heading over its register names the members, never the body -------------------


def test_roll_call_heading_is_no_body(make_document) -> None:
    banner = make_document(
        "Elmwick Township\n5510 N 80th Avenue, Fernvale, MI\nMarch 3, 2031 Minutes\n"
        "Meeting was called to order by Ann Vale, Supervisor at 7:00 pm\n"
        "Roll Call __ Board Members Present\nAnn Vale, Supervisor X\nBo Reed, Treasurer X\nDee Hart, Clerk Ab\n"
        "Board/Public Meeting\nMotion made by Bo to accept agenda seconded by Ann. Vote voice carried.\n"
    )
    assert extract_meeting(banner, kind="minutes").body == "Elmwick Township"
    tabbed = make_document(
        "Ostley Township (555) 010-0199\nApril 7, 2031\nGeneral meeting called to order by Supervisor, Ann Vale at 7:05 pm.\n"
        "Roll call: Board members\tPresent\nAnn Vale, Supervisor X\nBo Reed, Treasurer X\nDee Hart, Clerk Ab\n"
        "New Business\nThe hall roof was discussed.\n"
    )
    assert extract_meeting(tabbed, kind="minutes").body == "Ostley Township"
    filled = make_document(
        "Marrow Township Minutes\nMay 5, 2031\nMeeting was called to order by Ann Vale, Supervisor at 7:00 pm\n"
        "Roll Call __Name______________ Present\nAnn Vale, Supervisor X\nBo Reed, Treasurer X\n"
        "Board/Public Meeting\nMotion made by Bo to accept agenda seconded by Ann.\n"
    )
    assert extract_meeting(filled, kind="minutes").body == "Marrow Township"


def test_board_heading_over_people_is_still_a_body(make_document) -> None:
    # Look-alike: a body's heading above the attendance list is no roll call's heading.
    document = make_document(
        "Elmwick Township Board of Trustees\nMarch 3, 2031\nPresent: Ann Vale, Bo Reed\n\n1. Minutes\nApproved.\n"
    )
    assert extract_meeting(document, kind="minutes").body == "Elmwick Township Board of Trustees"


def test_timed_log_header_gives_end_time_and_no_body(make_document) -> None:
    document = make_document(
        "### Monday, March 3, 2031\n\nNumber of Attendees: 9\nMeeting Start Time: 7:02\nMeeting End Time: 7:48\n\n"
        "7:02 - Start\n\n7:05 - Discussion on the orchard and partnership with the Land Trust\n- two trees planted\n\n"
        "7:48 - End\n",
        name="inline.md",
    )
    meeting = extract_meeting(document, kind="minutes")
    assert (meeting.start_time, meeting.end_time) == (dt.time(19, 2), dt.time(19, 48))
    assert meeting.body is None
    labelled = make_document(
        "Elm Hollow Garden Club\nApril 7, 2031\nMeeting Start Time: 6:30 pm\nMeeting End Time: 8:05 pm\n\n"
        "1. Welcome\nThe chair welcomed members.\n"
    )
    assert extract_meeting(labelled, kind="minutes").end_time == dt.time(20, 5)


def test_a_licensed_closing_time_is_no_end_time(make_document) -> None:
    # Look-alike: an event's "closing time" in a licensing item is not when the meeting ended.
    document = make_document(
        "Elm Hollow Parish Council\nMinutes of the meeting held on 4 March 2031 at 7.30 pm\n\n"
        "1. Licensing\nThe fete's closing time: 11 pm was noted.\n"
    )
    assert extract_meeting(document, kind="minutes").end_time is None


@pytest.mark.parametrize(
    ("closing", "end"),
    [
        ("CY motioned for adjournment, 2nd by DP Voice vote-Motion carried. Adjournment at 7:43 pm", dt.time(19, 43)),
        ("Motion to adjourn carried.\nAdjournment was at 8:05 pm.", dt.time(20, 5)),
        # a break in the meeting, not its end
        ("The board took a 10-minute adjournment at 7:20 pm and resumed.", None),
    ],
)
def test_adjournment_noun_opening_a_sentence_gives_the_end_time(make_document, closing, end) -> None:
    text = f"Elmdale Township\nMarch 5, 2031 Minutes\nMeeting called to order by Supervisor Ann Tarn at 7:00 pm.\n{closing}\n"
    assert _meeting(make_document, text).end_time == end


@pytest.mark.parametrize(
    ("said", "next_meeting"),
    [
        ("The final approval on the budget will be finalized at the April 2, 2031, Township Board Meeting.",
         dt.date(2031, 4, 2)),
        ("The road plan will be voted on at the May 7, 2031 regular meeting.", dt.date(2031, 5, 7)),
        # the body's own meeting named by its sort, as the "Date of next … meeting" heading reads it
        ("The precept will be set at the May 7, 2031 Full Council meeting.", dt.date(2031, 5, 7)),
        ("The lease will be signed at the May 7, 2031 Ordinary Board Meeting.", dt.date(2031, 5, 7)),
        # past, and another group's meeting
        ("The budget was finalized at the February 5, 2031, Township Board Meeting.", None),
        ("The signs will be discussed at the April 9, 2031 Planning Committee meeting.", None),
        ("The variance will be heard at the April 9, 2031 Zoning Board meeting.", None),
        ("The site plan will be reviewed at the April 9, 2031 Planning Commission meeting.", None),
    ],
)
def test_a_dated_meeting_of_the_board_ahead_is_the_next_meeting(make_document, said, next_meeting) -> None:
    text = f"Elmdale Township\nMarch 5, 2031 Minutes\nMeeting called to order at 7:00 pm.\nNew Business\n{said}\n"
    assert _meeting(make_document, text).next_meeting == next_meeting


@pytest.mark.parametrize(
    ("name", "text", "date"),
    [
        # The year and month in the file's name ("2033-10-…", "…-october-2033"): the day is on or before its end.
        ("2033-10-pellworth-pc-minutes.html",
         "Pellworth Parish Council Minutes\nMinutes of the meeting held on Tuesday 13th September at 7.30 p.m.\n",
         dt.date(2033, 9, 13)),
        ("pc-minutes-october-2033.txt",
         "Pellworth Parish Council\nMinutes of the meeting held on Monday 3rd October in the Reading Room.\n",
         dt.date(2033, 10, 3)),
        # A site's post printed with its month over the minutes ("March 2037"), the name giving nothing.
        ("minutes-4.html",
         "Pellworth Parish Council Minutes\nMarch 2037\nMinutes of the meeting held on Tuesday 10th February at 7.30 p.m.\n",
         dt.date(2037, 2, 10)),
    ],
)
def test_a_day_without_its_year_takes_the_year_of_a_month_the_file_gives(name, text, date) -> None:
    text += "Present: Cllr A Lake (Chair), Cllr B Moss\n1. Apologies\nNone.\n"
    assert extract_meeting(make_document(text, name=name), kind="minutes").date == date


def test_a_month_alone_dates_no_meeting() -> None:
    # Negative: a month and its year, with no day in the text, is when the page was posted, not the meeting's date.
    text = "Pellworth Parish Council Minutes\nMarch 2037\nMinutes of the meeting held in the Reading Room.\nPresent: Cllr A Lake\n"
    assert extract_meeting(make_document(text, name="2037-03-minutes.html"), kind="minutes").date is None
    # A day after the month's end is another year's meeting: no date rather than a wrong one.
    late = text.replace("held in", "held on Tuesday 14th April in")
    assert extract_meeting(make_document(late, name="minutes-4.html"), kind="minutes").date is None


def test_a_file_name_gives_its_one_month() -> None:
    from minutebook.extract.dates import month_alone, month_in_file_name

    assert month_in_file_name("2033-10-pellworth-pc-minutes.html") == (2033, 10)
    assert month_in_file_name("Minutes_October_2033.pdf") == (2033, 10)
    assert month_in_file_name("minutes_2033-03-09.pdf") is None  # a whole date is date_in_file_name's
    assert month_in_file_name("report-2033-10-and-2033-11.pdf") is None  # two months: neither
    assert month_in_file_name("2033-13-minutes.pdf") is None
    assert month_alone("MARCH 2037") == (2037, 3)
    assert month_alone("Budget 2037") is None
    assert month_alone("1 March 2037") is None
