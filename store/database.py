"""Opening the database: SQLite by path or any SQLAlchemy URL, tables made on first use."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path
from typing import Any, Protocol

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from ..errors import StoreError
from ..extract.records import Extraction
from ..ingest.document import DocumentInfo
from .queries.failures import FailureRow, list_failures
from .save import DocumentState, find_document_state, save_extraction, save_failure
from .schema import Upgrade, create_schema, upgrade_schema

# Writers wait this long for a lock held by another process before failing;
# long enough for one document's transaction on a slow disk.
SQLITE_BUSY_TIMEOUT_MS = 30_000


def is_url(target: str) -> bool:
    """True when `target` is a database URL rather than a file path."""
    return "://" in target


def _set_sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    # WAL lets readers query while a load writes; foreign keys make the
    # ON DELETE CASCADE from documents actually happen in SQLite.
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
    # In WAL mode NORMAL still never corrupts the file and a crash of the
    # program loses nothing; only a power cut may drop the last commit.
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def create_store_engine(target: str) -> Engine:
    """An engine for a SQLite path or a database URL, with SQLite pragmas set per connection."""
    if is_url(target):
        url = target
    else:
        path = Path(target).expanduser()
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as err:
            raise StoreError(f"cannot create the folder for database {target}: {err}") from err
        url = f"sqlite:///{path}"
    try:
        engine = create_engine(url)
    except (SQLAlchemyError, ImportError, ValueError) as err:
        raise StoreError(
            f"cannot open database {_describe(target)}: {_first_line(err)} "
            "(a path means SQLite; a URL needs its driver, e.g. "
            "pip install 'minutebook[postgres]' for postgresql+psycopg://)"
        ) from err
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _set_sqlite_pragmas)
    return engine


class SessionSource(Protocol):
    """What a query needs: sessions on a minutebook database (`Store`, or a read-only view of one)."""

    def session(self) -> AbstractContextManager[Session]: ...


class Store:
    """The minutebook database: documents and everything read from them."""

    def __init__(self, target: str) -> None:
        self.target = target
        self.engine = create_store_engine(target)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        try:
            create_schema(self.engine, name=_describe(target))
        except StoreError:
            self.engine.dispose()
            raise
        except SQLAlchemyError as err:
            self.engine.dispose()
            raise StoreError(f"cannot open database {_describe(target)}: {_first_line(err)}") from err

    def __repr__(self) -> str:
        return f"Store({_describe(self.target)!r})"

    @property
    def dialect(self) -> str:
        """"sqlite", "postgresql", …"""
        return self.engine.dialect.name

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A session in one transaction: committed on success, rolled back on any error."""
        session = self._sessions()
        try:
            with session.begin():
                yield session
        finally:
            session.close()

    def close(self) -> None:
        """Release every connection."""
        self.engine.dispose()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # The write path lives in store/save.py; each write is one transaction here.
    def document_state(self, path: str, sha256: str) -> DocumentState:
        """How a file stands against what is stored: "new", "unchanged", "changed" or "copy"."""
        with self.session() as session:
            return find_document_state(session, path, sha256)

    def save_extraction(self, info: DocumentInfo, extraction: Extraction) -> int:
        """Store one document's records in one transaction, replacing its earlier load; return its id.

        If any step fails, nothing is written and an earlier load of the same
        path stays as it was.
        """
        with self.session() as session:
            return save_extraction(session, info, extraction)

    def save_failure(
        self,
        *,
        path: str,
        name: str,
        reason: str,
        kind: str,
        sha256: str | None = None,
        format: str | None = None,
    ) -> None:
        """Record that `path` could not be read, keeping any records stored from it before."""
        with self.session() as session:
            save_failure(session, path=path, name=name, reason=reason, kind=kind, sha256=sha256, format=format)

    def failures(self) -> list[FailureRow]:
        """The latest failure of every file that has not loaded since (see `store.queries.failures`)."""
        return list_failures(self)


def upgrade_database(target: str) -> Upgrade:
    """Bring the database at `target` up to this version's schema in place (`minutebook upgrade`)."""
    engine = create_store_engine(target)
    try:
        return upgrade_schema(engine, name=_describe(target))
    except SQLAlchemyError as err:
        raise StoreError(f"cannot upgrade database {_describe(target)}: {_first_line(err)}; nothing in it was changed") from err
    finally:
        engine.dispose()


def _describe(target: str) -> str:
    """The database name without any password in its URL."""
    if not is_url(target):
        return target
    try:
        from sqlalchemy.engine import make_url

        return make_url(target).render_as_string(hide_password=True)
    except Exception:  # a malformed URL is still worth naming as given
        return target


def _first_line(err: BaseException) -> str:
    return str(err).strip().splitlines()[0] if str(err).strip() else type(err).__name__
