"""What a table's header cell says its column holds (extract/column_headers.py, data/column_headers.toml)."""

from __future__ import annotations

import pytest

from minutebook.extract.column_headers import header_words, load_column_headers


def test_header_cells_are_compared_in_one_form():
    assert header_words("  Action   Required: ") == "action required"
    assert header_words("Status/Update") == "status and update"
    assert header_words("Progress & Update") == "progress and update"


def test_column_headers_name_each_column_of_an_action_table_and_the_margin():
    headers = load_column_headers()
    assert headers.kind("Action Required:") == "action"
    assert headers.kind("By  Whom") == "owner"
    assert headers.kind("Target date") == "due"
    assert headers.kind("By") == "due"  # in a table "By" heads the date
    assert headers.kind("Progress") is None
    assert headers.is_margin("By") and headers.is_margin("ACTIONED BY:")
    assert not headers.is_margin("Deadline")
    assert headers.heads("item", "Minute Ref.") and headers.heads("text", "Discussion / Decision")


@pytest.mark.parametrize(
    ("kind", "label"),
    [
        ("status", "RAG status"),
        ("status", "Status / Comments"),
        ("status", "Done?"),
        ("progress", "Progress since the last meeting"),
        ("progress", "Status & Updates"),
        ("decision", "Outcome"),
        ("decision", "Council's decision"),
        ("decision", "Committees’ Decisions"),
        ("decision", "Parish Council decision"),
        ("motion", "Motion text"),
        ("motion_outcome", "Voted"),
        ("attendee", "Attendee Name"),
        ("attendee_detail", "Arrived"),
    ],
)
def test_each_kind_of_column_is_told_by_its_header(kind, label):
    assert load_column_headers().heads(kind, label)


@pytest.mark.parametrize(
    ("kind", "label"),
    [
        ("status", "Status of the road"),
        ("progress", "Outcome"),  # an outcome is a status, not progress since an earlier meeting
        ("decision", "Councillor decision"),  # only the deciding body may stand before "decision"
        ("decision", "Decision date"),
        ("motion", "Moved by"),
        ("attendee", "Name of road"),
    ],
)
def test_other_headers_are_not_taken_for_the_kind(kind, label):
    assert not load_column_headers().heads(kind, label)


def test_a_kind_without_words_is_a_clear_error(tmp_path):
    broken = tmp_path / "headers.toml"
    broken.write_text('[action]\nwords = ["action"]\n', encoding="utf-8")
    with pytest.raises(ValueError, match="headers.toml: no words for owner"):
        load_column_headers(str(broken))
