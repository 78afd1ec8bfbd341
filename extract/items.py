"""Agenda items and the sections of text that belong to them.

Minutes mark their items in a few house styles: numbered headings ("12.
APOLOGIES", "3.1 Usage Figures"), unnumbered headings that name
a presenter ("Cycle Lanes Briefing - PC Jane Doe"), and ModernGov
web pages where every item is one row of a "No. | Item" table. Everything after
the minutes end (appended slides and reports) is left out, so nothing from an
appendix becomes an item, a resolution or an action.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import lru_cache

from ..ingest.document import Line, ParsedDocument
from .records import AgendaItem, Evidence
from .sections import match_label, opening_label

MAX_TITLE_WORDS = 20
"""Longer numbered lines are paragraphs of a numbered list, not item headings."""
MAX_PLAIN_TITLE_WORDS = 14
"""A numbered line with no heading or bold mark must be short to count as a title."""
TITLE_CASE_SHARE = 0.75
"""Share of longer words a plain numbered line must capitalise to pass as a long title."""
TITLE_WORD_LETTERS = 4
"""Words shorter than this ("of", "the", "and") are left lower case in titles, so they are not counted."""
MAX_ROW_TITLE_WORDS = 45
"""Text before a ModernGov row's first marker longer than this is not a title."""
MAX_PRESENTER_WORDS = 5
MIN_MINUTES_LABELS = 2
"""Rows labelled "Minutes:" at least this often make a page an item table without its header."""
MAX_PARAGRAPH_CHARS = 100_000
"""Paragraphs are cut at this length so spaCy never meets a text over its limit."""
SHORT_LINE_SHARE = 0.7
"""A wrapped line shorter than this share of the section's longest line ends its paragraph."""

_MARKUP = re.compile(r"\*\*|__|</?[a-zA-Z][^>]*>")
_NUMBERED = re.compile(
    r"^(?:(?:Agenda\s+)?Item\s+|Minute\s+(?:No\.?\s*)?)?"
    r"(?P<number>\d{1,3}(?:\.\d{1,2}|/\d{2,4})?|[A-Z]{1,6}/\d{1,4}/\d{1,4}"
    # A committee's capital-letter prefix before a minute number and year: "LIC 12/20", "EX12/19".
    r"|(?-i:[A-Z]{1,6})\s?\d{1,4}/\d{2,4}|(?-i:[A-Z]{2,6})/\d{1,4})(?:\.(?!\d)|\s*[:)]|\s+[-–—])?\s+(?P<title>\S.*)$",
    re.IGNORECASE,
)
_ITEM_LABEL_ALONE = re.compile(r"^(?:Agenda\s+)?Item\s+(?:No\.?\s*)?(?P<number>\d{1,3}[a-z]?)\s*[.:]?$", re.IGNORECASE)
# After an item excluding the press and public, the items that follow are taken in private.
_EXCLUSION = re.compile(r"\bexclusion\s+of\s+(?:the\s+)?(?:press|public)", re.IGNORECASE)
_AGENDA_REF = re.compile(
    r"\s*\(\s*(?:Item\s+[A-Z]?\d+[a-z]?|Pages?\s+\d+(?:\s*[-–]\s*\d+)?)\s*\)\s*$", re.IGNORECASE
)
_AGENDA_REF_LINE = re.compile(r"^\(\s*Item\s+[A-Z]?\d+[a-z]?\s*\)$", re.IGNORECASE)
_PRIVATE = re.compile(
    r"^(?:PRIVATE\s+SESSION|EXEMPT\s+ITEMS?|CONFIDENTIAL\s+ITEMS?|RESTRICTED\s+ITEMS?"
    r"|PART\s+(?:2|II|B)\b|ITEMS?\s+(?:TAKEN\s+)?IN\s+PRIVATE)",
    re.IGNORECASE,
)
_PUBLIC = re.compile(r"^(?:UNRESTRICTED\s+ITEMS?|OPEN\s+ITEMS?|PART\s+(?:1|I|A)\b|PUBLIC\s+ITEMS?)", re.IGNORECASE)
_APPENDIX = re.compile(
    r"^(?:Minute\s+Item\s+\d+|Appendix\b|Annexe?\b|Attachment\s+\d|Presentation\s+slides\b)",
    re.IGNORECASE,
)
MEETING_END_VERBS = "concluded|closed|ended|finished|terminated"
"""How minutes say the meeting ended ("The meeting closed at 8.10 pm"), as regex alternatives;
the end of the minutes here, the end time in `meeting`."""
_MINUTES_END = re.compile(
    rf"^(?:(?:The\s+)?meeting\s+(?:{MEETING_END_VERBS})|(?:The\s+)?meeting\s+was\s+closed)\b",
    re.IGNORECASE,
)
# Document titles are headings, never items; so are the attendance labels (see `_is_label_heading`).
_DOCUMENT_TITLE = re.compile(
    r"^(?:(?:minutes|notes)\s+of\s+(?:the\s+|a\s+)?meeting\s+(?:of|held)\b|agenda\s*$)",
    re.IGNORECASE,
)
# A heading or line that stops on a joining word carries on over the line break.
_TITLE_CUT = re.compile(r"(?:\b(?:and|of|the|for|to|in|on|with|a|an)|[&,\-–—:])$", re.IGNORECASE)
# Words of a sentence, not a title, in a plain numbered line ("4.2 Members noted the report").
_SENTENCE_VERB = re.compile(
    r"\b(?:was|were|is|are|had|has|have|will|would|noted|agreed|reported|said|asked|confirmed|resolved"
    r"|explained|introduced|welcomed|thanked|advised|informed|stated|received|discussed)\b"
)
_BANNER_WORDS = re.compile(r"\b(?:COUNCIL|PARTNERSHIP|COMMITTEE|BOARD|CABINET|AUTHORITY|GROUP|PANEL|FORUM)\b")
# A presenter after a dash: an optional rank, then two to four capitalised names.
_PRESENTER = re.compile(
    r"\s[-–—]\s*(?P<presenter>(?:(?:[A-Z][a-z]{0,5}\.?|[A-Z]{2,4})\s+){0,2}[A-Z][a-zA-Z'’-]+(?:\s+[A-Z][a-zA-Z'’-]+){1,3})\s*$"
)
_ROW_MARKER = re.compile(r"\s(?:PDF\s+[\d.]+\s*[KMG]B\b|Additional\s+documents\s*:|Minutes\s*:)", re.IGNORECASE)
# Column headings of minutes kept as a grid ("Item | Discussion | Action").
_GRID_HEADERS = {
    "number": re.compile(r"^(?:no|number|ref|item\s+no|#)$"),
    "item": re.compile(r"^(?:agenda\s+)?(?:item|items|subject|topic|agenda)$"),
    "notes": re.compile(r"^(?:discussion|notes|minutes?|summary|key\s+points|comments?|discussion\s*(?:/|and|&)\s*\w+)$"),
    "action": re.compile(r"^(?:actions?(?:\s+(?:agreed|by|required))?|owner|lead|by\s+whom|who|responsible)$"),
}
_MINUTES_LABEL = re.compile(r"^Minutes\s*:?$", re.IGNORECASE)
_ADDITIONAL_LABEL = re.compile(r"^Additional\s+documents\s*:?$", re.IGNORECASE)
_DOCUMENT_LINK = re.compile(r"\bPDF\s+[\d.]+\s*[KMG]B\b", re.IGNORECASE)
_ROW_CONTENT = re.compile(r"\bMinutes\s*:\s*", re.IGNORECASE)
_ROW_END = re.compile(r"\s*\|\s*$")
_SENTENCE_OPENER = re.compile(r"(?<=[a-z0-9)])\s+(?=(?:The|This|A|An|It|There|These)\s)")
_LIST_MARKER = re.compile(
    r"^(?:[-•·*]\s+)?(?:\(?\d{1,2}\)|\(?[a-z]\)|\(?[ivx]{1,4}\)|\d{1,2}\.(?!\d)|[a-z]\.)\s+"
)
# An owner marker on a line of its own: initials ("KW", "DC/L") or "Action - Jane Smith".
_MARKER_LINE = re.compile(
    r"^(?:[A-Z]{2,3}(?:\s*(?:/|,|&|\band\b)\s*[A-Z]{1,3})*\.?|Actions?\b\s*(?:by\b)?\s*[-–—:]?\s*[A-Z][^.]{0,60})$"
)
_BULLET = re.compile(r"^[-•·*]\s+")
_PARAGRAPH_OPENER = re.compile(
    r"^(?:RESOLVED\b|Action\b\s*[-–:]?|POST\s+MEETING\s+NOTE"
    # A decision label ("Decision:", "AGREED -", "Outcome:") starts a paragraph even straight after a long line.
    r"|(?:decisions?|decided|agreed|outcome|recommended)\s*[:–—-])",
    re.IGNORECASE,
)


@dataclass(slots=True)
class Section:
    """The lines that belong to one agenda item (`item` None for text outside any item)."""

    item: AgendaItem | None
    lines: list[Line]
    _paragraphs: list[list[Line]] | None = field(default=None, repr=False, compare=False)
    """`paragraphs()` as first worked out: decisions and actions both read them."""

    @property
    def text(self) -> str:
        """The section's lines joined with newlines."""
        return "\n".join(line.text for line in self.lines)

    @property
    def key(self) -> str | None:
        """How records in this section refer to its item."""
        return self.item.key if self.item else None

    def paragraphs(self) -> list[list[Line]]:
        """Return the lines grouped into paragraphs.

        Blank lines, headings, list markers, decision openers and marker lines
        ("KW", "Action - Jane Smith") split them; so does a short line followed
        by a capitalised one, since a PDF gives wrapped lines and no blank lines.
        """
        if self._paragraphs is None:
            self._paragraphs = self._group_paragraphs()
        return [list(lines) for lines in self._paragraphs]

    def _group_paragraphs(self) -> list[list[Line]]:
        groups: list[list[Line]] = []
        current: list[Line] = []
        current_size = 0
        longest = max((len(line.text.strip()) for line in self.lines if not line.is_heading), default=0)
        for line in self.lines:
            text = line.text.strip()
            if not text:
                if current:
                    groups.append(current)
                current, current_size = [], 0
                continue
            previous = current[-1].text.strip() if current else ""
            starts_new = (
                line.is_heading
                or line.bold
                or bool(_LIST_MARKER.match(text))
                or bool(_BULLET.match(text))
                or bool(_PARAGRAPH_OPENER.match(text))
                or bool(_MARKER_LINE.match(text))
                or (bool(current) and (current[-1].is_heading or bool(_MARKER_LINE.match(previous))))
                or (
                    bool(previous)
                    and len(previous) < SHORT_LINE_SHARE * longest
                    and (text[:1].isupper() or text[:1].isdigit() or text[:1] == "(")
                )
            )
            if current_size > MAX_PARAGRAPH_CHARS:
                starts_new = True
            if starts_new and current:
                groups.append(current)
                current, current_size = [], 0
            current.append(line)
            current_size += len(text)
        if current:
            groups.append(current)
        return groups


CLEAN_TEXT_CACHE_SIZE = 16_384
"""Cleaned lines kept: the item, resolution and action readers clean the same lines again and again."""
_SPACES = re.compile(r"\s+")


@lru_cache(maxsize=CLEAN_TEXT_CACHE_SIZE)
def clean_text(text: str) -> str:
    """Return `text` without markdown/HTML emphasis and surplus spaces."""
    return _SPACES.sub(" ", _MARKUP.sub("", text)).strip()


def paragraph_text(lines: list[Line]) -> str:
    """Return the lines of a paragraph joined into one string, hyphen-wrapped words rejoined."""
    text = ""
    for line in lines:
        part = clean_text(line.text)
        if text.endswith("-") and part[:1].islower():
            text = text[:-1] + part
        else:
            text = f"{text} {part}" if text else part
    return text[:MAX_PARAGRAPH_CHARS]


@lru_cache(maxsize=CLEAN_TEXT_CACHE_SIZE)  # decisions and actions strip the same paragraphs and lines
def strip_list_marker(text: str) -> str:
    """Return `text` without a leading bullet or "(a)"/"1." list marker."""
    text = _BULLET.sub("", text.strip())
    return _LIST_MARKER.sub("", text, count=1)


def extract_items(document: ParsedDocument) -> list[AgendaItem]:
    """Return the agenda items of a set of minutes in document order."""
    return [item for item, _ in _read_items(document).found]


def read_items_and_sections(document: ParsedDocument) -> tuple[list[AgendaItem], list[Section]]:
    """Return the agenda items of a set of minutes and one `Section` per item, reading the document once.

    The pipeline calls this and hands both on; `extract_items` and
    `split_sections` give the same answers one at a time.
    """
    read = _read_items(document)
    return [item for item, _ in read.found], _build_sections(document, read)


def split_sections(document: ParsedDocument, items: list[AgendaItem]) -> list[Section]:
    """Return one `Section` per item holding the lines from its heading to the next item.

    Lines before the first item and after the minutes end belong to no section.
    """
    read = _read_items(document)
    if [item for item, _ in read.found] != list(items):
        read = _ReadItems(found=[(item, None) for item in items], end=read.end)
    return _build_sections(document, read)


def _build_sections(document: ParsedDocument, read: _ReadItems) -> list[Section]:
    found = read.found
    lines = document.lines
    end = read.end
    index_of = {line.number: i for i, line in enumerate(lines)}
    starts: list[tuple[AgendaItem, int, list[Line] | None]] = []
    for item, first_line in found:
        if item.evidence is None or item.evidence.line_end not in index_of:
            continue
        if first_line is not None:
            starts.append((item, index_of[item.evidence.line_end] + 1, first_line))
        else:
            starts.append((item, index_of[item.evidence.line_end] + 1, None))
    sections: list[Section] = []
    for position, (item, start, first_line) in enumerate(starts):
        stop = end
        if position + 1 < len(starts):
            following = starts[position + 1][0].evidence
            stop = index_of[following.line_start] if following is not None else end
        body = [_strip_row_end(line) for line in lines[start:stop]]
        if first_line is not None:
            # Inside a table row, the row's own continuation lines are prose, not cells.
            body = first_line + [replace(line, cells=None, table=None) for line in body]
        body = [line for line in body if not _AGENDA_REF_LINE.match(clean_text(line.text))]
        sections.append(Section(item=item, lines=body))
    trailing = [line for line in lines[end:] if line.cells is not None]
    if sections and trailing:
        # Tables after the minutes' close (an action log) still belong to the minutes.
        sections.append(Section(item=None, lines=trailing))
    return sections


@dataclass(slots=True)
class _ReadItems:
    """The items found in one document (with, for table rows, the row's own lines) and where its minutes end."""

    found: list[tuple[AgendaItem, list[Line] | None]]
    end: int


def _read_items(document: ParsedDocument) -> _ReadItems:
    lines = document.lines
    end = _minutes_end(lines)
    return _ReadItems(found=_find_items(lines, end), end=end)


def _find_items(lines: list[Line], end: int) -> list[tuple[AgendaItem, list[Line] | None]]:
    """Items with, for table rows, the row's own minutes text as lines; `end` is where the minutes end."""
    rows = _find_grid_items(lines[:end]) or _find_table_items(lines[:end])
    if rows:
        return rows
    numbered_total = sum(1 for i, line in enumerate(lines[:end]) if _numbered_heading(lines, i, None) is not None)
    found: list[tuple[AgendaItem, list[Line] | None]] = []
    private = False
    last_major: int | None = None
    past_title = False
    index = 0
    while index < end:
        line = lines[index]
        text = clean_text(line.text)
        index += 1
        if not text:
            continue
        if _PRIVATE.match(text) and _is_standalone(line, text):
            private = True
            continue
        if _PUBLIC.match(text) and _is_standalone(line, text):
            continue
        numbered = _numbered_heading(lines, index - 1, last_major)
        label_only = _ITEM_LABEL_ALONE.match(text)
        following = _next_text_line(lines, index) if label_only else None
        if numbered is None and label_only and following is not None and _is_title_line(clean_text(following.text)):
            # "Agenda Item 5" on a line of its own, the title on the next.
            found.append((_make_item(label_only.group("number"), clean_text(following.text), private, line, following), None))
            last_major = _major(label_only.group("number"))
            index = lines.index(following, index) + 1
            continue
        if numbered is not None:
            number, title = numbered
            last_line = line
            following = _next_text_line(lines, index)
            if following is not None and _continues_title(title, line, following):
                # A long title wrapped onto a second heading line.
                title = f"{title} {_AGENDA_REF.sub('', clean_text(following.text)).strip()}"
                last_line = following
                index = lines.index(following, index) + 1
            if not _AGENDA_REF.search(text) and last_line is line:
                # An agenda reference printed on the line after the heading.
                following = _next_text_line(lines, index)
                if following is not None and _AGENDA_REF_LINE.match(clean_text(following.text)):
                    last_line = following
            found.append((_make_item(number, title, private, line, last_line), None))
            last_major = _major(number)
            if _EXCLUSION.search(title):
                private = True
            continue
        if (line.is_heading or line.bold) and _is_unnumbered_item(
            text, has_numbers=numbered_total > 0, found=found, past_title=past_title
        ):
            found.append((_make_item(None, _AGENDA_REF.sub("", text).strip(), private, line, line), None))
        elif not (line.is_heading or line.bold):
            past_title = True
    return found


def _is_title_line(text: str) -> bool:
    """True for a short line that reads as a title, not a sentence."""
    words = text.split()
    return (
        0 < len(words) <= MAX_TITLE_WORDS
        and text[:1].isupper()
        and not text.endswith((".", ";", ","))
        and not _SENTENCE_VERB.search(text)
        and not _NUMBERED.match(text)
    )


def _continues_title(title: str, line: Line, following: Line) -> bool:
    """True when `following` carries on a heading cut at a connecting word ("… and", "… of the")."""
    if not (line.is_heading or line.bold) or not (following.is_heading or following.bold):
        return False
    text = clean_text(following.text)
    if _NUMBERED.match(text) or _AGENDA_REF_LINE.match(text) or len(text.split()) > MAX_TITLE_WORDS // 2:
        return False
    return bool(_TITLE_CUT.search(title)) or text[:1].islower()


def _major(number: str) -> int:
    """The number that orders items: "12" of "12.3", "14" of a reference such as "ABC/18/14"."""
    parts = re.split(r"[./]", number)
    if parts[0].isdigit():
        return int(parts[0])
    leading = re.findall(r"\d+", parts[0])
    if len(parts) == 2 and leading:
        # "LIC 12/20": the minute number comes before the year.
        return int(leading[-1])
    return int(parts[-1])


def _make_item(number: str | None, title: str, private: bool, first: Line, last: Line) -> AgendaItem:
    evidence = Evidence(page=first.page, line_start=first.number, line_end=last.number)
    return AgendaItem(number=number, title=title, private=private, evidence=evidence)


def _numbered_heading(lines: list[Line], position: int, last_major: int | None) -> tuple[str, str] | None:
    """(number, title) when `lines[position]` is a numbered item heading."""
    line = lines[position]
    if line.cells is not None:
        return None
    text = clean_text(line.text)
    match = _NUMBERED.match(text)
    if not match:
        return None
    number = match.group("number")
    title = _AGENDA_REF.sub("", match.group("title")).strip().rstrip(":").strip()
    words = title.split()
    if not words or not re.search(r"[A-Za-z]", title) or len(words) > MAX_TITLE_WORDS:
        return None
    if not title[0].isupper() and not title[0].isdigit():
        return None
    if line.is_heading or line.bold or _is_bold_text(line.text):
        return number, title
    # A plain line: short, not a sentence, and not going back in the numbering.
    if len(words) > MAX_PLAIN_TITLE_WORDS or title.endswith((".", ";", ",")):
        return None
    if last_major is not None and _major(number) < last_major:
        return None
    letters = [c for c in title if c.isalpha()]
    if letters and all(c.isupper() for c in letters):
        return number, title
    following = _next_text_line(lines, position + 1)
    following_text = clean_text(following.text) if following is not None else ""
    # A lettered list under the heading ("a) It was RESOLVED ...") is not the heading's wrapped text.
    wraps = following_text[:1].islower() and not _LIST_MARKER.match(following_text)
    if _TITLE_CUT.search(title) or wraps:
        return None  # a numbered paragraph wrapped onto the next line
    if _next_is_plain_numbered(lines, position):
        return None  # a run of numbered lines with nothing between is a list, not items
    if _SENTENCE_VERB.search(title):
        return None
    if len(words) <= MAX_PLAIN_TITLE_WORDS // 2 + 2 or _is_title_cased(words):
        return number, title
    return None


def _is_title_cased(words: list[str]) -> bool:
    """True when most longer words start with a capital, as in a heading ("Application for a Premises Licence - …")."""
    long_words = [word for word in words if len(re.sub(r"[^A-Za-z]", "", word)) >= TITLE_WORD_LETTERS]
    capitalised = [word for word in long_words if word[:1].isupper()]
    return bool(long_words) and len(capitalised) >= TITLE_CASE_SHARE * len(long_words)


def _next_is_plain_numbered(lines: list[Line], position: int) -> bool:
    """True when the text line before or after `lines[position]` is also a plain numbered line."""
    before = next((lines[i] for i in range(position - 1, -1, -1) if lines[i].text.strip()), None)
    after = _next_text_line(lines, position + 1)
    return any(
        other is not None
        and not (other.is_heading or other.bold)
        and bool(_NUMBERED.match(clean_text(other.text)))
        # "1. That the report be noted." above a heading is a numbered decision, not a run of titles.
        and not clean_text(other.text).endswith((".", ";", ","))
        for other in (before, after)
    )


def _is_bold_text(raw: str) -> bool:
    """True when the text after a number is wrapped in bold markup ("3. **Title**")."""
    stripped = raw.strip()
    return bool(re.match(r"^\d[\d.]*\s*\*\*.+\*\*$", stripped))


def _is_unnumbered_item(
    text: str, *, has_numbers: bool, found: list[tuple[AgendaItem, list[Line] | None]], past_title: bool
) -> bool:
    """Whether an unnumbered heading is an agenda item.

    `past_title` says whether body text has been seen: headings before it are
    the document's own titles.
    """
    title = _AGENDA_REF.sub("", text).strip()
    if not title or _is_label_heading(title) or _PRIVATE.match(title) or _PUBLIC.match(title):
        return False
    if re.search(r"\d", _presenter_of(title) or ""):
        return False
    if has_numbers:
        # Between numbered items only a heading naming its presenter is an item;
        # other unnumbered headings are topics inside an item's discussion.
        return _presenter_of(title) is not None and bool(found) and opening_label(title, sections=("apologies",)) is None
    if not past_title:
        return False
    letters = [c for c in title if c.isalpha()]
    if letters and all(c.isupper() for c in letters) and _BANNER_WORDS.search(title):
        return False
    if found and re.match(r"dates?\s+of\s+(?:future|next)\s+meetings?", found[-1][0].title, re.IGNORECASE):
        return False
    return len(title.split()) <= MAX_TITLE_WORDS and not title.endswith(".")


def _is_label_heading(title: str) -> bool:
    """True for a heading that labels the attendance ("Present", "Also in attendance:") or titles the document."""
    return match_label(title) is not None or bool(_DOCUMENT_TITLE.match(title))


def _presenter_of(title: str) -> str | None:
    match = _PRESENTER.search(title)
    if not match:
        return None
    presenter = match.group("presenter")
    if len(presenter.split()) > MAX_PRESENTER_WORDS or re.search(r"\d", presenter):
        return None
    return presenter


def _is_standalone(line: Line, text: str) -> bool:
    return line.is_heading or line.bold or len(text.split()) <= 4


def _next_text_line(lines: list[Line], index: int) -> Line | None:
    for position in range(index, len(lines)):
        if lines[position].text.strip():
            return lines[position]
    return None


def _minutes_end(lines: list[Line]) -> int:
    """Index of the first line after the minutes (an appendix heading or "Meeting concluded")."""
    seen_item = False
    top_level: int | None = None
    for index, line in enumerate(lines):
        text = clean_text(line.text)
        if not text:
            continue
        if seen_item and _MINUTES_END.match(text):
            return index + 1
        level = line.heading
        if line.is_heading and level is not None:
            outranks = top_level is not None and level < top_level and not _NUMBERED.match(text)
            if seen_item and (_APPENDIX.match(text) or outranks):
                return index
            top_level = level if top_level is None else min(top_level, level)
        if not seen_item and (_NUMBERED.match(text) or _ROW_MARKER.search(text) or _MINUTES_LABEL.match(text)):
            seen_item = True
    return len(lines)


def _find_table_items(lines: list[Line]) -> list[tuple[AgendaItem, list[Line] | None]]:
    """Items of a ModernGov "No. | Item" table: each row begins with its title."""
    header = next((i for i, line in enumerate(lines) if _is_item_table_header(line, lines, i)), None)
    if header is not None and lines[header].cells is None and clean_text(lines[header].text) != "No. | Item":
        # A header read as two lines ends at its "Item" line.
        following = _next_text_line(lines, header + 1)
        if following is not None and clean_text(following.text) == "Item":
            header = lines.index(following, header)
    if header is None:
        # A web page flattened to lines may lose the header but keeps a "Minutes:" label per row.
        labels = sum(1 for line in lines if _MINUTES_LABEL.match(clean_text(line.text)))
        if labels < MIN_MINUTES_LABELS:
            return []
        header = -1
    found: list[tuple[AgendaItem, list[Line] | None]] = []
    private = False
    for position in range(header + 1, len(lines)):
        line = lines[position]
        raw = "\n".join(c for c in line.cells if c.strip()) if line.cells else line.text
        text = clean_text(raw)
        if _PRIVATE.match(text) and len(text.split()) <= 4:
            private = True
            continue
        if _MINUTES_LABEL.match(text):
            # A flattened row: title and document links on lines of their own, then "Minutes:".
            row = _flattened_row(lines, position, header)
            if row is not None:
                first, title = row
                evidence = Evidence(page=first.page, line_start=first.number, line_end=line.number)
                found.append((AgendaItem(number=None, title=title, private=private, evidence=evidence), []))
            continue
        following = _next_text_line(lines, position + 1)
        if following is not None and _MINUTES_LABEL.match(clean_text(following.text)):
            continue  # the title line of a flattened row, read at its "Minutes:" label
        marker = _ROW_MARKER.search(text)
        if marker is None or not _ROW_CONTENT.search(text) or len(text[: marker.start()].split()) > MAX_ROW_TITLE_WORDS:
            continue  # a row on one line carries its "Minutes:" with it; other links are read at the label
        number = None
        head = text[: marker.start()].strip()
        numbered = re.match(r"^(\d{1,3}(?:\.\d{1,2})?)\.?\s+(.+)$", head)
        if line.cells and numbered and re.fullmatch(r"\d{1,3}\.?", next(c for c in line.cells if c).strip()):
            number, head = numbered.group(1), numbered.group(2)
        first = line
        wrapped = _wrapped_title_start(lines, position, header)
        if wrapped is not None:
            # A title wrapped from the line before, as a printed page breaks it.
            first = wrapped
            head = f"{clean_text(wrapped.text)} {head}"
        title = _row_title(head)
        if not title:
            continue
        # A web page keeps each paragraph of a row on its own line inside the cell.
        content = _ROW_CONTENT.search(raw)
        rest = raw[content.end():] if content else ""
        parts = [_ROW_END.sub("", part).strip() for part in rest.split("\n")]
        first_lines = [replace(line, text=part, cells=None, table=None) for part in parts if part]
        evidence = Evidence(page=first.page, line_start=first.number, line_end=line.number)
        found.append((AgendaItem(number=number, title=title, private=private, evidence=evidence), first_lines))
    return found


def _grid_columns(line: Line) -> dict[str, int] | None:
    """Column positions of an "Item | Discussion | Action" header row, or None when `line` is not one."""
    if line.cells is None:
        return None
    columns: dict[str, int] = {}
    for position, cell in enumerate(line.cells):
        text = clean_text(cell).lower().strip(" .:")
        squeezed = text.replace(" ", "")  # a PDF may break a heading word: "Discussi on"
        for kind, pattern in _GRID_HEADERS.items():
            if kind not in columns and (pattern.match(text) or pattern.match(squeezed)):
                columns[kind] = position
                break
    return columns if "item" in columns and "notes" in columns else None


def _find_grid_items(lines: list[Line]) -> list[tuple[AgendaItem, list[Line] | None]]:
    """Items of notes kept as a grid: one row per item, with its discussion and actions in later cells."""
    header = next((i for i, line in enumerate(lines) if _grid_columns(line) is not None), None)
    if header is None:
        return []
    columns = _grid_columns(lines[header]) or {}
    found: list[tuple[AgendaItem, list[Line] | None]] = []
    for line in lines[header + 1:]:
        if line.is_blank:
            continue
        if line.cells is None:
            break  # the grid has ended
        cells = list(line.cells)

        def cell(kind: str, cells: list[str] = cells) -> str:
            position = columns.get(kind)
            return clean_text(cells[position]) if position is not None and position < len(cells) else ""

        contents = [cell("notes")] + [part.strip() for part in re.split(r";\s*|\n", cell("action"))]
        content_lines = [replace(line, text=part, cells=None, table=None) for part in contents if part]
        title = cell("item")
        number = cell("number") or None
        numbered = re.match(r"^(\d{1,3}(?:\.\d{1,2})?)\.?\s+(\S.*)$", title)
        if numbered and number is None:
            number, title = numbered.group(1), numbered.group(2)
        if not title and found:
            previous = found[-1][1]
            if previous is not None:
                previous.extend(content_lines)  # a row continuing the item above
            continue
        if not title:
            continue
        evidence = Evidence(page=line.page, line_start=line.number, line_end=line.number)
        found.append((AgendaItem(number=number.rstrip(".") if number else None, title=title, evidence=evidence), content_lines))
    return found


def _flattened_row(lines: list[Line], position: int, header: int) -> tuple[Line, str] | None:
    """(first line, title) of the row whose "Minutes:" label is at `position`.

    Walking back from the label over document links ("Report PDF 82 KB") and
    an "Additional documents:" label, the title is the first link, or the
    plain line before the links.
    """
    taken: list[Line] = []
    index = position - 1
    while index > header:
        line = lines[index]
        text = clean_text(line.text)
        index -= 1
        if not text:
            continue
        if _ADDITIONAL_LABEL.match(text) or _DOCUMENT_LINK.search(text):
            taken.append(line)
            continue
        if taken and not _ADDITIONAL_LABEL.match(clean_text(taken[-1].text)):
            break  # the links began the row; this line ends the row before
        title_line = line
        previous = _next_text_line_before(lines, index, header)
        if text.endswith(".") and previous is not None and _is_short_title(clean_text(previous.text)):
            title_line = previous  # a title line, then a sentence describing the item
        return title_line, _row_title(_before_row_marker(clean_text(title_line.text)))
    if taken:
        first = taken[-1]
        return first, _row_title(_before_row_marker(clean_text(first.text)))
    return None


def _before_row_marker(text: str) -> str:
    """`text` up to its first "PDF 82 KB" / "Additional documents:" / "Minutes:" marker."""
    marker = _ROW_MARKER.search(f" {text}")
    return (text[: marker.start()] if marker else text).strip()


def _next_text_line_before(lines: list[Line], index: int, header: int) -> Line | None:
    for position in range(index, header, -1):
        if lines[position].text.strip():
            return lines[position]
    return None


def _is_short_title(text: str) -> bool:
    return bool(text) and len(text.split()) <= MAX_TITLE_WORDS and text[-1] not in ".!?:;|" and not _ROW_MARKER.search(f" {text}")


def _wrapped_title_start(lines: list[Line], position: int, header: int) -> Line | None:
    """The line before a row start when it is the first part of the row's title, else None.

    A row's content ends a sentence ("… be noted.") or the row ("… |"); a line
    stopping mid-phrase right before a row marker is the title's first half.
    """
    if position - 1 <= header:
        return None
    previous = lines[position - 1]
    text = clean_text(previous.text)
    if not text or previous.is_heading or (previous.cells is not None and len([c for c in previous.cells if c]) > 1):
        return None
    if _ROW_MARKER.search(text) or _LIST_MARKER.match(text) or _PARAGRAPH_OPENER.match(text):
        return None
    if text[-1] in ".!?:;|)\"'’”":
        return None
    return previous


def _is_item_table_header(line: Line, lines: list[Line], position: int) -> bool:
    cells = [clean_text(c).lower() for c in (line.cells or ()) if c.strip()]
    if cells[:2] == ["no.", "item"] or cells[:2] == ["no", "item"]:
        return True
    text = clean_text(line.text)
    if re.match(r"^No\.?\s*\|\s*Item\b", text):
        return True
    # The header cells read as two lines: "No." then "Item".
    if not re.fullmatch(r"No\.?", text):
        return False
    following = _next_text_line(lines, position + 1)
    return following is not None and clean_text(following.text) == "Item"


def _row_title(head: str) -> str:
    """The item title from the text before a row's first marker, without a descriptive sentence."""
    head = _AGENDA_REF.sub("", head).strip()
    if head.endswith("."):
        parts = _SENTENCE_OPENER.split(head, maxsplit=1)
        head = parts[0].strip()
    return head


def _strip_row_end(line: Line) -> Line:
    if line.cells is None and _ROW_END.search(line.text):
        return replace(line, text=_ROW_END.sub("", line.text))
    return line
