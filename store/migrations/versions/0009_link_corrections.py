"""Corrections by hand get a table named for what it holds: `action_overrides` becomes `link_corrections`.

Revision ID: 0009
Revises: 0008

Since revision 0007 the table keeps the links and unlinks made by hand of action updates and agenda
requests as well as of action rows, and a request's correction names an agenda item where the columns
said "action". The table is made again under its new name with target_* columns for the action_*
ones, and every correction is copied across in the order it was made (later ones win). Nothing has to
be read again.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

_MENTION = ("mention_kind", "mention_sha256", "mention_position", "mention_line_start", "mention_line_end", "kind")
_PLACE = ("sha256", "position", "line_start", "line_end")


def _table(name: str, target: str) -> None:
    op.create_table(
        name,
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("mention_kind", sa.String(16), nullable=False, server_default="action"),
        sa.Column("mention_sha256", sa.String(64), nullable=False),
        sa.Column("mention_position", sa.Integer(), nullable=False),
        sa.Column("mention_line_start", sa.Integer(), nullable=True),
        sa.Column("mention_line_end", sa.Integer(), nullable=True),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column(f"{target}_sha256", sa.String(64), nullable=True),
        sa.Column(f"{target}_position", sa.Integer(), nullable=True),
        sa.Column(f"{target}_line_start", sa.Integer(), nullable=True),
        sa.Column(f"{target}_line_end", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=f"pk_{name}"),
        sa.UniqueConstraint("mention_kind", "mention_sha256", "mention_position", name=f"uq_{name}_mention_place"),
    )


def _move(old: str, old_target: str, new: str, new_target: str) -> None:
    """Make table `new`, copy `old`'s rows into it in id order (ids are given afresh), and drop `old`."""
    _table(new, new_target)
    into = ", ".join((*_MENTION, *(f"{new_target}_{part}" for part in _PLACE), "created_at"))
    taken = ", ".join((*_MENTION, *(f"{old_target}_{part}" for part in _PLACE), "created_at"))
    op.execute(f"INSERT INTO {new} ({into}) SELECT {taken} FROM {old} ORDER BY id")
    op.drop_table(old)


def upgrade() -> None:
    _move("action_overrides", "action", "link_corrections", "target")


def downgrade() -> None:
    _move("link_corrections", "target", "action_overrides", "action")
