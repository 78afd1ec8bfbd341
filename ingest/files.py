"""Finding the documents to read under the files and folders a user names."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Iterable, Iterator

from .detect import HEAD_BYTES, detect_format

DOCUMENT_SUFFIXES = frozenset({
    ".pdf", ".html", ".htm", ".xhtml", ".aspx", ".asp", ".php", ".jsp", ".txt", ".text",
    ".md", ".markdown",
    # not readable, but yielded so that the load reports them ("save it as PDF first")
    ".doc", ".docx", ".odt", ".rtf",
})
"""Files inside a folder are taken with one of these extensions, or with no
extension when their first bytes show a PDF or HTML page: images, archives,
programs and data files are passed over. A file named on its own is always
taken, whatever its extension."""
PROJECT_NOTE_STEMS = frozenset({"readme", "license", "licence", "changelog", "contributing", "notice", "authors"})
"""Notes that sit beside documents in a folder (README.md) are not minutes."""
SKIPPED_PREFIXES = ("~$", ".~lock.", "~")
"""Office lock and temporary files (`~$minutes.docx`, `.~lock.minutes.odt#`)."""
SKIPPED_NAMES = frozenset({"Thumbs.db", "desktop.ini", "__MACOSX"})


def iter_files(paths: Iterable[str | Path]) -> Iterator[Path]:
    """Files to read, in sorted order: named files as given, folders searched recursively.

    Inside folders only document files (`DOCUMENT_SUFFIXES`) are taken, and
    hidden files and folders and office temporary files are skipped; a file
    named directly is always yielded. A path that does not exist is yielded
    too, so that reading it reports the problem for that one path. Symlinked
    folders are followed once, so a link loop cannot recurse forever; each
    file is yielded once however many ways lead to it.
    """
    seen_files: set[tuple[int, int]] = set()
    seen_dirs: set[tuple[int, int]] = set()
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            yield from _iter_folder(path, seen_dirs, seen_files)
        elif _first_visit(path, seen_files):
            yield path


def _identity(path: Path) -> tuple[int, int] | None:
    try:
        stat = path.stat()
    except OSError:
        return None
    return (stat.st_dev, stat.st_ino)


def _first_visit(path: Path, seen: set[tuple[int, int]]) -> bool:
    identity = _identity(path)
    if identity is None:
        return True
    if identity in seen:
        return False
    seen.add(identity)
    return True


def _iter_folder(folder: Path, seen_dirs: set[tuple[int, int]], seen_files: set[tuple[int, int]]) -> Iterator[Path]:
    if not _first_visit(folder, seen_dirs):
        return
    try:
        entries = sorted(os.scandir(folder), key=lambda entry: entry.name)
    except OSError:
        # an unreadable folder: yield it so that reading it reports the problem
        yield folder
        return
    for entry in entries:
        if _is_hidden(entry.name):
            continue
        path = Path(entry.path)
        try:
            is_dir = entry.is_dir()
        except OSError:
            is_dir = False
        if is_dir:
            yield from _iter_folder(path, seen_dirs, seen_files)
        elif entry.is_file() and _is_wanted(path) and _first_visit(path, seen_files):
            yield path


def _is_hidden(name: str) -> bool:
    return name.startswith(".") or name in SKIPPED_NAMES


def is_skipped_file(name: str) -> bool:
    """True for hidden, temporary and non-document file names met inside a folder."""
    if _is_hidden(name) or name.startswith(SKIPPED_PREFIXES):
        return True
    if Path(name).stem.lower() in PROJECT_NOTE_STEMS:
        return True
    return Path(name).suffix.lower() not in DOCUMENT_SUFFIXES


def _is_wanted(path: Path) -> bool:
    """A document by its name, or an extensionless file whose content is a PDF or HTML page."""
    if not path.suffix:
        if _is_hidden(path.name) or path.name.startswith(SKIPPED_PREFIXES):
            return False
        try:
            with path.open("rb") as handle:
                head = handle.read(HEAD_BYTES)
        except OSError:
            return True  # reading it will report the problem for this path
        return detect_format(path, head) in ("pdf", "html")
    return not is_skipped_file(path.name)
