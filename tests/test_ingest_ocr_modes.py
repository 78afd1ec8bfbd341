"""When OCR runs: by default on a document's few scanned pages, with --ocr on all, with --no-ocr never."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

import badfiles  # tests/ is on sys.path (conftest.py)
import hardpdfs
from minutebook.cli import cli
from minutebook.errors import UnreadableDocument
from minutebook.ingest import ocr, parse_file
from minutebook.ingest import pdf as pdf_reader
from minutebook.load import load_paths

NO_ENGINE = "the tesseract program is not installed (e.g. apt-get install tesseract-ocr)"
RECOGNISED = ["Item 7. Ferry timetable", "Present: Cllr Rowan Pelly (Chair)"]
needs_tesseract = pytest.mark.skipif(ocr.find_ocr_engine() is not None, reason="no OCR engine installed here")


def _words(lines: list[str]) -> list[ocr.RecognisedWord]:
    words = []
    for row, line in enumerate(lines):
        left = 300
        for word in line.split():
            words.append(ocr.RecognisedWord(word, left, 300 + 60 * row, left + 22 * len(word), 345 + 60 * row,
                                            line=(1, 1, row)))
            left += 22 * len(word) + 14
    return words


@pytest.fixture
def engine(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Pretend tesseract is installed; count the page images it is given."""
    seen: list[int] = []

    def recognise(image, timeout: float = 0) -> list[ocr.RecognisedWord]:
        seen.append(image.height)
        return _words(RECOGNISED)

    monkeypatch.setattr(ocr, "find_ocr_engine", lambda: None)
    monkeypatch.setattr(ocr, "_recognise_with_tesseract", recognise)
    return seen


@pytest.fixture
def no_engine(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ocr, "find_ocr_engine", lambda: NO_ENGINE)


def _write_pdf(folder: Path, pages: list[str | None], name: str = "mixed.pdf") -> Path:
    """A page of typed text for each string, a page holding only an image (a scan) for each None."""
    from PIL import Image

    path = folder / name
    pdf = canvas.Canvas(str(path), pagesize=A4)
    for text in pages:
        if text is None:
            pdf.drawImage(ImageReader(Image.new("L", (40, 60), 200)), 50, 50, width=400, height=600)
        else:
            pdf.setFont("Helvetica", 12)
            pdf.drawString(72, 760, text)
        pdf.showPage()
    pdf.save()
    return path


def test_a_scanned_page_is_read_by_ocr_by_default_and_said_so(tmp_path: Path, engine: list[int]) -> None:
    document = parse_file(_write_pdf(tmp_path, ["Minutes of the Ferry Board", None]))
    assert len(engine) == 1
    assert [line.text for line in document.lines if line.page == 2] == RECOGNISED
    assert document.warnings == ["text of page(s) 2 recognised by OCR: check names and numbers against the scan"]


def test_a_wholly_scanned_document_is_read_by_default(tmp_path: Path, engine: list[int]) -> None:
    document = parse_file(_write_pdf(tmp_path, [None, None]))
    assert len(engine) == 2 and document.page_count == 2
    assert document.warnings == ["text of page(s) 1, 2 recognised by OCR: check names and numbers against the scan"]


def test_more_scanned_pages_than_the_cap_wait_for_ocr_to_be_asked(tmp_path: Path, engine: list[int],
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pdf_reader, "AUTO_OCR_MAX_PAGES", 2)
    path = _write_pdf(tmp_path, ["Minutes of the Ferry Board", None, None, None])
    document = parse_file(path)
    assert engine == []
    assert document.warnings == ["pages 2, 3, 4: no text layer (scanned?), so the text is missing; "
                                 "use --ocr (3 page(s) to read, more than the 2 read by OCR without it)"]
    asked = parse_file(path, ocr="always")
    assert len(engine) == 3
    assert asked.warnings == ["text of page(s) 2, 3, 4 recognised by OCR: check names and numbers against the scan"]


def test_a_wholly_scanned_document_over_the_cap_fails_saying_use_ocr(tmp_path: Path, engine: list[int],
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pdf_reader, "AUTO_OCR_MAX_PAGES", 1)
    with pytest.raises(UnreadableDocument) as caught:
        parse_file(_write_pdf(tmp_path, [None, None]))
    assert engine == [] and caught.value.kind == "no_text"
    assert caught.value.reason.startswith(
        "scanned PDF without a text layer; use --ocr (2 page(s) to read, more than the 1 read by OCR without it)")


def test_no_ocr_reads_nothing_by_ocr(tmp_path: Path, engine: list[int]) -> None:
    document = parse_file(_write_pdf(tmp_path, ["Minutes of the Ferry Board", None]), ocr="never")
    assert engine == []
    assert document.warnings == [
        "page 2: no text layer (scanned?), so the text is missing; OCR would read it, but --no-ocr was given"]
    with pytest.raises(UnreadableDocument) as caught:
        parse_file(_write_pdf(tmp_path, [None], name="scan.pdf"), ocr="never")
    assert caught.value.kind == "no_text" and "--no-ocr was given" in caught.value.reason


def test_no_ocr_leaves_text_in_fonts_without_a_map_unread(tmp_path: Path, engine: list[int]) -> None:
    path = hardpdfs.write_unmapped_font_pdf(tmp_path, ["Minutes of the Meeting of Dunmere Parish Council"],
                                           readable=hardpdfs.MINUTES_LINES[1:])
    document = parse_file(path, ocr="never")
    assert engine == []
    assert document.warnings == [
        "page 1: text in fonts without a Unicode map is missing; OCR would recover it, but --no-ocr was given"]


def test_without_an_engine_the_warning_says_what_to_install_not_use_ocr(tmp_path: Path, no_engine: None) -> None:
    document = parse_file(_write_pdf(tmp_path, ["Minutes of the Ferry Board", None, None]))
    assert document.warnings == [
        f"pages 2, 3: no text layer (scanned?), so the text is missing; OCR would read it, but {NO_ENGINE}"]
    with pytest.raises(UnreadableDocument) as caught:
        parse_file(_write_pdf(tmp_path, [None], name="scan.pdf"))
    assert NO_ENGINE in caught.value.reason and "--ocr" not in caught.value.reason


def test_a_page_with_no_image_and_no_lettering_is_not_sent_to_ocr(tmp_path: Path, engine: list[int]) -> None:
    document = parse_file(badfiles.write_partly_scanned_pdf(tmp_path))
    assert engine == []
    assert document.warnings == ["page 2: no text layer and no image (blank?)"]


def test_an_unknown_mode_is_refused(tmp_path: Path) -> None:
    path = _write_pdf(tmp_path, ["Minutes of the Ferry Board"])
    with pytest.raises(ValueError, match="ocr must be one of auto, always, never"):
        parse_file(path, ocr="sometimes")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="ocr must be one of"):
        load_paths([path], store=None, ocr="yes")  # type: ignore[arg-type]


def test_cli_refuses_ocr_and_no_ocr_together(tmp_path: Path) -> None:
    db = tmp_path / "x.db"
    result = CliRunner().invoke(cli, ["--db", str(db), "ingest", "--ocr", "--no-ocr", str(tmp_path)])
    assert result.exit_code == 2 and "--ocr and --no-ocr cannot be used together" in result.output
    assert not db.exists()


@pytest.mark.parametrize("flags, reads", [([], True), (["--no-ocr"], False)], ids=["default", "--no-ocr"])
def test_cli_passes_the_mode_to_the_reader(tmp_path: Path, engine: list[int], flags: list[str], reads: bool) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    _write_pdf(folder, [None], name="scan.pdf")
    db = str(tmp_path / "x.db")
    CliRunner().invoke(cli, ["--db", db, "ingest", "--quiet", "--workers", "1", *flags, str(folder)])
    rows = json.loads(CliRunner().invoke(cli, ["--db", db, "errors", "--json"]).output)
    assert len(engine) == (1 if reads else 0)
    assert [row["kind"] for row in rows] == (["warning"] if reads else ["no_text"])


@needs_tesseract
def test_the_real_engine_reads_a_scan_by_default(tmp_path: Path) -> None:
    import pypdfium2 as pdfium

    printed = hardpdfs.write_outlined_pdf(tmp_path)
    image = pdfium.PdfDocument(str(printed))[0].render(scale=200 / 72, grayscale=True).to_pil()
    scanned = tmp_path / "scan.pdf"
    pdf = canvas.Canvas(str(scanned), pagesize=A4)
    pdf.drawImage(ImageReader(image), 0, 0, width=A4[0], height=A4[1])
    pdf.save()
    document = parse_file(scanned)
    assert any(line.text.startswith("Present: Councillor Petra Lindqvist") for line in document.lines)
    assert document.warnings == ["text of page(s) 1 recognised by OCR: check names and numbers against the scan"]


def test_a_file_stored_without_ocr_is_unchanged_until_forced(tmp_path: Path, engine: list[int]) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    _write_pdf(folder, ["Minutes of the Ferry Board", None])
    db = str(tmp_path / "x.db")
    ingest = ["--db", db, "ingest", "--workers", "1"]
    CliRunner().invoke(cli, [*ingest, "--no-ocr", str(folder)])
    again = CliRunner().invoke(cli, [*ingest, str(folder)])
    assert engine == [] and "unchanged 1" in again.output
    forced = CliRunner().invoke(cli, [*ingest, "--force", str(folder)])
    assert len(engine) == 1 and "Loaded 1 file" in forced.output and "recognised by OCR" in forced.output


@pytest.fixture
def stalling_engine(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Pretend tesseract is installed and gives up on every second page image it is given (by time)."""
    seen: list[int] = []

    def recognise(image, timeout: float = 0) -> list[ocr.RecognisedWord]:
        seen.append(image.height)
        if len(seen) % 2 == 0:
            raise ocr.OcrTimedOut("Tesseract process timeout")
        return _words(RECOGNISED)

    monkeypatch.setattr(ocr, "find_ocr_engine", lambda: None)
    monkeypatch.setattr(ocr, "_recognise_with_tesseract", recognise)
    return seen


@pytest.mark.parametrize("mode", ["auto", "always"])
def test_a_page_ocr_gives_up_on_is_missing_and_said_so_while_the_rest_loads(tmp_path: Path, stalling_engine: list[int],
                                                                           mode: str) -> None:
    # A page tesseract cannot finish in time (a grid with its headings set sideways can take minutes) must not
    # cost the file its other pages: they load, and the warning names the page that is missing.
    document = parse_file(_write_pdf(tmp_path, ["Minutes of the Ferry Board", None, None]), ocr=mode)
    assert len(stalling_engine) == 2
    assert [line.text for line in document.lines if line.page == 1] == ["Minutes of the Ferry Board"]
    assert [line.text for line in document.lines if line.page == 2] == RECOGNISED
    assert not [line for line in document.lines if line.page == 3]
    assert document.warnings == [
        "text of page(s) 2 recognised by OCR: check names and numbers against the scan",
        f"page 3: {pdf_reader.OCR_TIMED_OUT_TEXT}",
    ]


@pytest.mark.parametrize("mode", ["auto", "always"])
def test_a_scan_whose_every_page_ocr_gives_up_on_fails_saying_why(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                                  mode: str) -> None:
    def give_up(image, timeout: float = 0) -> list[ocr.RecognisedWord]:
        raise ocr.OcrTimedOut("Tesseract process timeout")

    monkeypatch.setattr(ocr, "find_ocr_engine", lambda: None)
    monkeypatch.setattr(ocr, "_recognise_with_tesseract", give_up)
    with pytest.raises(UnreadableDocument) as caught:
        parse_file(_write_pdf(tmp_path, [None, None]), ocr=mode)
    assert caught.value.kind == "no_text"
    assert caught.value.reason.startswith(f"pages 1, 2: {pdf_reader.OCR_TIMED_OUT_TEXT}")


def test_tesseract_is_given_a_time_limit_and_its_time_out_is_told_apart(monkeypatch: pytest.MonkeyPatch) -> None:
    pytesseract = pytest.importorskip("pytesseract")
    asked: dict[str, object] = {}

    def stalled(image, **options):
        asked.update(options)
        raise RuntimeError("Tesseract process timeout")

    monkeypatch.setattr(pytesseract, "image_to_data", stalled)
    with pytest.raises(ocr.OcrTimedOut):
        ocr._recognise_with_tesseract(object())
    assert asked["timeout"] == ocr.OCR_PAGE_SECONDS

    def broken(image, **options):
        raise RuntimeError("Error opening data file")

    monkeypatch.setattr(pytesseract, "image_to_data", broken)
    with pytest.raises(RuntimeError, match="data file"):
        ocr._recognise_with_tesseract(object())


def test_a_page_in_unmapped_fonts_ocr_runs_out_on_is_read_once_and_keeps_its_readable_lines(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # OCR is asked once for a page: a page it ran out of time on is not sent again by a later pass (that would spend
    # the time twice), and the lines its text layer did read stay.
    calls: list[int] = []

    def give_up(image, timeout: float = 0) -> list[ocr.RecognisedWord]:
        calls.append(image.height)
        raise ocr.OcrTimedOut("Tesseract process timeout")

    monkeypatch.setattr(ocr, "find_ocr_engine", lambda: None)
    monkeypatch.setattr(ocr, "_recognise_with_tesseract", give_up)
    path = hardpdfs.write_unmapped_font_pdf(tmp_path, hardpdfs.MINUTES_LINES[1:],
                                           readable=["Minutes of the Meeting of Dunmere Parish Council"])
    document = parse_file(path)
    assert len(calls) == 1
    assert "Minutes of the Meeting of Dunmere Parish Council" in [line.text for line in document.lines]
    assert document.warnings == [f"page 1: {pdf_reader.OCR_TIMED_OUT_TEXT}"]


def test_ocr_stops_starting_pages_when_the_documents_time_is_spent(tmp_path: Path, engine: list[int]) -> None:
    # The loader gives OCR half the file's time limit in all: with none of it left, no page is started, the pages are
    # named in the warning, and the page with a text layer loads.
    document = parse_file(_write_pdf(tmp_path, ["Minutes of the Ferry Board", None, None]), ocr_seconds=1.0)
    assert engine == []
    assert [line.text for line in document.lines] == ["Minutes of the Ferry Board"]
    assert document.warnings == [f"pages 2, 3: {pdf_reader.OCR_TIMED_OUT_TEXT}"]


def test_each_page_gets_the_page_limit_or_what_is_left_of_the_documents_time() -> None:
    import time

    assert ocr.OcrBudget().page_seconds() == ocr.OCR_PAGE_SECONDS
    assert ocr.OcrBudget(10 * ocr.OCR_PAGE_SECONDS).page_seconds() == ocr.OCR_PAGE_SECONDS
    nearly_spent = ocr.OcrBudget(100.0, started=time.monotonic() - 90.0)
    assert 0 < nearly_spent.page_seconds() <= 10.0


def test_the_loader_gives_ocr_half_the_files_time_limit(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    given: list[float] = []

    def recognise(image, timeout: float = 0) -> list[ocr.RecognisedWord]:
        given.append(timeout)
        return _words(RECOGNISED)

    monkeypatch.setattr(ocr, "find_ocr_engine", lambda: None)
    monkeypatch.setattr(ocr, "_recognise_with_tesseract", recognise)
    folder = tmp_path / "in"
    folder.mkdir()
    _write_pdf(folder, ["Minutes of the Ferry Board", None])
    result = CliRunner().invoke(cli, ["--db", str(tmp_path / "x.db"), "ingest", "--workers", "1", "--timeout", "40",
                                      str(folder)])
    assert "Loaded 1 file" in result.output
    assert len(given) == 1 and 0 < given[0] <= 20.0
