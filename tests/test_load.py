"""Bulk loading: bad files, re-runs, copies, changes, time limits, crashes, Ctrl-C.

These run the real store with stand-in readers from `loadfakes.py` (plain
text files whose names say how to misbehave), so they test the orchestration
and not the parsers; `test_interrupt.py` runs the real pipeline end to end.
"""

from __future__ import annotations

import hashlib
import io
import sqlite3
from pathlib import Path

import pytest

import loadfakes
from minutebook.errors import MinutebookError
from minutebook.load import FileFailure, LoadSummary, hash_file, load_paths
from minutebook.store import Store

TESTS = Path(__file__).resolve().parent
FAKE_PARSE = loadfakes.parse_text
FAKE_EXTRACT = loadfakes.extract_items


@pytest.fixture(autouse=True)
def _fakes_importable(monkeypatch: pytest.MonkeyPatch) -> None:
    # Spawned workers inherit sys.path, so they can import loadfakes too.
    monkeypatch.syspath_prepend(str(TESTS))


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """Where the input files go, apart from the database."""
    path = tmp_path / "in"
    path.mkdir()
    return path


@pytest.fixture
def store(db_path: str):
    with Store(db_path) as opened:
        yield opened


def write_minutes(folder: Path, name: str, items: int = 2, *, title: str = "Minutes") -> Path:
    path = folder / name
    lines = [title] + [f"{n}. Item {n} of {name}" for n in range(1, items + 1)]
    path.write_text("\n".join(lines) + "\n")
    return path


def load(paths, store, **options) -> LoadSummary:
    options.setdefault("workers", 1)
    return load_paths(paths, store, parse_function=FAKE_PARSE, extract_function=FAKE_EXTRACT, **options)


def count_items(db_path: str) -> dict[str, int]:
    """Agenda items stored per document file name."""
    with sqlite3.connect(db_path) as conn:
        rows = conn.execute(
            "SELECT d.file_name, COUNT(i.id) FROM documents d "
            "JOIN meetings m ON m.document_id = d.id "
            "LEFT JOIN agenda_items i ON i.meeting_id = m.id "
            "WHERE d.status = 'loaded' GROUP BY d.file_name"
        ).fetchall()
    return dict(rows)


def test_bad_files_are_reported_and_good_ones_load(folder: Path, store: Store, db_path: str) -> None:
    write_minutes(folder, "a.txt")
    write_minutes(folder, "b.txt", 3)
    (folder / "empty.txt").write_bytes(b"")
    write_minutes(folder, "boom.txt")

    summary = load([folder], store)

    assert summary.loaded == 2
    assert summary.pages == 2
    kinds = {Path(f.path).name: f.kind for f in summary.failed}
    assert kinds == {"empty.txt": "empty", "boom.txt": "parse_error"}
    boom = next(f for f in summary.failed if f.path.endswith("boom.txt"))
    assert "ZeroDivisionError" in boom.reason and "fake parser bug" in boom.reason
    assert count_items(db_path) == {"a.txt": 2, "b.txt": 3}
    assert {Path(row.path).name for row in store.failures()} == {"empty.txt", "boom.txt"}


def test_reloading_the_same_files_changes_nothing(folder: Path, store: Store, db_path: str) -> None:
    write_minutes(folder, "a.txt")
    write_minutes(folder, "b.txt")
    assert load([folder], store).loaded == 2

    again = load([folder], store)

    assert (again.loaded, again.unchanged, again.copies, again.failed) == (0, 2, 0, [])
    assert count_items(db_path) == {"a.txt": 2, "b.txt": 2}


def test_a_changed_file_replaces_its_records(folder: Path, store: Store, db_path: str) -> None:
    path = write_minutes(folder, "a.txt", 2)
    load([path], store)
    write_minutes(folder, "a.txt", 5)

    summary = load([path], store)

    assert summary.loaded == 1
    assert count_items(db_path) == {"a.txt": 5}


def test_a_copy_under_another_name_is_not_loaded_twice(folder: Path, store: Store, db_path: str) -> None:
    first = write_minutes(folder, "a.txt")
    load([first], store)
    copy = folder / "copy-of-a.txt"
    copy.write_bytes(first.read_bytes())

    summary = load([folder], store)

    assert (summary.loaded, summary.unchanged, summary.copies) == (0, 1, 1)
    assert count_items(db_path) == {"a.txt": 2}


def test_two_copies_in_one_run_load_once(folder: Path, store: Store, db_path: str) -> None:
    first = write_minutes(folder, "a.txt")
    (folder / "b.txt").write_bytes(first.read_bytes())

    summary = load([folder], store, workers=2)

    assert (summary.loaded, summary.copies) == (1, 1)
    assert len(count_items(db_path)) == 1


def test_force_reads_everything_again(folder: Path, store: Store, db_path: str) -> None:
    write_minutes(folder, "a.txt")
    write_minutes(folder, "b.txt")
    load([folder], store)

    summary = load([folder], store, force=True)

    assert (summary.loaded, summary.unchanged) == (2, 0)
    assert count_items(db_path) == {"a.txt": 2, "b.txt": 2}


def test_worker_processes_load_every_file(folder: Path, store: Store, db_path: str) -> None:
    for n in range(6):
        write_minutes(folder, f"m{n}.txt", n + 1)

    summary = load([folder], store, workers=2)

    assert summary.loaded == 6 and summary.failed == []
    assert count_items(db_path) == {f"m{n}.txt": n + 1 for n in range(6)}


@pytest.mark.parametrize("workers", [1, 2])
def test_a_file_over_the_time_limit_fails_alone(folder: Path, store: Store, db_path: str, workers: int) -> None:
    write_minutes(folder, "a.txt")
    write_minutes(folder, "slow.txt")
    write_minutes(folder, "z.txt")

    summary = load([folder], store, workers=workers, timeout=1.5)

    assert summary.loaded == 2
    assert [(Path(f.path).name, f.kind) for f in summary.failed] == [("slow.txt", "timeout")]
    assert "1.5 s" in summary.failed[0].reason and "--timeout" in summary.failed[0].reason
    assert summary.seconds < 30  # the slow file sleeps for a minute
    assert set(count_items(db_path)) == {"a.txt", "z.txt"}


def test_a_worker_that_dies_fails_only_its_file(folder: Path, store: Store, db_path: str) -> None:
    write_minutes(folder, "a.txt")
    write_minutes(folder, "crash.txt")
    write_minutes(folder, "b.txt")
    write_minutes(folder, "c.txt")

    summary = load([folder], store, workers=2)

    assert summary.loaded == 3
    assert [(Path(f.path).name, f.kind) for f in summary.failed] == [("crash.txt", "crash")]
    assert "SIGKILL" in summary.failed[0].reason


def test_files_queued_behind_a_crash_are_read_by_a_new_worker(folder: Path, store: Store, db_path: str) -> None:
    # The first worker to start takes "a-crash.txt" and "b.txt" queued behind it; b must not be lost.
    write_minutes(folder, "a-crash.txt")
    for name in ("b.txt", "c.txt", "d.txt", "e.txt"):
        write_minutes(folder, name)

    summary = load([folder], store, workers=2)

    assert summary.loaded == 4
    assert [(Path(f.path).name, f.kind) for f in summary.failed] == [("a-crash.txt", "crash")]
    assert set(count_items(db_path)) == {"b.txt", "c.txt", "d.txt", "e.txt"}


def test_strict_stops_at_the_first_failure(folder: Path, store: Store) -> None:
    (folder / "a-empty.txt").write_bytes(b"")
    write_minutes(folder, "b.txt")

    summary = load([folder], store, strict=True)

    assert summary.stopped
    assert [Path(f.path).name for f in summary.failed] == ["a-empty.txt"]
    assert summary.loaded == 0


class InterruptAfter:
    """A progress sink that presses Ctrl-C after `files` files."""

    def __init__(self, files: int) -> None:
        self.files = files
        self.seen: list[str] = []

    def update(self, path, outcome, *, pages=0, failure=None) -> None:
        self.seen.append(outcome)
        if len(self.seen) == self.files:
            raise KeyboardInterrupt


@pytest.mark.parametrize("workers", [1, 2])
def test_ctrl_c_stops_cleanly_and_a_rerun_loads_the_rest(
    folder: Path, store: Store, db_path: str, workers: int
) -> None:
    for n in range(5):
        write_minutes(folder, f"m{n}.txt", 2)

    stopped = load([folder], store, workers=workers, progress=InterruptAfter(2))

    assert stopped.interrupted and stopped.loaded == 2
    rest = load([folder], store, workers=workers)
    assert (rest.loaded, rest.unchanged) == (3, 2)
    assert count_items(db_path) == {f"m{n}.txt": 2 for n in range(5)}


def test_progress_hears_about_every_file(folder: Path, store: Store) -> None:
    write_minutes(folder, "a.txt")
    (folder / "empty.txt").write_bytes(b"")
    sink = InterruptAfter(files=100)

    load([folder], store)

    load([folder], store, progress=sink)
    assert sorted(sink.seen) == ["failed", "unchanged"]


def test_a_reader_that_cannot_start_stops_the_load(folder: Path, store: Store) -> None:
    write_minutes(folder, "a.txt")
    for workers in (1, 2):
        with pytest.raises(MinutebookError, match="no_such_model"):
            load_paths([folder], store, workers=workers, parse_function=FAKE_PARSE, spacy_model="no_such_model")


def test_hash_file_matches_hashlib(tmp_path: Path) -> None:
    path = tmp_path / "x.bin"
    path.write_bytes(b"minutes" * 100_000)
    assert hash_file(path) == hashlib.sha256(path.read_bytes()).hexdigest()


def test_failure_is_a_path_kind_reason_tuple() -> None:
    path, kind, reason = FileFailure("x.pdf", "empty", "empty file")
    assert (path, kind, reason) == ("x.pdf", "empty", "empty file")


def test_real_bad_files_are_reported_beside_good_ones(folder: Path, store: Store, db_path: str) -> None:
    import badfiles

    badfiles.write_minutes_pdf(folder, "good.pdf")
    badfiles.write_text_pdf(folder, "also-good.pdf", [["Minutes of the Harbour Board", "1. Moorings"]])
    badfiles.write_empty(folder)
    badfiles.write_html_named_pdf(folder)
    badfiles.write_truncated_pdf(folder)
    badfiles.write_encrypted_pdf(folder)
    badfiles.write_lfs_pointer_pdf(folder)
    (folder / "whole-for-truncation.pdf").unlink()

    summary = load_paths([folder], store, workers=1)

    assert summary.loaded == 2
    kinds = {Path(f.path).name: f.kind for f in summary.failed}
    assert kinds == {"empty.pdf": "empty", "download.pdf": "not_pdf", "truncated.pdf": "truncated",
                     "encrypted.pdf": "encrypted", "minutes-2031-03-04.pdf": "placeholder"}
    assert all(f.reason and "\n" not in f.reason for f in summary.failed)
    assert set(count_items(db_path)) == {"good.pdf", "also-good.pdf"}

    with_password = load_paths([folder / "encrypted.pdf"], store, workers=1, password="secret")
    assert with_password.loaded == 1


def test_rich_progress_counts_pages_and_shows_failures(folder: Path, store: Store) -> None:
    from rich.console import Console

    from minutebook.output import RichProgress

    write_minutes(folder, "a.txt")
    (folder / "empty.txt").write_bytes(b"")
    output = io.StringIO()
    with RichProgress(2, console=Console(file=output, force_terminal=True, width=150)) as progress:
        load([folder], store, progress=progress)

    text = output.getvalue()
    assert "2/2" in text and "1 pages" in text and "1 failed" in text
    assert "empty.txt — empty file (0 bytes)" in text


def test_a_long_file_read_thin_loads_with_a_warning(folder: Path, store: Store, db_path: str) -> None:
    from minutebook.store.queries import list_failures

    thin = folder / "thin.txt"
    thin.write_text("Minutes\n1. Only item\n\fThe clerk reported.\n\fThe chair thanked everyone.\n")
    write_minutes(folder, "short.txt")

    summary = load([folder], store)

    assert summary.loaded == 2 and summary.failed == []
    assert [(Path(w.path).name, w.kind) for w in summary.thin] == [("thin.txt", "thin")]
    assert "no attendance found" in summary.thin[0].reason and "3 pages of minutes" in summary.thin[0].reason
    assert count_items(db_path) == {"thin.txt": 1, "short.txt": 2}
    rows = list_failures(store)
    assert [(Path(r.path).name, r.kind, r.kept_earlier) for r in rows] == [("thin.txt", "thin", True)]
    # The warning is no failure: the unchanged file is not read again, and its warning stays listed.
    again = load([folder], store)
    assert (again.loaded, again.unchanged, again.thin) == (0, 2, [])
    assert [r.kind for r in list_failures(store)] == ["thin"]
