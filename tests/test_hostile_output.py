"""Text from documents is made safe at the output edge; numbers and outputs fail with one line."""

from __future__ import annotations

import csv
import io
import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from minutebook.cli import cli
from minutebook.safetext import escape_controls, make_csv_cell, neutralise_formula

import hostile  # tests/ is on sys.path (conftest.py)

CLEAR = "\x1b[2J"
RETITLE = "\x1b]0;owned\x07"
EVIL_NAME = f"minutes{RETITLE}.txt"


@pytest.fixture(autouse=True)
def fake_readers(monkeypatch: pytest.MonkeyPatch) -> None:
    hostile.use_fake_readers(monkeypatch)


def run(db: str, *args: str):
    return CliRunner().invoke(cli, ["--db", db, *args])


@pytest.fixture
def loaded(tmp_path: Path) -> str:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / EVIL_NAME).write_text(
        f"Minutes {CLEAR}of the forum\n1. {CLEAR}Clear the screen\n2. =HYPERLINK(\"http://x\",\"click\")\n"
        "3. +44 phone tree\n4. @SUM(A1) review\n5. Reversed \u202eeman\n"
    )
    (folder / f"empty{CLEAR}.txt").write_text("")
    db = str(tmp_path / "m.db")
    result = run(db, "ingest", "--workers", "1", str(folder))
    assert result.exit_code == 1  # the empty one
    assert "\x1b" not in result.output and "\\x1b[2J" in result.output
    return db


def test_escape_controls_keeps_text_and_layout() -> None:
    assert escape_controls("Plain text, £5 — ok\nnext\tcell") == "Plain text, £5 — ok\nnext\tcell"
    assert escape_controls(f"a{CLEAR}b") == "a\\x1b[2Jb"
    assert escape_controls("bell\x07 csi\x9b del\x7f cr\r") == "bell\\x07 csi\\x9b del\\x7f cr\\x0d"
    assert escape_controls("\u202eevil") == "\\u202eevil"


@pytest.mark.parametrize("text", ["=1+2", "+44", "-3", "@SUM(A1)", "\tx", "\rx"])
def test_formula_cells_are_neutralised(text: str) -> None:
    assert make_csv_cell(text)[0] in "'\\"  # an apostrophe, or a carriage return shown escaped
    assert neutralise_formula(text).startswith("'")
    assert neutralise_formula("Minutes") == "Minutes" and neutralise_formula("") == ""


@pytest.mark.parametrize("command", [
    ["meetings"], ["show", "1"], ["search", "screen"], ["errors"], ["people"], ["resolutions"], ["actions"],
    ["show", f"nothing{CLEAR}"], ["search", f"nothing{CLEAR}"], ["person", f"no{CLEAR}"],
], ids=lambda c: c[0])
def test_terminal_output_never_carries_control_characters(loaded: str, command: list[str]) -> None:
    result = run(loaded, *command)
    assert "Traceback" not in result.output
    assert "\x1b" not in result.output and "\x07" not in result.output and "\u202e" not in result.output


def test_show_and_meetings_print_the_escapes_visibly(loaded: str) -> None:
    assert "\\x1b[2JClear the screen" in run(loaded, "show", "1").output
    assert "\\x1b]0;owned\\x07" in run(loaded, "meetings").output


def _csv_cells(text: str) -> list[str]:
    return [cell for row in csv.reader(io.StringIO(text)) for cell in row]


def test_csv_output_neutralises_formulas_and_raw_keeps_them(loaded: str) -> None:
    for args in (["show", "1", "--csv"], ["export", "--format", "csv"]):
        cells = _csv_cells(run(loaded, *args).output)
        assert "'=HYPERLINK(\"http://x\",\"click\")" in cells
        assert "'+44 phone tree" in cells and "'@SUM(A1) review" in cells
        assert not any(cell.startswith(("=", "+", "@")) for cell in cells)
        assert not any("\x1b" in cell for cell in cells)
    raw = _csv_cells(run(loaded, "show", "1", "--csv", "--raw").output)
    assert "=HYPERLINK(\"http://x\",\"click\")" in raw and f"{CLEAR}Clear the screen" in raw
    exported = _csv_cells(run(loaded, "export", "--format", "csv", "--raw").output)
    assert "+44 phone tree" in exported


def test_json_output_stays_exact(loaded: str) -> None:
    import json

    record = json.loads(run(loaded, "show", "1", "--json").output)
    titles = [item["title"] for item in record["items"]]
    assert f"{CLEAR}Clear the screen" in titles and '=HYPERLINK("http://x","click")' in titles


# --- Numbers and outputs ----------------------------------------------------------

HUGE = "99999999999999999999"


@pytest.mark.parametrize(("args", "option"), [
    (["actions", "--limit", HUGE], "--limit"),
    (["actions", "--offset", HUGE], "--offset"),
    (["search", "x", "--limit", HUGE], "--limit"),
    (["resolutions", "--limit", HUGE], "--limit"),
    (["ingest", "--timeout", "inf", "."], "--timeout"),
    (["ingest", "--timeout", "nan", "."], "--timeout"),
    (["ingest", "--timeout", "1e308", "."], "--timeout"),
    (["ingest", "--workers", HUGE, "."], "--workers"),
], ids=lambda value: value if isinstance(value, str) else "-".join(value[:3]))
def test_out_of_range_numbers_are_refused_naming_the_option(loaded: str, args: list[str], option: str) -> None:
    before = hostile.stored_records(loaded)
    result = run(loaded, *args)
    assert result.exit_code == 2
    assert f"Invalid value for '{option}'" in result.output
    assert "Traceback" not in result.output and result.exception is None or isinstance(result.exception, SystemExit)
    assert hostile.stored_records(loaded) == before


def test_huge_meeting_id_is_not_found(loaded: str) -> None:
    result = run(loaded, "show", HUGE)
    assert result.exit_code == 1
    assert f"no meeting '{HUGE}'" in result.output


def test_load_paths_refuses_a_timeout_that_is_not_finite(tmp_path: Path) -> None:
    from minutebook.load import load_paths

    for bad in (float("nan"), float("inf"), 0.0):
        with pytest.raises(ValueError, match="finite"):
            load_paths([], object(), timeout=bad)  # type: ignore[arg-type]


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full")
def test_export_to_a_full_disk_is_one_line(loaded: str) -> None:
    result = run(loaded, "export", "-o", "/dev/full")
    assert result.exit_code == 1
    assert result.output.strip() == "Error: cannot write /dev/full: No space left on device; nothing was kept"


def test_export_that_fails_midway_leaves_no_half_file(loaded: str, tmp_path: Path, monkeypatch) -> None:
    from minutebook.store import export

    def fail(documents, stream, **options):
        stream.write("[\n")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(export, "write_export", fail)
    target = tmp_path / "out.json"
    result = run(loaded, "export", "-o", str(target))
    assert result.exit_code == 1 and "No space left on device" in result.output
    assert not target.exists()


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full")
@pytest.mark.parametrize("args", [["export", "--format", "csv"], ["meetings", "--csv"], ["export"]])
def test_standard_output_on_a_full_disk_is_one_line(loaded: str, args: list[str]) -> None:
    with open("/dev/full", "w") as full:
        result = subprocess.run(
            [sys.executable, "-c", "from minutebook.cli import main; main()", "--db", loaded, *args],
            stdout=full, stderr=subprocess.PIPE, text=True, timeout=120,
        )
    assert result.returncode == 1
    assert result.stderr.strip().splitlines() == ["Error: cannot write the output: No space left on device"] or (
        len(result.stderr.strip().splitlines()) == 1 and "No space left on device" in result.stderr
    )
