"""Opening the database: SQLite by path or any SQLAlchemy URL, tables made on first use.

A store opened `readonly` (every query command) writes nothing: SQLite is
opened read-only (so a database in a read-only folder can be read), and the
schema is checked, never made. A store opened for writing makes the schema
only in a new database, or in one that already is a minutebook database;
someone else's database, or an empty file, is refused untouched unless
`initialise` is asked for.
"""

from __future__ import annotations

import os
import sqlite3
import time
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path
from typing import Any, Protocol

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.exc import IntegrityError, OperationalError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from ..errors import AlreadyStored, StoreError, StoreUnavailable
from ..extract.records import Extraction
from ..ingest.document import DocumentInfo
from .queries.failures import FailureRow, list_failures
from .save import DocumentState, find_document_state, save_extraction, save_failure
from .schema import Upgrade, check_readable, create_schema, is_foreign_database, upgrade_schema

# Writers wait this long for a lock held by another process before failing;
# long enough for one document's transaction on a slow disk.
SQLITE_BUSY_TIMEOUT_MS = 30_000
SCHEMA_BUSY_RETRIES = 5
SCHEMA_BUSY_PAUSE = 0.1
"""Seconds before making the schema again after an immediate "locked" (times the attempt)."""


def is_url(target: str) -> bool:
    """True when `target` is a database URL rather than a file path."""
    return "://" in target


def _set_sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    # The wait first: switching to WAL itself needs a lock another load may hold.
    cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
    # WAL lets readers query while a load writes; foreign keys make the
    # ON DELETE CASCADE from documents actually happen in SQLite.
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    # In WAL mode NORMAL still never corrupts the file and a crash of the
    # program loses nothing; only a power cut may drop the last commit.
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


IMMEDIATE_OPTION = "minutebook_immediate"
"""Execution option that makes a SQLite transaction take the write lock at its start."""


def _begin_sqlite_transaction(connection: Any) -> None:
    """Begin each transaction ourselves: a write one (IMMEDIATE_OPTION) takes SQLite's write lock
    at its start, waiting busy_timeout for it; a read one takes none.

    A deferred transaction that reads and then writes fails at once with
    "database is locked" when another load committed in between; an
    immediate one waits its turn and then reads what that load stored.
    """
    immediate = connection.get_execution_options().get(IMMEDIATE_OPTION)
    connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


def _leave_transactions_to_sqlalchemy(dbapi_connection: Any, _record: Any) -> None:
    # pysqlite would otherwise open its own deferred transactions.
    dbapi_connection.isolation_level = None


def _set_sqlite_read_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA query_only=ON")
    cursor.close()


def read_only_uri(path: str | Path, *, immutable: bool = False) -> str:
    """The SQLite URI that opens `path` read-only (`immutable=1`: and without locking)."""
    # as_uri percent-encodes "?" and "#" in the path, so they cannot add URI parameters.
    return Path(path).resolve().as_uri() + ("?immutable=1" if immutable else "?mode=ro")


def create_store_engine(target: str, *, readonly: bool = False, immutable: bool = False) -> Engine:
    """An engine for a SQLite path or a database URL, with SQLite pragmas set per connection.

    `readonly` opens SQLite read-only (nothing, not even the journal mode, is
    changed); a database URL is opened as it is, and only read. `immutable`
    (with `readonly`) also skips SQLite's locking, for a file nothing writes
    while it is open (`minutebook serve`).
    """
    options: dict[str, Any] = {}
    if is_url(target):
        url = target
        if readonly and url.startswith(("postgresql", "postgres")):
            # The server itself refuses any write in a read-only session.
            options["connect_args"] = {"options": "-c default_transaction_read_only=on"}
    else:
        path = Path(target).expanduser()
        if not path.parent.is_dir():
            raise StoreError(
                f"cannot open database {target}: the folder {path.parent} does not exist; create it first "
                "or name a database in an existing folder"
            )
        url = f"sqlite:///{path}"
        if readonly:
            uri = read_only_uri(path, immutable=immutable)
            options["creator"] = lambda: sqlite3.connect(uri, uri=True, check_same_thread=False)
    try:
        engine = create_engine(url, **options)
    except (SQLAlchemyError, ImportError, ValueError) as err:
        raise StoreError(
            f"cannot open database {_describe(target)}: {_first_line(err)} "
            "(a path means SQLite; a URL needs its driver, e.g. "
            "pip install 'minutebook[postgres]' for postgresql+psycopg://)"
        ) from err
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _set_sqlite_read_pragmas if readonly else _set_sqlite_pragmas)
        if not readonly:
            event.listen(engine, "connect", _leave_transactions_to_sqlalchemy)
            event.listen(engine, "begin", _begin_sqlite_transaction)
    return engine


class SessionSource(Protocol):
    """What a query needs: sessions on a minutebook database (`Store`, or a read-only view of one)."""

    def session(self) -> AbstractContextManager[Session]: ...


class Store:
    """The minutebook database: documents and everything read from them."""

    def __init__(
        self, target: str, *, readonly: bool = False, immutable: bool = False, initialise: bool = False
    ) -> None:
        """Open `target`; `readonly` for questions only (`immutable`: a file nothing writes while
        it is open); `initialise` to make a minutebook database in a file or database that holds
        something else (or nothing: a 0-byte file)."""
        if immutable and not readonly:
            raise ValueError("only a read-only store can be opened immutable")
        self.target = target
        self.readonly = readonly
        name = _describe(target)
        if not is_url(target):
            _check_sqlite_file(target, readonly=readonly)
            if not readonly and not initialise:
                _refuse_other_sqlite_file(target)
        self.engine = create_store_engine(target, readonly=readonly, immutable=immutable)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        try:
            if readonly:
                check_readable(self.engine, name=name)
            else:
                if is_url(target) and not initialise and is_foreign_database(self.engine):
                    raise StoreError(_not_minutebook_message(name))
                self._create_schema(name)
        except StoreError:
            self.engine.dispose()
            raise
        except SQLAlchemyError as err:
            self.engine.dispose()
            raise StoreError(describe_store_error(err, name=name)) from err

    def _create_schema(self, name: str) -> None:
        """`create_schema`, begun again when SQLite answers "locked" without waiting.

        Two cases skip SQLite's busy handler and fail at once: a WAL read
        snapshot that another load's commit made stale, and the switch of a
        database just created by another load into WAL mode. SQLite's remedy
        for both is to start the transaction again, which finds that load's
        schema made.
        """
        for attempt in range(SCHEMA_BUSY_RETRIES + 1):
            try:
                create_schema(self.engine, name=name)
                return
            except OperationalError as err:
                if attempt == SCHEMA_BUSY_RETRIES or "database is locked" not in str(err.orig).lower():
                    raise
                time.sleep(SCHEMA_BUSY_PAUSE * (attempt + 1))

    def __repr__(self) -> str:
        return f"Store({_describe(self.target)!r})"

    @property
    def dialect(self) -> str:
        """"sqlite", "postgresql", …"""
        return self.engine.dialect.name

    @contextmanager
    def session(self, *, write: bool = False) -> Iterator[Session]:
        """A session in one transaction: committed on success, rolled back on any error.

        `write` takes SQLite's write lock at the start (waiting for another
        load's), so what the transaction reads is still true when it writes.
        """
        session = self._sessions()
        try:
            with session.begin():
                if write:
                    session.connection(execution_options={IMMEDIATE_OPTION: True})
                yield session
        except OperationalError as err:
            message = describe_store_error(err, name=_describe(self.target))
            if _is_unavailable(err):
                raise StoreUnavailable(message) from err
            raise
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
        for attempt in range(2):
            try:
                with self.session(write=True) as session:
                    return save_extraction(session, info, extraction)
            except IntegrityError:
                # Another load stored this path between our look-up and our
                # insert (PostgreSQL runs them side by side): it is either
                # the same file, so nothing is left to do, or a changed one
                # that one more try replaces.
                state = self.document_state(info.path, info.sha256)
                if state in ("unchanged", "copy"):
                    raise AlreadyStored(info.path, state) from None
                if attempt:
                    raise
        raise AssertionError("unreachable")

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
        for attempt in range(2):
            try:
                with self.session(write=True) as session:
                    save_failure(session, path=path, name=name, reason=reason, kind=kind, sha256=sha256, format=format)
                return
            except IntegrityError:
                if attempt:  # another load recorded the same path meanwhile; once more updates its row
                    raise

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


def _check_sqlite_file(target: str, *, readonly: bool) -> None:
    """Refuse, before SQLite sees it, a database path that cannot be what is asked of it."""
    path = Path(target).expanduser()
    if path.is_dir():
        raise StoreError(f"cannot open database {target}: it is a folder; name a file inside it")
    if readonly:
        return
    if path.exists() and not os.access(path, os.W_OK):
        raise StoreError(
            f"database {target} is read-only: queries still work; to load or merge, copy it somewhere "
            "you can write or ask for write access"
        )
    folder = path.parent
    if folder.is_dir() and not os.access(folder, os.W_OK):
        raise StoreError(
            f"database {target} is in a read-only folder ({folder}), where SQLite cannot keep its journal: "
            "queries still work; to load or merge, copy it somewhere you can write"
        )


EMPTY_FILE_GRACE = (0.05, 0.2, 0.5)
"""Seconds to look again at a 0-byte database file: another load may have created it this instant."""


def _refuse_other_sqlite_file(target: str) -> None:
    """Raise StoreError when an existing file is not a minutebook database, before anything writes to it.

    The look is taken holding SQLite's write lock (waiting for it as a write
    would), so a database another load is making at this moment is seen
    finished, not half-made; taking and releasing the lock writes nothing.
    """
    path = Path(target).expanduser()
    for pause in EMPTY_FILE_GRACE:
        if not path.exists() or path.stat().st_size:
            break
        time.sleep(pause)
    if not path.exists():
        return
    if path.stat().st_size == 0:
        raise StoreError(_not_minutebook_message(target, what="an empty file (0 bytes)"))
    try:
        connection = sqlite3.connect(
            read_only_uri(path).replace("?mode=ro", "?mode=rw"), uri=True, isolation_level=None,
            timeout=SQLITE_BUSY_TIMEOUT_MS / 1000,
        )
    except sqlite3.Error as err:
        raise StoreError(describe_store_error(err, name=target)) from err
    try:
        connection.execute("BEGIN IMMEDIATE")
        tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        connection.execute("ROLLBACK")
    except sqlite3.Error as err:
        raise StoreError(describe_store_error(err, name=target)) from err
    finally:
        connection.close()
    # A SQLite file with no tables holds nothing to spoil: it is the database
    # another load has just created and not yet given its schema (that load
    # makes it under the same lock), or an empty one; either way it is ours.
    if tables and not tables & {"documents", "minutebook_info"}:
        raise StoreError(_not_minutebook_message(target))


def _not_minutebook_message(name: str, *, what: str = "not a minutebook database") -> str:
    return (
        f"{name} is {what}: nothing in it was changed. Name another --db, or pass "
        "`ingest --init` to make a minutebook database in it"
    )


def _is_unavailable(err: BaseException) -> bool:
    """A database that refuses every write now (read-only, locked), as opposed to one bad document."""
    detail = str(getattr(err, "orig", None) or err).lower()
    return "readonly database" in detail or "read-only" in detail or "database is locked" in detail


def describe_store_error(err: BaseException, *, name: str) -> str:
    """One line for a database error: what went wrong and what to do, without the SQL."""
    detail = str(getattr(err, "orig", None) or err).strip()
    detail = detail.splitlines()[0] if detail else type(err).__name__
    lowered = detail.lower()
    if "readonly database" in lowered or "read-only" in lowered:
        return (f"database {name} is read-only ({detail}): copy it somewhere you can write, "
                "or ask for write access")
    if "database is locked" in lowered:
        return (f"database {name} is locked by another program (waited {SQLITE_BUSY_TIMEOUT_MS // 1000} s): "
                "close the program holding it (a SQLite browser with unsaved changes?) and run the load again")
    if "file is not a database" in lowered:
        return f"{name} is not a SQLite database ({detail}): name a minutebook database with --db"
    return f"cannot open database {name}: {detail}"


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
