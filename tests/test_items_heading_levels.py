"""Unnumbered minutes whose items are capitals headings: a motion set in bold is no heading, and lesser headings set
among the capitals ones are the items' sub-headings, not items. Every name is invented."""

from __future__ import annotations

from minutebook.extract.items import extract_items

BOLD_MOTIONS = """CITY OF ELMWICK
CITY COUNCIL MINUTES
March 3, 2031

APPROVAL OF MINUTES

**A motion to approve the minutes of February 3, 2031 as presented was made by Council Member Hale,**
**seconded by Council Member Orr. Motion carried.**

PUBLIC COMMENT

There was no public comment.

STREET REPAIRS

The clerk reported on the potholes in Main Street.

**Motion by Council Member Orr to award the paving contract to Elm Paving. Motion carried.**

ADJOURNMENT

The meeting adjourned at 8:05 pm.
"""


def _titles(make_document, text: str) -> list[str]:
    return [item.title for item in extract_items(make_document(text))]


def test_a_motion_set_in_bold_is_no_item(make_document) -> None:
    assert _titles(make_document, BOLD_MOTIONS) == ["APPROVAL OF MINUTES", "PUBLIC COMMENT", "STREET REPAIRS", "ADJOURNMENT"]


def test_a_bold_heading_that_names_a_motion_stays_an_item(make_document) -> None:
    text = BOLD_MOTIONS.replace("PUBLIC COMMENT", "**Motion to Adjourn**")
    assert "Motion to Adjourn" in _titles(make_document, text)


CAPITALS_WITH_TOPICS = """ELMWICK TOWNSHIP BOARD
Regular Meeting, March 3, 2031

CALL TO ORDER

The supervisor called the meeting to order at 7:00 pm.

OLD BUSINESS

**Paving Contract**

The board discussed the quotes.

**Park Benches**

Two benches are broken.

NEW BUSINESS

**Snow Removal**

The contract ends in April.

CORRESPONDENCE

A letter from the county was read.

ADJOURNMENT

The meeting adjourned at 8:05 pm.
"""


def test_lesser_headings_among_capitals_ones_are_sub_headings(make_document) -> None:
    assert _titles(make_document, CAPITALS_WITH_TOPICS) == [
        "CALL TO ORDER", "OLD BUSINESS", "NEW BUSINESS", "CORRESPONDENCE", "ADJOURNMENT",
    ]


def test_headings_mostly_in_ordinary_case_are_all_items(make_document) -> None:
    text = """Elmwick Township Board
Regular Meeting, March 3, 2031

**CALL TO ORDER**

The supervisor called the meeting to order at 7:00 pm.

**Paving Contract**

The board discussed the quotes.

**Park Benches**

Two benches are broken.

**Snow Removal**

The contract ends in April.

**ADJOURNMENT**

The meeting adjourned at 8:05 pm.
"""
    assert _titles(make_document, text) == [
        "CALL TO ORDER", "Paving Contract", "Park Benches", "Snow Removal", "ADJOURNMENT",
    ]


def test_headings_a_level_deeper_among_unnumbered_items_are_sub_headings(make_document) -> None:
    text = """# Elmwick Civic Association

Meeting of March 3, 2031

# Call to Order

The president opened the meeting at 7:00 pm.

# Treasurer's Report

The balance is $2,300.

# Old Business

## Paving the lane

The quotes were discussed.

## Street lights

Two lights are out.

# New Business

The spring clean-up was planned.

# Adjournment

The meeting ended at 8:05 pm.
"""
    assert _titles(make_document, text) == ["Call to Order", "Treasurer's Report", "Old Business", "New Business", "Adjournment"]


def test_few_part_headings_over_many_items_keep_every_item(make_document) -> None:
    text = """# Elmwick Civic Association

Meeting of March 3, 2031

# Part A - Open Session

## Call to Order

The chair opened the meeting.

## Treasurer's Report

The balance is $2,300.

## Paving the lane

The quotes were discussed.

# Part B - Closed Session

## Staffing

A personnel matter was discussed.
"""
    titles = _titles(make_document, text)
    assert {"Call to Order", "Treasurer's Report", "Paving the lane", "Staffing"} <= set(titles)


CODED_HEADINGS = """CITY OF ELMWICK
City Council Meeting Minutes
June 3, 2031

Call to Order
7:00 p.m.

Consent Agenda (B)
The consent agenda was approved as presented, 3-0.

Public Comment (C-1)
No one spoke.

Police Report (D-1)
Chief Hale reported on the summer patrols and the new cruiser.

Budget Hearing (D-2/D-3)
Staff presented the proposed rates. Councilor Day moved to adopt the rates. Motion carried 3-0.

Adjournment (E)
The meeting adjourned at 8:05 p.m.
"""


def test_an_agenda_reference_in_brackets_after_a_title_is_its_number(make_document) -> None:
    items = extract_items(make_document(CODED_HEADINGS))
    assert [(item.number, item.title) for item in items] == [
        ("B", "Consent Agenda"), ("C-1", "Public Comment"), ("D-1", "Police Report"), ("D-2/D-3", "Budget Hearing"),
        ("E", "Adjournment"),
    ]


def test_a_bracket_that_is_no_agenda_reference_keeps_the_heading_out(make_document) -> None:
    text = CODED_HEADINGS.replace("Police Report (D-1)", "Police Report (see attached)")
    assert "Police Report" not in [item.title for item in extract_items(make_document(text))]


PLANNING_LIST = """MINUTES OF THE MEETING OF ELMSTEAD PARISH COUNCIL HELD ON 3 MAY 2031

5. PLANNING
a) 31/0456 Mill Cottage, Low Road – new garage
b) 31/0458 Ash House – no objections
c) 31/0459 land at Holly Lane – not supported because of access, loss of hedgerow, and
concerns for the flood report.

6. FINANCE
The payments were approved.
"""


def test_the_response_after_a_planning_lines_dash_is_the_items_minutes(make_document) -> None:
    from minutebook.extract.items import read_items_and_sections

    _, sections = read_items_and_sections(make_document(PLANNING_LIST))
    minutes = {section.item.number: " ".join(line.text for line in section.lines).strip() for section in sections}
    assert minutes["5b"] == "no objections"
    assert minutes["5c"] == "not supported because of access, loss of hedgerow, and concerns for the flood report."
    assert minutes["5a"] == "new garage"


# A heading block set wholly as headings, the date its last line, then the first item at the date's level.
DATED_TITLES = """# Town of Ashby
## Monthly Meeting
## June 20, 2031

## CALL TO ORDER
Chair Ann Kolb called the meeting to order at 6:30 pm.

## ROAD REPORT
Supervisor Mott reported that the grading is done on Lake Road.

## ADJOURNMENT
Motion by Mott, second by Kolb to adjourn. Motion carried.
"""


def test_the_heading_after_the_title_headings_date_is_the_first_item(make_document) -> None:
    assert _titles(make_document, DATED_TITLES) == ["CALL TO ORDER", "ROAD REPORT", "ADJOURNMENT"]


def test_a_dated_title_heading_with_its_hour_closes_the_heading_block_of_a_web_page() -> None:
    from minutebook.ingest.html import parse_html

    page = (
        "<html><body><h1>Village of Elm Ridge</h1><h2>Board Meeting</h2><h3>Tuesday, March 4, 2031 at 7:00 pm</h3>"
        "<h3>Call to Order</h3><p>President Ross called the meeting to order.</p>"
        "<h3>Treasurer Report</h3><p>The report was accepted.</p>"
        "<h3>Adjournment</h3><p>The meeting adjourned at 8:10 pm.</p></body></html>"
    )
    document = parse_html(page.encode(), path="inline.html", name="inline.html", sha256="0" * 64)
    assert [item.title for item in extract_items(document)] == ["Call to Order", "Treasurer Report", "Adjournment"]


def test_a_title_heading_after_the_date_stays_out_when_the_block_goes_on(make_document) -> None:
    # The date first, then the meeting's name over the roll: the block goes on, and "Regular Meeting" titles it.
    text = DATED_TITLES.replace("## Monthly Meeting\n## June 20, 2031\n", "## June 20, 2031\n## Regular Meeting\n")
    text = text.replace("## CALL TO ORDER\n", "Present: Ann Kolb, Gil Mott.\n\n## CALL TO ORDER\n")
    assert _titles(make_document, text) == ["CALL TO ORDER", "ROAD REPORT", "ADJOURNMENT"]
    # A date heading over another heading: neither is an item by this.
    assert "June 20, 2031" not in _titles(make_document, DATED_TITLES.replace("## Monthly Meeting\n", ""))


def test_a_title_venue_or_stamp_heading_after_the_date_is_no_first_item(make_document) -> None:
    # Only a heading that reads as an opening item closes the block: the body, "Minutes", the venue and a draft or
    # approval stamp set after the date stay titles, over the roll as over an item.
    roll = "Present: Ann Kolb, Gil Mott.\n\n## CALL TO ORDER\n"
    for heading in ("## Board of Supervisors", "## Minutes", "## Town Hall, 12 Main Street", "## Draft - not yet approved"):
        text = DATED_TITLES.replace("## Monthly Meeting\n", "").replace("## CALL TO ORDER\n", f"{heading}\n{roll}")
        assert _titles(make_document, text) == ["CALL TO ORDER", "ROAD REPORT", "ADJOURNMENT"], heading
    stamped = DATED_TITLES.replace("## Monthly Meeting\n## June 20, 2031\n", "## 6:30 PM\n## Approved July 18, 2031\n")
    assert _titles(make_document, stamped.replace("## CALL TO ORDER\n", roll)) == ["CALL TO ORDER", "ROAD REPORT", "ADJOURNMENT"]


def test_an_opening_item_after_the_date_opens_the_minutes_in_british_words(make_document) -> None:
    text = (
        "# Elm Parish Council\n## Ordinary Meeting\n## 4 March 2031\n\n## Apologies for absence\n"
        "Apologies were received from Cllr Dray.\n\n## Planning\nNo applications were received.\n"
    )
    assert _titles(make_document, text) == ["Apologies for absence", "Planning"]
    assert _titles(make_document, text.replace("## Apologies for absence", "## Apologies")) == ["Apologies", "Planning"]
