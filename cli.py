"""The `minutebook` command line: parse options, call the library, print.

Each command opens the store, calls one library function and formats what it
returns; nothing else lives here.
"""

from __future__ import annotations

import os

import click

from . import __version__

DEFAULT_DB = "minutebook.db"
CONTEXT_SETTINGS = {"help_option_names": ["-h", "--help"]}


@click.group(context_settings=CONTEXT_SETTINGS)
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


def main() -> None:
    cli(prog_name="minutebook")


if __name__ == "__main__":  # pragma: no cover
    main()
