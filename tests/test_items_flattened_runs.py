"""Minutes whose line breaks were lost: item numbers after a name, and points numbered under an item, inline."""

from __future__ import annotations

import pytest

from minutebook.extract.items import extract_items


def _items(make_document, text):
    return [(item.number, item.title) for item in extract_items(make_document(text))]


def _flat(apologies: str, reports: str) -> str:
    return (
        "MINUTES OF OAKWELL PARISH COUNCIL MEETING HELD AT THE CHURCH ON 2ND MARCH 2031 "
        "Present: Cllr Ann Reed – Chairman, Cllr Ben Lowe, Cllr Cy Marsh. Also present: two members of the public. "
        f"1. Apologies for Absence received from: {apologies} "
        "2. No Declarations of Interest made: 3. Approval of Minutes: The minutes of the meeting held on 06.01.2031 "
        "were confirmed as a true record. 4. Update on matters arising: Covered in reports. "
        f"5. Reports {reports}"
        "6. Accounts were presented and accepted for payment. Clerk's salary £118.44 Street light maintenance £38.64. "
        "7. Storage of documents The council will keep recent documents electronically. "
        "8. No Planning Applications received for consultation 9. Other Reports – for information only: "
        "Highways are to install bollards by the church path."
    )


@pytest.mark.parametrize("apologies", ["Cllr Dee Garnett", "Cllr Dee Garnett and Cllr Eve Hart"])
def test_an_item_number_after_a_name_is_the_missing_link(make_document, apologies):
    items = _items(make_document, _flat(apologies, "The chairman reported on the hedge. "))
    assert [number for number, _ in items] == ["1", "2", "3", "4", "5", "6", "7", "8", "9"]
    assert items[1] == ("2", "No Declarations of Interest made")
    assert items[-1] == ("9", "Other Reports")


@pytest.mark.parametrize(
    "second",
    ["5.2 Clerk's Report Correspondence passed to Councillors: • Police newsletter. ",
     "5.2 Risk Assessment Update The Clerk has received a report of a vehicle parking on the green. "],
)
def test_points_numbered_under_a_flattened_item(make_document, second):
    reports = "5.1 Chairman's Report • The hedge in Chequers Lane has been replanted. " + second
    items = _items(make_document, _flat("Cllr Dee Garnett", reports))
    numbers = [number for number, _ in items]
    assert numbers[:7] == ["1", "2", "3", "4", "5", "5.1", "5.2"]
    assert items[4] == ("5", "Reports")
    assert items[5] == ("5.1", "Chairman's Report")


def test_a_number_after_a_word_outside_a_run_stays_text(make_document):
    # look-alike: "item 2. The …" after a word, with no run of numbers around it, is no item
    text = (
        "MINUTES OF OAKWELL PARISH COUNCIL MEETING HELD ON 2ND MARCH 2031 Present: Cllr Ann Reed, Cllr Ben Lowe. "
        "Cllr Lowe declared an interest in item 2. The clerk read the correspondence and the meeting noted the "
        "letters from the county council about the verges, which will be cut in May as in previous years."
    ) * 2
    assert _items(make_document, text) == []
