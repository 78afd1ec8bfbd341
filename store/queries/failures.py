"""Files that could not be read: the latest failure of each, for `minutebook errors`."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import select

from ...models import Document, LoadError

if TYPE_CHECKING:
    from ..database import SessionSource


@dataclass(frozen=True, slots=True)
class FailureRow:
    """A file that could not be read, as `minutebook errors` lists it."""

    path: str
    name: str
    reason: str
    kind: str
    at: dt.datetime
    sha256: str | None = None
    format: str | None = None
    kept_earlier: bool = False
    """True when records from an earlier good load of this path are still stored."""


def list_failures(store: "SessionSource") -> list[FailureRow]:
    """Every file whose latest read failed, oldest first."""
    with store.session() as session:
        rows = session.execute(
            select(LoadError, Document.status)
            .outerjoin(Document, Document.path == LoadError.path)
            .order_by(LoadError.at, LoadError.id)
        ).all()
        return [
            FailureRow(
                path=error.path,
                name=error.file_name,
                reason=error.reason,
                kind=error.kind,
                at=error.at,
                sha256=error.sha256,
                format=error.format,
                kept_earlier=status == "loaded",
            )
            for error, status in rows
        ]


WARNING_KIND = "warning"
"""The kind of a row for a file that loaded with a warning (cp1252 text, say)."""


def list_warnings(store: "SessionSource") -> list[FailureRow]:
    """Every loaded file that its reader warned about (one row per warning), oldest first."""
    import json

    with store.session() as session:
        documents = session.execute(
            select(Document.path, Document.file_name, Document.warnings, Document.loaded_at)
            .where(Document.status == "loaded", Document.warnings.is_not(None))
            .order_by(Document.loaded_at, Document.id)
        ).all()
    rows = []
    for path, name, warnings, at in documents:
        try:
            messages = json.loads(warnings or "[]")
        except ValueError:
            messages = [warnings]
        rows += [FailureRow(path=path, name=name, reason=str(message), kind=WARNING_KIND, at=at, kept_earlier=True)
                 for message in messages]
    return rows
