"""Helpers for the hostile-input tests: fast stand-in readers and a snapshot of what is stored."""

from __future__ import annotations

import functools
import sqlite3
from pathlib import Path
from typing import Any

import pytest

import minutebook.load

TESTS = Path(__file__).resolve().parent


def use_fake_readers(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make `minutebook ingest` read plain text with the stand-ins in loadfakes.py (no spaCy, no PDF)."""
    monkeypatch.syspath_prepend(str(TESTS))
    import loadfakes

    monkeypatch.setattr(
        minutebook.load,
        "load_paths",
        functools.partial(
            minutebook.load.load_paths,
            parse_function=loadfakes.parse_text,
            extract_function=loadfakes.extract_items,
        ),
    )


def stored_records(db_path: str | Path) -> dict[str, list[Any]]:
    """Every row of every table, read without writing, except the failure log and failed documents.

    Two snapshots are equal when a run changed nothing that was loaded.
    """
    connection = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    connection.row_factory = sqlite3.Row
    try:
        tables = [
            row[0]
            for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
            if row[0] not in ("load_errors", "sqlite_sequence") and not row[0].startswith("search_index")
        ]
        snapshot: dict[str, list[Any]] = {}
        for table in tables:
            rows = [dict(row) for row in connection.execute(f'SELECT * FROM "{table}"')]
            if table == "documents":
                rows = [row for row in rows if row["status"] != "failed"]
            snapshot[table] = sorted(rows, key=repr)
        return snapshot
    finally:
        connection.close()


def file_bytes(path: str | Path) -> bytes:
    return Path(path).read_bytes()


def load_folder_when_told(target: str, folder: str, start: Any, results: Any) -> None:
    """Worker for the concurrency tests: open the store and load `folder` once `start` is set."""
    import loadfakes

    from minutebook.load import load_paths
    from minutebook.store import Store

    start.wait()
    try:
        with Store(target) as store:
            summary = load_paths(
                [folder], store, workers=1,
                parse_function=loadfakes.parse_text, extract_function=loadfakes.extract_items,
            )
        results.put(("ok", summary.loaded, summary.unchanged + summary.copies, [tuple(f) for f in summary.failed]))
    except BaseException as err:  # reported to the test, which fails with it
        results.put(("error", f"{type(err).__name__}: {err}", 0, []))
