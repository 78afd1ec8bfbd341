"""Resource bounds per file: wall time (hashing too), memory, HTML depth; each failure named."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

import minutebook.load as load
from minutebook.cli import cli
from minutebook.errors import UnreadableDocument
from minutebook.extract import attendance_forms, votes
from minutebook.ingest import html, parse_file

import hostile  # tests/ is on sys.path (conftest.py)


@pytest.fixture(autouse=True)
def fake_readers(monkeypatch: pytest.MonkeyPatch) -> None:
    hostile.use_fake_readers(monkeypatch)


def run(db: str, *args: str):
    return CliRunner().invoke(cli, ["--db", db, *args])


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    path = tmp_path / "in"
    path.mkdir()
    (path / "good.txt").write_text("Minutes\n1. Item\n")
    return path


def _nested_page(depth: int) -> bytes:
    return ("<html><body>" + "<div>" * depth + "Minutes of the forum" + "</div>" * depth + "</body></html>").encode()


def test_deeply_nested_html_is_refused_fast_with_its_depth(tmp_path: Path) -> None:
    path = tmp_path / "nested.html"
    path.write_bytes(_nested_page(40_000))  # 440 KB: took minutes when the cost grew with depth squared
    started = time.perf_counter()
    with pytest.raises(UnreadableDocument) as caught:
        parse_file(path)
    assert time.perf_counter() - started < 15
    assert caught.value.kind == "too_large"
    assert f"more than {html.MAX_DEPTH} deep" in caught.value.reason and caught.value.path == str(path)


def test_html_nested_within_the_limit_reads(tmp_path: Path) -> None:
    path = tmp_path / "nested.html"
    path.write_bytes(_nested_page(html.MAX_DEPTH - 10))
    assert "Minutes of the forum" in [line.text for line in parse_file(path).iter_lines()]


def test_hidden_deep_subtree_is_dropped_without_walking_it(tmp_path: Path) -> None:
    page = ("<html><body><p>Minutes of the forum</p><div hidden>" + "<div>" * 5000 + "x" + "</div>" * 5000
            + "</div></body></html>").encode()
    path = tmp_path / "hidden.html"
    path.write_bytes(page)
    assert [line.text for line in parse_file(path).iter_lines() if line.text] == ["Minutes of the forum"]


def test_file_that_runs_out_of_memory_in_process_fails_alone(folder: Path, tmp_path: Path) -> None:
    (folder / "oom.txt").write_text("Minutes\n1. Big\n")
    db = str(tmp_path / "m.db")
    result = run(db, "ingest", "--workers", "1", str(folder))
    assert result.exit_code == 1
    assert "oom.txt — ran out of memory reading it" in result.output
    assert "Loaded 1 file" in result.output


@pytest.mark.slow
@pytest.mark.skipif(os.name != "posix", reason="RLIMIT_AS is POSIX")
def test_worker_memory_is_capped_and_the_rest_loads(folder: Path, tmp_path: Path) -> None:
    (folder / "hog.txt").write_text("Minutes\n1. Greedy\n")
    db = str(tmp_path / "m.db")
    result = run(db, "ingest", "--workers", "2", str(folder))
    assert result.exit_code == 1
    reasons = [line for line in result.output.splitlines() if "hog.txt — " in line]
    assert len(reasons) == 1
    assert "ran out of memory" in reasons[0] or "worker reading this file died" in reasons[0]
    assert "Loaded 1 file" in result.output


def test_hashing_is_bounded_by_the_timeout(folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    real = load.hash_file

    def stalled(path):
        if "stall" in str(path):
            time.sleep(30)
        return real(path)

    monkeypatch.setattr(load, "hash_file", stalled)
    (folder / "stall.txt").write_text("Minutes\n1. On a dead share\n")
    db = str(tmp_path / "m.db")
    started = time.perf_counter()
    result = run(db, "ingest", "--workers", "1", "--timeout", "0.5", str(folder))
    assert time.perf_counter() - started < 20
    assert result.exit_code == 1
    assert "stall.txt — reading its bytes gave up after 0.5 s" in result.output
    assert "Loaded 1 file" in result.output


def _pdf_with_streams(streams: list[tuple[bytes, bytes]]) -> bytes:
    parts = [b"%PDF-1.4\n"]
    for number, (filters, body) in enumerate(streams, 1):
        parts.append(b"%d 0 obj\n<< /Length %d /Filter %s >>\nstream\n" % (number, len(body), filters)
                     + body + b"\nendstream\nendobj\n")
    parts.append(b"trailer\n<< >>\n%%EOF\n")
    return b"".join(parts)


@pytest.mark.parametrize("filters", [b"/FlateDecode", b"[/FlateDecode /FlateDecode]"])
def test_pdf_decompression_bomb_is_refused_by_name_in_bounded_memory(
    tmp_path: Path, filters: bytes, monkeypatch: pytest.MonkeyPatch
) -> None:
    import tracemalloc
    import zlib

    from minutebook.ingest import streams

    monkeypatch.setattr(streams, "MAX_DECODED_MB", 48)  # the real 512 MB works the same, only slower to build
    body = zlib.compress(b"\0" * (streams.MAX_DECODED_MB + 16) * 1024 * 1024, 9)
    if filters.count(b"Flate") == 2:
        body = zlib.compress(body, 9)
    path = tmp_path / "bomb.pdf"
    path.write_bytes(_pdf_with_streams([(filters, body)]))
    assert path.stat().st_size < 1_000_000
    tracemalloc.start()
    try:
        with pytest.raises(UnreadableDocument) as caught:
            parse_file(path)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert caught.value.kind == "too_large"
    assert f"decompression bomb: streams inflate past {streams.MAX_DECODED_MB} MB" in caught.value.reason
    assert peak < 16 * 1024 * 1024  # the decoded bytes were counted, never kept


def test_pdf_streams_that_inflate_normally_are_measured_not_refused() -> None:
    import zlib

    from minutebook.ingest.streams import check_stream_sizes

    text = b"BT /F1 12 Tf (Minutes of the meeting) Tj ET\n" * 2000
    data = _pdf_with_streams([(b"/FlateDecode", zlib.compress(text))] * 3)
    assert check_stream_sizes(data, path="ok.pdf") == 3 * len(text)
    damaged = _pdf_with_streams([(b"/FlateDecode", b"not zlib at all")])
    assert check_stream_sizes(damaged, path="damaged.pdf") == 0


def test_bomb_fails_alone_in_a_load(folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import functools
    import zlib

    from minutebook.ingest import streams

    monkeypatch.setattr(streams, "MAX_DECODED_MB", 1)
    monkeypatch.setattr(streams, "MAX_RATIO", 10)
    body = zlib.compress(b"\0" * 4 * 1024 * 1024, 9)
    (folder / "bomb.pdf").write_bytes(_pdf_with_streams([(b"/FlateDecode", body)]))
    monkeypatch.setattr(load, "load_paths", functools.partial(
        load.load_paths.func if isinstance(load.load_paths, functools.partial) else load.load_paths,
        parse_function=_parse_text_or_pdf,
        extract_function=__import__("loadfakes").extract_items,
    ))
    db = str(tmp_path / "m.db")
    result = run(db, "ingest", "--workers", "1", str(folder))
    assert result.exit_code == 1
    assert "bomb.pdf — decompression bomb: streams inflate past 1 MB" in result.output
    assert "Loaded 1 file" in result.output


def _parse_text_or_pdf(path, **options):
    import loadfakes

    from minutebook.ingest import parse_file as real_parse

    if str(path).endswith(".pdf"):
        return real_parse(path, **options)
    return loadfakes.parse_text(path, **options)


SHARED_HARD = Path(__file__).resolve().parent.parent.parent / "shared" / "hard"


@pytest.mark.skipif(not SHARED_HARD.is_dir(), reason="../shared/hard is not here")
def test_stream_measure_ends_quickly_on_real_awkward_pdfs() -> None:
    """A stream zlib stops making progress on (seen in a real agenda) must end the measure, not spin."""
    import signal

    from minutebook.ingest.streams import check_stream_sizes

    def on_alarm(signum, frame):
        raise AssertionError("measuring a real PDF's streams did not end")

    previous = signal.signal(signal.SIGALRM, on_alarm)
    signal.alarm(120)
    try:
        for path in sorted(SHARED_HARD.glob("*.pdf")):
            try:
                check_stream_sizes(path.read_bytes(), path=str(path))
            except UnreadableDocument:
                pass
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


# A run of titled names ending in no vote side, as in an attendance list: every name could be read with or without
# its title, which made the vote rules try 2**n readings of the run before giving up (a sixty-name register hung the
# load until its timeout). Run in a child process so that a relapse fails the test instead of stalling the suite.
_LONG_REGISTER = """\
Minutes of the Parish Council meeting held on 3 March 2021 at 7pm in the Village Hall
1. Attendance
Present: {names}.
2. Vote on the precept
The motion was carried, {names} voting in favour.
"""


def test_a_long_run_of_titled_names_is_read_without_trying_every_reading(tmp_path: Path) -> None:
    import subprocess
    import sys

    first, last = ("Ann", "Bob", "Cy", "Dee", "Eve"), ("Lee", "Day", "Fox", "Kerr", "Vail", "Moss")
    names = ", ".join(f"Councillor {first[i % 5]} {last[i % 6]}" for i in range(60))
    path = tmp_path / "register.txt"
    path.write_text(_LONG_REGISTER.format(names=names))
    script = ("import sys\nfrom minutebook.ingest import parse_file\nfrom minutebook.extract.pipeline import extract_document\n"
              "record = extract_document(parse_file(sys.argv[1]))\nprint(len(record.attendees))\n")
    done = subprocess.run([sys.executable, "-c", script, str(path)], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert int(done.stdout.strip()) >= 25  # the register was read, not only survived


# Readers of a list that searched again from each of its names, so that a register of hundreds cost seconds
# (benchmarks/bench_long_lists.py prints the figures). Their windowed searches must find exactly what the plain
# scans found, on lists in the styles they read and on near misses.
_OFFICER_PIECES = ("Director", " of Roads", ", ", "(Mr. A. Quill)", "(Ms Rook)", "(Acting)", "(", ")", " and ", ". ", "; ",
                   "(Messrs Dunn and Cobb)", " said", "(Dr. Vance)", " Senior Engineer ")
_VOTE_PIECES = ("Hale", ", ", "Voss", " and ", "Cllr Kim", " voted no", "  voted against", " abstained", " opposed", ". ",
                "(", ")", " with ", "Lee", " dissenting", " on ", " the ", "; ", "Councillor Ann Lee", " voting no", "\n",
                "Mr. A. Bee", " and the", " voted in favour")


@settings(max_examples=400, deadline=None, derandomize=True)
@given(st.lists(st.sampled_from(_OFFICER_PIECES), min_size=1, max_size=16))
def test_officers_written_post_first_are_found_as_a_plain_scan_finds_them(pieces: list[str]) -> None:
    text = "".join(pieces)
    plain = [match.span() for match in attendance_forms._INVERTED.finditer(text)]
    assert [match.span() for match in attendance_forms._inverted_entries(text)] == plain


@settings(max_examples=400, deadline=None, derandomize=True)
@given(st.lists(st.sampled_from(_VOTE_PIECES), min_size=1, max_size=18))
def test_members_named_before_their_vote_are_found_as_a_plain_scan_finds_them(pieces: list[str]) -> None:
    text = "".join(pieces)
    rules = votes._rules()
    for pattern, cue in ((rules.side_after, votes._SIDE_AFTER_CUE), (rules.prose_voted, votes._VOTED_CUE)):
        plain = [match.span() for match in pattern.finditer(text)]
        assert [match.span() for match in votes._ending_at_words(pattern, cue, text)] == plain


def test_officers_and_vote_runs_in_their_usual_styles_are_read() -> None:
    officers = "Chief Executive (Mr. C. Ashdown), Director, Roads (Ms. A. Brindle) and Senior Engineers (Messrs Dunn and Cobb)."
    found, rest = attendance_forms.read_inverted_officials(officers)
    assert ("Director, Roads", "Ms", "A. Brindle") in found and ("Senior Engineer", "Mr", "Cobb") in found and not rest
    assert attendance_forms.read_inverted_officials("Ann Lee (Chair), Bo Day, Cy Fox") is None
    rules = votes._rules()
    flat = "Carried 4-1 (Cllr Hale opposed). Voss, Kim and Lee voted against the budget."
    assert [m.group("n") for m in votes._ending_at_words(rules.side_after, votes._SIDE_AFTER_CUE, flat)] == ["Cllr Hale"]
    assert [m.group("n") for m in votes._ending_at_words(rules.prose_voted, votes._VOTED_CUE, flat)] == ["Voss, Kim and Lee"]
