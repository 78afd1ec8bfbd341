"""Lists that report what another body or a member said or decided: no decisions of the body whose minutes they are.

Minutes print a report as a lead-in ending in a colon over a list of entries: "The Chair of the Audit Committee
updated the Board on the committee's discussions:", "The Clerk reported on the following matters:", "The Manager
highlighted the following:", "The Sergeant gave his report:", "The sub-committee had agreed:". Its entries ("The terms
of reference were agreed", "It has been agreed to hold an open day") tell the meeting what was said or done elsewhere;
the body took none of those decisions. An entry that opens on the body's own decision label ("RESOLVED: …") is still
one. A lead-in that decides itself ("It was agreed to object on the following grounds:", "The Board agreed and
suggested the following:") is no report.
"""

from __future__ import annotations

import re

from ..ingest.document import Line
from .sections import LIST_BULLET

_REPORT_VERB = (
    r"(?:updated|reported|informed|advised|briefed|outlined|summari[sz]ed|highlighted|fed\s+back"
    r"|(?:gave|provided|presented)\s+(?:(?:a|an|the|his|her|their|its)\s+)?(?:following\s+|verbal\s+|brief\s+)?"
    r"(?:update|report|summary|feedback|overview|highlights))\b"
)
"""What a reporter does: tells the meeting ("updated the Board on", "gave her report", "highlighted the following")."""
_REPORT_LEAD_IN = re.compile(
    # A reporter and the verb ("The Chair of the Audit Committee updated the Board on …"), or another body's decision
    # told in the past perfect ("The sub-committee had agreed:").
    rf"\b{_REPORT_VERB}|\bhad\s+(?:(?:also|already)\s+)?(?:agreed|resolved|decided|approved|recommended)\b",
    re.IGNORECASE,
)
_OWN_DECISION = re.compile(r"\b(?:resolved|agreed|decided|approved|adopted|accepted)\b", re.IGNORECASE)
"""A decision the lead-in itself takes ("It was agreed to … on the following grounds:"): then it is no report."""
_OWN_LABEL = re.compile(r"^(?:RESOLVED|AGREED|DECIDED|Resolved|Agreed|Decided|DECISION|Decision)\b\s*[:–—-]?")
"""The body's own decision label opening a list's entry: the body's decision, whatever lead-in stands above it."""
_SENTENCE_START = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")
_ENTRY = re.compile(rf"^\s*{LIST_BULLET}\s")
"""A list's entry: a paragraph whose first line opens on a bullet, printed or typed."""


def report_lead_in(text: str) -> str | None:
    """The lead-in ending `text` (a paragraph, its list marker stripped) when it reports what another body or a member
    said or decided: its last sentence ends in a colon, names a report and takes no decision of its own; else None."""
    text = text.strip()
    if not text.endswith(":"):
        return None
    starts = [match.end() for match in _SENTENCE_START.finditer(text)]
    sentence = text[starts[-1]:] if starts else text
    if _REPORT_LEAD_IN.search(sentence) and not _OWN_DECISION.search(_REPORT_LEAD_IN.sub("", sentence)):
        return sentence
    return None


def is_own_decision_entry(text: str) -> bool:
    """True when a list's entry (its marker stripped) opens on the body's own decision label ("RESOLVED: That …")."""
    return bool(_OWN_LABEL.match(text.strip()))


def entries_end(paragraphs: list[list[Line]], start: int) -> int:
    """The index after the list's entries that run from `start`: paragraphs whose first line opens on a bullet."""
    index = start
    while index < len(paragraphs) and _ENTRY.match(paragraphs[index][0].text):
        index += 1
    return index
