"""People across meetings: one person behind many spellings, with reasons.

Every attendance, apology and personal action owner is linked to a row in
`people`. A mention joins an existing person only when the evidence supports
it, and each link keeps its reason and score in `person_links`:

- same surname (or a spelling variant at `SURNAME_SPELLING_THRESHOLD`) AND a
  compatible first name: the same name, a spelling variant at
  `GIVEN_NAME_SPELLING_THRESHOLD` with the same first letter, or a matching
  initial ("Ms S Quill" ~ "Sharon Quill"). Two different first names never
  merge, nor do clashing titles ("Mr" / "Mrs").
- a title-only or surname-only mention ("CI Quill", "Mr Cassidy") joins a
  person only when exactly one candidate with that surname is already known
  in the same body.

A user's `merge_people` / `unmerge_person` is kept in `person_overrides`
(mention -> person) and consulted first by `link_people`, so it survives
re-loading the documents. Reading people back (`people`, `person NAME`) is
`store/queries/people.py`.

Names are parsed and compared by `minutebook.names` (`parse_person_name`,
`compare_names`), where the thresholds named above live; this module does
the database work.
"""

from __future__ import annotations

import datetime as dt
import re
import weakref
from dataclasses import dataclass
from functools import lru_cache
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from rapidfuzz import fuzz, process
from sqlalchemy import bindparam, delete, func, insert, select, update
from sqlalchemy.orm import Session, aliased

from ..errors import MinutebookError, NotFound
from ..names import (
    MIN_FUZZY_SURNAME_LENGTH,
    PARSED_NAME_CACHE_SIZE,
    PERSON_LOOKUP_THRESHOLD,
    SURNAME_SPELLING_THRESHOLD,
    compare_names,
    parse_person_name,
)
from ..names import NameParts
from ..models import (
    Action,
    ActionOwner,
    Apology,
    Attendance,
    Meeting,
    Person,
    PersonLink,
    PersonOverride,
    Vote,
    VotePosition,
)

# Core statements on the tables: linking runs a few plain-row statements per
# document, where ORM objects would cost a flush each.
person_links = PersonLink.__table__
person_overrides = PersonOverride.__table__

if TYPE_CHECKING:
    from .database import Store


def normalise_mention(text: str) -> str:
    """The key a mention is compared and overridden by: lower case, single spaces, no dots."""
    return " ".join(re.sub(r"[.,]", " ", text).split()).casefold()


def link_people(session: Session, document_id: int) -> int:
    """Link every attendance, apology, personal action owner and named voter of a document to a person;
    return links made."""
    session.flush()
    # People who lose links here or lost them when an earlier load of this
    # file was deleted are the only ones this save can leave with none.
    unlinked = _take_unlinked(session)
    unlinked.update(_unlink(session, document_id))
    meeting = session.execute(
        select(Meeting.id, Meeting.body_id).where(Meeting.document_id == document_id)
    ).first()
    if meeting is None:
        _delete_orphans(session, unlinked)
        return 0
    resolver = _Resolver(session, body_id=meeting.body_id)
    made = 0
    # Plain rows in, one executemany of person ids out: ORM objects here cost a
    # flush per statement the resolver runs.
    for record_type, model in (("attendance", Attendance), ("apology", Apology)):
        rows = session.execute(
            select(model.id, model.name, model.title, model.surname)
            .where(model.meeting_id == meeting.id)
            .order_by(model.position)
        ).all()
        made += _link_rows(session, resolver, document_id, record_type, model, rows, parts=True)
    owners = session.execute(
        select(ActionOwner.id, ActionOwner.name)
        .join(Action, Action.id == ActionOwner.action_id)
        .where(Action.meeting_id == meeting.id, ActionOwner.agency_id.is_(None))
        .order_by(Action.position, ActionOwner.position)
    ).all()
    made += _link_rows(session, resolver, document_id, "action_owner", ActionOwner, owners)
    voters = session.execute(
        select(VotePosition.id, VotePosition.name)
        .join(Vote, Vote.id == VotePosition.vote_id)
        .where(Vote.meeting_id == meeting.id)
        .order_by(Vote.position, VotePosition.position)
    ).all()
    made += _link_rows(session, resolver, document_id, "vote_position", VotePosition, voters)
    resolver.save_links()
    session.flush()
    _delete_orphans(session, unlinked)
    return made


_UNLINKED_KEY = "minutebook.people.unlinked"
"""Session.info key: ids of people whose links a deletion in this transaction removed."""


def forget_document(session: Session, document_id: int) -> None:
    """Remove a document's person links before the document itself is deleted.

    The people keep their rows until the next `link_people` in the same
    transaction: a re-loaded file links its mentions to the same people again,
    and only those left with no links at all are then deleted.
    """
    session.info.setdefault(_UNLINKED_KEY, set()).update(_unlink(session, document_id))


def _unlink(session: Session, document_id: int) -> set[int]:
    removed = session.execute(
        delete(person_links).where(person_links.c.document_id == document_id).returning(person_links.c.person_id)
    )
    return set(removed.scalars())


def _take_unlinked(session: Session) -> set[int]:
    return session.info.pop(_UNLINKED_KEY, set())


def _link_rows(
    session: Session,
    resolver: "_Resolver",
    document_id: int,
    record_type: str,
    model: type[Attendance] | type[Apology] | type[ActionOwner] | type[VotePosition],
    rows: Sequence[Any],
    *,
    parts: bool = False,
) -> int:
    """Resolve each row's name (with its stored title and surname when `parts`) to a person and store the person ids;
    return how many rows were linked."""
    links: list[dict[str, int | None]] = []
    for row in rows:
        name = parse_person_name(row.name, title=row.title, surname=row.surname) if parts else parse_person_name(row.name)
        links.append({"record_id": row.id, "person_id": resolver.resolve(row.name, name, document_id, record_type, row.id)})
    _set_person_ids(session, model, links)
    return sum(link["person_id"] is not None for link in links)


def _set_person_ids(
    session: Session,
    model: type[Attendance] | type[Apology] | type[ActionOwner] | type[VotePosition],
    links: list[dict[str, int | None]],
) -> None:
    """Set person_id on rows of `model` from {"record_id", "person_id"} pairs, in one executemany."""
    if not links:
        return
    table = model.__table__
    session.connection().execute(
        table.update().where(table.c.id == bindparam("record_id")).values(person_id=bindparam("person_id")),
        links,
    )


def _delete_orphans(session: Session, candidates: set[int]) -> None:
    """Drop those of `candidates` nothing refers to any more (their documents were re-saved or deleted).

    Only people who lost links can have become orphans, so only they are
    checked: a load of thousands of new files never scans the people table.
    """
    if not candidates:
        return
    other = aliased(Person)
    linked = select(person_links.c.id).where(person_links.c.person_id == Person.id).exists()
    pinned = select(person_overrides.c.id).where(person_overrides.c.person_id == Person.id).exists()
    merged_in = select(other.id).where(other.merged_into_id == Person.id).exists()
    session.execute(
        delete(Person)
        .where(Person.id.in_(sorted(candidates)), ~linked, ~pinned, ~merged_in, Person.merged_into_id.is_(None))
        .execution_options(synchronize_session=False)
    )


def merge_people(store: "Store", keep: str | int, other: str | int) -> tuple[str, str]:
    """Merge person `other` into `keep` (both named or numbered); return both display names."""
    with store.session(write=True) as session:
        kept = resolve_person(session, keep)
        merged = resolve_person(session, other)
        if kept.id == merged.id:
            raise MinutebookError(f"{kept.name!r} and {merged.name!r} are already the same person")
        now = dt.datetime.now(dt.timezone.utc)
        # Pin every spelling seen for the merged person to it, so a re-load
        # that re-links those mentions lands on it and so follows the merge.
        for key in _mention_keys(session, find_group_ids(session, merged.id)):
            _pin(session, key, merged.id, "merge", now)
        session.execute(
            update(Person).where(Person.merged_into_id == merged.id).values(merged_into_id=kept.id)
        )
        merged.merged_into_id = kept.id
        return kept.name, merged.name


def unmerge_person(store: "Store", name: str | int) -> list[str]:
    """Undo merges into a person, or split a spelling out of one; return the names now separate."""
    with store.session(write=True) as session:
        person = resolve_person(session, name, include_merged=True)
        if person.merged_into_id is not None:
            # Naming a merged person undoes just that merge.
            person.merged_into_id = None
            return [person.name]
        merged = session.scalars(select(Person).where(Person.merged_into_id == person.id)).all()
        if merged:
            for row in merged:
                row.merged_into_id = None
            return [row.name for row in merged]
        return [_split_spelling(session, person, name)]


class _Resolver:
    """Links the mentions of one document, keeping new people visible to later mentions."""

    def __init__(self, session: Session, *, body_id: int | None) -> None:
        self.session = session
        self.overrides: dict[str, int] = {}
        split_targets: set[int] = set()
        for key, person_id, kind in session.execute(
            select(person_overrides.c.mention_key, person_overrides.c.person_id, person_overrides.c.kind)
        ):
            self.overrides[key] = person_id
            if kind == "split":
                split_targets.add(person_id)
        self.people: dict[int, NameParts] = {}
        self.by_surname: dict[str, set[int]] = {}
        rows = session.execute(
            select(Person.id, Person.name, Person.title, Person.surname).where(Person.merged_into_id.is_(None))
        )
        for person_id, name, title, surname in rows:
            if person_id in split_targets:
                continue  # a user split: only its pinned mentions may reach it
            parsed = _parse_stored_name(name, title, surname)
            if parsed is not None:
                self._remember(person_id, parsed)
        self.body_filter = Meeting.body_id.is_(None) if body_id is None else Meeting.body_id == body_id
        self.body_known: dict[int, bool] = {}
        """Whether a person has been seen in this body, looked up only for the candidates of a mention:
        the whole body's people would be a query that grows with the archive, once per document."""
        self.in_document: set[int] = set()
        self.links: list[dict[str, object]] = []
        """person_links rows made so far, written in one statement by `save_links`."""

    def resolve(
        self, mention: str, name: NameParts | None, document_id: int, record_type: str, record_id: int
    ) -> int | None:
        """The person this mention is, creating one when the evidence says it is new; None when unsure."""
        key = normalise_mention(mention)
        if key in self.overrides:
            # Link to the pinned row itself: a merge then shows through
            # merged_into_id, and undoing it needs no re-linking.
            person_id = self.overrides[key]
            return self._link(person_id, mention, document_id, record_type, record_id, "user override", 100.0)
        if name is None:
            return None
        matches = [(pid, compare_names(name, known)) for pid, known in self._candidates(name)]
        found = [(pid, match) for pid, match in matches if match is not None]
        if name.has_given:
            return self._resolve_named(name, found, mention, document_id, record_type, record_id)
        return self._resolve_surname_only(name, found, mention, document_id, record_type, record_id)

    def _resolve_named(self, name, found, mention, document_id, record_type, record_id) -> int | None:
        strong = [(pid, match) for pid, match in found if match.strong]
        if len(strong) > 1:
            # Several fit ("S Quill": Sharon and Steve); one written exactly the same wins.
            same = [(pid, m) for pid, m in strong if self.people[pid].display.casefold() == name.display.casefold()]
            strong = same if len(same) == 1 else strong
        if len(strong) == 1:
            pid, match = strong[0]
            self._upgrade(pid, name)
            return self._link(pid, mention, document_id, record_type, record_id, match.reason, match.score)
        if strong:
            return None
        # A known surname-only person of this body ("CI Quill") is this one
        # when they are the only such person.
        in_body = self._in_body([pid for pid, _ in found])
        bare = [(pid, m) for pid, m in found if not self.people[pid].has_given and pid in in_body]
        if len(bare) == 1:
            pid, match = bare[0]
            self._upgrade(pid, name)
            reason = f"only {name.surname} known in this body; first name added"
            return self._link(pid, mention, document_id, record_type, record_id, reason, match.score)
        return self._create(name, mention, document_id, record_type, record_id)

    def _resolve_surname_only(self, name, found, mention, document_id, record_type, record_id) -> int | None:
        in_body = self._in_body([pid for pid, _ in found])
        for scope, label in ((self.in_document, "this meeting"), (in_body, "this body")):
            local = [(pid, m) for pid, m in found if pid in scope]
            if len(local) == 1:
                pid, match = local[0]
                reason = f"only {name.surname} known in {label}"
                return self._link(pid, mention, document_id, record_type, record_id, reason, match.score)
            if local:
                return None  # more than one: leave it unlinked rather than guess
        return self._create(name, mention, document_id, record_type, record_id)

    def _in_body(self, person_ids: list[int]) -> set[int]:
        """Those of `person_ids` linked in a meeting of this body, or with no links at all.

        People with no links are those whose only document is being re-saved
        right now; they belong wherever that document does.
        """
        unknown = sorted({pid for pid in person_ids if pid not in self.body_known})
        if unknown:
            in_body = set(self.session.scalars(
                select(person_links.c.person_id)
                .join(Meeting, Meeting.document_id == person_links.c.document_id)
                .where(person_links.c.person_id.in_(unknown), self.body_filter)
                .distinct()
            ))
            linked = set(self.session.scalars(
                select(person_links.c.person_id).where(person_links.c.person_id.in_(unknown)).distinct()
            ))
            for pid in unknown:
                self.body_known[pid] = pid in in_body or pid not in linked
        return {pid for pid in person_ids if self.body_known[pid]}

    def _candidates(self, name: NameParts) -> list[tuple[int, NameParts]]:
        key = name.surname.casefold()
        ids = set(self.by_surname.get(key, ()))
        if len(key) >= MIN_FUZZY_SURNAME_LENGTH:
            for other, _score, _ in process.extract(
                key, list(self.by_surname), scorer=fuzz.ratio,
                score_cutoff=SURNAME_SPELLING_THRESHOLD, limit=None,
            ):
                ids |= self.by_surname[other]
        return [(pid, self.people[pid]) for pid in sorted(ids)]

    def _create(self, name: NameParts, mention, document_id, record_type, record_id) -> int:
        # A Core insert: the ORM's add-and-flush costs several times more for a row nothing else holds.
        people = Person.__table__
        person_id = self.session.connection().execute(
            people.insert().returning(people.c.id),
            {"name": name.display, "surname": name.surname, "title": name.title},
        ).scalar_one()
        self._remember(person_id, name)
        return self._link(person_id, mention, document_id, record_type, record_id, "first mention: new person", 100.0)

    def _upgrade(self, person_id: int, name: NameParts) -> None:
        known = self.people[person_id]
        fuller = (name.given and not known.given) or (len(name.initials) > len(known.initials) and not known.given)
        if not fuller and (known.title or not name.title):
            return
        updated = NameParts(
            surname=known.surname if known.has_given and not fuller else name.surname,
            given=name.given if fuller else known.given,
            initials=name.initials if fuller else known.initials,
            title=known.title or name.title,
        )
        self.session.execute(
            update(Person).where(Person.id == person_id)
            .values(name=updated.display, surname=updated.surname, title=updated.title)
        )
        self.people[person_id] = updated

    def _remember(self, person_id: int, name: NameParts) -> None:
        self.people[person_id] = name
        self.by_surname.setdefault(name.surname.casefold(), set()).add(person_id)

    def _link(self, person_id, mention, document_id, record_type, record_id, reason, score) -> int:
        self.links.append({
            "person_id": person_id, "document_id": document_id, "record_type": record_type,
            "record_id": record_id, "mention": mention[:500], "reason": reason, "score": float(score),
        })
        self.in_document.add(person_id)
        self.body_known[person_id] = True
        return person_id

    def save_links(self) -> None:
        """Write the links made so far in one executemany."""
        if self.links:
            self.session.execute(insert(person_links), self.links)
            self.links = []


@lru_cache(maxsize=PARSED_NAME_CACHE_SIZE)
def _parse_stored_name(name: str, title: str | None, surname: str | None) -> NameParts | None:
    # Every save reads all known people; parsing each stored name once keeps that cheap.
    return parse_person_name(name, title=title, surname=surname)


@dataclass(frozen=True, slots=True)
class _Known:
    id: int
    name: str
    key: str
    parsed: NameParts | None
    merged: bool


@dataclass(slots=True)
class _PeopleIndex:
    """Every person parsed once, by normalised name and by surname, for fast lookups."""

    fingerprint: tuple
    people: dict[int, _Known]
    by_key: dict[str, list[int]]
    by_surname: dict[str, list[int]]


# One index per engine (so two databases never share one), rebuilt when the
# people table's fingerprint changes.
_people_indexes: "weakref.WeakKeyDictionary[object, _PeopleIndex]" = weakref.WeakKeyDictionary()


def _people_index(session: Session) -> _PeopleIndex:
    fingerprint = tuple(session.execute(
        select(func.count(), func.max(Person.id), func.sum(func.length(Person.name)),
               func.sum(func.coalesce(Person.merged_into_id, 0)))
    ).one())
    engine = session.get_bind()
    index = _people_indexes.get(engine)
    if index is not None and index.fingerprint == fingerprint:
        return index
    index = _PeopleIndex(fingerprint, {}, {}, {})
    for person_id, name, title, surname, merged_into in session.execute(
        select(Person.id, Person.name, Person.title, Person.surname, Person.merged_into_id)
    ):
        parsed = parse_person_name(name, title=title, surname=surname)
        known = _Known(person_id, name, normalise_mention(name), parsed, merged_into is not None)
        index.people[person_id] = known
        index.by_key.setdefault(known.key, []).append(person_id)
        if parsed is not None:
            index.by_surname.setdefault(parsed.surname.casefold(), []).append(person_id)
    _people_indexes[engine] = index
    return index


def resolve_person(session: Session, wanted: str | int, *, include_merged: bool = False) -> Person:
    """A person by id, exact name or spelling, compatible name, then fuzzy name; else NotFound.

    What `person NAME`, `merge` and `unmerge` all use to find who was meant.
    """
    if isinstance(wanted, int) or wanted.strip().isdigit():
        person = session.get(Person, int(wanted))
        if person is None:
            raise NotFound(f"no person with id {wanted}; run `minutebook people` to list them")
        return person
    index = _people_index(session)

    def usable(person_id: int) -> bool:
        return include_merged or not index.people[person_id].merged

    key = normalise_mention(wanted)
    exact = [pid for pid in index.by_key.get(key, []) if usable(pid)]
    if len(exact) == 1:
        return session.get_one(Person, exact[0])
    spelled = [
        pid for pid in session.scalars(
            select(person_links.c.person_id)
            .where(func.lower(person_links.c.mention) == " ".join(wanted.split()).lower())
            .distinct()
        )
        if usable(pid)
    ]
    if len(spelled) == 1:
        return session.get_one(Person, spelled[0])
    typed = _capitalise(wanted)
    words = typed.split()
    name = parse_person_name(typed, surname=words[-1] if words else None)
    if name is not None:
        surnames = {name.surname.casefold()}
        if len(name.surname) >= MIN_FUZZY_SURNAME_LENGTH:
            surnames |= {
                other for other, _score, _ in process.extract(
                    name.surname.casefold(), list(index.by_surname), scorer=fuzz.ratio,
                    score_cutoff=SURNAME_SPELLING_THRESHOLD, limit=None,
                )
            }
        fitting = []
        for surname in sorted(surnames):
            for pid in index.by_surname.get(surname, []):
                known = index.people[pid]
                match = compare_names(name, known.parsed) if known.parsed else None
                if usable(pid) and match is not None and (match.strong or not name.has_given):
                    fitting.append(pid)
        if len(fitting) == 1:
            return session.get_one(Person, fitting[0])
        if len(fitting) > 1:
            _raise_ambiguous(wanted, [index.people[pid] for pid in fitting])
    choices = {pid: known.key for pid, known in index.people.items() if usable(pid)}
    matches = process.extract(
        key, choices, scorer=fuzz.token_sort_ratio, score_cutoff=PERSON_LOOKUP_THRESHOLD, limit=5
    )
    if not matches:
        raise NotFound(f"no person matches {wanted!r}; run `minutebook people` to list them")
    best = [m for m in matches if m[1] == matches[0][1]]
    if len(best) > 1:
        _raise_ambiguous(wanted, [index.people[m[2]] for m in best])
    return session.get_one(Person, best[0][2])


def _capitalise(text: str) -> str:
    """Typed names may be all lower case ("sharon adley"); names in minutes are not."""
    return " ".join(word[:1].upper() + word[1:] if word.islower() else word for word in text.split())


def _raise_ambiguous(wanted: str, people: list[_Known]) -> None:
    names = ", ".join(f"{p.name} (id {p.id})" for p in people[:8])
    raise NotFound(f"{wanted!r} could be several people: {names}; give more of the name or the id")


def find_group_ids(session: Session, person_id: int) -> list[int]:
    """The person's id and the ids of everyone merged into them."""
    merged = session.scalars(select(Person.id).where(Person.merged_into_id == person_id)).all()
    return [person_id, *merged]


def _mention_keys(session: Session, person_ids: list[int]) -> list[str]:
    mentions = session.scalars(
        select(person_links.c.mention).where(person_links.c.person_id.in_(person_ids)).distinct()
    )
    return sorted({normalise_mention(mention) for mention in mentions})


def _pin(session: Session, key: str, person_id: int, kind: str, now: dt.datetime) -> None:
    session.execute(delete(person_overrides).where(person_overrides.c.mention_key == key))
    session.execute(insert(person_overrides).values(mention_key=key, person_id=person_id, kind=kind, created_at=now))


def _split_spelling(session: Session, person: Person, wanted: str | int) -> str:
    """Move the mentions written as `wanted` out of `person` into a new person pinned to them."""
    key = normalise_mention(str(wanted))
    keys = _mention_keys(session, [person.id])
    if key not in keys or len(keys) < 2:
        spellings = ", ".join(repr(k) for k in keys) or "none"
        raise MinutebookError(
            f"{person.name!r} has nothing to unmerge: name one of its spellings to split it off "
            f"(spellings: {spellings})"
        )
    name = parse_person_name(str(wanted)) or NameParts(surname=str(wanted))
    new = Person(name=name.display, surname=name.surname, title=name.title)
    session.add(new)
    session.flush()
    _pin(session, key, new.id, "split", dt.datetime.now(dt.timezone.utc))
    links = session.execute(
        select(person_links.c.id, person_links.c.record_type, person_links.c.record_id, person_links.c.mention)
        .where(person_links.c.person_id == person.id)
    ).all()
    tables: dict[str, type[Attendance] | type[Apology] | type[ActionOwner]] = {
        "attendance": Attendance, "apology": Apology, "action_owner": ActionOwner,
    }
    for link_id, record_type, record_id, mention in links:
        if normalise_mention(mention) != key:
            continue
        model = tables[record_type]
        session.execute(update(model).where(model.id == record_id).values(person_id=new.id))
        session.execute(
            update(person_links).where(person_links.c.id == link_id)
            .values(person_id=new.id, reason="user split", score=100.0)
        )
    return new.name
