"""Action links: later action rows linked to the earlier action they report on.

Revision ID: 0004
Revises: 0003

Links are made when a document is stored; a database upgraded to this
revision has none until its documents are read again (`minutebook ingest
--force`).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "action_links",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("action_id", sa.Integer(), nullable=False),
        sa.Column("mention_id", sa.Integer(), nullable=False),
        sa.Column("reason", sa.String(500), nullable=False),
        sa.Column("score", sa.Float(), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("page", sa.Integer(), nullable=True),
        sa.Column("line_start", sa.Integer(), nullable=True),
        sa.Column("line_end", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["action_id"], ["actions.id"], name="fk_action_links_action_id_actions", ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["mention_id"], ["actions.id"], name="fk_action_links_mention_id_actions", ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name="pk_action_links"),
        sa.UniqueConstraint("mention_id", name="uq_action_links_mention_id"),
    )
    op.create_index("ix_action_links_action_id", "action_links", ["action_id"])


def downgrade() -> None:
    op.drop_table("action_links")
