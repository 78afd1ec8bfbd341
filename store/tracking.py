"""Actions followed from meeting to meeting: later action rows linked to the earlier action they report on.

A link is made only on what the minutes give, precision first (a wrong link
is worse than a missing one):

- the same body (never across bodies);
- the same minute reference: the later row names the minute the action was
  recorded under ("31/12", "ABC/18/18", "2031/45"), as the rows of an action
  log carried from meeting to meeting do. A plain item number ("5", "7.2")
  comes again at every meeting and is no reference;
- an earlier meeting, and wording that agrees (at least `MIN_SHARED` of the
  shorter wording's words), with one best candidate: a tie links nothing.

Every later row links to the first recorded occurrence, so an action carried
through several logs has one history. The link keeps its reason, the share
of words and the status the mention states; the action's latest status is
that of its latest mention (store/queries/tracking.py). Links are made
again for the whole body whenever one of its documents is stored, so the
order files are loaded in does not matter.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

from ..models import Action, ActionLink, Document, Meeting

MIN_SHARED = 0.5
"""Share of the shorter wording's words two rows must share to be one action."""
_REFERENCE = re.compile(r"^(?:[A-Za-z]{1,6}\s*/\s*)?[A-Za-z]{0,3}\d{1,4}\s*/\s*\d{1,4}(?:\s*/\s*\d{1,4})?$")
"""A minute reference that names its year or series, so it is not repeated at the next meeting."""
_WORD = re.compile(r"[a-z]{3,}")
_STOP = frozenset({"the", "and", "for", "with", "from", "that", "this", "will", "all", "its", "are", "was", "has"})


@dataclass(frozen=True, slots=True)
class _Row:
    id: int
    key: str
    date: dt.date
    words: frozenset[str]
    status: str
    page: int | None
    line_start: int | None
    line_end: int | None


def is_reference(item_key: str | None) -> bool:
    """True for a minute reference that names a year or series ("31/12"), not a bare item number ("5")."""
    return bool(item_key and _REFERENCE.match(item_key.strip()))


def link_actions(session: Session, document_id: int) -> None:
    """Link again every action of the body of the document just stored."""
    body_id = session.scalar(select(Meeting.body_id).where(Meeting.document_id == document_id))
    if body_id is None:
        return
    found = session.execute(
        select(Action.id, Action.item_key, Action.text, Action.status, Action.page, Action.line_start,
               Action.line_end, Meeting.date)
        .join(Meeting, Meeting.id == Action.meeting_id)
        .join(Document, Document.id == Meeting.document_id)
        # Only a reference with a slash can link: the rest of the body's actions are not read.
        .where(Meeting.body_id == body_id, Document.status == "loaded", Action.item_key.like("%/%"))
    ).all()
    ids = [row[0] for row in found]
    for start in range(0, len(ids), 5000):
        session.execute(delete(ActionLink).where(ActionLink.mention_id.in_(ids[start : start + 5000])))
    by_key: dict[str, list[_Row]] = defaultdict(list)
    for action_id, key, text, status, page, line_start, line_end, date in found:
        if date is None or key is None or not is_reference(key):
            continue
        by_key[_normal_key(key)].append(
            _Row(action_id, key, date, _words(text), status, page, line_start, line_end)
        )
    links = [link for rows in by_key.values() for link in _links(rows)]
    if links:
        session.execute(insert(ActionLink), links)


def _links(rows: list[_Row]) -> list[dict[str, object]]:
    first = min(row.date for row in rows)
    originals = [row for row in rows if row.date == first]
    links: list[dict[str, object]] = []
    for row in rows:
        if row.date == first:
            continue
        scored = sorted(((_shared(row.words, o.words), o.id) for o in originals), reverse=True)
        best, action_id = scored[0]
        if best < MIN_SHARED or (len(scored) > 1 and scored[1][0] == best):
            continue
        links.append({
            "action_id": action_id, "mention_id": row.id, "score": round(best, 2), "status": row.status,
            "reason": f"same body, same minute reference {row.key}, a later meeting ({row.date.isoformat()}), "
                      f"{round(best * 100)}% of the words shared",
            "page": row.page, "line_start": row.line_start, "line_end": row.line_end,
        })
    return links


def _normal_key(key: str) -> str:
    return re.sub(r"\s+", "", key).upper()


def _words(text: str) -> frozenset[str]:
    return frozenset(word for word in _WORD.findall(text.lower()) if word not in _STOP)


def _shared(one: frozenset[str], other: frozenset[str]) -> float:
    if not one or not other:
        return 0.0
    return len(one & other) / min(len(one), len(other))
