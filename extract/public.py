"""Who is one of the public, one list (`data/public_words.json`) for every rule that tells them from the body's own.

What a resident or an applicant says they will do is no task (extract/actions.py); their silence on a plan is no
response of the council's (extract/resolutions.py); a count of them beside the roll names no one
(extract/attendance.py).
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path

PUBLIC_WORDS_PATH = Path(__file__).parent / "data" / "public_words.json"


@lru_cache(maxsize=1)
def public_nouns() -> tuple[str, ...]:
    """The nouns and phrases naming one of the public ("resident", "member of the public"), longest first."""
    nouns = json.loads(PUBLIC_WORDS_PATH.read_text(encoding="utf-8"))["public_nouns"]
    return tuple(sorted(set(nouns), key=lambda noun: (-len(noun), noun)))


def _with_plural(noun: str) -> str:
    """`noun` as a regex source that also reads its plural ("residents", "members of the public")."""
    head, _, rest = noun.partition(" of ")
    words = [re.escape(word) for word in head.split()]
    words[-1] += "s?"
    source = r"\s+".join(words)
    return source + (r"\s+of\s+" + r"\s+".join(re.escape(word) for word in rest.split()) if rest else "")


@lru_cache(maxsize=1)
def public_noun_pattern() -> str:
    """A regex group matching one of `public_nouns` as whole words, singular or plural ("a resident", "3 residents",
    "two members of the public")."""
    return r"\b(?:" + "|".join(_with_plural(noun) for noun in public_nouns()) + r")\b"
