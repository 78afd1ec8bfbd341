"""Attendance rosters laid out as labelled lines, which the item reader would take for run-in item titles.

A council of clubs or wards lists who came one line per member body: "Eager Beavers: Kay Rogers, Ken Marifke
(both absent)", "Hoedowners: Mike Duyck, Doug Morgan"; its officers the same way: "Caller Advisor: K.C. Curtis".
Each line reads like "Planning: two applications …" to the item reader. What gives the roster away is the run:
three or more labelled lines in a row whose text is nothing but people's names (with "(absent)" notes), under a
bare label such as "Delegates:". Those lines, and that label, are no items.
"""

from __future__ import annotations

import re

from ..names import DOTTED_NAME_WORD, particle_pattern

MIN_ROSTER_LINES = 3
"""Labelled name lines in a row that make a roster ("Treasurer: Ann Cole" alone may be an item's minutes)."""
MAX_NAME_WORDS = 4
"""Words one name may have ("Mary Ann de Vries")."""

_NOTE = r"(?:\s*\((?:[A-Z][a-z]+\s+|both\s+|all\s+)?(?:absent|present|apologies|excused|remote|online)\))?"
_WORD = rf"(?:{DOTTED_NAME_WORD}|{particle_pattern()})"
"""One word of a name: a capitalised word or initials ("K.C."), or a particle from the one list (names' `particles`)."""
_NAME = rf"(?:{_WORD}|St\.)(?:\s+{_WORD}){{0,{MAX_NAME_WORDS - 1}}}{_NOTE}"
_NAMES = re.compile(rf"^{_NAME}(?:\s*(?:,|&|\band\b)\s*{_NAME})*{_NOTE}\.?$")
"""People's names only: "Kay Rogers, Ken Marifke (both absent)", "Rick and Robin Faltersack", "K.C. Curtis"."""
_BARE_LABEL = re.compile(r"^[A-Z][^:]{1,40}:?$")
"""A label with nothing after it ("Delegates:", "Officers, Elected & Appointed:") heading a roster."""


EMPTY_VERDICT = r"(?:none|nil|n/?a|nothing(?:\s+to\s+report)?|no\s+(?:report|business))"
"""The words of a report or heading that had nothing under it ("None", "Nil", "N/A", "No report"), as a regular
expression group (read with IGNORECASE)."""
_VERDICT = re.compile(rf"^{EMPTY_VERDICT}\W*$", re.IGNORECASE)
"""A report's verdict ("Old business None", "Public comment: Nil"), which a capitalised word makes look like a name."""


def is_name_list(text: str) -> bool:
    """True when `text` is only people's names, joined by commas or "and", maybe with an attendance note."""
    text = text.strip()
    return bool(text) and not any(ch.isdigit() for ch in text) and bool(_NAMES.match(text)) and not _VERDICT.match(text)


def roster_lines(entries: list[tuple[str | None, str, str | None, int, int]]) -> set[int]:
    """Positions of (number, title, text after the title, first line, last line) entries that belong to a roster.

    Only unnumbered entries count; a run of at least `MIN_ROSTER_LINES` whose texts are name lists is a
    roster, with the bare label on the line right above it ("Old Business:" over a sentence, then the new
    officers, stays an item).
    """
    dropped: set[int] = set()
    position = 0
    while position < len(entries):
        end = position
        while end < len(entries) and entries[end][0] is None and entries[end][2] and is_name_list(entries[end][2] or ""):
            end += 1
        if end - position >= MIN_ROSTER_LINES:
            dropped.update(range(position, end))
            above = position - 1
            if (
                above >= 0
                and entries[above][0] is None
                and not entries[above][2]
                and _BARE_LABEL.match(entries[above][1])
                and entries[above][4] + 1 == entries[position][3]
            ):
                dropped.add(above)
            position = end
        else:
            position = end + 1 if end == position else end
    return dropped
