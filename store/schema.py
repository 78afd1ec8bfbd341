"""The database schema: made in one place, in order, and checked before it is touched.

`create_schema` is the one function that makes a database ready: for a new
database the tables and their indexes (the models in `minutebook.models`),
stamped at the newest migration; then, for any database this version can
use, the dialect's full-text index over `search_records` and the
documented views (`store/views.py`).

Changes to the tables ship as Alembic revisions (`store/migrations/`). A
database stamped at an older revision, or made before migrations, is
refused before anything is changed, with a message naming
`minutebook upgrade`, which brings it forward in place (`upgrade_schema`);
a database from a newer minutebook is refused too.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any, Literal

from sqlalchemy import Connection, Engine, MetaData, create_engine, event, insert, inspect, select, text, update
from sqlalchemy.schema import CreateIndex

from ..errors import StoreError
from ..models import Base, StoreInfo
from .migrations import (
    BASELINE_REVISION,
    COLUMNS_ADDED_BY_REVISIONS,
    TABLES_ADDED_BY_REVISIONS,
    current_revision,
    head_revision,
    known_revisions,
    stamp_revision,
    upgrade_revisions,
)
from .views import VIEW_NAMES, create_views, replace_views

SCHEMA_VERSION = 2
"""The number stamped in minutebook_info. Releases from before migrations read only 1 and refuse
anything higher as "made by a newer minutebook"; from 2 on, the Alembic revision says what a
database holds."""
LEGACY_SCHEMA_VERSION = 1
"""The stamp of the last release before migrations: the tables of the baseline revision."""
SCHEMA_VERSION_KEY = "schema_version"
MISSING_NAMED = 5
"""Missing columns named in the error message; the rest are counted."""
ADDED_INDEXES = ("ix_action_owners_name_person_action", "ix_person_links_mention_lower")
"""Indexes added to tables before migrations; an upgrade from before migrations makes them by name."""

SQLITE_UPGRADE_BUSY_TIMEOUT_MS = 30_000
"""An upgrade waits this long for a load that holds the SQLite file."""

SCHEMA_LOCK_KEY = 0x6D696E75
"""PostgreSQL advisory lock taken while the schema is made ("minu")."""

SchemaState = Literal["new", "current"]


def create_schema(engine: Engine, *, name: str) -> None:
    """Make the database at `engine` ready for this version, or raise StoreError leaving it untouched.

    In order: refuse a database this version cannot use as it is (before
    anything is created); for a new database, the tables with their indexes
    and the migration stamp; then the full-text index, the views and the
    schema number. Every step is safe to run on a database that already has
    it, and a database already complete is only read. Otherwise the steps run
    in one transaction under a lock (SQLite's write lock, a PostgreSQL
    advisory lock), so two loads starting on a new database never race: the
    second waits, then finds the schema made.
    """
    if check_schema(engine, Base.metadata, name=name) == "current" and _is_complete(engine):
        return
    with _schema_lock(engine) as connection:
        if check_schema(connection, Base.metadata, name=name) == "new":
            Base.metadata.create_all(connection)
            if current_revision(connection) is None:
                stamp_revision(connection, head_revision())
        create_search_index(connection)
        create_views(connection)
        stamp_schema(connection)


@contextmanager
def _schema_lock(engine: Engine) -> Iterator[Connection]:
    """One connection in one transaction that no other minutebook can make the schema beside.

    SQLite: the store begins every write transaction IMMEDIATE, so this one
    holds the write lock from its start (others wait busy_timeout for it).
    PostgreSQL: an advisory lock held to the end of the transaction.
    """
    with engine.connect() as connection:
        connection.execution_options(minutebook_immediate=True)  # see store.database.IMMEDIATE_OPTION
        with connection.begin():
            if engine.dialect.name == "postgresql":
                connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": SCHEMA_LOCK_KEY})
            yield connection


def _is_complete(engine: Engine) -> bool:
    """True when every table, the stamp of this version and the search index and views are there."""
    inspector = inspect(engine)
    tables = set(inspector.get_table_names())
    if not set(Base.metadata.tables) <= tables:
        return False
    if _read_version(engine) != SCHEMA_VERSION:
        return False
    if engine.dialect.name == "sqlite" and "search_index" not in tables:
        return False
    if engine.dialect.name == "postgresql" and "search_vector" not in {
        column["name"] for column in inspector.get_columns("search_records")
    }:
        return False
    views = set(inspector.get_view_names())
    if not set(VIEW_NAMES) <= views:
        return False
    return set(ADDED_INDEXES) <= _index_names(engine)


def _index_names(engine: Engine) -> set[str]:
    """Every index name, read from the catalogue (SQLAlchemy does not reflect expression indexes)."""
    queries = {
        "sqlite": "SELECT name FROM sqlite_master WHERE type = 'index'",
        "postgresql": "SELECT indexname FROM pg_indexes WHERE schemaname = current_schema()",
    }
    query = queries.get(engine.dialect.name)
    if query is None:
        return set(ADDED_INDEXES)  # no catalogue query known: take them as made
    with engine.connect() as connection:
        return set(connection.execute(text(query)).scalars())


def is_minutebook_database(engine: Engine) -> bool:
    """True when the database holds minutebook's tables (or its stamp), and may be written to."""
    tables = set(inspect(engine).get_table_names())
    return StoreInfo.__tablename__ in tables or "documents" in tables


def is_foreign_database(engine: Engine) -> bool:
    """True when the database holds tables, none of them minutebook's (someone else's database)."""
    return bool(inspect(engine).get_table_names()) and not is_minutebook_database(engine)


def check_readable(engine: Engine, *, name: str) -> None:
    """Raise StoreError unless queries can run on the database as it is; nothing is written.

    Query commands use this instead of `create_schema`: someone else's
    database is refused, and one that lacks parts this version reads is
    refused with what to do, never changed.
    """
    if not is_minutebook_database(engine):
        what = "empty" if not inspect(engine).get_table_names() else "not a minutebook database"
        raise StoreError(
            f"{name} is {what} (it has no minutebook tables): nothing in it was read "
            "or changed. Name a minutebook database with --db, or load files with `minutebook ingest`"
        )
    check_schema(engine, Base.metadata, name=name)
    if not _is_complete(engine):
        raise StoreError(
            f"database {name} was made by an earlier minutebook and lacks parts this one reads: "
            "nothing was changed. Any `minutebook ingest` into it adds them (already loaded files are skipped)"
        )


def check_schema(engine: Engine | Connection, metadata: MetaData, *, name: str) -> SchemaState:
    """ "new" for a database without minutebook's tables, "current" for one at this version's
    revision; otherwise raise StoreError saying what to do."""
    inspector = inspect(engine)
    existing = set(inspector.get_table_names())
    if not existing & set(metadata.tables):
        return "new"  # a new database (or one holding only other tools' tables)
    if isinstance(engine, Connection):
        revision = current_revision(engine)
    else:
        with engine.connect() as connection:
            revision = current_revision(connection)
    head = head_revision()
    if revision == head:
        return "current"
    if revision is None:
        stamped = _read_version(engine) if StoreInfo.__tablename__ in existing else None
        if stamped is not None and stamped > SCHEMA_VERSION:
            raise _newer(name, f"schema version {stamped}")
        raise StoreError(
            f"database {name} was made by an earlier minutebook (before schema migrations); nothing in "
            f"it was changed. Run `minutebook --db {name} upgrade` to bring it up to date in place, "
            "keeping everything in it"
        )
    if revision in known_revisions():
        raise StoreError(
            f"database {name} was made by an earlier minutebook (schema revision {revision}, this one "
            f"writes {head}); nothing in it was changed. Run `minutebook --db {name} upgrade` to bring "
            "it up to date in place, keeping everything in it"
        )
    raise _newer(name, f"schema revision {revision}")


@dataclass(frozen=True, slots=True)
class Upgrade:
    """What `upgrade_schema` did: the revision before (None: before migrations) and after."""

    before: str | None
    after: str

    @property
    def changed(self) -> bool:
        return self.before != self.after


def upgrade_schema(engine: Engine, *, name: str) -> Upgrade:
    """Bring the database at `engine` up to this version in place, in one transaction.

    A database from before migrations is first given that release's late
    indexes and stamped at the baseline revision; then every newer revision
    runs. Afterwards every table must hold every column this version needs, or
    nothing is kept. The views are made again (their definitions may have
    changed) and the full-text index made if missing. A new database is simply
    made, as `create_schema` would.
    """
    existing = set(inspect(engine).get_table_names())
    if not existing & set(Base.metadata.tables):
        create_schema(engine, name=name)
        return Upgrade(before=head_revision(), after=head_revision())
    transactional = _transactional_ddl(engine)
    with transactional.begin() as connection:
        before = current_revision(connection)
        if before is None:
            stamped = _read_version(connection) if StoreInfo.__tablename__ in existing else None
            if stamped is not None and stamped > SCHEMA_VERSION:
                raise _newer(name, f"schema version {stamped}")
            # Only a database of the baseline's release can be brought forward.
            _refuse_missing_columns(
                connection, Base.metadata, name=name,
                added_later=TABLES_ADDED_BY_REVISIONS, columns_added_later=COLUMNS_ADDED_BY_REVISIONS,
            )
            _create_added_indexes(connection)
            stamp_revision(connection, BASELINE_REVISION)
        elif before not in known_revisions():
            raise _newer(name, f"schema revision {before}")
        upgrade_revisions(connection)
        _refuse_missing_columns(connection, Base.metadata, name=name)
    if transactional is not engine:
        transactional.dispose()
    replace_views(engine)
    with engine.begin() as connection:
        create_search_index(connection)
        stamp_schema(connection)
    return Upgrade(before=before, after=head_revision())


def _transactional_ddl(engine: Engine) -> Engine:
    """An engine on the same database whose transactions hold DDL too.

    The sqlite3 module leaves CREATE and ALTER outside its transactions; on
    SQLite the upgrade gets its own engine that opens BEGIN IMMEDIATE itself,
    so a failed revision leaves nothing half done. PostgreSQL's DDL is
    transactional already.
    """
    if engine.dialect.name != "sqlite":
        return engine
    sqlite = create_engine(engine.url)

    @event.listens_for(sqlite, "connect")
    def _leave_transactions_to_us(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None
        dbapi_connection.execute("PRAGMA foreign_keys=ON")
        dbapi_connection.execute(f"PRAGMA busy_timeout={SQLITE_UPGRADE_BUSY_TIMEOUT_MS}")

    @event.listens_for(sqlite, "begin")
    def _begin(connection: Connection) -> None:
        connection.exec_driver_sql("BEGIN IMMEDIATE")

    return sqlite


def _refuse_missing_columns(
    connection: Connection,
    metadata: MetaData,
    *,
    name: str,
    added_later: frozenset[str] = frozenset(),
    columns_added_later: frozenset[str] = frozenset(),
) -> None:
    """Raise StoreError when a table or column this version needs is missing (`added_later` tables and
    `columns_added_later` "table.column"s aside)."""
    inspector = inspect(connection)
    existing = set(inspector.get_table_names())
    missing = [
        f"{table.name}.{column.name}"
        for table in metadata.sorted_tables
        if table.name in existing
        for known in [{column["name"] for column in inspector.get_columns(table.name)}]
        for column in table.columns
        if column.name not in known and f"{table.name}.{column.name}" not in columns_added_later
    ] + [f"{table} (table)" for table in metadata.tables if table not in existing and table not in added_later]
    if missing:
        named = ", ".join(missing[:MISSING_NAMED])
        more = f" and {len(missing) - MISSING_NAMED} more" if len(missing) > MISSING_NAMED else ""
        raise StoreError(
            f"database {name} was made by a minutebook older than the first with migrations and lacks "
            f"what this one needs ({named}{more}); nothing in it was changed. Load the files into a new "
            "database (--db another path or URL) to use this version"
        )


def _newer(name: str, what: str) -> StoreError:
    return StoreError(f"database {name} was made by a newer minutebook ({what}): upgrade minutebook to use it")


def stamp_schema(connection: Connection) -> None:
    """Record this version's schema number in the database, unless it is already there."""
    stamped = connection.scalar(select(StoreInfo.value).where(StoreInfo.key == SCHEMA_VERSION_KEY))
    if stamped is None:
        connection.execute(insert(StoreInfo).values(key=SCHEMA_VERSION_KEY, value=str(SCHEMA_VERSION)))
    elif stamped != str(SCHEMA_VERSION):
        connection.execute(
            update(StoreInfo).where(StoreInfo.key == SCHEMA_VERSION_KEY).values(value=str(SCHEMA_VERSION))
        )


def read_schema_version(engine: Engine) -> int | None:
    """The schema version a database is stamped with, or None when it has no stamp."""
    if StoreInfo.__tablename__ not in inspect(engine).get_table_names():
        return None
    return _read_version(engine)


def _read_version(bind: Engine | Connection) -> int | None:
    if isinstance(bind, Connection):
        value = bind.scalar(select(StoreInfo.value).where(StoreInfo.key == SCHEMA_VERSION_KEY))
    else:
        with bind.connect() as connection:
            value = connection.scalar(select(StoreInfo.value).where(StoreInfo.key == SCHEMA_VERSION_KEY))
    try:
        return int(value) if value is not None else None
    except ValueError:
        return None


def _create_added_indexes(connection: Connection) -> None:
    indexes = {str(index.name): index for table in Base.metadata.tables.values() for index in table.indexes}
    for index_name in ADDED_INDEXES:
        connection.execute(CreateIndex(indexes[index_name], if_not_exists=True))


def create_search_index(connection: Connection) -> None:
    """Create the dialect's full-text index over `search_records` if it is missing.

    - SQLite: an FTS5 table `search_index` (porter stemming, unicode61) reads
      its text from `search_records` (external content) and is kept in step
      by triggers on `search_records`, so a cascade delete removes its rows.
    - PostgreSQL: a generated `search_vector tsvector` column
      (`to_tsvector('english', text)`) with a GIN index.
    """
    if connection.dialect.name == "sqlite":
        _create_sqlite_search_index(connection)
    elif connection.dialect.name == "postgresql":
        _create_postgresql_search_index(connection)


_SQLITE_SEARCH_DDL = (
    """CREATE VIRTUAL TABLE IF NOT EXISTS search_index USING fts5(
        text, content='search_records', content_rowid='id', tokenize='porter unicode61')""",
    # External-content FTS5 must be told what each row held when it goes.
    """CREATE TRIGGER IF NOT EXISTS search_records_ai AFTER INSERT ON search_records BEGIN
        INSERT INTO search_index(rowid, text) VALUES (new.id, new.text);
    END""",
    """CREATE TRIGGER IF NOT EXISTS search_records_ad AFTER DELETE ON search_records BEGIN
        INSERT INTO search_index(search_index, rowid, text) VALUES ('delete', old.id, old.text);
    END""",
    """CREATE TRIGGER IF NOT EXISTS search_records_au AFTER UPDATE ON search_records BEGIN
        INSERT INTO search_index(search_index, rowid, text) VALUES ('delete', old.id, old.text);
        INSERT INTO search_index(rowid, text) VALUES (new.id, new.text);
    END""",
)


def _create_sqlite_search_index(connection: Connection) -> None:
    existed = connection.execute(
        text("SELECT 1 FROM sqlite_master WHERE type='table' AND name='search_index'")
    ).first()
    for statement in _SQLITE_SEARCH_DDL:
        connection.execute(text(statement))
    if not existed:
        # Rows written before the index existed are indexed once here.
        connection.execute(text("INSERT INTO search_index(search_index) VALUES ('rebuild')"))


def _create_postgresql_search_index(connection: Connection) -> None:
    present = connection.execute(
        text(
            "SELECT 1 FROM information_schema.columns "
            "WHERE table_name = 'search_records' AND column_name = 'search_vector' "
            "AND table_schema = current_schema()"
        )
    ).first()
    if present:
        return
    connection.execute(
        text(
            "ALTER TABLE search_records ADD COLUMN IF NOT EXISTS search_vector tsvector "
            "GENERATED ALWAYS AS (to_tsvector('english', text)) STORED"
        )
    )
    connection.execute(
        text(
            "CREATE INDEX IF NOT EXISTS ix_search_records_search_vector "
            "ON search_records USING GIN (search_vector)"
        )
    )
