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
