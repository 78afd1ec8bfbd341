"""Action status: each action's `status` (open, done, carried_forward, dropped).

Revision ID: 0003
Revises: 0002

Actions stored before this revision are `open` until their documents are
read again (`minutebook ingest --force`), which reads the status the minutes
give them; nothing else changes.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("actions", sa.Column("status", sa.String(16), nullable=False, server_default="open"))
    op.create_index("ix_actions_status", "actions", ["status"])


def downgrade() -> None:
    op.drop_index("ix_actions_status", table_name="actions")
    with op.batch_alter_table("actions") as batch:
        batch.drop_column("status")
