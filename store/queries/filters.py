"""Conditions several queries share: which body, which dates."""

from __future__ import annotations

import datetime as dt
from typing import Any, TypeVar, Unpack

from sqlalchemy import Select

from ...models import Body, Meeting

AnySelect = Select[Unpack[tuple[Any, ...]]]
SelectT = TypeVar("SelectT", bound=AnySelect)


def filter_body_and_dates(
    query: SelectT,
    *,
    body: str | None,
    date_from: dt.date | None,
    date_to: dt.date | None,
) -> SelectT:
    """`query` narrowed to bodies whose name contains `body` and to meetings between the dates."""
    if body:
        query = query.where(Body.name.icontains(body.strip(), autoescape=True))
    if date_from:
        query = query.where(Meeting.date >= date_from)
    if date_to:
        query = query.where(Meeting.date <= date_to)
    return query

