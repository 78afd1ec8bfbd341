"""A motion carried is a decision: the decisions the vote reader found and the decision readers did not.

Minutes record a decision in two ways that two readers take: the wording of the
decision ("RESOLVED that …", "The Board agreed to …", extract/resolutions.py) and
the course of a motion ("Motion by Tate, second by Moss to approve the renewal.
Vote 3-0.", extract/votes.py). Every carried motion is a decision of the body
(`ANNOTATING.md`), so a carried vote that no decision was read for gives one here,
its text the lines the vote was read from (its motion alone where those lines hold
another decision or run long). Only a vote whose motion reads as what
was moved ("to approve …", "that the fence be mended", "the Board voted … to
appoint …"), or whose line or two name its mover and seconder, does: a motion
pieced together from words around a tally is no decision's text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import replace

from ..ingest.document import Line
from .records import Resolution, Vote

MAX_DECISION_CHARS = 600
"""A vote read over more text than this is no one decision's sentence: its motion stands for the decision instead."""

MOTION_RECORD_MAX_LINES = 2
"""A vote whose mover and seconder are named, read from at most this many lines, is a motion's record."""

QUOTED_MOTION_WORDS = 3
"""The fewest words of a motion that, quoted in its vote's lines or just below them, stand for its decision (and that
`votes.link_resolutions` matches against a decision by its words)."""
QUOTED_BELOW_LINES = 4
"""Lines under a vote's own (blank ones counted) in which its motion may stand quoted: "M/S/C A/B" over '"That …"'; also
how far `votes.link_resolutions` looks for the decision written in its vote's motion words."""

# What a motion moves: "to approve the renewal", "that the fence be mended", "… voted unanimously to appoint …".
_MOVED_WORDS = re.compile(r"^(?:to|that)\s+[a-z]|\bvoted\b[^.;]{0,40}?\bto\s+[a-z]", re.IGNORECASE)
_SPACES = re.compile(r"\s+")


def add_voted_decisions(votes: Sequence[Vote], resolutions: Sequence[Resolution], lines: Iterable[Line]) -> list[Resolution]:
    """`resolutions` with a decision for every carried vote of `votes` that none was read for, in document order.

    Each vote keeps the decision it was linked to, and a vote that gives a decision is linked to it
    (`Vote.resolution` counts positions in the list returned)."""
    wanting = [vote for vote in votes if _wants_decision(vote)]
    if not wanting:
        return list(resolutions)
    text_of = {line.number: line.text for line in lines}  # read only when some vote gives a decision
    added = [(vote, _decision_of(vote, text_of, shared=_overlaps_any(vote, resolutions))) for vote in wanting]
    found = [(vote, resolution) for vote, resolution in added if resolution is not None]
    decided = {id(vote): resolutions[vote.resolution - 1] for vote in votes
               if vote.resolution is not None and 0 < vote.resolution <= len(resolutions)}
    merged = list(resolutions)
    for vote, resolution in found:
        merged.insert(_place(merged, resolution), resolution)
        decided[id(vote)] = resolution
    position = {id(resolution): index for index, resolution in enumerate(merged, start=1)}
    for vote in votes:
        linked = decided.get(id(vote))
        vote.resolution = position[id(linked)] if linked is not None else None
    return merged


def _wants_decision(vote: Vote) -> bool:
    return (
        vote.result == "carried"
        and vote.resolution is None
        and vote.evidence is not None
        and (_MOVED_WORDS.search(vote.motion.strip()) is not None or _is_motion_record(vote))
    )


def _is_motion_record(vote: Vote) -> bool:
    """True for a vote read from a line or two that name its mover and seconder ("Treasurer's report: motion by A
    2nd by B, Yay 5 nay 0"): a record of a motion carried, whatever words its motion was read from."""
    evidence = vote.evidence
    return (
        evidence is not None
        and vote.mover is not None
        and vote.seconder is not None
        and evidence.line_end - evidence.line_start < MOTION_RECORD_MAX_LINES
    )


def _overlaps_any(vote: Vote, resolutions: Sequence[Resolution]) -> bool:
    """True when a decision already read stands on the vote's lines (another vote of the line took it): the vote's own
    decision is then its motion, as the lines' text would repeat the other's."""
    evidence = vote.evidence
    return evidence is not None and any(
        resolution.evidence is not None
        and resolution.evidence.line_start <= evidence.line_end
        and resolution.evidence.line_end >= evidence.line_start
        for resolution in resolutions
    )


def _decision_of(vote: Vote, text_of: dict[int, str], *, shared: bool) -> Resolution | None:
    """The decision `vote` gives: the text of the lines it was read from (`text_of`: each line's text by its number),
    or its motion where those lines are long or hold another decision (`shared`)."""
    evidence = vote.evidence
    if evidence is None:
        return None
    read = [text_of.get(number, "").strip() for number in range(evidence.line_start, evidence.line_end + 1)]
    if len(read) > 1 and _is_heading_read_as_motion(read[0], vote):
        # "3. To approve the minutes" / "Proposed A, seconded B. Approved.": the item's heading, read back as the motion,
        # is no part of what was decided under it.
        read = read[1:]
        evidence = replace(evidence, line_start=evidence.line_start + 1)
    text = "" if shared else _SPACES.sub(" ", " ".join(part for part in read if part)).strip()
    below = " ".join(text_of.get(number, "").strip() for number in range(evidence.line_end + 1,
                                                                          evidence.line_end + 1 + QUOTED_BELOW_LINES))
    if not text or len(text) > MAX_DECISION_CHARS or _quotes_motion(_SPACES.sub(" ", f"{text} {below}"), vote.motion):
        text = _SPACES.sub(" ", vote.motion).strip()
    return Resolution(item=vote.item, text=text, proposer=vote.mover, seconder=vote.seconder,
                      evidence=evidence)


def _quotes_motion(text: str, motion: str) -> bool:
    """True when the vote's `motion` is quoted in `text`, its lines and the few below them ('M/S/C HALE/VOSS (approved)
    “That the fees be approved.” Approved (4): …'): the words quoted are the decision, the shorthand and the roll
    around them its vote."""
    words = _SPACES.sub(" ", motion).strip(" “”\"")
    return len(words.split()) >= QUOTED_MOTION_WORDS and any(f"{mark}{words}" in text for mark in "“\"")


def _is_heading_read_as_motion(line: str, vote: Vote) -> bool:
    """True when `line` is the vote's item heading and its words are all the vote's motion ("3. To approve the
    minutes …" over "Proposed A, seconded B."), not a numbered paragraph that records the motion itself."""
    heading = re.match(rf"{re.escape(vote.item)}\.?\s+(?P<title>.+)$", line) if vote.item else None
    return heading is not None and _normalised(heading.group("title")) == _normalised(vote.motion)


def _normalised(text: str) -> str:
    """`text` with its spaces folded, its closing stop dropped and in lower case, for comparing two wordings."""
    return _SPACES.sub(" ", text).strip(" .;:").lower()


def _place(resolutions: list[Resolution], new: Resolution) -> int:
    """Where `new` goes among `resolutions`: before the first read from a later line (those with no lines stay put)."""
    start = new.evidence.line_start if new.evidence is not None else 0
    for index, resolution in enumerate(resolutions):
        if resolution.evidence is not None and resolution.evidence.line_start > start:
            return index
    return len(resolutions)
