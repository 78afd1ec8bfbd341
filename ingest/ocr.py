"""Optional OCR for PDF pages that have no text layer (scans).

OCR runs only when the user asks for it (`ingest --ocr`) and an engine is
installed: the `tesseract` program and the `pytesseract` package. Pages are
rendered with pypdfium2 and read by tesseract; the recognised lines join the
document like any other text, and the document carries a warning saying
which pages came from OCR, because recognised text is less trustworthy.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
from typing import Any, Callable

import pypdfium2 as pdfium

RENDER_SCALE = 300 / 72
"""Render at 300 dpi: tesseract reads small print far better than at 72 dpi."""
TESSERACT_LANGUAGE = "eng"
TESSERACT_THREADS = "1"
"""Threads tesseract may start for one page (OMP_THREAD_LIMIT): its parallel page reading is
several times slower than one thread on a page of print, and ingest already runs files side by side."""

Recogniser = Callable[[Any], str]
"""Image (a PIL image) in, recognised text out."""


def find_ocr_engine() -> str | None:
    """Why OCR cannot run here, or None when it can."""
    if shutil.which("tesseract") is None:
        return "the tesseract program is not installed (e.g. apt-get install tesseract-ocr)"
    if importlib.util.find_spec("pytesseract") is None:
        return "the pytesseract package is not installed (pip install 'minutebook[ocr]')"
    return None


def _recognise_with_tesseract(image: Any) -> str:
    import pytesseract  # only present where the user installed an OCR engine

    os.environ.setdefault("OMP_THREAD_LIMIT", TESSERACT_THREADS)  # tesseract reads it at start-up
    return str(pytesseract.image_to_string(image, lang=TESSERACT_LANGUAGE))


def read_pages_by_ocr(
    data: bytes,
    page_numbers: list[int],
    *,
    password: str | None = None,
    recognise: Recogniser | None = None,
) -> dict[int, list[str]]:
    """The non-blank text lines recognised on each of `page_numbers` (1-based)."""
    recognise = recognise or _recognise_with_tesseract
    found: dict[int, list[str]] = {}
    pdf = pdfium.PdfDocument(data, password=password)
    try:
        for number in page_numbers:
            page = pdf[number - 1]
            try:
                image = page.render(scale=RENDER_SCALE).to_pil()
            finally:
                page.close()
            text = recognise(image)
            found[number] = [" ".join(line.split()) for line in text.splitlines() if line.strip()]
    finally:
        pdf.close()
    return found
