"""`minutebook serve`: one SQLite database in Datasette, immutable, with the minutebook plugin.

Read-only by construction: the file is opened with SQLite's `immutable=1`
(Datasette's `-i`) once a leftover write-ahead log is folded in, or `mode=ro`
where that cannot be done, so no statement a browser sends can write, whatever the
SQL; no write plugin is loaded; the only files served besides Datasette's own
are loaded documents (`documents.py`). A PostgreSQL database is served as a
SQLite snapshot copied at start (`store.replica`).
"""

from __future__ import annotations

import signal
import sqlite3
import tempfile
import webbrowser
from pathlib import Path
from typing import Any

from ..errors import StoreError
from .metadata import MARKER_TABLE, build_metadata, read_schema

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8001
SETTINGS = {
    # Owner matching builds its name index on the first query of a database.
    "sql_time_limit_ms": 5000,
    "default_page_size": 50,
    "facet_time_limit_ms": 500,
    # The site serves what the database holds and its documents, not the database file itself.
    "allow_download": False,
}


def check_database(path: str | Path) -> Path:
    """The database file at `path`, or StoreError saying why it cannot be served."""
    database = Path(path).expanduser()
    if not database.is_file():
        raise StoreError(f"no database at {path}: load files with `minutebook ingest` or pass --db")
    schema = _read_schema(database)
    if MARKER_TABLE not in schema:
        raise StoreError(f"{path} is not a minutebook database (it has no {MARKER_TABLE} table)")
    return database


def _read_schema(database: Path) -> dict[str, set[str]]:
    try:
        return read_schema(database)
    except sqlite3.DatabaseError as err:
        raise StoreError(f"cannot read {database} as SQLite: {err}") from err


def settle_database(database: Path) -> bool:
    """Fold a write-ahead log into the file, so an immutable open sees every commit; True when it may open immutable.

    A load that ended normally leaves no log; one that was killed may. When
    the log cannot be folded in (a read-only folder, say), the file is opened
    read-only but not immutable, which reads the log.
    """
    wal = database.with_name(database.name + "-wal")
    if not wal.exists() or wal.stat().st_size == 0:
        return True
    try:
        connection = sqlite3.connect(database)
        try:
            busy, _log, _moved = connection.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        finally:
            connection.close()
    except sqlite3.Error:
        return False
    return not busy and (not wal.exists() or wal.stat().st_size == 0)


def build_datasette(path: str | Path, *, settings: dict[str, Any] | None = None) -> Any:
    """A Datasette instance serving the minutebook database at `path` read-only, with the plugin registered."""
    from datasette.app import Datasette
    from datasette.plugins import pm

    from . import plugin

    database = check_database(path)
    immutable = settle_database(database)
    name = database.stem
    metadata = build_metadata(name, _read_schema(database))
    if not pm.is_registered(plugin):
        pm.register(plugin, name="minutebook")
    _quiet_client_errors()
    files = {"immutables": [str(database)]} if immutable else {"files": [str(database)]}
    return Datasette(metadata=metadata, settings={**SETTINGS, **(settings or {})}, **files)


def _quiet_client_errors() -> None:
    """Stop Datasette 0.65 answering 500 to a URL no route matches.

    Its error handler prints every error's traceback with rich when rich is
    installed (minutebook needs it); for a 404 there is no traceback and rich
    raises instead. Without rich the handler answers as it should, and real
    server errors still print a plain traceback.
    """
    from datasette import handle_exception

    handle_exception.rich = None


def serve_database(
    target: str | Path, *, host: str = DEFAULT_HOST, port: int = DEFAULT_PORT, open_browser: bool = False,
    snapshot: str | Path | None = None, echo: Any = print,
) -> None:
    """Serve the SQLite database at `target` until interrupted.

    A database URL (PostgreSQL) is first copied into a SQLite file
    (`store.replica.copy_to_sqlite`): `snapshot`, kept afterwards, or a
    temporary file removed on exit.
    """
    from ..store import is_url

    if not is_url(str(target)):
        _serve_file(target, host=host, port=port, open_browser=open_browser, echo=echo)
        return
    from ..store.replica import copy_to_sqlite, describe_source

    # Stopped by a signal, uvicorn re-raises it once it has shut down: ending
    # with SystemExit lets the temporary copy be removed.
    previous = signal.signal(signal.SIGTERM, _exit_on_signal)
    try:
        with tempfile.TemporaryDirectory(prefix="minutebook-serve-") as folder:
            copy = Path(snapshot) if snapshot is not None else Path(folder) / "minutebook.db"
            echo(f"Copying {describe_source(str(target))} into {copy} "
                 "(a read-only snapshot; Datasette reads only SQLite) …")
            rows = copy_to_sqlite(str(target), copy)
            echo(f"Copied {rows:,} rows.")
            _serve_file(copy, host=host, port=port, open_browser=open_browser, echo=echo)
    finally:
        signal.signal(signal.SIGTERM, previous)


def _exit_on_signal(signum: int, _frame: Any) -> None:
    raise SystemExit(128 + signum)


def _serve_file(path: str | Path, *, host: str, port: int, open_browser: bool, echo: Any) -> None:
    import asyncio

    import uvicorn

    datasette = build_datasette(path)
    asyncio.run(datasette.invoke_startup())
    url = f"http://{host}:{port}/"
    echo(f"Serving {path} read-only at {url} (Ctrl+C to stop)")
    if open_browser:
        webbrowser.open(url)
    uvicorn.run(datasette.app(), host=host, port=port, log_level="warning", lifespan="on", workers=1)
