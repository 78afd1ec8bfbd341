"""Motions kept as tables: one row per motion, or a motion's own two-column table of labels.

Associations, clubs, student unions and some councils record each motion as a table row, its columns
named by their header ("Motion | Moved | Seconded | Result", "Resolution | Mover | Seconder | For |
Against | Abstain"), or set under the motion's words a small table of labels and values ("Moved By | A",
"Seconded By | B", "Status | Carried"). This module reads the structure only: which cell holds the
motion, its mover, its seconder, its outcome and its counts, told by the header words of
`data/column_headers.toml`. What an outcome means is left to its readers: extract/resolutions.py takes
each row's decision, extract/votes.py each row's vote.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import get_args

from ..ingest.document import Line
from .column_headers import ColumnKind, load_column_headers

COUNT_KINDS: tuple[tuple[ColumnKind, str], ...] = (
    ("votes_for", "for"), ("votes_against", "against"), ("votes_abstain", "abstain"),
)
"""The count columns of a motions table and the side of the vote each counts."""

MOTION_LABEL = re.compile(r"^(?:motion|proposal|resolution)\s*(?:\d{1,3}\s*)?[:\-–—]\s*", re.IGNORECASE)
"""The label before a motion's words ("Motion: That the fee be $25.", "MOTION – that …"), where a labelled motion table's
words stand above it."""
_COUNT_CELL = re.compile(r"^\s*(\d{1,3})\s*$")
_SPACES = re.compile(r"\s+")


@dataclass(frozen=True, slots=True)
class MotionColumns:
    """Where a motions table keeps each part of a motion: positions in its rows (None where it has no such column)."""

    motion: int
    mover: int | None = None
    seconder: int | None = None
    outcome: int | None = None
    counts: tuple[tuple[str, int], ...] = ()
    """(side, position) for each count column ("for", "against", "abstain")."""


@dataclass(frozen=True, slots=True)
class MotionRow:
    """One motion as a table records it: its words, who moved and seconded it, its outcome cell and its counts."""

    motion: str
    mover: str | None = None
    seconder: str | None = None
    outcome: str | None = None
    counts: dict[str, int] = field(default_factory=dict)
    has_outcome: bool = False
    """True when the table has an outcome or count column (an empty cell there is no outcome recorded)."""


def motion_columns(cells: Sequence[str]) -> MotionColumns | None:
    """The columns of a motions table's header row, or None for any other header.

    A motions table has a motion column and, beside it, a mover, seconder or count column: a table of a
    motion and its outcome alone ("Proposal | Decision") is a decision table, read as such elsewhere."""
    headers = load_column_headers()
    motion = headers.column("motion", cells)
    if motion is None:
        return None

    def other(kind: ColumnKind, after: int = -1) -> int | None:
        return next((position for position, cell in enumerate(cells)
                     if position != motion and position > after and headers.heads(kind, cell)), None)

    mover, seconder = other("mover"), other("seconder")
    counts: list[tuple[str, int]] = []
    first = other("votes_for")
    if first is not None:
        # "No" heads an item number as well as the side against: a count column only after the side for.
        counts.append(("for", first))
        counts.extend((side, position) for kind, side in COUNT_KINDS[1:]
                      if (position := other(kind, after=first)) is not None)
    if mover is None and seconder is None and not counts:
        return None
    outcome = other("motion_outcome")
    if outcome is not None and outcome in (mover, seconder):
        outcome = None
    return MotionColumns(motion=motion, mover=mover, seconder=seconder, outcome=outcome, counts=tuple(counts))


def read_motion_row(columns: MotionColumns, cells: Sequence[str]) -> MotionRow | None:
    """The motion a row of a motions table records, or None for a row with no motion's words (a blank row)."""
    motion = _cell(cells, columns.motion)
    if motion is None:
        return None
    counts = {side: int(found.group(1)) for side, position in columns.counts
              if (found := _COUNT_CELL.match(_cell(cells, position) or ""))}
    return MotionRow(
        motion=motion, mover=_cell(cells, columns.mover), seconder=_cell(cells, columns.seconder),
        outcome=_cell(cells, columns.outcome), counts=counts,
        has_outcome=columns.outcome is not None or bool(columns.counts),
    )


def read_labelled_motion(rows: Sequence[Sequence[str]]) -> MotionRow | None:
    """The motion a two-column table of labels records ("Moved By | A", "Seconded By | B", "Status | Carried"),
    its words in a "Motion" row where it has one (else "" for the reader to find above the table), or None where
    a row's label is no part of a motion or the table names neither its mover nor its seconder."""
    headers = load_column_headers()
    found: dict[str, str] = {}
    counts: dict[str, int] = {}
    for cells in rows:
        filled = [_SPACES.sub(" ", cell).strip() for cell in cells]
        if not any(filled):
            continue
        if len(filled) != 2:
            return None
        label, value = filled
        kind = next((kind for kind in ("motion", "mover", "seconder", "motion_outcome")
                     if headers.heads(kind, label)), None)
        side = next((side for kind, side in COUNT_KINDS if headers.heads(kind, label)), None)
        if side is not None and _COUNT_CELL.match(value):
            counts[side] = int(value)
        elif kind is None or kind in found:
            return None
        elif value:
            found[kind] = value
    if "mover" not in found and "seconder" not in found:
        return None
    return MotionRow(motion=found.get("motion", ""), mover=found.get("mover"), seconder=found.get("seconder"),
                     outcome=found.get("motion_outcome"), counts=counts,
                     has_outcome="motion_outcome" in found or bool(counts))


def _cell(cells: Sequence[str], position: int | None) -> str | None:
    if position is None or position >= len(cells):
        return None
    text = _SPACES.sub(" ", cells[position]).strip()
    return text or None


MotionTable = MotionColumns | MotionRow
"""A motions table as read: the columns of one kept a row per motion, or the one motion a labelled table records."""


def find_motion_tables(lines: Sequence[Line]) -> dict[int, MotionTable]:
    """The motions tables among `lines` (a section's), by their index in the document's tables: the columns of a
    table kept one row per motion (its first row among `lines` its header), or the motion a labelled table records."""
    rows_of: dict[int, list[Line]] = {}
    for line in lines:
        if line.cells is not None and line.table is not None:
            rows_of.setdefault(line.table, []).append(line)
    found: dict[int, MotionTable] = {}
    before: tuple[int, MotionColumns, int] | None = None  # the last table kept a row per motion, its columns, width
    for table, rows in rows_of.items():
        width = len(rows[0].cells or ())
        columns = motion_columns(rows[0].cells or ())
        if (columns is None and before is not None and before[0] == table - 1 and before[2] == width
                and not _is_header(rows[0].cells or ())):
            columns = before[1]  # the same table run on past a page break, its header not printed again
        labelled = read_labelled_motion([row.cells or () for row in rows]) if columns is None else None
        if columns is not None:
            found[table] = columns
            # A table whose rows end under another table's header runs on into no later one.
            cut = any(_is_header(row.cells or ()) and not is_motion_header(row) for row in rows)
            before = None if cut else (table, columns, width)
        elif labelled is not None:
            found[table] = labelled
    return found


def labelled_motion_below(
    paragraphs: Sequence[Sequence[Line]], index: int, tables: Mapping[int, MotionTable]
) -> MotionRow | None:
    """The labelled motion table that the paragraph after `paragraphs[index]` opens when that table gives no motion's
    words of its own, so that `paragraphs[index]` (no heading, no table row) is the motion it records ("That the entry
    fee be $25." over "Moved By | A" / "Status | Carried"); None for any other paragraph. Its decision and its vote
    are both read from this one pairing."""
    words = paragraphs[index] if 0 <= index < len(paragraphs) else ()
    if not words or words[0].is_heading or words[0].cells is not None or index + 1 >= len(paragraphs):
        return None
    first = paragraphs[index + 1][0]
    table = tables.get(first.table) if first.cells is not None and first.table is not None else None
    return table if isinstance(table, MotionRow) and not table.motion else None


def motion_rows(rows: Sequence[Line]) -> list[Line]:
    """The rows of a motions table that hold motions: past its header, up to another table's header row
    ("Action | Owner | Status") where two tables were read as one."""
    kept: list[Line] = []
    for row in rows:
        if is_motion_header(row):
            continue
        if _is_header(row.cells or ()):
            break
        kept.append(row)
    return kept


def _is_header(cells: Sequence[str]) -> bool:
    """True for a row of two or more header words of any kind ("Action | Owner | Status"): another table's header."""
    headers = load_column_headers()
    return sum(any(headers.heads(kind, cell) for kind in get_args(ColumnKind)) for cell in cells if cell.strip()) >= 2


def is_motion_header(line: Line) -> bool:
    """True for a motions table's header row ("Motion | Moved | Seconded | Result")."""
    return line.cells is not None and motion_columns(line.cells) is not None
