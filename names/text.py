"""Name text as written: a bracket after a name, spaces and edge punctuation."""

from __future__ import annotations

import re

_SPACES = re.compile(r"\s+")
_BRACKET_TAIL = re.compile(r"\s*\((?:[^()]|\([^()]*\))*\)\s*$")


def strip_bracket(text: str) -> tuple[str, str | None]:
    """Split "Name (Role)" into ("Name", "Role"); nested brackets stay inside the role."""
    match = _BRACKET_TAIL.search(text)
    if not match:
        return text.strip(), None
    inner = match.group(0).strip()[1:-1].strip()
    return text[: match.start()].strip(), inner or None


def clean_name(text: str) -> str:
    """`text` without a bracket after it, on single spaces, without edge punctuation."""
    text, _ = strip_bracket(text)
    return _SPACES.sub(" ", text).strip(" ,;:.\t")


_NAME_LETTERS = re.compile(r"[A-Za-z]+")


def name_cased(text: str) -> str:
    """A name printed in capitals in the case names are written in: each run of letters capitalised, so the letter
    after an apostrophe or a hyphen stays a capital ("O'NEIL" -> "O'Neil", "VALE-REED" -> "Vale-Reed")."""
    return _NAME_LETTERS.sub(lambda m: m.group(0)[0].upper() + m.group(0)[1:].lower(), text)
