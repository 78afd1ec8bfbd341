"""Associations' boards (owners' associations, clubs, societies): the forms their minutes give who attended in.

A steering group's "Those attending were …" sentence after the place and date; an annual meeting's "Directors
and Officers Present" and "Voting Members Present" headings; a board's roll call with its names after a dash
on the same line. Every name is invented.
"""

from __future__ import annotations

from minutebook.extract.attendance import extract_attendees


def _names(document, nlp) -> list[str]:
    return [a.name for a in extract_attendees(document, nlp=nlp)]


def test_those_attending_were_after_the_place_and_date(make_document, nlp) -> None:
    after = make_document(
        "CLUB MINUTES\nThe Steering Committee met in Room 12 on May 8, 1996.\n"
        "Those attending were Ann Lee, Bo Day, and Cy Fox.\nThe next meeting will be held June 3.\n"
    )
    assert _names(after, nlp) == ["Ann Lee", "Bo Day", "Cy Fox"]
    alone = make_document("Those attending were Ann Lee and Bo Day.\n\n1. Minutes\n")
    assert _names(alone, nlp) == ["Ann Lee", "Bo Day"]
    # Near miss: a sentence that opens on other words is no roll.
    among = make_document("Among those attending were Ann Lee and Bo Day.\n\n1. Minutes\n")
    assert _names(among, nlp) == []


def test_directors_and_officers_and_voting_members_headings(make_document, nlp) -> None:
    annual = make_document(
        "Annual Meeting Minutes\n\n### Directors and Officers Present\n\n-   Ann Lee, President\n-   Bo Day, Treasurer\n\n"
        "### Directors and Officers Absent\n\n-   Cy Fox\n\n### Voting Members Present\n\n-   Di Moss\n-   Ed Hart\n\n"
        "### Location and Time\n\nHeld at the hall.\n"
    )
    assert _names(annual, nlp) == ["Ann Lee", "Bo Day", "Di Moss", "Ed Hart"]
    board = make_document("Board Members and Officers Present: Ann Lee, Bo Day\n\n1. Agenda\n")
    assert _names(board, nlp) == ["Ann Lee", "Bo Day"]
    # Near miss: the absent heading's people are not attendees.
    absent = make_document("Directors and Officers Absent: Cy Fox\n\n1. Agenda\n")
    assert _names(absent, nlp) == []


def test_board_roll_call_with_names_after_a_dash(make_document, nlp) -> None:
    opening = make_document(
        "Call to Order and Board Roll Call – Ann Lee, Bo Day, and Cy Fox\n\n"
        "Owners in Attendance – Di Moss, Ed Hart\n\nApproval of the Agenda – None\n"
    )
    assert [(a.name, a.status) for a in extract_attendees(opening, nlp=nlp)] == [
        ("Ann Lee", "present"), ("Bo Day", "present"), ("Cy Fox", "present"),
        ("Di Moss", "also_present"), ("Ed Hart", "also_present"),
    ]
    colon = make_document("Roll Call: Ann Lee, Bo Day, and Cy Fox\n\nApproval of the Agenda – None\n")
    assert _names(colon, nlp) == ["Ann Lee", "Bo Day", "Cy Fox"]
    # Near misses: a roll call that records no names on its line, or a vote's roll.
    assert _names(make_document("ROLL CALL – Roll was called and the following recorded:\n\n1. Agenda\n"), nlp) == []
    assert _names(make_document("Roll call: Ayes Lee, Day\n\n1. Agenda\n"), nlp) == []
    vote = make_document("5. ITEM\nRoll call: Directors Ash: Aye; Birch: Aye; and Chair Cole: No.\n")
    assert _names(vote, nlp) == []
