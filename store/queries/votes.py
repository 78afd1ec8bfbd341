"""Votes: motions put to a vote, by person, item, topic, body, dates and result."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from ...models import AgendaItem, Body, Document, Meeting, RecordTopic, Vote, VotePosition
from ..owners import matches_owner, resolve_owner
from .filters import filter_body_and_dates

if TYPE_CHECKING:
    from ..database import Store

VOTE_RESULTS = ("carried", "lost", "tied", "withdrawn")
SIDE_WORDS = {"for": "for", "against": "against", "abstain": "abstained"}
"""How a side reads in a person's row ("voted for", "voted against", "abstained")."""


@dataclass(slots=True)
class VoteRow:
    """One vote as `minutebook votes` lists it."""

    vote_id: int
    date: dt.date | None
    body: str | None
    item: str | None
    item_title: str | None
    motion: str
    mover: str | None
    seconder: str | None
    result: str
    counts: str | None
    """The stated counts, "for 45; against 12; abstain 3", or None."""
    voted_for: list[str] = field(default_factory=list)
    voted_against: list[str] = field(default_factory=list)
    abstained: list[str] = field(default_factory=list)
    topics: list[str] = field(default_factory=list)
    position: str | None = None
    """With a person asked for: how they took part ("for", "against", "abstained", "moved", "seconded")."""
    file: str = ""
    page: int | None = None


def list_votes(
    store: "Store",
    *,
    person: str | None = None,
    item: str | None = None,
    topic: str | None = None,
    body: str | None = None,
    date_from: dt.date | None = None,
    date_to: dt.date | None = None,
    result: str | None = None,
    limit: int | None = None,
) -> list[VoteRow]:
    """Votes, oldest meeting first, narrowed by the filters given.

    `person` keeps the votes the person took part in (named on a side, or as
    mover or seconder), found as forgivingly as `actions --owner`; `item` is
    an item number, or words of its title or of the motion; `topic` a topic
    tag as stored (resolve aliases first with `resolve_topic`).
    """
    with store.session() as session:
        rows = _read_votes(session, item=item, topic=topic, body=body, date_from=date_from,
                           date_to=date_to, result=result)
        _add_voters_and_topics(session, rows)
        if person is not None:
            rows = _took_part(session, rows, person)
    return rows[:limit] if limit else rows


def _read_votes(
    session: Session,
    *,
    item: str | None,
    topic: str | None,
    body: str | None,
    date_from: dt.date | None,
    date_to: dt.date | None,
    result: str | None,
) -> list[VoteRow]:
    query = (
        select(Vote.id, Meeting.date, Body.name, Vote.item_key, AgendaItem.title, Vote.motion, Vote.mover,
               Vote.seconder, Vote.result, Vote.count_for, Vote.count_against, Vote.count_abstain,
               Document.file_name, Vote.page)
        .join(Meeting, Meeting.id == Vote.meeting_id)
        .join(Document, Document.id == Meeting.document_id)
        .outerjoin(Body, Body.id == Meeting.body_id)
        .outerjoin(AgendaItem, AgendaItem.id == Vote.item_id)
    )
    query = filter_body_and_dates(query, body=body, date_from=date_from, date_to=date_to)
    if result:
        query = query.where(Vote.result == result.strip().lower())
    if item:
        wanted = item.strip()
        query = query.where(or_(
            func.lower(Vote.item_key) == wanted.lower(),
            *(column.icontains(word, autoescape=True) for column in (AgendaItem.title, Vote.item_key, Vote.motion)
              for word in [wanted]),
        ))
    if topic:
        tagged = select(RecordTopic.record_id).where(
            RecordTopic.record_type == "vote", func.lower(RecordTopic.topic) == topic.strip().lower()
        )
        query = query.where(Vote.id.in_(tagged))
    query = query.order_by(Meeting.date, Document.file_name, Vote.position)
    return [
        VoteRow(
            vote_id=row[0], date=row[1], body=row[2], item=row[3], item_title=row[4], motion=row[5], mover=row[6],
            seconder=row[7], result=row[8], counts=_counts(row[9], row[10], row[11]), file=row[12], page=row[13],
        )
        for row in session.execute(query)
    ]


def _counts(count_for: int | None, against: int | None, abstain: int | None) -> str | None:
    stated = [f"{side} {number}" for side, number in (("for", count_for), ("against", against), ("abstain", abstain))
              if number is not None]
    return "; ".join(stated) or None


_CHUNK = 500


def _add_voters_and_topics(session: Session, rows: list[VoteRow]) -> None:
    by_id = {row.vote_id: row for row in rows}
    ids = list(by_id)
    attribute = {"for": "voted_for", "against": "voted_against", "abstain": "abstained"}
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start:start + _CHUNK]
        for vote_id, side, name in session.execute(
            select(VotePosition.vote_id, VotePosition.side, VotePosition.name)
            .where(VotePosition.vote_id.in_(chunk))
            .order_by(VotePosition.vote_id, VotePosition.position)
        ):
            getattr(by_id[vote_id], attribute[side]).append(name)
        for vote_id, topic in session.execute(
            select(RecordTopic.record_id, RecordTopic.topic)
            .where(RecordTopic.record_type == "vote", RecordTopic.record_id.in_(chunk))
            .order_by(RecordTopic.id)
        ):
            by_id[vote_id].topics.append(topic)


def _took_part(session: Session, rows: list[VoteRow], person: str) -> list[VoteRow]:
    """The rows `person` voted on, moved or seconded, each with `position` set."""
    people = resolve_owner(session, person).person_ids
    positions: dict[int, list[tuple[str, str, int | None]]] = defaultdict(list)
    ids = [row.vote_id for row in rows]
    for start in range(0, len(ids), _CHUNK):
        for vote_id, side, name, person_id in session.execute(
            select(VotePosition.vote_id, VotePosition.side, VotePosition.name, VotePosition.person_id)
            .where(VotePosition.vote_id.in_(ids[start:start + _CHUNK]))
        ):
            positions[vote_id].append((side, name, person_id))
    kept: list[VoteRow] = []
    for row in rows:
        taken = [
            SIDE_WORDS[side]
            for side, name, person_id in positions.get(row.vote_id, [])
            if _names_voter(person, people, name, person_id)
        ]
        taken += [role for role, name in (("moved", row.mover), ("seconded", row.seconder))
                  if name and matches_owner(person, [name])]
        if taken:
            row.position = ", ".join(dict.fromkeys(taken))
            kept.append(row)
    return kept


def _names_voter(query: str, people: frozenset[int], name: str, person_id: int | None) -> bool:
    """A voter linked to a person answers through that person only; an unlinked one by its name."""
    return person_id in people if person_id is not None else matches_owner(query, [name])


def person_votes(session: Session, person_ids: list[int]) -> list[dict[str, Any]]:
    """How the people of `person_ids` voted, one dict per named position, for `person NAME`."""
    return [
        {"date": date, "body": body, "item": item, "motion": motion, "result": result,
         "side": SIDE_WORDS[side], "as_written": name, "file": file_name, "page": page}
        for date, body, item, motion, result, side, name, file_name, page in session.execute(
            select(Meeting.date, Body.name, Vote.item_key, Vote.motion, Vote.result, VotePosition.side,
                   VotePosition.name, Document.file_name, Vote.page)
            .join(Vote, Vote.id == VotePosition.vote_id)
            .join(Meeting, Meeting.id == Vote.meeting_id)
            .join(Document, Document.id == Meeting.document_id)
            .outerjoin(Body, Body.id == Meeting.body_id)
            .where(VotePosition.person_id.in_(person_ids))
            .order_by(Meeting.date, Document.file_name, Vote.position)
        )
    ]
