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

from sqlalchemy import Engine, MetaData, insert, inspect, select, text, update
from sqlalchemy.schema import CreateIndex

from ..errors import StoreError
from ..models import Base, StoreInfo
from .views import create_views

SCHEMA_VERSION = 1
"""Raise when a change to the tables needs more than new tables to read older databases."""
SCHEMA_VERSION_KEY = "schema_version"
MISSING_NAMED = 5
"""Missing columns named in the error message; the rest are counted."""
ADDED_INDEXES = ("ix_action_owners_name_person_action", "ix_person_links_mention_lower")
"""Indexes added to a table after it first shipped. `create_all` makes indexes
only with a new table, so these are made by name on databases from before them."""


def create_schema(engine: Engine, *, name: str) -> None:
    """Make the database at `engine` ready for this version, or raise StoreError leaving it untouched.

    In order: refuse a database this version cannot read (before anything is
    created), then tables with their indexes, indexes added later, the
    full-text index, the views, and the schema stamp. Every step is safe to
    run on a database that already has it.
    """
    check_schema(engine, Base.metadata, name=name)
    Base.metadata.create_all(engine)
    _create_added_indexes(engine)
    create_search_index(engine)
    create_views(engine)
    stamp_schema(engine)


def check_schema(engine: Engine, metadata: MetaData, *, name: str) -> None:
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


def stamp_schema(engine: Engine) -> None:
    """Record this version's schema number in the database, unless it is already there."""
    with engine.begin() as connection:
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


def _read_version(engine: Engine) -> int | None:
    with engine.connect() as connection:
        value = connection.scalar(select(StoreInfo.value).where(StoreInfo.key == SCHEMA_VERSION_KEY))
    try:
        return int(value) if value is not None else None
    except ValueError:
        return None


def _create_added_indexes(engine: Engine) -> None:
    indexes = {index.name: index for table in Base.metadata.tables.values() for index in table.indexes}
    with engine.begin() as connection:
        for index_name in ADDED_INDEXES:
            connection.execute(CreateIndex(indexes[index_name], if_not_exists=True))


def create_search_index(engine: Engine) -> None:
    """Create the dialect's full-text index over `search_records` if it is missing.

    - SQLite: an FTS5 table `search_index` (porter stemming, unicode61) reads
      its text from `search_records` (external content) and is kept in step
      by triggers on `search_records`, so a cascade delete removes its rows.
    - PostgreSQL: a generated `search_vector tsvector` column
      (`to_tsvector('english', text)`) with a GIN index.
    """
    if engine.dialect.name == "sqlite":
        _create_sqlite_search_index(engine)
    elif engine.dialect.name == "postgresql":
        _create_postgresql_search_index(engine)


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


def _create_sqlite_search_index(engine: Engine) -> None:
    with engine.begin() as connection:
        existed = connection.execute(
            text("SELECT 1 FROM sqlite_master WHERE type='table' AND name='search_index'")
        ).first()
        for statement in _SQLITE_SEARCH_DDL:
            connection.execute(text(statement))
        if not existed:
            # Rows written before the index existed are indexed once here.
            connection.execute(text("INSERT INTO search_index(search_index) VALUES ('rebuild')"))


def _create_postgresql_search_index(engine: Engine) -> None:
    with engine.begin() as connection:
        present = connection.execute(
            text(
                "SELECT 1 FROM information_schema.columns "
                "WHERE table_name = 'search_records' AND column_name = 'search_vector' "
                "AND table_schema = current_schema()"
            )
        ).first()
        if present:
            return
        # Several workers may open a fresh database at once; the lock makes
        # the second wait and then find the column.
        connection.execute(text("LOCK TABLE search_records IN ACCESS EXCLUSIVE MODE"))
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
