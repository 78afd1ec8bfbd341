"""Topic tags on items, resolutions, actions and plan actions."""

from __future__ import annotations

from sqlalchemy import ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base


class RecordTopic(Base):
    """One topic on one record; `document_id` lets the tags go with their document."""

    __tablename__ = "record_topics"
    __table_args__ = (
        Index("ix_record_topics_topic", "topic"),
        Index("ix_record_topics_record", "record_type", "record_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(
        ForeignKey("documents.id", ondelete="CASCADE"), index=True
    )
    record_type: Mapped[str] = mapped_column(String(16))
    """A tagged record type's name (store.registry.TAGGED_RECORD_TYPES: "item", "resolution", "action")."""
    record_id: Mapped[int]
    topic: Mapped[str] = mapped_column(String(200))
