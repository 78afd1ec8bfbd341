"""Item forms of UK and Irish minutes: web-page rows numbered above their titles, and more.

Every document here is invented; each form is written in at least two ways, with a near miss beside it.
"""

from __future__ import annotations

import pytest

from minutebook.extract.items import extract_items


def _items(make_document, text, name="inline.txt"):
    return [(item.number, item.title) for item in extract_items(make_document(text, name=name))]


@pytest.mark.parametrize(
    ("first", "second"),
    [("1.", "2."), ("HMD.41.31", "HMD.42.31")],
)
def test_web_page_rows_numbered_above_their_titles(make_document, first, second):
    text = (
        "Agenda and minutes\n\nParish Forum - Tuesday, 4th March, 2031 7.00 pm\n\nItems\nNo. Item\n\n"
        f"{first}\n\nApologies for Absence.\n\nMinutes:\n\nApologies were received from Councillor Quillfeather.\n\n"
        f"{second}\n\nMINUTES pdf icon PDF 68 KB\n\nHarrowgate Forum 4 February 2031\n\nAdditional documents:\n\n"
        "Minutes:\n\nThe Minutes were approved as a correct record.\n"
    )
    assert _items(make_document, text) == [
        (first.rstrip("."), "Apologies for Absence"), (second.rstrip("."), "MINUTES"),
    ]


def test_a_figure_alone_inside_a_row_is_no_row_number(make_document):
    text = (
        "Items\nNo. Item\n\nWaste Strategy\n\nMinutes:\n\nThe officer set out two options:\n\n2.\n\n"
        "the second was preferred by members.\n\nVerbal Update on Flooding\n\nMinutes:\n\nNoted.\n"
    )
    assert _items(make_document, text) == [(None, "Waste Strategy"), (None, "Verbal Update on Flooding")]


_PARISH = (
    "Minutes of Harrowgate Parish Council held on 13 May 2031 at the Village Hall\n\n"
    "Present: Cllr Petra Quillfeather (Chair), Cllr Ben Reed, Cllr Cara Ford\n\n"
)


@pytest.mark.parametrize(
    "numbers",
    [("1/05/31", "2/05/31", "2.1/05/31", "3/05/31"), ("1.5/31E", "2.5/31E", "2.6/31E", "3.5/31E"),
     ("41a/31", "41b/31", "41c/31", "42a/31")],
)
def test_serials_dated_to_the_meeting(make_document, numbers):
    first, second, part, third = numbers
    text = _PARISH + (
        f"{first} APOLOGIES FOR ABSENCE\nApologies were received from Cllr Dane.\n\n"
        f"{second} PLANNING MATTERS\nNo applications had been received.\n\n"
        f"{part} Decisions taken between meetings\nNone were reported.\n\n"
        f"{third} CORRESPONDENCE\nA letter from the county was noted.\n"
    )
    assert _items(make_document, text) == [
        (first, "APOLOGIES FOR ABSENCE"), (second, "PLANNING MATTERS"),
        (part, "Decisions taken between meetings"), (third, "CORRESPONDENCE"),
    ]


def test_a_list_of_dates_is_no_run_of_dated_serials(make_document):
    text = _PARISH + (
        "1. Payments\nThe following payments were approved:\n"
        "12/04/31 Grass Cutting Contract\n19/04/31 Hall Hire\n26/04/31 Clerk Salary\n\n"
        "2. Correspondence\nNone.\n"
    )
    assert _items(make_document, text) == [("1", "Payments"), ("2", "Correspondence")]


@pytest.mark.parametrize("dash", [":-", ":–"])
def test_headings_ending_on_a_colon_and_a_dash(make_document, dash):
    text = _PARISH + (
        "4101. Apologies for absence: Cllr Dane.\n\n"
        f"4102. To consider & approve accounts for payment{dash}\nHall Hire - £40.00 (Ch. No. 100426)\n"
        "Clerk's Salary - £300.00 (Ch. No. 100427)\nAll approved for payment.\n\n"
        f"4103. To discuss Planning Applications{dash}\nMill House, Harrowgate – rear extension. Approval recommended.\n\n"
        f"4104. Reports from Sub-Committees{dash} Finance. The budget was reviewed and agreed.\n"
    )
    assert _items(make_document, text) == [
        ("4101", "Apologies for absence"), ("4102", "To consider & approve accounts for payment"),
        ("4103", "To discuss Planning Applications"), ("4104", "Reports from Sub-Committees"),
    ]


def test_a_sentence_before_a_colon_and_a_dash_is_no_title(make_document):
    text = _PARISH + (
        "4101. Apologies for absence: Cllr Dane.\n\n"
        "4102. It was agreed by all members present:- the hall would be hired for the autumn.\n\n"
        "4103. Correspondence: none.\n"
    )
    assert ("4102", "It was agreed by all members present") not in _items(make_document, text)


@pytest.mark.parametrize("zero", [".0", ""])
def test_items_numbered_whole_over_their_first_sub_item(make_document, zero):
    text = _PARISH + (
        f"1{zero} Apologies for Absence\nNone received.\n\n"
        f"2{zero} Declarations of Interest & Dispensations\n2.1 To receive any Declarations of Interest\nNone.\n\n"
        f"3{zero} To Receive Reports from:-\n3.1 Ward Councillor Mr Tobias Fenwick\nHis report was noted.\n"
        "3.2 Police\nNo report.\n"
    )
    assert _items(make_document, text) == [
        (f"1{zero}", "Apologies for Absence"), (f"2{zero}", "Declarations of Interest & Dispensations"),
        ("2.1", "To receive any Declarations of Interest"), (f"3{zero}", "To Receive Reports from"),
        ("3.1", "Ward Councillor Mr Tobias Fenwick"), ("3.2", "Police"),
    ]


def test_a_run_of_numbered_lines_with_nothing_between_stays_a_list(make_document):
    text = _PARISH + "5.0 Correspondence\nThe following was received:\n6.0 Letter from the county\n7.0 Letter from the school\n"
    assert ("6.0", "Letter from the county") not in _items(make_document, text)
