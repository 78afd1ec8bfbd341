"""The Datasette plugin `minutebook serve` registers: SQL functions, document links and files, facets.

Hooks (Datasette's plugin hooks, declared by Datasette's hookspecs):

- `prepare_connection` adds `minutebook_owner_actions`,
  `minutebook_person_id` and `minutebook_match` (see `functions.py`) to
  every connection to a minutebook database, for the canned queries and for
  anyone's SQL.
- `register_routes` serves loaded documents read-only at
  `/-/document/DATABASE/ID/NAME` (see `documents.py` for what is refused).
- `render_cell` turns every `file` cell of a row read from a document into a
  link to that document at the row's page (`NAME#page=N`).
- `register_facet_classes` adds the `year` facet (counts by the year of a
  date column, selecting with `COLUMN__startswith=YEAR`) and the `list`
  facet (counts by each item of a "; "-joined list such as `topics`,
  selecting with `_listed_COLUMN=ITEM`).
- `filters_from_request` reads `_listed_COLUMN=ITEM`: rows whose list in
  COLUMN holds ITEM exactly (not "violent crime" for "crime").

Only `minutebook serve` registers this plugin; other Datasette instances in
the same environment do not load it.
"""

from __future__ import annotations

import asyncio
import sqlite3
from typing import Any
from urllib.parse import unquote

from datasette import hookimpl
from datasette.database import QueryInterrupted
from datasette.facets import Facet
from datasette.filters import FilterArguments
from datasette.utils import escape_sqlite, path_with_added_args, path_with_removed_args
from datasette.utils.asgi import NotFound, Response
from markupsafe import Markup

from ..store.registry import RECORD_TYPES
from .documents import DOCUMENT_LOOKUP, ROUTE, document_url, read_document
from .functions import register_functions
from .metadata import MARKER_TABLE

FILE_COLUMNS = ("file", "file_name")
"""Columns holding a document's file name, linked to the document."""
def _record_document_queries() -> dict[str, str | None]:
    """Columns that name the record a row came from ("action_id"), each with the SQL finding its document.

    Derived from the record-type registry, so a new record type is linked
    too; needed only when two loaded documents share a file name.
    """
    queries: dict[str, str | None] = {
        "document_id": None,
        "meeting_id": "SELECT document_id FROM meetings WHERE id = :id",
    }
    for record_type in RECORD_TYPES:
        table = record_type.model.__tablename__
        queries[f"{record_type.name}_id"] = (
            f"SELECT m.document_id FROM {table} r JOIN meetings m ON m.id = r.meeting_id WHERE r.id = :id"
            if record_type.parent == "meeting"
            else f"SELECT document_id FROM {table} WHERE id = :id"
        )
    return queries


_RECORD_DOCUMENT = _record_document_queries()


def _is_minutebook(connection: sqlite3.Connection) -> bool:
    found = connection.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (MARKER_TABLE,)
    ).fetchone()
    return found is not None


@hookimpl
def prepare_connection(conn: sqlite3.Connection, database: str, datasette: Any) -> None:
    db = datasette.databases.get(database)
    if db is None or not db.path or not _is_minutebook(conn):
        return
    register_functions(conn, db.path, immutable=not db.is_mutable)


@hookimpl
def register_routes(datasette: Any) -> list[tuple[str, Any]]:
    return [(ROUTE, serve_document)]


async def serve_document(datasette: Any, request: Any) -> Response:
    """One loaded document's bytes, or Datasette's 404 page for anything else."""
    database = unquote(request.url_vars["database"])
    db = datasette.databases.get(database)
    if db is None or not await _holds_documents(db):
        raise NotFound("No such document")
    if not await datasette.permission_allowed(request.actor, "view-database", database, default=True):
        raise NotFound("No such document")
    rows = await db.execute(DOCUMENT_LOOKUP, {"id": int(request.url_vars["document_id"])})
    row = rows.first()
    served = await asyncio.to_thread(
        read_document, dict(row) if row is not None else None, unquote(request.url_vars["name"])
    )
    if served is None:
        raise NotFound("No such document")
    return Response(served.body, status=200, headers=served.headers, content_type=served.content_type)


async def _holds_documents(db: Any) -> bool:
    return bool(await db.table_exists(MARKER_TABLE)) and bool(await db.table_exists("documents"))


@hookimpl
def render_cell(row: Any, value: Any, column: str, table: str | None, database: str, datasette: Any) -> Any:
    if column not in FILE_COLUMNS or not isinstance(value, str) or not value:
        return None
    keys = row.keys() if hasattr(row, "keys") else ()
    if table == "documents":
        if column != "file_name" or "id" not in keys:
            return None

        async def document_link() -> Markup | None:
            db = datasette.databases.get(database)
            if db is None or not await _holds_documents(db):
                return None
            return _link(datasette, database, row["id"], value, None)

        return document_link()
    if column != "file":
        return None

    async def page_link() -> Markup | None:
        db = datasette.databases.get(database)
        if db is None or not await _holds_documents(db):
            return None
        document_id = await _find_document_id(db, row, keys, value)
        if document_id is None:
            return None
        page = row["page"] if "page" in keys and isinstance(row["page"], int) else None
        return _link(datasette, database, document_id, value, page)

    return page_link()


def _link(datasette: Any, database: str, document_id: int, file_name: str, page: int | None) -> Markup:
    url = document_url(datasette.urls.path("/"), database, document_id, file_name, page)
    label = f"{file_name} p. {page}" if page is not None else file_name
    title = "Open the document at this page" if page is not None else "Open the document"
    return Markup('<a class="minutebook-document" href="{}" title="{}">{}</a>').format(url, title, label)


async def _find_document_id(db: Any, row: Any, keys: Any, file_name: str) -> int | None:
    """The loaded document a row's `file` names: by its file name, or by the row's record when names repeat."""
    if "document_id" in keys and isinstance(row["document_id"], int):
        return int(row["document_id"])
    found = await db.execute(
        "SELECT id FROM documents WHERE file_name = :name AND status = 'loaded' LIMIT 2", {"name": file_name}
    )
    ids = [found_row[0] for found_row in found.rows]
    if len(ids) == 1:
        return int(ids[0])
    for column, sql in _RECORD_DOCUMENT.items():
        if sql and column in keys and isinstance(row[column], int):
            owner = (await db.execute(sql, {"id": row[column]})).first()
            if owner is not None and owner[0] in ids:
                return int(owner[0])
    return None


class _ColumnFacet(Facet):
    """A facet over one column per config: a counting query, and a query-string argument per value.

    Subclasses say how values are counted (`_count_sql`) and which argument
    selects one (`_argument`); the rest of Datasette's facet shape is here.
    """

    facet_argument = ""
    """The query-string argument that turns the facet on for a column ("_facet_year")."""

    async def suggest(self) -> list[dict]:
        return []  # offered where the metadata names it, not guessed

    def _count_sql(self, column: str, size: int) -> str:
        raise NotImplementedError

    def _argument(self, column: str) -> str:
        raise NotImplementedError

    async def facet_results(self) -> tuple[list[dict], list[str]]:
        results: list[dict] = []
        timed_out: list[str] = []
        pairs = self.get_querystring_pairs()
        size = self.get_facet_size()
        for source_and_config in self.get_configs():
            config = source_and_config["config"]
            column = config.get("column") or config["simple"]
            try:
                found = await self.ds.execute(
                    self.database, self._count_sql(column, size), self.params, truncate=False,
                    custom_time_limit=self.ds.setting("facet_time_limit_ms"),
                )
            except QueryInterrupted:
                timed_out.append(column)
                continue
            key = self._argument(column)
            chosen = {value for name, value in pairs if name == key}
            values = []
            for found_row in found.rows[:size]:
                value = found_row["value"]
                selected = value in chosen
                toggle = (
                    path_with_removed_args(self.request, {key: value})
                    if selected
                    else path_with_added_args(self.request, {key: value})
                )
                values.append({
                    "value": value, "label": value, "count": found_row["count"],
                    "toggle_url": self.ds.absolute_url(self.request, toggle), "selected": selected,
                })
            results.append({
                "name": column, "type": self.type, "results": values,
                "hideable": source_and_config["source"] != "metadata",
                "toggle_url": path_with_removed_args(self.request, {self.facet_argument: column}),
                "truncated": len(found.rows) > size,
            })
        return results, timed_out


class YearFacet(_ColumnFacet):
    """Counts by the year of an ISO date column; choosing a year filters with `COLUMN__startswith`."""

    type = "year"
    facet_argument = "_facet_year"

    def _count_sql(self, column: str, size: int) -> str:
        return f"""
            SELECT substr({escape_sqlite(column)}, 1, 4) AS value, count(*) AS count FROM ({self.sql})
            WHERE {escape_sqlite(column)} GLOB '[0-9][0-9][0-9][0-9]-*'
            GROUP BY value ORDER BY value DESC LIMIT {size + 1}"""

    def _argument(self, column: str) -> str:
        return f"{column}__startswith"


LIST_SEPARATOR = "; "
"""How the views join a list in one cell (store/views.py)."""
LISTED_ARG = "_listed_"


def _list_items_sql(column: str) -> str:
    """SQL turning a "; "-joined cell into JSON array text, for json_each."""
    escaped = f"replace(replace({escape_sqlite(column)}, '\\', '\\\\'), '\"', '\\\"')"
    return f"""'["' || replace({escaped}, '{LIST_SEPARATOR}', '","') || '"]'"""


class ListFacet(_ColumnFacet):
    """Counts by each item of a "; "-joined list column; choosing one filters with `_listed_COLUMN`."""

    type = "list"
    facet_argument = "_facet_list"

    def _count_sql(self, column: str, size: int) -> str:
        return f"""
            SELECT listed_item.value AS value, count(*) AS count
            FROM ({self.sql}) AS listed, json_each({_list_items_sql(column)}) AS listed_item
            WHERE {escape_sqlite(column)} IS NOT NULL AND {escape_sqlite(column)} != ''
            GROUP BY listed_item.value ORDER BY count DESC, value LIMIT {size + 1}"""

    def _argument(self, column: str) -> str:
        return LISTED_ARG + column


@hookimpl
def filters_from_request(request: Any, database: str, table: str, datasette: Any) -> Any:
    wanted = [
        (key[len(LISTED_ARG):], item)
        for key in request.args.keys() if key.startswith(LISTED_ARG)
        for item in request.args.getlist(key)
    ]
    if not wanted:
        return None

    async def build() -> FilterArguments | None:
        db = datasette.databases.get(database)
        if db is None:
            return None
        columns = set(await db.table_columns(table))
        where: list[str] = []
        params: dict[str, str] = {}
        descriptions: list[str] = []
        for number, (column, item) in enumerate(wanted):
            if column not in columns:
                continue  # only a real column name ever reaches the SQL
            name = f"minutebook_listed_{number}"
            where.append(
                f"('{LIST_SEPARATOR}' || {escape_sqlite(column)} || '{LIST_SEPARATOR}') LIKE :{name} ESCAPE '\\'"
            )
            params[name] = f"%{LIST_SEPARATOR}{_escape_like(item)}{LIST_SEPARATOR}%"
            descriptions.append(f'{column} lists "{item}"')
        return FilterArguments(where, params=params, human_descriptions=descriptions)

    return build()


def _escape_like(value: str) -> str:
    return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


@hookimpl
def register_facet_classes() -> list[type[Facet]]:
    return [YearFacet, ListFacet]
