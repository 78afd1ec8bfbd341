"""The library route a whole-document test takes: parse, extract, store, export."""

from __future__ import annotations

from pathlib import Path
from typing import Any


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
