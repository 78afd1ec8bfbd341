"""People: everyone named, and one person over time with why each mention is theirs.

Linking mentions to people is write-side work in `store/people.py`; these
only read what it wrote.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from sqlalchemy import Result, func, select
from sqlalchemy.orm import Session

from ...models import ActionOwner, Apology, Attendance, Body, Document, Meeting, Person, PersonLink
from ...errors import NotFound
from ..owners import OwnerMatch, resolve_owner
from ..people import find_group_ids, resolve_person
from .actions import read_actions
from .votes import person_votes

if TYPE_CHECKING:
    from ..database import SessionSource


@dataclass(slots=True)
class PersonSummary:
    """One person with counts, for `minutebook people`."""

    id: int
    name: str
    title: str | None
    meetings: int
    apologies: int
    actions: int
    first_seen: dt.date | None
    last_seen: dt.date | None
    spellings: list[str] = field(default_factory=list)


@dataclass(slots=True)
class PersonRecord:
    """Everything known of one person, over time, for `minutebook person NAME`."""

    id: int
    name: str
    title: str | None
    spellings: list[str]
    attended: list[dict]
    apologies: list[dict]
    actions: list[dict]
    links: list[dict]
    merged: list[str]
    votes: list[dict] = field(default_factory=list)
    """How they voted: one dict per named position (see `queries.votes.person_votes`)."""

    def timeline(self) -> list[dict[str, Any]]:
        """One row per attendance, apology, action and vote, oldest first (undated last): what `person` lists."""
        rows = [
            *({"date": row["date"], "what": "attended", "body": row["body"], "detail": row["role"] or row["status"],
               "written_as": row["as_written"], "file": row["file"], "page": row["page"]} for row in self.attended),
            *({"date": row["date"], "what": "apologies", "body": row["body"], "detail": None,
               "written_as": row["as_written"], "file": row["file"], "page": row["page"]} for row in self.apologies),
            *({"date": row["date"], "what": "action", "body": row["body"],
               "detail": row["text"] + (f" (due {row['due']})" if row["due"] else ""),
               "written_as": row["as_written"], "file": row["file"], "page": row["page"]} for row in self.actions),
            *({"date": row["date"], "what": f"voted {row['side']}" if row["side"] != "abstained" else "abstained",
               "body": row["body"], "detail": f"{row['motion']} ({row['result']})",
               "written_as": row["as_written"], "file": row["file"], "page": row["page"]} for row in self.votes),
        ]
        rows.sort(key=lambda row: (row["date"] is None, row["date"] or "", row["file"]))
        return rows


def list_people(store: "SessionSource") -> list[PersonSummary]:
    """Every person (merged ones folded in) with meetings attended, apologies and actions, most active first."""
    with store.session() as session:
        canonical = func.coalesce(Person.merged_into_id, Person.id)
        people = {
            row.id: PersonSummary(row.id, row.name, row.title, 0, 0, 0, None, None)
            for row in session.execute(
                select(Person.id, Person.name, Person.title).where(Person.merged_into_id.is_(None))
            )
        }
        for model, attribute in ((Attendance, "meetings"), (Apology, "apologies")):
            rows = session.execute(
                select(canonical, func.count(func.distinct(model.meeting_id)), func.min(Meeting.date), func.max(Meeting.date))
                .join(Person, Person.id == model.person_id)
                .join(Meeting, Meeting.id == model.meeting_id)
                .group_by(canonical)
            )
            for person_id, count, first, last in rows:
                summary = people.get(person_id)
                if summary is None:
                    continue
                setattr(summary, attribute, count)
                summary.first_seen = _earliest(summary.first_seen, first)
                summary.last_seen = _latest(summary.last_seen, last)
        action_counts = session.execute(
            select(canonical, func.count(func.distinct(ActionOwner.action_id)))
            .join(Person, Person.id == ActionOwner.person_id)
            .group_by(canonical)
        )
        for person_id, count in action_counts:
            if person_id in people:
                people[person_id].actions = count
        spellings = session.execute(
            select(func.coalesce(Person.merged_into_id, Person.id), PersonLink.mention)
            .join(Person, Person.id == PersonLink.person_id)
            .distinct()
        )
        for person_id, mention in spellings:
            if person_id in people and mention not in people[person_id].spellings:
                people[person_id].spellings.append(mention)
    return sorted(
        people.values(),
        key=lambda p: (-(p.meetings + p.apologies + p.actions), p.name.casefold()),
    )


def find_person(session: Session, name: str | int) -> Person:
    """The person `name` means, found as `person NAME` promises: by id or name, then under a name
    merged into someone else (answering with who it was merged into), then by initials or a title
    and surname as `actions --owner` reads them. Raises NotFound naming what was typed."""
    try:
        return resolve_person(session, name)
    except NotFound as err:
        not_found = err
    try:
        return _merged_root(session, resolve_person(session, name, include_merged=True))
    except NotFound:
        pass
    if isinstance(name, str):
        people = [session.get(Person, pid) for pid in resolve_owner(session, name).person_ids]
        roots = {_merged_root(session, person).id: person for person in people if person is not None}
        if len(roots) == 1:
            return _merged_root(session, next(iter(roots.values())))
    raise not_found


def _merged_root(session: Session, person: Person) -> Person:
    """The person `person` was merged into (following merges), or `person` itself."""
    seen = {person.id}
    while person.merged_into_id is not None and person.merged_into_id not in seen:
        merged_into = session.get(Person, person.merged_into_id)
        if merged_into is None:
            break
        person = merged_into
        seen.add(person.id)
    return person


def get_person(store: "SessionSource", name: str | int) -> PersonRecord:
    """One person (found by id, exact or fuzzy name) with meetings, apologies and actions over time."""
    with store.session() as session:
        person = find_person(session, name)
        ids = find_group_ids(session, person.id)
        attended = _dicts(session.execute(
            select(
                Meeting.date.label("date"), Body.name.label("body"), Attendance.name.label("as_written"),
                Attendance.role.label("role"), Attendance.status.label("status"),
                Document.file_name.label("file"), Attendance.page.label("page"),
            )
            .join(Meeting, Meeting.id == Attendance.meeting_id)
            .join(Document, Document.id == Meeting.document_id)
            .outerjoin(Body, Body.id == Meeting.body_id)
            .where(Attendance.person_id.in_(ids))
            .order_by(Meeting.date, Document.file_name)
        ))
        apologies = _dicts(session.execute(
            select(
                Meeting.date.label("date"), Body.name.label("body"), Apology.name.label("as_written"),
                Document.file_name.label("file"), Apology.page.label("page"),
            )
            .join(Meeting, Meeting.id == Apology.meeting_id)
            .join(Document, Document.id == Meeting.document_id)
            .outerjoin(Body, Body.id == Meeting.body_id)
            .where(Apology.person_id.in_(ids))
            .order_by(Meeting.date, Document.file_name)
        ))
        # The same path as `actions --owner`, with the person already found.
        owned = read_actions(session, OwnerMatch(query=person.name, person_ids=frozenset(ids)))
        actions = [
            {"date": row.date, "body": row.body, "item": row.item, "text": row.text, "as_written": row.owner,
             "due": row.due, "file": row.file, "page": row.page}
            for row in owned
        ]
        # One row per spelling and reason (with how often), not per mention.
        links = _dicts(session.execute(
            select(
                PersonLink.mention, PersonLink.record_type, PersonLink.reason,
                func.min(PersonLink.score).label("score"), func.count().label("times"),
            )
            .where(PersonLink.person_id.in_(ids))
            .group_by(PersonLink.mention, PersonLink.record_type, PersonLink.reason)
            .order_by(func.count().desc(), PersonLink.mention)
        ))
        merged = list(session.scalars(select(Person.name).where(Person.merged_into_id == person.id)))
        spellings = list(dict.fromkeys(link["mention"] for link in links))
        votes = person_votes(session, ids)
        return PersonRecord(person.id, person.name, person.title, spellings, attended, apologies, actions, links, merged,
                            votes)


def _dicts(result: Result[Any]) -> list[dict[str, Any]]:
    """Rows as dicts, the keys looked up once per result rather than once per row."""
    keys = list(result.keys())
    return [dict(zip(keys, row)) for row in result]


def _earliest(a: dt.date | None, b: dt.date | None) -> dt.date | None:
    return min((d for d in (a, b) if d is not None), default=None)


def _latest(a: dt.date | None, b: dt.date | None) -> dt.date | None:
    return max((d for d in (a, b) if d is not None), default=None)
