"""Baseline: the tables of the last release made without migrations (store_info schema_version 1).

Revision ID: 0001
Revises:
"""

from __future__ import annotations

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Databases of that release are stamped here by `minutebook upgrade`; a new
    # database is made whole from the models and stamped at the head, so this
    # revision never has tables to make.
    pass


def downgrade() -> None:
    pass
