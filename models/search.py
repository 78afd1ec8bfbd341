"""The text of every searchable record, which the full-text index reads."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base


class SearchRecord(Base):
    """One searchable record's text and where it came from.

    Indexed by the FTS5 table `search_index` on SQLite, or by the generated
    `search_vector` column on PostgreSQL; both are made by
    `store.schema.create_schema`, since neither is a plain table.
    """

    __tablename__ = "search_records"
    __table_args__ = (
        Index("ix_search_records_record", "record_type", "record_id"),
        Index("ix_search_records_date", "date"),
        {"comment": "The text of every searchable record; indexed by search_index (SQLite) "
                    "or search_vector (PostgreSQL)."},
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    record_type: Mapped[str] = mapped_column(String(16))
    """"item" | "resolution" | "action" | "plan_action"."""
    record_id: Mapped[int]
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), index=True)
    meeting_id: Mapped[int | None] = mapped_column(ForeignKey("meetings.id", ondelete="CASCADE"), index=True)
    date: Mapped[dt.date | None]
    item: Mapped[str | None] = mapped_column(Text)
    page: Mapped[int | None]
    text: Mapped[str] = mapped_column(Text)
