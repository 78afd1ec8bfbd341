"""Action updates: matters-arising entries and owners' reports at a later meeting, linked to the earlier action.

Revision ID: 0006
Revises: 0005

A new table, empty until documents are read again (`minutebook ingest --force`);
the views that read it are made again by the store on opening.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "action_updates",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("item_id", sa.Integer(), nullable=True),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("item_key", sa.Text(), nullable=True),
        sa.Column("source", sa.String(32), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("ref", sa.String(50), nullable=True),
        sa.Column("owner", sa.String(500), nullable=True),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("action_id", sa.Integer(), nullable=True),
        sa.Column("reason", sa.String(500), nullable=True),
        sa.Column("score", sa.Float(), nullable=True),
        sa.Column("page", sa.Integer(), nullable=True),
        sa.Column("line_start", sa.Integer(), nullable=True),
        sa.Column("line_end", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["meeting_id"], ["meetings.id"], name="fk_action_updates_meeting_id_meetings",
                                ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["item_id"], ["agenda_items.id"], name="fk_action_updates_item_id_agenda_items",
                                ondelete="SET NULL"),
        sa.ForeignKeyConstraint(["action_id"], ["actions.id"], name="fk_action_updates_action_id_actions",
                                ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id", name="pk_action_updates"),
    )
    op.create_index("ix_action_updates_meeting_id", "action_updates", ["meeting_id"])
    op.create_index("ix_action_updates_item_id", "action_updates", ["item_id"])
    op.create_index("ix_action_updates_action_id", "action_updates", ["action_id"])


def downgrade() -> None:
    op.drop_table("action_updates")
