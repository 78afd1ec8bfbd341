"""A title block set in capitals names the place with its street address in capitals too ("COUNCIL CHAMBERS" /
"123 MAIN STREET", "ELM WATER DISTRICT OFFICE" / "10326 ELM GROVE BLVD, ELMTON"): the address is part of the
venue and does not end the header (a short street number reads like an item's). Invented places; two forms and a
lookalike (an item heading in capitals whose last word is a street word that is an everyday noun too)."""

from __future__ import annotations

import datetime as dt

import pytest

from minutebook.extract.meeting import _ends_header, extract_meeting


@pytest.mark.parametrize(
    ("block", "venue"),
    [
        ("REGULAR MEETING OF THE CITY COUNCIL\nCOUNCIL CHAMBERS, CITY HALL\n123 MAIN STREET\n",
         "Council Chambers, City Hall, 123 MAIN STREET"),
        ("REGULAR BOARD MEETING\nELM GROVE WATER DISTRICT OFFICE\n10326 ELM GROVE BLVD, ELMTON\n",
         "Elm Grove Water District Office, 10326 ELM GROVE BLVD, ELMTON"),
    ],
)
def test_a_capitals_street_line_in_the_title_block_is_part_of_the_venue(make_document, block: str, venue: str) -> None:
    document = make_document(f"AGENDA\n{block}March 14, 2031\n6:30 PM\n1. CALL TO ORDER\n2. PUBLIC COMMENT\n")
    meeting = extract_meeting(document, kind="agenda")
    assert meeting.venue == venue
    assert meeting.date == dt.date(2031, 3, 14)
    assert meeting.start_time == dt.time(18, 30)


@pytest.mark.parametrize(
    ("line", "ends"),
    [
        ("45 HIGH STREET, ELMTON", False),
        ("210 N ELM AVE", False),
        ("7 VILLAGE GREEN", True),  # an item on the green, not an address
        ("12 CAR PARK", True),
    ],
)
def test_only_an_unmistakable_capitals_street_word_keeps_the_header_open(line: str, ends: bool) -> None:
    assert _ends_header(line) is ends
