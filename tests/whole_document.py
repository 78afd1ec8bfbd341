"""The library route a whole-document test takes: parse, extract, store, export."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import scoring

EXACT_FIELDS = ("kind", "meeting_date", "start_time", "end_time", "next_meeting")
WORDY_FIELDS = ("body", "venue")
"""Scalars compared exactly, and those compared by their words."""


def export_through_pipeline(path: Path, db_path: str) -> dict[str, Any]:
    """Run one file through parse -> extract -> store -> export and return its export dict."""
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


def list_problems(got: dict[str, Any], expected: dict[str, Any], *, min_f1: dict[str, float]) -> list[str]:
    """Every field of `got` that misses its expected value or whose F1 falls below its bar in `min_f1`."""
    problems: list[str] = []
    for field in EXACT_FIELDS:
        if got.get(field) != expected[field]:
            problems.append(f"{field}: got {got.get(field)!r}, want {expected[field]!r}")
    for field in WORDY_FIELDS:
        if not scoring.compare_scalar(field, got.get(field), expected[field]):
            problems.append(f"{field}: got {got.get(field)!r}, want {expected[field]!r}")
    for field, bar in min_f1.items():
        score = scoring.score_list(field, got.get(field), expected[field])
        if score.f1 < bar:
            detail = scoring.describe_mismatches(field, got.get(field) or [], expected[field])
            problems.append(f"{field}: F1 {score.f1:.2f} < {bar} ({detail})")
    return problems
