"""Lists of people as minutes write them: splitting them, roles and organisations beside names.

A single name is parsed and compared by the `minutebook.names` package
(titles, initials, surnames); this module finds the names in written lists
and reads what brackets and cells beside them say.
"""

from __future__ import annotations

import re
from collections import deque
from functools import lru_cache

from ..names import (
    is_initials,
    is_particle,
    load_non_person_words,
    is_title,
    load_title_words,
    match_leading_title,
    singular_title,
    strip_leading_titles,
)


_SPACES = re.compile(r"\s+")
_FULL_NAME = re.compile(r"^[A-Z][a-z][\w'’-]*\s+[A-Z][\w'’-]+")
_AND_FIRST = re.compile(r"^\s*(?:and|&)\s+", re.IGNORECASE)
_LEADING_CONNECTIVE = re.compile(r"^(?:(?:and|&|also|from|by|with)\s+)+", re.IGNORECASE)
# Where a grid flattened to text puts one person after another with no separator: after the initials a
# name is known by ("Pam Orr (PO) Cy Day (CD) - Chair"), or after a bracket when the next name has one too
# ("Ann Lee (Chair) Bo Day (Treasurer)"; "Ann Lee (Chair) County Police" is a name and an organisation).
_BRACKET_BREAK = re.compile(
    r"(?:(?<=\([A-Z]{2}\))|(?<=\([A-Z]{3}\)))\s+(?=[A-Z][a-z])"
    r"|(?<=\))\s+(?=(?:[A-Z][\w'’.-]*\s+){1,3}[A-Z][\w'’-]+\s*\()"
    # "D Rowe (Chair) R Healey": an initial and a surname after a bracket is the next person, as a body never
    # opens with one letter.
    r"|(?<=\))\s+(?=[A-Z]\.?\s+(?:[A-Z]\.?\s+)?[A-Z][a-z][\w'’-]*(?:\s*[,;&]|\s+and\b|\s*$))"
)
_PLACE_BODY = re.compile(
    r"^(?:the\s+)?(?:City|Town|Township|County|Village|Borough|District|Parish|Port|State|Province)\s+of\s+[A-Z]"
)
# Words that tie a title to the name before it in one phrase ("Cllr A for Cllr B", "Ms C representing Dr D").
_TITLE_PHRASE_WORDS = frozenset({"for", "of", "by", "to", "from", "with", "replacing", "substituting", "representing"})
# A full stop ends a name in "Ms A Penrose. Ms Z Hollis" unless it closes an initial or a title.
_SENTENCE_STOP = re.compile(r"(?<=\S)\.\s+(?=[A-Z])")




def is_table_header(cells: tuple[str, ...] | list[str]) -> bool:
    """True when every filled cell of a row is a column heading ("Name | Organisation")."""
    words = load_title_words().header_words
    filled = [re.sub(r"[^a-z /]", "", cell.lower()).strip() for cell in cells if cell.strip()]
    # "Present/Absent": a heading of two words.
    return bool(filled) and all(all(part.strip() in words for part in cell.split("/")) for cell in filled)


# "Ann Smith - Jones": a surname, a spaced dash and one more capitalised word, at an entry's end.
_SPACED_DOUBLE_BARREL = re.compile(
    r"(?P<before>\b[A-Z][a-z][\w'’]*\s+)(?P<first>[A-Z][a-z][\w'’]*)\s+[-–]\s+(?P<second>[A-Z][a-z][\w'’]+)"
    r"(?=\s*$|\s*[,;(]|\s+[-–—]\s|\s+(?:and|&)\s)"
)


def join_double_barrelled(text: str) -> str:
    """ "Ann Smith - Jones (Chair)" as "Ann Smith-Jones (Chair)": a spaced dash inside a double-barrelled surname.

    The dash stays a separator where the word after it is a post, a body, a title or a
    word no surname is ("Ann Lee - Clerk", "Bo Day - Police", "Cy Orr - Apologies").
    """

    def join(match: re.Match[str]) -> str:
        second = match.group("second")
        non_person = load_non_person_words().non_person
        if (
            is_role(second)
            or is_organisation(second)
            or is_title(second)
            or second.lower() in non_person
            or is_role(f"{match.group('first')} {second}")
        ):
            return match.group(0)
        return f"{match.group('before')}{match.group('first')}-{second}"

    return _SPACED_DOUBLE_BARREL.sub(join, text)


def split_people_list(text: str) -> list[str]:
    """Split a written list of people into one string per person.

    Names are separated by commas, semicolons, "and", "&" or full stops; text in
    brackets stays with its name. A plural title ("Councillors A, B and C")
    is given, in the singular, to every following name without a title of its own.
    """
    parts: list[tuple[str, bool]] = []
    for chunk in _split_outside_brackets(text, ";"):
        for piece in _split_outside_brackets(chunk, ","):
            for sub in _split_on_stops(piece):
                for position, part in enumerate(_split_on_and(sub)):
                    # The name after "and" is the last of its group ("Board Members A, B, and C").
                    last = position > 0 or _AND_FIRST.match(part) is not None
                    # A grid's initials first: "Ann Lee (EDC) AL Bo Day (EDC) BD" leaves no "AL" to open the next.
                    for person in split_at_own_initials(part):
                        for one in _split_before_posts(person):
                            parts.extend((each, last) for each in _split_at_titles(one))
    people: list[str] = []
    shared: str | None = None
    closed = False
    bare_group = False  # the names under the shared title so far are surnames alone ("Ash, Birch")
    for part, last in parts:
        part = _LEADING_CONNECTIVE.sub("", part.strip(" .,;:\t")).strip()
        if not part or not any(ch.isalpha() for ch in part):
            continue
        if closed and match_leading_title(part) is None and _FULL_NAME.match(part):
            # "Board Members A, B, and C, Jo Hale, Secretary": the group of bare surnames closed at "and C"; a
            # first name and surname after it is someone else (staff, a guest), without the group's title.
            shared = None
        closed = last and shared is not None and bare_group
        if found_title := match_leading_title(part):
            bare_group = len(found_title[1].split()) == 1
        elif shared is not None:
            bare_group = bare_group and len(part.split()) == 1
        found = match_leading_title(part)
        if found is None and ACRONYM.match(part) and part not in load_title_words().suffixes:
            pass  # "A Lee, EDC": the body the person before sits for, no one of the shared title
        elif found is None and _opens_with_post(part):
            shared = None  # "Councillors A, B and C Clerk D Eden": the clerk is no councillor
        elif found is not None:
            written, rest, plural = found
            if plural:
                shared = singular_title(written)
                part = f"{shared} {rest}"
            else:
                shared = None
        elif shared is not None:
            part = f"{shared} {part}"
        people.append(part)
    return _split_untitled_followers(_couples(people, text))


def _couples(people: list[str], text: str) -> list[str]:
    """Give "Bekah and Matt Gautrowski" (a couple sharing the surname written once) the surname twice,
    in a list of full names only: among bare surnames ("Lunn, Pratt and Ann Rowe") a lone word is a surname."""
    lone = [index for index, part in enumerate(people) if len(part.split()) == 1]
    if len(lone) != 1 or len(people) < 3:
        return people
    index = lone[0]
    word = people[index]
    following = people[index + 1].split() if index + 1 < len(people) else []
    if (
        len(following) != 2
        or not _FULL_NAME_WORD.match(word)
        or is_title(word)
        or is_role(word)
        or not re.search(rf"\b{re.escape(word)}\s+(?:and|&)\s+{re.escape(people[index + 1])}\b", text)
    ):
        return people
    return [*people[:index], f"{word} {following[1]}", *people[index + 1 :]]


# A post between two people in a list run together ("… and P Moran Clerk J Connelly", "A Lee, EDC Clerk Mrs J Todd"):
# the post opens the next entry when an initialled or titled name follows it.
_POST_THEN_NAME = (
    r"\s+(?=(?:(?:Parish|Town|Deputy|Assistant|Acting)\s+)?(?P<post>[A-Z][a-z]+)\s+"
    r"(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?(?:[A-Z]\.?\s+){1,2}[A-Z][a-z])"
)
_BEFORE_POST = re.compile(r"(?<=[a-z]{2}|[A-Z]{2})" + _POST_THEN_NAME)


# Words that open a longer post ("Assistant Chief Constable", "Vice Chair"), never the end of a name.
_POST_OPENERS = frozenset(
    "assistant deputy acting chief senior principal vice interim parish town district county borough city".split()
)


def _split_before_posts(text: str) -> list[str]:
    """Pieces of `text` cut where a post word stands between two people (see `_POST_THEN_NAME`), then at brackets."""
    pieces: list[str] = []
    start = 0
    for found in _BEFORE_POST.finditer(text):
        post = found.group("post")
        if post.lower() not in load_title_words().role_words or match_leading_title(f"{post} X") is not None:
            continue
        before = text[start : found.start()].split()
        if not before or before[-1].lower() in _POST_OPENERS or before[-1].lower() in load_title_words().role_words:
            continue  # "Assistant Chief Constable K. Marchetti": words of one post, no name before it
        if is_title(before[-1].rstrip(".")):
            continue
        pieces.append(text[start : found.start()])
        start = found.end()
    pieces.append(text[start:])
    people: list[str] = []
    for piece in pieces:
        two = _TWO_INITIALLED.match(piece.strip())
        # "P Moran A Armstrong": a line end between two initialled names, lost when the lines were joined.
        people.extend([two.group("first"), two.group("second")] if two else [piece])
    return [person for piece in people for person in _BRACKET_BREAK.split(piece)]


_TWO_INITIALLED = re.compile(
    r"^(?P<first>(?:[A-Z][a-z]+\.?\s+)?[A-Z]\.?\s+[A-Z][a-z][\w'’-]*)\s+(?P<second>[A-Z]\.?\s+[A-Z][a-z][\w'’-]*)$"
)
ACRONYM = re.compile(r"^[A-Z]{2,6}$")
"""A body written as its initials ("EDC", "NALC") after a person in a list."""


def _opens_with_post(part: str) -> bool:
    """True for an entry that opens with a post word ("Clerk J Connelly", "Treasurer Mrs A Bell")."""
    words = part.split()
    first = words[0] if words else ""
    if " ".join(words).lower() in load_title_words().role_words:
        return False  # an association's "Member At Large" is one post, not "Member" before a person "At Large"
    if first[:1].isupper() and first.lower() in load_title_words().role_words and len(words) > 1:
        return True
    # "Treasurers Ray Barnes", "Town Clerks A B", "Fire Chief C D": a post of one or two words (plural or not)
    # before a first name and surname ends the group of a shared title.
    for size in (1, 2):
        head, rest = words[:size], words[size:]
        if len(head) < size or len(rest) < 2 or not all(word[:1].isupper() for word in [*head, rest[0]]):
            continue
        last = re.sub(r"(?<=[a-z])s$", "", head[-1].lower())
        if last in load_title_words().role_words and not is_title(rest[0]):
            return True
    return False


_FULL_NAME_WORD = re.compile(r"^[A-Z][a-z][\w'’-]*$")
MIN_TITLED_PEERS = 2
"""Titled two-word names a list must hold before a four-word one is read as two people."""


def _split_untitled_followers(people: list[str]) -> list[str]:
    """Cut "Cllr Ann Lee Bo Day (Clerk)" in two where every other titled entry is a title and two words.

    A flattened list drops the break before an untitled person (the clerk after the
    councillors); the cut is made only when the list writes each titled person as a
    first name and a surname, and the four words are plain names (no initial, no
    particle, no post or body).
    """
    shapes: list[tuple[str, str, list[str], str] | None] = []
    for part in people:
        bare, _, bracket = part.partition("(")
        found = match_leading_title(bare.strip())
        if found is None:
            shapes.append(None)
            continue
        written, rest, _plural = found
        shapes.append((part, written, rest.split(), f"({bracket}" if bracket else ""))
    sizes = [len(shape[2]) for shape in shapes if shape is not None]
    if sizes.count(4) != 1 or sizes.count(2) < MIN_TITLED_PEERS or any(size not in (2, 4) for size in sizes):
        return people
    result: list[str] = []
    for part, shape in zip(people, shapes):
        if shape is None or len(shape[2]) != 4:
            result.append(part)
            continue
        _part, written, words, bracket = shape
        plain = all(_FULL_NAME_WORD.match(word) and not is_particle(word) for word in words)
        if not plain or is_role(" ".join(words)) or is_organisation(" ".join(words)):
            result.append(part)
            continue
        result.extend([f"{written} {words[0]} {words[1]}", f"{words[2]} {words[3]} {bracket}".strip()])
    return result


def join_list_lines(pieces: list[str], *, one_per_line: bool) -> str:
    """Join the lines of a written list into one text for `split_people_list`.

    A line runs on from the one before when that ends in a separator or an
    open bracket, or starts in lower case; otherwise, under a bare label
    (`one_per_line`) or when the new line opens with a title, it starts a new entry.
    """
    text = ""
    for raw in pieces:
        piece = raw.strip()
        if not piece:
            continue
        if not text:
            text = piece
            continue
        continues = (
            re.search(r"(?:[,;&(]|\band)$", text) is not None
            or re.match(r"(?:[a-z(]|and\b|&)", piece) is not None
            or text.count("(") > text.count(")")
        )
        starts_entry = match_leading_title(piece) is not None and not _ends_inside_title(text)
        new_entry = not continues and (one_per_line or starts_entry)
        text = f"{text}; {piece}" if new_entry else f"{text} {piece}"
    return text


# A post's first word cut short with its stop, then more of the post: "Dir. of Services", "Asst. Engineer", "A/Sen. Ex."
_SHORTENED_POST = re.compile(r"((?:[A-Z]/)?[A-Z][a-z]{1,4})\.\s*(?=of\b|[A-Z&])")


def is_role(text: str) -> bool:
    """True when `text` names a job or committee role ("Policy Officer", "Vice-Chairman")."""
    roles = load_title_words().role_words
    if (shortened := _SHORTENED_POST.match(text.strip())) and is_post_abbreviation(shortened.group(1)):
        return True  # "Dir. of Services", "Sen. Ex. Planner": a post written with its first word cut short
    lowered = text.lower()
    words = re.findall(r"[a-z][a-z-]*", lowered)
    if any(word in roles for word in words):
        return True
    if any("-" in word and all(part in roles for part in word.split("-")) for word in words):
        return True  # "Clerk-Treasurer", "Secretary-Treasurer": two posts held as one ("Bishop-Reeve" is a surname)
    return any(" " in role and re.search(rf"\b{re.escape(role)}\b", lowered) for role in roles)


def is_organisation(text: str) -> bool:
    """True when `text` reads as an organisation ("County Police", "Riverside Homes"), not a person."""
    if _PLACE_BODY.match(text.strip()):
        return True  # "City of Eastmere", "Town of Northvale": the body a US board member sits for
    words = re.findall(r"[A-Za-z][A-Za-z-]*", text)
    vocabulary = load_title_words()
    # A word right before a post qualifies the post, not a body: "Environmental Officer Ann Lee", "Engineering Manager
    # Tom Orr" are people ("Harrowgate Engineering Ltd", "Quill Environmental Services" stay organisations).
    return any(
        word.lower() in vocabulary.organisation_words
        and not (index + 1 < len(words) and words[index + 1].lower() in vocabulary.role_words)
        for index, word in enumerate(words)
    )


def split_affiliation(text: str) -> tuple[str | None, str | None]:
    """Split what a bracket after a name says into (role, organisation).

    "NCC – Community Safety" gives (None, "NCC"); "Finance Director OPFCC"
    gives ("Finance Director", "OPFCC"); "representing Borough Chief
    Executives" gives (None, "Borough Chief Executives").
    """
    text = _SPACES.sub(" ", text).strip(" .,;")
    for opener in load_title_words().affiliation_openers:
        if text.lower().startswith(opener + " "):
            return None, text[len(opener) + 1 :].strip() or None
    role: str | None = None
    organisation: str | None = None
    for part in re.split(r"\s+[-–—]\s+|,\s+|\s*/\s*(?=[A-Z])", text):
        part = re.sub(r"^in\s+the\s+", "", part.strip(" ."), flags=re.IGNORECASE)
        if not part or match_leading_title(part) is not None:
            continue  # another person named in passing ("Ms C Arden, in the Chair")
        if is_role(part):
            # "Member CC & MOD": the letters of two bodies joined by "&" are one organisation.
            acronym = re.search(r"\s+(?P<org>[A-Z]{2,}[A-Za-z&]*(?:\s+&\s+[A-Z]{2,}[A-Za-z&]*)*)$", part)
            # "Program Specialist II": a grade in Roman numerals is part of the post, no body's letters.
            grade = acronym is not None and re.fullmatch(r"[IVX]{1,4}", acronym.group("org")) is not None
            if acronym and not grade and not is_role(acronym.group("org")) and organisation is None:
                organisation = acronym.group("org")
                part = part[: acronym.start()]
            if role is None:
                role = part
        elif organisation is None and part[:1].isupper():
            organisation = part  # lower-case asides ("minutes", "part of meeting") name no organisation
    return role, organisation


def _ends_inside_title(text: str) -> bool:
    """True when `text` ends with a word that begins a longer title ("Assistant Chief")."""
    last = text.split()[-1].lower() if text.split() else ""
    return last in _title_first_words()


@lru_cache(maxsize=1)
def _title_first_words() -> frozenset[str]:
    words: set[str] = set()
    for title in load_title_words().titles:
        parts = title.lower().split()
        words.update(parts[:-1])
    return frozenset(words)


def _split_at_titles(text: str) -> list[str]:
    """Cut a run of titled names printed without separators ("Cllr Ann Lee (Chair) Cllr Bo Day Mrs Cy Orr",
    a one-a-line list or a grid flattened to text) before each title that follows a name.

    Only a run that opens with a title is cut, and only where the piece before holds a name after its
    title ("Cllr Mrs T Mann" stays whole); words of a title ("County Councillor") are never cut apart.
    """
    leading = match_leading_title(text)
    if leading is None and not _opens_with_post(text):
        return [text]
    pieces: list[str] = []
    begin = 0
    # A post opens a run as a title does: "Clerk J Hale Mr L Page".
    skip_to = len(leading[0]) if leading is not None else len(text.split()[0])
    depth = 0
    for position, char in enumerate(text):
        depth += (char == "(") - (char == ")")
        if depth or position < skip_to or not char.isupper() or position == 0 or text[position - 1] not in " )":
            continue
        found = match_leading_title(text[position:])
        if found is None:
            continue
        head = text[begin:position].strip()
        if leading is None and begin == 0 and len(head.split()) == 1:
            continue  # "Clerk Mrs J Todd": the post and its holder
        if head.endswith(("-", "–", "—", ":")) or head.split()[-1] in _TITLE_PHRASE_WORDS:
            continue  # "Cllr C Day - Borough Councillor", "Cllr A for Cllr B": the title goes on a phrase
        words = [word for word in strip_bracket_text(strip_leading_titles(head)).split() if re.search(r"[A-Za-z]", word)]
        only_titles = all(is_title(word.rstrip(".")) for word in words) and match_leading_title(head) is None
        if only_titles or not any(len(word.strip(".")) > 1 for word in words):
            continue  # "Cllr" before "Mrs T Mann": titles in a row belong to one person
        if len(words) == 1 and text[position - 1] != ")" and match_leading_title(found[1]) is not None:
            continue  # "Cllr Gail Reeve Cllr Di Orr": a lone first name, so "Reeve" is her surname, not an office
        skip_to = position + len(found[0])
        pieces.append(head)
        begin = position
    pieces.append(text[begin:].strip())
    return pieces


# The most initials a member's own mark has ("ABCD"); one lower-case letter may follow them ("PWh").
_MOST_INITIALS = 4


def is_own_initials(initials: str, name: str) -> bool:
    """True when `initials` ("PO", "P.O.") are the first letters of `name`'s words past its titles ("Cllr Pam Orr").
    One lower-case letter after them tells two members of the same initials apart ("PWh" for Paul Wheelhouse)."""
    letters = initials.replace(".", "").strip()
    if len(letters) >= 3 and letters[-1].islower() and letters[:-1].isupper():
        letters = letters[:-1]
    words = [word for word in strip_leading_titles(name).split() if word[:1].isalpha()]
    return (
        2 <= len(letters) <= _MOST_INITIALS and letters.isalpha() and letters.isupper() and len(words) == len(letters)
        and letters == "".join(word[0].upper() for word in words)
    )


def split_at_own_initials(text: str) -> list[str]:
    """Cut "Ann Lee AL Bo Day BD Cy Orr" (a grid of "Name INITIALS" flattened to text) after each name's initials,
    which are dropped; text with no such initials comes back whole. A bracket between a name and its initials
    ("Ann Lee (EDC) AL") stays with the name.

    One pass over the words: the current piece's bracket balance and its last words outside brackets are kept as it
    grows, so a long run with no initials (a roll of 30k characters) reads in linear time."""
    words = text.split()
    pieces: list[str] = []
    start = 0
    balance = 0  # "(" less ")" in the piece so far
    depth = 0  # brackets open at this point, for the words outside them
    fragment = ""  # the word outside brackets being read ("Lee" of "Lee(EDC)")
    named: deque[str] = deque(maxlen=_MOST_INITIALS + 1)  # the piece's last words outside brackets
    for index, word in enumerate(words):
        size = len(word.replace(".", ""))
        if balance == 0 and 2 <= size <= _MOST_INITIALS + 1 and len(named) >= 2:
            if is_own_initials(word, " ".join(list(named)[-size:])):
                pieces.append(" ".join(words[start:index]))
                start, balance, depth, fragment = index + 1, 0, 0, ""
                named.clear()
                continue
        balance += word.count("(") - word.count(")")
        for char in word:
            if char == "(":
                depth += 1
            elif char == ")" and depth:
                depth -= 1
            elif not depth:
                fragment += char
        if not depth and fragment:
            named.append(fragment)
            fragment = ""
    if not pieces:
        return [text]
    if start < len(words):
        pieces.append(" ".join(words[start:]))
    return pieces


def strip_bracket_text(text: str) -> str:
    return re.sub(r"\([^()]*\)", "", text)


def _split_outside_brackets(text: str, separator: str) -> list[str]:
    parts: list[str] = []
    depth = 0
    current: list[str] = []
    for char in text:
        if char == "(":
            depth += 1
        elif char == ")":
            depth = max(0, depth - 1)
        if char == separator and depth == 0:
            parts.append("".join(current))
            current = []
        else:
            current.append(char)
    parts.append("".join(current))
    return parts


def _split_on_stops(text: str) -> list[str]:
    """Split at full stops that end a name, not those after an initial or a title."""
    pieces: list[str] = []
    start = 0
    for match in _SENTENCE_STOP.finditer(text):
        before = text[start : match.start()].split()
        if not before:
            continue
        last = before[-1]
        if is_initials(last + ".") and len(last.replace(".", "")) <= 2 or is_title(last):
            continue
        if is_post_abbreviation(last):
            continue  # "Ms. M. Orr, Sen. Staff Officer", "A/Sen. Ex. Officer": a post's word cut short, the post goes on
        if f"{last.lower()}." in load_title_words().particles and text[match.end() :].lstrip()[:1].isupper():
            continue  # "Mabel St. Clair": a surname's particle cut short, the surname goes on
        if _inside_brackets(text, match.start()):
            continue
        pieces.append(text[start : match.start()])
        start = match.end()
    pieces.append(text[start:])
    return pieces


def is_post_abbreviation(word: str) -> bool:
    """True for a word of a post shortened with a full stop ("Sen.", "Asst", "Dir.", acting: "A/Sen.")."""
    return re.sub(r"^[A-Z]/", "", word.strip(".,")).lower() in load_title_words().post_abbreviations


def _split_on_and(text: str) -> list[str]:
    pieces: list[str] = []
    start = 0
    for match in re.finditer(r"\s+(?:and|&)\s+", text):
        if _inside_brackets(text, match.start()):
            continue
        pieces.append(text[start : match.start()])
        start = match.end()
    pieces.append(text[start:])
    return pieces


def _inside_brackets(text: str, position: int) -> bool:
    return text.count("(", 0, position) > text.count(")", 0, position)
