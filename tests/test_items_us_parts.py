"""Lettered parts of US business and bulleted run-in labels, from short inline minutes."""

from __future__ import annotations

import pytest

from minutebook.extract.items import extract_items
from minutebook.extract.numbering import _restarted_letters

_HEAD = "CEDAR HOLLOW PUBLIC LIBRARY\nBoard of Trustees Regular Meeting Minutes\nApril 8, 2031\n\n"
_LAKE_HEAD = "LAKE ORRIN ASSOCIATION\nBoard Meeting Minutes\nJune 3, 2031\n\n"


def _items(make_document, text):
    return [(item.number, item.title) for item in extract_items(make_document(text))]


@pytest.mark.parametrize(("mark", "gap"), [(".", ""), (")", "\n")])
def test_lettered_business_parts_closed_by_a_stop_with_sums_and_ordinances(make_document, mark, gap):
    text = _HEAD + (
        f"4. Consent Agenda\n{gap}"
        f"a{mark} Approve minutes of the March 11, 2031 regular meeting.\n{gap}"
        f"b{mark} Approve payment of bills in the amount of $23,450.00.\n{gap}"
        f"c{mark} Approve Ordinance No. 31-11, an ordinance amending Chapter 4 of the library code.\n{gap}"
        "Trustee Marsh moved to approve; Trustee Kell seconded. Motion carried 5-0.\n\n"
        "5. Adjournment\nThe meeting adjourned at 7:40 p.m.\n"
    )
    assert _items(make_document, text) == [
        ("4", "Consent Agenda"),
        ("4a", "Approve minutes of the March 11, 2031 regular meeting"),
        ("4b", "Approve payment of bills in the amount of $23,450.00"),
        ("4c", "Approve Ordinance No. 31-11, an ordinance amending Chapter 4 of the library code"),
        ("5", "Adjournment"),
    ]


def test_wrapped_lettered_business_parts_keep_their_whole_title(make_document):
    text = _HEAD + (
        "7. Consent Agenda\n"
        "a. Approve the bills payable for March 2031 in the amount of\n$84,212.55\n"
        "b. Approve Resolution R-12 Authorizing the Director to sign the\n"
        "courier contract with Swift Lines for the 2031 fiscal year\n"
        "c. Minutes of the March 4, 2031 regular meeting were approved\n"
        "Motion by Tarrow, second by Vell, to approve the consent agenda. Motion carried 3-0.\n\n"
        "8. Adjournment\n"
    )
    assert _items(make_document, text) == [
        ("7", "Consent Agenda"),
        ("7a", "Approve the bills payable for March 2031 in the amount of $84,212.55"),
        ("7b", "Approve Resolution R-12 Authorizing the Director to sign the courier contract with Swift Lines for the "
               "2031 fiscal year"),
        ("7c", "Minutes of the March 4, 2031 regular meeting were approved"),
        ("8", "Adjournment"),
    ]


@pytest.mark.parametrize(
    "body",
    [
        "RESOLVED that:\na) The board adopts the budget in the amount of $1,200,000.\nb) The clerk publishes it.\n",
        "The engineer listed the options:\na. Replace the main at a cost of $90,000.\nb. Reline the main for $55,000.\n",
        "a) The hedge by the hall was cut back.\nb) The repeater was checked on May 2, 2031.\n",
    ],
)
def test_lettered_parts_of_a_decision_a_list_or_notes_stay_text(make_document, body):
    text = _HEAD + f"4. Water Main\n{body}Motion carried.\n\n5. Adjournment\n"
    assert _items(make_document, text) == [("4", "Water Main"), ("5", "Adjournment")]


def test_a_list_nested_in_a_lettered_part_is_not_the_next_part(make_document):
    text = _HEAD + (
        "2. New Business\na) Summer Reading Program.\na. Dates set for June 18 and 25.\nb. Budget set at $1,120.\n"
        "b) Roof Repair Update.\nBids are due in May.\n\n3. Adjournment\n"
    )
    assert _items(make_document, text) == [
        ("2", "New Business"), ("2a", "Summer Reading Program"), ("2b", "Roof Repair Update"), ("3", "Adjournment"),
    ]


@pytest.mark.parametrize("bullet", ["~", "• ", "◦ "])
def test_bulleted_run_in_labels_under_capitals_headings_are_items(make_document, bullet):
    text = _LAKE_HEAD + (
        f"NEW BUSINESS\n{bullet}Boat Launch: The board discussed the repair of the launch ramp.\n"
        f"{bullet}Beach Sign: Ned Holm will order a new sign for the beach.\n"
        f"{bullet}Dock Permits: Permits are due July 1.\n\n"
        f"OLD BUSINESS\n{bullet}Road Grading: The grading was done in May.\n"
    )
    assert _items(make_document, text) == [
        (None, "NEW BUSINESS"), (None, "Boat Launch"), (None, "Beach Sign"), (None, "Dock Permits"),
        (None, "OLD BUSINESS"), (None, "Road Grading"),
    ]


def test_dashed_run_in_labels_with_a_dash_after_the_title_are_items(make_document):
    text = _LAKE_HEAD + (
        "OLD BUSINESS\n- Road Grading – The grading was done in May by the county crew.\n"
        "- Mailbox Posts – Two posts need replacing before winter.\n\n"
        "NEW BUSINESS\n-Fall Picnic: The picnic will be held on September 9.\n"
        "-Dues Notices: Notices go out with the newsletter in July.\n"
    )
    assert _items(make_document, text) == [
        (None, "OLD BUSINESS"), (None, "Road Grading"), (None, "Mailbox Posts"),
        (None, "NEW BUSINESS"), (None, "Fall Picnic"), (None, "Dues Notices"),
    ]


def test_a_measure_number_before_a_dash_keeps_its_subject_in_a_run_of_parts(make_document):
    text = (
        "MINUTES OF THE BIRCHFIELD CITY COUNCIL\nRegular Meeting - May 12, 2031\n\n"
        "3. CONSENT AGENDA\na. Declaration of surplus mowers.\n"
        "Motion made by Councilmember Pike, seconded by Councilmember Dane.\nVote: 5 yea, 0 nay. Motion carries.\n\n"
        "b. Acceptance of the quarterly treasurer report.\nMotion carries.\n\n"
        "4. OLD BUSINESS\na. Ordinance 2031-02 - Funding for the Elm Street repaving project.\n"
        "Councilmember Orr moved adoption; Councilmember Pike seconded. Motion carries.\n"
        "b. Resolution No. R-14 – Approving the water rate study.\nMotion carries.\n\n5. ADJOURNMENT\n"
    )
    assert _items(make_document, text) == [
        ("3", "CONSENT AGENDA"), ("3a", "Declaration of surplus mowers"),
        ("3b", "Acceptance of the quarterly treasurer report"), ("4", "OLD BUSINESS"),
        ("4a", "Ordinance 2031-02 - Funding for the Elm Street repaving project"),
        ("4b", "Resolution No. R-14 – Approving the water rate study"), ("5", "ADJOURNMENT"),
    ]


@pytest.mark.parametrize("mark", [".", ")"])
def test_the_motion_after_consent_parts_listed_one_a_line_belongs_to_the_consent_item(make_document, mark):
    from minutebook.extract.items import read_items_and_sections

    text = _HEAD + (
        f"7. Consent Agenda\na{mark} Approve the bills payable for March 2031 in the amount of $84,212.55\n"
        f"b{mark} Minutes of the March 4, 2031 regular meeting\n"
        "Motion by Trustee Tarrow, second by Trustee Vell, to approve the consent agenda. Motion carried 3-0.\n\n"
        f"8. New Business\na{mark} Approve Ordinance No. 2031-04 amending the fee schedule\n"
        "Motion by Trustee Vell, second by Trustee Quill. Motion carried.\n"
        f"b{mark} Discussion of the summer reading program budget\nNo action was taken.\n\n9. Adjournment\n"
    )
    _, sections = read_items_and_sections(make_document(text))
    holders = {section.item.number for section in sections
               if section.item is not None and any(line.text.startswith("Motion by") for line in section.lines)}
    assert holders == {"7", "8a"}


def test_lettered_decisions_closed_by_a_stop_stay_the_text_of_their_item(make_document):
    text = (
        "Present: Cllr A Ash (Chair), Cllr B Birch\n\n135/31 FINANCE\n"
        "a) RESOLVED that the schedule of payments for May totalling £9,120.40 be approved.\n"
        "b) Agreed that the draft budget be referred to the Finance Committee.\n\n136/31 CLOSE\n"
    )
    assert [number for number, _ in _items(make_document, text)] == ["135/31", "136/31"]


_BOARD_HEAD = "Regular Meeting 7:00 PM (Wednesday, May 6, 2031)\n\n"


@pytest.mark.parametrize("motion", ["", "Motion by Mrs. Dray, seconded by Mr. Ostend to adopt Resolution 2031-9 as follows:\n"])
def test_capital_letters_starting_again_under_each_numbered_item(make_document, motion):
    # board software's outline: capital letters start again at "A." under each numbered item
    text = _BOARD_HEAD + (
        "1. Opening Items\nA. Pledge of Allegiance\nMr. Ostend called the meeting to order at 7:00 p.m.\n\n"
        f"10. Superintendent's Consent Agenda\n{motion}"
        "A. Certified Staff Recommendations\nB. Classified Staff Recommendations\nC. Field Trip Requests\n"
        "ROLL CALL: Mrs. Dray, yes; Mr. Ostend, yes\n\n"
        "12. Closing Items\nA. Adjournment\nThe meeting adjourned at 7:58 p.m.\n"
    )
    assert _items(make_document, text) == [
        ("1", "Opening Items"),
        ("1A", "Pledge of Allegiance"),
        ("10", "Superintendent's Consent Agenda"),
        ("10A", "Certified Staff Recommendations"),
        ("10B", "Classified Staff Recommendations"),
        ("10C", "Field Trip Requests"),
        ("12", "Closing Items"),
        ("12A", "Adjournment"),
    ]


def test_capital_letters_out_of_order_do_not_start_again():
    # near miss: "A." then "C." is no outline starting again; the letters stay as the document-wide run reads them
    assert _restarted_letters([(0, 1), (1, 3), (2, 4), (3, 1), (4, 2)]) == [0, 3, 4]
    assert _restarted_letters([(0, 2), (1, 3), (2, 1), (3, 3)]) == []  # one run from "A." only
    assert _restarted_letters([(0, 1), (1, 2), (2, 3)]) == []  # one run only: nothing starts again
    assert _restarted_letters([(0, 1), (1, 1), (2, 2)]) == [0, 1, 2]


@pytest.mark.parametrize(
    ("section", "number"),
    # One roman section's letters are kept as printed ("A"); letters under a numbered item are written under it.
    [("V. ACTION ITEMS", "{}"), ("3. NEW BUSINESS", "3{}"), ("NEW BUSINESS", "{}")],
)
def test_capital_letters_in_a_run_may_title_their_parts_with_whole_phrases(make_document, section, number):
    opening = "I. CALL TO ORDER" if section.startswith("V") else "1. CALL TO ORDER" if section[0].isdigit() else "CALL TO ORDER"
    between = (
        "II. ROLL CALL" if section.startswith("V") else "2. ROLL CALL" if section[0].isdigit() else "ROLL CALL"
    )
    closing = "VI. ADJOURNMENT" if section.startswith("V") else "4. ADJOURNMENT" if section[0].isdigit() else "ADJOURNMENT"
    text = _HEAD + (
        f"{opening}\nPresident Abel called the meeting to order at 7:00 p.m.\n\n"
        f"{between}\nPresent: Trustees Abel, Kell, Marsh.\n\n"
        f"{section}\n"
        "A. Approval of the bus contract with Valley Coach Lines for the 2031-32 school year.\n"
        "Trustee Marsh moved to approve the contract. Motion carried 3-0.\n"
        "B. Consideration of a request from the fire company to purchase a new pumper truck.\n"
        "The chief presented three quotes.\n"
        "C. Patron comments and the Director's responses.\n"
        "None.\n\n"
        f"{closing}\nThe meeting adjourned at 7:40 p.m.\n"
    )
    titles = [
        "Approval of the bus contract with Valley Coach Lines for the 2031-32 school year",
        "Consideration of a request from the fire company to purchase a new pumper truck",
        "Patron comments and the Director's responses",
    ]
    read = _items(make_document, text)
    parts = [(number.format(letter), title) for letter, title in zip("ABC", titles, strict=True)]
    assert read[3:6] == parts
    assert len(read) == 7


@pytest.mark.parametrize(
    "body",
    [
        "Trustee Marsh moved the following, seconded by Trustee Kell\n"
        "A. The public works director shall publish the road plan on the village website.\n"
        "B. The village clerk shall give notice of the hearing in the local newspaper.\n",
        "A. The department has patched the potholes on Elm Street and Mill Road this month.\n"
        "B. The salt shed roof needs to be replaced before the winter season.\n",
        "BE IT RESOLVED by the Board of Trustees:\n"
        "A. That the board adopts the road maintenance plan as presented by the roadmaster.\n"
        "B. That the roadmaster publishes the plan on the village website.\n",
    ],
)
def test_clauses_and_report_sentences_lettered_in_capitals_stay_text(make_document, body):
    text = _HEAD + (
        "1. Call to Order\nPresident Abel called the meeting to order at 7:00 p.m.\n\n"
        f"2. Road Plan\n{body}Motion carried 3-0.\n\n"
        "3. Adjournment\nThe meeting adjourned at 7:40 p.m.\n"
    )
    assert _items(make_document, text) == [("1", "Call to Order"), ("2", "Road Plan"), ("3", "Adjournment")]
