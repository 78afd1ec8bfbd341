"""Page layout shared by the PDF engines: text clean-up, lines, headings, tables, furniture.

Both PDF engines reduce a page to `Fragment`s (a run of text with its box,
sizes and boldness: a pdfplumber word, or a pdfium run between a line break
or a column-wide gap). Everything after that is shared here, so the engines
differ only in what they read, never in how lines are built, headings
found, tables drawn without rules recognised from aligned columns, tables
joined across page breaks, or running headers, footers and page numbers
removed.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from operator import attrgetter
from typing import Any, Iterable

from . import run_in
from .document import RowSpec, Span

MAX_PAGE_CHARS = 200_000
"""A PDF page with more characters than this is refused as damaged or hostile."""
MAX_PAGE_POINTS = 14_400
"""Largest page side in points (200 inches, the PDF format's own limit)."""
MAX_TEXT_PAGE_CHARS = 20_000_000
"""A text or HTML page (one file) larger than this is refused."""

LINE_OVERLAP_SHARE = 0.5
"""Fragments share a line when their vertical extents overlap by this share of the smaller one."""
HEADING_SIZE_RATIOS = ((1.6, 1), (1.3, 2), (1.12, 3))
"""(size / body size, heading level), largest first."""
BODY_MIN_CHARS = 300
"""A page with fewer characters than this takes the document's body size."""
BOLD_HEADING_LEVEL = 4
"""Level for a short all-bold line at body size, as word processors' heading styles print."""
BOLD_HEADING_MAX_WORDS = 14
WRAPPED_LINE_REACH = 0.1
"""Share of the text's width short of its right edge that a line wrapped in a full paragraph may stop."""
SAME_SIZE_POINTS = 0.5
"""Two lines whose type differs by less than this are set in the same size."""
HEADING_MAX_WORDS = 25
"""A larger-type line longer than this is a pull quote or a banner, not a heading."""

COLUMN_GAP_MIN = 8.0
"""Points of white space between two runs on a line that make them separate columns..."""
COLUMN_GAP_EMS = 0.9
"""...or this many times the font size, whichever is larger (word spaces are ~0.3 em)."""
WORD_GAP_EMS = 0.15
"""A gap between two characters of a word wider than this many times the font size is a word space.

Some producers place each word on its own and write no space characters, so
"CITY OF" arrives as "CITYOF" with a gap of a space's width (a quarter of
an em) between the glyph boxes. Kerning and letter spacing inside a word
stay well under a tenth of an em. pdfplumber's `x_tolerance` (3 points)
draws the same line for 12-point type, but its fixed width lets smaller
type run together; the rule here scales with the font.
"""
LETTER_SPACING_MIN_EMS = 0.04
"""A gap between letters narrower than this many ems is letters touching, as type is set: no letter spacing."""
LETTER_SPACED_MIN_GAPS = 4
"""Gaps between glyphs a run needs before its own letter spacing is measured (`word_gap`)."""
LETTER_SPACING_TOLERANCE_EMS = 0.06
"""Ems by which the gaps of letter-spaced type may differ from its middle gap and still be letter gaps..."""
LETTER_SPACED_EVEN_SHARE = 0.5
"""...and the share of a run's gaps that must be that even for it to be letter-spaced..."""
WIDTH_RATIO_TOLERANCE = 0.07
"""A run's steps that are within this share of one multiple of its glyphs' widths (other than 1) show a font
with a wrong width table (`glyph_gaps`)."""
LETTER_SPACED_TIGHT_SHARE = 0.2
"""...and the largest share of its gaps that may be a word's touching letters: letters a space apart among
words set tight ("Votes: Y N Y N Y") are words of their own, not letter-spaced type."""
COLUMN_SEPARATOR = "\t"
"""Between the segments of a line that stand a column-wide gap apart ("D Rainford (Chair)<tab>N Carswick"),
as a text file's tab separates them; lines in a table carry their cells instead."""
COLUMN_TOLERANCE = 4.0
"""Points by which the left edges of text in one column may differ from line to line."""
TABLE_MIN_ROWS = 2
"""Lines with several aligned columns needed before an unruled block counts as a table."""
ROW_GAP_LINES = 1.6
"""A block of table lines ends at a vertical gap larger than this many line heights."""
WRAP_GAP_LINES = 0.6
"""A cell's wrapped line sits closer under its row than this many line heights (plain line pitch)."""
ROW_PADDING_MIN = 2.0
"""Extra points of line pitch that mark a new table row rather than a wrapped cell line."""
WRAP_SLACK_EMS = 1.0
"""A line under a cell starts a row of its own when its first word would have fitted on the cell's
line above with this many ems to spare: text wraps only when the next word does not fit.
Lists printed beside a label ("Staff:" with a name a line) are such rows; a wrapped cell is not."""
SIZE_TOLERANCE = 0.6
"""Points by which font sizes may differ and still be the same type (a table's rows)."""
PAGE_FRAME_AREA_SHARE = 0.6
"""A ruled "table" of one column covering at least this share of its page is a border or a background box drawn
round the page's text (pages exported from a web page or a word processor with a page border), not a table."""


def is_page_frame(bbox: tuple[float, float, float, float], columns: int, page_area: float) -> bool:
    """True when a ruled table of `columns` columns in `bbox` (x0, top, x1, bottom) is the page's own frame: one
    column, drawn round most of the page. Its text is read as the page's lines, not as one cell."""
    x0, top, x1, bottom = bbox
    return columns <= 1 and page_area > 0 and (x1 - x0) * (bottom - top) >= PAGE_FRAME_AREA_SHARE * page_area

CELL_BREAK_SHARE = 0.7
"""A line in a table cell shorter than this share of the cell's longest line ends a paragraph there."""
OWNER_MARK_TOLERANCE = 3.0
"""Points an owner's initials may sit below the top of the printed line they are level with."""
_OWNER_MARK = re.compile(r"^[A-Z]{2,3}(?:\s*(?:/|,|&|and)\s*[A-Z]{2,3})*\.?$")
_SPACED_MARK = re.compile(r"^[A-Z](?: [A-Z]){1,2}$")
"""Initials a reader printed letter by letter ("M S"), as widely spaced type comes out."""
OWNER_ROW_MIN_WORDS = 8
"""Words a row's one paragraph needs before an owner mark beside it is moved under it: a shorter text
is a name beside its initials ("Ann Moss | AM") in a list of members, not a minute."""
CELL_TITLE_MAX_WORDS = 12
"""A cell's title line above its text is at most this long."""
FURNITURE_ZONE_LINES = 5
"""How many lines at the top and bottom of a page can be running header or footer (within the margin band): a
title block of body, meeting, date and "Minutes" repeated on every page is four."""
FURNITURE_PAGE_SHARE = 0.5
"""A line repeating in the header/footer zone of at least this share of pages is furniture."""
FURNITURE_MIN_PAGES = 2
FURNITURE_BAND_SHARE = 0.15
"""Header and footer lines sit within this share of the page height from its edge."""

_LIGATURES = {
    "\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl",
    "\ufb05": "st", "\ufb06": "st",
}
_HYPHENS = {"\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2043": "-", "\u00ad": "-", "\x02": "-"}
_SPACES = {"\u00a0": " ", "\u2002": " ", "\u2003": " ", "\u2009": " ", "\u202f": " ", "\u200b": "",
           "\ufeff": "", "\ufffe": "", "\x00": "", "\t": " "}
_CHAR_MAP = str.maketrans({**_LIGATURES, **_HYPHENS, **_SPACES})
_ASCII_MAPPED = re.compile(
    "[" + re.escape("".join(char for char in {**_LIGATURES, **_HYPHENS, **_SPACES} if char.isascii())) + "]"
)
"""The few ASCII characters `_CHAR_MAP` changes."""
_WHITESPACE = re.compile(r"\s+")
_LIST_MARKER = re.compile(
    r"^(?:[\u2022\u25aa\u25cf\u25e6\u2023\u2043\u2219\u00b7o*\-\u2013\u2014>\u27a2\uf0b7\uf0a7]"
    r"|\(?(?:\d{1,3}|[a-z]|[ivx]{1,5})[.)]|\d{1,3}(?:\.\d{1,2})+\.?)$",
    re.IGNORECASE,
)
_CID = re.compile(r"\(cid:(\d+)\)")
# A bullet of a symbol font that the PDF's own map gives as the summation sign: "∑ Footpaths – …", a lone "∑" in a
# list's first column. Minutes hold no sums written so; a "∑" standing as a word of its own is the list's bullet.
_SUMMATION_BULLET = re.compile(r"(?<!\S)\u2211(?!\S)")
CID_BULLETS = frozenset({127, 149, 183})
"""Unmapped glyph codes (pdfminer's "(cid:N)") that fonts commonly use for a bullet."""
_DIGITS = re.compile(r"\d+")
_PAGE_NUMBER = re.compile(
    r"""^(?:
        (?:page|p\.?|pg\.?)?\s*\d{1,3}(?:\s*(?:of|/)\s*\d{1,3})?     # 3, Page 3, Page 3 of 12, 3/12
        | [-\u2013\u2014]\s*\d{1,3}\s*[-\u2013\u2014]                   # - 3 -
        | \d{1,3}\s*\|\s*page(?:\s*\d{1,3})?                          # 3 | Page
        | page\s*\|\s*\d{1,3}(?:\s*(?:of|/)\s*\d{1,3})?               # Page | 3
        | [ivx]{1,5}                                                   # roman numerals
    )$""",
    re.IGNORECASE | re.VERBOSE,
)
_LETTER_SPACED = re.compile(r"\b[A-Za-z](?: [A-Za-z]\b){2,}")
"""A word printed with a space between its letters ("P a g e"), as word processors' page fields often are."""
_PAGE_FIELD = re.compile(
    r"(?:^|\s)(?:page\s+\d{1,3}\s+of\s+\d{1,3}|\d{1,3}\s*\|\s*page|page\s*\|\s*\d{1,3})(?:\s|$)", re.IGNORECASE
)
"""A page field inside a longer header or footer line ("Minutes, 9 March 2032   Page 2 of 6")."""
_FURNITURE_LINE = re.compile(
    r"""^(?:
        (?:draft\s+)?minutes\s+(?:were\s+)?(?:approved|confirmed|adopted)\s+by\b.*\bon\b  # ... approved by Council on
        | (?:approved|confirmed)\s+by\s+(?:the\s+)?(?:council|committee|board)\s+on\b
        | chair(?:man|woman|person)?['\u2019]?s?\s+(?:initials|signature)\b        # Chairman's initials .....
        | initials?\s*[:.]?\s*[._\u2026]*$
    )""",
    re.IGNORECASE | re.VERBOSE,
)
"""Footer lines of minutes known by their wording: the approval note, a space for the chair's initials."""
_BLANK_PAGE_NOTE = re.compile(
    r"^this\s+page\s+(?:is\s+|has\s+been\s+)?(?:intentionally|deliberately)\s+(?:left\s+)?blank\.?$", re.IGNORECASE
)


def normalise_text(text: str) -> str:
    """Text with ligatures split, odd hyphens and spaces made plain and runs of space collapsed."""
    if "(cid:" in text:
        text = _CID.sub(_replace_cid, text)
    if not text.isascii():
        text = unicodedata.normalize("NFC", text.translate(_CHAR_MAP))
    elif _ASCII_MAPPED.search(text):
        # translate() looks every character up, which is slow; plain ASCII text rarely needs it
        text = text.translate(_CHAR_MAP)
    if "\u2211" in text:
        text = _SUMMATION_BULLET.sub("\u2022", text)
    # split() and the \s class agree on what white space is; splitting is the faster way to collapse it
    return " ".join(text.split())


def normalise_cell_text(text: str) -> str:
    """A table cell's text normalised, keeping a line break as "\n" where a new paragraph starts.

    A cell's first line is often its title ("Welcome and Apologies") and the
    rest its minutes; joining them into one run would lose where the title
    ends. A break is kept when the next line opens with a capital, digit,
    bullet or bracket and the line before ends a sentence (". : ? !") or
    stops well short of the cell's longest line, or is a title above a
    sentence; other breaks are wraps
    ("…, Alma" / "Whitlock (General Manager)") and become spaces.
    """
    if "\n" not in text:
        return normalise_text(text)
    lines = [line for line in (normalise_text(part) for part in text.split("\n")) if line]
    return "\n".join(" ".join(lines[i] for i in group) for group in _cell_paragraphs(lines))


def _cell_paragraphs(lines: list[str]) -> list[list[int]]:
    """The physical lines of a cell (normalised, none empty) grouped into its paragraphs, as indexes."""
    if not lines:
        return []
    longest = max(len(line) for line in lines)
    groups = [[0]]
    for index in range(1, len(lines)):
        previous, line = lines[index - 1], lines[index]
        opens = line[:1].isupper() or line[:1].isdigit() or line[:1] in "(\u2022\uf0b7-–"
        ends = (
            previous.endswith((".", ":", "?", "!"))
            or len(previous) < CELL_BREAK_SHARE * longest
            # A title line above a sentence: "Declaration of Interest" / "None were declared."
            or (line.endswith(".") and _is_title_like(previous))
        )
        if opens and ends:
            groups.append([index])
        else:
            groups[-1].append(index)
    return groups


def align_owner_column(cells: list[list[tuple[str, float]]]) -> list[str] | None:
    """A row's cell texts with its owner column moved beside the paragraphs it marks, or None when it has none.

    `cells` holds each cell's printed lines with their tops. Minutes kept in
    a table often carry an "Action" column of owners' initials ("NS", "AW/KL")
    printed level with the paragraph each refers to; read as a cell of its
    own, that link is lost. When the row's last filled cell holds only
    initials and another cell holds several paragraphs, each initial is put
    on a line of its own after the paragraph it sits beside, and its own
    cell is emptied. Where a shorter cell stands between them (an "Action"
    column of tasks before a "Who" column), the initials are that task's and
    the row is left as printed.
    """
    filled = [i for i, lines in enumerate(cells) if any(text.strip() for text, _ in lines)]
    if len(filled) < 2:
        return None
    owner = filled[-1]
    marks = [(_squeeze_mark(normalise_text(text)), top) for text, top in cells[owner] if text.strip()]
    if not marks or not all(_OWNER_MARK.match(mark) for mark, _ in marks):
        return None
    body = max((i for i in filled if i != owner), key=lambda i: len(cells[i]))
    if filled[-2] != body:
        return None  # "… | Chase the quote | FL": the initials own the task in the cell beside them, not the notes
    printed = [(normalise_text(text), top) for text, top in cells[body] if normalise_text(text)]
    groups = _cell_paragraphs([text for text, _ in printed])
    if not groups or (len(groups) < 2 and sum(len(text.split()) for text, _ in printed) < OWNER_ROW_MIN_WORDS):
        return None
    after: dict[int, list[str]] = {}
    for mark, top in marks:
        level = [i for i, (_, line_top) in enumerate(printed) if line_top <= top + OWNER_MARK_TOLERANCE]
        line = level[-1] if level else 0
        group = next(g for g, members in enumerate(groups) if line in members)
        after.setdefault(group, []).append(mark)
    parts: list[str] = []
    for g, members in enumerate(groups):
        parts.append(" ".join(printed[i][0] for i in members))
        parts.extend(after.get(g, []))
    texts = [normalise_cell_text("\n".join(text for text, _ in lines)) for lines in cells]
    texts[body] = "\n".join(parts)
    texts[owner] = ""
    return texts


def _squeeze_mark(text: str) -> str:
    return text.replace(" ", "") if _SPACED_MARK.match(text) else text


def _is_title_like(text: str) -> bool:
    """True for a short line whose longer words all start with a capital ("Declaration of Interest")."""
    words = text.split()
    long_words = [word for word in words if sum(c.isalpha() for c in word) >= 4]
    return (
        0 < len(words) <= CELL_TITLE_MAX_WORDS
        and not text.endswith((",", ";"))
        and bool(long_words)
        and all(word[:1].isupper() or word[:1].isdigit() for word in long_words)
    )


def word_gap(lefts: list[float], rights: list[float], size: float) -> float:
    """The gap between two glyphs of a run (left and right edges, in order) above which they stand in two words.

    A space's width (`WORD_GAP_EMS` of the type size) over the run's own letter
    spacing. Most type sets the letters of a word touching, so the letter
    spacing is nil and a word gap is a space's width. Letter-spaced type
    (tracked headings, "expanded" character spacing, text placed glyph by
    glyph) puts a wide, even gap between every two letters, and its word gaps
    are wider by a space: measured against the size alone every letter would
    stand apart ("W e l c o m e"). The letter spacing is the middle gap of the
    run, counted only when the run has `LETTER_SPACED_MIN_GAPS` gaps, most of
    them that wide and even and few of them tight: a few letters with spaces
    between ("J W S"), or such letters among words set tight, are no
    letter-spaced run.
    Callers that know where spaces were typed leave those gaps out
    (`gap_over_letter_spacing`): letters typed with a space between each
    ("Y N Y N Y") are words, not letter-spaced type.
    """
    return gap_over_letter_spacing(glyph_gaps(lefts, rights, size)[0], size)


def glyph_gaps(lefts: list[float], rights: list[float], size: float) -> tuple[list[float], bool]:
    """The gaps between neighbouring glyphs of a run, and whether the glyphs' widths had to be corrected.

    A font whose width table is wrong (a producer's subset, a substituted
    font) gives each glyph a box too wide or too narrow by one factor, while
    the glyphs stand where the producer put them. Then the gaps inside words
    are not nil but a share of each glyph's width: uneven, and wide enough to
    part letters ("W elcom e") or negative enough to hide word gaps
    ("Councillorsresolved"). Such a run is known by its steps (left edge to
    left edge) being one same multiple of its glyphs' widths, while its gaps
    are uneven; the widths are then scaled by that multiple. Evenly spaced
    glyphs (type set tight, or letter-spaced) keep their widths.
    """
    gaps = [left - right for left, right in zip(lefts[1:], rights)]
    if len(gaps) < LETTER_SPACED_MIN_GAPS:
        return gaps, False
    widths = [right - left for left, right in zip(lefts, rights)]
    ratios = [(after - before) / width for before, after, width in zip(lefts, lefts[1:], widths) if width > 0]
    if len(ratios) < LETTER_SPACED_MIN_GAPS:
        return gaps, False
    ratio = sorted(ratios)[len(ratios) // 2]
    if ratio <= 0 or abs(ratio - 1) <= WIDTH_RATIO_TOLERANCE:
        return gaps, False
    middle_gap = sorted(gaps)[len(gaps) // 2]
    # exact steps make nearly every ratio fit; gaps fit as well only for glyphs of like widths
    even_ratios = sum(abs(value / ratio - 1) <= WIDTH_RATIO_TOLERANCE / 2 for value in ratios)
    even_gaps = sum(abs(gap - middle_gap) <= WIDTH_RATIO_TOLERANCE / 2 * size for gap in gaps)
    if even_ratios < LETTER_SPACED_EVEN_SHARE * len(ratios) or even_ratios <= even_gaps:
        return gaps, False
    return [after - (before + width * ratio) for before, after, width in zip(lefts, lefts[1:], widths)], True


def gap_over_letter_spacing(gaps: list[float], size: float) -> float:
    """`word_gap` from the gaps between neighbouring glyphs of a run that no typed space stands in."""
    base = WORD_GAP_EMS * size
    if len(gaps) < LETTER_SPACED_MIN_GAPS:
        return base
    middle = sorted(gaps)[len(gaps) // 2]
    touching = LETTER_SPACING_MIN_EMS * size
    if middle <= touching:
        return base
    even = sum(abs(gap - middle) <= LETTER_SPACING_TOLERANCE_EMS * size for gap in gaps)
    tight = sum(gap <= touching for gap in gaps)
    if even < LETTER_SPACED_EVEN_SHARE * len(gaps) or tight > LETTER_SPACED_TIGHT_SHARE * len(gaps):
        return base
    return middle + base


QUOTE_GAP_EMS = 0.1
"""After a closing quote or apostrophe, a gap this wide (ems) is a word space: the quote's box ends short of its
width, so "Residents’ Association" leaves less room than other words do; inside a word ("CHAIR’S") the next letter
stands close to it."""
CLOSING_QUOTES = "’'”\""


def insert_word_spaces(
    text: str, lefts: list[float], rights: list[float], size: float, *, gap: float | None = None
) -> str:
    """`text` (characters without white space, with their left and right edges) with a space at each word gap.

    A word gap is wider than `gap`, by default `word_gap` (a space's width over
    the run's own letter spacing); a caller that measured the letter spacing
    over a longer run gives it. Returns `text` itself when no gap is wide
    enough, so callers can test `is`.
    """
    if len(text) < 2 or size <= 0:
        return text
    gaps = glyph_gaps(lefts, rights, size)[0]
    if gap is None:
        gap = gap_over_letter_spacing(gaps, size)
    breaks = [index for index in range(1, len(text)) if gaps[index - 1] > gap or (
        text[index - 1] in CLOSING_QUOTES and text[index].isalnum() and gaps[index - 1] > QUOTE_GAP_EMS * size
    )]
    if not breaks:
        return text
    parts = []
    start = 0
    for index in breaks:
        parts.append(text[start:index])
        start = index
    parts.append(text[start:])
    return " ".join(parts)


def _replace_cid(match: re.Match[str]) -> str:
    # pdfium guesses a bullet for these codes too; other unmapped glyphs carry no readable text
    return "\u2022" if int(match.group(1)) in CID_BULLETS else ""


@dataclass(frozen=True, slots=True)
class Fragment:
    """A run of text on one line of a PDF page, with its box (top-down y) and type."""

    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    sizes: tuple[tuple[float, int], ...]
    """(font size, character count) pairs for the run's visible characters."""
    bold: bool
    glued: bool = False
    """The white space before this run, however wide, is one typed space: the line's text reads it on from
    the run before, as it always has, though its position stands apart (`PageLine.runs`)."""


@dataclass(slots=True)
class PageLine:
    """A line of a PDF page before numbering: text, box and type."""

    text: str
    top: float
    bottom: float
    size: float
    bold: bool
    cells: tuple[str, ...] | None = None
    table_key: object = None
    segments: tuple[Segment, ...] = ()
    """Runs of the line separated by a column-sized gap, left to right."""
    runs: tuple[Segment, ...] | None = None
    """The line's runs where they are more than its segments: a run after a wide gap that holds one typed
    space (an owner tabbed to the right margin) stands apart here and is joined in `segments`."""
    segment_bold: tuple[bool, ...] | None = None
    """For each segment, whether all its text is bold (None when not known)."""
    lead: tuple[int, int] | None = None
    """Where in `text` an emphasised (bold or underlined) title opening the line starts and ends, when
    regular text follows it in the same column ("Call to Order The chair opened …"); see `mark_bold_leads`."""

    @property
    def spans(self) -> tuple[Segment, ...]:
        """Where the line's runs are printed, for `Line.spans`."""
        return self.runs if self.runs is not None else self.segments


Segment = Span
"""Part of a line standing apart from its neighbours, like text in a table column."""


def group_fragments(fragments: Iterable[Fragment]) -> list[PageLine]:
    """Lines in reading order (top to bottom, then left to right) from a page's fragments."""
    ordered = sorted(fragments, key=_READING_ORDER)
    groups: list[list[Fragment]] = []
    spans: list[list[float]] = []
    for fragment in ordered:
        if not fragment.text.strip():
            continue
        if groups and _shares_line(spans[-1], fragment):
            groups[-1].append(fragment)
            spans[-1][0] = min(spans[-1][0], fragment.top)
            spans[-1][1] = max(spans[-1][1], fragment.bottom)
        else:
            groups.append([fragment])
            spans.append([fragment.top, fragment.bottom])
    lines = []
    for group, (top, bottom) in zip(groups, spans):
        if len(group) == 1:
            # most lines are one fragment: nothing to order, join or split into columns
            fragment = group[0]
            text = normalise_text(fragment.text)
            if text:
                lines.append(PageLine(text, top, bottom, _most_common_size(group), fragment.bold,
                                      segments=(Segment(fragment.x0, fragment.x1, text),),
                                      segment_bold=(fragment.bold,)))
            continue
        group.sort(key=_LEFT_EDGE)
        text = normalise_text(" ".join([f.text for f in group]))
        if not text:
            continue
        size = _most_common_size(group)
        segments = _split_segments(group, size, text)
        runs = _split_segments(group, size, text, apart=True) if any(f.glued for f in group) else None
        if len(segments) > 1:
            # a column-wide gap is kept as a tab, so readers of the text see the columns apart
            text = COLUMN_SEPARATOR.join(segment.text for segment in segments)
        lines.append(PageLine(text, top, bottom, size, _line_bold(group), segments=segments,
                              segment_bold=_segment_bold(group, segments),
                              runs=runs if runs is not None and len(runs) > len(segments) else None,
                              lead=_find_lead(group, size, text)))
    return lines


def _line_bold(group: list[Fragment]) -> bool:
    """Whether a line of several fragments (left to right) is set in bold: all of it, less a list's number or
    bullet in regular type opening it ("5." regular before "Activity Report" bold), as word processors print an
    automatic list's marker in the paragraph's font and not the title's."""
    if group[0].bold or not group[1].bold:
        return group[0].bold and all(f.bold for f in group)
    return is_list_marker(normalise_text(group[0].text)) and all(f.bold for f in group[1:])


def _segment_bold(group: list[Fragment], segments: tuple[Segment, ...]) -> tuple[bool, ...]:
    """For each segment, whether every fragment printed inside it is bold."""
    return tuple(
        all(f.bold for f in group if f.x0 >= segment.x0 - 0.5 and f.x1 <= segment.x1 + 0.5) for segment in segments
    )


def is_list_marker(text: str) -> bool:
    """True for a list's number or bullet standing before its text ("3.", "(b)", "2.1", "•")."""
    return _LIST_MARKER.match(text.strip()) is not None


def _find_lead(group: list[Fragment], size: float, text: str) -> tuple[int, int] | None:
    """Where the emphasised fragments opening a line (after a number or bullet in regular type) end in `text`,
    when a regular fragment follows them in the same column; None otherwise."""
    first = 0
    if not group[0].bold and len(group) > 2 and is_list_marker(group[0].text):
        first = 1  # "3." before "Finance"
    end = first
    while end < len(group) and group[end].bold:
        end += 1
    if end == first or end == len(group):
        return None
    gap = column_gap(size)
    if any(group[i].x0 - group[i - 1].x1 >= gap for i in range(first + 1, end + 1)):
        return None  # the title stands a column apart: a table's cell, not a run-in title
    before = normalise_text(" ".join(f.text for f in group[:first]))
    upto = normalise_text(" ".join(f.text for f in group[:end]))
    start = len(before) + 1 if before else 0
    if len(upto) <= start or not text.startswith(upto):
        return None
    return start, len(upto)


def mark_bold_leads(pages: list[list[PageLine]]) -> None:
    """Write each paragraph's emphasised title with a colon, where the document is written so (see `run_in`).

    A line whose opening words are bold or underlined and the rest regular
    (`PageLine.lead`) becomes "Call to Order: The chair opened …", as the HTML
    and text readers write it, once the document has `run_in.MIN_BOLD_LEADS`
    such lines. Table rows are left as they are.
    """
    leads = []
    for lines in pages:
        for line in lines:
            if line.lead is None or line.cells is not None:
                continue
            start, end = line.lead
            if run_in.is_bold_lead(line.text[start:end], line.text[end:]):
                leads.append(line)
    if len(leads) < run_in.MIN_BOLD_LEADS:
        return
    for line in leads:
        start, end = line.lead or (0, 0)
        if not run_in.needs_colon(line.text[start:end]):
            continue
        line.text = f"{line.text[:end]}:{line.text[end:]}"
        line.segments = _colon_after(line.segments, end)
        if line.runs is not None:
            line.runs = _colon_after(line.runs, end)


def _colon_after(segments: tuple[Segment, ...], end: int) -> tuple[Segment, ...]:
    """Segments with a colon written at `end` of the first one's text (the line's text starts with it)."""
    if not segments or len(segments[0].text) < end:
        return segments
    first = segments[0]
    return (Segment(first.x0, first.x1, f"{first.text[:end]}:{first.text[end:]}"), *segments[1:])


_READING_ORDER = attrgetter("top", "x0")
_LEFT_EDGE = attrgetter("x0")


def _most_common_size(group: list[Fragment]) -> float:
    """The font size carrying most characters of a line (the first one seen on a tie), or 0.0."""
    if len(group) == 1 and len(group[0].sizes) == 1:
        return round(group[0].sizes[0][0], 1)  # most lines: one run in one size
    sizes = count_sizes(group)
    # max() keeps the first of equal counts, as Counter.most_common does
    return max(sizes, key=sizes.__getitem__) if sizes else 0.0


def column_gap(size: float) -> float:
    """Horizontal gap that separates table columns for text of this size."""
    return max(COLUMN_GAP_MIN, COLUMN_GAP_EMS * size)


def _split_segments(group: list[Fragment], size: float, line_text: str, *, apart: bool = False) -> tuple[Segment, ...]:
    """The line's segments: its fragments joined across gaps narrower than a column's.

    A glued fragment (`Fragment.glued`) joins the one before whatever the gap,
    unless `apart`, which gives the runs as printed (`PageLine.runs`).
    """
    gap = column_gap(size)
    parts: list[list[Any]] = []
    for fragment in group:
        if parts and (fragment.x0 - parts[-1][1] < gap or (fragment.glued and not apart)):
            parts[-1][1] = max(parts[-1][1], fragment.x1)
            parts[-1][2].append(fragment.text)
        else:
            parts.append([fragment.x0, fragment.x1, [fragment.text]])
    if len(parts) == 1:
        # one segment holds every fragment, so its text is the line's, already normalised
        x0, x1, _ = parts[0]
        return (Segment(x0, x1, line_text),)
    segments = [Segment(x0, x1, normalise_text(" ".join(texts))) for x0, x1, texts in parts]
    segments = [segment for segment in segments if segment.text]
    if len(segments) >= 2 and _LIST_MARKER.match(segments[0].text):
        # a bullet or number hanging in front of its text is a list item, not a column
        first, second = segments[0], segments[1]
        segments[:2] = [Segment(first.x0, second.x1, f"{first.text} {second.text}")]
    return tuple(segments)


def _shares_line(span: list[float], fragment: Fragment) -> bool:
    overlap = min(span[1], fragment.bottom) - max(span[0], fragment.top)
    smaller = min(span[1] - span[0], fragment.bottom - fragment.top)
    if smaller <= 0:
        return abs(fragment.top - span[0]) < 1
    return overlap >= LINE_OVERLAP_SHARE * smaller


def count_sizes(fragments: Iterable[Fragment]) -> Counter[float]:
    """Characters per font size over fragments."""
    sizes: Counter[float] = Counter()
    for fragment in fragments:
        for size, count in fragment.sizes:
            sizes[round(size, 1)] += count
    return sizes


def sizes_outside_tables(lines: list[PageLine], counted: Counter[float]) -> Counter[float]:
    """A page's characters per font size (`counted`), less those of its tables when it has any.

    A page that holds a long table in small type (a planning list, a schedule of
    payments) would otherwise take the table's size as its body size, and every
    line of ordinary minutes on it would read as a larger heading. Lines outside
    tables are counted by their own size, each as long as its text.
    """
    if all(line.cells is None for line in lines):
        return counted
    sizes: Counter[float] = Counter()
    for line in lines:
        if line.cells is None and line.size:
            sizes[round(line.size, 1)] += len(line.text)
    return sizes if sizes else counted


def resolve_body_sizes(page_sizes: list[Counter[float]]) -> list[float]:
    """Each page's body text size: the size carrying most of its characters.

    A page with little text (a title page, a page of slides) takes the
    document's body size instead, so its few large lines still read as headings.
    """
    document_sizes: Counter[float] = Counter()
    for sizes in page_sizes:
        document_sizes.update(sizes)
    document_body = document_sizes.most_common(1)[0][0] if document_sizes else 0.0
    return [
        sizes.most_common(1)[0][0] if sum(sizes.values()) >= BODY_MIN_CHARS else document_body
        for sizes in page_sizes
    ]


def resolve_heading_level(line: PageLine, body_size: float) -> int | None:
    """Heading level of a line from its size and weight against the page body, or None."""
    if line.cells is not None or not body_size:
        return None
    ratio = line.size / body_size
    # words are counted only for a line whose type could make it a heading: most lines are body text
    for threshold, level in HEADING_SIZE_RATIOS:
        if ratio >= threshold:
            return level if len(line.text.split()) <= HEADING_MAX_WORDS else None
    if line.bold and ratio >= 1 - 0.05 and len(line.text.split()) <= BOLD_HEADING_MAX_WORDS:
        return BOLD_HEADING_LEVEL
    return None


def build_rows(lines: list[PageLine], body_size: float) -> list[RowSpec]:
    """Row specs for one page, headings marked against the page's body size."""
    full = _full_line_reach(lines)
    return [
        RowSpec(
            text=line.text,
            heading=None if _in_bold_paragraph(lines, index, full) else resolve_heading_level(line, body_size),
            bold=line.bold and line.cells is None,
            cells=line.cells,
            table_key=line.table_key,
            spans=line.spans if line.cells is None and line.spans else None,
        )
        for index, line in enumerate(lines)
    ]


def _full_line_reach(lines: list[PageLine]) -> float | None:
    """Where a line of a full paragraph reaches on this page: near the text's right edge, `WRAPPED_LINE_REACH` of the
    text's width short of it at most; None for a page with no text lines."""
    edges = [line.segments[-1].x1 for line in lines if line.segments and line.cells is None]
    starts = [line.segments[0].x0 for line in lines if line.segments and line.cells is None]
    if not edges:
        return None
    return max(edges) - WRAPPED_LINE_REACH * (max(edges) - min(starts))


def _in_bold_paragraph(lines: list[PageLine], index: int, full: float | None) -> bool:
    """True for a line of a paragraph set in bold at body size, as many clerks set a motion or a resolution: it
    carries on the bold line above (it opens in lower case), or it breaks mid-sentence at a comma into a bold line that
    does. Such a line is bold text, not a heading, however short (a paragraph's last line always is)."""
    line = lines[index]
    if not line.bold or line.cells is not None or full is None:
        return False
    # A paragraph's line wraps because it is full: it reaches the text's right edge (`full`), where a title set in the
    # middle of the page or on the left ("Minutes of a Meeting held on 5 March" / "at 7 pm in the Hall") stops short.

    def carries_on(at: int) -> bool:
        if at <= 0 or at >= len(lines):
            return False
        above, here = lines[at - 1], lines[at]
        return (
            above.bold and above.cells is None and here.bold and here.cells is None
            and abs(above.size - here.size) < SAME_SIZE_POINTS and here.text[:1].islower()
            and bool(above.segments) and above.segments[-1].x1 >= full
        )

    return carries_on(index) or (line.text.rstrip().endswith((",", ";")) and carries_on(index + 1))


def is_page_number(text: str) -> bool:
    """True for lines such as "3", "Page 3", "Page 3 of 12", "- 3 -", "1 | P a g e"."""
    return bool(_PAGE_NUMBER.match(_close_letter_spacing(text.strip())))


def is_furniture(text: str) -> bool:
    """True for a header or footer line known by its wording alone.

    A page number or a page field ("Minutes, 9 March 2032  Page 2 of 6"), an
    approval note ("Minutes approved by Council on ..."), a space for the
    chair's initials. Only lines in a page's header or footer zone are tested.
    """
    text = _close_letter_spacing(text.strip())
    return bool(_PAGE_NUMBER.match(text) or _PAGE_FIELD.search(text) or _FURNITURE_LINE.match(text))


def _close_letter_spacing(text: str) -> str:
    if " " not in text or _LETTER_SPACED.search(text) is None:
        return text
    return _LETTER_SPACED.sub(lambda match: match.group().replace(" ", ""), text)


def _furniture_key(text: str) -> str:
    return _DIGITS.sub("#", _WHITESPACE.sub(" ", text.strip().lower()))


def _zone_indexes(lines: list[PageLine], height: float) -> tuple[list[int], list[int]]:
    """Indexes of the lines that may be a running header (top) or footer (bottom).

    A line qualifies when it is among the first or last few text lines of the
    page and sits in the page's top or bottom margin band.
    """
    indexes = [i for i, line in enumerate(lines) if line.cells is None]
    head = [i for i in indexes[:FURNITURE_ZONE_LINES] if lines[i].top <= FURNITURE_BAND_SHARE * height]
    tail = [i for i in indexes[-FURNITURE_ZONE_LINES:]
            if lines[i].bottom >= (1 - FURNITURE_BAND_SHARE) * height]
    return head, tail


def remove_page_furniture(pages: list[list[PageLine]], heights: list[float]) -> list[list[PageLine]]:
    """Pages without running headers, footers and page numbers.

    A header or footer is a line in the top or bottom zone whose text (digits
    ignored, so "Page 2 of 9" matches "Page 3 of 9") recurs in the same zone on
    enough pages. A line known by its wording (`is_furniture`: page numbers,
    approval notes) is removed wherever it sits in a zone, and a "this page is
    intentionally blank" note wherever it sits on the page. A body line that
    repeats, or a zone line found on few pages, is kept.
    """
    zones, counts, needed = _repeated_zone_lines(pages, heights)
    cleaned = []
    for lines, (head, tail) in zip(pages, zones):
        drop = set()
        for side, zone in (("top", head), ("bottom", tail)):
            for i in zone:
                text = lines[i].text
                if is_furniture(text) or counts[(side, _furniture_key(text))] >= needed:
                    drop.add(i)
        cleaned.append([line for i, line in enumerate(lines)
                        if i not in drop and not (line.cells is None and _BLANK_PAGE_NOTE.match(line.text))])
    return cleaned


def _repeated_zone_lines(
    pages: list[list[PageLine]], heights: list[float]
) -> tuple[list[tuple[list[int], list[int]]], Counter[tuple[str, str]], int]:
    """Each page's header and footer zones, how many pages each zone line's text recurs on, and how many it needs."""
    zones = [_zone_indexes(lines, height) for lines, height in zip(pages, heights)]
    counts: Counter[tuple[str, str]] = Counter()
    for lines, (head, tail) in zip(pages, zones):
        counts.update({("top", _furniture_key(lines[i].text)) for i in head})
        counts.update({("bottom", _furniture_key(lines[i].text)) for i in tail})
    return zones, counts, max(FURNITURE_MIN_PAGES, math.ceil(FURNITURE_PAGE_SHARE * len(pages)))


def running_title(pages: list[list[PageLine]], heights: list[float]) -> list[str]:
    """The first page's running header as `remove_page_furniture` drops it: the lines of its top zone that recur over
    the other pages (a page number or an approval note aside). Some clerks reprint the whole title block over every
    page ("Community Group Meeting" / "Minutes of the meeting held on …" / "Via MS Teams"); with it gone, the meeting
    is named nowhere else, so the reader keeps it beside the text (see `extract.meeting`)."""
    if len(pages) < FURNITURE_MIN_PAGES:
        return []
    zones, counts, needed = _repeated_zone_lines(pages, heights)
    lines, (head, _) = pages[0], zones[0]
    return [lines[i].text for i in head
            if not is_furniture(lines[i].text) and counts[("top", _furniture_key(lines[i].text))] >= needed]


def link_continued_tables(pages: list[list[PageLine]]) -> None:
    """Join a table that runs on from the previous page to that page's table.

    A table continues when it is the first thing on a page, the previous page
    ended with a table, and both have the same number of columns. The
    continuation takes the earlier table's key; a repeat of the table's header
    row is dropped, and a first row that starts in lower case (a row broken by
    the page end) is joined to the row it continues.
    """
    heads: dict[object, tuple[str, ...]] = {}
    previous: PageLine | None = None
    for page_index, lines in enumerate(pages):
        for line in lines:
            if line.cells is not None and line.table_key not in heads:
                heads[line.table_key] = line.cells
        if previous is not None and lines and lines[0].cells is not None:
            first = lines[0]
            if len(first.cells or ()) == len(previous.cells or ()):
                old_key = first.table_key
                for line in lines:
                    if line.table_key == old_key:
                        line.table_key = previous.table_key
                if first.cells == heads.get(previous.table_key) and first is not lines[-1]:
                    lines.pop(0)
                if lines and lines[0].table_key == previous.table_key and _continues_row(lines[0]):
                    _join_row(previous, lines.pop(0))
        last = lines[-1] if lines else None
        if last is not None and last.cells is not None:
            previous = last
        elif lines:
            previous = None
        pages[page_index] = lines


def _continues_row(line: PageLine) -> bool:
    first_text = next((cell for cell in line.cells or () if cell), "")
    return first_text[:1].islower()


def _join_row(row: PageLine, rest: PageLine) -> None:
    cells = tuple(" ".join(part for part in pair if part) for pair in zip(row.cells or (), rest.cells or ()))
    row.cells = cells
    row.text = " ".join(cell for cell in cells if cell)


def find_unruled_tables(lines: list[PageLine], page_index: int) -> list[PageLine]:
    """Lines with blocks of column-aligned text (tables drawn without rules) turned into rows.

    A block starts at a line of two or more column segments and takes the lines
    below it whose segments all start at the block's column edges. A line of
    one segment in a later column is a wrapped cell line and joins the row
    above; so does a line that follows at the plain line pitch when the block
    also has wider (padded) gaps between rows.
    """
    result: list[PageLine] = []
    index = 0
    right = max((segment.x1 for line in lines for segment in line.segments), default=0.0)
    while index < len(lines):
        end, columns = _extend_block(lines, index)
        if end > index:
            result.extend(_build_table_rows(lines[index:end], columns, key=("unruled", page_index, index),
                                            right=right))
            index = end
        else:
            result.append(lines[index])
            index += 1
    return result


def _column_of(x0: float, columns: list[float]) -> int | None:
    for number, edge in enumerate(columns):
        if abs(x0 - edge) <= COLUMN_TOLERANCE:
            return number
    return None


def _is_candidate(line: PageLine) -> bool:
    return line.cells is None and len(line.segments) >= 2


def _extend_block(lines: list[PageLine], start: int) -> tuple[int, list[float]]:
    """End (exclusive) of the table block starting at `start`, or `start`, and its column edges."""
    first = lines[start]
    if not _is_candidate(first):
        return start, []
    columns = [segment.x0 for segment in first.segments]
    multi = 1
    end = start + 1
    previous = first
    while end < len(lines):
        line = lines[end]
        height = max(previous.bottom - previous.top, 1.0)
        if (
            line.cells is not None
            or line.top - previous.bottom > ROW_GAP_LINES * height
            or abs(line.size - first.size) > SIZE_TOLERANCE
        ):
            break
        places = [_column_of(segment.x0, columns) for segment in line.segments]
        if not places or None in places:
            break
        if len(places) == 1 and places[0] == 0 and not _wraps_first_cell(lines, end, columns):
            break
        if len(places) >= 2:
            multi += 1
        previous = line
        end += 1
    if multi < TABLE_MIN_ROWS:
        return start, []
    return end, columns


def _wraps_first_cell(lines: list[PageLine], index: int, columns: list[float]) -> bool:
    """True when a one-segment line in the first column is the wrapped end of the cell above.

    Alone it could as well be the paragraph after the table, so it counts as
    part of the table only when it sits at the line pitch under the row above
    and a row aligned with the table's columns follows it just as closely.
    """
    line, above = lines[index], lines[index - 1]
    if index + 1 >= len(lines):
        return False
    if len(columns) > 1 and line.segments[0].x1 > columns[1]:
        return False  # it runs on under the next column: a paragraph under the row ("9 | Finance", then its minutes)
    below = lines[index + 1]
    pitch = max(above.bottom - above.top, 1.0)
    if line.top - above.bottom > WRAP_GAP_LINES * pitch or below.top - line.bottom > ROW_GAP_LINES * pitch:
        return False
    places = [_column_of(segment.x0, columns) for segment in below.segments]
    return below.cells is None and len(places) >= 2 and None not in places


def _starts_own_row(above: PageLine, line: PageLine, columns: list[float], right: float) -> bool:
    """True when a one-segment line under a table row is not the wrapped end of the cell above it.

    Text wraps when its next word does not fit, so a line whose first word
    would have fitted after the text above it in its column, before the next
    column (or the page's text edge, for the last column), is an entry of its
    own: a name a line in a list printed beside its label.
    """
    segment = line.segments[0]
    column = _column_of(segment.x0, columns)
    if column is None or column == 0:
        return False
    cell = next((seg for seg in above.segments if _column_of(seg.x0, columns) == column), None)
    if cell is None:
        return True  # nothing above it in its column to wrap from
    limit = columns[column + 1] - column_gap(line.size) if column + 1 < len(columns) else right
    first_word = segment.text.split(" ", 1)[0]
    word_width = (segment.x1 - segment.x0) * len(first_word) / max(len(segment.text), 1)
    return cell.x1 + word_width + WRAP_SLACK_EMS * line.size <= limit


def _cell_text(printed: list[tuple[str, bool]]) -> str:
    """A cell of a table drawn without rules from its printed lines (text, bold): one run, except that a bold title
    opening the cell above regular text ("Finance and payments" over "The payments were approved.") stays on a line
    of its own, as a ruled table's cell keeps it (`normalise_cell_text`)."""
    texts = [text for text, _ in printed]
    title = 0
    while title < len(printed) and printed[title][1]:
        title += 1
    if 0 < title < len(printed):
        return " ".join(texts[:title]) + "\n" + " ".join(texts[title:])
    return " ".join(texts)


def _build_table_rows(block: list[PageLine], columns: list[float], *, key: object, right: float) -> list[PageLine]:
    pitches = [b.top - a.top for a, b in zip(block, block[1:])]
    wrap_pitch = min(pitches) if pitches else 0.0
    # A header row set apart ("Present:" | "Members of the Public" over names a line each) pads nothing: only gaps
    # between the rows under it say that the rows are padded and the closer lines wrapped cells.
    padded = any(pitch > wrap_pitch + ROW_PADDING_MIN for pitch in pitches[1:])
    rows: list[tuple[PageLine, list[list[tuple[str, bool]]]]] = []
    for number, line in enumerate(block):
        weights = line.segment_bold
        if weights is None or len(weights) != len(line.segments):
            weights = (False,) * len(line.segments)
        placed = [(_column_of(segment.x0, columns) or 0, (segment.text, bold))
                  for segment, bold in zip(line.segments, weights)]
        wrapped = number > 0 and (
            (len(placed) == 1 and not _starts_own_row(block[number - 1], line, columns, right))
            or (padded and pitches[number - 1] <= wrap_pitch + ROW_PADDING_MIN)
        )
        if not wrapped:
            rows.append((line, [[] for _ in columns]))
        for column, text in placed:
            rows[-1][1][column].append(text)
        if wrapped:
            rows[-1][0].bottom = line.bottom
    built = []
    for line, parts in rows:
        cells = tuple(_cell_text(texts) for texts in parts)
        built.append(PageLine(
            text=" ".join(cell.replace("\n", " ") for cell in cells if cell), top=line.top, bottom=line.bottom,
            size=line.size, bold=False, cells=cells, table_key=key, segments=line.segments,
        ))
    return built
