"""Header words of an action table's columns and of an owner column at a page's margin.

The words are data (`data/action_patterns.json`, "column_headers"), read by
extract/actions.py (action tables), extract/margin_owners.py (owner columns
printed at the right margin) and extract/action_updates.py (tables of earlier
actions). This module imports no spaCy, so the tracking code can use it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

PATTERNS_PATH = Path(__file__).parent / "data" / "action_patterns.json"


@dataclass(frozen=True, slots=True)
class ColumnHeaders:
    """Header words of the columns of an action table and of an owner column at a page's margin (from data)."""

    action: frozenset[str]
    owner: frozenset[str]
    due: frozenset[str]
    margin: frozenset[str]
    """Headers over an owner column printed at the right margin ("Action", "By", "Who")."""

    def kind(self, label: str) -> str | None:
        """Which table column `label` heads: "action", "owner" or "due" (tried in that order), or None."""
        words = header_words(label)
        return next((kind for kind in ("action", "owner", "due") if words in getattr(self, kind)), None)

    def is_margin(self, label: str) -> bool:
        """True when `label` heads an owner column at the margin."""
        return header_words(label) in self.margin


def header_words(label: str) -> str:
    """A header cell as compared: lower case, one space between words, no final colon."""
    return " ".join(label.strip().rstrip(":").lower().split())


@lru_cache(maxsize=1)
def load_column_headers(path: str = str(PATTERNS_PATH)) -> ColumnHeaders:
    """Return the column header words from the action pattern file."""
    data = json.loads(Path(path).read_text(encoding="utf-8"))["column_headers"]
    return ColumnHeaders(*(frozenset(header_words(word) for word in data[kind])
                           for kind in ("action", "owner", "due", "margin")))
