"""Finding the documents to read under the files and folders a user names."""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path
from typing import BinaryIO, Iterable, Iterator

from ..errors import UnreadableDocument
from .detect import (
    HEAD_BYTES,
    HTML_SUFFIXES,
    OFFICE_SUFFIXES,
    PDF_SUFFIXES,
    TEXT_SUFFIXES,
    describe_placeholder,
    detect_format,
)

DOCUMENT_SUFFIXES = PDF_SUFFIXES | HTML_SUFFIXES | TEXT_SUFFIXES | OFFICE_SUFFIXES
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
        kind = _entry_kind(entry)
        if kind == "folder":
            yield from _iter_folder(path, seen_dirs, seen_files)
        elif kind == "file":
            if _is_wanted(path) and _first_visit(path, seen_files):
                yield path
        elif not is_skipped_file(entry.name):
            # A dangling link, a link loop, a pipe or a device with a
            # document's name: yielded (never opened here) so that the load
            # names what is wrong with it instead of passing it over.
            yield path


def _entry_kind(entry: os.DirEntry[str]) -> str:
    """ "folder", "file" (a regular file, perhaps through a link) or "other" (anything that cannot be read)."""
    try:
        if entry.is_dir():
            return "folder"
        if entry.is_file():
            return "file"
    except OSError:  # a symlink loop, or a link into a folder we may not enter
        pass
    return "other"


def open_document_file(path: str | Path) -> BinaryIO:
    """Open a file for reading, refusing anything that is not a regular file before it can block.

    A named pipe or a device named on the command line would otherwise hang
    the load or never end; a dangling link or a link loop gets its own
    reason. Raises `UnreadableDocument` (kind "unreadable", or "placeholder" for
    a git-annex link never fetched) naming what the path is.
    """
    try:
        mode = os.stat(path).st_mode
    except OSError as err:
        raise _open_error(path, err) from err
    if not stat.S_ISREG(mode):
        raise UnreadableDocument(path, _describe_special(mode), kind="unreadable")
    # Non-blocking open and a second check on the open file, in case the
    # path was swapped for a pipe between the two calls.
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_BINARY", 0)
    try:
        descriptor = os.open(path, flags)
    except OSError as err:
        raise _open_error(path, err) from err
    try:
        mode = os.fstat(descriptor).st_mode
    except OSError as err:
        os.close(descriptor)
        raise _open_error(path, err) from err
    if not stat.S_ISREG(mode):
        os.close(descriptor)
        raise UnreadableDocument(path, _describe_special(mode), kind="unreadable")
    return os.fdopen(descriptor, "rb")


def _describe_special(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return "is a folder that could not be listed: check its permissions"
    if stat.S_ISFIFO(mode):
        what = "a named pipe (FIFO)"
    elif stat.S_ISCHR(mode):
        what = "a character device"
    elif stat.S_ISBLK(mode):
        what = "a block device"
    elif stat.S_ISSOCK(mode):
        what = "a socket"
    else:
        what = "a special file"
    return f"is {what}, not a regular file: minutebook reads only files; name the document itself"


def _open_error(path: str | Path, err: OSError) -> UnreadableDocument:
    """The error for a path that could not be opened: "placeholder" for a git-annex link whose content was never
    fetched (a dangling link into the repository's object store), else "unreadable" with the reason."""
    if isinstance(err, FileNotFoundError) and os.path.islink(path):
        try:
            placeholder = describe_placeholder(os.readlink(path).encode("utf-8", "replace"))
        except OSError:
            placeholder = None
        if placeholder is not None:
            return UnreadableDocument(path, f"not downloaded: the file is {placeholder}", kind="placeholder")
    return UnreadableDocument(path, _describe_open_error(path, err), kind="unreadable")


def _describe_open_error(path: str | Path, err: OSError) -> str:
    if err.errno == errno.ELOOP:
        return "symlink loop (too many levels of symbolic links): fix or remove the link"
    if isinstance(err, FileNotFoundError):
        if os.path.islink(path):
            try:
                target = os.readlink(path)
            except OSError:
                target = "a missing file"
            return f"dangling symlink: it points to {target}, which does not exist"
        return "no such file: check the path"
    if isinstance(err, PermissionError):
        return "permission denied: ask for read access or copy the file somewhere you can read it"
    return f"could not be read ({err.strerror or err}): check the disk or network share"


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
