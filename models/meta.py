"""Facts about the database itself, such as which schema version made it."""

from __future__ import annotations

from sqlalchemy import String
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base


class StoreInfo(Base):
    """One fact about the database, by name ("schema_version")."""

    __tablename__ = "minutebook_info"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(String(500))
