"""Votes: a table of motions put to a vote and one of each named voter's position.

Revision ID: 0002
Revises: 0001

Documents loaded before this revision have no votes until they are read
again (`minutebook ingest --force`); nothing already stored changes.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "votes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("item_id", sa.Integer(), nullable=True),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("item_key", sa.Text(), nullable=True),
        sa.Column("motion", sa.Text(), nullable=False),
        sa.Column("mover", sa.String(500), nullable=True),
        sa.Column("seconder", sa.String(500), nullable=True),
        sa.Column("result", sa.String(16), nullable=False),
        sa.Column("count_for", sa.Integer(), nullable=True),
        sa.Column("count_against", sa.Integer(), nullable=True),
        sa.Column("count_abstain", sa.Integer(), nullable=True),
        sa.Column("resolution_position", sa.Integer(), nullable=True),
        sa.Column("page", sa.Integer(), nullable=True),
        sa.Column("line_start", sa.Integer(), nullable=True),
        sa.Column("line_end", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["meeting_id"], ["meetings.id"], name="fk_votes_meeting_id_meetings", ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["item_id"], ["agenda_items.id"], name="fk_votes_item_id_agenda_items", ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id", name="pk_votes"),
    )
    op.create_index("ix_votes_meeting_id", "votes", ["meeting_id"])
    op.create_index("ix_votes_item_id", "votes", ["item_id"])
    op.create_index("ix_votes_result", "votes", ["result"])
    op.create_table(
        "vote_positions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("vote_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("side", sa.String(16), nullable=False),
        sa.Column("name", sa.String(500), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["vote_id"], ["votes.id"], name="fk_vote_positions_vote_id_votes", ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["person_id"], ["people.id"], name="fk_vote_positions_person_id_people", ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id", name="pk_vote_positions"),
    )
    op.create_index("ix_vote_positions_vote_id", "vote_positions", ["vote_id"])
    op.create_index("ix_vote_positions_person_id", "vote_positions", ["person_id"])
    op.create_index("ix_vote_positions_name", "vote_positions", ["name"])


def downgrade() -> None:
    op.drop_table("vote_positions")
    op.drop_table("votes")
