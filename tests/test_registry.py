"""The record-type registry: complete, consistent with its classes and models, and what the store derives."""

from __future__ import annotations

import dataclasses

import pytest
from minutebook.extract.records import Extraction, Meeting
from minutebook.store import registry
from minutebook.store.export import CSV_COLUMNS, build_export, iter_record_rows
from minutebook.store.registry import (
    BY_KEY,
    RECORD_TYPES,
    RecordType,
    ShowGrouped,
    ShowTable,
    ShowUnderItem,
)
from minutebook.store.search import SCOPES

IDS = [record_type.name for record_type in RECORD_TYPES]


def _list_fields() -> list[str]:
    """Every list of records on `Extraction` (everything but the meeting)."""
    return [f.name for f in dataclasses.fields(Extraction) if f.name != "meeting"]


def test_every_record_list_of_an_extraction_has_one_entry():
    assert sorted(BY_KEY) == sorted(_list_fields())
    assert len({t.name for t in RECORD_TYPES}) == len(RECORD_TYPES) == len({t.key for t in RECORD_TYPES})


def test_names_fit_the_columns_they_are_stored_in():
    # record_topics.record_type and search_records.record_type are String(16).
    assert all(len(t.name) <= 16 for t in RECORD_TYPES)


@pytest.mark.parametrize("record_type", RECORD_TYPES, ids=IDS)
def test_entry_holds_the_record_class_listed_on_the_extraction(record_type: RecordType):
    (list_field,) = [f for f in dataclasses.fields(Extraction) if f.name == record_type.key]
    assert record_type.record_class.__name__ in str(list_field.type)


@pytest.mark.parametrize("record_type", RECORD_TYPES, ids=IDS)
def test_every_field_of_the_record_class_is_described(record_type: RecordType):
    described = {f.name for f in record_type.fields if not f.derived}
    if record_type.tagged:
        described.add("topics")
    assert described | {"evidence"} == set(registry.record_fields(record_type.record_class))
    assert ("topics" in registry.record_fields(record_type.record_class)) == record_type.tagged


@pytest.mark.parametrize("record_type", RECORD_TYPES, ids=IDS)
def test_model_has_the_listed_columns(record_type: RecordType):
    table_columns = set(record_type.model.__table__.columns.keys())
    wanted = {"id", "position", f"{record_type.parent}_id", "page", "line_start", "line_end", *record_type.columns}
    if record_type.under_item:
        wanted |= {"item_id", "item_key"}
    assert wanted <= table_columns


@pytest.mark.parametrize("record_type", RECORD_TYPES, ids=IDS)
def test_derived_fields_are_made_for_the_export_only(record_type: RecordType):
    for f in record_type.fields:
        if f.derived:
            assert f.to_json is not None and f.exported and f.column_name is None
            assert f.name not in registry.record_fields(record_type.record_class)


@pytest.mark.parametrize("record_type", RECORD_TYPES, ids=IDS)
def test_fields_without_a_column_are_stored_as_child_rows(record_type: RecordType):
    without_column = {f.name for f in record_type.fields if f.column_name is None and not f.derived}
    children = set(record_type.children.fields) if record_type.children else set()
    assert without_column == children


def test_under_item_records_name_their_item_in_an_item_field():
    assert registry.ITEM_TYPE in registry.BY_NAME
    for record_type in RECORD_TYPES:
        if record_type.under_item:
            assert "item" in {f.name for f in record_type.fields}


def _sample_extraction() -> Extraction:
    """An Extraction with one record of every type, each field holding a value of its default's kind."""
    extraction = Extraction(meeting=Meeting(kind="minutes"))
    for record_type in RECORD_TYPES:
        values = {}
        for f in dataclasses.fields(record_type.record_class):
            if f.name == "evidence":
                continue
            if f.default is not dataclasses.MISSING or f.default_factory is not dataclasses.MISSING:
                continue
            values[f.name] = "x"
        getattr(extraction, record_type.key).append(record_type.record_class(**values))
    return extraction


def _export_of(extraction: Extraction) -> dict:
    from minutebook.store.export import StoredDocument

    return build_export(StoredDocument(1, "a.pdf", "a.pdf", None, "pdf", 1, extraction))


def test_export_keys_come_from_the_registry():
    document = _export_of(_sample_extraction())
    for record_type in RECORD_TYPES:
        (exported,) = document[record_type.key]
        expected = [f.export_key for f in record_type.fields if f.exported]
        if record_type.tagged:
            expected.append("topics")
        assert list(exported) == [*expected, "evidence"]


def test_export_lists_follow_the_registry_around_next_meeting():
    keys = list(_export_of(_sample_extraction()))
    meeting_keys = [t.key for t in RECORD_TYPES if t.parent == "meeting"]
    document_keys = [t.key for t in RECORD_TYPES if t.parent == "document"]
    start = keys.index(meeting_keys[0])
    assert keys[start : start + len(meeting_keys) + 1 + len(document_keys)] == [
        *meeting_keys, "next_meeting", *document_keys
    ]


def test_csv_columns_cover_every_exported_field_marked_for_csv():
    for record_type in RECORD_TYPES:
        for f in record_type.fields:
            if f.exported and f.csv:
                assert f.export_key in CSV_COLUMNS, (record_type.name, f.name)
        assert ("topics" in CSV_COLUMNS) or not record_type.tagged


def test_csv_rows_fill_only_the_fields_marked_for_csv():
    rows = list(iter_record_rows([_export_of(_sample_extraction())]))[1:]
    for record_type, row in zip(RECORD_TYPES, rows, strict=True):
        for f in record_type.fields:
            assert (f.export_key in row) == (f.exported and f.csv), (record_type.name, f.name)


def test_csv_record_types_come_from_the_registry():
    rows = list(iter_record_rows([_export_of(_sample_extraction())]))
    assert [row["record_type"] for row in rows] == ["document", *(t.name for t in RECORD_TYPES)]


def test_search_scopes_are_the_searched_types():
    assert SCOPES["all"] is None
    searched = {t.key: t.name for t in RECORD_TYPES if t.search is not None}
    assert {key: name for key, name in SCOPES.items() if key != "all"} == searched
    assert [t.search.listed for t in registry.SEARCHED_RECORD_TYPES] == sorted(
        t.search.listed for t in registry.SEARCHED_RECORD_TYPES
    )


def test_cli_search_offers_every_scope():
    from minutebook.cli import search

    (scope_option,) = [option for option in search.params if option.name == "scope"]
    assert list(scope_option.type.choices) == list(SCOPES)


def test_tagged_types_are_the_ones_record_topics_holds():
    assert registry.TAGGED_RECORD_TYPES == tuple(t.name for t in RECORD_TYPES if t.tagged)
    assert set(registry.TAGGED_RECORD_TYPES) <= set(registry.BY_NAME)


def test_show_columns_are_exported_fields():
    for record_type in RECORD_TYPES:
        show = record_type.show
        exported = {f.export_key for f in record_type.fields if f.exported}
        if isinstance(show, ShowTable):
            assert set(show.columns) <= exported
        elif isinstance(show, ShowUnderItem):
            assert record_type.under_item
        elif isinstance(show, ShowGrouped):
            assert show.group_by in exported


def test_schema_md_describes_every_exported_field():
    from pathlib import Path

    schema = (Path(__file__).resolve().parent.parent / "SCHEMA.md").read_text(encoding="utf-8")
    for record_type in RECORD_TYPES:
        assert f"`{record_type.key}`" in schema
        assert f"`{record_type.name}`" in schema
        for f in record_type.fields:
            if f.exported:
                assert f"`{f.export_key}`" in schema, (record_type.key, f.name)
    assert ", ".join(f"`{column}`" for column in CSV_COLUMNS) in " ".join(schema.split())
