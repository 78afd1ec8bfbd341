"""The parsed document: the one shape every input format becomes.

Extractors only ever see a `ParsedDocument`. Every line knows its page and
its position, so every extracted record can point back at its evidence.

Line numbers are counted through the whole document from 1 (as in a text
file); `page` says which page a line is printed on. A table row is also a
line, in reading order, with its cells kept in `Line.cells`, so extractors that
walk lines see everything while those that want cells have them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterator, Literal

Format = Literal["pdf", "docx", "html", "text"]


@dataclass(frozen=True, slots=True)
class Span:
    """A run of a printed line: its left and right edges in points from the page's left edge, and its text."""

    x0: float
    x1: float
    text: str


@dataclass(frozen=True, slots=True)
class Line:
    """One line of text in reading order."""

    text: str
    page: int
    number: int
    heading: int | None = None
    """Heading level 1-6 when the source marks the line as a heading."""
    bold: bool = False
    cells: tuple[str, ...] | None = None
    """The cells when this line is a table row."""
    table: int | None = None
    """Index into `ParsedDocument.tables` when this line is a table row."""
    spans: tuple[Span, ...] | None = field(default=None, compare=False)
    """Where a PDF line's text is printed: its runs standing a column-wide gap apart, left to right.

    None where the source gives no positions (text, HTML) and for table rows.
    A run is kept even where the line's text joins it to its neighbour with a
    plain space (an owner printed at the right margin after a typed space), so
    readers can tell a margin column from the sentence beside it. Not compared:
    two readings of a line are the same line wherever its words sit.
    """

    @property
    def is_heading(self) -> bool:
        return self.heading is not None

    @property
    def is_blank(self) -> bool:
        return not self.text.strip()


@dataclass(frozen=True, slots=True)
class Table:
    """A table as rows of cells, with where it sits in the document."""

    page: int
    rows: tuple[tuple[str, ...], ...]
    first_line: int
    last_line: int
    end_page: int | None = None
    """Last page of a table that runs on across a page break."""


@dataclass(slots=True)
class Page:
    number: int
    lines: list[Line] = field(default_factory=list)


RUNNING_TITLE = "running_title"
"""The `ParsedDocument.metadata` key of a PDF's running header as its first page prints it (lines joined by newlines):
the reader drops a header repeated over the pages, and a title block reprinted on every page is all that names the
meeting (see `layout.running_title`)."""


@dataclass(slots=True)
class ParsedDocument:
    """A file read into pages, lines, headings and tables."""

    name: str
    """File name without folder."""
    sha256: str
    format: Format
    pages: list[Page]
    tables: list[Table] = field(default_factory=list)
    path: str | None = None
    warnings: list[str] = field(default_factory=list)
    """Things a clerk may want to know that did not stop the parse."""
    metadata: dict[str, str] = field(default_factory=dict)
    """What the file says about itself outside its text: a site's front matter ("title", "date"), keys in lower case."""

    @property
    def lines(self) -> list[Line]:
        return [line for page in self.pages for line in page.lines]

    def iter_lines(self) -> Iterator[Line]:
        for page in self.pages:
            yield from page.lines

    @property
    def headings(self) -> list[Line]:
        return [line for line in self.iter_lines() if line.is_heading]

    @property
    def text(self) -> str:
        return "\n".join(line.text for line in self.iter_lines())

    @property
    def page_count(self) -> int:
        return len(self.pages)

    @property
    def info(self) -> "DocumentInfo":
        return DocumentInfo(
            path=self.path or self.name,
            name=self.name,
            sha256=self.sha256,
            format=self.format,
            pages=self.page_count,
            warnings=tuple(self.warnings),
        )


@dataclass(frozen=True, slots=True)
class DocumentInfo:
    """What the store keeps about a source file, without its text."""

    path: str
    name: str
    sha256: str
    format: Format | None
    pages: int
    warnings: tuple[str, ...] = ()


def build_document(
    *,
    name: str,
    sha256: str,
    format: Format,
    pages_of_rows: list[list["RowSpec"]],
    path: str | None = None,
    warnings: list[str] | None = None,
    metadata: dict[str, str] | None = None,
) -> ParsedDocument:
    """Number lines through the document and collect tables.

    `pages_of_rows` holds, per page, the lines in reading order as `RowSpec`s;
    consecutive rows with the same `table_key` form one table. A table whose
    key continues on the next page is joined across the break.
    """
    pages: list[Page] = []
    tables: list[Table] = []
    number = 0
    open_key: object = None
    open_rows: list[tuple[str, ...]] = []
    open_start = (0, 0)
    open_end = (0, 0)

    def close_table() -> None:
        nonlocal open_key, open_rows
        if open_key is not None and open_rows:
            tables.append(
                Table(
                    page=open_start[0],
                    rows=tuple(open_rows),
                    first_line=open_start[1],
                    last_line=open_end[1],
                    end_page=open_end[0] if open_end[0] != open_start[0] else None,
                )
            )
        open_key, open_rows = None, []

    for page_number, rows in enumerate(pages_of_rows, start=1):
        page = Page(number=page_number)
        for row in rows:
            number += 1
            table_index: int | None = None
            if row.cells is not None and row.table_key is not None:
                if row.table_key != open_key:
                    close_table()
                    open_key = row.table_key
                    open_start = (page_number, number)
                open_rows.append(row.cells)
                open_end = (page_number, number)
                table_index = len(tables)
            elif row.text.strip():
                close_table()
            page.lines.append(
                Line(
                    text=row.text,
                    page=page_number,
                    number=number,
                    heading=row.heading,
                    bold=row.bold,
                    cells=row.cells,
                    table=table_index,
                    spans=row.spans,
                )
            )
            number += row.skipped
        pages.append(page)
    close_table()
    return ParsedDocument(
        name=name,
        sha256=sha256,
        format=format,
        pages=pages,
        tables=tables,
        path=path,
        warnings=list(warnings or []),
        metadata=dict(metadata or {}),
    )


@dataclass(frozen=True, slots=True)
class RowSpec:
    """A line as a parser produces it, before numbering."""

    text: str
    heading: int | None = None
    bold: bool = False
    cells: tuple[str, ...] | None = None
    table_key: object = None
    """Rows sharing a key form one table; a parser picks any hashable key."""
    spans: tuple[Span, ...] | None = None
    """Where the line's runs are printed, when the source says (`Line.spans`)."""
    skipped: int = 0
    """Lines of the source after this one that make no line (a Markdown table's `|---|---|` row): numbering steps over
    them, so every later line keeps its line number in the file."""


def top_reach(lines: list[Line], count: int) -> int:
    """Where the top of a document ends: `count` lines on from the first that holds text.

    Blank lines before it (a saved web page's menus blanked by the reader, a
    cover left empty) do not use up the count readers give themselves.
    """
    return next((index for index, line in enumerate(lines) if not line.is_blank), 0) + count


def top_lines(lines: list[Line], count: int) -> list[Line]:
    """The top of a document: its first `count` lines counted from the first that holds text (`top_reach`)."""
    return lines[: top_reach(lines, count)]


def make_document(text: str, *, name: str = "inline.txt") -> ParsedDocument:
    """A one-page document from plain lines, for extractor tests.

    Tabs and ` | ` split a line into cells (one table per run of such lines);
    a leading run of `#` marks a heading; `**…**` around the whole line marks
    it bold. A form feed starts a new page.
    """
    pages_of_rows: list[list[RowSpec]] = []
    for page_text in text.split("\f"):
        rows: list[RowSpec] = []
        table_no = 0
        in_table = False
        for raw in page_text.splitlines():
            stripped = raw.strip()
            heading = None
            if stripped.startswith("#"):
                hashes = len(stripped) - len(stripped.lstrip("#"))
                heading = min(hashes, 6)
                stripped = stripped[hashes:].strip()
            bold = False
            if stripped.startswith("**") and stripped.endswith("**") and len(stripped) > 4:
                bold = True
                stripped = stripped[2:-2].strip()
            cells = None
            if "\t" in raw or " | " in raw:
                sep = "\t" if "\t" in raw else "|"
                cells = tuple(c.strip() for c in raw.split(sep))
                if not in_table:
                    table_no += 1
                    in_table = True
            elif stripped:
                in_table = False
            rows.append(
                RowSpec(
                    text=stripped if cells is None else " ".join(c for c in cells if c),
                    heading=heading,
                    bold=bold,
                    cells=cells,
                    table_key=(len(pages_of_rows), table_no) if cells is not None else None,
                )
            )
        pages_of_rows.append(rows)
    return build_document(name=name, sha256="0" * 64, format="text", pages_of_rows=pages_of_rows)
