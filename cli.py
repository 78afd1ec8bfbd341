"""The `minutebook` command line: parse options, call the library, print.

Each command opens the store, calls one library function and formats what it
returns; nothing else lives here.
"""

from __future__ import annotations

import datetime as dt
import functools
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from . import __version__
from .extract.status_words import STATUSES
from .load import DEFAULT_FILE_TIMEOUT
from .output import Column, OutputFormat, output_options, write_rows
from .safetext import escape_controls

if TYPE_CHECKING:
    from .ingest.ocr import OcrMode
    from .store import Store

DEFAULT_DB = "minutebook.db"
OPTIMIZE_AFTER_LOADED = 200
"""A load that adds this many documents compacts the search index afterwards."""
CONTEXT_SETTINGS = {"help_option_names": ["-h", "--help"]}
MAX_ROWS = 1_000_000_000
"""The largest --limit or --offset: beyond what a database can count, refused by click with the range."""
MAX_TIMEOUT = 86_400.0
"""The longest --timeout (a day): an infinite or not-a-number wait is refused by click."""
MAX_WORKERS = 512


class _Seconds(click.FloatRange):
    """A positive, finite number of seconds up to MAX_TIMEOUT ("inf" and "nan" are refused)."""

    name = "seconds"

    def __init__(self) -> None:
        super().__init__(min=0, min_open=True, max=MAX_TIMEOUT)

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        import math

        number = click.FLOAT.convert(value, param, ctx)
        if not math.isfinite(number):
            self.fail(f"{value!r} is not a finite number of seconds (0 < x <= {MAX_TIMEOUT:g}).", param, ctx)
        return super().convert(number, param, ctx)


class _SafeGroup(click.Group):
    """The command group; every error message is printed with control characters escaped."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except click.ClickException as err:
            # The same exception (a UsageError keeps its usage line and exit status 2), its text made safe.
            setattr(err, "message", escape_controls(err.message))  # noqa: B010 - click types it Final
            raise


@click.group(cls=_SafeGroup, context_settings=CONTEXT_SETTINGS)
@click.version_option(__version__, prog_name="minutebook")
@click.option(
    "--db",
    "db",
    envvar="MINUTEBOOK_DB",
    default=DEFAULT_DB,
    show_default=True,
    help="SQLite file path, or any SQLAlchemy database URL "
    "(e.g. postgresql+psycopg://user@host/db). Also read from MINUTEBOOK_DB.",
)
@click.pass_context
def cli(ctx: click.Context, db: str) -> None:
    """Turn council minutes and plans into a database you can question."""
    ctx.obj = {"db": db}


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@click.option("--workers", type=click.IntRange(min=1, max=MAX_WORKERS), default=None,
              help="Worker processes that read files (default: one per core; 1 reads in this process).")
@click.option("--engine", type=click.Choice(["auto", "pdfplumber", "pdfium"]), default="auto", show_default=True,
              help="PDF text engine: auto uses pypdfium2 for plain pages and pdfplumber for tables.")
@click.option("--password", default=None, help="Password for encrypted PDFs.")
@click.option("--ocr", is_flag=True,
              help="Read every scanned PDF page (no text layer) by OCR; needs tesseract and pytesseract installed. "
              "Without it, documents with a few such pages are read by OCR when those are installed.")
@click.option("--no-ocr", is_flag=True, help="Read nothing by OCR, not even a few scanned pages (faster).")
@click.option("--force", is_flag=True, help="Read every file again, even ones already stored.")
@click.option("--timeout", type=_Seconds(), default=DEFAULT_FILE_TIMEOUT,
              show_default=True, help="Seconds one file may take before it is given up as failed.")
@click.option("--spacy-model", default=None, help="An installed spaCy pipeline to add its names (e.g. en_core_web_sm).")
@click.option("--topics", "topics_path", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              default=None, help="A TOML topic vocabulary to use instead of the shipped one.")
@click.option("--strict", is_flag=True, help="Stop at the first file that cannot be read.")
@click.option("--quiet", "-q", is_flag=True, help="No progress bar and no counts; failures are still listed.")
@click.option("--init", "initialise", is_flag=True,
              help="Make a minutebook database in a --db file that holds something else or nothing (0 bytes).")
@click.pass_context
def ingest(
    ctx: click.Context,
    paths: tuple[Path, ...],
    workers: int | None,
    engine: str,
    password: str | None,
    ocr: bool,
    no_ocr: bool,
    force: bool,
    timeout: float,
    spacy_model: str | None,
    topics_path: Path | None,
    strict: bool,
    quiet: bool,
    initialise: bool,
) -> None:
    """Load files and folders (recursively) into the database.

    Files already stored are skipped; a file that cannot be read is listed at
    the end with its reason and the exit status is 1. A stopped load can be
    run again: it picks up where it was.
    """
    from .errors import MinutebookError
    from .load import count_load_files, load_paths
    from .output import RichProgress
    from .store import Store
    from .store.search import optimize_search_index

    if ocr and no_ocr:
        raise click.UsageError("--ocr and --no-ocr cannot be used together")
    mode: OcrMode = "always" if ocr else "never" if no_ocr else "auto"
    if ocr:
        from .ingest.ocr import find_ocr_engine

        missing = find_ocr_engine()
        if missing is not None:
            raise click.UsageError(f"--ocr cannot run: {missing}")
    try:
        with Store(ctx.obj["db"], initialise=initialise) as store:
            load = functools.partial(
                load_paths, paths, store, workers=workers, engine=engine, password=password, ocr=mode,
                force=force, timeout=timeout, spacy_model=spacy_model, topics_path=topics_path, strict=strict,
            )
            if quiet or not sys.stdout.isatty():
                summary = load()
            else:
                with RichProgress(count_load_files(paths)) as progress:
                    summary = load(progress=progress)
            if summary.loaded >= OPTIMIZE_AFTER_LOADED:
                optimize_search_index(store)
    except MinutebookError as err:
        raise click.ClickException(str(err)) from err
    if not quiet:
        click.echo(
            f"Loaded {summary.loaded} file{'s' if summary.loaded != 1 else ''} ({summary.pages} pages) "
            f"in {summary.seconds:.1f} s; unchanged {summary.unchanged}; "
            f"already loaded under another name {summary.copies}; failed {len(summary.failed)}"
            + (f"; thin {len(summary.thin)}." if summary.thin else ".")
        )
        for warning in summary.thin:
            click.echo(f"{escape_controls(warning.path)} — thin: {escape_controls(warning.reason)}")
    for warning in summary.warnings:
        click.echo(f"{escape_controls(warning.path)} — loaded, with a warning: {escape_controls(warning.reason)}",
                   err=quiet)
    for failure in summary.failed:
        click.echo(f"{escape_controls(failure.path)} — {escape_controls(failure.reason)}", err=quiet)
    if summary.interrupted:
        click.echo("Interrupted: run the same command again to load the rest.", err=True)
        ctx.exit(130)
    if summary.stopped:
        click.echo("Stopped at the first failure (--strict).", err=True)
    if summary.failed:
        ctx.exit(1)


@cli.command()
@output_options
@click.pass_context
def errors(ctx: click.Context, fmt: OutputFormat) -> None:
    """List the files that could not be read, or read thin (kind "thin": loaded, but check them), why, and when;
    then files that loaded with a warning (kind "warning")."""
    from .store.queries import list_failures, list_warnings

    with _open_query_store(ctx) as store:
        failures = list_failures(store) + list_warnings(store)
    rows = [
        {"path": row.path, "kind": row.kind, "reason": row.reason, "when": row.at,
         "earlier_records_kept": row.kept_earlier}
        for row in failures
    ]
    write_rows(rows, ["path", "kind", "reason", "when"], fmt=fmt, title="Files that could not be read, or read thin",
               empty="Every file loaded, none thin or with a warning.")


# --- Query commands: export, meetings, show, actions ----------------------------

ISO_DATE = click.DateTime(formats=["%Y-%m-%d"])


def _open_query_store(ctx: click.Context, *, readonly: bool = True) -> "Store":
    """The store named by --db, opened read-only unless the command writes, or a clear error naming it.

    It must already exist: asking a question (or merging people) never
    leaves a new database behind.
    """
    from .errors import StoreError
    from .store import Store, is_url

    target = ctx.obj["db"]
    if not is_url(target) and not Path(target).expanduser().exists():
        raise click.ClickException(f"no database at {target}: load files with `minutebook ingest` or pass --db")
    try:
        return Store(target, readonly=readonly)
    except StoreError as err:
        raise click.ClickException(str(err)) from err


def _day(value: dt.datetime | None) -> dt.date | None:
    return value.date() if value is not None else None


def _check_date_range(date_from: dt.datetime | None, date_to: dt.datetime | None) -> None:
    if date_from and date_to and date_from > date_to:
        raise click.BadParameter("--from is after --to", param_hint="'--from' / '--to'")


@cli.command()
@click.option("--format", "export_format", type=click.Choice(["json", "jsonl", "csv"]), default="json",
              show_default=True,
              help="json: one object for one document, else an array; jsonl: one object a line; "
              "csv: one row per record with a record_type column.")
@click.option("-o", "--output", "output_path", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Write to FILE instead of standard output.")
@click.option("--file", "files", multiple=True, metavar="NAME",
              help="Only the document with this file name or path (repeatable).")
@click.option("--raw", is_flag=True, help="CSV cells exactly as stored: no escaping of control characters, "
              "no leading apostrophe before = + - @.")
@click.pass_context
def export(ctx: click.Context, export_format: str, output_path: Path | None, files: tuple[str, ...],
           raw: bool) -> None:
    """Write every loaded document in the export shape (see README)."""
    from .store.export import export_documents, write_export

    with _open_query_store(ctx) as store:
        documents = export_documents(store, paths=files or None)
        try:
            stream = output_path.open("w", encoding="utf-8", newline="") if output_path else None
        except OSError as err:
            raise click.ClickException(f"cannot write {output_path}: {err.strerror or err}") from err
        try:
            try:
                count = write_export(documents, stream or sys.stdout, export_format=export_format, raw=raw)
            finally:
                if stream is not None:
                    stream.close()
        except OSError as err:  # a full disk, /dev/full, a vanished network share
            if output_path is not None and output_path.is_file():
                output_path.unlink()  # half an export is worse than none
            raise click.ClickException(
                f"cannot write {output_path or 'the output'}: {err.strerror or err}; nothing was kept"
            ) from err
    if files and count == 0:
        raise click.ClickException(f"no loaded document named {', '.join(files)}: see `minutebook meetings --plans`")
    if output_path is not None:
        click.echo(f"Wrote {count} document{'s' if count != 1 else ''} to {output_path}.", err=True)


@cli.command()
@click.option("--body", default=None, help="Only bodies whose name contains this.")
@click.option("--from", "date_from", type=ISO_DATE, default=None, help="Meetings on or after this date (YYYY-MM-DD).")
@click.option("--to", "date_to", type=ISO_DATE, default=None, help="Meetings on or before this date (YYYY-MM-DD).")
@click.option("--plans", "include_plans", is_flag=True, help="List plans too.")
@output_options
@click.pass_context
def meetings(ctx: click.Context, body: str | None, date_from: dt.datetime | None, date_to: dt.datetime | None,
             include_plans: bool, fmt: OutputFormat) -> None:
    """List stored meetings, oldest first."""
    from .store.queries import list_meetings

    _check_date_range(date_from, date_to)
    with _open_query_store(ctx) as store:
        rows = list_meetings(store, body=body, date_from=_day(date_from), date_to=_day(date_to),
                             include_plans=include_plans)
    columns = ["id", "date", "body", "file", "venue", "attendees", "items", "resolutions", "actions"]
    write_rows(rows, [*columns[:2], "kind", *columns[2:]] if include_plans else columns, fmt=fmt, title="Meetings")


@cli.command()
@click.argument("meeting")
@output_options
@click.pass_context
def show(ctx: click.Context, meeting: str, fmt: OutputFormat) -> None:
    """Show one meeting (by id, file name or date) or one plan in full."""
    from .errors import NotFound
    from .output import write_meeting
    from .store.queries import get_meeting

    with _open_query_store(ctx) as store:
        try:
            detail = get_meeting(store, meeting)
        except NotFound as err:
            raise click.ClickException(str(err)) from err
    write_meeting(detail, fmt=fmt)


ACTIONS_TABLE_LIMIT = 100
"""Rows `actions` prints as a table unless --limit says otherwise; --json and --csv write every row."""


@cli.command()
@click.option("--owner", default=None,
              help='Owner: a full name, initials ("KW"), a surname, a title and surname ("Ms Waller"), or an agency.')
@click.option("--body", default=None, help="Only bodies whose name contains this.")
@click.option("--from", "date_from", type=ISO_DATE, default=None, help="Meetings on or after this date (YYYY-MM-DD).")
@click.option("--to", "date_to", type=ISO_DATE, default=None, help="Meetings on or before this date (YYYY-MM-DD).")
@click.option("--item", default=None, help="Item number, or words from its title (plan: number or priority).")
@click.option("--open", "only_open", is_flag=True, help="Only actions still owed: open or carried forward.")
@click.option("--done", "only_done", is_flag=True, help="Only actions the minutes say are done.")
@click.option("--overdue", "only_overdue", is_flag=True,
              help="Only actions still owed whose due date passed before the body's latest meeting.")
@click.option("--limit", type=click.IntRange(min=0, max=MAX_ROWS), default=None,
              help=f"Most rows to show; 0 for all. Default: {ACTIONS_TABLE_LIMIT} in a table, all with --json or --csv.")
@click.option("--offset", type=click.IntRange(min=0, max=MAX_ROWS), default=0, show_default=True,
              help="Rows to skip first, to page through a long list.")
@output_options
@click.pass_context
def actions(ctx: click.Context, owner: str | None, body: str | None, date_from: dt.datetime | None,
            date_to: dt.datetime | None, item: str | None, only_open: bool, only_done: bool, only_overdue: bool,
            limit: int | None, offset: int, fmt: OutputFormat) -> None:
    """List actions from minutes, then from plans, with their owners and status.

    A table shows the first 100 rows and says how many more there are; page
    on with --offset, or give --limit 0 for every row. --open, --done and
    --overdue keep minutes actions by their status (plans state none);
    with --owner, --open answers "what does this person still owe".
    """
    from .store.queries import list_actions
    from .store.queries.tracking import StatusFilter

    _check_date_range(date_from, date_to)
    flags: tuple[tuple[StatusFilter, bool], ...] = (("open", only_open), ("done", only_done), ("overdue", only_overdue))
    chosen = [name for name, given in flags if given]
    if len(chosen) > 1:
        raise click.UsageError("give one of --open, --done and --overdue")
    if limit is None:
        limit = ACTIONS_TABLE_LIMIT if fmt == "table" else 0
    with _open_query_store(ctx) as store:
        page = list_actions(store, owner=owner, body=body, date_from=_day(date_from), date_to=_day(date_to),
                            item=item, status=chosen[0] if chosen else None, limit=limit or None, offset=offset)
    columns: list[str | tuple[str, str]] = [("source", "from"), "date", "body", "item"]
    # With --owner the table says which owner matched; the owners column still lists them all.
    columns += ["owner", "owners"] if owner is not None else ["owners"]
    write_rows(page.rows, [*columns, "text", "due", "status", "file", "page"], fmt=fmt, title="Actions")
    if page.remaining:
        # On stderr, so JSON or CSV on stdout stays whole.
        click.echo(f"Showed rows {offset + 1}-{offset + len(page.rows)} of {page.total}; {page.remaining} more "
                   f"not shown: add --offset {offset + len(page.rows)} for the next page, or --limit 0 for all.",
                   err=True)
    elif not page.rows and page.total:
        click.echo(f"--offset {offset} is past the last of {page.total} rows.", err=True)


@cli.command("action")
@click.argument("action_id", type=int)
@output_options
@click.pass_context
def action_history(ctx: click.Context, action_id: int, fmt: OutputFormat) -> None:
    """Show one action (by id, as `actions --json` gives it), its latest status and its history:
    the later minutes that report on it, each with the status it states and why it was linked."""
    from .errors import NotFound
    from .output import write_json
    from .store.queries.tracking import get_action_history

    with _open_query_store(ctx) as store:
        try:
            record = get_action_history(store, action_id)
        except NotFound as err:
            raise click.ClickException(str(err)) from err
    if fmt == "json":
        write_json(record)
        return
    title = f"Action {record.id}: {record.text} — {'; '.join(record.owners) or 'no owner'}"
    title += f", due {record.due.isoformat()}" if record.due else ""
    title += f"; {record.status}"
    if record.mention_of is not None:
        title += f" (a mention of action {record.mention_of}{', linked by hand' if record.correction else ''})"
    elif record.correction:
        title += " (kept unlinked by hand)"
    write_rows(record.timeline(), ["date", "what", "status", "text", "reason", "file", "page"], fmt=fmt, title=title)


@cli.command("requests")
@click.option("--body", default=None, help="Only bodies whose name contains this.")
@click.option("--from", "date_from", type=ISO_DATE, default=None, help="Meetings on or after this date (YYYY-MM-DD).")
@click.option("--to", "date_to", type=ISO_DATE, default=None, help="Meetings on or before this date (YYYY-MM-DD).")
@click.option("--open", "only_open", is_flag=True, help="Only matters still owed: not yet taken up, or deferred again.")
@click.option("--done", "only_done", is_flag=True, help="Only matters a later meeting took up.")
@output_options
@click.pass_context
def agenda_requests(ctx: click.Context, body: str | None, date_from: dt.datetime | None, date_to: dt.datetime | None,
                    only_open: bool, only_done: bool, fmt: OutputFormat) -> None:
    """List matters a body asked to have back at a later meeting ("Items for the next agenda", "to be brought
    back to the next meeting"), with the later item that took each up, the status it states and why it was linked."""
    from .store.queries import list_requests

    _check_date_range(date_from, date_to)
    if only_open and only_done:
        raise click.UsageError("give one of --open and --done")
    with _open_query_store(ctx) as store:
        rows = list_requests(store, body=body, date_from=_day(date_from), date_to=_day(date_to),
                             status="open" if only_open else "done" if only_done else None)
    columns: list[Column] = ["date", "body", "item", "topic", "status", ("taken_up", "taken up"),
                             ("taken_up_item", "under item"), "reason", "file", "page"]
    write_rows(rows, columns, fmt=fmt, title="Agenda requests")


_update_option = click.option(
    "--update", "is_update", is_flag=True,
    help="The mention is an action update (a matters-arising entry or a report: update_id of "
         "v_action_history, or an id of the action_updates table), not an action row.")
_request_option = click.option(
    "--request", "is_request", is_flag=True,
    help="The mention is an agenda request (request_id of `requests --json`), and the other id the later "
         "agenda item that took it up (an id of the agenda_items table).")


def _one_kind(is_update: bool, is_request: bool) -> None:
    if is_update and is_request:
        raise click.UsageError("give one of --update and --request")


@cli.command()
@click.argument("mention_action_id", type=int)
@click.argument("earlier_action_id", type=int)
@_update_option
@_request_option
@click.option("--status", type=click.Choice(STATUSES), default=None,
              help="With --request: the status the item states for the request (default done).")
@click.pass_context
def link(ctx: click.Context, mention_action_id: int, earlier_action_id: int, is_update: bool, is_request: bool,
         status: str | None) -> None:
    """Make MENTION_ACTION_ID (a later action row, or with --update an action update) a mention of
    EARLIER_ACTION_ID, by hand: kept across re-loads, shown as "user link", and the only kind of link
    that may join two bodies. Undo with `unlink MENTION_ACTION_ID --undo` (and --update).

    With --request, link agenda request MENTION_ACTION_ID to the later agenda item EARLIER_ACTION_ID of
    its body that took it up, in place of any automatic link: kept across re-loads, "linked by hand"."""
    from .errors import MinutebookError
    from .store.agenda_requests import link_request_by_hand
    from .store.tracking import link_by_hand, link_update_by_hand

    _one_kind(is_update, is_request)
    if status is not None and not is_request:
        raise click.UsageError("--status goes with --request")
    try:
        with _open_query_store(ctx, readonly=False) as store:
            if is_request:
                asked = link_request_by_hand(store, mention_action_id, earlier_action_id, status or "done")
            elif is_update:
                made = link_update_by_hand(store, mention_action_id, earlier_action_id)
            else:
                done = link_by_hand(store, mention_action_id, earlier_action_id)
    except MinutebookError as err:
        raise click.ClickException(str(err)) from err
    if is_request:
        click.echo(f"Linked agenda request {asked.request_id} to agenda item {asked.after} ({asked.status}) by hand"
                   f"{'' if asked.before in (None, asked.after) else f', in place of item {asked.before}'}.")
        return
    if is_update:
        message = f"Linked update {made.update_id} to action {made.after} by hand."
        if made.after != earlier_action_id:
            message = message[:-1] + f" (the first record of action {earlier_action_id}, which mentions it)."
        if made.across_bodies:
            message += " They are of different bodies: only a link by hand may join two bodies."
        click.echo(message)
        return
    message = f"Linked action {done.mention_id} to action {done.action_id}"
    if done.action_id != done.asked_id:
        message += f" (the first record of action {done.asked_id}, which mentions it)"
    message += " by hand."
    if done.across_bodies:
        message += (f" They are of different bodies ({done.mention_body or 'no known body'}; "
                    f"{done.action_body or 'no known body'}): only a link by hand may join two bodies.")
    click.echo(message)


@cli.command()
@click.argument("mention_action_id", type=int)
@click.option("--undo", is_flag=True,
              help="Forget the link or unlink made by hand for this row: automatic linking decides again.")
@_update_option
@_request_option
@click.pass_context
def unlink(ctx: click.Context, mention_action_id: int, undo: bool, is_update: bool, is_request: bool) -> None:
    """Keep MENTION_ACTION_ID (an action row, or with --update an action update, or with --request an
    agenda request) a mention of no earlier action (taken up by no item), by hand: automatic linking
    respects it across re-loads, and `action ID` shows it as "user unlink" (`requests` as "kept unlinked
    by hand"). With --undo, forget the correction (a link or an unlink by hand) instead."""
    from .errors import MinutebookError
    from .store.agenda_requests import unlink_request_by_hand
    from .store.tracking import unlink_by_hand, unlink_update_by_hand

    _one_kind(is_update, is_request)
    try:
        with _open_query_store(ctx, readonly=False) as store:
            if is_request:
                asked = unlink_request_by_hand(store, mention_action_id, undo=undo)
            elif is_update:
                made = unlink_update_by_hand(store, mention_action_id, undo=undo)
            else:
                done = unlink_by_hand(store, mention_action_id, undo=undo)
    except MinutebookError as err:
        raise click.ClickException(str(err)) from err
    if is_request:
        _say_unlinked(f"agenda request {asked.request_id}", asked.before, asked.after, undo=undo,
                      linked="taken up by agenda item", unlinked="taken up by no item")
    elif is_update:
        _say_unlinked(f"update {made.update_id}", made.before, made.after, undo=undo,
                      linked="a mention of action", unlinked="linked to no action")
    else:
        _say_unlinked(f"action {done.mention_id}", done.before, done.after, undo=undo,
                      linked="a mention of action", unlinked="linked to no action")


def _say_unlinked(what: str, before: int | None, after: int | None, *, undo: bool, linked: str, unlinked: str) -> None:
    """Tell what `unlink` did to `what` ("update 7"): the row it was linked to before, and now."""
    was = f"{linked} {before}" if before is not None else unlinked
    if undo:
        now = f"{linked} {after}" if after is not None else unlinked
        click.echo(f"Forgot the correction by hand for {what}: it was {was}, now {now}.")
    else:
        click.echo(f"{what[:1].upper()}{what[1:]} was {was}; it now stays unlinked, across re-loads.")


# --- Answers for analysts: search, topics, people ---------------------------------


_date_from_option = click.option("--from", "date_from", type=ISO_DATE, default=None,
                                 help="Meetings on or after this date (YYYY-MM-DD).")
_date_to_option = click.option("--to", "date_to", type=ISO_DATE, default=None,
                               help="Meetings on or before this date (YYYY-MM-DD).")
_body_option = click.option("--body", default=None, help="Only bodies whose name contains this.")


class _SearchScopes(click.Choice):
    """The `search --in` choices, store.search.SCOPES, read only when click needs them.

    Importing the store (SQLAlchemy, the models) when the command line is
    built would slow every command's start.
    """

    def __init__(self) -> None:
        super().__init__(())

    @property
    def choices(self) -> tuple[str, ...]:
        from .store.search import SCOPES

        return tuple(SCOPES)

    @choices.setter
    def choices(self, value: object) -> None:
        pass  # click.Choice sets its list in __init__; this one always reads SCOPES


@cli.command(context_settings={"ignore_unknown_options": True})
@click.argument("query")
@click.option("--in", "scope", type=_SearchScopes(),
              default="all", show_default=True, help="Which records to search.")
@_body_option
@_date_from_option
@_date_to_option
@click.option("--limit", type=click.IntRange(min=1, max=MAX_ROWS), default=20, show_default=True,
              help="Most hits to show.")
@click.option("--newest", "newest_first", is_flag=True, help="Newest meetings first instead of best match first.")
@output_options
@click.pass_context
def search(ctx: click.Context, query: str, scope: str, body: str | None, date_from: dt.datetime | None,
           date_to: dt.datetime | None, limit: int, newest_first: bool, fmt: OutputFormat) -> None:
    """Find items, resolutions and actions by their words.

    Words are stemmed ("abuse" finds "abused"); use "quoted phrases", OR,
    NOT or -word, and word* for prefixes. Hits are marked **like this**.
    """
    from .errors import MinutebookError
    from .store.search import search as run_search

    _check_date_range(date_from, date_to)
    try:
        with _open_query_store(ctx) as store:
            hits = run_search(store, query, scope=scope, body=body, date_from=_day(date_from),
                              date_to=_day(date_to), limit=limit, newest_first=newest_first)
    except MinutebookError as err:
        raise click.ClickException(str(err)) from err
    columns = [("date", "date"), "body", ("record_type", "type"), "item", "snippet", "file", "page"]
    write_rows(hits, columns, fmt=fmt, title=f"Search: {query}", empty=f"Nothing matches {query}.")


@cli.command()
@click.option("--topic", default=None, help="Only resolutions tagged with this topic (or one of its aliases).")
@click.option("--topics", "topics_path", type=click.Path(exists=True, dir_okay=False), default=None,
              envvar="MINUTEBOOK_TOPICS", help="The TOML topic vocabulary the database was tagged with.")
@_body_option
@_date_from_option
@_date_to_option
@click.option("--limit", type=click.IntRange(min=1, max=MAX_ROWS), default=None, help="Most rows to show.")
@output_options
@click.pass_context
def resolutions(ctx: click.Context, topic: str | None, topics_path: str | None, body: str | None,
                date_from: dt.datetime | None, date_to: dt.datetime | None, limit: int | None,
                fmt: OutputFormat) -> None:
    """List resolutions, e.g. every one tagged with a topic, whatever words it uses."""
    from .errors import MinutebookError
    from .store.queries import list_resolutions, resolve_topic

    _check_date_range(date_from, date_to)
    try:
        if topic is not None:
            topic = resolve_topic(topic, topics_path=topics_path)
        with _open_query_store(ctx) as store:
            rows = list_resolutions(store, topic=topic, body=body, date_from=_day(date_from),
                                    date_to=_day(date_to), limit=limit)
    except MinutebookError as err:
        raise click.ClickException(str(err)) from err
    columns = ["date", "body", "item", "text", "topics", "file", "page"]
    write_rows(rows, columns, fmt=fmt, title=f"Resolutions on {topic}" if topic else "Resolutions")


@cli.command()
@click.option("--person", default=None, help="Only votes this person took part in: named on a side, moved or seconded.")
@click.option("--item", default=None, help="Item number, or words from its title or the motion.")
@click.option("--topic", default=None, help="Only votes tagged with this topic (or one of its aliases).")
@click.option("--topics", "topics_path", type=click.Path(exists=True, dir_okay=False), default=None,
              envvar="MINUTEBOOK_TOPICS", help="The TOML topic vocabulary the database was tagged with.")
@click.option("--result", type=click.Choice(["carried", "lost", "tied", "withdrawn"]), default=None,
              help="Only votes with this result.")
@_body_option
@_date_from_option
@_date_to_option
@click.option("--limit", type=click.IntRange(min=1), default=None, help="Most rows to show.")
@output_options
@click.pass_context
def votes(ctx: click.Context, person: str | None, item: str | None, topic: str | None, topics_path: str | None,
          result: str | None, body: str | None, date_from: dt.datetime | None, date_to: dt.datetime | None,
          limit: int | None, fmt: OutputFormat) -> None:
    """List motions put to a vote: who moved and seconded them, the result, and who voted which way."""
    from .errors import MinutebookError
    from .store.queries import list_votes, resolve_topic

    _check_date_range(date_from, date_to)
    try:
        if topic is not None:
            topic = resolve_topic(topic, topics_path=topics_path)
        with _open_query_store(ctx) as store:
            rows = list_votes(store, person=person, item=item, topic=topic, body=body, date_from=_day(date_from),
                              date_to=_day(date_to), result=result, limit=limit)
    except MinutebookError as err:
        raise click.ClickException(str(err)) from err
    columns: list[Column] = ["date", "body", "item", "motion", "mover", "seconder", "result", "counts",
                             ("voted_for", "for"), ("voted_against", "against"), "abstained"]
    if person is not None:
        columns.insert(3, ("position", person))
    columns += ["file", "page"]
    write_rows(rows, columns, fmt=fmt, title=f"Votes: {person}" if person else "Votes")


@cli.command()
@output_options
@click.pass_context
def people(ctx: click.Context, fmt: OutputFormat) -> None:
    """List everyone named in attendance, apologies and action owners, most active first."""
    from .store.queries import list_people

    with _open_query_store(ctx) as store:
        rows = list_people(store)
    columns = [("id", "id"), "name", "title", "meetings", "apologies", "actions", "first_seen", "last_seen",
               ("spellings", "written as")]
    write_rows(rows, columns, fmt=fmt, title="People")


@cli.command()
@click.argument("name")
@output_options
@click.pass_context
def person(ctx: click.Context, name: str, fmt: OutputFormat) -> None:
    """Show one person (by name, any spelling, or id): meetings, apologies, actions, and why."""
    from .errors import MinutebookError
    from .output import write_json
    from .store.queries import get_person

    try:
        with _open_query_store(ctx) as store:
            record = get_person(store, name)
    except MinutebookError as err:
        raise click.ClickException(str(err)) from err
    if fmt == "json":
        write_json(record)
        return
    title = f"{record.name} (id {record.id})"
    if record.title:
        title += f", {record.title}"
    if fmt == "table" and len(record.spellings) > 1:
        title += "; written as " + ", ".join(record.spellings)
    write_rows(record.timeline(), ["date", "what", "body", "detail", ("written_as", "written as"), "file", "page"],
               fmt=fmt, title=title, empty=f"Nothing recorded for {record.name} yet.")


@cli.command()
@click.argument("keep")
@click.argument("other")
@click.pass_context
def merge(ctx: click.Context, keep: str, other: str) -> None:
    """Treat OTHER as the same person as KEEP (names or ids); undo with `unmerge OTHER`."""
    from .errors import MinutebookError
    from .store.people import merge_people

    try:
        with _open_query_store(ctx, readonly=False) as store:
            kept, merged = merge_people(store, keep, other)
    except MinutebookError as err:
        raise click.ClickException(str(err)) from err
    click.echo(f"Merged {merged} into {kept}.")


@cli.command()
@click.argument("name")
@click.pass_context
def unmerge(ctx: click.Context, name: str) -> None:
    """Split NAME off again: undo a merge, or separate one spelling from the person it was linked to."""
    from .errors import MinutebookError
    from .store.people import unmerge_person

    try:
        with _open_query_store(ctx, readonly=False) as store:
            separated = unmerge_person(store, name)
    except MinutebookError as err:
        raise click.ClickException(str(err)) from err
    click.echo("Now separate: " + ", ".join(separated) + ".")


@cli.command()
@click.pass_context
def upgrade(ctx: click.Context) -> None:
    """Bring a database made by an earlier minutebook up to this version, in place, keeping everything."""
    from .store import StoreError, is_url, upgrade_database

    target = ctx.obj["db"]
    if not is_url(target) and not Path(target).expanduser().exists():
        raise click.ClickException(f"no database at {target}: nothing to upgrade")
    try:
        done = upgrade_database(target)
    except StoreError as err:
        raise click.ClickException(str(err)) from err
    if not done.changed:
        click.echo(f"Database {target} is up to date (schema revision {done.after}).")
        return
    before = "from before migrations" if done.before is None else f"from schema revision {done.before}"
    click.echo(f"Upgraded database {target} {before} to {done.after}. Files loaded before now have no votes "
               "until they are read again (`minutebook ingest --force PATHS`).")


@cli.command()
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on; the default lets only this machine in.")
@click.option("--port", type=click.IntRange(min=1, max=65535), default=8001, show_default=True, help="Port to listen on.")
@click.option("--open", "open_browser", is_flag=True, help="Open the site in a web browser.")
@click.option("--snapshot", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="With a database URL: keep the SQLite copy served here (default: a temporary file).")
@click.pass_context
def serve(ctx: click.Context, host: str, port: int, open_browser: bool, snapshot: Path | None) -> None:
    """Browse the database in Datasette, read-only, each row linked to its document's page.

    Needs the web extra: pip install 'minutebook[web]'. A database URL
    (PostgreSQL) is copied into a SQLite snapshot first and that is served.
    """
    from .errors import MinutebookError
    from .store import is_url

    if snapshot is not None and not is_url(ctx.obj["db"]):
        raise click.BadParameter("only with a database URL (--db postgresql+psycopg://...)", param_hint="'--snapshot'")
    try:
        from .web.server import serve_database
    except ImportError as err:
        raise click.ClickException(f"serve needs Datasette ({err}): pip install 'minutebook[web]'") from err
    try:
        serve_database(ctx.obj["db"], host=host, port=port, open_browser=open_browser, snapshot=snapshot,
                       echo=click.echo)
    except MinutebookError as err:
        raise click.ClickException(str(err)) from err


def main() -> None:
    try:
        try:
            cli(prog_name="minutebook")
        finally:
            sys.stdout.flush()
    except OSError as err:
        # Standard output went to a full disk or /dev/full: one line, not a traceback.
        click.echo(f"Error: cannot write the output: {err.strerror or err}", err=True)
        _drop_stdout()
        sys.exit(1)


def _drop_stdout() -> None:
    """Point stdout at the null device, so the exit does not try (and fail) to flush it again."""
    import os

    try:
        null = os.open(os.devnull, os.O_WRONLY)
        os.dup2(null, sys.stdout.fileno())
        os.close(null)
    except (OSError, ValueError):
        pass


if __name__ == "__main__":  # pragma: no cover
    main()
