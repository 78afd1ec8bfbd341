"""Where actions stand: open, done, overdue (the `actions --open/--done/--overdue` conditions).

An action's status is the one its latest mention states (a later action row
linked to it, store/tracking.py), or else what its own minutes state
(extract/action_status.py). The questions list each action once: a row that
mentions an earlier action is part of that action's history, not an action
of its own.
`open` asks for what is still owed: actions `open` or `carried_forward`.
`overdue` asks for those of them whose due date has passed by the latest
meeting of the same body held on record (minutes, not agendas of meetings to
come); an action of no known body is measured against its own meeting.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal, get_args

from sqlalchemy import ColumnElement, Integer, and_, exists, func, literal_column, select, union_all
from sqlalchemy.orm import aliased

from ...errors import NotFound
from ...models import Action, ActionLink, ActionOwner, ActionUpdate, Body, Document, Meeting
from ..tracking import hand_correction

if TYPE_CHECKING:
    from ..database import SessionSource

StatusFilter = Literal["open", "done", "overdue"]
STATUS_FILTERS: tuple[str, ...] = get_args(StatusFilter)
STILL_OWED = ("open", "carried_forward")
"""Statuses of an action not yet done nor dropped."""


def status_condition(wanted: StatusFilter) -> ColumnElement[bool]:
    """The condition on a query of `actions` joined to their `meetings` for one of the STATUS_FILTERS."""
    status = latest_status()
    first = ~is_mention()
    if wanted == "done":
        return and_(first, status == "done")
    owed = and_(first, status.in_(STILL_OWED))
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


def latest_status() -> ColumnElement[str]:
    """The outer query's `Action`'s status as its latest mention states it, else its own.

    A mention is a later action row linked to it or an update (matters arising, an owner's
    report); on one date an update, which reports on the action, goes before a row.
    """
    mention = aliased(Action)
    held = aliased(Meeting)
    said = aliased(Meeting)
    rows = (
        select(mention.status.label("status"), held.date.label("date"), literal_column("0", Integer).label("kind"),
               mention.id.label("id"))
        .join(ActionLink, ActionLink.mention_id == mention.id)
        .join(held, held.id == mention.meeting_id)
        .where(ActionLink.action_id == Action.id)
        .correlate(Action)
    )
    updates = (
        select(ActionUpdate.status.label("status"), said.date.label("date"), literal_column("1", Integer).label("kind"),
               ActionUpdate.id.label("id"))
        .join(said, said.id == ActionUpdate.meeting_id)
        .where(ActionUpdate.action_id == Action.id)
        .correlate(Action)
    )
    both = union_all(rows, updates).subquery()
    latest = (
        select(both.c.status)
        .order_by(both.c.date.desc(), both.c.kind.desc(), both.c.id.desc())
        .limit(1)
        .correlate(Action)
        .scalar_subquery()
    )
    return func.coalesce(latest, Action.status)


def is_mention() -> ColumnElement[bool]:
    """True for an `Action` row that mentions an earlier action (linked to it)."""
    return exists(select(ActionLink.id).where(ActionLink.mention_id == Action.id).correlate(Action))


@dataclass(slots=True)
class HistoryRow:
    """One record of an action's history: where it was recorded, then each later mention."""

    date: dt.date | None
    what: str
    """"recorded" for the action itself, "mentioned" for a later row linked to it, "matters arising" or
    "reported" for a later meeting's update on it (action_updates)."""
    status: str
    text: str
    reason: str | None
    file: str
    page: int | None
    line_start: int | None
    line_end: int | None


@dataclass(slots=True)
class ActionHistory:
    """One action, its latest status and its history, oldest first (`minutebook action ID`)."""

    id: int
    date: dt.date | None
    body: str | None
    item: str | None
    text: str
    owners: list[str]
    due: dt.date | None
    status: str
    """As the latest mention states it, else as the action's own minutes do."""
    mention_of: int | None
    """The earlier action this row is itself a mention of, when it is one."""
    correction: str | None = None
    """"user link" or "user unlink" when a correction by hand applies to this row (`minutebook link`/`unlink`)."""
    history: list[HistoryRow] = field(default_factory=list)

    def timeline(self) -> list[HistoryRow]:
        return self.history


def get_action_history(store: "SessionSource", action_id: int) -> ActionHistory:
    """The action stored under `action_id` with its history; NotFound when there is none."""
    with store.session() as session:
        found = session.execute(
            select(Action.id, Meeting.date, Body.name, Action.item_key, Action.text, Action.due, Action.status,
                   Action.page, Action.line_start, Action.line_end, Document.file_name, latest_status())
            .join(Meeting, Meeting.id == Action.meeting_id)
            .join(Document, Document.id == Meeting.document_id)
            .outerjoin(Body, Body.id == Meeting.body_id)
            .where(Action.id == action_id, Document.status == "loaded")
        ).first()
        if found is None:
            raise NotFound(f"no action with id {action_id}: `minutebook actions --json` gives each action's id as record_id")
        (_id, date, body, item, text, due, own, page, line_start, line_end, file_name, latest) = found
        owners = list(session.scalars(
            select(ActionOwner.name).where(ActionOwner.action_id == action_id).order_by(ActionOwner.position)
        ))
        mention_of = session.scalar(select(ActionLink.action_id).where(ActionLink.mention_id == action_id))
        correction = hand_correction(session, action_id)
        record = ActionHistory(action_id, date, body, item, text, owners, due, latest, mention_of, correction)
        record.history.append(
            HistoryRow(date, "recorded", own, text, correction, file_name, page, line_start, line_end)
        )
        mention = aliased(Action)
        for m_date, m_text, status, reason, m_file, m_page, m_start, m_end in session.execute(
            select(Meeting.date, mention.text, ActionLink.status, ActionLink.reason, Document.file_name,
                   ActionLink.page, ActionLink.line_start, ActionLink.line_end)
            .join(mention, mention.id == ActionLink.mention_id)
            .join(Meeting, Meeting.id == mention.meeting_id)
            .join(Document, Document.id == Meeting.document_id)
            .where(ActionLink.action_id == action_id)
            .order_by(Meeting.date, mention.id)
        ):
            record.history.append(HistoryRow(m_date, "mentioned", status, m_text, reason, m_file, m_page, m_start, m_end))
        for u_date, source, u_text, u_status, u_reason, u_file, u_page, u_start, u_end in session.execute(
            select(Meeting.date, ActionUpdate.source, ActionUpdate.text, ActionUpdate.status, ActionUpdate.reason,
                   Document.file_name, ActionUpdate.page, ActionUpdate.line_start, ActionUpdate.line_end)
            .join(Meeting, Meeting.id == ActionUpdate.meeting_id)
            .join(Document, Document.id == Meeting.document_id)
            .where(ActionUpdate.action_id == action_id, Document.status == "loaded")
        ):
            what = "matters arising" if source == "matters_arising" else "reported"
            record.history.append(HistoryRow(u_date, what, u_status, u_text, u_reason, u_file, u_page, u_start, u_end))
        record.history[1:] = sorted(record.history[1:], key=lambda row: (row.date or dt.date.min))
        return record
