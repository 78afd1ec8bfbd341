"""The write path: one document's records, and failed loads.

Each function works inside the caller's transaction (`Store` opens one per
call). Saving a document also links its people (`store.people`) and indexes
its text for search (`store.search`) in that same transaction.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any, Literal

from sqlalchemy import delete, insert, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import InstrumentedAttribute, Session

from ..extract.records import AgendaItem as ItemRecord
from ..extract.records import Evidence, Extraction
from ..extract.thin import THIN_KIND
from ..ingest.document import DocumentInfo
from ..models import Agency, Base, Body, Document, LoadError, Meeting, RecordTopic
from .people import forget_document, link_people
from .registry import ITEM_TYPE, RECORD_TYPES, RecordType
from .search import index_document, unindex_document
from .agenda_requests import link_document_requests
from .tracking import link_actions

DocumentState = Literal["new", "unchanged", "changed", "copy"]
WARNING_KINDS = (THIN_KIND,)
"""Kinds of load-error row that warn about a loaded file (listed by `errors`) rather than record a failed read."""


def find_document_state(session: Session, path: str, sha256: str) -> DocumentState:
    """Compare a file with what is stored under its path and its bytes."""
    document = session.scalar(select(Document).where(Document.path == path))
    if document is not None and document.status == "loaded":
        failed_since = session.scalar(
            select(LoadError.id).where(LoadError.path == path, LoadError.kind.not_in(WARNING_KINDS)).limit(1)
        )
        # After a failure the file is read again even if its bytes match,
        # so a success clears the error.
        if document.sha256 == sha256 and failed_since is None:
            return "unchanged"
        return "changed"
    elsewhere = session.scalar(
        select(Document.id)
        .where(
            Document.sha256 == sha256,
            Document.status == "loaded",
            Document.path != path,
        )
        .limit(1)
    )
    return "copy" if elsewhere is not None else "new"


def save_extraction(session: Session, info: DocumentInfo, extraction: Extraction) -> int:
    """Replace whatever is stored for `info.path` with `extraction`; return the document id.

    Run it in one transaction: the old rows, the new ones, the people links
    and the search rows then change together or not at all.
    """
    _delete_document(session, info.path)
    document_id = _insert_extraction(session, info, extraction)
    session.execute(delete(LoadError).where(LoadError.path == info.path))
    link_people(session, document_id)
    index_document(session, document_id)
    link_actions(session, document_id)
    link_document_requests(session, document_id)
    return document_id


def save_failure(
    session: Session,
    *,
    path: str,
    name: str,
    reason: str,
    kind: str,
    sha256: str | None = None,
    format: str | None = None,
) -> None:
    """Record a failed read of `path` (or a warning about it) without touching any loaded document's rows."""
    now = _now()
    document = session.scalar(select(Document).where(Document.path == path))
    if document is None:
        session.add(
            Document(
                path=path,
                file_name=name,
                sha256=sha256,
                format=format,
                status="failed",
                error=reason,
                error_kind=kind,
                loaded_at=now,
            )
        )
    elif document.status == "failed":
        document.file_name = name
        document.sha256 = sha256
        document.format = format
        document.error = reason
        document.error_kind = kind
        document.loaded_at = now
    # A loaded document keeps its records: the failure is logged beside it.
    session.execute(delete(LoadError).where(LoadError.path == path))
    session.add(
        LoadError(
            path=path,
            file_name=name,
            reason=reason,
            kind=kind,
            sha256=sha256,
            format=format,
            at=now,
        )
    )


def _now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)


def _delete_document(session: Session, path: str) -> None:
    """Drop the earlier row for `path`; the database cascades to its records."""
    old_id = session.scalar(select(Document.id).where(Document.path == path))
    if old_id is None:
        return
    unindex_document(session, old_id)
    forget_document(session, old_id)
    session.execute(delete(Document).where(Document.id == old_id))


def _insert_extraction(session: Session, info: DocumentInfo, extraction: Extraction) -> int:
    """Insert one document and its records; rows go in batches, a handful of statements in all."""
    record = extraction.meeting
    body_id = _find_body_id(session, record.body)
    document_id = session.scalars(
        insert(Document).returning(Document.id),
        [
            {
                "path": info.path,
                "file_name": info.name,
                "sha256": info.sha256,
                "format": info.format,
                "kind": record.kind,
                "pages": info.pages,
                "status": "loaded",
                "title": record.title,
                "period": record.period,
                "body_id": body_id,
                "loaded_at": _now(),
                "warnings": json.dumps(list(info.warnings)) if info.warnings else None,
            }
        ],
    ).one()
    meeting_id = session.scalars(
        insert(Meeting).returning(Meeting.id),
        [
            {
                "document_id": document_id,
                "body_id": body_id,
                "date": record.date,
                "start_time": record.start_time,
                "end_time": record.end_time,
                "venue": record.venue,
                "next_meeting": record.next_meeting,
                **_evidence(record.evidence),
            }
        ],
    ).one()

    parents = {"meeting": meeting_id, "document": document_id}
    agencies = _AgencyCache(
        session,
        [
            name
            for record_type in RECORD_TYPES
            if record_type.children is not None
            for record in getattr(extraction, record_type.key)
            for name in record_type.children.agency_names(record)
        ],
    )
    find_item: Callable[[str | None, Evidence | None], int | None] = _no_item
    tagged: list[tuple[str, Sequence[int], Sequence[Any]]] = []
    for record_type in RECORD_TYPES:
        found = getattr(extraction, record_type.key)
        rows = [
            _record_row(record_type, record, position, parents, find_item)
            for position, record in enumerate(found)
        ]
        if not record_type.needs_ids:
            _insert_rows(session, record_type.model, rows)
            continue
        parent = getattr(record_type.model, f"{record_type.parent}_id")
        ids = _insert_positioned(session, record_type.model, parent, rows)
        if record_type.name == ITEM_TYPE:
            find_item = _item_finder(found, ids)
        if record_type.children is not None:
            record_type.children.save(session, agencies, ids, found)
        if record_type.tagged:
            tagged.append((record_type.name, ids, found))
    _insert_rows(session, RecordTopic, list(_topic_rows(document_id, tagged)))
    return document_id


def _insert_rows(session: Session, model: type[Base], rows: list[dict[str, Any]]) -> None:
    """Insert `rows` in one executemany, through Core: no ORM objects are needed for them."""
    if rows:
        session.connection().execute(model.__table__.insert(), rows)


def _insert_positioned(
    session: Session, model: type[Base], parent: InstrumentedAttribute[int], rows: list[dict[str, Any]]
) -> list[int]:
    """Insert rows that carry a `position` under one parent; return their new ids in position order.

    Reading the ids back by position is one query, where RETURNING in
    parameter order costs SQLite one statement per row.
    """
    if not rows:
        return []
    _insert_rows(session, model, rows)
    position = model.__table__.c.position
    id_column = model.__table__.c.id
    return list(session.scalars(select(id_column).where(parent == rows[0][parent.key]).order_by(position)))


def _record_row(
    record_type: RecordType,
    record: Any,
    position: int,
    parents: dict[str, int],
    find_item: Callable[[str | None, Evidence | None], int | None],
) -> dict[str, Any]:
    """The row of `record_type.model` for one record: its parent, position, field columns and evidence."""
    row: dict[str, Any] = {f"{record_type.parent}_id": parents[record_type.parent], "position": position}
    if record_type.under_item:
        row["item_id"] = find_item(record.item, record.evidence)
    for field in record_type.fields:
        column = field.column_name
        if column is not None:
            value = getattr(record, field.name)
            row[column] = field.to_column(value) if field.to_column is not None else value
    return {**row, **_evidence(record.evidence)}


def _evidence(evidence: Evidence | None) -> dict[str, int | None]:
    if evidence is None:
        return {"page": None, "line_start": None, "line_end": None}
    return {"page": evidence.page, "line_start": evidence.line_start, "line_end": evidence.line_end}


def _find_body_id(session: Session, name: str | None) -> int | None:
    """The id of the body called `name`, adding it the first time it is seen."""
    if not name or not name.strip():
        return None
    return _get_or_add_named(session, Body, name.strip())


def _get_or_add_named(session: Session, model: type[Body] | type[Agency], name: str) -> int:
    """The id of the row of `model` with this unique name, inserting it if missing.

    The insert runs in a savepoint, so when another process adds the same
    name first, this one reads that row instead of failing its document.
    """
    found = session.scalar(select(model.id).where(model.name == name))
    if found is not None:
        return found
    try:
        with session.begin_nested():
            session.execute(insert(model).values(name=name))
    except IntegrityError:
        pass
    return session.scalars(select(model.id).where(model.name == name)).one()


class _AgencyCache:
    """Agency ids by exact name, read in one query per save and added to as plans name new ones."""

    def __init__(self, session: Session, names: Iterable[str]) -> None:
        self.session = session
        wanted = {name.strip() for name in names if name.strip()}
        self.ids: dict[str, int] = {}
        if wanted:
            found = session.execute(select(Agency.name, Agency.id).where(Agency.name.in_(wanted)))
            self.ids = {name: agency_id for name, agency_id in found}

    def find_id(self, name: str) -> int | None:
        """The id of an existing agency called exactly `name`; action owners never add agencies."""
        return self.ids.get(name.strip())

    def get_id(self, name: str) -> int:
        """The id of the agency called `name`, adding it if it is new."""
        name = name.strip()
        if name not in self.ids:
            self.ids[name] = _get_or_add_named(self.session, Agency, name)
        return self.ids[name]


def _no_item(key: str | None, evidence: Evidence | None) -> int | None:
    """Before the items are saved, no record can name one."""
    return None


def _item_finder(
    records: list[ItemRecord], item_ids: list[int]
) -> Callable[[str | None, Evidence | None], int | None]:
    """Resolve an item key to its row id: the last item with that key printed before the record."""
    by_key: dict[str, list[tuple[int, int]]] = {}
    for record, item_id in zip(records, item_ids, strict=True):
        start = record.evidence.line_start if record.evidence else 0
        by_key.setdefault(record.key, []).append((start, item_id))

    def find(key: str | None, evidence: Evidence | None) -> int | None:
        candidates = by_key.get(key or "")
        if not candidates:
            return None
        if evidence is None:
            return candidates[0][1]
        before = [item_id for start, item_id in candidates if start <= evidence.line_start]
        return before[-1] if before else candidates[0][1]

    return find


def _topic_rows(
    document_id: int, groups: Iterable[tuple[str, Sequence[int], Sequence[Any]]]
) -> Iterator[dict[str, Any]]:
    """A record_topics row per tag on each record; `groups` pairs new row ids with their records."""
    for record_type, ids, records in groups:
        for record_id, record in zip(ids, records, strict=True):
            for topic in dict.fromkeys(getattr(record, "topics", None) or []):
                yield {"document_id": document_id, "record_type": record_type, "record_id": record_id, "topic": topic}
