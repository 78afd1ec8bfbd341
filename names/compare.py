"""Whether two names can be one person, and how sure that is.

Every threshold names compare by is here. Scores are rapidfuzz ratios (0-100).
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from typing import Sequence

from rapidfuzz import fuzz

from .parse import NameKey, NameParts
from .titles import titles_clash
from .vocabulary import load_given_name_forms

SURNAME_SPELLING_THRESHOLD = 90.0
"""Spelling variants of one surname ("Cassidy" / "Casidy", "Macdonnell" / "McDonnell") score about 91-95;
different short surnames ("Quill" / "Quall") fall below."""
MIN_FUZZY_SURNAME_LENGTH = 5
"""Surnames shorter than this are compared exactly: fuzzy ratios on three letters are noise."""
GIVEN_NAME_SPELLING_THRESHOLD = 85.0
""""Jeffrey" / "Jeffery" scores 85.7; "Sean" / "Sian" 75. The same first letter is required as well,
so "Jon" / "Don" never pass."""
OWNER_MATCH_THRESHOLD = 88.0
"""A typed owner name scoring at least this against a stored one matches: it forgives a typo or a
missing middle name but not a different first name with the same surname."""
CANDIDATE_WORD_THRESHOLD = 75.0
"""A stored name is judged against a typed one only when it shares a word with it or has a word at
least this close: no rule of `names_match` passes one that has not."""
MIN_SHORT_FORM = 3
"""Letters a given name's first letters need to be a short form of it ("Jon" for "Jonathan", "Stu" for "Stuart")."""
PERSON_LOOKUP_THRESHOLD = 85.0
"""How close a typed name must be to a person's whole name for a last-resort fuzzy look-up."""


@dataclass(frozen=True, slots=True)
class NameMatch:
    """Why a mention may be the same person as a known name, and how strongly."""

    score: float
    reason: str
    strong: bool
    """True when first names or initials agree; False for surname-only evidence."""


# Letters no Unicode decomposition takes back to a plain one: "ı" (dotless i), "ł", "ø", "đ", "ß".
_PLAIN_LETTERS = str.maketrans({"ı": "i", "ł": "l", "Ł": "l", "ø": "o", "Ø": "o", "đ": "d", "Đ": "d", "ß": "ss"})


def folded(name: str) -> str:
    """`name` in lower case without its accents, as an attendance typed without them writes it ("Çağıl Şen" and
    "Cagil Sen" are one person's names)."""
    decomposed = unicodedata.normalize("NFKD", name.translate(_PLAIN_LETTERS))
    return "".join(char for char in decomposed if not unicodedata.combining(char)).casefold()


def surname_score(one: str, other: str) -> float | None:
    """100 for the same surname (accents aside), the spelling score for a variant ("Hollins" / "Hollings"), else
    None."""
    a, b = folded(one), folded(other)
    if a == b:
        return 100.0
    if min(len(a), len(b)) < MIN_FUZZY_SURNAME_LENGTH:
        return None
    score = fuzz.ratio(a, b)
    return score if score >= SURNAME_SPELLING_THRESHOLD else None


def surnames_match(one: str, other: str) -> bool:
    """True when two surnames are the same or spelling variants of one another."""
    return surname_score(one, other) is not None


def given_names_agree(
    one: str, other: str, *, spelling_threshold: float = 100.0, same_initial: bool = True
) -> bool:
    """True when two first names (or an initial and a name) could be the same person's.

    An initial agrees with any name it starts ("A" / "Amira"). Two names
    agree when they are the same, or when they score `spelling_threshold`
    (100, the default, means spelt alike) and, with `same_initial`, start
    with the same letter. The callers differ here on purpose: see
    `compare_names` and `names_match`.
    """
    a, b = folded(one.rstrip(".")), folded(other.rstrip("."))  # "Çağıl" is "Cagil" typed without its accents
    if len(a) == 1 or len(b) == 1:
        return a[:1] == b[:1]
    if same_initial and a[:1] != b[:1]:
        return False
    return a == b or fuzz.ratio(a, b) >= spelling_threshold


def is_form_of_given_name(written: str, given: str) -> bool:
    """True when a first name written alone (`written`) can be the given name `given`: the same name, its first
    letters (at least `MIN_SHORT_FORM`: "Jon" for "Jonathan", "Stu" for "Stuart") or a pet form of it ("Dave" for
    "David", "Bob" for "Robert")."""
    a, b = written.casefold(), given.casefold()
    if a == b or (len(a) >= MIN_SHORT_FORM and b.startswith(a)):
        return True
    return b in load_given_name_forms().get(a, frozenset())


def one_called(written: str, people: Sequence[tuple[str, str]]) -> int | None:
    """The index of the one person in `people` (first given name, surname) whom a lone first name `written` names
    ("Dave" -> David Rusk), or None: when nobody or two people could be called so ("Sam" with Sam Hale and
    Samantha Ray), or when it is someone's surname."""
    if any(surname.casefold() == written.casefold() for _, surname in people):
        return None
    called = [i for i, (given, _) in enumerate(people) if given and is_form_of_given_name(written, given)]
    return called[0] if len(called) == 1 else None


def given_lists_agree(one: list[str], other: list[str]) -> bool:
    """True when two lists of given names could be the same person: the first names agree, spelt alike.

    Either list empty agrees with anything ("Lee" may be "Ann Lee").
    """
    if not one or not other:
        return True
    return given_names_agree(one[0], other[0])


def compare_names(mention: NameParts, known: NameParts) -> NameMatch | None:
    """How a mention matches a known name, or None when they must be different people.

    First names may differ by a spelling variant (`GIVEN_NAME_SPELLING_THRESHOLD`)
    with the same first letter; initials agree when one starts the other.
    """
    if titles_clash(mention.title, known.title):
        return None
    score = surname_score(mention.surname, known.surname)
    if score is None:
        return None
    surname_reason = "same surname" if score == 100 else f"surname spelling {score:.0f}"
    if mention.given and known.given:
        a, b = mention.given.casefold(), known.given.casefold()
        if a == b:
            return NameMatch(score, f"same first name, {surname_reason}", True)
        if not given_names_agree(a, b, spelling_threshold=GIVEN_NAME_SPELLING_THRESHOLD):
            return None
        given_score = fuzz.ratio(a, b)
        return NameMatch(min(score, given_score), f"first name spelling {given_score:.0f}, {surname_reason}", True)
    if mention.initials and known.initials:
        shorter, longer = sorted((mention.initials, known.initials), key=len)
        if not longer.startswith(shorter):
            return None
        return NameMatch(score, f"initial {shorter} matches, {surname_reason}", True)
    return NameMatch(score, f"{surname_reason} only", False)


def names_match(wanted: NameKey, known: NameKey) -> bool:
    """True when a typed name plausibly names a stored one (`reduce_name` keys of people or agencies).

    Forgiving: initials, a bare surname, a title and surname, a letter misspelt
    (`OWNER_MATCH_THRESHOLD`). Not forgiving: a different first name or
    initial with the same surname, or titles of a different sex. First names
    here are compared by spelling score alone, without the same-first-letter
    rule of `compare_names`.
    """
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
    if wanted.words[-1] == known.words[-1] and _typed_given_names_agree(wanted.words[:-1], known.words[:-1]):
        return True
    return fuzz.token_set_ratio(" ".join(wanted.words), " ".join(known.words)) >= OWNER_MATCH_THRESHOLD and (
        _typed_given_names_agree(wanted.words[:-1], known.words[:-1]) or len(known.words) == 1
    )


def contains_words(known: NameKey, wanted: NameKey) -> bool:
    """True when the words of `wanted` stand together, in order, among the words of `known`."""
    size = len(wanted.words)
    if not size or size > len(known.words):
        return False
    return any(known.words[start : start + size] == wanted.words for start in range(len(known.words) - size + 1))


def _typed_given_names_agree(wanted: tuple[str, ...], known: tuple[str, ...]) -> bool:
    """"k" agrees with "kelly"; "kelly" with "kelly anne"; "steve" not with "kelly"."""
    if not wanted or not known:
        return True
    return given_names_agree(wanted[0], known[0], spelling_threshold=OWNER_MATCH_THRESHOLD, same_initial=False)
