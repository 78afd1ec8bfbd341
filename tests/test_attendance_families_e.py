"""Attendance written in forms read little before: a label with the days or the way of attending in brackets,
the body's own people under a "District Attendees" heading, lists run on in the paragraph that opens the meeting,
and a roll call whose heading and label share a cell. Each in two invented forms, with near misses. Every name is
invented."""

from __future__ import annotations

from minutebook.extract.attendance import extract_attendees
from minutebook.extract.sections import match_label


def _attendees(document, nlp):
    return {a.surname: a for a in extract_attendees(document, nlp=nlp)}


def test_label_with_days_or_way_of_attending_in_brackets(make_document, nlp) -> None:
    days = make_document(
        "Board of Trustees Retreat\n\n1. CALL TO ORDER\n\n"
        "Present (both days):\n   Ms. Ruth Calloway, President\n   Mr. Ivo Strand\n   Ms. Uma Tolley\n\n2. ORAL COMMUNICATIONS\n"
    )
    people = _attendees(days, nlp)
    assert sorted(people) == ["Calloway", "Strand", "Tolley"]
    named_days = make_document(
        "Board Retreat\n\nPresent (Friday and Saturday):\n   Ms. Ruth Calloway, President\n   Mr. Ivo Strand\n\n"
        "2. ORAL COMMUNICATIONS\n"
    )
    assert sorted(_attendees(named_days, nlp)) == ["Calloway", "Strand"]
    remote = make_document(
        "Board of Education Minutes\n\nRoll Call\nPresent (via Zoom from separate locations):\nAnn Vale, president\n"
        "Bo Rooke, clerk\nCy Hume, member\n\nMinutes Approved (B)\nIt was moved by Ms. Rooke that the minutes be approved.\n"
    )
    assert sorted(_attendees(remote, nlp)) == ["Hume", "Rooke", "Vale"]
    # A bracket that is neither a way of attending nor days or a count is no part of a label.
    assert match_label("Present (see the list attached):") is None
    assert match_label("Present (Friday only):") is not None


def test_body_attendees_heading_over_name_dash_role_lines(make_document, nlp) -> None:
    bold = make_document(
        "Regular Board Meeting\nApproved Minutes\n\n**District Attendees**  \nAnn Vale - Board President  \n"
        "Bo Rooke - Board Member  \nCy Hume - General Manager  \n\n**Other Attendees**  \nDee Orr - Associate Engineer  \n\n"
        "**Absent**  \n\n**AGENDA ITEMS**  \nI. Call to order\n"
    )
    people = _attendees(bold, nlp)
    assert {"Vale", "Rooke", "Hume", "Orr"} <= set(people)
    assert people["Vale"].status == "present"
    headings = make_document(
        "## Regular Board Meeting\n\n### Board Attendees\n- Ann Vale - Board President\n- Bo Rooke - Board Member\n\n"
        "### Other Attendees\n- Dee Orr - Associate Engineer\n\n## AGENDA ITEMS\n"
    )
    assert {"Vale", "Rooke", "Orr"} <= set(_attendees(headings, nlp))
    # "District attendees" inside a sentence starts no list.
    sentence = make_document(
        "Regular Board Meeting\n\nPresent: Ann Vale, Bo Rooke\n\nDistrict attendees were asked to sign the register.\n"
    )
    assert sorted(_attendees(sentence, nlp)) == ["Rooke", "Vale"]


def test_lists_run_on_in_the_opening_paragraph(make_document, nlp) -> None:
    one_line = make_document(
        "Board of Directors\nRegular Meeting\n\nCALL TO ORDER\nThe meeting was called to order at 6:02 p.m. by President"
        " Okafor. Board members present: Okafor, Lundgren, Marsh, Tembo. Board members absent: none. Staff present:"
        " General Counsel Rusk and Clerk Ada Penn.\n\nPUBLIC COMMENT\nNone.\n"
    )
    people = _attendees(one_line, nlp)
    assert {"Okafor", "Lundgren", "Marsh", "Tembo", "Rusk", "Penn"} <= set(people)
    assert "none" not in {name.lower() for name in people}
    assert people["Marsh"].status == "present" and people["Penn"].status == "in_attendance"
    wrapped = make_document(
        "Board of Directors\nAction Summary Minutes\n\n  CALL TO ORDER\n\n  The meeting was called to order at 6:00 pm by"
        " President Marsh. Board members present:\n  Lundgren, Marsh, Okafor, and Tembo. Board members absent: Vance.\n"
        "  Staff present: Board Clerk Penn.\n\n  PUBLIC COMMENTS\n\n  None.\n"
    )
    people = _attendees(wrapped, nlp)
    assert {"Lundgren", "Marsh", "Okafor", "Tembo"} <= set(people)
    assert "Vance" not in people
    # A sentence that names people but is no roll, and a post with no one in it.
    residents = make_document(
        "Board of Directors\n\nThe meeting was called to order at 6 pm. Present were residents concerned about parking."
        "\n\n1. Parking\nTreasurer, vacant.\n"
    )
    assert _attendees(residents, nlp) == {}


def test_roll_call_heading_and_label_in_one_cell(make_document, nlp) -> None:
    tabbed = make_document(
        "MINUTES OF THE REGULAR CITY COUNCIL MEETING\nTUESDAY- -MAY 4, 2021- -7:00 P.M.\n\n"
        "Mayor Quill convened the meeting at 7:01 p.m.\n\nROLL CALL - Present:\tCouncilmembers Abara, de la Cruz, Venn Oyelaran\n"
        "and Mayor Quill – 4.\n\nAbsent:\tNone.\n\nAGENDA CHANGES\nNone.\n"
    )
    people = _attendees(tabbed, nlp)
    assert {"Abara", "Quill"} <= set(people)
    assert people["Quill"].role == "Mayor"
    assert len(people) == 4
    doubled = make_document(
        "MINUTES OF THE REGULAR CITY COUNCIL MEETING\n\nROLL CALL: – Present: Councilmembers Abara, Lutz,\n"
        "Nyberg and Mayor Quill – 4.\n\nAbsent: None.\n\nAGENDA CHANGES\nNone.\n"
    )
    assert sorted(_attendees(doubled, nlp)) == ["Abara", "Lutz", "Nyberg", "Quill"]
