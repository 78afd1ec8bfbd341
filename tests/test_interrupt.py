"""A real `minutebook ingest` killed with SIGKILL midway, then run again.

Each document is written in one transaction and recognised by its sha256 and
path, so the second run must load exactly the files the first did not, and
no document may be left half written.
"""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from minutebook.load import load_paths
from minutebook.store import Store

pytestmark = pytest.mark.slow

FILES = 40
KILL_AFTER_DOCUMENTS = 3
RUN_TIMEOUT = 120
SUBJECTS = ["Allotments", "Street lighting", "Play areas", "Parking", "Litter", "Flood defences", "Bus shelters"]

# Per document: how many records of each kind hang off it.
COUNTS_SQL = """
SELECT d.path,
       (SELECT COUNT(*) FROM meetings m WHERE m.document_id = d.id),
       (SELECT COUNT(*) FROM agenda_items i JOIN meetings m ON i.meeting_id = m.id WHERE m.document_id = d.id),
       (SELECT COUNT(*) FROM resolutions r JOIN meetings m ON r.meeting_id = m.id WHERE m.document_id = d.id),
       (SELECT COUNT(*) FROM attendances a JOIN meetings m ON a.meeting_id = m.id WHERE m.document_id = d.id)
FROM documents d WHERE d.status = 'loaded' ORDER BY d.path
"""


def write_archive(folder: Path) -> None:
    from badfiles import write_text_pdf

    for n in range(FILES):
        subjects = [SUBJECTS[(n + k) % len(SUBJECTS)] for k in range(2 + n % 4)]
        first = [
            f"Parish Council Meeting {n + 1}",
            f"Minutes of the meeting held on {1 + n % 28} March 2030 at 7.00 pm in the Village Hall.",
            f"Present: Councillors Ashby, Brent, Colley{', Dorman' * (n % 2)} and Eames.",
            "Apologies: Councillor Fenwick.",
        ]
        items = []
        for k, subject in enumerate(subjects, start=1):
            items += [
                f"{k}. {subject.upper()}",
                f"The clerk reported on {subject.lower()} for meeting {n + 1}.",
                f"RESOLVED that the report on {subject.lower()} be noted.",
            ]
        pages = [first + items[:3], items[3:]]
        write_text_pdf(folder, f"minutes-{n:02d}.pdf", pages)


def ingest_command(db_path: Path, folder: Path) -> list[str]:
    script = Path(sys.executable).with_name("minutebook")
    entry = [str(script)] if script.exists() else [sys.executable, "-c", "from minutebook.cli import main; main()"]
    return [*entry, "--db", str(db_path), "ingest", "--workers", "2", "--quiet", str(folder)]


def loaded_documents(db_path: Path) -> int:
    try:
        with sqlite3.connect(f"file:{db_path}?mode=ro", uri=True, timeout=5) as conn:
            return conn.execute("SELECT COUNT(*) FROM documents WHERE status = 'loaded'").fetchone()[0]
    except sqlite3.OperationalError:  # not created yet
        return 0


def read_counts(db_path: Path) -> list[tuple]:
    with sqlite3.connect(db_path) as conn:
        return conn.execute(COUNTS_SQL).fetchall()


def test_a_killed_load_resumes_without_duplicates_or_half_documents(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.syspath_prepend(str(Path(__file__).parent))
    folder = tmp_path / "archive"
    folder.mkdir()
    write_archive(folder)
    db_path = tmp_path / "killed.db"

    # Its own session, so the whole process group (writer and workers) can be
    # cleaned up afterwards; only the writer is killed mid-load.
    first = subprocess.Popen(ingest_command(db_path, folder), start_new_session=True,
                             stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + RUN_TIMEOUT
        while loaded_documents(db_path) < KILL_AFTER_DOCUMENTS:
            assert first.poll() is None, f"load ended before it could be killed: {first.stderr.read()!r}"
            assert time.monotonic() < deadline, "load made no progress"
            time.sleep(0.02)
        os.kill(first.pid, signal.SIGKILL)
        first.wait(RUN_TIMEOUT)
    finally:
        try:
            os.killpg(first.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
    at_kill = loaded_documents(db_path)
    assert first.returncode == -signal.SIGKILL
    assert KILL_AFTER_DOCUMENTS <= at_kill < FILES, "the kill came too late to test resuming"

    second = subprocess.run(ingest_command(db_path, folder), capture_output=True, text=True, timeout=RUN_TIMEOUT)
    assert second.returncode == 0, second.stderr

    # A load that was never stopped is the reference for every document's counts.
    reference_db = tmp_path / "reference.db"
    with Store(str(reference_db)) as store:
        summary = load_paths([folder], store, workers=1)
    assert summary.loaded == FILES and not summary.failed

    resumed = read_counts(db_path)
    assert [Path(row[0]).name for row in resumed] == sorted(f"minutes-{n:02d}.pdf" for n in range(FILES))
    assert resumed == read_counts(reference_db)
    assert all(row[1] == 1 for row in resumed)  # one meeting per document, never zero or two
    with sqlite3.connect(db_path) as conn:
        assert conn.execute("SELECT COUNT(*) FROM documents").fetchone()[0] == FILES
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
