"""Whole-document tests on house styles the samples do not cover.

Each `tests/generalisation/<name>.txt` is a short set of minutes written for
these tests (every council, place and person invented) in a common UK
local-government house style, with its hand-written answer beside it in
`<name>.expected.json` (the export shape of SCHEMA.md; `notes` says what the
style exercises). A new pair of files is a new test. Each document runs
through parse -> extract -> store -> export and is compared field by field
with the scorer the sample tests use, against the bars below.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import pytest

TESTS = Path(__file__).resolve().parent
if str(TESTS) not in sys.path:  # tests/ is not a package; scoring.py sits beside this file
    sys.path.insert(0, str(TESTS))

import scoring  # noqa: E402

FOLDER = TESTS / "generalisation"
EXPECTED_SUFFIX = ".expected.json"

# Lowest acceptable F1 per list field on documents in styles the rules were not written for.
MIN_F1 = {
    "attendees": 0.9,
    "apologies": 0.9,
    "items": 0.9,
    "resolutions": 0.8,
    "actions": 0.75,
}
EXACT_FIELDS = ("kind", "meeting_date", "start_time", "end_time", "next_meeting")
WORDY_FIELDS = ("body", "venue")

EXPECTED_FILES = sorted(FOLDER.glob(f"*{EXPECTED_SUFFIX}"))


def _name_of(path: Path) -> str:
    return path.name[: -len(EXPECTED_SUFFIX)]


def export_document(path: Path, db_path: str) -> dict[str, Any]:
    """The export of one text file run through the library pipeline."""
    from minutebook.extract.pipeline import extract_document
    from minutebook.ingest import parse_file
    from minutebook.store import Store
    from minutebook.store.export import export_documents

    document = parse_file(path)
    extraction = extract_document(document)
    with Store(db_path) as store:
        store.save_extraction(document.info, extraction)
        exported = list(export_documents(store))
    assert len(exported) == 1, f"expected one exported document, got {len(exported)}"
    return exported[0]


def list_problems(got: dict[str, Any], expected: dict[str, Any]) -> list[str]:
    """Every field of `got` that misses its expected value or falls below its bar."""
    problems: list[str] = []
    for field in EXACT_FIELDS:
        if got.get(field) != expected[field]:
            problems.append(f"{field}: got {got.get(field)!r}, want {expected[field]!r}")
    for field in WORDY_FIELDS:
        if not scoring.compare_scalar(field, got.get(field), expected[field]):
            problems.append(f"{field}: got {got.get(field)!r}, want {expected[field]!r}")
    for field, bar in MIN_F1.items():
        score = scoring.score_list(field, got.get(field), expected[field])
        if score.f1 < bar:
            detail = scoring.describe_mismatches(field, got.get(field) or [], expected[field])
            problems.append(f"{field}: F1 {score.f1:.2f} < {bar} ({detail})")
    return problems


def test_every_expected_file_has_its_document() -> None:
    assert len(EXPECTED_FILES) >= 6, "tests/generalisation/ should hold at least six documents"
    for path in EXPECTED_FILES:
        expected = json.loads(path.read_text(encoding="utf-8"))
        assert (FOLDER / expected["file"]).is_file(), f"{path.name} names a missing file"


@pytest.mark.parametrize("expected_path", EXPECTED_FILES, ids=[_name_of(p) for p in EXPECTED_FILES])
def test_document_matches_expected_answer(expected_path: Path, tmp_path: Path) -> None:
    expected = json.loads(expected_path.read_text(encoding="utf-8"))
    got = export_document(FOLDER / expected["file"], str(tmp_path / "doc.db"))
    problems = list_problems(got, expected)
    assert not problems, "\n".join(problems)
