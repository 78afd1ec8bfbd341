"""Meetings: the list of stored meetings, and one meeting (or plan) read back in full."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from ...errors import NotFound
from ...models import Action, AgendaItem, Attendance, Body, Document, Meeting, Resolution
from ..export import build_export, load_documents
from ..registry import RECORD_TYPES
from .filters import filter_body_and_dates

if TYPE_CHECKING:
    from ..database import SessionSource


@dataclass(slots=True)
class MeetingRow:
    """One meeting in the list of meetings."""

    id: int
    document_id: int
    date: dt.date | None
    body: str | None
    kind: str | None
    file: str
    venue: str | None
    attendees: int
    items: int
    resolutions: int
    actions: int


@dataclass(slots=True)
class ItemSection:
    """An agenda item with the records (resolutions, actions, ...) recorded under it."""

    item: dict[str, Any] | None
    """The item as exported, or None for records not placed under any item."""
    records: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    """Export dicts by export key, for each record type that sits under an item."""

    @property
    def resolutions(self) -> list[dict[str, Any]]:
        return self.records.get("resolutions", [])

    @property
    def actions(self) -> list[dict[str, Any]]:
        return self.records.get("actions", [])


@dataclass(slots=True)
class MeetingDetail:
    """One document read back in full, with its records grouped for reading."""

    meeting_id: int
    document_id: int
    record: dict[str, Any]
    """The document in the export shape."""
    sections: list[ItemSection]

    @property
    def is_plan(self) -> bool:
        return self.record.get("kind") == "plan"



def list_meetings(
    store: "SessionSource",
    *,
    body: str | None = None,
    date_from: dt.date | None = None,
    date_to: dt.date | None = None,
    include_plans: bool = False,
) -> list[MeetingRow]:
    """Stored meetings, oldest first (undated last), with counts of what each records."""
    counts = {
        name: (
            select(func.count())
            .select_from(model)
            .where(model.meeting_id == Meeting.id)
            .correlate(Meeting)
            .scalar_subquery()
        )
        for name, model in (
            ("attendees", Attendance),
            ("items", AgendaItem),
            ("resolutions", Resolution),
            ("actions", Action),
        )
    }
    query = (
        select(Meeting, Document, Body.name, *counts.values())
        .join(Document, Document.id == Meeting.document_id)
        .outerjoin(Body, Body.id == Meeting.body_id)
        .where(Document.status == "loaded")
    )
    if not include_plans:
        query = query.where(or_(Document.kind.is_(None), Document.kind != "plan"))
    query = filter_body_and_dates(query, body=body, date_from=date_from, date_to=date_to)
    query = query.order_by(Meeting.date.is_(None), Meeting.date, Document.file_name)
    with store.session() as session:
        return [
            MeetingRow(
                id=meeting.id,
                document_id=document.id,
                date=meeting.date,
                body=body_name,
                kind=document.kind,
                file=document.file_name,
                venue=meeting.venue,
                attendees=attendees,
                items=items,
                resolutions=resolutions,
                actions=actions,
            )
            for meeting, document, body_name, attendees, items, resolutions, actions in session.execute(query)
        ]


def get_meeting(store: "SessionSource", ref: str | int) -> MeetingDetail:
    """One meeting or plan by meeting id, file name, path or ISO date; NotFound if none or several."""
    with store.session() as session:
        meeting_id = _find_meeting_id(session, str(ref).strip())
        document_id = session.scalars(select(Meeting.document_id).where(Meeting.id == meeting_id)).one()
        (stored,) = load_documents(session, [document_id])
    record = build_export(stored)
    return MeetingDetail(
        meeting_id=meeting_id,
        document_id=document_id,
        record=record,
        sections=group_by_item(record),
    )


def group_by_item(record: dict[str, Any]) -> list[ItemSection]:
    """Place each resolution and action under the item it names, in document order.

    Where minutes repeat an item number, a record goes under the last item
    with that number printed above it.
    """
    sections: list[ItemSection] = []
    by_key: dict[str, list[tuple[int, ItemSection]]] = {}
    for item in record.get("items", []):
        section = ItemSection(item=item)
        sections.append(section)
        key = str(item.get("number") or item.get("title"))
        by_key.setdefault(key, []).append((_line_of(item), section))
    loose = ItemSection(item=None)
    for kind in (record_type.key for record_type in RECORD_TYPES if record_type.under_item):
        for entry in record.get(kind, []):
            candidates = by_key.get(str(entry.get("item"))) if entry.get("item") is not None else None
            section = loose
            if candidates:
                above = [found for line, found in candidates if line <= _line_of(entry)]
                section = above[-1] if above else candidates[0][1]
            section.records.setdefault(kind, []).append(entry)
    if any(loose.records.values()):
        sections.append(loose)
    return sections


def _line_of(entry: dict[str, Any]) -> int:
    evidence = entry.get("evidence") or {}
    return int(evidence.get("line_start") or 0)


MAX_ID = 2**63 - 1
"""The largest id SQLite and PostgreSQL store (a signed 64-bit integer)."""


def _find_meeting_id(session: Session, ref: str) -> int:
    if not ref:
        raise NotFound("name a meeting by id, file name or date (see `minutebook meetings`)")
    loaded = Document.status == "loaded"
    base = select(Meeting.id, Document.file_name).join(Document, Document.id == Meeting.document_id).where(loaded)
    if ref.isdigit() and int(ref) <= MAX_ID:  # a larger number is no id a database can hold
        found = session.execute(base.where(Meeting.id == int(ref))).all()
        if found:
            return found[0][0]
    date = _parse_iso_date(ref)
    if date is not None:
        found = session.execute(base.where(Meeting.date == date).order_by(Document.file_name)).all()
    else:
        found = session.execute(base.where(or_(Document.file_name == ref, Document.path == ref))).all()
        if not found:
            found = session.execute(
                base.where(Document.file_name.icontains(ref, autoescape=True)).order_by(Document.file_name)
            ).all()
    if len(found) == 1:
        return found[0][0]
    if not found:
        raise NotFound(f"no meeting {ref!r}: give a meeting id, file name or date from `minutebook meetings`")
    choices = ", ".join(f"{meeting_id} ({file_name})" for meeting_id, file_name in found[:10])
    raise NotFound(f"{len(found)} meetings match {ref!r}; pick one by id: {choices}")


def _parse_iso_date(text: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        return None
