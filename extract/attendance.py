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
from functools import lru_cache

from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc

from ..ingest.document import Line, ParsedDocument, top_lines, top_reach
from ..names import (
    DECLARED_INITIALS,
    DOTTED_NAME_WORD,
    HONORIFIC,
    INITIALS_AND_SURNAME,
    NAME_WORD,
    NAME_WORD_OR_INITIAL,
    PersonName,
    is_courtesy_title,
    is_initials,
    is_particle,
    is_plural_title,
    is_title,
    load_title_words,
    member_plural_pattern,
    match_leading_title,
    parse_person,
    particle_pattern,
    name_cased,
    strip_bracket,
    strip_leading_titles,
    without_particles,
)
from .names import (
    join_double_barrelled,
    ACRONYM,
    is_organisation,
    is_own_initials,
    is_post_abbreviation,
    is_role,
    is_table_header,
    join_list_lines,
    split_affiliation,
    split_at_own_initials,
    split_people_list,
)
from .addresses import street_word_pattern
from .attendance_columns import name_columns, new_heading, split_columns
from .attendance_grid import grid_people
from .column_headers import load_column_headers
from .agenda_words import agenda_words
from .items import SUM
from .margin_owners import OWNER_SEPARATOR
from .attendance_forms import (
    ROLL_STATUS_WORDS,
    called_to_order_attendees,
    chair_named,
    is_attendance_note,
    guest_sentence_attendees,
    is_chairing_note,
    is_officer_post,
    mark_disambiguated,
    minute_taker_attendees,
    opening_sentence_attendees,
    public_line_attendees,
    office_titles,
    read_inverted_officials,
    read_posts_then_holders,
    sentence_attendees,
    split_leading_post,
    split_trailing_post,
    table_attendees,
    welcome_attendees,
    were_present_attendees,
    without_attendance_note,
)
from .apologies import extract_apologies
from ..names import load_non_person_words
from .public import public_noun_pattern
from .records import Apology, AttendanceStatus, Attendee, Evidence
from .verbs import IRREGULAR_PAST
from .sections import (
    BULLET_GLYPHS,
    CALLED_TO_ORDER,
    ROLL_CALL_LEAD,
    ROLL_COUNT,
    LabelMatch,
    SectionName,
    is_roll_call_heading,
    label_words,
    match_label,
    opening_label,
    read_attendance_mark,
    rejoin_wrapped_labels,
    without_lead,
    without_roll_count,
)

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
MIN_WRAPPED_ENTRIES = 3
"""Entries a line of a list must hold to be a wrapped paragraph rather than one person a line."""
MENTION_TAIL = 200
"""Characters after a "First Surname" mention that may hold its bracket."""
CAPITALS_MIN_LETTERS = 12
"""Letters a list must hold before its capitals are read as a list printed in capitals."""
CAPITALS_LOWER_SHARE = 0.1
"""Share of lower-case letters (a "(Clerk)" bracket) a list printed in capitals may still hold."""
ARRIVAL_LINES = 3
"""Lines after a roll's line in which a late arrival's sentence may stand."""
SEARCH_LINES = 120
"""Attendance lists sit near the top; only the first lines are searched."""
HEADER_ROLL_CHARS = 800
"""A roll run on after a meeting's heading ends within this many characters, at the first item."""
GROUP_GAP_LINES = 3
"""Lines (blank ones too) after a list within which a plural title's group ("Councillors: A, B") continues the roll."""
OPEN_BRACKET_CHARS = 40
"""How far from a line's end a bracket left open may start ("… Trustee Dunn (via") for the list to run on below."""
CLOSE_BRACKET_WORDS = 4
"""How many words into the next line that bracket must close ("Zoom), and …") for the list to run on."""
FOLLOW_LINES = 40
"""Lines after the end of a list (or roll-call table) in which a further list may start."""
MAX_HEADING_WORDS = 5
"""Words an unnumbered agenda heading that ends a list may have ("Report of the Parks Committee")."""

# A list ends at a line that opens another section (labels from `sections`), at an item
# heading, and at a count of the public that names no one ("Members of the public: 3").
# An item's number may be dotted or slashed ("16.01.2 Register of Interests", "21/04 Minutes").
# A numbered resolution or motion heading opens the business too, as Ohio boards number theirs: "RESOLUTION #7 – 5/2024
# – Agenda", "Resolution #12-24", "MOTION NO. 24-101 …"; and so does a city clerk's roll-call number.
_ITEM_OPENER = re.compile(
    r"^\s*(?:\d{1,3}(?:[./]\d{1,3}){0,3}[.)]?\s+[A-Z]|item\s+\d|(?-i:RESOLUTION|Resolution|MOTION|Motion)\s+"
    r"(?:no\.?\s*)?#?\s*\d"
    # The clerk's roll-call number before an item in capitals: "31-2 ADOPTING THE AGENDA …", "18-0411 2. ADOPTING …".
    r"|\d{2,4}-\d{1,5}\s+(?:\d{1,2}\.\s+)?(?-i:[A-Z]{3,}\b))",
    re.IGNORECASE,
)
# The count may be a number, a word or "Nil", in a bracket, with a full stop, and say who they were in a bracket:
# "Public – Nil.", "Members of the Public (3)", "Press – 1 (Eastshire Gazette)".
_NUMBER_WORDS = "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
_COUNT_WORDS = r"\d+|none|nil|no|zero|" + _NUMBER_WORDS
_PUBLIC_COUNT = re.compile(
    r"^\s*" + label_words(sections=("public",)) + r"\s*[:\-–—]?\s*(?:\(\s*(?:" + _COUNT_WORDS + r")\s*\)|(?:"
    + _COUNT_WORDS + r"))?(?:\s+(?:members?|persons?|people|residents?|visitors?))?\s*(?:\([^()]*\))?\s*\.?\s*$",
    re.IGNORECASE,
)
# A whole name of initials and a surname, titled or not ("Mrs E. Chubb", "J. Harris", "Cllr R.T. Webb"): it cannot run
# on over the line end into the next.
_INITIALLED_NAME = re.compile(rf"^(?:(?:{HONORIFIC}|Cllr|Councillor|Revd?)\.?\s+)?{INITIALS_AND_SURNAME}$")
_SENTENCE_VERB = re.compile(
    r"\b(?:said|stated|reported|noted|agreed|was|were|is|are|had|has|have|would|will|gave|introduced|presented|"
    r"asked|explained|welcomed|thanked|confirmed|advised|opened|declared|"
    # "called to order", "called the meeting to order", "called the regular April meeting of the Board to order"
    r"called(?=\s+(?:to\s+order|the\s+(?:\S+\s+){0,5}?meeting\b)))\b"
)
_LOWER_WORD = re.compile(r"\b[a-z]{3,}\b")
# A stop that ends a sentence inside a text, another sentence after it ("… to order at 7 pm. Board members present were …").
_SENTENCE_INSIDE = re.compile(r"[a-z]{2}\.\s+[A-Z]")
PROSE_WORDS = 4
"""Lower-case words (beyond `_LIST_WORDS`) that make a line after a list a sentence."""
_LIST_WORDS = frozenset(
    "and the for from with via plus also members member public press guests guest visitors residents attending "
    "online remotely present absent part meeting item items representing representative substituting".split()
    + _NUMBER_WORDS.split("|")
)
_OPENS_SENTENCE = re.compile(r"^(?:The|It|There|They|He|She)\s+[A-Z]?[\w'’-]+\s+(?!and\b)[a-z]{3,}")
_PLURAL_COLON = re.compile(r"(?:^|(?<=[;,]\s)|(?<=[;\n]))(?P<title>(?:[A-Z][a-z]+\s)?[A-Z][A-Za-z]+)\s*:\s*")
# "Roll call was taken and members present were: …": the sentence's lead before its label.
_ROLL_CALL_TAKEN = re.compile(
    r"^\s*(?:the\s+)?roll(?:\s+call)?\s+was\s+(?:taken|called)\s*(?:,\s*|\s+and\s+|;\s*)", re.IGNORECASE
)
# A column-wide gap inside a line: a tab (a PDF's columns) or a run of three or more spaces.
_WIDE_GAP = re.compile(r"\t+|\s{3,}")
_ROLL_VOTE = re.compile(r":\s*(?:aye|ayes|yes|no|nay|noes|abstain)\b", re.IGNORECASE)
# A member's answer to a roll called on one line, after a comma or a dash: "Mr. Hale, Aye; Mrs. Voss, Nay",
# "Hale - yes, Voss - no". At the opening of a meeting "Aye" answers the roll; after a motion it is a vote.
_ROLL_ANSWER = re.compile(r"(?:,|\s[-–—])\s*(?P<answer>aye|yea|nay|no|yes|abstain(?:ed)?)\s*(?=[;,.]|$)", re.IGNORECASE)
# The sentence opening the meeting that ends on the roll's label, the members on the lines below: "… sat in the
# annex hall with the following members present to-wit:", "… at 7:00 p.m. with the following present:".
_FOLLOWING_PRESENT_END = re.compile(
    r"\swith\s+the\s+following\s+(?P<who>(?:board\s+)?members\s+|[A-Z]?[a-z]+s\s+)?present(?:\s*,?\s*to[\s-]wit)?\s*:\s*$",
    re.IGNORECASE,
)
# A roll that says all were there before it names them: "Roll Call – All Present: Mrs. A, …", "Roll Call – (All
# Present) Mrs. A, …".
_ALL_PRESENT = re.compile(
    r"(?:\(\s*all\s+(?:members\s+)?present\s*\)|all\s+(?:members\s+)?present\s*:)\s*(?=[A-Z])", re.IGNORECASE
)
# The answers to a roll that say only that the member is there.
_HERE_ANSWERS = frozenset({"aye", "yea", "yes"})
# An item's number as a cell of its own: "1.", "31-0073", "4(a)".
_ITEM_NUMBER_CELL = re.compile(r"^(?:\d{1,4}(?:[./-]\d{1,4}){0,2}\.?|[A-Z]\.|\d{1,2}\([a-z]\))$")
_VOTE_ANSWER = re.compile(r"\b(?:yes|no|y|n)\.?\s*$", re.IGNORECASE)
# "Absent: Lane and Reed. Reed arrived at 7:32 a.m.": the absent list, and who of it came late.
_ABSENT_LIST = re.compile(r"\babsent\s*:\s*", re.IGNORECASE)
# A register row's note that the member came after all: "(arrived 7:15pm)", "– joined at item 4", "(late)".
# The ward or district a member sits for, after the name with a comma or a space: "Cy Orr Ward 2", "Ann Lee,
# Supervisor, District 3". A number, a letter or a numeral follows the word ("Mr C. Ward" is a surname).
_SEAT_WORDS = r"Ward|District|Division|Precinct"
_SEAT = re.compile(
    rf"(?<![-–—\s])(?:\s*,\s*|\s+)(?P<seat>(?:{_SEAT_WORDS})\s+(?:\d{{1,2}}|[A-Z]|[IVX]{{1,4}}))\b(?=\s*(?:[,;.]|\band\b|$))"
)
# A word that makes two capitalised words a place a member sits for, not a person: "Third Ward", "North Hill",
# "Zone A" ("Bo Day" is a person). A point of the compass or an ordinal makes a place only before the place's name ("North
# Hill", "Third Ward"): "Sam West" and "Jo North" are people.
_PLACE_BEFORE_NAME = (
    "North|South|East|West|Central|Upper|Lower|First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth"
)
_PLACE_WORD = re.compile(rf"\b(?:{_SEAT_WORDS}|Zone|Area|Region)\b|\b(?:{_PLACE_BEFORE_NAME})\s+[A-Z]")
# A seat written as the whole entry: the seat's word then its number or letter ("Ward 3", "Zone B"), or a point of the
# compass or an ordinal before one word ("Third Ward", "North Hill"); "Ed Ward" and "Ward Hale" are people.
_SEAT_NAME = re.compile(
    rf"(?:{_SEAT_WORDS}|Zone|Area|Region)\s+(?:\d{{1,2}}|[A-Z]|[IVX]{{1,4}})|(?:{_PLACE_BEFORE_NAME})\s+[A-Z][a-z]+"
)
_ARRIVED_NOTE = re.compile(r"\b(?:arrived|joined|entered|late)\b", re.IGNORECASE)
# A body's letters glued to a written surname by a hyphen: "Ann Lee-JABA", "Bo Day-BOS" ("Ann Lee-Smith" is a surname).
_GLUED_BODY_LETTERS = re.compile(r"(?<=[a-z])-(?P<body>[A-Z]{2,6})\s*$")
# Words an agenda heading joins its words with ("Minutes and Matters Arising", "Finance & Payments").
_HEADING_JOINERS = re.compile(r"\b(?:and|of|the|for)\b|[^\w]+", re.IGNORECASE)
# The words that tell a member came after the roll: "arrived", "joined the meeting", "entered the meeting" (or "the
# room", "the chamber").
_ARRIVAL_VERB = r"(?:arrived|joined\s+the\s+meeting|entered\s+the\s+(?:meeting|room|chambers?))"
_ARRIVED = re.compile(rf"(?:^|(?<=[.;]\s))(?P<who>[A-Z][\w'’-]+)\s+{_ARRIVAL_VERB}\b")
# A sentence of its own saying who came late, titled or not: "Day arrived shortly after the meeting began.",
# "Councilmember Di Day arrived at 7:05 p.m.", "Trustee Orr joined the meeting at 6:40." ("The speaker arrived" is none).
_ARRIVED_LATE = re.compile(
    r"(?:^|(?<=[.;]\s)|(?<=[.;]\s\s))(?P<who>(?!(?:The|A|An|This|It|He|She|They|All|Everyone)\b)"
    # "Board member Wood arrived at 1:11 p.m.": a member's post, its second word in lower case.
    r"(?:(?:Board|Council|Committee)\s+member\s+)?"
    # A word of the name ends on a stop only as an initial or a short title ("J.", "Mr."): "Absent: Lane. Reed arrived"
    r"(?:(?:[A-Z][\w'’-]*|[A-Z][a-z]{0,2}\.)\s+){0,3}[A-Z][\w'’-]+)\s+" + _ARRIVAL_VERB + r"\b"
)
# Who may be a member arriving late: an untitled surname ("Day") or a member's title before the name ("Trustee Bo Orr");
# "Resident Tina Marsh arrived" or "Sheriff Tom Reed arrived" is a visitor, not a member of the roll.
_MEMBER_ARRIVING = re.compile(
    r"^(?:[A-Z][\w'’-]+|(?:Trustee|Council(?:lor|or|member|man|woman)|Council\s+Member|Cllr\.?|Commissioner|Supervisor"
    r"|Alder(?:man|woman|person)|Director|Select(?:man|woman)|Legislator|(?:Vice\s+|Deputy\s+)?Mayor"
    # "Member Vance arrived late": a committee whose members go by "Member" and the surname.
    r"|(?:(?:Board|Council|Committee)\s+)?[Mm]ember)"
    r"\s+(?:[A-Z][\w'’.-]*\s+){0,2}[A-Z][\w'’-]+)$"
)
# "Ann Vale (AV) CHAIR", "Bo Reed (BR)": a member's name, initials, then perhaps a post.
_INITIALLED_ROW = re.compile(
    r"^(?P<name>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3})\s*\((?P<initials>[A-Z](?:\.?[A-Z]){1,3}\.?)\)"
    r"(?:\s*[-–—,]?\s*(?P<post>[A-Z][A-Za-z-]+(?:\s+[A-Za-z-]+){0,3}))?\s*\.?$"
)
_ROLL_CALL_ALONE = re.compile(r"^(?:\d{1,2}\.\s*)?(?:call\s+to\s+order\s*/\s*)?roll\s+call\s*:?$", re.IGNORECASE)
_NAME_THEN_POST = re.compile(r"^[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,2},\s*[A-Z]")
_ALL_EXCEPT = re.compile(r",?\s*(?:and\s+)?all\s+(?:the\s+)?(?:other\s+)?members\b.*$", re.IGNORECASE | re.DOTALL)
_REMOTE_TAIL = re.compile(
    r"\s+(?:via|by|on)\s+(?:teleconference|telephone|phone|video(?:\s*conference)?|zoom|(?:ms\s+)?teams|webex|skype)\b.*$",
    re.IGNORECASE,
)
# A register's mark in a bracket after a whole name: "Ann Vale (P)", "Bo Reed (A)", "Cy Hart (Present)".
_BRACKET_MARK = re.compile(
    r"(?P<name>[A-Z][\w'’.-]*\s+[A-Z][\w'’-]+)\s*\((?P<mark>P|A|Ab|L|present|absent|apologies|excused|here|late)\)"
    r"(?P<end>\s*(?:[,;]|\band\b|$))"
)
# A member the list of those present marks away in a bracket, the others carrying no mark: "Present: Mrs. Finch,
# Mr. Tarn (Absent), Mrs. Vale" (school boards' minutes typed from a roll call).
_AWAY_BRACKET = re.compile(
    r"(?P<name>[A-Z][\w'’.-]*\s+[A-Z][\w'’-]+)\s*\((?i:absent|excused)\)(?P<end>\s*(?:[,;]|\band\b|$))"
)
# A note that the members listed made a quorum: "A, B and C constituting a quorum", "…, being a quorum".
_QUORUM_NOTE = re.compile(
    r",?\s+(?:constituting|being|representing|forming|which\s+constituted|thus\s+forming)\s+a\s+quorum\b(?:\s+of\s+the\s+\w+)?",
    re.IGNORECASE,
)
# "… Cy Hart. Also present was Eve Moss": the next list written as a sentence after a list's full stop.
_ALSO_PRESENT_SENTENCE = re.compile(r"(?<=[a-z)])\.\s+Also\s+present\s+(?:was|were)\s+(?=[A-Z])")
# A code after a member's name: a radio club's call sign ("KB1ABC", "W2XYZ"), a member or lot number ("#412").
_CODE_TAIL = re.compile(r"(?:\s+(?:#\s?\d{1,6}|\(?(?=[A-Z0-9]*\d)(?=[A-Z0-9]*[A-Z])[A-Z0-9]{3,8}\)?))+\s*$")
_PRESIDING_TAIL = re.compile(r",?\s+(?:presiding|in\s+the\s+chair)\s*\.?$", re.IGNORECASE)
_NOTE = re.compile(r"\s*\[[^\]]*\]\s*")
_COUNT_TAIL = re.compile(r"\s*[,–—-]\s*\d{1,2}\s*\.?\s*$")
# A bullet glyph alone on its line: the next line is one entry of the list.
# Where a written list's lines meet: a line that closes an entry ("(Democratic Services)", "Jo Hale.")
# before a new capitalised one starts a new group; a lone first name at a line end runs on.
BREAK = "\n"
_ENDS_ENTRY = re.compile(r"(?:\)|[a-z]{2}\.)\s*$")
_ENDS_ON_ONE_WORD = re.compile(
    r"(?:(?:,|\band)\s+[A-Z][a-z'’-]+|\s" + particle_pattern() + r")\s*$", re.IGNORECASE
)
_ENDS_ON_BARE_SURNAMES = re.compile(r"(?:^|,\s*)[A-Z][\w'’-]+,\s*(?:and\s+)?[A-Z][\w'’-]+\s*$")
_STARTS_NAME_END = re.compile(r"^[A-Z][\w'’-]+(?:\s*[,.;]|\s+and\b|\s*$)")
# A list line that ends on a separator goes on after a blank line: "Councillors A, B," / "" / "C and D."
_LIST_GOES_ON = re.compile(r"(?:[,;&]|\band)\s*$")
# A line of the roll that names who was away: "Town Clerk, Alice Laue, absent.", "Bo Day was absent".
_ABSENT_LINE = re.compile(r"(?:,|\s(?:was|were))\s+absent\s*\.?\s*$", re.IGNORECASE)
# "Director Community Infrastructure (Robert Fish)" a line: the post, then its holder in brackets.
_POST_THEN_BRACKET = re.compile(r"^(?P<post>[A-Z][^()]*?)\s*\((?P<who>[^()]+)\)\s*\.?$")
_PLURAL_GROUP = re.compile(r"^(?P<title>[A-Za-z][A-Za-z ]{2,30}?)\s*:\s*[A-Z]")
_GLUED_INITIAL = re.compile(r"(?<=\b[A-Z])\.(?=[A-Z][a-z])")
_LONE_BULLET = re.compile(rf"^\s*[{BULLET_GLYPHS}]\s*$")
_BULLET = re.compile(rf"^\s*[{BULLET_GLYPHS}]\s+(?=\S)")
# "via Zoom", "by phone": how a guest attended, no part of who they are.
_HOW_ATTENDED = re.compile(r"^(?:via|by|on)\s+\w+", re.IGNORECASE)
# What an agenda gives a post to present ("Supervisor: Budget Update"): no one's name.
_REPORT_END = re.compile(r"\b(?:reports?|updates?)\s*[.:]?\s*$", re.IGNORECASE)
_ROLE_COLON = re.compile(r"^(?P<role>[A-Z][A-Za-z -]{1,40}?)\s*:\s*")
_POST_PRESENT = re.compile(r"\s+(?:present|in\s+attendance|attending)$", re.IGNORECASE)
_DASH = re.compile(r"\s+(?:--|[-–—])\s+")
# "Riverside Housing: Ann Lee (CEO), Bo Day": the body, then its people.
_BODY_PREFIX = re.compile(r"^(?P<body>[A-Z][\w&'’.-]*(?:\s+(?:[A-Z][\w&'’.-]*|of|and|for|&)){0,5}):\s+(?P<rest>[A-Z].*)$")
_AS_POST = re.compile(r"^(?P<name>[A-Z][^()]*?)\s+as\s+(?:the\s+)?(?P<post>[A-Z][\w'’ -]{2,50})$")
# Roles held by members of the body; other posts on a "Role: Name" line are officers in attendance.
_MEMBER_ROLE = re.compile(r"\b(?:chair|chairman|chairwoman|chairperson|convenor|convener|mayor|leader|member)\b", re.IGNORECASE)
# "Apologies: Cllr A. Substitutes: Cllr B for Cllr A.": a substitutes' list after a sentence, capitalised.
_INLINE_SUBSTITUTES = re.compile(
    r"[.;]\s+(?P<list>(?=[A-Z])(?i:" + label_words(sections=("attendance",), substitutes=True) + r")\s*:\s*\S.*)$"
)
_SUBSTITUTE_FOR = re.compile(r"\s+(?:for|substituting\s+for|in\s+place\s+of|replacing)\s+\S.*$", re.IGNORECASE)
# The verb that closes a labelled list written as a sentence, and anything after it.
_WERE_PRESENT = re.compile(
    r"\s+(?:were|was)\s+(?:all\s+)?(?:present|in\s+attendance)\b.*$|\s+attended(?:\s+the\s+meeting)?\s*\..*$",
    re.DOTALL,
)
# A sentence after the list in one paragraph ("Present: Members A, B. Member C was excused absent.", "… Bo Day. The
# Clerk read the minutes."): a full stop after a word, then a capital.
_SENTENCE_AFTER_LIST = re.compile(r"(?<=[a-z]{2})\.\s+(?=[A-Z])")
SENTENCE_SUBJECT_WORDS = 3
"""Words before its verb in a sentence after a list ("Member Ann Kirrin was …"); later, a verb is a list's aside."""
_MORE_ATTENDANCE = re.compile(r"\b(?:present|attendance|attending|attended|joined|arrived|left)\b", re.IGNORECASE)
_PUBLIC_TAIL = re.compile(
    r"(?:\s*,|\s+(?:together\s+with|plus|and|with))?\s+(?:\d+|an?|" + _NUMBER_WORDS + "|several|some|many|no)"
    r"\s+(?:other\s+)?(?:\bmembers?\s+of\s+the\s+press\b|" + public_noun_pattern() + r")[^,;.\n]*",
    re.IGNORECASE,
)
# A count of the public or press inside a list ("…, Cllr B Day, Public: 3, Press: 1."): no one named.
_PUBLIC_COUNT_INLINE = re.compile(
    r"(?:(?<=[,.;])|^)\s*" + label_words(sections=("public",)) + r"\s*[:\-–—]\s*(?:\(\s*(?:" + _COUNT_WORDS
    + r")\s*\)|(?:" + _COUNT_WORDS + r"))\b\s*(?:\([^()]*\))?\.?",
    re.IGNORECASE,
)
# "Mr and Mrs Penn", "Dr & Mrs Lowe", "Rosa & Tom Vail": two people of one surname, a whole entry of the list.
_COUPLE = re.compile(
    r"(?:(?<=^)|(?<=,\s)|(?<=:\s)|(?<=\sand\s))"
    rf"(?:(?P<first>(?:{HONORIFIC}|Revd?)\.?)\s+(?:&|and)\s+(?P<second>{HONORIFIC}\.?)"
    r"|(?P<first_name>[A-Z][a-z]{2,})\s+(?:&|and)\s+(?P<second_name>[A-Z][a-z]{2,}))"
    r"\s+(?P<surname>[A-Z][\w'’-]+)(?=\s*(?:,|$|\.\s*$|\())"
)
_TOGETHER_WITH = re.compile(r"\s+(?:together\s+with|plus)\s+(?=[A-Z])")
# The sections of the lists of a roll: who attended, who was absent, who sent apologies.
_LIST_SECTIONS: tuple[SectionName, ...] = ("attendance", "absent", "apologies")
# The sections whose label ends an attendance list.
_STOPS: tuple[SectionName, ...] = ("apologies", "absent", "business")
_INITIALS_CELL = re.compile(r"^[A-Z]{2,4}$")
# Another list's label inside a list line, after a name or a sentence ("… Pam Orr (PO) In attendance: Jo Hale").
_INLINE_LABEL = re.compile(
    r"(?<=[\w.,)])(?<!\balso)(?<!\balso,)(?<!\bnot)(?<!\bmembers)(?<!\bdirectors)(?<!\btrustees)"
    r"(?<!\bcommissioners)(?<!\bsupervisors)\s+(?=(?:also\s+present|also\s+attending|also,?\s+in\s+attendance|in\s+attendance|officers\s+present|"
    r"staff\s+present)\s*:)",
    re.IGNORECASE,
)
# Another section's label after a sentence stop inside a list line, capitalised and with its colon:
# "Members Present: A, B. Members Absent: C. Staff Present: D (Clerk)" is three lists on one line.
# A member count may end the list before its stop ("Present: Councilmembers A, B and Mayor C – 3. Absent: None").
_LABEL_AFTER_STOP = re.compile(
    r"(?:(?<=[a-z)][.;])|(?<=[–—-]\s\d[.;])|(?<=[–—-]\s\d\d[.;]))\s+"
    r"(?=(?=[A-Z])(?i:" + label_words(sections=("attendance", "absent", "apologies")) + r")\s*:)"
)
# How far on from a name, and back, a label is looked for (a label's words are few).
LABEL_WINDOW_CHARS = 80
# Where another list's label may start straight after a list's last name, with no stop between: "Members Present:
# Ann Lee, Bo Day Members Absent: Cy Orr" (`_split_after_names`).
_AFTER_NAME = re.compile(r"(?<=[A-Za-z][a-z])\s+(?=[A-Z])")
# Such a label with no colon, in a roll that writes none ("Members Present Ann Lee, Bo Day Members Absent Cy Orr"):
# capitalised words that end on a status, two or more ("… Bo Day Absent Cy Orr" may be a register's marks run
# together), then a capitalised name.
# One word after a sentence's stop (not an initial's: "R. Orr"), at the end of what comes before a label.
_WORD_AFTER_STOP = re.compile(r"(?<![A-Z])[.;]\s+\S+$")
# A label that is its status alone ("Present:", "Absent -"), with no group's word before it.
# The statuses a roll's list labels end on, in the capitalised form a colonless label writes them.
_LIST_STATUSES = "(?:" + "|".join(word.capitalize() for word in ROLL_STATUS_WORDS) + ")"
_LONE_STATUS = re.compile(rf"^{_LIST_STATUSES}\s*[:\-–—]", re.IGNORECASE)
# The label a list of people who are no members is read under when its own word is one the roll does not know.
_OTHERS_PRESENT = "Others present"
_COLONLESS_LABEL = re.compile(rf"^(?P<label>(?:[A-Z][a-z]+\s+){{1,3}}{_LIST_STATUSES})\s+(?=[A-Z])")
# Another list's label in capitals after a name, with no stop between (a page read as one line: "… Dee Orr
# COUNCILMEMBERS ABSENT: Al Fry OFFICERS PRESENT: …"); a label only when its words are one (`_split_at_capitals`).
_CAPITALS_LABEL = re.compile(r"(?<=[\w.,)])(?<![A-Z]{2})\s+(?=[A-Z]{2,}(?:\s+[A-Z]{2,}){0,2}\s*:)")
# The end of a meeting's heading (a year, a time, the hall or the online venue) straight before "Present:".
_HEADER_THEN_PRESENT = re.compile(
    r"(?:\b(?:19|20)\d{2}|\d[.:]\d{2}\s*[ap]\.?\s*m\b\.?|\b\d{1,2}\s*[ap]\.?m\b\.?|\b(?:Hall|HALL|Zoom|ZOOM))\s*[,.]?\s+"
    r"(?=(?:Present|PRESENT)\s*(?:\([^()]{1,30}\)\s*)?:)"
)
# A page read as one line (a scanned or flattened PDF: "… was taken. MEMBERS PRESENT: A, B STAFF PRESENT: C …"):
# a capitalised attendance label with its colon after a sentence's stop, a colon or a capitals heading ("… AND.
# SIX PRESENT:", "… p.m. Attendance Present:"); only in a line this long, where no line break parts the roll.
FLAT_LINE_CHARS = 400
_FLAT_LABEL = re.compile(
    r"(?:(?<=[.:;])|(?<=(?-i:[A-Z]{2})))\s+(?:(?-i:[A-Z][a-z]+)\s+)??"
    r"(?=(?=(?-i:[A-Z]))" + label_words(sections=("attendance",)) + r"\s*:"
    # and a name after it ("Cllr …", "Ann …"), not a sentence ("Present: the Chairman said …", "Staff: the Clerk …")
    r"\s*[-–—]?\s*(?!the\b)(?-i:[A-Z]))",
    re.IGNORECASE,
)
# The last stop or comma before the business's first sentence, where such a roll stops when no item ends it.
_ROLL_BREAK = re.compile(r"[,;]|\.(?=\s)")
# A roll with no label: the members' plural title, then the first name ("Councillors D Vale (Chairman), …").
_HEADLESS_ROLL = re.compile(rf"^{member_plural_pattern(councillors_only=True, stops=True)}\s+(?=[A-Z][\w'’.-]*\s)")
# A word that says the people on such a line were not there ("Councillors A, B and C (apologies received)").
_HEADLESS_NOT_THERE = re.compile(r"\b(?:apolog\w*|absent|excused|not\s+present|regrets?)\b", re.IGNORECASE)
# Where such a roll stops, besides a numbered item: a capitals heading with its colon that is no list's label
# ("… Community Relations INRE: OPENING CEREMONIES").
_CAPITALS_COLON = re.compile(r"\s(?=[A-Z]{2,}(?:\s+[A-Z]{2,}){0,3}\s*:)")
_RUN_ON_ITEM = re.compile(r"\s(?:\d{1,3}\.\s*[A-Z]|\d{1,3}/\d{2}\s+[A-Z])")
_GLUED_CHAIR = re.compile(
    r"(?<=[\w.])(?<!\bVice)(?<!\bDeputy)\s+(?:[-–—](?=Chair)|(?P<vice>Vice-|Deputy-)\s+)(?P<chair>Chair(?:man|woman|person)?)\b"
)
# "Vice -Chairperson", "Deputy – Chair": the office's hyphen typed with a space, one word all the same.
_SPACED_VICE = re.compile(r"\b(?P<vice>Vice|Deputy)(?:\s+[-–]\s*|[-–]\s+)(?=Chair)")
# "Ann Lee, (Farming), Bo Day": a bracket after a comma still says who the name before it is.
# A roll-call line's mark after the member and office: "Ann Lee, Chair X", "Bo Day, Treasurer Ab".
# "D Corran", "J. Pike": an initial and a surname, a person rather than a post.
_INITIAL_AND_SURNAME = re.compile(r"^[A-Z]\.?\s+[A-Z][\w'’-]+$")
# A first name and surname (and a middle name or initial) with no title.
# "…; Treasurer: Bo Day" at a line's end: a post, its colon and a full name.
_POST_COLON_NAME_END = re.compile(r"(?:^|[;,]\s*)(?P<post>[A-Z][A-Za-z -]{1,40}?)\s*:\s*[A-Z][\w'’-]+\s+[A-Z][\w'’-]+$")
# The title written just before a mention in the minutes' text: "Dr Ruth Day", "Mr. Tom Lee".
_TITLE_BEFORE = re.compile(r"(?P<title>\b[A-Z][A-Za-z]{1,12}\.?)\s+$")
# "Tom Lee of 4 Mill Lane", "Tom Lee of Mill Lane": a resident named by address.
_RESIDENT_AFTER = re.compile(
    r"^\s*,?\s+(?:of|from)\s+(?:\d+[A-Za-z]?\s+)?(?:[A-Z][\w'’-]*\s+){1,3}" + street_word_pattern()
)
# The applicant of a planning application or the owner of a property named in the business.
_APPLICANT_BEFORE = re.compile(r"\b(?:applications?|appeals?|proposals?|submitted|applied)\s+(?:by|from|for)\s+$", re.IGNORECASE)
# An entry that opens on who acts, then the task: "- Bo and Di: Provide Ann a list …", "Ann: Introduce Orr to …". The
# word before a listed name there is the task's verb, not the name's first word.
_OWNERS_BEFORE = re.compile(
    # A gap, or a joining word or mark, between the names (never none, which would try every split of one word).
    rf"(?:^|[-*•]\s+)(?P<owners>[A-Z][\w'’-]*(?:(?:{OWNER_SEPARATOR}|\s+)[A-Z][\w'’-]*){{0,5}})\s*:\s*$"
)
_APPLICANT_AFTER = re.compile(
    r"^['’]s?\s+(?:planning\s+|retrospective\s+)?(?:application|appeal|property|house|land|home|garden|field)\b"
)
# One "Name, Body" a line: the name, one comma, what follows it (no bracket, no second comma).
_NAME_COMMA_REST = re.compile(r"^(?P<name>[A-Z][^,;:()]{2,60}?),\s+(?P<rest>[A-Z][^,;:()]*)$")
# "Ann Lee, Chair, Resident-Owner North Hill" / "Bo Day, Resident-Owner, Third Ward": a row of a "Name, Post" roster
# whose post runs on after a second comma (what the seat is, where it lies).
_NAME_COMMA_POST_MORE = re.compile(
    r"^(?P<name>[A-Z][^,;:()]{2,60}?),\s+(?P<post>[A-Z][^,;:()]{1,60}),\s+(?P<more>[A-Z][^,;:()]*)$"
)
# A bracket opened near an entry's end and never closed, the list having ended inside it: "Trustee Cy Orr (from".
_BRACKET_LEFT_OPEN = re.compile(rf"\s*\([^()]{{0,{OPEN_BRACKET_CHARS}}}$")
_ACRONYM = re.compile(r"^[A-Z]{2,6}$")
# A body's name alone with its colon, a sub-heading of a one-a-line list: "Residents' Association:".
_BODY_SUB_LABEL = re.compile(r"^(?P<body>[A-Z][\w'’&.-]*(?:\s+(?:[A-Z][\w'’&.-]*|of|and|for|the|&)){0,6})\s*:$")
# A name with no title: a written-out first word, then one or two words or initials ("Ann Lee", "Ann K. Lee").
_UNTITLED_NAME = re.compile(rf"^{NAME_WORD}(?:\s+{DOTTED_NAME_WORD}){{1,2}}$")
# Where a table cell runs a one-a-line list together: "… Acting Director (AD) Jackie Krause, …".
_CELL_ROW_BREAK = re.compile(r"(?<=\))\s+(?=[A-Z][\w'’-]+\s+[A-Z][\w'’-]+,)")
_TRAILING_MARK = re.compile(r"^(?P<who>.+?)(?:\s*[-–—:]\s*|[\s,]+)(?P<mark>[A-Za-z✓✔]{1,12}|[-–—])\.?$")
_BRACKET_AFTER_COMMA = re.compile(r",\s*(?=\([^()]*\))")
# A group's heading in capitals inside a list ("SECTORAL INTERESTS/ PPN NOMINEES:"), with names after it.
_CAPS_SUB_LABEL = re.compile(r"^(?:\*\*)?[A-Z]{2,}(?:[A-Z/&\s-]*[A-Z])?(?:\*\*)?\s*:(?:\*\*)?\s+(?=[A-Z])")
_BRACKET_AFTER = re.compile(r"^\s*\((?P<inner>(?:[^()]|\([^()]*\))*)\)")


@dataclass(slots=True)
class _AttendanceList:
    status: AttendanceStatus
    lines: list[Line]


def extract_attendees(
    document: ParsedDocument, *, nlp: Language, apologies: list[Apology] | None = None
) -> list[Attendee]:
    """Return everyone the attendance lists name, in order, with title, role and organisation.

    `apologies` are the document's own (`extract_apologies`), read here when
    not given: anyone listed as present who also sent apologies is dropped.
    """
    attendees: list[Attendee] = []
    list_lines: set[int] = set()
    tabled, table_end = table_attendees(document)
    attendees.extend(tabled)
    attendees.extend(_grid_attendees(document))
    for found in _iter_lists(document, table_end=table_end):
        attendees.extend(_read_list(found))
        list_lines.update(line.number for line in found.lines)
    # "Board members present were …", "… welcomed …", "… arrived at 7.10": written as sentences, each read in turn for
    # those no list or earlier reader names.
    for read in (sentence_attendees, were_present_attendees, guest_sentence_attendees, public_line_attendees,
                 welcome_attendees, called_to_order_attendees, opening_sentence_attendees, minute_taker_attendees,
                 _late_arrivals):
        listed = {(a.surname or "").lower() for a in attendees}
        later = read(document)
        attendees.extend(
            a for a in later
            if (a.surname or "").lower() not in listed and not (a.title is None and is_organisation(a.name))
        )
        if read is called_to_order_attendees:
            _give_posts(attendees, later)
    attendees = [a for a in _drop_repeats(attendees) if not _names_a_post(a.name) and not _names_a_seat(a)]
    attendees = _without_first_name_repeats(attendees)
    attendees = _surnames_only(attendees)
    if apologies is None:
        apologies = extract_apologies(document, nlp=nlp)
    attendees = _without_apologies(attendees, apologies)
    _fill_from_body(attendees, document, nlp=nlp, skip=list_lines)
    _give_chair(attendees, document)
    return attendees


def _grid_attendees(document: ParsedDocument) -> list[Attendee]:
    """Members an attendance grid marks present at the meeting (`attendance_grid`)."""
    return [
        Attendee(name=person.name, surname=person.surname, title=person.title, status="present",
                 evidence=Evidence.of_lines([row]))
        for person, row in grid_people(document.lines, "present")
    ]


def _give_posts(attendees: list[Attendee], named: list[Attendee]) -> None:
    """The post the call to order gives a member ("… called to order by Board Chairman Orr") to the one attendee of
    that surname a roll named with none ("The following Commissioners were present: Hale, Orr")."""
    for person in named:
        if person.role is None or not person.surname:
            continue
        chosen = [a for a in attendees if (a.surname or "").lower() == person.surname.lower()]
        if len(chosen) == 1 and chosen[0].role is None:
            chosen[0].role = person.role


def _give_chair(attendees: list[Attendee], document: ParsedDocument) -> None:
    """The Chair's role for the one attendee a sentence says chaired ("The Meeting was Chaired by Ann Lee."), when the
    list gave them no post of their own; the sentence may name them by their initials ("RW chaired the meeting.")."""
    who = chair_named(document)
    if who is None:
        return
    surname = parse_person(who).surname or ""
    chosen = [
        a for a in attendees
        if (a.surname or "").lower() == surname.lower() or (a.surname and is_own_initials(who, a.name))
    ]
    if len(chosen) == 1 and chosen[0].role is None:
        chosen[0].role = "Chair"


def _late_arrivals(document: ParsedDocument) -> list[Attendee]:
    """Members a roll lists as absent who then arrived: "Absent: Lane and Reed. Reed arrived at 7:32 a.m." names
    Reed as present (late), Lane not at all; and members the roll leaves out who came late, in a sentence on the
    roll's line or just after it (`_roll_arrivals`)."""
    lines = top_lines(document.lines, SEARCH_LINES)
    found: list[Attendee] = _roll_arrivals(lines)
    for index, line in enumerate(lines):
        text = " ".join(cell.strip() for cell in line.cells) if line.cells is not None else line.text
        absent = _ABSENT_LIST.search(text)
        if absent is None:
            continue
        after = lines[index + 1] if index + 1 < len(lines) else None
        listed = text[absent.end() :]
        if after is not None and after.cells is None and not after.is_blank and not _ITEM_OPENER.match(after.text):
            listed = f"{listed} {after.text}"  # "Absent:" / "Lane. Reed arrived at 7:32 a.m.": the list runs on
        for arrived in _ARRIVED.finditer(listed):
            who = arrived.group("who")
            if not re.search(rf"\b{re.escape(who)}\b", listed[: arrived.start()]):
                continue  # only someone the absent list names
            attendee = _read_entry(who, status="present")
            if attendee is not None:
                attendee.evidence = Evidence(page=line.page, line_start=line.number, line_end=line.number)
                found.append(attendee)
    return found


def _roll_arrivals(lines: list[Line]) -> list[Attendee]:
    """Members who came after the roll, told in a sentence on the roll's line or on the lines just after it:
    "Commissioners Present: A, B and C were present.  Day arrived shortly after the meeting began.", "Present: Mayor
    A, Councilmembers B and C" / "Councilmember Di Day arrived at 7:05 p.m." Those the roll names are read there."""
    found: list[Attendee] = []
    for index, line in enumerate(lines):
        # "22-0173 1. ROLL CALL: Present: …", "2. ROLL CALL: Chair A, B and C": a roll under its heading opens too;
        # "… called to order at 1:02 p.m. by President Orr. Board members present: Orr, Tate. Board member Day arrived
        # at 1:11 p.m.": the roll's label inside the paragraph that opens the meeting.
        roll = _without_roll_call(line)
        if roll.cells is not None:
            continue
        parts = _split_inline_labels(roll)
        opens = next((at for at, part in enumerate(parts) if _is_attendance_label(part)), None)
        if opens is None:
            continue
        texts = [" ".join(part.text.strip() for part in parts[opens:])]
        for after in lines[index + 1 : index + 1 + ARRIVAL_LINES]:
            if after.is_heading or _ITEM_OPENER.match(after.text) or _ABSENT_LIST.search(texts[-1]):
                break
            texts.append(after.text)
        for text in texts:
            # After "Absent:" only someone that list names is read as arriving (`_late_arrivals`): "Absent: Dorn. Brack
            # arrived at 6:05 p.m." may be anyone.
            text = _ABSENT_LIST.split(text, maxsplit=1)[0]
            for arrived in _ARRIVED_LATE.finditer(text):
                if not _MEMBER_ARRIVING.match(arrived.group("who")):
                    continue
                attendee = _read_entry(arrived.group("who"), status="present")
                if attendee is not None and attendee.surname and not is_organisation(attendee.name):
                    attendee.evidence = Evidence(page=line.page, line_start=line.number, line_end=line.number)
                    found.append(attendee)
    return found


def _is_attendance_label(line: Line) -> bool:
    """True when `line` opens with an attendance label ("Present:", "Board members present:")."""
    label = _label(line)
    return label is not None and label.label.section == "attendance"


def _from_capitals(text: str) -> str:
    """A list printed in capitals ("CLLRS: MR. J. RICKMAN (CHAIRMAN), MRS. M. FOX") in the case names are written
    in, so that its names read as names: "Cllrs: Mr. J. Rickman (Chairman), Mrs. M. Fox". Joining words stay lower
    case ("and 7 members of the public")."""
    bare = _PUBLIC_TAIL.sub("", re.sub(r"\([^()]*\)", "", text))  # "(Clerk)", "and 7 members of the public"
    letters = [char for char in re.sub(r"\b(?:and|with|plus)\b", "", bare) if char.isalpha()]
    upper_words = re.findall(r"\b[A-Z][A-Z'’-]{2,}\b", text)
    if len(letters) < CAPITALS_MIN_LETTERS or len(upper_words) < 2:
        return text
    if sum(char.islower() for char in letters) > CAPITALS_LOWER_SHARE * len(letters):
        return text
    titled = name_cased(text)  # "O'BRIEN" -> "O'Brien"
    return re.sub(
        r"\b(?:And|Of|The|For|With|To|Members|Member|Public|Press|Plus|Together)\b", lambda m: m.group(0).lower(), titled
    )


def _names_a_seat(attendee: Attendee) -> bool:
    """True for an untitled entry of two words that is the place a member sits for ("Third Ward", "North Hill",
    "Zone B"), left alone where a roster's "Name, Post, Seat" rows ran together on one line."""
    return attendee.title is None and _SEAT_NAME.fullmatch(attendee.name) is not None


def _names_a_post(name: str) -> bool:
    """True for "Board Member", "Town Supervisors", "Town Councilmen": every word (titles aside) a post, a title
    or a word of a body, singular or plural, so the entry says what the people beside it are, not who."""
    if match_leading_title(name) is not None:
        return False  # "Mr Lead", "Councillor Hall": a titled surname is a person whatever it means
    words = [word.strip(".,;:()") for word in name.split()]
    if not words or not all(word[:1].isupper() and len(word) > 1 for word in words):
        return False
    non_person = load_non_person_words().non_person
    plurals = {plural.lower() for plural in load_title_words().plurals}

    def post_word(word: str) -> bool:
        lowered = word.lower()
        singular = re.sub(r"men$", "man", lowered) if lowered.endswith("men") else re.sub(r"s$", "", lowered)
        return (
            lowered in non_person or lowered in plurals or is_role(word) or is_role(singular) or singular in non_person
            or is_post_abbreviation(word)  # "Dir", "Asst", "A/Sen": a post's shortened word left as an entry of its own
        )

    return all(post_word(word) for word in words)


def _without_apologies(attendees: list[Attendee], apologies: list[Apology]) -> list[Attendee]:
    """Attendees less anyone the minutes also record as sending apologies (a grid lists the whole board).

    Only a full name counts ("Ann Lee" in both): a bare "Councillor Lee" may be another Lee.
    """
    sent = {apology.name.lower() for apology in apologies if len(apology.name.split()) >= 2 and apology.title is None}
    sent |= {apology.name.lower() for apology in apologies if apology.title and not apology.name.startswith(apology.title)}
    return [a for a in attendees if a.name.lower() not in sent or a.name.lower().startswith((a.title or "\0").lower())]


def _surnames_only(attendees: list[Attendee]) -> list[Attendee]:
    """Between two bare surnames under one title ("Councilmembers Orton, Vela Marquand, Pruitt"), two words are one surname."""

    def bare(attendee: Attendee, title: str) -> bool:
        return attendee.title == title and attendee.name == f"{title} {attendee.surname}"

    for before, attendee, after in zip(attendees, attendees[1:], attendees[2:]):
        title = attendee.title
        words = attendee.name.split()
        if not title or bare(attendee, title) or len(words) != 2 or any(len(word.rstrip(".")) == 1 for word in words):
            continue
        if bare(before, title) and bare(after, title):
            attendee.surname = attendee.name
            attendee.name = f"{title} {attendee.name}"
    return attendees


def _iter_lists(document: ParsedDocument, *, table_end: int | None = None) -> list[_AttendanceList]:
    all_lines: list[Line] = []
    before_item = True
    business = False  # a motion or a vote read above: a roll called "Aye" is a vote from there on
    answers_run_on = False  # an opening roll answered "Aye" whose line ends on a separator: its members run on
    for line in rejoin_wrapped_labels(split_columns(document.lines)):
        # A page read as one line holds its roll above the business: no such roll once an item has opened.
        roll = _without_roll_call(line, opening=not business)
        if roll is line and line.cells is None and (ending := _FOLLOWING_PRESENT_END.search(line.text)) is not None:
            # "… sat in the annex hall with the following members present to-wit:" over the roll
            roll = replace(line, text=f"The following {ending.group('who') or ''}present:".replace("  ", " "))
        if answers_run_on and roll.cells is None and (tail := _answered_present(line.text, least=1)) is not None:
            roll = replace(line, text=", ".join(tail))  # "Roll Call: Mr. Hale, Aye; …;" / "Mr. Orr, Aye;": its last
        answers_run_on = roll is not line and line.cells is None and line.text.rstrip().endswith((";", ",")) \
            and roll.text.startswith("Present: ") and _answered_roll(line.text) != set()
        all_lines.extend(_split_inline_labels(_from_header_label(roll, flat=before_item)))
        before_item = before_item and not _ITEM_OPENER.match(line.text)
        business = business or _BUSINESS_WORDS.search(line.text) is not None
    double_spaced = _is_double_spaced(all_lines)
    found: list[_AttendanceList] = []
    index = 0
    seen_item = False
    last_end = -1  # where the last attendance list ended, while no other section has started since
    # A roll-call table is read on its own; lists may follow it ("Staff Present:").
    top = top_reach(all_lines, SEARCH_LINES)
    reach = top if table_end is None else max(top, _index_of(all_lines, table_end) + FOLLOW_LINES)
    table_span = (_index_of(all_lines, table_end) if table_end is not None else -1)
    while index < min(reach, len(all_lines)):
        lines = all_lines
        if index <= table_span and _in_table(all_lines, index, table_span):
            index += 1
            continue
        status = _label_status(lines[index]) or _roll_call_heading_status(lines, index)
        if status is not None and seen_item and _is_numbered_business(lines[index]):
            status = None  # "4. Administration" after "1. Call to Order": an item of the business, not a list's label
        if status is not None and (seen_item or found) and _reports_under_numbered_group(lines[index]):
            status = None  # "B. Staff: Ed Fox and Kim Shaw attended the training.": a report among the numbered business
        if status is not None and _is_group_heading(lines[index]) and _under_bare_absence_label(lines, index):
            status = None  # "ABSENT:" / "Members:" / "Quill, Marsh": the group heading of those away
        if status is None and _is_stop_line(lines[index]):
            last_end = -1  # "APOLOGIES:" then "Councillors: A, B": a group heading after it lists no attendee
        if status is None and 0 <= last_end and index - last_end <= GROUP_GAP_LINES and _opens_plural_group(lines[index]):
            # "The following were in attendance :" / "IN THE CHAIR : …" / "COUNCILLORS : A, B": a group of the roll,
            # headed by its plural title, right after another of its lists.
            status = "present"
        if status is None:
            role_status = None if seen_item or _NOMINATED_BY.search(lines[index].text) else _role_line_status(lines[index])
            inline = None if seen_item else _INLINE_SUBSTITUTES.search(lines[index].text)
            if role_status is not None:
                # "Chair: Cllr Ann Lee" or "Clerk: Jo Hale" on a line of its own names one attendee; a group under its
                # plural title may follow ("Parish Councillors: Mrs E. Chubb" then one name a line).
                found.append(_AttendanceList(status=role_status, lines=[lines[index]]))
                last_end = index + 1
            elif inline is not None:
                # "Apologies: Cllr A. Substitutes: Cllr B for Cllr A." - the substitutes attended.
                line = lines[index]
                found.append(_AttendanceList(status="present", lines=[replace(line, text=inline.group("list"))]))
            elif (
                not seen_item
                and not found
                and _is_headless_roll(lines[index])
                and not _labelled_list_before_item(lines, index + 1)
            ):
                # "Councillors Ann Lee (Chair), Bo Day, Cy Hart and Parish Clerk Di Moss": the roll with no label.
                labelled = replace(lines[index], text=f"Present: {lines[index].text.strip()}")
                found.append(_AttendanceList(status="present", lines=[labelled]))
                last_end = index + 1
            elif not seen_item and not found and (rows := _headless_register(lines, index)):
                # "Ann Vale, Chair – Present" / "Bo Reed, Treasurer – Absent": a register with no heading above it.
                found.append(_AttendanceList(status="present", lines=[replace(lines[index], text="Present:"), *rows]))
                last_end = index + len(rows)
                index += len(rows)
                continue
            seen_item = seen_item or bool(_ITEM_OPENER.match(lines[index].text))
            index += 1
            continue
        block = [lines[index]]
        index += 1
        # A bare "ROLL CALL" heading has no label of its own, so nothing after it yet.
        seen_content = _label(lines[index - 1]) is not None and bool(_after_label(lines[index - 1]).strip())
        one_line_list = seen_content
        after_bullet = False
        # "Quill: Present" / "Hart - Absent": a register of marks under the heading runs while its rows do.
        register = not seen_content and _marked_register_follows(
            lines, index - 1, roll_call=is_roll_call_heading(lines[index - 1].text.strip().strip("*_#").strip())
        )
        while index < len(lines) and len(block) < LIST_MAX_LINES:
            line = lines[index]
            if register and not line.is_blank:
                if _register_row(_register_text(line)) is None:
                    break
                block.append(replace(line, text=_register_text(line), cells=None))
                seen_content = True
                index += 1
                continue
            if line.is_blank or _LONE_BULLET.match(line.text):
                # A blank line ends a list once it has content, unless a table row carries on, the
                # document puts a blank line after every line, or a bullet on its own line follows.
                if (
                    line.is_blank
                    and seen_content
                    and (not double_spaced or _ends_sentence(block[-1].text))
                    and not _LIST_GOES_ON.search(block[-1].text)
                    and not _continues_table(lines, index, block)
                    and not _bullet_follows(lines, index)
                    and not _people_line_follows(lines, index)
                    and not after_bullet
                ):
                    break
                after_bullet = after_bullet or not line.is_blank
                index += 1
                continue
            after_bullet = False
            if not seen_content and line.cells is None and _is_prose(line.text) and not _WERE_PRESENT.search(line.text):
                # "5. Remote Attendance:" / "Councillors Hale and Moss said the law should allow it.": a heading of the
                # business over what was said; a list under its label names people, a sentence of four words does not
                # (but for one saying who was present: "Cllr A and Cllr B were present with the county councillor").
                break
            if one_line_list and _role_line_status(line) is not None:
                break  # "Present: A, B" then "Clerk: C": the role line is a list of its own
            if _label_status(line) is not None or _is_stop_line(line) or _is_other_label(line) or (
                seen_content and (new_heading(block[0], line) or (line.bold and not block[0].bold and not _names_someone(line)))
            ):
                break
            if line.cells is None and seen_content and (_is_business_heading(line.text) or SUM.search(line.text)):
                break  # "Ann Lee – Ward 1" / "Treasurer's Report" / "Previous Balance - $4,066.61": the business begins
            if block[0].cells is not None and line.cells is None and seen_content and not _ends_on_own_initials(line.text):
                break  # a grid's last "Jo Sled JS", alone on its row, has no second cell
            if line.cells is not None and block[0].cells is None and _heads_minutes_table(line.cells):
                break  # "Present: A, B" then "Item | Discussion | Action | Who": the minutes' own table begins
            if line.cells is None and seen_content and _heads_flat_minutes_table(line.text):
                break  # the same heading with its cells run together: "Item No Item under discussion"
            if line.cells is not None and is_table_header(line.cells):
                block.append(line)  # a "Name | Present | Absent" heading row names no one, but says what marks mean
                index += 1
                continue
            if line.cells is None and not seen_content and len(line.text.split()) > 1 and is_table_header(line.text.split()):
                index += 1  # "Name Capacity": the same heading row with its cells run together, naming no one
                continue
            if line.cells is None and seen_content and _opens_bracket_at_end(block[-1].text) and _closes_bracket_soon(line.text):
                # "…, Trustee Dunn (via" / "Zoom), and Supervisor Vance. Clerk Marr was also present.": the bracket
                # wrapped over the line end, and the list goes on after it. A next line that closes no bracket in its
                # first words ("(from" / "The Chair welcomed everyone …") is read as any other line below the list.
                block.append(line)
                index += 1
                continue
            if (
                line.cells is None
                and seen_content
                and _ABSENT_LINE.search(line.text)
                and not _LIST_GOES_ON.search(block[-1].text)
            ):
                break  # "Town Clerk, Alice Laue, absent.": who was away, after the list; no one attended
            if line.cells is None and seen_content and _closes_with_were_present(line.text, block[-1].text):
                block.append(line)  # "… Board" / "members Cole, and Dunn were present upon roll call.": the list's end
                index += 1
                break
            if line.cells is None and seen_content and (
                _SENTENCE_VERB.search(line.text) or _is_prose(line.text)
                or (
                    _is_capitals_heading(line.text)
                    and not _capitals_name_after_capitals(line.text, block[-1].text, _text_below(lines, index))
                )
                or _WERE_PRESENT.search(line.text)  # "Jo Hale and 3 residents attended the meeting." after a whole row
            ):
                break
            block.append(line)
            seen_content = True
            index += 1
        if _is_election_result(block):
            continue  # "Officers:" over "President: Ann Lee. Nominated by Bo.": who was elected, not who attended
        found.append(_AttendanceList(status=status, lines=block))
        last_end = index
        reach = max(reach, index + FOLLOW_LINES)
    return found


# An entry of an election's result: the one elected, then who put them forward ("… Nominated by Bo", "… Proposed by
# Cy, seconded by Di").
_NOMINATED_BY = re.compile(r"\b(?:nominated|proposed|seconded|elected)\s+by\b", re.IGNORECASE)


def _is_election_result(block: list[Line]) -> bool:
    """True when at least half the entries under a list's label say who nominated them: an annual meeting's officers
    as elected, under a label ("Officers:", "Committee:") that elsewhere lists who attended."""
    entries = [line for line in block[1:] if line.text.strip()]
    return bool(entries) and 2 * sum(bool(_NOMINATED_BY.search(line.text)) for line in entries) >= len(entries)


def _heads_minutes_table(cells: tuple[str, ...]) -> bool:
    """True when a row heads the minutes' own table, two of its cells naming the business columns (item, discussion,
    action, owner: `column_headers`): "Item | Discussion | Action | Who" is no one's name and post."""
    headers = load_column_headers()
    kinds = {"item" if headers.heads("item", cell) else "text" if headers.heads("text", cell) else headers.kind(cell)
             for cell in cells if cell.strip()}
    return len(kinds & {"item", "text", "action", "owner"}) >= 2


def _heads_flat_minutes_table(text: str) -> bool:
    """True for the minutes' table heading flattened into one line, its first cell an item number's column heading
    of two or three words ("Item No Item under discussion", "Minute No. | Discussion" read as text, "Item Ref Action"):
    no one's name, where it was read as a member of the list above it."""
    words = text.strip().strip("*_").split()
    headers = load_column_headers()
    return any(
        len(words) >= size and headers.heads("item", " ".join(words[:size])) and headers.kind(" ".join(words[:size])) is None
        for size in (2, 3)
    )


# A label's words that say how its people attended ("Directors Present:"), beside the group's bare name ("Directors:").
_STATUS_WORD = re.compile(r"\b(?:present|attend\w*|in\s+attendance|absent|excused|apolog\w*)\b", re.IGNORECASE)


def _says_no_status(label: str) -> bool:
    """True for a label's words that name a group and say nothing of where it was ("Directors:", "Staff:"), unlike
    "Directors Present:" or "Staff Absent:"."""
    return _STATUS_WORD.search(label) is None


def _is_group_heading(line: Line) -> bool:
    """True for an attendance label naming only the body's members ("Members:", "Board:", "Directors:"): its status in
    `sections.toml` is the members' ("present") and its words say no status of their own, so under a bare "ABSENT:" it
    heads those away. A group the data gives another status ("Staff:", in attendance) keeps it."""
    text = _label_text(_first_cell(line))
    found = match_label(text)
    return found is not None and found.label.status == "present" and _says_no_status(text[: found.end])


# A deed told of someone named just before it: "… and Lou Pike attended the training", "… of Elm County spoke on …".
_DEED_AFTER_NAME = re.compile(
    r"\b[A-Z][\w'’-]+\s+(?:[a-z]{2,}ed|" + IRREGULAR_PAST + r")\b"
)


def _reports_under_numbered_group(line: Line) -> bool:
    """True for a group's bare name as the heading of a numbered point of the business, a sentence after it ("B. Staff:
    Ed Fox and Kim Shaw attended the training.", "3. Directors: Gus Hale spoke on the levee."): what they did, not who
    attended. A label with a status of its own ("C. Staff Present: …"), a list with no deed told, and a sentence saying
    who attended ("… were present.") stay lists."""
    text = _first_cell(line).strip().strip("*_#").strip()
    label = _label_text(_first_cell(line))
    found = match_label(label)
    if found is None or label == text or not text[:1].isupper() and not text[:1].isdigit() and text[:1] != "(":
        return False  # no item number before the label (a bullet is no number)
    rest = label[found.end :]
    return (
        _says_no_status(label[: found.end])
        and bool(_SENTENCE_VERB.search(rest) or _DEED_AFTER_NAME.search(rest))
        and not _WERE_PRESENT.search(rest)
    )


def _under_bare_absence_label(lines: list[Line], index: int) -> bool:
    """True when the line above `index` (blank lines aside) is an absence or apologies label with no one after it
    ("ABSENT:"), so a group heading at `index` heads those away ("PRESENT:" / "Members: …" / "ABSENT:" / "Members:
    …", as district boards set their roll)."""
    above = index - 1
    while above >= 0 and lines[above].is_blank:
        above -= 1
    if above < 0:
        return False
    text = without_lead(lines[above].text.strip().strip("*_#").strip(), sections=("absent", "apologies"))
    found = match_label(text, sections=("absent", "apologies"))
    return found is not None and not text[found.end :].strip(" *_:.-–—")


def _opens_plural_group(line: Line) -> bool:
    """True for "COUNCILLORS : M. Byme, G. Fahy," or "Councillors: Ann Lee": a plural title as the group's label,
    its people after the colon."""
    found = _PLURAL_GROUP.match(line.text.strip().strip("*_").strip()) if line.cells is None else None
    return found is not None and _is_plural(found.group("title").strip())


def _is_post_nominal(text: str) -> bool:
    """True for letters written after a name for a degree, honour or credential ("Ed.D.", "Ph.D.", "CPA", "OBE"):
    the name-suffix words of names/data/titles.json."""
    bare = text.strip().strip(",.;").strip()
    return bool(bare) and bare.casefold() in _post_nominals()


@lru_cache(maxsize=1)
def _post_nominals() -> frozenset[str]:
    """The name-suffix words, case-folded, read once (not for every part of every list)."""
    return frozenset(suffix.casefold() for suffix in load_title_words().suffixes)


def _opens_bracket_at_end(text: str) -> bool:
    """True when a line ends inside a bracket it opened ("…, Trustee Dunn (via"): the list runs on to the next line."""
    opened = text.rfind("(")
    return opened > text.rfind(")") and len(text) - opened <= OPEN_BRACKET_CHARS


def _closes_bracket_soon(text: str) -> bool:
    """True when a line closes, within its first few words, a bracket the line above left open ("Zoom), and …",
    "remotely), and Cy Orr."), and the words before the close are no sentence (no verb of the minutes)."""
    inside, closed, _ = text.partition(")")
    return (
        bool(closed) and "(" not in inside and len(inside.split()) <= CLOSE_BRACKET_WORDS
        and _SENTENCE_VERB.search(inside) is None
    )


def _closes_with_were_present(text: str, before: str) -> bool:
    """True for a list's last line closed by "were present" ("Lunn, and Orr were present upon roll call."),
    after a line that runs on (no full stop at its end) and with no other verb before "were"."""
    found = _WERE_PRESENT.search(text)
    if found is None or _ends_sentence(before) or _ends_on_own_initials(before):
        return False  # a grid's row that ends on its member's initials is whole
    head = text[: found.start()]
    return bool(head.strip()) and not _SENTENCE_VERB.search(head) and not _is_prose(head)


def _ends_on_own_initials(text: str) -> bool:
    """True for a grid row that ends on its last member's initials ("Michael Cook (SBC) MC Kerry Colby KC")."""
    pieces = split_at_own_initials(text.strip())
    return pieces != [text.strip()] and not text.strip().endswith(pieces[-1])


def _split_inline_labels(line: Line) -> list[Line]:
    """A list line that runs on into the next list ("Present: A (AB), B (BC) In attendance: C, Clerk") as two lines."""
    if line.cells is not None:
        return [line]
    gapped = [part.strip() for part in _WIDE_GAP.split(line.text.strip()) if part.strip()]
    if len(gapped) > 1 and all(_opens_with_label_or_post(part) for part in gapped):
        # "Chairperson: Ann Lee   Recorder: Bo Day   Directors Present: …": a label a column, on one line.
        return [replace(line, text=part, spans=None) for part in gapped]
    # "… Cy Hart constituting a quorum. Also present was Eve Moss": the quorum note names no one, and the sentence
    # after it is the next list.
    text = _ALSO_PRESENT_SENTENCE.sub(". Also present: ", _QUORUM_NOTE.sub("", line.text))
    line = replace(line, text=text) if text != line.text else line
    parts = [
        part
        for piece in _INLINE_LABEL.split(line.text)
        for stopped in _LABEL_AFTER_STOP.split(piece)
        for capitals in _split_at_capitals(stopped)
        for part in _split_after_names(capitals)
    ]
    first = replace(line, text=parts[0])
    if len(parts) > 1 and _PUBLIC_COUNT.match(parts[0]):
        return [first, *(replace(line, text=part) for part in parts[1:] if part.strip())]  # "Public: 2 Also present: …"
    opening = _is_opening_sentence(parts[0])
    roll_notes = _is_roll_notes(parts[0])
    if len(parts) > 1 and _label(first) is None and (_is_list_tail(parts[0]) or opening or roll_notes):
        # "Willis. Staff: Jo Boyd, …" (a list's last line, then the next list): the tail, then the new list.
        # "The meeting was called to order at 6 pm by President Orr. Board members present: Orr, Tate. Staff
        # present: Chief Rusk." (the lists run on in the paragraph that opens the meeting): the sentence, then each list.
        rest = [replace(line, text=part) for part in parts[1:] if part.strip()]
        closed = roll_notes or parts[0].rstrip().endswith((".", ";"))  # not "OFFICIALS" of "OFFICIALS IN ATTENDANCE:"
        # The last list may go on to the next line ("… by President Orr. Board members present:" then "Orr, Tate.",
        # "Wasserman. Excused absences: Orr. Also present:" then "Secretary Chan.").
        if all(
            (_label(part) is not None and (_after_label(part).strip() or (part is rest[-1] and (opening or closed))))
            or _is_stop_line(part)
            for part in rest
        ):
            return [first, *rest]
    if len(parts) == 1 or _label(first) is None or not _after_label(first).strip():
        return [line]  # "OFFICIALS IN ATTENDANCE:": one label, not two lists
    return [replace(line, text=part) for part in parts if part.strip()]


def _is_opening_sentence(text: str) -> bool:
    """True for the sentence that opens a meeting ("The meeting was called to order at 6:02 p.m. by President Orr."),
    after which a paragraph may run on into the attendance lists."""
    return _ends_sentence(text) and CALLED_TO_ORDER.search(text) is not None and not _SENTENCE_INSIDE.search(text.strip()[:-1])


def _split_at_capitals(text: str) -> list[str]:
    """ "Dee Orr COUNCILMEMBERS ABSENT: Al Fry" as the list's tail and the next list; capitals that label no list
    ("Ann Lee REGULAR SESSION:") stay."""
    parts: list[str] = []
    start = 0
    for found in _CAPITALS_LABEL.finditer(text):
        if match_label(text[found.end() :], sections=("attendance", "absent", "apologies")) is not None:
            parts.append(text[start : found.start()])
            start = found.end()
    return [*parts, text[start:]]


def _split_after_names(text: str) -> list[str]:
    """ "Members Present Ann Lee, Bo Day Members Absent Cy Orr" as the list and the next one, the colon the second
    label lacks put in ("Members Absent: Cy Orr"); a line that opens with no label stays whole. Only a label that says
    a status (`_STATUS_WORD`) starts a list there: "… Bo Day Guests: …" stays."""
    opening = _label(Line(text=text[:LABEL_WINDOW_CHARS], page=0, number=0))
    if not text.strip() or opening is None:
        return [text]  # the opening label is looked for in its window, not over a roll of thousands of names
    parts: list[str] = []
    start, lead, status = 0, "", opening.label.status
    for found in _AFTER_NAME.finditer(text):
        rest = text[found.end() : found.end() + LABEL_WINDOW_CHARS]
        if (
            found.start() < start
            or _STATUS_WORD.search(rest) is None
            or _continues_label(text[max(0, found.start() - LABEL_WINDOW_CHARS) : found.start()], rest)
        ):
            continue
        label = match_label(rest, sections=_LIST_SECTIONS)
        if label is not None and ":" in rest[: label.end] and _STATUS_WORD.search(rest[: label.end]):
            cut = found.start()
            if status == label.label.status == "present" and _LONE_STATUS.match(rest[: label.end]):
                # "Directors Present: A, B, Cara Wynn Press Present: C": a list of those present says "Present:" no
                # second time, so the word before it is the next list's own label word, one this roll does not know
                # ("Press", "Media"): it is cut off the last name, and the people after it are no members.
                cut = text.rindex(" ", start, found.start()) if " " in text[start : found.start()] else found.start()
                parts.append(lead + text[start:cut].rstrip())
                start, lead = found.end() + label.end, f"{_OTHERS_PRESENT}: "
                continue
            parts.append(lead + text[start:cut])
            start, lead, status = found.end(), "", label.label.status
            continue
        bare = _COLONLESS_LABEL.match(rest)
        if bare is None:
            continue
        label = match_label(f"{bare.group('label')}:", sections=_LIST_SECTIONS)
        if label is not None and label.end > len(bare.group("label")):
            parts.append(lead + text[start : found.start()])
            start, lead, status = found.end() + bare.end(), f"{bare.group('label')}: ", label.label.status
    return [*parts, lead + text[start:]]


def _continues_label(before: str, rest: str) -> bool:
    """True where the word before `rest` opens a label with it ("Members" of "Members Absent: …"), so the label
    starts a word earlier."""
    word = before.rsplit(None, 1)[-1] if before.strip() else ""
    if _WORD_AFTER_STOP.search(before):
        return True  # "… Recording Secretary. Staff Excused: …": a word after a stop is no name's end, but the label's
    return bool(word) and match_label(f"{word} {rest}", sections=_LIST_SECTIONS) is not None


def _opens_with_label_or_post(text: str) -> bool:
    """True for "Directors Present: A, B" (a list's label and its people) or "Recorder: Bo Day" (a post and
    its holder)."""
    piece = Line(text=text, page=0, number=0)
    return (_label(piece) is not None and bool(_after_label(piece).strip())) or _role_line_status(piece) is not None


MAX_CARRIED_TAIL_WORDS = 6
"""Words of a sentence's end carried on to the next line of a roll paragraph ("during item #5.", "6:55 p.m.")."""
# A roll's note on one member: "Member Ames was absent.", "Trustee Orr was excused absent."
_AWAY_SENTENCE = re.compile(
    r"^(?:[A-Z][\w'’.-]*\s+){1,3}(?:was|were)\s+(?:excused\s+)?(?:absent|excused)\b[\w\s]{0,20}$"
)


def _is_roll_notes(text: str) -> bool:
    """True for sentences noting who came late or stayed away, perhaps after the end of a sentence carried on from
    the line before or after the list's last names ("6:55 p.m. Member Ames was absent.", "during item #5.", "Reed,
    Penn. Member Ames was absent."), which a roll paragraph runs into its next list ("… Also present: Secretary
    Orr."). Who came late is read from the whole paragraph (`_roll_arrivals`)."""
    sentences = [part.strip() for part in re.split(r"(?<=[a-z\d])\.\s+(?=[A-Z])", text.strip().rstrip("."))]
    if not sentences or not sentences[0]:
        return False
    if not sentences[0][:1].isupper():
        if len(sentences[0].split()) > MAX_CARRIED_TAIL_WORDS:
            return False
        sentences = sentences[1:]
    elif len(sentences) > 1 and _is_list_tail(sentences[0]):
        sentences = sentences[1:]  # "Reed, Penn. Member Vance was absent.": the list's last names, then the note
    return all(_is_member_arrival(sentence) or _AWAY_SENTENCE.match(sentence) for sentence in sentences)


def _is_member_arrival(sentence: str) -> bool:
    """True for a sentence saying a member came late ("Member Vance arrived late at 6:30 p.m.")."""
    arrival = _ARRIVED_LATE.match(sentence)
    return arrival is not None and _MEMBER_ARRIVING.match(arrival.group("who")) is not None


def _is_list_tail(text: str) -> bool:
    """True for the end of a list run on from the line before ("Willis.", "Analyst, Human Resources."): names
    and posts, no sentence."""
    text = text.strip()
    return bool(text) and text[:1].isupper() and not _SENTENCE_VERB.search(text) and not _is_prose(text) and len(
        text.split()
    ) <= MAX_NAME_WORDS * 2


def _from_header_label(line: Line, *, flat: bool = True) -> Line:
    """A meeting's heading run into its roll on one line ("… HELD ON 4 MAY 2016 PRESENT (6 Councillors): - A, B")
    as its "PRESENT …" text. Only a capitalised "Present" with its colon, straight after a year, a time or
    the venue's hall, starts the list; a "present" inside a sentence never does. A long line's label after a
    sentence (`_FLAT_LABEL`) counts only when `flat` (no item has opened above the line).
    """
    if line.cells is not None or _label(line) is not None:
        return line
    found = _HEADER_THEN_PRESENT.search(line.text)
    flat = flat and found is None and len(line.text) >= FLAT_LINE_CHARS
    if flat:
        found = _FLAT_LABEL.search(line.text)
    if found is None:
        return line
    # The whole page may be one line: the roll ends at the first numbered item ("1. Apologies", "90/19 …") or at a
    # capitals heading that labels no list.
    rest = line.text[found.end() :]
    end = _RUN_ON_ITEM.search(rest)
    stop = end.start() if end is not None else len(rest)
    for heading in _CAPITALS_COLON.finditer(rest, 1, stop if flat else 0):
        if opening_label(rest[heading.end() :], sections=("attendance", "absent", "apologies")) is None:
            stop = heading.start()
            break
    verb = _SENTENCE_VERB.search(rest, 0, stop) if flat and end is None else None
    if verb is not None:
        # "… Carey Orr, Recording Secretary Chairman Vale called the meeting to order …": the business's first
        # sentence ends the roll at the last stop or comma before its verb.
        breaks = [found.start() for found in _ROLL_BREAK.finditer(rest, 0, verb.start())]
        stop = breaks[-1] + 1 if breaks else stop
    if stop > HEADER_ROLL_CHARS:
        return line
    return replace(line, text=rest[:stop])


def _without_roll_call(line: Line, *, opening: bool = False) -> Line:
    """A "ROLL CALL - Present: …" line (or row of cells) as its "Present: …" text.

    A roll answered member by member on the line ("Roll Call: Mr. Hale, Aye; Mrs. Voss, Absent") is the attendance
    when `opening` (no motion or vote read above it), those answering "Aye" present; after business it is a vote,
    no list."""
    # A PDF line whose parts stand a column gap apart is one text with tabs, not cells: read its parts as cells.
    cells = line.cells if line.cells is not None else (line.text.split("\t") if "\t" in line.text else None)
    if cells is not None:
        filled = [cell.strip() for cell in cells if cell.strip()]
        if filled and ROLL_CALL_LEAD.sub("", filled[0]) == "" and len(filled) > 1 and match_label(filled[1]) is not None:
            return replace(line, text=" ".join(filled[1:]), cells=None)
        roll = ROLL_CALL_LEAD.sub("", filled[0]) if filled else ""
        label_only = match_label(roll) is not None and not _after_label(replace(line, text=roll, cells=None)).strip()
        if len(filled) > 1 and roll != filled[0] and label_only:
            # "ROLL CALL - Present: | Councilmembers A, B": the heading and the label in the first cell, the names after.
            return replace(line, text=" ".join([roll, *filled[1:]]), cells=None)
        if len(filled) == 1 and filled[0].startswith("[") and filled[0].endswith("]"):
            return replace(line, text=filled[0], cells=None)  # a "[Note: …]" row of its own, read as text
        if filled and opening_label(filled[0], sections=("absent", "apologies")) is not None:
            return replace(line, text=" ".join(filled), cells=None)  # "Absent: | None." ends the list above
        numbers = 0
        while numbers < len(filled) - 1 and _ITEM_NUMBER_CELL.match(filled[numbers]):
            numbers += 1
        if numbers and numbers == len(filled) - 1:
            roll = ROLL_CALL_LEAD.sub("", filled[-1])
            if roll != filled[-1] and match_label(roll) is not None:
                # "31-0073 | 1. | ROLL CALL: Present: Vale, Reed …": a numbered item whose text is the roll.
                return replace(line, text=roll, cells=None)
        return line
    stripped = _ROLL_CALL_TAKEN.sub("", line.text)
    stripped = ROLL_CALL_LEAD.sub("", stripped) if stripped == line.text else stripped
    if stripped != line.text and match_label(stripped) is not None:
        return replace(line, text=stripped)
    if stripped != line.text and (everyone := _ALL_PRESENT.match(stripped)) is not None:
        return replace(line, text="Present: " + stripped[everyone.end() :])  # "Roll Call – (All Present) Mrs. A, Mr. B"
    marked = _inline_marked_roll(stripped, opening=opening) if stripped != line.text else None
    if marked is not None:
        # "Roll call: Ann Vale – here; Bo Reed – absent": those marked present.
        return replace(line, text="Present: " + ", ".join(marked))
    if stripped != line.text and _answered_roll(stripped):
        return replace(line, text=stripped)  # "Roll Call: Mr. Hale, Aye; Mrs. Voss, Nay" after a motion: a vote
    if stripped != line.text and ":" not in stripped.split(",")[0] and _opens_roll(stripped):
        # "3. ROLL CALL: President Ash, Vice-President Birch, Board members …": the roll with no "Present:".
        return replace(line, text=f"Present: {stripped}")
    return line


def _inline_marked_roll(text: str, *, opening: bool = False) -> list[str] | None:
    """The members a roll written on one line marks present ("Ann Vale – here; Bo Reed – absent; Cy Hart – here"
    gives Vale and Hart); None unless every part is a member and a mark, some marked present. "Yes" / "No" answers
    are a roll-call vote's, but for a roll answered "Aye" (or "Yes") at the opening with no one against ("Mr. Hale,
    Aye; Mrs. Voss, Absent", the comma parting each member from the answer where semicolons part the members)."""
    text = text.strip().rstrip(".;")
    answered = _answered_roll(text)
    if answered and opening and not answered & {"nay", "no"}:
        return _answered_present(text) or None
    parts = [part.strip() for part in re.split(r"[;,]", text) if part.strip()]
    if len(parts) < 2 or _VOTE_ANSWER.search(text) or _ROLL_VOTE.search(text) or answered:
        return None
    if ";" in text and all("," in part for part in text.split(";") if part.strip()):
        parts = [part.strip() for part in text.split(";") if part.strip()]  # "Ann Vale, present; Bo Reed, absent"
    read = [_marked_row(part) for part in parts]
    if any(row is None for row in read) or not any(row[1] == "present" for row in read if row is not None):
        return None
    return [row[0] for row in read if row is not None and row[1] == "present"]


def _opens_roll(text: str) -> bool:
    """True when text after a "ROLL CALL:" heading names a titled person or a post holder first, and
    records no votes ("Commissioners Ash: Aye; …" is a roll-call vote)."""
    text = text.strip()
    if not text or _ROLL_VOTE.search(text) or _SENTENCE_VERB.search(text.split(",")[0]):
        return False
    found = match_leading_title(text)
    if found is not None:
        return found[0] != text and _looks_like_person(split_people_list(text)[0] if split_people_list(text) else "")
    post, _, name = split_leading_post(text.split(",")[0])
    return post is not None and bool(name) and _looks_like_person(name)


def _roll_call_heading_status(lines: list[Line], index: int) -> AttendanceStatus | None:
    """"present" for a bare "ROLL CALL" heading whose next line names people by title ("Mayor A and Councilmembers B, C")."""
    heading = lines[index].text.strip().strip("*_#").strip()
    if is_roll_call_heading(heading) and _marked_register_follows(lines, index, roll_call=True):
        # "ROLL CALL OF COUNCIL" then "Vale - Here": a register of marks under the heading, which may set its column
        # headings apart ("Roll call: Board members<TAB>Present").
        return "present"
    if lines[index].cells is not None:
        return None
    if not _ROLL_CALL_ALONE.match(heading):
        return None
    following = next((line for line in lines[index + 1 : index + 3] if not line.is_blank), None)
    if following is not None and following.cells is not None and is_table_header(following.cells):
        return "present"  # a register under the heading: "Name | Present/Absent", a row a member
    if following is None or following.cells is not None or match_leading_title(following.text.strip()) is None:
        return None
    return "present"


def _is_headless_roll(line: Line) -> bool:
    """True for a line above the business that opens with the members' plural title straight before a name and
    lists three or more people, with no label ("Councillors D Vale (Chairman), P Quill, J Harrow …"); a sentence
    ("Councillors Lee and Day declared an interest.") is none."""
    text = line.text.strip()
    if line.cells is not None or _HEADLESS_ROLL.match(text) is None or _HEADLESS_NOT_THERE.search(text):
        return False
    return (
        len(re.split(r",|\band\b|&", _drop_brackets(text))) >= MIN_ROWS
        and not _SENTENCE_VERB.search(text)
        and not _is_prose(text)
    )


def _labelled_list_before_item(lines: list[Line], index: int) -> bool:
    """True when a labelled attendance list ("Present: …") comes from `index` on, before the first item: the
    roll is there, so a "Councillors A, B and C" line above it is no roll of its own."""
    for line in lines[index:]:
        if _ITEM_OPENER.match(line.text):
            return False
        if _label_status(line) is not None:
            return True
    return False


def _headless_register(lines: list[Line], index: int) -> list[Line]:
    """The rows of a register printed with no heading, from `index`: three or more lines in a row, each a member
    (with their post) and a written mark ("Ann Vale, Chair – Present", "Bo Reed – Absent"), one marking someone
    present; [] otherwise. A mark of one letter ("X", "P") needs the heading a register normally has."""
    rows: list[Line] = []
    marks: list[str] = []
    for line in lines[index : index + LIST_MAX_LINES]:
        if line.is_blank or line.cells is not None:
            break
        text = line.text.strip()
        row = _register_row(text)
        if row is None or not re.search(r"[A-Za-z]{4,}\.?$", text) or _is_prose(row[0]):
            break
        rows.append(replace(line, text=text))
        marks.append(row[1])
    return rows if len(rows) >= MIN_ROWS and "present" in marks else []


def _marked_register_follows(lines: list[Line], index: int, *, roll_call: bool = False) -> bool:
    """True when the lines after a heading open with two or more "Ann Lee, Chair X" / "Lee - Here" rows, each a name
    (and post) then a presence mark, one marking someone present. Under a roll-call heading at the opening of the
    meeting (`roll_call`), "Yes" / "No" answers mark presence too."""
    following = [line for line in lines[index + 1 : index + 1 + LIST_MAX_LINES] if not line.is_blank]
    marks: list[str] = []
    votes = 0
    for line in following:
        row = _register_row(_register_text(line))
        if row is None:
            break
        marks.append(row[1])
        # "Vale: Yes" under "ROLL CALL" is a vote; "Ann Vale, Supervisor Y" (a post before the mark) is a register.
        votes += bool(_VOTE_ANSWER.search(line.text)) and "," not in row[0]
    return len(marks) >= MIN_ROWS and "present" in marks and (votes == 0 or roll_call and _opens_the_meeting(lines, index))


# The opening items of a meeting, before any business: a roll call among them takes attendance, even answered
# "Yes" / "No" ("1. CALL TO ORDER", "2. ROLL CALL", then "Vale -Yes").
_OPENING_ITEM = re.compile(
    r"^\s*(?:\d{1,2}[.)]?\s+)?(?:call(?:ed)?\s+to\s+order|roll\s+call|pledge|invocation|opening|welcome|meeting\s+called)",
    re.IGNORECASE,
)
# Words that show business under way: once one is read, a roll call below it is a vote, not attendance.
_BUSINESS_WORDS = re.compile(r"\b(?:motion|moved|seconded|vote|voted|voting|carried|resolved)\b", re.IGNORECASE)


def _opens_the_meeting(lines: list[Line], index: int) -> bool:
    """True when the roll-call heading at `index` comes before any business: no line above it speaks of a motion or
    a vote, and every numbered item above it is an opening item (call to order, pledge)."""
    for line in lines[:index]:
        text = line.text.strip()
        if _BUSINESS_WORDS.search(text):
            return False
        if _ITEM_OPENER.match(text) and not _OPENING_ITEM.match(text):
            return False
    return True


def _register_text(line: Line) -> str:
    """A register row as one text: "Ann Vale | Supervisor | X" as "Ann Vale, Supervisor X"."""
    if line.cells is None:
        return line.text.strip()
    cells = [cell.strip() for cell in line.cells]
    if not 2 <= len(cells) <= 3 or not all(cells):
        return ""  # "Bo Day | | X": a mark read by the column it sits in, a table's work
    return f"{', '.join(cells[:-1])} {cells[-1]}"


def _register_row(text: str) -> tuple[str, str] | None:
    """("Ann Lee, Chair", "present") for a register row "Ann Lee, Chair X" or "Lee - Here": who, then the mark read.

    A row may carry a second column after its mark ("Ann Lee, Trustee X<TAB>Public: 12 attendees", "Bo Day, Clerk X –
    Arrived late"): the row is what stands before it, when that is a member and their post ("Name, Post") then a mark.
    """
    found = _marked_row(text)
    if found is None and (noted := without_attendance_note(text)) != text:
        found = _marked_row(noted)  # "Orr - Present (arrived 7:15 p.m.)": the mark, then when or how she attended
        if found is not None and found[1] == "absent" and _ARRIVED_NOTE.search(text[len(noted) :]):
            found = (found[0], "present")  # "Orr, Clerk A (arrived 7:15pm)": marked away, then came
    if found is not None:
        return found
    for gap in _SIDE_COLUMN.finditer(text):
        found = _marked_row(text[: gap.start()])
        if found is not None and "," in found[0]:
            return found
    return None


# Where a register row's second column may start after the mark: a column-wide gap, a dash before a note, or the
# public's count set on the same row ("X Public: 9 attendees", "X Public attendance: 5").
_SIDE_COLUMN = re.compile(
    r"\t+|\s{3,}|\s+[-–—]\s+|\s+(?=" + label_words(sections=("public",)) + r"\s*:)", re.IGNORECASE
)


def _answered_present(text: str, *, least: int = 2) -> list[str] | None:
    """Those a roll answered on one line ("Mr. Hale, Aye; Mrs. Voss, Absent", "Hale - yes, Voss - absent") marks
    there, "Aye" and "Yes" counting as "here"; None unless every part (`least` at least) is a member and an answer."""
    text = text.strip().rstrip(".;,")
    parts = [text] if len(list(_ROLL_ANSWER.finditer(text))) < 2 else re.split(";" if ";" in text else ",", text)
    read = [_marked_row(part.strip(), here_answers=True) for part in parts if part.strip()]
    if len(read) < least or any(row is None for row in read):
        return None
    return [row[0] for row in read if row is not None and row[1] == "present"]


def _answered_roll(text: str) -> set[str]:
    """The answers of a roll written on one line that answers two members or more ("Hale, Aye; Voss, Nay" gives
    {"aye", "nay"}), else the empty set."""
    answers = [found.group("answer").lower() for found in _ROLL_ANSWER.finditer(text)]
    return {"abstain" if answer.startswith("abstain") else answer for answer in answers} if len(answers) >= 2 else set()


def _marked_row(text: str, *, here_answers: bool = False) -> tuple[str, str] | None:
    found = _TRAILING_MARK.match(text)
    if found is None:
        return None
    answer = found.group("mark").lower()
    mark = "present" if here_answers and answer in _HERE_ANSWERS else read_attendance_mark(found.group("mark"))
    who = found.group("who").strip(" -–—:,")
    if mark is None or not who[:1].isupper() or len(who.split()) > MAX_NAME_WORDS + 4 or _SENTENCE_VERB.search(who):
        return None
    return who, mark


def _is_double_spaced(lines: list[Line]) -> bool:
    """True when the text puts a blank line after nearly every line (markdown made from a PDF)."""
    head = top_lines(lines, SEARCH_LINES)
    filled = sum(1 for line in head if not line.is_blank)
    followed = sum(1 for line, after in zip(head, head[1:]) if not line.is_blank and after.is_blank)
    return filled >= 5 and followed >= 0.8 * filled


def _ends_sentence(text: str) -> bool:
    """True when a line ends with a full stop that closes the list, not one after an initial ("P. J.")."""
    text = text.strip().strip("*_").strip()
    last = text.split()[-1].strip("(").rstrip(".") if text.split() else ""
    return (
        text.endswith(".")
        and re.search(r"(?:^|[\s.])[A-Z]\.$", text) is None
        and text.count("(") <= text.count(")")
        and not is_title(last)
    )


def _people_line_follows(lines: list[Line], index: int) -> bool:
    """True when the next line after a blank is more of the list: only titled people ("Cllr A Thorn, Cllr C Dunn",
    "Mr E Fox – County Councillor 9 members of the public"), as Word pages exported a paragraph a line print it."""
    following = next((line for line in lines[index + 1 : index + 3] if not line.is_blank), None)
    if following is None or following.cells is not None or following.is_heading:
        return False
    text = _PUBLIC_TAIL.sub("", following.text.strip()).strip(" .")
    if not text or _SENTENCE_VERB.search(text) or _label_status(following) is not None or _is_stop_line(following):
        return False
    entries = split_people_list(text)
    return bool(entries) and all(
        match_leading_title(entry) is not None and _looks_like_person(_DASH.split(strip_bracket(entry)[0])[0])
        for entry in entries
    )


def _bullet_follows(lines: list[Line], index: int) -> bool:
    following = next((line for line in lines[index + 1 : index + 3] if not line.is_blank), None)
    return following is not None and bool(_LONE_BULLET.match(following.text))


def _index_of(lines: list[Line], number: int) -> int:
    return next((index for index, line in enumerate(lines) if line.number >= number), len(lines))


def _in_table(lines: list[Line], index: int, table_span: int) -> bool:
    """True for a line between a roll-call table's heading and its end (read by `table_attendees`)."""
    start = next(
        (i for i in range(table_span, -1, -1) if lines[i].text.strip().lower().startswith("attendee name")), None
    )
    return start is not None and start <= index <= table_span

def _role_line_status(line: Line) -> AttendanceStatus | None:
    """The status of a "Chair: Cllr Ann Lee" / "Clerk: Jo Hale" line, or None when it is no such line."""
    if line.cells is not None:
        return None
    text = line.text.strip().strip("*_#").strip()
    match = _ROLE_COLON.match(text)
    if match is None or not is_role(match.group("role")):
        return None
    if not _ends_on_post_word(match.group("role")) and _ITEM_CODE_END.search(text):
        return None  # "Visitor Comments: Closed Session (A-1)": an item's heading and its code, no post and holder
    if match_label(text, sections=("absent", "apologies")) is not None:
        return None  # "Member absent: Lowe": who was away, not a member's post
    rest = text[match.end() :]
    name, _ = strip_bracket(rest)
    if re.search(r"\d", name):
        return None  # "Approval of Minutes: March 18": a date, no one
    if _REPORT_END.search(name):
        return None  # "TREASURER: Financial Reports", "Highway Commissioner: Written Report": an agenda's line, no one
    if not _looks_like_person(name) or len(name.split()) > MAX_NAME_WORDS or _SENTENCE_VERB.search(rest):
        return None
    return "present" if _MEMBER_ROLE.search(match.group("role")) else "in_attendance"


def _is_other_label(line: Line) -> bool:
    """A line opening with a label of its own ("Absent: …", "Public: 4") ends the list; "Chairman: Cllr A" does not."""
    match = _ROLE_COLON.match(_first_cell(line).strip().strip("*_#").strip())
    if match is None:
        return False
    label = match.group("role").strip()
    # "Chairman: …" and "Councillors: …" carry on the list.
    return not (is_role(label) or _is_plural(label) or label in load_title_words().titles)


def _names_someone(line: Line) -> bool:
    """True for a line that reads as an entry of the list: a name with or without its title ("**Cllr Ann Lee
    (Chair)**" set in bold under a plain "Present:")."""
    text = _drop_brackets(line.text).strip().strip("*_").strip().rstrip(",;")
    return bool(_UNTITLED_NAME.match(text) or _INITIALLED_NAME.match(text) or match_leading_title(text) is not None)


def _is_prose(text: str) -> bool:
    """True for a sentence after a list ("The Chair offered apologies for the late start."), not a list line.

    A sentence opens with "The Chair offered", "It was …", or holds four or more lower-case words outside
    brackets that no list of people uses ("plus ten guests", "members of the public" are list words).
    """
    bare = _drop_brackets(text).strip().strip("*_").strip()
    if _OPENS_SENTENCE.match(bare):
        return True
    words = [word for word in _LOWER_WORD.findall(bare) if word not in _LIST_WORDS]
    return len(words) >= PROSE_WORDS


def _is_capitals_heading(text: str) -> bool:
    """A line in capitals that is no list of people ("UNRESTRICTED ITEMS") ends a list."""
    text = text.strip()
    return (
        text.isupper()
        and len(re.findall(r"[A-Z]{3,}", text)) >= 1
        and "," not in text
        and match_leading_title(text.title()) is None
    )


def _capitals_name_after_capitals(text: str, above: str, below: str) -> bool:
    """True for "DEAN MOSS" under "COUNCILMEMBER CARLA VINK": a plain name in capitals goes on a list printed in
    capitals one a line, where on its own it would read as a heading ("OLD BUSINESS", "CALL TO ORDER" never do).
    A heading has its paragraph under it, so a line with prose below it ("WATER RATES" / "The rates rise …") is one."""
    above = re.sub(r"\([^()]*\)", "", above).strip()
    return (
        bool(above) and above.isupper() and text.strip().isupper()
        and agenda_words().search(text) is None
        and _plain_full_name(text.strip().title())
        and not (below and (_is_prose(below) or _SENTENCE_VERB.search(below) or below.rstrip().endswith(".")))
    )


def _text_below(lines: list[Line], index: int) -> str:
    """The text of the first line after `index` that holds any, "" when none follows."""
    return next((lines[below].text.strip() for below in range(index + 1, len(lines)) if lines[below].text.strip()), "")


def _is_business_heading(text: str) -> bool:
    """True for a line of nothing but an agenda heading's words ("Old Business", "Treasurer's Report:"), which names
    no one; "Clerk: Jo Hale" and "Ann Lee – Finance" name someone beside such a word."""
    bare = text.strip().strip("*_#").strip().rstrip(":.-–— ").strip()
    if not bare or len(bare.split()) > MAX_HEADING_WORDS or agenda_words().search(bare) is None:
        return False
    return not _HEADING_JOINERS.sub(" ", agenda_words().sub(" ", bare)).strip()


def _is_stop_line(line: Line) -> bool:
    """True for a line that ends an attendance list: an item heading, another section, a count of the public."""
    text = line.text
    return bool(
        _ITEM_OPENER.match(text)
        or opening_label(without_lead(text.strip(), sections=_STOPS), sections=_STOPS) is not None
        or _PUBLIC_COUNT.match(text)
    )


def _label(line: Line) -> LabelMatch | None:
    """The attendance label a line (or its first cell) opens with; a sentence never does."""
    return match_label(_label_text(_first_cell(line)))


def _label_text(text: str) -> str:
    """A line's text as its label reads: markup off, and an item number or a bullet before a label
    ("1.  Those Attending:", "o Others Present:").

    Word pads the number and the label with runs of (no-break) spaces; `strip` and the labels'
    widened spaces take any run.
    """
    text = text.strip().strip("*_#").strip()
    rest = without_lead(text)
    if match_label(rest) is not None:
        return rest
    # "Those attending Mr A Thorn (Chairman), Mrs C Dunn": the label with no colon, a titled person straight after.
    label = opening_label(rest, sections=("attendance",))
    if label is None or label.alone:
        return text
    words = re.match(rf"^(?:{label.pattern})\s+", rest, re.IGNORECASE)
    if words is not None and "\t" in words.group(0) and rest[words.end() :][:1].isupper():
        # "PRESENT<column gap>Chair Lord and Commissioners Berg, Fenn": the label in a column of its own.
        return f"{rest[: words.end()].rstrip()}: {rest[words.end() :]}"
    if words is not None and ROLL_COUNT.match(rest[words.end() :]):
        # "Present 5 – Mayor Alvarez, Councilmember Brandt": the roll's count stands in for the colon.
        return f"{rest[: words.end()].rstrip()}: {rest[words.end() :]}"
    after = rest[words.end() :] if words is not None else ""
    if words is not None and (
        split_at_own_initials(after) != [after]
        or _PUBLIC_TAIL.match(f" {after}")
        or _name_then_its_post(after)
        or _untitled_names(after, one=words.group(0).strip().lower() != "present")
    ):
        # "Present Ann Lee AL Bo Day BD": a grid of names, each with its own initials, beside the label;
        # "In Attendance Two members of the public.": a count beside it, the list of its own that names no one;
        # "In Attendance Jo Hale, Chair of the Parent Council": a name and the post after its comma;
        # "Present Ann Lee (Chair), Bo Day and Cy Orr": untitled names, listed or the first with its post.
        return f"{rest[: words.end()].rstrip()}: {rest[words.end() :]}"
    if words is None or match_leading_title(rest[words.end() :]) is None or not rest[words.end() :][:1].isupper():
        return text
    return f"{rest[: words.end()].rstrip()}: {rest[words.end() :]}"


def _untitled_names(text: str, *, one: bool = False) -> bool:
    """True for "Ann Lee (Chair), Bo Day and Cy Orr" or "Ann Lee (Chair)": untitled full names, two or more in a
    list or the first with its post in brackets, as a list beside a label without its colon opens. With `one`
    (a label no heading opens with, "Also present", "In attendance"), a name alone is one too.

    "Present" alone also opens headings ("Present Position"), so after it a lone name is not read as a list."""
    first = re.split(r"[(),;]", text, maxsplit=1)[0].strip()
    bracket = re.match(r"^[^(),;]*\(([^()]*)\)", text)
    entries = [re.sub(r"\s*\([^()]*\)", "", entry).strip() for entry in re.split(r",|;|\band\b|&", text)]
    entries = [entry for entry in entries if entry]
    if len(entries) >= 2 and all(_INITIAL_AND_SURNAME.match(entry) for entry in entries[:2]):
        return True  # "Members Present R. Orr, S. Vale and J. Marsh": initials and surnames, as US boards list them
    if not _plain_full_name(first):
        return False
    if one and first == text.strip():
        return True
    if bracket is not None and is_role(bracket.group(1)):
        return True
    return len(entries) >= 2 and _plain_full_name(entries[1])


def _plain_full_name(text: str) -> bool:
    """True for "Bo Day": two or three capitalised words, none of them a post, a body or a word no name holds."""
    non_person = load_non_person_words().non_person
    return (
        _UNTITLED_NAME.match(text) is not None
        and not is_role(text)
        and not is_organisation(text)
        and not any(word.lower().strip(".") in non_person for word in text.split())
    )


def _name_then_its_post(text: str) -> bool:
    """True for "Jo Hale, Chair of the Parent Council, Elm School", "Katie Holm, Mayor": one whole name (titled or
    not), then a post after its comma."""
    name, comma, rest = text.partition(",")
    return bool(comma) and _one_whole_name(name) and is_role(rest.split(",")[0].strip().rstrip("."))


def _is_numbered_business(line: Line) -> bool:
    """True for a numbered heading whose words are a label only when alone on their line ("4. Administration"):
    among numbered items, the business of that name."""
    found = _label(line)
    return found is not None and found.label.alone and bool(_ITEM_OPENER.match(line.text.strip().strip("*_#").strip()))


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
    text = _label_text(line.text)
    if _ROLL_CALL_ALONE.match(text) or (is_roll_call_heading(text) and match_label(text) is None):
        return ""  # a bare "ROLL CALL" heading (or "ROLL CALL OF COUNCIL") opens the list below it
    found = match_label(text)
    if found is None:
        return text
    # "**Present via MS Teams:** Cllrs. A": the bold closes after the label.
    rest = without_roll_count(text[found.end :].lstrip("*_ "))
    group = match_label(rest)
    if (group is not None and rest[group.end :].strip() and _says_no_status(rest[: group.end])
            and not _is_plural(rest[: group.end].strip(" :;-–"))):
        # "PRESENT: Members: Orr, Vale": the group's heading after the label names no one ("Councilmembers: Orr"
        # titles them, and stays).
        return rest[group.end :]
    return rest


def _continues_table(lines: list[Line], index: int, block: list[Line]) -> bool:
    if block[0].cells is None:
        return False
    following = next((line for line in lines[index + 1 : index + 3] if not line.is_blank), None)
    return following is not None and following.cells is not None and not following.cells[0].strip()


def _without_bullet(line: Line) -> Line:
    """A list line without the bullet it opens with ("• Ann Lee – Chair", "- Bo Day"): one entry a line."""
    if line.cells is not None:
        return line
    return replace(line, text=_BULLET.sub("", line.text))


# "Ann Vale - Board President, Elmford Water District": a person, a spaced dash, then what they are (a post, a body,
# or both in either order, joined by a comma).
_NAME_DASH_WHAT = re.compile(r"^(?P<name>[A-Z][^-–—,;:()]*?[a-z.])\s+[-–—]\s+(?P<what>[A-Z][^-–—;:()]*?)\s*\.?$")
MIN_DASH_LINES = 2
"""Lines of "Name - Post" a list must hold before what follows each dash is read as that one person's."""


def _with_dash_posts_in_brackets(found: _AttendanceList) -> _AttendanceList:
    """A list written one person a line as "Name - Post, Body" ("Kay Wendt - Elmford Recreation and Park District,
    Recreation Superintendent", "Tim Okafor - Visitor") with what follows the dash in brackets, so a comma or an "and"
    inside it never splits it into people. Only in a list where two lines at least take that shape; a line whose
    text after the dash names another titled person, or whose name is no person's, is unchanged."""
    shaped = [
        (index, match)
        for index, line in enumerate(found.lines[1:], start=1)
        if line.cells is None and (match := _NAME_DASH_WHAT.match(line.text.strip())) is not None
    ]
    if len(shaped) < MIN_DASH_LINES:
        return found
    lines = list(found.lines)
    for index, match in shaped:
        name, what = match.group("name").strip(), match.group("what").strip()
        if not _looks_like_person(name) or any(match_leading_title(piece.strip()) for piece in what.split(",")):
            continue
        lines[index] = replace(lines[index], text=f"{name} ({what})")
    return _AttendanceList(status=found.status, lines=lines)


def _with_body_in_brackets(line: Line) -> Line:
    """A "Body: Person (Post), Person" line of a list (visitors grouped by the body they came from) written as
    "Person (Post, Body), Person (Body)", so each person keeps the body; any other line is unchanged."""
    if line.cells is not None:
        return line
    found = _BODY_PREFIX.match(line.text.strip())
    if found is None:
        return line
    body = found.group("body").strip()
    if is_role(body) or _is_plural(body) or _ROLE_COLON.match(f"{body}:") is None:
        return line
    if _label(replace(line, text=f"{body}:")) is not None:
        return line  # "Also present: …" is a list's label, not a body
    entries = split_people_list(found.group("rest"))
    if not entries or not all(_looks_like_person(strip_bracket(entry)[0]) for entry in entries):
        return line
    written = []
    for entry in entries:
        name, bracket = strip_bracket(entry)
        written.append(f"{name} ({bracket}, {body})" if bracket else f"{name} ({body})")
    return replace(line, text=", ".join(written))


# An honorific straight after a word, with no comma, semicolon or joining word between: perhaps the next entry of a
# list whose entries ("Name, Post") ran together.
_ENTRY_AFTER_POST = re.compile(rf"(?<=[a-z])\s+(?<!\band\s)(?<!\bwith\s)(?=(?:{HONORIFIC})\.?\s+[A-Z])")
# An entry that is an honorific and a name alone: "Ms. Jan Hart".
_HONORIFIC_NAME = re.compile(rf"^\s*(?:{HONORIFIC})\.?(?:\s+[A-Z][\w'’.-]*){{1,3}}\s*$")
MIN_RUN_TOGETHER_ENTRIES = 2
"""Entries run on after a post that show a list lost its separators ("…, Staff Ms. B, Clerk Mr. C")."""


def _with_run_together_entries_parted(text: str) -> str:
    """A list whose entries a PDF ran together with nothing between ("Ms. Kay Orr, Administrator Ms. Cam Lee, Staff
    to the Commission Ms. Jan Hart Mr. Rus Gibb") with a semicolon before each honorific that opens an entry: after
    an entry holding its post after a comma, or after an honorific and a name alone. Titles run together before one
    name ("Cllr Mrs T Orme") are left as they are."""
    cuts = [match.start() for match in _ENTRY_AFTER_POST.finditer(text)]
    kept: list[int] = []
    start = 0
    for cut in cuts:
        entry = text[start:cut]
        words = entry.split()
        if words and is_title(words[-1]):
            continue  # "…, Cllr Mrs C Brown": a title before the honorific, both the one person's
        if "," in entry.split(";")[-1] or _HONORIFIC_NAME.match(entry.split(";")[-1].split(",")[-1]):
            kept.append(cut)
            start = cut
    if len(kept) < MIN_RUN_TOGETHER_ENTRIES:
        return text
    parts = [text[a:b].strip() for a, b in zip([0, *kept], [*kept, len(text)])]
    return "; ".join(parts)


def _read_list(found: _AttendanceList) -> list[Attendee]:
    found = _unfold_label_cell(found)
    marked_rows = _marked_rows(found)  # "Quill: Present", "Ann Vale, Supervisor X": read as written
    if marked_rows is not None:
        return marked_rows
    # "Ann Smith - Jones": a double-barrelled surname, not a name and its post.
    found = _AttendanceList(
        status=found.status,
        lines=[line if line.cells is not None else replace(line, text=join_double_barrelled(line.text)) for line in found.lines],
    )
    found = _AttendanceList(
        status=found.status, lines=[found.lines[0]] + [_with_body_in_brackets(_without_bullet(line)) for line in found.lines[1:]]
    )
    found = _with_dash_posts_in_brackets(found)
    gridded = name_columns(found.lines)  # names printed in columns, one a column: read as a list
    named_grid = gridded is not found.lines
    found = _flattened_initials_grid(_AttendanceList(status=found.status, lines=gridded))
    if any(line.cells is not None and len(line.cells) >= 2 for line in found.lines):
        # A table, its label either in the first cell or on a line of its own above it.
        return _read_table(found)
    if not named_grid:
        marked_rows = _initialled_rows(found)
        if marked_rows is not None:
            return marked_rows
        if _is_row_per_person(found):
            return _read_rows(found)
        titled_rows = _titled_rows(found)
        if titled_rows is not None:
            return titled_rows
    attendees: list[Attendee] = []
    # "Staff Present:" / "• Chief Administrative Officer, S. Lee" / "• Curator, T. Orr": a post and its holder a row.
    rows = [line.text.strip() for line in found.lines[1:] if line.text.strip()]
    paired = read_posts_then_holders("; ".join(rows)) if len(rows) >= 2 and not _after_label(found.lines[0]).strip() else None
    if paired is not None:
        return [_official(post, title, name, found) for post, title, name in paired]
    text = _from_capitals(_join_list_lines(found.lines))
    # "Cy Orr Ward 2;", "Ann Lee, Supervisor, District 2;": the seat held names no one ("Bo Day – Ward 1" keeps it
    # as the post after a dash).
    text = _SEAT.sub("", text)
    text = _GLUED_INITIAL.sub(". ", text)  # "C.Hill (Clerk)": the initial typed without its space
    text = _with_run_together_entries_parted(text)
    # "[Note: …]" asides and the count after a roll call ("… and Mayor Ng – 5.") name no one.
    # "…; Public - 3": a count of the public at the end is no roll call's count, and names no one.
    text = _COUNT_TAIL.sub("", _PUBLIC_COUNT_INLINE.sub("", _NOTE.sub(" ", text))).strip()
    # "Commissioners Present: A, B, and C were present. B arrived late.": the verb closes the list.
    text = _WERE_PRESENT.sub("", text).strip()
    text = _without_sentence_after(text)
    # "C. Pine together with R. Larch - County Councillor plus 16 members of the public": the count names
    # no one; "together with" and "plus" join people as a comma does.
    text = _PUBLIC_TAIL.sub("", text)
    text = _PUBLIC_COUNT_INLINE.sub("", text)
    text = _TOGETHER_WITH.sub(", ", text).strip()
    # "Chair A and all other members of Council except B, C": those after "except" were absent.
    text = _ALL_EXCEPT.sub("", text).strip()
    # "Mrs A Lee -Chairman", "Cllr B Day Vice- Chairman": a role's dash typed with one space.
    text = _GLUED_CHAIR.sub(lambda m: f" – {m.group('vice') or ''}{m.group('chair')}", _SPACED_VICE.sub(r"\g<vice>-", text))
    text = mark_disambiguated(_without_bracket_marks(text))
    # "Chief Executive (Mr. C. Ward), Director, Roads (Ms. A. Brady)": the post, then who holds it.
    officials: list[Attendee] = []
    groups: list[str] = []
    for group in text.split(BREAK):
        inverted = read_inverted_officials(group)
        if inverted is None:
            groups.append(group)
            continue
        officials.extend(_official(post, title, name, found) for post, title, name in inverted[0])
        if inverted[1].strip():
            groups.append(inverted[1])
    if officials and not groups:
        return officials
    text = BREAK.join(groups)
    shared = _label_plural_title(found.lines[0])
    if shared and match_leading_title(text) is None:  # "Councillors present: Cllr A, Cllr B" titles each name
        text = f"{shared} {text}"
    # "Councillors: A, B and C" shares its title like "Councillors A, B and C".
    text = _PLURAL_COLON.sub(
        lambda match: match.group("title") + " " if _is_plural(match.group("title")) else match.group(0), text
    )
    text = _post_after_initials(_with_listed_officer(text))
    pending_role: str | None = None
    opening = _label(found.lines[0])
    substitutes = opening is not None and opening.label.substitutes
    guests = opening is not None and opening.label.words.endswith("guests?")  # "Guests:", "Special Guests:"
    group_start = 0
    after_post = False
    for entry in _split_entries(_split_couples(text)):
        entry_role: str | None = None
        if _HOW_ATTENDED.match(entry.strip()):
            continue  # "Ann Lee, via Zoom"
        if is_chairing_note(entry):
            continue  # "Mayor Lee, Presiding;"
        entry = without_attendance_note(entry)  # "Ann Cole (Clerk) – via Zoom", "Ann Cole (Clerk, remote)"
        entry = _REMOTE_TAIL.sub("", entry)  # "Trustee Ann Cole via teleconference"
        entry = _PRESIDING_TAIL.sub("", entry)  # "Mayor Ann Lee presiding"
        entry = _CODE_TAIL.sub("", entry)  # "Ann Lee KB1ABC", "Bo Day #412": a call sign or member number
        entry = _without_initials_beside_post(entry)  # "Derek Imrie (Secretary) (DI)": the post is the bracket kept
        if _is_plural(entry.strip().rstrip(".")) and attendees:
            # "Mrs A, Mr B and Mrs C, Councillors, Mrs D, Clerk": the group's role, no person.
            for member in attendees[group_start:]:
                member.role = member.role or _singular(entry.strip().rstrip("."))
            group_start = len(attendees)
            continue
        if attendees and _is_post_nominal(entry):
            continue  # "Ann Vance, Ed.D., Superintendent", "Bo Day, CPA": her degree or his credential, no one
        role_colon = _ROLE_COLON.match(entry)
        if role_colon and is_role(role_colon.group("role")):
            # "Chairman: Councillor Ann Lee", "School Administrator Present: Bo Day" (the post without the verb)
            entry_role, entry = _POST_PRESENT.sub("", role_colon.group("role")), entry[role_colon.end() :]
        bare, bracket = strip_bracket(entry)
        if entry_role is None and match_leading_title(bare) is None and not (bracket and _is_bracketed_person(bracket)):
            post, _, name = split_leading_post(bare)
            if post is not None:
                # "Deputy Clerk Ana Birch", "Chair Wren": the post written before the person.
                entry_role, bare = post, name
                entry = name + (f" ({bracket})" if bracket else "")
        # "Sen. Staff Officer", "Asst. Engineer": a post whose first word is cut short, no name before a post.
        shortened = bool(bare.split()) and is_post_abbreviation(bare.split()[0])
        trailing = split_trailing_post(bare) if entry_role is None and bracket is None and not shortened else None
        if trailing is not None:
            # "Joyce Mace Vice President": the post after the name, no comma between.
            bare, entry_role = trailing
            entry = bare
        leading_role = _leading_role(bare) if bracket is None and entry_role is None else None
        if leading_role and (not attendees or (bare.lower().startswith("the ") and attendees[-1].role)):
            # "the Clerk, Mrs L Green": a role written before the person it belongs to.
            pending_role = leading_role
            continue
        if (
            attendees
            and not (bracket and _is_bracketed_person(bracket))
            and match_leading_title(bare) is None
            and not _DASH.search(bare)
            and not _opens_with_name(bare)
            and (
                is_role(bare)
                or is_organisation(bare)
                # "Alan Orr, EDC": a body's initials after a person's full or titled name; after a lone first name
                # ("Gibson, Luther, LJ, Valentine") a pair of capitals is another member written by initials.
                or (
                    ACRONYM.match(bare) and bare not in load_title_words().suffixes
                    and (len(attendees[-1].name.split()) > 1 or attendees[-1].title is not None)
                )
                # a lone word after a post, unless a post of its own led it ("…, Finance Director Dorne")
                or (after_post and len(bare.split()) == 1 and entry_role is None)
            )
        ):
            # "Jane Ash, Democratic Services Officer": the second part belongs to the first;
            # so does a word after the post ("Ken Pyne, Senior Engineer, Roads").
            if after_post and not (is_role(bare) or is_organisation(bare)) and attendees[-1].role:
                attendees[-1].role = f"{attendees[-1].role}, {bare}"
            else:
                _attach_affiliation(attendees[-1], entry)
            after_post = True
            continue
        after_post = False
        substitute = _SUBSTITUTE_FOR.search(entry) if substitutes else None
        if substitute is not None:
            # "Substitutes: Cllr A for Cllr B": A attended in B's place.
            entry, entry_role = entry[: substitute.start()], "Substitute"
        attendee = _read_entry(entry, status=found.status)
        if attendee is not None:
            attendee.role = attendee.role or entry_role or pending_role or ("Guest" if guests else None)
            if attendee.role is None and attendee.title and _is_office(attendee.title):
                attendee.role = attendee.title  # "Mayor Tom Gale" holds the office of Mayor
            pending_role = None
            attendee.evidence = Evidence.of_lines(found.lines)
            attendees.append(attendee)
    for attendee in attendees:
        if attendee.status == "present" and attendee.role and is_officer_post(attendee.role):
            attendee.status = "in_attendance"  # "Ms Orla Tynan, Director of Finance" under "Present:"
    return officials + attendees


# The code a US board's agenda gives an item, in brackets at the end of its heading ("(A-1)", "(F)").
_ITEM_CODE_END = re.compile(r"\([A-Z](?:-\d{1,2})?\)\s*$")


def _ends_on_post_word(text: str) -> bool:
    """True when a post's last word is a post word ("Chairman", "Deputy Clerk", "Visitor"), or a phrase follows the
    post word ("Clerk to the Council", "Head of Finance"): "Visitor Comments:" is an item's heading that only opens
    with one, no post before its holder's name."""
    words = text.split()
    return bool(words) and (is_role(words[-1]) or re.search(r"\b(?:to|of|for)\b", text) is not None)


def _flattened_initials_grid(found: _AttendanceList) -> _AttendanceList:
    """A grid of "Full Name INITIALS" pairs whose columns a PDF split into cells ("Kerry Colby KC" | "Ian Logan IL")
    or column gaps ("Helen Postle<tab>HP<tab>…") as plain lines, so each pair is one person, never a name and its
    organisation. Unchanged unless every row so split holds a name and its own initials."""
    rows = [line for line in found.lines if line.cells is not None or "\t" in line.text]
    if not rows:
        return found

    def joined(line: Line) -> str:
        parts = line.cells if line.cells is not None else line.text.split("\t")
        return " ".join(part.strip() for part in parts if part.strip())

    if not all(split_at_own_initials(joined(line)) != [joined(line)] for line in rows):
        return found
    return _AttendanceList(
        status=found.status,
        lines=[replace(line, text=joined(line), cells=None) if line in rows else line for line in found.lines],
    )


# The initials a list declares for a member in a bracket of their own ("(DI)", "(AHop)"), beside another bracket.
_INITIALS_BRACKET = re.compile(rf"\s*\((?:{DECLARED_INITIALS})\)")


# "J. Kerr (JK) County Councillor", "P. Reed (PR), Ward Councillor": a name's declared initials in a bracket, then its
# post (or body) after them, up to the entry's end.
_POST_AFTER_INITIALS = re.compile(
    rf"(?:^|(?<=[;,:]))(?P<name>[^;,:()\n]{{1,80}}?)\s*\((?P<i>{DECLARED_INITIALS})\)"
    r"[ \t]*,?[ \t]*(?P<post>[A-Z][^;,:()\n]*?)(?=\s*(?:[;,.]|$))",
    re.MULTILINE,
)


def _post_after_initials(text: str) -> str:
    """A list's text with a post or body written after a name's declared initials put in the bracket instead of them
    ("J. Kerr (JK) County Councillor" -> "J. Kerr (County Councillor)", "A. Dale (AD) Village Hall Trust"), so it is no
    entry of its own. Only where the initials are the name's and the words after them are a post or a body."""

    def bracketed(match: re.Match[str]) -> str:
        name, post = match.group("name"), match.group("post").strip()
        if not (_is_seat(post) or _is_post_or_body(post)) or not _initials_of(name.strip(), match.group("i")):
            return match.group(0)
        return f"{name} ({post})"

    return _POST_AFTER_INITIALS.sub(bracketed, text)


def _is_seat(text: str) -> bool:
    """True for a seat held for a place: a title after the place's words ("Ward Councillor", "District Cllr")."""
    words = text.split()
    return 2 <= len(words) <= 3 and words[-1].rstrip(".") in load_title_words().titles


def _without_initials_beside_post(entry: str) -> str:
    """An entry with its declared initials in one bracket and its post in another ("Derek Imrie (Secretary) (DI)",
    "Ann Lee (AL) (Chair)") without the initials' bracket, so the post is the entry's one bracket. The initials stay
    in the document's text, where the owners of actions are read from (`owners.declared_initials`)."""
    if entry.count("(") < 2:
        return entry
    return _INITIALS_BRACKET.sub("", entry, count=1)


def _without_bracket_marks(text: str) -> str:
    """A list whose every member carries a mark in a bracket ("Ann Vale (P), Bo Reed (A), Cy Hart (P)") as the
    members marked present ("Ann Vale, Cy Hart"). A bracketed initial after a bare surname ("Brady (P)") is no mark."""
    marks = list(_BRACKET_MARK.finditer(text))
    brackets = re.findall(r"\([^()]*\)", text)
    away = list(_AWAY_BRACKET.finditer(text))
    if away and len(away) == len(brackets) and len(away) < len(re.findall(r",|\band\b", text)):
        # Only the members away are marked: they are dropped, with the separator after them.
        return re.sub(r"(?:,\s*|\s+and\s+)+$", "", _AWAY_BRACKET.sub("", text)).strip()
    if len(marks) < 2 or len(marks) != len(brackets):
        return text
    def kept(match: re.Match[str]) -> str:
        if read_attendance_mark(match.group("mark")) == "present":
            return match.group("name") + match.group("end")
        return ""  # the member marked away, with the separator after them

    return re.sub(r"(?:,\s*|\s+and\s+)+$", "", _BRACKET_MARK.sub(kept, text)).strip()


def _split_couples(text: str) -> str:
    """`text` with each couple sharing a surname written as two entries: "Mr and Mrs Penn" -> "Mr Penn, Mrs Penn",
    "Rosa & Tom Vail" -> "Rosa Vail, Tom Vail" (each part of the list, between commas or its ends)."""

    words = load_title_words()
    plurals = {plural.lower() for plural in words.plurals}

    def written(match: re.Match[str]) -> str:
        first = match.group("first") or match.group("first_name")
        second = match.group("second") or match.group("second_name")
        if match.group("first_name") is not None and (
            is_title(second) or is_role(second) or _under_plural_title(text[: match.start()], plurals)
        ):
            return match.group(0)  # "Oddie and Mayor Spencer", or surnames under "Councilmembers": no couple
        return f"{first} {match.group('surname')}, {second} {match.group('surname')}"

    return _COUPLE.sub(written, text)


def _under_plural_title(before: str, plurals: set[str]) -> bool:
    """True when a plural title stands over the names before a couple ("Councilmembers Oddie, Lee and Spencer"), not
    when it heads the list as a word of its label ("Board members present: …, and Tom & Rosa Vail")."""
    return any(
        found.group(1).lower() in plurals for found in re.finditer(r"([A-Za-z]+)\s+(?=[A-Z])", before)
    )


def _split_entries(text: str) -> list[str]:
    """The list's entries, group by group (a title shared by one group stops at the next)."""
    entries: list[str] = []
    for group in text.split(BREAK):
        entries.extend(_split_group(group))
    return entries


def _split_group(text: str) -> list[str]:
    """A group's entries; a list of "Post Name; Post Name and Post Name" splits at "and" only between people."""
    if ";" not in text or ":" in text:
        return split_people_list(text)
    # "…; and Councillor A and Councillor B": the last group's "and" joins it to the others, as a comma's would.
    chunks = [re.sub(r"^(?:and|&)\s+", "", chunk.strip()) for chunk in text.split(";") if chunk.strip()]
    if _are_names_and_affiliations(chunks):
        # "Dean Orr, ABC Engineering; Don Hale, Resident": each entry a name and whom or what they come from, the
        # semicolons parting the entries and the comma inside each parting its name from its affiliation.
        return [_bracket_affiliation(chunk.strip(" .,")) for chunk in chunks]
    if not all(split_leading_post(chunk.split(" and ")[0].strip())[0] for chunk in chunks[:1]):
        return split_people_list(text)
    entries: list[str] = []
    for chunk in chunks:
        pieces = re.split(r"\s+and\s+", chunk)
        current = pieces[0]
        for piece in pieces[1:]:
            if (
                split_leading_post(current)[0] is not None
                or match_leading_title(current) is not None
                or (_is_plain_name(current) and _is_plain_name(piece))  # "…; Lou Tovey and Pat Hask"
            ):
                entries.append(current)
                current = piece
            else:
                current = f"{current} and {piece}"  # "Land Planning and Technology Administrator …"
        entries.append(current)
    split: list[str] = []
    for entry in entries:
        split.extend(split_people_list(entry) if "," in entry else [entry])
    return [entry.strip(" .,") for entry in split if entry.strip(" .,")]


def _are_names_and_affiliations(chunks: list[str]) -> bool:
    """True for entries that are each a full name, one comma and what the person comes from or does ("Dean Orr, ABC
    Engineering; Don Hale, Resident; Lou Jones, Elm Disposal"): most of what follows the commas names no person, so
    "Omar Khan, Barb Berg; Lee Tan, Kay Orr" stays four people."""
    pairs = [[part.strip(" .") for part in chunk.split(",")] for chunk in chunks]
    if len(pairs) < 2 or any(
        len(parts) != 2 or not _UNTITLED_NAME.match(parts[0]) or not parts[1][:1].isupper()
        or re.search(r"\s(?:and|&)\s", parts[1]) for parts in pairs
    ):
        return False
    return 2 * sum(not _names_a_person(parts[1]) for parts in pairs) > len(pairs)


def _names_a_person(text: str) -> bool:
    """True for what names a person in any form the name readers know: a full name ("Lou Tovey"), one after its
    titles ("Dr. Piet Orr", "Mrs Vale") or with a surname's particles ("Anna de Vries"); not a post or a body."""
    rest = text.strip(" .,")
    if _is_plain_name(rest) or _INITIALLED_NAME.match(rest):
        return True
    titled = False
    while (found := match_leading_title(rest)) is not None:
        titled, rest = True, found[1].strip()
    particles = load_title_words().particles
    words = [word for word in rest.split() if word.lower() not in particles or word[:1].isupper()]
    if not words or is_role(rest) or is_organisation(rest):
        return False
    if titled:  # "Dr. Piet Orr", "Cllr B Fenn", "Mrs Vale"
        return len(words) <= MAX_NAME_WORDS and all(re.fullmatch(NAME_WORD_OR_INITIAL, word) for word in words)
    return bool(_UNTITLED_NAME.match(" ".join(words)))


def _bracket_affiliation(entry: str) -> str:
    """"Dean Orr, ABC Engineering" as "Dean Orr (ABC Engineering)", the form an entry's affiliation is read in."""
    name, affiliation = (part.strip(" .") for part in entry.split(",", 1))
    return f"{name} ({affiliation})"


def _is_plain_name(text: str) -> bool:
    """True for a full name with no title or post ("Lou Tovey"), which no "and" joins to the next into one post."""
    text = text.strip(" .,")
    return bool(_UNTITLED_NAME.match(text)) and not is_role(text) and not is_organisation(text)


def _official(post: str, title: str, name: str, found: _AttendanceList) -> Attendee:
    person = parse_person(name)
    return Attendee(
        name=person.name,
        surname=person.surname,
        title=title or person.title,
        role=post,
        organisation=None,
        # "Also present: City Manager, Ida Jay": an officer of the body is in attendance, not a guest.
        status="in_attendance" if found.status == "also_present" and is_officer_post(post) else found.status,
        evidence=Evidence.of_lines(found.lines),
    )


def _is_office(title: str) -> bool:
    """True for a title that is also an office held ("Mayor", "Reeve", "Supervisor"), not a form of address."""
    return title.lower() in office_titles()


# An officer joined to the list by "and" ("Cllrs A, B and C and the Clerk", "Cllr C & the Clerk, Jo Hart"): another
# entry, never a post of the person before it as "Jo Hart, Clerk" is.
_LISTED_OFFICER = re.compile(
    r"\s*,?\s+(?:and|&)\s+the\s+(?P<role>[A-Z][\w-]+(?:\s+[A-Z][\w-]+){0,3})"
    r"(?:\s*,\s*(?P<name>[^,;()]+?))?\s*(?P<end>[,;]|\.?\s*$)"
)


def _with_listed_officer(text: str) -> str:
    """`text` with an officer joined by "and the Clerk" set as an entry of its own: "Jo Hart (Clerk)", or left out
    where no name follows (an unnamed post is no attendee)."""

    def entry(match: re.Match[str]) -> str:
        if not is_role(match.group("role")):
            return match.group(0)
        name = match.group("name")
        if name is not None and not _officer_name(name):
            # "… and the Clerk, Cllr Dee, Cllr Eve", "… and the Clerk, and 3 members of the public": no name of
            # the post's holder follows; the rest of the roll does.
            return f", {name}{match.group('end')}"
        if name is None:
            return match.group("end") if match.group("end") in ",;" else ""
        return f", {name} ({match.group('role')}){match.group('end')}"

    return _LISTED_OFFICER.sub(entry, text)


def _officer_name(text: str) -> bool:
    """True when `text` may name an officer after the post ("Jo Hart", "Mrs Jo Hart"): a person's name alone, with no
    "and", no figures, and no title but a courtesy one. A councillor's title or a rank names someone else on the roll:
    "… & the Clerk, Sgt Bo Day" lists the clerk unnamed and then a police officer."""
    if re.search(r"\band\b|\d", text) or not _looks_like_person(text):
        return False
    title = match_leading_title(text)
    return title is None or is_courtesy_title(title[0])


def _singular(plural: str) -> str:
    plurals = load_title_words().plurals.items()
    return next((singular for written, singular in plurals if written.lower() == plural.lower()), plural)


def _leading_role(text: str) -> str | None:
    """The role an entry names on its own ("the Clerk", "Responsible Financial Officer"), else None."""
    role = re.sub(r"^the\s+", "", text.strip(), flags=re.IGNORECASE)
    dash = _DASH.search(role)
    if dash is not None and _looks_like_person(role[: dash.start()]):
        return None  # "P. Oak - Chairman": the person, then the role
    if not role or match_leading_title(role) is not None or not is_role(role) or is_organisation(role):
        return None
    return role


def _is_plural(title: str) -> bool:
    return is_plural_title(title)


def _attach_affiliation(attendee: Attendee, text: str) -> None:
    written = text.strip()
    bare, bracket = strip_bracket(written)
    if bracket is not None and is_attendance_note(bracket):
        written, bracket = bare, None  # "Board Member (arrived 6:35 p.m.)"
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
    match = re.match(r"^\W*(?P<title>[A-Za-z]+)\s+(?:present|attending|in\s+attendance|participating)\b", _first_cell(line))
    if match and _is_plural(match.group("title")):
        return match.group("title")
    return None


# "… Clerk Di Fox was also present", "… were also in attendance": the verb after those it names.
_ALSO_PRESENT_AFTER = re.compile(r"\S\s+(?:was|were)\s+also\s+(?:present|in\s+attendance)\b", re.IGNORECASE)


def _without_sentence_after(text: str) -> str:
    """The list without a sentence that follows it in its paragraph: the first stop after which a sentence opens
    ("The Clerk read …", a subject of a few words and its verb) that names no more of the roll (no label's colon,
    no "also in attendance")."""
    for stop in _SENTENCE_AFTER_LIST.finditer(text):
        rest = text[stop.end() :]
        sentence = re.split(r"(?<=[a-z]{2})\.\s", rest, maxsplit=1)[0]
        if _is_member_arrival(sentence):
            # "Present: Members Hale, Reed. Member Vance arrived late at 6:30 p.m.": who came after the roll is read
            # from that sentence (`_roll_arrivals`); it is no part of the last name in the list.
            return text[: stop.start()]
        if _ALSO_PRESENT_AFTER.search(sentence) and ":" not in sentence:
            # "Present: Trustees Lee and Orr. Clerk Di Fox was also present.": those named before the verb are read
            # from that sentence as in attendance; it is no part of the last name in the list.
            return text[: stop.start()]
        if ":" in sentence or _MORE_ATTENDANCE.search(sentence):
            continue  # "Also in attendance were the Clerk and PC Hale.": more of the roll, in a sentence
        verb = _SENTENCE_VERB.search(sentence)
        subject = sentence[: verb.start()].split() if verb is not None else None
        if (subject is not None and len(subject) <= SENTENCE_SUBJECT_WORDS) or _OPENS_SENTENCE.match(sentence):
            return text[: stop.start()]
    return text


def _join_list_lines(lines: list[Line]) -> str:
    """One text for a list: wrapped lines run on; under a bare label each line is one entry."""
    first = _after_label(lines[0]).strip()
    pieces = _with_group_bodies(_rows_of_name_and_body([first] + [line.text.replace("\t", ", ") for line in lines[1:]]))
    text = ""
    one_a_line = False
    for piece in pieces:
        piece = _BRACKET_AFTER_COMMA.sub(" ", piece.strip())
        if not piece:
            continue
        if one_a_line and not (
            _UNTITLED_NAME.match(piece) or match_leading_title(piece) is not None or _name_then_its_post(piece)
        ):
            one_a_line = False
        sub_label = _CAPS_SUB_LABEL.match(piece)
        if sub_label and text:
            # "SECTORAL INTERESTS/ PPN NOMINEES: Ann Lee (Farming), …": a group's heading inside the list names no one.
            text = f"{text}{BREAK}{piece[sub_label.end():]}"
        elif not text:
            text = piece
        elif _is_plural_sub_label(text.rsplit(BREAK, 1)[-1]):
            text = f"{text} {piece}"  # "Councillors:" / "Ann Lee, Bo Day": a sub-label on its own line titles the names below
        elif re.search(r"[A-Za-z]{2}-$", text) and piece[:1].isupper():
            text = f"{text}{piece}"  # "Longley-" / "Cook, and Kreitz": a double-barrelled name broken at its hyphen
        elif _title_broken_at_line_end(text, piece):
            text = f"{text} {piece}"  # "…, Vice Chair Rusk, Board" / "Members Holm, Jessup": one title over two lines
        elif re.search(r"(?:^|\s)[A-Z]\.$", text):
            text = f"{text} {piece}"  # "Sergeant R." / "Fitzsimons, …": the name goes on after an initial
        elif _name_broken_in_wrapped_list(text, piece):
            text = f"{text} {piece}"  # "…, Cllr. Marian" / "Hurley, …", "…, Ms." / "Jo Lee, …": one name over two lines
        elif _is_post_or_body(re.split(r",|;", text)[-1]) and _NAME_THEN_POST.match(piece):
            # "Staff: Jo Hale, Library Director" / "Lori Amaya, Recording Secretary": one person a line.
            text = f"{text}{BREAK}{piece}"
        elif _ENDS_ENTRY.search(text) and piece[:1].isupper():
            # "…, Conor Mallory (Democratic Services)" / "Sunil Parikh, …": a new entry, and a new group
            # ("Councillors A and B." / "Gina Hale (Head of Finance)": the title stops at the line end).
            text = f"{text}{BREAK}{piece}"
        elif (one_a_line or _ends_on_post_and_name(text)) and (
            _UNTITLED_NAME.match(piece) or match_leading_title(piece) is not None or _opens_plural_sub_label(piece)
            or (one_a_line and _name_then_its_post(piece))
        ):
            # "Present: Chair: Ann Lee; Treasurer: Bo Day" / "Cy Orr" / "Di Fox": the officers, then one member a line.
            text = f"{text}{BREAK}{piece}"
            one_a_line = True
            continue
        elif _ends_on_bare_surnames(text) and _STARTS_NAME_END.match(piece):
            # "Commissioners Lunn, Pratt, Rowe" / "Vance, and Orr.": surnames alone, so the line end is a comma.
            text = f"{text}, {piece}"
        elif "," in text.rsplit(BREAK, 1)[-1] and _ENDS_ON_ONE_WORD.search(text) and _STARTS_NAME_END.match(piece):
            # "…, Boyd Amble, Lionel" / "Quade, Nadia Crane, …": a name broken at the line end.
            text = f"{text} {piece}"
        elif _INITIALLED_NAME.match(re.split(rf"[,;:]|{re.escape(BREAK)}", text)[-1].strip()) and _INITIALLED_NAME.match(
            piece
        ):
            text = f"{text}{BREAK}{piece}"  # "Present: Mrs E. Chubb" / "J. Harris": an initialled name a line
        elif text == first and _one_whole_name(first) and _one_whole_name(piece.split(",")[0]):
            # "PRESENT:<column gap>JUNE ORTEGA" / "BRAM TASKWELL" / "KATIE HOLM, Mayor": the label in a column of its
            # own beside the first name, then one name a line under that name.
            text = f"{text}{BREAK}{piece}"
            one_a_line = True
        else:
            text = join_list_lines([text, piece], one_per_line=not first)
    return text.replace("\t", ", ")


def _one_whole_name(text: str) -> bool:
    """True for "June Ortega", "JUNE ORTEGA", "Commissioner Ada Fernley", "Ann Lee (Chair)": one person's name and
    nothing more (no second name, no "and", no sentence): a plain full name (`_plain_full_name`) after any title."""
    bare = strip_bracket(text)[0].strip()
    titled = match_leading_title(bare)
    if titled is not None:
        bare = titled[1].strip()
    return _plain_full_name(bare) and not re.search(r"\b(?:and|AND|with|WITH)\b", bare)


def _ends_on_post_and_name(text: str) -> bool:
    """True when a list line ends on "Post: First Last" ("…; Treasurer: Bo Day"), a post and its holder whole."""
    found = _POST_COLON_NAME_END.search(text)
    return found is not None and is_role(found.group("post"))


def _rows_of_name_and_body(pieces: list[str]) -> list[str]:
    """A list printed one "Name, Body" a line ("Ann Lee, Parish of Elmstead" / "Bo Day, Acme"), read as "Name (Body)":
    what follows the comma is who the person is or comes from, not a second person.

    Taken only when three or more lines have that shape, they are most of the list, and at
    least half of what follows their commas cannot be a person's name (a body, a post, one
    word, or three words or more), so "Ann Lee, Bo Day" a line stays two people.
    """
    rows = [piece.strip() for piece in pieces if piece.strip() and not _BODY_SUB_LABEL.match(piece.strip())]
    shaped: dict[str, str] = {}
    bodyish = 0
    for row in rows:
        found = _NAME_COMMA_REST.match(row) or _post_then_more(row)
        if found is None:
            continue
        name, rest = found.group("name"), found.group("rest").strip(" .")
        titled = match_leading_title(name)
        if titled is None and not _UNTITLED_NAME.match(name):
            continue
        if titled is not None and (titled[2] or not titled[1].strip()):
            continue  # "Councillors A, B": a plural title opens a list, not a row
        if match_leading_title(rest) is not None or _SENTENCE_VERB.search(rest) or len(rest.split()) > 2 * MAX_NAME_WORDS:
            continue
        shaped[row] = f"{name} ({rest})"
        words = rest.split()
        if (
            len(words) == 1
            or len(words) >= 3
            or is_role(rest)
            or is_organisation(rest)
            or any(word[:1].islower() or word in {"&"} or _ACRONYM.match(word) for word in words)
        ):
            bodyish += 1  # "HDC Staff": letters of a body are no one's given name
    if len(shaped) < MIN_ROWS or len(shaped) < len(rows) * 0.6 or bodyish * 2 < len(shaped):
        return pieces
    return [shaped.get(piece.strip(), piece) for piece in pieces]


def _post_then_more(row: str) -> re.Match[str] | None:
    """For "Ann Lee, Chair, Resident-Owner North Hill" (a roster's row whose post runs on past a second comma), a match
    whose "name" is the person and whose "rest" is the whole post; None when the first part after the name could be a
    second person ("Ann Lee, Bo Day, Cy Orr") or the last part is a person's name, titled or not ("…, Chair, Cllr Bo Day",
    "…, Chair, Bo Day"; "…, Director, Third Ward" is a seat)."""
    found = _NAME_COMMA_POST_MORE.match(row)
    if found is None:
        return None
    post, more = found.group("post").strip(), found.group("more").strip()
    if not (is_role(post) or is_organisation(post) or len(post.split()) == 1) or match_leading_title(more) is not None:
        return None
    if _plain_full_name(more) and _PLACE_WORD.search(more) is None:
        return None  # "Ann Lee, Chair, Bo Day": a second person after the post, not more of it
    return re.match(r"^(?P<name>.*?),\s+(?P<rest>.*)$", row)


def _with_group_bodies(pieces: list[str]) -> list[str]:
    """A body's sub-heading inside a one-a-line list ("Residents' Association:" over "Di Fox" / "Ed Hay") names no
    one: each plain name below it, up to the next sub-heading, carries the body in a bracket ("Di Fox (…)")."""
    found: list[str] = []
    body: str | None = None
    for piece in pieces:
        heading = _BODY_SUB_LABEL.match(piece.strip())
        if heading is not None and is_organisation(heading.group("body")) and not _is_plural(heading.group("body")):
            if _label(Line(text=piece, page=0, number=0)) is None:
                body = heading.group("body").strip()
                continue
        if body is not None and (_UNTITLED_NAME.match(piece.strip()) or match_leading_title(piece.strip()) is not None):
            if not re.search(r"[,;(]", piece):
                piece = f"{piece.strip()} ({body})"
        elif body is not None and piece.strip():
            body = None  # anything else closes the group
        found.append(piece)
    return found


def _opens_plural_sub_label(text: str) -> bool:
    """True for a line opening with a plural title and its colon, then names: "Councillors: Bo Day, Cy Orr" (after
    "Mayor: Ann Lee" it starts a group of its own)."""
    found = _PLURAL_COLON.match(text)
    return found is not None and _is_plural(found.group("title")) and text[found.end() : found.end() + 1].isupper()


def _is_plural_sub_label(text: str) -> bool:
    """True for a plural title alone with its colon ("Councillors:"), the heading of the names below it."""
    return re.fullmatch(r"[A-Z][A-Za-z]+(?:\s+[A-Z][A-Za-z]+)?:", text) is not None and _is_plural(text[:-1])


def _name_broken_in_wrapped_list(text: str, piece: str) -> bool:
    """True when a wrapped list of full names breaks one name at the line end: the line ends on a title
    ("…, Ms." / "Jo Lee, …"), on "O’" ("…, Cllr. W. O’" / "Dea, …"), on a lone first name ("…, Cllr. Marian" /
    "Hurley, …"), or the next line opens with a lone surname ("…, Abul Kalam" / "Azad, Bo Day, …")."""
    line = text.rsplit(BREAK, 1)[-1]
    if re.search(r"[,;&(]\s*$", line):
        return False
    entries = [entry.strip() for entry in re.split(r"[,;]", line)]
    if len(entries) < MIN_WRAPPED_ENTRIES:
        return False  # one person a line ("Jo Hale, Clerk") is no wrapped list
    before = [strip_leading_titles(entry) for entry in entries[:-1] if entry and not entry.endswith(":")]
    if not before or any(len(entry.split()) < NAME_TOKENS for entry in before):
        return False  # bare surnames ("Lunn, Pratt, Rowe"): a lone word is a whole entry
    last = entries[-1]
    head = re.split(r"[,;(]", piece, maxsplit=1)[0].strip()
    if not head or not head[:1].isupper() or match_leading_title(head) is not None or match_label(_label_text(piece)) is not None:
        return False
    if is_title(last) or re.search(r"\b(?:O|D)['’]$", last):
        return True
    words = strip_leading_titles(last).split()
    if len(words) == 1 and not is_title(words[0]) and len(head.split()) <= NAME_TOKENS:
        return True
    return len(head.split()) == 1 and "," in piece and len(words) >= 1


def _title_broken_at_line_end(text: str, piece: str) -> bool:
    """True when a line ends on the first word of a title its next line finishes ("Board" / "Members A, B")."""
    # The word opens an entry of its own (after a comma or "and"): "Eden District Council" / "Members of the
    # Public" is a body, then the next label.
    last = re.search(r"(?:^|[,;]\s*|\band\s+)(?P<word>[A-Z][A-Za-z-]+)\s*$", text)
    first = re.match(r"(?P<word>[A-Za-z-]+)\s+(?=\S)", piece)
    if last is None or first is None:
        return False
    words = f"{last.group('word')} {first.group('word')}"
    return _is_plural(words) or is_title(words)


def _is_row_per_person(found: _AttendanceList) -> bool:
    """True for a table printed without cells: one "Name Organisation" per line, no separators."""
    rows = [_after_label(found.lines[0])] + [line.text for line in found.lines[1:]]
    rows = [row.strip() for row in rows if row.strip()]
    if len(rows) < MIN_ROWS:
        return False
    plain = [
        row for row in rows
        if len(row.split()) >= 3 and not re.search(r"[;:]|,\s*$|\band$|\s&$", row)
        and not re.search(rf",\s*(?:[A-Z][a-z]+\s+){{0,2}}(?:Councillor|Cllr|{HONORIFIC})\b", row)
        and len(split_at_own_initials(row)) < 2  # "Ann Lee AL Bo Day BD": a grid of people, not name and organisation
    ]
    first_has_list = re.search(r"[,;]|\band\b", _drop_brackets(rows[0])) is not None
    return not first_has_list and len(plain) >= len(rows) * ROW_SHARE


def _unfold_label_cell(found: _AttendanceList) -> _AttendanceList:
    """A list held in a table's second column, its label in the first cell ("Staff:" | "Ann Lee, Director (AD) Bo Day,
    Planner (BD)"), the first cell of any row below it blank ("" | "Ms. Cy Orr, Clerk Mr. Di Fox, Attorney"), as the
    label's line and the list's lines (one a person where a row closes on a bracket), as printed on the page."""
    head = found.lines[0]
    cells = [cell.strip() for cell in head.cells or () if cell.strip()]  # "" | "Staff:" | "Ann Lee, …": a blank first cell
    if len(cells) != 2:
        return found
    label = replace(head, text=cells[0], cells=None, table=None)
    if _label(label) is None or _after_label(label).strip():
        return found
    place = [cell.strip() for cell in head.cells or ()].index(cells[1])  # the list's column
    column = [cells[1]]
    for line in found.lines[1:]:
        if line.is_blank:
            continue
        below = [cell.strip() for cell in line.cells or ()]
        if len(below) > place and below[place] and _is_sentence_row(below[place]):
            break  # "\tThe Chair welcomed everyone …": the minutes go on in the column, the list has ended
        if len(below) <= place or not below[place] or any(cell for index, cell in enumerate(below) if index != place):
            return found  # a row with a first cell of its own, or words in another column: a table, read as one
        column.append(below[place])
    rows = [row for text in column for row in _CELL_ROW_BREAK.split(text) if row]
    if not rows:
        return found
    return _AttendanceList(status=found.status, lines=[label] + [replace(label, text=row) for row in rows])


def _is_sentence_row(text: str) -> bool:
    """True for a sentence, not a list's row: prose (`_is_prose`), or a verb of the minutes with lower-case words
    around it ("Cllr Hale welcomed all and opened the meeting."); "Ms. Ivy Sand, Clerk to the Commission" is a row."""
    bare = _drop_brackets(text)
    return _is_prose(text) or (_SENTENCE_VERB.search(bare) is not None and len(_LOWER_WORD.findall(bare)) >= 2)


def _row_texts(found: _AttendanceList) -> list[tuple[Line, str]]:
    """Each line of a list with its text (the first line's after its label), blank ones left out."""
    rows = [(found.lines[0], _after_label(found.lines[0]).strip())] + [(line, line.text.strip()) for line in found.lines[1:]]
    return [(line, text) for line, text in rows if text]


def _marked_rows(found: _AttendanceList) -> list[Attendee] | None:
    """A roll call printed one "Ann Lee, Chair X" a line, each line ending in its mark ("X", "Ab", "Present"): the
    members marked present, with their office. None unless every line ends so."""
    rows = _row_texts(found)
    if len(rows) < MIN_ROWS or any(line.cells is not None for line, _ in rows):
        return None
    read: list[tuple[Line, str, str]] = []
    for line, text in rows:
        row = _register_row(text)
        if row is None:
            return None
        read.append((line, row[0], row[1]))
    if not any(row_mark == "present" for _, _, row_mark in read):
        return None
    attendees: list[Attendee] = []
    for line, who, row_mark in read:
        if row_mark != "present":
            continue  # "Bo Day, Vice Chair Ab": absent (apologies are read as apologies)
        name_text, _, office = who.partition(",")
        post, plural, holder = split_leading_post(name_text) if not office else (None, False, name_text)
        trailing = split_trailing_post(name_text) if not office and post is None else None
        if post is not None and not plural and match_leading_title(name_text) is None:
            name_text, office = holder, post  # "Clerk Bo Day - Present": the post written before the member
        elif trailing is not None:
            name_text, office = trailing  # "Bo Day Trustee X": the comma left out
        attendee = _read_entry(name_text, status=found.status)
        if attendee is None:
            continue
        office = office.strip(" .")
        if office:
            attendee.role = attendee.role or (office if is_role(office) or not is_organisation(office) else None)
            attendee.organisation = None if attendee.role == office else office
        attendee.evidence = Evidence(page=line.page, line_start=line.number, line_end=line.number)
        attendees.append(attendee)
    return attendees


def _initialled_rows(found: _AttendanceList) -> list[Attendee] | None:
    """A list printed one "Ann Vale (AV) CHAIR" a line: a name, its initials in brackets, then perhaps the member's
    post (in capitals or not). The initials name no role; the post is the role. None unless every line is so and
    every bracket holds the initials of its own name."""
    rows = _row_texts(found)
    if len(rows) < MIN_ROWS - 1 or any(line.cells is not None for line, _ in rows):
        return None
    read: list[tuple[Line, str, str]] = []
    for line, text in rows:
        row = _INITIALLED_ROW.match(text)
        if row is None or not _initials_of(row.group("name"), row.group("initials")):
            return None
        read.append((line, row.group("name"), (row.group("post") or "").strip()))
    attendees: list[Attendee] = []
    for line, name, post in read:
        attendee = _read_entry(name, status=found.status)
        if attendee is None:
            continue
        if post:
            written = post.title() if post.isupper() else post
            attendee.role = attendee.role or (written if is_role(written) else None)
        if attendee.status == "present" and attendee.role and is_officer_post(attendee.role):
            attendee.status = "in_attendance"  # "Dee Hart (DH) CLERK" under "Present:": an officer
        attendee.evidence = Evidence(page=line.page, line_start=line.number, line_end=line.number)
        attendees.append(attendee)
    return attendees or None


def _initials_of(name: str, initials: str) -> bool:
    """True when `initials` ("AV", "ABV") are the capitals of `name`'s words ("Ann Vale", "Ann Bea Vale"), in order."""
    capitals = "".join(word[0] for word in re.split(r"[\s-]+", name) if word[:1].isupper())
    letters = initials.replace(".", "").upper()
    if len(letters) < 2:
        return False
    # "Cllr Ann Vale (AV)": a title before the name has no letter in the initials; "Ann B. Vale (AV)" may skip one.
    return capitals.endswith(letters) or (letters[0] == capitals[:1] and letters[-1] == capitals[-1:])


def _titled_rows(found: _AttendanceList) -> list[Attendee] | None:
    """A list printed one "Mr. D. Lowe, County Librarian" a line: a titled name, then one post or body after its
    comma (a post no role word names: "Archivist", "Doras Arts Network"), or an untitled name whose post a role
    word names ("Obaid Khan, Supervising Civil Engineer"). None when the lines are not all so."""
    rows = _row_texts(found)
    # Under a label of its own line two rows are a list already ("Staff Present:" / two officers).
    least = MIN_ROWS - 1 if not _after_label(found.lines[0]).strip() else MIN_ROWS
    if len(rows) < least or any(line.cells is not None for line, _ in rows):
        return None
    attendees: list[Attendee] = []
    for line, text in rows:
        name_text, comma, rest = text.partition(",")
        rest = rest.strip(" .")
        title = match_leading_title(name_text.strip())
        if title is None and _UNTITLED_NAME.match(name_text.strip()) and (is_role(rest) or is_organisation(rest)):
            title = ("", name_text.strip(), False)  # "Obaid Khan, Supervising Civil Engineer": the post says it
        if (
            not comma
            or title is None
            or title[2]  # "Councillors A Bree, D Corran": a plural title opens a list, not a row
            or _INITIAL_AND_SURNAME.match(rest)
            or not rest
            or re.search(r"[,;:]", rest)
            or match_leading_title(rest) is not None
            or not rest[:1].isupper()
            or len(rest.split()) > MAX_NAME_WORDS + 1
            or _SENTENCE_VERB.search(rest)
            or len(title[1].split()) > MAX_NAME_WORDS - 1
        ):
            return None
        attendee = _read_entry(name_text, status=found.status)
        if attendee is None:
            return None
        if is_role(rest):
            attendee.role = rest
        else:
            attendee.organisation = rest
        attendee.evidence = Evidence(page=line.page, line_start=line.number, line_end=line.number)
        attendees.append(attendee)
    return attendees


def _read_rows(found: _AttendanceList) -> list[Attendee]:
    attendees: list[Attendee] = []
    for line in found.lines:
        text = (_after_label(line) if line is found.lines[0] else line.text).strip()
        text = without_attendance_note(text)  # "Ann Lee (Clerk) – via Zoom": how she attended is no body of hers
        if not text:
            continue
        text = _from_capitals(text)  # "COUNCILMEMBER BEN TASKER" a row: read in the case names are written in
        inverted = _POST_THEN_BRACKET.match(text)
        if inverted is not None and is_role(inverted.group("post")) and _is_bracketed_person(inverted.group("who")) and (
            _post_before_person(inverted.group("post"), inverted.group("who"))
        ):
            text = f"{inverted.group('who')} ({inverted.group('post')})"  # "Governance Officer (Tania Ellis)"
        name_text, organisation = _split_name_and_organisation(text)
        attendee = _read_entry(name_text, status=found.status)
        if attendee is None:
            continue
        organisation = _body_or_none(organisation) or ""
        if organisation:
            rest, bracket = strip_bracket(organisation)
            if bracket and is_role(bracket):
                # "(Board President, Elmford Water District)": the post, and the body when the bracket names one.
                role, body = split_affiliation(bracket)
                attendee.role = attendee.role or role or bracket
                organisation = rest or (body if body and attendee.role == role else "")
            elif bracket and not rest:
                organisation = bracket  # "Bo Day (County Police)": the body alone, in the brackets a dash line was given
            elif not bracket and is_role(organisation) and not is_organisation(organisation):
                # "Ann Lee - Chair", "Bo Day – Head of Planning, Northvale Council": the post, then its body.
                role, body = split_affiliation(organisation)
                attendee.role = attendee.role or role
                organisation = body or ""
            attendee.organisation = organisation or None
        if attendee.status == "present" and attendee.role and is_officer_post(attendee.role):
            attendee.status = "in_attendance"  # "Dan Ives - Clerk" one a line under "Present:": an officer
        attendee.evidence = Evidence(page=line.page, line_start=line.number, line_end=line.number)
        attendees.append(attendee)
    return attendees


def _body_or_none(organisation: str | None) -> str | None:
    """The organisation a row gives beside a name, or None when it only says the person is of the public
    ("Ann Lee Public", "Ann Lee | Member of the public")."""
    if not organisation or _PUBLIC_COUNT.match(organisation) or re.fullmatch(r"(?i)member of the public", organisation.strip()):
        return None
    return organisation


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
    post = None
    if not title:
        # "Vice Chair Lena Tam": a post written before the name, as a one-a-line roll writes it.
        post, _, named = split_leading_post(rest)
        rest = named if post is not None else rest
    tokens = rest.split()
    taken = 0
    names = 0
    initials_first = False
    while taken < len(tokens) and names < NAME_TOKENS and not tokens[taken].startswith("("):
        token = tokens[taken]
        taken += 1
        if re.fullmatch(r"[A-Z]\.?", token):
            initials_first = initials_first or names == 0
            continue  # initials do not count towards the two names
        if is_particle(token) and (token.islower() or names > 0):
            continue  # nor do particles, in lower case or after a first name ("Ann Van Dyke"; "Di Moss" is a name)
        names += 1
        if initials_first:
            break  # "C Pratt Public", "J. R. Hale Eastshire Water": initials, then the surname alone
    name = " ".join(([title] if title else []) + tokens[:taken])
    organisation = " ".join(tokens[taken:])
    if post is not None:
        organisation = f"{organisation} ({post})".strip()
    return name, organisation


def _opens_with_name(text: str) -> bool:
    """True for "Allan Reed Eden District Council": a first name and surname, then the body they sit for
    (a person of their own, not the body of the person before)."""
    if _DASH.search(text) or "(" in text or ":" in text:
        return False  # "North Seattle College: Lin Ferris" is a body, then its person
    name, rest = _split_name_and_organisation(text)
    words = name.split()
    return (
        bool(rest)
        and len(words) == NAME_TOKENS
        and all(re.fullmatch(r"[A-Z][a-z][\w'’-]*", word) for word in words)
        and not is_organisation(name)
        and not is_role(name)
        and len(rest.split()) >= NAME_TOKENS  # "Eastshire Audit Partnership" is one body, not a name and "Partnership"
        and is_organisation(rest)
        and not is_role(text)
    )


def _ends_on_bare_surnames(text: str) -> bool:
    """True when a list line ends on two surnames alone (", Rowe, Vance"), not on a post ("Director, Economic")."""
    found = _ENDS_ON_BARE_SURNAMES.search(text)
    if found is None:
        return False
    words = re.findall(r"[A-Z][\w'’-]+", found.group(0))
    return not any(is_role(word) or is_organisation(word) or is_title(word) for word in words)


def _drop_brackets(text: str) -> str:
    return re.sub(r"\([^()]*\)", "", text)


def _status_columns(found: _AttendanceList) -> list[tuple[int, AttendanceStatus | None]] | None:
    """For a table whose heading row is one list label a column ("MEMBERS PRESENT | MEMBERS ABSENT |
    OTHERS PRESENT"), each column and the status of its people (None: they did not attend), else None."""
    first = found.lines[0]
    if first.cells is None or len(first.cells) < 2:
        return None
    columns: list[tuple[int, AttendanceStatus | None]] = []
    for position, cell in enumerate(first.cells):
        text = cell.strip().strip("*_").strip()
        if not text:
            continue
        label = match_label(text)
        if label is not None and not text[label.end :].strip():
            columns.append((position, label.label.status))
        elif opening_label(text, sections=("absent", "apologies")) is not None and len(text.split()) <= 3:
            columns.append((position, None))
        else:
            return None
    return columns if len(columns) >= 2 else None


def _read_status_columns(found: _AttendanceList, columns: list[tuple[int, AttendanceStatus | None]]) -> list[Attendee]:
    """Each labelled column of the table read as a list of its own, one cell a line."""
    attendees: list[Attendee] = []
    for position, status in columns:
        if status is None:
            continue  # "MEMBERS ABSENT": no one there attended
        heading = found.lines[0]
        lines = [replace(heading, text=f"{heading.cells[position] if heading.cells else ''}:", cells=None)]
        for line in found.lines[1:]:
            cell = line.cells[position].strip() if line.cells and position < len(line.cells) else ""
            if cell:
                lines.append(replace(line, text=cell, cells=None))
        if len(lines) > 1:
            attendees.extend(_read_list(_AttendanceList(status=status, lines=lines)))
    return attendees


def _mark_columns(header: tuple[str, ...] | None) -> dict[int, str]:
    """The columns of a register's heading row that say how each member attended ("Present", "Apologies")."""
    if header is None:
        return {}
    found: dict[int, str] = {}
    for position, cell in enumerate(header):
        mark = read_attendance_mark(cell)
        if mark is not None and cell.strip().lower() not in ("x", "y", "n", "yes", "no", "✓", "✔"):
            found[position] = mark
    return found


def _read_by_header(cells: list[str], columns: dict[int, str]) -> tuple[str | None, list[str]]:
    """How a register row under a heading of status columns says its member attended ("present", "absent",
    "apologies"), from the column its tick or cross sits in, and the row's other cells."""
    status: str | None = None
    rest: list[str] = []
    for position, cell in enumerate(cells):
        if position not in columns:
            rest.append(cell)
            continue
        mark = read_attendance_mark(cell) if cell else None
        if mark == "present":
            status = status or columns[position]  # "✓" or "X" under "Absent" means absent
        elif mark in ("absent", "apologies") and columns[position] == "present":
            status = status or "absent"  # "No" under "Present"
        elif mark is not None:
            status = status or mark
    return status, rest


def _read_table(found: _AttendanceList) -> list[Attendee]:
    """Rows of name / organisation cells; the label sits in the first cell of the first row."""
    columns = _status_columns(found)
    if columns is not None:
        return _read_status_columns(found, columns)
    attendees: list[Attendee] = []
    header: tuple[str, ...] | None = None
    for line in found.lines:
        if line.cells is not None and is_table_header(line.cells):
            header = line.cells
            continue
        cells = [cell.strip() for cell in (line.cells or (line.text,))]
        by_header = _mark_columns(header) if line.cells is not None and header and len(header) == len(cells) else {}
        if by_header:
            status, cells = _read_by_header(cells, by_header)
            if status != "present":
                continue  # marked absent or with apologies, or not marked at all
            cells = [cell for cell in cells if cell]
            if len(cells) == 1:
                one = replace(line, text=cells[0], cells=None)  # "Ann Lee, Chair": the list reader splits off the post
                attendees.extend(_read_list(_AttendanceList(status=found.status, lines=[one])))
                continue
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
        if len(cells) > 1 and all(match_leading_title(cell) is not None or _is_initialled_name(cell) for cell in cells):
            # A row of people, one a cell (names printed in columns): no organisation column.
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
                attendee.organisation = _body_or_none(attendee.organisation)
            attendee.evidence = Evidence(page=line.page, line_start=line.number, line_end=line.number)
            attendees.append(attendee)
    return attendees


def _is_initialled_name(cell: str) -> bool:
    """True for a cell that is initials and a surname ("N Carswick", "P. J. Okafor (Vice-Chair)"):
    an organisation is never written so, so such a cell beside a name is another person."""
    words = strip_bracket(cell)[0].split()
    if not 2 <= len(words) <= 4 or is_organisation(" ".join(words)):
        return False
    *initials, surname = words
    return all(is_initials(word) for word in initials) and surname[:1].isupper() and surname[1:].islower()


def _is_post_or_body(text: str) -> bool:
    """True for what closes a "Name, Post, Body" line ("Board Secretary", "City of Eastmere (arrived 7:40 p.m.)")."""
    bare = strip_bracket(text)[0].strip()
    return bool(bare) and (is_role(bare) or is_organisation(bare))


def _post_before_person(post: str, bracket: str) -> bool:
    """True for "Director Community Infrastructure (Robert Fish)", "Chief Executive Officer (Dr Clare Allen)": a post
    (its words, past any title it opens with, hold a post or a body's word) before a bracket that holds a person
    and neither a post nor a body."""
    if is_role(bracket) or is_organisation(bracket):
        return False
    found = match_leading_title(post)
    if found is not None and is_role(found[0]) and not _UNTITLED_NAME.match(found[1].strip()):
        return True  # "Group Manager Governance": an office title, then no personal name
    rest = strip_leading_titles(post) or post
    non_person = load_non_person_words().non_person
    return any(is_role(word) or word.lower() in non_person or is_organisation(word) for word in rest.split())


def _is_bracketed_person(bracket: str) -> bool:
    """True when a bracket names a person ("(Pat Jones)"); one word is a department ("(Housing)")."""
    return (
        _looks_like_person(bracket)
        and (len(bracket.split()) >= 2 or match_leading_title(bracket) is not None)
        and not (is_organisation(bracket) and match_leading_title(bracket) is None)  # "(Acme Property Services)"
    )


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
    entry = _BRACKET_LEFT_OPEN.sub("", entry)  # "Trustee Cy Orr (from": the list ended inside its last bracket
    as_post = _AS_POST.match(entry.strip())
    if as_post is not None and is_role(as_post.group("post")):
        entry = f"{as_post.group('name')} ({as_post.group('post')})"  # "Mr L Page as Broadband Representative"
    name_text, bracket = strip_bracket(entry)
    while bracket is not None and name_text.endswith(")"):
        # "Cllr Ann Lee (Leader of the Council) (in the Chair)": the first bracket says who she is.
        name_text, earlier = strip_bracket(name_text)
        if earlier is not None and not (earlier[:1].islower() and not bracket[:1].islower()):
            bracket = earlier
    if bracket is not None and is_attendance_note(bracket):
        bracket = None  # "(Online)", "(arrived 7.10 p.m.)": how they attended, not who they are
    dash = _DASH.search(name_text)
    if dash and bracket is None:
        # "Jane Ash – Democratic Services Officer"
        name_text, bracket = name_text[: dash.start()], name_text[dash.end() :]
    glued = _GLUED_BODY_LETTERS.search(name_text) if bracket is None else None
    if glued is not None:
        # "Jane Ash-AARP": the letters of her body glued to the surname with a hyphen, no second surname
        name_text, bracket = name_text[: glued.start()], glued.group("body")
    if (
        bracket
        and is_role(name_text)
        and _is_bracketed_person(bracket)
        and (
            (match_leading_title(name_text) is None and split_leading_post(name_text)[0] is None)
            or _post_before_person(name_text, bracket)
        )
    ):
        # "Chief Executive (Pat Jones)": the role first, the person in brackets.
        name_text, bracket = bracket, name_text
    name_text = _without_own_initials(name_text)
    if bracket is None and not _DASH.search(name_text) and len(strip_leading_titles(name_text).split()) >= 4:
        # "Cllr Ann Lee Northvale County Council", "Mr Bo Day Footpath Warden" (a one-a-line list run together):
        # the name, then the body or post it would have had in a column of its own.
        name, rest = _split_name_and_organisation(name_text)
        if rest and split_trailing_post(rest) is not None:
            name_text = name  # "Cllr Bo Day Jo Hale Parish Clerk": another person follows, not a post of his
        elif rest and (is_organisation(rest) or is_role(rest)):
            name_text, bracket = name, rest
    if bracket is not None and is_own_initials(bracket, name_text):
        bracket = None  # "Pam Orr (PO)": the initials she is known by in the minutes
    if not _looks_like_person(name_text) or name_text.strip(" .").lower() in load_non_person_words().non_person:
        return None  # "None.", "Carried.": no one
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


def _without_own_initials(name: str) -> str:
    """ "Ann Lee AL" without the trailing initials that repeat the name ("Ann Lee")."""
    words = name.split()
    if len(words) >= 3 and is_own_initials(words[-1], " ".join(words[:-1])):
        return " ".join(words[:-1])
    return name


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
    return not _LOWER_WORD.search(without_particles(remainder))


def _without_first_name_repeats(attendees: list[Attendee]) -> list[Attendee]:
    """Without a later one-word entry that is only the first name of someone listed in full: "Board members present:
    Dana Frost (President)" and, under the election results, "President: Dana" are one person. A one-word
    entry that is someone's surname stays."""
    first_names = {a.name.split()[0].lower() for a in attendees if len(a.name.split()) >= 2}
    surnames = {(a.surname or "").lower() for a in attendees if len(a.name.split()) >= 2}
    return [
        a for a in attendees
        if len(a.name.split()) != 1 or a.name.lower() not in first_names or a.name.lower() in surnames
    ]


def _drop_repeats(attendees: list[Attendee]) -> list[Attendee]:
    seen: set[tuple[str, str | None]] = set()
    kept: list[Attendee] = []
    for attendee in attendees:
        # A full name is one person whatever title each list gives it; a bare "Councillor Lee" keeps its title.
        full = attendee.title is None or not attendee.name.startswith(attendee.title)
        key = (attendee.name.lower(), None if full and len(attendee.name.split()) >= 2 else attendee.title)
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
            before = _TITLE_BEFORE.search(line.text[: spot.start()])
            if _RESIDENT_AFTER.match(line.text[spot.end() :]) or _APPLICANT_AFTER.match(line.text[spot.end() :]):
                continue  # "Tom Lee of Mill Lane asked …", "Sam Orr's application": a resident or an applicant
            if _APPLICANT_BEFORE.search(line.text[: spot.start()]):
                continue  # "Application by Sam Orr for …": the applicant, someone other than the member
            if _opens_on_attendees(line.text[: spot.start()], attendees):
                continue  # "- Bo: Introduce Orr to the landlord": the task's verb before a listed name
            doc = nlp.make_doc(text)
            _read_mention(
                doc, text, matcher, by_key, first_names, affiliations, title_before=before.group("title") if before else None
            )
    for attendee in wanting:
        names = first_names.get(id(attendee), set())
        if _lacks_first_name(attendee) and len(names) == 1:
            attendee.name = f"{next(iter(names))} {attendee.surname}"
        for affiliation in affiliations.get(id(attendee), []):
            role, organisation = split_affiliation(affiliation)
            attendee.organisation = attendee.organisation or organisation
            attendee.role = attendee.role or role


def _opens_on_attendees(before: str, attendees: list[Attendee]) -> bool:
    """True when `before` is an entry's owners and colon ("- Bo and Di: "), each owner a listed person's name or first
    name: what follows is their task."""
    entry = _OWNERS_BEFORE.search(before)
    if entry is None:
        return False
    known = {a.name for a in attendees} | {a.name.split()[0] for a in attendees if a.name.split()}
    owners = [part for part in re.split(OWNER_SEPARATOR, entry.group("owners")) if part]
    return bool(owners) and all(owner in known for owner in owners)


def _read_mention(
    doc: Doc,
    text: str,
    matcher: Matcher,
    by_key: dict[str, list[Attendee]],
    first_names: dict[int, set[str]],
    affiliations: dict[int, list[str]],
    *,
    title_before: str | None = None,
) -> None:
    """Record the first name, and the bracket after it, of a "First Surname" mention at the start of `doc`.

    A mention whose title differs from the listed person's ("Dr Ruth Day" for "Cllr Day") is someone else.
    """
    for match_id, start, end in matcher(doc):
        if start != 0:
            continue
        first = doc[start].text
        if match_leading_title(first + " X") is not None or is_role(first) or _ends_plural_title(first):
            continue  # "Mr Reed", "Inspector Rowe", "(Board) Members Reed": a title, not a first name
        bracket = _BRACKET_AFTER.match(text[doc[end - 1].idx + len(doc[end - 1].text) :])
        for attendee in by_key[doc.vocab.strings[match_id]]:
            if not _first_name_fits(attendee, first) or not _same_title(attendee, title_before):
                continue
            first_names.setdefault(id(attendee), set()).add(first)
            if bracket and not is_own_initials(bracket.group("inner"), f"{first} {attendee.surname}"):
                # "Kerry Colby (KC)": the initials the minutes use for her, no body
                affiliations.setdefault(id(attendee), []).append(bracket.group("inner"))


def _same_title(attendee: Attendee, title_before: str | None) -> bool:
    """True when a mention's title (if any) is the listed person's: "Cllr Tom Lee" may be "Cllr Lee", "Mr Tom Lee"
    is not."""
    if title_before is None:
        return True
    mentioned = parse_person(f"{title_before} Xavier Yale").title
    listed = attendee.title or parse_person(attendee.name).title
    if mentioned is None or listed is None:
        return True
    one, other = mentioned.casefold().rstrip("."), listed.casefold().rstrip(".")
    words = load_title_words()
    # Only a form of address tells two people apart ("Mr Tom Lee", "Dr Ruth Day" for "Cllr Lee"); a post before
    # the name ("Board President Ann Lee" for "Commissioner Lee") may be the same person's.
    addresses = words.male_titles | words.female_titles | {"dr", "doctor", "prof", "professor"}
    return one == other or one not in addresses


def _ends_plural_title(word: str) -> bool:
    """True for the last word of a plural title ("Members" of "Board Members"), never a first name."""
    return word.lower() in {plural.split()[-1].lower() for plural in load_title_words().plurals}


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
