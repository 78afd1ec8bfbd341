"""A title set in bold after its number or bullet in regular type ("5." regular, "Activity Report" bold) is a bold
line, as a reader sees it: word processors print an automatic list's number in the paragraph's own font, not the
title's. Every page here is invented; `hardpdfs.write_emphasis_pdf` prints it as word processors do."""

from __future__ import annotations

from pathlib import Path

import pytest

from minutebook.ingest import parse_file
from minutebook.ingest.layout import Fragment, group_fragments

from hardpdfs import write_emphasis_pdf

ENGINES = ["auto", "pdfplumber", "pdfium"]
_HEAD = [[("Alder Valley Board Minutes", "")], [("Held on June 4, 2031 at the Community Room.", "")]]
_BODY = "The board heard the report and thanked the staff for their work on it."


def _lines(tmp_path: Path, lines: list[list[tuple[str, str]]], engine: str):
    return parse_file(write_emphasis_pdf(tmp_path, _HEAD + lines), engine=engine).lines


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize("marker", ["5.", "12.3.1", "b)", "•"])
def test_a_bold_title_after_a_regular_marker_is_a_bold_heading(tmp_path: Path, engine: str, marker: str) -> None:
    lines = _lines(tmp_path, [[(marker, ""), ("ACTIVITY REPORT", "b")], [(_BODY, "")]], engine)
    title = next(line for line in lines if line.text.endswith("ACTIVITY REPORT"))
    assert title.text == f"{marker} ACTIVITY REPORT"
    assert title.bold and title.heading is not None
    assert not next(line for line in lines if line.text == _BODY).is_heading


@pytest.mark.parametrize("engine", ENGINES)
def test_a_regular_word_or_a_regular_tail_keeps_the_line_regular(tmp_path: Path, engine: str) -> None:
    # Near misses: the line's first word is no list marker, or regular type follows the bold title.
    lines = _lines(tmp_path, [
        [("Item", ""), ("ACTIVITY REPORT", "b")],
        [("6.", ""), ("Finance", "b"), ("the clerk presented the accounts.", "")],
    ], engine)
    first = next(line for line in lines if line.text.startswith("Item"))
    assert not first.bold and not first.is_heading
    second = next(line for line in lines if line.text.startswith("6."))
    assert not second.bold and not second.is_heading


def _fragment(text: str, x0: float, bold: bool) -> Fragment:
    return Fragment(text, x0, x0 + 6.0 * len(text), 100.0, 111.0, ((11.0, len(text)),), bold)


def test_the_marker_is_left_out_of_the_lines_weight_only_when_something_follows_it() -> None:
    assert group_fragments([_fragment("7.", 56, False), _fragment("Planning", 74, True)])[0].bold
    assert not group_fragments([_fragment("7.", 56, False)])[0].bold
    assert not group_fragments([_fragment("7.", 56, False), _fragment("Planning", 74, False)])[0].bold
    assert not group_fragments([_fragment("Seven", 56, False), _fragment("Planning", 100, True)])[0].bold
