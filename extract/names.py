"""Person names as minutes write them: titles and ranks, initials, surnames.

Title and rank words live in `data/titles.json` and are found with a spaCy
PhraseMatcher, so a new rank is a data change. Everything here works on one
name or one list of names at a time; finding those lists is the callers' job.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.matcher import PhraseMatcher
    from spacy.tokens import Doc

# spaCy is imported where a matcher or Doc is made, not here: the store reads
# the title words from this module, and every query command imports the store.

TITLES_FILE = "titles.json"
LEADING_TITLES_KEPT = 4096
"""Texts whose leading title is remembered: more than the owner phrases of a long document."""

_BRACKET_TAIL = re.compile(r"\s*\((?:[^()]|\([^()]*\))*\)\s*$")
_INITIAL = re.compile(r"^(?:[A-Z]\.?){1,3}$")
_NAME_WORD = re.compile(r"^[A-Z][\w'’.-]*$|^(?:O|D)['’][A-Z][\w-]*$")
_SPACES = re.compile(r"\s+")
_COLLAR_NUMBER = re.compile(r"^\d{2,6}\s+(?=[A-Z])")
_LEADING_CONNECTIVE = re.compile(r"^(?:(?:and|&|also|from|by|with)\s+)+", re.IGNORECASE)
# A full stop ends a name in "Ms A Penrose. Ms Z Hollis" unless it closes an initial or a title.
_SENTENCE_STOP = re.compile(r"(?<=\S)\.\s+(?=[A-Z])")


@dataclass(frozen=True, slots=True)
class PersonName:
    """One person's name split into its parts."""

    title: str | None
    name: str
    """The name without its title, or title + surname when only a surname is written."""
    surname: str | None
    initials: str
    """Initials of the given names and surname ("KW"); only the surname's when nothing else is known."""


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


@lru_cache(maxsize=1)
def load_title_words() -> TitleWords:
    """Return the title vocabulary (cached)."""
    raw = json.loads(resources.files(__package__).joinpath("data", TITLES_FILE).read_text(encoding="utf-8"))
    return TitleWords(
        titles=frozenset(raw["titles"]),
        plurals=dict(raw["plurals"]),
        ambiguous=frozenset(raw.get("ambiguous", [])),
        suffixes=frozenset(raw.get("suffixes", [])),
        particles=frozenset(word.lower() for word in raw.get("particles", [])),
        role_words=frozenset(word.lower() for word in raw.get("role_words", [])),
        affiliation_openers=tuple(raw.get("affiliation_openers", [])),
        organisation_words=frozenset(word.lower() for word in raw.get("organisation_words", [])),
        header_words=frozenset(word.lower() for word in raw.get("header_words", [])),
    )


def is_table_header(cells: tuple[str, ...] | list[str]) -> bool:
    """True when every filled cell of a row is a column heading ("Name | Organisation")."""
    words = load_title_words().header_words
    filled = [re.sub(r"[^a-z ]", "", cell.lower()).strip() for cell in cells if cell.strip()]
    return bool(filled) and all(cell in words for cell in filled)


@lru_cache(maxsize=1)
def load_title_matcher() -> "PhraseMatcher":
    """Return a PhraseMatcher over every title and plural title, matched case-insensitively.

    Match ids are "TITLE" and "PLURAL".
    """
    from spacy.matcher import PhraseMatcher

    from .nlp import load_nlp

    nlp = load_nlp(None)
    words = load_title_words()
    matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
    # "Mrs." and "Dr." are single tokens to spaCy, so each title is added with its full stop too.
    matcher.add("TITLE", [nlp.make_doc(form) for title in sorted(words.titles) for form in (title, title + ".")])
    matcher.add("PLURAL", [nlp.make_doc(form) for title in sorted(words.plurals) for form in (title, title + ".")])
    return matcher


def make_doc(text: str) -> "Doc":
    """Tokenise `text` with the shared blank pipeline (no components run)."""
    from .nlp import load_nlp

    return load_nlp(None).make_doc(text)


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
    rest = text[title_end:]
    if rest.startswith("."):
        rest = rest[1:]
    # A police officer's collar number may sit between rank and name ("PC 1234 Smith").
    rest = _COLLAR_NUMBER.sub("", rest.strip())
    if not rest or not _looks_like_name_word(rest.split()[0]):
        return None
    return title, rest, plural


@lru_cache(maxsize=LEADING_TITLES_KEPT)  # attendees and owners are parsed again and again; the result is frozen
def parse_person(text: str) -> PersonName:
    """Split "Chief Inspector Ann Lee" into title, name, surname and initials."""
    text = _clean(text)
    title: str | None = None
    titles: list[str] = []
    rest = text
    # Titles can stack ("Cllr Dr Smith"); take them one after another.
    while True:
        found = match_leading_title(rest)
        if found is None:
            break
        written, rest, plural = found
        titles.append(_singular(written) if plural else written)
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
        surname_start -= 1
    given = [_normal_initials(token) if _INITIAL.match(token) else token for token in tokens[:surname_start]]
    surname = " ".join(tokens[surname_start:])
    if _INITIAL.match(surname) and not given:
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
    name = _clean(name)
    found = match_leading_title(name)
    while found is not None:
        name = found[1]
        found = match_leading_title(name)
    particles = load_title_words().particles
    letters: list[str] = []
    for token in name.split():
        if token.lower() in particles:
            continue
        if _INITIAL.match(token):
            letters.append(token.replace(".", ""))
        elif token[:1].isalpha():
            letters.append(token[0].upper())
    return "".join(letters)


def split_people_list(text: str) -> list[str]:
    """Split a written list of people into one string per person.

    Names are separated by commas, semicolons, "and", "&" or full stops; text in
    brackets stays with its name. A plural title ("Councillors A, B and C")
    is given, in the singular, to every following name without a title of its own.
    """
    parts: list[str] = []
    for chunk in _split_outside_brackets(text, ";"):
        for piece in _split_outside_brackets(chunk, ","):
            for sub in _split_on_stops(piece):
                parts.extend(_split_on_and(sub))
    people: list[str] = []
    shared: str | None = None
    for part in parts:
        part = _LEADING_CONNECTIVE.sub("", part.strip(" .,;:\t")).strip()
        if not part or not any(ch.isalpha() for ch in part):
            continue
        found = match_leading_title(part)
        if found is not None:
            written, rest, plural = found
            if plural:
                shared = _singular(written)
                part = f"{shared} {rest}"
            else:
                shared = None
        elif shared is not None:
            part = f"{shared} {part}"
        people.append(part)
    return people


def join_list_lines(pieces: list[str], *, one_per_line: bool) -> str:
    """Join the lines of a written list into one text for `split_people_list`.

    A line runs on from the one before when that ends in a separator or an
    open bracket, or starts in lower case; otherwise, under a bare label
    (`one_per_line`) or when the new line opens with a title, it starts a new entry.
    """
    text = ""
    for raw in pieces:
        piece = raw.strip()
        if not piece:
            continue
        if not text:
            text = piece
            continue
        continues = (
            re.search(r"(?:[,;&(]|\band)$", text) is not None
            or re.match(r"(?:[a-z(]|and\b|&)", piece) is not None
            or text.count("(") > text.count(")")
        )
        starts_entry = match_leading_title(piece) is not None and not _ends_inside_title(text)
        new_entry = not continues and (one_per_line or starts_entry)
        text = f"{text}; {piece}" if new_entry else f"{text} {piece}"
    return text


def strip_bracket(text: str) -> tuple[str, str | None]:
    """Split "Name (Role)" into ("Name", "Role"); nested brackets stay inside the role."""
    match = _BRACKET_TAIL.search(text)
    if not match:
        return text.strip(), None
    inner = match.group(0).strip()[1:-1].strip()
    return text[: match.start()].strip(), inner or None


def is_role(text: str) -> bool:
    """True when `text` names a job or committee role ("Policy Officer", "Vice-Chairman")."""
    roles = load_title_words().role_words
    lowered = text.lower()
    words = re.findall(r"[a-z][a-z-]*", lowered)
    if any(word in roles for word in words):
        return True
    return any(" " in role and re.search(rf"\b{re.escape(role)}\b", lowered) for role in roles)


def is_organisation(text: str) -> bool:
    """True when `text` reads as an organisation ("County Police", "Riverside Homes"), not a person."""
    words = re.findall(r"[A-Za-z][A-Za-z-]*", text)
    organisation_words = load_title_words().organisation_words
    return any(word.lower() in organisation_words for word in words)


def split_affiliation(text: str) -> tuple[str | None, str | None]:
    """Split what a bracket after a name says into (role, organisation).

    "NCC – Community Safety" gives (None, "NCC"); "Finance Director OPFCC"
    gives ("Finance Director", "OPFCC"); "representing Borough Chief
    Executives" gives (None, "Borough Chief Executives").
    """
    text = _SPACES.sub(" ", text).strip(" .,;")
    for opener in load_title_words().affiliation_openers:
        if text.lower().startswith(opener + " "):
            return None, text[len(opener) + 1 :].strip() or None
    role: str | None = None
    organisation: str | None = None
    for part in re.split(r"\s+[-–—]\s+|,\s+|\s*/\s*(?=[A-Z])", text):
        part = re.sub(r"^in\s+the\s+", "", part.strip(" ."), flags=re.IGNORECASE)
        if not part or match_leading_title(part) is not None:
            continue  # another person named in passing ("Ms C Arden, in the Chair")
        if is_role(part):
            acronym = re.search(r"\s+(?P<org>[A-Z]{2,}[A-Za-z&]*)$", part)
            if acronym and not is_role(acronym.group("org")) and organisation is None:
                organisation = acronym.group("org")
                part = part[: acronym.start()]
            if role is None:
                role = part
        elif organisation is None and part[:1].isupper():
            organisation = part  # lower-case asides ("minutes", "part of meeting") name no organisation
    return role, organisation


def is_title(text: str) -> bool:
    """True when `text` is exactly a title or a plural title."""
    words = load_title_words()
    lowered = text.strip().rstrip(".").lower()
    return lowered in {t.lower() for t in words.titles} or lowered in {p.lower() for p in words.plurals}


def _ends_inside_title(text: str) -> bool:
    """True when `text` ends with a word that begins a longer title ("Assistant Chief")."""
    last = text.split()[-1].lower() if text.split() else ""
    return last in _title_first_words()


@lru_cache(maxsize=1)
def _title_first_words() -> frozenset[str]:
    words: set[str] = set()
    for title in load_title_words().titles:
        parts = title.lower().split()
        words.update(parts[:-1])
    return frozenset(words)


def _singular(plural: str) -> str:
    plurals = load_title_words().plurals
    for written, singular in plurals.items():
        if written.lower() == plural.lower():
            return singular
    return plural


def _looks_like_name_word(token: str) -> bool:
    token = token.strip(",;:")
    return bool(_NAME_WORD.match(token)) or bool(_INITIAL.match(token))


def _normal_initials(token: str) -> str:
    return token.replace(".", "")


def _clean(text: str) -> str:
    text, _ = strip_bracket(text)
    return _SPACES.sub(" ", text).strip(" ,;:.\t")


def _split_outside_brackets(text: str, separator: str) -> list[str]:
    parts: list[str] = []
    depth = 0
    current: list[str] = []
    for char in text:
        if char == "(":
            depth += 1
        elif char == ")":
            depth = max(0, depth - 1)
        if char == separator and depth == 0:
            parts.append("".join(current))
            current = []
        else:
            current.append(char)
    parts.append("".join(current))
    return parts


def _split_on_stops(text: str) -> list[str]:
    """Split at full stops that end a name, not those after an initial or a title."""
    pieces: list[str] = []
    start = 0
    for match in _SENTENCE_STOP.finditer(text):
        before = text[start : match.start()].split()
        if not before:
            continue
        last = before[-1]
        if _INITIAL.match(last + ".") and len(last.replace(".", "")) <= 2 or is_title(last):
            continue
        if _inside_brackets(text, match.start()):
            continue
        pieces.append(text[start : match.start()])
        start = match.end()
    pieces.append(text[start:])
    return pieces


def _split_on_and(text: str) -> list[str]:
    pieces: list[str] = []
    start = 0
    for match in re.finditer(r"\s+(?:and|&)\s+", text):
        if _inside_brackets(text, match.start()):
            continue
        pieces.append(text[start : match.start()])
        start = match.end()
    pieces.append(text[start:])
    return pieces


def _inside_brackets(text: str, position: int) -> bool:
    return text.count("(", 0, position) > text.count(")", 0, position)
