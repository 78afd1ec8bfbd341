"""Who an owner query means: one forgiving match of a typed name against stored owners.

`resolve_owner` turns what an analyst typed ("KW", "Ms Waller", "Kirsty
Waler", "Early Help") into the people, owner names and agencies it plausibly
names, in memory, against an index of every stored name built once per
database state; the queries module then reads the matching actions. Used by
`actions --owner` and by `person`.
"""

from __future__ import annotations

import re
import weakref
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from rapidfuzz import fuzz, process
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..models import Action, ActionOwner, Agency, Person, PlanActionAgency
from ..names import CANDIDATE_WORD_THRESHOLD, NameKey, contains_words, names_match, reduce_name

# Owner strings such as "DC/LB" or "Police & Fire" name several owners.
OWNER_SEPARATORS = re.compile(r"\s*(?:/|&|,|;|\band\b|\+)\s*", re.IGNORECASE)



@dataclass(frozen=True, slots=True)
class OwnerMatch:
    """What an owner query was resolved to, before any action is read."""

    query: str
    person_ids: frozenset[int] = frozenset()
    """People the query names, with everyone merged with them: their actions, however written."""
    names: frozenset[str] = frozenset()
    """Owner names (action_owners.name) not linked to any person, e.g. agencies, posts, unresolved names."""
    written: frozenset[str] = frozenset()
    """Owner text of actions with no owner rows at all (actions.owner_as_written)."""
    agencies: frozenset[str] = frozenset()
    """Plan agencies by their name as written (agencies.name)."""
    canonical: frozenset[str] = frozenset()
    """Plan agencies by the one name the plan means (plan_action_agencies.canonical_name)."""

    def names_owner(self, name: str, person_id: int | None) -> bool:
        """True when this owner row of an action is one the query matched."""
        return person_id in self.person_ids if person_id is not None else name in self.names

    def names_agency(self, name: str, canonical: str | None) -> bool:
        """True when this agency of a plan action is one the query matched."""
        return name in self.agencies or (canonical is not None and canonical in self.canonical)


def resolve_owner(session: Session, owner: str) -> OwnerMatch:
    """Resolve an owner as typed to the people, names and agencies it plausibly means.

    Forgiving: a full name, initials ("KW"), a surname, a name with a title
    ("Ms Waller", "Cllr Waller") or one misspelt by a letter, and an agency,
    post or other name not linked to a person by any run of words from it
    ("Early Help" for "KCC Early Help").
    Not forgiving: a different first name or initial with the same surname,
    or a clashing title ("Mr" / "Mrs"). An owner linked to a person answers
    through that person: to their name (and everyone merged with them) and to
    their spellings that carry a first name, never through a surname-only or
    initials-only spelling the linker already gave to someone else.
    """
    query = reduce_name(owner)
    index = _owner_index(session)
    person_ids: set[int] = set()
    for person_id in index.people.find(query):
        person_ids.update(index.groups[index.roots[person_id]])
    return OwnerMatch(
        query=owner,
        person_ids=frozenset(person_ids),
        # Unlinked names are mostly agencies and posts: a run of their words finds them too.
        names=frozenset(index.owners.find(query, contains=True)),
        written=frozenset(index.written.find(query, contains=True)),
        agencies=frozenset(index.agencies.find(query, contains=True)),
        canonical=frozenset(index.canonical.find(query, contains=True)),
    )


def matches_owner(query: str, names: Iterable[str]) -> bool:
    """True when `query` plausibly names one of `names` (people or agencies)."""
    wanted = reduce_name(query)
    return any(names_match(wanted, reduce_name(name)) for name in names)


class _NameSet:
    """Stored names parsed once, indexed by word and initials, so a query judges only the few that could fit."""

    def __init__(self) -> None:
        self.entries: list[tuple[NameKey, Any]] = []
        self.by_word: dict[str, list[int]] = {}
        self.by_initials: dict[str, list[int]] = {}
        self.by_compact: dict[str, list[int]] = {}
        self.words: list[str] = []

    def add(self, name: NameKey, target: Any) -> None:
        """Remember `name`, answering `target` when a query matches it."""
        position = len(self.entries)
        self.entries.append((name, target))
        for word in set(name.words):
            self.by_word.setdefault(word, []).append(position)
        for initials in name.initials:
            self.by_initials.setdefault(initials, []).append(position)
        if name.compact:
            self.by_compact.setdefault(name.compact, []).append(position)

    def freeze(self) -> None:
        """Fix the word list the fuzzy look-up scans, once every name is added."""
        self.words = list(self.by_word)

    def find(self, wanted: NameKey, *, contains: bool = False) -> set[Any]:
        """Targets of the stored names `wanted` matches (or, with `contains`, whose words include it)."""
        if not wanted.words or not self.entries:
            return set()
        candidates: set[int] = set()
        for word in wanted.words:
            candidates.update(self.by_word.get(word, ()))
            # Any rule that passes a misspelt name needs a word about this close.
            for similar, _score, _ in process.extract(
                word, self.words, scorer=fuzz.ratio, score_cutoff=CANDIDATE_WORD_THRESHOLD, limit=None
            ):
                candidates.update(self.by_word[similar])
        if wanted.compact:
            candidates.update(self.by_initials.get(wanted.compact, ()))
        for initials in wanted.initials:
            candidates.update(self.by_compact.get(initials, ()))
        found: set[Any] = set()
        for position in candidates:
            known, target = self.entries[position]
            if target not in found and (
                names_match(wanted, known) or (contains and contains_words(known, wanted))
            ):
                found.add(target)
        return found


@dataclass(slots=True)
class _OwnerIndex:
    """Every owner, person and agency name of one database, parsed once."""

    fingerprint: tuple[Any, ...]
    people: _NameSet = field(default_factory=_NameSet)
    """Person names and their spellings with a first name or initials -> person id."""
    owners: _NameSet = field(default_factory=_NameSet)
    """Owner names not linked to a person -> the name."""
    written: _NameSet = field(default_factory=_NameSet)
    """Owner text of actions without owner rows, whole and split at "/", "&", "and" -> the text."""
    agencies: _NameSet = field(default_factory=_NameSet)
    canonical: _NameSet = field(default_factory=_NameSet)
    roots: dict[int, int] = field(default_factory=dict)
    """Person id -> the person it is merged into (itself when not merged)."""
    groups: dict[int, list[int]] = field(default_factory=dict)
    """Root person id -> every person id merged with it, itself included."""


# One index per engine (two databases never share one), rebuilt when a load,
# a merge or a re-linking changes the fingerprint. Names left behind by a
# deleted document only widen an IN list that then finds nothing for them.
_owner_indexes: "weakref.WeakKeyDictionary[object, _OwnerIndex]" = weakref.WeakKeyDictionary()


# Cheap to read on every query: maxima of primary keys, and two sums over
# the (small) people table, since upgrading a name or merging changes no id.
_INDEX_FINGERPRINT = select(
    select(func.max(ActionOwner.id)).scalar_subquery(),
    select(func.max(Action.id)).scalar_subquery(),
    select(func.max(PlanActionAgency.id)).scalar_subquery(),
    select(func.max(Agency.id)).scalar_subquery(),
    select(func.count(Person.id)).scalar_subquery(),
    select(func.max(Person.id)).scalar_subquery(),
    select(func.sum(func.length(Person.name))).scalar_subquery(),
    select(func.sum(func.coalesce(Person.merged_into_id, 0))).scalar_subquery(),
)


def _owner_index(session: Session) -> _OwnerIndex:
    fingerprint = tuple(session.connection().execute(_INDEX_FINGERPRINT).one())
    engine = session.get_bind()
    index = _owner_indexes.get(engine)
    if index is not None and index.fingerprint == fingerprint:
        return index
    index = _build_owner_index(session, fingerprint)
    _owner_indexes[engine] = index
    return index


def _build_owner_index(session: Session, fingerprint: tuple[Any, ...]) -> _OwnerIndex:
    index = _OwnerIndex(fingerprint)
    titles: dict[int, str | None] = {}
    for person_id, name, title, merged_into in session.execute(
        select(Person.id, Person.name, Person.title, Person.merged_into_id)
    ):
        titles[person_id] = title
        index.people.add(reduce_name(name, title), person_id)
        root = merged_into if merged_into is not None else person_id
        index.roots[person_id] = root
        index.groups.setdefault(root, []).append(person_id)
    for root in list(index.groups):
        index.groups[root] = sorted({root, *index.groups[root]})
        index.roots.setdefault(root, root)
    for spelling, linked_id in session.execute(
        select(ActionOwner.name, ActionOwner.person_id).where(ActionOwner.person_id.is_not(None)).distinct()
    ):
        # The person's title goes with every spelling, so "Mr Waller" never finds her by one.
        parsed = reduce_name(spelling, titles.get(linked_id) if linked_id is not None else None)
        # Only a spelling with a first name ("Kirsty Anne Waller") says more than
        # the person's own name; "Mr Waller", "K Waller" or "KW" would find this
        # person for any Waller, any K Waller, or "Kevin Walsh" typed.
        if linked_id in index.roots and len(parsed.words) > 1 and len(parsed.words[0]) > 1 and not parsed.compact:
            index.people.add(parsed, linked_id)
    for (name,) in session.execute(select(ActionOwner.name).where(ActionOwner.person_id.is_(None)).distinct()):
        if name:
            index.owners.add(reduce_name(name), name)
    unowned = ~select(ActionOwner.id).where(ActionOwner.action_id == Action.id).exists()
    for (text,) in session.execute(
        select(Action.owner_as_written).where(Action.owner_as_written.is_not(None), unowned).distinct()
    ):
        if not text:
            continue
        index.written.add(reduce_name(text), text)
        for part in OWNER_SEPARATORS.split(text):
            if part and part != text:
                index.written.add(reduce_name(part), text)
    for (name,) in session.execute(select(Agency.name)):
        if name:
            index.agencies.add(reduce_name(name), name)
    for (canonical_name,) in session.execute(select(PlanActionAgency.canonical_name).distinct()):
        if canonical_name:
            index.canonical.add(reduce_name(canonical_name), canonical_name)
    for names in (index.people, index.owners, index.written, index.agencies, index.canonical):
        names.freeze()
    return index
