"""Attendance written in other ways than a labelled list of names.

- a sentence: "Board members present were Supervisors A B and C D, Clerk E F.
  Also present were G H and I J." (townships, small boards);
- a roll-call table ("Attendee Name | Title | Status | Arrived"), whole or
  flattened by text extraction into runs of names, titles, statuses and times;
- pieces of a list that need reading before it is split: posts written
  before the person ("Deputy Clerk Ana Birch"), officials written as
  "Post (Mr. X. Name)", surnames told apart by a bracketed initial
  ("Brady (P)").

Each reader works on one document or one list text; `attendance.py` decides
where they apply.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from functools import lru_cache
from importlib import resources

from ..ingest.document import Line, ParsedDocument, top_lines, top_reach
from ..names import load_non_person_words
from ..names.titles import member_plural_pattern
from ..names import (
    HONORIFIC, is_particle, is_title, load_title_words, match_leading_title, name_cased, parse_person, parse_person_name,
    strip_bracket,
)
from .column_headers import load_column_headers
from .names import is_organisation, is_role
from .records import AttendanceStatus, Attendee, Evidence
from .sections import label_words, read_attendance_mark

ROLL_STATUS_WORDS = ("present", "absent", "excused", "attending")
"""What a roll says of each member ("Present", "Absent", "Excused", "Attending"): the one list, read by the roll's list
labels (attendance) and by the owner reader, for which a status set beside a name names no one (actions)."""
SENTENCE_SEARCH_LINES = 60
"""An attendance sentence sits in the opening lines (the call to order)."""
REGISTER_SEARCH_LINES = 80
"""A register table's header row sits near the top."""
TABLE_MAX_LINES = 200
"""A flattened roll-call table never runs longer than this many lines."""
ROSTER_LINES = 40
"""A board's roster ("Chair – Ann Lo, District H") heads the first lines."""
MAX_NAME_TOKENS = 4
"""A name after a post has at most this many words."""

# "Board members present were …", "Also present were …": the sentence opens at a sentence start, or after
# the call to order ("… called the meeting to order at 6:30 pm. In attendance: Supervisors A, B …", "by Chair X.
# Present: Directors A, B and C. Absent: D.", "… to order via teleconference, Board members present were …"), or
# after a capitals heading run into it on a page read as one line ("… ATTENDANCE Present were Mayor A and …");
# "The board members present were …" opens on its article; a club's steering group's "… met in Room 4 on May 8.
# Those attending were A, B and C." names them after the meeting's place and date.
_SENTENCE_OPENER = re.compile(
    # A capital "Also"/"Others"/"Staff"/"Those" after a word opens a sentence whose stop the line end took ("Present: A,
    # B" / "Also present were C, Town Manager; …", "II. Roll Call" / "Those Board members in attendance were …", joined
    # into one paragraph).
    r"(?:^|(?<=[.!?:;,]\s)|(?<=\s[-–—]\s)|(?<=\s--\s)|(?<=(?-i:[A-Z]{3})\s)|(?<=[\w)]\s)(?=(?-i:Also|Others|Staff|Those)\s)"
    # The roll at the end of the sentence that opens the meeting: "The meeting was called to order by President A
    # with the following members present: B, C and D.", "… met in regular session at the Township Hall with the
    # following members present: Trustee B, …".
    r"|(?<=\s)(?=with\s+the\s+following\s))(?P<lead>(?:(?:(?:the|those)\s+)?(?:(?:board|council|committee|commission|town\s+board)\s+)?"
    rf"(?:members|{member_plural_pattern()})\s+(?:present|in\s+attendance|attending)(?:,\s+in\s+addition\s+to\s+the\s+[a-z]+(?:\s+[a-z]+)?,)?\s+were|(?:those\s+)?present\s+were|(?<=[A-Za-z)][.!?]\s)present\s*:"
    r"|(?P<also>(?:also|others)\s+(?:present|in\s+attendance)\s+(?:were|was)|guests\s+were)"
    # "Staff members in attendance were Planning Director A …", "Staff present were …": the officers.
    r"|(?P<staff>(?:(?:the\s+)?(?:city\s+|county\s+|town\s+|council\s+|district\s+)?staff(?:\s+members)?|officials|officers)\s+(?:present|in\s+attendance)\s+(?:were|was|included))"
    r"|(?:those\s+)?in\s+attendance\s+(?:were|are)|(?<=[A-Za-z)][.!?]\s)in\s+attendance\s*:|(?:those\s+)?attending(?:\s+the\s+meeting)?\s+were"
    rf"|the\s+following\s+(?:(?:board\s+)?members\s+|{member_plural_pattern()}\s+)?were\s+(?:present|in\s+attendance)"
    rf"|with\s+the\s+following\s+(?:(?:board\s+)?members\s+|{member_plural_pattern()}\s+)?(?:present|in\s+attendance)(?=\s*:))"
    r"\s*(?::-?|,)?\s+)",
    re.IGNORECASE,
)
# "Commissioners A, B, and C were present.", "Port Manager D was also present.": the list, then the verb.
# A count of the public may follow the verb: "… were in attendance along with 12 audience members".
_WERE_PRESENT = re.compile(
    r"^(?P<list>[A-Z].+?)\s+(?:were|was)\s+(?:all\s+)?(?P<also>also\s+)?(?:present|in\s+attendance)"
    r"(?:,?\s+(?:along\s+)?with\s+(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|several|many|no)\s+[^A-Z]*?)?"
    # How or where they attended: "… were in attendance electronically", "… in Council Chambers", "… via Zoom".
    r"(?:\s+(?:electronically|virtually|remotely|online|in\s+person|(?:in|at|via|by|through)\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+){0,2}))?"
    r"\s*\.?$"
)
# Where one sentence's clauses part: "… were in attendance; Ann Lee was absent.", and a colon before the roll's
# clause: "The roll was taken with the following results: Council Members A, B and C were present."
_CLAUSE_BREAK = re.compile(r"\s*;\s+|:\s+(?=[A-Z])")
# A paragraph that opens the attendance list ("Present: Cllrs A and B. Clerk, Mrs C was present"): its sentences
# closed by "were present" carry the roll on.
_OPENS_WITH_ROLL_LABEL = re.compile(
    r"^(?:[A-Z][\w']*\s+){0,2}(?:present|in\s+attendance|attendance|roll\s+call)\s*[:\-–—]", re.IGNORECASE
)
# A roll written a sentence a line with no full stops ("Cllrs A and B were present" / "Clerk, Mrs C was present"):
# the verb at a line's end closes its sentence even when the next line runs on in the same paragraph.
_VERB_ENDS_LINE = re.compile(r"(?P<verb>\b(?:were|was)\s+(?:(?:all|also)\s+)?(?:present|in\s+attendance))\s+(?=[A-Z])")
_LIST_PIECE = re.compile(r",\s*|\s+and\s+|\s*;\s*")
# A guest or officer given a sentence of their own after the roll: "The Clerk, Jo Pike, was also present.",
# "PC Day was also in attendance.", "Mr Ian Holt (Highways) attended for item 5." Without "also" only a
# sentence that ties the attendance to an item of this meeting counts ("attended the meeting on 6 May" does not).
_GUEST_SENTENCE = re.compile(
    r"^(?P<who>[A-Z].+?)\s+(?:(?:was|were)\s+also\s+(?:present|in\s+attendance)(?:\s+(?:for|at)\b.*)?"
    r"|(?:was|were)\s+(?:present|in\s+attendance)\s+for\s+(?:agenda\s+)?(?:items?\s+\d|minute\s+\d|part\s+of\s+the\s+meeting).*"
    r"|(?:also\s+)?attended(?:\s+the\s+meeting)?\s+for\s+(?:agenda\s+)?(?:items?\s+\d|minute\s+\d|part\s+of\s+the\s+meeting).*"
    # "Adam Orr, Port attorney, attended the initial part of the meeting."
    r"|(?:also\s+)?attended\s+(?:the\s+)?(?:(?:initial|first|early|earlier|latter|last|later|opening)\s+)?part\s+of\s+the\s+meeting.*"
    # "Councillor Jeal attended as a substitute for Councillor Galer.": the substitute attended, the other did not.
    r"|(?:also\s+)?attended(?:\s+the\s+meeting)?\s+as\s+(?:a|an|the)\s+(?:substitute|alternate|replacement)\s+for\s+\S.*)$"
)
# A visitor from an outside body, given a sentence of their own: "Ann Lee from the Elm Park District was in
# attendance.", "Bo Day of Eastshire Water was present." (the body names them a guest; "in" is sometimes left out).
# The sentence may open a section run in after its heading ("REPORTS: Ann Lee from the …").
_GUEST_FROM_BODY = re.compile(
    r"^(?:[A-Z][A-Z &]{2,40}:\s+)?(?P<who>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,3})\s+(?:from|of)\s+(?P<the>the\s+)?"
    r"(?P<body>[A-Z][\w'’&-]*(?:\s+(?:[A-Z][\w'’&-]*|of|and|for))*)\s+(?:was|were)\s+(?:also\s+)?"
    r"(?:present|(?:in\s+)?attendance)\b.*$"
)
# The body after the verb: "Ann Lee was in attendance for Elm Property Management, Inc.", "Bo Day and Cy Orr were
# present from Vale Management." (a managing agent's or an outside body's representatives, named beside the roll).
_PRESENT_FOR_BODY = re.compile(
    r"^(?P<who>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,3}(?:(?:,\s*|,?\s+and\s+)[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,3})*)"
    r"\s+(?:was|were)\s+(?:also\s+)?(?:present|in\s+attendance)\s+"
    r"(?P<via>for|from|representing|on\s+behalf\s+of)\s+(?P<the>the\s+)?(?P<body>[A-Z][\w'’&-]*(?:,?\s+(?:[A-Z][\w'’&.-]*|of|and|for|&))*)\.?$"
)
# A managing agent's firm ("Elm Property Management, Inc."), not a public office named "… of … Management" ("Bureau
# of Land Management"), whose visitor is a guest.
_MANAGING_AGENT = re.compile(r"^(?!.*\bof\b).*\bmanagement\b", re.IGNORECASE)
# "The Chair welcomed those present: A, B and C." (the list after the colon).
_WELCOMED_LIST = re.compile(
    r"\bwelcomed\s+(?:everyone\s+|all\s+)?(?:those\s+(?:present|attending|in\s+attendance)|the\s+following)\s*:\s*(?P<list>[A-Z].+)$"
)
# "X welcomed PC Dan Rook and PCSO Amy Vale from the Police to the meeting.": the people, then their body.
_WELCOMED_GUESTS = re.compile(
    r"\bwelcomed\s+(?P<who>[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|and|&)|,\s+(?=[A-Z]))*?)"
    r"(?:\s+(?:from|of)\s+(?P<body>(?:the\s+)?[A-Z][\w'’&-]*(?:\s+(?:[A-Z][\w'’&-]*|of|and|for))*))?"
    r"(?=\s+(?:to|who|and\s+(?:thanked|invited|introduced))\b|\s*[,.;]|\s*$)"
)
# Who called the meeting to order: "The meeting was called to order at 7:00 pm by President A Lowe",
# "Chair B Marsh called the meeting to order at 6:30 p.m." (the person is read only when a post leads the name).
_CALLED_BY = re.compile(
    r"\b[Mm]eeting\s+was\s+called\s+to\s+order\s+(?:at\s+[\d:.]+\s*(?:[ap]\.?\s*m\.?)?\s+)?by\s+(?:the\s+)?"
    r"(?P<who>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,5})(?=\s+(?:at|on|in|who|and|with)\b|\s*[,.;]|\s*$)",
)
# Who chaired, said in a sentence of its own beside the roll: "The meeting was chaired by Ann Lee.",
# "Cllr Bo Day took the chair.", "Ann Lee chaired the meeting." (the name alone before the verb); the name may
# carry a bracket ("… Chaired by Ann Lee (AL)."); a member's initials ("RW chaired the meeting.") may follow the
# list on the same paragraph.
_CHAIRED_BY = re.compile(
    r"(?:\b(?i:the\s+meeting\s+was\s+chaired\s+by\s+)(?P<by>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})"
    r"|(?:^(?P<who>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})|\b(?P<letters>[A-Z]{2,4}))"
    r"\s+(?i:took\s+the\s+chair|chaired\s+the\s+meeting))(?:\s*\([^()]*\))?\s*\.?$"
)
_CALL_TO_ORDER_HEADING = re.compile(r"^(?:[A-Z0-9]{1,3}[.)]\s*)?call\s+to\s+order\s*[:.\-–]?\s*", re.IGNORECASE)
_CALLS_TO_ORDER = re.compile(
    # "Mayor Penhale called the Meeting to order": the word may be capitalised.
    r"^(?P<who>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,5}),?\s+(?:then\s+)?(?:called\s+the\s+[Mm]eeting\s+to\s+order"
    r"|opened\s+the\s+[Mm]eeting)\b"
)
# A name, then a few lower-case words saying who they are ("Bo Day web heads", "Cy Orr from the county").
# Lower-case words before a capital in a list's piece: a post in running text ("deputy treasurer Bo Day"), or not.
_LOWER_LEAD = re.compile(r"^(?:[a-z][a-z-]*\s+){1,3}(?=[A-Z])")
_NAME_THEN_LOWER = re.compile(r"^(?P<name>(?:[A-Z][\w'’.-]*\s+){1,3}[A-Z][\w'’.-]*)(?:\s+[a-z][a-z-]*){1,3}\.?$")
# "the Clerk, Jo Pike," inside a list: the post and its holder are one person.
_THE_POST_NAME = re.compile(
    r"\b[Tt]he\s+(?P<post>(?:[A-Z][\w-]*\s+){0,3}[A-Z][\w-]*),\s+(?P<name>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,3})"
    r"(?:\s*,)?(?=\s+and\b|\s*$|\s*,)"
)
# A lower-case post run in between two names: "… Dick Dillon treasurer Ray Barnes".
_LOWER_POST_BETWEEN = re.compile(
    r"(?P<before>\b[A-Z][\w'’-]*[a-z])\s+(?P<post>(?:deputy\s+|assistant\s+|vice\s+)?[a-z]{4,})(?=\s+[A-Z][a-z])"
)
# "Elaine Bater, Clerk," inside a list: a full name, then one capitalised post word and a comma or the end.
_NAME_COMMA_POST_PAIRS = re.compile(
    r"(?P<name>\b[A-Z][a-z][\w'’-]*(?:\s+[A-Z]\.?)?\s+[A-Z][\w'’-]+),\s+"
    r"(?P<post>[A-Z][a-z]+(?:\s+(?:(?:of|for|to|the)\s+)?[A-Z][a-z]+){0,3})(?=\s*[,;]|\s*$)"
)
# An association's board written post first, each pair closed by a semicolon: "Present were President, Ann Lee;
# Vice-President, Bo Day; Member at Large, Cy Fox Hart; and Secretary, Di Moss." The post, its comma, then its holder.
_POST_COMMA_NAME_PAIRS = re.compile(
    r"(?:^|(?<=;\s)|(?<=;\sand\s)|(?<=\sand\s))(?P<post>[A-Z][\w-]*(?:\s+(?:at\s+)?[A-Z][\w-]*){0,2}),\s+"
    r"(?P<name>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){1,3})(?=\s*(?:;|,?\s+and\s|,\s*(?:via|by)\s|[.,]?\s*$))"
)
# "Jo Pike, Parish Clerk": a name, then the post after a comma.
_NAME_COMMA_POST = re.compile(
    r"^(?P<name>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,3}),\s+(?:the\s+)?(?P<post>[A-Z][\w -]{1,40}?)\s*,?$"
)
# "Mayor Lee, Presiding": a note of who chaired after the name.
_CHAIRING = re.compile(r"^(?:presiding|chairing|in\s+the\s+chair)\.?$", re.IGNORECASE)
# A heading over the roll: "COMMISSIONERS AND STAFF PRESENT", "Roll Call", "Attendance".
_ROLL_HEADING = re.compile(r"\b(?:present|attendance|attending|roll\s+call)\b", re.IGNORECASE)
# Posts held by officers rather than members of the body.
_OFFICER_POST = re.compile(
    r"\b(?:clerks?|treasurers?|managers?|administrators?|attorneys?|counsel|engineers?|planners?|officers?|"
    r"foreman|superintendents?|assistants?|staff|auditors?|solicitors?)\b",
    re.IGNORECASE,
)
# Officers' posts in a members' list; a community council's own Treasurer or Secretary is a member.
_OFFICER_IN_LIST = re.compile(
    r"\b(?:clerk|managers?|administrator|attorney|counsel|engineer|planner|officer|foreman|executive|"
    r"director\s+(?:of|for)\b|director\s*,|head\s+of|auditor|solicitor)",
    re.IGNORECASE,
)
# Words that open a post rather than a name ("Senior Human Resources Analyst").
_POST_MODIFIERS = {"senior", "junior", "principal", "acting", "interim", "chief", "deputy", "assistant", "associate",
                   "general", "city", "town", "county", "district", "regional", "human", "public", "legal"}
SHORT_TITLE = 5
"""Letters of a title written short, whose full stop ends no sentence ("Mr.", "Supt.", "Cllr.")."""
_INITIAL_STOP = re.compile(r"\.(?=\s|$)")
_NAME_TOKEN = re.compile(r"^(?:[A-Z][\w'’.-]*|(?:O|D|Ó|Mac|Mc)['’]?[A-Z][\w'’-]*|[A-Z]\.(?:[A-Z]\.)*)$")
# Two to four capitals alone ("CC", "SBC", "A&B"): a body's or a person's letters, never a name of its own.
BODY_LETTERS = re.compile(r"^[A-Z][A-Z&]{1,3}$")

# Roll-call tables: what each flattened line holds (the column headings are data/column_headers.toml's).
_TIME = re.compile(r"^\d{1,2}:\d{2}\s*[AaPp]\.?\s*[Mm]\.?$")
_STATUS = re.compile(r"^(?P<status>present|absent|remote|late|excused|arrived\s+late|left\s+early)$", re.IGNORECASE)
_ATTENDED = {"present", "remote", "late", "arrived late", "left early"}
_ROSTER = re.compile(r"^(?P<post>[A-Z][A-Za-z ]{1,40}?)\s+[–—-]\s+(?P<name>[A-Z][^,]+?)(?:,|$)")

# "Chief Executive (Mr. C. Ward)": the post, then the person in brackets with an honorific.
# The post may carry a bracket of its own ("A/Director of Services (Finance, HR) (Mr. S. Coyle)"), and "Messrs."
# gives one post to two people ("Executive Engineers (Messrs. J. Lyons and J. Shee)").
_INVERTED = re.compile(
    r"(?P<post>(?:[^()]|\((?!(?:Mr|Ms|Mrs|Miss|Mx|Dr|Messrs)\.?\s)[^()]*\))+?)\s*"
    r"\((?P<title>Mr|Ms|Mrs|Miss|Mx|Dr|Messrs)\.?\s+(?P<name>[^()]+?)\)\s*(?:,|;|\band\b|\.|$)"
)
# The "(Mr. C. Ward)" bracket that ends an _INVERTED entry, and what must follow it for the entry to end there.
_TITLE_BRACKET = re.compile(r"\((?:Mr|Ms|Mrs|Miss|Mx|Dr|Messrs)\.?\s+[^()]+?\)")
_ENTRY_CLOSE = re.compile(r"\s*(?:,|;|\band\b|\.|$)")
_MESSRS_SPLIT = re.compile(r"\s*,\s*|\s+(?:and|&)\s+")
# "Brady (P)": one capital in brackets tells two members with one surname apart.
_DISAMBIGUATED = re.compile(r"(?<![\w.])(?P<surname>[A-ZÓÁÉÍÚ][\w'’-]+)\s*\((?P<initial>[A-Z])\)")
# How someone attended, in a bracket after the name: neither role nor organisation.
_ATTENDANCE_NOTE = re.compile(
    r"^(?:online|remote(?:ly)?|virtual(?:ly)?|in\s+person|by\s+\w+|via\s+.+|late|arrived.*|left.*|"
    r"part(?:\s+of\s+(?:the\s+)?meeting)?|from\s+item.*|until\s+item.*)$",
    re.IGNORECASE,
)
# Where such a note may close an entry: after a dash ("Bo Day (Clerk) – via Zoom"), in a bracket of its own ("Bo Day
# (Clerk) (online)", "Orr - Present (arrived 7:15 p.m.)"), or after a comma inside the post's ("(Clerk, remote)").
_NOTE_AFTER_DASH = re.compile(r"\s+(?:--|[-–—])\s+(?P<note>[^-–—()]+?)[\s.]*$")
_NOTE_AFTER_BRACKET = re.compile(r"\s*\((?P<note>[^()]+)\)[\s.]*$")
_NOTE_IN_BRACKET = re.compile(r"\s*,\s*(?P<note>[^,()]+?)\s*(?=\)[\s.]*$)")


def sentence_attendees(document: ParsedDocument) -> list[Attendee]:
    """People named by "Board members present were …" / "Also present were …" sentences near the top."""
    found: list[Attendee] = []
    seen_kinds: set[str] = set()
    for line, text in _paragraphs(top_lines(document.lines, SENTENCE_SEARCH_LINES)):
        for opener in _SENTENCE_OPENER.finditer(text):
            staff = opener.group("staff") is not None
            also = opener.group("also") is not None
            kind = "staff" if staff else "also" if also else "members"
            if kind in seen_kinds:
                continue
            listed = _sentence_span(text[opener.end() :])
            people = read_sentence_list(listed, also=also or staff)
            if not people:
                continue
            seen_kinds.add(kind)
            for person in people:
                person.evidence = Evidence(page=line.page, line_start=line.number, line_end=line.number)
                if staff:
                    person.status = "in_attendance"
            found.extend(people)
    return found


def were_present_attendees(document: ParsedDocument) -> list[Attendee]:
    """People named by sentences that close on the verb: "Commissioners A, B and C were present."

    Small US boards write the roll this way, often under a "… PRESENT" heading, with
    one sentence for the members and others for the staff ("Port Manager D E was
    present.") and for the absent ("Commissioner F was absent.", never read). A
    paragraph is read when a heading above it names the roll ("Commissioners and Staff
    Present", "Roll Call", "Attendance") or one of its sentences opens with a plural
    title or post ("Commissioners", "Trustees", "Board members"); a lone "Ann Lee was
    present." in the discussion is neither.
    """
    found: list[Attendee] = []
    heading = ""
    top = top_lines(document.lines, SENTENCE_SEARCH_LINES)
    labelled = [
        re.sub(r"\s+", " ", line.text.strip().strip("*_").strip())
        for line in top
        if _OPENS_WITH_ROLL_LABEL.match(line.text.strip())
    ]
    for line, text, above in _paragraphs_under_headings(top):
        heading = above or heading
        text = _VERB_ENDS_LINE.sub(lambda m: f"{m.group('verb')}. ", text)
        clauses = [clause for part in _sentences(_HEADING_RUN_IN.sub("", text)) for clause in _CLAUSE_BREAK.split(part)]
        sentences = [match for match in (_WERE_PRESENT.match(part) for part in clauses) if match]
        if not sentences:
            continue
        by_label = any(label in text for label in labelled)
        lists = [_surnames_from_capitals(match.group("list")) for match in sentences]
        roll = bool(_ROLL_HEADING.search(heading)) or bool(_ROLL_TAKEN.search(text)) or any(
            _opens_with_plural(_first_piece(listed)) or _posts_in_list(listed) > 1 or _offices_in_list(listed) > 1
            for listed in lists
        )
        if not roll and not by_label:
            continue
        for match, listed in zip(sentences, lists):
            if not roll and match.group("also") is not None:
                continue  # "Mrs Una Vale, Parish Clerk, was also present.": a guest's sentence, read on its own
            first = _first_piece(listed)
            if match_leading_title(first) is None and split_leading_post(first)[0] is None and not (
                is_role(first) and first[:1].isupper() and not first.lower().startswith("the ")
            ):
                if roll and _UNTITLED_FULL_NAME.match(first) and not any(is_title(word) for word in first.split()):
                    # Under the roll's heading: "Greg Orr and Al Day, Orr Construction, and Bo Lee, were present.": guests.
                    guests = read_named_pieces(listed)
                    for person in guests:
                        person.evidence = Evidence(page=line.page, line_start=line.number, line_end=line.number)
                    found.extend(guests)
                continue  # "The minutes were present…": a sentence with no post or title first
            people = read_sentence_list(listed, also=match.group("also") is not None)
            for person in people:
                person.evidence = Evidence(page=line.page, line_start=line.number, line_end=line.number)
            found.extend(people)
    return found


# The paragraph says the roll was taken: "… and the roll was taken with the following results: …", "The Clerk called
# the roll: …"; its sentences closed by "were present" are the roll.
_ROLL_TAKEN = re.compile(r"\broll\s+was\s+(?:taken|called)\b|\bcalled\s+the\s+roll\b", re.IGNORECASE)
# A capitals heading the page's text runs into the roll's paragraph: "CALL TO ORDER Councilmembers A, B and C were
# present." (the heading is no part of the sentence).
_HEADING_RUN_IN = re.compile(r"^(?:[A-Z0-9]{2,}[.:]?\s+){1,5}(?=[A-Z][a-z])")
# A surname printed in capitals in a roll sentence: "Council Members ORR, LEE and MCKAY were present."
_CAPITALS_SURNAME = re.compile(r"\b[A-Z][A-Z'’-]{2,}\b")
CAPITALS_SURNAMES = 2


def _surnames_from_capitals(listed: str) -> str:
    """A roll sentence's surnames printed in capitals ("Council Members ORR, LEE and MCKAY") written as names are
    ("Orr, Lee and Mckay"), when two or more are so printed; a body's letters beside one name stay as they are."""
    if len(_CAPITALS_SURNAME.findall(listed)) < CAPITALS_SURNAMES:
        return listed
    return _CAPITALS_SURNAME.sub(lambda m: name_cased(m.group(0)), listed)


def _visitor_names_body(visitor: re.Match[str]) -> bool:
    """True when a visitor's sentence names the body they came from: an organisation's words, or any name after "the"
    save after "for", where "the" may name the part of the meeting they came for ("present for the Closed Session")."""
    if is_organisation(visitor.group("body")):
        return True
    return bool(visitor.group("the")) and visitor.groupdict().get("via") != "for"


def guest_sentence_attendees(document: ParsedDocument) -> list[Attendee]:
    """Officers and guests given a sentence of their own near the top: "The Clerk, Jo Pike, was also present."

    See `_GUEST_SENTENCE`; the people must be written as names, with a title or post
    or as two or more capitalised words. An officer's post makes them in attendance,
    anyone else is also present.
    """
    found: list[Attendee] = []
    for line, text in _paragraphs(top_lines(document.lines, SENTENCE_SEARCH_LINES)):
        for sentence in _sentences(text):
            match = _GUEST_SENTENCE.match(sentence)
            visitor = (_GUEST_FROM_BODY.match(sentence) or _PRESENT_FOR_BODY.match(sentence)) if match is None else None
            subject = match or visitor
            if subject is None:
                continue
            for person in _read_guests(subject.group("who")):
                if visitor is not None and _visitor_names_body(visitor):
                    person.organisation = person.organisation or visitor.group("body")
                    if _MANAGING_AGENT.search(visitor.group("body")):
                        person.status = "in_attendance"  # the managing agent's representative serves the board
                elif visitor is not None:
                    continue  # "Ann Lee of Mill Lane was present": a resident, not a body's visitor
                person.evidence = Evidence(page=line.page, line_start=line.number, line_end=line.number)
                found.append(person)
    return found


# The public's line naming who came, in sentences closed by a verb: "Members of the Public and Media: Jon Hale, designer.
# No other member of the public was present.", "Public present: Ann Lee and Bo Day attended." A count ("Public: 3") or
# "None" names no one.
_PUBLIC_NAMED = re.compile(
    r"^\s*(?:" + label_words(sections=("public",)) + r")(?:\s+(?:and|&)\s+(?:the\s+)?(?:media|press|public))?"
    r"\s*[:\-–—]\s*(?P<rest>[A-Z].+)$",
    re.IGNORECASE,
)
# A sentence of the public's line that names no one: "No other member of the public was present.", "The media did not
# attend.", "There were 4 residents."
_NAMES_NO_ONE = re.compile(
    r"^(?:no|none|nil|nobody|there|the|a|an|\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
    r"|several|some|many|few)\b|\bnot\s+(?:attend|present)",
    re.IGNORECASE,
)
# The verb closing a sentence of the public's line, and all after it: "… was present.", "… also attended the meeting."
_ATTENDED_VERB = re.compile(
    r"\s+(?:(?:was|were)\s+(?:also\s+)?(?:present|in\s+attendance)|(?:also\s+)?attended)\b(?P<tail>.*)$", re.IGNORECASE
)
# What may follow the verb when it closes the sentence: "… attended.", "… attended the meeting." (not "attended regarding
# speeding", which goes on to tell why).
_VERB_CLOSES = re.compile(r"\s*(?:(?:the|this)\s+meeting)?\s*", re.IGNORECASE)
# A lower-case piece that tells about the name before it: "designer", "the Port's attorney", "reporter for the Gazette".
_DESCRIPTOR = re.compile(r"^(?:(?:the|a|an)\s+)?[a-z][\w'’]*(?:\s+[\w'’.-]+){0,4}$")
_CAPITALISED = re.compile(r"^[A-Z][\w'’.-]*$")
# A person's first name and surname, nothing else: "Greg Orr", "Ann B. Lee".
_UNTITLED_FULL_NAME = re.compile(r"^[A-Z][a-z][\w'’-]*(?:\s+[A-Z]\.)?\s+[A-Z][\w'’-]+$")
_FROM_BODY = re.compile(r"^(?P<who>.+?)\s+(?:from|of|representing)\s+(?:the\s+)?(?P<body>[A-Z].*)$")


def public_line_attendees(document: ParsedDocument) -> list[Attendee]:
    """People the public's line of the roll names, also present: "Members of the Public and Media: Jon Hale, the
    Port's designer, was present. The media did not attend."

    Each sentence is read for its names (`read_named_pieces`).
    """
    found: list[Attendee] = []
    for line in top_lines(document.lines, SENTENCE_SEARCH_LINES):
        named = _PUBLIC_NAMED.match(line.text.strip().strip("*_").replace("**", "").replace("__", ""))
        if named is None:
            continue
        for sentence in _sentences(named.group("rest")):
            if _NAMES_NO_ONE.search(sentence):
                continue
            verb = _ATTENDED_VERB.search(sentence.rstrip(" ."))
            listed = sentence.rstrip(" .")[: verb.start()] if verb else sentence.rstrip(" .")
            if not (verb and _VERB_CLOSES.fullmatch(verb.group("tail"))) and not _only_names(listed):
                continue  # residents' prose: "Jon Hale and Mary Voss complained about potholes on Elm Street."
            for person in read_named_pieces(listed):
                person.evidence = Evidence(page=line.page, line_start=line.number, line_end=line.number)
                found.append(person)
    return found


def _only_names(listed: str) -> bool:
    """Whether each comma piece of a public's sentence is a name ("Jon Hale", "Sam Frith from the Gazette") or a
    lower-case descriptor of the one before ("designer")."""
    for piece in (re.sub(r"^(?:and|&)\s+", "", piece.strip()) for piece in re.split(r",\s*|\s+and\s+|\s*;\s*", listed)):
        body = _FROM_BODY.match(piece)
        words = (body.group("who") if body else piece).split()
        if piece and not _DESCRIPTOR.match(piece) and not all(_CAPITALISED.match(word) for word in words):
            return False
    return True


def read_named_pieces(listed: str, *, status: AttendanceStatus = "also_present") -> list[Attendee]:
    """The people a list of guests names, each piece read for its name: a piece is a person when it ends on two or
    more capitalised words ("Garden Club members Ann Lee" gives Ann Lee); a piece in lower case ("the Port's
    designer", "reporter for the Gazette") tells about the one before; a body after a name ("Ann Lee, Eastshire
    Water") is her organisation, as is one after "from" ("Sam Frith from the Harbour Gazette")."""
    found: list[Attendee] = []
    last: Attendee | None = None
    for piece in (re.sub(r"^(?:and|&)\s+", "", piece.strip()) for piece in re.split(r",\s*|\s+and\s+|\s*;\s*", listed)):
        if not piece or not piece[:1].isupper() or piece.lower().startswith(("the ", "a ", "an ")):
            continue  # "the Port's attorney", "reporter for the Gazette": about the one before
        if last is not None and is_organisation(piece):
            last.organisation = last.organisation or piece
            continue
        body = _FROM_BODY.match(piece)  # "Reporter Sam Frith from the Harbour Gazette"
        words = (body.group("who") if body else piece).split()
        start = len(words)
        while start > 0 and _CAPITALISED.match(words[start - 1]):
            start -= 1
        name = " ".join(words[start:])
        if len(words) - start < 2 or is_organisation(name):
            last = None
            continue
        post, _plural, name = split_leading_post(name)  # "Reporter Sam Frith"
        person = parse_person(name)
        last = Attendee(
            name=person.name, surname=person.surname, title=person.title, role=post, status=status,
            organisation=body.group("body") if body else None,
        )
        found.append(last)
    return found


def welcome_attendees(document: ParsedDocument) -> list[Attendee]:
    """People the chair's welcome names near the top: "The Chair welcomed those present: A, B and C.",
    "Cllr Lee welcomed PC Dan Rook and PCSO Amy Vale from the Police."

    Each person named in a welcome must carry a title or a post ("PC", "Dr", "Clerk"), so "welcomed
    the new footbridge" and "welcomed Members to the meeting" name no one; the "those present:" form
    reads its list whole. Guests are also present, officers in attendance.
    """
    found: list[Attendee] = []
    for line, text in _paragraphs(top_lines(document.lines, SENTENCE_SEARCH_LINES)):
        for sentence in _sentences(text):
            listed = _WELCOMED_LIST.search(sentence)
            if listed is not None:
                people = read_sentence_list(listed.group("list").strip(" ."), also=False)
            else:
                guests = _WELCOMED_GUESTS.search(sentence)
                if guests is None:
                    continue
                people = read_sentence_list(guests.group("who"), also=True)
                if not people or any(person.title is None and person.role is None for person in people):
                    continue
                for person in people:
                    if guests.group("body") and person.organisation is None:
                        person.organisation = re.sub(r"^the\s+", "", guests.group("body").strip())
            for person in people:
                if person.role is not None and is_officer_post(person.role):
                    person.status = "in_attendance"
                person.evidence = Evidence(page=line.page, line_start=line.number, line_end=line.number)
                found.append(person)
    return found


# Who took the minutes, named on a line of its own or a cell near the top: "Clerked by<TAB>Jo Pike", "Minute taker: Jo
# Pike", "Minutes taken by Mrs J Pike", "Clerk to the Governors: Jo Pike".
_TOOK_MINUTES = re.compile(
    r"(?:\b(?P<clerked>clerked|minuted)\s+by|\bminutes\s+(?:were\s+)?(?:taken|recorded)\s+by|\bminute[- ]?taker"
    r"|\bclerk\s+to\s+the\s+(?:governors|governing\s+body|board|trustees|directors))\s*[:\-–]?\s*"
    rf"(?P<name>(?:{HONORIFIC}\.?\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’-]+){{0,2}})(?=\s*(?:$|[\t,;.(]|\s{{2}}))",
    re.IGNORECASE,
)


def minute_taker_attendees(document: ParsedDocument) -> list[Attendee]:
    """The clerk or minute taker a line near the top names ("Chaired by Ann Lee<TAB>Clerked by Jo Pike"), in
    attendance; the reader keeps those a list already names."""
    for line in top_lines(document.lines, SENTENCE_SEARCH_LINES):
        text = "\t".join(line.cells) if line.cells is not None else line.text
        found = _TOOK_MINUTES.search(text)
        if found is None or not found.group("name")[:1].isupper():
            continue
        person = parse_person(found.group("name"))
        if person.surname is None or is_role(person.name) or is_organisation(person.name):
            continue
        return [Attendee(name=person.name, surname=person.surname, title=person.title,
                         role="Clerk" if found.group("clerked") or "clerk" in found.group(0).lower() else "Minute Taker",
                         status="in_attendance",
                         evidence=Evidence(page=line.page, line_start=line.number, line_end=line.number))]
    return []


# Attendance said in passing by the sentence that opens the meeting:
#   "The landscape committee (Ann Lee, Bo Day and Cy Fox) met at 4 p.m." - the body's members in a bracket;
#   "… called to order by Chair Ann Lee with Directors Bo Day and Cy Fox present." - those present "with" the caller;
#   "Ann Lee-President, Bo Day-Secretary and Cy Fox-Treasurer presiding." - the officers who presided.
_BODY_MET = re.compile(
    r"^(?:the\s+)?(?:[A-Za-z]+\s+){0,4}?(?:committee|board|council|commission|group|trustees|directors|members)\s*"
    r"\((?P<list>[^()]{5,300})\)\s+(?:met|convened|gathered)\b",
    re.IGNORECASE,
)
_WITH_PRESENT = re.compile(
    r"\bwith\s+(?P<list>[A-Z][\w'’.-]*(?:(?:\s+|,\s*|\s+and\s+|,\s+and\s+)[A-Z][\w'’.-]*)+)\s+(?:also\s+)?"
    r"(?:present|in\s+attendance|attending)\b"
)
_PRESIDING = re.compile(r"^(?P<list>[A-Z][^.;:]{3,300}?)\s+presiding\s*\.?$")
# "… met in regular session with Chair Penhale presiding; also present were …", "with Mayor Ann Lee presiding.":
# the one who chaired, titled.
_WITH_PRESIDING = re.compile(r"\bwith\s+(?P<list>(?:[A-Z][\w'’.-]*\s+){1,4}[A-Z][\w'’.-]*)\s+presiding\b")
_NAME_DASH_POST = re.compile(r"(?P<name>[A-Z][\w'’]+(?:\s+[A-Z][\w'’]+)+)\s*[-–]\s*(?P<post>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\b")


def opening_sentence_attendees(document: ParsedDocument) -> list[Attendee]:
    """People the opening sentences name in passing: a body's members in a bracket ("The committee (A, B and C)
    met …"), those present "with" the chair who called the meeting to order, the officers "presiding". Each must
    be written as a name (two or more capitalised words, or a title and a surname); the meeting's guests and
    business are read elsewhere."""
    for line, text in _paragraphs(top_lines(document.lines, SENTENCE_SEARCH_LINES)):
        for sentence in _sentences(text):
            found = (
                _BODY_MET.match(sentence) or _WITH_PRESENT.search(sentence) or _WITH_PRESIDING.search(sentence)
                or _PRESIDING.match(sentence)
            )
            if found is None:
                continue
            listed = _NAME_DASH_POST.sub(
                lambda m: f"{m.group('post')} {m.group('name')}" if is_role(m.group("post")) else m.group(0),
                found.group("list"),
            )
            people = [
                person for person in read_sentence_list(listed, also=False)
                if person.surname and (len(person.name.split()) >= 2 or person.title or person.role)
                and not is_organisation(person.name)
            ]
            if found.re is _WITH_PRESIDING and not all(person.title or person.role for person in people):
                continue  # "with Ann Lee presiding" names her, but only a title or post makes her the chair surely
            if len(people) < 2 and found.re not in (_WITH_PRESENT, _WITH_PRESIDING):
                continue  # "The board (as trustee) met": one word in a bracket is no roll
            for person in people:
                person.evidence = Evidence(page=line.page, line_start=line.number, line_end=line.number)
            if people:
                return people
    return []


def called_to_order_attendees(document: ParsedDocument) -> list[Attendee]:
    """The presiding officer named in the call to order: "Chair B Marsh called the meeting to order", "… was called
    to order at 7 pm by President A Lowe".

    Only a person whose post is written before the name counts ("Chair", "President", "Mayor"), so "Jo Hale called
    the meeting to order" adds no one; the caller keeps those another list already names.
    """
    for line, text in _paragraphs(top_lines(document.lines, SENTENCE_SEARCH_LINES)):
        for sentence in _sentences(text):
            opening = _CALL_TO_ORDER_HEADING.sub("", sentence)  # "Call to Order Chair B Marsh called …": a heading run in
            called = _CALLED_BY.search(opening) or _CALLS_TO_ORDER.match(opening)
            if called is None:
                continue
            people = read_sentence_list(called.group("who"), also=False)
            if len(people) != 1 or people[0].role is None or is_organisation(people[0].name):
                continue
            person = people[0]
            if person.role is not None and is_officer_post(person.role):
                person.status = "in_attendance"
            person.evidence = Evidence(page=line.page, line_start=line.number, line_end=line.number)
            return [person]
    return []


def chair_named(document: ParsedDocument) -> str | None:
    """Who chaired as written, when a sentence near the top says it: "The Meeting was Chaired by Ann Lee." gives
    "Ann Lee", "RW chaired the meeting." gives "RW" (a member's initials)."""
    for _, text in _paragraphs(top_lines(document.lines, SENTENCE_SEARCH_LINES)):
        for sentence in _sentences(text):
            who = chaired_by(sentence)
            if who is not None:
                return who
    return None


def chaired_by(sentence: str) -> str | None:
    """Who one sentence says chaired, as written ("The meeting was chaired by Cllr Ann Lee." gives "Cllr Ann Lee",
    "RW took the chair." gives "RW"); None when it says no such thing or names a post or a body."""
    found = _CHAIRED_BY.search(sentence)  # a list line may run into "The Meeting was Chaired by …"
    if found is None:
        return None
    who = found.group("by") or found.group("who") or found.group("letters")
    return None if is_role(who) or is_organisation(who) else who


def chairs_named_in(text: str) -> list[str]:
    """Everyone the sentences of a whole text say chaired, as `chaired_by` reads each one."""
    found: list[str] = []
    for paragraph in re.split(r"\n[ \t]*\n", text):
        for sentence in _sentences(re.sub(r"\s+", " ", paragraph.replace("*", "").replace("_", " "))):
            who = chaired_by(sentence)
            if who is not None:
                found.append(who)
    return found


def _read_guests(who: str) -> list[Attendee]:
    """The people of a guest sentence's subject: "The Clerk, Jo Pike", "Jo Pike, Clerk", "Mr I Holt (Highways)"."""
    who = re.sub(r"^(?:also\s+)?", "", who.strip(" ,"))
    the_post = _THE_POST_NAME.fullmatch(who)
    if the_post is not None and is_role(the_post.group("post")):
        who = f"{the_post.group('post')} {the_post.group('name')}"
    name_post = _NAME_COMMA_POST.match(who)
    post_after: str | None = None
    if name_post is not None and is_role(name_post.group("post")):
        who, post_after = name_post.group("name"), name_post.group("post")
    who, bracket = strip_bracket(who)
    if re.search(r"\b(?:the|a|an|of|who|which|that)\b", who):
        return []  # "The owners of the land", "A member of the public": no one named
    people = read_sentence_list(who, also=True)
    non_person = load_non_person_words().non_person
    if not people or any(
        # "Clerk Varley": a post written before a surname names one person, as a title does.
        (person.title is None and person.role is None and len(person.name.split()) < 2)
        or is_organisation(person.name)
        or any(word.lower() in non_person for word in person.name.split())
        for person in people
    ):
        return []  # "Mr A Bee Chairman Eastshire Police Authority and …": an organisation read as a name
    for person in people:
        post = post_after or person.role or (bracket if bracket and is_role(bracket) else None)
        if post is not None:
            person.role = post
            if is_officer_post(post):
                person.status = "in_attendance"
        elif bracket and len(people) == 1 and not is_attendance_note(bracket):
            person.organisation = bracket
    return people


def _first_piece(listed: str) -> str:
    """The first person of a list ("Chair Ann Lee" of "Chair Ann Lee, Supervisors Bo Day and Cy Orr")."""
    return _LIST_PIECE.split(listed, maxsplit=1)[0]


def _posts_in_list(listed: str) -> int:
    """How many pieces of a list open with a post, the first among them: "Chair A B, Supervisors C D and E F,
    Clerk G H" has 3; "Mr A B Chairman of X and Inspector C" none (a title is no post)."""
    pieces = [piece.strip() for piece in _LIST_PIECE.split(listed) if piece.strip()]
    posts = [split_leading_post(piece)[0] is not None for piece in pieces]
    return sum(posts) if posts and posts[0] and match_leading_title(pieces[0]) is None else 0


def _offices_in_list(listed: str) -> int:
    """How many pieces of a list open with an office, as a post or as a title that is one: "Supervisor V Pogue,
    Clerk J Ramsfield, Treasurer C Yelk" has 3; "Mr A B and Mrs C D" none (an honorific holds no office)."""
    count = 0
    for piece in (piece.strip() for piece in _LIST_PIECE.split(listed)):
        found = match_leading_title(piece) if piece else None
        if found is not None and is_role(found[0]):
            count += 1  # "Supervisor V Pogue"
        elif found is None and split_leading_post(piece)[0] is not None:
            count += 1  # "Town Clerk Jo Hale"; "Mr Ole Ward Chairman …" opens with an honorific, no office
    return count


def _opens_with_plural(text: str) -> bool:
    found = match_leading_title(text)
    if found is not None:
        return found[2]
    return split_leading_post(text)[1]


def _sentences(text: str) -> list[str]:
    """`text` cut at the full stops that end sentences (not those after an initial or a title)."""
    parts: list[str] = []
    rest = text.strip()
    while rest:
        sentence = _sentence_span(rest)
        parts.append(sentence.strip())
        rest = rest[len(sentence) + 1 :].strip()
    return parts


def _paragraphs_under_headings(lines: list[Line]) -> list[tuple[Line, str, str]]:
    """Paragraphs as `_paragraphs` gives them, each with the heading just above it ("" when none)."""
    found: list[tuple[Line, str, str]] = []
    heading = ""
    for line, text in _paragraphs(lines):
        before = [earlier for earlier in lines if earlier.number < line.number and not earlier.is_blank]
        above = before[-1] if before else None
        heading = above.text.strip().strip("*_#").strip() if above is not None and above.is_heading else ""
        found.append((line, text, heading))
    return found


def _paragraphs(lines: list[Line]) -> list[tuple[Line, str]]:
    """Runs of text lines joined into paragraphs (a sentence may wrap: "Board" / "members present were …")."""
    paragraphs: list[tuple[Line, str]] = []
    current: list[Line] = []
    for line in [*lines, None]:
        if line is None or line.is_blank or line.is_heading or line.cells is not None:
            if current:
                text = " ".join(part.text.strip().strip("*_").strip() for part in current)
                paragraphs.append((current[0], re.sub(r"\s+", " ", text)))
            current = []
            continue
        current.append(line)
    return paragraphs


def _sentence_span(text: str) -> str:
    """The text up to the full stop that ends the sentence (not one after an initial or a title)."""
    for stop in _INITIAL_STOP.finditer(text):
        before = text[: stop.start()].split()
        last = before[-1] if before else ""
        if re.fullmatch(r"(?:[A-Z]\.?)+", last.rstrip(".")) and len(last.rstrip(".").replace(".", "")) <= 2:
            continue
        if match_leading_title(f"{last} X") is not None and last[:1].isupper() and len(last) <= SHORT_TITLE:
            continue  # "Mr. Ron Pratt": the stop closes a title ("… Luick, Trustee. Don …" ends a sentence)
        return text[: stop.start()]
    return text


# An honorific run into the surname with no space after its stop: "Mr.Hale", "Mrs.Vale".
_GLUED_HONORIFIC = re.compile(r"\b(?P<title>Mr|Mrs|Ms|Dr)\.(?=[A-Z][a-z])")


def read_sentence_list(text: str, *, also: bool) -> list[Attendee]:
    """Read "Supervisors A B, C D, Town Clerks E F and G H and Treasurer I J" into people with their posts."""
    people: list[Attendee] = []
    shared_post: str | None = None
    shared_title: str | None = None
    text = _GLUED_HONORIFIC.sub(r"\g<title>. ", text)  # "Mr.Hale, Dr. Orr": the space the typist left out
    # "… were the Clerk, Jo Pike, and Cllr Bo Day": the post and its holder are one piece.
    text = _THE_POST_NAME.sub(lambda m: f"{m.group('post')} {m.group('name')}" if is_role(m.group("post")) else m.group(0), text)
    # "… and Dick Dillon treasurer Ray Barnes": a lower-case post between two names starts the next person.
    text = _LOWER_POST_BETWEEN.sub(
        lambda m: f"{m.group('before')}, {m.group('post')}"
        if m.group("post").split()[-1].lower().rstrip("s") in load_title_words().role_words
        else m.group(0),
        text,
    )
    paired = _post_first_pairs(text, also=also)
    if paired:
        return paired
    # "Elaine Bater, Clerk, Nanette Havens, Treasurer": each name's post after its comma, read as written before it.
    text = _NAME_COMMA_POST_PAIRS.sub(
        lambda m: f"{m.group('post')} {m.group('name')}" if is_role(m.group("post").split()[-1]) else m.group(0), text
    )  # the post ends on a post word: "Bo Day, Chief Administrative Officer"; "Bo Day, Clerk Cy Rowe" is two people
    # Kept with the separator before each piece: a shared post ends after its "and" ("Treasurers A and B, C D").
    parts = re.split(r"(,\s*|\s+and\s+|\s*;\s*)", text)
    pieces = [re.sub(r"^(?:and|&)\s+", "", piece.strip()) for piece in parts[::2]]
    after_and = [False] + [separator.strip() == "and" for separator in parts[1::2]]
    group_closed = False
    given_post: str | None = None
    for index, piece in enumerate(pieces):
        if not piece:
            continue
        if group_closed and not after_and[index]:
            shared_post = shared_title = None
        group_closed = after_and[index] and shared_post is not None
        if is_chairing_note(piece):
            continue  # "Mayor Lee, Presiding;": who chaired, no person of its own
        if _marked_absent(piece):
            continue  # "… Trustee Vance Absent, and Supervisor Day": named in the roll, marked as not there
        if _is_post_before_titled_name(piece, pieces[index + 1 : index + 2], after_and[index + 1 : index + 2]):
            given_post = piece  # "Clerk to Council, Mrs S Knowles": the post, its comma, then its titled holder
            continue
        if re.match(r"^guests?\b", piece, re.IGNORECASE):
            piece = re.sub(r"^guests?\s+", "", piece, flags=re.IGNORECASE)
            shared_post, shared_title = "Guest", None
            also = True  # "… and clerk Ann Lee and guests Bo Day and Cy Orr": the guests are not members
        elif re.match(r"^residents?\s+(?=[A-Z])", piece):
            piece = re.sub(r"^residents?\s+", "", piece)
            shared_post = shared_title = None
            also = True  # "… Clerk Ann Lee and resident Bo Day"
        following = pieces[index + 1].split() if index + 1 < len(pieces) else []
        if _is_name(piece) and len(piece.split()) == 1 and len(following) == 2 and _is_name(" ".join(following)):
            # "Marv and Sue Forbragd": a couple sharing the surname written after the second first name.
            piece = f"{piece} {following[1]}"
        # "supervisors Ann Lee", "deputy treasurer Bo Day": posts in running text are often lower case.
        # Other lower-case words before a name are no part of it: "Those present were unaware so Ali and Jo will
        # chase" is no roll when its first piece opens so, and such a later piece names no one.
        lead = _LOWER_LEAD.match(piece)
        if lead is not None:
            titled = lead.group(0).title() + piece[lead.end():]
            if split_leading_post(titled)[0] is None and match_leading_title(titled) is None:
                if not people:
                    return []
                continue
            piece = titled
        post, plural, rest = split_leading_post(piece)
        title = None
        if post is None:
            found = match_leading_title(piece)
            if found is not None:
                written, rest, is_plural = found
                title = parse_person(f"{written} {rest}").title
                post = title if title and is_role(title) else None
                if is_plural:
                    shared_post, shared_title = post, title
                else:
                    shared_post = shared_title = None
            else:
                rest = piece
                post, title = shared_post, shared_title
        else:
            written_title = _title_of_post(post)
            title = written_title
            if plural:
                shared_post, shared_title = post, written_title
            else:
                shared_post = shared_title = None
        if given_post is not None:
            post, given_post = given_post, None
        described = _NAME_THEN_LOWER.match(rest)
        if not _is_name(rest) and described is not None and _is_name(described.group("name")):
            rest = described.group("name")  # "Mike Siers web heads": a few words on who they are, after the name
        if not _is_name(rest):
            if not people:
                return []  # "Present were concerns about …": no list of people
            if people[-1].role is None and not after_and[index] and _is_written_post(piece):
                people[-1].role = piece  # "Jo W. Hale, Clerk of Court, Bo Day, …": the post after the name's comma
                if _OFFICER_POST.search(piece):
                    people[-1].status = "in_attendance"
                continue
            break
        person = parse_person(rest)
        if person.surname is None:
            continue
        if post and _OFFICER_POST.search(post):
            status: AttendanceStatus = "in_attendance"  # "Also present were the Clerk, Jo Pike, …": an officer
        elif also:
            status = "also_present"
        else:
            status = "present"
        name = person.name if len(rest.split()) > 1 or not title else f"{title} {person.surname}"
        people.append(
            Attendee(
                name=name,
                surname=person.surname,
                title=title,
                role=post if post and is_role(post) and post.lower() != "member" else None,  # "Members A, B": no office
                organisation=None,
                status=status,
            )
        )
    return people


def _is_written_post(text: str) -> bool:
    """True for a post written after a name and its comma: one ending on a post word ("Chief Administrative Officer"),
    or a post word, then "of" and what it is over ("Clerk of Court", "Director of Finance")."""
    head, joined, _ = text.partition(" of ")
    return is_role(text.split()[-1]) or bool(joined) and is_role(head)


def _post_first_pairs(text: str, *, also: bool) -> list[Attendee]:
    """An association's board written post first in semicolon-closed pairs ("President, Ann Lee; Treasurer, Bo Day;
    and Secretary, Cy Fox"), each post a role word; [] when the list is not wholly of that shape."""
    if ";" not in text:
        return []
    pairs = list(_POST_COMMA_NAME_PAIRS.finditer(text))
    if len(pairs) < 2 or not all(is_role(m.group("post").replace("-", " ")) and _is_name(m.group("name")) for m in pairs):
        return []
    people: list[Attendee] = []
    for m in pairs:
        person = parse_person(m.group("name"))
        if person.surname is None:
            continue
        people.append(
            Attendee(
                name=person.name,
                surname=person.surname,
                title=None,
                role=m.group("post"),
                organisation=None,
                status="also_present" if also else "present",
            )
        )
    return people


def _is_post_before_titled_name(piece: str, following: list[str], after_and: list[bool]) -> bool:
    """True for "Clerk to Council" followed by ", Mrs S Knowles": a post alone (no name in it), then, after a comma,
    a name under an honorific ("Mrs", "Dr"). The honorific keeps "Clerk, Treasurer" (two posts) apart."""
    if not following or after_and[0] or not is_role(piece) or _is_name(piece) or split_leading_post(piece)[0] is not None:
        return False
    if not all(word[:1].isupper() or word.lower() in {"to", "of", "the", "for", "and", "&"} for word in piece.split()):
        return False
    found = match_leading_title(following[0])
    return found is not None and not is_role(found[0])


def _title_of_post(post: str) -> str | None:
    """The post as a title when it is one ("Supervisor"), else None ("Town Clerk")."""
    found = match_leading_title(f"{post} Xavier")
    if found is None or found[1].strip() != "Xavier":
        return None
    return parse_person(f"{post} Xavier").title


def is_chairing_note(piece: str) -> bool:
    """True for "Presiding", "in the Chair": a note after a name of who chaired, no person of its own."""
    return _CHAIRING.match(piece.strip()) is not None


def split_leading_post(piece: str) -> tuple[str | None, bool, str]:
    """Split "Deputy Clerk Ana Birch" into ("Deputy Clerk", False, "Ana Birch"); "Town Clerks A B" gives plural True.

    The post is the longest run of leading words that ends on a post word
    ("Clerk", "Treasurer-Clerk", "Fire Chief-CEMC"), with a name of one to
    four capitalised words left after it. A title ("Councillor", "Mr") is not a post.
    """
    tokens = piece.split()
    if len(tokens) < 2:
        return None, False, piece
    best: tuple[str, bool, str] | None = None
    for cut in range(1, len(tokens)):
        head, rest = tokens[:cut], tokens[cut:]
        if len(rest) > MAX_NAME_TOKENS or not _is_name(" ".join(rest)):
            continue
        if len(rest) == 1 and BODY_LETTERS.match(rest[0]):
            continue  # "Ann Vale Convenor CC": the body's letters in a row's last column, no one's name
        last = head[-1]
        if re.search(r"[’']s?$", last):
            continue  # "Bo Day, Records Commissioner’s Office": a possessive names an office, no post before a name
        singular = _singular_word(last)
        post_words = head[:-1] + [singular]
        # The post ends on a post word: "Clerk", "Treasurer-Clerk", "Fire Chief-CEMC".
        parts = [part for part in singular.split("-") if part]
        before = post_words[-2] if len(post_words) > 1 else ""
        if not last[:1].isupper() or not (
            any(is_role(part) for part in parts)
            or f"{before} {parts[0] if parts else ''}".strip().lower() in load_title_words().role_words
        ):
            continue
        # "Secretary / Treasurer Jo Marsh": a spaced slash joins two posts, as "and" does.
        if not all(word[:1].isupper() or word.lower() in {"and", "of", "the", "for", "&", "/"} for word in head):
            continue
        post = " ".join(post_words)
        best = (post, singular != last, " ".join(rest))
        break  # the shortest name after the longest post: a post run ends where the name starts
    if best is None:
        return None, False, piece
    return best


def split_trailing_post(piece: str, *, body_first: bool = False) -> tuple[str, str] | None:
    """Split "Joyce Mace Vice President" into ("Joyce Mace", "Vice President"): a name, then a post without a comma.

    The name is two or three capitalised words that are no post and name no
    organisation or group ("Democratic Services Officer" stays a post). With
    `body_first` the post may open on the letters of its body, as a one-a-line
    roll's columns put them: "Ian Roe A&B Councillor" gives ("Ian Roe", "A&B Councillor").
    """
    tokens = piece.split()
    non_person = load_non_person_words().non_person
    for cut in (2, 3):
        head, tail = tokens[:cut], tokens[cut:]
        if not tail or not tail[0][:1].isupper():
            continue
        name = " ".join(head)
        if not _is_name(name) or is_organisation(name) or any(word.lower() in non_person for word in head):
            continue
        if any(is_role(word) or word.lower() in _POST_MODIFIERS for word in head) or match_leading_title(piece) is not None:
            continue
        post = " ".join(tail)
        # "A&B Councillor": after the body's letters a title word is the post ("Mary Ann Major" keeps her surname).
        after_body = " ".join(tail[1:])
        if body_first and len(tail) > 1 and BODY_LETTERS.match(tail[0]) and (is_role(after_body) or is_title(after_body)):
            return name, post
        # "Stand in Minute Taker", "Assistant to the Clerk": small joining words inside a post.
        if is_role(post) and all(word[:1].isupper() or word.lower() in {"of", "and", "the", "for", "in", "to"} for word in tail):
            return name, post
    return None


def _singular_word(word: str) -> str:
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def _marked_absent(piece: str) -> bool:
    """A roll sentence's piece that marks its person away where it names them: "Trustee Bo Vance Absent",
    "Director Ng (excused)". The mark is a word of three letters or more, so a surname's initial is never one."""
    words = piece.split()
    if len(words) < 2:
        return False
    last = words[-1].strip("().")
    named = all(_NAME_TOKEN.match(word.strip(",.")) for word in words[:-1])
    return named and len(last) >= 3 and read_attendance_mark(last) in {"absent", "apologies"}


def _is_name(text: str) -> bool:
    tokens = text.split()
    if not tokens or len(tokens) > MAX_NAME_TOKENS + 1:
        return False
    return all(_NAME_TOKEN.match(token.strip(",.")) or is_particle(token) for token in tokens) and not is_role(text)


def table_attendees(document: ParsedDocument) -> tuple[list[Attendee], int | None]:
    """People of a roll-call table ("Attendee Name | Title | Status | Arrived") marked present, and the table's last line.

    A flattened table gives runs of lines (names, then titles, statuses,
    times); the k-th name takes the k-th title and the k-th status.
    Absent rows are left out. Posts come from the board's roster at the top
    ("Chair – Ann Lo, District H").
    """
    lines = document.lines
    for index, line in enumerate(lines[: top_reach(lines, REGISTER_SEARCH_LINES)]):
        columns = _register_columns(line)
        if columns is not None:
            people, end = _read_register_table(lines, index, columns)
            if people:
                return people, end
    for index, line in enumerate(lines):
        if not load_column_headers().heads("attendee", line.cells[0] if line.cells else line.text):
            continue
        if line.cells is not None and len([cell for cell in line.cells if cell.strip()]) >= 3:
            people, end = _read_table_rows(lines, index)
        else:
            people, end = _read_flattened(lines, index)
        roster = _roster_posts(lines[:ROSTER_LINES])
        for person in people:
            person.role = person.role or roster.get(person.surname or "")
        return people, end
    return [], None


def _register_columns(line: Line) -> tuple[int, int, int | None] | None:
    """(name, mark, post) column positions of a register table's header row ("Member | Title | Present"), else None."""
    if line.cells is None:
        return None
    headers = load_column_headers()
    cells = [cell.strip() for cell in line.cells]
    name = headers.column("register_name", cells)
    mark = headers.column("register_mark", cells)
    if name is None or mark is None or name == mark:
        return None
    return name, mark, headers.column("register_post", cells)


def _table_rows(lines: list[Line], index: int) -> Iterator[tuple[Line, list[str]]]:
    """Each row of the table under the line at `index` (blank lines skipped), with its cells stripped, until a line
    outside any table or TABLE_MAX_LINES lines on."""
    for line in lines[index + 1 : index + TABLE_MAX_LINES]:
        if line.is_blank:
            continue
        if line.cells is None:
            return
        yield line, [cell.strip() for cell in line.cells]


def _read_register_table(
    lines: list[Line], index: int, columns: tuple[int, int, int | None]
) -> tuple[list[Attendee], int]:
    """The members a register table's rows mark present (the mark read as `read_attendance_mark` reads it: "Yes",
    "Present", "✓", "Remote"), with the post its post column gives; the table's last line."""
    name_at, mark_at, post_at = columns
    people: list[Attendee] = []
    end = index
    for line, cells in _table_rows(lines, index):
        end = line.number
        if max(name_at, mark_at) >= len(cells):
            continue
        # "Ann Lee, Chair": the post may share the name's cell.
        name, _, post_in_cell = cells[name_at].partition(",")
        if not _is_name(name.strip()) or read_attendance_mark(cells[mark_at]) != "present":
            continue
        post = cells[post_at] if post_at is not None and post_at < len(cells) else post_in_cell.strip()
        people.append(_table_person(name.strip(), post, line))
    return people, end


def _read_table_rows(lines: list[Line], index: int) -> tuple[list[Attendee], int]:
    people: list[Attendee] = []
    end = index
    for line, cells in _table_rows(lines, index):
        status = next((cell.lower() for cell in cells[1:] if _STATUS.match(cell)), None)
        end = line.number
        if status is None or status not in _ATTENDED or not _is_name(cells[0]):
            continue
        title_cell = cells[1] if len(cells) > 1 and not _STATUS.match(cells[1]) else ""
        people.append(_table_person(cells[0], title_cell, line))
    return people, end


def _read_flattened(lines: list[Line], index: int) -> tuple[list[Attendee], int]:
    headers = load_column_headers()
    names: list[Line] = []
    titles: list[str] = []
    statuses: list[str] = []
    end = index
    for line in lines[index + 1 : index + TABLE_MAX_LINES]:
        text = line.text.strip()
        if not text:
            continue
        if headers.heads("attendee", text) or headers.heads("attendee_detail", text):
            end = line.number
            continue
        if _TIME.match(text):
            end = line.number
            continue
        status = _STATUS.match(text)
        if status:
            statuses.append(status.group("status").lower())
        elif "," in text and is_role(text.split(",")[0]) or re.search(r"\bdistrict\b", text, re.IGNORECASE):
            titles.append(text)
        elif _is_name(text) and len(text.split()) >= 2:
            names.append(line)
        elif is_role(text) and len(text.split()) <= 4:
            titles.append(text)
        else:
            break  # a sentence ends the table
        end = line.number
    people: list[Attendee] = []
    for position, line in enumerate(names):
        status_text = statuses[position] if position < len(statuses) else None
        if status_text not in _ATTENDED:
            continue
        people.append(_table_person(line.text.strip(), titles[position] if position < len(titles) else "", line))
    return people, end


def _table_person(name: str, title_cell: str, line: Line) -> Attendee:
    person = parse_person(name)
    post = title_cell.split(",")[0].strip() if title_cell else ""
    title = _title_of_post(post) if post else None
    role = None
    if post and title is None and is_role(post):
        role = post
    return Attendee(
        name=person.name,
        surname=person.surname,
        title=title,
        role=role,
        organisation=None,
        status="present",
        evidence=Evidence(page=line.page, line_start=line.number, line_end=line.number),
    )


def _roster_posts(lines: list[Line]) -> dict[str, str]:
    """Posts by surname from a roster at the top: "Chair – Ann Lo, District H" gives {"Lo": "Chair"}."""
    posts: dict[str, str] = {}
    for line in lines:
        match = _ROSTER.match(line.text.strip())
        if match and is_role(match.group("post")) and _is_name(match.group("name").strip()):
            surname = parse_person(match.group("name")).surname
            if surname:
                posts[surname] = match.group("post").strip()
    return posts


# A post written out before its holder: capitalised words, joined by "of", "and", "&", "/" or "-" ("Manager of
# Legislative Services / Municipal Clerk", "Director of Corporate Services/CFO").
_POST_WORDS = re.compile(r"^[A-Z][\w.'’&/-]*(?:\s+(?:[A-Z][\w.'’&/-]*|of|and|the|for|&|/|-))*$")


def read_posts_then_holders(text: str) -> list[tuple[str, str, str]] | None:
    """Read "Parks Director, Gus Hale; Finance Director, Hal Ives; City Manager, Ida Jay" as (post, "", name) triples:
    each post, a comma, then who holds it, the pairs parted by semicolons. None unless every part (two at least) is
    written so, so "Ann Lee, Clerk; Bo Day" and "Cllr A, Cllr B" lists are untouched."""
    parts = [part.strip(" ,") for part in re.split(r"\s*;\s*", text) if part.strip(" ,")]
    if len(parts) < 2:
        return None
    found: list[tuple[str, str, str]] = []
    known = 0
    for part in parts:
        post, comma, name = re.sub(r"^(?:and|&)\s+", "", part).rpartition(",")
        post, name = post.strip(), re.sub(r"^(?:and|&)\s+", "", name.strip())
        if not comma or not _POST_WORDS.match(post) or not _is_name(name):
            return None
        if match_leading_title(post) is not None or is_role(name.split()[-1]) or (_is_name(post) and " " in post):
            return None  # "Cllr Ann Lee, Chair", "Ann Lee, Bo Day": a person first
        known += is_role(post.split()[-1]) or is_role(post.split("/")[-1].strip())
        found.append((post, "", name))
    # Most posts end on a post word; a few ("Curator") need not.
    return found if 2 * known > len(found) else None


def read_inverted_officials(text: str) -> tuple[list[tuple[str, str, str]], str] | None:
    """Read "Chief Executive (Mr. C. Ward), Director, Roads (Ms. A. Brady)" as (post, title, name) triples.

    Returns the triples and the text left over (read as an ordinary list), or
    None unless most of the text is written that way (two entries at least),
    so "Ann Lee (Chair)" lists are untouched.
    """
    text = re.sub(r"\s*\n\s*", " ", text).strip().rstrip(".")
    paired = read_posts_then_holders(text)
    if paired is not None:
        return paired, ""
    found: list[tuple[str, str, str]] = []
    rest: list[str] = []
    covered = 0
    position = 0
    for match in _inverted_entries(text):
        post = _unwrapped_post(re.sub(r"^(?:and\s+)", "", match.group("post").strip(" ,;")))
        if not post or not post[:1].isupper():
            continue
        between = text[position : match.start()].strip(" ,;")
        if between:
            rest.append(between)
        if match.group("title") == "Messrs":
            single = re.sub(r"(?<=[a-rt-z])s$", "", post)  # "Executive Engineers" -> each an "Executive Engineer"
            found.extend((single, "Mr", name) for name in _MESSRS_SPLIT.split(match.group("name").strip()) if name)
        else:
            found.append((post, match.group("title"), match.group("name").strip()))
        covered += match.end() - match.start()
        position = match.end()
    if text[position:].strip(" ,;."):
        rest.append(text[position:].strip(" ,;."))
    if len(found) < 2 or covered < 0.6 * len(text):
        return None
    return found, ", ".join(rest)


def _unwrapped_post(post: str) -> str:
    """A post broken where its line ended, the break read as a separator ("Senior; Executive Engineer, Roads",
    "Meetings; Administrator"), joined again. Kept as written when a piece before a break is a person's name
    (an entry of its own before the post)."""
    pieces = [piece.strip() for piece in post.split(";")]
    if len(pieces) < 2 or any(not piece or parse_person_name(piece) is not None for piece in pieces[:-1]):
        return post
    return re.sub(r"\s+", " ", " ".join(pieces))


def _inverted_entries(text: str) -> Iterator[re.Match[str]]:
    """The matches of _INVERTED in `text`, as finditer gives them, found in time that grows with the text.

    finditer tries every start, and a start with no "(Mr. …)" bracket after it scans to the end: a long list
    without one cost seconds. An entry ends at such a bracket and its post cannot cross another, so each
    bracket is searched for only from the end of the last entry or bracket before it.
    """
    position = 0
    for bracket in _TITLE_BRACKET.finditer(text):
        close = _ENTRY_CLOSE.match(text, bracket.end())
        match = _INVERTED.search(text, position, close.end()) if close else None
        if match is not None:
            yield match
            position = match.end()
        else:
            position = bracket.end()


def mark_disambiguated(text: str) -> str:
    """Write "Brady (P)" as "P. Brady" so that two members with one surname stay two people."""
    return _DISAMBIGUATED.sub(lambda match: f"{match.group('initial')}. {match.group('surname')}", text)


@lru_cache(maxsize=1)
def office_titles() -> frozenset[str]:
    """Titles that also name the office held ("Mayor", "Reeve"), lower-cased, from the names data."""
    raw = json.loads(resources.files("minutebook.names").joinpath("data", "titles.json").read_text(encoding="utf-8"))
    return frozenset(title.lower() for title in raw.get("office_titles", []))


def is_officer_post(post: str) -> bool:
    """True for a post held by an officer of the body ("Director of Finance", "Town Clerk"), not a member's office."""
    return bool(_OFFICER_IN_LIST.search(post))


def is_attendance_note(bracket: str) -> bool:
    """True for a bracket that says how someone attended ("(Online)", "(arrived 7.10pm)"), not who they are."""
    return bool(_ATTENDANCE_NOTE.match(bracket.strip()))


def without_attendance_note(entry: str) -> str:
    """A list entry without the note closing it of how or when the person attended: "Bo Day – via Zoom", "Bo Day
    (Clerk) - remote", "Bo Day (Clerk) (online)" and "Bo Day (Clerk, via Zoom)" all as "Bo Day" with the post, "Bo Day
    (arrived 7.40pm)" as "Bo Day". A post after a dash ("Bo Day – Parish Clerk") or in brackets ("(Parish Clerk)")
    stays."""
    for pattern in (_NOTE_AFTER_DASH, _NOTE_AFTER_BRACKET, _NOTE_IN_BRACKET):
        found = pattern.search(entry)
        if found is not None and is_attendance_note(found.group("note")):
            return entry[: found.start()] + entry[found.end() :]
    return entry
