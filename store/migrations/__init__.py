"""Schema migrations: Alembic revisions that bring a database made by an earlier minutebook up to date.

Every change to the tables from the first stamped release on ships as a
revision in `versions/`, written out in full (never generated from the
models at run time, since the models move on). A new database is made whole
from the models by `store.schema.create_schema` and stamped at the head
revision; an existing one is brought forward by `minutebook upgrade`
(`upgrade_database`), in one transaction, so a failed upgrade leaves it as
it was. A database made before migrations (stamped `schema_version` 1 in
`store_info`, with no `alembic_version` table) is first stamped at the
baseline revision, which describes exactly that release's tables.
"""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, inspect

BASELINE_REVISION = "0001"
"""The tables of the last release before migrations (store_info schema_version 1)."""
VERSION_TABLE = "alembic_version"
TABLES_ADDED_BY_REVISIONS = frozenset({
    "votes", "vote_positions", "action_links", "link_corrections", "action_updates", "agenda_requests",
    "agenda_request_links",
})
"""Tables a revision after the baseline creates: a database from before migrations lacks them."""
COLUMNS_ADDED_BY_REVISIONS = frozenset({"actions.status", "actions.sub_item"})
"""Columns a revision after the baseline adds to a baseline table, as "table.column"."""


def migration_config(connection: Connection | None = None) -> Config:
    """An Alembic configuration for the revisions here, bound to `connection` when given."""
    config = Config()
    config.set_main_option("script_location", str(Path(__file__).parent))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def head_revision() -> str:
    """The newest revision: what this version of minutebook writes."""
    head = ScriptDirectory.from_config(migration_config()).get_current_head()
    if head is None:  # pragma: no cover - the revisions ship with the package
        raise RuntimeError("no migration revisions found")
    return head


def known_revisions() -> set[str]:
    """Every revision this version knows, baseline to head."""
    return {script.revision for script in ScriptDirectory.from_config(migration_config()).walk_revisions()}


def current_revision(connection: Connection) -> str | None:
    """The revision a database is stamped with, or None when it has no `alembic_version` table."""
    if VERSION_TABLE not in inspect(connection).get_table_names():
        return None
    return MigrationContext.configure(connection).get_current_revision()


def stamp_revision(connection: Connection, revision: str) -> None:
    """Record `revision` as the database's without running anything (a new database made at head)."""
    command.stamp(migration_config(connection), revision)


def upgrade_revisions(connection: Connection) -> None:
    """Run every revision after the database's own up to the head, on `connection`'s transaction."""
    command.upgrade(migration_config(connection), "head")
