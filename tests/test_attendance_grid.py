"""A year's attendance grid at the top of a governing body's minutes (a row a member, a column a meeting, a key
under it), and the clerk named on a line of its own: each in two forms, with lookalikes that name no one.
Every name is invented."""

from __future__ import annotations

from minutebook.extract.apologies import extract_apologies
from minutebook.extract.attendance import extract_attendees

KEY = "P – Present\tS – Sanctioned\nA – Absent\tL – Late arrival\n"


def _present(document, nlp):
    return [a.surname for a in extract_attendees(document, nlp=nlp)]


def _apologies(document, nlp):
    return [a.surname for a in extract_apologies(document, nlp=nlp)]


def test_grid_reads_the_latest_marked_meeting(make_document, nlp) -> None:
    grid = make_document(
        "GOVERNOR ATTENDANCE\n"
        "TESSA QUILL\tParent\t10/2026\tP\t\tP\t\t\n"
        "OWEN BRACK\tStaff\t12/2025\tS\t\tP\t\t\n"
        "VACANT\tParent\t\t\t\t\t\t\n"
        "LENA FITCH\tCo-opted\t3/2027\tP\t\tS\t\t\n"
        "MARK DORN\tLA\t7/2026\tP\t\tA\t\t\n"
        + KEY + "\n1. Declarations of interest\n"
    )
    assert _present(grid, nlp) == ["Quill", "Brack"]
    assert _apologies(grid, nlp) == ["Fitch"]
    first = make_document(
        "Attendance\nAnn Vale\tP\t\t\nBo Reed\tL\t\t\nDee Hart\tS\t\t\n" + KEY + "\n1. Minutes\n"
    )
    assert _present(first, nlp) == ["Vale", "Reed"]
    assert _apologies(first, nlp) == ["Hart"]


def test_grid_without_a_key_is_no_grid(make_document, nlp) -> None:
    # Without a key saying what the letters stand for, an "S" is no sanctioned absence.
    table = make_document("Officers\nAnn Vale\tP\t\tS\nBo Reed\tP\t\tS\nDee Hart\tS\t\tP\n\n1. Minutes\n")
    assert _apologies(table, nlp) == []


def test_carried_over_rows_of_former_members_are_left_out(make_document, nlp) -> None:
    document = make_document(
        "GOVERNOR ATTENDANCE\n"
        "Tessa Quill\tParent\tP\t\tP\n"
        "Owen Brack\tStaff\tP\t\tS\n"
        "Lena Fitch\tLA\tP\t\tP\n"
        "\n"
        "Dora Pike\tParent\t\tS\t\t\t01/09/2025\n"
        + KEY
    )
    assert _present(document, nlp) == ["Quill", "Fitch"]
    assert _apologies(document, nlp) == ["Brack"]


def test_clerk_named_on_a_line_of_its_own(make_document, nlp) -> None:
    cells = make_document("Present: Ann Vale, Bo Reed\nChaired by\tAnn Vale\tClerked by\tJo Pike\n\n1. Minutes\n")
    clerk = [a for a in extract_attendees(cells, nlp=nlp) if a.surname == "Pike"]
    assert [(a.role, a.status) for a in clerk] == [("Clerk", "in_attendance")]
    taker = make_document("Present: Ann Vale, Bo Reed\nMinute taker: Mrs Dora Kent\n\n1. Minutes\n")
    assert "Kent" in _present(taker, nlp)
    nobody = make_document("Present: Ann Vale, Bo Reed\nMinutes taken by the Clerk.\n\n1. Minutes\n")
    assert _present(nobody, nlp) == ["Vale", "Reed"]
