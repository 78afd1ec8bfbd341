"""Votes in the store: saved and read back through the registry, exported, searched, and asked about."""

from __future__ import annotations

import csv
import io
import json

import pytest
from click.testing import CliRunner
from conftest import build_minutes_extraction
from sqlalchemy import text

from minutebook.cli import cli
from minutebook.extract import records as r
from minutebook.store import Store
from minutebook.store.export import export_documents, write_export
from minutebook.store.queries import get_person, list_votes
from minutebook.store.search import search


def _minutes_with_votes() -> r.Extraction:
    extraction = build_minutes_extraction()
    extraction.attendees.append(
        r.Attendee("Carl Dunmore", "Dunmore", "Councillor", None, None, "present", r.Evidence(1, 5, 5))
    )
    extraction.votes = [
        r.Vote(
            "2", "That the Board funds new lamps on Mill Lane.", mover="Alice Bramble", seconder="Carl Dunmore",
            result="carried", count_for=5, count_against=1, count_abstain=None,
            voted_for=["Alice Bramble", "Carl Dunmore"], voted_against=["Tom Quill"], abstained=[],
            resolution=1, topics=["lighting"], evidence=r.Evidence(1, 14, 15),
        ),
        r.Vote(
            "2", "An amendment that the lamps be deferred a year.", mover="Tom Quill", result="lost",
            voted_against=["Alice Bramble"], abstained=["Carl Dunmore"], evidence=r.Evidence(1, 13, 13),
        ),
    ]
    return extraction


@pytest.fixture
def store(db_url, document_info):
    with Store(db_url) as opened:
        opened.save_extraction(document_info("/m/minutes.pdf"), _minutes_with_votes())
        yield opened


def test_votes_read_back_as_saved(store):
    [document] = export_documents(store)
    first, second = document["votes"]
    assert first == {
        "item": "2", "motion": "That the Board funds new lamps on Mill Lane.", "mover": "Alice Bramble",
        "seconder": "Carl Dunmore", "result": "carried", "counts": {"for": 5, "against": 1, "abstain": None},
        "for": ["Alice Bramble", "Carl Dunmore"], "against": ["Tom Quill"], "abstain": [], "resolution": 1,
        "topics": ["lighting"], "evidence": {"page": 1, "line_start": 14, "line_end": 15},
    }
    assert (second["result"], second["against"], second["abstain"]) == ("lost", ["Alice Bramble"], ["Carl Dunmore"])
    assert list(document).index("votes") == list(document).index("actions") + 1


def test_votes_in_the_csv_export(store):
    buffer = io.StringIO()
    write_export(export_documents(store), buffer, export_format="csv")
    rows = [row for row in csv.DictReader(io.StringIO(buffer.getvalue())) if row["record_type"] == "vote"]
    assert [(row["position"], row["result"], row["counts"], row["for"]) for row in rows] == [
        ("1", "carried", "for 5; against 1", "Alice Bramble; Carl Dunmore"),
        ("2", "lost", "", ""),
    ]


def test_votes_are_searched_by_their_motion(store):
    hits = search(store, "deferred", scope="votes")
    assert [hit.record_type for hit in hits] == ["vote"]


def test_list_votes_by_result_item_and_topic(store):
    assert [row.result for row in list_votes(store)] == ["carried", "lost"]
    assert [row.result for row in list_votes(store, result="lost")] == ["lost"]
    assert [row.result for row in list_votes(store, item="lamps")] == ["carried", "lost"]
    assert [row.result for row in list_votes(store, topic="lighting")] == ["carried"]
    assert list_votes(store, body="nobody") == []


def test_list_votes_by_person_says_how_they_took_part(store):
    rows = list_votes(store, person="Dunmore")
    assert [(row.result, row.position) for row in rows] == [("carried", "for, seconded"), ("lost", "abstained")]
    assert [row.position for row in list_votes(store, person="Tom Quill")] == ["against", "moved"]


def test_person_shows_how_they_voted(store):
    record = get_person(store, "Carl Dunmore")
    assert [(row["what"], row["detail"]) for row in record.timeline() if row["what"].startswith(("voted", "abst"))] == [
        ("voted for", "That the Board funds new lamps on Mill Lane. (carried)"),
        ("abstained", "An amendment that the lamps be deferred a year. (lost)"),
    ]


def test_v_votes_has_one_row_per_voter(store):
    with store.engine.connect() as connection:
        rows = [dict(row._mapping) for row in connection.execute(
            text("SELECT vote_id, result, side, voter, person, resolution_id FROM v_votes ORDER BY vote_id, side, voter")
        )]
    assert [(row["result"], row["side"], row["voter"]) for row in rows] == [
        ("carried", "against", "Tom Quill"),
        ("carried", "for", "Alice Bramble"),
        ("carried", "for", "Carl Dunmore"),
        ("lost", "abstain", "Carl Dunmore"),
        ("lost", "against", "Alice Bramble"),
    ]
    assert rows[1]["person"] == "Alice Bramble"
    assert rows[0]["resolution_id"] is not None and rows[3]["resolution_id"] is None


def test_cli_votes_in_each_format(store, db_url):
    runner = CliRunner()
    table = runner.invoke(cli, ["--db", db_url, "votes", "--result", "carried"])
    assert table.exit_code == 0, table.output
    assert "carried" in table.output and "lost" not in table.output
    as_json = json.loads(runner.invoke(cli, ["--db", db_url, "votes", "--json", "--person", "Bramble"]).output)
    assert [(row["result"], row["position"]) for row in as_json] == [("carried", "for, moved"), ("lost", "against")]
    as_csv = runner.invoke(cli, ["--db", db_url, "votes", "--csv", "--from", "2021-01-01", "--to", "2021-12-31"]).output
    assert as_csv.splitlines()[0].startswith("date,body,item,motion,mover,seconder,result,counts,voted_for,voted_against")
    assert len(as_csv.splitlines()) == 3


def test_cli_person_lists_votes(store, db_url):
    result = CliRunner().invoke(cli, ["--db", db_url, "person", "Tom Quill", "--csv"])
    assert result.exit_code == 0, result.output
    assert "voted against" in result.output


def test_a_document_saved_again_replaces_its_votes(store, document_info):
    extraction = _minutes_with_votes()
    extraction.votes = extraction.votes[:1]
    store.save_extraction(document_info("/m/minutes.pdf", sha256="f" * 64), extraction)
    [document] = export_documents(store)
    assert len(document["votes"]) == 1
    with store.engine.connect() as connection:
        assert connection.execute(text("SELECT COUNT(*) FROM vote_positions")).scalar() == 3
