"""Two attendance lists printed side by side, each under its own label.

A PDF may print "Present:" (the members) on the left and "Members of the Public:"
or "In attendance:" on the right, the two columns sharing lines, so each line of
text runs a member into a visitor. Where the page gives positions (`Line.spans`),
every run is put back in its column by where it starts; plain text splits at the
column gap (a tab). The two columns are then read one after the other, each under
its own label, as if printed one above the other.

The right column's people are also present; under a label of the public ("Members
of the Public:") they are read as also present too, while a count ("Members of the
public: 3") or an empty column names no one.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..ingest.document import Line
from ..names import NAME_WORD, NAME_WORD_OR_INITIAL, load_non_person_words, strip_bracket
from .names import is_organisation, is_role
from .sections import BULLET_GLYPHS, SectionName, match_label, opening_label, without_lead

COLUMN_GAP = "\t"
"""How a line's text keeps a column-wide gap (`ingest.layout.COLUMN_SEPARATOR`)."""
SLACK = 12.0
"""Points a run may start left of its column's label and still belong to the column."""
MAX_LINES = 40
"""A pair of columns never runs longer than this many lines."""
ALSO_PRESENT = "Also present:"
"""The label the right column is read under when it names the public."""

MAX_LABEL_CELLS = 4
"""A row of labelled lists side by side has at most this many cells."""
# A left-column entry alone on its line: a titled or capitalised name of a few words, nothing more.
# "Dee Hart (DH) CLERK": initials in brackets may be followed by the member's post in capitals.
_LEFT_ONLY = re.compile(
    r"^(?:[A-Z][\w'’.-]*\.?\s+){0,4}[A-Z][\w'’.-]*(?:\s*\([^()]{1,40}\)(?:\s+[A-Z][A-Z-]+(?:\s+[A-Z][A-Z-]+){0,2})?)?[,.]?$"
)
_ITEM = re.compile(r"^\s*(?:\d{1,3}(?:[./]\d{1,3}){0,3}[.)]?\s+[A-Z]|item\s+\d)", re.IGNORECASE)
_STOPS: tuple[SectionName, ...] = ("apologies", "absent", "business")
# A name alone in its column: "Gordon Vale", "Mabel St. Clair", "Cllr Ann Lee", "J. R. Okafor".
_COLUMN_NAME = re.compile(rf"^(?:{NAME_WORD_OR_INITIAL}\s+){{1,3}}{NAME_WORD}$")
# Initials closing a column's text: "Rob Weir RW".
_OWN_INITIALS_END = re.compile(r"\s[A-Z]{2,4}$")
# The label in a grid's first column: "1. PRESENT:", "Regrets:" (the first name may follow in the same run).
_GRID_LABEL = re.compile(r"^[^:]{1,40}:\s*")
# A bullet before a column's name ("\uf0b7 Ann Lee" | "\uf0b7 Bo Day"): a Word list printed in two columns.
_CELL_BULLET = re.compile(rf"^[{BULLET_GLYPHS}][ \t\u00a0]+")
# A public column that names no one: a count, "None", "Nil".
_NO_ONE = re.compile(r"[\d\s().,-]*|none\.?|nil\.?", re.IGNORECASE)


def name_columns(lines: list[Line]) -> list[Line]:
    """A list's lines with each row of names printed in columns ("Gordon Vale <gap> Mabel Clair", as a table row's
    cells or as runs printed apart) written as a list typed with semicolons, each name one entry, however the page
    joined them; the row's end closes an entry too. All or nothing: when one row of cells holds anything but names
    (a "Name | Organisation" table, a "Name | Post" register) every line stays as it was."""
    rows = {index: _names_of(parts) for index, line in enumerate(lines) if (parts := _parts(line)) is not None}
    if not rows or any(row is None for row in rows.values()):
        return lines
    written = []
    for index, line in enumerate(lines):
        row = rows.get(index)
        if row is None:
            written.append(line)
            continue
        label, names = row
        written.append(replace(line, text=f"{label} {'; '.join(names)};".strip(), cells=None, table=None, spans=None))
    return written


def name_row(line: Line) -> tuple[str, list[str]] | None:
    """The label and the names of a line whose columns each hold one name, after an attendance or apologies label in
    the first ("REGRETS: | Ann Lee | Bo Day" gives "REGRETS:" and the two names; the label is "" when there is
    none); None for a line of columns holding anything else, or of one column."""
    parts = _parts(line)
    return None if parts is None else _names_of(parts)


def _names_of(parts: list[str]) -> tuple[str, list[str]] | None:
    """`name_row` for a line's column texts, as `_parts` reads them."""
    label = ""
    found = _GRID_LABEL.match(parts[0])
    if found is not None and (_attendance(found.group(0)) is not None or _opens_stop(found.group(0))):
        label = found.group(0).strip()
        parts = [part for part in [parts[0][found.end() :].strip(), *parts[1:]] if part]
    if len(parts) < 2 or not all(_is_column_name(part) for part in parts):
        return None
    return label, parts


def _parts(line: Line) -> list[str] | None:
    """The texts of a line's columns: a table row's cells, or its runs where the page gives two or more."""
    if line.cells is not None:
        texts = list(line.cells)
    elif line.spans and len(line.spans) >= 2:
        texts = [span.text for span in line.spans]
    else:
        return None
    texts = [_CELL_BULLET.sub("", text.strip()).strip("*_").strip() for text in texts]
    return [text for text in texts if text] or None


def _is_column_name(text: str) -> bool:
    """True for a column's text that is one person's name: no organisation, post or word saying what someone is."""
    name = strip_bracket(text)[0].strip()  # "Helen Lyle (SBC)": who she sits for, in brackets
    if not _COLUMN_NAME.match(name) or is_organisation(name) or is_role(name):
        return False
    if opening_label(name) is not None or _OWN_INITIALS_END.search(name):
        return False  # "PRESENT Rob Weir RW": a label run in, or a name beside its initials (the initials grid's)
    non_person = load_non_person_words().non_person
    return not any(word.strip(".").lower() in non_person for word in name.split())


def split_columns(lines: list[Line], limit: int | None = None) -> list[Line]:
    """`lines` with each pair of side-by-side lists rewritten as the left list, then the right one; with `limit`, only
    until that many lines are written (a reader that looks no further than the document's top)."""
    out: list[Line] = []
    index = 0
    while index < len(lines) and (limit is None or len(out) < limit):
        cells = _read_cells(lines, index)
        if cells is not None:
            out.extend(cells[0])
            index = cells[1]
            continue
        found = _read_pair(lines, index)
        if found is None:
            out.append(lines[index])
            index += 1
            continue
        rewritten, index = found
        out.extend(rewritten)
    return out


def _read_cells(lines: list[Line], index: int) -> tuple[list[Line], int] | None:
    """A table row of lists side by side under their own labels, one line a cell: "Present: A, B" | "Apologies:
    C"; or a row of bare labels ("Present:" | "Apologies:") over rows of names, read column by column. None for
    any other line."""
    head = lines[index]
    if head.cells is None or not 2 <= len(head.cells) <= MAX_LABEL_CELLS:
        return None
    cells = [cell.strip().strip("*_").strip() for cell in head.cells]
    if not all(cells) or _attendance(cells[0]) is None:
        return None
    if not all(_attendance(cell) is not None or _is_public(cell) or _is_stop(cell) for cell in cells[1:]):
        return None
    filled = [bool(re.search(r"[:\-–]\s*\S", cell)) for cell in cells]
    if all(filled):
        return [replace(head, text=cell, cells=None, table=None, spans=None) for cell in cells], index + 1
    if any(filled) or not re.search(r"[:\-–]\s*$", cells[0]):
        return None  # "Present | Absent" headings of a register's mark columns: no colons, no lists beside them
    if not all(re.search(r"[:\-–]\s*$", cell) or _is_public(cell) for cell in cells[1:]):
        return None  # beside "Present:" a list's label may go without its colon ("Members of the Public")
    columns: list[list[Line]] = [[replace(head, text=cell, cells=None, table=None, spans=None)] for cell in cells]
    end = index + 1
    while end < len(lines) and end - index <= MAX_LINES:
        line = lines[end]
        if line.is_blank or (new_heading(head, line) and not _is_listed_person(line.text)):
            break  # (the left column's names may be set in bold, as headings, once the right one has run out)
        if line.cells is not None and len(line.cells) <= len(cells):
            row = [cell.strip() for cell in line.cells]
        elif line.cells is None and _LEFT_ONLY.match(line.text.strip()):
            row = [line.text.strip()]  # the other columns ran out first: "Cllr C Nunn" alone on its line
        else:
            break
        if row[0] and _ends_pair(row[0]):
            break
        for column, cell in zip(columns, row):
            if cell:
                column.append(replace(line, text=cell, cells=None, table=None, spans=None, heading=None, bold=False))
        end += 1
    for column in columns:
        column[0] = replace(column[0], text=_public_as_also_present(column[0].text, column[1:]))
    return [line for column in columns for line in column], end


def _is_listed_person(text: str) -> bool:
    """True for a list's entry alone on its line that names a person: "Ann Lee (AL) CLERK", "Cllr Bo Day"."""
    text = text.strip().strip("*_#").strip()
    return bool(_LEFT_ONLY.match(text)) and _is_column_name(re.sub(r"\s*\([^()]*\).*$", "", text))


def _is_stop(text: str) -> bool:
    return opening_label(text, sections=("apologies", "absent")) is not None


def _labels(line: Line) -> tuple[str, str, float | None] | None:
    """The left and right texts of a line holding two labels a column apart, and where the right one starts
    (None where the source gives no positions)."""
    if line.cells is not None:
        return None
    if line.spans and len(line.spans) >= 2:
        # The runs say where the columns are, even where the text joins them with a plain space.
        for position in range(1, len(line.spans)):
            left = " ".join(span.text.strip() for span in line.spans[:position])
            right = " ".join(span.text.strip() for span in line.spans[position:])
            if _is_pair(left, right):
                return left, right, line.spans[position].x0
        return None
    parts = [part.strip() for part in line.text.split(COLUMN_GAP) if part.strip()]
    if len(parts) == 2 and _is_pair(*parts):
        return parts[0], parts[1], None
    return None


def _is_pair(left: str, right: str) -> bool:
    """True for "Present:" beside "Members of the Public:" (or "In attendance:"): two labels side by side."""
    return _attendance(left) is not None and (
        _attendance(right) is not None or _is_public(right) or _opens_stop(right)
    )


def _attendance(text: str) -> str | None:
    found = match_label(without_lead(text.strip().strip("*_").strip()))
    return found.label.status if found is not None else None


def _is_public(text: str) -> bool:
    return opening_label(text.strip().strip("*_").strip(), sections=("public",)) is not None


def _read_pair(lines: list[Line], index: int) -> tuple[list[Line], int] | None:
    head = _labels(lines[index])
    if head is None:
        return None
    left_label, right_label, start = head
    left: list[Line] = [replace(lines[index], text=left_label, spans=None)]
    right: list[str] = [right_label]
    right_lines: list[Line] = []
    end = index + 1
    while end < len(lines) and end - index <= MAX_LINES:
        line = lines[end]
        if line.is_blank or line.cells is not None or new_heading(lines[index], line):
            break
        split = _split(line, start)
        if split is None:
            break
        in_left, in_right = split
        if in_left and _ends_pair(in_left):
            break
        if in_left:
            left.append(replace(line, text=in_left, spans=None))
        if in_right:
            right.append(in_right)
            right_lines.append(replace(line, text=in_right, spans=None))
        end += 1
    heading = replace(lines[index], text=_public_as_also_present(right[0], right_lines), spans=None)
    return [*left, heading, *right_lines], end


def _public_as_also_present(label: str, entries: list[Line]) -> str:
    """A column's label as the list reader should read it: "Members of the Public:" over people named is "Also
    present:" (with anything after its colon); a count, nothing or any other label stays as it is."""
    if not _is_public(label) or _attendance(label) is not None:
        return label
    if all(_NO_ONE.fullmatch(line.text.strip()) for line in entries):
        return label  # "Members of the public: 3", or an empty column: no one named
    after = label.split(":", 1)[1].strip() if ":" in label else ""
    return f"{ALSO_PRESENT} {after}".strip()


def new_heading(head: Line, line: Line) -> bool:
    """True for a heading after the labels' line, unless the labels are set in the same heading style: a block printed
    all in bold (the labels, then each member's name) marks every line a heading of one level."""
    return line.is_heading and line.heading != head.heading


def _split(line: Line, start: float | None) -> tuple[str, str] | None:
    """A line's text in the left column and in the right one, or None for a line across both (a sentence)."""
    if line.spans and start is not None:
        left = [span for span in line.spans if span.x0 < start - SLACK]
        right = [span for span in line.spans if span.x0 >= start - SLACK]
        if left and left[-1].x1 > start + SLACK:
            return None  # a run from the left column into the right: prose across the page
        return " ".join(span.text.strip() for span in left), " ".join(span.text.strip() for span in right)
    parts = line.text.split(COLUMN_GAP)
    if len(parts) == 2:
        return parts[0].strip(), parts[1].strip()
    return None


def _opens_stop(text: str) -> bool:
    """True for "Apologies:" or "Absent:" heading a column: its people did not attend."""
    text = text.strip().strip("*_").strip()
    return opening_label(text, sections=("apologies", "absent")) is not None and len(text.split()) <= 4


def _ends_pair(text: str) -> bool:
    """True for a left-column text that opens the next section (an item, apologies, another list)."""
    text = text.strip().strip("*_").strip()
    return bool(
        _ITEM.match(text)
        or _attendance(text) is not None
        or opening_label(without_lead(text, sections=_STOPS), sections=_STOPS) is not None
    )
