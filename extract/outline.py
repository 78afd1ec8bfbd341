"""Items that a document's own numbering vouches for, whatever their titles look like.

The line reader in `items` takes a numbered line as an item only when it reads
as a heading: short, not a sentence, not going back in the numbering. Minutes
numbered as an outline break those tests without being any less items:

- decimal children under an item already taken ("4. COMMITTEE REPORTS", "4.1
  Social", "4.2.1 Landscaping:", "4.3.1 The lobby door was found broken …"):
  a number one level below a taken item's, next in its run, is that item's
  child, sentence or not;
- a hole in a run of top-level numbers ("2. Library", then "3.Partial closure
  …", "5. AOB" with "4.Proposal to build a block of flats …" between): the one
  line between two taken items that opens with the missing number is the
  missing item.

Both are guarded by the run itself: the child must be the next of its parent's
children and the parent must be an item; the hole must be the only line
between its neighbours that opens with a bare number, so a list of points
numbered from 1 inside an item never fills it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .numbering import is_date_line, is_lookalike

_OUTLINE = re.compile(r"^(?P<number>\d{1,2}(?:\.\d{1,2}){1,3})\.?(?:\s+|(?=[A-Z]))(?P<title>\S.*)$")
"""A decimal outline number opening a line: "4.1 Social", "4.2.1 Landscaping:", "5.1 We would like …"."""
_OUTLINE_NUMBER = re.compile(r"[1-9]\d?(?:\.(?:[1-9]\d?|0[1-9])){1,2}")
"""An outline number a child may carry: two or three levels, no part with a leading zero ("05.31.18.1" is a dated
minute number's paragraph, which stays text) but a child's own part padded to two figures ("1.01", "4.05"), as school
boards' agenda software numbers the parts of an item."""
_BODY_OPENING = re.compile(r"^(?:It|There|This|These|That|We|They|He|She|A|An)\s")
"""A numbered line opening like this is a paragraph of minutes, not an item ("3. It was noted that …")."""
_BARE = re.compile(r"^(?P<number>\d{1,3})[.)]\s*(?=\S)")
"""A plain number and its mark opening a line: "4. Proposal …", "4.Proposal …" (a converter lost the space), "4) …"."""
_NESTED_NUMBER = re.compile(r"\s+\d{1,2}\.\d{1,2}(?=\s|[A-Z])")
_TITLE_STOP = re.compile(r":\s|\s[-–—]\s")
"""A colon or dash that ends a title run in with its minutes ("3. Minutes of 24 May: Proposed DT …")."""
_UNMARKED = re.compile(r"^(?P<number>\d{1,3})\s+(?P<title>[A-Z].*)$")
"""A number with no stop before its title ("4 Election of Members Officer"): counted only in minutes whose taken
items are printed so."""
_GAP = re.compile(r"^(?P<number>\d{1,3})[.)]\s*(?P<title>[A-Z].*)$")
_SENTENCE_END = re.compile(r"(?<=[a-z0-9)’'\"”])[.!?](?=\s+[A-Z]|\s*$)")
MAX_HEADING_WORDS = 14
"""A child's line up to this long with no sentence in it is its whole title."""
MAX_TITLE_WORDS = 25
"""A child's title taken from its first sentence is cut at this many words."""
MAX_TITLE_LINES = 3
"""Lines a first sentence may run over."""
MAX_WRAP_WORDS = 3
"""A wrapped title's last line is this short ("Road", "Park")."""
MIN_RESTARTED = 2
"""Points a restarted run needs before its numbers read as an item's parts."""
MIN_BODY_LINES = 2
"""Lines of paragraph under a point titled like a heading that make them its notes."""
_NOTE_MARKS = frozenset("•·▪◦‣-–*o")
"""Marks that open a note under a numbered point."""
MAX_GAP = 3
"""Missing top-level numbers one hole may hold."""
MIN_WRAPPED_TITLE_WORDS = 8
"""A title this long that ends without a stop may have wrapped onto a short next line."""


@dataclass(frozen=True, slots=True)
class Taken:
    """An item already read: the indices of its first and last heading lines and its number."""

    first: int
    last: int
    number: str | None


@dataclass(frozen=True, slots=True)
class Vouched:
    """A line the numbering makes an item: its first and last line indices, number and title."""

    first: int
    last: int
    number: str
    title: str
    text: str | None = None
    """The first line after its number when the title is only its opening ("4.3.1 The lobby door was found broken.
    Repairs …", "3. Minutes of 24 May: Proposed DT …"): the line is minutes too, and stays the item's text."""


def parent_number(number: str) -> str | None:
    """ "4.2" of "4.2.1", "4" of "4.2"; None for a top-level number."""
    head, _, _ = number.rpartition(".")
    return head or None


def _child_index(number: str) -> int:
    return int(number.rpartition(".")[2])


def _is_within(number: str, ancestor: str) -> bool:
    return number == ancestor or number.startswith(ancestor + ".")


def outline_children(texts: list[str], end: int, taken: list[Taken], refused: re.Pattern[str]) -> list[Vouched]:
    """Decimal children of taken items that the line reader passed over.

    `texts` are the cleaned line texts; `refused` matches titles that are no
    items even when numbered ("12.1 RESOLVED that …": a decision inside item 12).
    """
    starts = {entry.first: entry for entry in taken}
    covered = {index for entry in taken for index in range(entry.first, entry.last + 1)}
    numbers = {entry.number for entry in taken if entry.number}
    last_child: dict[str, int] = {}
    current: str | None = None
    added: list[Vouched] = []
    index = 0
    while index < end:
        entry = starts.get(index)
        if entry is not None:
            if entry.number:
                current = entry.number
                _note_child(entry.number, last_child)
            index = entry.last + 1
            continue
        if index in covered:
            index += 1
            continue
        match = _OUTLINE.match(texts[index])
        if match is None or current is None:
            index += 1
            continue
        number = match.group("number")
        parent = parent_number(number)
        title = match.group("title").strip()
        if (
            parent is None
            or not _OUTLINE_NUMBER.fullmatch(number)
            or parent not in numbers
            or number in numbers
            or not _is_within(current, parent)
            or _child_index(number) != last_child.get(parent, 0) + 1
            or not title[:1].isupper()
            or refused.match(title)
            or is_lookalike(title)
            or is_date_line(texts[index])
        ):
            index += 1
            continue
        heading = _title_from(texts, index, end, title, starts, covered)
        wraps = index + 1 < end and texts[index + 1][:1].islower()
        added.append(Vouched(first=index, last=index, number=number, title=heading, text=_run_on(title, heading, wraps)))
        numbers.add(number)
        current = number
        _note_child(number, last_child)
        index += 1
    return added


def _note_child(number: str, last_child: dict[str, int]) -> None:
    parent = parent_number(number)
    if parent is not None and _OUTLINE_NUMBER.fullmatch(number):
        last_child[parent] = max(last_child.get(parent, 0), _child_index(number))


def _title_from(
    texts: list[str], index: int, end: int, title: str, starts: dict[int, Taken], covered: set[int]
) -> str:
    """A child's title: a short heading line whole, else its first sentence (read over up to three lines; the lines
    after the first stay the item's text, so the item itself is the first line)."""
    words = title.split()
    following = texts[index + 1] if index + 1 < end else ""
    if len(words) <= MAX_HEADING_WORDS and not _SENTENCE_END.search(title) and not following[:1].islower():
        return title.rstrip(":").strip().removesuffix(".")
    text, last = title, index
    while not _SENTENCE_END.search(text) and last + 1 < end and last + 1 - index < MAX_TITLE_LINES:
        following = texts[last + 1]
        if not following or last + 1 in starts or last + 1 in covered or _BARE.match(following) or _OUTLINE.match(following):
            break
        text, last = f"{text} {following}", last + 1
    cut = _SENTENCE_END.search(text)
    sentence = text[: cut.start()] if cut is not None else text
    return " ".join(sentence.split()[:MAX_TITLE_WORDS]).rstrip(":,;.").strip()


def filled_gaps(texts: list[str], taken: list[Taken], refused: re.Pattern[str]) -> list[Vouched]:
    """Top-level items missing from a run of taken numbers: "2.", [the "3." line], "4."."""
    top = sorted((entry for entry in taken if entry.number and entry.number.isdigit()), key=lambda entry: entry.first)
    added: list[Vouched] = []
    if top and top[0].number == "2" and not any(entry.first < top[0].first for entry in taken):
        # "1. Minutes of the last meeting were agreed." before a taken "2.": the run's first item.
        top.insert(0, Taken(first=-1, last=-1, number="0"))
    unmarked = any(entry.first >= 0 and _UNMARKED.match(texts[entry.first]) for entry in top)
    for before, after in zip(top, top[1:], strict=False):
        missing = list(range(int(before.number or 0) + 1, int(after.number or 0)))
        if not missing or len(missing) > MAX_GAP:
            continue
        inside = [entry for entry in taken if before.first < entry.first < after.first]
        if any(not (entry.number and _OUTLINE_NUMBER.fullmatch(entry.number)) for entry in inside):
            continue  # an item already stands between them (a lettered part, a label): leave the run alone
        covered = {index for entry in inside for index in range(entry.first, entry.last + 1)}
        bare = [
            index for index in range(before.last + 1, after.first)
            if index not in covered
            and not _OUTLINE.match(texts[index])
            and (_BARE.match(texts[index]) or (unmarked and _UNMARKED.match(texts[index])))
        ]
        matches = [_GAP.match(texts[index]) or (_UNMARKED.match(texts[index]) if unmarked else None) for index in bare]
        numbers = [int(match.group("number")) if match else 0 for match in matches]
        if not numbers or any(number not in missing for number in numbers) or numbers != sorted(set(numbers)):
            continue  # none, or a list of points numbered inside the item: only missing numbers, rising, fill
        for index, match in zip(bare, matches, strict=True):
            assert match is not None
            title = match.group("title").strip()
            if is_lookalike(title) or is_date_line(texts[index]) or refused.match(title) or _BODY_OPENING.match(title):
                break  # "3. RESOLVED That the accounts be approved.", "3. It was noted that …": minutes, not items
            if index + 1 < len(texts) and texts[index + 1][:1].islower() and not _TITLE_STOP.search(title):
                break  # "2. Board members continue to meet monthly, recent decisions included the" / "…": a paragraph
            stop = next((later for later in bare if later > index), after.first)
            last, heading = _gap_title(texts, index, stop, title)
            added.append(Vouched(first=index, last=last, number=match.group("number"), title=heading,
                                 text=_run_on(title, heading)))
    return added


def restarted_children(texts: list[str], end: int, taken: list[Taken]) -> list[Vouched]:
    """Points numbered from 1 again under a top-level item, each a heading over its own notes: "5.1", "5.2" …

    "5. UNFINISHED BUSINESS" then "1. Tree Removals:" with its notes, "2. Pool Deck Repair." with
    its notes: the restarted numbers are the item's parts. A run of bare one-line points ("1. Late
    letters to be mailed.", "2. The report looks good.") is a list inside the item and stays text.
    A point the line reader took as a top-level item of the same number or lower ("3. Clubhouse:"
    under item 5) is one of the run; the answer then carries that line with its new number.
    """
    ordered = sorted(taken, key=lambda entry: entry.first)
    added: list[Vouched] = []
    position = 0
    while position < len(ordered):
        entry = ordered[position]
        position += 1
        if not entry.number or not entry.number.isdigit():
            continue
        parent = int(entry.number)
        marked: list[int] = []
        following = position
        scan = entry.last + 1
        while True:
            stop = ordered[following].first if following < len(ordered) else end
            marked += [index for index in range(scan, stop) if _BARE.match(texts[index])]
            if following >= len(ordered):
                break
            later = ordered[following]
            expected = len(marked) + 1
            if not (later.number and later.number.isdigit() and int(later.number) == expected <= parent):
                break
            marked.append(later.first)  # a point read as an item: "3. Clubhouse:" under item 5
            scan = later.last + 1
            following += 1
        matches = [_GAP.match(texts[index]) for index in marked]
        numbers = [int(match.group("number")) if match else None for match in matches]
        if len(numbers) < MIN_RESTARTED or numbers != list(range(1, len(numbers) + 1)):
            continue
        bounds = [*marked[1:], stop]
        if not all(later - index >= 2 and _has_body(texts, index, later) for index, later in zip(marked, bounds, strict=True)):
            continue
        for index, match in zip(marked, matches, strict=True):
            assert match is not None
            last, title = _gap_title(texts, index, index + 1, match.group("title").strip())
            added.append(Vouched(first=index, last=last, number=f"{parent}.{match.group('number')}", title=title))
        position = following
    return added


def _run_on(line: str, title: str, wraps: bool = False) -> str | None:
    """`line` (after its number) when it is a paragraph of minutes, not a heading: a sentence, a title run on after a
    colon or dash, longer than a heading, or wrapping onto a line in lower case (`wraps`); else None. Its title is its
    opening, and the line stays the item's text."""
    line = line.strip()
    if wraps or (line != title and (_SENTENCE_END.search(line) or _TITLE_STOP.search(line)
                                    or len(line.split()) > MAX_HEADING_WORDS)):
        return line
    return None


MIN_LETTERED_SECTIONS = 2
"""Sections lettered A, B, C … taken as items that make their numbered points from 1 their parts ("D.1")."""
_LETTER = re.compile(r"[A-Z]")
_ROMAN = re.compile(r"[IVXL]{2,7}")


def lettered_children(texts: list[str], end: int, taken: list[Taken]) -> list[Vouched]:
    """Points numbered from 1 under a lettered section, titled as headings: "D. CONSENT ITEMS" then "1. Approval of the
    minutes", "2. Treasurer's report": the section's parts "D.1", "D.2", as US minutes kept on their agenda's outline
    print them (sections A, B, C … each with its own items).

    Taken only where at least `MIN_LETTERED_SECTIONS` sections lettered in order (A, B, C …) were read as items, for
    a run numbered from 1 without a gap up to the next section, each point a heading (at most `MAX_HEADING_WORDS`
    words, no sentence in it):
    "1. Mr Lane spoke about parking." under "PUBLIC COMMENT" is what was said, not an item. A point the line reader
    took as a top-level item ("1. Snow removal contract") is one of the run; the answer carries it with its new number.
    """
    ordered = sorted(taken, key=lambda entry: entry.first)
    sections = [entry for entry in ordered if entry.number and _LETTER.fullmatch(entry.number)]
    letters = [entry.number or "" for entry in sections]
    romans = any(entry.number and _ROMAN.fullmatch(entry.number) for entry in ordered)
    if len(sections) < MIN_LETTERED_SECTIONS or romans or letters != sorted(set(letters)):
        return []  # the sections go on A, B, C … (one may not be read); "I" and "V" among "II", "IV" are numerals
    added: list[Vouched] = []
    for section in sections:
        assert section.number is not None
        # The section's points run up to the next item that is none of them: the next section, or an unnumbered
        # heading ("B. Payment of bills" / "NEW BUSINESS" / "1. Culvert …": the points are the heading's, not B's).
        stop = next(
            (entry.first for entry in ordered if entry.first > section.last and not (entry.number or "").isdigit()), end
        )
        points = [index for index in range(section.last + 1, stop) if _GAP.match(texts[index])]
        matches = [_GAP.match(texts[index]) for index in points]
        numbers = [int(match.group("number")) if match else 0 for match in matches]
        if not numbers or numbers != list(range(1, len(numbers) + 1)):
            continue
        titles = [match.group("title").strip() for match in matches if match]
        if not all(len(title.split()) <= MAX_HEADING_WORDS and not _SENTENCE_END.search(title) for title in titles):
            continue
        for index, number, title in zip(points, numbers, titles, strict=True):
            added.append(Vouched(first=index, last=index, number=f"{section.number}.{number}", title=title.rstrip(":").strip()))
    return added


def _has_body(texts: list[str], index: int, following: int) -> bool:
    """True when the lines after a numbered point, up to the next, are notes under it rather than its own wrap: marked
    notes, or paragraphs of at least `MIN_BODY_LINES` lines under a point that reads as a title ("1) Elm Road Update"
    over what was said of it), not as a sentence run over its line."""
    if any(texts[line][:1] in _NOTE_MARKS for line in range(index + 1, following)):
        return True
    point = _BARE.sub("", texts[index], count=1)
    under = [texts[line] for line in range(index + 1, following) if texts[line]]
    return (
        len(under) >= MIN_BODY_LINES
        and under[0][:1].isupper()
        and not under[0].endswith((".", "!", "?"))  # "… given by Pat" / "Conway.": the title's own wrap ends there
        and len(point.split()) <= MAX_HEADING_WORDS
        and not _SENTENCE_END.search(point)
    )


def _gap_title(texts: list[str], index: int, stop: int, title: str) -> tuple[int, str]:
    """A heading whole, a sentence's opening up to its stop, or a long heading wrapped onto a short line."""
    nested = _NESTED_NUMBER.search(title)
    if nested is not None:
        title = title[: nested.start()].strip()  # "Feedback from the Forum 6.1No report …": its first part ran in
    head, colon, _ = title.partition(": ")
    if colon and 2 <= len(head.split()) <= MAX_HEADING_WORDS:
        return index, head  # "3. Minutes of the meeting held on 24 May: Proposed DT, seconded US and agreed …"
    cut = _SENTENCE_END.search(title)
    if cut is not None and cut.end() < len(title.rstrip()):
        return index, title[: cut.start()].strip()  # "1. Minutes of the last meeting were agreed. Nothing …"
    title = title.rstrip(".:").strip() if cut is not None or title.endswith(":") else title
    following = texts[index + 1] if index + 1 < stop else ""
    if (
        cut is None
        and len(title.split()) >= MIN_WRAPPED_TITLE_WORDS
        and following
        and len(following.split()) <= MAX_WRAP_WORDS
        and following[:1].isupper()
        and following[-1:] not in ".:;!?"
    ):
        return index + 1, f"{title} {following}"  # "4.Proposal to build … in Station" / "Road"
    return index, title


MIN_MARKED_PARENTS = 3
"""Items numbered with one mark ("1)", "2)", "3)") a two-mark outline needs."""
MIN_RESTARTED_RUNS = 2
"""Runs of the other mark ("1.", "2." …) starting again under those items that make it an outline."""
_EMPTY_POINT = re.compile(r"^(?:none|nil|n/?a|no\s+report)\.?$", re.IGNORECASE)
"""A point that says nothing is there ("1. None"): no item of its own."""


def two_mark_outline(texts: list[str], end: int) -> dict[int, tuple[str, str] | None]:
    """Items of minutes numbered at two levels with two marks, by line index: (number, title), None for a point
    that is no item.

    "1) Board Chair – …", "2) Advisory Opinions –", "3) The board was briefed on cases …:" with "1. Orme
    (31-EB-0042 …)", "2. Pryce (…)" numbered again from 1 under each: the items count 1, 2, 3 … in one mark
    and every run of the other mark starts at 1 straight under one of them, so each point of it is that
    item's part ("3.1", "3.2"). A run of the other mark starting at 1 again under a part ("3. Rules –" then
    "1. The Board discussed …") is that part's own ("7.3.1"). At least `MIN_MARKED_PARENTS` items and
    `MIN_RESTARTED_RUNS` runs; a line with either mark that breaks its count leaves the numbers to the line
    reader. A point saying only "None" is no item. A run starts on the text line straight after its item or
    part, its first point opening with a capital (or saying "none") and ending on no ";": "RESOLVED:" then
    "1) to approve …;", or "The council noted:" then "1) the new bus shelter …" are a sentence's parts.
    """
    marked = [
        (index, match) for index in range(min(end, len(texts)))
        if (match := _BARE.match(texts[index])) and not texts[index][match.end():][:1].isdigit()  # "4.1 …", "7.30 pm"
    ]
    if len(marked) < MIN_MARKED_PARENTS + MIN_RESTARTED_RUNS:
        return {}
    parent_mark = texts[marked[0][0]][len(marked[0][1].group("number"))]
    found: dict[int, tuple[str, str] | None] = {}
    parent = child = grand = runs = 0
    previous = -1
    """The line index of the last item or part taken."""
    for index, match in marked:
        value = int(match.group("number"))
        mark = texts[index][len(match.group("number"))]
        title = _title_before_stop(texts[index][match.end():])
        if mark == parent_mark:
            if value != parent + 1:
                return {}
            parent, child, grand = value, 0, 0
            found[index] = (str(value), title)
            previous = index
            continue
        if parent == 0:
            return {}
        point = texts[index][match.end():].strip()
        if value == 1 and (
            (point[:1].islower() and not _EMPTY_POINT.match(point)) or point.endswith(";")
            or any(texts[between].strip() for between in range(previous + 1, index))
        ):
            return {}  # "2. Finance" / "RESOLVED:" / "1) to approve …;": a run starts right under its item
        previous = index
        if grand and value == grand + 1:
            grand = value
            number = f"{parent}.{child}.{value}"
        elif value == child + 1:
            runs += child == 0
            child, grand = value, 0
            number = f"{parent}.{value}"
        elif value == 1 and child and not grand:
            grand = 1  # "3. Rules –" then "1. The Board discussed …": the part's own points
            number = f"{parent}.{child}.1"
        else:
            return {}
        found[index] = None if _EMPTY_POINT.match(title) else (number, title)
    return found if parent >= MIN_MARKED_PARENTS and runs >= MIN_RESTARTED_RUNS else {}


def _title_before_stop(text: str) -> str:
    """The title run in before a colon or dash outside brackets: "Board Chair – Penhale offered …" gives "Board
    Chair"; "Orme, Tess (31-EB-0042 – Part 4 …)" keeps its bracket whole."""
    for stop in _TITLE_STOP.finditer(text):
        if text.count("(", 0, stop.start()) == text.count(")", 0, stop.start()):
            text = text[: stop.start()]
            break
    return text.strip().rstrip(":-–— ").strip()
