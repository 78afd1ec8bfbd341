"""Text layers that extract but are not language: fonts without a Unicode map, text drawn as outlines."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

import hardpdfs  # tests/ is on sys.path (conftest.py)
from minutebook.cli import cli
from minutebook.errors import UnreadableDocument
from minutebook.ingest import ENGINES, ocr, parse_file
from minutebook.ingest.ocr import OcrMode
from minutebook.ingest.quality import UNMAPPED_FONTS, judge_page_text

PROSE = " ".join(hardpdfs.MINUTES_LINES)
needs_tesseract = pytest.mark.skipif(ocr.find_ocr_engine() is not None, reason="no OCR engine installed here")
NO_ENGINE = "the tesseract program is not installed (e.g. apt-get install tesseract-ocr)"
UNMAPPED_TEXT = "text layer unreadable: fonts without a Unicode map"


@pytest.fixture
def no_engine(monkeypatch: pytest.MonkeyPatch) -> None:
    """As on a machine without tesseract: text in fonts without a Unicode map is not recovered."""
    monkeypatch.setattr(ocr, "find_ocr_engine", lambda: NO_ENGINE)


def _shift(text: str, by: int) -> str:
    """Letters moved along the alphabet, as a font whose codes were renumbered gives them."""
    def move(char: str) -> str:
        if char.islower():
            return chr((ord(char) - 97 + by) % 26 + 97)
        if char.isupper():
            return chr((ord(char) - 65 + by) % 26 + 65)
        return char
    return "".join(move(char) for char in text)


def test_prose_and_tables_of_names_are_language() -> None:
    assert judge_page_text([PROSE]) is None
    table = "\n".join(f"{year} Reseal {km} km Millbrook Road ${km * 50_000:,} Grant/Reserves/Taxation"
                      for year, km in zip(range(2026, 2040), range(1, 15)))
    assert judge_page_text([table]) is None


def test_a_short_page_is_not_judged() -> None:
    assert judge_page_text(["(cid:12)(cid:14)"]) is None


@pytest.mark.parametrize("text", [
    "(cid:48)(cid:76)(cid:81)(cid:88)(cid:87)(cid:72)(cid:86)(cid:3)" * 20,  # pdfminer's unmapped codes
    "\x166',8 /398+7\x014,\x018.+\x012++8/3-\x01.+1*\x0143 " * 10,  # codes read as controls and digits
    _shift(PROSE, 23),  # letters that make no words
])
def test_glyph_codes_are_not_language(text: str) -> None:
    assert judge_page_text([text]) == UNMAPPED_FONTS


@pytest.mark.parametrize("engine", ENGINES)
def test_font_without_unicode_map_is_reported_as_such(tmp_path: Path, engine: str, no_engine: None) -> None:
    path = hardpdfs.write_unmapped_font_pdf(tmp_path)
    with pytest.raises(UnreadableDocument) as caught:
        parse_file(path, engine=engine)
    assert caught.value.kind == "unreadable_text"
    assert caught.value.reason == f"text layer unreadable: fonts without a Unicode map; OCR would read it, but {NO_ENGINE}"


@pytest.mark.parametrize("engine", ENGINES)
def test_text_drawn_as_outlines_is_reported_as_such(tmp_path: Path, engine: str, no_engine: None) -> None:
    path = hardpdfs.write_outlined_pdf(tmp_path)
    with pytest.raises(UnreadableDocument) as caught:
        parse_file(path, engine=engine)
    assert caught.value.kind == "outlined_text"
    assert caught.value.reason == f"text drawn as vector outlines; OCR would read it, but {NO_ENGINE}"


def test_a_filled_block_is_still_a_scan(tmp_path: Path) -> None:
    # one large filled shape is not lettering, whatever its size
    path = tmp_path / "block.pdf"
    pdf = canvas.Canvas(str(path), pagesize=A4)
    pdf.rect(50, 50, 480, 700, fill=1, stroke=0)
    pdf.save()
    with pytest.raises(UnreadableDocument) as caught:
        parse_file(path)
    assert caught.value.kind == "no_text"


def test_unreadable_page_among_readable_ones_is_dropped_and_named(tmp_path: Path, no_engine: None) -> None:
    good = hardpdfs.write_spaceless_pdf(tmp_path, ["Minutes of the Meeting of Ashgrove Parish Council"])
    bad = hardpdfs.write_unmapped_font_pdf(tmp_path)
    path = hardpdfs.join_pdfs(tmp_path / "mixed.pdf", [good, bad])
    document = parse_file(path)
    assert {line.page for line in document.lines} == {1}
    assert document.warnings == [
        f"page 2: text layer unreadable: fonts without a Unicode map; OCR would read it, but {NO_ENGINE}"]


def test_errors_lists_unreadable_text_with_what_to_do(tmp_path: Path, no_engine: None) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    hardpdfs.write_unmapped_font_pdf(folder)
    hardpdfs.write_outlined_pdf(folder)
    db = str(tmp_path / "x.db")
    CliRunner().invoke(cli, ["--db", db, "ingest", "--quiet", "--workers", "1", str(folder)])
    rows = json.loads(CliRunner().invoke(cli, ["--db", db, "errors", "--json"]).output)
    found = {Path(row["path"]).name: (row["kind"], row["reason"]) for row in rows}
    assert found["unmapped-font.pdf"] == ("unreadable_text", f"{UNMAPPED_TEXT}; OCR would read it, but {NO_ENGINE}")
    assert found["outlined.pdf"] == ("outlined_text", f"text drawn as vector outlines; OCR would read it, but {NO_ENGINE}")


def test_ocr_asked_for_without_an_engine_keeps_the_reason(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ocr, "find_ocr_engine", lambda: "the tesseract program is not installed")
    with pytest.raises(UnreadableDocument) as caught:
        parse_file(hardpdfs.write_outlined_pdf(tmp_path), ocr="always")
    assert caught.value.kind == "outlined_text"
    assert caught.value.reason == (
        "text drawn as vector outlines, and OCR cannot run: the tesseract program is not installed")


@pytest.mark.parametrize("engine", ENGINES)
def test_heading_in_a_font_without_a_map_is_a_warning_not_a_failure(tmp_path: Path, engine: str,
                                                                      no_engine: None) -> None:
    path = hardpdfs.write_unmapped_font_pdf(tmp_path, ["Minutes of the Meeting of Ashgrove Parish Council"],
                                           readable=hardpdfs.MINUTES_LINES[1:])
    document = parse_file(path, engine=engine)
    # the readable lines are kept, the glyph codes are not
    assert [line.text for line in document.lines] == hardpdfs.MINUTES_LINES[1:]
    assert document.warnings == [
        f"page 1: text in fonts without a Unicode map is missing; OCR would recover it, but {NO_ENGINE}"]


@needs_tesseract
@pytest.mark.parametrize("ask", ["auto", "always"], ids=["automatic", "with --ocr"])
def test_heading_in_a_font_without_a_map_is_recovered_by_ocr(tmp_path: Path, ask: OcrMode) -> None:
    path = hardpdfs.write_unmapped_font_pdf(tmp_path, ["Minutes of the Meeting of Ashgrove Parish Council"],
                                           readable=hardpdfs.MINUTES_LINES[1:])
    document = parse_file(path, ocr=ask)
    assert [line.text for line in document.lines] == hardpdfs.MINUTES_LINES
    assert document.warnings == ["page 1: text in fonts without a Unicode map recovered by OCR (1 run(s)): "
                                 "check names and numbers against the PDF"]


def test_bullets_without_a_map_are_not_missing_text() -> None:
    assert judge_page_text([PROSE + " (cid:127) " * 12]) is None
