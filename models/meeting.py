"""A meeting and what its minutes record: attendance, items, resolutions, actions, votes."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, Date, ForeignKey, Index, String, Text, Time
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, EvidenceColumns
from .document import Body, Document


class Meeting(Base, EvidenceColumns):
    """The meeting (or, for a plan, the publication) one document records."""

    __tablename__ = "meetings"
    __table_args__ = {"sqlite_autoincrement": True}

    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(
        ForeignKey("documents.id", ondelete="CASCADE"), unique=True
    )
    body_id: Mapped[int | None] = mapped_column(
        ForeignKey("bodies.id", ondelete="SET NULL"), index=True
    )
    date: Mapped[dt.date | None] = mapped_column(Date, index=True)
    start_time: Mapped[dt.time | None] = mapped_column(Time)
    end_time: Mapped[dt.time | None] = mapped_column(Time)
    venue: Mapped[str | None] = mapped_column(Text)
    next_meeting: Mapped[dt.date | None] = mapped_column(Date)

    document: Mapped[Document] = relationship()
    body: Mapped[Body | None] = relationship()


class PersonColumns(EvidenceColumns):
    """A name as the minutes print it, optionally linked to a person."""

    position: Mapped[int] = mapped_column(default=0)
    name: Mapped[str] = mapped_column(String(500))
    surname: Mapped[str | None] = mapped_column(String(200), index=True)
    title: Mapped[str | None] = mapped_column(String(200))
    organisation: Mapped[str | None] = mapped_column(String(500))


class Attendance(Base, PersonColumns):
    """Someone present, in attendance or also present at a meeting."""

    __tablename__ = "attendances"

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("meetings.id", ondelete="CASCADE"), index=True
    )
    person_id: Mapped[int | None] = mapped_column(
        ForeignKey("people.id", ondelete="SET NULL"), index=True
    )
    role: Mapped[str | None] = mapped_column(String(500))
    status: Mapped[str] = mapped_column(String(32), default="present")
    """"present" | "in_attendance" | "also_present"."""


class Apology(Base, PersonColumns):
    """Someone who sent apologies for a meeting."""

    __tablename__ = "apologies"

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("meetings.id", ondelete="CASCADE"), index=True
    )
    person_id: Mapped[int | None] = mapped_column(
        ForeignKey("people.id", ondelete="SET NULL"), index=True
    )


class AgendaItem(Base, EvidenceColumns):
    """A numbered or titled item of business."""

    __tablename__ = "agenda_items"

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("meetings.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(default=0)
    number: Mapped[str | None] = mapped_column(String(50))
    title: Mapped[str] = mapped_column(Text)
    private: Mapped[bool] = mapped_column(Boolean, default=False)


class ItemRecordColumns(EvidenceColumns):
    """What every record kept under an agenda item has: its meeting, its item and its place."""

    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("meetings.id", ondelete="CASCADE"), index=True
    )
    item_id: Mapped[int | None] = mapped_column(
        ForeignKey("agenda_items.id", ondelete="SET NULL"), index=True
    )
    position: Mapped[int] = mapped_column(default=0)
    item_key: Mapped[str | None] = mapped_column(Text)
    """The item as the record names it: its number, else its title."""


class Resolution(Base, ItemRecordColumns):
    """A decision recorded under an item."""

    __tablename__ = "resolutions"

    id: Mapped[int] = mapped_column(primary_key=True)
    text: Mapped[str] = mapped_column(Text)
    proposer: Mapped[str | None] = mapped_column(String(500))
    seconder: Mapped[str | None] = mapped_column(String(500))


class Action(Base, ItemRecordColumns):
    """Something someone undertook to do."""

    __tablename__ = "actions"

    id: Mapped[int] = mapped_column(primary_key=True)
    text: Mapped[str] = mapped_column(Text)
    owner_as_written: Mapped[str | None] = mapped_column(String(500))
    due: Mapped[dt.date | None] = mapped_column(Date, index=True)
    status: Mapped[str] = mapped_column(String(16), default="open", server_default="open", index=True)
    """open, done, carried_forward or dropped (extract/action_status.py)."""
    sub_item: Mapped[str | None] = mapped_column(String(50))
    """The point of its item's list it was recorded under ("12iv"), which later matters arising name."""

    owners: Mapped[list["ActionOwner"]] = relationship(
        order_by="ActionOwner.position", passive_deletes=True
    )


class ActionOwner(Base):
    """One owner of an action: a resolved name, maybe linked to a person or agency."""

    __tablename__ = "action_owners"
    __table_args__ = (
        Index("ix_action_owners_name", "name"),
        # Answers "which actions does this unlinked owner name own" without reading the table.
        Index("ix_action_owners_name_person_action", "name", "person_id", "action_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    action_id: Mapped[int] = mapped_column(
        ForeignKey("actions.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(default=0)
    name: Mapped[str] = mapped_column(String(500))
    person_id: Mapped[int | None] = mapped_column(
        ForeignKey("people.id", ondelete="SET NULL"), index=True
    )
    agency_id: Mapped[int | None] = mapped_column(
        ForeignKey("agencies.id", ondelete="SET NULL"), index=True
    )


class Vote(Base, ItemRecordColumns):
    """A motion put to a vote under an item: who moved and seconded it, and how it went."""

    __tablename__ = "votes"

    id: Mapped[int] = mapped_column(primary_key=True)
    motion: Mapped[str] = mapped_column(Text)
    mover: Mapped[str | None] = mapped_column(String(500))
    seconder: Mapped[str | None] = mapped_column(String(500))
    result: Mapped[str] = mapped_column(String(16), index=True)
    """"carried" | "lost" | "tied" | "withdrawn"."""
    count_for: Mapped[int | None]
    count_against: Mapped[int | None]
    count_abstain: Mapped[int | None]
    """The counts as the minutes state them, or null."""
    resolution_position: Mapped[int | None]
    """The resolution the vote decided: its place among the meeting's resolutions, counting from 1."""

    voters: Mapped[list["VotePosition"]] = relationship(
        order_by="VotePosition.position", passive_deletes=True
    )


class VotePosition(Base):
    """One named voter's position on a vote, maybe linked to a person."""

    __tablename__ = "vote_positions"
    __table_args__ = (Index("ix_vote_positions_name", "name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    vote_id: Mapped[int] = mapped_column(
        ForeignKey("votes.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(default=0)
    side: Mapped[str] = mapped_column(String(16))
    """"for" | "against" | "abstain"."""
    name: Mapped[str] = mapped_column(String(500))
    person_id: Mapped[int | None] = mapped_column(
        ForeignKey("people.id", ondelete="SET NULL"), index=True
    )
