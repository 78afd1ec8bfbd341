"""Who attended: the Present, Also Present and In Attendance lists.

Finding the lists is kept apart from reading them. A list starts at a line
that opens with its label ("Present:", "IN ATTENDANCE:", a "Members present"
heading); a "present" inside a sentence never starts one. A list is read as
one run of text split into people (`names.split_people_list`), or, when the
source is a table, as name / organisation rows. Afterwards the body of the
minutes may fill in what the list left out: "Jan Reed (County Council)" gives
the first name and organisation of a listed "Mr J Reed".
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc

from ..ingest.document import Line, ParsedDocument
from .names import (
    PersonName,
    is_organisation,
    is_role,
    is_table_header,
    join_list_lines,
    load_title_words,
    match_leading_title,
    parse_person,
    split_affiliation,
    split_people_list,
    strip_bracket,
)
from .records import AttendanceStatus, Attendee, Evidence
from .sections import LabelMatch, label_words, match_label, opening_label, read_attendance_mark

LIST_MAX_LINES = 40
"""A list never runs longer than this many lines."""
MAX_NAME_WORDS = 5
"""A list entry with more words than this (outside brackets) is prose, not a person."""
MIN_ROWS = 3
"""A list printed one person a line has at least this many lines."""
ROW_SHARE = 0.8
"""Share of lines that must look like "Name Organisation" rows."""
NAME_TOKENS = 2
"""Words of a name (first name and surname) before the organisation in a cell-less row."""
MENTION_TAIL = 200
"""Characters after a "First Surname" mention that may hold its bracket."""
SEARCH_LINES = 120
"""Attendance lists sit near the top; only the first lines are searched."""

# A list ends at a line that opens another section (labels from `sections`), at an item
# heading, and at a count of the public that names no one ("Members of the public: 3").
_ITEM_OPENER = re.compile(r"^\s*(?:\d{1,3}[.)]?\s+[A-Z]|item\s+\d)", re.IGNORECASE)
_PUBLIC_COUNT = re.compile(
    r"^\s*" + label_words(sections=("public",)) + r"\s*[:\-–]?\s*(?:\d+|none|nil)?\s*$", re.IGNORECASE
)
_SENTENCE_VERB = re.compile(
    r"\b(?:said|stated|reported|noted|agreed|was|were|is|are|had|has|have|would|will|gave|introduced|presented|"
    r"asked|explained|welcomed|thanked|confirmed|advised)\b"
)
_LOWER_WORD = re.compile(r"\b[a-z]{3,}\b")
_PLURAL_COLON = re.compile(r"(?:^|(?<=[;,]\s)|(?<=;))(?P<title>[A-Z][A-Za-z]+)\s*:\s*")
_ROLE_COLON = re.compile(r"^(?P<role>[A-Z][A-Za-z -]{1,40}?)\s*:\s*")
_DASH = re.compile(r"\s+[-–—]\s+")
# Roles held by members of the body; other posts on a "Role: Name" line are officers in attendance.
_MEMBER_ROLE = re.compile(r"\b(?:chair|chairman|chairwoman|chairperson|convenor|convener|mayor|leader|member)\b", re.IGNORECASE)
# "Apologies: Cllr A. Substitutes: Cllr B for Cllr A.": a substitutes' list after a sentence, capitalised.
_INLINE_SUBSTITUTES = re.compile(
    r"[.;]\s+(?P<list>(?=[A-Z])(?i:" + label_words(sections=("attendance",), substitutes=True) + r")\s*:\s*\S.*)$"
)
_SUBSTITUTE_FOR = re.compile(r"\s+(?:for|substituting\s+for|in\s+place\s+of|replacing)\s+\S.*$", re.IGNORECASE)
_INITIALS_CELL = re.compile(r"^[A-Z]{2,4}$")
_BRACKET_AFTER = re.compile(r"^\s*\((?P<inner>(?:[^()]|\([^()]*\))*)\)")


@dataclass(slots=True)
class _AttendanceList:
    status: AttendanceStatus
    lines: list[Line]


def extract_attendees(document: ParsedDocument, *, nlp: Language) -> list[Attendee]:
    """Return everyone the attendance lists name, in order, with title, role and organisation."""
    attendees: list[Attendee] = []
    list_lines: set[int] = set()
    for found in _iter_lists(document):
        attendees.extend(_read_list(found))
        list_lines.update(line.number for line in found.lines)
    attendees = _drop_repeats(attendees)
    _fill_from_body(attendees, document, nlp=nlp, skip=list_lines)
    return attendees


def _iter_lists(document: ParsedDocument) -> list[_AttendanceList]:
    lines = document.lines[:SEARCH_LINES]
    found: list[_AttendanceList] = []
    index = 0
    seen_item = False
    while index < len(lines):
        status = _label_status(lines[index])
        if status is None:
            role_status = None if seen_item else _role_line_status(lines[index])
            inline = None if seen_item else _INLINE_SUBSTITUTES.search(lines[index].text)
            if role_status is not None:
                # "Chair: Cllr Ann Lee" or "Clerk: Jo Hale" on a line of its own names one attendee.
                found.append(_AttendanceList(status=role_status, lines=[lines[index]]))
            elif inline is not None:
                # "Apologies: Cllr A. Substitutes: Cllr B for Cllr A." - the substitutes attended.
                line = lines[index]
                found.append(_AttendanceList(status="present", lines=[replace(line, text=inline.group("list"))]))
            seen_item = seen_item or bool(_ITEM_OPENER.match(lines[index].text))
            index += 1
            continue
        block = [lines[index]]
        index += 1
        seen_content = bool(_after_label(lines[index - 1]).strip())
        one_line_list = seen_content
        while index < len(lines) and len(block) < LIST_MAX_LINES:
            line = lines[index]
            if line.is_blank:
                # A blank line ends a list once it has content, unless a table row carries on.
                if seen_content and not _continues_table(lines, index, block):
                    break
                index += 1
                continue
            if one_line_list and _role_line_status(line) is not None:
                break  # "Present: A, B" then "Clerk: C": the role line is a list of its own
            if _label_status(line) is not None or _is_stop_line(line) or _is_other_label(line) or (
                line.is_heading and seen_content
            ):
                break
            if block[0].cells is not None and line.cells is None and seen_content:
                break
            if line.cells is not None and is_table_header(line.cells):
                index += 1  # a "Name | Organisation" heading row names no one
                continue
            if line.cells is None and seen_content and (_SENTENCE_VERB.search(line.text) or _is_capitals_heading(line.text)):
                break
            block.append(line)
            seen_content = True
            index += 1
        found.append(_AttendanceList(status=status, lines=block))
    return found


def _role_line_status(line: Line) -> AttendanceStatus | None:
    """The status of a "Chair: Cllr Ann Lee" / "Clerk: Jo Hale" line, or None when it is no such line."""
    if line.cells is not None:
        return None
    text = line.text.strip().strip("*_#").strip()
    match = _ROLE_COLON.match(text)
    if match is None or not is_role(match.group("role")):
        return None
    rest = text[match.end() :]
    name, _ = strip_bracket(rest)
    if not _looks_like_person(name) or len(name.split()) > MAX_NAME_WORDS or _SENTENCE_VERB.search(rest):
        return None
    return "present" if _MEMBER_ROLE.search(match.group("role")) else "in_attendance"


def _is_other_label(line: Line) -> bool:
    """A line opening with a label of its own ("Absent: …", "Public: 4") ends the list; "Chairman: Cllr A" does not."""
    if line.cells is not None:
        return False
    match = _ROLE_COLON.match(line.text.strip().strip("*_#").strip())
    if match is None:
        return False
    label = match.group("role").strip()
    # "Chairman: …" and "Councillors: …" carry on the list.
    return not (is_role(label) or _is_plural(label) or label in load_title_words().titles)


def _is_capitals_heading(text: str) -> bool:
    """A line in capitals that is no list of people ("UNRESTRICTED ITEMS") ends a list."""
    text = text.strip()
    return (
        text.isupper()
        and len(re.findall(r"[A-Z]{3,}", text)) >= 1
        and "," not in text
        and match_leading_title(text.title()) is None
    )


def _is_stop_line(line: Line) -> bool:
    """True for a line that ends an attendance list: an item heading, another section, a count of the public."""
    text = line.text
    return bool(
        _ITEM_OPENER.match(text)
        or opening_label(text, sections=("apologies", "absent", "business")) is not None
        or _PUBLIC_COUNT.match(text)
    )


def _label(line: Line) -> LabelMatch | None:
    """The attendance label a line (or its first cell) opens with; a sentence never does."""
    return match_label(_first_cell(line).strip().strip("*_#").strip())


def _label_status(line: Line) -> AttendanceStatus | None:
    """The list a line opens, when it starts with an attendance label; a sentence never does."""
    found = _label(line)
    return found.label.status if found is not None else None


def _first_cell(line: Line) -> str:
    if line.cells:
        for cell in line.cells:
            if cell.strip():
                return cell
    return line.text


def _after_label(line: Line) -> str:
    """The text on a label line after the label itself."""
    text = line.text.strip().strip("*_#").strip()
    found = match_label(text)
    return text[found.end :] if found is not None else text


def _continues_table(lines: list[Line], index: int, block: list[Line]) -> bool:
    if block[0].cells is None:
        return False
    following = next((line for line in lines[index + 1 : index + 3] if not line.is_blank), None)
    return following is not None and following.cells is not None and not following.cells[0].strip()


def _read_list(found: _AttendanceList) -> list[Attendee]:
    if any(line.cells is not None and len(line.cells) >= 2 for line in found.lines):
        # A table, its label either in the first cell or on a line of its own above it.
        return _read_table(found)
    if _is_row_per_person(found):
        return _read_rows(found)
    attendees: list[Attendee] = []
    text = _join_list_lines(found.lines)
    shared = _label_plural_title(found.lines[0])
    if shared and match_leading_title(text) is None:  # "Councillors present: Cllr A, Cllr B" titles each name
        text = f"{shared} {text}"
    # "Councillors: A, B and C" shares its title like "Councillors A, B and C".
    text = _PLURAL_COLON.sub(
        lambda match: match.group("title") + " " if _is_plural(match.group("title")) else match.group(0), text
    )
    pending_role: str | None = None
    opening = _label(found.lines[0])
    substitutes = opening is not None and opening.label.substitutes
    for entry in split_people_list(text):
        entry_role: str | None = None
        role_colon = _ROLE_COLON.match(entry)
        if role_colon and is_role(role_colon.group("role")):
            # "Chairman: Councillor Ann Lee"
            entry_role, entry = role_colon.group("role"), entry[role_colon.end() :]
        bare, bracket = strip_bracket(entry)
        leading_role = _leading_role(bare) if bracket is None else None
        if leading_role and (not attendees or (bare.lower().startswith("the ") and attendees[-1].role)):
            # "the Clerk, Mrs L Green": a role written before the person it belongs to.
            pending_role = leading_role
            continue
        if (
            attendees
            and not (bracket and _is_bracketed_person(bracket))
            and match_leading_title(bare) is None
            and not _DASH.search(bare)
            and (is_role(bare) or is_organisation(bare))
        ):
            # "Jane Ash, Democratic Services Officer": the second part belongs to the first.
            _attach_affiliation(attendees[-1], entry)
            continue
        substitute = _SUBSTITUTE_FOR.search(entry) if substitutes else None
        if substitute is not None:
            # "Substitutes: Cllr A for Cllr B": A attended in B's place.
            entry, entry_role = entry[: substitute.start()], "Substitute"
        attendee = _read_entry(entry, status=found.status)
        if attendee is not None:
            attendee.role = attendee.role or entry_role or pending_role
            pending_role = None
            attendee.evidence = Evidence.of_lines(found.lines)
            attendees.append(attendee)
    return attendees


def _leading_role(text: str) -> str | None:
    """The role an entry names on its own ("the Clerk", "Responsible Financial Officer"), else None."""
    role = re.sub(r"^the\s+", "", text.strip(), flags=re.IGNORECASE)
    if not role or match_leading_title(role) is not None or not is_role(role) or is_organisation(role):
        return None
    return role


def _is_plural(title: str) -> bool:
    return any(title.lower() == plural.lower() for plural in load_title_words().plurals)


def _attach_affiliation(attendee: Attendee, text: str) -> None:
    written = text.strip()
    bare, bracket = strip_bracket(written)
    text = " ".join(part for part in (bare, bracket) if part)
    if is_role(text) and not is_organisation(text):
        # "Executive Director (Communities)" keeps its bracket, as a post written whole.
        attendee.role = attendee.role or (written if bracket and is_role(bare) else text)
        return
    role, organisation = split_affiliation(text)
    attendee.role = attendee.role or role
    attendee.organisation = attendee.organisation or organisation


def _label_plural_title(line: Line) -> str | None:
    """The shared title a label gives its list ("Councillors present:" -> "Councillors")."""
    match = re.match(r"^\W*(?P<title>[A-Za-z]+)\s+(?:present|attending|in\s+attendance)\b", _first_cell(line))
    if match and _is_plural(match.group("title")):
        return match.group("title")
    return None


def _join_list_lines(lines: list[Line]) -> str:
    """One text for a list: wrapped lines run on; under a bare label each line is one entry."""
    first = _after_label(lines[0]).strip()
    pieces = [first] + [line.text.replace("\t", ", ") for line in lines[1:]]
    return join_list_lines(pieces, one_per_line=not first).replace("\t", ", ")


def _is_row_per_person(found: _AttendanceList) -> bool:
    """True for a table printed without cells: one "Name Organisation" per line, no separators."""
    rows = [_after_label(found.lines[0])] + [line.text for line in found.lines[1:]]
    rows = [row.strip() for row in rows if row.strip()]
    if len(rows) < MIN_ROWS:
        return False
    plain = [
        row for row in rows
        if len(row.split()) >= 3 and not re.search(r"[;:]|,\s*$|\band$|\s&$", row)
        and not re.search(r",\s*(?:[A-Z][a-z]+\s+){0,2}(?:Councillor|Cllr|Mr|Mrs|Ms|Dr)\b", row)
    ]
    first_has_list = re.search(r"[,;]|\band\b", _drop_brackets(rows[0])) is not None
    return not first_has_list and len(plain) >= len(rows) * ROW_SHARE


def _read_rows(found: _AttendanceList) -> list[Attendee]:
    attendees: list[Attendee] = []
    for line in found.lines:
        text = (_after_label(line) if line is found.lines[0] else line.text).strip()
        if not text:
            continue
        name_text, organisation = _split_name_and_organisation(text)
        attendee = _read_entry(name_text, status=found.status)
        if attendee is None:
            continue
        if organisation:
            rest, bracket = strip_bracket(organisation)
            if bracket and is_role(bracket):
                attendee.role = attendee.role or split_affiliation(bracket)[0] or bracket
                organisation = rest
            attendee.organisation = organisation or None
        attendee.evidence = Evidence(page=line.page, line_start=line.number, line_end=line.number)
        attendees.append(attendee)
    return attendees


def _split_name_and_organisation(text: str) -> tuple[str, str]:
    """Split "Chief Supt Ann Lee County Police" after the name: title, a first name, initials, a surname.

    A dash or a bracket ends the name early ("Ann Lee – County Police", "Ann Lee (Chair) County Police").
    """
    dash = _DASH.search(text)
    if dash:
        left, right = text[: dash.start()], text[dash.end() :]
        name_text, bracket = strip_bracket(left)
        return name_text, f"{right} ({bracket})" if bracket else right
    title = ""
    rest = text
    found = match_leading_title(text)
    while found is not None:
        title = f"{title} {found[0]}".strip()
        rest = found[1]
        found = match_leading_title(rest)
    tokens = rest.split()
    taken = 0
    names = 0
    while taken < len(tokens) and names < NAME_TOKENS and not tokens[taken].startswith("("):
        token = tokens[taken]
        taken += 1
        if re.fullmatch(r"[A-Z]\.?", token) or token.lower() in {"van", "von", "de", "der", "le", "la", "du"}:
            continue  # initials and particles do not count towards the two names
        names += 1
    name = " ".join(([title] if title else []) + tokens[:taken])
    return name, " ".join(tokens[taken:])


def _drop_brackets(text: str) -> str:
    return re.sub(r"\([^()]*\)", "", text)


def _read_table(found: _AttendanceList) -> list[Attendee]:
    """Rows of name / organisation cells; the label sits in the first cell of the first row."""
    attendees: list[Attendee] = []
    for line in found.lines:
        cells = [cell.strip() for cell in (line.cells or (line.text,))]
        if line is found.lines[0]:
            label_free = _after_label(Line(text=cells[0], page=line.page, number=line.number))
            cells = ([label_free] if label_free.strip() else []) + cells[1:]
        cells = [cell for cell in cells if cell]
        marks = [read_attendance_mark(cell) for cell in cells[1:]]
        if any(mark in ("apologies", "absent") for mark in marks):
            continue  # a register row for someone who did not attend
        if any(marks):
            cells = [cells[0]] + [cell for cell, mark in zip(cells[1:], marks) if mark is None]
        if not cells:
            continue
        if len(cells) > 1 and all(match_leading_title(cell) is not None for cell in cells):
            # A row of people, one a cell: no organisation column.
            for cell in cells:
                attendee = _read_entry(cell, status=found.status)
                if attendee is not None:
                    attendee.evidence = Evidence(page=line.page, line_start=line.number, line_end=line.number)
                    attendees.append(attendee)
            continue
        for entry in split_people_list(cells[0]) if len(cells) == 1 else [cells[0]]:
            attendee = _read_entry(entry, status=found.status)
            if attendee is None:
                continue
            if len(cells) > 2:
                _read_columns(attendee, cells[1:])
            elif len(cells) > 1:
                rest, bracket = strip_bracket(" ".join(cells[1:]))
                if bracket and is_role(bracket):
                    attendee.role = attendee.role or split_affiliation(bracket)[0] or bracket
                    attendee.organisation = rest or None
                else:
                    attendee.organisation = " ".join(cells[1:])
                if attendee.organisation and is_role(attendee.organisation) and not attendee.role:
                    attendee.role, attendee.organisation = split_affiliation(attendee.organisation)
            attendee.evidence = Evidence(page=line.page, line_start=line.number, line_end=line.number)
            attendees.append(attendee)
    return attendees


def _is_bracketed_person(bracket: str) -> bool:
    """True when a bracket names a person ("(Pat Jones)"); one word is a department ("(Housing)")."""
    return _looks_like_person(bracket) and (len(bracket.split()) >= 2 or match_leading_title(bracket) is not None)


def _read_columns(attendee: Attendee, cells: list[str]) -> None:
    """Fill role and organisation from the cells after the name ("Chair | County NHS Trust | AB")."""
    for cell in cells:
        if _INITIALS_CELL.match(cell):
            continue  # the person's initials, as used later in the minutes
        # "Board Secretary" ends on a post, so it is a role although "Board" names a body.
        ends_on_post = is_role(_drop_brackets(cell).split()[-1]) if _drop_brackets(cell).split() else False
        if is_role(cell) and (ends_on_post or not is_organisation(cell)) and attendee.role is None:
            attendee.role = cell
        elif attendee.organisation is None:
            attendee.organisation = cell
        elif attendee.role is None:
            attendee.role = cell


def _read_entry(entry: str, *, status: AttendanceStatus) -> Attendee | None:
    """One list entry ("Mr J Reed (Community Safety Manager)") as an attendee, or None if not a person."""
    name_text, bracket = strip_bracket(entry)
    while bracket is not None and name_text.endswith(")"):
        # "Cllr Ann Lee (Leader of the Council) (in the Chair)": the first bracket says who she is.
        name_text, earlier = strip_bracket(name_text)
        if earlier is not None and not (earlier[:1].islower() and not bracket[:1].islower()):
            bracket = earlier
    dash = _DASH.search(name_text)
    if dash and bracket is None:
        # "Jane Ash – Democratic Services Officer"
        name_text, bracket = name_text[: dash.start()], name_text[dash.end() :]
    if bracket and is_role(name_text) and match_leading_title(name_text) is None and _is_bracketed_person(bracket):
        # "Chief Executive (Pat Jones)": the role first, the person in brackets.
        name_text, bracket = bracket, name_text
    if not _looks_like_person(name_text):
        return None
    person = parse_person(name_text)
    if person.surname is None:
        return None
    role: str | None = None
    organisation: str | None = None
    if bracket and re.match(r"substitut", bracket, re.IGNORECASE):
        role = "Substitute"  # "(substituting for Councillor B)": the other councillor is absent
    elif bracket and bracket[:1].islower() and not is_role(bracket):
        pass  # "(part of meeting)", "(from item 5)": a note, neither role nor organisation
    elif bracket:
        if is_role(bracket) or match_leading_title(bracket) is not None:
            role, organisation = split_affiliation(bracket)
            if role and organisation is None and _has_nested_bracket(bracket):
                role = bracket  # "Member Services Officer (Borough)" stays whole
        else:
            organisation = bracket
    return Attendee(
        name=person.name,
        surname=person.surname,
        title=person.title,
        role=role,
        organisation=organisation,
        status=status,
    )


def _has_nested_bracket(text: str) -> bool:
    return "(" in text


def _looks_like_person(text: str) -> bool:
    text = text.strip()
    if not text or not text[0].isupper() and match_leading_title(text) is None:
        return False
    words = text.split()
    if len(words) > MAX_NAME_WORDS + 3:
        return False
    remainder = text
    found = match_leading_title(text)
    if found is not None:
        remainder = found[1]
    if len(remainder.split()) > MAX_NAME_WORDS:
        return False
    if re.search(r"\b[A-Z]{4,}\b", remainder) and remainder.isupper():
        return False  # "UNRESTRICTED ITEMS": a heading in capitals, not a name
    # Names are capitalised; lower-case words beyond particles mean prose.
    return not _LOWER_WORD.search(re.sub(r"\b(?:van|von|der|den|de|la|le|du|da|di|del)\b", "", remainder))


def _drop_repeats(attendees: list[Attendee]) -> list[Attendee]:
    seen: set[tuple[str, str | None]] = set()
    kept: list[Attendee] = []
    for attendee in attendees:
        key = (attendee.name.lower(), attendee.title)
        if key in seen:
            continue
        seen.add(key)
        kept.append(attendee)
    return kept


def _fill_from_body(
    attendees: list[Attendee], document: ParsedDocument, *, nlp: Language, skip: set[int]
) -> None:
    """Give listed people the first name and organisation the minutes write later ("Jan Reed (County Council)")."""
    wanting = [a for a in attendees if a.surname and (_lacks_first_name(a) or a.organisation is None)]
    if not wanting:
        return
    # Built per document from code, not data, so spaCy's (slow) pattern validation has nothing to catch.
    matcher = Matcher(nlp.vocab, validate=False)
    by_key: dict[str, list[Attendee]] = {}
    for attendee in wanting:
        if attendee.surname is None:
            continue
        surname_tokens = [token.text for token in nlp.make_doc(attendee.surname)]
        key = f"SURNAME_{attendee.surname}"
        by_key.setdefault(key, []).append(attendee)
        matcher.add(
            key,
            [
                [{"IS_TITLE": True, "IS_ALPHA": True, "IS_STOP": False, "LENGTH": {">": 1}}]
                + [{"ORTH": token} for token in surname_tokens],
            ],
        )
    surnames = sorted({a.surname for a in wanting if a.surname}, key=len, reverse=True)
    # A cheap look for "Capitalised Surname" first; the Matcher then reads only those spots.
    candidate = re.compile(
        r"(?<![\w-])[A-Z][a-z'’-]+\s+(?:" + "|".join(re.escape(surname) for surname in surnames) + r")(?![\w-])"
    )
    first_names: dict[int, set[str]] = {}
    affiliations: dict[int, list[str]] = {}
    for line in document.iter_lines():
        if line.number in skip or not any(surname in line.text for surname in surnames):
            continue  # `candidate` needs a surname written out; a plain look is far cheaper than its scan
        for spot in candidate.finditer(line.text):
            text = line.text[spot.start() : spot.end() + MENTION_TAIL]
            doc = nlp.make_doc(text)
            _read_mention(doc, text, matcher, by_key, first_names, affiliations)
    for attendee in wanting:
        names = first_names.get(id(attendee), set())
        if _lacks_first_name(attendee) and len(names) == 1:
            attendee.name = f"{next(iter(names))} {attendee.surname}"
        for affiliation in affiliations.get(id(attendee), []):
            role, organisation = split_affiliation(affiliation)
            attendee.organisation = attendee.organisation or organisation
            attendee.role = attendee.role or role


def _read_mention(
    doc: Doc,
    text: str,
    matcher: Matcher,
    by_key: dict[str, list[Attendee]],
    first_names: dict[int, set[str]],
    affiliations: dict[int, list[str]],
) -> None:
    """Record the first name, and the bracket after it, of a "First Surname" mention at the start of `doc`."""
    for match_id, start, end in matcher(doc):
        if start != 0:
            continue
        first = doc[start].text
        if match_leading_title(first + " X") is not None:
            continue  # "Mr Reed", "Inspector Rowe": a title, not a first name
        bracket = _BRACKET_AFTER.match(text[doc[end - 1].idx + len(doc[end - 1].text) :])
        for attendee in by_key[doc.vocab.strings[match_id]]:
            if not _first_name_fits(attendee, first):
                continue
            first_names.setdefault(id(attendee), set()).add(first)
            if bracket:
                affiliations.setdefault(id(attendee), []).append(bracket.group("inner"))


def _lacks_first_name(attendee: Attendee) -> bool:
    person: PersonName = parse_person(attendee.name)
    given = attendee.name.split()[:-1]
    return person.title is not None or not given or all(len(word.rstrip(".")) == 1 for word in given)


def _first_name_fits(attendee: Attendee, first: str) -> bool:
    given = [word.rstrip(".") for word in attendee.name.split()[:-1]]
    if parse_person(attendee.name).title is not None:
        return True  # only a surname was listed
    if not given:
        return True
    lead = given[0]
    if len(lead) == 1:
        return first[0].upper() == lead.upper()
    return first == lead
