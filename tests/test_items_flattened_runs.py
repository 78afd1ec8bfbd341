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


def _board(roll: str, first: str) -> str:
    return (
        "FIRE PROTECTION AREA BOARD REGULAR MEETING May 6, 2031 6:00 p.m. HILLSIDE FIRE HALL "
        f"{roll} {first} Chair Ann Reed called the meeting to order at 6:02 PM. "
        "2. APPROVAL OF AGENDA LOWE MOVED to approve the agenda as written. VOICE VOTE ON MOTION CARRIED UNANIMOUSLY. "
        "3. APPROVAL OF MINUTES MARSH MOVED to approve the minutes of April 1, 2031. VOICE VOTE ON MOTION CARRIED "
        "UNANIMOUSLY. 4. FINANCIAL REPORT The treasurer went over the accounts. 5. VISITOR COMMENTS None."
    )


@pytest.mark.parametrize(
    ("roll", "first"),
    [
        ("MEMBERS PRESENT Ann Reed, Chair Ben Lowe Cy Marsh STAFF PRESENT Dee Pendry, Fire Chief", "1. CALL TO ORDER"),
        ("Board members present were Ann Reed, Ben Lowe and Cy Marsh.", "1. CALL TO ORDER AND ROLL CALL"),
    ],
)
def test_whole_minutes_on_one_line_open_with_their_call_to_order(make_document, roll, first):
    # The roll before the first item has no label with a colon, and the "1." may follow a name with no stop: the call
    # to order as the first item shows the numbers are the minutes' items. The mover's name in capitals is no title.
    items = _items(make_document, _board(roll, first))
    assert [number for number, _ in items] == ["1", "2", "3", "4", "5"]
    assert items[0][1] == first.removeprefix("1. ")
    assert items[1:3] == [("2", "APPROVAL OF AGENDA"), ("3", "APPROVAL OF MINUTES")]


def test_a_numbered_list_in_a_long_paragraph_opening_on_no_call_to_order_stays_text(make_document):
    text = _board("The board reviewed its rules and agreed these points:", "1. SIGNS").replace(
        " Chair Ann Reed called the meeting to order at 6:02 PM.", " are posted at the gate."
    )
    assert _items(make_document, text) == []


_QUOTED_AGENDA = (
    "1. Call to order by the moderator. 2. Pledge of allegiance. 3. Reading of the warrant by the clerk. "
    "4. Election of officers for the coming year. 5. Road budget and the levy for the cemetery. 6. Adjournment. "
    "Trustee Ash asked that the road budget be taken before the election, and the clerk said she would see to it."
)


@pytest.mark.parametrize(
    "opening",
    [
        "The clerk read out the order of business the board agreed for the annual town meeting in March, which will "
        "be posted at the hall and the store two weeks before and read into the record at the start of the meeting:",
        # A roll's words before the sentence do not make the quoted list the minutes' items either.
        "Members present were Ann Reed and Ben Lowe. The clerk read out the order of business agreed for the annual "
        "town meeting in March, to be posted at the hall two weeks before and read into the record:",
    ],
)
def test_an_agenda_quoted_after_a_colon_in_a_paragraph_is_no_run_of_items(make_document, opening):
    text = (
        "MINUTES OF THE REGULAR MEETING OF THE OAKVALE TOWNSHIP BOARD\n\n"
        "CALL TO ORDER\nThe supervisor called the meeting to order at 7 pm.\n\n"
        f"ANNUAL MEETING\n{opening} {_QUOTED_AGENDA}\n\n"
        "OLD BUSINESS\nThe roof was discussed.\n\nADJOURNMENT\nThe meeting adjourned at 8 pm.\n"
    )
    assert _items(make_document, text) == [
        (None, "CALL TO ORDER"), (None, "ANNUAL MEETING"), (None, "OLD BUSINESS"), (None, "ADJOURNMENT"),
    ]
