"""Reading documents back: as typed records, and as the export JSON shape."""

from __future__ import annotations

import csv
import datetime as dt
import itertools
import json
from collections import defaultdict
from collections.abc import Iterable, Iterator
from typing import IO, TYPE_CHECKING, Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session, selectinload

from ..extract import records
from ..models import (
    Action,
    AgendaItem,
    Apology,
    Attendance,
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


def load_extraction(session: Session, document_id: int) -> records.Extraction:
    """The records stored for one loaded document, as the extractors produced them."""
    document = session.get(Document, document_id)
    if document is None or document.status != "loaded":
        raise LookupError(f"no loaded document with id {document_id}")
    meeting = session.scalar(select(Meeting).where(Meeting.document_id == document_id))
    topics = _load_topics(session, document_id)
    extraction = records.Extraction(
        meeting=records.Meeting(
            kind=document.kind or "unknown",  # type: ignore[arg-type]
            body=document.body.name if document.body else None,
            title=document.title,
            date=meeting.date if meeting else None,
            start_time=meeting.start_time if meeting else None,
            end_time=meeting.end_time if meeting else None,
            venue=meeting.venue if meeting else None,
            next_meeting=meeting.next_meeting if meeting else None,
            period=document.period,
            evidence=_evidence_of(meeting) if meeting else None,
        )
    )
    if meeting is not None:
        _load_meeting_records(session, meeting.id, topics, extraction)
    plan_actions = session.scalars(
        select(PlanAction)
        .where(PlanAction.document_id == document_id)
        .options(selectinload(PlanAction.agencies).selectinload(PlanActionAgency.agency))
        .order_by(PlanAction.position)
    )
    for row in plan_actions:
        plan_action = records.PlanAction(
            number=row.number,
            text=row.text,
            priority=row.priority,
            emerging_issue=row.emerging_issue,
            lead_agencies=[link.agency.name for link in row.agencies if link.role == "lead"],
            support_agencies=[link.agency.name for link in row.agencies if link.role == "support"],
            measures=list(json.loads(row.measures or "[]")),
            evidence=_evidence_of(row),
        )
        # Plan actions gain topics only if the record type grows that field.
        if hasattr(plan_action, "topics"):
            plan_action.topics = topics.get(("plan_action", row.id), [])  # type: ignore[attr-defined]
        extraction.plan_actions.append(plan_action)
    return extraction


def export_documents(store: "Store", *, paths: Iterable[str] | None = None) -> Iterator[dict[str, Any]]:
    """Yield one export dict per loaded document (see SCHEMA.md), ordered by file name.

    `paths` keeps only documents whose path or file name is listed.
    """
    query = select(Document.id).where(Document.status == "loaded")
    if paths is not None:
        wanted = list(paths)
        query = query.where(or_(Document.path.in_(wanted), Document.file_name.in_(wanted)))
    with store.session() as session:
        ids = list(session.scalars(query.order_by(Document.file_name, Document.path)))
    for start in range(0, len(ids), EXPORT_BATCH_SIZE):
        with store.session() as session:
            for document_id in ids[start : start + EXPORT_BATCH_SIZE]:
                document = session.get(Document, document_id)
                if document is None or document.status != "loaded":
                    continue  # replaced or removed by a load running meanwhile
                yield build_export(document, load_extraction(session, document_id))


def build_export(document: Document, extraction: records.Extraction) -> dict[str, Any]:
    """The export dict for one document row and its records."""
    meeting = extraction.meeting
    return {
        "file": document.file_name,
        "path": document.path,
        "sha256": document.sha256,
        "format": document.format,
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


def _load_meeting_records(
    session: Session,
    meeting_id: int,
    topics: dict[tuple[str, int], list[str]],
    extraction: records.Extraction,
) -> None:
    for attendance in session.scalars(
        select(Attendance).where(Attendance.meeting_id == meeting_id).order_by(Attendance.position)
    ):
        extraction.attendees.append(
            records.Attendee(
                name=attendance.name,
                surname=attendance.surname,
                title=attendance.title,
                role=attendance.role,
                organisation=attendance.organisation,
                status=attendance.status,  # type: ignore[arg-type]
                evidence=_evidence_of(attendance),
            )
        )
    for apology in session.scalars(
        select(Apology).where(Apology.meeting_id == meeting_id).order_by(Apology.position)
    ):
        extraction.apologies.append(
            records.Apology(
                name=apology.name,
                surname=apology.surname,
                title=apology.title,
                organisation=apology.organisation,
                evidence=_evidence_of(apology),
            )
        )
    for item in session.scalars(
        select(AgendaItem).where(AgendaItem.meeting_id == meeting_id).order_by(AgendaItem.position)
    ):
        extraction.items.append(
            records.AgendaItem(
                number=item.number,
                title=item.title,
                private=item.private,
                topics=topics.get(("item", item.id), []),
                evidence=_evidence_of(item),
            )
        )
    for resolution in session.scalars(
        select(Resolution).where(Resolution.meeting_id == meeting_id).order_by(Resolution.position)
    ):
        extraction.resolutions.append(
            records.Resolution(
                item=resolution.item_key,
                text=resolution.text,
                proposer=resolution.proposer,
                seconder=resolution.seconder,
                topics=topics.get(("resolution", resolution.id), []),
                evidence=_evidence_of(resolution),
            )
        )
    for action in session.scalars(
        select(Action)
        .where(Action.meeting_id == meeting_id)
        .options(selectinload(Action.owners))
        .order_by(Action.position)
    ):
        extraction.actions.append(
            records.Action(
                item=action.item_key,
                text=action.text,
                owners=[owner.name for owner in action.owners],
                owner_as_written=action.owner_as_written,
                due=action.due,
                topics=topics.get(("action", action.id), []),
                evidence=_evidence_of(action),
            )
        )


def _load_topics(session: Session, document_id: int) -> dict[tuple[str, int], list[str]]:
    topics: dict[tuple[str, int], list[str]] = defaultdict(list)
    for record_type, record_id, topic in session.execute(
        select(RecordTopic.record_type, RecordTopic.record_id, RecordTopic.topic)
        .where(RecordTopic.document_id == document_id)
        .order_by(RecordTopic.id)
    ):
        topics[(record_type, record_id)].append(topic)
    return topics


def _evidence_of(row: Any) -> records.Evidence | None:
    if row.page is None and row.line_start is None:
        return None
    return records.Evidence(page=row.page, line_start=row.line_start, line_end=row.line_end)


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
