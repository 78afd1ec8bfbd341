"""Opening the database: SQLite by path or any SQLAlchemy URL, tables made on first use."""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Any, Literal

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from ..errors import StoreError
from ..models import Base
from ..models.views import create_views
from .schema import check_schema, stamp_schema

if TYPE_CHECKING:
    from ..extract.records import Extraction
    from ..ingest.document import DocumentInfo
    from .save import FailureRow

# Writers wait this long for a lock held by another process before failing;
# long enough for one document's transaction on a slow disk.
SQLITE_BUSY_TIMEOUT_MS = 30_000

SchemaHook = Callable[[Engine], None]
_SCHEMA_HOOKS: list[SchemaHook] = []

DocumentState = Literal["new", "unchanged", "changed", "copy"]


def register_schema_hook(hook: SchemaHook) -> SchemaHook:
    """Run `hook(engine)` after the tables are created (extra DDL such as search indexes)."""
    if hook not in _SCHEMA_HOOKS:
        _SCHEMA_HOOKS.append(hook)
    return hook


def load_optional_module(name: str) -> ModuleType | None:
    """Import `minutebook.store.<name>` if that module exists, else None.

    Person linking and search indexing live in modules written separately;
    the store works without them, but an error inside one still surfaces.
    """
    full_name = f"{__package__}.{name}"
    try:
        return importlib.import_module(full_name)
    except ModuleNotFoundError as err:
        if err.name == full_name:
            return None
        raise


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


class Store:
    """The minutebook database: documents and everything read from them."""

    def __init__(self, target: str) -> None:
        self.target = target
        self.engine = create_store_engine(target)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        # Modules that add their own DDL register it on import.
        load_optional_module("search")
        load_optional_module("people")
        try:
            # Checked before anything is created, so a database this version
            # cannot read is left exactly as it was.
            check_schema(self.engine, Base.metadata, name=_describe(target))
            Base.metadata.create_all(self.engine)
            create_views(self.engine)
            for hook in list(_SCHEMA_HOOKS):
                hook(self.engine)
            stamp_schema(self.engine)
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

    # The write path lives in store/save.py; these keep one object to call.
    def document_state(self, path: str, sha256: str) -> DocumentState:
        """How a file stands against what is stored: "new", "unchanged", "changed" or "copy"."""
        from .save import find_document_state

        return find_document_state(self, path, sha256)

    def save_extraction(self, info: "DocumentInfo", extraction: "Extraction") -> int:
        """Store one document's records in one transaction, replacing its earlier load; return its id."""
        from .save import save_extraction

        return save_extraction(self, info, extraction)

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
        from .save import save_failure

        save_failure(self, path=path, name=name, reason=reason, kind=kind, sha256=sha256, format=format)

    def failures(self) -> list["FailureRow"]:
        """The latest failure of every file that has not loaded since."""
        from .save import list_failures

        return list_failures(self)


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
