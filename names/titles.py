"""Titles, honorifics and ranks before a name ("Cllr", "Chief Inspector", "Messrs").

The words come from `data/titles.json`. In running text a title is found
with a spaCy PhraseMatcher over tokens (`match_leading_title`); spaCy is
imported only when that matcher is first built, so code that reads stored
names (the query commands) never loads it. Names already split into words
use `split_leading_title`, a plain look-up over the same words.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from .initials import is_initials
from .vocabulary import load_title_words

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.matcher import PhraseMatcher
    from spacy.tokens import Doc

LEADING_TITLES_KEPT = 4096
"""Texts whose leading title is remembered: more than the owner phrases of a long document."""

_NAME_WORD = re.compile(r"^[A-Z][\w'’.-]*$|^(?:O|D)['’][A-Z][\w-]*$")
# A surname opening with a lower-case particle written on to it ("deHaan", "vanDyke"): still a name.
_GLUED_PARTICLE = re.compile(r"^(?P<particle>[a-z]{2,3})[A-Z][a-z][\w'’-]*$")
_COLLAR_NUMBER = re.compile(r"^\d{2,6}\s+(?=[A-Z])")


@lru_cache(maxsize=1)
def blank_english() -> "Language":
    """Return the blank English pipeline titles are tokenised with (spaCy is imported here, once).

    The extractors build their pipeline on this same object, so a process
    holds one English vocabulary and tokeniser, shared by both.
    """
    import spacy

    return spacy.blank("en")


@lru_cache(maxsize=1)
def _capitals_titles() -> frozenset[str]:
    """Titles written only in capitals ("DI", "CC", "PCSO"), lower-cased: matched in capitals alone."""
    words = load_title_words()
    return frozenset(title.lower() for title in (*words.titles, *words.plurals) if title.isupper() and len(title) <= 5)


@lru_cache(maxsize=1)
def load_title_matcher() -> "PhraseMatcher":
    """Return a PhraseMatcher over every title and plural title, matched case-insensitively.

    Match ids are "TITLE" and "PLURAL".
    """
    from spacy.matcher import PhraseMatcher

    nlp = blank_english()
    words = load_title_words()
    matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
    # "Mrs." and "Dr." are single tokens to spaCy, so each title is added with its full stop too.
    matcher.add("TITLE", [nlp.make_doc(form) for title in sorted(words.titles) for form in (title, title + ".")])
    matcher.add("PLURAL", [nlp.make_doc(form) for title in sorted(words.plurals) for form in (title, title + ".")])
    # A rank written in capitals may carry a stop after each letter ("P.C. Ann Lee", "D.C. Bo Day").
    dotted = [".".join(title) + "." for title in sorted(words.titles) if title.isupper() and title.isalpha()]
    matcher.add("TITLE", [nlp.make_doc(form) for form in dotted])
    return matcher


def make_doc(text: str) -> "Doc":
    """Tokenise `text` as the title matcher does (no components run)."""
    return blank_english().make_doc(text)


@lru_cache(maxsize=LEADING_TITLES_KEPT)  # owners and attendees are checked again and again
def match_leading_title(text: str) -> tuple[str, str, bool] | None:
    """Find a title at the start of `text`: (title as written, rest, is_plural), or None.

    The longest title wins ("Acting Chief Superintendent" over "Superintendent"),
    and a title counts only when a capitalised name follows it, so initials such
    as "DC said" are not read as a rank.
    """
    text = text.strip()
    if not text:
        return None
    doc = make_doc(text)
    matcher = load_title_matcher()
    best: tuple[int, bool] | None = None
    for match_id, start, end in matcher(doc):
        if start != 0:
            continue
        if best is None or end > best[0]:
            best = (end, doc.vocab.strings[match_id] == "PLURAL")
    if best is None:
        return None
    end, plural = best
    title_end = doc[end - 1].idx + len(doc[end - 1].text)
    title = text[:title_end].rstrip(".")
    if _DOTTED_CAPITALS.match(title):
        title = title.replace(".", "")  # "P.C." is the rank "PC" written with stops
    if not title.isupper() and title.lower() in _capitals_titles():
        return None  # "DI", "CC" are ranks only in capitals: "Di Penn" is a first name
    rest = text[title_end:]
    if _opens_post(title, rest):
        return None  # "Chief Executive Ann Lee", "Deputy Chief Finance Officer Bo Day": a post, not the rank "Chief"
    if rest.startswith("."):
        rest = rest[1:]
    # A police officer's collar number may sit between rank and name ("PC 1234 Smith").
    rest = _COLLAR_NUMBER.sub("", rest.strip())
    if not rest or not _looks_like_name_word(rest.split()[0]):
        return None
    return title, rest, plural


_DOTTED_CAPITALS = re.compile(r"^(?:[A-Z]\.){2,5}$|^(?:[A-Z]\.)+[A-Z]$")
POST_WORDS_AFTER_CHIEF = 3
"""Words after "Chief" looked through for a post word ("Chief Operating Officer"), before a name may start."""


def _opens_post(title: str, rest: str) -> bool:
    """True when a title ending in "Chief" opens a post rather than a rank before a name: a post or body word, or
    "of", stands in the next few words ("Chief Executive", "Chief Operating Officer", "Chief of Staff"). A fire or
    police service's rank ("Chief Harms", "Deputy Chief Ruiz", "Battalion Chief Ann Tate") is followed by the name."""
    if title.split()[-1].lower() != "chief":
        return False
    vocabulary = load_title_words()
    for word in re.findall(r"[A-Za-z][A-Za-z-]*", rest)[:POST_WORDS_AFTER_CHIEF]:
        lowered = word.lower()
        if lowered in vocabulary.role_words or lowered in vocabulary.organisation_words or lowered == "of":
            return True
    return False


def strip_leading_titles(text: str) -> str:
    """`text` without the titles it starts with ("Cllr Dr Ann Lee" -> "Ann Lee")."""
    found = match_leading_title(text)
    while found is not None:
        text = found[1]
        found = match_leading_title(text)
    return text


def split_leading_title(words: list[str]) -> tuple[str | None, list[str]]:
    """Split a name already cut into words into (its title, the rest); the longest title wins.

    A title counts only when a word follows it, so a lone "Inspector" stays a word.
    """
    if not words:
        return None, words
    lowered = tuple(word.casefold().rstrip(".") for word in words)
    for parts in _titles_by_first_word().get(lowered[0], ()):
        if lowered[: len(parts)] == parts and len(words) > len(parts):
            return " ".join(words[: len(parts)]), words[len(parts):]
    return None, words


def is_title(text: str) -> bool:
    """True when `text` is exactly a title or a plural title."""
    return text.strip().rstrip(".").lower() in _lowered_titles_and_plurals()


def singular_title(plural: str) -> str:
    """The title each name of a list takes from a shared plural ("Councillors" -> "Councillor")."""
    for written, singular in load_title_words().plurals.items():
        if written.lower() == plural.lower():
            return singular
    return plural


@lru_cache(maxsize=1)
def lowered_titles() -> frozenset[str]:
    """Every title in lower case, for checking words as a set."""
    return frozenset(title.lower() for title in load_title_words().titles)


def titles_clash(one: str | None, other: str | None) -> bool:
    """True when two titles give a person different sexes ("Mr" / "Mrs"), so they are two people."""
    if not one or not other:
        return False
    words = load_title_words()
    a, b = one.casefold().rstrip("."), other.casefold().rstrip(".")
    male, female = words.male_titles, words.female_titles
    return (a in male and b in female) or (a in female and b in male)


def title_sex(titles: set[str]) -> str | None:
    """ "m" or "f" when one of the lower-case `titles` says so ("mr", "mrs"), else None."""
    words = load_title_words()
    return "m" if titles & words.male_titles else "f" if titles & words.female_titles else None


def is_courtesy_title(title: str) -> bool:
    """True for a title of address that holds no office or rank of its own: an honorific ("Mrs", "Dr") or a title
    that only gives the person's sex ("Sir", "Dame"). "Cllr", "Sgt", "Mayor" each name a place of their own."""
    words = load_title_words()
    bare = title.strip().rstrip(".")
    return bare in words.honorifics or bare.casefold() in words.male_titles | words.female_titles


def honorific_pattern() -> str:
    """A regex alternation of the courtesy titles ("Mr", "Mrs", "Dr"; case as written, no stop): for patterns that
    find a titled name in running text."""
    titles = sorted(load_title_words().honorifics, key=len, reverse=True)
    return "(?:" + "|".join(re.escape(title) for title in titles) + ")"


HONORIFIC = honorific_pattern()
"""`honorific_pattern()`, for the module-level patterns of the readers."""


def mover_title_pattern() -> str:
    """A regex alternation of the titles written before a mover's or seconder's name (case as written)."""
    titles = sorted(load_title_words().mover_titles, key=len, reverse=True)
    return "(?:" + "|".join(re.escape(title) for title in titles) + ")"


COUNCILLOR_STEMS = ("councillor", "councilor", "cllr")
"""How "Councillor" and its plurals begin, in each spelling ("Councillors", "Councilors", "Cllrs", "Cllr.")."""


def member_plural_pattern(*, councillors_only: bool = False, stops: bool = False) -> str:
    """A regex alternation of the plural words for a body's members ("Councillors", "Board Members"), from the one
    list in `data/titles.json`: case as written, longest first, a space as any run of white space. `councillors_only`
    keeps the plurals of "Councillor" in its spellings; `stops` lets a shortened word ("Cllrs") take its full stop."""
    words = load_title_words()
    chosen = [w for w in words.member_plurals if not councillors_only or w.lower().startswith(COUNCILLOR_STEMS)]
    forms = [
        r"\s+".join(re.escape(part) for part in word.split()) + (r"\.?" if stops and word in words.abbreviations else "")
        for word in sorted(chosen, key=len, reverse=True)
    ]
    return "(?:" + "|".join(forms) + ")"


def is_plural_title(text: str) -> bool:
    """True when `text` is, in any case, a title a list of names shares ("Councillors", "Messrs")."""
    return text.lower() in _lowered_plurals()


def names_only_members(text: str) -> bool:
    """True when `text` is only a plural word for several people, a members' word or a shared title ("Directors",
    "Members", "Cllrs."): it names nobody."""
    word = text.strip().rstrip(".").lower()
    return word in _lowered_plurals() or word in {plural.lower() for plural in load_title_words().member_plurals}


@lru_cache(maxsize=1)
def _lowered_plurals() -> frozenset[str]:
    return frozenset(plural.lower() for plural in load_title_words().plurals)


@lru_cache(maxsize=1)
def _lowered_titles_and_plurals() -> frozenset[str]:
    words = load_title_words()
    return frozenset({t.lower() for t in words.titles} | {p.lower() for p in words.plurals})


@lru_cache(maxsize=1)
def _titles_by_first_word() -> dict[str, tuple[tuple[str, ...], ...]]:
    # Titles and plurals grouped by first word, longest first, so "Chief Inspector" wins over "Chief".
    words = load_title_words()
    titles = {tuple(title.casefold().replace(".", "").split()) for title in [*words.titles, *words.plurals]}
    grouped: dict[str, list[tuple[str, ...]]] = {}
    for parts in titles:
        grouped.setdefault(parts[0], []).append(parts)
    return {first: tuple(sorted(group, key=len, reverse=True)) for first, group in grouped.items()}


def is_particle(word: str) -> bool:
    """True for a lower-case word a surname may open with ("van", "de", "bin"), the vocabulary's `particles`."""
    return word.lower() in load_title_words().particles


@lru_cache(maxsize=1)
def particle_pattern() -> str:
    """Regex source matching one surname particle ("van", "st.", "ter"), as a group of alternatives; longest first."""
    words = sorted(load_title_words().particles, key=len, reverse=True)
    return "(?:" + "|".join(re.escape(word) for word in words) + ")"


def without_particles(text: str) -> str:
    """`text` without the surname particles written in lower case before a capitalised word ("Anna de Vries" as
    "Anna Vries", "Omar bin Said" as "Omar Said"); a particle's word ending a phrase ("litter bin") stays."""
    return re.sub(rf"\b{particle_pattern()}\s+(?=[A-Z])", "", text)


def _looks_like_name_word(token: str) -> bool:
    token = token.strip(",;:")
    glued = _GLUED_PARTICLE.match(token)
    if glued is not None and is_particle(glued.group("particle")):
        return True
    return bool(_NAME_WORD.match(token)) or is_initials(token)
