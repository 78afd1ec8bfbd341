"""Numbered actions from the action tables of a community safety plan.

A plan groups its actions under priorities (a heading above each table) and
emerging issues (the first column; an empty cell repeats the issue above).
Columns are found by their header words, never by position, so extra columns
(tick marks for "which other priorities does this affect") are ignored. A row
broken across a page break arrives as a second row without an action number
and is joined to the row it continues.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from spacy.language import Language

from ..ingest.document import Line, ParsedDocument
from .agencies import AgencyDirectory, load_agency_directory, split_agencies
from .nlp import load_nlp
from .records import Evidence, Meeting, PlanAction

MAX_PRIORITY_WORDS = 12
"""A heading above a table longer than this is prose, not a priority."""
NUMBERED_SHARE = 0.5
"""When at least this share of action cells start with a number, unnumbered rows are continuations."""
RUNNING_HEADER_PAGES = 3
RUNNING_HEADER_SHARE = 0.5
"""A line printed on at least this many pages and this share of them is a running header, not a priority."""

# Column roles, tried in order against each header cell.
_ROLE_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("number", re.compile(r"^(?:ref\.?|no\.?|number|#|action\s+(?:no\.?|number|ref\.?))$", re.I)),
    ("actions", re.compile(r"\baction", re.I)),
    ("measures", re.compile(r"measure|outcome|success|indicator|target", re.I)),
    ("lead", re.compile(r"\blead\b|\bowner|responsib", re.I)),
    ("support", re.compile(r"\bsupport|partner", re.I)),
    ("lead", re.compile(r"agenc|organisation", re.I)),
    ("issue", re.compile(r"emerging|issue|objective|problem", re.I)),
)
_REQUIRED_ROLES = {"actions"}
_ACTION_NUMBER = re.compile(r"^(\d{1,3}(?:\.\d{1,2})*)(?:\s*[.):]\s*|\s+(?=[A-Z]))(?=\S)")
# "(cid:127)" is how pdfplumber writes a bullet drawn in a font without a Unicode map.
_BULLETS = re.compile(r"[•●▪◦■□➢►✓✔]|\uf0b7|\uf0a7|\(cid:\d+\)")
_DASH_BULLETS = re.compile(r"(?:^|\s)[-–]\s+")
_TAG = re.compile(r"<[^>]*>")
_LABELLED_AGENCIES = re.compile(
    r"^\s*lead(?:\s+agenc(?:y|ies))?\s*[:–-]\s*(.+?)\s*\bsupport(?:ing)?(?:\s+agenc(?:y|ies))?\s*[:–-]\s*(.+)$",
    re.I,
)
_PRIORITY_WORDS = re.compile(r"^(?:priority|theme|strategic priority)\b", re.I)
# A capitalised word after one of these carries on the same phrase ("at Risk", "to Trading Standards").
_PHRASE_CONTINUERS = frozenset(
    "of to at in for with by from on a an the and or as into via per all each every any some no "
    "than about including across between under over within through using against such".split()
)


@dataclass(slots=True)
class _Columns:
    """Which header column holds which role, and how many columns the header has."""

    roles: dict[str, int]
    width: int

    def cell(self, cells: tuple[str, ...], role: str) -> str:
        """The cell for `role`; short rows line up from the right, as merged cells drop out there."""
        index = self.roles.get(role)
        if index is None:
            return ""
        if len(cells) != self.width and index > 0:
            index = len(cells) - (self.width - index)
        return cells[index] if 0 <= index < len(cells) else ""


@dataclass(slots=True)
class _Draft:
    action: PlanAction
    lines: list[Line] = field(default_factory=list)


def extract_plan(document: ParsedDocument, *, meeting: Meeting | None = None) -> list[PlanAction]:
    """Return the numbered actions of every action table in `document`, in order."""
    directory = load_agency_directory(document)
    nlp = load_nlp(None)
    running = _find_running_lines(document)
    numbered = _numbered_mode(document)
    drafts: list[_Draft] = []
    columns: _Columns | None = None
    last_table: int | None = None
    last_page = 0
    pending_priority: str | None = None
    priority: str | None = None
    issue: str | None = None
    for line in document.iter_lines():
        if line.cells is None:
            if _is_priority_heading(line, running):
                pending_priority = _clean(line.text)
            continue
        header = _read_header(line.cells)
        if header is not None:
            columns, last_table, last_page = header, line.table, line.page
            if pending_priority:
                priority, issue, pending_priority = pending_priority, None, None
            continue
        if columns is None:
            continue
        if _refine_header(columns, line.cells):
            continue
        if line.table != last_table:
            # A new table without a header carries on the last one only across a page break.
            same_shape = abs(len(line.cells) - columns.width) <= 1
            if not same_shape or line.page == last_page:
                columns = None
                continue
            last_table = line.table
        last_page = line.page
        if pending_priority:
            priority, issue, pending_priority = pending_priority, None, None
        banner = _read_priority_row(line.cells, columns)
        if banner:
            priority, issue = banner, None
            continue
        issue = _read_row(
            line, columns, drafts, directory, nlp, priority=priority, issue=issue, numbered=numbered
        )
    actions = []
    for draft in drafts:
        if draft.lines:
            draft.action.evidence = Evidence.of_lines(draft.lines)
        actions.append(draft.action)
    return actions


def _read_priority_row(cells: tuple[str, ...], columns: _Columns) -> str | None:
    """The priority when a row is a banner across the table ("Priority 2: Safer homes")."""
    filled = [_clean(c) for c in cells if _clean(c)]
    if len(filled) == 1 and _looks_like_priority(filled[0]) and not _clean(columns.cell(cells, "actions")):
        return filled[0]
    return None


def _read_row(
    line: Line,
    columns: _Columns,
    drafts: list[_Draft],
    directory: AgencyDirectory,
    nlp: Language,
    *,
    priority: str | None,
    issue: str | None,
    numbered: bool,
) -> str | None:
    """Start or continue an action from one table row; return the emerging issue now in force."""
    cells = line.cells or ()
    issue_text = _clean(columns.cell(cells, "issue"))
    action_text = _clean_action(columns.cell(cells, "actions"))
    number_text = _clean(columns.cell(cells, "number"))
    lead_cell = columns.cell(cells, "lead")
    support_cell = columns.cell(cells, "support")
    measures = split_measures(columns.cell(cells, "measures"))
    number = None
    if "number" in columns.roles:
        number = number_text.rstrip(".") or None
    elif action_text:
        found = _ACTION_NUMBER.match(action_text)
        if found:
            number, action_text = found.group(1), action_text[found.end() :]
    starts_action = bool(number) or (not numbered and bool(action_text) and not _continues(action_text))
    if not starts_action:
        if not drafts or not (action_text or issue_text or lead_cell.strip() or measures):
            return issue
        draft = drafts[-1]
        if issue_text and draft.action.emerging_issue:
            # An issue cell split by the page break: its words run on.
            old = draft.action.emerging_issue
            issue = f"{old} {issue_text}"
            for earlier in drafts:
                if earlier.action.emerging_issue == old:
                    earlier.action.emerging_issue = issue
        _continue_action(draft, action_text, lead_cell, support_cell, measures, directory, nlp)
        draft.lines.append(line)
        return issue
    if issue_text:
        issue = issue_text
    lead, support = _read_agencies(lead_cell, support_cell, directory, nlp)
    action = PlanAction(
        number=number,
        text=action_text,
        priority=priority,
        emerging_issue=issue,
        lead_agencies=lead,
        support_agencies=support,
        measures=measures,
    )
    drafts.append(_Draft(action=action, lines=[line]))
    return issue


def _continue_action(
    draft: _Draft,
    text: str,
    lead_cell: str,
    support_cell: str,
    measures: list[str],
    directory: AgencyDirectory,
    nlp: Language,
) -> None:
    action = draft.action
    if text:
        action.text = f"{action.text} {text}".strip()
    lead, support = _read_agencies(lead_cell, support_cell, directory, nlp)
    agencies = action.lead_agencies + action.support_agencies
    for name in lead + support:
        if name not in agencies:
            agencies.append(name)
    action.lead_agencies, action.support_agencies = agencies[:1], agencies[1:]
    if measures and action.measures and measures[0][:1].islower():
        action.measures[-1] = f"{action.measures[-1]} {measures.pop(0)}"
    action.measures.extend(measures)


def _read_agencies(
    lead_cell: str, support_cell: str, directory: AgencyDirectory, nlp: Language
) -> tuple[list[str], list[str]]:
    """Lead and support agencies: a separate support column, else the first agency leads."""
    labelled = _LABELLED_AGENCIES.search(_clean(lead_cell))
    if labelled and not support_cell.strip():
        lead_cell, support_cell = labelled.group(1), labelled.group(2)
    lead = split_agencies(lead_cell, known=directory, nlp=nlp)
    if support_cell.strip():
        return lead, [a for a in split_agencies(support_cell, known=directory, nlp=nlp) if a not in lead]
    return lead[:1], lead[1:]


def split_measures(cell: str) -> list[str]:
    """Split a measures cell on its bullets, or where no bullets, at phrase boundaries."""
    text = _TAG.sub(" ", cell)
    pieces = _BULLETS.split(text)
    if len(pieces) == 1 and _DASH_BULLETS.match(text):
        pieces = _DASH_BULLETS.split(text)
    cleaned = [" ".join(p.split()) for p in pieces]
    cleaned = [p for p in cleaned if p and any(c.isalnum() for c in p)]
    if len(cleaned) == 1 and not _BULLETS.search(text):
        return _split_phrases(cleaned[0])
    return cleaned


def _split_phrases(text: str) -> list[str]:
    """Split run-together bullet points: a capital starting a phrase after a phrase end."""
    words = text.split()
    phrases: list[list[str]] = [[]]
    for index, word in enumerate(words):
        if index and _starts_phrase(words[index - 1], word):
            phrases.append([])
        phrases[-1].append(word)
    return [" ".join(p) for p in phrases if p]


def _starts_phrase(previous: str, word: str) -> bool:
    if previous.endswith((".", "!", "?")) and (word[:1].isupper() or word[:1].isdigit()):
        # "No. of" is an abbreviation, not a sentence end: the next word is lower case anyway.
        return True
    if not word[:1].isupper() or word.isupper():
        return False
    if previous.endswith((",", ";", ":", "/", "-", "–")) or not previous[:1].islower():
        return False
    return previous.strip("()'\"").lower() not in _PHRASE_CONTINUERS


def _read_header(cells: tuple[str, ...]) -> _Columns | None:
    """Columns by role when `cells` is an action-table header row."""
    roles: dict[str, int] = {}
    for index, cell in enumerate(cells):
        text = _clean(cell)
        if not text or len(text.split()) > 10 or _ACTION_NUMBER.match(text):
            continue
        for role, pattern in _ROLE_PATTERNS:
            if pattern.search(text):
                roles.setdefault(role, index)
                break
    if not _REQUIRED_ROLES <= roles.keys() or not ({"lead", "measures"} & roles.keys()):
        return None
    return _Columns(roles=roles, width=len(cells))


def _refine_header(columns: _Columns, cells: tuple[str, ...]) -> bool:
    """Take roles from a second header row ("Lead | Support" under a merged "Agencies"); True if it was one."""
    found: dict[str, int] = {}
    for index, cell in enumerate(cells):
        text = _clean(cell)
        if not text:
            continue
        role = next((r for r, pattern in _ROLE_PATTERNS if pattern.search(text)), None)
        if role is None or len(text.split()) > 4 or _ACTION_NUMBER.match(text):
            return False
        found.setdefault(role, index)
    if not found or len(cells) != columns.width:
        return False
    columns.roles.update(found)
    return True


def _numbered_mode(document: ParsedDocument) -> bool:
    """True when most action cells of the document's action tables start with a number."""
    columns: _Columns | None = None
    counts = Counter[bool]()
    for line in document.iter_lines():
        if line.cells is None:
            continue
        header = _read_header(line.cells)
        if header is not None:
            columns = header
            continue
        if columns is not None:
            text = _clean_action(columns.cell(line.cells, "actions"))
            if text:
                counts[bool(_ACTION_NUMBER.match(text))] += 1
    total = sum(counts.values())
    return bool(total) and counts[True] / total >= NUMBERED_SHARE


def _continues(text: str) -> bool:
    """Text that carries on a sentence rather than starting an action."""
    return text[:1].islower() or text[:1] in ",;:)"


def _find_running_lines(document: ParsedDocument) -> set[str]:
    pages_by_text: dict[str, set[int]] = {}
    for line in document.iter_lines():
        if line.cells is None and line.text.strip():
            pages_by_text.setdefault(line.text.strip(), set()).add(line.page)
    least = max(RUNNING_HEADER_PAGES, RUNNING_HEADER_SHARE * document.page_count)
    return {text for text, pages in pages_by_text.items() if len(pages) >= least}


def _is_priority_heading(line: Line, running: set[str]) -> bool:
    text = _clean(line.text)
    if not text or text in running or line.text.strip() in running:
        return False
    if line.heading is not None and len(text.split()) <= MAX_PRIORITY_WORDS:
        return not text.lower().startswith(("page ", "appendi"))
    return _looks_like_priority(text)


def _looks_like_priority(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    if len(letters) < 3 or len(text.split()) > MAX_PRIORITY_WORDS:
        return False
    return all(c.isupper() for c in letters) or bool(_PRIORITY_WORDS.match(text))


def _clean(text: str | None) -> str:
    """Cell text without markup, whitespace collapsed."""
    return " ".join(_TAG.sub(" ", text or "").split())


def _clean_action(text: str | None) -> str:
    """Action text: markup gone, bullets written as inline dashes, whitespace collapsed."""
    return _clean(_BULLETS.sub(" - ", text or ""))
