"""Actions: who agreed to do what, and by when.

Minutes record actions three ways: a marker line after the paragraph that
states the task ("Action - Jane Smith", "Action: KW", or the owner's initials
alone on a line), a commitment in the prose ("KW will send …", "Mr Smith said
that he would find out …", "the Police are taking this forward", "X offered
to …"), or an entry of an agreed list that names who does it ("the Chairman
writing to …"). Commitment phrasings are spaCy Matcher patterns kept in
`data/action_patterns.json`; the owner is read from the words before the match
and resolved against the attendees by `owners.resolve_owners`.
"""

from __future__ import annotations

import calendar
import datetime as dt
import json
import re
from bisect import bisect_right
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import Iterator, Sequence

from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc, Span, Token

from ..ingest.document import Line
from .action_updates import earlier_action_table, restates_earlier_action, reviews_earlier_actions
from .addresses import street_word_pattern
from .agenda_words import agenda_words
from .agreements import (
    body_tasks,
    is_decision,
    irregular_participles,
    is_task_verb,
    named_owner_tasks,
    post_not_tasks,
    schedule_verbs,
    sentence_of,
    verb_of_participle,
)
from .attendance_forms import ROLL_STATUS_WORDS, chairs_named_in
from .column_headers import load_column_headers
from .dates import MONTHS, WEEKDAY_NAME, parse_date
from .items import MOTION_OPENING, Section, paragraph_text, strip_list_marker
from .margin_owners import (
    ACTION_LIST_LABEL,
    FOLLOW_UP_LABEL,
    OWNER_SEPARATOR,
    TASK_LABEL,
    MarginColumns,
    MarginTag,
    is_outcome_cell,
    owner_cell_columns,
    squeeze_initials,
    tagged_text,
)
from ..names import HONORIFIC, body_word_pattern, load_non_person_words, load_title_words, match_leading_title, parse_person
from ..names.initials import MAX_INITIALS
from .nlp import (
    PARSED_TEXTS_KEPT,
    Anchors,
    HashedAnchors,
    build_matcher,
    has_lexical_patterns,
    has_punctuation_sentences,
    hash_anchors,
    hash_words,
    may_match_text,
    may_match_words,
    parse_sentences,
    parse_text,
    read_pattern_anchors,
    read_start_words,
    stays_in_sentence,
    token_hashes,
)
from .public import public_noun_pattern
from .owners import (
    CHAIR_WORDS,
    collect_mentions,
    declared_initials,
    headed_by_body,
    is_agency,
    is_role,
    load_owner_words,
    names_body,
    names_place_body,
    post_as_named,
    resolve_owners,
)
from .names import is_organisation
from .records import Action, Attendee, Evidence, Meeting
from .tally_words import SIDE_LIST_LABEL
from .verbs import IRREGULAR_PAST
from .resolutions import FAILED_MOTION

PATTERNS_PATH = Path(__file__).parent / "data" / "action_patterns.json"
MAX_OWNER_WORDS = 7
"""An owner phrase longer than this is a clause, not a name."""
MAX_DEPARTMENTS_POST_WORDS = 10
"""Words a post written with the departments it heads may run to ("the Executive Director of Housing and Community
Services"): longer than a post before a surname (`owners.MAX_POST_BEFORE_SURNAME_WORDS`)."""
MAX_NAME_WORDS = 3
"""A person's name after any title: "Jane Smith", "Mary Ann Smith"."""
SAME_TASK_OVERLAP = 0.5
"""Share of content words two actions of one owner must have in common to be the same task."""
SAME_TASK_WORDS = 6
"""Opening words of a task that tell which minute of a block it was read from."""
SHORT_WORD = 3
"""Words this short ("the", "for") say nothing about which task is meant."""
SENTENCES_KEPT = 4096
"""Sentences whose commitment matches are remembered: a long document's worth, so memory stays bounded."""
MIN_TAGGED_WORDS = 4
"""Words a paragraph needs before an owner tag at its end: a shorter one is a heading or a name line."""
NEXT_PARAGRAPH_LINES = 2
"""A paragraph this many lines after another (a blank line between) is the next one."""
CONTEXT_WORDS = 60
"""The longest sentence put before a commitment that leans on it: a longer one is an unparted run of list entries."""
SHORT_ACTION_WORDS = 12
"""A commitment shorter than this usually leans on the sentence before it ("… take this forward")."""
OBJECTLESS_WORDS = 3
"""A commitment of this many words or fewer from its match on ("to action", "will follow up", "agreed to investigate")
names no task of its own, so even a self-contained one ("Clerk to action.") leans on the sentence before it."""
PERSON_LABELS = frozenset({"PLAN", "HAPPY", "ONGOING"})
PERSON_LABEL = "PLAN"
"""A label of `PERSON_LABELS`, for checking that an owner is a person."""
"""Labels whose owner must be a person, a post or someone at the meeting: an agency that "will be consulting" or
"would be happy to visit" is news or an outside offer, not an action."""
SUBJECT_LABELS = frozenset({"OFFER", "FORWARD", "COMMIT"})
"""Labels whose owner may be the sentence's subject across "and"/"but" ("X asked … and offered to …",
"X is unsure of the figure but will find out"); COMMIT only right after "and"/"but"."""
SELF_CONTAINED_LABELS = frozenset({"TO", "OFFER", "ASKED", "HAPPY", "ONGOING"})
"""Labels whose sentence names its owner and task itself ("X agreed to …"), so a short one needs no context."""
BODY_LABELS = frozenset({"COMMIT", "TO", "FORWARD"})
"""Labels the meeting's own body may own: "The Council will write to …", "Parish Council to get quotes"."""
GROUP_LABELS = frozenset({"TO", "ASKED", "OFFER"})
"""Labels a body's staff or members as a whole may own (`_is_group`): a direction given to them ("Staff were directed to
…", "Staff to …", "Councillors were reminded to …", "Members to review …") or what they agree to do ("Councillors agreed
to monitor …"); the members' only when its verb is a follow-up task's, so "Councillors agreed to object" is a decision."""
PRONOUN_LABELS = frozenset({"OFFER", "COMMIT", "HAPPY"})
"""Labels whose sentence may open with a pronoun for the person the sentence before named ("He agreed to look at …")."""
BARE_LABEL = "BARE"
"""The label of a post and a bare follow-up verb ("… not cleared. Clerk chase."): the match opens on its owner, the post."""

# "Action: To be put on the notice board." names a task and no owner: "To …" is never the owner.
# The label may say the action was agreed ("Agreed action: …", "Action agreed – …"), as notes of informal meetings do,
# or call it an item or a point ("Action item: Jo to order the chairs.", "Action point – Clerk to write").
_ACTION_LABEL = r"(?:agreed\s+)?actions?(?:\s+(?:items?|points?))?(?:\s+agreed)?"
# Minutes that number their actions put the number after the label: "Action 2.01: CP", "ACTION No. 4 – Clerk".
_ACTION_NUMBER_LABEL = r"(?:\s*(?:no\.?\s*)?\d{1,3}(?:\.\d{1,3}){0,2}[a-z]?)"
_NUMBERED_LABEL = rf"{_ACTION_LABEL}{_ACTION_NUMBER_LABEL}?"
_MARKER = re.compile(
    rf"^{_ACTION_LABEL}(?:{_ACTION_NUMBER_LABEL}(?=\s*[-–—:]))?\b\s*(?:by\b|for\b)?\s*(?P<separator>[-–—:])?"
    r"\s*(?!to\s)(?P<owner>[A-Z].*)$",
    re.IGNORECASE,
)
# The marker may follow a dash rather than a full stop: "… needs repair - ACTION: JB".
_INLINE_MARKER = re.compile(
    rf"(?:^|(?<=[.;!?])\s+|\s+[-–—]{{1,2}}\s*){_NUMBERED_LABEL}\s*[-–—:]\s*(?!to\s)(?P<owner>[A-Z][^.;]{{0,60}})\.?$",
    re.IGNORECASE,
)
# A marker inside a paragraph before an owner's task, with more said after it ("… redone. ACTION: JL to resubmit.
# Trees. …"): the marker goes, so the task reads as the owner's own sentence.
_MID_MARKER = re.compile(
    rf"(?<=[.;!?])\s+(?i:{_NUMBERED_LABEL})\s*[-–—:]\s*(?=[A-Z][^.;:!?]{{0,60}}?\s+to\s+[a-z][^.;!?]*[.;!?]\s+\S)"
)
# The same marker ending the paragraph, where its task is too long to be read as the marker's owner.
_END_MARKER = re.compile(
    rf"(?<=[.;!?])\s+(?i:{_NUMBERED_LABEL})\s*[-–—:]\s*(?=[A-Z][^.;:!?]{{0,60}}?\s+to\s+[a-z][^.;!?]*[.!?]?\s*$)"
)
_ACTION_TO = re.compile(
    # Org mode's keyword needs no colon after it: "TODO Wen to ask the library …".
    rf"^(?:{_NUMBERED_LABEL}|{TASK_LABEL}|{FOLLOW_UP_LABEL})\s*(?:by\s*)?(?:[-–—:]|(?<=TODO)(?=\s))\s*"
    r"(?P<owner>[A-Z][^:]{0,80}?)\s+to\s+(?P<task>[a-z][a-z-]*\b.*)$",
    re.IGNORECASE,
)
_LABEL_BEFORE_SENTENCE = re.compile(rf"^(?i:{_NUMBERED_LABEL})\s*[-–—:]\s*(?=[A-Z])")
_MODAL_VERB = re.compile(
    r"^(?:should|shall|will|would|is\s+to|are\s+to|to)\s+(?:(?:also|now|then|further)\s+)?(?P<verb>[a-z]+)\b", re.IGNORECASE
)
"""The verb after the owner's "would"/"should" in a decision ("… the Chair would await …")."""
_CONTINUED_TASK = re.compile(r"^\s+to\s+(?P<verb>[a-z]+)\b(?:\s+(?P<next>[a-z]+))?")
"""A task kept on after "continue" ("… that the Clerk should continue to pursue this matter")."""
_ASKED_OF = re.compile(r"\b(?:be|is|are)\s+(?:asked|requested|invited|urged)\s+to\b", re.IGNORECASE)
"""A request put to someone in the passive ("… would be asked to patrol …")."""
# A board's "Action:" line that records what it did, not who acts: "The Board took no action.", "No action taken."
_NO_ACTION_TAKEN = re.compile(
    r"\b(?:took|takes|taken|take)\s+no\s+action\b|\bno\s+action\s+(?:was\s+)?(?:taken|required|needed)\b", re.IGNORECASE
)
_PAST_DEEDS = r"[a-z]+ed|set|read|" + IRREGULAR_PAST
"""A verb of what was done, regular ("discussed", "concurred") or not ("took", "heard")."""


@lru_cache(maxsize=1)
def _body_did() -> re.Pattern[str]:
    """What an action-update's "ACTION:" line records the meeting's body did ("ACTION: Council discussed a settlement
    proposal.", "Action: The Board concurred."): the body and a verb in the past, a result, never an owner."""
    bodies = "|".join(sorted(load_owner_words().body_words, key=lambda word: (-len(word), word)))
    return re.compile(rf"^(?:the\s+)?(?:[A-Z][\w'’-]*\s+){{0,2}}(?i:{bodies})\s+(?:{_PAST_DEEDS})\b")


_CLAUSE_VERB = re.compile(r"\b(?:will|would|shall|should|is|are|was|were|has|have|had)\b", re.IGNORECASE)
"""A word that makes the words before "to" a clause, not an owner ("The Secretary will write to …")."""
_TRAILING_INITIALS = re.compile(r"(?<=[.!?])\s+(?P<owner>[A-Z]{2,3}(?:\s*(?:/|,|&)\s*[A-Z]{1,3})*)$")
_INITIALS_LINE = re.compile(r"^[A-Z]{2,3}(?:\s*(?:/|,|&|\band\b)\s*[A-Z]{1,3})*\.?$")
_INITIALS = re.compile(r"^[A-Z]{2,3}(?:\s*(?:/|,|&|\band\b)\s*[A-Z]{2,3})*$")
_CLAUSE_BREAK = re.compile(r"(?:\bthat\b|[,;:]|\s[-–—]{1,2}(?=\s))\s*")
# A dash between spaces, or glued to the next word as hurried minutes type it ("… of commons -clerk to obtain …").
_DASH_BREAK = re.compile(r"\s[-–—]{1,2}\s*")
_COMMA_OR_DASH = re.compile(r"[,;]\s+|\s[-–—]{1,2}\s*")
_AND_BREAK = re.compile(r"\b(?:and|but|so|then|whereby)\b\s*")
_BRACKETS = re.compile(r"\s*\([^()]*\)")
# A bracket holding a sentence of its own that opens on a capital and states a commitment ("(Cllr Reed would find
# out)", "(Clerk to chase)"): read as prose, since the bracket is otherwise left out of its sentence.
_BRACKETED_COMMITMENT = re.compile(
    r"\((?P<inner>[A-Z][^()]{0,40}?\s(?:will|would|shall|to|agreed\s+to|offered\s+to)\s[a-z][^()]{2,200})\)"
)
_MODAL = r"(?:will|would|shall|should|is\s+to|are\s+to)\b"
_ASIDES = re.compile(
    rf",\s+as\s+(?:the\s+|our\s+)?(?:[a-z][\w'’-]*\s+){{0,2}}(?:clerk|chair(?:man|woman|person)?|secretary|treasurer"
    rf"|convener|convenor|member|councillor|representative)s?\s*,(?=\s+{_MODAL})"
    rf"|(?:(?<=\bwill)|(?<=\bwould)|(?<=\bshall))\s*,\s+as\s+(?:agreed|promised|requested|discussed|before"
    rf"|previously\s+agreed)\s*,"
    rf"|,\s+with\s+(?:the\s+)?(?:support|help|assistance)\s+(?:of|from)\s+[^,.;]{{1,40}},(?=\s+{_MODAL})",
    re.IGNORECASE,
)
"""An aside set off by commas between an owner and the task ("X, as secretary, will write …", "He would, as agreed,
liaise …", "our Chair, with support from members, would explore …"): read without it, as a bracket is."""
_ANAPHOR = re.compile(r"\b(?:this|it|these|that|them|do\s+so)\b", re.IGNORECASE)
_TASK_CUE = re.compile(r"\b(?:will|would|shall|to be|asked|agreed|should|may|need(?:s|ed)? to|be \w+ed)\b")
_OPENS_WITH_ANAPHOR = re.compile(r"^(?:It|This|These|They|That)\b")
# What an owner column holds when nobody acts: "TBC", "N/A", "Noted", "Done".
# "Actions Taken", "Action Required", "Action Requested" over a board's motion (as US school boards' minutes print each
# item's "Recommended Motion" and "Actions Taken") say what the action is, never who takes it. A roll printed as a grid
# puts each member's status in a column at the right ("ALEXANDER, R.      PRESENT", "Attendance"): no one acts.
_NO_OWNER_CELL = re.compile(
    r"^(?:tbc|tba|n/?a|none|nil|noted|done|complete[d]?|closed|ongoing|open|yes|no|info|information|[-–—]+"
    r"|taken|required|requested|recommended|proposed|pending"
    rf"|{'|'.join(ROLL_STATUS_WORDS)}|attendance|late)\.?$",
    re.IGNORECASE,
)
# A report's heading in a list of them, its presenter at the right margin ("B) Parks Committee      T. Lowe"): the name
# gives the report, no task. The line's last labelled part, its words capitalised but for a few joining words, ending
# on a body's head noun (names' body_words: "Committee", "Board", "Group" …) or on "Report": an action list's entries
# are set just so ("A) Replace Dog Bin Lid", "1) Grass Cutting Contract Renewal"), each its owner's task.
_LABELLED_TITLE = re.compile(r"(?:^|\s)(?:[A-Z]|\d{1,2})[.)]\s+(?P<title>[A-Z][^.!?;:()]{2,80})$")
_REPORT_HEAD = re.compile(rf"\b(?:{body_word_pattern()}|reports?)$", re.IGNORECASE)
_TITLE_JOINERS = frozenset({"of", "and", "the", "for", "on", "in", "to", "&", "-", "–"})
_NAME_LIST = re.compile(
    r"^[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}(?:,\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2})+,?\s+(?:and|&)\s+"
    r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}$"
)
"""Three or more names in a list, the last after "and" ("Ann, Bea, and Cy Dunn")."""
_RELATIVE_ASIDE = re.compile(
    r"^\s*(?P<owner>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}),\s+(?:who|whose)\b[^,;:]{1,80},\s*$"
)
"""An owner, then a relative clause set off by commas before the commitment ("Jo Lee, who chairs the group, will …")."""
_PERSON_BEFORE_POST = re.compile(
    rf"^(?:(?:{HONORIFIC})\.?\s+[A-Z][\w'’-]+|[A-Z][\w'’-]+(?:\s+[A-Z]\.)?(?:\s+[A-Z][\w'’-]+){{1,2}})$"
)
"""A person's name before the post set off after it: a courtesy title and surname ("Ms Lowe"), or a given name and
surname ("Dana Ortiz", "Gary L. Kessler")."""
_STREET_WORDS = street_word_pattern() + r"(?:\s+\d{1,4})?(?:\s+(?:North|South|East|West|[NSEW]|[NS][EW])\b\.?)?"
"""A street's kind after its name (the shared street words of `addresses`), with a route's number ("County Highway 9")
or the quarter some US addresses add ("Inskip Avenue South") (regex source)."""
# A speaker set off as one of the public, by what they are ("Mr Quayle, a local resident, …", "Jo Roe, applicant, …") or
# by their address, as US minutes name those who speak in public comment ("Jane Roe, 45 Elm Street, …", "Mr Quayle,
# of Mill Lane, …"): what they say they will do is no task the meeting gave (`_set_off_as_public`).
_SET_OFF_AS_PUBLIC = re.compile(
    r"^(?P<name>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}),\s+(?:"
    r"(?:(?:a|an|the)\s+)?(?:local\s+|nearby\s+|neighbou?ring\s+)?" + public_noun_pattern() + r"[^,;.]{0,60}"
    rf"|\d{{1,5}}[A-Za-z]?\s+(?:[A-Z][\w'’.-]*\s+){{0,3}}{_STREET_WORDS}"
    rf"|of\s+(?:\d{{1,5}}[A-Za-z]?\s+)?(?:[A-Z][\w'’.-]*\s+){{1,3}}{_STREET_WORDS}"
    r"),"
)
_PRONOUNS = frozenset({"he", "she", "they"})


def _set_off_as_public(owner: str, sentence: str) -> bool:
    """True when `sentence` opens on someone set off as one of the public (`_SET_OFF_AS_PUBLIC`) and `owner` is they."""
    match = _SET_OFF_AS_PUBLIC.match(sentence)
    if match is None:
        return False
    name = match.group("name")
    return owner.lower() in _PRONOUNS or owner == name or (" " not in owner and name.endswith(owner))


def _named_as_public(name: str, text: str) -> bool:
    """True when `text` sets `name` off as one of the public somewhere ("… asked Jo Roe, a resident, …")."""
    return any(_SET_OFF_AS_PUBLIC.match(text[found.start():]) for found in re.finditer(re.escape(name), text))


_QUESTION_ASKED = re.compile(
    r"\b(?:asked|enquired|inquired|queried|wondered)\s+(?:\w+\s+){0,3}?(?:if|whether|how|what|when|why|where|who|about)\b",
    re.IGNORECASE,
)
"""A question put in the sentence before a reply: what the reply says would happen answers it, unless it is a follow-up."""
_QUESTIONED = re.compile(
    r"^[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}\s+(?:asked|questioned|quizzed)\s+"
    r"(?P<asked>(?:[A-Z][\w.'’-]*)(?:\s+[A-Z][\w.'’-]*){0,3})\s+(?:about|of|if|whether|how|what|when|why|on|regarding)\b"
)
"""A sentence putting a question to someone by name: the reply after it ("He will …") is theirs."""
_HANDED_ON = re.compile(r"\b(?:on|to)\s+(?:(?:the|a|an|any|their|his|her|its|our|all|each)\b|[A-Z])|\bon\s*[.;]?\s*$")
"""Where something handed on goes ("… to the Chairman", "… on to Highways"), not an infinitive ("… to exclude …")."""
_REPORTS_BACK = re.compile(
    r"^[^.;:]*?\b(?:and|then)\s+(?:then\s+)?(?:(?:report|come|get)\s+back|revert|bring\s+(?:[\w'’-]+\s+){0,4}?back)\b",
    re.IGNORECASE,
)
"""A commitment that goes on to report back on what it looks at ("… will consider the options and report back", "… will
verify the figures and get back to members", "… will redraft the policy and bring it back in May"): the report is the
task."""
_ONLY_WEIGHS = frozenset({"consider"})
"""Verbs after "will" that weigh a matter and give nobody a task unless a report back follows (`_REPORTS_BACK`)."""
_NEXT_CLAUSE = re.compile(r",\s*(?:and|but|whereupon)\s+|;\s+")
_NAMED_AT_END = re.compile(
    r"(?:^|(?<=\s))(?P<named>(?:[Tt]he\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})"
    r"(?:\s+(?:also|then|later|further|subsequently))?\s*$"
)
"""The capitalised name or post that ends the words before a speech verb, its subject ("… and Cllr Ferrow")."""
_HAS_WORD = re.compile(r"[^\W\d_]{2}")
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_COMMIT_ADVERBS = frozenset({"also", "now", "then", "personally", "further", "still", "again"})
_DIRECTION_WORDS = frozenset(
    {"to", "asked", "requested", "reminded", "tasked", "instructed", "directed", "authorised", "authorized"}
)
"""Words of a direction between its owner and the task's verb ("were asked to review", "to report")."""
_TABLE_RULE = re.compile(r"^[\s:|-]*-[\s:|-]*$")
"""A markdown table's rule between its header and its rows ("| --- | :---: |")."""
_NAME_CONNECTORS = frozenset({"the", "of", "and", "&", "for", "/", "de", "van", "von"})
_GLUED_BULLET = re.compile(r"^[-•·*](?=[A-Z])")
_LIST_ENTRY = re.compile(r"^(?:[-•·*]\s+)?(?:\(?[a-z]\)|\(?\d{1,2}\)|\(?[ivx]{1,4}\)|[a-z]\.)\s+")
# In round or square brackets: "(Action: TU)", "[Action: Clerk]".
_BRACKET_MARKER = re.compile(
    r"\s*[(\[](?i:\s*actions?\s*(?:by\s*)?)(?:[-–—:]\s*|\s+(?=[A-Z]{2,3}\s*[)\]]))(?P<owner>[A-Z][^()\[\]]{0,60}?)\s*[)\]]"
)
_NEEDED = re.compile(r"\b(?:needs?|needed|required|to\s+be\s+[a-z]+(?:ed|en|t))\b")
"""What a sentence says is still to be done, with no one named in it: "… needs a new liner", "… to be cut back"."""
# A bracket closing a paragraph, holding only who acts: "… about the drain (Kim & Lou).", "(JK/Clerk)".
_CLOSING_BRACKET = re.compile(r"(?<=[\w.,;])\s*\((?P<owner>[A-Z][\w.'’-]*(?:\s*(?:&|/|,|\band\b)?\s*[A-Z][\w.'’-]*){0,5})\)\.?$")
# A minute's own reference before its sentence: "4.15) ", "4.14iii) ", "4. 4.14iii) ", "13i) ", "4.3 ".
_MINUTE_REFERENCE = re.compile(
    r"^(?:\d{1,3}\.\s+)?(?:\d{1,3}(?:\.\d{1,3})*(?:[a-z]|[ivx]{1,4})?\)|\d{1,3}(?:\.\d{1,3})+)\s+"
)
# A post run on from the words before with no stop, comma or dash, as a list of letters received or a list of repairs
# runs into the task the minutes give it: "Household Emergency Planning Clerk to obtain more leaflets", "cracked wood,
# loose panels etc Treasurer to pay the invoice". The post is any head word of a post that may own a task
# (`owners.load_owner_words().roles`, narrower on purpose than names/' post words, which hold surnames: "Warden",
# "Reeve"). It runs on from a word in small letters, or from three or more capitalised words, as long as no post's
# title runs; a word that makes the post another's ("the", "Parish", "Deputy", "Committee", "Village", or a post word
# itself: "Chief Executive", "Finance Director"), or "and" joining owners, keeps the whole phrase, and so does a post of
# one or two words before it ("The Finance Clerk", "Township Clerk"). A word whose own complement the post is, a
# preposition or a verb that fills a post ("elected Chair to serve …", "re-elected Vice-Chair to hold office …",
# "received from Mayor to attend …", "stand as Treasurer to see …"), is no list's last word either
# (`_POST_TAKERS`). Only the phrase's last words are read.
_NOT_RUN_ON_WORDS = (
    "the a an our his her their and or & parish town township village city county district borough deputy assistant "
    "acting locum interim committee council proper".split()
)
_POST_TAKERS = (
    "as from by to for with of at on in into onto under via per than like about towards toward between among upon "
    "elected re-elected reelected elect elects appointed re-appointed reappointed appoint appoints co-opted coopted "
    "nominated nominate named name voted vote made make became become becomes remain remains remained serve serves "
    "served stand stands stood welcomed welcome thanked thank congratulated".split()
)
"""Words a post after them completes: prepositions, and verbs that put someone in a post or greet them in it."""
_POST_ARTICLES = ("a", "an", "the", "A", "An", "The")
"""Words before a describing word and a post ("a new Mayor") that make the three one phrase, not a run-on."""


@lru_cache(maxsize=1)
def _run_on_post() -> re.Pattern[str]:
    """The pattern of a post run on from the words before it, at the end of the words before a task."""
    posts = sorted(load_owner_words().roles, key=lambda post: (-len(post), post))
    words = {*_NOT_RUN_ON_WORDS, *_POST_TAKERS, *posts}
    blocked = "|".join(re.escape(word) for word in sorted(words, key=lambda w: (-len(w), w)))
    not_run_on = rf"(?!(?i:{blocked})\s)"
    written = {form for post in posts for form in _post_forms(post)}
    owner = "|".join(re.escape(form) for form in sorted(written, key=lambda form: (-len(form), form)))
    # "elect a new Mayor to represent us", "the incoming Chair to take …": a word after an article describes the post
    # it comes before ("a new Mayor"); it is no list's last word run on.
    described = "".join(rf"(?<!\b{article}\s)" for article in _POST_ARTICLES)
    return re.compile(
        rf"(?<![\w'’.-]){described}(?:{not_run_on}[a-z][\w'’.-]*"
        rf"|(?:{not_run_on}[A-Z][\w'’.-]*\s+){{2}}{not_run_on}[A-Z][\w'’.-]*)"
        rf"\s+(?P<owner>{owner})\s*$"
    )


def _post_forms(post: str) -> set[str]:
    """How a post word of `load_owner_words().roles` (lower case) is written with its capital: "Clerk", "Vice-Chair" and
    "Vice-chair", "CEO"."""
    forms = {post[:1].upper() + post[1:], "-".join(part[:1].upper() + part[1:] for part in post.split("-"))}
    return forms | {post.upper()} if len(post) <= MAX_INITIALS else forms


RUN_ON_POST_TAIL = 80
"""Characters at the end of the words before a task that `_run_on_post` reads."""
HAND_WORK_REACH = 6
"""Tokens after the "will" in which a verb of work by hand meets what it works on ("will again fill the vacancy")."""
MIN_CARRIED_WORDS = 4
"""Words of a task's sentence that, repeated in a later reading, make the two one task (not a bare "Noted.")."""
_KEEP_POSTED = r"keep\s+(?:the\s+)?\w+(?:\s+\w+)?\s+(?:posted|informed|updated)"
"""A promise of news on a matter ("keep us posted", "keep members informed", "keep the Council informed", "keep the
Parish Council updated"): no task of its own."""
# What a sentence going on with one owner's task says of following it up, not of a new task: "will get more details",
# "will keep us posted", "report back to the next meeting".
_FOLLOW_UP = re.compile(
    rf"\b(?:report(?:s|ing)?\s+back|{_KEEP_POSTED}|update\s+(?:the\s+)?\w+"
    r"|(?:get|obtain|seek|gather|find\s+out)\s+(?:more|further|any)\s+(?:details|information|detail)"
    r"|(?:at|to|by|for)\s+the\s+next\s+meeting)\b"
)
# The words of a sentence going on with one owner's task that name no task: pronouns, modals, joining words.
_CARRY_FILLER = frozenset(
    "she he they them her his their its will would shall also then and the for with about from this that any all "
    "there here when once has have had been".split()
)
_EVERYONE = re.compile(r"^all(?:\s+[A-Za-z]+){0,2}$", re.IGNORECASE)
# The staff or members as US minutes name them, in lower case after the department, place or body whose they are:
# "staff", "City staff", "Council staff", "Public Works staff", "Council members" (`_is_group`).
_QUALIFIED_STAFF = r"(?:the\s+)?(?:[A-Z][\w'’.-]*\s+){0,2}(?:staff|members)"
# The one asked may carry where they are from, which is no part of the owner: "asked J Reed from the district council
# to look into …", "requested Mr Hart, EDC to …"; the request may be for them to act: "Director Lee asks for staff to …",
# "an official request for staff to consider …"; a council's resolution in the present tense gives its clauses so: "That
# Council: … 2. Requests the Chief Executive Officer to write to the Minister."
# US minutes name the direction too, and the body's consensus: "Direction was given to staff to …", "The Board gave
# direction to the General Manager to …", "It was the consensus of the Board for Ms. Vale to draft …".
_ASKED_OWNER = re.compile(
    r"\b(?i:(?:asks?|asked|requests?|requested)\s+for|asks|asked|requests|requested|instructs|instructed|invites|invited"
    r"|tasked|authori[sz]es?|authori[sz]ed|directs?|directed|directing|instructing"
    r"|direction\s+(?:was\s+|were\s+)?(?:given\s+|provided\s+)?to|consensus\b[^.;:]{0,60}?\s+for)\s+"
    r"(?P<owner>(?:(?:the|all|individual)\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}|" + _QUALIFIED_STAFF + ")"
    r"(?:\s+(?:from|of|at)\s+(?:the\s+)?[A-Za-z][\w&'’.-]*(?:\s+[A-Za-z][\w&'’.-]*){0,3}|,\s*[A-Z]{2,5})?\s*$"
)
# The one given a direction named before the word: "The Board gave staff direction to …", "Staff was given direction
# to …", "The General Manager received direction to …" (the words before "to").
_GIVEN_DIRECTION = re.compile(
    r"(?:\b(?i:gave|give|gives|provided)\s+"
    r"(?P<given>" + _QUALIFIED_STAFF + r"|(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})"
    r"|^(?P<subject>" + _QUALIFIED_STAFF + r"|(?i:staff)|(?:[Tt]he\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})\s+"
    r"(?i:(?:was|were)\s+given|received))\s+(?:(?i:further|clear|specific)\s+)?(?i:direction)\s*$"
)
# US minutes give the body's direction a label that names whom it directs, the task after it: "Direction to staff:
# return with options …", "Council direction given to the City Manager: meet with …", "Staff direction: Staff to …",
# "Direction to City staff: …", "Direction to Administration: …" (`_direction_line`).
_FULL_CLAUSE = re.compile(r"^(?:[\w'’.-]+\s+){1,3}?" + _CLAUSE_VERB.pattern, re.IGNORECASE)
"""What follows a direction's label that is a sentence of its own, a subject and its verb ("The Clerk will write …",
"Council consensus was to wait …"): read as prose, not as the label's task."""


@lru_cache(maxsize=1)
def _direction_line() -> re.Pattern[str]:
    """The pattern of a direction's label and its task. The one directed is the staff (the owner vocabulary's
    staff_words, or a department's staff: `_QUALIFIED_STAFF`) or a post or person ("the City Manager"); the body giving
    it is one of body_words. The label is "direction" in the singular unless the staff are directed ("Directions to the
    Village Hall: turn left …" is the way there). The owner and the task are read with their case, so "the" after the
    colon does not take "The Clerk will write …" for the owner named again."""
    words = load_owner_words()
    staff = "|".join(re.escape(word) for word in sorted(words.staff_words, key=lambda word: (-len(word), word)))
    bodies = "|".join(re.escape(word) for word in sorted(words.body_words, key=lambda word: (-len(word), word)))
    staff_owner = rf"(?i:{staff})\b|{_QUALIFIED_STAFF}\b"
    named = r"the\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}"
    given_to = r"\s+(?:was\s+)?(?:given\s+)?to\s+"
    label = (
        rf"(?:(?:the\s+)?(?i:{bodies})(?:['’]s)?\s+)?"
        rf"(?:(?i:directions?){given_to}(?P<staff_owner>{staff_owner})|(?i:direction){given_to}(?P<owner>{named}))"
        rf"|(?P<staff>{staff_owner})\s+(?i:directions?)"
    )
    again = rf"(?:(?:{staff_owner}|(?:[Tt]he\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){{0,3}})\s+"
    return re.compile(
        rf"^(?:{label})\s*[-–—:]\s*"
        rf"{again}(?:(?:is|was|were)\s+(?:directed|asked)\s+)?to\s+)?"
        r"(?P<task>[A-Za-z][a-z-]*\b.*)$"
    )


# What one asks another to say there and then ("asked Mr. Vane to clarify if his testimony was …", "asked her to explain
# what the charge covered", "… to clarify her income and whether …"): a question answered in the meeting, not a task.
# The words before the question name no one else to ask first: "… to clarify with the County whether …" is a task.
_ASKED_TO_ANSWER = re.compile(
    r"^to\s+(?:clarify|explain|elaborate|describe|state)\s+(?:on\s+)?"
    r"(?:(?!(?:with|to|from|at|by|for)\s)[\w'’]+\s+){0,4}?(?:if|whether|what|how|why|who|which)\b",
    re.IGNORECASE,
)
# What one asks another to say or show there and then, with no one to pass it to and no later time ("asked SF to mention
# a survey", "asked the Manager to share his report", "requested the Clerk to repeat the motion"): done in the meeting.
# "… to share the survey with parents", "… to present the accounts at the next meeting" are tasks.
_PASSED_ON_OR_LATER = r"(?![^.;]*\b(?:to|with|at|by|before|after|in|on|for|next|when|once)\s)"
_ASKED_TO_SAY = re.compile(
    r"^to\s+(?:mention|share|present|give|read|re-?read|repeat|restate|recite|outline|introduce|summari[sz]e)\s+"
    r"(?:his|her|their|the|a|an|this)\b" + _PASSED_ON_OR_LATER,
    re.IGNORECASE,
)
# What one asks another to make clear ("asked the Director to explain the process", "… to clarify the policy"): in a
# council's minutes usually taken away ("asked the Clerk to clarify the legal position"), so a task unless the reply is
# minuted straight after (`_REPLY`). "… to explain the new rules to residents" stays a task.
_ASKED_TO_EXPLAIN = re.compile(
    r"^to\s+(?:explain|clarify|describe|elaborate\s+on)\s+(?:his|her|their|the|a|an|this)\b" + _PASSED_ON_OR_LATER,
    re.IGNORECASE,
)
# A sentence opening on someone's reply: "She replied that …", "The Town Manager said …", "Mr. Lee then explained …".
_REPLY = re.compile(
    r"^(?P<who>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})\s+(?:then\s+|further\s+)?"
    r"(?:replied|responded|answered|explained|clarified|said|stated|confirmed|described|advised|indicated|elaborated)\b"
)
# What one asks another to report to the meeting there and then, with no later time ("asked Petra to update the
# Council on the flood", "asked the Manager to brief members about the works"): answered in the meeting, as the minutes'
# own "Mr. Quarry updated the council on …" shows. "… to update the Board on progress", "… on any developments at the
# next meeting" are tasks.
_ASKED_TO_REPORT = re.compile(
    r"^to\s+(?:update|brief)\s+(?:the\s+)?(?:council|board|commission|committee|members|meeting|panel|group|everyone)\b"
    r"[^.;]{0,40}?\b(?:on|about|regarding)\b"
    r"(?![^.;]*\b(?:at|by|before|after|next|when|once|following|future|upcoming|later|monthly|regularly|any|further|"
    r"progress|developments?|outcomes?|results?)\b)",
    re.IGNORECASE,
)
# An invitation to the meeting the minutes record, made before it ("The Chairman invited Mr Dale to attend this meeting to
# explain the boundaries", "asked PC Rowe to come to tonight's meeting"): done by the time the minutes are written.
# "… to attend the next meeting" is a task.
_ASKED_TO_THIS_MEETING = re.compile(
    r"^to\s+(?:attend|join|come\s+to|be\s+at|speak\s+at|address)\s+(?:this|tonight['’]s|today['’]s|the\s+present)\s+"
    r"(?:meeting|evening['’]s\s+meeting)\b",
    re.IGNORECASE,
)
# A request or grant of authority that is only possible or needed ("the board can authorize the Manager to …", "you need
# to authorize X to …", "the Council could ask the Clerk to …"): a description of a power, not a request made.
_MAY_REQUEST = re.compile(
    r"\b(?:can|could|may|might|must|need(?:s|ed)?\s+to|ha(?:ve|s)\s+to|would\s+(?:need|have)\s+to)\s+(?:also\s+|then\s+)?$",
    re.IGNORECASE,
)
_AUTHORISES = re.compile(r"^authori[sz]", re.IGNORECASE)
# An entry of a list of decisions (a consent agenda) that opens on the bare verb: "b. Authorize the Treasurer to enter
# into an agreement …", "Approve and authorize the Superintendent to sign …": the authority granted, the body's decision.
# The same after a decision's label ("RESOLVED: Authorise the Town Manager to write …"); the list's marker is
# items.strip_list_marker's, the label _DECISION_LABEL's.
_LISTED_AUTHORITY = re.compile(r"(?:Approve\s+and\s+)?Authori[sz]e\s")
_AUTHORISED_TO = re.compile(
    r"^(?:should\s+|shall\s+)?(?:be|is|are)(?:\s+and\s+is)?(?:\s+hereby)?\s+authori[sz]ed\s+to\s+(?P<verb>[a-z]+)",
    re.IGNORECASE,
)
"""A decision's authority given to its owner, and the verb it allows ("… be authorized to accept …")."""
_WITH_OTHERS = frozenset({"between", "together", "along", "with", "jointly"})
"""Words opening a phrase that names others before a reported "they"/"we" ("said that between A and B they would …")."""
# Who a passive or chained task names as its doer: members' initials ("DG/SK"), a post ("the Clerk") or a titled name
# ("Cllr Hale", "Mr J. Vane"); never a bare word, so "by March" and "by the Council" name no one.
# The same posts stand for "$post_doers" in a commitment pattern (`_load_rules`): "Clerk chase." (BARE_LABEL).
_POST_DOERS = ("Clerk", "Chair", "Chairman", "Chairperson", "Secretary", "Treasurer")
_POST_DOER = rf"(?:{'|'.join(_POST_DOERS)})\b"
_TITLED_DOER = rf"(?:Cllr|Councillor|{HONORIFIC})\.?\s+(?:[A-Z]\.?\s+)?[A-Z][\w'’-]+"
# Members' initials, one set or several: "DG/SK", "OP & EM"; in a "by" list also "DG, SK and OP".
_INITIALS_DOER = r"[A-Z]{2,3}(?:\s*(?:/|&)\s*[A-Z]{2,3})*(?![\w'’])"
_INITIALS_DOER_LIST = rf"[A-Z]{{2,3}}(?:{OWNER_SEPARATOR}[A-Z]{{2,3}})*(?![\w'’])"
# A task written in the passive with its doer after "by": "Financials to be shared by DG/SK before the next meeting",
# "The quotes are to be circulated by the Clerk", "… will be collected by Cllr Hale", as an agreement reports it "… that
# these would be reviewed by Cllr Hale", with a particle "… will be carried out by the Clerk", or in US minutes by the
# staff ("The wording will be revised by staff and presented in April"). The doer is initials, a post, a titled name or
# the staff however it is written ("by Staff", "by the staff", "by City staff"), so "to be done by March" or "by the
# Council" name no one here, nor does "by the Staff Committee" (a body of its own).
_STAFF_DOER = r"(?:the\s+)?(?:[A-Z][\w'’.-]*\s+){0,2}[Ss]taff\b(?![ \t]+[A-Z])"
_DONE_BY = re.compile(
    r"\b(?:to|will|would|should|shall|is\s+to|are\s+to)\s+be\s+(?P<verb>[a-z]+)(?:\s+(?:out|up|forward))?\s+by\s+"
    rf"(?P<owner>{_INITIALS_DOER_LIST}|(?:the\s+)?{_POST_DOER}|{_TITLED_DOER}|(?P<staff>{_STAFF_DOER}))"
)
# The second link of a chained task: "SF will email AB the survey for AB to distribute to the PC", "The Clerk will send
# the plans to Cllr Hale for him to check" (a pronoun is not read): the one named after "for" owns the part after it.
_FOR_NEXT_OWNER = re.compile(
    rf"(?<=\s)for\s+(?P<owner>{_INITIALS_DOER}|the\s+{_POST_DOER}|{_TITLED_DOER})"
    r"\s+to\s+(?P<verb>[a-z]+)\b(?:\s+(?P<next>[a-z]+))?"
)
_FIRST_LINK = re.compile(r"\b(?:will|would|shall|to)\s+(?:also\s+)?[a-z]{3,}\b")
_NEXT_BULLET = re.compile(r"(?<=[.!?])\s+[-–•]\s*(?=[A-Z])")
# The same with the one it is settled with, in minutes that name people by initials: "Bank details to be confirmed with
# DPG so that …", "Dates to be agreed with JW". The initials own it; a name or a body after "with" is only consulted.
_DONE_WITH = re.compile(
    r"\b(?:to|will|should|is\s+to|are\s+to)\s+be\s+(?P<verb>confirmed|checked|agreed|arranged|finali[sz]ed)\s+with\s+"
    rf"(?P<owner>{_INITIALS_DOER})"
)
_NOT_DONE_BY = frozenset(
    {"joined", "accompanied", "attended", "represented", "supported", "assisted", "replaced", "succeeded", "covered",
     "chaired", "seconded", "proposed", "elected", "appointed", "paid", "funded", "owned", "held", "affected",
     "approved", "considered", "discussed", "noted", "received"}
)
"""Participles after which "by X" names who is with, for or instead of someone, who pays, who decides ("would be
approved by Cllr Hale at the next meeting") or who is sent something ("all correspondence will be received by the
Clerk"): no task of X's."""
_LABEL_BREAK = re.compile(r"[A-Za-z]{2,12}\s*[:–—-]")  # "RESOLVED:", "Agreed –": a label's word and its stop
_DECISION_LABEL = re.compile(r"^(?:resolved|agreed|decided|decision|noted|approved|recommended)\s*[:–—-]?$", re.IGNORECASE)
# A motion's verb set in capitals after its mover ("Board member Lou Pike MOVED to adjourn", "Trustee Vale Moved to
# approve …"): who moved it, not an owner whose name runs on to the verb; in small letters it is no name already.
_MOTION_VERB = re.compile(r"^(?:moved|moves|seconded|seconds|motioned)$", re.IGNORECASE)
# A motion written with its mover after the word ("Motion Lowe to adopt the agenda. Second Moss.", "Moved Moss to adopt.")
# or a decision's title in a list ("Authorizing Finance Director to draw checks …", "RESOLVED: Authorise the Town
# Manager to write …"): the words open no owner's name.
_MOTION_OPENER = re.compile(r"^(?:motion|moved|authori[sz]ing|authori[sz]e)$", re.IGNORECASE)
# The same motion with its mover on the next line ("… Moved by / Lowe to adopt.", "… Moved / Lowe to adopt.", "Motion
# by / Lowe …"): what the line before ends on. "Moved" alone only as the motion's label, with its capital; never the
# word "motion" alone, which ends a title ("Notice of Motion") or a sentence ("… discussed Cllr Ash's motion").
_MOVED_BY_BEFORE = re.compile(r"(?:\b(?i:moved|motion)\s+(?i:by)|\b(?:Moved|MOVED))\s*$")
_PERSON_NAME = rf"(?:{HONORIFIC}\.?\s+)(?:[A-Z]\.\s*){{0,2}}[A-Z][a-z][\w'’-]*(?:\s+[A-Z][a-z][\w'’-]*)?"
# "Mrs J. Price, Clerk", "Mrs Jane Price (Clerk)"; "Clerk: Mrs J. Price", "Clerk – Mrs Jane Price".
_POSTS = r"(?:Clerk|Secretary|Treasurer)"
_POST_HOLDERS = (
    # Not "Mr Bowen, Clerk to action": the post then opens a task of its own.
    re.compile(rf"(?P<name>{_PERSON_NAME})\s*(?:,|\(|[-–—])\s*(?P<post>{_POSTS})\b(?!\s+to\b)"),
    re.compile(rf"\b(?P<post>{_POSTS})\s*(?:[:(]|[-–—])\s*(?P<name>{_PERSON_NAME})"),
    # In an attendance block without a title: "Clerk: Sarah Thorpe", "Clerk: - Sarah Thorpe".
    re.compile(
        rf"\b(?P<post>{_POSTS})[ \t]*:[ \t]*(?:[-–—][ \t]*)?(?!(?:{HONORIFIC}|Cllr|Councillor|Rev|Revd)\b)"
        r"(?P<name>[A-Z][a-z][\w'’-]+[ \t]+[A-Z][a-z][\w'’-]+)\b"
    ),
    # The post written as a title: "Mayor Ruth Brook", "Clerk Nora Quint", "Mayor Brook", "County Sheriff Maria Lopez".
    re.compile(
        rf"\b(?P<post>Mayor|Reeve|Clerk|Treasurer|Secretary|Sheriff|Supervisor|Superintendent)[ \t]+"
        rf"(?!(?:Cllrs?|Councillors?|{HONORIFIC})\b)"
        r"(?P<name>[A-Z][a-z][\w'’-]+(?:[ \t]+[A-Z][a-z][\w'’-]+)?)\b"
    ),
)
# The chair named only outside the attendance list: in the signature line at the foot ("Chairman: Ruth A Penfold",
# "Signed (Chair): Tom Hale") or in a sentence ("The Meeting was Chaired by Kerry Colby", "chaired by Cllr Vale").
_CHAIR_NAME = (
    rf"(?:(?:Cllr|Councillor|{HONORIFIC})\.?[ \t]+)?"
    r"(?P<name>[A-Z][a-z][\w'’-]+(?:[ \t]+[A-Z]\.?)?[ \t]+[A-Z][a-z][\w'’-]+)"
)
# The sentence saying who chaired is attendance_forms.chaired_by's to read; the signature line is read here.
_CHAIR_SIGNATURE = re.compile(
    r"^[ \t]*(?:Signed[ \t]*)?\(?Chair(?:man|person|woman)?\)?[ \t]*:[ \t]*" + _CHAIR_NAME + r"[ \t]*$", re.MULTILINE
)
_SPACES = re.compile(r"\s+")
# The owner column printed at a paragraph's end: "… ongoing. Clerk", "… the bus shelter. Cllr. H. Rees",
# "… £50.00. Cllr. A. Rees/Clerk".
# The words are possessive (`*+`): a word is never split into two ("COUNCIL" as "COUN" + "CIL"), which matches
# the same texts but keeps a long line in capitals from backtracking through every split (0.3 s on one title).
_TRAILING_OWNER = re.compile(
    r"(?<=[.!?)\d])\s+(?P<owner>(?:the\s+)?[A-Z][\w.'’-]*+(?:\s*(?:/|&|,|\band\b)?\s*(?:the\s+)?[A-Z][\w.'’-]*+){0,7})\s*$"
)
# A tally's side and its count just before a trailing run of names: "Ayes (5)", "YEAS: 4", "Nays 0", "Abstain (1)".
_TALLY_SIDE_END = re.compile(rf"\b(?i:{SIDE_LIST_LABEL})\s*[:-]?\s*(?:\(\d{{1,2}}\)|\d{{1,2}})?[:.]?$")
_MERIDIEM = re.compile(r"(?i:[ap]\.?m)\.?")
_CLOCK_TIME_END = re.compile(r"\d$")
"""A clock time's "AM"/"PM" after its figures ("at 6:40 PM"), which a trailing owner tag must not take for initials."""
# A row of an action table flattened to text, one row a line: the task, the owner's initials (or "All") and maybe when
# it is due, with no stop between: "Book the bouncy castle RK 30 April", "Order the tickets PN/TH", "… streets All".
_ROW_TAG = re.compile(
    rf"(?<=[a-z0-9)’'\]])\s+(?P<owner>{_INITIALS_DOER_LIST}|All)"
    rf"(?:\s+(?P<due>(?:by\s+)?(?:\d{{1,2}}(?:st|nd|rd|th)?\s+{MONTHS}(?:\s+\d{{4}})?|\d{{1,2}}[/.]\d{{1,2}}(?:[/.]\d{{2,4}})?"
    rf"|(?:{MONTHS}|{WEEKDAY_NAME})(?:\s+\d{{4}})?|(?i:asap|ongoing|next\s+meeting|tbc))))?\s*$"
)
# The header of such a table, alone on its line or closing the line before the rows: "Action Who By when".
_ROW_HEADER = re.compile(
    r"(?:^|(?<=[.:]\s))(?i:actions?|tasks?)\s+(?i:who|by\s+whom|owner|lead|responsible)"
    r"(?:\s+(?i:by\s+when|when|due|deadline|date|target\s+date))?\s*$"
)
# A task printed in capitals after a paragraph's last sentence, or as its own line: "… needs cutting. CLERK TO
# CONTACT OWNER", "ACTION: CLERK/CHAIR TO REPORT IT". The owner is checked as a post or an attendee's initials.
_CAPITALS_TASK = re.compile(
    r"(?:^|(?<=[.!?;:)])\s+)(?:ACTIONS?\s*[-–—:]?\s*)?"
    r"(?P<owner>[A-Z]{2,}+(?:\s*(?:/|&|,|\bAND\b)\s*[A-Z]{2,}+){0,3})\s+TO\s+[A-Z][A-Z0-9'’,/&-]*+(?:\s+[A-Z0-9'’,/&-]++){0,15}\s*\.?$"
)
# A reply's opening words before its speaker, as committee minutes report an officer's answer to the members: "In reply,
# the Inspector said …", "In response to Cllr Reed, the Director stated …", "Responding to queries, Ms Hale agreed …".
# Whom the reply answers may be a titled name whose title keeps its full stop ("In response to Cllr. Reed, …").
_TITLE_STOP = "|".join(
    re.escape(title) for title in sorted(load_title_words().abbreviations, key=len, reverse=True)
) + "|" + HONORIFIC
_REPLY_OPENER = re.compile(
    r"^(?i:in\s+(?:reply|response|answer)|responding|replying|answering)"
    rf"(?:\s+to\s+(?:\b(?:{_TITLE_STOP})\.|[^,.;:]){{1,80}})?\s*,\s*(?P<the>the\s+)?(?=[A-Z])"
)
_DEPARTMENT_ASIDE = re.compile(
    r"(?P<post>\b[A-Z][\w'’/-]*(?:\s+(?:of\s+)?[A-Z][\w'’/-]*){0,4}),\s+"
    r"(?P<department>[A-Z][\w&'’/-]*(?:\s+(?:[A-Z][\w&'’/-]*|and|&)){0,4}),\s+(?=[a-z])"
)
"""A post and its department set off by commas before what the post does (`_drop_departments`)."""
_BODY_ASIDE = re.compile(r"\s*([A-Z][\w&'’/-]*(?:\s+(?:[A-Z][\w&'’/-]*|and|&)){0,4}),(?:\s+(?=[a-z])|\s*$)")
"""The words set off by commas after a sentence's subject, up to what it does, which may name its body (`_leading_subject`)."""
_MOTION_NOTICE = re.compile(
    r"\b(?:I|we)\s+(?:will|shall|hereby|intend\s+to|wish\s+to)\s+(?:move|propose)\b(?:\s+[^.;]{0,60}?)?\s+that\b",
    re.IGNORECASE,
)
"""A notice of motion, as members give it in their own words ("I will move at the next meeting that …"): what follows
is the motion to be put, which gives no one a task until it is carried."""
_DEPARTMENTS_POST = re.compile(
    r"^(?:the\s+)?(?P<post>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})\s+(?:of|for)\s+"
    r"[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|and|&))*$"
)
"""A post heading departments joined by "and" ("Director of Planning and Economic Development", "Manager of Parks &
Recreation"): one owner, not two."""
_OPENS_ADVERBIAL = re.compile(
    r"^(?:on|in|at|by|for|from|during|after|before|since|until|with|as|if|when|while|next|last|this)\b", re.IGNORECASE
)
# "Rob Dale requests that Clerks Ann and Lyn bring …", "Members asked that the Clerk write to …"; with the one asked
# directed in the passive, as a recommendation or a motion puts it: "Councilmember Orme recommended that staff be
# directed to move forward with …", "Lee moved that the City Manager be authorized to sign …".
# US minutes often leave out the "that" before the staff asked ("Council Member Vale requested staff provide an update",
# "The Council asked City staff explore options …"): read so only for the staff and a follow-up task's verb.
_REQUESTED_THAT = re.compile(
    r"\b(?:requests?|requested|asks?|asked|suggests?|suggested|directs?|directed|recommends?|recommended|moved)\s+"
    r"(?:that\s+|(?P<bare>(?=(?:the\s+)?(?:[A-Z][\w'’.-]*\s+){0,2}(?i:staff)\s+[a-z]+\b)))"
    # "… that the Commissioners of the Drainage Board clear …": a body named with "of (the)" (`_OWNER_BODY`).
    r"(?P<owner>" + _QUALIFIED_STAFF + r"|(?:the\s+)?[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|and|&)|/[A-Z][\w.'’-]*)*?"
    r"(?P<body>\s+of\s+(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})?)\s+"
    r"(?:should\s+|shall\s+)?(?:be\s+(?:hereby\s+)?(?P<passive>asked|instructed|authori[sz]ed|requested|directed|tasked)\s+to\s+)?"
    r"(?P<verb>(?!(?:and|or|staff|members)\b)[a-z]+)\b"
)
_SENTENCE_STOP = re.compile(r"[.;!?](?=\s|$)")
_NOT_BARE_TASK = re.compile(r"\s+(?:to|be|was|is|\d[\w.-]*)\b")
"""What follows a word after the staff that is no task's verb ("staff report 24-07", "staff present to leave", "staff
return to …"): the request's bare form (`_REQUESTED_THAT`) reads none."""



# The body's agreement or a member's request that someone be had to act: "Consensus to have staff bring back a revised
# calendar", "It was the consensus of the Board to have the Superintendent draft a letter", "Trustee Moss asked to have
# staff check the meters".
_TO_HAVE = re.compile(
    r"\b(?i:consensus|agreed|decided|asked|requested|directed)\b[^.;:]{0,60}?\bto\s+have\s+"
    r"(?P<owner>" + _QUALIFIED_STAFF + r"|(?i:staff)|(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})\s+"
    r"(?P<verb>[a-z]+)\b"
)


# Someone agreeing to hold a post, keep it or leave it, as the COMMIT patterns already leave out "will remain", "is to
# continue", "will resign": "agreed to continue as the hall's Treasurer", "agreed to join as the council's member of the
# trust", "Jo Reed to resign as minutes secretary", "offered to stand down" (after the offer's verb or the owner's "to").
_TAKES_OR_LEAVES_POST = re.compile(
    r"^(?:[a-z]+\s+)?to\s+(?:(?:continue|remain|stay(?:\s+on)?|serve|join)\s+as\b|(?:resign|retire|stand\s+down|step\s+down)\b)",
    re.IGNORECASE,
)


def _motion_failed_after(text: str, at: int) -> bool:
    """True when the rest of the sentence holding `at`, or the sentence after it, says the motion failed ("… write to
    the county. Motion failed.", "… bus company. The motion was lost.", "…, which did not carry.")."""
    first = _SENTENCE_STOP.search(text, at)
    if first is None:
        return bool(FAILED_MOTION.search(text[at:]))
    second = _SENTENCE_STOP.search(text, first.end())
    following = text[first.end(): second.end() if second else len(text)].strip()
    return bool(FAILED_MOTION.search(text[at:first.end()]) or FAILED_MOTION.search(following))


# A request put as a question to someone named: "The Chair asked Cllr Reed if he would contact …", "Jo Lee was asked
# whether she could find out …". The one asked owns it when the verb is a task's (`is_task_verb`).
# An entry of an action list (`ACTION_LIST_LABEL`) opening on who acts: "Jo: check the bins", "(JR) Update on the
# grant", "Clerk – order the marquee", "2.4: JR/AL: Create a rota". The owner is checked as someone the minutes name, a
# post, the body itself or "All", or a full name before an instruction though the attendance lacks it. The owner's
# post may stand in brackets after the name ("Jo (Secretary): Jo to read …"); the name may open on any capital letter
# ("Çağla Kaya: …"), checked as the entry is read.
_LIST_NUMBER = re.compile(r"^\d{1,3}(?:\.\d{1,3})*[:.)]?\s+")
_ENTRY_OWNER = re.compile(
    r"^(?:\((?P<bracketed>[^()]{1,40})\)\s*[:–—-]?|(?P<owner>[^\W\d_][^:–—()]{0,40}?)(?:\s*\([A-Za-z][A-Za-z .-]{1,30}\))?"
    r"\s*(?::|\s[–—-]))\s+(?P<task>[A-Za-z].*)$"
)
# A task written as an instruction: it opens on a word that is no article, number, pronoun or word of feeling or
# assent ("happy with …", "thanks to …"), nor a verb that reports, known by its ending ("Reported on …", "Agrees …",
# "Working on …"; an instruction may end so: "Need to …", "Proceed with …") or as an irregular past ("Gave an update
# …", "Spoke to …", "Met the school"), and no verb of a statement ("were booked", "has been") comes in its first words.
_INSTRUCTION = re.compile(
    r"^(?!(?i:the|a|an|this|these|that|those|it|its|there|we|they|he|she|i|no|all|some|one|two|three|four|five|six"
    r"|several|many|each|every|our|their|happy|pleased|keen|concerned|unable|able|not|also|still|very|thanks|thank"
    r"|good|great|ok|okay|yes|none|nothing"
    r"|" + IRREGULAR_PAST + r")\b)"
    r"(?!(?:\S+\s+){0,3}(?i:is|are|was|were|has|have|had|will|would|been)\b)"
    r"(?!(?!(?i:need|proceed|feed|embed|speed|exceed|succeed)\b)[A-Za-z]+(?:ed|[^su\W]s)\b|[A-Za-z]{3,}ing\b)[^\W\d_]"
)
_NEXT_OWNER = re.compile(
    r"(?:,\s*(?:and\s+|but\s+|while\s+|whilst\s+)?|;\s*|\s(?:and|while|whilst)\s+)(?:then\s+)?$"
)
"""What joins a second owner's own task on to the first's in one sentence (", and ", "; ", " whilst ", " and then ")."""
_JOINS_IN = re.compile(
    r"^(?:will|would|shall|to|agreed\s+to|offered\s+to)\s+(?:also\s+)?(?:assist|help|support|join)\b", re.IGNORECASE
)
"""A second owner's part that only joins in on the first's task ("… and Y will also assist")."""
_OWNER_WORDS = r"(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}"
_ASKED_IF = re.compile(
    rf"(?:\b(?:asked|requested)\s+(?P<asked>{_OWNER_WORDS})|(?:^|(?<=[.;:]\s)|(?<=,\s)|(?<=\band\s))"
    rf"(?P<subject>{_OWNER_WORDS})\s+(?:was|were)\s+(?:also\s+)?asked)\s+(?:if|whether)\s+(?:he|she|they)\s+"
    r"(?:would|could|might|will|can)\s+(?:(?:be\s+)?(?:able|willing|prepared|happy)\s+to\s+)?(?P<verb>[a-z]+)\b(?:\s+(?P<next>[a-z]+))?"
)
_NOT_TASK_VERBS = frozenset(
    {"be", "is", "are", "was", "were", "has", "have", "had", "would", "will", "could", "may", "might", "can", "not"}
)
"""Words after a that-clause's subject that state a fact or a wish, not a task."""
_COMPOUND_OWNER = re.compile(OWNER_SEPARATOR)
# A decision whose subject is given a task: "RESOLVED: That the Clerk should contact …", "It was agreed that
# the Administrator would seek …", "AGREED that Councillor Marsh has kindly agreed to take on …", or, with the
# verb bare, "RESOLVED: That the Clerk write to …" (`bare`, checked to be no past tense or "be").
_REQUESTED = r"(?:asked|instructed|authori[sz]ed|requested|directed)"
_PASSIVE_TASK = re.compile(rf"^(?:and\s+is\s+)?(?:hereby\s+)?(?:{_REQUESTED}|invited|urged|tasked)\b", re.IGNORECASE)
"""After a post's "should be": the words that still give it a task ("… should be asked to write …")."""
_PART = r"\(?(?:\d{1,2}|[a-z]|[ivx]{1,4})\)"
"""The number of a decision's part: "(1)", "2)", "(b)", "(iii)"."""
# "that the Clerk be and is hereby authorised and instructed to …", as formal resolutions write it; a decision in parts
# numbers each ("Resolved: (1) That HR contact …").
_DECIDED_TASK = re.compile(
    rf"^(?:(?i:resolved|agreed|decided)\s*[:–—-]?\s*(?:{_PART}\s*)?(?:(?i:that)\s*[:–—-]?\s*)?"
    rf"|{_PART}\s*That\s+"
    # A motion's terms as North American minutes print them, with no "Resolved": "THAT the Clerk be directed to …",
    # "That the City Manager BE DIRECTED to …"; only a direction in the passive, so "That the report be received" is none.
    rf"|(?i:that)\s+(?=[^.;:]{{1,80}}?\s(?i:be)(?:\s+(?i:hereby))?\s+(?i:{_REQUESTED})\s+to\s)"
    r"|(?i:it\s+was\s+(?:\w+\s+)?(?:agreed|resolved|decided))\s+(?:(?i:that)\s+"
    rf"|(?=(?:the\s+)?{_POST_DOER}|{_TITLED_DOER}|{_INITIALS_DOER})))"
    r"(?P<clause>(?P<owner>" + _QUALIFIED_STAFF + r"|(?:the\s+)?[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|of|and|the))*?)\s+"
    rf"(?:(?:should|shall|will|would|is\s+to|are\s+to|to|(?i:(?:be|is|are)(?:\s+and\s+is)?(?:\s+hereby)?\s+{_REQUESTED}(?:\s+and\s+{_REQUESTED})?\s+to)|"
    r"(?:has\s+|had\s+)?(?:kindly\s+)?(?:agreed|offered|undertaken|undertook)\s+to)\s+|(?!(?:and|of|the|or)\b)(?=(?P<bare>[a-z]+)\b))[a-z].*)$",
    re.DOTALL,
)
# Where a decision's sentence starts inside a paragraph: after a full stop, "Resolved", "Agreed" or "It was agreed that".
# Or after "and" or a comma, a decision closing a sentence that reports ("All approved and it was resolved
# Councillor Ford sign the accounts book").
_DECISION_SENTENCE = re.compile(
    r"(?<=[.!?])\s+(?=(?:Resolved|RESOLVED|Agreed|AGREED|Decided|DECIDED)\b|It\s+was\s+(?:\w+\s+)?(?:agreed|resolved|decided)\s+that\b)"
    r"|(?:(?<=\band)|(?<=,))\s+(?=it\s+was\s+(?:\w+\s+)?(?:agreed|resolved|decided)\b)"
)
# The next part of a decision in several parts: "…, that the draft response is agreed".
_LATER_PART = re.compile(
    rf"(?<=[.!?;])\s+(?={_PART}\s*That\b)|(?<=;)\s+(?i:and)(?:\s+(?i:further))?\s*,?\s+(?=(?i:that)\s)"
)
"""Where a decision's next part starts: numbered ("… the return. 2) That the Clerk invite …"), or after "; and," as
North American motions chain theirs ("That the report BE RECEIVED; and, That the Director BE DIRECTED to …")."""
_DECISION_THAT_OPENS = re.compile(r"^(?i:resolved\s*[:–—-]?\s*)?(?i:that)\s")
"""A paragraph that is a motion's or a decision's terms, opening on "That" ("That the report be received; and, …")."""
_DECISION_THAT = re.compile(
    rf"^(?:{_PART}\s*)?That\s+(?=(?:the\s+)?{_POST_DOER}|{_TITLED_DOER}|{_INITIALS_DOER})"
)
"""A decision's "That" before its owner, the sentence cut from its "Resolved": "That HR will also contact …"."""
_NEXT_DECISION = re.compile(rf",\s+(?:and\s+)?that\s+|;\s+|\s+{_PART}\s+(?=[Tt]hat\b)")
_SEQUENCE_WORD = re.compile(
    r"^(?:firstly|secondly|thirdly|finally|then|meanwhile|additionally|in\s+the\s+meantime)\s*,?\s+(?=[A-Z])"
)
"""A word ordering the tasks before their owner: "…, firstly Mr Reid is to contact …", "…, then the Clerk will …"."""
_TITLE_DASH = re.compile(r"^[A-Z][^.:;–—-]{0,60}?\s[-–—]{1,2}\s+")
"""A run-in title and its dash, whatever follows: "Outstanding Planning Matters - no reply yet, …"."""
# A run-in title before the sentence proper: "Footpaths - ", "Street lighting: ".
_RUN_IN_TITLE = re.compile(r"^[A-Z][^.:;–—-]{0,60}?\s*(?:\s[-–—]{1,2}|:)\s+(?=[A-Z])")
# A body's "would" in a wish or a condition, not a task: "in the hope that the Council would …", "if …, the Council would".
_BODY_UNSURE = re.compile(r"\b(?:if|whether|unless|hope[sd]?|hoping|wish(?:es|ed)?)\b", re.IGNORECASE)
# Anyone's "would" after a condition opening its clause: "if tasked with drafting it, he would respect …" says what
# they would do should something happen, not a task given.
# A rule of procedure read into the minutes, a condition then the body's "shall": "If a member asks, or a speaker has
# signed up, then the Commission shall open the hearing" (the "then" parts it from its condition, so `_BODY_UNSURE`,
# which reads the words after the "then", misses it). "When the survey is back, then the Commission will write …" is a
# task all the same.
_IF_THEN = re.compile(r"^\W*(?:if|unless|when(?:ever)?)\b[^.;]*,\s*then\b", re.IGNORECASE)
_CONDITION_BEFORE = re.compile(r"\b(?:if|unless|should\s+(?:he|she|they|it))\b[^;:.]{0,80},\s*[^,;:.]{0,40}$", re.IGNORECASE)
_WOULD = re.compile(r"would\b", re.IGNORECASE)
# Words between a body and the verb of its task: "will also", "is to", "would now".
_BODY_AUXILIARIES = frozenset(
    {"will", "would", "shall", "should", "is", "are", "to", "also", "now", "then", "further", "still", "'ll"}
)
# A report joined on after a commitment ("… said he would investigate and indicated that there had been …"): what it
# says of the past is not the commitment's.
_NEXT_REPORT = re.compile(r"\b(?:and|but)\s+(?=(?:[a-z]+ed|said|told|felt|thought|knew)\b)")
# Work done again and again, not once: "every Saturday", "each spring", "at the annual litter pick", "as usual". A time
# phrase, not any such word: "work with the auditor on the annual return", "with each business affected" are tasks.
_ROUTINE = re.compile(
    r"\b(?:every\s+(?:\w+\s+)?(?:day|week|month|year|morning|evening|weekend|[a-z]+day|spring|summer|autumn|fall|winter"
    r"|time)s?|each\s+(?:day|week|month|year|morning|evening|weekend|[a-z]+day|spring|summer|autumn|fall|winter)"
    r"|at\s+the\s+annual|weekly|monthly|yearly|annually|regularly|routinely|as\s+usual|as\s+every\s+year|always)\b",
    re.IGNORECASE,
)
# A promise of news, not of work: "will keep us posted", "would keep everyone informed".
_KEEPS_POSTED = re.compile(rf"^(?:will|would|shall|'ll)\s+(?:\w+\s+)?{_KEEP_POSTED}\b", re.IGNORECASE)
# A decision still to be taken, by this body or another: "the Executive of the County Council is to take a decision on
# 18 March", "The library network will vote in June to accept …". A vote or a decision is nobody's task.
_DECISION_TO_COME = re.compile(
    r"^(?:will|would|shall|is\s+to|are\s+to)\s+(?:(?:also|then|now|formally)\s+)?"
    r"(?:vote\b|decide\b|(?:take|make|reach)\s+(?:a|its|their|the)\s+(?:final\s+|formal\s+)?decision\b)",
    re.IGNORECASE,
)
# Words between an owner and "offered"/"agreed": "Mr Joyce kindly offered to …", "X also agreed to …". Not "has"/"had":
# "Y reported that X has offered to …" is news of someone's offer, not a task the meeting gave.
_OFFER_AUXILIARIES = re.compile(r"(?:\s+(?:very|kindly|generously|also|then|immediately))+\s*$")
# "Cllr Bell has kindly agreed to …", "Mr Hale has offered to …" opening its own sentence: an offer made at the meeting by
# someone there, unlike the same words after a report ("Y reported that X has offered to …") or by an outsider.
_PERFECT_OFFER = re.compile(r"\s+has(?:\s+(?:very|kindly|generously|also|now))*\s*$")
_REPORT_OPENERS = frozenset({"that", "if", "whether"})
_GERUND = re.compile(r"\s(?P<verb>[a-z]{3,}ing)\s+(?:to|the|a|an|with|on|for)\b")


@dataclass(frozen=True, slots=True, eq=False)
class ActionRules:
    """Compiled commitment patterns and the word lists that go with them.

    Compared by identity (`eq=False`): loaded rules are cached, and being cheap
    to hash lets them key the cache of commitments per paragraph.
    """

    matcher: Matcher
    speech_verbs: frozenset[str]
    pronouns: frozenset[str]
    past_fact: tuple[str, ...]
    past_verbs: frozenset[str] = frozenset()
    """Past tenses not ending in "-ed" ("said", "met"): a decision's bare verb in this form reports, not tasks."""
    anchors: Anchors = ()
    """Words each pattern needs: a paragraph holding none of them is not matched at all."""
    hashed_anchors: HashedAnchors = ()
    """`anchors` as string hashes, checked against a paragraph's tokens without making Token objects."""
    start_words: frozenset[int] | None = None
    """Hashes of the lower-case words every match starts with, when the patterns say (`read_start_words`)."""
    in_sentence: Matcher | None = None
    """The patterns that `stays_in_sentence`, matched a sentence at a time; None unless every pattern
    is lexical and the pipeline's sentences end on punctuation."""
    across_sentences: Matcher | None = None
    """The other patterns, matched over the whole paragraph when `across_anchors` allow."""
    inside_anchors: HashedAnchors = ()
    """Hashed anchors of the `in_sentence` patterns: a sentence lacking them is not matched."""
    across_anchors: HashedAnchors = ()
    """Hashed anchors of the `across_sentences` patterns: a paragraph lacking them is not matched by those."""
    granted_powers: frozenset[str] = frozenset()
    """Verbs after "authorize X to" that grant a power over money ("to accept and expend …"), not a task."""
    staff_task_verbs: frozenset[str] = frozenset()
    """Verbs after "Staff will" that make it an undertaking ("Staff will report back …"), not a description of their work."""
    hand_on_verbs: frozenset[str] = frozenset()
    """Follow-up verbs that are a task only when something goes on to someone ("pass their views to the Chair")."""
    member_work_verbs: frozenset[str] = frozenset()
    """Verbs of work done by hand that make the members' own undertaking a task ("Councillors will fill the potholes")."""
    not_hand_work: frozenset[str] = frozenset()
    """What a verb of work by hand may take that is no such work ("cut the precept", "fill the casual vacancy")."""
    sentence_matches: dict[tuple[int, ...], tuple[tuple[str, int], ...]] = field(default_factory=dict)
    """`in_sentence` matches (label, start within the sentence) per sentence, keyed by its tokens' ORTH hashes."""


@lru_cache(maxsize=1)
def _lower_post() -> re.Pattern[str]:
    """A post of the body written in lower case at the end of an owner phrase ("the clerk", "The minute secretary",
    "- clerk", "commons -clerk", "…, clerk"), after "the", a dash, a comma or nothing: "their treasurer" and "a
    secretary" are no owner of the body's."""
    posts = json.loads(PATTERNS_PATH.read_text(encoding="utf-8"))["lower_posts"]
    words = "|".join(re.escape(post).replace(r"\ ", r"\s+") for post in sorted(posts, key=len, reverse=True))
    return re.compile(rf"(?:(?<=\b[Tt]he\s)|(?<=^)|(?<=[-–—]\s)|(?<=\s[-–—])|(?<=,\s))(?:{words})\b(?=\s*$)")


def _post_capitalised(post: re.Match[str]) -> str:
    """A lower-case post as an owner is named: "minute secretary" -> "Minute Secretary", "vice-chair" -> "Vice-Chair"."""
    return re.sub(r"(?<![\w'’])[a-z]", lambda letter: letter.group(0).upper(), post.group(0))


def load_action_rules(nlp: Language, path: Path = PATTERNS_PATH) -> ActionRules:
    """Return the commitment patterns from `path` compiled for `nlp`."""
    return _load_rules(nlp, str(path))


@lru_cache(maxsize=8)
def _load_rules(nlp: Language, path: str) -> ActionRules:
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    # "$agreed_task_verbs" in a pattern stands for the file's own list of task verbs (single words), "$staff_task_verbs"
    # for those and the follow-up verbs of `staff_task_verbs`, "$post_doers" for the posts of `_POST_DOERS`.
    task_verbs = [verb for verb in data.get("agreed_task_verbs", ()) if " " not in verb]
    staff_task_verbs = [*data.get("staff_task_verbs", ()), *task_verbs]
    # "$commit_adverbs" for `_COMMIT_ADVERBS`, read past after "will" ("will also contact"), wherever a list may hold it.
    lists = {"$agreed_task_verbs": task_verbs, "$staff_task_verbs": staff_task_verbs, "$post_doers": list(_POST_DOERS),
             "$commit_adverbs": sorted(_COMMIT_ADVERBS)}

    def spliced(words: object) -> object:
        if isinstance(words, str) and words in lists:
            return lists[words]
        if isinstance(words, list):
            return [word for entry in words for word in (lists[entry] if entry in lists else [entry])]
        return words

    patterns = [
        (entry["label"], [
            {key: ({**value, **{op: spliced(value[op]) for op in ("IN", "NOT_IN") if op in value}}
                   if isinstance(value, dict) else value) for key, value in token.items()}
            for token in entry["pattern"]
        ])
        for entry in data["patterns"]
    ]
    anchors = tuple(read_pattern_anchors(pattern) for _, pattern in patterns)
    start_words = read_start_words(pattern for _, pattern in patterns)
    inside = [(label, pattern) for label, pattern in patterns if stays_in_sentence(pattern)]
    across = [(label, pattern) for label, pattern in patterns if not stays_in_sentence(pattern)]
    # Matching a sentence at a time pays when its answer can be remembered by the tokens alone,
    # and is exact while every sentence ends on punctuation.
    by_sentence = (
        bool(inside) and has_lexical_patterns(pattern for _, pattern in patterns) and has_punctuation_sentences(nlp)
    )
    return ActionRules(
        matcher=build_matcher(nlp, patterns),
        speech_verbs=frozenset(data["speech_verbs"]),
        pronouns=frozenset(data["pronouns"]),
        past_fact=tuple(data["past_fact"]),
        past_verbs=frozenset(data.get("past_verbs", ())),
        granted_powers=frozenset(data.get("granted_powers", ())),
        staff_task_verbs=frozenset(staff_task_verbs),
        hand_on_verbs=frozenset(data.get("hand_on_verbs", ())),
        member_work_verbs=frozenset(data.get("member_work_verbs", ())),
        not_hand_work=frozenset(data.get("not_hand_work", ())),
        anchors=anchors,
        hashed_anchors=hash_anchors(anchors),
        start_words=None if start_words is None else hash_words(start_words),
        in_sentence=build_matcher(nlp, inside) if by_sentence else None,
        across_sentences=build_matcher(nlp, across) if by_sentence and across else None,
        inside_anchors=hash_anchors(tuple(read_pattern_anchors(pattern) for _, pattern in inside)),
        across_anchors=hash_anchors(tuple(read_pattern_anchors(pattern) for _, pattern in across)),
    )


def extract_actions(
    sections: list[Section],
    *,
    attendees: Sequence[Attendee],
    meeting: Meeting,
    nlp: Language,
    document_text: str | None = None,
) -> list[Action]:
    """Return the actions recorded in the sections, each with resolved owners and a due date when stated.

    `document_text` is the whole document's, where the attendance list may
    declare people's initials ("Jane Brown (JBR)"); without it the sections' own.
    """
    rules = load_action_rules(nlp)
    all_text = "\n".join(section.text for section in sections)
    # Full names are read from the opening too: the paragraph that names the board ("Board members in attendance
    # were …") may stand before the first item, outside every section, and a first name later ("Ann will send …") is
    # one of them.
    mentions = collect_mentions(all_text, nlp=nlp)
    opening = _opening(sections, document_text)
    if opening:
        mentions.extend(m for m in _people_only(collect_mentions(opening, nlp=nlp), meeting.body) if m not in mentions)
    attendees = [*attendees, *_posts_named_in(all_text, attendees)]
    # The chair may be named only in the signature line at the foot, outside every section.
    attendees = [*attendees, *_chair_named_in(all_text if document_text is None else document_text, attendees)]
    initials = declared_initials(all_text if document_text is None else document_text, attendees)
    reader = _SectionReader(
        rules=rules, nlp=nlp, attendees=attendees, meeting=meeting, mentions=mentions, initials=initials,
        margin=MarginColumns(line for section in sections for line in section.lines),
    )
    found: list[Action] = []
    logged: list[Action] = []
    for section in sections:
        title = section.item.title or "" if section.item is not None else ""
        closed = _CLOSED_SESSION.search(title) and _REPORT_OUT.search(title)
        for action in reader.read(section):
            if any(a.text == action.text and a.owners == action.owners for a in found):
                continue
            if closed or _IN_CLOSED_SESSION.search(_own_sentence(action)):
                continue  # "The Council met in closed session and directed staff to …": reported, not given here
            if _meeting_duty(_own_clause(action)):
                continue  # "Cllr Bell agreed to take the minutes": done at the meeting itself
            if not has_task_words(action.text):
                continue  # "2" beside "ORAL COMMUNICATIONS" at a PDF's margin: an item's number and its title

            found.append(action)
            if action.evidence is not None and reader.is_logged(action):
                logged.append(action)
    # A task of the body itself gives way to the same task with a named owner (the owner column beside the
    # paragraph, "… the Council would write. Clerk"): the named owner is who does it.
    written = {(line.page, line.number): line.text for section in sections for line in section.lines}
    if meeting.body:
        found = [a for a in found if a.owners != [meeting.body] or _own_entry(a, written)
                 or not any(_same_paragraph(a, b) for b in found)]
    # "Clerk to draft the newsletter." with "SV" in the owner column beside it: one task, the column's owner kept.
    found = [a for a in found if not any(_tagged_beside(a, b) for b in found)]
    # "Supervisor Marsh will get quotes for the roof. He will get more details …": one owner doing a sequence is one
    # task, the one read first; the later reading, which repeats its sentence, goes.
    found = [a for position, a in enumerate(found) if not any(_carries_on(b, a) for b in found[:position])]
    # An action log repeats tasks written in the body; the log's row is the one kept.
    return [a for a in found if a in logged or not any(
        _same_task(a, row) or _numbered_row(a, row, written) for row in logged)]


def _opening(sections: list[Section], document_text: str | None) -> str:
    """The document's text before its first section: the heading and opening paragraphs that no item holds."""
    first = next((line.text.strip() for section in sections for line in section.lines if line.text.strip()), "")
    if not document_text or not first:
        return ""
    at = document_text.find(first)
    return document_text[:at] if at > 0 else ""


def _people_only(mentions: list[str], body: str | None) -> list[str]:
    """The opening's mentions that may be people: none holding a word that says what someone is rather than who
    (`load_non_person_words`: "Marlow Community", "Oak Housing Trust"), nor the meeting's own body's name or a part
    of it ("Regional Transportation District" in a heading over "… District Board of Directors"), whose initials
    ("RTD") are the body, not an owner."""
    non_person = load_non_person_words().non_person
    body_words = {word.lower() for word in _WORD.findall(body or "")}
    people = []
    for mention in mentions:
        words = {word.lower() for word in _WORD.findall(mention)}
        if not words & non_person and not (body_words and words <= body_words):
            people.append(mention)
    return people


# What was done in a closed (executive) session is reported in the open minutes afterwards, not given there.
_CLOSED_SESSION = re.compile(r"\b(?:closed|executive)\s+session\b", re.IGNORECASE)
# "In closed session the Board directed …", "… met in executive session and gave direction to …"; not "Following the
# closed session, the Board directed …" nor "Upon return from closed session, …", given in the open meeting.
_IN_CLOSED_SESSION = re.compile(r"\b(?:in|during|at)\s+(?:the\s+|a\s+|its\s+)?(?:closed|executive)\s+session\b",
                                re.IGNORECASE)
# An item that reports the closed session back to the open meeting ("Report out of Closed Session", "Closed Session
# Announcements"): every direction in it was given behind closed doors.
_REPORT_OUT = re.compile(r"\b(?:report|announce|reconven|out\s+of|return)", re.IGNORECASE)
# Said of a duty for a later meeting ("… take the minutes at the next meeting"), it is a task after all.
_LATER_MEETING = re.compile(r"\b(?:next|future|following|annual|agm|until|each|every)\b|\d", re.IGNORECASE)


def _own_clause(action: Action) -> str:
    """The action's text from where its owner is written on: the sentence before it, kept for context, left out."""
    written = action.owner_as_written or ""
    at = action.text.rfind(written) if written else -1
    return action.text[at:] if at > 0 else action.text


def _tagged_beside(action: Action, other: Action) -> bool:
    """True when `other` is `action`'s own task tagged with initials in the owner column on the same lines, and
    `action`'s owner is the same person or a post the minutes do not name ("Clerk to write …" beside "SV")."""
    first, second = action.evidence, other.evidence
    if other is action or first is None or second is None or first.page != second.page:
        return False
    if not (first.line_start <= second.line_end and second.line_start <= first.line_end):
        return False
    written = other.owner_as_written or ""
    if not _INITIALS.match(written) or written in other.text:
        return False  # the owner is written in the task itself: another sentence, another task
    written_post = re.sub(r"^the\s+", "", action.owner_as_written or "", flags=re.IGNORECASE)
    unnamed_post = action.owners == [written_post] and is_role(written_post)
    if action.owners != other.owners and not unnamed_post:
        return False
    clause = _own_clause(action).strip().rstrip(".")
    return bool(clause) and clause in other.text


def _own_sentence(action: Action) -> str:
    """The sentence of the action's text in which its owner is written."""
    clause = _own_clause(action)
    before = action.text[: len(action.text) - len(clause)]
    stop = max(before.rfind(". "), before.rfind("; "))
    return before[stop + 2:] + clause if stop >= 0 else before + clause


def _carries_on(first: Action, later: Action) -> bool:
    """True when `later`, under the same item and owners, repeats the sentence `first` was read from and goes on with
    the same task: what it adds only reports back on the matter ("He will get more details and will keep us posted")
    or mostly repeats the first sentence's words. A task of its own ("She will also order two new dog bins") stays."""
    if later.item != first.item or later.owners != first.owners or later.text == first.text:
        return False
    sentence = _own_sentence(first).strip()
    if len(sentence.split()) < MIN_CARRIED_WORDS or sentence not in later.text:
        return False
    added = later.text[later.text.index(sentence) + len(sentence):]
    words = [word for word in re.findall(r"[a-z]{3,}", _FOLLOW_UP.sub(" ", added.lower())) if word not in _CARRY_FILLER]
    known = set(re.findall(r"[a-z]{3,}", sentence.lower()))
    return 2 * sum(word not in known for word in words) <= len(words)


def _meeting_duty(clause: str) -> bool:
    """True when the clause takes on a duty for the meeting itself ("agreed to take the minutes", "will chair the
    meeting in the Chair's absence"), not for a later one."""
    lowered = clause.lower()
    return any(not _LATER_MEETING.search(lowered[found.end():]) for found in _meeting_duty_pattern().finditer(lowered))


@lru_cache(maxsize=1)
def _meeting_duty_pattern() -> re.Pattern[str]:
    """The meeting duties (`meeting_duties`, lower case) as one pattern, each closing its phrase: "take the minutes at
    this meeting", not "take the chairs back", "take the minutes book to the bank"."""
    duties = "|".join(re.escape(duty) for duty in sorted(load_owner_words().meeting_duties, key=len, reverse=True))
    return re.compile(rf"\b(?:{duties})(?=\s*(?:[.,;:)]|$)|\s+(?:at|for|in|on|of|with|and|until|while|during|today|tonight)\b)")


def has_task_words(text: str) -> bool:
    """True when an action's text holds a word: a number or a mark alone ("2", "-", "4.1") states no task."""
    return _HAS_WORD.search(text) is not None


def _numbered_row(action: Action, row: Action, written: dict[tuple[int, int], str]) -> bool:
    """True when `action`'s lines give it the number of an action list's `row`, and they share an owner: "Tom to ask
    the press office for help (Action 2.11)" in the item and the row "2.11 | Ask the press office … | TG" at the end."""
    evidence = action.evidence
    if evidence is None or not row.item or not set(action.owners) & set(row.owners):
        return False
    text = " ".join(written.get((evidence.page, number), "") for number in range(evidence.line_start, evidence.line_end + 1))
    if "ction" not in text and "CTION" not in text:
        return False
    number = row.item.strip().rstrip(".").lower()
    return any(found.lower() == number for found in _ACTION_NUMBER.findall(text))


_ACTION_NUMBER = re.compile(r"\bactions?\s*(?:no\.?\s*)?(\d{1,4}(?:\.\d{1,3})*[a-z]?)\b", re.IGNORECASE)
"""An action's number written beside its task ("(Action 2.3)"), which an action list at the end repeats."""


_CALENDAR_WORDS = frozenset(
    word.lower() for word in [*calendar.day_name, *calendar.day_abbr, *calendar.month_name, *calendar.month_abbr] if word
)


def _is_list_entry(text: str) -> bool:
    """True when a paragraph (or a line) is a list's entry: a bullet of any glyph ("•", a PDF's "\uf0b7"), "(a)"/"1."
    marker, or a number such as "2.4:"."""
    text = text.strip()
    return strip_list_marker(text) != text or _LIST_NUMBER.match(text) is not None


def _read_from(action: Action, text: str) -> bool:
    """True when `action` was read from `text`: its task's opening words are there, as a minute of a block of several
    holds its own sentence and not the one before it."""
    opening = " ".join(action.text.split()[:SAME_TASK_WORDS])
    return opening.lower() in " ".join(text.split()).lower()


def _already_read(owners: list[str], sentence: str, already: Sequence[Action]) -> bool:
    """True when an action of the paragraph already read has one of `owners` and is this task: it holds `sentence`, or
    shares most of its content words. The same owner's other task in the paragraph ("… Jo to chase the order. It
    was asked that Jo email the budget …") is another action."""
    words = _content_words(sentence)
    for action in already:
        if not set(owners) & set(action.owners):
            continue
        if sentence in action.text or action.text in sentence:
            return True
        if not words or len(words & _content_words(action.text)) >= SAME_TASK_OVERLAP * len(words):
            return True
    return False


def _content_words(text: str) -> set[str]:
    """Words of `text` that say what it is about: longer than `SHORT_WORD` and no agreement's or task's wording."""
    return {w for w in re.findall(r"[a-z]+", text.lower()) if len(w) > SHORT_WORD} - _AGREEMENT_WORDS


_AGREEMENT_WORDS = frozenset({"agreed", "resolved", "decided", "that", "would", "will", "should", "with", "this", "also"})


def _own_entry(action: Action, written: dict[tuple[int, int], str]) -> bool:
    """True when `action` is an entry of an action list on a line of its own, opening on its owner and a colon ("-
    Board: Begin the search …"): a task of its own, not one an owner tagged on the next line takes over."""
    evidence = action.evidence
    if evidence is None or evidence.line_start != evidence.line_end or not action.owner_as_written:
        return False
    line = strip_list_marker(written.get((evidence.page, evidence.line_start), "").strip())
    return line.startswith(f"{action.owner_as_written}:")


def _same_paragraph(body_action: Action, other: Action) -> bool:
    """True when `other`, with another owner, is the same task: in the paragraph right after it under the same
    item, or read from `body_action`'s lines, holding its last sentence, and tagged with its owner from outside its
    text or ending on that sentence."""
    first, second = body_action.evidence, other.evidence
    if other is body_action or other.owners == body_action.owners or first is None or second is None:
        return False
    if first.page != second.page:
        return False
    if body_action.item == other.item and 0 < second.line_start - first.line_end <= NEXT_PARAGRAPH_LINES:
        # "It was agreed that the Forum would write …" / "Action: Dee Fell to send the letter …": an owner tagged on
        # the next paragraph, or a next paragraph on the same matter; not another task ("… to request that …").
        tagged = not other.owner_as_written or other.owner_as_written not in other.text
        return tagged or bool(_content_words(body_action.text) & _content_words(other.text))
    if not (first.line_start <= second.line_end and second.line_start <= first.line_end):
        return False
    # The owner column tags the paragraph that ends on the body's sentence; a named owner's own sentence after it
    # ("… the Council would ask for signs. Cllr Price will chase the order.") is another task.
    own_sentence = body_action.text.rstrip(". ").rsplit(". ", 1)[-1].strip()
    if not own_sentence or own_sentence not in other.text:
        return False
    tagged = not other.owner_as_written or other.owner_as_written not in other.text
    return tagged or other.text.rstrip(". ").endswith(own_sentence)


def _is_task_participle(word: str, task_verbs: frozenset[str]) -> bool:
    """True when `word` is the "-ing" form of one of `task_verbs` ("contacting", "preparing", "liaising", "chasing")."""
    if not word.endswith("ing"):
        return False
    stem = word[:-3]
    doubled = stem[:-1] if len(stem) > 2 and stem[-1] == stem[-2] else stem
    return any(form in task_verbs for form in (stem, f"{stem}e", doubled))


def _verb_after(doc: Doc, start: int) -> str | None:
    """The verb after the "will" at `start` (lower case), past an adverb of commitment ("will also contact") or the words
    of a direction ("were asked to review", "to report"), or None."""
    verbs = [
        token for token in doc[start + 1:start + 4]
        if token.is_alpha and token.lower_ not in _COMMIT_ADVERBS and token.lower_ not in _DIRECTION_WORDS
    ]
    return verbs[0].lower_ if verbs else None


@dataclass(slots=True)
class _SectionReader:
    """Reads the actions of one section at a time with the document-wide context."""

    rules: ActionRules
    nlp: Language
    attendees: Sequence[Attendee]
    meeting: Meeting
    mentions: list[str]
    initials: dict[str, str] = field(default_factory=dict)
    """Initials the minutes declare for attendees ("Robert Cole (BC)"), read before guessing from names."""
    logged: list[Action] = field(default_factory=list)
    """Actions read from an action table."""
    margin: MarginColumns | None = None
    """Where a PDF's pages print owners at the right margin (`margin_owners`)."""
    present: frozenset[str] = field(init=False)
    """The attendees' names as the attendance writes them, read once for the owner checks."""

    def __post_init__(self) -> None:
        self.present = frozenset(attendee.name for attendee in self.attendees)

    def is_logged(self, action: Action) -> bool:
        """True when `action` came from a row of an action table."""
        return any(action is row for row in self.logged)

    def read(self, section: Section) -> Iterator[Action]:
        """Yield the section's actions: table rows, "Action:" lines, marker lines and prose commitments."""
        key = section.key
        last_text: str | None = None
        last_lines: list[Line] = []
        last_prose: list[Action] = []
        title = section.item.title if section.item is not None else None
        # Under "Actions from the previous meeting" an entry restating an earlier action with its progress is an
        # update of that action (extract/action_updates.py), not a new one.
        earlier = reviews_earlier_actions(title)
        yield from self._table_actions(key, section.lines, title)
        tagged: tuple[list[Line], list[MarginTag]] = ([], [])
        # Under a label such as "Actions" or "Action items" (or an item so titled), entries open on who acts.
        in_list = bool(title) and ACTION_LIST_LABEL.match(title or "") is not None and not earlier
        rows_under = False  # under the header of an action table flattened to text ("Action Who By when")
        # Each line's next one with words, for a title wrapped away from its name ("… opposed. Director" / "Vale left.").
        filled = [line for line in section.lines if line.text.strip()]
        following = {id(line): after.text.strip() for line, after in zip(filled, filled[1:])}
        previous = title or ""  # "58. From the Clerk regarding the Rules. Moved" as an item's heading, its mover under it
        for lines in section.joined_paragraphs():
            after_mover = bool(_MOVED_BY_BEFORE.search(previous))  # "… Moved by" / "Lowe to adopt.": no owner opens
            previous = paragraph_text(lines)
            # The owners printed at the margin beside the paragraph before, once its own actions are read.
            yield from self._margin_actions(key, *tagged, last_prose)
            tagged = ([], [])
            first_line = lines[0].text.strip()
            if lines[0].cells is None and ACTION_LIST_LABEL.match(first_line):
                in_list = not reviews_earlier_actions(first_line)
                if len(lines) == 1 or not in_list:
                    continue
                # The label with its entries run on under it, no blank line between: each line an entry.
                entries = [self._list_entry_action(key, line.text, [line]) for line in lines[1:]]
                if all(entry is not None for entry in entries):
                    last_prose = [entry for entry in entries if entry is not None]
                    yield from last_prose
                    continue
            if in_list and lines[0].cells is None:
                entry = self._list_entry_action(key, paragraph_text(lines), lines)
                if entry is not None:
                    last_prose = [entry]
                    yield entry
                    continue
                in_list = _is_list_entry(first_line)  # a paragraph of prose ends the list
            elif lines[0].cells is None and not earlier:
                # "- Bo: ping the landlord about the lease" under an item: an attendee's task, no label over it.
                entry = self._list_entry_action(key, paragraph_text(lines), lines, labelled=False)
                if entry is not None:
                    last_prose = [entry]
                    yield entry
                    continue
            if lines[0].cells is not None or (lines[0].is_heading and not self._is_marker_heading(lines)):
                continue
            if rows_under or any(_ROW_HEADER.search(line.text.strip()) for line in lines):
                rows, rows_under = self._row_actions(key, lines, under=rows_under)
                if rows:
                    last_prose = rows
                    yield from rows
                    continue
            if self.margin is not None:
                lines, tags = self.margin.split(lines, self._is_margin_owner)
                tagged = (lines, tags)
            raw = paragraph_text(lines)
            if earlier and restates_earlier_action(strip_list_marker(raw)):
                tagged = ([], [])
                last_text, last_lines, last_prose = raw, lines, []
                continue
            decided = self._decided_task(key, strip_list_marker(raw), lines)
            if decided is not None:
                # "RESOLVED: That the Chairman should check …, the Clerk should write …": each owner's part.
                parts = self._agreed_actions(key, strip_list_marker(raw), lines, [decided])
                written = decided.owner_as_written or ""
                if parts and not (self._is_owner_tag(written) or self._names_someone(written)):
                    parts = [part for part in parts if part.owners != decided.owners]
                    decided = None  # "That Oak Green should enter the contest and the Clerk should notify …": a place
                last_prose = [*([decided] if decided is not None else []), *parts]
                # The paragraph may go on past the decision's sentence with commitments of its own ("It was agreed
                # that Cllr A should sign the form. Cllr B continues to investigate the pond.").
                last_prose.extend(self._run_on_actions(key, strip_list_marker(raw), lines, last_prose))
                last_prose.extend(self._later_parts(key, strip_list_marker(raw), lines, last_prose))
                last_text, last_lines = raw, lines
                yield from last_prose
                continue
            # "The verges were discussed. Resolved Councillor Ford contact the County.": read on
            yield from self._later_decided_tasks(key, strip_list_marker(raw), lines)
            assigned = self._assigned_action(key, raw, lines)
            if assigned is not None:
                last_prose = [assigned]
                last_text, last_lines = raw, lines
                yield assigned
                # "Action: Clerk to send the comments. Cllrs A and B to meet on site.": the label owns its sentence only.
                yield from self._run_on_actions(key, raw, lines, last_prose)
                continue
            marker = self._marker_owner(raw)
            if marker is not None:
                if last_text is None:
                    # An owner straight under the item's own line: the minute is its title ("5. It was decided
                    # that the Clerk will write …" beside an owner column, its text read as the title).
                    if section.item is None or len(section.item.title.split()) < MIN_TAGGED_WORDS:
                        continue
                    last_text = section.item.title
                action = self._marker_action(key, marker, last_text, last_lines + lines, last_prose)
                if action is not None:
                    last_prose.append(action)
                    yield action
                continue
            text = strip_list_marker(raw)
            if "ction" in text or "CTION" in text:
                text = _MID_MARKER.sub(" ", text)
                if _INLINE_MARKER.search(text) is None:
                    text = _END_MARKER.sub(" ", text)
            capitals = self._capitals_task(text)
            inline = (_INLINE_MARKER.search(text) if _may_hold_marker(text) else None) or (
                self._trailing_initials(text, following.get(id(lines[-1]), "")) if capitals is None else None
            )
            prose = list(
                self._prose_actions(key, text, lines, is_entry=bool(_LIST_ENTRY.match(raw)), after_mover=after_mover)
            )
            prose.extend(self._requested_actions(key, text, lines, prose))
            prose.extend(self._agreed_actions(key, text, lines, prose))
            for action in prose:  # "Agreed action: The Clerk will write …": the label is no part of the task
                action.text = _LABEL_BEFORE_SENTENCE.sub("", action.text, count=1)
            yield from prose
            last_prose = prose
            for bracketed in self._bracket_actions(key, text, lines, prose):
                last_prose.append(bracketed)
                yield bracketed
            tail = _ACTION_TO.match(text[inline.start():].strip()) if inline is not None and inline.re is _INLINE_MARKER else None
            assigned_tail = self._assigned_action(key, tail.group(0), lines) if tail is not None else None
            if assigned_tail is not None:
                # "… said so. Action – All members to promote it.": the marker carries its own task.
                last_prose.append(assigned_tail)
                yield assigned_tail
            elif inline is not None:
                body = text[: inline.start()].strip()
                action = self._marker_action(key, inline.group("owner").strip(), body, lines, prose)
                if action is not None:
                    last_prose.append(action)
                    yield action
            elif capitals is not None:
                action = self._marker_action(key, capitals, text, lines, prose)
                if action is not None:
                    last_prose.append(action)
                    yield action
            last_text, last_lines = text, lines
        yield from self._margin_actions(key, *tagged, last_prose)

    def _list_entry_action(
        self, key: str | None, raw: str, lines: list[Line], *, labelled: bool = True
    ) -> Action | None:
        """An entry of an action list that opens on its owner ("Jo Reed: book the hall", "(JR) Update on the grant").

        Not `labelled` (a list under an item, with no "Actions" label over it), the entry is a task only when it opens
        on attendees by name and a colon, and what follows reads as an instruction ("- Bo: ping the landlord about the
        lease", "- Ann Lee/Bo: Draft the survey"): a post before the colon is an election's result ("Treasurer: Ann
        Lee"), and a note of what someone said or felt ("Bo: happy with the plan") is no task."""
        if not _is_list_entry(raw):
            return None
        text = _LIST_NUMBER.sub("", strip_list_marker(raw), count=1).strip()
        match = _ENTRY_OWNER.match(text)
        if match is None:
            return None
        if not labelled:
            written = match.group("owner")
            task_words = match.group("task")
            if written is None or _INSTRUCTION.match(task_words) is None or not all(
                self._names_attendee(part.strip()) and not is_role(part.strip())
                for part in _COMPOUND_OWNER.split(written) if part.strip()
            ):
                return None
            if any(re.match(rf"{re.escape(name)}(?![\w'’-])", task_words) for name in self.present):
                return None  # "Vice President: Jo Reed. Nominated by Bo.": who was elected, not a task
        owner = (match.group("bracketed") or match.group("owner") or "").strip()
        task = match.group("task").strip()
        if not owner[:1].isupper():
            return None
        # "Will" written as a name ("Will: Draft the post", "Will Vincent: …") is who acts, not a clause's verb.
        if len(task.split()) < 2 or any(verb.group(0) != "Will" for verb in _CLAUSE_VERB.finditer(owner)):
            return None
        parts = [part for part in _COMPOUND_OWNER.split(owner) if part.strip()]
        # Under the label, a first name before a colon and a task in lower case is who acts ("Tony: think about …"),
        # though the minutes give no full name for it; so is a full name before any task ("Jo Reed: Book the hall"),
        # though the attendance left it out or spelt it otherwise.
        named_here = match.group("owner") is not None and (
            task[:1].islower()
            or (
                all(len(part.split()) > 1 and not agenda_words().search(part) for part in parts)  # not "New Business"
                and _INSTRUCTION.match(task) is not None  # not "Summer Fete: Two stalls were booked"
            )
        )
        # Under the label the body may give itself a task ("Board: Begin the search for organisers").
        own_task = labelled and self._is_body(owner) and _INSTRUCTION.match(task) is not None
        if not own_task and (not parts or not all(
            _EVERYONE.match(part) or self._is_owner_tag(part) or self._names_someone(part)
            or (named_here and self._could_be_a_name(part))
            for part in parts
        )):
            return None
        if not own_task and (self._is_body(owner) or is_agency(owner) and not is_role(owner)):
            return None
        owners = self._owners(owner, task)
        if not owners:
            return None
        return Action(
            item=key, text=task[:1].upper() + task[1:], owners=owners, owner_as_written=owner,
            due=self._due(task), evidence=Evidence.of_lines(lines),
        )

    def _row_actions(self, key: str | None, lines: list[Line], *, under: bool) -> tuple[list[Action], bool]:
        """The rows of an action table flattened to text under its header ("Action Who By when"): each line that ends
        on an attendee's initials (or "All") and maybe a date is a task, the lower-case lines after it its wrapped
        words ("Draft the newsletter and send JB 30 April" / "to the printers"). `under` when the header stood in a
        paragraph before; with the rows, whether the table goes on past these lines."""
        actions: list[Action] = []
        last_was_row = False
        for line in lines:
            text = line.text.strip()
            if _ROW_HEADER.search(text):
                under, last_was_row = True, False
                continue
            row = _ROW_TAG.search(text) if under else None
            parts = [part for part in _COMPOUND_OWNER.split(row.group("owner")) if part.strip()] if row else []
            if row is not None and len(text[: row.start()].split()) >= MIN_TAGGED_WORDS - 1 and all(
                part == "All" or self._resolve(part) != [part] for part in parts
            ):
                task = text[: row.start()].strip()
                actions.append(Action(
                    item=key, text=task[:1].upper() + task[1:], owners=self._owners(row.group("owner"), task),
                    owner_as_written=row.group("owner"), due=self._due(row.group("due") or ""),
                    evidence=Evidence.of_lines([line]),
                ))
                last_was_row = True
            elif last_was_row and text[:1].islower():
                actions[-1].text = f"{actions[-1].text} {text}"  # the task's words wrapped on to the next line
                if actions[-1].evidence is not None:
                    actions[-1].evidence = replace(actions[-1].evidence, line_end=line.number)
            elif text:
                under, last_was_row = False, False
        return [action for action in actions if action.owners], under

    def _could_be_a_name(self, phrase: str) -> bool:
        """True for one to three capitalised words that are no generic owner, agency, body or month ("Tony", "Jo Reed")."""
        words = phrase.split()
        if not 0 < len(words) <= MAX_NAME_WORDS or not all(w[:1].isupper() and w[1:2].islower() for w in words):
            return False
        lowered = " ".join(words).lower()
        if lowered in load_owner_words().not_owners or is_agency(phrase) or self._is_body(phrase):
            return False
        # "Monday: hall closed", "June – no meeting": a day or a month, not who acts.
        return not set(w.lower() for w in words) & _CALENDAR_WORDS and parse_date(phrase) is None

    def _margin_actions(
        self, key: str | None, lines: list[Line], tags: list[MarginTag], already: list[Action]
    ) -> Iterator[Action]:
        """A paragraph's owners printed at the margin, each with the task it stands beside."""
        several = len(tags) > 1
        for tag, text in zip(tags, tagged_text(lines, tags, paragraph_text, _is_list_entry)):
            if 0 <= tag.index < len(lines) and _titles_a_report(lines[tag.index].text):
                continue  # "B) Parks Committee      T. Lowe": who gives the report under that heading
            context = strip_list_marker(text)
            # With a tag beside each minute of one block, only what was read from this tag's own minute is its task.
            beside = [action for action in already if _read_from(action, context)] if several else already
            action = self._marker_action(key, tag.owner, context, lines, beside)
            if action is not None:
                already.append(action)
                yield action

    def _is_margin_owner(self, text: str) -> bool:
        """True when a margin tag names who acts: a post, a titled name, an attendee or their initials, "ALL"."""
        if _NO_OWNER_CELL.match(text.strip()):
            return False
        parts = [part for part in _COMPOUND_OWNER.split(text.strip().rstrip(".")) if part.strip()]
        if any(_NO_OWNER_CELL.match(part.strip()) for part in parts):
            return False  # "R. FORST, PRESENT": a roll's name and status set beside the grid, no owner
        return bool(parts) and all(
            self._is_owner_tag(part) or self._is_body(part)
            or (all(word[:1].isupper() for word in part.split()) and self._resolve(part) != [part])
            for part in parts
        )

    def _table_actions(self, key: str | None, lines: list[Line], title: str | None = None) -> Iterator[Action]:
        """Rows of an action table ("Action | Owner | Due") under the item; a table of earlier actions and their
        progress ("Action | Owner | Progress", or under "Actions from the last meeting") holds none."""
        columns: dict[str, int] | None = None
        table: int | None = None
        earlier: set[int | None] = set()
        for line in lines:
            if line.cells is None or line.table in earlier:
                continue
            if columns is None or line.table != table:
                table = line.table
                if earlier_action_table(line.cells, title) or (reviews_earlier_actions(title) and len(line.cells) > 1):
                    earlier.add(table)
                    columns = None
                    continue
                columns = _action_columns(line.cells)
                if columns is not None:
                    continue
                # No header: minutes in a table whose last column names who acts ("6(c) | … | MC").
                rows = [row.cells for row in lines if row.table == table and row.cells is not None]
                columns = owner_cell_columns(rows, self._is_margin_owner)
                if columns is None:
                    continue
            cells = line.cells
            text = cells[columns["action"]].strip() if columns["action"] < len(cells) else ""
            owner = squeeze_initials(cells[columns["owner"]]) if columns["owner"] < len(cells) else ""
            if not text or not owner or _TABLE_RULE.match(text):
                continue  # an empty row, or a markdown table's "--- | ---" rule under its header
            if "tags" in columns and not self._is_owner_cell(owner):
                continue  # a row whose "Action" cell is itself a sentence, not who acts
            due_cell = cells[columns["due"]] if "due" in columns and columns["due"] < len(cells) else ""
            row_item = cells[columns["item"]].strip() if "item" in columns and columns["item"] < len(cells) else ""
            row_action = Action(
                item=row_item or key,
                text=text,
                owners=self._owners(owner, text),
                owner_as_written=owner,
                due=self._due(due_cell) if due_cell.strip() else self._due(text),
                evidence=Evidence.of_lines([line]),
            )
            self.logged.append(row_action)
            yield row_action

    def _is_owner_cell(self, cell: str) -> bool:
        """True when a table cell names who acts: initials, posts or names joined by "/", "&", "and" or commas."""
        parts = [part for part in _COMPOUND_OWNER.split(cell.strip().rstrip(".")) if part.strip()]
        if not parts or len(cell.split()) > MAX_OWNER_WORDS or _NO_OWNER_CELL.match(cell.strip()):
            return False
        return all(self._is_owner_tag(part) or self._names_someone(part) or self._is_body(part) for part in parts)

    def _assigned_action(self, key: str | None, text: str, lines: list[Line]) -> Action | None:
        """An "Action: X to do something" line: owner X, the task as the text (a list's marker may come first: "- TODO
        Wen to ask …")."""
        match = _ACTION_TO.match(strip_list_marker(text).strip())
        if match is None:
            return self._directed_action(key, text, lines)
        owner = match.group("owner").strip()
        if _CLAUSE_VERB.search(owner):
            return None  # "Agreed action: The Secretary will write to …": a sentence, read as prose
        if MOTION_OPENING.match(owner):
            return None  # "Action: Moved by Pardoe, seconded by Tate, to approve …": the motion, a decision's
        # "Action: All members to …" is labelled, so a whole group may own it.
        if not (self._valid_owner(owner, "TO") or self._names_someone(owner) or _EVERYONE.match(owner)):
            return None
        task = sentence_of(match.group("task").strip(), 0)  # the label owns its own sentence only
        return self._labelled_task(key, owner, task, text, lines)

    def _directed_action(self, key: str | None, text: str, lines: list[Line]) -> Action | None:
        """A "Direction to staff: return with …" line: the one its label directs owns the task after it."""
        match = _direction_line().match(strip_list_marker(text).strip())
        if match is None:
            return None
        task = sentence_of(match.group("task").strip(), 0)
        first = _WORD.match(task)
        if first is None or _NO_OWNER_CELL.match(first.group(0)) or first.group(0).lower() == "nothing":
            return None  # "Direction to staff: none.", "Staff direction: no further action."
        if _FULL_CLAUSE.match(task):
            return None  # "Direction to staff: The Clerk will write …": a sentence, read as prose
        owner = _staff_capitalised(match.group("owner") or match.group("staff_owner") or match.group("staff"))
        return self._labelled_task(key, owner, task, text, lines)

    def _labelled_task(self, key: str | None, owner: str, task: str, text: str, lines: list[Line]) -> Action:
        """The task a label gives its owner ("Action: X to …", "Direction to staff: …"), with its first letter capital."""
        return Action(
            item=key,
            text=task[:1].upper() + task[1:],
            owners=self._owners(owner, text),
            owner_as_written=owner,
            due=self._due(task),
            evidence=Evidence.of_lines(lines),
        )

    def _decided_task(self, key: str | None, text: str, lines: list[Line]) -> Action | None:
        """A decision that gives someone a task: "RESOLVED: That the Clerk should write …", "It was agreed that X would …"."""
        match = _DECIDED_TASK.match(text)
        if match is None:
            return None
        owner = match.group("owner").strip()
        if owner[:1].islower() and not owner.lower().startswith("the "):
            owner = owner[:1].upper() + owner[1:]  # "It was agreed that staff be asked to …": US minutes' lower case
        if not (self._valid_owner(owner, "TO") or self._is_owner_tag(owner)):
            return None
        if self._is_body(owner):
            return None  # the body's own part is read as prose, sentence by sentence, beside any named owner
        bare = match.group("bare")
        if bare is not None and not self._bare_task_verb(owner, bare):
            return None  # "RESOLVED: That the Chairman's report be received", "AGREED: The Clerk said …"
        # The task ends with its own sentence ("… order more scalpings. Cllr Ford said …" keeps the first).
        clause = sentence_of(_NEXT_DECISION.split(match.group("clause"), maxsplit=1)[0].strip().rstrip(",;"), 0)
        rest = clause[len(owner):].strip()
        verb = _MODAL_VERB.match(rest)
        if verb is not None and verb.group("verb").lower() in post_not_tasks() and not self._continued_task(verb, rest):
            return None  # "It was agreed that the Chair would await the survey": the matter waits, no task
        if verb is not None and verb.group("verb").lower() == "be" and not _PASSIVE_TASK.match(rest[verb.end():].strip()):
            return None  # "That the Assistant Clerk should be employed on …": done to the post, no task of its own
        granted = _AUTHORISED_TO.match(rest)
        if granted is not None and granted.group("verb").lower() in self.rules.granted_powers:
            return None  # "That the Treasurer be authorized to accept and expend the grant": a power, not a task
        if is_agency(owner) and _ASKED_OF.search(clause):
            # "It was AGREED that the Police would be asked to patrol …": a request the body makes, the body's task.
            if not self.meeting.body:
                return None
            return Action(item=key, text=clause[:1].upper() + clause[1:], owners=[self.meeting.body],
                          owner_as_written=None, due=self._due(clause), evidence=Evidence.of_lines(lines))
        return Action(
            item=key,
            text=clause,
            owners=self._owners(owner, text),
            owner_as_written=owner,
            due=self._due(clause),
            evidence=Evidence.of_lines(lines),
        )

    @staticmethod
    def _continued_task(verb: re.Match[str], rest: str) -> bool:
        """True when a decision's "continue" keeps a task going ("that the Clerk should continue to pursue it")."""
        if verb.group("verb").lower() != "continue":
            return False
        continued = _CONTINUED_TASK.match(rest[verb.end():])
        return continued is not None and is_task_verb(continued.group("verb"), continued.group("next"))

    def _run_on_actions(self, key: str | None, text: str, lines: list[Line], taken: list[Action]) -> list[Action]:
        """The tasks of the sentences a paragraph runs on with after its first, whose task a decision or an action label
        has already given (`taken`): each read as prose, less any that repeats one taken."""
        text = text.strip()
        after = text[len(sentence_of(text, 0)):].strip()
        if not after or after == text:
            return []
        return [
            found for found in self._prose_actions(key, after, lines, is_entry=False)
            if not any(found.text in other.text or other.text in found.text for other in taken)
        ]

    def _later_parts(self, key: str | None, text: str, lines: list[Line], taken: list[Action]) -> list[Action]:
        """The tasks of a decision's later numbered parts ("Resolved: 1) That the Clerk make the return. 2) That the
        Clerk invite the district council …"), each read as a decision of its own."""
        found: list[Action] = []
        for part in _LATER_PART.finditer(text):
            decided = self._decided_task(key, text[part.end():], lines)
            if decided is not None and not any(decided.text in other.text for other in [*taken, *found]):
                found.append(decided)
        return found

    def _later_decided_tasks(self, key: str | None, text: str, lines: list[Line]) -> list[Action]:
        """A decision later in a paragraph that gives someone a task with the verb bare ("… at length. Resolved
        Councillor Ford contact the County."), which no reading of prose finds: "will" or "to" never comes; or, in a
        motion whose first part gives none, the tasks of all its later parts."""
        for opening in _DECISION_SENTENCE.finditer(text):
            rest = text[opening.end():]
            match = _DECIDED_TASK.match(rest)
            decided = self._decided_task(key, rest, lines) if match is not None and match.group("bare") else None
            if decided is not None:
                return [decided]
        if _DECISION_THAT_OPENS.match(text):
            # "That the report BE RECEIVED; and, That the Clerk BE DIRECTED to …; and, That the Treasurer BE DIRECTED
            # to …": the first part receives, each later one may direct.
            return self._later_parts(key, text, lines, [])
        return []

    def _bare_task_verb(self, owner: str, verb: str) -> bool:
        """True when `verb` after a person ("That the Clerk write …") is a task in the bare form, not a past or a "be"."""
        if verb in _NOT_TASK_VERBS or verb in self.rules.past_verbs or verb.endswith("ed"):
            return False
        if owner.endswith(("'s", "’s")):
            return False  # "That PCSO Lane's kind offer is accepted": the owner's offer is the subject
        return self._valid_owner(owner, PERSON_LABEL)

    def _bracket_actions(self, key: str | None, text: str, lines: list[Line], already: list[Action]) -> Iterator[Action]:
        """Actions marked inside a sentence: "… ask for a 20mph zone (Action: TU).", or a commitment set in brackets
        beside what it is about: "… no news of a café yet (Cllr Reed would find out)."."""
        if "(" not in text and "[" not in text:
            return
        for aside in _BRACKETED_COMMITMENT.finditer(text):
            inner = aside.group("inner").strip()
            for found in self._prose_actions(key, inner, lines, is_entry=False):
                if not any(set(found.owners) & set(other.owners) for other in already):
                    found.text = inner if inner.endswith(".") else f"{inner}."
                    yield found
        tagged = self._bracketed_owner(key, text, lines, already)
        if tagged is not None:
            yield tagged
        if not _may_hold_marker(text):
            return  # the regex below would try every character only to find nothing
        for match in _BRACKET_MARKER.finditer(text):
            # The sentence the marker sits in: from the last full stop before it to the stop after it.
            start = text.rfind(". ", 0, match.start()) + 2 if ". " in text[: match.start()] else 0
            sentence = f"{text[start:match.start()].strip()}{text[match.end():match.end() + 1].strip()}"
            action = self._marker_action(key, match.group("owner").strip(), sentence, lines, already)
            if action is not None:
                yield action

    def _bracketed_owner(self, key: str | None, text: str, lines: list[Line], already: list[Action]) -> Action | None:
        """The owner named in a bracket closing a paragraph with no other action: "Write to the highways team about
        the drain (Kim & Lou).", "… needs new liners (JK/Clerk)". Each name must be an attendee's (initials, a first
        name, a surname) or a post, so "(NCC)" or "(see above)" names no one."""
        match = _CLOSING_BRACKET.search(text)
        if match is None or already or len(text[: match.start()].split()) < MIN_TAGGED_WORDS:
            return None
        parts = [part.strip() for part in _COMPOUND_OWNER.split(match.group("owner")) if part.strip()]
        if not parts or not all(self._is_owner_tag(part) or self._names_attendee(part) for part in parts):
            return None
        body = text[: match.start()].strip().rstrip(".")
        start = body.rfind(". ") + 2 if ". " in body else 0
        sentence = body[start:]
        words = sentence.split(None, 2)
        # A task: an order ("Write to …"), or what is needed or to be done ("… needs repair", "… to be cut");
        # a report of what was done ("Jo thanked the volunteers (Jo)") or a sentence with its own subject ("The same
        # members will continue (Cllr Ray Chair)") is none.
        opening = words[0].lower() if words else ""
        if not (is_task_verb(opening, words[1].lower() if len(words) > 1 else None) or _NEEDED.search(sentence)):
            return None
        return self._marker_action(key, match.group("owner").strip(), f"{sentence}.", lines, already)

    def _names_attendee(self, phrase: str) -> bool:
        """True when `phrase` is one attendee's name as the minutes shorten it ("Kim", "Lou Hart", "Hart")."""
        words = phrase.split()
        return (
            0 < len(words) <= MAX_NAME_WORDS
            and all(word[:1].isupper() and word[1:].islower() for word in words)
            and (self._resolve(phrase) != [phrase] or any(a.name == phrase for a in self.attendees))
            and not is_agency(phrase)
        )

    def _owners(self, owner: str, context: str) -> list[str]:
        """The people or bodies behind `owner`, each of "Cllr. A. Rees/Clerk", "A. Rees and the Clerk" or "the Director of
        Planning and Tom Quill" (an attendee) resolved alone."""
        if self.meeting.body and self._is_body(owner):
            return [self.meeting.body]  # "the Council" is the body whose minutes these are, by its full name
        parts = [part.strip() for part in _COMPOUND_OWNER.split(owner.strip()) if part.strip()]
        named = [self._names_attendee(part) for part in parts]
        if len(parts) > 1 and all(
            self._is_owner_tag(part) or is_named or (any(named) and is_role(part))
            for part, is_named in zip(parts, named)
        ):
            found: list[str] = []
            for part in parts:
                found.extend(self._resolve(part, context))
            return list(dict.fromkeys(found))
        return self._resolve(owner, context)

    def _is_owner_tag(self, text: str) -> bool:
        """True when `text` alone names who acts: a post ("Clerk"), a titled name ("Cllr. A. Rees"), or everyone ("ALL")."""
        text = re.sub(r"^the\s+", "", text.strip(), flags=re.IGNORECASE)
        words = text.split()
        if not words or len(words) > MAX_NAME_WORDS + 1:
            return False
        if _EVERYONE.match(text) and len(words) == 1:
            return True
        if is_role(text) and not is_agency(text) and all(word[:1].isupper() for word in words):
            return True
        titled = match_leading_title(text)
        if titled is not None:
            rest = titled[1].split()
            return 0 < len(rest) <= MAX_NAME_WORDS and all(word[:1].isupper() for word in rest)
        return bool(_INITIALS.match(text)) and self._resolve(text) != [text]

    def _resolve(self, owner: str, context: str = "") -> list[str]:
        """`resolve_owners` with this document's attendees, mentioned names and declared initials."""
        return resolve_owners(owner, self.attendees, mentions=self.mentions, context=context, initials=self.initials)

    def _is_group(self, phrase: str, *, members_only: bool = False) -> bool:
        """True when `phrase` names the body's staff or members as a whole (`staff_words`, `member_words`; only the
        members with `members_only`), after "the", "all" or "individual" and after the body's own name: "Staff",
        "All Councillors", "individual Councilmembers", "Members", "the Trustees", "PC reps", "Council staff",
        "Planning staff"."""
        words = [word for word in phrase.split() if word.lower() not in {"the", "all", "individual"}]
        owner_words = load_owner_words()
        if words and not members_only and " ".join(words) in owner_words.staff_words:
            return True  # "… stated that staff would bring back …": US minutes write the staff in lower case
        if not words or not words[0][:1].isupper():
            return False
        groups = owner_words.member_words if members_only else owner_words.member_words | owner_words.staff_words
        if " ".join(words).lower() in groups:
            return True
        if len(words) > 1 and words[-1].lower() in groups and self._is_body(" ".join(words[:-1])):
            return True
        # "Planning staff", "Public Works staff": a department's staff, its name capitalised before the lower-case word.
        return (
            not members_only and 1 < len(words) <= 3 and words[-1] in owner_words.staff_words
            and all(word[:1].isupper() for word in words[:-1])
        )

    def _is_body(self, phrase: str) -> bool:
        """True when `phrase` names the meeting's own body ("the Council", "the PC") and no attendee by initials."""
        phrase = phrase.strip()
        if not names_body(phrase, self.meeting.body):
            return False
        bare = re.sub(r"^the\s+", "", phrase, flags=re.IGNORECASE)
        return not (_INITIALS.match(bare) and self._resolve(bare) != [bare])

    def _body_task(self, owner: str, words_after: str) -> bool:
        """False when the body `owner` only states a stance or a decision ("will await …", "to note …")."""
        if not self._is_body(owner):
            return True
        not_tasks = load_owner_words().body_not_tasks
        for word in re.findall(r"[a-z']+", words_after.lower()):
            if word in _BODY_AUXILIARIES:
                continue
            # "contributes" is "contribute"; an adverb ("formally", "certainly") stands before the verb.
            if word in not_tasks or word.removesuffix("s") in not_tasks or word.removesuffix("es") in not_tasks:
                return False
            if not word.endswith("ly"):
                return True
        return False

    def _trailing_initials(self, text: str, next_line: str = "") -> re.Match[str] | None:
        """An owner printed after a paragraph's last sentence ("… by Friday. KW", "… was ongoing. Clerk").

        Initials count when they name an attendee; a post, a titled name or
        "ALL" (alone or joined by "/" or "and") counts as it stands, as the
        right-hand owner column of many minutes prints them. A title alone
        whose name opens `next_line` is the next sentence's subject wrapped
        apart from it ("… none opposed. Director" / "Vale left early."), no owner.
        """
        # The regexes end on a letter at the very end (or before a final line break); most text cannot match.
        text = text[:-1] if text.endswith("\n") else text
        if text.endswith(".") and text[-2:-1].isalpha():
            text = text[:-1]  # the tag written as a sentence of its own: "… over the stile. Clerk."
        last = text[-1:]
        if not last.isalpha():
            return None
        match = _TRAILING_INITIALS.search(text) if "A" <= last <= "Z" else None
        if match is not None and self.attendees:
            owner = match.group("owner")
            if self._resolve(owner) != [owner]:
                return match
        tag = _TRAILING_OWNER.search(text)
        if tag is None or len(text[: tag.start()].split()) < MIN_TAGGED_WORDS:
            return None
        if _MERIDIEM.fullmatch(tag.group("owner")) and _CLOCK_TIME_END.search(text[: tag.start()]):
            return None  # "… adjourned at 8:15 PM": the clock time's half of the day, not someone's initials
        if _TALLY_SIDE_END.search(text[: tag.start()]):
            return None  # "ROLL CALL: Ayes (4) Ms. Vale, Mr. Orr": who voted on that side, no one given a task
        parts = [part for part in _COMPOUND_OWNER.split(tag.group("owner")) if part.strip()]
        name_below = next_line.split()[0] if next_line[:1].isupper() else ""
        titled = match_leading_title(f"{tag.group('owner')} {next_line}") if name_below else None
        if titled is not None and titled[0] == tag.group("owner") and name_below.lower() not in self.nlp.Defaults.stop_words:
            return None  # "… none opposed. Director" / "Vale left early.": the title of the name below
        return tag if parts and all(self._is_owner_tag(part) for part in parts) else None

    def _qualified_post(self, bare: list[str]) -> bool:
        """True for a post named by the service it serves: "Highways officer", "Tree Officer", "Planning Officer".

        The qualifier is one or two capitalised words that are no generic owner ("Council", "Members") and no
        person's title; the head word is a post ("officer", "manager"), in either case.
        """
        if not 2 <= len(bare) <= 3 or bare[-1].lower() not in ("officer", "manager", "engineer", "warden"):
            return False
        words = load_owner_words()
        qualifiers = bare[:-1]
        return all(
            w[:1].isupper() and w[1:].islower() and w.lower() not in words.not_owners and w.lower() not in words.roles
            and not is_agency(w) and not names_body(w, self.meeting.body)
            for w in qualifiers
        ) and match_leading_title(" ".join(bare)) is None

    def _capitals_task(self, text: str) -> str | None:
        """The owner of a task printed in capitals at a paragraph's end ("… needs cutting. CLERK TO CONTACT OWNER").

        The owner must be a post ("CLERK", "CHAIR") or an attendee's initials, each of them when joined by "/".
        """
        if not text.rstrip(" .").endswith(tuple("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")):
            return None
        match = _CAPITALS_TASK.search(text)
        if match is None:
            return None
        owner = match.group("owner")
        parts = [part.capitalize() if len(part) > MAX_INITIALS else part for part in _COMPOUND_OWNER.split(owner) if part]
        if not parts or not all(self._is_owner_tag(part) for part in parts):
            return None
        return owner

    def _marker_owner(self, text: str) -> str | None:
        text = text.strip()
        if text.rstrip(".") in load_owner_words().heading_acronyms and self._resolve(text.rstrip(".")) == [text.rstrip(".")]:
            return None  # "AOB" on its own line heads the next item ("any other business"), unless an attendee's initials
        if _INITIALS_LINE.match(text):
            initials = text.rstrip(".")
            # A line "ASB" is an acronym unless it names an attendee (or there is no list to check).
            if not self.attendees or self._resolve(initials) != [initials]:
                return initials
            return None
        match = _MARKER.match(text)
        if not match or len(match.group("owner").split()) > MAX_OWNER_WORDS or match.group("owner").endswith(":"):
            return None
        owner = match.group("owner").strip(" .")
        if _NO_OWNER_CELL.match(owner) or is_outcome_cell(owner) or _body_did().match(owner):
            return None  # "Agreed action: none.", "Action: Approved Action Summary Minutes.", "Action: Council concurred."
        if _CLAUSE_VERB.search(owner):
            return None  # "Action: Jo Reed will order the chairs.": a sentence of its own, read as prose
        if match.group("separator") or self._names_someone(owner):
            return owner
        # "Action Plan Update" is a heading, "Action DCI Jane Smith" a marker.
        return None

    def _is_marker_heading(self, lines: list[Line]) -> bool:
        """True when a heading line is an owner marker set in bold ("ACTION: DT", "Action – Estates team").

        Some minutes print the marker under each task in the same bold as their item titles, so it comes as a heading;
        it needs its label's colon or dash ("Action Plan Update" stays a heading).
        """
        if len(lines) != 1:
            return False
        match = _MARKER.match(lines[0].text.strip())
        return match is not None and match.group("separator") is not None and self._marker_owner(lines[0].text) is not None

    def _names_someone(self, owner: str) -> bool:
        """True when `owner` is initials, a titled name, a post, or someone the minutes name."""
        if _INITIALS.match(owner) or match_leading_title(owner) is not None or is_role(owner):
            return True
        # An attendee written in full ("Jo Reed") resolves to itself, and is someone all the same.
        return self._resolve(owner) != [owner] or owner.strip() in self.present

    def _marker_action(
        self, key: str | None, owner_text: str, context: str, lines: list[Line], already: list[Action]
    ) -> Action | None:
        if _NO_OWNER_CELL.match(owner_text.strip(" .")) or _CLAUSE_VERB.search(owner_text) or not context.strip():
            return None  # "Action: none.", "Action: The Clerk will write to …" (the prose's), or no task beside it
        if is_outcome_cell(owner_text.strip(" .")) or _body_did().match(owner_text.strip()):
            return None  # "Action: Adopted Resolution 2020-14.", "Action: Council discussed …": what was done, not who acts
        if MOTION_OPENING.match(owner_text) or _NO_ACTION_TAKEN.search(owner_text):
            return None  # "Action: Moved by Pardoe, seconded by Tate, to approve …", "Action: The Board took no action."
        owners = self._owners(owner_text, context)
        if not owners:
            return None
        sharing = [action for action in already if set(owners) & set(action.owners)]
        if sharing:
            if len(already) == 1:
                # "Alison and Sheila agreed to attend …" then "ACTION: MS/AB/SF": the marker lists everyone who acts
                # on the paragraph's one commitment.
                sharing[0].owners.extend(owner for owner in owners if owner not in sharing[0].owners)
            return None  # the paragraph's own commitment already names this owner
        text = self._key_text(context)
        return Action(
            item=key,
            text=text,
            owners=owners,
            owner_as_written=owner_text,
            due=self._due(context),
            evidence=Evidence.of_lines(lines),
        )

    def _key_text(self, context: str) -> str:
        """The sentences of a paragraph that state what is to be done."""
        sentences = [sentence.text.strip() for sentence in parse_sentences(self.nlp, context)]
        if len(sentences) <= 2:
            return context
        # The task is usually the last thing said before the marker.
        cued = [i for i, sentence in enumerate(sentences) if _TASK_CUE.search(sentence)]
        last = cued[-1] if cued else len(sentences) - 1
        if last > 0 and (len(sentences[last].split()) < SHORT_ACTION_WORDS or _OPENS_WITH_ANAPHOR.match(sentences[last])):
            return f"{sentences[last - 1]} {sentences[last]}"
        return sentences[last]

    def _prose_actions(
        self, key: str | None, text: str, lines: list[Line], *, is_entry: bool, after_mover: bool = False
    ) -> Iterator[Action]:
        text_without_brackets = _BRACKETS.sub("", text) if "(" in text else text
        if ", " in text_without_brackets:
            text_without_brackets = _ASIDES.sub("", text_without_brackets)
            text_without_brackets = _drop_departments(text_without_brackets, self.attendees)
        # Many paragraphs lack the words every commitment pattern needs; the Matcher is the slow part.
        may_match = may_match_text(text_without_brackets, self.rules.anchors)
        if not may_match and not is_entry:
            return  # no match and no list entry: nothing below could yield
        doc = parse_text(self.nlp, text_without_brackets)
        sentences = parse_sentences(self.nlp, text_without_brackets)
        by_sentence = _commitments_by_sentence(text_without_brackets, self.rules, self.nlp) if may_match else {}
        for position, sentence in enumerate(sentences):
            candidates = list(by_sentence.get(sentence.start, ()))
            gerund: str | None = None
            if is_entry and position == 0:
                gerund = self._gerund_owner(sentence.text)
                if gerund is not None:
                    candidates.insert(0, ("GERUND", -1))
            named: set[str] = set()
            first: Action | None = None
            for label, start in candidates:
                if after_mover and position == 0 and label == "TO":
                    continue  # "… Moved by" / "Lowe to adopt.": the motion's mover on the line before, no task
                if label == "GERUND":
                    owner = gerund
                elif label == BARE_LABEL:
                    owner = self._bare_post(sentence, start)
                else:
                    owner = self._owner_before(sentence, start, label)
                if owner is None or _set_off_as_public(owner, sentence.text):
                    continue  # "Jane Roe, 45 Elm Street, will send photos …": one of the public's own plan, no task
                opening = -1
                if named:
                    # A second owner with a task of their own, joined on ("X will write to the school, and Y will
                    # book the hall"): one action each, the second's from its owner on (a BARE match opens on it).
                    said = doc[sentence.start:max(start + (label == BARE_LABEL), sentence.start)].text
                    opening = said.rfind(owner)
                    if opening <= 0 or not _NEXT_OWNER.search(said[:opening]):
                        continue
                if start >= 0 and self._is_past_fact(_NEXT_REPORT.split(doc[start: sentence.end].text, maxsplit=1)[0]):
                    break
                if start >= 0 and not self._body_task(owner, doc[start: min(start + 5, sentence.end)].text):
                    continue
                if label == "COMMIT" and start >= 0 and _verb_after(doc, start) in _ONLY_WEIGHS and not (
                    _REPORTS_BACK.search(doc[start:sentence.end].text)
                ):
                    continue  # "Bram Moss will consider the request": weighed, no task, unless "… and report back"
                if label in ("OFFER", "TO") and start >= 0 and _TAKES_OR_LEAVES_POST.match(doc[start:sentence.end].text):
                    continue  # "Mr Orr agreed to continue as Treasurer", "Jo Reed to resign as secretary": no task
                if start >= 0 and _MOTION_NOTICE.search(doc[sentence.start:start].text):
                    continue  # "I will move at the next meeting that the Council would write …": a motion's terms
                before = _AND_BREAK.split(doc[sentence.start: max(start, sentence.start)].text)[-1]
                if self._is_body(owner) and (
                    _BODY_UNSURE.search(before)
                    or (start >= 0 and doc[start].lower_ == "shall" and _IF_THEN.match(doc[sentence.start:start].text))
                ):
                    continue  # "… with the hope that the PC would …", "if it were theirs, the Council would …"
                if start >= 0 and doc[start].lower_ == "shall" and (self._is_body(owner) or headed_by_body(owner)):
                    continue  # "The Board shall elect its officers each January": a rule it works by
                if start >= 0 and _WOULD.match(doc[start].text) and _CONDITION_BEFORE.search(before):
                    continue  # "if tasked with drafting the argument, he would respect …": a condition's outcome
                owners = self._owners(owner, text)
                if not owners:
                    continue
                if label == "COMMIT" and start >= 0 and self._timetable_only(doc, start, owners):
                    continue  # "The contractor will start on 5 May": their timetable, reported; no one here acts
                if label == "COMMIT" and start >= 0 and _KEEPS_POSTED.match(doc[start: sentence.end].text):
                    continue  # "… is on hold but will keep us posted": news to come, no task
                if label == "COMMIT" and start >= 0 and _DECISION_TO_COME.match(doc[start: sentence.end].text):
                    continue  # "… the Executive of the County Council is to take a decision on 18 March"
                if start >= 0 and self._is_group(owner, members_only=True) and not self._staff_task(doc, start, members=True):
                    continue  # "Members were asked to note the report", "Councillors to consider …": done at the meeting
                if label in PERSON_LABELS and not (is_role(owner) or self._any_present(owners)):
                    continue  # "Mr Reed would be carrying out the clearance work": a contractor's plans, reported
                if named and (named & set(owners) or self._is_body(owner)):
                    continue
                if named and start >= 0 and _JOINS_IN.match(doc[start: sentence.end].text):
                    continue  # "X will contact the school and Y will also assist": one task, the first's
                action_text = sentence.text.strip() if opening < 0 else sentence.text[opening:].strip()
                if opening > 0 and first is not None and first.text == sentence.text.strip():
                    first.text = _NEXT_OWNER.sub("", sentence.text[:opening]).strip()  # the first owner's own part
                commitment = doc[max(start, sentence.start): sentence.end].text
                # "X to do Y" opening its sentence stands alone; other short commitments lean on the sentence before.
                leans = (
                    len(action_text.split()) < SHORT_ACTION_WORDS and label not in SELF_CONTAINED_LABELS
                    or len(_WORD.findall(commitment)) <= OBJECTLESS_WORDS
                )
                previous = sentences[position - 1].text if position > 0 else ""
                # A "sentence" before it longer than `CONTEXT_WORDS` is a run of list entries the full stops did not
                # part ("… applications; • R/54/9L … • RESOLVED: …"): no context a reader needs, so left out.
                joined_on = opening >= 0  # a second owner's part, after the first's in the same sentence
                if (
                    not joined_on and position > 0 and (leans or _ANAPHOR.search(commitment))
                    and len(previous.split()) <= CONTEXT_WORDS
                ):
                    action_text = f"{sentences[position - 1].text.strip()} {action_text}"
                action_text = _GLUED_BULLET.sub("", action_text, count=1).lstrip("–— ")  # "Label: – Ann will …"
                action = Action(
                    item=key,
                    text=action_text,
                    owners=owners,
                    owner_as_written=owner,
                    due=self._due(action_text),
                    evidence=Evidence.of_lines(lines),
                )
                yield action
                if not self._is_body(owner):
                    named.update(owners)
                    first = first or action
                    continue
                # The body's task gives way to a named owner's in the same sentence ("… the Council would
                # re-seed it; Clerk to include it on the agenda"): read on (`extract_actions` keeps the named one).

    def _requested_actions(self, key: str | None, text: str, lines: list[Line], already: list[Action]) -> Iterator[Action]:
        """Tasks asked for in a that-clause ("X requests that the Clerks bring costs to the December meeting") or as a
        question to someone named ("The Chair asked Cllr Reed if he would contact the school")."""
        if "asked" in text and (" if " in text or " whether " in text):
            yield from self._asked_if_actions(key, text, lines, already)
        if " by " in text or " with " in text:
            yield from self._done_by_actions(key, text, lines, already)
        if " for " in text:
            yield from self._next_link_actions(key, text, lines, already)
        if " to have " in text:
            yield from self._had_done_actions(key, text, lines, already)
        if "that" not in text and "staff" not in text.lower():
            return
        for match in _REQUESTED_THAT.finditer(text):
            if match.group("bare") is not None and not self._bare_request(text, match):
                continue  # "requested staff time for …", "asked staff present to leave …": no request for a task
            owner = match.group("owner").strip()
            if match.group("body") and not is_organisation(owner):
                # "… that the Trustees of the Quillby Almshouses repair …": no body's word, so the post alone as before
                owner = text[match.start("owner"):match.start("body")].strip()
            owner = _staff_capitalised(owner)  # "… requested that staff provide …"
            if match.group("verb") in _NOT_TASK_VERBS or not self._valid_owner(owner, "TO"):
                continue
            passive = match.group("passive") or ""
            if _AUTHORISES.match(passive) and match.group("verb") in self.rules.granted_powers:
                continue  # "moved that the Manager be authorized to accept and expend …": a power granted, no task
            if self._is_body(owner):
                continue  # "asked that the Council consider …": a request to the body, which decides for itself
            if headed_by_body(owner) and match.group("verb") in load_owner_words().body_not_tasks:
                # "Superintendent Kim Shaw recommends that the Board of Education approve the minutes …": a body asked
                # to decide, though the minutes' title names it otherwise or not at all.
                continue
            owners = self._owners(owner, text)
            sentence = sentence_of(text, match.start())  # "Mr. Lee requested that …" keeps its "Mr."
            if not owners or _already_read(owners, sentence, already):
                continue
            if _motion_failed_after(text, match.end()):
                continue  # "… moved that the Clerk be directed to write to … Motion failed.": a lost motion asks nothing
            yield Action(
                item=key,
                text=sentence,
                owners=owners,
                owner_as_written=owner,
                due=self._due(sentence),
                evidence=Evidence.of_lines(lines),
            )

    def _had_done_actions(self, key: str | None, text: str, lines: list[Line], already: list[Action]) -> Iterator[Action]:
        """Tasks the body agrees, or one of its members asks, to have someone do (`_TO_HAVE`): "Consensus to have staff
        bring back a revised calendar"; not the body itself ("… to have the Board hold a workshop") nor a verb of state."""
        for match in _TO_HAVE.finditer(text):
            owner = match.group("owner").strip()
            owner = _staff_capitalised(owner)
            if match.group("verb") in _NOT_TASK_VERBS or self._is_body(owner) or headed_by_body(owner):
                continue
            if not self._valid_owner(owner, "TO"):
                continue
            sentence = sentence_of(text, match.start())
            action = self._owned_action(key, sentence, self._owners(owner, text), owner, lines, already)
            if action is not None:
                yield action

    def _bare_request(self, text: str, match: re.Match[str]) -> bool:
        """True when a request with no "that" before the staff (`_REQUESTED_THAT`'s bare form: "Councillor Grice requested
        staff provide …") asks them for a task: a follow-up task's verb after the staff, not a noun or a verb of their
        own sentence ("requested staff report 24-07 be corrected", "asked staff present to leave", "recommended staff
        return to the hours used before"), and put by the body or one who sits on it, not by one of the public ("A
        resident asked staff review the hedge")."""
        if match.group("verb") not in self.rules.staff_task_verbs or _NOT_BARE_TASK.match(text, match.end()):
            return False
        sentence = sentence_of(text, match.start())
        at = sentence.find(match.group(0))
        asker = _COMMA_OR_DASH.split(sentence[:at].strip())[-1].strip() if at > 0 else ""
        if not asker:
            return False
        if self._is_body(asker) or headed_by_body(asker):
            return True  # "The Council asked City staff explore …", "the City Council requested staff …"
        return self._names_someone(asker) and not self._is_group(asker)

    def _done_by_actions(self, key: str | None, text: str, lines: list[Line], already: list[Action]) -> Iterator[Action]:
        """Passive tasks whose doer follows "by" ("Financials to be shared by DG/SK before the next meeting") or, given
        as initials, "with" ("Bank details to be confirmed with DPG")."""
        for match in [*_DONE_BY.finditer(text), *_DONE_WITH.finditer(text)]:
            verb = match.group("verb")
            if not (verb.endswith("ed") or verb in irregular_participles()) or verb in _NOT_DONE_BY:
                continue
            owner = match.group("owner").strip()
            staff = match.groupdict().get("staff") is not None  # `_DONE_WITH` has no staff doer
            if staff and not (verb_of_participle(verb, also=self.rules.staff_task_verbs) and self._is_group(owner)):
                continue  # "… will be appreciated by staff at every depot": a description of their work, not a task
            if not staff and (self._is_body(owner) or not self._valid_owner(owner, "TO")):
                continue
            owners = self._owners(owner, text)
            if not staff and all(is_role(name) for name in owners):
                continue  # "to be signed by the Chairperson" with no chair named: the owner column, if any, says who
            action = self._owned_action(key, _bullet_of(text, match.start()), owners, owner, lines, already)
            if action is not None:
                yield action

    def _next_link_actions(self, key: str | None, text: str, lines: list[Line], already: list[Action]) -> Iterator[Action]:
        """The second owner's part of a chained task ("SF will email AB the survey for AB to distribute to the PC")."""
        for match in _FOR_NEXT_OWNER.finditer(text):
            verb = match.group("verb")
            if not (is_task_verb(verb, match.group("next")) or verb in self.rules.staff_task_verbs):
                continue
            sentence = sentence_of(text, match.start())
            offset = text.find(sentence)
            if offset < 0 or not _FIRST_LINK.search(text[offset:match.start()]):
                continue  # the first link, someone's task, comes first in the same sentence
            owner = match.group("owner").strip()
            if self._is_body(owner) or not self._valid_owner(owner, "TO"):
                continue
            owners = self._owners(owner, text)
            if not owners or all(is_role(name) for name in owners):
                continue
            part = text[match.start():offset + len(sentence)].strip()
            action = self._owned_action(key, part, owners, owner, lines, already)
            if action is not None:
                yield action

    def _asked_if_actions(self, key: str | None, text: str, lines: list[Line], already: list[Action]) -> Iterator[Action]:
        """Requests put as a question: the one asked, a post or someone the minutes name, owns a task verb's task."""
        for match in _ASKED_IF.finditer(text):
            owner = (match.group("asked") or match.group("subject") or "").strip()
            if not is_task_verb(match.group("verb"), match.group("next")):
                continue  # "asked Cllr Reed if he would support the bid": a view sought, no task
            if self._is_body(owner) or not (self._is_owner_tag(owner) or self._names_someone(owner)):
                continue
            if not self._valid_owner(owner, "ASKED"):
                continue
            action = self._owned_action(key, sentence_of(text, match.start()), self._owners(owner, text), owner, lines, already)
            if action is not None:
                yield action

    def _bare_post(self, sentence: Span, start: int) -> str | None:
        """The post of a BARE match at `start`, a clerk's note of who does what with the "will" left out ("… not cleared.
        Clerk chase.", "Clerk ask for copies …"), when it opens its sentence or the part after a semicolon; not "Clerk
        report that …" nor "Clerk write to …", which the matched verb only begins. Short, it leans on the sentence before
        it as any short commitment does."""
        doc = sentence.doc
        if start > sentence.start and doc[start - 1].text != ";":
            return None
        if start + 2 < sentence.end and doc[start + 2].lower_ in {"to", "that"}:
            return None
        post = doc[start].text
        return post if self._valid_owner(post, BARE_LABEL) else None

    def _owned_action(
        self, key: str | None, task: str, owners: list[str], owner: str, lines: list[Line], already: list[Action]
    ) -> Action | None:
        """The action of a task and its owners as read, unless nobody owns it or an earlier reading already has it."""
        if not owners or _already_read(owners, task, already):
            return None
        return Action(
            item=key, text=task, owners=owners, owner_as_written=owner, due=self._due(task), evidence=Evidence.of_lines(lines)
        )

    def _agreed_actions(self, key: str | None, text: str, lines: list[Line], already: list[Action]) -> list[Action]:
        """Tasks an agreement gives: to a named post or person ("It was agreed for the secretary to write …",
        "… and that the Clerk should notify …"), else, when nobody in the paragraph has one, to the body itself
        ("It was AGREED to write to the City Council", "It was agreed that we approach the school")."""
        if not is_decision(text):
            return []
        found: list[Action] = []
        for place in named_owner_tasks(text):
            owner = post_as_named(place.owner or "")
            if place.verb in _NOT_TASK_VERBS or place.verb in self.rules.past_verbs or place.verb.endswith("ed"):
                continue  # "… that the Clerk would be …", "… the Chair had …"
            if self._is_body(owner) or not (self._is_owner_tag(owner) or self._names_someone(owner)):
                continue
            if not self._valid_owner(owner, "TO"):
                continue
            if is_agency(owner) and _ASKED_OF.search(place.text):
                # "… that the Police would be asked to patrol …": a request the body makes, the body's task;
                # the agency has accepted nothing.
                if self.meeting.body and not any(self.meeting.body in action.owners for action in [*already, *found]):
                    found.append(Action(
                        item=key, text=place.text[:1].upper() + place.text[1:], owners=[self.meeting.body],
                        owner_as_written=None, due=self._due(place.text), evidence=Evidence.of_lines(lines),
                    ))
                continue
            owners = self._owners(owner, text)
            if not owners or _already_read(owners, place.text, [*already, *found]):
                continue
            found.append(Action(
                item=key, text=place.text, owners=owners, owner_as_written=place.owner,
                due=self._due(place.text), evidence=Evidence.of_lines(lines),
            ))
        if found or already or not self.meeting.body:
            return found
        for place in body_tasks(text):
            if any(action.text == place.text for action in found):
                continue  # one task per sentence
            if place.subject is not None and not self._is_body(place.subject):
                continue  # "The Town Council agreed to …" in a parish council's minutes: another body
            found.append(Action(
                item=key, text=place.text, owners=[self.meeting.body], owner_as_written=None,
                due=self._due(place.text), evidence=Evidence.of_lines(lines),
            ))
        return found

    def _gerund_owner(self, sentence: str) -> str | None:
        """The owner of an agreed-list entry such as "the Chairman writing to …"."""
        match = _GERUND.search(f" {sentence}")
        if match is None:
            return None
        owner = sentence[: match.start()].strip()
        return owner if self._valid_owner(owner, "GERUND") else None

    def _owner_before(self, sentence: Span, start: int, label: str) -> str | None:
        """The owner phrase written just before a commitment match, or None."""
        perfect = label == "OFFER" and self._perfect_offer(sentence.doc[sentence.start:start])
        owner = self._phrase_before(sentence, start, label, perfect=perfect)
        if perfect and owner is not None and not (is_role(owner) or self._any_present(self._resolve(owner))):
            return None  # "The landowner has agreed to cut the hedge": news of an outsider's offer, no task given here
        return owner

    def _perfect_offer(self, prefix: Span) -> bool:
        """True when `prefix` (the words before "agreed to"/"offered to") is its own subject and "has": "Cllr Bell has
        kindly agreed to …", not a report of the offer ("The Clerk reported that X has offered to …")."""
        if not _PERFECT_OFFER.search(prefix.text):
            return False
        return not any(t.lower_ in self.rules.speech_verbs or t.lower_ in _REPORT_OPENERS for t in prefix)

    def _phrase_before(self, sentence: Span, start: int, label: str, *, perfect: bool = False) -> str | None:
        """`_owner_before`'s phrase; `perfect` when "has" stands between it and the offer (`_perfect_offer`)."""
        doc = sentence.doc
        prefix_tokens = [token for token in doc[sentence.start:start]]
        if not prefix_tokens:
            return None
        last = prefix_tokens[-1].lower_
        prefix = _DECISION_THAT.sub("", doc[sentence.start:start].text, count=1)
        if last in self.rules.pronouns:
            # "He will be reaching out to …" (PLAN) after a sentence about a person is theirs as well, when the "-ing"
            # is a task's ("… will be contacting"), not a plan of their own ("He will be resigning in May").
            planned = label == "PLAN" and not self._reports_no_commitment(prefix_tokens, doc[start:sentence.end], label)
            if len(prefix_tokens) == 1 and (label in PRONOUN_LABELS or planned) and last in {"he", "she"}:
                # "He agreed to look at …": the person the sentence before was about ("he" and "she" are people,
                # so "School Lane - as the road …. She will report" does not make the school the owner).
                speaker = self._previous_subject(sentence, PERSON_LABEL)
                return speaker if speaker and self._valid_owner(speaker, label) else None
            follows_and = len(prefix_tokens) > 2 and prefix_tokens[-2].lower_ in {"and", "but"}
            reported = any(token.lower_ in {"that", "if", "whether"} for token in prefix_tokens)
            if label in PRONOUN_LABELS and last in {"he", "she"} and follows_and and not reported:
                # "Commissioner Lee felt it mattered and she volunteered to act as liaison": the clause's subject.
                subject = _leading_subject(prefix)
                if subject and subject.lower() not in self.rules.pronouns and self._valid_owner(subject, label):
                    return subject
            # "X said that he would …": the speaker owns it.
            if not any(token.lower_ in self.rules.speech_verbs for token in prefix_tokens):
                return None
            if self._reports_no_commitment(prefix_tokens, doc[start:sentence.end], label):
                return None
            if _QUESTION_ASKED.search(prefix) and not self._staff_task(doc, start):
                return None  # "X asked if the entrance would be inside, and Y stated that they would enter …": an answer
            speaker = _leading_subject(prefix)
            # "X asked whether …, and Director Y said she would look into it": the speaker of the last clause.
            said = max(i for i, token in enumerate(prefix_tokens) if token.lower_ in self.rules.speech_verbs)
            before_said = doc[sentence.start:prefix_tokens[said].i].text
            clauses = _NEXT_CLAUSE.split(before_said)
            last_speaker = _leading_subject(clauses[-1]) if len(clauses) > 1 else None
            if last_speaker and last_speaker.lower() not in self.rules.pronouns and self._valid_owner(last_speaker, label):
                speaker = last_speaker
            # "Jane Roe, 45 Elm Street, raised … and Cllr Ferrow said she will write …": "he" or "she" is the speech
            # verb's own subject, the one person named just before it, not one of the public the sentence opened on.
            nearest = _NAMED_AT_END.search(before_said) if last in {"he", "she"} else None
            if nearest is not None and _named_as_public(nearest.group("named"), before_said):
                return None  # "… asked Jo Roe, a resident, about it and Jo Roe said she would …": one of the public
            if nearest is not None and self._names_speaker(nearest.group("named"), label):
                speaker = nearest.group("named")
            if speaker and speaker.lower() in self.rules.pronouns:
                # "He said that he would …": the person the sentence before was about.
                speaker = self._previous_subject(sentence, label)
            return speaker if speaker and self._valid_owner(speaker, label) else None
        if prefix[:1].isdigit():
            prefix = _MINUTE_REFERENCE.sub("", prefix, count=1)  # "4.14iii) PCSO Bell would look into …"
        prefix = _GLUED_BULLET.sub("", prefix, count=1)  # "-PC Reps to look over …": a list's dash with no space after it
        # Minutes typed in a hurry write the post in lower case: "- clerk to photocopy", "the clerk was instructed to".
        prefix = _lower_post().sub(_post_capitalised, prefix)
        if label == "OFFER" and (perfect or _OFFER_AUXILIARIES.search(prefix)):
            prefix = _OFFER_AUXILIARIES.sub("", prefix)
            if perfect:
                prefix = _OFFER_AUXILIARIES.sub("", _PERFECT_OFFER.sub("", prefix))
                prefix = _lower_post().sub(_post_capitalised, prefix)  # "the clerk has agreed to …"
            if prefix.strip().lower() in {"he", "she"}:
                # "He also undertook to …": the person the sentence before was about, as for "He undertook to …".
                speaker = self._previous_subject(sentence, PERSON_LABEL)
                return speaker if speaker and self._valid_owner(speaker, label) else None
        if "our " in prefix.lower() or "minute " in prefix or "new " in prefix:
            prefix = post_as_named(prefix)  # "Our Chair and minute Secretary would …"
        if label == "TO":
            # "KW to send the report": only an owner opening the sentence; "Decided: to approve …" is a decision.
            if _DECISION_LABEL.match(prefix.strip()):
                return None
            if _MOVED_BY_BEFORE.search(doc[max(sentence.start - 3, 0):sentence.start].text):
                return None  # "… Moved by" / "Lowe to adopt.": the motion's mover at a line's end, no task
            # "Standing Orders - clerk to photocopy them": a run-in title, a dash, then the owner.
            after_dash = _DASH_BREAK.split(prefix)[-1].strip()
            is_post = _lower_post().fullmatch(after_dash.lower()) is not None
            if after_dash != prefix.strip() and is_post and self._valid_owner(after_dash, label):
                return after_dash
            # "AL, BK and CD to walk the boundary": a list of people the minutes name, every one of them an owner.
            whole = prefix.strip()
            if "," in whole and self._is_owner_list(whole, label):
                return whole
            # "… through the village, the Clerk to write to the company", "… in Oak Road - the Clerk to write",
            # "Volunteers needed – Bo to organise": after a comma or a dash, a post, a titled name or an attendee's
            # name as the minutes shorten it opens the task.
            after_break = _COMMA_OR_DASH.split(prefix)[-1].strip()
            opens_task = self._is_owner_tag(after_break) or self._names_attendee(after_break)
            if after_break != prefix.strip() and opens_task and self._valid_owner(after_break, label):
                return after_break
            # "The letter has been sent; Jo Reed to chase a reply": after a semicolon, someone the minutes name opens
            # a new task beside the report of an earlier one.
            after_semicolon = prefix.rsplit(";", 1)[-1].strip() if ";" in prefix else ""
            named = after_semicolon and self._names_someone(after_semicolon)
            if named and self._valid_owner(after_semicolon, label):
                return after_semicolon
            asked = _ASKED_OWNER.search(prefix)
            if asked is not None and self._is_body(asked.group("owner")):
                return None  # "they asked the Parish Council to take on …": a request to the body, not its decision
            reply = doc.text[sentence.end_char:].lstrip()
            if asked is not None and self._request_gives_no_task(prefix, asked, doc[start:sentence.end].text, reply):
                return None
            given = _GIVEN_DIRECTION.search(prefix.strip()) if asked is None and "irection" in prefix else None
            if given is not None:
                asked_owner = given.group("given") or given.group("subject")  # "The Board gave staff direction to …"
                asked_owner = _staff_capitalised(asked_owner)
                return asked_owner if not self._is_body(asked_owner) and self._valid_owner(asked_owner, label) else None
            asked_owner = asked.group("owner") if asked is not None else ""
            asked_owner = _staff_capitalised(asked_owner)  # "Director Lee asked staff to …"
            if asked_owner.split()[:1] in (["all"], ["individual"]):
                asked_owner = asked_owner[:1].upper() + asked_owner[1:]  # "asked all Councillors to …"
            if asked_owner and self._valid_owner(asked_owner, label):
                return asked_owner  # "The Chair asked the Clerk to write …": the Clerk writes
            run_on = _run_on_post().search(prefix[-RUN_ON_POST_TAIL:])
            if run_on is not None and self._valid_owner(run_on.group("owner"), label):
                return run_on.group("owner")  # "… loose panels etc Clerk to contact …": the post, not the words before
            return prefix.strip() if self._valid_owner(prefix.strip(), label) else None
        # "Ann, Bea, and Cy will follow up …": every name of the list before the commitment.
        listed = prefix.strip()
        if "," in listed and _NAME_LIST.match(listed) and self._valid_owner(listed, label):
            return listed
        # "Kathleen, who is also a block watch captain, will contact …": the name before the relative clause.
        aside = _RELATIVE_ASIDE.match(prefix)
        if aside is not None and self._valid_owner(aside.group("owner"), label):
            return aside.group("owner")
        # "The Clerk, Ada Ferrow, will write …": a post, then the attendee who holds it set off by commas, is that person.
        set_off = prefix.strip().rstrip(",").split(",") if prefix.rstrip().endswith(",") else []
        if len(set_off) == 2 and is_role(set_off[0]) and self._names_attendee(set_off[1].strip()):
            named_holder = set_off[1].strip()
            return named_holder if self._valid_owner(named_holder, label) else None
        # "Dana Ortiz, Public Works Director, will obtain quotes …", "Ms Lowe, the Chair, will write …": a person, then the
        # post they hold set off by commas, is that person; "Pat Green, a resident, will …" holds no post, so no owner.
        if len(set_off) == 2 and _PERSON_BEFORE_POST.match(set_off[0].strip()) and is_role(set_off[1]):
            holder = set_off[0].strip()
            if not is_role(holder) and not is_agency(holder) and self._valid_owner(holder, label):
                return holder
        # "The Chair, Finance Committee, will circulate …": a post and the body it belongs to, the whole subject.
        subject = _leading_subject(prefix) if prefix.rstrip().endswith(",") else None
        if subject and "," in subject and prefix.strip().rstrip(",").endswith(subject) and self._valid_owner(subject, label):
            return subject
        # A run-in label's colon and dash ("Budget Prep: – Ann and Bo will …") leave the dash opening the sentence.
        tail = _SEQUENCE_WORD.sub("", _CLAUSE_BREAK.split(prefix)[-1].strip().lstrip("-–— "), count=1)
        if self._valid_owner(tail, label):
            return tail
        members = self._is_group(tail, members_only=True)
        if label == "COMMIT" and self._is_group(tail) and self._staff_task(doc, start, members=members):
            # "Staff will report back at the next meeting", "The Councillors will look at …": an undertaking
            return tail[:1].upper() + tail[1:]
        after_and = _AND_BREAK.split(tail)[-1].strip()
        if after_and and self._valid_owner(after_and, label):
            return after_and
        if label == "COMMIT" and after_and != tail and self._is_group(after_and) and self._staff_task(doc, start):
            return after_and  # "It needs a fine day and the Councillors will organise a date …"
        tail_words = after_and.split()
        speech = [i for i, word in enumerate(tail_words) if word.lower() in self.rules.speech_verbs]
        reported_owner = " ".join(tail_words[speech[-1] + 1:]) if speech else ""
        if label == "COMMIT" and reported_owner and self._is_group(reported_owner) and self._staff_task(doc, start):
            return reported_owner[:1].upper() + reported_owner[1:]  # "Ms. Lee said staff would look into …": no "that"
        # "X asked … and offered to …": the sentence's subject offered. A plain "will" follows only "and"/"but"
        # ("X is unsure … but will research"), not a relative clause ("… services that would give …").
        if not after_and and label in SUBJECT_LABELS and (label != "COMMIT" or _AND_BREAK.search(tail)):
            # A plain "will" takes the subject of its own clause: in "CC said that the programme will start
            # … and will run …" the programme runs.
            subject = _leading_subject(tail if label == "COMMIT" else prefix)
            run_in = _TITLE_DASH.match(prefix)
            if run_in is not None and subject and len(subject) >= len(run_in.group(0).rstrip(" -–—")) - 1:
                # "Outstanding Planning Matters - no reply yet, agreed to write again": a run-in title is no subject.
                subject = _leading_subject(prefix[run_in.end():])
            if subject in {"He", "She"} and label in PRONOUN_LABELS:
                # "She cited an example, and agreed to bring …": the person the sentence before was about.
                subject = self._previous_subject(sentence, PERSON_LABEL)
            return subject if subject and self._valid_owner(subject, label) else None
        return None

    def _names_speaker(self, named: str, label: str) -> bool:
        """True when `named`, the capitalised words just before a speech verb (`_NAMED_AT_END`: "… and Cllr Ferrow",
        "…; the Clerk"), is a person or post the minutes know, who may own the task."""
        if named.lower() in self.rules.pronouns or not self._names_someone(_leading_subject(named) or named):
            return False
        return self._valid_owner(named, label)

    def _reports_no_commitment(self, prefix_tokens: list[Token], after: Span, label: str) -> bool:
        """True when "X said they would …" (`prefix_tokens` ending on the pronoun, `after` from the modal on) reports
        how things will go rather than a task the speaker takes on: the answer "Varga said they would be paying
        interest on …" (a plan, "would be …-ing", whose verb is no task verb: "would be contacting" is one); or an
        assurance given for others named before the pronoun ("HB said that between the club and the school they would
        make sure …", "… that with the wardens we will …"), who are not the speaker alone; or a question the pronoun
        opens ("GT reported that a bid had gone to a charity to see if they would help fund …")."""
        # "… would be attending the board meeting to suggest …" is the PLAN read only with a task after it.
        participle = after[2].lower_ if len(after) > 2 else ""
        if label == "PLAN" and participle != "attending" and not _is_task_participle(participle, self.rules.staff_task_verbs):
            return True
        if len(prefix_tokens) > 1 and prefix_tokens[-2].lower_ in {"if", "whether"}:
            return True  # "… an application had been sent to the trust to see if they would help fund …": a question
        if prefix_tokens[-1].lower_ not in {"they", "we"}:
            return False
        said = max((i for i, token in enumerate(prefix_tokens) if token.lower_ in self.rules.speech_verbs), default=None)
        if said is None:
            return False  # "Next month we will be contacting …": nobody is reported speaking, the plan is the body's own
        between = [token.lower_ for token in prefix_tokens[said + 1:-1]]
        if between[:1] == ["that"]:
            between = between[1:]
        return bool(between) and (between[0] in _WITH_OTHERS or "and" in between)

    def _request_gives_no_task(self, prefix: str, asked: re.Match[str], after: str, reply: str = "") -> bool:
        """True when the request or authority `asked` found in `prefix` (the words before `after`, "to …") leaves nobody
        a task: a question or a turn to speak answered there and then ("asked Mr. Vane to clarify if …", "asked SF to
        mention a survey", "asked Jo to update the Council on the flood"); a request to explain something answered in
        `reply`, the text after the sentence ("… to clarify the policy. She replied that …"); an invitation to this
        very meeting ("invited Mr Dale to attend this meeting to explain …"); a request or authority that only could or
        must be given ("the board can authorize the Manager to …"); authority to take in or spend money ("to authorize
        the Manager to accept and expend …"), which is a power granted, not a task; a place asked for help, that is its
        council, which decides for itself ("… Funding Request asked Oakvale to assist with the cost")."""
        if _ASKED_TO_ANSWER.match(after) or _ASKED_TO_SAY.match(after) or _ASKED_TO_REPORT.match(after):
            return True
        if _ASKED_TO_EXPLAIN.match(after) and self._replies(reply, asked.group("owner")):
            return True
        if _ASKED_TO_THIS_MEETING.match(after):
            return True
        if _MAY_REQUEST.search(prefix[:asked.start()]):
            return True
        verb = after.split()[1].lower() if len(after.split()) > 1 else ""
        request = asked.group(0).split()[0]
        if _AUTHORISES.match(request) and verb in self.rules.granted_powers:
            return True
        if _listed_authority(prefix):
            return True  # "b. Authorize the Treasurer to enter into …": a listed decision's authority, not a task
        owner = asked.group("owner")
        return names_place_body(owner, self._resolve(owner))

    def _replies(self, text: str, owner: str) -> bool:
        """True when `text` opens on `owner`'s reply: "She replied …", or the owner named again in any form ("the Town
        Manager" answered by "Ms. Quarry said …")."""
        reply = _REPLY.match(text)
        if reply is None:
            return False
        who = reply.group("who")
        if who.lower() in {"he", "she", "they"}:
            return True
        return bool(set(self._resolve(who)) & set(self._resolve(owner)))

    def _is_owner_list(self, phrase: str, label: str) -> bool:
        """True when `phrase` lists two or more people or posts the minutes name ("AL, BK and CD", "Ann Lee, Bo Hart")."""
        parts = [part for part in _COMPOUND_OWNER.split(phrase) if part]
        return (
            len(parts) > 1
            and self._valid_owner(phrase, label)
            and all(self._names_someone(part) or self._is_owner_tag(part) for part in parts)
        )

    def _timetable_only(self, doc: Doc, start: int, owners: list[str]) -> bool:
        """True when the "will" at `start` opens a timetable ("… will start on 5 May", "… would begin at 10am") and
        no owner is someone at the meeting or a post: an outside party's or an event's schedule, not a task."""
        return _verb_after(doc, start) in schedule_verbs() and not self._any_present(owners)

    def _any_present(self, owners: list[str]) -> bool:
        """True when an owner is someone the attendance names, or a post."""
        return any(owner in self.present or is_role(owner) for owner in owners)

    def _staff_task(self, doc: Doc, start: int, *, members: bool = False) -> bool:
        """True when the verb after the "will" at `start` is a follow-up task ("report back", "contact", "prepare"); a
        verb of handing on ("pass") only when what is handed goes on to someone ("… pass their views to the Chair");
        for the `members` as a whole also work they do by hand ("Councillors will fill these in"), as the members of a
        small council do it themselves, where staff doing it is an account of their work."""
        verb = _verb_after(doc, start)
        if members and verb in self.rules.member_work_verbs:
            # "Councillors will cut the precept", "… fill the casual vacancy": what is worked on is no thing by hand.
            return not any(token.lower_ in self.rules.not_hand_work for token in doc[start + 1:start + 1 + HAND_WORK_REACH])
        if verb in self.rules.hand_on_verbs:
            end = next((token.i for token in doc[start:] if token.is_sent_end), len(doc) - 1) + 1
            return bool(_HANDED_ON.search(doc[start:end].text))
        if verb in self.rules.staff_task_verbs:
            return True
        end = next((token.i for token in doc[start:] if token.is_sent_end), len(doc) - 1) + 1
        if _REPORTS_BACK.search(doc[start:end].text):
            return True  # "Staff will verify the count and report back", "… redraft the policy and bring it back"
        # "Staff will work with the applicant on …": a verb that is a task only with its particle ("work with"), and
        # only once: work done with others every week or at a yearly event ("Staff will work with volunteers every
        # Saturday", "… at the annual litter pick") is how things are done, no task.
        at = next((token.i for token in doc[start + 1:start + 4] if token.lower_ == verb), None)
        if at is None or at + 1 >= len(doc) or f"{verb} {doc[at + 1].lower_}" not in self.rules.staff_task_verbs:
            return False
        end = next((token.i for token in doc[at:] if token.is_sent_end), len(doc) - 1) + 1
        return not _ROUTINE.search(doc[at:end].text)

    def _previous_subject(self, sentence: Span, label: str) -> str | None:
        """The named subject of the nearest earlier sentence in the paragraph, if any."""
        earlier = [s for s in sentence.doc.sents if s.end <= sentence.start]
        if earlier:
            # "Jan questioned Ray Barnes about the post. He will speak to …": the one questioned answers.
            asked = _QUESTIONED.match(earlier[-1].text)
            if asked is not None and self._valid_owner(asked.group("asked"), label):
                return asked.group("asked")
        for previous in reversed(earlier):
            # "Drains - Cllr Reed advised that …. He will monitor it.": the subject follows a run-in title.
            run_in = _RUN_IN_TITLE.match(previous.text)
            subject = _leading_subject(previous.text) if run_in is None else None
            if subject and self._valid_owner(subject, label):
                return subject
            subject = _leading_subject(previous.text[run_in.end():]) if run_in is not None else None
            if subject and self._valid_owner(subject, label):
                return subject
            title = _leading_subject(previous.text) if run_in is not None else None
            if title and self._names_someone(title) and self._valid_owner(title, label):
                return title  # "Cllr Reed – The drains are blocked. He will …": a speaker's name as the run-in label
        return None

    def _valid_owner(self, phrase: str, label: str) -> bool:
        phrase = phrase.strip()
        if ":" in phrase or _OPENS_ADVERBIAL.match(phrase):
            return False  # "Commissioner Lee: Request …" is a label and its text; "On Friday the choir …" a date
        last_word = phrase.split()[-1] if phrase.split() else ""
        if _DECISION_LABEL.match(phrase) or (len(phrase.split()) > 1 and _DECISION_LABEL.match(last_word)):
            # "AGREED that we would write …": the decision's label, not who speaks (nor an acronym); "Council
            # RESOLVED to accept the quote": the body's decision, its verb no part of an owner.
            return False
        if _MOTION_VERB.match(last_word):
            return False  # "Board member Lou Pike MOVED to adjourn": a motion and its mover, no task
        if _MOTION_OPENER.match(phrase.split()[0] if phrase.split() else ""):
            return False  # "Motion Lowe to adopt the agenda", "Authorizing Finance Director to draw checks": no owner
        parts = [part for part in _COMPOUND_OWNER.split(phrase) if part]
        department_post = _DEPARTMENTS_POST.match(phrase)
        if (
            department_post is not None and len(parts) > 1 and len(phrase.split()) <= MAX_DEPARTMENTS_POST_WORDS
            and is_role(department_post.group("post"))
            and not any(self._is_owner_tag(part) or self._names_attendee(part) for part in parts[1:])
        ):
            return True  # "the Director of Planning and Economic Development": one post over two departments
        if len(parts) > 1 and not is_agency(phrase) and not _INITIALS.match(phrase):
            # "Sgt Smith and Jo Brown": each named owner must be valid on its own.
            return all(self._valid_owner(part, label) for part in parts)
        words = phrase.split()
        if not words or len(words) > MAX_OWNER_WORDS:
            return False
        if all(word.strip(".,").lower() in load_owner_words().legal_forms for word in words):
            return False  # "asked Oak Paving, Inc. to …": the firm's legal form cut from its name, no owner by itself
        bare = [w for w in words if w.lower() != "the"]
        if bare and bare[0] in {"all", "individual"} and self._is_group(phrase):
            return label in GROUP_LABELS  # "asked all Councillors to …", "asked individual Councilmembers to …"
        if not bare or not bare[0][:1].isupper():
            return False
        if self._qualified_post(bare):
            return True  # "the Highways officer agreed to …", "The Tree Officer will …": a named service's officer
        if self._is_group(phrase):
            return label in GROUP_LABELS  # "Staff were directed to …", "Members to review …", "PC reps to …"
        # A name, post or agency is capitalised throughout; a lower-case word means a clause. A title may be written
        # in lower case all the same ("Council member White", as US minutes write "Council Member").
        titled = match_leading_title(" ".join(bare))
        named = titled[1].split() if titled is not None and not titled[2] else words
        if any(not (w[:1].isupper() or w[:1].isdigit() or w.lower() in _NAME_CONNECTORS) for w in named):
            return False
        post = " ".join(bare).lower()
        if any((attendee.role or "").strip().lower() == post for attendee in self.attendees):
            return True  # "the Chief Executive" is a post an attendee holds, not the Executive as a body
        if self._is_body(phrase):
            return label in BODY_LABELS  # "The Parish Council will write to …": the meeting's own body acts
        not_owners = load_owner_words().not_owners
        if " ".join(bare).lower() in not_owners or (len(bare) <= 2 and bare[-1].lower() in not_owners):
            return False
        head = bare[1:] if bare[0].lower() in {"a", "an"} else bare
        if len(head) > 2 and head[1].lower() == "of" and head[0].lower() in load_owner_words().event_words:
            # "Meeting of the Board to amend the budget will be held …": an event, not who acts; "Members of the
            # Council to review …" and "The Committee of the Whole will visit …" act.
            return False
        if _INITIALS.match(phrase):
            owners = self._resolve(phrase)
            # Initials that match no attendee are an acronym, not a person.
            return owners != [phrase] or (label not in PERSON_LABELS and is_agency(phrase))
        if is_role(phrase):
            return True
        if is_agency(phrase):
            return label not in PERSON_LABELS
        if words[0].lower() == "the":
            return False
        titled = match_leading_title(phrase)
        if titled is not None:
            rest = titled[1].split()
            return len(rest) <= MAX_NAME_WORDS and all(w[:1].isupper() for w in rest)
        if len(bare) == 1:
            # A first name alone ("Ian undertook to …") counts when it names someone in the minutes, or is how the
            # attendance itself lists someone ("Present: Ian, Sue, Raj").
            return self._resolve(phrase) != [phrase] or phrase in self.present
        return len(bare) <= MAX_NAME_WORDS and all(w[:1].isupper() for w in bare)

    def _is_past_fact(self, text: str) -> bool:
        lowered = text.lower()
        return any(phrase in lowered for phrase in self.rules.past_fact)

    def _due(self, text: str) -> dt.date | None:
        return parse_date(text, relative_to=self.meeting.date, next_meeting=self.meeting.next_meeting)


@lru_cache(maxsize=PARSED_TEXTS_KEPT)
def _commitments_by_sentence(
    text: str, rules: ActionRules, nlp: Language
) -> dict[int, tuple[tuple[str, int], ...]]:
    """Commitment matches in `parse_text(text)` as (label, start token), by the start token of their sentence.

    Each sentence's matches are in order of start (stably, so the Matcher's
    order breaks ties). Cached like `parse_text`: minutes repeat paragraphs,
    and the answer depends on the text alone. Callers only read it.
    """
    doc = parse_text(nlp, text)
    lower = token_hashes(doc)
    if not may_match_words(set(lower), rules.hashed_anchors):
        return {}
    sentences = parse_sentences(nlp, text)
    if rules.in_sentence is not None:
        by_sentence = _matches_sentence_by_sentence(doc, sentences, lower, rules.in_sentence, rules, nlp)
        if by_sentence is not None:
            return by_sentence
    # No match starts before the first word a pattern opens with, so the Matcher
    # (the slow part) reads from there: the same matches, in the same order.
    first = 0
    if rules.start_words is not None:
        first = next((index for index, word in enumerate(lower) if word in rules.start_words), len(lower))
    sentence_starts = [sentence.start for sentence in sentences]
    found: dict[int, list[tuple[str, int]]] = {}
    for match_id, span_start, _ in rules.matcher(doc[first:]) if first < len(lower) else ():
        start = first + span_start
        # The sentence holding token `start` is the last one to begin at or before it.
        sentence_start = sentence_starts[bisect_right(sentence_starts, start) - 1]
        found.setdefault(sentence_start, []).append((nlp.vocab.strings[match_id], start))
    return {start: tuple(sorted(matches, key=lambda match: match[1])) for start, matches in found.items()}


def _matches_sentence_by_sentence(
    doc: Doc,
    sentences: tuple[Span, ...],
    lower: list[int],
    in_sentence: Matcher,
    rules: ActionRules,
    nlp: Language,
) -> dict[int, tuple[tuple[str, int], ...]] | None:
    """What `_commitments_by_sentence` finds, read one sentence at a time; None when the order is unclear.

    Minutes repeat sentences, so each sentence's matches are remembered by its
    tokens. The few patterns that may run on past a sentence's end are matched
    over the whole paragraph. The Matcher orders matches that start on the same
    token, and two Matchers cannot say how theirs interleave: such a paragraph
    gets None, for the single Matcher to read.
    """
    orth = token_hashes(doc, "ORTH")
    found: dict[int, list[tuple[str, int]]] = {}
    sentence_starts: list[int] = []
    for sentence in sentences:
        sentence_starts.append(sentence.start)
        key = tuple(orth[sentence.start:sentence.end])
        matches = rules.sentence_matches.get(key)
        if matches is None:
            # A match lies inside its sentence, so a sentence lacking a pattern's words cannot hold one.
            may_match = may_match_words(set(lower[sentence.start:sentence.end]), rules.inside_anchors)
            matches = tuple(
                (nlp.vocab.strings[match_id], start) for match_id, start, _ in (in_sentence(sentence) if may_match else ())
            )
            if len(rules.sentence_matches) >= SENTENCES_KEPT:
                rules.sentence_matches.clear()  # bounded memory over a long batch
            rules.sentence_matches[key] = matches
        if matches:
            found[sentence.start] = [(label, sentence.start + start) for label, start in matches]
    if rules.across_sentences is not None and may_match_words(set(lower), rules.across_anchors):
        for match_id, start, _ in rules.across_sentences(doc):
            sentence_start = sentence_starts[bisect_right(sentence_starts, start) - 1]
            group = found.setdefault(sentence_start, [])
            if any(earlier == start for _, earlier in group):
                return None
            group.append((nlp.vocab.strings[match_id], start))
    return {start: tuple(sorted(matches, key=lambda match: match[1])) for start, matches in found.items()}


def _posts_named_in(text: str, attendees: Sequence[Attendee]) -> list[Attendee]:
    """Officers the minutes name beside their post outside the attendance list ("Mrs J. Price, Clerk’s salary").

    An owner written as the post ("Clerk to write …") is then that person. A
    post counts only when no attendee holds it and the text gives it one name.
    """
    held = {(attendee.role or "").strip().lower() for attendee in attendees}
    names: dict[str, set[str]] = {}
    for match in (found for pattern in _POST_HOLDERS for found in pattern.finditer(text)):
        post = match.group("post").lower()
        if _names_no_person(match.group("name")):
            continue  # "Clerk: Parish Council Elections" is a heading, not the Clerk's name
        if post not in held:
            names.setdefault(post, set()).add(_SPACES.sub(" ", match.group("name")).strip())
    holders = []
    for post, found in names.items():
        # "Mayor Brook" and "Mayor Ruth Brook" are one person: the fullest form names them.
        if len({name.split()[-1] for name in found}) == 1:
            holders.append(Attendee(name=max(found, key=len), role=post.title(), status="in_attendance"))
    return holders


def _chair_named_in(text: str, attendees: Sequence[Attendee]) -> list[Attendee]:
    """The chair the minutes name only in the signature line or in "chaired by X", under each word for the post
    ("the Chairman", "the Chair"), so that an owner written as the post is that person. None when an attendee
    already holds the post or two different people are named."""
    if any((attendee.role or "").strip().lower() in CHAIR_WORDS for attendee in attendees):
        return []
    signed = (match.group("name") for match in _CHAIR_SIGNATURE.finditer(text))
    said = (parse_person(who).name for who in chairs_named_in(text))
    found = {_SPACES.sub(" ", name).strip() for name in (*signed, *said)}
    # A full name only: initials ("RW took the chair") are the attendance reader's to resolve.
    found = {name for name in found if " " in name and not _names_no_person(name)}
    if len({name.split()[-1] for name in found}) != 1:
        return []
    name = max(found, key=len)
    # "Ruth A Penfold" is the attendee "Miss Ruth Penfold": the one listed with that surname.
    listed = [a for a in attendees if (a.surname or parse_person(a.name).surname or "").lower() == name.split()[-1].lower()]
    if len(listed) == 1:
        name = parse_person(listed[0].name).name
    return [Attendee(name=name, role=word.title(), status="in_attendance") for word in CHAIR_WORDS]


def _bullet_of(text: str, start: int) -> str:
    """The sentence of `text` holding offset `start`, cut at the bullets run on to it ("… meeting. -Correct bank
    details to be confirmed …"): the bullet holding `start`."""
    whole = sentence_of(text, start)
    offset = text.find(whole)
    at = start - offset if offset >= 0 else 0
    bullets = list(_NEXT_BULLET.finditer(whole))
    begin = max((bullet.end() for bullet in bullets if bullet.end() <= at), default=0)
    end = min((bullet.start() for bullet in bullets if bullet.start() >= at), default=len(whole))
    return whole[begin:end].strip()


def _names_no_person(name: str) -> bool:
    """True when `name` holds a word of an agency, a post or a generic subject ("Parish Council", "Annual Report")."""
    words = load_owner_words()
    excluded = words.agency | words.roles | words.not_owners
    return any(word.lower() in excluded for word in name.split())


def _may_hold_marker(text: str) -> bool:
    """False when `text` cannot hold an "Action" marker, so the case-blind marker regexes need not scan it.

    Case-blind "act" matches only what lower-cases to "act": unlike "i", "k"
    and "s", these letters have no other forms the regex would take.
    """
    return "act" in text.lower()


def _same_task(action: Action, other: Action) -> bool:
    """True when two actions share an owner and most of their content words."""
    if action is other or not set(action.owners) & set(other.owners):
        return False
    words = {w for w in re.findall(r"[a-z]+", action.text.lower()) if len(w) > SHORT_WORD}
    others = {w for w in re.findall(r"[a-z]+", other.text.lower()) if len(w) > SHORT_WORD}
    if not words or not others:
        return False
    return len(words & others) / min(len(words), len(others)) >= SAME_TASK_OVERLAP


def _action_columns(cells: tuple[str, ...]) -> dict[str, int] | None:
    """Column positions when `cells` is the header of an action table, else None.

    Besides "Action | Owner", minutes print the task in a text column with
    the owner beside it: "Discussion | Action" (the "Action" column holds who
    acts: "Clerk", "JB") or "Item | Details | Owner". Such a table's owner
    column is marked "tags": a row counts only when its owner cell is short.
    """
    columns: dict[str, int] = {}
    headers = load_column_headers()
    for position, cell in enumerate(cells):
        kind = headers.kind(cell)
        if kind is not None and kind not in columns:
            columns[kind] = position
        elif "item" not in columns and headers.heads("item", cell):
            columns["item"] = position
        elif "text" not in columns and headers.heads("text", cell):
            columns["text"] = position
    text = columns.pop("text", None)
    if "action" in columns and "owner" in columns:
        return columns
    if text is None and "item" in columns and headers.heads("text", cells[columns["item"]]) and len(columns) == 2:
        # "Item | Action", "Minute | Action": minutes kept as a table, the item's minute beside who acts on it.
        text = columns.pop("item")
    if text is None or ("action" not in columns and "owner" not in columns):
        return None
    # "Discussion | Action": the action column names the owner; "Details | Owner": the owner column does.
    owner = columns["owner"] if "owner" in columns else columns["action"]
    return {**columns, "action": text, "owner": owner, "tags": 1}


def _drop_departments(text: str, attendees: Sequence[Attendee]) -> str:
    """`text` without the department set off by commas after a post ("The Senior Executive Officer, Corporate Services,
    to revert …", "the Director of Services, Roads, agreed …"), so the post reads as the owner; the department is left
    for `owners.resolve_owners` to find in the paragraph. A person named there ("the Clerk, Ann Lee, will …") stays, and
    so does a body whose post it is ("The Chair, Finance Committee, will …" is not the meeting's own Chair)."""
    bodies = load_owner_words().body_words

    def drop(found: re.Match[str]) -> str:
        department = found.group("department")
        if not is_role(found.group("post")) or is_role(department) or match_leading_title(department) is not None:
            return found.group(0)
        if any(word.lower() in bodies for word in department.split()):
            return found.group(0)  # a committee, board or panel the post belongs to, no department
        words = department.split()
        person_like = 1 < len(words) <= MAX_NAME_WORDS and not is_agency(department) and "and" not in words
        listed = {attendee.name for attendee in attendees}
        if person_like or listed & set(resolve_owners(department, attendees)):
            return found.group(0)  # a name, not a department
        return found.group("post") + " "

    return _DEPARTMENT_ASIDE.sub(drop, text)


def _staff_capitalised(owner: str) -> str:
    """An owner written "staff" in a sentence as the owner "Staff", the form every staff task is stored under."""
    return "Staff" if owner.lower() == "staff" else owner


def _listed_authority(prefix: str) -> bool:
    """True when `prefix` opens a decision's entry on the bare verb that grants authority, after any list marker or
    decision's label ("b. Authorize the Treasurer", "RESOLVED: Authorise the Town Manager")."""
    text = strip_list_marker(prefix)
    label = _LABEL_BREAK.match(text)
    if label is not None and _DECISION_LABEL.match(label.group(0).strip()):
        text = text[label.end():].lstrip()
    return _LISTED_AUTHORITY.match(text) is not None


def _titles_a_report(line: str) -> bool:
    """True when `line` ends on a labelled report's heading in capitalised words ("B) Battery Lane Committee", "E) Parks &
    Waterways Committee", "C) Clerk's Report"), not a minute's sentence ("B) Clerk to write to the county") nor an
    action list's entry ("A) Replace Dog Bin Lid on Mill Lane")."""
    found = _LABELLED_TITLE.search(line.strip())
    if found is None:
        return False
    title = found.group("title").strip()
    words = title.replace(",", " ").split()
    return _REPORT_HEAD.search(title) is not None and all(
        word[:1].isupper() or word.lower() in _TITLE_JOINERS for word in words
    )


def _leading_subject(text: str) -> str | None:
    """The capitalised name or initials a sentence opens with ("Mr Smith said …" -> "Mr Smith"), after any reply's
    opening words ("In reply, the Inspector said …" -> "The Inspector")."""
    reply = _REPLY_OPENER.match(text)
    if reply is not None:
        text = ("The " if reply.group("the") else "") + text[reply.end():]
    words: list[str] = []
    for word in text.split():
        clean = word.strip(",")
        if clean[:1].isupper() or (words and clean in {"and", "&", "/"}):
            words.append(clean)
            if word.endswith(","):
                break
            continue
        break
    body = _BODY_ASIDE.match(text, len(" ".join(words)) + 1) if words and text.split()[len(words) - 1].endswith(",") else None
    if body is not None and any(word.lower() in load_owner_words().body_words for word in body.group(1).split()):
        return f"{' '.join(words)}, {body.group(1)}"  # "The Chair, Finance Committee, will …": the committee's Chair
    while words and words[-1] in {"and", "&", "/"}:
        words.pop()
    return " ".join(words) or None
