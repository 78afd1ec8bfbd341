"""Who sent apologies, read only from the apologies section.

The section is an "Apologies" label (an item heading, an "Apologies:" line or
a table row) and the few lines after it; an "apologies" word elsewhere, such
as in a later item's discussion, is not a list. Inside the section the list
follows "received from", or is the text itself: "A, B and C" or
"Name, ORG; Name, ORG;" pairs.
"""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.language import Language

from ..ingest.document import Line, ParsedDocument, top_reach
from ..names import (
    HONORIFIC, is_title, load_title_words, match_leading_title, parse_person, strip_bracket, without_particles,
)
from .attendance_columns import name_row, split_columns
from .attendance_grid import grid_people
from .names import is_organisation, is_table_header, join_double_barrelled, join_list_lines, split_people_list
from .numbering import ITEM_NUMBER_LEAD, MINUTE_NUMBER
from .attendance_forms import BODY_LETTERS, mark_disambiguated, split_trailing_post
from .records import Apology, Evidence
from .sections import (
    BULLET_GLYPHS,
    label_words,
    match_label,
    opening_label,
    read_attendance_mark,
    rejoin_wrapped_labels,
    without_lead,
    without_roll_count,
)

SECTION_LINES = 4
"""Non-blank lines after an apologies heading that may hold the list."""
HANGING_SLACK = 3.0
"""Points a name may start left or right of the first name above it and still hang under it."""
LONG_SECTION_LINES = 30
"""Lines a list printed one person a line may run to under a bare apologies heading."""
ONE_PERSON_LINE_WORDS = 10
MIN_PERSON_LINES = 3
SEARCH_LINES = 150
"""Apologies are recorded near the top; only the first lines are searched."""
MAX_NAME_WORDS = 5
"""An entry with more words than this (after its title) is prose, not a person."""
PROSE_LOWER_WORDS = 4
"""Lower-case words (of three letters or more) that make a line running text rather than part of a list."""

# The apologies label (its words from `sections`), after an item number, and with a colon,
# dash or full stop, or nothing, after it.
_LABEL = re.compile(
    rf"^\s*(?:item\s+)?(?:{ITEM_NUMBER_LEAD}\s*|[A-Z]{{0,6}}[/.-]?\d+(?:[/.-]\d+)+[.)]?\s+)?(?:to\s+receive\s+(?:any\s+)?)?"
    + label_words(sections=("apologies",))
    # "Excused 1 – Councilmember Fox": a roll's count stands in for the colon.
    + r"\s*(?P<sep>[:;\-–.]+|$|(?=\d{1,2}\s*[-–—]\s*[A-Z]))?",
    re.IGNORECASE,
)
_RECEIVED_FROM = re.compile(
    r"\b(?:apolog(?:y|ies)|regrets)\s+(?:(?:for|of)\s+(?:absence|lateness|non-attendance)\s+)?(?:had\s+been|were|was|have\s+been|has\s+been)?\s*"
    r"(?:(?:received|submitted|given|noted|tendered|reported|accepted|provided|made|offered|sent)(?:\s+and\s+(?:accepted|noted))?\s+)?"
    r"(?:from|by|on\s+behalf\s+of|(?<=accepted\s)for|(?<=provided\s)for)\s*:?\s+(?P<list>.+)",
    re.IGNORECASE,
)
# "Apologies for their inability to attend the meeting were received from …": a longer middle, with a verb.
_RECEIVED_FROM_LONG = re.compile(
    r"\bapolog(?:y|ies)\b(?:\s+(?!(?:from|by|late|lateness|delay|arriving|arrival)\b)[\w’'-]+){1,9}?\s+"
    r"(?:had\s+been|were|was|have\s+been|has\s+been)\s+(?:received|submitted|tendered|noted)\s+(?:from|by)\s*:?\s+(?P<list>.+)",
    re.IGNORECASE,
)
# Where a list inside a sentence stops: "from Cllr A be noted", "from Cllr A who was unwell".
_LIST_TAIL = re.compile(
    r"\s+(?:be|were|was|had|has|have|who|which|due|as|because|owing|noted|accepted|received)\b.*$", re.IGNORECASE
)
# "… from A and B, and C was absent": the clause after the list names who was away without apologies.
_ABSENT_CLAUSE = re.compile(
    r",?\s+(?:and|while|but|whilst)\s+(?:[A-Z][\w'’.-]*\s+){1,4}(?:was|were)\s+(?:absent|not\s+present)\b.*$"
)
# Sentences of a paragraph: a full stop, then a capital (an initial's stop, "Cllr A. Dunn", is followed by a name).
# A sentence may end on a time ("… reconnected at 2:20. Member B was excused.", "… arrived at 7:05 p.m. C was excused.").
_SENTENCE_BREAK = re.compile(r"(?:(?<=[a-z]{2}[.!?])|(?<=\d[.!?])|(?<=\b[ap]\.m\.))\s+(?=[A-Z])")
# "… gave apologies for arriving late": sorry for the delay, not absent.
_FOR_LATENESS = re.compile(r"^\s+for\s+(?:\w+\s+)?(?:late|lateness|arriving|arrival|delay|the\s+delay)\b", re.IGNORECASE)
_SENT_APOLOGIES = re.compile(
    r"^(?P<list>.+?)\s+(?:sent|gave|tendered|offered|(?:had|has|have)\s+(?:sent|given|tendered|offered))\s+"
    # Canadian minutes send regrets: "Councillor A sent regrets.", "B had sent her regrets."
    r"(?:(?:their\s+|his\s+|her\s+)?(?:apologies|regrets)|an\s+apology)\b"
)
# "Cllr A apologised for his absence", "… for being unable to attend": a sentence of its own, saying why he is absent.
_APOLOGISED = re.compile(
    r"^(?P<list>.+?)\s+(?:had\s+|has\s+)?apologi[sz]ed\s+for\s+(?:(?:his|her|their)\s+(?:absence|non-attendance|inability\s+to\s+attend)"
    r"|being\s+unable\s+to\s+attend|not\s+being\s+able\s+to\s+attend)\b"
)
# "Trustee A was excused.", "B and C were absent and excused.", "Member D was excused absent.", "E was excused from
# the meeting.", and without the verb as a vote's note has it: "Councilmember F absent excused.": the whole sentence.
_EXCUSED = re.compile(
    r"^(?P<list>.+?)\s+(?:(?:was|were)\s+(?:absent\s+and\s+)?excused|absent,?\s+(?:and\s+)?excused)"
    r"(?:\s+absent|\s+from\s+(?:the|this)\s+meeting)?\s*\.?$"
)
# Apologies for another meeting: "sent apologies for the next meeting", "… at the last meeting", "… for the meeting on 4 May".
_OTHER_MEETING = re.compile(
    r"^[^.]*?\b(?:for|at|from)\s+(?:the\s+)?(?:next|last|previous|following|forthcoming|future|coming|[A-Z]\w+\s+\d"
    r"|\w+\s+meeting\s+on|meeting\s+on)",
)
OPENING_LINES = 60
"""Lines in which a sentence of its own ("X was excused") can record an apology: the call to order and roll."""
_NONE = re.compile(
    r"\b(?:no\s+apologies|there\s+were\s+no\s+apologies|apologies\s*[:\-–]\s*(?:none|nil|n/a)\b|"
    # A bare heading over "None." joins to "Apologies None.", "Apologies for absence Nil".
    # "Apologies for Absence; None": the heading and its "None" a line apart.
    r"apolog(?:y|ies)(?:\s+(?:for|of)\s+absence)?(?:\s+|\s*;\s*)(?:none|nil)\b(?!\s+(?:of|from)\b)|"
    r"none\s+(?:were\s+)?received|nil\b|^none\.?$)",
    re.IGNORECASE,
)
# An apologies label with its colon inside a paragraph, after a sentence: "… for some time. Apologies for
# Absence: A, B, C". Capitalised, as a label is.
# An item's number alone in its cell ("3", "4.", "12a").
_ITEM_NUMBER_CELL = re.compile(r"^\d{1,3}[a-z]?[.)]?$")
# A minute number running from meeting to meeting in a cell of its own: "C048/23", "Cou/286/07-08", "45/31".
_MINUTE_REF = rf"{MINUTE_NUMBER}[.:]?"
_MINUTE_REF_CELL = re.compile(rf"^{_MINUTE_REF}$")
# The same number opening a line before the item's own: "C048/23 1. APOLOGIES FOR ABSENCE", "Cou/286/07-08 Apologies".
_MINUTE_REF_LEAD = re.compile(rf"^{_MINUTE_REF}\s+(?=\S)")
# A heading run into its list without a colon, the list opening with a person: "Apologies for Absence Ann Lee (AL),
# Bo Day (BD)", "Apologies for absence Cllr A Penn and Mrs Vail".
_NAME_RUN_IN = re.compile(
    rf"^(?:(?:Cllr|Councillor|{HONORIFIC})\.?\s+)?(?:[A-Z]\.?\s+)?[A-Z][a-z][\w'’-]*(?:\s+[A-Z][\w'’-]+){{0,2}}"
    r"\s*(?:\([A-Za-z]{1,4}\)|,|\band\b|&|$)"
)
# An absent list's label after a sentence's stop, capitalised and with its colon: "Present: A, B. Absent: C (excused)."
_ABSENT_AFTER_STOP = re.compile(r"(?<=[a-z)][.;])\s+(?=(?=[A-Z])(?i:" + label_words(sections=("absent",)) + r")\s*:)")
_INLINE_LABEL = re.compile(r"[.!?]\s+(?P<label>(?=[A-Z])(?i:" + label_words(sections=("apologies",)) + r")\s*:)")
# Where the sentence of a "none" clause ends: "No apologies from councillors. Apologies from X noted."
_NONE_SENTENCE_END = re.compile(r"\.\s+(?=[A-Z])")
# An item heading ends the section; so does a line opening another section (see `_is_stop`).
_ITEM_OPENER = re.compile(r"^\s*(?:\d{1,3}[.)]\s+|\d{1,3}(?:[./]\d{1,3}){1,3}[.)]?\s+[A-Z]|item\s+\d)", re.IGNORECASE)
_STOP_CANDIDATE = re.compile(r"\.(?:\s|$)")
# A line ending where a list still runs on: "… from Cllr A and", "… Cllr B,", "… from Councillor".
_OPEN_END = re.compile(rf"(?:\b(?:and|from|by|of|for|Cllrs?|Councillors?|{HONORIFIC})\.?|[,&(/-])\s*$")
_LOWER_WORD = re.compile(r"\b[a-z]{3,}\b")
_DASH = re.compile(r"\s+[-–—]\s+")
_LOWER_SURNAME_TAIL = re.compile(r"^(?P<head>(?:\S+\s+)*[A-Z][\w'’-]+\s+[A-Z][\w'’-]+)\s+(?P<tail>[a-z][a-z'’-]{2,})$")
_TRAILING_ACRONYM = re.compile(r"^(?P<name>.*[a-z]{2})\s+(?P<body>[A-Z]{2,6})$")
_BULLET = re.compile(rf"^(?:[{BULLET_GLYPHS}]|\d{{1,2}}[.)])\s+")


def extract_apologies(document: ParsedDocument, *, nlp: Language) -> list[Apology]:
    """Return the people who sent apologies, with title and organisation where written."""
    # Apologies printed beside the present list ("Present:" | "Apologies:") are read as a list of their own.
    top = top_reach(document.lines, SEARCH_LINES)
    column = _apologies_column(document.lines[:top])
    if column is not None:
        return column
    lines = rejoin_wrapped_labels(split_columns(document.lines, limit=top)[:top])
    for index in range(len(lines)):
        section = _section_at(lines, index)
        if section is None:
            continue
        text = _join_section(section)
        none = _NONE.search(text)
        if none:
            # "No apologies from councillors. Apologies from X noted.": a later clause may still name someone.
            apologies = _after_none(text, none.end())
            if not apologies:
                return []
        else:
            apologies = _read_section(text)
        if apologies:
            evidence = Evidence.of_lines(section)
            for apology in apologies:
                apology.evidence = evidence
            return apologies
    return (_absent_with_apologies(lines) or _register_apologies(lines) or _grid_apologies(document.lines)
            or _sent_apologies_sentences(lines))


def _grid_apologies(lines: list[Line]) -> list[Apology]:
    """Members an attendance grid marks as having sent apologies at the meeting (`attendance_grid`)."""
    return [
        Apology(name=person.name, surname=person.surname, title=person.title, evidence=Evidence.of_lines([row]))
        for person, row in grid_people(lines, "apologies")
    ]


def _sent_apologies_sentences(lines: list[Line]) -> list[Apology]:
    """People a sentence of its own says sent apologies: "Cllr A Dunn sent apologies.", "Jo Hale and Bo Day
    had sent their apologies." (small councils that keep no apologies section).

    The sentence must open with the people, each a titled person or a first name and surname, so "The Chair
    offered apologies for the late start" and "… raised by Ann Lee, who sent her apologies" name no one.
    """
    for line in lines:
        if line.cells is not None or line.is_heading:
            continue
        for sentence in _SENTENCE_BREAK.split(_line_text(line)):
            sentence = sentence.strip()
            sent = _SENT_APOLOGIES.match(sentence)
            if sent is None and line.number <= lines[0].number + OPENING_LINES:
                sent = _APOLOGISED.match(sentence) or _EXCUSED.match(sentence)
            if sent is None or _FOR_LATENESS.match(sentence[sent.end() :]) or _OTHER_MEETING.match(sentence[sent.end() :]):
                continue
            entries = split_people_list(sent.group("list"))
            found = [_read_entry(entry, None) for entry in entries]
            people = [apology for apology in found if apology is not None]
            if people and len(people) == len(entries) and all(
                apology.title is not None or len(apology.name.split()) >= 2 for apology in people
            ):
                for apology in people:
                    apology.evidence = Evidence.of_lines([line])
                return people
    return []


def _after_none(text: str, none_end: int) -> list[Apology]:
    """The people a second apologies clause names after the sentence of a "none" clause, else []."""
    stop = _NONE_SENTENCE_END.search(text, none_end)
    if stop is None:
        return []
    rest = text[stop.end() :]
    received = _RECEIVED_FROM.search(rest) or _RECEIVED_FROM_LONG.search(rest)
    if received is None or _NONE.search(rest[: received.start()]):
        return []
    return _read_list(_LIST_TAIL.sub("", _ABSENT_CLAUSE.sub("", _cut_at_sentence_end(received.group("list")))))


def _absent_with_apologies(lines: list[Line]) -> list[Apology]:
    """Those an "Absent:" list marks as having sent apologies: "Absent: Cllr A (apologies), Cllr B."

    Only an entry whose bracket is an apologies mark counts; the others neither attended nor apologised.
    """
    for index, line in enumerate(lines):
        if line.cells is not None:
            continue
        text = without_lead(_line_text(line), sections=("absent",))
        label = match_label(text, sections=("absent",))
        inline = _ABSENT_AFTER_STOP.search(text) if label is None else None
        if inline is not None:
            # "ROLL CALL: Present: A, B. Absent: C (excused).": the absent list after the present one, on its line.
            text = text[inline.end() :]
            label = match_label(text, sections=("absent",))
        if label is None:
            continue
        section = _with_list_wrap(lines, index)
        listed = " ".join([text[label.end :]] + [_line_text(following) for following in section[1:]])
        found: list[Apology] = []
        for entry in split_people_list(listed.strip(" .")):
            name, bracket = strip_bracket(entry)
            if bracket is None or read_attendance_mark(bracket) != "apologies" or not _looks_like_person(name):
                continue
            person = parse_person(name)
            if person.surname is not None:
                found.append(Apology(name=person.name, surname=person.surname, title=person.title,
                                     organisation=None, evidence=Evidence.of_lines(section)))
        if found:
            return found
    return []


def _apologies_column(lines: list[Line]) -> list[Apology] | None:
    """The names under an "Apologies" column of a table whose header row heads its columns with the lists' labels
    ("Present | Apologies", one name a cell below each); None when there is no such table."""
    for index, line in enumerate(lines):
        if line.cells is None:
            continue
        cells = [cell.strip().rstrip(":") for cell in line.cells]
        at = next((i for i, cell in enumerate(cells) if cell and _LABEL.fullmatch(cell)), None)
        others = [cell for i, cell in enumerate(cells) if i != at and cell]
        if at is None or not others or not all(match_label(cell) is not None for cell in others):
            continue
        found: list[Apology] = []
        for row in lines[index + 1 :]:
            if row.cells is None:
                break
            cell = row.cells[at].strip() if at < len(row.cells) else ""
            apology = _read_entry(cell, None) if cell else None
            if apology is not None:
                apology.evidence = Evidence.of_lines([row])
                found.append(apology)
        return found
    return None


def _register_apologies(lines: list[Line]) -> list[Apology]:
    """Rows of an attendance register marked "Apologies" ("Cllr A | County Council | Apologies")."""
    found: list[Apology] = []
    for line in lines:
        if line.cells is None:
            continue
        cells = [cell.strip() for cell in line.cells if cell.strip()]
        marks = [read_attendance_mark(cell) for cell in cells[1:]]
        if "apologies" not in marks:
            continue
        name, bracket = strip_bracket(cells[0])
        if not _looks_like_person(name):
            continue
        person = parse_person(name)
        if person.surname is None:
            continue
        others = [cell for cell, mark in zip(cells[1:], marks) if mark is None]
        found.append(Apology(name=person.name, surname=person.surname, title=person.title,
                             organisation=others[0] if others else None, evidence=Evidence.of_lines([line])))
    return found


def _join_section(section: list[Line]) -> str:
    """The section as one text; under a bare "Apologies" label each short line is one person."""
    first = _line_text(section[0])
    label = _LABEL.match(first)
    bare = label is not None and not first[label.end() :].strip()
    rest = [_line_text(line) for line in section[1:]]
    after_commas = [text.partition(",")[2].strip() for text in rest if "," in text]
    if (
        bare
        and len(rest) >= MIN_PERSON_LINES
        and all(_is_one_person_line(line) for line in section[1:])
        and not any(match_leading_title(after) is not None or not after[:1].isupper() for after in after_commas)
    ):
        # "Ann Lee, Elm School" a line: the part after the comma is who she is or comes from.
        return f"{first} " + "; ".join(re.sub(r",\s*(.+)$", r" (\1)", text) for text in rest)
    # A line with several separators is a wrapped paragraph list, not one person a line.
    one_per_line = bare and len(rest) > 1 and all(
        ";" not in text and text.count(",") <= 1 and not re.search(r"\s(?:and|&)\s", text)
        and not _RECEIVED_FROM.search(text)
        for text in rest
    )
    if one_per_line:
        return f"{first} " + join_list_lines(rest, one_per_line=True)
    if rest and all(_hangs_under(section[0], line) for line in section[1:]):
        return "; ".join([first] + rest)  # "Regrets:<gap>Ann Lee" / "<gap>Bo Day": one name a line
    return " ".join([first] + rest)


def _section_at(lines: list[Line], index: int) -> list[Line] | None:
    """The lines of an apologies section starting at `index`, or None when none starts there."""
    line = lines[index]
    text = _line_text(line)
    # "… were received from" may end the line, the names on the next.
    probe = f"{text} …" if re.search(r"\b(?:from|by)\s*:?$", text) else text
    received = _RECEIVED_FROM.search(probe) or _RECEIVED_FROM_LONG.search(probe)
    if received and not line.is_heading:
        return _with_wrapped_lines(lines, index)
    label = _LABEL.match(text)
    if label is None:
        inline = _INLINE_LABEL.search(text)
        if inline is None or line.cells is not None:
            return None
        # "… for some time. Apologies for Absence: A, B, C": the label and list end the paragraph.
        return [replace(line, text=text[inline.start("label") :])]
    tail = text[label.end() :].strip()
    if tail and label.group("sep") is None and not _NAME_RUN_IN.match(tail):
        return None  # "Apologies were made for…" is a sentence, not a label
    section = [line]
    if tail and not line.is_heading:
        return _with_list_wrap(lines, index)
    for following in lines[index + 1 :]:
        if following.is_blank:
            continue
        if following.is_heading or _is_stop(following.text) or len(section) > LONG_SECTION_LINES:
            break
        if len(section) > 1 and _line_text(section[-1]).endswith(".") and _is_prose_line(_line_text(following)):
            break  # "Councillor Foley." then "The outgoing Chair opened the Meeting and …": the business begins
        if len(section) > 1 and _BULLET.match(following.text.strip()) and not _BULLET.match(section[-1].text.strip()):
            break  # "Ann Lee" / "Bo Day" then "• Introductions and welcome": a bullet after plain names opens the business
        if len(section) > SECTION_LINES and not all(_is_one_person_line(line) for line in [*section[1:], following]):
            break  # past a few lines only a list printed one person a line goes on
        section.append(following)
    return section


def _is_prose_line(text: str) -> bool:
    """True for a line of running text ("The Chair opened the meeting and thanked the"): several lower-case
    words, as no list of names holds."""
    return len(_LOWER_WORD.findall(text)) >= PROSE_LOWER_WORDS


def _is_one_person_line(line: Line) -> bool:
    """True for a line of a list printed one person a line: "Ann Lee, Elm School", "Cllr Bo Day"."""
    text = _line_text(line)
    return (
        line.cells is None
        and bool(text)
        and (text[:1].isupper() or match_leading_title(text) is not None)
        and ";" not in text
        and text.count(",") <= 1
        and len(text.split()) <= ONE_PERSON_LINE_WORDS
        and not re.search(r"[.:]$", text)
    )


def _is_stop(text: str) -> bool:
    """True for a line that ends the apologies section: an item heading (a running minute number opens one too:
    "C049/23 2. DECLARATIONS"), or a line opening another list or the business."""
    return (
        bool(_ITEM_OPENER.match(text) or _MINUTE_REF_LEAD.match(text.strip()))
        or opening_label(text, sections=("attendance", "absent", "business")) is not None
    )


def _with_list_wrap(lines: list[Line], index: int) -> list[Line]:
    """An "Apologies: A, B," line with the lines its list wraps onto: each line before ends with "," ";" "&" or "and"."""
    section = [lines[index]]
    for following in lines[index + 1 : index + 1 + SECTION_LINES]:
        if not re.search(r"(?:[,;&]|\band)\s*$", _line_text(section[-1])) and not (
            _hangs_under(lines[index], following) and _is_one_person_line(following)
        ):
            break
        if following.is_blank or following.is_heading or following.cells is not None or _is_stop(following.text):
            break
        if _LABEL.match(_line_text(following)) or re.match(r"^\s*[\w ]{1,25}:", following.text):
            break  # "Minute taker: …" is a label of its own
        section.append(following)
    return section


def _hangs_under(label_line: Line, following: Line) -> bool:
    """True when `following` starts where the first name after the label starts ("Regrets:<gap>Ann Lee" over
    "<gap>Bo Day"): a list printed one name a line, hanging under its first (only where the page gives positions)."""
    if not label_line.spans or len(label_line.spans) < 2 or not following.spans:
        return False
    return abs(following.spans[0].x0 - label_line.spans[1].x0) <= HANGING_SLACK


def _with_wrapped_lines(lines: list[Line], index: int) -> list[Line]:
    """The sentence starting at `lines[index]`, with the lines a PDF wrapped it onto ("… Councillors A and" / "B.")."""
    section = [lines[index]]
    position = index + 1
    while position < len(lines):
        following = lines[position]
        position += 1
        last = _line_text(section[-1])
        if (last.endswith((".", ";", ":")) and not re.search(r"\b(?:from|by)\s*:$", last)) or len(section) > SECTION_LINES:
            break
        if following.is_blank:
            # Text made from a PDF may put a blank line inside the sentence: "… Councillors A" / "" / "and B."
            after = next((line for line in lines[position : position + 2] if not line.is_blank), None)
            if after is not None and (
                re.match(r"^(?:[a-z]|and\b|&)", _line_text(after))
                or re.search(r"\b(?:from|by|and|of)\s*:?$|,$", _line_text(section[-1]))
            ):
                continue
            break
        text = _line_text(following)
        if following.is_heading or following.cells is not None or _is_stop(following.text):
            break
        if re.match(r"^\d", text) or text.isupper():
            break  # the next item's heading, not the rest of the sentence
        if _is_prose_line(text) and text[:1].isupper() and not _OPEN_END.search(last):
            break  # "… received from Cllr Penn" then "With the absence of the Chair it was …": no stop typed
        section.append(following)
    return section


def _line_text(line: Line) -> str:
    row = name_row(line)
    if row is not None:
        return f"{row[0]} {'; '.join(row[1])}".strip()  # "Regrets: | Ann Lee | Bo Day": names printed in columns
    if line.cells:
        cells = [cell.strip() for cell in line.cells if cell.strip()]
        while len(cells) >= 2 and _MINUTE_REF_CELL.match(cells[0]):
            cells = cells[1:]  # "C048/23 | 1. | APOLOGIES FOR ABSENCE": the running minute number, then the item
        if is_table_header(cells):
            return ""
        if len(cells) >= 2 and _ITEM_NUMBER_CELL.match(cells[0]):
            return " ".join(cells)  # "3 | Apologies for Absence Ann Lee (AL), …": an item's number, then its text
        if len(cells) >= 2 and not _LABEL.match(cells[0]):
            # A "Name | Organisation" row reads as the "Name, ORG;" pairs of a typed list.
            return f"{cells[0]}, {' '.join(cells[1:])};"
        return " ".join(cells)
    # A bulleted list gives one person a bullet.
    return _BULLET.sub("", _MINUTE_REF_LEAD.sub("", line.text.strip().strip("*_#").strip()))


def _read_section(text: str) -> list[Apology]:
    received = _RECEIVED_FROM.search(text) or _RECEIVED_FROM_LONG.search(text)
    if received:
        listed = received.group("list")
        again = _RECEIVED_FROM.match(listed)
        while again is not None:
            # "Apologies received from: Apologies for absence received from Cllr A …": the heading, then the
            # sentence that gives the list.
            listed = again.group("list")
            again = _RECEIVED_FROM.match(listed)
        listed = _LIST_TAIL.sub("", _ABSENT_CLAUSE.sub("", _cut_at_sentence_end(listed)))
    else:
        label = _LABEL.match(text)
        listed = without_roll_count(text[label.end() :]) if label else text
        listed = re.sub(r"^\s*(?:PDF\s+[\d.]+\s*[KM]B\s*)?(?:Minutes:\s*)?", "", listed)
        sent = _SENT_APOLOGIES.search(listed)
        # Under a label the text is the list itself; prose in it fails the person test.
        listed = sent.group("list") if sent else listed
    return _read_list(listed)


def _cut_at_sentence_end(text: str) -> str:
    """The text up to the full stop that ends its sentence (not one closing an initial or a title)."""
    for match in _STOP_CANDIDATE.finditer(text):
        words = text[: match.start()].split()
        last = words[-1] if words else ""
        if re.fullmatch(r"[A-Z]", last) or is_title(last):
            continue
        return text[: match.start()]
    return text


def _read_list(text: str) -> list[Apology]:
    text = mark_disambiguated(join_double_barrelled(text))  # "Kinsella (M)" is M. Kinsella
    # A single "Name, ORG;" pair keeps its semicolon as the sign of the pairs style.
    paired = ";" in text
    text = text.strip(" .;:")
    apologies: list[Apology] = []
    if paired and "," in text:
        # "Name, ORG; Name, ORG;": the part after the comma is the organisation.
        entries = [chunk.strip() for chunk in text.split(";") if chunk.strip()]
        if all("," in entry for entry in entries[:-1] or entries):
            for entry in entries:
                name, _, organisation = entry.partition(",")
                apology = _read_entry(name, organisation.strip() or None)
                if apology is not None:
                    apologies.append(apology)
            return apologies
    for entry in split_people_list(text):
        bare = entry.strip(" .")
        if is_title(bare):
            # "R Hale, Councillor": a title printed after the name is hers, never someone of its own (nor alone).
            if apologies and apologies[-1].title is None:
                apologies[-1] = replace(apologies[-1], title=bare)
            continue
        if (
            apologies
            and apologies[-1].organisation is None
            and "(" not in bare
            and match_leading_title(bare) is None
            and is_organisation(bare)
        ):
            # "Fi Ng, Elm School": the body after a name is where the person comes from, no one of its own.
            apologies[-1] = replace(apologies[-1], organisation=bare)
            continue
        apology = _read_entry(entry, None)
        if apology is not None:
            apologies.append(apology)
    return apologies


def _read_entry(text: str, organisation: str | None) -> Apology | None:
    name_text, bracket = strip_bracket(text)
    dash = _DASH.search(name_text)
    if dash and bracket is None:
        # "Jo Reed – County Probation", "Cllr T Evans – work commitments"
        name_text, bracket = name_text[: dash.start()], name_text[dash.end() :].strip(" .")
    name_text = re.sub(r"^(?:(?:also\s+)?(?:from|by)\s+)?(?:the\s+)?", "", name_text.strip(), flags=re.IGNORECASE)
    body = _TRAILING_ACRONYM.match(name_text)
    if body is not None and bracket is None and organisation is None and body.group("body") not in load_title_words().suffixes:
        name_text, organisation = body.group("name"), body.group("body")  # "A Lee EDC": the body she sits for
    name_text, body_letters = _without_trailing_post(name_text)
    organisation = organisation or body_letters
    lower_tail = _LOWER_SURNAME_TAIL.match(name_text)
    if lower_tail and _looks_like_person(lower_tail.group("head")):
        # "Dana Rae hollis": a second surname printed in lower case stays with the first.
        head = parse_person(lower_tail.group("head"))
        if head.surname is not None and len(head.name.split()) >= 2:
            return Apology(name=f"{head.name} {lower_tail.group('tail')}", surname=f"{head.surname} {lower_tail.group('tail')}",
                           title=head.title, organisation=organisation)
    if not _looks_like_person(name_text):
        return None
    person = parse_person(name_text)
    if person.surname is None:
        return None
    # "(County Police)" names an organisation; "(work commitments)" gives a reason.
    if bracket and organisation is None and bracket[:1].isupper() and not re.search(r"\bsubstitut", bracket, re.IGNORECASE):
        organisation = bracket
    return Apology(name=person.name, surname=person.surname, title=person.title, organisation=organisation)


def _without_trailing_post(text: str) -> tuple[str, str | None]:
    """A name less the post a one-a-line roll prints after it ("Ann Lee Secretary", "Cllr Ian Roe A&B Councillor"),
    and the body's letters that open that post ("A&B"), if any."""
    found = match_leading_title(text)
    title, rest = (found[0], found[1]) if found is not None else ("", text)
    trailing = split_trailing_post(rest, body_first=True)
    if trailing is None:
        return text, None
    name, post = trailing
    letters = post.split()[0]
    return f"{title} {name}".strip(), letters if BODY_LETTERS.match(letters) else None


def _looks_like_person(text: str) -> bool:
    if not text or not (text[0].isupper() or match_leading_title(text) is not None):
        return False
    found = match_leading_title(text)
    remainder = found[1] if found else text
    if len(remainder.split()) > MAX_NAME_WORDS:
        return False
    return not _LOWER_WORD.search(without_particles(remainder))
