"""A SQLite database opened read-only, for readers that must never change it (the web interface).

`Store` makes the schema on open, which writes; `ReadOnlyStore` opens an
existing file with SQLite's `mode=ro` (or `immutable=1`, for a file nothing
else writes while it is open) and offers the same `session()`, so the query
functions in `store.queries` and the owner matching in `store.owners` run on
it unchanged. Any statement that writes fails in SQLite itself.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import create_engine
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import NullPool

from ..errors import StoreError


def read_only_uri(path: str | Path, *, immutable: bool = False) -> str:
    """The SQLite URI that opens `path` read-only (`immutable=1`: and without locking)."""
    # as_uri percent-encodes "?" and "#" in the path, so they cannot add URI parameters.
    return Path(path).resolve().as_uri() + ("?immutable=1" if immutable else "?mode=ro")


class ReadOnlyStore:
    """An existing SQLite minutebook database opened read-only; `session()` as `Store.session()`."""

    dialect = "sqlite"

    def __init__(self, path: str | Path, *, immutable: bool = False) -> None:
        if not Path(path).is_file():
            raise StoreError(f"no database at {path}: load files with `minutebook ingest` first")
        uri = read_only_uri(path, immutable=immutable)
        self.path = str(path)
        # A new connection per session: SQLite opens a file in microseconds,
        # and callers come from many threads (Datasette runs queries in a pool).
        self.engine = create_engine(
            "sqlite://",
            creator=lambda: sqlite3.connect(uri, uri=True, check_same_thread=False),
            poolclass=NullPool,
        )
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)

    def __repr__(self) -> str:
        return f"ReadOnlyStore({self.path!r})"

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A session in one read transaction."""
        session = self._sessions()
        try:
            with session.begin():
                yield session
        finally:
            session.close()

    def close(self) -> None:
        """Release every connection."""
        self.engine.dispose()
