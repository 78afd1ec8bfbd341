"""Agenda requests: matters a body asked to have back at a later meeting, and whether they came back."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from sqlalchemy import column, select, table
from sqlalchemy.orm import aliased

from ...models import AgendaItem, AgendaRequest, AgendaRequestLink, Body, Document, Meeting
from .filters import filter_body_and_dates

if TYPE_CHECKING:
    from ..database import Store

_HISTORY = table("v_request_history", column("request_id"), column("reason"))
"""The view's reason for each request: why it was linked, or that a user keeps it unlinked (store/views.py)."""

RequestFilter = Literal["open", "done"]
OPEN_STATUSES = ("open", "carried_forward")
"""A request still owed: not yet taken up, taken up with something outstanding, or deferred again."""


@dataclass(slots=True)
class RequestRow:
    """One agenda request as `minutebook requests` lists it, with where it was taken up."""

    request_id: int
    date: dt.date | None
    body: str | None
    item: str | None
    topic: str
    text: str
    status: str
    """`open` until a later meeting takes it up; then the status that meeting's item states."""
    taken_up: dt.date | None
    taken_up_item: str | None
    reason: str | None
    file: str
    page: int | None


def list_requests(
    store: "Store",
    *,
    body: str | None = None,
    date_from: dt.date | None = None,
    date_to: dt.date | None = None,
    status: RequestFilter | None = None,
) -> list[RequestRow]:
    """Agenda requests, oldest meeting first; `status` "open" keeps those still owed, "done" those taken up."""
    later_meeting = aliased(Meeting)
    query = (
        select(AgendaRequest.id, Meeting.date, Body.name, AgendaRequest.item_key, AgendaRequest.topic,
               AgendaRequest.text, AgendaRequestLink.status, later_meeting.date, AgendaItem.title,
               _HISTORY.c.reason, Document.file_name, AgendaRequest.page)
        .join(Meeting, Meeting.id == AgendaRequest.meeting_id)
        .join(Document, Document.id == Meeting.document_id)
        .outerjoin(Body, Body.id == Meeting.body_id)
        .outerjoin(AgendaRequestLink, AgendaRequestLink.request_id == AgendaRequest.id)
        .outerjoin(AgendaItem, AgendaItem.id == AgendaRequestLink.item_id)
        .outerjoin(later_meeting, later_meeting.id == AgendaItem.meeting_id)
        .join(_HISTORY, _HISTORY.c.request_id == AgendaRequest.id)
        .order_by(Meeting.date, Document.file_name, AgendaRequest.position)
    )
    query = filter_body_and_dates(query, body=body, date_from=date_from, date_to=date_to)
    with store.session() as session:
        rows = [
            RequestRow(request_id=row[0], date=row[1], body=row[2], item=row[3], topic=row[4], text=row[5],
                       status=row[6] or "open", taken_up=row[7], taken_up_item=row[8], reason=row[9], file=row[10],
                       page=row[11])
            for row in session.execute(query)
        ]
    if status == "open":
        return [row for row in rows if row.status in OPEN_STATUSES]
    if status == "done":
        return [row for row in rows if row.status == "done"]
    return rows
