"""Bodies named in full where a masthead or an opening sentence gives the organisation: a letterhead over the date and
a "Board Meeting Minutes" line, an agenda's masthead (municipality, address, status, date, hour, room, then the body),
a title line with the date first, an opening sentence naming the council of a city and its state, a strata
corporation's plan, and an owners' association named only by its kind under its subdivision's name."""

from __future__ import annotations

import pytest

from minutebook.extract.meeting import extract_meeting


def _body(make_document, text: str, kind: str = "minutes") -> str | None:
    return extract_meeting(make_document(text), kind=kind).body


@pytest.mark.parametrize(
    ("text", "body"),
    [
        # the letterhead, the date, then the meeting's name
        ("Elm Ridge Homeowners’ Association\nJuly 9, 2031\nBoard Meeting Minutes\n\nMembers Attending:\nAnn Lee, Bob Ash\n",
         "Elm Ridge Homeowners’ Association Board"),
        ("FERNWOOD PARK OWNERS ASSOCIATION\nTuesday, March 4, 2031\nBOARD OF DIRECTORS MEETING\n\nPresent: A Lee, B Ash\n",
         "Fernwood Park Owners Association Board of Directors"),
        # the record's name with the meeting's sort is no organisation ("Annual" is no name)
        ("ELM VALLEY WATER DISTRICT\nAnnual Meeting Minutes\nMarch 4, 2031 – 6:00 p.m.\nBOARD OF DIRECTORS\n"
         "Ann Lee\tPresident\n\nI. Call to Order\n", "Elm Valley Water District Board of Directors"),
        # a subdivision's number is part of the name
        ("Elm Ridge Filing #2 Homeowners Association\nBoard of Directors Meeting\nMarch 4, 2031\n\nPresent: A Lee\n",
         "Elm Ridge Filing #2 Homeowners Association Board of Directors"),
    ],
)
def test_letterhead_over_the_date_names_the_board(make_document, text, body) -> None:
    assert _body(make_document, text) == body


def test_date_over_a_bare_board_is_no_organisation(make_document) -> None:
    # near miss: nothing above the date names an organisation
    assert _body(make_document, "July 9, 2031\nBoard Meeting Minutes\n\nMembers Attending:\nAnn Lee\n") == "Board"


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("City of Elmton\n12 Main Street\nElmton, NL 01234\nwww.elmton.example\nAgenda - Final\nTuesday, May 6, 2031\n"
         "9:00 AM\nCity Hall, Commission Chambers\nCity Commission\n\n1. Call to Order\n", "City of Elmton City Commission"),
        ("Town of Fernhill\n40 Elm Avenue\nFernhill, NL 01235\nMeeting Minutes - Final\nMonday, June 2, 2031\n7:00 PM\n"
         "Council Chamber\nTown Council\n\n1. Roll Call\n", "Town of Fernhill Town Council"),
        # a revised agenda's status and its notice of what changed
        ("City of Elmton\n12 Main Street\nElmton, NL 01234\nAgenda - Final Revised\nTuesday, May 6, 2031\n9:00 AM\n"
         "Agenda Item F-5 Has Been Added\nCity Hall, Commission Chambers\nCity Commission\n\n1. Call to Order\n",
         "City of Elmton City Commission"),
    ],
)
def test_agenda_masthead_names_the_municipality(make_document, text, body) -> None:
    assert _body(make_document, text, kind="agenda") == body


def test_masthead_room_is_not_the_municipality(make_document) -> None:
    # near miss: no municipality above the room; the room is never glued to the body
    text = "Agenda - Final\nTuesday, May 6, 2031\n9:00 AM\nCity Hall, Commission Chambers\nCity Commission\n\n1. Call to Order\n"
    assert _body(make_document, text, kind="agenda") == "City Commission"


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("March 4, 2031 Elm Valley Music Association Minutes\nDirectors Present: Ann Lee, Bob Ash\n\n"
         "Meeting called to order at 7:05 p.m.\n", "Elm Valley Music Association"),
        ("June 2, 2031 Fernside Garden Club Meeting Minutes\nPresent: Ann Lee, Bob Ash\n\nThe meeting opened at 7 p.m.\n",
         "Fernside Garden Club"),
        # a body in general words after the date: the date is no part of its name
        ("March 4, 2031 Board of Directors Meeting\nPresent: Ann Lee, Bob Ash\n\n1. Call to order\n", "Board of Directors"),
        ("June 2, 2031 Planning Commission Meeting Minutes\nPresent: Ann Lee\n\n1. Call to order\n", "Planning Commission"),
    ],
)
def test_title_line_with_the_date_first(make_document, text, body) -> None:
    assert _body(make_document, text) == body


def test_date_first_line_without_the_records_name_names_no_organisation(make_document) -> None:
    # near miss: a sentence of the minutes opening on the date
    text = "March 4, 2031 the Elm Valley Music Association held a concert.\nPresent: Ann Lee\n"
    assert _body(make_document, text) != "Elm Valley Music Association"


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("CITY COUNCIL MEETING MINUTES\nCOUNCIL CHAMBER, CITY HALL\n12 N. ELM, ELMTON, NORTHLAND\nMARCH 4, 2031\n"
         "INTRODUCTORY\nThe City Council of the City of Elmton, Northland met for a regular meeting at 7:00\n"
         "p.m. on Monday, March 4, 2031, in the Council Chamber.\n", "City Council of the City of Elmton, Northland"),
        ("BOARD MEETING MINUTES\nMarch 4, 2031\n1. CALL TO ORDER\nThe Board of Trustees of the Village of Fernhill met in "
         "regular session at the Village Hall at 7 p.m.\n", "Board of Trustees of the Village of Fernhill"),
    ],
)
def test_opening_sentence_under_a_first_heading_names_the_council(make_document, text, body) -> None:
    assert _body(make_document, text) == body


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("CITY COUNCIL MEETING MINUTES\nCOUNCIL CHAMBER, CITY HALL\n12 N. ELM, ELMTON, NORTHLAND\nMARCH 4, 2031\n"
         "CALL TO ORDER\nThe regular meeting of the Elmton City Council was called to order at 7:00 p.m. by Mayor Ann Lee.\n",
         "Elmton City Council"),
        ("BOARD MEETING MINUTES\nMarch 4, 2031\n1. CALL TO ORDER\nThe special meeting of the Board of Trustees of the "
         "Village of Fernhill was called to order at 7 p.m.\n", "Board of Trustees of the Village of Fernhill"),
    ],
)
def test_meeting_called_to_order_under_a_first_heading_names_the_council(make_document, text, body) -> None:
    assert _body(make_document, text) == body


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("CITY COUNCIL MEETING MINUTES\nMarch 4, 2031\n1. CALL TO ORDER\nThe minutes of the regular meeting of the "
         "Elmton Library Board held on May 1 were approved.\n", "City Council"),
        # the earlier meeting's body holds every word of the title's: still an earlier meeting, not this one's opening
        ("COMMITTEE MEETING MINUTES\nMarch 4, 2031\n1. MINUTES\nThe minutes of the meeting of the Elmton Parks "
         "Committee held on 4 February were noted.\n", "Committee"),
        ("Board Meeting\nMarch 4, 2031\nPresent: Ann Lee, Bob Ash\n1. Minutes\nThe minutes of the Annual Meeting of "
         "the Elmton School Board held on 3 February 2031 were approved.\n", "Board"),
    ],
)
def test_earlier_minutes_of_another_body_are_not_taken(make_document, text, body) -> None:
    # near miss: the minutes approved are an earlier meeting's
    assert _body(make_document, text) == body


def test_opening_sentence_of_another_body_is_not_taken(make_document) -> None:
    # near miss: the sentence names a different body from the title's
    text = ("CITY COUNCIL MEETING MINUTES\nMarch 4, 2031\n1. CALL TO ORDER\nThe Elmton Library Board met at the library "
            "last week.\n")
    assert _body(make_document, text) == "City Council"


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("STRATA PLAN EL1234, ELM COURT,\nANNUAL GENERAL MEETING\nTUESDAY, DECEMBER 9, 2031 AT 7:10 PM\n\n"
         "1. CALL TO ORDER\n", "Strata Plan EL1234, Elm Court"),
        ("The Owners, Strata Plan KAS 567\nAnnual General Meeting\nMarch 4, 2031\n\n1. Call to Order\n",
         "Strata Plan KAS 567"),
        ("STRATA PLAN EL 1234\nCOUNCIL MEETING MINUTES\nMarch 4, 2031\n\n1. CALL TO ORDER\n", "Strata Plan EL 1234 Council"),
    ],
)
def test_strata_plan_names_the_corporation(make_document, text, body) -> None:
    assert _body(make_document, text) == body


def test_strata_plan_in_a_sentence_is_no_letterhead(make_document) -> None:
    # near miss: the plan named in running text of the minutes
    text = "Annual General Meeting\nMarch 4, 2031\n\n1. Call to Order\nStrata plan 1234 was registered in 1990 by the developer.\n"
    assert _body(make_document, text) is None


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Elm Ridge Filing #2\nHomeowners Association\n12 Elm Drive\nElmton, NL 01234\nANNUAL MEETING\nMarch 4, 2031\n\n"
         "1. Call to Order\n", "Elm Ridge Filing #2 Homeowners Association"),
        ("Fernwood Heights\nProperty Owners Association\nANNUAL MEETING MINUTES\nMarch 4, 2031\n\n1. Call to Order\n",
         "Fernwood Heights Property Owners Association"),
    ],
)
def test_association_of_a_kind_takes_its_subdivision(make_document, text, body) -> None:
    assert _body(make_document, text) == body


def test_association_with_its_own_name_takes_no_line_above(make_document) -> None:
    # near miss: a motto over an association that names itself
    text = "Working Together\nElm Ridge Homeowners Association\nANNUAL MEETING\nMarch 4, 2031\n\n1. Call to Order\n"
    assert _body(make_document, text) == "Elm Ridge Homeowners Association"


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("ELMWOOD WATER DISTRICT\nBoard of Director’s Meeting Minutes\nMarch 4, 2031 – 6:00 p.m.\n\nPresent: A Lee\n",
         "Elmwood Water District Board of Directors"),
        ("FERNHILL FIRE DISTRICT\nBoard of Trustees’ Board Meeting Minutes\nMarch 4, 2031\n\nPresent: A Lee\n",
         "Fernhill Fire District Board of Trustees"),
    ],
)
def test_board_named_by_its_members_possessive(make_document, text, body) -> None:
    assert _body(make_document, text) == body


def test_possessive_not_after_of_is_kept(make_document) -> None:
    # near miss: a committee named for an office keeps its possessive
    text = "SUPERVISOR'S ADVISORY COMMITTEE\nMinutes\nMarch 4, 2031\n\n1. CALL TO ORDER\n"
    assert _body(make_document, text) == "Supervisor's Advisory Committee"


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Elmwood Water District Financing Corporation\nAGENDA ITEM III.1\nAnnual Board Meeting\nApproved Minutes\n"
         "March 4, 2031\n\nI. CALL TO ORDER\n", "Elmwood Water District Financing Corporation Board"),
        ("Fernhill Library Foundation\nAgenda Item IV.2\nRegular Board Meeting\nMarch 4, 2031\n\n1. CALL TO ORDER\n",
         "Fernhill Library Foundation Board"),
    ],
)
def test_agenda_item_stamp_lies_between_the_district_and_its_board(make_document, text, body) -> None:
    assert _body(make_document, text) == body


def test_agenda_item_stamp_alone_names_no_district(make_document) -> None:
    # near miss: nothing over the stamp
    text = "AGENDA ITEM III.1\nRegular Board Meeting\nMarch 4, 2031\n\nI. CALL TO ORDER\n"
    assert _body(make_document, text) == "Board"


def test_kind_of_association_reads_in_linear_time() -> None:
    # "homeowners" once matched two alternatives of a repeated group: a long line of such words backtracked exponentially
    from minutebook.extract.meeting import _KIND_OF_ASSOCIATION

    assert _KIND_OF_ASSOCIATION.match("Homeowners " * 26 + "Committee") is None  # its time: benchmarks/bench_long_lines.py
    assert _KIND_OF_ASSOCIATION.match("Homeowners Association") and _KIND_OF_ASSOCIATION.match("Home Owners Association")


@pytest.mark.parametrize(
    ("text", "body"),
    [
        # The state set off by commas on both sides, the day written out before the body.
        ("CITY COUNCIL MEETING MARCH 4, 2031\n\nOn the 4th day of March, A.D., 2031, the City Council of the City of "
         "Elmton, Northland, met in regular session, at 10:10 a.m., with the following members present: Mayor Ann Lee.\n",
         "City Council of the City of Elmton, Northland"),
        ("BOARD OF SUPERVISORS\nMarch 4, 2031\nThe Board of Supervisors of Fern County, Northland, met in regular "
         "session at 9:00 a.m. with all members present.\n", "Board of Supervisors of Fern County, Northland"),
    ],
)
def test_a_state_closed_by_a_comma_before_met_is_part_of_the_name(make_document, text, body) -> None:
    assert _body(make_document, text) == body


def test_a_person_set_off_by_commas_before_met_is_no_state(make_document) -> None:
    # Near miss: the chair named between commas is no part of the committee's name.
    text = "MINUTES\nMarch 4, 2031\nThe Parks Committee, Chair Lee, met at the Pavilion at 9:00 a.m.\n"
    assert _body(make_document, text) != "Parks Committee, Chair Lee"


@pytest.mark.parametrize(
    ("text", "body"),
    [
        # The record's name and its preposition between the body and the date.
        ("Town Board Minutes for March 4, 2031\n\nCall to Order: Supervisor A Lee called the regular meeting to order "
         "at 6 p.m. at the Town Hall.\n", "Town Board"),
        ("Fernhill Village Board Notes for 4 March 2031\n\nPresent: Ann Lee, Bob Ash\n", "Fernhill Village Board"),
        # The record's name first, "from" the meeting it was taken at.
        ("Minutes from the Elm Township Board Meeting\nMarch 4, 2031\n\nMeeting was called to order at 9:00 a.m. by "
         "Chairman Ann Lee.\n", "Elm Township Board"),
        ("Meeting Minutes from the Quill Lake Board Meeting\nMarch 4, 2031\n\nPresent: Ann Lee\n", "Quill Lake Board"),
    ],
)
def test_minutes_for_or_from_is_no_part_of_the_name(make_document, text, body) -> None:
    assert _body(make_document, text) == body


def test_a_name_holding_for_keeps_it(make_document) -> None:
    # Near miss: "for" inside the body's own name, no record word before it.
    assert _body(make_document, "Elm Trust for Wildlife\nMarch 4, 2031\nPresent: Ann Lee\n") == "Elm Trust for Wildlife"
