"""Section labels of minutes, read from `data/sections.toml`: one list for every extractor.

A label is the wording a line opens with when it starts a section ("Present:",
"Apologies for absence", "IN ATTENDANCE -"). Each label says which section it
opens and, for attendance lists, the status the people listed get. The
attendance, apologies, meeting, items and kind readers all ask this module, so
a label added to the data file is seen by all of them.

Two ways of reading a line: `match_label` is a label proper (its words, then a
colon, a dash or the line end: "Present (remotely):"), and `opening_label` is
a line that opens with a label's words ("Apologies were received from …"),
which is enough to end the section before it.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib import resources
from typing import Literal

from ..ingest.document import Line
from ..names import member_plural_pattern
from .numbering import ITEM_NUMBER_LEAD
from .records import AttendanceStatus

SECTIONS_FILE = "sections.toml"

SectionName = Literal["attendance", "apologies", "absent", "public", "business"]
"""What a section holds; see `data/sections.toml`."""
Mark = Literal["present", "apologies", "absent"]
"""What the status cell of an attendance register row says."""
SECTION_NAMES: tuple[SectionName, ...] = ("attendance", "apologies", "absent", "public", "business")
MARKS: tuple[Mark, ...] = ("present", "apologies", "absent")
_STATUSES: tuple[AttendanceStatus, ...] = ("present", "in_attendance", "also_present")

_MARKUP = "*_#"
# What may stand before a label on its line: an item number ("1.", "1\\." escaped in markdown,
# "(1)", "2)") or a bullet. Word's symbol-font bullets come out of a PDF as private-use
# characters (U+F0B7, U+F0A7, …) and its second-level bullet as a letter "o".
SYMBOL_BULLETS = "•·▪◦‣►■□●○❖➢➤✓∙\uf0a7\uf0a8\uf0b7\uf0d8\uf0fc\uf076"
"""The signs only a list's bullet is printed with ("•", "▪", "➢", a PDF's symbol-font "\uf0b7"), as the inside of a
character class: the one list every bullet pattern reads (`GLYPH_BULLET`, `BULLET_GLYPHS`)."""
BULLET_GLYPHS = f"{SYMBOL_BULLETS}*-"
"""The glyphs a bullet is printed with, typed ones ("*", "-") too, as the inside of a character class (the hyphen
last)."""
PRIVATE_USE = "\ue000-\uf8ff"
"""Characters of a symbol font (Symbol, Wingdings) as a PDF gives them, as a character-class range: at a line's
opening, before a space, they are a bullet whichever glyph the font draws."""
GLYPH_BULLET = rf"(?:[{SYMBOL_BULLETS}{PRIVATE_USE}]|(?-i:o(?=[ \t\u00a0]+[A-Z0-9])))"
"""A printed bullet as a pattern: a sign of `SYMBOL_BULLETS`, any symbol-font character, or the "o" Word prints a
second-level bullet with (before a capital or a figure, as no word "o" opens a sentence; in any case-blind pattern)."""
LIST_BULLET = rf"(?:{GLYPH_BULLET}|[-*])"
"""A list entry's bullet, printed (`GLYPH_BULLET`) or typed ("-", "*"), as a pattern (a space must follow it)."""
_LEAD = re.compile(
    # "1 Present:", "1012. Present:": an item's number (a label must follow, see `without_lead`), or a bullet; a minute's
    # number with its part after a stop, as UK minutes number their opening sections ("2407.01 Present", "1.0 Apologies",
    # "43.15 Apologies").
    # US boards number their order of business with a roman numeral or a capital letter ("II. Members Present:",
    # "B. Board Members Present:"); a label must follow, so "A. Lee" keeps its initial.
    rf"^(?:\d{{1,4}}\.\d{{1,3}}\.?(?=[ \t\u00a0])|{ITEM_NUMBER_LEAD}|(?:[IVX]{{1,5}}|[A-Z])[.)](?=[ \t\u00a0])"
    rf"|[{BULLET_GLYPHS}]|o(?=[ \t\u00a0]))[ \t\u00a0]*"
)


@dataclass(frozen=True, slots=True)
class SectionLabel:
    """One label family from the data file."""

    words: str
    """The wording as a regular expression (case-blind, a space matches any run of spaces)."""
    section: SectionName
    status: AttendanceStatus | None = None
    """For attendance labels: the status the people listed get."""
    alone: bool = False
    """A label only on a line of its own ("Members")."""
    agendas: bool = False
    """Agendas print it too (membership lists), so it is no sign of minutes."""
    substitutes: bool = False
    """The people listed attend in another member's place ("Cllr A for Cllr B")."""

    @property
    def pattern(self) -> str:
        """The label's words as regex source, spaces widened to any run of spaces."""
        return self.words.replace(" ", r"\s+")


@dataclass(frozen=True, slots=True)
class LabelMatch:
    """A label found at the start of a text, and where the text after it begins."""

    label: SectionLabel
    end: int
    """Offset of the text after the label, its bracket and its colon or dash."""


@dataclass(frozen=True, slots=True)
class LabelGroup:
    """The labels of one section and status, in data order, as one pattern of named alternatives
    (`l0`, `l1`, …), each followed by what may come after a label proper ("(members)",
    "(remotely)", then a colon, a dash or the line end)."""

    section: SectionName
    status: AttendanceStatus | None
    pattern: re.Pattern[str]
    labels: tuple[SectionLabel, ...]


@dataclass(frozen=True, slots=True)
class SectionLabels:
    """The labels and register marks loaded from the data file, compiled once."""

    labels: tuple[SectionLabel, ...]
    attendance_modes: tuple[str, ...]
    marks: dict[Mark, re.Pattern[str]]
    written_marks: dict[Mark, frozenset[str]]
    """Marks compared as written, case and all ("Ab" marks absence; "AB" is someone's initials)."""
    groups: tuple[LabelGroup, ...]
    """The labels grouped by section and status, groups in the order of their first label."""
    openers: tuple[re.Pattern[str], ...]
    """Per label (same order as `labels`): its words at the start of a line, then a word boundary."""


@lru_cache(maxsize=1)
def load_section_labels() -> SectionLabels:
    """Return the labels of `data/sections.toml`, compiled (cached)."""
    return parse_section_labels(resources.files(__package__).joinpath("data", SECTIONS_FILE).read_text(encoding="utf-8"))


def parse_section_labels(text: str) -> SectionLabels:
    """Return the labels of a sections file's `text`, compiled."""
    raw = tomllib.loads(text)
    labels = tuple(_read_label(entry) for entry in raw["labels"])
    modes = tuple(raw.get("attendance_modes", []))
    marks: dict[Mark, re.Pattern[str]] = {}
    for mark in MARKS:
        words = [r"\s+".join(re.escape(part) for part in word.split(" ")) for word in raw["marks"][mark]]
        marks[mark] = re.compile(r"^(?:" + "|".join(words) + r")$")
    mode_pattern = "|".join(mode.replace(" ", r"\s+") for mode in modes)
    tail = (
        r"\s*(?:\(?(?:members|officers)\)?\s*)?"
        # "Present (remotely)", "Present (via Zoom or in person)": how they attended, one way or several joined.
        + (rf"(?:\((?:{mode_pattern})(?:\s*(?:,|/|&|\bor\b|\band\b)\s*(?:{mode_pattern}))*\)\s*)?" if modes else "")
        # "Present; Ann Lee, …": a typed semicolon stands for the colon.
        # "PRESENT (5 Councillors): - Ann Lee": a dash after the colon is one separator with it.
        + r"(?:(?:[:;\-–]\s*)+|$)"
    )
    return SectionLabels(
        labels=labels,
        attendance_modes=modes,
        marks=marks,
        written_marks={mark: frozenset(raw.get("marks_as_written", {}).get(mark, [])) for mark in MARKS},
        groups=_group(labels, tail),
        openers=tuple(re.compile(rf"^\s*(?:{label.pattern})\b", re.IGNORECASE) for label in labels),
    )


def _read_label(entry: dict[str, object]) -> SectionLabel:
    words = str(entry["words"]).replace("{members}", member_plural_pattern())
    section = next((name for name in SECTION_NAMES if name == entry["section"]), None)
    if section is None:
        raise ValueError(f"{SECTIONS_FILE}: label {words!r} has section {entry['section']!r}; use one of {SECTION_NAMES}")
    status = next((name for name in _STATUSES if name == entry.get("status")), None)
    if (section == "attendance") != (status is not None) or (status is None and "status" in entry):
        raise ValueError(f"{SECTIONS_FILE}: label {words!r} needs a status of {_STATUSES} exactly when its section is attendance")
    return SectionLabel(
        words=words,
        section=section,
        status=status,
        alone=bool(entry.get("alone", False)),
        agendas=bool(entry.get("agendas", False)),
        substitutes=bool(entry.get("substitutes", False)),
    )


def _group(labels: tuple[SectionLabel, ...], tail: str) -> tuple[LabelGroup, ...]:
    keys: list[tuple[SectionName, AttendanceStatus | None]] = []
    for label in labels:
        if (label.section, label.status) not in keys:
            keys.append((label.section, label.status))
    groups = []
    for section, status in keys:
        members = tuple(label for label in labels if (label.section, label.status) == (section, status))
        alternatives = "|".join(f"(?P<l{index}>{label.pattern})" for index, label in enumerate(members))
        # The tail inside the pattern lets a longer label ("present in the chair") win where a
        # shorter one ("present") fits the words but not what follows them.
        pattern = re.compile(rf"^(?:{alternatives})\b{tail}", re.IGNORECASE)
        groups.append(LabelGroup(section=section, status=status, pattern=pattern, labels=members))
    return tuple(groups)


def match_label(text: str, *, sections: tuple[SectionName, ...] = ("attendance",)) -> LabelMatch | None:
    """The label `text` opens with ("Also present:", "IN ATTENDANCE", "Present (remotely) -"), else None.

    The label must be all the text holds before a colon, a dash or the line end,
    so a sentence ("Present at the meeting were …") is no label. Groups of
    labels (a section and status) are tried in data order; the first that fits wins.
    """
    for group in load_section_labels().groups:
        if group.section not in sections:
            continue
        match = group.pattern.match(text)
        if match is None:
            continue
        name = next(name for name, value in match.groupdict().items() if value is not None)
        label = group.labels[int(name[1:])]
        if label.alone and text[match.end(name) :].strip().strip(_MARKUP).strip().lstrip(":").strip(_MARKUP).strip():
            continue  # "Members" or "Members:" alone on its line is the label; "Members of the public …" is not
        return LabelMatch(label=label, end=match.end())
    return None


# A roll-call heading with words but no people after it: "ROLL CALL OF COUNCIL", "Roll Call __ Board Members Present",
# "Roll call: Board members<TAB>Present", and the register's column headings drawn with underscores as fill
# ("Roll Call __Name______________ Present"). "RollCall" run together as a scan's text layer reads it.
_ROLL_CALL_HEADING = re.compile(
    r"^(?:\d{1,2}\.\s*)?roll\s*call[\s:–—-]*(?:(?:of\s+)?(?:the\s+)?(?:[A-Za-z]+\s+){0,2}"
    r"(?:council|board|members|directors|commissioners|trustees|supervisors|councill?ors|committee|commission|names?)"
    r"(?:\s+members)?)?(?:\s+present)?\s*[:.]?$",
    re.IGNORECASE,
)
# A run of underscores drawn as a blank or a column's fill between a heading's words.
_UNDERSCORE_FILL = re.compile(r"_{2,}")


# A roll call's heading before what it records, with its separator (doubled where a column gap was read as a colon
# beside the printed dash, "ROLL CALL: –"): "ROLL CALL - Present: …", "3. Roll call:".
# The item's number may be a figure, a roman numeral or a letter, as US boards number their order of business ("IV.
# ROLL CALL DIRECTORS PRESENT: …", "B. Roll Call: Trustees Present: …").
# A city council may print the clerk's roll-call number before the item's ("31-1 ROLL CALL: Present: …", "18-0410 1.
# ROLL CALL: Present: …").
ROLL_CALL_LEAD = re.compile(
    r"^\s*(?:\d{2,4}-\d{1,5}\s+)?(?:(?:\d{1,2}|(?-i:[IVX]{1,5}|[A-Z]))\.\s*)?roll\s+call\s*(?:[-–—:]\s*){0,2}",
    re.IGNORECASE,
)
# The sentence that opens a meeting's minutes: "The meeting was called to order …", "Mayor Orr called the regular
# meeting to order …", "… called the session to order".
CALLED_TO_ORDER = re.compile(r"\bcalled\s+(?:(?:the\s+)?(?:\w+\s+){0,2}(?:meeting|session)\s+)?to\s+order\b", re.IGNORECASE)


def is_roll_call_heading(text: str) -> bool:
    """True for a roll call's heading over the register below it, naming no one ("Roll Call __ Board Members Present")."""
    return _ROLL_CALL_HEADING.match(_UNDERSCORE_FILL.sub(" ", text).strip()) is not None


# The count a roll opens with, before its names: "Present: 6 - Mayor Ann Orme, …", "Excused 1 – Councilmember Di Fox".
ROLL_COUNT = re.compile(r"^\s*\d{1,2}\s*[-–—:]\s*(?=[A-Z])")


def without_roll_count(text: str) -> str:
    """The names after a label without the count a roll prints before them ("6 - Mayor Ann Orme, …")."""
    return ROLL_COUNT.sub("", text, count=1)


def without_lead(text: str, *, sections: tuple[SectionName, ...] = ("attendance",)) -> str:
    """`text` without the item number or bullet before its label ("1.   Those Attending:", "o Others Present:").

    Unchanged when no label of `sections` follows the number or bullet.
    """
    lead = _LEAD.match(text)
    if lead is None or not lead.group(0).strip():
        return text
    rest = text[lead.end() :]
    fits = match_label(rest, sections=sections) is not None or opening_label(rest, sections=sections) is not None
    return rest if fits else text


def opening_label(text: str, *, sections: tuple[SectionName, ...] = SECTION_NAMES) -> SectionLabel | None:
    """The first label (in data order) whose words `text` opens with, else None.

    Enough to end the section before it: "Apologies were received from …" opens
    the apologies. A label that stands only on its own line ("Members") must.
    """
    loaded = load_section_labels()
    for label, opener in zip(loaded.labels, loaded.openers):
        if label.section not in sections:
            continue
        match = opener.match(text)
        if match is None:
            continue
        if label.alone and text[match.end() :].strip().strip(_MARKUP).strip().lstrip(":").strip(_MARKUP).strip():
            continue
        return label
    return None


def label_words(
    *,
    sections: tuple[SectionName, ...],
    statuses: tuple[AttendanceStatus, ...] | None = None,
    in_agendas: bool | None = None,
    substitutes: bool | None = None,
) -> str:
    """Regex source matching the words of the chosen labels, as one group of alternatives.

    `statuses` keeps only attendance labels of those statuses; `in_agendas` False
    keeps only labels agendas never print; `substitutes` True only the labels of
    substitutes' lists.
    """
    chosen = [
        label.pattern
        for label in load_section_labels().labels
        if label.section in sections
        and (statuses is None or label.status in statuses)
        and (in_agendas is None or label.agendas == in_agendas)
        and (substitutes is None or label.substitutes == substitutes)
    ]
    return "(?:" + "|".join(chosen) + ")"


def read_attendance_mark(cell: str) -> Mark | None:
    """"present", "apologies" or "absent" for the status cell of an attendance register row, else None."""
    text = cell.strip().lower().rstrip(".")
    labels = load_section_labels()
    for mark, pattern in labels.marks.items():
        if pattern.match(text):
            return mark
    written = cell.strip().rstrip(".")
    return next((mark for mark, words in labels.written_marks.items() if written in words), None)


# One or two capitalised words after a full stop closing a line: perhaps a label's first words, broken off from the rest
# of the label on the next line ("… Member Orr. Also" / "present: Secretary Chan.").
_DANGLING_WORDS = re.compile(r"(?<=[.;]\s)(?P<words>[A-Z][a-z]+(?:\s+[a-z]+)?)\s*$")


def rejoin_wrapped_labels(lines: list[Line]) -> list[Line]:
    """`lines` with a label that a paragraph's line break cut in two ("… had an excused absence. Also" / "present:
    Secretary Chan.") whole again on the line that holds the rest of it, so the list it opens is read there and its
    first words name no one on the line above."""
    out = list(lines)
    for index in range(len(out) - 1):
        above, below = out[index], out[index + 1]
        if above.cells is not None or below.cells is not None or not below.text[:1].islower():
            continue
        dangling = _DANGLING_WORDS.search(above.text.rstrip())
        if dangling is None:
            continue
        joined = f"{dangling.group('words')} {below.text.lstrip()}"
        found = match_label(joined, sections=("attendance", "apologies"))
        if found is None or found.end <= len(dangling.group("words")) + 1:
            continue  # the words above make a label without the line below, or no label at all
        out[index] = replace(above, text=above.text[: dangling.start()].rstrip(), spans=None)
        out[index + 1] = replace(below, text=joined, spans=None)
    return out
