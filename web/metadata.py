"""The Datasette metadata `minutebook serve` uses, kept to what the database holds.

`data/metadata.json` is written once for every table, view and canned query
minutebook knows; `build_metadata` fits it to one database: it is keyed by
that database's name, and tables, views and queries the database lacks are
left out (a query lists the tables and columns it reads under `requires`, so
a query over a record type added later appears only once its tables exist).
"""

from __future__ import annotations

import json
import sqlite3
from importlib import resources
from pathlib import Path
from typing import Any

MARKER_TABLE = "minutebook_info"
"""A database with this table is a minutebook database; the plugin leaves others alone."""
Schema = dict[str, set[str]]
"""Table and view names -> their column names."""


def load_template() -> dict[str, Any]:
    """The shipped metadata, before it is fitted to a database."""
    text = resources.files(__package__).joinpath("data/metadata.json").read_text(encoding="utf-8")
    return json.loads(text)


def read_schema(path: str | Path) -> Schema:
    """Every table and view of the SQLite file at `path` (opened read-only) with its columns."""
    from ..store.database import read_only_uri

    connection = sqlite3.connect(read_only_uri(path), uri=True)
    try:
        names = [row[0] for row in connection.execute(
            "SELECT name FROM sqlite_master WHERE type IN ('table', 'view') ORDER BY name"
        )]
        return {
            name: {row[1] for row in connection.execute("SELECT * FROM pragma_table_info(?)", (name,))}
            for name in names
        }
    finally:
        connection.close()


def build_metadata(database: str, schema: Schema, template: dict[str, Any] | None = None) -> dict[str, Any]:
    """Datasette metadata for the database named `database` holding `schema`."""
    template = template if template is not None else load_template()
    settings = template.get("database", {})
    tables = {
        name: dict(config)
        for name, config in settings.get("tables", {}).items()
        if name in schema
    }
    queries = {}
    for name, config in settings.get("queries", {}).items():
        if _has_required(schema, config.get("requires", {})):
            queries[name] = {key: value for key, value in config.items() if key != "requires"}
    database_metadata = {key: value for key, value in settings.items() if key not in ("tables", "queries")}
    database_metadata |= {"tables": tables, "queries": queries}
    metadata = {key: value for key, value in template.items() if key != "database"}
    metadata["databases"] = {database: database_metadata}
    return metadata


def _has_required(schema: Schema, requires: dict[str, list[str]]) -> bool:
    return all(name in schema and set(columns) <= schema[name] for name, columns in requires.items())
