"""OCR of scanned pages: with an engine only, marked as recognised text (when it runs: test_ingest_ocr_modes)."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

import badfiles  # tests/ is on sys.path (conftest.py)
import hardpdfs
from conftest import SHARED
from minutebook.cli import cli
from minutebook.errors import UnreadableDocument
from minutebook.ingest import ocr, parse_file


SCANNED_TEXT = "4. MOORING FEES\n\nPresent: Councillor Ada Quell (Chair)\n"


def _lay_out(text: str) -> list[ocr.RecognisedWord]:
    """Words of `text` as an engine would box them on a 300 dpi page: a line every 50 pixels."""
    words = []
    for row, line in enumerate(text.splitlines()):
        left = 300
        for word in line.split():
            words.append(ocr.RecognisedWord(word, left, 300 + 50 * row, left + 20 * len(word), 340 + 50 * row,
                                            line=(1, 1, row)))
            left += 20 * len(word) + 12
    return words


@pytest.fixture
def fake_engine(monkeypatch: pytest.MonkeyPatch) -> list[tuple[int, int]]:
    """Pretend tesseract is installed; record the size of each page image it is given."""
    seen: list[tuple[int, int]] = []

    def recognise(image, timeout: float = 0) -> list[ocr.RecognisedWord]:
        seen.append(image.size)
        return _lay_out(SCANNED_TEXT)

    monkeypatch.setattr(ocr, "find_ocr_engine", lambda: None)
    monkeypatch.setattr(ocr, "_recognise_with_tesseract", recognise)
    return seen


def test_scanned_pdf_stays_unreadable_without_ocr(tmp_path: Path) -> None:
    with pytest.raises(UnreadableDocument) as caught:
        parse_file(badfiles.write_image_only_pdf(tmp_path))
    assert caught.value.kind == "no_text"


def test_ocr_fills_textless_pages_and_warns(tmp_path: Path, fake_engine) -> None:
    document = parse_file(badfiles.write_image_only_pdf(tmp_path), ocr="always")
    assert [line.text for line in document.lines if line.text] == [
        "4. MOORING FEES", "Present: Councillor Ada Quell (Chair)",
    ]
    assert len(fake_engine) == 1 and fake_engine[0][0] > 2000  # rendered at print resolution
    assert any("OCR" in warning for warning in document.warnings)


def test_ocr_leaves_pages_with_text_alone(tmp_path: Path, fake_engine) -> None:
    document = parse_file(badfiles.write_partly_scanned_pdf(tmp_path), ocr="always")
    assert len(fake_engine) == 1  # only the scanned second page
    assert [line.page for line in document.lines if "Ada Quell" in line.text] == [2]
    assert any("Minutes of the Harbour Board" in line.text for line in document.lines if line.page == 1)


def test_ocr_without_an_engine_says_what_to_install(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ocr, "find_ocr_engine", lambda: "the tesseract program is not installed")
    path = badfiles.write_image_only_pdf(tmp_path)
    with pytest.raises(UnreadableDocument) as caught:
        parse_file(path, ocr="always")
    assert caught.value.kind == "no_text" and "tesseract" in caught.value.reason and str(path) in str(caught.value)


def test_cli_refuses_ocr_before_any_work_when_no_engine(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ocr, "find_ocr_engine", lambda: "the tesseract program is not installed")
    db = tmp_path / "x.db"
    result = CliRunner().invoke(cli, ["--db", str(db), "ingest", "--ocr", str(tmp_path)])
    assert result.exit_code == 2 and "tesseract" in result.output
    assert not db.exists()


@pytest.mark.skipif(ocr.find_ocr_engine() is not None, reason="no OCR engine installed here")
def test_real_engine_reads_a_rendered_page(tmp_path: Path) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    # Draw the words as an image so the PDF has no text layer: a page rendered and re-embedded.
    text_pdf = tmp_path / "text.pdf"
    pdf = canvas.Canvas(str(text_pdf), pagesize=A4)
    pdf.setFont("Helvetica", 28)
    pdf.drawString(72, 700, "Harbour Board Minutes")
    pdf.save()
    import pypdfium2 as pdfium

    image = pdfium.PdfDocument(str(text_pdf))[0].render(scale=3).to_pil()
    image_path = tmp_path / "page.png"
    image.save(image_path)
    scanned = tmp_path / "scan.pdf"
    pdf = canvas.Canvas(str(scanned), pagesize=A4)
    pdf.drawImage(str(image_path), 0, 0, width=A4[0], height=A4[1])
    pdf.save()
    document = parse_file(scanned, ocr="always")
    assert "Harbour Board" in document.text


# --- the real engine on pages whose text layer is missing or broken ---------------------

needs_tesseract = pytest.mark.skipif(ocr.find_ocr_engine() is not None, reason="no OCR engine installed here")
EXPECTED_WORDS = ["Minutes", "Ashgrove", "Parish", "Council", "Tuesday", "March", "2032", "Present",
                  "Councillor", "Lindqvist", "Tarrant", "Apologies", "Quennell", "Declarations", "signed",
                  "play", "fence", "closed", "9.05"]


def _found_share(document) -> float:
    words = set(document.text.split()) | {word.strip(".,():") for word in document.text.split()}
    return sum(word in words for word in EXPECTED_WORDS) / len(EXPECTED_WORDS)


def _write_scanned_pdf(folder: Path) -> Path:
    """The outlined page rendered to an image and embedded: a scan of printed minutes."""
    import pypdfium2 as pdfium
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    printed = hardpdfs.write_outlined_pdf(folder)
    image_path = folder / "scan.png"
    pdfium.PdfDocument(str(printed))[0].render(scale=200 / 72, grayscale=True).to_pil().save(image_path)
    scanned = folder / "scan.pdf"
    pdf = canvas.Canvas(str(scanned), pagesize=A4)
    pdf.drawImage(str(image_path), 0, 0, width=A4[0], height=A4[1])
    pdf.save()
    return scanned


SCAN_WARNING = "text of page(s) 1 recognised by OCR: check names and numbers against the scan"
UNMAPPED_WARNING = ("page 1: text layer unreadable: fonts without a Unicode map, read whole by OCR: "
                    "check names and numbers against the PDF")


@needs_tesseract
@pytest.mark.parametrize("write, warning", [
    (hardpdfs.write_unmapped_font_pdf, UNMAPPED_WARNING), (hardpdfs.write_outlined_pdf, SCAN_WARNING),
    (_write_scanned_pdf, SCAN_WARNING),
], ids=["unmapped-font", "outlines", "scan"])
def test_real_engine_reads_broken_pages_well(tmp_path: Path, write, warning: str) -> None:
    document = parse_file(write(tmp_path), ocr="always")
    assert _found_share(document) >= 0.9, document.text
    assert document.warnings == [warning]
    # OCR lines keep the printed lines: the attendance line stays whole
    assert any(line.text.startswith("Present: Councillor Petra Lindqvist") for line in document.lines)


# --- the real documents under ../shared/hard, when they are there ------------------------

HARD = SHARED / "hard"


def _first_page(path: Path, folder: Path) -> Path:
    """The first page of a real document, written on its own into the test's folder (OCR takes seconds a page)."""
    import pypdfium2 as pdfium

    source = pdfium.PdfDocument(str(path))
    single = pdfium.PdfDocument.new()
    single.import_pages(source, [0])
    out = folder / path.name
    single.save(str(out))
    return out


def _hard(prefix: str) -> Path:
    found = sorted(HARD.glob(f"{prefix}*.pdf")) if HARD.is_dir() else []
    if not found:
        pytest.skip(f"../shared/hard holds no {prefix}* PDF here")
    return found[0]


@pytest.mark.parametrize("prefix, kind", [("uk_parish", "unreadable_text"), ("us_ca_palmdale", "outlined_text")])
def test_real_broken_pdf_is_reported_with_its_reason(prefix: str, kind: str, monkeypatch: pytest.MonkeyPatch) -> None:
    # fonts without a Unicode map are read by OCR whenever tesseract is there; here it is not
    monkeypatch.setattr(ocr, "find_ocr_engine", lambda: "the tesseract program is not installed")
    with pytest.raises(UnreadableDocument) as caught:
        parse_file(_hard(prefix))
    assert caught.value.kind == kind and caught.value.reason.endswith(
        "; OCR would read it, but the tesseract program is not installed")


@needs_tesseract
@pytest.mark.parametrize("prefix, words", [
    ("uk_parish", ["PARISH", "COUNCIL", "Minutes", "Present", "Apologies", "Declarations", "Interest"]),
    ("us_ca_palmdale", ["OVERSIGHT", "COMMITTEE", "MEETING", "Public", "Comments", "Chair", "meeting"]),
])
def test_real_broken_pdf_is_read_by_ocr(tmp_path: Path, prefix: str, words: list[str]) -> None:
    document = parse_file(_first_page(_hard(prefix), tmp_path), ocr="always")
    text = document.text
    assert all(word in text for word in words), text
    assert document.warnings and "OCR" in document.warnings[0]


def test_common_misreadings_of_minutes_wording_are_put_right() -> None:
    read = 'Present: Clir N Hackett, ClIrs Howells and Cl1r. Kay on 18" March, 2* May 2032 Clinic 5" screen'
    words = [ocr.RecognisedWord(text, 0, 0, 1, 1, line=(1, 1, 1)) for text in read.split()]
    assert " ".join(word.text for word in ocr.correct_words(words)) == (
        'Present: Cllr N Hackett, Cllrs Howells and Cllr. Kay on 18th March, 2nd May 2032 Clinic 5" screen'
    )


def test_recognised_words_are_laid_out_like_a_text_layer(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Words come with boxes: a footer at the page's foot is furniture, two columns stay two cells.
    def recognise(image, timeout: float = 0) -> list[ocr.RecognisedWord]:
        height = image.height
        words = []
        rows = [("Present:", ""), ("Cllr D Rainford (Chair)", "Cllr N Carswick"),
                ("Cllr P Okafor", "Cllr T Wainwright")]
        for row, (left_text, right_text) in enumerate(rows):
            for x, text in ((300, left_text), (1300, right_text)):
                for offset, word in enumerate(text.split()):
                    left = x + 160 * offset
                    words.append(ocr.RecognisedWord(word, left, 400 + 60 * row, left + 140, 440 + 60 * row,
                                                    line=(x, 1, row)))
        words.append(ocr.RecognisedWord("Page", 1200, height - 150, 1300, height - 110, line=(9, 1, 1)))
        words.append(ocr.RecognisedWord("1", 1320, height - 150, 1340, height - 110, line=(9, 1, 1)))
        return words

    monkeypatch.setattr(ocr, "find_ocr_engine", lambda: None)
    monkeypatch.setattr(ocr, "_recognise_with_tesseract", recognise)
    document = parse_file(badfiles.write_image_only_pdf(tmp_path), ocr="always")
    assert [line.cells or line.text for line in document.lines] == [
        "Present:", ("Cllr D Rainford (Chair)", "Cllr N Carswick"), ("Cllr P Okafor", "Cllr T Wainwright"),
    ]
