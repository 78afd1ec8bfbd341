"""Alembic's entry point: run the revisions on the connection `minutebook upgrade` opened."""

from __future__ import annotations

from alembic import context

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("minutebook migrations run through `minutebook upgrade`, on a connection it opens")
context.configure(connection=connection, render_as_batch=True, transaction_per_migration=False)
with context.begin_transaction():
    context.run_migrations()
