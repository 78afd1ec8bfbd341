"""`minutebook ingest` and `minutebook errors` through click's CliRunner."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

import hostile  # tests/ is on sys.path (conftest.py)
import minutebook.load
from minutebook.cli import cli


@pytest.fixture(autouse=True)
def fake_readers(monkeypatch: pytest.MonkeyPatch) -> None:
    """Read plain text with the stand-ins from loadfakes.py; the parsers have their own tests."""
    hostile.use_fake_readers(monkeypatch)


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    path = tmp_path / "in"
    path.mkdir()
    (path / "a.txt").write_text("Minutes\n1. First item\n")
    (path / "b.txt").write_text("Minutes\n1. Only item\n2. Another\n")
    return path


def run(db_path: str, *args: str):
    return CliRunner().invoke(cli, ["--db", db_path, *args], catch_exceptions=False)


def test_ingest_loads_and_sums_up(folder: Path, db_path: str) -> None:
    result = run(db_path, "ingest", "--workers", "1", str(folder))
    assert result.exit_code == 0, result.output
    assert "Loaded 2 files (2 pages)" in result.output
    assert "unchanged 0" in result.output and "failed 0" in result.output

    again = run(db_path, "ingest", "--workers", "1", str(folder))
    assert again.exit_code == 0
    assert "Loaded 0 files" in again.output and "unchanged 2" in again.output


def test_ingest_reports_copies(folder: Path, db_path: str) -> None:
    run(db_path, "ingest", "--workers", "1", str(folder / "a.txt"))
    (folder / "copy.txt").write_bytes((folder / "a.txt").read_bytes())

    result = run(db_path, "ingest", "--workers", "1", str(folder))

    assert "already loaded under another name 1" in result.output


def test_a_failed_file_is_listed_and_exits_1(folder: Path, db_path: str) -> None:
    (folder / "empty.txt").write_bytes(b"")

    result = run(db_path, "ingest", "--workers", "1", str(folder))

    assert result.exit_code == 1
    assert "Loaded 2 files" in result.output and "failed 1" in result.output
    assert f"{folder / 'empty.txt'} — empty file (0 bytes)" in result.output


def test_quiet_prints_only_failures(folder: Path, db_path: str) -> None:
    (folder / "empty.txt").write_bytes(b"")

    result = run(db_path, "ingest", "-q", "--workers", "1", str(folder))

    assert result.exit_code == 1
    assert result.stdout == ""
    assert "empty file" in result.stderr


def test_strict_stops_at_the_first_failure(folder: Path, db_path: str) -> None:
    (folder / "0-empty.txt").write_bytes(b"")

    result = run(db_path, "ingest", "--strict", "--workers", "1", str(folder))

    assert result.exit_code == 1
    assert "Loaded 0 files" in result.output and "--strict" in result.output


def test_timeout_option_gives_up_on_a_slow_file(folder: Path, db_path: str) -> None:
    (folder / "slow.txt").write_text("Minutes\n")

    result = run(db_path, "ingest", "--workers", "1", "--timeout", "1", str(folder))

    assert result.exit_code == 1
    assert "Loaded 2 files" in result.output and "gave up after 1 s" in result.output


def test_missing_path_is_a_usage_error(tmp_path: Path, db_path: str) -> None:
    result = run(db_path, "ingest", str(tmp_path / "nowhere"))
    assert result.exit_code == 2
    assert "does not exist" in result.output


def test_bad_option_values_are_refused_before_work(folder: Path, db_path: str) -> None:
    for args in (["--workers", "0"], ["--timeout", "0"], ["--engine", "ocr"]):
        result = run(db_path, "ingest", *args, str(folder))
        assert result.exit_code == 2, args
    assert not Path(db_path).exists()


def test_a_bad_topics_file_stops_before_any_file(folder: Path, tmp_path: Path, db_path: str) -> None:
    topics = tmp_path / "topics.toml"
    topics.write_text("this is = = not toml")

    result = run(db_path, "ingest", "--workers", "1", "--topics", str(topics), str(folder))

    assert result.exit_code == 1
    assert "not valid TOML" in result.output


def test_ingest_help_lists_its_options() -> None:
    result = CliRunner().invoke(cli, ["ingest", "-h"])
    assert result.exit_code == 0
    for option in ("--workers", "--engine", "--password", "--force", "--timeout", "--spacy-model",
                   "--topics", "--strict", "--quiet"):
        assert option in result.output


def test_errors_lists_failed_files(folder: Path, db_path: str) -> None:
    (folder / "empty.txt").write_bytes(b"")
    run(db_path, "ingest", "--workers", "1", str(folder))

    table = run(db_path, "errors")
    assert table.exit_code == 0
    assert "empty.txt" in table.output and "empty file (0 bytes)" in table.output

    rows = json.loads(run(db_path, "errors", "--json").output)
    assert [(Path(r["path"]).name, r["kind"], r["reason"]) for r in rows] == [
        ("empty.txt", "empty", "empty file (0 bytes)")
    ]
    assert rows[0]["when"]

    records = list(csv.DictReader(io.StringIO(run(db_path, "errors", "--csv").output)))
    assert [r["kind"] for r in records] == ["empty"]


def test_errors_forgets_a_file_once_it_loads(folder: Path, db_path: str) -> None:
    broken = folder / "later.txt"
    broken.write_bytes(b"")
    run(db_path, "ingest", "--workers", "1", str(folder))
    broken.write_text("Minutes\n1. Fixed\n")

    run(db_path, "ingest", "--workers", "1", str(folder))

    assert json.loads(run(db_path, "errors", "--json").output) == []


def test_ctrl_c_prints_the_summary_so_far_and_exits_130(folder: Path, db_path: str, monkeypatch) -> None:
    def interrupted(paths, store, **options):
        return minutebook.load.LoadSummary(loaded=1, pages=3, interrupted=True)

    monkeypatch.setattr(minutebook.load, "load_paths", interrupted)

    result = run(db_path, "ingest", str(folder))

    assert result.exit_code == 130
    assert "Loaded 1 file (3 pages)" in result.output
    assert "run the same command again" in result.output


def test_large_load_compacts_the_search_index(folder: Path, db_path: str, monkeypatch: pytest.MonkeyPatch) -> None:
    import minutebook.cli
    import minutebook.store.search

    calls: list[object] = []
    monkeypatch.setattr(minutebook.cli, "OPTIMIZE_AFTER_LOADED", 2)
    monkeypatch.setattr(minutebook.store.search, "optimize_search_index", calls.append)
    assert run(db_path, "ingest", "--workers", "1", "-q", str(folder / "a.txt")).exit_code == 0
    assert calls == []  # one document is below the threshold
    assert run(db_path, "ingest", "--workers", "1", "-q", str(folder)).exit_code == 0
    assert calls == []  # only b.txt was new
    assert run(db_path, "ingest", "--workers", "1", "-q", "--force", str(folder)).exit_code == 0
    assert len(calls) == 1


def test_a_thin_reading_is_warned_about_and_listed_by_errors(folder: Path, db_path: str) -> None:
    (folder / "long.txt").write_text("Minutes\n1. Only item\n\fThe clerk reported.\n\fThe chair closed the meeting.\n")

    result = run(db_path, "ingest", "--workers", "1", str(folder))

    assert result.exit_code == 0
    assert "Loaded 3 files" in result.output and "thin 1." in result.output
    assert "long.txt — thin: no attendance found, no decisions found in 3 pages of minutes" in result.output
    rows = json.loads(run(db_path, "errors", "--json").output)
    assert [(Path(r["path"]).name, r["kind"], r["earlier_records_kept"]) for r in rows] == [("long.txt", "thin", True)]
    quiet = run(db_path, "ingest", "--quiet", "--force", "--workers", "1", str(folder))
    assert quiet.output == ""
