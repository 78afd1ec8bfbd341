"""Paragraphs opened by a bold title: one rule for every reader that sees weight.

Minutes written as paragraphs, each opened by a short bold title
("**Treasurer's Report** The treasurer presented …"), set the title off by its
weight alone. Once a line is text, only punctuation can say where such a title
ends, so the HTML, Markdown and PDF readers all write it with a colon after it
("Treasurer's Report: The treasurer presented …"), the form extractors read as
a run-in title. Only where the document is written that way, with at least
`MIN_BOLD_LEADS` such paragraphs: a bold name or phrase inside a sentence, or a
lone bold paragraph, is left as it stands, and so is a lone decision word
("RESOLVED", "Agreed"), which the decision readers take where it stands. The
PDF reader counts underlined words as bold (`underline`).
"""

from __future__ import annotations

import re

MIN_BOLD_LEADS = 3
"""Paragraphs opening with a bold title that make bold titles a document's structure."""
MAX_BOLD_LEAD_WORDS = 8
"""A bold title leading its paragraph is at most this long."""

_DECISION_WORD = re.compile(r"^[A-Za-z]+ed\W*$", re.IGNORECASE)
"""One past-tense word ("RESOLVED", "Agreed", "Noted", "Seconded"): the decision or vote label extractors read
where it stands, not a paragraph's title."""
_LEAD_END = re.compile(r"[:.;,!?\-–—]\s*$")
_SPACES = re.compile(r"\s+")


def is_bold_lead(title: str, rest: str) -> bool:
    """Whether bold `title` opening a paragraph titles it: short and capitalised, with a sentence (`rest`) after it."""
    title = _SPACES.sub(" ", title).strip()
    words = title.split()
    if not words or len(words) > MAX_BOLD_LEAD_WORDS or not title[:1].isupper() or title[:1].isdigit():
        return False
    if _DECISION_WORD.match(title):
        return False
    rest = _SPACES.sub(" ", rest).strip(" :–—-")
    return rest[:1].isupper() and len(rest.split()) >= 2


def needs_colon(title: str) -> bool:
    """Whether a bold title is printed without punctuation of its own to end it ("Finance" but not "Finance:")."""
    return not _LEAD_END.search(title)
