"""What sort of document this is: minutes, a plan, an agenda, or unknown.

Each kind has cue phrases; the document's kind is the one whose cues score
highest, read from the opening lines (titles) and the whole text (sections,
table headers). Cues are counted once each, so a long document does not win
on repetition alone.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from ..ingest.document import RUNNING_TITLE, Line, ParsedDocument
from ..names import member_plural_pattern
from .agenda_words import meeting_part_line
from .dates import find_dates
from .outcome_lines import outcome_line
from .records import Kind
from .tally_words import AYE_SIDE, NAY_SIDE
from .sections import CALLED_TO_ORDER, GLYPH_BULLET, LIST_BULLET, label_words, match_label

OPENING_LINES = 25
"""How many non-blank lines count as the document's title area."""
CLASSIFY_LINES = 1500
"""Only this many lines are read for cues, so a long document costs no more than a short one."""
MIN_SCORE = 2
"""A kind needs at least this much evidence to be chosen."""
TITLE_WEIGHT = 2
"""A cue in the title area counts this many times over."""
NOTICE_LINES = 40
"""An agenda pack's notice of the meeting to come stands within this many non-blank opening lines."""
REGISTER_OUTCOMES = 2
"""Entries closed by an outcome line in capitals ("GRANTED", "DENIED") that make a register of decisions taken."""

# Where a label opens its line: at the start, or after a list's marker ("* Present: Ann, Bo" in a wiki template).
_LABEL_START = rf"^\s*(?:{LIST_BULLET}\s+)?"
_MINUTES_CUES = [
    # Attendance labels agendas never print (see `sections`): the present list, then the others.
    re.compile(_LABEL_START + label_words(sections=("attendance",), statuses=("present",), in_agendas=False)
               + r"\s*[:\-–]", re.IGNORECASE | re.MULTILINE),
    re.compile(_LABEL_START + label_words(sections=("attendance",), statuses=("in_attendance", "also_present"),
                                          in_agendas=False) + r"\s*[:\-–]", re.IGNORECASE | re.MULTILINE),
    # Agendas list what is to be received; minutes record who sent apologies and what a body decided.
    re.compile(_LABEL_START + label_words(sections=("apologies",)) + r"\s*[:\-–]\s*\S", re.IGNORECASE | re.MULTILINE),
    # "The Committee noted", "Members agreed", and as notes write it in lower case: "the board agreed to book …".
    re.compile(r"\b(?:The\s+)?(?:Board|Committee|Sub-Committee|Panel|Partnership|Forum|Cabinet|Group|Members|Council)\s+"
               r"(?:noted|agreed|resolved|approved|endorsed)\b"
               r"|\b[Tt]he\s+(?:board|committee|panel|group|members|council|meeting)\s+"
               r"(?:noted|agreed|resolved|approved|endorsed)\b"),
    re.compile(r"\bapologies\s+(?:for\s+absence\s+)?(?:were|was)\s+received\b", re.IGNORECASE),
    re.compile(r"\bno\s+apologies\b|\bthere\s+were\s+no\s+apologies\b", re.IGNORECASE),
    re.compile(r"\bRESOLVED\b"),
    re.compile(r"\bminutes\s+of\s+the\s+(?:\w+\s+)?meeting\s+held\b", re.IGNORECASE),
    re.compile(r"\bnotes\s+(?:of|on)\s+(?:(?:a|the)\s+)?meeting\b", re.IGNORECASE),
    re.compile(r"\bMinutes:\s"),
    re.compile(r"\b(?:meeting\s+(?:concluded|closed|ended|terminated|finished)|the\s+meeting\s+closed)\b", re.IGNORECASE),
    # "Proposed by …", "seconded by …", as a clerk's notes shorten it: "2nd by Ada", "2nded by Ada".
    re.compile(r"\b(?:proposed|seconded)\s+(?:and|by)\b|\b2nd(?:ed)?\s+by\b", re.IGNORECASE),
    re.compile(r"\bwere\s+(?:agreed|approved|confirmed)\s+as\s+(?:a\s+)?(?:true|correct|accurate)\s+record\b", re.IGNORECASE),
    re.compile(r"\bmatters\s+arising\b", re.IGNORECASE),
    # US and Canadian minutes record the procedure in the past tense; an agenda lists "Call to Order".
    CALLED_TO_ORDER,
    re.compile(r"\bseconded\s+the\s+motion\b|\bmotion\s+(?:was\s+)?(?:carried|passed|failed|defeated|approved)\b",
               re.IGNORECASE),
    # "Meeting adjourned at 8.40pm", "The meeting was adjourned.", "The Chair adjourned the meeting" (an agenda's
    # "Adjournment" is a part still to come).
    re.compile(r"\b(?:meeting\s+(?:was\s+)?adjourned|adjourned\s+the\s+meeting)\b", re.IGNORECASE),
    re.compile(r"\bmet\s+in\s+(?:regular|special|adjourned|emergency)\s+session\b", re.IGNORECASE),
    # A quorum found, and a motion's course told in the past: "Opened the meeting and declared a quorum present",
    # "A quorum was established", "Moved, seconded and voted to approve" (an agenda's "Establish Quorum" is an order).
    re.compile(r"\b(?:declared|established|confirmed|determined)\s+(?:that\s+)?(?:a|the)\s+quorum\b"
               r"|\bquorum\s+(?:was\s+)?(?:declared|established|confirmed|present)\b", re.IGNORECASE),
    re.compile(r"\bmoved,?\s+seconded,?\s+and\s+(?:voted|carried|approved|passed)\b", re.IGNORECASE),
    re.compile(r"\bmeeting\s+(?:commenced|started|began|opened)\s+at\b", re.IGNORECASE),
    re.compile(r"^\s*(?:\d{1,2}\.\s*)?roll\s+call\s*(?:[-–:]\s*)?present\b|\bAyes?\s*:\s*\d", re.IGNORECASE | re.MULTILINE),
    # The rest record a meeting held in the past tense, as no agenda or plan words it (each was read in hundreds of
    # minutes of some fifty bodies and in none of eighty agendas).
    # A motion's outcome: "carried 5-0", "approved (4-1)", "unanimously approved", "agreed unanimously", "All in favour".
    re.compile(r"\b(?:carried|passed|approved|adopted|failed|defeated|agreed)\s*(?:by\s+(?:a\s+)?(?:vote\s+of\s+)?)?"
               # Never a date with its year ("adopted 12/05/2030", "approved 5-14-2031") nor hours ("7-9 pm").
               r"[(\[]?\d{1,2}\s*[-–:/]\s*\d{1,2}\b(?![-–/.]\d)(?!\s*(?:[ap]\.?m\b|[ap]\.m\.))"
               r"|\bunanimously\s+(?:approved|agreed|carried|adopted|passed|resolved|voted|accepted)\b"
               r"|\b(?:approved|agreed|carried|adopted|passed|accepted)\s+unanimously\b"
               r"|\ball\s+(?:were\s+|members\s+(?:were\s+)?)?in\s+favou?r\b"
               # Yeas and nays counted: "5 yay 0 nay", "4 ayes, 1 nay", "Yeas 3, Nays 2", "Aye - 4 Nay - 0".
               rf"|\b\d{{1,2}}\s+{AYE_SIDE}\W{{1,3}}\d{{1,2}}\s+{NAY_SIDE}\b"
               rf"|\b{AYE_SIDE}\s*[:\-–]?\s*\d{{1,2}}\W{{1,3}}{NAY_SIDE}\s*[:\-–]?\s*\d", re.IGNORECASE),
    # A motion made: "A motion, duly made by …", "Cllr Rowe made a motion to …", "moved to approve …", "moved that …",
    # or told in the present as some clerks write: "Ada makes a motion to …", "Ada moves to adjourn", "Ada motions to
    # accept the bills" (an agenda's "Motion to adjourn" names the business to come).
    re.compile(r"\bmotion\s*,?\s+(?:was\s+)?(?:duly\s+)?made\b|\bma(?:de|kes)\s+a\s+motion\b"
               r"|\bmoved\s+(?:to\s+(?:approve|accept|adopt|adjourn)\b|that\b)"
               r"|\b(?:moves|motions)\s+to\s+(?:approve|accept|adopt|adjourn)\b", re.IGNORECASE),
    # The recorder's sign-off under a record of a meeting: "Respectfully submitted, Ada Ferrow, Town Clerk".
    re.compile(r"\brespectfully\s+submitted\b", re.IGNORECASE),
    # Who came, told in a sentence or a bare heading: "Present were …", "Those present were …", "PRESENT" or "Absent"
    # on a line of its own over the names, "Absent: Cllr Moss".
    re.compile(r"\b(?:present\s+were|(?:those|members|councillors|trustees|directors)\s+present\s+were)\b"
               r"|^\W*(?:members\s+|councillors\s+)?(?:present|absent)\W*$"
               r"|^\s*" + label_words(sections=("absent",)) + r"\s*[:\-–]", re.IGNORECASE | re.MULTILINE),
    # Who chaired, and the meeting opened or closed in the past tense: "Cllr Ash took the chair", "The chair opened the
    # meeting", "declared the meeting closed" (an agenda's "Chair to open the meeting" is still to come).
    re.compile(r"\btook\s+the\s+chair\b|\bin\s+the\s+chair\b|\b(?:opened|closed)\s+the\s+meeting\b"
               r"|\bdeclared\s+the\s+meeting\s+(?:open|closed)\b", re.IGNORECASE),
    # Business found empty: "There were no declarations of interest", "There was no correspondence", "No declarations
    # were made".
    re.compile(r"\bthere\s+(?:were|was)\s+no\s+(?:declarations?|interests?|questions?|public|members\s+of\s+the\s+public"
               r"|comments?|oral|apologies|other|further|matters?|items?|correspondence|reports?|new|old|unfinished)\b"
               r"|\bno\s+(?:declarations|interests)\s+(?:of\s+interest\s+)?(?:were\s+)?(?:made|declared|received|noted)\b",
               re.IGNORECASE),
    # What someone said, reported: "The Clerk reported that …", "Mr Hale replied that …".
    re.compile(r"\b(?:reported|stated|explained|advised|confirmed|commented|suggested|responded|replied)\s+that\b",
               re.IGNORECASE),
]
# One column heading of a budget or a forecast ("Budget", "FY 2031", "2031/32").
_BUDGET_HEADING_WORD = (
    r"(?:budget|actual|spent|estimated?|projected|forecast|variance|year|item|project|description|amount|method|notes"
    r"|fy[ \t]*\d{2,4}|\d{4}(?:[/-]\d{2,4})?)\b"
)
_PLAN_CUES = [
    re.compile(r"\bproposed\s+actions?\b", re.IGNORECASE),
    re.compile(r"\blead\s+agenc(?:y|ies)\b", re.IGNORECASE),
    re.compile(r"\bsupport(?:ing)?\s+agenc(?:y|ies)\b", re.IGNORECASE),
    re.compile(r"\bmeasures?\s+of\s+success\b", re.IGNORECASE),
    re.compile(r"\bemerging\s+issues?\b", re.IGNORECASE),
    re.compile(r"\bpriorities\s+for\s+\d{4}", re.IGNORECASE),
    re.compile(r"\bstrategic\s+assessment\b", re.IGNORECASE),
    re.compile(r"\bforeword\b", re.IGNORECASE),
    # A budget's or a capital forecast's column headings on a line of their own: "ITEM Budget Spent Budget Spent",
    # "YEAR PROJECT DESCRIPTION ESTIMATE METHOD", "FY 2031 Budget Notes FY 2031 Projected" (minutes tell of a budget in
    # sentences).
    # (Words stand apart by spaces of their own, so a long line that fails is given up in linear time.)
    re.compile(rf"^(?=[^\n]*\b(?:budget|estimate|forecast)\b)[ \t]*{_BUDGET_HEADING_WORD}(?:[ \t]+{_BUDGET_HEADING_WORD}){{2,}}"
               r"[ \t]*$", re.IGNORECASE | re.MULTILINE),
]
# What a plan's title calls it: "Recreation Plan 2031-2035", "Annual Investment Strategy", "CAPITAL BUDGET AND ASSET
# MANAGEMENT" / "FORECAST 2031-2041". "Plan Commission – Ada Ferrow" names a body reporting on an agenda, not a plan.
_PLAN_TITLE = re.compile(r"\b(?:plan(?![ \t]+commission\b)|strategy|budget|forecast)\b", re.IGNORECASE)
# A line that names a meeting, its papers or a body, or ends as a sentence or a label does, titles no plan: "Special
# Budget Meeting", "Budget Workshop Agenda", "… the plan shall be used for the current year.", "Strategy:".
_NOT_A_PLAN_TITLE = re.compile(
    r"\b(?:meeting|hearing|session|workshop|minutes|agenda|committee|commission|notice)\b|[.:;,]\s*$", re.IGNORECASE
)
PLAN_TITLE_LINES = 6
"""A plan's title stands within this many opening title lines (minutes name plans lower down, in their business)."""
PLAN_TITLE_WORDS = 12
"""A title line holds at most this many words; a longer line is a sentence that names a plan."""
# The sections a plan or strategy is set out in, each heading a line of its own: "Introduction", "Executive Summary",
# "Table of Contents", "2. Investment Objectives", "Our Vision", "Key Priorities", "Appendix A".
_PLAN_SECTION = re.compile(
    r"^[ \t]*(?:\d{1,2}\.?[ \t]+)?(?:[\w-]+[ \t]+){0,2}?(?P<section>introduction|executive[ \t]+summary|contents|objectives"
    r"|vision|priorities|implementation|appendix|acknowledge?ments)\b(?:[ \t]+[a-z0-9]{1,2})?[ \t]*:?[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)
PLAN_SECTIONS = 2
"""Kinds of plan section headed in a document that make one cue of a plan."""
_MINUTES_TITLE = re.compile(
    # Never a span of time ("15 minutes prior to the start", "two (2) minutes per speaker").
    r"\b(?<!\d[ \t])(?<!\)[ \t])(?:minutes|notes\s+(?:of|on)\s+(?:(?:a|the)\s+)?meeting)\b|\bM\s+I\s+N\s+U\s+T\s+E\s+S\b"
    # Other names for the record of a meeting held, as a title line gives them: "CITY COUNCIL MEETING REPORT",
    # "ACTION REPORT", "Council Meeting Summary", "Meeting Notes", "Action Notes", "Record of Decisions", "Notes from the
    # first open meeting of …", "Notes of the Elm Allotments Group" (never "Agenda Report", a report to a meeting to come).
    r"|^[^\w\n]*+(?:(?!agenda\b)[\w&'’,.-]+[ \t]++){0,6}"
    r"(?:(?:meeting|action)[ \t]+report|meeting[ \t]+(?:summary|notes)|action[ \t]+notes)[^\w\n]*$"
    r"|^[^\w\n]*+(?:[\w&'’,.-]+[ \t]++){0,6}record[ \t]+of[ \t]+(?:decisions|proceedings)\b"
    r"(?![ \t]+(?:of|from)[ \t]+(?:the[ \t]+)?(?:last|previous)\b)"
    r"|^[^\w\n]*+notes[ \t]+(?:of|from)[ \t]++(?!(?:the[ \t]+)?(?:last|previous)\b)",
    re.IGNORECASE | re.MULTILINE,
)
_AGENDA_CUES = [
    # "Agenda Item 5" labels an item in minutes as well as in an agenda.
    re.compile(r"^\s*agenda\b(?!\s+item)", re.IGNORECASE | re.MULTILINE),
    re.compile(r"\bagenda\s+items?\b", re.IGNORECASE),
    re.compile(r"\bnotice\s+of\s+(?:the\s+)?meeting\b", re.IGNORECASE),
    # The summons a notice of a meeting opens with: "You are hereby summoned", "You are requested to attend".
    re.compile(r"\byou\s+are\s+(?:hereby\s+)?(?:summoned\b|(?:requested|invited|required)\s+to\s+attend\b)",
               re.IGNORECASE),
    re.compile(r"\bmembership\b", re.IGNORECASE),
    re.compile(r"\bto\s+(?:receive|consider|note)\s+(?:any\s+)?(?:apologies|the\s+minutes|a\s+report)\b", re.IGNORECASE),
    # "SPECIAL BOARD MEETING NOTICE", "REGULAR MEETING AGENDA THURSDAY, MARCH 4" (a page's running title).
    # Never the agenda's approval in minutes ("3. Adoption of the Regular Meeting Agenda").
    re.compile(r"^[ \t]*(?:[\w'’-]+[ \t]+){0,4}meeting[ \t]+notice[ \t]*$"
               r"|^[ \t]*(?:(?!(?:approv|adopt|amend|chang|review|accept|confirm)\w*)[\w'’-]+[ \t]+){0,3}"
               r"meeting[ \t]+agenda\b", re.IGNORECASE | re.MULTILINE),
]
# The notice of a meeting still to come, as an agenda pack's front sheet gives it (not "the next meeting will be held").
_NOTICE = re.compile(
    r"\b(?:a|an|the)\s+(?:(?!next\b|following\b|future\b|last\b|previous\b)[\w-]+\s+){0,3}meeting\s+of\s+"
    r"[^.\n]{1,80}?\s+(?:will|is\s+to|shall)\s+be\s+held\b"
    r"|\byou\s+are\s+(?:hereby\s+)?(?:summoned|requested|invited)\s+to\s+attend\b"
    r"|^\s*notice\s+of\s+(?:(?:a|an|the)\s+)?(?:[\w-]+\s+){0,2}meeting\b"
    # "AGENDA", "REGULAR MEETING AGENDA" as the title (not "Approval of agenda", a minutes item).
    r"|^\s*(?:(?:regular|special|annual|council|board|committee|meeting)\s+){0,3}agenda\s*$",
    re.IGNORECASE,
)
# The title area of a notice of a meeting to come: "THE CITY OF ELMWOOD’S" / "MARCH COUNCIL MEETING" / "WILL BE HELD"
# set as a title of its own lines, or "A special Board meeting will be held on …". Never a meeting named with "the"
# ("The next meeting will be held", "The April meeting will be held", "The Annual Parish Meeting will be held"),
# which minutes announce.
_MEETING_TO_COME = re.compile(
    r"\b(?:a|an)\s+(?:(?!next\b|following\b|future\b|last\b|previous\b|subsequent\b|adjourned\b)[\w'’-]+\s+){0,5}"
    r"meeting\s+(?:will|is\s+to|shall)\s+be\s+held\b|\bmeeting[ \t]*\n[ \t]*(?:will|is\s+to|shall)\s+be\s+held[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)
# Who attended, noted in the title area as only a record of a meeting held does: "(all members present)", "All
# Commissioners were present", "There were no absences" (an agenda names who is summoned, never who came).
_ATTENDANCE_NOTE = re.compile(
    # The note ends at "present": "All Councillors present are reminded to declare …" is a summons on an agenda.
    rf"^\W*(?:all\s+(?:\w+\s+){{0,2}}?{member_plural_pattern()}"
    r"\s+(?:were\s+)?present(?:[ \t]*[.)])?[ \t]*$|there\s+were\s+no\s+absences\b)",
    re.IGNORECASE | re.MULTILINE,
)
# Where a record of a meeting held begins: its hours in brackets, "(19:15 TO 19:25)", or its minutes' title.
_RECORD_START = re.compile(
    r"^\s*\(\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?\s*)?(?:to|-|–)\s*\d{1,2}[:.]\d{2}"
    r"|^\s*(?:draft\s+|confirmed\s+)?minutes\s+of\s+(?:a\s+|the\s+)?(?:[\w-]+\s+){0,4}meeting\b.*\bheld\b",
    re.IGNORECASE,
)
# A title that calls the document minutes: "MINUTES", "TOWN BOARD MINUTES", "Minutes - Final" (not "3. Minutes of …").
_MINUTES_HEADING = re.compile(r"^\s*(?:[\w&'-]+\s+){0,6}minutes\b(?!\s+of\b)", re.IGNORECASE)
MINUTES_APPROVAL = re.compile(r"\b(?:approv|adopt|confirm|sign|agreed|accepted|amend|correct)", re.IGNORECASE)
"""What an item does to earlier minutes it names ("Minutes of the meeting held on 2 May were approved", "… as
amended"): such a line is an item, never the title of a meeting's own minutes."""
_AGENDA_TITLE = re.compile(r"\bagenda\b(?!\s+items?\b)", re.IGNORECASE)
# A line of business among the opening lines, never the document's title: a numbered item ("3. To approve the minutes
# of the last meeting", "1. Minutes – 8 May"), or the approval or change of the minutes or the agenda ("APPROVAL OF
# MINUTES", "Adoption of the Agenda", "Minutes of the previous meeting", "AGENDA CHANGES"). Agendas list the minutes
# to approve and minutes the agenda they approved; neither names what the document is.
_BUSINESS_LINE = re.compile(
    r"^\W*(?:\d{1,3}(?:\.\d{1,3}){0,2}[.):]|\(?(?:[a-z]|[ivx]{1,4})[.)])\s+\S"  # not "4 March 2031"
    rf"|^\s*{GLYPH_BULLET}\s"  # a bullet's line ("• Publication of Executive Session Minutes") titles nothing
    # The act, not a participle naming the document: "APPROVED MINUTES", "Amended Agenda" title it.
    r"|\b(?!\w+ed\s+(?:minutes|agenda)\b)"
    r"(?:approv|adopt|confirm|accept|correct|amend|chang|addition|modif|review|receiv|consider|sign)\w*\s+"
    r"(?:(?:of|to)\s+)?(?:the\s+)?"
    # "Approval of March 13, 2031, Regular BOD meeting minutes": the minutes of a day, named with its date.
    r"(?:[\w-]+,?\s+){0,6}?(?:minutes|agenda)\b"
    r"|\b(?:minutes|agenda)\s+(?:(?:of|from)\s+(?:the\s+)?(?:last|previous|prior|preceding)\b|"
    r"(?:changes|amendments|additions|modifications|approval)\b)",
    re.IGNORECASE,
)


# The first numbered item ("1. Call to Order", "IV) Apologies"): the title area ends above it.
_FIRST_ITEM = re.compile(r"^\s*(?:\d{1,2}|[IVX]{1,4})[.)]\s+[A-Za-z]")
# "Minutes of February 4, 2031", "Minutes – 8 May": a line naming the minutes of a day, as an agenda's item lists them.
_MINUTES_OF_A_DAY = re.compile(r"^\W*minutes\b[\s:–—-]*(?:(?:of|from|for)\s+)?(?:the\s+)?", re.IGNORECASE)


def _title_lines(opening: list[str]) -> list[str]:
    """The opening lines that may title the document: those above its first numbered item (`_FIRST_ITEM`), bar lines
    of business (`_BUSINESS_LINE`) and lines naming the minutes of another day than the meeting's ("Minutes of
    February 4" under "Regular Meeting – March 4")."""
    lines: list[str] = []
    for line in opening:
        if _FIRST_ITEM.match(line):
            break  # the business has begun: "Approval of the Agenda", "Minutes of …" below name no kind
        if not _BUSINESS_LINE.search(line):
            lines.append(line)
    days = [_day_of_minutes(line) for line in lines]
    meeting_days = [found[0] for line, day in zip(lines, days) if day is None for found in find_dates(line)[:1]]
    if not meeting_days:
        return lines
    return [line for line, day in zip(lines, days) if day is None or day == meeting_days[0]]


def _day_of_minutes(line: str) -> dt.date | None:
    """The date a "Minutes of <date>" line names, else None."""
    match = _MINUTES_OF_A_DAY.match(line)
    if match is None:
        return None
    found = find_dates(line[match.end() :])
    return found[0][0] if found and found[0][1] == 0 else None


def classify_document(document: ParsedDocument) -> Kind:
    """Return "minutes", "plan", "agenda" or "unknown" for `document`."""
    if _minutes_follow_their_agenda(document):
        return "minutes"  # the agenda, then the minutes of the same day's meeting: no pack carrying earlier minutes
    if find_carried_minutes(document) is not None:
        return "agenda"  # a notice of the meeting to come, with earlier minutes for approval
    text = _leading_text(document)
    folded = _fold_case(text)
    opening_lines = _opening_lines(document)
    opening = "\n".join(opening_lines)
    title_lines = _title_lines(opening_lines)
    titles = "\n".join(title_lines)
    scores: dict[Kind, int] = {
        "minutes": _count(_MINUTES_CUES, text, folded),
        "plan": _count(_PLAN_CUES, text, folded),
        "agenda": _count(_AGENDA_CUES, text, folded),
    }
    titled_minutes = _MINUTES_TITLE.search(titles) is not None
    if titled_minutes:
        scores["minutes"] += TITLE_WEIGHT
    if _titled_plan(title_lines) and not titled_minutes:
        scores["plan"] += TITLE_WEIGHT
    if _has_plan_sections(text):
        scores["plan"] += 1
    if _AGENDA_TITLE.search(titles) and not titled_minutes:
        scores["agenda"] += TITLE_WEIGHT
    if _has_plan_table(document):
        scores["plan"] += TITLE_WEIGHT
    if _ATTENDANCE_NOTE.search(opening):
        scores["minutes"] += TITLE_WEIGHT  # "Voting Agenda" over "(all members present)": the record of its votes
    if _MEETING_TO_COME.search(re.sub(r"[ \t]+", " ", opening)) and not titled_minutes:
        scores["agenda"] += TITLE_WEIGHT
    if _register_outcomes(text) >= REGISTER_OUTCOMES:
        # An "action agenda", "voting minutes", "results": the agenda's entries each closed by its outcome in capitals
        # ("GRANTED", "CONTINUED TO MAY 8") record the decisions taken, whatever the title says.
        scores["minutes"] += 2 * TITLE_WEIGHT
    if _lists_empty_parts(text):
        scores["agenda"] += TITLE_WEIGHT  # "CALL TO ORDER:" / "ROLL CALL:" / "PLEDGE OF ALLEGIANCE:" with nothing done
    best: Kind = max(scores, key=lambda kind: scores[kind])
    if scores[best] < MIN_SCORE:
        return "unknown"
    # Minutes quote plans and agendas, never the other way about, so minutes win ties.
    if scores["minutes"] == scores[best]:
        return "minutes"
    return best


def _register_outcomes(text: str) -> int:
    """How many lines of `text` are an outcome in capitals on its own (`extract/outcome_lines.py`)."""
    return sum(1 for line in text.splitlines() if outcome_line(line) is not None)


def _titled_plan(title_lines: list[str]) -> bool:
    """True when one of the first `PLAN_TITLE_LINES` title lines calls the document a plan, a strategy, a budget or a
    forecast as a title does: a short line that names no meeting and is no sentence."""
    return any(
        _PLAN_TITLE.search(line) and len(line.split()) <= PLAN_TITLE_WORDS and not _NOT_A_PLAN_TITLE.search(line)
        for line in title_lines[:PLAN_TITLE_LINES]
    )


def _has_plan_sections(text: str) -> bool:
    """True when the document heads at least `PLAN_SECTIONS` kinds of section a plan or strategy is set out in
    ("Introduction", "Objectives", "Appendix A"), as minutes, ordered by their business, do not."""
    found = {match.group("section").lower().split()[0] for match in _PLAN_SECTION.finditer(text)}
    return len(found) >= PLAN_SECTIONS


MIN_EMPTY_PARTS = 3
"""Procedural parts of a meeting listed one a line with nothing recorded under any that make the order of business
to come."""


def _lists_empty_parts(text: str) -> bool:
    """True when at least `MIN_EMPTY_PARTS` lines in a row each name only a procedural part of a meeting as a label
    ("CALL TO ORDER:", "ROLL CALL", "Pledge of Allegiance:"): an agenda's order of business, where minutes record under each
    part what was done (the roll under "ROLL CALL:", "The meeting was called to order at 7 pm")."""
    part = meeting_part_line()
    run = 0
    for line in text.splitlines():
        if not line.strip():
            continue
        label = line.strip()
        # Set as labels, in capitals or with a colon ("Call to Order" / "Pledge of Allegiance" in title case may be a
        # list in a paragraph's text, a typical order of business).
        run = run + 1 if part.match(label) and (label.endswith(":") or label.isupper()) else 0
        if run >= MIN_EMPTY_PARTS:
            return True
    return False


# A line that only titles what follows as the minutes: "Minutes", "Meeting Minutes", "Regular Meeting Minutes".
_MINUTES_ALONE = re.compile(r"^\s*(?:(?:draft|approved|official|regular|special|board|meeting)\s+){0,3}minutes\s*:?\s*$",
                            re.IGNORECASE)
DATE_LINES = 3
"""The minutes' title gives its meeting's date on its own line or within this many non-blank lines below it."""


def _minutes_follow_their_agenda(document: ParsedDocument) -> bool:
    """True for a meeting's page that prints its agenda and then its minutes ("Agenda" … "Minutes" / "Regular Meeting
    (Monday, August 27, 2018)"): a minutes title after the title area, dated the day the document opens with. Minutes of
    another day carried for approval are an agenda pack's (see `find_carried_minutes`)."""
    lines = [line.text.strip().strip("*#_ ") for line in document.iter_lines() if not line.is_blank][:CLASSIFY_LINES]
    titles = [index for index in range(OPENING_DATE_LINES, len(lines)) if _MINUTES_ALONE.match(lines[index])]
    if not titles:
        return False  # most documents: no dates need reading
    opening_dates = [found[0] for text in lines[:OPENING_DATE_LINES] for found in find_dates(text)]
    if not opening_dates:
        return False
    for index in titles:
        below = [found[0] for after in lines[index + 1:index + 1 + DATE_LINES] for found in find_dates(after)]
        if below and below[0] == opening_dates[0]:
            return True
    return False


OPENING_DATE_LINES = 5
"""The meeting's own date stands within this many non-blank opening lines."""


def find_carried_minutes(document: ParsedDocument) -> Line | None:
    """The line where an agenda pack's earlier minutes begin, else None.

    A pack opens with the notice of the meeting to come ("A meeting of the Audit
    Panel will be held", "You are summoned to attend") and carries the minutes of
    the last meeting for approval further on, opening with their hours in
    brackets, their title or their present list. Minutes that begin before any
    notice (and may announce the next meeting at their end) are no pack.
    """
    title = document.metadata.get("title", "").strip()
    if _MINUTES_HEADING.search(title) and not _AGENDA_TITLE.search(title) and len(title.split()) <= 8:
        return None  # a page titled "Minutes - 13th May" in its front matter, over "Agenda" / "Present: …": minutes
    noticed = False
    banner_at = None  # where a notice standing as a banner of its own line ("NOTICE OF MEETING") was met
    for count, line in enumerate(line for line in document.iter_lines() if not line.is_blank):
        text = line.text.strip().strip("*#_ ")
        if _is_record_start(text):
            return line if noticed else None
        titled = _MINUTES_HEADING.search(text) and len(text.split()) <= 8 and not text.endswith(".")
        if titled and (not noticed or banner_at is not None and count - banner_at <= BANNER_TITLE_LINES):
            # Titled as minutes before any notice, or straight under the notice's banner that the minutes kept from
            # their agenda ("NOTICE OF MEETING" / "PARKS COMMISSION" / "MINUTES FOR REGULAR MEETING"): minutes.
            return None
        if not noticed and count < NOTICE_LINES and _NOTICE.search(text):
            noticed = True
            banner_at = count if _is_banner(text) else None
        elif not noticed and count >= NOTICE_LINES:
            return None
    return None


BANNER_TITLE_LINES = 2
"""A minutes title within this many lines under a notice's banner is the document's own title."""
MAX_BANNER_WORDS = 5
"""A notice standing as a banner ("NOTICE OF REGULAR MEETING") is at most this long."""
_CALLS_A_MEETING = re.compile(r"\b(?:will|shall|summoned|requested|invited|held)\b", re.IGNORECASE)


def _is_banner(text: str) -> bool:
    """True for a notice set as a banner line ("NOTICE OF MEETING", "Notice of Special Meeting"), not a sentence that
    calls the meeting ("You are summoned to attend …", "A meeting … will be held:")."""
    short = len(text.split()) <= MAX_BANNER_WORDS and not text.endswith((".", ":"))
    return short and _CALLS_A_MEETING.search(text) is None


def _is_record_start(text: str) -> bool:
    if _RECORD_START.match(text):
        return MINUTES_APPROVAL.search(text) is None  # "Minutes of the meeting held on 2 May were approved": an item

    label = match_label(text, sections=("attendance",))
    return label is not None and label.label.status == "present" and not label.label.agendas


def _leading_text(document: ParsedDocument) -> str:
    """The first lines of the document: every kind shows itself well before this."""
    lines: list[str] = []
    for line in document.iter_lines():
        lines.append(line.text)
        if len(lines) >= CLASSIFY_LINES:
            break
    return "\n".join(lines)


def _opening_lines(document: ParsedDocument) -> list[str]:
    """The title area: the page's title from its front matter (the reader keeps it there), then the first lines."""
    lines: list[str] = [document.metadata[key] for key in ("title", "subtitle") if document.metadata.get(key)]
    lines += document.metadata.get(RUNNING_TITLE, "").splitlines()  # a PDF's title block reprinted over every page
    for line in document.iter_lines():
        if line.is_blank:
            continue
        lines.append(line.text)
        if len(lines) >= OPENING_LINES:
            break
    return lines


def _count(cues: list[re.Pattern[str]], text: str, folded: str) -> int:
    return sum(1 for cue in cues if _may_hold(cue, text, folded) and cue.search(text))


def _may_hold(cue: re.Pattern[str], text: str, folded: str) -> bool:
    """False when the word `cue` opens with is absent, so the (slow) regex search cannot match."""
    word = _leading_word(cue)
    if word is None:
        return True
    return word.lower() in folded if cue.flags & re.IGNORECASE else word in text


def _fold_case(text: str) -> str:
    """`text` lower-cased so that every letter a case-blind regex takes for an ASCII letter becomes it."""
    return text.translate(_FOLD_TO_ASCII).lower()


# The non-ASCII letters re.IGNORECASE matches to an ASCII letter, where str.lower() does not give it
# ("İ" lower-cases to two characters).
_FOLD_TO_ASCII = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s"})
_OPENING_WORD = re.compile(r"(?:\\b|\^\\s\*)(?P<word>[A-Za-z]+)(?P<next>.?)")


@lru_cache(maxsize=None)
def _leading_word(cue: re.Pattern[str]) -> str | None:
    """The literal word every match of `cue` starts with ("\\bforeword\\b" -> "foreword"), if plain to see."""
    if _has_top_level_alternative(cue.pattern):
        return None
    match = _OPENING_WORD.match(cue.pattern)
    if match is None:
        return None
    word = match.group("word")
    if match.group("next") in ("?", "*", "{"):
        word = word[:-1]  # "measures?": the last letter is optional
    return word or None


def _has_top_level_alternative(pattern: str) -> bool:
    depth = 0
    escaped = False
    for char in pattern:
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            return True
    return False


def _has_plan_table(document: ParsedDocument) -> bool:
    """True when a table header names lead agencies and actions, as action plans do."""
    for table in document.tables:
        for row in table.rows[:3]:
            header = " ".join(row).lower()
            if "lead" in header and ("action" in header or "agenc" in header):
                return True
    return False
