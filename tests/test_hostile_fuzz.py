"""Fuzzing: mutated sample files (bytes flipped, truncated, spliced, names mangled) never raise a
traceback, never hang and never change what is stored for other files.

`make test` runs a short bounded run; `make fuzz` runs many more examples
(MINUTEBOOK_FUZZ_EXAMPLES) for minutes. A failure prints the smallest
mutation Hypothesis found, to be kept as a test beside the bad-file tests.
"""

from __future__ import annotations

import os
import signal
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

import pytest

hypothesis = pytest.importorskip("hypothesis")
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from minutebook.errors import UnreadableDocument
from minutebook.ingest import parse_file

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
SAMPLE_FILES = sorted(
    path for path in SAMPLES.iterdir() if path.suffix in (".pdf", ".txt", ".html", ".docx")
)
EXAMPLES = int(os.environ.get("MINUTEBOOK_FUZZ_EXAMPLES", "12"))
"""Examples per property: a few in `make test`, thousands in `make fuzz`."""
CASE_SECONDS = 60
"""A mutated file that takes longer than this to read counts as a hang."""

FUZZ_SETTINGS = settings(
    max_examples=EXAMPLES,
    deadline=None,
    derandomize=EXAMPLES <= 50,  # the short run in `make test` is the same every time
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    database=None,
)


@contextmanager
def _hang_guard(seconds: int = CASE_SECONDS) -> Iterator[None]:
    def on_alarm(signum, frame):
        raise AssertionError(f"reading a mutated file took more than {seconds} s (a hang)")

    if not hasattr(signal, "SIGALRM"):
        yield
        return
    previous = signal.signal(signal.SIGALRM, on_alarm)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


@st.composite
def mutated_files(draw: st.DrawFn) -> tuple[str, bytes]:
    """A sample's name and its bytes after a few flips, cuts, splices and insertions."""
    path = draw(st.sampled_from(SAMPLE_FILES))
    data = bytearray(path.read_bytes())
    for _ in range(draw(st.integers(min_value=1, max_value=4))):
        operation = draw(st.sampled_from(["flip", "truncate", "splice", "insert", "repeat"]))
        if not data:
            break
        at = draw(st.integers(min_value=0, max_value=len(data) - 1))
        if operation == "flip":
            data[at] ^= 1 << draw(st.integers(min_value=0, max_value=7))
        elif operation == "truncate":
            del data[at:]
        elif operation == "splice":
            other = draw(st.sampled_from(SAMPLE_FILES)).read_bytes()
            start = draw(st.integers(min_value=0, max_value=len(other) - 1))
            data[at:at] = other[start:start + draw(st.integers(min_value=1, max_value=2000))]
        elif operation == "insert":
            data[at:at] = draw(st.binary(min_size=1, max_size=64))
        else:  # a run repeated, as broken generators write
            end = min(len(data), at + draw(st.integers(min_value=1, max_value=200)))
            data[at:at] = data[at:end] * draw(st.integers(min_value=2, max_value=50))
    return path.name, bytes(data)


mangled_names = st.one_of(
    st.just("minutes.pdf"),
    st.text(min_size=1, max_size=30).map(lambda text: text.replace("/", "_").replace("\x00", "_") + ".txt"),
    st.sampled_from(["=cmd|' /C calc'!A0.txt", "-rf.txt", "\x1b[2J.html", "caf\udce9.txt", "a\nb.pdf", " .txt"]),
)


@FUZZ_SETTINGS
@given(mutated_files())
def test_mutated_file_reads_or_fails_with_a_reason(case: tuple[str, bytes]) -> None:
    name, data = case
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / name
        path.write_bytes(data)
        with _hang_guard():
            try:
                document = parse_file(path)
            except UnreadableDocument as err:
                assert err.reason and "\n" not in err.reason and err.kind
                return
            from minutebook.extract.pipeline import extract_document

            extract_document(document)


@FUZZ_SETTINGS
@given(mutated_files(), mangled_names)
def test_mutated_file_under_a_mangled_name_never_touches_what_is_stored(case: tuple[str, bytes], name: str) -> None:
    from minutebook.load import load_paths
    from minutebook.store import Store
    from minutebook.store.export import export_documents

    _, data = case
    with tempfile.TemporaryDirectory() as folder:
        good = SAMPLES / "oldcastle-tcsf-2020-02-04.txt"
        database = str(Path(folder) / "fuzz.db")
        with Store(database) as store:
            assert load_paths([good], store, workers=1).loaded == 1
            before = list(export_documents(store))
            try:
                target = os.path.join(os.fsencode(folder), os.fsencode(name))
                with open(target, "wb") as handle:
                    handle.write(data)
            except (OSError, ValueError):
                return  # a name this file system refuses is not ours to test
            with _hang_guard():
                summary = load_paths([os.fsdecode(target)], store, workers=1, timeout=CASE_SECONDS)
            assert summary.loaded + summary.unchanged + summary.copies + len(summary.failed) == 1
            for failure in summary.failed:
                assert failure.reason and "\n" not in failure.reason
            after = [document for document in export_documents(store) if document["path"] == before[0]["path"]]
            assert after == before
