"""The declarative base and the columns every extracted row shares."""

from __future__ import annotations

from typing import ClassVar

from sqlalchemy import MetaData, Table
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

# Named constraints keep migrations and PostgreSQL error messages readable.
NAMING_CONVENTION = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    """Base class of every minutebook table."""

    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    # Every model here is mapped to a plain Table (DeclarativeBase types it
    # as any FromClause), so Core statements can be built on `Model.__table__`.
    __table__: ClassVar[Table]


class EvidenceColumns:
    """Where in its document a row was read: page and document-wide line span."""

    page: Mapped[int | None] = mapped_column(default=None)
    line_start: Mapped[int | None] = mapped_column(default=None)
    line_end: Mapped[int | None] = mapped_column(default=None)
