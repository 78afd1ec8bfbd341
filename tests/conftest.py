"""Shared fixtures: a temporary database, a blank spaCy pipeline, inline documents."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from minutebook.extract.nlp import load_nlp
from minutebook.ingest.document import ParsedDocument, make_document as _make_document

REPO = Path(__file__).resolve().parent.parent
SAMPLES = REPO / "samples"
SHARED = REPO.parent / "shared"


@pytest.fixture
def nlp():
    return load_nlp(None)


@pytest.fixture
def make_document():
    def make(text: str, *, name: str = "inline.txt") -> ParsedDocument:
        return _make_document(text, name=name)

    return make


@pytest.fixture
def db_path(tmp_path: Path) -> str:
    return str(tmp_path / "test.db")


def postgres_url() -> str | None:
    return os.environ.get("MINUTEBOOK_TEST_POSTGRES")


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request, tmp_path: Path) -> str:
    """A fresh empty database on each backend; PostgreSQL skips without a server."""
    if request.param == "sqlite":
        return str(tmp_path / "test.db")
    url = postgres_url()
    if not url:
        pytest.skip("MINUTEBOOK_TEST_POSTGRES is not set")
    from sqlalchemy import create_engine, text

    engine = create_engine(url)
    with engine.begin() as conn:
        conn.execute(text("DROP SCHEMA public CASCADE"))
        conn.execute(text("CREATE SCHEMA public"))
    engine.dispose()
    return url
