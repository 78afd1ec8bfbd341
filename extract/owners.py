"""Owner resolution: from how minutes name an owner to who that is.

Minutes name owners by initials ("KW", "DC/L"), title and surname ("Mr
Smith", "CI Jones"), first name ("Amira") or agency ("Northshire Police"). Each is
resolved against the attendee list, then against full names mentioned in the
document; anything that stays ambiguous or unknown is kept as written, never
guessed.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Iterable, Iterator, Mapping, Sequence

from ..names import (
    DECLARED_INITIALS,
    HONORIFIC,
    MAX_INITIALS,
    MIN_FUZZY_SURNAME_LENGTH,
    given_lists_agree,
    given_names_of,
    initials_of,
    is_initials,
    load_non_person_words,
    lowered_titles,
    match_leading_title,
    one_called,
    parse_person,
    surnames_match,
)
from .records import Attendee

if TYPE_CHECKING:  # spaCy is loaded by the pipeline that passes `nlp`, never by this module's word lists
    from spacy.language import Language

PATTERNS_PATH = Path(__file__).parent / "data" / "action_patterns.json"
MENTION_CHUNK_CHARS = 100_000
"""Text is searched for names in pieces this long, well below spaCy's one-million-character limit."""

NAME_WORDS_MIN = 2
NAME_WORDS_MAX = 3
"""A mentioned full name is two or three capitalised words ("Jane Smith", "Mary Ann Smith")."""

_NAME_WORD = re.compile(r"^[A-Z][a-z][\w'’-]*$")
# Two `_NAME_WORD` tokens start with two separate capital-then-small letter pairs.
_TWO_NAME_WORD_STARTS = re.compile(r"[A-Z][a-z].*[A-Z][a-z]")
_LEADING_ACTION = re.compile(r"^\s*actions?\b\s*(?:by\b)?\s*[-–—:]?\s*", re.IGNORECASE)
_SPLIT_OWNERS = re.compile(r"\s*(?:/|;|,|\band\b|&)\s*")


@dataclass(frozen=True, slots=True)
class OwnerWords:
    """Words that mark an owner as an agency or a role rather than a person (from data)."""

    agency: frozenset[str]
    roles: frozenset[str]
    not_owners: frozenset[str]
    body_words: frozenset[str] = frozenset()
    """Head nouns of a body's name ("Council", "Committee"), the one list in names' `body_words`: such a body may own a task."""
    staff_words: frozenset[str] = frozenset()
    """A body's employees as a whole ("Staff"), who may own a direction given to them."""
    member_words: frozenset[str] = frozenset()
    """A body's members as a whole ("Members", "Councillors", "Reps"), who may own a direction given to them when it
    is a follow-up task: they also act at the meeting itself ("Members to note …")."""
    body_not_tasks: frozenset[str] = frozenset()
    """Verbs after a body's "will"/"to" that state a stance or a decision ("will await", "to note"), not a task."""
    place_words: frozenset[str] = frozenset()
    """What a place's government is called after or before its name ("Township", "Town of …")."""
    legal_forms: frozenset[str] = frozenset()
    """A company's legal form ("Inc", "LLC", "Ltd"), written after its name: part of a firm's name, never a person."""
    meeting_duties: tuple[str, ...] = ()
    """What someone takes on for the meeting itself ("take the minutes", "chair the meeting"): done there, no task."""
    heading_acronyms: frozenset[str] = frozenset()
    """Headings written in capitals like initials ("AOB", "DONM"): an item, never someone's initials."""
    department_words: frozenset[str] = frozenset()
    """The head words of a department's name ("Department", "Services"), which many share and so tell none apart."""
    event_words: frozenset[str] = frozenset()
    """What names an event ("Meeting", "Hearing", "Workshop"): before "of the Council" an event, never who acts."""


@lru_cache(maxsize=1)
def load_owner_words(path: str = str(PATTERNS_PATH)) -> OwnerWords:
    """Return the agency, role and generic-subject words from the action pattern file."""
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    # A department's head word ("Department", "Services") names an organisation's part: an agency's word too.
    data["agency_words"] = [*data["agency_words"], *data.get("department_words", ())]
    return OwnerWords(
        # A two-letter legal form ("Co", "LP") is also how initials are written ("LP to write …"): those name a firm
        # only after its name, which `legal_forms` serves; the longer ones are an agency's word wherever they stand.
        agency=frozenset(word.lower() for word in data["agency_words"])
        | frozenset(form for form in load_non_person_words().legal_forms if len(form) > 2),
        roles=frozenset(word.lower() for word in data["role_words"]),
        not_owners=frozenset(word.lower() for word in data["not_owners"]),
        body_words=load_non_person_words().body_words,
        body_not_tasks=frozenset(word.lower() for word in data.get("body_not_tasks", ())),
        staff_words=frozenset(word.lower() for word in data.get("staff_words", ())),
        member_words=frozenset(word.lower() for word in data.get("member_words", ())),
        place_words=frozenset(word.lower() for word in data.get("place_words", ())),
        legal_forms=load_non_person_words().legal_forms,
        meeting_duties=tuple(phrase.lower() for phrase in data.get("meeting_duties", ())),
        heading_acronyms=frozenset(data.get("heading_acronyms", ())),
        department_words=frozenset(word.lower() for word in data.get("department_words", ())),
        event_words=frozenset(word.lower() for word in data.get("event_words", ())),
    )


def names_body(phrase: str, body: str | None) -> bool:
    """True when `phrase` names the meeting's own body `body` ("the Council", "Parish Council", "the PC", "this Council").

    The phrase must end on the body's head noun and its other words must end
    the body's name, so "the Borough Council" is not "Ashby Parish Council";
    initials ("PC") must spell the body's last words. A body named by its head
    noun and what it is of ("Elm County Board of Education", "Board of
    Directors of the Elm Water District") is named by that noun with or
    without its "of" ("the Board", "the Board of Education", "the Board of
    Directors"), not by a noun in the rest of the name.
    """
    if not body:
        return False
    words = re.findall(r"[A-Za-z'’-]+", phrase)
    if words and words[0].lower() in {"the", "this", "our"}:
        words = words[1:]
    body_words = re.findall(r"[A-Za-z'’-]+", body)
    if not words or not body_words:
        return False
    if body_words[-1].lower() not in load_owner_words().body_words:
        return _names_board_of(words, body_words)
    if len(words) == 1 and len(words[0]) >= 2 and words[0].isupper() and len(body_words) >= len(words[0]):
        # "PC" for "… Parish Council": the initials of the body's last words.
        tail = body_words[-len(words[0]):]
        return "".join(word[0].upper() for word in tail) == words[0] and all(w[:1].isupper() for w in tail)
    if not all(word[:1].isupper() for word in words):
        return False
    lowered = [word.lower() for word in words]
    return [word.lower() for word in body_words[-len(lowered):]] == lowered


def _names_board_of(words: list[str], body_words: list[str]) -> bool:
    """`names_body` for a body whose head noun has an "of" after it ("Board of Education"): `words` are a run of the
    body's words holding that noun, the bare noun ("Board") or a run going on through its "of" part to where another
    "of" or the name ends ("County Board of Education", "Board of Directors" of "Board of Directors of the Elm Water
    District"). A run with a qualifier that ends on the noun ("the County Board" of "Elm County Board of Education")
    names another body, the county's own."""
    lowered_body = [word.lower() for word in body_words]
    heads = [
        i for i, word in enumerate(lowered_body[:-1])
        if word in load_owner_words().body_words and lowered_body[i + 1] == "of" and body_words[i][:1].isupper()
    ]
    if not heads or lowered_body[0] == "of":
        return False
    head = heads[-1]
    if not all(word[:1].isupper() or word.lower() in {"of", "the"} for word in words) or words[0].lower() == "of":
        return False
    lowered = [word.lower() for word in words]
    for start in range(max(0, head - len(lowered) + 1), head + 1):
        end = start + len(lowered)
        if end > len(lowered_body) or lowered_body[start:end] != lowered:
            continue
        if lowered == [lowered_body[head]] or (end > head + 1 and (end == len(lowered_body) or lowered_body[end] == "of")):
            return True
    return False


_HEAD_ENDS = frozenset({"of", "to", "for", "on", "at", "in"})
"""The words that end a phrase's head and begin what it belongs to ("Chair of the Committee", "Clerk to the Council")."""


def headed_by_body(phrase: str) -> bool:
    """True when `phrase` names a body, any body: its head noun, the last word before any "of", "to" or "for" part, is a
    body's noun ("the Board", "the Board of Education", "the Town Council", "Committee on Finance"). A post of a body
    ("the Chair of the Committee", "the Clerk to the Council", "Board Chair") is headed by the post and names none."""
    words = re.findall(r"[A-Za-z'’-]+", phrase)
    cut = next((index for index, word in enumerate(words) if word.lower() in _HEAD_ENDS), len(words))
    return cut > 0 and words[cut - 1].lower() in load_owner_words().body_words


def names_place_body(phrase: str, resolved: Sequence[str]) -> bool:
    """True when `phrase` is a place's bare name that the minutes resolve to its government: "Oakvale" for "Oakvale
    Township" or "Town of Oakvale". Minutes write a council by its place ("asked Oakvale to assist with the cost")."""
    phrase = phrase.strip()
    if not re.fullmatch(r"[A-Z][a-z][\w'’-]*", phrase) or len(resolved) != 1:
        return False
    words = re.findall(r"[A-Za-z'’-]+", resolved[0])
    places = load_owner_words().place_words
    if len(words) == 2 and words[0] == phrase and words[1].lower() in places:
        return True  # "Oakvale Township", "Oakvale Village"
    return len(words) == 3 and words[0].lower() in places and words[1] == "of" and words[2] == phrase  # "Town of …"


# "our Chair", "the secretary", "minute Secretary": a post written the way community council minutes often do.
_OUR_POST = re.compile(
    r"\b[Oo]ur\s+(?=(?:[Mm]inute\s+|[Vv]ice[- ])?(?i:chair|chairman|chairperson|secretary|treasurer|clerk)\b)"
)
_LOWER_POST_WORD = re.compile(r"(?:(?<=\bthe\s)|(?<=^))(?P<post>clerk|chairman|chair|chairperson|secretary|treasurer)\b")
# "The new Secretary": the post is the owner.
_NEW_POST = re.compile(r"\b([Tt]he\s+)new\s+(?=(?i:chair|chairman|chairperson|secretary|treasurer|clerk)\b)")
_MINUTE_POST = re.compile(r"\bminute\s+(?=Secretary\b|secretary\b)")


def post_as_named(phrase: str) -> str:
    """`phrase` with its posts written as owners are: "our Vice Chair" -> "the Vice Chair", "the secretary" ->
    "the Secretary", "Our Chair and minute Secretary" -> "the Chair and Minute Secretary"."""
    phrase = _OUR_POST.sub("the ", phrase.strip())
    phrase = _NEW_POST.sub(lambda match: match.group(1), phrase)
    phrase = _MINUTE_POST.sub("Minute ", phrase)
    phrase = re.sub(r"\bMinute\s+secretary\b", "Minute Secretary", phrase)
    return _LOWER_POST_WORD.sub(lambda match: match.group("post").capitalize(), phrase)


def is_agency(text: str) -> bool:
    """True when `text` names an organisation or team ("Northshire Police", "the Parks Team")."""
    words = re.findall(r"[A-Za-z'’-]+", text)
    if not words:
        return False
    agency = load_owner_words().agency
    if any(word.lower() in agency for word in words):
        return True
    # An acronym of three or more letters ("KFRS", "SDC") is an organisation.
    return len(words) == 1 and words[0].isupper() and len(words[0]) > MAX_INITIALS


def is_role(text: str) -> bool:
    """True when `text` names a post ("the Chairman of the Board", "Community Safety Manager")."""
    words = [w for w in re.findall(r"[A-Za-z'’-]+", text) if w.lower() != "the"]
    roles = load_owner_words().roles
    # The post is the head word: first ("Chairman of …") or last ("… Manager").
    return bool(words) and (words[0].lower() in roles or words[-1].lower() in roles)


def resolve_owners(
    as_written: str,
    attendees: Sequence[Attendee],
    *,
    mentions: Iterable[str] = (),
    context: str = "",
    initials: Mapping[str, str] | None = None,
) -> list[str]:
    """Return the full names (or agency/role as written) behind an owner as minutes print it.

    `mentions` are full names found in the document text; `context` is the
    paragraph the owner was named in, used to complete truncated initials ("DC/L");
    `initials` are those the minutes declare for people ("Jane Brown (JBR)"), read first.
    """
    text = _LEADING_ACTION.sub("", as_written).strip(" .:-–—")
    text = _CAPITALS_WORD.sub(lambda word: word.group(0).capitalize(), re.sub(r"^the\s+", "", text, flags=re.IGNORECASE))
    if not text:
        return []
    mentions = list(mentions)
    # "the Town Clerk" is the one attendee listed with exactly that post.
    holder = _post_holder(text, attendees, context=context)
    if holder is not None:
        return [holder]
    posted = _post_and_surname(text, attendees)
    if posted is not None:
        return [posted]
    titled = match_leading_title(text) is not None
    # "Chairman and the Clerk": each post is read without its article.
    parts = [re.sub(r"^(?:the|our)\s+", "", part, flags=re.IGNORECASE) for part in _SPLIT_OWNERS.split(text) if part]
    # "Clerk/Chair": posts joined as one owner are each the attendee holding it.
    held = len(parts) > 1 and any(_post_holder(part, attendees) for part in parts)
    if not titled and not held and (is_role(text) or is_agency(text)):
        return [text]
    if len(parts) > 1 and all(_is_person_like(part) for part in parts):
        owners: list[str] = []
        for part in parts:
            owners.append(_post_holder(part, attendees) or _resolve_one(part, attendees, mentions, context, initials))
        return list(dict.fromkeys(owners))
    return [_resolve_one(text, attendees, mentions, context, initials)]


# A word of four or more capitals in an owner printed in capitals ("CLERK/CHAIR", "ACTION: SECRETARY"):
# read as the word it spells; initials (two or three letters) stay as they are.
_CAPITALS_WORD = re.compile(r"(?<![\w'’])[A-Z]{4,}(?![\w'’])")


_MEMBER_TITLE = re.compile(rf"(?i:{HONORIFIC}\.?|councillors?|cllrs?\.?|councilmembers?|council\s+members?|members?)")


CHAIR_WORDS = ("chair", "chairman", "chairperson", "chairwoman")
"""The words for the one post of chair: an owner written with one is the attendee listed with another."""


def _same_post(role: str, post: str) -> bool:
    """True when the attendance list's `role` is the post `post` names ("Chair" is "the Chairman")."""
    return role == post or (role in CHAIR_WORDS and post in CHAIR_WORDS)


# A post's department after it, as Irish and UK council minutes name officers: "Senior Executive Officer (Corporate)" in
# the attendance, "the Senior Executive Officer, Corporate Services, …" or "… Officer (Housing) …" in the text.
_POST_DEPARTMENT = re.compile(r"^(?P<post>[^(),]+?)\s*(?:\((?P<bracketed>[^()]+)\)|,\s*(?P<set_off>[^,]+?),?)\s*$")
_DEPARTMENT_WORD = re.compile(r"[A-Za-z][a-z'’-]{3,}")


def _post_holder(text: str, attendees: Sequence[Attendee], *, context: str = "") -> str | None:
    """The one attendee listed with exactly the post `text` names ("Clerk", "the Town Clerk"), if any.

    Where several attendees hold the post for different departments ("Senior Executive Officer (Housing)", "…
    (Roads)"), the department written beside the post in `context` says which one is meant."""
    post = re.sub(r"^the\s+", "", text.strip(), flags=re.IGNORECASE).lower()
    holders = [a for a in attendees if _same_post((a.role or "").strip().lower(), post)]
    if not holders and not _MEMBER_TITLE.fullmatch(post):
        # "The Chief Superintendent undertook to …", "the Sergeant will …": the one attendee with that rank as their
        # title (never an honorific or a member's title, which many share).
        holders = [a for a in attendees if (a.title or "").strip().lower() == post]
    if not holders:
        holders = _department_holders(post, attendees, context)
    names = list(dict.fromkeys(_name_of(holder) for holder in holders))  # one person under two words for the post
    return names[0] if len(names) == 1 else None


def _department_holders(post: str, attendees: Sequence[Attendee], context: str) -> list[Attendee]:
    """The attendees listed with `post` and a department ("Senior Executive Officer (Corporate)"): all of them, or,
    when `context` writes the post with its department ("the Senior Executive Officer, Corporate Services,"), those
    whose department shares a word with it."""
    given = _POST_DEPARTMENT.match(post)
    if given is not None:
        post = given.group("post").strip()
    holders: list[tuple[Attendee, set[str]]] = []
    for attendee in attendees:
        listed = _POST_DEPARTMENT.match((attendee.role or "").strip())
        if listed is not None and listed.group("post").strip().lower() == post:
            department = listed.group("bracketed") or listed.group("set_off") or ""
            holders.append((attendee, _department_words(department)))
    if not holders or not post:
        return []
    written: set[str] = set()
    if given is not None:
        written = _department_words(given.group("bracketed") or given.group("set_off") or "")
    elif context:
        pattern = rf"\b{re.escape(post)}\s*(?:\(([^()]{{1,60}})\)|,\s*([^,.;]{{1,60}}),)"
        for found in re.finditer(pattern, context, flags=re.IGNORECASE):
            written |= _department_words(found.group(1) or found.group(2))
    if len(holders) == 1 and not written:
        return [holders[0][0]]  # the post's one holder, no department written to contradict the list
    # "The Senior Executive Officer, Roads, …" is not the one listed for Housing, even when no one else holds the post.
    return [attendee for attendee, words in holders if written and words & written]


def _department_words(text: str) -> set[str]:
    """The words of a department's name that tell it apart ("Corporate Services" -> {"corporate", "services"})."""
    return {word.lower() for word in _DEPARTMENT_WORD.findall(text)} - load_owner_words().department_words


MAX_POST_BEFORE_SURNAME_WORDS = 4
"""Words a post before a surname may run to ("Director of Public Works Hale"); a post written alone, naming the
departments it heads, may run longer (`actions.MAX_DEPARTMENTS_POST_WORDS`)."""


def _post_and_surname(text: str, attendees: Sequence[Attendee]) -> str | None:
    """The one attendee named by a post and their surname ("City Manager Egan", "Police Chief Orr"): the post is
    one the attendance list gives someone or a post word, the surname that of exactly one attendee."""
    words = text.split()
    for count in range(min(MAX_POST_BEFORE_SURNAME_WORDS, len(words) - 1), 0, -1):
        post, rest = " ".join(words[:count]), " ".join(words[count:])
        if " " in rest or not rest[:1].isupper():
            continue
        listed = any((a.role or "").lower() == post.lower() for a in attendees)
        if not listed and (not is_role(post) or _SPLIT_OWNERS.search(post)):
            continue  # "Clerk and Tom Quill" is two owners: a post read by its head word never spans a separator
        named = [a for a in attendees if (_surname_of(a) or "").lower() == rest.lower()]
        if len(named) == 1:
            return _name_of(named[0])
    return None


# "Jane Brown (JBR)": a person's name and the initials the minutes will use for them. The bracket may wrap onto the
# next line, and where two people share initials the minutes add the start of the surname ("Alison Hopkins (AHop)").
_DECLARED_INITIALS = re.compile(
    r"(?P<name>\b[A-Z][a-z][\w'’-]*(?:[ \t]+[A-Z][a-z][\w'’-]*){0,2}[ \t]+[A-Z][a-z][\w'’-]*)[ \t]*\n?[ \t]*"
    rf"\((?P<initials>{DECLARED_INITIALS})\)"
)


def declared_initials(text: str, attendees: Sequence[Attendee]) -> dict[str, str]:
    """Initials the minutes give people beside their names ("Robert Cole (BC)"), as initials -> attendee's name.

    A name resolves to the attendee with its surname; a name no attendee has
    counts when it holds no agency or post word (so "County Council (NCC)" is
    left out); initials given to two people are dropped.
    """
    found: dict[str, set[str]] = {}
    for match in _DECLARED_INITIALS.finditer(text):
        name = match.group("name")
        words = name.split()
        surname = words[-1]
        if not match.group("initials").isupper() and not _surname_initials(match.group("initials"), words):
            continue  # "(AHop)" is Alison Hopkins's: her initials with the start of her surname
        same = [a for a in attendees if (_surname_of(a) or "").lower() == surname.lower()]
        if len(same) > 1:
            same = [a for a in same if given_lists_agree(given_names_of(_name_of(a), _surname_of(a)), words[:-1])]
        if len(same) == 1:
            found.setdefault(match.group("initials"), set()).add(_name_of(same[0]))
        elif not same and _is_plain_name(name) and initials_of(parse_person(name).name) == match.group("initials"):
            # An attendance list the attendees were not read from still names the person, when the initials
            # are the name's own ("Paula Kell (PK)", not "Acme Sugar (CM)" for a speaker from it).
            found.setdefault(match.group("initials"), set()).add(parse_person(name).name)
    return {initials: next(iter(names)) for initials, names in found.items() if len(names) == 1}


def _surname_initials(initials: str, words: list[str]) -> bool:
    """True when mixed-case `initials` are the given names' initials and the start of the surname ("AHop")."""
    given = "".join(word[0] for word in words[:-1])
    return initials.startswith(given) and words[-1].startswith(initials[len(given):])


def _is_plain_name(name: str) -> bool:
    """True when `name` reads as a person's: no word of an agency, a post or a generic subject."""
    words = load_owner_words()
    excluded = words.agency | words.roles | words.not_owners
    return not any(word.lower() in excluded for word in name.split())


def collect_mentions(text: str, *, nlp: Language) -> list[str]:
    """Return full names ("First Last") written in `text`, longest spans first, without titles."""
    names: list[str] = []
    for chunk in _iter_chunks(text):
        names.extend(_collect_chunk(chunk, nlp))
    return list(dict.fromkeys(names))


def _iter_chunks(text: str) -> Iterable[str]:
    """Pieces of `text` cut at line ends, each well under spaCy's length limit.

    Lines that cannot hold a name are left out: most lines, and tokenising is
    the cost. A name never runs across a line end (the line break is a token).
    """
    chunk: list[str] = []
    size = 0
    for line in text.splitlines():
        if not _TWO_NAME_WORD_STARTS.search(line):
            continue
        if size + len(line) > MENTION_CHUNK_CHARS and chunk:
            yield "\n".join(chunk)
            chunk, size = [], 0
        chunk.append(line[:MENTION_CHUNK_CHARS])
        size += len(line) + 1
    if chunk:
        yield "\n".join(chunk)


def _collect_chunk(text: str, nlp: Language) -> list[str]:
    words = [token.text for token in nlp.make_doc(text)]
    names: list[str] = []
    covered_to = -1
    owner_words = load_owner_words()
    excluded = owner_words.agency | owner_words.roles | owner_words.not_owners
    titles = lowered_titles()
    for start, end in _iter_name_spans(words):
        if start < covered_to:
            continue
        tokens = words[start:end]
        # Titles are a few known words; checking them as a set keeps long documents fast.
        while tokens and (tokens[0].lower() in titles or " ".join(tokens[:2]).lower() in titles):
            tokens = tokens[2:] if " ".join(tokens[:2]).lower() in titles else tokens[1:]
        if len(tokens) < 2:
            continue
        if {token.lower() for token in tokens} & excluded:
            continue
        names.append(" ".join(tokens))
        covered_to = end
    return names


def _iter_name_spans(words: list[str]) -> Iterator[tuple[int, int]]:
    """Runs of two or three capitalised words, by start, the longer first at each start.

    A plain scan over the token texts: a spaCy Matcher finds the same spans but
    costs far more on long documents.
    """
    capitalised = [bool(_NAME_WORD.search(word)) for word in words]
    for start in range(len(words) - 1):
        if not (capitalised[start] and capitalised[start + 1]):
            continue
        if start + 2 < len(words) and capitalised[start + 2]:
            yield start, start + NAME_WORDS_MAX
        yield start, start + NAME_WORDS_MIN


def _is_person_like(part: str) -> bool:
    return is_initials(part, dots=False) or (part[:1].isupper() and not is_agency(part))


def _resolve_one(
    text: str, attendees: Sequence[Attendee], mentions: list[str], context: str, initials: Mapping[str, str] | None = None
) -> str:
    if initials and text in initials:
        return initials[text]
    if initials and " " not in text:
        # "Ahop" for the declared "AHop": mixed-case initials are retyped with other capitals.
        retyped = [name for key, name in initials.items() if not key.isupper() and key.lower() == text.lower()]
        if len(retyped) == 1:
            return retyped[0]
    if is_initials(text, dots=False):
        return _resolve_initials(text, attendees, context) or _mentioned_initials(text, attendees, mentions) or text
    person = parse_person(text)
    surname = person.surname
    given = given_names_of(person.name, surname)
    if surname is None:
        return text
    if not given and person.title is None:
        # A single word: a first name ("Amira") or a bare surname.
        by_first = [a for a in attendees if given_names_of(_name_of(a), _surname_of(a))[:1] == [surname]]
        if len(by_first) == 1:
            return _fuller(_name_of(by_first[0]), mentions)
        if not by_first:
            # "Dave will address …", "Stu to call …": the one attendee whose first name it is a short form of.
            called = one_called(surname, [(_first_given(a), _surname_of(a) or "") for a in attendees])
            if called is not None:
                return _fuller(_name_of(attendees[called]), mentions)
        named = [m for m in mentions if m.split()[0] == surname]
        if len({*named}) == 1 and not by_first:
            return named[0]
    same = _same_surname(surname, attendees, given)
    if len(same) == 1:
        return _fuller(_name_of(same[0]), mentions)
    if len(same) > 1:
        return text
    named = list(dict.fromkeys(m for m in mentions if surnames_match(m.split()[-1], surname)
                               and given_lists_agree(m.split()[:-1], given)))
    if len(named) == 1:
        return named[0]
    if given:
        return " ".join([*given, surname])
    return text


def _first_given(attendee: Attendee) -> str:
    """The attendee's first given name as the attendance writes it, or "" when it gives only a surname or initials."""
    given = given_names_of(_name_of(attendee), _surname_of(attendee))
    return given[0] if given and len(given[0].rstrip(".")) > 1 else ""


def _resolve_initials(initials: str, attendees: Sequence[Attendee], context: str) -> str | None:
    exact = [a for a in attendees if _initials_of(a) == initials]
    if len(exact) == 1:
        return _name_of(exact[0])
    if exact:
        return None
    # "SOV" for Sam Orley-Vance: each part of a hyphenated surname gives a letter.
    hyphened = [a for a in attendees if "-" in (_surname_of(a) or "") and _hyphened_initials(a) == initials]
    if len(hyphened) == 1:
        return _name_of(hyphened[0])
    # A truncated set ("L" in "DC/L"): the attendee whose initials start with it
    # and who is named in the paragraph.
    named = set(re.findall(rf"\b[A-Z]{{2,{MAX_INITIALS}}}\b", context))
    prefixed = [a for a in attendees if _initials_of(a).startswith(initials) and _initials_of(a) in named]
    if len(prefixed) == 1:
        return _name_of(prefixed[0])
    return None


def _mentioned_initials(initials: str, attendees: Sequence[Attendee], mentions: list[str]) -> str | None:
    """The one full name the minutes mention whose initials these are, when no attendee has them: "RF to collect the
    rents" where the item names "Owen Marsh the allotments officer"."""
    if any(_initials_of(a) == initials for a in attendees):
        return None
    named = list(dict.fromkeys(m for m in mentions if " " in m and initials_of(m) == initials))
    return named[0] if len(named) == 1 else None


def _same_surname(surname: str, attendees: Sequence[Attendee], given: list[str]) -> list[Attendee]:
    exact = [a for a in attendees if (_surname_of(a) or "").lower() == surname.lower()]
    if not exact and len(surname) >= MIN_FUZZY_SURNAME_LENGTH:
        exact = [a for a in attendees if surnames_match(_surname_of(a) or "", surname)]
    if given:
        exact = [a for a in exact if given_lists_agree(given_names_of(_name_of(a), _surname_of(a)), given)]
    return exact


def _fuller(name: str, mentions: list[str]) -> str:
    """The attendee's name, or a mention that spells out its initial ("A Shah" -> "Amira Shah")."""
    parts = name.split()
    if len(parts) < 2 or len(parts[0].rstrip(".")) > 1:
        return name
    fuller = [m for m in mentions if m.split()[-1] == parts[-1] and given_lists_agree(m.split()[:-1], parts[:-1])]
    return fuller[0] if len(set(fuller)) == 1 else name


def _name_of(attendee: Attendee) -> str:
    return parse_person(attendee.name).name


def _surname_of(attendee: Attendee) -> str | None:
    return attendee.surname or parse_person(attendee.name).surname


def _initials_of(attendee: Attendee) -> str:
    return initials_of(attendee.name)


def _hyphened_initials(attendee: Attendee) -> str:
    """The initials with a letter for each part of a hyphenated surname ("Sam Orley-Vance" -> "SOV")."""
    surname = _surname_of(attendee) or ""
    given = given_names_of(_name_of(attendee), surname)
    return "".join(word[:1].upper() for word in [*given, *surname.split("-")] if word)
