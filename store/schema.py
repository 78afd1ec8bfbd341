"""Which schema a database has, and refusing one this version cannot read.

There are no migrations yet. A database made by an earlier minutebook that
lacks columns this one writes is refused with the names of what is missing,
before anything is changed, so its records stay as they were; a database
stamped by a newer minutebook is refused too. Tables that are simply absent
are added, since adding a table never changes what is stored.
"""

from __future__ import annotations

from sqlalchemy import Engine, MetaData, insert, inspect, select, update

from ..errors import StoreError
from ..models import StoreInfo

SCHEMA_VERSION = 1
"""Raise when a change to the tables needs more than new tables to read older databases."""
SCHEMA_VERSION_KEY = "schema_version"
MISSING_NAMED = 5
"""Missing columns named in the error message; the rest are counted."""


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
