"""US council rolls: a member count closing the present list before the absent list on the same line, the
"Mayor Pro Tem(pore)" title, "The following members of the Board were present:", and staff written post first by
surname only. Each in two invented forms, with a near miss. Every name is invented."""

from __future__ import annotations

from minutebook.extract.apologies import extract_apologies
from minutebook.extract.attendance import extract_attendees


def _people(document, nlp):
    return [(a.surname, a.title) for a in extract_attendees(document, nlp=nlp)]


def test_member_count_then_absent_none_on_one_line(make_document, nlp) -> None:
    none = make_document(
        "ROLL CALL: Present: Councilmembers Ferrow, Quill and Mayor Dunmore – 3. Absent: None.\n\n1. Minutes\n"
    )
    assert [surname for surname, _ in _people(none, nlp)] == ["Ferrow", "Quill", "Dunmore"]
    named = make_document(
        "ROLL CALL: Present: Councilmembers Ferrow, Quill and Mayor Dunmore - 3. Absent: Councilmember Tovey - 1."
        " Also Present: City Manager Ada Lorn.\n\n1. Minutes\n"
    )
    people = [surname for surname, _ in _people(named, nlp)]
    assert "Tovey" not in people and {"Ferrow", "Quill", "Dunmore", "Lorn"} <= set(people)
    assert extract_apologies(named, nlp=nlp) == []  # absent, not excused
    # Near miss: a count with no stop after it keeps the line as it was (nothing split, nothing invented).
    plain = make_document("ROLL CALL\nPresent: Councilmembers Ferrow and Quill – 2\nAbsent: None\n\n1. Minutes\n")
    assert [surname for surname, _ in _people(plain, nlp)] == ["Ferrow", "Quill"]


def test_mayor_pro_tem_and_pro_tempore_are_titles(make_document, nlp) -> None:
    tempore = make_document(
        "ROLL CALL\nPresent: Council Member Ferrow, Mayor Pro Tempore Quill, and Mayor Dunmore\nAbsent: None\n\n"
        "1. Minutes\n"
    )
    assert ("Quill", "Mayor Pro Tempore") in _people(tempore, nlp)
    tem = make_document(
        "ROLL CALL\nPresent: Council Member Ferrow, Mayor Pro Tem Quill, and Mayor Dunmore\nAbsent: None\n\n"
        "1. Minutes\n"
    )
    assert ("Quill", "Mayor Pro Tem") in _people(tem, nlp)


def test_the_following_members_of_the_board_were_present(make_document, nlp) -> None:
    board = make_document(
        "The meeting was called to order at 7:00 p.m.\nThe following members of the Board were present: Hale Marren,"
        " Ada Ferrow, Tom Quill.\nAbsent: Lou Tovey\n\n1. Approval of Agenda\n"
    )
    assert [surname for surname, _ in _people(board, nlp)] == ["Marren", "Ferrow", "Quill"]
    commission = make_document(
        "2. ROLL CALL:\nThe following members of the City Commission were present: Vice Mayor Ned Orrin,"
        " Commissioner Ada Ferrow, and Mayor Hale Marren.\n\n3. INVOCATION:\n"
    )
    assert [surname for surname, _ in _people(commission, nlp)] == ["Orrin", "Ferrow", "Marren"]


def test_staff_by_post_and_surname_each_their_own_person(make_document, nlp) -> None:
    staff = make_document(
        "Present: Mayor Dunmore, Councilmembers Ferrow and Quill.\nSTAFF PRESENT: City Manager Lorn, Housing Manager"
        " Hask, Finance Director Dorne, City Clerk Rowe.\n\n1. Minutes\n"
    )
    roles = {a.surname: a.role for a in extract_attendees(staff, nlp=nlp)}
    assert (roles["Dorne"], roles["Rowe"]) == ("Finance Director", "City Clerk")
    after_rank = make_document(
        "Present: Mayor Dunmore, Councilmembers Ferrow and Quill.\nSTAFF PRESENT: City Manager Lorn, Fire Captain"
        " Hask, Finance Director Dorne, City Clerk Rowe.\n\n1. Minutes\n"
    )
    roles = {a.surname: a.role for a in extract_attendees(after_rank, nlp=nlp)}
    assert roles["Lorn"] == "City Manager" and roles["Dorne"] == "Finance Director" and roles["Rowe"] == "City Clerk"
    # Near miss: a lone word after a post still belongs to that post ("Ken Pyne, Senior Engineer, Roads").
    tail = make_document("Present: Ann Vale, Bo Reed\nStaff: Ken Pyne, Senior Engineer, Roads\n\n1. Minutes\n")
    assert [a.surname for a in extract_attendees(tail, nlp=nlp)] == ["Vale", "Reed", "Pyne"]


def test_two_plain_names_joined_by_and_in_a_semicolon_roll(make_document, nlp) -> None:
    wrapped = make_document(
        "Members Present: Chair Ada Ferrow; Vice Chair Tom Quill; and Members Nina Brisk; Lou Tovey and Pat Hask\n"
        "Staff Present: City Planner Ida Lorn\n\n1. Minutes\n"
    )
    assert {"Brisk", "Tovey", "Hask", "Lorn"} <= {a.surname for a in extract_attendees(wrapped, nlp=nlp)}
    plain = make_document("Present: Ada Ferrow; Tom Quill; Lou Tovey and Pat Hask\n\n1. Minutes\n")
    assert [a.surname for a in extract_attendees(plain, nlp=nlp)] == ["Ferrow", "Quill", "Tovey", "Hask"]
    # Near miss: a post joined by "and" stays one post ("Land Planning and Technology Administrator").
    post = make_document(
        "Present: Chair Ada Ferrow; Land Planning and Technology Administrator Ida Lorn; Tom Quill\n\n1. Minutes\n"
    )
    roles = {a.surname: a.role for a in extract_attendees(post, nlp=nlp)}
    assert roles["Lorn"] == "Land Planning and Technology Administrator" and "Planning" not in roles
