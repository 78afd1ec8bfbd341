"""Votes: each motion put to a vote, who moved and seconded it, how it went, who voted which way.

Minutes record a vote in pieces spread over a few sentences or lines: a
mover ("Councillor A moved …", "Motion by B to …", "R2023-12 C. Doe, E.
Roe:"), a seconder, an outcome ("Motion carried 3-1", "Carried.", "The
Mayor declared the amendment defeated", "unanimously agreed"), counts
("(For 45, Against 12, Abstain 3)", "Ayes: 5", "[9 TO 2 WITH 1
ABSTENTION]") and named positions (For / Against lists, roll calls,
"Supervisors A aye, B aye"). The reader finds those pieces over the whole
document as events (`_find_events`), then groups them in reading order into
votes (`_group_votes`): a new mover starts a vote, an outcome, count or list
fills the open one. A proposal with no outcome recorded as a vote ("proposed
by A, seconded by B, it was agreed") is no vote.

Names are resolved against the attendance list like action owners
(extract/owners.py `resolve_owners`). The words are data:
`data/vote_patterns.json`.
"""

from __future__ import annotations

import bisect
import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Callable, Iterator, Literal, Sequence

from ..ingest.document import Line, ParsedDocument
from .addresses import street_word_pattern
from .items import MOTION_OPENING, Section, clean_text, paragraph_text, strip_list_marker
from .margin_owners import is_outcome_cell
from .motion_tables import (
    MOTION_LABEL,
    MotionColumns,
    MotionRow,
    MotionTable,
    find_motion_tables,
    labelled_motion_below,
    motion_rows,
    read_motion_row,
)
from .names import is_organisation
from ..names import (
    HONORIFIC,
    NAME_WORD_OR_INITIAL,
    SPELLED_NAME_WORD,
    is_initials,
    names_only_members,
    one_called,
    particle_pattern,
)
from .owners import resolve_owners
from .records import Attendee, Evidence, Resolution, Vote, VoteResult
from .tally_words import AYE_SIDE, NAY_SIDE, SIDE_LIST_LABEL
from .voted_decisions import QUOTED_BELOW_LINES, QUOTED_MOTION_WORDS

PATTERNS_PATH = Path(__file__).parent / "data" / "vote_patterns.json"
BY_ALL = r"by\s+all(?:\s+(?:present|members|councillors))?"
"""Everyone's assent written after the decision word ("agreed by all", "… by all present", "… by all members"): the
one pattern of it (regex source, lower case as written)."""
UNANIMOUS = rf"(?:unanimously|{BY_ALL})"
"""An assent without dissent after the decision word: "unanimously" or `BY_ALL` (regex source)."""

# "… as prepared by Quill Engineering", "… submitted by the applicant": a "by" after these names who wrote or brought the
# matter, never the motion's mover.
_NOT_AFTER_PARTICIPLE = "".join(
    rf"(?<!\b{word})" for word in ("prepared", "presented", "submitted", "provided", "written", "drafted", "requested",
                                    "recommended", "proposed", "offered", "sponsored", "produced", "supplied", "issued")
)

ASSENT_OF_ALL = (
    r"(?:all\s+ayes|ayes\s+all|unanimous\s+(?:approval|agreement|support)"
    r"|(?:approved|carried|passed|adopted)\s+unanimously|unanimously\s+(?:approved|carried|passed|adopted))"
)
"""Every member's assent closing a motion, no count given ("All ayes.", "…; unanimous approval.", "Approved
unanimously."): the one list of these words, read by votes and by resolutions (regex source, read case-blind)."""
MERGE_GAP_CHARS = 900
"""A second outcome this close after the first, with no new motion or decision between, restates it."""
MOTION_TEXT_MAX_CHARS = 600
"""A motion's text is cut here: a long preamble ("WHEREAS …") adds nothing to find it by."""
PENDING_GAP_CHARS = 4000
"""A motion waits this long for its vote; further on, an outcome belongs to something else."""
MIN_MOTION_CHARS = 3
AGREED_GAP_CHARS = 40
"""A bare "Agreed." this close after the seconder is that motion's outcome."""

Side = str  # "for" | "against" | "abstain"
SIDES: tuple[Side, ...] = ("for", "against", "abstain")


@dataclass(frozen=True, slots=True)
class VoteWords:
    """The vote vocabulary as regex pieces, built once from the data file."""

    title: str
    titles: tuple[str, ...]
    outcome: str
    outcome_result: dict[str, VoteResult]
    side_of: dict[str, Side]
    side: str
    not_voting: str
    label_block: frozenset[str]
    body: str
    """The words naming a body that votes as one ("board", "council"), lower case."""
    outcome_on_motion: str
    """The outcome words that open a sentence before their motion ("Approved on a motion by …"), as written."""
    outcome_above: str
    """The outcome words printed on a line of their own above their motion ("ACTION: APPROVED"), lower case."""
    number_of: dict[str, int]
    """A count spelt out, lower case, and its value ("seven" 7, "none" 0)."""
    not_voting_words: frozenset[str]
    """The labels of members who took no side ("absent", "recused"), lower case."""
    side_stems: tuple[tuple[str, Side], ...]
    """The beginnings of every spelling of a side ("absten" of "abstensions"), lower case."""


@lru_cache(maxsize=1)
def load_vote_words(path: str = str(PATTERNS_PATH)) -> VoteWords:
    """Return the vote words of `data/vote_patterns.json` as regex alternations."""
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    titles = sorted(data["voter_titles"], key=len, reverse=True)
    outcome_result: dict[str, VoteResult] = {}
    for result, words in data["outcomes"].items():
        for word in words:
            outcome_result[word.lower()] = result
    side_of = {word.lower(): side for side, words in data["sides"].items() for word in words}
    number_of = {word.lower(): value for value, word in enumerate(data["number_words"])}
    number_of.update({word.lower(): 0 for word in data["zero_words"]})
    return VoteWords(
        title=_alternation(titles),
        titles=tuple(titles),
        outcome=_alternation(sorted(outcome_result, key=len, reverse=True)),
        outcome_result=outcome_result,
        side_of=side_of,
        side=_alternation(sorted(side_of, key=len, reverse=True)),
        not_voting=_alternation(sorted(data["not_voting"], key=len, reverse=True)),
        label_block=frozenset(word.lower() for word in data["label_block"]),
        body=_alternation(sorted((word.lower() for word in data["bodies"]), key=len, reverse=True)),
        outcome_on_motion=_alternation(sorted(data["outcome_on_motion"], key=len, reverse=True)),
        outcome_above=_alternation(sorted(data["outcome_above_motion"], key=len, reverse=True)),
        number_of=number_of,
        not_voting_words=frozenset(word.lower() for word in data["not_voting"]),
        side_stems=tuple((stem.lower(), side) for side, stems in data["side_stems"].items() for stem in stems),
    )


@lru_cache(maxsize=1)
def outcome_above_motion() -> re.Pattern[str]:
    """An outcome on a line of its own, printed above the motion it decided: "ACTION: APPROVED", "UNANIMOUSLY
    APPROVED", "Approved (5-0)" (groups "o", "f", "a"); the line after it must open the motion (`MOTION_BELOW`)."""
    return re.compile(
        rf"^[ \t]*(?:(?:action|result|outcome|disposition|decision)[ \t]*:[ \t]*)?(?:unanimously[ \t]+)?"
        rf"(?P<o>{load_vote_words().outcome_above})(?:[ \t]+unanimously)?"
        r"(?:[ \t]*\(?[ \t]*(?P<f>\d{1,2})[ \t]*[-–][ \t]*(?P<a>\d{1,2})(?:[ \t]*[-–][ \t]*\d{1,2})?[ \t]*\)?)?[ \t]*\.?[ \t]*$",
        re.IGNORECASE | re.MULTILINE,
    )


MOTION_BELOW = MOTION_OPENING
"""A line that opens a motion ("Motion by A, second by B to …", "Moved by A", "A moved to …"): `items.MOTION_OPENING`."""
_MOTION_ABOVE = re.compile(r"\b(?:moved|moves|motion|seconded|second|proposed)\b|\b(?:that|to)\b.{0,300}[.;]\s*$", re.IGNORECASE)


def closes_motion_above(above: str) -> bool:
    """True when the text just above an outcome line is a motion, so the outcome closes that motion rather than
    heading the one below it ("Moved by A … / CARRIED / Moved by C …")."""
    return bool(above.strip()) and bool(_MOTION_ABOVE.search(above))


@lru_cache(maxsize=1)
def outcome_on_motion() -> re.Pattern[str]:
    """The outcome first, then the motion that reached it: "Approved on a motion by A, seconded by B (5-0).",
    "Denied upon motion of A"; its tally, if any, closes the sentence (groups "o", "f", "a")."""
    return re.compile(
        rf"(?:^|(?<=[.;:]\s))(?P<o>{load_vote_words().outcome_on_motion})\s+(?:on|upon|by)\s+(?:a\s+|the\s+)?"
        r"motion\s+(?:by|of|from)\b[^.\n(]{0,160}(?:\(\s*(?P<f>\d{1,2})\s*[-–]\s*(?P<a>\d{1,2})\s*\))?",
        re.MULTILINE,
    )


def _either_case_first(words: str) -> str:
    """An alternation of lower-case words whose first letters may also be capitals ("board" and "Board")."""
    return re.sub(r"(?<![\w\\])([a-z])", lambda found: f"[{found.group(1).upper()}{found.group(1)}]", words)


def _alternation(words: Sequence[str]) -> str:
    return "(?:" + "|".join(re.escape(word).replace(r"\ ", r"\s+") for word in words) + ")"


# --- the events ------------------------------------------------------------------------------


@dataclass(slots=True)
class _Event:
    kind: str
    """motion | second | outcome | counts | positions"""
    start: int
    end: int
    mover: str | None = None
    seconder: str | None = None
    motion: str | None = None
    number: str | None = None
    result: VoteResult | None = None
    tied: bool = False
    own_text: bool = False
    """An outcome that carries its decision ("It was unanimously agreed that …")."""
    counts: dict[Side, int] = field(default_factory=dict)
    positions: dict[Side, list[str]] = field(default_factory=dict)
    strong: bool = True
    """Positions from a list or roll call (strong) or from prose ("X abstained")."""
    needs_motion: bool = False
    """An outcome that counts only for a motion just moved and seconded ("… seconded B. Agreed.")."""
    adjourns: bool = False
    """An outcome that counts only for a motion to adjourn ("Meeting adjourned at 8:32")."""
    needs_open_motion: bool = False
    """An outcome or tally that counts only for a moved motion still waiting for its vote ("All were in favor.")."""
    motion_start: int | None = None
    """Where the motion's words begin when they come before the mover ("RESOLVED … Proposed A")."""
    members_only: bool = False
    """Positions from a plain list of names, kept only when its names are attendees' ("Approved by Ann, Ben")."""


@dataclass(frozen=True, slots=True)
class _Rules:
    """The compiled patterns."""

    mover_verb: re.Pattern[str]
    mover_by: re.Pattern[str]
    mover_bare: re.Pattern[str]
    mover_label: re.Pattern[str]
    mover_surname: re.Pattern[str]
    mover_header: re.Pattern[str]
    mover_paren: re.Pattern[str]
    mover_after: re.Pattern[str]
    mover_line: re.Pattern[str]
    second_verb: re.Pattern[str]
    second_by: re.Pattern[str]
    second_label: re.Pattern[str]
    second_surname: re.Pattern[str]
    second_paren: re.Pattern[str]
    second_line: re.Pattern[str]
    outcome_subject: re.Pattern[str]
    outcome_declared: re.Pattern[str]
    outcome_bare: re.Pattern[str]
    outcome_label: re.Pattern[str]
    outcome_first: re.Pattern[str]
    unanimous_text: re.Pattern[str]
    unanimous_bare: re.Pattern[str]
    unanimous_open: re.Pattern[str]
    agreed_bare: re.Pattern[str]
    withdrawn: re.Pattern[str]
    tied: re.Pattern[str]
    casting: re.Pattern[str]
    msc: re.Pattern[str]
    count_vote: re.Pattern[str]
    count_by_votes: re.Pattern[str]
    count_pair: re.Pattern[str]
    count_bracket: re.Pattern[str]
    count_labelled: re.Pattern[str]
    count_worded: re.Pattern[str]
    count_none: re.Pattern[str]
    count_moved: re.Pattern[str]
    count_bare: re.Pattern[str]
    side_after: re.Pattern[str]
    roll_answer: re.Pattern[str]
    roll_dash: re.Pattern[str]
    roll_paren: re.Pattern[str]
    line_answer: re.Pattern[str]
    prose_answer: re.Pattern[str]
    prose_voted: re.Pattern[str]
    side_heading: re.Pattern[str]
    side_inline: re.Pattern[str]
    side_caps: re.Pattern[str]
    side_all: re.Pattern[str]
    side_line: re.Pattern[str]
    name: str


# The labels of a mover and a seconder, a name after each: "Proposed: A" / "Seconded: B", "Moved by: A", "Proposed; A",
# "1st: A 2nd: B" (a colon or a semicolon after the word; votes and decisions read these one pair of labels).
_LABEL_BY = r"(?:\s+(?:by|By|BY))?\s*[:;]"
MOVER_LABEL = rf"(?:\b(?:MOVED|Moved|MOVER|Mover|PROPOSED|Proposed|Proposer)|(?<![\w/])1st){_LABEL_BY}"
"""The mover's label ("Moved:", "Proposed by:", "Proposed;", "1st:"), case as written (regex source)."""
SECONDER_LABEL = rf"(?:\b(?<!/)(?:SECONDED|Seconded|SECONDER|Seconder|SECOND|Second)|(?<![\w/])2nd){_LABEL_BY}"
"""The seconder's label ("Seconded:", "Seconded by:", "Seconded;", "2nd:"), case as written (regex source)."""

# A name word: an initial (also one run into the surname, "S.Kirwood"), a capitalised word, or one after a
# lower-case particle from the one list (names' `particles`) run into it ("deHaan").
_CAP = rf"(?:[A-Z]\.[A-Z][\w'’\-]+|[A-Z]\.|[A-ZÀ-ÖØ-Þ][\w'’\-]*|{particle_pattern()}[A-Z][\w'’\-]*)"
# A surname written alone: one capitalised word of at least three letters ("Nye" but not "It").
_SURNAME = r"(?<![\w'’.])[A-Z][a-z][\w'’\-]+"
# A name in a clerk's shorthand for mover and seconder: a surname, maybe after a title or initials ("Cllr Hale", "A. Hale").
_SHORTHAND_NAME = rf"(?:[A-Z][\w'’-]*\.?\s*){{0,2}}{_SURNAME}"


def _shorthand_movers(*, named: bool) -> str:
    """A clerk's shorthand for the mover and seconder (a name is a surname, maybe after a title or initials): each
    name marked with its part ("Cllr Hale (P), Cllr Voss (S)"), the abbreviated labels ("Prop. Hale / Sec. Voss",
    "Prop: Hale Sec: Voss") or "Motion:" and "Second:" each before a name ("Motion: Hale  Second: Voss"). Case as
    written, whatever the flags of a pattern it goes into; `named` puts the names in groups "m"/"s", "m2"/"s2",
    "m3"/"s3" (regex source)."""

    def name(group: str) -> str:
        return f"(?P<{group}>{_SHORTHAND_NAME})" if named else f"(?:{_SHORTHAND_NAME})"

    return (
        rf"(?-i:(?<![\w'’.]){name('m')}\s*\((?:P|Prop)\)\s*[,;/&]?\s*(?:and\s+)?{name('s')}\s*\((?:S|Sec)\)"
        rf"|\b(?:Prop|PROP)(?:\.\s*:?|\s*:)\s*{name('m2')}\s*[,;/]?\s*(?:Sec|SEC)(?:\.\s*:?|\s*:)\s*{name('s2')}"
        rf"|\b(?:Motion|MOTION)\s*:\s*{name('m3')}\s*[,;/]?\s*(?:Second(?:ed)?|SECOND(?:ED)?)\s*:\s*{name('s3')})"
    )


SHORTHAND_MOVERS = _shorthand_movers(named=False)
"""`_shorthand_movers` without groups, as decisions read it for a motion's opening (regex source)."""
_SHORTHAND_PAIR = re.compile(_shorthand_movers(named=True))

# A board's shorthand for a motion: "M/S" (moved, seconded), then after a stroke the letter or word of its outcome. The
# one description of it, read by votes (every outcome) and by decisions (the carried ones: a failed motion decides
# nothing). Strokes may be backslashes and have spaces about them ("M\\S", "M / S / C"); the letters are capitals as
# written ("10 m/s" is a speed).
SHORTHAND_RESULTS: dict[str, VoteResult] = {
    "C": "carried", "A": "carried", "P": "carried", "U": "carried", "UNANIMOUS": "carried", "UNANIMOUSLY": "carried",
    "F": "lost",
}
"""The outcome after "M/S/": C carried, A approved, P passed, U or "Unanimous" all for, F failed (upper case)."""
# The second and the outcome in one clause: "The motion was seconded and passed.", "… was seconded by Trustee B. Fox and
# carried.", "… seconded, and then approved" (the seconder's name may hold an initial's or a title's full stop, never a
# sentence's); the outcome's word follows. Votes and resolutions (`_CARRIED`) read the clause from here alone.
SECONDED_AND = (
    r"seconded,?\s+(?:by\s+(?:[^.;]|(?<=\b[A-Z])\.|(?<=\b(?:Mr|Ms|Dr))\.|(?<=\bMrs)\.){1,60}?\s+)?and\s+(?:was\s+)?"
    r"(?:then\s+)?"
)
_STROKE = r"\s*[/\\]\s*"
_SHORTHAND_CARRIED = r"(?:C|A|P|U|Unanimous(?:ly)?|UNANIMOUS(?:LY)?)"
ShorthandOutcome = Literal["any", "recorded", "carried", "failed", "bare"]


def motion_shorthand(outcome: ShorthandOutcome = "any", *, group: str | None = None) -> str:
    """A board's shorthand for a motion moved and seconded: "M/S" alone or with its outcome ("M/S/C", "M/S/A",
    "M/S/P", "M/S/U", "M/S/Unanimous", "M/C/S" carried; "M/S/F" failed). `outcome` keeps those with any outcome or
    none ("any"), with an outcome ("recorded"), a carried or a failed one, or "M/S" with none ("bare"). `group`
    names the part after "M/" for `shorthand_result`. Case as written, whatever the flags of a pattern it goes
    into (regex source)."""
    codes = {
        "carried": [rf"S{_STROKE}{_SHORTHAND_CARRIED}\b", rf"C{_STROKE}S\b"],
        "failed": [rf"S{_STROKE}F\b"],
        "bare": [rf"S\b(?!{_STROKE}(?:{_SHORTHAND_CARRIED}|F)\b)"],
    }
    chosen = {"any": ["carried", "failed", "bare"], "recorded": ["carried", "failed"]}.get(outcome, [outcome])
    code = "|".join(part for kind in chosen for part in codes[kind])
    code = f"(?P<{group}>{code})" if group else f"(?:{code})"
    return rf"(?-i:\bM{_STROKE}{code})"


def shorthand_result(code: str) -> VoteResult | None:
    """The outcome a shorthand's part after "M/" records ("S/C" carried, "S/F" lost, "C/S" carried), None for "S"
    alone (moved and seconded, the outcome still to come)."""
    letters = re.sub(r"[\s/\\]", "", code).upper()
    if letters == "CS":
        return "carried"
    return SHORTHAND_RESULTS.get(letters[1:]) if letters.startswith("S") else None


_STOP_NAMES = frozenset(
    "it this that he she they there the council committee board members member motion amendment "
    "following on upon after all item items none nobody n/a unanimous unanimously everyone".split()
)


# The words that close a run of members in `side_after` ("… Hale and Voss opposed") and in `prose_voted` ("Hale and
# Voss voted no"). Both runs are read backwards from these words (`_ending_at_words`): a long run of names that
# ends in neither would otherwise be read again from each of its names.
_SIDE_AFTER_WORD = r"(?P<v>opposed|dissenting|voting\s+(?:no|nay|against)|against|abstaining|abstained)"
_VOTED_WORDS = r"(?:(?P<ab>abstained)|voted\s+(?P<v>against|for|in\s+favou?r|no|yes|aye|nay)\b)"
_SIDE_AFTER_CUE = re.compile(rf"\s+{_SIDE_AFTER_WORD}")
_VOTED_CUE = re.compile(rf"\s+{_VOTED_WORDS}")
# How far before its closing words a run of members may start (about a hundred and fifty names).
_RUN_REACH = 1500
# Characters after the closing words' trailing spaces that a window keeps, so that a lookahead sees what it would
# see in the whole text ("\s+and\s", "\s+on\s", "\s*$").
_LOOKAHEAD_KEEP = 4
_OPTIONAL_SPACES = re.compile(r"\s*")

@lru_cache(maxsize=1)
def _rules() -> _Rules:
    words = load_vote_words()
    title = words.title
    # A name: an optional title, then one to four capitalised words, or initials and a surname,
    # and an optional disambiguating initial in brackets ("Kinsella (J)").
    # A name starts a word: "LLC. A proposed …" holds no initial "C.".
    start = r"(?<![\w'’.])"
    name = rf"{start}(?:{title}\s+)?{_CAP}(?:\s+{_CAP}){{0,3}}(?:\s*\([A-Z]\))?"
    titled = rf"{start}{title}\s+{_CAP}(?:\s+{_CAP}){{0,3}}(?:\s*\([A-Z]\))?"
    two_words = rf"{start}{_CAP}\s+{_CAP}(?:\s+{_CAP})?"
    person = rf"(?:{titled}|{two_words})"
    one_line_name = name.replace(r"\s", r"[ \t]")
    # A name in a run of names is read once, as its own words allow: a title that might also be read as a
    # capitalised word ("Councillor Ann Lee") would otherwise give every name of a long run two readings, and a
    # run of sixty names that ends in no side 2**60 ways to fail.
    listed = rf"(?>{name})"
    # "Ayes Councilmembers A, B": a label with no colon is one only before a plural title ("For Councillor A"
    # heads a candidate in an election, not a side).
    plural_title = _alternation(sorted((t for t in words.titles if t.endswith(("s", "men"))), key=len, reverse=True))
    outcome = words.outcome
    side = words.side
    return _Rules(
        mover_verb=re.compile(
            rf"(?P<m>{person})\s+(?:moved|MOVED|moves|motioned|proposed|proposes|put\s+forward|nominated|nominates)\b"
            # "Cllr A nominated Cllr B as Chair, seconded by Cllr C": at an election the nominator moves the candidate.
            r"(?!\s+(?:by|BY|that\s+it))"
            # "Mr. Hale made a MOTION to APPROVE …", "Ms. Voss made MOTION to DENY …": a clerk's capitals, the article left out.
            rf"|(?P<m2>{person})\s+(?:made|makes|offered|offers)\s+(?:(?:a|the)\s+(?:[\w-]+\s+){{0,2}}?)?(?i:motion)\b"
            # "The Chair asked for a motion to adopt the draft. Member Hale so moved.": the motion asked for before.
            rf"|(?P<m4>{person})\s+so\s+moved\b"
            # "Ms. Hale MOTION to APPROVE this application …": a clerk's shorthand, the motion word in capitals as the verb.
            rf"|(?P<m5>{titled})\s+MOTION\s+to\b"
            # "Council Member A, seconded by Council Member B, moved to approve …": the mover first.
            rf"|(?P<m3>{person}),\s+seconded\s+by\s+(?:the\s+)?{name},\s+(?:moved|moves)\b"
        ),
        mover_by=re.compile(
            rf"(?:\b[Mm]otion\s+(?:was\s+)?(?:made\s+)?by|\b(?:[Mm]oved|[Pp]roposed|[Nn]ominated|(?<=was\s)motioned|Motioned)\s+[Bb]y|\b(?:[Mm]oved|[Pp]roposed)(?=\s+{title}\s)|\b[Oo]n\s+the\s+(?:proposal|motion)\s+of"
            rf"|\b(?:MOVED|PROPOSED|MOTION)\s+(?:BY|by)|\b[Oo]n\s+motion\s+of|\bNotice\s+of\s+Motion\s+(?:submitted\s+by|in\s+the\s+name\s+of))"
            # "Moved by:Councillor A" (a web page's label, its colon run into the name).
            rf"(?:\s*:\s*|\s+)(?P<m>{name})"
        ),
        # "Proposed RJ, seconded TH. Approved.", "Proposed A Brook, seconded C Dale": a parish's pair with no "by", the
        # mover's initials or name straight after the word, opening a line or a sentence ("the Proposed Budget" is no
        # mover) and read only with the seconder's word after it.
        mover_bare=re.compile(
            rf"(?:^|(?<=[.;:(]\s)|(?<=\())[ \t]*(?:Proposed|PROPOSED)\s+(?P<m>{name})"
            r"(?=\s*,?\s+(?:and\s+)?(?:[Ss]econded|SECONDED)\b)",
            re.MULTILINE,
        ),
        # "1st: Ms. Penn 2nd: Mr. Rusk": a board's ordinals as the labels of mover and seconder.
        mover_label=re.compile(rf"{MOVER_LABEL}\s*(?P<m>{name})"),
        # "Hobart moved to approve the claims.": a board that names its members by surname alone; the
        # surname opens a line or a sentence, so a heading above it is no part of it.
        mover_surname=re.compile(
            # "The report was presented, Ray made the motion to approve it": after a comma only with "made the motion to".
            # A township clerk's run-in topic, then its mover: "2031 Budget – Ann made motion to approve the budget".
            rf"(?:^|(?<=[.;]\s)|(?<=[.;]\s\s)|(?<=MOTION:\s)|(?<=Motion:\s)|(?<=[–—]\s)"
            # "Approval of Minutes: Ann made the motion to accept them": after a run-in topic's colon the same way.
            rf"|(?<=[a-z][,:]\s)(?=\S+\s+(?:made|makes)\s+(?:a|the)\s+motion\s+to\s))"
            # A member's initials stand for the name: "GT motion to adopt …", "MH motioned for adjournment, 2nd by RK".
            rf"[ \t]*(?:[~*•]|-[ \t])?[ \t]*(?P<m>{_SURNAME}|(?!NO\b)[A-Z]{{2,3}}\b)\s+"
            # "JS proposed that the draft notes be adopted …, seconded by JP and resolved.": a parish's initials.
            # "KM moves to adopt the report; SB seconds.": a board's present tense.
            r"(?:(?:moved|moves|motioned|proposed)\s+(?=(?:to|that|the\s+(?:board|commission\w*|council|committee))\s)"
            r"|made\s+(?:(?:a|the)\s+)?motion\s+(?=to\s)|motion(?:ed)?\s+(?=(?:to|for)\s)"
            # A small board's ordinal for the mover: "Greta 1st motion to accept", "Hilda made 1st and Greta seconded".
            r"|made\s+(?:the\s+)?1st(?=\s+(?:motion|and)\b|\s*[,.;])(?:\s+motion)?|1st\s+motion\b"
            # "Ann made the following motion:" and the motion's words, often quoted, after the colon.
            r"|made\s+the\s+following\s+motion\s*:\s*"
            # "Dick makes a motion to approve the minutes, Gary seconds the motion.": a small board's present tense.
            r"|makes\s+(?:a|the)\s+motion\b(?:\s+(?=to\s)|(?=\s*,)))",
            re.MULTILINE,
        ),
        # "Motion (Irons)/Second (Owens)", "A. Lee (motion), B. Fox (second)": the mover in brackets or before them.
        mover_paren=re.compile(rf"\b(?:Motion|MOTION|Moved|MOVED|[Pp]roposed|PROPOSED)\s*\(\s*(?P<m>{name})\s*\)|(?P<m2>{name})\s*\(\s*(?:motion|moved|mover)\s*\)"),
        # "Motion to approve the agenda made by Hale, seconded by Voss.", "Hale/Voss moved to approve …".
        mover_after=re.compile(
            rf"\b[Mm]otion\s+(?P<t>to\s+[^.]{{3,200}}?)\s+(?:was\s+)?made\s+by\s+(?P<m>{name})"
            rf"|(?:^|(?<=[.;:]\s))(?P<m2>{_SURNAME})\s*/\s*(?P<s>{_SURNAME})\s+(?:moved|moves)\b"
            # "A motion was made to give $500.00 to the food bank by Trustee Orme, seconded by Trustee Vance.", "Another
            # motion was made to …", "A motion to …": a township's motion in one sentence, its mover trailing the words
            # and its seconder right after (no full stop inside but in a sum, "$500.00", nor a blank line).
            # "Motion to approve the minutes by Trustee Orme, seconded by Trustee Vance.", "Motion to pay the bills, by Orme.
            # Second by Vance.": the same with no article, the motion's words opening the sentence.
            rf"|(?:^|(?<=[.;:]\s)|(?<=[–—-]\s))(?:(?:A|An|Another)\s+(?:motion\s+(?:was\s+)?(?:made\s+)?|was\s+made\s+)"
            # "Motioned to approve by Ann and seconded by Lee, motion carried.": a township's verb for the motion made.
            r"|Motion(?:ed)?\s+(?=to\s))"
            # ("A motion was made by A, seconded by B, to …" names its mover first: `mover_by`.)
            r"(?!(?:was\s+)?(?:made\s+)?by\s)"
            rf"(?P<t2>(?:[^.\n]|\n(?![ \t]*\n)|\.(?=\d)){{3,600}}?){_NOT_AFTER_PARTICIPLE}"
            rf"\s+(?:was\s+made\s+)?by\s+(?P<m3>{name})"
            r"(?=[,.;]?\s+(?:and\s+)?(?:[Ss]econd(?:ed)?|SECOND(?:ED)?|2nd)\b)"
            # A club's bulleted record: "* Motion to approve by Lee Varga" then "* Seconded by Tom Hale" on the next line;
            # the mover closes the motion's line.
            rf"|^[ \t]*(?:[*•-][ \t]*)?[Mm]otion[ \t]+(?P<t3>to[ \t]+[^\n]{{2,200}}?)[ \t]+by[ \t]+(?P<m4>{one_line_name})"
            r"[ \t]*\n"
            r"(?=[ \t]*(?:[*•-][ \t]*)?(?:[Ss]econd(?:ed)?|SECOND(?:ED)?|2nd)\b)",
            re.MULTILINE,
        ),
        second_paren=re.compile(
            rf"\b(?:[Ss]econd(?:ed)?|SECOND(?:ED)?)\s*\(\s*(?P<s>{name})\s*\)|(?P<s2>{name})\s*\(\s*(?:second|seconded|seconder)\s*\)"
        ),
        # "Motion: Trustee Hale" and "Second: Trustee Voss" on lines of their own (a name alone, not the motion's words).
        mover_line=re.compile(rf"^[ \t]*(?:Motion|MOTION)(?:[ \t]+by)?[ \t]*:[ \t]*(?P<m>{one_line_name})[ \t]*$", re.MULTILINE),
        second_line=re.compile(
            rf"^[ \t]*(?:Second(?:ed)?|SECOND(?:ED)?)(?:[ \t]+by)?[ \t]*:[ \t]*(?P<s>{one_line_name})[ \t]*$", re.MULTILINE
        ),
        mover_header=re.compile(
            # "R2023-12 C. Doe, E. Roe:" on a line of its own, or with the motion after it on the same line.
            rf"^(?P<n>[A-Z]{{0,3}}\d{{2,4}}[ \t]?[-/]\d{{1,4}}[A-Z]?)\s+(?P<m>{name}),\s*(?P<s>{name})\s*:"
            r"(?:\s*$|[ \t]+(?=[A-Za-z]))",
            re.MULTILINE,
        ),
        # "Mr. Hale seconded" then "VOTE: 4/0 …" on the next line: a block's label in capitals is no seconded name.
        second_verb=re.compile(
            # "…, Member Wasserman seconding.": the seconder's participle after the motion.
            rf"(?P<s>{person}),?\s+(?:seconded|Seconded|seconds|seconding|second)\b(?!\s+(?:by|reading|time)\b|\s+(?![A-Z]{{2,}}\s*:)[A-Z])"
        ),
        second_by=re.compile(
            # "Seconded By: Cllr Ash", "SECONDED BY: Councillor Dee": a block's label, its "by" capitalised and a colon.
            rf"\b(?:[Ss]econded(?:\s+[Bb]y\s*:?)?|(?:[Ss]econd|2nd)\s+(?:was\s+made\s+)?by|[Ss]upported\s+by)\s+(?:the\s+)?(?![A-Z]{{2,}}\s*:)(?P<s>{name})"
            rf"|\b(?:SECONDED|SECOND)\s+(?:BY|by)\s*:?\s+(?P<s2>{name})"
            # "Motion by Hale to pay the bills. Support, Voss.": a township's word for the seconder, then the name alone.
            rf"|(?:^|(?<=[.;]\s))(?:Support|Supported|SUPPORT)\s*,\s*(?P<s3>{name})(?=\s*[.;])"
            # "A motion was made by Councilmember Hale, 2nd Voss, to approve …": the ordinal alone before the name.
            rf"|(?<=,\s)2nd\s*:?\s+(?P<s4>{name})"
        ),
        second_label=re.compile(rf"{SECONDER_LABEL}\s*(?P<s>{name})"),
        # "Quill seconded the motion.", "… and Quill seconded." (a surname alone, as above).
        second_surname=re.compile(
            # '… "To authorize the loan." Quarles seconded the motion.': after the quoted motion's closing quote too.
            rf"(?:^|(?<=[.;]\s)|(?<=[.;]\s\s)|(?<=[.;][\"”’]\s)|(?<=\sand\s)|(?<=,\s)(?=\S+\s+made\s+the\s+second\b)"
            # "Otto made 1st motion to reimburse Abe, Greta seconded.": after the motion's comma.
            rf"|(?<=,\s)(?=\S+\s+seconded\b))"
            rf"[ \t]*(?P<s>{_SURNAME})\s+"
            # "Sam seconded 4 Yea 0 nay": the tally straight after the verb.
            r"(?:(?:seconded|seconds)(?=\s+(?:the|his|her|their)\s+motion\b|\s*[.;,]|\s+\d{1,2}\s+(?i:yeas?|ayes?|yes)\b)"
            # "John made the motion to pay the claims. Alan made the second.": a township board's seconder by first name.
            r"|made\s+the\s+second(?=\s*[.;,]))",
            re.MULTILINE,
        ),
        outcome_subject=re.compile(
            r"(?:\b(?:motion|amendment|proposal|resolution|recommendation|which|vote)\b,?\s+"
            r"|\b(?:motions|amendments|proposals|resolutions|recommendations)\s+(?=were\b))"
            r"(?:(?:was|were|is|has\s+been|being|then|therefore|duly|accordingly|subsequently|declared)\s+){0,3}"
            # "The motion was seconded and passed."
            rf"(?:(?:made|moved),?\s+)?(?:{SECONDED_AND})?(?:unanimously\s+)?"
            r"(?P<o>carried|carries|passed|passes|failed|fails|defeated|lost|fell|adopted)\b"
            r"(?!\s+(?:out|over|forward|through|on\b(?!\s+(?:a|the)\s+(?:[\w-]+\s+){0,2}vote\b)|by\s+the\s+(?:council|board)\s+(?:at|on)"
            r"|for\s+(?:lack|want)\s+of\b))"
            # "The motion is approved.", "The motion was approved 3-0": "approved" says a vote only of a motion.
            # "Motion approved by voice vote.", "Motion approved by all commissioners present."
            # "The motion was seconded and approved.", "Motion seconded and approved.": the second and the outcome in one clause.
            rf"|\bmotion,?\s+(?:(?:(?:was|is|has\s+been|then|therefore|duly)\s+){{1,3}}(?:{SECONDED_AND})?(?:unanimously\s+)?"
            rf"(?P<o2>approved)\b|(?:(?:was|has\s+been|duly)\s+){{0,2}}{SECONDED_AND}(?:unanimously\s+)?(?P<o6>approved)\b"
            r"|(?P<o4>approved)\s+(?:unanimously\b|by\s+(?:a\s+)?(?:unanimous\s+|voice\s+|roll\s+call\s+)?vote\b|by\s+all\b))"
            # "The motion was put to the vote and was lost.": the outcome after the vote was called.
            r"|\bput\s+to\s+(?:the|a)\s+vote\s+and\s+(?:was\s+)?(?P<o5>carried|passed|lost|defeated|failed|fell)\b"
            # "The motion to approve the petition as amended carried unanimously, 5-0."
            r"|\bmotion\s+to\s+(?:[\w'’-]+\s+){1,8}?(?:was\s+)?(?:unanimously\s+)?(?P<o3>carried|passed|failed|defeated)\b"
            r"(?!\s+for\s+(?:lack|want)\s+of\b)",
            re.IGNORECASE,
        ),
        outcome_declared=re.compile(
            r"\bdeclared\s+(?:(?:that\s+)?the\s+(?:[\w'’-]+\s+){1,10}?)?(?:as\s+|to\s+be\s+|was\s+|had\s+been\s+)?"
            r"(?P<o>carried|passed|defeated|lost|adopted|failed)\b",
            re.IGNORECASE,
        ),
        outcome_bare=re.compile(
            r"(?:^|(?<=[.;:,)–—-])\s*|(?<=\s))(?P<o>Carried|CARRIED|Passed|PASSED|Defeated|DEFEATED|Lost|LOST|Failed|FAILED|Motion\s+[Cc]arried|MOTION\s+CARRIED|Motion\s+[Aa]pproved|MOTION\s+APPROVED|Motion\s+[Ff]ailed|Motion\s+[Ll]ost)"
            r"(?:\s+(?:unanimously|UNANIMOUSLY|[Uu]nanimous|nem\.?\s*con\.?|NEM\.?\s*CON\.?))?(?:\s*\([^)]{0,40}\))?"
            # "Carried, Cllr Dee voting against.", "CARRIED. Councillor Eve asked that her vote be recorded.": the
            # outcome closes its own clause and the line goes on to name who dissented.
            r"(?:\s*[.!]?\s*$|\s*[.;,](?=[ \t]+(?:with[ \t]+)?(?-i:[A-Z])[^\n]{0,160}?"
            r"\b(?:against|dissent\w*|opposed|abstain\w*|abstention\w*|vot\w+)\b))",
            re.MULTILINE,
        ),
        outcome_label=re.compile(
            r"^\s*(?:RESULT\s*:\s*)?(?P<o>ADOPTED|PASSED|ACCEPTED|APPROVED|CARRIED|FAILED|DEFEATED|LOST|WITHDRAWN)\b"
            r"(?:\s+[A-Z]+){0,2}(?:\s*\[(?P<c>[^\]]{1,60})\])?",
            re.MULTILINE,
        ),
        outcome_first=outcome_on_motion(),
        unanimous_text=re.compile(
            r"(?:\b[Ii]t\s+was\s+|\b(?:was|were|been)\s+)?\b(?:unanimously|UNANIMOUSLY)\s+"
            # "B – proposed by Cllr A seconded by Cllr C and unanimously appointed.": a co-option or office put to the vote.
            r"(?P<o>agreed|approved|resolved|Resolved|RESOLVED|carried|adopted|passed|endorsed|supported|accepted|appointed|co-?opted)\b"
            # "… seconded by Cllr B. Unanimously Agreed": the sentence is the outcome alone.
            r"|(?:^|(?<=[.;,*–—-])\s*|(?<=\s))Unanimously\s+(?P<o3>[Aa]greed|AGREED|[Cc]arried|CARRIED|[Aa]pproved|[Aa]dopted|[Pp]assed)\b(?!\s+(?:that|to)\b)"
            r"|\b(?P<o2>agreed|approved|resolved|Resolved|RESOLVED|carried|adopted|passed)\s+(?:unanimously|UNANIMOUSLY"
            r"|by\s+(?:a\s+)?unanimous(?:\s+roll\s+call)?\s+vote)\b"
            # "… seconded by B. Passed unanimously.": the outcome alone, capitalised as a sentence's first word.
            r"|(?:^|(?<=[.;:]\s))(?:Agreed|Approved|Carried|Adopted|Passed)\s+(?:unanimously|UNANIMOUSLY)\b"
            # "RESOLVED (unanimously) that …", "AGREED (nem. con.)"
            r"|\b(?:RESOLVED|Resolved|AGREED|Agreed)\s*\(\s*(?:unanimously|nem\.?\s*con\.?)\s*\)\s*:?"
        ),
        unanimous_bare=re.compile(
            r"(?:^|(?<=[.;:]\s)|(?<=[–—]\s))All\s+(?:(?:members|those|[Cc]ouncillors|[Cc]llrs\.?)\s+)?(?:present\s+)?in\s+favou?r\b(?!\s+of\s+(?!the\s+motion))"
            r"|(?:^|(?<=[.;:]\s))All\s+(?:members\s+)?(?:present\s+)?voted\s+(?:aye|yes|in\s+favou?r)\b|\[UNANIMOUS\]|\bunanimous\s+(?:roll\s+call\s+|voice\s+)?vote|\bwith\s+all\s+(?:members\s+)?(?:present\s+)?in\s+favou?r\b",
            re.MULTILINE,
        ),
        # "… seconded by B. All were in favor.", "Vote: all in favour.", "All Ayes.": every member for the motion just
        # moved; said of no motion ("asked whether all were in favor of a workshop") it is no vote.
        unanimous_open=re.compile(
            # "… seconded by B and all those at the meeting were in favour.", "B seconded this and all Cllrs were in favour."
            # "… (Proposed Cllr A, Seconded Cllr B) – All in favour": after a dash too.
            r"(?:^|(?<=[.;:,]\s)|(?<=\sand\s)|(?<=[–—]\s)|(?<=\s-\s))(?:[Aa]ll|ALL)\s+"
            r"(?:(?:members|those|board\s+members|council\s+members|[Cc]ouncillors|[Cc]llrs\.?)\s+)?"
            r"(?:present\s+|(?:at|of)\s+the\s+meeting\s+)?"
            r"(?:were|was|are|voted|voting)\s+(?:in\s+favou?r|aye|yes)\b(?!\s+of\s+(?!the\s+motion))"
            r"|(?:(?<=[Vv]ote:\s)|(?<=[,;]\s))all\s+(?:members\s+)?(?:present\s+)?in\s+favou?r\b(?!\s+of\s+(?!the\s+motion))"
            r"|(?:^|(?<=[.;:]\s))All\s+(?:Ayes|AYES|ayes|Yeas|yeas)\b(?=\s*[.;,]|\s*$)",
            re.MULTILINE,
        ),
        # "Proposed A, seconded B. Agreed.", "… seconded B, all agreed": a bare "agreed" is a vote only on the
        # motion just moved and seconded (elsewhere it records a decision taken without one).
        agreed_bare=re.compile(
            # "… seconded B. Resolved.", "… seconded B. Approved.", "… Agreed by all present.": the same, in other words.
            r"(?:(?<=[.;,*–—-])\s*|^\s*|(?<=\sand\s))(?:(?:[Aa]ll|ALL)\s+)?"
            r"(?P<o>Agreed|AGREED|agreed|Resolved|RESOLVED|resolved|Approved|APPROVED|Accepted|ACCEPTED)"
            rf"(?:\s+(?:nem|NEM)\.?\s*(?:con|CON)\.?|\s+{BY_ALL})?"
            r"(?=\s*(?:[.!*]|$))",
            re.MULTILINE,
        ),
        withdrawn=re.compile(
            r"\b(?:motion|amendment|proposal)\s+(?:was\s+)?withdrawn\b|\bwithdrew\s+(?:the|(?:his|her|their)\s+)\s*(?:motion|amendment|proposal)",
            re.IGNORECASE,
        ),
        tied=re.compile(
            # "DECISION: VOTE WAS A TIE – MOTION FAILS", "The vote resulted in a tie."
            r"\b(?:votes?\s+(?:being|were|was)\s+(?:equal|tied)|equality\s+of\s+votes|tied?\s+vote|vote\s+was\s+tied"
            r"|vote\s+(?:was|resulted\s+in)\s+a\s+tie)\b",
            re.IGNORECASE,
        ),
        casting=re.compile(r"\bcasting\s+vote\b(?:[^.]{0,40}?\b(?P<side>in\s+favou?r|for|against)\b)?", re.IGNORECASE),
        # "M/S/C Hale/Voss", "M/S/C (Hale/Voss) that …", "M/S/C: to approve …" (moved, seconded, carried).
        # "M/S/A to donate $200 …" (moved, seconded, approved) as "M/S/C"; "M/S/F" (moved, seconded, failed).
        # A board's "M/S Hale, Voss and unanimous.", "M/S (Hale, Voss) to …", "M/S / Chair Hale / Member Voss",
        # "M\\S Hale / Voss Unanimous": the names joined by a comma too, the outcome after them.
        msc=re.compile(
            rf"{motion_shorthand(group='c')}:?\s*(?:/\s*)?"
            rf"(?:(?P<p>\(\s*)?(?P<m>{name})\s*(?P<j>[/,])\s*(?P<s>{name})(?(p)\s*\)))?"
            # "(approved)", "(unanimously approved)" after the names; "and unanimous", "Unanimous".
            r"(?:\s*\((?P<o>(?:unanimously\s+)?(?:approved|carried|passed))\))?"
            r"(?:[ \t]*(?:\n[ \t]*)?(?:and\s+)?(?P<u>[Uu]nanimous(?:ly)?|UNANIMOUS)\b)?"
        ),
        count_by_votes=re.compile(
            r"(?<![\d,.$£€])\b(?P<f>\d{1,3})\s+votes?\s+(?:to|for(?:\s+and|,))\s+(?P<a>\d{1,3})(?:\s+(?:votes?\s+)?against)?"
            r"(?:,?\s*(?:with|and)\s+(?P<x>\d{1,3}|no)\s+abstentions?)?",
            re.IGNORECASE,
        ),
        count_vote=re.compile(r"(?<![\d,.$£€])\b(?P<f>\d{1,3})\s*[-–—]\s*(?P<a>\d{1,3})\s+(?:roll\s+call\s+|voice\s+)?vote\b"),
        count_pair=re.compile(
            # "VOTE 2: 10/0": a motion's vote numbered within its case, the ordinal no count.
            rf"\b(?:{outcome}|carries|passes|fails|vote(?:\s+of|\s+was|\s+\d{{1,2}}\s*:)?|by)[,:;]?\s+(?:unanimously,?\s+)?(?:by\s+)?(?:a\s+)?(?:vote\s+of\s+|majority\s+(?:vote\s+)?of\s+)?\(?(?P<f>\d{{1,3}})\s*(?:[-–—:/]|\s+to\s+)\s*(?P<a>\d{{1,3}})\b"
            # "Approved: 7/16” thick Hardie panel": a count followed by an inch or foot mark, then the word it measures,
            # is a measure; a closing quote after a tally ('Result: “Carried 3-0”.') is not.
            rf"(?:\s*(?:[-–—:/])\s*(?P<x>\d{{1,3}})\b)?(?!\s*(?:[-/]\d|[ap]\.?m|%|per\s*cent\b|percent\b)|[\"”″'’′]\s*[a-z])",
            re.IGNORECASE,
        ),
        count_bracket=re.compile(
            r"\[\s*(?P<f>\d{1,3})\s+TO\s+(?P<a>\d{1,3})(?:\s+WITH\s+(?P<x>\d{1,3})\s+ABSTENTIONS?)?\s*\]", re.IGNORECASE
        ),
        count_labelled=re.compile(
            rf"\b(?P<l>{side})\s*[:–—-]?\s*(?P<n>\d{{1,3}})\b(?!\s*[-/.]\d)(?!\s*(?:[ap]\.?m|%|th|st|nd|rd))",
            re.IGNORECASE,
        ),
        count_worded=re.compile(
            # "voted 5-1 in favour of …": the "1" closes a tally, it counts no side of its own.
            r"(?<![\d,.$£€])(?<!\d[-–])\b(?P<n>\d{1,3}|no|none)\s+(?:votes?\s+|members?\s+|[Cc]ouncillors\s+|[Cc]llrs\.?\s+)?(?:were\s+cast\s+)?(?P<l>in\s+favou?r|for|against|opposed|yeas?|yays?|ayes?|nays?|noes"
            # "4 Votes for 2 Votes against": a number after the label is the next side's count, not this one's.
            # "VOTE: 6/0 AYES: HALE, …": a side's label with its colon heads names, and the number before it is no count of it.
            r"|abstentions?|abstained|abstaining|abstain)\b(?!\s*:\s*[A-Z])(?!\s*[:–—-]\s*\d)(?!\s*\d(?!\d{0,2}\s+votes?\s+(?:against|opposed)\b|\d{0,2}\s+abstentions?\b))(?:\s*\((?P<names>[^)]{2,400})\))?",
            re.IGNORECASE,
        ),
        # "Councilor A moved to …. Councilor B seconded. Moved 5-0.": the tally ends the sentence.
        count_moved=re.compile(
            r"\b(?:Moved|MOVED|moved)\s+\(?(?P<f>\d{1,2})\s*[-–—]\s*(?P<a>\d{1,2})(?:\s*[-–—]\s*(?P<x>\d{1,2}))?\)?(?=\s*[.;,]|\s*$)"
        ),
        # "Motion by A, seconded by B, to approve the plan (4-0-1).": a bracketed tally alone, for a motion just moved.
        count_bare=re.compile(
            r"\(\s*(?P<f>\d{1,2})\s*[-–—]\s*(?P<a>\d{1,2})(?:\s*[-–—]\s*(?P<x>\d{1,2}))?\s*\)(?=\s*[.;,]|\s*$)"
        ),
        # "Carried 4-1 (Hale opposed)", "… 5-0-1, Voss abstaining", "with Cllr Kim abstaining.": the members named
        # beside the tally; said so, ending a bracket or the sentence.
        side_after=re.compile(
            rf"(?:\(\s*|(?:,|;|\bwith|(?:(?<=ing\s)|(?<=ed\s)|(?<=nst\s))and)\s+)(?P<n>{listed}(?:(?:,\s*(?:and\s+)?|\s+and\s+|\s*&\s*){listed})*)\s+"
            # "… with Councillors A and B dissenting on the housing line": the item they dissented on may follow.
            rf"{_SIDE_AFTER_WORD}(?=\s*[).;,]|\s+and\s|\s*$|\s+on\s)"
        ),
        count_none=re.compile(r"\b[Tt]here\s+(?:were|was)\s+no\s+(?P<l>abstentions?|votes?\s+against|dissent)"),
        roll_answer=re.compile(
            rf"(?P<n>{name})\s*:\s*(?P<v>Ayes?|AYES?|Yes|YES|Yea|No|NO|Nay|NAY|Noes|Abstain(?:ed)?|ABSTAIN|Abstention|Absent|ABSENT|Recused|Excused"
            # "Mitchell: Not Present": an answer that is no position, read so that its words join no name after it.
            r"|Not\s+[Pp]resent|NOT\s+PRESENT|Not\s+[Vv]oting|Recuse)\b"
        ),
        # "Roll call: Hale - yes, Voss - no, Kim - yes.", "Hale – Yea; Voss – Nay.": a dash and an answer, in a run.
        roll_dash=re.compile(
            # "Trustee Penn— yes": a dash typed against the name, the space after it only.
            rf"(?P<n>{name})[ \t]*[-–—][ \t]*"
            # "Hale-Y, Voss-N": an answer abbreviated to its capital letter.
            r"(?P<v>[Aa]ye|[Yy]es|[Yy]ea|[Nn]o|[Nn]ay|[Aa]bstain(?:ed)?|[Aa]bsent|AYE|YES|YEA|NO|NAY|ABSTAIN(?:ED)?|ABSENT|Y|N)\b"
            # "Trustee Pike – yes Trustee Orme – yes": a comma left out before the next member's title;
            # "Pike – aye and Orme – aye": the pairs joined by "and".
            rf"(?=\s*[,;.]|\s*$|\s+(?:and|&)\s|\s+{title}\s+[A-Z])"
        ),
        # "Roll call: Hale (yes), Voss (no), Kim (abstain).": each answer in brackets after its member.
        roll_paren=re.compile(
            rf"(?P<n>{name})\s*\(\s*(?P<v>[Aa]ye|[Yy]es|[Yy]ea|[Nn]o|[Nn]ay|[Aa]bstain(?:ed)?|[Aa]bsent)\s*\)(?=\s*[,;.]|\s+and\s|\s*$)"
        ),
        line_answer=re.compile(
            rf"^[ \t]*(?P<n>{one_line_name})[ \t]*[-–:]?[ \t]+"
            r"(?P<v>Yes|YES|yes|No|NO|no|Aye|AYE|aye|Nay|NAY|nay|Abstain(?:ed)?|abstain(?:ed)?|ABSTAIN|Absent|ABSENT|Recused)"
            r"[ \t]*$",
            re.MULTILINE,
        ),
        prose_answer=re.compile(
            rf"(?P<n>{name}),?\s+(?P<v>aye|yes|yea|nay|no|abstain(?:ed|s)?)(?=[\s,.;]|$)(?!\s+(?:longer|one|more|action|comment|objection|further))"
            # "Councilor Ash, Yes; Councilor Cole, No.": a capitalised answer only after a comma, closing its clause.
            rf"|(?P<n2>{name}),\s*(?P<v2>Aye|Yes|Yea|Nay|No|AYE|YES|YEA|NAY|NO"
            # "Mrs. Finch, yes; Mr. Tarn, absent; Mrs. Vale, yes": a member away or stood aside answers in the same run
            # of clauses; the answer takes no side, but the run goes on past it to the members after.
            r"|[Aa]bsent|ABSENT|[Ee]xcused|EXCUSED|[Rr]ecused|RECUSED)(?=\s*[;,.]|\s*$)"
        ),
        prose_voted=re.compile(
            rf"(?P<n>(?>{person})(?:(?:,\s*|\s+and\s+){listed})*"
            # "Hale, Voss and Kim voted yes; Lee voted no.": surnames alone, several, or one opening its clause.
            rf"|{listed}(?:(?:,\s*|\s+and\s+){listed})+|(?:(?<=^)|(?<=[.;]\s)){_SURNAME})"
            rf"\s+{_VOTED_WORDS}"
        ),
        side_heading=re.compile(rf"^\s*(?P<l>{side})\s*:?\s*(?:\(?\d{{1,3}}\)?)?\s*$", re.IGNORECASE | re.MULTILINE),
        side_inline=re.compile(
            # "Motion carried 4-1 (Nay: Kim)", "MOTION CARRIED 4-1 [AYES: Hale, Voss; NOES: Kim]": a side list may open
            # a bracket, round or square. "Ayes: Hale, Voss, Kim Nays: None": a plural side's label in capitals and its colon
            # opens the next list on the same line with nothing but a space (or a tab) before it.
            rf"(?:^|(?<=[.;:]\s)|(?<=[.;])|(?<=[(\[])|(?<=\s)(?=(?-i:Ayes|AYES|Nays|NAYS|Noes|NOES|Yeas|YEAS)\s*:))"
            rf"(?P<l>{side}|{words.not_voting})"
            # "FOR (3): Councillors Hale, Voss and Kim", "YEAS (2): …": the side's count in brackets before the colon.
            r"(?:\s*\((?P<c>\d{1,3})\))?"
            rf"(?:\s*[:–—-]\s*|\s+(?={plural_title}\s))"
            # "Aye: 4 - Hale, Voss, Kim and Lee", "Yes: 3 (Hale, Voss, Kim)": a count before the names.
            r"(?=[A-Z]|\d{1,3}\s*(?:[-–—]|\()\s*[A-Z]|\(\d{1,3}\)\s*(?:[.;]|$))",
            re.IGNORECASE | re.MULTILINE,
        ),
        # "Ayes Hale, Voss, Kim" / "Nays Lee": a plural side label opening its line, its names after it with no colon.
        # An Ohio board's roll call, each side's count in brackets after its word: "ROLL CALL: Ayes (4) Mrs. Hale, Mr.
        # Voss, …" / "Noes (0)" / "Abstain (1) Mr. Kim".
        side_line=re.compile(
            r"^[ \t]*(?:(?i:roll[ \t]+call)[ \t]*:[ \t]*)?(?P<l>Ayes|AYES|Nays|NAYS|Noes|NOES|Yeas|YEAS|Abstain|ABSTAIN)"
            r"(?:[ \t]*\((?P<c>\d{1,3})\))?[ \t]+(?=[A-Z][a-z])",
            re.MULTILINE,
        ),
        # "Recorded Vote: FOR Hale, Voss. AGAINST Kim.": a side in capitals with no colon, after "Vote:" or a full stop.
        side_caps=re.compile(
            r"(?:(?<=[Vv]ote:\s)|(?<=[Vv]ote:)|(?<=[.;]\s)|(?<=[.;]\s\s))(?P<l>FOR|AGAINST|AYES|NAYS|YEAS|NOES)\s+(?=[A-Z][a-z])"
            # "For: Hale, Voss Against: Kim": the next side's label, with its colon, right after the last name.
            r"|(?<=[a-z]\s)(?P<l2>Against|AGAINST|Nays|NAYS|Noes|NOES|Abstain(?:ed|ing)?|ABSTAIN)\s*:\s*(?=[A-Z])"
            # "YES: Hale, Voss  NO: Kim  ABSENT: Lee": capitalised labels on one line, set apart by wide gaps.
            # "VOTE: 4/2 AYES: HALE, VOSS": after the vote's count too.
            # The side's words are the shared ones (`tally_words`), here only in capitals.
            rf"|(?:(?<=\S\s\s)|(?<=[a-z,]\s)|(?<=\)\s)|(?<=\d\s))(?=[A-Z]{{2,}}\s*:)(?P<l3>(?i:{SIDE_LIST_LABEL}|for|against|excused))"
            r"\s*:\s*(?=[A-Z]|\(\d{1,3}\))"
            # "VOTE: 8/0 AYES HADEN, HINDMAN, …": after the vote's count, a plural side with its colon left out, its
            # names in capitals run on with commas or one name ending the line; and so the side against on the next
            # line ("VOTE: 3/1 AYES HALE, MOSS, DAY" / "NAYS FOX"), which ends the list for.
            rf"|(?:(?<=\d\s)|(?<=\n))(?=[A-Z]{{4}}\s)(?P<l4>(?i:{AYE_SIDE}|{NAY_SIDE}))\s+"
            r"(?=[A-Z][A-Z'’-]+(?:,|[ \t]*(?:\n|$)))"
        ),
        # "… passed unanimously with all members voting aye: Hale, Voss, Kim.": every member named for the motion.
        side_all=re.compile(
            r"\b[Aa]ll\s+(?:(?:members|trustees|directors|commissioners|councillors|councilmembers|supervisors)\s+)?"
            r"(?:present\s+)?(?P<l>voting\s+(?:aye|yea|yes|in\s+favou?r))\s*[:–—-]\s*(?=[A-Z])"
        ),
        name=name,
    )


# --- the reader ------------------------------------------------------------------------------


@dataclass(slots=True)
class _Text:
    """The document's lines as one text, with where each line starts and which item it is under."""

    text: str
    lines: list[Line]
    starts: list[int]
    keys: list[str | None]

    def line_at(self, offset: int) -> int:
        return max(0, bisect.bisect_right(self.starts, offset) - 1)


def extract_votes(
    document: ParsedDocument,
    sections: list[Section],
    *,
    attendees: Sequence[Attendee] = (),
    resolutions: Sequence[Resolution] = (),
) -> list[Vote]:
    """Return every motion the minutes record as put to a vote, in document order.

    Names are resolved against `attendees`; a vote is linked to the resolution
    (of `resolutions`) that it decided, which also takes its mover and seconder
    when it names none.
    """
    text = _join(document, sections)
    if not text.text.strip():
        return []
    events = sorted(_find_events(text), key=lambda event: (event.start, _KIND_ORDER[event.kind]))
    events = [event for event in events if not event.members_only or _all_members(event, attendees)]
    votes = [_make_vote(group, text, attendees) for group in _group_votes(events, text)]
    rows = list(_motion_row_votes(sections)) + list(_motion_table_votes(sections, attendees))
    if rows:
        # A table kept one row per motion: each row is its own vote; a vote read across the rows' joined text is none.
        taken = {vote.evidence.line_start for vote in rows if vote.evidence is not None}
        votes = [vote for vote in votes if vote.evidence is None
                 or not any(vote.evidence.line_start <= number <= vote.evidence.line_end for number in taken)]
        votes = sorted(votes + rows, key=lambda vote: vote.evidence.line_start if vote.evidence else 0)
    _share_joint_items(votes, sections, {line.number: line.text for line in text.lines})
    link_resolutions(votes, resolutions)
    return votes


_ROW_OUTCOME_WORD = re.compile(r"^(?:(?:the\s+)?motion\s+)?(?P<o>\w+)", re.IGNORECASE)


def own_motion_row(section: Section, row: Line) -> bool:
    """True when `row` is the item's own row of a table kept one row per motion: its title cell, then its result
    ("Item 4: Letter to the Parks Office | Passed Unanimously"); read for its vote here and its decision by
    extract/resolutions.py."""
    cells = row.cells or ()
    return (
        section.item is not None
        and len(cells) == 2
        and clean_text(cells[0]) == clean_text(section.item.title)
        and is_outcome_cell(cells[1])
    )


def _motion_row_votes(sections: list[Section]) -> Iterator[Vote]:
    """The votes of a table kept one row per motion: an item's own row, its title cell and its result cell
    ("Passed Unanimously", "Carried 5-0", "Passed with 12 in favor and 1 abstaining"), as the items reader keeps it."""
    words = load_vote_words()
    for section in sections:
        if section.item is None:
            continue
        for line in section.lines:
            if not own_motion_row(section, line):
                continue
            cells = line.cells or ("", "")
            outcome = " ".join(cells[1].split())
            said = _ROW_OUTCOME_WORD.match(outcome)
            result = _row_result(said.group("o").lower(), outcome[said.end():], words) if said else None
            if result is None:
                continue  # "Tabled", "Withdrawn": no vote was taken
            counts = _cell_counts(outcome)
            yield Vote(item=section.key, motion=clean_text(cells[0]), result=result, count_for=counts.get("for"),
                       count_against=counts.get("against"), count_abstain=counts.get("abstain"),
                       evidence=Evidence.of_lines([line]))


def _motion_table_votes(sections: list[Section], attendees: Sequence[Attendee]) -> Iterator[Vote]:
    """The votes of motions tables (`extract/motion_tables.py`): each row of a table kept one row per motion whose
    outcome or counts it records ("Motion | Moved | Seconded | Result", "… | For | Against | Abstain"), and each
    motion's labelled table ("Moved By | A" / "Seconded By | B" / "Status | Carried") under the words it moved."""
    for section in sections:
        tables = find_motion_tables(section.lines)
        if not tables:
            continue
        for table, reading in tables.items():
            rows = [line for line in section.lines if line.cells is not None and line.table == table]
            if isinstance(reading, MotionColumns):
                for row in motion_rows(rows):
                    motion = read_motion_row(reading, row.cells or ())
                    vote = _table_vote(section.key, motion, [row], attendees) if motion is not None else None
                    if vote is not None:
                        yield vote
                continue
            above = [] if reading.motion else _motion_words_above(section, table, tables)
            words = reading.motion or (MOTION_LABEL.sub("", strip_list_marker(paragraph_text(above)), count=1)
                                       if above else "")
            if not words and section.item is not None:
                words = clean_text(section.item.title)
            labelled = MotionRow(motion=words, mover=reading.mover, seconder=reading.seconder, outcome=reading.outcome,
                                 counts=reading.counts, has_outcome=reading.has_outcome)
            vote = _table_vote(section.key, labelled, above + rows, attendees)
            if vote is not None:
                yield vote


def _motion_words_above(section: Section, table: int, tables: dict[int, MotionTable]) -> list[Line]:
    """The paragraph of words above a labelled motion table that records no words of its own (the motion it
    records), found as the decisions reader finds it (`labelled_motion_below`), or none."""
    paragraphs = section.joined_paragraphs()
    for index, lines in enumerate(paragraphs[1:]):
        if lines[0].table == table and lines[0].cells is not None:
            return paragraphs[index] if labelled_motion_below(paragraphs, index, tables) is not None else []
    return []


def _table_vote(key: str | None, motion: MotionRow, lines: list[Line], attendees: Sequence[Attendee]) -> Vote | None:
    """The vote a motions table records of `motion`, from its outcome cell or its counts; None where it records
    neither, or an outcome that is no vote ("Lapsed", "Deferred")."""
    outcome = " ".join((motion.outcome or "").split())
    said = _ROW_OUTCOME_WORD.match(outcome)
    result = _row_result(said.group("o").lower(), outcome[said.end():], load_vote_words()) if said else None
    counts = dict(motion.counts) or (_cell_counts(outcome) if outcome else {})
    if result is None and outcome and re.match(r"^rejected\b", outcome, re.IGNORECASE):
        result = "lost"
    if result is None and counts.get("for") is not None and counts.get("against") is not None:
        result = "tied" if counts["for"] == counts["against"] else "carried" if counts["for"] > counts["against"] else "lost"
    if result is None:
        return None
    return Vote(
        item=key, motion=motion.motion, result=result,
        mover=_member_within(motion.mover, attendees) if motion.mover else None,
        seconder=_member_within(motion.seconder, attendees) if motion.seconder else None,
        count_for=counts.get("for"), count_against=counts.get("against"), count_abstain=counts.get("abstain"),
        evidence=Evidence.of_lines(lines),
    )


def _cell_counts(outcome: str) -> dict[str, int]:
    """The counts of a result cell ("Carried 11-2", "Passed with 12 in favor and 1 abstaining"), read as the
    minutes' text is: a tally read as a run first, else the first count written another way."""
    runs = _tally_runs(outcome)
    counted = runs or [event for event in _counts(outcome, _rules(), outcome) if event.counts]
    return dict(counted[0].counts) if counted else {}


def _row_result(first: str, rest: str, words: VoteWords) -> VoteResult | None:
    """The result a motion row's result cell gives from its first word: "Unanimously approved" reads on to its
    verb, "Unanimous" alone carried, "Denied" lost; "Tabled" and "Withdrawn" give none (no vote was taken)."""
    if first in ("unanimous", "unanimously"):
        following = rest.split()
        return words.outcome_result.get(following[0].lower().strip(".,;")) if following else "carried"
    if first == "denied":
        return "lost"
    return words.outcome_result.get(first)


_JOINED_TO_NEXT = re.compile(r"(?:[;,]\s*and|;)\s*$")


def _share_joint_items(votes: list[Vote], sections: list[Section], line_text: dict[int, str]) -> None:
    """Items heard together ("(16-12) Resolution … Adopted; and" or "…;" / "(16-12A) Consider …"): the discussion and
    votes all fall under the last heading, so its votes go to the joined items in order, the last taking the rest."""
    joint: dict[str, list[str]] = {}
    waiting: list[str] = []
    for section in sections:
        key = section.key
        if key is None or section.item is None:
            waiting = []
            continue
        if waiting:
            joint[key] = [*waiting, key]
        written = [line.text for line in section.lines if line.text.strip()]
        if not written and section.item.evidence is not None:
            written = [line_text.get(section.item.evidence.line_end, "")]
        last = clean_text(written[-1]) if written else ""
        waiting = [*waiting, key] if _JOINED_TO_NEXT.search(last) else []
    taken: dict[str, int] = {}
    for vote in votes:
        keys = joint.get(vote.item or "")
        if keys is None:
            continue
        position = taken.get(keys[-1], 0)
        taken[keys[-1]] = position + 1
        vote.item = keys[min(position, len(keys) - 1)]


def link_resolutions(votes: list[Vote], resolutions: Sequence[Resolution]) -> None:
    """Link each vote to the first resolution not yet linked whose lines overlap its own, or that sits just by them
    in the vote's own motion words, and share movers."""
    taken: set[int] = set()
    for vote in votes:
        if vote.evidence is None or vote.result in ("lost", "withdrawn"):
            continue  # (a motion lost or withdrawn decided nothing: "The amendment failed 2-3. The main motion carried.")
        for position, resolution in enumerate(resolutions, start=1):
            if resolution.evidence is None or position in taken:
                continue
            overlaps = (
                resolution.evidence.line_start <= vote.evidence.line_end
                and resolution.evidence.line_end >= vote.evidence.line_start
            )
            if not overlaps and not _motion_beside(vote, resolution):
                continue
            taken.add(position)
            vote.resolution = position
            # The vote's names were resolved against the attendance list: they stand for the decision's own reading of
            # the same member too ("Mr. Crane" read from its sentence, "Fred T Crane" by the vote).
            if vote.mover is not None and (resolution.proposer is None or _same_member(resolution.proposer, vote.mover)):
                resolution.proposer = vote.mover
            if vote.seconder is not None and (resolution.seconder is None
                                              or _same_member(resolution.seconder, vote.seconder)):
                resolution.seconder = vote.seconder
            break


def movers_named(text: str) -> tuple[str | None, str | None]:
    """The mover and seconder that a decision's own words name after its motion's keywords, titled or not: "The agenda
    was approved after motion by Crane and second by Bell.", "On a motion by Crane, seconded by Bell, the Board …"
    (a small board names its members by surname alone). Each is None where no name follows its keyword."""
    rules = _rules()
    mover = seconder = None
    for match in rules.mover_by.finditer(text):
        name = _trim_name(match.group("m"))
        if name is not None and _is_person(name) and not _CANDIDATE_FOR.match(text, match.end()):
            mover = name
            break
    if mover is None:
        # "Motioned to accept by Crane and seconded by Bell": the name after the motion's words.
        after = rules.mover_after.search(text)
        name = _trim_name(next((found for found in after.group("m", "m2", "m3", "m4") if found), None)) if after else None
        mover = name if name is not None and _is_person(name) else None
    for match in rules.second_by.finditer(text):
        group = next((g for g in ("s", "s2", "s3", "s4") if match.group(g)), None)
        name = _trim_name(match.group(group)) if group else None
        if name is not None and _is_person(name) and not _CANDIDATE_FOR.match(text, match.end()):
            seconder = name
            break
    return mover, seconder


_MOTION_EDGES = re.compile(r"^[\s“”\"‘’']+|[\s“”\"‘’'.;:]+$")


def _motion_beside(vote: Vote, resolution: Resolution) -> bool:
    """True when `resolution` is written in the vote's own motion words on lines just by the vote's: a board's
    shorthand "M/S/C HALE/VOSS (approved)" over its motion quoted on the lines below ('"That the fees be approved."'),
    read by the decision reader from those lines and by the vote reader from the shorthand's."""
    if vote.evidence is None or resolution.evidence is None or not vote.motion:
        return False
    gap = max(resolution.evidence.line_start - vote.evidence.line_end, vote.evidence.line_start - resolution.evidence.line_end)
    if not 0 < gap <= QUOTED_BELOW_LINES:
        return False
    motion = " ".join(_MOTION_EDGES.sub("", vote.motion).split()).lower()
    decided = " ".join(_MOTION_EDGES.sub("", resolution.text).split()).lower()
    shorter, longer = sorted((motion, decided), key=len)  # the decision may stop before a list the motion ran into
    return len(shorter.split()) >= QUOTED_MOTION_WORDS and longer.startswith(shorter)


_KIND_ORDER = {"motion": 0, "second": 1, "positions": 2, "counts": 3, "outcome": 4, "settled": 5}


def _join(document: ParsedDocument, sections: list[Section]) -> _Text:
    """The document's lines as one text; each line knows the item it sits under (its heading's included)."""
    key_of: dict[int, str | None] = {}
    rules = _rules()
    key: str | None = None
    for section in sections:
        if section.item is not None and rules.side_heading.match(section.item.title):
            # "For" / "Against" over a division list is no item: its lines stay with the item before.
            section_key = key
        else:
            section_key = key = section.key
        if section.item is not None and section.item.evidence is not None:
            key_of[section.item.evidence.line_start] = section_key
        for line in section.lines:
            key_of[line.number] = section_key
    parts: list[str] = []
    lines: list[Line] = []
    starts: list[int] = []
    keys: list[str | None] = []
    offset = 0
    key = None
    for line in document.iter_lines():
        # A line outside every section (the items reader stopped early) stays with the item before it.
        key = key_of.get(line.number, key)
        cleaned = _ONE_CELL_ROW.sub(r"\1", clean_text(line.text))  # "| Ayes |" / "| Hale |": a one-column table
        starts.append(offset)
        lines.append(line)
        keys.append(key)
        parts.append(cleaned)
        offset += len(cleaned) + 1
    return _Text(text="\n".join(parts), lines=lines, starts=starts, keys=keys)


_ONE_CELL_ROW = re.compile(r"^\|\s*:?-{3,}:?\s*\|$|^\|\s*([^|]*?)\s*\|$")


def _find_events(text: _Text) -> Iterator[_Event]:
    rules = _rules()
    lined = text.text
    flat = lined.replace("\n", " ")
    blocks = list(_label_blocks(lined, rules))
    spans = [(block.start, block.end) for block in blocks]
    yield from blocks
    for event in (*_motions(flat, lined, rules), *_seconds(flat, lined, rules), *_surname_seconds(lined, rules)):
        # "MOVER: A" inside a RESULT/MOVER/SECONDER block is the block's, not a new motion.
        if not any(start <= event.start <= end for start, end in spans):
            yield event
    for event in _outcomes(flat, lined, rules):
        if event.result == "lost" and _NO_SECOND.match(flat, event.end):
            continue  # "The motion failed without a second.": it was never put to a vote
        yield event
    for match in _SETTLED.finditer(flat):
        yield _Event("settled", match.start(), match.end())
    runs = [run for run in _tally_runs(flat, lined) if not _straw_poll(flat, run.start)]
    for event in _counts(flat, rules, lined):
        # A count inside a tally read as a run ("In Favor 0" of "38 In Favor 0 Opposed") gives way to the run.
        if event.kind == "counts" and any(run.start < event.end and event.start < run.end for run in runs):
            continue
        if event.kind == "counts" and _straw_poll(flat, event.start):
            continue
        yield event
    yield from runs
    positions = list(_positions(flat, lined, rules, text.lines, text.starts))
    yield from positions
    yield from _roll_runs(flat, [(event.start, event.end) for event in positions if event.strong])


# "The motion does not pass.", "Motion did not carry 2-3.": a motion that failed, said with a negative.
NOT_PASSED = r"(?:(?:does|did)\s+not|failed\s+to)\s+(?:pass|carry)\b"
"""A motion's loss said with its verb denied: "does not pass", "did not carry", "failed to pass" (one place for the
vote rules and the decision rules)."""
_DID_NOT_PASS = re.compile(
    rf"\b(?:(?:motion|amendment|resolution|proposal)\s+{NOT_PASSED}|it\s+(?:does|did)\s+not\s+(?:pass|carry)\b)",
    re.IGNORECASE,
)
_BODY_SUBJECT = re.compile(
    r"(?:^|\s)(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:board|council|committee|commission|members|trustees|directors|supervisors"
    r"|selectmen|group|meeting)$",
    re.IGNORECASE,
)
_SUBJECT_APPROVED = re.compile(
    r"(?:^|(?<=[.;]\s))(?:The\s+)?(?-i:[A-Z])[\w'’-]*(?:\s+[a-z][\w'’-]*){0,2}\s+(?:was|were)\s+(?:unanimously\s+)?"
    r"(?P<o>approved|accepted|adopted)(?:\s+(?:unanimously|as\s+(?:written|presented|amended|read|circulated)))?(?=\s*[.!]|\s*$)",
    re.IGNORECASE | re.MULTILINE,
)
"""A short sentence saying the thing moved was approved ("Minutes were approved.", "The report was accepted as
presented."): the outcome of a motion just moved and seconded, and nothing alone."""
_MEETING_ADJOURNED = re.compile(r"(?:^|(?<=[.;:*•–—-]\s)|(?<=[.;:*•–—-]))\s*(?:The\s+)?[Mm]eeting\s+(?:was\s+)?adjourned\b")
_ADJOURN_MOTION = re.compile(r"\badjourn", re.IGNORECASE)


def _motions(flat: str, lined: str, rules: _Rules) -> Iterator[_Event]:
    for match in rules.mover_header.finditer(lined):
        yield _Event("motion", match.start(), match.end(), mover=match.group("m"), seconder=match.group("s"),
                     number=re.sub(r"\s", "", match.group("n")), motion=_following_text(lined, match.end()))
    for pattern in (rules.mover_verb, rules.mover_by, rules.mover_bare, rules.mover_label, rules.mover_paren):
        # A pattern that needs the lines (where a sentence starts) reads them: the two texts keep the same offsets.
        for match in pattern.finditer(lined if pattern is rules.mover_bare else flat):
            if pattern is rules.mover_by and _CANDIDATE_FOR.match(flat, match.end()):
                continue  # "A proposed Mrs B as Chair": B is the candidate, A (read by `mover_verb`) the mover
            found = match.groupdict()
            group = next((g for g in ("m", "m2", "m3", "m4", "m5") if found.get(g)), None)
            written = lined[match.start(group):match.end(group)] if group else None
            # "4. Hedges" / "Orme moved …": a heading's last word on the line above is no part of a name before its verb;
            # "Moved by Orme" / "I will …": a name after its keyword ends with its line.
            after_keyword = group == "m" and pattern is not rules.mover_verb
            mover = _trim_name(_name_on_its_line(written, after_keyword=after_keyword))
            if mover is None or not _is_person(mover):
                continue
            end = match.end()
            if group and after_keyword:
                # "Proposed by: Cllr A      Seconded by: Cllr B": the seconder's label ran into the mover's name; the
                # mover's clause ends with the name, so the seconder is read and the motion is not the seconder's words.
                raw = lined[match.start(group):match.end(group)]
                kept = re.search(r"\s+".join(map(re.escape, mover.split())), raw)
                if kept is not None and raw[kept.end():].strip():
                    end = match.start(group) + kept.end()
            motion = _motion_after(flat, end, rules)
            if pattern is rules.mover_paren:
                # "Approve the budget – A. Lee (motion), B. Fox (second)": the motion is the words before the names;
                # "Motion (A)/Second (B) to accept …": the words after the seconder.
                after = re.sub(r"^[,/;\s]*(?:and\s+)?(?:[Ss]econd(?:ed)?|SECOND(?:ED)?)?\s*\([^)]*\)[,.;]?\s*", "", motion or "")
                line_start = lined.rfind("\n", 0, match.start()) + 1
                reach = match.start() - line_start
                before = _sentence_before(flat, match.start())[-reach:] if reach > 0 else ""
                motion = after if found.get("m") else before.strip().rstrip(" –—-:,")
            motion_start = None
            if motion is not None and _TALLY_ONLY.match(motion):
                motion = None  # "Approved on a motion by A, seconded by B (5-0).": the outcome's sentence says it
            elif (motion is None or len(motion) < MIN_MOTION_CHARS or _only_a_tally(motion) or _ITEM_NUMBER.match(motion)
                  or _SECONDER_ONLY.match(motion) or _VOTE_RECORD_OPENS.match(motion)):
                # "RESOLVED that … . Proposed Cllr A, seconded Cllr B; carried.": the motion went before, and so it
                # did when all that follows the outcome is its tally ("…; carried with one abstention.").
                label = _LABEL_BEFORE_MOTION.search(lined, lined.rfind("\n", 0, match.start()) + 1, match.start())
                put = _motion_line_above(lined, match.start()) if label is None else None
                # "Review of the September minutes: motion by A 2nd by B, Yay 5 nay 0": the run-in label of the line
                # names what was moved; "Motion to approve …" on the line above the movers' puts it; else the sentence
                # before does.
                if put is not None:
                    motion, motion_start = put
                else:
                    motion = label.group("t") if label is not None else _sentence_before(flat, match.start()) or motion
                    motion_start = match.start() - (len(motion or "") if label is None else label.end() - label.start())
            yield _Event("motion", match.start(), end, mover=mover, motion=motion,
                         motion_start=motion_start)
    for match in rules.mover_after.finditer(lined):
        mover = _trim_name(match.group("m") or match.group("m2") or match.group("m3") or match.group("m4"))
        if mover is None or not _is_person(mover):
            continue
        words = match.group("t") or match.group("t2") or match.group("t3") or ""
        motion = re.sub(r"\s+", " ", words) or _motion_after(flat, match.end(), rules)
        yield _Event("motion", match.start(), match.end(), mover=mover, seconder=match.group("s"), motion=motion)
    for match in rules.mover_line.finditer(lined):
        if _is_person(match.group("m")):
            yield _Event("motion", match.start(), match.end(), mover=match.group("m"),
                         motion=_sentence_before(lined, match.start()).replace("\n", " ") or None)
    for match in rules.mover_surname.finditer(lined):
        if not _is_person(match.group("m")):
            continue
        yield _Event("motion", match.start("m"), match.end(), mover=match.group("m"),
                     motion=_motion_after(flat, match.end(), rules))
    for match in _outcome_then_movers().finditer(flat):
        # "8/17 minutes – unanimous approval (Motion by Ann, 2nd by Ben)": the outcome first, then who moved and seconded
        # the motion it decided; the motion is the words before the outcome, and the outcome closes it after the names.
        mover, seconder = _trim_name(match.group("m")), _trim_name(match.group("s"))
        if mover is None or seconder is None or not (_is_person(mover) and _is_person(seconder)):
            continue
        # The words on the outcome's own line: a line above it is an earlier motion or the item's heading.
        reach = match.start() - (lined.rfind("\n", 0, match.start()) + 1)
        words = _sentence_before(flat, match.start())[-reach:].strip().rstrip(" –—-:,") if reach > 0 else ""
        yield _Event("motion", match.start("m"), match.start("m") + 1, mover=mover, seconder=seconder,
                     motion=words or None)
        yield _Event("outcome", match.end() - 1, match.end(), result="carried")
    for match in _MOTION_SECOND_PAIR.finditer(lined):
        # "MOTION/SECOND: Marsh/Gunn. To approve the minutes as amended.": the mover and seconder, then the motion.
        mover, seconder = match.group("m") or match.group("m2"), match.group("s") or match.group("s2")
        if _is_person(mover) and _is_person(seconder):
            yield _Event("motion", match.start(), match.end(), mover=mover, seconder=seconder,
                         motion=_sentence_after(flat, match.end()) or None)
    for match in _SHORTHAND_PAIR.finditer(lined):
        # "Cllr Hale (P), Cllr Voss (S) to …", "Prop. Hale / Sec. Voss …", "Motion: Hale Second: Voss …": the motion after.
        mover = match.group("m") or match.group("m2") or match.group("m3")
        seconder = match.group("s") or match.group("s2") or match.group("s3")
        if _is_person(mover) and _is_person(seconder):
            follows = _WORDS_FOLLOW.match(flat, match.end())
            motion = _sentence_after(flat, follows.end()) if follows else _sentence_before(flat, match.start())
            yield _Event("motion", match.start(), match.end(), mover=mover, seconder=seconder, motion=motion or None)
    for match in _UNNAMED_MOTION.finditer(lined):
        follows = _MOTION_FOLLOWS.match(flat, match.end())
        if follows is not None:
            yield _Event("motion", match.start(), match.end(), motion=_sentence_after(flat, follows.end()) or None)
    for match in rules.msc.finditer(flat):
        yield from _msc_events(flat, match)


# The motion's own words in quotes on the line under a board's shorthand: 'M/S/C HALE/VOSS (approved)' / '"That …"'.
_QUOTED_MOTION = re.compile(r"\s*[“\"‘]")
_UNANIMOUS_AFTER_NAME = re.compile(r"\s+(?:Unanimous(?:ly)?|UNANIMOUS)$")


def _msc_events(flat: str, match: re.Match[str]) -> Iterator[_Event]:
    """A board's shorthand for moved, seconded and carried (or failed): "M/S/C Hale/Voss (approved)" with the motion
    quoted under it or written before it, "M/S/C (Hale/Voss) that …", "M/S Hale, Voss and unanimous." closing the
    sentence that says what was moved. "M/S" alone, with no names and no motion after it ("M/S Ready Mix Ltd", a
    firm's prefix), moves nothing."""
    mover, seconder = _trim_name(match.group("m")), _trim_name(match.group("s"))
    unanimous = bool(match.group("u"))
    if seconder is not None and (run_on := _UNANIMOUS_AFTER_NAME.search(seconder)) is not None:
        seconder, unanimous = seconder[: run_on.start()], True  # "M/S Hale / Voss Unanimous": the outcome, not a name
    follows = _MOTION_FOLLOWS.match(flat, match.end())
    quoted = _QUOTED_MOTION.match(flat, match.end())
    result = shorthand_result(match.group("c"))
    if match.group("j") == "," and not (_shorthand_person(mover) and _shorthand_person(seconder)):
        if result is None:
            return  # "M/S Hale Builders, Voss Road": a firm and its street after "M/S" (Messrs), no movers
        mover = seconder = None
    if result is None and mover is None and follows is None:
        return
    if follows is None and quoted is None and mover is None and _WORDS_FOLLOW.match(flat, match.end()):
        follows = _WORDS_FOLLOW.match(flat, match.end())  # "M/S/A June minutes as circulated.": the words after it
    if quoted is not None and not unanimous:
        motion = _sentence_after(flat, quoted.end()).split("”")[0].split('"')[0].strip(" “”\"‘’")
    elif follows is not None and not unanimous:
        motion = _sentence_after(flat, follows.end())
    else:
        motion = _sentence_before(flat, match.start())  # "… made a motion that X. M/S A / B": the sentence before
    yield _Event("motion", match.start(), match.end(), mover=mover, seconder=seconder, motion=motion or None)
    if result is None and (match.group("o") or unanimous):
        result = "carried"  # "M/S … (approved)", "M/S … unanimous"; M/S alone waits for its outcome
    if result is not None:
        yield _Event("outcome", match.start(), match.end(), result=result)


def _shorthand_person(name: str | None) -> bool:
    """A name of a comma-joined pair after a board's shorthand that reads as a person: no firm ("Hale Builders Ltd")
    and no street ("Voss Road"), which a comma lists just as it lists a mover and a seconder."""
    if name is None or not _is_person(name) or is_organisation(name):
        return False
    return _STREET_END.search(name) is None


_STREET_END = re.compile(rf"\b{street_word_pattern()}$")


@lru_cache(maxsize=1)
def _outcome_then_movers() -> re.Pattern[str]:
    """An outcome of assent, then its mover and seconder in brackets: "unanimous approval (Motion by Ann, 2nd by Ben)",
    "Approved (Motion: Ann, 2nd: Ben)" (groups "m", "s"). The outcome is a word of its own ("disapproved" is none) and
    no "not" refuses it ("not approved", "motion not carried")."""
    name = _rules().name
    return re.compile(
        rf"(?i:(?<!\bnot\s)(?<!\bnot\s\s)\b(?:{ASSENT_OF_ALL}|unanimous\s+approval|approved|carried|passed))"
        r"\s*\(\s*(?:[Mm]otion|MOTION|[Mm]oved|MOVED)"
        rf"(?:\s+(?:by|BY)\s*:?|\s*:)\s*(?P<m>{name})\s*[,;/]\s*(?:2nd|[Ss]econd(?:ed)?|SECOND(?:ED)?)"
        rf"(?:\s+(?:by|BY)\s*:?|\s*:)\s*(?P<s>{name})\s*\)"
    )


# A label that only says a record follows ("Decision: Proposed A, seconded B", "Vote – moved by A"): it names nothing
# moved, so the sentence before names the motion.
_RECORD_LABEL = r"(?:decisions?|disposition|actions?|results?|outcome|resolutions?|resolved|votes?|voting|agreed|motions?)"
_LABEL_BEFORE_MOTION = re.compile(
    rf"^[ \t]*(?!{_RECORD_LABEL}[ \t]*[:–—])(?P<t>[A-Z][^\n:]{{2,120}}?)[ \t]*[:–—][ \t]*(?:on\s+a\s+|a\s+)?$",
    re.IGNORECASE | re.MULTILINE,
)
"""A run-in label that opens the mover's line and names what was moved ("Treasurer's report: motion by A …")."""
_ITEM_NUMBER = re.compile(r"^\(?\d{1,3}(?:[./]\d{1,3})*[a-z]?\)?\.?$")
"""What is left after a mover's and seconder's labels when the next item's number follows them ("32."): no motion."""
_PASSIVE_BEFORE = re.compile(
    r"(?<!motion\s)(?<!motions\s)(?<!amendment\s)(?<!resolution\s)(?<!proposal\s)\b(?:was|were)\s+$", re.IGNORECASE
)
"""A thing approved in a sentence of its own ("Minutes … were"), not the motion whose vote is being restated."""
_CARRIED_THAT = re.compile(r"\s+(?:unanimously\s+)?(?:\(?\d{1,2}\s*[-–/]\s*\d{1,2}\)?\s+)?(?=(?:that|to)\s)", re.IGNORECASE)
"""After an outcome, the motion it carried ("Motion carried that …", "A motion carried to proceed …")."""
_MOTION_SECOND_PAIR = re.compile(
    rf"\b(?:MOTION|Motion)\s*/\s*(?:SECOND|Second)\s*:\s*(?P<m>{_SURNAME})\s*/\s*(?P<s>{_SURNAME})\s*[.:;,]?\s*"
    # "MOTION: Hale/Voss to approve the warrant.": the label alone, the mover and seconder paired, then the motion.
    rf"|\b(?:MOTION|Motion)\s*:\s*(?P<m2>{_SURNAME})\s*/\s*(?P<s2>{_SURNAME})\s*[,:–—-]?\s*(?=(?:to|that)\s)"
)

# "It was moved and seconded that the bills be paid.", "Moved and seconded to buy two benches.", "A motion was made
# and seconded to repave Mill Lane.": a motion whose mover and seconder go unnamed; what follows "to" / "that" is moved.
_UNNAMED_MOTION = re.compile(
    r"\b[Ii]t\s+was\s+(?:duly\s+)?moved\s+and\s+(?:duly\s+)?seconded\b"
    r"|(?:^|(?<=[.;:]\s)|(?<=[.;:]\s\s))[ \t]*(?:(?:A|The)\s+)?(?:[Mm]otion|MOTION)\s+(?:was\s+)?(?:duly\s+)?made\s+and\s+"
    r"(?:duly\s+)?seconded\b"
    r"|(?:^|(?<=[.;:]\s)|(?<=[.;:]\s\s))[ \t]*(?:[Mm]oved|MOVED)\s+and\s+(?:duly\s+)?(?:[Ss]econded|SECONDED)\b",
    re.MULTILINE,
)
_MOTION_FOLLOWS = re.compile(r"\s*[:,–—-]?\s*(?=(?:that|to|for)\b)", re.IGNORECASE)
"""The motion's own words right after the shorthand that moved it ("M/S/C: to approve …")."""
_WORDS_FOLLOW = re.compile(r"\s*[:,–—-]?\s*(?=[A-Za-z0-9$£])")
"""Any words right after the shorthand when no "to" or "that" opens them ("M/S/A June minutes as circulated.")."""


_CANDIDATE_FOR = re.compile(
    r"\s+(?:as|for)\s+(?:the\s+)?(?:new\s+)?(?:vice[\s-]|deputy\s+)?(?:chair\w*|president|secretary|treasurer|mayor|reeve)\b",
    re.IGNORECASE,
)
"""An office after a seconded name: the name is a candidate nominated for it, not a seconder."""


def _name_on_its_line(written: str | None, *, after_keyword: bool) -> str | None:
    """A name as written in the lined text, kept to its own line when it is more than a title there.

    "Moved by Orme" / "I will …": a name after its keyword ends with its line; "4. Hedges" then "Orme moved …": a name
    before its verb starts on its line; "Councillor" / "Tully": a name broken across lines stays whole.
    """
    if written and "\n" in written:
        line = written.split("\n")[0] if after_keyword else written.rsplit("\n", 1)[-1]
        return line if _beyond_title(line) else written
    return written


_NEW_PARAGRAPH = re.compile(r"\n[ \t]*\n")


def _seconder_as_written(lined: str, match: re.Match[str], group: str, *, after_keyword: bool) -> str:
    """The seconder's name, ended with its line where the next one opens a paragraph or a label of its own.

    "second by Trustee Bo Ferrin" then "Final Resolution: Motion Carried", or "Second by Bo Ferrin", a blank line and
    "Discussion …": the words below are no part of the name; "seconded by Osric" / "Harrowgate" stays whole.
    """
    written = lined[match.start(group):match.end(group)]
    if not after_keyword or "\n" not in written:
        return written
    line = written.split("\n")[0]
    label_below = lined[match.end(group):match.end(group) + 3].lstrip(" \t").startswith(":")
    if (_NEW_PARAGRAPH.search(written) or label_below) and _beyond_title(line):
        return line
    return written


def _seconds(flat: str, lined: str, rules: _Rules) -> Iterator[_Event]:
    for pattern in (rules.second_verb, rules.second_by, rules.second_label, rules.second_paren):
        for match in pattern.finditer(flat):
            found = match.groupdict()
            group = next((g for g in ("s", "s2", "s3", "s4") if found.get(g)), None)
            if group is None:
                continue
            seconder = _trim_name(_seconder_as_written(lined, match, group, after_keyword=pattern is not rules.second_verb))
            if seconder is None or not _is_person(seconder):
                continue
            if pattern is rules.second_by and _CANDIDATE_FOR.match(flat, match.end()):
                continue  # "A nominated and B seconded C as Chair": C is the candidate, B the seconder
            yield _Event("second", match.start(), match.end(), seconder=seconder)


def _surname_seconds(lined: str, rules: _Rules) -> Iterator[_Event]:
    for match in rules.second_line.finditer(lined):
        if _is_person(match.group("s")):
            yield _Event("second", match.start("s"), match.end(), seconder=match.group("s"))
    for match in rules.second_surname.finditer(lined):
        if _is_person(match.group("s")):
            yield _Event("second", match.start("s"), match.end(), seconder=match.group("s"))


def _outcomes(flat: str, lined: str, rules: _Rules) -> Iterator[_Event]:
    words = load_vote_words()
    for pattern in (rules.outcome_subject, rules.outcome_declared):
        for match in pattern.finditer(flat):
            said = next(group for group in ("o", "o2", "o3", "o4", "o5", "o6") if match.groupdict().get(group))
            result = words.outcome_result.get(match.group(said).lower())
            if pattern is rules.outcome_subject and match.group(0).lower().startswith("which") and not _CLAUSE_ENDS.match(
                flat, match.end()
            ):
                continue  # "an example, which passed testing": "which" names a thing, not a motion
            if _reported(flat, match.start()):
                continue
            if result is None:
                continue
            that = _CARRIED_THAT.match(flat, match.end()) if pattern is rules.outcome_subject else None
            # "Motion carried that the hall fee rise to £15.": the outcome, then what was carried.
            yield _Event("outcome", match.start(said), match.end(), result=result, own_text=that is not None,
                         motion=_sentence_after(flat, that.end()) if that else None)
    for match in rules.outcome_bare.finditer(lined):
        word = match.group("o").lower().split()[-1]
        result = words.outcome_result.get(word)
        if result is not None:
            yield _Event("outcome", match.start("o"), match.end(), result=result)
    for match in rules.outcome_label.finditer(lined):
        if not _is_label_value(lined, match):
            continue
        result = words.outcome_result.get(match.group("o").lower())
        counts = _bracket_counts(match.group("c") or "")
        if result is not None:
            yield _Event("outcome", match.start("o"), match.end(), result=result, counts=counts)
    for match in rules.outcome_first.finditer(lined):
        result = words.outcome_result.get(match.group("o").lower())
        if result is None:
            continue
        counts = {"for": int(match.group("f")), "against": int(match.group("a"))} if match.group("f") else {}
        # Placed at the sentence's end, after the mover and seconder it names, so it closes their motion.
        yield _Event("outcome", match.end() - 1, match.end(), result=result, counts=counts,
                     motion=_sentence_after(flat, match.start()))
    for match in rules.unanimous_text.finditer(flat):
        own = _sentence_after(flat, match.end())
        before = _sentence_before(flat, match.start())
        # "It was unanimously agreed that …", "The plan was unanimously approved": the decision is its own;
        # "the motion carried by unanimous vote" restates the open motion's outcome.
        said = match.group(0).lower()
        if match.group("o2") and _PASSIVE_BEFORE.search(flat, max(0, match.start() - 20), match.start()):
            said = "was " + said  # "Minutes of May 9 were approved unanimously.": as "were unanimously approved"
        has_own = said.startswith(("it was", "was ", "were ", "been ")) or bool(re.match(r"(?:that|to)\b", own, re.IGNORECASE))
        if said.startswith(("was ", "were ", "been ")):
            motion = _sentence_before(flat, match.end())  # the decision is the passive sentence's subject
        elif _BODY_SUBJECT.search(before) and own:
            # "The board unanimously approved the reserve study.": the body's act and what it approved, one sentence.
            ends = [m.end() for m in _SENTENCE_END.finditer(before)]
            subject = before[ends[-1]:].strip() if ends else before
            motion, has_own = f"{subject} {match.group(0)} {own}", True
        else:
            motion = own if has_own else before
        yield _Event("outcome", match.start(), match.end(), result="carried", own_text=has_own, motion=motion or None)
    for match in rules.unanimous_bare.finditer(lined):
        yield _Event("outcome", match.start(), match.end(), result="carried")
    for match in rules.unanimous_open.finditer(flat):
        yield _Event("outcome", match.start(), match.end(), result="carried", needs_open_motion=True)
    for match in rules.agreed_bare.finditer(flat):
        yield _Event("outcome", match.start("o"), match.end(), result="carried", needs_motion=True)
    for match in _SUBJECT_APPROVED.finditer(flat):
        # "Erin motioned for approval. Sharon seconded. Minutes were approved.": the thing moved, approved in a short
        # sentence of its own right after its seconder.
        yield _Event("outcome", match.start("o"), match.end(), result="carried", needs_motion=True)
    for match in _MEETING_ADJOURNED.finditer(flat):
        # "Motion to adjourn by A. Seconded by B. Meeting adjourned at 8:32 pm.": the adjournment is the motion's outcome.
        yield _Event("outcome", match.start(), match.end(), result="carried", needs_motion=True, adjourns=True)
    # "The Board voted 5-0 to …" (the motion is the sentence from its start) and "Moved, seconded, and voted
    # 4-1 to …" (from its "to").
    voted_forms = ((_BODY_VOTED, lambda m: m.start()), (_MOVED_SECONDED_VOTED, lambda m: m.end() - len(m.group("w"))))
    for pattern, motion_at in voted_forms:
        for match in pattern.finditer(flat):
            if _reported(flat, match.start()):
                continue
            counts = {"for": int(match.group("f")), "against": int(match.group("a"))} if match.group("f") else {}
            voted: VoteResult = "lost" if counts and counts["for"] <= counts["against"] else "carried"
            yield _Event("outcome", match.start(), match.end(), result=voted, counts=counts, own_text=True,
                         motion=_sentence_after(flat, motion_at(match)))
    for match in VOTED_RECORD.finditer(lined):
        tally = voted_record_counts(match)
        if tally is None or _reported(flat, match.start()):
            continue
        voted = "lost" if tally and tally["for"] <= tally["against"] else "carried"
        # "VOTED: 3-0 to adopt the fees." then "4. Roof": the next item's number is no part of the motion.
        motion = _NEXT_NUMBER.sub("", _sentence_after(flat, match.start("w")))
        yield _Event("outcome", match.start(), match.end(), result=voted, counts=tally, own_text=True, motion=motion)
    for match in BODY_VOTED_BY_ROLL.finditer(flat):
        if not _reported(flat, match.start()):
            yield _Event("outcome", match.start(), match.end(), result="carried", own_text=True,
                         motion=_sentence_after(flat, match.end()))
    for match in outcome_above_motion().finditer(lined):
        below = lined.find("\n", match.end())
        above = lined[max(0, lined.rfind("\n", 0, max(0, match.start() - 1)) + 1):match.start()]
        if below < 0 or match.group("f") or not MOTION_BELOW.match(lined, below + 1) or closes_motion_above(above):
            continue  # (a tally on the label is a vote of its own: `count_pair`; a motion above is the one it closes)
        result = words.outcome_result.get(match.group("o").lower(), "lost" if match.group("o").lower() == "denied" else None)
        end = lined.find("\n", below + 1)
        end = len(lined) if end < 0 else end
        if result is not None:
            # Placed at the end of the motion's line, after the mover and seconder it names, so it closes their motion.
            yield _Event("outcome", end - 1, end, result=result)
    for match in _ELECTED_UNANIMOUSLY.finditer(flat):
        if not _reported(flat, match.start()):
            yield _Event("outcome", match.start(), match.end(), result="carried", own_text=True,
                         motion=_sentence_before(flat, match.end()) or None)
    for match in _MOTION_LABEL_OUTCOME.finditer(lined):
        result = words.outcome_result.get(match.group("o").lower())
        if result is not None:
            yield _Event("outcome", match.start("o"), match.end(), result=result)
    for match in _OUTCOME_THEN_DISSENT.finditer(lined):
        result = words.outcome_result.get(match.group("o").lower())
        if result is not None:
            yield _Event("outcome", match.start("o"), match.end(), result=result)
    alone = {match.start(): match for joined in (flat, lined) for match in _UNANIMOUS_ALONE.finditer(joined)}
    for match in alone.values():
        yield _Event("outcome", match.start(), match.end(), result="carried", needs_open_motion=True)
    for match in _UNANIMOUS_CLOSING.finditer(flat):
        yield _Event("outcome", match.start(), match.end(), result="carried", needs_open_motion=True)
    for match in _UNANIMOUS_APPROVAL.finditer(flat):
        yield _Event("outcome", match.start(), match.end(), result="carried", needs_open_motion=True)
    for match in _THIS_WAS_CARRIED.finditer(flat):
        if not _reported(flat, match.start()):
            result = words.outcome_result.get(match.group("o").lower())
            if result is not None:
                yield _Event("outcome", match.start("o"), match.end(), result=result, needs_open_motion=True)
    for match in _BY_MAJORITY.finditer(flat):
        if not _reported(flat, match.start()):
            yield _Event("outcome", match.start("o"), match.end(), result="carried", needs_open_motion=True)
    for match in _BY_ALL.finditer(flat):
        yield _Event("outcome", match.start("o"), match.end(), result="carried", needs_open_motion=True)
    for match in _SECONDED_AND_CLOSING.finditer(flat):
        yield _Event("outcome", match.start("o"), match.end(), result="carried", needs_open_motion=True)
    for match in _AND_CARRIED.finditer(flat):
        yield _Event("outcome", match.start("o"), match.end(), result="carried", needs_open_motion=True)
    for match in _DID_NOT_PASS.finditer(flat):
        yield _Event("outcome", match.start(), match.end(), result="lost")
    for match in rules.withdrawn.finditer(flat):
        yield _Event("outcome", match.start(), match.end(), result="withdrawn")
    for match in rules.tied.finditer(flat):
        yield _Event("outcome", match.start(), match.end(), result="tied", tied=True)
    for match in rules.casting.finditer(flat):
        side = (match.group("side") or "").lower()
        if side:
            yield _Event("outcome", match.start(), match.end(), result="lost" if side == "against" else "carried")


def _counts(flat: str, rules: _Rules, lined: str) -> Iterator[_Event]:
    words = load_vote_words()
    for pattern in (rules.count_pair, rules.count_bracket, rules.count_vote, rules.count_by_votes):
        for match in pattern.finditer(flat):
            if _reported(flat, match.start()):
                continue
            if pattern is rules.count_pair and _BY_DATE.match(match.group(0)):
                continue  # "due in by 2/1 of the year": a day and month, not a tally
            counts = {"for": int(match.group("f")), "against": int(match.group("a"))}
            abstain = match.groupdict().get("x")
            if abstain:
                counts["abstain"] = 0 if abstain.lower() == "no" else int(abstain)
            yield _Event("counts", match.start(), match.end(), counts=counts)
    for match in rules.count_labelled.finditer(flat):
        label = _squash(match.group("l"))
        side = words.side_of.get(label)
        if side is None:
            continue
        if label in {"for", "no", "yes"} and not _counted_label(flat, match):
            continue  # "for 2 years", "No. 3": such a label counts only beside another count
        if re.fullmatch(r"\s*\n\s*", lined[match.end("l"):match.start("n")]):
            continue  # "… Gary aye, Jan aye" / "4. When to resume meetings": the next line's number, no count
        if not _near_vote_words(flat, match.start(), match.end()):
            continue  # "$300 against 1 repair": a side's word beside a number, far from any vote
        yield _Event("counts", match.start(), match.end(), counts={side: int(match.group("n"))})
    for match in _worded_tally().finditer(flat):
        count_of = words.number_of
        counts = {"for": count_of[match.group("f").lower()], "against": count_of.get(match.group("a").lower(), 0)}
        yield _Event("counts", match.start("f"), match.end(), counts=counts)
    for match in _YES_NO_TALLY.finditer(flat):
        counts = {"for": int(match.group("f"))}
        if match.group("a") is not None:
            counts["against"] = int(match.group("a"))
        if match.group("x") is not None:
            counts["abstain"] = int(match.group("x"))
        yield _Event("counts", match.start(), match.end(), counts=counts)
    for match in rules.count_worded.finditer(flat):
        between = lined[match.start("n"):match.start("l")]
        if "\n" in between and not re.search(r"[a-z]", between) and not match.group("l").islower():
            continue  # "YEAS: A, B, C 3" / "NAYS: None": a list's count, then the next list's label
        if not _near_vote_words(flat, match.start(), match.end()):
            continue  # "Item 4 for information. Item 5 against …": numbers and side words, far from any vote
        side = _worded_side(match.group("l"))
        number = match.group("n").lower()
        if number in {"no", "none"} and side == "for":
            continue
        if _squash(match.group("l")) == "for" and not re.search(
            r"\b\d{1,3}\s+(?:votes?\s+)?(?:against|opposed|nays?|noes|abstentions?)\b",
            flat[match.end():match.end() + 60],
            re.IGNORECASE,
        ):
            continue  # "Building 91 for renovations": a bare "N for" counts only beside "N against" or "N abstentions"
        event = _Event("counts", match.start(), match.end(),
                       counts={side: 0 if number in {"no", "none"} else int(number)})
        names = _split_names(match.group("names") or "")
        if names and _looks_like_names(match.group("names")):
            # "11 in favor (Amble, Bose, …)": the names of the side counted.
            event.kind = "positions"
            event.positions = {side: names}
        yield event
    for pattern in (rules.count_moved, rules.count_bare):
        for match in pattern.finditer(flat):
            if pattern is rules.count_bare and _NUMBERED_RANGE.search(flat, max(0, match.start() - 14), match.start()):
                continue  # "items (1-3)", "pages (4-6)": a range, not a tally
            counts = {"for": int(match.group("f")), "against": int(match.group("a"))}
            if match.group("x"):
                counts["abstain"] = int(match.group("x"))
            yield _Event("counts", match.start(), match.end(), counts=counts,
                         needs_open_motion=pattern is rules.count_bare)
    for match in _YES_NO_BRACKET.finditer(flat):
        counts = {"for": int(match.group("f"))}
        for group, side in (("a", "against"), ("x", "abstain")):
            if match.group(group):
                counts[side] = int(match.group(group))
        yield _Event("counts", match.start(), match.end(), counts=counts, needs_open_motion=True)
    for match in _UNANIMOUS_COUNT.finditer(flat):
        yield _Event("counts", match.start("n"), match.end(), counts={"for": int(match.group("n"))})
    for match in rules.count_none.finditer(flat):
        label = match.group("l").lower()
        side = "abstain" if label.startswith("abst") else "against"
        yield _Event("counts", match.start(), match.end(), counts={side: 0})


# --- tallies as runs of (number, label) pairs ------------------------------------------------
# A clerk writes a tally as counts beside side labels, in either order and with any separator:
# "38 In Favor 0 Opposed 0 Abstained 0 Recused", "2-yes, and 21-no, and 6-abstentions", "yea three and nay none",
# "Ayes: 4, Nays: 1 (Lee), Absent: 1". One reader takes them all: it finds every (number, label) and
# (label, number) pair, chains the pairs of one order that follow each other, and keeps the chain that explains
# the most of the text. The labels are the vote file's sides and not-voting words; the numbers are digits or
# the file's number words.


@dataclass(frozen=True, slots=True)
class _Pair:
    start: int
    end: int
    label: str
    number: int
    number_first: bool


@dataclass(frozen=True, slots=True)
class _TallyPatterns:
    number_label: re.Pattern[str]
    label_number: re.Pattern[str]
    outcome_before: re.Pattern[str]
    """A single pair is a tally only straight after an outcome: "passed with seven abstentions"."""
    vote_context: re.Pattern[str]
    """A run of counted sides is a tally only near the words of a vote ("Survey: 45 yes, 12 no" is none)."""


# Between two pairs of one tally: a comma, semicolon or slash, "and", "with", or nothing but a space.
_PAIR_GAP = re.compile(r"\s*(?:[,;/]\s*)?(?:(?:and|with|&)\s+)?", re.IGNORECASE)
# Names in brackets after a pair ("Nays: 1 (Lee)") belong to that pair's side.
_PAIR_NAMES = re.compile(r"\s*\([^()]{1,160}\)")
# What a number beside a label may not be followed by: a clock, a per cent, a duration, an ordinal, a date.
_NOT_A_COUNT_AFTER = (
    r"(?![\d,.:/]\d)(?!\s*(?:%|per\s*cent|percent|[ap]\.?m\b|o'clock|years?\b|months?\b|weeks?\b|days?\b|hours?\b"
    r"|minutes?\b|th\b|st\b|nd\b|rd\b|[$£€]))"
)
@lru_cache(maxsize=1)
def _tally_patterns() -> _TallyPatterns:
    words = load_vote_words()
    labels = sorted({*words.side_of, *words.not_voting_words}, key=len, reverse=True)
    stems = "|".join(rf"{re.escape(stem)}[a-z]*" for stem, _ in words.side_stems)
    label = f"(?:{stems}|{_alternation(labels)[3:-1]})"
    spelt = _alternation(sorted(words.number_of, key=len, reverse=True))
    number = rf"(?<![\w$£€#.,/:-])(?:\d{{1,3}}|{spelt})(?![\w'’])"
    return _TallyPatterns(
        number_label=re.compile(
            # "4 Votes for, 2 Votes against", "3 Aye votes and 1 No vote": the word "votes" before or after the side.
            rf"(?P<n>{number})(?:\s*[-–]\s*|\s+)(?:(?:votes?|members?)\s+)?(?P<l>{label})(?![\w-])(?:\s+votes?(?![\w-]))?",
            re.IGNORECASE
        ),
        # After its label the count may touch the dash or colon: "Yes-5, No-0", "Ayes:4".
        label_number=re.compile(
            rf"(?<![\w-])(?P<l>{label})(?:\s*[:=–—-]\s*|\s+)(?P<n>(?:\d{{1,3}}|{spelt})(?![\w'’])){_NOT_A_COUNT_AFTER}",
            re.IGNORECASE,
        ),
        outcome_before=re.compile(
            rf"\b(?P<o>{words.outcome})\s*,?\s+(?:unanimously\s*,?\s+)?(?:with|by)?\s*(?:a\s+vote\s+of\s+)?$", re.IGNORECASE
        ),
        vote_context=re.compile(
            rf"\b(?:vot(?:e|es|ed|ing)|motion|moved|seconded|roll\s+call|resolution|division|{words.outcome})\b",
            re.IGNORECASE,
        ),
    )


def _pairs(flat: str) -> list[_Pair]:
    words = load_vote_words()
    patterns = _tally_patterns()
    pairs: list[_Pair] = []
    for pattern, number_first in ((patterns.number_label, True), (patterns.label_number, False)):
        for match in pattern.finditer(flat):
            written = match.group("n").lower()
            value = int(written) if written.isdigit() else words.number_of[written]
            pairs.append(_Pair(match.start(), match.end(), _squash(match.group("l")), value, number_first))
    return pairs


def _chains(flat: str, pairs: list[_Pair]) -> list[list[_Pair]]:
    """Pairs of one order that follow each other with only a separator (and bracketed names) between them."""
    chains: list[list[_Pair]] = []
    for number_first in (True, False):
        chain: list[_Pair] = []
        for pair in sorted((p for p in pairs if p.number_first is number_first), key=lambda p: p.start):
            if chain:
                gap_start = chain[-1].end
                names = _PAIR_NAMES.match(flat, gap_start)
                if names:
                    gap_start = names.end()
                if pair.start >= gap_start and _PAIR_GAP.fullmatch(flat, gap_start, pair.start):
                    chain.append(pair)
                    continue
                chains.append(chain)
            chain = [pair]
        if chain:
            chains.append(chain)
    return chains


def _orphaned(flat: str, chain: list[_Pair]) -> bool:
    """True when a number stands right before a (label, number) chain, or right after a (number, label) one: the
    text is the other order's tally ("38 In Favor 0 Opposed" is 38 for, not "In Favor 0")."""
    if chain[0].number_first:
        return bool(re.match(r"\s*[:=–—-]?\s*\d", flat[chain[-1].end:chain[-1].end + 6]))
    return bool(re.search(r"(?<![\w$£€.,/:-])\d{1,3}\s*[-–]?\s*$", flat[max(0, chain[0].start - 6):chain[0].start]))


def _only_a_tally(text: str) -> bool:
    """True when `text` is nothing but a tally of counted sides ("with one abstention.", "4 for, 1 against")."""
    rest = re.sub(r"^\s*(?:(?:with|by)\s+)?(?:a\s+vote\s+of\s+)?", "", text, flags=re.IGNORECASE)
    return any(
        chain[0].start == 0 and not rest[chain[-1].end:].strip(" .;,")
        for chain in _chains(rest, _pairs(rest))
    )


def _near_vote_words(flat: str, start: int, end: int) -> bool:
    return bool(_tally_patterns().vote_context.search(flat, max(0, start - 250), min(len(flat), end + 80)))


def _tally_counts(chain: list[_Pair]) -> dict[Side, int] | None:
    words = load_vote_words()
    counts: dict[Side, int] = {}
    seen: set[str] = set()
    for pair in chain:
        concept = (
            words.side_of.get(pair.label)
            or next((side for stem, side in words.side_stems if pair.label.startswith(stem)), None)
            or ("not voting" if pair.label in words.not_voting_words else None)
        )
        if concept is None or concept in seen:
            return None  # a side named twice is two tallies, or no tally
        seen.add(concept)
        if concept in SIDES:
            counts[concept] = pair.number
    return counts


def _tally_runs(flat: str, lined: str = "") -> list[_Event]:
    """Every tally written as a run of counted sides, one event each.

    With `lined` (the text with its line breaks), a tally that ends its printed line, the next line opening with a
    capital, ends its sentence too: the next line's business ("New Business:" / "… running in the 2024 election.")
    does not make it a vote reported from before ("… was 6-0" / "in 2019 on the same question" still does).
    """
    chains = _chains(flat, _pairs(flat))
    chains.sort(key=lambda chain: (-len(chain), _orphaned(flat, chain), chain[0].start))
    taken: list[tuple[int, int]] = []
    events: list[_Event] = []
    for chain in chains:
        start, end = chain[0].start, chain[-1].end
        if any(start < other_end and other_start < end for other_start, other_end in taken):
            continue
        counts = _tally_counts(chain)
        if not counts:
            continue
        outcome = _tally_patterns().outcome_before.search(flat, max(0, start - 60), start)
        if len(chain) == 1:
            if outcome is None or not re.match(
                r"\s*(?:[.;,)]|$|and\b)", flat[end:end + 5]
            ):
                continue  # one counted side alone is a tally only after its outcome, closing the clause
        elif not ({"for", "against"} & counts.keys()):
            continue  # "0 Abstained 0 Recused" with neither side counted: part of a tally read otherwise
        rest = lined[end:].lstrip(" \t.")
        ends_line = bool(lined) and (not rest or (rest[0] == "\n" and rest.lstrip()[:1].isupper()))
        if not _near_vote_words(flat, start, end) or _reported(flat, start, end if ends_line else None):
            continue
        if _VOTES_WORD.search(flat, start, end) and not _near_vote_words(flat[:start] + " " * (end - start) + flat[end:],
                                                                          start, end):
            continue  # "45 yes votes and 12 no votes among residents": a tally's own "votes" is no motion nearby
        taken.append((start, end))
        # "…; carried with 2 against.": the outcome said just before the tally is its result.
        result = load_vote_words().outcome_result.get(_squash(outcome.group("o"))) if outcome else None
        events.append(_Event("counts", start, end, counts=counts, result=result))
    return events


_BY_DATE = re.compile(r"by\s+\d{1,2}/\d{1,2}\b", re.IGNORECASE)
_VOTES_WORD = re.compile(r"\bvotes?\b", re.IGNORECASE)
_NO_SECOND = re.compile(r"\s*(?:with\s+no|without\s+a|for\s+(?:a\s+)?(?:lack|want)\s+of\s+a)\s+second\b", re.IGNORECASE)
"""What follows a motion's failure when nobody seconded it ("failed with no second", "failed for lack of a second")."""
_STRAW_POLL = re.compile(
    r"\bstraw\s+(?:poll|vote)|\binformal(?:ly)?\s+(?:poll(?:ed)?|vote[ds]?|show\s+of\s+hands)\b", re.IGNORECASE
)


def _straw_poll(flat: str, start: int) -> bool:
    """True when the sentence a tally ends says it was a straw poll or an informal show of hands ("A straw poll of the
    board was taken: 2 in favor, 1 opposed", "In an informal show of hands 14 said yes and 6 no"): no motion's vote."""
    sentence_start = max((m.end() for m in _SENTENCE_END.finditer(flat, max(0, start - 300), start)),
                         default=max(0, start - 300))
    return bool(_STRAW_POLL.search(flat, sentence_start, start))


@lru_cache(maxsize=1)
def _worded_tally() -> re.Pattern[str]:
    """A tally in words after the outcome: "Motion carried four to one.", "The motion passed seven to none"
    (groups "f" and "a"); the counts are `data/vote_patterns.json`'s number words, and against may be none."""
    count_of = load_vote_words().number_of
    some = _alternation(sorted((word for word, count in count_of.items() if count), key=len, reverse=True))
    any_count = _alternation(sorted(count_of, key=len, reverse=True))
    return re.compile(
        rf"\b(?:carried|carries|passed|passes|failed|fails|approved)\s+(?:by\s+a\s+vote\s+of\s+)?(?P<f>{some})"
        rf"\s*(?:to|-)\s*(?P<a>{any_count}|nothing)\b",
        re.IGNORECASE,
    )


# A township's count after its outcome, in the words of the roll call: "Motion passed 5 yes, 0 no, 0 absent.",
# "Motion carried with 4 yes and 1 no.", "motion carried with 5 yes." (a bare "5 yes" elsewhere is no count).
_YES_NO_TALLY = re.compile(
    r"\b(?:carried|carries|passed|passes|failed|fails|(?<=motion\s)approved)\s+(?:with\s+|by\s+)?(?P<f>\d{1,2})\s+(?:yes|yeas?|ayes?)\b"
    r"(?:\s*,?\s*(?:and\s+)?(?P<a>\d{1,2})\s+(?:no|nays?|noes)\b)?"
    r"(?:\s*,?\s*(?:and\s+)?(?P<x>\d{1,2})\s+(?:abstain\w*|abstentions?)\b)?",
    re.IGNORECASE,
)


_NUMBERED_RANGE = re.compile(
    r"\b(?:items?|pages?|sections?|lots?|nos?\.?|numbers?|phases?|parts?|rooms?|grades?)\s*$", re.IGNORECASE
)


# "… to pave the car park (Y-5).", "(Y-4, N-1)", "(Yes 3, No 1, Abstain 1)": a bracketed tally by its sides' initials.
_YES_NO_BRACKET = re.compile(
    r"\(\s*Y(?:es|ea)?s?\s*[-–:]?\s*(?P<f>\d{1,2})(?:\s*[,;/]?\s*N(?:o|ay)?s?\s*[-–:]?\s*(?P<a>\d{1,2}))?"
    r"(?:\s*[,;/]?\s*A\w*\s*[-–:]?\s*(?P<x>\d{1,2}))?\s*\)(?=\s*[.;,]|\s*$)"
)
# "… which carried by unanimous voice vote – 5.": every member present for, and how many they were.
_UNANIMOUS_COUNT = re.compile(
    r"\bunanimous\s+(?:voice\s+|roll\s+call\s+|electronic\s+)?vote\s*[–—-]\s*(?P<n>\d{1,2})\b(?!\s*[-/:.]\d)"
)
_CLAUSE_ENDS = re.compile(r"\s*(?:[.;,(]|$|unanimously\b|\d|by\s+(?:a\s+)?(?:vote|roll|unanimous|\d))", re.IGNORECASE)
_LAST_TIME = r"(?<!\bof\sthe\s)(?<!\bfrom\sthe\s)last\s+(?:year|month|time|meeting)"
"""An earlier time, not the meeting whose record is being approved ("the minutes of the last meeting")."""
# Words that make a tally or an outcome a report of some vote, not the record of this one ("noted the vote was
# 6-0 last year", "recalled that the motion failed").
_REPORTING = re.compile(
    r"\b(?:noted|remarked|recalled|mentioned|explained|pointed\s+out|reminded|commented|wondered|asked|whether"
    rf"|previous(?:ly)?|{_LAST_TIME}|in\s+(?:19|20)\d\d)\b",
    re.IGNORECASE,
)


_NEXT_LABEL = re.compile(r"(?<=\S)\s+[A-Z]{3,}(?:\s+[A-Z]{2,}){0,2}\s*:\s")
"""The next field label of a block ("AYES:", "DECISION:", "APPLICATION:"), where a labelled tally's sentence ends."""
REPORT_REACH = 160
"""Characters after a tally within which "last year", "previously" report it as history."""


def _reported(flat: str, start: int, stop: int | None = None) -> bool:
    """True when the sentence holding `start` reports a vote ("Hale noted that the vote was 6-0 last year"); `stop`, when
    given, ends that sentence."""
    sentence_start = max((m.end() for m in _SENTENCE_END.finditer(flat, max(0, start - 300), start)), default=max(0, start - 300))
    sentence_end = _SENTENCE_END.search(flat, start)
    # A block with no full stops ("VOTE: 6/0 AYES: …" / "DECISION: …" / the next item's history "built in 1959") ends
    # its sentence within a line's reach.
    end = stop if stop is not None else min(sentence_end.end(), start + REPORT_REACH) if sentence_end else start + 120
    after = flat[start:end]
    label = _NEXT_LABEL.search(after, 1)
    after = after[:label.start()] if label else after
    return bool(_REPORTING.search(flat, sentence_start, start)) or bool(
        re.search(rf"\b(?:{_LAST_TIME}|previously|in\s+(?:19|20)\d\d)\b", after, re.IGNORECASE)
    )


def _counted_label(flat: str, match: re.Match[str]) -> bool:
    """True when a count labelled "For"/"No" sits beside another labelled count ("For 45, Against 12")."""
    if not match.group("l")[:1].isupper():
        return False
    around = flat[max(0, match.start() - 30):match.end() + 30]
    if re.search(r"\b(?:Yes|YES|Yeas?|YEAS?)\s*[:–—-]?\s*\d{1,3}\s*[,;]?\s*(?:No|NO|Nays?|NAYS?)\s*[:–—-]?\s*\d{1,3}\b", around):
        return True  # "Yes – 5, No – 0": the two labels of a roll call's tally, side by side
    counted = r"\b(?:against|opposed|abstain\w*|nays?|noes)\s*[:–—-]?\s*\d|\b(?:for|ayes?)\s*[:–—-]?\s*\d"
    return bool(re.search(counted, around, re.IGNORECASE)
                and re.search(r"\b(?:against|opposed|abstain\w*|nays?|noes)\b", around, re.IGNORECASE))


_COLUMN_GAP = re.compile(r"\t+|\s{3,}")
"""Between the columns of a line with no table cells: a tab (the PDF reader keeps wide gaps as tabs) or 3+ spaces."""


def _columns_of(line: Line) -> tuple[str, ...]:
    if line.cells is not None:
        return tuple(clean_text(cell) for cell in line.cells)
    return tuple(part.strip() for part in _COLUMN_GAP.split(line.text.strip()))


_VOTE_MARK = re.compile(r"\s*(?:[xX✓✔✗•]|[Yy]es|YES|[Aa]ye|AYE)\s*")
"""A mark in a side's column of a vote table: the member of the row voted that way."""


_PAIRED_ANSWER = re.compile(r"(?i:aye|yes|yea|nay|no|abs(?:tain(?:ed)?|ent)?)")


def _answer_pairs(line: Line) -> list[tuple[str, Side | None]] | None:
    """ "Hale | Aye | Voss | Nay": a roll call printed as member and answer pairs across the row, else None."""
    cells = [cell for cell in _columns_of(line) if cell]
    if len(cells) < 4 or len(cells) % 2:
        return None
    pairs = list(zip(cells[::2], cells[1::2]))
    if not all(_PAIRED_ANSWER.fullmatch(answer) and _looks_like_names(name) and not _PAIRED_ANSWER.fullmatch(name)
               for name, answer in pairs):
        return None
    words = load_vote_words()
    return [(name, words.side_of.get(answer.lower())) for name, answer in pairs]


def _paired_rows(lines: list[Line], starts: list[int]) -> Iterator[_Event]:
    """Rows of member and answer pairs ("Hale  Aye  Voss  Aye" / "Kim  Nay  Lee  Aye"), one roll call for the run."""
    index = 0
    while index < len(lines):
        end = index
        positions: dict[Side, list[str]] = {}
        while end < len(lines) and (pairs := _answer_pairs(lines[end])) is not None:
            for name, side in pairs:
                names = _split_names(name)
                if side is not None and names:
                    positions.setdefault(side, []).append(names[-1])
            end += 1
        if positions:
            yield _Event("positions", starts[index], starts[end - 1] + len(lines[end - 1].text), positions=positions)
        index = max(end, index + 1)


def _table_lists(lines: list[Line], starts: list[int]) -> Iterator[_Event]:
    """Voters in columns under side headings ("FOR | AGAINST | ABSTAIN", or the same split by wide gaps)."""
    words = load_vote_words()
    index = 0
    while index < len(lines):
        line = lines[index]
        index += 1
        if _answer_pairs(line) is not None:
            continue  # member and answer pairs, read by `_paired_rows`
        header = _columns_of(line)
        sides = [words.side_of.get(_squash(cell)) for cell in header]
        above = lines[index - 2] if index >= 2 else None
        if line.cells is not None and above is not None and above.cells is not None \
                and any(_PAIRED_ANSWER.fullmatch(cell) for cell in _columns_of(above)):
            continue  # "| Cobb | Nay | Aye |" under "| Burr | Aye | Nay |": a row of answers, not a header of sides
        named_sides = [side for side in sides if side is not None]
        if len(header) < 2 or len(named_sides) < 2 or len(set(named_sides)) < len(named_sides):
            continue  # "| Ames | Aye | Aye |": a member's answers to two motions, not a header of sides
        in_table = line.cells is not None
        positions: dict[Side, list[str]] = {}
        end = index
        while end < len(lines) and re.fullmatch(r"[|:\-\s]+", lines[end].text):
            end += 1  # a Markdown separator row
        while end < len(lines) and lines[end].text.strip():
            row = lines[end]
            cells = _columns_of(row)
            if in_table != (row.cells is not None) or (not in_table and len(cells) != len(header)):
                break  # the table ends; a gap-split row that does not fill every column cannot be placed
            if any(side is not None and words.side_of.get(_squash(cell), side) != side for side, cell in zip(sides, cells)):
                positions = {}  # "| Cobb | Nay | Aye |" under "| Burr | Aye | Nay |": answers to two motions, no sides
                break
            marked = [side for side, cell in zip(sides, cells) if side is not None and _VOTE_MARK.fullmatch(cell)]
            named = [cell for side, cell in zip(sides, cells) if side is None and cell]
            if len(marked) == 1 and named:
                # "| Hale | X | |": a member a row, a mark in the column of the way they voted.
                positions.setdefault(marked[0], []).extend(_split_names(named[0])[:1])
                end += 1
                continue
            for side, cell in zip(sides, cells):
                if side is not None:
                    positions.setdefault(side, []).extend(_split_names(cell))
            end += 1
        positions = {side: names for side, names in positions.items() if names}
        if positions:
            yield _Event("positions", starts[index - 1], starts[end - 1] + len(lines[end - 1].text), positions=positions)
        index = max(end, index)


def _positions(flat: str, lined: str, rules: _Rules, text_lines: list[Line], starts: list[int]) -> Iterator[_Event]:
    yield from _table_lists(text_lines, starts)
    yield from _paired_rows(text_lines, starts)
    yield from _heading_lists(lined, rules)
    yield from _vertical_rolls(lined)
    yield from _inline_lists(lined, rules)
    yield from _named_approvers(flat, lined)
    yield from _roll_calls(flat, rules, lined)
    for match in _ending_at_words(rules.side_after, _SIDE_AFTER_CUE, flat):
        said = _squash(match.group("v"))
        side = "abstain" if said.startswith("abst") else "against"
        names = _split_names(match.group("n"))
        if names:
            yield _Event("positions", match.start("n"), match.end(), positions={side: names}, strong=False)
    for match in _CASTING_DISSENT.finditer(flat):
        names = _split_names(match.group("n"))
        if names:
            yield _Event("positions", match.start("n"), match.end(), positions={"against": names}, strong=False)
    for match in _ending_at_words(rules.prose_voted, _VOTED_CUE, flat):
        if re.search(r"\b(?:whether|who|if|why)\s+$", flat[max(0, match.start() - 12):match.start()], re.IGNORECASE):
            continue  # "asked whether Councillors A and B voted against …" reports, it records no vote
        side = "abstain" if match.group("ab") else _worded_side(match.group("v"))
        names = _split_names(match.group("n"))
        if names:
            yield _Event("positions", match.start(), match.end(), positions={side: names}, strong=False)


def _ending_at_words(pattern: re.Pattern[str], cue: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """The matches of `pattern`, a run of names closed by the words `cue` finds, in the order finditer gives them.

    Each is searched for in a window that ends just after one of the closing words and starts at most _RUN_REACH
    characters before it, so the time grows with the text, not with the square of its longest run of names.
    """
    position = 0
    for words in cue.finditer(text):
        if words.start() < position:
            continue
        spaces = _OPTIONAL_SPACES.match(text, words.end())
        window_end = min(len(text), (spaces.end() if spaces else words.end()) + _LOOKAHEAD_KEEP)
        match = pattern.search(text, max(position, words.start() - _RUN_REACH), window_end)
        if match is not None:
            yield match
            position = match.end()


# --- roll calls written on one line ------------------------------------------------------------
# "Roll call vote: Hale Aye Voss Aye Kim Nay Lee Absent.", "Vote: Hale (Y), Voss (Y), Kim (N).": after a roll
# call's lead, a run of (name, answer) pairs with or without separators. The answers are the vote file's
# one-word side and not-voting labels; a capital Y or N answers only in brackets.
_ROLL_LEAD = re.compile(
    r"\b(?:(?:upon\s+|on\s+)?roll[\s-]+call(?:\s+vote)?|recorded\s+vote|(?<![\w-])vote|voting)\s*[:–—-]?\s*",
    re.IGNORECASE,
)


# Side labels that head a list or a count but answer no roll call ("Vote: Hale for chair" names a candidate).
_NOT_ANSWERS = frozenset({"for", "against", "opposed"})


@lru_cache(maxsize=1)
def _roll_pair() -> re.Pattern[str]:
    words = load_vote_words()
    answers = sorted(
        (word for word in (*words.side_of, *words.not_voting_words) if " " not in word and word not in _NOT_ANSWERS),
        key=len,
        reverse=True,
    )
    answer = _alternation(answers)
    not_name = rf"(?!(?i:{answer})\b)(?![YN]\b)"
    word = rf"{not_name}[A-Z][\w'’-]*"
    name = rf"(?:{words.title}\s+)?{word}(?:\s+{word}){{0,2}}"
    return re.compile(
        rf"(?P<n>{name})\s*(?:[-–—:,]\s*)?(?:\(\s*(?P<b>{answer}|[YN])\s*\)|(?P<v>(?i:{answer})))(?![\w'’-])"
        r"\s*(?:[,;.]\s*|and\s+|&\s+)?"
    )


def _roll_runs(flat: str, taken: list[tuple[int, int]]) -> Iterator[_Event]:
    """Each roll call on one line that no other reader took, as the positions it names."""
    words = load_vote_words()
    pair = _roll_pair()
    for lead in _ROLL_LEAD.finditer(flat):
        at, found = lead.end(), []
        while (match := pair.match(flat, at)) is not None:
            found.append(match)
            at = match.end()
        if len(found) < 2:
            continue
        start, end = found[0].start(), found[-1].end()
        if any(start < other_end and other_start < end for other_start, other_end in taken):
            continue
        positions: dict[Side, list[str]] = {}
        for match in found:
            said = (match.group("b") or match.group("v")).lower()
            side = {"y": "for", "n": "against"}.get(said) or words.side_of.get(said)
            if side is None and not said.startswith("abst"):
                continue  # "Absent", "Recused": in the roll, on no side
            positions.setdefault(side or "abstain", []).append(match.group("n"))
        if positions:
            taken.append((start, end))
            yield _Event("positions", start, end, positions=positions)


# "… carried 4-1 with Kim casting the dissenting vote", "…, Lee casting the lone no vote."
_CASTING_DISSENT = re.compile(
    r"(?:\bwith|,)\s+(?P<n>(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’-]+)\s+casting\s+the\s+(?:lone\s+|only\s+|sole\s+|single\s+)?"
    r"(?:dissenting|no|nay|opposing|negative)\s+vote\b"
)


_LABEL_LINE = re.compile(r"^\s*([A-Z][A-Za-z ]{1,20}?)\s*:\s*(.*)$")


def _label_blocks(lined: str, rules: _Rules) -> Iterator[_Event]:
    """RESULT / MOVER / SECONDER / AYES … labels, with their values beside them, under them, or in a column
    after all the labels."""
    words = load_vote_words()
    lines = lined.split("\n")
    offsets = _offsets(lines)
    index = 0
    while index < len(lines):
        first = index
        label = _block_label(lines[index], words)
        if label is None or label[0] != "result":
            index += 1
            continue
        labels: list[tuple[str, str]] = []
        while index < len(lines) and (found := _block_label(lines[index], words)) is not None:
            labels.append(found)
            index += 1
        if len(labels) >= 3 and not any(value for _, value in labels):
            values, index = _column_values(lines, index, len(labels))
        else:
            labels, values, index = _values_under_labels(lines, first, words)
        if len(labels) < 3:
            index = max(index, first + 1)
            continue
        event = _Event("positions", offsets[first], offsets[min(index, len(lines) - 1)])
        for (label_name, _), value in zip(labels, values):
            if label_name == "result":
                found_outcome = rules.outcome_label.match(value)
                if found_outcome:
                    event.result = words.outcome_result.get(found_outcome.group("o").lower())
                    event.counts = _bracket_counts(found_outcome.group("c") or "")
            elif label_name == "mover":
                event.mover = value.split(",")[0].strip() or None
            elif label_name == "seconder":
                event.seconder = value.split(",")[0].strip() or None
            elif label_name in words.side_of or label_name in {"abstentions"}:
                side = words.side_of.get(label_name, "abstain")
                names = _split_names(value)
                if names:
                    event.positions[side] = names
        yield event


def _block_label(line: str, words: VoteWords) -> tuple[str, str] | None:
    found = _LABEL_LINE.match(line)
    if not found or found.group(1).strip().lower() not in words.label_block:
        return None
    return found.group(1).strip().lower(), found.group(2).strip()


def _values_under_labels(lines: list[str], index: int, words: VoteWords) -> tuple[list[tuple[str, str]], list[str], int]:
    """Labels each followed by its value, on the label's line or the lines under it ("MOVER:" / "A Doe, Director")."""
    labels: list[tuple[str, str]] = []
    values: list[str] = []
    while index < len(lines):
        found = _block_label(lines[index], words)
        if found is not None:
            labels.append(found)
            values.append(found[1])
            index += 1
            continue
        text = lines[index].strip()
        if not labels or not text:
            break
        last = values[-1]
        # A value goes on under its label while the label has none yet, or a list runs on after a comma.
        if not last or last.endswith(",") or (labels[-1][0] in words.side_of and _looks_like_names(text)):
            values[-1] = f"{last} {text}".strip()
            index += 1
            continue
        break
    return labels, values, index


def _column_values(lines: list[str], index: int, wanted: int) -> tuple[list[str], int]:
    """The values printed after a column of labels: one per label, a line ending in a comma running on."""
    while index < len(lines) and not lines[index].strip():
        index += 1
    values: list[str] = []
    while index < len(lines) and len(values) < wanted and lines[index].strip():
        value = lines[index].strip()
        index += 1
        while value.endswith(",") and index < len(lines) and lines[index].strip():
            value = f"{value} {lines[index].strip()}"
            index += 1
        values.append(value)
    return values + [""] * (wanted - len(values)), index


def _heading_lists(lined: str, rules: _Rules) -> Iterator[_Event]:
    """A side label on a line of its own ("For", "AGAINST:"), its names on the lines below."""
    words = load_vote_words()
    lines = lined.split("\n")
    offsets = _offsets(lines)
    paired = {number for start, end in _vertical_runs(lines) for number in range(start, end)}
    for number, line in enumerate(lines):
        found = rules.side_heading.match(line)
        if not found or number in paired:
            continue  # "Lane" / "Yes" / "Moss" / "No": each answer closes the name above it, it heads nothing
        side = words.side_of.get(_squash(found.group("l")))
        if side is None:
            continue
        body: list[str] = []
        following = number + 1
        while following < len(lines) and len(body) < 12:
            text = lines[following].strip()
            following += 1
            if not text or (body and _PAGE_FURNITURE.fullmatch(text)):
                continue  # a blank line, or a page break with its number inside the list
            if rules.side_heading.match(text) or re.match(rf"^{words.not_voting}\b", text, re.IGNORECASE):
                break
            if not _looks_like_names(text) or re.search(r"\d", re.sub(r"\(\d{1,3}\)", "", text)):
                break  # "Opposed:" / "Ann Lee, 52 Mill Road, Eastmere": a speaker with an address, not a voter
            body.append(text)
            if re.search(r"\(\d{1,3}\)\s*$", text):
                break
        if not body:
            continue
        # One member a line ("Ayes:" / "Hale" / "Voss"): each line a name, unless a list runs on after a comma or "and".
        joined = body[0]
        for text_line in body[1:]:
            runs_on = joined.endswith(",") or re.match(r"(?:and|&)\s", text_line) is not None
            joined = f"{joined} {text_line}" if runs_on else f"{joined}, {text_line}"
        total = re.search(r"\((\d{1,3})\)\s*\.?\s*$", joined)
        names = _split_names(re.sub(r"\(\d{1,3}\)\s*\.?\s*$", "", joined))
        if not names:
            continue
        event = _Event("positions", offsets[number], offsets[following - 1] + len(lines[following - 1]),
                       positions={side: names})
        if total:
            event.counts = {side: int(total.group(1))}
        yield event


_ANSWER_LINE = re.compile(
    r"[ \t]*(?P<v>Ayes?|AYES?|Yes|YES|Yea|YEA|No|NO|Nay|NAY|Abstain(?:ed)?|ABSTAIN(?:ED)?|Absent|ABSENT|Excused|Recused"
    r"|Not\s+[Pp]resent)[ \t]*\.?[ \t]*"
)


def _vertical_runs(lines: list[str]) -> Iterator[tuple[int, int]]:
    """Runs of a name on a line of its own, then its answer on the next ("Lane" / "Yes" / "Moss" / "No"): a roll
    call whose table lost its columns. Yields (first line, line after the last) for runs of two members or more."""
    number = 0
    while number < len(lines) - 1:
        end = number
        while end + 1 < len(lines) and _is_roll_name_line(lines[end]) and _ANSWER_LINE.fullmatch(lines[end + 1]):
            end += 2
        if end - number >= 4:
            yield number, end
            number = end
        else:
            number += 1


def _is_roll_name_line(line: str) -> bool:
    text = line.strip()
    return (0 < len(text.split()) <= 4 and not _ANSWER_LINE.fullmatch(text) and _looks_like_names(text)
            and "," not in text and bool(_split_names(text)))


def _vertical_rolls(lined: str) -> Iterator[_Event]:
    """The members and answers of each run that `_vertical_runs` finds, as one roll call."""
    words = load_vote_words()
    lines = lined.split("\n")
    offsets = _offsets(lines)
    for start, end in _vertical_runs(lines):
        positions: dict[Side, list[str]] = {}
        for number in range(start, end, 2):
            answer = _squash(_ANSWER_LINE.fullmatch(lines[number + 1]).group("v"))  # type: ignore[union-attr]
            side = words.side_of.get("aye" if answer == "ayes" else answer)
            if side is None and answer.startswith("abstain"):
                side = "abstain"
            if side is not None:
                positions.setdefault(side, []).append(_split_names(lines[number])[-1])
        if positions:
            yield _Event("positions", offsets[start], offsets[end - 1] + len(lines[end - 1]), positions=positions)


_PAGE_FURNITURE = re.compile(r"-{3,}|\d{1,3}|Page\s+\d{1,3}(?:\s+of\s+\d{1,3})?")


_NO_MEMBER = re.compile(r"\s*(?:none|nil)\s*[.;,]?\s*", re.IGNORECASE)
"""What a side's label is followed by when no member took that side ("Nays: None", "Abstain: nil")."""
# A list also ends at a line opening on a label in capitals ("NAYS: KIM" / "DECISION: APPLICATION APPROVED.") or on a
# side's word in capitals, its colon left out ("AYES HALE, MOSS, DAY" / "NAYS ALL MEMBERS NOTED").
_LIST_CLOSE = re.compile(
    r"\n[ \t]*\n|\n[ \t]*\d{1,3}[.)][ \t]+[A-Z]|\n[ \t]*[A-Z]{3,}(?:[ \t]+[A-Z]{2,}){0,2}[ \t]*:"
    rf"|\n[ \t]*(?=[A-Z]{{2,}}\b)(?i:{SIDE_LIST_LABEL})\b"
    # "… Mr. Voss" / "Noes (0)": a side's word and its count in brackets open the next line.
    rf"|\n[ \t]*(?i:{SIDE_LIST_LABEL})[ \t]*\(\d{{1,3}}\)"
)


def _inline_lists(lined: str, rules: _Rules) -> Iterator[_Event]:
    """"Ayes: Smith, Jones. Nays: Brown. Absent: Kim." – labels followed by names, on one line or one each."""
    words = load_vote_words()
    found = sorted(
        (*rules.side_inline.finditer(lined), *rules.side_caps.finditer(lined), *rules.side_all.finditer(lined),
         *rules.side_line.finditer(lined)),
        key=lambda match: match.start(),
    )
    found = [match for position, match in enumerate(found) if position == 0 or match.start() >= found[position - 1].end()]
    flat = lined.replace("\n", " ")
    events: list[_Event] = []
    for position, match in enumerate(found):
        groups = match.groupdict()
        label = match.group("l") or groups.get("l2") or groups.get("l3") or groups.get("l4") or ""
        side = words.side_of.get(_squash(label))
        if side is None:
            continue
        end = found[position + 1].start() if position + 1 < len(found) else len(flat)
        # A list ends at a blank line or at the next item's heading ("Aye: 5 - Hale, Voss" / "" / "3. ADJOURNMENT").
        closed = _LIST_CLOSE.search(lined, match.end(), end)
        if closed is not None and flat[match.end():closed.start()].strip():
            end = closed.start()
        segment = flat[match.end():end]
        stop = re.search(
            r"(?<![A-Z])(?<!Cllr)(?<!Cllrs)(?<!Clr)(?<!Cmhlr)(?<!Mr)(?<!Mrs)(?<!Ms)(?<!Dr)\.(?=\s|$)|;\s*$"
            r"|\s(?:[Mm]otion|The motion|MOTION)\b"
            # "Against: Councillor Kim" then "Carried" on the next line: the outcome ends the list.
            r"|\s(?:Carried|CARRIED|Defeated|DEFEATED|Lost|LOST|Failed|FAILED|Passed|PASSED|Adopted|ADOPTED)\b",
            segment,
        )
        # "FOR: Councillors A, B and C. (3) AGAINST: …": the side's count in brackets after the full stop.
        after = re.match(r"\.\s*\((\d{1,3})\)", segment[stop.start():]) if stop else None
        segment = segment[: stop.start()] if stop else segment[:200]
        lead = re.match(r"\s*(\d{1,3})\s*(?:[-–—]\s*|(?=\())", segment)
        if lead:
            segment = segment[lead.end():]
        for opening, closing in ("()", "[]"):
            if closing in segment and opening not in segment:
                segment = segment[: segment.index(closing)]  # "(Nay: Kim)", "[NOES: Kim]": the list ends with its bracket
        bracketed = re.match(r"\s*\(([^()]*)\)", segment) if lead else None
        if bracketed:
            segment = bracketed.group(1)  # "Yes: 3 (Hale, Voss, Kim)"
            if re.search(rf"\b{words.not_voting}\W*$", segment, re.IGNORECASE):
                segment = ""  # "AYES – 4 (Lynch, Cook absent)": the members named are those who did not vote
        total = re.search(r"(?:^|\s)(?:[–—-]\s*)?\(?(\d{1,3})\)?\s*[.;]?\s*\]?\s*$", segment)
        if total:
            segment = segment[: total.start()]  # "Ayes: Councilmembers A, B and C – 3.", "YEAS: Trustee A, Trustee B 2"
        line_end = lined.find("\n", match.end(), match.end() + len(segment))
        if line_end > match.end() and not _looks_like_names(segment) and _looks_like_names(lined[match.end():line_end]):
            segment = lined[match.end():line_end]  # "FOR Hale, Voss" ends its line; the next line is the next motion
            lead = None
            total = re.search(r"(?:^|\s)\(?(\d{1,3})\)?\s*[.;]?\s*$", segment)
            if total:
                segment = segment[: total.start()]
        counted = total or lead or after
        if counted is not None and re.fullmatch(r"\s*(?:none|nil|n/a)?\s*", segment, re.IGNORECASE):
            # "NAYS: None 0": no member named, the count stated.
            events.append(_Event("counts", match.start(), match.end() + len(segment), counts={side: int(counted.group(1))}))
            continue
        if counted is None and _NO_MEMBER.fullmatch(segment):
            # "Ayes: Hale, Voss  Nays: None", "No: None": the side of a roll call that named no member counts none.
            events.append(_Event("counts", match.start(), match.end() + len(segment), counts={side: 0}))
            continue
        if re.fullmatch(r"\s*\d{1,3}\s*[.;]?\s*", segment) or not _looks_like_names(segment):
            continue
        if re.search(r"\d", re.sub(r"\(\d{1,3}\)", "", segment)):
            continue  # "Opposed: Ann Lee, 52 Mill Road": a speaker with an address, not a voter
        names = _split_names(segment)
        if not names:
            continue
        event = _Event("positions", match.start(), match.end() + len(segment), positions={side: names})
        if counted is not None:
            event.counts = {side: int(counted.group(1))}
        elif match.groupdict().get("c"):
            event.counts = {side: int(match.group("c"))}
        previous = events[-1] if events else None
        if previous is not None and list(previous.positions) == [side] and 0 <= match.start() - previous.end <= 2:
            # "For: Councillor Hale" / "For: Councillor Voss": one member a line under the same label, one list.
            previous.positions[side] = _unique(previous.positions[side] + names)
            previous.end = event.end
            previous.counts = {}
            continue
        events.append(event)
    yield from events


SIDES_TALLY = (
    rf"\b{AYE_SIDE}\s*[-–:]\s*(?P<y>\d{{1,2}})\s*[,;]?\s*(?:and\s+)?{NAY_SIDE}\s*[-–:]\s*(?P<no>\d{{1,2}})\b"
)
"""A township clerk's tally, each side's word then its count after a dash or colon: "Yes – 5, No – 0", "Yea – 4 and
Nay – 1", "Ayes: 3; Noes: 0" (groups "y" and "no"; compile it with re.IGNORECASE). The vote reader's list of the
members after it and the resolution reader's end of a motion after it are built on it."""


MIN_KNOWN_VOTERS = 2
"""Attendees a plain list of names must hold before it is read as the members who voted."""
# Members who voted for, named as a plain list with no side label: "Approved by Ann, Ben, Cy and Dee.", or after a
# unanimous tally "Yes – 4, No – 0 (Ann Lee, Ben Orr, …)", "Yes – 4, No – 0 All yes – (…)", "Yes - 3, No – 0" / "Ann,
# Ben, and Cy". A name is a capitalised word, perhaps with a second word or an initial ("Petra N.").
_PLAIN_NAME = rf"(?-i:{SPELLED_NAME_WORD}(?:\s+{NAME_WORD_OR_INITIAL})?)"
_PLAIN_NAMES = rf"{_PLAIN_NAME}(?:\s*,\s*(?:and\s+)?{_PLAIN_NAME}|\s+and\s+{_PLAIN_NAME}){{1,20}}"
APPROVED_BY_NAMES = re.compile(rf"\b(?i:approved\s+by)\s+(?P<n>{_PLAIN_NAMES})\s*(?:[.;]|$)")
"""The one reading of "Approved by Ann, Ben and Cy.": the members' approval closing a motion (group "n", the names).
The vote reader takes it as the outcome and the For side; the resolution reader as the outcome of the motion above."""
_UNANIMOUS_TALLY_NAMES = re.compile(
    rf"{SIDES_TALLY}\.?\s+(?:all\s+(?:yes|ayes?|in\s+favou?r|approved)\s*[-–:]?\s*)?\(?(?P<n>{_PLAIN_NAMES})\)?[ \t]*(?:[.;]|$)",
    re.IGNORECASE | re.MULTILINE,
)


# The same list under a label of approval or of a vote taken by name, or closed by "all yes": "Approved: Ann T, Ben H
# and Cy Y.", "All in Favor: …", "All yes – (…)", "Vote role - Ann, Ben and Cy. All yes", "Roll call – Ann, Ben and Cy
# All yes" ("Roll call: Board members present" at the opening is attendance: a roll call needs "vote" or "all yes").
_LABELLED_APPROVERS = re.compile(
    rf"\b(?:(?i:all\s+)?[Aa]pproved|(?i:all\s+(?:yes|ayes?|in\s+favou?r))|(?i:vote\s+ro(?:le|ll)(?:\s+call)?(?:\s+carried)?))"
    rf"\s*[:–—-]\s*\(?(?P<n>{_PLAIN_NAMES})\)?[ \t]*(?=[.;)\n]|$)"
    rf"|(?:^|(?<=[.;:–-]\s)|(?i:ro(?:le|ll)\s+call\s*[:–—-]\s*))(?P<n2>{_PLAIN_NAMES})\s*[.;]?\s*[-–]?\s*(?i:all\s+(?:yes|ayes?))\b",
    re.MULTILINE,
)


# The members who voted, named in a bracket after a unanimous outcome: "MOTION CARRIED UNANIMOUSLY [Hale, Voss, Kim]",
# "Carried unanimously (Hale, Voss and Kim)."
_UNANIMOUS_BRACKETED_NAMES = re.compile(
    rf"\b(?i:carried|passed|approved|adopted)\s+(?i:unanimously)\s*[\[(]\s*(?P<n>{_PLAIN_NAMES})\s*[\])]"
)


def _named_approvers(flat: str, lined: str) -> Iterator[_Event]:
    """The For list written as members' names alone; a split tally ("Yea – 4 and Nay – 1 (five names)") names no side."""
    for match in _LABELLED_APPROVERS.finditer(lined):
        group = "n" if match.group("n") else "n2"
        names = _split_names(match.group(group))
        if len(names) >= 2:
            yield _Event("positions", match.start(group), match.end(), positions={"for": names}, members_only=True)
    for match in APPROVED_BY_NAMES.finditer(flat):
        names = _split_names(match.group("n"))
        if len(names) >= 2:
            # The approval is the outcome too: "Approved by A, B and C." closes the motion above it, or, under a
            # run-in topic with no motion written, is a vote of its own.
            yield _Event("outcome", match.start(), match.end(), result="carried", positions={"for": names},
                         members_only=True)
    for match in _UNANIMOUS_TALLY_NAMES.finditer(lined):
        names = _split_names(match.group("n"))
        if int(match.group("no")) == 0 and len(names) == int(match.group("y")):
            yield _Event("positions", match.start("n"), match.end(), positions={"for": names}, members_only=True)
    for match in _UNANIMOUS_BRACKETED_NAMES.finditer(flat):
        names = _split_names(match.group("n"))
        if len(names) >= 2:
            yield _Event("positions", match.start("n"), match.end(), positions={"for": names}, members_only=True)


def _all_members(event: _Event, attendees: Sequence[Attendee]) -> bool:
    """True when the event's names are members: more than half of them resolve to attendees (a member the attendance
    list missed may stand among them) and at least two do."""
    members = {_plain_name(attendee.name) for attendee in attendees}
    names = [name for listed in event.positions.values() for name in listed]
    known = sum(_resolve(name, attendees) in members for name in names)
    return known >= MIN_KNOWN_VOTERS and 2 * known > len(names)


def _roll_calls(flat: str, rules: _Rules, lined: str) -> Iterator[_Event]:
    """"Councilmember A: Aye; Councilmember B: No; …", "Supervisors A aye, B aye", and one member a line."""
    words = load_vote_words()
    for pattern, text in ((rules.roll_answer, flat), (rules.roll_dash, flat), (rules.roll_paren, flat),
                          (rules.prose_answer, flat), (rules.line_answer, lined)):
        run: list[tuple[re.Match[str], str, str]] = []
        for match in pattern.finditer(text):
            if run and match.start() - run[-1][0].end() > 12:
                yield from _roll_event(run, words)
                run = []
            group = "n" if match.group("n") else "n2"
            name, answer = match.group(group), match.group("v" if group == "n" else "v2")
            written = lined[match.start(group):match.end(group)]
            if "\n" in written and _ROLL_ANSWER_LINE.search(written.rsplit("\n", 1)[0]):
                # "Glad: Yes" / "Mitchell: Not Present" / "Pike: No": the line above ends with its own answer,
                # so the name is only what its line holds.
                name = written.rsplit("\n", 1)[-1]
            run.append((match, re.sub(_VOTE_LEAD, "", name), answer))
        yield from _roll_event(run, words)


_ROLL_ANSWER_LINE = re.compile(r"(?i:\b(?:aye|yes|yea|nay|no|absent|present|excused|recused|abstain(?:ed)?))\W*$")
_VOTE_LEAD = re.compile(r"^(?:(?:Take\s+a\s+|Roll\s+[Cc]all\s+)?[Vv]ote[sd]?\s*:?\s+)(?=[A-Z])")
"""Words that open a roll call and run into its first name ("Vote Dick aye, Gary aye")."""
_ABBREVIATED_ANSWER: dict[str, Side] = {"Y": "for", "N": "against"}


def _roll_event(run: list[tuple[re.Match[str], str, str]], words: VoteWords) -> Iterator[_Event]:
    positions: dict[Side, list[str]] = {}
    for _, name, answer in run:
        side = _ABBREVIATED_ANSWER.get(answer) or words.side_of.get(
            answer.lower().rstrip("s") if answer.lower() == "ayes" else _squash(answer))
        if side is None and answer.lower().startswith("abstain"):
            side = "abstain"
        names = _split_names(name)
        if side is None or not names or any(_PAIRED_ANSWER.fullmatch(word) for word in names[-1].split()):
            continue  # "Hale Aye Voss" + "Aye": a row of pairs read as one line, not one member
        positions.setdefault(side, []).append(names[-1])
    if len(run) >= 2 and positions:
        yield _Event("positions", run[0][0].start(), run[-1][0].end(), positions=positions)


# --- grouping --------------------------------------------------------------------------------


@dataclass(slots=True)
class _Draft:
    start: int
    end: int
    mover: str | None = None
    seconder: str | None = None
    motion: str | None = None
    number: str | None = None
    result: VoteResult | None = None
    tied: bool = False
    counts: dict[Side, int] = field(default_factory=dict)
    positions: dict[Side, list[str]] = field(default_factory=dict)
    strong_sides: set[Side] = field(default_factory=set)
    last_outcome: int | None = None
    unclaimed: tuple[int, int] | None = None
    """Where an outcome said of no motion ("All were in favor.") stood some way after this vote was decided: the roll
    call right after it is the vote of a motion whose mover went unread."""
    settled_at: int | None = None
    """Where a decision with no vote recorded ("And Resolved:", "it was agreed") followed the motion."""

    @property
    def decided(self) -> bool:
        return self.result is not None or bool(self.counts) or bool(self.positions)


def _same_member(one: str | None, other: str | None) -> bool:
    """True when two written names end in the same surname ("Ms. Penn", "Penn")."""
    if not one or not other:
        return False
    return one.split()[-1].strip(".,").lower() == other.split()[-1].strip(".,").lower()


def _group_votes(events: list[_Event], text: _Text) -> list[_Draft]:
    flat = text.text
    votes: list[_Draft] = []
    current: _Draft | None = None

    def close() -> None:
        nonlocal current
        if current is not None and current.decided:
            votes.append(current)
        current = None

    for event in events:
        if current is not None and not current.decided and event.start - current.end > PENDING_GAP_CHARS:
            current = None
        if (
            current is not None
            and not current.decided
            and current.settled_at is not None
            and event.start - current.settled_at > MERGE_GAP_CHARS
        ):
            current = None  # "… seconded by B; And Resolved: …": decided without a vote recorded
        if event.kind == "settled":
            if current is not None and not current.decided and current.settled_at is None:
                current.settled_at = event.end
            continue
        if event.kind == "motion":
            # (An outcome that closes a sentence, "Second by B. Motion carried. Ann made a motion to …", is its own
            # motion's: only one printed alone on its line above the mover is the mover's.)
            just_voted = (current is not None and current.decided and current.mover is None
                          and not text.text[text.text.rfind("\n", 0, current.start) + 1:current.start].strip())
            # The outcome first, then the mover (and seconder) of the motion it decided: "CARRIED" printed alone
            # over "Moved by A, seconded by B", or in one sentence, "The minutes were approved unanimously by voice
            # vote on a motion by A and a second by B."
            if current is not None and not event.number and (
                (just_voted and event.start - current.end < 3)
                or (current.decided and current.mover is None
                    and _OUTCOME_ON_MOTION_GAP.fullmatch(flat, current.end, event.start) is not None)
            ):
                current.mover, current.seconder = event.mover, event.seconder or current.seconder
                current.end = max(current.end, event.end)
                continue
            if current is not None and current.mover == event.mover and not current.decided and event.motion is None:
                continue
            if (current is not None and not current.decided and _same_member(current.mover, event.mover)
                    and event.start - current.end <= MERGE_GAP_CHARS and not event.number
                    and not _under_another_item(current, event, text)):
                # "1st: Ms. Penn" / "2nd: Mr. Rusk" / "Ms. Penn moved to continue …": the mover labelled, then the words
                # she moved — one motion, not a second one by the same member.
                current.motion = event.motion or current.motion
                current.seconder = current.seconder or event.seconder
                current.end = max(current.end, event.end)
                continue
            decided_end = current.end if current is not None and current.decided else 0
            close()
            start, motion = event.start, event.motion
            if event.motion_start is not None and event.motion_start < event.start:
                start = max(event.motion_start, _item_start(text, event.start), decided_end)
                if start > event.motion_start:
                    # "3. Minutes / A. Minutes of 16 November / Motion by A, second by B.": the words read back for
                    # the motion stop at the heading of the item its mover sits under, and at the end of the vote
                    # recorded before it ("… Yes: A, B, C / Minutes of 5 October / Motion by A, second by B.").
                    motion = flat[start:event.start].strip() or motion
            current = _Draft(start, event.end, mover=event.mover, seconder=event.seconder,
                             motion=motion, number=event.number)
            continue
        if event.kind == "second":
            if current is not None and current.decided and current.mover is not None and current.seconder is None \
                    and 0 <= event.start - current.end <= AGREED_GAP_CHARS and current.last_outcome is not None \
                    and current.last_outcome <= current.start + MIN_MOTION_CHARS * 10:
                current.seconder = event.seconder  # the outcome printed above its mover and seconder
                current.end = max(current.end, event.end)
                continue
            if current is not None and current.decided and event.start >= current.end:
                # "… Motion passes. A motion to X by <unread>, seconded by Trustee B. Roll call: …": a seconder after
                # the vote is another motion's, whose mover went unread; what follows is that motion's vote.
                close()
                current = _seconded_draft(flat, event, text)
                continue
            if current is None:
                continue  # no motion read: nothing to hang it on
            if not current.decided and current.seconder is not None and _under_another_item(current, event, text):
                # "31. … Proposed by: A  Seconded by: B" then "32. Proposed as a true record by C seconded by D and
                # unanimously approved": a seconder under the next item, the open motion already seconded, seconds
                # another motion whose mover went unread; the outcome after it is that motion's.
                close()
                current = _seconded_draft(flat, event, text)
                continue
            current.seconder = event.seconder
            current.end = max(current.end, event.end)
            continue
        if event.kind == "outcome":
            if (event.needs_motion or event.needs_open_motion) and current is not None and not current.decided \
                    and _under_another_item(current, event, text):
                # "1. … seconded by B." then "3. … it was approved by the insurer last week.": a later item's words
                # close no motion of an earlier item.
                continue
            if event.needs_motion and not _awaits_vote(current, event):
                continue
            if event.adjourns and not (current is not None and _ADJOURN_MOTION.search(current.motion or "")):
                continue
            if event.needs_open_motion and not _motion_open(current, event):
                if current is not None and current.decided and event.start - current.end > AGREED_GAP_CHARS:
                    current.unclaimed = (event.start, event.end)
                continue
            if current is not None and current.decided and event.own_text and _under_another_item(current, event, text):
                close()  # "9. … Vote: For 5, Against 0" then "11. Councillors voted 5-1 in favour of …": a vote of its own
            current = _take_outcome(current, event, flat, close)
            continue
        if event.needs_open_motion and not (_motion_open(current, event) or _just_decided(current, event)):
            continue  # "(1-2)" with no motion waiting for its vote is no tally
        if not event.strong and (current is None or event.start - current.end > MERGE_GAP_CHARS):
            continue  # "X voted against" in the discussion records no vote of its own
        if current is None and _opening_roll(flat, event):
            continue  # "Roll Call: Mr. Hale, Aye; Mrs. Voss, Absent" before any business: the meeting's roll, no vote
        said_at = _unread_motion_outcome(current, event)
        if said_at is not None:
            # "… Motion passes. Trustee A spoke of a bus trip for the seniors. All were in favor. Roll Call was
            # taken as follows: …": the roll call is that motion's, not the one voted on before it.
            close()
            words = _sentence_before(flat, said_at)
            current = _Draft(said_at - len(words), event.end, motion=words or None)
        elif current is None or (current.decided and _restates_decision(flat, current.end, event.start)) \
                or _another_tally(current, event) or _tally_under_next_item(current, event, text) \
                or (event.kind == "counts" and _under_another_item(current, event, text)) \
                or _roll_call_after_voice_vote(current, event, flat):
            close()
            current = _Draft(event.start, event.end, motion=_sentence_before(flat, event.start) or None)
        _fill(current, event)
    close()
    return votes


def _seconded_draft(flat: str, event: _Event, text: _Text) -> _Draft:
    """A vote opened by a seconder whose mover went unread: its motion is the sentence before, read back no further
    than the heading of the item the seconder sits under ("7. Playground / The Chair proposed that …, seconded by B")."""
    words = _sentence_before(flat, event.start)
    found = flat.rfind(words, 0, event.start) if words else -1
    start = max(found if found >= 0 else event.start - len(words), _item_start(text, event.start))
    index = text.line_at(start)
    line_end = text.starts[index + 1] if index + 1 < len(text.starts) else len(flat)
    if text.keys[index] is not None and text.starts[index] == _item_start(text, event.start) and line_end <= event.start \
            and not flat[text.starts[index]:line_end].rstrip().endswith((".", ";", "!", "?")) \
            and flat[line_end:line_end + 1].isupper():
        start = line_end  # "3. Hall / The hall committee asked for …. Seconded by B.": the item's heading is no motion
    return _Draft(start, event.end, seconder=event.seconder, motion=flat[start:event.start].strip() or None)


def _under_another_item(current: _Draft, event: _Event, text: _Text) -> bool:
    """True when `event` stands under another item than the motion drafted before it ("11. Payments / A proposed
    approval" then "13. Adjournment / Proposed by A, seconded by B – agreed"): the same mover's motion of a later item
    is a motion of its own."""
    before, after = text.keys[text.line_at(current.start)], text.keys[text.line_at(event.start)]
    return before is not None and after is not None and before != after


def _item_start(text: _Text, offset: int) -> int:
    """Where the item that `offset` sits under begins: the first of the lines before it that share its item."""
    index = text.line_at(offset)
    key = text.keys[index]
    if key is None:
        return 0
    while index > 0 and text.keys[index - 1] == key:
        index -= 1
    return text.starts[index]


def _another_tally(current: _Draft | None, event: _Event) -> bool:
    """True when `event` is a tally unlike the one the decided vote already holds ("Motion to call the question
    carried 5-0." then "The main motion as amended carried 4-1."): the second is another vote's."""
    if current is None or event.kind != "counts" or not current.counts:
        return False
    if current.result is None and not {"for", "against"} <= current.counts.keys() & event.counts.keys():
        return False  # a tally not yet decided takes further sides' counts ("For: 4" then "Against: 1")
    return any(side in current.counts and current.counts[side] != number for side, number in event.counts.items())


_VOICE_VOTE = re.compile(r"\b(?:voice\s+vote|vote\s+by\s+voice)\b", re.IGNORECASE)
_NEW_QUESTION_WORDS = 3
"""A sentence of at least this many words between a voice vote and a roll call puts another question."""


# Words that show business under way before a roll: a motion, a vote or a resolution.
_BUSINESS_BEFORE = re.compile(r"\b(?:motions?|moved|mov(?:es|ing)|seconded|vot(?:e|es|ed|ing)|carried|resolved|resolutions?)\b",
                              re.IGNORECASE)
# A roll call's lead alone at a line's start, perhaps numbered: "Roll Call:", "2. ROLL CALL –".
_ROLL_CALL_ALONE_LEAD = re.compile(r"\s*(?:(?:\d{1,2}|[IVX]{1,5}|[A-Z])\.\s*)?roll\s+call\s*[:–—-]?\s*", re.IGNORECASE)


def _opening_roll(flat: str, event: _Event) -> bool:
    """True for a roll call answered member by member before any business ("Roll Call: Mr. Hale, Aye; Mrs. Voss, Aye;
    Mr. Orr, Absent" under the opening of an Ohio board's minutes): every answer "Aye", nothing moved, voted or
    resolved above it, its lead a bare "Roll Call" (a "Roll call vote:" is a vote)."""
    if event.kind != "positions" or set(event.positions) != {"for"}:
        return False
    line_start = flat.rfind("\n", 0, event.start) + 1
    return (_ROLL_CALL_ALONE_LEAD.fullmatch(flat, line_start, event.start) is not None
            and _BUSINESS_BEFORE.search(flat, 0, line_start) is None)


def _roll_call_after_voice_vote(current: _Draft | None, event: _Event, flat: str) -> bool:
    """True when `event` is a roll call of names after a vote already decided by voice, with a sentence of its own
    between them ("The motion was seconded by B and approved unanimously by voice vote. The bill, as amended, was
    given third reading with the vote recorded as follows: VOTING YES: A, B, C."): a voice vote records no names, so
    the roll call is another question's."""
    if current is None or not current.decided or current.positions or event.kind != "positions" or not event.strong:
        return False
    closing = _SENTENCE_END.search(flat, current.end, event.start)
    if closing is None or not _VOICE_VOTE.search(flat, current.start, closing.end()):
        return False
    return len(re.findall(r"[A-Za-z]{2,}", flat[closing.end():event.start])) >= _NEW_QUESTION_WORDS


def _unread_motion_outcome(current: _Draft | None, event: _Event) -> int | None:
    """Where the outcome stands that the decided vote before could not take (its `unclaimed`), when `event` is a
    roll call right after it: the roll call records the vote of another motion, whose words end there."""
    if current is None or not current.decided or current.unclaimed is None:
        return None
    if event.kind != "positions" or not event.strong:
        return None
    return current.unclaimed[0] if 0 <= event.start - current.unclaimed[1] <= AGREED_GAP_CHARS else None


def _tally_under_next_item(current: _Draft | None, event: _Event, text: _Text) -> bool:
    """True when `event` is a tally under another item than the counted vote before it ("1) Grant – Resolution /
    Vote: 38 In Favor …" then "2) Licence – Resolution / Vote: 38 In Favor …"): each item's tally is its own vote."""
    if current is None or event.kind not in ("counts", "positions"):
        return False
    # "4. … For 12, Against 8. The Cathaoirleach declared the motion carried." then "5. The following members voted
    # For: …": a named list under the next item is that item's division, not more names for the vote decided before.
    # "4. … This was seconded by B and unanimously agreed." then "5. It was agreed that £500 be donated. 11 Councillors in
    # favour, 1 against.": a tally under the next item is that item's, whether the vote before was counted or not.
    if not (current.counts or current.decided):
        return False
    return text.keys[text.line_at(event.start)] != text.keys[text.line_at(current.start)]


def _awaits_vote(current: _Draft | None, event: _Event) -> bool:
    """True when a motion with a mover and a seconder waits, just before `event`, for its outcome."""
    return (
        current is not None
        and not current.decided
        and current.settled_at is None
        and current.mover is not None
        and current.seconder is not None
        and event.start - current.end <= AGREED_GAP_CHARS
    )


def _motion_open(current: _Draft | None, event: _Event) -> bool:
    """True when a moved motion, not yet voted on nor settled, waits just before `event` (its own sentence or two)."""
    return (
        current is not None
        and not current.decided
        and current.settled_at is None
        # "A proposal was raised to reply … by <unread>. Cllr B seconded this and all were in favour.": a seconded
        # motion whose mover went unread waits only for the outcome right after its seconder.
        and (current.mover is not None or (current.seconder is not None and event.start - current.end <= AGREED_GAP_CHARS))
        and event.start - current.end <= MOTION_TEXT_MAX_CHARS
    )


def _just_decided(current: _Draft | None, event: _Event) -> bool:
    """True when an outcome with no tally yet ends right before `event` ("… approved unanimously (5-0).")."""
    return (
        current is not None
        and current.last_outcome is not None
        and not current.counts
        and 0 <= event.start - current.last_outcome <= 2
    )


def _take_outcome(current: _Draft | None, event: _Event, flat: str, close: Callable[[], None]) -> _Draft:
    """Give the outcome to the open vote, or start a vote of its own."""
    if current is not None and current.result is not None and not current.tied:
        restated = (
            not event.own_text
            and event.start - (current.last_outcome or current.end) < MERGE_GAP_CHARS
            and not _restates_decision(flat, current.last_outcome or current.end, event.start)
        )
        if not restated:
            close()
            current = None
    elif current is not None and event.own_text and current.decided and current.result is None:
        pass
    elif current is not None and event.own_text and current.mover is None and current.end < event.start - MERGE_GAP_CHARS:
        close()
        current = None
    if current is None:
        current = _Draft(event.start, event.end, motion=event.motion or _sentence_before(flat, event.start) or None)
    if event.motion and (current.motion is None or (event.own_text and current.mover is None)):
        current.motion = event.motion  # "The motion passed 4-1 that …": the words it carried, not the sentence before
    _fill(current, event)
    current.last_outcome = event.end
    return current


TIE_CONSEQUENCE_CHARS = 12
"""A "lost" this close after a tie ("VOTE WAS A TIE – MOTION FAILS") says what the tie did; a casting vote comes later."""


def _tie_restated(draft: _Draft, event: _Event) -> bool:
    return (
        draft.tied and event.result == "lost" and draft.last_outcome is not None
        and 0 <= event.start - draft.last_outcome <= TIE_CONSEQUENCE_CHARS
    )


def _fill(draft: _Draft, event: _Event) -> None:
    draft.end = max(draft.end, event.end)
    if event.result is not None and (draft.result is None or draft.tied) and not _tie_restated(draft, event):
        draft.result = event.result
        draft.tied = event.tied
    for side, number in event.counts.items():
        draft.counts.setdefault(side, number)
    if event.mover and draft.mover is None:
        draft.mover = event.mover
    if event.seconder and draft.seconder is None:
        draft.seconder = event.seconder
    for side, names in event.positions.items():
        if side in draft.strong_sides:
            continue
        if event.strong:
            draft.positions[side] = list(names)
            draft.strong_sides.add(side)
        elif side not in draft.positions:
            draft.positions[side] = list(names)


# The body's own vote, with its tally or "unanimously": "The Board voted 4-0 to approve …", "Council voted
# unanimously to deny …" ("voted to" alone records no vote).
_BODY_VOTED = re.compile(
    rf"\b{_either_case_first(load_vote_words().body)}\s+(?:then\s+)?voted\s+"
    r"(?:unanimously\s+|\(?(?P<f>\d{1,2})\s*(?:[-–]|to)\s*(?P<a>\d{1,2})\)?\s+)(?:to|in\s+favou?r\s+of)\b"
)
# "This was carried by a majority.", "Resolved by majority vote.": a vote whose tally the minutes leave out.
_BY_MAJORITY = re.compile(
    r"\b(?P<o>carried|agreed|resolved|approved|passed|adopted)\s+by\s+(?:a\s+)?(?:clear\s+|large\s+|simple\s+)?majority\b",
    re.IGNORECASE,
)
# "Proposed by A and Seconded by B and RESOLVED by all that …": every member for the motion just moved and seconded.
_BY_ALL = re.compile(rf"\b(?P<o>resolved|RESOLVED|Resolved|agreed|AGREED|Agreed|approved|carried)\s+{BY_ALL}\b")
# "… seconded that the budget be approved. This was carried.", "It was defeated.": the motion just moved as the subject
# (never "it was carried out", "it was passed to the Clerk").
_THIS_WAS_CARRIED = re.compile(
    r"\b(?:[Tt]his|[Ii]t)\s+was\s+(?:then\s+|duly\s+)?(?:unanimously\s+)?(?P<o>carried|defeated|lost|agreed|approved|accepted)\b"
    r"(?!\s+(?:that|to|with|by\s+the\s+(?:clerk|chair\w*))\b)"
    r"(?!\s+(?:out|over|forward|through|on|away|off|into|in)\b)"
)
# "Moved, seconded and voted 3-0 to accept the minutes.": a vote with no names, its tally and its motion in one sentence.
_MOVED_SECONDED_VOTED = re.compile(
    # ("… and carried unanimously to …" with no tally is `unanimous_text`'s.)
    r"\b[Mm]oved,?\s+seconded,?\s+and\s+(?:voted\s+(?:unanimously\s+)?|(?:carried|passed)\s+(?=\(?\d))"
    r"(?:\(?(?P<f>\d{1,2})\s*[-–]\s*(?P<a>\d{1,2})\)?\s+)?(?P<w>to|that)\b"
)
# A New England clerk's record of the vote with no subject, the verb or its label first: "VOTED unanimously by roll
# call to approve the warrant.", "VOTED: 4-0-1 to adopt the fee schedule.", "Voted 3-1 to award the bid.", "VOTE:
# Unanimous to accept the gift.", "It was unanimously voted to appoint R. Vance." ("Vote to remove the officer:" puts a
# question, and so does "VOTE: To adopt …" until its outcome; "It was voted to …" or "Voted to …" with no tally records
# no vote, though it is a decision.)
_TALLY_JOIN = r"(?:\s*[-–—/]\s*|\s+to\s+)"
VOTED_TALLY = rf"\(?(?P<f>\d{{1,2}}){_TALLY_JOIN}(?P<a>\d{{1,2}})(?:{_TALLY_JOIN}(?P<b>\d{{1,2}}))?\)?"
"""The tally after "voted" ("5-0", "(4 – 1)", "4-0-1", "5/0", "4 to 1"; groups "f", "a", "b"): read by `VOTED_RECORD`
and by the decision rules' "it was voted 5 – 1 that …" (regex source)."""
_VOTED_HOW = r"(?:by\s+(?:a\s+)?(?:roll[\s-]call|voice|hand|show\s+of\s+hands)(?:\s+vote)?)"
_OUTCOME_ON_MOTION_GAP = re.compile(
    rf"(?:,?\s+(?:unanimously|{_VOTED_HOW}|by\s+(?:a\s+)?unanimous\s+(?:voice\s+|roll[\s-]call\s+)?vote))*"
    r",?\s+(?:on|upon|following)\s+(?:a\s+|the\s+)?",
    re.IGNORECASE,
)
"""What stands between an outcome and the motion it decided when a sentence gives the outcome first: "… approved
unanimously[ by voice vote] on a motion by A", "… adopted, upon the motion of A" (how it was voted: `_VOTED_HOW`)."""
_VOTED_OPENS = r"(?:^|(?<=[.;:]\s)|(?<=[.;:]\s\s)|(?<=[–—]\s))[ \t]*"
VOTED_RECORD = re.compile(
    rf"{_VOTED_OPENS}(?:(?:VOTED|Voted)(?:\s*:)?|(?:VOTE|Vote)\s*:(?=\s*(?:[Uu]nanimous|UNANIMOUS|\(?\d))|[Ii]t\s+was\s+(?:(?P<u>unanimously)\s+)?voted)\s*"
    rf"(?:(?P<how>[Uu]nanimous(?:ly)?|UNANIMOUS(?:LY)?|{VOTED_TALLY})\s*,?\s*)?(?:(?P<by>{_VOTED_HOW})\s*,?\s*)?"
    r"(?P<w>[Tt]o|TO|[Tt]hat|THAT)\b",
    re.MULTILINE,
)
"""A vote recorded with no subject, its verb or label first ("VOTED: 5-0 to …", "Voted unanimously to …", "It was voted
to …"): a decision, and a vote where a tally, "unanimous(ly)", a roll call or the label "VOTED" says how it went."""


# The next item's number run on after a vote's words ("… adopt the fees. 4."), never a number the words cite ("to table
# agenda item 7.", "to adopt Policy 12.").
_NEXT_NUMBER = re.compile(
    "".join(rf"(?<!\b{word})" for word in ("item", "items", "no.", "number", "section", "page", "article", "chapter",
                                          "policy", "phase", "ward", "unit", "lot", "rule", "resolution", "ordinance"))
    + r"\s+\(?\d{1,3}[.)]$",
    re.IGNORECASE,
)


def voted_record_counts(match: re.Match[str]) -> dict[str, int] | None:
    """The tally of a `VOTED_RECORD` match (for, against and any abstentions), {} for a vote with none, None for no vote."""
    if match.group("f"):
        counts = {"for": int(match.group("f")), "against": int(match.group("a"))}
        if match.group("b"):
            counts["abstain"] = int(match.group("b"))
        return counts
    recorded = match.group("how") or match.group("u") or match.group("by") or match.group(0).lstrip().startswith("VOTED")
    return {} if recorded else None


# The body's vote said with the adverb first or the roll call named: "The Board unanimously voted by roll call vote to
# enter non-public session.", "The Commission voted by roll call to continue the hearing.", "… seconded by B, and voted
# unanimously by the Board to accept the contract." (a decision too: resolutions reads this one pattern).
BODY_VOTED_BY_ROLL = re.compile(
    rf"\b{_either_case_first(load_vote_words().body)}\s+(?:unanimously\s+voted(?:\s+{_VOTED_HOW})?"
    rf"|voted\s+(?:unanimously\s+)?{_VOTED_HOW})\s+(?=to\b|in\s+favou?r\s+of\b)"
    rf"|,?\s+and\s+voted\s+unanimously\s+by\s+the\s+{_either_case_first(load_vote_words().body)}\s+(?=to\b)"
)
# "Commissioner Voss was elected Vice Chair unanimously.", "… was unanimously re-elected as Treasurer.": an officer
# elected by every vote.
_ELECTED_UNANIMOUSLY = re.compile(
    r"\b(?:was|were)\s+(?:unanimously\s+(?:re-?)?elected\b|(?:re-?)?elected\s+(?:as\s+)?(?:the\s+)?(?:[A-Z][\w-]*\s+){0,3}"
    r"unanimously\b)"
)
# "Motion: approved   Vote: unanimous": the outcome as a label line under the item.
_MOTION_LABEL_OUTCOME = re.compile(
    r"^[ \t]*(?:Motion|MOTION)\s*:\s*(?P<o>approved|carried|passed|adopted|failed|defeated|lost)\b", re.IGNORECASE | re.MULTILINE
)
# "CARRIED, with Councillors A and B dissenting.": the outcome opening its line, the dissenters named after it.
_OUTCOME_THEN_DISSENT = re.compile(
    r"^[ \t]*(?P<o>CARRIED|Carried|DEFEATED|Defeated|LOST|Lost)(?=,?\s+with\s+[^.\n]{2,160}?\b(?:dissenting|opposed|against)\b)",
    re.MULTILINE,
)
# "… seconded by B. The vote was unanimous.", "Vote: Unanimous.": every member for the motion just moved (words of
# assent, "Ayes all.", are `_UNANIMOUS_APPROVAL`'s). Read in the lines too: a labelled block's "VOTE: Unanimous" is a
# line of its own, closed by its line's end where the joined text runs on into the next line's words.
_UNANIMOUS_ALONE = re.compile(
    r"(?:^|(?<=[.;:]\s)|(?<=,\sand\s))"
    r"(?:[Tt]he\s+vote\s+was\s+unanimous|(?:[Vv]ote|VOTE)\s*:\s*(?:[Uu]nanimous|UNANIMOUS)|Unanimous|UNANIMOUS)"
    r"(?=\s*[.;]|\s*$)",
    re.MULTILINE,
)
# "Motion by Rob, second by Jen: to approve the minutes; unanimous.": the outcome after a semicolon, closing the sentence.
_UNANIMOUS_CLOSING = re.compile(r"(?<=[;,])\s*(?:unanimous|unanimously)(?=\s*\.)", re.IGNORECASE)
# "Cllr A proposed …, Cllr B seconded, unanimous approval.", "… second by B. All ayes.": every member's assent closing
# the motion (`ASSENT_OF_ALL`).
_UNANIMOUS_APPROVAL = re.compile(rf"(?:^|(?<=[,;.:]\s)|(?<=,\sand\s))(?i:{ASSENT_OF_ALL})\b", re.MULTILINE)
# "A moved to buy a banner. Seconded and approved.", "This was seconded and approved.": the second and the outcome of the
# motion just made, in a sentence of their own with no motion for subject (`outcome_subject` reads "The motion was …").
_SECONDED_AND_CLOSING = re.compile(
    r"(?:^|(?<=[.;]\s)|(?<=[.;]\s\s))[ \t]*(?:(?:This|It)\s+was\s+(?:duly\s+)?)?(?:[Ss]econded|SECONDED),?\s+and\s+"
    r"(?:(?:was\s+)?(?:unanimously|UNANIMOUSLY)\s+)?(?P<o>approved|carried|passed|APPROVED|CARRIED|PASSED)\b",
    re.MULTILINE,
)
# "On motion of A, seconded by B, and carried, the minutes were approved.": the outcome inside the motion's sentence.
_AND_CARRIED = re.compile(r",\s*and\s+(?:duly\s+|unanimously\s+)?(?P<o>carried|passed)(?:\s+unanimously)?\s*,")


# A decision the minutes record without a vote: a motion still waiting for one is settled by it.
_SETTLED = re.compile(
    r"(?<!unanimously )(?<!UNANIMOUSLY )\b(?:(?:And\s+)?(?:RESOLVED|Resolved)\s*:|[Ii]t\s+was\s+(?:further\s+)?agreed\b)"
)
# A run-in topic opening a line or sentence: "Demolition of the shed: – Two bids …" (read by resolutions too).
RUN_IN_TOPIC = r"[A-Z][^.:;\n]{2,60}:\s*[–—-]\s"
_DECISION_START = re.compile(
    r"(?:^|[.:;]\s+)(?:RESOLVED|Resolved|THAT|That|It\s+was|AGREED|Agreed)\b"
    # A run-in topic opens the next business: "… Approved by A and B. Demolition of the shed: – Two bids …".
    rf"|(?:^|[.;\n]\s*){RUN_IN_TOPIC}"
)


def _restates_decision(flat: str, start: int, end: int) -> bool:
    """True when a new decision opens between `start` and `end` (so an outcome there is a new vote's)."""
    between = flat[start:end]
    return bool(_DECISION_START.search(between)) or end - start > MERGE_GAP_CHARS


# --- making the records ----------------------------------------------------------------------


def _make_vote(draft: _Draft, text: _Text, attendees: Sequence[Attendee]) -> Vote:
    first, last = text.line_at(draft.start), text.line_at(max(draft.start, draft.end - 1))
    lines = text.lines[first:last + 1]
    motion = _clean_motion(draft.motion or "")
    if not motion:
        motion = clean_text(text.lines[first].text)
    result = draft.result or _result_of_counts(draft)
    voters = {side: _unique(_resolve(name, attendees) for name in draft.positions.get(side, [])) for side in SIDES}
    return Vote(
        item=draft.number or text.keys[first],
        motion=motion,
        mover=_member_within(draft.mover, attendees) if draft.mover else None,
        seconder=_member_within(draft.seconder, attendees) if draft.seconder else None,
        result=result,
        count_for=draft.counts.get("for"),
        count_against=draft.counts.get("against"),
        count_abstain=draft.counts.get("abstain"),
        voted_for=voters["for"],
        voted_against=voters["against"],
        abstained=voters["abstain"],
        evidence=Evidence.of_lines(lines),
    )


def _result_of_counts(draft: _Draft) -> VoteResult:
    yes = draft.counts.get("for", len(draft.positions.get("for", [])))
    no = draft.counts.get("against", len(draft.positions.get("against", [])))
    if yes == no and yes:
        return "tied"
    return "carried" if yes >= no else "lost"


def _resolve(name: str, attendees: Sequence[Attendee]) -> str:
    """A voter's full name from the attendance list, else as written without its title."""
    written = _plain_name(name)
    if len(written) >= 3 and written.isupper():
        # "NAYS LEE" in minutes that set the voters in capitals: a member's surname, not the initials L. E. E.
        surnamed = [plain for plain in map(_plain_name, (a.name for a in attendees))
                    if plain.split()[-1:] == [written.title()]]
        if len(surnamed) == 1:
            return surnamed[0]
    resolved = resolve_owners(written, attendees) if attendees else []
    if not resolved or ":" in resolved[0]:
        return _short_first_name(written, attendees) or _first_and_initial(written, attendees) or written
    if resolved[0] == written:
        # "Jan": left as written, no member by that name
        return _short_first_name(written, attendees) or _first_and_initial(written, attendees) or written
    return _plain_name(resolved[0])


def _first_and_initial(written: str, attendees: Sequence[Attendee]) -> str | None:
    """ "Victor R." -> "Victor Rusk": a first name and the surname's initial, when exactly one member fits."""
    found = re.fullmatch(r"([A-Z][a-z]+)\s+([A-Z])\.?", written)
    if found is None:
        return None
    fitting = {" ".join(words) for attendee in attendees if len(words := _plain_name(attendee.name).split()) >= 2
               and words[0] == found.group(1) and words[-1].startswith(found.group(2))}
    return fitting.pop() if len(fitting) == 1 else None


GLUED_NAME_WORDS = 3
"""Words of a mover or seconder read with the motion's words glued on ("… the Proposed Budget Marla seconded")."""


def _member_within(name: str, attendees: Sequence[Attendee]) -> str:
    """The attendee a mover or seconder names, when the name was read with a neighbour's words glued to it: the motion's
    last words before "Marla seconded" ("Proposed Budget Marla"), or the outcome after initials ("2nd by MK Voice vote").
    Only a name of three or more words, or one holding a member's initials, is searched; "John Smith" stays as written."""
    resolved = _resolve(name, attendees)
    members = {_plain_name(attendee.name) for attendee in attendees}
    words = _plain_name(name).split()
    if resolved in members or not members or not (
        len(words) >= GLUED_NAME_WORDS
        or (len(words) > 1 and any(len(word) >= 2 and is_initials(word, dots=False) for word in words))
    ):
        return resolved
    for size in range(len(words) - 1, 0, -1):
        for part in (words[-size:], words[:size]):
            candidate = _resolve(" ".join(part), attendees)
            if candidate in members:
                return candidate
    return resolved


def _short_first_name(written: str, attendees: Sequence[Attendee]) -> str | None:
    """ "Jan" -> "Janet Keough", "Dave" -> "David Rusk": a small board's voter called by the short form of a first
    name, when it is that of exactly one member (`names.one_called`) and no member's surname."""
    if not re.fullmatch(r"[A-Z][a-z]{1,}", written):
        return None
    members = [words for words in (_plain_name(attendee.name).split() for attendee in attendees) if len(words) >= 2]
    if any((attendee.surname or "") == written for attendee in attendees):
        return None
    called = one_called(written, [(words[0], words[-1]) for words in members])
    return " ".join(members[called]) if called is not None and members[called][0] != written else None


def _plain_name(name: str) -> str:
    """ "Kinsella (J)" -> "J Kinsella"; titles dropped ("Cmhlr. Ó Tuathail" -> "Ó Tuathail")."""
    name = re.sub(r"\s+", " ", name).strip(" ,.;:")
    name = re.sub(r"\b([A-Z])\.(?=[A-Z][a-z])", r"\1. ", name)  # "S.Kirwood" -> "S. Kirwood"
    title = load_vote_words().title
    previous = None
    while previous != name:
        previous = name
        name = re.sub(rf"^{title}\s+", "", name, flags=re.IGNORECASE).strip()
    bracket = re.match(r"^(.*?)\s*\(([A-Z])\)$", name)
    if bracket:
        name = f"{bracket.group(2)} {bracket.group(1)}"
    return name


def _unique(names: Iterator[str] | list[str]) -> list[str]:
    return list(dict.fromkeys(names))


# --- text helpers ----------------------------------------------------------------------------


def _squash(label: str) -> str:
    return re.sub(r"\s+", " ", label.strip().lower())


def _worded_side(label: str) -> Side:
    label = _squash(label)
    if label.startswith("abst"):
        return "abstain"
    if label in {"against", "opposed", "no", "nay", "nays", "noes"}:
        return "against"
    return "for"


def _bracket_counts(text: str) -> dict[Side, int]:
    found = re.match(r"\s*(\d{1,3})\s+TO\s+(\d{1,3})(?:\s+WITH\s+(\d{1,3})\s+ABSTENTIONS?)?", text, re.IGNORECASE)
    if not found:
        return {}
    counts = {"for": int(found.group(1)), "against": int(found.group(2))}
    if found.group(3):
        counts["abstain"] = int(found.group(3))
    return counts


def _is_label_value(lined: str, match: re.Match[str]) -> bool:
    """ "PASSED [9 TO 2]" or "RESULT: ADOPTED": a result printed as a label's value, not a word in prose."""
    return bool(match.group("c")) or match.group(0).lstrip().upper().startswith("RESULT")


_NOT_NAME_WORDS = frozenset(
    "moved seconded second carried motion result mover seconder ayes nays noes yeas abstain lost defeated passed "
    "failed and to that the for against unanimously all be resolved whereas vote voting voice roll".split()
)


_TALLY_SIDE_WORD = re.compile(rf"{AYE_SIDE}|{NAY_SIDE}", re.IGNORECASE)
_TALLY_SIDE = r"\s*[:=-]?\s*\d{1,2}\b[,;]?\s*"
_TALLY_AFTER = re.compile(
    rf"[,;]?\s*(?:\b{AYE_SIDE}{_TALLY_SIDE}|(?<![\w.])\d{{1,2}}\s+)\b{NAY_SIDE}{_TALLY_SIDE}"
    rf"|[,;]?\s*\b{NAY_SIDE}{_TALLY_SIDE}\b{AYE_SIDE}{_TALLY_SIDE}",
    re.IGNORECASE,
)
"""A tally run on after a motion with no stop between ("motion by A 2nd by B, Yay 5 nay 0 <next line>"): the words
from it on are no part of the motion. Both sides are given (the first side's word may have gone with the seconder's
name: "3 Nays 0"): one number after "No" numbers a paper ("Change Order No 3")."""
_SENTENCE_ADVERB = re.compile(r"^(?:Ultimately|Finally|Subsequently|Then|Later|Eventually|Thereafter|Accordingly|Consequently)$")


def _trim_name(text: str | None) -> str | None:
    """A name cut before the first vote word run into it ("Smith SECONDED" -> "Smith")."""
    if text is None:
        return None
    # "Car Parks Councillor Dunmore": a heading's words run into the name before its title.
    title = re.search(rf"(?:^|\s){load_vote_words().title}\s", text, re.IGNORECASE)
    if title is not None and title.start() > 0:
        text = text[title.start():].strip()
    words = text.split()
    while len(words) > 1 and _SENTENCE_ADVERB.match(words[0]):
        words = words[1:]  # "Ultimately Greta made a motion …": the sentence's adverb, not a name
    while (len(words) > 1 and len(words[0]) > 2 and words[0].isupper() and not all(w.isupper() for w in words[1:])
           and _beyond_title(" ".join(words[1:]))):
        words = words[1:]  # "DISBURSEMENTS Rob Dale": a heading's last word ran into the name
    kept: list[str] = []
    for word in words:
        if word.lower().strip(".,:;") in _NOT_NAME_WORDS or word == "I":
            break  # "… Councillor A. Doe I will move …": "I" without a full stop is no initial
        if _TALLY_SIDE_WORD.fullmatch(word.strip(".,:;")):
            break  # "2nd by Lund Yay 5 nay 0": the tally run into the seconder's name
        kept.append(word)
    while len(kept) > 1 and _TRAILING_HONORIFIC.fullmatch(kept[-1]):
        # "2nd: JORDAN" / "Ms. Hindman moved …": the next sentence's honorific is no part of the name (a title word
        # that is a surname stays: "Cllr Reeve", "Trustee Jo Mayor").
        kept.pop()
    return " ".join(kept) or None


_TRAILING_HONORIFIC = re.compile(rf"(?:{HONORIFIC})\.?", re.IGNORECASE)


def _beyond_title(text: str) -> bool:
    """True when `text` holds a word that is no title ("Cllr Dale", not "Cllr" or "Council Member")."""
    titles = _title_words()
    return any(word.lower().rstrip(".,") not in titles for word in text.split())


@lru_cache(maxsize=1)
def _title_words() -> frozenset[str]:
    """Every word of the vote vocabulary's titles, in lower case (read once: names are trimmed by it for every vote)."""
    return frozenset(word.lower().rstrip(".") for title in load_vote_words().titles for word in title.split())


def _is_person(text: str) -> bool:
    words = _plain_name(text).split()
    if not words or words[0].lower().strip(".,") in _STOP_NAMES:
        return False
    # A label of a vote block ("MOVER:", "AYES:") is never a name.
    return not any(word.lower().strip(".,:") in load_vote_words().label_block for word in words)


_NAME_LIST_WORD = re.compile(
    r"^(?:[A-ZÀ-ÖØ-Þ][\w'’.\-]*|(?:de|da|di|du|le|la|mc|mac|van|von)[A-Z][\w'’\-]*|\([A-Z]\)|and|&|de|van|von|der"
    r"|le|la|ní|Ó|\(\d{1,3}\)|[A-Z]\.)[,;.]?$"
)


def _looks_like_names(text: str) -> bool:
    """True when `text` reads as a list of names: capitalised words, commas, "and"."""
    words = [word for word in re.split(r"\s+", text.strip()) if word]
    if not words:
        return False
    fitting = sum(1 for word in words if _NAME_LIST_WORD.match(word.strip("*")))
    return fitting >= 0.8 * len(words)


def _split_names(text: str) -> list[str]:
    """Names of a list ("Councillors A, B (J) and C."), titles dropped, in order."""
    text = re.sub(r"\(\d{1,3}\)", "", text)
    parts = re.split(r"\s*(?:,|;|\band\b|&)\s*", text.strip().rstrip("."))
    names: list[str] = []
    for part in parts:
        name = _plain_name(part.strip())
        if not name or not re.match(_CAP, name) or len(name) < 2:
            continue
        if name.lower() in load_vote_words().side_of or name.lower() in _STOP_NAMES or not _is_person(name):
            continue
        if names_only_members(name):
            continue  # "Noes: Directors" with no name after it: the members' title alone names nobody
        names.append(name)
    return names


def _offsets(lines: list[str]) -> list[int]:
    offsets, position = [], 0
    for line in lines:
        offsets.append(position)
        position += len(line) + 1
    return offsets


_SENTENCE_END = re.compile(
    # A stop before the next item's number ("… option two. 4. DOG PARK HOURS") ends the sentence too; the stop of a
    # clause's own number after a colon or a semicolon ("That Council: 1. Adopts the plan; and 2. Notes …") does not.
    r"(?<![A-Z])(?<!Cllr)(?<!Clr)(?<!Cmhlr)(?<!Mr)(?<!Mrs)(?<!Ms)(?<!Dr)(?<!No)(?<!St)"
    r"(?<![:;]\s\d)(?<![:;]\s\d\d)(?<!;\sand\s\d)(?<!;\sor\s\d)"
    # A bullet after the stop opens the next sentence ("… 11 acres. ● The Supervisor asked …").
    r"[.!?](?=\s+[A-Z“\"(]|\s+[•●▪]\s|\s+\d{1,3}[.)]\s|\s*$)"
)


def _sentence_after(flat: str, start: int) -> str:
    found = _SENTENCE_END.search(flat, start)
    end = found.end() if found else len(flat)
    return flat[start:end].strip(" ,:;")


UNMOVED_MOTION = re.compile(
    r"^(?:(?:a|another)\s+motion\s+was\s+(?:then\s+)?(?:made|offered|put)\s+|(?:a\s+)?motion\s*:?\s+)(?:to|that)\s+\S"
    r"(?![^.;]*\bby\s)",
    re.IGNORECASE,
)
"""A motion put with no mover in its sentence, as agenda software prints it over "Motion by A, second by B.": "Motion
to approve the minutes of March 3", "A motion was made to adopt Resolution 31-07."; and as a labelled block sets it over
"Moved: A Seconded: B" and "Vote: 3-0": "Motion: To approve …". Read by the vote and decision readers."""
_VOTE_RECORD_OPENS = re.compile(
    r"^[\s:;,.–—-]*(?:(?:vote|roll\s+call(?:\s+vote)?)\s*:\s*)?"
    r"(?:\d{1,2}\s*[-–/]\s*\d{1,2}\b|unanimous(?:ly)?\b(?!\s+(?:that|to|agreed|approved|carried|adopted|resolved)\b))",
    re.IGNORECASE,
)
"""What follows a labelled block's movers when it is the vote's record, not the motion ("Vote: 3-0 in favor", ": 3-0",
"VOTE: Unanimous"): the motion was put above them."""


def _motion_line_above(lined: str, at: int) -> tuple[str, int] | None:
    """(the motion, where it starts) when the mover's clause at `at` opens its line and the line above (blank lines
    aside) puts the motion's words ("Motion to approve …" / "Motion by A, second by B."), else None."""
    line_start = lined.rfind("\n", 0, at) + 1
    if lined[line_start:at].strip():
        return None
    end = line_start - 1
    while end > 0 and lined[end - 1] in " \t\n":
        end -= 1
    start = lined.rfind("\n", 0, end) + 1
    text = lined[start:end].strip()
    if end <= 0 or not UNMOVED_MOTION.match(text):
        return None
    return text, start + (len(lined[start:end]) - len(lined[start:end].lstrip()))


def _sentence_before(flat: str, end: int) -> str:
    """The sentence ending just before `end` (or the sentence `end` falls in), from its decision word if it has one."""
    before = flat[max(0, end - MOTION_TEXT_MAX_CHARS):end].rstrip()
    own = before
    cut = [m.end() for m in _SENTENCE_END.finditer(before[:-1])]
    if cut:
        own = before[cut[-1]:]
    if (len(own.strip(" .,;")) <= MIN_MOTION_CHARS * 3 or _OUTCOME_SUBJECT_ONLY.match(own.strip())) and len(cut) >= 2:
        own = before[cut[-2]:cut[-1]] if _OUTCOME_SUBJECT_ONLY.match(own.strip()) else before[cut[-2]:]
    opener = list(_DECISION_OPENER.finditer(own))
    if opener:
        own = own[opener[-1].start():]  # "CSE/18/16 Minutes … RESOLVED: That …": the heading is not the motion
    return own.strip().lstrip("•●▪ ")


# The outcome's own subject before its verb ("The motion was seconded and" | "passed.", "Seconded and" | "unanimously
# approved."): no words of the motion.
_OUTCOME_SUBJECT_ONLY = re.compile(
    r"^(?:(?:the\s+)?(?:motion|amendment|proposal|nomination)\s+(?:was|is)\s+(?:duly\s+)?(?:seconded,?\s+and|then)?"
    r"|(?:(?:this|it)\s+was\s+(?:duly\s+)?)?(?:motioned,?\s+)?seconded,?\s+and)\s*$",
    re.IGNORECASE,
)
# The words after "A made the motion," that only name its seconder ("with a second by B", "seconded by B"): the motion
# was put in the sentence before, the chair's call for it.
_SECONDER_ONLY = re.compile(r"^[,;\s]*(?:with\s+a\s+second\b|(?:and\s+)?(?:seconded|second|2nd)\s+by\b)", re.IGNORECASE)
_TALLY_ONLY = re.compile(r"^\(?\s*\d{1,2}\s*[-–]\s*\d{1,2}\s*\)?[.;]?$")
_DECISION_OPENER = re.compile(r"\b(?:RESOLVED|Resolved|RECOMMENDED|AGREED)\b\s*[:–—-]?")


# Where a motion's words end and the record of its vote (or a page break) begins.
_PROCEDURE = re.compile(
    r"\s(?:-{3,}|A\s+(?:recorded\s+)?vote\s+was\s+taken|The\s+result\s+of\s+the\s+voting|On\s+being\s+put"
    r"|Vote\s+on\b|The\s+(?:Mayor|Chair\w*|President)\s+(?:then\s+)?(?:directed|put|declared))"
)


_MADE_THE_SECOND = re.compile(r"(?<=[,.;]\s)[A-Z][a-z][\w'’-]+\s+made\s+the\s+second\b")


_OUTCOME_ALONE = re.compile(
    r"[.;,]?\s*(?:(?:[Aa]ll\s+)?(?:Approved|APPROVED|Agreed|AGREED|Carried|CARRIED|Resolved|RESOLVED)|All\s+in\s+favou?r)"
    r"(?:\s+(?:unanimously|by\s+all))?\s*(?:[.;]|$|(?=\d{1,3}(?:\.\d{1,3})+\.?(?!\d)|\d{1,3}\.(?!\d)))"
)
"""What is left of a mover's sentence when it only records the outcome after the seconder ("…, seconded B. Approved.",
"… All in favour" with no stop before the next item's number: the text is read with its lines joined)."""


def _motion_after(flat: str, start: int, rules: _Rules) -> str | None:
    """What follows a mover's name: the motion's words up to the sentence's end, seconder clauses dropped."""
    text = _sentence_after(flat, start)
    # "…, seconded by B", "Seconded: B", "Seconded; B" (`SECONDER_LABEL`).
    seconder = (rf"^[,;]?\s*(?:and\s+)?(?:{SECONDER_LABEL}\s*|(?:[Ss]econd(?:ed)?|SECOND(?:ED)?|2nd|supported)"
                rf"(?:\s+(?:by|By|BY))?\s+){rules.name}[,;]?\s*")
    text = re.sub(seconder, "", text)
    if _OUTCOME_ALONE.match(text):
        return None  # "Proposed A, seconded B. Approved.": the motion is what was written before the mover
    # "… 2nd by clerk, Yay 5 nay 0": a seconder named by a post in lower case.
    text = re.sub(r"^[,;]?\s*(?:2nd|[Ss]econd(?:ed)?)\s+by\s+(?:the\s+)?[a-z]+\b[,;]?\s*", "", text)
    # "Cllr A proposed, and Cllr B seconded, that …": the seconder named before the verb.
    text = re.sub(rf"^[,;]?\s*(?:and\s+)?{rules.name}\s+(?:seconded|seconds)\b[,;]?\s*", "", text)
    text = re.sub(r"^[,;]?\s*(?:and\s+)?(?:unanimously\s+)?(?:agreed|resolved|RESOLVED|carried)\b[:,]?\s*", "", text)
    # "…, all in favour that …", "… and all those at the meeting were in favour."
    text = re.sub(r"^[,;]?\s*(?:and\s+)?all\s+(?:[\w.]+\s+){0,4}?(?:were\s+)?in\s+favou?r\b[.,;]?\s*", "", text)
    procedure = _PROCEDURE.search(text)
    if procedure is not None and procedure.start() > MIN_MOTION_CHARS * 3:
        text = text[: procedure.start()].rstrip(" ,;")
    # "A moved (B seconded) to approve the minutes": the seconder in brackets before the motion's words.
    text = re.sub(rf"^\(\s*{rules.name}\s+(?:seconded|seconding)\s*\)\s*", "", text)
    later = rules.second_verb.search(text) or rules.second_by.search(text) or _MADE_THE_SECOND.search(text)
    if later is not None and later.start() > MIN_MOTION_CHARS * 3:
        # "… in the documents, and seconded by B": the joining word goes with the seconder's clause.
        text = re.sub(r"(?:[\s,;]+and)?[\s,;]*$", "", text[: later.start()])
    text = re.sub(r"^(?:and\s+)?(?:unanimously\s+)?(?:agreed|resolved|RESOLVED|carried)\b[:,]?\s*", "", text)
    tally = _TALLY_AFTER.search(text)
    if tally is not None:
        text = text[: tally.start()].rstrip(" ,;")
    text = re.sub(r"^(?:the\s+motion\s+|a\s+motion\s+)", "", text)
    text = re.sub(r"^(?:unanimously|unanimous)\W*$", "", text)
    return text or None


def _following_text(lined: str, start: int) -> str:
    """The lines after a motion's header, up to its outcome ("Carried.")."""
    rest = lined[start:start + MOTION_TEXT_MAX_CHARS * 2].strip("\n")
    found = re.search(r"(?:Carried|CARRIED|Defeated|DEFEATED|Lost|Failed)\b\s*\.?|\b(?:Recorded|Roll[- ]call)\s+[Vv]ote\b", rest)
    return rest[: found.start()] if found else rest


_LEADING_ITEM_NUMBER = re.compile(r"^\d{1,3}(?:\.\d{1,3})*\.\s*(?=[A-Z])|^\d{1,3}(?:\.\d{1,3})+\s+(?=[A-Z])")


def _clean_motion(text: str) -> str:
    text = re.sub(r"\s+", " ", text).strip(" ,;:-–—")
    text = _LEADING_ITEM_NUMBER.sub("", text)  # "8.2.To approve the bank reconciliation.": the item's number, not the motion's
    text = re.sub(r"\s*\(\s*\d{1,2}\s*[-–—]\s*\d{1,2}(?:\s*[-–—]\s*\d{1,2})?\s*\)\s*\.?$", ".", text)  # its tally
    if len(text) > MOTION_TEXT_MAX_CHARS:
        text = text[:MOTION_TEXT_MAX_CHARS].rsplit(" ", 1)[0] + " …"
    return text if len(text) >= MIN_MOTION_CHARS else ""
