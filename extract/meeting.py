"""The meeting a document records: body, date, times, venue, next meeting.

The header is the run of lines before the first attendance list, agenda item
or table; the body, date, start time and venue are read from it. The end time
and the next meeting are found anywhere, by the phrases that announce them.
For plans the body and the period come from the title and the text.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter

from ..ingest.document import Line, ParsedDocument
from .dates import find_dates, parse_time
from .items import MEETING_END_VERBS
from .records import Evidence, Kind, Meeting
from .sections import opening_label

HEADER_MAX_LINES = 15
"""At most this many non-blank lines before the first list or item are the header."""
NEXT_MEETING_WINDOW = 8
"""Lines after a "Date of future meetings" heading that may hold its dates."""
NEXT_MEETING_REACH = 80
"""How far (characters) after "next meeting" its date may be written."""
WRAPPED_LINE_LENGTH = 50
"""A header line at least this long that ends mid-sentence runs on to the next line."""
BARE_VENUE_MAX_WORDS = 12
"""A header line naming only a place is short; longer lines are titles or sentences."""
BODY_MAX_WORDS = 14
"""A heading longer than this is a sentence, not a committee's name."""

_BODY_WORDS = re.compile(
    r"\b(?:Partnership|Committee|Sub-Committee|Board|Panel|Party|Group|Forum|Council|Cabinet|"
    r"Commission|Authority|Trust|Assembly|Executive|Network|Alliance|Steering|Working|Body)\b",
    re.IGNORECASE,
)
_COUNCIL_BANNER = re.compile(
    r"^(?:the\s+)?(?:[\w'&-]+\s+){1,4}(?:county|district|borough|city|town|parish|metropolitan)?\s*council$",
    re.IGNORECASE,
)
_MEETING_OF = re.compile(
    r"\b(?:minutes?|notes|record)\s+of\s+(?:(?:a|the)\s+)?(?:\w+\s+)?meeting\s+of\s+(?:the\s+)?"
    r"(?P<body>.+?)\s+(?:held|which\s+took\s+place|on\s|at\s|in\s)",
    re.IGNORECASE,
)
# "Minutes of the Governing Body meeting held …": the body named before "meeting".
_BODY_MEETING = re.compile(
    r"\b(?i:minutes?|notes|record)\s+(?i:of)\s+(?i:a|the)\s+(?P<body>(?:[A-Z][\w&'’-]*\s+){1,8}?)"
    r"(?i:meeting)\s+(?i:held|on|at|in)\b"
)
_NEXT_MEETING_OF = re.compile(
    r"\bnext\s+meeting\s+of\s+(?:the\s+)?(?P<body>[A-Z][\w&,' -]+?)\s+(?:will|is|would|to)\b"
)
# An item heading ends the header; so does a line opening the attendance or apologies (see `_ends_header`).
_ITEM_OPENER = re.compile(r"^\s*(?:\d{1,3}[.)]?\s+[A-Z]|item\s+\d)", re.IGNORECASE)
_DATE_PREFIX = re.compile(r"\s*[-–,]?\s*(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)?[\s,]*$", re.IGNORECASE)
_BREADCRUMB = re.compile(r"\s[>»|/]\s|[>»]\s*$")
_TRAILING_MEETING = re.compile(r"\s+(?:meeting|minutes|notes)$", re.IGNORECASE)
_LEADING_LABEL = re.compile(
    r"^(?:minutes|notes|meeting|committee|body|title)\s*(?:of\b|[-–:])\s*(?:the\s+)?", re.IGNORECASE
)
_MINUTES_LINE = re.compile(
    r"^(?:minutes|notes|record)\s+(?:of\s+(?:a|the)\s+(?:\w+\s+)?meeting|of\s+meeting"
    # "MINUTES OF PROCEEDINGS AT MEETING OF …", as Irish councils head their minutes
    r"|of\s+proceedings\s+(?:at|of)\s+(?:(?:a|the)\s+)?(?:\w+\s+)?meeting)\b", re.IGNORECASE
)
_ANY_LABEL = re.compile(r"^\s*[A-Z][A-Za-z ]{1,30}:\s")
_DATE_LABEL = re.compile(r"^\s*(?:date|meeting\s+date|date\s+of\s+meeting)\s*[:\-–]", re.IGNORECASE)
_TIME_LABEL = re.compile(r"^\s*(?:time|start(?:ing)?\s+time)\s*[:\-–]", re.IGNORECASE)
_VENUE_LABEL = re.compile(r"^\s*(?:venue|place|location|where)\s*[:\-–]\s*(?P<venue>.+)$", re.IGNORECASE)
# Keywords in any case (headers are often in capitals); the venue itself starts with a capital.
_VENUE_IN_SENTENCE = re.compile(
    r"\b(?i:held\s+)?(?i:in|at)\s+(?i:the\s+)?(?P<venue>[A-Z][^.;]*?(?:\.\s*[A-Z][^.;]*?)*?)"
    r"(?=\s+(?i:on)\s+(?:[A-Za-z]+(?i:day)|\d)|\s+(?i:at)\s+\d|\s+(?i:commencing)\b|\s+(?i:from)\s+\d|\s*\.?\s*$)"
)
# "held on <date> at 2.00 pm, Committee Room 1, County Hall": the venue after the time (or year) and a comma.
_VENUE_AFTER_WHEN = re.compile(
    r"(?:\b\d{1,2}(?:[.:]\d{2})?\s*(?i:am|pm|a\.m\.|p\.m\.)|\b(?i:noon)|\b(?:19|20)\d{2})\s*,\s*"
    r"(?:(?i:in|at)\s+)?(?:(?i:the)\s+)?(?P<venue>[A-Z][^;]*?)\s*\.?\s*$"
)
# Words that make a bare header line a place: rooms and the buildings they are in.
_VENUE_WORDS = re.compile(
    r"\b(?:Room|Hall|Chambers?|Offices|House|Centre|Center|Library|Pavilion|Buildings?|Suite|Guildhall|Headquarters)\b"
)
# "Date: … Time: … Venue: Village Hall" on one line.
_VENUE_INLINE_LABEL = re.compile(r"\s(?i:venue|location|place)\s*[:\-–]\s*(?P<venue>[A-Z].*?)\s*$")
# "held virtually via Microsoft Teams on …": the platform is where it met.
_VENUE_ONLINE = re.compile(
    r"\b(?i:held)\s+(?:(?i:virtually|remotely|online)\s+)?(?i:via|using)\s+(?P<venue>[A-Z][\w]*(?:\s+[A-Z][\w]*){0,2})"
    r"(?=\s+(?i:on|at|commencing)\b|\s*[,.]|\s*$)"
)
_VENUE_SKIP = re.compile(r"^(?:Chair|Meeting|Minutes|Notes)\b", re.IGNORECASE)
_VENUE_TAIL = re.compile(r"(?:\.|\s)*(?:View\s+directions|Map|Directions|Get\s+directions)\.?\s*$", re.IGNORECASE)
_TIME_RANGE = re.compile(
    r"\b\d{1,2}(?:[.:]\d{2})?\s*(?:[ap]\.?m\b\.?)?\s*(?:-|–|—|to|until)\s*"
    r"(?P<end>\d{1,2}(?:[.:]\d{2})?\s*[ap]\.?m\b\.?)",
    re.IGNORECASE,
)
_END_TIME = re.compile(
    rf"\b(?:meeting\s+(?:{MEETING_END_VERBS})|(?:{MEETING_END_VERBS}|rose)\s+at|"
    r"close\s+of\s+(?:the\s+)?meeting|closed\s+the\s+meeting)\b",
    re.IGNORECASE,
)
# A start time given only in prose: "The meeting started at 6.30 pm", "The Chair opened the meeting at 7pm".
_START_TIME = re.compile(
    r"\b(?:meeting\s+(?:started|commenced|began|opened)|opened\s+the\s+meeting|meeting\s+was\s+opened)\s+at\b",
    re.IGNORECASE,
)
_NEXT_HEADING = re.compile(
    r"\b(?:date|dates|time|times)\s+(?:and\s+(?:time|venue)s?\s+)?of\s+(?:the\s+)?"
    r"(?:next|future|forthcoming|subsequent)\s+meetings?\b|\bnext\s+meeting\s+date\b|\bfuture\s+meeting\s+dates\b",
    re.IGNORECASE,
)
_NEXT_SENTENCE = re.compile(r"\bnext\s+(?:\w+\s+){0,6}?meeting\b", re.IGNORECASE)
_NOT_A_MEETING = re.compile(
    r"\b(?:away\s+day|awayday|conference|workshop|training|event|seminar|visit|celebration|launch|deadline)\b",
    re.IGNORECASE,
)
_PLAN_TITLE = re.compile(
    r"^(?P<title>(?:[A-Z][\w&'-]*\s+){0,6}(?:Plan|Strategy|Agreement)\b.*?)$"
)
_PERIOD = re.compile(
    r"\b(?P<start>(?:19|20)\d{2})\s*(?:/|-|–|to)\s*(?P<end>(?:19|20)?\d{2})\b"
)
_PLACE_BODY = re.compile(
    r"\b(?P<words>(?:[A-Z][a-z]+(?:['’]s)?\s+){1,6})Partnership\b"
)
_PLACE_STOP = {
    "The", "This", "Our", "A", "An", "Each", "Every", "Local", "Their", "Its", "Your", "With", "For", "From", "By", "In", "Of",
}
_SMALL_WORDS = {"of", "and", "the", "for", "in", "on", "at", "to", "a", "an", "with", "by", "or"}


def extract_meeting(document: ParsedDocument, *, kind: Kind) -> Meeting:
    """Return the meeting `document` records (for a plan: its body, title and period)."""
    if kind == "plan":
        return _extract_plan_meeting(document)
    header = _header_lines(document)
    used: list[Line] = []
    body, body_lines = _find_body(header, document)
    used.extend(body_lines)
    date, start_time, venue, detail_lines = _find_date_time_venue(header)
    used.extend(detail_lines)
    if venue is None:
        venue, venue_lines = _find_bare_venue(header, skip=body_lines)
        used.extend(venue_lines)
    start_time = start_time or _find_prose_start_time(document)
    end_time = _find_end_time(document) or _find_header_end_time(header)
    next_meeting = _find_next_meeting(document, meeting_date=date)
    used.sort(key=lambda line: line.number)
    return Meeting(
        kind=kind,
        body=body,
        title=None,
        date=date,
        start_time=start_time,
        end_time=end_time,
        venue=venue,
        next_meeting=next_meeting,
        evidence=Evidence.of_lines(used) if used else None,
    )


def _header_lines(document: ParsedDocument) -> list[Line]:
    """The non-blank lines before the first attendance list, item or table."""
    lines: list[Line] = []
    for line in document.iter_lines():
        if line.is_blank:
            continue
        text = line.text.strip()
        starts_with_date = any(start == 0 for _, start, _ in find_dates(_strip_marks(text)))
        if lines and _ends_header(text) and not starts_with_date:
            break
        if line.cells is not None and not _is_labelled(text):
            break  # the items table (a "Date: …" or "Venue: …" row still belongs to the header)
        lines.append(line)
        if len(lines) >= HEADER_MAX_LINES:
            break
    return lines


def _ends_header(text: str) -> bool:
    """True for a line that opens the attendance, the apologies, the absent or the first item."""
    return bool(_ITEM_OPENER.match(text)) or opening_label(text, sections=("attendance", "apologies", "absent")) is not None


def _find_body(header: list[Line], document: ParsedDocument) -> tuple[str | None, list[Line]]:
    for line in header:
        match = _MEETING_OF.search(line.text)
        if match:
            body = _tidy_body(match.group("body"))
            fuller = _fuller_heading(header, body)
            return (fuller[0], [fuller[1], line]) if fuller else (body, [line])
    for line in header:
        match = _BODY_MEETING.search(line.text)
        if match and _BODY_WORDS.search(match.group("body")):
            body = _tidy_body(match.group("body"))
            fuller = _fuller_heading(header, body)
            return (fuller[0], [fuller[1], line]) if fuller else (body, [line])
    candidates: list[tuple[Line, str]] = []
    for line in header:
        text = _strip_marks(line.text)
        if not text or _MINUTES_LINE.match(text) or _BREADCRUMB.search(text):
            continue
        if _VENUE_LABEL.match(text) or _DATE_LABEL.match(text):
            continue
        dates = find_dates(text)
        if dates:
            # "Northtown Safety Partnership - Thursday, 24th March, 2016": the name before the date.
            # "Minutes of the X held on <date>": the name is what comes before "held".
            text = _DATE_PREFIX.sub("", text[: dates[0][1]]).strip(" ,-–:")
            text = re.split(r"\s+(?:held|which\s+took\s+place|meeting\s+on)\b", text, maxsplit=1, flags=re.IGNORECASE)[0]
            text = re.sub(r"\s+(?:on|at|of)$", "", text, flags=re.IGNORECASE).strip(" ,-–:")
            if not text or _MINUTES_LINE.match(text) or re.fullmatch(r"(?:minutes|notes|meeting)", text, re.IGNORECASE):
                continue
        if _BODY_WORDS.search(text) and len(text.split()) <= BODY_MAX_WORDS:
            candidates.append((line, text))
    specific = [pair for pair in candidates if not _COUNCIL_BANNER.match(pair[1])]
    chosen = specific or candidates
    if chosen:
        body = _tidy_body(chosen[0][1])
        # "Minutes of the Parish Council Meeting" under a "Southby Parish Council" heading names that council.
        fuller = _fuller_heading(header, body)
        return (fuller[0], [fuller[1], chosen[0][0]]) if fuller else (body, [chosen[0][0]])
    for line in document.iter_lines():
        match = _NEXT_MEETING_OF.search(line.text)
        if match:
            return _tidy_body(match.group("body")), [line]
    return None, []


def _fuller_heading(header: list[Line], body: str | None) -> tuple[str, Line] | None:
    """A heading that names the same body in full ("Southby Parish Council" for "Parish Council")."""
    if not body:
        return None
    for line in header:
        heading = _tidy_body(_strip_marks(line.text))
        if (
            heading
            and len(heading.split()) <= BODY_MAX_WORDS
            and heading.lower().endswith(" " + body.lower())
        ):
            return heading, line
    return None


def _tidy_body(text: str) -> str | None:
    text = _LEADING_LABEL.sub("", text.strip(" .,:;-–"))
    text = _TRAILING_MEETING.sub("", text).strip(" .,:;-–")
    if not text:
        return None
    if text.isupper():
        text = _title_case(text)
    return text


def _title_case(text: str) -> str:
    words = text.split()
    out = []
    for index, word in enumerate(words):
        if not re.search(r"[AEIOUY]", word) and word.isalpha():
            out.append(word)  # "CSP", "KCC": an acronym, not a word
        elif index and word.lower() in _SMALL_WORDS:
            out.append(word.lower())
        else:
            out.append("-".join(part[:1].upper() + part[1:].lower() for part in word.split("-")))
    return " ".join(out)


def _strip_marks(text: str) -> str:
    return text.strip().strip("*#_ ").strip()


def _find_date_time_venue(
    header: list[Line],
) -> tuple[dt.date | None, dt.time | None, str | None, list[Line]]:
    date: dt.date | None = None
    start_time: dt.time | None = None
    venue: str | None = None
    used: list[Line] = []
    for text, lines in _iter_header_units(header):
        unit_used = False
        if date is None:
            dates = [found for found in find_dates(text) if not _is_previous(text, found[1])]
            if dates:
                date = dates[0][0]
                unit_used = True
                if start_time is None:
                    start_time = parse_time(text[dates[0][2]:]) or parse_time(text[: dates[0][1]])
        elif start_time is None:
            # A running header gave the date without a time; the opening sentence repeats the date with it.
            again = [found for found in find_dates(text) if found[0] == date]
            if again:
                start_time = parse_time(text[again[0][2]:])
                unit_used = unit_used or start_time is not None
        if start_time is None and _TIME_LABEL.match(text):
            start_time = parse_time(text)
            unit_used = True
        if venue is None:
            venue = _find_venue(text)
            unit_used = unit_used or venue is not None
        if unit_used:
            used.extend(lines)
    return date, start_time, venue, used


def _iter_header_units(header: list[Line]) -> list[tuple[str, list[Line]]]:
    """Header lines joined into the sentences they wrap: a heading or a labelled line stands alone."""
    units: list[tuple[str, list[Line]]] = []
    for line in header:
        text = _strip_marks(line.text)
        alone = line.is_heading or line.cells is not None or _is_labelled(text)
        previous = units[-1] if units else None
        if (
            previous is not None
            and not alone
            and not previous[1][-1].is_heading
            and previous[1][-1].cells is None
            and not _is_labelled(_strip_marks(previous[1][0].text))
            and _wraps_on(previous[0])
        ):
            units[-1] = (f"{previous[0]} {text}", previous[1] + [line])
        else:
            units.append((text, [line]))
    return units


def _wraps_on(text: str) -> bool:
    """True when a header line reads as a sentence cut by the line end, not a banner or a finished line."""
    if re.search(r"[.!?]$", text):
        return False
    if text.isupper() and not (_MINUTES_LINE.match(text) or re.search(r"\bHELD\b", text)):
        return False  # a banner; an opening sentence set in capitals still wraps
    return len(text) >= WRAPPED_LINE_LENGTH or re.search(r"(?:,|\b[a-z]+|\d)$", text) is not None


def _is_labelled(text: str) -> bool:
    return bool(_VENUE_LABEL.match(text) or _DATE_LABEL.match(text) or _TIME_LABEL.match(text)
                or _ANY_LABEL.match(text))


def _is_previous(text: str, position: int) -> bool:
    """True when the date at `position` belongs to an earlier or later meeting named before it."""
    before = text[max(0, position - 60) : position].lower()
    return bool(re.search(r"\b(?:previous|last|next|future|earlier)\b", before))


def _find_bare_venue(header: list[Line], *, skip: list[Line]) -> tuple[str | None, list[Line]]:
    """A header line that is only a place ("Conference Room B, Civic Offices"), as notes print it under the date."""
    taken = {line.number for line in skip}
    for line in header:
        text = _strip_marks(line.text)
        if line.number in taken or line.cells is not None or _ANY_LABEL.match(text) or find_dates(text):
            continue
        if len(text.split()) > BARE_VENUE_MAX_WORDS or text.endswith((".", ":")):
            continue
        if _VENUE_WORDS.search(text):
            return _tidy_venue(text), [line]
    return None, []


def _find_venue(text: str) -> str | None:
    label = _VENUE_LABEL.match(text)
    if label:
        return _tidy_venue(label.group("venue"))
    inline = _VENUE_INLINE_LABEL.search(text)
    if inline:
        return _tidy_venue(inline.group("venue"))
    if not re.search(r"\b(?:held|meeting|minutes|notes)\b", text, re.IGNORECASE):
        return None
    for match in _VENUE_IN_SENTENCE.finditer(text):
        venue = match.group("venue")
        if _VENUE_SKIP.match(venue) or find_dates(venue):
            continue
        return _tidy_venue(venue)
    online = _VENUE_ONLINE.search(text)
    if online and not find_dates(online.group("venue")):
        return _tidy_venue(online.group("venue"))
    after = _VENUE_AFTER_WHEN.search(text)
    if after and not _VENUE_SKIP.match(after.group("venue")) and not find_dates(after.group("venue")):
        return _tidy_venue(after.group("venue"))
    return None


def _tidy_venue(text: str) -> str | None:
    text = _VENUE_TAIL.sub("", text.strip())
    text = re.sub(r"^the\s+", "", text.strip(), flags=re.IGNORECASE)
    text = text.strip(" .,;")
    if text.isupper():
        text = _title_case(text)
    return text or None


def _find_header_end_time(header: list[Line]) -> dt.time | None:
    """The end of a time range written in the header ("2.00pm - 3.45pm")."""
    for text, _ in _iter_header_units(header):
        match = _TIME_RANGE.search(text)
        if match:
            return parse_time(match.group("end"))
    return None


def _find_prose_start_time(document: ParsedDocument) -> dt.time | None:
    for line in document.lines:
        match = _START_TIME.search(line.text) if _may_name_a_meeting(line.text) else None
        if match:
            found = parse_time(line.text[match.end() :])
            if found is not None:
                return found
    return None


def _find_end_time(document: ParsedDocument) -> dt.time | None:
    for line in reversed(document.lines):
        match = _END_TIME.search(line.text)
        if match:
            found = parse_time(line.text[match.start() :])
            if found is not None:
                return found
    return None


def _find_next_meeting(document: ParsedDocument, *, meeting_date: dt.date | None) -> dt.date | None:
    lines = [line for line in document.iter_lines() if not line.is_blank]
    for index, line in enumerate(lines):
        if _may_name_a_meeting(line.text) and _NEXT_HEADING.search(line.text):
            found = _first_meeting_after(lines[index : index + NEXT_MEETING_WINDOW], line, meeting_date)
            if found is not None:
                return found
    for line in lines:
        # In a table row the date must share the phrase's cell: "… to the next meeting | YD | 28 Nov" is a deadline.
        for text in line.cells or (line.text,):
            if not _may_name_a_meeting(text):
                continue
            for match in _NEXT_SENTENCE.finditer(text):
                dates = find_dates(text[match.end() : match.end() + NEXT_MEETING_REACH], relative_to=meeting_date)
                if dates and (meeting_date is None or dates[0][0] > meeting_date):
                    return dates[0][0]
    return None


def _may_name_a_meeting(text: str) -> bool:
    """False when `text` lacks "meet", which the start-time and next-meeting regexes all need.

    A cheap look saves their case-blind scan of most lines. Case-blind "meet"
    matches only what lower-cases to "meet": these letters have no other forms.
    """
    return "meet" in text.lower()


def _first_meeting_after(window: list[Line], heading: Line, meeting_date: dt.date | None) -> dt.date | None:
    """The first dated row after the meeting, skipping away days and events when a meeting row follows."""
    rows: list[tuple[dt.date, bool]] = []
    previous: dt.date | None = None
    for position, line in enumerate(window):
        text = line.text
        if line is heading:
            match = _NEXT_HEADING.search(text)
            text = text[match.end() :] if match else text
        dates = find_dates(text, relative_to=meeting_date)
        if position > 0 and line.is_heading and not dates:
            break
        for found, _, _ in dates:
            # A list of meetings runs forward: a row earlier than the one above is next year's.
            if previous is not None and found < previous and not _has_year(text):
                found = _add_year(found)
            previous = found
            if meeting_date is not None and found <= meeting_date:
                continue
            rows.append((found, bool(_NOT_A_MEETING.search(text))))
    meetings = [found for found, is_event in rows if not is_event]
    if meetings:
        return meetings[0]
    return rows[0][0] if rows else None


def _has_year(text: str) -> bool:
    return re.search(r"\b(?:19|20)\d{2}\b|\d{1,2}[./-]\d{1,2}[./-]\d{2}", text) is not None


def _add_year(day: dt.date) -> dt.date:
    try:
        return day.replace(year=day.year + 1)
    except ValueError:  # 29 February
        return day.replace(year=day.year + 1, day=28)


def _extract_plan_meeting(document: ParsedDocument) -> Meeting:
    title_line: Line | None = None
    for line in document.iter_lines():
        if line.is_blank:
            continue
        text = _strip_marks(line.text)
        if _PLAN_TITLE.match(text) and len(text.split()) <= BODY_MAX_WORDS:
            title_line = line
            break
    title = _strip_marks(title_line.text) if title_line else None
    period = _find_period(title or "") if title else None
    if period is None:
        period = _find_period(document.text[:2000])
    body, body_line = _find_plan_body(document)
    if body is None:
        # No partnership named in the text: fall back to the heading, as for minutes.
        body, body_lines = _find_body(_header_lines(document), document)
        body_line = body_lines[0] if body_lines else None
    used = [line for line in (title_line, body_line) if line is not None]
    used.sort(key=lambda line: line.number)
    return Meeting(
        kind="plan",
        body=body,
        title=title,
        period=period,
        evidence=Evidence.of_lines(used) if used else None,
    )


def _find_period(text: str) -> str | None:
    """Return "2015-16" for "2015/2016", "2015-16" or "2015 to 2016"."""
    for match in _PERIOD.finditer(text):
        start = int(match.group("start"))
        end_text = match.group("end")
        end = int(end_text) if len(end_text) == 4 else (start // 100) * 100 + int(end_text)
        if start < end <= start + 10:
            return f"{start}-{end % 100:02d}"
    return None


def _find_plan_body(document: ParsedDocument) -> tuple[str | None, Line | None]:
    """The partnership a plan belongs to: the place-named partnership the text names most."""
    counts: Counter[str] = Counter()
    first_line: dict[str, Line] = {}
    for line in document.iter_lines():
        for match in _PLACE_BODY.finditer(line.text):
            words = match.group("words").split()
            while words and words[0] in _PLACE_STOP:
                words.pop(0)
            words = [re.sub(r"['’]s$", "", word) for word in words] + ["Partnership"]
            # Count every tail too, so "<Place> Community Safety Partnership" also counts as the bare name.
            for start in range(len(words) - 1):
                name = " ".join(words[start:])
                counts[name] += 1
                first_line.setdefault(name, line)
    if not counts:
        return None, None
    # The bare name ("Community Safety Partnership") is the commonest; the one
    # a place is added to ("<Place> Community Safety Partnership") names the body.
    core = max(counts, key=lambda name: (counts[name], len(name)))
    placed = [name for name in counts if name.endswith(" " + core)]
    name = max(placed, key=lambda name: (counts[name], -len(name))) if placed else core
    return name, first_line[name]

