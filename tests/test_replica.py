"""A database copied into a new SQLite file (what `serve` does with a PostgreSQL URL)."""

from __future__ import annotations

import pytest

from minutebook.errors import StoreError
from minutebook.store import Store
from minutebook.store.export import export_documents
from minutebook.store.people import merge_people
from minutebook.store.queries import get_person, list_actions, list_people
from minutebook.store.replica import copy_to_sqlite
from minutebook.store.search import search


def _answers(store: Store) -> dict:
    people = list_people(store)
    return {
        "export": [{key: value for key, value in document.items() if key != "loaded_at"}
                   for document in export_documents(store)],
        "people": [(person.name, person.meetings, person.actions) for person in people],
        "owner": [(row.text, row.owner) for row in list_actions(store, owner=people[0].name)],
        "person": get_person(store, people[0].name).timeline(),
        # Ranking differs by backend (bm25, ts_rank); what is found does not.
        "search": sorted((hit.record_type, hit.text) for hit in search(store, "lamps OR funding OR county")),
    }


def test_copy_answers_every_question_as_the_original(db_url, tmp_path, document_info, minutes_extraction,
                                                     plan_extraction):
    with Store(db_url) as store:
        store.save_extraction(document_info("/m/board-2021-03.pdf"), minutes_extraction)
        store.save_extraction(document_info("/p/plan.pdf"), plan_extraction)
        people = list_people(store)
        if len(people) > 1:  # a merge into a person made later must survive the copy
            merge_people(store, people[-1].name, people[0].name)
        expected = _answers(store)
    assert expected["search"] and expected["owner"]
    copy = tmp_path / "copy.db"
    assert copy_to_sqlite(db_url, copy) > 0
    with Store(str(copy)) as replica:
        assert _answers(replica) == expected


def test_copy_refuses_an_existing_file_and_leaves_nothing_when_it_fails(tmp_path):
    existing = tmp_path / "there.db"
    existing.write_bytes(b"keep me")
    with pytest.raises(StoreError, match="already exists"):
        copy_to_sqlite(str(tmp_path / "source.db"), existing)
    assert existing.read_bytes() == b"keep me"
    with pytest.raises(StoreError, match="cannot copy"):
        copy_to_sqlite("postgresql+psycopg://nobody@127.0.0.1:1/none", tmp_path / "new.db")
    assert not (tmp_path / "new.db").exists()
