"""Where a meeting was held, read from a PDF flattened to one line: the whole text run together, so the place runs
on into what was printed after it (the next sentence after a state's postal code, a heading or a label in capitals,
a sentence glued to an address in capitals), a title in capitals gives the address after "HELD AT", and a place
pages further on is another event's. Invented boards and places; two forms of each and near misses."""

from __future__ import annotations

import pytest

from minutebook.extract.meeting import extract_meeting

# What a page of flattened minutes goes on with: motions, far longer than the opening.
_BUSINESS = " ".join(
    f"Upon motion by Director Ferrow, seconded by Director Lind, and unanimously carried, item {number} was approved."
    for number in range(1, 9)
)


def _venue(make_document, text: str) -> str | None:
    return extract_meeting(make_document(text), kind="minutes").venue


@pytest.mark.parametrize(
    ("opening", "venue"),
    [
        # a stop after the place, then a heading in capitals
        ("20310304minutes BOARD OF COMMISSIONERS BOARD MEETING MARCH 4, 2031 The Annual Meeting of the Board of "
         "Commissioners of the Elm Housing Authority was held at 7:30 a.m. on Tuesday, March 4, 2031, in the Board "
         "room at the Housing Authority office, 12 Quill Avenue, Elmton, Northland. ROLL CALL: On roll call, the "
         "following were in attendance: Chair Ada Ferrow, Bo Lind.",
         "Board room at the Housing Authority office, 12 Quill Avenue, Elmton, Northland"),
        # the state's postal code and a stop, then the next sentence
        ("1 ELMPORT TRANSIT DISTRICT Minutes- Board of Directors A Regular Meeting of the Board of Directors of the "
         "Elmport Transit District met on Friday, at the Elmport City Council Chambers, 809 Quill Street, Elmport, CA. "
         "Chair Ferrow called the meeting to order at 9:04 a.m.",
         "Elmport City Council Chambers, 809 Quill Street, Elmport, CA"),
        # a label in capitals after the place
        ("BOARD MEETING: Regular Meeting DATE: March 4, 2031 MEMBERS PRESENT: Ada Ferrow, Bo Lind. TIME CALLED TO "
         "ORDER: 5:30 p.m. LOCATION: Elm Events Center BOARD CHAIR: Ada Ferrow SECRETARY: Bo Lind I. CALLED TO ORDER",
         "Elm Events Center"),
        # the next sentence glued to an address in capitals
        ("MINUTES OF THE REGULAR MEETING OF THE ELMVILLE SERVICES DISTRICT HELD ON WEDNESDAY, MARCH 4, 2031 AT 7:00PM "
         "AT QUILL HALL, 1620 ELM ROAD, ELMVILLEThe regular meeting of the Board of Directors convened at 7:00pm.",
         "Quill Hall, 1620 Elm Road, Elmville"),
    ],
)
def test_a_flattened_opening_gives_the_place_without_what_follows(make_document, opening: str, venue: str) -> None:
    assert _venue(make_document, f"{opening} {_BUSINESS}\n") == venue


@pytest.mark.parametrize(
    ("title", "venue"),
    [
        ("MINUTES OF THE REGULAR MEETING BOARD OF DIRECTORS OF THE ELM SANITARY DISTRICT HELD AT 695 WEST 19TH STREET "
         "March 4, 2031 Roll Call", "695 WEST 19TH STREET"),
        ("Minutes of the Regular Meeting of the Board of Directors of the Elm Water District held at 12 Quill Avenue, "
         "Elmton on March 4, 2031.", "12 Quill Avenue, Elmton"),
    ],
)
def test_an_address_after_held_at_is_the_place(make_document, title: str, venue: str) -> None:
    assert _venue(make_document, f"{title} {_BUSINESS}\n") == venue


def test_a_place_pages_into_a_flattened_line_is_another_events(make_document) -> None:
    # Near miss: the opening names no place; the convention "to be held in Elmport" far on is not the meeting's.
    text = (f"MINUTES OF THE REGULAR MEETING BOARD OF DIRECTORS OF THE ELM SANITARY DISTRICT March 4, 2031 {_BUSINESS} "
            "A communication was read about the annual convention of the Sanitary Districts Association, to be held in "
            "Elmport on July 25.\n")
    assert len(text) > 1000
    assert _venue(make_document, text) is None


@pytest.mark.parametrize(
    ("opening", "venue"),
    [
        # near misses: a stop inside the place's name, and a room's capitals that are no label
        ("The meeting was called to order at 7:00 p.m. in St. Anne's Hall, Elmton.", "St. Anne's Hall, Elmton"),
        ("The meeting was held at 7:00 p.m. in the YMCA Hall, Elmton.", "YMCA Hall, Elmton"),
    ],
)
def test_a_place_in_capitals_or_with_a_stop_inside_stays_whole(make_document, opening: str, venue: str) -> None:
    assert _venue(make_document, f"ELM TOWNSHIP BOARD\nRegular Meeting Minutes\nMarch 4, 2031\n\n{opening}\n") == venue


@pytest.mark.parametrize(
    ("title", "venue"),
    [
        # the formal date after the place, as western Canadian councils write it
        ("MINUTES OF THE REGULAR MEETING OF COUNCIL of the Town of Elmford, in the Province of Northland held in the "
         "Elmford Municipal Office this 9 th day of July 2031.", "Elmford Municipal Office"),
        ("Minutes of the Regular Meeting of the Council of the Village of Elmford held in the Council Chambers this "
         "12th day of March, 2031.", "Council Chambers"),
        # a place ending in an abbreviation's stop before "ON <weekday>"
        ("TOWN OF ELMFORD MINUTES OF THE REGULAR MEETING OF COUNCIL HELD IN THE COUNCIL CHAMBERS, 1027 QUILL STREET, "
         "ELMFORD, B.C. ON TUESDAY, MARCH 4, 2031, AT 7:30 PM", "Council Chambers, 1027 Quill Street, Elmford, B.c"),
    ],
)
def test_the_place_ends_before_the_days_date(make_document, title: str, venue: str) -> None:
    assert _venue(make_document, f"{title}\nPRESENT: Mayor Ada Ferrow\n1. CALL TO ORDER\n") == venue


def test_this_without_a_day_runs_on(make_document) -> None:
    # Near miss: "this" with no day of the month after it ends nothing; the place is read as before.
    text = ("Minutes of the Regular Meeting of the Council of the Village of Elmford held in the Elmford Hall.\n"
            "PRESENT: Mayor Ada Ferrow\n1. CALL TO ORDER\nThis month the hall was painted.\n")
    assert _venue(make_document, text) == "Elmford Hall"
