"""Ligature glyphs a text layer lost inside words: marked, put back where OCR of the words agrees, else warned."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

import hardpdfs  # tests/ is on sys.path (conftest.py)
from minutebook.extract.items import extract_items
from minutebook.ingest import ENGINES, ligatures, ocr, parse_file
from minutebook.ingest import pdf as pdf_reader
from minutebook.ingest.layout import PageLine, Segment

NO_ENGINE = "the tesseract program is not installed (e.g. apt-get install tesseract-ocr)"
needs_tesseract = pytest.mark.skipif(ocr.find_ocr_engine() is not None, reason="no OCR engine installed here")
A, B = sorted(ligatures.MARKS)[:2]

PRINTED = list(hardpdfs.LIGATURE_LINES)
LOST_FORMS = [None, "", "\ue000", "\U0010019f"]
"""The ligature glyph left out of the font's Unicode map, mapped to nothing, or to a private-use code (the third
as typesetters' fonts do, the third as one desktop exporter does)."""


@pytest.fixture
def word_reader(monkeypatch: pytest.MonkeyPatch) -> list[list]:
    """Pretend tesseract is installed and reads each box as the printed word nearest its left edge."""
    pdfmetrics.registerFont(TTFont("Vera", str(hardpdfs.VERA)))
    placed = []  # (line, left edge, word) for every word holding "fi"
    for row, line in enumerate(PRINTED):
        for word in re.finditer(r"\S+", line):
            if "fi" in word.group():
                placed.append((row, hardpdfs.MARGIN + pdfmetrics.stringWidth(line[:word.start()], "Vera", 12),
                               word.group()))
    calls: list[list] = []

    def read(data, boxes, *, password=None, budget=None):
        calls.append([box for page in boxes.values() for box in page])
        return {number: [min(placed, key=lambda place: abs(place[0] * 18 + hardpdfs.MARGIN - top) * 10
                             + abs(place[1] - x0))[2] for x0, top, _, _ in page]
                for number, page in boxes.items()}

    monkeypatch.setattr(ocr, "find_ocr_engine", lambda: None)
    monkeypatch.setattr(ocr, "read_boxes_by_ocr", read)
    return calls


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize("mapped_to", LOST_FORMS)
def test_without_ocr_the_glyph_is_left_out_and_the_warning_says_what_to_install(
    tmp_path: Path, engine: str, mapped_to: str | None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(ocr, "find_ocr_engine", lambda: NO_ENGINE)
    document = parse_file(hardpdfs.write_ligature_pdf(tmp_path, mapped_to=mapped_to), engine=engine)
    assert [line.text for line in document.lines] == [line.replace("fi", "") for line in PRINTED]
    assert not any(char in ligatures.MARKS or ligatures.is_private_use(char) for char in document.text)
    assert len(document.warnings) == 1
    warning = document.warnings[0]
    assert warning.startswith("page 1: ligature glyphs") and "'Of?ce'" in warning and NO_ENGINE in warning


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize("mapped_to", [None, "\ue000"])
def test_words_read_by_ocr_put_the_ligature_back_everywhere(
    tmp_path: Path, engine: str, mapped_to: str | None, word_reader: list[list]
) -> None:
    document = parse_file(hardpdfs.write_ligature_pdf(tmp_path, mapped_to=mapped_to), engine=engine)
    assert [line.text for line in document.lines] == PRINTED
    assert len(word_reader) == 1 and len(word_reader[0]) <= ligatures.SAMPLE_WORDS
    assert document.warnings == ["page 1: ligature glyphs (fi, ff, ti, tt …) the text layer lost (fi) in 5 word(s) "
                                 "restored from OCR of those words"]
    assert [(item.number, item.title) for item in extract_items(document)] == [
        ("1", "Office accommodation"), ("2", "Financial report")]


def test_ocr_that_disagrees_with_the_known_letters_restores_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(ocr, "find_ocr_engine", lambda: None)
    monkeypatch.setattr(ocr, "read_boxes_by_ocr",
                        lambda data, boxes, password=None, budget=None: {n: ["Olfice"] * len(b) for n, b in boxes.items()})
    document = parse_file(hardpdfs.write_ligature_pdf(tmp_path))
    assert document.lines[2].text == "1. Ofce accommodation"
    assert "did not show which letters they print" in document.warnings[0]


def test_ordinary_text_is_never_marked(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args, **kwargs):
        raise AssertionError("OCR was run on a document without lost glyphs")

    monkeypatch.setattr(ocr, "find_ocr_engine", lambda: None)
    monkeypatch.setattr(ocr, "read_boxes_by_ocr", refuse)
    document = parse_file(hardpdfs.write_mixed_font_pdf(tmp_path, [[(line, False)] for line in PRINTED]))
    assert [line.text for line in document.lines] == PRINTED and document.warnings == []


@needs_tesseract
@pytest.mark.parametrize("mapped_to", LOST_FORMS)
def test_tesseract_restores_the_ligature(tmp_path: Path, mapped_to: str | None) -> None:
    document = parse_file(hardpdfs.write_ligature_pdf(tmp_path, mapped_to=mapped_to))
    assert [line.text for line in document.lines] == PRINTED


# --- the pieces ---------------------------------------------------------------------------


def test_a_reading_is_evidence_only_when_it_keeps_the_known_letters() -> None:
    assert ligatures.read_ligatures(f"Minu{A}es", "Minutes") is None
    assert ligatures.read_ligatures(f"A{A}ended", "Attended") == {A: "tt"}
    assert ligatures.read_ligatures(f"Associa{A}on", "Associa tion") == {A: "ti"}
    assert ligatures.read_ligatures(f"o{A}ce", "office") == {A: "ffi"}
    assert ligatures.read_ligatures(f"o{A}ce", "omce") is None
    assert ligatures.read_ligatures(f"{A}nancial", "Financial") == {A: "fi"}
    assert ligatures.read_ligatures(f"a{A}er", "after") == {A: "ft"}
    assert ligatures.read_ligatures(f"o{A}cer{A}", "officerffi") == {A: "ffi"}
    assert ligatures.read_ligatures(f"e{A}ec{B}ve", "effective") == {A: "ff", B: "ti"}
    assert ligatures.read_ligatures("plain", "plain") is None


def test_readings_decide_a_kind_only_when_they_agree() -> None:
    assert ligatures.decide([{A: "ti"}, {A: "ti"}, {A: "tt"}, {B: "fi"}]) == {A: "ti", B: "fi"}
    assert ligatures.decide([{A: "ti"}, {A: "tt"}]) == {}


def test_private_use_codes_count_beside_letters_and_bullets_only_between() -> None:
    assert ligatures.lost_in_word("Minu\ue000es", 4)
    assert ligatures.lost_in_word("\ue000nance", 0)
    assert not ligatures.lost_in_word("\ue000", 0)
    assert not ligatures.lost_in_word("\uf0b7Roads", 0)
    assert ligatures.lost_in_word("A\uf0b7ended", 1)
    assert ligatures.lost_in_word("\udbc0\udd9fnance", 0)
    assert not ligatures.lost_in_word("\ue000Roads", 0) and not ligatures.lost_in_word("ROAD\ue000", 4)
    assert ligatures.stands_for_letters("u", "o") and ligatures.stands_for_letters("A", "e")
    assert not ligatures.stands_for_letters("", "R") and not ligatures.stands_for_letters("1", "2")


def test_samples_take_the_longest_distinct_words_per_kind() -> None:
    lost = ligatures.LostGlyphs()
    mark = lost.mark(("Face", "\ue000"))
    assert lost.mark(("Face", "\ue000")) == mark and lost.mark(("Other", "\ue000")) != mark
    for text in ["A" + mark + "ended"] * 3 + [mark + "e", "Commi" + mark + "ee", "se" + mark + "ing", "li" + mark + "le",
                                               "be" + mark + "er", "a" + mark + "end", "ma" + mark + "ers"]:
        lost.words.append(ligatures.LostWord(1, (0, 0, 1, 1), text))
    texts = [word.text for word in lost.samples()]
    assert len(texts) == ligatures.SAMPLE_WORDS and len(set(texts)) == len(texts)
    assert texts[0] == "Commi" + mark + "ee" and mark + "e" not in texts


def test_restoring_lines_replaces_marks_in_text_cells_and_segments() -> None:
    line = PageLine(text=f"Minu{A}es of the Commi{B}ee", top=0, bottom=10, size=10, bold=False,
                    segments=(Segment(0, 50, f"Minu{A}es"), Segment(60, 90, f"Commi{B}ee")))
    table_row = PageLine(text=f"A{B}ended | yes", top=20, bottom=30, size=0, bold=False, cells=(f"A{B}ended", "yes"))
    restored = ligatures.restore_lines([line, table_row], {A: "t"})
    assert restored[0].text == "Minutes of the Commiee"
    assert [segment.text for segment in restored[0].segments] == ["Minutes", "Commiee"]
    assert restored[1].cells == ("Aended", "yes")


def test_the_fonts_own_glyph_names_decide_before_ocr(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """pdfminer names a simple font's glyph by the font's names where pdfium finds no Unicode: evidence enough."""
    def by_names(data, words, *, password=None):
        return {1: [word.text.replace(next(char for char in word.text if char in ligatures.MARKS), "fi")
                    for word in words]}

    def refuse(*args, **kwargs):
        raise AssertionError("OCR was run though the glyph names decided")

    monkeypatch.setattr(pdf_reader, "_read_boxes_by_pdfminer", by_names)
    monkeypatch.setattr(ocr, "find_ocr_engine", lambda: None)
    monkeypatch.setattr(ocr, "read_boxes_by_ocr", refuse)
    document = parse_file(hardpdfs.write_ligature_pdf(tmp_path), engine="pdfium")
    assert [line.text for line in document.lines] == PRINTED
    assert document.warnings[0].endswith("(fi) in 5 word(s) restored from the fonts' glyph names")


def _chars(text: str, x: float, size: float = 10.0, width: float = 5.0) -> list[dict]:
    return [{"text": char if char != "?" else "", "x0": x + i * width, "x1": x + (i + 1) * width, "top": 100.0,
             "bottom": 110.0, "size": size, "fontname": "Face"} for i, char in enumerate(text)]


def _word(chars: list[dict]) -> dict:
    return {"text": "".join(char["text"] for char in chars), "x0": chars[0]["x0"], "x1": chars[-1]["x1"],
            "top": 100.0, "bottom": 110.0, "chars": chars}


def test_glyphs_pdfminer_keeps_without_text_join_the_parts_of_their_word() -> None:
    lost = ligatures.LostGlyphs()
    # "Minu?es" printed whole, then "the ?re" (the glyph starts a word), then "• Roads" (a bullet glyph)
    minutes = _chars("Minu?es", 0)
    fire = _chars("?re", 60)
    words = [_word(minutes[:4]), _word(minutes[4:5]), _word(minutes[5:]), _word(_chars("the", 40)), _word(fire[:1]),
             _word(fire[1:]), _word(_chars("?", 80)), _word(_chars("Roads", 90))]
    joined = pdf_reader._join_dropped_glyphs(words, lost, 1)
    mark = next(iter(lost.marks.values()))
    assert [word["text"] for word in joined] == [f"Minu{mark}es", "the", f"{mark}re", "", "Roads"]
    assert [word.text for word in lost.words] == [f"Minu{mark}es", f"{mark}re"]
    # a glyph without text inside one of pdfminer's words is split out and joined the same way
    inside = ligatures.LostGlyphs()
    assert [word["text"] for word in pdf_reader._join_dropped_glyphs([_word(_chars("A?ended", 0))], inside, 1)] == [
        f"A{next(iter(inside.marks.values()))}ended"]
