"""Agenda items and the sections of text that belong to them.

Minutes mark their items in a few house styles: numbered headings ("12.
APOLOGIES", "3.1 Usage Figures", "23/165 Apologies", "2307.01 Present"),
numbered lines whose title runs on into the minutes ("5. PLANNING No
applications …", "2. Minutes - approved."), numbers alone on their line with
the title on the next ("XII." / "Unanimous Consent", "(a)" / "Report on …"; see
`numbering`), lettered sub-items ("a) Bus shelter" → "2a"), legislative file ids
("(16-391) Name, …") and resolution numbers ("R2031-12 K. Lane, P. Osei:"),
unnumbered headings that name a presenter ("Cycle Lanes Briefing - PC Jane
Doe"), title-case headings standing alone among numbered items ("Internal
Audit" between "2. Matters Arising" and "3. Planning"), plain capitals section headings in documents without other marks
("CONSENT CALENDAR"), run-in procedural labels ("Delegations: …"), ModernGov
web pages where every item is one row of a "No. | Item" table, and minutes kept
in a table with a number column. Everything after the minutes end (appended
slides and reports) is left out, so nothing from an appendix becomes an item,
a resolution or an action.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import lru_cache

from ..ingest.document import Line, ParsedDocument
from ..names import HONORIFIC, legal_form_pattern, member_plural_pattern
from .column_headers import load_column_headers
from .numbering import (
    STOPPED_PART_TITLE,
    APPLICATION_REF,
    PLANNING_REF,
    MEASURE_REF,
    MINUTE_NUMBER,
    PARAGRAPH_NUMBER_LEAD,
    PLANNING_RESPONSE,
    Label,
    accepted_labels,
    restarted_letter_labels,
    cut_id_title,
    is_date_line,
    is_lookalike,
    is_loose_title,
    next_sub_mark,
    opens_with_date,
    read_id_heading,
    read_inline_label,
    read_label,
    read_resolution_heading,
    read_resolution_line,
    read_section_sub_label,
    read_serial_heading,
    roman_value,
    section_sub_number,
    serial_runs,
    split_trailing_code,
    sub_item_number,
    subject_of,
    wraps_a_date,
)
from ..names.vocabulary import load_non_person_words, load_title_words
from .addresses import street_word_pattern, street_words
from .agenda_words import agenda_words, meeting_part_line
from .dates import clock_alone, find_dates
from .kind import classify_document
from .outline import Taken, filled_gaps, lettered_children, outline_children, restarted_children, two_mark_outline
from .margin_owners import ACTION_LIST_LABEL, TASK_LABEL, is_outcome_cell
from .rosters import EMPTY_VERDICT, roster_lines
from .records import AgendaItem, Evidence, Kind
from .sections import BULLET_GLYPHS, LIST_BULLET, SectionName, label_words, match_label, opening_label

MAX_TITLE_WORDS = 20
"""Longer numbered lines are paragraphs of a numbered list, not item headings."""
MAX_PLAIN_TITLE_WORDS = 14
"""A numbered line with no heading or bold mark must be short to count as a title."""
TITLE_CASE_SHARE = 0.75
"""Share of longer words a plain numbered line must capitalise to pass as a long title."""
TITLE_WORD_LETTERS = 4
"""Words shorter than this ("of", "the", "and") are left lower case in titles, so they are not counted."""
MAX_ROW_TITLE_WORDS = 45
"""Text before a ModernGov row's first marker longer than this is not a title."""
MAX_PRESENTER_WORDS = 5
MIN_LOG_CELLS = 3
"""Filled cells that make a numbered row an action log's row rather than a numbered paragraph in a margin layout."""
MIN_MINUTES_LABELS = 2
"""Rows labelled "Minutes:" at least this often make a page an item table without its header."""
MAX_PARAGRAPH_CHARS = 100_000
"""Paragraphs are cut at this length so spaCy never meets a text over its limit."""
SHORT_LINE_SHARE = 0.7
"""A wrapped line shorter than this share of the section's longest line ends its paragraph."""

_MARKUP = re.compile(r"\*\*|__|</?[a-zA-Z][^>]*>")
# One kind of agenda software's item, with its note in brackets: "Action", "Action (Consent)".
_ITEM_TYPES = rf"(?:{agenda_words('item_types').pattern})(?:\s*\([A-Za-z ]{{3,20}}\))?"
# A bare "Action" as the kinds, which British minutes also write before a task under a minute number.
_ACTION_KIND_ALONE = re.compile(r"actions?", re.IGNORECASE)
# A task given to an owner: "Clerk to chase …", "Cllr Ash and JB to write …", "JB/AL to price …".
_OWNER_TO_TASK = re.compile(r"^[A-Z][\w.'’/&-]*(?:\s+(?:[A-Z&][\w.'’/&-]*|and)){0,4}\s+to\s+[a-z]")
_NUMBERED = re.compile(
    # "Min 45." / "Min. 46": the short form of "Minute 45".
    # "Agenda Item No. 5:", "Item #5 –": a county board's or a commission's item label before the number, with a mark
    # after the number ("AGENDA ITEM NO. 25 WAS PULLED FOR …" is a note on the item, not its heading). New England
    # boards reviewing a town meeting's warrant take it article by article: "Article 4: Operating Budget".
    r"^(?:(?:(?P<item_label>(?:Agenda\s+)?Item)|(?:Warrant\s+)?Article)\s+(?:(?:No\.?\s*|#\s?)(?=\d{1,3}\s*[:.–—-]))?|Minute\s+(?:No\.?\s*)?|Mins?\.?\s*(?=\d)"
    # Agenda software's kinds before a part number: "Procedural: 1.1 Call to Order", "Action (Consent), Dollar Amount:
    # 5.2 Approve …" (data/agenda_words.toml `item_types`).
    rf"|(?P<kinds>{_ITEM_TYPES}(?:\s*,\s*{_ITEM_TYPES})*)\s*:\s+(?=\d{{1,2}}\.\d{{1,3}}\s|(?:\d{{1,2}}|[A-Z])\.\s))?"
    # Minute numbers that carry the year and month: "2307.01" (YYMM.NN), "19.09.01" (YY.MM.NN).
    # The month's nought may be dropped among them ("16.3.10" after "16.03.9"); `_numbered_heading` asks for the run.
    r"(?P<number>\d{4}\.\d{2,3}(?!\d)|\d{2}\.\d{2}\.\d{1,3}(?!\d)|\d{2}\.[1-9]\.\d{1,3}(?![\d.])"
    # Slashed minute references ("15/09/03", "16/10/6/15.ii"), numbers that run on from meeting to meeting
    # ("2579."), and an item's lettered part ("Item 4 (a)"); `_numbered_heading` checks each against its neighbours.
    r"|\d{2}/\d{2}/\d{1,3}(?:/\d{1,3})?(?:\.(?:[ivx]{1,4}|\d{1,2})(?![\w/]))?(?![\d/])|\d{4}(?=\.\s)"
    # A serial with the meeting's month and year after it: "4/05/31", "4.1/05/31", "2.5/31E" (E: an extraordinary
    # meeting), "17b/31"; `_numbered_heading` takes them only in a run (see `_number_has_neighbours`).
    r"|\d{1,3}(?:\.\d{1,2})?/\d{1,2}/\d{2}(?![\d/])|\d{1,3}\.\d{1,2}/\d{2}(?-i:[A-Z])?(?![\d/])"
    r"|\d{1,3}(?-i:[a-z])/\d{2}(?![\d/])"
    # ... or with the title run in up to a colon ("2581 Finance: the payments …"); a year is no minute number.
    r"|(?!19[5-9]\d|20[0-4]\d)\d{4}(?=\s+[A-Z][^:\d]{1,60}:\s)"
    # ... or, four or five digits long, before a capitals title alone on the line ("23456 HIGHWAYS MATTERS").
    r"|(?!19[5-9]\d\s|20[0-4]\d\s)\d{4,5}(?=\s+(?-i:[A-Z][A-Z'’&/,()-]*(?:\s+[A-Z'’&/,()-]+)*)\s*$)"
    r"|(?<=Item\s)\d{1,3}\s?\([a-z]\)"
    # A lettered sub-item written with its parent's number, as web pages number nested lists: "5a. Garden room".
    r"|\d{1,3}[a-z](?=[.)]\s)"
    # A part lettered after agenda software's kinds: "Information: C. Reports" (only there: a line's "A. " is no number).
    r"|(?<=:\s)(?-i:[A-Z])(?=\.\s)"
    r"|\d{1,3}(?:\.\d{1,2}|/\d{2,4})?|[A-Z]{1,6}/\d{1,4}/\d{1,4}"
    # A committee's capital-letter prefix before a minute number and year: "LIC 12/20", "EX12/19".
    r"|(?-i:[A-Z]{1,6})\s?\d{1,4}/\d{2,4}|(?-i:[A-Z]{2,6})/\d{1,4}"
    # A minute number with the meeting's month and year: "F01:04/24" (prefix, number, colon, MM/YY).
    r"|(?-i:[A-Z]{1,4})\d{1,3}:\d{2}/\d{2})(?:\.(?!\d)|\s*[:)]|\s+[-–—])?\s+(?P<title>\S.*)$",
    re.IGNORECASE,
)
# "[3] To confirm the minutes of …": a minute number in square brackets.
# A plain item number and its title: "3. Finance", "12 Planning".
_SIMPLE_NUMBER = re.compile(r"^(?P<number>\d{1,3})(?P<mark>[.)])\s+(?=\S)")
MAX_OPENING_GAP = 3
"""A number below every item number taken so far fills a gap only when the first taken is at most this ("2." before "1.")."""
_NUMBERED_BRACKET = re.compile(r"^\[(?P<number>\d{1,3})\]\s+(?P<title>[A-Z].*)$")
# "1.Confirmation of Minutes", "5.DISCUSS …", "2581.Police Report:" (a number running on from meeting to meeting, not a
# year): a converter lost the space after the number's dot.
_NUMBERED_TIGHT = re.compile(r"^(?P<number>\d{1,3}|(?!19[5-9]\d|20[0-4]\d)\d{4})\.(?P<title>[A-Z][A-Za-z'’].*)$")
# "1-A. Roll Call", "4-B General Manager's Report", "Item 7-B Variance …", "ITEM 3-A: Variance …": a sub-item numbered
# with its parent and a capital.
# Its title may open with the file number of the matter it hears ("4-A 2031-0456: Fence variance at …").
_NUMBERED_HYPHEN = re.compile(
    r"^(?i:(?:Agenda\s+)?Item\s+(?:No\.?\s*)?)?(?P<number>\d{1,2}-[A-Z])(?:[.:]|\s+[-–—])?\s+(?P<title>(?:[A-Z]|\d{2,4}-\d{2,5}\b).*)$"
)
# A lettered sub-item on its own line under a numbered item: "a) Bus shelter", "(b) Library hours", "c. Lyceum".
# Letters past "h" count only as the next of a run; "k)Road Signage": a converter may drop the space before a capital.
_LETTERED = re.compile(r"^(?P<open>\()?(?P<letter>[a-z])(?(open)\)|[.)])(?:\s+|(?=[A-Z]))(?P<title>\S.*)$")
# A sub-item numbered in lower-case roman under a numbered item: "i. To approve payments", "(ii) Bank reconciliation".
_ROMAN_LETTERED = re.compile(r"^(?P<open>\()?(?P<letter>[ivx]{1,5})(?(open)\)|[.)])\s+(?P<title>\S.*)$")
SUM = re.compile(r"[£$€]\s?\d")
"""A sum of money: a currency sign before a figure ("£45", "$ 1,200")."""
# The same in capitals: "A) Snow contract", "B. Road grading", "(C) Hall lease".
_UPPER_LETTERED = re.compile(r"^(?P<open>\()?(?P<letter>[A-H])(?(open)\)|[.)])\s+(?P<title>\S.*)$")
MIN_UPPER_SUB_TITLE_WORDS = 2
"""Words a capital-lettered part's title needs ("A. Smith" is an initial and a name)."""
# "d) **Meeting with the MP** Agreed to defer …": a bold title, then the item's own sentence on the same line.
_LEAD_BOLD_TITLE = re.compile(r"^\(?[a-z][.)]\s*\*\*(?P<title>[^*]{3,}?)\*\*:?\s+(?P<rest>[A-Z][a-z]*\b.*)$")
# A short verdict closing a lettered line after a dash or a stop: "– no objection.", ". Approved.", "- noted".
_VERDICT_END = re.compile(
    r"(?:\s+[-–—]\s+|(?<=[a-z0-9)])[.;,]\s+)(?P<verdict>(?:" + PLANNING_RESPONSE
    + r"|approved|refused|granted|noted|agreed|deferred|withdrawn|dismissed|allowed|recommended\s+for\s+(?:approval|refusal))"
    r"(?:\s+\w+){0,2}\.?)$",
    re.IGNORECASE,
)


def _run_in_pattern(longest: int, *, spaced_dash: bool) -> re.Pattern[str]:
    """A title of 3 to `longest` characters run in with its minutes on one line after a colon ("Minutes: approved."),
    or also after a spaced dash ("Apologies - Cllr Cole sent apologies."). A colon may carry a dash, as British minutes
    often write it: "Reports from Committees:- Finance".
    """
    separator = r"\s+[-–—]\s+|:[-–—]?\s+" if spaced_dash else r":[-–—]?\s+"
    return re.compile(rf"^(?P<title>[^:]{{3,{longest}}}?)(?:{separator})(?P<rest>\S.*)$")


_RUN_IN = _run_in_pattern(60, spaced_dash=True)
_COLON_RUN_IN = _run_in_pattern(60, spaced_dash=False)
# The colon's form with an agenda's long wording before it (see `_is_long_run_in_title`).
_LONG_COLON_RUN_IN = _run_in_pattern(120, spaced_dash=False)
# The business of a meeting that minutes without numbers often give as a run-in label ("Delegation: …").
_PROCEDURAL_LABEL = re.compile(
    r"^(?P<title>(?:Disclosures?|Declarations?)\s+of\s+(?:pecuniary\s+|personal\s+)?interests?|Delegations?|Deputations?"
    r"|(?:Committee|Staff)\s+Reports?|Correspondence|Question\s+Period|Public\s+(?:Questions?|Comments?|Participation|Forum)"
    r"|Closed\s+Session|By-?laws?|Announcements|Petitions?|Notices?\s+of\s+Motion|(?:Unfinished|New|Other|Any\s+Other)\s+Business"
    r"|Date\s+of\s+(?:the\s+)?Next\s+Meeting|(?:Confirmation|Adoption|Approval)\s+of\s+(?:the\s+)?Minutes)"
    r"(?:\s*:|\s+[-–—])(?:\s|$)",  # "Declarations of Interest: none", "Declarations of Interest – none noted"
    re.IGNORECASE,
)
# A capitals title and then its minutes: "PLANNING APPLICATIONS The Clerk reported …" (the next word has lower case).
_CAPS_RUN_IN = re.compile(
    r"^(?P<title>[A-Z][A-Z’'&/,.()-]*(?:\s+(?:[A-Z][A-Z’'&/,.()-]*|&|–|-|\d+))*)\s+(?=\(?[A-Z]?[a-z])"
)
MIN_CAPS_RUN_IN_LETTERS = 5
"""A capitals title run in with its minutes has at least this many letters ("VAT" alone is an abbreviation)."""
MAX_RUN_IN_TITLE_WORDS = 8
"""A title run in with its minutes is at most this long."""
MAX_SUB_TITLE_WORDS = 12
"""A lettered sub-item's title is at most this long."""
MAX_CONTINUED_TITLE_WORDS = 30
"""Words of the title of a number or letter that goes on from one already taken: the sequence vouches for it."""
_SIGN_OPENING = re.compile(r"^[£$€#][\d(]|^[“\"‘'][A-Z0-9]")
"""A title opening with a sum or a sign ("£1 million fund", "$250,000 grant", "#12 Hill Road"), or a quotation."""
_PAYMENT_LINE = re.compile(
    r"^[£$€]\s?[\d,.]+(?:\s*(?:k|m|million|bn))?\s*(?:$|(?:to|for|from|paid|received|payable|towards|each|per|in)\b)",
    re.IGNORECASE,
)
"""A sum and what it was paid for ("£45 to the hall", "$12 for stamps"): a payment line, not a title."""
RUN_REACH_LINES = 12
"""Lines looked over after a "1)" under an unnumbered heading for the "2)" that makes it the start of a run."""
MAX_AGENDA_WORDING_WORDS = 30
"""A title in the agenda's own words ("To approve the minutes of …") run in with its minutes is at most this long."""
MAX_LABEL_TITLE_LINES = 4
"""Lines a title under a label line, or a paragraph giving its subject, may run over."""
MAX_ID_PARAGRAPH_LINES = 8
"""Lines of an id-led paragraph read for its title."""
# The agenda's own number after a running minute reference: "C048/23 1. APOLOGIES", "45/31 3 Planning".
_AGENDA_NUMBER_AFTER_REFERENCE = re.compile(r"^\d{1,2}\.?\s+(?P<title>[A-Z].*)$")
# A capitals line that records a decision or a sentence, not a title: "THAT THE BUDGET BE APPROVED."
_CAPS_DECISION = re.compile(r"^(?:THAT|RESOLVED|IT|THE\s+\w+\s+(?:WAS|WERE|IS|ARE|HAS|HAVE|WILL))\b")
# A numbered paragraph that records a decision, not a title: "RESOLVED that …", "Agreed to …", "It was resolved to …".
_DECISION_OPENING = re.compile(
    r"^(?:it\s+was\s+)?(?:unanimously\s+)?(?:resolved|agreed|decided)"
    r"(?:\s+(?:that|to|unanimously|by|nem)\b|\s*[:;,.–—-]|\s*$)",
    re.IGNORECASE,
)
# A line that introduces the parts of a decision ("RESOLVED that:", "It was agreed that").
_DECISION_INTRO = re.compile(r"(?:\bRESOLVED|\bAGREED|\bthat)\s*[:–-]?\s*$", re.IGNORECASE)
# A sentence that reads out the agenda's own parts before a lettered list: "Trustee Lee read the consent agenda as
# follows:", "The consent calendar consisted of the following items:".
_CONSENT_PARTS = r"\b(?:consent\s+(?:agenda|calendar|items?)|agenda\s+items?)\b"
_AGENDA_LIST_INTRO = re.compile(_CONSENT_PARTS + r"[^:]*:$", re.IGNORECASE)
# An item whose lettered parts listed one a line are taken by one motion after the last ("7. Consent Agenda").
_CONSENT_ITEM = re.compile(_CONSENT_PARTS, re.IGNORECASE)
# A list entry that gives a task or a decision, not a title: "The Clerk to write …", "That the fence …".
_TASK_OPENING = re.compile(r"^(?:That|The\s+\w+\s+(?:to|will|should|shall))\b")
# The opening of a clause or a sentence, not of a part's title: a determiner or pronoun first, or a modal verb in it
# ("A. The roadmaster shall publish …", "B. It is further resolved …", "C. Members may attend …").
_CLAUSE_OPENING = re.compile(r"^(?:The|That|This|These|Those|It|Its|There|We|He|She|They|All|Each|Any|No|A|An|If|When)\b")
_MODAL = re.compile(r"\b(?:shall|must|may|should|can|could|might)\b")
QUOTE_REACH_LINES = 12
"""Lines looked back over for an open quotation around a lettered list."""
# The item cell of a table kept one row per item: "Item 4: Letter to …", "Agenda Item 12 – Budget".
_ROW_ITEM_LABEL = re.compile(
    r"^(?:Agenda\s+)?Item\s+(?:No\.?\s*)?(?P<number>\d{1,3})\s*(?:[:.)]|\s[-–—])\s*(?P<title>[A-Z0-9\"“‘'].{2,})$", re.IGNORECASE
)
MAX_ROW_PHRASE_WORDS = 12
"""Words of a later cell of a labelled row read as one phrase ("Passed with 31 in favor and 1 abstaining")."""
MIN_NUMBERED_ROWS = 3
"""Table rows opening with an item number that make the table the minutes' items."""
NUMBERED_ROW_STEP_SHARE = 0.7
"""Share of such rows whose number is one more than the row before's (a statistics table's are not)."""
RUNNING_HEADER_LINES = 3
"""A document's first lines, which a page header repeats."""
MIN_CAPS_AGENDA_WORDS = 2
"""Capitals headings carrying an agenda heading's words that show a document uses capitals lines as its headings."""
MAX_CAPS_TITLE_WORDS = 10
"""A plain capitals line standing as a section heading is at most this long."""
# Capitals lines that give a disposition, label the attendance or sign the minutes: never headings.
_CAPS_NOT_HEADING = re.compile(
    r"^(?:NO\s+OBJECTIONS?|NOTED|APPROVED|CARRIED|AGREED|DEFEATED|NONE|PASSED(?:\s+UNANIMOUSLY)?|RESOLVED|LOST"
    r"|PRESENT|ABSENT|STAFF|ALSO\s+PRESENT|IN\s+ATTENDANCE|APOLOGIES|REGRETS|CHAIR(?:MAN|PERSON)?|MAYOR|CLERK"
    r"|SECRETARY|SIGNED|DATE|MOTION|SECOND|SECONDED|MOVED|MOVER|SECONDER|(?:(?:ROLL\s+CALL|RECORDED|VOICE)\s+)?VOTE(?:\s+ON)?|RESULT|AYES?|NAYS?|NOES"
    r"|ABSTAIN(?:ED|S)?|ABSTENTIONS?|FOR|AGAINST"
    r"|CONFIDENTIAL|DRAFT|MINUTES|AGENDA|END|TOTAL)$"
)
# Words of `_CAPS_NOT_HEADING` that name business when a label line numbers them ("2." then "MINUTES").
_LABELLED_BUSINESS = re.compile(r"^(?:MINUTES|APOLOGIES|AGENDA)$", re.IGNORECASE)
# A motion's outcome set on a line of its own, in bold or capitals: never a heading. Also what was done with a report,
# as US minutes note it under the part's title ("RECEIVED AND FILED", "APPROVED AS PRESENTED", "NO ACTION TAKEN",
# "INFORMATION ONLY").
_OUTCOME_LINE = re.compile(
    r"^(?:(?:the\s+)?(?:motion|resolution|amendment|proposal|recommendation|report)s?\s+(?:was\s+|were\s+)?)?"
    r"(?:(?:carried|approved|agreed|adopted|passed|defeated|lost|failed|fell|rejected|withdrawn|resolved|noted|deferred"
    r"|tabled|received|accepted)(?:\s+and\s+(?:filed|noted|accepted|approved))?"
    r"|no\s+action(?:\s+(?:was\s+)?(?:taken|required|needed|necessary))?|(?:for\s+)?information(?:al)?\s+only)"
    r"(?:\s+(?:unanimously|nem\.?\s*con\.?|as\s+(?:amended|presented|submitted|written|read|circulated|recommended)"
    r"|by\s+(?:a\s+)?majority|\(?\d+\s*[-–:]\s*\d+(?:\s*[-–:]\s*\d+)?\)?))*[.!]?$",
    re.IGNORECASE,
)
# A capitals heading that names the council or the meeting is the document's banner, not a section.
_BANNER_NAMING = re.compile(r"\b(?:MINUTES|MEETING|OF\s+THE|CITY|TOWN|COUNTY|PARISH|BOROUGH|DISTRICT|TOWNSHIP)\b")
# A letterhead line above the minutes' date: the meeting's kind ("ORDINARY MEETING", "Annual General Meeting"),
# or the name of a community body ("FERN VALLEY COMMUNITY COUNCIL", "Elm Park Residents' Association").
# "Town of Elk Bend", "TOWNSHIP OF ELM RIDGE": a municipality's banner names the council that meets.
MUNICIPAL_BANNER = re.compile(
    r"^(?:the\s+)?(?:corporation\s+of\s+the\s+)?(?:town|township|city|village|county|borough|municipality|"
    # "Shire of Elmvale", "Regional Municipality of Elm", "City and County of Elmport".
    # "Metropolitan District of Elmvale": the district of an Irish city and its suburbs.
    r"(?:municipal|metropolitan)\s+district|district|parish|rural\s+municipality|united\s+counties|shire|region|"
    r"regional\s+(?:municipality|district)|(?:city|town)\s+and\s+county)\s+of\s+"
    r"[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|and|of|the)){0,4}$"
    # "Elm Township", "Elmdale Borough", "Fernhill Fire District", "Elmbury Parish Meeting": the name, then the
    # kind of municipality or district (or the parish's or town's own meeting).
    r"|^(?:the\s+)?(?-i:[A-Z])[\w'’.-]*(?:\s+(?:(?-i:[A-Z])[\w'’.-]*|(?-i:and|of|the))){0,4}\s+"
    r"(?:township|borough|(?:fire|water|school|sanitary|sewer|park|library|hospital|drainage|irrigation|utility|"
    r"conservation|special)\s+district|parish\s+meeting|town\s+meeting)$",
    re.IGNORECASE,
)
_LETTERHEAD_LINE = re.compile(
    r"^(?:(?:ordinary|annual|special|extraordinary|regular|monthly|general|adjourned|emergency|statutory|quarterly"
    r"|public|parish|town|council|board)\s+){1,3}meeting(?:\s+(?:minutes|notes))?$"
    r"|^(?-i:[A-Z][\w'’.&-]*\s+){0,4}(?:community\s+council|(?:residents|neighbo(?:u)?rhood|tenants|community)['’]?\s+association)$",
    re.IGNORECASE,
)
# After an item excluding the press and public, the items that follow are taken in private.
_EXCLUSION = re.compile(r"\bexclusion\s+of\s+(?:the\s+)?(?:press|public)", re.IGNORECASE)
_AGENDA_REF = re.compile(
    r"\s*\(\s*(?:(?:Agenda\s+)?Item\s+[A-Z]?\d+[a-z]?|Pages?\s+\d+(?:\s*[-–]\s*\d+)?"
    # The item's minute reference after its title: "Apologies (31/78)", "Finance (Minute 31/79)", "… Ref 31/046".
    # A financial year ("Budget (2031/32)", "Precept (2031/2032)") is none.
    r"|(?:Min(?:ute)?\.?\s*)?(?!(?:19|20)\d{2}/(?:(?:19|20)\d|\d)\d\s*\))\d{1,4}/\d{2,4})\s*\)\s*$"
    r"|\s+Ref\.?\s*(?!(?:19|20)\d{2}/(?:(?:19|20)\d|\d)\d\s*$)\d{1,4}/\d{2,4}\s*$",
    re.IGNORECASE,
)
_AGENDA_REF_LINE = re.compile(r"^\(\s*(?:Agenda\s+)?Item\s+[A-Z]?\d+[a-z]?\s*\)$", re.IGNORECASE)
_PRIVATE = re.compile(
    r"^(?:PRIVATE\s+SESSION|EXEMPT\s+ITEMS?|CONFIDENTIAL\s+ITEMS?|RESTRICTED\s+ITEMS?"
    r"|PART\s+(?:2|II|B)\b|ITEMS?\s+(?:TAKEN\s+)?IN\s+PRIVATE)",
    re.IGNORECASE,
)
_PUBLIC = re.compile(r"^(?:UNRESTRICTED\s+ITEMS?|OPEN\s+ITEMS?|PART\s+(?:1|I|A)\b|PUBLIC\s+ITEMS?)", re.IGNORECASE)
_APPENDIX = re.compile(
    r"^(?:Minute\s+Item\s+\d+|Appendix\b|Annexe?\b|Attachment\s+\d|Presentation\s+slides\b)",
    re.IGNORECASE,
)
MEETING_END_VERBS = "concluded|closed|ended|finished|terminated"
"""How minutes say the meeting ended ("The meeting closed at 8.10 pm"), as regex alternatives;
the end of the minutes here, the end time in `meeting`."""
_MINUTES_END = re.compile(
    rf"^(?:(?:The\s+)?meeting\s+(?:{MEETING_END_VERBS})|(?:The\s+)?meeting\s+was\s+closed)\b",
    re.IGNORECASE,
)
# A heading naming the document as minutes ("City Council Minutes", "Minutes of the Regular Meeting of …"): the
# title, where a web page's minutes start after its menus. Not "Approval of Minutes", nor "Minutes of Previous Meeting"
# (the item that approves them).
_NOT_THESE_MINUTES = r"(?!.*\b(?:approv|adopt|confirm|review|correct|accept|read|sign|previous|last|prior)\w*\b)"
_MINUTES_BANNER = re.compile(
    rf"^(?![\d(]){_NOT_THESE_MINUTES}"
    r"(?:[\w&'’.,-]+\s+){1,8}minutes$"
    rf"|^{_NOT_THESE_MINUTES}minutes\s+of\s+(?:the\s+|a\s+)?(?:\w+\s+){{0,3}}(?:meeting|session)\b",
    re.IGNORECASE,
)
# The item that closes a meeting: unnumbered headings after it (a web page's "Quick Links") are no items.
_ADJOURNMENT = re.compile(r"^(?:adjourn(?:ment|ed)?|adjourn\s+(?:the\s+)?meeting|meeting\s+adjourned)$", re.IGNORECASE)
# Document titles are headings, never items; so are the attendance labels (see `_is_label_heading`).
_DOCUMENT_TITLE = re.compile(
    r"^(?:(?:minutes|notes)\s+of\s+(?:the\s+|a\s+)?meeting\s+(?:of|held)\b|agenda\s*$)",
    re.IGNORECASE,
)
# A heading or line that stops on a joining word carries on over the line break.
_TITLE_CUT = re.compile(r"(?:\b(?:and|of|the|for|to|in|on|with|a|an)|[&,\-–—:])$", re.IGNORECASE)
# Words of a sentence, not a title, in a plain numbered line ("4.2 Members noted the report").
_SENTENCE_VERB = re.compile(
    r"\b(?:was|were|is|are|had|has|have|will|would|noted|agreed|reported|said|asked|confirmed|resolved"
    r"|explained|introduced|welcomed|thanked|advised|informed|stated|received|discussed)\b"
)
_BANNER_WORDS = re.compile(r"\b(?:COUNCIL|PARTNERSHIP|COMMITTEE|BOARD|CABINET|AUTHORITY|GROUP|PANEL|FORUM)\b")
# A presenter after a dash: an optional rank, then two to four capitalised names.
_PRESENTER = re.compile(
    r"\s[-–—]\s*(?P<presenter>(?:(?:[A-Z][a-z]{0,5}\.?|[A-Z]{2,4})\s+){0,2}[A-Z][a-zA-Z'’-]+(?:\s+[A-Z][a-zA-Z'’-]+){1,3})\s*$"
)
_ROW_MARKER = re.compile(r"\s(?:(?:pdf\s+icon\s+)?PDF\s+[\d.]+\s*[KMG]B\b|Additional\s+documents\s*:|Minutes\s*:)", re.IGNORECASE)
# Column headings of minutes kept as a grid ("Item | Discussion | Action").
_GRID_HEADERS = {
    "number": re.compile(r"^(?:no|number|ref|item\s+no|#)$"),
    "item": re.compile(r"^(?:agenda\s+)?(?:item|items|subject|topic|agenda)$"),
    "notes": re.compile(
        r"^(?:discussion|notes|minutes?|summary|key\s+points|comments?|discussion\s*(?:/|and|&)\s*\w+"
        # Not "Details" or "Update": an action table inside an item ("Item | Details | Owner") is headed so.
        r"|summary\s+of\s+(?:the\s+)?discussion|discussion\s+(?:points|summary)|points\s+discussed|outcomes?"
        r"|decisions?(?:\s+(?:taken|made))?)$"
    ),
    "action": re.compile(r"^(?:actions?(?:\s+(?:agreed|by|required))?|owner|lead|by\s+whom|who|responsible)$"),
}
_MINUTES_LABEL = re.compile(r"^Minutes\s*:?$", re.IGNORECASE)
_ADDITIONAL_LABEL = re.compile(r"^Additional\s+documents\s*:?$", re.IGNORECASE)
_DOCUMENT_LINK = re.compile(r"\bPDF\s+[\d.]+\s*[KMG]B\b", re.IGNORECASE)
_ROW_CONTENT = re.compile(r"\bMinutes\s*:\s*", re.IGNORECASE)
_ROW_END = re.compile(r"\s*\|\s*$")
# ... or the agenda's note of what the meeting is asked to do: "Apologies To receive any apologies for absence."
_SENTENCE_OPENER = re.compile(r"(?<=[a-z0-9)])\s+(?=(?:The|This|A|An|It|There|These)\s|To\s+[a-z]+\s)")
_LIST_MARKER = re.compile(
    r"^(?:[-•·*]\s+)?(?:\(?\d{1,2}\)|\(?[a-z]\)|\(?[ivx]{1,4}\)|\d{1,2}\.(?!\d)|[a-z]\.)\s+"
)
# An owner marker on a line of its own: initials ("KW", "DC/L") or "Action - Jane Smith".
_MARKER_LINE = re.compile(
    r"^(?:[A-Z]{2,3}(?:\s*(?:/|,|&|\band\b)\s*[A-Z]{1,3})*\.?|Actions?\b\s*(?:by\b)?\s*[-–—:]?\s*[A-Z][^.]{0,60})$"
)
# A line ending on an owner's initials after its last sentence ("… to tighten it. JB"): the owner column, so the
# paragraph ends there.
_TAGGED_LINE_END = re.compile(r"[.!?]\s+[A-Z]{2,4}(?:\s*(?:/|,|&)\s*[A-Z]{1,4})*$")
# A bullet before its text, typed ("-", "*") or printed in any glyph (`sections.LIST_BULLET`: "•", a symbol font's
# "\uf0b7", "▪", "➢", Word's "o"); a dash typed straight against initials opening a task is one too ("-NB to contact …").
_BULLET = re.compile(rf"^{LIST_BULLET}\s+|^-(?=[A-Z]{{2,3}}\s+(?:to|will|would|should)\b)")
# A decision or a task's label opens a paragraph of its own: "RESOLVED", "Action:", "TODO", "To do:".
_PARAGRAPH_OPENER = re.compile(
    rf"^(?:RESOLVED\b|Action\b\s*[-–:]?|{TASK_LABEL}|POST\s+MEETING\s+NOTE"
    # A decision label ("Decision:", "AGREED -", "Outcome:") starts a paragraph even straight after a long line.
    r"|(?:decisions?|decided|agreed|outcome|recommended)\s*[:–—-])",
    re.IGNORECASE,
)


# A paragraph opened by a top-level number: "7. Matters arising …", "12\\. Correspondence …" once unescaped.
_PARAGRAPH_NUMBER = re.compile(r"^(?P<number>\d{1,2})\.\s+(?=[A-Z])")
# The number of a numbered paragraph whose title may run into its text: "7. …", "8.3 …" (never a bare "1 The …").
_PARAGRAPH_TITLE_NUMBER = re.compile(r"^\d{1,2}(?:\.\s|\.\d{1,2}[a-z]?\s)")
# A contents line ends on its page number: "Annual report 23".
_PAGE_REFERENCE = re.compile(r"\s\d{1,3}$")
# A title that opens with the year it concerns: "2018 Annual Governance Statement", "2019/20 Budget".
_YEAR_TITLE = re.compile(r"^(?:19|20)\d{2}(?:/\d{2,4})?\s+[A-Z][a-z]")
MAX_BARE_HEADING_WORDS = 4
"""A bare title ending in a colon among numbered items is at most this long."""
_JOINING = {"and", "of", "the", "for", "to", "in", "on", "with", "&"}
_LONG_JOINING = {"from", "into", "upon", "onto"}
"""Joining words as long as a title's words, left in lower case in a title ("Comments from Residents")."""
# Labels that stand alone over a list or a decision, never items.
_NOT_BARE_HEADING = re.compile(
    r"^(?:Resolved|Agreed|Proposed|Seconded|Action|Actions|Note|Notes|Decision|Outcome|Result|Vote|Motion|Carried"
    r"|Signed|Date|Time|Venue|Place|Chair(?:man|person)?|Clerk|Attendees|Members|Councillors|Officers|Absent"
    r"|Apologies|Present|Also\s+Present|In\s+Attendance|Minutes|Agenda|Total|Balance|Payments|Receipts|Income"
    r"|Expenditure|Cheques|Invoices|Recommendations?|Recommended\s+Actions?|Comments?|Questions?|Answer|Response|Reply"
    r"|Background|Purpose"
    r"|Summary|Notice|Proposal|Amendment)$",
    re.IGNORECASE,
)
MIN_PARAGRAPH_RUN = 4
MIN_CAPS_ITEMS = 4
"""Unnumbered capitals headings that make a document's items when lesser headings sit among them."""
CAPS_MAJORITY = 1.5
"""How many times as many capitals headings as lesser ones make the lesser ones sub-headings."""
MAX_STRAY_MARKS = 2
"""Numbered or marked lines that may be noise in minutes whose plain lines make their structure (`_stray_marks`)."""
STRAY_DOMINANCE = 4
"""How many times as many plain capitals headings or run-in labels outweigh those few lines."""
MIN_HEADINGS_AROUND_LIST = 2
"""Unnumbered marked headings needed on each side of a numbered list for the list to sit inside one of their items."""
LIST_HEADING_DOMINANCE = 2
"""How many times as many unnumbered marked headings as numbered lines make those lines a list inside an item."""
MAX_LIST_LEAD_LINES = 1
"""Lines of text at most between such a list's heading and its first numbered line."""
# Word bullet glyphs at the top level of a list ("•", Symbol's private-use bullet) and under it ("o", "§", "◦", "▪").
_TOP_BULLET = re.compile(r"^\s*[\uf0b7\u2022\u25cf]\s+")
_SUB_BULLET = re.compile(r"^\s*(?:o|[\uf0a7\u25e6\u25aa\uf0d8\u27a2-])\s+")
BULLET_LINE_SHARE = 0.5
"""Share of lines opening with a bullet glyph that makes the minutes a bullet list."""
MIN_BULLET_HEADINGS = 2
"""Top-level bullets heading deeper ones that make a bullet list's items."""
FLAT_LOOKBACK = 12
"""Candidate numbers looked back over for the link before one in a flattened chain."""
FLAT_INLINE_SHARE = 0.5
"""Share of a flattened chain's numbers that must stand inside a line rather than open it."""
MIN_FLAT_RUN = 5
"""Inline agenda numbers rising one by one that make a flattened text's items."""
# An agenda number inside a flattened line: after a gap, optionally starred (taken on consent) or lettered
# ("S-17", a substitute), then a title word.
_FLAT_NUMBER = re.compile(r"(?:^|(?<=\s))\*?(?:[A-Z]-)?(?P<number>\d{1,4})\s+(?=[A-Z][a-z])")
# A flattened item's title ends at its first bracket ("(Ordinance)") or a wide gap.
_FLAT_TITLE_END = re.compile(r"\s+\(|\s{2,}")
# A paragraph opened by a short title and a full stop: "Road safety. The county will resurface …".
_DOTTED_RUN_IN = re.compile(r"^(?P<title>[A-Z][^.:;!?]{2,60}?)\.\s+(?P<rest>[A-Z].*)$")
_NAME_TITLES = rf"{HONORIFIC}|Cllr|Councillor|Rev|St"
# The first word of a sentence that a title runs into ("Allotments There were no vacancies").
_WORD_SENTENCE_START = re.compile(r"\s+(?=(?:It|The|This|These|There|No|Nothing|All|A|An)\s)")
MIN_DOTTED_SHARE = 0.3
"""Share of a document's paragraphs that must open with a dotted title for those to be its items."""
"""Numbered paragraphs rising in order that make a document's paragraphs its items."""
# A line of prose that ran on past a sentence's stop and breaks off without one: the next line carries on its sentence.
_PROSE_RUNS_ON = re.compile(r"[a-z\d]{2}[\"”’)]?[.!?][\"”’)]?\s+[A-Z][^.!?]*$")
# A label run in at a paragraph's start: "Road Report: The crew …", "PUBLIC COMMENT - None", "Old business:" alone;
# the dash may be set tight against one side ("Highway Commissioner- Crews …", "Building and Grounds –Trustee Lee …"),
# and a label with nothing to report may stand alone before its dash ("ANNOUNCEMENTS –").
_LABEL_RUN_IN = re.compile(
    r"^(?P<title>[A-Z][A-Za-z'’&/,() -]{2,60}?)(?:\s*:(?:\s+(?P<rest>\S.*))?"
    r"|(?P<dash>\s+[-–—]{1,2}\s+|\s+[-–—]{1,2}(?=[A-Z])|(?<=[a-z])[-–—]{1,2}\s+)(?P<rest2>\S.*)|(?P<bare>\s+[-–—]{1,2}))$"
)
# A capitals label run in with its minutes after a dash or colon, the dash often set tight against the next word and a
# reporter's name before the text: "CEMETERY –Moss: No report.", "POLICE REPORT - Chief Lane: Report as presented.",
# "CONSENT “Omnibus” Agenda: …" (quoted or capitalised words may follow the capitals before a colon).
_CAPS_LABEL_RUN_IN = re.compile(
    r"^(?P<title>[A-Z][A-Z’'&/]*(?:\s+(?:[A-Z][A-Z’'&/]*|&))*"
    r"(?:(?P<tail>(?:\s+(?:[“\"‘'][A-Z][A-Za-z]*[”\"’']|[A-Z][a-z]+))+)(?=\s*:))?)"
    r"(?:\s*:\s+|\s+[-–—]{1,2}\s*|[-–—]{1,2}\s+|[–—])(?P<rest>\S.*)$"
)
# Capitals that open a motion, a vote or a sentence, never a run-in item label.
_CAPS_LABEL_NOT_ITEM = re.compile(
    r"^(?:MOTION|MOVED|SECOND(?:ED)?|ALL|IN\s+FAVOU?R|OPPOSED|ROLL\s+CALL\s+VOTE|VOICE\s+VOTE|VOTE|VOTING|THE|IT|THIS|THERE"
    r"|THAT|WE|THEY|HE|SHE|I)\b|\b(?:APPROVED|ADOPTED|DENIED|PASSED|CARRIED|FAILED|TABLED|SECONDED)\b"
)
# A post's holder named after its dash and then nominated or elected: "Treasurer – Ann Lee – nominated Bo Day, seconded
# Cy Dunn", "Secretary - Di Fox (self nomination) seconded Ed Gray - elected", "Web Officer – Ed Gray, elected unopposed".
_NOMINATION_REST = re.compile(
    r"^(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w.'’-]*(?:\s*\([^)]*\))?\s*[-–—,]?\s*"
    r"(?i:(?:self[- ])?nominat|(?:re-?)?elected|proposed|seconded|appointed|returned\s+unopposed)"
)
# A reporter named before a run-in label's text: "Chief Lane: …", "Moss: …", "Reed said that …".
_REPORTER = re.compile(r"^(?:[A-Z][A-Za-z.'’-]*\s+){0,2}[A-Z][A-Za-z.'’-]*\s*:\s*\S|^[A-Z][a-z]+\s+(?:said|reported|stated)\b")
# Labels that open a motion, a vote, a signature or the heading block, never an item.
_NOT_RUN_IN_LABEL = re.compile(
    # "All in favor: Ann Lee, Bo Day …", "Those in favour:", "All opposed:": who voted each way, under the motion.
    r"^(?:(?:Voting|Vote)\b.*|Roll\s+Call\s+Vote|Ayes?|Nays?|Yeas?|Noes|No|Yes|Abstain(?:ed|ing|s)?|Abstentions?|Second(?:ed)?"
    r"|(?:All|Those)\s+(?:in\s+favou?r|opposed|against)"
    r"|Recorded\s+Vote|Moved|Motion(?:\s+(?:by|made\s+by|to\s+\w+))?|Action(?:\s+Taken)?|Results?|Carried|Attest|Respectfully\s+Submitted"
    r"|Submitted\s+by|Prepared\s+by|Recorded\s+by|Location|Where|When|Subject|Re|From|To|Cc|Q|A|Question|Answer|Note|Ps"
    r"|Members?\s+(?:Present|Absent)|Others?\s+Present|Guests?|Visitors?|Staff|Excused|Quorum|Discussion|Tabled)$",
    re.IGNORECASE,
)
# An honorific or an office written before a person's name: "Mr", "Commissioner", "Chair", "Trustee".
_OFFICE_BEFORE_NAME = (
    rf"(?:{HONORIFIC}|Mayor|Supervisor|Trustee|Council(?:man|woman|member|or|lor)|Cllr|Alderm[ae]n|Commissioner"
    r"|Chair(?:man|woman|person)?|President|Clerk|Treasurer|Director|Chief|Attorney|Manager|Member|Senator|Representative"
    r"|Deputy|Officer|Sheriff|Judge|Rev|Pastor|Father)"
)
# The first word of a speaker's label: an honorific or an office before a name.
_SPEAKER_OPENING = re.compile(rf"^{_OFFICE_BEFORE_NAME}\.?\s")
# A short verdict closing a line without a stop: "… — None", "… – No report".
_VERDICT_AT_END = re.compile(rf"[-–—:]\s*{EMPTY_VERDICT}$", re.IGNORECASE)
# A reporter's name, a dash and a verdict after a label's dash: "Plan Commission — Ann Lee — None".
_NAMED_VERDICT = re.compile(r"(?:[A-Z][\w.'’-]*\s+){1,3}[-–—]{1,2}\s*(?P<verdict>\S.*)")
# An office and a name alone after a label's dash: who reports on it ("Community Center - Trustee Ann Lee").
_REPORTING_HOLDER = re.compile(_SPEAKER_OPENING.pattern + r"\s*[A-Z][A-Za-z'’-]+(?:\s+[A-Z][A-Za-z'’-]+){0,2}\.?")
# What a speaker's label runs into: "asked …", "said …", "stated that …".
_SPOKEN = re.compile(
    r"(?:asked|said|stated|questioned|commented|noted|wondered|explained|responded|replied|thanked|raised|spoke|expressed)\b"
)
# A speaker's words reported after a name: "He said …", "She then asked …".
_PRONOUN_SPEAKS = re.compile(r"^(?:He|She|They|I|We)\s+(?:\w+\s+)?" + _SPOKEN.pattern)
# A label that ends on a report's noun names an item even after an office ("Supervisor Report", "Clerk Update").
_NEXT_MEETING_HEADING = re.compile(r"^(?:date\s+(?:and\s+time\s+)?of\s+(?:the\s+)?)?next\s+meeting$", re.IGNORECASE)
_ITEM_NOUN_END = re.compile(r"\b(?:reports?|updates?|comments?|business|matters|minutes|items?|correspondence)$", re.IGNORECASE)
# An office alone as a label: its holder's report when a sentence follows.
_OFFICE_LABEL = re.compile(
    r"^(?:Clerk|Chair(?:man|person)?|Mayor|Secretary|Treasurer|Supervisor|Reeve|President)$", re.IGNORECASE
)
# Business that minutes written in run-in labels open a paragraph with, though alone on a line these label lists.
_BUSINESS_LABEL = re.compile(r"^(?:Minutes|Payments|Receipts|Invoices|Cheques|Expenditure|Income|Questions)$", re.IGNORECASE)
MIN_OFFICE_REPORT_WORDS = 4
"""Words after an office's label that make it a report, not a signature ("Clerk: Ann Lee")."""
# A line that says an item had nothing in it: "No report", "None", "See attached report".
_NOTHING_TO_REPORT = re.compile(
    r"(?:no\s+report|none|nil|nothing\s+to\s+report"
    # "See attached report", "See Written Report from the Assessor."
    r"|see\s+(?:the\s+)?(?:attached|written|enclosed)(?:\s+[\w'’-]+){0,8})\.?",
    re.IGNORECASE,
)


def _is_short_verdict(text: str) -> bool:
    """Whether a line closes an item without a full stop: nothing to report ("No report", "None"), or an outcome
    ("Motion carried", "No action taken", "Received and filed")."""
    return bool(_NOTHING_TO_REPORT.fullmatch(text) or _OUTCOME_LINE.match(text))


MAX_TITLE_HEADING_WORDS = 4
"""A title-case line standing as a heading is at most this long."""
MAX_SENTENCE_HEADING_WORDS = 6
MAX_LOWER_HEADING_WORDS = 2
"""A heading in sentence case is at most this long, with at most this many words in lower case (`_is_sentence_case_heading`)."""
MAX_LABEL_RUN_IN_WORDS = 6
"""A run-in label naming an item is at most this long."""
MAX_LOWER_LABEL_WORDS = 3
"""A run-in label not in title case ("Old business:") is at most this long."""
MIN_DASH_RUN_IN_WORDS = 3
"""The text after a dashed run-in label is a sentence of at least this many words (not "Ann Lee – Chair")."""
MIN_LABEL_SHARE = 0.25
"""Share of a document's paragraphs that must open with a run-in label for those to be its items."""
MIN_BUSINESS_LABELS = 5
"""Distinct run-in labels naming the order of business ("Call to Order – …", "Approval of Minutes – …", "Old Business:")
that make run-in labels a document's items however long the reports between them run."""
# An item number inside a flattened line, at its start or after a sentence's end: "… were absent. 2. Minutes …".
_LOOSE_FLAT_POINT = re.compile(r"(?<=[A-Za-z]\s)(?P<number>\d{1,2})\.\s+(?=[A-Z])")
"""An item number after a word in a flattened minutes ("… Cllr Ann Vale 2. Declarations …"), taken only between its
neighbours in a run of `_FLAT_POINT` numbers."""
_FLAT_POINT = re.compile(r"(?:^|(?<=[.!?:;)\"”’])\s+)(?P<number>\d{1,2})\.\s+(?=[A-Z])")
# What a flattened minutes' opening holds before its first item: the attendance or the apologies.
# The first item of a whole minutes: "CALL TO ORDER", "Call to Order and Roll Call", "ROLL CALL".
_FLAT_CALL_TO_ORDER = re.compile(r"(?:call(?:ing)?\s+(?:the\s+meeting\s+)?to\s+order|roll\s+call)\b", re.IGNORECASE)
_FLAT_OPENING = re.compile(r"\b" + label_words(sections=("attendance", "absent", "apologies")) + r"\s*[:–—-]", re.IGNORECASE)
# The same words with no colon: a roll written "MEMBERS PRESENT Ann Ash, …" or "Board members present were …".
_FLAT_ROLL = re.compile(r"\b" + label_words(sections=("attendance", "absent", "apologies")) + r"\b", re.IGNORECASE)
FLAT_LINE_CHARS = 400
"""A line at least this long may be a whole minutes whose line breaks were lost."""
MIN_FLAT_NUMBERS = 3
"""Item numbers rising one by one in such a line that cut it into items."""
MAX_PARAGRAPH_STEP = 3
"""A rising run of paragraph numbers may skip at most this many (a number run into the paragraph before)."""
# Where a title run in with its minutes, with no colon or dash, gives way to the first sentence:
# a sentence's first word, a bullet, or a sub-number ("Correspondence 10.1 …").
_SENTENCE_START = re.compile(
    r"\s+(?=(?:It|The|This|These|There|No|Nothing|All|A|An|With|Cllr|Cllrs|Councillors?|Members|Mr|Mrs|Ms|Having|He|She|They)\s)"
    # "Public Comments None.", "Record of members present Noted.": a closing verdict after the title.
    r"|\s+(?=(?:None|Nil|Noted|Agreed|Approved|Deferred)\.?$)"
    r"|\s*[•·]\s*|\.\s+(?=[A-Z])|\s+(?=\d{1,2}(?:\.\d{1,2}){1,2}[a-z]?\s)|\s+(?=1\.\s+[A-Z])"
    r"|\s+(?=\(?[a-h][.)]\s+[A-Z])"  # "… update a. The plans …": a lettered list opens the text
    # "… public contributions CC asked …": a member's initials and a verb of speech open the minutes.
    r"|\s+(?=[A-Z]{2,3}\s+(?:asked|said|reported|confirmed|noted|stated|advised|commented|explained|proposed)\b)"
    # "Call To Order Commissioner Ash called …", "Approval of Minutes Board Member Lee moved (seconded by …": an office
    # and a name, then a verb in the past or present, open a US board's minutes.
    # The name's words are no agenda title's ("6. Fire Chief Report Chief Marsh reported …" is titled "Fire Chief Report").
    rf"|\s+(?=(?:Board\s+|Vice[ -])?{_OFFICE_BEFORE_NAME}\.?\s+(?:(?!(?i:{agenda_words().pattern}))[A-Z][\w'’-]*\.?\s+){{1,3}}"
    r"(?:[a-z]+(?:ed|s)|made|gave|led|said|read|spoke|took|met|told|brought)\b)"
)
# A title that stops on a joining word carries on past a name ("… from Cllr Lee").
_JOINING_END = re.compile(r"(?:\b(?:and|of|the|for|to|in|on|with|a|an|from|by|at|as)|[&,\-–—])$", re.IGNORECASE)
# A sentence's verb after its subject: "Payments were approved …" is titled by its subject.
_SUBJECT_VERB = re.compile(r"\s+(?:was|were|is|are|has|have|had)\s")
# Inside a numbered paragraph: the next item's number run in after a sentence ("… was elected. 6. Minutes of …")
# or a sub-number of this item ("Correspondence 10.1 Letter from the county").
_INLINE_NUMBER = re.compile(
    r"(?:(?<=[.!?])|(?<=[.!?][\"”’]))\s+(?P<number>\d{1,2}(?:\.\d{1,2})?)\.?\s+(?=[A-Z])"
    r"|(?:^|\s)(?P<sub>\d{1,2}\.\d{1,2})\s+(?=[A-Z0-9])"
    r"|(?:^|\s)(?P<point>\d{1,2})\.\s+(?=[A-Z])"
)


def _paragraph_runs(lines: list[Line], end: int) -> bool:
    """True when the minutes are numbered paragraphs: at least `MIN_PARAGRAPH_RUN` lines open with numbers that rise.

    A list of points inside one item ("1.", "2." under a motion) restarts and
    falls back; the items of paragraph-numbered minutes only go up.
    """
    best = run = 0
    previous: int | None = None
    for line in lines[:end]:
        if line.cells is not None:
            continue
        text = clean_text(line.text)
        match = _PARAGRAPH_NUMBER.match(text)
        if match is None or (len(text.split()) <= MAX_SUB_TITLE_WORDS and not _is_short_run_in(text[match.end():])):
            continue  # a short numbered line is a list entry or a contents line, not a paragraph of minutes
        number = int(match.group("number"))
        if previous is not None and previous < number <= previous + MAX_PARAGRAPH_STEP:
            run += 1
        else:
            run = 1
        previous = number
        best = max(best, run)
    return best >= MIN_PARAGRAPH_RUN


MIN_RUN_IN_SENTENCE_WORDS = 3
"""Words of the sentence a short numbered line must carry after its title to read as a paragraph."""
# The opening of the minutes' own sentence after a title: "The", "A", "It", a member.
_RUN_IN_OPENER = re.compile(
    r"\s+(?=(?:The|A|An|It|There|This|These|No|Nothing|All|Cllr|Cllrs|Councillors?|Members|Mr|Mrs|Ms|He|She|They)\s)"
)


def _is_short_run_in(title: str) -> bool:
    """True for a short numbered line whose title runs straight into a sentence ("Highways The clerk will report …").

    Text read from a PDF or OCR often joins an item's heading to its first
    line: the title (title case or capitals, at most `MAX_RUN_IN_TITLE_WORDS`
    words) is cut at the first word that opens a sentence, and the sentence
    after it must be whole (it ends on a full stop).
    """
    cut = _RUN_IN_OPENER.search(title)
    if cut is None or not title.rstrip().endswith("."):
        return False
    head, sentence = title[: cut.start()].strip(), title[cut.end():]
    words = head.split()
    return (
        0 < len(words) <= MAX_RUN_IN_TITLE_WORDS
        and head[:1].isupper()
        and (_is_capitals(head) or _is_title_cased(words))
        and not _SENTENCE_VERB.search(head)
        and not _JOINING_END.search(head)
        and len(sentence.split()) >= MIN_RUN_IN_SENTENCE_WORDS
    )


def _dotted_run_ins(lines: list[Line], end: int) -> dict[int, tuple[str, str]]:
    """Paragraphs opened by a short title ending at a full stop, when the minutes are written that way.

    "Play Area. The swing needs new chains." Only when at least
    `MIN_PARAGRAPH_RUN` paragraphs open so and they are at least
    `MIN_DOTTED_SHARE` of the paragraphs: a lone "Footpaths. …" is a sentence.
    """
    found: dict[int, tuple[str, str]] = {}
    paragraphs = 0
    for position, line in enumerate(lines[:end]):
        text = clean_text(line.text)
        if not text or line.cells is not None:
            continue
        paragraphs += 1
        match = _DOTTED_RUN_IN.match(text)
        if match is None:
            continue
        title = match.group("title").strip()
        if not _is_run_in_title(title) or re.match(rf"^(?:{_NAME_TITLES})\b", title) or is_date_line(title):
            continue
        found[position] = (title, match.group("rest"))
    if len(found) < MIN_PARAGRAPH_RUN or len(found) < MIN_DOTTED_SHARE * paragraphs:
        return {}
    for position, line in enumerate(lines[:end]):
        # Among them, a title that runs straight into its first sentence: "Bus Shelter It was noted …".
        text = clean_text(line.text)
        if position in found or not text or line.cells is not None:
            continue
        cut = _WORD_SENTENCE_START.search(text)
        if cut is None:
            continue
        title = text[: cut.start()].strip()
        if (
            _is_run_in_title(title)
            and not re.match(rf"^(?:{_NAME_TITLES}|The|A|An|This|These|There|No|All|Members)\b", title)
            and "." not in title
        ):
            found[position] = (title, text[cut.start():].strip())
    return found


# A bullet or tilde before a run-in label ("~Boat Launch: …", "• Dues: …", "- Road Grading – …"): a list of the
# section's matters, each label an item of its own under the capitals heading ("NEW BUSINESS") above.
_RUN_IN_BULLET = re.compile(rf"^(?:[{re.escape(BULLET_GLYPHS)}~]\s+|[~-](?=[A-Z]))")


def _opens_own_label(text: str) -> bool:
    """True when `text` opens on a run-in label whose own text opens a sentence, on a capital or a number ("Cemetery
    Report: Mowing contract renewed.", "Assessor – See Written Report"), or stands alone ("OLD BUSINESS:"); a name
    wrapped from the line above runs on into lower case ("Road Bridge Update: the deck is completed")."""
    match = _LABEL_RUN_IN.match(text)
    if match is None:
        return False
    rest = (match.group("rest") or match.group("rest2") or "").lstrip("\"“‘'(")
    return not rest[:1].islower()


def _label_run_ins(lines: list[Line], end: int) -> dict[int, tuple[str, str]]:
    """Paragraphs opened by a run-in label, when the minutes are written that way (US township and city minutes).

    "TREASURER'S REPORT: The treasurer presented …", "Road Report – The crew
    graded …", "Public Comment: none", and a label alone on its line ("Old
    business:"). Only when at least `MIN_PARAGRAPH_RUN` paragraphs open with a
    capitalised label and they are at least `MIN_LABEL_SHARE` of the
    paragraphs, or `MIN_BUSINESS_LABELS` distinct labels name the order of
    business (`agenda_words`: long committee reports between them make many
    paragraphs): a lone "Public comment: none." inside an item is no item.
    Attendance, motion and vote labels ("Present:", "Second:", "Voting Aye:")
    and speakers ("Mayor Lee:") never count.
    """
    found: dict[int, tuple[str, str]] = {}
    in_capitals: set[int] = set()  # labels read by `_caps_label_run_in` ("CEMETERY –Moss: No report.")
    bare: dict[int, tuple[str, str]] = {}
    """Short title-case lines alone over a sentence: headings once the labels make the structure, no evidence of it."""
    capitalised = paragraphs = headings = 0
    previous = ""
    under_actions = False  # in the entries of an "Action items" list: "- Ann Lee: Book the hall" names who acts
    for position, line in enumerate(lines[:end]):
        cleaned = clean_text(line.text)
        text = _RUN_IN_BULLET.sub("", cleaned, count=1)
        if not text:
            previous = ""
            continue
        if line.cells is not None:
            previous = text
            continue
        if under_actions and text != cleaned and not line.is_heading:
            previous = text
            continue
        under_actions = ACTION_LIST_LABEL.match(text) is not None
        if line.is_heading or line.bold:
            headings += 1
        # A line after a label line ("PRESENT: Ann Lee, Tom Birch") opens a paragraph too, unless that line's minutes
        # ran on past a sentence's stop and break off without one ("… to begin on August 15. Kings" / "Road Bridge
        # Update: …" is one name wrapped).
        # A line that opens on its own label and sentence ("Cemetery Report: Mowing …", "Assessor – See …") is a new
        # paragraph after such a line all the same: the report above only lost its last stop.
        runs_on = _PROSE_RUNS_ON.search(previous) is not None and not _opens_own_label(text)
        opens = not previous or bool(re.search(r"[.!?:;)]$", previous)) or (position - 1 in found and not runs_on)
        opens = opens or (_is_capitals(previous.split(":")[0]) and ":" in previous)
        # "Plan Commission — Ann Lee — None" ends its paragraph without a stop.
        opens = opens or bool(_VERDICT_AT_END.search(previous))
        # A line under a heading ("Committee Reports" then "Dam: – The inspection …") opens a paragraph.
        opens = opens or (position > 0 and bool(previous) and (lines[position - 1].is_heading or lines[position - 1].bold))
        if not opens and not runs_on and not _JOINING_END.search(previous):
            # "Call to Order – The meeting …" under a date line without a stop: a label of the order of business
            # opens its paragraph unless the line above breaks off mid-sentence.
            head = _LABEL_RUN_IN.match(text)
            opens = head is not None and bool(agenda_words().search(head.group("title")))
        # A capitals label with a reporter or verdict opens its paragraph even after a line whose stop was dropped,
        # unless that line breaks off at a joining word ("… the" then "COUNTY DRAIN – the culvert …").
        caps_label = _caps_label_run_in(text) if opens or not re.search(r"[,;–—-]$", previous) else None
        if caps_label is not None and not opens and _JOINING_END.search(previous):
            caps_label = None
        # "Clerk report Lena absent", "Old business None", "Trustees report" alone: a label closed by its report or
        # business word opens its paragraph with no colon or dash, unless the line above breaks off mid-sentence.
        plain = _plain_run_in(text) if caps_label is None and not _JOINING_END.search(previous) else None
        if plain is not None and not plain[1] and _is_short_line(lines, position + 1, end):
            plain = None  # "Clerk's Report" over "Old Business" over "New Business": a list of the order of business
        previous = text
        if plain is not None:
            paragraphs += 1
            found[position] = plain
            capitalised += _run_in_label_kind(*plain) or 0
            continue
        if caps_label is not None:
            paragraphs += 1
            found[position] = caps_label
            in_capitals.add(position)
            capitalised += 1
            continue
        if not opens:
            continue
        paragraphs += 1
        if _caps_label_head(text):
            continue  # capitals before the dash or colon that `_caps_label_run_in` turned down: a vote, speaker or sentence
        match = _LABEL_RUN_IN.match(text)
        if match is None:
            if _is_capitals(text) and agenda_words().search(text) and _run_in_label_kind(text, "") == 1:
                found[position] = (text, "")  # "OLD BUSINESS" alone among run-in labels: an item with nothing run in
                capitalised += 1
            elif _is_bare_title_over_sentence(lines, position, text):
                bare[position] = (text, "")  # "Elm Ridge Township" alone over the supervisor's report
            continue
        title = match.group("title").strip()
        rest = (match.group("rest") or match.group("rest2") or "").strip()
        if match.group("bare") and not _is_capitals(title) and (_is_speaker_name(title) or not _is_title_heading_text(title)):
            # "Ann Lee –" alone: a name over its post, not a label; "ANNOUNCEMENTS –" alone is one, and so is a title
            # with nothing to report among the labels ("Building and Grounds –", "Liaison Property Code –").
            continue
        if match.group("dash") and _NOMINATION_REST.match(rest):
            continue  # "Treasurer - Ann Lee - nominated Bo Day, seconded Cy Dunn": an election's record, not a label
        if match.group("dash"):
            reported = _reported_title(title, rest)
            if reported is not None:
                title, rest = reported  # "Supervisor Lee - Financial Reports. See attached."
            elif not _is_dash_label_rest(title, rest) and not _is_business_dash_rest(title, rest):
                continue
        kind = _run_in_label_kind(title, rest)
        if kind is None:
            continue
        capitalised += kind
        found[position] = (title, rest)
    business = len({entry[0].lower() for entry in found.values() if agenda_words().search(entry[0])})
    few = len(found) < MIN_LABEL_SHARE * paragraphs and business < MIN_BUSINESS_LABELS
    if capitalised < MIN_PARAGRAPH_RUN or few or headings >= len(found):
        return {}
    found.update(bare)
    # A capitals label repeated word for word is a running header or a form's field, not an item ("TOWN BOARD –
    # Regular …"); a title-case label may open two items ("Guest Speaker: …" twice).
    counts = Counter(found[position][0].upper() for position in in_capitals)
    return {position: entry for position, entry in found.items()
            if position not in in_capitals or counts[entry[0].upper()] == 1}


# A label closed by a word naming a report or a part of the business, then the minutes with no colon or dash:
# "Sexton's Report New sign up …", "Unfinished business None", "Adjournment 1825, motion made …".
_PLAIN_RUN_IN = re.compile(
    r"^(?P<title>[A-Z][\w'’]*(?:\s+[A-Z][\w'’]*){0,2}\s+(?i:report|business|comments?)|Adjournment)"
    r"(?:\s+(?P<rest>[A-Z0-9][^\s:]*(?:\s.*)?|[a-z]+\s.*))?$"
)


def _plain_run_in(text: str) -> tuple[str, str] | None:
    """(title, rest) for a line opened by a label with no colon or dash (see `_PLAIN_RUN_IN`), else None.

    The rest may not carry the label on as a sentence's subject ("Road Report was received", "Finance Report
    of the …"), and the label must read as one (`_run_in_label_kind`)."""
    match = _PLAIN_RUN_IN.match(text)
    if match is None:
        return None
    title, rest = match.group("title"), (match.group("rest") or "").strip()
    first = rest.split()[0] if rest else ""
    if first and (first[:1].islower() and (_SENTENCE_VERB.match(first) or first.lower() in _PLAIN_RUN_IN_JOINING
                                           or re.fullmatch(r"[a-z]+(?:ed|s)", first))):
        return None
    if first.lower() in _PLAIN_RUN_IN_JOINING:
        return None  # "Finance Report For the year …", "Clerk Report And …": the sentence goes on
    if _run_in_label_kind(title, rest) is None:
        return None
    return title, rest


def _is_short_line(lines: list[Line], start: int, end: int) -> bool:
    """True when the next text line from `start` is a short line with no end mark (another title), or there is none."""
    following = _next_text_index(lines, start, end)
    if following is None:
        return True
    text = clean_text(lines[following].text)
    return len(text.split()) <= MAX_LOWER_LABEL_WORDS + 1 and not re.search(r"[.!?:;]$", text)


_PLAIN_RUN_IN_JOINING = {"of", "for", "and", "or", "to", "from", "by", "on", "in", "at", "with", "as", "that", "which"}


def _is_bare_title_over_sentence(lines: list[Line], position: int, text: str) -> bool:
    """True for a short title-case line alone over a sentence ("Elm Ridge Township" over "Supervisor Lee noted …"), not
    a person's name over what they said ("Ann Lee" over "She asked …")."""
    if len(text.split()) > MAX_TITLE_HEADING_WORDS or not _is_title_heading_text(text) or _is_speaker_name(text):
        return False
    following = _next_text_line(lines, position + 1)
    after = clean_text(following.text) if following is not None else ""
    return (
        following is not None
        and following.cells is None
        and _is_sentence(after)
        and not _is_title_heading_text(after)
        and not _LABEL_RUN_IN.match(after)
        and not (_SPOKEN.match(after) or _PRONOUN_SPEAKS.match(after))
    )


def _caps_label_head(text: str) -> bool:
    """True when a line opens with capitals before a dash or colon that open a vote, a motion, a decision or a
    sentence, never an item ("MOTION BY REED – …", "ALL IN FAVOR: …", "THE BOARD APPROVED THE PLAN – …")."""
    match = _CAPS_LABEL_RUN_IN.match(text)
    if match is None:
        return False
    caps = (text[: match.start("tail")] if match.group("tail") else match.group("title")).strip()
    return _is_capitals(caps) and _is_refused_caps_label(caps)


def _is_refused_caps_label(caps: str) -> bool:
    return bool(_CAPS_DECISION.match(caps) or _CAPS_LABEL_NOT_ITEM.search(caps) or _SENTENCE_VERB.search(caps.lower()))


def _caps_label_run_in(text: str) -> tuple[str, str] | None:
    """The title and text of a capitals label run in after a dash or colon ("FINANCE -Reed: Reed said …"), or None.

    The label's capitals must make a title (not a decision, attendance or
    vote label, a speaker or a date), and the text after it must name a
    reporter ("Moss: No report."), read as a sentence or give a short verdict.
    """
    match = _CAPS_LABEL_RUN_IN.match(text)
    if match is None:
        return None
    title, rest = match.group("title").strip(), match.group("rest").strip()
    caps = title[: len(title) - len(match.group("tail") or "")].strip()
    if not _is_capitals(caps) or len(title.split()) > MAX_LABEL_RUN_IN_WORDS:
        return None
    if _is_refused_caps_label(caps) or _SPEAKER_OPENING.match(caps.title() + " ") or _OFFICE_LABEL.match(caps):
        return None  # "RESOLVED: …", "MOTION BY REED – …", "MAYOR LEE: …", "CLERK: …" (an office's report is read below)
    if _run_in_label_kind(caps, rest) != 1:
        return None
    # After capitals the text may open in lower case ("POLICE REPORT— on file at the office.").
    lowered = rest[:1].upper() + rest[1:]
    if not (_REPORTER.match(rest) or _is_dash_run_in_rest(lowered) or _is_short_verdict(rest)):
        return None
    return title, rest


def _is_dash_label_rest(title: str, rest: str) -> bool:
    """True when the text after a dashed run-in label is its minutes: a sentence or verdict (`_is_dash_run_in_rest`),
    a sentence opening in lower case after a label of several capitalised words ("Flags Committee – the committee is
    working …"), or the office and name of its reporter ("Community Center - Trustee Ann Lee")."""
    if _is_dash_run_in_rest(rest) or _is_short_verdict(rest) or _REPORTING_HOLDER.fullmatch(rest):
        return True
    named = _NAMED_VERDICT.fullmatch(rest)
    if named is not None and _is_short_verdict(named.group("verdict")) and not _is_speaker_name(title):
        return True  # "Plan Commission — John Vale — None", never "Ann Lee – Councillor – None"
    return (
        rest[:1].islower()
        and len(title.split()) > 1
        and _run_in_label_kind(title, rest) == 1
        and _is_dash_run_in_rest(rest[:1].upper() + rest[1:])
    )


def _is_business_dash_rest(title: str, rest: str) -> bool:
    """True when a dashed label names the order of business (`agenda_words`) and a capitalised phrase of a few words
    follows it, though not a sentence: "Call to Order and Roll Call - Board members Ann Lee, Bo Day …", "Approval of
    the Agenda – Added to New Business – …"."""
    if is_date_line(rest.rstrip(".")) or _MINUTES_BANNER.match(title):
        return False  # "EYH MEETING MINUTES – February 1, 2031": the document's title and date
    return bool(agenda_words().search(title)) and rest[:1].isupper() and len(rest.split()) >= MIN_DASH_RUN_IN_WORDS


def _reported_title(title: str, rest: str) -> tuple[str, str] | None:
    """(title, text) for a reporter's label whose text opens with the report's title, or None.

    "Supervisor Lee - Financial Reports. See attached.": an office and name,
    a dash, then a short capitalised title ending on a report's noun and a
    full stop; the item is "Supervisor Lee - Financial Reports".
    """
    if len(title.split()) < 2 or not _SPEAKER_OPENING.match(title + " "):
        return None
    head, stop, after = rest.partition(".")
    words = head.split()
    if not stop or not 0 < len(words) <= MAX_LABEL_RUN_IN_WORDS or not _ITEM_NOUN_END.search(head):
        return None
    if not _is_title_cased(words) or _SENTENCE_VERB.search(head):
        return None
    return f"{title} - {head.strip()}", after.strip()


def _is_dash_run_in_rest(rest: str) -> bool:
    """A dash run-in's text is a sentence ("The crew graded …") or a short verdict ("None", "No report")."""
    if re.fullmatch(r"(?:none|nil|no\s+report|nothing\s+to\s+report|n/?a)\.?", rest, re.IGNORECASE):
        return True
    # A sentence has lower-case words; a name's post or committee after a dash has none ("Ann Lee – Museum Board").
    lower = [word for word in rest.split() if re.fullmatch(r"[a-z]{3,}[.,;]?", word) and word.strip(".,;") not in _JOINING]
    return rest[:1].isupper() and len(rest.split()) >= MIN_DASH_RUN_IN_WORDS and len(lower) >= 2


def _run_in_label_kind(title: str, rest: str) -> int | None:
    """1 for a capitalised run-in label ("Road Report", "TREASURER'S REPORT"), 0 for a short lower-case one
    ("Old business"), None for no item label (attendance, motion and vote labels, speakers, dates)."""
    words = title.split()
    letters = [c for c in title if c.isalpha()]
    long_words = [word for word in _long_words(words) if word.lower() not in _JOINING | _LONG_JOINING]
    # "Board Member Survey for Conflicts of Interest with Agenda Items – None": a longer label naming the business.
    business = len(words) <= MAX_SUB_TITLE_WORDS and all(word[:1].isupper() for word in long_words) and bool(
        agenda_words().search(title)
    )
    if not words or (len(words) > MAX_LABEL_RUN_IN_WORDS and not business) or len(letters) < 4 or re.search(r"\d", title):
        return None
    if not title[:1].isupper() or _NOT_RUN_IN_LABEL.match(title) or is_date_line(title) or _is_testimony_label(title):
        return None
    if _NOT_BARE_HEADING.match(title) or _CAPS_NOT_HEADING.match(title.upper()) or _is_label_heading(title):
        # "Clerk: Invoices to be paid …" reports an office's business; "Clerk: Ann Lee" signs the minutes;
        # "Minutes: The minutes of … were approved." and "Payments: The schedule … was approved." name the item they open.
        reports = _OFFICE_LABEL.match(title) or (_BUSINESS_LABEL.match(title) and _is_sentence(rest))
        if not (reports and len(rest.split()) >= MIN_OFFICE_REPORT_WORDS):
            return None
    if _SENTENCE_VERB.search(title) or any(re.fullmatch(r"[a-z]+ed", word) for word in words):
        return None
    if not rest and _OFFICE_LABEL.match(re.split(r"[\s/-]+", title)[-1]):
        return None  # "Mayor:", "CAO-Clerk:" alone: the signature lines
    if _is_speaker_label(title):
        return None  # "Mayor Lee:", "Councilmember Ortiz:", "MAYOR LEE:" name a speaker
    if len(words) > 1 and (_SPOKEN.match(rest) or _PRONOUN_SPEAKS.match(rest)) and not _ITEM_NOUN_END.search(title):
        return None  # "Jo Reed: asked about the verges": a speaker's name
    if all(c.isupper() for c in letters):
        return 1
    if all(word[:1].isupper() for word in long_words):
        return 1
    # "Old business:", "Adoption of the agenda:", "Business arising from the minutes:": short, or naming the business.
    return 0 if len(words) <= MAX_LOWER_LABEL_WORDS or agenda_words().search(title) else None


def _is_sentence(text: str) -> bool:
    """True for text that reads as a sentence: capitalised, with at least two lower-case words of three letters or more."""
    return text[:1].isupper() and len(re.findall(r"\b[a-z]{3,}\b", text)) >= 2


def _sentence_run_in_title(title: str) -> str | None:
    """The title of a numbered paragraph that runs on into its minutes with no colon or dash, or None.

    "Election of Chair It was moved …" → "Election of Chair";
    "Correspondence 10.1 Letter from …" → "Correspondence";
    "Vice-Chair took the oath of office." → the whole sentence.
    """
    head = title
    for cut in _SENTENCE_START.finditer(title):
        head = title[: cut.start()]
        if cut.start() > 0 and not _JOINING_END.search(head):
            break  # "… Vice Chair from Cllr Lee": a name after a joining word is still the title
    else:
        head = title
    head = head.strip().rstrip(".:;,").strip()
    if re.match(r"(?:It|There|This|These)\b", head):
        return None  # "17. It was noted that …": a numbered sentence with no title
    verb = _SUBJECT_VERB.search(head)
    if verb is not None and len(head[: verb.start()].split()) >= 1:
        head = head[: verb.start()]  # "Payments were approved as listed" → "Payments"
    words = head.split()
    # "To approve the minutes of the meetings held on …": an agenda's own wording may run long.
    longest = MAX_AGENDA_WORDING_WORDS if re.match(r"To\s+[a-z]", head) else MAX_SUB_TITLE_WORDS
    if not words or len(words) > longest or is_lookalike(head) or _PAGE_REFERENCE.search(head):
        return None  # "Declarations of interest 3": a contents line's page number
    if not (head[:1].isupper() or head[:1].isdigit()) or _TASK_OPENING.match(head):
        return None
    return head


def _with_subject(title: str, rest: str) -> str:
    """A run-in item's first text, given back its subject when the title was cut from a sentence.

    "Payments were approved as listed" → title "Payments", text "Payments
    were approved as listed", so the decision reads whole.
    """
    if rest[:1].islower() and _SUBJECT_VERB.match(" " + rest):
        return f"{title} {rest}"
    return rest


def _next_point(rest: str, match: re.Match[str], point: int) -> bool:
    """True when a fresh point number is part of a run: "1." followed later by "2.", or a later point that follows one."""
    if point > 1:
        return True
    return re.search(r"(?:^|\s)2\.\s+[A-Z]", rest[match.end():]) is not None


def _split_run_together(rest: str, number: str) -> list[tuple[str, str]]:
    """The minutes after a numbered paragraph's title, cut where later items' numbers are run in.

    Returns ("", text) for the item's own text, then (number, text) for each
    run-in item, taking only numbers that continue the run: this item's
    sub-numbers in order ("10.1", "10.2") and then the next item's number.
    """
    pieces: list[tuple[str, str]] = []
    major = int(number.split(".")[0])
    expected_sub = 1
    if "." in number:
        major_part, _, minor = number.partition(".")
        expected_sub = int(minor) + 1 if minor.isdigit() else 1
    start = 0
    label = ""
    for match in _INLINE_NUMBER.finditer(rest):
        found = match.group("number") or match.group("sub") or match.group("point")
        parts = found.split(".")
        if len(parts) == 2 and int(parts[0]) == major and int(parts[1]) == expected_sub:
            expected_sub += 1
        elif len(parts) == 1 and int(parts[0]) == major + 1 and match.group("number"):
            major, expected_sub = major + 1, 1
        elif len(parts) == 1 and int(parts[0]) == expected_sub and "." not in number and _next_point(rest, match, expected_sub):
            # "… agenda 1. Speeding on the hill … 2. The village sign …": points numbered afresh under the item ("12.1").
            found = f"{major}.{expected_sub}"
            expected_sub += 1
        else:
            continue
        pieces.append((label, rest[start : match.start()].strip()))
        label, start = found, match.end()
    pieces.append((label, rest[start:].strip()))
    return pieces


# A later lettered part or minute reference run in after a sentence's end: "… up to date. b) Handyman – The …",
# "… the agenda. 77/17 Handyman's Report …".
_RUN_IN_PART = re.compile(
    r"(?:(?<=[.!?])|(?<=[.!?][\"”’]))\s+(?:(?P<letter>[b-h])\)|(?P<value>\d{1,4})/(?P<year>\d{2,4}))\s+(?=[A-Z])"
)
# A reference's title running straight into its first lettered part: "77/17 Handyman's Report a) The Parish …".
_TITLE_THEN_FIRST_PART = re.compile(r"^[^.!?]{0,120}?\s\(?a\)\s+(?=[A-Z])")


def _split_run_in_parts(
    rest: str, parent: str, label: Label
) -> tuple[str, list[tuple[str, str, str]], str, str]:
    """(text of the part `label`, [(number, title, text)] of the parts run in after it, last parent, next letter).

    Parish minutes typed as one paragraph per item run the lettered parts on:
    "a) Locum Clerk – thanks were recorded … b) Handyman – The Clerk met …
    c) Spring Conference – … 77/17 Handyman's Report a) The Clerk presented …
    b) General – It was noted …". Only the letters that go on from `label`
    and, under a minute reference ("76/17"), the next reference of the same
    year cut the text, each after a sentence's end; a part titled by no short
    heading before a dash or colon ("d) A parishioner raised …") stays in the
    text before it.
    """
    reference = re.fullmatch(r"(?P<value>\d{1,4})/(?P<year>\d{2,4})", parent)
    expected_value = int(reference.group("value")) + 1 if reference is not None else None
    year = reference.group("year") if reference is not None else None
    expected = next_sub_mark(label)
    cuts: list[tuple[int, int, str, bool]] = []
    """(start, end, number, whether a reference) of each accepted cut."""
    current = parent
    for match in _RUN_IN_PART.finditer(rest):
        if match.group("letter"):
            if match.group("letter") != expected:
                continue
            cuts.append((match.start(), match.end(), sub_item_number(current, replace(label, number=expected)), False))
            expected = chr(ord(expected) + 1)
        elif match.group("year") == year and int(match.group("value")) == expected_value:
            current = f"{match.group('value')}/{year}"
            cuts.append((match.start(), match.end(), current, True))
            expected_value = (expected_value or 0) + 1
            expected = "b" if _TITLE_THEN_FIRST_PART.match(rest[match.end():]) else "a"
    own = rest[: cuts[0][0]].strip() if cuts else rest
    parts: list[tuple[str, str, str]] = []
    for position, (_, end, number, is_reference) in enumerate(cuts):
        text = rest[end : cuts[position + 1][0] if position + 1 < len(cuts) else len(rest)].strip()
        if is_reference:
            title = _run_in_title(text) or _reference_title(number, text)
            if title is None and position == len(cuts) - 1 and _is_whole_run_in_title(text):
                title = text
            body = _with_subject(title, text[len(title):].lstrip(" .:;,•·-–—")) if title else text
        else:
            pair = re.split(r"\s+[-–—]\s+|:\s", text, maxsplit=1)
            title = pair[0].strip() if len(pair) == 2 else None
            if title is not None and (
                len(title.split()) > MAX_SUB_TITLE_WORDS
                or not title[:1].isupper()
                or title.endswith((".", ";", ","))
                or _SENTENCE_VERB.search(title)
            ):
                title = None
            body = pair[1].strip() if title is not None else text
        if title is None:
            # "d) A parishioner raised concern …": no title, so the text goes on with the part before it.
            mark = rest[cuts[position][0] : end].strip()
            if parts:
                parts[-1] = (parts[-1][0], parts[-1][1], f"{parts[-1][2]} {mark} {text}".strip())
            else:
                own = f"{own} {mark} {text}".strip()
            continue
        parts.append((number, title, body))
    return own, parts, current, expected


def _split_run_together_references(rest: str, number: str) -> list[tuple[str, str]]:
    """The minutes after a minute reference's title, cut where the next references follow a sentence in the same line.

    "Apologies: none. 71/17 Declarations: none. 72/17 Minutes: approved." →
    ("", "none."), ("71/17", "Declarations: none."), ("72/17", "Minutes: approved.").
    Only the next number with the same year counts, so "see minute 12/17" does not.
    """
    value, _, year = number.partition("/")
    expected = int(value) + 1
    pieces: list[tuple[str, str]] = []
    start, label = 0, ""
    for match in re.finditer(rf"(?<=[.!?])\s+(?P<value>\d{{1,4}})/{re.escape(year)}\s+(?=[A-Z])", rest):
        if int(match.group("value")) != expected:
            continue
        pieces.append((label, rest[start : match.start()].strip()))
        label, start = f"{match.group('value')}/{year}", match.end()
        expected += 1
    pieces.append((label, rest[start:].strip()))
    return pieces


@dataclass(slots=True)
class Section:
    """The lines that belong to one agenda item (`item` None for text outside any item)."""

    item: AgendaItem | None
    lines: list[Line]
    _paragraphs: list[list[Line]] | None = field(default=None, repr=False, compare=False)
    """`paragraphs()` as first worked out: decisions and actions both read them."""
    _joined: list[list[Line]] | None = field(default=None, repr=False, compare=False)
    """`joined_paragraphs()` as first worked out, for the same reason."""

    @property
    def text(self) -> str:
        """The section's lines joined with newlines."""
        return "\n".join(line.text for line in self.lines)

    @property
    def key(self) -> str | None:
        """How records in this section refer to its item."""
        return self.item.key if self.item else None

    def paragraphs(self) -> list[list[Line]]:
        """Return the lines grouped into paragraphs.

        Blank lines, headings, list markers, decision openers and marker lines
        ("KW", "Action - Jane Smith") split them; so does a short line followed
        by a capitalised one, since a PDF gives wrapped lines and no blank lines.
        """
        if self._paragraphs is None:
            self._paragraphs = self._group_paragraphs()
        return [list(lines) for lines in self._paragraphs]

    def joined_paragraphs(self) -> list[list[Line]]:
        """`paragraphs()` with hard-wrapped lines rejoined (`extract/wrapped.py`), worked out once."""
        if self._joined is None:
            from .wrapped import rejoin_wrapped  # wrapped.py reads this module's clean_text

            self._joined = rejoin_wrapped(self.paragraphs())
        return [list(lines) for lines in self._joined]

    def _group_paragraphs(self) -> list[list[Line]]:
        groups: list[list[Line]] = []
        current: list[Line] = []
        current_size = 0
        longest = max((len(line.text.strip()) for line in self.lines if not line.is_heading), default=0)
        following_table: int | None = None  # the table of the next filled line, for the blank lines before it
        tables_after: list[int | None] = []
        for line in reversed(self.lines):
            if line.text.strip():
                following_table = line.table
            tables_after.append(following_table)
        tables_after.reverse()
        for position, line in enumerate(self.lines):
            text = line.text.strip()
            if not text:
                if current and current[-1].table is not None and tables_after[position] == current[-1].table:
                    continue  # a table's border line, read blank, parts none of its rows
                if current:
                    groups.append(current)
                current, current_size = [], 0
                continue
            previous = current[-1].text.strip() if current else ""
            starts_new = (
                line.is_heading
                or line.bold
                or bool(_LIST_MARKER.match(text))
                or bool(_BULLET.match(text))
                or bool(_PARAGRAPH_OPENER.match(text))
                or bool(_MARKER_LINE.match(text))
                or (bool(current) and (current[-1].is_heading or bool(_MARKER_LINE.match(previous))))
                or (bool(previous) and bool(_TAGGED_LINE_END.search(previous)) and text[:1].isupper())
                or (
                    bool(previous)
                    and len(previous) < SHORT_LINE_SHARE * longest
                    and (text[:1].isupper() or text[:1].isdigit() or text[:1] == "(")
                )
            )
            if current_size > MAX_PARAGRAPH_CHARS:
                starts_new = True
            if starts_new and current:
                groups.append(current)
                current, current_size = [], 0
            current.append(line)
            current_size += len(text)
        if current:
            groups.append(current)
        return groups


CLEAN_TEXT_CACHE_SIZE = 16_384
"""Cleaned lines kept: the item, resolution and action readers clean the same lines again and again."""
_SPACES = re.compile(r"\s+")


@lru_cache(maxsize=CLEAN_TEXT_CACHE_SIZE)
def clean_text(text: str) -> str:
    """Return `text` without markdown/HTML emphasis and surplus spaces."""
    return _SPACES.sub(" ", _MARKUP.sub("", text)).strip()


def paragraph_text(lines: list[Line]) -> str:
    """Return the lines of a paragraph joined into one string, hyphen-wrapped words rejoined."""
    text = ""
    for line in lines:
        part = clean_text(line.text)
        if text.endswith("-") and part[:1].islower():
            text = text[:-1] + part
        else:
            text = f"{text} {part}" if text else part
    return text[:MAX_PARAGRAPH_CHARS]


@lru_cache(maxsize=CLEAN_TEXT_CACHE_SIZE)  # decisions and actions strip the same paragraphs and lines
def strip_list_marker(text: str) -> str:
    """Return `text` without a leading bullet, "(a)"/"1." list marker or paragraph number ("102.2.1", "24/101")."""
    text = _BULLET.sub("", text.strip())
    marked = _LIST_MARKER.sub("", text, count=1)
    return marked if marked != text else PARAGRAPH_NUMBER_LEAD.sub("", text, count=1)


def extract_items(document: ParsedDocument, *, kind: Kind | None = None) -> list[AgendaItem]:
    """Return the agenda items of a set of minutes in document order (`kind`: the document's, when known)."""
    return [item for item, _ in _read_items(document, kind).found]


def read_items_and_sections(
    document: ParsedDocument, *, kind: Kind | None = None
) -> tuple[list[AgendaItem], list[Section]]:
    """Return the agenda items of a set of minutes and one `Section` per item, reading the document once.

    The pipeline calls this with the `kind` it classified and hands both on; `extract_items` and
    `split_sections` give the same answers one at a time. Without `kind` the document is classified here.
    """
    read = _read_items(document, kind)
    return [item for item, _ in read.found], _build_sections(document, read)


def split_sections(document: ParsedDocument, items: list[AgendaItem]) -> list[Section]:
    """Return one `Section` per item holding the lines from its heading to the next item.

    Lines before the first item and after the minutes end belong to no section.
    """
    read = _read_items(document)
    if [item for item, _ in read.found] != list(items):
        read = _ReadItems(found=[(item, None) for item in items], end=read.end)
    return _build_sections(document, read)


def _build_sections(document: ParsedDocument, read: _ReadItems) -> list[Section]:
    found = read.found
    lines = document.lines
    end = read.end
    index_of = {line.number: i for i, line in enumerate(lines)}
    starts: list[tuple[AgendaItem, int, list[Line] | None]] = []
    for item, first_line in found:
        if item.evidence is None or item.evidence.line_end not in index_of:
            continue
        if first_line is not None:
            starts.append((item, index_of[item.evidence.line_end] + 1, first_line))
        else:
            starts.append((item, index_of[item.evidence.line_end] + 1, None))
    sections: list[Section] = []
    for position, (item, start, first_line) in enumerate(starts):
        stop = end
        if position + 1 < len(starts):
            following = starts[position + 1][0].evidence
            stop = index_of[following.line_start] if following is not None else end
        body = [_strip_row_end(line) for line in lines[start:stop]]
        if position + 1 < len(starts) and stop < len(lines) and lines[stop].number in read.heads:
            own = item.evidence.line_start if item.evidence is not None else None
            if own != lines[stop].number:
                # The next item starts inside this line: the text before it closes this item.
                body.append(replace(lines[stop], text=read.heads[lines[stop].number]))
        if first_line is not None:
            # Inside a table row, the row's own continuation lines are prose, not cells.
            body = first_line + [prose for line in body for prose in _row_prose(line)]
        body = [line for line in body if not _AGENDA_REF_LINE.match(clean_text(line.text))]
        own_line = item.evidence.line_start if item.evidence is not None else None
        following_start = starts[position + 1][0].evidence if position + 1 < len(starts) else None
        if own_line in read.read_out and (following_start is None or following_start.line_start not in read.read_out):
            # The last part of a consent agenda read out as a list ("k. Approve revisions to …"): its title's wrapped
            # lines are its own, the motion after them ("MOTION: … to approve the consent agenda as read") the parent's.
            parent = next((earlier for earlier, _, _ in reversed(starts[:position])
                           if earlier.evidence is not None and earlier.evidence.line_start not in read.read_out), None)
            cut = _title_wrap_end(lines[index_of[item.evidence.line_end]] if item.evidence else None, body)
            if parent is not None and cut < len(body):
                sections.append(Section(item=item, lines=body[:cut]))
                sections.append(Section(item=parent, lines=body[cut:]))
                continue
        sections.append(Section(item=item, lines=body))
    trailing = [line for line in lines[end:] if line.cells is not None]
    if sections and trailing:
        # Tables after the minutes' close (an action log) still belong to the minutes.
        sections.append(Section(item=None, lines=trailing))
    return sections


def _text_above(lines: list[Line], position: int) -> str:
    """The text of the nearest line above `position` that has any, else ""."""
    return next((lines[i].text for i in range(position - 1, -1, -1) if lines[i].text.strip()), "")


def _lists_next_part(lines: list[Line], last: int) -> bool:
    """True when the next line with text after a lettered part's title (ending on line `last`) opens another lettered
    part: the parts are listed one a line, not each followed by its own minutes."""
    following = next((line for line in lines[last + 1 :] if line.text.strip()), None)
    return following is not None and bool(_LETTERED.match(clean_text(following.text)))


def _title_wrap_end(title_line: Line | None, body: list[Line]) -> int:
    """How many of `body`'s lines carry on the title on `title_line`: each after a line cut at a joining word
    ("… a 2% Market Adjustment and" / "Changes to Pay Grades.") or opening in lower case."""
    previous = clean_text(title_line.text) if title_line is not None else ""
    for position, line in enumerate(body):
        text = clean_text(line.text)
        if not text or not (_JOINING_END.search(previous) or text[:1].islower()):
            return position
        previous = text
    return len(body)


@dataclass(slots=True)
class _ReadItems:
    """The items found in one document (with, for table rows, the row's own lines) and where its minutes end."""

    found: list[tuple[AgendaItem, list[Line] | None]]
    end: int
    heads: dict[int, str] = field(default_factory=dict)
    """Text before an item that starts inside a line, by line number: it ends the item before."""
    read_out: set[int] = field(default_factory=set)
    """First lines of lettered parts read out as a list (see `_AGENDA_LIST_INTRO`): the text after the last is the
    parent item's."""


def _read_items(document: ParsedDocument, kind: Kind | None = None) -> _ReadItems:
    lines = document.lines
    end = minutes_end(lines)
    heads: dict[int, str] = {}
    read_out: set[int] = set()
    found = _find_items(lines, end, heads, read_out)
    if not any(item.number for item, _ in found) and (kind or classify_document(document)) == "agenda":
        # An agenda whose lines of business carry no numbers: its labels, timed lines and presenters' lines.
        found = _with_agenda_lines(lines, end, found)
    return _ReadItems(found=found, end=end, heads=heads, read_out=read_out)


def _find_items(
    lines: list[Line], end: int, heads: dict[int, str], read_out: set[int] | None = None
) -> list[tuple[AgendaItem, list[Line] | None]]:
    """Items with, for table rows, the row's own minutes text as lines; `end` is where the minutes end.

    `heads` gets the text before each item that starts inside a line; `read_out` the first lines of lettered
    parts read out as a list.
    """
    single = _single_item_page(lines, end)
    if single is not None:
        return [single]
    rows = _find_grid_items(lines[:end]) or _find_table_items(lines[:end]) or _find_numbered_rows(lines[:end])
    rows = _with_heading_rows(rows, _find_heading_rows(lines[:end]))
    cases = _find_case_headings(lines[:end])
    if rows and len(rows) > len(cases):
        line_heads: dict[int, str] = {}
        lined = _find_line_items(lines, end, line_heads)
        around = _minutes_around_table(rows, lined)
        if around is None:
            return rows
        heads.update(line_heads)
        before, after = around
        numbers = [_major(item.number) for item, _ in rows if item.number]
        last_before = next((item.number for item, _ in reversed(before) if item.number), None) or ""
        first_after = next((item.number for item, _ in after if item.number), None) or ""
        if numbers and _major(last_before) < numbers[0] and (not after or numbers[-1] < _major(first_after)):
            # "3. Minutes", rows "4" to "9" laid out as a table, then "10. Any other business": one run of items.
            return sorted(before + rows + after, key=lambda entry: entry[0].evidence.line_start if entry[0].evidence else 0)
        # "3. Grants" over a table of grants numbered 1, 2, 3 …, then "4. Highways": the table is part of one minute.
        return _with_vouched(lines, end, lined)
    bulleted = _find_bullet_headings(lines[:end])
    if bulleted and len(bulleted) >= len(cases):
        return bulleted
    listed: set[int] = set()
    found = _without_sub_headings(lines, _find_line_items(lines, end, heads, listed))
    if not found:
        found = _stopped_paragraphs_over(lines, end, _find_topic_lines(lines[:end]))
    elif len(found) <= MAX_STRAY_MARKS:
        found = _stopped_paragraphs_over(lines, end, found)
    if cases and len(cases) >= _numbered_outside_cases(found, cases):
        heads.clear()
        return cases
    timed = _find_timed_entries(lines[:end])
    if len(timed) > len(found):
        return timed
    flattened = _find_flattened_items(lines[:end])
    if len(flattened) > len(found):
        heads.clear()
        return flattened
    if read_out is not None:
        read_out.update(listed)
    return _with_vouched(lines, end, found)


# The banner of a web page that holds one agenda item with its minutes (ModernGov's "mgAi" page).
_AGENDA_ITEM_BANNER = re.compile(r"^Agenda\s+item$", re.IGNORECASE)
MAX_BANNER_TITLE_WORDS = 60
"""Words of the title under an "Agenda item" banner (a title may list the dates of the minutes it confirms)."""


def _single_item_page(lines: list[Line], end: int) -> tuple[AgendaItem, list[Line] | None] | None:
    """The one item of a page opening with an "Agenda item" banner and the item's title on the next line, else None.

    The page holds that item alone: "Agenda item" / "Declarations of Interest" / the agenda's note / the minutes,
    whose numbered parts ("1. The minutes be amended …") are the decision's, not items.
    """
    first = _next_text_line(lines, 0)
    if first is None or not _AGENDA_ITEM_BANNER.match(clean_text(first.text)):
        return None
    start = lines.index(first)
    title_line = _next_text_line(lines, start + 1)
    if title_line is None or lines.index(title_line, start) >= end:
        return None
    title = _row_title(_before_row_marker(clean_text(title_line.text)))
    if not title or not title[0].isupper() or len(title.split()) > MAX_BANNER_TITLE_WORDS or _SENTENCE_VERB.search(title):
        return None
    return _make_item(None, title, False, title_line, title_line), None


def _without_sub_headings(
    lines: list[Line], found: list[tuple[AgendaItem, list[Line] | None]]
) -> list[tuple[AgendaItem, list[Line] | None]]:
    """`found` less the lesser headings set among unnumbered items: an unnumbered sub-heading is no item.

    Two ways minutes rank their headings: the items in capitals ("OLD BUSINESS", "STREET REPAIRS") with topics
    inside them in ordinary case ("Paving Contract"), or the items as headings of one level ("# NEW BUSINESS") with
    topics a level deeper ("## Paving contract"). Only when every item is unnumbered and the first is of the higher
    rank; capitals must be at least `MIN_CAPS_ITEMS` and `CAPS_MAJORITY` times the others, and the higher level at
    least `MIN_CAPS_ITEMS` and as many as the deeper ones (fewer would be parts grouping the items).
    """
    if not found or any(item.number for item, _ in found):
        return found
    line_at = {line.number: line for line in lines}
    levels = [
        line_at[item.evidence.line_start].heading if item.evidence and item.evidence.line_start in line_at else None
        for item, _ in found
    ]
    if all(level is not None for level in levels):
        top = min(level for level in levels if level is not None)
        higher = levels.count(top)
        if levels[0] == top and len(levels) > higher and higher >= max(MIN_CAPS_ITEMS, len(levels) - higher):
            found = [entry for entry, level in zip(found, levels) if level == top]
    capitals = [_opens_in_capitals(item.title) for item, _ in found]
    others = capitals.count(False)
    if others and capitals[0] and capitals.count(True) >= max(MIN_CAPS_ITEMS, CAPS_MAJORITY * others):
        return [entry for entry, in_capitals in zip(found, capitals) if in_capitals]
    return found


def _opens_in_capitals(title: str) -> bool:
    """True for a title whose first word is in capitals ("OLD BUSINESS", "CONSENT “Omnibus” Agenda", "MAYOR'S REPORT")."""
    first = re.sub(r"[^A-Za-z]", "", title.split()[0]) if title.split() else ""
    return len(first) >= 2 and first.isupper()


def _with_vouched(
    lines: list[Line], end: int, found: list[tuple[AgendaItem, list[Line] | None]]
) -> list[tuple[AgendaItem, list[Line] | None]]:
    """`found` less attendance rosters (see `rosters`), with the items the numbering itself vouches for (see
    `outline`), in document order."""
    entries = [
        (
            item.number,
            item.title,
            " ".join(clean_text(line.text) for line in own) if own else None,
            item.evidence.line_start if item.evidence else -2,
            item.evidence.line_end if item.evidence else -2,
        )
        for item, own in found
    ]
    roster = roster_lines(entries)
    if roster:
        found = [entry for position, entry in enumerate(found) if position not in roster]
    index_of = {line.number: i for i, line in enumerate(lines)}
    taken = [
        Taken(first=index_of[item.evidence.line_start], last=index_of[item.evidence.line_end], number=item.number)
        for item, _ in found
        if item.evidence is not None and item.evidence.line_start in index_of and item.evidence.line_end in index_of
    ]
    if len(taken) != len(found):
        return found
    texts = [clean_text(line.text) for line in lines[:end]]
    # A row of a table with a text and an owner column ("2.1 | The hedge … | Clerk") is an action log's row, not a
    # part of the item; a margin number beside its paragraph (two cells) is the paragraph's own number.
    plain = ["" if line.cells is not None and sum(1 for cell in line.cells if cell.strip()) >= MIN_LOG_CELLS else text
             for line, text in zip(lines[:end], texts, strict=True)]
    # "Recommended Action:" then "1. Authorize …", "2. Approve …": a recommendation's parts are no children; nor are
    # a decision's ("RESOLVED to approve:" then "1. The bank statement …").
    recommended = _recommendation_parts(lines, end)
    firsts = {entry.first for entry in taken}  # an item the line reader took is never blanked as a part
    added = outline_children(
        ["" if i in recommended and i not in firsts else text for i, text in enumerate(plain)], end, taken, _DECISION_OPENING
    )
    taken += [Taken(first=entry.first, last=entry.last, number=entry.number) for entry in added]
    added += filled_gaps(texts, taken, _DECISION_OPENING)
    unrecommended = ["" if i in recommended else text for i, text in enumerate(plain)]
    added += restarted_children(unrecommended, end, taken)
    added += lettered_children(unrecommended, end, taken)
    if not added:
        return found
    merged = [(entry[0].evidence.line_start if entry[0].evidence else 0, entry) for entry in found]
    for vouched in added:
        first, last = lines[vouched.first], lines[vouched.last]
        same = next((place for place, (start, _) in enumerate(merged) if start == first.number), None)
        if same is not None:
            # A restarted point the line reader took as a top-level item: it keeps its line, takes its number.
            item, own = merged[same][1]
            merged[same] = (first.number, (replace(item, number=vouched.number, title=vouched.title), own))
            continue
        # the nearest item above (the list is sorted only at the end, so take the greatest place before)
        prior = max((entry for entry in merged if entry[0] <= first.number), key=lambda entry: entry[0], default=None)
        private = prior[1][0].private if prior is not None else False
        own = [replace(first, text=vouched.text)] if vouched.text else None  # a paragraph stays the item's text
        merged.append((first.number, (_make_item(vouched.number, vouched.title, private, first, last), own)))
    merged.sort(key=lambda pair: pair[0])
    return [entry for _, entry in merged]


MIN_MINUTES_AROUND_TABLE = 3
"""Numbered items outside a numbered table, some before it and some after, that make it a table inside one minute."""


def _minutes_around_table(
    rows: list[tuple[AgendaItem, list[Line] | None]], lined: list[tuple[AgendaItem, list[Line] | None]]
) -> tuple[list[tuple[AgendaItem, list[Line] | None]], list[tuple[AgendaItem, list[Line] | None]]] | None:
    """(items before, items after) the table whose rows were read as items, when numbered line items stand on both sides.

    A grants table, a planning list or a schedule of payments numbered 1, 2, 3 …
    inside minute 3 is part of that minute; minutes kept in a table have no
    numbered headings around it. None when fewer than `MIN_MINUTES_AROUND_TABLE`
    numbered items stand outside the table, none before or none after it, or
    their numbers fall back across it; unnumbered items count when at least
    that many stand on each side.
    """
    spans = [item.evidence for item, _ in rows if item.evidence is not None]
    if not spans:
        return None
    first, last = min(span.line_start for span in spans), max(span.line_end for span in spans)
    before = [entry for entry in lined if entry[0].evidence is not None and entry[0].evidence.line_start < first]
    after = [entry for entry in lined if entry[0].evidence is not None and entry[0].evidence.line_start > last]
    numbered = [entry for entry in before + after if entry[0].number]
    if not numbered and min(len(before), len(after)) >= MIN_MINUTES_AROUND_TABLE:
        # Unnumbered headings, several before the table and several after it: "## Old Business" over a
        # schedule of stalls numbered 1, 2, 3 …, then "## New Business".
        return before, after
    if not any(entry[0].number for entry in lined) and _tables_between_headings(spans, lined):
        # "Correspondence" over letters numbered 1 to 18, and "Matters arising" over a few of them again: each table
        # is one item's list, with unnumbered headings before, between and after the tables.
        return before, after
    if not after and _rows_carry_on(rows, before):
        # "52 Apologies" … "59 Bloom update" as lines, then "60", "61", "62" laid out in a table at the end.
        return before, after
    if len(numbered) < MIN_MINUTES_AROUND_TABLE or not any(e[0].number for e in before) or not any(e[0].number for e in after):
        return None
    if _major(next(e[0].number for e in reversed(before) if e[0].number) or "") > _major(
        next(e[0].number for e in after if e[0].number) or ""
    ):
        return None
    return before, after


def _rows_carry_on(
    rows: list[tuple[AgendaItem, list[Line] | None]], before: list[tuple[AgendaItem, list[Line] | None]]
) -> bool:
    """True when table rows read as items go on with the numbering of at least `MIN_MINUTES_AROUND_TABLE` numbered
    line items before them: the next number or one a little later (`MAX_OPENING_GAP`), rising to the end."""
    numbers = [_major(item.number) for item, _ in before if item.number]
    row_numbers = [_major(item.number) for item, _ in rows if item.number]
    if len(numbers) < MIN_MINUTES_AROUND_TABLE or len(row_numbers) != len(rows):
        return False
    return numbers[-1] < row_numbers[0] <= numbers[-1] + MAX_OPENING_GAP and row_numbers == sorted(set(row_numbers))


def _tables_between_headings(spans: list[Evidence], lined: list[tuple[AgendaItem, list[Line] | None]]) -> bool:
    """True when tables read as items (rows at `spans`) each stand between line items, in at least two runs, with at
    least `2 * MIN_MINUTES_AROUND_TABLE` line items in all: the headings are the items, the tables lists inside them."""
    starts = sorted(item.evidence.line_start for item, _ in lined if item.evidence is not None)
    if len(starts) < 2 * MIN_MINUTES_AROUND_TABLE:
        return False
    runs: list[list[int]] = []
    for line in sorted(span.line_start for span in spans):
        if runs and not any(runs[-1][-1] < start < line for start in starts):
            runs[-1].append(line)
        else:
            runs.append([line])
    return len(runs) >= 2 and all(starts[0] < run[0] and starts[-1] > run[-1] for run in runs)


def _find_bullet_headings(lines: list[Line]) -> list[tuple[AgendaItem, list[Line] | None]]:
    """Items of minutes written as a Word bullet list, where the top-level bullets that head deeper ones are the items.

    "• Updates" then "o New planters were ordered": a short title at
    the top level with second-level bullets under it. Only when at least
    `BULLET_LINE_SHARE` of the lines open with a bullet glyph (the minutes are
    the list) and at least `MIN_BULLET_HEADINGS` such headings stand; the
    top-level bullets that record a motion ("Minutes approved – …") are not items.
    """
    filled = [line for line in lines if line.text.strip() and line.cells is None]
    marked = [line for line in filled if _TOP_BULLET.match(line.text) or _SUB_BULLET.match(line.text)]
    if not filled or len(marked) < BULLET_LINE_SHARE * len(filled):
        return []
    found: list[tuple[AgendaItem, list[Line] | None]] = []
    for position, line in enumerate(lines):
        match = _TOP_BULLET.match(line.text)
        if match is None or line.cells is not None:
            continue
        title = clean_text(line.text[match.end():])
        following = _next_text_line(lines, position + 1)
        if following is None or not _SUB_BULLET.match(following.text):
            continue
        words = title.split()
        if (
            not words
            or len(words) > MAX_RUN_IN_TITLE_WORDS
            or not title[:1].isupper()
            or title.endswith((":", ".", ","))
            or re.search(r"\s[-–—]\s|\d", title)
            or _SENTENCE_VERB.search(title)
            or re.search(r"\b(?:approved|adopted|carried|passed|welcomed|called|adjourned)\b", title, re.IGNORECASE)
        ):
            continue
        found.append((_make_item(None, title, False, line, line), None))
    return found if len(found) >= MIN_BULLET_HEADINGS else []


# A bullet as a summary's lines print it, or as text recognition reads a round bullet: "• …", "e The board …".
_SUMMARY_BULLET = re.compile(r"^\s*(?:[\uf0b7\u2022\u25cf\u25aa-]|e(?:\s+e)?(?=[ \t]+[A-Z]))[ \t]+(?=\S)")
MIN_TOPIC_LINES = 3
"""Topic lines over bullets that make a summary's items."""
MAX_TOPIC_WORDS = 12
"""Words a summary's topic line has at most."""


def _find_topic_lines(lines: list[Line]) -> list[tuple[AgendaItem, list[Line] | None]]:
    """Items of minutes written as a summary: a topic line ending in a full stop, then bulleted sentences under it
    ("Public Session." / "• Ms. Lee urges …"), when nothing else marks the items and at least `MIN_TOPIC_LINES`
    topics stand so. A topic has no verb of a sentence and does not carry on the line above (which ends in a stop or
    is a bullet's own line)."""
    found: list[tuple[AgendaItem, list[Line] | None]] = []
    previous = ""
    for position, line in enumerate(lines):
        text = clean_text(line.text)
        if not text:
            continue
        before, previous = previous, text
        if line.cells is not None or _SUMMARY_BULLET.match(line.text):
            continue
        following = _next_text_line(lines, position + 1)
        if following is None or not _SUMMARY_BULLET.match(following.text):
            continue
        words = text.rstrip(".").split()
        if (
            not text.endswith(".")
            or not 0 < len(words) <= MAX_TOPIC_WORDS
            or not text[:1].isupper()
            or (before and not re.search(r"[.!?:]$", before) and not _SUMMARY_BULLET.match(before)
                and not _is_capitals(before))  # "DRAFT" over "Opening of Meeting.": the heading block ends
            or re.search(r"[.!?]\s", text)
            or _SENTENCE_VERB.search(text)
            or re.search(r"\b(?:approved|adopted|carried|passed|welcomed|called|adjourned)\b", text, re.IGNORECASE)
        ):
            continue
        found.append((_make_item(None, text.rstrip(".").strip(), False, line, line), None))
    return found if len(found) >= MIN_TOPIC_LINES else []


# A numbered paragraph opening the minutes of one matter: "1) Fence repair. The board …", "2. Pool opening. The pool
# opens …", "(3) Snow removal – the contractor …".
_STOPPED_PARAGRAPH = re.compile(r"^(?:\((?P<paren>\d{1,2})\)|(?P<number>\d{1,2})[.)])\s+(?=[A-Z]|\d{4}\s)")
# Where such a paragraph's run-in title ends: its first full stop (not an initial's or "Mr."'s, nor a decimal point),
# or a colon or spaced dash before it.
_STOPPED_TITLE_END = re.compile(r"\.(?=\s|$)|:(?=\s|$)|\s[-–—]\s")
# Words written short whose full stop ends no sentence: a street's or a place's word ("14 Elm Ave. East", "Oakvale
# Twp. Road Dept."), a number's or a firm's ("No.", "Inc."); with the titles written short (`_NAME_TITLES` and the
# names' `abbreviations`: "Cllr.", "Sgt.", "Capt.") they make the one list every sentence's end here is read against.
_SHORT_FORMS = ("No", "Nos", "Jr", "Sr", "Twp", "Dept", "Ave", "Rd", "Hwy", "Blvd", "Pkwy", "Ln", "Ct", "Pl", "Sq", "Mt", "Ft")
_FIRM_FORMS = ("Inc", "Ltd", "Co", "Corp")
"""A firm's form closes its name, often a motion's last words ("… to B. Marsh Haulage Ltd. For the amount …"): a
title's or a wording's stop after it ends nothing, a motion's may end its sentence."""
_ABBREVIATED = "|".join(sorted({*_SHORT_FORMS, *load_title_words().abbreviations}, key=lambda word: (-len(word), word)))
# The word before a stop that is no sentence's end: an honorific or a title, a short form, a firm's form, an initial.
_ABBREVIATION_END = re.compile(rf"\b(?:{_NAME_TITLES}|{_ABBREVIATED}|{'|'.join(_FIRM_FORMS)}|[A-Z])$")
_ABBREVIATION_END_IN_MOTION = re.compile(rf"\b(?:{_NAME_TITLES}|{_ABBREVIATED}|[A-Z])$")
ABBREVIATION_REACH = 40
"""Characters looked back from a stop for the abbreviation it may close (the word before it alone, so a long line of
initials is read in linear time)."""
MIN_STOPPED_PARAGRAPHS = 4
"""Numbered paragraphs, numbered one by one from 1, that make a document's items when nothing else marks them."""
MAX_STOPPED_TITLE_WORDS = 25
"""Words of a numbered paragraph's run-in title at most (a clerk may title a paragraph with its whole first sentence)."""


def _find_stopped_paragraphs(lines: list[Line], end: int) -> list[tuple[AgendaItem, list[Line] | None]]:
    """Items of minutes written as numbered paragraphs, each titled by its words up to the first full stop.

    Small boards, associations and parishes number one paragraph per matter,
    "1) Lot 12, fence repair. Owner asked …", "2. Pool opening. The pool
    opens …", with bullets or lower-case roman points inside. Only when nothing
    else marks the items and at least `MIN_STOPPED_PARAGRAPHS` paragraphs are
    numbered one by one from 1 (a number may be lost in conversion), each title
    closed by its stop, and at least half of them carry minutes: a list that
    starts again inside a paragraph ("1." under item 4) is passed over, and so
    is one introduced by a colon ("Action items:"); stopped titles one after
    another are a list of papers.
    """
    found: list[tuple[AgendaItem, list[Line] | None]] = []
    expected = 1
    with_minutes = 0
    previous = ""
    for position, line in enumerate(lines[:end]):
        text = clean_text(line.text)
        if not text or line.cells is not None:
            continue
        before, previous = previous, text
        match = _STOPPED_PARAGRAPH.match(text)
        if match is None:
            continue
        number = int(match.group("paren") or match.group("number"))
        if not found and before.endswith(":"):
            continue  # "Action items:" / "1. Ann to call …": a list the minutes introduce, not their paragraphs
        if before and found and not re.search(r"[.!?:;)]$", before) and (number != expected or _JOINING_END.search(before)):
            continue  # a number inside a wrapped sentence ("… Lots" / "12. Main Street") opens no paragraph
        if not expected <= number <= expected + 1:
            continue
        expected = number + 1
        read = _stopped_paragraph_title(lines, position, end, match.end())
        if read is not None:
            title, last, rest = read
            item = _make_item(str(number), title, False, line, lines[last])
            found.append((item, [replace(lines[last], text=rest)] if rest else None))
            following = _next_text_index(lines, last + 1, end)
            if rest or (following is not None and not _STOPPED_PARAGRAPH.match(clean_text(lines[following].text))):
                with_minutes += 1
    # "3. Estimate of Income." / "4. Reserves Policy." one after another, nothing between: a list of papers.
    if len(found) < MIN_STOPPED_PARAGRAPHS or with_minutes < len(found) / 2:
        return []
    return found


def _stopped_paragraphs_over(
    lines: list[Line], end: int, found: list[tuple[AgendaItem, list[Line] | None]]
) -> list[tuple[AgendaItem, list[Line] | None]]:
    """The numbered paragraphs' items (`_find_stopped_paragraphs`) in place of `found` when that is empty, or holds
    at most `MAX_STRAY_MARKS` items all read from those paragraphs' own lines ("1) Lot 28: …" taken alone for its
    colon); else `found`."""
    stopped = _find_stopped_paragraphs(lines, end)
    if not stopped:
        return found
    own = {item.evidence.line_start for item, _ in stopped if item.evidence is not None}
    if all(item.evidence is not None and item.evidence.line_start in own for item, _ in found):
        return stopped
    return found


def _title_stop(text: str) -> re.Match[str] | None:
    """The stop that ends a title run in with its text: the first full stop (not one closing an abbreviation or an
    initial), colon or spaced dash."""
    return next((found for found in _STOPPED_TITLE_END.finditer(text)
                 if found.group() != "." or not _ABBREVIATION_END.search(
                     text, max(0, found.start() - ABBREVIATION_REACH), found.start())), None)


def _stopped_paragraph_title(lines: list[Line], position: int, end: int, start: int) -> tuple[str, int, str] | None:
    """(title, index of its last line, the text after it on that line) for the numbered paragraph at
    `lines[position]` (its text from `start`): the words up to the first full stop, colon or spaced dash, read on over
    wrapped lines; None when the title runs past `MAX_STOPPED_TITLE_WORDS` words or reads as a date or tally."""
    head = ""
    text = clean_text(lines[position].text)[start:]
    index = last = position
    rest = ""
    for _ in range(MAX_LABEL_TITLE_LINES):
        cut = _title_stop(text)
        if cut is not None:
            head, rest = f"{head} {text[: cut.start()]}", text[cut.end():].strip()
            break
        head = f"{head} {text}"
        following = _next_text_index(lines, index + 1, end)
        more = clean_text(lines[following].text) if following is not None else ""
        if following is None or not more or _STOPPED_PARAGRAPH.match(more) or not (
            _JOINING_END.search(text) or more[:1].islower()
        ):
            return None  # no stop ends the title: a heading alone ("1. Apologies") or a contents line, not run in
        index = last = following
        text = more
    else:
        return None
    title = head.strip().rstrip(",;")
    words = title.split()
    if not words or len(words) > MAX_STOPPED_TITLE_WORDS or is_lookalike(title) or is_date_line(title):
        return None
    return title, last, rest


# A planning, zoning or historic board's case heading: its label, then the case's reference and what it concerns
# ("APPLICATION: HPC 2031-078, 517 Elm Avenue – Addition", "Case No. BZA-31-04 – 12 Mill Lane"), the reference perhaps on
# the line under a label alone ("APPLICATION:" / "HPC 2031-078, 12 Mill Lane – Fence"). "Application for addition
# approved." names no case.
_CASE_LABEL = re.compile(
    r"^(?:application|case|petition|appeal|docket)(?:\s+(?:no\.?|number|#)\s*:?|\s*:)\s*", re.IGNORECASE
)
_CASE_REFERENCE = re.compile(r"^(?P<reference>[A-Z]{1,10}[ -]?\d{2,4}-\d{2,6}[A-Z]?)(?![\w-])[\s,;:–—-]*")
MIN_CASES = 2
"""Case headings that make a board's minutes a docket of cases, each an item; the headings over a case's parts
("EXISTING CONDITIONS", "PROPOSAL", "STAFF RECOMMENDATION") are then no items."""


def _find_case_headings(lines: list[Line]) -> list[tuple[AgendaItem, list[Line] | None]]:
    """The cases a board heard, each an item numbered by its reference, when at least `MIN_CASES` case headings
    (`_CASE_LABEL` then `_CASE_REFERENCE`) stand; else none."""
    found: list[tuple[AgendaItem, list[Line] | None]] = []
    for position, line in enumerate(lines):
        text = clean_text(line.text)
        label = _CASE_LABEL.match(text)
        if label is None:
            continue
        last = line
        rest = text[label.end():].strip()
        if not rest:
            below = _next_text_line(lines, position + 1)
            if below is None:
                continue
            last, rest = below, clean_text(below.text).strip()
        reference = _CASE_REFERENCE.match(rest)
        if reference is None:
            continue
        title = rest[reference.end():].strip(" –—-,;")
        if title:
            found.append((_make_item(reference.group("reference"), title, False, line, last), None))
    return found if len(found) >= MIN_CASES else []


def _numbered_outside_cases(
    found: list[tuple[AgendaItem, list[Line] | None]], cases: list[tuple[AgendaItem, list[Line] | None]]
) -> int:
    """How many numbered items of `found` are the minutes' own, beside a docket's `cases`.

    A case's staff analysis or list of conditions is numbered afresh under each case heading ("1. Roof …", "2.
    Windows", "a. Trim detail"): numbered lines after the first case heading whose numbering goes back to a lower
    number after a later case heading are the cases' parts, not items. Minutes numbered straight through ("3.
    APPLICATION: …", "4. APPLICATION: …", "5. Adjournment") keep every number."""
    numbered = [
        (item.evidence.line_start if item.evidence is not None else -1, item.number)
        for item, _ in found
        if item.number
    ]
    starts = sorted(case.evidence.line_start for case, _ in cases if case.evidence is not None)
    if not numbered or not starts:
        return len(numbered)
    inside = [(line, number) for line, number in numbered if line > starts[0]]
    for (line, number), (next_line, next_number) in zip(inside, inside[1:]):
        headed = any(line < start < next_line for start in starts)
        if headed and _major(next_number) <= _major(number):
            return len(numbered) - len(inside)
    return len(numbered)


# An entry of minutes kept as a timed log: "7:14 - Store update", "7:14 pm – Treasurer's report", "7.14pm Park
# clean-up" (a time with its half of the day needs no dash). Never a range of times ("7:15 - 7:45 Break": the title
# must open with a letter, and "7:45" does not), nor a minute's number ("12.01 - Apologies": without the half of the
# day, only a colon writes a time).
TIMED_ENTRY = re.compile(
    r"^\s*(?P<hour>\d{1,2})(?:[:.](?P<minute>[0-5]\d)\s*(?P<half>[ap])\.?\s?m\b\.?\s*[-–—]?|:(?P<bare>[0-5]\d)\s*[-–—])"
    r"\s*(?P<title>[A-Z][^\n]*?)\s*$",
    re.IGNORECASE,
)
MIN_TIMED_ENTRIES = 3
"""Timed entries that make a log's items."""
MAX_TIMED_GAP_MINUTES = 3 * 60
"""The longest a log's next entry comes after the one before."""


def _find_timed_entries(lines: list[Line]) -> list[tuple[AgendaItem, list[Line] | None]]:
    """Items of minutes kept as a timed log ("7:10 - Start" / "7:14 - Store update" / "- closed on property" / …): each
    line opening with a time of day is an item, the lines under it (bullets too) its minutes. Only when at least
    `MIN_TIMED_ENTRIES` such lines stand and their times never go back (a log, not a list of times)."""
    found: list[tuple[AgendaItem, list[Line] | None]] = []
    last: int | None = None
    for line in lines:
        match = TIMED_ENTRY.match(line.text) if line.cells is None and not line.is_blank else None
        if match is None or not match.group("title")[:1].isupper():
            continue
        hour, half = int(match.group("hour")), (match.group("half") or "").lower()
        minute = int(match.group("minute") or match.group("bare"))
        clock = (hour % 12 + (12 if half == "p" else 0)) * 60 + minute if half else hour * 60 + minute
        if last is not None:
            # "11:50" then "12:05" then "1:10" without "pm": a twelve-hour clock goes on past noon.
            while not half and hour <= 12 and clock < last:
                clock += 12 * 60
            if not 0 <= clock - last <= MAX_TIMED_GAP_MINUTES:
                return []  # the times go back or leap: a list of times, not a log
        last = clock
        # "7:33 - Members voted to continue the partnership": a log's entry may itself record what was decided.
        title = clean_text(match.group("title"))
        found.append((_make_item(None, title, False, line, line), [replace(line, text=title)]))
    return found if len(found) >= MIN_TIMED_ENTRIES else []


# A time of day as an agenda's time column writes it: "7:15 pm", "9.30am", "9:20 a.m.", "10:45", "1:05 -1:45 pm",
# "9:00-9:15"; `_agenda_time` asks for its minutes after a colon or its half of the day, so "12 Planning" and "12.01
# Apologies" stay numbered items.
_CLOCK = r"\d{1,2}(?:[:.][0-5]\d)?[ \t]*(?:[AaPp]\.?[ \t]?[Mm]\b\.?)?"
_CLOCK_SPAN = rf"{_CLOCK}(?:[ \t]*(?:[-–—]|to)[ \t]*{_CLOCK})?"
# The time in the left column, the title after it: "7:15 pm Treasurer's Report", "• 1:05 -1:45 pm: Workshop".
_AGENDA_TIME_FIRST = re.compile(rf"^(?P<time>{_CLOCK_SPAN})[ \t]*[:–—-]?[ \t]+(?P<title>[A-Z].*)$")
# The time after the title: "Public Comment (7:30 pm)", "Budget review – 7:45 pm", "Adjourn ... 8:30 p.m.".
_AGENDA_TIME_LAST = re.compile(
    rf"^(?P<title>[A-Z].*?)[ \t]*(?:\.{{2,}}|…+|[-–—,])?[ \t]*(?P<open>\()?(?P<time>{_CLOCK_SPAN})(?(open)\))$"
)
# Who presents it, after a dash or in brackets: "Plan Commission – Ada Ferrow", "Parks: – Trustee Ada Ferrow",
# "Opening Remarks—Ada Ferrow, Board President", "Budget Update (Ada Ferrow, Finance Director)". Two to four
# capitalised names (a rank among them), then the post after a comma.
_AGENDA_NAMES = (
    r"(?P<presenter>(?:[A-Z][A-Za-z'’.-]*[ \t]+){1,3}[A-Z][A-Za-z'’-]+"
    r"(?:,[ \t]*[A-Z][\w'’.-]*(?:[ \t]+(?:[A-Z][\w'’.-]*|of|and|&|the|for)){0,5})?)"
)
_AGENDA_PRESENTER = re.compile(
    rf"^(?P<title>[A-Z][^–—]*?)[ \t]*:?(?:[ \t][-–—]|[–—])[ \t]*{_AGENDA_NAMES}[ \t]*$"
    rf"|^(?P<btitle>[A-Z].*?)[ \t]+\({_AGENDA_NAMES.replace('presenter', 'bpresenter')}\)$"
)
# A capitals label of the order of business, alone or before a short note: "CALL TO ORDER:", "APPROVAL OF BILLS: TOWN
# FUND", "SUPERVISOR: Financial Reports".
_AGENDA_CAPS_LABEL = re.compile(r"^(?P<title>[A-Z][A-Z'’&/ -]*[A-Z])[ \t]*:(?:[ \t]+(?P<rest>\S.*))?$")
MAX_AGENDA_LINE_WORDS = 14
"""Words an unnumbered line of an agenda's business has at most (its time and presenter aside)."""
MAX_LABEL_NOTE_WORDS = 6
"""Words after a capitals label's colon that are a note on the label ("SUPERVISOR: Financial Reports")."""
MIN_AGENDA_LINES = 3
"""Unnumbered lines of business that make an agenda's items."""


def _agenda_time(time: str) -> bool:
    """True when `time` is written as a time of day: with its minutes after a colon or its half of the day."""
    return ":" in time or re.search(r"[AaPp]\.?[ \t]?[Mm]", time) is not None


def _agenda_line_title(text: str) -> str | None:
    """The title of an unnumbered line of an agenda's business, else None: a line with a time in its left column or
    after its title, a line naming its presenter (after a dash or in brackets), a procedural part of a meeting alone
    ("Call to Order", "ROLL CALL:"), or a capitals label with a colon."""
    # "Ada Ferrow • Opening Remarks—…": a roster's column run into the line ends at the bullet.
    text = re.split(r"(?:^|[ \t])[•▪●\uf0b7][ \t]+", text)[-1].strip()
    title: str | None = None
    if (match := _AGENDA_TIME_FIRST.match(text)) is not None and _agenda_time(match.group("time")):
        title = match.group("title")
    elif (match := _AGENDA_TIME_LAST.match(text)) is not None and _agenda_time(match.group("time")):
        title = match.group("title")
    if title is not None:
        found = _AGENDA_PRESENTER.match(title)
        if found is not None:
            title = found.group("title") or found.group("btitle")
    elif (match := _AGENDA_PRESENTER.match(text)) is not None and _is_presenter(
        match.group("presenter") or match.group("bpresenter")
    ):
        title = match.group("title") or match.group("btitle")
    elif meeting_part_line("words").match(text):
        title = text
    elif (match := _AGENDA_CAPS_LABEL.match(text)) is not None and (
        match.group("rest") is None or len(match.group("rest").split()) <= MAX_LABEL_NOTE_WORDS
    ):
        title = match.group("title")
    if title is None:
        return None
    title = title.strip().rstrip(":–—-").strip()
    words = title.split()
    if (
        not words
        or len(words) > MAX_AGENDA_LINE_WORDS
        or title.endswith((".", ","))
        or _SENTENCE_VERB.search(title)
        or find_dates(title)
        or re.search(r"\b(?:19|20)\d{2}\b", title)  # "Thursday of the month, 2031 5:30 PM": a wrapped date
        or _OFFICE_LABEL.match(title)
        or match_label(title) is not None  # "Present – Ada Ferrow": who attends, not business
    ):
        return None
    return title


def _is_presenter(presenter: str) -> bool:
    """True when the names before any post are a person's ("Trustee Ada Ferrow", not "Community Centre")."""
    names = presenter.split(",")[0]
    non_person = load_non_person_words().non_person
    return not _TITLE_NOUNS.search(names) and not any(word.lower().strip(".") in non_person for word in names.split())


# Where an agenda's business begins: its title ("AGENDA", "Agenda of the May 6 Meeting") or its first part.
_AGENDA_OPENING = re.compile(r"^(?:[\w'’,-]+[ \t]+){0,4}agenda\b(?![ \t]+items?\b)", re.IGNORECASE)


def _find_agenda_lines(lines: list[Line], end: int) -> list[tuple[AgendaItem, list[Line] | None]]:
    """Items of an agenda whose lines of business carry no numbers ("CALL TO ORDER:" / "ROLL CALL:" / "Parks –
    Trustee Ada Ferrow" / "7:15 pm Budget Review" / "• Public Comment (8:00 pm)"): each line `_agenda_line_title`
    reads below the agenda's title or first procedural part (lines above it are the notice's letterhead, venue and
    roster). Only when at least `MIN_AGENDA_LINES` such lines stand."""
    found: list[tuple[AgendaItem, list[Line] | None]] = []
    begun = False
    for position, line in enumerate(lines[:end]):
        if line.cells is not None or line.is_blank:
            continue
        text = clean_text(line.text)
        title = _agenda_line_title(text)
        if title is not None and _labels_prose(lines, position, text):
            title = None
        if not begun:
            bare = re.sub(rf"^[{re.escape(BULLET_GLYPHS)}][ \t]*", "", text)
            if _AGENDA_OPENING.match(bare):
                begun = True
                continue  # the agenda's own title ("AGENDA", "Agenda of the Trail Workshop")
            begun = bool(meeting_part_line().match(bare)) or (
                (match := _AGENDA_TIME_FIRST.match(bare)) is not None and _agenda_time(match.group("time"))
            )
            if not begun or title is None:
                continue
        if title is not None:
            found.append((_make_item(None, title, False, line, line), None))
    return found if len(found) >= MIN_AGENDA_LINES else []


def _labels_prose(lines: list[Line], position: int, text: str) -> bool:
    """True for a capitals label ending in a colon over a paragraph ("DISABILITY INFORMATION:" / "In compliance with
    …"): a notice's boilerplate, where the order of business sets a label over another label or a bullet."""
    if not _AGENDA_CAPS_LABEL.match(text) or not text.endswith(":"):
        return False
    following = _next_text_line(lines, position + 1)
    if following is None:
        return False
    below = clean_text(following.text)
    return len(below.split()) > MAX_AGENDA_LINE_WORDS and not re.match(rf"[{re.escape(BULLET_GLYPHS)}]", below)


def _with_agenda_lines(
    lines: list[Line], end: int, found: list[tuple[AgendaItem, list[Line] | None]]
) -> list[tuple[AgendaItem, list[Line] | None]]:
    """`found` with an agenda's unnumbered lines of business (`_find_agenda_lines`) that no item holds, in order."""
    taken = {item.evidence.line_start for item, _ in found if item.evidence is not None}
    added = [entry for entry in _find_agenda_lines(lines, end)
             if entry[0].evidence is not None and entry[0].evidence.line_start not in taken]
    if not added:
        return found
    return sorted(found + added, key=lambda entry: entry[0].evidence.line_start if entry[0].evidence else 0)


def _find_line_items(
    lines: list[Line], end: int, heads: dict[int, str], read_out: set[int] | None = None
) -> list[tuple[AgendaItem, list[Line] | None]]:
    """Items whose headings open lines (numbered, lettered, labelled, bold or capitals).

    Minute references run on inside a line of minutes ("… agreed. 36/17 Clerk
    Vacancy Update") start items there; `heads` gets the text before them.
    `read_out` gets the first lines of lettered parts read out after a sentence
    naming the consent agenda (`_AGENDA_LIST_INTRO`).
    """
    # Numbered paragraphs under capitals headings ("MATTERS ARISING" then "1. Verge …") are a list, not the items.
    caps_lines = sum(1 for i, line in enumerate(lines[:end]) if line.cells is None and _is_caps_heading(lines, i))
    paragraphs = caps_lines < MIN_PARAGRAPH_RUN // 2 and _paragraph_runs(lines, end)
    numbered_at = {
        i: numbered[0]
        for i in range(min(end, len(lines)))
        if (numbered := _numbered_heading(lines, i, None, paragraphs=paragraphs)) is not None
    }
    numbered_lines = set(numbered_at)
    labels = _find_label_lines(lines, end)
    numbered_total = len(numbered_lines) + sum(1 for label in labels.values() if not label.is_sub_item)
    section_subs = _roman_sub_items(lines, end, labels)
    listed = _plain_lists(lines, end, labels)
    structure = frozenset(_caps_structure(lines, end))  # capitals lines the minutes use as headings, read once
    # "OLD BUSINESS" then "1. Water main", "NEW BUSINESS" then "1. Snow contract": unnumbered sections whose entries restart.
    sectioned = _sectioned_entries(lines, end, structure) if not section_subs else {}
    if not sectioned and not section_subs:
        # "## CORRESPONDENCE" over "1. A letter …", "2. …" restarting under each heading: the headings are the items.
        sectioned = _heading_layer(lines, end, structure)
    # "3) The board was briefed on cases:" over "1. Orme (…)", "2. Pryce (…)", then "4) Matters Withdrawn" over "1. …":
    # two marks, two levels ("3.1", "3.2").
    two_marks = (
        two_mark_outline(["" if line.cells is not None else clean_text(line.text) for line in lines], end)
        if not sectioned and not section_subs else {}
    )
    # "CONSENT CALENDAR" over "5. Excused Absences" … "17. …", numbered on through the meeting: both are items.
    # "REGULAR AGENDA ITEMS" over "4-A. Select Chair …", "4-B. …" where no number stands alone: the parts carry the
    # numbers, the capitals headings between them are the meeting's top level, whatever they name.
    parts_only = bool(numbered_at) and all(_PART_NUMBER.fullmatch(number) for number in numbered_at.values())
    agenda_caps = (
        _agenda_caps_headings(lines, end, structure, any_heading=parts_only)
        if numbered_total and not sectioned and not section_subs else {}
    )
    # "Votes of Sympathy" or "Open Forum." alone on a line among numbered business: an item with no number.
    ceremonies = _ceremony_headings(lines, end) if numbered_total and not sectioned and not section_subs else {}
    # Headings before the first line of text are the document's titles ("### Residents' Association" / "### Annual
    # General Meeting" / "### Minutes"): they say nothing of how its items are marked.
    first_text = next((i for i, line in enumerate(lines[:end]) if line.text.strip() and not line.is_heading), end)
    marked = sum(1 for line in lines[first_text:end] if line.is_heading)
    stray: set[int] = set()
    points: set[int] = set()
    """Numbered lines that are points of a list inside an item, read as plain text whatever their marks."""
    if (
        not sectioned and not section_subs and numbered_total == len(numbered_lines)
        and _stray_marks(lines, end, structure, numbered_lines, marked)
    ):
        # One numbered line ("2/13 Treasurer's Report" carried over a line break) or one line set a size larger does
        # not make the structure of minutes whose plain capitals lines or run-in labels make it: they are text.
        stray = numbered_lines | {i for i, line in enumerate(lines[:end]) if line.is_heading}
        numbered_total, marked = 0, 0
    elif (
        not sectioned and not section_subs and numbered_total == len(numbered_lines)
        and _list_among_headings(lines, end, numbered_at)
    ):
        # "Planning" then "1. Reference: 18/01644/PP", "2. …", "3. …", among bold "Web", "Roads", "Slipway",
        # "Treasurer" …: a numbered list inside one item of minutes whose marked headings are the items.
        points, numbered_total = numbered_lines, 0
    elif numbered_total == len(numbered_lines) and marked >= MIN_PARAGRAPH_RUN and _only_ones(numbered_at):
        # "## Roll Call" over "1. Present", "1. Absent", "1. Guests" (lists of one entry each, as a web page's
        # separate <ol>s print them): a number that never rises counts no items; the marked headings are the items.
        stray, numbered_total = numbered_lines, 0
    caps_headings = numbered_total == 0 and not marked
    # "Internal Audit" or "Grass Cutting Contract" alone over its paragraph among numbered business: an unnumbered item.
    sub_headed = (
        _numbered_minutes_sub_headings(lines, end, numbered_lines)
        if numbered_total and not marked and not sectioned and not section_subs and not points else set()
    )
    dotted = _dotted_run_ins(lines, end) if caps_headings else {}
    labelled = _label_run_ins(lines, end) if numbered_total == 0 and not dotted else {}
    titled = _title_case_headings(lines, end) if caps_headings and not dotted and not labelled else set()
    # A line naming the council or meeting, or one of the document's first lines, that comes back on later pages is a
    # running header, not a heading.
    texts = [clean_text(line.text) for line in lines[:end] if line.text.strip()]
    top = set(texts[:RUNNING_HEADER_LINES])
    running_banners = {
        text for text, count in Counter(texts).items() if count > 1 and (text in top or _BANNER_NAMING.search(text))
    }
    caps_structure = structure if caps_headings and not dotted and not labelled else frozenset()
    found: list[tuple[AgendaItem, list[Line] | None]] = []
    private = False
    last_major: int | None = None
    parent: str | None = None
    """The number of the last top-level item: lettered sub-items are numbered under it."""
    next_letter = "a"
    letters_heading: int | None = None
    """The unnumbered heading (its place in `found`) whose lettered parts `next_letter` counts, when no number rules."""
    reading_out = False
    """The lettered parts being taken are read out as a list (see `read_out`)."""
    past_title = False
    taken_numbers: set[int] = set()
    taken_marks: set[str] = set()
    """The marks after those numbers ("." or ")"): a gap is filled only by a number printed the same way."""
    """The plain item numbers taken so far: a falling number not among them fills a gap left by an item moved up."""
    list_next: int | None = None
    list_from_one = False
    """The list under the current item started at "1."."""
    references = {
        position: (int(opening.group("value")), opening.group("series"))
        for position, reference_line in enumerate(lines[:end])
        if reference_line.cells is None and (opening := _REFERENCE_OPENING.match(clean_text(reference_line.text)))
    }
    """Lines opening with a minute reference ("43/19 …"), by position: (its number, its series)."""
    number_lines: dict[int, list[int]] = {}
    """The positions of the lines each plain number opens ("8. Planning"), by number."""
    for position, numbered_line in enumerate(lines[:end]):
        opening = _SIMPLE_NUMBER.match(clean_text(numbered_line.text)) if numbered_line.cells is None else None
        if opening is not None:
            number_lines.setdefault(int(opening.group("number")), []).append(position)
    list_last: int | None = None
    """The line of the list's last point."""
    """The next number of a plain numbered list under an item, once a falling number has read as a list."""
    closed = False
    """An adjournment item has been taken: marked headings after it are a web page's furniture, not items."""
    adjournment_checked = 0
    title_level = _page_title_level(lines, end)
    line_at: dict[tuple[int, int], Line] | None = None
    """Lines by page and number, made the first time an item's own line is looked up."""
    speaking = False
    """A capitals public-comment heading of `agenda_caps` was the last: its numbered entries are speakers."""
    speaker_next = 1
    """The number the next speaker under that heading must carry: speakers are numbered again from 1."""
    recommended_parts = _recommendation_parts(lines, end)
    serials = _serial_items(lines, end)
    coded = _coded_headings(lines, end)
    index = 0
    while index < end:
        line = lines[index] if index not in stray else replace(lines[index], heading=None)
        if index in points:
            line = replace(line, heading=None, bold=False)
        text = clean_text(line.text)
        index += 1
        if not text:
            continue
        if (not found or closed) and _is_banner_line(line, text):
            # The minutes' own title after a web page's menus, or the next meeting's after an adjournment.
            past_title = past_title and bool(found)
            closed = False
            continue
        if len(found) != adjournment_checked:
            adjournment_checked = len(found)
            closed = bool(found) and bool(_ADJOURNMENT.match(found[-1][0].title.rstrip(".: ")))
        if _PRIVATE.match(text) and _is_standalone(line, text):
            private = True
            continue
        if _PUBLIC.match(text) and _is_standalone(line, text):
            continue
        if index - 1 in coded:
            # "Gifts (E-4)" over its minutes: the agenda's reference after the title is the item's number.
            found.append((_make_item(coded[index - 1][0], coded[index - 1][1], private, line, line), None))
            past_title = True
            continue
        if index - 1 in serials:
            # "R031-24 Resolution authorizing …", "CA-3 Approve …": an item's serial opens its line.
            serial, title, last = serials[index - 1]
            found.append((_make_item(serial, title, private, line, lines[last]), None))
            past_title = True
            index = last + 1
            continue
        if index - 1 in sectioned:
            entry = sectioned[index - 1]
            past_title = True
            if entry is not None:
                entry_number, entry_title, entry_last, entry_rest = entry
                first_lines = [replace(line, text=entry_rest)] if entry_rest else None
                found.append((_make_item(entry_number, entry_title, private, line, lines[entry_last]), first_lines))
                parent, next_letter = entry_number, "a"
                last_major = None
                index = entry_last + 1
            continue  # a speaker numbered under public comment
        if index - 1 in section_subs:
            section_sub = section_subs[index - 1]
            if section_sub is None:
                past_title = True
                continue  # a speaker numbered under public comment
            # "II. CONSENT AGENDA" then "1. Approval of Minutes": a sub-item of a roman section ("II.1").
            sub_number, sub_title, last, sub_text = section_sub
            first_lines = [replace(line, text=sub_text)] if sub_text else None
            found.append((_make_item(sub_number, sub_title, private, line, lines[last]), first_lines))
            parent, next_letter = sub_number, "a"
            index = last + 1
            continue
        if index - 1 in points:
            past_title = True
            continue
        if index - 1 in agenda_caps:
            found.append((_make_item(None, agenda_caps[index - 1], private, line, line), None))
            past_title = True
            speaking = bool(_SPEAKERS_SECTION.match(agenda_caps[index - 1]))
            speaker_next = 1
            if not speaking:
                # "CEREMONIAL PRESENTATIONS" then "1. Certificate …" after closed-session items 1 to 4: numbering may
                # start again under a part of the meeting; speakers numbered under public comment stay a list.
                parent, last_major = None, None
            continue
        if index - 1 in ceremonies:
            found.append((_make_item(None, ceremonies[index - 1], private, line, line), None))
            past_title = True
            continue
        if index - 1 in two_marks:
            past_title = True
            outlined = two_marks[index - 1]
            if outlined is not None:
                found.append((_make_item(outlined[0], outlined[1], private, line, line), None))
                parent, next_letter, last_major = outlined[0], "a", _major(outlined[0])
            continue
        if index - 1 in recommended_parts:
            past_title = True
            continue  # "Recommended Action:" then "1. Approve …", "2. Authorize …": the recommendation's parts
        if speaking and (counted := re.match(r"(\d{1,3})[.)](?:\s|$)", text)) is not None:
            # Speakers are numbered again from 1 under the heading; a number out of that count is the business's own.
            if int(counted.group(1)) == speaker_next:
                speaker_next += 1
            else:
                speaking = False
        numbered = _numbered_heading(lines, index - 1, last_major, paragraphs=paragraphs) if index - 1 not in stray else None
        if (
            numbered is not None and last_major is not None and numbered[0].isdigit()
            and int(numbered[0]) > last_major + MAX_NUMBER_JUMP
            and (carried := _previous_text(lines, index - 1)) is not None and _carries_on(carried)
        ):
            numbered = None  # "… with the Ashby Municipal Workers Union Local" / "644 Part-Time …": a wrapped line
        if numbered is not None and speaking:
            if _SPEAKER_ENTRY.match(numbered[1]):
                past_title = True
                continue  # "PUBLIC COMMENTS" then "1. Ann Roe spoke regarding …": a speaker, not an item
            if not re.fullmatch(r"\d{1,3}[.)]", text):  # a number alone may split a speaker's lines (below)
                # "PUBLIC COMMENT", "None.", "1. Approval of Minutes" … "3. Treasurer reported …": business goes on.
                speaking = False
        if numbered is not None and index - 1 in listed:
            numbered = None  # "1. Safety measures …" under "**5.** **Deputation …**": a point of the item, not an item
        simple = _SIMPLE_NUMBER.match(text) if line.cells is None and not (line.bold or line.is_heading) else None
        if (
            numbered is not None and simple is not None and list_next is not None and last_major is not None
            and int(simple.group("number")) == list_next
            and (
                list_next <= last_major
                or (list_from_one and _list_goes_past_item(lines, index - 1, list_last, last_major, number_lines))
            )
        ):
            # "2. TREASURER'S REPORT", "1. Cash balances: …", then "2. Past due accounts: …": the list under the item
            # goes on; its "2." is no second item 2. A list from "1." under "7. Correspondence" whose points follow one
            # another line by line goes on past the item's own number: its "8.", "9." … are letters received, and the
            # next item ("8. Planning", printed further on) is the number that breaks the count. With no such number
            # further on, or a title in capitals after points that are not ("3. COMMITTEE REPORTS"), it is the item.
            numbered = None
        filled_from: int | None = None
        list_point = False
        if numbered is None and simple is not None and index - 1 not in listed:
            value = int(simple.group("number"))
            if value == list_next or value in taken_numbers:
                list_next = value + 1  # "1.", "2." under an item: a list going on, not items
                list_from_one = list_from_one or value == 1
                list_point = (
                    list_from_one and last_major is not None and value > last_major
                    and _list_goes_past_item(lines, index - 1, list_last, last_major, number_lines)
                )
                list_last = index - 1
            elif (
                last_major is not None
                and value < last_major
                and simple.group("mark") in taken_marks
                and (value > min(taken_numbers, default=0) or min(taken_numbers, default=0) <= MAX_OPENING_GAP)
            ):
                # "1. …", "2. …", "5. Planning", then "3. Finance": an item taken out of its order fills a gap.
                numbered = _numbered_heading(lines, index - 1, None, paragraphs=paragraphs)
                list_next = None if numbered is not None else value + 1
                filled_from = last_major if numbered is not None else None
        if numbered is None and simple is not None and index - 1 not in listed and found and not list_point:
            # "7) 77 Chambers Street, application for …" after item 6: the number vouches for the title.
            if line_at is None:
                line_at = {(line.page, line.number): line for line in lines}
            previous_mark = _item_mark(line_at, found[-1][0])
            numbered = _continued_number(lines, index - 1, found[-1][0].number, previous_mark, taken_marks, list_next, end)
        if numbered is None and line.cells is None and index - 1 not in listed and not speaking:
            # "61/27 Fire Notice was read …", "64/27 PA-27-0913 Outline scheme …": a minute
            # reference going on with the run of references around it vouches for its line, however the title reads.
            numbered = _reference_in_run(lines, text, index - 1, found, references)
        if numbered is not None and simple is not None and re.fullmatch(r"\d{1,3}", numbered[0]):
            taken_numbers.add(int(numbered[0]))
            taken_marks.add(simple.group("mark"))
            list_next, list_from_one, list_last = None, False, None
        label = labels.get(index - 1)
        if label is not None and label.restarted and not (
            parent is not None and re.fullmatch(r"\d{1,3}", parent) and label.number == next_letter.upper()
        ):
            label = None  # a letter starting again, but not the next part of a numbered item: text
        claimed = (found[-1][0].evidence.page, found[-1][0].evidence.line_end) if found and found[-1][0].evidence else None
        split = _split_number_title(lines, index - 1, end, claimed) if numbered is None and line.cells is None else None
        if split is not None and speaking:
            if _SPEAKER_ENTRY.match(split[0]):
                split = None  # "Ann Roe invited all to attend a" / "5." / "women's event …": a speaker, not an item
            else:
                speaking = False
        if split is not None:
            # "… to Ann Roe" / "5." / "for Outstanding Contributions …": the number set between a title's lines.
            split_title, split_first, split_last = split
            split_number = text.rstrip(".)")
            # The item's own line is the number's, so the next number's mark is read against it ("5." then "6.").
            found.append((_make_item(split_number, split_title, private, line, lines[split_last]), None))
            parent, next_letter, last_major = split_number, "a", _major(split_number)
            index = split_last + 1
            continue
        if numbered is None and label is not None:
            taken = _label_item(lines, index - 1, label, parent, end)
            if taken is not None:
                # A number alone on its line ("4.", "XII.", "(a)", "Item 7:"), the title on the next.
                number, title, last = taken
                if (label.style == "letter" and parent is not None and re.fullmatch(r"\d{1,3}", parent)
                        and label.number == next_letter.upper()):
                    # "6. Board Member Committee Reports" / "A. Finance" / "B. Policy": capital letters starting again
                    # under each numbered item are its parts, numbered with it as lettered parts are ("6A", "6B").
                    number = sub_item_number(parent, label)
                    next_letter = next_sub_mark(label)
                # "B. Approval of minutes: No changes; moved by …": the text after the colon is the item's first minutes.
                rest = _run_in_rest(text, title) if last == index - 1 else None
                first_lines = [replace(line, text=rest)] if rest else None
                if not any(item.number == number and item.title == title for item, _ in found):
                    found.append((_make_item(number, title, private, line, lines[last]), first_lines))
                if not label.is_sub_item and label.style != "letter" and label.style != "hyphen":
                    parent, next_letter = number, "a"
                    if label.style in ("digit", "item"):
                        last_major = _major(number)
                index = last + 1
                continue
        if numbered is not None:
            number, title = numbered
            last_line = line
            following = _next_text_line(lines, index)
            wrapped = _title_end(lines, index - 1, title, end)
            if wrapped != index - 1:
                # A title the numbering vouched for, wrapped onto the next line (see `_continued_number`).
                last_line = lines[wrapped]
                index = wrapped + 1
            elif following is not None and _continues_title(title, line, following):
                # A long title wrapped onto a second heading line.
                title = f"{title} {_AGENDA_REF.sub('', clean_text(following.text)).strip()}"
                last_line = following
                index = lines.index(following, index) + 1
            if not _AGENDA_REF.search(text) and last_line is line:
                # An agenda reference printed on the line after the heading.
                following = _next_text_line(lines, index)
                if following is not None and _AGENDA_REF_LINE.match(clean_text(following.text)):
                    last_line = following
            rest = _run_in_rest(text, title) if last_line is line else None
            if rest and re.fullmatch(r"\d{1,4}/\d{2,4}", number):
                pieces = _split_run_together_references(rest, number)  # "70/17 Apologies: none. 71/17 Minutes: …"
            elif rest and paragraphs and re.fullmatch(r"\d{1,3}(?:\.\d{1,2}[a-z]?)?", number):
                pieces = _split_run_together(rest, number)
            else:
                pieces = [("", rest or "")]
            # A title run in with its minutes keeps the rest of its line as the item's first text.
            own = _with_subject(title, pieces[0][1])
            found.append((_make_item(number, title, private, line, last_line), [replace(line, text=own)] if own else None))
            for run_number, run_text in pieces[1:]:
                # "… was elected. 6. Minutes of …": a later item run into this paragraph.
                if "/" in run_number:
                    # "71/17 Declarations: none.": a minute reference's title ends at its colon, dash or full stop.
                    run_title = _run_in_title(run_text) or _reference_title(run_number, run_text)
                    if run_title is None and run_number == pieces[-1][0] and _is_whole_run_in_title(run_text):
                        run_title = run_text  # "… to speak. 73/17 Minutes of the meeting held on 3 May" ends the line
                else:
                    run_title = _sentence_run_in_title(run_text)
                if run_title is None:
                    continue
                run_rest = _with_subject(run_title, run_text[len(run_title):].lstrip(" .:;,•·-–—"))
                run_lines = [replace(line, text=run_rest)] if run_rest else None
                found.append((_make_item(run_number, run_title, private, line, line), run_lines))
                number = run_number
            last_major = _major(number) if filled_from is None else max(filled_from, _major(number))
            parent, next_letter = number, "a"
            if _EXCLUSION.search(title):
                private = True
            continue
        lettered = _lettered_sub_item(lines, index - 1, next_letter) if parent is not None else None
        if parent is None and found:
            # "CONSENT CALENDAR" then "*A. Report …", "*B. Minutes …": lettered parts under an unnumbered section
            # heading are items, numbered with their letter as printed.
            heading_at = max((i for i, (item, _) in enumerate(found) if item.number is None), default=None)
            if heading_at is not None and heading_at != letters_heading:
                letters_heading, next_letter = heading_at, "a"
            if heading_at is not None and all(
                item.number is not None and len(item.number) == 1 for item, _ in found[heading_at + 1 :]
            ):
                section_letter = _lettered_sub_item(lines, index - 1, next_letter, under_heading=True)
                if section_letter is not None:
                    letter, title, last, rest = section_letter
                    next_letter = next_sub_mark(letter)
                    found.append((_make_item(letter.number, title, private, line, lines[last]),
                                  [replace(line, text=rest)] if rest else None))
                    past_title = True
                    index = last + 1
                    continue
        if lettered is not None and parent is not None:
            letter, title, last, rest = lettered
            title = without_file_id(letter.number, title)
            if next_letter == "a":
                # "… read the consent agenda as follows:" then "a. …", "b. …": parts read out as a list.
                before = _previous_text_line(lines, index - 1)
                reading_out = before is not None and bool(_AGENDA_LIST_INTRO.search(clean_text(before.text)))
                # "7. Consent Agenda" over "a. Approve the bills …" / "b. …" one a line: a list taken by one motion.
                reading_out = reading_out or (
                    bool(found) and bool(_CONSENT_ITEM.search(found[-1][0].title)) and _lists_next_part(lines, last)
                )
            if reading_out and read_out is not None:
                read_out.add(line.number)
            run_parts: list[tuple[str, str, str]] = []
            number = sub_item_number(parent, letter)
            next_letter = next_sub_mark(letter)
            if rest and last == index - 1 and letter.style == "lower":
                # "a) Locum Clerk – … b) Handyman – … 77/17 Handyman's Report …": later parts run on in the paragraph.
                rest, run_parts, run_parent, next_letter = _split_run_in_parts(rest, parent, letter)
                if run_parent != parent:
                    parent, last_major = run_parent, _major(run_parent)
            # "a) The Common - rubbish had not been collected …": the text after the title is the item's first minutes.
            first_lines = [replace(line, text=rest)] if rest else None
            found.append((_make_item(number, title, private, line, lines[last]), first_lines))
            for part_number, part_title, part_text in run_parts:
                part_lines = [replace(line, text=part_text)] if part_text else None
                found.append((_make_item(part_number, part_title, private, line, line), part_lines))
            index = last + 1
            continue
        identified = _id_item(lines, index - 1, end) if line.cells is None else None
        if identified is not None:
            # "(16-391) Name, …": a legislative file id opens the item's paragraph.
            found.append((_make_item(identified[0], identified[1], private, line, line), None))
            past_title = True
            continue
        resolution = read_resolution_heading(text) if line.cells is None else None
        if resolution is not None:
            # "R2031-12 K. Lane, P. Osei:" heads a motion; its first sentence is the item's title.
            sentence = _first_sentence(lines, index, end)
            if sentence:
                found.append((_make_item(resolution, sentence, private, line, line), None))
                continue
        run_on = read_resolution_line(text) if line.cells is None else None
        if run_on is not None:
            # "R2031-12 K. Lane, P. Osei: That … Carried.": each numbered motion is an item, its motion the text.
            found.append((_make_item(run_on[0], _motion_title(lines, index - 1, end), private, line, line),
                          [replace(line, text=run_on[1])]))
            past_title = True
            continue
        if closed and (line.is_heading or line.bold) and not _NUMBERED.match(text):
            continue  # a marked heading after the adjournment: a web page's footer ("Quick Links")
        if (line.is_heading or line.bold) and found and _SPEAKERS_SECTION.match(found[-1][0].title) and _is_speaker_name(text):
            past_title = True
            continue  # "Public Comment" then "**Tom Birch**": a speaker, not an item
        if not found and title_level is not None and line.heading == title_level:
            continue  # "# Committee Meeting - 2031-05-06", "# Minutes" over "## Correspondence" …: the page's own titles
        if line.bold and not line.is_heading and (_is_bold_sentence(text) or _inside_quotation(lines, index - 1)):
            past_title = True
            # "**Figures will be tabled at next month's meeting**": a sentence set in bold, not a heading; so is a line
            # of a motion quoted in bold ("**“That the Council call on the Minister to request**" / "**the Bank to …**").
            continue
        # A PDF's layout may read the roll call as a row: "ROLL CALL" | "Present:" | the names.
        roll_call = (
            _roll_call_line(text)
            if not closed and (line.cells is None or _roll_call_line(line.cells[0].strip()) is not None)
            else None
        )
        if roll_call is not None and (line.is_heading or line.bold or roll_call[1] or roll_call[0].isupper()):
            # "ROLL CALL Present: …", "ROLL CALL - Present: …", or "ROLL CALL" alone between numbered items: the
            # roll call is an item of its own (its names are the attendance's, not an item's text: see `rosters`).
            found.append((_make_item(None, roll_call[0], private, line, line), None))
            past_title = True
            continue
        if (line.is_heading or line.bold) and not _completes_line_before(lines, index - 1) and _is_unnumbered_item(
            text,
            has_numbers=numbered_total > 0,
            found=found,
            past_title=past_title or (not found and _opens_after_dated_titles(lines, index - 1, end)),
        ):
            title, last_line = _AGENDA_REF.sub("", text).strip(), line
            if index < end and (lines[index].is_heading or lines[index].bold) and _completes_line_before(lines, index):
                # "**Public Hearing on the rates for the north side of**" / "**the Village.**": one wrapped heading.
                more = clean_text(lines[index].text).lstrip("#").strip()
                if len(more.split()) <= MAX_TITLE_WORDS // 2:
                    title, last_line = f"{title} {more.removesuffix('.')}", lines[index]
                    index += 1
            found.append((_make_item(None, title, private, line, last_line), None))
        elif not (line.is_heading or line.bold):
            if index - 1 in titled and past_title:
                title, code = split_trailing_code(text)  # "Sewer Rates (D-2)": the agenda's reference is its number
                found.append((_make_item(code, title, private, line, line), None))
                continue
            if (
                caps_headings
                and past_title
                and not closed
                and line.cells is None
                and text not in running_banners
                and (_is_caps_heading(lines, index - 1) or index - 1 in caps_structure)
            ):
                # "EXECUTIVE SESSION —" with nothing to report: the dash is no part of the title.
                found.append((_make_item(None, text.rstrip(":-–— "), private, line, line), None))
                continue
            if index - 1 in sub_headed and last_major is not None and not closed and text not in running_banners:
                found.append((_make_item(None, text, private, line, line), None))
                continue
            if numbered_total > 0 and last_major is not None and _is_bare_colon_heading(lines, index - 1):
                # "Highway Matters:" on its own line between numbered items: an unnumbered item among them.
                found.append((_make_item(None, text.rstrip(": "), private, line, line), None))
                continue
            if index - 1 in dotted:
                # "Play Area. The swing needs new chains …": minutes whose paragraphs open with a title and a full stop.
                title, rest = dotted[index - 1]
                found.append((_make_item(None, title, private, line, line), [replace(line, text=rest)]))
                past_title = True
                continue
            if index - 1 in labelled and (past_title or agenda_words().search(labelled[index - 1][0])):
                # "Road Report: The crew graded …", "Old business:": minutes whose paragraphs open with a run-in label;
                # "Call to Order – …" right under the title lines opens the minutes.
                title, rest = labelled[index - 1]
                past_title = True
                found.append((_make_item(None, title, private, line, line), [replace(line, text=rest)] if rest else None))
                continue
            procedural = _PROCEDURAL_LABEL.match(text) if numbered_total == 0 and line.cells is None else None
            if procedural is not None and past_title:
                # "Disclosure of pecuniary interest: None.": a run-in label names the item.
                rest = text[procedural.end():].strip()
                first_lines = [replace(line, text=rest)] if rest else None
                found.append((_make_item(None, procedural.group("title"), private, line, line), first_lines))
                continue
            flat = _flattened_numbered_line(text) if numbered_total == 0 and line.cells is None else None
            if flat is not None:
                # "Present: … 1. Welcome The Chair … 2. Minutes …": a minutes whose line breaks were lost.
                heads[line.number] = flat[0]
                for run_number, run_title, run_rest in flat[1]:
                    run_lines = [replace(line, text=run_rest)] if run_rest else None
                    found.append((_make_item(run_number, run_title, private, line, line), run_lines))
                last_major = _major(flat[1][-1][0])
                parent, next_letter = flat[1][-1][0], "a"
                past_title = True
                continue
            inline = _inline_references(text, found) if line.cells is None else None
            if inline is not None:
                # "RESOLVED: That … be appointed. 36/17 Clerk Vacancy Update …": the next minute starts inside the line.
                heads[line.number] = inline[0]
                for run_number, run_title, run_rest in inline[1]:
                    run_lines = [replace(line, text=run_rest)] if run_rest else None
                    found.append((_make_item(run_number, run_title, private, line, line), run_lines))
                last_major = _major(inline[1][-1][0])
                parent, next_letter = inline[1][-1][0], "a"
            past_title = True
    return found


# The roll call's own words: "ROLL CALL" alone, or run in before its register. `sections.is_roll_call_heading` cannot
# serve: it reads a heading that names no one ("Roll Call of Council", "Roll Call __ Board Members Present"), and here
# the names may follow on the line. What follows is known as the attendance's opening is, by its labels ("Present:",
# "Absent –") or by the shared words for a body's members ("Commissioners …", "Board Members present: …").
_ROLL_CALL_OPENING = re.compile(r"^(?P<title>ROLL\s+CALL|Roll\s+Call)\s*[:.–—-]?\s*(?P<rest>.*)$")
_MEMBERS_OPENING = re.compile(rf"^{member_plural_pattern()}\b")


def _roll_call_line(text: str) -> tuple[str, str] | None:
    """(title, the register run in after it or "") for a roll call opening its line, alone or run in before the names
    ("ROLL CALL - Present: Commissioners …"), else None."""
    opening = _ROLL_CALL_OPENING.match(text)
    if opening is None:
        return None
    rest = opening.group("rest")
    if rest and opening_label(rest, sections=("attendance", "absent")) is None and not _MEMBERS_OPENING.match(rest):
        return None  # "Roll call was taken by the clerk.": a sentence, not the roll call's heading
    return opening.group("title"), rest


_REFERENCE_OPENING = re.compile(r"^(?P<value>\d{1,4})/(?P<series>\d{2,4})\s+(?P<title>\S.*)$")
"""A line opened by a minute reference running from meeting to meeting ("43/19 Apologies …")."""
MAX_REFERENCE_STEP = 2
"""How far a minute reference may rise over the one before (a number left out) and still go on with the run."""


def _reference_in_run(
    lines: list[Line],
    text: str,
    position: int,
    found: list[tuple[AgendaItem, list[Line] | None]],
    references: dict[int, tuple[int, str]],
) -> tuple[str, str] | None:
    """(number, title) for a line opened by a minute reference that goes on with the document's run, or None.

    The reference must rise by at most `MAX_REFERENCE_STEP` over the last item's reference in the same series
    ("50/19" after "49/19", "50/19" again for a second application under one minute), or, for the first such item,
    taken only while no numbered item has been found (the items are the references), the next reference line further
    on must rise over it so. Its title is cut as a run-in title's is, else from the
    sentence before its verb, else it is the line's first words.
    """
    opening = _REFERENCE_OPENING.match(text)
    if opening is None or not _reference_of_the_meeting(lines, text.split()[0]):
        return None
    value, series = int(opening.group("value")), opening.group("series")
    last = next(
        (match for item, _ in reversed(found) if item.number and (match := re.fullmatch(r"(\d{1,4})/(\d{2,4})", item.number))),
        None,
    )
    if last is not None:
        if last.group(2) != series or not 0 <= value - int(last.group(1)) <= MAX_REFERENCE_STEP:
            return None
    elif any(item.number for item, _ in found):
        # "2. Upcoming Events" / "3/15 The board will hold …" / "4/15 …": under items numbered otherwise, lines
        # opened by rising month/day dates are a calendar; a run of minute references numbers the document's items.
        return None
    else:
        later = next(((v, s) for p, (v, s) in sorted(references.items()) if p > position), None)
        if later is None or later[1] != series or not 0 < later[0] - value <= MAX_REFERENCE_STEP:
            return None
    number = f"{value}/{series}"
    rest = opening.group("title")
    title = _reference_title(number, rest) or _sentence_run_in_title(rest)
    if title is None or len(title.split()) > MAX_SUB_TITLE_WORDS:
        head = re.split(r"(?<=[a-z0-9)])\.\s+(?=[A-Z])|:\s", rest, maxsplit=1)[0]
        title = " ".join(head.split()[:MAX_SUB_TITLE_WORDS])
    return (number, title) if title else None


def _list_goes_past_item(
    lines: list[Line], position: int, list_last: int | None, last_major: int, number_lines: dict[int, list[int]]
) -> bool:
    """True when the numbered line at `position` goes on with a list under the current item past the item's own
    number: it follows the list's last point line by line, is printed as the points are (not in capitals after points
    that are not), and the number after the item's own opens a line further on (the true next item)."""
    if list_last is None or _previous_text_position(lines, position) != list_last:
        return False
    if _is_capitals(clean_text(lines[position].text)) and not _is_capitals(clean_text(lines[list_last].text)):
        return False
    return any(later > position for later in number_lines.get(last_major + 1, ()))


def _previous_text_position(lines: list[Line], position: int) -> int | None:
    """The position of the nearest line above `position` that carries text, or None."""
    return next((i for i in range(position - 1, -1, -1) if lines[i].text.strip()), None)


def _flattened_numbered_line(text: str) -> tuple[str, list[tuple[str, str, str]]] | None:
    """(text before, [(number, title, text)]) for a whole minutes flattened into one very long line, or None.

    A Markdown or text export that lost its line breaks runs everything on:
    "Present: … Apologies: … 1. Welcome The Chair … 2. Minutes The minutes
    of … 3. Planning …". Only a line of at least `FLAT_LINE_CHARS` holding
    at least `MIN_FLAT_NUMBERS` item numbers that rise one by one from 1 or 2,
    each after a sentence's end, with the attendance or apologies before the
    first (or the first opening the line), is cut; numbers out of the run (a list
    inside an item) stay in the text, and so do sums, times and dates
    ("£150.50", "7.30 pm"), which have no space after their point.
    """
    if len(text) < FLAT_LINE_CHARS:
        return None
    chain: list[re.Match[str]] = []
    loose = list(_LOOSE_FLAT_POINT.finditer(text))
    for match in _FLAT_POINT.finditer(text):
        number = int(match.group("number"))
        if chain and number == int(chain[-1].group("number")) + 2:
            # "… Cllr Ann Vale 2. Declarations … made: 3. Minutes …": a number after a name, not a sentence's
            # end, between its neighbours in the run is the missing link.
            gap = next((found for found in loose if chain[-1].end() <= found.start() < match.start()
                        and int(found.group("number")) == number - 1), None)
            if gap is not None:
                chain.append(gap)
        if (not chain and number <= 2) or (chain and number == int(chain[-1].group("number")) + 1):
            chain.append(match)
    if len(chain) >= MIN_FLAT_NUMBERS:
        # "… received for consultation 11. Other Reports – …": the run's last number, after a word.
        chain += [found for found in loose if found.start() > chain[-1].end()
                  and int(found.group("number")) == int(chain[-1].group("number")) + 1][:1]
    if chain and chain[0].group("number") == "2":
        # "… Clerk, PLLC 1. CALL TO ORDER Chair Ash called …": the call to order run on after the roll with no stop.
        first = next((found for found in loose if found.end() <= chain[0].start() and found.group("number") == "1"
                      and _FLAT_CALL_TO_ORDER.match(text, found.end())), None)
        if first is not None:
            chain.insert(0, first)
    if len(chain) < MIN_FLAT_NUMBERS:
        return None
    before = text[: chain[0].start()].strip()
    if before and not _FLAT_OPENING.search(before) and not (
        _FLAT_CALL_TO_ORDER.match(text, chain[0].end()) and _FLAT_ROLL.search(before) and not before.endswith(":")
    ):
        # A paragraph's own list ("… agreed: 1. … 2. … 3. …", "… the order of business for the town meeting: 1. Call
        # to order by the moderator. 2. …"), not the minutes' opening and items; the minutes open with their call to
        # order or roll call after a roll written with no colon ("MEMBERS PRESENT Ann Ash, …").
        return None
    pieces: list[tuple[str, str, str]] = []
    for position, match in enumerate(chain):
        stop = chain[position + 1].start() if position + 1 < len(chain) else len(text)
        whole = text[match.end() : stop].strip()
        parts = _flat_sub_points(match.group("number"), whole)
        for point, piece in [(match.group("number"), whole[: parts[0][1]].strip() if parts else whole)] + [
            (sub_number, whole[start + len(sub_number) : end].strip()) for sub_number, start, end in parts
        ]:
            title = _run_in_title(piece) or _sentence_run_in_title(piece)
            if title is None and point != match.group("number"):
                # "5.2 It was noted that …": a sub-point with no title of its own is no item; its number and words go
                # on with the text of the piece before it (which was cut at it), so no decision or action is lost.
                before_point, before_title, before_rest = pieces[-1]
                pieces[-1] = (before_point, before_title, f"{before_rest} {point} {piece}".strip())
                continue
            if title is None:
                return None  # a numbered list of sentences (conditions, points), not items
            rest = _with_subject(title, piece[len(title) :].lstrip(" .:;,-–—"))
            pieces.append((point, title, rest))
    return text[: chain[0].start()].strip(), pieces


def _flat_sub_points(number: str, piece: str) -> list[tuple[str, int, int]]:
    """(number, where its number starts, end) of the points "5.1", "5.2" … under item `number` in its flattened text.

    "Reports 5.1 Chairman's Report • … 5.2 Clerk's Report …": the points must rise one by one from 1; each runs
    to the next (the last to the piece's end).
    """
    starts: list[tuple[str, int]] = []
    for found in re.finditer(rf"(?:^|(?<=\s)){re.escape(number)}\.(?P<sub>\d{{1,2}})\s+(?=[A-Z“\"‘'])", piece):
        if int(found.group("sub")) == len(starts) + 1:
            starts.append((f"{number}.{found.group('sub')}", found.start()))
    if not starts:
        return []
    ends = [start for _, start in starts[1:]] + [len(piece)]
    return [(sub_number, start, end) for (sub_number, start), end in zip(starts, ends, strict=True)]


def _inline_references(
    text: str, found: list[tuple[AgendaItem, list[Line] | None]]
) -> tuple[str, list[tuple[str, str, str]]] | None:
    """(text before, [(number, title, text)]) for the next minute references run on after a sentence in `text`, or None.

    Only the reference after the last one found, with the same year ("36/17"
    after "35/17"), counts.
    """
    numbers = (item.number for item, _ in reversed(found) if item.number)
    last = next((number for number in numbers if re.fullmatch(r"\d{1,4}/\d{2,4}", number)), None)
    if last is None:
        return None
    value, _, year = last.partition("/")
    number = f"{int(value) + 1:0{len(value)}d}/{year}"
    match = re.search(rf"(?<=[.!?”\"])\s+{re.escape(number)}\s+(?=[A-Z])", text)
    if match is None:
        return None
    runs: list[tuple[str, str, str]] = []
    for label, piece in _split_run_together_references(text[match.end():], number):
        run_number = label or number
        run_title = _reference_title(run_number, piece) or _run_in_title(piece) or _sentence_run_in_title(piece)
        if run_title is None:
            break
        runs.append((run_number, run_title, piece[len(run_title):].lstrip(" .:;,•·-–—")))
    return (text[: match.start()].strip(), runs) if runs else None


def _find_label_lines(lines: list[Line], end: int) -> dict[int, Label]:
    """Positions of label lines ("4.", "XII.", "(a)") that number items, as runs of labels decide."""
    # Numerals run in with their minutes on plain lines number the items unless the minutes set their numerals as
    # marked headings ("**V Old Business**"), which are read as headings.
    run_ins = not any(
        (line.bold or line.is_heading) and line.cells is None and _roman_run_in(clean_text(line.text)) is not None
        for line in lines[:end]
    )
    found, run_in_at = _accepted_label_lines(lines, end, run_ins=run_ins)
    taken = sorted(position for position in run_in_at if position in found)
    if taken and _inside_a_longer_number_run(lines, end, taken):
        # "3. Director's Report … which said:" over "I Attended the conference", "II Ordered new shelving": numerals run
        # in on plain lines inside a longer run of numbered lines are a list in one item, not the items.
        found, _ = _accepted_label_lines(lines, end, run_ins=False)
    return found


def _inside_a_longer_number_run(lines: list[Line], end: int, positions: list[int]) -> bool:
    """Whether the lines at `positions` (in order) sit between two plain numbered lines that follow each other ("3.",
    then "4."), in a run of more numbered lines than `positions` holds."""
    numbers = [
        (position, int(opening.group("number")))
        for position, line in enumerate(lines[:end])
        if line.cells is None and (opening := _SIMPLE_NUMBER.match(clean_text(line.text))) is not None
    ]
    before = [number for position, number in numbers if position < positions[0]]
    after = [number for position, number in numbers if position > positions[-1]]
    return bool(before and after) and after[0] == before[-1] + 1 and len(numbers) > len(positions)


def _accepted_label_lines(lines: list[Line], end: int, *, run_ins: bool) -> tuple[dict[int, Label], set[int]]:
    """(label lines that number items, positions of the numerals run in on plain lines among the candidates), with those
    run-in numerals (`_roman_run_in`) read as candidates when `run_ins`."""
    candidates: list[tuple[int, Label]] = []
    run_in_at: set[int] = set()
    for position, line in enumerate(lines[:end]):
        if line.cells is not None:
            continue
        text = clean_text(line.text)
        label = read_label(text)
        inline = read_inline_label(text) if label is None else None
        if label is None and inline is None and run_ins and not (line.bold or line.is_heading):
            inline = _roman_run_in(text)
            if inline is not None:
                run_in_at.add(position)
        if label is not None and wraps_a_date(clean_text(_text_above(lines, position)), label):
            continue  # "… scheduled for February" over "24."
        if label is not None:
            candidates.append((position, label))
        elif inline is not None:
            candidates.append((position, inline[0]))
    accepted = accepted_labels([label for _, label in candidates])
    restarted = restarted_letter_labels([label for _, label in candidates], accepted)
    found = {position: label for i, (position, label) in enumerate(candidates) if i in accepted}
    found.update((position, replace(label, restarted=True)) for i, (position, label) in enumerate(candidates) if i in restarted)
    return found, run_in_at


# "III Approval of Agenda Commissioner Ash moved to approve …", "IV. Chief's Report The chief went over …": a roman
# numeral, with or without its stop, then the item's title and its minutes in one paragraph, as US boards' minutes
# are exported a paragraph a line; or the title alone ("II Pledge of Allegiance").
_ROMAN_RUN_IN = re.compile(r"^(?P<number>[IVX]{1,6})\.?\s+(?P<rest>[A-Z].*)$")


def _roman_run_in(text: str) -> tuple[Label, str] | None:
    """(label, title) of a line opening with a roman numeral and a title, the item's minutes maybe run on after it.
    Such a line counts only inside a run of numerals (`accepted_labels`)."""
    match = _ROMAN_RUN_IN.match(text)
    if match is None or roman_value(match.group("number")) is None:
        return None
    rest = match.group("rest").strip()
    title = _sentence_run_in_title(rest)
    if title is None or len(title.split()) > MAX_RUN_IN_TITLE_WORDS or not re.search(r"[a-z]", title):
        return None
    if title == rest and (_SENTENCE_VERB.search(title) or not _is_title_cased(title.split())):
        return None  # "I Think the fence is down": a sentence, not a title
    return Label(number=match.group("number"), style="roman"), title


# A section whose numbered lines are the people who spoke, not items.
_SPEAKERS_SECTION = re.compile(
    r"^(?:Public|Citizens?|Audience|Oral)\s+(?:Participation|Comments?|Communications?|Forum|Input|Questions?|Speakers?)\b",
    re.IGNORECASE,
)


# A sub-item printed with its roman section's numeral: "II.A. Approval of the minutes …", "IV. B. Bids", "III.2 Budget"
# (agenda software numbers every part so).
# A letter keeps its stop ("II. A New Roof" is item II's title).
_SECTION_NUMBERED_SUB = re.compile(
    r"^(?P<section>[IVXL]{1,7})\.\s?(?P<sub>[A-Z](?=[.)])|\d{1,2})[.)]?\s+(?P<title>[A-Z0-9“\"].*)$"
)


def _numbered_sub_title(title: str) -> str:
    """The title of a sub-item printed with its section's numeral, without its agenda reference or closing stop."""
    return _AGENDA_REF.sub("", title).strip().rstrip(":").strip().removesuffix(".").strip()


def _roman_sub_items(lines: list[Line], end: int, labels: dict[int, Label]) -> dict[int, tuple[str, str, int, str] | None]:
    """Numbered or lettered sub-items under roman sections, by line position: (number, title, last line, text run in).

    None marks a numbered line that is no item: a speaker listed under public comment.

    "II. CONSENT AGENDA" then "1. Approval of Minutes", "2. Bills" (or "1."
    alone, the title on the next line). A group's first sub-item comes straight
    after the section heading, with nothing between (a list that a sentence
    introduces is that sentence's list); the rest follow in order, with minutes
    between them. Sub-items numbered from 1 under their section are written
    under it ("II.1"), as are letters that start again at A under two or more
    sections ("III.A"); numbers that run on through the document are kept as
    printed. Lettered sub-items that run on are read as label lines
    (`accepted_labels`), so only restarting letters are taken here.
    """
    romans = sorted(position for position, label in labels.items() if label.style == "roman")
    groups: list[tuple[str, str, list[tuple[int, int, str, int, str]]]] = []
    last_value: dict[str, int] = {}
    speakers: set[int] = set()
    found_own: dict[int, tuple[str, str, int, str] | None] = {}
    for k, start in enumerate(romans):
        stop = romans[k + 1] if k + 1 < len(romans) else end
        heading = _label_item(lines, start, labels[start], None, end)
        if heading is None:
            continue
        section, section_title, heading_last = heading
        if _SPEAKERS_SECTION.match(section_title):
            # "V. Public Participation" then "1. Jane Doe": the speakers, not items.
            speakers.update(
                position for position in range(heading_last + 1, stop)
                if lines[position].cells is None and read_section_sub_label(clean_text(lines[position].text)) is not None
            )
            continue
        previous = heading_last
        expected: dict[str, int] = {}
        group_of: dict[str, int] = {}
        position = heading_last + 1
        while position < stop:
            line = lines[position]
            if not line.text.strip():
                position += 1
                continue
            numbered = _SECTION_NUMBERED_SUB.match(clean_text(line.text)) if line.cells is None else None
            if numbered is not None and numbered.group("section") == section:
                # "II.B. Approval of the minutes of …": the sub-item printed with its section's numeral vouches for
                # itself, whatever its title's length or stop.
                found_own[position] = (f"{section}.{numbered.group('sub')}", _numbered_sub_title(numbered.group("title")),
                                       position, "")
                previous = position
                position += 1
                continue
            sub = read_section_sub_label(clean_text(line.text)) if line.cells is None else None
            taken = None
            if sub is not None:
                style, value, title = sub
                opens = style not in expected and previous == heading_last and value in (1, last_value.get(style, 0) + 1)
                if opens or expected.get(style) == value:
                    in_run = not opens or _section_run_goes_on(lines, position, stop, style, value)
                    taken = _section_sub_title(lines, position, title, stop, in_run=in_run)
            if sub is None or taken is None:
                previous = position
                position += 1
                continue
            style, value, _ = sub
            if style not in group_of:
                group_of[style] = len(groups)
                groups.append((section, style, []))
            groups[group_of[style]][2].append((position, value, *taken))
            expected[style] = value + 1
            last_value[style] = value
            previous = taken[1]
            position = taken[1] + 1
    openings = {style: [members[0][1] for _, kind, members in groups if kind == style] for style in ("digit", "letter")}
    restarts = {
        # Numbers under a section count from 1 unless a later section carries them on ("4." under III after "3." under II).
        "digit": all(value == 1 for value in openings["digit"]),
        # Letters run on through the document (A, B under XII; C, D under XIII) unless two sections start again at A.
        "letter": openings["letter"].count(1) >= 2,
    }
    found: dict[int, tuple[str, str, int, str] | None] = dict.fromkeys(speakers)
    found.update(found_own)
    for section, style, members in groups:
        if style == "letter" and not restarts[style]:
            continue
        for position, value, title, last, rest in members:
            printed = clean_text(lines[position].text).split(None, 1)[0].rstrip(".)")
            number = section_sub_number(section, style, value) if restarts[style] else printed
            found[position] = (number, title, last, rest)
    return found


# A section heading that opens the meeting ("CALL TO ORDER AND ROLL CALL", "## Roll Call") is its first item even when
# only the title lines and a rule stand above it.
_OPENING_SECTION = re.compile(r"^(?:call\s+to\s+order|roll\s+call)\b", re.IGNORECASE)
MIN_RESTARTING_SECTIONS = 2
"""Unnumbered sections whose numbered or lettered entries start again at 1 (or A) that make a document sectioned."""
MIN_WRAPPED_LINE_WORDS = 6
"""A line without an end mark at least this long may wrap onto the next line, which ends the title with a full stop."""
MAX_WRAPPED_TAIL_WORDS = 5
"""Such a wrapped end of a title is at most this long and in title case ("Pilkington Road.")."""
# Who spoke at a hearing, grouped by stance: "Proponents:", "Neutral:", "Those in opposition:". Never items.
_TESTIMONY_POSITION = re.compile(
    r"^(?:(?:Proponents?|Opponents?|Neutral|Undecided|Opposed|Supporters?)(?:\s+(?:testimony|speakers?|parties))?"
    r"|(?:(?:public\s+)?testimony\s+|speakers?\s+|those\s+(?:speaking\s+)?|persons\s+(?:speaking\s+)?)?"
    r"in\s+(?:favou?r|support|opposition)(?:\s+of\s+(?:the\s+)?\w+)?"
    r"|(?:testimony|speakers?)\s+(?:against|neutral))\s*:?$",
    re.IGNORECASE,
)
# A speaker named with where they live, as minutes of public comment record them: "Jane Roe, 5255 Elm Road,
# Springfield, Oregon.", "Mr. Tom Birch, Springfield.": a name (two to four capitalised words), a comma, then a
# street address or a place.
_SPEAKER_WITH_ADDRESS = re.compile(
    rf"^(?:{HONORIFIC}\.?\s+)?(?P<name>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){{1,3}}),\s+"
    r"(?P<place>\d{1,6}[A-Za-z]?\s+(?:[NSEW]\.?\s+)?[A-Z][\w'’.-]*|[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s*[,.]?)"
)
# Words of an item's title, never of a person's name: "Variance Request, 40 Harbor Lane" is an item.
_TITLE_NOUNS = re.compile(
    r"\b(?:request|hearing|application|appeal|permit|variance|plan|project|ordinance|resolution|review|amendment"
    r"|annexation|zon(?:e|ing)|subdivision|lot|property|report|update|agreement|contract|budget|business|minutes"
    r"|matters?|items?|road|street|lane|avenue|drive|park|hall|building|bridge|repairs?)\b",
    re.IGNORECASE,
)


# A speaker's residence line ending on a town and a two-letter state ("Ann Roe 12 Elm Road, Ashby, OR", "Ann Roe – 12 Elm
# Road, Ashby, OR"): the comma after the name may be missing or a dash, and the name's last word may be a street word
# ("Colin Lane, 12 Elm Road, Ashby, OR").
_SPEAKER_RESIDENCE = re.compile(
    rf"^(?:{HONORIFIC}\.?\s+)?(?P<name>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){{1,3}})(?:,|\s+[-–—])?\s+"
    r"\d{1,6}[A-Za-z]?\s+(?:[NSEW]{1,2}\.?\s+)?[A-Z][\w'’.-]*[^,]*,\s*[A-Z][a-z]+(?:\s+[A-Z][a-z]+)*,?\s+[A-Z]{2}\.?$"
)


def _is_speaker_residence(text: str) -> bool:
    """True for `_SPEAKER_RESIDENCE` when the name's words are no title's nouns nor words of no person."""
    match = _SPEAKER_RESIDENCE.match(text.strip())
    if match is None:
        return False
    words = match.group("name").split()
    if words[-1].lower().strip(".,") in {word.lower() for word in street_words()}:
        words = words[:-1]  # "Colin Lane": a surname that is also a street word
    non_person = load_non_person_words().non_person
    return not _TITLE_NOUNS.search(" ".join(words)) and not any(word.lower().strip(".,") in non_person for word in words)


def _is_speaker_line(text: str) -> bool:
    """True for a line naming a speaker and where they live ("Jane Roe, 5255 Elm Road, Springfield.")."""
    if _is_speaker_residence(text):
        return True
    match = _SPEAKER_WITH_ADDRESS.match(text)
    if match is None or _TITLE_NOUNS.search(match.group("name")):
        return False
    non_person = load_non_person_words().non_person
    if any(word.lower().strip(".,") in non_person for word in match.group("name").split()):
        return False
    # A title may name a place after a comma; a speaker's line ends with a full stop or runs on to a town and state.
    return text.rstrip().endswith(".") or text.count(",") >= 2


# A person's name alone: "Tom Birch", "Mrs. Jane Q. Roe" (title case; capitals are a heading's).
_PERSON_NAME = re.compile(
    rf"^(?:{HONORIFIC}\.?\s+)?[A-Z][a-z'’-]+(?:\s+[A-Z]\.)?(?:\s+(?:Mc|Mac|O['’])?[A-Z][a-z'’-]+){{1,2}}\s*[:.]?$"
)


def _is_speaker_name(text: str) -> bool:
    """True for a line that is only a person's name ("Tom Birch"), as a speaker under public comment is headed."""
    text = text.strip(" *#")
    if not _PERSON_NAME.match(text) or _TITLE_NOUNS.search(text):
        return False
    non_person = load_non_person_words().non_person
    return not any(word.lower().strip(".,:") in non_person for word in text.split())


def _is_testimony_label(text: str) -> bool:
    """True for a label grouping hearing testimony by stance ("Proponents:", "In opposition")."""
    return bool(_TESTIMONY_POSITION.match(text.strip(" *#")))


def _completes_line_before(lines: list[Line], position: int) -> bool:
    """True when `lines[position]` is the rest of a heading or title wrapped from the line straight before it.

    "1. Annexation of land on the north side of" / "Pilkington Road.", "… (File No." /
    "2018-01)": a line carrying on an open bracket, a line starting in lower case,
    one after a line stopping on a joining word or a comma, and one ending with
    a full stop after a long line with no end mark.
    """
    before = position - 1
    if before < 0 or not lines[before].text.strip() or lines[before].cells is not None:
        return False  # a blank line or a table between: a line of its own
    previous = clean_text(lines[before].text).lstrip("#").strip()
    text = clean_text(lines[position].text).lstrip("#").strip()
    if not previous or not text:
        return False
    heading_before = (
        lines[before].is_heading
        or lines[before].bold
        or _is_capitals(previous)
        or read_section_sub_label(previous) is not None
        or bool(_NUMBERED.match(previous))
    )
    if not heading_before:
        return False  # only a heading or an item's title wraps so
    if previous.count("(") > previous.count(")") and text.count(")") > text.count("("):
        return True
    if re.search(r"[.:;!?)\]”\"]$", previous):
        return False
    if text[:1].islower() or _TITLE_CUT.search(previous) or _list_goes_on(previous, text):
        return True
    if _JOINING_END.search(text) and min(len(previous.split()), len(text.split())) >= MIN_WRAPPED_LINE_WORDS:
        # "B12-31 Authorizing a contract with Ashby" / "Water District No. 1 relating to the" / …: a middle line, as
        # long as the line before ("Public Comment:", "Budget &" are headings of their own)
        return True
    words = text.removesuffix(".").split()
    return (
        text.endswith(".")
        and len(previous.split()) >= MIN_WRAPPED_LINE_WORDS
        and len(words) <= MAX_WRAPPED_TAIL_WORDS
        and not _is_capitals(text)
        and _is_title_cased(words)  # "Pilkington Road.", not "The planner presented the report."
        and not _SENTENCE_VERB.search(text)
    )


def _section_head(lines: list[Line], position: int, caps_structure: frozenset[int] = frozenset()) -> str | None:
    """The title of an unnumbered section heading ("NEW BUSINESS", "## Consent Agenda"), or None.

    `caps_structure` holds the capitals lines that give the document its structure (`_caps_structure`).
    """
    line = lines[position]
    text = clean_text(line.text).lstrip("#").strip().rstrip(":").strip()
    if line.cells is not None or not text or read_section_sub_label(text) is not None or read_label(text) is not None:
        return None
    if _NUMBERED.match(text) or _NUMBERED_TIGHT.match(text) or is_date_line(text) or len(text.split()) > MAX_CAPS_TITLE_WORDS:
        return None
    if _DOCUMENT_TITLE.match(text) or _CAPS_NOT_HEADING.match(text.upper()) or _OUTCOME_LINE.match(text):
        return None
    if _is_testimony_label(text) or _is_speaker_line(text) or _completes_line_before(lines, position):
        return None  # who spoke at a hearing, or the end of a wrapped heading
    if _is_closing_line(text):
        return None
    letters = [c for c in text if c.isalpha()]
    if letters and all(c.isupper() for c in letters) and _BANNER_NAMING.search(text) and _BANNER_WORDS.search(text):
        return None  # "REGULAR COUNCIL MEETING MINUTES": the banner
    if line.is_heading:
        return text
    if _is_caps_heading(lines, position) or position in caps_structure:
        return text
    before = next((clean_text(lines[i].text) for i in range(position - 1, -1, -1) if lines[i].text.strip()), "")
    capitals = bool(letters) and all(c.isupper() for c in letters) and len(letters) >= 4
    # "NEW BUSINESS:" keeps its colon; a first heading may follow the date line of the heading block.
    return text if capitals and (clean_text(line.text).endswith(":") or is_date_line(before)) else None


def _sectioned_entries(
    lines: list[Line], end: int, structure: frozenset[int]
) -> dict[int, tuple[str | None, str, int, str] | None]:
    """Unnumbered section headings and the numbered or lettered entries under them, by line position.

    US minutes written on their agenda head each part with a capitals or
    markdown heading ("CALL TO ORDER", "CONSENT AGENDA", "## New Business")
    and number the business under it afresh ("1. Water main …", "A. Approval
    of claims"). Only when at least `MIN_RESTARTING_SECTIONS` sections open
    with an entry 1 or A straight after their heading does the document read
    so; then every section heading after the first body text is an item (no
    number) and each entry in order under it is one (its number as printed).
    Entries under a public-comment heading are speakers: None marks them.
    Each value is (number, title, index of the title's last line, text run in after it).
    """
    body_seen = False
    closed = False
    heads: list[tuple[int, str]] = []
    for position, line in enumerate(lines[:end]):
        if not line.text.strip():
            continue
        if (not heads or closed) and _is_banner_line(line, clean_text(line.text)):
            # The minutes' title: what stood before it (a web page's menus) was no body text.
            body_seen, closed = bool(heads) and body_seen, False
            continue
        head = _section_head(lines, position, structure) if not (closed and line.is_heading) else None
        if head is not None and not body_seen and not _OPENING_SECTION.match(head):
            head = None  # a heading before any text is the document's title, unless it opens the meeting
        if head is not None and heads and _SPEAKERS_SECTION.match(heads[-1][1]) and _is_speaker_name(head):
            head = None  # "PUBLIC COMMENT" then "## Tom Birch": who spoke, not a section
        if head is not None:
            heads.append((position, head))
            closed = bool(_ADJOURNMENT.match(head.rstrip(".: ")))
        elif not line.is_heading:
            body_seen = True
    found: dict[int, tuple[str | None, str, int, str] | None] = {}
    restarting = 0
    for k, (start, title) in enumerate(heads):
        stop = heads[k + 1][0] if k + 1 < len(heads) else end
        found[start] = (None, title, start, "")
        speakers = bool(_SPEAKERS_SECTION.match(title))
        expected: tuple[str, int] | None = None
        position = start + 1
        while position < stop:
            text = clean_text(lines[position].text)
            sub = read_section_sub_label(text) if text and lines[position].cells is None else None
            if sub is None:
                if text and expected is None:
                    break  # an entry 1 comes straight after its heading, or the numbers are a sentence's list
                position += 1
                continue
            style, value, inline = sub
            if (expected is None and value != 1) or (expected is not None and expected != (style, value)):
                position += 1
                continue
            if speakers:
                found[position] = None
                expected = (style, value + 1)
                position += 1
                continue
            in_run = expected is not None or _section_run_goes_on(lines, position, stop, style, value)
            taken = _section_sub_title(lines, position, inline, stop, in_run=in_run)
            if taken is None:
                if expected is None:
                    break
                position += 1
                continue
            if expected is None:
                restarting += 1
            entry_title, last, rest = taken
            found[position] = (text.split(None, 1)[0].rstrip(".)"), entry_title, last, rest)
            expected = (style, value + 1)
            position = last + 1
    return found if restarting >= MIN_RESTARTING_SECTIONS else {}


MIN_LAYER_HEADINGS = 4
"""Unnumbered headings that make them the item layer over numbered lists that restart under them."""
MIN_AGENDA_HEADINGS = 3
"""Headings naming the business of a meeting ("Correspondence", "New Business") needed for the heading layer."""
AGENDA_HEADING_SHARE = 1 / 3
"""Share of the headings that must name such business."""
_CEREMONY = re.compile(agenda_words("ceremonies").pattern, re.IGNORECASE)
"""A ceremony or procedural part of a meeting set as an unnumbered heading (see `_ceremony_headings`)."""

MIN_LAYER_LISTS = 2
"""Headings with a numbered list under them needed before the lists are read as points inside the items."""
LAYER_SENTENCE_SHARE = 1 / 3
"""Share of those numbered lines that must read as sentences (not titles)."""
_LIST_LINE = re.compile(r"^\(?(?P<number>\d{1,2})[.)]\s+(?P<text>\S.*)$")


def _layer_head(lines: list[Line], position: int, caps_structure: frozenset[int] = frozenset()) -> str | None:
    """The title of an unnumbered heading line (a markdown heading, a bold line, a capitals line), or None."""
    line = lines[position]
    head = _section_head(lines, position, caps_structure)
    if head is not None and _is_label_heading(head):
        return None  # "MEMBERS PRESENT", "OFFICIALS IN ATTENDANCE": the attendance's labels
    if head is not None or not line.bold:
        return head
    text = clean_text(line.text).rstrip(":").strip()
    words = text.split()
    if (
        not words
        or len(words) > MAX_CAPS_TITLE_WORDS
        or not text[:1].isupper()
        or text.endswith((".", ",", ";"))
        or _LIST_LINE.match(text)
        or read_label(text) is not None
        or read_section_sub_label(text) is not None
        or _NUMBERED.match(text)
        or is_date_line(text)
        or _is_label_heading(text)
        or _OUTCOME_LINE.match(text)
        or _CAPS_NOT_HEADING.match(text.upper())
        or _SENTENCE_VERB.search(text)
        or _is_testimony_label(text)
        or _is_speaker_line(text)
        or _completes_line_before(lines, position)
    ):
        return None
    return text


def _run_in_layer_head(line: Line, text: str) -> tuple[str, str] | None:
    """(title, sentence) of a paragraph opened by a run-in label ending in a colon ("Matters arising: Three …"), or None.

    A label of the heading block or a motion ("Present:", "Seconded:"), a
    speaker ("Mayor Lee:") or a label over a list of names is no heading.
    """
    if line.is_heading or line.bold:
        return None
    match = _LABEL_RUN_IN.match(text)
    if match is None or match.group("dash") or match.group("bare"):
        return None
    title = match.group("title").strip()
    rest = (match.group("rest") or "").strip()
    if rest and not _is_sentence(rest):
        return None
    if _run_in_label_kind(title, rest) is None:
        # "Minutes of the last meeting:": a longer label in sentence case passes when it names agenda business.
        capitalised = " ".join(word[:1].upper() + word[1:] for word in title.split())
        if not agenda_words().search(title) or _run_in_label_kind(capitalised, rest) is None:
            return None
    return title, rest


def _heading_layer(
    lines: list[Line], end: int, structure: frozenset[int]
) -> dict[int, tuple[str | None, str, int, str] | None]:
    """Unnumbered headings as the items when the numbered lines under them are lists that start afresh under each.

    "## CORRESPONDENCE" then "1. A letter from the county …", "2. …", and
    "## NEW BUSINESS" then "1. The hall roof …": the headings are the agenda
    and the numbers count points inside an item. Only when at least
    `MIN_LAYER_HEADINGS` headings stand after the first body text, every
    numbered line sits under one, the numbers under each heading run 1, 2, 3 …,
    and most numbered lines are sentences rather than titles. The value is
    (None, title, index, "") for a heading and None for a numbered line (not an item).
    """
    body_seen = False
    heads: list[int] = []
    titles: dict[int, str] = {}
    numbered: list[tuple[int, int, bool]] = []
    """(position, number, reads as a sentence) of each numbered line."""
    rests: dict[int, str] = {}
    """The sentence run in after a label head ("Planning: Two applications were considered.")."""
    closed = False
    previous = ""
    for position, line in enumerate(lines[:end]):
        text = clean_text(line.text)
        opens = not previous or bool(re.search(r"[.!?:;)]$", previous))
        previous = text
        if not text or line.cells is not None:
            continue
        if (not heads or closed) and _is_banner_line(line, text):
            body_seen, closed = bool(heads) and body_seen, False
            continue
        listed = _LIST_LINE.match(text.lstrip("#").strip())
        if listed is not None:
            if not heads:
                return {}  # a numbered line before any heading: the numbers are the items
            words = listed.group("text").split()
            sentence = len(words) > MAX_SUB_TITLE_WORDS or text.endswith((".", ";", ",", "?")) or bool(
                _SENTENCE_VERB.search(listed.group("text"))
            )
            numbered.append((position, int(listed.group("number")), sentence))
            continue
        head = _layer_head(lines, position, structure) if body_seen and not closed else None
        if head is None and body_seen and not closed and opens:
            run_in = _run_in_layer_head(line, text)
            if run_in is not None:
                head, rests[position] = run_in  # "Planning: Two applications were considered." over its numbered list
        if head is not None and heads and _SPEAKERS_SECTION.match(titles[heads[-1]]) and _is_speaker_name(head):
            head = None
        if head is not None:
            heads.append(position)
            titles[position] = head
            closed = bool(_ADJOURNMENT.match(head.rstrip(".: ")))
        elif not line.is_heading:
            body_seen = True
    if len(heads) < MIN_LAYER_HEADINGS or not numbered:
        return {}
    agenda = sum(1 for position in heads if agenda_words().search(titles[position]))
    if agenda < MIN_AGENDA_HEADINGS or agenda < AGENDA_HEADING_SHARE * len(heads):
        return {}  # headings of a report's own text ("Prices", "Outlook"), not the business of a meeting
    if LAYER_SENTENCE_SHARE * len(numbered) > sum(1 for _, _, sentence in numbered if sentence):
        return {}  # titled entries under the headings: sub-items (see `_sectioned_entries`), not a list's points
    highest: int | None = None
    head_index = -1
    lists = 0
    for position, number, _ in numbered:
        under = max(k for k, head in enumerate(heads) if head < position)
        if under != head_index:
            if number != 1:
                return {}  # the numbering runs on across a heading: the numbers are the items
            head_index, highest, lists = under, 0, lists + 1
        elif highest is not None and number > highest + 1:
            return {}  # "1.", "2.", then "7.": not one list
        highest = max(highest or 0, number)  # a nested list may start again at 1 inside its parent's
    if lists < MIN_LAYER_LISTS:
        return {}  # one list under one heading may be the numbered items themselves
    found: dict[int, tuple[str | None, str, int, str] | None] = {
        position: (None, titles[position], position, rests.get(position, "")) for position in heads
    }
    for position, _, _ in numbered:
        found[position] = None
    return found


MIN_MARKED_NUMBERS = 3
"""Bold or heading item numbers that make a document's plain numbered lines the lists inside its items."""


def _plain_lists(lines: list[Line], end: int, labels: dict[int, Label]) -> set[int]:
    """Positions of plain numbered lines that count a list inside an item whose own number is marked.

    Minutes that print each item's number in bold or as a heading ("**5.**"
    over "**Deputation from the pier group**", "### 6. Housing") and set a
    plain list under it ("1. Safety measures at the junction.", "2. …") use
    the mark for the items and the plain numbers for points: a plain line is
    a point when it opens a list at 1 after a marked item, or goes on with
    the list before it. Only when at least `MIN_MARKED_NUMBERS` item numbers
    are marked.
    """
    marked = [
        position
        for position, line in enumerate(lines[:end])
        if line.cells is None
        and (line.bold or line.is_heading or _is_bold_text(line.text))
        and (position in labels or _NUMBERED.match(clean_text(line.text).lstrip("#").strip()) is not None)
    ]
    if len(marked) < MIN_MARKED_NUMBERS:
        return set()
    starts = set(marked)
    found: set[int] = set()
    expected: int | None = None
    for position, line in enumerate(lines[:end]):
        if position in starts:
            expected = 1
            continue
        if expected is None or line.cells is not None or line.bold or line.is_heading:
            continue
        listed = _LIST_LINE.match(clean_text(line.text))
        if listed is None:
            continue
        number = int(listed.group("number"))
        if number in (1, expected):
            found.add(position)
            expected = number + 1
        else:
            expected = None  # a number out of step: no longer a list inside the item
    return found


def _section_run_goes_on(lines: list[Line], position: int, stop: int, style: str, value: int) -> bool:
    """True when the next entry of a section's run ("B." after "A.", "2." after "1.") is the next of `style` to open
    a line after `position`, before `stop`."""
    for line in lines[position + 1 : stop]:
        sub = read_section_sub_label(clean_text(line.text)) if line.cells is None else None
        if sub is not None and sub[0] == style:
            return sub[1] == value + 1
    return False


def _section_sub_title(
    lines: list[Line], position: int, title: str | None, stop: int, *, in_run: bool = False
) -> tuple[str, int, str] | None:
    """(title, index of its line, text run in after it) for a roman section's sub-item, or None when it reads as prose.

    `in_run`: the entry is one of a run ("A." then "B." opening lines in order): its title may be a whole phrase with
    its full stop ("A. Approval of the bus contract with … for the 2031-32 school year.") when it reads as a title.
    """
    last = position
    if title is None:
        following = _next_text_index(lines, position + 1, stop)
        if following is None or lines[following].cells is not None:
            return None
        title, last = clean_text(lines[following].text), following
    after = _next_text_index(lines, last + 1, stop)
    if (
        after == last + 1
        and _completes_line_before(lines, after)
        and not clean_text(lines[after].text)[:1].islower()
        and len(clean_text(lines[after].text).split()) <= MAX_TITLE_WORDS // 2
    ):
        # "1. Annexation of land on the north side of" / "Pilkington Road.": the title wraps onto the next line.
        title, last = f"{title} {clean_text(lines[after].text).lstrip('#').strip().removesuffix('.')}", after
        after = _next_text_index(lines, last + 1, stop)
    if after is not None and clean_text(lines[after].text)[:1].islower():
        return None  # a sentence wrapped onto the next line
    title = _AGENDA_REF.sub("", title).strip().rstrip(":").strip()
    rest = ""
    longest = MAX_TITLE_WORDS
    if title.endswith((".", ";", ",")):
        run_in = _run_in_title(title)  # "Minutes - approved as presented."
        if run_in is not None:
            rest = _run_in_rest(title, run_in) or ""
            title = run_in
        elif in_run and title.endswith(".") and not title.endswith("..") and _reads_as_part_title(title):
            title, longest = title[:-1], MAX_CONTINUED_TITLE_WORDS
        else:
            return None
    words = title.split()
    if not words or len(words) > longest or not (title[:1].isupper() or title[:1].isdigit()):
        return None
    if _SENTENCE_VERB.search(title) or _TASK_OPENING.match(title) or is_lookalike(title) or is_date_line(title):
        return None
    if read_label(title) is not None or read_section_sub_label(title) is not None:
        return None
    return title, last, rest


def _label_item(lines: list[Line], position: int, label: Label, parent: str | None, end: int) -> tuple[str, str, int] | None:
    """(number, title, index of the title's last line) for a label line, or None when no title follows."""
    if label.is_sub_item and parent is None:
        return None
    inline = read_inline_label(clean_text(lines[position].text)) or _roman_run_in(clean_text(lines[position].text))
    if inline is not None:
        return label.number, inline[1].rstrip(": "), position
    first = _next_text_index(lines, position + 1, end)
    if first is None or lines[first].cells is not None:
        return None
    head = lines[first]
    text = clean_text(head.text)
    if read_label(text) is not None or _numbered_heading(lines, first, None) is not None:
        return None
    last = first
    title: str | None = None
    if head.is_heading or head.bold:
        # A bold title may run over several bold lines ("… pursuant" / "to Section 183 …").
        title = text
        while not title.endswith(".") and last - first < MAX_LABEL_TITLE_LINES * 2:
            following = _next_text_index(lines, last + 1, end)
            if following is None:
                break
            line = lines[following]
            more = clean_text(line.text)
            if not (line.bold or line.is_heading) or line.heading != head.heading or read_label(more) is not None:
                break
            title, last = f"{title} {more}", following
    elif label.style == "lower":
        return None  # "a." alone before plain text is a list letter, not a sub-item heading
    else:
        following = _next_text_index(lines, first + 1, end)
        # A converter may leave a blank line after every line; a lower-case line still carries the sentence on.
        wraps = following is not None and clean_text(lines[following].text)[:1].islower()
        if (
            wraps
            or not is_loose_title(text)
            or text.endswith(".")
            or re.match(r"^[A-Z][a-z]+ed,\s", text)  # "Circulated, copy of …" opens a sentence
            or _SENTENCE_VERB.search(text)
        ):
            # Prose, not a title: the subject it is "concerning" names the item.
            title = subject_of(_paragraph_from(lines, first, end))
            if title is None and label.style in ("hyphen", "item"):
                # A file or item label always heads an item; its description opens the next line.
                title = re.split(r"(?<=[a-z)])\.\s", text, maxsplit=1)[0].rstrip(" ,;")
        else:
            title = text
    if not title:
        return None
    title = _AGENDA_REF.sub("", title).strip().rstrip(".:").strip()
    if not title or is_date_line(title) or (_CAPS_NOT_HEADING.match(title.upper()) and not _LABELLED_BUSINESS.match(title)):
        return None  # "II." then "SECOND:": a motion's layout, not an item ("2." then "MINUTES" is one)
    number = sub_item_number(parent, label) if label.is_sub_item and parent is not None else label.number
    return number, title, last


def _split_number_title(
    lines: list[Line], position: int, end: int, claimed: tuple[int, int] | None = None
) -> tuple[str, int, int] | None:
    """(title, first line, last line) when a number alone on its line stands between a title's two lines.

    A PDF whose item numbers sit in a margin column beside a title of two lines gives the title's first line,
    then the number, then the rest: "CONFERENCE WITH LEGAL COUNSEL pursuant to" / "1." / "Paragraph (1) of …",
    "Certificate of Recognition presented to Ann Roe" / "5." / "for Outstanding Contributions". The line
    before must carry on (no end mark; a joining word last, or the line after opening in lower case, with a
    digit or a bracket), and must not be a numbered or labelled line of its own. Nor may it be claimed already:
    `claimed` (page, line) is the last line of the item before, and the line before must be neither that item's
    title ("3." / "Planning" / "4.") nor text right under it ("2. Highways" / "The potholes … to the county" /
    "3." / "2031 precept …").
    """
    if not re.fullmatch(r"\d{1,3}[.)]", clean_text(lines[position].text)):
        return None
    first = next((i for i in range(position - 1, -1, -1) if lines[i].text.strip()), None)
    after = _next_text_index(lines, position + 1, end)
    if first is None or after is None or lines[first].cells is not None or lines[after].cells is not None:
        return None
    before, rest = clean_text(lines[first].text), clean_text(lines[after].text)
    number = clean_text(lines[position].text)
    if re.search(r"[.:;!?]$", before) or _NUMBERED.match(before) or read_label(before) is not None:
        return None
    if wraps_a_date(before, Label(number=number[:-1], style="digit")):
        return None  # "… was scheduled for February" / "24.": a date broken over the lines
    if not (_JOINING_END.search(before) or re.match(r"[a-z0-9(]", rest)) or read_label(rest) is not None:
        return None
    above = next((i for i in range(first - 1, -1, -1) if lines[i].text.strip()), None)
    if claimed is not None and any(
        i is not None and (lines[i].page, lines[i].number) == claimed for i in (first, above)
    ):
        return None
    return f"{before} {rest}".strip(), first, after


def _paragraph_from(lines: list[Line], first: int, end: int) -> str:
    """Text of the paragraph starting at `lines[first]`, up to its first full stop at a line end."""
    parts: list[str] = []
    position: int | None = first
    while position is not None and len(parts) < MAX_LABEL_TITLE_LINES:
        text = clean_text(lines[position].text)
        parts.append(text)
        if text.endswith(".") or lines[position].cells is not None:
            break
        position = _next_text_index(lines, position + 1, end)
    return " ".join(parts)


def _lettered_sub_item(
    lines: list[Line], position: int, expected: str, *, under_heading: bool = False
) -> tuple[Label, str, int, str] | None:
    """(letter, title, last line, text run in) for "a) Title" under a numbered item when the letter is the one expected next.

    The title ends at a dash or colon ("a) Grit Bins - now fixed."), or at
    the first full stop before a capital ("b) Letter from the county. Noted.");
    what follows on the line is the item's own text, not its title.

    `under_heading`: the part stands under an unnumbered section heading ("CONSENT CALENDAR" over "*A. Report of the
    Director …", "B. Draft Minutes …"; US boards): the letters must make a run, and the asterisk that marks a part
    taken on consent is no part of its mark.
    """
    line = lines[position]
    if line.cells is not None and not (under_heading and _is_letter_row(line)):
        return None
    text = clean_text(line.text)
    if under_heading:
        text = _CONSENT_MARK.sub("", text)
    match = _LETTERED.match(text)
    upper = False
    # "i." opens a run of numerals where "a." would open one of letters; "i." after "h." is a letter, "v." after
    # "iv." a numeral. A run of numerals whose titles carry sums is a schedule (statements, cheques), not business.
    numeral = _ROMAN_LETTERED.match(text)
    roman = (
        numeral is not None
        and (numeral.group("letter") == "i" if expected == "a" else numeral.group("letter") == expected
             and (len(expected) > 1 or expected in "vx"))
        and not SUM.search(numeral.group("title"))
        and (expected != "a" or _numeral_run_goes_on(lines, position, numeral))
    )
    if roman:
        match = numeral
    elif match is None:
        # "A) Snow contract", "B. Road grading" under "3. NEW BUSINESS": the parts of an item lettered in capitals.
        match = _UPPER_LETTERED.match(text)
        upper = match is not None
        words = match.group("title").split() if match is not None else []
        if match is not None and (
            len(words) < MIN_UPPER_SUB_TITLE_WORDS
            or _is_speaker_name(match.group("title"))
            or re.match(r"[A-Z][\w'’-]+\s*[,(]", match.group("title"))
        ):
            return None  # "A. Smith", "A. Lowe (Proposer), B. Hart": an initial and a surname, not a lettered part
    if match is None or (not roman and match.group("letter").lower() != expected):
        return None
    before = _previous_text_line(lines, position)
    if (
        expected == "a"
        and before is not None
        and clean_text(before.text).endswith(":")
        and not _is_heading_line(before)
        and not _AGENDA_LIST_INTRO.search(clean_text(before.text))
    ):
        # A lettered list introduced by its sentence ("… asked for:"), not sub-items; a sentence reading out the
        # consent agenda ("… read the consent agenda as follows:") introduces the item's own lettered parts.
        return None
    if expected == "a" and _inside_quotation(lines, position):
        return None  # a lettered list inside a quoted motion
    if expected == "a" and before is not None and _DECISION_INTRO.search(clean_text(before.text)):
        return None  # "RESOLVED that" over "a) The Clerk to write …": the parts of a decision
    title = match.group("title")
    last = position
    delimited = False
    lead = _LEAD_BOLD_TITLE.match(line.text.strip())
    if lead is not None and len(lead.group("title").split()) <= MAX_SUB_TITLE_WORDS:
        # "d) **Meeting with the MP** Agreed to defer …": the bold run is the title, the sentence after it the text.
        title = clean_text(lead.group("title"))
        if not _SENTENCE_VERB.search(title) and not title.endswith((".", ";", ",")):
            label = Label(number=match.group("letter"), style=_sub_style(match, upper=upper, roman=roman))
            return label, title, position, clean_text(lead.group("rest"))
        title = match.group("title")
    following_text = clean_text(lines[position + 1].text) if position + 1 < len(lines) else ""
    # Letters opening lines in order (US consent agendas, "3. NEW BUSINESS" over "A. Approval of the bus contract with
    # … for the 2031-32 school year."): their titles may be long and wrap. A capital letter's title must still read as
    # a title, not as a clause lettered inside a motion ("A. The roadmaster shall publish the plan …").
    run = not roman and (not upper or _reads_as_part_title(match.group("title"))) and (
        _lettered_run_came_before(lines, position, match) if expected != "a" else _lettered_run_goes_on(lines, position, match)
    )
    if under_heading:
        # Under a section heading the letters alone vouch for the parts: "A." must be followed by "B.", and a later
        # letter follows one taken.
        run = not roman and (expected != "a" or _section_letters_go_on(lines, position, match.group("letter")))
        if not run:
            return None
    if line.text.count("**") % 2 == 1 or (
        following_text[:1].islower()
        and len(following_text.split()) <= MAX_SUB_TITLE_WORDS // 2
        and not _LETTERED.match(following_text)  # "b. Apologies for absence": the next lettered part, not a wrap
        # "no objection." under "a) 23/0456 Extension at Mill Lane" is the decision, not the title's end.
        and not (following_text.endswith(".") and not _TITLE_CUT.search(title))
    ):
        # A title wrapped onto the next line ("… to improve cycling" / "safety").
        following = lines[position + 1] if position + 1 < len(lines) else None
        if following is not None and following.text.strip():
            title, last = f"{title} {clean_text(following.text)}", position + 1
    elif (
        run
        and following_text
        and len(following_text.split()) <= MAX_SUB_TITLE_WORDS
        and re.match(r"[a-z$£€\d]", following_text)
        # "c) Tree works at the forge" / "no objection.": the part's verdict, not its title's end.
        and (_JOINING_END.search(title) or not following_text.endswith("."))
        and not _is_short_verdict(following_text)
        and not _LETTERED.match(following_text)
        and not _NUMBER_OPENS.match(following_text)
        and not lines[position + 1].is_heading
    ):
        # "b. Approve Resolution R-12 authorizing the Director to sign the" / "courier contract for 2031": the
        # title of a part in a run of parts, wrapped at the page's edge.
        title, last = f"{title} {following_text}", position + 1
    if (
        last == position
        and line.text.count("**") == 0
        and not (line.bold or line.is_heading)
        and _JOINING_END.search(title)
        and following_text[:1].islower()
    ):
        return None  # "a.Completed the new rack and" / "stabilization of the kayak area.": a list's sentence, wrapped
    raw = " ".join(lines[i].text.strip() for i in range(position, last + 1))
    # "**(a) Part 8 Procedure – Hyde Road Scheme**": a title set in bold whole is all title, dashes and all.
    bold = line.bold or line.is_heading or bool(re.match(r"^(?:\*\*)?\(?[a-z][.)]\s*(?:\*\*)?[^*]+\*\*$", raw))
    verdict = _VERDICT_END.search(title) if not bold else None
    head = title[: verdict.start()] if verdict is not None else ""
    if bold:
        parts = [title]
    elif verdict is not None and len(head.split()) <= MAX_SUB_TITLE_WORDS and not _SENTENCE_VERB.search(head):
        # "a) 23/0456 – Extension at 4 Mill Lane – no objection.": the title runs to the dash before the verdict.
        parts = [head, verdict.group("verdict")]
    else:
        parts = re.split(r"\s+[-–—]\s+|:\s", title, maxsplit=1)
        delimited = len(parts) == 2
        if len(parts) == 2 and (APPLICATION_REF.fullmatch(parts[0].strip())
                                or (run and MEASURE_REF.fullmatch(parts[0].strip()))):
            # "b) 23/0478/HH – Garage at The Old Forge. Members resolved …": a planning reference alone is no title;
            # the site after its dash belongs to it, up to the sentence that follows; so does the subject after a
            # measure's number in a run of parts ("a. Ordinance 2031-02 - Funding for the paving project.").
            site = re.split(r"(?<=[a-z0-9)])\.\s+(?=[A-Z])", parts[1], maxsplit=1)
            parts = [f"{parts[0]} – {site[0].rstrip('.')}", *site[1:]]
    if len(parts) == 1 and not bold:
        # "b) Letter from the county. Noted.": a title and its minutes after a full stop, never one after "Mr." or "St.".
        stop = next(
            (cut for cut in re.finditer(r"(?<=[a-z0-9)])\.\s+(?=[A-Z])", title)
             if not re.search(rf"\b(?:{_NAME_TITLES}|No|[A-Za-z])$", title[: cut.start()])),
            None,
        )
        parts = [title[: stop.start()], title[stop.end():]] if stop is not None else [title]
    title = parts[0].strip()
    rest = parts[1].strip() if len(parts) > 1 else ""
    # A letter that goes on from one already taken ("e)" after "a)" … "d)") is evidence of its own: its title may
    # open with a sum or a sign ("e) £1 million fund") and run longer than the title of a list's first letter.
    continued = expected != "a"
    # So may a title a dash or colon ends ("b) Internal Auditors 2016/17 Report together with … – The Clerk …").
    longest = (MAX_CONTINUED_TITLE_WORDS if bold or delimited else MAX_TITLE_WORDS) if continued else (
        MAX_TITLE_WORDS if bold else MAX_SUB_TITLE_WORDS
    )
    if title.endswith(".") and not rest and (_is_stopped_heading(title) or (upper and STOPPED_PART_TITLE.match(title))):
        title = title[:-1]  # "a) Basic Radio Course.", "B. Approval of the agenda." alone on its line, notes under it
    # "7. Consent Agenda" over "a. Approve the bills payable for March in the amount of $84,212.55." / "b. Minutes of
    # the March 4 regular meeting were approved." …: lower-case letters each opening a line in order are the item's
    # parts however much each reads as a sentence (US minutes), once the next letter follows or one came before.
    run = run and not bold and not _DECISION_OPENING.match(title)  # "a) RESOLVED that …": the decisions of one item
    if run:
        longest = MAX_CONTINUED_TITLE_WORDS
        if title.endswith(".") and not rest and not title.endswith(".."):
            title = title[:-1]
    if (
        continued and not bold and not rest and _SENTENCE_VERB.search(title)
        and not (run and agenda_words("business_openers").match(title))
    ):
        # "k) Potholes near the school entrance have not yet been repaired …" after "a)" … "j)": the letter going on
        # vouches for the part; its title is the subject before the sentence's verb, the sentence its text.
        head = _sentence_run_in_title(title)
        if head is not None and head != title and len(head.split()) >= MIN_UPPER_SUB_TITLE_WORDS and not (
            _SENTENCE_VERB.search(head)
        ):
            rest = _with_subject(head, title[len(head):].strip())
            title = head
    if (
        len(title.split()) > longest
        or title.endswith((".", ";", ","))
        or (_SENTENCE_VERB.search(title) and not (run and agenda_words("business_openers").match(title)))
        or _TASK_OPENING.match(title)
        or not (title[:1].isupper() or title[:1].isdigit() or (continued and _SIGN_OPENING.match(title)))
    ):
        return None
    return Label(number=match.group("letter"), style=_sub_style(match, upper=upper, roman=roman)), title, last, rest


# A line opened by an item's number ("4. Roads", "12) Finance"): where a run of lettered parts stops.
_NUMBER_OPENS = re.compile(r"\d{1,3}[.)]\s")
LETTER_RUN_REACH = 8
"""Lines after a lettered part within which the next letter must open a line for the two to make a run of parts."""
MAX_LETTER_RUN_LOOKBACK = 60
"""Lines looked back over for the letters of a run before a lettered part."""


def _reads_as_part_title(title: str) -> bool:
    """True when a lettered part's long title reads as a title ("Approval of the bus contract with … for the 2031-32
    school year."), not as a sentence or a clause of a motion (`_CLAUSE_OPENING`, `_SENTENCE_VERB`, `_MODAL`)."""
    return not (_CLAUSE_OPENING.match(title) or _SENTENCE_VERB.search(title) or _MODAL.search(title))


def _lettered_run_goes_on(lines: list[Line], position: int, first: re.Match[str]) -> bool:
    """True when the letter after `first`'s opens a line printed the same way ("b." after "a.", "(c)" after "(b)",
    "B." after "A.") within `LETTER_RUN_REACH` lines, before any other lettered or numbered line."""
    letter = first.group("letter")
    if letter in "zH":
        return False
    lettered = _UPPER_LETTERED if letter.isupper() else _LETTERED
    for line in lines[position + 1 : position + 1 + LETTER_RUN_REACH]:
        text = clean_text(line.text)
        if line.cells is not None or (line.is_heading and not lettered.match(text)):
            return False
        found = lettered.match(text)
        if found is None:
            if _NUMBER_OPENS.match(text):
                return False  # the next numbered item: the letters stop
            continue
        return found.group("letter") == chr(ord(letter) + 1) and _letter_mark(found) == _letter_mark(first)
    return False


_CONSENT_MARK = re.compile(r"^\*\s*(?=[A-Za-z][.)]\s)")
"""The asterisk US minutes set before a part enacted on the consent calendar ("*A. Report …")."""
_SECTION_LETTER = re.compile(r"^\*?\s*\(?(?P<letter>[A-Za-z])[.)]\s+\S")


def _section_letters_go_on(lines: list[Line], position: int, letter: str) -> bool:
    """True when the next letter ("B." after "A.", "b)" after "a)") opens a line within `LETTER_RUN_REACH` lines of
    `position`, before a heading or a numbered line: the letters make a run of parts under a section heading."""
    if letter.lower() == "z":
        return False
    for line in lines[position + 1 : position + 1 + LETTER_RUN_REACH]:
        text = clean_text(line.text)
        if (line.cells is not None and not _is_letter_row(line)) or line.is_heading or _NUMBER_OPENS.match(text):
            return False
        found = _SECTION_LETTER.match(text)
        if found is not None:
            return found.group("letter") == chr(ord(letter) + 1)
    return False


def _is_letter_row(line: Line) -> bool:
    """True for a line a PDF's layout read as a two-cell row, a part's letter and its title ("*C." | "Modified …")."""
    cells = line.cells or ()
    return len(cells) == 2 and re.fullmatch(r"\*?\(?[A-Za-z][.)]", cells[0].strip()) is not None


def _letter_mark(found: re.Match[str]) -> str:
    """How a lettered line prints its letter: "(" for "(b)", else the sign after it ("." or ")")."""
    return "(" if found.group("open") else found.group(0)[1]


def _lettered_run_came_before(lines: list[Line], position: int, current: re.Match[str]) -> bool:
    """True when the lettered lines above `current`, back to its numbered item, all print their letter as it does:
    "b." after "a)" opens a list nested in part "a)" ("a) Course." / "a. Dates set." / "b. Price set."), not part "b"."""
    mark = _letter_mark(current)
    lettered = _UPPER_LETTERED if current.group("letter").isupper() else _LETTERED
    seen = False
    for line in reversed(lines[max(0, position - MAX_LETTER_RUN_LOOKBACK) : position]):
        text = clean_text(line.text)
        if _NUMBER_OPENS.match(text):
            break
        found = lettered.match(text)
        if found is not None:
            if _letter_mark(found) != mark:
                return False
            seen = True
    return seen


NUMERAL_RUN_REACH = 40
"""Lines after an "i." within which its "ii." must follow for the two to open a run of numerals."""


def _numeral_run_goes_on(lines: list[Line], position: int, first: re.Match[str]) -> bool:
    """True when an "ii" printed the way `first` ("i." / "i)" / "(i)") follows it: a lone "(i)", as after a
    quoted "(h)", is a letter."""
    opened = bool(first.group("open"))
    mark = "(ii)" if opened else "ii" + first.group(0)[1]
    return any(
        clean_text(line.text).startswith(mark) for line in lines[position + 1 : position + 1 + NUMERAL_RUN_REACH]
    )


def _sub_style(match: re.Match[str], *, upper: bool, roman: bool) -> str:
    """The label style of a lettered or numeral sub-item as `_lettered_sub_item` matched it."""
    if roman:
        return "paren_roman" if match.group("open") else "lower_roman"
    return "upper" if upper else "paren" if match.group("open") else "lower"


def _continued_number(
    lines: list[Line],
    position: int,
    previous: str | None,
    previous_mark: str | None,
    marks: set[str],
    list_next: int | None,
    end: int,
) -> tuple[str, str] | None:
    """(number, title) for a plain line whose number is the one after the item just taken, printed the same way.

    The sequence vouches for the line, so its title may open with a digit or a sign ("3. 2031/0456/FUL – Land
    at …", "4) $250,000 grant"), run up to `MAX_CONTINUED_TITLE_WORDS` words and wrap onto one more line; it
    must still read as a title, not a sentence. A plain list under the item ("1. …", "2. …") going on is
    no item, nor is a line printed another way than the item before it ("4." after "3)"). Under an unnumbered
    heading ("Licensing Committee") a "1)" starts a new run when the "2)" after it reads as a title too.
    """
    line = lines[position]
    if line.cells is not None or line.bold or line.is_heading:
        return None
    loose = _loose_numbered_title(lines, position, end)
    if loose is None:
        return None
    value, mark, title = loose
    if value == list_next:
        return None
    if previous is not None and previous.isdigit() and value == int(previous) + 1 and mark == previous_mark:
        return str(value), title
    if previous is None and value == 1 and (not marks or mark in marks):
        for other in range(position + 1, min(end, position + RUN_REACH_LINES)):
            following = lines[other]
            if following.cells is not None or following.bold or following.is_heading:
                break
            after = _SIMPLE_NUMBER.match(clean_text(following.text))
            if after is None:
                continue
            if int(after.group("number")) != 2 or after.group("mark") != mark:
                break
            if _loose_numbered_title(lines, other, end) is not None:
                return str(value), title
            break
    return None


def _item_mark(line_at: dict[tuple[int, int], Line], item: AgendaItem) -> str | None:
    """The mark after the number on an item's own line ("." of "3. Planning", ")" of "3) Planning"), if plain.

    `line_at` finds a line by its page and number."""
    if item.evidence is None:
        return None
    line = line_at.get((item.evidence.page, item.evidence.line_start))
    if line is None:
        return None
    # A number alone on its line ("5." between a title's lines, see `_split_number_title`) is printed plain too.
    text = clean_text(line.text)
    match = _SIMPLE_NUMBER.match(text) or re.fullmatch(r"(?P<number>\d{1,3})(?P<mark>[.)])", text)
    return match.group("mark") if match is not None and not (line.bold or line.is_heading) else None


def _loose_numbered_title(lines: list[Line], position: int, end: int) -> tuple[int, str, str] | None:
    """(number, mark, title) of a plain numbered line whose text reads as a title once a sequence vouches for it."""
    match = _SIMPLE_NUMBER.match(clean_text(lines[position].text))
    if match is None:
        return None
    text = clean_text(lines[position].text)[match.end():].strip()
    title = text
    following = _next_text_index(lines, position + 1, end)
    if following is not None and (_TITLE_CUT.search(title) or clean_text(lines[following].text)[:1].islower()):
        more = clean_text(lines[following].text)
        wrapped = lines[following].cells is None and not lines[following].bold and not lines[following].is_heading
        if wrapped and not _SIMPLE_NUMBER.match(more) and not _LETTERED.match(more) and read_label(more) is None:
            title = f"{title} {more}"  # a long title wrapped onto a second line
    title = _AGENDA_REF.sub("", title).strip().rstrip(":").strip()
    words = title.split()
    if (
        not words
        or len(words) > MAX_CONTINUED_TITLE_WORDS
        or not (title[:1].isupper() or title[:1].isdigit() or _SIGN_OPENING.match(title))
        or title.endswith((".", ";", ","))
        or _TITLE_CUT.search(title)
        or _SENTENCE_VERB.search(title)
        or _TASK_OPENING.match(title)
        or _DECISION_OPENING.match(title)
        or (is_lookalike(title) and not _SIGN_OPENING.match(title))
        or _PAYMENT_LINE.match(title)
        or is_date_line(text)
        or not re.search(r"[A-Za-z]{2}", title)
    ):
        return None
    return int(match.group("number")), match.group("mark"), title


def _title_end(lines: list[Line], position: int, title: str, end: int) -> int:
    """The index of the last line of a title that may have wrapped onto the next line."""
    following = _next_text_index(lines, position + 1, end)
    if following is None:
        return position
    more = clean_text(lines[following].text)
    own = clean_text(lines[position].text)
    if more and title.endswith(f" {more}") and not own.endswith(more):
        return following
    return position


def _is_heading_line(line: Line) -> bool:
    """True for a numbered item heading ending in a colon ("4. Matters Arising:"), which may head lettered sub-items."""
    match = _NUMBERED.match(clean_text(line.text))
    if match is None:
        return False
    title = match.group("title").rstrip(": ")
    return _is_run_in_title(title) and not _TITLE_CUT.search(title)


def _inside_quotation(lines: list[Line], position: int) -> bool:
    """True when a quotation opened in the lines just before `position` is not yet closed."""
    text = " ".join(lines[i].text for i in range(max(0, position - QUOTE_REACH_LINES), position))
    return text.count("“") > text.count("”")


MIN_CODED_RUN = 3
"""Titles closed by their agenda reference ("Gifts (E-4)") are the items when at least this many run in rising order."""


def _coded_headings(lines: list[Line], end: int) -> dict[int, tuple[str, str]]:
    """{position: (reference, title)} of the lines titling an item with its agenda reference after it, "Minutes
    Approved (B)", "Personnel Report (E-1)", "Budget Revisions (G-3)", each on its own line over the item's minutes.

    They count in runs of `MIN_CODED_RUN` whose references rise (B, C-1, D, E-1, E-2 …), at least `MIN_CODED_RUN` - 1
    of them a letter and a number, whatever else numbers the minutes: a statute cited with its subsection ("Section
    54956.9 (A)") never rises so, nor do the initials of posts or services closing lines ("Operations Manager (OM)",
    "Pump Station (W)").
    """
    candidates: list[tuple[int, str, str, tuple[str, int]]] = []
    previous = ""
    for position in range(end):
        line = lines[position]
        text = clean_text(line.text)
        if not text:
            previous = ""
            continue
        title, code = split_trailing_code(text)
        stands = not previous or re.search(r"[.:)\]!?]$", previous) or len(previous.split()) <= MAX_TITLE_HEADING_WORDS
        previous = text
        if (
            code is None
            or line.cells is not None
            or not stands
            or not (title[:1].isupper() or title[:1].isdigit())
            or len(title.split()) > MAX_TITLE_WORDS
            or title.endswith((".", ",", ";"))
            or is_lookalike(title)
        ):
            continue
        first = re.match(r"([A-Z]{1,2})(?:-(\d{1,2}))?", code)
        if first is None:
            continue
        candidates.append((position, code, title, (first.group(1), int(first.group(2) or 0))))
    found: dict[int, tuple[str, str]] = {}
    run: list[tuple[int, str, str, tuple[str, int]]] = []
    for candidate in [*candidates, None]:
        if candidate is not None and (not run or run[-1][3] < candidate[3]):
            run.append(candidate)
            continue
        if len(run) >= MIN_CODED_RUN and sum(1 for _, code, _, _ in run if "-" in code) >= MIN_CODED_RUN - 1:
            found.update({position: (code, title) for position, code, title, _ in run})
        run = [candidate] if candidate is not None else []
    return found


def _serial_items(lines: list[Line], end: int) -> dict[int, tuple[str, str, int]]:
    """{position: (serial, title, last line)} of the lines an item's serial opens, in runs of one series (see
    `serial_runs`): "R031-24 Resolution authorizing the purchase of a" over "dump truck." reads on over the wrap."""
    found: dict[int, tuple[str, str, str, int]] = {}
    for position in range(end):
        if lines[position].cells is not None:
            continue
        text = clean_text(lines[position].text)
        if read_resolution_heading(text) is not None or read_resolution_line(text) is not None:
            continue  # "R2031-12 K. Lane, P. Osei:": a motion's heading
        serial = read_serial_heading(_MARKUP.sub("", lines[position].text))
        if serial is not None:
            found[position] = serial
    serials: dict[int, tuple[str, str, int]] = {}
    for position in sorted(serial_runs(found)):
        number, title, _, _ = found[position]
        last = position
        while (
            not re.search(r"[.:;]$", title)
            and last + 1 < end
            and last - position < MAX_LABEL_TITLE_LINES - 1
            and lines[last + 1].cells is None
        ):
            more = clean_text(lines[last + 1].text)
            if not more or not more[:1].islower():
                break
            title, last = f"{title} {more}", last + 1
        serials[position] = (number, cut_id_title(title), last)
    return serials


def _id_item(lines: list[Line], position: int, end: int) -> tuple[str, str] | None:
    """(file id, title) when `lines[position]` opens a paragraph with a legislative file id."""
    found = read_id_heading(clean_text(lines[position].text))
    if found is None:
        return None
    number, rest = found
    parts = [rest]
    following = position + 1
    while following < end and len(parts) < MAX_ID_PARAGRAPH_LINES and ";" not in " ".join(parts):
        text = clean_text(lines[following].text)
        if not text or read_id_heading(text) is not None or lines[following].cells is not None:
            break
        if re.search(r"\.[”\"]?$", parts[-1]) and not re.search(r"[“\"][^”\"]*$", " ".join(parts)):
            break
        parts.append(text)
        following += 1
    title = cut_id_title(" ".join(parts))
    return (number, title) if title else None


def _first_sentence(lines: list[Line], index: int, end: int) -> str | None:
    """The first sentence of the paragraph starting at the next text line."""
    first = _next_text_index(lines, index, end)
    if first is None:
        return None
    text = _paragraph_from(lines, first, end)
    sentence = re.split(r"(?<=[.;])\s+(?=[A-Z])", text, maxsplit=1)[0].strip()
    return sentence or None


_RESOLVED_ALONE = re.compile(r"^(?:BE\s+IT\s+(?:FURTHER\s+)?RESOLVED|Be\s+it\s+(?:further\s+)?resolved)\s*:?$")


def _motion_title(lines: list[Line], position: int, end: int) -> str:
    """The first sentence of a motion run in after its resolution heading, read on over wrapped lines."""
    found = read_resolution_line(clean_text(lines[position].text))
    parts = [found[1] if found else ""]
    following = _next_text_index(lines, position + 1, end)
    if _RESOLVED_ALONE.match(parts[0]) and following is not None:
        # "R2031-40 …: BE IT RESOLVED:" over "1. THAT …": the motion's first point gives the title.
        parts = [_PARAGRAPH_NUMBER.sub("", clean_text(lines[following].text))]
        following = _next_text_index(lines, following + 1, end)
    while (
        following is not None
        and len(parts) < MAX_LABEL_TITLE_LINES
        and _motion_sentence_end(" ".join(parts)) is None
        and not " ".join(parts).endswith((".", ";"))
        and lines[following].cells is None
    ):
        text = clean_text(lines[following].text)
        if read_resolution_line(text) is not None or read_resolution_heading(text) is not None:
            break
        parts.append(text)
        following = _next_text_index(lines, following + 1, end)
    text = " ".join(parts)
    cut = _motion_sentence_end(text)
    return (text[: cut + 1] if cut is not None else text).strip()


def _stop_after_abbreviation(text: str, stop: int, *, motion: bool = False) -> bool:
    """True when the full stop at `stop` closes an abbreviation (`_ABBREVIATION_END`), not a sentence; in a `motion`,
    a firm's form may end the sentence and a number of one or two figures does not ("on May 6. Motion …" reads on)."""
    start = max(0, stop - ABBREVIATION_REACH)
    if motion:
        return bool(_ABBREVIATION_END_IN_MOTION.search(text, start, stop) or re.search(r"\b\d{1,2}$", text[start:stop]))
    return _ABBREVIATION_END.search(text, start, stop) is not None


def _motion_sentence_end(text: str) -> int | None:
    """Where a motion's first sentence ends: a stop or semicolon before a capital, never after "No." or an initial."""
    for stop in re.finditer(r"[.;](?=\s+[A-Z])", text):
        if text[stop.start()] == "." and _stop_after_abbreviation(text, stop.start(), motion=True):
            continue
        return stop.start()
    return None


def _only_ones(numbered: dict[int, str]) -> bool:
    """True for two or more numbered lines that are all numbered 1, none on the line after another."""
    positions = sorted(numbered)
    return (
        len(positions) >= 2
        and all(number == "1" for number in numbered.values())
        and all(later - earlier > 1 for earlier, later in zip(positions, positions[1:]))
    )


def _list_among_headings(lines: list[Line], end: int, numbered: dict[int, str]) -> bool:
    """True when a document's numbered lines are one short list inside an item of minutes whose marked headings are
    the items.

    Minutes set out under bold or heading-level topics ("Web", "Roads",
    "Slipway", "Treasurer") may number a list under one of them ("Planning"
    then "1. Reference: 18/01644/PP", "2. …", "3. …"). The numbers count
    points of that item, not the agenda: only when they run 1, 2, 3 … with no
    marked heading between the first and the last, the first follows its
    heading within `MAX_LIST_LEAD_LINES` lines of text, at least
    `MIN_HEADINGS_AROUND_LIST` unnumbered marked headings stand before the list
    and as many after it (or none after it, under an appendix's heading, when
    at least twice `MIN_LAYER_HEADINGS` stand before it), and those headings number at least
    `LIST_HEADING_DOMINANCE` times the numbered lines (and at least `MIN_LAYER_HEADINGS`).
    """
    positions = sorted(numbered)
    if not positions or [numbered[position] for position in positions] != [
        str(count) for count in range(1, len(positions) + 1)
    ]:
        return False
    heads = [
        position
        for position, line in enumerate(lines[:end])
        if position not in numbered
        and line.cells is None
        and (line.bold or line.is_heading)
        and not _NUMBERED.match(text := clean_text(line.text).lstrip("#").strip())
        and not text.endswith("?")
        and _is_unnumbered_item(text, has_numbers=False, found=[], past_title=True)
    ]
    if any(positions[0] < head < positions[-1] for head in heads):
        return False  # headings between the numbered lines: the numbers run across sections
    lead = max((head for head in heads if head < positions[0]), default=None)
    if lead is None or sum(1 for line in lines[lead + 1 : positions[0]] if line.text.strip()) > MAX_LIST_LEAD_LINES:
        return False  # numbered paragraphs far from any heading: the minutes' own items
    before = sum(1 for head in heads if head < positions[0])
    after = len(heads) - before
    if after == 0 and before >= 2 * MIN_LAYER_HEADINGS:
        after = MIN_HEADINGS_AROUND_LIST  # "Appendix" then "1. Police Scotland report" after all the minutes' headings
    return (
        min(before, after) >= MIN_HEADINGS_AROUND_LIST
        and len(heads) >= max(MIN_LAYER_HEADINGS, LIST_HEADING_DOMINANCE * len(positions))
    )


def _stray_marks(lines: list[Line], end: int, caps: frozenset[int], numbered: set[int], marked: int) -> bool:
    """True when a document's few numbered or marked lines are noise beside the plain structure its other lines make.

    Each structure reader gives way to numbers and to marked headings, since
    those are what most minutes use. But a scanned or exported page often
    carries one by accident: a date at a line's start ("2/13 Treasurer's
    Report, and …"), a name set a size larger by the scanner. At most
    `MAX_STRAY_MARKS` of them, against at least `STRAY_DOMINANCE` times as
    many capitals headings (`_caps_structure`) or run-in labels, are noise.
    """
    strays = len(numbered) + marked
    if not 0 < strays <= MAX_STRAY_MARKS:
        return False
    plain = max(len(caps), len(_label_run_ins(lines, end)))
    return plain >= max(MIN_PARAGRAPH_RUN, STRAY_DOMINANCE * strays)


def _caps_structure(lines: list[Line], end: int) -> set[int]:
    """Capitals lines that give minutes without numbers or marks their structure, though prose before them has no full stop.

    Scanned and exported minutes often drop a sentence's last full stop
    ("… answered roll call" then "CONSENT CALENDAR"). When at least
    `MIN_PARAGRAPH_RUN` plain capitals lines stand over text and at least
    `MIN_CAPS_AGENDA_WORDS` of them carry an agenda heading's words ("ROLL
    CALL", "ADJOURNMENT"), the document uses them as its headings; each
    still passes `_is_caps_heading`'s other tests (no name over a speaker's
    words, no decision, attendance label or banner).
    """
    found = {
        position
        for position, line in enumerate(lines[:end])
        if line.cells is None and line.text.strip() and _is_caps_heading(lines, position, relaxed=True)
    }
    agenda = sum(1 for position in found if agenda_words().search(clean_text(lines[position].text)))
    return found if len(found) >= MIN_PARAGRAPH_RUN and agenda >= MIN_CAPS_AGENDA_WORDS else set()


# A numbered speaker under public comment: a name (or "An unidentified speaker") and what they did at the microphone.
_SPEAKER_ENTRY = re.compile(
    r"^(?:An?\s+unidentified\s+speaker|[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})\s+(?:\([^)]*\)\s+)?"
    r"(?:" + _SPOKEN.pattern + r"|congratulated|requested|invited|urged|announced|shared|submitted|addressed|expressed)"
)
# The label of an agenda's recommendation, run in or over a numbered list of its parts: "Recommended Action: Approve
# minutes.", "Staff Recommendation:" (see `_find_line_items`).
_RECOMMENDATION_LABEL = re.compile(r"^(?:Staff\s+)?Recommend(?:ed|ation)s?(?:\s+Actions?)?\s*:\s*$", re.IGNORECASE)
# A decision that reads out its parts after a colon: "The Council noted the statement and RESOLVED to approve:",
# "AGREED that:", "It was resolved as follows:-"; its numbered parts are the decision's, not sub-items.
_DECISION_LIST_INTRO = re.compile(r"\b(?:RESOLVED|AGREED|DECIDED)\b[^.:;]{0,60}:[-–—]?$", re.IGNORECASE)


def _recommendation_parts(lines: list[Line], end: int) -> set[int]:
    """Positions of the numbered parts of an agenda's recommendation: "Recommended Action:" alone on its line, then
    right under it "1. Approve …", "2. Authorize …" counting from 1. The first number out of that count (the next
    item, "25.") ends them. A label run in with its text ("Recommendations: … shown in bold."), or one with a line
    between it and "1.", counts nothing."""
    parts: set[int] = set()
    expected: int | None = None
    mark: str | None = None
    """The mark after part 1's number ("." or ")"): a decision's parts keep it; the next item may not ("3. Planning"
    after "1) …", "2) …")."""
    for position, line in enumerate(lines[:end]):
        text = clean_text(line.text)
        if line.cells is not None or not text:
            continue
        if _RECOMMENDATION_LABEL.match(text) or _DECISION_LIST_INTRO.search(text):
            expected, mark = 1, None
            continue
        counted = _LIST_LINE.match(text) or re.fullmatch(r"(?P<number>\d{1,2})[.)]", text) or _NUMBERED.match(text)
        if expected is None:
            continue
        if counted is None:
            after = next((clean_text(later.text) for later in lines[position + 1:end] if later.text.strip()), "")
            if expected == 1 and not re.fullmatch(r"1[.)]", after):
                # "Recommendation:" / "The committee's … in bold." / "1. Apologies": no part 1 under it ("Adopt a
                # resolution …" / "1." / "the City …" is part 1 with its number set between its lines)
                expected = None
            continue  # a part's wrapped lines ("Program to include …") go on with it
        # "1." or, as a text file's nested list is numbered under its item, "5.1.": the part's own number is the last.
        own_mark = text[counted.end("number"):][:1]
        if int(re.findall(r"\d+", counted.group("number"))[-1]) == expected and own_mark == (mark or own_mark):
            parts.add(position)
            expected, mark = expected + 1, own_mark
        else:
            expected = None
    return parts


MIN_AGENDA_CAPS = 3
"""Capitals agenda headings among numbered business that make them items too (`_agenda_caps_headings`)."""
MIN_MARKED_AGENDA_CAPS = 2
"""The same when every one is set as a document heading (a markdown "###" or a styled heading)."""
# A capitals agenda heading run in before a dash with the agenda's own wording or the minutes after it:
# "RECESS — City Council will recess to …", "PUBLIC COMMENTS.—Members of the public may …", "ADJOURNMENT -- Adjourn".
_CAPS_DASH_HEADING = re.compile(r"^(?P<title>[A-Z][A-Z'’/&,()]*(?:\s+[A-Z][A-Z'’/&,()]*){0,7})\s*\.?\s*(?:[–—]|-{1,2})\s*(?=\S)")
# A capitals part of the meeting followed by who led it: "PLEDGE OF ALLEGIANCE Ann Roe, Parks Director", "INVOCATION
# Pastor Lee Hart".
_CAPS_BEFORE_NAME = re.compile(r"^(?P<title>[A-Z][A-Z'’/&]*(?:\s+[A-Z][A-Z'’/&]*){0,5})\s+(?=[A-Z][a-z]+\b)")
_END_OF_PART = re.compile(r"^END\s+OF\b")
_MEETING_PART_HEADING = re.compile(
    rf"^(?:{agenda_words('meeting_parts').pattern})(?:\s*(?:,|/|&|\band\b)\s*(?:{agenda_words('meeting_parts').pattern}))*"
    r"\s*(?:$|[-–—:,(]|(?:\S+\s*){1,3}$)",
    re.IGNORECASE,
)
"""A heading that opens with a part of the meeting and ends there, at a dash, colon or comma, or within three words
("PUBLIC COMMENTS", "CALL TO ORDER AND ROLL CALL", "ORAL COMMUNICATIONS, NON-AGENDA", "CLOSED SESSION ITEMS"):
"REPORT ON THE RECESS APPOINTMENTS" is no part."""


def _ceremony_headings(lines: list[Line], end: int) -> dict[int, str]:
    """Unnumbered headings of a meeting's ceremonies and procedure, by line position, with their titles.

    British and Irish minutes that number their business set some parts of the
    meeting as a heading of their own line, unnumbered, before or between the
    numbered items: "Votes of Sympathy", "Prayers", "Commencement of the
    Meeting", "Open Forum.", "Adjournment of Meeting". The whole line must be
    one of `agenda_words("ceremonies")` (a stop or colon after it, markup
    around it), and text must follow it: "Votes of sympathy were passed …"
    opening a paragraph is no heading.
    """
    found: dict[int, str] = {}
    for position, line in enumerate(lines[:end]):
        if line.cells is not None:
            continue
        title = clean_text(line.text).strip(" .:")
        if not title or _CEREMONY.fullmatch(title) is None:
            continue
        if _ceremony_under_heading(lines, position, title):
            continue
        following = _next_text_line(lines, position + 1)
        if following is not None and lines.index(following, position) < end:
            found[position] = title
    return found


# A numbered heading whose business holds an open forum: "31/41 Public Participation" / "Open Forum" / "Two residents …".
_FORUM_HEADING = re.compile(r"\b(?:public|questions?|forum|participation)\b", re.IGNORECASE)


def _ceremony_under_heading(lines: list[Line], position: int, title: str) -> bool:
    """True when the ceremony's line is a sub-heading inside a numbered item: the first line under its numbered
    heading ("31/42 Planning Applications" / "Extension of Time"), or "Open Forum" inside an item of public
    participation or questions."""
    directly = True
    for before in range(position - 1, max(-1, position - NEIGHBOUR_REACH_LINES), -1):
        line = lines[before]
        text = clean_text(line.text)
        if not text:
            continue
        numbered = _NUMBERED.match(text) if line.cells is None else None
        if numbered is not None and _is_short_title(numbered.group("title").strip()):
            if directly:
                return True
            return bool(_FORUM_HEADING.search(numbered.group("title"))) and bool(re.match(r"open\s+forum", title, re.I))
        if _CEREMONY.fullmatch(text.strip(" .:*")) is not None:
            return False
        directly = False
    return False


_PART_NUMBER = re.compile(r"\d{1,3}-?[A-Z]")
"""The number of a lettered part of an agenda's item ("4-A", "7B")."""


def _agenda_caps_headings(
    lines: list[Line], end: int, structure: frozenset[int], *, any_heading: bool = False
) -> dict[int, str]:
    """Plain capitals agenda headings between numbered items, by line position, with their titles.

    US minutes kept on their agenda number the business straight through the
    meeting ("5. Excused Absences" … "17. Adopt a Resolution …") and set the
    parts of the meeting as capitals headings between them ("CALL TO ORDER",
    "CONSENT CALENDAR", "RECESS — City Council will recess …", "ADJOURNMENT").
    Each heading is an item of its own when it opens with a procedural part
    of a meeting (`agenda_words("meeting_parts")`) and ends there, at a dash,
    colon or comma, or within three words ("CLOSED SESSION ITEMS";
    `_MEETING_PART_HEADING`): a topic such as "FINANCE",
    or "REPORT ON THE RECESS APPOINTMENTS" that only names a part inside it,
    is none. Such headings are taken from plain capitals lines, from lines
    of the document's capitals structure, and from capitals run in before a
    dash or a leader's name ("RECESS — City Council will …", "INVOCATION
    Pastor Lee Hart"); at least `MIN_AGENDA_CAPS` must stand in the minutes.
    `any_heading` (the numbered business is all lettered parts, "4-A", "4-B")
    takes every capitals heading, a topic too: nothing else can be the parts'
    parents.
    """
    found: dict[int, str] = {}
    for position, line in enumerate(lines[:end]):
        text = clean_text(line.text)
        if line.cells is not None or not text or _END_OF_PART.match(text):
            continue
        title: str | None = None
        if _is_caps_heading(lines, position) or position in structure:
            title = text.rstrip(":-–— ")
        else:
            dashed = _CAPS_DASH_HEADING.match(text) or _CAPS_BEFORE_NAME.match(text)
            if (
                dashed is not None
                and _is_capitals(dashed.group("title"))
                and len(dashed.group("title")) >= MIN_CAPS_RUN_IN_LETTERS
                and text[dashed.end():][:1].isalpha()  # "CLOSED SESSION MEETING - 4:00 P.M.": a time, not a heading
            ):
                title = dashed.group("title").rstrip(".,: ")
        if title is None or _is_refused_caps_label(title) or _CAPS_NOT_HEADING.match(title):
            continue
        if not _SENTENCE_VERB.search(title.lower()) and (any_heading or _MEETING_PART_HEADING.match(title)):
            found[position] = title
    # Parts of the meeting all set as document headings ("### OLD BUSINESS", "### NEW BUSINESS" over "#### 1.
    # Landscape Report") are marked as the minutes' structure by their layout: two are enough.
    marked = len(found) >= MIN_MARKED_AGENDA_CAPS and all(lines[position].heading for position in found)
    return found if len(found) >= MIN_AGENDA_CAPS or marked else {}


_BRACKET_NOTE = re.compile(
    rf"(?<=[A-Z])\s+\((?:For\s+)?(?:Possible\s+)?(?:{agenda_words('item_types').pattern})(?:\s+Items?)?\)$",
    re.IGNORECASE,
)
"""A note in brackets after a capitals heading saying what kind of item it is, so what the board may do with it:
"(For Possible Action)", "(Action Item)", "(Information)", "(Public Hearing)"; the kinds are agenda software's
(data/agenda_words.toml `item_types`)."""


def _is_caps_heading(lines: list[Line], position: int, *, relaxed: bool = False) -> bool:
    """True for a plain capitals line that heads a section ("CONSENT CALENDAR", "ORAL COMMUNICATIONS, NON-AGENDA").

    `relaxed` (minutes whose capitals lines make their structure) lets the line
    before end without a sentence's stop, unless it breaks off at a joining word.
    """
    # "BUSINESS ITEMS (For Possible Action)": a note in brackets after the capitals, as agendas mark what may be voted.
    text = _BRACKET_NOTE.sub("", clean_text(lines[position].text))
    words = text.split()
    letters = [c for c in text if c.isalpha()]
    if not letters or not all(c.isupper() for c in letters) or not 0 < len(words) <= MAX_CAPS_TITLE_WORDS:
        return False
    if re.search(r"\d", text) or text.endswith((".", ",", ";")) or len(letters) < 4:
        return False
    if _CAPS_NOT_HEADING.match(text.rstrip(":")) or _OUTCOME_LINE.match(text) or _is_label_heading(text):
        return False  # "NO ACTION TAKEN" under "b. Treasurer's Report" closes that part, heading nothing
    if _BANNER_NAMING.search(text) and _BANNER_WORDS.search(text):
        return False
    following = _next_text_line(lines, position + 1)
    after_text = clean_text(following.text) if following is not None else ""
    after = [c for c in after_text if c.isalpha()]
    if (after and all(c.isupper() for c in after)) or is_date_line(after_text):
        return False  # a block of capitals lines, or one over the meeting's date, is a banner or a list of names
    if text.endswith(":") and not (after_text[:1].isupper() and len(re.findall(r"\b[a-z]{3,}\b", after_text)) >= 2):
        return False  # "PRESENT:" over names: a heading with a colon must stand over a sentence
    before = _previous_text_line(lines, position)
    previous = clean_text(before.text) if before is not None else ""
    if relaxed:
        if _SPOKEN.match(after_text) or _PRONOUN_SPEAKS.match(after_text) or _SPEAKER_OPENING.match(text.title() + " "):
            return False  # "ANN LEE" over "She asked …", "MAYOR LEE": a speaker, not a heading
        if _CAPS_DECISION.match(text) or len(after) < MIN_CAPS_RUN_IN_LETTERS:
            return False
        if _NOT_RUN_IN_LABEL.match(text) or re.search(r"\S\s{3,}\S", lines[position].text.strip()):
            return False  # "RESPECTFULLY SUBMITTED", "ATTEST" over a signature; "STREET   ADDRESS": a table's columns
        return not (re.search(r"[,;–—-]$", previous) or _JOINING_END.search(previous) or is_date_line(text))
    if (
        before is not None
        and not re.search(r"[.)”\"?!]$", previous)
        and before.cells is None
        and not _is_short_verdict(previous)
        # The banner's last capitals line, its date, or a one-word value ("Present") ends what came before.
        and not (_is_capitals(previous) and _BANNER_NAMING.search(previous))
        and not is_date_line(previous)
        and not re.fullmatch(r"[A-Z][a-z]+", previous)
        and not _is_bare_part_title(previous)
    ):
        return False  # the line carries on a sentence, or is a list's label ("Present:")
    return True


# A part's letter or number and its title in small letters: "c. Staff Report", "b) Bills", "3. Consent Agenda".
_PART_TITLE_LINE = re.compile(r"^(?:[a-zA-Z]|\d{1,3}(?:\.\d{1,2})?)[.)]\s+(?P<title>[A-Z][\w'’&/,() -]*)$")


def _is_bare_part_title(text: str) -> bool:
    """True for a lettered or numbered part's title alone on its line with nothing minuted under it ("c. Staff
    Report" closing a list of reports): it ends what came before as a stop would, so a capitals line after it
    ("BUSINESS ITEMS") heads the next section. A title in capitals may wrap onto the line after; one ending on a
    joining word goes on."""
    match = _PART_TITLE_LINE.match(text)
    if match is None:
        return False
    title = match.group("title").strip()
    return not _is_capitals(title) and not _JOINING_END.search(title) and _is_title_cased(title.split())


MIN_LISTED_RUN = 2
"""Short lines straight above a line, under a line ending with a colon, that make it the last entry of that list."""


def _ends_listed_run(lines: list[Line], position: int) -> bool:
    """True when `lines[position]` closes a list of short lines that a line ending with a colon opens ("Attending
    members were:" over a name a line): the list's last entry, not a heading over the sentence after it."""
    run = 0
    index = position - 1
    while index >= 0 and lines[index].text.strip():
        text = clean_text(lines[index].text)
        if text.endswith(":"):
            return run >= MIN_LISTED_RUN
        if len(text.split()) > MAX_TITLE_HEADING_WORDS or re.search(r"[.!?]$", text):
            return False
        run += 1
        index -= 1
    return False


def _title_case_headings(lines: list[Line], end: int) -> set[int]:
    """Short title-case lines standing as section headings ("Maintenance Report", "Streets & Alleys", "Old Business").

    Only in minutes with no numbers or marked headings, when at least
    `MIN_PARAGRAPH_RUN` such lines stand: each after a sentence's end or a short
    line (another heading, "No report") and before a sentence or a verdict
    ("See attached report"), so an agenda's list of titles or a name signing the
    minutes is none.
    """
    found: set[int] = set()
    for position, line in enumerate(lines[:end]):
        text = clean_text(line.text)
        words = text.split()
        if line.cells is None and 0 < len(words) <= MAX_TITLE_HEADING_WORDS and _is_title_heading_text(text):
            pass
        elif line.cells is not None or not _is_sentence_case_heading(text):
            continue
        before_at = next((i for i in range(position - 1, -1, -1) if lines[i].text.strip()), None)
        if before_at is not None and before_at == position - 1:
            # (After a blank line a line starts a paragraph of its own, whatever closed the one above.)
            previous = clean_text(lines[before_at].text)
            if not re.search(r"[.)”\"?!]$", previous) and len(previous.split()) > MAX_TITLE_HEADING_WORDS:
                continue  # the line carries on a sentence
        if _ends_listed_run(lines, position):
            continue
        following = _next_text_line(lines, position + 1)
        if following is None:
            continue
        after = clean_text(following.text)
        if _NEXT_MEETING_HEADING.match(text) and opens_with_date(after):
            found.add(position)  # "Date of next meeting" over "Monday 1 April 2031 at 7.30pm."
            continue
        if _ITEM_NOUN_END.search(text) and _is_title_heading_text(after) and len(after.split()) <= MAX_TITLE_HEADING_WORDS:
            # "Maintenance Report" over "Streets & Alleys": a report's heading over its first topic's.
            below = _next_text_line(lines, lines.index(following, position) + 1)
            after = clean_text(below.text) if below is not None else ""
        sentence = after[:1].isupper() and len(re.findall(r"\b[a-z]{2,}\b", after)) >= 2 and not _is_title_heading_text(after)
        if sentence or _is_short_verdict(after):
            found.add(position)
    # Capitals headings of the same minutes ("WATER & SEWER") count towards the run.
    caps = sum(1 for position, line in enumerate(lines[:end]) if line.cells is None and _is_caps_heading(lines, position))
    return found if len(found) + caps >= MIN_PARAGRAPH_RUN else set()


MAX_SUB_HEADING_WORDS = 7
"""A title-case heading standing among numbered items is at most this long ("Adoption of Risk Assessment and Management")."""
SENTENCE_OPENING_WORDS = 4
"""A paragraph under a heading shows a lower-case word of its own among this many first words ("The Clerk reported …")."""
_FULL_SENTENCE_END = re.compile(r"[.!?)”\"’]$")


# A planning authority's decision or the council's response set over the applications it lists: "Approved by the
# Borough", "Grant of Planning Permission", "Refusal recommended", "Notice of Decision", "Support", "No observations".
_PLANNING_DECISION_LINE = re.compile(
    rf"^(?:(?:{PLANNING_RESPONSE})(?:\s+\w+){{0,2}}$|(?:approved|supported|refused|granted|withdrawn)\s+by\b"
    r"|(?:grant|refusal|notice|withdrawal)\s+of\b|(?:permission|refusal|approval)\s+recommended)",
    re.IGNORECASE,
)
_TITLE_DASH = re.compile(r"\s[-–—]\s")
_TITLE_ACRONYM = re.compile(r"\s\([A-Z]{2,}\)$")
_LIST_JOINING = {"of", "and", "&", "for", "to", "in", "on", "with"}
"""Words that join the names of a list's entry ("Grant of Planning Permission", "Board of Health and Welfare")."""
LONG_PARAGRAPH_WORDS = 15
"""A paragraph this long with lower-case words in it reads as a sentence, however it opens ("In June 2031 the county …")."""


def _numbered_minutes_sub_headings(lines: list[Line], end: int, numbered: set[int]) -> set[int]:
    """Title-case lines standing alone as unnumbered headings among numbered items ("Internal Audit", "Grass Cutting
    Contract", "Adoption of Annual Accounts"), by line position.

    Parish minutes that number their business often set further business, or the topics of a report, as a plain
    title-case line of its own between paragraphs (in text keeping its printed layout, at the margin over an indented
    paragraph). Such a line of two words or more must come after the first numbered item, follow a paragraph that
    ends a sentence (or another such heading; not straight after a numbered heading, nor after a colon that opens a
    quotation or a list), and stand over a paragraph that reads as a
    sentence (`_reads_as_sentence`). So a list's entries ("Wexmoor Link Magazine" over "Village Hall Trust
    Newsletter"), a decision over the applications it lists ("Approved by the Borough" over "Grant of Planning
    Permission - …", "Support"), a list's topic words ("Cyclists"), a name or office signing the minutes and the
    document's own title lines are none.
    """
    first = min(numbered, default=None)
    if first is None:
        return set()
    found: set[int] = set()
    for position in range(first + 1, min(end, len(lines))):
        line = lines[position]
        if line.cells is not None or line.is_heading or line.bold or position in numbered:
            continue
        text = clean_text(line.text)
        words = text.split()
        if not 0 < len(words) <= MAX_SUB_HEADING_WORDS:
            continue
        # "Grass Cutting - Agency Agreement", "Local Development Framework (LDF)": a dash or an acronym in brackets
        # is part of a title.
        title_words = _TITLE_ACRONYM.sub("", _TITLE_DASH.sub(" ", text))
        if len(words) < 2 or not _is_title_heading_text(title_words) or _PLANNING_DECISION_LINE.match(text):
            continue  # a topic word of a list ("Cyclists"), a sentence, or a planning decision over its applications
        if _CEREMONY.fullmatch(text.strip(" .:")):
            continue  # "Open Forum": `_ceremony_headings` reads where a ceremony is an item
        if _JOINING_END.search(text):
            continue  # "RESOLVED to" over "(1) approve …": an opener running on into what follows
        before_at = next((i for i in range(position - 1, -1, -1) if lines[i].text.strip()), None)
        if before_at is None:
            continue
        previous = clean_text(lines[before_at].text)
        # A paragraph ending on a colon ("… the wording as follows:") opens what comes next: a quotation or a list.
        closes = not previous.endswith(":") and (_FULL_SENTENCE_END.search(previous) is not None or _reads_as_sentence(previous))
        if not (before_at in found or (closes and before_at not in numbered)):
            # A list's entry after another, a line carrying on the one before, or the first line under a numbered
            # heading ("31/41 Public Participation" / "Open Forum"): part of that item.
            continue
        following_at = next((i for i in range(position + 1, min(end, len(lines))) if lines[i].text.strip()), None)
        if following_at is None or following_at in numbered or lines[following_at].cells is not None:
            continue
        if _reads_as_sentence(clean_text(lines[following_at].text)):
            found.add(position)
    return found


def _reads_as_sentence(text: str) -> bool:
    """True when `text` opens a sentence, not a list's entry: at least `SENTENCE_OPENING_WORDS` words, with a lower-case
    word other than a joining one among the first of them ("The Clerk reported …", "Cllr Dunmore proposed …"), where an
    entry names a body or a paper in capitals ("Eastfold Area Police Office timetables", "Grant of Planning Permission")."""
    words = re.sub(r"^[^\w]+", "", text).split()
    lower = [word for word in words if re.fullmatch(r"[a-z]{2,}[,;:.]?", word) and word.strip(",;:.") not in _LIST_JOINING]
    opening = [word for word in lower if word in words[:SENTENCE_OPENING_WORDS]]
    if len(words) < SENTENCE_OPENING_WORDS or _is_title_heading_text(text):
        return False
    return bool(opening) or (len(words) >= LONG_PARAGRAPH_WORDS and len(lower) >= SENTENCE_OPENING_WORDS)


def _is_sentence_case_heading(text: str) -> bool:
    """True for a short heading in sentence case ("Apologies and approval of minutes", "Election of the new
    committee"): as `_is_title_heading_text` allows, but with at most `MAX_LOWER_HEADING_WORDS` words in lower case
    besides the joining ones, and at most `MAX_SENTENCE_HEADING_WORDS` words."""
    words = text.split()
    if not 1 < len(words) <= MAX_SENTENCE_HEADING_WORDS:
        return False
    lower = [word for word in words[1:] if not word[:1].isupper() and word.lower() not in _JOINING | {"by", "a", "an"}]
    if len(lower) > MAX_LOWER_HEADING_WORDS:
        return False
    capitalised = " ".join(word if word.lower() in _JOINING else word[:1].upper() + word[1:] for word in words)
    return _is_title_heading_text(capitalised) and not _SENTENCE_VERB.search(text)


def _is_title_heading_text(text: str) -> bool:
    """True for a short title in title case with no sentence end, digit or comma ("Streets & Alleys"), maybe with its
    agenda reference in brackets after it ("Sewer Rates (D-2)")."""
    text = split_trailing_code(text)[0]
    words = text.split()
    letters = [c for c in text if c.isalpha()]
    if len(letters) < 4 or all(c.isupper() for c in letters) or re.search(r"[\d,.:;!?]", text):
        return False
    if not text[:1].isupper() or _is_short_verdict(text):
        return False
    if _NOT_BARE_HEADING.match(text) or _NOT_RUN_IN_LABEL.match(text) or _is_testimony_label(text):
        return False
    if _CAPS_NOT_HEADING.match(text.upper()) or _is_label_heading(text) or _SENTENCE_VERB.search(text):
        return False
    if _SPEAKER_OPENING.match(text + " ") and len(words) > 1:
        return False  # "Mayor Ann Lee": a name with its office
    if _OFFICE_LABEL.match(words[-1]):
        return False  # "City Clerk" under a signature: an office, not a heading
    return all(word[:1].isupper() or word.lower() in _JOINING for word in words)


def _next_text_index(lines: list[Line], start: int, end: int) -> int | None:
    for position in range(start, min(end, len(lines))):
        if lines[position].text.strip():
            return position
    return None


def _continues_title(title: str, line: Line, following: Line) -> bool:
    """True when `following` carries on a heading cut at a connecting word ("… and", "… of the")."""
    if not (line.is_heading or line.bold) or not (following.is_heading or following.bold):
        return False
    text = clean_text(following.text)
    if _NUMBERED.match(text) or _AGENDA_REF_LINE.match(text) or len(text.split()) > MAX_TITLE_WORDS // 2:
        return False
    if _LETTERED.match(text) or _UPPER_LETTERED.match(text):
        return False  # "2. Minutes of previous meeting" over "a. Review of actions": the item's first lettered part
    return bool(_TITLE_CUT.search(title)) or text[:1].islower() or _list_goes_on(title, text)


# A title cut inside a list of its subjects: "…, Tree" / "Cutting, and Appeal" (the list goes on and closes with a
# serial comma and "and" or "or" on the next line; "Planning and Zoning" may be a heading of its own).
_LIST_WORD_END = re.compile(r",\s+[A-Z][\w'’-]*$")
_LIST_CLOSES = re.compile(r"^[\w'’-]+(?:\s+[\w'’-]+)?,\s+(?:and|or)\s+\S")


def _list_goes_on(title: str, following: str) -> bool:
    """True when `title` ends on a word after a comma and `following` carries that list on to its "and …"."""
    return bool(_LIST_WORD_END.search(title)) and bool(_LIST_CLOSES.match(following))


def _major(number: str) -> int:
    """The number that orders items: "12" of "12.3", "14" of a reference such as "ABC/18/14"."""
    parts = re.split(r"[./]", number)
    if parts[0].isdigit():
        return int(parts[0])
    leading = re.findall(r"\d+", parts[0])
    if len(parts) == 2 and leading:
        # "LIC 12/20": the minute number comes before the year.
        return int(leading[-1])
    if parts[-1].isdigit():
        return int(parts[-1])
    return int(leading[0]) if leading else 0  # "1-A": the parent's number


def without_file_id(number: str, title: str) -> str:
    """An item's title without the file number a city's report sets after its agenda number ("1. 22-0073 Approval of
    the Minutes", "3.1 22-0073 …", "A. 22-0073 …"): the file number is no part of the title."""
    if re.fullmatch(r"\d{1,3}(?:\.\d{1,3})*[A-Za-z]?|[A-Za-z]", number) and (file_id := _FILE_ID_TITLE.match(title)):
        return title[file_id.end():]
    return title


# A heading's closing colon or dash and the empty disposition printed beside it ("New Business:", "Public Comments:
# None", "Correspondence – Nil", "Board of Assessors: N/A"): the heading's punctuation and its outcome, no part of the
# item's title.
_TITLE_CLOSE = re.compile(
    rf"(?:\s*[:\-–—]\s*{EMPTY_VERDICT}\b\.?|\s*[:\-–—])+\s*$", re.IGNORECASE
)


# A leader drawn from a title to the name of who presents it, as a contents page is set: "Treasurer's Report-------Ann
# Lee", "Road Report ........ Bo Day", "Finance ____ Clerk"; a dash or two, or an ellipsis of three dots, is text.
_LEADER = re.compile(r"(?<=\S)\s*(?:[-–—_]{3,}|(?:\.\s?){4,}|…{2,}).*$")


def _heading_title(text: str) -> str:
    """`text` as an item's title: without the heading's closing colon or dash and an empty disposition after it, and
    without a leader and the presenter it leads to (`_LEADER`)."""
    led = _LEADER.sub("", text)
    if re.search(r"[A-Za-z]", led):
        text = led
    title = _TITLE_CLOSE.sub("", text)
    return title if title.strip() else text


# Who leads an item, printed in a column of its own at the end of its heading line: initials or "All".
_LEAD_MARK = re.compile(r"^(?:[A-Z]{2,4}(?:\s*[/,&]\s*[A-Z]{2,4})*|All)$")


def _without_lead_column(title: str, line: Line) -> str:
    """`title` less the lead printed in a column of its own at the right of its heading line ("4 | Chair's Report |
    AA", "3 | Matters Arising | All"): a run of its own, the third or later, standing apart from the title's."""
    if not line.spans or len(line.spans) < 3:
        return title
    lead = line.spans[-1].text.strip()
    if not _LEAD_MARK.match(lead) or not title.endswith(lead) or title == lead:
        return title
    return title[: -len(lead)].rstrip()


def _make_item(number: str | None, title: str, private: bool, first: Line, last: Line) -> AgendaItem:
    evidence = Evidence(page=first.page, line_start=first.number, line_end=last.number)
    title = _without_lead_column(title, first)
    return AgendaItem(number=number, title=_heading_title(title), private=private, evidence=evidence)


_PLANNING_SUB_ITEM = re.compile(
    # The site runs to the first stop or the line's end, but not over a decision run in after a dash ("… new porch –
    # it was resolved to make no objection."), which the resolutions reader takes with the application.
    rf"^(?P<number>\d{{1,3}}\.\d{{1,2}})\.?\s*(?P<title>{PLANNING_REF}\s*[–—-]\s*"
    r"(?:(?!\s[–—-]\s*(?i:it\s+was\s+)?(?i:unanimously\s+)?(?i:agreed|resolved|decided)\b)[^.\n]){3,120}?)"
    r"(?:\.(?:\s|$)|$)"
)


def _numbered_heading(
    lines: list[Line], position: int, last_major: int | None, *, paragraphs: bool = False
) -> tuple[str, str] | None:
    """(number, title) when `lines[position]` is a numbered item heading.

    `paragraphs` says the minutes are numbered paragraphs (see `_paragraph_runs`),
    whose titles may run into the first sentence with no colon or dash.
    """
    line = lines[position]
    if line.cells is not None:
        return None
    text = clean_text(line.text)
    filed = _FILE_BEFORE_NUMBER.match(text)
    if filed is not None:
        text = filed.group("rest")  # "22-0073 1. Approval of the Minutes": the file number, then the item's
        # The checks below read the line as its agenda number opens it.
        lines = [*lines[:position], replace(line, text=text), *lines[position + 1 :]]
    planning = _PLANNING_SUB_ITEM.match(text)
    if planning is not None and last_major is not None and _major(planning.group("number")) == last_major:
        # "9.1. 310456 - Land at Yew Cottage. It was unclear …", "9.3.310472 - Barn at Low Lane": a sub-item under the
        # planning item, its title the application's reference and site up to the first stop.
        return planning.group("number"), planning.group("title")
    bracket = _NUMBERED_BRACKET.match(text)
    match = _NUMBERED.match(text) or _NUMBERED_TIGHT.match(text) or _NUMBERED_HYPHEN.match(text) or bracket
    if not match:
        return None
    number = match.group("number")
    # "To note the payments:-": a heading over a list may end on a colon and a dash.
    printed = match.group("title").strip()
    title = re.sub(r"\s*:[-–—]?$", "", _AGENDA_REF.sub("", printed).strip()).strip()
    if title != printed and title.endswith(".") and not re.search(r"[.!?]\s", title):
        title = title[:-1]  # "Public Questions. Ref 31/048": the title's stop before the reference after it
    title = without_file_id(number, title)
    whole = bracket is not None and title.endswith(".") and not re.search(r"[.!?]\s", title)
    if whole:
        title = title[:-1]  # "[2] Declarations of interests.": the agenda's wording with its stop
    if "/" in number and (agenda := _AGENDA_NUMBER_AFTER_REFERENCE.match(title)) is not None:
        title = agenda.group("title")  # "C048/23 1. APOLOGIES": the running minute number, then the agenda's
    if _is_capitals(title) and title.endswith(".") and not _CAPS_DECISION.match(title):
        title = title.rstrip(".").strip()  # "3. PUBLIC QUESTIONS.": a capitals title may end on a full stop
    if is_lookalike(title) or is_date_line(text):
        return None  # "10 June 2031", "7.30 pm", "6-0": a date, time or tally, not an item
    if re.fullmatch(r"\d{1,3}\.\d{1,2}", number) and _DECISION_OPENING.match(title):
        return None  # "12.1 RESOLVED that the payments be approved.": a decision inside item 12, not a sub-item
    if re.match(r"\d{1,5}\s", text) and _STREET_ADDRESS.match(title):
        return None  # "215 Main Street", "12 School Street, Bracken": the address in the heading block
    if not _number_has_neighbours(lines, position, number):
        return None  # "25/05/11 Mr Lee", "2031. The year …": a date or a year, not a run of minute numbers
    if re.fullmatch(r"\d{1,4}/\d{2,4}", number) and not _reference_of_the_meeting(lines, number):
        return None  # "5/15 The pool opens." in minutes of 2031: a month and day, not a minute of the year's run
    if _UNPADDED_MONTH.fullmatch(number) and not _padded_month_nearby(lines, position, number):
        return None  # "12.3.4 Fencing" in an outline: a third-level number, no minute of a run dated "31.03.N"
    if _APPLICATION_NUMBER.fullmatch(number) and _in_dated_run(lines, position, number[:2]):
        return None  # "16/0726 - Elm Court - Listed building consent" under "16.09.5 Planning": an application
    if re.fullmatch(r"\d{4,5}", number) and _is_capitals(title) and not _running_minute_title(number, title, last_major):
        return None  # "10234 HARROWGATE ELECTRIC COOP", "12450 MILL ROAD": a cheque register's or an address list's row
    words = title.split()
    if not words or not re.search(r"[A-Za-z]", title):
        return None
    if not title[0].isupper() and not title[0].isdigit():
        return None
    if match.re is _NUMBERED and match.group("kinds"):
        if _ACTION_KIND_ALONE.fullmatch(match.group("kinds")) and _OWNER_TO_TASK.match(title):
            return None  # "Action: 4.1 Clerk to chase the highways officer": a task under minute 4.1, not a part
        return number, title  # "Action (Consent): 5.2 Approve the bus purchase": agenda software's heading of a part
    opens = title[:1].isupper() or bool(_YEAR_TITLE.match(title))  # "10. 2018 Annual Governance Statement …"
    if paragraphs and not (line.is_heading or line.bold) and _PARAGRAPH_TITLE_NUMBER.match(text) and opens:
        cut = _SENTENCE_START.search(title)
        rising = last_major is None or _major(number) >= last_major
        if cut is not None and re.match(r"\s*[•·\d]", title[cut.start():]) and rising:
            # "Correspondence 10.1 Letter …", "Matters arising • It was …": a sub-number or bullet ends the title.
            head = _sentence_run_in_title(title)
            if head is not None:
                return number, head
    if line.is_heading or line.bold or _is_bold_text(line.text):
        if len(words) > MAX_TITLE_WORDS:
            return None
        if last_major is not None and _major(number) < last_major and _TITLE_CUT.search(title):
            return None  # a bold numbered paragraph of a motion, going back in the numbering
        return number, title
    # A plain line: short, not a sentence, and not going back in the numbering.
    if last_major is not None and _major(number) < last_major:
        return None
    following = _next_text_line(lines, position + 1)
    if whole and len(words) <= MAX_TITLE_WORDS and not _SENTENCE_VERB.search(title) and not (
        following is not None and clean_text(following.text)[:1].islower()
    ):
        return number, title  # "[4] Matters arising from the Minutes, and activity since the last meeting."
    labelled = _COLON_RUN_IN.match(title) if not _is_capitals(title) else None  # "COVID-19: RULES FOR …" is one title
    if labelled is not None and _is_run_in_title(labelled.group("title")):
        return number, labelled.group("title")  # "1. Apologies for absence: Mrs S Jackson"
    # "3. Recognition" … "4. President's Announcements" / "5. Community Communications": the next number of the
    # items taken heads an item even with nothing under it; a list under an item starts again at 1.
    # (A run introduced by a colon is a list however it is numbered: "… set out what comes next:" / "5. Hire …".)
    in_sequence = (last_major is not None and number.isdigit() and int(number) == last_major + 1
                   and not _run_follows_colon(lines, position))
    # A sub-item numbered with its parent ("1-A", "4(a)") may follow its parent's line or its sibling straight away.
    sub_numbered = "-" in number or bool(re.fullmatch(r"\d{1,3}\s?\([a-z]\)", number))
    if _is_plain_title(lines, position, title, sub_numbered=sub_numbered, in_sequence=in_sequence):
        return number, title
    stopped = _stopped_plain_title(title)
    # "1. Approval of Minutes." over its minutes: the clerk closed the heading with a stop. Numbered on from the last
    # item or not, it needs its minutes under it: a run of such lines with nothing between is a list.
    if stopped is not None and _has_minutes_under(lines, position) and _is_plain_title(
        lines, position, stopped, sub_numbered=sub_numbered
    ):
        return number, stopped
    if _is_long_colon_title(lines, position, text, title):
        return number, title  # "6. To Hear from Residents Any Matters … for a future Agenda:"
    run_in = _run_in_title(title)
    if run_in is not None:
        # "3. Minutes - The minutes were approved.", "5. PLANNING No applications.": the title runs in with its minutes.
        return number, run_in
    dotted = _reference_title(number, title)
    if dotted is not None:
        return number, dotted  # "23/17 Apologies for absence. Apologies were received …", "34/17 Finance."
    whole_number = re.fullmatch(r"\d{1,3}(?:\.0)?", number) is not None  # "4", "4.0"
    first_or_next = whole_number and (_major(number) == 1 if last_major is None else _major(number) == last_major + 1)
    # A minute reference ("31/165", "17b/31", "2581") numbers an item wherever it stands.
    first_or_next = first_or_next or _REFERENCE.match(number) is not None or _dated_serial(number) is not None
    long_labelled = _LONG_COLON_RUN_IN.match(title) if first_or_next and not _is_capitals(title) else None
    if long_labelled is not None and _is_long_run_in_title(long_labelled.group("title")):
        # "5. Statement of every payment made since the last meeting or still due: Ben reported …": the agenda's
        # long wording run in with its minutes, taken for the item numbered next (or the first).
        return number, long_labelled.group("title")
    if paragraphs and _PARAGRAPH_TITLE_NUMBER.match(text) and opens:
        sentence = _sentence_run_in_title(title)
        if sentence is not None:
            return number, sentence  # "1. Election of Chair It was moved …"
    if match.re is _NUMBERED and _item_labelled(match):
        sentence = _labelled_sentence_title(lines, position, title)
        if sentence is not None:
            return number, sentence  # "Agenda Item #4: Consider payment of the bills."
    return None


MAX_LABELLED_TITLE_WORDS = 30
"""Words of an agenda's wording after an item's label ("Consider approving the minutes of the special meeting held on
… and the regular meeting held on …")."""
# A motion's verb after its mover: "… Lowe moved to approve", "Ann Ash seconded", "the board voted".
_LABELLED_MINUTES_SENTENCE = re.compile(r"\b(?:moved|seconded|motioned|voted)\b")
def _item_labelled(match: re.Match[str]) -> bool:
    """True for a `_NUMBERED` match with an item's label before its number and a mark after it: "Agenda Item #4:",
    "ITEM 3.", "Item No. 12 –" ("Item 4 was pulled" has no mark)."""
    return match.group("item_label") is not None and bool(match.string[match.end("number") : match.start("title")].strip())


def _labelled_sentence_title(lines: list[Line], position: int, title: str) -> str | None:
    """The agenda's wording as a sentence after an item's label, "Agenda Item #2: Consider approving the minutes of
    the April meeting." or "Item 3: Comments from the public. None were made.": its first sentence, without the stop.

    US boards print the agenda's wording as a sentence under the label, and may run the item's minutes on after it.
    The label vouches for the line when another line near it is labelled so too; a sentence that is no title (more
    than `MAX_LABELLED_TITLE_WORDS` words) or a label in a sentence ("Item 4 was pulled.") is none.
    """
    if not title[:1].isupper():
        return None
    cut = _motion_sentence_end(title)
    if cut is not None and title[cut] == ".":
        head = title[:cut]
    elif title.endswith(".") and not title.endswith(".."):
        head = title[:-1]
    else:
        return None
    head = head.strip()
    if not head or len(head.split()) > MAX_LABELLED_TITLE_WORDS or _DECISION_OPENING.match(head):
        return None
    if _SPEAKER_OPENING.match(head) or _SENTENCE_VERB.search(head) or _LABELLED_MINUTES_SENTENCE.search(head):
        # "Item 2: Mr. Lowe moved to approve the minutes.", "Item 3: The board reviewed the bills and …": the item's
        # minutes, not the agenda's wording.
        return None
    if not _line_nearby(lines, position, lambda other: (found := _NUMBERED.match(other)) is not None and _item_labelled(found)):
        return None  # one "Item 4." in the minutes: a reference, not a run of labelled items
    return head


# A city's meeting report sets each item's file number beside its agenda number: "22-0073 1. Approval of …",
# "1. 22-0073 Approval of …" (a two- or four-digit year, a hyphen, a serial; maybe a letter).
_FILE_BEFORE_NUMBER = re.compile(r"^(?:\d{2}|\d{4})-\d{3,5}[A-Z]?\s+(?P<rest>\d{1,3}(?:\.\d{1,3})*\.?\s+[A-Z].*)$")
_FILE_ID_TITLE = re.compile(r"^(?:\d{2}|\d{4})-\d{3,5}[A-Z]?\s+(?=[A-Z])")
# A street address after a house number with no stop: "Main Street", "N. Elm Ave., Bracken, VT 05001",
# "Hill Farm, Mill Road, Bracken" (a house's name first), "Larkin Street (at Grove Street)".
_STREET_ADDRESS = re.compile(
    r"^(?:[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2},\s+)?(?:[NSEW]\.?\s+)?(?:[A-Z][\w'’.-]*\s+){1,4}"
    + street_word_pattern()
    + r"(?:\s+(?:[NSEW]|NE|NW|SE|SW|Upper|Lower|North|South|East|West)\b\.?)?"
    # A US address runs on to its town without a comma before a state and ZIP code: "22 Civic Plaza Ashby, CA 90001".
    + r"(?:\s+(?:[A-Z][a-z]+\s+){0,2}[A-Z][a-z]+,\s*[A-Z]{2}\s+\d{5}(?:-\d{4})?)?"
    # "100 Larkin Street (at Grove Street)": a note in brackets on where the door is.
    + r"(?:\s*\([^()]{1,40}\))?(?:\s*,.*)?$"
    # A street named with no street word, after a compass point and before its town: "701 E. Broadway, Ashby, Ohio".
    r"|^[NSEW]\.\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?,\s+[A-Z].*$"
)
NEIGHBOUR_REACH_LINES = 60
"""Lines looked over, either way, for the other numbers of a run of minute references."""
_SLASHED = re.compile(r"^\d{2}/\d{2}/")
_APPLICATION_NUMBER = re.compile(r"\d{2}/(?!(?:19|20)\d{2})\d{4}")
"""A planning application's reference as a line opens with it, its year then a serial of four figures ("16/0726",
"31/0412"); among minutes numbered by year, month and serial ("16.09.5") it is no minute of theirs (`_in_dated_run`)."""


def _in_dated_run(lines: list[Line], position: int, year: str) -> bool:
    """True when a line near `position` opens with a minute number of `year` written with its month and serial
    ("16.09.5 Planning Application" near "16/0726 - Elm Court …"), the run a slashed number of that year is not in."""
    dated = re.compile(rf"{year}\.\d{{1,2}}\.\d{{1,3}}\s")
    return _line_nearby(lines, position, lambda text: dated.match(text) is not None)
_REFERENCE = re.compile(
    r"^(?:\d{1,4}/\d{2,4}|\d{2}/\d{2}/\S+|\d{4}|\d{2}\.\d{2}\.\d{1,3}|\d{4}\.\d{2,3}|[A-Z]{1,4}\d{1,3}:\d{2}/\d{2})$"
)


_COMPANY_OR_STREET_END = re.compile(
    r"\b(?:" + "|".join(street_words()) + "|" + legal_form_pattern() + r"|COOP|CO-OP|COMPANY)\.?$", re.IGNORECASE
)


def _running_minute_title(number: str, title: str, last_major: int | None) -> bool:
    """True when a four- or five-digit number before a capitals title ("23456 HIGHWAYS MATTERS") can be a minute
    numbered on from meeting to meeting: the document's first item number or within `MAX_PARAGRAPH_STEP` after the
    last one taken (not in minutes numbering their items 1, 2, 3), and a title that is no firm's or street's name."""
    if _COMPANY_OR_STREET_END.search(title):
        return False
    return last_major is None or 0 < int(number) - last_major <= MAX_PARAGRAPH_STEP


def _number_has_neighbours(lines: list[Line], position: int, number: str) -> bool:
    """True unless `number` is a form that counts only in a run and has no partner nearby.

    A slashed reference ("15/09/03") needs another line opening with the same
    "15/09/" and a different ending (a date list changes its first part, not
    its last); a bare four-digit number ("2579.", "2581 Finance:") needs another
    within three of it, as minutes numbered on from meeting to meeting have.
    """
    dated = _dated_serial(number)
    if dated is not None and not _dated_to_the_meeting(lines, dated[1]):
        return False  # "6/06/31 Finance Working Group" in minutes of 4 May 2031: a list of dates, not a minute
    if dated is not None and _dated_serial_run(lines, position, number, dated):
        return True
    slashed = _SLASHED.match(number)
    if dated is not None and slashed is None:
        return False  # "4/05/31" with no partner dated to the same meeting
    four = re.fullmatch(r"\d{4,5}", number)
    if slashed is None and four is None:
        return True
    prefix = number[: number.rfind("/") + 1]
    for other in range(max(0, position - NEIGHBOUR_REACH_LINES), min(len(lines), position + NEIGHBOUR_REACH_LINES)):
        if other == position or lines[other].cells is not None:
            continue
        text = clean_text(lines[other].text)
        if slashed is not None and text.startswith(prefix) and not text.startswith(f"{number} "):
            return True
        if four is not None:
            found = re.match(r"^(\d{4,5})(?:\.\s|\.(?=[A-Z][A-Za-z'’])|\s+[A-Z][^:\d]{1,60}:\s|\s+[A-Z][A-Z'’&/,() -]+$)", text)
            if found is not None and 0 < abs(int(found.group(1)) - int(number)) <= MAX_PARAGRAPH_STEP:
                return True
    return False


# A serial and the meeting's month and year ("4/05/31", "4.1/05/31", "2.5/31E", "17b/31"): the serial, its part,
# and the date it shares with the meeting's other minutes.
_DATED_SERIAL = re.compile(
    r"^(?P<serial>\d{1,3})(?:\.\d{1,2})?(?P<meeting>/\d{1,2}/\d{2})$"
    r"|^(?P<part_serial>\d{1,3})\.\d{1,2}(?P<part_meeting>/\d{2}[A-Z]?)$"
    r"|^(?P<letter_serial>\d{1,3})[a-z](?P<letter_meeting>/\d{2})$"
)


def _dated_serial(text: str) -> tuple[int, str] | None:
    """(serial, meeting date) of a serial dated to its meeting, else None."""
    found = _DATED_SERIAL.match(text)
    if found is None or text.startswith("0"):
        return None  # "01/05/31": a month's date, not a serial (serials carry no leading nought)
    for prefix in ("", "part_", "letter_"):
        if found.group(f"{prefix}serial") is not None:
            return int(found.group(f"{prefix}serial")), found.group(f"{prefix}meeting")
    return None


MEETING_DATE_REACH_LINES = 15
"""Lines at a document's head looked over for the meeting's date (see `_dated_to_the_meeting`)."""


def _dated_to_the_meeting(lines: list[Line], meeting: str) -> bool:
    """True unless the first full date at the document's head ("held on 4 May 2031") has another month or year than
    a serial's "/05/31" (or "/31"): a serial numbers a minute of its own meeting, a list's dates fall on other days."""
    head = " ".join(clean_text(line.text) for line in lines[:MEETING_DATE_REACH_LINES] if line.cells is None)
    found = re.fullmatch(r"(?:/(\d{1,2}))?/(\d{2})[A-Z]?", meeting)
    if found is None:
        return True
    for value, _start, _end in find_dates(head):
        if not re.search(r"(?:19|20)\d{2}", head[_start:_end]):
            continue  # a date with no year printed
        if value.year % 100 != int(found.group(2)):
            return False
        return found.group(1) is None or int(found.group(1)) == value.month
    return True


MAX_SERIES_YEARS_OFF = 1
"""How far a minute reference's year ("43/19", "112/2031", "19/43") may lie from the meeting's year (a council's
year runs from spring to spring) and still number that year's run."""


_UNPADDED_MONTH = re.compile(r"(?P<year>\d{2})\.(?P<month>[1-9])\.\d{1,3}")
"""A minute number of the year, month and serial with the month's nought dropped ("16.3.10")."""


def _padded_month_nearby(lines: list[Line], position: int, number: str) -> bool:
    """True when a line near `position` opens with the same year and month written with its nought ("16.03.9 Finance"
    near "16.3.10 Review of Asset Register"): the clerk's slip inside a run of dated minute numbers."""
    found = _UNPADDED_MONTH.fullmatch(number)
    if found is None:
        return False
    padded = f"{found.group('year')}.0{found.group('month')}."
    return _line_nearby(lines, position, lambda text: text.startswith(padded))


def _line_nearby(lines: list[Line], position: int, opens: Callable[[str], bool]) -> bool:
    """True when a line of text (no table row) within `NEIGHBOUR_REACH_LINES` of `position`, not that line itself,
    passes `opens` on its cleaned text: the minute numbers written near a number decide what it is."""
    reach = range(max(0, position - NEIGHBOUR_REACH_LINES), min(len(lines), position + NEIGHBOUR_REACH_LINES))
    return any(other != position and lines[other].cells is None and opens(clean_text(lines[other].text))
               for other in reach)


def _reference_of_the_meeting(lines: list[Line], reference: str) -> bool:
    """True unless the first full date at the document's head has a year more than `MAX_SERIES_YEARS_OFF` away from
    both parts of a minute reference: "43/31" or "31/43" in minutes of 2031 is the year's run; "3/15", "4/15" there
    are a month and a day."""
    parts = reference.split("/")
    head = " ".join(clean_text(line.text) for line in lines[:MEETING_DATE_REACH_LINES] if line.cells is None)
    for value, start, end in find_dates(head):
        if not re.search(r"(?:19|20)\d{2}", head[start:end]):
            continue  # a date with no year printed
        years = {2: value.year % 100, 4: value.year}
        return any(len(part) in years and abs(int(part) - years[len(part)]) <= MAX_SERIES_YEARS_OFF for part in parts)
    return True


def _dated_serial_run(lines: list[Line], position: int, number: str, dated: tuple[int, str]) -> bool:
    """True when another line near `position` opens with a serial dated to the same meeting, its serial at most
    `MAX_PARAGRAPH_STEP` away: "1/05/31 APOLOGIES" / "2/05/31 DECLARATIONS". Dates in a list ("12/05/31",
    "19/05/31") move further apart, and a lone date has no partner."""
    serial, meeting = dated
    for other in range(max(0, position - NEIGHBOUR_REACH_LINES), min(len(lines), position + NEIGHBOUR_REACH_LINES)):
        if other == position or lines[other].cells is not None:
            continue
        other_text = clean_text(lines[other].text)
        head = other_text.split(" ", 1)[0].rstrip(".:")
        found = _dated_serial(head)
        if found is None or found[1] != meeting or head == number or SUM.search(other_text):
            continue  # "2/05/31 Payroll £1,200.00": a dated line of a payments list is no partner
        if abs(found[0] - serial) <= MAX_PARAGRAPH_STEP:
            return True
    return False


def _is_whole_run_in_title(text: str) -> bool:
    """True for the text after the last minute reference run into a line when it is all title: capitalised, no
    sentence's stop or verb, at most `MAX_TITLE_WORDS` words."""
    words = text.split()
    return (
        0 < len(words) <= MAX_TITLE_WORDS
        and text[:1].isupper()
        and not re.search(r"[.!?;]$", text)
        and not _SENTENCE_VERB.search(text)
        and not _TASK_OPENING.match(text)
    )


def _reference_title(number: str, title: str) -> str | None:
    """The title of a line numbered with a minute reference ("23/17") that runs on into its minutes, or None.

    "Apologies for absence. Apologies were received …" → "Apologies for
    absence"; "Finance." → "Finance"; a long title before a colon or dash
    ("Minutes of the last meeting held on 7 July - LGA 1972, para 41: …").
    Only after a minute reference, which no list inside an item uses.
    """
    if _REFERENCE.match(number) is None:
        return None
    head = re.split(r":\s|\s[-–—]\s", title, maxsplit=1)[0].strip()
    if head == title:
        head = re.split(r"(?<=[a-z0-9)’'])\.(?:\s+(?=[A-Z“\"])|$)", title, maxsplit=1)[0].strip()
        if head != title and re.search(r"\s[a-h]$", head):
            head = head[:-2].strip()  # "… Made on Email a. Application Fee …": a lettered list starts after the title
    for sentence in _SENTENCE_START.finditer(head):
        if sentence.start() > 0 and not _JOINING_END.search(head[: sentence.start()]):
            head = head[: sentence.start()].strip()  # "Handyman's Report The Clerk presented …", not "… from Cllr Lee"
            break
    words = head.split()
    repeated = next((place for place in range(1, len(words))
                     if words[place] == words[0] and not _JOINING_END.search(" ".join(words[:place]))), None)
    if repeated is not None and len(words[0]) >= TITLE_WORD_LETTERS and words[0][:1].isupper():
        # "Apologies for absence Apologies had been received …": the sentence opens on the title's first word again.
        head = " ".join(words[:repeated])
    if head == title or re.search(rf"\b(?:{_NAME_TITLES}|No|[A-Za-z])$", head) or re.match(r"\d+/\d+", head):
        return None
    words = head.split()
    if not words or len(words) > MAX_TITLE_WORDS or _SENTENCE_VERB.search(head) or _TASK_OPENING.match(head):
        return None
    if re.match(r"(?:It|There|This|These|The\s+\w+\s+(?:was|were))\b", head) or is_lookalike(head):
        return None
    return head


def _stopped_plain_title(title: str) -> str | None:
    """A plain line's title without the full stop the clerk closed it with, when it reads as a heading and not a
    sentence: a short title-cased heading ("Approval of Minutes.", "Dues Collection.") or an agenda word alone
    ("Adjournment."); else None."""
    if not title.endswith(".") or title.endswith(".."):
        return None
    bare = title[:-1].rstrip()
    if is_outcome_cell(bare) or _OUTCOME_AT_END.search(bare):
        return None  # "5. Carried Unanimously.", "2. Minutes Approved.": a decision numbered as the clerk wrote it
    if _is_stopped_heading(title) or meeting_part_line("words").match(bare) and len(bare.split()) <= 3:
        return bare
    return None


# A short numbered line ending on what the meeting did with the thing it names: "Minutes Approved", "Report Noted".
_OUTCOME_AT_END = re.compile(
    r"\b(?:approved|adopted|agreed|carried|passed|noted|accepted|resolved|deferred|tabled|ratified|endorsed)$", re.IGNORECASE
)


def _has_minutes_under(lines: list[Line], position: int) -> bool:
    """True when neither text line beside `lines[position]` is numbered like an item or list entry: the heading's
    minutes follow it, and the minutes of the item before it come before it."""
    before, after = _text_neighbours(lines, position)
    return after is not None and not any(
        other is not None and _NUMBERED.match(clean_text(other.text)) is not None for other in (before, after)
    )


# "4. Minutes approved" over "unanimously": a title of a few words that ends on its outcome runs on into the next line.
_OUTCOME_END = re.compile(r"\b(?:approved|agreed|adopted|carried|accepted|received|noted|resolved|deferred)$", re.IGNORECASE)
MAX_NOTED_TITLE_WORDS = 3
"""A numbered title this short over a line in small letters is a title over its notes, not a line cut short."""


def _is_plain_title(
    lines: list[Line], position: int, title: str, *, sub_numbered: bool = False, in_sequence: bool = False
) -> bool:
    """True when the text after a plain line's number is a whole title: short, not a sentence, not a list entry.

    A sub-item numbered with its parent ("1-A") may follow its parent's line straight away, as may an item numbered
    next after the last item taken (`in_sequence`).
    """
    words = title.split()
    if title.endswith((".", ";", ",")):
        return False
    if _is_capitals(title) and len(words) <= MAX_TITLE_WORDS and not _CAPS_DECISION.match(title):
        return True  # "TO RECEIVE AND NOTE THE MINUTES OF THE … COMMITTEE HELD ON 6 MAY": a long agenda wording in capitals
    # "To confirm, or amend, and sign the draft notes of …": the agenda's own words may run long.
    wording = bool(re.match(r"To\s+[a-z]", title)) and len(words) <= MAX_AGENDA_WORDING_WORDS
    if len(words) > MAX_PLAIN_TITLE_WORDS and not wording:
        return False
    following = _next_text_line(lines, position + 1)
    following_text = clean_text(following.text) if following is not None else ""
    # A lettered list under the heading ("a) It was RESOLVED ...") is not the heading's wrapped text. Nor are notes in
    # small letters under a title of a few words ("1. Newsletter" / "more info wanted"), or after a blank line: a line
    # break cuts a long line, or one stopping on a joining word.
    adjacent = position + 1 < len(lines) and following is lines[position + 1]
    short = len(words) <= MAX_NOTED_TITLE_WORDS and not _JOINING_END.search(title) and not _OUTCOME_END.search(title)
    wraps = following_text[:1].islower() and not _LIST_MARKER.match(following_text) and adjacent and not short
    if _TITLE_CUT.search(title) or wraps:
        return False  # a numbered paragraph wrapped onto the next line
    own = _NUMBERED.match(clean_text(lines[position].text))
    # Minute references ("2307.04", "23/165") number items even with nothing between them; list entries do not.
    reference = own is not None and (
        _REFERENCE.match(own.group("number")) is not None or _dated_serial(own.group("number")) is not None
    )
    if not sub_numbered and not reference and not in_sequence and _next_is_plain_numbered(lines, position):
        return False  # a run of numbered lines with nothing between is a list, not items
    if _SENTENCE_VERB.search(title):
        return False
    # A minute reference ("3.5/31E Under the code of conduct of 2031, to record any interests") may carry the agenda's
    # longer wording in sentence case.
    return wording or len(words) <= MAX_PLAIN_TITLE_WORDS // 2 + 2 or _is_title_cased(words) or reference


def _is_bare_colon_heading(lines: list[Line], position: int) -> bool:
    """True for a short title-cased line ending in a colon with a capitalised paragraph under it ("Highway Matters:").

    Attendance, decision and signature labels ("Present:", "Resolved:",
    "Proposed:") are not headings; nor is a line after one ending in a colon
    or carrying a sentence on.
    """
    text = clean_text(lines[position].text)
    if not text.endswith(":") or text.count(":") > 1:
        return False
    title = text.rstrip(": ")
    words = title.split()
    if not 0 < len(words) <= MAX_BARE_HEADING_WORDS or not all(word[:1].isupper() or word.lower() in _JOINING for word in words):
        return False
    if _is_label_heading(title) or _CAPS_NOT_HEADING.match(title.upper()) or _NOT_BARE_HEADING.match(title):
        return False
    if _is_speaker_label(title) or _is_recurring_label(lines, title):
        return False
    before = _previous_text_line(lines, position)
    if before is not None and (clean_text(before.text).endswith(":") or before.cells is not None):
        return False
    if before is not None and _carries_on(clean_text(before.text)):
        return False  # "… Acting Parks Operations Lead" / "Staff Association Representative:": a wrapped line's end
    following = _next_text_line(lines, position + 1)
    if following is None:
        return False
    after = clean_text(following.text)
    return after[:1].isupper() and len(after.split()) > MAX_BARE_HEADING_WORDS and read_label(after) is None


def _is_speaker_label(title: str) -> bool:
    """True for a label naming who spoke, an office or honorific before a name ("Mayor Lee", "Member Hale",
    "COUNCILMEMBER ORTIZ"), not the business of an office ("Mayor's Report", "CHIEF EXECUTIVE'S ORDERS",
    "Member Comments")."""
    speaker = title.title() if _is_capitals(title) else title
    if len(title.split()) < 2 or _ITEM_NOUN_END.search(title) or re.search(r"['’]s\b", title, re.IGNORECASE):
        return False
    return bool(_SPEAKER_OPENING.match(speaker))


MIN_RECURRING_LABELS = 2
"""Lines a label opens ("Public Comment:") that make it a part every item has, not an item of its own."""


def _is_recurring_label(lines: list[Line], title: str) -> bool:
    """True when `title` and its colon open at least `MIN_RECURRING_LABELS` lines, alone or run in with what follows
    ("Public Comment:" / "Public comment: None." under several numbered items): a part each item has, as US boards
    record the public's comment on every item, not an item of its own."""
    label = re.compile(rf"^{re.escape(title)}\s*:", re.IGNORECASE)
    opened = 0
    for line in lines:
        if label.match(clean_text(line.text)):
            opened += 1
            if opened >= MIN_RECURRING_LABELS:
                return True
    return False


MAX_NUMBER_JUMP = 20
"""An item number this far past the last one, on a line after a line carried on, is the wrapped line's text."""


def _previous_text(lines: list[Line], position: int) -> str | None:
    """The text of the last non-empty line before `lines[position]`, or None."""
    return next((clean_text(lines[i].text) for i in range(position - 1, -1, -1) if lines[i].text.strip()), None)


MIN_CARRIED_LINE_WORDS = 8
"""A line of prose at least this long with no end mark carries on over its line break."""


def _carries_on(text: str) -> bool:
    """True for a long line of prose that stops on no end mark, or any line stopping on a joining word: the line
    after it carries it on ("… pursuant to Section 1210(b)(2) of the" / "State Code:")."""
    if _JOINING_END.search(text):
        return True
    return len(text.split()) >= MIN_CARRIED_LINE_WORDS and not re.search(r"[.:;!?)\]”\"'’]$", text)


def _is_long_colon_title(lines: list[Line], position: int, text: str, title: str) -> bool:
    """True for a long agenda wording ending in a colon on its own line, with the minutes on the next line."""
    if not text.endswith(":") or len(title.split()) > MAX_TITLE_WORDS or not title[:1].isupper():
        return False
    if _SENTENCE_VERB.search(title) or _TASK_OPENING.match(title) or re.match(r"(?:It|The|This|There)\b", title):
        return False  # "5. The following accounts were approved:" introduces a list
    following = _next_text_line(lines, position + 1)
    if following is None:
        return False
    after = clean_text(following.text)
    return after[:1].isupper() and not _LIST_MARKER.match(after)


# The words opening a decision in capitals at a run-in title's end: "RESOLVED", "IT WAS AGREED", "IT WAS MOVED",
# "MOTION WAS MOVED", and a mover with or without an office ("ASH MOVED", "A. ASH MOVED", "CLLR ASH MOVED",
# "BOARD MEMBER ASH MOVED").
_CAPS_DECISION_OPENING = re.compile(
    r"(?<!\s)\s+(?:(?:IT|(?:(?:A|THE)\s+)?MOTION)\s+WAS\s+)?(?:RESOLVED|AGREED|DECIDED)$"
    r"|(?<!\s)\s+(?:IT|(?:(?:A|THE)\s+)?MOTION)\s+WAS\s+MOVED$"
    rf"|(?<!\s)\s+(?:(?i:(?:Board\s+|Vice[ -])?{_OFFICE_BEFORE_NAME})\.?\s+)?(?:[A-Z]\.\s*)?[A-Z][A-Z’'-]+\s+MOVED$"
)


def _run_in_title(title: str) -> str | None:
    """The title of a plain numbered line that runs on into its minutes, or None.

    Either the title ends at a dash or colon ("Apologies - Cllr Cole sent
    apologies.") or it is set in capitals before the first sentence ("PLANNING
    No applications were received.").
    """
    run_in = _RUN_IN.match(title)
    if run_in is not None and _is_run_in_title(run_in.group("title")):
        return run_in.group("title")
    caps = _CAPS_RUN_IN.match(title)
    if caps is None:
        return None
    # "PLAY AREA A timetable was …": a capital "A" or "I" before lower case opens the sentence.
    head = re.sub(r"\s+[AI]$", "", caps.group("title")).rstrip(" -–—:,")
    # "MINUTES RESOLVED that the minutes …", "APPROVAL OF MINUTES COMMISSIONER ASH MOVED to approve …": the decision's
    # word in capitals, with who moved it as some boards print it, opens the minutes, not the title.
    head = _CAPS_DECISION_OPENING.sub("", head)
    if _CAPS_NOT_HEADING.match(head) and not _LABELLED_BUSINESS.match(head):
        return None  # "2. RESOLVED That …": a decision, not a title ("1. APOLOGIES Apologies were …" is one)
    return head if sum(c.isalpha() for c in head) >= MIN_CAPS_RUN_IN_LETTERS else None


def _run_in_rest(text: str, title: str) -> str | None:
    """The minutes that follow a run-in title on its own line ("2. Minutes - approved." → "approved."), or None."""
    position = text.find(title)
    if position < 0:
        return None
    match = re.match(r"^(?:\s+[-–—]\s+|[:.]?\s+)(?P<rest>\S.*)$", text[position + len(title):])
    return match.group("rest") if match else None


def _is_run_in_title(title: str) -> bool:
    """True for the words before a run-in item's dash or colon when they read as a title."""
    return (
        0 < len(title.split()) <= MAX_RUN_IN_TITLE_WORDS
        and title[:1].isupper()
        and not _SENTENCE_VERB.search(title)
        and not re.match(r"It\b", title)
        and not _TASK_OPENING.match(title)
        and not is_lookalike(title)
    )


_PROSE_OPENING = re.compile(r"(?:Following|Upon|After|Having)\s")
"""A clause opening a sentence of minutes, not an agenda's wording."""


def _is_long_run_in_title(title: str) -> bool:
    """True for an agenda's long wording before a run-in colon: a title by `_is_run_in_title` but for its length,
    up to `MAX_TITLE_WORDS` words, ending on no joining word."""
    words = title.split()
    return (
        MAX_RUN_IN_TITLE_WORDS < len(words) <= MAX_TITLE_WORDS
        and _is_run_in_title(" ".join(words[:MAX_RUN_IN_TITLE_WORDS]))
        and not _SENTENCE_VERB.search(title)
        and not _JOINING_END.search(title)
        and not title.endswith((".", ";", ","))
        and not _PROSE_OPENING.match(title)  # "Following a long discussion among the members about …: no action"
        and not _has_sentence_inside(title)  # "Approval of Agenda Ann Ash moved to approve it. Motion seconded. Vote:"
    )


# A sentence's end inside a run of words: "… the agenda. Motion …", "… May 6, 2031. The …" (a word of two small letters or
# two figures before the stop), unless the word is written short ("… 14 Elm Ave. East …", `_stop_after_abbreviation`).
_SENTENCE_INSIDE = re.compile(r"(?:[a-z]{2}|\d{2})(?P<stop>[.!?])\s+[A-Z]")


def _has_sentence_inside(title: str) -> bool:
    """True when a sentence ends inside `title` (`_SENTENCE_INSIDE`)."""
    return any(
        found.group("stop") != "." or not _stop_after_abbreviation(title, found.start("stop"))
        for found in _SENTENCE_INSIDE.finditer(title)
    )


def _is_capitals(text: str) -> bool:
    """True when every letter of `text` is a capital and it has a word's worth of them."""
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= MIN_CAPS_RUN_IN_LETTERS and all(c.isupper() for c in letters)


def _long_words(words: list[str]) -> list[str]:
    """The words of a title long enough to say whether it is set in title case (`TITLE_WORD_LETTERS` letters)."""
    return [word for word in words if len(re.sub(r"[^A-Za-z]", "", word)) >= TITLE_WORD_LETTERS]


def _is_stopped_heading(title: str) -> bool:
    """True for a short title in title case closed by a full stop ("Basic Radio Course.", "Elm Grant Update."): a
    heading the clerk ended with a stop, not a sentence ("The hedge was cut.")."""
    words = title.rstrip(".").split()
    long_words = _long_words(words)
    return (
        0 < len(words) <= MAX_SENTENCE_HEADING_WORDS
        and len(long_words) >= 2
        and not re.search(r"[\d£$€]", title)
        and all(word[:1].isupper() or word.lower() in _JOINING | _LONG_JOINING for word in long_words)
        and title.count(".") == 1
    )


def _is_title_cased(words: list[str]) -> bool:
    """True when most longer words start with a capital, as in a heading ("Application for a Premises Licence - …")."""
    long_words = _long_words(words)
    capitalised = [word for word in long_words if word[:1].isupper()]
    return bool(long_words) and len(capitalised) >= TITLE_CASE_SHARE * len(long_words)


def _run_follows_colon(lines: list[Line], position: int) -> bool:
    """True when the text line above the run of plain numbered lines holding `lines[position]` ends with a colon."""
    for index in range(position - 1, -1, -1):
        text = clean_text(lines[index].text)
        if not text:
            continue
        if _NUMBERED.match(text) and not (lines[index].is_heading or lines[index].bold):
            continue
        return text.endswith(":")
    return False


def _next_is_plain_numbered(lines: list[Line], position: int) -> bool:
    """True when the text line before or after `lines[position]` is also a plain numbered line."""
    before, after = _text_neighbours(lines, position)
    own = _NUMBERED.match(clean_text(lines[position].text))
    return any(
        other is not None
        and not (other.is_heading or other.bold)
        and other.cells is None  # the last row of a numbered table above the heading is no numbered line
        and (match := _NUMBERED.match(clean_text(other.text))) is not None
        # "1. That the report be noted." above a heading is a numbered decision, not a run of titles.
        and not clean_text(other.text).endswith((".", ";", ","))
        # "3. Matters Arising" over "3.1 Treasurer": an item and its first sub-item.
        and not (own is not None and _is_parent_number(own.group("number"), match.group("number")))
        for other in (before, after)
    )


def _is_parent_number(one: str, other: str) -> bool:
    """True when either number is the other's parent ("3" and "3.1"; "3.0" and "3.1", as a council numbering its
    items "1.0", "2.0" sets its sub-items "2.1", "2.2")."""
    one, other = re.sub(r"\.0+$", "", one), re.sub(r"\.0+$", "", other)
    return one != other and (other.startswith(f"{one}.") or one.startswith(f"{other}."))


def _is_bold_text(raw: str) -> bool:
    """True when the text after a number is wrapped in bold markup ("3. **Title**")."""
    stripped = raw.strip()
    return bool(re.match(r"^\d[\d.]*\s*\*\*.+\*\*$", stripped))


MAX_DATED_TITLE_WORDS = 10
"""A heading that dates the meeting ("June 20, 2031 at 6:30 pm") is at most this long."""


def _opens_after_dated_titles(lines: list[Line], position: int, end: int) -> bool:
    """True for a marked heading straight after the title headings' date, over text of its own and reading as an
    item of the business: the first item.

    A web page or a converted PDF may set every line of its heading block as a heading ("# Town of Ashby", "## Monthly
    Meeting", "## June 20, 2031") and the first item at the date's level ("## CALL TO ORDER" over "Chair Ann Kolb
    called …"). With no body text yet, headings are read as the page's titles; the date closes them, so the heading
    after it opens the minutes when it opens with an agenda heading's words ("Call to Order", "Apologies for absence").
    The block's own lines after the date stay titles: the body ("## Board of Supervisors"), "## Minutes", the venue
    ("## Town Hall, 12 Main Street") or a stamp ("## Draft - not yet approved"). A heading over another heading is no
    item by this (a title block that goes on).
    """
    before = next((lines[back] for back in range(position - 1, -1, -1) if clean_text(lines[back].text)), None)
    after = _next_text_index(lines, position + 1, end)
    if before is None or not (before.is_heading or before.bold) or after is None:
        return False
    if lines[after].is_heading or lines[after].bold:
        return False
    heading = clean_text(lines[position].text).lstrip("#").strip().strip("*_ ")
    if not agenda_words().match(heading) or heading.rstrip(":. ").lower() == "minutes":
        return False  # a title, venue or stamp line of the block; "Minutes" alone titles the page
    dated = clean_text(before.text).lstrip("#").strip().strip("*_ ").rstrip(":").strip()
    if is_date_line(dated) or clock_alone(dated) is not None:
        return True
    return len(dated.split()) <= MAX_DATED_TITLE_WORDS and bool(find_dates(dated)) and not _is_banner_line(before, dated)


# A line of signatures: "Signed: A. Hale, B. Orr", "Signed by the Chair", "Signed – Cathaoirleach".
_SIGNATURE_LINE = re.compile(r"^Signed\b\s*(?:[:–—-]|by\b)", re.IGNORECASE)


def _is_closing_line(text: str) -> bool:
    """True for the minutes' closing line set as a heading ("Meeting closed 1:15pm", "MEETING ENDED AT 9.05 PM"): the
    time it ended, not an item."""
    return bool(_MINUTES_END.match(text)) and bool(re.search(r"\d", text))


def _is_unnumbered_item(
    text: str, *, has_numbers: bool, found: list[tuple[AgendaItem, list[Line] | None]], past_title: bool
) -> bool:
    """Whether an unnumbered heading is an agenda item.

    `past_title` says whether body text has been seen: headings before it are
    the document's own titles.
    """
    title = _AGENDA_REF.sub("", text).strip()
    if not title or _is_label_heading(title) or _PRIVATE.match(title) or _PUBLIC.match(title) or is_date_line(title):
        return False
    if not re.search(r"[^\W_]", title):
        return False  # "______" drawn for a signature, "* * *": a rule the layout set bold or as a heading, no title
    if clock_alone(title) is not None:
        return False  # "5:00 PM" in the heading block
    if _is_closing_line(title):
        return False
    if _is_testimony_label(title) or _is_speaker_line(title):
        return False  # who spoke at a hearing: "Proponents:", "Jane Roe, 5255 Elm Road, Springfield."
    if _OUTCOME_LINE.match(title):
        return False  # "**Carried**", "**Motion approved**": a bold disposition under the item
    if _SIGNATURE_LINE.match(title):
        return False  # "**Signed: Cllrs A. Hale, B. Orr …**": who signed a requisition or the minutes, not an item
    if title.rstrip("*_ ").endswith("!"):
        return False  # "**Tom volunteered to be secretary!**": a sentence set in bold, not a heading
    if re.search(r"\d", _presenter_of(title) or ""):
        return False
    if has_numbers:
        # Between numbered items only a heading naming its presenter is an item;
        # other unnumbered headings are topics inside an item's discussion.
        return _presenter_of(title) is not None and bool(found) and opening_label(title, sections=("apologies",)) is None
    if not past_title:
        return False
    letters = [c for c in title if c.isalpha()]
    if letters and all(c.isupper() for c in letters) and _BANNER_WORDS.search(title) and _BANNER_NAMING.search(title):
        return False
    if found and re.match(r"dates?\s+of\s+(?:future|next)\s+meetings?", found[-1][0].title, re.IGNORECASE):
        return False
    return len(title.split()) <= MAX_TITLE_WORDS and not title.endswith(".")


MAX_PAGE_TITLES = 2
"""Headings at a page's top level, over many deeper headings, that are the page's titles rather than items."""
MIN_HEADINGS_UNDER_TITLE = 4
"""Deeper headings needed under them."""


def _page_title_level(lines: list[Line], end: int) -> int | None:
    """The heading level of a markdown page's own titles, or None.

    A page that sets at most `MAX_PAGE_TITLES` headings at its top level
    ("# Committee Meeting - 2031-05-06", "# Minutes") over at least
    `MIN_HEADINGS_UNDER_TITLE` deeper ones ("## Correspondence", "## Treasurer's
    Report") titles itself with them; before the first item they are no items.
    """
    levels = [line.heading for line in lines[:end] if line.heading]
    if not levels:
        return None
    top = min(levels)
    titles = levels.count(top)
    return top if titles <= MAX_PAGE_TITLES and len(levels) - titles >= MIN_HEADINGS_UNDER_TITLE else None


MIN_BOLD_SENTENCE_WORDS = 6
"""Words of a bold line with a verb of a sentence that make it a sentence set in bold rather than a heading."""
MIN_NARRATED_WORDS = 4
# A small board's ordinals for mover and seconder: "Greta 1st motion to accept", "Hilda made 1st and Greta seconded"
# ("Hilda made the 1st payment" moves nothing).
ORDINAL_MOTION = r"(?:1st[ \t]+motion\b|made[ \t]+(?:(?:a|the)[ \t]+)?1st(?=[ \t]+(?:motion|and)\b|[ \t]*[,.;]))"
# The mover's first name or initials, then "motion" as the verb or an ordinal: "GT motion to adopt …", "MH motioned
# for adjournment", "Cy motions to adjourn", "Greta 1st motion to accept" (an article or a pronoun is no mover: "The
# motion to buy a truck …").
FIRST_NAME_MOTION = (
    r"(?!(?-i:The|A|An|This|That|Said|Another|No|Each|Every|Any)\b)(?-i:[A-Z][a-z]+|[A-Z]{2,3})[ \t]+"
    rf"(?:motion(?:ed|s)?[ \t]+(?:to|for)\b|{ORDINAL_MOTION})"
)
# A line or sentence that opens a motion: "Motion by A, second by B to …", "A motion to approve …", "It was moved by
# Hale that …", "Moved by A", "A moved to …", "Orr made a motion …", "Abe made motion to …", `FIRST_NAME_MOTION`,
# "1st: Hilda Cole 2nd: Otto Dunn". The one rule of where a motion opens: the vote and resolution readers build on it.
MOTION_OPENING = re.compile(
    r"[ \t]*(?:(?:a[ \t]+)?motion(?:ed)?[ \t]+(?:by|made|of|to|was|that|from|for)\b"
    r"|(?:it[ \t]+was[ \t]+)?moved?[ \t]+(?:by|and|to|that|for)\b"
    r"|(?-i:[A-Z])[\w.'’-]*(?:[ \t]+(?-i:[A-Z])[\w.'’-]*){0,3}[ \t]+(?:moved|made[ \t]+(?:(?:a|the)[ \t]+)?motion)\b"
    rf"|{FIRST_NAME_MOTION}|1st[ \t]*:)",
    re.IGNORECASE,
)
# A subject of one to three capitalised words and a verb of what happened in the room: a sentence, not a title.
_NARRATED = re.compile(
    r"^(?:[A-Z][\w.'’-]*\s+){1,3}(?:called|made|moved|seconded|opened|closed|welcomed|thanked|adjourned|asked|said"
    r"|reported|stated|explained|presented|gave|introduced|advised|informed|announced|declared)\s+(?:the|a|an|that|to"
    r"|his|her|their|all|everyone|members)\b"
)


def _is_bold_sentence(text: str) -> bool:
    """True for a bold line that is a sentence ("Tom volunteered to be secretary!", "Figures will be tabled next
    month") or a line of a bold paragraph (opening on a quotation mark or in lower case)."""
    title = text.strip().rstrip("*_ ")
    if not title or title.endswith("!") or title[0] in "“\"‘'" or title[0].islower():
        return True  # "**“That the Council calls on …**", "**to the Minister and …**": lines of a bold paragraph
    words = title.split()
    if len(words) >= MIN_NARRATED_WORDS and (_NARRATED.match(title) or MOTION_OPENING.match(title)):
        # "Ostrander called the meeting to order at 5:03 PM", "Lee made the following motion:", "A motion to approve
        # the minutes was made by …": what happened in the room, set in bold as many clerks set their motions.
        return True
    return (
        len(words) >= MIN_BOLD_SENTENCE_WORDS
        and ":" not in title
        and not _NUMBERED.match(title)
        and bool(re.search(r"\b(?:will|would|should|must|can|cannot|could)\s+(?:not\s+)?(?:be|have|need)\b", title))
    )


def _is_banner_line(line: Line, text: str) -> bool:
    """True for a heading, bold or capitals line that titles the document ("City Council Minutes", "REGULAR MEETING OF THE
    TOWN BOARD")."""
    title = text.lstrip("#").strip().rstrip(":").strip()
    if _is_capitals(title) and _BANNER_NAMING.search(title) and _BANNER_WORDS.search(title):
        return True
    if (_is_capitals(title) or line.is_heading or line.bold) and (
        _LETTERHEAD_LINE.match(title) or MUNICIPAL_BANNER.match(title)
    ):
        # "ORDINARY MEETING", "ANNUAL GENERAL MEETING", "FERN VALLEY COMMUNITY COUNCIL", "TOWN OF ASHFORD" over the
        # heading block
        return True
    return (line.is_heading or line.bold or _is_capitals(title)) and bool(_MINUTES_BANNER.match(title))


def _is_label_heading(title: str) -> bool:
    """True for a heading that labels the attendance ("Present", "Also in attendance:"), counts the public present
    ("Public: 9 attendees and 3 visitors", set under a register) or titles the document."""
    public = match_label(title, sections=("public",))
    if public is not None and re.match(r"[\s:\-–—]*\d", title[public.end :]):
        return True
    return match_label(title) is not None or bool(_DOCUMENT_TITLE.match(title))


def _presenter_of(title: str) -> str | None:
    match = _PRESENTER.search(title)
    if not match:
        return None
    presenter = match.group("presenter")
    if len(presenter.split()) > MAX_PRESENTER_WORDS or re.search(r"\d", presenter):
        return None
    return presenter


def _is_standalone(line: Line, text: str) -> bool:
    return line.is_heading or line.bold or len(text.split()) <= 4


def _next_text_line(lines: list[Line], index: int) -> Line | None:
    for position in range(index, len(lines)):
        if lines[position].text.strip():
            return lines[position]
    return None


def _previous_text_line(lines: list[Line], index: int) -> Line | None:
    """The last line before `lines[index]` that holds text, else None."""
    return _next_text_line_before(lines, index - 1, -1)


def _text_neighbours(lines: list[Line], position: int) -> tuple[Line | None, Line | None]:
    """The lines holding text just before and just after `lines[position]`."""
    return _previous_text_line(lines, position), _next_text_line(lines, position + 1)


def minutes_end(lines: list[Line]) -> int:
    """Index of the first line after the minutes (an appendix heading or "Meeting concluded")."""
    seen_item = False
    top_level: int | None = None
    for index, line in enumerate(lines):
        text = clean_text(line.text)
        if not text:
            continue
        if seen_item and _MINUTES_END.match(text):
            return index + 1
        level = line.heading
        if line.is_heading and level is not None:
            outranks = top_level is not None and level < top_level and not _NUMBERED.match(text)
            if seen_item and (_APPENDIX.match(text) or outranks):
                return index
            top_level = level if top_level is None else min(top_level, level)
        if not seen_item and (
            _NUMBERED.match(text) or _NUMBERED_TIGHT.match(text) or _ROW_MARKER.search(text) or _MINUTES_LABEL.match(text)
        ):
            seen_item = True
    return len(lines)


def _find_table_items(lines: list[Line]) -> list[tuple[AgendaItem, list[Line] | None]]:
    """Items of a ModernGov "No. | Item" table: each row begins with its title."""
    header = next((i for i, line in enumerate(lines) if _is_item_table_header(line, lines, i)), None)
    if header is not None and lines[header].cells is None and clean_text(lines[header].text) != "No. | Item":
        # A header read as two lines ends at its "Item" line.
        following = _next_text_line(lines, header + 1)
        if following is not None and clean_text(following.text) == "Item":
            header = lines.index(following, header)
    if header is None:
        # A web page flattened to lines may lose the header but keeps a "Minutes:" label per row.
        labels = sum(1 for line in lines if _MINUTES_LABEL.match(clean_text(line.text)))
        if labels < MIN_MINUTES_LABELS:
            return []
        header = -1
    found: list[tuple[AgendaItem, list[Line] | None]] = []
    private = False
    for position in range(header + 1, len(lines)):
        line = lines[position]
        raw = "\n".join(c for c in line.cells if c.strip()) if line.cells else line.text
        text = clean_text(raw)
        if _PRIVATE.match(text) and len(text.split()) <= 4:
            private = True
            continue
        if _MINUTES_LABEL.match(text) and not _is_minutes_title(lines, position, header):
            # A flattened row: title and document links on lines of their own, then "Minutes:".
            row = _flattened_row(lines, position, header)
            if row is not None:
                first, title = row
                row_number, _, title = title.rpartition("\t")
                evidence = Evidence(page=first.page, line_start=first.number, line_end=line.number)
                found.append((AgendaItem(number=row_number or None, title=title, private=private, evidence=evidence), []))
            continue
        following = _next_text_line(lines, position + 1)
        if following is not None and _MINUTES_LABEL.match(clean_text(following.text)) and not _is_minutes_title(
            lines, lines.index(following, position), header
        ):
            continue  # the title line of a flattened row, read at its "Minutes:" label
        marker = _ROW_MARKER.search(text)
        if marker is None or not _ROW_CONTENT.search(text) or len(text[: marker.start()].split()) > MAX_ROW_TITLE_WORDS:
            continue  # a row on one line carries its "Minutes:" with it; other links are read at the label
        number = None
        head = text[: marker.start()].strip()
        numbered = re.match(r"^(\d{1,3}(?:\.\d{1,2})?)\.?\s+(.+)$", head)
        if line.cells and numbered and re.fullmatch(r"\d{1,3}\.?", next(c for c in line.cells if c).strip()):
            number, head = numbered.group(1), numbered.group(2)
        first = line
        wrapped = _wrapped_title_start(lines, position, header)
        if wrapped is not None:
            # A title wrapped from the line before, as a printed page breaks it.
            first = wrapped
            head = f"{clean_text(wrapped.text)} {head}"
        title = _row_title(head)
        if not title:
            continue
        # A web page keeps each paragraph of a row on its own line inside the cell.
        content = _ROW_CONTENT.search(raw)
        rest = raw[content.end():] if content else ""
        parts = [_ROW_END.sub("", part).strip() for part in rest.split("\n")]
        first_lines = [replace(line, text=part, cells=None, table=None) for part in parts if part]
        evidence = Evidence(page=first.page, line_start=first.number, line_end=line.number)
        found.append((AgendaItem(number=number, title=title, private=private, evidence=evidence), first_lines))
    return found


def _grid_columns(line: Line) -> dict[str, int] | None:
    """Column positions of an "Item | Discussion | Action" header row, or None when `line` is not one."""
    if line.cells is None:
        return None
    columns: dict[str, int] = {}
    for position, cell in enumerate(line.cells):
        text = clean_text(cell).lower().strip(" .:")
        squeezed = text.replace(" ", "")  # a PDF may break a heading word: "Discussi on"
        for kind, pattern in _GRID_HEADERS.items():
            if kind not in columns and (pattern.match(text) or pattern.match(squeezed)):
                columns[kind] = position
                break
    if "action" in columns:
        # "Item | Discussion | Action | Who": a column naming who acts after the tasks' own column.
        owner = next((position for position, cell in enumerate(line.cells)
                      if position > columns["action"] and load_column_headers().heads("owner", clean_text(cell))), None)
        if owner is not None:
            columns["owner"] = owner
    return columns if "item" in columns and "notes" in columns else None


def _line_text_before(match: re.Match[str]) -> str:
    """The text of a match's line before it."""
    return match.string[: match.start()]


def _find_flattened_items(lines: list[Line]) -> list[tuple[AgendaItem, list[Line] | None]]:
    """Items of text whose line breaks were lost, where agenda numbers run inline and rise one by one.

    A converter that keeps no line breaks leaves a page as one long line:
    "… ADOPTED 39 Request of … (Report) ADOPTED 40 …".
    Only a chain of at least `MIN_FLAT_RUN` numbers each one or two above the
    one before counts, and only when most of them stand inside lines (not at
    a line's start, where ordinary numbered headings are read): sums, dates,
    page numbers ("2 of 18") and ordinance numbers do not rise so.
    Each item's title runs to its first bracket or wide gap; the text after it
    is the item's first minutes line.
    """
    candidates: list[tuple[int, int, re.Match[str]]] = []
    for position, line in enumerate(lines):
        if line.cells is not None:
            continue
        for match in _FLAT_NUMBER.finditer(line.text):
            candidates.append((position, int(match.group("number")), match))
    # The longest chain, skipping stray numbers between its links ("Seat No. 3", a page's "3 of 9").
    length = [1] * len(candidates)
    before: list[int | None] = [None] * len(candidates)
    for i, (_, number, _) in enumerate(candidates):
        for j in range(max(0, i - FLAT_LOOKBACK), i):
            if 0 < number - candidates[j][1] <= 2 and length[j] + 1 > length[i]:
                length[i], before[i] = length[j] + 1, j
    best: list[tuple[int, int, re.Match[str]]] = []
    link = max(range(len(candidates)), key=lambda i: length[i], default=None)
    while link is not None:
        best.insert(0, candidates[link])
        link = before[link]
    inline = sum(1 for _, _, match in best if _line_text_before(match).strip(" *"))
    if len(best) < MIN_FLAT_RUN or inline < FLAT_INLINE_SHARE * len(best):
        return []
    found: list[tuple[AgendaItem, list[Line] | None]] = []
    for index, (position, _, match) in enumerate(best):
        line = lines[position]
        stop = best[index + 1][2].start() if index + 1 < len(best) and best[index + 1][0] == position else len(line.text)
        piece = clean_text(line.text[match.end("number") : stop]).lstrip("*. ")
        title = _FLAT_TITLE_END.split(piece, maxsplit=1)[0].strip()
        words = title.split()
        if len(words) > MAX_ROW_TITLE_WORDS:
            title = " ".join(words[:MAX_ROW_TITLE_WORDS])
        rest = piece[len(title):].strip()
        first = [replace(line, text=rest)] if rest else None
        found.append((_make_item(match.group("number"), title, False, line, line), first))
    return found


def _action_log_rows(lines: list[Line]) -> set[int]:
    """The ids of the rows under an action log's header ("Minute | Action | Owner | Due | Status"): its rows cite the
    minutes that gave each task ("33/11"), which number no item of this meeting. Minutes kept as a table ("Item |
    Discussion | Action | Owner") have a column of what was said after the first, and are no log."""
    headers = load_column_headers()
    rows: set[int] = set()
    in_log = False
    for line in lines:
        if line.cells is None:
            in_log = False
            continue
        if (headers.column("owner", line.cells) is not None and headers.column("action", line.cells) is not None
                and not any(headers.heads("text", cell) for cell in line.cells[1:])):
            in_log = True
        elif in_log:
            rows.add(id(line))
    return rows


def _find_numbered_rows(lines: list[Line]) -> list[tuple[AgendaItem, list[Line] | None]]:
    """Items of minutes kept in a table with a number column: "1." | "Welcome and Apologies\nApologies …" | "Action".

    The first line of the cell after the number is the title, the rest its
    minutes; numbered lines restarting at 1 inside the cell ("1. Finance")
    are sub-items ("4.1"). A row with an empty number cell carries on the
    item above (a page break cut it).
    """
    logged = _action_log_rows(lines)
    numbered = [
        (line, match) for line in lines
        if line.cells is not None and (match := _row_number(line)) is not None
        and not (id(line) in logged and not match[0].isdigit())
    ]
    numbers = _row_serials([match[0] for _, match in numbered])
    steps = [later - earlier for earlier, later in zip(numbers, numbers[1:])]
    if len(numbered) < MIN_NUMBERED_ROWS or sum(step == 1 for step in steps) < NUMBERED_ROW_STEP_SHARE * len(steps):
        return []
    first_row = numbered[0][0]
    found: list[tuple[AgendaItem, list[Line] | None]] = []
    parent: str | None = None
    next_sub = 1
    for line in lines:
        if line.cells is None or line.number < first_row.number:
            continue
        own = _row_number(line)
        if own is not None:
            number, position = own
            texts = [cell for cell in line.cells[position + 1 :] if cell.strip()]
            parts = texts[0].split("\n") if texts else []
            title = clean_text(parts[0]).rstrip(":").strip() if parts else ""
            labelled = _ROW_ITEM_LABEL.match(clean_text(line.cells[position].replace("\n", " ")))
            outcome = ""
            if labelled is not None:
                # "Item 4: Letter to the licensing authority" | comments | "Passed Unanimously": the item cell holds
                # the number and the title, the later cells the row's minutes and its outcome.
                # The motion and its outcome make one line, as "… Mill Row. Passed Unanimously" reads.
                title = labelled.group("title").strip()
                outcome = _row_cell_text(texts[-1]) if texts and is_outcome_cell(texts[-1]) else ""
                others = [cell for cell in (texts[:-1] if outcome else texts) if re.search(r"\w", cell)]
                parts = ["", *[part for cell in others for part in _row_cell_text(cell).split("\n")]]
                texts = []
            if not re.search(r"[A-Za-z]{3}", title):
                continue  # no title ("P a g e" of a footer, a figure)
            dotted = _DOTTED_RUN_IN.match(title) if labelled is None else None
            if (
                dotted is not None
                and _is_run_in_title(dotted.group("title"))
                and not re.match(rf"^(?:{_NAME_TITLES}|The|A|An|This|There|No|All)\b", dotted.group("title"))
            ):
                # "Planning. CS reported one planning item …": the row's title ends at its full stop.
                title, parts = dotted.group("title").strip(), [dotted.group("rest"), *parts[1:]]
            parent, next_sub = number, 1
            target: list[Line] = []
            found.append((_make_item(number, title, False, line, line), target))
            if labelled is not None and outcome:
                # The row's motion (its title) and its outcome, kept as two cells, last among its lines: the
                # resolutions reader reads the result cell as the decision taken on the item's motion.
                motion = f"{title} {outcome}"
                target.append(replace(line, text=motion, cells=(title, outcome), table=line.table))
            rest = parts[1:]
            # The row's other cells ("Action": owner initials) follow its minutes.
            rest += [part for cell in texts[1:] for part in re.split(r"\n|;\s*", cell)]
        elif found and parent is not None and not line.cells[0].strip():
            rest = [part for cell in line.cells if cell.strip() for part in cell.split("\n")]
            if not any(_sub_item_title(part, next_sub) for part in rest):
                continue  # a row carrying on the item above: its text follows that item's heading
            previous = found[-1][1]
            target = previous if previous is not None else []
        else:
            continue
        for part in rest:
            sub_title = _sub_item_title(part, next_sub)
            if sub_title is not None:
                target = []
                found.append((_make_item(f"{parent}.{next_sub}", sub_title, False, line, line), target))
                next_sub += 1
            elif part.strip():
                target.append(replace(line, text=part.strip(), cells=None, table=None))
    return found


MIN_HEADING_ROWS = 3
"""Rows whose heading cell carries an agenda heading's words that make a document's tables its minutes."""
MAX_HEADING_CELL_WORDS = 10
"""Words a heading cell may hold ("Adoption of Agenda and Minutes"); a longer cell is text."""
MIN_MINUTE_CELL_WORDS = 4
"""Words the minute cell beside a heading cell holds at the least."""
_HEADING_CELL_END = re.compile(r"[.;,!?]$")
_SENTENCE_IN_CELL = re.compile(r"[a-z)][.!?](?:\s|$)")


def _find_heading_rows(lines: list[Line]) -> list[tuple[AgendaItem, list[Line] | None]]:
    """Items of minutes kept as a table of heading cell and minute cell: "District Manager Report | Mr. Lee reported …".

    A row counts when its first cell is a short heading carrying an agenda heading's words (`agenda_words`: "Report",
    "Minutes", "Public Session", "Adjournment") and a later cell holds the minute, or when it opens its table with the
    heading alone (a section's title row). A row holding only a heading cell after a heading ending mid-phrase
    ("Adoption of Agenda and" / "Minutes") is the rest of that heading, as a printed page wraps a narrow cell. Rows
    whose heading names a speaker ("Council Speaker", "Jo Bloggs") carry no agenda words and stay in the item above.
    The heading may also be run in at the head of the minute's own cell ("Treasurer's Report: Balance given …" |
    "Action"), its numbered points under it sub-items (see `_run_in_rows`).
    Only a document with at least `MIN_HEADING_ROWS` such rows is read so.
    """
    run_in = _run_in_rows(lines)
    found: list[tuple[AgendaItem, list[Line] | None]] = []
    previous: Line | None = None
    written = 0
    for line in lines:
        cells = line.cells
        if id(line) in run_in:
            previous = line if cells is not None else None
            found.extend(run_in[id(line)])
            written += cells is not None
            continue
        if cells is None:
            previous = None
            continue
        if not any(re.search(r"\w", cell) for cell in cells):
            continue  # an empty header row or a rule over the table: the next row still opens it
        label = " ".join(cells[0].split()).rstrip(":").strip()
        rest = [cell for cell in cells[1:] if cell.strip()]
        first_row = previous is None or previous.table != line.table
        previous = line
        if not label or len(label.split()) > MAX_HEADING_CELL_WORDS or _HEADING_CELL_END.search(label):
            continue
        above = found[-1][0].evidence if found else None
        if not rest and above is not None and _JOINING_END.search(found[-1][0].title) and above.line_end == line.number - 1:
            item, own = found[-1]
            found[-1] = (replace(item, title=f"{item.title} {label}", evidence=replace(above, line_end=line.number)), own)
            continue
        if not label[:1].isupper() or not agenda_words().search(label) or _ROW_ITEM_LABEL.match(label):
            continue
        text = "\n".join(rest)
        if rest and len(text.split()) < MIN_MINUTE_CELL_WORDS:
            continue
        if not rest and not first_row:
            continue
        own = [replace(line, text=part.strip(), cells=None, table=None) for part in text.split("\n") if part.strip()]
        found.append((_make_item(None, label, False, line, line), own))
        written += bool(_SENTENCE_IN_CELL.search(text))
    # Minutes are written in sentences; a schedule of payments or a list of applications beside its labels is not.
    return found if len(found) >= MIN_HEADING_ROWS and written >= MIN_HEADING_ROWS else []


# A heading run in at the head of a table cell, closed by a colon ("Police Matters : Non attendance …",
# "Planning:" over its list), or by a semicolon when the heading ends the cell's first line ("Correspondence;").
_CELL_RUN_IN = re.compile(r"^(?P<title>[A-Z][A-Za-z'’&/ .-]{1,60}?)\s*(?::\s*(?P<rest>.*)|;\s*$)")
_NOT_BUSINESS: tuple[SectionName, ...] = ("attendance", "absent", "apologies")
"""Labels of the heading block: who came and who sent apologies, never an item in minutes kept in run-in labels."""
# A numbered point inside a cell ("1. Outline given of …"), its number as printed.
_CELL_POINT = re.compile(r"^(?P<number>\d{1,2})\.\s+(?P<text>[A-Z0-9].*)$")
# Where a point's title ends: a sentence's stop, or a comma or stop set apart ("Christmas Lights , payment made …").
_POINT_TITLE_END = re.compile(r"\s+[.,;]\s*|[.;](?:\s+|$)|,\s+(?=[a-z])")


def _run_in_rows(lines: list[Line]) -> dict[int, list[tuple[AgendaItem, list[Line] | None]]]:
    """Items of table rows whose first cell opens with a run-in heading, by the row's `id`, when the minutes are kept so.

    "Treasurer's Report: Detailed report given …" | "" (an action column), "Planning:" then "1. Application for …",
    "2. …" in the same cell: the heading is the item, the points numbered from 1 under it its sub-items, numbered as
    printed under an unnumbered heading; a row opening with the next point's number carries the points of the row
    above on (a page broke it). Only when at least `MIN_HEADING_ROWS` such headings carry an agenda heading's words
    (`agenda_words`); others ("Police Matters:") then count too when they read as a label (`_run_in_label_kind`).
    Attendance labels ("Present:", "Visitors:") never count; nor does a list of payments (a sum in a point).
    """
    rows: dict[int, list[tuple[AgendaItem, list[Line] | None]]] = {}
    worded = 0
    expected: int | None = None
    """The number the next point under the last run-in heading would take."""
    for line in lines:
        cells = line.cells
        source = cells[0] if cells is not None else line.text
        parts = [clean_text(part) for part in source.split("\n") if clean_text(part)]
        if not parts:
            continue
        others = [clean_text(part) for cell in (cells or ())[1:] for part in cell.split("\n") if clean_text(part)]
        head = _CELL_RUN_IN.match(parts[0])
        if head is None and line.is_heading and cells is None and meeting_part_line("words").match(parts[0]):
            head = _CELL_RUN_IN.match(parts[0].rstrip(".") + ":")  # "A.O.C.B." alone as a heading
        title = head.group("title").strip() if head is not None else ""
        text = (head.group("rest") or "").strip() if head is not None else ""
        point = _CELL_POINT.match(parts[0])
        if expected is not None and point is not None and int(point.group("number")) == expected:
            entries: list[tuple[AgendaItem, list[Line] | None]] = []
            expected = _take_points(line, parts, expected, entries)
            rows[id(line)] = entries
            continue
        if cells is None and head is None:
            continue  # a line carrying a point's words on
        expected = None
        kind = _run_in_label_kind(title, text) if head is not None else None
        if kind is None or len(title.split()) > MAX_LABEL_RUN_IN_WORDS:
            continue
        if _SPEAKER_OPENING.match(title + " ") or match_label(title + ":", sections=_NOT_BUSINESS) is not None:
            continue  # "Chair: Ann Lee", "Present:", "Apologies:": the attendance block, not the business
        named = bool(agenda_words().search(title))
        if not named and (cells is None or kind != 1):
            continue  # a line's label counts only when it names business ("Matters arising:"), never "Visitor:"
        worded += named and cells is not None
        own = [replace(line, text=part, cells=None, table=None) for part in [text, *parts[1:], *others] if part]
        entries = [(_make_item(None, title, False, line, line), own)]
        expected = _take_points(line, [text, *parts[1:]], 1, entries)
        rows[id(line)] = entries
    return rows if worded >= MIN_HEADING_ROWS else {}


def _take_points(
    line: Line, parts: list[str], expected: int, entries: list[tuple[AgendaItem, list[Line] | None]]
) -> int:
    """Add to `entries` the points numbered on from `expected` among a cell's `parts`, each a sub-item of the
    unnumbered run-in heading above, numbered as printed; the next number a point would take. A list carrying a sum is
    a schedule of payments: no sub-items."""
    points = [(match.group("number"), match.group("text")) for part in parts if (match := _CELL_POINT.match(part))]
    if any(SUM.search(text) for _, text in points):
        return expected
    for number, text in points:
        if int(number) != expected:
            continue
        title = _POINT_TITLE_END.split(text, maxsplit=1)[0].strip()
        title = " ".join(title.split()[:MAX_TITLE_WORDS])
        if not re.search(r"[A-Za-z]{3}", title):
            continue
        entries.append((_make_item(number, title, False, line, line), [replace(line, text=text, cells=None, table=None)]))
        expected += 1
    return expected


def _with_heading_rows(
    rows: list[tuple[AgendaItem, list[Line] | None]], headed: list[tuple[AgendaItem, list[Line] | None]]
) -> list[tuple[AgendaItem, list[Line] | None]]:
    """Rows read as items with the heading rows of other lines, in document order."""
    if not headed:
        return rows
    taken = {item.evidence.line_start for item, _ in rows if item.evidence is not None}
    merged = rows + [entry for entry in headed if entry[0].evidence is not None and entry[0].evidence.line_start not in taken]
    return sorted(merged, key=lambda entry: entry[0].evidence.line_start if entry[0].evidence else 0)


def _sub_item_title(part: str, expected: int) -> str | None:
    """The title of a numbered sub-item line inside a cell ("1. Finance and Audit") when it is number `expected`."""
    match = re.match(r"^(\d{1,2})\.\s+(\S.{2,80})$", clean_text(part))
    if match is None or int(match.group(1)) != expected or not _is_sub_title(match.group(2)):
        return None
    return match.group(2)


# A minute number alone in a row's first cell, the title in the next: "31/24", "145/31", "PC31/07", "268/30/31",
# "13.31/32" (serial, then the meeting's or the year's figures), "31/044", "31.44" (the year's figures, then the
# serial), "1012." (a serial running on from meeting to meeting). A date ("31/03/2031"), a year ("2031.") or a
# planning application's reference ("24/01234/FUL") is no minute number.
_ROW_MINUTE_NUMBER = re.compile(
    rf"(?P<number>{MINUTE_NUMBER}(?![\w/])|\d{{1,3}}\.\d{{2}}/\d{{2}}(?![\w/])|\d{{2}}\.\d{{2,3}}"
    r"|(?!19\d\d|20\d\d)\d{4}(?=\.))\.?"
)


def _row_serials(numbers: list[str]) -> list[int]:
    """The figures of rows' minute numbers that rise from row to row: the first run of digits ("31" of "31/24", of
    "PC31/07"), or the last where the first stays the same ("044" of "31/044", "44" of "31.44"). Dotted numbers are a
    year's minutes only when every one has the same year."""
    years = {number.split(".")[0] for number in numbers if re.fullmatch(r"\d{2}\.\d{2,3}", number)}
    if len(years) > 1:
        return [0] * len(numbers)  # "10.00", "11.00", "12.30": times or sums down a column, no year's minutes
    first = [int(re.findall(r"\d+", number)[0]) for number in numbers]
    last = [int(re.findall(r"\d+", number)[-1]) for number in numbers]
    rises = sum(b - a == 1 for a, b in zip(first, first[1:]))
    return last if sum(b - a == 1 for a, b in zip(last, last[1:])) > rises else first


def _row_number(line: Line) -> tuple[str, int] | None:
    """(number, cell position) when a table row's first filled cell is only an item number ("4.", "10"), or an
    item label with its title ("Item 4: Letter to …", "Agenda Item 4 – Budget") beside another filled cell."""
    cells = line.cells or ()
    for position, cell in enumerate(cells):
        text = cell.strip()
        if not text:
            continue
        match = re.fullmatch(r"(\d{1,3})\.?", text)
        if match:
            return match.group(1), position
        minute = _ROW_MINUTE_NUMBER.fullmatch(text)
        if minute and len(cells) > position + 1:
            return minute.group("number"), position
        labelled = _ROW_ITEM_LABEL.match(clean_text(text.replace("\n", " ")))
        if labelled and len(cells) > position + 1:
            return labelled.group("number"), position
        return None
    return None


def _row_cell_text(cell: str) -> str:
    """A later cell of a labelled row as one line of the row's minutes: a short cell broken over lines by its
    column's width ("Passed\nUnanimously") is one phrase; a cell of paragraphs keeps its breaks."""
    parts = [part.strip() for part in cell.split("\n") if part.strip()]
    if len(" ".join(parts).split()) <= MAX_ROW_PHRASE_WORDS:
        return " ".join(parts)
    return "\n".join(parts)


def _is_sub_title(text: str) -> bool:
    """True for the title of a numbered sub-item inside a cell: short, capitalised, not a sentence."""
    return (
        len(text.split()) <= MAX_SUB_TITLE_WORDS
        and text[:1].isupper()
        and not text.endswith((".", ";", ",", ":"))
        and not _SENTENCE_VERB.search(text)
    )


def _find_grid_items(lines: list[Line]) -> list[tuple[AgendaItem, list[Line] | None]]:
    """Items of notes kept as a grid: one row per item, with its discussion and actions in later cells."""
    header = next((i for i, line in enumerate(lines) if _grid_columns(line) is not None), None)
    if header is None:
        return []
    columns = _grid_columns(lines[header]) or {}
    found: list[tuple[AgendaItem, list[Line] | None]] = []
    for line in lines[header + 1:]:
        if line.is_blank:
            continue
        if line.cells is None:
            break  # the grid has ended
        cells = list(line.cells)

        def cell(kind: str, cells: list[str] = cells) -> str:
            position = columns.get(kind)
            return clean_text(cells[position]) if position is not None and position < len(cells) else ""

        notes = cell("notes")
        # With an owner column, each task a paragraph of its own, so the bracket after it closes it ("Thank the
        # volunteers (FL)").
        gap = ("",) if "owner" in columns else ()
        tasks = [part for task in _grid_tasks(cells, columns) for part in (*gap, task)]
        content_lines = [replace(line, text=part, cells=None, table=None) for part in ([notes] if notes else []) + tasks]
        title = cell("item")
        number = cell("number") or None
        numbered = re.match(r"^(\d{1,3}(?:\.\d{1,2})?)\.?\s+(\S.*)$", title)
        if numbered and number is None:
            number, title = numbered.group(1), numbered.group(2)
        elif number is None and re.fullmatch(r"\d{1,3}(?:\.\d{1,2})?[a-z]?\.?", title):
            # "3 | Bike shelter: the quote …": the item cell holds only the number; the notes open with the title
            # (or, with no stop soon enough, their first words).
            stop = _title_stop(notes)
            words = (notes[: stop.start()] if stop is not None else notes).split()
            number, title = title, " ".join(words[:MAX_STOPPED_TITLE_WORDS]) or notes
        if not title and found:
            previous = found[-1][1]
            if previous is not None:
                previous.extend(content_lines)  # a row continuing the item above
            continue
        if not title:
            continue
        evidence = Evidence(page=line.page, line_start=line.number, line_end=line.number)
        found.append((AgendaItem(number=number.rstrip(".") if number else None, title=title, evidence=evidence), content_lines))
    return found


def _grid_tasks(cells: list[str], columns: dict[str, int]) -> list[str]:
    """A grid row's tasks, one per line or ";" of its action cell, each with who acts in a bracket after it as minutes
    write it ("Chase the quote (FL)"), from the owner column beside them: one owner each where the owners are as many
    as the tasks, else all of them after the last task ("RB / JH" as "(RB/JH)")."""
    def raw(kind: str) -> list[str]:
        position = columns.get(kind)
        cell = cells[position] if position is not None and position < len(cells) else ""
        return [text for part in re.split(r";|\n", cell) if (text := clean_text(part))]

    tasks, owners = raw("action"), [re.sub(r"\s*([/&])\s*", r"\1", owner) for owner in raw("owner")]
    if not tasks or not owners:
        return tasks
    if len(owners) == len(tasks):
        return [f"{task.rstrip('.')} ({owner})" for task, owner in zip(tasks, owners)]
    return [*tasks[:-1], f"{tasks[-1].rstrip('.')} ({'/'.join(owners)})"]


def _flattened_row(lines: list[Line], position: int, header: int) -> tuple[Line, str] | None:
    """(first line, title) of the row whose "Minutes:" label is at `position`.

    Walking back from the label over document links ("Report PDF 82 KB") and
    an "Additional documents:" label, the title is the first link, or the
    plain line before the links.
    """
    numbered = _numbered_row_start(lines, position, header)
    if numbered is not None:
        return numbered
    taken: list[Line] = []
    index = position - 1
    while index > header:
        line = lines[index]
        text = clean_text(line.text)
        index -= 1
        if not text:
            continue
        if _ADDITIONAL_LABEL.match(text) or _DOCUMENT_LINK.search(text):
            taken.append(line)
            continue
        if taken and not _ADDITIONAL_LABEL.match(clean_text(taken[-1].text)):
            break  # the links began the row; this line ends the row before
        title_line = line
        previous = _next_text_line_before(lines, index, header)
        if text.endswith(".") and previous is not None and _is_short_title(clean_text(previous.text)):
            title_line = previous  # a title line, then a sentence describing the item
        return title_line, _row_title(_before_row_marker(clean_text(title_line.text)))
    if taken:
        first = taken[-1]
        return first, _row_title(_before_row_marker(clean_text(first.text)))
    return None


# The item number of a flattened ModernGov row, alone on its line above the title: "1.", "12.", "HMD.41.31" (a
# district's prefix, the item's serial and the year), "KMD.7.31".
_BARE_ROW_NUMBER = re.compile(r"^(?P<number>(?-i:[A-Z]{2,5})\.\d{1,4}\.\d{2}|\d{1,3}(?:\.\d{1,2})?[a-z]?)\.?$")


def _is_minutes_title(lines: list[Line], position: int, header: int) -> bool:
    """True when the "Minutes" line at `position` is a row's title, not its label: no colon, and right under the
    row's number alone on its line ("12." / "Minutes" / "(a) To confirm the notes …" / "Minutes:")."""
    text = clean_text(lines[position].text)
    if ":" in text:
        return False
    before = _next_text_line_before(lines, position - 1, header)
    return before is not None and _BARE_ROW_NUMBER.match(clean_text(before.text)) is not None


def _numbered_row_start(lines: list[Line], position: int, header: int) -> tuple[Line, str] | None:
    """(number line, "number\ttitle") of the flattened row whose "Minutes:" label is at `position` when the row
    opens with its number alone on a line and the title on the next: "1." / "Apologies for Absence." / (a
    description, links) / "Minutes:". The walk back stops at the row before's "Minutes:" label."""
    for index in range(position - 1, header, -1):
        text = clean_text(lines[index].text)
        if index < position - 1 and _MINUTES_LABEL.match(text) and not _is_minutes_title(lines, index, header):
            return None
        number = _BARE_ROW_NUMBER.match(text)
        if number is None:
            continue
        title_line = _next_text_line(lines, index + 1)
        if title_line is None or lines.index(title_line, index) >= position:
            return None
        title = _row_title(_before_row_marker(clean_text(title_line.text)))
        if not title or not title[0].isupper() or len(title.split()) > MAX_ROW_TITLE_WORDS:
            return None
        return lines[index], f"{number.group('number')}\t{title}"
    return None


def _before_row_marker(text: str) -> str:
    """`text` up to its first "PDF 82 KB" / "Additional documents:" / "Minutes:" marker."""
    marker = _ROW_MARKER.search(f" {text}")
    return (text[: marker.start()] if marker else text).strip()


def _next_text_line_before(lines: list[Line], index: int, header: int) -> Line | None:
    for position in range(index, header, -1):
        if lines[position].text.strip():
            return lines[position]
    return None


def _is_short_title(text: str) -> bool:
    return bool(text) and len(text.split()) <= MAX_TITLE_WORDS and text[-1] not in ".!?:;|" and not _ROW_MARKER.search(f" {text}")


def _wrapped_title_start(lines: list[Line], position: int, header: int) -> Line | None:
    """The line before a row start when it is the first part of the row's title, else None.

    A row's content ends a sentence ("… be noted.") or the row ("… |"); a line
    stopping mid-phrase right before a row marker is the title's first half.
    """
    if position - 1 <= header:
        return None
    previous = lines[position - 1]
    text = clean_text(previous.text)
    if not text or previous.is_heading or (previous.cells is not None and len([c for c in previous.cells if c]) > 1):
        return None
    if _ROW_MARKER.search(text) or _LIST_MARKER.match(text) or _PARAGRAPH_OPENER.match(text):
        return None
    if text[-1] in ".!?:;|)\"'’”":
        return None
    return previous


def _is_item_table_header(line: Line, lines: list[Line], position: int) -> bool:
    cells = [clean_text(c).lower() for c in (line.cells or ()) if c.strip()]
    if cells[:2] == ["no.", "item"] or cells[:2] == ["no", "item"]:
        return True
    text = clean_text(line.text)
    if re.match(r"^No\.?\s*\|\s*Item\b", text):
        return True
    # The header cells read as two lines: "No." then "Item".
    if not re.fullmatch(r"No\.?", text):
        return False
    following = _next_text_line(lines, position + 1)
    return following is not None and clean_text(following.text) == "Item"


def _row_title(head: str) -> str:
    """The item title from the text before a row's first marker, without a descriptive sentence."""
    head = _AGENDA_REF.sub("", head).strip()
    if head.endswith("."):
        parts = _SENTENCE_OPENER.split(head, maxsplit=1)
        head = parts[0].strip()
    if head.endswith(".") and not re.search(r"[.!?]\s", head) and not re.search(r"\b[A-Za-z]\.$", head):
        head = head[:-1]  # "Apologies for Absence.": a row's title with its stop
    return head


def _row_prose(line: Line) -> list[Line]:
    """A table row read as prose: a line per paragraph of its minutes (its longest cell), in order ("6(c) Speeding
    … by the Clerk" / "MC": an owner moved under its minute stays a line of its own), or the row's line as it is.
    Breaks in its other cells (a column of owners and statuses) are spaces, as the row's line has them."""
    if line.cells is None or "\n" not in max(line.cells, key=len):
        return [replace(line, cells=None, table=None)]
    text = max(line.cells, key=len)
    cells = [cell if cell is text else cell.replace("\n", " ") for cell in line.cells]
    parts = " ".join(cell for cell in cells if cell).split("\n")
    return [replace(line, text=part.strip(), cells=None, table=None) for part in parts if part.strip()]


def _strip_row_end(line: Line) -> Line:
    if line.cells is None and _ROW_END.search(line.text):
        return replace(line, text=_ROW_END.sub("", line.text))
    return line
