"""Read commands never write; databases that are not minutebook's are refused untouched."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

from minutebook.cli import cli

import hostile  # tests/ is on sys.path (conftest.py)

QUERY_COMMANDS = [
    ["meetings"], ["show", "1"], ["actions"], ["search", "item"], ["resolutions"], ["people"],
    ["person", "Nobody"], ["errors"], ["export"],
]


@pytest.fixture(autouse=True)
def fake_readers(monkeypatch: pytest.MonkeyPatch) -> None:
    hostile.use_fake_readers(monkeypatch)


def run(db: str | Path, *args: str):
    return CliRunner().invoke(cli, ["--db", str(db), *args])


@pytest.fixture
def minutes(tmp_path: Path) -> Path:
    path = tmp_path / "minutes.txt"
    path.write_text("Minutes\n1. First item\n")
    return path


@pytest.fixture
def loaded(tmp_path: Path, minutes: Path) -> Path:
    db = tmp_path / "loaded.db"
    assert run(db, "ingest", "--workers", "1", str(minutes)).exit_code == 0
    return db


def _schema(db: Path) -> list[tuple]:
    connection = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        return connection.execute("SELECT type, name, sql FROM sqlite_master ORDER BY name").fetchall()
    finally:
        connection.close()


@pytest.mark.parametrize("command", QUERY_COMMANDS, ids=lambda c: c[0])
def test_query_commands_leave_someone_elses_database_untouched(tmp_path: Path, command: list[str]) -> None:
    db = tmp_path / "theirs.db"
    connection = sqlite3.connect(db)
    connection.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)")
    connection.execute("INSERT INTO invoices (total) VALUES (12.5)")
    connection.commit()
    connection.close()
    before = hostile.file_bytes(db)
    result = run(db, *command)
    assert result.exit_code == 1
    assert "theirs.db is not a minutebook database" in result.output
    assert "Traceback" not in result.output and len(result.output.strip().splitlines()) == 1
    assert hostile.file_bytes(db) == before


@pytest.mark.parametrize("command", [["meetings"], ["actions"], ["ingest", "--workers", "1"], ["merge", "a", "b"]],
                         ids=lambda c: c[0])
def test_empty_file_is_refused_untouched(tmp_path: Path, minutes: Path, command: list[str]) -> None:
    db = tmp_path / "zero.db"
    db.touch()
    args = [*command, str(minutes)] if command[0] == "ingest" else command
    result = run(db, *args)
    assert result.exit_code == 1
    assert "zero.db is empty" in result.output or "zero.db is an empty file (0 bytes)" in result.output
    assert db.stat().st_size == 0


def test_ingest_refuses_someone_elses_database_unless_init(tmp_path: Path, minutes: Path) -> None:
    db = tmp_path / "theirs.db"
    connection = sqlite3.connect(db)
    connection.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY)")
    connection.commit()
    connection.close()
    before = hostile.file_bytes(db)
    refused = run(db, "ingest", "--workers", "1", str(minutes))
    assert refused.exit_code == 1 and "--init" in refused.output
    assert hostile.file_bytes(db) == before
    made = run(db, "ingest", "--workers", "1", "--init", str(minutes))
    assert made.exit_code == 0, made.output
    assert "Loaded 1 file" in made.output
    names = {row[1] for row in _schema(db)}
    assert {"invoices", "documents", "minutebook_info"} <= names
    assert run(db, "meetings").exit_code == 0


def test_empty_file_becomes_a_database_with_init(tmp_path: Path, minutes: Path) -> None:
    db = tmp_path / "zero.db"
    db.touch()
    result = run(db, "ingest", "--workers", "1", "--init", str(minutes))
    assert result.exit_code == 0, result.output
    assert "First item" in run(db, "show", "1").output


def test_file_that_is_not_sqlite_is_named(tmp_path: Path, minutes: Path) -> None:
    db = tmp_path / "notes.db"
    db.write_text("a shopping list, not a database\n")
    for args in (["meetings"], ["ingest", "--workers", "1", str(minutes)]):
        result = run(db, *args)
        assert result.exit_code == 1
        assert "notes.db is not a SQLite database" in result.output
    assert db.read_text() == "a shopping list, not a database\n"


@pytest.mark.parametrize("command", QUERY_COMMANDS, ids=lambda c: c[0])
def test_query_commands_change_nothing_in_a_minutebook_database(loaded: Path, command: list[str]) -> None:
    before = hostile.file_bytes(loaded)
    schema = _schema(loaded)
    result = run(loaded, *command)
    assert "Traceback" not in result.output
    assert hostile.file_bytes(loaded) == before
    assert _schema(loaded) == schema


def test_query_opens_database_read_only(loaded: Path) -> None:
    from minutebook.store import Store

    with Store(str(loaded), readonly=True) as store:
        with store.engine.connect() as connection:
            assert connection.exec_driver_sql("PRAGMA query_only").scalar() == 1
            with pytest.raises(Exception, match="readonly|query_only|read-only"):
                connection.exec_driver_sql("DELETE FROM documents")


def test_missing_folder_is_never_created(tmp_path: Path, minutes: Path) -> None:
    db = tmp_path / "no" / "such" / "x.db"
    result = run(db, "ingest", "--workers", "1", str(minutes))
    assert result.exit_code == 1
    assert "does not exist; create it first" in result.output and str(db) in result.output
    assert not (tmp_path / "no").exists()
    assert run(db, "meetings").exit_code == 1
    assert not (tmp_path / "no").exists()


def test_database_missing_parts_is_refused_by_queries_and_completed_by_ingest(loaded: Path, minutes: Path) -> None:
    connection = sqlite3.connect(loaded)
    connection.execute("DROP VIEW v_actions")
    connection.commit()
    connection.close()
    before = hostile.file_bytes(loaded)
    result = run(loaded, "actions")
    assert result.exit_code == 1 and "lacks parts this one reads" in result.output
    assert hostile.file_bytes(loaded) == before
    again = run(loaded, "ingest", "--workers", "1", str(minutes))
    assert again.exit_code == 0 and "unchanged 1" in again.output
    assert run(loaded, "actions").exit_code == 0


needs_permissions = pytest.mark.skipif(
    os.name != "posix" or os.geteuid() == 0, reason="root ignores file permissions"
)


@needs_permissions
def test_database_in_a_read_only_folder_can_be_read_but_not_loaded(loaded: Path, minutes: Path) -> None:
    folder = loaded.parent
    for side in folder.glob("loaded.db-*"):
        side.unlink()
    before = hostile.file_bytes(loaded)
    os.chmod(folder, 0o555)
    try:
        listed = run(loaded, "meetings", "--csv")
        assert listed.exit_code == 0, listed.output
        assert "minutes.txt" in listed.output
        for args in (["ingest", "--workers", "1", "--force", str(minutes)], ["merge", "a", "b"]):
            refused = run(loaded, *args)
            assert refused.exit_code == 1
            assert "read-only" in refused.output and "Traceback" not in refused.output
        assert hostile.file_bytes(loaded) == before
    finally:
        os.chmod(folder, 0o755)


@needs_permissions
def test_read_only_database_file_refuses_writes_clearly(loaded: Path, minutes: Path) -> None:
    os.chmod(loaded, 0o444)
    try:
        assert run(loaded, "meetings").exit_code == 0
        for args in (["ingest", "--workers", "1", "--force", str(minutes)], ["unmerge", "x"]):
            refused = run(loaded, *args)
            assert refused.exit_code == 1 and "is read-only" in refused.output
    finally:
        os.chmod(loaded, 0o644)


def test_write_refused_mid_load_stops_with_one_clear_line(loaded: Path, minutes: Path, monkeypatch) -> None:
    """A database that turns read-only (or stays locked) mid-load stops it with one line, no SQL."""
    from sqlalchemy.exc import OperationalError

    from minutebook.store import database

    def refuse(session, info, extraction):
        raise OperationalError("INSERT INTO documents ...", {}, sqlite3.OperationalError("attempt to write a readonly database"))

    monkeypatch.setattr(database, "save_extraction", refuse)
    result = run(loaded, "ingest", "--workers", "1", "--force", str(minutes))
    assert result.exit_code == 1
    assert "is read-only" in result.output
    assert "INSERT" not in result.output and "Traceback" not in result.output


def test_foreign_database_on_either_backend_is_refused_untouched(db_url: str, minutes: Path) -> None:
    from sqlalchemy import create_engine, inspect, text

    url = db_url if "://" in db_url else f"sqlite:///{db_url}"
    engine = create_engine(url)
    with engine.begin() as connection:
        connection.execute(text("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total INTEGER)"))
        connection.execute(text("INSERT INTO invoices (id, total) VALUES (1, 12)"))
    try:
        for args in (["meetings"], ["ingest", "--workers", "1", str(minutes)]):
            result = run(db_url, *args)
            assert result.exit_code == 1 and "not a minutebook database" in result.output, result.output
        assert inspect(engine).get_table_names() == ["invoices"]
        made = run(db_url, "ingest", "--workers", "1", "--init", str(minutes))
        assert made.exit_code == 0, made.output
        assert "invoices" in inspect(engine).get_table_names()
        assert run(db_url, "meetings", "--csv").exit_code == 0
    finally:
        engine.dispose()


def test_postgresql_queries_run_in_read_only_sessions(db_url: str) -> None:
    from minutebook.store import Store

    if "://" not in db_url:
        pytest.skip("PostgreSQL only")
    Store(db_url).close()
    with Store(db_url, readonly=True) as store:
        with store.engine.connect() as connection:
            assert connection.exec_driver_sql("SHOW default_transaction_read_only").scalar() == "on"
