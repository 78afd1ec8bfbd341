"""Source files, the bodies that hold meetings, and failed loads."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import DateTime, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base

DOCUMENT_STATUSES = ("loaded", "failed")


class Body(Base):
    """A committee, partnership or council that meets or publishes plans."""

    __tablename__ = "bodies"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(500), unique=True)


class Document(Base):
    """One source file; everything read from it hangs off this row and goes with it."""

    __tablename__ = "documents"
    # Ids are never reused in SQLite either, so a replaced document gets a new one.
    __table_args__ = (Index("ix_documents_status", "status"), {"sqlite_autoincrement": True})

    id: Mapped[int] = mapped_column(primary_key=True)
    path: Mapped[str] = mapped_column(String(2000), unique=True)
    file_name: Mapped[str] = mapped_column(String(500), index=True)
    sha256: Mapped[str | None] = mapped_column(String(64), index=True)
    format: Mapped[str | None] = mapped_column(String(16))
    kind: Mapped[str | None] = mapped_column(String(16))
    """"minutes" | "plan" | "agenda" | "unknown"; null for a file that failed."""
    pages: Mapped[int | None]
    status: Mapped[str] = mapped_column(String(16), default="loaded")
    """"loaded" | "failed"."""
    error: Mapped[str | None] = mapped_column(Text)
    error_kind: Mapped[str | None] = mapped_column(String(64))
    title: Mapped[str | None] = mapped_column(Text)
    period: Mapped[str | None] = mapped_column(String(100))
    body_id: Mapped[int | None] = mapped_column(
        ForeignKey("bodies.id", ondelete="SET NULL"), index=True
    )
    loaded_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    warnings: Mapped[str | None] = mapped_column(Text)
    """JSON list of parser warnings."""

    body: Mapped[Body | None] = relationship()


class LoadError(Base):
    """A failed attempt to read a file, kept apart so earlier good records survive it."""

    __tablename__ = "load_errors"

    id: Mapped[int] = mapped_column(primary_key=True)
    path: Mapped[str] = mapped_column(String(2000), index=True)
    file_name: Mapped[str] = mapped_column(String(500))
    reason: Mapped[str] = mapped_column(Text)
    kind: Mapped[str] = mapped_column(String(64), index=True)
    sha256: Mapped[str | None] = mapped_column(String(64))
    format: Mapped[str | None] = mapped_column(String(16))
    at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
