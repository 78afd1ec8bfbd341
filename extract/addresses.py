"""Street words of postal addresses, one list (`data/street_words.json`) for every rule that spots an address.

An address in a meeting's header is where it met (extract/meeting.py); the
same address in an item's heading block is no item (extract/items.py).
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

STREET_WORDS_PATH = Path(__file__).parent / "data" / "street_words.json"


@lru_cache(maxsize=1)
def street_words() -> tuple[str, ...]:
    """The last words of street names ("Street", "St", "Avenue", …), longest first so alternations take the whole."""
    words = json.loads(STREET_WORDS_PATH.read_text(encoding="utf-8"))["street_words"]
    return tuple(sorted(set(words), key=lambda word: (-len(word), word)))


def street_word_pattern(*, capitals: bool = False) -> str:
    """A regex group matching one street word as a whole word, with the stop an abbreviation may carry; with
    `capitals`, the street words of an address set in capitals ("10 ELM BLVD", "45 HIGH STREET"), leaving out those
    that are everyday nouns too."""
    if capitals:
        everyday = set(_everyday_words())
        return r"(?:" + "|".join(word.upper() for word in street_words() if word not in everyday) + r")\b\.?"
    return r"(?:" + "|".join(street_words()) + r")\b\.?"


@lru_cache(maxsize=1)
def _everyday_words() -> tuple[str, ...]:
    """Street words that are also everyday nouns ("Park", "Close", "Row"): no sign of an address when in capitals."""
    return tuple(json.loads(STREET_WORDS_PATH.read_text(encoding="utf-8"))["everyday_words"])
