"""How minutes number their items: label shapes, runs of labels, and the lookalikes that are not items.

`items` finds the headings; this module knows the numbers. A *label line*
holds only an item's number ("4.", "XII.", "C.", "(a)", "Item 7:", "7-A
2031-1102", "05.25.17"), its title on the next line, as text from PDF converters and
board-management exports sets them. Roman numerals and capital letters are
items only as a run (I, II, III …; A, B, C …), so a pronoun, an initial or a
page number alone on a line is not mistaken for one. Legislative file ids open
a paragraph ("(31-104) Dana Frey spoke …") and resolution numbers head a
motion ("R2031-12 K. Lane, P. Osei:"). Dates, money, times and tallies at a
line's start look like numbered titles ("10 June 2031", "22 October 2031")
and are refused.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .dates import MONTHS, NUMERIC_DATE, WEEKDAY_NAME
from .tally_words import SIDE_LIST_LABEL

MIN_ROMAN_RUN = 3
"""Roman numerals alone on their lines are items when at least this many run I, II, III …"""
MIN_LETTER_RUN = 2
"""Capital letters alone on their lines are items when at least this many run A, B, C …"""
MIN_LETTERS_ALONE = 3
"""Capital letters number a document's items on their own when at least this many run A, B, C …"""
MIN_DIGIT_LABELS = 2
"""Bare "4." label lines are items when the document holds at least this many."""
MAX_LABEL_TITLE_WORDS = 30
"""A title under a label line is at most this long; longer text is prose."""
MAX_ID_TITLE_WORDS = 60
"""A legislative-id item's title is cut at this many words."""

_LABEL_LINE = re.compile(
    r"^(?:"
    r"(?:(?:Agenda\s+)?Item|ITEM)\s+(?:No\.?\s*)?(?P<item>\d{1,3}[a-z]?)\s*[.:]?"
    r"|(?P<digit>\d{1,3})\."
    r"|(?P<roman>[IVXL]{1,7})\."
    r"|(?P<letter>[A-Z])\."
    r"|\((?P<paren>[a-z]|[ivx]{1,5})\)"
    r"|(?P<lower>[a-z])[.)]"
    # "A)" alone: a capital letter and a bracket letters the business under a numbered item (restarting under each).
    r"|(?P<upper>[A-Z])\)"
    r"|(?P<hyphen>\d{1,2}-[A-Z])\.?(?:\s+\d{4}-\d{3,6})?"
    # A minute number carrying the meeting's month and year, alone: "05.25.17" (MM.YY.NN or YY.MM.NN), "2307.01".
    r"|(?P<dated>\d{2}\.\d{2}\.\d{1,3}|\d{4}\.\d{2,3})\.?"
    r")$"
)
_INLINE_ROMAN = re.compile(r"^(?P<number>[IVXL]{1,7})\.\s+(?P<title>[A-Z][^.]{2,}[^.\s])$")
_INLINE_LETTER = re.compile(r"^(?P<number>[A-HJ-Z])\.\s+(?P<title>[A-Z][^.]{2,}[^.\s])$")
# "B. Approval of minutes: No changes; moved by …": a lettered title run in with its minutes up to a colon.
_INLINE_LETTER_RUN_IN = re.compile(r"^(?P<number>[A-HJ-Z])\.\s+(?P<title>[A-Z][^:.;]{2,80}?)\s*:(?:\s+\S.*)?$")
# "Approval of minutes.", "Adoption of the agenda.": a lettered part's title closed by a full stop, a noun of an act and
# what it acts on, never a sentence ("Provided by the chief.", "There was no correspondence.").
STOPPED_PART_TITLE = re.compile(r"^[A-Z][a-z]+(?:al|tion|sion|ment|ance|ence|ing)\s+of\s+[^.:;\d£$€]{2,60}[^.\s]\.$")
_INLINE_LETTER_STOPPED = re.compile(r"^(?P<number>[A-HJ-Z])\.\s+(?P<title>[A-Z][^.:;]{2,80}[^.\s]\.)$")
MAX_RUN_IN_LETTER_WORDS = 12
"""A lettered title run in before a colon is at most this long."""
ITEM_NUMBER_LEAD = r"\(?\d{1,4}[a-z]?(?:\\?[.)]|(?=[ \t\u00a0]))"
"""An item's number before the label it opens: "1.", "3a)", "(4)", "2 " (a label must follow), and a running minute
number of three or four figures ("3102.", "1047 ") as minutes numbered on from meeting to meeting print it."""
PARAGRAPH_NUMBER_LEAD = re.compile(
    rf"^(?!{NUMERIC_DATE})(?:\d{{1,4}}(?:\.\d{{1,3}}){{1,3}}\.?|\d{{1,4}}/\d{{2,3}}|(?!(?:19|20)\d\d\b)\d{{3,4}}[.)])"
    r"[ \t\u00a0]+(?=[A-Z(“\"‘])"
)
"""A paragraph's own number before its words, as UK minutes number paragraphs under their item and run minute numbers
on from meeting to meeting: "102.2.1 RESOLVED that …", "24/101 It was agreed …", "2579. The Clerk …"; never a date
("12.03.2025 The …"), a year ("2031 Budget"), a count without its stop ("100 Residents"), "24/7", or words after it in
lower case ("2.5 tonnes …")."""
MINUTE_NUMBER = rf"(?!{NUMERIC_DATE})(?:[A-Z][A-Za-z]{{0,5}}/?)?\d{{1,4}}\s*/\s*\d{{1,4}}(?:[/-]\d{{2,4}})*"
"""A minute's number running from meeting to meeting, its year or series after a slash ("45/31", "33 / 02",
"C048/23", "Cou/286/07-08"), never a date in figures: the one pattern apologies' cells and action updates' entries
read it with (regex source)."""
# A planning application's reference: "23/00478/HH", "DC/23/0456/FUL", "P/2031/0456".
APPLICATION_REF = re.compile(r"(?:[A-Z]{1,4}/)?\d{2,4}/\d{2,6}(?:/[A-Z]{1,5})*")
PLANNING_REF = rf"(?:{APPLICATION_REF.pattern}|\d{{6,8}})"
"""A planning application's reference, or its number in figures alone when six figures or more ("310456") (regex
source)."""
# A US measure's number written out: "Ordinance 2031-02", "Resolution No. R-12", "Ordinance No. 31-11".
MEASURE_REF = re.compile(r"(?i:ordinance|resolution)\s+(?:No\.?\s*)?[A-Z]{0,3}-?\d{1,4}(?:-\d{1,4})*[A-Z]?")
# A council's response to a planning application, as minutes write it after the application or as its own line: "no
# objection(s)", "no comments", "no observations", "support(s|ed)", "not supported", "object(ion)(s)", "recommend(s)
# approval|refusal" (a pattern's text, to be compiled case-insensitively inside others).
NO_OBJECTION_WORDS = r"no\s+(?:objections?|comments?|observations?)"
"""The response that raises nothing: "no objection(s)", "no comments", "no observations" (`PLANNING_RESPONSE`'s first
words, and the words of a sentence that says none were raised; a pattern's text, compiled case-insensitively)."""
PLANNING_RESPONSE = (
    rf"{NO_OBJECTION_WORDS}|(?:not\s+)?support(?:s|ed)?|object(?:ed|ions?|s)?"
    r"|recommend(?:s|ed)?\s+(?:approval|refusal)"
)
_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}
_ROMAN_FORM = re.compile(r"^(?:XL|L?X{0,3})(?:IX|IV|V?I{0,3})$")

# A date, time, money sum or tally where a numbered title should be.
_DATE_TITLE = re.compile(rf"^(?:st|nd|rd|th)?\s*{MONTHS}\b\.?(?:\s*,?\s*\d{{2,4}}\b|\s*$)", re.IGNORECASE)
_WEEKDAY = rf"(?:{WEEKDAY_NAME}\.?,?\s+)"
# A line that opens with a day and month: "Monday 1 April 2031 at 7.30pm.", "Tuesday, May 5, 2031 at 7:00 p.m."
_DATE_OPENING = re.compile(rf"^{_WEEKDAY}?(?:\d{{1,2}}(?:st|nd|rd|th)?\s+{MONTHS}\b|{MONTHS}\s+\d{{1,2}}\b)", re.IGNORECASE)
# A line that is only a date.
_DATE_LINE = re.compile(
    rf"^{_WEEKDAY}?(?:\d{{1,2}}(?:st|nd|rd|th)?\s+{MONTHS}\.?,?\s+\d{{4}}"
    rf"|{MONTHS}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}|{MONTHS},?\s+\d{{4}}|\d{{1,2}}/\d{{1,2}}/\d{{2,4}})\.?$",
    re.IGNORECASE,
)
_TIME_TITLE = re.compile(r"^(?:[ap]\.?\s?m\b\.?|hrs\b|o'clock\b|pm\b|am\b)", re.IGNORECASE)
_TALLY_OR_MONEY = re.compile(
    r"^(?:[-–]\s*\d{1,2}\b|[£$€]|\d{1,3}(?:,\d{3})+\b|,\d{3}\b|%"
    # A tally's count before its side, the line wrapped after the count of the side before: "0 NAY; 0 ABSTAIN; 1 ABSENT
    # (Hatter)", "2 Nays, 1 Abstention" (the side then a stop, a bracket, the next count or the line's end; "No. 4"
    # is a number's abbreviation).
    rf"|(?!nos?\.){SIDE_LIST_LABEL}\s*(?:[;,.]|\(|\d|$))",
    re.IGNORECASE,
)

# "(16-391) Name, …" / "(*16-394) Ordinance No. …" / "(16-396A) Consider …": a file id opens the paragraph.
_ID_HEADING = re.compile(r"^\(\*?(?P<number>\d{2,4}-\d{2,5}[A-Z]?)\)\s+(?P<title>\S.*)$")
# "R2031-12 K. Lane, P. Osei:" a resolution number and its mover and seconder head the motion.
_INITIALLED = r"(?:[A-Z]\.\s?){1,2}[A-Z][\w'’-]+"
_RESOLUTION_HEADING = re.compile(
    rf"^(?:Resolution\s+(?:No\.?\s*)?)?(?P<number>[A-Z]{{1,3}}\d{{2,4}}-\d{{1,4}})\s+"
    rf"{_INITIALLED}(?:\s*[,&/]\s*|\s+and\s+){_INITIALLED}\s*:?$"
)
# "R2031-12 K. Lane, P. Osei: That … Carried.": the heading and its motion on one line (a stray space before
# the colon, a lettered number "R2031-40D" for a motion heard again).
_LOOSE_INITIALLED = r"(?:[A-Z][.,]\s?){1,2}[A-Z][\w'’-]+"  # "J, Scott": a comma typed for the initial's stop
_RESOLUTION_LINE = re.compile(
    rf"^(?:Resolution\s+(?:No\.?\s*)?)?(?P<number>[A-Z]{{1,3}}\d{{2,4}}-\d{{1,4}}[A-Z]?)\s+"
    rf"{_INITIALLED}(?:\s*[,&/]\s*|\s+and\s+){_LOOSE_INITIALLED}\s*:\s*"
    r"(?P<rest>(?:[Tt]hat|THAT|WHEREAS|Whereas|BE\s+IT|Be\s+it|The)\b.*)$"
)
# "R031-24 Resolution authorizing …", "O-12-2023 Ordinance amending …", "CA-3 Approve …", "2024-118 Award of …",
# "7-B Consider a contract …": an item's serial (a letter prefix, a sequence number, a year; an item's number and a
# letter) opens its line and its title follows. Never a date ("2031-05-06"), a span of years ("2030-31 Budget") or a
# serial inside a sentence (the title must start with a capital).
_SERIAL_HEADING = re.compile(
    r"^(?P<number>(?P<prefix>[A-Z]{1,3})-?(?P<first>\d{1,4})(?:-(?P<second>\d{2,4}))?"
    r"|(?P<year>(?:19|20)\d{2})-(?P<sequence>\d{1,5})"
    r"|(?P<item>\d{1,2})-(?P<part>[A-Z]))"
    r"(?![-/.]?\d)[.:]?(?:\s+[-–—]\s+|\s+)(?P<title>[A-Z“\"‘'].*)$"
)
# Prefixes of codes that are no item's serial: school grades ("K-12 English …", "TK-8"), state bills ("AB-1078",
# "SB-85", "HF-12") and highways ("I-80", "US-50", "SR-99").
_NOT_SERIAL_PREFIX = frozenset({"K", "TK", "PK", "AB", "SB", "HB", "HF", "SF", "ACA", "SCA", "HR", "SR", "I", "US"})
MAX_SERIAL_STEP = 5
"""Serials without a year run almost one by one ("CA-1", "CA-2", "CA-4"); wider steps are cited codes."""
_COLUMN_GAP = re.compile(r"\S(?: {3,}|\t)\S|\.{4,}|…{2,}")
# The name of a zoning district, as a code and its name list them ("R-1 Single Family Residential", "M-1 Light
# Industrial", "C-2 General Commercial District"): short, and ending with the kind of use or "District"/"Zone".
_ZONE_NAME = re.compile(
    r"^(?:[\w-]+\s+){0,4}(?:residential|commercial|industrial|agricultural|mixed[- ]use|business|office|manufacturing)"
    r"(?:\s+(?:district|zone|overlay))?\s*$|^(?:[\w-]+\s+){0,4}(?:district|zone|overlay)\s*$",
    re.IGNORECASE,
)
MIN_SERIAL_TITLE_WORDS = 2
"""A serial item's title has at least this many words ("CA-3 Approve minutes"); "R-1 District" alone is a zone."""


# The subject of an item given as prose: "Circulated, copy of a notice … concerning disposal of land at …".
_SUBJECT = re.compile(r"\b(?:concerning|regarding|in\s+respect\s+of|in\s+relation\s+to|re:)\s+(?P<subject>.+)$", re.IGNORECASE)


_CIRCULATED = re.compile(
    r"^(?:Circulated|Submitted|Considered|Received|Tabled),?\s+(?:a\s+|the\s+)?copy\s+of\s+(?:the\s+)?(?P<subject>.+)$",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Label:
    """An item number standing alone on its line."""

    number: str
    """As printed, without the "." / ":" / brackets around it ("4", "XII", "C", "a", "7-A")."""
    style: str
    """"digit", "item", "roman", "letter", "paren", "lower", "upper" ("A)"), "hyphen", "dated" ("05.25.17"), or for
    a sub-item numbered in lower-case roman, "lower_roman" ("ii.", "ii)") or "paren_roman" ("(ii)")."""

    restarted: bool = False
    """A capital letter counted only as one of letters starting again under each numbered item (see
    `restarted_letter_labels`): a part of the item above it, or nothing."""

    @property
    def is_sub_item(self) -> bool:
        return self.style in ("paren", "lower", "upper", "lower_roman", "paren_roman")


def read_label(text: str) -> Label | None:
    """The item number when `text` is only a label ("4.", "XII.", "C.", "(a)", "Item 7:", "7-A"), else None."""
    match = _LABEL_LINE.match(text.strip())
    if match is None:
        return None
    style = next(name for name, value in match.groupdict().items() if value is not None)
    number = match.group(style)
    if style == "roman" and roman_value(number) is None:
        return None
    return Label(number=number, style=style)


def read_inline_label(text: str) -> tuple[Label, str] | None:
    """(label, title) for a numeral or capital letter and its title on one line ("XIV. Executive Session", "B. Updates").

    Such a line counts only inside a run of numerals or letters, as `accepted_labels` decides.
    """
    text = text.strip()
    match = _INLINE_ROMAN.match(text)
    if match is not None and roman_value(match.group("number")) is not None:
        return Label(number=match.group("number"), style="roman"), match.group("title")
    match = _INLINE_LETTER.match(text)
    if match is None:
        run_in = _INLINE_LETTER_RUN_IN.match(text)
        stopped = _INLINE_LETTER_STOPPED.match(text)
        if run_in is None and stopped is not None and STOPPED_PART_TITLE.match(stopped.group("title")):
            run_in = stopped  # "B. Approval of the agenda."
        match = run_in if run_in is not None and len(run_in.group("title").split()) <= MAX_RUN_IN_LETTER_WORDS else None
    if match is not None:
        return Label(number=match.group("number"), style="letter"), match.group("title").strip().removesuffix(".")
    return None


_SECTION_SUB = re.compile(r"^(?:(?P<digit>\d{1,2})|(?P<letter>[A-Z]))[.)](?:\s+(?P<title>\S.*))?$")


def read_section_sub_label(text: str) -> tuple[str, int, str | None] | None:
    """(style, value, title or None) for a sub-item under a roman section: "1. Approval of Minutes", "B.", "C) Fees".

    The style is "digit" or "letter"; the value counts from 1 ("C" → 3); the
    title is None when the label stands alone and its title is on the next line.
    """
    match = _SECTION_SUB.match(text.strip())
    if match is None:
        return None
    if match.group("digit") is not None:
        return "digit", int(match.group("digit")), match.group("title")
    return "letter", ord(match.group("letter")) - ord("A") + 1, match.group("title")


def section_sub_number(section: str, style: str, value: int) -> str:
    """A sub-item's number under a roman section whose sub-items restart: "II.1", "III.B"."""
    return f"{section}.{value if style == 'digit' else chr(ord('A') + value - 1)}"


def roman_value(text: str) -> int | None:
    """The value of an upper-case roman numeral ("XIV" → 14), or None when `text` is not one."""
    if not text or not _ROMAN_FORM.match(text):
        return None
    total = 0
    for position, char in enumerate(text):
        value = _ROMAN_VALUES[char]
        following = _ROMAN_VALUES[text[position + 1]] if position + 1 < len(text) else 0
        total += -value if value < following else value
    return total


def accepted_labels(labels: list[Label]) -> set[int]:
    """Positions in `labels` (a document's label lines in order) that number items.

    Roman numerals count when they run I, II, III … (a numeral may skip one);
    capital letters when they run A, B, C … across the document and the
    document has other item labels (or, alone, when at least three run); bare "4." labels when there are several;
    "Item 7:", "7-A" and lettered sub-items always.
    """
    accepted: set[int] = set()
    romans = [(i, roman_value(label.number) or 0) for i, label in enumerate(labels) if label.style == "roman"]
    run = _longest_run(romans, step_limit=2)
    if len(run) >= MIN_ROMAN_RUN:
        accepted.update(run)
    digits = [i for i, label in enumerate(labels) if label.style == "digit"]
    # Where numerals number the items, bare "1." "2." lines are a list inside one of them.
    if len(digits) >= MIN_DIGIT_LABELS and len(run) < MIN_ROMAN_RUN:
        accepted.update(digits)
    letters = [(i, ord(label.number) - ord("A") + 1) for i, label in enumerate(labels) if label.style == "letter"]
    letter_run = _longest_run(letters, step_limit=2)  # a letter may be skipped (A, B, D, E), as numerals may
    numbered_otherwise = bool(accepted) or any(label.style == "item" for label in labels)
    if len(letter_run) >= (MIN_LETTER_RUN if numbered_otherwise else MIN_LETTERS_ALONE):
        accepted.update(letter_run)
    accepted.update(i for i, label in enumerate(labels) if label.style in ("item", "hyphen", "paren", "lower", "upper"))
    accepted.update(_dated_run(labels))
    return accepted


def _dated_run(labels: list[Label]) -> list[int]:
    """Positions of dated minute numbers alone ("05.25.17", "05.25.18") that share their month and year and rise.

    A date alone on a line ("10.09.24") has the same shape, but stands once.
    """
    dated = [(i, label.number.rpartition(".")) for i, label in enumerate(labels) if label.style == "dated"]
    run: list[int] = []
    for k, (position, (prefix, _, value)) in enumerate(dated):
        before = dated[k - 1][1] if k else None
        after = dated[k + 1][1] if k + 1 < len(dated) else None
        if any(other is not None and other[0] == prefix and other[2] != value for other in (before, after)):
            run.append(position)
    return run if len(run) >= MIN_DIGIT_LABELS else []


def restarted_letter_labels(labels: list[Label], accepted: set[int]) -> set[int]:
    """Positions in `labels` of capital letters that count only as letters starting again under each numbered item
    (`_restarted_letters`), beyond those `accepted` (from `accepted_labels`)."""
    letters = [(i, ord(label.number) - ord("A") + 1) for i, label in enumerate(labels) if label.style == "letter"]
    if not any(i in accepted for i, _ in letters):
        return set()  # the letters number nothing here (too few, or a list)
    return set(_restarted_letters(letters)) - accepted


MIN_LETTER_RESTARTS = 2
"""Runs from "A." that letters must make before each run counts on its own (see `_restarted_letters`)."""


def _restarted_letters(letters: list[tuple[int, int]]) -> list[int]:
    """Positions of capital letters that start again at A under each numbered item and go on in order.

    Board software prints its outline so: "1. Opening Items" / "A. Pledge of Allegiance", then "10. Consent Agenda" /
    "A. Certified Staff" / "B. Classified Staff". The document's longest run takes the first "A." and the later "B.",
    "C.", losing the second "A." and reading "B." as no part of item 10. Where at least `MIN_LETTER_RESTARTS` runs open
    at "A." and go on by one letter at a time, each run counts; a letter that neither goes on from the one before it
    nor starts again at "A." ("A.", "C.") is left to the document's run, and the run it broke ends there.
    """
    runs: list[list[int]] = []
    previous = 0
    for position, value in letters:
        if value == 1:
            runs.append([position])
        elif runs and previous and value == previous + 1:
            runs[-1].append(position)
        else:
            previous = 0  # "A.", "C.": the run ends; the letters after it count only from a new "A."
            continue
        previous = value
    if len(runs) < MIN_LETTER_RESTARTS or not any(len(run) >= MIN_LETTER_RUN for run in runs):
        return []
    return [position for run in runs for position in run]


def _longest_run(values: list[tuple[int, int]], *, step_limit: int) -> list[int]:
    """Positions of the run that starts at 1 and rises by 1 (or up to `step_limit`) through `values`."""
    run: list[int] = []
    current = 0
    for position, value in values:
        if current < value <= current + step_limit and (run or value == 1):
            run.append(position)
            current = value
    return run


def is_date_line(text: str) -> bool:
    """True for a line that is only a date ("10 June 2031", "Monday, 4 May 2031", "May 4, 2031", "June 2031", "1/25/31")."""
    return bool(_DATE_LINE.match(text.strip()))


# An agenda reference printed in brackets after an unnumbered item's title: "Sewer Rates (D-2)", "Roll Call (A)",
# "Budget Hearing (C-2/C-3)".
_TRAILING_CODE = re.compile(
    r"^(?P<title>.*?\S)\s+\((?P<code>[A-Z]{1,2}(?:-\d{1,2}[a-z]?)?(?:\s*/\s*[A-Z]{1,2}(?:-\d{1,2}[a-z]?)?)*)\)$"
)


_MONTH_END = re.compile(rf"(?:^|[^\d\s])\s+(?P<month>{MONTHS})$", re.IGNORECASE)
# A month's word that is a person's name: after a title or "by" ("seconded by Cllr May", "proposed by June").
_NAMED_BEFORE = frozenset({"cllr", "councillor", "mr", "mrs", "ms", "miss", "dr", "by"})


def wraps_a_date(before: str, label: Label) -> bool:
    """True for a day's number alone under a line ending with its month ("… was scheduled for February", "… FOR
    FEBRUARY" over "24."): a date broken over two lines, no item's label. A line ending with a day and its month ("held
    on 4 March") is none, nor one ending with a person ("seconded by Cllr May") or the verb "may"."""
    if label.style != "digit" or int(label.number) > 31:
        return False
    before = before.strip()
    found = _MONTH_END.search(before)
    if found is None or found.group("month")[0].islower():
        return False
    words = before[: found.start("month")].split()
    return not (words and words[-1].rstrip(".").lower() in _NAMED_BEFORE)


def split_trailing_code(text: str) -> tuple[str, str | None]:
    """(title, agenda reference) of a title printed with its reference in brackets after it ("Sewer Rates (D-2)" gives
    ("Sewer Rates", "D-2")); (text, None) for any other text."""
    found = _TRAILING_CODE.match(text.strip())
    return (found.group("title"), found.group("code")) if found is not None else (text, None)


def opens_with_date(text: str) -> bool:
    """True for a line that opens with a day and month ("Monday 1 April 2031 at 7.30pm.", "May 5, 2031 at 7 pm")."""
    return bool(_DATE_OPENING.match(text.strip()))


def is_lookalike(title: str) -> bool:
    """True when the text after a leading number makes it a date, time, tally or sum, not an item title.

    "10 June 2031" (title "June 2031"), "7.30 pm", "6-0", "1,466,316".
    """
    title = title.strip()
    return bool(_DATE_TITLE.match(title) or _TIME_TITLE.match(title) or _TALLY_OR_MONEY.match(title))


def read_id_heading(text: str) -> tuple[str, str] | None:
    """(file id, rest of the line) of a paragraph opened by a legislative file id, "(16-391) Name, …"; else None.

    `cut_id_title` cuts the paragraph's text down to its title.
    """
    match = _ID_HEADING.match(text.strip())
    if match is None:
        return None
    first, second = match.group("number").rstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZ").split("-")
    if len(first) == len(second) == 4 and int(second) == int(first) + 1:
        return None  # "(2030-2031) Budget …": a span of years
    return match.group("number"), match.group("title")


def read_serial_heading(text: str) -> tuple[str, str, str, int] | None:
    """(serial, title, series, place in the series) of a line opened by an item's serial, else None.

    "R031-24 Resolution authorizing …" → ("R031-24", "Resolution authorizing …", "R-24", 31); "CA-3 Approve …" →
    ("CA-3", "Approve …", "CA-", 3); "2024-118 Award of bid …" → ("2024-118", "Award of bid …", "2024", 118);
    "7-B Consider …" → ("7-B", "Consider …", "7-", 2). A line is an item only among others of its series in rising
    order (see `serial_runs`). `text` keeps its spaces: a table's row, its cells set apart by runs of spaces, is no
    heading.
    """
    match = _SERIAL_HEADING.match(text.strip())
    if match is None or _COLUMN_GAP.search(match.group("title")):
        return None  # "MW-4   Monitoring   38.58": a table's row, its columns set apart by runs of spaces or leaders
    title = " ".join(match.group("title").split())
    if len(title.split()) < MIN_SERIAL_TITLE_WORDS or is_lookalike(title):
        return None
    if match.group("item"):
        return match.group("number"), title, f"{match.group('item')}-", ord(match.group("part")) - ord("A") + 1  # "7-B"
    if match.group("year"):
        year, sequence = match.group("year"), match.group("sequence")
        if len(sequence) in (2, 4) and int(sequence) % 100 == (int(year) + 1) % 100:
            return None  # "2030-31 Budget", "2030-2031 Audit": a span of years
        return match.group("number"), title, year, int(sequence)
    prefix, first, second = match.group("prefix"), match.group("first"), match.group("second")
    if prefix in _NOT_SERIAL_PREFIX:
        return None
    if second is None:
        if not re.fullmatch(r"[A-Z]{1,3}-\d{1,3}", match.group("number")):
            return None  # "R2031 …", "B12 …": a serial needs its hyphen
        if _ZONE_NAME.match(title):
            return None  # "R-1 Single Family Residential", "C-2 General Commercial District": a zoning code's district
        return match.group("number"), title, f"{prefix}-", int(first)
    if len(first) == 4 and first[:2] in ("19", "20") and len(second) != 4:
        return match.group("number"), title, f"{prefix}-{first}", int(second)  # "R-2031-15": year, then sequence
    return match.group("number"), title, f"{prefix}-{second}", int(first)  # "R031-24", "O-12-2031": sequence, then year


def serial_runs(found: dict[int, tuple[str, str, str, int]]) -> set[int]:
    """The positions of serial lines that number items: runs of at least two of one series, their places rising.

    A serial alone, or one whose next falls back or leaps ahead, is a code cited on its line, not an item.
    """
    series: dict[str, list[int]] = {}
    for position in sorted(found):
        series.setdefault(found[position][2], []).append(position)
    taken: set[int] = set()
    for name, positions in series.items():
        step_limit = MAX_SERIAL_STEP if name.endswith("-") else None  # "CA-": a serial without a year
        run = positions[:1]
        for earlier, later in zip(positions, positions[1:]):
            step = found[later][3] - found[earlier][3]
            if step > 0 and (step_limit is None or step <= step_limit):
                run.append(later)
                continue
            if len(run) >= 2:
                taken.update(run)
            run = [later]  # the series starts again: the agenda's list, then the minutes' items
        if len(run) >= 2:
            taken.update(run)
    return taken


def cut_id_title(text: str) -> str:
    """The title part of an id paragraph's text: up to the first "; ", the closing quote of a quoted title, or a sentence end."""
    quoted = re.match(r"^(.*?[“\"].+?[”\"])", text)
    if quoted and len(quoted.group(1).split()) <= MAX_ID_TITLE_WORDS:
        return quoted.group(1).strip()
    cut = re.split(r";\s|\.\s+(?=[A-Z])|\.$", text, maxsplit=1)[0]
    words = cut.split()
    return " ".join(words[:MAX_ID_TITLE_WORDS]).strip(" ,")


def read_resolution_heading(text: str) -> str | None:
    """The resolution number of a heading naming mover and seconder ("R2031-12 K. Lane, P. Osei:"), else None."""
    match = _RESOLUTION_HEADING.match(text.strip())
    return match.group("number") if match else None


def read_resolution_line(text: str) -> tuple[str, str] | None:
    """(resolution number, motion) of a line that runs the heading into its motion ("R2031-12 K. Lane, P. Osei: That …")."""
    match = _RESOLUTION_LINE.match(text.strip())
    return (match.group("number"), match.group("rest").strip()) if match else None


def subject_of(text: str) -> str | None:
    """The subject of a prose item introduction, or None.

    "… concerning disposal of land at X." → "Disposal of land at X";
    "Circulated, copy of draft Minutes of the May meeting." → "Draft Minutes of the May meeting".
    """
    match = _SUBJECT.search(text) or _CIRCULATED.search(text)
    if match is None:
        return None
    subject = re.split(r"\.\s|\.$", match.group("subject").strip(), maxsplit=1)[0].strip(" ,;:")
    return subject[:1].upper() + subject[1:] if subject else None


def sub_item_number(parent: str, label: Label) -> str:
    """A sub-item's number under its parent: "4 (a)" for a bracketed letter or numeral, "2a" for "a)" or "a.",
    "2ii" for "ii." or "ii)" (as a later meeting names the point it follows up: "12iv)")."""
    if label.style in ("paren", "paren_roman"):
        return f"{parent} ({label.number})"
    return f"{parent}{label.number}"


def lower_roman(value: int) -> str:
    """A number as a lower-case roman numeral (1 → "i", 14 → "xiv"), up to 39."""
    tens, units = divmod(value, 10)
    ones = ("", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix")
    return "x" * tens + ones[units]


def next_sub_mark(label: Label) -> str:
    """The mark the sub-item after `label` would carry: "b" after "a", "iii" after "ii"."""
    if label.style in ("lower_roman", "paren_roman"):
        return lower_roman((roman_value(label.number.upper()) or 0) + 1)
    return chr(ord(label.number.lower()) + 1)


def is_loose_title(text: str) -> bool:
    """True for a line under a label that reads as a title: capitalised, short, not a label itself.

    Unlike a numbered line's own title it may end with "." ("Matters Arising.").
    """
    words = text.split()
    return (
        0 < len(words) <= MAX_LABEL_TITLE_WORDS
        and (text[:1].isupper() or text[:1].isdigit() or text[:1] in "“\"'‘")
        and not text.endswith((",", ";"))
        and read_label(text) is None
    )
