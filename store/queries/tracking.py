"""Where actions stand: open, done, overdue (the `actions --open/--done/--overdue` conditions).

An action's status is what the minutes state of it (extract/action_status.py).
`open` asks for what is still owed: actions `open` or `carried_forward`.
`overdue` asks for those of them whose due date has passed by the latest
meeting of the same body held on record (minutes, not agendas of meetings to
come); an action of no known body is measured against its own meeting.
"""

from __future__ import annotations

from typing import Literal, get_args

from sqlalchemy import ColumnElement, and_, func, select
from sqlalchemy.orm import aliased

from ...models import Action, Document, Meeting

StatusFilter = Literal["open", "done", "overdue"]
STATUS_FILTERS: tuple[str, ...] = get_args(StatusFilter)
STILL_OWED = ("open", "carried_forward")
"""Statuses of an action not yet done nor dropped."""


def status_condition(wanted: StatusFilter) -> ColumnElement[bool]:
    """The condition on a query of `actions` joined to their `meetings` for one of the STATUS_FILTERS."""
    if wanted == "done":
        return Action.status == "done"
    owed = Action.status.in_(STILL_OWED)
    if wanted == "open":
        return owed
    if wanted == "overdue":
        return and_(owed, Action.due.is_not(None), Action.due < latest_meeting_of_body())
    raise ValueError(f"unknown status filter {wanted!r}: one of {', '.join(STATUS_FILTERS)}")


def latest_meeting_of_body() -> ColumnElement:
    """The date of the latest minuted meeting of the outer query's `Meeting`'s body (its own date without one)."""
    later = aliased(Meeting)
    document = aliased(Document)
    latest = (
        select(func.max(later.date))
        .join(document, document.id == later.document_id)
        .where(
            later.body_id == Meeting.body_id,
            document.status == "loaded",
            func.coalesce(document.kind, "").not_in(("agenda", "plan")),
        )
        .correlate(Meeting)
        .scalar_subquery()
    )
    return func.coalesce(latest, Meeting.date)
