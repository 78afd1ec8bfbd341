"""Agenda items and the sections of text that belong to them.

Minutes mark their items in a few house styles: numbered headings ("96.
APOLOGIES FOR ABSENCE", "3.1 Crime Statistics"), unnumbered headings that name
a presenter ("Restorative Justice Presentation - DI Jane Smith"), and ModernGov
web pages where every item is one row of a "No. | Item" table. Everything after
the minutes end (appended slides and reports) is left out, so nothing from an
appendix becomes an item, a resolution or an action.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from ..ingest.document import Line, ParsedDocument
from .records import AgendaItem, Evidence

MAX_TITLE_WORDS = 20
"""Longer numbered lines are paragraphs of a numbered list, not item headings."""
MAX_PLAIN_TITLE_WORDS = 14
"""A numbered line with no heading or bold mark must be short to count as a title."""
MAX_ROW_TITLE_WORDS = 45
"""Text before a ModernGov row's first marker longer than this is not a title."""
MAX_PRESENTER_WORDS = 5
SHORT_LINE_SHARE = 0.7
"""A wrapped line shorter than this share of the section's longest line ends its paragraph."""

_MARKUP = re.compile(r"\*\*|__|</?[a-zA-Z][^>]*>")
_NUMBERED = re.compile(
    r"^(?:(?:Agenda\s+)?Item\s+|Minute\s+(?:No\.?\s*)?)?"
    r"(?P<number>\d{1,3}(?:\.\d{1,2}|/\d{2,4})?)(?:\.(?!\d)|\s*[:)]|\s+[-–—])?\s+(?P<title>\S.*)$",
    re.IGNORECASE,
)
# After an item excluding the press and public, the items that follow are taken in private.
_EXCLUSION = re.compile(r"\bexclusion\s+of\s+(?:the\s+)?(?:press|public)", re.IGNORECASE)
_AGENDA_REF = re.compile(r"\s*\(\s*Item\s+[A-Z]?\d+[a-z]?\s*\)\s*$", re.IGNORECASE)
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
_MINUTES_END = re.compile(
    r"^(?:(?:The\s+)?meeting\s+(?:concluded|closed|ended|finished)|(?:The\s+)?meeting\s+was\s+closed)\b",
    re.IGNORECASE,
)
# Labels of the attendance block and document titles: headings, never items.
_NOT_ITEM = re.compile(
    r"^(?:present\b|also\s+present|officers?\s+present|in\s+attendance|attendees\b"
    r"|(?:minutes|notes)\s+of\s+(?:the\s+|a\s+)?meeting\s+(?:of|held)\b|agenda\s*$)",
    re.IGNORECASE,
)
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
_PARAGRAPH_OPENER = re.compile(r"^(?:RESOLVED\b|Action\b\s*[-–:]?|POST\s+MEETING\s+NOTE)", re.IGNORECASE)


@dataclass(slots=True)
class Section:
    """The lines that belong to one agenda item (`item` None for text outside any item)."""

    item: AgendaItem | None
    lines: list[Line]

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
        groups: list[list[Line]] = []
        current: list[Line] = []
        longest = max((len(line.text.strip()) for line in self.lines if not line.is_heading), default=0)
        for line in self.lines:
            text = line.text.strip()
            if not text:
                if current:
                    groups.append(current)
                current = []
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
            if starts_new and current:
                groups.append(current)
                current = []
            current.append(line)
        if current:
            groups.append(current)
        return groups


def clean_text(text: str) -> str:
    """Return `text` without markdown/HTML emphasis and surplus spaces."""
    return re.sub(r"\s+", " ", _MARKUP.sub("", text)).strip()


def paragraph_text(lines: list[Line]) -> str:
    """Return the lines of a paragraph joined into one string, hyphen-wrapped words rejoined."""
    text = ""
    for line in lines:
        part = clean_text(line.text)
        if text.endswith("-") and part[:1].islower():
            text = text[:-1] + part
        else:
            text = f"{text} {part}" if text else part
    return text


def strip_list_marker(text: str) -> str:
    """Return `text` without a leading bullet or "(a)"/"1." list marker."""
    text = _BULLET.sub("", text.strip())
    return _LIST_MARKER.sub("", text, count=1)


def extract_items(document: ParsedDocument) -> list[AgendaItem]:
    """Return the agenda items of a set of minutes in document order."""
    return [item for item, _ in _find_items(document)]


def split_sections(document: ParsedDocument, items: list[AgendaItem]) -> list[Section]:
    """Return one `Section` per item holding the lines from its heading to the next item.

    Lines before the first item and after the minutes end belong to no section.
    """
    found = _find_items(document)
    if [item for item, _ in found] != list(items):
        found = [(item, None) for item in items]
    lines = document.lines
    end = _minutes_end(lines)
    index_of = {line.number: i for i, line in enumerate(lines)}
    starts: list[tuple[AgendaItem, int, list[Line] | None]] = []
    for item, first_line in found:
        if item.evidence is None or item.evidence.line_end not in index_of:
            continue
        if first_line is not None:
            starts.append((item, index_of[item.evidence.line_start] + 1, first_line))
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
    return sections


def _find_items(document: ParsedDocument) -> list[tuple[AgendaItem, list[Line] | None]]:
    """Items with, for table rows, the row's own minutes text as lines."""
    lines = document.lines
    end = _minutes_end(lines)
    rows = _find_table_items(lines[:end])
    if rows:
        return rows
    numbered_total = sum(1 for line in lines[:end] if _numbered_heading(line, lines, None) is not None)
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
        numbered = _numbered_heading(line, lines, last_major)
        if numbered is not None:
            number, title = numbered
            last_line = line
            if not _AGENDA_REF.search(text):
                # An agenda reference printed on the line after the heading.
                following = _next_text_line(lines, index)
                if following is not None and _AGENDA_REF_LINE.match(clean_text(following.text)):
                    last_line = following
            found.append((_make_item(number, title, private, line, last_line), None))
            last_major = int(re.split(r"[./]", number)[0])
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


def _make_item(number: str | None, title: str, private: bool, first: Line, last: Line) -> AgendaItem:
    evidence = Evidence(page=first.page, line_start=first.number, line_end=last.number)
    return AgendaItem(number=number, title=title, private=private, evidence=evidence)


def _numbered_heading(line: Line, lines: list[Line], last_major: int | None) -> tuple[str, str] | None:
    """(number, title) when the line is a numbered item heading."""
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
    if last_major is not None and int(re.split(r"[./]", number)[0]) < last_major:
        return None
    letters = [c for c in title if c.isalpha()]
    if letters and all(c.isupper() for c in letters):
        return number, title
    if len(words) <= MAX_PLAIN_TITLE_WORDS // 2 + 2 and not _SENTENCE_VERB.search(title):
        return number, title
    return None


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
    if not title or _NOT_ITEM.match(title) or _PRIVATE.match(title) or _PUBLIC.match(title):
        return False
    if re.search(r"\d", _presenter_of(title) or ""):
        return False
    if has_numbers:
        # Between numbered items only a heading naming its presenter is an item;
        # other unnumbered headings are topics inside an item's discussion.
        return _presenter_of(title) is not None and bool(found) and not re.match(r"apologies\b", title, re.IGNORECASE)
    if not past_title:
        return False
    letters = [c for c in title if c.isalpha()]
    if letters and all(c.isupper() for c in letters) and _BANNER_WORDS.search(title):
        return False
    if found and re.match(r"date\s+of\s+(?:future|next)\s+meetings?", found[-1][0].title, re.IGNORECASE):
        return False
    return len(title.split()) <= MAX_TITLE_WORDS and not title.endswith(".")


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
    for line in lines[index:]:
        if line.text.strip():
            return line
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
        if line.is_heading:
            outranks = top_level is not None and line.heading < top_level and not _NUMBERED.match(text)
            if seen_item and (_APPENDIX.match(text) or outranks):
                return index
            top_level = line.heading if top_level is None else min(top_level, line.heading)
        if not seen_item and (_NUMBERED.match(text) or _ROW_MARKER.search(text)):
            seen_item = True
    return len(lines)


def _find_table_items(lines: list[Line]) -> list[tuple[AgendaItem, list[Line] | None]]:
    """Items of a ModernGov "No. | Item" table: each row begins with its title."""
    header = next((i for i, line in enumerate(lines) if _is_item_table_header(line)), None)
    if header is None:
        return []
    found: list[tuple[AgendaItem, list[Line] | None]] = []
    private = False
    for line in lines[header + 1:]:
        raw = "\n".join(c for c in line.cells if c.strip()) if line.cells else line.text
        text = clean_text(raw)
        if _PRIVATE.match(text) and len(text.split()) <= 4:
            private = True
            continue
        marker = _ROW_MARKER.search(text)
        if marker is None or len(text[: marker.start()].split()) > MAX_ROW_TITLE_WORDS:
            continue
        number = None
        head = text[: marker.start()].strip()
        numbered = re.match(r"^(\d{1,3}(?:\.\d{1,2})?)\.?\s+(.+)$", head)
        if line.cells and numbered and re.fullmatch(r"\d{1,3}\.?", next(c for c in line.cells if c).strip()):
            number, head = numbered.group(1), numbered.group(2)
        title = _row_title(head)
        if not title:
            continue
        # A web page keeps each paragraph of a row on its own line inside the cell.
        content = _ROW_CONTENT.search(raw)
        rest = raw[content.end():] if content else ""
        parts = [_ROW_END.sub("", part).strip() for part in rest.split("\n")]
        first_lines = [replace(line, text=part, cells=None, table=None) for part in parts if part]
        evidence = Evidence(page=line.page, line_start=line.number, line_end=line.number)
        found.append((AgendaItem(number=number, title=title, private=private, evidence=evidence), first_lines))
    return found


def _is_item_table_header(line: Line) -> bool:
    cells = [clean_text(c).lower() for c in (line.cells or ()) if c.strip()]
    if cells[:2] == ["no.", "item"] or cells[:2] == ["no", "item"]:
        return True
    return bool(re.match(r"^No\.?\s*\|\s*Item\b", clean_text(line.text)))


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
