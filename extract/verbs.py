"""Verbs that tell what was done, one list for every rule that reads a sentence as a report of the past."""

from __future__ import annotations

IRREGULAR_PAST = (
    r"gave|spoke|met|took|brought|said|told|went|made|sent|led|wrote|thought|felt|found|began|came|saw|got|left|kept"
    r"|held|heard|knew|paid|bought|sold|won|lost|ran|rang|chose|drew|showed|shown|taught|understood"
)
"""Past forms not made with "-ed" ("took", "heard", "spoke"), as a regex alternation. Words whose past is their present
("set", "read", "put") are left out: in an instruction they are the order ("Set up the stall")."""
