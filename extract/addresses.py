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


def street_word_pattern() -> str:
    """A regex group matching one street word as a whole word, with the stop an abbreviation may carry."""
    return r"(?:" + "|".join(street_words()) + r")\b\.?"
