"""Rolls and lists seen across US, Canadian and UK boards: a roll marked on one line, a roll answered "Yes" at the
opening of the meeting, a quorum named member by member, a board's members under the board's name or their
plural title, governors present, and codes after names (call signs, member numbers). Each in two forms, with a
lookalike. Every name is invented."""

from __future__ import annotations

from minutebook.extract.apologies import extract_apologies
from minutebook.extract.attendance import extract_attendees


def _surnames(document, nlp):
    return [a.surname for a in extract_attendees(document, nlp=nlp)]


def test_roll_marked_on_one_line(make_document, nlp) -> None:
    dashes = make_document("Roll call: Ann Vale – here; Bo Reed – absent; Cy Hart – here\n\n2. Minutes\n")
    assert _surnames(dashes, nlp) == ["Vale", "Hart"]
    commas = make_document("ROLL CALL: Vale - present, Reed - present, Hart - absent\n\n2. Minutes\n")
    assert _surnames(commas, nlp) == ["Vale", "Reed"]
    vote = make_document("5. Budget\nRoll call: Vale - yes; Reed - no; Hart - yes\n")
    assert _surnames(vote, nlp) == []


def test_roll_answered_member_by_member_on_one_line(make_document, nlp) -> None:
    # An Ohio board's roll: semicolons part the members, a comma parts each from the answer, "Aye" meaning here.
    ayes = make_document(
        "The school board sat on 6 May 2024 at the annex.\n"
        "Roll Call: Mr. Abbot, Aye; Mrs. Birch, Aye; Mr. Cole, Absent;\nMr. Drake, Aye;\n"
        "The board then stood for the flag salute.\n"
    )
    assert _surnames(ayes, nlp) == ["Abbot", "Birch", "Drake"]
    marks = make_document("Roll Call: Mr. Abbot, present; Mrs. Birch, present; Dr. Cole, absent\n\n2. Minutes\n")
    assert _surnames(marks, nlp) == ["Abbot", "Birch"]
    dashes = make_document("1. Call to Order\nRoll call: Abbot - yes, Birch - yes, Cole - absent\n\n2. Minutes\n")
    assert _surnames(dashes, nlp) == ["Abbot", "Birch"]
    # After a motion the same roll is a vote, and its answers are no one.
    vote = make_document(
        "Roll Call: Mr. Abbot, Aye; Mrs. Birch, Aye\n\n3. Minutes\nMoved by Mrs. Birch and seconded by Mr. Abbot to "
        "approve the minutes.\nRoll Call: Mr. Abbot, Aye; Mrs. Birch, Nay; Mr. Cole, Absent.\n"
    )
    assert _surnames(vote, nlp) == ["Abbot", "Birch"]
    nay = make_document("Roll Call: Mr. Abbot, Aye; Mrs. Birch, Nay; Mr. Cole, Aye\n\n2. Minutes\n")
    assert _surnames(nay, nlp) == []


def test_roll_that_says_all_were_present(make_document, nlp) -> None:
    colon = make_document(
        "Roll Call – All Present: Mrs. Vale, Mr. Reed, Mrs. Hart\nRESOLUTION #7 – 5/2024 – Agenda\n"
        "It was moved by Mr. Reed and seconded by Mrs. Hart to approve the agenda.\n"
    )
    assert _surnames(colon, nlp) == ["Vale", "Reed", "Hart"]
    bracket = make_document("Roll Call – (All Present) Mrs. Vale, Mr. Reed, Mrs. Hart\nResolution #12-24\n")
    assert _surnames(bracket, nlp) == ["Vale", "Reed", "Hart"]
    # "All present" said of no one.
    alone = make_document("Roll Call – all present.\n\n2. Minutes\n")
    assert _surnames(alone, nlp) == []


def test_roll_answered_yes_at_the_opening(make_document, nlp) -> None:
    opening = make_document(
        "1. CALL TO ORDER\n2. ROLL CALL\nVale -Yes\nReed --Yes\nHart -  Yes\nLowe -No\n3. MINUTES\n"
    )
    assert _surnames(opening, nlp) == ["Vale", "Reed", "Hart"]
    colons = make_document("Regular Meeting\nROLL CALL\nQuill: Yes\nBrack: Yes\nFitch: No\n\nMINUTES\n")
    assert _surnames(colons, nlp) == ["Quill", "Brack"]
    # After a motion the same rows are a roll-call vote.
    vote = make_document("4. Budget\nMotion to adopt the budget.\nROLL CALL\nVale: Yes\nReed: Yes\nHart: No\n")
    assert _surnames(vote, nlp) == []


def test_quorum_named_member_by_member(make_document, nlp) -> None:
    present = make_document("Quorum present: Ann Vale, Bo Reed, Cy Hart\n\n1. Approval of agenda\n")
    assert _surnames(present, nlp) == ["Vale", "Reed", "Hart"]
    sentence = make_document("A quorum was present: Ann Vale, Bo Reed\n\n1. Approval of agenda\n")
    assert _surnames(sentence, nlp) == ["Vale", "Reed"]
    count = make_document("Present: Ann Vale, Bo Reed\nQuorum: 2 of 3 members\n\n1. Minutes\n")
    assert _surnames(count, nlp) == ["Vale", "Reed"]


def test_board_members_under_the_board_or_their_plural_title(make_document, nlp) -> None:
    board = make_document("Board: Ann Vale, Bo Reed, Cy Hart (absent: Dee Lowe)\n\n1. Call to order\n")
    assert _surnames(board, nlp) == ["Vale", "Reed", "Hart"]
    plural = make_document("Commissioners: Ann Vale, Bo Reed; absent: Dee Lowe\n\n1. Call to order\n")
    assert _surnames(plural, nlp) == ["Vale", "Reed"]
    prose = make_document("Board: The board discussed the budget and agreed to defer it.\n\n1. Minutes\n")
    assert _surnames(prose, nlp) == []


def test_governors_present(make_document, nlp) -> None:
    document = make_document(
        "Governors present: Ann Vale (Chair), Bo Reed, Cy Hart\nIn attendance: Dee Lowe (Clerk)\n\n1. Declarations\n"
    )
    assert _surnames(document, nlp) == ["Vale", "Reed", "Hart", "Lowe"]
    capitals = make_document("GOVERNORS PRESENT: Ann Vale, Bo Reed\n\n1. Declarations\n")
    assert _surnames(capitals, nlp) == ["Vale", "Reed"]


def test_codes_after_names(make_document, nlp) -> None:
    calls = make_document("Present: Ann Vale KB1ABC, Bo Reed W2XYZ, Cy Hart N3QRS\n\n1. Minutes\n")
    assert [a.name for a in extract_attendees(calls, nlp=nlp)] == ["Ann Vale", "Bo Reed", "Cy Hart"]
    numbers = make_document("Present: Ann Vale #123, Bo Reed #456\n\n1. Minutes\n")
    assert [a.name for a in extract_attendees(numbers, nlp=nlp)] == ["Ann Vale", "Bo Reed"]
    # A suffix without a digit is no code.
    suffix = make_document("Present: Ann Vale, Bo Reed III\n\n1. Minutes\n")
    assert [a.surname for a in extract_attendees(suffix, nlp=nlp)] == ["Vale", "Reed"]


def test_marks_in_brackets_after_each_name(make_document, nlp) -> None:
    letters = make_document("Attendance: Ann Vale (P), Bo Reed (A), Cy Hart (P)\n\n1. Minutes\n")
    assert _surnames(letters, nlp) == ["Vale", "Hart"]
    words = make_document("Present: Ann Vale (present), Bo Reed (present) and Cy Hart (absent)\n\n1. Minutes\n")
    assert _surnames(words, nlp) == ["Vale", "Reed"]
    # An initial in a bracket after a bare surname tells two members of one surname apart.
    initials = make_document("Present: Cllrs Brady (P), Brady (J), Lowe\n\n1. Minutes\n")
    assert [a.name for a in extract_attendees(initials, nlp=nlp)][:2] == ["P Brady", "J Brady"]


def test_committee_present_and_members_absent_excused(make_document, nlp) -> None:
    committee = make_document("Committee Present: Ann Vale (Chair), Bo Reed (Treasurer), Cy Hart\n\n1. Minutes\n")
    assert _surnames(committee, nlp) == ["Vale", "Reed", "Hart"]
    bracket = make_document("Present (Committee): Ann Vale, Bo Reed\n\n1. Minutes\n")
    assert _surnames(bracket, nlp) == ["Vale", "Reed"]
    absent = make_document(
        "Council Members Present: Ann Vale, Bo Reed\nCouncil Members Absent: Cy Hart (excused), Dee Lowe\n\n1. Minutes\n"
    )
    assert _surnames(absent, nlp) == ["Vale", "Reed"]
    assert [a.surname for a in extract_apologies(absent, nlp=nlp)] == ["Hart"]


def test_register_without_a_heading(make_document, nlp) -> None:
    posts = make_document(
        "Minutes of the Regular Meeting\nAnn Vale, Chair – Present\nBo Reed, Vice Chair – Present\n"
        "Cy Hart, Member – Absent\nDee Lowe, Member – Present\n\n1. Minutes\n"
    )
    assert [(a.surname, a.role) for a in extract_attendees(posts, nlp=nlp)] == [
        ("Vale", "Chair"), ("Reed", "Vice Chair"), ("Lowe", "Member")
    ]
    names = make_document("Board Meeting\nAnn Vale - present\nBo Reed - excused\nCy Hart - present\n\nCall to order\n")
    assert _surnames(names, nlp) == ["Vale", "Hart"]
    # One-letter marks without a heading are no register.
    letters = make_document("Board Meeting\nAnn Vale X\nBo Reed X\nCy Hart X\n\nCall to order\n")
    assert _surnames(letters, nlp) == []


def test_governors_with_initials_and_post(make_document, nlp) -> None:
    document = make_document(
        "Governors Present: Ann Vale (AV) Chair, Bo Reed (BR) Headteacher, Cy Hart (CH)\n"
        "Apologies accepted: Eve Moss (EM)\nAbsent without apologies: Fay Nunn\n\n1. Welcome\n"
    )
    assert [(a.surname, a.role) for a in extract_attendees(document, nlp=nlp)] == [
        ("Vale", "Chair"), ("Reed", "Headteacher"), ("Hart", None)
    ]
    assert [a.surname for a in extract_apologies(document, nlp=nlp)] == ["Moss"]
    received = make_document(
        "Present: Ann Vale, Bo Reed\nApologies received and accepted: Cy Hart, Dee Lowe\nAbsent: Eve Moss\n\n1. Welcome\n"
    )
    assert [a.surname for a in extract_apologies(received, nlp=nlp)] == ["Hart", "Lowe"]


def test_where_the_members_attended_and_council_present(make_document, nlp) -> None:
    chamber = make_document(
        "Present in the Chamber: Mayor Ann Vale, Councillors Bo Reed and Cy Hart\n"
        "Present electronically: Councillor Dee Lowe\n\n1. Call to order\n"
    )
    assert _surnames(chamber, nlp) == ["Vale", "Reed", "Hart", "Lowe"]
    council = make_document("Council present: Mayor Vale, Councillors Reed, Hart\nStaff present: Fay Nunn, CAO\n\n1. Call to order\n")
    assert _surnames(council, nlp) == ["Vale", "Reed", "Hart", "Nunn"]
    sentence = make_document("Present in the Chamber were several residents who spoke on item 4.\n\n1. Call to order\n")
    assert _surnames(sentence, nlp) == []
