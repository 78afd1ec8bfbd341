"""Splitting a person's name into title, given names or initials, and surname.

Three readings of one name, for three questions, all on the same words:

- `parse_person`: the name as minutes write it ("Chief Inspector Ann Lee"):
  title, name without title, surname, initials. Lenient: any text gives a
  result, since the extractors decide elsewhere whether it is a person.
- `parse_person_name`: the parts people are linked by; None when the text
  is no person's name (an organisation, a post, bare initials).
- `reduce_name`: a name (or agency) cut to its lower-case words without
  titles, with its initials and the sex its title says, for the forgiving
  owner query.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .initials import is_initials, read_typed_initials
from .text import clean_name
from .titles import (
    LEADING_TITLES_KEPT,
    is_title,
    match_leading_title,
    singular_title,
    split_leading_title,
    strip_leading_titles,
    title_sex,
)
from .vocabulary import load_non_person_words, load_title_words

MAX_NAME_WORDS = 5
"""A person's name without title and honours is at most this many words."""
PARSED_NAME_CACHE_SIZE = 65_536
"""Names kept parsed between saves and queries (a few MB at most, so memory stays flat)."""


@dataclass(frozen=True, slots=True)
class PersonName:
    """One person's name as written, split into its parts."""

    title: str | None
    name: str
    """The name without its title, or title + surname when only a surname is written."""
    surname: str | None
    initials: str
    """Initials of the given names and surname ("KW"); only the surname's when nothing else is known."""


@dataclass(frozen=True, slots=True)
class NameParts:
    """A personal name split for linking; `given` is None when only initials are known."""

    surname: str
    given: str | None = None
    initials: str = ""
    title: str | None = None

    @property
    def display(self) -> str:
        """The name without title: "Sharon Quill", "S Quill", or the title and surname."""
        if self.given:
            return f"{self.given} {self.surname}"
        if self.initials:
            return f"{self.initials} {self.surname}"
        return f"{self.title} {self.surname}" if self.title else self.surname

    @property
    def has_given(self) -> bool:
        """True when a first name or initials are known."""
        return bool(self.given or self.initials)


@dataclass(frozen=True, slots=True)
class NameKey:
    """A name reduced for comparing: words without titles, its initials, and the sex its title implies."""

    words: tuple[str, ...]
    initials: frozenset[str]
    """"KW" and "KAW" for Kirsty Anne Waller; empty for a one-word name."""
    compact: str | None
    """The letters, upper case, when the text itself is initials ("KW", "K.W.")."""
    sex: str | None
    """"m" or "f" when a title says so ("Mr", "Mrs"), else None."""


@lru_cache(maxsize=LEADING_TITLES_KEPT)  # attendees and owners are parsed again and again; the result is frozen
def parse_person(text: str) -> PersonName:
    """Split "Chief Inspector Ann Lee" into title, name, surname and initials."""
    text = clean_name(text)
    title: str | None = None
    titles: list[str] = []
    rest = text
    # Titles can stack ("Cllr Dr Smith"); take them one after another.
    while True:
        found = match_leading_title(rest)
        if found is None:
            break
        written, rest, plural = found
        titles.append(singular_title(written) if plural else written)
    if titles:
        title = " ".join(titles)
    words = load_title_words()
    tokens = [token for token in rest.split() if token]
    while tokens and tokens[-1].strip(",.").upper() in {s.upper() for s in words.suffixes}:
        tokens.pop()
    tokens = [token.rstrip(",") for token in tokens]
    if not tokens:
        return PersonName(title=title, name=title or text, surname=None, initials="")
    surname_start = len(tokens) - 1
    while surname_start > 0 and tokens[surname_start - 1].lower() in words.particles:
        if surname_start == 1 and tokens[0][:1].isupper():
            break  # "Di Penn", "Al Dunn": a capitalised first word is a first name
        surname_start -= 1
    given = [token.replace(".", "") if is_initials(token) else token for token in tokens[:surname_start]]
    surname = " ".join(tokens[surname_start:])
    if is_initials(surname) and not given:
        # A lone "KW" is a set of initials, not a surname.
        initials = surname.replace(".", "")
        return PersonName(title=title, name=initials if not title else f"{title} {initials}",
                          surname=None, initials=initials)
    if given:
        name = " ".join(given + [surname])
    else:
        name = f"{title} {surname}" if title else surname
    return PersonName(title=title, name=name, surname=surname, initials=initials_of(" ".join(given + [surname])))


@lru_cache(maxsize=LEADING_TITLES_KEPT)  # owner resolution asks for every attendee's initials per owner
def initials_of(name: str) -> str:
    """Return the initials of a name without its title: "Kirsty Waller" -> "KW", "S Bellamy" -> "SB"."""
    name = strip_leading_titles(clean_name(name))
    particles = load_title_words().particles
    letters: list[str] = []
    for token in name.split():
        if token.lower() in particles:
            continue
        if is_initials(token):
            letters.append(token.replace(".", ""))
        elif token[:1].isalpha():
            letters.append(token[0].upper())
    return "".join(letters)


def given_names_of(name: str, surname: str | None) -> list[str]:
    """The words of `name` before `surname`, without titles: "Cllr Ann Lee", "Lee" -> ["Ann"]."""
    # Titles are stripped while the surname is still there: a title counts only before a name.
    words = strip_leading_titles(name.strip()).split()
    if surname and words and words[-len(surname.split()):] == surname.split():
        words = words[: -len(surname.split())]
    while words and is_title(words[0]):
        words = words[1:]
    return words


def parse_person_name(text: str, *, title: str | None = None, surname: str | None = None) -> NameParts | None:
    """Split `text` into title, given name or initials, and surname; None when it is no person's name.

    `title` and `surname` are what the extractor already found, if anything:
    a lone word is a surname only when one of them vouches for it.
    """
    cleaned = re.sub(r"\(.*?\)", " ", text).split(",")[0]
    words = [word for word in re.split(r"\s+", cleaned.replace(".", ". ").strip()) if word]
    words = [word.strip(".;:'\"") for word in words]
    words = [word for word in words if word]
    found_title, words = split_leading_title(words)
    while words and words[-1].casefold() in _honours():
        words.pop()
    if not words or len(words) > MAX_NAME_WORDS:
        return None
    non_person = load_non_person_words().non_person
    if any(word.casefold() in non_person for word in words):
        return None
    if not all(word[0].isalpha() and word[0].isupper() for word in words):
        return None
    found_title = found_title or (title.strip() if title and title.strip() else None)
    if len(words) == 1:
        # A lone token is a surname only with a title before it; "KW" or
        # "Housing" alone is not a name we can place.
        if found_title is None and surname is None:
            return None
        if is_initials(words[0], accented=True):
            return None
        return NameParts(surname=words[0], title=found_title)
    last = surname if surname and surname.casefold() == words[-1].casefold() else words[-1]
    if is_initials(last, accented=True):
        return None
    given_words = words[:-1]
    if all(is_initials(word, accented=True) for word in given_words):
        initials = "".join(word.upper() for word in given_words)
        return NameParts(surname=last, initials=initials, title=found_title)
    given = next(word for word in given_words if not is_initials(word, accented=True))
    initials = "".join(word[0].upper() for word in given_words)
    return NameParts(surname=last, given=given, initials=initials, title=found_title)


@lru_cache(maxsize=PARSED_NAME_CACHE_SIZE)
def reduce_name(text: str, title: str | None = None) -> NameKey:
    """Reduce a name (or agency) as typed or stored to its comparable words, initials and sex.

    Title words (`query_ignored_words` in the data) are dropped so "Ms
    Waller", "Cllr Waller" and "Waller" reduce alike; `title` is the title
    stored beside the name, which counts for its sex.
    """
    all_words = re.findall(r"[a-z0-9][a-z0-9'\-]*", text.lower().replace("’", "'"))
    ignored = load_non_person_words().query_ignored
    stripped = tuple(word for word in all_words if word.rstrip(".") not in ignored)
    # A name that is only title words ("the Chairman") keeps them.
    words = stripped or tuple(all_words)
    titles = {word.rstrip(".") for word in all_words if word not in stripped}
    if title:
        titles.add(title.lower().strip().rstrip("."))
    initials: frozenset[str] = frozenset()
    if len(words) >= 2:
        initials = frozenset({"".join(word[0] for word in words).upper(), (words[0][0] + words[-1][0]).upper()})
    return NameKey(words, initials, read_typed_initials(text), title_sex(titles))


@lru_cache(maxsize=1)
def _honours() -> frozenset[str]:
    return frozenset(suffix.casefold() for suffix in load_title_words().suffixes)

