"""The registry of extractors and the one function that runs them in order."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import TypeVar

from spacy.language import Language

from ..ingest.document import Line, ParsedDocument
from .action_status import action_log_sections, is_mostly_table, read_action_statuses
from .action_updates import extract_action_updates
from .agenda_requests import extract_agenda_requests
from .actions import extract_actions
from .agencies import load_agency_directory, name_agencies
from .agreements import is_task_verb
from .apologies import extract_apologies
from .attendance import extract_attendees
from .items import Section, minutes_end, read_items_and_sections
from .kind import classify_document
from .meeting import extract_meeting
from .nlp import load_nlp
from .plan import extract_plan
from .records import Action, AgendaItem, Attendee, Extraction, Meeting, PlanAction
from .resolutions import ProseSection, extract_resolutions
from .several_meetings import several_meetings_warning
from .sub_items import fill_sub_items
from .topics import TopicVocabulary, tag_topics
from .voted_decisions import add_voted_decisions
from .votes import extract_votes


T = TypeVar("T")


class FieldGuard:
    """Runs the reader of one field. With `keep_going`, a reader that fails leaves its field empty and says so among
    the document's warnings (the load shows them and keeps them for `minutebook errors`), so a rule that breaks on an
    unforeseen layout costs that field, not the whole file; without it the error goes up to the caller (tests, tools)."""

    def __init__(self, document: ParsedDocument, *, keep_going: bool) -> None:
        self.document = document
        self.keep_going = keep_going

    def __call__(self, field: str, read: Callable[[], T]) -> T | None:
        """`read()`, or None (with the document's warning) when it fails and the guard keeps going."""
        if not self.keep_going:
            return read()
        try:
            return read()
        except MemoryError:
            raise
        except Exception as err:  # one field's reader must never lose the rest of the document
            reason = f"{type(err).__name__}: {err}".strip().rstrip(":")
            self.document.warnings.append(f"{field} not read ({reason[:200]}); the document's other fields were kept")
            return None


def extract_document(
    document: ParsedDocument,
    *,
    spacy_model: str | None = None,
    topics: TopicVocabulary | None = None,
    keep_going: bool = False,
) -> Extraction:
    """Run every extractor over `document` and return what they found.

    With `keep_going` (as the load runs it) a field whose reader fails is left empty with a warning on the
    document (`FieldGuard`); without it the error is raised."""
    nlp = load_nlp(spacy_model)
    guard = FieldGuard(document, keep_going=keep_going)
    kind = classify_document(document)
    meeting = guard("meeting", lambda: extract_meeting(document, kind=kind)) or Meeting(kind=kind)
    if kind == "plan":
        plan_actions = guard("plan actions", lambda: _plan_actions(document, meeting, nlp)) or []
        extraction = Extraction(meeting=meeting, plan_actions=plan_actions)
    else:
        apologies = guard("apologies", lambda: extract_apologies(document, nlp=nlp)) or []
        attendees = guard("attendees", lambda: extract_attendees(document, nlp=nlp, apologies=apologies)) or []
        # Items and their sections are read once here and handed to the readers that need them.
        items, item_sections = guard("items", lambda: read_items_and_sections(document, kind=kind)) or ([], [])
        sections = with_uncovered_body(document, item_sections)
        resolutions = guard(
            "resolutions",
            lambda: extract_resolutions(sections, nlp=nlp, lines=document.lines, meeting_date=meeting.date),
        ) or []
        actions = guard("actions", lambda: _actions(document, items, item_sections, sections, attendees, meeting, nlp)) or []
        # Votes fill in the mover and seconder of the resolution each one decided; a motion carried that no decision
        # was read for is one.
        votes = guard("votes", lambda: extract_votes(document, sections, attendees=attendees, resolutions=resolutions)) or []
        decisions = guard("decisions from votes", lambda: add_voted_decisions(votes, resolutions, document.iter_lines()))
        extraction = Extraction(
            meeting=meeting,
            attendees=attendees,
            apologies=apologies,
            items=items,
            resolutions=decisions or resolutions,
            actions=actions,
            votes=votes,
            # What this meeting says of earlier actions; the store links each to its action.
            action_updates=(guard("action updates", lambda: extract_action_updates(sections)) or [])
            if kind != "agenda" else [],
            # Matters asked for at the next meeting with no one to do them; the store links each to the item
            # that takes it up.
            agenda_requests=(guard("agenda requests", lambda: extract_agenda_requests(sections, actions)) or [])
            if kind != "agenda" else [],
        )
    guard("topics", lambda: tag_topics(extraction, topics, nlp=nlp))
    if kind == "minutes" and (several := guard("meetings", lambda: several_meetings_warning(document))):
        document.warnings.append(several)
    return extraction


def _plan_actions(document: ParsedDocument, meeting: Meeting, nlp: Language) -> list[PlanAction]:
    plan_actions = extract_plan(document, meeting=meeting)
    name_agencies(plan_actions, load_agency_directory(document), nlp=nlp)
    return plan_actions


def _actions(
    document: ParsedDocument,
    items: list[AgendaItem],
    item_sections: list[Section],
    sections: list[Section],
    attendees: list[Attendee],
    meeting: Meeting,
    nlp: Language,
) -> list[Action]:
    """The actions of minutes, with their statuses and sub-items read."""
    # A document that is only an action log has no items: its table rows are read as one
    # section; other documents without items are read whole (`_action_sections`).
    action_sections = (
        _action_sections(items, sections) if item_sections
        else action_log_sections(document, item_sections) or _action_sections(items, sections)
    )
    if not items and not is_mostly_table(document):
        # Minutes in prose with no items beside a small table (a roll-call, a budget): the prose is read too.
        action_sections = sorted(
            [*action_sections, *(s for s in sections if s not in action_sections)],
            key=lambda section: section.lines[0].number if section.lines else 0,
        )
    actions = _without_reported_speech(
        extract_actions(action_sections, attendees=attendees, meeting=meeting, nlp=nlp, document_text=document.text),
        sections,
    )
    read_action_statuses(document, actions)
    fill_sub_items(actions, item_sections)
    return actions


COVERED_SHARE = 0.5
"""Below this share of the document's words inside item sections, the rest is read as one more section."""


def with_uncovered_body(document: ParsedDocument, sections: list[Section]) -> list[Section]:
    """Return `sections`, plus the lines outside them as one item-less section when the items cover little.

    Decisions and actions are read inside item sections. Minutes written with
    run-in headings ("Play Area. The swings …") or no numbers give few items or
    none, and their decisions would be lost with them; so when the sections hold
    under half the document's words, the lines outside every section are read too, each run of them as its own
    section, in document order.
    """
    covered = {line.number for section in sections for line in section.lines}
    # What follows the minutes' close ("The meeting closed at 9.02 pm") is an appendix or the next meeting's
    # minutes carried in the same file: none of it is this meeting's business.
    lines = document.lines[: minutes_end(document.lines)] if sections else document.lines
    total = sum(len(line.text.split()) for line in lines)
    inside = sum(len(line.text.split()) for line in lines if line.number in covered)
    if not total:
        return sections
    if inside >= COVERED_SHARE * total:
        # Business done before the first item ("Motion by A to accept the agenda, 2nd by B. Motion carried." under
        # the roll call) is the meeting's too.
        first = min((section.lines[0].number for section in sections if section.lines), default=None)
        opening = [line for line in lines if first is not None and line.number < first and line.cells is None]
        if not any(line.text.strip() for line in opening):
            return sections
        return [ProseSection(item=None, lines=opening), *sections]
    runs: list[list[Line]] = []
    previous: int | None = None
    for index, line in enumerate(lines):
        if line.number in covered or line.cells is not None:
            continue
        if previous is None or index != previous + 1:
            runs.append([])
        runs[-1].append(line)
        previous = index
    extra: list[Section] = [ProseSection(item=None, lines=run) for run in runs if any(line.text.strip() for line in run)]
    if not extra:
        return sections
    return sorted([*sections, *extra], key=lambda section: section.lines[0].number if section.lines else 0)


# "The Clerk stated she will count the votes", "The Mayor asked the Clerk to repeat the motion":
# narrative minutes report what was said in the room, which is no task after the meeting.
_REPORTED_SPEECH = re.compile(
    r"\b(?:stated|said|explained|added|indicated|commented|remarked)\b[^.;]{0,160}?\b(?:will|would)\b"
    r"|\b(?:requested|asked)\s+(?:the\s+)?(?:[A-Z][\w.'’-]*\s+){1,4}to\s+(?:repeat|share|present|give|clarify|read|explain|introduce)\b"
    # A staff recommendation quoted in the minutes: what the board was asked to authorise, not a task.
    r"|^It\s+is\s+recommended\b"
)


# What a speaker undertook to come back with is a task, though reported: "The Director said she would bring back
# a revised policy", "Mr Lee stated that he will follow up with the contractor"; so is taking a request up with someone
# not at the table: "Ms. Tarrant stated that she will discuss that request with Administration", "he would raise the
# matter with the police" (a discussion with no one named, "she would discuss the budget", is none). What a manager
# says the staff will come back with is the staff's undertaking: "Ms. Lee stated that staff will bring back a draft".
_FOLLOW_UP = re.compile(
    r"\b(?:he|she|staff)\s+(?:will|would)\s+(?:also\s+)?(?:(?:(?:bring|report|get|come)\s+(?:\w+\s+)?back|follow\s+up|look\s+into|"
    r"find\s+out|reach\s+out|circulate|forward|contact|research|investigate|provide|send|draft|prepare)\b"
    r"|(?:discuss|raise)\s+(?:that|this|the|it|these|those|his|her)\b(?:\s+[\w'’-]+){0,3}?\s+with\s+(?:the\s+)?(?-i:[A-Z]))",
    re.IGNORECASE,
)


# The same with any verb of a task the minutes give (`agreed_task_verbs`): "She said she would write to the owner".
_PROMISE = re.compile(
    r"\b(?:he|she|staff)\s+(?:will|would)\s+(?:also\s+)?(?P<verb>[a-z]+)(?:\s+(?P<next>[a-z]+))?", re.IGNORECASE
)


def _promises_a_task(text: str) -> bool:
    """True when a speaker's reported words undertake a task ("… said he would follow up", "… she would write to …")."""
    if _FOLLOW_UP.search(text):
        return True
    return any(is_task_verb(m.group("verb").lower(), (m.group("next") or "").lower() or None) for m in _PROMISE.finditer(text))


def _without_reported_speech(actions: list[Action], sections: list[Section]) -> list[Action]:
    """Drop actions read from text outside the items that only report what was said in the meeting."""
    outside = {line.number for section in sections if isinstance(section, ProseSection) for line in section.lines}
    return [
        action
        for action in actions
        if action.evidence is None or action.evidence.line_start not in outside
        or not _REPORTED_SPEECH.search(action.text) or _promises_a_task(action.text)
    ]


def _action_sections(items: list[AgendaItem], sections: list[Section]) -> list[Section]:
    """The sections read for actions: text outside the items only when there are no items at all.

    Where some items were found, the text around them is preamble, public comment
    and reported speech ("he stated he would …"), which reads as tasks but is not.
    """
    if not items:
        return sections
    inside = [section for section in sections if not isinstance(section, ProseSection)]
    if not inside:
        return sections
    # Minutes written as prose before a numbered list that is no agenda (a proposal or by-laws appended to
    # them): the prose before the first item, holding more words than every item, is the minutes themselves.
    first = min(section.lines[0].number for section in inside if section.lines) if any(s.lines for s in inside) else 0
    before = [
        section for section in sections
        if isinstance(section, ProseSection) and section.lines and section.lines[-1].number < first
    ]
    if _words(before) > _words(inside):
        return sorted([*before, *inside], key=lambda section: section.lines[0].number if section.lines else 0)
    return inside


def _words(sections: Sequence[Section]) -> int:
    return sum(len(line.text.split()) for section in sections for line in section.lines)
