"""Agency names in plan tables: splitting run-together cells and naming variants alike.

Plan tables list lead and support agencies in one cell, often with nothing
between them ("County Council Early Help Borough Police Virtual school"). The
cell is split by what is known about agency names: a generic vocabulary
(`data/agencies.json`), the document's own glossary and bracketed
abbreviations ("Shire Fire and Rescue Service (SFRS)"), and council names whose
initials give their abbreviation ("Wyvern District Council" -> WDC). Finding
known names (spaCy PhraseMatcher and Matcher) is kept apart from deciding
where one agency ends and the next begins (`_group_units`).
"""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

from spacy.language import Language
from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from ..ingest.document import ParsedDocument
from .records import PlanAction
from .nlp import load_nlp

MAX_ABBREVIATION_LENGTH = 12
"""A glossary term longer than this is a phrase, not an abbreviation."""
MAX_EXPANSION_WORDS = 12
"""Words looked at before a bracketed abbreviation when finding its expansion."""
DOMINANT_SHARE = 0.8
"""A bare "Police" means the document's one police force when that force has this share of mentions."""

# Kinds of known unit inside an agency cell.
ORGANISATION = "organisation"
"""Stands alone: a new agency starts here."""
DEPARTMENT = "department"
"""Joins a parent body just before it ("County Council" + "Early Help")."""
PARENT = "parent"
"""A council: a department written after it belongs to it."""

_COUNCIL_ACRONYM = re.compile(r"^[A-Z]{1,3}(?:DC|BC|CC|MBC)$")
_COUNCIL_NAME = re.compile(
    r"\b((?:[A-Z][a-z]+[ \t]+){1,2})((?:Metropolitan[ \t]+)?(?:District|County|Borough|City|Town|Parish))[ \t]+Council\b"
)
_BRACKETED = re.compile(r"\(([A-Z][A-Za-z0-9&+]*(?:\s[A-Z][A-Z0-9&+]*)?)\)")
_ABBREVIATION = re.compile(r"^[A-Z][A-Z0-9&+]*[A-Z0-9+](?:\s[A-Z][A-Z0-9&+]*)?s?$")
_WORD = re.compile(r"[\w'’&+-]+")
_LINK_WORDS = frozenset({"and", "&", "of", "for", "the", "on", "in"})
_CONNECTORS = frozenset({"/", "and", "&", "of", "for", "-", "–", "—"})
_DASHES = frozenset({"-", "–", "—"})
_BREAKS = frozenset({",", ";", "•", "|"})
_UNIT_HEADS = frozenset({"unit", "team", "department", "section", "service", "services", "office"})


@dataclass(eq=False)
class AgencyDirectory:
    """What is known about agency names: vocabulary, abbreviations, councils, variants."""

    organisations: set[str] = field(default_factory=set)
    departments: set[str] = field(default_factory=set)
    place_suffixes: list[str] = field(default_factory=list)
    role_nouns: frozenset[str] = frozenset()
    """Words that close a qualifier after an agency ("Police Prevent coordinator")."""
    head_nouns: frozenset[str] = frozenset()
    """Words that end an organisation's name ("Trust", "Homes")."""
    determiners: frozenset[str] = frozenset()
    abbreviations: dict[str, str] = field(default_factory=dict)
    """Abbreviation as written -> expansion."""
    parents: set[str] = field(default_factory=set)
    """Abbreviations and names of councils."""
    observed: Counter = field(default_factory=Counter)
    """Full agency names seen in the document text ("Borough Police"), with counts."""
    parent_departments: dict[str, set[str]] = field(default_factory=dict)
    """Department (lower case) -> parent abbreviations it is written with in the document."""
    _matchers: tuple[PhraseMatcher, PhraseMatcher, Matcher] | None = None

    def kind_of_abbreviation(self, abbreviation: str) -> str:
        """Whether an abbreviation names a council, a department or an organisation."""
        if abbreviation in self.parents:
            return PARENT
        expansion = self.abbreviations.get(abbreviation, "")
        last = expansion.split()[-1].lower() if expansion else ""
        if expansion.lower() in self.departments or last in _UNIT_HEADS - {"service", "services"}:
            return DEPARTMENT
        return ORGANISATION

    def matchers(self, nlp: Language) -> tuple[PhraseMatcher, PhraseMatcher, Matcher]:
        """Build (once) the matchers for names, abbreviations and place-prefixed agencies."""
        if self._matchers is None:
            names = PhraseMatcher(nlp.vocab, attr="LOWER")
            names.add(ORGANISATION, [nlp.make_doc(t) for t in sorted(self.organisations | set(self.observed))])
            names.add(DEPARTMENT, [nlp.make_doc(t) for t in sorted(self.departments)])
            expansions = {e for a, e in self.abbreviations.items() if a not in self.parents}
            names.add(ORGANISATION + "_expansion", [nlp.make_doc(t) for t in sorted(expansions)])
            abbreviations = PhraseMatcher(nlp.vocab, attr="ORTH")
            for abbreviation in self.abbreviations.keys() | self.parents:
                kind = self.kind_of_abbreviation(abbreviation)
                abbreviations.add(kind, [nlp.make_doc(abbreviation)])
            places = Matcher(nlp.vocab)
            for suffix in self.place_suffixes:
                pattern: list[dict] = [{"IS_TITLE": True, "IS_STOP": False}]
                pattern += [{"LOWER": word.lower_} for word in nlp.make_doc(suffix)]
                kind = PARENT if "council" in suffix.lower() else ORGANISATION
                places.add(kind, [pattern])
            self._matchers = (names, abbreviations, places)
        return self._matchers


@lru_cache(maxsize=1)
def _load_vocabulary() -> dict:
    text = resources.files("minutebook.extract").joinpath("data/agencies.json").read_text(encoding="utf-8")
    return json.loads(text)


def load_agency_directory(document: ParsedDocument | None = None) -> AgencyDirectory:
    """Return the generic vocabulary plus what `document` says: glossary rows, bracketed abbreviations, councils."""
    vocabulary = _load_vocabulary()
    directory = AgencyDirectory(
        organisations=set(vocabulary["organisations"]),
        departments=set(vocabulary["departments"]),
        place_suffixes=list(vocabulary["place_suffixes"]),
        role_nouns=frozenset(vocabulary["role_nouns"]),
        head_nouns=frozenset(vocabulary["head_nouns"]),
        determiners=frozenset(vocabulary["determiners"]),
        abbreviations=dict(vocabulary["abbreviations"]),
    )
    if document is None:
        return directory
    text = document.text
    for line in document.iter_lines():
        if line.cells and len([c for c in line.cells if c.strip()]) >= 2:
            _add_glossary_row(directory, [_strip_markup(c) for c in line.cells if c.strip()])
    for match in _BRACKETED.finditer(text):
        before = text[max(0, match.start() - 200) : match.start()].split("\n")[-1]
        expansion = _find_expansion(match.group(1), before)
        if expansion:
            directory.abbreviations.setdefault(match.group(1), expansion)
    for match in _COUNCIL_NAME.finditer(text):
        place = _place_words(match.group(1), text[: match.start()])
        name = " ".join([*place, *match.group(2).split(), "Council"])
        initials = "".join(word[0] for word in name.split())
        directory.parents.add(initials)
        directory.abbreviations.setdefault(initials, name)
        directory.observed[name] += 1
    for abbreviation, expansion in directory.abbreviations.items():
        if expansion.split()[-1] == "Council":
            directory.parents.add(abbreviation)
    prose = "\n".join(line.text for line in document.iter_lines() if line.cells is None)
    _observe_agencies(directory, prose, text)
    return directory


def _strip_markup(text: str) -> str:
    return " ".join(re.sub(r"<[^>]*>", " ", text).split())


def _strip_markup_keeping_lines(text: str) -> str:
    lines = (" ".join(line.split()) for line in re.sub(r"<[^>]*>", " ", text).splitlines())
    return "\n".join(line for line in lines if line)


def _add_glossary_row(directory: AgencyDirectory, cells: list[str]) -> None:
    """Read "ABBR | Expansion, description" or "Expansion (ABBR) | description"."""
    term = cells[0]
    if len(term) <= MAX_ABBREVIATION_LENGTH and _ABBREVIATION.match(term):
        expansion = re.split(r"[,.;:(]| - | – ", cells[1])[0].strip()
        if 1 < len(expansion.split()) <= MAX_EXPANSION_WORDS and expansion[:1].isupper():
            directory.abbreviations.setdefault(term, expansion)
        return
    bracket = re.fullmatch(r"(.+?)\s*\(([^)]+)\)", term)
    if bracket is None:
        return
    outside, inside = bracket.group(1).strip(), bracket.group(2).strip()
    for abbreviation, expansion in ((inside, outside), (outside, inside)):
        # "ABC (formerly Some Name)": the name starts at its first capital.
        expansion = re.sub(r"^[a-z][\w ]*?\s(?=[A-Z])", "", expansion)
        if len(abbreviation) <= MAX_ABBREVIATION_LENGTH and _ABBREVIATION.match(abbreviation):
            if len(expansion.split()) > 1:
                directory.abbreviations.setdefault(abbreviation, expansion)
                # "ABC UK (Expansion)": the bare first word is used on its own too.
                first = abbreviation.split()[0]
                if first != abbreviation and len(first) > 1:
                    directory.abbreviations.setdefault(first, expansion)
            return


def _find_expansion(abbreviation: str, before: str) -> str | None:
    """The words just before a bracketed abbreviation whose capitals spell it."""
    letters = [c for c in abbreviation if c.isupper()]
    words = _WORD.findall(before)[-MAX_EXPANSION_WORDS:]
    if not letters or not words:
        return None
    for start in range(len(words) - 1, -1, -1):
        if words[start][0] != letters[0]:
            continue
        phrase = words[start:]
        capitals = [w[0] for w in phrase if w[0].isupper()]
        if capitals == letters or (
            len(capitals) >= len(letters) - 1 and _is_subsequence(letters, [w[0].upper() for w in phrase])
            and len(capitals) <= len(letters) + 1
        ):
            if all(w[0].isupper() or w.lower() in _LINK_WORDS for w in phrase) and len(phrase) > 1:
                return " ".join(phrase)
    return None


def _is_subsequence(needle: list[str], haystack: list[str]) -> bool:
    position = iter(haystack)
    return all(letter in position for letter in needle)


def _place_words(words: str, before: str) -> list[str]:
    """The place name in front of a suffix: two words only when no capital comes before them.

    "in Thames Valley Police" names a two-word place; "Safety Harrowby District
    Council" is a one-word place after other capitalised words.
    """
    place = words.split()
    previous = before.split()
    if len(place) > 1 and previous and (previous[-1][:1].isupper() or previous[-1][-1:].isupper()):
        return place[-1:]
    return place


def _observe_agencies(directory: AgencyDirectory, prose: str, text: str) -> None:
    """Count place-prefixed agency names (in prose) and parent+department pairs (anywhere) the document writes."""
    suffixes = "|".join(re.escape(s) for s in sorted(directory.place_suffixes, key=len, reverse=True))
    for match in re.finditer(rf"\b((?:[A-Z][a-z]+[ \t]+){{1,2}})({suffixes})\b", prose):
        place = _place_words(match.group(1), prose[: match.start()])
        if "Council" not in match.group(2) and place[0].lower() not in directory.determiners:
            directory.observed[" ".join([*place, match.group(2)])] += 1
    parents = "|".join(re.escape(p) for p in sorted(directory.parents, key=len, reverse=True))
    if not parents:
        return
    departments = "|".join(re.escape(d) for d in sorted(directory.departments, key=len, reverse=True))
    for match in re.finditer(rf"\b({parents})\s+({departments})\b", text, flags=re.IGNORECASE):
        if match.group(1).upper() in directory.parents or match.group(1) in directory.parents:
            parent = match.group(1) if match.group(1) in directory.parents else match.group(1).upper()
            directory.parent_departments.setdefault(match.group(2).lower(), set()).add(parent)


@dataclass(slots=True)
class _Unit:
    kind: str
    """organisation, department, parent, acronym, title, lower, connector, break or punct."""
    start: int
    end: int
    text: str


def split_agencies(text: str, *, known: AgencyDirectory, nlp: Language | None = None) -> list[str]:
    """Split an agency cell into agency names in the order written."""
    nlp = nlp or load_nlp(None)
    agencies: list[str] = []
    for chunk in re.split(r"</p>\s*<p[^>]*>|<br\s*/?>|\n\s*\n|[•●▪◦]", text):
        chunk = _strip_markup_keeping_lines(chunk)
        if chunk:
            # Matching sees one line; the line ends are kept as soft breaks between agencies.
            doc = nlp.make_doc(chunk.replace("\n", " "))
            line_ends = [i for i, c in enumerate(chunk) if c == "\n"]
            for start, end in _group_units(_find_units(doc, known, nlp), known, line_ends=line_ends):
                name = " ".join(chunk[start:end].split()).strip(" .,;:-–")
                if name and any(c.isalnum() for c in name):
                    agencies.append(name)
    return agencies


def _find_units(doc: Doc, known: AgencyDirectory, nlp: Language) -> list[_Unit]:
    """Known names as single units, every other token as its own unit."""
    names, abbreviations, places = known.matchers(nlp)
    spans: list[Span] = []
    for matcher in (names, abbreviations, places):
        for label, start, end in matcher(doc):
            spans.append(Span(doc, start, end, label=label))
    spans = filter_spans(spans)
    by_start = {span.start: span for span in spans}
    units: list[_Unit] = []
    i = 0
    while i < len(doc):
        span = by_start.get(i)
        if span is not None:
            kind = span.label_.removesuffix("_expansion")
            units.append(_Unit(kind, span.start_char, span.end_char, span.text))
            i = span.end
            continue
        token = doc[i]
        units.append(_Unit(_token_kind(token.text, known), token.idx, token.idx + len(token.text), token.text))
        i += 1
    return units


def _token_kind(text: str, known: AgencyDirectory) -> str:
    lower = text.lower()
    if lower in _CONNECTORS:
        return "connector"
    if text in _BREAKS:
        return "break"
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return "punct"
    if len(letters) >= 2 and all(c.isupper() for c in letters):
        return PARENT if _COUNCIL_ACRONYM.match(text) and text not in known.abbreviations else "acronym"
    return "title" if text[0].isupper() else "lower"


def _group_units(
    units: list[_Unit], known: AgencyDirectory, *, line_ends: list[int] | None = None
) -> list[tuple[int, int]]:
    """Decide where each agency starts and ends; return character spans."""
    breaks = line_ends or []
    groups: list[list[int]] = []
    current: list[int] | None = None
    # parent, parent_department, known (a whole agency), title (capitalised words),
    # lower, qualifier (words describing the agency before them)
    state = ""
    joining = False
    for index, unit in enumerate(units):
        if unit.kind == "break":
            current, state, joining = None, "", False
            continue
        if current is None:
            if unit.kind not in ("connector", "punct"):
                current = [unit.start, unit.end]
                groups.append(current)
                state = _state_after(unit)
            continue
        if unit.kind in ("connector", "punct"):
            current[1] = unit.end
            if unit.kind == "connector":
                joining = True
                if unit.text in _DASHES:
                    state = "qualifier"
            continue
        if (
            breaks
            and any(current[1] <= b < unit.start for b in breaks)
            and not joining
            and state not in ("parent", "qualifier")
            and unit.kind not in ("lower", DEPARTMENT)
            and unit.text.lower() not in known.role_nouns | known.head_nouns
        ):
            # A new line in a cell starts a new agency unless it plainly wraps the last one.
            current = [unit.start, unit.end]
            groups.append(current)
            state = _state_after(unit)
            continue
        determiners_only = all(
            w.lower() in known.determiners for w in _WORD.findall(_text_of(units, current))
        )
        new_state: str | None = None
        """None starts a new agency with the unit; a state extends the current one."""
        if joining or determiners_only:
            if state == "qualifier" and unit.kind in ("title", "lower"):
                new_state = "known" if unit.text.lower() in known.role_nouns else "qualifier"
            elif unit.kind in ("title", "lower"):
                new_state = state if state in ("title", "lower", "known") else unit.kind
            else:
                new_state = _state_after(unit)
        elif unit.text[:1].islower() and state in ("title", "lower"):
            # A known word written in lower case carries on a phrase ("Partnership communications").
            new_state = "lower"
        elif unit.kind in (ORGANISATION, PARENT):
            new_state = None
        elif unit.kind in (DEPARTMENT, "acronym"):
            new_state = "known" if state in ("parent", "parent_department") else None
        elif unit.kind == "lower" and state == "qualifier":
            new_state = "known" if unit.text.lower() in known.role_nouns else "qualifier"
        elif unit.kind == "lower":
            new_state = "lower" if state in ("title", "lower") else state
        elif state in ("title", "parent_department") and _ends_with_head(units, index, known):
            # "Riverside Homes Canal Trust": a head noun closes a name, a capital starts the next.
            new_state = None
        elif state in ("title", "parent_department"):
            new_state = state
        elif state == "qualifier":
            new_state = "known" if unit.text.lower() in known.role_nouns else "qualifier"
        elif state == "parent":
            new_state = "parent_department"
        elif state == "known" and _qualifier_ahead(units, index, known):
            new_state = "qualifier"
        joining = False
        if new_state is None:
            current = [unit.start, unit.end]
            groups.append(current)
            state = _state_after(unit)
        else:
            current[1] = unit.end
            state = new_state
    return [(g[0], g[1]) for g in groups]


def _state_after(unit: _Unit) -> str:
    if unit.kind == PARENT:
        return "parent"
    if unit.kind in ("title", "lower"):
        return unit.kind
    return "known"


def _ends_with_head(units: list[_Unit], index: int, known: AgencyDirectory) -> bool:
    """True when the word before `index` is a head noun such as "Trust" or "Homes"."""
    if index == 0 or units[index - 1].kind not in ("title", "lower"):
        return False
    return units[index - 1].text.lower() in known.role_nouns | known.head_nouns


def _qualifier_ahead(units: list[_Unit], index: int, known: AgencyDirectory) -> bool:
    """True when the plain words from `index` end in a role noun ("Prevent coordinator")."""
    for unit in units[index:]:
        if unit.kind not in ("title", "lower"):
            return False
        if unit.text.lower() in known.role_nouns:
            return True
    return False


def _text_of(units: list[_Unit], group: list[int]) -> str:
    return " ".join(u.text for u in units if u.start >= group[0] and u.end <= group[1])


def name_agencies(plan_actions: "list[PlanAction]", directory: AgencyDirectory, *, nlp: Language | None = None) -> None:
    """Fill each plan action's `canonical_agencies` for the agencies written otherwise than their one name."""
    for plan_action in plan_actions:
        for name in (*plan_action.lead_agencies, *plan_action.support_agencies):
            canonical = canonical_agency(name, directory, nlp=nlp)
            if canonical and canonical != name:
                plan_action.canonical_agencies[name] = canonical


def canonical_agency(name: str, directory: AgencyDirectory, *, nlp: Language | None = None) -> str:
    """Return one name for every way the document writes the same agency.

    Abbreviations expand ("SFRS" -> "Shire Fire and Rescue Service"); a council's
    department takes the council's full name; qualifiers after an agency drop
    ("Borough Police – Missing Persons Officer" -> "Borough Police"); a bare
    "Police" or department becomes the document's only such agency.
    """
    text = " ".join(name.replace("&", "and").split()).strip(" .,;:")
    if not text:
        return text
    nlp = nlp or load_nlp(None)
    if text in directory.abbreviations:
        return _tidy(directory.abbreviations[text])
    doc = nlp.make_doc(text)
    units = _find_units(doc, directory, nlp)
    first = units[0]
    if first.kind == PARENT:
        parent = _tidy(directory.abbreviations.get(first.text, first.text))
        rest = text[first.end :].strip()
        return f"{parent} {rest}" if rest else parent
    if first.kind == DEPARTMENT and first.end == len(text):
        owners = directory.parent_departments.get(first.text.lower(), set())
        if len(owners) == 1:
            owner = next(iter(owners))
            return f"{_tidy(directory.abbreviations.get(owner, owner))} {first.text}"
        return first.text
    if first.kind == ORGANISATION:
        base = _tidy(directory.abbreviations.get(first.text, first.text))
        return _resolve_bare(base, directory)
    if first.kind == "acronym" and first.text in directory.abbreviations:
        return _tidy(directory.abbreviations[first.text])
    return text


def _resolve_bare(name: str, directory: AgencyDirectory) -> str:
    """A bare suffix ("Police") becomes the one "<Place> Police" the document mostly names."""
    if name.lower() not in {s.lower() for s in directory.place_suffixes}:
        return _matching_case(name, directory)
    candidates = Counter(
        {full: n for full, n in directory.observed.items() if full.lower().endswith(" " + name.lower())}
    )
    total = sum(candidates.values())
    if total:
        full, count = candidates.most_common(1)[0]
        if count / total >= DOMINANT_SHARE:
            return full
    return name


def _matching_case(name: str, directory: AgencyDirectory) -> str:
    for full in directory.observed:
        if full.lower() == name.lower():
            return full
    return name


def _tidy(name: str) -> str:
    return " ".join(name.replace("&", "and").split())
