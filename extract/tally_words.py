"""The words of a tally's two sides, one place for every reader of a counted vote.

Clerks write the side for a motion as "Ayes", "Yea", "YES" or, in some
township minutes, "yay"; the side against as "Noes", "Nay" or "No". The vote
reader, the decision reader (where a motion ends) and the kind reader (a
tally is a record of a meeting held) all build their patterns on these.
"""

from __future__ import annotations

AYE_SIDE = r"(?:ayes?|yes|yeas?|yays?)"
"""The side for a motion, read in any case: "Ayes", "Yea", "YES", "yay" (regex source)."""
NAY_SIDE = r"(?:noes|nays?|nos?)"
"""The side against a motion, read in any case: "Noes", "Nay", "No" (regex source)."""
SIDE_LIST_LABEL = rf"(?:{AYE_SIDE}|{NAY_SIDE}|abstain\w*|abstentions?|absent|recused)"
"""The label before a list of members on one side of a tally or on none ("AYES:", "NAYS:", "ABSTAIN:", "ABSENT:",
"RECUSED:"), read in any case, colon not included (regex source)."""
