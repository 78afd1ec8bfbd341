"""SQL functions that give Datasette's SQL minutebook's forgiving name matching.

Registered on every connection Datasette opens to a minutebook database (see
`plugin.prepare_connection`):

minutebook_owner_actions(owner)
    The actions `owner` owns, as `actions --owner` finds them (`store.owners.
    resolve_owner`: "KW", "Ms Waller", "Kirsty Waler", "Early Help"), as a
    JSON array of objects: source ("minutes" | "plan"), id, document_id,
    meeting_date, body, item, item_title, text, owner (the owner that
    matched), owners, owner_as_written, due, file, page. Read it with
    `json_each`.
minutebook_match(query)
    The query in FTS5 syntax, translated as `minutebook search` translates it
    (`store.search.parse_query`: stemmed words, "phrases", OR, -word, word*),
    or null when it has nothing to look for. Use it as
    `search_index MATCH minutebook_match(:query)`.
minutebook_person_id(name)
    The id of the person `name` means, as `person NAME` finds them (by id,
    exact name or spelling, compatible or misspelt name), or null.

Each opens the database again read-only (`Store(path, readonly=True)`), so
the store's own code answers on the same file Datasette reads.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from typing import Any

from ..errors import MinutebookError
from ..store.people import resolve_person
from ..store.queries.actions import list_actions
from ..store.database import Store
from ..store.search import parse_query

OWNER_ACTIONS = "minutebook_owner_actions"
PERSON_ID = "minutebook_person_id"
MATCH = "minutebook_match"
MAX_QUERY_LENGTH = 200
"""Longer owner or person names are not names; they match nothing."""

# One read-only store per database file and mode, kept for the process: the
# owner index store.owners builds is cached per engine.
_stores: dict[tuple[str, bool], Store] = {}


def open_store(path: str, *, immutable: bool) -> Store:
    """The shared read-only store for the database file at `path`."""
    key = (path, immutable)
    store = _stores.get(key)
    if store is None:
        store = _stores[key] = Store(path, readonly=True, immutable=immutable)
    return store


def find_owner_actions(store: Store, owner: object) -> str:
    """The JSON array `minutebook_owner_actions(owner)` returns ("[]" for no name or no match)."""
    if not isinstance(owner, str) or not owner.strip() or len(owner) > MAX_QUERY_LENGTH:
        return "[]"
    rows = [
        {
            "source": row.source, "id": row.record_id, "document_id": row.document_id,
            "meeting_date": row.date.isoformat() if row.date else None, "body": row.body,
            "item": row.item, "item_title": row.item_title, "text": row.text, "owner": row.owner,
            "owners": "; ".join(row.owners), "owner_as_written": row.owner_as_written,
            "due": row.due.isoformat() if row.due else None, "file": row.file, "page": row.page,
        }
        for row in list_actions(store, owner=owner)
    ]
    return json.dumps(rows, ensure_ascii=False)


def find_person_id(store: Store, name: object) -> int | None:
    """The id `minutebook_person_id(name)` returns: the person `name` means, or None."""
    if isinstance(name, int):
        name = str(name)
    if not isinstance(name, str) or not name.strip() or len(name) > MAX_QUERY_LENGTH:
        return None
    try:
        with store.session() as session:
            return resolve_person(session, name).id
    except MinutebookError:  # no such person, or several equally likely: nothing to show
        return None


def translate_query(query: object) -> str | None:
    """The FTS5 expression `minutebook_match(query)` returns, or None when there is nothing to find."""
    if not isinstance(query, str) or not query.strip():
        return None
    try:
        return parse_query(query).to_fts5()
    except MinutebookError:  # BadQuery: only exclusions, or too many terms
        return None


def register_functions(connection: sqlite3.Connection, path: str, *, immutable: bool) -> None:
    """Add the minutebook SQL functions to `connection`, answering from the database at `path`."""
    def bind(function: Callable[[Store, object], Any]) -> Callable[[object], Any]:
        # The store opens on first call: connections that never use it cost nothing.
        return lambda value: function(open_store(path, immutable=immutable), value)

    connection.create_function(OWNER_ACTIONS, 1, bind(find_owner_actions))
    connection.create_function(PERSON_ID, 1, bind(find_person_id))
    connection.create_function(MATCH, 1, translate_query, deterministic=True)
