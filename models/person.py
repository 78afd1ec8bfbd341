"""People named across documents, linked from attendance and action owners, and why."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import DateTime, Float, ForeignKey, Index, String, func
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base


class Person(Base):
    """One real person; `merged_into_id` points at the row that now stands for them."""

    __tablename__ = "people"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(500), index=True)
    surname: Mapped[str | None] = mapped_column(String(200), index=True)
    title: Mapped[str | None] = mapped_column(String(200))
    merged_into_id: Mapped[int | None] = mapped_column(
        ForeignKey("people.id", ondelete="SET NULL"), index=True
    )


class PersonLink(Base):
    """Why one attendance, apology or action owner was linked to its person."""

    __tablename__ = "person_links"

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id", ondelete="CASCADE"), index=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), index=True)
    record_type: Mapped[str] = mapped_column(String(16))
    """"attendance" | "apology" | "action_owner"."""
    record_id: Mapped[int]
    mention: Mapped[str] = mapped_column(String(500))
    reason: Mapped[str] = mapped_column(String(500))
    score: Mapped[float] = mapped_column(Float)

    __table_args__ = (
        Index("ix_person_links_record", "record_type", "record_id"),
        # `person NAME` looks spellings up case-insensitively.
        Index("ix_person_links_mention_lower", func.lower(mention)),
        {"comment": "Why each attendance, apology or action owner was linked to its person."},
    )


class PersonOverride(Base):
    """A user's merge or split: mentions with this key always link to this person."""

    __tablename__ = "person_overrides"
    __table_args__ = {"comment": "A user's merge or split: mentions with this key always link to this person."}

    id: Mapped[int] = mapped_column(primary_key=True)
    mention_key: Mapped[str] = mapped_column(String(500), unique=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(16))
    """"merge" | "split"."""
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
