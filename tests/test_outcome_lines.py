"""Registers of decisions: a board's "action agenda" or "results", each numbered entry closed by its outcome in
capitals ("GRANTED", "DENIED", "CONTINUED TO MAY 8, 2031"). The document is a record of decisions taken (kind
"minutes"), and each outcome is the decision on its entry."""

from __future__ import annotations

import pytest

from minutebook.extract.items import extract_items, split_sections
from minutebook.extract.kind import classify_document
from minutebook.extract.outcome_lines import outcome_line
from minutebook.extract.resolutions import extract_resolutions
from minutebook.ingest.text import parse_text

REGISTER = (
    "TOWN OF ELM HOLLOW\nBOARD OF ZONING APPEALS\nACTION AGENDA\nThursday, March 6, 2031 at 6:00 PM\n\n"
    "1. ZBA-31-002: 14 Quarry Road. Variance of 4 feet from the side yard setback for a garage.\nGRANTED\n\n"
    "2. ZBA-31-003: 220 Mill Street. Special exception for a home bakery.\nGRANTED WITH CONDITIONS\n\n"
    "3. ZBA-31-004: 9 Aster Lane. Variance for a fence of 8 feet.\nDENIED\n\n"
    "4. ZBA-31-005: 3 Birch Court. Appeal of the zoning officer's determination.\nCONTINUED TO APRIL 3, 2031\n"
)
# The same register with each outcome set apart by a blank line and labelled, as a PDF's text often comes.
REGISTER_SPACED = (
    "CITY OF BRACKEN\nLIQUOR LICENSE BOARD\nVOTING AGENDA\nMay 12, 2031\n\n"
    "1. Transfer of a retail license, Corner Deli, 40 Main Street\n\nACTION: APPROVED 3-0\n\n"
    "2. New tavern license, The Lantern, 8 Wharf Road\n\nACTION: DEFERRED\n\n"
    "3. Extension of hours, Nightjar Lounge, 77 Canal Street\n\nWITHDRAWN\n"
)


def _read(text, nlp):
    document = parse_text(text.encode(), path="inline.txt", name="inline.txt", sha256="0" * 64)
    sections = split_sections(document, extract_items(document))
    return document, extract_resolutions(sections, nlp=nlp, lines=document.lines)


@pytest.mark.parametrize("line, outcome", [
    ("GRANTED", "GRANTED"), ("GRANTED WITH CONDITIONS", "GRANTED WITH CONDITIONS"), ("DENIED.", "DENIED"),
    ("CONTINUED TO JUNE 4, 2031", "CONTINUED TO JUNE 4, 2031"), ("ACTION: APPROVED 5-0", "APPROVED 5-0"),
    ("HELD", "HELD"), ("**WITHDRAWN**", "WITHDRAWN"),
])
def test_an_outcome_line(line, outcome):
    found = outcome_line(line)
    assert found is not None and found.group("outcome") == outcome


@pytest.mark.parametrize("line", ["CONTINUED", "APPROVED MINUTES", "Granted", "GRANTED with conditions",
                                  "DENIED ACCESS TO THE SITE was discussed"])
def test_not_an_outcome_line(line):
    # Near misses: a page's "CONTINUED", a heading in capitals, an outcome in running text or in lower case.
    assert outcome_line(line) is None


def test_a_register_of_outcomes_in_capitals(nlp):
    document, resolutions = _read(REGISTER, nlp)
    assert classify_document(document) == "minutes"
    assert [(r.item, r.text) for r in resolutions] == [
        ("1", "14 Quarry Road. Variance of 4 feet from the side yard setback for a garage. GRANTED"),
        ("2", "220 Mill Street. Special exception for a home bakery. GRANTED WITH CONDITIONS"),
        ("3", "9 Aster Lane. Variance for a fence of 8 feet. DENIED"),
        ("4", "3 Birch Court. Appeal of the zoning officer's determination. CONTINUED TO APRIL 3, 2031"),
    ]


def test_a_register_with_labelled_outcomes_set_apart(nlp):
    document, resolutions = _read(REGISTER_SPACED, nlp)
    assert classify_document(document) == "minutes"
    assert [r.text.split(",")[-1].strip() for r in resolutions] == [
        "40 Main Street APPROVED 3-0", "8 Wharf Road DEFERRED", "77 Canal Street WITHDRAWN",
    ]


def test_an_agenda_without_outcomes_stays_an_agenda(nlp):
    # Near miss: the same board's agenda before the meeting, its entries open.
    agenda = "\n".join(line for line in REGISTER.splitlines() if not outcome_line(line))
    document, resolutions = _read(agenda, nlp)
    assert classify_document(document) == "agenda"
    assert resolutions == []
