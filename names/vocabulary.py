"""The words person names are read with, loaded from the data files beside this module.

`data/titles.json` holds titles and ranks, their plurals, honours written
after a name, surname particles and the titles that say a person's sex;
`data/non_person_words.json` the words that make a name an organisation or a
post (a firm's legal forms among them, in one list), and those a typed owner
name is compared without; `data/given_name_forms.json` the pet forms of given
names ("Dave" for "David"). A new rank or honour is a data change.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

TITLES_FILE = "titles.json"
NON_PERSON_WORDS_FILE = "non_person_words.json"
GIVEN_NAME_FORMS_FILE = "given_name_forms.json"


@dataclass(frozen=True, slots=True)
class TitleWords:
    """The title vocabulary loaded from `data/titles.json`."""

    titles: frozenset[str]
    plurals: dict[str, str]
    ambiguous: frozenset[str]
    suffixes: frozenset[str]
    particles: frozenset[str]
    role_words: frozenset[str]
    affiliation_openers: tuple[str, ...]
    organisation_words: frozenset[str]
    header_words: frozenset[str] = frozenset()
    male_titles: frozenset[str] = frozenset()
    female_titles: frozenset[str] = frozenset()
    mover_titles: tuple[str, ...] = ()
    """Titles, as written, before the name of whoever moved or seconded a motion."""
    abbreviations: frozenset[str] = frozenset()
    """Title words written shortened with a full stop ("Cllr.", "Supt."), which ends no sentence."""
    post_abbreviations: frozenset[str] = frozenset()
    """Words of a post shortened with a full stop, lower case ("sen" of "Sen. Staff Officer", "asst", "dir")."""
    honorifics: tuple[str, ...] = ()
    """Courtesy titles, as written, that a name may carry whatever the person's office ("Mr", "Dr")."""
    member_plurals: tuple[str, ...] = ()
    """The plural words, as written, for a body's members ("Members", "Councillors", "Trustees")."""


@dataclass(frozen=True, slots=True)
class NonPersonWords:
    """Words that say what someone is rather than who, from `data/non_person_words.json`."""

    non_person: frozenset[str]
    """Lower-case words that make a name an organisation, a post or a group."""
    query_ignored: frozenset[str]
    """Lower-case words dropped from names before a forgiving owner comparison."""
    body_words: frozenset[str] = frozenset()
    """The head nouns of a body's name ("council", "board", "steering"), lower case."""
    legal_forms: frozenset[str] = frozenset()
    """A firm's legal form written after its name ("Inc", "LLC", "Ltd", "CIC"), lower case without its full stop: the
    one list of them (a name holding one is a firm's; `non_person` includes them)."""


@lru_cache(maxsize=1)
def load_title_words() -> TitleWords:
    """Return the title vocabulary (cached)."""
    raw = _read(TITLES_FILE)
    return TitleWords(
        titles=frozenset(raw["titles"]),
        plurals=dict(raw["plurals"]),
        ambiguous=frozenset(raw.get("ambiguous", [])),
        suffixes=frozenset(raw.get("suffixes", [])),
        particles=frozenset(word.lower() for word in raw.get("particles", [])),
        role_words=frozenset(word.lower() for word in raw.get("role_words", [])),
        affiliation_openers=tuple(raw.get("affiliation_openers", [])),
        organisation_words=frozenset(word.lower() for word in raw.get("organisation_words", []))
        | load_non_person_words().legal_forms,
        header_words=frozenset(word.lower() for word in raw.get("header_words", [])),
        male_titles=frozenset(word.lower() for word in raw.get("male_titles", [])),
        female_titles=frozenset(word.lower() for word in raw.get("female_titles", [])),
        mover_titles=tuple(raw.get("mover_titles", [])),
        abbreviations=frozenset(raw.get("abbreviations", [])),
        post_abbreviations=frozenset(word.lower() for word in raw.get("post_abbreviations", [])),
        honorifics=tuple(raw.get("honorifics", [])),
        member_plurals=tuple(raw.get("member_plurals", [])),
    )


@lru_cache(maxsize=1)
def load_non_person_words() -> NonPersonWords:
    """Return the non-person and query-ignored words (cached)."""
    raw = _read(NON_PERSON_WORDS_FILE)
    legal_forms = frozenset(word.lower() for word in raw.get("legal_forms", []))
    return NonPersonWords(
        non_person=frozenset(word.lower() for word in raw["non_person_words"]) | legal_forms,
        query_ignored=frozenset(word.lower() for word in raw["query_ignored_words"]),
        body_words=frozenset(word.lower() for word in raw["body_words"]),
        legal_forms=legal_forms,
    )


def body_word_pattern() -> str:
    """The head nouns of a body's name as a regular-expression alternation, longest first ("sub-committee|…|body");
    the caller adds its own boundaries and flags (the words are lower case)."""
    words = sorted(load_non_person_words().body_words, key=lambda word: (-len(word), word))
    return "|".join(re.escape(word) for word in words)


def legal_form_pattern(*, leaving_out: frozenset[str] = frozenset()) -> str:
    """The legal forms as a regular-expression alternation, longest first, full stops escaped ("l\\.l\\.c|…"), but for
    `leaving_out` (lower case); the caller adds its own boundaries and flags (the forms are lower case)."""
    forms = sorted(load_non_person_words().legal_forms - leaving_out, key=lambda form: (-len(form), form))
    return "|".join(re.escape(form) for form in forms)


@lru_cache(maxsize=1)
def load_given_name_forms() -> dict[str, frozenset[str]]:
    """Return each pet form of a given name with the full names it stands for, lower case ("dave" -> {"david"})."""
    forms: dict[str, set[str]] = {}
    for full, pets in _read(GIVEN_NAME_FORMS_FILE)["forms"].items():
        for pet in pets:
            forms.setdefault(pet.lower(), set()).add(full.lower())
    return {pet: frozenset(fulls) for pet, fulls in forms.items()}


def _read(file_name: str) -> dict[str, Any]:
    text = resources.files(__package__).joinpath("data", file_name).read_text(encoding="utf-8")
    data: dict[str, Any] = json.loads(text)
    return data
