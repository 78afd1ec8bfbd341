"""Typed errors that carry the context a person needs to act on them."""

from __future__ import annotations

from pathlib import Path


class MinutebookError(Exception):
    """Base class for every error minutebook raises on purpose."""


class UnreadableDocument(MinutebookError):
    """A file could not be turned into a parsed document.

    `reason` is one line a clerk can read in a summary ("encrypted PDF: pass
    --password"); `kind` is a short stable code for grouping and tests.
    """

    def __init__(self, path: str | Path, reason: str, *, kind: str = "unreadable") -> None:
        self.path = str(path)
        self.reason = reason
        self.kind = kind
        super().__init__(f"{self.path}: {reason}")


class StoreError(MinutebookError):
    """The database could not be opened or written."""


class StoreUnavailable(StoreError):
    """The database cannot be written at all just now (read-only, or locked by another program):
    every further file would fail the same way, so a load stops with this message."""


class AlreadyStored(StoreError):
    """Another load stored this file (same path, same bytes) while this one was reading it."""

    def __init__(self, path: str, state: str) -> None:
        self.path = path
        self.state = state
        super().__init__(f"{path}: already stored by another load ({state})")


class NotFound(MinutebookError):
    """A meeting, document or person named on the command line is not stored."""


class BadQuery(MinutebookError):
    """A search or filter the user typed cannot be run; the message says how to fix it."""
