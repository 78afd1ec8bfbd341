"""Attendance said in passing by the sentences that open a meeting: a body's members in a bracket, those present
"with" the chair who called the meeting to order, the officers "presiding", the chair who opened the meeting.
Each in two forms, with lookalikes that name no one. Every name is invented."""

from __future__ import annotations

from minutebook.extract.attendance import extract_attendees


def _surnames(document, nlp):
    return [a.surname for a in extract_attendees(document, nlp=nlp)]


def test_members_in_a_bracket_after_the_body(make_document, nlp) -> None:
    committee = make_document(
        "## Minutes\n\nThe landscape committee (Rosa Vail, Tom Vail, Ira Penn, and Cal Frey) met at 4 p.m. on Wednesday.\n"
    )
    assert _surnames(committee, nlp) == ["Vail", "Vail", "Penn", "Frey"]
    board = make_document("The Board (Ann Vale, Bo Reed and Cy Hart) met by telephone at 6 pm.\n")
    assert _surnames(board, nlp) == ["Vale", "Reed", "Hart"]
    aside = make_document("The board (acting as trustee) met to review the accounts.\n")
    assert _surnames(aside, nlp) == []


def test_present_with_the_chair_who_called_to_order(make_document, nlp) -> None:
    directors = make_document(
        "The meeting was called to order at 7:00 pm by Chair Ann Vale with Directors Bo Reed, Cy Hart and Dee Lowe present.\n"
    )
    assert _surnames(directors, nlp) == ["Vale", "Reed", "Hart", "Lowe"]
    numbered = make_document("1. Meeting was called to order by Interim President Dana Lowe at 7:02 PM.\n2. Welcome.\n")
    assert [(a.surname, a.role) for a in extract_attendees(numbered, nlp=nlp)] == [("Lowe", "Interim President")]
    things = make_document("The meeting was called to order with the minutes and reports present on the table.\n")
    assert _surnames(things, nlp) == []


def test_officers_presiding_and_the_chair_who_opened(make_document, nlp) -> None:
    presiding = make_document(
        "The meeting was called to order at 10 am.\n\n"
        "Dana Lowe-President, Ira Penn-Secretary and Cal Frey-Treasurer presiding. 24 homeowners participating.\n"
    )
    assert [(a.surname, a.role) for a in extract_attendees(presiding, nlp=nlp)] == [
        ("Lowe", "President"), ("Penn", "Secretary"), ("Frey", "Treasurer")
    ]
    opened = make_document("Chairman Ann Vale opened the meeting at 7.30pm. Also present were Bo Reed and Cy Hart.\n")
    assert sorted(_surnames(opened, nlp)) == ["Hart", "Reed", "Vale"]
    nobody = make_document("Ann Vale opened the meeting at 7.30pm and thanked everyone for coming.\n")
    assert _surnames(nobody, nlp) == []


def test_the_following_members_present_at_the_end_of_the_opening_sentence(make_document, nlp) -> None:
    inline = make_document(
        "President Ann Vale opened the session at 6:15 pm with the following members present: Mr.Reed, "
        "Dr. Hart, Mrs. Lowe, and Mrs. Vale.\nSALUTE TO THE FLAG\n"
    )
    assert _surnames(inline, nlp) == ["Reed", "Hart", "Lowe", "Vale"]
    township = make_document(
        "The trustees of Elmford held their monthly session in the fire station on 6 May 2024 with the "
        "following members present: Trustee Bo Reed, Trustee Cy Hart and Fiscal Officer Dee Lowe.\n"
    )
    assert _surnames(township, nlp) == ["Reed", "Hart", "Lowe"]
    below = make_document(
        "The Elmford Commission sat on Tuesday, 7 May 2024 at 9 a.m. in the hall of the annex, "
        "with the following members present to-wit:\n\nCommissioner Bo Reed, Chair\n\n"
        "Commissioner Cy Hart\n\nCommissioner Dee Lowe\n\nCall to Order:\n"
    )
    assert _surnames(below, nlp) == ["Reed", "Hart", "Lowe"]
    # A sentence that names no roll after the words.
    items = make_document("The clerk met with the following items present on the table: the minutes.\n")
    assert _surnames(items, nlp) == []
