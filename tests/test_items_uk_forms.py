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
