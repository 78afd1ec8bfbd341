"""Format detection and file discovery."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from minutebook.ingest import detect_format, iter_files


@pytest.mark.parametrize(
    ("name", "head", "expected"),
    [
        ("minutes.pdf", b"%PDF-1.7\n%\xe2\xe3", "pdf"),
        ("minutes.bin", b"\r\n%PDF-1.4\n", "pdf"),
        ("page", b"<!DOCTYPE html><html><body>", "html"),
        ("page.txt", b"  <html lang='en'><body>", "html"),
        ("page.aspx", b"Agenda <b>item</b>", "html"),
        ("download", b"<div class='x'><p>Minutes</p></div>", "html"),
        ("plan.txt", b"1.\t<i>Foreword</i>\t3\n<p>note</p>", "text"),
        ("notes.md", b"# Minutes\n<table> in prose", "text"),
        ("notes", b"Minutes of the meeting", "text"),
        ("legacy.txt", "Caf\u00e9".encode("cp1252"), "text"),
        ("minutes.docx", b"PK\x03\x04\x14\x00", None),
        ("scan.png", b"\x89PNG\r\n\x1a\n", None),
        ("noise.txt", b"\x00\x01\x02\x03binary", None),
        ("minutes.txt", b"%PDF-1.5\n", "pdf"),
    ],
)
def test_detect_format_by_content_then_extension(name: str, head: bytes, expected: str | None) -> None:
    assert detect_format(Path(name), head) == expected


def _touch(path: Path, text: str = "x") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text)
    return path


def test_iter_files_walks_folders_sorted_and_skips_non_documents(tmp_path: Path) -> None:
    for name in ["b.pdf", "a.txt", "sub/c.html", "sub/deeper/d.PDF", ".hidden.pdf", ".git/config",
                 "~$draft.docx", "~$notes.txt", "logo.png", "bundle.zip", "sub/Thumbs.db", "README.md",
                 "make_samples.py", "source.pdfsrc", "minutes.docx"]:
        _touch(tmp_path / name)
    found = [path.relative_to(tmp_path).as_posix() for path in iter_files([tmp_path])]
    # a Word file is taken so that the load can report it as unsupported
    assert found == ["a.txt", "b.pdf", "minutes.docx", "sub/c.html", "sub/deeper/d.PDF"]


def test_iter_files_takes_markdown_minutes_and_extensionless_pdfs_by_content(tmp_path: Path) -> None:
    _touch(tmp_path / "minutes-2019.md", "# Minutes")
    (tmp_path / "minutes-2020").write_bytes(b"%PDF-1.4\n")
    _touch(tmp_path / "notes", "plain words, no document")
    _touch(tmp_path / "CHANGELOG.md", "# Changes")
    found = [path.name for path in iter_files([tmp_path])]
    assert found == ["minutes-2019.md", "minutes-2020"]


def test_iter_files_yields_named_files_as_given_and_once(tmp_path: Path) -> None:
    image = _touch(tmp_path / "scan.png")
    text = _touch(tmp_path / "a.txt")
    missing = tmp_path / "missing.pdf"
    found = list(iter_files([image, str(text), tmp_path, missing]))
    assert found == [image, text, missing]


def test_iter_files_survives_symlink_loops(tmp_path: Path) -> None:
    _touch(tmp_path / "docs" / "a.txt")
    try:
        os.symlink(tmp_path / "docs", tmp_path / "docs" / "loop")
    except OSError:
        pytest.skip("symlinks not available")
    found = list(iter_files([tmp_path]))
    assert [path.name for path in found] == ["a.txt"]
