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
