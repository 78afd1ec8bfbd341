"""Action links: a later record that mentions an earlier action, why it was linked, and the status it states;
and a user's corrections to them, kept across re-loads."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import DateTime, Float, ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, EvidenceColumns
from .meeting import ItemRecordColumns


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


class LinkCorrection(Base):
    """A user's `link` or `unlink`: the mention at this place (an action row, an action update or an agenda
    request) links to that target (the earlier action; for a request, the later agenda item), or to none.

    Record ids change when a document is read again, so both places are named
    by their document's bytes (sha256) and the record's place in it: its
    position among the document's records of its kind and its line span. A
    correction applies while a loaded document with those bytes has such a
    record there.
    """

    __tablename__ = "link_corrections"
    __table_args__ = (UniqueConstraint("mention_kind", "mention_sha256", "mention_position",
                                       name="uq_link_corrections_mention_place"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    mention_kind: Mapped[str] = mapped_column(String(16), default="action", server_default="action")
    """"action" (an action row) | "update" (an action update: a matters-arising entry, a report) | "request"
    (an agenda request, whose target is the later agenda item that took it up)."""
    mention_sha256: Mapped[str] = mapped_column(String(64))
    mention_position: Mapped[int]
    mention_line_start: Mapped[int | None]
    mention_line_end: Mapped[int | None]
    kind: Mapped[str] = mapped_column(String(16))
    """"link" | "unlink"; for a request, "unlink" or the status its link states ("done", "carried_forward" ...)."""
    target_sha256: Mapped[str | None] = mapped_column(String(64))
    """The target's place (the earlier action, or for a request the agenda item), for a link; none for an "unlink"."""
    target_position: Mapped[int | None]
    target_line_start: Mapped[int | None]
    target_line_end: Mapped[int | None]
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))


class ActionUpdate(Base, ItemRecordColumns):
    """A later meeting's word on an earlier action that is no action row itself: a matters-arising
    entry or an owner's report (extract/action_updates.py), and the action it was linked to.

    The link columns are filled by store/tracking.py each time the body's links are made
    again; an update that names no action found stays with `action_id` null.
    """

    __tablename__ = "action_updates"

    id: Mapped[int] = mapped_column(primary_key=True)
    source: Mapped[str] = mapped_column(String(32))
    """"matters_arising" | "report"."""
    text: Mapped[str] = mapped_column(Text)
    ref: Mapped[str | None] = mapped_column(String(50))
    """The previous meeting's item or minute the entry names ("4.1", "23/45")."""
    owner: Mapped[str | None] = mapped_column(String(500))
    """Who reported, as written ("The Clerk", "KW")."""
    status: Mapped[str] = mapped_column(String(16))
    """The status the wording states."""
    action_id: Mapped[int | None] = mapped_column(ForeignKey("actions.id", ondelete="SET NULL"), index=True)
    """The earlier action it reports on, or null."""
    reason: Mapped[str | None] = mapped_column(String(500))
    score: Mapped[float | None] = mapped_column(Float)


class AgendaRequest(Base, ItemRecordColumns):
    """A matter the body asked to have brought back at a later meeting, with no one to do it
    (extract/agenda_requests.py): a bullet of "Items for the next agenda", "this matter should be
    brought back to the next meeting"."""

    __tablename__ = "agenda_requests"

    id: Mapped[int] = mapped_column(primary_key=True)
    text: Mapped[str] = mapped_column(Text)
    topic: Mapped[str] = mapped_column(Text)
    """What is to come back: the bullet, or the title of the item "this matter" was asked under."""


class AgendaRequestLink(Base, EvidenceColumns):
    """The later item that takes an agenda request up, why it was linked, and the status it states
    (store/agenda_requests.py). The evidence columns are that item's place in its own document."""

    __tablename__ = "agenda_request_links"

    id: Mapped[int] = mapped_column(primary_key=True)
    request_id: Mapped[int] = mapped_column(ForeignKey("agenda_requests.id", ondelete="CASCADE"), unique=True)
    """The request; each is taken up once, at the meeting it was asked for."""
    item_id: Mapped[int] = mapped_column(ForeignKey("agenda_items.id", ondelete="CASCADE"), index=True)
    """The later item that takes the matter up."""
    reason: Mapped[str] = mapped_column(String(500))
    score: Mapped[float] = mapped_column(Float)
    """Share of the request's key words the later item's title (and first sentence) holds."""
    status: Mapped[str] = mapped_column(String(16))
    """`done` (the matter was taken up), `carried_forward` (deferred again) or `dropped`."""
