"""The record types: one entry per kind of record read from a document.

Each `RecordType` below says, once, what the store does with that kind of
record: its record class (extract/records.py) and list on `Extraction`, its
model, its fields and the columns they are stored in, how it is saved and
read back (store/save.py, store/export.py), its JSON key and CSV rows in the
export, whether `search` indexes it (store/search.py) and with which text,
whether it carries topic tags (record_topics), and how `show` prints it
(output.py). Those modules loop over RECORD_TYPES instead of listing the
record types by hand.

Adding a record type takes four steps (votes were added this way):

1. Record class: `Vote` in extract/records.py, a slots dataclass whose last
   field is `evidence: Evidence | None = None` (and `topics: list[str]` before
   it if votes are tagged), and the list `votes: list[Vote]` on `Extraction`.
2. Extractor: `extract_votes(...) -> list[Vote]` in its own module in
   extract/, called from `extract_document` in extract/pipeline.py to fill
   `Extraction.votes` (and, if tagged, given topics in extract/topics.py).
3. Model: `Vote` in models/meeting.py, table "votes" with `id`, `position`,
   `meeting_id` (or `document_id` for a record of the whole document), the
   evidence columns (`EvidenceColumns`), `item_id` and `item_key` if it sits
   under an item, and a column per stored field; a child table (say
   `VotePosition`) for a list field; both exported from models/__init__.py.
4. Registry: one `RecordType(name="vote", key="votes", ...)` in
   RECORD_TYPES below, placed where its list should come in the export;
   `fields` in export order, `under_item=True` if it has `item`, `tagged`,
   `search=Search(...)` to make `search --in votes` find it, `children=` to
   save and read back a child table, `show=` for `minutebook show`.

The store then saves votes with their document, reads them back, exports
them (JSON key "votes", CSV `record_type` "vote" with a column per field
marked `csv`), indexes them for search and tags them, with no other change.
Describe the new fields in SCHEMA.md (a test checks it names them all).
Not derived from here: people linking (store/people.py links attendees,
apologies, action owners and voters), the SQL views, query commands of their
own, and the migration that adds the new tables to existing databases
(store/migrations/versions/).

tests/test_registry.py checks that every list on `Extraction` has an entry
and that every entry agrees with its record class and model.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any, Literal, Protocol

from sqlalchemy import ColumnElement, Connection, func, insert, literal, or_, select
from sqlalchemy.orm import Session

from ..extract import records
from ..models import (
    Action,
    ActionOwner,
    ActionUpdate,
    Agency,
    AgendaRequest,
    AgendaItem,
    Apology,
    Attendance,
    Base,
    PlanAction,
    PlanActionAgency,
    Resolution,
    Vote,
    VotePosition,
)

Parent = Literal["meeting", "document"]
"""What a record's row hangs off: `meeting_id` (minutes) or `document_id` (plans)."""

ITEM_TYPE = "item"
"""The record type the others name in their `item` field (see `RecordType.under_item`)."""


@dataclass(frozen=True, slots=True)
class Field:
    """One field of a record class, stored in a column of its model and exported under its name."""

    name: str
    """The attribute of the record class, and the key in the record's export dict."""
    column: str | None = ""
    """The model column it is stored in: "" for a column of the same name, None for none
    (a field that `RecordType.children` stores, or one that is only used while saving)."""
    to_column: Callable[[Any], Any] | None = None
    """Record value -> column value, when they differ (a list kept as JSON text)."""
    from_column: Callable[[Any], Any] | None = None
    """Column value -> record value, the inverse of `to_column`."""
    to_json: Callable[[Any], Any] | None = None
    """Record -> exported value, when it is not the attribute as it is (a date as ISO text)."""
    exported: bool = True
    """False for fields the export leaves out."""
    csv: bool = True
    """False for exported fields that the CSV export has no column for."""
    key: str = ""
    """The export key when it is not `name` (a vote's `voted_for` is exported as "for", a keyword)."""
    derived: bool = False
    """True for an exported value made by `to_json` from other fields (a vote's `counts`): it is no
    attribute of the record class and is neither stored nor read back."""

    @property
    def column_name(self) -> str | None:
        """The column this field is stored in, or None."""
        return None if self.derived else self.name if self.column == "" else self.column

    @property
    def export_key(self) -> str:
        """The key of this field in the record's export dict."""
        return self.key or self.name


@dataclass(frozen=True, slots=True)
class Search:
    """How a record type is found by `search`: one row of `search_records` per record."""

    text: Callable[[Any], ColumnElement[Any]]
    """Model -> the SQL expression of the text that is indexed."""
    item: Callable[[Any], Any]
    """Model -> the column shown as the hit's item."""
    listed: int
    """Where `search --in` lists this scope (lower first)."""


class AgencyIds(Protocol):
    """Agency ids by name, as the save path keeps them (store/save.py `_AgencyCache`)."""

    def find_id(self, name: str) -> int | None: ...

    def get_id(self, name: str) -> int: ...


@dataclass(frozen=True, slots=True)
class Children:
    """Fields stored as rows of another table (an action's owners, a plan action's agencies)."""

    fields: tuple[str, ...]
    """The record fields these rows hold."""
    save: Callable[[Session, AgencyIds, list[int], list[Any]], None]
    """Insert the child rows of records just saved (their new ids, in order)."""
    load: Callable[[Connection, list[int]], dict[int, dict[str, Any]]]
    """Parent ids (meetings or documents) -> {record id: {field: value}}."""
    agency_names: Callable[[Any], Iterable[str]] = lambda record: ()
    """The agency names a record mentions, so one query looks them all up."""


@dataclass(frozen=True, slots=True)
class ShowTable:
    """`show` prints the records as a table of their own, after the meeting's header."""

    title: str
    columns: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class ShowUnderItem:
    """`show` prints each record as a line under the item it names."""

    label: str
    style: str
    describe: Callable[[dict[str, Any]], str]
    """Export dict -> the line's text."""


@dataclass(frozen=True, slots=True)
class ShowGrouped:
    """`show` prints the records as tables, one per value of `group_by` (a plan's priorities)."""

    group_by: str
    ungrouped: str
    """The title of the table of records with no `group_by` value."""
    columns: tuple[str, ...]
    prepare: Callable[[dict[str, Any]], dict[str, Any]] = lambda record: record
    """Export dict -> the row shown."""


Show = ShowTable | ShowUnderItem | ShowGrouped


@dataclass(frozen=True, slots=True)
class RecordType:
    """Everything the store does with one kind of record."""

    name: str
    """Singular: the CSV `record_type`, and `record_type` in record_topics and search_records."""
    key: str
    """Plural: the list on `Extraction`, the export's JSON key and the `search --in` scope."""
    record_class: type
    model: type[Base]
    parent: Parent
    fields: tuple[Field, ...]
    under_item: bool = False
    """True when the record names its item in `item`: stored as `item_key` and linked by `item_id`."""
    tagged: bool = False
    """True when the record carries `topics`, stored in record_topics and exported after its fields."""
    search: Search | None = None
    children: Children | None = None
    show: Show | None = None
    kept: Callable[[Any], Any] | None = None
    """Which stored rows are records to export and show (a condition on the model), when not all are."""

    @property
    def columns(self) -> tuple[str, ...]:
        """The model columns the fields are stored in, in field order."""
        return tuple(name for f in self.fields if (name := f.column_name) is not None)

    @property
    def needs_ids(self) -> bool:
        """Whether saving must read the new rows' ids back (for tags, child rows or item links)."""
        return self.tagged or self.children is not None or self.name == ITEM_TYPE


# --- helpers the entries use -------------------------------------------------------------


def _iso_date(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None


def _unique(names: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(names))


def _save_action_owners(session: Session, agencies: AgencyIds, ids: list[int], actions: list[Any]) -> None:
    rows = [
        {"action_id": action_id, "position": index, "name": owner, "agency_id": agencies.find_id(owner)}
        for action_id, action in zip(ids, actions, strict=True)
        for index, owner in enumerate(action.owners)
    ]
    if rows:
        session.connection().execute(insert(ActionOwner), rows)


def _load_action_owners(connection: Connection, meeting_ids: list[int]) -> dict[int, dict[str, Any]]:
    owners: dict[int, dict[str, Any]] = defaultdict(lambda: {"owners": []})
    for action_id, name in connection.execute(
        select(ActionOwner.action_id, ActionOwner.name)
        .join(Action, Action.id == ActionOwner.action_id)
        .where(Action.meeting_id.in_(meeting_ids))
        .order_by(ActionOwner.action_id, ActionOwner.position)
    ):
        owners[action_id]["owners"].append(name)
    return owners


def _save_plan_agencies(session: Session, agencies: AgencyIds, ids: list[int], plan_actions: list[Any]) -> None:
    rows = [
        {"plan_action_id": plan_action_id, **link}
        for plan_action_id, plan_action in zip(ids, plan_actions, strict=True)
        for link in _plan_agency_links(
            agencies, plan_action.lead_agencies, plan_action.support_agencies, plan_action.canonical_agencies
        )
    ]
    if rows:
        session.connection().execute(insert(PlanActionAgency), rows)


def _plan_agency_links(
    agencies: AgencyIds, lead: list[str], support: list[str], canonical: dict[str, str]
) -> list[dict[str, Any]]:
    """Rows for plan_action_agencies: leads first, then support, each agency once per role."""
    links: list[dict[str, Any]] = []
    seen: set[tuple[str, str]] = set()
    for role, names in (("lead", lead), ("support", support)):
        for name in names:
            key = (role, name.strip())
            if not key[1] or key in seen:
                continue
            seen.add(key)
            links.append({
                "agency_id": agencies.get_id(name), "role": role, "position": len(links),
                "canonical_name": canonical.get(name),
            })
    return links


def _load_plan_agencies(connection: Connection, document_ids: list[int]) -> dict[int, dict[str, Any]]:
    agencies: dict[int, dict[str, Any]] = defaultdict(lambda: {"lead_agencies": [], "support_agencies": []})
    field_of_role = {"lead": "lead_agencies", "support": "support_agencies"}
    for plan_action_id, role, name in connection.execute(
        select(PlanActionAgency.plan_action_id, PlanActionAgency.role, Agency.name)
        .join(Agency, Agency.id == PlanActionAgency.agency_id)
        .join(PlanAction, PlanAction.id == PlanActionAgency.plan_action_id)
        .where(PlanAction.document_id.in_(document_ids))
        .order_by(PlanActionAgency.plan_action_id, PlanActionAgency.position)
    ):
        agencies[plan_action_id][field_of_role[role]].append(name)
    return agencies


VOTE_SIDES = (("voted_for", "for"), ("voted_against", "against"), ("abstained", "abstain"))
"""A vote's named lists: record field, and the side stored in vote_positions (its export key)."""


def _save_vote_positions(session: Session, agencies: AgencyIds, ids: list[int], votes: list[Any]) -> None:
    rows = [
        {"vote_id": vote_id, "position": index, "side": side, "name": name}
        for vote_id, vote in zip(ids, votes, strict=True)
        for index, (side, name) in enumerate(
            (side, name) for field, side in VOTE_SIDES for name in getattr(vote, field)
        )
    ]
    if rows:
        session.connection().execute(insert(VotePosition), rows)


def _load_vote_positions(connection: Connection, meeting_ids: list[int]) -> dict[int, dict[str, Any]]:
    field_of_side = {side: field for field, side in VOTE_SIDES}
    voters: dict[int, dict[str, Any]] = defaultdict(lambda: {field: [] for field, _ in VOTE_SIDES})
    for vote_id, side, name in connection.execute(
        select(VotePosition.vote_id, VotePosition.side, VotePosition.name)
        .join(Vote, Vote.id == VotePosition.vote_id)
        .where(Vote.meeting_id.in_(meeting_ids))
        .order_by(VotePosition.vote_id, VotePosition.position)
    ):
        voters[vote_id][field_of_side[side]].append(name)
    return voters


def _vote_counts(vote: Any) -> dict[str, int | None]:
    return {"for": vote.count_for, "against": vote.count_against, "abstain": vote.count_abstain}


def _describe_vote(vote: dict[str, Any]) -> str:
    counts = vote.get("counts") or {}
    stated = ", ".join(f"{side} {counts[side]}" for side in ("for", "against", "abstain") if counts.get(side) is not None)
    movers = " / ".join(name for name in (vote.get("mover"), vote.get("seconder")) if name)
    return " — ".join(part for part in (vote["motion"], f"{vote['result']}" + (f" ({stated})" if stated else ""), movers) if part)


def _describe_action(action: dict[str, Any]) -> str:
    owners = "; ".join(action.get("owners") or []) or action.get("owner_as_written") or "no owner"
    due = f" (due {action['due']})" if action.get("due") else ""
    return f"{action['text']} — {owners}{due}"


def _split_plan_agencies(plan_action: dict[str, Any]) -> dict[str, Any]:
    support = plan_action.get("support_agencies") or []
    # The export's lead_agencies also lists support; the table splits them again.
    return {
        **plan_action,
        "lead": [name for name in plan_action.get("lead_agencies") or [] if name not in support],
        "support": support,
    }


# --- the registry ----------------------------------------------------------------------------

RECORD_TYPES: tuple[RecordType, ...] = (
    RecordType(
        name="attendee",
        key="attendees",
        record_class=records.Attendee,
        model=Attendance,
        parent="meeting",
        fields=(
            Field("name"), Field("surname"), Field("title"), Field("role"), Field("organisation"),
            Field("status"),
        ),
        show=ShowTable("Attendees", ("name", "title", "role", "organisation", "status")),
    ),
    RecordType(
        name="apology",
        key="apologies",
        record_class=records.Apology,
        model=Apology,
        parent="meeting",
        fields=(Field("name"), Field("surname"), Field("title"), Field("organisation")),
        show=ShowTable("Apologies", ("name", "title", "organisation")),
    ),
    RecordType(
        name=ITEM_TYPE,
        key="items",
        record_class=records.AgendaItem,
        model=AgendaItem,
        parent="meeting",
        fields=(Field("number"), Field("title"), Field("private", from_column=bool, csv=False)),
        tagged=True,
        search=Search(
            text=lambda m: func.coalesce(m.number + literal(" "), literal("")) + m.title,
            item=lambda m: m.number,
            listed=4,
        ),
    ),
    RecordType(
        name="resolution",
        key="resolutions",
        record_class=records.Resolution,
        model=Resolution,
        parent="meeting",
        fields=(
            Field("item", column="item_key"), Field("text"),
            Field("proposer", csv=False), Field("seconder", csv=False),
        ),
        under_item=True,
        tagged=True,
        search=Search(text=lambda m: m.text, item=lambda m: m.item_key, listed=1),
        show=ShowUnderItem("  Resolved: ", "green", lambda resolution: resolution["text"]),
    ),
    RecordType(
        name="action",
        key="actions",
        record_class=records.Action,
        model=Action,
        parent="meeting",
        fields=(
            Field("item", column="item_key"), Field("text"), Field("owners", column=None),
            Field("owner_as_written"), Field("due", to_json=lambda action: _iso_date(action.due)),
            Field("status"), Field("sub_item", exported=False, csv=False),
        ),
        under_item=True,
        tagged=True,
        search=Search(
            text=lambda m: m.text + func.coalesce(literal(" (") + m.owner_as_written + literal(")"), literal("")),
            item=lambda m: m.item_key,
            listed=2,
        ),
        children=Children(
            fields=("owners",), save=_save_action_owners, load=_load_action_owners,
            agency_names=lambda action: action.owners,
        ),
        show=ShowUnderItem("  Action: ", "yellow", _describe_action),
    ),
    RecordType(
        name="vote",
        key="votes",
        record_class=records.Vote,
        model=Vote,
        parent="meeting",
        fields=(
            Field("item", column="item_key"), Field("motion"), Field("mover"), Field("seconder"), Field("result"),
            Field("count_for", exported=False), Field("count_against", exported=False),
            Field("count_abstain", exported=False),
            Field("counts", derived=True, to_json=_vote_counts),
            Field("voted_for", column=None, key="for"), Field("voted_against", column=None, key="against"),
            Field("abstained", column=None, key="abstain"),
            Field("resolution", column="resolution_position", csv=False),
        ),
        under_item=True,
        tagged=True,
        search=Search(
            text=lambda m: m.motion + func.coalesce(literal(" (") + m.mover + literal(")"), literal("")),
            item=lambda m: m.item_key,
            listed=3,
        ),
        children=Children(fields=tuple(field for field, _ in VOTE_SIDES), save=_save_vote_positions,
                          load=_load_vote_positions),
        show=ShowUnderItem("  Vote: ", "magenta", _describe_vote),
    ),
    RecordType(
        name="action_update",
        key="action_updates",
        record_class=records.ActionUpdate,
        model=ActionUpdate,
        parent="meeting",
        fields=(
            Field("item", column="item_key"), Field("source", csv=False), Field("text"), Field("ref", csv=False),
            Field("owner", csv=False), Field("status"),
        ),
        under_item=True,
        show=ShowUnderItem("  Update: ", "cyan", lambda update: f"{update['text']} ({update['status']})"),
        # A statement under an item is an update only once linked to an earlier action of the item's title.
        kept=lambda m: or_(m.source != "same_item", m.action_id.is_not(None)),
    ),
    RecordType(
        name="agenda_request",
        key="agenda_requests",
        record_class=records.AgendaRequest,
        model=AgendaRequest,
        parent="meeting",
        fields=(Field("item", column="item_key"), Field("text"), Field("topic", csv=False)),
        under_item=True,
        show=ShowUnderItem("  For a later meeting: ", "cyan", lambda request: request["topic"]),
    ),
    RecordType(
        name="plan_action",
        key="plan_actions",
        record_class=records.PlanAction,
        model=PlanAction,
        parent="document",
        fields=(
            Field("number"), Field("priority"), Field("emerging_issue"), Field("text"),
            # The export shape has one agency list: leads first, then support.
            Field("lead_agencies", column=None,
                  to_json=lambda plan: _unique([*plan.lead_agencies, *plan.support_agencies])),
            Field("support_agencies", column=None),
            Field("measures", to_column=lambda measures: json.dumps(list(measures)),
                  from_column=lambda text: list(json.loads(text or "[]"))),
            Field("canonical_agencies", column=None, exported=False),
        ),
        search=Search(text=lambda m: m.text, item=lambda m: m.number, listed=5),
        children=Children(
            fields=("lead_agencies", "support_agencies", "canonical_agencies"),
            save=_save_plan_agencies, load=_load_plan_agencies,
            agency_names=lambda plan: (*plan.lead_agencies, *plan.support_agencies),
        ),
        show=ShowGrouped(
            "priority", "No priority given", ("number", "emerging_issue", "text", "lead", "support", "measures"),
            prepare=_split_plan_agencies,
        ),
    ),
)

BY_NAME: dict[str, RecordType] = {record_type.name: record_type for record_type in RECORD_TYPES}
BY_KEY: dict[str, RecordType] = {record_type.key: record_type for record_type in RECORD_TYPES}

TAGGED_RECORD_TYPES: tuple[str, ...] = tuple(t.name for t in RECORD_TYPES if t.tagged)
"""The `record_type` values record_topics holds."""

SEARCHED_RECORD_TYPES: tuple[RecordType, ...] = tuple(
    sorted((t for t in RECORD_TYPES if t.search is not None), key=lambda t: t.search.listed if t.search else 0)
)
"""Searchable types in the order `search --in` lists them."""


def export_record(record_type: RecordType, record: Any) -> dict[str, Any]:
    """One record as its export dict: its exported fields, then `topics` if tagged, then `evidence`."""
    exported: dict[str, Any] = {}
    for f in record_type.fields:
        if not f.exported:
            continue
        if f.to_json is not None:
            exported[f.export_key] = f.to_json(record)
        else:
            value = getattr(record, f.name)
            exported[f.export_key] = list(value) if isinstance(value, list) else value
    if record_type.tagged:
        exported["topics"] = list(record.topics)
    exported["evidence"] = evidence_dict(record.evidence)
    return exported


def evidence_dict(evidence: records.Evidence | None) -> dict[str, int] | None:
    """Evidence as the export writes it."""
    if evidence is None:
        return None
    return {"page": evidence.page, "line_start": evidence.line_start, "line_end": evidence.line_end}


def record_fields(record_class: type) -> tuple[str, ...]:
    """The field names of a record dataclass."""
    return tuple(f.name for f in dataclasses.fields(record_class))


__all__ = [
    "BY_KEY",
    "BY_NAME",
    "ITEM_TYPE",
    "RECORD_TYPES",
    "SEARCHED_RECORD_TYPES",
    "TAGGED_RECORD_TYPES",
    "Children",
    "Field",
    "RecordType",
    "Search",
    "ShowGrouped",
    "ShowTable",
    "ShowUnderItem",
    "export_record",
]
