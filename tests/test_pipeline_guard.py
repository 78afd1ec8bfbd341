"""A field whose reader fails on an unforeseen layout costs that field, not the file: the load keeps the document's
other fields and says which field was not read and why; a direct call (tests, tools) still raises the error."""

from __future__ import annotations

import pytest

from minutebook.extract import pipeline
from minutebook.load import _load_pipeline

MINUTES = (
    "MINUTES OF THE MEETING OF BRACKENHOLT PARISH COUNCIL\n"
    "held on Tuesday 4 March 2025 at 7.30pm in the Village Hall\n\n"
    "Present: Cllrs A Brierley (Chair), C Dunmore and E Farrant.\n\n"
    "1. Footpaths\nThe Clerk to report the broken stile to the county.\n"
    "2. Finance\nRESOLVED that the payments listed be approved.\n"
)


def _fail(*_args, **_kwargs):
    raise RuntimeError("unforeseen layout")


def test_a_failing_reader_leaves_its_field_empty_and_says_so(make_document, monkeypatch):
    monkeypatch.setattr(pipeline, "extract_actions", _fail)
    document = make_document(MINUTES)
    extraction = pipeline.extract_document(document, keep_going=True)
    assert extraction.actions == []
    # Every other field is read as before.
    assert [item.number for item in extraction.items] == ["1", "2"]
    assert [a.surname for a in extraction.attendees] == ["Brierley", "Dunmore", "Farrant"]
    assert [r.text for r in extraction.resolutions] == ["RESOLVED that the payments listed be approved."]
    assert document.warnings == [
        "actions not read (RuntimeError: unforeseen layout); the document's other fields were kept"
    ]


def test_items_failing_leaves_the_decisions_read_from_the_whole_text(make_document, monkeypatch):
    monkeypatch.setattr(pipeline, "read_items_and_sections", _fail)
    document = make_document(MINUTES)
    extraction = pipeline.extract_document(document, keep_going=True)
    assert extraction.items == []
    assert [r.text for r in extraction.resolutions] == ["RESOLVED that the payments listed be approved."]
    assert document.warnings[0].startswith("items not read (RuntimeError: unforeseen layout)")


def test_a_direct_call_raises_the_readers_error(make_document, monkeypatch):
    monkeypatch.setattr(pipeline, "extract_actions", _fail)
    with pytest.raises(RuntimeError, match="unforeseen layout"):
        pipeline.extract_document(make_document(MINUTES))


def test_the_loads_pipeline_keeps_going(make_document, monkeypatch):
    monkeypatch.setattr(pipeline, "extract_votes", _fail)
    document = make_document(MINUTES)
    extraction = _load_pipeline(None)(document)
    assert extraction.votes == [] and len(extraction.items) == 2
    assert document.warnings == ["votes not read (RuntimeError: unforeseen layout); the document's other fields were kept"]


def test_decisions_from_votes_failing_keeps_the_decisions_read(make_document, monkeypatch):
    # The step that adds a carried motion's decision is guarded like a reader: its failure keeps what was read.
    monkeypatch.setattr(pipeline, "add_voted_decisions", _fail)
    document = make_document(MINUTES)
    extraction = pipeline.extract_document(document, keep_going=True)
    assert [r.text for r in extraction.resolutions] == ["RESOLVED that the payments listed be approved."]
    assert document.warnings[0].startswith("decisions from votes not read (RuntimeError: unforeseen layout)")
