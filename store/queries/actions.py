"""Actions from minutes and plans, narrowed by owner, body, dates and item, a page at a time."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal

from sqlalchemy import ColumnElement, Connection, and_, false, func, or_, select
from sqlalchemy.orm import Session, aliased

from ...models import Action, ActionOwner, Agency, AgendaItem, Body, Document, Meeting, PlanAction, PlanActionAgency
from ..owners import OwnerMatch, resolve_owner
from .filters import AnySelect, SelectT, filter_body_and_dates

if TYPE_CHECKING:
    from ..database import SessionSource

# Record ids per IN list when reading a page of actions in full: well under
# every driver's limit on bound parameters.
ID_BATCH = 5000


@dataclass(slots=True)
class ActionRow:
    """An action from minutes, or a numbered action from a plan."""

    source: Literal["minutes", "plan"]
    record_id: int
    document_id: int
    date: dt.date | None
    body: str | None
    item: str | None
    item_title: str | None
    owners: tuple[str, ...]
    owner: str | None
    """The owner an owner query matched (the first, when several did); None without one."""
    owner_as_written: str | None
    text: str
    due: dt.date | None
    file: str
    page: int | None
    line_start: int | None
    line_end: int | None


@dataclass(slots=True)
class ActionPage:
    """One page of actions, and how many there are in all."""

    rows: list[ActionRow]
    total: int
    offset: int = 0

    @property
    def remaining(self) -> int:
        """Matching actions after this page."""
        return max(0, self.total - self.offset - len(self.rows))

    def __iter__(self) -> Iterator[ActionRow]:
        return iter(self.rows)

    def __len__(self) -> int:
        return len(self.rows)


def list_actions(
    store: "SessionSource",
    *,
    owner: str | None = None,
    body: str | None = None,
    date_from: dt.date | None = None,
    date_to: dt.date | None = None,
    item: str | None = None,
    limit: int | None = None,
    offset: int = 0,
) -> ActionPage:
    """Actions from minutes, then actions from plans, narrowed by owner, body, date and item; one page of them.

    `owner` is matched forgivingly (see `resolve_owner`): a full name,
    initials ("KW"), a surname, a name with a title ("Ms Waller") or an
    agency name all find their actions. `limit=None` returns every row.
    """
    if offset < 0 or (limit is not None and limit < 0):
        raise ValueError("limit and offset cannot be negative")
    with store.session() as session:
        match = resolve_owner(session, owner) if owner is not None else None
        return read_actions(session, match, body=body, date_from=date_from, date_to=date_to, item=item,
                            limit=limit, offset=offset)


def read_actions(
    session: Session,
    match: OwnerMatch | None,
    *,
    body: str | None = None,
    date_from: dt.date | None = None,
    date_to: dt.date | None = None,
    item: str | None = None,
    limit: int | None = None,
    offset: int = 0,
) -> ActionPage:
    """One page of the actions an already resolved owner owns (all actions when `match` is None)."""
    filters = _ActionFilters(body=body, date_from=date_from, date_to=date_to, item=item)
    connection = session.connection()
    rows, minutes_total = _read_minutes(connection, filters, match, limit=limit, offset=offset)
    if match is not None and not (match.agencies or match.canonical):
        return ActionPage(rows=rows, total=minutes_total, offset=offset)  # no plan action can match
    plan_query = _plan_query(filters, match)
    if limit is not None and len(rows) == limit:
        # A full page of minutes: plans come later, only their count is needed.
        return ActionPage(rows=rows, total=minutes_total + _count(connection, plan_query), offset=offset)
    plan_offset = max(0, offset - minutes_total)
    plan_limit = None if limit is None else limit - len(rows)
    rows += _read_plan_actions(connection, plan_query, match, limit=plan_limit, offset=plan_offset)
    if (plan_limit is not None and len(rows) == limit) or (not rows and offset):
        total = minutes_total + _count(connection, plan_query)
    else:
        total = offset + len(rows)
    return ActionPage(rows=rows, total=total, offset=offset)


@dataclass(slots=True)
class _ActionFilters:
    body: str | None
    date_from: dt.date | None
    date_to: dt.date | None
    item: str | None


def _count(connection: Connection, query: AnySelect) -> int:
    counted = select(func.count()).select_from(query.order_by(None).subquery())
    return int(connection.execute(counted).scalar_one())


_MINUTES_COLUMNS = (
    Action.id,
    Action.item_key,
    Action.text,
    Action.owner_as_written,
    Action.due,
    Action.page,
    Action.line_start,
    Action.line_end,
    Meeting.date,
    Body.name,
    Document.id,
    Document.file_name,
    AgendaItem.title,
    ActionOwner.name,
    ActionOwner.person_id,
)


def _minutes_order() -> tuple[Any, ...]:
    return (Meeting.date.is_(None), Meeting.date, Document.file_name, Action.position, Action.id)


def _join_minutes(query: SelectT) -> SelectT:
    return (
        query.join(Meeting, Meeting.id == Action.meeting_id)
        .join(Document, Document.id == Meeting.document_id)
        .outerjoin(Body, Body.id == Meeting.body_id)
        .outerjoin(AgendaItem, AgendaItem.id == Action.item_id)
    )


def _filter_minutes(query: SelectT, filters: _ActionFilters, match: OwnerMatch | None) -> SelectT:
    query = query.where(Document.status == "loaded")
    query = filter_body_and_dates(query, body=filters.body, date_from=filters.date_from, date_to=filters.date_to)
    if match is not None:
        query = query.where(_minutes_owner_condition(match))
    if filters.item:
        query = query.where(_item_condition(filters.item, Action.item_key, AgendaItem.title, Action.item_key))
    return query


def _item_condition(item: str, number: Any, *named: Any) -> ColumnElement[bool]:
    """An item given by its number exactly (any case), or by words that one of the `named` columns contains."""
    wanted = item.strip()
    return or_(
        func.lower(number) == wanted.lower(),
        *(column.icontains(wanted, autoescape=True) for column in named),
    )


def _minutes_owner_condition(match: OwnerMatch) -> ColumnElement[bool]:
    """Actions one of whose owners the match names: a matched person, or an unlinked name as written."""
    owner_conditions: list[ColumnElement[bool]] = []
    if match.person_ids:
        owner_conditions.append(ActionOwner.person_id.in_(sorted(match.person_ids)))
    if match.names:
        # A name linked to a person answers through that person only: "Mr Waller"
        # linked to Steve Waller is not one of Kirsty Waller's spellings.
        owner_conditions.append(and_(ActionOwner.person_id.is_(None), ActionOwner.name.in_(sorted(match.names))))
    conditions: list[ColumnElement[bool]] = []
    if owner_conditions:
        conditions.append(Action.id.in_(select(ActionOwner.action_id).where(or_(*owner_conditions))))
    if match.written:  # the NOT EXISTS costs a scan: only when some owner text with no owner rows fits
        other = aliased(ActionOwner)  # the outer query may join action_owners itself
        unowned = ~select(other.id).where(other.action_id == Action.id).correlate(Action).exists()
        conditions.append(and_(Action.owner_as_written.in_(sorted(match.written)), unowned))
    return or_(*conditions) if conditions else false()


def _read_minutes(
    connection: Connection, filters: _ActionFilters, match: OwnerMatch | None, *, limit: int | None, offset: int
) -> tuple[list[ActionRow], int]:
    """A page of minutes actions with their owners, and how many minutes actions match in all."""
    order = _minutes_order()
    if limit is None and not offset:
        # Every row: one pass, one row per owner, owners in order under their action.
        query = _filter_minutes(_join_minutes(select(*_MINUTES_COLUMNS).select_from(Action)), filters, match)
        query = query.outerjoin(ActionOwner, ActionOwner.action_id == Action.id).order_by(*order, ActionOwner.position)
        rows = _build_minutes_rows(connection.execute(query).all(), match)
        return rows, len(rows)
    # A page: one sorted pass of narrow rows picks the page's ids and counts
    # every match as it goes (a window over the whole result); then only the
    # page is read in full, with its owners.
    page_query = _filter_minutes(
        _join_minutes(select(Action.id, func.count().over()).select_from(Action)), filters, match
    )
    page = connection.execute(page_query.order_by(*order).limit(limit).offset(offset or None)).all()
    if not page:
        # Nothing on this page: past the end (or a page of no rows), so count apart.
        return [], (_count_minutes(connection, filters, match) if offset or limit == 0 else 0)
    ids = [action_id for action_id, _total in page]
    found: list[Any] = []
    # The ids come in page order, so batches read one after another keep it.
    for start in range(0, len(ids), ID_BATCH):
        query = (
            _join_minutes(select(*_MINUTES_COLUMNS).select_from(Action))
            .where(Action.id.in_(ids[start : start + ID_BATCH]))
            .outerjoin(ActionOwner, ActionOwner.action_id == Action.id)
            .order_by(*order, ActionOwner.position)
        )
        found += connection.execute(query).all()
    return _build_minutes_rows(found, match), int(page[0][1])


def _count_minutes(connection: Connection, filters: _ActionFilters, match: OwnerMatch | None) -> int:
    query = _filter_minutes(_join_minutes(select(func.count()).select_from(Action)), filters, match)
    return int(connection.execute(query).scalar_one())


def _build_minutes_rows(found: Iterable[Any], match: OwnerMatch | None) -> list[ActionRow]:
    """ActionRows from rows of action columns plus one owner each, consecutive per action."""
    rows: list[ActionRow] = []
    owners: list[str] = []
    row: ActionRow | None = None
    matched = False
    for (action_id, item_key, text, owner_as_written, due, page, line_start, line_end, date, body_name,
         document_id, file_name, item_title, name, person_id) in found:
        if row is None or action_id != row.record_id:
            if row is not None:
                row.owners = tuple(owners)
            owners, matched = [], False
            # Without a matching owner row the owner is the text the minutes give.
            row = ActionRow(
                "minutes", action_id, document_id, date, body_name, item_key, item_title, (),
                owner_as_written if match is not None else None, owner_as_written, text, due, file_name, page,
                line_start, line_end,
            )
            rows.append(row)
        if name is None:
            continue
        owners.append(name)
        if match is not None and not matched and match.names_owner(name, person_id):
            row.owner, matched = name, True
    if row is not None:
        row.owners = tuple(owners)
    return rows


def _plan_query(filters: _ActionFilters, match: OwnerMatch | None) -> AnySelect:
    query = (
        select(
            PlanAction.id,
            PlanAction.document_id,
            PlanAction.number,
            PlanAction.priority,
            PlanAction.text,
            PlanAction.page,
            PlanAction.line_start,
            PlanAction.line_end,
            Meeting.date,
            Body.name,
            Document.file_name,
        )
        .join(Document, Document.id == PlanAction.document_id)
        .outerjoin(Meeting, Meeting.document_id == Document.id)
        .outerjoin(Body, Body.id == Document.body_id)
        .where(Document.status == "loaded")
    )
    query = filter_body_and_dates(query, body=filters.body, date_from=filters.date_from, date_to=filters.date_to)
    if match is not None:
        query = query.where(_plan_owner_condition(match))
    if filters.item:
        query = query.where(
            _item_condition(filters.item, PlanAction.number, PlanAction.priority, PlanAction.emerging_issue)
        )
    return query.order_by(Document.file_name, PlanAction.position, PlanAction.id)


def _plan_owner_condition(match: OwnerMatch) -> ColumnElement[bool]:
    """Plan actions led or supported by a matching agency, by its name as written or its one name."""
    conditions: list[ColumnElement[bool]] = []
    if match.agencies:
        conditions.append(Agency.name.in_(sorted(match.agencies)))
    if match.canonical:
        conditions.append(PlanActionAgency.canonical_name.in_(sorted(match.canonical)))
    if not conditions:
        return false()
    return PlanAction.id.in_(
        select(PlanActionAgency.plan_action_id)
        .join(Agency, Agency.id == PlanActionAgency.agency_id)
        .where(or_(*conditions))
    )


def _read_plan_actions(
    connection: Connection, query: AnySelect, match: OwnerMatch | None, *, limit: int | None, offset: int
) -> list[ActionRow]:
    if limit is not None:
        query = query.limit(limit)
    if offset:
        query = query.offset(offset)
    found = connection.execute(query).all()
    agencies: dict[int, list[str]] = {}
    matched: dict[int, str] = {}
    ids = [row[0] for row in found]
    for start in range(0, len(ids), ID_BATCH):
        # Leads first, then supporting agencies, as the export lists them.
        agency_query = (
            select(PlanActionAgency.plan_action_id, Agency.name, PlanActionAgency.canonical_name)
            .join(Agency, Agency.id == PlanActionAgency.agency_id)
            .where(PlanActionAgency.plan_action_id.in_(ids[start : start + ID_BATCH]))
            .order_by(PlanActionAgency.plan_action_id, PlanActionAgency.role != "lead", PlanActionAgency.position)
        )
        for plan_action_id, name, canonical in connection.execute(agency_query).all():
            names = agencies.setdefault(plan_action_id, [])
            if name not in names:
                names.append(name)
            if match is not None and plan_action_id not in matched and match.names_agency(name, canonical):
                matched[plan_action_id] = name
    return [
        ActionRow(
            source="plan",
            record_id=plan_action_id,
            document_id=document_id,
            date=date,
            body=body_name,
            item=number,
            item_title=priority,
            owners=tuple(agencies.get(plan_action_id, ())),
            owner=matched.get(plan_action_id) if match is not None else None,
            owner_as_written=None,
            text=text,
            due=None,
            file=file_name,
            page=page,
            line_start=line_start,
            line_end=line_end,
        )
        for (
            plan_action_id,
            document_id,
            number,
            priority,
            text,
            page,
            line_start,
            line_end,
            date,
            body_name,
            file_name,
        ) in found
    ]
