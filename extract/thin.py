"""Whether a document gave much less than its kind normally holds.

Minutes of several pages name who attended, list the business and record
decisions; a plan of several pages has action rows. When a long document gives
none of one of these, the reading most likely missed it (a layout the rules do
not know, scanned pages, a document that is not minutes at all), and a clerk
should look at the file rather than trust an empty result. Short documents are
not judged: a one-page note may truly hold no decisions.
"""

from __future__ import annotations

from ..ingest.document import ParsedDocument
from .records import Extraction

THIN_MIN_PAGES = 2
"""A document of at least this many pages is long enough to be judged."""
THIN_MIN_CHARACTERS = 6000
"""Or one with at least this much text, about two printed pages (HTML and text files are one page however long)."""
JUDGED_KINDS = ("minutes", "unknown", "plan")
"""Agendas are not judged: they hold no attendance or decisions of their own."""
THIN_KIND = "thin"
"""The kind of the warning a load records for a thin document (beside the failure kinds)."""


def judge_thin(extraction: Extraction, document: ParsedDocument) -> list[str]:
    """What a long `document` should have given and did not ("no attendance found", …); [] when nothing is missing.

    The kind is the extraction's; a document shorter than THIN_MIN_PAGES pages
    and THIN_MIN_CHARACTERS characters, or an agenda, gives [].
    """
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
