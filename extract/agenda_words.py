"""The words agenda headings carry ("Apologies", "Correspondence", "New Business", "CALL TO ORDER"), read from
`data/agenda_words.toml`: the one vocabulary items, kind and attendance read headings and order-of-business lines with."""

from __future__ import annotations

import re
import tomllib
from functools import lru_cache
from importlib import resources

AGENDA_WORDS_FILE = "agenda_words.toml"


@lru_cache(maxsize=8)
def agenda_words(key: str = "words") -> re.Pattern[str]:
    """Words of agenda headings, from `data/agenda_words.toml`, as one whole-word pattern; `key="meeting_parts"`
    gives those naming the procedural parts of a meeting, `key="ceremonies"` ceremonies and procedural parts set
    as unnumbered headings."""
    raw = tomllib.loads(resources.files(__package__).joinpath("data", AGENDA_WORDS_FILE).read_text(encoding="utf-8"))
    terms = {f"{{{name}}}": str(term) for name, term in raw.get("terms", {}).items()}
    words = "|".join(_with_terms(str(word), terms).replace(" ", r"\s+") for word in raw[key])
    return re.compile(rf"(?<![\w'’])(?:{words})(?![\w'’])", re.IGNORECASE)


def _with_terms(word: str, terms: dict[str, str]) -> str:
    for name, term in terms.items():
        word = word.replace(name, term)
    return word


@lru_cache(maxsize=2)
def meeting_part_line(key: str = "meeting_parts") -> re.Pattern[str]:
    """A line naming only a procedural part of a meeting, bullet and colon aside: "CALL TO ORDER", "• Roll Call:",
    "Adjournment" (the words from `agenda_words`); `key="words"` takes any agenda heading's word ("Welcome",
    "Correspondence")."""
    return re.compile(rf"^[\W_]*{agenda_words(key).pattern}[\W_]*$", re.IGNORECASE)
