"""Minutes whose line breaks were lost: item numbers after a name, and points numbered under an item, inline."""

from __future__ import annotations

import pytest

from minutebook.extract.items import extract_items, split_sections


def _items(make_document, text):
    return [(item.number, item.title) for item in extract_items(make_document(text))]


def _flat(apologies: str, reports: str) -> str:
    return (
        "MINUTES OF OAKWELL PARISH COUNCIL MEETING HELD IN THE READING ROOM ON 9TH APRIL 2031 "
        "Present: Cllr Ann Reed – Chair, Cllr Ben Lowe, Cllr Cy Marsh. Also present: one resident. "
        f"1. Apologies received from: {apologies} "
        "2. Declarations of Interest: none were made. 3. Minutes of the Last Meeting: The minutes of 12.03.2031 "
        "were signed as correct. 4. Matters Arising: Dealt with under reports. "
        f"5. Reports {reports}"
        "6. Payments were approved. Grass cutting £204.17 Hall hire £57.09. "
        "7. Keeping of records The council will scan its older files. "
        "8. Planning none received this month 9. Any Other Business – for noting only: "
        "The county will mend the stile by the school path."
    )


@pytest.mark.parametrize("apologies", ["Cllr Dee Pendry", "Cllr Dee Pendry and Cllr Eve Stobart"])
def test_an_item_number_after_a_name_is_the_missing_link(make_document, apologies):
    items = _items(make_document, _flat(apologies, "The chair reported on the pond. "))
    assert [number for number, _ in items] == ["1", "2", "3", "4", "5", "6", "7", "8", "9"]
    assert items[1] == ("2", "Declarations of Interest")
    assert items[-1] == ("9", "Any Other Business")


@pytest.mark.parametrize(
    "second",
    ["5.2 Clerk's Report Letters passed to Councillors: • Library bulletin. ",
     "5.2 Play Area Inspection The Clerk has had a report of a loose swing seat. "],
)
def test_points_numbered_under_a_flattened_item(make_document, second):
    reports = "5.1 Chair's Report • The verge in Wrenfield Row has been reseeded. " + second
    items = _items(make_document, _flat("Cllr Dee Pendry", reports))
    numbers = [number for number, _ in items]
    assert numbers[:7] == ["1", "2", "3", "4", "5", "5.1", "5.2"]
    assert items[4] == ("5", "Reports")
    assert items[5] == ("5.1", "Chair's Report")


def test_a_number_after_a_word_outside_a_run_stays_text(make_document):
    # look-alike: "item 2. The …" after a word, with no run of numbers around it, is no item
    text = (
        "MINUTES OF OAKWELL PARISH COUNCIL MEETING HELD ON 2ND MARCH 2031 Present: Cllr Ann Reed, Cllr Ben Lowe. "
        "Cllr Lowe declared an interest in item 2. The clerk read the correspondence and the meeting noted the "
        "letters from the county council about the verges, which will be cut in May as in previous years."
    ) * 2
    assert _items(make_document, text) == []


@pytest.mark.parametrize(
    "untitled",
    ["5.2 It was noted that the bridleway closure would last six weeks. ",
     "5.2 The clerk will ask the county to clear the blocked drain by the school. "],
)
def test_an_untitled_point_under_a_flattened_item_keeps_its_words(make_document, untitled):
    # a sub-point written as a sentence is no item of its own; its words stay in the point before it
    document = make_document(_flat("Cllr Dee Pendry", "5.1 Chair's Report • The verge in Wrenfield Row has been reseeded. "
                                   + untitled))
    items = extract_items(document)
    assert [item.number for item in items][:6] == ["1", "2", "3", "4", "5", "5.1"]
    assert "5.2" not in [item.number for item in items]
    texts = {section.item.number: section.text for section in split_sections(document, items) if section.item}
    assert untitled.strip() in " ".join(texts["5.1"].split())
