"""Header families of notices and letterheads: a body named beside a column of its members a tab apart, the month's
meeting named before the body ("MARCH COUNCIL MEETING"), the owner of the meeting in a possessive banner line."""

from __future__ import annotations

import pytest

from minutebook.extract.meeting import extract_meeting
from minutebook.ingest.document import ParsedDocument, RowSpec, Span, build_document


def _pdf(*lines: str) -> ParsedDocument:
    """A PDF page whose lines print their tab-separated parts a column apart, as a letterhead beside a list is read."""
    rows = []
    for line in lines:
        parts = line.split("\t")
        spans = tuple(Span(72 + 250 * index, 72 + 250 * index + 6 * len(part), part) for index, part in enumerate(parts))
        rows.append(RowSpec(text=line, spans=spans))
    return build_document(name="minutes.pdf", sha256="0" * 64, format="pdf", pages_of_rows=[rows])


@pytest.mark.parametrize(
    ("letterhead", "body"),
    [
        (("Harrowgate Licensing Board\tPetra Quillfeather, Chair",), "Harrowgate Licensing Board"),
        (("City of Quillfield\tCommissioners:", "Zoning Appeals Board\tDale Orr"), "Zoning Appeals Board"),
    ],
)
def test_a_body_beside_a_column_of_members_is_named_without_them(letterhead: tuple[str, ...], body: str) -> None:
    document = _pdf(*letterhead, "Voting Record, March 4, 2031", "1. Harbour Tavern LLC")
    assert extract_meeting(document, kind="minutes").body == body


def test_two_bodies_a_column_apart_are_not_split() -> None:
    document = _pdf("Harrowgate Town Council\tParks Committee", "Voting Record, March 4, 2031", "1. Benches")
    body = extract_meeting(document, kind="minutes").body
    assert body is not None and "Council" in body and "Parks Committee" in body


@pytest.mark.parametrize(
    ("title", "body"),
    [
        ("THE CITY OF HARROWGATE’S\nMARCH COUNCIL MEETING\nWILL BE HELD\n", "City of Harrowgate Council"),
        ("Quillfield Township\nJanuary 2031 Board Meeting\n", "Quillfield Township Board"),
    ],
)
def test_the_months_meeting_names_no_month_in_its_body(make_document, title: str, body: str) -> None:
    text = f"{title}TUESDAY, MARCH 4, 2031\nAT 7:00 PM\nAT THE FIRE HALL\n"
    assert extract_meeting(make_document(text), kind="agenda").body == body


def test_a_town_named_like_a_month_keeps_its_name(make_document) -> None:
    text = "March Town Council Meeting\nTuesday 4 March 2031 at 7.30pm\nPresent: Cllr Dale Orr.\n1. Apologies\n"
    assert extract_meeting(make_document(text), kind="minutes").body == "March Town Council"


@pytest.mark.parametrize(
    ("banner", "body"),
    [
        ("JUNE LAKE TOWNSHIP BOARD", "June Lake Township Board"),
        ("MARCH COMMUNITY COUNCIL", "March Community Council"),
    ],
)
def test_a_month_word_in_a_place_name_is_kept_without_a_meeting_after_it(make_document, banner: str, body: str) -> None:
    # The month is dropped only where it qualifies a meeting ("MARCH COUNCIL MEETING"), never from a body's own name.
    text = f"{banner}\nMinutes of the meeting held on 4 March 2031\n\nPresent: Cllr Dale Orr, Cllr Mel Tansy\n\n1. Apologies\nNone.\n"
    assert extract_meeting(make_document(text), kind="minutes").body == body


@pytest.mark.parametrize(
    ("banner", "body"),
    [
        ("PAROCHIAL CHURCH COUNCIL OF ST ELWYN'S", "Parochial Church Council of ST Elwyn's"),
        ("Parochial Church Council of St Quillan’s", "Parochial Church Council of St Quillan’s"),
    ],
)
def test_a_body_named_with_a_possessive_keeps_it(make_document, banner: str, body: str) -> None:
    # Only a banner over the meeting's title ("THE CITY OF X'S" / "MARCH COUNCIL MEETING") loses its possessive.
    text = f"{banner}\nMinutes of the meeting held on 4 March 2031\n\nPresent: Dale Orr, Mel Tansy\n\n1. Apologies\nNone.\n"
    assert extract_meeting(make_document(text), kind="minutes").body == body
