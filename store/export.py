"""Reading documents back: as typed records, and as the export JSON shape."""

from __future__ import annotations

import csv
import datetime as dt
import itertools
import json
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import IO, TYPE_CHECKING, Any

from sqlalchemy import Connection, or_, select
from sqlalchemy.orm import Session

from ..extract import records
from ..models import (
    Action,
    ActionOwner,
    Agency,
    AgendaItem,
    Apology,
    Attendance,
    Body,
    Document,
    Meeting,
    PlanAction,
    PlanActionAgency,
    RecordTopic,
    Resolution,
)

if TYPE_CHECKING:
    from .database import Store

# Documents are read back this many at a time, so an export streams.
EXPORT_BATCH_SIZE = 50


@dataclass(slots=True)
class StoredDocument:
    """A loaded document's file facts and its records as read back from the database."""

    id: int
    path: str
    file_name: str
    sha256: str | None
    format: str | None
    meeting_id: int | None
    extraction: records.Extraction


def load_extraction(session: Session, document_id: int) -> records.Extraction:
    """The records stored for one loaded document, as the extractors produced them."""
    found = load_documents(session, [document_id])
    if not found:
        raise LookupError(f"no loaded document with id {document_id}")
    return found[0].extraction


def load_documents(session: Session, document_ids: Sequence[int]) -> list[StoredDocument]:
    """Loaded documents with all their records, in the order of `document_ids`.

    One query per table for the whole batch, however many documents it holds;
    ids of documents that are missing or failed are skipped.
    """
    if not document_ids:
        return []
    connection = session.connection()
    loaded: dict[int, StoredDocument] = {}
    by_meeting: dict[int, records.Extraction] = {}
    for row in connection.execute(
        select(
            Document.id, Document.path, Document.file_name, Document.sha256, Document.format,
            Document.kind, Document.title, Document.period, Body.name,
            Meeting.id, Meeting.date, Meeting.start_time, Meeting.end_time, Meeting.venue,
            Meeting.next_meeting, Meeting.page, Meeting.line_start, Meeting.line_end,
        )
        .outerjoin(Body, Body.id == Document.body_id)
        .outerjoin(Meeting, Meeting.document_id == Document.id)
        .where(Document.id.in_(document_ids), Document.status == "loaded")
    ):
        (document_id, path, file_name, sha256, format_, kind, title, period, body,
         meeting_id, date, start_time, end_time, venue, next_meeting, *evidence) = row
        extraction = records.Extraction(
            meeting=records.Meeting(
                kind=kind or "unknown",  # type: ignore[arg-type]  # stored from a Kind
                body=body,
                title=title,
                date=date,
                start_time=start_time,
                end_time=end_time,
                venue=venue,
                next_meeting=next_meeting,
                period=period,
                evidence=_evidence_of(*evidence),
            )
        )
        loaded[document_id] = StoredDocument(document_id, path, file_name, sha256, format_, meeting_id, extraction)
        if meeting_id is not None:
            by_meeting[meeting_id] = extraction
    if loaded:
        _load_records(connection, loaded, by_meeting)
    return [loaded[document_id] for document_id in document_ids if document_id in loaded]


def _load_records(
    connection: Connection, loaded: dict[int, StoredDocument], by_meeting: dict[int, records.Extraction]
) -> None:
    topics: dict[tuple[str, int], list[str]] = defaultdict(list)
    for record_type, record_id, topic in connection.execute(
        select(RecordTopic.record_type, RecordTopic.record_id, RecordTopic.topic)
        .where(RecordTopic.document_id.in_(list(loaded)))
        .order_by(RecordTopic.id)
    ):
        topics[(record_type, record_id)].append(topic)

    meeting_ids = list(by_meeting)
    for meeting_id, *fields, page, line_start, line_end in _rows(
        connection, Attendance, meeting_ids,
        Attendance.name, Attendance.surname, Attendance.title, Attendance.role, Attendance.organisation,
        Attendance.status,
    ):
        name, surname, title, role, organisation, status = fields
        by_meeting[meeting_id].attendees.append(
            records.Attendee(
                name=name, surname=surname, title=title, role=role, organisation=organisation, status=status,
                evidence=_evidence_of(page, line_start, line_end),
            )
        )
    for meeting_id, name, surname, title, organisation, page, line_start, line_end in _rows(
        connection, Apology, meeting_ids, Apology.name, Apology.surname, Apology.title, Apology.organisation
    ):
        by_meeting[meeting_id].apologies.append(
            records.Apology(
                name=name, surname=surname, title=title, organisation=organisation,
                evidence=_evidence_of(page, line_start, line_end),
            )
        )
    for meeting_id, item_id, number, title, private, page, line_start, line_end in _rows(
        connection, AgendaItem, meeting_ids, AgendaItem.id, AgendaItem.number, AgendaItem.title, AgendaItem.private
    ):
        by_meeting[meeting_id].items.append(
            records.AgendaItem(
                number=number, title=title, private=bool(private), topics=topics.get(("item", item_id), []),
                evidence=_evidence_of(page, line_start, line_end),
            )
        )
    for meeting_id, resolution_id, item, text, proposer, seconder, page, line_start, line_end in _rows(
        connection, Resolution, meeting_ids,
        Resolution.id, Resolution.item_key, Resolution.text, Resolution.proposer, Resolution.seconder,
    ):
        by_meeting[meeting_id].resolutions.append(
            records.Resolution(
                item=item, text=text, proposer=proposer, seconder=seconder,
                topics=topics.get(("resolution", resolution_id), []),
                evidence=_evidence_of(page, line_start, line_end),
            )
        )
    owners: dict[int, list[str]] = defaultdict(list)
    if meeting_ids:
        for action_id, name in connection.execute(
            select(ActionOwner.action_id, ActionOwner.name)
            .join(Action, Action.id == ActionOwner.action_id)
            .where(Action.meeting_id.in_(meeting_ids))
            .order_by(ActionOwner.action_id, ActionOwner.position)
        ):
            owners[action_id].append(name)
    for meeting_id, action_id, item, text, owner_as_written, due, page, line_start, line_end in _rows(
        connection, Action, meeting_ids, Action.id, Action.item_key, Action.text, Action.owner_as_written, Action.due
    ):
        by_meeting[meeting_id].actions.append(
            records.Action(
                item=item, text=text, owners=owners.get(action_id, []), owner_as_written=owner_as_written, due=due,
                topics=topics.get(("action", action_id), []), evidence=_evidence_of(page, line_start, line_end),
            )
        )

    agencies: dict[int, dict[str, list[str]]] = defaultdict(lambda: {"lead": [], "support": []})
    for plan_action_id, role, name in connection.execute(
        select(PlanActionAgency.plan_action_id, PlanActionAgency.role, Agency.name)
        .join(Agency, Agency.id == PlanActionAgency.agency_id)
        .join(PlanAction, PlanAction.id == PlanActionAgency.plan_action_id)
        .where(PlanAction.document_id.in_(list(loaded)))
        .order_by(PlanActionAgency.plan_action_id, PlanActionAgency.position)
    ):
        agencies[plan_action_id].setdefault(role, []).append(name)
    for row in connection.execute(
        select(
            PlanAction.document_id, PlanAction.id, PlanAction.number, PlanAction.text, PlanAction.priority,
            PlanAction.emerging_issue, PlanAction.measures, PlanAction.page, PlanAction.line_start,
            PlanAction.line_end,
        )
        .where(PlanAction.document_id.in_(list(loaded)))
        .order_by(PlanAction.document_id, PlanAction.position)
    ):
        document_id, plan_action_id, number, text, priority, emerging_issue, measures, *evidence = row
        links = agencies.get(plan_action_id, {})
        plan_action = records.PlanAction(
            number=number,
            text=text,
            priority=priority,
            emerging_issue=emerging_issue,
            lead_agencies=list(links.get("lead", [])),
            support_agencies=list(links.get("support", [])),
            measures=list(json.loads(measures or "[]")),
            evidence=_evidence_of(*evidence),
        )
        # Plan actions gain topics only if the record type grows that field.
        if hasattr(plan_action, "topics"):
            plan_action.topics = topics.get(("plan_action", plan_action_id), [])  # type: ignore[attr-defined]
        loaded[document_id].extraction.plan_actions.append(plan_action)


def _rows(connection: Connection, model: Any, meeting_ids: list[int], *columns: Any) -> Iterator[Any]:
    """(meeting_id, *columns, page, line_start, line_end) of a meeting's records, in document order."""
    if not meeting_ids:
        return iter(())
    return iter(
        connection.execute(
            select(model.meeting_id, *columns, model.page, model.line_start, model.line_end)
            .where(model.meeting_id.in_(meeting_ids))
            .order_by(model.meeting_id, model.position)
        )
    )


def export_documents(store: "Store", *, paths: Iterable[str] | None = None) -> Iterator[dict[str, Any]]:
    """Yield one export dict per loaded document (see SCHEMA.md), ordered by file name.

    `paths` keeps only documents whose path or file name is listed. Documents
    are read EXPORT_BATCH_SIZE at a time, so memory stays flat on big archives.
    """
    query = select(Document.id).where(Document.status == "loaded")
    if paths is not None:
        wanted = list(paths)
        query = query.where(or_(Document.path.in_(wanted), Document.file_name.in_(wanted)))
    with store.session() as session:
        ids = list(session.scalars(query.order_by(Document.file_name, Document.path)))
    for start in range(0, len(ids), EXPORT_BATCH_SIZE):
        with store.session() as session:
            # A document replaced by a load running meanwhile is simply skipped.
            batch = load_documents(session, ids[start : start + EXPORT_BATCH_SIZE])
        for stored in batch:
            yield build_export(stored)


def build_export(stored: StoredDocument) -> dict[str, Any]:
    """The export dict for one stored document."""
    extraction = stored.extraction
    meeting = extraction.meeting
    return {
        "file": stored.file_name,
        "path": stored.path,
        "sha256": stored.sha256,
        "format": stored.format,
        "kind": meeting.kind,
        "body": meeting.body,
        "title": meeting.title,
        "period": meeting.period,
        "meeting_date": _iso_date(meeting.date),
        "start_time": _clock(meeting.start_time),
        "end_time": _clock(meeting.end_time),
        "venue": meeting.venue,
        "attendees": [
            {
                "name": attendee.name,
                "surname": attendee.surname,
                "title": attendee.title,
                "role": attendee.role,
                "organisation": attendee.organisation,
                "status": attendee.status,
                "evidence": _evidence_dict(attendee.evidence),
            }
            for attendee in extraction.attendees
        ],
        "apologies": [
            {
                "name": apology.name,
                "surname": apology.surname,
                "title": apology.title,
                "organisation": apology.organisation,
                "evidence": _evidence_dict(apology.evidence),
            }
            for apology in extraction.apologies
        ],
        "items": [
            {
                "number": item.number,
                "title": item.title,
                "private": item.private,
                "topics": list(item.topics),
                "evidence": _evidence_dict(item.evidence),
            }
            for item in extraction.items
        ],
        "resolutions": [
            {
                "item": resolution.item,
                "text": resolution.text,
                "proposer": resolution.proposer,
                "seconder": resolution.seconder,
                "topics": list(resolution.topics),
                "evidence": _evidence_dict(resolution.evidence),
            }
            for resolution in extraction.resolutions
        ],
        "actions": [
            {
                "item": action.item,
                "text": action.text,
                "owners": list(action.owners),
                "owner_as_written": action.owner_as_written,
                "due": _iso_date(action.due),
                "topics": list(action.topics),
                "evidence": _evidence_dict(action.evidence),
            }
            for action in extraction.actions
        ],
        "next_meeting": _iso_date(meeting.next_meeting),
        "plan_actions": [
            {
                "number": plan_action.number,
                "priority": plan_action.priority,
                "emerging_issue": plan_action.emerging_issue,
                "text": plan_action.text,
                # The export shape has one agency list: leads first, then support.
                "lead_agencies": _unique([*plan_action.lead_agencies, *plan_action.support_agencies]),
                "support_agencies": list(plan_action.support_agencies),
                "measures": list(plan_action.measures),
                "evidence": _evidence_dict(plan_action.evidence),
            }
            for plan_action in extraction.plan_actions
        ],
        "evidence": _evidence_dict(meeting.evidence),
    }


def _evidence_of(page: int | None, line_start: int | None, line_end: int | None) -> records.Evidence | None:
    if page is None and line_start is None:
        return None
    return records.Evidence(page=page or 0, line_start=line_start or 0, line_end=line_end or line_start or 0)


def _evidence_dict(evidence: records.Evidence | None) -> dict[str, int] | None:
    if evidence is None:
        return None
    return {"page": evidence.page, "line_start": evidence.line_start, "line_end": evidence.line_end}


def _iso_date(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None


def _clock(value: dt.time | None) -> str | None:
    return value.strftime("%H:%M") if value else None


def _unique(names: list[str]) -> list[str]:
    return list(dict.fromkeys(names))


# The CSV export has one row per record; `record_type` says which kind, and
# each kind fills the columns that apply to it.
CSV_COLUMNS = (
    "file",
    "kind",
    "body",
    "meeting_date",
    "record_type",
    "position",
    "item",
    "number",
    "title",
    "name",
    "surname",
    "role",
    "organisation",
    "status",
    "text",
    "owners",
    "owner_as_written",
    "due",
    "priority",
    "emerging_issue",
    "lead_agencies",
    "support_agencies",
    "measures",
    "topics",
    "start_time",
    "end_time",
    "venue",
    "next_meeting",
    "page",
    "line_start",
    "line_end",
)

_RECORD_LISTS = (
    ("attendee", "attendees"),
    ("apology", "apologies"),
    ("item", "items"),
    ("resolution", "resolutions"),
    ("action", "actions"),
    ("plan_action", "plan_actions"),
)


def iter_record_rows(documents: Iterable[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    """Flatten export dicts into one row per record (a "document" row first), keyed by CSV_COLUMNS."""
    for document in documents:
        shared = {
            "file": document["file"],
            "kind": document["kind"],
            "body": document["body"],
            "meeting_date": document["meeting_date"],
        }
        yield {
            **shared,
            "record_type": "document",
            "title": document.get("title"),
            "start_time": document["start_time"],
            "end_time": document["end_time"],
            "venue": document["venue"],
            "next_meeting": document["next_meeting"],
            **(document.get("evidence") or {}),
        }
        for record_type, key in _RECORD_LISTS:
            for position, record in enumerate(document.get(key, []), start=1):
                row = {**shared, "record_type": record_type, "position": position}
                row.update({name: value for name, value in record.items() if name != "evidence"})
                row.update(record.get("evidence") or {})
                yield row


def write_export(documents: Iterable[dict[str, Any]], stream: IO[str], *, export_format: str) -> int:
    """Stream documents as "json", "jsonl" or "csv" to `stream`; return how many were written.

    "json" writes one object when there is exactly one document, else an
    array, as the export shape describes.
    """
    if export_format == "csv":
        writer = csv.DictWriter(stream, fieldnames=CSV_COLUMNS, extrasaction="ignore", lineterminator="\n")
        writer.writeheader()
        count = 0
        for document in documents:
            count += 1
            writer.writerows(_csv_cells(row) for row in iter_record_rows([document]))
        return count
    if export_format == "jsonl":
        count = 0
        for document in documents:
            stream.write(json.dumps(document, ensure_ascii=False) + "\n")
            count += 1
        return count
    if export_format != "json":
        raise ValueError(f"unknown export format {export_format!r}")
    # Hold back the first document until a second shows whether this is an array.
    iterator = iter(documents)
    first = next(iterator, None)
    if first is None:
        stream.write("[]\n")
        return 0
    second = next(iterator, None)
    if second is None:
        stream.write(json.dumps(first, ensure_ascii=False, indent=2) + "\n")
        return 1
    count = 0
    stream.write("[\n")
    for index, document in enumerate(itertools.chain((first, second), iterator)):
        if index:
            stream.write(",\n")
        stream.write(_indent(json.dumps(document, ensure_ascii=False, indent=2)))
        count += 1
    stream.write("\n]\n")
    return count


def _indent(text: str) -> str:
    return "\n".join("  " + line for line in text.splitlines())


def _csv_cells(row: dict[str, Any]) -> dict[str, Any]:
    """Lists joined with "; " so every cell is one text value."""
    return {key: "; ".join(map(str, value)) if isinstance(value, list) else value for key, value in row.items()}
