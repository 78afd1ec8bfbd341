"""The meeting a document records: body, date, times, venue, next meeting.

The header is the run of lines before the first attendance list, agenda item
or table; the body, date, start time and venue are read from it. The end time
and the next meeting are found anywhere, by the phrases that announce them.
For plans the body and the period come from the title and the text.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import islice

from ..ingest.document import RUNNING_TITLE, Line, Page, ParsedDocument, make_document
from ..ingest.text import FRONT_MATTER_MAX_LINES, front_matter_end, read_front_matter
from ..names import (
    HONORIFIC,
    INITIALS_AND_SURNAME,
    SPELLED_NAME_WORD,
    body_word_pattern,
    legal_form_pattern,
    load_title_words,
)
from .addresses import street_word_pattern
from .agenda_words import agenda_words, meeting_part_line
from .dates import (
    CLOCK,
    MERIDIEM,
    MONTH_NAMES,
    MONTHS,
    WEEKDAY_NAME,
    Span,
    clock_alone,
    date_in_file_name,
    find_dates,
    find_day_month_dates,
    month_alone,
    month_in_file_name,
    parse_time,
    prefers_month_first,
)
from .items import MEETING_END_VERBS, MOTION_OPENING, MUNICIPAL_BANNER, TIMED_ENTRY
from .kind import find_carried_minutes
from .names import is_role
from .owners import load_owner_words
from .records import Evidence, Kind, Meeting
from .sections import GLYPH_BULLET, is_roll_call_heading, opening_label, without_lead

HEADER_MAX_LINES = 20
"""At most this many non-blank lines before the first list or item are the header."""
DATELINE_MAX_LINES = 40
"""When the header holds no date, a line this far down that opens with one dates the meeting
(a board's roster of members can fill the lines above it)."""
TIME_REACH = 30
"""How far (characters) after "adjourned the meeting at" its time may be written."""
BANNER_MAX_WORDS = 6
"""An organisation's name over a board's generic name ("Board of Directors") is short."""
NEXT_MEETING_WINDOW = 8
"""Lines after a "Date of future meetings" heading that may hold its dates."""
NEXT_MEETING_REACH = 80
"""How far (characters) after "next meeting" its date may be written."""
WRAPPED_LINE_LENGTH = 50
"""A header line at least this long that ends mid-sentence runs on to the next line."""
BARE_VENUE_MAX_WORDS = 12
"""A header line naming only a place is short; longer lines are titles or sentences."""
ROLE_LINE_MAX_WORDS = 4
PERSON_LIKE_PLACE_WORDS = 2
"""A place before a street number with no comma and no building word must have more words than this (a person's name)."""
"""The most words of a letterhead line naming the office of the person on the line above ("Board President")."""
BODY_MAX_WORDS = 14
ORGANISATION_BANNER_MAX_WORDS = 10
"""A voluntary organisation's name in a letterhead is at most this long ("Elm Lake and Usher Lake Property Owners'
Association")."""
RUNNING_HEADER_LINES = 3
"""A page's running header is among its first lines."""
TITLE_MAX_LINES = 4
"""A minutes' title set over several heading lines runs on through at most this many."""
BOXED_NOTICE_MAX_LINES = 4
"""A notice framed above the title (read as one-cell table rows) runs to at most this many lines."""
"""A heading longer than this is a sentence, not a committee's name."""

# A body's head noun, from the one list of them (names' `body_words`). "Working" is none: only with "Party" or "Group"
# (each a body's word itself) is it in a name, so a motto "Working with the Community" is no name. "Executive
# Session" is a part of a meeting held in private, not a body.
_BODY_WORDS = re.compile(rf"\b(?!executive\s+session)(?:{body_word_pattern()})\b", re.IGNORECASE)
_COUNCIL_BANNER = re.compile(
    r"^(?:the\s+)?(?:[\w'&-]+\s++){1,4}(?:county|district|borough|city|town|parish|metropolitan)?\s*+council$",
    re.IGNORECASE,
)
# Kinds of meeting that are no part of the body's name: "Regular City Council". The one list of them: every
# pattern that names a sort of meeting builds on it.
# "Organizational Meeting", "Reorganization Meeting": the meeting a US board holds each year to elect its officers.
_SORTS = (r"(?:regular|special|ordinary|extraordinary|monthly|annual|adjourned|emergency|reconvened|rescheduled|"
          r"organi[sz]ational|reorgani[sz]ation(?:al)?)")
# "Minutes of the July Monthly Meeting of X held", "MINUTES OF PROCEEDINGS AT MEETING OF X HELD IN".
_MEETING_OF = re.compile(
    r"\b(?:(?:minutes?|notes|record)\s+of\s+(?:proceedings\s+(?:at|of)\s+)?|notes\s+from\s+|proceedings\s+(?:at|of)\s+)"
    r"(?:(?:a|the)\s+)?(?:[\w-]+\s+){0,3}?meeting\s+(?:\([^()]{1,30}\)\s+)?of\s+(?:the\s+)?"
    r"(?P<body>.+?)(?<!\s)\s++(?:(?:was\s+)?held|which\s+took\s+place|on\s|at\s|in\s|"
    r"to\s+(?:discuss|consider|receive|review|approve|agree|adopt)\b)",
    re.IGNORECASE,
)
_MEETING_OF_TITLE = re.compile(
    r"^(?:minutes?|notes|record)\s+(?:of|(?<=notes\s)from)\s+(?:(?:a|the)\s+)?(?:[\w-]+\s+){0,2}?meeting\s+of\s+(?:the\s+)?(?P<body>[^,;]+?)(?<!\s)\s*+$",
    re.IGNORECASE,
)
# The opening sentence: "A regular meeting of X was held on …", "A meeting of X will be held:", and without the
# article at the line's start or after its dateline: "Regular Meeting of the Board of Trustees of the Village of Elm
# was held on …".
_A_MEETING_OF = re.compile(
    r"(?:\b(?:a|an|the)\s+(?:(?!next\b|last\b|previous\b|following\b|future\b)[\w-]+\s+){0,3}?|"
    rf"(?:^|(?<=[\d.:]\s))(?:{_SORTS}\s+){{0,2}})"
    r"meeting\s+of\s+(?:the\s+)?"
    r"(?P<body>.+?)(?<!\s)\s++(?:was\s+held|will\s+be\s+held|(?:is\s+)?to\s+be\s+held|held|took\s+place|"
    r"was\s+called\s+to\s+order|(?:was\s+)?convened|commenced|began)\b",
    re.IGNORECASE,
)
# "Elmstead and Wye Community Council held their meeting via Zoom at 7.30pm …": the body opens the sentence.
_BODY_HELD_ITS_MEETING = re.compile(
    r"(?:^|(?<=\d\s)|(?<=[.!?]\s))(?:(?i:the)\s+)?(?P<body>[A-Z][\w&'’-]*(?:\s+(?:[A-Z][\w&'’-]*|and|&|of|the|for)){0,8}?)\s+"
    r"(?i:held|met\s+for)\s+(?i:their|its|a|an|the)\s+(?:[\w-]+\s+){0,2}?(?i:meeting)\b"
)
# A line wholly in quotation marks: a letterhead's motto.
# "Welcome to the regular meeting of …": the chair's greeting, a sentence (`_WELCOME_TO_MEETING` reads the body in it).
_WELCOME = re.compile(r"^(?i:welcome)\b")
_QUOTED_LINE = re.compile(r"^[\"“”„‘’'].*[\"“”’'][.!]?$")
# "On Wednesday, March 4, 2031 the Elm Lake Board of Supervisors met at the Town Hall", "The Town of Elm Board of
# Supervisors met in regular session": the opening sentence names the body before "met".
_BODY_MET = re.compile(
    # "The members of the Elm Park Friends Group met at the Lodge": the body after the members it is made of.
    r"(?:^|(?<=\d\s)|(?<=\d,\s)|(?<=[.!?]\s))(?:(?i:the)\s+)?(?:(?i:members|trustees|directors|committee)\s+of\s+(?:(?i:the)\s+)?)?"
    # "The City Council of the City of Elmton, Northland met for a regular meeting": the place's state after a comma,
    # and closed by one ("The Board of Supervisors of Elm County, Northland, met in regular session", "The School Board
    # of the Parish of Elm, State of Northland, met in Regular Session").
    r"(?P<body>[A-Z][\w&'’-]*(?:\s+(?:[A-Z][\w&'’-]*|and|&|of|the|for)){0,12}?"
    # A person set off by commas is no state: "The Parks Committee, Chair Lee, met at the Pavilion".
    rf"(?:,\s+(?!(?:{HONORIFIC}|Cllr|Councillor|Chair\w*|Mayor|President|Vice|Clerk|Secretary|Treasurer)\b)"
    r"(?P<state>(?:(?:State|Commonwealth)\s+of\s+)?[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?))?)(?(state),?)\s+"
    # "… convened in a regular session, at its regular place of meeting": "convened" as "met".
    rf"(?:met|convened)\s+(?:(?i:in\s+(?:a\s+)?{_SORTS}\s+session)|(?i:at|in|on)\s|"
    # "The Elm Board of Education met for regular meeting at 6:02 p.m.": the article may be left out.
    r"(?i:for\s+(?:(?:a|an|its|their|the)\s+)?(?:[\w-]+\s+){0,2}?meeting\b))"
)
# Words that name a governing body in general; a body made only of them needs its organisation's name.
_GENERIC_BODY_WORDS = {
    "city", "town", "township", "village", "county", "borough", "parish", "district", "council", "board", "of",
    "the", "and", "directors", "trustees", "supervisors", "commissioners", "selectmen", "aldermen", "commission",
    "planning", "common", "select", "education", "governors",
    # "Community Council": a Scottish or Welsh community's council, named in full only with its place ("Elmford and
    # District" set over "Community Council" in a letterhead).
    "community",
    # "Committee", "Executive Committee", "Management Committee": a club's or association's committee, named in full
    # only with the organisation over it.
    "committee", "executive", "management", "steering",
    # "School Board", "School Committee", "Board of School Directors": a school system's board, named in full only with
    # the district over it ("ELM COUNTY PUBLIC SCHOOLS" over "SCHOOL BOARD MEETING").
    "school",
}
# "Council" alone: the whole council, named by its banner ("Full Council" is kept as written, the meeting's own name).
_WHOLE_COUNCIL = re.compile(r"^council$", re.IGNORECASE)
_GENERIC_BODY = re.compile(r"\b(?:council|board|commission|school\s+committee)\b", re.IGNORECASE)
# A school system's name, which a letterhead may set under its board's generic name ("BOARD OF EDUCATION" / "ELM PUBLIC
# SCHOOLS", "BOARD OF SCHOOL TRUSTEES" / "Elm Community School Corporation").
_SCHOOL_SYSTEM = re.compile(
    r"\b(?:(?:public|city|county|area|community|regional|local)\s+schools|school\s+(?:district|corporation|system)|ISD)$",
    re.IGNORECASE,
)
_BARE_COMMITTEE = re.compile(r"^(?:(?:the|executive|management|steering)\s+)*committee$", re.IGNORECASE)
_MEETING_SORT = re.compile(rf"^{_SORTS}\s+", re.IGNORECASE)
# Kinds of meeting a board holds apart from its business meetings: what makes a meeting special (see
# `_SPECIAL_MEETING`), and with the work, study and hearing sessions what may stand between the body's name and
# "meeting" or "session" in its call to order ("The Elm Board of Education Work Session was called to order", "…
# called the Board of Education Public Hearing meeting to order").
_SPECIAL_KINDS = r"closed|executive|workshop|budget|joint"
_SESSION_KINDS = rf"(?:{_SPECIAL_KINDS}|work|study|public\s+hearing)"
# The opening sentence's call to order, naming the body in the meeting it opens (the minutes of a board whose title
# names no body): "President Lee called the regular meeting of the Elm Unified School District Board of Education to
# order", "Chair Orr called the Elm School Committee meeting to order", "The Elm Housing Authority Board of
# Commissioners Regular Session was called to order". The name is capitalised words and their joining words, so
# "called the meeting to order" or "… the Board's meeting was called to order" give none.
_CALLED_NAME = r"(?P<body>[A-Z][\w&'’.-]*(?:\s+(?:[A-Z][\w&'’.-]*|and|&|of|the|for|No\.\s*\d{1,4})){0,11}?)"
_BODY_CALLED_TO_ORDER = (
    re.compile(
        rf"\b(?i:called)\s+(?:(?i:the|a|an)\s+)?(?:(?i:{_SORTS}|{_SESSION_KINDS})\s+){{0,2}}(?i:meeting|session)\s+(?i:of)\s+"
        rf"(?:(?i:the)\s+)?{_CALLED_NAME}\s+(?i:to\s+order)\b"
    ),
    re.compile(
        rf"\b(?i:called)\s+(?:(?i:the)\s+)?{_CALLED_NAME}(?:\s+(?i:{_SORTS}|{_SESSION_KINDS}))*\s+(?i:meeting|session)\s+"
        r"(?i:to\s+order)\b"
    ),
    # The sentence opens with the name: at the line's start, after a stop or a figure, or on "The" wherever it stands
    # ("CALL TO ORDER The Elm Housing Authority …": a heading the text runs into).
    re.compile(
        rf"(?:^|(?<=[.!?:]\s)|(?<=\d\s)|(?<=\b(?-i:The)\s))(?:(?-i:The)\s+)?{_CALLED_NAME}"
        rf"(?:\s+(?i:{_SORTS}|{_SESSION_KINDS}))*"
        r"\s+(?i:meeting|session)\s+(?i:was|were)\s+(?i:called\s+to\s+order|convened)\b"
    ),
)
# "Welcome to the March 4, 2031, meeting of the Elm County Board of Education.": a school board's agenda-software
# minutes open with the chair's greeting, which names the body; "welcomed everyone to the regular meeting of …" too.
_WELCOME_TO_MEETING = re.compile(
    r"\b(?i:welcome(?:d\s+(?:everyone|all|those\s+present|members|the\s+public))?)\s+(?i:to)\s+(?i:the|this|tonight['’]s)\s+"
    rf"(?:[\w,'’-]+\s+){{0,5}}?(?i:meeting|session)\s+(?i:of)\s+(?:(?i:the)\s+)?{_CALLED_NAME}"
    r"(?=\s*[.,!;:]|\s*$|\s+(?i:and|at|on|in|held)\b)"
)
# "Minutes of the Regular Board Meeting of the Elm Water District", "… BOARD OF DIRECTORS MEETING OF THE" / "ELM
# VALLEY FIRE DISTRICT": a special district's board named before "meeting", the district (no body's word of its own)
# after it. The body is the board of that district, as "Meeting of the Board of Directors of the …" names it.
_BOARD_MEETING_OF = re.compile(
    rf"^(?:minutes?|notes|record)\s+of\s+(?:(?:a|an|the)\s+)?(?:{_SORTS}\s+){{0,2}}"
    r"(?P<board>(?:board|commission|committee)(?:\s+of\s+(?:directors|trustees|commissioners|governors))?)"
    rf"(?:['’]s)?\s+(?:{_SORTS}\s+)?meeting\s+(?P<of>of\s+(?:the\s+)?)(?P<district>(?!(?i:the)$)[^,;]+?)(?<!\s)\s*+$",
    re.IGNORECASE,
)
# `(?<!\s)` (here and below): a match starts only where a run of spaces starts, and `\s++` keeps what it took, so a
# long run of padding is scanned once, not once from each of its spaces.
# "Elmbury Community Council public meeting", "… virtual meeting": how it met, after the name only.
_TRAILING_SORT = re.compile(rf"(?<!\s)\s+(?:{_SORTS}|public|virtual|online|remote|open|inaugural)$", re.IGNORECASE)
# "Port of Elm Regular Commission", "Town of Elm Special Board", "Elm Annual Parish Council": the meeting's sort set
# between the body's own name and its last word (a council, board or commission, maybe after the kind of place). A
# committee keeps its word ("Elm Emergency Committee" is a name), and so does what is not a place's kind ("Special
# Education Board", "Elm Special District Board", "Elm County Emergency Planning Commission").
_INNER_SORT = re.compile(
    rf"(?<!\s)\s+{_SORTS}(?=\s+(?:(?:city|town|township|village|county|parish|borough|community)\s+)?"
    r"(?:council|board|commission|selectboard)$)",
    re.IGNORECASE,
)
# A sentence, not a name: "This Regular Meeting of Council was called to order".
_SENTENCE_VERB = re.compile(
    r"\b(?:was|were|is|are|will|shall|must|should|would|has|have|had|adjourned|convened|called|met|closed|opened|held)\b",
    re.IGNORECASE,
)
# The label of a header grid's row naming the meeting: "Title of Meeting | X".
_BODY_LABEL = re.compile(
    # "What: Regular Meeting of the Elm Park Board" over "When:" and "Where:", as a notice-style header sets it.
    # "Name of Club: Elm Walkers", "Organisation: Elm Residents Association": a club's or society's form.
    r"^\s*(?:title\s+of\s+(?:the\s+)?meeting|meeting\s+title|name\s+of\s+(?:the\s+)?meeting|meeting|committee|body"
    r"|name\s+of\s+(?:the\s+)?(?:club|society|association|organi[sz]ation|group)|organi[sz]ation"
    # "What: to discuss the fence" says what the meeting is about: only a name after "What:" is a body.
    r"|what(?=\s*[:\-–]\s*(?-i:[A-Z])))"
    r"\s*[:\-–]\s*(?P<body>.+)$",
    re.IGNORECASE,
)
# Labels of a header grid, whose rows print label and value in cells or apart, without a colon.
_GRID_LABEL = re.compile(
    r"^(?:title\s+of\s+(?:the\s+)?meeting|meeting\s+title|name\s+of\s+(?:the\s+)?meeting|date(?:\s+of\s+meeting)?|"
    r"meeting\s+date|time|times|place|venue|location|meeting\s+(?:time|place|venue|location)|start(?:ing)?\s+time|"
    r"(?:time|place|venue|location)\s+of\s+(?:the\s+)?meeting)$",
    re.IGNORECASE,
)
_GRID_TEXT = re.compile(r"^\s*(?P<label>[A-Za-z][A-Za-z ]{1,24}?)(?:\t+|\s{2,})(?P<value>[A-Z0-9].*)$")
# "Minutes of the Governing Body meeting held …": the body named before "meeting".
_BODY_MEETING = re.compile(
    r"\b(?i:minutes?|notes|record)\s+(?i:of)\s+(?:(?i:a|the)\s+)?(?P<body>(?:[A-Z][\w&'’-]*\s+){1,8}?)"
    r"(?i:meeting)\s+(?i:held|on|at|in)\b"
)
# A line that only names the record: "MINUTES", "SUMMARY MINUTES", "ACTION REPORT", "Meeting Notes".
_RECORD_TITLE = re.compile(
    r"^(?:(?:draft|approved|unapproved|official|summary|action|regular|special|council|board|meeting)\s+){0,3}"
    r"(?:minutes|notes|report|summary|record\s+of\s+(?:decisions|proceedings))\W*$",
    re.IGNORECASE,
)
_MINUTES_AFTER_BANNER = re.compile(r"[.,:;]?(?<!\s)\s+(?i:minutes|notes)\s+(?i:of)\b")
_NEXT_MEETING_OF = re.compile(
    r"\bnext\s+meeting\s+of\s+(?:the\s+)?(?P<body>[A-Z][\w&,' -]+?)\s+(?:will|is|would|to)\b"
)
# An item heading ends the header; so does a line opening the attendance or apologies (see `_ends_header`).
# "1. Welcome", "Item 4", and an item numbered with its section's letter: "1.A Pledge of Allegiance".
# "1.PRESENT: …", "7.Hall Booking": the number typed with no space before the heading's first word.
_ITEM_OPENER = re.compile(
    r"^\s*(?:\d{1,3}(?:[.)]|\.[A-Z](?=\s))?\s+[A-Z]|\d{1,3}\.(?-i:[A-Z][A-Za-z])|(?:agenda\s+)?item\s+\d)", re.IGNORECASE
)
# A weekday ending the text before a date ("… AUTHORITY Wednesday- January 4"); anchored and stripped in steps
# (see `_without_weekday_end`) so a long run of padding cannot make the regex backtrack.
_WEEKDAY_END = re.compile(r"(?:mon|tues|wednes|thurs|fri|satur|sun)day$", re.IGNORECASE)
# "Home > Meetings > Minutes", "[Meetings](Meetings) -\\> [Board Meeting Minutes](…)": a wiki's trail of links.
_BREADCRUMB = re.compile(r"\s[>»|/]\s|[>»]\s*$|-\\?>|\]\(")
# "Ann Lee, Floating Board Member": a person and their office, listed among those present.
_PERSON_AND_OFFICE = re.compile(
    r"^[-–•*\s]*(?:[A-Z][\w'’.-]*\s+){1,3}[A-Z][\w'’-]+,\s+[^,]*\b(?:Member|President|Chair(?:man|person|woman)?|Secretary|"
    r"Treasurer|Officer|Director|Clerk|Trustee)s?$"
)
# "Elm Parish Council Meeting", "… Council A.G.M.", "… Council Annual General Meeting": the meeting, not the body.
_TRAILING_MEETING = re.compile(
    # "Committee Meeting – Minutes": the record's name after a dash.
    # "PLANNING COMMISSION AGENDA", "… Meeting Agenda": the notice's name.
    r"(?<!\s)\s++(?:(?:annual\s+)?general\s+meeting|a\.?\s?g\.?\s?m\b\.?|meeting|minutes|notes|(?:meeting\s+)?agenda|"
    r"meeting\s+(?:[-–—:]\s+)?(?:minutes|notes)|"
    # "City Council Meeting Report", "… Action Report", "… Meeting Summary", "… Summary Minutes": what the record is called.
    r"(?:meeting|action)\s+report|meeting\s+summary|summary\s+minutes)$",
    re.IGNORECASE
)
_LEADING_LABEL = re.compile(
    # "Committee of the Whole", "Committee of Adjustment" are names: only "Committee:" is a label.
    # "AGREED Minutes for the …", "DRAFT MINUTES OF …": the record's status before its title.
    # "DRAFT-ELM RANCH ASSOCIATION, INC.", "Draft – Minutes of …": the status glued on with a dash.
    r"^(?:(?:draft|agreed|approved|unapproved|final|adopted|confirmed|signed)(?:\s+|\s*[-–—:]\s*)){0,2}"
    r"(?:title\s+of\s+(?:the\s+)?meeting\s*[-–:]|(?:minutes|notes|meeting)\s*(?:of\b|[-–:])|(?:committee|body|title|what)\s*[-–:]|"
    r"(?:minutes|notes)\s+for\b|"  # "MINUTES FOR VILLAGE OF ELM GROVE BOARD OF TRUSTEES MEETING"
    r"proceedings\s+of\b|"  # "PROCEEDINGS OF THE ELM PARISH SCHOOL BOARD": the record's name, as boards' journals put it
    # "Meeting Minutes from the Board Meeting": the record's name, then the meeting it was taken at.
    r"(?:meeting\s+)?(?:minutes|notes)\s+from\b|"
    # "Meeting Minutes BOARD OF COMMISSIONERS": the record's name run into the body's, as a page's running head sets it.
    r"meeting\s+minutes\s+(?=(?-i:[A-Z]))(?!(?i:of|for|from)\b)|"
    r"summary\s+of\b(?!\s+(?:the\s+)?(?:actions?|decisions?|minutes)\b)|"  # "SUMMARY OF ELM CITY COUNCIL MEETING"
    rf"{_SORTS}\s+meeting\s+of\b|"
    # "A meeting of the Elm Strategic Policy Committee" / "was held in …": the opening sentence wrapped before its verb.
    rf"an?\s+(?:{_SORTS}\s+)?meeting\s+of\b|"
    # "AGM of the Parish Council", "Annual General Meeting of the Elm Society": the meeting, then whose it is.
    r"(?:annual\s+general\s+meeting|a\.?\s?g\.?\s?m\.?)\s+of\b)"
    r"\s*(?:the\s+)?",
    re.IGNORECASE,
)
STATUS_WORDS = "draft|unapproved|approved|unconfirmed|confirmed|provisional|final|amended|revised"
"""The words a title gives the record's status by ("DRAFT", "Minutes - Approved", "(unconfirmed)"), never the body's."""
_STATUS_CAPITALS = "DRAFT|UNAPPROVED|UNCONFIRMED|PROVISIONAL"
"""The status words that mark a title in capitals with no dash or bracket before a name ("DRAFT Elmford …")."""
# "DRAFT-ELM RANCH ASSOCIATION, INC.", "UNAPPROVED: Elm Township Board": the record's status glued on before the name.
# "DRAFT Elmford Parish Council Minutes": the marker in capitals before a name that is not, with no dash.
_STATUS_PREFIX = re.compile(
    rf"^(?:(?i:{STATUS_WORDS})\s*[-–—:]\s*|(?:{_STATUS_CAPITALS})\s+(?=[A-Z][a-z]))"
)
# "DRAFT Minutes", "Approved: Minutes of the EFG AGM": the record's status before its title, in capitals or not, which no
# society's initials are.
_STATUS_LEAD = re.compile(rf"^(?i:{STATUS_WORDS})\b\s*[-–—:]?\s*")
# "Elmford Parish Council – DRAFT", "… Minutes (DRAFT)", "… Minutes - Draft", "… (unconfirmed)": the record's status
# after the name, set off by a dash, a comma or brackets.
_STATUS_SUFFIX = re.compile(
    rf"(?<![\s,:|–—-])(?:\s*+[,:|–—-]\s*+[(\[]?|\s++[(\[]|\s++(?=(?:{_STATUS_CAPITALS})\b))"
    rf"(?i:{STATUS_WORDS})(?:\s+(?i:minutes|copy|version))?[)\]]?$"
)
_MINUTES_LINE = re.compile(
    r"^(?:minutes|notes|record)\s+(?:of\s+(?:a|an|the)\s+(?:\w+\s+)?meeting|of\s+(?:proceedings\s+(?:at|of)\s+(?:\w+\s+){0,2})?meeting)\b",
    re.IGNORECASE,
)
# The opening of a minutes' title set over several lines, where the body's name follows on the next: "MINUTES OF THE
# REGULAR BOARD MEETING" (the meeting's sort in two words) / "OF THE DISTRICT BOARD OF THE" / …, and "MINUTES OF THE"
# alone on its line.
_TITLE_OPENING = re.compile(
    r"^(?:minutes|notes|record)\s+of(?:\s+(?:a|an|the))?(?:\s+(?:[\w-]+\s+){0,2}meeting)?$",
    re.IGNORECASE,
)
# A header line telling where the meeting was held, never who held it.
_HELD_AT = re.compile(
    r"^\(?(?:(?:the\s+)?meeting\s+(?:was\s+)?|which\s+was\s+)?held\s+(?:in|at|via|on|remotely|virtually|online)\b",
    re.IGNORECASE,
)
# "X Council's February meeting followed …": a sentence about the body, whose name ends at the possessive.
_PROSE_NAMING_A_BODY = re.compile(rf"{_BODY_WORDS.pattern}['’]s\s", re.IGNORECASE)
_THE = re.compile(r"^the\s", re.IGNORECASE)
# "Minutes of a meeting of the above Council", "… of the above-named Committee", "… of the said Board": a pointer to
# the name printed over the title, never a name itself.
_BACK_REFERENCE = re.compile(
    r"^(?:the\s+)?(?:above(?:[\s-]?(?:named|mentioned))?|said|aforesaid|aforementioned|same)\s", re.IGNORECASE
)
# "Mr Ann Lee, Lead Officer, Elm County Council": a person named with their title, never part of a body's name.
_PERSON = re.compile(rf"\b(?:{HONORIFIC}|Cllr|Councillor)\.?\s+[A-Z][a-z]")
# Words of a title line about the meeting or its date, never an organisation's name.
_NOT_A_BANNER = re.compile(
    # "SPECIAL" alone or before the meeting's body ("SPECIAL CITY COUNCIL") is the meeting's sort; before other words it
    # opens a body's own name ("ELM SPECIAL ZONING REVIEW" over "COMMISSION").
    r"\b(?:minutes|agenda|notes|meeting|session|regular|"
    r"special(?!\s+(?!(?:" + "|".join(sorted(_GENERIC_BODY_WORDS - {"of", "the", "and"})) + r"|called|joint)\b)\w)|"
    r"draft|approved|unapproved|"
    rf"(?:mon|tues|wednes|thurs|fri|satur|sun)day|{MONTH_NAMES})\b",
    re.IGNORECASE,
)
# "Board present: Ann Lee, Bob Ash", "Members absent: …": who attended, under a label naming the body's members.
_PRESENT_LABEL = re.compile(r"^[A-Z][\w' ]{0,30}?\b(?:present|absent|attending|in\s+attendance)\s*:", re.IGNORECASE)
# "… Hargens recommends that the Board of Education approve the": three words in lower case in a row, none a word a
# title in small letters is made of ("Minutes of parish council meeting held on …", "… of the monthly meeting"), make
# a line prose, not a name. It is looked for past the record's title and status (`_without_record_title`), whose "of
# the" is no prose ("DRAFT Minutes of the monthly meeting of Elm Town Council").
_NAME_WORD = (r"(?!(?:meeting|minutes|notes|council|board|committee|commission|parish|town|city|county|district|"
              rf"community|{_SORTS})\b)")
_PROSE_RUN = re.compile(rf"\b{_NAME_WORD}[a-z]{{2,}}\s+{_NAME_WORD}[a-z]{{2,}}\s+{_NAME_WORD}[a-z]{{2,}}\b")
# "IV. Action Item: Motion to …": an item numbered in roman figures, which no body's name opens with.
_ROMAN_ITEM = re.compile(r"^[IVX]{1,5}[.)]\s")
_PLACE_ABBREVIATION_END = re.compile(r",\s*(?i:co|st|mt)\.$")
_JOINING_END = re.compile(r"(?:,|\s(?i:and|of|the|in|at|on|held|for|to|by))$")
_WORD_JOINING_END = re.compile(r"\s(?i:of|the|in|at|on|held|for|to|by)$")
_ANY_LABEL = re.compile(r"^\s*[A-Z][A-Za-z ]{1,30}:\s")
_DATE_LABEL = re.compile(r"^\s*(?:date|meeting\s+date|date\s+of\s+meeting)\s*[:\-–]", re.IGNORECASE)
# `\s*+`: the spaces after the figures are taken once, so a long run of them before "-" is scanned once.
_TIME_OF_DAY = rf"{CLOCK}\s*+(?:{MERIDIEM}\.?)?"
# A meeting's hours: "19:15 to 19:25", "7 PM - 9 PM", "10 AM – 12 PM".
_HOURS = rf"{_TIME_OF_DAY}\s*+(?:-|–|—|to)\s*+{_TIME_OF_DAY}"
# The meeting's hours alone on a line, as committee minutes print them: "(19:15 TO 19:25 AND 20:25 TO 20:27)".
_HOURS_LINE = re.compile(rf"^\(?\s*{_HOURS}(?:\s*(?:,|and|&)\s*{_HOURS})*\s*\)?$", re.IGNORECASE)
# "7 PM - 9 PM, …", "10 AM – 12 PM at …": an hour and its half of the day, never an item's number and title.
_HOUR_OPENING = re.compile(rf"^\s*\d{{1,2}}\s*{MERIDIEM}")
# The place that ends a line after the meeting's time: it has no colon but a clock's ("7 pm, Open Forum: none" is a
# label, "Village Hall (seating from 7:15 pm)" a place). Shared by the two leads below, read by `_place_after_time`.
_PLACE_TO_END = r"(?:(?i:the)\s+)?(?P<venue>[A-Z](?:[^;:]|:(?=\d))*?)(?<!\s)\s*+\.?\s*+$"
# What that place never runs over, so it begins after the last of them: a semicolon, or a colon but a clock's.
_PLACE_BARRIER = re.compile(r";|:(?!\d)")
# "10 AM – 12 PM at Elm Center for Health", "7 PM - 9 PM, Elm Library": the hours opening a line of their own under
# the dateline, then where. The hours carry their half of the day or their minutes (checked where it is used), so "7,
# Elm Road" or a numbered item is never read as a time.
_HOURS_THEN_PLACE = re.compile(
    rf"^[\s(]*+(?P<when>{_HOURS}|{_TIME_OF_DAY})(?:\s*+[,;·|]\s*+|\s++(?i:at|in)\s++|\s*+@\s*+){_PLACE_TO_END}"
)
# "Monday, 4 March 2031 · 7:30 p.m. · Council Chamber": a dateline's parts may be set apart by middle dots or bars.
_LEADING_TIME = re.compile(rf"^[\s,–—·|-]*(?:at\s+)?{_TIME_OF_DAY}", re.IGNORECASE)
# "held in the Burgh Hall at 7 p.m.", "held their meeting at 7.30pm on …": the time in the opening sentence.
_HELD_AT_TIME = re.compile(
    r"\b(?:held|met)\b[^.;]{0,120}?\b(?:at|from|starting\s+at|commencing\s+at|beginning\s+at)\s+(?=\d)", re.IGNORECASE
)
# "Time: 7pm", "Meeting start: 19:00", "Start 7.05pm", "Commenced: 7.30pm": a label over the time the meeting began.
_TIME_LABEL = re.compile(
    r"^\s*(?:(?:meeting\s+)?(?:time|start(?:ed|ing)?(?:\s+time)?|commenced)|time\s+of\s+(?:the\s+)?meeting)"
    r"\s*(?:[:\-–]|(?=\d))",
    re.IGNORECASE,
)
# "Venue: …", and the US "Meeting Location: …" / "Location of Meeting: …".
_VENUE_LABEL = re.compile(
    # "Held at: Elm Village Hall", "Meeting held in: …": the label the place is given under.
    r"^\s*(?:(?:meeting\s+)?(?:venue|place|location)(?:\s+of\s+(?:the\s+)?meeting)?|where|(?:meeting\s+)?held\s+(?:at|in|via))"
    r"\s*[:\-–]\s*(?P<venue>.+)$",
    re.IGNORECASE,
)
# Keywords in any case (headers are often in capitals); the venue itself starts with a capital.
# "PROCEEDINGS AT SPECIAL MEETING OF …" is the meeting, not a place.
_VENUE_IN_SENTENCE = re.compile(
    r"\b(?i:held\s+)?(?i:in|at)\s+(?i:the\s+)?(?!(?:[\w-]+\s+){0,3}(?i:meeting|minutes)\b)(?P<venue>[A-ZÀ-ÖØ-Þ][^.;]*?(?:\.\s*[A-Z][^.;]*?)*?)"
    # `(?<!\s)` and `\s++`: the place never ends in a space, so a long run of padding after it is scanned once.
    # "… SMITHERS, B.C. ON TUESDAY": a place ending in an abbreviation keeps its stop out.
    r"(?=(?<!\s)(?:\.?\s++(?i:on)\s+(?:[A-Za-z]+(?i:day)|\d|(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d)"
    # "held in the Elm Municipal Office this 9th day of July 2031": the formal date after the place.
    r"|\s++(?i:this)\s+\d{1,2}\s*+(?i:st|nd|rd|th)?\s+(?i:day)\b"
    # "at 7.30pm" ends the place; "at 21960 County Road 5" is its address and goes on.
    r"|\s++(?i:at)\s+\d{1,2}(?![\d,])|\s++(?i:commencing)\b|\s++(?i:from)\s+\d|\s*+\.?\s*+$"
    # "HELD AT THE CHURCH MONDAY 13th MAY 2015": the date straight after the place, with no "on".
    r"|,?\s++(?i:(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b"
    # "… in the Council Chambers, Elmton. Members present were Ann Lee … after 10:00 a.m.": the sentence ends after the
    # place (a word of three small letters before the stop, so "St. Anne's" and "Ave. 5" run on).
    r"|(?<=[a-z]{3})\.\s++(?=[A-Z][a-z])))"
)
# A dateline that goes on to the place: "Thursday, March 15, 2018 02:00 PM at the Harbor Office", and as a society's
# notes write it, "Thursday, March 9, 2031; 5:00pm @ Society Office".
_DATELINE_VENUE = re.compile(
    rf"^[\s,;–-]*+(?:(?i:at)\s++)?(?:{CLOCK}\s*+(?:{MERIDIEM}\.?)?)?[\s,–-]*+"
    r"(?:(?i:at|in)\s+|@\s*+)(?:(?i:the)\s+)?(?P<venue>[A-Z][^.;]*?)(?<!\s)\s*+\.?\s*$"
)
# What may come before a dateline's date: "Minutes from", "Meeting of".
_DATE_PREFIX_WORDS = re.compile(r"^(?:(?i:minutes|notes|meeting)(?:\s+(?i:from|of|for))?\s+)?")


def _without_weekday_end(text: str, padding: str = " \t,:;–—-") -> str:
    """`text` without the padding and weekday that end it: "Special Meeting, Monday - " gives "Special Meeting"."""
    return _WEEKDAY_END.sub("", text.rstrip(padding)).rstrip(padding)


# A line opening with a bullet glyph (a symbol font's private-use character, "•") or a Word "o" sub-bullet.
_BULLET_LINE = re.compile(rf"^\s*{GLYPH_BULLET}")
# "held on <date> at 2.00 pm, Committee Room 1, County Hall": the place after a time with its half of the day (or a
# year) and a comma, anywhere in a header sentence. Unlike the hours above it needs the comma and the "pm", since it
# is searched for inside running text, where "19:30, Item 4" or "Monday at 7, Elm Road" would otherwise be read.
# Searched from after the line's last `_PLACE_BARRIER` only (see `_place_after_time`).
_VENUE_AFTER_WHEN = re.compile(
    r"(?P<when>\b\d{1,2}(?:[.:]\d{2})?\s*(?i:am|pm|a\.m\.|p\.m\.)|\b(?i:noon)|\b(?:19|20)\d{2})\s*,\s*"
    rf"(?:(?i:in|at)\s+)?{_PLACE_TO_END}"
)
# Words that make a bare header line a place: rooms and the buildings they are in.
_VENUE_WORDS = re.compile(
    r"\b(?:Room|Hall|Chambers?|Offices?|House|Centre|Center|Library|Pavilion|Buildings?|Suite|Guildhall|Headquarters|"
    # The rooms of a school a school board meets in: "Elm Middle School Cafeteria", "High School Auditorium".
    r"Auditorium|Cafeteria|Cafetorium|Gymnasium|Boardroom)\b"
)
# A header line that only says the meeting was held online: "Electronic Meeting", "VIRTUAL MEETING", "Hybrid Meeting".
_ONLINE_MEETING_LINE = re.compile(r"^(?i:electronic|virtual|online|remote|hybrid)\s+(?i:meeting)$")
# A header line going on from the title above it: "OF THE CITY OF ELM CENTER", "AND THE STATE OF NORTHLAND".
_TITLE_RUN_ON = re.compile(r"^(?i:of|and)\s")
# A title line stopping where the body's name goes on to the next line: "… OF THE BOARD OF DIRECTORS OF THE".
_TITLE_WORD_END = re.compile(r"\s(?i:of(?:\s+the)?|and|&)$")
_TITLE_OF_A_MEETING = re.compile(r"\b(?:meeting|minutes|agenda)\W*$", re.IGNORECASE)
# "City Hall Renovation Project Update", "Village Hall Repairs": an item of business about a building, not the place.
_BUSINESS_ABOUT_A_PLACE = re.compile(
    r"\b(?:updates?|projects?|renovations?|repairs?|improvements?|proposals?|applications?|refurbishment|budget|policy|"
    r"reports?)\b",
    re.IGNORECASE,
)
# "The council discussed the roof": a word of the past tense in lower case makes a header line a sentence.
_NEW_SENTENCE = re.compile(r"(?:The|This|A|An)\s+[a-z]|(?i:minutes|notes|record)\s+(?i:of)\b")
# A British postcode: "EL4 2QT", "EL14 2QT".
_UK_POSTCODE = r"[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}"
_CONTACT_END = re.compile(
    r"(?:@[\w-]+(?:\.[\w-]+)+|\b(?:tel|telephone|phone|fax)\b[.:]?\s*+\+?[\d(][\d() -]{5,}\d|"
    rf"\b(?-i:{_UK_POSTCODE}))$",
    re.IGNORECASE,
)
# How the rest of a wrapped opening sentence begins: a word in lower case, or a time of day.
_RUNS_ON = re.compile(r"[a-z]|\d{1,2}(?:[.:]\d{2}\s*(?:[ap]\.?\s?m\b|hrs\b)?|\s*[ap]\.?\s?m\b)")
_LOWER_CASE_PAST = re.compile(r"\b[a-z]{3,}ed\b")
# A dateline giving the weekday and the day without the year: "Wednesday, May 28 at 6 p.m. via Zoom", "Monday 4th March".
_YEARLESS_DATELINE = re.compile(
    rf"^(?i:(?:mon|tues|wednes|thurs|fri|satur|sun)day),?\s+(?:(?i:{MONTH_NAMES})\s+\d{{1,2}}(?!\d)|"
    rf"\d{{1,2}}(?:st|nd|rd|th)?\s+(?i:{MONTH_NAMES})\b)(?!,?\s*(?:19|20)\d{{2}})"
)
# "Date: … Time: … Venue: Village Hall" on one line.
_VENUE_INLINE_LABEL = re.compile(r"\s(?i:venue|location|place)\s*[:\-–]\s*(?P<venue>[A-Z].*?)(?<!\s)\s*+$")
# "held virtually via Microsoft Teams on …": the platform is where it met.
# "held their meeting remotely via Zoom": the manner, when written, stays with the platform.
_VENUE_ONLINE = re.compile(
    r"\b(?i:held)\s+(?:(?i:their|its|the|a|an)\s+(?:[\w-]+\s+)?(?i:meeting)\s+)?"
    r"(?P<venue>(?:(?i:virtually|remotely|online)\s+)?(?P<via>(?i:via|using)\s+)(?P<platform>[A-Z][\w]*(?:\s+[A-Z][\w]*){0,2}))"
    r"(?=\s+(?i:on|at|commencing)\b|\s*[,.]|\s*$)"
)
# "held on Thursday 20th May at 4pm via Microsoft Teams", "… at 3:00 p.m. by MS Teams Video": a known platform
# named after the day and time; "remotely via Zoom" keeps its manner, as above.
_VENUE_PLATFORM = re.compile(
    r"(?:\b(?P<manner>(?i:remotely|virtually|online))\s+)?\b(?i:via|by|on|using)\s+"
    # "… 02:00 PM via Teleconference", "by conference call": a board meeting held by telephone names no product.
    r"(?P<platform>(?:MS|Microsoft)\s+Teams|(?i:zoom|skype|google\s+meet|webex|gotomeeting|tele-?conference"
    r"|video-?conference|conference\s+call))\b"
)
# The rest of a dateline that names the platform the meeting met on: "Thursday, March 6, 2031 at 6PM via Zoom",
# "12 May 2031, 7.30pm, by Microsoft Teams" (never "… at 6PM. Zoom details were circulated").
_DATELINE_PLATFORM = re.compile(
    rf"[\s,–-]*+(?:(?i:at)\s++)?(?:{CLOCK}\s*+(?:{MERIDIEM}\.?)?)?[\s,–-]*+"
    + _VENUE_PLATFORM.pattern + r"\W*$"
)
# An hour and the platform straight after it: "7 p.m. via ZOOM", "19:00 via Microsoft Teams". Whether the hour is the
# meeting's or a late arrival's, the two patterns below and their callers tell.
_HOUR = re.compile(rf"\b(?:{CLOCK}\s*+{MERIDIEM}\.?|\d{{1,2}}[.:]\d{{2}})")
_HOUR_THEN_PLATFORM = _HOUR.pattern + r"[\s,–-]*+" + _VENUE_PLATFORM.pattern
# "Monday, June 1 at 7 p.m. via ZOOM": the platform after the hour ends a header line (a date without its year too).
# The hour is the meeting's only where its sentence names the meeting or the day (`_dateline_platform`), never "…
# called to order at 7:00 pm. Cllr Orr joined at 7:15 pm via Zoom."
_TIME_THEN_PLATFORM = re.compile(_HOUR_THEN_PLATFORM + r"\W*$")
# "Chair Lee called the meeting to order at 6:30 pm via teleconference, members present were …", "… to order at 7:00
# p.m. via Zoom by Chair Orr": the platform straight after the hour the meeting was called to order at, the sentence
# going on. The hour is the call's own: the first figures after "to order", in the same sentence, with their half of
# the day or their minutes (never "… to order at 7 p.m. Two residents joined via Zoom", "… to order. Trustee Orr
# attended at 7:10 pm via Zoom", "… at 7 pm. 3 by teleconference", "… at 7 pm with Trustee Orr arriving at 7:10 pm via
# Zoom"). Like `_TIME_THEN_PLATFORM` above, whose platform ends the line.
_CALLED_THEN_PLATFORM = re.compile(
    r"\b(?i:to\s+order)\b[^;.!?\d\n]{0,60}?" + _HOUR_THEN_PLATFORM + r"(?=\W*$|\s*[,;.]|\s+(?i:by|with|and)\s)"
)
# "Minutes of the Harrowgate Trust Zoom Meeting", "MINUTES OF THE TEAMS MEETING OF …": a minutes' title naming the
# platform the meeting was on (never "The Zoom meeting link was sent").
_PLATFORM_IN_TITLE = re.compile(
    r"\b(?P<platform>(?i:zoom|(?:ms\s+|microsoft\s+)?teams|skype|google\s+meet|webex|gotomeeting))\s+"
    r"(?:(?i:video)\s+)?(?i:meeting)\b"
)
# The date and hour a meeting verb may have before its place: "met (on Monday, 9 June 2031 at 7.30 p.m.) via Zoom".
_DATE_AND_HOUR = (
    rf"(?i:(?:on|at)\s+(?:(?:\d{{1,4}}(?:st|nd|rd|th)?(?:[.:]\d{{2}})?|[ap]\.?\s?m\.?|at|on|of|the|{MONTH_NAMES}"
    r"|(?:mon|tues|wednes|thurs|fri|satur|sun)day),?\s+){1,9})?"
)
# "… met on 16 October 2031 at the home of Lee Marsh", "held in the residence of Mrs. Dale", "occurred on May 2, 2031
# at the home of …": a member's house, where the meeting verb puts the meeting (never "The meeting heard of the fire
# at the home of Mr Orr").
_HOME_OF = re.compile(
    rf"\b(?i:held|met|occurred|took\s+place|convened|gathered)\s+{_DATE_AND_HOUR}(?i:at|in)\s+(?:(?i:the)\s+)?"
    rf"(?P<venue>(?i:home|residence|house)\s+of\s+(?:(?:{HONORIFIC})\.?\s+)?"
    r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’-]*){0,3})"
)
_MONTH_WORD = re.compile(rf"\b(?i:{MONTH_NAMES})\b")
# What makes a platform the meeting's place: "held on Zoom", "Online meeting by Zoom", "Virtual meeting via Teams",
# "The meeting was conducted via Zoom" (never "the presentation is on Zoom" alone).
_HELD_ONLINE = re.compile(
    # "… occurred on 3 May 2031 via ZOOM meeting".
    r"\b(?:held|conducted|hosted|occurred|took\s+place)\b|\b(?:online|virtual|remote)\s+(?:[\w-]+\s+)?meeting\b"
    # "The Board met via Zoom", "met on 9 June 2031 at 7 p.m. remotely by Teams": the platform is how it met (never "met
    # on 4 March in the Hall; residents could watch on Zoom", "met … at 7 p.m. Two residents joined by Zoom", "met the
    # officer on Zoom").
    # Only its date and hour may stand between: "met on Monday, 9 June 2031 at 7.30 p.m. via Zoom".
    rf"|\bmet\s+{_DATE_AND_HOUR}(?:(?:remotely|virtually|online)\s+)?(?:via|by|using)\s+"
    r"(?:(?:ms|microsoft)\s+teams|zoom|skype|google\s+meet|webex|gotomeeting)\b",
    re.IGNORECASE,
)
# "The Parish Council held a zoom meeting", "held a virtual Teams meeting": the platform names the meeting.
_PLATFORM_MEETING = re.compile(
    r"\bheld\s+(?:a|an|their|its|the|this)\s+(?:(?:virtual|online|remote)\s+)?"
    r"(?P<platform>zoom|(?:ms\s+|microsoft\s+)?teams|skype|google\s+meet|webex|gotomeeting)\s+(?:video\s+)?(?:meeting|call)\b",
    re.IGNORECASE,
)
# "held via a Zoom video conference on …", "held on Monday 25th January by telephone conferencing", "held by
# teleconference": the kind of call the meeting was held over is where it was.
_VENUE_CONFERENCE = re.compile(
    r"\b(?i:held|met|conducted)\b[^.;]{0,60}?\b(?i:via|by|using|over)\s+(?:(?i:a|an|the)\s+)?(?P<venue>"
    r"(?:[A-Z][\w]*\s+)?(?i:video|telephone|phone|audio|web)[ \t-]?(?i:conferenc(?:e|ing)|call)"
    r"|(?i:tele|video)(?i:conferenc(?:e|ing))"
    r"|(?:MS\s+|Microsoft\s+)?[A-Z][\w]*\s+(?i:conference\s+)?(?i:call)|[A-Z][\w]*\s+(?i:video\s+)?(?i:conference))\b"
)
# "Board Room", "Committee Room 2", "Assembly Hall": a body's word naming the room it meets in.
_ROOM_OF_A_BODY = re.compile(rf"{_BODY_WORDS.pattern}\s+(?={_VENUE_WORDS.pattern})", re.IGNORECASE)
_SENTENCE_AFTER_PLACE = re.compile(
    # "… Town Hall. Board members were …", "… Main Street. The Chair welcomed …": a subject, then a word in lower case.
    r"(?:(?<=[A-Za-z]{3}[a-z])|(?<=\d))\.\s+(?=[A-Z][a-z]*(?:\s+[A-Z][a-z]*){0,3}\s+[a-z])"
    r"|(?<!\s)\s+and\s+(?:the|an?)\s+[a-z]"  # "… Hwy 654 and the audio recording was posted": the sentence goes on
    # A PDF flattened to one line runs the place on into what was printed after it: its state's postal code and a
    # stop, then the next sentence ("…, Elmport, CA. Chair Lee called …"); a stop after a word, then a heading in
    # capitals ("… Elm City, Northland. ROLL CALL: …"); a label in capitals ("Elm Events Center BOARD CHAIR: …"); a
    # sentence glued to an address in capitals ("1620 ELM ROAD, ELMVILLEThe regular meeting …").
    r"|(?<=,\s[A-Z]{2})\.\s+(?=[A-Z][a-z]*(?:\s+[A-Z][a-z]*){0,3}\s+[a-z])"
    r"|(?<=[a-z]{3})\.\s+(?=[A-Z]{2,}\b)"
    r"|(?<!\s)\s+(?=[A-Z]{2,}(?:\s+[A-Z]{2,}){0,2}:)"
    r"|(?<=[A-Z]{3})(?=(?:The|This|A|An)\s+[a-z])"
    # "… in the Courthouse, Elmton, Westshire, with the following members present", "…, with members participating in
    # person and by Zoom": who attended, not the place.
    r"|,?(?<!\s)\s+(?i:with\s+(?:the\s+following|all(?:\s+(?:members|commissioners|councillors|trustees))?\s+present"
    r"|(?:(?:council|board)\s*)?members\s+(?:participating|attending|present)))\b"
)
# "at Spring Lake was repaired", "in August", "IN COMMITTEE) OF THE X HELD IN …": a sentence's verb or a
# month is no part of a place's name.
# "in the Chair's absence", "in Jo's stead": whose place someone took, not where the meeting was.
_NOT_A_PLACE = re.compile(
    # "met in Informal Open Forum called to order by the Mayor": the session's name and its call, not a place.
    rf"\b(?:was|were|is|are|will|has|have|had|be|(?i:held|called))\b|^(?i:{MONTH_NAMES})\b|^(?i:order\s+to)\b"
    r"|\b(?i:absence|stead)\b"
    # "met in Regular Session on Tuesday …", "met in closed session": how the body sat, not where.
    r"|^(?i:(?:[\w-]+\s+){0,2}session)\b(?!\s+(?i:room|house|hall|chamber))"
)
# Where a sentence of the opening ends: "… this year. Members …", "… 5 March 2031. Members …" (not "p.m. At" or
# "St. Mary's").
_SENTENCE_END = re.compile(r"(?:(?<=[a-z]{3})|(?<=\d))[.!?]\s+(?=[A-Z])")
# "… was duly posted at the Post Office", "published in the Elm Gazette", "advertised in the Elm Courier": where the
# meeting's notice was put up or printed, never where it met.
_NOTICE_VERB_END = re.compile(
    r"\b(?:posted|published|advertised|printed|noticed|displayed|announced)\s++(?:(?i:held\s+))?$", re.IGNORECASE
)
_MEETING_WORD = re.compile(r"\b(?:held|meeting|minutes|notes|met|session)\b", re.IGNORECASE)
_TITLE_OF_MINUTES = re.compile(r"^(?:minutes|notes|agenda|record)\s+of\b", re.IGNORECASE)
_VENUE_SKIP = re.compile(r"^(?:Chair|Meeting|Minutes|Notes)\b", re.IGNORECASE)
_VENUE_TAIL = re.compile(r"(?<![.\s])[.\s]*+(?:View\s+directions|Map|Directions|Get\s+directions)\.?\s*$", re.IGNORECASE)
# A hybrid meeting's second channel after the room: ", and livestreamed to …", " and via MS Teams".
_VENUE_ALSO_ONLINE = re.compile(
    r"(?:,?(?<!\s)\s+and\s+|,\s*)(?:(?:live-?)?stream(?:ed|ing)|broadcast|via|online|virtually|remotely|by\s+(?:video|zoom|teams))\b.*$",
    re.IGNORECASE,
)
# "… in the Village Hall, 12 Main Street by President Ann Lee": who called the meeting to order follows the place.
_BY_AN_OFFICER = re.compile(
    r"(?<!\s)(?:\s*+,)?\s++by\s+(?:the\s+)?(?:(?:vice|deputy|acting)[\s-]+)?(?:president|mayor|chair(?:man|woman|person)?|"
    r"supervisor|trustee|commissioner|clerk|councillor|councilor|cllr|reeve|warden|presiding\s+officer)\b.*$",
    re.IGNORECASE,
)
# A place given as a street address over "City, ST 12345", as US boards head their minutes.
# The quarter a street is in, after its name: "60 Harrow Road West", "12 Elm Street NW".
_COMPASS_END = r"(?:\s+(?:North|South|East|West|[NS][EW]?|[EW])\.?)?"


def _street_patterns(word: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A street address ending in one of the street words of `word`: alone on its line, and opening its line."""
    line = re.compile(
        r"^\d{1,5}\s+(?:[NSEW]\.?\s+)?[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,3}\s+" + word + _COMPASS_END + r"$"
    )
    # A street address opening a line ("132 E Prairie St - Elmton, IL", "53 South Grange Road"): a header's place.
    start = re.compile(
        r"^\d{1,5}\s+(?:[NSEW]\.?\s+|(?:North|South|East|West)\s+)?(?:[A-Z][\w.'-]*\s+){1,3}"
        + word
        + _COMPASS_END
        # Its town, state and postcode after commas: "- Elmton, IL 60525", ", Elmvale, Northtown 1022", ", Elmford, EL4 2QT".
        + r"(?:\s*[-–,]\s*[A-Z][\w .'-]*){0,3}$"
    )
    return line, start


# The opening sentence's street address, after "at" or the board's "regular place of meeting": "… met in regular session
# on July 26, 2031 at 5:30 p.m. at 628 W. 19th Street, Elmton.", "… convened at its regular place of meeting, 12 Elm
# Place, Elmton, County of …": the house number, the street (an ordinal among its words) and its town. After an hour,
# the hour must be the meeting's (`_is_meetings_hour`), never "… to order at 6 p.m. The next meeting will be on March 20
# at 5 p.m. at 220 Oak Street" or a late arrival's "… joined at 6:10 p.m. at 14 Elm Avenue".
# A title in capitals gives the address after "HELD AT", its street word and ordinal in capitals too, and the date
# straight after it: "MINUTES OF THE REGULAR MEETING OF THE BOARD OF DIRECTORS HELD AT 12 WEST 9TH STREET June 5, 2031".
_ADDRESS_IN_SENTENCE = re.compile(
    rf"(?:\b(?P<hour>{CLOCK})(?:\s*+{MERIDIEM}\.?)?,?\s++(?i:at)|\b(?i:place\s+of\s+meeting)\s*+,|\b(?i:held\s+at))\s++"
    r"(?P<venue>\d{1,5}\s+(?:[NSEW]\.?\s+|(?i:North|South|East|West)\s+)?"
    r"(?:(?:[A-Z][\w.'-]*|\d{1,3}(?i:st|nd|rd|th))\s+){1,3}"
    + rf"(?:{street_word_pattern()}|{street_word_pattern(capitals=True)})" + _COMPASS_END
    + r"(?:,\s*[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,2})?)"
    + rf"(?=\s*[.;]|\s*,|\s+(?i:on|at)\s|\s*$|\s+(?i:{MONTH_NAMES})\b)"
)
# "215 Main Street", "8 N. Elm Ave.": an address in mixed case, which no item heading reads like.
_MIXED_STREET_LINE, _MIXED_STREET_START = _street_patterns(street_word_pattern())
# An address set in capitals in a title block ("10326 ELM GROVE BLVD, ELMTON") ends in its capital street word; read
# where the lines are known to be the header's, and beside them (see `_is_street_address`) where they may be an item's.
_STREET_LINE, _STREET_START = _street_patterns(rf"(?:{street_word_pattern()}|{street_word_pattern(capitals=True)})")
# "10326 ELM BLVD, ELMTON": a street in capitals with its town after a comma.
_STREET_THEN_TOWN = re.compile(r",\s*[A-Z][\w .'-]*$")
# "ELMFORD EL4 2QT", "EL4 2QT": a British postcode ending the line under a street.
_UK_POSTCODE_END = re.compile(rf"\b{_UK_POSTCODE}$")
# "Cllr Vale said the matter was raised …": running text (a verb and three words in lower case in a row).
_RUNNING_TEXT = re.compile(r"\b[a-z]{2,}\s+[a-z]{2,}\s+[a-z]{2,}\b")
# "Elmton, IL 60525", "Elmton, Illinois 60525", "Lakeview, ON P0H 1A0": a town, its state or province, its postcode.
# "Elmton, Ontario" over its postal code alone on the next line: "N0B 1A1", "60525".
_TOWN_REGION_LINE = re.compile(r"^[A-Z][\w .'-]+,\s*[A-Z][a-z]+(?:\s[A-Z][a-z]+)?$")
_POSTAL_CODE_LINE = re.compile(r"^(?:[A-Z]\d[A-Z]\s?\d[A-Z]\d|\d{5}(?:-\d{4})?)$")
_CITY_STATE_LINE = re.compile(
    r"^[A-Z][\w .'-]+,\s*(?:[A-Z]{2}\.?|[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\s+(?:\d{5}(?:-\d{4})?|[A-Z]\d[A-Z]\s?\d[A-Z]\d)$"
)
_TIME_RANGE = re.compile(
    r"\b\d{1,2}(?:[.:]\d{2})?\s*+(?:[ap]\.?m\b\.?)?\s*+(?:-|–|—|to|until)\s*+"
    r"(?P<end>\d{1,2}(?:[.:]\d{2})?\s*[ap]\.?m\b\.?)",
    re.IGNORECASE,
)
# "The meeting closed at 9.10pm", "Closed at 21:05", "The Chairman brought the meeting to a close at 8.40pm": the
# verb alone ("closed at") only opening a line or after the meeting, never "The library will be closed at 6pm".
_END_TIME = re.compile(
    # "The meeting was declared closed at 9.40 pm".
    rf"\b(?:meeting\s+(?:was\s+)?(?:declared\s+)?(?:{MEETING_END_VERBS})|rose\s+at|"
    # "… and final closure of the meeting was at 8.37 pm".
    r"clos(?:e|ure)\s+of\s+(?:the\s+)?meeting|closed\s+the\s+meeting|"
    r"brought\s+the\s+meeting\s+to\s+(?:a\s+)?close|meeting\s+(?:was\s+)?brought\s+to\s+(?:a\s+)?close)\b"
    rf"|^\W*(?:\d{{1,3}}[.)]?\s+)?(?:{MEETING_END_VERBS})\s+at\b"
    # "Meeting end 8.45 pm", "End of meeting: 21.10", "Time of closure: 9.10pm", "Closure – 9.05pm": labels opening
    # their line, the time straight after them.
    r"|^\W*(?:\d{1,3}[.)]?\s+)?(?:meeting\s+end|end\s+of\s+(?:the\s+)?meeting|time\s+of\s+clos(?:e|ure)|closure)"
    r"(?=\s*[:\-–—]?\s*(?:at\s+)?\d)",  # "Closure at 11:50 am"
    re.IGNORECASE,
)
_TIME_AFTER_LABEL = re.compile(r"[ \t]*[:\-–—]?[ \t]*\d{1,2}[.:]\d{2}\b")
# "Closed: 7:32 pm" under a "Meeting Times" heading, "Called to Order: 0905 AM   Adjourned: 1002 AM" as one line of a
# board's header: the end verb as a label with its colon, opening its line or after an earlier label's value.
_END_CELL = re.compile(
    r"(?:^[\W\d]*+|(?<=\s))(?:(?i:meeting|session)\s+)?(?:[Cc]losed|[Aa]djourned|[Ee]nded|[Ff]inished|CLOSED|ADJOURNED|ENDED|FINISHED)"
    r"[ \t]*:[ \t]*(?=\d)"
)
# "The meeting started at 6.30 pm and finished at 8.05 pm": the end verb after "and", in a sentence about the meeting.
_AND_ENDED = re.compile(rf"\band\s+(?:{MEETING_END_VERBS})\s+at\b", re.IGNORECASE)
# "Finish time: 9.05pm", "Start time: 7.30pm   End time: 9pm": a label opening its line or a cell of it (never an
# event's "closing time" in a licensing item).
_FINISH_LABEL = re.compile(
    # "Meeting End Time: 7:43" as a web page's header prints it beside "Meeting Start Time: 7:08".
    r"(?:^\W*+|(?<!\s)\s{2,}+|(?<!\s)\t|[|;,]\s*+)(?:meeting\s+)?(?:finish|end)(?:ing)?\s+time\s*[:\-–]?\s*(?=\d)",
    re.IGNORECASE
)
# "ADJOURNMENT: 8:45 p.m.", "12. Adjournment - 8:45 PM", "Meeting adjourned: 9:02 pm", "Time adjourned: 8:45 p.m.":
# a label opening its line, giving the end time.
_END_LABEL = re.compile(
    # "9. ADJOURNMENT (8:15 p.m.)": the time in brackets after the heading.
    r"^\W*(?:\d{1,3}[.)]?\s+)?(?:(?:meeting|session)\s+|time\s+(?:of\s+)?)?adjourn(?:ment|ed)?\s*(?:[:\-–]\s*|at\s+|\(\s*)?(?=\d)",
    re.IGNORECASE,
)
# "Mayor Ng adjourned the meeting at 9:12 p.m.", "Meeting adjourned at 8:15 pm", "That the meeting be adjourned.
# Time: 7:58 p.m.": never "a 30-minute adjournment" nor "adjourned to <date>" (the meeting goes on another day).
_ADJOURNED_AT = re.compile(
    # "Trustee Waring moved to adjourn the meeting at 8:05 pm.": the motion to adjourn, made as the meeting ended.
    r"\b(?:(?:meeting|session)\s+(?:was\s+)?adjourned(?:\s+by\s+[^.;]{1,40}?)?|adjourn(?:ed)?\s+the\s+(?:[\w-]+\s+){0,2}?(?:meeting|session)|"
    r"(?:was|were)\s+adjourned)\s+at\b|\bbe\s+adjourned\b[.,;]?\s*(?:time\s*[:\-–]?\s*|at\s+)(?=\d)|"
    r"\badjourn(?:ed)?\s+at\s+(?=\d)|"
    # "… Voice vote-Motion carried. Adjournment at 7:43 pm": the noun opening its sentence ("a 10-minute adjournment at
    # 8:10 pm" was a break).
    r"(?:^|(?<=[.;:]\s)|(?<=[.;:]\s\s))adjournment\s+(?:was\s+)?at\s+(?=\d)|"
    # "… carried. Meeting adjourned 8:40 pm.": no "at", so the time must say am or pm.
    rf"\b(?:meeting|session)\s+(?:was\s+)?adjourned\s+(?={CLOCK}\s*{MERIDIEM})",
    re.IGNORECASE,
)
# The time first: "At 10:31 a.m. Council adjourned.", "At 9:40 pm, the Board adjourned."
_TIME_THEN_ADJOURNED = re.compile(
    rf"\b(?i:at)\s+(?P<time>{CLOCK}\s*{MERIDIEM}\.?),?\s+(?:(?i:the)\s+)?"
    r"(?:[A-Z][\w-]*\s+){0,3}(?i:adjourned|stood\s+adjourned)\b(?!\s+(?i:to|until|for)\b)"
)
_RECONVENED = re.compile(r"\breconven(?:ed|es|ing)\b", re.IGNORECASE)
# A start time given only in prose: "The meeting started at 6.30 pm", "The Chair opened the meeting at 7pm",
# "Chair Lund called the meeting to order at 5:31 p.m.", "was called to order by Mayor Ng at 7 p.m.",
# "President Ruiz convened the meeting at 7:00pm".
_START_TIME = re.compile(
    # "Meeting opened by the Chairman at 7.30pm", "opened the Annual Parish Meeting at 7.30pm", "declared the meeting
    # open at 7.30pm", "The Chair welcomed everyone to the meeting at 7.30pm".
    r"\b(?:meeting\s+(?:started|commenced|began|opened)(?:\s+by\s+[^.;]{1,60}?)?|"
    r"opened\s+the\s+(?:[\w-]+\s+){0,3}?meeting|meeting\s+was\s+(?:opened|declared\s+open)(?:\s+by\s+[^.;]{1,60}?)?|"
    r"declared\s+the\s+meeting\s+open|welcomed\s+[^.;]{1,60}?\s+to\s+the\s+meeting|"
    r"welcomed\s+(?:everyone|everybody|all(?:\s+those)?(?:\s+present)?|those\s+present|members|councillors)|"
    # "called the Transportation Commission to order at 7:35 p.m.": the body's name in place of "meeting".
    # "called the Regular Meeting of the Elm City Council to order at 7:00 p.m.": its sort and whose meeting.
    # "called the meeting to order in Council Chambers at 6:48 p.m.", "… be called to order at 6:04 p.m.".
    # "called the Annual Meeting of the Elm Ranch Association (ERA) to order at 9:12 a.m.", "… Elm Trust, Inc. to order".
    # "The meeting was called to order at Elmwood School at 7:01 p.m.": the place named with "at" before the time.
    r"called\s+(?:the\s+)?(?:[\w&'’().-]+,?\s+){0,14}?to\s+order(?:\s+(?:by|in|at(?=\s+(?:the\s+)?(?-i:[A-Z])))\s+[^.;]{1,60}?)?|"
    r"(?:was|were|be)\s+called\s+to\s+order(?:\s+(?:by|on|in|at(?=\s+(?:the\s+)?(?-i:[A-Z])))\s+[^;]{1,60}?)?|"
    r"(?:meeting|session)\s+called\s+to\s+order|"
    r"convened\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?meeting|(?:meeting|session)\s+(?:was\s+)?convened|"
    # "Ann Lee started the meeting at 6:33pm", "The meeting came to order at 7:02 p.m.".
    r"(?:started|began|commenced)\s+the\s+(?:[\w-]+\s+){0,3}?meeting|(?:meeting|session)\s+came\s+to\s+order|"
    # "The Board met in Regular Session on Tuesday, May 5, 2031, at 5:01 p.m.", "… met in regular session at 7:00 p.m.":
    # the sort of session and its day before the time it opened.
    # "The Board of Education … convened in regular session at 6:00 p.m.": "convened" as "met"; "… convened in a regular
    # session, at its regular place of meeting, 12 Elm Place, Elmton, at 3:00 p.m.": the place between, set off by commas.
    r"(?:met|convened)\s+in\s+(?:[\w-]+\s+){0,2}?session(?:\s+on\s+[^.;]{1,50}?|,[^.;]{1,160}?)?,?)"
    # "… called the meeting to order: 4:30 p.m.": the time after a colon.
    r"(?:\s+at\b|(?<=(?i:order)):(?=\s*\d{1,2}(?:[.:]\d{2}|\s*[ap]\.?\s?m\b)))",
    re.IGNORECASE,
)
# "1. CONVENE: 7:02 p.m.", "CALL TO ORDER - 7:00 PM", "Meeting opened: 19.30", "Meeting opened 7.30pm",
# "1. CALL TO ORDER 7:01 PM", "Meeting called to order: 7:00 PM": a label giving the opening time.
_START_LABEL = re.compile(
    r"^\W*(?:\d{1,3}[.)]?\s+)?(?:(?:the\s+)?(?:meeting|session)\s+(?:was\s+)?"
    r"(?:opened|commenced|started|began|convened|called\s+to\s+order)|meeting\s+start(?:ed)?(?:\s+time)?|start\s+time|"
    # "Opened: 19:00", "Commenced: 7.30pm", "Began at 7:01 PM": the verb alone opening the line.
    r"opened|commenced|began|convened?|call(?:ed)?\s+to\s+order)"
    # "Call to Order (5:30 p.m.)": the time in brackets after the heading.
    r"\s*(?:[:\-–]\s*|at\s+|\(\s*)?(?=\d)",
    re.IGNORECASE,
)
# The time first: "At 7:00 p.m., Mayor Ng called the meeting to order.", "At 5:00 p.m. the regular meeting was called
# to order by the president".
# "Members present: Ash, Bell. At 7:05 pm Chair Ash called the meeting to order.": a sentence of a run-on paragraph.
_TIME_THEN_CALLED = re.compile(
    rf"(?:^\W*|(?<=[.;]\s))(?i:at)\s+(?P<time>{CLOCK}\s*{MERIDIEM}\.?),?\s++[^.;]{{0,80}}?"
    r"\b(?i:called\s+(?:the\s+)?(?:[\w&'’-]+\s+){0,14}?to\s+order|was\s+called\s+to\s+order|opened\s+the\s+meeting)\b"
)
# A closed session held before the public meeting opens has its own start.
_CLOSED_SESSION = re.compile(r"\b(?:closed|executive|in\s+camera|private)\s+(?:session|meeting)\b", re.IGNORECASE)
# "The Meeting then adjourned to Thursday, 28th September": it goes on that day, its next meeting.
# "adjourned until 7.30pm on …", and with the hour it closed first: "adjourned at 8:15 p.m. to Monday, April 1".
_ADJOURNED_TO = re.compile(
    r"\badjourn(?:ed)?\s+(?:the\s+(?:meeting|council|session)\s+)?"
    rf"(?:at\s+{CLOCK}\s*(?:{MERIDIEM}\.?|hrs\b)?\s*,?\s+)?(?:until|till|to)\s+",
    re.IGNORECASE,
)
# "Motion by Chen, second by Diaz to adjourn until Tuesday, May 2 at 7 p.m.", "Lee moved to adjourn to …": the body's
# motion, whose clause names a member, not the meeting, before the verb.
_MOTION_TO = re.compile(r"\b(?i:motion|moved|moves|move)\b[^.;]{0,80}?\s(?i:to)\s*+$")
_MEET_AGAIN = re.compile(r"(?i:meet\s+again)\s+(?:(?i:on)\s+)?")
_HOUR_THEN_ON = re.compile(rf"{CLOCK}\s*(?:{MERIDIEM}\.?|hrs\b)\s*(?:on\s+)?", re.IGNORECASE)
# "Minutes of the meeting held on 24 September 2009", as a pack's index names the minutes it carries.
_CARRIED_MINUTES_DATE = re.compile(
    r"\bminutes\s+of\s+(?:the\s+)?(?:last\s+|previous\s+)?meeting\s+held\s+on\s+", re.IGNORECASE
)
# "Dates for meetings the next year are 7th March, 2nd May …", "Dates of the coming year's meetings:": the year's list,
# which a "Next meeting: …" label beside it outranks (the list may open with the new year's first meeting).
_YEAR_LIST = re.compile(
    r"\bdates?\s+(?:of|for)\s+(?:the\s+)?(?:proposed\s+)?meetings\s+(?:for\s+|in\s+)?(?:the\s+)?(?:next|coming)\s+year\b|"
    r"\bdates?\s+(?:of|for)\s+(?:the\s+)?(?:next|coming)\s+year['’]?s?\s+meetings\b",
    re.IGNORECASE,
)
_NEXT_HEADING = re.compile(
    r"\b(?:date|dates|time|times)\s+(?:and\s+(?:time|venue)s?\s+)?of\s+(?:the\s+)?"
    # "Date of the Next Ordinary Meeting", "Date of next Parish Council meeting": the meeting's sort or body between.
    r"(?:next|future|forthcoming|subsequent)\s+(?:[\w'’-]+\s+){0,3}?meetings?\b|\bnext\s+meeting\s+dates?\b|"
    r"\bfuture\s+meeting\s+dates\b|"
    # "a. Next meetings or events" over the list of them: the plural names a list, its first row the next meeting.
    r"^\W*(?:[a-z\d]{1,3}[.)]\s*)?(?:upcoming|next)\s+meetings(?:\s+(?:and|or|&)\s+events)?\s*:?\s*$|"
    + _YEAR_LIST.pattern,
    re.IGNORECASE,
)
# "NEXT MEETING May 17, 2031 at 6:30 pm", "9. Next Meeting – Tuesday 4 June": a line the phrase opens, as a label.
# "Future meetings: 12 March 2031, 9 April 2031", "DONM: 12th March" (date of next meeting): labels for the same.
_NEXT_LABEL = re.compile(
    r"^\W*(?:\d{1,3}[.)]?\s*)?(?:next\s+(?:\w+\s+)?meeting|future\s+meetings?|d\.?o\.?n\.?m)\b[\s:\-–—.,*_]*",
    re.IGNORECASE,
)
# The rest of a line that stopped mid-sentence after "the next meeting", whose next line goes on in lower case or figures.
# The subject of "… will reconvene", "… adjourned to …": the meeting or a body, after "reported that", "recessed;".
_MEETING_AS_SUBJECT = re.compile(r"\b(?:meeting|council|board|commission|committee|session)\b", re.IGNORECASE)
_CLAUSE_OPENING = re.compile(r"\bthat\b|[;:]", re.IGNORECASE)
# The head of a subject ends at its complement: "the public inquiry | into the appeal", "The Board | of Trustees".
_SUBJECT_END = re.compile(r"\s(?:into|of|on|for|about|regarding|concerning)\s", re.IGNORECASE)
_RUNS_ON_TO_NEXT_LINE = re.compile(r"^[^.;:!?]{0,30}$")
# The next line goes on to say when: "… The next meeting" / "will be April 23, 2031", "on 12 April 2031 …" (never
# "… at the next meeting" / "and the clerk will write … by 12 April 2031").
_NEXT_LINE_SAYS_WHEN = re.compile(r"^\W*(?:(?:will|shall|would)\s+be\b|is\b|to\s+be\s+held\b|on\b)", re.IGNORECASE)
# "deferred to the next meeting", "raised at the next meeting": the phrase names the meeting as a reference, not an
# announcement of when it is.
# The rest of a line after "the next meeting" that has begun to say when and stops short of the date: "would be held
# on Wednesday, 4th", "will take place on", "is scheduled for Monday,".
_SAYING_WHEN_AT_LINE_END = re.compile(
    r"^\W*(?:of\s+(?:the\s+)?[\w'’ &-]{1,40}?\s+)?"
    # "… will be the Annual Parish Meeting and Annual Meeting of the Council to be held on": its sort named first.
    r"(?:(?:will|shall|would)\s+be\s+(?:the|an?)\s+[\w'’ &-]{1,80}?\s+(?=to\s+be\s))?"
    r"(?:(?:will|shall|would|is\s+to|was\s+to)\s+(?:be\s+)?|is\s+|to\s+be\s+)"
    r"(?:held|scheduled|fixed|arranged|set|take\s+place)\b[^.;:!?]{0,40}$",
    re.IGNORECASE,
)
_GOVERNED_MEETING = re.compile(r"\b(?:to|at|until|till|for)\s+(?:the\s+|its\s+|their\s+)?$", re.IGNORECASE)
# The rest of a "Next Meeting" label, or a line under it, that only names the meeting in capitalised words ("Elm Annual
# Parish Meeting and", "Elm Parish Council AGM"), never a sentence or a date.
_MEETING_NAME_ONLY = re.compile(r"^[\s:–-]*(?:(?:[A-Z][\w'’.&-]*|and|of|the|&)(?:\s+|$)){1,10}$")
# A meeting's name: "Annual Parish Meeting", "Parish Council AGM"; one whose last word joins it to the next line.
_NAMES_A_MEETING = re.compile(r"\b(?:meeting|AGM|assembly)\b", re.IGNORECASE)
_NAME_RUNS_ON = re.compile(r"\b(?:and|of|the)\s*$|&\s*$", re.IGNORECASE)
NEXT_NAME_LINES = 3
"""How many lines under a "Next Meeting" label naming the meeting may stand before its dateline (the name's, then the date's)."""
NEXT_LABEL_REACH = 30
"""How far (characters) after a "Next meeting" label its date may open ("will be held on Tuesday, …")."""
# Where a sentence about the next meeting comes to its day, past the place or the meeting's sort named on the way: "to
# be held in the Elm Room, Town Hall on", "will be the Annual Parish Meeting to be held on", "is scheduled for".
_HELD_ON = re.compile(
    r"\b(?:held|take\s+place|convened?|scheduled)\s+(?:(?:at|in)\s+[^.;:!?\d]{1,60}?\s+)?(?:on|for)\s+", re.IGNORECASE
)
HELD_ON_REACH = 120
"""How far (characters) into the sentence its "held … on" may come, a long place's name before it."""
# "The board agreed to meet on Monday, May 18", "Council will meet on 4 June": when the body itself meets next, which
# `_meeting_is_subject` checks and the day must follow at once (never "… meet on site with the contractor on 5 May").
_MEETS_ON = re.compile(r"\b(?:will|would|shall|agreed\s+to|decided\s+to)\s+meet\s+on\s+", re.IGNORECASE)
_WEEKDAY_ONLY = re.compile(rf"^\W*(?:{WEEKDAY_NAME})?\W*$", re.IGNORECASE)
# "… the next regular meeting is …", "Next month's board meeting will be …", "The Committee will meet again on …", "The
# Board will next meet on …".
# "The Board adjourned at 8:15 p.m. and will reconvene on April 1, 2031": the session it continues in.
_NEXT_SENTENCE = re.compile(
    r"\bnext\s+(?:[\w'’]+\s+){0,6}?meeting\b|\b(?:will|shall|would|is\s+to|are\s+to)\s+(?:next\s+meet|meet\s+(?:again|next)"
    r"|reconvene)\b|" + _MEETS_ON.pattern,
    re.IGNORECASE,
)
# A later meeting of the body named by its date, in a sentence about what it will do: "The budget will be finalized at
# the April 2, 2031, Township Board Meeting." ("… was adopted at the March 5 Board Meeting" is past; "… at the Planning
# Committee meeting" is another group's).
_DATED_MEETING_AHEAD = re.compile(
    r"\b(?:will|shall)\s+be\s+(?:[\w-]+\s+){0,3}?(?:at|on)\s+the\s+(?P<date>[^.;]{4,40}?),?\s+"
    r"(?P<qualifiers>(?:(?-i:[A-Z])[\w'’-]*\s+){0,3}?)(?:board|council|township|town|village|commission|selectmen|regular"
    r"|monthly|general)\s+meeting\b",
    re.IGNORECASE,
)
# The next meeting named by its date before the word "meeting", in a sentence saying where or when it will be: "The
# April 7 meeting will be held at the Elm Middle School library.", "The May 2, 2031 regular meeting will take place in
# the Board Room." (never "The March 5 meeting was …", a past one, nor "… the April 9 Planning Board meeting will …").
_DATED_MEETING_WILL_BE = re.compile(
    rf"\b(?i:the|our)\s+(?P<date>(?i:{MONTH_NAMES})\.?\s+\d{{1,2}}(?i:st|nd|rd|th)?(?:,?\s+\d{{4}})?),?\s+"
    r"(?P<qualifiers>(?:[\w'’-]+\s+){0,3}?)(?i:meeting)\s+(?i:will|shall)\s+(?i:be\s+held|take\s+place|be\s+(?:at|in|on))\b"
)
# Words that may stand before the body's word in its own meeting's name ("Township Board Meeting", "Regular Council
# Meeting", "Full Council Meeting", "Next Ordinary Meeting"); any other ("Zoning Board", "Planning Commission") names
# another body.
_OWN_MEETING_QUALIFIERS = frozenset(
    {"township", "town", "city", "village", "county", "borough", "parish", "regular", "ordinary", "full", "monthly",
     "special", "general", "annual", "board", "council"}
)
# A line opening with a name as its label: "134.5 Elm Charity: …", "Footpaths Group – …".
_REPORT_LABEL = re.compile(r"^\W*(?:\d{1,3}(?:\.\d{1,3})*[.)]?\s*)?(?P<label>[A-Z][A-Za-z'’&,. -]{2,60}?)\s*(?::\s|\s[-–—]\s)")
# A label that is itself about the next meeting, whatever body words it holds: "Date of next Parish Council meeting",
# "Date of the next Town Council Meeting", "Next Parish Council Meeting" (another body's meeting is told apart by
# `_another_bodys_meeting`).
_LABEL_NAMING_NEXT_MEETING = re.compile(
    r"^(?:(?:date|time|dates)\s+(?:and\s+(?:time|venue)\s+)?of\s+(?:the\s+)?)?next\s+(?:[\w'’-]+\s+){0,4}meeting$", re.IGNORECASE
)
_OTHER_BODY_WORDS = re.compile(
    rf"{_BODY_WORDS.pattern}|\b(?:Charity|Charities|Association|Society|Club|Foundation|Federation|Friends)\b", re.IGNORECASE
)
# Words naming a group other than the council or board whose minutes these are ("next Council meeting", "next Board
# meeting" are its own, whatever the body's full name).
_OTHER_MEETING_WORDS = {
    "committee", "sub-committee", "subcommittee", "group", "forum", "panel", "partnership", "working", "steering",
    "liaison", "association", "society", "club", "charity", "trust", "friends", "network", "alliance",
}
# The words of a voluntary organisation's name ("Elmtown Historical Society", "Elmside Bowls Club", "Elm Residents'
# Association Ltd"): a letterhead naming one names the body whose minutes follow. A firm's legal forms come from the
# names vocabulary, but for "Co", which letterheads also write for a county ("Co. Elmshire").
_ORGANISATION_WORDS = re.compile(
    # A school's parents' group, a club's supporters or an owners' association name theirs by these too: "Elm Park PTA",
    # "… Band Boosters", "Pine Ridge HOA".
    r"\b(?:Association|Society|Club|Boosters|PTA|PTO|PTSA|HOA|POA|Corporation|Federation|Union|Institute|Guild|League|"
    # "Elmsoc", "ChemSoc": a students' society names itself with "Soc" run on.
    r"Foundation|Co-?operative|Fellowship|Friends|Charity|[A-Za-z]{2,12}soc|"
    + legal_form_pattern(leaving_out=frozenset({"co"})) + r")\b\.?",
    re.IGNORECASE,
)
# A society named by its initials in the minutes' title: "ECSS Meeting Minutes", "EFG Exec Minutes", "Minutes of the
# EFG AGM held on 3 March". The initials stand in capitals in a title that is not (an all-capitals "MINUTES OF THE
# BOARD MEETING" names no initials); the meeting's own initials are no society's.
_INITIALS_TITLE = re.compile(
    r"^(?:(?P<body>[A-Z][A-Z&]{1,7}(?:\s+(?i:exec(?:utive)?(?:\s+committee)?))?)\s+(?:(?i:meeting|a\.?g\.?m\.?)\s+)?"
    r"(?:[Mm]inutes|[Nn]otes)\b"
    r"|(?i:minutes|notes)\s+(?i:of)\s+(?:(?i:the|an?)\s+)?(?P<named>[A-Z][A-Z&]{1,7})\s+"
    r"(?i:(?:annual\s+general\s+)?meeting|a\.?g\.?m\.?|e\.?g\.?m\.?)(?=[\s,.]|$))"
)
# A word of the record or the meeting set in capitals before "Minutes" ("DRAFT Minutes", "REGULAR Meeting Minutes",
# "AGM Minutes", "Minutes of the MARCH Meeting") is no society's initials.
_NOT_INITIALS = re.compile(
    rf"^(?:{_SORTS}|{STATUS_WORDS}|{MONTHS}|agreed|adopted|signed|official|summary|action"
    r"|joint|public|open|closed|meeting|minutes|notes|agenda|session|general|agm|egm|sgm|aob|pdf|doc|docx)$",
    re.IGNORECASE,
)
# What a title says after the body's name about when the meeting was: "… held on 3 May", "… which took place on …".
_HELD_TAIL = re.compile(r"(?<!\s)\s+(?:held|which\s+took\s+place|meeting\s+on)\b", re.IGNORECASE)
_SPECIAL_MEETING = re.compile(
    rf"\b(?:special|emergency|extraordinary|{_SPECIAL_KINDS}|work\s+session)\b", re.IGNORECASE
)
_NOT_A_MEETING = re.compile(
    r"\b(?:away\s+day|awayday|conference|workshop|training|event|seminar|visit|celebration|launch|deadline)\b",
    re.IGNORECASE,
)
_PLAN_TITLE = re.compile(
    r"^(?P<title>(?:[A-Z][\w&'-]*\s+){0,6}(?:Plan|Strategy|Agreement)\b.*?)$"
)
_PERIOD = re.compile(
    r"\b(?P<start>(?:19|20)\d{2})\s*(?:/|-|–|to)\s*(?P<end>(?:19|20)?\d{2})\b"
)
_PLACE_BODY = re.compile(
    r"\b(?P<words>(?:[A-Z][a-z]+(?:['’]s)?\s+){1,6})Partnership\b"
)
_PLACE_STOP = {
    "The", "This", "Our", "A", "An", "Each", "Every", "Local", "Their", "Its", "Your", "With", "For", "From", "By", "In", "Of",
}
_SMALL_WORDS = {"of", "and", "the", "for", "in", "on", "at", "to", "a", "an", "with", "by", "or"}
_PLACE_JOINERS = {"on", "upon", "under", "in", "cum", "le", "la", "by", "the", "en", "sur", "de", "next", "over", "with"}


def extract_meeting(document: ParsedDocument, *, kind: Kind) -> Meeting:
    """Return the meeting `document` records (for a plan: its body, title and period)."""
    if kind == "plan":
        return _extract_plan_meeting(document)
    front = front_matter(document)
    if front:
        # Front matter still among the lines (a document not made by the text reader): read it, then leave it out.
        fields = read_front_matter([line.text for line in front])
        meeting = _extract_minutes_meeting(_without_lines(document, {line.number for line in front}), kind=kind)
    else:
        # The text reader keeps the front matter it blanks here; the PDF reader, a running title it dropped.
        fields = {key: value for key, value in document.metadata.items() if key != RUNNING_TITLE}
        meeting = _extract_minutes_meeting(document, kind=kind)
    dated_in_text = meeting.date is not None
    if fields:
        meeting = _fill_from_front_matter(meeting, fields, document)
    running = document.metadata.get(RUNNING_TITLE)
    if running and (meeting.date is None or meeting.body is None or _is_generic_body(meeting.body)):
        meeting = _fill_from_running_title(meeting, running, document, kind=kind)
    if meeting.date is None and kind in ("minutes", "agenda"):
        meeting.date = _date_from_file_name(document, posted=bool(fields))
    if not dated_in_text and meeting.date is not None and kind == "minutes":
        # The date came from the front matter, the running title or the file's name: "Date of next meeting: 30th
        # October", "Dates of Future Meetings: Tuesday 17th January" take their year from the meeting, now known.
        meeting.next_meeting = (_find_next_meeting(document, meeting_date=meeting.date, body=meeting.body)
                                or meeting.next_meeting)
    return meeting


def _fill_from_running_title(meeting: Meeting, running: str, document: ParsedDocument, *, kind: Kind) -> Meeting:
    """The header fields a title block reprinted over every page gives (the reader drops it as a running header, so
    the first page's text starts below it). With no date in the text, the title block was the header: its body,
    date, start time and venue stand; with the date found, it fills in only a body the text does not name."""
    titled = extract_meeting(make_document(running, name=document.name), kind=kind)
    if meeting.date is None and titled.date is not None:
        # "City Council Minutes – 3/4/31" over every page, "The City Council of the City of Elmton met …" in the text:
        # the text's fuller name of the same body stands.
        fuller = (meeting.body is not None and titled.body is not None and _is_generic_body(titled.body)
                  and set(_words(titled.body)) <= set(_words(meeting.body)))
        return replace(meeting, body=meeting.body if fuller else titled.body or meeting.body, date=titled.date,
                       start_time=titled.start_time or meeting.start_time, venue=titled.venue or meeting.venue)
    if meeting.body is not None and titled.body is not None and _is_generic_body(meeting.body) and not (
        _is_generic_body(titled.body) or meeting.body.lower() in titled.body.lower()
    ):
        # "Rakino Ratepayers Association" over every page, "Minutes of Committee Meeting" on the first: its committee.
        return replace(meeting, body=f"{titled.body} {meeting.body}")
    return replace(meeting, body=meeting.body or titled.body)


YEARLESS_DATELINE_UNITS = 2
"""A dateline without its year ("Wednesday, May 28 at 6 p.m.") is among the header's first units (0-based)."""
YEARLESS_BACK_DAYS = 180
"""How long before a full date further down a yearless dateline's day may fall."""
YEARLESS_REACH_DAYS = 330
"""How long before the date in a file's name a day written without a year ("Monday 6 November") may fall."""


def _date_from_file_name(document: ParsedDocument, *, posted: bool) -> dt.date | None:
    """The meeting's date when the text gives none with its year, read with the date in the file's name.

    "minutes_2021-03-09.pdf" dates minutes whose text has no date. A header
    giving the day without the year ("GENERAL MEETING MONDAY 4 MARCH") takes
    the year from the name, the day falling within a year before the name's
    date (minutes are filed on or after the meeting). A site's post (`posted`:
    it has front matter) is named after the day it was posted, so there the
    name gives only the year. A name with a month and no day ("2031-10-…"),
    or a line of a month and year alone in the header ("October 2031", a
    site's post date), dates such a day up to that month's end, and is never
    the meeting's date by itself.
    """
    named = date_in_file_name(document.name)
    units = _iter_header_units(_header_lines(document))
    if named is None:
        # A month without its day, in the name ("2031-10-minutes.html") or printed alone over the text as a site
        # dates its post ("October 2031"), dates a day written without its year up to the month's end; it is
        # never the meeting's date by itself.
        month = month_in_file_name(document.name) or next(filter(None, (month_alone(text) for text, _ in units)), None)
        if month is None:
            return None
        named, posted = dt.date(month[0], month[1], calendar.monthrange(*month)[1]), True
    since = named - dt.timedelta(days=YEARLESS_REACH_DAYS)
    for text, _ in units:
        found = [span for span in find_day_month_dates(text, relative_to=since) if not _is_previous(text, span[1])]
        if found:
            # A day after the name's date (a weekday moved it on a year) is not this file's meeting.
            return found[0][0] if found[0][0] <= named else None
    return None if posted else named


# Front matter keys that give the meeting's own details where a site's page carries them as an event:
# "location: Zoom", "starts: 2031-11-16T19:00:00-08:00", "ends: …", "time: 7:00 PM".
_FRONT_MATTER_VENUE_KEYS = ("venue", "location", "place", "where")
_FRONT_MATTER_START_KEYS = ("meeting_date", "event_date", "starts", "start", "start_date", "start_time", "starttime", "time")
_FRONT_MATTER_END_KEYS = ("ends", "end", "end_date", "end_time", "endtime")
_ISO_DATE_PREFIX = re.compile(r"^\d{4}-\d{2}-\d{2}")


def _fill_from_front_matter(meeting: Meeting, fields: dict[str, str], document: ParsedDocument) -> Meeting:
    """`meeting` with the body, date, times and venue it lacks taken from a site's front matter.

    The front matter says what the page is called and when it was posted,
    and on some sites when and where the meeting is held, as an event's
    "location:" and "starts:"/"ends:". The minutes' own dateline and title come
    first: it fills only what the document leaves out (the title's date, then
    the event's, before the posting date). A posting time ("date: 2031-03-10
    00:00") is never a start time.
    """
    titles = [Line(text=fields[key], page=1, number=0) for key in ("subtitle", "title") if key in fields]
    if meeting.body is None and titles:
        meeting.body = _find_body(titles, document)[0]
    if meeting.date is None:
        for line in titles:
            dates = find_dates(line.text)
            if dates:
                meeting.date = dates[0][0]
                break
    for key in (*_FRONT_MATTER_START_KEYS, "date"):
        if meeting.date is None and key in fields:
            stamp = _iso_stamp(fields[key])
            if stamp is not None:
                meeting.date = stamp.date()
                continue
            # the whole text tells which way the document writes numeric dates; only read when a field needs it
            days = [day for day, _, _ in find_dates(fields[key], month_first=prefers_month_first(document.text))]
            meeting.date = days[0] if days else None
    if meeting.start_time is None:
        meeting.start_time = _front_matter_time(fields, _FRONT_MATTER_START_KEYS)
    if meeting.end_time is None:
        meeting.end_time = _after_start(_front_matter_time(fields, _FRONT_MATTER_END_KEYS), meeting.start_time)
    if meeting.venue is None:
        meeting.venue = next((fields[key] for key in _FRONT_MATTER_VENUE_KEYS if _is_place_value(fields.get(key))), None)
    return meeting


def _front_matter_time(fields: dict[str, str], keys: tuple[str, ...]) -> dt.time | None:
    """The clock time the first of `keys` gives ("7:00 PM", "2031-11-16T19:00:00-08:00"), else None; midnight is none."""
    for key in keys:
        value = fields.get(key)
        if not value:
            continue
        stamp = _iso_stamp(value)
        time = stamp.time() if stamp is not None else None if _ISO_DATE_PREFIX.match(value) else parse_time(value)
        if time is not None and time != dt.time(0, 0):
            return time
    return None


def _iso_stamp(value: str) -> dt.datetime | None:
    """A site generator's ISO date and time ("2031-11-16T19:00:00-08:00", "2031-11-16 19:00"), read as printed."""
    if not _ISO_DATE_PREFIX.match(value):
        return None
    try:
        return dt.datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        return None


def _is_place_value(value: str | None) -> bool:
    """Whether a front matter value names a place: words, not a bare date, time or link."""
    if not value or len(value) > 150 or value.startswith(("http://", "https://", "/", "www.")):
        return False
    return bool(re.search(r"[A-Za-z]{3}", value)) and not find_dates(value) and parse_time(value) is None


def front_matter(document: ParsedDocument) -> list[Line]:
    """The lines of the front matter opening the document (as the text reader knows it), else []."""
    lines = list(document.iter_lines())
    first = next((index for index, line in enumerate(lines) if line.text.strip()), 0)
    lines = lines[first : first + FRONT_MATTER_MAX_LINES]
    end = front_matter_end([line.text for line in lines])
    return lines[: end + 1] if end is not None else []


def _without_lines(document: ParsedDocument, numbers: set[int]) -> ParsedDocument:
    pages = [Page(number=page.number, lines=[line for line in page.lines if line.number not in numbers])
             for page in document.pages]
    return replace(document, pages=pages)


def _extract_minutes_meeting(document: ParsedDocument, *, kind: Kind) -> Meeting:
    header = _header_lines(document)
    used: list[Line] = []
    body, body_lines = _find_body(header, document)
    used.extend(body_lines)
    carried = find_carried_minutes(document) if kind == "agenda" else None
    # "Regular Meeting 05/07/24" in an American board's minutes is the 7th of May.
    month_first = prefers_month_first(document.text)
    notice_date: dt.date | None = None
    if carried is not None:
        # An agenda pack: the notice names the meeting to come; the minutes it carries record the one held.
        notice_date, _, _, _ = _find_date_time_venue(header, month_first=month_first)
        header = _header_lines(document, start=carried)
    date, start_time, venue, detail_lines = _find_date_time_venue(header, month_first=month_first)
    used.extend(detail_lines)
    summons = _find_summons(document, month_first=month_first) if kind == "agenda" and carried is None else None
    if summons is not None:
        # "You are hereby summoned to attend a meeting of … to be held at … on …": the notice's letter date, the
        # letterhead's address and the addressee line above it name no part of the meeting; the summons does.
        date, start_time = summons.date, summons.start_time or (start_time if summons.date == date else None)
        venue = summons.venue or venue
        if summons.body is not None and (body is None or _ADDRESSEE.match(body) or _is_generic_body(body)):
            body = summons.body
        used.extend(summons.lines)
    if date is None and carried is not None:
        date = _find_carried_minutes_date(document, before=carried)
    held = (_find_held_sentence(document, date=date, month_first=month_first)
            if carried is None and (date is None or venue is None) else None)
    if held is not None and date is None:
        date, start_time = held[0], start_time or held[1]
        used.append(held[3])
    if date is None and carried is None:
        date, dateline_time, dateline = _find_dateline(document, month_first=month_first)
        start_time = start_time or dateline_time
        used.extend(dateline)
    if venue is None:
        # "Minutes of the" / "ELM FREE LIBRARY BOARD" over "The regular meeting of the Elm Free Library Board was
        # called to order …": a banner line with a building's word that is the body's name is who met, not where.
        banners = [line for line in header if body is not None and _words(_strip_marks(line.text)) == _words(body)]
        venue, venue_lines = _find_bare_venue(header, skip=body_lines + banners)
        used.extend(venue_lines)
    if venue is None:
        venue, venue_lines = _find_address_venue(header)
        used.extend(venue_lines)
    if venue is None and held is not None and held[2] is not None:
        venue = held[2]
        used.append(held[3])
    if venue is None and carried is None:  # an agenda pack's "Venue:" is the notice's, not the carried minutes'
        venue, venue_lines = _find_labelled_venue(document)
        used.extend(venue_lines)
    if venue is None and carried is None:
        venue, venue_lines = _find_opening_venue(document)
        used.extend(venue_lines)
    # The time the minutes say the meeting was called to order beats the time it was called for.
    start_time = _opened_at(start_time, _find_prose_start_time(document))
    end_time, end_half = _find_end_time(document)
    if end_time is not None and start_time is None and not end_half and end_time.hour in EVENING_END_HOURS:
        end_time = end_time.replace(hour=end_time.hour + 12)  # "Meeting adjourned at 8:35.": the evening's
    end_time = _after_start(end_time or _find_header_end_time(header), start_time)
    next_meeting = _find_next_meeting(document, meeting_date=date, body=body)
    if carried is not None and notice_date is not None and (date is None or notice_date > date):
        next_meeting = notice_date
    used.sort(key=lambda line: line.number)
    return Meeting(
        kind=kind,
        body=body,
        title=None,
        date=date,
        start_time=start_time,
        end_time=end_time,
        venue=venue,
        next_meeting=next_meeting,
        evidence=Evidence.of_lines(used) if used else None,
    )


def _header_lines(
    document: ParsedDocument, *, start: Line | None = None, max_lines: int = HEADER_MAX_LINES
) -> list[Line]:
    """The non-blank lines (from `start`, else the first) before the first attendance list, item or table."""
    lines: list[Line] = []
    boxed = 0
    every = list(document.iter_lines())
    for index, line in enumerate(every):
        if line.is_blank or (start is not None and line.number < start.number) or not _strip_marks(line.text):
            continue  # a line of HTML tags alone ("<div class=\"header\">") is markup, not a header line
        if _is_site_chrome(line):
            continue  # "Skip to main content", "Home | Government | Minutes": the web page's, not the minutes'
        if len(lines) == boxed and line.cells is not None and _filled_cells(line) == 1 and boxed < BOXED_NOTICE_MAX_LINES:
            # "*** CITY COUNCIL MEETING REPORT ***" / "The Council took the following action …" in a frame above the
            # title: a boxed notice read as a one-column table, not the items table that ends the header.
            boxed += 1
            lines.append(line)
            continue
        text = line.text.strip()
        starts_with_date = any(start == 0 for _, start, _ in find_dates(_strip_marks(text)))
        if lines and not starts_with_date and _ends_header(
            text, above=_strip_marks(lines[-1].text), below=_text_below(every, index)
        ):
            break
        if not lines and opening_label(text, sections=("attendance", "apologies")) is not None and not starts_with_date:
            return []  # "Present: Cllrs …" first: the title is printed elsewhere (a site's page, an image letterhead)
        if line.cells is not None and not _is_labelled(text) and _grid_row(line) is None and not (
            _column_labels(line) or _table_values(line, lines[-1] if lines else None)
        ):
            break  # the items table (a "Date: …" or "Venue: …" row, or the meeting's row of a header table, stays)
        lines.append(line)
        if len(lines) >= max_lines:
            break
    return lines


def _text_below(lines: list[Line], index: int) -> str | None:
    """The text of the first line with words after `lines[index]`, else None."""
    for line in lines[index + 1 :]:
        text = _strip_marks(line.text)
        if not line.is_blank and text:
            return text
    return None


def _filled_cells(line: Line) -> int:
    return sum(1 for cell in line.cells or () if cell.strip())


_SKIP_LINK = re.compile(r"^\W*skip\s+to\s+(?:the\s+)?(?:main\s+)?(?:content|navigation|menu)\W*$", re.IGNORECASE)
_MENU_ENTRY = re.compile(r"^(?:home|menu|search|contact(?:\s+us)?|about(?:\s+us)?|sitemap|site\s+map|log\s*in|sign\s+in)$",
                         re.IGNORECASE)


def _is_site_chrome(line: Line) -> bool:
    """True for a web page's skip link or a menu row opening with "Home", left in a page saved as text."""
    if _SKIP_LINK.match(line.text):
        return True
    cells = [cell.strip() for cell in line.cells or () if cell.strip()]
    return len(cells) >= 3 and _MENU_ENTRY.match(cells[0]) is not None and all(len(cell.split()) <= 3 for cell in cells)


def _grid_row(line: Line) -> tuple[str, str] | None:
    """(label, value) of a header grid's row ("Date | 4th March 2021", "Place  Mill House"), else None."""
    if line.cells is not None:
        cells = [cell.strip() for cell in line.cells if cell.strip()]
        if len(cells) >= 2 and _GRID_LABEL.match(cells[0].rstrip(":").strip()):
            return cells[0].rstrip(":").strip(), " ".join(cells[1:])
        return None
    match = _GRID_TEXT.match(_strip_marks(line.text))
    if match and _GRID_LABEL.match(match.group("label").strip()):
        return match.group("label").strip(), match.group("value").strip()
    return None


def _column_labels(line: Line) -> list[str] | None:
    """The labels of a header table's first row ("Meeting | Date | Time | Venue"), else None."""
    cells = [cell.strip().rstrip(":").strip() for cell in line.cells or ()]
    if len(cells) >= 2 and all(_GRID_LABEL.match(cell) or re.fullmatch(r"meeting|committee", cell, re.IGNORECASE)
                               for cell in cells if cell) and sum(1 for cell in cells if cell) >= 2:
        return cells
    return None


def _table_values(line: Line, above: Line | None) -> list[str] | None:
    """A header table's row giving the meeting, as "Label: value" units: under a row of labels ("Full Council |
    4 March 2031 | 7.30pm | Village Hall"), or opening with the date ("Tuesday 4 March 2031 | 7.30pm | Village Hall")."""
    if line.cells is None or _column_labels(line):
        return None
    cells = [cell.strip() for cell in line.cells]
    labels = _column_labels(above) if above is not None and above.cells is not None else None
    if labels and len(labels) == len(cells):
        return [f"{label}: {value}" for label, value in zip(labels, cells) if label and value]
    filled = [cell for cell in cells if cell]
    first = find_dates(filled[0]) if filled else []
    if len(filled) < 2 or not first or first[0][1] != 0:
        return None
    units = [f"Date: {filled[0]}"]
    for cell in filled[1:]:
        if clock_alone(cell) is not None or _TIME_RANGE.fullmatch(cell):
            units.append(f"Time: {cell}")
        elif _VENUE_WORDS.search(cell) and len(cell.split()) <= BARE_VENUE_MAX_WORDS:
            units.append(f"Venue: {cell}")
    return units


def _unit_text(line: Line) -> str:
    """A header line's text; a grid row reads as "Label: value", as the labelled lines do."""
    row = _grid_row(line)
    return f"{row[0]}: {row[1]}" if row else _strip_marks(line.text)


def _ends_header(text: str, *, above: str | None = None, below: str | None = None) -> bool:
    """True for a line that opens the attendance, the apologies, the absent or the first item, or a roll call's heading
    over its register ("Roll Call __ Board Members Present": the members' register, never the body's name). `above` and
    `below` are the lines beside it, which tell a street address in capitals from an item heading."""
    if is_roll_call_heading(text):
        return True
    if (_ITEM_OPENER.match(text) and not _is_street_address(text, above=above, below=below)
            and not _HOUR_OPENING.match(text)):
        return True
    return opening_label(text, sections=("attendance", "apologies", "absent")) is not None


def _is_street_address(text: str, *, above: str | None = None, below: str | None = None) -> bool:
    """True for a street address where an item's number might stand ("215 Main Street", "132 E Prairie St - Elmton").

    One set in capitals ("123 MAIN STREET", "4 HIGH STREET") reads just as an item heading in capitals does ("1
    SPEEDING ON CHURCH ROAD"), so it counts only where it belongs to a title block: with its town after a comma
    ("10326 ELM BLVD, ELMTON"), just under a place's line ("COUNCIL CHAMBERS"), or over its town or postcode
    ("ELMTON, IL 60525", "ELMFORD EL4 2QT") or its date alone.
    """
    if _MIXED_STREET_START.match(text) or _MIXED_STREET_LINE.match(text):
        return True
    if not (_STREET_START.match(text) or _STREET_LINE.match(text)):
        return False
    if _STREET_THEN_TOWN.search(text):
        return True
    if below is not None and (
        _CITY_STATE_LINE.match(below) or _TOWN_REGION_LINE.match(below) or _POSTAL_CODE_LINE.match(below)
        or _UK_POSTCODE_END.search(below) or _is_date_alone(below)
    ):
        return True  # over its town, its postcode, or the meeting's date alone ("123 MAIN STREET" / "March 14, 2031")
    # Under "VILLAGE HALL", unless running text follows: "1 SPEEDING ON CHURCH ROAD" / "Cllr Vale said it was …" is
    # the first item under the place's line.
    return (above is not None and _is_place_line(above)
            and not (below is not None and _SENTENCE_VERB.search(below) and _RUNNING_TEXT.search(below)))


def _is_place_line(text: str) -> bool:
    """True for a title block's line naming only a place ("COUNCIL CHAMBERS, CITY HALL", "Elm Water District Office")."""
    named = _title_case(text) if text.isupper() else text
    return bool(
        _VENUE_WORDS.search(named) and len(text.split()) <= BARE_VENUE_MAX_WORDS and not find_dates(text)
        and not text.endswith((".", ":")) and not _TITLE_OF_MINUTES.match(text) and not _MINUTES_LINE.match(text)
        and not _ITEM_OPENER.match(text)
    )


def _find_body(header: list[Line], document: ParsedDocument) -> tuple[str | None, list[Line]]:
    found = _find_named_body(header, document)
    if found[0] is not None and _is_generic_body(found[0]):
        # "City Council", "Board of Directors": the organisation is named in a banner or a running footer.
        fuller = _organisation_body(found[0], header, found[1], document)
        if fuller is not None:
            return fuller[0], found[1] + [fuller[1]]
        # "Monthly Board Meeting" over "… the Elm Lake Board of Supervisors met at the Town Hall": the sentence names it.
        # "CITY COUNCIL MEETING MINUTES" / "INTRODUCTORY" / "The City Council of the City of Elmton, Northland met for a
        # regular meeting …": the opening sentence may stand under the first heading, past the header.
        for lines, patterns in ((header, (_BODY_MET, *_BODY_CALLED_TO_ORDER)),
                                (_opening_lines(document, header), (_BODY_MET, _A_MEETING_OF, *_BODY_CALLED_TO_ORDER))):
            met = _body_that_met(lines, patterns)
            if met is not None and set(_words(found[0])) <= set(_words(met[0])):
                return met
    if found[0] is None:
        # "MINUTES" / "REGULAR MEETING" / the date, then "1. CALL TO ORDER" / "President Lee called the regular meeting of
        # the Elm Unified School District Board of Education to order …": only the call to order names the body.
        met = _body_that_met(header + _opening_lines(document, header), (*_BODY_CALLED_TO_ORDER, _WELCOME_TO_MEETING))
        if met is not None:
            return met
    return found


OPENING_LINES = 12
"""How many lines past the header the opening sentence ("The City Council of … met for a regular meeting") may start."""


def _opening_lines(document: ParsedDocument, header: list[Line]) -> list[Line]:
    """The first lines with words after the header, where the minutes' opening sentence stands under a first heading."""
    last = max((line.number for line in header), default=0)
    return list(islice((line for line in document.iter_lines() if line.number > last and not line.is_blank),
                       OPENING_LINES))


def _words(text: str) -> list[str]:
    return re.findall(r"[\w'’]+", text.lower())


# Past the header a sentence naming the minutes of a meeting approves or notes an earlier one, never this one's opening.
_EARLIER_MINUTES = re.compile(r"\bminutes\b", re.IGNORECASE)


def _body_that_met(
    header: list[Line], patterns: tuple[re.Pattern[str], ...] = (_BODY_MET,)
) -> tuple[str, list[Line]] | None:
    """The body an opening sentence says met ("… the Elm Lake Board of Supervisors met at …"), named in full; past the
    header also the one whose meeting it says was called to order ("The regular meeting of the Elmton City Council was
    called to order at 7:00 p.m.")."""
    for text, lines in _iter_header_units(header):
        for pattern in patterns:
            met = pattern.search(text)
            if met is not None and pattern is _A_MEETING_OF and _EARLIER_MINUTES.search(
                    re.split(r"[.!?]\s", text[: met.start("body")])[-1]):
                continue  # "The minutes of the meeting of the Elmton Parks Committee held on …": an earlier meeting's
            body = _tidy_body(met.group("body")) if met and _has_body_word(met.group("body")) else None
            if body and len(body.split()) <= BODY_MAX_WORDS and not _is_generic_body(body):
                return body, lines
    return None


def _title_run_on(header: list[Line], position: int) -> tuple[str, list[Line]]:
    """The header line at `position` with the lines the title goes on to: a line that stops on "of", "of the" or "and",
    or a next line that opens with "of" or "and" and carries no date, is wholly title. A title set over three lines
    ("MINUTES OF THE REGULAR MEETING" / "OF THE BOARD OF DIRECTORS OF THE" / "ELM VALLEY WATER DISTRICT") goes on while
    the joined title still stops on a joining word, through at most `TITLE_MAX_LINES` lines."""
    line = header[position]
    text = _strip_marks(line.text)
    if not (_MINUTES_LINE.match(text) or _TITLE_OPENING.match(text)):
        return text, [line]
    lines = [line]
    while position + len(lines) < len(header) and len(lines) < TITLE_MAX_LINES:
        following = header[position + len(lines)]
        after = _strip_marks(following.text)
        ends_on_joiner = _TITLE_WORD_END.search(text) is not None
        if (not after or following.cells is not None or find_dates(after) or _ANY_LABEL.match(after)
                or not (ends_on_joiner or (len(lines) == 1 and _TITLE_RUN_ON.match(after)))):
            break
        if not ends_on_joiner and _names_another_event(after):
            break  # "… OF THE PLANNING COMMITTEE" / "and the Annual Parish Meeting": a second meeting
        text = f"{text} {after}"
        lines.append(following)
        if not _TITLE_WORD_END.search(text):
            break
    return text, lines


def _board_of_district(title: str) -> str | None:
    """The board a title names before "meeting" when what follows "meeting of" is an organisation with no body's word
    ("Regular Board Meeting of the Elm Water District" gives "Board of the Elm Water District"), else None."""
    match = _BOARD_MEETING_OF.match(title)
    if match is None or _BODY_WORDS.search(match.group("district")) or find_dates(match.group("district")):
        return None
    body = _tidy_body(f"{match.group('board')} {match.group('of')}{match.group('district')}")
    return body if body and len(body.split()) <= BODY_MAX_WORDS else None


def _names_another_event(text: str) -> bool:
    """True for a title's next line that opens with "and" and names an event of its own ("and the Annual Parish Meeting",
    "and Public Hearing on the Budget": the owner vocabulary's `event_words`), not the rest of a joint body's name ("and
    Zoning Board of Appeals")."""
    words = re.findall(r"[A-Za-z]+", text.lower())
    return bool(words) and words[0] == "and" and any(word in load_owner_words().event_words for word in words[1:])


def _find_named_body(header: list[Line], document: ParsedDocument) -> tuple[str | None, list[Line]]:
    units = _iter_header_units(header)
    for pattern in (_MEETING_OF, _BODY_MEETING, _A_MEETING_OF):
        for text, lines in units:
            match = pattern.search(text)
            if match is None or (pattern is _BODY_MEETING and not _has_body_word(match.group("body"))):
                continue
            body = _board_of_district(text[match.start() : match.end("body")]) or _tidy_body(match.group("body"))
            if body is None or len(body.split()) > BODY_MAX_WORDS or find_dates(body) or (
                    body[:1].islower() and not _has_body_word(body)):
                continue  # the sentence ran on past the name, or named none ("The joint meeting of the district boards")
            fuller = _fuller_heading(header, body)
            return (fuller[0], [fuller[1], *lines]) if fuller else (body, lines)
    for position in range(len(header)):
        # "Minutes of a REGULAR MEETING of the BOARD OF TRUSTEES" as a title line of its own, and wrapped on to the next
        # line: "… OF THE BOARD OF DIRECTORS OF THE" / "ELM VALLEY WATER DISTRICT", "… OF THE CITY COUNCIL" / "OF THE
        # CITY OF ELMFORD".
        title, lines = _title_run_on(header, position)
        match = _MEETING_OF_TITLE.search(title)
        body = _board_of_district(title) or (_tidy_body(match.group("body")) if match else None)
        if body and len(body.split()) <= BODY_MAX_WORDS and not find_dates(body) and _BODY_WORDS.search(body):
            return body, lines
    for text, lines in units:
        # The title wrapped before its body: "MINUTES OF THE SPECIAL MEETING" / "of the HARBOUR AUTHORITY",
        # the dateline run on after it.
        dates = find_dates(text)
        title = _without_weekday_end(text[: dates[0][1]]) if dates else text  # "… AUTHORITY Wednesday- January 4"
        match = _MEETING_OF_TITLE.search(title) if len(lines) > 1 else None
        body = (_board_of_district(title) if len(lines) > 1 else None) or (_tidy_body(match.group("body")) if match else None)
        if body and len(body.split()) <= BODY_MAX_WORDS and not find_dates(body) and _BODY_WORDS.search(body):
            return body, lines
    for text, lines in units:
        label = _BODY_LABEL.match(text)
        if label and _tidy_body(label.group("body")):
            return _tidy_body(label.group("body")), lines
    candidates: list[tuple[Line, str]] = []
    for line in header:
        # "Cyngor Cymuned Elm / Elm Community Council": the English half (the slash is no breadcrumb's).
        text = _english_name(_body_cell(_strip_marks(line.text)))
        text = _body_after_minutes_title(text) or text
        if (not text or _MINUTES_LINE.match(text) or _BREADCRUMB.search(text) or _BULLET_LINE.match(line.text)
                or _PERSON_AND_OFFICE.match(text)):
            continue  # a bullet of the minutes ("• Ann Lee welcomed to the Commission") names no body
        if (_VENUE_LABEL.match(text) or _DATE_LABEL.match(text) or _QUOTED_LINE.match(text)
                or _PRESENT_LABEL.match(without_lead(text))):
            continue  # a motto in quotation marks under a letterhead ("“The County's First Township Board”") names no body
        dates = find_dates(text)
        if dates:
            # "Northtown Safety Partnership - Thursday, 24th March, 2016": the name before the date.
            # "Minutes of the X held on <date>": the name is what comes before "held".
            # "March 4, 2031 Elm Township Board Minutes": the name after the date, the record's name after it.
            after = _after_leading_date(text, dates) if _TRAILING_MEETING.search(text) else None
            text = after or _without_weekday_end(text[: dates[0][1]]).strip(" ,-–:")
            text = _HELD_TAIL.split(text, maxsplit=1)[0]
            # "Town Board Minutes for March 4, 2031": the record's name and its preposition before the date.
            text = re.sub(r"(?<!\s)\s+(?:(?:minutes|notes|meeting)\s+(?:for|from|dated)|on|at|of)$", "", text,
                          flags=re.IGNORECASE).strip(" ,-–:")
            # "ROWDEN PARISH COUNCIL MINUTES OF THE ANNUAL MEETING": the banner, then the minutes' title.
            text = _MINUTES_AFTER_BANNER.split(text, maxsplit=1)[0].strip(" ,.-–:") or text
            text = _body_after_minutes_title(text) or text
            if not text or _MINUTES_LINE.match(text) or re.fullmatch(r"(?:minutes|notes|meeting)", text, re.IGNORECASE):
                continue
        if _is_council_room(text):
            continue  # "Council Chambers": where the council meets, not who
        if TIMED_ENTRY.match(text):
            continue  # "7:11 - Discussion on partnership with the Trust": an entry of minutes kept as a timed log
        if (_HELD_AT.match(text) or _PROSE_NAMING_A_BODY.search(text) or _PERSON.search(text) or _WELCOME.match(text)
                or (text[:1].islower() and not _THE.match(text)) or _LOWER_CASE_PAST.search(text)
                or MOTION_OPENING.match(text) or _PROSE_RUN.search(_without_record_title(text))):
            continue  # "Held in the Board Room…", "…members of the Town Council attended": a sentence of the minutes
        if _ROMAN_ITEM.match(text) or _TITLE_WORD_END.search(text):
            continue  # "IV. Action Item: …" (an item the header ran on into), "Board of" (a name wrapped to the next line)
        if _BODY_WORDS.search(text) and len(text.split()) <= BODY_MAX_WORDS and not _SENTENCE_VERB.search(text):
            candidates.append((line, text))
    specific = [pair for pair in candidates if not _COUNCIL_BANNER.match(pair[1])]
    # "Elections Commission" in a letterhead, then "MEETING MINUTES" over "Harbour Advisory Committee": the body the
    # record's title line introduces is the one that met.
    titled = [pair for pair in specific if _follows_record_title(header, pair[0])]
    chosen = titled or specific or candidates
    if chosen:
        body = _tidy_body(chosen[0][1])
        # "Minutes of the Parish Council Meeting" under a "Southby Parish Council" heading names that council.
        fuller = _fuller_heading(header, body)
        return (fuller[0], [fuller[1], chosen[0][0]]) if fuller else (body, [chosen[0][0]])
    met = _body_that_met(header)
    if met is not None:
        return met
    for line in header:
        # "Meeting of the Ada Quill Memorial Library": a title naming an institution with no body's word, whose board
        # met (a library's or a district's trustees).
        titled_institution = _MEETING_OF_INSTITUTION.match(_strip_marks(line.text))
        if titled_institution:
            return titled_institution.group("body"), [line]
    for line in header:
        # "Elm Township Minutes", "Elm Township (555) 010-0199": the banner with the record's name or the office's
        # telephone set beside it; "MUNICIPAL DISTRICT OF ELMVALE HELD IN" (a title set a word or two a line, the
        # place on the next): the banner up to "held".
        text = _HELD_TAIL.split(_PHONE_TAIL.sub("", _strip_marks(line.text)), maxsplit=1)[0]
        banner = _tidy_body(text)
        if banner and (MUNICIPAL_BANNER.match(text) or MUNICIPAL_BANNER.match(banner)):
            return banner, [line]
    for text, lines in units:
        # No heading names it: "Elmstead Community Council held their meeting via Zoom …".
        match = _BODY_HELD_ITS_MEETING.search(text)
        body = _tidy_body(match.group("body")) if match and _has_body_word(match.group("body")) else None
        if body and len(body.split()) <= BODY_MAX_WORDS:
            return body, lines
    named = _organisation_banner(header) or _running_header_body(document)
    if named is not None:
        return named
    for line in document.iter_lines():
        match = _NEXT_MEETING_OF.search(line.text)
        if match:
            return _tidy_body(match.group("body")), [line]
    return None, []


def _body_cell(text: str) -> str:
    """The part of a letterhead line that names the body, where a column stands beside it a tab apart ("Elm Licensing
    Board<TAB>Ann Lee, Chair": the members or officers listed at the right), else the whole line."""
    if "\t" not in text:
        return text
    cells = [cell.strip() for cell in text.split("\t") if cell.strip()]
    naming = [cell for cell in cells if _BODY_WORDS.search(cell)]
    return naming[0] if len(naming) == 1 and len(cells) > 1 else text


def _organisation_banner(header: list[Line]) -> tuple[str, list[Line]] | None:
    """A letterhead naming a voluntary organisation ("ELMTOWN HISTORICAL SOCIETY" over "Minutes of the Annual General
    Meeting"): a short capitalised name with an organisation's word, above the minutes' title and their date (a line
    below them is where the meeting was held: "Elmside Social Club")."""
    for line in header:
        text = _strip_marks(line.text)
        strata = _strata_corporation(text)
        if strata is not None:
            return strata, [line]
        if _TITLE_OF_MINUTES.match(text) and not _MINUTES_LINE.match(text):
            # "Minutes of Trustees of The Friends of Elmbury Library": the title names the organisation itself; "…
            # of the Elm Residents Association AGM held on 24 November": the name before when it was held.
            dates = find_dates(text)
            name = _tidy_body(_HELD_TAIL.split(text[: dates[0][1]] if dates else text, maxsplit=1)[0])
            if (name and _ORGANISATION_WORDS.search(name) and len(name.split()) <= BODY_MAX_WORDS
                    and not _SENTENCE_VERB.search(name) and not re.match(r"(?i:the\s+)?(?:last|previous)\b", name)):
                return name, [line]
        initials = _INITIALS_TITLE.match(_STATUS_LEAD.sub("", text, count=1))
        if initials and re.search(r"[a-z]", text):
            name = initials.group("body") or initials.group("named")
            if not _NOT_INITIALS.match(name.split()[0]) and not _BODY_WORDS.search(name.split()[0]):
                return name, [line]
        if _RECORD_TITLE.match(text):
            continue  # "MINUTES" over "Elm Lake Association": the record's name, then whose it is
        dated = _name_after_date(text)
        if dated is not None:
            return dated, [line]
        dates = find_dates(text)
        if dates and not _MINUTES_LINE.match(text) and not _TITLE_OF_MINUTES.match(text):
            # "Elm Makers Association - Annual General Meeting - 3 March 2031": the organisation, its meeting, the day.
            name = _tidy_body(text[: dates[0][1]].strip(" ,-–—:"))
            if name and _ORGANISATION_WORDS.search(name) and _is_organisation_banner(name):
                return name, [line]
        if dates or _MINUTES_LINE.match(text) or _TITLE_OF_MINUTES.match(text):
            return None
        if _VENUE_LABEL.match(text) or _HELD_AT.match(text) or _is_address_line(text):
            continue
        name = _tidy_body(text)
        if name and _ORGANISATION_WORDS.search(name) and _is_organisation_banner(name) and not _VENUE_WORDS.search(name):
            above = [other for other in header if other.number < line.number]
            place = _subdivision_above(name, above[-1] if above else None)
            return (f"{place} {name}", [above[-1], line]) if place else (name, [line])
    return None


# An owners' or residents' association named only by its kind ("Homeowners Association", "Property Owners'
# Association, Inc."): the letterhead's line above it names the subdivision.
_KIND_OF_ASSOCIATION = re.compile(
    r"^(?:(?:home\s*owners|property|owners|residents|tenants|neighbou?rhood|condominium|civic|lot)['’]?\s+)+"
    r"association(?:,?\s+inc\.?)?$",
    re.IGNORECASE,
)
SUBDIVISION_MAX_WORDS = 5
"""A subdivision's name over its association's kind ("Elm Ridge Filing #2") is short."""


def _subdivision_above(name: str, above: Line | None) -> str | None:
    """The subdivision a letterhead names over an association named only by its kind: "Elm Ridge Filing #2" over
    "Homeowners Association" (a filing's number is part of the name), never a title, a date or an address."""
    if above is None or not _KIND_OF_ASSOCIATION.match(name):
        return None
    text = _strip_marks(above.text)
    words = _NAME_NUMBER.sub("", text)
    if (not words or len(text.split()) > SUBDIVISION_MAX_WORDS or re.search(r"\d|[:;,.@]", words)
            or not _is_capitalised_name(words) or _NOT_A_BANNER.search(words) or _BODY_WORDS.search(words)
            or _ORGANISATION_WORDS.search(words) or _RECORD_TITLE.match(text) or _VENUE_WORDS.search(text)):
        return None
    return _tidy_body(text)


# A strata corporation's legal name, its plan's registered number in it: "The Owners, Strata Plan EL 1234", "STRATA PLAN
# KAS1234, ELM COURT", "Strata Corporation VIS 567".
_STRATA_PLAN = re.compile(
    r"^(?:the\s+owners,?\s+)?strata\s+(?:plan|corporation)\s+(?:no\.?\s*)?(?P<plan>[A-Z]{0,4}\s?-?\s?\d{1,6})\b",
    re.IGNORECASE,
)
STRATA_NAME_MAX_WORDS = 8
"""A strata corporation's name with the building's after it ("Strata Plan EL 1234, Elm Court") is short."""


def _strata_corporation(text: str) -> str | None:
    """The strata corporation a letterhead line names: its plan's number, with the building's name when it follows."""
    match = _STRATA_PLAN.match(text)
    if match is None or len(text.split()) > STRATA_NAME_MAX_WORDS or _SENTENCE_VERB.search(text):
        return None
    name = _tidy_body(re.sub(r"^the\s+owners,?\s+", "", text, flags=re.IGNORECASE))
    plan = match.group("plan")
    # The plan's number as registered ("EL 1234"), never title-cased with the rest of a name set in capitals.
    return re.sub(re.escape(plan), plan.upper(), name, count=1, flags=re.IGNORECASE) if name else None


def _after_leading_date(text: str, dates: list[Span]) -> str | None:
    """What a line says after the date it opens with ("March 4, 2031 Elm Valley Music Association Minutes"), given
    the line's `find_dates`; None when no date opens it."""
    return text[dates[0][2] :].strip(" ,.:;-–—") if dates and dates[0][1] == 0 else None


def _name_after_date(text: str) -> str | None:
    """The organisation a title line names after the meeting's date: "March 4, 2031 Elm Valley Music Association
    Minutes" (the date first, then whose minutes they are, then the record's name)."""
    after = _after_leading_date(text, find_dates(text))
    if after is None or not _TRAILING_MEETING.search(text):
        return None
    name = _tidy_body(after)
    if name and _ORGANISATION_WORDS.search(name) and _is_organisation_banner(name):
        return name
    return None


def _is_organisation_banner(text: str) -> bool:
    """True for an organisation's name set as a letterhead: capitalised words, joined by small words or dashes
    ("Lac Vert - Usher Lake Association"), no figures, no sentence, no label, no word of a meeting or a date."""
    words = _name_words(text)
    if not words or len(words) > ORGANISATION_BANNER_MAX_WORDS or re.search(r"\d|[:;]", text):
        return False
    if _NOT_A_BANNER.search(text) or _SENTENCE_VERB.search(text):
        return False
    return _is_capitalised_name(text)


def _has_body_word(text: str) -> bool:
    """True for a name with a body's word anywhere in it ("Elm Lake Board of Supervisors") or an organisation's
    ("Brackley Residents Association"): a name read where a body's name stands. Whether an owner's phrase is a body,
    not a post of one, is `owners.headed_by_body`."""
    return bool(_BODY_WORDS.search(text) or _ORGANISATION_WORDS.search(text))


_PAGE_FURNITURE_TAIL = re.compile(r"(?<!\s)[\s,|–-]+(?:page\s+)?\d{1,3}(?:\s+of\s+\d{1,3})?$", re.IGNORECASE)


def _running_header_body(document: ParsedDocument) -> tuple[str, list[Line]] | None:
    """A body named only in the running header of the pages ("Licensing Sub-Committee 4 June 2018" over pages 2 and 3,
    the first page's letterhead an image): a name with a body's word heading at least two pages."""
    counts: Counter[str] = Counter()
    where: dict[str, Line] = {}
    for page in document.pages:
        for line in [line for line in page.lines if not line.is_blank][:RUNNING_HEADER_LINES]:
            text = _PAGE_FURNITURE_TAIL.sub("", _strip_marks(line.text))
            dates = find_dates(text)
            text = _without_weekday_end(text[: dates[0][1]]).strip(" ,-–—:|") if dates else text
            name = _tidy_body(text) if text and not _MINUTES_LINE.match(text) else None
            if (name and _BODY_WORDS.search(name) and len(name.split()) <= BODY_MAX_WORDS and not _is_generic_body(name)
                    and not _SENTENCE_VERB.search(name) and not _is_council_room(name) and _is_capitalised_name(name)):
                counts[name] += 1
                where.setdefault(name, line)
    repeated = [name for name, count in counts.most_common() if count >= 2]
    return (repeated[0], [where[repeated[0]]]) if repeated else None


def _follows_record_title(header: list[Line], line: Line) -> bool:
    """True when the header line just above `line` only names the record ("MINUTES", "MEETING MINUTES")."""
    above = [other for other in header if other.number < line.number]
    return bool(above) and _RECORD_TITLE.match(_strip_marks(above[-1].text)) is not None


def _body_after_minutes_title(text: str) -> str | None:
    """The body named in a minutes' title line: straight after it, without "of" ("MINUTES OF A REGULAR MEETING ELM
    CITY COUNCIL"), or after "of", up to the place that follows it ("… of the BOARD OF TRUSTEES Village of Elm Park,
    Cook County, IL")."""
    match = _MINUTES_LINE.match(text)
    rest = text[match.end() :].strip(" .,:;-–") if match else ""
    joined = re.match(r"(?:of|held|on|at|in|for|to|via)\b", rest, re.IGNORECASE)
    if rest[:1].isupper() and not joined and _BODY_WORDS.search(rest):
        return rest
    titled = _MEETING_OF_TITLE.search(text.split(",")[0]) if re.match(r"of\s", rest, re.IGNORECASE) else None
    if titled and _BODY_WORDS.search(titled.group("body")) and not _SENTENCE_VERB.search(titled.group("body")):
        return titled.group("body")
    return None


# "MARCH COUNCIL MEETING", "January 2031 Board Meeting": the month's meeting, the month no part of the body's name.
# Not a place named like a month before its kind of municipality ("March Town Council").
_MONTH_OF_MEETING = re.compile(
    rf"^(?i:{MONTH_NAMES})(?:\s+\d{{4}})?\s+(?!(?i:town|city|parish|county|borough|district|township|village)\b)(?=\S)"
)
# What the month qualifies is a meeting: a year after it, the line ending on "Meeting", or the meeting's sort after it
# ("March Regular Council"); a bare "JUNE LAKE TOWNSHIP BOARD", "MARCH COMMUNITY COUNCIL" is a place's body.
_MONTHS_MEETING = re.compile(
    rf"^(?i:{MONTH_NAMES})\s+(?:\d{{4}}\b|{_SORTS}\s)|\bmeeting\W*$",
    re.IGNORECASE,
)
_POSSESSIVE_END = re.compile(r"(?<=\w)['’][sS]$")
_NUMBER_IN_NAME = r"(?<!\s)\s+(?:No\.?|Number|#)\s*\d{1,4}"
"""A district's or a subdivision's number in its name: "… District No. 12", "… Filing #2" (regex source)."""
_BODY_NUMBER = re.compile(_NUMBER_IN_NAME + "$", re.IGNORECASE)
_NAME_NUMBER = re.compile(_NUMBER_IN_NAME + r"(?!\w)", re.IGNORECASE)


def _is_generic_body(body: str) -> bool:
    """True for a body named only in general words ("City Council", "Board of Directors")."""
    # "BOARD No. 4", "Council #2": a number tells the body apart from its fellows but does not name the organisation.
    body = _BODY_NUMBER.sub("", body)
    words = re.findall(r"[\w'’]+", body.lower())
    if _BARE_COMMITTEE.match(body.strip()):
        return True
    return bool(words) and all(word in _GENERIC_BODY_WORDS for word in words) and _GENERIC_BODY.search(body) is not None


def _organisation_body(
    body: str, header: list[Line], body_lines: list[Line], document: ParsedDocument
) -> tuple[str, Line] | None:
    """`body` with its organisation's name: a banner just above it, or a running header or footer naming it."""
    first = min(line.number for line in body_lines) if body_lines else None
    above = [line for line in header if first is not None and line.number < first]
    if _WHOLE_COUNCIL.match(body):
        # "Minutes of the Council meeting" under "HARTFIELD TOWN COUNCIL": the council itself. A running header
        # ("Ordinary Council: Minutes") may stand over the banner: the header's lines below come after those above.
        below = [line for line in header if first is not None and line.number > first]
        for line in [*reversed(above), *below]:
            # "THE CITY OF ELMWOOD’S" over "… COUNCIL MEETING": the owner of the meeting, named without its possessive
            # (only over the meeting's title; "… OF ST MARY'S" as a body's own name keeps it).
            owner = _POSSESSIVE_END.sub("", _strip_marks(line.text)) if line in above else _strip_marks(line.text)
            banner = _tidy_body(owner)
            if banner and _COUNCIL_BANNER.match(banner):
                return banner, line
            strata = _strata_corporation(owner)
            if strata is not None:
                return f"{strata} Council", line  # "STRATA PLAN EL 1234" over "COUNCIL MEETING MINUTES": its council
            if banner and MUNICIPAL_BANNER.match(banner):
                # "TOWNSHIP OF ELM RIDGE" over "REGULAR COUNCIL MEETING"; "The Corporation of the" is the legal form.
                # "THE CITY OF ELMWOOD’S" over "… COUNCIL MEETING": the article is no part of the name either.
                banner = re.sub(r"^(?:the\s+)?(?:corporation\s+of\s+(?:the\s+)?)?", "", banner, flags=re.IGNORECASE)
                return f"{banner[:1].upper()}{banner[1:]} Council", line
        return None
    # "CITY OF ELMTON" / "SUMMARY MINUTES" / "CITY COUNCIL REGULAR MEETING": the banner over the record's own title.
    named = list(reversed(above))
    # "VILLAGE OF ELM GROVE" / "BOARD OF TRUSTEES" / "REGULAR MEETING MINUTES": the record's title and the body's own
    # heading lie between the banner and the sentence naming the body.
    # "CITY OF ELMTON" / "REGULAR MEETING OF THE" / "PLANNING COMMISSION": the meeting's title wrapped before the body.
    # "ELM UNIFIED SCHOOL DISTRICT" / "BOARD OF EDUCATION" / "REGULAR MEETING MINUTES" / "March 4, 2031" / "CALL TO
    # ORDER" / "The regular meeting of the Board of Education was called to order …": the heading of the meeting's first
    # part, and the furniture below (see the loop after this one), may lie between the title and the sentence.
    while named and (_RECORD_TITLE.match(_strip_marks(named[0].text))
                     or (_tidy_body(_strip_marks(named[0].text)) or "").lower() == body.lower()
                     or _WRAPPED_MEETING_TITLE.match(_strip_marks(named[0].text))
                     or meeting_part_line().match(_strip_marks(named[0].text))
                     or _is_masthead_furniture(_strip_marks(named[0].text))):
        named.pop(0)
    # "VILLAGE OF ELM GROVE" / "Village Hall, 12 Main Street" / "Elm Grove, IL 60525" / "Phone (630) 555-0100": the
    # letterhead's address and contact lines lie between the banner and the title.
    # "EASTSIDE COMMUNITY" / "Meeting Time 6:30 PM" / "BOARD No. 4": a letterhead set beside a grid of the meeting's
    # date and time, read row by row, has the grid's rows between the two halves of its name.
    # "ELM RIDGE HOMEOWNERS' ASSOCIATION" / "July 9, 2031" / "Board Meeting Minutes": the date between the two.
    # "City of Elmton" / "12 Main Street" / "Agenda - Final" / "Tuesday, May 6, 2031" / "9:00 AM" / "City Hall,
    # Commission Chambers" / "City Commission": an agenda or minutes masthead sets the body's name under the date, the
    # hour and the room.
    while named and _is_masthead_furniture(_strip_marks(named[0].text)):
        named.pop(0)
    if (len(named) > 1 and _TOWN_REGION_LINE.match(_strip_marks(named[0].text))
            and _SCHOOL_SYSTEM.search(_strip_marks(named[1].text))):
        named.pop(0)  # "ELM CITY PUBLIC SCHOOLS" / "Elmton, Northland" / "School Board Meeting": the schools' town
    if named:
        banner = _tidy_body(_strip_marks(named[0].text))
        # A bare "Committee" is an organisation's: its banner names one ("Elmside Bowls Club"), not a pack's label.
        organisation = not _BARE_COMMITTEE.match(body) or (banner is not None and (
            _ORGANISATION_WORDS.search(banner) or _BODY_WORDS.search(banner) or MUNICIPAL_BANNER.match(banner)))
        # "Elmwood School District No. 12", "Elm Ridge Filing #2 Homeowners Association": a district's or a subdivision's
        # number is part of its name.
        numbered = _NAME_NUMBER.sub("", banner) if banner else None
        if banner and numbered and _is_banner(numbered) and organisation:
            banner = _banner_run_on(banner, named[1:])
            bare = _BODY_NUMBER.sub("", body)
            if bare != body and _is_capitals(bare):
                body = _title_case(bare) + body[len(bare):]  # "BOARD No. 4" set in the letterhead's capitals
            return f"{banner} {body}", named[0]
    # "MINUTES" / "SELECT BOARD" / "Town of Fernham, Vermont": the municipality named just under the board's heading.
    last = max(line.number for line in body_lines) if body_lines else None
    for line in [line for line in header if last is not None and line.number > last][:2]:
        place = _tidy_body(re.sub(r",\s*[A-Z][A-Za-z. ]{1,20}$", "", _strip_marks(line.text)))
        if place and MUNICIPAL_BANNER.match(place):
            return f"{place} {body}", line
        if place and _SCHOOL_SYSTEM.search(place) and _is_banner(place):
            return f"{place} {body}", line  # "BOARD OF EDUCATION" / "ELM PUBLIC SCHOOLS": the schools it governs
    # "Brook City Council 2" at the foot of every page.
    counts: Counter[str] = Counter()
    where: dict[str, Line] = {}
    for line in document.iter_lines():
        text = re.sub(r"(?<!\s)\s+(?:page\s+)?\d{1,3}(?:\s+of\s+\d{1,3})?$", "", _strip_marks(line.text), flags=re.IGNORECASE)
        if text.lower().endswith(" " + body.lower()) and len(text.split()) <= BODY_MAX_WORDS:
            name = _tidy_body(_MEETING_SORT.sub("", re.sub(rf"^{_SORTS}\s+meeting\s+", "", text, flags=re.IGNORECASE)))
            if name and not _is_generic_body(name):
                counts[name] += 1
                where.setdefault(name, line)
    repeated = [name for name, count in counts.most_common() if count >= 2]
    return (repeated[0], where[repeated[0]]) if repeated else None


# A meeting's title broken before the body it names: "REGULAR MEETING OF THE", "Minutes of the Special Meeting of".
_WRAPPED_MEETING_TITLE = re.compile(r"^(?:[\w-]+\s+){0,4}?(?:meeting|session|minutes)\s+of(?:\s+the)?$", re.IGNORECASE)
# The first half of a wrapped name: a place and its district ("Elmford and District", "Elm & Area"), a compass or size
# word before a place ("North Elmford", "Greater Elmton"), or a line ending on a joining word ("Friends of the").
_PLACE_HALF = re.compile(
    r"\b(?:and|&)\s+(?:District|Districts|Area|Villages|Region)$|^(?:North|South|East|West|Upper|Lower|Greater|Great|Little|"
    r"Old|New)\s+[A-Z]|\b(?:and|&|of|for|the)$",
    re.IGNORECASE,
)
# The second line of a place's name wrapped before its joining word: "& District", "and Elmfield".
_CONTINUED_NAME = re.compile(r"^(?:&|and)\s+(?-i:[A-Z])", re.IGNORECASE)
BANNER_RUN_ON_MAX_WORDS = 4
"""The first line of an organisation's name set over two letterhead lines is short ("Elmford and District")."""


def _banner_run_on(banner: str, above: list[Line]) -> str:
    """An organisation's name whose letterhead wraps it over two lines: "Elmford and District" / "Allotment
    Association" is one name, and so is a place's name set over three ("Elmford" / "& District" / "Community
    Council": the banner opening on "&" or "and" goes on from the line above). The line above joins when it is a
    short capitalised name of no body or organisation of its own (never "Elmford Parish Council" over its committee,
    nor "Village of Elm" over a board)."""
    continued = _CONTINUED_NAME.match(banner) is not None
    if not above or not (_ORGANISATION_WORDS.search(banner) or continued):
        return banner
    text = _strip_marks(above[0].text)
    if (not text or len(text.split()) > BANNER_RUN_ON_MAX_WORDS or re.search(r"[\d:;,.@]", text)
            or not _is_capitalised_name(text) or _BODY_WORDS.search(text) or _ORGANISATION_WORDS.search(text)
            or MUNICIPAL_BANNER.match(text) or _RECORD_TITLE.match(text) or _VENUE_WORDS.search(text)
            or not (continued or _PLACE_HALF.search(text))):
        return banner  # "Working Together" over "Elm Lake Association": a motto, not the first half of the name
    joined = _tidy_body(f"{text} {banner}")
    return joined or banner


# A masthead's line that names the record and its status: "Agenda - Final", "Meeting Minutes - Draft", "AGENDA".
# Minutes filed with the next meeting's agenda carry its item's stamp over their title: "AGENDA ITEM III.1a"; a revised
# agenda says what changed: "Agenda Item F-5 Has Been Added".
_RECORD_STATUS_LINE = re.compile(
    rf"^(?:(?:meeting|council|board|commission|committee|action)\s+)?(?:agenda|minutes)(?:\s*[-–—:]?\s*(?:{STATUS_WORDS})"
    rf"(?:[\s-]+(?:{STATUS_WORDS}))?)?$|"
    r"^agenda\s+item\s+(?:no\.?\s*)?[\w.-]{1,12}(?:\s+has\s+been\s+(?:added|removed|withdrawn|amended|revised))?$",
    re.IGNORECASE,
)
# "Elmford      Upper Elm      West Elm": the towns of a regional district, set apart by wide gaps under its name.
_PLACE_IN_COLUMN = r"[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,2}"
_PLACES_IN_COLUMNS = re.compile(rf"^{_PLACE_IN_COLUMN}(?:(?: {{3,}}|\t+){_PLACE_IN_COLUMN}){{2,}}$")
# A room named in a masthead: "City Hall, Commission Chambers", "Council Chamber", "Conference Room 360" (never a
# place's own hall, "Elmford Village Hall", which may be the organisation over its committee).
_ROOM_PART = re.compile(
    r"^(?:(?:city|town|village|county|borough|township|municipal)\s+(?:hall|building|offices?|cent(?:er|re))|"
    r"(?:\w+\s+)?(?:council|commission|board|committee)\s+(?:chambers?|room)|"
    r"(?:[A-Z][\w-]*\s+){0,2}room(?:\s+[A-Z0-9][\w-]{0,3})?)$",
    re.IGNORECASE,
)


# "Annual Meeting Minutes", "SPECIAL MEETING MINUTES": the record's name with the meeting's sort before it.
_SORTED_TITLE = re.compile(rf"^(?:(?:{_SORTS}|general)\s+)+(?=\S)", re.IGNORECASE)


def _is_masthead_furniture(text: str) -> bool:
    """True for a letterhead or masthead line that names neither the organisation nor its body: a postal address, a
    telephone or web address, a header grid's row, the date, the hour, the room, or the record's name and status."""
    if not text:
        return False
    return bool(
        _CONTACT.search(text) or _is_address_line(text) or _is_grid_row_text(text) or _is_dateline_only(text)
        or clock_alone(text) or _RECORD_STATUS_LINE.match(text) or _RECORD_TITLE.match(_SORTED_TITLE.sub("", text))
        or all(_ROOM_PART.match(part.strip()) for part in text.split(",")) or _PLACES_IN_COLUMNS.match(text)
    )


def _is_dateline_only(text: str) -> bool:
    """True for a line that is only the meeting's date, its weekday and its hour ("Tuesday, January 9, 2031",
    "March 4, 2031 - 7:00 PM")."""
    dates = find_dates(text)
    if not dates:
        return False
    rest = (text[: dates[0][1]] + " " + text[dates[0][2] :]).strip(" ,.-–—|·@")
    rest = re.sub(rf"^(?i:{WEEKDAY_NAME})\.?,?\s*|(?<![\w])(?i:at\s+)?{CLOCK}\s*(?:{MERIDIEM}\.?)?", "", rest).strip(" ,.-–—|·@")
    return not rest


def _is_grid_row_text(text: str) -> bool:
    """True for a header grid's row read as one line: "Meeting Time 6:30 PM", "Date November 7, 2018"."""
    words = text.split()
    return any(_GRID_LABEL.match(" ".join(words[:size])) and len(words) > size for size in (1, 2, 3, 4))


def _name_words(text: str) -> list[str]:
    """The words of a name, without the dashes and ampersands that join its parts ("Elm - Lake Ratepayers & Residents")."""
    return [word for word in text.split() if word not in {"-", "–", "&"}]


def _is_capitalised_name(text: str) -> bool:
    """True when every word of `text` is capitalised or a small joining word, as a name is set in a heading."""
    words = _name_words(text)
    return bool(words) and all(word[:1].isupper() or word.lower() in _SMALL_WORDS for word in words)


def _is_banner(text: str) -> bool:
    """True for a short name set as a banner: capitalised words, no figures, no sentence, no label."""
    words = _name_words(text)
    if not words or len(words) > BANNER_MAX_WORDS or re.search(r"\d|[:.;]$", text) or _ANY_LABEL.match(text + " "):
        return False
    if _NOT_A_BANNER.search(text) or meeting_part_line().match(text):
        return False  # "CALL TO ORDER" over "A regular meeting of the Board of Directors …": a heading, no organisation
    return _is_capitalised_name(text) and not _is_generic_body(text)


def _fuller_heading(header: list[Line], body: str | None) -> tuple[str, Line] | None:
    """A heading that names the same body in full ("Southby Parish Council" for "Parish Council")."""
    if not body:
        return None
    for line in header:
        # The heading may share its line with the minutes' title: "WROXTON PARISH COUNCIL. Minutes of the …".
        for text in {_strip_marks(line.text), _MINUTES_AFTER_BANNER.split(_strip_marks(line.text), maxsplit=1)[0]}:
            # "March 4, 2031 Board of Directors Meeting": a title line opening on the date names the body after it.
            after = _after_leading_date(text, find_dates(text))
            text = text if after is None else after
            heading = _tidy_body(text)
            if (
                heading
                # "MINUTES OF PROCEEDINGS AT SPECIAL MEETING OF THE X", "OF THE X": the title wrapped, no heading
                and not _MINUTES_LINE.match(text)
                and not re.match(r"(?:of|and|at|in|held)\b", text, re.IGNORECASE)
                and not MOTION_OPENING.match(text)
                and len(heading.split()) <= BODY_MAX_WORDS
                and heading.lower().endswith(" " + body.lower())
            ):
                return heading, line
    return None


# "Board of Director’s", "Board of Trustees’ Board": a board named by its members in the possessive, as the title of
# their meeting sets it ("… Board Meeting Minutes"), the kind of meeting after it.
_MEMBERS_MEETING = re.compile(
    r"(?<=\bof\s)(?P<members>(?i:director|trustee|governor|supervisor|commissioner|selectm[ae]n|alderm[ae]n))"
    r"(?:['’]s|s['’])(?:\s+(?i:board))?$"
)


# "Elm Parish Council Meeting Minutes April 2031", "… Minutes - Oct 2031": the month the record is for, set after its
# name as a site's post title gives it (a month and year alone find no date to cut the title at).
_MONTH_AND_YEAR_END = re.compile(rf"(?<![\s,:–—-])[\s,:–—-]*+\b{MONTHS}\.?\s+\d{{4}}$", re.IGNORECASE)


def _without_record_title(text: str) -> str:
    """The text past the record's status and title: "DRAFT Minutes of the monthly meeting of Elm Town Council" gives
    "Elm Town Council"."""
    text = _STATUS_PREFIX.sub("", text.strip(" .,:;-–"))
    text = _STATUS_SUFFIX.sub("", text)
    text = _LEADING_LABEL.sub("", text)
    return _LEADING_LABEL.sub("", text)  # "What: Regular Meeting of the …": a label, then the meeting's sort


def _tidy_body(text: str) -> str | None:
    text = _without_record_title(text)
    part = agenda_words("meeting_parts").match(text)
    if part is not None and _BODY_WORDS.search(text[part.end() :]):
        # "CALL TO ORDER The Board of Directors of the Elm Sanitary District": the heading the text runs into.
        text = text[part.end() :].strip(" .,:;-–")
    text = _MONTH_AND_YEAR_END.sub("", text)
    if _BACK_REFERENCE.match(text):
        return None  # "a meeting of the above Council": the letterhead over the title names it, not this phrase
    text = _english_name(text)
    rest = _THE.sub("", text)
    if rest != text and rest[:1].isupper() and _BODY_WORDS.search(rest) and not _ORGANISATION_WORDS.search(rest):
        text = rest  # "THE ELMFORD PARISH COUNCIL": the article is no part of a council's or board's name
    months_meeting = _MONTHS_MEETING.search(text) is not None
    text = _TRAILING_MEETING.sub("", text).strip(" .,:;-–")
    # "Board of Director’s Meeting Minutes", "Board of Trustees’ Board Meeting": the members' meeting, the body theirs.
    text = _MEMBERS_MEETING.sub(lambda match: f"{match.group('members')}s", text)
    sorts: tuple[re.Pattern[str], ...] = (_MEETING_SORT, _TRAILING_SORT, _INNER_SORT)
    if months_meeting:
        sorts = (_MONTH_OF_MEETING, *sorts)
    for sort in sorts:
        rest = sort.sub("", text)
        if rest != text and _BODY_WORDS.search(rest):
            text = rest  # "Regular City Council", "City Council Regular": the kind of meeting beside the body
    rest = _MEETING_BEFORE_DASH.sub("", text)
    if rest != text and _BODY_WORDS.search(rest):
        text = rest  # "Regular Meeting - Elm Board of Education": the meeting named first, a dash before the body
    if not text:
        return None
    if _is_capitals(text):
        text = _title_case(text)
    return text


# A title line "Meeting of the X Library" (or District, Schools): see `_find_named_body`.
_MEETING_OF_INSTITUTION = re.compile(
    rf"^(?:(?i:{_SORTS})\s+)?(?i:meeting)\s+(?i:of)\s+(?:(?i:the)\s+)?"
    r"(?P<body>[A-Z][\w'’&.-]*(?:\s+(?:[A-Z][\w'’&.-]*|of|and|&)){0,7}?\s+(?:Library|Libraries|District|Schools))$"
)
# "Regular Meeting - ", "Business Meeting – ", "Meeting: ": the meeting's name set before the body's, a dash between.
_MEETING_BEFORE_DASH = re.compile(r"^(?:[\w-]+\s+){0,2}?(?i:meeting)\s*+[-–—:]\s*+")
# A Welsh council's name ("Cyngor Cymuned Elmford", "CYNGOR TREF ELMFORD") beside its English one in a bilingual
# heading: the English name is taken, as the English minutes and their gold name the council.
_WELSH_COUNCIL = re.compile(r"\bcyngor\s+(?:cymuned|tref|dinas|sir|bro|bwrdeistref\s+sirol)\b", re.IGNORECASE)
_ENGLISH_COUNCIL = re.compile(r"\b(?:community|town|city|county|borough|parish)\s+council\b", re.IGNORECASE)
_NAME_SEPARATOR = re.compile(r"\s+[/|–—-]\s+|\s*/\s*")


def _english_name(text: str) -> str:
    """The English half of a bilingual council name: "Cyngor Cymuned Elmford / Elmford Community Council" and "CYNGOR
    CYMUNED ELMFORD COMMUNITY COUNCIL" (the place written once) give "… Elmford Community Council"."""
    welsh = _WELSH_COUNCIL.search(text)
    if welsh is None or not _ENGLISH_COUNCIL.search(text):
        return text
    parts = [part for part in _NAME_SEPARATOR.split(text) if part.strip()]
    english = [part for part in parts if _ENGLISH_COUNCIL.search(part) and not _WELSH_COUNCIL.search(part)]
    if len(parts) > 1 and english:
        return english[0].strip()
    if welsh.start() == 0:
        return text[welsh.end() :].strip()  # the place after the Welsh words is the English name's too
    return text[: welsh.start()].strip(" ,")  # "Elmford Community Council Cyngor Cymuned Elmford"


def _is_capitals(text: str) -> bool:
    """True for text set in capitals, small joining words aside ("PRESIDENT and BOARD OF TRUSTEES")."""
    words = [word for word in re.findall(r"[^\W\d_][\w'’-]*", text) if word.lower() not in _SMALL_WORDS]
    return bool(words) and all(word.isupper() for word in words)


def _title_case(text: str) -> str:
    words = text.split()
    out = []
    for index, word in enumerate(words):
        if (not re.search(r"[AEIOUY]", word) and word.isalpha()) or re.fullmatch(r"[A-Z]{1,4}\d{1,6},?", word):
            out.append(word)  # "CSP", "KCC": an acronym, not a word; "EL1234": a registered plan's number
        elif index and word.lower() in _SMALL_WORDS:
            out.append(word.lower())
        else:
            # "Stoke-on-Trent", "Ashby-cum-Fenby": a place's joining words stay small.
            parts = word.split("-")
            out.append("-".join(
                part.lower() if 0 < position < len(parts) - 1 and part.lower() in _PLACE_JOINERS
                else part[:1].upper() + part[1:].lower()
                for position, part in enumerate(parts)
            ))
    return " ".join(out)


# An HTML tag left in Markdown ("Elm Committee<br>", "<div class=\"header\">"): markup, never words of the header.
_HTML_TAG = re.compile(r"</?[A-Za-z][\w-]*(?:\s[^<>\n]{0,200})?/?>")


def _strip_marks(text: str) -> str:
    if "<" in text:
        text = _HTML_TAG.sub(" ", text)
    return text.strip().strip("*#_ ").strip()


def _find_date_time_venue(
    header: list[Line], *, month_first: bool = False
) -> tuple[dt.date | None, dt.time | None, str | None, list[Line]]:
    date: dt.date | None = None
    start_time: dt.time | None = None
    venue: str | None = None
    used: list[Line] = []
    yearless: tuple[str, list[Line]] | None = None
    units = _iter_header_units(header)
    for position, (text, lines) in enumerate(units):
        unit_used = False
        if date is None:
            dates = [found for found in find_dates(text, month_first=month_first)
                     if not _is_previous(text, found[1]) and not _is_approval_stamp(text, found[1])]
            if dates and _FIGURES_DATE_ALONE.match(text.strip()) and any(
                _WORDED_DATE.search(later) and any(
                    not _is_previous(later, found[1]) and not _is_approval_stamp(later, found[1])
                    for found in find_dates(later, month_first=month_first)
                )
                for later, _ in units[position + 1 :]
            ):
                dates = []  # "6/17/31" alone in a corner over "Meeting of the Council" / "June 3, 2031": a stamp
            if dates and yearless is not None:
                # "Wednesday, May 28 at 6 p.m." under the title, "… as of May 19, 2031" in the report below: the
                # dateline's day in the year the text goes on to give.
                again = find_day_month_dates(yearless[0], relative_to=dates[0][0] - dt.timedelta(days=YEARLESS_BACK_DAYS))
                if again:
                    date = again[0][0]
                    used.extend(yearless[1])
                    start_time = start_time or _start_clock(yearless[0][again[0][2]:])
                    dates = []
            if dates:
                date = dates[0][0]
                unit_used = True
                if start_time is None:
                    start_time = _start_clock(text[dates[0][2]:]) or _start_clock(text[: dates[0][1]])
            elif yearless is None and position <= YEARLESS_DATELINE_UNITS and _YEARLESS_DATELINE.match(text):
                yearless = (text, lines)
        elif start_time is None:
            # A running header gave the date without a time; the opening sentence repeats the date with it.
            again = [found for found in find_dates(text, month_first=month_first) if found[0] == date]
            if again:
                start_time = _start_clock(text[again[0][2]:])
                unit_used = unit_used or start_time is not None
        time_label = _TIME_LABEL.match(text) if start_time is None else None
        if time_label:
            # "Time: 19.30 - 21.05": a dotted time after the label is a clock time.
            after = text[time_label.end() :].strip()
            start_time = _start_clock(text) or _start_clock("at " + after) or _labelled_four_figure_clock(after)
            unit_used = True
        if start_time is None and date is not None:
            start_time = clock_alone(text)  # "7:00 PM" on the line under the date
            unit_used = unit_used or start_time is not None
        if start_time is None and _HOURS_LINE.match(text):
            start_time = parse_time(text)
            unit_used = True
        hours = _place_after_time(text, opening=True) if start_time is None and date is not None else None
        if hours and re.search(rf"{MERIDIEM}|\d[.:]\d{{2}}", hours[0]):
            start_time = _start_clock(hours[0])
            unit_used = True
            if venue is None and hours[1] is not None:
                venue = _tidy_venue(hours[1])
        if start_time is None:
            held = _HELD_AT_TIME.search(text)
            if held:
                start_time = _start_clock(text[held.end() : held.end() + TIME_REACH])
                unit_used = unit_used or start_time is not None
        if venue is None:
            venue = _find_venue(text)
            unit_used = unit_used or venue is not None
        if unit_used:
            used.extend(lines)
    return date, start_time, venue, used


def _iter_header_units(header: list[Line]) -> list[tuple[str, list[Line]]]:
    """Header lines joined into the sentences they wrap: a heading or a labelled line stands alone."""
    units: list[tuple[str, list[Line]]] = []
    for position, line in enumerate(header):
        if line.cells is not None and _column_labels(line):
            continue  # read with the row under it
        values = _table_values(line, header[position - 1] if position else None) if _grid_row(line) is None else None
        if values:
            units.extend((value, [line]) for value in values)
            continue
        text = _unit_text(line)
        previous = units[-1] if units else None
        # A line set like a heading ends the sentence above, unless that one stopped mid-phrase ("… held on Wednesday
        # 12 March 2031 at" / "8.00pm in the School Hall", "… at 7.30pm" / "in the Village Hall").
        # A minutes' title set in bold over several lines runs on through them: "MINUTES OF AN EXTRAORDINARY MEETING
        # OF ELMBURY PARISH" / "COUNCIL" / "HELD ON 12TH APRIL 2031 AT 19.30 IN THE BRACE ROOM, ST MARY'S," / "ELMBURY".
        title_runs_on = (
            previous is not None and line.is_heading and previous[1][-1].is_heading and len(previous[1]) < TITLE_MAX_LINES
            and _MINUTES_LINE.match(_strip_marks(previous[1][0].text)) is not None and _wraps_on(previous[0])
        )
        heading = line.is_heading and not title_runs_on and not (
            previous is not None and _RUNS_ON.match(text) is not None
            and (_JOINING_END.search(previous[0]) is not None or text[:1].islower())
        ) and not (
            # "… held on Monday 25th June at 7.00pm in" / "Tintern Village Hall.": a place set bold after a sentence
            # stopped on its preposition is the rest of that sentence, not a heading.
            previous is not None and _WORD_JOINING_END.search(previous[0]) is not None and not previous[1][-1].is_heading
            and not _is_labelled(text) and not _is_short_capitals(text)
            and not _ends_header(text, above=previous[0], below=_text_below(header, position))
        )
        alone = (heading or line.cells is not None or _is_labelled(text) or _grid_row(line) is not None
                 or _HOURS_LINE.match(text) is not None or _BULLET_LINE.match(line.text) is not None
                 # "ROLL CALL" under "… held on Monday, March 11, 2031, at 7:00 p.m., in the Council Chambers": a heading.
                 or (previous is not None and _is_short_capitals(text) and not text.endswith(",")
                     and _has_small_letters(previous[1][-1].text)))
        # A line opening a sentence or a record's title ("The meeting commenced at 7.30pm", "Minutes of the Planning
        # Committee …") starts a unit of its own unless the line above stopped mid-phrase.
        if previous is not None and _NEW_SENTENCE.match(text) and not _JOINING_END.search(previous[0]):
            alone = True
        if (
            previous is not None
            and not alone
            and (not previous[1][-1].is_heading or title_runs_on)
            and previous[1][-1].cells is None
            and not _is_labelled(_strip_marks(previous[1][0].text))
            and _wraps_on(previous[0])
            # A date alone under the title runs on only into the rest of its phrase ("at 7pm in the Hall").
            and not (_is_date_alone(previous[0]) and text[:1].isupper())
        ):
            units[-1] = (f"{previous[0]} {text}", previous[1] + [line])
        else:
            units.append((text, [line]))
    return units


# "20th", "7.30pm": an ordinal's or an hour's small letters, which a title set in capitals still prints small.
_SMALL_IN_CAPITALS = re.compile(rf"(?<=\d)(?:st|nd|rd|th)\b|(?<=\d)\s*+{MERIDIEM}\.?")


def _has_small_letters(text: str) -> bool:
    """True for a line in small letters; a capitals line whose only small letters are an ordinal's ending or an hour's
    "pm" ("… HELD ON MONDAY 20th MARCH 2031 IN THE VILLAGE") is in capitals still."""
    return re.search(r"[a-z]", _SMALL_IN_CAPITALS.sub("", text)) is not None


def _is_short_capitals(text: str) -> bool:
    """True for a few words set in capitals ("ROLL CALL", "PRAYERS"), as a heading prints."""
    return text.isupper() and len(text.split()) <= 4


def _is_date_alone(text: str) -> bool:
    """True for a line that is only a date ("March 9, 2020"), as headers print it under the title."""
    dates = find_dates(text)
    return bool(dates) and dates[0][1] == 0 and dates[0][2] >= len(text.rstrip(" ,")) - 1


def _wraps_on(text: str) -> bool:
    """True when a header line reads as a sentence cut by the line end, not a banner or a finished line."""
    if _CONTACT_END.search(text):
        return False  # a letterhead's address ends with its telephone number, e-mail or postcode
    if _PLACE_ABBREVIATION_END.search(text):
        return True  # "… MILLMOUNT, KILMALLOCK, CO." / "LIMERICK, ON …": the place goes on
    if re.search(r"[.!?]$", text):
        return False
    if _JOINING_END.search(text):
        return True  # "… HELD IN", "… CITY AND", "… 15TH APRIL,": the sentence goes on
    if text.isupper():
        # A banner ends with its line; an opening sentence set in capitals ("MINUTES OF PROCEEDINGS AT
        # MEETING OF …", "… COUNCIL HELD IN THE COUNCIL") runs on until its full stop.
        return bool(_MINUTES_LINE.match(text) or re.search(r"\bHELD\b", text))
    return len(text) >= WRAPPED_LINE_LENGTH or re.search(r"(?:,|\b[a-z]+|\d)$", text) is not None


def _is_labelled(text: str) -> bool:
    return bool(_VENUE_LABEL.match(text) or _DATE_LABEL.match(text) or _TIME_LABEL.match(text)
                or _ANY_LABEL.match(text))


def _is_previous(text: str, position: int) -> bool:
    """True when the date at `position` belongs to an earlier or later meeting named before it."""
    before = _clause_before(text[max(0, position - 60) : position]).lower()
    return bool(re.search(r"\b(?:previous|last|next|future|earlier)\b", before))


def _clause_before(before: str) -> str:
    """The end of `before` from its last closed bracket or sentence end: "Draft (until approved at the next meeting)
    Minutes of the meeting held on" leaves "Minutes of the meeting held on", whose date is the meeting's own."""
    stops = _sentence_stops(before)
    cut = max(before.rfind(")"), stops[-1] if stops else -1)
    return before[cut + 1 :]


# A date in figures alone on its line, maybe after a word or a mark ("6/17/31", "Filed 06-17-2031"): printed in the corner
# of a page to say when it was approved, filed or printed; the meeting's own date is written out in the title block.
_FIGURES_DATE_ALONE = re.compile(
    r"^(?:(?:[A-Z]|approved|adopted|filed|printed|posted|received|revised|draft|final|corrected)[:.]?\s+){0,2}"
    r"\d{1,2}[/.-]\d{1,2}[/.-](?:\d{2}|\d{4})$",
    re.IGNORECASE,
)
_WORDED_DATE = re.compile(rf"\b(?i:{MONTH_NAMES})\b")
# "APPROVED MARCH 10, 2021", "Approved by the Board on 4 May 2021:", "Adopted as amended 12/03/2020": the day the
# minutes were approved, stamped over them, not the day of the meeting they record.
_APPROVAL_STAMP = re.compile(
    r"\b(?:approved|adopted|ratified|signed|posted|published|issued|revised|amended)"
    r"(?:\s++by\s++(?:the\s++)?[a-z]++(?:\s++[a-z]++){0,3}?)?"
    r"(?:\s++as\s++(?:presented|amended|written|corrected|submitted))?(?:\s++on)?\s*+[:\-–]?\s*+$"
)


def _is_approval_stamp(text: str, position: int) -> bool:
    """True when the date at `position` is the day the minutes were approved or published, printed before it."""
    return _APPROVAL_STAMP.search(text[max(0, position - 60) : position].lower()) is not None


# A building named before its street address on one header line: "Elm Forum, 305 West Pine Street", "Elm Village
# Auditorium 215 Oak Avenue Elmton, ST 33001" (the town and postcode may follow). Without a comma or a building word
# the place needs more words than a person's name ("Bob Hill 22 Main Street" is a letterhead's person and address).
_PLACE_THEN_STREET = re.compile(
    # One space or a comma between: "Ann Lee      10 Elm Avenue" is a letterhead's two columns, a person and an address.
    r"^(?P<place>[A-Z][\w'’&-]*(?:\s(?:of\s|the\s)?[A-Z][\w'’&-]*){0,5})(?:(?P<comma>,)\s*|\s)\d{1,5}\s+"
    r"(?:[NSEW]\.?\s+|(?:North|South|East|West)\s+)?(?:[A-Z][\w.'-]*\s+){1,3}" + street_word_pattern() + r"(?!\w)"
)
# A person's name with a middle initial, alone on a line: "Ann J. House", "A. B. Hall".
_INITIALLED_NAME = re.compile(rf"^(?:{SPELLED_NAME_WORD}\s+)?{INITIALS_AND_SURNAME}$")


def _find_bare_venue(header: list[Line], *, skip: list[Line]) -> tuple[str | None, list[Line]]:
    """A header line that is only a place ("Conference Room B, Civic Offices"), as notes print it under the date."""
    taken = {line.number for line in skip}
    for position, line in enumerate(header):
        text = _strip_marks(line.text)
        if (line.number in taken or line.cells is not None or _ANY_LABEL.match(text) or _TITLE_OF_MINUTES.match(text)
                or _MEETING_OF_INSTITUTION.match(text)):
            continue  # "Minutes of the Trustees of the Friends of Oakley Library" is a title, not a place
        if _TITLE_RUN_ON.match(text):
            continue  # "OF THE CITY OF ELM CENTER IN THE COUNTY": the title above going on, not a place
        dates = find_dates(text)
        if dates:
            # "Alton Village Hall Meeting Room 16 September 2023 at 17:00": the place before the date;
            # "Monday, June 5, 2023 6:00 PM Council Chambers": the place after its date and time.
            before = _without_weekday_end(text[: dates[0][1]]).strip(" ,-–:")
            after = _LEADING_TIME.sub("", text[dates[0][2] :]).strip(" ,-–—:·|")
            text = before if before and not find_dates(after) and not _VENUE_WORDS.search(after) else after
            if not text or (_BODY_WORDS.search(text) and not _is_council_room(text)) or _MINUTES_LINE.match(text):
                continue
        # "at 7.00pm in the Village Hall", the rest of a dateline.
        text = re.sub(r"^(?:in|at)\s+", "", _LEADING_TIME.sub("", text).strip(" ,-–—:·|"), flags=re.IGNORECASE)
        if len(text.split()) > BARE_VENUE_MAX_WORDS or text.endswith((".", ":")) or _BUSINESS_ABOUT_A_PLACE.search(text):
            continue
        if _ONLINE_MEETING_LINE.match(text):
            return _title_case(text) if text.isupper() else text, [line]  # "Electronic Meeting" under the dateline
        if _TITLE_OF_A_MEETING.search(text):
            continue  # "ELM FREE LIBRARY BOARD MEETING": the meeting's title, whose body is named after a building
        named = _PLACE_THEN_STREET.match(_title_case(text) if text.isupper() else text)
        if named and not (named.group("comma") or _VENUE_WORDS.search(named.group("place"))
                          or len(named.group("place").split()) > PERSON_LIKE_PLACE_WORDS):
            named = None  # "Bob Hill 22 Main Street": two words and an address may be a person's letterhead line
        if named and not (_BODY_WORDS.search(named.group("place")) and not _is_council_room(named.group("place"))):
            below = _strip_marks(header[position + 1].text) if position + 1 < len(header) else ""
            if below and len(below.split()) <= ROLE_LINE_MAX_WORDS and is_role(below):
                continue  # "Ann Lee 10 Elm Avenue" over "Board President": a letterhead's officer, not a place
            if not _is_contact_address(header, position):
                return _tidy_venue(text), [line]  # "ELM FORUM, 305 WEST OAK STREET": a building and its street
        if _VENUE_WORDS.search(_title_case(text) if text.isupper() else text):
            if _INITIALLED_NAME.match(_title_case(text) if text.isupper() else text):
                continue  # "ADAM J. HALL" over "Fire Chief": a person whose surname is a building's word
            if _is_contact_address(header, position):
                continue  # the clerk's or the office's postal address in a letterhead, not where the meeting was
            building = _building_below(header, position, taken)
            address = _address_lines(header[position + 1 + len(building) :])
            place = _tidy_venue(text)
            if place and (building or address):
                parts = [_tidy_venue(_strip_marks(above.text)) or "" for above in building]
                parts += [_strip_marks(below.text) for below in address]
                return ", ".join([place, *parts]), [line, *building, *address]
            return place, [line]
    return None, []


def _building_below(header: list[Line], position: int, taken: set[int]) -> list[Line]:
    """The building under a room named alone: "Council Chambers" / "Elmbury Town Hall" (never a body's name or a date)."""
    if position + 1 >= len(header):
        return []
    line = header[position + 1]
    text = _strip_marks(line.text)
    if (line.number in taken or line.cells is not None or _ANY_LABEL.match(text) or find_dates(text)
            or len(text.split()) > BANNER_MAX_WORDS or text.endswith((".", ":"))):
        return []
    named = _title_case(text) if text.isupper() else text
    if not _VENUE_WORDS.search(named) or _TITLE_OF_A_MEETING.search(text) or _BUSINESS_ABOUT_A_PLACE.search(text):
        return []
    if _BODY_WORDS.search(named) and not _is_council_room(named):
        return []
    return [line]


# A letterhead's contact details: the address beside them is where to write, not where the meeting is held.
# A North American telephone number at a line's end: "(555) 010-0199", "555-010-0199".
_PHONE_TAIL = re.compile(r"(?<!\s)\s+\(?\d{3}\)?[\s.-]?\d{3}[\s.-]\d{4}$")
# An address's "@" is inside it ("clerk@elm.org"); "4th March 2031 @ 7.30pm" writes "at" with it.
_CONTACT = re.compile(r"\b(?:tel|telephone|phone|mobile|e-?mail|fax|clerk)\b|[\w.-]@[\w-]|\bwww\.|https?://", re.IGNORECASE)


def _is_contact_address(header: list[Line], position: int) -> bool:
    """True when the header line at `position` or the line next to it gives a telephone, an email or the clerk."""
    # "Village Hall, 12 Main Street" / "Elm Grove, IL 60525" / "Phone (630) 555-0100": the contact line may follow the
    # rest of the address.
    end = position + 1
    while end < len(header) and end <= position + 2 and _is_address_line(_strip_marks(header[end].text)):
        end += 1
    near = header[max(0, position - 1) : end + 1]
    return any(_CONTACT.search(line.text) for line in near)


def _is_address_line(text: str) -> bool:
    """True for a line of a postal address: a street, a "City, ST 12345" line, or a street number in a place's line."""
    return bool(_STREET_START.match(text) or _STREET_LINE.match(text) or _CITY_STATE_LINE.match(text)
                or re.search(r",\s*\d{1,5}\s+[A-Z][a-z]", text))


def _address_lines(lines: list[Line]) -> list[Line]:
    """The street address printed under a header's place ("53 South Grange Road" / "Elmton, IL 60525"), else [].

    The town and its postal code may stand on lines of their own: "60 Harrow Road West" / "Elmton, Ontario" /
    "N0B 1A1".
    """
    address: list[Line] = []
    for position, line in enumerate(lines[:3]):
        text = _strip_marks(line.text)
        if _STREET_START.match(text) or _STREET_LINE.match(text) or (address and _CITY_STATE_LINE.match(text)):
            address.append(line)
        elif (address and position == 1 and len(lines) > 2 and _TOWN_REGION_LINE.match(text)
              and _POSTAL_CODE_LINE.match(_strip_marks(lines[2].text))):
            address.extend([line, lines[2]])
            break
        else:
            break
        if position == 1:
            break
    return address


def _is_council_room(text: str) -> bool:
    """True for a place named after who meets in it ("Council Chambers", "COUNCIL OFFICES", "the Board Room")."""
    named = _title_case(text) if text.isupper() else text
    if not _VENUE_WORDS.search(named):
        return False
    rooms = _ROOM_OF_A_BODY.sub("", re.sub(r"\bCouncil\b", "", named, flags=re.IGNORECASE))
    return not _BODY_WORDS.search(rooms)


VENUE_REACH = 600
"""A line longer than this is a whole page or document run together (a PDF flattened to one line): the meeting's place
is looked for in its opening only, to the end of the sentence this far in."""
VENUE_SENTENCE_REACH = 200
"""How far past `VENUE_REACH` that sentence may run before the opening is cut where it stands."""


def _opening_of(text: str) -> str:
    """`text`, or of a line longer than `VENUE_REACH` its opening: "… HELD AT 12 ELM STREET June 5, 2031 Roll Call …
    the Association's convention, to be held in Elmport on July 25" names the other event's town pages on."""
    if len(text) <= VENUE_REACH:
        return text
    end = _SENTENCE_END.search(text, VENUE_REACH, VENUE_REACH + VENUE_SENTENCE_REACH)
    if end is None:
        # No stop near the reach: cut at the last stop before it, or (a line with no sentence) not at all, since a
        # place read on to a cut made mid-sentence would run to it.
        end = next(reversed(list(_SENTENCE_END.finditer(text, 0, VENUE_REACH))), None)
    return text[: end.start() + 1] if end else text


def _find_venue(text: str) -> str | None:
    text = _opening_of(text)
    label = _VENUE_LABEL.match(text)
    if label:
        return _tidy_venue(label.group("venue"))
    inline = _VENUE_INLINE_LABEL.search(text)
    if inline:
        return _tidy_venue(inline.group("venue"))
    dates = find_dates(text)
    prefix = _DATE_PREFIX_WORDS.match(text)
    if dates and dates[0][1] <= (prefix.end() if prefix else 0):
        dateline = _DATELINE_VENUE.match(text[dates[0][2]:])
        if dateline and not find_dates(dateline.group("venue")) and not _VENUE_SKIP.match(dateline.group("venue")):
            return _tidy_venue(dateline.group("venue"))
        platform = _DATELINE_PLATFORM.match(text[dates[0][2]:])
        if platform:
            return _platform_venue(platform)
    if not _MEETING_WORD.search(text):
        # "Monday, June 2 at 7 p.m. via ZOOM" under the title: the dateline, its year left to the title or file.
        online = _TIME_THEN_PLATFORM.search(text) if _MONTH_WORD.search(text) else None
        return _platform_venue(online) if online else None
    home = _HOME_OF.search(text)
    if home and _MEETING_WORD.search(_sentence_before(text, home.start("venue"))):
        return home.group("venue").rstrip(".")
    position = 0
    while (match := _VENUE_IN_SENTENCE.search(text, position)) is not None:
        # A rejected span may hold the place further on ("IN COMMITTEE) OF THE X HELD IN THE CHAMBER").
        position = match.start() + 1
        venue = _SENTENCE_AFTER_PLACE.split(match.group("venue"), maxsplit=1)[0]
        if _VENUE_SKIP.match(venue) or find_dates(venue) or _NOT_A_PLACE.search(venue):
            continue
        if not _MEETING_WORD.search(_sentence_before(text, match.start("venue"))):
            continue  # "Notes on Meeting. … have lived at Lake Elm for years": a place in another sentence
        if _NOTICE_VERB_END.search(text, 0, match.start()):
            continue  # "The meeting was posted at the Post Office and published in the Elm Gazette": the notice's
        return _tidy_venue(venue)
    address = _ADDRESS_IN_SENTENCE.search(text)
    if (address and _MEETING_WORD.search(_sentence_before(text, address.start("venue")))
            and (address.group("hour") is None or _is_meetings_hour(text, address.start()))):
        return address.group("venue").rstrip(".")
    conference = _VENUE_CONFERENCE.search(text)
    if conference:
        return conference.group("venue")
    online = _VENUE_ONLINE.search(text)
    if online and not find_dates(online.group("venue")):
        manner = online.group("venue")[: online.start("via") - online.start("venue")]
        return online.group("venue").strip() if manner.strip() else online.group("platform").strip()
    named = _PLATFORM_MEETING.search(text)
    if named:
        return " ".join(word if word.isupper() or word[:1].isupper() else word.capitalize()
                        for word in named.group("platform").split())
    platform = (_VENUE_PLATFORM.search(text) if _HELD_ONLINE.search(text)
                else _dateline_platform(text) or _CALLED_THEN_PLATFORM.search(text))
    if platform:
        return _platform_venue(platform)
    titled = _PLATFORM_IN_TITLE.search(text) if _TITLE_OF_MINUTES.match(text) else None
    if titled:
        return _platform_name(titled.group("platform"))
    after = _place_after_time(text, opening=False)
    if after and after[1] is not None:
        return _tidy_venue(after[1])
    return None


def _place_after_time(text: str, *, opening: bool) -> tuple[str, str | None] | None:
    """The time and the place written after it to the end of `text`: the hours opening the line (`opening`) or a time
    with its half of the day inside a sentence. The place is None when it is a date, a label or a clause, not where.

    The place runs to the end with no stop of `_PLACE_BARRIER` in it, so a time inside a sentence is looked for only after
    the last such stop: searched from every "2031, " of a long run before a stop at its end, the place would be read on
    to the end from each, in time growing with the square of the line."""
    if opening:
        match = _HOURS_THEN_PLACE.match(text)
    else:
        match = _VENUE_AFTER_WHEN.search(text, max((stop.end() for stop in _PLACE_BARRIER.finditer(text)), default=0))
    if match is None:
        return None
    place = match.group("venue")
    if _VENUE_SKIP.match(place) or find_dates(place) or _NOT_A_PLACE.search(place):
        return match.group("when"), None
    return match.group("when"), place


def _dateline_platform(text: str) -> re.Match[str] | None:
    """`_TIME_THEN_PLATFORM` where the hour is the meeting's, not a late arrival's: the first hour of the text, in a
    sentence that names the meeting or its day."""
    found = _TIME_THEN_PLATFORM.search(text)
    if found is None or not _is_meetings_hour(text, found.start()):
        return None
    before = _sentence_before(text, found.start())
    return found if _MEETING_WORD.search(before) or _MONTH_WORD.search(before) else None


# What tells of a later event after the meeting's hour: the next meeting, a member arriving or leaving.
_LATER_EVENT = re.compile(
    r"\b(?:next|following|future|joined|arrived|arriving|left|leaving|departed|adjourn\w*)\b",
    re.IGNORECASE,
)


def _is_meetings_hour(text: str, start: int) -> bool:
    """True when the hour at `start` is the meeting's own, no later event's: the text's first hour, or one after another
    hour (a dateline's "6:00 PM", "… called the meeting to order at") whose words between tell of no later event (the
    next meeting's, a late arrival's), which minutes tell after the hour the meeting opened at."""
    earlier = [hour.end() for hour in _HOUR.finditer(text, 0, start) if hour.end() <= start]
    if not earlier:
        return True
    between = text[earlier[-1] : start]
    return _LATER_EVENT.search(between) is None


def _platform_venue(platform: re.Match[str]) -> str:
    """The place a `_VENUE_PLATFORM` match names: "Zoom", or with its manner "remotely via Zoom"."""
    name = _platform_name(platform.group("platform"))
    return f"{platform.group('manner').lower()} via {name}" if platform.group("manner") else name


def _platform_name(text: str) -> str:
    """A platform's name as it is spelt: "ZOOM" and "zoom" give "Zoom"; "MS Teams" stays."""
    return " ".join(word if word in ("MS", "WebEx") or (word[:1].isupper() and not word.isupper()) else word.capitalize()
                    for word in text.split())


def _sentence_before(text: str, end: int) -> str:
    """The part of the sentence that `end` stands in that comes before it."""
    starts = [found.end() for found in _SENTENCE_END.finditer(text, 0, end)]
    return text[starts[-1] if starts else 0 : end]


def _tidy_venue(text: str) -> str | None:
    # "the Town Hall. Board members present were …": the place ends with its sentence ("Co. Clare" goes on).
    text = _SENTENCE_AFTER_PLACE.split(text.strip(), maxsplit=1)[0]
    if text.count("(") < text.count(")"):
        text = text.replace(")", "")  # "(Held in the Council Chamber, London Road)" lost its opening
    text = _VENUE_TAIL.sub("", text.strip())
    text = _VENUE_ALSO_ONLINE.sub("", text)
    text = _BY_AN_OFFICER.sub("", text)
    text = re.sub(r"^the\s+", "", text.strip(), flags=re.IGNORECASE)
    text = re.sub(r",\s*(?:on|at|in)$", "", text.strip(" .,;"), flags=re.IGNORECASE)  # "…, Co. Limerick, on"
    text = text.strip(" .,;")
    if re.match(r"^(?:(?:at|on|from)\s+)?\d", text, re.IGNORECASE):
        return None  # "At 3.00 P.M.": a time or a date, not a place
    if re.search(r"\bheld\s+(?:in|at|on)\b", text, re.IGNORECASE):
        return None  # "… Meeting of the X Held in the Chamber": the title read from too early, not a place
    if text.isupper():
        text = _title_case(text)
    return text or None


def _find_header_end_time(header: list[Line]) -> dt.time | None:
    """The end of a time range written in the header ("2.00pm - 3.45pm"; the last of "(19:15 TO 19:25 AND 20:25 TO 20:27)")."""
    for text, _ in _iter_header_units(header):
        match = _TIME_RANGE.search(text)
        if match:
            return parse_time(match.group("end"))
        hours = text[label.end() :].strip() if (label := _TIME_LABEL.match(text)) else text  # "Time: 19:30 – 21:05"
        if _HOURS_LINE.match(hours):
            times = re.findall(_TIME_OF_DAY, hours, flags=re.IGNORECASE)
            return parse_time("at " + times[-1]) if times else None
    return None


EVENING_HOURS = range(1, 8)
"""Hours a start time written without am/pm ("at 7.30", "called to order at 7:00") means in the evening."""
EVENING_END_HOURS = range(1, 9)
"""Hours an end time written without am/pm ("adjourned at 8:35") means in the evening when no start time is known."""
_HALF_OF_DAY = re.compile(r"\d\s*(?:[ap]\.?\s?m\b|hrs\b|hours\b)|\b(?:noon|midday|morning)\b", re.IGNORECASE)


# "6:30-8:30 P.M.", "7 - 9pm": a range whose one "pm" serves both times.
_SHARED_HALF_RANGE = re.compile(
    r"(?P<hour>\d{1,2})(?:[.:](?P<minute>\d{2}))?[ \t]*+(?:-|–|—|to|until)[ \t]*+"
    r"(?P<end>\d{1,2})(?:[.:]\d{2})?[ \t]*+(?P<half>[ap])\.?[ \t]?m\b",
    re.IGNORECASE,
)
_CLOCK_START = re.compile(r"\d{1,2}(?:[.:]\d{2})?")


def _start_clock(text: str) -> dt.time | None:
    """The first clock time in `text` as a meeting's start: one written without am/pm between 1 and 7 o'clock
    ("held at 7.30 in the Village Hall", "called to order at 7:00") is the evening's, unless set as a 24-hour
    time ("07:30"). A range's start takes its end's half of the day ("6:30-8:30 P.M."); midnight ("00:00", a
    posting's time stamp) starts no meeting."""
    first = _CLOCK_START.search(text)
    shared = _SHARED_HALF_RANGE.match(text, first.start()) if first else None
    if shared and 1 <= int(shared.group("hour")) <= 12 and int(shared.group("end")) <= 12:
        hour, end = int(shared.group("hour")) % 12, int(shared.group("end")) % 12
        pm = shared.group("half").lower() == "p"
        if hour > end:
            pm = not pm  # "11:30-1 pm": the morning before the afternoon
        return dt.time(hour + 12 if pm else hour, int(shared.group("minute") or 0))
    found = parse_time(text)
    if found == dt.time(0, 0):
        return None
    if found is None or found.hour not in EVENING_HOURS:
        return found
    if _HALF_OF_DAY.search(text) or re.search(rf"(?<!\d)0{found.hour}[.:]\d", text):
        return found
    return found.replace(hour=found.hour + 12)


def _after_start(end: dt.time | None, start: dt.time | None) -> dt.time | None:
    """`end` read in the afternoon when it was written without am/pm and the morning reading is before `start`."""
    if end is None or start is None or end >= start or end.hour >= 12:
        return end
    later = end.replace(hour=end.hour + 12)
    return later if later >= start else end


# "The meeting held in the Village Hall on Monday 4 March opened at 7.30pm", "This meeting of the Board was held at
# the Library on …": a sentence about this meeting, opening its line, below the attendance that ended the header.
_HELD_SENTENCE = re.compile(
    r"^\W*+(?:the|this|a|an)\s++(?:[\w-]+\s++){0,3}?(?:meeting|session)\b(?:\s++of\s++[^.;]{1,80}?)?\s++"
    r"(?:was\s++)?held\b",
    re.IGNORECASE,
)


# "You are hereby summoned to attend …", "Members are requested to attend …", "You are invited to attend …": the
# notice calling a meeting, in the letter an agenda opens with.
_SUMMONS = re.compile(
    r"\b(?:you|members|councillors|all\s+members(?:\s+of\s+the\s+\w+)?)\s+are\s+(?:hereby\s+)?"
    r"(?:summoned|requested|invited|required)\s+to\s+attend\b",
    re.IGNORECASE,
)
# The meeting it calls and the body holding it: "… a Meeting of the Municipal District of Elmvale to be held …", "… the
# meeting of the Planning Committee which will be held …", "… the Annual Meeting of Elm Parish Council on …".
_SUMMONED_BODY = re.compile(
    r"\b(?i:meeting)\s+(?i:of)\s+(?:(?i:the)\s+)?(?P<body>[A-Z][\w'’&-]*(?:\s+(?:of|and|the|&|[A-Z][\w'’&-]*)){0,9}?)"
    r"(?=\s*,?\s+(?:(?:which\s+)?(?:is\s+|will\s+be\s+)?(?:to\s+be\s+)?(?:held|convened)|on|at|in|commencing)\b)",
)
# The addressee line of a summons letter, read as a body's name: "To: The Cathaoirleach and each Member of …", "To all
# Members of the Council".
_ADDRESSEE = re.compile(r"^(?:to\b|you\b|dear\b)", re.IGNORECASE)
_MEETING_WORD_ONLY = re.compile(r"\bmeeting\b", re.IGNORECASE)
SUMMONS_LINES = 4
"""How many lines a summons sentence may run over ("… to be held" / "in the Council Chamber … on Wednesday, 15th
June, 2031," / "at 10.00 a.m.")."""


@dataclass
class _Summons:
    body: str | None
    date: dt.date
    start_time: dt.time | None
    venue: str | None
    lines: list[Line]


def _find_summons(document: ParsedDocument, *, month_first: bool = False) -> _Summons | None:
    """The meeting an agenda's summons calls, from its sentence in the opening lines: body, date, start and place.
    The sentence may wrap over lines and ends at its full stop; one without a date is no summons here."""
    opening = [line for line in document.iter_lines() if not line.is_blank][:DATELINE_MAX_LINES]
    for index, line in enumerate(opening):
        match = _SUMMONS.search(_strip_marks(line.text))
        if match is None:
            continue
        lines = [line]
        text = _strip_marks(line.text)[match.start() :]
        for below in opening[index + 1 : index + SUMMONS_LINES]:
            if _SENTENCE_END.search(text) or text.rstrip().endswith("."):
                break
            text = f"{text.rstrip()} {_strip_marks(below.text).strip()}"
            lines.append(below)
        text = _SENTENCE_END.split(text, maxsplit=1)[0]
        dates = [found for found in find_dates(text, month_first=month_first) if not _is_previous(text, found[1])]
        if not dates or not _MEETING_WORD_ONLY.search(text, 0, dates[0][1]):
            continue  # "Councillors are invited to attend the Remembrance service on 11 November": no meeting
        named = _SUMMONED_BODY.search(text)
        at_time = _HELD_AT_TIME.search(text)
        start = (_start_clock(text[dates[0][2] :]) or
                 (_start_clock(text[at_time.end() : at_time.end() + TIME_REACH]) if at_time else None))
        body = _tidy_body(named.group("body")) if named else None
        return _Summons(body=body, date=dates[0][0], start_time=start, venue=_find_venue(text), lines=lines)
    return None


def _find_held_sentence(
    document: ParsedDocument, *, date: dt.date | None, month_first: bool = False
) -> tuple[dt.date | None, dt.time | None, str | None, Line] | None:
    """(date, start, venue, line) of the opening lines' sentence saying where and when this meeting was held.

    Given the header's `date`, the sentence must name that day (or none), so a
    report of another meeting held elsewhere is never read as this one.
    """
    opening = [line for line in document.iter_lines() if not line.is_blank][:DATELINE_MAX_LINES]
    for line in opening:
        text = _strip_marks(line.text)
        match = _HELD_SENTENCE.match(text)
        if match is None or re.search(r"\b(?:minutes|notes)\b", text[: match.end()], re.IGNORECASE):
            continue  # "The minutes of the meeting held on 4 February were approved": an item, not this meeting
        dates = [found for found in find_dates(text[match.end() :], month_first=month_first)
                 if not _is_previous(text, match.end() + found[1])]
        found_date = dates[0][0] if dates else None
        if date is not None and found_date is not None and found_date != date:
            continue
        if date is None and found_date is None:
            continue
        at_time = _HELD_AT_TIME.search(text)
        start = _start_clock(text[at_time.end() : at_time.end() + TIME_REACH]) if at_time else None
        return found_date, start, _find_venue(text), line
    return None


def _find_dateline(
    document: ParsedDocument, *, month_first: bool = False
) -> tuple[dt.date | None, dt.time | None, list[Line]]:
    """A line opening with the meeting's date further down than the header ("June 4, 2019 at 4:00 PM")."""
    for line in _header_lines(document, max_lines=DATELINE_MAX_LINES):
        text = _strip_marks(line.text)
        dates = find_dates(text, month_first=month_first)
        if dates and dates[0][1] == 0:
            return dates[0][0], parse_time(text[dates[0][2] :]), [line]
    return None, None, []


def _find_address_venue(header: list[Line]) -> tuple[str | None, list[Line]]:
    """A street address over "City, ST 12345" among the header lines, where a board meets; or a whole address on the
    line under the dateline ("Thursday 14 April 2032 at 18:00" / "2 Elm Street, Elmvale, Northtown 1022"), never the
    office's contact address."""
    for street, city in zip(header, header[1:]):
        if _STREET_LINE.match(_strip_marks(street.text)) and _CITY_STATE_LINE.match(_strip_marks(city.text)):
            return f"{_strip_marks(street.text)}, {_strip_marks(city.text)}", [street, city]
    for position, line in enumerate(header[1:], start=1):
        text = _strip_marks(line.text)
        if ("," in text and _STREET_START.match(text) and find_dates(header[position - 1].text)
                and not _is_contact_address(header, position)):
            return text, [line]
    return None, []


def _find_opening_venue(document: ParsedDocument) -> tuple[str | None, list[Line]]:
    """The place named by the sentence that opens the meeting below the header (after the roll or a "Call to Order"
    heading): "The board meeting was called to order by the President at 5:30 p.m., in the Board Room at" / "12 Elm
    Court, Elmton", "The regular meeting opened at 8:00 am at the Fire Station", "The City Council met in session at
    9:30 a.m. in the Council Chambers of City Hall". Only the first such sentence counts (a closed session's, which
    may sit in another room, is passed over); a sentence without a place gives none."""
    lines = [line for line in document.iter_lines() if not line.is_blank][:DATELINE_MAX_LINES]
    for index, line in enumerate(lines):
        text = _strip_marks(line.text)
        if not (_may_open_a_meeting(text) or " met " in text):
            continue
        opening = _START_TIME.search(text) or _TIME_THEN_CALLED.search(text) or _BODY_MET.search(text)
        if opening is None:
            continue
        if _CLOSED_SESSION.search(text[: opening.end()]):
            continue
        start = opening.start() - len(_sentence_before(text, opening.start()))
        sentence = text[start:].rstrip()
        used = [line]
        if not sentence.endswith((".", ":", "!", "?")) and index + 1 < len(lines):
            below = _strip_marks(lines[index + 1].text).strip()
            if not _ends_header(below, above=text, below=_text_below(lines, index + 1)):
                sentence = f"{sentence} {below}"  # "… in the Board Room at" / "12 Elm Court, Elmton, ST 95001."
                used.append(lines[index + 1])
        venue = _find_venue(sentence)
        return (venue, used) if venue else (None, [])
    return None, []


def _find_labelled_venue(document: ParsedDocument) -> tuple[str | None, list[Line]]:
    """A "Place:" / "Venue:" / "Location:" line below the header, before the first numbered item (a club's minutes
    print the meeting's details under its list of members): where the meeting was held."""
    lines = document.lines[:DATELINE_MAX_LINES]
    for index, line in enumerate(lines):
        text = _strip_marks(line.text)
        above = _strip_marks(lines[index - 1].text) if index else None
        if _ITEM_OPENER.match(text) and not _is_street_address(text, above=above, below=_text_below(lines, index)):
            break  # an item's "Location: Land at …" is the business, not the meeting's place
        label = _VENUE_LABEL.match(text) if line.cells is None else None
        venue = _tidy_venue(label.group("venue")) if label else None
        if venue and not find_dates(venue):
            return venue, [line]
    return None, []


def _find_carried_minutes_date(document: ParsedDocument, *, before: Line) -> dt.date | None:
    """The date of the minutes an agenda pack carries, as its index names them ("Minutes of the meeting held on …")."""
    for line in document.iter_lines():
        if line.number >= before.number:
            break
        match = _CARRIED_MINUTES_DATE.search(line.text)
        if match:
            dates = find_dates(line.text[match.end() :])
            if dates and dates[0][1] == 0:
                return dates[0][0]
    return None


CALLED_TO_ORDER_REACH = 120
"""Minutes from the scheduled time within which "called to order at …" is the same meeting's opening."""


def _opened_at(scheduled: dt.time | None, opened: dt.time | None) -> dt.time | None:
    """The start time: when the meeting opened, if near enough the header's time to be this meeting's."""
    if scheduled is None or opened is None:
        return scheduled or opened
    if opened.hour < 12 <= scheduled.hour and opened.hour + 12 - scheduled.hour <= 1:
        opened = opened.replace(hour=opened.hour + 12)  # "called to order at 2:00" in an afternoon meeting
    gap = abs((opened.hour * 60 + opened.minute) - (scheduled.hour * 60 + scheduled.minute))
    return opened if gap <= CALLED_TO_ORDER_REACH else scheduled


def _find_prose_start_time(document: ParsedDocument) -> dt.time | None:
    lines = document.lines
    for index, line in enumerate(lines):
        match = _START_TIME.search(line.text) if _may_open_a_meeting(line.text) else None
        reach = _reach(lines, index, match.end()).lstrip() if match else ""
        if match is None and _may_open_a_meeting(line.text) and index + 1 < len(lines):
            # "… was called to order by Supervisor" / "Hollis at 7:00 PM.": the phrase goes on into the next line.
            joined = f"{line.text.rstrip()} {lines[index + 1].text.strip()}"
            match = _START_TIME.search(joined)
            if match is not None and match.start() < len(line.text.rstrip()):
                reach = joined[match.end() : match.end() + TIME_REACH].lstrip()
            else:
                match = None
        if match and not _CLOSED_SESSION.search(line.text[: match.end()]):
            # "at" kept before the time: "commenced at 19.30" is a clock time, "19.30" alone may be a paragraph.
            found = _start_clock("at " + reach)
            found = found or _four_figure_clock(reach)
            hour = _BARE_HOUR.match(reach) if found is None else None
            if hour is not None and 1 <= int(hour.group(1)) <= 12:
                found = _start_clock(f"at {hour.group(1)}:00")  # "called the meeting to order at 7."
            if found is not None:
                return found
        label = _START_LABEL.match(line.text) if match is None and _may_open_a_meeting(line.text) else None
        if label:
            reach = line.text[label.end() : label.end() + TIME_REACH]
            found = _start_clock("at " + reach) or _labelled_four_figure_clock(line.text[label.end() :])  # "Opened: 1905"
            if found is not None:
                return found
        first = _TIME_THEN_CALLED.search(line.text) if match is None and _may_open_a_meeting(line.text) else None
        if first and not _CLOSED_SESSION.search(line.text[: first.end()]):
            return parse_time(first.group("time"))
    return None


_BARE_HOUR = re.compile(r"(\d{1,2})(?![\d:]|\.\d)")
# "The meeting started at 1900", "closed at 2040": a 24-hour clock in four figures, read only straight after a phrase
# that starts or ends the meeting (elsewhere four figures are a year or a sum).
# The sentence ends after it ("started at 1900."), or "and" goes on ("opened at 1905 and …"): "began at 2022 prices"
# is a year.
_FOUR_FIGURE_CLOCK = re.compile(
    r"(?:(?i:at)\s+)?(?P<hour>[01]\d|2[0-3])(?P<minute>[0-5]\d)(?=\s*(?:[.;,)]|$|(?i:and|with\s+(?:the|a)|hrs|hours)\b))"
)


def _four_figure_clock(text: str) -> dt.time | None:
    return _clock_of(_FOUR_FIGURE_CLOCK.match(text.lstrip(" \t:-–—")))


def _clock_of(match: re.Match[str] | None) -> dt.time | None:
    """The time a four-figure clock's "hour" and "minute" groups give, else None."""
    return dt.time(int(match.group("hour")), int(match.group("minute"))) if match else None


# After a label ("Opened: 1905", "Start time: 1900 hrs.") the four figures are the label's whole value: "Opened: 2019,
# renewed yearly" is a year.
_LABELLED_FOUR_FIGURES = re.compile(r"(?P<hour>[01]\d|2[0-3])(?P<minute>[0-5]\d)\s*(?i:h|hrs?|hours)?\.?")


def _labelled_four_figure_clock(value: str) -> dt.time | None:
    """The time a label's value gives in four figures alone ("1905", "1900 hrs"), else None."""
    return _clock_of(_LABELLED_FOUR_FIGURES.fullmatch(value.strip(" \t:-–—")))


def _may_open_a_meeting(text: str) -> bool:
    """False when `text` has none of the words the start-time phrases need (a cheap look before the regex)."""
    folded = text.lower()
    return any(word in folded for word in ("meet", "met ", "order", "conven", "open", "start", "commenc", "began", "welcom"))


def _reach(lines: list[Line], index: int, offset: int) -> str:
    """The text just after `offset` in line `index`, run on into the next line ("at 8:35" / "p.m.")."""
    text = lines[index].text[offset : offset + TIME_REACH]
    if index + 1 < len(lines) and len(text) < TIME_REACH:
        text = f"{text} {lines[index + 1].text[: TIME_REACH - len(text)]}"
    return text


def _find_end_time(document: ParsedDocument) -> tuple[dt.time | None, bool]:
    """The time the meeting ended, and whether it was written with its half of the day ("8:35 pm", "20:35")."""
    found, written = _find_end_clock(document)
    if found is None:
        return None, False
    return found, bool(_HALF_OF_DAY.search(written) or re.search(r"(?<!\d)(?:0\d|1[3-9]|2[0-3])[.:]?\d{2}(?!\d)", written))


def _find_end_clock(document: ParsedDocument) -> tuple[dt.time | None, str]:
    lines = document.lines
    reconvened = False
    for index in range(len(lines) - 1, -1, -1):
        text = lines[index].text
        match = _END_TIME.search(text)
        if match:
            found = parse_time(text[match.start() :])
            if found is None and _TIME_AFTER_LABEL.match(text, match.end()):
                # "Meeting Closed: 21.20": a dotted clock straight after the phrase, as "at 21.20" would be read.
                found = parse_time("at " + text[match.end() :].lstrip(" \t:-–—")[:TIME_REACH])
            found = found or _four_figure_clock(text[match.end() :])
            if found is not None:
                return found, _time_written(text[match.start() :])
            below = _clock_below(lines, index) if not text[match.end() :].strip(" \t:-–—") else None
            if below is not None:
                return below
        folded = text.lower()
        cell = _END_CELL.search(text) if ":" in text else None
        found = parse_time(text[cell.end() : cell.end() + TIME_REACH]) if cell else None
        if found is None and cell is not None and _TIME_AFTER_LABEL.match(text, cell.end()):
            found = parse_time("at " + text[cell.end() : cell.end() + TIME_REACH])  # "Closed: 21.15"
        if found is None and cell is not None:
            found = _labelled_four_figure_clock(text[cell.end() :])  # "Closed: 2040"
        if found is not None and cell is not None:
            return found, _time_written(text[cell.end() :])
        ended = _AND_ENDED.search(text) if "meeting" in folded else None
        if ended and "meeting" in folded[: ended.start()]:
            found = parse_time(text[ended.start() :])
            if found is not None:
                return found, _time_written(text[ended.start() :])
        finish = _FINISH_LABEL.search(text) if " time" in folded else None
        found = parse_time("at " + text[finish.end() : finish.end() + TIME_REACH]) if finish else None
        if found is not None and finish is not None:
            return found, _time_written(text[finish.end() :])
        if "adjourn" in folded:
            label = _END_LABEL.match(text) if not reconvened else None
            found = parse_time(text[label.end() : label.end() + TIME_REACH]) if label else None
            if found is not None and label is not None:
                return found, _time_written(text[label.end() :])
            time_first = [found for found in _TIME_THEN_ADJOURNED.finditer(text) if not reconvened]
            if time_first:
                return parse_time(time_first[-1].group("time")), time_first[-1].group("time")
            for adjourned in _ADJOURNED_AT.finditer(text):
                # An adjournment the meeting came back from was a break, not its end.
                if reconvened or _RECONVENED.search(text[adjourned.end() :]):
                    continue
                reach = _reach(lines, index, adjourned.end())
                found = parse_time(reach)
                if found is None and _TIME_AFTER_LABEL.match(reach):
                    found = parse_time("at " + reach.lstrip(" \t:-–—"))  # "Meeting adjourned at 8.52": a dotted clock
                found = found or _four_figure_clock(reach)
                if found is not None:
                    return found, _time_written(reach)
            if not reconvened and index + 1 < len(lines) and _ADJOURNED_AT.search(text) is None:
                # "… the Board adjourned the meeting" / "at 8:42 p.m.": the phrase wrapped before "at".
                joined = f"{text.rstrip()} {lines[index + 1].text.lstrip()}"
                for adjourned in _ADJOURNED_AT.finditer(joined):
                    if adjourned.start() < len(text.rstrip()) < adjourned.end():
                        found = parse_time(joined[adjourned.end() : adjourned.end() + TIME_REACH])
                        if found is not None:
                            return found, _time_written(joined[adjourned.end() :])
        reconvened = reconvened or ("reconven" in folded and _RECONVENED.search(text) is not None)
    return None, ""


def _clock_below(lines: list[Line], index: int) -> tuple[dt.time, str] | None:
    """The end time on the line under a phrase that ends its own line ("Meeting Closed" / "21:15hrs")."""
    following = next((line for line in lines[index + 1 : index + 3] if line.text.strip()), None)
    if following is None:
        return None
    found = clock_alone(following.text)
    return (found, _time_written(following.text.strip())) if found is not None else None


def _time_written(text: str) -> str:
    """The text an end time was read from, as far as its "pm" or "hrs" could stand."""
    return text[: TIME_REACH + 10]


def _dates_when_held(
    rest: str, meeting_date: dt.date | None, *, month_first: bool
) -> tuple[re.Match[str] | None, list[Span]]:
    """Where the words after "next meeting" say it is "held … on" (`_HELD_ON`, past a place's name), and the dates
    within reach of them: `NEXT_MEETING_REACH` characters, or further when a long place's name comes first."""
    held = _HELD_ON.search(rest[:HELD_ON_REACH])
    reach = max(NEXT_MEETING_REACH, held.end() + NEXT_LABEL_REACH) if held else NEXT_MEETING_REACH
    return held, find_dates(rest[:reach], relative_to=meeting_date, month_first=month_first)


def _find_next_meeting(
    document: ParsedDocument, *, meeting_date: dt.date | None, body: str | None = None
) -> dt.date | None:
    lines = [line for line in document.iter_lines() if not line.is_blank]
    # "Next regular meeting: 4/1/24" in an American township's minutes is the 1st of April.
    month_first = prefers_month_first(document.text)
    year_list: dt.date | None = None
    for index, line in enumerate(lines):
        heading = _NEXT_HEADING.search(line.text) if _may_name_a_meeting(line.text) else None
        if heading and _names_own_meeting(heading.group(), body):
            found = _first_meeting_after(lines[index : index + NEXT_MEETING_WINDOW], line, meeting_date,
                                         month_first=month_first)
            if found is not None and _YEAR_LIST.search(line.text) and not _next_heading_outside_list(line.text):
                year_list = year_list or found
            elif found is not None:
                return found
    # A special or closed meeting named beside the next regular one ("The next special meeting will be held on March
    # 11 … the next regular board meeting will be held on April 8") is kept only when no regular one is given.
    special: dt.date | None = None
    for index, line in enumerate(lines):
        # A line opening with the phrase outranks a mention in a paragraph ("… the fire crew's next meeting is April 21").
        label = _NEXT_LABEL.match(line.text) if _may_name_a_meeting(line.text) or "donm" in line.text.lower() else None
        if label:
            rest = line.text[label.end() :]
            if not rest.strip() and index + 1 < len(lines):
                rest = lines[index + 1].text  # "## Next Meeting:" as a heading, the date on the line under it
            elif _MEETING_NAME_ONLY.match(rest) and _NAMES_A_MEETING.search(rest) and not find_dates(rest):
                # "Next Meeting Elm Annual Parish Meeting and" / "Elm Parish Council AGM" / "Tuesday, 8th May 2031":
                # the meeting's name wrapped over lines, then its dateline ("Next Meeting TBC" names none).
                rest = _dateline_below(lines[index + 1 : index + 1 + NEXT_NAME_LINES], meeting_date,
                                       month_first=month_first, wrapped=_NAME_RUNS_ON.search(rest) is not None) or rest
            held, dates = _dates_when_held(rest, meeting_date, month_first=month_first)
            # "Next meeting to be held in the Elm Room on Monday 3rd July": the day after the place.
            opens = max(NEXT_LABEL_REACH, held.end()) if held and held.start() <= NEXT_LABEL_REACH else NEXT_LABEL_REACH
            if dates and dates[0][1] <= opens and (meeting_date is None or dates[0][0] > meeting_date):
                if not _SPECIAL_MEETING.search(line.text[: label.end()]):
                    return dates[0][0]
                special = special or dates[0][0]
    if year_list is not None:
        return year_list
    for index, line in enumerate(lines):
        # In a table row the date must share the phrase's cell: "… to the next meeting | YD | 28 Nov" is a deadline.
        for text in line.cells or (_phrase_wrapped_on(lines, index),):
            if not (_may_name_a_meeting(text) or "reconven" in text.lower()) or _outside_body_report(text):
                continue
            for match in _NEXT_SENTENCE.finditer(text):
                if _another_bodys_meeting(match.group(), body):
                    continue
                meets_on = _MEETS_ON.search(match.group()) is not None
                if (("reconvene" in match.group().lower() or meets_on)
                        and not _meeting_is_subject(text[: match.start()], body)):
                    continue  # "… the public inquiry into the appeal will reconvene on 3 June": another's hearing
                rest = _within_sentence(text[match.end() :], text[: match.start()])
                if (line.cells is None and index + 1 < len(lines) and _RUNS_ON_TO_NEXT_LINE.match(rest)
                        and not _GOVERNED_MEETING.search(text[: match.start()])
                        and _says_when(lines[index + 1].text, meeting_date, month_first=month_first)):
                    # "… seconded the motion. The next meeting" / "will be October 23, 2031 at 5:30pm.": wrapped.
                    rest = f"{rest} {lines[index + 1].text}"
                elif (line.cells is None and index + 1 < len(lines) and rest == text[match.end() :]
                        and _SAYING_WHEN_AT_LINE_END.match(rest) and not find_dates(rest, month_first=month_first)):
                    # "… reminded that the next Meeting would be held on Wednesday, 4th" / "March, 2031 at 10 a.m.":
                    # the sentence saying when runs on past the line's end (a PDF's wrapped line), its date with it.
                    rest = f"{rest.rstrip()} {_within_sentence(lines[index + 1].text, '')}"
                _, dates = _dates_when_held(rest, meeting_date, month_first=month_first)
                if meets_on and dates and not _WEEKDAY_ONLY.match(rest[: dates[0][1]]):
                    continue  # "… will meet on site with the contractor on 5 May": not when the body meets
                if dates and (meeting_date is None or dates[0][0] > meeting_date):
                    if not _SPECIAL_MEETING.search(match.group()):
                        return dates[0][0]
                    special = special or dates[0][0]
    if special is not None:
        return special
    text = " ".join(line.text for line in lines)
    for match in _DATED_MEETING_AHEAD.finditer(text):
        if any(word.lower() not in _OWN_MEETING_QUALIFIERS for word in match.group("qualifiers").split()):
            continue  # "… at the April 9, 2031 Zoning Board meeting": another body's
        dates = find_dates(match.group("date"), relative_to=meeting_date, month_first=month_first)
        if dates and dates[0][1] == 0 and (meeting_date is None or dates[0][0] > meeting_date):
            return dates[0][0]
    for match in _DATED_MEETING_WILL_BE.finditer(text):
        if any(word.lower() not in _OWN_MEETING_QUALIFIERS for word in match.group("qualifiers").split()):
            continue  # "The April 9 Planning Board meeting will be held …": another body's
        dates = find_dates(match.group("date"), relative_to=meeting_date, month_first=month_first)
        if dates and (meeting_date is None or dates[0][0] > meeting_date):
            return dates[0][0]
    for line in lines:
        if "adjourn" not in line.text.lower():
            continue
        for match in _ADJOURNED_TO.finditer(line.text):
            if (not _meeting_is_subject(line.text[: match.start()], body) and " the " not in match.group().lower()
                    and not _MOTION_TO.search(line.text, 0, match.start())):
                continue  # "The Mill Farm hearing adjourned at 3 p.m. to 3 June": another's hearing
            rest = line.text[match.end() : match.end() + NEXT_MEETING_REACH]
            # "The meeting was adjourned at 8:15 p.m. to meet again on April 11, 2031."
            again = _MEET_AGAIN.match(rest)
            rest = rest[again.end() :] if again else rest
            # "adjourned until 7.30pm on Tuesday 7th April": the hour may come before the day.
            hour = _HOUR_THEN_ON.match(rest)
            dates = find_dates(rest, relative_to=meeting_date, month_first=month_first)
            if dates and dates[0][1] == (hour.end() if hour else 0) and (meeting_date is None or dates[0][0] > meeting_date):
                return dates[0][0]
    return None


# Where the sentence holding "the next meeting" ends: a full stop before a capital (never after an abbreviated weekday,
# month or title: "Thurs. March 4", "Mr. Orr"), a semicolon, or the bracket that closes one opened before the phrase.
_NEXT_SENTENCE_END = re.compile(r"(?P<word>\w*)[.!?](?=\s+[A-Z])|;")
# A month's or a weekday's short form ("Thurs", "Sept", "Mar"), never its full name ("March", "June", "Monday").
_DATE_ABBREVIATION = re.compile(rf"(?!(?:{MONTH_NAMES}|\w*day)$)(?:{MONTHS}|{WEEKDAY_NAME})", re.IGNORECASE)


@lru_cache(maxsize=1)
def _title_abbreviations() -> frozenset[str]:
    """The titles written shortened before a name ("Cllr", "Rev", "St") and the courtesy titles ("Mr", "Dr"), in lower
    case, from the names data."""
    words = load_title_words()
    return frozenset(word.lower() for word in (*words.abbreviations, *words.honorifics))


def _is_abbreviation(word: str) -> bool:
    """True for a word whose full stop ends no sentence: an abbreviated weekday, month or title, or an initial."""
    return (word.lower() in _title_abbreviations() or _DATE_ABBREVIATION.fullmatch(word) is not None
            or (len(word) == 1 and word.isupper()))


def _sentence_stops(text: str) -> list[int]:
    """Where the sentences in `text` end, as the offsets of their stops: a full stop before a capital (never after an
    abbreviated weekday, month or title, nor an initial: "Thurs. March 4", "Mr. Orr", "J. Vale"), or a semicolon."""
    return [stop.start() + len(stop.group("word") or "") for stop in _NEXT_SENTENCE_END.finditer(text)
            if not _is_abbreviation(stop.group("word") or "")]


def _within_sentence(rest: str, before: str) -> str:
    """The part of `rest` (the text after "the next meeting") in the same sentence as the phrase: "Draft (until
    approved at the next meeting) Minutes of the Ordinary Meeting held on 2 May 2031" and "Deferred to the next
    meeting. The minutes of 2 May 2031 were signed" name no date for the next meeting (the date is the one recorded or
    another matter's); "The next meeting will be held on Thurs. March 4, 2031" runs on past the abbreviation."""
    stops = _sentence_stops(rest)
    end = stops[0] if stops else len(rest)
    if before.count("(") > before.count(")"):
        close = rest.find(")")
        if close >= 0:
            end = min(end, close)
    return rest[:end]


# A line stopping inside the phrase ("… at 8:52 p.m. The next regular") whose next line goes on with "meeting is …".
_NEXT_WORDS_END = re.compile(r"\bnext(?:\s+[\w'’]+){0,3}\s*$", re.IGNORECASE)
_MEETING_OPENS = re.compile(r"^\s*meeting\b", re.IGNORECASE)


def _phrase_wrapped_on(lines: list[Line], index: int) -> str:
    """Line `index`'s text, with the next line joined on when "next … meeting" is split between them ("The next
    regular" / "meeting is scheduled for Monday, June 15, 2031")."""
    text = lines[index].text
    if index + 1 < len(lines) and _NEXT_WORDS_END.search(text) and _MEETING_OPENS.match(lines[index + 1].text):
        return f"{text.rstrip()} {lines[index + 1].text.strip()}"
    return text


def _dateline_below(lines: list[Line], meeting_date: dt.date | None, *, month_first: bool, wrapped: bool) -> str | None:
    """The first of `lines` that opens with a date, when only the rest of the meeting's name stands before it: a line
    of the name counts only while the name visibly runs on (`wrapped`: the text above ended on "and", "of", "&"), so
    "Signed" / "Chairman" over a signature's date stop the search."""
    for line in lines:
        dates = find_dates(line.text[:NEXT_MEETING_REACH], relative_to=meeting_date, month_first=month_first)
        if dates and not line.text[: dates[0][1]].strip(" \t,:–-"):
            return line.text
        if not (wrapped and _MEETING_NAME_ONLY.match(line.text)):
            return None
        wrapped = _NAME_RUNS_ON.search(line.text) is not None
    return None


def _says_when(text: str, meeting_date: dt.date | None, *, month_first: bool) -> bool:
    """True for a line that goes on a "… the next meeting" wrapped before it with when it is: "will be April 23",
    "on 12 April 2031 …", or the date itself."""
    if _NEXT_LINE_SAYS_WHEN.match(text):
        return True
    dates = find_dates(text[:NEXT_MEETING_REACH], relative_to=meeting_date, month_first=month_first)
    return bool(dates) and not text[: dates[0][1]].strip(" \t,:–-")


def _meeting_is_subject(before: str, body: str | None) -> bool:
    """True when the clause ending at `before` (its verb "will reconvene", "adjourned … to" next) has the meeting or
    the body as its subject ("The Board …", "Council shall …", "At 8:45 pm the meeting …", or none: "Adjourned to …"),
    not another's hearing ("the public inquiry into the appeal", "The Mill Farm hearing") or another body's committee."""
    clause = _sentence_before(before, len(before))
    clause = _CLAUSE_OPENING.split(clause)[-1]
    head = _SUBJECT_END.split(clause, maxsplit=1)[0]
    words = _words(head)
    if not words:
        return True
    if _another_bodys_meeting(head, body):
        return False
    return _MEETING_AS_SUBJECT.search(head) is not None or bool(set(words) & set(_words(body or "")) - {"the", "of"})


def _another_bodys_meeting(phrase: str, body: str | None) -> bool:
    """True for "the next liaison group meeting", "the next Planning Committee meeting" in the minutes of a body whose
    name lacks those words: another body's meeting, reported in these minutes."""
    words = {word for word in _words(phrase) if word in _OTHER_MEETING_WORDS}
    return bool(words - set(_words(body or "")))


_QUALIFIED_NEXT_MEETING = re.compile(r"\bnext\s+(?P<qualifiers>(?:[\w'’-]+\s+){1,3}?)meetings?\b", re.IGNORECASE)


def _names_own_meeting(heading: str, body: str | None) -> bool:
    """True for a "Date of next meeting" heading about the body's own meeting: words between "next" and "meeting" may
    only give its sort or its name ("Next Ordinary Meeting", "next Parish Council meeting", "next Committee meeting" in
    a committee's minutes), never another gathering ("Date of next open meeting" in a committee's minutes, "Date of next
    Planning Committee meeting" in a council's)."""
    qualified = _QUALIFIED_NEXT_MEETING.search(heading)
    if qualified is None:
        return True
    own = _OWN_MEETING_QUALIFIERS | set(_words(body or ""))
    return all(word in own for word in _words(qualified.group("qualifiers")))


def _outside_body_report(text: str) -> bool:
    """True for a report from another body, under its name as a label: "12.3 Village Hall Trust: the next meeting is
    on 7 April", "Footpaths Group - next meeting 4 May" (that body's meeting, not this one's)."""
    label = _REPORT_LABEL.match(text)
    if label is not None and _LABEL_NAMING_NEXT_MEETING.match(label.group("label")):
        return False  # "Date of next Parish Council meeting: …": the label names the meeting, not a reporting body
    return label is not None and _OTHER_BODY_WORDS.search(label.group("label")) is not None


def _next_heading_outside_list(text: str) -> bool:
    """True when `text` names the next meeting itself beside the year's list ("Date of next meeting and dates …")."""
    return _NEXT_HEADING.search(_YEAR_LIST.sub(" ", text)) is not None


def _may_name_a_meeting(text: str) -> bool:
    """False when `text` lacks "meet", which the start-time and next-meeting regexes all need.

    A cheap look saves their case-blind scan of most lines. Case-blind "meet"
    matches only what lower-cases to "meet": these letters have no other forms.
    """
    return "meet" in text.lower()


def _first_meeting_after(
    window: list[Line], heading: Line, meeting_date: dt.date | None, *, month_first: bool = False
) -> dt.date | None:
    """The first dated row after the meeting, skipping away days and events when a meeting row follows.

    A list of the year's meetings written without the year ("14 January, 11 February, 8 April") is read in the
    meeting's year first, its rows up to the meeting being past ones; only a list wholly past so read (December's
    "14 January, 11 February") runs on into the next year.
    """
    if meeting_date is not None:
        found = _first_row_after(window, heading, meeting_date, read_from=dt.date(meeting_date.year, 1, 1),
                                 month_first=month_first)
        if found is not None:
            return found
    return _first_row_after(window, heading, meeting_date, read_from=meeting_date, month_first=month_first)


def _first_row_after(
    window: list[Line], heading: Line, meeting_date: dt.date | None, *, read_from: dt.date | None,
    month_first: bool = False,
) -> dt.date | None:
    rows: list[tuple[dt.date, bool]] = []
    previous: dt.date | None = None
    for position, line in enumerate(window):
        text = line.text
        if line is heading:
            match = _NEXT_HEADING.search(text)
            text = text[match.end() :] if match else text
        dates = find_dates(text, relative_to=read_from, month_first=month_first)
        if position > 0 and line.is_heading and not dates:
            break
        for found, _, _ in dates:
            # A list of meetings runs forward: a row earlier than the one above is next year's.
            if previous is not None and found < previous and not _has_year(text):
                found = _add_year(found)
            previous = found
            if meeting_date is not None and found <= meeting_date:
                continue
            rows.append((found, bool(_NOT_A_MEETING.search(text))))
    meetings = [found for found, is_event in rows if not is_event]
    if meetings:
        return meetings[0]
    return rows[0][0] if rows else None


def _has_year(text: str) -> bool:
    return re.search(r"\b(?:19|20)\d{2}\b|\d{1,2}[./-]\d{1,2}[./-]\d{2}", text) is not None


def _add_year(day: dt.date) -> dt.date:
    try:
        return day.replace(year=day.year + 1)
    except ValueError:  # 29 February
        return day.replace(year=day.year + 1, day=28)


def _extract_plan_meeting(document: ParsedDocument) -> Meeting:
    title_line: Line | None = None
    for line in document.iter_lines():
        if line.is_blank:
            continue
        text = _strip_marks(line.text)
        if _PLAN_TITLE.match(text) and len(text.split()) <= BODY_MAX_WORDS:
            title_line = line
            break
    title = _strip_marks(title_line.text) if title_line else None
    period = _find_period(title or "") if title else None
    if period is None:
        period = _find_period(document.text[:2000])
    body, body_line = _find_plan_body(document)
    if body is None:
        # No partnership named in the text: fall back to the heading, as for minutes.
        body, body_lines = _find_body(_header_lines(document), document)
        body_line = body_lines[0] if body_lines else None
    used = [line for line in (title_line, body_line) if line is not None]
    used.sort(key=lambda line: line.number)
    return Meeting(
        kind="plan",
        body=body,
        title=title,
        period=period,
        evidence=Evidence.of_lines(used) if used else None,
    )


def _find_period(text: str) -> str | None:
    """Return "2015-16" for "2015/2016", "2015-16" or "2015 to 2016"."""
    for match in _PERIOD.finditer(text):
        start = int(match.group("start"))
        end_text = match.group("end")
        end = int(end_text) if len(end_text) == 4 else (start // 100) * 100 + int(end_text)
        if start < end <= start + 10:
            return f"{start}-{end % 100:02d}"
    return None


def _find_plan_body(document: ParsedDocument) -> tuple[str | None, Line | None]:
    """The partnership a plan belongs to: the place-named partnership the text names most."""
    counts: Counter[str] = Counter()
    first_line: dict[str, Line] = {}
    for line in document.iter_lines():
        for match in _PLACE_BODY.finditer(line.text):
            words = match.group("words").split()
            while words and words[0] in _PLACE_STOP:
                words.pop(0)
            words = [re.sub(r"['’]s$", "", word) for word in words] + ["Partnership"]
            # Count every tail too, so "<Place> Community Safety Partnership" also counts as the bare name.
            for start in range(len(words) - 1):
                name = " ".join(words[start:])
                counts[name] += 1
                first_line.setdefault(name, line)
    if not counts:
        return None, None
    # The bare name ("Community Safety Partnership") is the commonest; the one
    # a place is added to ("<Place> Community Safety Partnership") names the body.
    core = max(counts, key=lambda name: (counts[name], len(name)))
    placed = [name for name in counts if name.endswith(" " + core)]
    name = max(placed, key=lambda name: (counts[name], -len(name))) if placed else core
    return name, first_line[name]

