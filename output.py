"""Everything the commands print: shared output options, the one function that writes rows, the progress bar.

Every query command prints a table by default, JSON with `--json` or CSV with
`--csv`; `output_options` adds both flags and refuses them together before
the command does any work. `ingest` shows `RichProgress` on a terminal.
"""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import functools
import io
import json
import sys
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal, TypeVar

import click

from .safetext import escape_controls, make_csv_cell

if TYPE_CHECKING:
    from .load import FileFailure, Outcome
    from .store.queries import MeetingDetail
    from .store.registry import ShowGrouped

OutputFormat = Literal["table", "json", "csv"]
Column = str | Sequence[str]
"""A row key, or a (key, header) pair when the header should read differently."""

# Lists in a table or CSV cell are joined with this.
LIST_SEPARATOR = "; "

# Columns whose every cell is at most this long (dates, ids, numbers) are never
# wrapped, so long text columns take the wrapping instead.
SHORT_CELL_WIDTH = 12

# Cells longer than this are running text (an action, a resolution).
LONG_CELL_WIDTH = 60

# Width of a table written to a file or pipe, where there is no terminal to fit.
PIPE_WIDTH = 160

F = TypeVar("F", bound=Callable[..., Any])


RAW_OPTION_HELP = (
    "Write text exactly as stored: control characters are not escaped and CSV cells starting with "
    "= + - @ get no leading apostrophe."
)
_RAW_KEY = "minutebook.raw"


def output_options(command: F) -> F:
    """Add `--json`, `--csv` and `--raw` to a click command; it receives `fmt` instead."""

    @functools.wraps(command)
    def wrapper(*args: Any, as_json: bool, as_csv: bool, raw: bool, **kwargs: Any) -> Any:
        if as_json and as_csv:
            raise click.UsageError("choose one of --json and --csv")
        fmt: OutputFormat = "json" if as_json else "csv" if as_csv else "table"
        click.get_current_context().meta[_RAW_KEY] = raw
        return command(*args, fmt=fmt, **kwargs)

    wrapper = click.option("--raw", "raw", is_flag=True, help=RAW_OPTION_HELP)(wrapper)
    wrapper = click.option("--csv", "as_csv", is_flag=True, help="Write CSV instead of a table.")(wrapper)
    wrapper = click.option("--json", "as_json", is_flag=True, help="Write JSON instead of a table.")(wrapper)
    return wrapper  # type: ignore[return-value]  # click.option types its result as a Command, not our signature


def write_rows(
    rows: Iterable[Mapping[str, Any] | Any],
    columns: Sequence[Column],
    *,
    fmt: OutputFormat,
    title: str | None = None,
    empty: str | None = None,
) -> None:
    """Print rows (dicts or dataclasses) as a table, JSON (every key) or CSV (the columns).

    A table with no rows is one sentence instead: `empty`, or "No <title>."
    """
    dicts = [to_dict(row) for row in rows]
    if fmt == "json":
        write_json(dicts)
    elif fmt == "csv":
        click.echo(format_csv(dicts, columns), nl=False, color=True)  # color=True: click strips ANSI codes --raw keeps
    else:
        _write_table(dicts, columns, title=title, empty=empty)


def write_json(value: Any) -> None:
    """Print `value` as indented JSON; dates as ISO text."""
    click.echo(json.dumps(to_jsonable(value), indent=2, ensure_ascii=False))


def format_csv(rows: Iterable[Mapping[str, Any]], columns: Sequence[Column]) -> str:
    """CSV text with a header row; lists joined with LIST_SEPARATOR; cells made safe unless --raw."""
    keys = [_key(column) for column in columns]
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(keys)
    safe = not is_raw()
    for row in rows:
        writer.writerow([make_csv_cell(cell) if safe else cell for cell in (_cell(row.get(key)) for key in keys)])
    return buffer.getvalue()


def is_raw() -> bool:
    """True when the running command was given --raw (text printed exactly as stored)."""
    context = click.get_current_context(silent=True)
    return bool(context is not None and context.meta.get(_RAW_KEY))


def safe(text: str) -> str:
    """Text for the terminal: control characters escaped, unless --raw."""
    return text if is_raw() else escape_controls(text)


def to_dict(row: Mapping[str, Any] | Any) -> dict[str, Any]:
    """A dict from a mapping or a dataclass instance."""
    if dataclasses.is_dataclass(row) and not isinstance(row, type):
        return {field.name: getattr(row, field.name) for field in dataclasses.fields(row)}
    if isinstance(row, Mapping):
        return dict(row)
    raise TypeError(f"cannot write a {type(row).__name__} as a row")


def to_jsonable(value: Any) -> Any:
    """Dates and times as ISO text, tuples as lists, dataclasses as dicts."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return to_jsonable(to_dict(value))
    if isinstance(value, Mapping):
        return {str(key): to_jsonable(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [to_jsonable(item) for item in value]
    if isinstance(value, dt.time):
        return value.strftime("%H:%M")
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    return value


def _write_table(
    rows: list[dict[str, Any]], columns: Sequence[Column], *, title: str | None, empty: str | None = None
) -> None:
    from rich.table import Table
    from rich.text import Text

    console = _console()
    if not rows:
        console.print(Text(safe(empty or f"No {title.lower() if title else 'rows'}.")))
        return
    cells = [[safe(_cell(row.get(_key(column)))) for column in columns] for row in rows]
    widths = [max(len(row[index]) for row in cells) for index in range(len(columns))]
    # Lines between rows only when some cells run over several lines.
    table = Table(
        title=Text(safe(title)) if title else None,
        show_lines=max(widths) > LONG_CELL_WIDTH,
        expand=False,
    )
    for column, widest in zip(columns, widths, strict=True):
        header = _header(column)
        if widest <= SHORT_CELL_WIDTH:
            table.add_column(header, no_wrap=True, min_width=min(max(widest, len(header)), SHORT_CELL_WIDTH))
        else:
            # Sentences get more room than names and file names.
            table.add_column(header, overflow="fold", ratio=2 if widest > LONG_CELL_WIDTH else 1)
    for row in cells:
        # Text() keeps brackets in minutes ("[Item A3]") from being read as markup.
        table.add_row(*(Text(cell) for cell in row))
    console.print(table)


def _console() -> Any:
    from rich.console import Console

    stream = sys.stdout
    return Console(file=stream, width=None if stream.isatty() else PIPE_WIDTH)


def _key(column: Column) -> str:
    return column if isinstance(column, str) else column[0]


def _header(column: Column) -> str:
    return column.replace("_", " ") if isinstance(column, str) else column[1]


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        return LIST_SEPARATOR.join(_cell(item) for item in value)
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, dt.datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, dt.time):
        return value.strftime("%H:%M")
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def write_meeting(detail: "MeetingDetail", *, fmt: OutputFormat) -> None:
    """Print one meeting (header, attendance, items with their records) or one plan."""
    from .store.export import CSV_COLUMNS, iter_record_rows

    if fmt == "json":
        write_json({"meeting_id": detail.meeting_id, "document_id": detail.document_id, **detail.record})
        return
    if fmt == "csv":
        click.echo(format_csv(iter_record_rows([detail.record]), CSV_COLUMNS), nl=False, color=True)
        return
    from rich.text import Text

    record = detail.record
    console = _console()
    heading = record.get("title") or record.get("body") or record["file"]
    console.print(Text(safe(heading), style="bold"))
    facts = [
        ("Body", record.get("body")),
        ("Kind", record.get("kind")),
        ("Period", record.get("period")),
        ("Date", record.get("meeting_date")),
        ("Time", "–".join(t for t in (record.get("start_time"), record.get("end_time")) if t) or None),
        ("Venue", record.get("venue")),
        ("Next meeting", record.get("next_meeting")),
        ("File", record.get("path") or record.get("file")),
        ("Meeting id", str(detail.meeting_id)),
    ]
    for label, value in facts:
        if value:
            console.print(Text.assemble((f"{label}: ", "bold"), safe(value)))
    from .store.registry import RECORD_TYPES, ShowGrouped, ShowTable, ShowUnderItem

    if detail.is_plan:
        # A plan is its document's own records (its action tables), nothing more.
        for record_type in RECORD_TYPES:
            if isinstance(record_type.show, ShowGrouped) and record_type.parent == "document":
                _write_grouped_tables(console, record_type.show, record.get(record_type.key, []))
        return
    for record_type in RECORD_TYPES:
        if isinstance(record_type.show, ShowTable):
            show = record_type.show
            _write_section_table(console, show.title, record.get(record_type.key, []), list(show.columns))
    under_item = [(rt.key, rt.show) for rt in RECORD_TYPES if isinstance(rt.show, ShowUnderItem)]
    for section in detail.sections:
        console.print()
        if section.item is None:
            console.print(Text("Not under any item", style="bold underline"))
        else:
            number = section.item.get("number")
            title = section.item.get("title") or ""
            label = f"{number}  {title}" if number else title
            if section.item.get("private"):
                label += " (private)"
            console.print(Text(safe(label), style="bold underline"))
        for key, line in under_item:
            for entry in section.records.get(key, []):
                console.print(Text.assemble((line.label, line.style), safe(line.describe(entry))))
    for record_type in RECORD_TYPES:
        if isinstance(record_type.show, ShowGrouped) and record.get(record_type.key):
            _write_grouped_tables(console, record_type.show, record[record_type.key])


def _write_section_table(console: Any, title: str, rows: list[dict[str, Any]], columns: list[str]) -> None:
    from rich.table import Table
    from rich.text import Text

    console.print()
    if not rows:
        console.print(Text(f"{title}: none recorded", style="dim"))
        return
    # Columns nobody filled in are left out, so narrow terminals stay readable.
    shown = [column for column in columns if any(row.get(column) for row in rows)]
    table = Table(title=Text(safe(title)), title_justify="left")
    for column in shown:
        table.add_column(column.replace("_", " "), overflow="fold")
    for row in rows:
        table.add_row(*(Text(safe(_cell(row.get(column)))) for column in shown))
    console.print(table)


def _write_grouped_tables(console: Any, show: "ShowGrouped", records: list[dict[str, Any]]) -> None:
    groups: dict[str, list[dict[str, Any]]] = {}
    for entry in records:
        groups.setdefault(entry.get(show.group_by) or show.ungrouped, []).append(show.prepare(entry))
    for title, rows in groups.items():
        _write_section_table(console, title, rows, list(show.columns))


class RichProgress:
    """A terminal progress bar for `ingest`: files, pages, rate, and each failure as it happens.

    It is the load's `ProgressSink`: `load_paths(..., progress=bar)` calls
    `update` once per file.
    """

    def __init__(self, total: int | None = None, *, console: Any = None) -> None:
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

        self._progress = Progress(
            TextColumn("[bold]{task.description}"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("files · {task.fields[pages]} pages · {task.fields[rate]} · {task.fields[failed]} failed"),
            TimeElapsedColumn(),
            console=console,
            transient=False,
        )
        self._total = total
        self._task: Any = None
        self._pages = 0
        self._failed = 0
        self._done = 0
        self._started = time.perf_counter()

    def __enter__(self) -> "RichProgress":
        self._progress.start()
        self._started = time.perf_counter()
        self._task = self._progress.add_task("Loading", total=self._total, pages=0, rate="", failed=0)
        return self

    def __exit__(self, *exc: object) -> None:
        self._progress.stop()

    def update(self, path: str, outcome: "Outcome", *, pages: int = 0, failure: "FileFailure | None" = None) -> None:
        self._done += 1
        self._pages += pages
        if failure is not None:
            self._failed += 1
            from rich.markup import escape

            self._progress.console.print(
                f"[red]failed[/red] {escape(escape_controls(failure.path))} — {escape(escape_controls(failure.reason))}",
                highlight=False,
            )
        elapsed = max(time.perf_counter() - self._started, 1e-9)
        self._progress.update(
            self._task,
            advance=1,
            pages=self._pages,
            rate=f"{self._pages / elapsed:.1f} pages/s",
            failed=self._failed,
        )
