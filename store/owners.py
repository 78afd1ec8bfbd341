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
from functools import lru_cache
from typing import Any

from rapidfuzz import fuzz, process
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..models import Action, ActionOwner, Agency, Person, PlanActionAgency

# A name that scores at least this (rapidfuzz ratios, 0-100) against an owner
# matches: it forgives a typo or a missing middle name but not a different
# first name with the same surname.
OWNER_MATCH_THRESHOLD = 88

# A stored name is judged against a query only when it shares a word with it
# or has a word at least this close: no rule of `_matches_name` passes one that has not.
CANDIDATE_WORD_THRESHOLD = 75

# Initials are at most this many letters ("KW", "DCI", "TDC").
MAX_INITIALS = 4

PARSED_NAME_CACHE_SIZE = 65_536
"""Names kept parsed between queries (a few MB at most, so memory stays flat)."""

# Titles that say a person's sex, so "Mr Waller" never finds "Mrs Waller".
MALE_TITLES = frozenset({"mr", "sir", "lord", "father"})
FEMALE_TITLES = frozenset({"mrs", "ms", "miss", "dame", "lady"})

# Words that say what someone is rather than who; dropped before comparing
# names so "Ms Waller", "Cllr Waller" and "Waller" all reduce to the same name.
TITLE_WORDS = frozenset(
    """mr mrs ms miss mx dr prof professor sir dame lord lady rev revd reverend
    cllr councillor councilor cc county district borough the
    insp inspector chief supt superintendent ch det detective sergeant sgt pc pcso
    dci di ds dc dsupt cinsp ci acc dcc
    mp mep jp obe mbe cbe""".split()
)

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
    query = _parse_name(owner)
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
    wanted = _parse_name(query)
    return any(_matches_name(wanted, _parse_name(name)) for name in names)


@dataclass(frozen=True, slots=True)
class _Name:
    """A name reduced for comparing: words without titles, its initials, and the sex its title implies."""

    words: tuple[str, ...]
    initials: frozenset[str]
    """"KW" and "KAW" for Kirsty Anne Waller; empty for a one-word name."""
    compact: str | None
    """The letters, upper case, when the text itself is initials ("KW", "K.W.")."""
    sex: str | None
    """"m" or "f" when a title says so ("Mr", "Mrs"), else None."""


@lru_cache(maxsize=PARSED_NAME_CACHE_SIZE)
def _parse_name(text: str, title: str | None = None) -> _Name:
    all_words = re.findall(r"[a-z0-9][a-z0-9'\-]*", text.lower().replace("’", "'"))
    stripped = tuple(word for word in all_words if word.rstrip(".") not in TITLE_WORDS)
    # A name that is only title words ("the Chairman") keeps them.
    words = stripped or tuple(all_words)
    titles = {word.rstrip(".") for word in all_words if word not in stripped}
    if title:
        titles.add(title.lower().strip().rstrip("."))
    sex = "m" if titles & MALE_TITLES else "f" if titles & FEMALE_TITLES else None
    initials: frozenset[str] = frozenset()
    if len(words) >= 2:
        initials = frozenset({"".join(word[0] for word in words).upper(), (words[0][0] + words[-1][0]).upper()})
    compact = text.replace(".", "").replace(" ", "").strip()
    is_initials = 2 <= len(compact) <= MAX_INITIALS and compact.isalpha() and (compact.isupper() or len(compact) == 2)
    return _Name(words, initials, compact.upper() if is_initials else None, sex)


def _matches_name(wanted: _Name, known: _Name) -> bool:
    if not wanted.words or not known.words:
        return False
    if wanted.sex and known.sex and wanted.sex != known.sex:
        return False  # "Mr Waller" is not "Mrs Waller"
    if wanted.words == known.words:
        return True
    if wanted.compact and wanted.compact in known.initials:
        return True
    if known.compact and known.compact in wanted.initials:
        return True
    if len(wanted.words) == 1:
        # A bare surname (or agency word) names whoever has it as a word;
        # a surname misspelt by a letter still finds the last word.
        word = wanted.words[0]
        return len(word) > 1 and (word in known.words or fuzz.ratio(word, known.words[-1]) >= OWNER_MATCH_THRESHOLD)
    if wanted.words[-1] == known.words[-1] and _given_names_agree(wanted.words[:-1], known.words[:-1]):
        return True
    return fuzz.token_set_ratio(" ".join(wanted.words), " ".join(known.words)) >= OWNER_MATCH_THRESHOLD and (
        _given_names_agree(wanted.words[:-1], known.words[:-1]) or len(known.words) == 1
    )


def _given_names_agree(wanted: tuple[str, ...], known: tuple[str, ...]) -> bool:
    """"K" agrees with "Kelly"; "Kelly" with "Kelly Anne"; "Steve" not with "Kelly"."""
    if not wanted or not known:
        return True
    first_wanted, first_known = wanted[0], known[0]
    if len(first_wanted) == 1 or len(first_known) == 1:
        return first_wanted[0] == first_known[0]
    return fuzz.ratio(first_wanted, first_known) >= OWNER_MATCH_THRESHOLD


def _contains_words(known: _Name, wanted: _Name) -> bool:
    """True when the words of `wanted` stand together, in order, among the words of `known`."""
    size = len(wanted.words)
    if not size or size > len(known.words):
        return False
    return any(known.words[start : start + size] == wanted.words for start in range(len(known.words) - size + 1))


class _NameSet:
    """Stored names parsed once, indexed by word and initials, so a query judges only the few that could fit."""

    def __init__(self) -> None:
        self.entries: list[tuple[_Name, Any]] = []
        self.by_word: dict[str, list[int]] = {}
        self.by_initials: dict[str, list[int]] = {}
        self.by_compact: dict[str, list[int]] = {}
        self.words: list[str] = []

    def add(self, name: _Name, target: Any) -> None:
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

    def find(self, wanted: _Name, *, contains: bool = False) -> set[Any]:
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
                _matches_name(wanted, known) or (contains and _contains_words(known, wanted))
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
        index.people.add(_parse_name(name, title), person_id)
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
        parsed = _parse_name(spelling, titles.get(linked_id) if linked_id is not None else None)
        # Only a spelling with a first name ("Kirsty Anne Waller") says more than
        # the person's own name; "Mr Waller", "K Waller" or "KW" would find this
        # person for any Waller, any K Waller, or "Kevin Walsh" typed.
        if linked_id in index.roots and len(parsed.words) > 1 and len(parsed.words[0]) > 1 and not parsed.compact:
            index.people.add(parsed, linked_id)
    for (name,) in session.execute(select(ActionOwner.name).where(ActionOwner.person_id.is_(None)).distinct()):
        if name:
            index.owners.add(_parse_name(name), name)
    unowned = ~select(ActionOwner.id).where(ActionOwner.action_id == Action.id).exists()
    for (text,) in session.execute(
        select(Action.owner_as_written).where(Action.owner_as_written.is_not(None), unowned).distinct()
    ):
        if not text:
            continue
        index.written.add(_parse_name(text), text)
        for part in OWNER_SEPARATORS.split(text):
            if part and part != text:
                index.written.add(_parse_name(part), text)
    for (name,) in session.execute(select(Agency.name)):
        if name:
            index.agencies.add(_parse_name(name), name)
    for (canonical_name,) in session.execute(select(PlanActionAgency.canonical_name).distinct()):
        if canonical_name:
            index.canonical.add(_parse_name(canonical_name), canonical_name)
    for names in (index.people, index.owners, index.written, index.agencies, index.canonical):
        names.freeze()
    return index
