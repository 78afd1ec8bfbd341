"""Parsers that turn PDF, Word, HTML and text files into a `ParsedDocument`.

`parse_file` is the one entry point: it reads the bytes, decides the format
from the content (the extension only breaks ties) and hands over to the PDF,
Word (.docx), HTML or text parser. Every bad input becomes `UnreadableDocument` with a
`kind` and a one-line reason that says what to do next.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from typing import TYPE_CHECKING, Any

from ..errors import UnreadableDocument
from .detect import (
    HEAD_BYTES,
    HTML_SUFFIXES,
    TEXT_SUFFIXES,
    describe_binary,
    describe_content,
    describe_placeholder,
    detect_format,
)
from .document import ParsedDocument
from .files import iter_files, open_document_file

if TYPE_CHECKING:
    from .ocr import OcrMode

# The PDF and HTML readers (pdfplumber, pypdfium2, BeautifulSoup) are imported
# on first use: the store and every query command import this package for
# `ParsedDocument`, and should not pay half a second for readers they never call.

MAX_FILE_BYTES = 1_000_000_000
"""Files larger than this (1 GB) are refused before reading."""

SUFFIX_ADVICE = {
    ".doc": "an old Word 97-2003 document: open it in Word and save it as .docx or PDF",
    ".odt": "an OpenDocument text: save it as PDF first",
    ".rtf": "a Rich Text document: save it as PDF first",
    ".xlsx": "a spreadsheet: export the sheet as PDF or CSV text first",
    ".xls": "a spreadsheet: export the sheet as PDF or CSV text first",
    ".pptx": "a slide deck: save it as PDF first",
}

__all__ = ["ENGINES", "ParsedDocument", "detect_format", "iter_files", "parse_file"]


def parse_file(
    path: str | Path,
    *,
    engine: str = "auto",
    password: str | None = None,
    data: bytes | None = None,
    ocr: OcrMode = "auto",
    ocr_seconds: float | None = None,
) -> ParsedDocument:
    """Read a PDF, Word (.docx), HTML or text file (or its `data`) into a `ParsedDocument`.

    PDF pages without a readable text layer (scans, fonts without a Unicode
    map, text drawn as outlines) are read by OCR when an engine is installed:
    by default ("auto") when a document has few of them, with "always" all of
    them, with "never" none (see `ingest.ocr` and `ingest.pdf.parse_pdf`). `ocr_seconds` is the time OCR may
    take over the whole document (None: each page's own limit only); a page it has no time for is left out, with a
    warning.

    Raises `UnreadableDocument` with a `kind` ("empty", "truncated",
    "encrypted", "no_text", "unreadable_text", "outlined_text", "not_pdf", "not_docx", "placeholder", "encoding",
    "unreadable", "too_large", "unsupported") when the file cannot be read.
    """
    from .pdf import ENGINES, parse_pdf

    if engine not in ENGINES:
        raise ValueError(f"engine must be one of {', '.join(ENGINES)}, not {engine!r}")
    path = Path(path)
    if data is None:
        data = _read_bytes(path)
    if not data:
        raise UnreadableDocument(path, "empty file (0 bytes): download or export it again", kind="empty")
    head = data[:HEAD_BYTES]
    placeholder = describe_placeholder(head)
    if placeholder is not None:
        raise UnreadableDocument(path, f"not downloaded: the file is {placeholder}", kind="placeholder")
    detected = detect_format(path, head)
    suffix = path.suffix.lower()
    if suffix == ".pdf" and detected != "pdf":
        raise UnreadableDocument(
            path, f"named .pdf but is not a PDF: it looks like {describe_content(head)}; "
            "download the document again", kind="not_pdf",
        )
    common = {"path": str(path), "name": path.name, "sha256": hashlib.sha256(data).hexdigest()}
    if detected != "pdf":
        from .docx import is_word_file, parse_docx

        if is_word_file(path, data):
            return parse_docx(data, **common)
    if detected is None:
        raise _unrecognised(path, head)
    if detected == "pdf":
        from .streams import check_stream_sizes

        check_stream_sizes(data, path=str(path))  # before any reader inflates a bomb into memory
        return parse_pdf(data, engine=engine, password=password, ocr=ocr, ocr_seconds=ocr_seconds, **common)
    if detected == "html":
        from .html import parse_html

        return parse_html(data, **common)
    from .text import parse_text

    return parse_text(data, **common)


def __getattr__(name: str) -> Any:
    # `minutebook.ingest.ENGINES` still works, importing the PDF reader only when asked for.
    if name == "ENGINES":
        from .pdf import ENGINES

        return ENGINES
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def _read_bytes(path: Path) -> bytes:
    with open_document_file(path) as handle:
        try:
            size = os.fstat(handle.fileno()).st_size
            if size > MAX_FILE_BYTES:
                raise UnreadableDocument(
                    path, f"file is {size // 1_000_000} MB, more than the {MAX_FILE_BYTES // 1_000_000} MB "
                    "allowed: split it or check it is the right file", kind="too_large",
                )
            return handle.read()
        except OSError as err:
            raise UnreadableDocument(path, f"could not be read ({err.strerror or err}): check the disk or "
                                     "network share", kind="unreadable") from err


def _unrecognised(path: Path, head: bytes) -> UnreadableDocument:
    suffix = path.suffix.lower()
    if describe_binary(head) is None and (suffix in TEXT_SUFFIXES or suffix in HTML_SUFFIXES):
        return UnreadableDocument(
            path, "not readable as text (binary data, neither UTF-8 nor Windows-1252): "
            "check it is the right file, or save it again as UTF-8 text", kind="encoding",
        )
    advice = SUFFIX_ADVICE.get(suffix)
    if advice is None:
        advice = f"{describe_content(head)}: minutebook reads PDF, Word (.docx), HTML and text files only"
    return UnreadableDocument(path, f"unsupported format, {advice}", kind="unsupported")
