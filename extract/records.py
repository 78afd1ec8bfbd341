"""Typed records the extractors produce from a parsed document.

Every record carries its `Evidence`: the page and line span it was read from
(line numbers count through the whole document, as `ingest.document` does).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Literal

Kind = Literal["minutes", "plan", "agenda", "unknown"]
AttendanceStatus = Literal["present", "in_attendance", "also_present"]
VoteResult = Literal["carried", "lost", "tied", "withdrawn"]
ActionStatus = Literal["open", "done", "carried_forward", "dropped"]
ACTION_STATUSES: tuple[ActionStatus, ...] = ("open", "done", "carried_forward", "dropped")


@dataclass(frozen=True, slots=True)
class Evidence:
    page: int
    line_start: int
    line_end: int

    @classmethod
    def of_lines(cls, lines: "list") -> "Evidence":
        """Evidence spanning the given `Line`s (first to last)."""
        return cls(page=lines[0].page, line_start=lines[0].number, line_end=lines[-1].number)


@dataclass(slots=True)
class Meeting:
    kind: Kind = "unknown"
    body: str | None = None
    title: str | None = None
    date: dt.date | None = None
    start_time: dt.time | None = None
    end_time: dt.time | None = None
    venue: str | None = None
    next_meeting: dt.date | None = None
    period: str | None = None
    """For plans: the period the plan covers, e.g. "2015-16"."""
    evidence: Evidence | None = None


@dataclass(slots=True)
class Attendee:
    name: str
    surname: str | None = None
    title: str | None = None
    role: str | None = None
    organisation: str | None = None
    status: AttendanceStatus = "present"
    evidence: Evidence | None = None


@dataclass(slots=True)
class Apology:
    name: str
    surname: str | None = None
    title: str | None = None
    organisation: str | None = None
    evidence: Evidence | None = None


@dataclass(slots=True)
class AgendaItem:
    number: str | None
    title: str
    private: bool = False
    topics: list[str] = field(default_factory=list)
    evidence: Evidence | None = None

    @property
    def key(self) -> str:
        """How resolutions and actions refer to the item: number, else title."""
        return self.number or self.title


@dataclass(slots=True)
class Resolution:
    item: str | None
    text: str
    proposer: str | None = None
    seconder: str | None = None
    topics: list[str] = field(default_factory=list)
    evidence: Evidence | None = None


@dataclass(slots=True)
class Action:
    item: str | None
    text: str
    owners: list[str] = field(default_factory=list)
    owner_as_written: str | None = None
    due: dt.date | None = None
    status: ActionStatus = "open"
    """What the minutes say of it: an action log's status column or a word beside it ("(done)")."""
    topics: list[str] = field(default_factory=list)
    evidence: Evidence | None = None
    sub_item: str | None = None
    """The point of the item's list it was recorded under ("12iv" for "iv) …" under item 12), if any
    (extract/sub_items.py): what a later matters-arising entry names."""


@dataclass(slots=True)
class Vote:
    """A motion put to a vote: who moved and seconded it, how it went, and who voted which way."""

    item: str | None
    motion: str
    mover: str | None = None
    seconder: str | None = None
    result: VoteResult = "carried"
    count_for: int | None = None
    count_against: int | None = None
    count_abstain: int | None = None
    """The counts as the minutes state them; None where they give none ("carried unanimously")."""
    voted_for: list[str] = field(default_factory=list)
    voted_against: list[str] = field(default_factory=list)
    abstained: list[str] = field(default_factory=list)
    """Named voters, as full names where the attendance list allows, else as written."""
    resolution: int | None = None
    """The resolution this vote decided: its position in `Extraction.resolutions`, counting from 1."""
    topics: list[str] = field(default_factory=list)
    evidence: Evidence | None = None


@dataclass(slots=True)
class PlanAction:
    number: str | None
    text: str
    priority: str | None = None
    emerging_issue: str | None = None
    lead_agencies: list[str] = field(default_factory=list)
    support_agencies: list[str] = field(default_factory=list)
    measures: list[str] = field(default_factory=list)
    canonical_agencies: dict[str, str] = field(default_factory=dict)
    """One name per agency as the document means it, for names written otherwise
    ("Police" -> "Wyvern Police", "WFRS" -> "Wyvern Fire and Rescue Service")."""
    evidence: Evidence | None = None


UpdateSource = Literal["matters_arising", "report", "same_item"]


@dataclass(slots=True)
class ActionUpdate:
    """A later meeting's word on an earlier action that is no action itself.

    A "matters_arising" entry ("4.1 The Clerk has written to Highways (done)",
    "Item 7 – bench: still awaited") names the previous meeting's item in
    `ref` when it is numbered; a "report" ("KW reported that the slides had
    been circulated") names who reported in `owner`. `status` is what the
    wording states. The store links it to the earlier action (store/tracking.py).
    """

    item: str | None
    source: UpdateSource
    text: str
    ref: str | None = None
    owner: str | None = None
    status: ActionStatus = "open"
    evidence: Evidence | None = None


@dataclass(slots=True)
class AgendaRequest:
    """A matter the body asked to have brought back at a later meeting, with no one to do it: a bullet of
    "Items for the next agenda", or "this matter should be brought back to the next meeting".

    `text` is the request as written; `topic` is what is to come back: the bullet, or for "this matter"
    the title of the item it was asked under. The store links it to the later meeting's item that takes
    the matter up (store/agenda_requests.py), as an action is linked to its later mentions.
    """

    item: str | None
    text: str
    topic: str
    evidence: Evidence | None = None


@dataclass(slots=True)
class Extraction:
    """Everything read from one document."""

    meeting: Meeting
    attendees: list[Attendee] = field(default_factory=list)
    apologies: list[Apology] = field(default_factory=list)
    items: list[AgendaItem] = field(default_factory=list)
    resolutions: list[Resolution] = field(default_factory=list)
    actions: list[Action] = field(default_factory=list)
    votes: list[Vote] = field(default_factory=list)
    plan_actions: list[PlanAction] = field(default_factory=list)
    action_updates: list[ActionUpdate] = field(default_factory=list)
    agenda_requests: list[AgendaRequest] = field(default_factory=list)
