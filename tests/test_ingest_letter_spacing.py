"""Words set in scaled, letter-spaced or glyph-by-glyph type read as words in both engines.

The PDFs are written here (`hardpdfs.write_placed_text_pdf`) with invented text.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import hardpdfs  # tests/ is on sys.path (conftest.py)
from minutebook.ingest import ENGINES, parse_file
from minutebook.ingest.layout import WORD_GAP_EMS, glyph_gaps, insert_word_spaces, word_gap

SHORT_LINES = [
    "Welcome and Apologies",
    "Councillors resolved to approve a grant.",
    "Present: Cllr J. Ormsby (Chair), Cllr Ida Venn",
    "Item (a) I declared an interest",
    "Correspondence from the neighbourhood watch",
]
"""Lines short enough for a ruled box at every size and spacing tried, with "a", "I", an initial and a marker."""


def _read(path: Path, engine: str) -> list[str]:
    return [line.text for line in parse_file(path, engine=engine).lines]


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize("size", [9, 12])
@pytest.mark.parametrize("ruled", [False, True])
def test_type_scaled_by_the_text_matrix_keeps_its_words(tmp_path: Path, engine: str, size: int, ruled: bool) -> None:
    # the font set at size 1 and the text matrix scaling it, as Quartz writes, with gaps of a fiftieth of an em
    # between letters: against a size of 1 point they would part every letter
    path = hardpdfs.write_placed_text_pdf(tmp_path, hardpdfs.PLACED_LINES, size=size, style="scaled",
                                          tracking=0.02, ruled=ruled)
    assert _read(path, engine) == hardpdfs.PLACED_LINES


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize("size", [8, 11])
@pytest.mark.parametrize("tracking", [0.0, 0.12, 0.25])
def test_text_placed_glyph_by_glyph_reads_as_words(tmp_path: Path, engine: str, size: int, tracking: float) -> None:
    # every character at its own place, no space characters; with tracking, an even gap between all letters
    path = hardpdfs.write_placed_text_pdf(tmp_path, SHORT_LINES, size=size, style="glyphs", tracking=tracking)
    assert _read(path, engine) == SHORT_LINES


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize("size", [8, 11])
@pytest.mark.parametrize("tracking", [0.2, 0.3])
def test_letter_spaced_type_with_typed_spaces_reads_as_words(
    tmp_path: Path, engine: str, size: int, tracking: float
) -> None:
    path = hardpdfs.write_placed_text_pdf(tmp_path, SHORT_LINES, size=size, style="tracked", tracking=tracking)
    assert _read(path, engine) == SHORT_LINES


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize("style,tracking", [("glyphs", 0.25), ("tracked", 0.3)])
def test_letter_spaced_cells_of_a_ruled_table_read_as_words(
    tmp_path: Path, engine: str, style: str, tracking: float
) -> None:
    path = hardpdfs.write_placed_text_pdf(tmp_path, SHORT_LINES, size=9, style=style, tracking=tracking, ruled=True)
    assert _read(path, engine) == SHORT_LINES


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize("style", ["glyphs", "tracked"])
def test_letters_typed_with_a_space_between_stay_apart(tmp_path: Path, engine: str, style: str) -> None:
    # votes and initials printed a letter at a time with a space's gap are words, not letter-spaced type
    lines = ["Votes: Y N Y N Y A", "Initials J W S R T agreed", "Item 4 (b) was deferred"]
    path = hardpdfs.write_placed_text_pdf(tmp_path, lines, size=10, style=style)
    assert _read(path, engine) == lines


def test_word_gap_is_a_space_over_the_runs_own_letter_spacing() -> None:
    size = 10.0
    # "Agenda" set tight: no letter spacing, a word gap is a space's width
    tight = word_gap([0, 7, 13, 19, 25, 30], [7, 13, 19, 25, 30, 36], size)
    assert tight == pytest.approx(WORD_GAP_EMS * size)
    # the same letters 3 points apart: the word gap is 3 points wider
    lefts = [0, 10, 19, 28, 37, 45]
    rights = [7, 16, 25, 34, 42, 51]
    assert word_gap(lefts, rights, size) == pytest.approx(3 + WORD_GAP_EMS * size)
    assert insert_word_spaces("Agenda", lefts, rights, size) == "Agenda"
    # three letters a space apart are too few to be letter-spaced type
    assert insert_word_spaces("JWS", [0, 10, 21], [7, 18, 28], size) == "J W S"


def test_uneven_gaps_are_no_letter_spacing() -> None:
    # a spaceless line of words whose gaps are mostly word gaps of varied widths, a few letters touching
    size = 10.0
    lefts = [0, 5.5, 14, 17, 27, 33, 36.2, 47]
    rights = [5, 11, 16.5, 23, 32, 35.9, 42, 52]
    gaps = [left - right for left, right in zip(lefts[1:], rights)]
    assert word_gap(lefts, rights, size) == pytest.approx(WORD_GAP_EMS * size)
    assert insert_word_spaces("abcdefgh", lefts, rights, size).count(" ") == sum(
        gap > WORD_GAP_EMS * size for gap in gaps
    )


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize("style,tracking", [("glyphs", 0.25), ("tracked", 0.3)])
def test_letter_spaced_columns_stay_apart(tmp_path: Path, engine: str, style: str, tracking: float) -> None:
    # a label and its names in two columns, both letter-spaced: the words close up, the columns do not
    # (pdfium breaks such a line after each glyph object when a second column shares it)
    lines = ["Present:\tCllr Ida Venn (Chair)", "Apologies:\tCllr J. Ormsby", "Clerk:\tMrs Una Bexley"]
    path = hardpdfs.write_placed_text_pdf(tmp_path, lines, size=9, style=style, tracking=tracking)
    document = parse_file(path, engine=engine)
    assert [tuple(line.cells or (line.text,)) for line in document.lines] == [
        tuple(line.split("\t")) for line in lines
    ]


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize("size", [9, 12])
@pytest.mark.parametrize("factor", [0.8, 1.3, 2.0])
def test_a_font_with_wrong_widths_reads_as_words(tmp_path: Path, engine: str, size: int, factor: float) -> None:
    # glyphs placed by their true widths, the font's width table too narrow (letters seem apart) or too wide
    # (word gaps vanish under the boxes)
    path = hardpdfs.write_placed_text_pdf(tmp_path, SHORT_LINES, size=size, style="glyphs", width_factor=factor)
    assert _read(path, engine) == SHORT_LINES


def test_widths_are_corrected_only_for_a_run_whose_steps_are_one_multiple_of_them() -> None:
    size = 10.0
    widths = [7.2, 5.6, 2.2, 5.0, 5.6, 8.3, 5.6]  # "Welcome" at 10 points
    lefts = [sum(widths[:number]) for number in range(len(widths))]
    # the width table a third too wide: every box overlaps the next by a third of its width
    gaps, corrected = glyph_gaps(lefts, [left + width * 1.3 for left, width in zip(lefts, widths)], size)
    assert corrected and max(abs(gap) for gap in gaps) < 0.01
    # true widths, letter-spaced 2 points: the gaps are even and stand
    spaced = [left + 2 * number for number, left in enumerate(lefts)]
    gaps, corrected = glyph_gaps(spaced, [left + width for left, width in zip(spaced, widths)], size)
    assert not corrected and gaps == pytest.approx([2.0] * 6)
    # true widths, set tight
    assert glyph_gaps(lefts, [left + width for left, width in zip(lefts, widths)], size)[1] is False
