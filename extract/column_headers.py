"""What a table's column holds, told by its header cell: the one place header words are known.

The words are data (`data/column_headers.toml`), one section per kind of column: an action table's
task, owner, due date, item and text columns (extract/actions.py, extract/action_updates.py), an owner
column at a PDF page's margin (extract/margin_owners.py), status and progress columns
(extract/action_status.py), decision and motion columns (extract/resolutions.py), a motions table's mover, seconder and count
columns (extract/motion_tables.py) and a roll-call
table's columns (extract/attendance_forms.py). This module imports no spaCy, so the tracking code can
use it.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Literal, get_args

HEADERS_PATH = Path(__file__).parent / "data" / "column_headers.toml"

ColumnKind = Literal[
    "action", "owner", "due", "margin", "item", "text", "status", "progress", "decision", "motion", "motion_outcome",
    "mover", "seconder", "votes_for", "votes_against", "votes_abstain",
    "attendee", "attendee_detail", "register_name", "register_mark", "register_post",
]
TABLE_KINDS: tuple[ColumnKind, ...] = ("action", "owner", "due")
"""The columns of an action table, in the order a header is tried against them ("By" is a due date there)."""

_JOINED = re.compile(r"\s*[/&]\s*")
_POSSESSIVE = re.compile(r"(?:['’]s|s['’]|s)?$")


@dataclass(frozen=True, slots=True)
class ColumnHeaders:
    """The header words of each kind of column, and the words that may stand before them (from data)."""

    words: Mapping[str, frozenset[str]]
    after: Mapping[str, frozenset[str]]

    def heads(self, kind: ColumnKind, label: str) -> bool:
        """True when the header cell `label` heads a column of `kind`."""
        words = header_words(label)
        if words in self.words[kind]:
            return True
        for before in self.after.get(kind, ()):
            if words.startswith(before):
                rest = words[len(before):]
                head, _, tail = rest.partition(" ")
                if tail in self.words[kind] and _POSSESSIVE.fullmatch(head):
                    return True
        return False

    def column(self, kind: ColumnKind, cells: Sequence[str]) -> int | None:
        """The position of the first cell of a header row that heads a column of `kind`, or None."""
        return next((position for position, cell in enumerate(cells) if self.heads(kind, cell)), None)

    def kind(self, label: str) -> ColumnKind | None:
        """Which action-table column `label` heads: "action", "owner" or "due" (tried in that order), or None."""
        return next((kind for kind in TABLE_KINDS if self.heads(kind, label)), None)

    def is_margin(self, label: str) -> bool:
        """True when `label` heads an owner column at the margin."""
        return self.heads("margin", label)


def header_words(label: str) -> str:
    """A header cell as compared: lower case, one space between words, no final colon, "/" and "&" read as "and"."""
    return " ".join(_JOINED.sub(" and ", label.strip().rstrip(":").lower()).split())


@lru_cache(maxsize=1)
def load_column_headers(path: str = str(HEADERS_PATH)) -> ColumnHeaders:
    """Return the header words of every kind of column, from the data file."""
    data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
    missing = [kind for kind in get_args(ColumnKind) if not data.get(kind, {}).get("words")]
    if missing:
        raise ValueError(f"{Path(path).name}: no words for {', '.join(missing)}")
    return ColumnHeaders(
        words={kind: frozenset(header_words(word) for word in section["words"]) for kind, section in data.items()},
        after={kind: frozenset(header_words(word) for word in section["after"])
               for kind, section in data.items() if "after" in section},
    )
