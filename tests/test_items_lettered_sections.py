"""Items of US minutes kept on their agenda's outline: sections lettered A, B, C … each with its own points numbered
from 1, read as the section's parts ("D.1", "D.2"), the ANNOTATING convention for numbers restarting under a parent.
Each in two forms, with near misses. Every name is invented."""

from __future__ import annotations

from minutebook.extract.items import extract_items


def _numbered(make_document, text):
    return [(item.number, item.title) for item in extract_items(make_document(text))]


def test_points_numbered_from_one_under_lettered_sections_are_their_parts(make_document):
    text = (
        "CITY OF DELLWOOD\nMINUTES OF THE REGULAR CITY COUNCIL MEETING\nJune 30, 2031\n\n"
        "A. CALL TO ORDER\nMayor Ortega called the meeting to order at 6:00 p.m.\n"
        "B. ROLL CALL\nPresent: Mayor June Ortega, Councilmembers Bram Taskwell and Cary Vinn.\n"
        "C. CONSENT ITEMS:\n"
        "1. Approval of the minutes of June 2, 2031\n"
        "2. Approval of the treasurer's report\n"
        "Motion by Taskwell, second by Vinn, to approve the consent items. Motion carried 3-0.\n"
        "D. NEW BUSINESS\n"
        "1. Resolution 2031-14 adopting the budget\n"
        "Motion by Vinn, second by Taskwell, to adopt Resolution 2031-14. Motion carried 3-0.\n"
        "2. Snow removal contract\nStaff will bring back bids in August.\n"
        "E. ADJOURN\nThe meeting adjourned at 7:02 p.m.\n"
    )
    assert _numbered(make_document, text) == [
        ("A", "CALL TO ORDER"), ("B", "ROLL CALL"), ("C", "CONSENT ITEMS"),
        ("C.1", "Approval of the minutes of June 2, 2031"), ("C.2", "Approval of the treasurer's report"),
        ("D", "NEW BUSINESS"), ("D.1", "Resolution 2031-14 adopting the budget"), ("D.2", "Snow removal contract"),
        ("E", "ADJOURN"),
    ]
    brackets = (
        "Pellworth Township Board Minutes, March 4, 2031\n\n"
        "A. Call to Order\nThe chair opened the meeting at 7 pm.\n"
        "B. Old Business\n"
        "1) Gravel bids\nTwo bids were read.\n"
        "2) Hall roof\nThe roofer will start in May.\n"
        "C. Adjournment\nThe meeting closed at 8 pm.\n"
    )
    assert _numbered(make_document, brackets) == [
        ("A", "Call to Order"), ("B", "Old Business"), ("B.1", "Gravel bids"), ("B.2", "Hall roof"),
        ("C", "Adjournment"),
    ]


def test_sentences_numbered_under_a_section_stay_its_text(make_document):
    # Near miss: what members of the public said, numbered, is no item of the meeting.
    text = (
        "CITY OF DELLWOOD\nMINUTES\nJune 30, 2031\n\n"
        "A. CALL TO ORDER\nThe meeting opened at 6:00 p.m.\n"
        "B. PUBLIC COMMENT\n"
        "1. Ann Lane spoke about parking on Elm Street.\n"
        "2. Bo Pike asked for a crossing guard.\n"
        "C. ADJOURN\nThe meeting adjourned at 7:02 p.m.\n"
    )
    numbers = [number for number, _ in _numbered(make_document, text)]
    assert "B.1" not in numbers and "B.2" not in numbers
    assert numbers[:2] == ["A", "B"]


def test_points_after_an_unnumbered_heading_are_not_the_last_lettered_parts(make_document):
    # Near miss: lettered parts under "CONSENT AGENDA", then "NEW BUSINESS" over its own "1.", "2.": those are the
    # heading's, not part "B"'s.
    text = (
        "Pellworth Township Board Minutes, March 4, 2031\n\n"
        "CALL TO ORDER\nThe chair opened the meeting at 7 pm.\n"
        "CONSENT AGENDA\nA. Minutes of February 4, 2031\nB. Payment of bills\n"
        "NEW BUSINESS\n1. Culvert on Pine Lane\nThe county will inspect it.\n2. Hall roof repair\nTwo quotes were read.\n"
        "ADJOURNMENT\nThe meeting closed at 8 pm.\n"
    )
    numbers = [number for number, _ in _numbered(make_document, text)]
    assert "B.1" not in numbers and "B.2" not in numbers
