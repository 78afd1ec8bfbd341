"""Action overrides: a user's `link` and `unlink` of action rows, kept across re-loads.

Revision ID: 0005
Revises: 0004

A new, empty table; nothing already stored changes.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "action_overrides",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("mention_sha256", sa.String(64), nullable=False),
        sa.Column("mention_position", sa.Integer(), nullable=False),
        sa.Column("mention_line_start", sa.Integer(), nullable=True),
        sa.Column("mention_line_end", sa.Integer(), nullable=True),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("action_sha256", sa.String(64), nullable=True),
        sa.Column("action_position", sa.Integer(), nullable=True),
        sa.Column("action_line_start", sa.Integer(), nullable=True),
        sa.Column("action_line_end", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_action_overrides"),
        sa.UniqueConstraint("mention_sha256", "mention_position",
                            name="uq_action_overrides_mention_sha256_mention_position"),
    )


def downgrade() -> None:
    op.drop_table("action_overrides")
