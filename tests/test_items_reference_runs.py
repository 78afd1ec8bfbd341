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
        "HOLLINGTON PARISH COUNCIL Draft Minutes of the Ordinary Meeting held on 5 March 2031 at 7.00pm\n"
        "In attendance: Cllr Amy Reed (Chair), Cllr Bob Lowe, Cllr Cara Marsh\n"
        f"{n[0]} Emergency Evacuation Procedures were read by the Chair\n"
        f"{n[1]} Apologies for Absence These were accepted for Cllr Dan Hart.\n"
        f"{n[2]} 31/00274/OM Outline application for up to 70 dwellings and access at Land off Mill Lane Hollington\n"
        "The council objected to the application for the reasons in the attached response.\n"
        f"{n[2]} 31/00272/OM OUTLINE APPLICATION: Construction of up to 30 dwellings at Furlong Store\n"
        "The council objected to the application.\n"
        f"{n[3]} 2 May 2031 Parish Council Elections The council noted that the elections were taking place.\n"
        f"{n[4]} Urgent items as agreed by the Chairman The unveiling of the new village sign is on Saturday.\n"
        f"{n[5]} Confirm the Date of the Next Meeting – Wednesday 2 April 2031\n"
    )
    items = _items(make_document, text)
    assert [number for number, _ in items] == [n[0], n[1], n[2], n[2], n[3], n[4], n[5]]
    assert items[0][1] == "Emergency Evacuation Procedures"
    assert items[2][1].startswith("31/00274/OM Outline application")
    assert items[4][1] == "2 May 2031 Parish Council Elections"


def test_a_planning_reference_opening_a_line_is_no_minute(make_document):
    # look-alike: "31/00274/OM …" and "12/05 …" open lines under a numbered item, outside any run of references
    text = (
        "Minutes of the Parish Council held on 3 May 2031\n"
        "1. Apologies\nNone were received.\n"
        "2. Planning\n"
        "31/00274/OM Outline application for up to 70 dwellings at Mill Lane was noted by members.\n"
        "12/05 The clerk reported the site visit was held by members and was well attended.\n"
        "3. Finance\nThe payments were approved.\n"
    )
    assert [number for number, _ in _items(make_document, text)] == ["1", "2", "3"]
