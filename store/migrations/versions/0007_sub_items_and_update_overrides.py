"""An action's sub-item ("12iv"), and a user's link/unlink of an action update as well as an action row.

Revision ID: 0007
Revises: 0006

Two new columns, empty (NULL, and "action" for the corrections already kept) until documents are
read again (`minutebook ingest --force`): `actions.sub_item`, the point of the item's list an action
was recorded under, which a later matters-arising entry names; `action_overrides.mention_kind`,
whether the corrected mention is an action row or an action update.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("actions") as batch:
        batch.add_column(sa.Column("sub_item", sa.String(50), nullable=True))
    with op.batch_alter_table("action_overrides", recreate="always") as batch:
        batch.add_column(sa.Column("mention_kind", sa.String(16), nullable=False, server_default="action"))
        batch.drop_constraint("uq_action_overrides_mention_sha256_mention_position", type_="unique")
        batch.create_unique_constraint("uq_action_overrides_mention_place",
                                       ["mention_kind", "mention_sha256", "mention_position"])


def downgrade() -> None:
    with op.batch_alter_table("action_overrides", recreate="always") as batch:
        batch.drop_constraint("uq_action_overrides_mention_place", type_="unique")
        batch.create_unique_constraint("uq_action_overrides_mention_sha256_mention_position",
                                       ["mention_sha256", "mention_position"])
        batch.drop_column("mention_kind")
    with op.batch_alter_table("actions") as batch:
        batch.drop_column("sub_item")
