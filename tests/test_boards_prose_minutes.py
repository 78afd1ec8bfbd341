"""US boards and commissions writing their minutes as prose: labels inside numbered items, members who came after
the roll, excused absences, and motions recorded with a roll call. Each rule in two invented forms with a near miss.
Every name and place is invented."""

from __future__ import annotations

from minutebook.extract.items import extract_items

_HEAD = "MEETING MINUTES\nFernhill Parks Advisory Committee\nThursday, March 8, 2031\n\n"


def _items(make_document, text):
    return [(item.number, item.title) for item in extract_items(make_document(text))]


def test_a_speakers_label_between_numbered_items_is_no_item(make_document):
    text = _HEAD + (
        "1. Call to Order\n\nThe meeting was called to order at 6:02 p.m.\n\n"
        "2. Trail Survey Report\n\nMembers shared their first thoughts on the survey.\n\n"
        "Member Quarrie:\n\nThe survey counted walkers on weekdays only, so its totals are low.\n\n"
        "COMMISSIONER ODDIE:\n\nThe report should give the costs of each option side by side.\n\n"
        "3. Adjournment\n\nThe meeting adjourned at 7:40 p.m.\n"
    )
    assert _items(make_document, text) == [
        ("1", "Call to Order"), ("2", "Trail Survey Report"), ("3", "Adjournment"),
    ]


def test_a_label_every_item_carries_is_no_item(make_document):
    alone = _HEAD + (
        "1. Call to Order\n\nThe meeting was called to order at 6:02 p.m.\n\n"
        "2. Boathouse Repairs\n\nStaff reviewed the quotes for the roof.\n\n"
        "Public Comment:\n\nMs. Tilly Vosper asked when the work would start.\n\n"
        "3. Tree Planting\n\nThe committee reviewed the planting list.\n\n"
        "Public Comment:\n\nMr. Amos Gedge asked for native species.\n\n"
        "4. Adjournment\n\nThe meeting adjourned at 7:40 p.m.\n"
    )
    assert [number for number, _ in _items(make_document, alone)] == ["1", "2", "3", "4"]
    # Once alone on its line, then run in with the comment on the other items: the same label.
    run_in = alone.replace("Public Comment:\n\nMr. Amos Gedge", "Public comment: Mr. Amos Gedge")
    assert [number for number, _ in _items(make_document, run_in)] == ["1", "2", "3", "4"]


def test_a_heading_between_numbered_items_printed_once_stays_an_item(make_document):
    # Near miss: an unnumbered title-case heading with a colon, printed once and naming no speaker, is an item.
    text = _HEAD + (
        "1. Call to Order\n\nThe meeting was called to order at 6:02 p.m.\n\n"
        "2. Boathouse Repairs\n\nStaff reviewed the quotes for the roof.\n\n"
        "Highway Matters:\n\nThe verge on Mill Lane was cut back by the county in February.\n\n"
        "DIRECTOR'S ORDERS:\n\nThe orders made since the last meeting were noted by the committee.\n\n"
        "3. Adjournment\n\nThe meeting adjourned at 7:40 p.m.\n"
    )
    found = _items(make_document, text)
    assert (None, "Highway Matters") in found
    # An office's business, not a speaker: the possessive names what the office did.
    assert (None, "DIRECTOR'S ORDERS") in found
