"""PDF pages to lines and tables, with pypdfium2 for speed and pdfplumber for tables.

Engines:
- "pdfium": every page through pypdfium2's text page (fast). Tables are only
  found from aligned columns, as for tables drawn without rules.
- "pdfplumber": every page through pdfplumber; ruled tables via `find_tables`.
- "auto": pypdfium2 reads every page. On a page whose drawing holds enough
  ruling lines or boxes to make a table, the rules are read from pdfium's
  path objects and handed to pdfplumber's table geometry (the same cells its
  `find_tables` would draw), and pdfium's characters are sorted into those
  cells. pdfplumber never parses the page, which is what makes it slow.

Both engines cut a page into `layout.Fragment`s; lines, headings, unruled
tables and running headers and footers are then built by the shared code in
`layout`, so the engines give the same lines for the same page.
"""

from __future__ import annotations

import bisect
import ctypes
import io
import itertools
import math
import operator
import re
from collections import Counter
from contextlib import ExitStack
from dataclasses import dataclass, field, replace
from typing import Any, Iterator

import pdfplumber
import pdfplumber.table as plumber_table
import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
from pdfminer.pdfdocument import PDFPasswordIncorrect
from pdfplumber.utils.exceptions import PdfminerException

from ..errors import UnreadableDocument
from . import layout, ligatures, ocr, quality, underline
from .document import RUNNING_TITLE, ParsedDocument, build_document
from .layout import Fragment, PageLine
from .ocr import OcrBudget, OcrMode, why_no_ocr

ENGINES = ("auto", "pdfplumber", "pdfium")
EOF_MARKER_WINDOW = 4096
"""A complete PDF ends with %%EOF within this many bytes of its end."""
RULE_MAX_THICKNESS = 3.0
"""A drawn path thinner than this (points) in one direction is a rule, not a box."""
RULE_MIN_LENGTH = 10.0
TABLE_MIN_RULES = 4
"""Ruling lines (or boxes) on a page before it is worth looking for a table."""
GRID_MIN_SEGMENTS = 8
"""A single path with this many segments, over a sizeable area, may draw a whole grid."""
GRID_MIN_SIDE = 20.0
PAGE_OBJECT_MAX_DEPTH = 15
"""Levels of nested form XObjects searched for paths, as pypdfium2's `get_objects` searches."""
FONT_NAME_BUFFER = 256
# pdfplumber's find_tables defaults, so both engines draw the same cells from the same rules.
EDGE_SNAP_TOLERANCE = plumber_table.DEFAULT_SNAP_TOLERANCE
EDGE_JOIN_TOLERANCE = plumber_table.DEFAULT_JOIN_TOLERANCE
EDGE_MIN_LENGTH_PREFILTER = 1.0
EDGE_MIN_LENGTH = 3.0
INTERSECTION_TOLERANCE = 3.0
LONG_WORD_CHARS = 12
"""pdfium writes the spaces a producer left out itself, from the glyph positions; a word this long
from pdfium is measured again with the shared rule (`layout.insert_word_spaces`) in case it missed one."""
NARROW_CHAR_EMS = 0.35
"""A word's characters are rarely narrower than this many ems on average ("ill" is; words and their
spaces are not): a word after one typed space that starts within that reach of the word before cannot
stand a column's gap apart, so it is not measured."""
INK_RENDER_SCALE = 50 / 72
"""Pages without characters are rendered at 50 dpi to see whether they draw anything."""
INK_LEVEL = 160
"""A grey level (0 black, 255 white) darker than this is ink."""
OUTLINE_MIN_EDGES = 0.01
"""Share of a page's pixels where ink starts or stops along a row, above which a page draws text.

Lettering is short strokes: a page of print at 50 dpi changes between ink and
paper at several per cent of its pixels. A blank page, a few rules or a filled
block change at a fraction of one per cent. The paths may sit anywhere (a
tiling pattern included), so the rendered page is measured, not its objects.
"""

UNMAPPED_FONTS_TEXT = "text layer unreadable: fonts without a Unicode map"
OCR_TIMED_OUT_TEXT = (
    f"OCR ran out of time (at most {ocr.OCR_PAGE_SECONDS} s a page, and half the file's --timeout in all; text set "
    "sideways or a dense grid?), so the text is missing: check the PDF, or raise --timeout"
)
OUTLINED_TEXT = "text drawn as vector outlines"
PARTLY_UNMAPPED_TEXT = "some text is in fonts without a Unicode map and is missing"
LOST_LIGATURES_TEXT = "ligature glyphs (fi, ff, ti, tt …) the text layer lost"
GLYPH_NAME_MAX_PAGES = 5
"""Pages pdfminer parses to read lost glyphs' names: enough words to decide, in a second or two."""


def parse_pdf(
    data: bytes,
    *,
    path: str,
    name: str,
    sha256: str,
    engine: str = "auto",
    password: str | None = None,
    ocr: OcrMode = "auto",
    ocr_seconds: float | None = None,
) -> ParsedDocument:
    """Read a PDF's bytes into a `ParsedDocument`; raise `UnreadableDocument` if it cannot be read.

    Pages whose text is not language (`quality.judge_page_text`) and pages
    without characters are found first. When an OCR engine is installed they
    are read by OCR (`ingest.ocr`): with `ocr="always"` all of them, by
    default ("auto") the scanned ones and those without language when a
    document has at most `AUTO_OCR_MAX_PAGES`; otherwise ("never" too) the
    document fails or warns with what they are and what would read them.
    """
    if engine not in ENGINES:
        raise ValueError(f"engine must be one of {', '.join(ENGINES)}, not {engine!r}")
    missing = why_no_ocr(ocr)
    if b"%%EOF" not in data[-EOF_MARKER_WINDOW:]:
        raise UnreadableDocument(
            path, "damaged or truncated PDF (it stops before its end marker): download or copy it again",
            kind="truncated",
        )
    try:
        if engine == "pdfplumber":
            reading = _read_with_pdfplumber(data, path=path, password=password)
        else:
            reading = _read_with_pdfium(data, path=path, password=password, use_tables=engine == "auto")
    except UnreadableDocument:
        raise
    except Exception as err:  # pdfminer and pdfium raise many unrelated types on broken content
        raise _damaged(path, err) from err
    if not reading.pages:
        raise UnreadableDocument(path, "damaged PDF with no pages: download or copy it again", kind="truncated")
    reading.ocr_budget = OcrBudget(ocr_seconds)
    warnings = _restore_lost_glyphs(data, reading, password=password, missing=missing)
    warnings += _recover_unmapped_text(data, reading, password=password, asked=ocr == "always", missing=missing)
    drawings = _describe_textless_pages(data, reading.textless, password=password)
    if ocr == "always":
        warnings += _read_pages_by_ocr(data, reading, drawings, path=path, password=password, missing=missing)
    else:
        warnings += _read_scans_by_ocr(data, reading, drawings, password=password, missing=missing)
        warnings += _check_text_layer(path, reading, drawings, missing=missing)
    if reading.ocr_timed_out:
        warnings.append(f"{_pages(sorted(reading.ocr_timed_out))}: {OCR_TIMED_OUT_TEXT}")
    title = layout.running_title(reading.pages, reading.heights)
    pages = layout.remove_page_furniture(reading.pages, reading.heights)
    pages = [layout.find_unruled_tables(lines, index) for index, lines in enumerate(pages)]
    layout.link_continued_tables(pages)
    layout.mark_bold_leads(pages)
    body_sizes = layout.resolve_body_sizes(
        [layout.sizes_outside_tables(lines, counted) for lines, counted in zip(pages, reading.sizes)]
    )
    return _whole_characters(build_document(
        name=name,
        sha256=sha256,
        format="pdf",
        pages_of_rows=[layout.build_rows(lines, body) for lines, body in zip(pages, body_sizes)],
        path=path,
        warnings=warnings,
        metadata={RUNNING_TITLE: "\n".join(title)} if title else None,
    ))


_SURROGATE = re.compile("[\ud800-\udfff]")
"""Half of a UTF-16 pair: pdfium gives a character beyond the first 65,536 (an emoji) as two, one index each."""


def _whole_text(text: str) -> str:
    """`text` with each surrogate pair joined into its character and a lone half (a broken font's) made U+FFFD."""
    if not _SURROGATE.search(text):
        return text
    return text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")


def _whole_characters(document: ParsedDocument) -> ParsedDocument:
    """`document` with whole characters in its lines, cells and tables (`_whole_text`), once reading is done: a
    store or a file can encode no half of a pair."""
    for page in document.pages:
        if not any(_SURROGATE.search(line.text) for line in page.lines):
            continue
        page.lines = [
            replace(
                line,
                text=_whole_text(line.text),
                cells=tuple(_whole_text(cell) for cell in line.cells) if line.cells is not None else None,
                spans=tuple(replace(span, text=_whole_text(span.text)) for span in line.spans) if line.spans else line.spans,
            )
            for line in page.lines
        ]
    document.tables = [
        replace(table, rows=tuple(tuple(_whole_text(cell) for cell in row) for row in table.rows))
        for table in document.tables
    ]
    return document


@dataclass(slots=True)
class _Reading:
    """What an engine read: lines, height and font sizes per page."""

    pages: list[list[PageLine]] = field(default_factory=list)
    heights: list[float] = field(default_factory=list)
    sizes: list[Counter[float]] = field(default_factory=list)
    verdicts: list[str | None] = field(default_factory=list)
    """Per page, `quality.UNMAPPED_FONTS` when its text is not language, else None."""
    unmapped: dict[int, "_UnmappedRuns"] = field(default_factory=dict)
    """Pages (1-based) with runs in fonts without a Unicode map, kept apart to be read by OCR."""
    lost: ligatures.LostGlyphs = field(default_factory=ligatures.LostGlyphs)
    """Ligature glyphs inside words that the text layer gives no letters for, marked in the text."""
    read_by_ocr: list[int] = field(default_factory=list)
    """Pages (1-based) read whole by OCR without `--ocr`: they count against `AUTO_OCR_MAX_PAGES`."""
    ocr_timed_out: list[int] = field(default_factory=list)
    """Pages (1-based) OCR ran out of time on (`ocr.OcrBudget`): never sent to OCR again; a warning names them."""
    ocr_budget: OcrBudget = field(default_factory=OcrBudget)
    """The time OCR may take over the whole document."""
    engine: str = "pdfium"
    """Which engine read the characters: pdfminer is asked about lost glyphs only after pdfium."""

    def add(self, lines: list[PageLine], height: float, sizes: Counter[float], verdict: str | None = None) -> None:
        self.pages.append(lines)
        self.heights.append(float(height))
        self.sizes.append(sizes)
        self.verdicts.append(verdict)

    @property
    def textless(self) -> list[int]:
        return [number for number, sizes in enumerate(self.sizes, start=1) if not sizes]

    @property
    def unreadable(self) -> list[int]:
        """Pages with characters that make no language (fonts without a Unicode map)."""
        return [number for number, verdict in enumerate(self.verdicts, start=1) if verdict == quality.UNMAPPED_FONTS]

    @property
    def partly_unreadable(self) -> list[int]:
        """Pages whose text is language but part of it is in a font without a Unicode map."""
        return [number for number, verdict in enumerate(self.verdicts, start=1) if verdict == quality.PARTLY_UNMAPPED]

    def clear(self, number: int) -> None:
        """Forget what was read on a page (1-based), as if it had no text."""
        self.pages[number - 1] = []
        self.sizes[number - 1] = Counter()

    def take_ocr_pages(self, recognised: dict[int, "ocr.RecognisedPage"]) -> None:
        """Put each page OCR read (1-based) in place of what its text layer gave, judged readable now; a page OCR ran
        out of time on keeps what its text layer read as language and is noted."""
        for number, page in recognised.items():
            if page.timed_out:
                # What the text layer read stays (the readable part of a page in fonts without a Unicode map), but
                # not text that makes no language: noise in search and extraction.
                if self.verdicts[number - 1] == quality.UNMAPPED_FONTS:
                    self.clear(number)
                self.verdicts[number - 1] = None
                if number not in self.ocr_timed_out:
                    self.ocr_timed_out.append(number)
                continue
            fragments = _ocr_fragments(page)
            self.pages[number - 1] = layout.group_fragments(fragments)
            self.sizes[number - 1] = layout.count_sizes(fragments)
            self.heights[number - 1] = page.height / ocr.RENDER_SCALE
            self.verdicts[number - 1] = None
        self.read_by_ocr.extend(recognised)


OCR_FONT_SIZE = 10.0
"""Size given to a page's recognised lines when it has no lines to measure."""
OCR_LARGE_LINE_RATIO = 1.4
"""OCR gives no fonts: a page's recognised lines take the height of its usual line as their size
(a line box, ascenders to descenders, is about an em), unless a line stands this many times
taller than the usual one, as a title does.

Letters with and without ascenders make line boxes differ by a fifth or so,
so smaller differences are not read as a change of type."""

def _read_pages_by_ocr(
    data: bytes, reading: _Reading, drawings: dict[int, str], *, path: str, password: str | None, missing: str | None
) -> list[str]:
    """Fill the pages without readable text from OCR (`missing` says why it cannot run, or is None); say which pages
    were recognised."""
    numbers = sorted((set(reading.textless) | set(reading.unreadable) | set(reading.partly_unreadable))
                     - set(reading.ocr_timed_out))
    if not numbers:
        return []
    if missing is not None and not reading.textless and not reading.unreadable:
        return _check_text_layer(path, reading, drawings, missing=missing)  # every page has text to keep: warn, as without --ocr
    if missing is not None:
        found = _name_unreadable(reading.unreadable, drawings)
        if found is not None:
            kind, text = found
            raise UnreadableDocument(path, f"{text}, and OCR cannot run: {missing}", kind=kind)
        raise UnreadableDocument(
            path, f"scanned PDF pages without a text layer, and OCR cannot run: {missing}", kind="no_text",
        )
    reading.take_ocr_pages(ocr.read_pages_by_ocr(data, numbers, password=password, budget=reading.ocr_budget))
    _fail_when_ocr_left_nothing(path, reading)
    read = [number for number in numbers if number not in reading.ocr_timed_out]
    listed = ", ".join(str(number) for number in read)
    return [f"text of page(s) {listed} recognised by OCR: check names and numbers against the scan"] if read else []


def _ocr_fragments(page: "ocr.RecognisedPage") -> list[Fragment]:
    """Recognised words as fragments in points, each spanning its whole printed line.

    Words of one tesseract line share the line's top and bottom, so they make
    one line again; words of a column beside it at the same height join that
    line as a separate segment, as characters read from a text layer would.
    """
    scale = ocr.RENDER_SCALE
    spans: dict[tuple[int, ...], list[int]] = {}
    for word in page.words:
        span = spans.setdefault(word.line, [word.top, word.bottom])
        span[0], span[1] = min(span[0], word.top), max(span[1], word.bottom)
    heights = sorted(bottom - top for top, bottom in spans.values())
    usual = heights[len(heights) // 2] if heights else 0
    body = round(usual / scale, 1) if usual else OCR_FONT_SIZE
    fragments = []
    for word in page.words:
        top, bottom = spans[word.line]
        ratio = (bottom - top) / usual if usual else 1.0
        size = round(body * ratio, 1) if ratio >= OCR_LARGE_LINE_RATIO else body
        fragments.append(Fragment(
            text=word.text, x0=word.left / scale, x1=word.right / scale, top=top / scale, bottom=bottom / scale,
            sizes=((size, len(word.text)),), bold=False,
        ))
    return fragments


# --- text in fonts without a Unicode map ------------------------------------------

UNMAPPED_MIN_CHARS = 2
"""Visible characters an unmapped run needs to be read again: a lone glyph is a bullet or a symbol."""
UNMAPPED_PAGE_SHARE = 0.5
"""Without OCR, a page whose unmapped runs hold more than this share of its characters is unreadable."""
AUTO_OCR_MAX_PAGES = 8
"""Pages mostly in fonts without a Unicode map read whole by OCR without `--ocr` (a few seconds each)."""
RECOVERED_LINE_OVERLAP = 0.5
"""Share of the shorter height a recovered run and a line must overlap to be one printed line."""
RECOVERED_TEXT = "text in fonts without a Unicode map recovered by OCR"
UNRECOVERED_TEXT = "text in fonts without a Unicode map is missing"


@dataclass(slots=True)
class _UnmappedRuns:
    """A page's runs in fonts without a Unicode map (their text is glyph codes), kept to be read by OCR."""

    runs: list[Fragment]
    share: float
    """Share of the page's characters these runs hold."""


_GLYPH_CODE = re.compile(r"[\x01\x03-\x08\x0b\x0c\x0e-\x1f]")
"""Control characters: glyph codes pdfium passes through where a font gives no Unicode (as `quality`),
less code 2, which pdfium writes for a mapped hyphen (`layout` reads it as one)."""


def _split_unmapped_runs(
    text: str, reader: "_PdfiumChars", runs: list[tuple[Fragment, int, int]]
) -> tuple[list[tuple[Fragment, int, int]], _UnmappedRuns]:
    """The page's readable runs, cut where its words in a font without a Unicode map begin and end,
    and those words apart.

    A run is unmapped when most of its characters are (pdfium says so per
    character); in other runs a word is, when most of its characters are, and
    consecutive unmapped words make one unmapped run, boxed from their characters.
    A lone glyph (a bullet, a symbol) stays where it is.
    """
    readable: list[tuple[Fragment, int, int]] = []
    unmapped: list[Fragment] = []
    for fragment, start, end in runs:
        flags = [_has_map_error(reader.raw, index) == 1 for index in range(start, end)]
        if not any(flags):
            readable.append((fragment, start, end))
            continue
        if 2 * sum(flags) > end - start:  # a run mostly in such a font is read again whole
            if _glyph_count(text, start, end) >= UNMAPPED_MIN_CHARS:
                unmapped.append(fragment)
            else:
                readable.append((fragment, start, end))
            continue
        pieces: list[list[Any]] = []  # [unmapped?, first index, end index]
        for word in _WORD.finditer(text, start, end):
            first, last = word.span()
            lost = 2 * sum(flags[first - start:last - start]) > last - first
            if pieces and pieces[-1][0] == lost:
                pieces[-1][2] = last
            else:
                pieces.append([lost, first, last])
        for number, (lost, first, last) in enumerate(pieces):
            size, bold = reader.read_font(first)
            piece = reader.build(text, first, last, {size: last - first}, bold, fragment.glued and number == 0)
            if lost and _glyph_count(text, first, last) >= UNMAPPED_MIN_CHARS:
                unmapped.append(piece)
            else:
                readable.append((piece, first, last))
    kept = sum(end - start for _, start, end in readable)
    lost_chars = sum(count for fragment in unmapped for _, count in fragment.sizes)
    return readable, _UnmappedRuns(_join_neighbours(unmapped), lost_chars / max(kept + lost_chars, 1))


def _glyph_count(text: str, start: int, end: int) -> int:
    """Characters from `start` to `end` that are drawn glyphs (glyph codes included), not white space."""
    return sum(1 for char in text[start:end] if not char.isspace() and char not in _NO_TEXT)


def _join_neighbours(runs: list[Fragment]) -> list[Fragment]:
    """Unmapped runs with those printed side by side on one line, closer than a column's gap, made one:
    a word cut into pieces is then read whole."""
    joined: list[Fragment] = []
    for run in sorted(runs, key=lambda run: (run.top, run.x0)):
        last = joined[-1] if joined else None
        if last is not None:
            size = max(max(size for size, _ in last.sizes), max(size for size, _ in run.sizes))
            gap = run.x0 - last.x1
            if -size < gap < layout.column_gap(size) and _same_height(last, run):
                sizes = Counter(dict(last.sizes))
                sizes.update(dict(run.sizes))
                joined[-1] = Fragment(
                    text=f"{last.text} {run.text}", x0=min(last.x0, run.x0), x1=max(last.x1, run.x1),
                    top=min(last.top, run.top), bottom=max(last.bottom, run.bottom),
                    sizes=tuple(sizes.items()), bold=last.bold and run.bold, glued=last.glued,
                )
                continue
        joined.append(run)
    return joined


def _recover_unmapped_text(
    data: bytes, reading: _Reading, *, password: str | None, asked: bool, missing: str | None
) -> list[str]:
    """Read the text in fonts without a Unicode map by OCR, when OCR can run; else leave it out.

    On a page mostly in such fonts the whole page is read, as `--ocr` reads it.
    On other pages only those runs are read, from their boxes: the rest keeps
    its text layer, and each recovered run keeps its place, size and weight,
    joining the line it was printed on. Without OCR a page mostly in such fonts
    is unreadable, as before; on other pages the runs are left out and the
    warning says what would recover them. Unless OCR was `asked` for, a document
    with more than `AUTO_OCR_MAX_PAGES` such pages is reported as before (use
    --ocr): reading it whole would take minutes. `missing` says why OCR may not run.
    """
    if not reading.unmapped:
        return []
    mostly = sorted(number for number, unmapped in reading.unmapped.items() if unmapped.share > UNMAPPED_PAGE_SHARE)
    partly = sorted(number for number in reading.unmapped if number not in mostly)
    if not asked and len(mostly) > AUTO_OCR_MAX_PAGES:
        for number in mostly:
            reading.verdicts[number - 1] = quality.UNMAPPED_FONTS
        mostly = []
    if missing is not None:
        for number in mostly:
            reading.verdicts[number - 1] = quality.UNMAPPED_FONTS  # reported as an unreadable page
        for number in partly:
            reading.verdicts[number - 1] = None
        return [f"{_pages(partly)}: {UNRECOVERED_TEXT}; OCR would recover it, but {missing}"] if partly else []
    warnings = []
    if mostly:
        reading.take_ocr_pages(ocr.read_pages_by_ocr(data, mostly, password=password, budget=reading.ocr_budget))
        read = [number for number in mostly if number not in reading.ocr_timed_out]
        if read:
            warnings.append(f"{_pages(read)}: {UNMAPPED_FONTS_TEXT}, read whole by OCR: check names and numbers "
                            "against the PDF")
    if partly:
        boxes = {number: [(run.x0, run.top, run.x1, run.bottom) for run in reading.unmapped[number].runs]
                 for number in partly}
        recognised = ocr.read_boxes_by_ocr(data, boxes, password=password, budget=reading.ocr_budget)
        count = 0
        recovered: list[int] = []
        empty: list[int] = []
        for number in partly:
            texts = recognised.get(number, [])
            found = [replace(run, text=text) for run, text in zip(reading.unmapped[number].runs, texts) if text]
            reading.pages[number - 1] = _place_recovered(reading.pages[number - 1], found)
            reading.verdicts[number - 1] = None
            count += len(found)
            (recovered if found else empty).append(number)
        if recovered:
            warnings.append(f"{_pages(recovered)}: {RECOVERED_TEXT} ({count} run(s)): check names and numbers "
                            "against the PDF")
        if empty:  # white or hidden text, or a rotated page
            warnings.append(f"{_pages(empty)}: {UNRECOVERED_TEXT}; OCR found nothing printed in its place")
    return warnings


def _place_recovered(lines: list[PageLine], found: list[Fragment]) -> list[PageLine]:
    """The page's lines with the recovered runs put back: a run joins the text line it was printed on."""
    if not found:
        return lines
    kept: list[PageLine] = []
    fragments = list(found)
    for line in lines:
        if line.cells is not None or not any(_same_height(line, run) for run in found):
            kept.append(line)
            continue
        for segment in line.segments or (layout.Segment(found[0].x0, found[0].x1, line.text),):
            fragments.append(Fragment(
                text=segment.text, x0=segment.x0, x1=segment.x1, top=line.top, bottom=line.bottom,
                sizes=((line.size, len(segment.text)),), bold=line.bold,
            ))
    return sorted(kept + layout.group_fragments(fragments), key=operator.attrgetter("top"))


def _same_height(line: PageLine | Fragment, run: Fragment) -> bool:
    """True when a run overlaps most of a line's (or another run's) height, or the line most of the run's."""
    overlap = min(line.bottom, run.bottom) - max(line.top, run.top)
    return overlap > RECOVERED_LINE_OVERLAP * min(line.bottom - line.top, run.bottom - run.top)


def _read_scans_by_ocr(
    data: bytes, reading: _Reading, drawings: dict[int, str], *, password: str | None, missing: str | None
) -> list[str]:
    """Without `--ocr`, read by OCR the scanned pages, those drawn as outlines and those whose text is not
    language, when OCR can run (`missing` is None) and they are few.

    A page takes seconds, so a document with more than `AUTO_OCR_MAX_PAGES` to
    read (pages already read whole by OCR count) is left to `--ocr`, and
    `_check_text_layer` says so. Pages that draw no image and no lettering are
    not read: there is nothing on them to recognise.
    """
    numbers = sorted(({number for number in reading.textless if drawings.get(number) in ("scan", "outlines")}
                      | set(reading.unreadable)) - set(reading.ocr_timed_out))
    if missing is not None or not numbers or len(numbers) + len(reading.read_by_ocr) > AUTO_OCR_MAX_PAGES:
        return []
    reading.take_ocr_pages(ocr.read_pages_by_ocr(data, numbers, password=password, budget=reading.ocr_budget))
    found = [number for number in numbers if reading.sizes[number - 1]]
    if not found:
        return []
    listed = ", ".join(str(number) for number in found)
    return [f"text of page(s) {listed} recognised by OCR: check names and numbers against the scan"]


def _ocr_advice(missing: str | None, pending: int) -> str:
    """What would read the pages OCR did not: `--ocr` when OCR can run, else what stops it."""
    if missing is not None:
        return f"OCR would read it, but {missing}"
    if pending > AUTO_OCR_MAX_PAGES:
        return f"use --ocr ({pending} page(s) to read, more than the {AUTO_OCR_MAX_PAGES} read by OCR without it)"
    return "use --ocr"


def _fail_when_ocr_left_nothing(path: str, reading: _Reading) -> None:
    """Fail when OCR ran out of time and no page has text: the document would load empty."""
    if reading.ocr_timed_out and len(reading.textless) == len(reading.pages):
        raise UnreadableDocument(
            path, f"{_pages(sorted(reading.ocr_timed_out))}: {OCR_TIMED_OUT_TEXT}, and no other page has text",
            kind="no_text",
        )


def _check_text_layer(path: str, reading: _Reading, drawings: dict[int, str], *, missing: str | None) -> list[str]:
    """Fail when no page has readable text; warn when only some pages lack it, and say what would read them.

    Pages whose text is not language lose it: glyph codes stored as text would
    only be noise in search and extraction. `missing` says why OCR may not run
    (None: it can, and `--ocr` would read what is left).
    """
    unreadable = reading.unreadable
    for number in unreadable:
        reading.clear(number)
    textless = reading.textless
    tried = set(reading.read_by_ocr)
    pending = len([number for number in textless if number not in tried and drawings.get(number) != "blank"])
    advice = _ocr_advice(missing, pending + len(tried))
    _fail_when_ocr_left_nothing(path, reading)
    if len(textless) == len(reading.pages):
        found = _name_unreadable(unreadable, drawings)
        if found is not None:
            kind, text = found
            raise UnreadableDocument(path, f"{text}; {advice}", kind=kind)
        if tried and all(number in tried or drawings.get(number) == "blank" for number in textless):
            raise UnreadableDocument(path, "scanned PDF without a text layer, and OCR found no text on it",
                                     kind="no_text")
        raise UnreadableDocument(
            path, f"scanned PDF without a text layer; {advice} (or run it through OCR first, e.g. ocrmypdf)",
            kind="no_text",
        )
    warnings = []
    if unreadable:
        warnings.append(f"{_pages(unreadable)}: {UNMAPPED_FONTS_TEXT}; {advice}")
    partly = reading.partly_unreadable
    for number in partly:
        lines = reading.pages[number - 1]
        reading.pages[number - 1] = [line for line in lines if not quality.has_glyph_codes(line.text)]
    if partly:
        warnings.append(f"{_pages(partly)}: {PARTLY_UNMAPPED_TEXT}; {_ocr_advice(missing, 0)}")
    outlined = [number for number in textless if drawings.get(number) == "outlines"]
    if outlined:
        warnings.append(f"{_pages(outlined)}: {OUTLINED_TEXT}; {advice}")
    others = [number for number in textless
              if number not in unreadable and number not in outlined and number not in reading.ocr_timed_out]
    blank = [number for number in others if drawings.get(number) == "blank" and number not in tried]
    empty = [number for number in others if number in tried]
    scanned = [number for number in others if number not in blank and number not in empty]
    if scanned:
        warnings.append(f"{_pages(scanned)}: no text layer (scanned?), so the text is missing; {advice}")
    if empty:
        warnings.append(f"{_pages(empty)}: no text layer (scanned?), and OCR found no text")
    if blank:
        warnings.append(f"{_pages(blank)}: no text layer and no image (blank?)")
    return warnings


def _name_unreadable(unreadable: list[int], drawings: dict[int, str]) -> tuple[str, str] | None:
    """Kind and description of a document none of whose text can be read, unless it is a scan.

    Fonts without a Unicode map come first, then outlines unless a page is a scan.
    """
    if unreadable:
        return "unreadable_text", UNMAPPED_FONTS_TEXT
    kinds = set(drawings.values())
    if "outlines" in kinds and "scan" not in kinds:
        return "outlined_text", OUTLINED_TEXT
    return None


def _pages(numbers: list[int]) -> str:
    return ("page " if len(numbers) == 1 else "pages ") + ", ".join(str(number) for number in numbers)


def _describe_textless_pages(data: bytes, numbers: list[int], *, password: str | None) -> dict[int, str]:
    """What each page without characters draws: "scan" (an image), "outlines" (text as paths) or "blank"."""
    if not numbers:
        return {}
    drawings = {}
    document = pdfium.PdfDocument(data, password=password)
    try:
        for number in numbers:
            page = document[number - 1]
            try:
                if _has_image(page.raw):
                    drawings[number] = "scan"
                    continue
                image = page.render(scale=INK_RENDER_SCALE, grayscale=True).to_pil()
            finally:
                page.close()
            drawings[number] = "outlines" if _measure_ink_edges(image) >= OUTLINE_MIN_EDGES else "blank"
    finally:
        document.close()
    return drawings


def _measure_ink_edges(image: Any) -> float:
    """Share of an image's pixels where ink starts or stops along a row."""
    from PIL import ImageChops  # pypdfium2 renders to PIL images, so Pillow is there

    ink = image.convert("L").point(lambda value: 255 if value < INK_LEVEL else 0)
    edges = ImageChops.difference(ink, ImageChops.offset(ink, 1, 0))
    return edges.histogram()[255] / max(ink.width * ink.height, 1)


def _has_image(page: Any, form: Any = None, level: int = 0) -> bool:
    """True when a page draws an image object, in a form XObject or not."""
    count = _page_object_count(page) if form is None else _form_object_count(form)
    for index in range(max(count, 0)):
        obj = _page_object(page, index) if form is None else _form_object(form, ctypes.c_ulong(index))
        if not obj:
            continue
        kind = _object_type(obj)
        if kind == pdfium_c.FPDF_PAGEOBJ_IMAGE:
            return True
        if kind == pdfium_c.FPDF_PAGEOBJ_FORM and level < PAGE_OBJECT_MAX_DEPTH - 1:
            if _has_image(page, obj, level + 1):
                return True
    return False


# --- opening ------------------------------------------------------------------


def _open_pdfium(data: bytes, *, path: str, password: str | None) -> pdfium.PdfDocument:
    """Open with the empty password first, then the one given."""
    try:
        return pdfium.PdfDocument(data)
    except pdfium.PdfiumError as err:
        if not _is_password_error(err):
            raise _damaged(path, err) from err
        if not password:
            raise _encrypted(path, given=False) from err
    try:
        return pdfium.PdfDocument(data, password=password)
    except pdfium.PdfiumError as err:
        if _is_password_error(err):
            raise _encrypted(path, given=True) from err
        raise _damaged(path, err) from err


def _open_pdfplumber(data: bytes, *, path: str, password: str | None) -> Any:
    for attempt in ("", password):
        if attempt is None:
            break
        try:
            return pdfplumber.open(io.BytesIO(data), password=attempt)
        except (PdfminerException, PDFPasswordIncorrect) as err:
            if not _is_password_error(err):
                raise _damaged(path, err) from err
            if attempt or not password:
                raise _encrypted(path, given=bool(attempt)) from err
        except Exception as err:  # pdfminer raises many unrelated types on broken files
            raise _damaged(path, err) from err
    raise _encrypted(path, given=bool(password))


def _is_password_error(err: Exception) -> bool:
    if isinstance(err, pdfium.PdfiumError):
        return getattr(err, "err_code", None) == pdfium_c.FPDF_ERR_PASSWORD or "password" in str(err).lower()
    inner = err.args[0] if err.args else None
    return isinstance(err, PDFPasswordIncorrect) or isinstance(inner, PDFPasswordIncorrect)


def _encrypted(path: str, *, given: bool) -> UnreadableDocument:
    if given:
        return UnreadableDocument(path, "encrypted PDF and the password given is wrong: check --password",
                                  kind="encrypted")
    return UnreadableDocument(path, "encrypted PDF: pass --password to read it", kind="encrypted")


def _damaged(path: str, err: Exception) -> UnreadableDocument:
    detail = " ".join(str(err).split()) or type(err).__name__
    return UnreadableDocument(
        path, f"damaged or truncated PDF ({detail}): download or copy it again", kind="truncated"
    )


def _too_large(path: str, page_number: int, what: str) -> UnreadableDocument:
    return UnreadableDocument(
        path, f"page {page_number} is too large to be a real page ({what}); check the file is not damaged",
        kind="too_large",
    )


# --- pdfium -------------------------------------------------------------------


def _read_with_pdfium(data: bytes, *, path: str, password: str | None, use_tables: bool) -> _Reading:
    reading = _Reading()
    with ExitStack() as stack:
        document = _open_pdfium(data, path=path, password=password)
        stack.callback(document.close)
        for index in range(len(document)):
            page = document[index]
            try:
                # pdfium's character boxes are in the unrotated page space: the frame turns them as the page is shown
                frame = _PageFrame.of(page)
                width, height = frame.shown_size
                if max(width, height) > layout.MAX_PAGE_POINTS:
                    raise _too_large(path, index + 1, f"{width:.0f} x {height:.0f} points")
                textpage = page.get_textpage()
                try:
                    count = textpage.count_chars()
                    if count > layout.MAX_PAGE_CHARS:
                        raise _too_large(path, index + 1, f"{count} characters")
                    text = _read_pdfium_text(textpage)
                    reader = _PdfiumChars(textpage.raw, frame)
                    text = _mark_lost_glyphs(text, reader, reading.lost, index + 1)
                    text = _join_glyph_lines(text, reader)
                    underlined = _pdfium_underlined_words(page, frame, text, reader)
                    runs = list(_iter_pdfium_runs(text, reader, underlined))
                    sizes = layout.count_sizes(fragment for fragment, _, _ in runs)
                    judged = text
                    if reader.unmapped or _GLYPH_CODE.search(text) is not None:
                        # a font without a Unicode map: rare, so only then are characters looked at one by one
                        runs, unmapped = _split_unmapped_runs(text, reader, runs)
                        if unmapped.runs:
                            reading.unmapped[index + 1] = unmapped
                            judged = " ".join(fragment.text for fragment, _, _ in runs)
                    if use_tables and _has_rules(page):
                        lines = _read_ruled_pdfium_page(page, reader, text, runs, index, frame)
                    else:
                        lines = layout.group_fragments(fragment for fragment, _, _ in runs)
                finally:
                    textpage.close()
            finally:
                page.close()
            reading.add(lines, height, sizes, quality.judge_page_text([judged]) if sizes else None)
    return reading


def _join_glyph_lines(text: str, reader: "_PdfiumChars") -> str:
    """The page's text with a line break pdfium wrote between glyphs of one printed line made spaces.

    Text drawn a glyph at a time, each glyph its own object, sometimes comes
    out of pdfium a line per glyph or few glyphs ("P\r\nr\r\ne…") when another
    column shares the printed line. A break stands between two lines of which
    one holds at most `GLYPH_LINE_MAX` glyphs, where the glyph after it sits on
    the same printed line as the one before, further on by less than a column's
    gap: the break becomes spaces of the same length, so indexes still name
    the same characters, and the run's word spaces are read from the glyphs
    (`_PdfiumChars.build`). Every other break stands.
    """
    if "\r\n" not in text:
        return text
    chars: list[str] | None = None
    position = text.find("\r\n")
    while position >= 0:
        here, position = position, text.find("\r\n", position + 2)
        before, after = here - 1, here + 2
        if before < 0 or after >= len(text) or text[before].isspace() or text[after].isspace():
            continue
        line_start = max(text.rfind("\n", 0, here) + 1, 0)
        line_end = position if position >= 0 else len(text)
        glyphs = min(sum(not char.isspace() for char in text[line_start:here]),
                     sum(not char.isspace() for char in text[after:line_end]))
        if glyphs > GLYPH_LINE_MAX:
            continue
        if not (_is_generated(reader.raw, here) and _is_generated(reader.raw, here + 1)):
            continue
        left, top, right, bottom = reader.top_down_box(before)
        next_left, next_top, _, next_bottom = reader.top_down_box(after)
        overlap = min(bottom, next_bottom) - max(top, next_top)
        if (
            overlap < layout.LINE_OVERLAP_SHARE * min(bottom - top, next_bottom - next_top)
            or not right - GLYPH_LINE_OVERLAP <= next_left < right + layout.column_gap(reader.printed_size(before))
        ):
            continue
        if chars is None:
            chars = list(text)
        chars[here] = chars[here + 1] = " "
    return text if chars is None else "".join(chars)


def _mark_lost_glyphs(text: str, reader: "_PdfiumChars", lost: ligatures.LostGlyphs, number: int) -> str:
    """The page's text with each lost ligature glyph inside a word replaced by its stand-in
    (`ligatures.LostGlyphs.mark`), one character for one, so indexes still name pdfium's characters.

    A glyph is lost when pdfium says its font gives it no Unicode, in a word
    whose other characters have theirs (a word mostly without is read by OCR
    whole, `_split_unmapped_runs`), or when it reads as a private-use character
    beside a letter (`ligatures.lost_in_word`). Each word holding one is recorded
    with its box, to be read again (`_restore_lost_glyphs`).
    """
    raw = reader.raw
    # one pass over the characters, kept to a call each: this runs on every page
    errors = {index for index in range(len(text)) if _has_map_error(raw, index) == 1}
    suspects = sorted(errors.union(match.start() for match in ligatures.PRIVATE_USE.finditer(text)))
    chars: list[str] | None = None
    last_end = -1
    for suspect in suspects:
        if suspect < last_end:
            continue
        word = _WORD.search(text, _word_start(text, suspect))
        if word is None or word.start() > suspect:
            continue
        start, end = word.span()
        last_end = end
        if _GLYPH_CODE.search(text, start, end) is not None:
            continue  # glyph codes passed through as control characters: a run in a font without a map
        found = []
        for index in range(start, end):
            if ligatures.is_private_use(text[index]):
                if ligatures.lost_in_word(word.group(), index - start):
                    found.append(index)
            elif index in errors and _beside_letter(text, index, start, end, errors):
                found.append(index)
        if not found or 2 * sum(1 for index in range(start, end) if index in errors) > end - start:
            continue
        if chars is None:
            chars = list(text)
        for index in found:
            if "\ud800" <= text[index] <= "\udbff" and index + 1 < end:
                chars[index + 1] = "\u200b"  # the second half of a private-use pair: nothing of its own
            _font_info(raw, index, reader.font_buffer, _FONT_NAME_BUFFER_SIZE, reader.flags_ref)
            code = text[index:index + 2] if "\ud800" <= text[index] <= "\udbff" else text[index]
            chars[index] = lost.mark((reader.font_buffer.value, code))
        x0, top, _, bottom = reader.top_down_box(start)
        _, top_b, x1, bottom_b = reader.top_down_box(end - 1)
        lost.words.append(ligatures.LostWord(
            number, (x0, min(top, top_b), x1, max(bottom, bottom_b)),
            "".join(chars[start:end]).replace("\u200b", "").rstrip("\ufffe"),
        ))
    return text if chars is None else "".join(chars)


def _beside_letter(text: str, index: int, start: int, end: int, errors: set[int]) -> bool:
    """True when a character without Unicode stands where letters were printed, judged by its neighbours
    in its word that have Unicode (`ligatures.stands_for_letters`)."""
    before = text[index - 1] if index > start and index - 1 not in errors else ""
    after = text[index + 1] if index + 1 < end and index + 1 not in errors else ""
    return ligatures.stands_for_letters(before, after)


def _word_start(text: str, index: int) -> int:
    """Where the word holding the character at `index` starts (after white space or a NUL)."""
    while index > 0 and not text[index - 1].isspace() and text[index - 1] not in "\x00\ufffe":
        index -= 1
    return index


def _restore_lost_glyphs(data: bytes, reading: _Reading, *, password: str | None, missing: str | None) -> list[str]:
    """Put back the lost ligature glyphs there is evidence for, and warn about the rest (`ligatures`).

    The evidence is the words' text as pdfminer reads it from the fonts' own
    glyph names (after pdfium only), then OCR of the words still undecided.
    """
    lost = reading.lost
    if not lost.words:
        return []
    samples = lost.samples()
    table: dict[str, str] = {}
    if reading.engine == "pdfium":
        table = ligatures.decide(_read_words(samples, _read_boxes_by_pdfminer(data, samples, password=password)))
    undecided = [word for word in samples if any(char in ligatures.MARKS and char not in table for char in word.text)]
    if missing is None and undecided:
        boxes: dict[int, list[tuple[float, float, float, float]]] = {}
        for word in undecided:
            boxes.setdefault(word.page, []).append(word.box)
        recognised = ocr.read_boxes_by_ocr(data, boxes, password=password, budget=reading.ocr_budget)
        by_ocr = ligatures.decide(_read_words(undecided, recognised))
        table.update((mark, ligature) for mark, ligature in by_ocr.items() if mark not in table)
        from_ocr = set(by_ocr)
    else:
        from_ocr = set()
    for number, lines in enumerate(reading.pages):
        reading.pages[number] = ligatures.restore_lines(lines, table)
    left = [word for word in lost.words if any(char in ligatures.MARKS and char not in table for char in word.text)]
    restored = len(lost.words) - len(left)
    unrestored = {id(word) for word in left}
    warnings = []
    if restored:
        kinds = ", ".join(sorted(set(table.values())))
        sources = [source for source, used in (("the fonts' glyph names", len(from_ocr) < len(table)),
                                               ("OCR of those words", bool(from_ocr))) if used]
        warnings.append(f"{_pages(sorted({word.page for word in lost.words if id(word) not in unrestored}))}: "
                        f"{LOST_LIGATURES_TEXT} ({kinds}) in {restored} word(s) restored from "
                        f"{' and '.join(sources)}")
    if left:
        example = "'" + "".join("?" if char in ligatures.MARKS else char for char in left[0].text) + "'"
        where = _pages(sorted({word.page for word in left}))
        if missing is not None:
            warnings.append(f"{where}: {LOST_LIGATURES_TEXT} in {len(left)} word(s) (such as {example}), left with "
                            f"a gap; OCR would restore them, but {missing}")
        else:
            warnings.append(f"{where}: {LOST_LIGATURES_TEXT} in {len(left)} word(s) (such as {example}), left with "
                            "a gap: OCR of those words did not show which letters they print")
    return warnings


def _read_words(words: list[ligatures.LostWord], texts: dict[int, list[str]]) -> list[dict[str, str]]:
    """What each word's reading (`texts`, per page in the words' order) says its stand-ins print."""
    places = {number: iter(page) for number, page in texts.items()}
    readings = []
    for word in words:
        text = next(places[word.page], "") if word.page in places else ""
        found = ligatures.read_ligatures(word.text, text)
        if found is not None:
            readings.append(found)
    return readings


def _read_boxes_by_pdfminer(
    data: bytes, words: list[ligatures.LostWord], *, password: str | None
) -> dict[int, list[str]]:
    """pdfminer's text inside each word's box, per page in the words' order.

    pdfminer names a glyph of a simple font by the font's own glyph names
    ("ff", "f_i") where pdfium finds no Unicode for it: that is evidence from
    the font itself. Only the pages holding most of the words are parsed
    (`GLYPH_NAME_MAX_PAGES`); pdfminer is slow.
    """
    found: dict[int, list[str]] = {}
    pages = Counter(word.page for word in words)
    try:
        with _open_pdfplumber(data, path="", password=password) as pdf:
            for number in sorted(number for number, _ in pages.most_common(GLYPH_NAME_MAX_PAGES)):
                page = pdf.pages[number - 1]
                try:
                    chars = page.chars
                    # pdfium measures from the crop box's top and the page's origin, pdfplumber from the media box
                    shift_x = -float(page.page_obj.mediabox[0])
                    shift_y = float(page.cropbox[1]) - float(page.mediabox[1])
                    texts = []
                    for word in words:
                        if word.page != number:
                            continue
                        x0, top, x1, bottom = word.box
                        x0, x1, top, bottom = x0 + shift_x, x1 + shift_x, top + shift_y, bottom + shift_y
                        inside = sorted((char for char in chars
                                         if x0 <= (char["x0"] + char["x1"]) / 2 <= x1
                                         and top <= (char["top"] + char["bottom"]) / 2 <= bottom),
                                        key=operator.itemgetter("x0"))
                        texts.append(layout.normalise_text("".join(char["text"] for char in inside)))
                    found[number] = texts
                finally:
                    page.close()
    except Exception:  # pdfminer fails on some files pdfium reads; then it gives no evidence
        return {}
    return found


def _has_rules(page: pdfium.PdfPage) -> bool:
    """True when the page draws enough ruling lines or boxes to hold a table."""
    rules = 0
    for path, outer in _iter_path_objects(page.raw):
        left, bottom, right, top = _read_bounds(path)
        if outer is not None:
            left, bottom, right, top = _transform_bounds((left, bottom, right, top), outer)
        width, height = right - left, top - bottom
        long_side, short_side = max(width, height), min(width, height)
        if long_side < RULE_MIN_LENGTH:
            continue
        if short_side <= RULE_MAX_THICKNESS or short_side >= RULE_MIN_LENGTH:
            rules += 1  # a rule, or a box such as a bordered cell
        if short_side >= GRID_MIN_SIDE and _is_grid_path(path):
            return True
        if rules >= TABLE_MIN_RULES:
            return True
    return False


def _is_grid_path(path: Any) -> bool:
    """True for one path drawing many straight segments and no curves, as a whole grid does.

    Logos and outlined lettering have curves, so they do not send a page to pdfplumber.
    """
    count = _segment_count(path)
    if count < GRID_MIN_SEGMENTS:
        return False
    for index in range(count):
        if _segment_type(_segment_at(path, index)) == pdfium_c.FPDF_SEGMENT_BEZIERTO:
            return False
    return True


_Matrix = tuple[float, float, float, float, float, float]


def _iter_path_objects(
    page: Any, form: Any = None, level: int = 0, outer: _Matrix | None = None
) -> Iterator[tuple["_Handle", _Matrix | None]]:
    """The path objects of a page, also those inside form XObjects, in drawing order.

    Each comes with the matrix of the forms it sits in (None on the page
    itself): pdfium gives a path's matrix and bounds in its form's space, and
    a form drawn scaled (a page laid out in pixels, then shrunk) would
    otherwise draw its rules off the page.
    Walks pdfium's object lists directly: pypdfium2's `get_objects` builds a
    helper object for each, which costs more than reading the path.
    """
    count = _page_object_count(page) if form is None else _form_object_count(form)
    if count < 0:
        raise pdfium.PdfiumError("Failed to get number of pageobjects.")
    for index in range(count):
        obj = _page_object(page, index) if form is None else _form_object(form, ctypes.c_ulong(index))
        if not obj:
            raise pdfium.PdfiumError("Failed to get pageobject.")
        kind = _object_type(obj)
        if kind == pdfium_c.FPDF_PAGEOBJ_PATH:
            yield obj, outer
        elif kind == pdfium_c.FPDF_PAGEOBJ_FORM and level < PAGE_OBJECT_MAX_DEPTH - 1:
            matrix = _read_matrix(obj)
            yield from _iter_path_objects(page, obj, level + 1, matrix if outer is None else _compose(matrix, outer))


def _compose(inner: _Matrix, outer: _Matrix) -> _Matrix:
    """The matrix applying `inner`, then `outer` (PDF's row-vector order: inner x outer)."""
    a, b, c, d, e, f = inner
    A, B, C, D, E, F = outer
    return (a * A + b * C, a * B + b * D, c * A + d * C, c * B + d * D, e * A + f * C + E, e * B + f * D + F)


def _transform_bounds(bounds: tuple[float, float, float, float], matrix: _Matrix) -> tuple[float, float, float, float]:
    """The box around `bounds` (left, bottom, right, top) once transformed by `matrix`."""
    left, bottom, right, top = bounds
    a, b, c, d, e, f = matrix
    xs, ys = [], []
    for x, y in ((left, bottom), (left, top), (right, bottom), (right, top)):
        xs.append(a * x + c * y + e)
        ys.append(b * x + d * y + f)
    return min(xs), min(ys), max(xs), max(ys)


def _read_bounds(obj: "_Handle") -> tuple[float, float, float, float]:
    """Left, bottom, right, top of a page object in PDF space."""
    left, bottom, right, top = ctypes.c_float(), ctypes.c_float(), ctypes.c_float(), ctypes.c_float()
    if not _object_bounds(obj, ctypes.byref(left), ctypes.byref(bottom), ctypes.byref(right), ctypes.byref(top)):
        raise pdfium.PdfiumError("Failed to locate pageobject.")
    return left.value, bottom.value, right.value, top.value


def _read_matrix(obj: "_Handle") -> tuple[float, float, float, float, float, float]:
    """A page object's transform matrix as (a, b, c, d, e, f)."""
    matrix = pdfium_c.FS_MATRIX()
    if not _object_matrix(obj, ctypes.byref(matrix)):
        raise pdfium.PdfiumError("Failed to get matrix of pageobject.")
    return matrix.a, matrix.b, matrix.c, matrix.d, matrix.e, matrix.f


def _read_pdfium_text(textpage: pdfium.PdfTextPage) -> str:
    """The text page's characters, one string index per pdfium character index."""
    count = textpage.count_chars()
    if not count:
        return ""
    text = textpage.get_text_range(0, count)
    if len(text) != count:
        # pdfium occasionally drops or inserts chars in the range view; read char by char instead
        text = "".join(chr(pdfium_c.FPDFText_GetUnicode(textpage.raw, i)) for i in range(count))
    return text


def _pdfium_underlined_words(page: pdfium.PdfPage, frame: "_PageFrame", text: str, reader: "_PdfiumChars") -> set[int]:
    """Start indexes of the words a stroke on the page underlines (`underline`); boxes are read only on a page
    that draws a stroke that may be one."""
    strokes = underline.find_strokes(_iter_rule_edges(page, frame, min_length=underline.UNDERLINE_MAX_THICKNESS))
    if not strokes:
        return set()
    starts: list[int] = []
    boxes: list[underline.WordBox] = []
    for line in _LINE.finditer(text):
        for word in _WORD.finditer(text, *line.span()):
            start, end = word.span()
            x0, top, _, bottom = reader.top_down_box(start)
            _, top_b, x1, bottom_b = reader.top_down_box(end - 1)
            starts.append(start)
            boxes.append(underline.WordBox(text[start:end], x0, x1, max(bottom, bottom_b), reader.read_font(start)[0]))
    return {starts[index] for index in underline.underlined_words(boxes, strokes, _pdfium_links(page, frame))}


def _pdfium_links(page: pdfium.PdfPage, frame: "_PageFrame") -> list[underline.Box]:
    """Boxes of the page's link annotations (x0, top, x1, bottom, y measured down), placed as the page is shown."""
    links = []
    rect = pdfium_c.FS_RECTF()
    for index in range(pdfium_c.FPDFPage_GetAnnotCount(page.raw)):
        annot = pdfium_c.FPDFPage_GetAnnot(page.raw, index)
        if not annot:
            continue
        try:
            if pdfium_c.FPDFAnnot_GetSubtype(annot) != pdfium_c.FPDF_ANNOT_LINK or not pdfium_c.FPDFAnnot_GetRect(annot, rect):
                continue
            left, top, right, bottom = rect.left, rect.top, rect.right, rect.bottom
            if frame.rotation:
                left, top, right, bottom = frame.box(left, top, right, bottom)
            links.append((min(left, right), frame.top - max(top, bottom), max(left, right), frame.top - min(top, bottom)))
        finally:
            pdfium_c.FPDFPage_CloseAnnot(annot)
    return links


def _iter_pdfium_runs(
    text: str, reader: "_PdfiumChars", underlined: set[int] | frozenset[int] = frozenset()
) -> Iterator[tuple[Fragment, int, int]]:
    """Fragments with the span of character indexes each covers (end exclusive).

    Words in `underlined` (by start index) count as bold. A run of bold words
    (after a number or bullet in regular type) ends where regular type follows,
    so the line keeps its emphasised title apart (`layout.PageLine.lead`).

    Font size and weight are read at the first character of each word, which
    keeps the calls into pdfium to a few per word rather than per character.
    This loop runs once per word of every page, so a run is kept as a few
    plain variables rather than a list of words.
    """
    raw, fonts = reader.raw, reader.fonts
    is_generated, text_object_of = _is_generated, _text_object_of  # local names are quicker to look up
    left_of = reader.left
    for line in _LINE.finditer(text):
        first = -1  # start of the run being built; -1 while there is none
        last = 0  # end of the run's last word so far
        sizes: dict[float, int] = {}
        bold = True
        glued = False
        respace = False  # pdfium wrote a space of its own inside the run
        size = 0.0
        marker: tuple[int, int] | None = None  # the run's first word when it is a number or bullet
        word_left = 0.0  # left edge of the word before and its index, to see a jump past a typed space
        word_start = 0
        for word in _WORD.finditer(text, *line.span()):
            start, end = word.span()
            if first < 0:
                first = start
                word_left, word_start = left_of(start), start
            elif start - last > 1 or is_generated(raw, last):
                if reader.is_column_gap(last, start):
                    yield reader.build(text, first, last, sizes, bold, glued, respace), first, last
                    first, sizes, bold, glued, respace = start, {}, True, False, False
                else:
                    # a space pdfium wrote of its own may part letter-spaced type: the run's gaps are read again
                    respace = True
                word_left, word_start = left_of(start), start
            else:
                # One typed space. Text jumps past it to a tab stop ("… the next meeting. <jump> Clerk"); the
                # text has always read on across it, and still does (`Fragment.glued`), but the run stands apart.
                # Only a word starting further on than the word before and its space could reach, at
                # `NARROW_CHAR_EMS` a character, is measured exactly.
                here = left_of(start)
                reach = (start - word_start) * NARROW_CHAR_EMS * size + layout.COLUMN_GAP_MIN
                if here - word_left > reach and reader.is_column_gap(last, start):
                    yield reader.build(text, first, last, sizes, bold, glued, respace), first, last
                    first, sizes, bold, glued, respace = start, {}, True, True, False
                word_left, word_start = here, start
            # the font of a known text object is looked up here rather than through read_font
            font = fonts.get(text_object_of(raw, start))
            size, word_bold = font if font is not None else reader.read_font(start)
            if underlined and start in underlined:
                word_bold = True
            if sizes and (bold != word_bold) and (bold or (word_bold and marker == (first, last))):
                # the end of a bold title, or a bold title after a regular number ("3. Finance …")
                yield reader.build(text, first, last, sizes, bold, glued), first, last
                first, sizes, bold, glued = start, {}, True, False
            if not sizes:
                marker = (start, end) if layout.is_list_marker(text[start:end]) else None
            sizes[size] = sizes.get(size, 0) + end - start
            bold = bold and word_bold
            last = end
        if first >= 0:
            yield reader.build(text, first, last, sizes, bold, glued, respace), first, last


# --- ruled tables through pdfium -------------------------------------------------

_Box = tuple[float, float, float, float]
"""x0, top, x1, bottom in top-down page space, as pdfplumber gives boxes."""


@dataclass(slots=True)
class _RuledTable:
    """Cells of one ruled table, grouped in rows as pdfplumber's `Table.rows` groups them."""

    bbox: _Box
    rows: list[tuple[_Box, list[_Box | None]]]
    """(row box, cells left to right with None where a merged cell leaves a gap)."""
    tops: list[float] = field(default_factory=list)
    """Each row's top, in row order."""
    reach: list[float] | None = None
    """The lowest bottom of each row and the rows before it, when rows run top to bottom (else None)."""

    def __post_init__(self) -> None:
        self.tops = [row_box[1] for row_box, _ in self.rows]
        if all(a <= b for a, b in zip(self.tops, self.tops[1:])):
            self.reach = list(itertools.accumulate((row_box[3] for row_box, _ in self.rows), max))

    def rows_at(self, middle_y: float) -> range:
        """Indexes of the rows that may hold height `middle_y`: every row a linear scan would test and match.

        Rows run top to bottom, so only those up to the last top at or above `middle_y` can hold it, and none
        before the first whose bottom (or an earlier row's) reaches below it.
        """
        if self.reach is None:
            return range(len(self.rows))
        return range(bisect.bisect_right(self.reach, middle_y), bisect.bisect_right(self.tops, middle_y))


def _read_ruled_pdfium_page(
    page: pdfium.PdfPage, reader: "_PdfiumChars", text: str, runs: list[tuple[Fragment, int, int]],
    index: int, frame: "_PageFrame",
) -> list[PageLine]:
    """A page with rules: tables found from its drawn rules, their cells filled from pdfium's characters.

    Gives the lines pdfplumber's reading (`_read_pdfplumber_page`) gives: a
    row per table row with its cells, and the text outside tables as lines.
    """
    tables = _find_ruled_tables(page, frame) if runs else []
    if not tables:
        return layout.group_fragments(fragment for fragment, _, _ in runs)
    fragments: list[Fragment] = []
    cell_chars: dict[tuple[int, int, int], list[tuple[int, _Box]]] = {}
    """Characters of each (table, row, cell), with the box each was placed by."""
    for unit, start, end in _join_glued_runs(runs):
        if not any(_overlaps(fragment, table.bbox) for fragment in unit for table in tables):
            fragments.extend(unit)
            continue
        outside: list[int] = []
        for char_index in range(start, end):
            if text[char_index].isspace() or text[char_index] in _NO_TEXT:
                continue
            box = reader.top_down_box(char_index)
            place = _place_char(box, tables)
            if place is None:
                outside.append(char_index)
            elif place[1] >= 0:
                cell_chars.setdefault(place, []).append((char_index, box))
        fragments.extend(_rebuild_runs(text, reader, outside))
    table_lines: list[PageLine] = []
    for table_index, table in enumerate(tables):
        rows = [
            [None if cell is None
             else _cell_text(text, cell_chars.get((table_index, row_index, cell_index), []), reader)
             for cell_index, cell in enumerate(cells)]
            for row_index, (_, cells) in enumerate(table.rows)
        ]
        if not any(cell for row in rows for cell in row):
            continue
        for row_index, ((row_box, _), cells_text) in enumerate(zip(table.rows, rows)):
            printed = [
                _printed_lines(cell or "", _line_tops(cell_chars.get((table_index, row_index, cell_index), [])))
                for cell_index, cell in enumerate(cells_text)
            ]
            complete = [lines for lines in printed if lines is not None]
            aligned = layout.align_owner_column(complete) if len(complete) == len(printed) else None
            clean = tuple(aligned) if aligned is not None else tuple(
                layout.normalise_cell_text(cell or "") for cell in cells_text
            )
            if not any(clean):
                continue
            table_lines.append(PageLine(
                text=_row_text(clean), top=row_box[1], bottom=row_box[3], size=0.0,
                bold=False, cells=clean, table_key=(index, table_index),
            ))
    text_lines = layout.group_fragments(fragments)
    return sorted(text_lines + table_lines, key=lambda line: line.top)


_NO_TEXT = "\x00\ufffe"


def _join_glued_runs(runs: list[tuple[Fragment, int, int]]) -> Iterator[tuple[list[Fragment], int, int]]:
    """Runs with each glued run (`Fragment.glued`) kept with the run before it, as one stretch of characters.

    A ruled page sorts characters near a table into cells by the stretch they
    belong to; a glued run was always read as part of the run before it, so
    the two are placed together, as before runs were told apart.
    """
    unit: list[Fragment] = []
    first = last = 0
    for fragment, start, end in runs:
        if unit and fragment.glued:
            unit.append(fragment)
            last = end
            continue
        if unit:
            yield unit, first, last
        unit, first, last = [fragment], start, end
    if unit:
        yield unit, first, last


def _line_tops(chars: list[tuple[int, _Box]]) -> list[float]:
    """The top of each printed line of a cell's characters, breaking lines as `_cell_text` does."""
    tops: list[float] = []
    previous_box: _Box | None = None
    for _, box in chars:
        if previous_box is None or box[1] > (previous_box[1] + previous_box[3]) / 2:
            tops.append(box[1])
        previous_box = box
    return tops


def _plumber_line_tops(page: Any, box: tuple[float, float, float, float]) -> list[float]:
    """The top of each printed line inside a cell's box on a pdfplumber page."""
    tops: list[float] = []
    chars = sorted(
        (char for char in page.chars if not char["text"].isspace() and _inside(char, [box])),
        key=lambda char: (char["top"], char["x0"]),
    )
    line_middle: float | None = None
    for char in chars:
        if line_middle is None or char["top"] > line_middle:
            tops.append(char["top"])
            line_middle = (char["top"] + char["bottom"]) / 2
    return tops


def _plumber_cell_text(page: Any, box: tuple[float, float, float, float]) -> str | None:
    """A ruled cell's text on a pdfplumber page read line by line with `layout.word_gap`, as `_cell_text` reads
    pdfium's: a typed space or a gap a space wider than the line's own letter spacing parts two words.

    pdfplumber's own reading parts words at a gap fixed by the type size, which
    parts letter-spaced type letter by letter; it is read again this way only
    for a cell that came out with a lone letter, and None is returned (its own
    reading stands) when no line of the cell is letter-spaced.
    """
    inside = [char for char in page.chars if _inside(char, [box])]
    spaces = [char for char in inside if char["text"].isspace()]
    lines: list[list[dict[str, Any]]] = []
    line_middle: float | None = None
    for char in sorted((char for char in inside if not char["text"].isspace()),
                       key=lambda char: (char["top"], char["x0"])):
        if line_middle is None or char["top"] > line_middle:
            lines.append([])
            line_middle = (char["top"] + char["bottom"]) / 2
        lines[-1].append(char)
    texts = []
    spaced_type = False
    for line in lines:
        line.sort(key=lambda char: char["x0"])
        top, bottom = line[0]["top"], line[0]["bottom"]
        typed = [(char["x0"] + char["x1"]) / 2 for char in spaces if top - 1 <= char["top"] <= (top + bottom) / 2]
        lefts, rights = [char["x0"] for char in line], [char["x1"] for char in line]
        spaced = [any(right - 1 <= middle <= left + 1 for middle in typed) for left, right in zip(lefts[1:], rights)]
        gaps = [left - right for left, right, space in zip(lefts[1:], rights, spaced) if not space]
        size = max(char["size"] for char in line)
        gap = layout.gap_over_letter_spacing(gaps, size)
        spaced_type = spaced_type or gap > layout.WORD_GAP_EMS * size
        parts = [line[0]["text"]]
        for number in range(1, len(line)):
            if spaced[number - 1] or lefts[number] - rights[number - 1] > gap:
                parts.append(" ")
            parts.append(line[number]["text"])
        texts.append("".join(parts))
    return "\n".join(texts) if spaced_type else None


def _printed_lines(cell: str, tops: list[float]) -> list[tuple[str, float]] | None:
    """A cell's printed lines with their tops, or None when the two do not pair up."""
    lines = cell.split("\n") if cell else []
    if len(lines) != len(tops):
        return None
    return list(zip(lines, tops))


def _row_text(cells: tuple[str, ...]) -> str:
    """A table row's line text: its non-empty cells on one line (each cell keeps its own breaks in `cells`)."""
    return " ".join(cell.replace("\n", " ") for cell in cells if cell)


def _overlaps(fragment: Fragment, box: _Box) -> bool:
    x0, top, x1, bottom = box
    return fragment.x0 <= x1 and fragment.x1 >= x0 and fragment.top <= bottom and fragment.bottom >= top


def _place_char(box: _Box, tables: list[_RuledTable]) -> tuple[int, int, int] | None:
    """(table, row, cell) holding a character's middle; row -1 inside a table but in no cell; None outside.

    Inclusive at a table's edge and half-open at a cell's, as pdfplumber tests them.
    """
    middle_x = (box[0] + box[2]) / 2
    middle_y = (box[1] + box[3]) / 2
    for table_index, table in enumerate(tables):
        x0, top, x1, bottom = table.bbox
        if not (x0 <= middle_x <= x1 and top <= middle_y <= bottom):
            continue
        rows = table.rows
        for row_index in table.rows_at(middle_y):
            row_box, cells = rows[row_index]
            if not row_box[1] <= middle_y < row_box[3]:
                continue
            for cell_index, cell in enumerate(cells):
                if cell is not None and cell[0] <= middle_x < cell[2] and cell[1] <= middle_y < cell[3]:
                    return table_index, row_index, cell_index
        return table_index, -1, -1
    return None


def _cell_text(text: str, chars: list[tuple[int, _Box]], reader: "_PdfiumChars") -> str:
    """A cell's characters (index and box) as words: a break at typed white space, a line change or a wide gap.

    A gap is wide past `layout.word_gap` (a space's width over the line's own
    letter spacing), as the pdfplumber engine's cells are read
    (`_plumber_cell_text`). A space pdfium wrote of its own is a break only in
    type set tight: in letter-spaced type it parts every letter. A line change (the
    character sits below the middle of the one before) is kept as "\n", as
    pdfplumber keeps it.
    """
    lines: list[list[tuple[int, _Box]]] = []
    for char in chars:
        if lines and char[1][1] <= (lines[-1][-1][1][1] + lines[-1][-1][1][3]) / 2:
            lines[-1].append(char)
        else:
            lines.append([char])
    texts = []
    for line in lines:
        lefts, rights = [box[0] for _, box in line], [box[2] for _, box in line]
        typed = [any(not _is_generated(reader.raw, index) for index in range(before + 1, here))
                 for (before, _), (here, _) in zip(line, line[1:])]
        gaps = [left - right for left, right, space in zip(lefts[1:], rights, typed) if not space]
        # most lines are set without gaps, so the type size is read only for a line with one
        gapped = any(gap > 0 for gap in gaps)
        size = reader.printed_size(line[0][0]) if gapped else 0.0
        gap = layout.gap_over_letter_spacing(gaps, size) if gapped else 0.0
        # in type set tight, pdfium's own spaces stand, as it placed them from the text's positions
        tight = gap <= layout.WORD_GAP_EMS * size
        parts = [text[line[0][0]]]
        for number in range(1, len(line)):
            if (
                typed[number - 1]
                or (tight and line[number][0] != line[number - 1][0] + 1)
                or lefts[number] < lefts[number - 1]
                or (gapped and lefts[number] - rights[number - 1] > gap)
            ):
                parts.append(" ")
            parts.append(text[line[number][0]])
        texts.append("".join(parts))
    return "\n".join(texts)


def _rebuild_runs(text: str, reader: "_PdfiumChars", indexes: list[int]) -> list[Fragment]:
    """Fragments for the characters of a run that lie outside every table, split where tables cut it."""
    groups: list[list[int]] = []
    for char_index in indexes:
        if groups and all(text[k].isspace() for k in range(groups[-1][-1] + 1, char_index)):
            groups[-1].append(char_index)
        else:
            groups.append([char_index])
    fragments = []
    for group in groups:
        size, bold = reader.read_font(group[0])
        end = group[-1] + 1
        fragments.append(reader.build(text, group[0], end, {size: end - group[0]}, bold))
    return fragments


def _find_ruled_tables(page: pdfium.PdfPage, frame: "_PageFrame") -> list[_RuledTable]:
    """Tables drawn with rules on a page, found as pdfplumber's default "lines" strategy finds them."""
    edges = list(_iter_rule_edges(page, frame, min_length=EDGE_MIN_LENGTH_PREFILTER))
    edges = plumber_table.merge_edges(
        edges,
        snap_x_tolerance=EDGE_SNAP_TOLERANCE,
        snap_y_tolerance=EDGE_SNAP_TOLERANCE,
        join_x_tolerance=EDGE_JOIN_TOLERANCE,
        join_y_tolerance=EDGE_JOIN_TOLERANCE,
    )
    edges = [edge for edge in edges if _edge_length(edge) >= EDGE_MIN_LENGTH]
    intersections = plumber_table.edges_to_intersections(edges, INTERSECTION_TOLERANCE, INTERSECTION_TOLERANCE)
    cells = _intersections_to_cells(intersections)
    tables = []
    page_area = abs(frame.right - frame.left) * abs(frame.top_edge - frame.bottom)
    for group in plumber_table.cells_to_tables(cells):
        # Table and its rows only do geometry; no page is needed for them
        table = plumber_table.Table(None, group)  # type: ignore[arg-type]  # geometry only: no page is read
        if layout.is_page_frame(table.bbox, max((len(row.cells) for row in table.rows), default=0), page_area):
            continue
        tables.append(_RuledTable(
            bbox=table.bbox, rows=[(row.bbox, list(row.cells)) for row in table.rows]
        ))
    return tables


_Point = tuple[float, float]


def _intersections_to_cells(intersections: dict[_Point, dict[str, list[dict[str, Any]]]]) -> list[_Box]:
    """The cells pdfplumber's `intersections_to_cells` finds, found the same way but faster.

    pdfplumber rebuilds the sets of edges meeting at two points for every pair
    it compares, which is most of the time it spends on a ruled page; here each
    point's sets are built once. A cell runs from a point to the nearest point
    below and to the right that closes a rectangle of connected edges.
    """
    vertical = {point: {_EDGE_BOX(edge) for edge in edges["v"]} for point, edges in intersections.items()}
    horizontal = {point: {_EDGE_BOX(edge) for edge in edges["h"]} for point, edges in intersections.items()}

    def connects(a: _Point, b: _Point) -> bool:
        """True when one edge runs from point a to point b."""
        if a[0] == b[0] and not vertical[a].isdisjoint(vertical[b]):
            return True
        return a[1] == b[1] and not horizontal[a].isdisjoint(horizontal[b])

    points = sorted(intersections)
    cells = []
    for index, point in enumerate(points):
        rest = points[index + 1 :]
        below = [other for other in rest if other[0] == point[0] and connects(point, other)]
        right = [other for other in rest if other[1] == point[1] and connects(point, other)] if below else []
        cell = next(
            (
                (point[0], point[1], right_point[0], below_point[1])
                for below_point in below
                for right_point in right
                if (right_point[0], below_point[1]) in intersections
                and connects((right_point[0], below_point[1]), right_point)
                and connects((right_point[0], below_point[1]), below_point)
            ),
            None,
        )
        if cell is not None:
            cells.append(cell)
    return cells


_EDGE_BOX = operator.itemgetter("x0", "top", "x1", "bottom")


def _edge_length(edge: dict[str, Any]) -> float:
    return edge["height"] if edge["orientation"] == "v" else edge["width"]


def _iter_rule_edges(page: pdfium.PdfPage, frame: "_PageFrame", *, min_length: float = 0.0) -> Iterator[dict[str, Any]]:
    """Horizontal and vertical straight segments of the page's painted paths, as pdfplumber edges, placed as
    the page is shown (`frame`).

    Segments shorter than `min_length` are left out before an edge is made for them (most of a page's are),
    and so is a path whose box is too small to hold one.
    """
    page_top, turn = frame.top, frame.point if frame.rotation else None
    x, y = ctypes.c_float(), ctypes.c_float()
    x_ref, y_ref = ctypes.byref(x), ctypes.byref(y)
    fill_mode, stroke = ctypes.c_int(), ctypes.c_int()
    box = _BoundsReader()
    paint = _PaintReader()
    for path, outer in _iter_path_objects(page.raw):
        _draw_mode(path, ctypes.byref(fill_mode), ctypes.byref(stroke))
        if not fill_mode.value and not stroke.value:
            continue  # an unpainted path draws nothing, and pdfminer ignores it too
        if paint.unseen(path, filled=bool(fill_mode.value), stroked=bool(stroke.value)):
            continue
        if min_length and box.smaller_than(path, outer, min_length - _BOUNDS_MARGIN):
            continue
        matrix = _read_matrix(path)
        a, b, c, d, e, f = matrix if outer is None else _compose(matrix, outer)
        start: tuple[float, float] | None = None
        current: tuple[float, float] | None = None
        for segment_index in range(_segment_count(path)):
            segment = _segment_at(path, segment_index)
            _segment_point(segment, x_ref, y_ref)
            point = (a * x.value + c * y.value + e, b * x.value + d * y.value + f)
            if turn is not None:
                point = turn(*point)
            kind = _segment_type(segment)
            if kind == pdfium_c.FPDF_SEGMENT_LINETO and current is not None:
                edge = _straight_edge(current, point, page_top, min_length)
                if edge is not None:
                    yield edge
            if kind == pdfium_c.FPDF_SEGMENT_MOVETO or start is None:
                start = point
            current = point
            if _segment_closes(segment) and start is not None:
                edge = _straight_edge(current, start, page_top, min_length)
                if edge is not None:
                    yield edge
                current = start


PAPER_LEVEL = 250
"""A colour whose red, green and blue are all at least this (of 255) is the paper's white: paint in it is not seen."""


class _PaintReader:
    """Reads a path's fill and stroke colours into buffers made once."""

    def __init__(self) -> None:
        self.channels = ctypes.c_uint(), ctypes.c_uint(), ctypes.c_uint(), ctypes.c_uint()
        self.refs = tuple(ctypes.byref(channel) for channel in self.channels)

    def unseen(self, path: "_Handle", *, filled: bool, stroked: bool) -> bool:
        """True when everything the path paints is white or fully transparent, so a reader sees nothing.

        Word processors and web pages saved as PDF lay a white box behind each
        run or paragraph of text; their edges would otherwise make a table of
        plain paragraphs, and words between the boxes would be lost from it.
        """
        return (not filled or self._invisible(_fill_colour(path, *self.refs))) and (
            not stroked or self._invisible(_stroke_colour(path, *self.refs))
        )

    def _invisible(self, read: int) -> bool:
        red, green, blue, alpha = (channel.value for channel in self.channels)
        return bool(read) and (alpha == 0 or min(red, green, blue) >= PAPER_LEVEL)


def is_unseen_paint(obj: dict[str, Any]) -> bool:
    """pdfplumber's version of `_PaintReader.unseen`: a rect, line or curve (or an edge of one) painted only in white."""
    if obj.get("object_type") not in ("rect", "line", "curve", "rect_edge", "curve_edge"):
        return False
    fill, stroke = bool(obj.get("fill")), bool(obj.get("stroke"))
    if not fill and not stroke:
        return False
    return (not fill or _is_paper(obj.get("non_stroking_color"))) and (
        not stroke or _is_paper(obj.get("stroking_color"))
    )


def _is_paper(colour: Any) -> bool:
    """True for pdfminer's colour of the paper: grey 1, RGB (1, 1, 1) or CMYK (0, 0, 0, 0); a pattern is not."""
    if isinstance(colour, (int, float)):
        colour = (colour,)
    if not isinstance(colour, (tuple, list)) or not all(isinstance(part, (int, float)) for part in colour):
        return False
    level = PAPER_LEVEL / 255
    if len(colour) in (1, 3):
        return min(colour) >= level
    if len(colour) == 4:
        return max(colour) <= 1 - level
    return False


_BOUNDS_MARGIN = 0.01
"""Points allowed for pdfium computing a path's box in single precision where edges are computed in double."""


class _BoundsReader:
    """Reads page objects' boxes into buffers made once."""

    def __init__(self) -> None:
        self.sides = ctypes.c_float(), ctypes.c_float(), ctypes.c_float(), ctypes.c_float()
        self.refs = tuple(ctypes.byref(side) for side in self.sides)

    def smaller_than(self, path: "_Handle", outer: _Matrix | None, size: float) -> bool:
        """True when no straight segment of `path` can be `size` long: its box on the page is shorter on both sides.

        pdfium's box of a path holds every point of it, curves' control points
        too (widened by the stroke), in its form's space; `outer` places it on
        the page. False when pdfium cannot give the box.
        """
        if not _object_bounds(path, *self.refs):
            return False
        bounds = (self.sides[0].value, self.sides[1].value, self.sides[2].value, self.sides[3].value)
        left, bottom, right, top = bounds if outer is None else _transform_bounds(bounds, outer)
        return right - left < size and top - bottom < size


def _straight_edge(
    p0: tuple[float, float], p1: tuple[float, float], page_top: float, min_length: float = 0.0
) -> dict[str, Any] | None:
    """A pdfplumber edge for a horizontal or vertical segment; None for a slanted one or one shorter than `min_length`."""
    (x0, y0), (x1, y1) = p0, p1
    if abs(y0 - y1) < _FLAT:
        orientation = "h"
    elif abs(x0 - x1) < _FLAT:
        orientation = "v"
    else:
        return None
    # min() and max() written out: this runs for every straight segment of a page
    left, right = x0 if x0 <= x1 else x1, x0 if x0 >= x1 else x1
    top, bottom = page_top - (y0 if y0 >= y1 else y1), page_top - (y0 if y0 <= y1 else y1)
    if orientation == "h":
        bottom = top
    else:
        right = left
    if min_length and not (right - left if orientation == "h" else bottom - top) >= min_length:
        return None
    return {
        "object_type": "line_edge", "orientation": orientation, "x0": left, "x1": right, "top": top,
        "bottom": bottom, "width": right - left, "height": bottom - top,
    }


_FLAT = 1e-3
"""Points by which a segment's ends may differ and it still be straight across or down."""


def _bind_unchecked(function: Any, restype: Any) -> Any:
    """A pdfium function callable without ctypes converting each argument.

    pypdfium2's bindings check every argument against its declared type,
    which costs several times the pdfium call itself; the calls made per
    word, character or path segment go through these instead. Only for
    functions taking handles, C ints and pointers: ctypes passes a Python int
    as a C int and a ctypes handle or `byref` as the pointer it holds, as the
    signature wants. Any other integer type must be passed as its ctypes type.
    """
    address = ctypes.cast(function, ctypes.c_void_p).value
    if address is None:
        raise ValueError("a null function pointer cannot be called")
    unchecked = ctypes.CFUNCTYPE(restype)(address)
    # No argtypes: ctypes then converts nothing, which is the point.
    unchecked.argtypes = None  # type: ignore[assignment]  # typeshed has no None, ctypes accepts it
    return unchecked


class _Handle(ctypes.c_void_p):
    """A pdfium handle from an unchecked call.

    Being a subclass, ctypes hands it back as is rather than as a Python int,
    which would be cut to a C int if passed on to another unchecked call.
    """


_page_object_count = _bind_unchecked(pdfium_c.FPDFPage_CountObjects, ctypes.c_int)  # (FPDF_PAGE)
_page_object = _bind_unchecked(pdfium_c.FPDFPage_GetObject, _Handle)  # (FPDF_PAGE, int)
_form_object_count = _bind_unchecked(pdfium_c.FPDFFormObj_CountObjects, ctypes.c_int)  # (FPDF_PAGEOBJECT)
# (FPDF_PAGEOBJECT, unsigned long): the index must be passed as a c_ulong
_form_object = _bind_unchecked(pdfium_c.FPDFFormObj_GetObject, _Handle)
_object_type = _bind_unchecked(pdfium_c.FPDFPageObj_GetType, ctypes.c_int)  # (FPDF_PAGEOBJECT)
# (FPDF_PAGEOBJECT, float* left, float* bottom, float* right, float* top) -> FPDF_BOOL
_object_bounds = _bind_unchecked(pdfium_c.FPDFPageObj_GetBounds, ctypes.c_int)
_object_matrix = _bind_unchecked(pdfium_c.FPDFPageObj_GetMatrix, ctypes.c_int)  # (FPDF_PAGEOBJECT, FS_MATRIX*)
_draw_mode = _bind_unchecked(pdfium_c.FPDFPath_GetDrawMode, ctypes.c_int)  # (FPDF_PAGEOBJECT, int*, FPDF_BOOL*)
# (FPDF_PAGEOBJECT, unsigned int* R, G, B, A) -> FPDF_BOOL
_fill_colour = _bind_unchecked(pdfium_c.FPDFPageObj_GetFillColor, ctypes.c_int)
_stroke_colour = _bind_unchecked(pdfium_c.FPDFPageObj_GetStrokeColor, ctypes.c_int)
_segment_count = _bind_unchecked(pdfium_c.FPDFPath_CountSegments, ctypes.c_int)  # (FPDF_PAGEOBJECT)
_segment_at = _bind_unchecked(pdfium_c.FPDFPath_GetPathSegment, _Handle)  # (FPDF_PAGEOBJECT, int)
# (FPDF_PATHSEGMENT, float* x, float* y) -> FPDF_BOOL
_segment_point = _bind_unchecked(pdfium_c.FPDFPathSegment_GetPoint, ctypes.c_int)
_segment_type = _bind_unchecked(pdfium_c.FPDFPathSegment_GetType, ctypes.c_int)  # (FPDF_PATHSEGMENT)
_segment_closes = _bind_unchecked(pdfium_c.FPDFPathSegment_GetClose, ctypes.c_int)  # (FPDF_PATHSEGMENT)
# (FPDF_TEXTPAGE, int index) -> FPDF_PAGEOBJECT as a plain address (None for a character in no
# object), which serves as a dictionary key
_text_object_of = _bind_unchecked(pdfium_c.FPDFText_GetTextObject, ctypes.c_void_p)
# (FPDF_TEXTPAGE, int index) -> 1 when pdfium made the character up (a space or line break)
_is_generated = _bind_unchecked(pdfium_c.FPDFText_IsGenerated, ctypes.c_int)
# (FPDF_TEXTPAGE, int index, FS_MATRIX*) -> FPDF_BOOL: the matrix a character is drawn with, all transforms in
_char_matrix = _bind_unchecked(pdfium_c.FPDFText_GetMatrix, ctypes.c_int)
# (FPDF_TEXTPAGE, int index, FS_RECTF*) -> FPDF_BOOL
_loose_char_box = _bind_unchecked(pdfium_c.FPDFText_GetLooseCharBox, ctypes.c_int)
_font_size = _bind_unchecked(pdfium_c.FPDFText_GetFontSize, ctypes.c_double)  # (FPDF_TEXTPAGE, int index)
# (FPDF_TEXTPAGE, int index, void* buffer, unsigned long length, int* flags) -> unsigned long
_font_info = _bind_unchecked(pdfium_c.FPDFText_GetFontInfo, ctypes.c_ulong)
_FONT_NAME_BUFFER_SIZE = ctypes.c_ulong(FONT_NAME_BUFFER)
# (FPDF_TEXTPAGE, int index) -> 1 when the character's font gives no Unicode for it
_has_map_error = _bind_unchecked(pdfium_c.FPDFText_HasUnicodeMapError, ctypes.c_int)

_LINE = re.compile(r"[^\r\n\ufffe]+\ufffe?")
"""A line of pdfium's text. pdfium writes a hyphen that ends a line as U+FFFE and runs the next
line on without a break; the line ends after it, as printed, and the hyphen is kept."""
_SOFT_HYPHEN = "\ufffe"
_LONG_WORD = re.compile(r"[^\s\x00\ufffe]{%d,}" % LONG_WORD_CHARS)
_WORD = re.compile(r"[^\s\x00\ufffe]+\ufffe?|\ufffe")
INNER_SPACE_TOLERANCE_EMS = 0.03
"""Ems over the middle gap inside a run's words within which a space pdfium wrote parts a word, not two
(`_PdfiumChars._drop_inner_spaces`): a glyph's box overhanging its neighbour (an italic f) leaves less."""
GLYPH_LINE_MAX = 3
"""A line pdfium gives of at most this many glyphs may be a glyph-by-glyph line it broke (`_join_glyph_lines`)."""
GLYPH_LINE_OVERLAP = 1.0
"""Points by which a glyph may start left of the end of the one before and still follow it on its line."""
_LONE_GLYPH = re.compile(r"(?:^|\s)[^\s\x00\ufffe](?=\s|$)")
"""A character standing alone between spaces: where pdfium may have parted letter-spaced type."""


@dataclass(frozen=True, slots=True)
class _PageFrame:
    """A page as it is shown: pdfium places characters and paths in the unrotated page space, and a page
    whose /Rotate is 90, 180 or 270 (a scanner's landscape sheet holding a portrait page, a table turned on
    its side) is shown turned that far clockwise. Points are given in the shown page's space, y up."""

    rotation: int
    left: float
    bottom: float
    right: float
    top_edge: float

    @classmethod
    def of(cls, page: pdfium.PdfPage) -> "_PageFrame":
        """The frame of a pdfium page: its rotation and crop box."""
        return cls(page.get_rotation(), *page.get_cropbox())

    @property
    def top(self) -> float:
        """The shown page's top edge, y up: lines are measured down from it."""
        if self.rotation in (90, 270):
            return self.right - self.left
        return self.top_edge - self.bottom if self.rotation == 180 else self.top_edge

    @property
    def shown_size(self) -> tuple[float, float]:
        """Width and height of the page as shown."""
        width, height = self.right - self.left, self.top_edge - self.bottom
        return (height, width) if self.rotation in (90, 270) else (width, height)

    def point(self, x: float, y: float) -> tuple[float, float]:
        """A point of the unrotated page space in the shown page's space (x right, y up)."""
        if self.rotation == 90:
            return y - self.bottom, self.right - x
        if self.rotation == 180:
            return self.right - x, self.top_edge - y
        if self.rotation == 270:
            return self.top_edge - y, x - self.left
        return x, y

    def box(self, left: float, top: float, right: float, bottom: float) -> tuple[float, float, float, float]:
        """A box (left, top, right, bottom; y up) of the unrotated page space in the shown page's space."""
        if not self.rotation:
            return left, top, right, bottom
        (x0, y0), (x1, y1) = self.point(left, bottom), self.point(right, top)
        return min(x0, x1), max(y0, y1), max(x0, x1), min(y0, y1)


class _PdfiumChars:
    """Reads boxes and fonts of characters on one pdfium text page, placed as the page is shown."""

    def __init__(self, raw: Any, frame: _PageFrame) -> None:
        self.raw = raw
        self.frame = frame
        self.page_top = frame.top
        """Top edge of the shown page; y is measured down from it, as pdfplumber does."""
        self.rect = pdfium_c.FS_RECTF()
        self.rect_ref = ctypes.byref(self.rect)
        self.font_buffer = ctypes.create_string_buffer(FONT_NAME_BUFFER)
        self.flags_ref = ctypes.byref(ctypes.c_int())
        self.matrix = pdfium_c.FS_MATRIX()
        self.matrix_ref = ctypes.byref(self.matrix)
        self.fonts: dict[int, tuple[float, bool]] = {}
        """Size and boldness by the address of the text object a character belongs to."""
        self.scales: dict[int, float] = {}
        """How much each text object's matrix enlarges its type (`printed_size`), by address."""
        self.unmapped = False
        """A text object's first character has no Unicode map (read once per object with its font)."""

    def box(self, index: int) -> tuple[float, float, float, float]:
        """Loose (font-height) box of a character: left, top, right, bottom in PDF space."""
        _loose_char_box(self.raw, index, self.rect_ref)
        rect = self.rect
        if self.frame.rotation:
            return self.frame.box(rect.left, rect.top, rect.right, rect.bottom)
        return rect.left, rect.top, rect.right, rect.bottom

    def left(self, index: int) -> float:
        """Left edge of a character's loose box."""
        if self.frame.rotation:
            return self.box(index)[0]
        _loose_char_box(self.raw, index, self.rect_ref)
        return float(self.rect.left)

    def top_down_box(self, index: int) -> tuple[float, float, float, float]:
        """Loose box of a character as x0, top, x1, bottom with y measured down from the page top."""
        left, top, right, bottom = self.box(index)
        return left, self.page_top - top, right, self.page_top - bottom

    def read_font(self, index: int) -> tuple[float, bool]:
        """Font size and boldness at a character, read once per text object (a run drawn in one font)."""
        address = _text_object_of(self.raw, index)
        if not address:  # a character pdfium generated belongs to no object
            return self._read_char_font(index)
        font = self.fonts.get(address)
        if font is None:
            font = self.fonts[address] = self._read_char_font(index)
        return font

    def _read_char_font(self, index: int) -> tuple[float, bool]:
        if _has_map_error(self.raw, index) == 1:
            self.unmapped = True
        size = round(_font_size(self.raw, index), 1)
        _font_info(self.raw, index, self.font_buffer, _FONT_NAME_BUFFER_SIZE, self.flags_ref)
        return size, b"bold" in self.font_buffer.value.lower()

    def printed_size(self, index: int) -> float:
        """The type size at a character as printed: the size its text object names times the matrix's scale.

        pdfium's font size is the one the text object names (`Tf`). Some producers
        (Quartz among them) name size 1 and scale the type by the text matrix, so
        11-point type reads as 1 point, and a word gap measured against it
        (`layout.WORD_GAP_EMS`) parts every letter ("W elcom e"). The printed size,
        as pdfplumber reads it, is that size times the height the matrix (text
        matrix and page transform) gives a unit of text space. Read once per text
        object. Only gaps are measured with it: `read_font` keeps the named size,
        by which headings have always been judged in this engine. The matrix is
        the character's own, with the transforms of the forms it is drawn in.
        """
        address = _text_object_of(self.raw, index)
        size = self.read_font(index)[0]
        if not address:
            return size
        scale = self.scales.get(address)
        if scale is None:
            found = _char_matrix(self.raw, index, self.matrix_ref)
            scale = self.scales[address] = (math.hypot(self.matrix.c, self.matrix.d) or 1.0) if found else 1.0
        return size * scale

    def is_column_gap(self, end: int, start: int) -> bool:
        """True when the white space between two words (`end` of one, `start` of the next) is a column gap.

        Only a space pdfium generated (the text was positioned, not typed) or a
        run of typed spaces can be that wide, so callers measure only those.
        The gap scales with the type, as `layout.column_gap` draws columns: the
        word gaps of large or letter-spaced type pass `layout.COLUMN_GAP_MIN`.
        """
        gap = self.box(start)[0] - self.box(end - 1)[2]
        return gap >= layout.COLUMN_GAP_MIN and gap >= layout.column_gap(self.printed_size(end - 1))

    def _respace(self, text: str, start: int, end: int) -> str:
        """Characters `start` to `end` with word spaces put back into long words, from their boxes."""
        parts = []
        position = start
        for word in _LONG_WORD.finditer(text, start, end):
            first, last = word.span()
            boxes = [self.box(index) for index in range(first, last)]
            size = self.printed_size(first)
            parts.append(text[position:first])
            parts.append(layout.insert_word_spaces(
                text[first:last], [box[0] for box in boxes], [box[2] for box in boxes], size
            ))
            position = last
        parts.append(text[position:end])
        return "".join(parts)

    def _respace_letters(self, text: str, start: int, end: int) -> str:
        """Characters `start` to `end` (one line's run) with their word spaces read again from the glyphs.

        pdfium writes a space of its own where glyphs stand apart, judged
        glyph by glyph, so letter-spaced type comes out a letter at a time
        ("C o u n c i l", or "Counci l" where a narrow letter leaves more room).
        Only runs holding a lone character or a space pdfium wrote are read
        again, and only letter-spaced ones (`layout.gap_over_letter_spacing`)
        or ones in a font with wrong widths (`layout.glyph_gaps`, by which
        pdfium judged its spaces wrongly) are changed: a typed space stays; between two glyphs without one, a
        space stands where the gap is wider than a space over the run's own
        letter spacing; a glyph set back to the left of the one before keeps
        what pdfium wrote.
        """
        glyphs = [index for index in range(start, end) if not text[index].isspace()]
        if len(glyphs) < 2:
            return text[start:end]
        boxes = [self.box(index) for index in glyphs]
        lefts, rights = [box[0] for box in boxes], [box[2] for box in boxes]
        typed = [any(not _is_generated(self.raw, index) for index in range(before + 1, here))
                 for before, here in zip(glyphs, glyphs[1:])]
        size = self.printed_size(glyphs[0])
        all_gaps, corrected = layout.glyph_gaps(lefts, rights, size)
        gap = layout.gap_over_letter_spacing([value for value, space in zip(all_gaps, typed) if not space], size)
        if gap <= layout.WORD_GAP_EMS * size and not corrected:
            return self._drop_inner_spaces(text, start, end, glyphs, all_gaps, typed, size)
        parts = [text[glyphs[0]]]
        for number in range(1, len(glyphs)):
            before, here = glyphs[number - 1], glyphs[number]
            if typed[number - 1] or (here > before + 1 and lefts[number] < lefts[number - 1]) or (
                all_gaps[number - 1] > gap
            ) or _after_closing_quote(text, before, here, all_gaps[number - 1], size):
                parts.append(" ")
            parts.append(text[here])
        return "".join(parts)

    def _drop_inner_spaces(
        self, text: str, start: int, end: int, glyphs: list[int], gaps: list[float], typed: list[bool], size: float
    ) -> str:
        """A run of type set tight with each space pdfium wrote inside a word taken out.

        pdfium's spaces stand where it judged the text's positions, and most are
        right (a word placed on its own a space further on). One whose gap is
        no wider than the run's gaps inside words (`INNER_SPACE_TOLERANCE_EMS`
        over their middle, and under a space's width) parts a word: a font
        whose width table is too narrow ("W elcom e") leaves such spaces.
        """
        inner = [value for value, (before, here) in zip(gaps, zip(glyphs, glyphs[1:])) if here == before + 1]
        if len(inner) < layout.LETTER_SPACED_MIN_GAPS:
            return text[start:end]
        limit = min(sorted(inner)[len(inner) // 2] + INNER_SPACE_TOLERANCE_EMS * size, layout.WORD_GAP_EMS * size)
        parts = [text[start:glyphs[0] + 1]]
        for number in range(1, len(glyphs)):
            before, here = glyphs[number - 1], glyphs[number]
            if here > before + 1 and (typed[number - 1] or gaps[number - 1] > limit or gaps[number - 1] < -size):
                parts.append(text[before + 1:here])
            elif here == before + 1 and _after_closing_quote(text, before, here, gaps[number - 1], size):
                parts.append(" ")  # "Residents’ Association": pdfium wrote no space after the quote
            parts.append(text[here])
        return "".join(parts)

    def build(
        self, text: str, start: int, end: int, sizes: dict[float, int], bold: bool, glued: bool = False,
        respace: bool = False,
    ) -> Fragment:
        """The fragment for characters `start` to `end` (exclusive), with their characters per size.

        With `respace` (pdfium wrote a space of its own in the run) or a lone
        character in it, the run's word spaces are read again from its glyphs.
        """
        x0, top_a, _, bottom_a = self.box(start)
        _, top_b, x1, bottom_b = self.box(end - 1)
        run = text[start:end]
        if respace or _LONE_GLYPH.search(run) is not None:
            run = self._respace_letters(text, start, end)
        elif _LONG_WORD.search(run) is not None:
            run = self._respace(text, start, end)
        if _SOFT_HYPHEN in run:
            run = run.replace(_SOFT_HYPHEN, "-")
        return Fragment(
            text=run,
            x0=x0,
            x1=x1,
            top=self.page_top - max(top_a, top_b),
            bottom=self.page_top - min(bottom_a, bottom_b),
            sizes=tuple(sizes.items()),
            bold=bold,
            glued=glued,
        )


def _after_closing_quote(text: str, before: int, here: int, gap: float, size: float) -> bool:
    """True when glyph `here` starts a word after a closing quote at `before` (`layout.QUOTE_GAP_EMS`)."""
    return (text[before] in layout.CLOSING_QUOTES and text[here].isalnum()
            and gap > layout.QUOTE_GAP_EMS * size)


# --- pdfplumber -----------------------------------------------------------------


def _read_with_pdfplumber(data: bytes, *, path: str, password: str | None) -> _Reading:
    reading = _Reading(engine="pdfplumber")
    with _open_pdfplumber(data, path=path, password=password) as pdf:
        for index, page in enumerate(pdf.pages):
            try:
                if max(page.width, page.height) > layout.MAX_PAGE_POINTS:
                    raise _too_large(path, index + 1, f"{page.width:.0f} x {page.height:.0f} points")
                marked = len(reading.lost.words)
                lines, sizes, unmapped = _read_pdfplumber_page(page, index, path=path, lost=reading.lost)
                if unmapped is not None or len(reading.lost.words) > marked:  # codes of lost ligatures are marked
                    if unmapped is not None:
                        reading.unmapped[index + 1] = unmapped
                    verdict = quality.judge_page_text(line.text for line in lines)
                else:
                    verdict = quality.judge_page_text(char["text"] for char in page.chars) if sizes else None
                reading.add(lines, page.height, sizes, verdict)
            finally:
                page.close()
    return reading


def _read_pdfplumber_page(
    page: Any, index: int, *, path: str, lost: ligatures.LostGlyphs | None = None
) -> tuple[list[PageLine], Counter[float], _UnmappedRuns | None]:
    """A page's lines (tables as rows with cells), its characters per font size, and its words in fonts
    without a Unicode map when it has any (`_split_unmapped_words`)."""
    chars = page.chars
    if len(chars) > layout.MAX_PAGE_CHARS:
        raise _too_large(path, index + 1, f"{len(chars)} characters")
    sizes: Counter[float] = Counter(round(char["size"], 1) for char in chars if not char["text"].isspace())
    if not sizes:
        return [], sizes, None
    table_lines: list[PageLine] = []
    boxes: list[tuple[float, float, float, float]] = []
    seen = page.filter(lambda obj: not is_unseen_paint(obj)) if any(map(is_unseen_paint, page.rects)) else page
    tables = [
        table for table in seen.find_tables()
        if not layout.is_page_frame(table.bbox, max((len(row.cells) for row in table.rows), default=0),
                                    float(page.width) * float(page.height))
    ]
    for table_index, table in enumerate(tables):
        # word breaks in cells scale with the type, as in `layout.insert_word_spaces`
        rows = table.extract(x_tolerance_ratio=layout.WORD_GAP_EMS)
        if not any(cell for row in rows for cell in row):
            continue
        rows = [
            [(_plumber_cell_text(page, box) or cell) if cell and box is not None and _LONE_GLYPH.search(cell)
             else cell for cell, box in zip(cells, row.cells)]
            for row, cells in zip(table.rows, rows)
        ]
        boxes.append(table.bbox)
        for row, cells in zip(table.rows, rows):
            printed = [
                _printed_lines(cell or "", _plumber_line_tops(page, box)) if box is not None else []
                for cell, box in zip(cells, row.cells)
            ]
            complete = [lines for lines in printed if lines is not None]
            aligned = layout.align_owner_column(complete) if len(complete) == len(printed) else None
            clean = tuple(aligned) if aligned is not None else tuple(
                layout.normalise_cell_text(cell or "") for cell in cells
            )
            if not any(clean):
                continue
            _, top, _, bottom = row.bbox
            table_lines.append(PageLine(
                text=_row_text(clean), top=top, bottom=bottom, size=0.0,
                bold=False, cells=clean, table_key=(index, table_index),
            ))
    source = page
    if boxes:
        source = page.filter(lambda obj: obj.get("object_type") != "char" or not _inside(obj, boxes))
    words = _join_letter_spaced_words(source.extract_words(return_chars=True), source.chars)
    if lost is not None and len(words) > 1:
        words = _join_dropped_glyphs(words, lost, index + 1)
    fragments = [
        piece for word in words
        for piece in _split_at_word_gaps(word, _mark_lost_plumber_glyphs(word, _plumber_fragment(word), lost, index + 1))
    ]
    unmapped = None
    joined = "".join(fragment.text for fragment in fragments)
    if "(cid:" in joined or _GLYPH_CODE.search(joined) is not None:
        fragments, unmapped = _split_unmapped_words(fragments)
    fragments = _mark_plumber_underlines(page, fragments)
    text_lines = layout.group_fragments(fragments)
    lines = sorted(text_lines + table_lines, key=lambda line: line.top)
    return lines, sizes, unmapped


_UNMAPPED_CODE = re.compile(r"\(cid:(\d+)\)")
"""pdfminer's text for a glyph its font gives no Unicode for."""


def _split_unmapped_words(fragments: list[Fragment]) -> tuple[list[Fragment], _UnmappedRuns | None]:
    """pdfplumber's words, and apart those mostly in glyph codes ("(cid:N)") or holding a control
    character (a code passed through as it is), joined where side by side.

    A word of one code is kept as it is: a bullet or a symbol (`layout.normalise_text` reads it).
    """
    readable: list[Fragment] = []
    unmapped: list[Fragment] = []
    for fragment in fragments:
        codes = _UNMAPPED_CODE.findall(fragment.text)
        rest = len(_UNMAPPED_CODE.sub("", fragment.text).strip())
        if (len(codes) >= UNMAPPED_MIN_CHARS and len(codes) > rest) or (
            len(fragment.text) >= UNMAPPED_MIN_CHARS and _GLYPH_CODE.search(fragment.text) is not None
        ):
            unmapped.append(fragment)
        else:
            readable.append(fragment)
    if not unmapped:
        return readable, None
    lost = sum(count for fragment in unmapped for _, count in fragment.sizes)
    kept = sum(count for fragment in readable for _, count in fragment.sizes)
    return readable, _UnmappedRuns(_join_neighbours(unmapped), lost / max(lost + kept, 1))


def _join_dropped_glyphs(
    words: list[dict[str, Any]], lost: ligatures.LostGlyphs, number: int
) -> list[dict[str, Any]]:
    """pdfminer's words with a glyph its font maps to no text put back as a stand-in, and the word it
    parted joined again ("Of ce" is "Of?ce").

    pdfminer keeps such a glyph as a character without text: a word of its own
    between the two parts when the gap it leaves is wide, or inside the word.
    Only a glyph between a letter and a letter, one of them small
    (`ligatures.stands_for_letters`), is taken for lost letters; its kind is its font and width.
    """
    pieces: list[dict[str, Any]] = []  # words, and the glyphs without text apart
    for word in words:
        chars = word["chars"]
        if all(char["text"] for char in chars) or not any(char["text"] for char in chars):
            pieces.append(word)
            continue
        for _, group in itertools.groupby(chars, key=lambda char: not char["text"]):
            run = list(group)
            pieces.append(dict(word, text="".join(char["text"] for char in run), chars=run,
                               x0=run[0]["x0"], x1=run[-1]["x1"]))
    joined: list[dict[str, Any]] = []
    position = 0
    while position < len(pieces):
        word = pieces[position]
        if word["text"]:
            joined.append(word)
            position += 1
            continue
        glyphs = word["chars"]
        size = max(glyphs[0]["size"], 1.0)
        last = joined[-1] if joined and joined[-1]["text"] else None
        after = pieces[position + 1] if position + 1 < len(pieces) and pieces[position + 1]["text"] else None
        # a word part touches the glyph: it ends (starts) where the glyph starts (ends), on its line
        before_touches = last is not None and _touches(last["chars"][-1], glyphs[0], size)
        after_touches = after is not None and _touches(glyphs[-1], after["chars"][0], size)
        left_char = last["chars"][-1]["text"] if last is not None and before_touches else ""
        right_char = after["chars"][0]["text"] if after is not None and after_touches else ""
        if not ligatures.stands_for_letters(left_char, right_char) or not (left_char or right_char).isalpha():
            joined.append(word)
            position += 1
            continue
        width = round(sum(char["x1"] - char["x0"] for char in glyphs) / size, 2)
        mark = lost.mark(((glyphs[0].get("fontname") or "").encode(), f"{len(glyphs)} {width}"))
        parts: list[dict[str, Any]] = [dict(word, text=mark)]
        if left_char and last is not None:
            parts.insert(0, last)
        if right_char and after is not None:
            parts.append(after)
        merged = dict(parts[0], text="".join(part["text"] for part in parts), x0=parts[0]["x0"], x1=parts[-1]["x1"],
                      top=min(part["top"] for part in parts), bottom=max(part["bottom"] for part in parts),
                      chars=[char for part in parts for char in part["chars"]])
        if left_char:
            joined[-1] = merged
        else:
            joined.append(merged)
        lost.words.append(ligatures.LostWord(
            number, (merged["x0"], merged["top"], merged["x1"], merged["bottom"]), merged["text"]))
        position += 2 if right_char else 1
    return joined


def _touches(first: dict[str, Any], second: dict[str, Any], size: float) -> bool:
    """True when character `second` starts where `first` ends (no space between them), on its line."""
    return (abs(second["x0"] - first["x1"]) < layout.WORD_GAP_EMS * size
            and abs(first["top"] - second["top"]) < 0.5 * size)


_LOST_PLUMBER_GLYPH = re.compile(r"\(cid:\d+\)|[\ue000-\uf8ff\U000f0000-\U0010ffff]")
"""A glyph pdfminer found no Unicode for, or one mapped to a private-use code."""


def _mark_lost_plumber_glyphs(
    word: dict[str, Any], fragment: Fragment, lost: ligatures.LostGlyphs | None, number: int
) -> Fragment:
    """The word with its lost ligature glyphs replaced by their stand-ins, as `_mark_lost_glyphs` does
    for pdfium: glyph codes and private-use characters beside letters, in a word mostly of letters."""
    text = fragment.text
    if lost is None or _LOST_PLUMBER_GLYPH.search(text) is None:
        return fragment
    fonts = {char["text"]: char.get("fontname") or "" for char in word["chars"]}
    pieces = []
    position = 0
    found = 0
    for match in _LOST_PLUMBER_GLYPH.finditer(text):
        first, last = match.span()
        code = match.group()
        if ligatures.stands_for_letters(text[first - 1:first], text[last:last + 1],
                                        symbol=len(code) == 1 and ord(code) in ligatures.SYMBOL_FONT_CODES):
            pieces.append(text[position:first])
            pieces.append(lost.mark((fonts.get(code, "").encode(), code)))
            position = last
            found += 1
    if not found:
        return fragment
    pieces.append(text[position:])
    marked = "".join(pieces)
    letters = sum(1 for char in marked if char.isalpha())
    if _UNMAPPED_CODE.search(marked) is not None or letters < found:
        return fragment  # mostly glyph codes: a run in a font without a map, read whole (`_split_unmapped_words`)
    lost.words.append(ligatures.LostWord(number, (fragment.x0, fragment.top, fragment.x1, fragment.bottom), marked))
    return replace(fragment, text=marked)


def _inside(obj: dict[str, Any], boxes: list[tuple[float, float, float, float]]) -> bool:
    middle_x = (obj["x0"] + obj["x1"]) / 2
    middle_y = (obj["top"] + obj["bottom"]) / 2
    return any(x0 <= middle_x <= x1 and top <= middle_y <= bottom for x0, top, x1, bottom in boxes)


def _mark_plumber_underlines(page: Any, fragments: list[Fragment]) -> list[Fragment]:
    """The fragments (words) with those underlined by a stroke on the page made emphasised (`underline`)."""
    strokes = underline.find_strokes([edge for edge in page.edges if not is_unseen_paint(edge)]) if fragments else []
    if not strokes:
        return fragments
    boxes = [
        underline.WordBox(f.text, f.x0, f.x1, f.bottom, max((size for size, _ in f.sizes), default=0.0))
        for f in fragments
    ]
    links = [
        (annot["x0"], annot["top"], annot["x1"], annot["bottom"]) for annot in page.annots
        if str((annot.get("data") or {}).get("Subtype", "")).strip("/'") == "Link"
    ]
    marked = underline.underlined_words(boxes, strokes, links)
    return [replace(f, bold=True) if i in marked else f for i, f in enumerate(fragments)]


def _split_at_word_gaps(word: dict[str, Any], fragment: Fragment) -> list[Fragment]:
    """A word pdfplumber joined across word gaps (a producer that wrote no space characters: "Order" + "The")
    as a fragment per printed word, so each keeps its own weight and underline, as pdfium's words do; any
    other fragment as it is. The line's text is the same either way."""
    if " " not in fragment.text:
        return [fragment]
    chars = [char for char in word["chars"] if not char["text"].isspace()]
    if fragment.text.replace(" ", "") != "".join(char["text"] for char in chars):
        return [fragment]  # glyphs were marked or joined: leave it whole
    # the fragment's text has a space at each word gap `_plumber_fragment` found: the pieces part there
    pieces: list[list[dict[str, Any]]] = [[]]
    chars_left = iter(chars)
    for letter in fragment.text:
        if letter == " ":
            pieces.append([])
        else:
            pieces[-1].append(next(chars_left))
    pieces = [piece for piece in pieces if piece]
    if len(pieces) == 1:
        return [fragment]
    return [
        _plumber_fragment({**word, "chars": piece, "text": "".join(char["text"] for char in piece), **_chars_box(piece)})
        for piece in pieces
    ]


def _chars_box(chars: list[dict[str, Any]]) -> dict[str, float]:
    return {
        "x0": min(char["x0"] for char in chars), "x1": max(char["x1"] for char in chars),
        "top": min(char["top"] for char in chars), "bottom": max(char["bottom"] for char in chars),
    }


def _join_letter_spaced_words(words: list[dict[str, Any]], chars: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Words with each run of letter-spaced type on a line joined where no space was typed between them.

    pdfplumber parts words at a fixed gap (3 points), so letter-spaced type
    comes out a word per letter or per few letters ("W e l c o m e", "Minutes o f t h e").
    Neighbouring words on one line, closer than a column's gap, are measured
    together (`chars` gives the page's typed spaces): when their glyphs stand
    apart as letter-spaced type does (`layout.gap_over_letter_spacing`, gaps
    at typed spaces left out), words with no typed space between them become
    one, and each word of the run carries the run's word gap ("gap"), by which
    `_plumber_fragment` parts it again.
    """
    if len(words) < 2:
        return words
    typed: dict[int, list[float]] = {}
    for char in chars:
        if char["text"].isspace():
            typed.setdefault(round(char["top"]), []).append((char["x0"] + char["x1"]) / 2)
    result: list[dict[str, Any]] = []
    run: list[dict[str, Any]] = [words[0]]
    for word in words[1:]:
        last = run[-1]
        size = last["chars"][-1]["size"]
        if (abs(word["top"] - last["top"]) < 0.5 * max(last["bottom"] - last["top"], 1.0)
                and 0 <= word["x0"] - last["x1"] < layout.column_gap(size)):
            run.append(word)
            continue
        result.extend(_join_run(run, typed))
        run = [word]
    result.extend(_join_run(run, typed))
    return result


def _join_run(run: list[dict[str, Any]], typed: dict[int, list[float]]) -> list[dict[str, Any]]:
    if len(run) < 2:
        return run
    spaced = []
    for before, after in zip(run, run[1:]):
        row = round(before["top"])
        middles = [middle for key in (row - 1, row, row + 1) for middle in typed.get(key, ())]
        spaced.append(any(before["x1"] - 1 <= middle <= after["x0"] + 1 for middle in middles))
    gaps: list[float] = []
    for number, word in enumerate(run):
        glyphs = word["chars"]
        gaps.extend(b["x0"] - a["x1"] for a, b in zip(glyphs, glyphs[1:]))
        if number and not spaced[number - 1]:
            gaps.append(word["x0"] - run[number - 1]["x1"])
    size = max(char["size"] for word in run for char in word["chars"])
    gap = layout.gap_over_letter_spacing(gaps, size)
    if gap <= layout.WORD_GAP_EMS * size:
        return run
    joined: list[list[dict[str, Any]]] = [[run[0]]]
    for word, space in zip(run[1:], spaced):
        if space:
            joined.append([word])
        else:
            joined[-1].append(word)
    return [dict(
        group[0], text="".join(word["text"] for word in group), x1=group[-1]["x1"],
        top=min(word["top"] for word in group), bottom=max(word["bottom"] for word in group),
        chars=[char for word in group for char in word["chars"]], gap=gap,
    ) for group in joined]


def _plumber_fragment(word: dict[str, Any]) -> Fragment:
    sizes: Counter[float] = Counter()
    bold = True
    marks_bold = True
    chars = word["chars"]
    for char in chars:
        if char["text"].isspace():
            continue
        sizes[round(char["size"], 1)] += 1
        if "bold" in (char.get("fontname") or "").lower():
            continue
        if char["text"].isalnum():
            bold = False
        else:
            marks_bold = False
    # a bold word keeps its weight with punctuation set in regular type after it ("Finance:"), as pdfium reads
    # a word's weight at its first letter; a word of punctuation alone takes its own weight
    if bold and not marks_bold and not any(char["text"].isalnum() for char in chars):
        bold = False
    text = word["text"]
    if len(chars) > 1 and len(chars) == len(text):
        # a word's characters with no space between them: a producer that wrote no spaces leaves gaps
        size = max(sizes) if sizes else 0.0
        text = layout.insert_word_spaces(
            text, [char["x0"] for char in chars], [char["x1"] for char in chars], size, gap=word.get("gap"),
        )
    return Fragment(
        text=text, x0=word["x0"], x1=word["x1"], top=word["top"], bottom=word["bottom"],
        sizes=tuple(sizes.items()), bold=bold,
    )
