"""The database schema: made in one place, in order, and checked before it is touched.

`create_schema` is the one function that makes a database ready: tables and
their indexes (the models in `minutebook.models`), indexes added to tables
after they first shipped, the dialect's full-text index over
`search_records`, and the documented views (`store/views.py`).

There are no migrations yet. A database made by an earlier minutebook that
lacks columns this one writes is refused with the names of what is missing,
before anything is changed, so its records stay as they were; a database
stamped by a newer minutebook is refused too. Tables that are simply absent
are added, since adding a table never changes what is stored.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Connection, Engine, MetaData, insert, inspect, select, text, update
from sqlalchemy.schema import CreateIndex

from ..errors import StoreError
from ..models import Base, StoreInfo
from .views import VIEW_NAMES, create_views

SCHEMA_VERSION = 1
"""Raise when a change to the tables needs more than new tables to read older databases."""
SCHEMA_VERSION_KEY = "schema_version"
MISSING_NAMED = 5
"""Missing columns named in the error message; the rest are counted."""
ADDED_INDEXES = ("ix_action_owners_name_person_action", "ix_person_links_mention_lower")
"""Indexes added to a table after it first shipped. `create_all` makes indexes
only with a new table, so these are made by name on databases from before them."""


SCHEMA_LOCK_KEY = 0x6D696E75
"""PostgreSQL advisory lock taken while the schema is made ("minu")."""


def create_schema(engine: Engine, *, name: str) -> None:
    """Make the database at `engine` ready for this version, or raise StoreError leaving it untouched.

    In order: refuse a database this version cannot read (before anything is
    created), then tables with their indexes, indexes added later, the
    full-text index, the views, and the schema stamp. Every step is safe to
    run on a database that already has it. A database already complete is
    only read. Otherwise the steps run in one transaction under a lock
    (SQLite's write lock, a PostgreSQL advisory lock), so two loads starting
    on a new database never race: the second waits, then finds the schema made.
    """
    check_schema(engine, Base.metadata, name=name)
    if _is_complete(engine):
        return
    with _schema_lock(engine) as connection:
        check_schema(connection, Base.metadata, name=name)
        Base.metadata.create_all(connection)
        _create_added_indexes(connection)
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


def check_schema(engine: Engine | Connection, metadata: MetaData, *, name: str) -> None:
    """Raise StoreError when the database at `engine` cannot be used as it is by this version."""
    inspector = inspect(engine)
    existing = set(inspector.get_table_names())
    if not existing & set(metadata.tables):
        return  # a new database (or one holding only other tools' tables)
    if StoreInfo.__tablename__ in existing:
        stamped = _read_version(engine)
        if stamped is not None and stamped > SCHEMA_VERSION:
            raise StoreError(
                f"database {name} was made by a newer minutebook (schema version {stamped}; this one reads "
                f"up to {SCHEMA_VERSION}): upgrade minutebook to use it"
            )
    missing = [
        f"{table.name}.{column.name}"
        for table in metadata.sorted_tables
        if table.name in existing
        for known in [{column["name"] for column in inspector.get_columns(table.name)}]
        for column in table.columns
        if column.name not in known
    ]
    if missing:
        named = ", ".join(missing[:MISSING_NAMED])
        more = f" and {len(missing) - MISSING_NAMED} more" if len(missing) > MISSING_NAMED else ""
        raise StoreError(
            f"database {name} was made by an earlier minutebook and lacks columns this one needs "
            f"({named}{more}); nothing in it was changed. Load the files into a new database "
            "(--db another path or URL) to use this version"
        )


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
