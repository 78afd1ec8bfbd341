"""An attendance grid: one row a member, one column a meeting of the year, a mark in each cell.

Governing bodies (school governors, trust boards) print a year's attendance at the top of each set of
minutes: "Ann Lee | Parent | 10/2024 | P | S | | |", the dated columns filling in as the year goes on,
and a key under the grid says what the letters mean ("P – Present  S – Sanctioned  A – Absent").
The meeting the minutes are of is the last column anyone has a mark in; a member's mark there says
whether they came (present, late) or sent apologies (a sanctioned absence). A grid carried over a page
break into a second table with fewer marked columns holds former members, whose marks are of earlier
meetings, and is left out.
"""

from __future__ import annotations

import re

from ..ingest.document import Line, top_reach
from ..names import PersonName, parse_person
from .names import is_organisation, is_role
from .sections import Mark, read_attendance_mark

SEARCH_LINES = 80
"""A grid sits at the top of the minutes."""
MIN_ROWS = 3
"""Member rows a grid has at least."""
KEY_REACH = 4
"""Lines after (or before) the grid within which its key is printed."""
MAX_MARK_CHARS = 2
"""Characters a mark in a grid cell has ("P", "S", "✓", "Ab")."""

# One letter of the key and what it stands for: "P – Present", "S = Sanctioned", "L: Late arrival".
_KEY = re.compile(
    r"(?:^|(?<=\s))(?P<mark>[A-Za-z✓✔✗×]{1,2})\s*[–—=:-]\s*(?P<meaning>[A-Za-z][A-Za-z ()/]*?)\s*"
    r"(?=$|[,;]|\s[A-Za-z✓✔✗×]{1,2}\s*[–—=:-]\s)"
)
_NAME = re.compile(r"^[A-Za-z][A-Za-z'’.-]*(?:\s+[A-Za-z][A-Za-z'’.-]*){1,3}$")
_VACANT = re.compile(r"^(?:vacant|vacancy)\b", re.IGNORECASE)
_NOT_A_NAME = re.compile(r"^(?:vacant|vacancy|name|governor|member|type|total)\b", re.IGNORECASE)


def grid_people(lines: list[Line], mark: Mark) -> list[tuple[PersonName, Line]]:
    """(person, row) for each member a grid at the top gives `mark` at its latest meeting (a name with a surname)."""
    people = [(parse_person(name), row) for name, marked, row in grid_marks(lines) if marked == mark]
    return [(person, row) for person, row in people if person.surname]


def grid_marks(lines: list[Line]) -> list[tuple[str, Mark, Line]]:
    """(name, mark, row) for each member a grid at the top marks at its latest meeting; [] when there is no grid."""
    top = lines[: top_reach(lines, SEARCH_LINES)]
    for start, rows in _grids(top):
        key = _key_near(top, start, rows)
        if key is None:
            continue
        return _latest_marks(rows, key)
    return []


def _grids(lines: list[Line]) -> list[tuple[int, list[Line]]]:
    """Runs of member rows (table rows whose first filled cell is a name), each with the index of its first row."""
    runs: list[tuple[int, list[Line]]] = []
    current: list[Line] = []
    first = 0
    for index, line in enumerate(lines):
        if line.cells is not None and _member_cells(line.cells) is not None:
            if not current:
                first = index
            current.append(line)
            continue
        if line.cells is not None and _is_empty_seat(line.cells):
            continue  # "VACANT | Parent |  |": an empty seat inside the grid
        if len(current) >= MIN_ROWS:
            runs.append((first, current))
        current = []
    if len(current) >= MIN_ROWS:
        runs.append((first, current))
    return runs


def _is_empty_seat(cells: tuple[str, ...]) -> bool:
    """True for a grid row that seats no one: blank after its first cell, or a "VACANT" seat."""
    filled = [cell.strip() for cell in cells if cell.strip()]
    return len(filled) <= 1 or _VACANT.match(filled[0]) is not None


def _member_cells(cells: tuple[str, ...]) -> list[str] | None:
    """The cells of a member row, the name first; None for any other row."""
    filled = [index for index, cell in enumerate(cells) if cell.strip()]
    if not filled:
        return None
    name = cells[filled[0]].strip()
    if not _NAME.match(name) or _NOT_A_NAME.match(name) or is_role(name) or is_organisation(name):
        return None
    return [cell.strip() for cell in cells[filled[0] :]]


def _key_near(lines: list[Line], start: int, rows: list[Line]) -> dict[str, Mark] | None:
    """The marks a key printed near the grid defines ({"P": "present", "S": "apologies"}); None without a key."""
    end = start + len(rows)
    texts = [_line_text(line) for line in lines[max(0, start - KEY_REACH) : start]]
    texts += [_line_text(line) for line in lines[end : end + KEY_REACH + len(rows)]]
    key: dict[str, Mark] = {}
    for text in texts:
        for found in _KEY.finditer(text):
            mark = read_attendance_mark(found.group("meaning"))
            if mark is not None:
                key[found.group("mark")] = mark
    return key if len(key) >= 2 and "present" in key.values() else None


def _line_text(line: Line) -> str:
    return "  ".join(line.cells) if line.cells is not None else line.text


def _latest_marks(rows: list[Line], key: dict[str, Mark]) -> list[tuple[str, Mark, Line]]:
    """Each member's mark in the last column anyone is marked in, read table by table."""
    tables: dict[int | None, list[Line]] = {}
    for row in rows:
        tables.setdefault(row.table, []).append(row)
    columns = {table: _marked_columns(table_rows, key) for table, table_rows in tables.items()}
    most = max(len(found) for found in columns.values())
    marks: list[tuple[str, Mark, Line]] = []
    for table, table_rows in tables.items():
        if not columns[table] or len(columns[table]) < most:
            continue  # a carried-over grid of former members, marked at earlier meetings only
        latest = columns[table][-1]
        for row in table_rows:
            cells = row.cells or ()
            cell = cells[latest].strip() if latest < len(cells) else ""
            if cell in key:
                marks.append((_name_of(cells), key[cell], row))
    return marks


def _marked_columns(rows: list[Line], key: dict[str, Mark]) -> list[int]:
    """Columns (after the name) in which some row holds a mark of the key, left to right."""
    found: set[int] = set()
    for row in rows:
        cells = row.cells or ()
        filled = [index for index, cell in enumerate(cells) if cell.strip()]
        for index in filled[1:]:
            cell = cells[index].strip()
            if len(cell) <= MAX_MARK_CHARS and cell in key:
                found.add(index)
    return sorted(found)


def _name_of(cells: tuple[str, ...]) -> str:
    name = next(cell.strip() for cell in cells if cell.strip())
    if name.isupper():
        name = " ".join(word[:1] + word[1:].lower() for word in name.split())
    return parse_person(name).name
