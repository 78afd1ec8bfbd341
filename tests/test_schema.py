"""Opening databases made by other versions: refused with a reason, and left untouched.

Upgrading them is tests/test_migrations.py."""

from __future__ import annotations

import pytest
from click.testing import CliRunner
from sqlalchemy import create_engine, inspect, text

from minutebook.cli import cli
from minutebook.errors import StoreError
from minutebook.store import Store
from minutebook.store.schema import SCHEMA_VERSION, read_schema_version


def _engine_url(target: str) -> str:
    return target if "://" in target else f"sqlite:///{target}"


def _make_old_database(target: str) -> None:
    """A documents table as an earlier build might have left it: fewer columns, one row."""
    engine = create_engine(_engine_url(target))
    with engine.begin() as connection:
        connection.execute(text("CREATE TABLE documents (id INTEGER PRIMARY KEY, path VARCHAR(2000), status VARCHAR(16))"))
        connection.execute(text("INSERT INTO documents (id, path, status) VALUES (1, '/old/minutes.pdf', 'loaded')"))
    engine.dispose()


def test_new_database_is_stamped_with_this_schema_version(db_url: str) -> None:
    with Store(db_url) as store:
        assert read_schema_version(store.engine) == SCHEMA_VERSION
    with Store(db_url) as store:  # opening again keeps the stamp and raises nothing
        assert read_schema_version(store.engine) == SCHEMA_VERSION


def test_database_lacking_columns_is_refused_and_left_as_it_was(db_url: str) -> None:
    _make_old_database(db_url)

    with pytest.raises(StoreError) as raised:
        Store(db_url)

    message = str(raised.value)
    assert "earlier minutebook" in message
    assert "upgrade" in message
    engine = create_engine(_engine_url(db_url))
    try:
        # Nothing was created beside the old table, and its row is still there.
        assert inspect(engine).get_table_names() == ["documents"]
        with engine.connect() as connection:
            assert connection.execute(text("SELECT path FROM documents")).scalars().all() == ["/old/minutes.pdf"]
    finally:
        engine.dispose()


def test_database_from_a_newer_version_is_refused(db_url: str) -> None:
    with Store(db_url) as store:
        with store.engine.begin() as connection:
            # As a minutebook from before migrations would see a newer one's stamp.
            connection.execute(text("DROP TABLE alembic_version"))
            connection.execute(text("UPDATE minutebook_info SET value = :v"), {"v": str(SCHEMA_VERSION + 1)})

    with pytest.raises(StoreError, match="newer minutebook"):
        Store(db_url)


def test_cli_names_the_database_and_the_reason(tmp_path) -> None:
    path = tmp_path / "old.db"
    _make_old_database(str(path))

    result = CliRunner().invoke(cli, ["--db", str(path), "meetings"])

    assert result.exit_code != 0
    assert str(path) in result.output
    assert "minutebook --db" in result.output and "upgrade" in result.output
    assert "Traceback" not in result.output
