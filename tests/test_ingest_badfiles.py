"""Every kind of bad input gives UnreadableDocument with its kind, the file and a reason."""

from __future__ import annotations

from pathlib import Path

import pytest

from minutebook.errors import UnreadableDocument
from minutebook.ingest import layout, parse_file


import badfiles  # tests/ is on sys.path (conftest.py)

CASES = [
    # writer, expected kind, words the reason must contain
    ("write_empty", "empty", "empty"),
    ("write_truncated_pdf", "truncated", "truncated"),
    ("write_encrypted_pdf", "encrypted", "--password"),
    ("write_image_only_pdf", "no_text", "scanned PDF without a text layer"),
    ("write_html_named_pdf", "not_pdf", "HTML"),
    ("write_lfs_pointer_pdf", "placeholder", "git lfs pull"),
    ("write_annex_pointer_txt", "placeholder", "git annex get"),
    ("write_script_only_html", "no_text", "no visible text"),
    ("write_binary_named_txt", "encoding", "not readable as text"),
    ("write_unreadable", "unreadable", ""),
    ("write_docx_like", "truncated", "Word"),
]


@pytest.mark.parametrize("engine", ["auto", "pdfplumber", "pdfium"])
@pytest.mark.parametrize(("writer", "kind", "words"), CASES)
def test_bad_file_is_reported(tmp_path: Path, writer: str, kind: str, words: str, engine: str) -> None:
    path = getattr(badfiles, writer)(tmp_path)
    with pytest.raises(UnreadableDocument) as caught:
        parse_file(path, engine=engine)
    error = caught.value
    assert error.kind == kind
    assert error.path == str(path)
    assert path.name in str(error)
    assert words in error.reason
    assert "\n" not in error.reason


@pytest.mark.parametrize("engine", ["auto", "pdfplumber", "pdfium"])
def test_page_with_too_many_characters(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, engine: str) -> None:
    path = badfiles.write_long_page_pdf(tmp_path, chars=3000)
    assert parse_file(path, engine=engine).page_count == 1
    monkeypatch.setattr(layout, "MAX_PAGE_CHARS", 1000)
    with pytest.raises(UnreadableDocument) as caught:
        parse_file(path, engine=engine)
    assert caught.value.kind == "too_large"
    assert "page 1" in caught.value.reason


def test_text_page_over_the_limit(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "long.txt"
    path.write_text("word " * 100)
    monkeypatch.setattr(layout, "MAX_TEXT_PAGE_CHARS", 100)
    with pytest.raises(UnreadableDocument) as caught:
        parse_file(path)
    assert caught.value.kind == "too_large"


def test_cp1252_text_is_read_not_refused(tmp_path: Path) -> None:
    document = parse_file(badfiles.write_cp1252_text(tmp_path))
    assert "\u00a3250" in document.text
    assert document.warnings


@pytest.mark.parametrize("engine", ["auto", "pdfplumber", "pdfium"])
def test_partly_scanned_pdf_warns(tmp_path: Path, engine: str) -> None:
    document = parse_file(badfiles.write_partly_scanned_pdf(tmp_path), engine=engine)
    assert document.text == "Minutes of the Harbour Board"
    assert document.warnings == ["page 2: no text layer and no image (blank?)"]


def test_damaged_pdf_with_end_marker(tmp_path: Path) -> None:
    path = tmp_path / "damaged.pdf"
    path.write_bytes(b"%PDF-1.4\n1 0 obj garbage\n%%EOF\n")
    with pytest.raises(UnreadableDocument) as caught:
        parse_file(path)
    assert caught.value.kind == "truncated"


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(UnreadableDocument) as caught:
        parse_file(tmp_path / "nowhere.pdf")
    assert caught.value.kind == "unreadable"
    assert "no such file" in caught.value.reason


def test_unknown_extension_says_what_it_is(tmp_path: Path) -> None:
    path = tmp_path / "photo.bin"
    path.write_bytes(b"\xff\xd8\xff\xe0" + bytes(100))
    with pytest.raises(UnreadableDocument) as caught:
        parse_file(path)
    assert caught.value.kind == "unsupported"
    assert "JPEG" in caught.value.reason


@pytest.mark.parametrize("engine", ["auto", "pdfplumber", "pdfium"])
def test_page_of_absurd_size(tmp_path: Path, engine: str) -> None:
    path = badfiles.write_huge_page_pdf(tmp_path)
    with pytest.raises(UnreadableDocument) as caught:
        parse_file(path, engine=engine)
    assert caught.value.kind == "too_large"
    assert "points" in caught.value.reason


def test_text_that_only_mentions_a_pointer_is_read(tmp_path: Path) -> None:
    """Minutes that quote a pointer's first line are minutes, not a placeholder."""
    path = tmp_path / "notes.txt"
    path.write_text("version https://git-lfs.github.com/spec/v1\nMinutes of the Archive Working Group\n"
                    "1. Apologies\nNone.\n")
    assert parse_file(path).lines
