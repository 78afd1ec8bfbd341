"""Outcome lines in capitals: how a board's register of decisions closes each entry.

US licensing, zoning-appeal, planning, liquor and historic boards publish "action agendas", "voting minutes" and
"results": the agenda's numbered entries, each closed by its outcome on a line of its own in capitals ("GRANTED",
"GRANTED WITH CONDITIONS", "DENIED", "CONTINUED TO MAY 8, 2031", "WITHDRAWN", "DEFERRED", "HELD"). Such a
document records decisions taken, whatever its title (extract/kind.py), and each outcome is the decision on its
entry (extract/resolutions.py). The words are data: `OUTCOME_WORDS`, `OUTCOME_LINKS`.
"""

from __future__ import annotations

import re

OUTCOME_WORDS: tuple[str, ...] = (
    "GRANTED", "APPROVED", "DENIED", "DISAPPROVED", "WITHDRAWN", "DEFERRED", "HELD", "TABLED", "DISMISSED",
    "ADOPTED", "ACCEPTED", "REJECTED", "POSTPONED", "REFERRED", "PASSED", "FAILED", "CARRIED", "NO ACTION",
    "NO ACTION TAKEN", "CONTINUED",
)
"""The outcome that opens the line, in capitals."""
OUTCOME_LINKS: tuple[str, ...] = (
    "WITH", "AS", "TO", "UNTIL", "FOR", "BY", "SUBJECT", "PENDING", "WITHOUT", "IN", "ON", "OVER", "AND", "UNANIMOUSLY",
    "INDEFINITELY", "PER",
)
"""The words that may follow it ("WITH CONDITIONS", "AS AMENDED", "TO MAY 8, 2031", "UNTIL THE NEXT MEETING")."""
ALONE_NOT_AN_OUTCOME: tuple[str, ...] = ("CONTINUED",)
"""Words that alone on a line are a page's "CONTINUED" (to the next page), never an outcome: they need their link."""

_WORDS = "|".join(word.replace(" ", r"\s+") for word in OUTCOME_WORDS)
_LINKS = "|".join(OUTCOME_LINKS)
_ALONE = "|".join(ALONE_NOT_AN_OUTCOME)
# An optional label ("ACTION:", "BOARD ACTION -", "DISPOSITION:"), the outcome, then capitals, figures and marks only:
# "APPROVED 5-0", "CONTINUED TO 6/12/2031", "GRANTED WITH CONDITIONS (4-1)".
_OUTCOME_LINE = re.compile(
    r"^[\s*_]*(?:(?:BOARD\s+|COMMISSION\s+)?(?:ACTION|DISPOSITION|DECISION|RESULT|OUTCOME)\s*[:\-–—]\s*)?"
    rf"(?P<outcome>(?!(?:{_ALONE})[\s*_.]*$)(?:{_WORDS})\b"
    rf"(?:(?:\s+(?:{_LINKS})\b|\s*[(\[]?\s*\d{{1,2}}\s*[-–]\s*\d{{1,2}})[^a-z]*)?)[\s*_.]*$"
)


def outcome_line(text: str) -> re.Match[str] | None:
    """The outcome a line in capitals gives on its own ("GRANTED", "DENIED", "CONTINUED TO MAY 8, 2031"), or None;
    group "outcome" is its words without a label."""
    return _OUTCOME_LINE.match(text)
