"""Words a producer wrote without space characters are parted again by the gaps between glyphs."""

from __future__ import annotations

from pathlib import Path

import pytest

import hardpdfs  # tests/ is on sys.path (conftest.py)
from conftest import SHARED
from minutebook.ingest import ENGINES, parse_file
from minutebook.ingest.layout import insert_word_spaces


def test_gap_of_a_space_parts_words_and_kerning_does_not() -> None:
    # "CITYOF" at 12 points: a quarter-em gap after "CITY", glyphs touching or overlapping inside words
    lefts = [0.0, 8.0, 12.0, 19.0, 29.0, 37.5]
    rights = [8.0, 12.0, 19.3, 26.0, 37.6, 44.0]
    assert insert_word_spaces("CITYOF", lefts, rights, 12.0) == "CITY OF"
    same = "CITYOF"
    assert insert_word_spaces(same, lefts, rights, 40.0) is same  # at 40 points three is no word gap


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize("size", [8, 12])
def test_spaceless_producer_gives_words_in_every_engine(tmp_path: Path, engine: str, size: int) -> None:
    lines = ["CITY OF ASHGROVE", "REGULAR CITY COUNCIL MEETING", "Monday, December 12, 2032 at 5:30 PM",
             "1. CALL TO ORDER AND PLEDGE OF ALLEGIANCE"]
    path = hardpdfs.write_spaceless_pdf(tmp_path, lines, size=size, font="Helvetica-Bold")
    assert [line.text for line in parse_file(path, engine=engine).lines] == lines


@pytest.mark.parametrize("engine", ENGINES)
def test_spaceless_minutes_read_as_written(tmp_path: Path, engine: str) -> None:
    document = parse_file(hardpdfs.write_spaceless_pdf(tmp_path), engine=engine)
    assert [line.text for line in document.lines] == hardpdfs.MINUTES_LINES


@pytest.mark.parametrize("engine", ENGINES)
def test_real_spaceless_agenda_has_its_words(engine: str) -> None:
    found = sorted((SHARED / "hard").glob("us_ca_hidden*.pdf")) if (SHARED / "hard").is_dir() else []
    if not found:
        pytest.skip("../shared/hard holds no spaceless agenda here")
    lines = [line.text for line in parse_file(found[0], engine=engine).lines]
    text = "\n".join(lines)
    for words in ("CITY OF HIDDEN HILLS", "REGULAR CITY COUNCIL MEETING", "Monday, December 12, 2022",
                  "5:30 PM", "CALL TO ORDER AND PLEDGE OF ALLEGIANCE", "ROLL CALL"):
        assert words in text, words
    # no run-together capitals left: every all-capital word is one a dictionary would know
    assert not [word for word in text.split() if word.isalpha() and word.isupper() and len(word) > 14]


@pytest.mark.parametrize("engine", ENGINES)
def test_spaceless_cells_of_a_ruled_table_have_their_words(tmp_path: Path, engine: str) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.pdfgen import canvas

    size, font = 8, "Helvetica"  # a space is 2.2 points: under pdfplumber's fixed 3-point tolerance
    rows = [("Ref", "Action", "Owner"), ("A1", "Repair the play area fence", "Cllr Owen Tarrant"),
            ("A2", "Order two new benches", "The Clerk")]
    columns, tops = (60, 110, 330, 480), (700, 684, 668, 652)
    path = tmp_path / "spaceless-table.pdf"
    pdf = canvas.Canvas(str(path), pagesize=A4)
    for x in columns:
        pdf.line(x, tops[0], x, tops[-1])
    for y in tops:
        pdf.line(columns[0], y, columns[-1], y)
    pdf.setFont(font, size)
    for top, cells in zip(tops, rows):
        for x, text in zip(columns, cells):
            left = x + 3
            for word in text.split():  # each word placed on its own, no space characters
                pdf.drawString(left, top - 11, word)
                left += stringWidth(word + " ", font, size)
    pdf.save()
    assert [line.cells for line in parse_file(path, engine=engine).lines] == rows
