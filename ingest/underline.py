"""Underlined text on a PDF page, found from the strokes drawn under it.

A PDF has no underlined type: word processors print an underline as a thin
filled rectangle or a stroked line just under the words' baseline. Both
engines give a page's drawn straight segments as edges (pdfplumber's
`page.edges`, pdfium's paths read by `pdf._iter_rule_edges`); this module
keeps the horizontal ones that can be underlines and says which words they
underline, so the readers treat those words as emphasised, as they treat bold.

A stroke underlines words when it lies just under their baseline and the words
fill most of its length: a table rule or a box's side is joined to upright
strokes and is left out, a rule across the page under a short heading or a
signature line beside its label is mostly bare, and a hyperlink's underline
marks an address, not emphasis.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from typing import Any, Iterable, Sequence

UNDERLINE_MAX_THICKNESS = 1.5
"""Points: an upright edge longer than this at a stroke's end makes it a box's or a cell's side, not an underline."""
UNDERLINE_MIN_LENGTH = 3.0
"""Points: a shorter horizontal stroke is a dash or a glyph's part."""
UNDERLINE_RISE_EMS = 0.35
"""A stroke may lie this many ems above the bottom of a word's (font-height) box: the baseline sits about
a fifth of an em above it, and a strike-through well above that."""
UNDERLINE_DROP_EMS = 0.35
"""A stroke may lie this many ems below the bottom of a word's box."""
UNDERLINE_COVER_SHARE = 0.75
"""Share of a stroke's length the words over it fill: an underline is about as long as what it underlines."""
UNDERLINED_WORD_SHARE = 0.7
"""Share of a word's width a stroke must run under for the word to be underlined."""
UNDERLINE_MAX_WORDS = 12
"""Words one underline may mark: more is an underlined passage, not a title."""
PASSAGE_NEAR_EMS = (0.6, 1.6)
"""Ems between two underlines on neighbouring lines of one underlined passage, at the line pitch: a title
stands further from the line under it, and nearer is the other edge of the same thin rectangle."""
ENDS_TOLERANCE = 1.0
"""Points by which an upright edge may miss a stroke's end and still meet it."""

_ADDRESS = re.compile(r"(?:https?:|www\.|@|\.(?:com|org|net|gov|edu|uk|us|ca|au|ie|nz)\b)", re.IGNORECASE)
"""A web or e-mail address: its underline says it is a link."""


@dataclass(frozen=True, slots=True)
class Stroke:
    """A horizontal stroke: its left and right ends and its height (top-down y)."""

    x0: float
    x1: float
    y: float


@dataclass(frozen=True, slots=True)
class WordBox:
    """A word's text and box (top-down y) with its font size."""

    text: str
    x0: float
    x1: float
    bottom: float
    size: float


def find_strokes(edges: Iterable[dict[str, Any]]) -> list[Stroke]:
    """The horizontal edges of a page that may be underlines, from pdfplumber-style edges.

    A horizontal edge whose end meets an upright edge longer than
    `UNDERLINE_MAX_THICKNESS` is a side of a box or a table's rule and is left out.
    """
    horizontal: list[dict[str, Any]] = []
    upright: list[tuple[float, float, float]] = []
    for edge in edges:
        if edge["orientation"] == "h":
            if edge["x1"] - edge["x0"] >= UNDERLINE_MIN_LENGTH:
                horizontal.append(edge)
        elif edge["bottom"] - edge["top"] > UNDERLINE_MAX_THICKNESS:
            upright.append((edge["x0"], edge["top"], edge["bottom"]))
    if not horizontal:
        return []
    strokes = []
    for edge in horizontal:
        y = edge["top"]
        if any(
            (abs(x - edge["x0"]) <= ENDS_TOLERANCE or abs(x - edge["x1"]) <= ENDS_TOLERANCE)
            and top - ENDS_TOLERANCE <= y <= bottom + ENDS_TOLERANCE
            for x, top, bottom in upright
        ):
            continue
        strokes.append(Stroke(edge["x0"], edge["x1"], y))
    return strokes


Box = tuple[float, float, float, float]
"""x0, top, x1, bottom (top-down y)."""


def underlined_words(words: list[WordBox], strokes: list[Stroke], links: Sequence[Box] = ()) -> set[int]:
    """Indexes of `words` underlined by one of `strokes` (see the module's notes).

    A word inside a link's box (`links`, the page's link annotations) is a
    hyperlink, underlined as links are, and is not counted as emphasised.

    An underline marks a title or a few words. A stroke under more than
    `UNDERLINE_MAX_WORDS` words, or one with another underline a line above or
    below it, marks a passage (amended wording, a quotation), which is no title:
    its words are left as they are.
    """
    if not strokes or not words:
        return set()
    # Words by the bottom of their box, so each stroke looks only at the words whose bottom may lie near it.
    by_bottom = sorted(range(len(words)), key=lambda index: words[index].bottom)
    bottoms = [words[index].bottom for index in by_bottom]
    largest = max(word.size for word in words)
    found: list[tuple[Stroke, float, list[int]]] = []
    for stroke in strokes:
        length = stroke.x1 - stroke.x0
        over: list[tuple[int, float, float]] = []
        first = bisect.bisect_left(bottoms, stroke.y - UNDERLINE_DROP_EMS * largest)
        last = bisect.bisect_right(bottoms, stroke.y + UNDERLINE_RISE_EMS * largest)
        for index in sorted(by_bottom[first:last]):
            word = words[index]
            if not word.bottom - UNDERLINE_RISE_EMS * word.size <= stroke.y <= word.bottom + UNDERLINE_DROP_EMS * word.size:
                continue
            left, right = max(word.x0, stroke.x0), min(word.x1, stroke.x1)
            if right > left:
                over.append((index, left, right))
        if not over or _union_length([(left, right) for _, left, right in over]) < UNDERLINE_COVER_SHARE * length:
            continue
        marked = [
            index for index, left, right in over
            if words[index].x1 > words[index].x0 and right - left >= UNDERLINED_WORD_SHARE * (words[index].x1 - words[index].x0)
        ]
        if marked:
            found.append((stroke, max(words[index].size for index in marked), marked))
    underlined: set[int] = set()
    for stroke, size, marked in found:
        if len(marked) > UNDERLINE_MAX_WORDS or any(
            PASSAGE_NEAR_EMS[0] * size <= abs(other.y - stroke.y) <= PASSAGE_NEAR_EMS[1] * size
            and min(other.x1, stroke.x1) > max(other.x0, stroke.x0)
            for other, _, _ in found
        ):
            continue
        underlined.update(index for index in marked if not _is_link(words[index], links))
    return underlined


def _is_link(word: WordBox, links: Sequence[Box]) -> bool:
    if _ADDRESS.search(word.text):
        return True
    middle = (word.x0 + word.x1) / 2
    height = word.bottom - word.size / 2
    return any(x0 <= middle <= x1 and top <= height <= bottom for x0, top, x1, bottom in links)


def _union_length(spans: list[tuple[float, float]]) -> float:
    total = 0.0
    end = float("-inf")
    for left, right in sorted(spans):
        if right <= end:
            continue
        total += right - max(left, end)
        end = right
    return total
