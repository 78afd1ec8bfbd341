"""Paragraphs split at the line breaks of hard-wrapped text, joined again.

Text exported from PDF to markdown or plain text keeps the PDF's line breaks,
and a paragraph can reach decisions and actions one line at a time: "On the
proposal of Councillor A, seconded by Councillor B, the" / "following dates
were agreed:". A line that fills the width of the text and ends without
closing punctuation runs on into the next one, unless that one is a heading
or a list entry. Markdown blockquote markers ("> ") at the start of each line
of a quoted paragraph are not words and are dropped.
"""

from __future__ import annotations

import dataclasses
import re

from ..ingest.document import Line
from .items import clean_text

FULL_LINE_SHARE = 0.7
"""A line at least this share of the text's usual full width was wrapped, not ended."""
FULL_WIDTH_RANK = 0.9
"""The usual full width: this far up the lines' lengths, so one very long line does not set it."""
MIN_LINES = 4
"""Fewer lines than this say nothing about the text's width."""
TAG_WORDS = 3
"""A line whose last sentence ended this few words before its end closes with a tag ("… ongoing. Clerk"), not mid-sentence."""

_QUOTE_MARK = re.compile(r"^\s*>\s?")
_SENTENCE_END = re.compile(r"[.!?]\s")
_CLOSES = re.compile(r"[.!?:;\"”’)]$")
_OPENS_ENTRY = re.compile(r"^(?:[-•·*\ue000-\uf8ff]\s?|\(?[a-z0-9]{1,4}\)\s|\d{1,2}\.\s|[A-Z][\w ]{0,30}:)")


def rejoin_wrapped(paragraphs: list[list[Line]]) -> list[list[Line]]:
    """Return `paragraphs` with each one that a wrapped line ends joined to the one after it."""
    paragraphs = [part for lines in paragraphs for part in _unquoted(lines)]
    lengths = sorted(len(clean_text(line.text)) for lines in paragraphs for line in lines if line.text.strip())
    if len(lengths) < MIN_LINES:
        return paragraphs
    full = lengths[min(len(lengths) - 1, int(len(lengths) * FULL_WIDTH_RANK))]
    joined: list[list[Line]] = []
    for lines in paragraphs:
        if joined and _runs_on(joined[-1][-1], full) and not lines[0].is_heading and not joined[-1][-1].is_heading:
            first = clean_text(lines[0].text)
            previous = clean_text(joined[-1][0].text)
            # A list entry ends at its line's end unless its sentence plainly runs on in lower case.
            if first and not _OPENS_ENTRY.match(first) and (
                first[:1].islower() or not (_ends_with_tag(joined[-1][-1]) or _OPENS_ENTRY.match(previous))
            ):
                joined[-1] = joined[-1] + lines
                continue
        joined.append(list(lines))
    return joined


def _ends_with_tag(line: Line) -> bool:
    text = clean_text(line.text)
    ends = [match.end() for match in _SENTENCE_END.finditer(text)]
    return bool(ends) and len(text[ends[-1]:].split()) <= TAG_WORDS


def _runs_on(line: Line, full: int) -> bool:
    text = clean_text(line.text)
    return bool(text) and len(text) >= FULL_LINE_SHARE * full and not _CLOSES.search(text)


def _unquoted(lines: list[Line]) -> list[list[Line]]:
    """The paragraph's lines without blockquote markers, split where a quoted line was blank (">")."""
    if not any(_QUOTE_MARK.match(line.text) for line in lines):
        return [lines]
    parts: list[list[Line]] = [[]]
    for line in lines:
        text = _QUOTE_MARK.sub("", line.text, count=1)
        if text.strip():
            parts[-1].append(dataclasses.replace(line, text=text))
        elif parts[-1]:
            parts.append([])
    return [part for part in parts if part]
