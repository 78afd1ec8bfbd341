"""The small things a newcomer trips on: README examples, person lookups, sentences, warnings."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from minutebook.cli import cli

REPO = Path(__file__).resolve().parent.parent
SAMPLES = REPO / "samples"


def run(db: str, *args: str):
    return CliRunner().invoke(cli, ["--db", db, *args])


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> str:
    """The database `make demo` builds: every sample loaded."""
    db = str(tmp_path_factory.mktemp("demo") / "demo.db")
    result = run(db, "ingest", "--workers", "1", "--quiet", str(SAMPLES))
    assert result.exit_code == 0, result.output
    return db


def _readme_examples() -> list[list[str]]:
    """The query lines of the README's "Using it" block, as argument lists."""
    import shlex

    text = (REPO / "README.md").read_text()
    block = text.split("## Using it", 1)[1].split("```sh", 1)[1].split("```", 1)[0]
    examples = []
    for line in block.splitlines():
        command = line.split("#", 1)[0].strip()
        for part in command.split(";"):
            words = shlex.split(part)
            if words[:1] == ["minutebook"] and words[1] not in ("ingest", "export", "errors", "serve"):
                examples.append(words[1:])
    return examples


@pytest.mark.parametrize("example", _readme_examples(), ids=" ".join)
def test_readme_examples_answer_on_the_demo_database(demo: str, example: list[str]) -> None:
    result = run(demo, *example, "--csv")
    assert result.exit_code == 0, result.output
    assert len(result.output.strip().splitlines()) >= 2, f"{example} found nothing on the demo database"


def test_person_by_initials_and_title_as_actions_owner_reads_them(demo: str) -> None:
    for spelling in ("RD", "CI Dunmore", "Dunmore", "rachel dunmore"):
        result = run(demo, "person", spelling)
        assert result.exit_code == 0, (spelling, result.output)
        assert "Rachel Dunmore" in result.output


def test_person_after_merge_answers_with_who_it_was_merged_into(demo: str, tmp_path: Path) -> None:
    db = str(tmp_path / "copy.db")
    shutil.copy(demo, db)
    assert run(db, "merge", "Kirsty Waller", "Alan Birch").exit_code == 0
    result = run(db, "person", "Alan Birch")
    assert result.exit_code == 0, result.output
    assert "Kirsty Waller" in result.output


def test_empty_answers_read_as_sentences(demo: str) -> None:
    assert run(demo, "search", "xylophone").output.strip() == "Nothing matches xylophone."
    assert run(demo, "errors").output.strip() == "Every file loaded, none thin or with a warning."
    assert run(demo, "actions", "--owner", "Zebedee Quux").output.strip() == "No actions."
    assert not re.search(r"No \w+: .* found", run(demo, "search", "domestic xylophone").output)


def test_search_query_may_start_with_a_dash(demo: str) -> None:
    result = run(demo, "search", "-abuse")
    assert "No such option" not in result.output
    assert "nothing to search for in '-abuse'" in result.output
    assert run(demo, "search", "slavery -modern").exit_code == 0


def test_cp1252_warning_is_in_the_summary_and_errors(tmp_path: Path) -> None:
    path = tmp_path / "minutes-cafe.txt"
    path.write_bytes("Minutes of the Café Committee held on 3 March 2020\nPresent: Cllr A Bee\n1. Apologies\n"
                     .encode("cp1252"))
    db = str(tmp_path / "m.db")
    loaded = run(db, "ingest", "--workers", "1", str(path))
    assert loaded.exit_code == 0
    assert "minutes-cafe.txt — loaded, with a warning: not UTF-8: read as Windows-1252" in loaded.output
    listed = run(db, "errors", "--csv").output
    assert "minutes-cafe.txt,warning,not UTF-8" in listed


def test_pyproject_uses_the_license_string_and_lists_data_folders() -> None:
    import tomllib

    project = tomllib.loads((REPO / "pyproject.toml").read_text())
    assert project["project"]["license"] == "MIT"
    packages = project["tool"]["setuptools"]["packages"]
    assert "minutebook.extract.data" in packages and "minutebook.names.data" in packages
    for package in ("minutebook.extract", "minutebook.names"):
        assert package in packages
