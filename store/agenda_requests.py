"""Agenda requests followed to the meeting they were asked for: each linked to the item that takes it up.

A request ("Items for the next agenda: • Land by the old forge", "this matter should be brought
back to the next meeting"; extract/agenda_requests.py) asks for a matter at the body's next meeting.
It is linked, precision first, only:

- within the same body, to the next meeting after the one that asked, with none missing between
  them (`MAX_GAP_DAYS`): a request for a later month is reported on there too, under matters arising;
- to an item that is no standing item ("Planning applications", "Items for the next agenda"), whose
  title holds the request's matter: the same title but for one word or small words (`close_title`), or
  for a matter named by its item's heading the same heading, one holding the other (`same_heading`);
  a title of at least `MIN_SHARED` key words all in the request ("Funding for GP practices" after
  "Proposed letter to the health board on funding for the GP practice"); or at least `MIN_SHARED` of
  the request's key words and `MIN_SHARE` of them, one at least in the title itself, the first
  sentence recorded under the item supplying the rest ("Parish Newsletter" – "… considered further
  items for the January Newsletter");
- with one best item: a tie links nothing.

The link keeps its reason, its share of words and the status the later item states: `carried_forward`
when it defers the matter again ("That this should be deferred to the next meeting", or a request of its
own sending it on), `dropped` when
it lets it go, `open` when a wait is still outstanding ("Responses were still awaited"), else `done` (the
matter was taken up). The links are made again for the whole body
whenever one of its documents is stored (`link_document_requests`, from store/save.py).

A user's corrections (`minutebook link --request` / `unlink --request`, `link_request_by_hand` /
`unlink_request_by_hand`) are kept with those of actions (`link_corrections`, mention kind "request"),
keyed the same way by the documents' bytes and the request's and item's places in them, and applied
after the automatic links each time, so they survive re-loading.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass

from typing import TYPE_CHECKING

from sqlalchemy import delete, func, insert, select
from sqlalchemy.orm import Session

from ..errors import MinutebookError
from ..extract.status_words import STATUSES, report_words, taken_up_words
from ..models import (
    Action, LinkCorrection, ActionUpdate, AgendaItem, AgendaRequest, AgendaRequestLink, Body, Document, Meeting,
    Resolution,
)
from .tracking import (
    MAX_GAP_DAYS, Place, close_title, first_sentence, forget_override, is_standing, key_stems, need_checksum,
    loaded_places, pin_override, place_of, same_heading,
)

if TYPE_CHECKING:
    from .database import Store

MIN_SHARED = 2
"""Key words of the request (or all of them, when it has fewer) the later item must hold."""
MIN_SHARE = 0.5
"""And this share of the request's key words."""

_CARRIED = re.compile(report_words("carried_forward"), re.IGNORECASE)
_DROPPED = re.compile(report_words("dropped"), re.IGNORECASE)
_STILL_OPEN = re.compile(taken_up_words("open"), re.IGNORECASE)


@dataclass(slots=True)
class _Item:
    id: int
    title: str
    page: int | None
    first: int | None
    last: int | None
    said: list[tuple[int, str]]
    """What is recorded under it (resolutions, actions, statements), by line, in document order."""
    sends_on: bool = False
    """It asks for its matter at a later meeting again (an agenda request of its own): carried forward."""


def link_document_requests(session: Session, document_id: int) -> None:
    """Link again the agenda requests of the body of the document just stored (as `link_actions` does)."""
    body_id = session.scalar(select(Meeting.body_id).where(Meeting.document_id == document_id))
    if body_id is not None:
        link_requests(session, body_id)
    apply_request_overrides(session)


def link_requests(session: Session, body_id: int) -> None:
    """Link again every agenda request of the body to the item of its next meeting that takes it up."""
    meetings = session.execute(
        select(Meeting.id, Meeting.date).join(Document, Document.id == Meeting.document_id)
        .where(Meeting.body_id == body_id, Document.status == "loaded", Meeting.date.is_not(None),
               func.coalesce(Document.kind, "").not_in(("agenda", "plan")))
        .order_by(Meeting.date)
    ).all()
    ids = [meeting_id for meeting_id, _date in meetings]
    requests = session.execute(
        select(AgendaRequest.id, AgendaRequest.meeting_id, AgendaRequest.topic, AgendaItem.title)
        .outerjoin(AgendaItem, AgendaItem.id == AgendaRequest.item_id)
        .where(AgendaRequest.meeting_id.in_(ids))
    ).all() if ids else []
    if requests:
        session.execute(delete(AgendaRequestLink).where(AgendaRequestLink.request_id.in_([r[0] for r in requests])))
    if not requests:
        return
    dated = [(meeting_id, date) for meeting_id, date in meetings if date is not None]
    dates = dict(dated)
    following: dict[int, int] = {}
    for (earlier, earlier_date), (after, after_date) in zip(dated, dated[1:]):
        if after_date > earlier_date and (after_date - earlier_date).days <= MAX_GAP_DAYS:
            following[earlier] = after
    wanted = {following[m] for _id, m, _topic, _title in requests if m in following}
    items = _items(session, wanted)
    body_words = set(key_stems(session.scalar(select(Body.name).where(Body.id == body_id))))
    links = []
    for request_id, meeting_id, topic, title in requests:
        later = following.get(meeting_id)
        if later is None:
            continue
        found = _taken_up(topic, items.get(later, []), body_words, heading=topic == (title or "").strip())
        if found is None:
            continue
        item, score, how = found
        said = " ".join(text for _line, text in item.said)
        status = ("carried_forward" if item.sends_on or _CARRIED.search(said)
                  else "dropped" if _DROPPED.search(said) else "open" if _STILL_OPEN.search(said) else "done")
        links.append({
            "request_id": request_id, "item_id": item.id, "score": round(score, 2), "status": status,
            "reason": f"same body, the next meeting ({dates[later].isoformat()}) takes the matter up under "
                      f"the item \"{item.title.strip()}\", {how}",
            "page": item.page, "line_start": item.first, "line_end": item.last,
        })
    if links:
        session.execute(insert(AgendaRequestLink), links)


def _items(session: Session, meeting_ids: set[int]) -> dict[int, list[_Item]]:
    """The items of these meetings with their line spans (heading to the line before the next heading)
    and what is recorded under each."""
    if not meeting_ids:
        return {}
    by_meeting: dict[int, list[_Item]] = defaultdict(list)
    by_id: dict[int, _Item] = {}
    for item_id, meeting_id, title, page, line_start in session.execute(
        select(AgendaItem.id, AgendaItem.meeting_id, AgendaItem.title, AgendaItem.page, AgendaItem.line_start)
        .where(AgendaItem.meeting_id.in_(sorted(meeting_ids))).order_by(AgendaItem.meeting_id, AgendaItem.position)
    ):
        heading = _Item(item_id, title or "", page, line_start, line_start, [])
        by_meeting[meeting_id].append(heading)
        by_id[item_id] = heading
    for model in (Resolution, Action, ActionUpdate):
        for under, text, line_start, line_end in session.execute(
            select(model.item_id, model.text, model.line_start, model.line_end)
            .where(model.meeting_id.in_(sorted(meeting_ids)), model.item_id.is_not(None))
        ):
            holder = by_id.get(under) if under is not None else None
            if holder is None or line_start is None:
                continue
            holder.said.append((line_start, text or ""))
            holder.last = max(holder.last or line_start, line_end or line_start)
    for under in session.scalars(select(AgendaRequest.item_id).where(AgendaRequest.meeting_id.in_(sorted(meeting_ids)))):
        if under is not None and under in by_id:
            by_id[under].sends_on = True
    for found in by_meeting.values():
        found.sort(key=lambda i: i.first if i.first is not None else 0)
        for item, after in zip(found, found[1:]):
            if item.first is not None and after.first is not None and after.first > item.first:
                item.last = max(item.last or item.first, after.first - 1)
        for item in found:
            item.said.sort()
    return by_meeting


def _taken_up(topic: str, items: list[_Item], body_words: set[str], *,
              heading: bool = False) -> tuple[_Item, float, str] | None:
    """The one item of the next meeting that takes the request's matter up, with its share and how. A matter
    named by its item's heading (`heading`: "this matter", "return to this issue") is also taken up under an
    item of the same heading, one holding the other ("Cleansing" and "Cleansing, environment and roads")."""
    wanted = key_stems(topic) - body_words
    if not wanted:
        return None
    scored: list[tuple[int, int, float, _Item, str]] = []
    for item in items:
        if not item.title.strip() or is_standing(item.title):
            continue
        title = key_stems(item.title) - body_words
        if close_title(topic, item.title) or heading and same_heading(topic, item.title):
            scored.append((len(wanted) + 1, len(wanted & title), 1.0, item, "the same title"))
            continue
        if len(title) >= MIN_SHARED and title <= wanted:
            scored.append((len(title), len(title), len(title) / len(wanted), item,
                           f"every key word of its title in the request ({len(title)} of {len(wanted)})"))
            continue
        lead = key_stems(first_sentence(item.said[0][1])) if item.said else frozenset()
        shared = wanted & (title | lead)
        if not wanted & title or len(shared) < min(MIN_SHARED, len(wanted)) or len(shared) < MIN_SHARE * len(wanted):
            continue
        scored.append((len(shared), len(wanted & title), len(shared) / len(wanted), item,
                       f"{len(shared)} of the request's {len(wanted)} key word(s) in its title and first sentence"))
    if not scored:
        return None
    scored.sort(key=lambda s: (-s[0], -s[1]))
    if len(scored) > 1 and scored[1][:2] == scored[0][:2]:
        return None  # two items take it up as well as each other: which one is unsaid
    _shared, _in_title, share, item, how = scored[0]
    return item, share, how



# --- Corrections by hand: `minutebook link --request` / `unlink --request` ------------------------

REQUEST_STATUSES = STATUSES
"""The statuses a request's link may state: an action's (extract/status_words.py)."""
LINKED_BY_HAND = "linked by hand"
KEPT_UNLINKED_BY_HAND = "kept unlinked by hand"
_REQUEST = "request"
"""The mention kind of a request's correction in `link_corrections`."""


@dataclass(frozen=True, slots=True)
class HandRequest:
    """What a correction by hand of an agenda request did: the item that took it up before, and now."""

    request_id: int
    before: int | None
    after: int | None
    status: str | None
    """The status its link now states, or None when it has none."""


def _request_place(session: Session, request_id: int) -> Place:
    return place_of(session, AgendaRequest, request_id, f"no agenda request with id {request_id}: "
                    "`minutebook requests --json` gives each request's id as request_id")


def _item_place(session: Session, item_id: int) -> Place:
    return place_of(session, AgendaItem, item_id,
                    f"no agenda item with id {item_id}: the agenda_items table gives each item's id")


def _link_of(session: Session, request_id: int) -> tuple[int | None, str | None]:
    found = session.execute(select(AgendaRequestLink.item_id, AgendaRequestLink.status)
                            .where(AgendaRequestLink.request_id == request_id)).first()
    return (found[0], found[1]) if found else (None, None)


def _relink(session: Session, request: Place) -> HandRequest:
    """Make the request links again as a re-load of the request's document would; what the request has now."""
    before, _status = _link_of(session, request.id)
    if request.body_id is not None:
        link_requests(session, request.body_id)
    apply_request_overrides(session)
    after, status = _link_of(session, request.id)
    return HandRequest(request.id, before, after, status)


def link_request_by_hand(store: "Store", request_id: int, item_id: int, status: str = "done") -> HandRequest:
    """Link agenda request `request_id` to the later item `item_id` of the same body that took it up, stating
    `status`, in place of any automatic link, kept across re-loads."""
    if status not in REQUEST_STATUSES:
        raise MinutebookError(f"unknown request status {status!r}: give one of {', '.join(REQUEST_STATUSES)}")
    with store.session(write=True) as session:
        request = _request_place(session, request_id)
        item = _item_place(session, item_id)
        if request.body_id is None or request.body_id != item.body_id:
            raise MinutebookError(
                f"agenda item {item_id} ({item.body or 'no known body'}) is not of the body of request {request_id} "
                f"({request.body or 'no known body'}): a request is taken up by its own body"
            )
        if request.date is None or item.date is None or item.date <= request.date:
            raise MinutebookError(
                f"agenda item {item_id} ({item.date.isoformat() if item.date else 'no date'}) is not of a meeting "
                f"after that of request {request_id} ({request.date.isoformat() if request.date else 'no date'}): "
                "a request is taken up at a later meeting"
            )
        need_checksum(request, "agenda request")
        need_checksum(item, "agenda item")
        pin_override(session, request, status, item, mention_kind=_REQUEST)
        return _relink(session, request)


def unlink_request_by_hand(store: "Store", request_id: int, *, undo: bool = False) -> HandRequest:
    """Keep agenda request `request_id` linked to no item, across re-loads; with `undo`, forget the
    correction by hand made for it (a link or an unlink), so the automatic links decide again."""
    with store.session(write=True) as session:
        request = _request_place(session, request_id)
        if undo:
            if not forget_override(session, request, _REQUEST):
                raise MinutebookError(f"agenda request {request_id} has no link or unlink by hand to undo")
        else:
            need_checksum(request, "agenda request")
            pin_override(session, request, "unlink", None, mention_kind=_REQUEST)
        return _relink(session, request)


def apply_request_overrides(session: Session) -> None:
    """Apply every correction by hand of an agenda request whose rows are loaded, over the automatic links."""
    overrides = session.scalars(select(LinkCorrection).where(LinkCorrection.mention_kind == _REQUEST)
                                .order_by(LinkCorrection.id)).all()
    if not overrides:
        return
    requests = loaded_places(session, AgendaRequest, {o.mention_sha256 for o in overrides})
    items = loaded_places(session, AgendaItem, {o.target_sha256 for o in overrides if o.target_sha256 is not None})
    for override in overrides:
        found = [request_id for request_id, _page in requests.get(
            (override.mention_sha256, override.mention_position, override.mention_line_start,
             override.mention_line_end), [])]
        if not found:
            continue  # its document is not loaded (or has changed): the correction waits
        targets = items.get((override.target_sha256 or "", override.target_position or 0, override.target_line_start,
                             override.target_line_end), []) if override.kind != "unlink" else []
        if override.kind != "unlink" and not targets:
            continue  # the item's document is not loaded: the automatic link stands meanwhile
        session.execute(delete(AgendaRequestLink).where(AgendaRequestLink.request_id.in_(found)))
        if not targets:
            continue
        item_id, page = min(targets)
        first, last = override.target_line_start, override.target_line_end
        session.execute(insert(AgendaRequestLink), [
            {"request_id": request_id, "item_id": item_id, "score": 1.0, "status": override.kind,
             "reason": LINKED_BY_HAND, "page": page, "line_start": first, "line_end": last}
            for request_id in found
        ])
