"""A title block set in capitals names the place with its street address in capitals too ("COUNCIL CHAMBERS" /
"123 MAIN STREET", "ELM WATER DISTRICT OFFICE" / "10326 ELM GROVE BLVD, ELMTON"): the address is part of the
venue and does not end the header (a short street number reads like an item's). Invented places; two forms and a
lookalike (an item heading in capitals whose last word is a street word that is an everyday noun too). A street line
in capitals counts only beside the title block's place, town, postcode or date: an item heading in capitals ending in
a street word ("1 SPEEDING ON CHURCH ROAD") still ends the header."""

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
        # a street word written short is never an everyday noun: "CT", "SQ", "PL"
        ("SPECIAL MEETING OF THE BOARD\nBOARD ROOM\n10 ELM CT\nELMTON, IL 60525\n",
         "Board Room, 10 ELM CT, ELMTON, IL 60525"),
        ("SPECIAL MEETING OF THE BOARD\nCOMMUNITY CENTER\n4 MARKET SQ, ELMTON\n", "Community Center, 4 MARKET SQ, ELMTON"),
    ],
)
def test_a_capitals_street_line_in_the_title_block_is_part_of_the_venue(make_document, block: str, venue: str) -> None:
    document = make_document(f"AGENDA\n{block}March 14, 2031\n6:30 PM\n1. CALL TO ORDER\n2. PUBLIC COMMENT\n")
    meeting = extract_meeting(document, kind="agenda")
    assert meeting.venue == venue
    assert meeting.date == dt.date(2031, 3, 14)
    assert meeting.start_time == dt.time(18, 30)


@pytest.mark.parametrize(
    ("line", "above", "below", "ends"),
    [
        ("45 HIGH STREET, ELMTON", None, None, False),  # its town after a comma
        ("210 N ELM AVE", None, "ELMTON, IL 60525", False),  # over its town and postcode
        ("12 MILL ROAD", None, "ELMFORD EL4 2QT", False),
        ("10 ELM CT", None, "ELMTON, IL 60525", False),
        ("2 ELM PL", "COUNCIL OFFICES", None, False),
        ("123 MAIN STREET", "COUNCIL CHAMBERS", "March 14, 2031", False),  # under the place, over the date
        ("210 N ELM AVE", None, None, True),  # alone it reads as an item heading
        ("4 HIGH STREET", "MINUTES OF THE PARISH COUNCIL", "The shop front was discussed and it was agreed", True),
        ("1 SPEEDING ON CHURCH ROAD", "VILLAGE HALL", "Cllr Vale said the matter was raised in May", True),
        ("7 VILLAGE GREEN", None, None, True),  # an item on the green, not an address
        ("12 CAR PARK", "VILLAGE HALL", None, True),
    ],
)
def test_a_capitals_street_line_keeps_the_header_open_only_in_the_title_block(
    line: str, above: str | None, below: str | None, ends: bool
) -> None:
    assert _ends_header(line, above=above, below=below) is ends


@pytest.mark.parametrize(
    ("head", "item"),
    [
        ("ELMBURY PARISH COUNCIL\nMINUTES OF THE PARISH COUNCIL MEETING\n", "1 SPEEDING ON CHURCH ROAD"),
        ("OAKHOLLOW TOWN COUNCIL\nMINUTES OF THE PLANNING COMMITTEE\n", "4 HIGH STREET"),
        ("ELMBURY PARISH COUNCIL\nMINUTES OF THE PARISH COUNCIL MEETING\nVILLAGE HALL\n", "1 SPEEDING ON CHURCH ROAD"),
    ],
)
def test_a_capitals_item_ending_in_a_street_word_ends_the_header(make_document, head: str, item: str) -> None:
    # The item's text names another meeting's date and time: never this meeting's.
    document = make_document(
        f"{head}{item}\nCllr Vale reported that the matter was raised at the meeting held on 4 February 2031 at 6pm.\n"
        "2 FINANCE\nThe accounts were approved.\n"
    )
    meeting = extract_meeting(document, kind="minutes")
    assert meeting.date is None
    assert meeting.start_time is None
    assert meeting.venue in (None, "Village Hall")
