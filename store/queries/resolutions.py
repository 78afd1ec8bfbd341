"""Resolutions (and other tagged records), by topic, body and dates."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from sqlalchemy import func, select

from ...models import Body, Document, Meeting, RecordTopic
from ..registry import BY_NAME, TAGGED_RECORD_TYPES
from .filters import filter_body_and_dates

if TYPE_CHECKING:
    from ..database import SessionSource


@dataclass(slots=True)
class TaggedRecord:
    """A resolution or action carrying a topic tag."""

    record_type: str
    record_id: int
    text: str
    topics: list[str]
    date: dt.date | None
    body: str | None
    item: str | None
    file: str
    page: int | None


def list_resolutions(
    store: "SessionSource",
    *,
    topic: str | None = None,
    body: str | None = None,
    date_from: dt.date | None = None,
    date_to: dt.date | None = None,
    limit: int | None = None,
) -> list[TaggedRecord]:
    """Resolutions, optionally only those tagged with `topic`, oldest meeting first."""
    return list_tagged(store, topic, record_type="resolution", body=body, date_from=date_from,
                       date_to=date_to, limit=limit)


def list_tagged(
    store: "SessionSource",
    topic: str | None,
    *,
    record_type: Literal["resolution", "action", "item"] = "resolution",
    body: str | None = None,
    date_from: dt.date | None = None,
    date_to: dt.date | None = None,
    limit: int | None = None,
) -> list[TaggedRecord]:
    """Records of one type tagged with `topic` (any case; None for all), oldest meeting first."""
    if record_type not in TAGGED_RECORD_TYPES:
        raise ValueError(f"{record_type} records are not tagged with topics")
    # Items, resolutions and actions share the columns used below under the
    # same names; typed as Any because their models have no common base that declares them.
    model: Any = BY_NAME[record_type].model
    item = model.number if record_type == "item" else model.item_key
    text_column = model.title if record_type == "item" else model.text
    query = (
        select(model.id, text_column.label("text"), item.label("item"), model.page,
               Meeting.date, Body.name, Document.file_name)
        .join(Meeting, Meeting.id == model.meeting_id)
        .join(Document, Document.id == Meeting.document_id)
        .outerjoin(Body, Body.id == Document.body_id)
    )
    if topic is not None:
        tagged = select(RecordTopic.record_id).where(
            RecordTopic.record_type == record_type, func.lower(RecordTopic.topic) == topic.strip().lower()
        )
        query = query.where(model.id.in_(tagged))
    query = filter_body_and_dates(query, body=body, date_from=date_from, date_to=date_to)
    query = query.order_by(Meeting.date, Document.file_name, model.position)
    if limit:
        query = query.limit(limit)
    with store.session() as session:
        rows = session.execute(query).all()
        topics: dict[int, list[str]] = {}
        ids = [row[0] for row in rows]
        for start in range(0, len(ids), 500):
            for record_id, name in session.execute(
                select(RecordTopic.record_id, RecordTopic.topic)
                .where(RecordTopic.record_type == record_type, RecordTopic.record_id.in_(ids[start:start + 500]))
                .order_by(RecordTopic.id)
            ):
                topics.setdefault(record_id, []).append(name)
    return [
        TaggedRecord(record_type, row[0], row[1], topics.get(row[0], []), row[4], row[5], row[2], row[6], row[3])
        for row in rows
    ]


def resolve_topic(name: str, *, topics_path: str | Path | None = None) -> str:
    """The topic `name` (a topic or one of its aliases, any case) stands for; `name` itself when none does.

    Reads the vocabulary the database was tagged with: `topics_path`, else
    MINUTEBOOK_TOPICS, else the shipped one.
    """
    # Imported here: the vocabulary's matcher needs spaCy, which no other query loads.
    from ...extract.topics import load_topics

    return load_topics(topics_path).resolve_topic(name) or name
