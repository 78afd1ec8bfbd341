"""Associations' boards (owners' associations, clubs, societies): the forms their minutes give who attended in.

A steering group's "Those attending were …" sentence after the place and date; an annual meeting's "Directors
and Officers Present" and "Voting Members Present" headings; a board's roll call with its names after a dash
on the same line; the "Member At Large" post, which is one office and no person; and a board written post first,
"President, Ann Lee; Treasurer, Bo Day". Every name is invented.
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


def test_a_groups_roll_call_of_first_names(make_document, nlp) -> None:
    # A society's or group's roll of first names after the label, with a comma or "and" between them.
    assert _names(make_document("Roll Call: Ann, Bo, Cy, Dee\n\n1. Budget\n"), nlp) == ["Ann", "Bo", "Cy", "Dee"]
    assert _names(make_document("Roll call - Ann, Bo and Cy\n\n1. Budget\n"), nlp) == ["Ann", "Bo", "Cy"]
    # Near misses: a roll's headings, and a vote's sides, are no names.
    assert _names(make_document("Roll Call: Present, Absent, Late\n\n1. Budget\n"), nlp) == []
    assert _names(make_document("Roll call: Ayes, Nays, Abstentions\n\n1. Budget\n"), nlp) == []
    assert _names(make_document("Roll Call: Hale, Aye, Moss, Aye, Orr, Nay\n\n1. Budget\n"), nlp) == []
    assert _names(make_document("Roll Call: Yes, Yes, No, Yes\n\n1. Budget\n"), nlp) == []


def test_member_at_large_is_a_post_not_a_person(make_document, nlp) -> None:
    after_name = make_document("Board members present: Ann Lee, President; Katie Moss, Member At Large\n\n1. Agenda\n")
    assert _names(after_name, nlp) == ["Ann Lee", "Katie Moss"]
    hyphened = make_document("Present: Ann Lee, Member-at-Large; Bo Day, At Large\n\n1. Agenda\n")
    assert _names(hyphened, nlp) == ["Ann Lee", "Bo Day"]
    # Near miss: a one-word surname alone in the list is still read as it was.
    assert "Ann Lee" in _names(make_document("Present: Ann Lee, Bo Day\n\n1. Agenda\n"), nlp)


def test_board_written_post_first_in_semicolon_pairs(make_document, nlp) -> None:
    prose = make_document(
        "A meeting of the Board occurred on May 2, 2019. Present were President, Ann Lee; Vice-President, Bo Day; "
        "Treasurer, Cy Fox; Member at Large, Di Moss Hart; and Secretary, Ed Wren. Also present were: Fay Gold "
        "and Gil Hunt.\n1. APPROVAL OF AGENDA\n"
    )
    people = extract_attendees(prose, nlp=nlp)
    assert [a.name for a in people] == ["Ann Lee", "Bo Day", "Cy Fox", "Di Moss Hart", "Ed Wren", "Fay Gold", "Gil Hunt"]
    assert people[0].role == "President"
    last_and = make_document(
        "The Board met on January 9, 2016. Present were President, Ann Lee; Treasurer, Cy Fox; At Large, Di Moss and "
        "Secretary, Ed Wren. Also present were Gil Hunt.\n1. MINUTES\n"
    )
    assert _names(last_and, nlp) == ["Ann Lee", "Cy Fox", "Di Moss", "Ed Wren", "Gil Hunt"]
    # Near miss: names paired without posts are read as before, one person each.
    plain = make_document("Present were Ann Lee, Bo Day; Cy Fox, Di Moss.\n1. AGENDA\n")
    assert _names(plain, nlp) == ["Ann Lee", "Bo Day", "Cy Fox", "Di Moss"]


def test_an_associations_managing_agent_and_the_firm_after_the_name(make_document, nlp) -> None:
    # A strata or owners' association names its managing agent by post, then the firm the agent works for.
    text = (
        "Willow Bend HOA\nBoard Meeting Minutes\nMarch 4, 2031\n\nBoard members present: Ann Lee, Bo Day.\n{line}\n\n"
        "1. Approval of minutes\nThe minutes were approved.\n"
    )
    people = [
        (a.name, a.role)
        for line in ("Strata Agent: Di Moss, Acme Property Management", "Managing Agent: Di Moss (Harbour Properties)")
        for a in extract_attendees(make_document(text.format(line=line)), nlp=nlp)
        if a.name not in ("Ann Lee", "Bo Day")
    ]
    assert people == [("Di Moss", "Strata Agent"), ("Di Moss", "Managing Agent")]
    # The firm after a manager's post is no person, whether a realty or a properties firm.
    for line in ("Also present: Di Moss, Property Manager, Acme Realty.", "Management: Di Moss, Elm Properties"):
        assert _names(make_document(text.format(line=line)), nlp) == ["Ann Lee", "Bo Day", "Di Moss"]


def test_in_attendance_were_over_a_list_one_a_line(make_document, nlp) -> None:
    # A foundation's or a society's board: "Board members in attendance were:" over its members, a guest list after.
    spaced = make_document(
        "# Board meeting, March 9, 2023\n\nThe meeting was led by Ann Lee.\n\nBoard members in attendance were:\n\n"
        "- Ann Lee\n- Bo Day\n- Cy Fox\n\nAlso in attendance were:\n\n- Di Moss (Assistant to Treasurer)\n\n"
        "## Finances\n\nBalance noted.\n"
    )
    assert [(a.name, a.status) for a in extract_attendees(spaced, nlp=nlp)] == [
        ("Ann Lee", "present"), ("Bo Day", "present"), ("Cy Fox", "present"), ("Di Moss", "also_present"),
    ]
    packed = make_document("Members in attendance were:\n- Ann Lee\n- Bo Day\n\n## Finances\n\nBalance noted.\n")
    assert _names(packed, nlp) == ["Ann Lee", "Bo Day"]
    # Near miss: a sentence about the members in attendance, no label over a list.
    thanked = make_document("Board members in attendance were thanked by Ann Lee.\n\n## Finances\n\nBalance noted.\n")
    assert _names(thanked, nlp) == []


def test_a_task_verb_before_a_listed_name_is_no_first_name(make_document, nlp) -> None:
    # A plenum lists members by one name; its tasks open on who does them, the verb then before another's name.
    tasks = make_document(
        "- Present: Ann, Orr, Day\n\n### Finances\n\n- Ann: Introduce Orr to the bookkeeper\n"
        "- Ann and Orr: Provide Day a list of the keys\n"
    )
    assert _names(tasks, nlp) == ["Ann", "Orr", "Day"]
    # Near miss: a mention of the listed name in full still gives the first name.
    full = make_document("- Present: Ann, Orr, Day\n\n### Finances\n\n- Bram Orr reported on the accounts.\n")
    assert _names(full, nlp) == ["Ann", "Bram Orr", "Day"]


def test_initials_among_lone_first_names_end_no_list(make_document, nlp) -> None:
    # A members' meeting lists people by first name, one by initials among them: the names after go on.
    first_names = make_document("- Present: Gibson, Luther, LJ, Valentine, Claudio\n\n### Finances\n\n- Noted.\n")
    assert _names(first_names, nlp) == ["Gibson", "Luther", "Valentine", "Claudio"]
    spaced = make_document("Present: Ann, Bo, CJ, Di\n\n1. Finances\n\nNoted.\n")
    assert _names(spaced, nlp) == ["Ann", "Bo", "Di"]
    # Near miss: a body's initials after a full name are that person's body.
    body = extract_attendees(make_document("Present: Alan Orr, EDC, Bo Day\n\n1. Finances\n\nNoted.\n"), nlp=nlp)
    assert [(a.name, a.organisation) for a in body] == [("Alan Orr", "EDC"), ("Bo Day", None)]


def test_officers_elected_at_an_annual_meeting_are_no_attendance_list(make_document, nlp) -> None:
    # A society's annual meeting records its election under "Officers:", each post's holder with who nominated them.
    elected = make_document(
        "## Present:\n\n  - Ann Lee\n  - Bo Day\n\n## Election of Committee\n\nOfficers:\n\n"
        "  - President: Ann Lee. Nominated by Bo.\n  - Treasurer: Cy Fox. Nominated by Ann.\n\n## General Business\n\nNoted.\n"
    )
    assert _names(elected, nlp) == ["Ann Lee", "Bo Day"]
    proposed = make_document(
        "Present: Ann Lee, Bo Day\n\nOfficers:\n- Chair: Di Moss. Proposed by Ann, seconded by Bo.\n\n1. Minutes\n\nAgreed.\n"
    )
    assert _names(proposed, nlp) == ["Ann Lee", "Bo Day"]
    # Near miss: officers in attendance with no nominations are still read.
    officers = make_document("Present: Ann Lee, Bo Day\n\nOfficers:\n- Clerk: Di Moss\n\n1. Minutes\n\nAgreed.\n")
    assert _names(officers, nlp) == ["Ann Lee", "Bo Day", "Di Moss"]
