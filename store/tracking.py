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

A numbered action is the other reference kind: a row that names "Action
23/14" or "Action 2.01" (`action_number`: a number in parts, never a bare
"Action 5", a sum or a date) is linked to the row of the same body's
earliest meeting that names the same number, whatever its wording, unless
that meeting has several and the wording picks none. The minute reference
goes first when both apply.

Every later row links to the first recorded occurrence, so an action carried
through several logs has one history. The link keeps its reason, the share
of words and the status the mention states; the action's latest status is
that of its latest mention (store/queries/tracking.py). Links are made
again for the whole body whenever one of its documents is stored, so the
order files are loaded in does not matter.

A user's corrections (`minutebook link` / `unlink`, `link_by_hand` /
`unlink_by_hand`) are kept in `link_corrections`, keyed by the document's
bytes and the row's place in it (action ids change on every re-load), and
applied after the automatic links each time, so they survive re-loading: a
"link" makes a row a mention of the action given (across bodies too, which
only a hand link may do), an "unlink" keeps a row a mention of nothing.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from rapidfuzz import fuzz
from sqlalchemy import delete, func, insert, or_, select, update
from sqlalchemy.orm import Session

from ..errors import MinutebookError, NotFound
from ..extract.action_updates import carried_label, entry_label, normal_ref
from ..names import HONORIFIC
from ..models import (
    Action, ActionLink, LinkCorrection, ActionOwner, ActionUpdate, AgendaItem, Body, Document, Meeting,
)

if TYPE_CHECKING:
    from .database import Store

USER_LINK = "user link"
USER_UNLINK = "user unlink"
"""The reasons a hand correction is shown with (`minutebook action ID`)."""

MIN_SHARED = 0.5
"""Share of the shorter wording's words two rows must share to be one action."""
_REFERENCE = re.compile(r"^(?:[A-Za-z]{1,6}\s*/\s*)?[A-Za-z]{0,3}\d{1,4}\s*/\s*\d{1,4}(?:\s*/\s*\d{1,4})?$")
"""A minute reference that names its year or series, so it is not repeated at the next meeting."""
_ACTION_NUMBER = re.compile(
    r"\baction(?:\s+(?:point|item|no\.?|number|ref\.?))?\s*:?\s*"
    r"(?P<number>\d{1,4}(?:\s?[./]\s?\d{1,3}){1,2})(?![./]?\d)(?!\s*(?:%|per\s*cent|million|bn\b|m\b|k\b))",
    re.IGNORECASE,
)
"""A numbered action: "Action 23/14", "Action 2.01", "Action point 4.3", "ACTION NO. 12/03"."""
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
    """Link again every action of the body of the document just stored, then apply the user's corrections.

    A hand link may join a row of another body to a record in this document: re-storing the document dropped the
    links that body's later rows had to that row's history, so the bodies of such rows are linked again too (else a
    re-load whose files are stored in another order would lose part of the history)."""
    found = session.execute(select(Meeting.body_id, Meeting.date).where(Meeting.document_id == document_id)).first()
    body_id, date = found if found is not None else (None, None)
    bodies = {body_id, *_bodies_linked_by_hand_to(session, document_id)}
    for linked_body in sorted(body for body in bodies if body is not None):
        _link_body(session, linked_body)
    apply_overrides(session)
    if body_id is not None:
        link_updates(session, body_id, since=date)
    apply_update_overrides(session)


def _bodies_linked_by_hand_to(session: Session, document_id: int) -> set[int | None]:
    """The bodies of the rows a correction by hand links to a record of document `document_id`."""
    sha256 = session.scalar(select(Document.sha256).where(Document.id == document_id))
    mentions = set(session.scalars(select(LinkCorrection.mention_sha256).where(
        LinkCorrection.mention_kind == "action", LinkCorrection.kind == "link", LinkCorrection.target_sha256 == sha256)))
    if sha256 is None or not mentions:
        return set()
    return set(session.scalars(select(Meeting.body_id).join(Document, Document.id == Meeting.document_id)
                               .where(Document.sha256.in_(sorted(mentions)), Document.status == "loaded")))


def _link_body(session: Session, body_id: int) -> None:
    found = session.execute(
        select(Action.id, Action.item_key, Action.text, Action.status, Action.page, Action.line_start,
               Action.line_end, Meeting.date)
        .join(Meeting, Meeting.id == Action.meeting_id)
        .join(Document, Document.id == Meeting.document_id)
        # Only a reference with a slash or a numbered action can link: the rest of the body's actions are not read.
        .where(Meeting.body_id == body_id, Document.status == "loaded",
               or_(Action.item_key.like("%/%"), Action.text.ilike("%action%")))
    ).all()
    ids = [row[0] for row in found]
    for start in range(0, len(ids), 5000):
        session.execute(delete(ActionLink).where(ActionLink.mention_id.in_(ids[start : start + 5000])))
    by_key: dict[str, list[_Row]] = defaultdict(list)
    by_number: dict[str, list[_Row]] = defaultdict(list)
    for action_id, key, text, status, page, line_start, line_end, date in found:
        if date is None:
            continue
        if key is not None and is_reference(key):
            by_key[_normal_key(key)].append(
                _Row(action_id, key, date, _words(text), status, page, line_start, line_end)
            )
        number = action_number(text)
        if number is not None:
            by_number[number].append(
                _Row(action_id, number, date, _words(text), status, page, line_start, line_end)
            )
    links = [link for rows in by_key.values() for link in _links(rows, "same minute reference")]
    # A numbered action links a row the minute reference left alone, to the first record of its action.
    linked = {link["mention_id"]: link["action_id"] for link in links}
    for rows in by_number.values():
        for link in _links(rows, "the same numbered action", need_words=False):
            if link["mention_id"] not in linked and link["action_id"] != link["mention_id"]:
                links.append(link)
                linked[link["mention_id"]] = link["action_id"]
    for link in links:  # one history per action: a first record that is itself a mention hands on its own
        seen = {link["mention_id"]}
        while link["action_id"] in linked and link["action_id"] not in seen:
            seen.add(link["action_id"])
            link["action_id"] = linked[link["action_id"]]
    links = [link for link in links if link["action_id"] != link["mention_id"]]
    if links:
        session.execute(insert(ActionLink), links)


def action_number(text: str | None) -> str | None:
    """The number of a numbered action the text names ("Action 23/14", "Action point 2.01"), else None.

    Only a number in parts counts: "Action 5" may be the fifth of any list, and a year, a sum
    ("action 3.5 million") or a date ("action by 12/05/2031") is no action number.
    """
    if not text:
        return None
    found = _ACTION_NUMBER.search(text)
    return found.group("number").replace(" ", "") if found else None


def _links(rows: list[_Row], kind: str, *, need_words: bool = True) -> list[dict[str, object]]:
    first = min(row.date for row in rows)
    originals = [row for row in rows if row.date == first]
    links: list[dict[str, object]] = []
    for row in rows:
        if row.date == first:
            continue
        scored = sorted(((_shared(row.words, o.words), o.id) for o in originals), reverse=True)
        best, action_id = scored[0]
        if len(scored) > 1 and (best < MIN_SHARED or scored[1][0] == best):
            continue  # several first records: the wording must pick one
        if need_words and best < MIN_SHARED:
            continue
        links.append({
            "action_id": action_id, "mention_id": row.id, "score": round(best, 2), "status": row.status,
            "reason": f"same body, {kind} {row.key}, a later meeting ({row.date.isoformat()}), "
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


# --- Corrections by hand: `minutebook link` / `unlink` -------------------------------


@dataclass(frozen=True, slots=True)
class Place:
    """A row corrected by hand (an action, an update, an agenda request or item) and what names it across
    re-loads: its document's bytes and its place in them."""

    id: int
    sha256: str | None
    position: int
    line_start: int | None
    line_end: int | None
    date: dt.date | None
    body_id: int | None
    body: str | None


@dataclass(frozen=True, slots=True)
class HandLink:
    """What `link_by_hand` did: `mention_id` is now a mention of `action_id`."""

    mention_id: int
    asked_id: int
    """The action the user named."""
    action_id: int
    """The action linked to: `asked_id`, or the earlier action it is itself a mention of."""
    mention_body: str | None
    action_body: str | None
    across_bodies: bool


@dataclass(frozen=True, slots=True)
class HandUnlink:
    """What `unlink_by_hand` did: the action `mention_id` was a mention of before, and is now."""

    mention_id: int
    before: int | None
    after: int | None


def link_by_hand(store: "Store", mention_id: int, action_id: int) -> HandLink:
    """Make action row `mention_id` a mention of the earlier action `action_id`, kept across re-loads."""
    with store.session(write=True) as session:
        if mention_id == action_id:
            raise MinutebookError(
                f"action {mention_id} cannot be linked to itself: give the earlier action it reports on"
            )
        mention = _place(session, mention_id)
        target = _place(session, action_id)
        for place in (mention, target):
            need_checksum(place)
        if mention.date and target.date and mention.date < target.date:
            raise MinutebookError(
                f"action {mention_id} ({mention.date.isoformat()}) was recorded before action {action_id} "
                f"({target.date.isoformat()}): give the later row first, then the earlier action it reports on"
            )
        if _root(session, action_id, avoid=mention_id) is None:
            raise MinutebookError(
                f"action {action_id} is itself a mention of action {mention_id}: linking them both ways "
                f"would make a loop; `minutebook unlink {action_id}` first"
            )
        pin_override(session, mention, "link", target)
        _relink(session, mention)
        linked = session.scalar(select(ActionLink.action_id).where(ActionLink.mention_id == mention_id))
        if linked is None:  # pragma: no cover - the correction was just pinned and applied
            raise MinutebookError(f"action {mention_id} could not be linked to action {action_id}")
        return HandLink(mention_id, action_id, linked, mention.body, target.body,
                        mention.body_id != target.body_id)


def unlink_by_hand(store: "Store", mention_id: int, *, undo: bool = False) -> HandUnlink:
    """Keep action row `mention_id` a mention of nothing, across re-loads; with `undo`, forget the
    correction by hand made for it, so the automatic links decide again."""
    with store.session(write=True) as session:
        mention = _place(session, mention_id)
        before = session.scalar(select(ActionLink.action_id).where(ActionLink.mention_id == mention_id))
        if undo:
            found = _override_of(session, mention)
            if found is None:
                raise MinutebookError(f"action {mention_id} has no link or unlink by hand to undo")
            session.execute(delete(LinkCorrection).where(LinkCorrection.id == found.id))
        else:
            need_checksum(mention)
            pin_override(session, mention, "unlink", None)
        _relink(session, mention)
        after = session.scalar(select(ActionLink.action_id).where(ActionLink.mention_id == mention_id))
        return HandUnlink(mention_id, before, after)


def hand_correction(session: Session, action_id: int) -> str | None:
    """USER_LINK or USER_UNLINK when a correction by hand applies to the action row, else None."""
    try:
        place = _place(session, action_id)
    except NotFound:
        return None
    found = _override_of(session, place)
    if found is None:
        return None
    return USER_LINK if found.kind == "link" else USER_UNLINK


def apply_overrides(session: Session) -> None:
    """Apply every correction by hand whose rows are loaded, over the automatic links."""
    overrides = session.scalars(select(LinkCorrection).where(LinkCorrection.mention_kind == "action")
                                .order_by(LinkCorrection.id)).all()
    if not overrides:
        return
    places = _places_by_key(session, {o.mention_sha256 for o in overrides} | {
        o.target_sha256 for o in overrides if o.target_sha256 is not None
    })
    linked: list[tuple[int, int]] = []
    for override in overrides:
        mentions = _matching(places, override.mention_sha256, override.mention_position,
                             override.mention_line_start, override.mention_line_end)
        if not mentions:
            continue  # its document is not loaded (or has changed): the correction waits
        if override.kind != "link":
            session.execute(delete(ActionLink).where(ActionLink.mention_id.in_([m[0] for m in mentions])))
            continue
        targets = _matching(places, override.target_sha256, override.target_position,
                            override.target_line_start, override.target_line_end)
        if not targets:
            continue
        target_id = min(t[0] for t in targets)
        for mention_id, status, page, line_start, line_end in mentions:
            if mention_id == target_id:
                continue
            session.execute(delete(ActionLink).where(ActionLink.mention_id == mention_id))
            session.execute(insert(ActionLink).values(
                action_id=target_id, mention_id=mention_id, score=1.0, status=status, reason=USER_LINK,
                page=page, line_start=line_start, line_end=line_end,
            ))
            linked.append((mention_id, target_id))
    # One history per action: a hand link names the action's first record, and the rows that
    # mentioned the row now linked by hand mention that record instead.
    for mention_id, target_id in linked:
        root = _root(session, target_id, avoid=mention_id)
        if root is None:  # two corrections that would make a loop: neither wins
            session.execute(delete(ActionLink).where(ActionLink.mention_id == mention_id))
            continue
        if root != target_id:
            session.execute(update(ActionLink).where(ActionLink.mention_id == mention_id).values(action_id=root))
        session.execute(update(ActionLink).where(ActionLink.action_id == mention_id).values(action_id=root))


def place_of(session: Session, model: Any, record_id: int, missing: str) -> Place:
    """Where the row `record_id` of `model` (a record kept under a meeting) stands; NotFound with `missing` if none."""
    found = session.execute(
        select(model.id, Document.sha256, model.position, model.line_start, model.line_end, Meeting.date,
               Meeting.body_id, Body.name)
        .join(Meeting, Meeting.id == model.meeting_id)
        .join(Document, Document.id == Meeting.document_id)
        .outerjoin(Body, Body.id == Meeting.body_id)
        .where(model.id == record_id, Document.status == "loaded")
    ).first()
    if found is None:
        raise NotFound(missing)
    return Place(*found)


def _place(session: Session, action_id: int) -> Place:
    return place_of(session, Action, action_id,
                    f"no action with id {action_id}: `minutebook actions --json` gives each action's id as record_id")


def need_checksum(place: Place, what: str = "action") -> None:
    if place.sha256 is None:
        raise MinutebookError(
            f"{what} {place.id}'s document has no checksum, so a correction could not be kept across "
            "re-loads: load it again (`minutebook ingest --force`) first"
        )


def _override_of(session: Session, place: Place) -> LinkCorrection | None:
    found = session.scalar(select(LinkCorrection).where(
        LinkCorrection.mention_kind == "action",
        LinkCorrection.mention_sha256 == place.sha256, LinkCorrection.mention_position == place.position,
    ))
    if found is None or (found.mention_line_start, found.mention_line_end) != (place.line_start, place.line_end):
        return None
    return found


def pin_override(session: Session, mention: Place, kind: str, target: Place | None, *, mention_kind: str = "action") -> None:
    """Keep a correction by hand for the mention at this place (an action row, an update or an agenda request),
    replacing any before."""
    forget_override(session, mention, mention_kind)
    session.execute(insert(LinkCorrection).values(
        mention_kind=mention_kind, mention_sha256=mention.sha256, mention_position=mention.position,
        mention_line_start=mention.line_start, mention_line_end=mention.line_end, kind=kind,
        target_sha256=target.sha256 if target else None, target_position=target.position if target else None,
        target_line_start=target.line_start if target else None,
        target_line_end=target.line_end if target else None,
        created_at=dt.datetime.now(dt.timezone.utc),
    ))


def forget_override(session: Session, mention: Place, mention_kind: str) -> bool:
    """Delete the correction by hand kept for the mention at this place; True when there was one."""
    done = session.execute(delete(LinkCorrection).where(
        LinkCorrection.mention_kind == mention_kind,
        LinkCorrection.mention_sha256 == mention.sha256, LinkCorrection.mention_position == mention.position,
    ))
    return bool(getattr(done, "rowcount", 0))


def _relink(session: Session, mention: Place) -> None:
    """Make the links again as a re-load of the mention's document would."""
    if mention.body_id is not None:
        _link_body(session, mention.body_id)
    apply_overrides(session)
    if mention.body_id is not None:
        link_updates(session, mention.body_id)
    apply_update_overrides(session)


# --- Corrections by hand of action updates: `minutebook link --update` / `unlink --update` ---


@dataclass(frozen=True, slots=True)
class HandUpdate:
    """What a correction by hand of an action update did: the action it reported on before, and now."""

    update_id: int
    before: int | None
    after: int | None
    across_bodies: bool = False


def _update_place(session: Session, update_id: int) -> Place:
    return place_of(session, ActionUpdate, update_id, f"no action update with id {update_id}: v_action_history and "
                    "the action_updates table give each update's id")


def _relink_update(session: Session, mention: Place) -> int | None:
    """Make the update links again as a re-load would; the action the update now reports on."""
    if mention.body_id is not None:
        link_updates(session, mention.body_id)
    apply_update_overrides(session)
    return session.scalar(select(ActionUpdate.action_id).where(ActionUpdate.id == mention.id))


def link_update_by_hand(store: "Store", update_id: int, action_id: int) -> HandUpdate:
    """Make action update `update_id` (a matters-arising entry, a report) a mention of the earlier action
    `action_id` (its first record), kept across re-loads; the only way an update may join two bodies."""
    with store.session(write=True) as session:
        mention = _update_place(session, update_id)
        target = _place(session, action_id)
        need_checksum(target)
        if mention.date and target.date and mention.date < target.date:
            raise MinutebookError(
                f"update {update_id} ({mention.date.isoformat()}) was made before action {action_id} "
                f"({target.date.isoformat()}): an update reports on an earlier action"
            )
        before = session.scalar(select(ActionUpdate.action_id).where(ActionUpdate.id == update_id))
        need_checksum(mention)
        pin_override(session, mention, "link", target, mention_kind="update")
        after = _relink_update(session, mention)
        return HandUpdate(update_id, before, after, mention.body_id != target.body_id)


def unlink_update_by_hand(store: "Store", update_id: int, *, undo: bool = False) -> HandUpdate:
    """Keep action update `update_id` a mention of no action, across re-loads; with `undo`, forget the
    correction by hand made for it, so the automatic links decide again."""
    with store.session(write=True) as session:
        mention = _update_place(session, update_id)
        before = session.scalar(select(ActionUpdate.action_id).where(ActionUpdate.id == update_id))
        if undo:
            if not forget_override(session, mention, "update"):
                raise MinutebookError(f"update {update_id} has no link or unlink by hand to undo")
        else:
            need_checksum(mention)
            pin_override(session, mention, "unlink", None, mention_kind="update")
        return HandUpdate(update_id, before, _relink_update(session, mention))


def apply_update_overrides(session: Session) -> None:
    """Apply every correction by hand of an action update whose rows are loaded, over the automatic links:
    a "link" names the first record of the action given, an "unlink" leaves the update linked to none."""
    overrides = session.scalars(select(LinkCorrection).where(LinkCorrection.mention_kind == "update")
                                .order_by(LinkCorrection.id)).all()
    if not overrides:
        return
    places = loaded_places(session, ActionUpdate, {o.mention_sha256 for o in overrides})
    actions = _places_by_key(session, {o.target_sha256 for o in overrides if o.target_sha256 is not None})
    for override in overrides:
        updates = [update_id for update_id, _page in places.get((override.mention_sha256, override.mention_position,
                                                                  override.mention_line_start,
                                                                  override.mention_line_end), [])]
        if not updates:
            continue  # its document is not loaded (or has changed): the correction waits
        if override.kind != "link":
            session.execute(update(ActionUpdate).where(ActionUpdate.id.in_(updates))
                            .values(action_id=None, reason=USER_UNLINK, score=None))
            continue
        targets = _matching(actions, override.target_sha256, override.target_position,
                            override.target_line_start, override.target_line_end)
        if not targets:
            continue
        target = min(t[0] for t in targets)
        root = _root(session, target, avoid=-1) or target
        session.execute(update(ActionUpdate).where(ActionUpdate.id.in_(updates))
                        .values(action_id=root, reason=USER_LINK, score=1.0))


_Found = tuple[int, str, int | None, int | None, int | None]
"""An action row's id, status, page and line span."""


def loaded_places(session: Session, model: Any,
                  sha256s: set[str]) -> dict[tuple[str, int, int | None, int | None], list[tuple[int, int | None]]]:
    """The loaded rows of `model` (a record kept under a meeting: an action update, an agenda request, an item) of the
    documents with these bytes, by (sha256, position, line span): each with its id and page."""
    places: dict[tuple[str, int, int | None, int | None], list[tuple[int, int | None]]] = defaultdict(list)
    for found_id, sha256, position, first, last, page in session.execute(
        select(model.id, Document.sha256, model.position, model.line_start, model.line_end, model.page)
        .join(Meeting, Meeting.id == model.meeting_id)
        .join(Document, Document.id == Meeting.document_id)
        .where(Document.status == "loaded", Document.sha256.in_(sorted(sha256s)))
    ):
        if sha256 is not None:  # always, by the condition above
            places[(sha256, position, first, last)].append((found_id, page))
    return places


def _places_by_key(session: Session, sha256s: set[str]) -> dict[tuple[str, int], list[_Found]]:
    """The loaded action rows of the documents with these bytes, by (sha256, position)."""
    places: dict[tuple[str, int], list[_Found]] = defaultdict(list)
    for action_id, sha256, position, status, page, line_start, line_end in session.execute(
        select(Action.id, Document.sha256, Action.position, Action.status, Action.page, Action.line_start,
               Action.line_end)
        .join(Meeting, Meeting.id == Action.meeting_id)
        .join(Document, Document.id == Meeting.document_id)
        .where(Document.status == "loaded", Document.sha256.in_(sorted(sha256s)))
    ):
        if sha256 is not None:  # always, by the condition above
            places[(sha256, position)].append((action_id, status, page, line_start, line_end))
    return places


def _matching(places: dict[tuple[str, int], list[_Found]], sha256: str | None, position: int | None,
              line_start: int | None, line_end: int | None) -> list[_Found]:
    """The loaded action rows at a kept place: the same bytes, position and line span."""
    if sha256 is None or position is None:
        return []
    return [found for found in places.get((sha256, position), []) if found[3:] == (line_start, line_end)]


def _root(session: Session, action_id: int, *, avoid: int) -> int | None:
    """The first record of the action `action_id` is or mentions; None when the chain meets `avoid` (a loop)."""
    seen = {action_id}
    while True:
        if action_id == avoid:
            return None
        earlier = session.scalar(select(ActionLink.action_id).where(ActionLink.mention_id == action_id))
        if earlier is None or earlier in seen:
            return action_id
        seen.add(earlier)
        action_id = earlier


# --- Matters arising and owners' reports (extract/action_updates.py) ------------------

MIN_REF_SHARED = 1
"""Key words a numbered matters-arising entry must share with the only action of the item it names."""
MIN_REF_PART = 0.4
"""Share of the action's key words (and at least 2) a numbered entry must hold to pick one of an item's
several actions, or the action of the item a part of which it names."""
MIN_REF_OWN = 0.5
"""Or the share of the entry's own first-sentence key words (and at least 2) in the action: a short entry
("5iii) The closure of the bank account was in hand") names its action in few words."""
MIN_RESTATED = 0.6
"""Share of the action's key words an unnumbered matters-arising entry must hold (and at least 3)."""
MIN_REPORTED = 0.5
"""Share of the action's key words an owner's report must hold (and at least 2)."""
MIN_OWN_SHARE = 0.3
"""Share of its own key words an unnumbered entry or a report must share with the action: a long
paragraph shares some words with many actions by chance."""
MAX_REPORT_MEETINGS = 6
"""An owner's report speaks of an action of the last meetings, not of years ago."""
MAX_REPORT_DAYS = 400
"""Nor of one more than about a year before it; no update reaches further back."""
MAX_HEADING_MEETINGS = 5
"""An entry under an earlier item's heading looks back this many meetings (matters carried for months)."""
MIN_HEADING_SHARED = 2
"""Key words besides the heading's an entry under an earlier item's heading must share with its action."""
MIN_TITLE_SHARED = 3
"""Key words besides the title's a statement under a later item of the same title must share with the
action: a place name and one word of the matter are no more than chance under a broad title ("Lighting")."""
HEADING_SIMILAR = 90
"""rapidfuzz ratio (0-100) at which two headings, set in one form, are the same."""
MAX_GAP_DAYS = 120
"""Matters arising speak of the meeting before; a longer gap means the meetings between are not loaded."""
_GENERIC = frozenset({
    "clerk", "chair", "chairman", "chairperson", "council", "councillor", "councillors", "cllr", "parish",
    "meeting", "meetings", "item", "minute", "minutes", "agreed", "action", "actions", "report", "reported",
    "confirmed", "advised", "update", "matter", "matters", "arising", "previous", "last", "next", "members",
    "been", "had", "have", "would", "should", "could", "still", "awaited", "awaiting", "done", "ongoing",
    "complete", "completed", "dated", "also", "they", "them", "their", "were", "which", "who", "she", "her",
    "his", "him", "not", "any", "once", "now", "some", "into", "about", "after", "before", "there", "then",
    "than", "being", "onto", "upon", "per", "our", "may", "can", "one", "two", "new", "regard", "regarding",
})
_ROLES = {"clerk": "clerk", "chair": "chair", "chairman": "chair", "chairwoman": "chair", "chairperson": "chair",
          "secretary": "secretary", "treasurer": "treasurer"}
_TITLES = frozenset({"cllr", "councillor", "mr", "mrs", "ms", "miss", "dr", "the", "vice"})


@dataclass(frozen=True, slots=True)
class _Earlier:
    id: int
    meeting_id: int
    date: dt.date
    key: str | None
    stems: frozenset[str]
    owners: frozenset[str]
    status: str
    carried: bool = False
    """An update at that meeting that stands for the action (linked to it), not the action's own row."""
    heading: str | None = None
    """The title of the item the action was recorded under, or the heading an update opens with."""
    entry: str | None = None
    """An update standing for the action: the earlier entry it names ("12ii" of "4.12ii)"), carried on."""
    lines: tuple[int, int] | None = None
    sub: str | None = None
    """The point of its item's list the action was recorded under ("12iv"), which an entry may name."""
    label: str | None = None
    """An update standing for the action: its own label, whole ("4.12ii" of "4. 4.12ii)")."""
    names: frozenset[str] = frozenset()
    """The names of things in its wording ("Partick", "FBU"): written with a capital inside a sentence (`key_names`)."""


def link_updates(session: Session, body_id: int, *, since: dt.date | None = None) -> None:
    """Link each matters-arising entry and owner's report of the body to the earlier action it reports on.

    Only within the body and only to an earlier meeting; with one best action or none:

    - a numbered entry ("4.1", "Item 7", "Min 23/45") links to the action recorded under that item at the
      body's previous meeting (a minute reference that names its year or series: at any earlier meeting)
      sharing at least one key word with it;
    - an unnumbered entry only by strong wording: `MIN_RESTATED` of the action's key words, at least three,
      at the previous meeting;
    - an owner's report ("KW reported that …", and an entry that is one) links to the still-open action of
      the same owner at an earlier meeting holding `MIN_REPORTED` of its key words, at least two; the
      latest meeting with one wins (of the last `MAX_REPORT_MEETINGS`, within `MAX_REPORT_DAYS`).

    With `since` (the date of the meeting just loaded) only the updates that meeting can change are
    linked again: its own and those of the meetings up to `MAX_REPORT_DAYS` after it.
    """
    window = dt.timedelta(days=MAX_REPORT_DAYS)
    query = (
        select(Meeting.id, Meeting.date)
        .join(Document, Document.id == Meeting.document_id)
        .where(Meeting.body_id == body_id, Document.status == "loaded", Meeting.date.is_not(None),
               func.coalesce(Document.kind, "").not_in(("agenda", "plan")))
    )
    if since is not None:
        query = query.where(Meeting.date >= since - window, Meeting.date <= since + window)
    meetings = session.execute(query).all()
    meeting_ids = [meeting_id for meeting_id, _date in meetings]
    if not meeting_ids:
        return
    relinked = [meeting_id for meeting_id, date in meetings if since is None or (date is not None and date >= since)]
    updates = session.execute(
        select(ActionUpdate.id, ActionUpdate.meeting_id, ActionUpdate.source, ActionUpdate.text, ActionUpdate.ref,
               ActionUpdate.owner, ActionUpdate.item_key, AgendaItem.title, ActionUpdate.status,
               ActionUpdate.line_start, ActionUpdate.line_end)
        .outerjoin(AgendaItem, AgendaItem.id == ActionUpdate.item_id)
        .where(ActionUpdate.meeting_id.in_(relinked))
    ).all()
    session.execute(update(ActionUpdate).where(ActionUpdate.meeting_id.in_(relinked))
                    .values(action_id=None, reason=None, score=None))
    if not updates:
        return
    dates: dict[int, dt.date] = {meeting_id: date for meeting_id, date in meetings if date is not None}
    owners: dict[int, set[str]] = defaultdict(set)
    names_of: dict[int, set[str]] = defaultdict(set)
    # The words of the body's own name ("Elmsford Community Council") name no matter: they come in everything.
    body_words = set(key_stems(session.scalar(select(Body.name).where(Body.id == body_id))))
    for action_id, name in session.execute(
        select(ActionOwner.action_id, ActionOwner.name).join(Action, Action.id == ActionOwner.action_id)
        .where(Action.meeting_id.in_(meeting_ids))
    ):
        owners[action_id] |= owner_keys(name)
        names_of[action_id] |= _name_stems(name)
    by_meeting: dict[int, list[_Earlier]] = defaultdict(list)
    for action_id, meeting_id, key, text, written, status, title, first, last, sub in session.execute(
        select(Action.id, Action.meeting_id, Action.item_key, Action.text, Action.owner_as_written, Action.status,
               AgendaItem.title, Action.line_start, Action.line_end, Action.sub_item)
        .outerjoin(AgendaItem, AgendaItem.id == Action.item_id)
        .where(Action.meeting_id.in_(meeting_ids))
    ):
        keys = owners.get(action_id, set()) | owner_keys(written)
        names = names_of.get(action_id, set()) | _name_stems(written)
        by_meeting[meeting_id].append(_Earlier(action_id, meeting_id, dates[meeting_id], key,
                                               key_stems(text) - names, frozenset(keys), status,
                                               heading=entry_heading(text) or title,
                                               lines=(first, last) if first is not None and last is not None else None,
                                               sub=sub, names=key_names(text) - names - body_words))
    mentioned = dict(session.execute(select(ActionLink.mention_id, ActionLink.action_id)
                                     .where(ActionLink.mention_id.in_([a.id for r in by_meeting.values()
                                                                       for a in r]))).all())
    order = sorted(meeting_ids, key=lambda meeting_id: dates[meeting_id])
    known = {a.id: a for found in by_meeting.values() for a in found}

    # Where each meeting's matters-arising entries are, by the earlier entry or item they name:
    # "4.12ii)" at the next meeting names the entry "12ii)" of this one, and the action recorded in it.
    entries: dict[int, dict[str, list[tuple[int, int]]]] = defaultdict(lambda: defaultdict(list))
    labelled: dict[int, dict[str, list[tuple[int, int]]]] = defaultdict(lambda: defaultdict(list))
    for at, said, named_ref, under, first, last in session.execute(
        select(ActionUpdate.meeting_id, ActionUpdate.text, ActionUpdate.ref, ActionUpdate.item_key,
               ActionUpdate.line_start, ActionUpdate.line_end)
        .where(ActionUpdate.meeting_id.in_(meeting_ids), ActionUpdate.source == "matters_arising")
    ):
        entry_name = named_ref or carried_entry(said, under)
        if entry_name and first is not None and last is not None:
            entries[at][entry_name].append((first, last))
        label = entry_label(said)
        if label and first is not None and last is not None:
            labelled[at][label].append((first, last))

    def carry(meeting_id: int, text: str, owner: str | None, action_id: int, entry: str | None = None,
              title: str | None = None, *, item_title: str | None = None,
              lines: tuple[int, int] | None = None) -> None:
        """An update linked to its action stands for that action at its meeting: the next meeting's
        matters arising restate the entry ("4.12iii) the blocked culvert …") as often as the action."""
        first = known.get(action_id)
        by_meeting[meeting_id].append(_Earlier(
            action_id, meeting_id, dates[meeting_id], None, key_stems(first_sentence(text)) - _name_stems(owner),
            first.owners if first else frozenset(), first.status if first else "open", carried=True,
            heading=entry_heading(text) or title or entry_heading(text, item_title), entry=entry,
            label=entry_label(text) if entry else None, names=key_names(first_sentence(text)) - _name_stems(owner),
            lines=lines,
        ))

    fresh = set(relinked)
    # Actions an update already reported done or dropped: a later item of the same title speaks of what
    # followed ("the Annual Return had been certified" after "… had been sent"), not of them.
    closed: set[int] = set()
    for (kept_meeting, kept_text, kept_owner, kept_action, kept_ref, kept_key, kept_source, kept_title, kept_status,
         kept_first, kept_last) in session.execute(
        select(ActionUpdate.meeting_id, ActionUpdate.text, ActionUpdate.owner, ActionUpdate.action_id,
               ActionUpdate.ref, ActionUpdate.item_key, ActionUpdate.source, AgendaItem.title, ActionUpdate.status,
               ActionUpdate.line_start, ActionUpdate.line_end)
        .outerjoin(AgendaItem, AgendaItem.id == ActionUpdate.item_id)
        .where(ActionUpdate.meeting_id.in_([m for m in meeting_ids if m not in fresh]),
               ActionUpdate.action_id.is_not(None))
    ):
        if kept_action is not None:
            if kept_status in _CLOSED:
                closed.add(kept_action)
            carry(kept_meeting, kept_text, kept_owner, kept_action, kept_ref or carried_entry(kept_text, kept_key),
                  kept_title if kept_source != "matters_arising" else None, item_title=kept_title,
                  lines=(kept_first, kept_last) if kept_first is not None and kept_last is not None else None)
    for update_id, meeting_id, source, text, ref, owner, item_key, title, status, first, last in sorted(
            updates, key=lambda u: (dates[u[1]], u[0])):
        date = dates[meeting_id]
        if source == "same_item" and first is not None and any(
                a.lines and a.lines[0] <= (last or first) and first <= a.lines[1]
                for a in by_meeting.get(meeting_id, []) if not a.carried):
            continue  # a statement holding an action row: the action is linked as itself (`_links`)
        earlier = [m for m in order if date - window <= dates[m] < date]
        if not earlier:
            continue
        named = carried_entry(text, item_key) if source == "matters_arising" and not ref else None
        label = carried_label(text) if named else None
        found = _follow_label(label, text, owner, earlier, by_meeting, labelled, date) if label else None
        # Only an entry whose whole label the meeting before lacks is read by its last number alone: one whose
        # chain is known ("4.4.13i" after "4.13i") is another matter than that meeting's entry "13i".
        if found is None and named and not (label and labelled.get(earlier[-1], {}).get(label)) \
                and _only_own_numbers(entry_label(text), item_key) \
                and _as_deep(entry_label(text), named, labelled.get(earlier[-1], {})):
            found = _from_entry(named, text, owner, earlier, by_meeting, entries, date)
        # A report or statement under an item of the title of an earlier action's item speaks of that
        # action before any other of its owner's.
        if found is None and source != "matters_arising" and title:
            found = _same_title(title, text, owner, earlier, by_meeting, date, closed)
        if found is None:
            found = _match_update(source, text, ref, owner, earlier, by_meeting, date, title=title,
                                  body_words=body_words)
        if found is None:
            continue
        action, score, reason = found
        action_id = mentioned.get(action.id, action.id)  # one history per action: its first record
        session.execute(update(ActionUpdate).where(ActionUpdate.id == update_id).values(
            action_id=action_id, score=round(score, 2),
            reason=f"same body, {reason}, a later meeting ({date.isoformat()})",
        ))
        carry(meeting_id, text, owner, action_id, ref or named, title if source != "matters_arising" else None,
              item_title=title, lines=(first, last) if first is not None and last is not None else None)
        if status in _CLOSED:
            closed.add(action_id)


_CARRIED_ENTRY = re.compile(r"^\W*(?:(?P<own>\d{1,3})\.\s*)+(?P<entry>\d{1,3}(?:[ivx]{1,5}|[a-h])?)(?:[.)]|\s)")


def carried_entry(text: str | None, own: str | None) -> str | None:
    """The earlier matters-arising entry an entry carried on names: "4.12ii) …" under item 4 names the
    entry "12ii)" of the meeting before (itself about that meeting's previous item 12ii); None else."""
    found = _CARRIED_ENTRY.match(text or "")
    if found is None or own is None or found.group("own") != re.sub(r"\D.*$", "", own.strip()):
        return None
    return found.group("entry").lower()


def _only_own_numbers(label: str | None, own: str | None) -> bool:
    """True when every number before the entry's own is the matters-arising item's ("4.4.12ii" under item 4):
    a copied heading number, which minutes repeat or drop from meeting to meeting; another number ("44.4.13i")
    is a label of some other chain."""
    own_number = re.sub(r"\D.*$", "", (own or "").strip())
    return bool(own_number) and all(part == own_number for part in (label or "").split(".")[:-1])


def _as_deep(label: str | None, named: str, there: dict[str, list[tuple[int, int]]]) -> bool:
    """True when the meeting before has an entry of the number `named` carried as often as this one, give
    or take the one copied number minutes drop now and then ("4.12ii)" after "4.12ii)"): an entry carried
    four times ("4.4.4.4.13i)") is no follow-up of one named for the first time ("13i)")."""
    depth = (label or "").count(".")
    return any(other.rsplit(".", 1)[-1] == named and other.count(".") >= depth - 1 for other in there)


def _from_entry(named: str, text: str, owner: str | None, earlier: list[int], by_meeting: dict[int, list[_Earlier]],
                entries: dict[int, dict[str, list[tuple[int, int]]]],
                date: dt.date) -> tuple[_Earlier, float, str] | None:
    """An entry carried on ("4.12ii)") links to the action the previous meeting's entry "12ii)" stands for,
    or that was recorded within that entry, given one key word in common (two and `MIN_OWN_SHARE` of its
    own when that meeting has several entries of the number) and one best action."""
    previous = earlier[-1]
    found = by_meeting.get(previous, [])
    if not found or (date - found[0].date).days > MAX_GAP_DAYS:
        return None
    named_there = entries.get(previous, {})
    spans = named_there.get(named, [])
    # A paragraph holding several entries run together says nothing of which entry an action is in.
    shared_spans = {span for other, found_spans in named_there.items() if other != named for span in found_spans}
    # The action the earlier entry was linked to is its first record: the rows recorded in it come second.
    pool = [a for a in found if a.carried and a.entry == named] or [
        a for a in found if not a.carried and a.lines
        and any(lo <= a.lines[0] <= hi for lo, hi in spans if (lo, hi) not in shared_spans)]
    lead = key_stems(first_sentence(text)) - _name_stems(owner)
    if len(spans) == 1:
        best = _best(pool, lead, need=lambda shared, total: shared >= MIN_REF_SHARED)
    else:  # several entries of that number: the wording must pick one
        best = _best(pool, lead, need=lambda shared, total: shared >= 2 and shared >= MIN_OWN_SHARE * len(lead))
    if best is None:
        return None
    action, shared = best
    return action, shared / max(len(action.stems), 1), (
        f"matters arising carries on entry {named} of the meeting of {action.date.isoformat()}, "
        f"{shared} key word(s) shared")


MAX_CARRIED_MEETINGS = 3
"""An entry carried from meeting to meeting ("4.4.12iv)") is followed back through at most this many meetings."""


def _follow_label(label: str, text: str, owner: str | None, earlier: list[int], by_meeting: dict[int, list[_Earlier]],
                  labelled: dict[int, dict[str, list[tuple[int, int]]]],
                  date: dt.date) -> tuple[_Earlier, float, str] | None:
    """An entry carried on ("4.4.12iv)") links through the entries it carries, meeting by meeting back.

    The meeting before must have an entry labelled as this one less its first number ("4.12iv"); the action
    that entry was linked to, or the one recorded within it, is this one's, given one key word in common.
    An entry there that was linked to nothing is followed one meeting further back ("12iv" at the meeting
    before it), up to `MAX_CARRIED_MEETINGS`; a label with no number left names that meeting's item or point
    (`_by_ref`). The meetings must follow one another (`MAX_GAP_DAYS`); nothing links across a missing one.
    """
    lead = key_stems(first_sentence(text)) - _name_stems(owner)
    stems = key_stems(text) - _name_stems(owner)
    later = date
    point = False
    for hop, meeting_id in enumerate(reversed(earlier)):
        found = by_meeting.get(meeting_id, [])
        if hop >= MAX_CARRIED_MEETINGS or not found or (later - found[0].date).days > MAX_GAP_DAYS:
            return None
        if point:  # the entry carried on was itself a numbered entry ("12iv)"): it named this meeting's point
            return _by_ref(label, stems, lead, found, "item")
        spans = labelled.get(meeting_id, {}).get(label, [])
        if not spans:
            return None  # no entry of that label there: the chain is lost
        carried = [a for a in found if a.carried and a.label == label]
        shared_spans = {span for other, other_spans in labelled[meeting_id].items() if other != label
                        for span in other_spans}
        within = [a for a in found if not a.carried and a.lines
                  and any(lo <= a.lines[0] <= hi for lo, hi in spans if (lo, hi) not in shared_spans)]
        pool = carried or within
        if pool:
            best = _best(pool, lead, need=lambda shared, total: shared >= MIN_REF_SHARED) if len(spans) == 1 else None
            if best is None:
                return None
            action, shared = best
            return action, shared / max(len(action.stems), 1), (
                f"matters arising carries on entry {label} of the meeting of {action.date.isoformat()}, "
                f"{shared} key word(s) shared")
        # The entry named holds no action: it carried on an older entry ("4.12iv" names "12iv"), or it named
        # the meeting before's point itself ("12iv"), which the next step reads.
        if "." in label:
            label = label.split(".", 1)[1]
        else:
            point = True
        later = found[0].date
    return None


def _by_ref(ref: str, stems: frozenset[str], lead: frozenset[str], pool: list[_Earlier],
            what: str) -> tuple[_Earlier, float, str] | None:
    """The action of `pool` (one meeting's) recorded under the item or point `ref` names.

    The one action recorded under exactly the point named ("12iv" of "iv)" under item 12) needs no word in
    common: the point is one matter. One action under exactly the item named needs one word in common; an
    item of several actions, or one named by a part of it ("5vii" of item 5), needs the wording to pick one.
    """
    actions = [a for a in pool if not a.carried]
    point = [a for a in actions if a.sub and a.sub == ref]
    if len(point) == 1:
        action = point[0]
        shared = len(action.stems & stems)
        return action, shared / max(len(action.stems), 1), (
            f"matters arising names point {ref} of the meeting of {action.date.isoformat()}, "
            f"the one action recorded there")
    candidates = point or [a for a in pool if a.key and _same_item(ref, a.key)]
    exact = [a for a in candidates if normal_ref(a.key or "") == ref]
    if len(candidates) == 1 and exact:
        best = _best(candidates, stems, need=lambda shared, total: shared >= MIN_REF_SHARED)
    else:
        best = _best(candidates, lead, need=lambda shared, total: shared >= 2 and (
            shared >= MIN_REF_PART * total and shared >= MIN_OWN_SHARE * len(lead)
            or shared >= MIN_REF_OWN * len(lead)))
    if best is None:
        return None
    action, shared = best
    return action, shared / max(len(action.stems), 1), (
        f"matters arising names {what} {ref} of the meeting of {action.date.isoformat()}, "
        f"{shared} key word(s) shared")


def _match_update(source: str, text: str, ref: str | None, owner: str | None, earlier: list[int],
                  by_meeting: dict[int, list[_Earlier]], date: dt.date, *, title: str | None = None,
                  body_words: set[str] | frozenset[str] = frozenset()) -> tuple[_Earlier, float, str] | None:
    stems = key_stems(text) - _name_stems(owner)
    # An entry that only a part of an item or its wording ties to an action is read by its first
    # sentence, which names the matter: a long paragraph shares some words with many actions by chance.
    lead = key_stems(first_sentence(text)) - _name_stems(owner)
    previous = by_meeting.get(earlier[-1], [])
    # The meeting before is the one matters arising speak of only when none is missing between them.
    if previous and (date - previous[0].date).days > MAX_GAP_DAYS:
        previous = []
    if source == "matters_arising" and ref:
        named_year = "/" in ref
        pool = [a for m in earlier for a in by_meeting.get(m, [])] if named_year else previous
        # A numbered entry names its item: no other rule second-guesses it.
        return _by_ref(ref, stems, lead, pool, "minute" if named_year else "item")
    if source == "matters_arising":
        best = _best(previous, lead, need=lambda shared, total: (
            shared >= 3 and shared >= MIN_RESTATED * total and shared >= MIN_OWN_SHARE * len(lead)))
        if best is not None:
            action, shared = best
            what = "an update on the action" if action.carried else "the action"
            return action, shared / len(action.stems), (
                f"matters arising restates {what} of {action.date.isoformat()}, "
                f"{round(100 * shared / len(action.stems))}% of its key words")
    heading = entry_heading(text, title) if source == "matters_arising" else None
    if heading:
        names = key_names(first_sentence(text)) - _name_stems(owner) - body_words
        found = _under_heading(heading, lead, earlier, by_meeting, date, names=names)
        if found is not None:
            return found
    if owner:
        keys = owner_keys(owner)
        for meeting_id in list(reversed(earlier))[:MAX_REPORT_MEETINGS]:
            pool = [a for a in by_meeting.get(meeting_id, []) if a.owners & keys and a.status in _STILL_OWED]
            best = _best(pool, stems, need=lambda shared, total: (
                shared >= 2 and shared >= MIN_REPORTED * total and shared >= MIN_OWN_SHARE * len(stems)))
            if best is not None:
                action, shared = best
                what = "an update on their open action" if action.carried else "their open action"
                return action, shared / len(action.stems), (
                    f"{owner} reports on {what} of {action.date.isoformat()}, "
                    f"{round(100 * shared / len(action.stems))}% of its key words")
    return None


def _under_heading(heading: str, lead: frozenset[str], earlier: list[int], by_meeting: dict[int, list[_Earlier]],
                   date: dt.date, *, least: int = MIN_HEADING_SHARED,
                   names: frozenset[str] = frozenset()) -> tuple[_Earlier, float, str] | None:
    """The action recorded under the same heading at one of the last `MAX_HEADING_MEETINGS` meetings
    ("Post Office Counter – Iona had written …" after the item "b) Post Office Counter"), the latest meeting
    with such an item first: the entry must share `MIN_HEADING_SHARED` key words besides the heading's
    with its first sentence and, with only that many, `MIN_OWN_SHARE` of them (a long entry shares some
    words with any action),
    and pick one action of that item, else nothing. Failing the words, a name (`_by_name`) may pick it."""
    rest = lead - key_stems(heading)
    for meeting_id in list(reversed(earlier))[:MAX_HEADING_MEETINGS]:
        pool = [a for a in by_meeting.get(meeting_id, []) if a.heading and same_heading(heading, a.heading)]
        if not pool:
            continue
        best = _best(pool, rest, need=lambda shared, total: (
            shared >= MIN_HEADING_SHARED + 1 or shared >= least and shared >= MIN_OWN_SHARE * len(rest)))
        if best is None:
            # The latest item of that heading picks no action by its words: an older one is no better.
            return _by_name(pool, names - key_stems(heading), by_meeting.get(meeting_id, []))
        action, shared = best
        what = "an update on the action" if action.carried else "the action"
        return action, shared / max(len(action.stems), 1), (
            f"an entry under the heading of {what} of {action.date.isoformat()} ({action.heading}), "
            f"{shared} other key word(s) shared")
    return None


def _by_name(pool: list[_Earlier], names: frozenset[str], meeting: list[_Earlier]) -> tuple[_Earlier, float, str] | None:
    """The one action recorded under an item of the entry's heading at the latest meeting with that item, when
    the entry's first sentence names a thing the action names and no other action of that meeting does
    ("Fire Service – Cllr Reid had been in touch with the FBU" after "It was agreed to contact the FBU …"
    under "Fire Service"). An item reported on at that meeting is one matter with the actions recorded
    within that report (restating it); an item of several matters links nothing."""
    reports = [a for a in pool if a.carried]
    rows = [a for a in pool if not a.carried and not any(
        r.lines and a.lines and r.lines[0] <= a.lines[0] <= r.lines[1] for r in reports)]
    if len(reports) + len(rows) != 1 or len({r.id for r in reports}) > 1:
        return None
    action = (reports or rows)[0]
    matter = [a for a in pool if a.carried or a not in rows] if reports else rows
    names = names & frozenset().union(*(a.names for a in matter))
    others = set().union(*(a.names for a in meeting if a not in matter))
    shared = sorted(names - others)
    if not shared:
        return None
    what = "an update on the action" if action.carried else "the action"
    return action, len(shared) / max(len(action.stems), 1), (
        f"an entry under the heading of {what} of {action.date.isoformat()} ({action.heading}), "
        f"the one matter of that item, naming what it named ({', '.join(shared)})")


def _same_title(title: str, text: str, owner: str | None, earlier: list[int], by_meeting: dict[int, list[_Earlier]],
                date: dt.date, closed: set[int]) -> tuple[_Earlier, float, str] | None:
    """A statement under an item whose title repeats the item of an earlier action ("Precept" after
    "Precept"): read as an entry under that heading (`_under_heading`), by its first sentence, and
    only for an action no update has reported done or dropped. A standing item ("Planning
    applications", "Any other business") holds a different matter each time: never."""
    if _STANDING.search(title):
        return None
    lead = key_stems(first_sentence(text)) - _name_stems(owner)
    still_open = {m: [a for a in found if a.id not in closed] for m, found in by_meeting.items()}
    found = _under_heading(title, lead, earlier, still_open, date, least=MIN_TITLE_SHARED)
    if found is None:
        return _owner_under_title(title, owner, earlier, still_open, date)
    action, score, reason = found
    return action, score, (f"a statement under an item of the same title as {action.date.isoformat()} "
                           f"({action.heading}), {reason.rsplit(', ', 1)[-1]}")


def _owner_under_title(title: str, owner: str | None, earlier: list[int], by_meeting: dict[int, list[_Earlier]],
                       date: dt.date) -> tuple[_Earlier, float, str] | None:
    """An owner's report under an item whose title repeats the item of their own open action at the meeting
    before ("The Chairman reported on the plans …" under "Request for support of tree planting", after "… the
    Chairman would contact the owner" under "Request for support for tree planting"): the one open action of
    that owner recorded under that item, whatever the wording. Several of theirs, none, or an item that was
    itself a report on an older action (which one the new report follows is unsaid) link nothing."""
    keys = owner_keys(owner)
    previous = by_meeting.get(earlier[-1], []) if earlier else []
    if not keys or not previous or (date - previous[0].date).days > MAX_GAP_DAYS:
        return None
    pool = [a for a in previous if a.heading and close_title(title, a.heading)]
    if any(a.carried for a in pool):
        return None  # the item was already a report on an older action: which one this report follows is unsaid
    theirs = [a for a in pool if a.owners & keys and a.status in _STILL_OWED]
    if len(theirs) != 1:
        return None
    action = theirs[0]
    return action, 0.0, (f"{owner} reports under an item of the same title as their open action of "
                         f"{action.date.isoformat()} ({action.heading})")


_HEADING_LEAD = re.compile(r"^\W*(?:\(?[a-z]\)\s+)?(?P<heading>[A-Z][^–—:.;]{2,70}?)\s+[–—-]\s+\S")
"""An entry or paragraph that opens with its matter's heading and a dash ("Post Office Counter – Iona …")."""
_HEADING_NOISE = re.compile(r"\b(?:the|of|in|on|at|for|and|our|to|a|an|further|future|update|re)\b|[^a-z]")


_CLAUSE = re.compile(r"\b(?:had|has|have|was|were|is|are|would|will|should|could|did|been|may|might|must)\b",
                     re.IGNORECASE)
"""A verb makes the words before a dash a sentence ("The Clerk had written – no reply"), not a heading."""


def entry_heading(text: str | None, title: str | None = None) -> str | None:
    """The heading a matters-arising entry opens with before a dash, of at most eight words, or None; with
    `title` (the entry's own sub-item), also that title, of any length, when the entry opens with it and a dash
    ("Active Travel consultation on road changes to improve cycling safety – …")."""
    found = _HEADING_LEAD.match(text or "")
    if found is None or len(found.group("heading").split()) > 8 or _CLAUSE.search(found.group("heading")):
        if title and text and re.match(r"\W*(?:\(?[a-z]\)\s+)?" + re.escape(title.strip()) + r"\s+[–—-]\s+\S", text):
            return title.strip()
        return None
    return found.group("heading").strip()


def same_heading(one: str, other: str) -> bool:
    """Two item headings name the same matter: after case, lettering, small words and spaces are set
    aside, one holds the other or they agree closely ("Millbrae Library" and "Opening hours of Mill
    Brae Library", "Ambulance Service" and "Ambulance Services")."""
    a, b = (_HEADING_NOISE.sub("", re.sub(r"^\W*\(?[a-z]\)\s+", "", h.lower())) for h in (one, other))
    if len(a) < 5 or len(b) < 5:
        return False
    return a in b or b in a or fuzz.ratio(a, b) >= HEADING_SIMILAR


def close_title(one: str, other: str) -> bool:
    """Two item titles name the same matter closely enough to tie a report to an action by its title alone:
    the same words, bar small words and lettering, or one more word on one side ("Solar streetlights" after
    "Streetlights", "New motor mower" after "Motor mower"), or close spelling; a place with a new matter
    after it ("Elder Park funding from 2023" after "Elder Park updates") is not."""
    one_words, other_words = (set(_HEADING_NOISE.sub(" ", re.sub(r"^\W*\(?[a-z]\)\s+", "", h.lower())).split())
                              - {"updates"} for h in (one, other))
    if not one_words or not other_words:
        return False
    shorter, longer = sorted((one_words, other_words), key=len)
    if shorter <= longer and len(longer - shorter) <= 1:
        return True
    return fuzz.ratio(" ".join(sorted(one_words)), " ".join(sorted(other_words))) >= HEADING_SIMILAR


def _name_stems(name: str | None) -> set[str]:
    """The key words of a person's name, which say who, not what: never evidence of the same task."""
    return set(key_stems(name)) if name else set()


_STILL_OWED = ("open", "carried_forward")
_CLOSED = ("done", "dropped")
_STANDING = re.compile(
    r"^\W*(?:any\s+other\s+business|a\.?o\.?b|planning(?:\s+(?:applications?|matters|decisions))?|correspondence"
    r"|finance|financial\s+matters|accounts|invoices|payments|clerk'?’?s\s+report|chair(?:man)?'?’?s\s+report"
    r"|reports?|items?\s+for\s+(?:the\s+)?next\s+agenda|public\s+(?:participation|forum|session)"
    r"|open\s+forum|minutes|apologies|declarations?\s+of\s+interests?|date\s+of\s+(?:the\s+)?next\s+meeting"
    r"|notice\s+of\s+meetings.*|reports?\s+of\s+meetings.*"
    # A councillor's notice of motion: a new motion under the same words each time.
    r"|notices?\s+of\s+motions?\b.*)\W*$",
    re.IGNORECASE,
)
"""A standing item's title: it comes back every meeting with a different matter under it."""


def is_standing(title: str) -> bool:
    """True for a standing item's title ("Planning applications", "Items for the next agenda")."""
    return _STANDING.search(title) is not None


def _best(pool: list[_Earlier], stems: frozenset[str], *, need: Callable[[int, int], bool]) -> tuple[_Earlier, int] | None:
    """The one action of `pool` sharing the most key words with `stems` and meeting `need`; a tie is none."""
    scored = sorted(((len(a.stems & stems), a.id, a) for a in pool if a.stems), key=lambda x: (-x[0], x[1]))
    scored = [s for s in scored if need(s[0], len(s[2].stems))]
    # An action and an update that stands for it are one candidate, not a tie.
    scored = [s for index, s in enumerate(scored) if all(s[1] != other[1] for other in scored[:index])]
    if not scored or (len(scored) > 1 and scored[1][0] == scored[0][0]):
        return None
    return scored[0][2], scored[0][0]


def _same_item(ref: str, key: str) -> bool:
    """True when the entry's reference names the action's item: the same key, or one a part of the other."""
    key = normal_ref(key)
    if ref == key:
        return True
    longer, shorter = (ref, key) if len(ref) > len(key) else (key, ref)
    return longer.startswith(shorter) and not longer[len(shorter)].isdigit()


_PERSON = re.compile(
    rf"\b(?:Cllrs?|Councillors?|{HONORIFIC})\.?\s+(?:[A-Z]\.?\s*)*[A-Z][\w'’-]+"
    r"(?:\s+[A-Z][\w'’-]+)?(?:\s*(?:,|and|&)\s*(?:[A-Z]\.?\s*)*[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)*"
)
"""A councillor's or officer's name in the text ("Cllr. J. Pryce", "Cllrs. Idris Pryce and K. Pryce")."""
_FIRST_SENTENCE = re.compile(
    r"^.{30,}?(?<!\b[A-Z])(?<!\bCllr)(?<!\bCllrs)(?<!\bMrs)(?<!\bM[rs])(?<!\bDr)[.;:](?=\s+[A-Z0-9“\"‘'(]|\s*$)",
    re.DOTALL,
)
"""A sentence ends at a stop, not at an initial's or a title's ("Cllrs. J. Davies, D. Jenkins and …")."""


_ROMAN = re.compile(r"^[ivx]+$")
"""A sub-item's numeral ("iii" of "5iii)") is no word of the task."""


def key_stems(text: str | None) -> frozenset[str]:
    """The key words of a wording, stemmed ("circulated" and "circulate" agree), without people's names,
    role and status words: what the task is about."""
    if not text:
        return frozenset()
    text = _PERSON.sub(" ", text)
    return frozenset(_stem(word) for word in _WORD.findall(text.lower())
                     if word not in _STOP and word not in _GENERIC and not _ROMAN.match(word))


_CAPITALISED = re.compile(r"(?<![.!?:;–—(\"“‘'-])(?<![.!?:;–—]\s)(?<=\s)(?:[A-Z][a-z][\w'’-]*|[A-Z]{2,6})\b")
"""A word written with a capital inside a sentence ("… contact Partick Community Council", "… the FBU")."""
_NOT_NAMES = frozenset({
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "community", "city", "county", "district", "borough", "town", "village", "committee", "group", "association",
    "councils", "secretary", "treasurer", "vice", "mr", "mrs", "ms", "dr", "miss", "cllr", "cllrs",
})
"""Words written with a capital that name no particular thing: months, days, kinds of body, posts, titles."""


def key_names(text: str | None) -> frozenset[str]:
    """The names of things a wording gives (stemmed as `key_stems`): words written with a capital inside a
    sentence, or in capitals ("FBU"), less people's names with a title, months, kinds of body and posts."""
    if not text:
        return frozenset()
    text = ". " + _PERSON.sub(" ", text)  # the first word opens a sentence
    words = {word.lower() for word in _CAPITALISED.findall(text)}
    return frozenset(_stem(word) for word in words
                     if word not in _NOT_NAMES and word not in _STOP and word not in _GENERIC and word not in _ROLES)


def first_sentence(text: str) -> str:
    """The entry's first sentence, which names its matter ("5x) With regard to the hosting of …")."""
    found = _FIRST_SENTENCE.match(text.strip())
    return found.group(0) if found else text


def _stem(word: str) -> str:
    for suffix in ("ing", "ed", "es", "e", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word


def owner_keys(name: str | None) -> set[str]:
    """What names an owner across wordings: a role ("clerk"), initials ("kw"), a surname ("orchard")."""
    if not name:
        return set()
    keys: set[str] = set()
    words = re.findall(r"[A-Za-z][A-Za-z'’-]*", name)
    for word in words:
        if word.lower() in _ROLES:
            keys.add(_ROLES[word.lower()])
    names = [w for w in words if w.lower() not in _TITLES and w.lower() not in _ROLES]
    if len(names) == 1 and names[0].isupper() and 2 <= len(names[0]) <= 3:
        keys.add("initials:" + names[0].lower())
    elif names:
        keys.add("surname:" + names[-1].lower())
        if len(names) >= 2:
            keys.add("initials:" + "".join(w[0] for w in names).lower())
    return keys
