"""The status of each action as the minutes write it: done, carried forward, dropped or open.

Two ways minutes say it:

- an action log, a table of action / owner / due / status (in minutes or as a
  document of its own), whose status column reads "Complete", "Done",
  "Ongoing", "c/f", "Carried forward", "Closed", "Dropped", "Withdrawn" …;
- a status word written beside the action: "(done)", "[complete]",
  "– ongoing", or a sentence of its own right after it ("Done.").

Only the status word at the start of a status cell counts ("Complete – letter
sent in May"), and beside an action only a word set apart by a bracket or a
dash at the end of the sentence, or a sentence that is nothing else: "Clerk
to complete the survey" and "ongoing maintenance of the verges" are tasks,
not statuses. An action the minutes say nothing about stays `open`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..ingest.document import Line, ParsedDocument
from .items import Section
from .column_headers import load_column_headers
from .records import Action, ActionStatus
from .status_words import STATUSES, cell_words

_WORDS: tuple[tuple[ActionStatus, str], ...] = tuple((status, cell_words(status)) for status in STATUSES)
"""The words of each status (data/status_words.toml, [cell]), in the order they are told apart."""
_STATUS = "|".join(f"(?:{words})" for _status, words in _WORDS)
_EACH = tuple((status, re.compile(rf"(?:{words})$", re.IGNORECASE)) for status, words in _WORDS)

_CELL = re.compile(rf"^\W*(?P<word>{_STATUS})(?![\w/])", re.IGNORECASE)
"""A status cell: the status word first; whatever follows is its note."""
_DATE_NOTE = r"(?:\s*[-–,:]?\s*(?:on\s+)?[\w/.]*\d[\w/. ]{0,16})?"
"""A date after the status word ("done 3 May", "complete 12/03/31")."""
_BESIDE = re.compile(
    rf"(?:\(\s*(?P<word>{_STATUS}){_DATE_NOTE}\s*\)|\[\s*(?P<word2>{_STATUS}){_DATE_NOTE}\s*\]"
    rf"|\s[-–—]{{1,2}}\s*(?P<word3>{_STATUS}){_DATE_NOTE})\s*[.;]?\s*$",
    re.IGNORECASE,
)
"""A status set apart at the end of a sentence: "… Highways (done).", "… hedge – complete"."""
_ALONE = re.compile(rf"^(?:status\s*[:–-]\s*)?(?P<word>{_STATUS}){_DATE_NOTE}\s*[.!]?$", re.IGNORECASE)
"""A sentence that is only a status: "Done.", "Status: ongoing."."""
_SENTENCE_END = re.compile(r"(?<=[.;!?)\]])\s+(?=[A-Z(\[])")
_WORD = re.compile(r"[a-z]{3,}")
MIN_SHARED = 0.6
"""Share of an action's words a sentence must hold to be the one its status is written beside."""


def status_of(text: str) -> ActionStatus | None:
    """The status a status cell states, or None when it states none."""
    found = _CELL.match(text.strip())
    return _which(found) if found else None


def status_beside(sentence: str) -> ActionStatus | None:
    """The status written at the end of `sentence` ("… (done).") or as all of it ("Done."), else None."""
    found = _BESIDE.search(sentence) or _ALONE.match(sentence.strip())
    return _which(found) if found else None


def strip_status(text: str) -> str:
    """`text` without a status written at its end ("Write to Highways (done)" -> "Write to Highways")."""
    found = _BESIDE.search(text)
    return text[: found.start()].rstrip(" ,;") if found and found.start() > 0 else text


def status_column(cells: Sequence[str]) -> int | None:
    """The column of a table header that holds each row's status or progress, or None."""
    return load_column_headers().column("status", cells)


def progress_column(cells: Sequence[str]) -> int | None:
    """The column of a table header that reports progress since an earlier meeting ("Progress", "Update"), or None."""
    return load_column_headers().column("progress", cells)


LOG_SHARE = 0.5
"""The share of a document's words its table rows hold when it is an action log of its own, not prose with a table."""


def action_log_sections(document: ParsedDocument, sections: list[Section]) -> list[Section]:
    """The sections actions are read from: the items' own, or for a document with no items (an
    action log of its own) its table rows as one section outside any item."""
    if sections:
        return sections
    rows = [line for line in document.iter_lines() if line.cells is not None]
    return [Section(item=None, lines=rows)] if rows else []


def is_mostly_table(document: ParsedDocument) -> bool:
    """Whether table rows hold most of the document's words (an action log), rather than a roll-call
    or a budget table set in minutes written as prose."""
    total = inside = 0
    for line in document.iter_lines():
        count = len(line.text.split())
        total += count
        if line.cells is not None:
            inside += count
    return bool(total) and inside >= LOG_SHARE * total


def read_action_statuses(document: ParsedDocument, actions: Sequence[Action]) -> None:
    """Give each action the status its row of an action log or the words beside it state."""
    by_place = {(line.page, line.number): line for line in document.iter_lines()}
    for action in actions:
        if action.evidence is None:
            continue
        lines = [
            by_place[(action.evidence.page, number)]
            for number in range(action.evidence.line_start, action.evidence.line_end + 1)
            if (action.evidence.page, number) in by_place
        ]
        found = _from_table(document, lines) if any(line.cells is not None for line in lines) else None
        if found is None:
            found = _from_sentences(action, lines)
        written = strip_status(action.text)
        if written != action.text and written:
            found = found or status_beside(action.text)
            action.text = written
        if found is not None:
            action.status = found


def _from_table(document: ParsedDocument, lines: list[Line]) -> ActionStatus | None:
    for line in lines:
        if line.cells is None or line.table is None or line.table >= len(document.tables):
            continue
        rows = document.tables[line.table].rows
        if not rows:
            continue
        column = status_column(rows[0])
        if column is None or column >= len(line.cells) or line.cells == rows[0]:
            continue
        return status_of(line.cells[column])
    return None


def _from_sentences(action: Action, lines: list[Line]) -> ActionStatus | None:
    """The status beside the sentence that holds the action, or in the sentence right after it."""
    sentences = [s.strip() for s in _SENTENCE_END.split(" ".join(line.text.strip() for line in lines)) if s.strip()]
    words = set(_WORD.findall(strip_status(action.text).lower()))
    if not words:
        return None
    for index, sentence in enumerate(sentences):
        held = set(_WORD.findall(sentence.lower()))
        if len(words & held) / len(words) < MIN_SHARED:
            continue
        found = status_beside(sentence) if not _ALONE.match(sentence) else None
        if found is None and index + 1 < len(sentences) and _ALONE.match(sentences[index + 1]):
            found = status_beside(sentences[index + 1])
        if found is not None:
            return found
    return None


def _which(found: re.Match[str]) -> ActionStatus:
    word = next(w for w in (found.groupdict().get(g) for g in ("word", "word2", "word3")) if w)
    for status, pattern in _EACH:
        if pattern.match(word):
            return status
    raise AssertionError(f"{word!r} matched no status")  # pragma: no cover
