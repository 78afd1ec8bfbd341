"""Stand-in readers for the load tests, passed to `load_paths` as `parse_function` and `extract_function`.

A worker process receives each function as a reference to this module and
imports it; the tests put this folder on `sys.path` (which spawned workers
inherit). They read plain text files and decide how to misbehave from the
file name: "slow" sleeps, "crash" kills its own process, "boom" raises an
unexpected error, "oom" raises MemoryError, "hog" asks for twice the memory a
worker may use, an empty file is unreadable.
"""

from __future__ import annotations

import hashlib
import os
import signal
import time
from pathlib import Path

from minutebook.errors import UnreadableDocument
from minutebook.extract.records import AgendaItem, Evidence, Extraction, Meeting
from minutebook.ingest.document import ParsedDocument, RowSpec, build_document

SLOW_SECONDS = 60.0


def parse_text(path: Path, *, engine: str = "auto", password: str | None = None) -> ParsedDocument:
    """Read a text file, one page per form feed; misbehave as its name asks."""
    name = Path(path).name
    if "slow" in name:
        time.sleep(SLOW_SECONDS)
    if "crash" in name:
        os.kill(os.getpid(), signal.SIGKILL)
    if "boom" in name:
        raise ZeroDivisionError("fake parser bug")
    if "oom" in name:
        raise MemoryError()
    if "hog" in name:
        from minutebook.load import WORKER_MEMORY_MB

        hog = bytearray(2 * WORKER_MEMORY_MB * 1024 * 1024)  # only ever read in a worker, under its limit
        del hog
    data = Path(path).read_bytes()
    if not data:
        raise UnreadableDocument(path, "empty file (0 bytes)", kind="empty")
    pages = [[RowSpec(text=line) for line in page.splitlines()] for page in data.decode().split("\f")]
    return build_document(
        name=name,
        sha256=hashlib.sha256(data).hexdigest(),
        format="text",
        pages_of_rows=pages,
        path=str(path),
    )


def extract_items(document: ParsedDocument, *, spacy_model: str | None = None, topics: object = None) -> Extraction:
    """One agenda item per line that starts with a digit; the first line is the title."""
    lines = [line for line in document.iter_lines() if not line.is_blank]
    items = [
        AgendaItem(
            number=line.text.split(".")[0],
            title=line.text.split(".", 1)[-1].strip(),
            evidence=Evidence(page=line.page, line_start=line.number, line_end=line.number),
        )
        for line in lines
        if line.text[:1].isdigit()
    ]
    title = lines[0].text if lines else None
    return Extraction(meeting=Meeting(kind="minutes", title=title), items=items)

