"""Emphasis a PDF line carries only in part (a bold or underlined title opening it), and underlined type.

Every page here is invented; `hardpdfs.write_emphasis_pdf` prints it as word processors do.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from minutebook.extract.items import extract_items, split_sections
from minutebook.extract.resolutions import extract_resolutions
from minutebook.ingest import parse_file
from minutebook.ingest.document import ParsedDocument

from hardpdfs import write_emphasis_pdf

ENGINES = ["auto", "pdfplumber", "pdfium"]
_TITLES = ["Call to Order", "Treasurer's Report", "Public Comment", "Road Maintenance", "Correspondence"]
_HEAD = [[("Cedar Township Board Meeting Minutes", "")], [("Held on March 9, 2031 at the Township Hall.", "")]]
_SENTENCE = "The board heard this matter and discussed the costs."
_MORE = "Further discussion followed on the timing of the work."


def _read(tmp_path: Path, lines: list[list[tuple[str, str]]], engine: str, **kwargs) -> ParsedDocument:
    return parse_file(write_emphasis_pdf(tmp_path, _HEAD + lines, **kwargs), engine=engine)


def _texts(document: ParsedDocument) -> list[str]:
    return [line.text for line in document.lines]


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize("style", ["b", "u", "l", "bu"])
@pytest.mark.parametrize("size", [9.5, 12])
def test_emphasised_titles_opening_lines_are_run_in_titles(tmp_path: Path, engine: str, style: str, size: float) -> None:
    lines = []
    for title in _TITLES:
        lines += [[(title, style), (_SENTENCE, "")], [(_MORE, "")]]
    document = _read(tmp_path, lines, engine, size=size)
    assert f"Call to Order: {_SENTENCE}" in _texts(document)
    assert [item.title for item in extract_items(document)] == _TITLES


@pytest.mark.parametrize("engine", ENGINES)
def test_numbered_bold_titles_get_their_colon_and_punctuated_ones_keep_theirs(tmp_path: Path, engine: str) -> None:
    lines = []
    for number, title in enumerate(_TITLES[:3], start=1):
        lines += [[(f"{number}.", ""), (title, "b"), (_SENTENCE, "")], [(_MORE, "")]]
    lines.append([("Road Maintenance -", "b"), (_SENTENCE, "")])
    texts = _texts(_read(tmp_path, lines, engine))
    assert f"1. Call to Order: {_SENTENCE}" in texts
    assert f"Road Maintenance - {_SENTENCE}" in texts


@pytest.mark.parametrize("engine", ENGINES)
def test_lone_leads_and_bold_names_inside_sentences_stay_as_printed(tmp_path: Path, engine: str) -> None:
    lines = [
        [("Ann Vale", "b"), ("asked about the grader lease and the snow contract.", "")],
        [("The clerk read a letter from", ""), ("Bracken County", "b"), ("about brush chipping.", "")],
        [("Note", "b"), ("The hall will be closed in August for painting.", "")],
        [("Ivor Brandt", "u"), ("reported that the culvert on Mill Lane had been cleared.", "")],
    ]
    texts = _texts(_read(tmp_path, lines, engine))
    assert "Note The hall will be closed in August for painting." in texts
    assert "Ann Vale asked about the grader lease and the snow contract." in texts
    assert not any(":" in text for text in texts)


@pytest.mark.parametrize("engine", ENGINES)
def test_bold_decision_words_are_left_for_the_decision_readers(tmp_path: Path, engine: str, nlp) -> None:
    lines = []
    for title in _TITLES[:3]:
        lines += [[(title, "b"), (_SENTENCE, "")], [(_MORE, "")]]
    lines.append([("RESOLVED", "b"), ("That the clerk orders two new salt bins for the hall car park.", "")])
    document = _read(tmp_path, lines, engine)
    assert "RESOLVED That the clerk orders two new salt bins for the hall car park." in _texts(document)
    resolutions = extract_resolutions(split_sections(document, extract_items(document)), nlp=nlp)
    assert any("salt bins" in resolution.text for resolution in resolutions)


@pytest.mark.parametrize("engine", ENGINES)
def test_table_rows_signature_strokes_and_links_are_no_emphasis(tmp_path: Path, engine: str) -> None:
    lines = []
    for title in _TITLES[:3]:
        lines += [[(title, "b"), (_SENTENCE, "")], [(_MORE, "")]]
    lines += [
        [("Details are on the website", ""), ("www.cedar-township.example.org", "u"), ("for all residents.", "")],
        [("www.cedar-township.example.org", "u")],
        [("Staff Report on the Grader Lease", "k")],
        [("Staff Report on the Snow Contract", "k"), ("was read by the clerk.", "")],
        [("Signed", ""), ("____", ""), ("Chair", "")],
    ]
    table = [[("Finance", "b"), ("Accounts were approved for payment.", "")],
             [("Planning", "b"), ("Two applications were considered.", "")]]
    document = _read(tmp_path, lines, engine, table=table)
    texts = _texts(document)
    assert "Details are on the website www.cedar-township.example.org for all residents." in texts
    assert not any(line.heading or line.bold for line in document.lines
                   if "example.org" in line.text or "Signed" in line.text or "Staff Report" in line.text)
    assert "Staff Report on the Snow Contract was read by the clerk." in texts
    cells = [line.cells for line in document.lines if line.cells]
    assert ("Finance", "Accounts were approved for payment.") in cells


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize("style", ["u", "l"])
def test_a_whole_underlined_short_line_is_a_heading_as_a_bold_one_is(tmp_path: Path, engine: str, style: str) -> None:
    lines = [
        [("Highways and Footpaths", style)],
        [("The clerk reported that the footpath by the school had been resurfaced last month.", "")],
        [("Allotments", "b")],
        [("Two plots are vacant and will be advertised in the spring newsletter.", "")],
    ]
    document = _read(tmp_path, lines, engine)
    headings = {line.text: line.heading for line in document.lines}
    assert headings["Highways and Footpaths"] == headings["Allotments"] is not None
    assert headings["The clerk reported that the footpath by the school had been resurfaced last month."] is None


@pytest.mark.parametrize("engine", ENGINES)
def test_an_underlined_passage_is_no_heading_but_the_title_over_it_is(tmp_path: Path, engine: str) -> None:
    lines = [
        [("Planning Applications", "u")],
        [],
        [("The amended wording reads that the committee will consider", "u")],
        [("every application for the site at its next public meeting.", "u")],
        [("Further discussion followed on the timing of the work.", "")],
    ]
    document = _read(tmp_path, lines, engine)
    headings = {line.text: line.heading for line in document.lines}
    assert headings["Planning Applications"] is not None
    assert headings["The amended wording reads that the committee will consider"] is None
    assert headings["every application for the site at its next public meeting."] is None
