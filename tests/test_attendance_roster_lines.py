"""Rosters printed one person a line ("Name, Post"), and the sentence that closes them."""

from __future__ import annotations

from minutebook.extract.attendance import extract_attendees


def _people(attendees):
    return [(a.name, a.role, a.status) for a in attendees]


def test_opening_sentence_after_a_one_a_line_roster_is_no_post(make_document, nlp) -> None:
    # "X called the <words> meeting … to order" is the sentence after the roster, not the last person's post.
    document = make_document(
        "OTHERS PRESENT: Kay Dorn, Heritage Officer\n"
        "Ada Pike, Assistant City Attorney\n"
        "Tess Marr, Court Reporter\n"
        "With a quorum present, Chair Fell called the March meeting of the Heritage Commission (Commission)\n"
        "meeting to order at 1:07 p.m.\n"
    )
    people = extract_attendees(document, nlp=nlp)
    assert [a.surname for a in people] == ["Dorn", "Pike", "Marr"]
    assert all(a.role is None or "called" not in a.role for a in people)


def test_called_the_regular_meeting_to_order_closes_the_list(make_document, nlp) -> None:
    document = make_document(
        "PRESENT: Kay Dorn, Heritage Officer\n"
        "Ada Pike, Assistant City Attorney\n"
        "Tess Marr, Court Reporter\n"
        "Board Chair Ives called the regular June meeting of the Harbour Board to order at 6:02 p.m.\n"
    )
    people = extract_attendees(document, nlp=nlp)
    assert [a.surname for a in people] == ["Dorn", "Pike", "Marr"]
    assert people[2].role is None


def test_called_in_by_telephone_is_still_an_entry(make_document, nlp) -> None:
    # Near miss: "called" with no meeting after it is part of an entry, not a sentence.
    document = make_document(
        "PRESENT: Kay Dorn, Heritage Officer\n"
        "Ed Rowe, Clerk (called in by telephone)\n"
        "Tess Marr, Court Reporter\n"
    )
    assert [a.surname for a in extract_attendees(document, nlp=nlp)] == ["Dorn", "Rowe", "Marr"]
