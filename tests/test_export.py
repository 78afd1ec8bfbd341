"""The export shape: what SCHEMA.md promises, in document order, streamed."""

from __future__ import annotations

import csv
import io
import json

import pytest

from minutebook.store import Store
from minutebook.store.export import CSV_COLUMNS, export_documents, iter_record_rows, write_export


@pytest.fixture
def store(db_url, without_linking_or_search, document_info, minutes_extraction, plan_extraction):
    store = Store(db_url)
    store.save_extraction(document_info("/m/minutes.pdf", sha256="a" * 64), minutes_extraction)
    store.save_extraction(document_info("/p/plan.pdf", sha256="b" * 64), plan_extraction)
    store.save_failure(path="/m/broken.pdf", name="broken.pdf", reason="empty file", kind="empty")
    yield store
    store.close()


def expected_minutes() -> dict:
    """The minutes fixture written out by hand in the export shape."""
    return {
        "file": "minutes.pdf",
        "sha256": "a" * 64,
        "kind": "minutes",
        "body": "Riverside Safety Board",
        "meeting_date": "2021-03-04",
        "start_time": "18:30",
        "end_time": "20:05",
        "venue": "Room 2, Town Hall",
        "attendees": [
            {"name": "Alice Bramble", "surname": "Bramble", "title": "Councillor", "role": "Chair",
             "organisation": None, "status": "present"},
            {"name": "Tom Quill", "surname": "Quill", "title": "Mr", "role": None,
             "organisation": "Fire Service", "status": "in_attendance"},
        ],
        "apologies": [
            {"name": "Councillor Dunmore", "surname": "Dunmore", "title": "Councillor", "organisation": None}
        ],
        "items": [
            {"number": "1", "title": "Apologies"},
            {"number": "2", "title": "Street lighting"},
            {"number": None, "title": "Closed session"},
        ],
        "resolutions": [{"item": "2", "text": "The Board agreed to fund new lamps."}],
        "actions": [
            {"item": "2", "text": "Survey the broken lamps on Mill Lane.", "owners": ["Tom Quill"],
             "owner_as_written": "TQ", "due": "2021-04-01"},
            {"item": "2", "text": "Write to the county about funding.", "owners": ["Alice Bramble", "Riverside Police"],
             "owner_as_written": "AB/Police", "due": None},
        ],
        "next_meeting": "2021-06-03",
        "plan_actions": [],
    }


def schema_keys(exported, expected):
    """`exported` cut down to the keys `expected` has, at every level."""
    if isinstance(expected, dict):
        return {key: schema_keys(exported[key], value) for key, value in expected.items()}
    if isinstance(expected, list):
        assert len(exported) == len(expected)
        return [schema_keys(got, want) for got, want in zip(exported, expected, strict=True)]
    return exported


def test_export_matches_the_schema_shape(store):
    documents = {document["file"]: document for document in export_documents(store)}
    assert set(documents) == {"minutes.pdf", "plan.pdf"}  # the failed file is not exported
    minutes = documents["minutes.pdf"]
    assert schema_keys(minutes, expected_minutes()) == expected_minutes()
    assert minutes["actions"][1]["evidence"] == {"page": 2, "line_start": 20, "line_end": 21}
    assert minutes["items"][2]["private"] is True


def test_plan_export_lists_leads_then_support(store):
    (plan,) = export_documents(store, paths=["plan.pdf"])
    assert plan["kind"] == "plan"
    assert plan["period"] == "2021-22"
    assert plan["meeting_date"] is None and plan["attendees"] == []
    first = plan["plan_actions"][0]
    assert first["number"] == "1"
    assert first["lead_agencies"] == ["Riverside Police", "Youth Service", "Fire Service"]
    assert first["support_agencies"] == ["Fire Service"]
    assert first["measures"] == ["Sessions held", "Young people reached"]
    assert [p["number"] for p in plan["plan_actions"]] == ["1", "2"]


def test_export_is_json_serialisable_and_filters_by_path(store):
    assert [d["file"] for d in export_documents(store, paths=["/m/minutes.pdf"])] == ["minutes.pdf"]
    assert list(export_documents(store, paths=["nothing.pdf"])) == []
    json.dumps(list(export_documents(store)))


def test_write_export_json_is_object_for_one_and_array_for_many(store):
    out = io.StringIO()
    assert write_export(export_documents(store), out, export_format="json") == 2
    assert [d["file"] for d in json.loads(out.getvalue())] == ["minutes.pdf", "plan.pdf"]
    out = io.StringIO()
    write_export(export_documents(store, paths=["plan.pdf"]), out, export_format="json")
    assert json.loads(out.getvalue())["file"] == "plan.pdf"
    out = io.StringIO()
    write_export(iter([]), out, export_format="json")
    assert json.loads(out.getvalue()) == []


def test_write_export_jsonl(store):
    out = io.StringIO()
    write_export(export_documents(store), out, export_format="jsonl")
    lines = out.getvalue().splitlines()
    assert [json.loads(line)["file"] for line in lines] == ["minutes.pdf", "plan.pdf"]


def test_csv_has_one_row_per_record(store):
    out = io.StringIO()
    write_export(export_documents(store), out, export_format="csv")
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert list(rows[0]) == list(CSV_COLUMNS)
    kinds = [(row["file"], row["record_type"]) for row in rows]
    assert kinds.count(("minutes.pdf", "attendee")) == 2
    assert kinds.count(("minutes.pdf", "action")) == 2
    assert kinds.count(("plan.pdf", "plan_action")) == 2
    action = next(row for row in rows if row["record_type"] == "action")
    assert action["owners"] == "Tom Quill" and action["page"] == "1" and action["due"] == "2021-04-01"
    plan_row = next(row for row in rows if row["record_type"] == "plan_action")
    assert plan_row["measures"] == "Sessions held; Young people reached"


def test_record_rows_start_with_the_document():
    document = {"file": "x.pdf", "kind": "minutes", "body": None, "meeting_date": None, "start_time": None,
                "end_time": None, "venue": None, "next_meeting": None,
                "items": [{"number": "1", "title": "One", "evidence": {"page": 1, "line_start": 2, "line_end": 2}}]}
    rows = list(iter_record_rows([document]))
    assert [row["record_type"] for row in rows] == ["document", "item"]
    assert rows[1]["line_start"] == 2 and "evidence" not in rows[1]
