"""Plans: numbered actions with lead and supporting agencies."""

from __future__ import annotations

from sqlalchemy import ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, EvidenceColumns

AGENCY_ROLES = ("lead", "support")


class Agency(Base):
    """An organisation that leads, supports or owns work."""

    __tablename__ = "agencies"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(500), unique=True)


class PlanAction(Base, EvidenceColumns):
    """One numbered action in a plan's action tables."""

    __tablename__ = "plan_actions"

    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(
        ForeignKey("documents.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(default=0)
    number: Mapped[str | None] = mapped_column(String(50))
    priority: Mapped[str | None] = mapped_column(Text, index=True)
    emerging_issue: Mapped[str | None] = mapped_column(Text)
    text: Mapped[str] = mapped_column(Text)
    measures: Mapped[str] = mapped_column(Text, default="[]")
    """JSON list of the measures of success, in printed order."""

    agencies: Mapped[list["PlanActionAgency"]] = relationship(
        order_by="PlanActionAgency.position", passive_deletes=True
    )


class PlanActionAgency(Base):
    """An agency's part in a plan action: "lead" or "support"."""

    __tablename__ = "plan_action_agencies"
    __table_args__ = (UniqueConstraint("plan_action_id", "agency_id", "role"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_action_id: Mapped[int] = mapped_column(
        ForeignKey("plan_actions.id", ondelete="CASCADE"), index=True
    )
    agency_id: Mapped[int] = mapped_column(
        ForeignKey("agencies.id", ondelete="CASCADE"), index=True
    )
    role: Mapped[str] = mapped_column(String(16))
    position: Mapped[int] = mapped_column(default=0)
    canonical_name: Mapped[str | None] = mapped_column(String(500), index=True)
    """The agency's one name in this document when it is written otherwise here."""

    agency: Mapped[Agency] = relationship()
