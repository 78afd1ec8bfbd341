"""Two loads into one database at once never fail because of each other."""

from __future__ import annotations

import multiprocessing
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

from minutebook.cli import cli

import hostile  # tests/ is on sys.path (conftest.py)

FILES = 12


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    path = tmp_path / "in"
    path.mkdir()
    for number in range(FILES):
        (path / f"m{number:02d}.txt").write_text(f"Minutes {number}\n1. Item {number}\n2. Other {number}\n")
    return path


def _two_loads_at_once(target: str, folder: Path) -> list[tuple]:
    context = multiprocessing.get_context("spawn")
    start = context.Event()
    results = context.Queue()
    processes = [
        context.Process(target=hostile.load_folder_when_told, args=(target, str(folder), start, results))
        for _ in range(2)
    ]
    for process in processes:
        process.start()
    start.set()
    answers = [results.get(timeout=120) for _ in processes]
    for process in processes:
        process.join(30)
    return answers


@pytest.mark.parametrize("attempt", range(3))
def test_two_loads_into_a_new_database_both_succeed(db_url: str, folder: Path, attempt: int) -> None:
    answers = _two_loads_at_once(db_url, folder)
    for status, loaded, skipped, failed in answers:
        assert status == "ok", loaded
        assert failed == []
        # Each file is loaded by one of them, or by both (the second replacing
        # the first's identical copy); never reported failed.
        assert loaded + skipped == FILES
    assert sum(answer[1] for answer in answers) >= FILES
    from minutebook.store import Store

    with Store(db_url, readonly=True) as store:
        assert store.failures() == []
        from minutebook.store.queries import list_meetings

        assert len(list_meetings(store)) == FILES


def test_errors_lists_nothing_after_two_loads_of_one_folder(tmp_path: Path, folder: Path) -> None:
    target = str(tmp_path / "shared.db")
    _two_loads_at_once(target, folder)
    result = CliRunner().invoke(cli, ["--db", target, "errors", "--csv"])
    assert result.exit_code == 0
    assert result.output.strip() == "path,kind,reason,when"


def test_lock_held_by_another_program_gives_one_clear_line(
    tmp_path: Path, folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from minutebook.store import database

    hostile.use_fake_readers(monkeypatch)
    target = tmp_path / "busy.db"
    first = CliRunner().invoke(cli, ["--db", str(target), "ingest", "--workers", "1", str(folder / "m00.txt")])
    assert first.exit_code == 0, first.output
    before = hostile.stored_records(target)
    monkeypatch.setattr(database, "SQLITE_BUSY_TIMEOUT_MS", 300)
    holder = sqlite3.connect(target, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        result = CliRunner().invoke(cli, ["--db", str(target), "ingest", "--workers", "1", str(folder)])
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert result.exit_code == 1
    assert "busy.db is locked by another program" in result.output
    assert "SELECT" not in result.output and "INSERT" not in result.output and "Traceback" not in result.output
    assert hostile.stored_records(target) == before
    # Once the lock is gone the same command loads the rest.
    again = CliRunner().invoke(cli, ["--db", str(target), "ingest", "--workers", "1", str(folder)])
    assert again.exit_code == 0 and f"Loaded {FILES - 1} files" in again.output


def test_queries_read_while_a_lock_is_held(tmp_path: Path, folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    hostile.use_fake_readers(monkeypatch)
    target = tmp_path / "busy.db"
    assert CliRunner().invoke(cli, ["--db", str(target), "ingest", "--workers", "1", str(folder)]).exit_code == 0
    holder = sqlite3.connect(target, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        result = CliRunner().invoke(cli, ["--db", str(target), "meetings", "--csv"])
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert result.exit_code == 0 and "m11.txt" in result.output
