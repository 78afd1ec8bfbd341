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
from ..models import Body, Document, Meeting, RecordTopic
from ..safetext import make_csv_cell
from .registry import RECORD_TYPES, Field, RecordType, evidence_dict, export_record

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
    for type_name, record_id, topic in connection.execute(
        select(RecordTopic.record_type, RecordTopic.record_id, RecordTopic.topic)
        .where(RecordTopic.document_id.in_(list(loaded)))
        .order_by(RecordTopic.id)
    ):
        topics[(type_name, record_id)].append(topic)

    by_document = {document_id: stored.extraction for document_id, stored in loaded.items()}
    extractions_by_parent = {"meeting": by_meeting, "document": by_document}
    for record_type in RECORD_TYPES:
        extractions = extractions_by_parent[record_type.parent]
        parent_ids = list(extractions)
        if not parent_ids:
            continue
        children = record_type.children.load(connection, parent_ids) if record_type.children else {}
        for parent_id, record_id, *values, page, line_start, line_end in _rows(
            connection, record_type, parent_ids
        ):
            fields = {
                field.name: field.from_column(value) if field.from_column is not None else value
                for field, value in zip(_stored_fields(record_type), values, strict=True)
            }
            fields.update(children.get(record_id, {}))
            if record_type.tagged:
                fields["topics"] = topics.get((record_type.name, record_id), [])
            record = record_type.record_class(**fields, evidence=_evidence_of(page, line_start, line_end))
            getattr(extractions[parent_id], record_type.key).append(record)


def _stored_fields(record_type: RecordType) -> list[Field]:
    return [field for field in record_type.fields if field.column_name is not None]


def _rows(connection: Connection, record_type: RecordType, parent_ids: list[int]) -> Iterator[Any]:
    """(parent id, id, *stored field columns, page, line_start, line_end) of records, in document order."""
    model: Any = record_type.model
    parent = getattr(model, f"{record_type.parent}_id")
    columns = [getattr(model, name) for name in record_type.columns]
    return iter(
        connection.execute(
            select(parent, model.id, *columns, model.page, model.line_start, model.line_end)
            .where(parent.in_(parent_ids), *([record_type.kept(model)] if record_type.kept else []))
            .order_by(parent, model.position)
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
        # The meeting's records, then when it meets next, then the document's own records.
        **_export_lists(extraction, "meeting"),
        "next_meeting": _iso_date(meeting.next_meeting),
        **_export_lists(extraction, "document"),
        "evidence": evidence_dict(meeting.evidence),
    }


def _export_lists(extraction: records.Extraction, parent: str) -> dict[str, list[dict[str, Any]]]:
    """The export lists of the record types kept under `parent`, in registry order."""
    return {
        record_type.key: [export_record(record_type, record) for record in getattr(extraction, record_type.key)]
        for record_type in RECORD_TYPES
        if record_type.parent == parent
    }


def _evidence_of(page: int | None, line_start: int | None, line_end: int | None) -> records.Evidence | None:
    if page is None and line_start is None:
        return None
    return records.Evidence(page=page or 0, line_start=line_start or 0, line_end=line_end or line_start or 0)


def _iso_date(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None


def _clock(value: dt.time | None) -> str | None:
    return value.strftime("%H:%M") if value else None


# The CSV export has one row per record; `record_type` says which kind, and
# each kind fills the columns that apply to it: first the columns that say
# which record a row is, then the records' own fields (every record type's
# CSV fields, in registry order), then the document's, then the evidence.
_CSV_LEADING_COLUMNS = ("file", "kind", "body", "meeting_date", "record_type", "position", "item", "number", "title")
_CSV_DOCUMENT_COLUMNS = ("start_time", "end_time", "venue", "next_meeting")
_CSV_EVIDENCE_COLUMNS = ("page", "line_start", "line_end")


def csv_fields(record_type: RecordType) -> list[str]:
    """The export keys of `record_type` that its CSV rows fill (evidence aside)."""
    names = [f.export_key for f in record_type.fields if f.exported and f.csv]
    return [*names, "topics"] if record_type.tagged else names


def _csv_columns() -> tuple[str, ...]:
    fields = [name for record_type in RECORD_TYPES for name in csv_fields(record_type) if name != "topics"]
    record_columns = [name for name in dict.fromkeys(fields) if name not in _CSV_LEADING_COLUMNS]
    tags = ["topics"] if any(record_type.tagged for record_type in RECORD_TYPES) else []
    return (*_CSV_LEADING_COLUMNS, *record_columns, *tags, *_CSV_DOCUMENT_COLUMNS, *_CSV_EVIDENCE_COLUMNS)


CSV_COLUMNS = _csv_columns()


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
        for record_type in RECORD_TYPES:
            for position, record in enumerate(document.get(record_type.key, []), start=1):
                row = {**shared, "record_type": record_type.name, "position": position}
                row.update({name: record[name] for name in csv_fields(record_type) if name in record})
                row.update(record.get("evidence") or {})
                yield row


def write_export(documents: Iterable[dict[str, Any]], stream: IO[str], *, export_format: str, raw: bool = False) -> int:
    """Stream documents as "json", "jsonl" or "csv" to `stream`; return how many were written.

    "json" writes one object when there is exactly one document, else an
    array, as the export shape describes. CSV cells have control characters
    escaped and a leading = + - @ neutralised (`safetext.make_csv_cell`)
    unless `raw`.
    """
    if export_format == "csv":
        writer = csv.DictWriter(stream, fieldnames=CSV_COLUMNS, extrasaction="ignore", lineterminator="\n")
        writer.writeheader()
        count = 0
        for document in documents:
            count += 1
            writer.writerows(_csv_cells(row, raw=raw) for row in iter_record_rows([document]))
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


def _csv_cells(row: dict[str, Any], *, raw: bool = False) -> dict[str, Any]:
    """Lists joined with "; " so every cell is one text value (a vote's counts as "for 45; against 12");
    text made safe for a spreadsheet unless `raw`."""
    cells = {key: _csv_cell(value) for key, value in row.items()}
    if raw:
        return cells
    return {key: make_csv_cell(value) if isinstance(value, str) else value for key, value in cells.items()}


def _csv_cell(value: Any) -> Any:
    if isinstance(value, list):
        return "; ".join(map(str, value))
    if isinstance(value, dict):
        return "; ".join(f"{key} {number}" for key, number in value.items() if number is not None)
    return value
