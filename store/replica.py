"""A whole database copied into a new SQLite file: a read replica for tools that read only SQLite.

`copy_to_sqlite("postgresql+psycopg://…", "snapshot.db")` makes the file
with this version's schema (`Store`, so the views and the FTS5 index are
there), then copies every table's rows in batches, in one transaction. The
search index fills as `search_records` rows arrive (its triggers), so search
works on the copy as on the original. The source is only read.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import insert, select
from sqlalchemy.exc import SQLAlchemyError

from ..errors import StoreError
from ..models import Base, StoreInfo
from .database import Store, _describe, _first_line, create_store_engine
from .schema import check_schema

COPY_BATCH_ROWS = 5000
"""Rows read and written at a time: memory stays flat however large the tables."""


def describe_source(source: str) -> str:
    """The database path or URL as it may be printed (any password hidden)."""
    return _describe(source)


def copy_to_sqlite(source: str, target: str | Path) -> int:
    """Copy the database at `source` (path or URL) into a new SQLite file at `target`; return rows copied.

    Refuses a `target` that exists, and a source this version cannot read.
    """
    path = Path(target)
    if path.exists():
        raise StoreError(f"{target} already exists: name a new file for the copy")
    engine = create_store_engine(source)
    try:
        check_schema(engine, Base.metadata, name=_describe(source))
        copied = 0
        with Store(str(path)) as replica, engine.connect() as reading, replica.engine.connect() as writing:
            # Rows go in table order, but a person may be merged into a later one: the
            # keys are checked at commit (inside the transaction, foreign_keys=OFF would be ignored).
            writing.exec_driver_sql("PRAGMA defer_foreign_keys=ON")
            for table in Base.metadata.sorted_tables:
                if table.name == StoreInfo.__tablename__:
                    continue  # the copy carries this version's stamp already
                rows = reading.execution_options(stream_results=True).execute(
                    select(table).order_by(*table.primary_key.columns)
                )
                for batch in rows.mappings().partitions(COPY_BATCH_ROWS):
                    writing.execute(insert(table), [dict(row) for row in batch])
                    copied += len(batch)
            writing.commit()
        return copied
    except SQLAlchemyError as err:
        _remove(path)
        raise StoreError(f"cannot copy {_describe(source)} into {target}: {_first_line(err)}") from err
    except BaseException:
        _remove(path)
        raise
    finally:
        engine.dispose()


def _remove(path: Path) -> None:
    """Delete a half-made copy and SQLite's files beside it."""
    for suffix in ("", "-wal", "-shm", "-journal"):
        path.with_name(path.name + suffix).unlink(missing_ok=True)
