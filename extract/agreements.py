"""Agreements that hand out tasks: where in a decision's words an owner and a task are.

Minutes of community and parish councils write many tasks as the decision
itself: "It was AGREED to write to the City Council", "It was agreed that we
approach the school", "It was agreed for the secretary to write …", "RESOLVED:
That the Precept should be raised and that the Clerk should notify the county",
"RESOLVED to ask the Clerk to obtain quotes". This module only finds the
places (owner phrase, task clause); `actions` decides whether the owner is
someone and builds the records.

An agreement that names no one ("It was agreed to write …", "… that we should
ask …") is the body's task only when its verb is one of `agreed_task_verbs`
in `data/action_patterns.json` (write, contact, invite …): most agreements
decide, defer or note ("It was agreed to hold this over", "agreed to return
to this at the next meeting"), and those give nobody anything to do.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Collection, Iterator

PATTERNS_PATH = Path(__file__).parent / "data" / "action_patterns.json"

# "It was (also / unanimously / suggested and) AGREED (further)", a label "AGREED:", "RESOLVED to", or "Members agreed".
_OPENER = (
    r"(?:\b(?i:it\s+was\s+(?:(?:also|further|then|therefore|unanimously|generally|suggested\s+and|proposed\s+and)\s+)*"
    r"(?:agreed|resolved|decided))|(?:^|(?<=[.;:!?]\s))(?i:agreed|resolved|decided)"
    # "Members agreed to …", "The Community Council therefore agreed to …": the body or its members, opening a sentence.
    r"|(?:^|(?<=[.;:!?]\s)|(?<=,\s)|(?<=\band\s))(?i:(?:the\s+)?(?:members|councillors|meeting|committee"
    r"|(?:community\s+|parish\s+|town\s+)?council))\s+(?:(?i:also|unanimously|therefore|then|duly)\s+)?"
    r"(?i:agreed|resolved|decided))"
    r"(?:\s+(?i:further|also|unanimously))?"
)
# A word of an owner's name: "Cllr." or "A." (a short abbreviation may end on a full stop), else no full stop, so an
# owner never runs on into the next sentence ("… the City Council. This would …").
_WORD = r"(?:[A-Z][\w'’-]{0,3}\.|[A-Z][\w'’-]*)"
_POST_NAME = r"(?:(?i:the|our)\s+)?" + _WORD + r"(?:\s+" + _WORD + r"){0,3}"
_OWNER = (
    r"(?:(?:(?i:the|our)\s+)?(?:minute\s+)?" + _WORD + r"(?:\s+" + _WORD + r"){0,3}"
    r"|(?i:the|our)\s+(?:minute\s+)?(?:clerk|chairman|chairperson|chair|secretary|treasurer)\b)"
)
_FOR_NAME = r"(?:(?i:the|our)\s+)?[A-Za-z][\w'’-]*(?:\s+" + _WORD + r"){0,3}"
# The body's own task: "… agreed to write", "… agreed that we (should) write", "… agreed we should enquire".
_BODY_TASK = re.compile(
    _OPENER + r"\s*[:–—-]?\s*(?:(?i:that\s+)?(?i:we)\s+(?:(?:should|would|will|shall|must)\s+)?|(?i:to)\s+)"
    r"(?:(?:also|further|formally|now|then|immediately|again)\s+)?(?P<verb>[a-z][a-z-]*)(?:\s+(?P<next>[a-z]+))?"
)
# A thing to be done, agreed in the passive: "It was agreed that a letter be sent to …", "RESOLVED that the matter
# should be reported to Highways", "… that a speaker be invited to our next meeting". What is done is the participle's
# verb; a decision made so ("that Cllr X be appointed", "that the minutes be signed") has no task verb and gives none,
# and the thing is a noun phrase: "that this is approved and should be forwarded …" approves, then routes.
_NOT_A_VERB = r"(?!(?i:be|is|are|was|were|has|have|had|been|should|would|will|must|shall)\b)"
_PASSIVE_TASK = re.compile(
    _OPENER + r"\s*[:–—-]?\s*(?i:that)\s+(?P<thing>(?:(?i:a|an|the|this|these|our|further)\s+)?" + _NOT_A_VERB
    + r"[A-Za-z][\w'’-]*(?:\s+" + _NOT_A_VERB + r"[\w'’-]+){0,10}?)\s+(?:(?:should|would|must|shall|will)\s+)?be\s+"
    r"(?:(?:also|now|then|formally|again|immediately)\s+)?(?P<participle>[a-z]+)\b(?P<rest>\s+(?P<next>[a-z]+))?"
)
# A further part of the same agreement: "… to postpone the meeting and to invite …", "… and invite …".
_AND_TASK = re.compile(r"\band\s+(?:to\s+)?(?P<verb>[a-z][a-z-]*)(?:\s+(?P<next>[a-z]+))?")
# Verbs that put a matter off to a later meeting: "postpone", "return (to this)", "come back (to it)". Such an
# agreement is a deferral, whatever it adds to do meanwhile ("… and to invite …"), as annotators read it.
_DEFERRING_VERBS = frozenset({"postpone", "defer", "return", "come", "comeback", "carry", "hold", "adjourn", "revisit"})
# Verbs that, followed by "that", direct someone else ("ask that the county repair …"): that one's task, not the body's.
_DIRECTING_VERBS = frozenset({"ask", "request", "instruct"})
# "It was agreed for the secretary to write …": the owner between "for" and "to".
_FOR_OWNER = re.compile(
    _OPENER + r"\s+(?i:for)\s+(?P<owner>" + _FOR_NAME + r")\s+to\s+(?P<verb>[a-z]+)"
)
# "It was agreed that our Vice Chair should respond", inside a paragraph (a paragraph opening so is read elsewhere).
_THAT_OWNER = re.compile(
    _OPENER + r"\s*[:–—-]?\s*(?:(?i:that)\s+)?(?P<owner>" + _OWNER + r")\s+"
    r"(?:should|would|will|shall|is\s+to|are\s+to)\s+(?:(?:also|now|then|further)\s+)?(?P<verb>be\s+in\s+(?:contact|touch)|[a-z]+)"
)
# The same with the verb bare, as a resolution writes it: "…, it was resolved that Jo Reed contact the school". Any
# word could follow a name, so the verb must be a task verb (`is_task_verb`).
_THAT_OWNER_BARE = re.compile(
    _OPENER + r"\s*[:–—-]?\s*(?i:that)\s+(?P<owner>" + _OWNER + r")\s+(?P<verb>[a-z]+)\b(?:\s+(?P<next>[a-z]+))?"
)
# A post or a name given its own part of a decision: "… and that the Clerk should notify …", "… the Clerk should write …".
_CLAUSE_OWNER = re.compile(
    r"(?:^|(?<=[\s,;(]))(?P<owner>" + _OWNER + r")\s+"
    # "… that Mr Vane should be asked to redesign …": the one to be asked owns the task.
    r"(?:(?:(?:should|would|will|shall)\s+)?(?:is|are|be)\s+(?:asked|instructed|requested|authori[sz]ed)\s+to"
    r"|should|would|will|shall|is\s+to|are\s+to)\s+"
    r"(?:(?:also|now|then|further)\s+)?(?P<verb>be\s+in\s+(?:contact|touch)|[a-z]+)"
)
# "RESOLVED to ask the Clerk to obtain quotes", "It was agreed to ask the Chair to write …".
_ASK_OWNER = re.compile(
    _OPENER + r"\s*[:–—-]?\s*(?i:to)\s+(?:ask|request|instruct|invite)\s+"
    r"(?P<owner>" + _POST_NAME + r")"
    r"\s+to\s+(?P<verb>[a-z]+)"
)
_DECISION_START = re.compile(_OPENER)
# Two posts sharing one task: "… that the Chairman and the Clerk should sign the register": the first post, just
# before the owner `_CLAUSE_OWNER` reads, owns the task with it.
_JOINT_POST = re.compile(
    r"(?:^|(?<=[\s,;(]))(?P<first>(?i:the|our)\s+(?:(?i:vice)[- ])?(?i:clerk|chairman|chairperson|chair|secretary|treasurer))"
    r"\s+and\s+$"
)
# A name and "and" or a comma just before an owner: the owner is the last of several ("J. Hale and O. Reed would …").
_AFTER_A_NAME = re.compile(r"\b[A-Z][\w'’-]*\.?\s*(?:,|\band)\s*$")
_ABBREVIATIONS = frozenset({"cllr", "cllrs", "mr", "mrs", "ms", "dr", "st", "no", "rev", "revd", "prof", "cc", "co"})
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z(\"'‘“])")


@dataclass(frozen=True, slots=True)
class Place:
    """Where an agreement gives a task: the owner as written (None for the body itself) and the words of the task."""

    owner: str | None
    text: str
    start: int
    """Offset in the paragraph where the owner (or, for the body, the agreement) begins."""
    verb: str
    subject: str | None = None
    """The council or committee that agreed, when the agreement names one ("The Community Council agreed to …"):
    the task is the body's only when that is the meeting's own body."""


_COUNCIL_SUBJECT = re.compile(r"^(?i:(?:the\s+)?(?:(?:community|parish|town)\s+)?(?:council|committee))\b")


@lru_cache(maxsize=1)
def task_verbs(path: str = str(PATTERNS_PATH)) -> frozenset[str]:
    """Verbs (or "verb particle" pairs such as "look into") that make an agreement the body's task."""
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    return frozenset(word.lower() for word in data.get("agreed_task_verbs", ()))


@lru_cache(maxsize=1)
def post_not_tasks(path: str = str(PATTERNS_PATH)) -> frozenset[str]:
    """Verbs after a post's "should" that state its terms ("the Clerk should remain on SCP20"), not a task."""
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    return frozenset(word.lower() for word in data.get("post_not_tasks", ()))


@lru_cache(maxsize=1)
def schedule_verbs(path: str = str(PATTERNS_PATH)) -> frozenset[str]:
    """Verbs after "will" that give a timetable ("the contractor will start on 5 May"), a task of no one at the meeting."""
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    return frozenset(word.lower() for word in data.get("schedule_verbs", ()))


@lru_cache(maxsize=1)
def irregular_participles(path: str = str(PATTERNS_PATH)) -> dict[str, str]:
    """Task verbs whose past participle is not made with -ed ("sent": "send", "written": "write")."""
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    return {word.lower(): verb.lower() for word, verb in data.get("task_participles", {}).items()}


@lru_cache(maxsize=1)
def formal_outputs(path: str = str(PATTERNS_PATH)) -> frozenset[str]:
    """Nouns of what a decision itself is (comments, a response, minutes): passing it on is no task of its own."""
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    return frozenset(word.lower() for word in data.get("formal_outputs", ()))


@lru_cache(maxsize=1)
def made_tasks(path: str = str(PATTERNS_PATH)) -> frozenset[str]:
    """Nouns of a thing that is a task once made ("that a request be made", "that a complaint be lodged")."""
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    return frozenset(word.lower() for word in data.get("made_tasks", ()))


def verb_of_participle(
    participle: str, following: str | None = None, also: Collection[str] = frozenset()
) -> str | None:
    """The task verb (or verb of `also`) a past participle is of ("sent" -> "send", "invited" -> "invite", "referred"
    -> "refer", "notified" -> "notify", "looked" before "into" -> "look"), or None when it is of no such verb
    ("appointed", "signed")."""
    word = participle.lower()
    candidates = [irregular_participles().get(word, "")]
    if word.endswith("ed"):
        candidates += [word[:-2], word[:-1]]
        if word.endswith("ied"):
            candidates.append(word[:-3] + "y")
        if len(word) > 4 and word[-3] == word[-4]:
            candidates.append(word[:-3])  # "referred" -> "refer"
    return next((verb for verb in candidates if verb and (is_task_verb(verb, following) or verb in also)), None)


def is_task_verb(verb: str, following: str | None = None) -> bool:
    """True when `verb` (and the word after it, for pairs such as "follow up") states something to be done."""
    verbs = task_verbs()
    return verb in verbs or (following is not None and f"{verb} {following}" in verbs)


def sentence_of(text: str, start: int) -> str:
    """The sentence of `text` holding offset `start`; a full stop after an initial or a title ("O.", "Cllrs.") ends none."""
    begin = 0
    for end in _SENTENCE_END.finditer(text):
        word = text[:end.start()].rsplit(None, 1)[-1].rstrip(".!?")
        if len(word) <= 1 or word.lower() in _ABBREVIATIONS:
            continue
        if end.start() >= start:
            return text[begin:end.start()].strip()
        begin = end.end()
    return text[begin:].strip()


def is_decision(text: str) -> bool:
    """True when `text` records an agreement or a resolution somewhere ("It was agreed …", "RESOLVED: …")."""
    return _DECISION_START.search(text) is not None


def body_tasks(text: str) -> Iterator[Place]:
    """Agreements in `text` that give the body itself a task ("It was AGREED to write to …", "… that we approach …")."""
    for match in _BODY_TASK.finditer(text):
        sentence = sentence_of(text, match.start())
        verb = match.group("verb")
        if verb in _DEFERRING_VERBS:
            continue  # "It was AGREED to postpone the meeting till March (and to invite …)": the matter is put off
        if not is_task_verb(verb, match.group("next")):
            # "It was agreed to prepare a leaflet and to invite the schools …": the later part is the task.
            later = next(
                (m for m in _AND_TASK.finditer(text, match.end(), match.start() + len(sentence) + 1)
                 if is_task_verb(m.group("verb"), m.group("next"))),
                None,
            )
            if later is None:
                continue
            verb, following = later.group("verb"), later.group("next")
        else:
            following = match.group("next")
        if following == "that" and verb in _DIRECTING_VERBS:
            continue  # "… to request that the Manager report …": a direction to someone else, whose task it is
        # The task is what was agreed: "Our Chair noted that … and it was agreed that we should respond …" -> from "it".
        offset = text.find(sentence)
        task = text[match.start():offset + len(sentence)] if 0 <= offset <= match.start() else sentence
        subject = _COUNCIL_SUBJECT.match(match.group(0))
        yield Place(owner=None, text=task[:1].upper() + task[1:], start=match.start(), verb=verb,
                    subject=subject.group(0) if subject is not None else None)
    yield from _passive_tasks(text)


# Participles that, followed by "to", hand a named person a task of their own ("that the Clerk be asked to write").
_ASKED = frozenset({"asked", "instructed", "requested", "authorised", "authorized"})


# Participles that, after a thing of `made_tasks` ("a request", "a complaint"), do that thing.
_MADE = frozenset({"made", "lodged", "put", "raised", "submitted"})


def _passive_tasks(text: str) -> Iterator[Place]:
    """Agreements in the passive that give the body a task: "It was agreed that a letter be sent to the school",
    "RESOLVED that the matter should be reported to Highways"; never a decision ("that Cllr X be appointed")."""
    for match in _PASSIVE_TASK.finditer(text):
        participle, following = match.group("participle"), match.group("next")
        if participle in _ASKED and following == "to":
            continue  # "that the Clerk be asked to write": the one asked owns the task (`named_owner_tasks`)
        verb = verb_of_participle(participle, following)
        thing = match.group("thing").lower().split()
        if set(thing) & formal_outputs():
            continue  # "that the Panel's comments on the report be sent to …": the decision's own words, passed on

        if verb is None and participle in _MADE and thing[-1] in made_tasks():
            verb = thing[-1]  # "that a request be made via Cllr X", "… that a complaint be lodged with …"
        if verb is None:
            continue
        sentence = sentence_of(text, match.start())
        offset = text.find(sentence)
        task = text[match.start():offset + len(sentence)] if 0 <= offset <= match.start() else sentence
        subject = _COUNCIL_SUBJECT.match(match.group(0))
        yield Place(owner=None, text=task[:1].upper() + task[1:], start=match.start(), verb=verb,
                    subject=subject.group(0) if subject is not None else None)


def named_owner_tasks(text: str) -> Iterator[Place]:
    """Agreements in `text` that name who acts: "… agreed for the secretary to write", "… agreed that our Chair should",
    "RESOLVED to ask the Clerk to …", and each further part of a decision naming a post ("… and that the Clerk should …").

    Parts are read only from a text holding a decision, from the decision onwards.
    """
    opened = _DECISION_START.search(text)
    if opened is None:
        return
    seen: set[int] = set()
    for pattern in (_FOR_OWNER, _THAT_OWNER, _ASK_OWNER):
        for match in pattern.finditer(text):
            seen.add(match.start("owner"))
            if match.group("verb") not in post_not_tasks():
                yield _place(text, match.group("owner"), match.start("owner"), match.group("verb"))
    for match in _THAT_OWNER_BARE.finditer(text):
        if match.start("owner") in seen or not is_task_verb(match.group("verb"), match.group("next")):
            continue
        seen.add(match.start("owner"))
        yield _place(text, match.group("owner"), match.start("owner"), match.group("verb"))
    for match in _CLAUSE_OWNER.finditer(text, opened.start()):
        start = match.start("owner")
        if start in seen or any(abs(start - other) <= len(match.group("owner")) + 5 for other in seen):
            continue
        if match.group("verb") in post_not_tasks():
            continue  # "… that the Clerk should remain on SCP20": the post's terms
        if not match.group("owner").lower().startswith(("the ", "our ")) and _AFTER_A_NAME.search(text[:start]):
            continue  # "… that Cllrs. J. Hale and O. Reed would attend": the last of several names, not an owner alone
        owner = match.group("owner")
        joint = _JOINT_POST.search(text, 0, start)
        if joint is not None and owner.lower().startswith(("the ", "our ")):
            owner, start = text[joint.start():start] + owner, joint.start()
        yield _place(text, owner, start, match.group("verb"))


def _place(text: str, owner: str, start: int, verb: str) -> Place:
    """The task from the owner to the end of the part (the next "; ", ", and that", ", that" or the sentence's end)."""
    sentence = sentence_of(text, start)
    offset = text.find(sentence)
    clause = sentence[max(0, start - offset):] if offset >= 0 and offset <= start else sentence
    clause = re.split(r";\s+|,\s+(?:and\s+)?that\s+", clause, maxsplit=1)[0]
    return Place(owner=owner.strip(), text=clause.strip().rstrip(",;"), start=start, verb=verb)
