"""Dates and times as minutes write them, read relative to the meeting.

A regular expression finds candidate spans cheaply. The spans are always a
day number, a month name and perhaps a year, so they are read exactly here;
only what that cannot settle (a day that does not exist, such as 29 February
rolled into a common year) goes to dateparser, which is slow, and every
answer is cached. Dates written without a year
take the meeting's year and roll on a year when they would fall before the
meeting; without a meeting date such dates are left unknown.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from functools import lru_cache

LANGUAGES = ["en"]
EARLIEST_YEAR = 1980
"""Years before this are misreadings (item numbers, figures), not dates."""
LATEST_YEAR = 2100
QUOTATION_REACH = 60
"""How far before a day's number a quotation it may close was opened (a quoted title is short; a stray mark further
back leaves a scanned ordinal alone)."""

MONTHS = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
)
"""A month's name or its usual abbreviation, as a regular expression group (capitalised; add IGNORECASE)."""
MONTH_NAMES = r"(?:january|february|march|april|may|june|july|august|september|october|november|december)"
"""A month's full name in lower case, as a regular expression group (for patterns read with IGNORECASE)."""
WEEKDAY_NAME = r"(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs?)?|Fri|Sat(?:ur)?|Sun)(?:day)?"
"""A day of the week's name or its usual abbreviation, as a regular expression group (capitalised; add IGNORECASE)."""
_WEEKDAY = rf"(?:(?P<weekday>{WEEKDAY_NAME})\.?,?\s+(?:the\s+)?)"
# "12th", and "12 th" / "1 ST" where a superscript suffix came apart from its number in PDF text;
# "19™ SEPTEMBER" where text recognition read a superscript "th" as a trade mark sign, "15" June" / "22"° OCTOBER" /
# "18” May" where it read it as a quotation mark (with a degree sign for the "h").
_ORDINAL = r"(?:\s?(?:st|nd|rd|th)\b|™|[\"“”]°?)?"
_YEAR = r"(?:,?\s*(?:of\s+)?(?P<year>(?:19|20)\d{2}))"

_DAY_MONTH = re.compile(
    rf"\b{_WEEKDAY}?(?P<day>[0-3]?\d){_ORDINAL}\s+(?:(?:day\s+)?of\s+)?(?P<month>{MONTHS})\b\.?{_YEAR}?",
    re.IGNORECASE,
)
_MONTH_DAY = re.compile(
    rf"\b{_WEEKDAY}?(?P<month>{MONTHS})\.?\s+(?P<day>[0-3]?\d){_ORDINAL}\b{_YEAR}?",
    re.IGNORECASE,
)
# "August, 16, 2031", "Thursday, August, 16, 2031": a comma typed after the month, as word-processed minutes slip it in.
# Only with the year: "In August, 16 members attended" names no day.
_MONTH_COMMA_DAY = re.compile(
    rf"\b{_WEEKDAY}?(?P<month>{MONTHS})\.?,[ \t]*(?P<day>[0-3]?\d){_ORDINAL}\b,?[ \t]*(?P<year>(?:19|20)\d{{2}})\b",
    re.IGNORECASE,
)
# "this eleventh day of April 2031", "the twenty-third day of March, 2031": the day written as an ordinal word, as county
# boards' and councils' formal openings give it (always with its year here, so "the first day of term" is no date).
_ORDINAL_UNITS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"]
_ORDINAL_DAY_WORDS = {
    **{word: number for number, word in enumerate(_ORDINAL_UNITS, start=1)},
    **{word: number for number, word in enumerate(
        ["tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
         "eighteenth", "nineteenth", "twentieth"], start=10)},
    **{f"twenty {word}": 20 + number for number, word in enumerate(_ORDINAL_UNITS, start=1)},
    "thirtieth": 30, "thirty first": 31,
}
_WORDED_DAY = re.compile(
    r"\b(?P<word>" + "|".join(sorted((word.replace(" ", r"[\s-]") for word in _ORDINAL_DAY_WORDS), key=len, reverse=True))
    + rf")\s+day\s+of\s+(?P<month>{MONTHS})\b\.?,?\s*(?:(?:in\s+the\s+year\s+)?)(?P<year>(?:19|20)\d{{2}})\b",
    re.IGNORECASE,
)
_NUMERIC = re.compile(
    r"(?<![\d.:/-])(?P<day>[0-3]?\d)(?P<sep>[./-])(?P<month>[0-3]?\d)(?P=sep)(?P<year>(?:19|20)?\d{2})(?![\d/-]|\.\d)"
)
NUMERIC_DATE = _NUMERIC.pattern
CLOCK = r"\d{1,2}(?:[.:]\d{2})?"
"""An hour with or without its minutes ("7", "7.30", "19:15"), for rules that find a time in running text (regex source)."""
MERIDIEM = r"(?i:[ap]\.?\s?m\b)"
"""The half of the day written after an hour, in any case ("pm", "a.m.", "P M"); a rule adds the stop after it (regex
source)."""
"""A date in figures ("12/05/2023", "3.4.24"), for rules that must tell it from a reference number (once per regex)."""
# "2021-08-28", and the year first with dots or slashes ("2021.08.28", "2021/08/28") as wikis and logs write it.
_ISO = re.compile(r"(?<![\d.])\b(?P<year>(?:19|20)\d{2})(?P<sep>[-./])(?P<month>[01]\d)(?P=sep)(?P<day>[0-3]\d)\b(?![.]\d)")

_NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "a couple of": 2, "a few": 3,
}
_COUNT = r"(?P<count>\d{1,2}|a couple of|a few|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
_IN_PERIOD = re.compile(
    rf"\b(?:in|within)\s+(?:the\s+next\s+)?{_COUNT}\s+(?P<unit>day|week|month)s?(?:'|’)?(?:\s+time)?\b",
    re.IGNORECASE,
)
_NEXT_PERIOD = re.compile(r"\b(?:by\s+)?next\s+(?P<unit>week|month)\b", re.IGNORECASE)
_END_OF_YEAR = re.compile(r"\bend\s+of\s+(?:the\s+)?(?:this\s+|the\s+calendar\s+)?year\b", re.IGNORECASE)
_END_OF_MONTH = re.compile(
    rf"\bend\s+of\s+(?:the\s+month|this\s+month|(?P<month>{MONTHS})\b{_YEAR}?)", re.IGNORECASE
)
_MONTH_YEAR = re.compile(rf"\b(?P<month>{MONTHS})\s+(?P<year>(?:19|20)\d{{2}})\b", re.IGNORECASE)
_NEXT_MEETING = re.compile(r"\b(?:the\s+)?next\s+(?:\w+\s+)?meeting\b", re.IGNORECASE)

# "0905 AM", "1402 PM": four figures with their half of the day, as some boards print the clock (the 24-hour figure
# wins over a redundant "PM"); never a sum ("£1,500pm" a month).
_TIME = re.compile(
    r"(?<![\d.:,£$€])(?P<hour>[01]?\d|2[0-3])(?:[.:]?(?P<minute>[0-5]\d))?\s*"
    r"(?P<half>a\.?\s?m\b\.?|p\.?\s?m\b\.?)",
    re.IGNORECASE,
)
_TIME_24 = re.compile(r"(?<![\d.:])(?P<hour>[01]?\d|2[0-3]):(?P<minute>[0-5]\d)(?![\d:])")
# "at 19.00", "10.30 hrs", "1930 hrs": a dotted clock time needs "at"/"from" before it or "hrs" after it, and
# four figures need "hrs", so that paragraph numbers ("section 10.30") and sums are not read as times.
_TIME_DOTTED = re.compile(
    r"(?:\b(?:at|from|commencing|starting)\s+(?P<hour>[01]?\d|2[0-3])\.(?P<minute>[0-5]\d)(?!\d|\.\d)"
    r"|(?<![\d.,])(?P<hour2>[01]?\d|2[0-3])\.?(?P<minute2>[0-5]\d)\s*(?:hrs|hours|h)\b)",
    re.IGNORECASE,
)
_TIME_WORDS = re.compile(r"\b(?P<word>noon|midday|midnight)\b", re.IGNORECASE)
# A clock time standing alone on its line: "7:00 PM", "at 7.30pm", "(21:15hrs)", "19.30", "1930 hrs", "9 p.m.".
# A bare hour needs its "pm", and four figures their "hrs", so that a lone item number or year is no time.
_CLOCK_ALONE = re.compile(
    r"^\W*(?:at\s+)?(?:\d{1,2}[.:]\d{2}\s*(?:hrs|hours|h|[ap]\.?\s?m\.?)?|\d{4}\s*(?:hrs|hours|h)|\d{1,2}\s*[ap]\.?\s?m\.?)\W*$",
    re.IGNORECASE,
)

_WEEKDAYS = ["mo", "tu", "we", "th", "fr", "sa", "su"]
_MONTH_NUMBERS = {name: number for number, name in enumerate(
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], start=1)}
_CANDIDATE = re.compile(r"(?P<day>\d{1,2}) (?P<month>[A-Za-z]+)(?: (?P<year>\d{4}))?")
_UNSETTLED = object()
"""What `_read_exact` gives when only dateparser can answer."""

Span = tuple[dt.date, int, int]


def parse_date(
    text: str,
    *,
    relative_to: dt.date | None = None,
    next_meeting: dt.date | None = None,
) -> dt.date | None:
    """Return the first date written in `text`, or None.

    "next meeting" gives `next_meeting` when it is known; relative phrases
    ("in three weeks", "end of the year") need `relative_to`.
    """
    found = find_dates(text, relative_to=relative_to)
    if found:
        return found[0][0]
    if next_meeting is not None and _NEXT_MEETING.search(text):
        return next_meeting
    month_year = _MONTH_YEAR.search(text)
    if month_year:
        # A month without a day is due by that month's end.
        parsed = _parse_candidate(f"1 {month_year.group('month')} {month_year.group('year')}", None)
        if parsed is not None:
            return _last_day_of_month(parsed)
    return None


# A quotation mark opening a quotation (after a space or a bracket, before a word) and one closing it.
_OPENING_QUOTE = re.compile(r"(?:^|(?<=[\s(\[]))[\"“](?=\S)")
_CLOSING_QUOTE = re.compile(r"(?<=\S)[\"”]")


def _closes_a_quotation(text: str, position: int) -> bool:
    """True when the quotation mark at `position` (after a day's number) closes a quotation opened before it and left
    open ('the "Phase 12" May 2031 plan'), so it is no scanned ordinal ('15" June')."""
    if text[position : position + 1] not in ('"', "”"):
        return False
    start = max(0, position - QUOTATION_REACH)
    opened = [match.start() for match in _OPENING_QUOTE.finditer(text, start, position)]
    closed = [match.start() for match in _CLOSING_QUOTE.finditer(text, start, position)]
    return bool(opened) and (not closed or closed[-1] < opened[-1])


def find_dates(text: str, *, relative_to: dt.date | None = None, month_first: bool = False) -> list[Span]:
    """Return every date in `text` as (date, start, end), in order of position.

    A numeric date ("06/03/2018") is read day first unless `month_first`, and
    either way in the only order that gives a real date ("03/21/2018").
    """
    spans: list[Span] = []
    taken: list[tuple[int, int]] = []

    def add(value: dt.date | None, start: int, end: int) -> None:
        if value is None or any(start < t_end and t_start < end for t_start, t_end in taken):
            return
        taken.append((start, end))
        spans.append((value, start, end))

    for pattern in (_DAY_MONTH, _MONTH_DAY, _MONTH_COMMA_DAY):
        for match in pattern.finditer(text):
            if match.group("month") == "may" and not match.group("year"):
                continue  # "item 5 may be…": the verb, not the month
            if pattern is _DAY_MONTH and _closes_a_quotation(text, match.end("day")):
                continue  # 'the "Phase 12" May 2031 plan': the mark ends a quotation, no ordinal's "th"
            candidate = f"{int(match.group('day'))} {match.group('month')}"
            if match.group("year"):
                candidate += f" {match.group('year')}"
            value = _parse_candidate(candidate, relative_to)
            if value is not None and match.group("weekday") and not match.group("year"):
                value = _match_weekday(value, match.group("weekday"))
            add(value, match.start(), match.end())
    for match in _WORDED_DAY.finditer(text):
        day = _ORDINAL_DAY_WORDS[re.sub(r"[\s-]+", " ", match.group("word").lower())]
        add(_parse_candidate(f"{day} {match.group('month')} {match.group('year')}", relative_to),
            match.start(), match.end())
    for match in _ISO.finditer(text):
        add(_safe_date(int(match.group("year")), int(match.group("month")), int(match.group("day"))),
            match.start(), match.end())
    for match in _NUMERIC.finditer(text):
        year = int(match.group("year"))
        if year < 100:
            year += 2000
        first, second = int(match.group("day")), int(match.group("month"))
        day_first = _safe_date(year, second, first)
        month_day = _safe_date(year, first, second)
        add((month_day or day_first) if month_first else (day_first or month_day), match.start(), match.end())
    for match in _END_OF_MONTH.finditer(text):
        add(_end_of_month(match, relative_to), match.start(), match.end())
    if relative_to is not None:
        for match in _END_OF_YEAR.finditer(text):
            add(dt.date(relative_to.year, 12, 31), match.start(), match.end())
        for match in _IN_PERIOD.finditer(text):
            add(_shift(relative_to, _count(match.group("count")), match.group("unit")), match.start(), match.end())
        for match in _NEXT_PERIOD.finditer(text):
            add(_shift(relative_to, 1, match.group("unit")), match.start(), match.end())
    spans.sort(key=lambda span: span[1])
    return spans


# Signs of American writing around dates: a state and ZIP code ("Newport, OR 97365"), and numeric
# dates that only read month first ("03/21/2018") against those that only read day first ("21/03/2018").
_STATE_ZIP = re.compile(r"\b[A-Z][a-z]+,?\s+[A-Z]{2}\s+\d{5}(?:-\d{4})?\b")
_NUMERIC_ANY = re.compile(r"(?<![\d.:/-])(?P<a>[0-3]?\d)(?P<sep>[./-])(?P<b>[0-3]?\d)(?P=sep)(?:19|20)?\d{2}(?![\d/-]|\.\d)")


def find_day_month_dates(text: str, *, relative_to: dt.date) -> list[Span]:
    """The dates written as a day and a month ("MONDAY 6 NOVEMBER", "March 4th") in `text`, years from `relative_to`.

    A day without a year falls on or after `relative_to` (a written weekday may move it on a year);
    relative phrases ("in two weeks") and numeric dates are left out.
    """
    return [
        span for span in find_dates(text, relative_to=relative_to)
        if (_DAY_MONTH.fullmatch(text[span[1]:span[2]]) or _MONTH_DAY.fullmatch(text[span[1]:span[2]]))
    ]


# "minutes_2021-03-09", "2019-11-14 Minutes", "minutes20210309": a year, month and day in that order.
_NAME_YMD = re.compile(r"(?<!\d)(?P<year>(?:19|20)\d{2})(?P<sep>[-_. ]?)(?P<month>[01]\d)(?P=sep)(?P<day>[0-3]\d)(?!\d)")


def date_in_file_name(name: str) -> dt.date | None:
    """The one date a file's name gives, year first or with the month in words, else None.

    "minutes_2021-03-09.pdf", "2019-11-14 Minutes.pdf", "Minutes-April-16-2024.pdf" give their
    date; a name holding two different dates, or only numbers in another order ("09-03-21"),
    gives none: which is day and which is month cannot be told.
    """
    stem = re.sub(r"\.[A-Za-z0-9]{1,5}$", "", name.rsplit("/", 1)[-1])
    found = {
        value for match in _NAME_YMD.finditer(stem)
        if (value := _safe_date(int(match.group("year")), int(match.group("month")), int(match.group("day")))) is not None
    }
    words = re.sub(r"[-_.]+", " ", stem)
    found.update(
        value for value, start, end in find_dates(words)
        if _DAY_MONTH.fullmatch(words[start:end]) or _MONTH_DAY.fullmatch(words[start:end])
    )
    return found.pop() if len(found) == 1 else None


_NAME_YM = re.compile(r"(?<!\d)(?P<year>(?:19|20)\d{2})[-_. ]?(?P<month>0[1-9]|1[0-2])(?![-_. ]?\d)")
_YEAR_MONTH_WORDS = re.compile(rf"\b(?P<year>(?:19|20)\d{{2}})\s+(?P<month>{MONTHS})\b", re.IGNORECASE)


def month_in_file_name(name: str) -> tuple[int, int] | None:
    """The one month (year, month) a file's name gives without a day ("2031-10-minutes.html",
    "minutes-october-2031.pdf", "2031_October_minutes.pdf"), else None; a name with a whole date gives none here."""
    stem = re.sub(r"\.[A-Za-z0-9]{1,5}$", "", name.rsplit("/", 1)[-1])
    if date_in_file_name(name) is not None:
        return None
    found = {(int(match.group("year")), int(match.group("month"))) for match in _NAME_YM.finditer(stem)}
    words = re.sub(r"[-_.]+", " ", stem)
    for pattern in (_MONTH_YEAR, _YEAR_MONTH_WORDS):
        found.update((int(match.group("year")), _month_number(match.group("month"))) for match in pattern.finditer(words))
    return found.pop() if len(found) == 1 else None


def month_alone(text: str) -> tuple[int, int] | None:
    """(year, month) for a line that is only a month and its year ("October 2031", "MARCH 2032"), as a site prints
    a post's date over the text it carries; else None."""
    match = _MONTH_YEAR.fullmatch(text.strip().strip(".,:*#_ "))
    return (int(match.group("year")), _month_number(match.group("month"))) if match else None


def _month_number(word: str) -> int:
    return _MONTH_NUMBERS[word[:3].lower()]


def prefers_month_first(text: str) -> bool:
    """True when `text` writes its dates the American way round, by the evidence it holds.

    Month-name-first dates ("March 15, 2018") against day-first ones ("15 March 2018"),
    numeric dates that read only one way, and state-and-ZIP addresses all count.
    """
    month_first = len(_MONTH_DAY.findall(text)) + 2 * len(_STATE_ZIP.findall(text))
    day_first = len(_DAY_MONTH.findall(text))
    for match in _NUMERIC_ANY.finditer(text):
        a, b = int(match.group("a")), int(match.group("b"))
        if a > 12 >= b:
            day_first += 2
        elif b > 12 >= a:
            month_first += 2
    return month_first > day_first


def parse_time(text: str) -> dt.time | None:
    """Return the first clock time in `text` ("7.00 pm", "10am", "19:00"), or None."""
    match = _TIME.search(text)
    if match:
        hour = int(match.group("hour"))
        minute = int(match.group("minute") or 0)
        is_pm = match.group("half").lower().startswith("p")
        if hour > 12:
            return dt.time(hour, minute) if is_pm and match.group("minute") else None
        if is_pm and hour != 12:
            hour += 12
        elif not is_pm and hour == 12:
            hour = 0
        return dt.time(hour, minute)
    match = _TIME_24.search(text)
    if match:
        return dt.time(int(match.group("hour")), int(match.group("minute")))
    match = _TIME_DOTTED.search(text)
    if match:
        return dt.time(int(match.group("hour") or match.group("hour2")),
                       int(match.group("minute") or match.group("minute2")))
    match = _TIME_WORDS.search(text)
    if match:
        return dt.time(0, 0) if match.group("word").lower() == "midnight" else dt.time(12, 0)
    return None


def clock_alone(text: str) -> dt.time | None:
    """The clock time a line holds when it holds nothing else ("7:00 PM", "at 19.30", "21:15hrs"), or None."""
    if not _CLOCK_ALONE.match(text):
        return None
    written = text.strip(" \t()[]:-–—")
    return parse_time(written) or parse_time("at " + written)


def _parse_candidate(candidate: str, relative_to: dt.date | None) -> dt.date | None:
    has_year = re.search(r"\d{4}", candidate) is not None
    if not has_year and relative_to is None:
        return None
    return _parse_cached(candidate, relative_to if not has_year else None)


@lru_cache(maxsize=4096)
def _parse_cached(candidate: str, relative_to: dt.date | None) -> dt.date | None:
    exact = _read_exact(candidate, relative_to)
    if exact is not _UNSETTLED:
        return exact  # type: ignore[return-value]  # mypy cannot narrow out the _UNSETTLED sentinel
    return _parse_with_dateparser(candidate, relative_to)


def _read_exact(candidate: str, relative_to: dt.date | None) -> dt.date | None | object:
    """Read "14 December 2015" or "9 Dec" as dateparser would with our settings, or `_UNSETTLED`.

    A day without a year falls in the year of the day before the meeting,
    or the next year when it would not come after that day (dateparser's
    "future" preference against that base).
    """
    match = _CANDIDATE.fullmatch(candidate)
    month = _MONTH_NUMBERS.get(match.group("month")[:3].lower()) if match else None
    if match is None or month is None:
        return _UNSETTLED
    day = int(match.group("day"))
    try:
        if match.group("year"):
            value = dt.date(int(match.group("year")), month, day)
        elif relative_to is None:
            return _UNSETTLED
        else:
            base = relative_to - dt.timedelta(days=1)
            value = dt.date(base.year, month, day)
            if value <= base:
                value = dt.date(base.year + 1, month, day)
    except ValueError:
        return _UNSETTLED
    return value if EARLIEST_YEAR <= value.year <= LATEST_YEAR else None


def _parse_with_dateparser(candidate: str, relative_to: dt.date | None) -> dt.date | None:
    # Imported here: loading dateparser costs more than most documents need.
    import dateparser

    settings: dict[str, object] = {
        "DATE_ORDER": "DMY",
        "PREFER_DAY_OF_MONTH": "first",
        "REQUIRE_PARTS": ["day", "month"],
    }
    if relative_to is not None:
        # Undated days come after the meeting they are written in.
        settings["PREFER_DATES_FROM"] = "future"
        settings["RELATIVE_BASE"] = dt.datetime.combine(relative_to, dt.time()) - dt.timedelta(days=1)
    parsed = dateparser.parse(candidate, languages=LANGUAGES, settings=settings)
    if parsed is None or not EARLIEST_YEAR <= parsed.year <= LATEST_YEAR:
        return None
    return parsed.date()


def _match_weekday(value: dt.date, weekday: str) -> dt.date:
    """Move a year-less date on a year when that makes its written weekday right."""
    wanted = _WEEKDAYS.index(weekday[:2].lower())
    if value.weekday() == wanted:
        return value
    following = _safe_date(value.year + 1, value.month, value.day)
    if following is not None and following.weekday() == wanted:
        return following
    return value


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    if not EARLIEST_YEAR <= year <= LATEST_YEAR:
        return None
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _count(word: str) -> int:
    word = " ".join(word.lower().split())
    return int(word) if word.isdigit() else _NUMBER_WORDS.get(word, 1)


def _shift(base: dt.date, count: int, unit: str) -> dt.date:
    unit = unit.lower()
    if unit == "day":
        return base + dt.timedelta(days=count)
    if unit == "week":
        return base + dt.timedelta(weeks=count)
    month_index = base.month - 1 + count
    year, month = base.year + month_index // 12, month_index % 12 + 1
    return dt.date(year, month, min(base.day, calendar.monthrange(year, month)[1]))


def _last_day_of_month(day: dt.date) -> dt.date:
    return day.replace(day=calendar.monthrange(day.year, day.month)[1])


def _end_of_month(match: re.Match[str], relative_to: dt.date | None) -> dt.date | None:
    if match.group("month") is None:
        return _last_day_of_month(relative_to) if relative_to is not None else None
    candidate = f"1 {match.group('month')}"
    if match.group("year"):
        candidate += f" {match.group('year')}"
    first = _parse_candidate(candidate, relative_to)
    if first is None:
        return None
    if relative_to is not None and not match.group("year") and _last_day_of_month(first).replace(
        year=relative_to.year
    ) >= relative_to:
        # The month of the meeting itself counts as still to come.
        first = first.replace(year=relative_to.year)
    return _last_day_of_month(first)
