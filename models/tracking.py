"""Action links: a later record that mentions an earlier action, why it was linked, and the status it states."""

from __future__ import annotations

from sqlalchemy import Float, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, EvidenceColumns


class ActionLink(Base, EvidenceColumns):
    """A later action row (say, a row of the next meeting's action log) that reports on an earlier action.

    The evidence columns are the mention's place in its own document.
    """

    __tablename__ = "action_links"

    id: Mapped[int] = mapped_column(primary_key=True)
    action_id: Mapped[int] = mapped_column(ForeignKey("actions.id", ondelete="CASCADE"), index=True)
    """The earlier action."""
    mention_id: Mapped[int] = mapped_column(ForeignKey("actions.id", ondelete="CASCADE"), unique=True)
    """The later action row that mentions it; each mentions one action at most."""
    reason: Mapped[str] = mapped_column(String(500))
    score: Mapped[float] = mapped_column(Float)
    """Share of the shorter wording's words the two share."""
    status: Mapped[str] = mapped_column(String(16))
    """The status the mention states."""
