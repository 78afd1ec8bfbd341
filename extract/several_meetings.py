"""Whether one file holds the minutes of several meetings, which are read as one.

A clerk may file a special meeting and the regular meeting that followed it in
one PDF, each under its own title ("MINUTES OF THE SPECIAL CITY COUNCIL
MEETING" / "MINUTES OF THE REGULAR CITY COUNCIL MEETING"), with its own date or
hour and its own roll call; an agenda pack may carry two earlier meetings'
minutes. The readers take a file as one meeting, so such a file's items and
decisions run together: the load says so, naming where each meeting starts,
so that the clerk can split the file.

A meeting starts at a title line calling it the minutes of a meeting, not an
item approving earlier minutes ("Minutes of the meeting held on 3 May were
approved"), with its date in the title or on the lines below it and its
attendance or call to order soon after. Titles at one date are one meeting
unless each gives its own hour (a site's post title over the minutes' own
title, a title over every page).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from ..ingest.document import Line, ParsedDocument
from .dates import find_dates, parse_time
from .kind import MINUTES_APPROVAL
from .sections import CALLED_TO_ORDER, ROLL_CALL_LEAD, is_roll_call_heading, match_label

DATE_REACH_LINES = 3
"""Text lines under a meeting's title that may give its date and hour."""
OPENING_REACH_LINES = 15
"""Text lines under a meeting's title within which its attendance or call to order stands."""
MAX_TITLE_WORDS = 20
TITLE_WRAP_LINES = 2
"""Lines a long title may wrap onto below its first."""

_TITLE = re.compile(
    r"^(?:draft\s+|approved\s+|unapproved\s+)?minutes\s+of\s+(?:the\s+|a\s+|an\s+)?(?:\S+\s+){0,14}?"
    r"(?:meeting|session)\b",
    re.IGNORECASE,
)
_OPENING = re.compile(r"^(?:draft\s+|approved\s+|unapproved\s+)?minutes\s+of\b", re.IGNORECASE)
_MARKUP = "*#_ \t"


@dataclass(frozen=True)
class MeetingStart:
    """Where one meeting's minutes start in a file: the title line, its words, and the date and hour it gives."""

    line: int
    title: str
    date: dt.date
    hour: dt.time | None
    written: str
    """The date as the minutes write it, with the hour read ("MAY 4, 2032, 17:30")."""


def meeting_starts(document: ParsedDocument) -> list[MeetingStart]:
    """The meetings whose minutes `document` holds, in order, one per date and hour.

    Titles at one date are one meeting unless both give an hour and the hours differ (a special meeting at 5:30 and
    the regular one at 7:00); a site's post title without the hour over the minutes' own title is the same meeting.
    """
    lines = [line for line in document.iter_lines() if not line.is_blank]
    starts: list[MeetingStart] = []
    for index, line in enumerate(lines):
        title, wrapped = _title_at(lines, index)
        if title is None:
            continue
        below = lines[index + 1 + wrapped : index + 1 + wrapped + OPENING_REACH_LINES]
        when = _date_and_hour(title, below[:DATE_REACH_LINES])
        if when is None or not any(_opens_a_meeting(other.text.strip(_MARKUP)) for other in below):
            continue
        start = MeetingStart(line=line.number, title=title, date=when[0], hour=when[1], written=when[2])
        if not any(_same_meeting(start, other) for other in starts):
            starts.append(start)
    return starts


def _same_meeting(one: MeetingStart, other: MeetingStart) -> bool:
    return one.date == other.date and (one.hour is None or other.hour is None or one.hour == other.hour)


def several_meetings_warning(document: ParsedDocument) -> str | None:
    """The load's warning for a file that holds the minutes of several meetings, else None."""
    starts = meeting_starts(document)
    if len(starts) < 2:
        return None
    where = "; ".join(f"line {start.line}: {start.title} ({start.written})" for start in starts)
    return (f"holds the minutes of {len(starts)} meetings ({where}); they were read as one meeting: "
            "split the file to load each on its own")


def _title_at(lines: list[Line], index: int) -> tuple[str | None, int]:
    """The meeting title starting at `lines[index]` and how many lines it wraps onto ("MINUTES OF THE SPECIAL JOINT
    CITY COUNCIL AND" / "SUCCESSOR AGENCY MEETING"), else (None, 0)."""
    title = lines[index].text.strip(_MARKUP)
    if not _OPENING.match(title):
        return None, 0
    for wrapped in range(TITLE_WRAP_LINES + 1):
        if _is_meeting_title(title):
            return title, wrapped
        if index + wrapped + 1 >= len(lines):
            break
        title = f"{title} {lines[index + wrapped + 1].text.strip(_MARKUP)}"
    return None, 0


def _is_meeting_title(text: str) -> bool:
    """True for a title naming a meeting's minutes; the words after "minutes of" must not approve them ("APPROVED
    MINUTES OF THE …" is a title, "Minutes of the meeting held on 3 May were approved" an item)."""
    opening = _OPENING.match(text)
    return (
        opening is not None
        and _TITLE.match(text) is not None
        and len(text.split()) <= MAX_TITLE_WORDS
        and MINUTES_APPROVAL.search(text, opening.end()) is None
        and not text.endswith(".")
    )


def _date_and_hour(title: str, below: list[Line]) -> tuple[dt.date, dt.time | None, str] | None:
    """The first date in the title or the lines under it, the hour on its line, and the date as written; else None."""
    for text in [title] + [line.text for line in below]:
        dates = find_dates(text)
        if dates:
            date, start, end = dates[0]
            hour = parse_time(text)
            return date, hour, text[start:end] + (f", {hour:%H:%M}" if hour is not None else "")
    return None


def _opens_a_meeting(text: str) -> bool:
    """True for a roll call, an attendance label or a call to order: how a meeting's own minutes begin."""
    label = match_label(text, sections=("attendance",))
    if label is None:
        # "ROLL CALL - Present: …": the heading, then the label ("Roll call vote: Ayes …" is a vote, not a roll).
        label = match_label(ROLL_CALL_LEAD.sub("", text, count=1), sections=("attendance",))
    present = label is not None and label.label.status == "present"
    return present or is_roll_call_heading(text) or CALLED_TO_ORDER.search(text) is not None
