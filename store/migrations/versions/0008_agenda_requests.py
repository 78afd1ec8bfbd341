"""Agenda requests: matters asked for at the next meeting with no one to do them, and the later item taking each up.

Revision ID: 0008
Revises: 0007

Two new tables, empty until documents are read again (`minutebook ingest --force`); the views that
read them are made again by the store on opening.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "agenda_requests",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("item_id", sa.Integer(), nullable=True),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("item_key", sa.Text(), nullable=True),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("topic", sa.Text(), nullable=False),
        sa.Column("page", sa.Integer(), nullable=True),
        sa.Column("line_start", sa.Integer(), nullable=True),
        sa.Column("line_end", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["meeting_id"], ["meetings.id"], name="fk_agenda_requests_meeting_id_meetings",
                                ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["item_id"], ["agenda_items.id"], name="fk_agenda_requests_item_id_agenda_items",
                                ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id", name="pk_agenda_requests"),
    )
    op.create_index("ix_agenda_requests_meeting_id", "agenda_requests", ["meeting_id"])
    op.create_index("ix_agenda_requests_item_id", "agenda_requests", ["item_id"])
    op.create_table(
        "agenda_request_links",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("request_id", sa.Integer(), nullable=False),
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.Column("reason", sa.String(500), nullable=False),
        sa.Column("score", sa.Float(), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("page", sa.Integer(), nullable=True),
        sa.Column("line_start", sa.Integer(), nullable=True),
        sa.Column("line_end", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["request_id"], ["agenda_requests.id"],
                                name="fk_agenda_request_links_request_id_agenda_requests", ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["item_id"], ["agenda_items.id"],
                                name="fk_agenda_request_links_item_id_agenda_items", ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name="pk_agenda_request_links"),
        sa.UniqueConstraint("request_id", name="uq_agenda_request_links_request_id"),
    )
    op.create_index("ix_agenda_request_links_item_id", "agenda_request_links", ["item_id"])


def downgrade() -> None:
    op.drop_table("agenda_request_links")
    op.drop_table("agenda_requests")
