"""Capitals sections and the lettered parts under them, and the roll call as an item, from short inline minutes.

US boards and commissions set the meeting's parts as capitals headings with no number ("CONSENT CALENDAR",
"REGULAR AGENDA ITEMS") and letter the business under each ("*A." for a part taken on consent, "B.", …), or number
only the parts ("4-A", "4-B"); the roll call opens its line with the names run in after it.
"""

from __future__ import annotations

import pytest

from minutebook.extract.items import extract_items

_HEAD = "MINUTES OF THE FERNLEA PUBLIC LIBRARY BOARD MEETING\nWEDNESDAY, MARCH 12, 2031\n"
_OPEN = "The regular meeting of the Fernlea Public Library Board was called to order at 6:02 p.m.\n"


def _items(make_document, text, name="inline.txt"):
    return [(item.number, item.title) for item in extract_items(make_document(text, name=name))]


@pytest.mark.parametrize(("star", "mark"), [("*", "."), ("", ")")])
def test_lettered_parts_under_unnumbered_capitals_sections(make_document, star, mark):
    text = _HEAD + _OPEN + (
        "ROLL CALL Present: Ada Quill, President; Ben Tarn, Vice President; Cy Rowe, Board Member\n"
        "Absent: None\n"
        "CONSENT CALENDAR\n"
        "An asterisk marks the items approved on the Consent Calendar.\n"
        f"{star}A{mark} Report from the Library Director on Activities for January and February,\n2031.\n"
        f"{star}B{mark} Draft Minutes of the Regular Board Meeting of January 8, 2031.\n"
        f"{star}C{mark} Bills for Ratification for January and February, 2031.\n"
        "Board Member Rowe moved to accept the Consent Calendar. The motion passed 3-0.\n"
        "REGULAR AGENDA ITEMS\n"
        f"A{mark} Seed Library Update (B. Tarn)\n"
        "The seed shelves are built and the survey goes out next week.\n"
        f"B{mark} Friends of the Library (C. Rowe)\n"
        "The book sale raised more than last year.\n"
        "BOARD COMMUNICATIONS\n"
        "None.\n"
        "ADJOURNMENT\n"
        "The meeting was adjourned at 6:50 p.m.\n"
    )
    assert _items(make_document, text) == [
        (None, "ROLL CALL"),
        (None, "CONSENT CALENDAR"),
        ("A", "Report from the Library Director on Activities for January and February, 2031"),
        ("B", "Draft Minutes of the Regular Board Meeting of January 8, 2031"),
        ("C", "Bills for Ratification for January and February, 2031"),
        (None, "REGULAR AGENDA ITEMS"),
        ("A", "Seed Library Update (B. Tarn)"),
        ("B", "Friends of the Library (C. Rowe)"),
        (None, "BOARD COMMUNICATIONS"),
        (None, "ADJOURNMENT"),
    ]


def test_a_single_letter_under_a_section_is_no_part(make_document):
    # "A." with no "B." after it under a heading: an initial or a lone note, not a run of parts.
    text = _HEAD + _OPEN + (
        "CONSENT CALENDAR\n"
        "A. Report from the Library Director on Activities for January.\n"
        "The board accepted the report.\n"
        "BOARD COMMUNICATIONS\n"
        "None.\n"
        "STAFF COMMUNICATIONS\nNone.\n"
        "ADJOURNMENT\nThe meeting was adjourned at 6:50 p.m.\n"
    )
    assert [number for number, _ in _items(make_document, text)] == [None, None, None, None]


@pytest.mark.parametrize("dash", ["-", "–"])
def test_capitals_sections_over_lettered_parts_numbered_4_a(make_document, dash):
    text = (
        "MINUTES OF THE ETHICS COMMISSION MEETING\nMONDAY, MAY 5, 2031 - 7:00 P.M.\n"
        "Chair Vance convened the meeting at 7:01 p.m.\n"
        f"ROLL CALL {dash} Present: Commissioners Orr, Pell and Chair Vance – 3.\n"
        "NON-AGENDA PUBLIC COMMENT\nNone.\n"
        "COMPLAINT HEARINGS\nNone.\n"
        "REGULAR AGENDA ITEMS\n"
        "4-A. Select Chair and Vice Chair\n"
        "Commissioner Orr moved approval of Chair Vance serving as Chair. The motion carried 3-0.\n"
        "4-B. Minutes of the March 3, 2031 Meeting\n"
        "Commissioner Pell moved approval of the minutes. The motion carried 3-0.\n"
        "STAFF UPDATE\nThe clerk reported on training.\n"
        "COMMISSIONER COMMUNICATIONS\nNone.\n"
        "ADJOURNMENT\nChair Vance adjourned the meeting at 8:10 p.m.\n"
    )
    assert _items(make_document, text) == [
        (None, "ROLL CALL"),
        (None, "NON-AGENDA PUBLIC COMMENT"),
        (None, "COMPLAINT HEARINGS"),
        (None, "REGULAR AGENDA ITEMS"),
        ("4-A", "Select Chair and Vice Chair"),
        ("4-B", "Minutes of the March 3, 2031 Meeting"),
        (None, "STAFF UPDATE"),
        (None, "COMMISSIONER COMMUNICATIONS"),
        (None, "ADJOURNMENT"),
    ]


@pytest.mark.parametrize(
    ("name", "roll"),
    [("inline.txt", "ROLL CALL\n"), ("inline.md", "**ROLL CALL**\n")],
)
def test_roll_call_alone_between_numbered_items(make_document, name, roll):
    text = (
        "HARBOR VIEW GOLF COMMISSION\nMINUTES OF REGULAR MEETING\nTuesday, June 10, 2031\n\n"
        "1. CALL TO ORDER\nChair Lund called the meeting to order at 6:30 p.m.\n\n"
        f"{roll}Present: Chair Lund, Commissioners Marr and Tovey\nAbsent: None\n\n"
        "2. ORAL COMMUNICATIONS\nNone.\n\n"
        "3. APPROVAL OF MINUTES\nThe minutes of May 13, 2031 were approved.\n\n"
        "4. ADJOURNMENT\nThe meeting was adjourned at 7:20 p.m.\n"
    )
    assert _items(make_document, text, name=name) == [
        ("1", "CALL TO ORDER"),
        (None, "ROLL CALL"),
        ("2", "ORAL COMMUNICATIONS"),
        ("3", "APPROVAL OF MINUTES"),
        ("4", "ADJOURNMENT"),
    ]


@pytest.mark.parametrize(
    "line",
    ["Roll call was taken and a quorum was present.\n", "ROLL CALL VOTE: Ayes 3, Noes 0.\n"],
)
def test_roll_call_in_a_sentence_or_a_vote_is_no_item(make_document, line):
    text = (
        "HARBOR VIEW GOLF COMMISSION\nMINUTES OF REGULAR MEETING\nTuesday, June 10, 2031\n\n"
        "1. CALL TO ORDER\nChair Lund called the meeting to order at 6:30 p.m.\n"
        f"{line}\n"
        "2. ORAL COMMUNICATIONS\nNone.\n\n"
        "3. ADJOURNMENT\nThe meeting was adjourned at 7:20 p.m.\n"
    )
    assert [number for number, _ in _items(make_document, text)] == ["1", "2", "3"]
