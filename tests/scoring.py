"""Field-by-field scoring of one exported document against its expected answer.

Used by tests/test_samples.py and `scripts/evaluate.py --samples`. Scalars are
compared after normalising; list fields are paired one-to-one (best pairs
first) and scored by precision, recall and F1:

- people (attendees, apologies): same surname, ignoring titles and case;
- items: same printed number and similar titles, or similar titles where
  either side has no number;
- resolutions: similar text, and the same item when both sides name one;
- actions: similar text and at least one owner in common (by surname, or by
  the owner string itself for agencies and job titles);
- plan actions: same number, or similar text where numbers are missing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Callable, Iterable

from rapidfuzz import fuzz

SCALAR_FIELDS = ("kind", "meeting_date", "start_time", "end_time", "next_meeting")
WORDY_FIELDS = ("body", "venue")
LIST_FIELDS = ("attendees", "apologies", "items", "resolutions", "actions", "plan_actions")

# Word-set similarity (0-100) above which two texts are taken to say the same thing.
TITLE_SIMILARITY = 80
RESOLUTION_SIMILARITY = 70
ACTION_SIMILARITY = 55
PLAN_TEXT_SIMILARITY = 70

# Words that are ranks, honorifics or joining words, never a surname.
TITLE_WORDS = frozenset(
    """
    mr mrs ms miss mx dr prof professor sir dame lord lady rev revd reverend cllr councillor
    councillors alderman chief inspector insp ci dci di ds supt superintendent ch det detective
    sergeant sgt pc pcso constable assistant deputy acting acc dcc cc the and of
    """.split()
)
WORD = re.compile(r"[a-z0-9£%]+(?:['\u2019-][a-z0-9]+)*")


@dataclass(frozen=True)
class FieldScore:
    """Precision, recall and F1 for one list field, with the counts behind them."""

    matched: int
    got: int
    want: int

    @property
    def precision(self) -> float:
        return self.matched / self.got if self.got else (1.0 if not self.want else 0.0)

    @property
    def recall(self) -> float:
        return self.matched / self.want if self.want else (1.0 if not self.got else 0.0)

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def normalise_words(text: str | None) -> str:
    """Lower-case words joined by single spaces (punctuation and dashes dropped)."""
    return " ".join(WORD.findall((text or "").lower().replace("\u2013", " ").replace("\u2014", " ")))


def similarity(a: str | None, b: str | None) -> float:
    """How alike two texts are, 0-100, ignoring case, punctuation and word order."""
    left, right = normalise_words(a), normalise_words(b)
    if not left or not right:
        return 0.0
    return float(fuzz.token_sort_ratio(left, right) * 0.5 + fuzz.token_set_ratio(left, right) * 0.5)


def extract_surname(person: dict[str, Any] | str | None) -> str:
    """The surname of a person record or name string, without titles or initials."""
    if isinstance(person, dict):
        given = normalise_words(person.get("surname"))
        if given:
            return given.split()[-1]
        person = person.get("name")
    words = [w for w in normalise_words(person).split() if w not in TITLE_WORDS]
    return words[-1] if words else ""


def _owner_keys(owners: Iterable[str] | None) -> set[str]:
    """Surnames of person owners plus the whole normalised string, for agencies."""
    keys: set[str] = set()
    for owner in owners or ():
        whole = normalise_words(owner)
        if whole:
            keys.add(whole)
            keys.add(extract_surname(owner))
    keys.discard("")
    return keys


def _same_item(a: str | None, b: str | None) -> bool:
    """Item references agree: equal numbers, or similar titles."""
    if a is None or b is None:
        return True
    left, right = normalise_words(a), normalise_words(b)
    if left == right:
        return True
    # "12 Minutes of the last meeting" names item "12": a whole heading used as the key still agrees.
    shorter, longer = sorted((left, right), key=len)
    if shorter and longer.startswith(shorter + " "):
        return True
    return similarity(a, b) >= TITLE_SIMILARITY


def pair_records(
    got: list[dict[str, Any]],
    want: list[dict[str, Any]],
    score: Callable[[dict[str, Any], dict[str, Any]], float],
) -> list[tuple[int, int]]:
    """Pair records one-to-one, best-scoring pairs first; a score <= 0 never pairs."""
    candidates = [
        (value, i, j)
        for i, g in enumerate(got)
        for j, w in enumerate(want)
        if (value := score(g, w)) > 0
    ]
    candidates.sort(key=lambda c: (-c[0], c[1], c[2]))
    used_got: set[int] = set()
    used_want: set[int] = set()
    pairs: list[tuple[int, int]] = []
    for _, i, j in candidates:
        if i not in used_got and j not in used_want:
            used_got.add(i)
            used_want.add(j)
            pairs.append((i, j))
    return pairs


def _score_person(got: dict[str, Any], want: dict[str, Any]) -> float:
    surname = extract_surname(want)
    if not surname or extract_surname(got) != surname:
        return 0.0
    # Prefer the record with the same status, so two people sharing a surname pair correctly.
    bonus = 1.0 if got.get("status") == want.get("status") else 0.0
    return 1.0 + bonus + similarity(got.get("name"), want.get("name")) / 100


def _score_item(got: dict[str, Any], want: dict[str, Any]) -> float:
    title = similarity(got.get("title"), want.get("title"))
    number_got, number_want = got.get("number"), want.get("number")
    if number_got and number_want:
        if normalise_words(number_got) != normalise_words(number_want):
            return 0.0
        # Numbers repeat in some minutes (two "6." sections), so the title must still agree.
        return 100 + title if title >= TITLE_SIMILARITY / 2 else 0.0
    return title if title >= TITLE_SIMILARITY else 0.0


def _score_resolution(got: dict[str, Any], want: dict[str, Any]) -> float:
    text = similarity(got.get("text"), want.get("text"))
    if text < RESOLUTION_SIMILARITY or not _same_item(got.get("item"), want.get("item")):
        return 0.0
    return text


def _score_action(got: dict[str, Any], want: dict[str, Any]) -> float:
    text = similarity(got.get("text"), want.get("text"))
    if text < ACTION_SIMILARITY:
        return 0.0
    wanted = _owner_keys(want.get("owners"))
    if wanted and not wanted & _owner_keys(got.get("owners")):
        return 0.0
    return text


def _score_plan_action(got: dict[str, Any], want: dict[str, Any]) -> float:
    text = similarity(got.get("text"), want.get("text"))
    number_got, number_want = got.get("number"), want.get("number")
    if number_got and number_want:
        return 100 + text if normalise_words(number_got) == normalise_words(number_want) else 0.0
    return text if text >= PLAN_TEXT_SIMILARITY else 0.0


LIST_SCORERS: dict[str, Callable[[dict[str, Any], dict[str, Any]], float]] = {
    "attendees": _score_person,
    "apologies": _score_person,
    "items": _score_item,
    "resolutions": _score_resolution,
    "actions": _score_action,
    "plan_actions": _score_plan_action,
}


def score_list(field: str, got: list[dict[str, Any]] | None, want: list[dict[str, Any]] | None) -> FieldScore:
    """Precision/recall/F1 of one list field."""
    got, want = list(got or []), list(want or [])
    pairs = pair_records(got, want, LIST_SCORERS[field])
    return FieldScore(matched=len(pairs), got=len(got), want=len(want))


def compare_scalar(field: str, got: Any, want: Any) -> bool:
    """True when a scalar field agrees (names and venues by normalised words)."""
    if field in WORDY_FIELDS:
        return normalise_words(got) == normalise_words(want)
    return got == want


def score_document(got: dict[str, Any], want: dict[str, Any]) -> dict[str, FieldScore]:
    """Every field of one document: scalars as 1-of-1 or 0-of-1, lists by pairing."""
    scores: dict[str, FieldScore] = {}
    for field in (*SCALAR_FIELDS, *WORDY_FIELDS):
        same = compare_scalar(field, got.get(field), want.get(field))
        scores[field] = FieldScore(matched=int(same), got=1, want=1)
    for field in LIST_FIELDS:
        scores[field] = score_list(field, got.get(field), want.get(field))
    return scores


def describe_mismatches(field: str, got: list[dict[str, Any]], want: list[dict[str, Any]]) -> str:
    """A short listing of the unpaired records on each side, for test messages."""
    pairs = pair_records(got, want, LIST_SCORERS[field])
    paired_got = {i for i, _ in pairs}
    paired_want = {j for _, j in pairs}
    key = "name" if field in ("attendees", "apologies") else ("title" if field == "items" else "text")
    missing = [w.get(key) for j, w in enumerate(want) if j not in paired_want]
    extra = [g.get(key) for i, g in enumerate(got) if i not in paired_got]
    return f"missing {missing!r}; unexpected {extra!r}"
