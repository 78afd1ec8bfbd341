"""Text printed in columns stays in its columns: two-column attendance, a label beside its list."""

from __future__ import annotations

from pathlib import Path

import pytest

import hardpdfs  # tests/ is on sys.path (conftest.py)
from minutebook.extract.attendance import extract_attendees
from minutebook.ingest import ENGINES, parse_file
from minutebook.ingest.layout import Fragment, find_unruled_tables, group_fragments


def _rows(document) -> list[tuple[str, ...] | str]:
    return [line.cells if line.cells is not None else line.text for line in document.lines]


@pytest.mark.parametrize("engine", ENGINES)
def test_two_columns_of_names_stay_apart(tmp_path: Path, engine: str) -> None:
    rows = [("Cllr D Rainford (Chair)", "Cllr N Carswick"), ("Cllr P Okafor", "Cllr T Wainwright"),
            ("Cllr L Brennan", "")]
    document = parse_file(hardpdfs.write_two_column_pdf(tmp_path, rows), engine=engine)
    assert _rows(document)[2:5] == [("Cllr D Rainford (Chair)", "Cllr N Carswick"),
                                    ("Cllr P Okafor", "Cllr T Wainwright"), "Cllr L Brennan"]


@pytest.mark.parametrize("engine", ENGINES)
def test_two_column_attendance_gives_one_person_a_name(tmp_path: Path, engine: str, nlp) -> None:
    rows = [("Cllr D Rainford (Chair)", "Cllr N Carswick"), ("Cllr P Okafor", "Cllr T Wainwright"),
            ("Cllr L Brennan", "")]
    document = parse_file(hardpdfs.write_two_column_pdf(tmp_path, rows), engine=engine)
    names = [attendee.name for attendee in extract_attendees(document, nlp=nlp)]
    assert names == ["D Rainford", "N Carswick", "P Okafor", "T Wainwright", "L Brennan"]


@pytest.mark.parametrize("engine", ENGINES)
def test_label_column_keeps_a_row_per_printed_name(tmp_path: Path, engine: str) -> None:
    rows = [("Council:", "Cllr D Rainford (Chair)"), ("", "Cllr N Carswick"), ("", "Cllr P Okafor"),
            ("Staff:", "J Holloway (Clerk)"), ("", "M Adebayo (Planning Officer)")]
    document = parse_file(hardpdfs.write_two_column_pdf(tmp_path, rows, heading="Present", right=150), engine=engine)
    # each name its own row; a row with an empty label cell belongs to the label above it
    assert _rows(document)[2:7] == rows


def _line(top: float, *parts: tuple[float, str], size: float = 10.0) -> list[Fragment]:
    return [Fragment(text=text, x0=x0, x1=x0 + 5.0 * len(text), top=top, bottom=top + size,
                     sizes=((size, len(text)),), bold=False) for x0, text in parts]


def test_cell_text_wrapping_at_the_text_edge_stays_one_row() -> None:
    # the second column's text fills the line to the page's text edge, so its next line is a wrap
    fragments = (
        _line(100, (50, "Item"), (150, "The committee discussed the report on the play area fence"))
        + _line(112, (150, "and agreed the repair."))
        + _line(124, (50, "Item"), (150, "Reports were noted."))
    )
    rows = [line.cells for line in find_unruled_tables(group_fragments(fragments), 0)]
    assert rows == [("Item", "The committee discussed the report on the play area fence and agreed the repair."),
                    ("Item", "Reports were noted.")]


def test_short_entries_under_a_cell_are_rows_of_their_own() -> None:
    # each line in the second column could have held the next word, so none is a wrap
    fragments = (
        _line(100, (50, "Staff:"), (150, "J Holloway (Clerk)"))
        + _line(112, (150, "M Adebayo"))
        + _line(124, (50, "Public:"), (150, "Two residents"))
        + _line(136, (50, "Minutes of the Meeting held at the village hall on Tuesday evening"))
    )
    rows = [line.cells for line in find_unruled_tables(group_fragments(fragments), 0)]
    assert rows[:3] == [("Staff:", "J Holloway (Clerk)"), ("", "M Adebayo"), ("Public:", "Two residents")]


@pytest.mark.parametrize("engine", ENGINES)
def test_column_gap_on_a_line_of_its_own_is_a_tab(tmp_path: Path, engine: str, nlp) -> None:
    # one line, two names a column apart: not a table, but not one run-on name either
    rows = [("D Rainford (Chair)", "N Carswick")]
    document = parse_file(hardpdfs.write_two_column_pdf(tmp_path, rows), engine=engine)
    assert _rows(document)[2] == "D Rainford (Chair)\tN Carswick"
    attendees = extract_attendees(document, nlp=nlp)
    assert [(attendee.name, attendee.role) for attendee in attendees] == [
        ("D Rainford", "Chair"), ("N Carswick", None)]


def test_two_columns_of_untitled_names_give_people(tmp_path: Path, nlp) -> None:
    rows = [("D Rainford (Chair)", "N Carswick"), ("P Okafor", "T Wainwright"), ("L Brennan", "")]
    document = parse_file(hardpdfs.write_two_column_pdf(tmp_path, rows))
    assert [attendee.name for attendee in extract_attendees(document, nlp=nlp)] == [
        "D Rainford", "N Carswick", "P Okafor", "T Wainwright", "L Brennan"]
