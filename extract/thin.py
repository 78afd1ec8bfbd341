"""Whether a document gave much less than its kind normally holds.

Minutes of several pages name who attended, list the business and record
decisions; a plan of several pages has action rows. When a long document gives
none of one of these, the reading most likely missed it (a layout the rules do
not know, scanned pages, a document that is not minutes at all), and a clerk
should look at the file rather than trust an empty result. Short documents are
not judged: a one-page note may truly hold no decisions. A document of
almost no words, from which nothing was read (no date, attendance, item or
decision), is judged whatever its length and kind: a website's page
template, a cover sheet or a scan whose text layer holds only a stamp.
"""

from __future__ import annotations

import re

from ..ingest.document import ParsedDocument
from .records import Extraction

THIN_MIN_PAGES = 2
"""A document of at least this many pages is long enough to be judged."""
THIN_MIN_CHARACTERS = 6000
"""Or one with at least this much text, about two printed pages (HTML and text files are one page however long)."""
JUDGED_KINDS = ("minutes", "unknown", "plan")
"""Agendas are not judged: they hold no attendance or decisions of their own."""
MIN_WORDS = 30
"""A document with fewer words than this (of two letters or more) holds no record of a meeting, whatever its kind."""
_WORD = re.compile(r"[^\W\d_]{2,}")
THIN_KIND = "thin"
"""The kind of the warning a load records for a thin document (beside the failure kinds)."""


def judge_thin(extraction: Extraction, document: ParsedDocument) -> list[str]:
    """What a long `document` should have given and did not ("no attendance found", …); [] when nothing is missing.

    The kind is the extraction's; a document shorter than THIN_MIN_PAGES pages
    and THIN_MIN_CHARACTERS characters, or an agenda, gives [] unless it has
    fewer than MIN_WORDS words in all and nothing was read from it.
    """
    words = len(_WORD.findall(document.text))
    if words < MIN_WORDS and not _read_anything(extraction):
        return [f"almost no text ({words} words) and nothing read: check the file"]
    kind = extraction.meeting.kind
    if kind not in JUDGED_KINDS:
        return []
    if document.page_count < THIN_MIN_PAGES and len(document.text) < THIN_MIN_CHARACTERS:
        return []
    if kind == "plan":
        return [] if extraction.plan_actions else ["no action rows found"]
    missing = []
    if kind == "unknown":
        missing.append("not recognised as minutes, an agenda or a plan")
    if not extraction.attendees:
        missing.append("no attendance found")
    if not extraction.items:
        missing.append("no agenda items found")
    if not extraction.resolutions:
        missing.append("no decisions found")
    return missing if kind == "minutes" or len(missing) > 1 else []


def _read_anything(extraction: Extraction) -> bool:
    """True when the reading found a date, a person, an item, a decision or a plan's row in the document."""
    return bool(
        extraction.meeting.date or extraction.attendees or extraction.items or extraction.resolutions
        or extraction.plan_actions
    )
