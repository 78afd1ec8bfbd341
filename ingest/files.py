"""Finding the documents to read under the files and folders a user names."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Iterable, Iterator

SKIPPED_SUFFIXES = frozenset({
    # images
    ".png", ".jpg", ".jpeg", ".gif", ".bmp", ".tif", ".tiff", ".webp", ".svg", ".ico", ".heic",
    # archives and packages
    ".zip", ".gz", ".tgz", ".bz2", ".xz", ".7z", ".rar", ".tar", ".jar",
    # media, programs and data files that are never minutes
    ".mp3", ".mp4", ".mov", ".avi", ".wav", ".exe", ".dll", ".so", ".dmg", ".iso",
    ".db", ".sqlite", ".sqlite3", ".pyc", ".css", ".js", ".json", ".xml", ".csv", ".ics",
    # partial downloads and backups
    ".part", ".crdownload", ".tmp", ".bak", ".lock",
})
SKIPPED_PREFIXES = ("~$", ".~lock.", "~")
"""Office lock and temporary files (`~$minutes.docx`, `.~lock.minutes.odt#`)."""
SKIPPED_NAMES = frozenset({"Thumbs.db", "desktop.ini", "__MACOSX"})


def iter_files(paths: Iterable[str | Path]) -> Iterator[Path]:
    """Files to read, in sorted order: named files as given, folders searched recursively.

    Hidden files and folders, office temporary files and obvious non-documents
    (images, archives, ...) inside folders are skipped; a file named directly
    is always yielded. A path that does not exist is yielded too, so that
    reading it reports the problem for that one path. Symlinked folders are
    followed once, so a link loop cannot recurse forever; each file is yielded
    once however many ways lead to it.
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
        elif not is_skipped_file(entry.name) and entry.is_file() and _first_visit(path, seen_files):
            yield path


def _is_hidden(name: str) -> bool:
    return name.startswith(".") or name in SKIPPED_NAMES


def is_skipped_file(name: str) -> bool:
    """True for hidden, temporary and non-document file names met inside a folder."""
    if _is_hidden(name) or name.startswith(SKIPPED_PREFIXES):
        return True
    return Path(name).suffix.lower() in SKIPPED_SUFFIXES
