"""Item numbers: label lines, runs of labels, file ids, resolution numbers and lookalikes."""

from __future__ import annotations

import pytest

from minutebook.extract.numbering import (
    Label,
    accepted_labels,
    cut_id_title,
    is_date_line,
    is_lookalike,
    read_id_heading,
    read_label,
    read_resolution_heading,
    roman_value,
    sub_item_number,
    subject_of,
    wraps_a_date,
)


@pytest.mark.parametrize(("text", "number", "style"), [
    ("IV.", "IV", "roman"), ("XIII.", "XIII", "roman"), ("C.", "C", "letter"), ("4.", "4", "digit"),
    ("(a)", "a", "paren"), ("(iv)", "iv", "paren"), ("b)", "b", "lower"), ("Item 7:", "7", "item"),
    ("ITEM 12", "12", "item"), ("Agenda Item 3.", "3", "item"), ("7-A 2031-1102", "7-A", "hyphen"), ("9-B", "9-B", "hyphen"),
])
def test_label_lines(text: str, number: str, style: str) -> None:
    assert read_label(text) == Label(number, style)


@pytest.mark.parametrize("text", [
    "2", "14", "4 Finance", "I will move at the next meeting", "IIII.", "A", "(16-391)", "1.5", "£20.", "12:30",
])
def test_not_label_lines(text: str) -> None:
    # Page numbers have no period; a label line holds nothing else.
    assert read_label(text) is None


def test_roman_values() -> None:
    assert [roman_value(text) for text in ("I", "IV", "IX", "XIV", "XVII", "XL")] == [1, 4, 9, 14, 17, 40]
    assert roman_value("IIX") is None and roman_value("VV") is None


def test_roman_and_letter_runs() -> None:
    labels = [read_label(text) for text in ("I.", "II.", "III.", "A.", "B.", "IV.", "C.", "V.")]
    assert accepted_labels(labels) == set(range(8))
    # Two numerals, or numerals that start elsewhere, are not a run; nor are letters on their own.
    assert accepted_labels([read_label("I."), read_label("II.")]) == set()
    assert accepted_labels([read_label("V."), read_label("VI."), read_label("VII.")]) == set()
    assert accepted_labels([read_label("A."), read_label("B.")]) == set()
    # Three letters in a run number a document on their own.
    assert accepted_labels([read_label("A."), read_label("B."), read_label("C.")]) == {0, 1, 2}
    # Letters out of order (initials of signatories) stay out even beside a run.
    labels = [read_label(text) for text in ("I.", "II.", "III.", "J.", "A.")]
    assert accepted_labels(labels) == {0, 1, 2}


def test_digit_labels_need_company() -> None:
    assert accepted_labels([read_label("1.")]) == set()
    # Items may be taken out of order ("4." before "2."): still items.
    assert accepted_labels([read_label(text) for text in ("1.", "4.", "2.")]) == {0, 1, 2}


@pytest.mark.parametrize("text", [
    "10 June 2031", "22 October 2031", "Monday, 4 May 2031", "May 4, 2031", "1/25/31", "3rd March 2031.", "July 2031",
])
def test_date_lines(text: str) -> None:
    assert is_date_line(text)


@pytest.mark.parametrize("text", ["12 Planning Applications", "4. Finance", "Date of next meeting", "May Fair 2031"])
def test_not_date_lines(text: str) -> None:
    assert not is_date_line(text)


@pytest.mark.parametrize("title", [
    "June 2031", "October, 2031", "pm start", "- 0 vote", "£1,200 grant", ",466,316",
    # a tally wrapped after a side's count: "… 6 AYE (…);" / "0 NAY; 0 ABSTAIN; 1 ABSENT (Hale)"
    "NAY; 0 ABSTAIN; 1 ABSENT (Hale)", "Nays, 1 Abstention", "Ayes 2 Nays",
])
def test_lookalike_titles(title: str) -> None:
    assert is_lookalike(title)


@pytest.mark.parametrize("title", [
    "Planning Applications", "Matters Arising", "Annual Governance Report 2030/31", "May Fair Committee",
    "No. 12 Reserve Account", "Absent Members Policy", "Absent: Cllr Hale", "Noise Complaints",
])
def test_real_titles_are_not_lookalikes(title: str) -> None:
    assert not is_lookalike(title)


def test_file_id_headings() -> None:
    assert read_id_heading("(31-104) Dana Frey, resident, spoke about street trees; urged planting.") == (
        "31-104", "Dana Frey, resident, spoke about street trees; urged planting.",
    )
    assert read_id_heading("(*31-105) Minutes of the Regular Meeting of May 2, 2031.")[0] == "31-105"
    assert read_id_heading("(31-106A) Consider a Ballot Argument.")[0] == "31-106A"
    for text in ("(303) 299-2307 is the number", "(SCH No. 2031042021) noted", "(1) Review of Rents", "(2031-05-04) dated",
                 "(2030-2031) Budget figures"):
        assert read_id_heading(text) is None


def test_file_id_titles_are_cut() -> None:
    assert cut_id_title("Dana Frey, resident, spoke about street trees; urged planting.") == (
        "Dana Frey, resident, spoke about street trees"
    )
    assert cut_id_title("Ordinance No. 31, “Approving a Lease. With Terms.” Finally passed.") == (
        "Ordinance No. 31, “Approving a Lease. With Terms.”"
    )
    assert cut_id_title("Consider a Ballot Argument.") == "Consider a Ballot Argument"


def test_resolution_number_headings() -> None:
    assert read_resolution_heading("R2031-12 K. Lane, P. Osei:") == "R2031-12"
    assert read_resolution_heading("Resolution No. CR31-4 K.L. Lane and P. Osei") == "CR31-4"
    for text in ("By-Law No. 2031-41, being a by-law", "R2031-12 That the minutes be adopted.", "2031-12 K. Lane, P. Osei:"):
        assert read_resolution_heading(text) is None


def test_subject_of_prose_introductions() -> None:
    assert subject_of("Circulated, copy of notice dated 3rd May, 2031, concerning disposal of land at 4 Mill Road, Ardee.") == (
        "Disposal of land at 4 Mill Road, Ardee"
    )
    assert subject_of("Report of the Director regarding the roads programme. It was noted.") == "The roads programme"
    assert subject_of("The report was noted.") is None
    assert subject_of("Circulated, copy of draft Minutes of Meeting of the District held on 2nd May, 2031.") == (
        "Draft Minutes of Meeting of the District held on 2nd May, 2031"
    )


def test_sub_item_numbers() -> None:
    assert sub_item_number("4", read_label("(a)")) == "4 (a)"
    assert sub_item_number("2", read_label("b)")) == "2b"


def test_inline_labels() -> None:
    from minutebook.extract.numbering import read_inline_label

    assert read_inline_label("XIV. Executive Session") == (Label("XIV", "roman"), "Executive Session")
    assert read_inline_label("B. Recommended Actions") == (Label("B", "letter"), "Recommended Actions")
    assert read_inline_label("A. J. Smith") is None
    assert read_inline_label("I. Smith.") is None


def test_section_sub_labels_and_their_numbers():
    from minutebook.extract.numbering import read_section_sub_label, section_sub_number

    assert read_section_sub_label("1. Approval of Minutes") == ("digit", 1, "Approval of Minutes")
    assert read_section_sub_label("C)") == ("letter", 3, None)
    assert read_section_sub_label("12 June 2031") is None
    assert read_section_sub_label("a. lower case") is None
    assert section_sub_number("II", "digit", 4) == "II.4"
    assert section_sub_number("XIV", "letter", 2) == "XIV.B"


@pytest.mark.parametrize(
    ("before", "wraps"),
    [
        ("The audit was scheduled for February", True),
        ("THE AUDIT WAS SCHEDULED FOR FEBRUARY", True),
        ("The motion was seconded by Cllr May", False),
        ("proposed by June", False),
        ("the footpath order as the council may", False),
        ("The meeting held on 4 March", False),
    ],
)
def test_a_day_under_its_month_is_a_broken_date(before: str, wraps: bool) -> None:
    assert wraps_a_date(before, Label(number="24", style="digit")) is wraps
