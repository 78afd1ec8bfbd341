"""The questions people ask of the database: meetings, one meeting, actions by owner.

Every function takes a `Store` and returns plain dataclasses or dicts, so the
CLI (or any caller) only formats them.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal, TypeVar, Unpack

from rapidfuzz import fuzz
from sqlalchemy import ColumnElement, Select, and_, func, or_, select
from sqlalchemy.orm import Session

from ..errors import NotFound
from ..models import (
    Action,
    ActionOwner,
    Agency,
    AgendaItem,
    Attendance,
    Body,
    Document,
    Meeting,
    PlanAction,
    PlanActionAgency,
    Resolution,
)
from .database import load_optional_module
from .export import build_export, load_documents

if TYPE_CHECKING:
    from .database import Store

SelectT = TypeVar("SelectT", bound=Select[Unpack[tuple[Any, ...]]])

# A name that scores at least this (rapidfuzz token-set ratio, 0-100) against
# an owner matches: it forgives a typo or a missing middle name but not a
# different first name with the same surname.
OWNER_MATCH_THRESHOLD = 88

# Initials are at most this many letters ("KW", "DCI", "TDC").
MAX_INITIALS = 4

# Words that say what someone is rather than who; dropped before comparing
# names so "Ms Waller", "Cllr Waller" and "Waller" all reduce to the same name.
TITLE_WORDS = frozenset(
    """mr mrs ms miss mx dr prof professor sir dame lord lady rev revd reverend
    cllr councillor councilor cc county district borough the
    insp inspector chief supt superintendent ch det detective sergeant sgt pc pcso
    dci di ds dc dsupt cinsp ci acc dcc
    mp mep jp obe mbe cbe""".split()
)

# Owner strings such as "DC/LB" or "Police & Fire" name several owners.
OWNER_SEPARATORS = re.compile(r"\s*(?:/|&|,|;|\band\b|\+)\s*", re.IGNORECASE)


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
    """An agenda item with the resolutions and actions recorded under it."""

    item: dict[str, Any] | None
    """The item as exported, or None for records not placed under any item."""
    resolutions: list[dict[str, Any]] = field(default_factory=list)
    actions: list[dict[str, Any]] = field(default_factory=list)


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
    owner_as_written: str | None
    text: str
    due: dt.date | None
    file: str
    page: int | None
    line_start: int | None
    line_end: int | None


def list_meetings(
    store: "Store",
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
    query = _filter_body_and_dates(query, body=body, date_from=date_from, date_to=date_to)
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


def get_meeting(store: "Store", ref: str | int) -> MeetingDetail:
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
    for kind in ("resolutions", "actions"):
        for entry in record.get(kind, []):
            candidates = by_key.get(str(entry.get("item"))) if entry.get("item") is not None else None
            section = loose
            if candidates:
                above = [found for line, found in candidates if line <= _line_of(entry)]
                section = above[-1] if above else candidates[0][1]
            getattr(section, kind).append(entry)
    if loose.resolutions or loose.actions:
        sections.append(loose)
    return sections


def _line_of(entry: dict[str, Any]) -> int:
    evidence = entry.get("evidence") or {}
    return int(evidence.get("line_start") or 0)


def list_actions(
    store: "Store",
    *,
    owner: str | None = None,
    body: str | None = None,
    date_from: dt.date | None = None,
    date_to: dt.date | None = None,
    item: str | None = None,
) -> list[ActionRow]:
    """Actions from minutes, then actions from plans, optionally narrowed by owner, body, date and item.

    `owner` is matched forgivingly: a full name, initials ("KW"), a surname,
    a name with a title ("Ms Waller") or an agency name all find their actions.
    """
    # Archives repeat the same few owner names thousands of times: judge each
    # distinct name once, then let the database fetch only the matching rows.
    verdicts: dict[str, bool] = {}

    def matches(name: str) -> bool:
        if owner is None:
            return True
        if name not in verdicts:
            verdicts[name] = _matches_name(owner, name)
        return verdicts[name]

    with store.session() as session:
        minutes_filter = plan_filter = None
        person_ids: set[int] = set()
        if owner is not None:
            person_ids = _resolve_person_ids(session, owner)
            minutes_filter, plan_filter = _owner_filters(session, owner, matches, person_ids)
        rows = [
            *_minutes_actions(session, body, date_from, date_to, item, only=minutes_filter),
            *_plan_actions(session, body, date_from, date_to, item, only=plan_filter),
        ]
    if owner is None:
        return [row for row, _ids in rows]
    return [
        row
        for row, owner_person_ids in rows
        # Plan rows were chosen by agency name (as written or its one name) in SQL already.
        if row.source == "plan"
        or (person_ids and person_ids & owner_person_ids)
        or any(matches(name) for name in _owner_names(row))
    ]


def _owner_filters(
    session: Session, owner: str, matches: Callable[[str], bool], person_ids: set[int]
) -> tuple[ColumnElement[bool], ColumnElement[bool]]:
    """SQL conditions that keep only actions and plan actions some matching owner name could own."""
    wanted_names = [name for name in _distinct_values(session, ActionOwner.name, ActionOwner.id) if matches(name)]
    unowned = ~select(ActionOwner.id).where(ActionOwner.action_id == Action.id).exists()
    written = [
        text
        for text in _distinct_values(session, Action.owner_as_written, Action.id, where=unowned)
        if matches(text) or any(matches(part) for part in OWNER_SEPARATORS.split(text) if part)
    ]
    owned = select(ActionOwner.action_id).where(
        or_(ActionOwner.name.in_(wanted_names), ActionOwner.person_id.in_(sorted(person_ids)))
    )
    minutes_filter = Action.id.in_(owned)
    if written:  # the NOT EXISTS branch costs a scan: only when some unresolved owner fits
        minutes_filter = or_(minutes_filter, and_(Action.owner_as_written.in_(written), unowned))
    agency_names = _distinct_values(session, Agency.name, Agency.id)
    # An agency written otherwise ("Police", "WFRS") answers to its one name too.
    canonical_names = _distinct_values(session, PlanActionAgency.canonical_name, PlanActionAgency.id)

    def names_agency(name: str) -> bool:
        # "Early Help" names "KCC Early Help": an agency's name contains the words typed.
        return matches(name) or _contains_words(name, owner)

    plan_filter = PlanAction.id.in_(
        select(PlanActionAgency.plan_action_id)
        .join(Agency, Agency.id == PlanActionAgency.agency_id)
        .where(
            or_(
                Agency.name.in_([name for name in agency_names if names_agency(name)]),
                PlanActionAgency.canonical_name.in_([name for name in canonical_names if names_agency(name)]),
            )
        )
    )
    return minutes_filter, plan_filter


def _contains_words(name: str, query: str) -> bool:
    """True when the words of `query` stand together, in order, among the words of `name`."""
    wanted, known = _name_words(query), _name_words(name)
    if not wanted or len(wanted) > len(known):
        return False
    return any(known[start : start + len(wanted)] == wanted for start in range(len(known) - len(wanted) + 1))


_distinct_cache: dict[tuple[object, str], tuple[int, tuple[str, ...]]] = {}


def _distinct_values(
    session: Session, column: Any, id_column: Any, *, where: ColumnElement[bool] | None = None
) -> tuple[str, ...]:
    """Distinct non-empty values of `column`, cached per database until a row with a newer id is added.

    Ids are never reused, so a new document always moves the newest id on;
    a deleted one can only leave extra names behind, which match no row.
    """
    newest = session.scalar(select(func.max(id_column))) or 0
    key = (session.get_bind(), str(column))
    cached = _distinct_cache.get(key)
    if cached is not None and cached[0] == newest:
        return cached[1]
    query = select(column).distinct()
    if where is not None:
        query = query.where(where)
    values = tuple(value for (value,) in session.execute(query) if value)
    _distinct_cache[key] = (newest, values)
    return values


def matches_owner(query: str, names: Iterable[str]) -> bool:
    """True when `query` plausibly names one of `names` (people or agencies)."""
    return any(_matches_name(query, name) for name in names)


def _matches_name(query: str, name: str) -> bool:
    wanted = _name_words(query)
    known = _name_words(name)
    if not wanted or not known:
        return False
    if wanted == known:
        return True
    if _is_initials(query) and query.replace(".", "").strip().upper() in _initials_of(known):
        return True
    if _is_initials(name) and name.replace(".", "").strip().upper() in _initials_of(wanted):
        return True
    if len(wanted) == 1:
        # A bare surname (or agency word) names whoever has it as a word;
        # a surname misspelt by a letter still finds the last word.
        word = wanted[0]
        return len(word) > 1 and (word in known or fuzz.ratio(word, known[-1]) >= OWNER_MATCH_THRESHOLD)
    if wanted[-1] == known[-1] and _given_names_agree(wanted[:-1], known[:-1]):
        return True
    return fuzz.token_set_ratio(" ".join(wanted), " ".join(known)) >= OWNER_MATCH_THRESHOLD and (
        _given_names_agree(wanted[:-1], known[:-1]) or len(known) == 1
    )


def _given_names_agree(wanted: list[str], known: list[str]) -> bool:
    """"K" agrees with "Kelly"; "Kelly" with "Kelly Anne"; "Steve" not with "Kelly"."""
    if not wanted or not known:
        return True
    first_wanted, first_known = wanted[0], known[0]
    if len(first_wanted) == 1 or len(first_known) == 1:
        return first_wanted[0] == first_known[0]
    return fuzz.ratio(first_wanted, first_known) >= OWNER_MATCH_THRESHOLD


def _name_words(text: str) -> list[str]:
    words = re.findall(r"[a-z0-9][a-z0-9'\-]*", text.lower().replace("’", "'"))
    stripped = [word for word in words if word.rstrip(".") not in TITLE_WORDS]
    # A name that is only title words ("the Chairman") keeps them.
    return stripped or words


def _is_initials(text: str) -> bool:
    """"KW", "K.W.", "DCI"; two lower-case letters ("kw") count too, longer words do not."""
    compact = text.replace(".", "").replace(" ", "").strip()
    if not (2 <= len(compact) <= MAX_INITIALS and compact.isalpha()):
        return False
    return compact.isupper() or len(compact) == 2


def _initials_of(words: list[str]) -> set[str]:
    """"KW" and "KAW" for Kirsty Anne Waller."""
    if len(words) < 2:
        return set()
    return {"".join(word[0] for word in words).upper(), (words[0][0] + words[-1][0]).upper()}


def _owner_names(row: ActionRow) -> list[str]:
    """The names an action answers to: its resolved owners, else the owner as written."""
    names = list(row.owners)
    # A resolved owner is more exact than the words it was read from ("Mr Waller"
    # resolved to one Waller must not also match every other Waller).
    if row.owner_as_written and not names:
        names.append(row.owner_as_written)
        names.extend(part for part in OWNER_SEPARATORS.split(row.owner_as_written) if part)
    return names


def _resolve_person_ids(session: Session, owner: str) -> set[int]:
    """Person ids the people module resolves `owner` to, when that module is present."""
    people = load_optional_module("people")
    resolve = getattr(people, "resolve_person_ids", None) if people is not None else None
    return set(resolve(session, owner)) if resolve is not None else set()


def _minutes_actions(
    session: Session,
    body: str | None,
    date_from: dt.date | None,
    date_to: dt.date | None,
    item: str | None,
    *,
    only: ColumnElement[bool] | None = None,
) -> list[tuple[ActionRow, set[int]]]:
    # Plain columns, not ORM objects: listing every action of an archive stays quick.
    query = (
        select(
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
        )
        .join(Meeting, Meeting.id == Action.meeting_id)
        .join(Document, Document.id == Meeting.document_id)
        .outerjoin(Body, Body.id == Meeting.body_id)
        .outerjoin(AgendaItem, AgendaItem.id == Action.item_id)
        .where(Document.status == "loaded")
    )
    query = _filter_body_and_dates(query, body=body, date_from=date_from, date_to=date_to)
    if only is not None:
        query = query.where(only)
    if item:
        wanted = item.strip()
        query = query.where(
            or_(
                func.lower(Action.item_key) == wanted.lower(),
                AgendaItem.title.icontains(wanted, autoescape=True),
                Action.item_key.icontains(wanted, autoescape=True),
            )
        )
    # Through the connection: rows of plain columns need none of the ORM's loading.
    connection = session.connection()
    found = connection.execute(
        query.order_by(Meeting.date.is_(None), Meeting.date, Document.file_name, Action.position)
    ).all()
    owners: dict[int, list[str]] = {}
    person_ids: dict[int, set[int]] = {}
    owner_query = (
        select(ActionOwner.action_id, ActionOwner.name, ActionOwner.person_id)
        .where(ActionOwner.action_id.in_(query.with_only_columns(Action.id).scalar_subquery()))
        .order_by(ActionOwner.action_id, ActionOwner.position)
    )
    for action_id, name, person_id in connection.execute(owner_query):
        owners.setdefault(action_id, []).append(name)
        if person_id is not None:
            person_ids.setdefault(action_id, set()).add(person_id)
    return [
        (
            ActionRow(
                source="minutes",
                record_id=action_id,
                document_id=document_id,
                date=date,
                body=body_name,
                item=item_key,
                item_title=item_title,
                owners=tuple(owners.get(action_id, ())),
                owner_as_written=owner_as_written,
                text=text,
                due=due,
                file=file_name,
                page=page,
                line_start=line_start,
                line_end=line_end,
            ),
            person_ids.get(action_id, set()),
        )
        for (
            action_id,
            item_key,
            text,
            owner_as_written,
            due,
            page,
            line_start,
            line_end,
            date,
            body_name,
            document_id,
            file_name,
            item_title,
        ) in found
    ]


def _plan_actions(
    session: Session,
    body: str | None,
    date_from: dt.date | None,
    date_to: dt.date | None,
    item: str | None,
    *,
    only: ColumnElement[bool] | None = None,
) -> list[tuple[ActionRow, set[int]]]:
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
    query = _filter_body_and_dates(query, body=body, date_from=date_from, date_to=date_to)
    if only is not None:
        query = query.where(only)
    if item:
        wanted = item.strip()
        query = query.where(
            or_(
                func.lower(PlanAction.number) == wanted.lower(),
                PlanAction.priority.icontains(wanted, autoescape=True),
                PlanAction.emerging_issue.icontains(wanted, autoescape=True),
            )
        )
    connection = session.connection()
    found = connection.execute(query.order_by(Document.file_name, PlanAction.position)).all()
    agencies: dict[int, list[str]] = {}
    # Leads first, then supporting agencies, as the export lists them.
    agency_query = (
        select(PlanActionAgency.plan_action_id, Agency.name)
        .join(Agency, Agency.id == PlanActionAgency.agency_id)
        .where(PlanActionAgency.plan_action_id.in_(query.with_only_columns(PlanAction.id).scalar_subquery()))
        .order_by(PlanActionAgency.plan_action_id, PlanActionAgency.role != "lead", PlanActionAgency.position)
    )
    for plan_action_id, name in connection.execute(agency_query):
        names = agencies.setdefault(plan_action_id, [])
        if name not in names:
            names.append(name)
    return [
        (
            ActionRow(
                source="plan",
                record_id=plan_action_id,
                document_id=document_id,
                date=date,
                body=body_name,
                item=number,
                item_title=priority,
                owners=tuple(agencies.get(plan_action_id, ())),
                owner_as_written=None,
                text=text,
                due=None,
                file=file_name,
                page=page,
                line_start=line_start,
                line_end=line_end,
            ),
            set(),
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


def _filter_body_and_dates(
    query: SelectT,
    *,
    body: str | None,
    date_from: dt.date | None,
    date_to: dt.date | None,
) -> SelectT:
    if body:
        query = query.where(Body.name.icontains(body.strip(), autoescape=True))
    if date_from:
        query = query.where(Meeting.date >= date_from)
    if date_to:
        query = query.where(Meeting.date <= date_to)
    return query


def _find_meeting_id(session: Session, ref: str) -> int:
    if not ref:
        raise NotFound("name a meeting by id, file name or date (see `minutebook meetings`)")
    loaded = Document.status == "loaded"
    base = select(Meeting.id, Document.file_name).join(Document, Document.id == Meeting.document_id).where(loaded)
    if ref.isdigit():
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
