"""Shared fixtures: a temporary database, a blank spaCy pipeline, inline documents."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from minutebook.extract.nlp import load_nlp
from minutebook.ingest.document import ParsedDocument, make_document as _make_document

TESTS = Path(__file__).resolve().parent
REPO = TESTS.parent
# tests/ is not a package: its helper modules (badfiles, loadfakes, scoring)
# are imported by plain name, here and in worker processes started by tests.
if str(TESTS) not in sys.path:
    sys.path.insert(0, str(TESTS))
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


@pytest.fixture
def without_linking_or_search(monkeypatch: pytest.MonkeyPatch) -> None:
    """Save documents without person linking or search indexing, which have their own tests."""
    from minutebook.store import save

    for name in ("link_people", "forget_document", "index_document", "unindex_document"):
        monkeypatch.setattr(save, name, lambda session, document_id: None)


# --- Hand-built records for the store, export and query tests -------------------


def build_minutes_extraction():
    """A small set of minutes records with every field filled, built by hand."""
    import datetime as dt

    from minutebook.extract import records as r

    return r.Extraction(
        meeting=r.Meeting(
            kind="minutes",
            body="Riverside Safety Board",
            title="Minutes of the Riverside Safety Board",
            date=dt.date(2021, 3, 4),
            start_time=dt.time(18, 30),
            end_time=dt.time(20, 5),
            venue="Room 2, Town Hall",
            next_meeting=dt.date(2021, 6, 3),
            evidence=r.Evidence(1, 1, 3),
        ),
        attendees=[
            r.Attendee("Alice Bramble", "Bramble", "Councillor", "Chair", None, "present", r.Evidence(1, 5, 5)),
            r.Attendee("Tom Quill", "Quill", "Mr", None, "Fire Service", "in_attendance", r.Evidence(1, 6, 6)),
        ],
        apologies=[r.Apology("Councillor Dunmore", "Dunmore", "Councillor", None, r.Evidence(1, 8, 8))],
        items=[
            r.AgendaItem("1", "Apologies", evidence=r.Evidence(1, 10, 10)),
            r.AgendaItem("2", "Street lighting", topics=["lighting"], evidence=r.Evidence(1, 12, 12)),
            r.AgendaItem(None, "Closed session", private=True, evidence=r.Evidence(2, 30, 30)),
        ],
        resolutions=[
            r.Resolution(
                "2",
                "The Board agreed to fund new lamps.",
                proposer="Alice Bramble",
                seconder=None,
                topics=["lighting", "budget"],
                evidence=r.Evidence(1, 14, 15),
            ),
        ],
        actions=[
            r.Action(
                "2",
                "Survey the broken lamps on Mill Lane.",
                owners=["Tom Quill"],
                owner_as_written="TQ",
                due=dt.date(2021, 4, 1),
                topics=["lighting"],
                evidence=r.Evidence(1, 16, 16),
            ),
            r.Action(
                "2",
                "Write to the county about funding.",
                owners=["Alice Bramble", "Riverside Police"],
                owner_as_written="AB/Police",
                evidence=r.Evidence(2, 20, 21),
            ),
        ],
    )


def build_plan_extraction():
    """A small plan with two numbered actions and their agencies, built by hand."""
    from minutebook.extract import records as r

    return r.Extraction(
        meeting=r.Meeting(kind="plan", body="Riverside Community Partnership", title="Safety Plan", period="2021-22"),
        plan_actions=[
            r.PlanAction(
                "1",
                "Run a youth outreach programme.",
                priority="ENGAGEMENT",
                emerging_issue="1. Young people",
                lead_agencies=["Riverside Police", "Youth Service"],
                support_agencies=["Fire Service"],
                measures=["Sessions held", "Young people reached"],
                evidence=r.Evidence(3, 40, 44),
            ),
            r.PlanAction(
                "2",
                "Map alcohol-related incidents.",
                priority="ENGAGEMENT",
                emerging_issue="1. Young people",
                lead_agencies=["Public Health"],
                evidence=r.Evidence(3, 45, 47),
            ),
        ],
    )


@pytest.fixture
def minutes_extraction():
    return build_minutes_extraction()


@pytest.fixture
def plan_extraction():
    return build_plan_extraction()


def make_info(path: str, *, sha256: str | None = None, format: str = "pdf"):
    """A `DocumentInfo` for a file that was never read, for store tests."""
    import hashlib
    import os

    from minutebook.ingest.document import DocumentInfo

    digest = sha256 or hashlib.sha256(path.encode()).hexdigest()
    return DocumentInfo(path=path, name=os.path.basename(path), sha256=digest, format=format, pages=3)


@pytest.fixture
def document_info():
    return make_info
