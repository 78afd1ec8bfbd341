"""Attendance written as township prose, officer labels, name-and-organisation lines and labelled bullets.

Every example is invented; each test names the way of writing, never a council.
"""

from __future__ import annotations

from minutebook.extract.apologies import extract_apologies
from minutebook.extract.attendance import extract_attendees


def _people(document, nlp):
    return [(a.name, a.role, a.status, a.organisation) for a in extract_attendees(document, nlp=nlp)]


def _who(document, nlp):
    return [a.name for a in extract_attendees(document, nlp=nlp)]


# --- Labels with bold names; "not in attendance" is an absence ---------------------------------


def test_bold_names_after_labels_and_the_absent_label(make_document, nlp) -> None:
    document = make_document(
        "# Board Meeting\n"
        "Directors in attendance: **Ida Moor, Pat Lane, Rex Hood**\n"
        "Directors not in attendance: **Sam Kerr**\n"
        "Others present: **Val Oake**\n"
        "## 1. Call to order\n",
        name="inline.md",
    )
    assert _who(document, nlp) == ["Ida Moor", "Pat Lane", "Rex Hood", "Val Oake"]
    assert extract_apologies(document, nlp=nlp) == []


def test_members_not_present_label_names_no_attendee(make_document, nlp) -> None:
    document = make_document(
        "Members present: Cllr Ann Rudd, Cllr Tom Ince\n"
        "Members not present: Cllr Joe Bale\n"
        "1. Minutes\n"
    )
    assert _who(document, nlp) == ["Ann Rudd", "Tom Ince"]


def test_round_bullets_with_labels_one_a_line(make_document, nlp) -> None:
    document = make_document(
        "Meeting of the Trust Board\n"
        "● Board Members: Ida Moor, Pat Lane, Rex Hood\n"
        "● Guest: Val Oake\n"
        "● Absent: Sam Kerr\n"
        "1. Welcome\n"
    )
    assert _people(document, nlp) == [
        ("Ida Moor", None, "present", None),
        ("Pat Lane", None, "present", None),
        ("Rex Hood", None, "present", None),
        ("Val Oake", "Guest", "also_present", None),
    ]


def test_committee_members_label_with_a_list_on_its_line(make_document, nlp) -> None:
    document = make_document(
        "• Committee Members: Jo Ash, Kay Brill\n"
        "• Guests: Lou Penn\n"
        "2. Minutes\n"
    )
    assert _who(document, nlp) == ["Jo Ash", "Kay Brill", "Lou Penn"]
