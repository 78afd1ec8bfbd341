"""A database loaded from copies of samples/, for the web interface tests (with and without a browser)."""

from __future__ import annotations

import shutil
from pathlib import Path

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
DOCUMENT_SUFFIXES = (".pdf", ".txt", ".html")
NOT_A_DOCUMENT = "notes.md"
"""A file beside the documents that is never loaded, so never served."""


def build_sample_database(folder: Path) -> Path:
    """Copy the sample documents to `folder`/docs, load them into `folder`/minutes.db; return the database."""
    from minutebook.load import load_paths
    from minutebook.store import Store

    docs = folder / "docs"
    docs.mkdir(parents=True)
    for path in sorted(SAMPLES.iterdir()):
        if path.suffix in DOCUMENT_SUFFIXES:
            shutil.copy(path, docs / path.name)
    database = folder / "minutes.db"
    with Store(str(database)) as store:
        summary = load_paths([docs], store, workers=1)
    assert not summary.failed, summary.failed
    # Written after the load, so it sits among the documents without being one.
    (docs / NOT_A_DOCUMENT).write_text("Not a loaded document.\n", encoding="utf-8")
    return database
