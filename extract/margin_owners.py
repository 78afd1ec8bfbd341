"""Owners printed in a column at the right of a PDF's minutes, told from the text by where they stand.

Many councils type each minute in full width and put who acts at the right
margin: tabbed to a right-aligned stop after the minute's last words ("… the
next meeting.          Clerk"), or in an "Action" column beside the text,
with or without a header and table rules. Read as text, the owner runs into
the sentence ("… the next meeting. Clerk", "… The General AW Manager will …").
`Line.spans` keeps where each run of a PDF line is printed, so a run standing
a wide gap apart at the right of the text block can be taken out of the text
and given to the minute as its owner.

A run is a margin tag when, on its page, it is the last run of its line,
stands at least `MARGIN_GAP_MIN` points after the text before it, starts in
the right part of the text block (`MARGIN_SHARE` of its width), holds a few
words, and sits in a column: its right edge at the block's right edge (a
right-aligned tab stop), or its left edge under a header such as "Action" or
"Who", or level with the left edge of another such run on the page. Whether
the tag names someone (a post, initials of an attendee, a titled name) is for
the caller to say. Lines without positions (text, HTML, table rows) are never
touched.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Callable, Iterable, Sequence

from ..ingest.document import Line, Span
from .column_headers import load_column_headers
from .tally_words import SIDE_LIST_LABEL

# A label that opens a list of tasks: "Actions", "Action items:", "Action points agreed", "Next steps", "**Actions:**".
# The actions reader reads the entries under it as tasks; the items reader reads none of them as an item.
FOLLOW_UP_LABEL = r"next\s+steps?|follow[- ]?ups?"
"""What a task is labelled besides "Action" ("Follow-up: Staff to contact …", "Next steps:") (regex source)."""
ACTION_LIST_LABEL = re.compile(
    rf"^[#*_\s]*(?:agreed\s+|new\s+)?(?:actions?(?:\s+(?:items?|points?|list|log))?|{FOLLOW_UP_LABEL})"
    r"(?:\s+(?:agreed|arising|resulting|from\s+this\s+meeting))?\s*[:*_]*\s*$",
    re.IGNORECASE,
)
# Notes kept in outliners and wikis label a task "TODO" (Org mode's keyword, in capitals) or "To do:"; unlike
# "Action:", such a label is never followed by its owner alone, so the actions reader takes it only before a task
# written out ("TODO Wen to ask the library …", "To do: Priya to sign the contract"), and the items reader starts a
# paragraph at it (regex source).
TASK_LABEL = r"(?-i:TODO\b|(?:To|TO)[- ](?:do|DO)(?=\s*:))"
OWNER_SEPARATOR = r"\s*(?:/|&|,|\band\b)\s*"
"""What joins the owners of one task ("JR/AL", "Ann & Bo", "Ann, Bo and Cy") (regex source): the actions and attendance
readers split and match owner lists by it."""
MARGIN_GAP_MIN = 18.0
"""Points of white space before a margin tag: wider than any word space, even in justified lines."""
MARGIN_SHARE = 0.6
"""A margin tag starts beyond this share of its page's text block, from the left."""
RIGHT_EDGE_SLACK = 12.0
"""Points by which a right-aligned tag may stop short of the text block's right edge."""
COLUMN_TOLERANCE = 6.0
"""Points by which left edges in one column (a header and the tags under it) may differ."""
MAX_TAG_WORDS = 5
"""Words a margin tag may hold: "Cllr. A. Rees/Clerk", never a clause."""
MIN_TAGGED_WORDS = 4
"""Words of minute text a tag needs before it: a shorter line is a name or a label beside a role."""

_SENTENCE_END = re.compile(r"[.!?](?=\s|$)")
# A roll's or a tally's label just before the run ("VOTE: 5/1 AYES:        BARTH, ODDIE", "MEMBERS ABSENT:     Ms. Reeve"):
# the run is the list that label opens, set at a tab stop, not who acts.
_LIST_LABEL_END = re.compile(rf"\b(?:{SIDE_LIST_LABEL}|present|excused)\s*:\s*$", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class _Frame:
    """Where a page's text block and its owner column sit."""

    left: float
    right: float
    columns: tuple[float, ...]
    """Left edges of owner columns: under a header, or shared by two tags or more."""

    @property
    def margin(self) -> float:
        return self.left + MARGIN_SHARE * (self.right - self.left)


@dataclass(frozen=True, slots=True)
class MarginTag:
    """An owner read from the margin: which line of a paragraph it stands on, and its text."""

    index: int
    owner: str


class MarginColumns:
    """The margin columns of a document's pages, read once from its lines."""

    def __init__(self, lines: Iterable[Line]) -> None:
        by_page: dict[int, list[Line]] = {}
        for line in lines:
            if line.spans:
                by_page.setdefault(line.page, []).append(line)
        self.frames: dict[int, _Frame] = {}
        header: float | None = None
        for page in sorted(by_page):
            page_lines = by_page[page]
            left = min(line.spans[0].x0 for line in page_lines if line.spans)
            right = max(line.spans[-1].x1 for line in page_lines if line.spans)
            bare = _Frame(left, right, ())
            # A header carries over to the pages after it, as an action column runs on.
            header = next((found for line in page_lines if (found := _header_edge(line, bare)) is not None), header)
            columns = _shared_edges([span.x0 for line in page_lines if (span := _candidate(line, bare)) is not None])
            self.frames[page] = _Frame(left, right, tuple(sorted({*columns, *([header] if header is not None else [])})))

    def tag_span(self, line: Line) -> Span | None:
        """The run of `line` printed as a margin tag, by position alone, or None."""
        frame = self.frames.get(line.page)
        if frame is None:
            return None
        span = _candidate(line, frame)
        if span is None:
            return None
        if span.x1 >= frame.right - RIGHT_EDGE_SLACK or any(span.x0 >= edge - COLUMN_TOLERANCE for edge in frame.columns):
            return span
        return None

    def split(self, lines: Sequence[Line], is_owner: Callable[[str], bool]) -> tuple[list[Line], list[MarginTag]]:
        """A paragraph's lines with each margin tag naming someone cut from its line's text, and the tags."""
        if not self.frames or not any(line.spans and len(line.spans) > 1 for line in lines):
            return list(lines), []
        kept: list[Line] = []
        tags: list[MarginTag] = []
        for line in lines:
            span = self.tag_span(line)
            text = line.text.rstrip()
            if span is None or not text.endswith(span.text):
                kept.append(line)
                continue
            owner = span.text.strip().rstrip(".")
            before = text[: len(text) - len(span.text)].rstrip()
            if not owner or _LIST_LABEL_END.search(before) or not is_owner(owner):
                kept.append(line)
                continue
            tags.append(MarginTag(index=len(kept), owner=owner))
            kept.append(replace(line, text=before))
        if tags and len(" ".join(line.text for line in kept).split()) < MIN_TAGGED_WORDS:
            return list(lines), []  # "Mrs J. Price      Clerk": a name beside a post, not a minute
        return kept, tags


def tagged_text(
    lines: Sequence[Line],
    tags: Sequence[MarginTag],
    joined: Callable[[list[Line]], str],
    opens_entry: Callable[[str], bool] | None = None,
) -> list[str]:
    """The text each margin tag of a paragraph marks.

    A tag marks its paragraph, as an owner column beside a minute marks the
    whole minute, wherever in it the tag is printed; the caller picks the task
    sentences. Where several tags stand beside one paragraph (minutes typed as
    one block, each ending on its owner), each marks the lines after the tag
    before it, through the end of the sentence its own line is part of, and
    the last marks the rest. In a list of entries run together with no blank
    line (`opens_entry` tells a line that opens one: "• Bench - …", "(b) …"),
    a tag marks only the entry it stands beside: an entry before it with no tag
    of its own names nobody.
    """
    texts = []
    start = 0
    entries = opens_entry is not None and bool(lines) and opens_entry(lines[0].text)
    for number, tag in enumerate(tags):
        if entries and opens_entry is not None:
            start = _entry_start(lines, start, tag.index, opens_entry)
        own = list(lines[start:])
        text = joined(own)
        index = tag.index - start
        if number < len(tags) - 1 and index < len(own) - 1:
            through = len(joined(own[: index + 1]))
            end = _SENTENCE_END.search(text, max(through - 1, 0))
            text = text[: end.end()] if end is not None else text
        texts.append(text)
        start = min(tag.index + 1, len(lines) - 1)
    return texts


def _entry_start(lines: Sequence[Line], start: int, tagged: int, opens_entry: Callable[[str], bool]) -> int:
    """The line opening the list entry that line `tagged` is part of, no earlier than `start`."""
    for index in range(min(tagged, len(lines) - 1), start, -1):
        if opens_entry(lines[index].text):
            return index
    return start


def _candidate(line: Line, frame: _Frame) -> Span | None:
    """The last run of a line when it stands apart in the right part of the text block, with a few words."""
    spans = line.spans
    if not spans or len(spans) < 2:
        return None
    span, before = spans[-1], spans[-2]
    if span.x0 - before.x1 < MARGIN_GAP_MIN or span.x0 < frame.margin:
        return None
    if not 0 < len(span.text.split()) <= MAX_TAG_WORDS or not span.text[:1].isupper():
        return None  # a name, post or initials starts with a capital
    if len(spans) >= 3 and len(before.text.split()) == 1 and before.x0 - spans[-3].x1 >= MARGIN_GAP_MIN:
        return None  # a short line justified across the page ("be      found      at:"): words spread, no column
    return span


def _header_edge(line: Line, frame: _Frame) -> float | None:
    """The left edge of an owner column's header ("Action", "Who", "By") printed at the right of a line."""
    spans = line.spans
    if not spans:
        return None
    span = spans[-1]
    if span.x0 < frame.margin or not load_column_headers().is_margin(span.text):
        return None
    return span.x0


def _shared_edges(edges: list[float]) -> list[float]:
    """Left edges that two runs or more share, within `COLUMN_TOLERANCE`."""
    edges = sorted(edges)
    return [edge for i, edge in enumerate(edges)
            if (i > 0 and edge - edges[i - 1] <= COLUMN_TOLERANCE)
            or (i + 1 < len(edges) and edges[i + 1] - edge <= COLUMN_TOLERANCE)]


OWNER_COLUMN_MIN_ROWS = 2
"""Rows whose last filled column names someone before a table without a header counts as minutes with owners."""
OWNER_COLUMN_SHARE = 0.6
"""Share of a table's filled owner cells that must name someone (the rest are statuses: "Ongoing", "Done")."""
_SPACED_INITIALS = re.compile(r"^[A-Z](?: [A-Z]){1,2}$")
# A result cell of a table kept one row per motion: "Passed Unanimously", "Carried 5-0", "Failed", "Approved as amended";
# or the result a board's minutes print after "Action:" under a recommendation ("Action: Received and filed.").
_OUTCOME_CELL = re.compile(
    r"^(?:(?:the\s+)?motion\s+)?(?:passed|carried|approved|adopted|agreed|defeated|failed|lost|rejected|denied|"
    r"withdrawn|deferred|tabled|postponed|received|accepted|ratified|unanimous(?:ly)?)\b",
    re.IGNORECASE,
)
MAX_OUTCOME_WORDS = 12
"""Words of a result cell ("Passed with 31 in favor and 1 abstaining")."""


def is_outcome_cell(cell: str) -> bool:
    """True when a table cell states what became of a row's motion ("Passed Unanimously", "Carried 5-0")."""
    text = " ".join(cell.split())
    return bool(_OUTCOME_CELL.match(text)) and len(text.split()) <= MAX_OUTCOME_WORDS


def squeeze_initials(cell: str) -> str:
    """Initials a reader printed letter by letter ("M S") written as one ("MS"); any other text as it is."""
    cell = cell.strip()
    return cell.replace(" ", "") if _SPACED_INITIALS.match(cell) else cell


def owner_cell_columns(rows: Sequence[tuple[str, ...]], is_owner: Callable[[str], bool]) -> dict[str, int] | None:
    """Columns of a table of minutes with an owner column and no header, or None.

    Minutes kept in a table ("6(c) | Speeding – … | MC") often carry the
    header only on the first page, or none: a table counts when its last
    column, where filled, mostly names someone (`is_owner`), in enough rows,
    and another column holds the minutes (the longest text). A number column
    before it is the item.
    """
    width = max((len(row) for row in rows), default=0)
    if width < 2:
        return None
    owner = width - 1
    if any(len(row) > owner and _LIST_LABEL_END.search(row[owner - 1]) for row in rows):
        return None  # a tally's or a roll's lists ("AYES: | BARTH, ODDIE"): who voted or attended, never who acts
    filled = [squeeze_initials(row[owner]) for row in rows if len(row) > owner and row[owner].strip()]
    if sum(1 for cell in filled if is_outcome_cell(cell)) * 2 >= len(filled):
        return None  # a result column ("Passed Unanimously"): each row's outcome, never who acts
    named = [cell for cell in filled if is_owner(cell)]
    if len(named) < OWNER_COLUMN_MIN_ROWS or len(named) < OWNER_COLUMN_SHARE * len(filled):
        return None
    lengths = [sum(len(row[i]) for row in rows if len(row) > i) for i in range(owner)]
    text = max(range(owner), key=lengths.__getitem__)
    columns = {"action": text, "owner": owner, "tags": 1}
    if text > 0:
        columns["item"] = 0
    return columns
