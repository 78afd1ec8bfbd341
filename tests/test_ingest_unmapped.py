"""Text in fonts without a Unicode map: found per run, read again by OCR of its boxes, never kept as glyph codes."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import ImageOps

import hardpdfs  # tests/ is on sys.path (conftest.py)
from minutebook.extract.items import extract_items
from minutebook.ingest import ENGINES, ocr, parse_file
from minutebook.ingest import pdf as pdf_reader
from minutebook.ingest.layout import Fragment, group_fragments

NO_ENGINE = "the tesseract program is not installed (e.g. apt-get install tesseract-ocr)"
needs_tesseract = pytest.mark.skipif(ocr.find_ocr_engine() is not None, reason="no OCR engine installed here")

MIXED = [
    [("Minutes of the Harbour Committee of Quillsby Town Council", False)],
    [("Present: Councillor Edwin Farrow (Chair), Councillor Rosa Penhale", False)],
    [("7. Mooring Charges", True)],
    [("The committee noted that the charges for the", False)],
    [("outer moorings ", False), ("would rise in April", True), (" and asked", False)],
    [("the harbour master to write to every berth holder.", False)],
    [("8. Slipway Repairs", True)],
    [("The contractor reported that the slipway would reopen in June.", False)],
]
"""Invented minutes: two numbered headings and part of a line in the font without a map.
A run mostly in that font is read again whole, so a heading's number goes with it."""
PRINTED = ["".join(text for text, _ in pieces).strip() for pieces in MIXED]


def _text_of(pieces: list[tuple[str, bool]], *, unmapped: bool) -> str:
    return " ".join(text.strip() for text, lost in pieces if lost == unmapped and text.strip())


@pytest.fixture
def strip_reader(monkeypatch: pytest.MonkeyPatch) -> list[tuple[int, int]]:
    """Pretend tesseract is installed: each strip of ink on the image it is given reads as the next
    unmapped piece of `MIXED`. Records the size of each image."""
    texts = [text.strip() for pieces in MIXED for text, lost in pieces if lost]
    seen: list[tuple[int, int]] = []

    def recognise(image, timeout: float = 0) -> list[ocr.RecognisedWord]:
        seen.append(image.size)
        gray = image.convert("L")
        inked = [y for y in range(gray.height) if gray.crop((0, y, gray.width, y + 1)).getextrema()[0] < 128]
        bands: list[list[int]] = []
        for y in inked:
            if bands and y == bands[-1][1] + 1:
                bands[-1][1] = y
            else:
                bands.append([y, y])
        words = []
        for index, (top, bottom) in enumerate(bands):
            box = ImageOps.invert(gray.crop((0, top, gray.width, bottom + 1))).getbbox()
            assert box is not None
            words.append(ocr.RecognisedWord(texts[index], box[0], top, box[2], bottom + 1, line=(1, 1, index)))
        return words

    monkeypatch.setattr(ocr, "find_ocr_engine", lambda: None)
    monkeypatch.setattr(ocr, "_recognise_with_tesseract", recognise)
    return seen


@pytest.mark.parametrize("engine", ENGINES)
def test_only_the_unmapped_runs_are_read_and_put_back_in_their_lines(tmp_path: Path, engine: str,
                                                                      strip_reader) -> None:
    document = parse_file(hardpdfs.write_mixed_font_pdf(tmp_path, MIXED), engine=engine)
    assert [line.text for line in document.lines] == PRINTED
    # one image for the page, holding three strips of one line each, not the page
    assert len(strip_reader) == 1
    width, height = strip_reader[0]
    assert height < 0.2 * hardpdfs.PAGE_HEIGHT * ocr.RENDER_SCALE and width < 0.6 * hardpdfs.PAGE_WIDTH * ocr.RENDER_SCALE
    assert document.warnings == ["page 1: text in fonts without a Unicode map recovered by OCR (3 run(s)): "
                                 "check names and numbers against the PDF"]


def test_recovered_headings_become_items(tmp_path: Path, strip_reader) -> None:
    document = parse_file(hardpdfs.write_mixed_font_pdf(tmp_path, MIXED))
    assert [(item.number, item.title) for item in extract_items(document)] == [
        ("7", "Mooring Charges"), ("8", "Slipway Repairs")]


@pytest.mark.parametrize("engine", ENGINES)
def test_without_an_engine_the_glyph_codes_are_left_out_and_the_warning_says_what_to_install(
    tmp_path: Path, engine: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(ocr, "find_ocr_engine", lambda: NO_ENGINE)
    document = parse_file(hardpdfs.write_mixed_font_pdf(tmp_path, MIXED), engine=engine)
    # every line keeps its readable words and nothing else
    kept = [_text_of(pieces, unmapped=False) for pieces in MIXED]
    assert [line.text.split() for line in document.lines] == [text.split() for text in kept if text]
    assert "(cid:" not in document.text and not any(char < " " and char not in "\t\n" for char in document.text)
    assert document.warnings == [
        f"page 1: text in fonts without a Unicode map is missing; OCR would recover it, but {NO_ENGINE}"]
    assert extract_items(document) == []


def test_ordinary_pages_are_never_given_to_ocr(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args, **kwargs):
        raise AssertionError("OCR was run on a page whose fonts all have a Unicode map")

    monkeypatch.setattr(ocr, "find_ocr_engine", lambda: None)
    monkeypatch.setattr(ocr, "read_boxes_by_ocr", refuse)
    monkeypatch.setattr(ocr, "read_pages_by_ocr", refuse)
    readable = [[(text, False) for text, _ in pieces] for pieces in MIXED]
    for engine in ENGINES:
        document = parse_file(hardpdfs.write_mixed_font_pdf(tmp_path, readable), engine=engine)
        assert [line.text for line in document.lines] == PRINTED and document.warnings == []


@needs_tesseract
@pytest.mark.parametrize("engine", ENGINES)
def test_tesseract_recovers_headings_and_part_of_a_line(tmp_path: Path, engine: str) -> None:
    document = parse_file(hardpdfs.write_mixed_font_pdf(tmp_path, MIXED), engine=engine)
    assert [line.text for line in document.lines] == PRINTED
    assert "recovered by OCR (3 run(s))" in document.warnings[0]


@needs_tesseract
def test_tesseract_reads_small_type_in_a_font_without_a_map(tmp_path: Path) -> None:
    lines = [[("Apologies: ", False), ("Councillor Wenna Trelawny", True)],
             [("Next meeting: ", False), ("Tuesday 14 October 2031", True)]]
    document = parse_file(hardpdfs.write_mixed_font_pdf(tmp_path, lines, size=9))
    assert [line.text for line in document.lines] == [
        "Apologies: Councillor Wenna Trelawny", "Next meeting: Tuesday 14 October 2031"]


# --- the pieces ---------------------------------------------------------------------------


def _run(text: str, x0: float, x1: float, top: float = 100.0, size: float = 12.0) -> Fragment:
    return Fragment(text=text, x0=x0, x1=x1, top=top, bottom=top + size, sizes=((size, len(text)),), bold=False)


def test_unmapped_runs_side_by_side_are_read_as_one() -> None:
    joined = pdf_reader._join_neighbours([_run("\x03\x04", 150, 180), _run("\x05\x06", 100, 146)])
    assert [(run.x0, run.x1, run.top) for run in joined] == [(100, 180, 100.0)]
    assert joined[0].sizes == ((12.0, 4),)


def test_unmapped_runs_a_column_apart_or_on_other_lines_stay_apart() -> None:
    runs = [_run("\x03\x04", 100, 140), _run("\x05\x06", 300, 340), _run("\x07\x08", 100, 140, top=130)]
    assert len(pdf_reader._join_neighbours(runs)) == 3


def test_a_recovered_run_joins_the_line_it_was_printed_on() -> None:
    lines = group_fragments([_run("The clerk said the", 50, 160), _run("and left.", 260, 310),
                             _run("Next line", 50, 110, top=130)])
    placed = pdf_reader._place_recovered(lines, [_run("bridge was shut", 163, 257)])
    assert [line.text for line in placed] == ["The clerk said the bridge was shut and left.", "Next line"]


def test_a_recovered_heading_between_lines_is_a_line_of_its_own() -> None:
    lines = group_fragments([_run("Above", 50, 90, top=80), _run("Below", 50, 90, top=140)])
    placed = pdf_reader._place_recovered(lines, [_run("5. Allotments", 50, 140, top=110, size=14)])
    assert [line.text for line in placed] == ["Above", "5. Allotments", "Below"]


def test_plumber_words_of_glyph_codes_are_set_apart_but_a_bullet_is_not() -> None:
    words = [_run("(cid:41)(cid:72)(cid:81)(cid:70)(cid:72)", 50, 90), _run("(cid:127)", 40, 45),
             _run("repairs", 95, 130), _run("\x03\x11\x07", 140, 160)]
    readable, unmapped = pdf_reader._split_unmapped_words(words)
    assert [word.text for word in readable] == ["(cid:127)", "repairs"]
    assert unmapped is not None and len(unmapped.runs) == 2


def test_a_lone_glyph_without_a_map_is_a_bullet_not_text_to_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args, **kwargs):
        raise AssertionError("a lone glyph was given to OCR")

    monkeypatch.setattr(ocr, "find_ocr_engine", lambda: None)
    monkeypatch.setattr(ocr, "read_boxes_by_ocr", refuse)
    lines = [[("o", True), (" The clerk read the correspondence from the county archive.", False)],
             [("x", True), (" The footpath officer reported on the stile by the mill.", False)]]
    document = parse_file(hardpdfs.write_mixed_font_pdf(tmp_path, lines))
    assert [line.text.split()[1:] for line in document.lines] == [
        text.split() for pieces in lines for text, lost in pieces if not lost]
    assert document.warnings == []


def test_runs_where_ocr_finds_nothing_are_left_out_and_said_so(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ocr, "find_ocr_engine", lambda: None)
    monkeypatch.setattr(ocr, "_recognise_with_tesseract", lambda image, timeout=0: [])
    document = parse_file(hardpdfs.write_mixed_font_pdf(tmp_path, MIXED))
    assert [line.text.split() for line in document.lines] == [
        _text_of(pieces, unmapped=False).split() for pieces in MIXED if _text_of(pieces, unmapped=False)]
    assert document.warnings == [
        "page 1: text in fonts without a Unicode map is missing; OCR found nothing printed in its place"]


def test_a_long_document_wholly_without_a_map_waits_for_ocr_to_be_asked(tmp_path: Path,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    from minutebook.errors import UnreadableDocument

    monkeypatch.setattr(pdf_reader, "AUTO_OCR_MAX_PAGES", 0)
    monkeypatch.setattr(ocr, "find_ocr_engine", lambda: None)
    monkeypatch.setattr(ocr, "_recognise_with_tesseract", lambda image, timeout=0: [
        ocr.RecognisedWord("Minutes", 200, 200, 400, 240, line=(1, 1, 1))])
    path = hardpdfs.write_unmapped_font_pdf(tmp_path)
    with pytest.raises(UnreadableDocument) as caught:
        parse_file(path)
    assert caught.value.reason == ("text layer unreadable: fonts without a Unicode map; "
                                   "use --ocr (1 page(s) to read, more than the 0 read by OCR without it)")
    assert parse_file(path, ocr="always").text == "Minutes"
