"""Minute references that go on with the document's run vouch for their lines, from short inline minutes.

Parish minutes number each minute on from the last meeting ("43/31", "44/31" …); a minute whose title runs into a
sentence, opens with a planning reference or with a date is still the next minute of the run.
"""

from __future__ import annotations

import pytest

from minutebook.extract.items import extract_items


def _items(make_document, text):
    return [(item.number, item.title) for item in extract_items(make_document(text))]


@pytest.mark.parametrize(("first", "series"), [(43, "31"), (112, "2031")])
def test_minutes_of_a_reference_run_whose_titles_read_awkwardly(make_document, first, series):
    n = [f"{first + step}/{series}" for step in range(6)]
    text = (
        "THRUSHWICK PARISH COUNCIL Draft Minutes of the Ordinary Meeting held on 5 March 2031 at 7.00pm\n"
        "In attendance: Cllr Amy Reed (Chair), Cllr Bob Lowe, Cllr Cara Marsh\n"
        f"{n[0]} Fire Safety Notice was read out by the Chair\n"
        f"{n[1]} Apologies for Absence These were accepted for Cllr Dan Hart.\n"
        f"{n[2]} PA-31-0458 Outline scheme for up to 45 homes with a new access off Dovecote Road\n"
        "The council opposed the scheme for the reasons in its written reply.\n"
        f"{n[2]} PA-31-0461 OUTLINE SCHEME: Erection of 12 homes at the former Tannery Yard\n"
        "The council opposed the scheme.\n"
        f"{n[3]} 14 June 2031 County Council Elections The council noted the polling arrangements.\n"
        f"{n[4]} Matters raised with the Chair's consent The bench on the green is to be repainted.\n"
        f"{n[5]} Confirm the Date of the Next Meeting – Wednesday 2 April 2031\n"
    )
    items = _items(make_document, text)
    assert [number for number, _ in items] == [n[0], n[1], n[2], n[2], n[3], n[4], n[5]]
    assert items[0][1] == "Fire Safety Notice"
    assert items[2][1].startswith("PA-31-0458 Outline scheme")
    assert items[4][1] == "14 June 2031 County Council Elections"


def test_a_planning_reference_opening_a_line_is_no_minute(make_document):
    # look-alike: "31/0458/FUL …" and "12/05 …" open lines under a numbered item, outside any run of references
    text = (
        "Minutes of the Parish Council held on 3 May 2031\n"
        "1. Apologies\nNone were received.\n"
        "2. Planning\n"
        "31/0458/FUL Change of use of a barn to a workshop at Pell Farm was noted by members.\n"
        "12/05 The clerk reported the site visit was held by members and was well attended.\n"
        "3. Finance\nThe payments were approved.\n"
    )
    assert [number for number, _ in _items(make_document, text)] == ["1", "2", "3"]


@pytest.mark.parametrize(
    ("first", "second", "third"),
    [("1. Call to Order", "2. Upcoming Events", "3. Adjournment"),
     ("A. CALL TO ORDER", "B. UPCOMING EVENTS", "C. ADJOURNMENT")],
)
def test_month_and_day_lines_under_an_item_are_no_minute_run(make_document, first, second, third):
    # look-alike: US dates opening lines ("3/15 …", "4/15 …") rise like minute references but are a calendar
    text = (
        "Minutes of the Regular Meeting of the Brindle Creek Park Board, February 9, 2031\n"
        f"{first}\nThe president called the meeting to order at 7:00 p.m.\n"
        f"{second}\n"
        "3/15 The board will hold a workshop on the trail budget at the lodge.\n"
        "4/15 Spring cleanup day starts at the north shelter at 9 a.m.\n"
        "5/15 The splash pad opens for the season.\n"
        f"{third}\nThe meeting was adjourned at 8:10 p.m.\n"
    )
    numbers = [number for number, _ in _items(make_document, text)]
    assert numbers == [first.split(".")[0], second.split(".")[0], third.split(".")[0]]
