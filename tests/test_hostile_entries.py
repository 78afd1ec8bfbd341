"""Bad directory entries never stop a load: each gets a one-line reason naming it, the rest loads."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest
from click.testing import CliRunner

from minutebook.cli import cli
from minutebook.errors import UnreadableDocument
from minutebook.ingest import iter_files, parse_file
from minutebook.load import hash_file

import hostile  # tests/ is on sys.path (conftest.py)

pytestmark = pytest.mark.skipif(os.name != "posix", reason="links, pipes and byte file names as POSIX has them")


@pytest.fixture(autouse=True)
def fake_readers(monkeypatch: pytest.MonkeyPatch) -> None:
    hostile.use_fake_readers(monkeypatch)


def run(db_path: str, *args: str):
    return CliRunner().invoke(cli, ["--db", db_path, *args], catch_exceptions=False)


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    path = tmp_path / "in"
    path.mkdir()
    (path / "good.txt").write_text("Minutes\n1. First item\n")
    return path


def _reasons(output: str) -> dict[str, str]:
    """"path — reason" lines of the summary, by file name."""
    found = {}
    for line in output.splitlines():
        if " — " in line:
            path, reason = line.split(" — ", 1)
            found[Path(path).name] = reason
    return found


def test_symlink_loop_and_dangling_link_are_named_and_the_rest_loads(folder: Path, db_path: str) -> None:
    os.symlink("loop-b.txt", folder / "loop-a.txt")
    os.symlink("loop-a.txt", folder / "loop-b.txt")
    os.symlink("gone.txt", folder / "dangling.txt")
    result = run(db_path, "ingest", "--workers", "1", str(folder))
    assert result.exit_code == 1, result.output
    assert "Loaded 1 file" in result.output and "failed 3" in result.output
    reasons = _reasons(result.output)
    assert "symlink loop" in reasons["loop-a.txt"] and "symlink loop" in reasons["loop-b.txt"]
    assert "dangling symlink" in reasons["dangling.txt"] and "gone.txt" in reasons["dangling.txt"]
    assert "Traceback" not in result.output
    listed = run(db_path, "errors", "--csv").output
    assert "dangling.txt" in listed and "loop-a.txt" in listed


def test_dangling_link_to_a_non_document_stays_quiet(folder: Path, db_path: str) -> None:
    os.symlink("gone.png", folder / "picture.png")
    result = run(db_path, "ingest", "--workers", "1", str(folder))
    assert result.exit_code == 0, result.output
    assert "picture.png" not in result.output


def test_file_name_that_is_not_utf8_loads_under_an_escaped_name(folder: Path, db_path: str) -> None:
    raw = os.fsencode(folder) + b"/caf\xe9.txt"
    try:
        with open(raw, "wb") as handle:
            handle.write(b"Minutes\n1. Latin-1 named item\n")
    except OSError:
        pytest.skip("this file system refuses file names that are not UTF-8")
    result = run(db_path, "ingest", "--workers", "1", str(folder))
    assert result.exit_code == 0, result.output
    assert "Loaded 2 files" in result.output
    meetings = run(db_path, "meetings", "--csv").output
    assert "caf\\xe9.txt" in meetings
    again = run(db_path, "ingest", "--workers", "1", str(folder))
    assert "unchanged 2" in again.output


def test_file_name_that_is_not_utf8_fails_with_its_escaped_name(folder: Path, db_path: str) -> None:
    raw = os.fsencode(folder) + b"/bad\xff.txt"
    try:
        open(raw, "wb").close()  # empty: the stand-in reader refuses it
    except OSError:
        pytest.skip("this file system refuses file names that are not UTF-8")
    result = run(db_path, "ingest", "--workers", "1", str(folder))
    assert result.exit_code == 1
    assert "bad\\xff.txt — empty" in result.output


@pytest.mark.parametrize("workers", ["1", "2"])
def test_pipe_and_device_named_on_the_command_line_never_block(
    folder: Path, db_path: str, tmp_path: Path, workers: str
) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    result = run(db_path, "ingest", "--workers", workers, "--timeout", "5", str(folder), str(fifo), "/dev/zero")
    assert result.exit_code == 1, result.output
    reasons = _reasons(result.output)
    assert "named pipe" in reasons["pipe.txt"]
    assert "character device" in reasons["zero"]
    assert "Loaded 1 file" in result.output


def test_stored_records_untouched_by_a_load_of_bad_entries(folder: Path, db_path: str, tmp_path: Path) -> None:
    assert run(db_path, "ingest", "--workers", "1", str(folder)).exit_code == 0
    before = hostile.stored_records(db_path)
    os.symlink("nowhere.txt", folder / "dangling.txt")
    os.mkfifo(tmp_path / "pipe")
    result = run(db_path, "ingest", "--workers", "1", str(folder), str(tmp_path / "pipe"))
    assert result.exit_code == 1
    assert hostile.stored_records(db_path) == before


def test_readers_refuse_special_files_directly(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.pdf"
    os.mkfifo(fifo)
    for reader in (parse_file, hash_file):
        with pytest.raises(UnreadableDocument) as caught:
            reader(fifo)
        assert "named pipe" in caught.value.reason and caught.value.path == str(fifo)
    with pytest.raises(UnreadableDocument) as caught:
        parse_file("/dev/null")
    assert "character device" in caught.value.reason


def test_iter_files_yields_broken_entries_with_document_names_only(tmp_path: Path) -> None:
    os.symlink("x.txt", tmp_path / "a.txt")
    os.symlink("a.txt", tmp_path / "x.txt")
    os.symlink("gone", tmp_path / "photo.jpg")
    os.mkfifo(tmp_path / "queue")  # no document name: never opened, never yielded
    assert [path.name for path in iter_files([tmp_path])] == ["a.txt", "x.txt"]
    assert not stat.S_ISREG(os.stat(tmp_path / "queue").st_mode)


def test_an_annex_link_never_fetched_is_named_as_a_placeholder(folder: Path, db_path: str) -> None:
    # A git-annex clone without its content: each document is a link into the object store that does not exist yet.
    os.symlink(f"../.git/annex/objects/Qx/4v/SHA256E-s20431--{'9c1e' * 16}.pdf/SHA256E-s20431--{'9c1e' * 16}.pdf",
               folder / "minutes-2031-04-01.pdf")
    result = run(db_path, "ingest", "--workers", "1", str(folder))
    assert result.exit_code == 1, result.output
    reason = _reasons(result.output)["minutes-2031-04-01.pdf"]
    assert "git annex get" in reason and "dangling" not in reason
    assert "placeholder" in run(db_path, "errors", "--csv").output
