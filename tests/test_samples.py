"""Whole-document tests: every sample in samples/ against its expected answer.

Each `samples/<name>.expected.json` names its sample file and gives the hand-
written answer in the export shape (SCHEMA.md), so a new expected file is a
new test. Three checks per sample:

- the library pipeline (parse -> extract -> store -> export) agrees with the
  expected answer: scalar fields exactly, list fields above an F1 bar;
- `minutebook ingest samples/` then `minutebook export` gives a document per
  sample;
- where `samples/<name>.export.json` exists (written by
  scripts/update_golden.py), the CLI export equals it exactly.

Also: the CLI loads nothing from samples/ but the sample documents, each PDF
sample reads the same as a fresh render of its `sources/*.pdfsrc`, and the
scorer in tests/scoring.py tells right answers from wrong ones.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

TESTS = Path(__file__).resolve().parent
import scoring  # tests/ is on sys.path (conftest.py)
from whole_document import EXACT_FIELDS, WORDY_FIELDS, export_through_pipeline, list_problems

SAMPLES = TESTS.parent / "samples"
EXPECTED_SUFFIX = ".expected.json"
SNAPSHOT_SUFFIX = ".export.json"

# Lowest acceptable F1 per list field on our own samples.
MIN_F1 = {
    "attendees": 0.95,
    "apologies": 0.95,
    "items": 0.95,
    "resolutions": 0.85,
    "actions": 0.8,
    "plan_actions": 0.9,
}
# What a sample document can be; everything else in samples/ is tooling or notes.
DOCUMENT_SUFFIXES = (".pdf", ".html", ".htm", ".txt", ".docx")
# Export keys that depend on where the checkout lives, left out of snapshots.
MACHINE_KEYS = ("path",)


def iter_expected_files() -> list[Path]:
    """Every expected answer in samples/, sorted so test ids are stable."""
    return sorted(SAMPLES.glob(f"*{EXPECTED_SUFFIX}"))


def sample_name(expected_path: Path) -> str:
    """`foo.expected.json` -> `foo`."""
    return expected_path.name[: -len(EXPECTED_SUFFIX)]


def load_expected(expected_path: Path) -> dict[str, Any]:
    """The expected answer, checked to name a sample that exists."""
    expected = json.loads(expected_path.read_text(encoding="utf-8"))
    if not (SAMPLES / expected["file"]).is_file():
        raise FileNotFoundError(f"{expected_path.name} names {expected['file']}, which is not in samples/")
    return expected


def strip_machine_keys(document: dict[str, Any]) -> dict[str, Any]:
    """The export of one document without keys that differ between checkouts."""
    return {key: value for key, value in document.items() if key not in MACHINE_KEYS}


def read_export(text: str) -> list[dict[str, Any]]:
    """Documents from `minutebook export` output: one object, an array, or JSON lines."""
    text = text.strip()
    if not text:
        return []
    try:
        parsed = json.loads(text)
    except json.JSONDecodeError:
        return [json.loads(line) for line in text.splitlines() if line.strip()]
    return parsed if isinstance(parsed, list) else [parsed]


EXPECTED_FILES = iter_expected_files()
SAMPLE_IDS = [sample_name(path) for path in EXPECTED_FILES]




@pytest.fixture(scope="module")
def cli_export(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, Any]]:
    """`minutebook ingest samples/` then `export`, as {file name: document}."""
    from minutebook.cli import cli

    folder = tmp_path_factory.mktemp("cli")
    db = str(folder / "samples.db")
    out = folder / "export.json"
    runner = CliRunner()
    loaded = runner.invoke(cli, ["--db", db, "ingest", "--workers", "1", "--quiet", str(SAMPLES)])
    assert loaded.exit_code == 0, f"ingest failed ({loaded.exit_code}):\n{loaded.output}"
    exported = runner.invoke(cli, ["--db", db, "export", "-o", str(out)])
    assert exported.exit_code == 0, f"export failed ({exported.exit_code}):\n{exported.output}"
    return {document["file"]: document for document in read_export(out.read_text(encoding="utf-8"))}


def test_every_expected_file_names_an_existing_sample() -> None:
    assert EXPECTED_FILES, "samples/ has no *.expected.json files"
    for path in EXPECTED_FILES:
        expected = load_expected(path)
        for field in (*EXACT_FIELDS, *WORDY_FIELDS, *MIN_F1, "file"):
            assert field in expected, f"{path.name} lacks {field!r}"


@pytest.mark.parametrize("expected_path", EXPECTED_FILES, ids=SAMPLE_IDS)
def test_pipeline_matches_expected_answer(expected_path: Path, tmp_path: Path) -> None:
    expected = load_expected(expected_path)
    got = export_through_pipeline(SAMPLES / expected["file"], str(tmp_path / "sample.db"))

    assert got["file"] == expected["file"]
    problems = list_problems(got, expected, min_f1=MIN_F1)
    assert not problems, "\n".join(problems)


def test_cli_exports_a_document_per_sample(cli_export: dict[str, dict[str, Any]]) -> None:
    wanted = {load_expected(path)["file"] for path in EXPECTED_FILES}
    missing = sorted(wanted - set(cli_export))
    assert not missing, f"no exported document for {missing}"


def test_cli_loads_only_the_sample_documents(cli_export: dict[str, dict[str, Any]]) -> None:
    # samples/ also holds generators, sources and this folder's README: `make demo` must not load them.
    documents = {path.name for path in SAMPLES.iterdir() if path.suffix.lower() in DOCUMENT_SUFFIXES}
    unexpected = sorted(set(cli_export) - documents)
    assert not unexpected, f"loaded files that are not sample documents: {unexpected}"


@pytest.mark.parametrize("expected_path", EXPECTED_FILES, ids=SAMPLE_IDS)
def test_cli_export_matches_snapshot(expected_path: Path, request: pytest.FixtureRequest) -> None:
    snapshot_path = SAMPLES / f"{sample_name(expected_path)}{SNAPSHOT_SUFFIX}"
    if not snapshot_path.exists():
        pytest.skip(f"no snapshot yet: run scripts/update_golden.py to write {snapshot_path.name}")
    snapshot = json.loads(snapshot_path.read_text(encoding="utf-8"))
    # Asked for only here, so samples without snapshots do not pay for a CLI load.
    cli_export: dict[str, dict[str, Any]] = request.getfixturevalue("cli_export")
    got = strip_machine_keys(cli_export[load_expected(expected_path)["file"]])
    assert got == snapshot, f"export of {snapshot['file']} changed; if intended, run scripts/update_golden.py"


def _load_sample_maker() -> Any:
    """samples/make_samples.py as a module (samples/ is not a package)."""
    if "make_samples" in sys.modules:
        return sys.modules["make_samples"]
    spec = importlib.util.spec_from_file_location("make_samples", SAMPLES / "make_samples.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["make_samples"] = module  # dataclasses look their module up while the class is built
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("source", sorted((SAMPLES / "sources").glob("*.pdfsrc")), ids=lambda path: path.stem)
def test_sample_pdf_is_rendered_from_its_source(source: Path, tmp_path: Path) -> None:
    # An edited source without a re-run of make_samples.py would leave the PDF, and the test, stale.
    from minutebook.ingest import parse_file

    committed = SAMPLES / f"{source.stem}.pdf"
    assert committed.is_file(), f"{committed.name} is missing: run samples/make_samples.py"
    fresh = _load_sample_maker().render_sample(source, out_dir=tmp_path)
    assert parse_file(fresh).text == parse_file(committed).text, f"{committed.name} is stale: run samples/make_samples.py"


def test_word_sample_is_built_by_its_script(tmp_path: Path) -> None:
    # the script's output is byte-for-byte the same on every run, so an edited script without a re-run shows here
    maker_path = TESTS / "make_docx_sample.py"
    spec = importlib.util.spec_from_file_location("make_docx_sample", maker_path)
    assert spec is not None and spec.loader is not None
    maker = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(maker)
    fresh = tmp_path / "fresh.docx"
    assert maker.main([str(fresh)]) == 0
    assert fresh.read_bytes() == maker.SAMPLE.read_bytes(), f"{maker.SAMPLE.name} is stale: run tests/make_docx_sample.py"


# The scorer itself must be able to tell right from wrong.


def test_scoring_pairs_people_by_surname_ignoring_titles() -> None:
    want = [{"name": "Gordon Featherstone", "surname": "Featherstone", "status": "present"}]
    got = [{"name": "Councillor G. Featherstone", "surname": None, "status": "present"},
           {"name": "Cllr Blyth", "surname": "Blyth", "status": "present"}]
    score = scoring.score_list("attendees", got, want)
    assert (score.matched, score.precision, score.recall) == (1, 0.5, 1.0)


def test_scoring_items_need_the_same_number() -> None:
    want = [{"number": "3.1", "title": "Crime Performance Update"}]
    assert scoring.score_list("items", [{"number": "3.2", "title": "Crime Performance Update"}], want).f1 == 0
    assert scoring.score_list("items", [{"number": "3.1", "title": "CRIME PERFORMANCE UPDATE"}], want).f1 == 1


def test_scoring_actions_need_an_owner_in_common() -> None:
    want = [{"item": "4", "text": "Circulate the list of support services to all members.",
             "owners": ["Sarah Winslow"]}]
    right = [{"item": "4", "text": "circulate the list of local support services to all members",
              "owners": ["S Winslow"]}]
    wrong_owner = [{**right[0], "owners": ["Yasmin Cole"]}]
    assert scoring.score_list("actions", right, want).f1 == 1
    assert scoring.score_list("actions", wrong_owner, want).f1 == 0


def test_scoring_resolutions_need_similar_text() -> None:
    want = [{"item": "5", "text": "It was agreed that the Forum supports an application for Purple Flag status."}]
    other = [{"item": "5", "text": "The notes were agreed."}]
    assert scoring.score_list("resolutions", other, want).f1 == 0
    assert scoring.score_list("resolutions", [], []).f1 == 1


def test_scoring_compares_venues_by_words() -> None:
    assert scoring.compare_scalar("venue", "Avon Room, County Hall, Wellsford.", "Avon Room County Hall Wellsford")
    assert not scoring.compare_scalar("venue", "Avon Room", "Avon Room, County Hall")


def test_scoring_accepts_a_whole_heading_as_the_item_key() -> None:
    want = [{"item": "CSE/18/16", "text": "RESOLVED: That the minutes be approved."}]
    heading = [{"item": "CSE/18/16 Minutes of the previous meeting", "text": "RESOLVED: That the minutes be approved."}]
    other = [{"item": "CSE/18/17 Public participation", "text": "RESOLVED: That the minutes be approved."}]
    assert scoring.score_list("resolutions", heading, want).f1 == 1
    assert scoring.score_list("resolutions", other, want).f1 == 0
