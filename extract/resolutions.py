"""Resolutions: the decisions recorded under each agenda item.

Decisions open with a small set of phrasings ("RESOLVED that …", "It was
agreed that …", "Members noted the report.", "The minutes … were agreed").
Those openers are spaCy Matcher patterns kept in
`data/resolution_patterns.json` and matched at the first token of each
sentence. A lead-in ending in a colon ("The Partnership agreed to:") followed
by a lettered or numbered list gives one resolution per list entry.

Councils that vote on motions write the decision as a record that runs from
the motion to its outcome ("X made a motion to … Y seconded the motion. The
motion passed 6-0."; "THAT the minutes be adopted. Carried."): such a record
is read across the section's paragraphs, from the sentence that moves the
motion to the sentence that says it carried; a motion that failed is no
decision. A line closed by a disposition tag ("… Credit Balance £50. Noted",
an application's address block then "No Objections") is the decision on that
line.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import Iterator, Sequence

from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc, Span

from ..ingest.document import Line
from ..names import load_title_words, mover_title_pattern
from .column_headers import load_column_headers
from .dates import MONTH_NAMES
from .outcome_lines import outcome_line
from .motion_tables import (
    MOTION_LABEL,
    MotionColumns,
    MotionRow,
    find_motion_tables,
    labelled_motion_below,
    motion_rows,
    read_motion_row,
)
from .items import (
    FIRST_NAME_MOTION,
    MOTION_OPENING,
    ORDINAL_MOTION,
    Section,
    clean_text,
    paragraph_text,
    strip_list_marker,
)
from .numbering import (
    APPLICATION_REF,
    NO_OBJECTION_WORDS,
    PARAGRAPH_NUMBER_LEAD,
    PLANNING_REF,
    PLANNING_RESPONSE,
    is_date_line,
)
from .nlp import (
    HashedAnchors,
    build_matcher,
    hash_anchors,
    has_lexical_patterns,
    may_match_text,
    may_match_words,
    parse_sentences,
    parse_text,
    read_pattern_anchors,
    token_hashes,
)
from .public import public_noun_pattern
from .meeting import STATUS_WORDS
from .records import Evidence, Resolution
from .reported_lists import entries_end, is_own_decision_entry, report_lead_in
from .sections import GLYPH_BULLET, PRIVATE_USE, SYMBOL_BULLETS
from .tally_words import AYE_SIDE, NAY_SIDE, SIDE_LIST_LABEL
from .votes import (
    APPROVED_BY_NAMES,
    ASSENT_OF_ALL,
    BODY_VOTED_BY_ROLL,
    UNANIMOUS,
    VOTED_RECORD,
    VOTED_TALLY,
    NOT_PASSED,
    SIDES_TALLY,
    RUN_IN_TOPIC,
    MOTION_BELOW,
    SECONDED_AND,
    UNMOVED_MOTION,
    MOVER_LABEL,
    SECONDER_LABEL,
    SHORTHAND_MOVERS,
    motion_shorthand,
    shorthand_result,
    closes_motion_above,
    load_vote_words,
    outcome_above_motion,
    outcome_on_motion,
    own_motion_row,
    movers_named,
)

PATTERNS_PATH = Path(__file__).parent / "data" / "resolution_patterns.json"
RESOLVED_LABEL = "RESOLVED"
"""Openers that govern their whole paragraph, not just their sentence."""
PARAGRAPH_LABELS = frozenset({RESOLVED_LABEL})
SENTENCES_KEPT = 4096
"""Sentences whose opener is remembered: a long document's worth, so memory stays bounded."""

_LIST_ENTRY = re.compile(r"^(?:[-•·*]\s+)?(?:\(?[a-z]\)|\(?\d{1,2}\)|\(?[ivx]{1,4}\)|[a-z]\.|\d{1,2}\.(?!\d))\s+")
# "RESOLVED:" or "RESOLVED: That" alone on its line, its decision (or a list of them) below.
# A lead-in whose list gives the reasons or conditions of a single decision, not several decisions.
_ONE_DECISION_LIST = re.compile(r"\b(?:reasons?|conditions?|grounds|terms)\b[^:]{0,40}:$", re.IGNORECASE)
# A lead-in whose numbered paragraphs are the comments of one response ("The Council resolved to make the following
# comments:"): one decision, its text the lead-in, the list left out as a list that a decision introduces is.
_RESPONSE_LIST = re.compile(
    r"\b(?:following\s+(?:comments?|observations?|points?|responses?|objections?|concerns?|remarks?|views?)"
    r"|(?:comments?|observations?|response)\s+(?:as\s+follows|below))\b[^:]{0,40}:$",
    re.IGNORECASE,
)
_BARE_OPENER = re.compile(
    # "RESOLVED to" / "(1) approve …": an opener whose "to" or "that" the list below goes on from.
    r"^(?:and\s+|it\s+was\s+)?(?:RESOLVED|AGREED|DECIDED|DECISIONS?|OUTCOMES?)\s*[:–—-]?(?:\s*(?:that|to)\s*[:–—-]?)?$",
    re.IGNORECASE,
)
# A mover or seconder: one of the titles `names` lists for them, then up to three capitalised words.
_PERSON = rf"{mover_title_pattern()}\s+(?:[A-Z][\w'’-]*\.?\s+){{0,2}}[A-Z][\w'’-]+"
# "Proposed by: Cllr A   Seconded by: Cllr B": a minute's labels, a colon after "by" (or after the verb alone).
_PROPOSER = re.compile(rf"(?:(?P<a>{_PERSON})\s+(?:proposed|moved)|(?:[Pp]roposed|[Mm]oved)(?:\s+by)?\s*:?\s+(?P<b>{_PERSON}))")
_SECONDER = re.compile(rf"(?:(?P<a>{_PERSON})\s+seconded|[Ss]econded(?:\s+by)?\s*:?\s+(?P<b>{_PERSON}))")
# "Proposed Cllr A, seconded Cllr B; carried." under a decision names its mover; so do "Proposed by RW and seconded by
# PP." (members' initials) and "Proposed by Fiona Hale" (a full name without a title).
_VOTE_LINE = re.compile(
    rf"^(?:[Pp]roposed|[Mm]oved)(?:\s+by)?\s*:?\s+(?:{_PERSON}|[A-Z]{{2,4}}\b(?!\s+[A-Z])|[A-Z][a-z][\w'’-]*\s+[A-Z][a-z][\w'’-]+)"
)
# A bullet glyph opening a line: a symbol font's private-use character (PDF bullets), or a common bullet sign.
_GLYPH = re.compile(rf"^[{SYMBOL_BULLETS}{PRIVATE_USE}]+\s*")
_BULLET_GLYPH_LINE = re.compile(rf"^\s*{GLYPH_BULLET}")
# A run-in item number left before the sentence: "9\\. Accounts were …", "• 8.2a It was agreed …".
_RUN_IN_NUMBER = re.compile(r"^(?:[•▪●]\s*)?\d{1,3}(?:\.\d{1,2}[a-z]?)?\\?\.?\s+(?=[A-Z])")
_INLINE_BULLET = re.compile(r"\s+[•▪●]\s+")
# A mover's record whose last words are its outcome, the decision's own words below it: "It was proposed by A,
# seconded by B, and RESOLVED", "Proposed by A, seconded by B and agreed:".
_MOVERS_THEN_DECIDED = re.compile(
    r"(?:,|;|\band)\s+(?:it\s+was\s+)?(?:unanimously\s+)?(?P<w>RESOLVED|AGREED|Resolved|Agreed|resolved|agreed)"
    r"(?:\s+unanimously)?\s*[:–—-]?\s*$"
)
# A record that says a motion set out below it was decided: "On the proposal of A, seconded by B, the following Motion
# was agreed.", "The following resolution was unanimously adopted by the Members:" then the motion's own words, quoted
# or opening "That", as the next paragraph. The decision is those words.
_FOLLOWING_MOTION_DECIDED = re.compile(
    r"\bthe\s+following\s+(?:motion|resolution)\s+was\s+(?:unanimously\s+|duly\s+)?"
    r"(?:agreed|adopted|passed|carried|approved)(?:\s+(?:to\s+)?by\s+(?:the\s+)?(?:\w+\s+){0,2}?members)?\s*[.:]?\s*$",
    re.IGNORECASE,
)
_MOTION_WORDS_BELOW = re.compile(r"^[“\"‘']*\s*(?:that|I\s+move|we\s+move|this\s+(?:council|committee|board))\b", re.IGNORECASE)
_LEADING_AND = re.compile(r"^(?:and|it\s+was)\s+", re.IGNORECASE)
# Those outside the council whose silence on a plan is no response of the council's: "… and no comments were made by
# residents", "Neighbours viewed the plans and no objections were raised", "… by members of the public".
_THE_PUBLIC = r"(?:\b(?:(?:members?\s+of\s+)?the\s+public|public|audience)\b|" + public_noun_pattern() + ")"
# A decision in the main clause of a sentence that opens otherwise: "At the outset, on the proposal of A,
# seconded by B, it was agreed to adjourn."; "He offered to help and it was AGREED to invite him."
_MID_DECISION = re.compile(
    # "Owing to time constraints it was agreed that …": an opening phrase of cause or time, with no comma; or of the
    # matter ("Regarding the gate it was agreed …", "With regard to the bench it was resolved …").
    r"^(?:owing|due|following|after|given|having|because|since|subsequently|in\s+view|in\s+light|in\s+response|arising\s+from"
    r"|as\s+a\s+result|in\s+conclusion|accordingly|finally|on\s+this\s+basis|regarding|concerning|as\s+regards"
    r"|with\s+(?:regard|reference|respect)\s+to|in\s+(?:regard|relation|respect)\s+to)\b"
    r"(?:(?!\b(?:said|stated|reported|explained|advised|confirmed|noted|felt|thought|believed|that|although|though"
    r"|whereas|but)\b)[^.;]){0,150}?\s"
    # "In light of this the Committee unanimously RESOLVED to cancel the display.": the body as the subject.
    r"(?:it\s+was|(?:the\s+)?(?:councillors|cllrs|council|members|committee|board|trustees|meeting|group|panel))\s+"
    r"(?:unanimously\s+|also\s+|further\s+|therefore\s+|then\s+)?(?:agreed|resolved|decided)\b"
    r"|(?:[,;]|\band)\s+(?:on\s+the\s+proposal\s+of\b[^.;]*?\bseconded\s+by\b[^.;]*?,\s*|again\s+)?"
    r"it\s+was\s+(?:unanimously\s+|also\s+|further\s+|therefore\s+|then\s+)?(?:agreed|resolved|decided)\b"
    # "… asked for help with costs, it was proposed that the council give £150, agreed unanimously.": the proposal
    # and its assent after it.
    r"|[,;]\s+it\s+was\s+proposed\s+that\b[^.;]*?,\s*(?:agreed|carried|resolved)\b"
    # "… after much deliberation it was resolved to …", "After discussion, the Councillors resolved to …",
    # "Precept - After much discussion it was resolved …": a decision after its discussion, wherever it opens.
    r"|(?:^|[,;:–—-]\s*|\band\s+)(?:after|following)\s+(?:much\s+|some\s+|further\s+|lengthy\s+|brief\s+|careful\s+|full\s+"
    r"|a\s+short\s+|a\s+brief\s+|a\s+full\s+|a\s+lengthy\s+)?(?:discussion|deliberation|debate|consideration)s?,?\s+"
    r"(?:it\s+was|(?:the\s+)?(?:councillors|council|members|committee|board|trustees|directors|commissioners|group|panel|meeting))\s+"
    r"(?:unanimously\s+|also\s+|further\s+|then\s+)?(?:agreed|resolved|decided)\b"
    # "The Precept was discussed and resolved to set it at £2,700.", "The charges were considered and agreed that they
    # rise by £5.": the matter, its discussion, then the decision with its subject left out.
    r"|\b(?:was|were)\s+(?:discussed|considered|reviewed|debated)\s+(?:at\s+length\s+|further\s+)?and\s+"
    r"(?:unanimously\s+)?(?:resolved|agreed|decided)\s+(?:not\s+to|to|that)\b"
    # "… there was no need for more, resolved not to provide more swings.", "… circulated before the meeting, all approved."
    r"|[,;]\s+(?:and\s+)?(?:resolved|decided)\s+(?:not\s+)?to\b|[,;]\s+all\s+(?:approved|agreed)\b"
    # "Need for new committees It was agreed that none is needed.": an item's title run in before the decision, the
    # full stop between them lost; the capital "It" after a lower-case word marks where the decision begins.
    r"|(?-i:[a-z0-9)](?<!\bthat)(?<!\bif)(?<!\bwhether)(?<!\bsaid)\s+It\s+was\s+)(?:unanimously\s+|also\s+|further\s+|therefore\s+|then\s+)?"
    r"(?:agreed|resolved|decided)\s+(?:that|to|not\s+to)\b"
    # "Fourth Item: New Business The new board agreed to meet on 4 May.": the same, the body the subject.
    r"|(?-i:[a-z0-9)](?<!\bthat)(?<!\bif)(?<!\bwhether)(?<!\bsaid)\s+The\s+(?:[A-Z][\w-]*\s+|new\s+){0,2}"
    r"(?i:board|council|committee|commission|members|councillors|trustees|directors|group|panel)\s+)"
    r"(?:unanimously\s+|also\s+|then\s+)?(?:agreed|resolved|decided|approved|voted)\s+(?:to|that|not\s+to|the)\b"
    # "Since he was not present this item was tabled.": a deferral after the reason for it.
    r"|^(?=(?:since|as|because|owing|due|in\s+the\s+absence)\b)(?!(?:\S+\s+){0,12}?(?:said|stated|reported|noted|explained|advised"
    r"|asked|whether|if)\b)[^.;]{3,120}?\s(?:this|the)\s+(?:item|matter|issue|motion)\s+was\s+(?:therefore\s+|then\s+)?"
    r"(?:tabled|deferred|postponed)\b"
    # "The President called for a vote, and Eric's nomination was approved unanimously."
    r"|,\s+and\s+(?:the\s+|(?-i:[A-Z])[\w-]*['’]s\s+)(?:nomination|motion|proposal|appointment|application|request)\s+"
    r"was\s+(?:then\s+|duly\s+|unanimously\s+)?(?:approved|accepted|adopted|carried|passed|agreed)\b"
    r"(?!\s+(?:to|on|over|around|back|for)\b)"
    # "…, donation request, Councillors resolved not to support, …": the body's decision after a comma.
    r"|[,;]\s+(?:the\s+)?(?:councillors|members|committee|board|trustees)\s+(?:unanimously\s+)?(?:resolved|agreed|decided)"
    r"\s+(?:to|that|not)\b"
    # "In accord with the by-laws on filling a vacancy, the Board elected as a member T. Cross."
    r"|[,;]\s+(?:the\s+)?(?:councillors|members|committee|board|trustees)\s+(?:unanimously\s+)?(?:elected|appointed|co-?opted)"
    r"\s+(?:as\s+|to\s+)?(?:(?:a|the)\s+)?(?:\w+\s+){0,3}?(?-i:[A-Z])"
    r"|,\s*on\s+the\s+proposal\s+of\b[^.;]*?\bseconded\s+by\b"
    # "… if it is required, the Councillors have no objection to the players cutting the grass."
    r"|[,;]\s+(?:the\s+)?(?:councillors|council|members|committee|board)\s+(?:had|has|have)\s+no\s+objections?\s+to\b"
    # "Councillors discussed this application and no objections were raised.": the response after its reading. Said of
    # the public it is none ("The plans were shown at the open day and no comments were made by residents"): no public
    # in the clause before the plans, between them and the response, nor after it.
    # (The clause before the plans is read at most 200 characters back, so a long run with no stop is read once.)
    rf"|(?:^|(?<=[.;:,]\s))(?:(?!{_THE_PUBLIC})[^.;,]){{0,200}}?\b(?:applications?|plans|proposals?)\b"
    rf"(?:(?!{_THE_PUBLIC})[^.;]){{0,80}}?\band\s+{NO_OBJECTION_WORDS}\s+(?:were|was)\s+(?:raised|made|offered)\b"
    rf"(?![^.;]{{0,40}}?{_THE_PUBLIC})"
    r"|[,;]\s+it\s+was\s+(?:proposed|moved)\s+by\b.*?\b(?:agreed|resolved|carried)\b"
    # "On motion of A, seconded by B, and carried, the minutes were approved."
    r"|\bseconded\s+by\b[^.;]{0,80}?,\s*and\s+(?:duly\s+|unanimously\s+)?carried(?:\s+unanimously)?,"
    # "… had requested permission to attend the Budget Meeting and this was agreed.", "…, this was agreed by all.": the
    # meeting's assent closing the sentence that puts the matter.
    # Only a request or proposal is so agreed: "Bo suggested the hall was too cold, which was agreed." shares a view.
    r"|^(?=[^.;]*\b(?:requested|request|asked|permission|proposal|proposed|recommended)\b)[^;]*?(?:,|\band)\s+this\s+was\s+"
    rf"(?:then\s+|duly\s+|unanimously\s+)?(?:agreed|approved|accepted)(?:\s+{UNANIMOUS})?\s*[.!]?$"
    # The question put and the meeting's assent in one sentence: "The Chair asked if the council wished to hold a litter
    # pick - everyone was in agreement.", "A proposed moving the bench to the green, all were in agreement." Only a
    # proposal or a question of what to do is so agreed: "Bo suggested the hall was too cold, everyone was in agreement."
    # and "Bo asked if the hall had been too cold, …" share a view.
    r"|^(?=[^.;]*\b(?:proposed|requested|moved\s+(?:that|to)|asked\s+(?:if|whether)\b[^.;]{0,60}?"
    r"\b(?:wish(?:ed|es)?|wanted|should|could|would|was\s+willing|were\s+willing|agreed?\s+to)\b)\b)"
    r"[^;]*?(?:[,;]|\s[–—-])\s*(?:and\s+)?"
    r"(?:everyone|everybody|all(?:\s+present|\s+members|\s+councillors)?)\s+(?:was|were)\s+in\s+agreement\s*[.!]?$"
    # An office filled at the meeting: "One nomination was received and Cllr A was duly elected Chairman.", "M Doyle
    # declared Cllr B elected as Cathaoirleach.", "Cllr C, on receiving the vote of the majority, was declared elected."
    r"|(?:\band|,)\s+(?:(?-i:[A-Z])[\w.'’-]*\s+){1,4}was\s+(?:duly\s+|unanimously\s+)?(?:re-?)?elected\s+(?:as\s+)?(?:the\s+)?"
    r"(?:vice[\s-]|deputy\s+|leas[\s-])?(?:chair\w*|cathaoirleach|mayor|president|secretary|treasurer)\b"
    # An election to another body ("… Mr A was declared elected for the North division.") fills none of its offices.
    r"|(?:\b(?:declared|deemed)\s+(?:(?-i:[A-Z])[\w.'’-]*\s+){1,5}(?:duly\s+)?(?:re-?)?elected\b"
    r"|\bwas\s+declared\s+(?:duly\s+)?(?:re-?)?elected\b)"
    r"(?!\s+(?:as\s+)?(?:the\s+)?(?:councill?or|member)?\s*(?:for|to)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}(?:division|ward|constituency|seat)\b)",
    re.IGNORECASE,
)
# A motion made and seconded with no movers named, before the clause that says what it did.
_MOTION_PREAMBLE = re.compile(
    r"^(?:upon|on)\s+(?:a\s+)?motion\s+(?:duly\s+)?(?:made\s+and\s+)?(?:duly\s+)?seconded"
    r"(?:\s+and\s+(?:unanimously\s+)?carried)?\s*,\s*",
    re.IGNORECASE,
)
# "the Board approved the plan", "the Commission unanimously adopted Resolution 12"
_BODY_DECIDED = re.compile(
    r"^(?:the\s+)?(?:\w+\s+){0,3}?(?:board|council|commission|committee|trustees|members|supervisors|selectmen)\s+"
    r"(?:unanimously\s+)?(?:approved|adopted|accepted|agreed|resolved|authori[sz]ed|awarded|appointed|elected)\b",
    re.IGNORECASE,
)
# The body's vote as the decision: "The Board voted 4-0 to approve the contract.", "Upon a motion by A, seconded by B,
# the Commission voted unanimously to deny the variance." (a vote that lost decides nothing: see `_voted_lost`).
# "It was the consensus of the Board to …", "Consensus was reached to …", "By consensus, the Council agreed …".
_CONSENSUS = re.compile(
    r"^(?:it\s+was\s+the\s+(?:general\s+)?consensus\s+of\s+(?:the\s+)?(?:\w+\s+){1,3}?(?:to|that)\b"
    r"|(?:the\s+|a\s+)?(?:general\s+)?consensus\s+(?:of\s+the\s+\w+\s+)?was\s+(?:reached\s+)?(?:to|that)\b"
    r"|by\s+(?:general\s+)?consensus\b|by\s+(?:unanimous|general)\s+consent\b"
    # "The Board reached consensus to move the meeting to Tuesdays.", "There was general agreement that the website
    # be updated.", "There was consensus to …" (agreement only in part, or with a speaker, is none).
    r"|(?:the\s+)?(?:\w+\s+){0,2}?(?:board|council|commission|committee|members|group|meeting|trustees|directors)\s+"
    r"(?:reached|came\s+to)\s+(?:a\s+)?(?:general\s+)?consensus\s+(?:to|that|on)\b"
    # "All were in agreement that an application should be made.": the meeting's agreement on what is to be done.
    r"|(?:everyone|everybody|all(?:\s+present|\s+members|\s+councillors)?)\s+(?:was|were)\s+in\s+agreement\s+"
    r"(?:to\b|that\b(?=[^.;]*\b(?:be|should|would|will|shall|must)\b))"
    # "… consensus that the road is dangerous" shares an opinion; a decision says what is to be done.
    r"|there\s+was\s+(?:a\s+)?(?:(?:general|unanimous|full)\s+)?(?:agreement|consensus)\s+"
    r"(?:to\b|that\b(?=[^.;]*\b(?:be|should|would|will|shall|must)\b)))",
    re.IGNORECASE,
)
# What qualifies a planning response after it: "… subject to a replacement tree", ", provided that …", "… on the
# grounds of overlooking", "– the site lies outside the village", "but the Council asks …".
_QUALIFIED = (
    r"\s*[,;:]?\s*(?:subject\s+to|provided|providing|but|however|although|on\s+the\s+grounds?|as\s+long\s+as|with\s+the"
    r"|(?:due|owing)\s+to|because)\b|\s+[–—-]\s+\S"
)
# What a planning response is on: the application, its plans or proposal, the development or scheme.
_APPLIED_FOR = r"(?:applications?|plans?|proposals?|proposed\s+development|development|scheme|amendments?)\b"
# A planning response: "The Council had no objection to the application.", "No objections were raised."
_NO_OBJECTION = re.compile(
    # The body's answer to a consultation or application: "The Council had no objection to …", "Members had no comments to
    # make on the application.", "No observations were made by the Council."
    r"^(?:(?:the\s+)?(?:parish\s+|town\s+|community\s+)?(?:council|committee|members|councillors|board)\s+"
    rf"(?:had|has|have|raised|made|offered)\s+{NO_OBJECTION_WORDS}\b"
    # "No objections were raised by the public." is the public's silence, not the council's response.
    rf"|{NO_OBJECTION_WORDS}\s+(?:were|was)\s+(?:raised|made|offered)\b(?![^.;]{{0,40}}?{_THE_PUBLIC})"
    # "There was no objection to the plans from the committee.", "There were no comments on this application." (only
    # on what was applied for: "There were no objections from the floor" is a meeting's mood).
    rf"|there\s+(?:was|were)\s+{NO_OBJECTION_WORDS}\s+(?:(?:from|by)\s+(?:the\s+)?(?!{_THE_PUBLIC})\w+\s+)?"
    rf"(?:to|on|regarding)\s+(?:the|this|these|both|either)\s+(?:\w+\s+)?{_APPLIED_FOR}"
    # The body's own response in the present or past: "The Council object to the application on the grounds of …",
    # "The Parish Council supports this proposal.", "Members objected to the plans." ("The Council objected to the
    # closure of the road" answers no application.)
    rf"|(?:the\s+)?(?:parish\s+|town\s+|community\s+)?(?:council|committee|members|councillors)\s+"
    rf"(?:(?:unanimously|strongly|therefore|would|wish(?:es)?\s+to|do(?:es)?|did)\s+)*(?:{PLANNING_RESPONSE})"
    rf"(?:\s+(?:to\s+)?(?:the|this|these|both)\s+(?:\w+\s+)?{_APPLIED_FOR}|{_QUALIFIED}|\.?$))",
    re.IGNORECASE,
)
# The response standing first in its sentence, maybe after a label, then its qualification or nothing: "No objection
# subject to parking being provided within the site.", "Comments: Object – the site lies outside the village.",
# "Council's response: Support." ("Objections were raised by residents" and "Support for the food bank …" go on as
# sentences do, and are no response.)
_RESPONSE_OPENS = re.compile(
    r"^(?:(?:the\s+)?(?:(?:parish|town|community)\s+)?(?:council|committee|pc)(?:['’]s)?\s+)?"
    r"(?:response|comments?|observations?|decision|recommendation)\s*[:–—-]\s*"
    rf"(?:{PLANNING_RESPONSE})\b(?:{_QUALIFIED}|\.?$)"
    # Unlabelled, only with its qualification (a bare "No comments." may close any item; the disposition tags read
    # a bare response under its application), and not as a count of others' objections ("Objections – 12 letters").
    rf"|^(?!objections\b|objected\b|objects\b)(?:{PLANNING_RESPONSE})\b(?:{_QUALIFIED})",
    re.IGNORECASE,
)
# The body's choice written as a plain past verb: "The board picked the blue design.", "The committee chose Tuesday."
# ("The members picked up litter" is no choice.)
_BODY_CHOSE = re.compile(
    r"^(?:the\s+)?(?:\w+\s+){0,2}?(?:board|committee|council|members|group|trustees|directors|meeting|commission|panel)\s+"
    r"(?:unanimously\s+|then\s+|finally\s+)?(?:picked|chose|selected|opted\s+(?:for|to)|settled\s+on)\b(?!\s+(?:up|out)\b)",
    re.IGNORECASE,
)
# A deferral with its verb left out: "Deferred to the new board.", "Tabled pending the outcome of the bylaw change.",
# "Tabled until November meeting." ("Time deferred to Seth" hands over the floor, and decides nothing.)
_DEFERRED_TO = re.compile(
    r"^\(?(?:(?:this|the)\s+(?:item|matter|issue|motion|proposal)\s+(?:was\s+)?)?(?:deferred|postponed|tabled|held\s+over)\s+"
    r"(?:to|until|till|pending|for)\s+(?:the\s+|a\s+)?(?:next|new|following|future|outcome\b"
    rf"|{MONTH_NAMES}\b)"
    # The matter put off to a later meeting in the passive: "Bus shelter repairs: quotes to be discussed at a future
    # meeting.", "The lease is to be considered at the next meeting."
    r"|^(?:[^.:;]{1,60}:\s*)?(?:[\w'’&-]+\s+){0,6}?(?:is\s+|are\s+)?to\s+be\s+(?:discussed|considered|brought\s+back|revisited)"
    r"\s+(?:at|to)\s+(?:the\s+|a\s+)?(?:next|future|following)\s+(?:\w+\s+)?meeting\b",
    re.IGNORECASE,
)
# The meeting's assent with no motion, then what it settled: "As there were no objections, R. Vance becomes our 40th
# member.", "With no objections, the minutes were accepted.", "No objections, the agenda was adopted."
# ("No objections, thank you, Chair." settles nothing: the clause after the comma must say what became of something.)
_NO_OBJECTION_CLAUSE = re.compile(
    r"^(?:as\s+there\s+(?:were|was)|there\s+being|with|hearing|seeing)?\s*no\s+(?:objections?|opposition)"
    # "Hearing no objections from the other Board members, …": whose objections were asked for.
    r"(?:\s+from\s+(?:the\s+)?(?:other\s+)?(?:board|council|committee|commission|members|trustees|directors)(?:\s+members)?)?"
    r"\s*,\s*"
    r"(?![^.;]*\bthank)(?=(?:[^.;]|(?<=\b[A-Z])\.)*?\b(?:becomes?|became|is|are|was|were|stands?|stood|has\s+been|have\s+been)\s+"
    r"(?:(?:duly|unanimously|then|now|hereby)\s+)?(?:our\s+|a\s+|an\s+|the\s+)?(?:\w+\s+)?"
    r"(?:members?|approved|accepted|adopted|agreed|carried|passed|elected|appointed|confirmed|ratified|granted|deferred)\b"
    # "…, Vice President Hale directed staff to report back.": the chair acting on the meeting's assent.
    r"|(?:[^.;]|(?<=\b[A-Z])\.)*?\b(?:directed|instructed|authori[sz]ed)\s+(?:the\s+)?(?:staff|clerk|general\s+manager"
    r"|manager|administrator|superintendent|chancellor|secretary)\b)",
    re.IGNORECASE,
)
# A motion or nomination written in the passive with its seconding and its outcome: "The nomination was seconded and
# passed.", "The proposal was duly seconded and carried unanimously."
_SECONDED_AND_CARRIED = re.compile(
    r"^(?:the|this|that|his|her|their|a|an)\s+(?:\S+\s+){0,6}?(?:was|were)\s+(?:duly\s+)?(?:(?:proposed|moved|made)\s*(?:and|,)\s+)?"
    r"seconded\s*(?:,\s*|\s+and\s+)(?:was\s+)?(?:then\s+|duly\s+|unanimously\s+)?(?:passed|carried|approved|adopted|agreed)\b",
    re.IGNORECASE,
)
# The meeting writing as "we": "We agreed to hold the fair in June.", "We approved the purchase of two benches."
# ("We decided this last time" recalls an earlier decision; "We need to ask" decides nothing.)
_WE_DECIDED = re.compile(
    r"^(?:then\s+|finally\s+|so\s+)?we\s+(?:all\s+|unanimously\s+|also\s+|then\s+)?(?:agreed|approved|voted|resolved)\s+"
    r"(?:to|that|on|the|a|an|unanimously)\b(?![^.;]*\b(?:last|previous|earlier)\s+(?:time|meeting|month|year)\b)",
    re.IGNORECASE,
)
# "All agreed this was a true record …", "All present approved the accounts.", "Everyone agrees the fee stays at $20.":
# the meeting as one, deciding.
_ALL_AGREED = re.compile(
    r"^(?:all|everyone|everybody)\s+(?:(?:members|councillors|trustees|directors|present|those\s+present)\s+){0,2}"
    r"(?:agreed|agrees?|approved|resolved)\b",
    re.IGNORECASE,
)
_BODY_VOTED = re.compile(
    # "Finally, the Board voted to allocate $400 to the fair.": an adverb of sequence may come first.
    r"^(?:(?:finally|then|next|lastly|subsequently|also),?\s+)?"
    # "After a short debate, councillors voted 5 to 2 to support the application."
    r"(?:(?:after|following)\s+(?:a\s+|some\s+|further\s+|much\s+)?(?:short\s+|brief\s+|lengthy\s+)?"
    r"(?:debate|discussion|deliberation)s?,?\s+)?"
    r"(?:(?:upon|on)\s+(?:a\s+)?motion\s+(?:by|of|from)\b[^.;]{0,120}?,\s*)?"
    # An action reported from closed session: "In the closed session matter identified as 9A, …, the Board voted 5-0 to
    # approve the settlement.", "During closed session, the Board voted 7:0 in favor of …", "Ms. Hale reported that in
    # closed session the board voted 4-1 to begin a search."
    r"(?:(?:(?-i:[A-Z])[\w.]*\s+){1,4}reported\s+that,?\s+)?(?:(?:in|during|at)\s+(?:the\s+)?closed\s+session\b[^.;]{0,200}?,?\s+)?"
    r"(?:the\s+)?(?:(?-i:[A-Z])[\w-]*\s+){0,3}"
    rf"{load_vote_words().body}\s+(?:then\s+)?voted\s+"
    r"(?:unanimously\s+|(?:\(?(?P<f>\d{1,2})\s*(?:[-–:]|to)\s*(?P<a>\d{1,2})\)?\s+))?(?:to|in\s+favou?r\s+of)\b",
    re.IGNORECASE,
)
# "The Chairman signed the minutes of 4 March as a true record.": the minutes confirmed, said by the signing.
_SIGNED_AS_RECORD = re.compile(
    r"^(?:the\s+)?(?:chair(?:man|woman|person)?|mayor|president|convenor)\s+(?:then\s+|duly\s+)?signed\s+the\s+minutes\b"
    r"[^.;]{0,160}?\b(?:as\s+)?(?:a\s+)?(?:true|correct|accurate)\s+record\b"
    # "Councillors were unanimous in supporting the proposal for a new play area."
    r"|^(?:the\s+)?(?:\w+\s+){0,2}?(?:councillors|members|committee|council|board|trustees|meeting)\s+(?:were|was)\s+"
    # Support for a proposal is a decision; support for people ("… supporting the volunteers' efforts") is praise.
    r"unanimous\s+in\s+(?:(?:supporting|approving|accepting|favou?r\s+of|their\s+support\s+for)\s+(?:the\s+|this\s+|a\s+|an\s+)?"
    r"(?:[\w'’-]+\s+){0,3}?(?:proposals?|motion|application|recommendations?|requests?|plans?|scheme|amendment|idea|suggestion)\b"
    r"|agreeing\s+(?:to|that)\b)",
    re.IGNORECASE,
)
# A decision written in the passive about what was decided: "The Risk Assessment, as circulated, was unanimously
# approved.", "This item was deferred.", "These were moved as correct by A and B."
_PASSIVE_DECISION = re.compile(
    # "All Terms of Reference were agreed.": every one of the papers before the meeting.
    r"^(?:(?:the|this|these|that|a|an|all(?:\s+the)?)\s+|(?=(?:Resolution|Ordinance|By-?law|Bylaw)s?\s+(?:No\.?\s*|#\s*)?[\w/-]*\d)|(?!(?i:apologies)\b)(?=[A-Z][a-z]+\s+(?:were|was|and|of|for|from)\b|[A-Z][a-z]+['’]s\s+[a-z]+\s+(?:were|was)\b))(?!(?:\S+\s+){0,12}?(?:said|stated|reported|advised|explained|confirmed|that)\b)"
    r"(?:\S+\s+){0,14}?(?:was|were)\s+(?:(?:then|subsequently|otherwise|unanimously|duly|formally|reviewed|considered|"
    r"discussed|received|noted|presented|submitted|read|voted\s+on)\s+(?:and\s+)?){0,3}"
    r"(?:approved|agreed|adopted|accepted|ratified|endorsed|noted|deferred|postponed|moved\s+as\s+(?:a\s+)?(?:correct|true)"
    # "This item was tabled.", "The request was tabled until the next meeting." (a paper "tabled at the meeting" or "by
    # the Clerk" was laid before it, and decides nothing).
    r"|tabled(?=\s*(?:[.;,]|$)|\s+(?:until|till|pending|indefinitely|to\s+(?:(?:the|a)\s+)?(?:next|future|later|following)"
    r"|for\s+(?:the|a)\s+(?:next|future|later|following)|for\s+(?:one|a|another)\s+month"
    # "Motion was tabled following a suggestion by A.": tabled on someone's suggestion.
    r"|(?:following|on|at)\s+(?:a\s+|the\s+)?(?:suggestion|request|recommendation)\b)\b)"
    # "The Treasurer's report was received and filed.", "The minutes were taken as read and signed."
    r"|received\s+and\s+(?:filed|noted)|received\s+for\s+information|taken\s+as\s+read"
    # "The following were passed for payment by the Councillors"
    r"|passed\s+for\s+payment)\b",
    re.IGNORECASE,
)
# A decision that names the motion it was taken on, whatever was decided, by a board that writes each of its actions as
# one sentence: "Travel to the fall training was approved on a motion by Crane, seconded by Bell.", "Approved attendance
# at the spring seminar after motion by Crane and second by Bell.", "Reappointed A. Lowe to the Planning Commission after
# motion by Crane …" (the board its subject, left out). The mover is a member named after the keyword: "… was approved
# on a motion by the Planning Commission" (another body's motion) is none.
_DECIDED_VERBS = (
    r"approved|adopted|accepted|appointed|re-?appointed|authori[sz]ed|awarded|granted|ratified|hired|renewed|tabled|denied"
)
_ON_MEMBERS_MOTION = (
    r"(?:unanimously\s+)?(?:by\s+(?:a\s+)?(?:roll[\s-]call|voice|unanimous)\s+vote\s+)?"
    r"(?:after|on|upon|following|by)\s+(?:a\s+|the\s+)?motion\s+(?:(?:duly\s+)?made\s+)?(?:by|of|from)\s*(?-i:[A-Z])"
)
_DECIDED_ON_MOTION = re.compile(
    # (the words decided hold no verb of their own: "Appointed officers were thanked after a motion by …" decides nothing)
    rf"^(?:(?=(?-i:[A-Z]))(?:{_DECIDED_VERBS})\s+(?:(?!(?:was|were|is|are|will|would|has|have|had)\b)\S+\s+){{0,40}}?"
    r"|(?!(?:\S+\s+){0,20}?(?:said|stated|reported|advised|explained|informed|announced)\b)(?:\S+\s+){1,20}?(?:was|were)\s+"
    rf"(?:unanimously\s+)?(?:{_DECIDED_VERBS})\s+(?:\S+\s+){{0,3}}?)"
    rf"{_ON_MEMBERS_MOTION}",
    re.IGNORECASE,
)
_SUM_OF_MONEY = r"[£$€]\s?\d[\d,]*(?:\.\d\d)?"
"""A sum as written: "£250", "$1,500", "€12.50"."""
# A sum granted, the sum first: "£250 was granted to the Scouts.", "$1,500 approved for the summer fireworks.", "A grant
# of £300 was awarded to the youth club." Another body's grant ("£250 was granted to the Scouts by the county") and a sum
# asked for ("£500 has been requested") are none.
_SUM_GRANTED = re.compile(
    rf"^(?:(?:a|the)\s+(?:grant|donation|contribution|sum|payment|award)\s+of\s+)?{_SUM_OF_MONEY}\s+"
    r"(?:(?:was|were|has\s+been|is)\s+)?(?:(?:unanimously|duly|then)\s+)?"
    r"(?:granted|approved|agreed|awarded|allocated|donated|given|voted)\s+(?:to|for|towards)\b"
    r"(?![^.;]*\bby\s+(?!(?:the\s+)?(?:(?:parish|town|community)\s+)?(?:council|councillors|members|committee|board"
    r"|trustees)\b)\w)"
    # The grant named by its sum, its verb closing the sentence: "Donation of £100 to the village hall agreed.", "£150
    # grant to the Scouts approved unanimously." ("Donation of £100 to the hall requested." asks, and decides nothing.)
    rf"|^(?:a\s+)?(?:(?:grant|donation|contribution)\s+of\s+{_SUM_OF_MONEY}|{_SUM_OF_MONEY}\s+"
    r"(?:grant|donation|contribution))\s+(?:to|for|towards)\b[^.;]{1,120}?\s+(?:(?:was|were)\s+)?"
    r"(?:agreed|approved|granted|awarded)(?:\s+unanimously)?\s*\.?$",
    re.IGNORECASE,
)
# A decision in the passive closing a sentence that first describes what was decided, after a comma or after its
# discussion: "A quote was received from J Eyles for the repairs at £177, this quote was approved.", "After discussion
# the quote was accepted." A report of someone else's decision ("… reported that, the plan was approved") is none.
_CLOSING_PASSIVE = re.compile(
    r"^(?!.*\b(?:said|stated|reported|advised|informed|explained|told|announced|understood|heard)\b)"
    r"(?:.*?,\s+(?:and\s+)?|(?:after|following)\s+(?:much\s+|some\s+|further\s+|brief\s+|a\s+short\s+)?"
    r"(?:discussion|consideration|deliberation)s?,?\s+)"
    r"(?:the|this|these|that|its|their)\s+(?:[\w'’£$.-]+\s+){0,6}?(?:was|were)\s+(?:then\s+|duly\s+|unanimously\s+)?"
    rf"(?:(?:approved|accepted|agreed|adopted)(?:\s+{UNANIMOUS})?"
    # "After discussion, the issue was tabled till July to await the court's ruling.": put off to a time.
    r"|(?:tabled|deferred|postponed)\s+(?:until|till|to)\s+.{1,80}?)\s*[.!]?$",
    re.IGNORECASE,
)
# A decision in the passive with its verb "to be" left out, the whole sentence: "Minutes of the April meeting approved.",
# "Treasurer's report accepted as presented.", "Bills for payment approved unanimously." The subject is one of the
# papers a meeting approves, so that "Planning permission approved." (another authority's decision) is none.
_ELLIPTICAL_PASSIVE = re.compile(
    # ("may" the verb, not the month: "Minutes of the meeting held on 2 May approved.")
    r"^(?!(?:\S+\s+){0,20}?(?:said|stated|reported|advised|explained|that|will|would|could|should|(?<!\d\s)(?<!\d(?:st|nd|rd|th)\s)may(?!\s+(?:19|20)\d\d)|might|must|be|been"
    r"|being|has|have|had|is|are|not|if|when|once|until|awaiting|pending|need|needs|needed|due)\b|.*\bto\s+be\b)"
    r"(?:the\s+)?(?:(?-i:[A-Z])[\w'’.-]*\s+)?(?:[\w'’.-]+\s+){0,10}?"
    r"(?:minutes|agenda|report|reports|accounts|budget|bills|invoices|payments|statement|reconciliation|precept"
    # "Proposed changes to the by-laws worked on and agreed to."
    r"|changes|amendments|policy|policies|by-?laws|constitution|nominations)\b"
    r"(?:\s+[\w'’.,-]+){0,10}?\s+(?:were\s+|was\s+)?(?:unanimously\s+)?(?:approved|accepted|adopted|ratified|confirmed"
    r"|agreed(?:\s+to)?)"
    # "… approved and signed by the Chair.": the signing by the meeting's chair is part of approving the minutes.
    r"(?:\s+(?:and\s+(?:(?:duly\s+)?signed(?:\s+by\s+the\s+(?:chair(?:man|woman|person)?|mayor|convenor|cathaoirleach))?|approved|accepted|adopted)"
    r"|unanimously|by\s+all|as\s+(?:presented|circulated|distributed|amended"
    r"|read|written|submitted)|for\s+payment|with\s+(?:corrections|amendments|thanks)"
    # "Minutes of 4 March approved as a true record.", "… agreed as accurate.", "… accepted as a correct record and signed."
    r"|as\s+(?:an?\s+)?(?:true|correct|accurate|fair)(?:\s+and\s+(?:accurate|correct|true))?(?:\s+record)?))*\s*[.!]?$",
    re.IGNORECASE,
)
# A short decision run in after its item's label or title: "Accounts: all approved for payment.", "Grant to the hall:
# agreed.", "Minutes of the last meeting – approved and signed." (apologies and interests accepted are attendance).
# How a paper was laid before the meeting, in a consent item's disposition: "approved as presented", "as submitted".
_AS_LAID = r"(?:presented|submitted|circulated|distributed|printed|written)"
_RUN_IN_DECISION = re.compile(
    r"^(?!(?:apolog|present|absent|declar|interest|attend)\w*\b)(?P<label>(?-i:[A-Z])[^:;–—]{2,120}?)(?::|\s[–—-]|[–—])\s*"
    r"(?:(?:all|both|duly|then|unanimously)\s+)?(?:approved|agreed|accepted|adopted|noted|confirmed|ratified|resolved|carried)"
    rf"(?:\s+(?:and\s+(?:signed|approved|agreed|accepted|adopted|noted)|{UNANIMOUS}"
    rf"|as\s+(?:a\s+)?(?:correct|true|accurate)\s+record|for\s+payment|as\s+(?:{_AS_LAID}|amended)|nem\.?\s*con\.?))*"
    r"[.!]?$",
    re.IGNORECASE,
)
# A decision with its words run in after its item's label and a separator: "Order of the agenda – agreed to take items
# 9 and 10 together.", "Hall grant: it was resolved to give £50." (a person's name as the label is a task, not a decision).
_RUN_IN_AGREED = re.compile(
    rf"^(?!(?:apolog|present|absent|declar|interest|attend)\w*\b)(?!(?:{mover_title_pattern()}|Clerk|Chair\w*|Mayor|Treasurer"
    r"|Secretary|The\s+(?:Clerk|Chair\w*|Mayor|Treasurer|Secretary))\b)"
    r"(?-i:[A-Z])[^:;–—.]{2,80}?(?::|\s[–—-]|[–—])\s*(?:it\s+was\s+)?(?:unanimously\s+)?(?:agreed|resolved|decided)\s+"
    r"(?:to|that|not\s+to)\b",
    re.IGNORECASE,
)
# An application's reference, site and proposal run in before the council's decision on it: "31/0456/FUL: 4 Mill Lane,
# garden room: It was agreed to support this application.", "Application 310456 – The Barn, new porch – it was resolved
# that the Council had no objection." (a reference in figures alone is an application's when six figures or more).
_APPLICATION_RUN_IN = re.compile(
    # Its sub-item's number may stand first ("5.1 310456: …"), which a paragraph's number strip leaves before figures.
    rf"^(?:\d{{1,2}}\.\d{{1,2}}\s+)?(?:application\s*(?:no\.?|number|ref\.?)?\s*:?\s*)?"
    rf"{PLANNING_REF}\b"
    r"[^.;]{0,200}?(?::|\s[–—-])\s*(?:it\s+was\s+)?(?:unanimously\s+)?(?:agreed|resolved|decided)\s+(?:to|that|not\s+to)\b",
    re.IGNORECASE,
)
# An item's title run in before a capitalised decision, its bold or separator lost: "Meeting with the MP Agreed to defer
# for the time being.", "Bus Shelter Repairs APPROVED unanimously."
_TITLE_THEN_DECISION = re.compile(
    rf"^(?!(?:{mover_title_pattern()}|Clerk|Chair\w*|Mayor|Treasurer|Secretary|The\s+(?:Clerk|Chair\w*|Mayor))\b)"
    r"(?-i:[A-Z][\w'’&/-]*)(?:\s+(?:(?-i:[A-Z0-9][\w'’&/-]*)|of|the|and|for|with|to|on|in|at|a|an|from)){0,10}\s+"
    r"(?-i:Agreed|Approved|Resolved|Adopted|AGREED|APPROVED|RESOLVED|ADOPTED)\s+(?:to|that|unanimously|as|by\s+all)\b"
)
# "M/S/C (Hale/Voss) that the minutes be adopted.", "M/S/C: to approve the agenda.", "M/S/C Kim/Lee to adjourn.":
# moved, seconded and carried, the movers' names (if any) and then the motion's own words.
_MSC_MOTION = re.compile(
    rf"^{motion_shorthand('carried')}\s*(?:\([^()]{{1,80}}\)|[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)?\s*/\s*[A-Z][\w.'’-]*"
    r"(?:\s+[A-Z][\w.'’-]*)?)?\s*[:,–—-]?\s*(?:that|to)\b"
    # "M/S/A to invite the planner.", "M/S/A the minutes of 4 May as circulated.", "M/S/Unanimous approval to thank
    # R. Vance.": the decision's own words right after the carried shorthand (not its movers: "M/S/C Hale/Voss 5-0",
    # "M/S/C Hale, Voss and carried 3-0", "M/S/C by Hale and Voss").
    rf"|^{motion_shorthand('carried')}\s*[:,–—-]?\s*(?![(\[]|[A-Z][\w.'’-]*\s*[/,]\s*[A-Z]|by\s+[A-Z])(?:\S+\s+){{2}}"
)
# "M/S/C HALE/VOSS (approved)", "M/S Hale, Voss and unanimous.": a board's shorthand movers and outcome alone, the
# motion's words not with them (quoted on the line below, or the sentence before).
_SHORTHAND_ONLY = re.compile(
    rf"^{motion_shorthand(group='c')}(?![^;]*\b(?:to|that)\b)[^;]{{0,120}}?"
    r"(?:(?<=\()(?:unanimously\s+)?approved\)|\b(?P<u>unanimous(?:ly)?)\b)?\.?$",
    re.IGNORECASE,
)
# A motion quoted under a board's shorthand, then its roll call run on after the closing quote: '“That the minutes be
# approved.” Approved (5): Hale, Voss …', '"That the fee be waived." Ayes: Hale, Voss'. The roll is no part of the decision.
_QUOTED_THEN_ROLL = re.compile(
    r"^(?P<motion>[“\"][^“”\"]{3,}[”\"])\s+(?=(?:approved|ayes?|yeas?|in\s+favou?r|for)\s*(?:\(\d{1,2}\)|:))",
    re.IGNORECASE,
)
# The item's own request on the line above a shorthand outcome: "Approve Minutes of 4 May.", "Approval of the agenda."
_REQUEST_LINE = re.compile(r"^(?:approve|approval\s+of|adopt|accept|authori[sz]e|award|appoint|ratify)\b", re.IGNORECASE)
# "… and M/S/A to commend the outgoing chair.": the shorthand inside a sentence that opens otherwise.
_MSA_INSIDE = re.compile(rf"{motion_shorthand('carried')}\s+(?:to|that)\b")
# "Motion carried that the hall fee rise to £15.", "Motion passed 4-1 that …": the outcome, then what was carried.
_CARRIED_THAT = re.compile(
    r"^(?:the\s+)?motion\s+(?:was\s+)?(?:unanimously\s+)?(?:carried|passed|adopted)\s+(?:unanimously\s+)?"
    r"(?:\(?\d{1,2}\s*[-–/]\s*\d{1,2}\)?\s+)?that\b",
    re.IGNORECASE,
)
# "Commissioner Ames was elected Vice Chair unanimously.": the body's election of its officer ("… was elected Mayor in
# 2019", a report of an earlier election, is none).
_ELECTED = re.compile(
    r"^(?:(?-i:[A-Z])[\w.'’-]*\s+){1,4}(?:was|were|has\s+been)\s+(?:duly\s+|unanimously\s+)?(?:re-?)?elected\s+"
    # "Cy Dunn was elected unopposed as Secretary", "… elected by acclamation as Chair".
    r"(?:(?:unopposed|unanimously|by\s+acclamation)\s+)?(?:as\s+)?"
    # "A Lowe was elected to take the position as chairman.", "… elected to the office of Treasurer."
    r"(?:to\s+(?:take\s+|fill\s+|hold\s+)?(?:the\s+)?(?:position|office|post|seat)\s+(?:of|as)\s+)?"
    r"(?:the\s+)?(?:new\s+)?(?:vice[\s-]|deputy\s+)?(?:chair\w*|president|secretary|treasurer|mayor|reeve)\b"
    r"(?![^.;]*\b(?:in\s+(?:19|20)\d\d|last\s+(?:year|month|term)|previously)\b)"
    # "There being no other nominations, Cllr Holt was duly elected.", "Cllr Ray was elected unanimously."
    # "Voting results: A Lowe and B Hart were elected to the board of directors."
    r"|^(?:(?-i:[A-Z])[\w ]{0,30}:\s*)?(?:(?-i:[A-Z])[\w.'’-]*,?\s+(?:and\s+)?){1,8}(?:was|were)\s+(?:duly\s+|unanimously\s+)?"
    r"(?:re-?)?elected\s+to\s+(?:the\s+)?(?:\w+\s+){0,2}(?:board|council|committee|commission)\b"
    r"(?![^.;]*\b(?:in\s+(?:19|20)\d\d|last\s+(?:year|month|term)|previously)\b)"
    r"|^(?:there\s+being\s+no\s+(?:other|further)\s+nominations,?\s+)?(?:(?-i:[A-Z])[\w.'’-]*\s+){1,4}(?:was|were)\s+"
    r"(?:(?:duly|unanimously)\s+(?:re-?)?elected|(?:re-?)?elected\s+(?:unanimously|unopposed|by\s+acclamation))\s*[.;]?$"
    # "The following were elected: Chair – Ann Lee; Treasurer – Bo Reed."
    r"|^the\s+following\s+(?:officers\s+|members\s+|people\s+)?were\s+(?:duly\s+|unanimously\s+)?(?:re-?)?elected\b",
    re.IGNORECASE,
)
_DECISION_WORDS = re.compile(
    r"\b(?:deferred|postponed|moved\s+as|approved|adopted|accepted|ratified|endorsed|agreed|noted|passed|carried|denied|voted"
    rf"|consensus|received|objections?|taken|elected|{motion_shorthand('carried')}|tabled|picked|chose|selected)\b",
    re.IGNORECASE,
)
"""Words of `_PASSIVE_DECISION` that no opener pattern holds."""
# A vote record names who moved a decision; one that goes on to a decision ("… and RESOLVED that") is not one.
_DECISION_FOLLOWS = re.compile(r"\b(?:resolved|agreed|decided)\s*(?:that|to|:)", re.IGNORECASE)
# The outcome of a motion put to the vote: "The motion passed 6-0.", "Motion carried unanimously.",
# "…, which carried by the following roll call vote", "Carried.", "RESULT: ADOPTED [UNANIMOUS]".
_MOVED_COUNT = r"moved\s+\d{1,2}\s*[-–]\s*\d{1,2}\b"
"""An outcome written with the mover's verb: "Moved 5-0." closes the motion above it and opens none."""
_MOVED_TALLY = re.compile(rf"^{_MOVED_COUNT}", re.IGNORECASE)
_CARRIED = re.compile(
    r"\b(?:motion|resolution|amendment|recommendation|which|it)\s+(?:was\s+|is\s+|has\s+)?(?:duly\s+|then\s+)?"
    # "The motion was seconded and passed.": the second and the outcome in one clause.
    r"(?:" + SECONDED_AND + r"(?:unanimously\s+)?)?(?:carried|carries|passed|passes|prevailed|adopted)\b"
    # "The motion was seconded and approved.", "The motion was seconded, and unanimously approved.", "This was seconded
    # and approved.", "…; seconded and passed.": the second and the outcome in one clause, after the motion or alone.
    r"|(?:\b(?:motion|resolution|amendment|recommendation|which|it|this)\s+(?:was\s+|has\s+been\s+)?(?:duly\s+|then\s+)?|^|[;,]\s*)"
    + SECONDED_AND + r"(?:unanimously\s+)?(?:approved|carried|passed|adopted)\b"
    r"|^(?:the\s+)?(?:motion\s+)?(?:was\s+)?(?:duly\s+)?(?:carried|carries|passed|passes|adopted)\b"
    # "Moved 5-0.": the motion's tally, its verb the mover's.
    rf"|^{_MOVED_COUNT}"
    # "The vote was unanimous.", "Vote: Unanimous." closing a motion.
    # "Unanimous at 8:44 PM.": the vote to adjourn, stamped with the time the meeting closed.
    r"|\bthe\s+vote\s+was\s+unanimous\b|^(?:vote\s*:\s*)?unanimous(?:\s+at\s+\d{1,2}[:.]\d\d\s*(?:[ap]\.?\s?m\.?)?)?\s*\.?$"
    # "All ayes.", "Unanimous approval.", "…, second by B; unanimous approval.": every member's assent (`ASSENT_OF_ALL`).
    rf"|^{ASSENT_OF_ALL}\b|[;,]\s*{ASSENT_OF_ALL}\s*[.!]?$"
    # "The plan was approved with a unanimous vote (3-0).": the outcome of the motion above, in the passive.
    r"|\b(?:was|were)\s+(?:unanimously\s+)?(?:approved|adopted|passed|carried)\s+(?:with|by)\s+(?:a\s+)?(?:unanimous\s+)?"
    r"(?:roll[\s-]call\s+|voice\s+)?vote\b"
    # "The motion to approve the petition as amended carried unanimously, 5-0."
    r"|\bmotion\s+to\s+(?:[\w'’-]+\s+){1,8}?(?:was\s+)?(?:unanimously\s+)?(?:carried|passed|prevailed)\b"
    # "Motion approved 5-0.", "The motion was unanimously approved.", "All voted aye."
    # "… Ms. Pike seconded the motion which was unanimously approved 5-0-0.", "…; unanimous."
    r"|\bwhich\s+(?:was\s+)?(?:unanimously\s+)?approved\b|[;,]\s*unanimous(?:ly)?\s*\.?$"
    r"|\bmotion\s+(?:was\s+|is\s+)?(?:unanimously\s+)?approved\b|^all\s+(?:members\s+)?(?:present\s+)?voted\s+(?:aye|yes|in\s+favou?r)\b"
    r"|\bRESULT\s*:\s*(?:APPROVED|ADOPTED|PASSED|CARRIED|ACCEPTED|AMENDED)\b|^motion\s*:\s*(?:approved|adopted|carried|passed)\b"
    # The outcome printed as a capitalised word after the motion's last words: "… 2025 Carried."
    r"|(?-i:(?:^|\s)(?:Carried|CARRIED|Passed|PASSED)(?:\s+(?:unanimously|UNANIMOUSLY|as\s+amended|AS\s+AMENDED))?\.?$)"
    # "M/S/C Spratt / Jessop" (moved, seconded, carried); "All present in favor with a 5-0 vote."
    rf"|{motion_shorthand('carried')}|^all\s+(?:\w+\s+){{0,3}}in\s+favou?r\b"
    # "M/S Spratt, Jessop and unanimous.", "M/S Spratt / Jessop Unanimous", "Motion and second (Spratt/Jessop) and unanimous
    # to …": a board's shorthand movers, then the outcome.
    rf"|{motion_shorthand('bare')}[^.;]{{0,80}}?\bunanimous(?:ly)?\b|"
    r"\bmotion\s+and\s+second\b[^.;]{0,80}?\band\s+unanimous\b"
    # "Approved 4-0.", "Approved unanimously." closing a motion written above it.
    r"|^(?:motion\s+)?approved\s+(?:\(?\d{1,2}\s*[-–]\s*\d{1,2}\b|unanimously\b)"
    # "…; the motion was seconded by Trustee B and approved unanimously."
    r"|\bseconded\s+by\b[^.;]{0,80}?\s+and\s+(?:was\s+)?(?:then\s+|duly\s+|unanimously\s+)?(?:approved|carried|passed|adopted)\b"
    # "Resolution: Vote passed", "Outcome: motion carried", "The vote passed." under the question put.
    r"|^(?:resolution|outcome|result)\s*:\s*(?:the\s+)?(?:vote|motion)\s+(?:passed|carried)\b|^(?:the\s+)?vote\s+(?:passed|carried)\b(?!\s+(?:over|forward|on)\b)"
    # The kind of vote, then its outcome: "Vote role/voice carried.", "Voice vote carried", "Roll call vote, all ayes,
    # motion passed", "Vote voice carried Yes – 3, No – 0" ("Vote on the budget at the next meeting" decides nothing).
    r"|^(?:(?:voice|roll[\s-]?call|hand|show\s+of\s+hands)\s+)?vote\b[\w\s/,:-]{0,30}?\b(?:carried|carries|passed|passes)\b(?!\s+(?:over|forward|on)\b)"
    # The members who approved, named as a plain list: "Approved by Glen, Marla, Victor and Petra."
    rf"|^(?:{APPROVED_BY_NAMES.pattern})"
    # "A motion was made to adjourn. There were no objections.": the meeting's assent closing the motion.
    r"|^there\s+(?:was|were)\s+no\s+(?:objections?|opposition)\s*\.?$"
    # The chair's declaration of the result: "The Cathaoirleach declared Councillors A and B appointed to the Board.",
    # "The Mayor declared the proposal carried."
    r"|^(?:the\s+)?(?:(?-i:[A-Z])[\w'’-]*\s+){0,3}(?:chair\w*|cathaoirleach|mayor|president|presiding\s+officer|speaker)"
    r"\s+(?:(?-i:[A-Z])[\w'’-]*\s+)?declared\s+[^;]{0,300}?\b(?:duly\s+)?(?:appointed|elected|re-?elected|carried|passed"
    r"|adopted|approved)\b",
    re.IGNORECASE,
)
# A roll call where every member said aye, with no nay: "Take a vote: Rob aye, Lee aye, Kim aye."
_AYE = re.compile(r"\b(?:aye|ayes|yea|yes)\b", re.IGNORECASE)
_NAY = re.compile(r"\b(?:nay|nays|no|noes|against|opposed|abstain\w*)\b", re.IGNORECASE)
ALL_AYES = 2
"""Ayes in a roll call that, with no nay, carry the motion."""
_FAILED = re.compile(
    r"\b(?:motion|resolution|amendment|recommendation|which|it)\s+(?:was\s+|is\s+|has\s+)?(?:then\s+)?"
    r"(?:failed|fails|defeated|lost|withdrawn|denied|rejected)\b"
    r"|^(?:the\s+)?(?:motion\s+)?(?:was\s+)?(?:failed|defeated|lost|withdrawn|denied)\b"
    r"|\bmotion\s+to\s+(?:[\w'’-]+\s+){1,8}?(?:was\s+)?(?:failed|defeated|lost)\b"
    rf"|\b{NOT_PASSED}|\bRESULT\s*:\s*(?:FAILED|DEFEATED|DENIED|WITHDRAWN|LOST)\b"
    r"|^(?:resolution|outcome|result)\s*:\s*(?:the\s+)?(?:vote|motion)\s+(?:failed|defeated|lost)\b|^(?:the\s+)?vote\s+(?:failed|fell)\b"
    r"|^motion\s*:\s*(?:failed|defeated|denied|lost|withdrawn)\b"
    r"|(?-i:(?:^|\s)(?:Defeated|DEFEATED|Lost|LOST|Withdrawn|WITHDRAWN)\.?$)"
    # "M/S/F Hale/Voss": a board's shorthand for moved, seconded and failed.
    rf"|{motion_shorthand('failed')}",
    re.IGNORECASE,
)
FAILED_MOTION = _FAILED
"""A motion that failed or was withdrawn ("Motion failed.", "The motion was lost.", "did not carry"): it decides nothing
and asks nobody for anything (the action rules read it too)."""
# The sentence that puts a motion: "X made a motion to …", "X moved approval of …", "Motion by X to …",
# "It was moved by …", or the motion's own words under its number ("THAT …", "BE IT RESOLVED …"). Unlike
# `items.MOTION_OPENING` (where a line opens a motion) it is searched anywhere in a sentence and keeps an outcome that
# names the motion ("The motion carried") out; its mover-first and ordinal forms are items' own pieces.
_MOTION_OPENS = re.compile(
    r"\b(?:made|makes|make|making|repeated|restated|amended|revised|withdrew)\s+(?:(?:a|the|his|her|their)\s+(?:[\w-]+\s+){0,2}?)?motion\b"
    r"|^(?:a\s+|the\s+)?motion\b(?:['’]s)?"
    r"(?!\s+(?:carried|carries|passed|passes|prevailed|prevails|failed|approved|received"
    r"|(?:was|is)\s+(?:unanimously\s+)?(?:carried|passed|prevailed|failed|approved)"
    r"|was\s+(?:then\s+)?(?:put|voted)"
    r"|to\s+(?:[\w'’-]+\s+){1,8}?(?:was\s+)?(?:unanimously\s+)?(?:carried|passed|prevailed|failed|defeated)\b))"
    r"|\bmotion\s+(?:was\s+)?(?:made\s+)?(?:by|of)\b|\bM\s*/\s*S\b(?!\s*/)"
    # "After discussion, a motion was made to increase the dues. The motion was seconded and passed."
    r"|\b(?:a|another)\s+motion\s+was\s+(?:then\s+)?made\s+(?:to|that)\b"
    # The mover's name or initials, then "motion(ed)" as the verb: "GT motion to adopt …", "MH motioned for adjournment".
    rf"|^{FIRST_NAME_MOTION}"
    # A clerk's shorthand for the mover and seconder: "Cllr Hale (P), Cllr Voss (S) to …", "Prop. Hale / Sec. Voss …".
    rf"|{SHORTHAND_MOVERS}"
    # "Vote on spending $850 on the filing fee.", "Vote to remove the interim officer:": the question put to the vote.
    # ("Vote on the" alone is a label's first line, "Vote on the / Motion:", set in a column of its own; "Vote on
    # Motion:", "Vote on the Main Motion:", "Vote on Amendment as amended" ending its line label the outcome, not the
    # question, where "Vote on motion to defer …", "Vote on amendment to cut …" put it)
    r"|^vote\s+(?:on|to)\s+(?!(?:the\s+)?(?:main\s+)?(?:motion|amendment)(?:\s+as\s+amended)?\s*(?::|$)|the\s*$)"
    # "There was a motion to approve the minutes. The motion passed.": the motion put with no mover named.
    r"|^there\s+(?:was|were)\s+(?:a\s+|another\s+)?motions?\s+(?:made\s+)?(?:to|that)\b"
    # "Proposal to buy two benches. Motion passed.": the proposal put, its outcome after it; a question put to the
    # vote: "Should we renew the mowing contract? – 4/4 yes".
    r"|^proposal\s+(?:to|that|for)\b|^(?:should|shall)\s+(?:we|the\s+\w+)\s+[^?]{3,200}\?"
    # Mover and seconder as two slash-joined names: "Sleepover and streaming (C. Koepke/A. Riley) Motion passed.",
    # "To buy a copier by: Hale/Voss."
    r"|(?:\(|\bby\s*:\s*)(?-i:[A-Z])[\w.'’-]*(?:\s+(?-i:[A-Z])[\w.'’-]*)?\s*/\s*(?-i:[A-Z])[\w.'’-]*"
    r"(?:\s+(?-i:[A-Z])[\w.'’-]*)?(?:\)|\s*[.;]|$)"
    r"|\b(?:moved|moves|motioned)\b(?!\s+(?:on|into|out|away|back|house|here|there|from|in|to\s+(?:the|a|an)\s+(?:area|village|town|city)))"
    # At an election the nominator moves the candidate (as `votes` reads "A nominated B as Chair"): "Ann nominates Cy Dunn
    # for chair.", "Board Member Lowe nominated Board Member Hart to be President." ("Eve was nominated to …" moves none.)
    r"|\b(?:nominated|nominates)\s+(?=(?-i:[A-Z]))"
    # A small board's ordinals for mover and seconder: "Greta 1st motion to accept", "Hilda made 1st and Greta
    # seconded", "1st: Hilda Cole 2nd: Otto Dunn".
    rf"|\b{ORDINAL_MOTION}|^1st\s*:"
    r"|^(?:[A-Z][\w ]{0,60}:\s*|(?-i:(?:[A-Z][\w.-]{0,12})?\d[\w.-]*\s+[A-Z][\w .,'’-]{0,60}?:\s*))?"
    # the motion's words may stand in quotes: "“That, Councillor A be appointed to the Board.”"
    r"[“\"‘*_]*(?:and\s+)?(?:that|whereas|(?:now,?\s+)?(?:therefore,?\s+)?be\s+it\s+(?:further\s+)?resolved)\b",
    re.IGNORECASE,
)
# A resolution's number and its mover and seconder before the motion's words: "R2019-12 A. Lee, B. Fox: That …".
_NUMBER_AND_MOVERS = re.compile(
    r"^(?:[A-Z][\w.-]{0,12})?\d[\w.-]*\s+[A-Z][\w .,'’-]{0,60}?:\s*(?=(?:that|whereas|be\s+it)\b)", re.IGNORECASE
)
# An outcome that names the motion it closes ("The Chair declared the motion PASSED.", "The motion carried."), so that it
# may close a motion made before a long discussion.
_NAMES_MOTION = re.compile(
    r"\b(?:the|this|said)\s+motion\s+(?:was\s+|is\s+)?(?:then\s+|duly\s+|unanimously\s+)?(?:carried|passed|adopted|approved"
    r"|prevailed)\b|\bdeclared\s+the\s+motion\b",
    re.IGNORECASE,
)
# A sentence that makes a motion, its mover named: "Motion: A made the motion to …", "A moved that …", "Motion by A to …".
_MOTION_MADE = re.compile(
    r"\b(?:made|makes)\s+(?:a|the)\s+motion\s+(?:to|that|for)\b|^motion\s*:\s*\S|^motion\s+(?:was\s+)?(?:made\s+)?by\b"
    # the mover opening the sentence: "Councillor A moved that …" ("… the budget be moved to the Board" moves no motion)
    r"|^(?:(?-i:[A-Z])[\w.'’-]*\s+){1,4}moved\s+(?:that|to|approval|adoption)\b|^(?:it\s+was\s+)?moved\s+by\b",
    re.IGNORECASE,
)
_SECONDED_SENTENCE = re.compile(r"\bseconded\b", re.IGNORECASE)
_SO_MOVED = re.compile(r"\bso\s+moved?\b", re.IGNORECASE)
# A sentence that states a course of action that a following "A so moved." puts as the motion.
_PROPOSED_COURSE = re.compile(r"\b(?:decided|agreed|proposed|suggested|recommended)\s+(?:that|to)\b", re.IGNORECASE)
SO_MOVED_REACH = 3
"""Sentences before "A so moved." in which the course it moves may be stated."""
_ASKED_FOR_MOTION = re.compile(
    r"\b(?:asked|called|requested)\s+(?:for|if\s+there\s+(?:was|were|is)|whether\s+there\s+(?:was|is))\s+(?:a\s+)?motion\b"
    r"|\bentertain(?:ed|s)?\s+a\s+motion\b",
    re.IGNORECASE,
)
# A motion made with no words of its own, the mover answering the chair's call for one: "Trustee Cole made the motion,
# with a second by Trustee Diaz.", "Ann Lee made a motion, seconded by Bo Fox." ("… made a motion to buy salt" has its
# own words).
_MADE_THE_MOTION = re.compile(
    r"^(?:[\w.'’-]+\s+){1,4}(?:made|makes)\s+(?:the|a|that|this|such\s+a)\s+motion\s*(?:[,.;]|$)(?![^.;]*\b(?:to|that|for)\s)",
    re.IGNORECASE,
)
_THAT_CLAUSE = re.compile(r"^(?:and\s+)?that\b", re.IGNORECASE)
"""One clause of a motion that may hold several ("That the report BE RECEIVED; That Council approve …")."""
_RECITAL = re.compile(r"^(?:and\s+)?whereas\b", re.IGNORECASE)
_CONTINUED = re.compile(r"^and\b", re.IGNORECASE)
"""A motion's later part ("AND THAT a copy be sent …"): its record starts at an earlier part."""
_MOTION_WORDS = re.compile(
    r"\b(?:carried|carries|passed|passes|prevailed|adopted|approved|result|ayes?|yea|yes|voted|vote|favou?r|unanimous"
    rf"|{motion_shorthand('recorded')}"
    rf"|declared)\b|(?:^|\.\s+){_MOVED_COUNT}"
    r"|\bno\s+(?:objections?|opposition)\b|\d\s*/\s*\d{1,2}\s+(?:yes|ayes?|votes?)\b|\bvotes?\s+(?:in\s+favou?r|for)\b"
    # "Seconded: B", "seconded by B", "Second; B": the word whole ("SECONDARY SCHOOL", "SECONDMENT" second nothing).
    r"|\bsecond(?:ed)?\b(?:\s+by\b)?\s*[:;]?\s*(?-i:[A-Z])"
    r"|\(\s*(?:Y(?:es|ea)?s?\s*[-–:]?\s*)?\d{1,2}\s*[-–),]",
    re.IGNORECASE,
)
# The tally that closes a motion with no outcome word: "Ayes: 3; Noes: 0; Absent: Lynch", "Ayes (4), Nays (1)".
_TALLY = re.compile(
    # "Ayes: 3 (Hale, Voss, Kim). Noes: 0 (None).": the names of each side may follow its count.
    # "Yes – 5, No – 0", "Yea – 4 and Nay – 1": a township clerk's sides, each with its count after a dash.
    # The sides' words are those of `votes.SIDES_TALLY`, their counts after a colon, a bracket, a dash or a space.
    # A side's word after its own count ("6 Ayes 0 Nays") is `_SIDES_COUNTED`'s: the count after it is the next side's.
    # Only a count parted from its side by a bare space can be that; "Item 2 Ayes: 2 Nays: 3" is a tally.
    rf"\b(?:{AYE_SIDE}\s*(?::\s*|\(\s*|[-–]\s*)|(?<!\d\s){AYE_SIDE}\s+)(?P<ayes>\d{{1,2}})\)?\s*(?:\([^()]{{0,200}}\))?\s*[;,.]?\s*(?:and\s+)?"
    rf"{NAY_SIDE}\s*(?::\s*|\(\s*|[-–]\s*|\s)"
    r"(?P<noes>\d{1,2})\b",
    re.IGNORECASE,
)
# The body or its members asking, where the meeting did not then agree to what was asked: "Members requested …",
# "The Council also asked …" (`_NOTE_ONLY`'s requests to be told more).
_BODY_ASKS = (
    r"(?![^.;]*\b(?:was|were)\s+(?:then\s+|duly\s+)?agreed\b)(?:the\s+)?(?:\w+\s+){0,2}?(?:members|councillors|cllrs"
    r"|council|committee|board)\s+"
)
# A note of what was said or found, not a decision: "It was noted that the item had been deferred.",
# "Members noted that the bridge is shared." ("Members noted the report." closes its item and stays a decision, and so
# does a note under an outcome's label: "Approved: it was noted that the reconciliation was correct.")
_NOTE_ONLY = re.compile(
    r"(?!(?:\S+\s+){0,5}?(?:resolved|agreed|decided|recommended)\b|approved\s*:)(?:\S+\s+){1,5}?noted\s*(?:,\s*\w+\s*)?,?\s+"
    r"(?:that|there\s+(?:was|were|is|are|had|would|will|has|have))\b"
    # "These meeting minutes were approved at the October meeting.": when the record itself was approved, later.
    r"|(?:these|this|the\s+above)\s+(?:meeting\s+)?(?:minutes|notes)\s+(?:were|was|have\s+been|will\s+be)\s+"
    r"(?:approved|adopted|accepted|confirmed)\s+(?:at|on|by\s+the\s+\w+\s+(?:at|on))\b"
    # "The Board approved the preceding minutes on March 18, 2024": the same note, the body its subject.
    r"|(?:the\s+)?(?:\w+\s+){0,3}?(?:board|council|commission|committee|trustees|members)\s+(?:approved|adopted)\s+"
    r"(?:the\s+)?(?:preceding|foregoing|above|within|these|this)\s+(?:meeting\s+)?(?:minutes|notes)\s+(?:at|on)\b"
    # "Approved: ________", "Approved: 04/11/2023", "Date approved:": the signature block's line for that date.
    r"|(?:date\s+)?approved\s*:\s*(?:_+|\d{1,2}/\d{1,2}/\d{2,4})?\s*(?::\s*[a-z]{1,3})?\s*$"
    # "Members requested an update on the lease.", "The Members also asked for a report at the May meeting.", "Members
    # requested that they be kept up-to-date.": the body asks to be told more, and decides nothing (short of a request the
    # meeting then agreed: "… and requested a presentation, and this was agreed.").
    + r"|" + _BODY_ASKS + r"(?:also\s+|further\s+|then\s+)?"
    r"(?:requested|asked\s+for|sought)\s+(?:(?:a|an|the|further|more|regular|written|full|similar|detailed|urgent|progress"
    r"|monthly|quarterly)\s+){0,3}(?:update|report|information|briefing|presentation|clarification|details|figures"
    r"|breakdown|feedback)s?\b"
    + r"|" + _BODY_ASKS + r"(?:also\s+)?requested\s+that\s+"
    r"they\s+(?:be|would\s+be)\s+kept\s+(?:informed|up[\s-]to[\s-]date|updated|apprised|appraised|advised)\b",
    re.IGNORECASE,
)
_RESULT_LABEL = re.compile(r"^RESULT\s*:\s*[A-Z]", re.IGNORECASE)
# A voting module's labels set in a column of their own, so that the text reader puts each on a line by itself with
# its value on the next: "Motion:" over "A made the motion to …", "Vote on the Motion:" over "The motion PASSED.",
# "RESULT:" over "ADOPTED [UNANIMOUS]". A bare label opens no motion; a bare "RESULT:" labels the outcome under it.
_BARE_MOTION_LABEL = re.compile(
    r"^(?:vote\s+on\s+(?:the\s+)?)?(?:main\s+)?(?:motion|amendment)(?:\s+(?:as\s+amended|to\s+amend))?\s*:[\W_]*$",
    re.IGNORECASE,
)
_BARE_RESULT_LABEL = re.compile(r"^RESULT\s*:[\W_]*$", re.IGNORECASE)
# "Motion: approved   Vote: unanimous": the outcome as a label under the item, with no motion written out.
_MOTION_OUTCOME_LABEL = re.compile(r"^motion\s*:\s*(?:approved|adopted|carried|passed|accepted)\b", re.IGNORECASE)
# A tally in brackets closing the motion: "… to pave the car park (5-0).", "… (Y-5)", "(Y-4, N-1)", "(Yes 4, No 1)".
_BRACKET_TALLY = re.compile(
    r"(?<![\w(])\(\s*(?:Y(?:es|ea)?s?\s*[-–:]?\s*(?P<y>\d{1,2})(?:\s*[,;/]?\s*N(?:o|ay)?s?\s*[-–:]?\s*(?P<n>\d{1,2}))?"
    r"(?:\s*[,;/]?\s*A\w*\s*[-–:]?\s*\d{1,2})?|(?P<f>\d{1,2})\s*[-–]\s*(?P<a>\d{1,2})(?:\s*[-–]\s*\d{1,2})?)\s*\)\s*[.;]?\s*$",
    re.IGNORECASE,
)
# A bare tally closing the question or proposal on its line: "Should we renew the contract? – 4/4 yes", "– 0/4 votes".
_SHARE_TALLY = re.compile(
    r"(?:^|[–—:-]\s*)(?P<y>\d{1,2})\s*/\s*(?P<of>\d{1,2})\s+(?:yes|ayes?|votes?(?:\s+(?:yes|in\s+favou?r|for))?|in\s+favou?r|for)"
    # "VOTE: 4/2 AYES: Hale, …": a side's label with its colon heads a list of names; the counts are ayes/nays.
    r"\b(?!\s*:)(?:\s*\([^()]{0,40}\)|[^\d()/]){0,60}$",
    re.IGNORECASE,
)
# "Proposal to buy a mower – 3 votes in favour", "5 votes for, 2 against": the count for, and any count against.
_COUNT_TALLY = re.compile(
    r"(?:^|[–—:,-]\s*)(?P<y>\d{1,2})\s+votes?\s+(?:in\s+favou?r|for)\b"
    r"(?:\s*[,;]?\s*(?:and\s+)?(?P<n>\d{1,2})\s+(?:votes?\s+)?(?:against|opposed)\b)?(?:\s*\([^()]{0,40}\)|[^\d()/]){0,60}$",
    re.IGNORECASE,
)
# Each side's count before its word, closing the unit: "Sam seconded 4 yea 0 nay", "Passed 5 ayes, 1 no".
_SIDES_COUNTED = re.compile(
    r"(?:^|\s)(?P<y>\d{1,2})\s+(?:yeas?|ayes?|yes)\s*[,;]?\s*(?:and\s+)?(?P<n>\d{1,2})\s+(?:nays?|noes?|no)\b"
    # then the members who abstained or were away, counted the same way: "6 Ayes 0 Nays 0 Abstentions 1 Absent".
    r"(?:\s*[,;]?\s*\d{1,2}\s+(?:abstain(?:ed|ing|s)?|abstentions?|absent|recused)){0,3}\s*\.?$",
    re.IGNORECASE,
)
# Words before a bracket that make it a range, not a tally: "items (1-3)".
_RANGE_BEFORE = re.compile(
    r"\b(?:items?|pages?|sections?|lots?|nos?\.?|numbers?|phases?|parts?|rooms?|grades?|ages?|years?|appendix|appendices)\s*$",
    re.IGNORECASE,
)
# A line that a PDF line break cut mid-clause: "… The motion" then "passed 6-0." is one sentence.
_RUNS_ON = re.compile(r"\b(?:motion|which|that|it|was|were|and|has|been)\s*$", re.IGNORECASE)
_VOTE_TALLY = re.compile(
    # "VOTE: 4/2 AYES: …": ayes and nays parted by a slash too (a share, "4/4 yes", is `_SHARE_TALLY`'s).
    r"\bvote\s*(?::|was|of)\s*(?P<ayes>\d{1,2})\s*[-–/]\s*(?P<noes>\d{1,2})\b"
    # "Vote: 3 in favor, 0 opposed, 0 abstained"
    r"|\bvote\s*:\s*(?P<ayes2>\d{1,2})\s+(?:in\s+favou?r|for|yes|ayes?)\s*[,;]\s*(?P<noes2>\d{1,2})\s+(?:opposed|against|no|nays?)\b",
    re.IGNORECASE,
)
# A line that only names the mover and seconder of the motion written just before it: "Moved by Trustee A Seconded by
# Trustee B" under "Motion to approve the minutes as submitted."
# So does "M/S Commissioner A / Chair B" (moved, seconded) under "Motion made to approve the plan as presented.".
_MOVERS_ONLY = re.compile(
    r"^(?:moved|proposed)(?:\s+by\b|\s*:)(?![^.;]*\b(?:to|that)\b)"
    r"|^M\s*/\s*S\s*:?\s*(?:(?-i:[A-Z])[\w.'’-]*\s+){1,4}/\s*(?:(?-i:[A-Z])[\w.'’-]*\s*){1,4}(?![^.;]*\b(?:to|that)\b)",
    re.IGNORECASE,
)
# The decisions a table's decision column records.
_ROW_DECISION = re.compile(
    # "Passed (unanimous)"; not a template's choices ("Passed/Rejected/Lapsed").
    # A planning response as its column gives it: "No comment", "Object – overdevelopment", "Support".
    r"^(?![^/]*/)(?:approved|agreed|granted|deferred|rejected|refused|declined"
    rf"|{PLANNING_RESPONSE}|accepted|carried|passed|adopted)\b",
    re.IGNORECASE,
)
# A tally, then the outcome as the cell's last sentence: "4 in favour. 1 abstained. Passed."
_ROW_TALLY_DECISION = re.compile(
    r"^\d{1,3}\s+(?:in\s+favou?r|for|yes|ayes?)\b[^/]{0,200}?[.;,]\s*(?:passed|carried|approved|adopted|rejected|defeated|lost)\.?$",
    re.IGNORECASE,
)
_DATE_CELL = re.compile(
    r"^(?:\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[./-]\d{1,2}[./-]\d{2,4})(?:\s+\d{1,2}[:.]\d\d\s*(?:[ap]m)?)?$"
    r"|^(?=.*\d)(?=.*\b(?:mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))"
    r"(?:[\d:./-]+|(?:mon|tue|wed|thu|fri|sat|sun)\w*|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*"
    r"|[ap]\.?m\.?|\d+[ap]m|\s+|,)+$",
    re.IGNORECASE,
)
_TABLE_RULE = re.compile(r"^\|?\s*:?-{3,}")
"""A markdown table's rule under its header row."""
# A mover changing the motion already put: "Seth amended his motion."
_AMENDED_OWN = re.compile(
    r"^(?:(?-i:[A-Z])[\w.'’-]*\s+){1,3}(?:amended|revised|restated)\s+(?:his|her|their|the)\s+motion\b", re.IGNORECASE
)
# A mover and seconder with no motion words: "Kim motioned, Lee seconded.", "Kim moved and Lee seconded."
_BARE_MOVERS = re.compile(
    r"^(?:(?-i:[A-Z])[\w.'’-]*\s+){1,3}(?:motioned|moved)(?:\s+(?:it|this|so))?\s*(?:,|;|\.|\band\b)\s*"
    r"(?:(?-i:[A-Z])[\w.'’-]*\s+){1,3}seconded\b(?:\s+(?:it|this|the\s+motion))?\s*[.;,]"
    # "Ben S moved." on its own, the seconder in the next sentence.
    r"|^(?:(?-i:[A-Z])[\w.'’-]*\s+){1,3}(?:motioned|moved)(?:\s+(?:it|this|so))?\s*[.;]?$",
    re.IGNORECASE,
)
# The topic put to the vote on the line above a bare mover's clause: "Discussion and vote – Hall rental fee.", "Vote on
# the lease renewal"; or any line that closes without a full stop (a bullet's title).
_TOPIC_PUT = re.compile(
    r"^(?:discussion\s+and\s+(?:possible\s+)?(?:vote|action)|vote\s+(?:on|to)|for\s+(?:vote|action))\b"
    # "Approval of paying the web fees." then "Ben moved. Dave seconded. Motion carries."
    r"|^(?:approval|adoption|purchase|renewal|donation|request|election|appointment)\s+(?:of|for|to)\b"
    r"|^(?!.*[.!?:]$).{3,200}$",
    re.IGNORECASE,
)
# A topic printed as a run-in label before a dash: "Demolition of the old shed: – Three bids received."
_RUN_IN_TOPIC = re.compile(rf"^{RUN_IN_TOPIC}")
# A mover and seconder with nothing moved in their sentence: "Motion made by A and seconded by B.", "Motion by A, 2nd by B."
_MOVERS_NO_OBJECT = re.compile(
    r"^(?![^.;]*\b(?:to|that|for|of)\b)motion\s+(?:was\s+)?(?:made\s+)?by\s+[\w.'’ -]{1,40}?\s*(?:,\s*|\s+and\s+)?"
    r"(?:seconded|second|2nd)\s+by\s+"
    r"[\w.'’ -]{1,40}?\s*[.;]?$",
    re.IGNORECASE,
)
# A sentence that only seconds the motion moved just before it: "Motion was seconded by B which passed 4-0."
_SECONDING = re.compile(r"^(?:the\s+|a\s+)?motion\s+(?:was\s+)?(?:duly\s+)?seconded\b|^seconded\b", re.IGNORECASE)
# A mover's or seconder's clause or an outcome in a bold paragraph that opens a section: the motion, not the item's heading.
_MOTION_IN_HEADING = re.compile(r"\b(?:made|makes)\s+a\s+motion\b|\bmoved\b|\bseconded\b", re.IGNORECASE)
REPEAT_WORDS = 4
"""A decision this long or longer that another decision of its section holds word for word is that one read twice."""
MOTION_SENTENCES = 8
"""How far before its outcome a motion record may start, in sentences."""
_VOTE_LABEL = re.compile(r"(?:^|\s)(?:VOTE|Vote)\s*:\s*\d")
_MOTION_LABEL_UNIT = re.compile(r"^(?:MOTION|Motion)\s*:\s*\S")
MOTION_PARTS = 30
"""How far back a motion's "AND THAT …" parts may lead to its first part, in sentences and list entries."""
# A consent item's disposition: "approved as presented", "accepted as submitted", "adopted as circulated".
_AS_PRESENTED = rf"(?:approved|accepted|adopted)\s+as\s+{_AS_LAID}"
# The disposition as the whole of an item's minutes: "Approved as presented.", "– approved as submitted".
_AS_PRESENTED_ALONE = re.compile(rf"^[–—-]?\s*(?P<d>{_AS_PRESENTED}\.?)$", re.IGNORECASE)
# The verb a response may carry: "No objections raised.", "No observations were made.", "No comment to be made."
_RESPONSE_VERB = r"(?:\s+(?:(?:was|were|to\s+be)\s+)?(?:raised|made|received|offered))?"
# A decision tag closing a line ("… Credit Balance £50. Noted", "… NO OBJECTIONS"), as the
# right-hand column of a correspondence or planning list prints it.
_DISPOSITION_TAG = re.compile(
    # "No objections raised.", "No observations were made.": the disposition with its verb.
    r"(?:^|(?<=[\s.)]))(?P<tag>Noted|NOTED|(?:No\s+[Oo]bservations?|NO\s+OBSERVATIONS?|No\s+[Oo]bjections?|NO\s+OBJECTIONS?"
    # The whole of a planning item's minutes, however set: "no objections", "not supported" (cut from the dash after the
    # application's site by the items reader).
    # "No comment to be made." as the whole of it.
    rf"|^(?i:{PLANNING_RESPONSE})(?=(?i:{_RESPONSE_VERB})\.?$))"
    rf"(?i:{_RESPONSE_VERB})"
    r"|Supported|SUPPORTED|Approved|APPROVED"
    # A consent item's disposition after its quoted or closed title: "… Respectively.” Finally passed."
    r"|(?<=[.”\"’]\s)(?:Adopted|Accepted|Finally\s+passed)(?:\s+as\s+amended)?(?:;\s*and)?"
    # A planning response: "… extension to dwelling - recommend approval."
    r"|(?i:recommend(?:ed)?\s+(?:approval|refusal))"
    # The response after a dash, closing the line that names its subject: "24/0312 – Garage at 2 Mill Lane – No
    # objection", "… – Support", "… – Refused"; a request's answer: "Request from the Scouts for £200 – granted",
    # "… – agreed £150", "… – declined"; "… – deferred until the next meeting". Planning decisions the district reports
    # ("… – Granted" with no request) are not the council's.
    # A consent list's disposition after the matters it names: "Minutes, Treasurer's Report, Bills – approved as presented".
    rf"|(?<=[–—-]\s)(?i:(?:{PLANNING_RESPONSE}){_RESPONSE_VERB}|refused|{_AS_PRESENTED}"
    r"|deferred\s+(?:until|to)\s+(?:the\s+)?next\s+meeting"
    # A board's letters and resolutions put off: "… – Tabled", "… – Sent Back to Committee", "… – Deferred".
    r"|tabled|deferred|postponed|(?:sent|referred)\s+back\s+to\s+(?:the\s+)?committee)"
    # A request refused in so many words: "Request for a donation - not agreed", "… – Not approved".
    r"|(?<=[–—-]\s)(?P<answer>(?i:granted|declined|not\s+(?:agreed|approved|granted)"
    r"|agreed(?:\s+£\s?[\d,]+(?:\.\d\d)?)?))"
    # A payment or paper line closed by the decision on it: "Clerk's salary £250 – resolved to pay", "Code of Conduct
    # Councillors resolved to sign", "Subscription notice - resolved to pay £102.48".
    # Only "pay" and "sign", which end their line: "resolved to accept" runs on to its object on the next line.
    r"|(?i:(?:(?:the\s+)?councillors\s+|it\s+was\s+)?resolved\s+to\s+(?:pay|sign)"
    r"(?:\s+(?:both|all|them))?(?:\s+£\s?[\d,]+(?:\.\d\d)?)?))(?P<rest>\s+(?:BUT|but)\b.*)?\.?$"
)
# What a request's answer ("granted", "declined", "agreed £150") closes: a request for money or leave.
_REQUEST = re.compile(r"\b(?:requests?|requested|grants?|donations?|funding|contributions?)\b|£\s?\d", re.IGNORECASE)


def _shorthand_only(said: str) -> bool:
    """A unit that is a board's shorthand for mover, seconder and a carried outcome and nothing more: "M/S/C HALE/VOSS
    (approved)", "M/S Hale, Voss and unanimous.", "M/S Hale / Voss Unanimous" (the motion is written elsewhere)."""
    found = _SHORTHAND_ONLY.match(said)
    if found is None:
        return False
    result = shorthand_result(found.group("c"))
    return result == "carried" or (result is None and bool(found.group("u") or said.rstrip(". ").endswith("approved)")))


def _shorthand_motion(units: list[tuple[int, int, str]], index: int, last_end: int) -> int | None:
    """The unit that holds the motion a shorthand line carried: its words quoted on the line below ('"That the minutes be
    approved."'), else the line before it, the item's own request ("Approve Minutes of 4 May.") when no other reading
    took it as a decision."""
    if index + 1 < len(units) and _MOTION_WORDS_BELOW.match(units[index + 1][2]):
        return index + 1
    before = index - 1
    said = units[before][2] if before > last_end else ""
    if (_MOTION_OPENS.search(said) or _REQUEST_LINE.match(said)) and not (_CARRIED.search(said) or _DECISION_WORDS.search(said)):
        return before
    return None


def disposition_tag(text: str) -> re.Match[str] | None:
    """The disposition tag closing `text`, or None; a request's answer counts only after a request."""
    tag = _DISPOSITION_TAG.search(text)
    if tag is not None and tag.group("answer") and not _REQUEST.search(text[: tag.start()]):
        return None
    return tag


_DASHED = re.compile(r"\w[)”\"’]?\s+[–—-]\s+$")
"""A subject closed by a dash, so that the words after it are its disposition ("… at 2 Mill Lane – No objection")."""
_TITLE_CLOSED = re.compile(r"\w(?:\.[”\"’]?|[”\"’])\s*$")
"""A title closed by its full stop or quote, so that the word after it is the item's disposition."""
_ENACTED = re.compile(r"[.”\"’]\s+(?:Adopted|Accepted|Finally\s+passed)(?:\s+as\s+amended)?(?:;\s*and)?\.?$")
ADDRESS_LINE_CHARS = 60
"""A line of an application's address block (house, village, postcode, applicant) is shorter than this."""
ADDRESS_LINES = 8
"""Lines an address block may run to above its disposition."""
_AUXILIARY_BEFORE = re.compile(r"\b(?:was|were|be|been|is|are|has|have|had|and|duly|also|not)\s*$", re.IGNORECASE)
_VOTE_CLOSE = (
    r"(?:\d{1,2}\s*[-–/]\s*\d{1,2}(?:\s*[-–/]\s*\d{1,2})?|unanimous(?:ly)?|all\s+in\s+favou?r)"
    r"(?:\s*,?\s*(?:in\s+favou?r|opposed|approved|carried|passed|unanimous(?:ly)?))?"
)
"""What a vote label's line says when it closes a motion: a tally ("3-0", "5-0-1", "4/1"), "Unanimous", "All in favor",
maybe with its word ("3-0 in favor")."""
_CLOSED = re.compile(
    r"[.:;!?]$"
    # "* Motion carried unanimously" with no full stop, then the next paragraph: the outcome closed its record.
    r"|(?i:\b(?:motion|it)\s+(?:was\s+)?(?:unanimously\s+)?(?:carried|carries|passed|passes)(?:\s+unanimously)?)$"
    # "Vote: 3-0 in favor", "VOTE: 5-0-1", "Vote: Unanimous" closing a labelled motion block ("Motion:" / "Moved: A
    # Seconded: B" / "Vote: …"), then the next item's heading: the vote closed its record.
    rf"|(?:^|\s)(?i:vote)\s*:\s*(?i:{_VOTE_CLOSE})$"
)
_LABEL = re.compile(r"^[A-Z]{3,}\s*:")
"""A field label opening a line ("MOVER:", "AYES:"): a new unit even after a line without a full stop."""


# The council's response to an application, standing for the whole of its minutes ("No objections", "not supported").
_PLANNING_RESPONSE = re.compile(rf"(?:{PLANNING_RESPONSE})\b", re.IGNORECASE)
# An application named on its line: its reference ("(31/1046)", "23/0456/FUL") or the word itself.
_NAMES_APPLICATION = re.compile(rf"\b(?:{APPLICATION_REF.pattern})\b|\bapplication\b", re.IGNORECASE)


# The planning authority's decision or its wait for one, which a parish list reports but did not take: "… – Approved by
# the District Council", "… – granted by the LPA", "… – awaiting decision".
_AUTHORITY_DECIDED = re.compile(
    r"\b(?:approved|granted|refused|permitted|withdrawn|determined|decided|allowed|dismissed)\s+by\s+(?:the\s+)?"
    r"(?:(?:[\w'’-]+\s+){0,3}?(?:district|borough|county|city|unitary|national\s+park|planning)\s+(?:council|authority)\b"
    r"|(?-i:LPA|[A-Z]{1,4}(?:DC|BC|CC))\b|(?:planning\s+)?inspector(?:ate)?\b)"
    r"|\bawaiting\s+(?:a\s+|the\s+)?decision\b|\bdecisions?\s+(?:awaited|pending)\b|\bpending\s+(?:a\s+)?decision\b",
    re.IGNORECASE,
)
# An item that reports the planning authority's decisions: "Planning decisions", "Decisions received", "Decision notices",
# "Planning determinations" (an item of applications "and decisions" holds the council's responses too).
_AUTHORITY_DECISIONS_TITLE = re.compile(
    r"^(?:(?:to\s+)?(?:note|receive)\s+(?:the\s+)?)?(?:notifications?\s+of\s+)?"
    r"(?:planning\s+(?:decisions?|determinations?|decision\s+notices?|outcomes?)|decision\s+notices?"
    r"|(?:planning\s+)?(?:decisions?|determinations?)\s+(?:received|notified|issued))"
    r"(?:\s+(?:received|notified|issued|from\b.*|by\b.*|of\s+the\b.*))?[\s.:]*$",
    re.IGNORECASE,
)


def _authority_decided(section: Section, text: str) -> bool:
    """True when `text` reports the planning authority's decision (or the wait for it), not the council's own."""
    title = section.item.title if section.item is not None and section.item.title else ""
    return bool(_AUTHORITY_DECIDED.search(text) or _AUTHORITY_DECISIONS_TITLE.match(title.strip()))


def _address_block(paragraphs: list[list[Line]], at: int) -> list[list[Line]]:
    """The paragraphs above `paragraphs[at]` that form the application block a bare disposition closes, or []."""
    block: list[list[Line]] = []
    position = at - 1
    while position >= 0 and len(block) < ADDRESS_LINES:
        lines = paragraphs[position]
        said = paragraph_text(lines)
        if lines[0].is_heading or _CLOSED.search(said) or _DISPOSITION_TAG.search(said):
            break
        if len(said) >= ADDRESS_LINE_CHARS:
            block.insert(0, lines)  # the application's own line, which may run long
            break
        block.insert(0, lines)
        position -= 1
    if len(block) == 1 and not _NAMES_APPLICATION.search(paragraph_text(block[0])):
        return []  # one line above a bare disposition is its application only when it says so
    return block


def split_at_tags(paragraphs: list[list[Line]], tag: re.Pattern[str]) -> list[list[Line]]:
    """Split each paragraph after any line, short of its last, that ends with a right-hand column tag."""
    split: list[list[Line]] = []
    for lines in paragraphs:
        current: list[Line] = []
        for position, line in enumerate(lines):
            current.append(line)
            if position < len(lines) - 1 and tag.search(clean_text(line.text)):
                split.append(current)
                current = []
        if current:
            split.append(current)
    return split


@dataclass(frozen=True, slots=True, eq=False)
class ResolutionRules:
    """The opener Matcher and the one-word decisions ("Noted") loaded from data.

    Compared by identity (`eq=False`): loaded rules are cached and carry a memo.
    """

    matcher: Matcher
    bare: frozenset[str]
    anchors: tuple[tuple[frozenset[str], ...], ...] = ()
    """Per pattern, the word sets of its required tokens: a text holding none of one set's words
    cannot match that pattern, so the Matcher (the slow part) need not run on it."""
    hashed_anchors: HashedAnchors = ()
    """`anchors` as string hashes, checked against a sentence's tokens without making Token objects."""
    lexical: bool = False
    """True when the patterns test only what a token's text decides, so a sentence's tokens decide its opener."""
    sentence_openers: dict[tuple[int, ...], str | None] = field(default_factory=dict)
    """Opener (or None) per sentence already matched, keyed by its tokens' ORTH hashes; used when `lexical`."""


@dataclass(slots=True)
class ProseSection(Section):
    """Minutes text outside any item that is still read for decisions (minutes whose items were not found)."""

    def _group_paragraphs(self) -> list[list[Line]]:
        # Without item headings to go by, a bullet glyph of a Word PDF ("\uf0b7 Minutes approved …",
        # "o Budget …") starts a paragraph as a "•" does; so does a "•" that a web export left mid-line.
        groups: list[list[Line]] = []
        for group in Section._group_paragraphs(self):
            for position, line in enumerate(group):
                parts = _INLINE_BULLET.split(line.text)
                for index, part in enumerate(parts):
                    if not part.strip():
                        continue
                    piece = line if len(parts) == 1 else replace(line, text=part)
                    if (position == 0 and index == 0) or index > 0 or _BULLET_GLYPH_LINE.match(part):
                        groups.append([piece])
                    else:
                        groups[-1].append(piece)
        return groups


def load_resolution_rules(nlp: Language, path: Path = PATTERNS_PATH) -> ResolutionRules:
    """Return the resolution openers from `path` compiled for `nlp`."""
    return _load_rules(nlp, str(path))


@lru_cache(maxsize=8)
def _load_rules(nlp: Language, path: str) -> ResolutionRules:
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    lists = _word_lists(data)
    patterns = [(entry["label"], _with_word_lists(entry["pattern"], lists)) for entry in data["patterns"]]
    anchors = tuple(read_pattern_anchors(pattern) for _, pattern in patterns)
    return ResolutionRules(
        matcher=build_matcher(nlp, patterns),
        bare=frozenset(word.lower() for word in data.get("bare", [])),
        anchors=anchors,
        hashed_anchors=hash_anchors(anchors),
        lexical=has_lexical_patterns(pattern for _, pattern in patterns),
    )


def _word_lists(data: dict[str, object]) -> dict[str, list[str]]:
    """The word lists a pattern names as "$name" instead of copying them: "$mover_titles" from the titles, and
    "$deciding_bodies" from the patterns file itself."""
    bodies = data.get("deciding_bodies", [])
    return {
        "$mover_titles": sorted({title.lower() for title in load_title_words().mover_titles}),
        "$deciding_bodies": [str(word).lower() for word in bodies] if isinstance(bodies, list) else [],
    }


def _with_word_lists(pattern: list[dict[str, object]], lists: dict[str, list[str]]) -> list[dict[str, object]]:
    """`pattern` with each `{"IN": "$name"}` set to the named word list."""
    expanded: list[dict[str, object]] = []
    for token in pattern:
        copy: dict[str, object] = {}
        for key, value in token.items():
            if isinstance(value, dict) and isinstance(value.get("IN"), str):
                value = {**value, "IN": lists[value["IN"]]}
            copy[key] = value
        expanded.append(copy)
    return expanded


def extract_resolutions(
    sections: list[Section], *, nlp: Language, lines: Sequence[Line] = (), meeting_date: dt.date | None = None
) -> list[Resolution]:
    """Return every decision recorded in the sections, in document order.

    `lines` (the document's) let an item's own heading line be read for the disposition it closes with;
    `meeting_date` tells a decision dated to the meeting's own month from an earlier one.
    """
    month = meeting_date.month if meeting_date is not None else 0
    rules = load_resolution_rules(nlp)
    by_number = {line.number: line for line in lines}
    found: list[Resolution] = []
    for section in sections:
        seen: set[str] = set()
        from_section = _heading_disposition(section, by_number) + list(_iter_section(section, rules, nlp, month))
        if section.item is not None or isinstance(section, ProseSection):
            motions = list(_motion_records(section, nlp))
            if motions:
                # "Resolution No. 12, “…” Adopted" over the motion that adopted it: one decision, the motion's.
                from_section = [r for r in from_section if not _ENACTED.search(r.text)]
            from_section = _with_motion_records(from_section, motions)
        from_section = [r for r in _without_repeats(from_section)
                        if not _LABELLED_FAILURE.match(r.text) and not _VOTE_PUT_AND_LOST.search(r.text)
                        and not _is_approval_stamp(r, section)]
        for resolution in from_section:
            if resolution.text.lower() in seen:
                continue
            seen.add(resolution.text.lower())
            found.append(resolution)
    return found


# A labelled decision line that records a motion failing: "DECISION: VOTE WAS A TIE – MOTION FAILS", "Decision:
# Motion failed 2-3." A motion that failed decides nothing.
# What was agreed is only to put the motion to a vote, and the vote lost it: "Following discussion it was agreed that a
# vote would be taken on the motion and following a show of hands the Mayor declared the motion defeated."
_VOTE_PUT_AND_LOST = re.compile(
    r"\b(?:agreed|decided)\s+(?:that\s+a\s+vote\s+(?:would|should)\s+be\s+taken|to\s+(?:take\s+a\s+vote|put\s+(?:it|the\s+"
    r"(?:motion|matter|proposal))\s+to\s+a\s+vote))\b[^.;]{0,200}?\b(?:motion|proposal|it)\s+(?:was\s+)?(?:defeated|lost|failed|fell)\b",
    re.IGNORECASE,
)
_LABELLED_FAILURE = re.compile(
    r"^(?:DECISION|Decision|DISPOSITION|Disposition|ACTION|Action|RESULT|Result|OUTCOME|Outcome)\s*:\s*"
    r"(?:(?:the\s+)?(?:vote|motion)\s+(?:was\s+)?(?:a\s+)?tie\b|[^.;]{0,60}?\b(?:motion|it)\s+(?:was\s+)?(?:fails|failed|lost|defeated)\b"
    r"|(?:motion\s+)?(?:failed|fails|lost|defeated)\b)",
    re.IGNORECASE,
)


# The minutes' own approval stamped on them: "APPROVED" or "Approved Minutes" under the title, "Approved: July 14, 2031",
# "Minutes approved on 07/14/31", "Approved: ________" at the foot. The words are the record's status words (the title
# reader's `meeting.STATUS_WORDS`: "DRAFT", "Unapproved", "FINAL") and "adopted".
_APPROVAL_STAMP = re.compile(
    rf"^(?:(?:the\s+)?minutes\s+)?(?:{STATUS_WORDS}|adopted)(?:\s+minutes)?"
    r"(?P<rest>\s*(?:[:–—-]|\bon\b|\bby\s+the\s+\w+(?:\s+\w+)?\s+on\b)\s*.*)?$",
    re.IGNORECASE,
)
_BLANKS = re.compile(r"^[_.\s]*$")
# A word of running text above the stamp ("the", "and", "for" join a title's words too), and the stop that ends its
# sentence (after a word or a figure: "… the rate study.", "… totalling $4,210."; not "7 p.m.").
_PROSE_WORD = re.compile(r"\b(?!(?:the|and|for)\b)[a-z]{3,}\b")
_SENTENCE_END = re.compile(r"(?<=[a-z]{2}[.!?])(?=\s|$)|(?<=\d[.!?])(?=\s|$)")
HEADING_PROSE_WORDS = 4
"""Lower-case words (`_PROSE_WORD`) that make a sentence running text, which ends the heading block ("The board
discussed the rate study."); a title ("Minutes of the regular meeting of the Elm Board") has fewer, or no stop."""


def _is_approval_stamp(resolution: Resolution, section: Section) -> bool:
    """True when `resolution` is the stamp of the minutes' approval, no decision of the meeting: a blank for the date
    ("Approved: ______") wherever it stands; the bare word ("APPROVED") or the word with a date ("Approved: July 14,
    2031") in the heading block (`_in_heading_block`). Under an item, or below the minutes' first running text, the word
    is a disposition ("4. Minutes of March" / "APPROVED"), and the date may be the minutes' it approved ("Minutes
    approved: May 12, 2031")."""
    stamp = _APPROVAL_STAMP.match(resolution.text.strip())
    if stamp is None:
        return False
    rest = stamp.group("rest")
    if rest is None:
        return _in_heading_block(resolution, section)
    value = re.sub(r"^\s*(?:[:–—-]|on\b|by\s+the\s+\w+(?:\s+\w+)?\s+on\b)\s*", "", rest, flags=re.IGNORECASE)
    return bool(_BLANKS.match(value)) or (is_date_line(value.rstrip(".")) and _in_heading_block(resolution, section))


def _in_heading_block(resolution: Resolution, section: Section) -> bool:
    """True when `resolution` stands before the first item and before any line of running text: in the title lines,
    date and status at the top (minutes with no numbered items are one section with no item, running text and all)."""
    if section.item is not None:
        return False
    start = resolution.evidence.line_start if resolution.evidence is not None else None
    above = " ".join(line.text.strip() for line in section.lines if start is not None and line.number < start)
    sentences = _SENTENCE_END.split(above)[:-1]  # (the last part has no stop: a title's lines, the stamp's own)
    return not any(len(_PROSE_WORD.findall(sentence)) >= HEADING_PROSE_WORDS for sentence in sentences)


def _without_repeats(found: list[Resolution]) -> list[Resolution]:
    """Drop a decision whose words another decision of the section holds.

    ("AGREED to invite X." inside "It was AGREED to invite X.")
    """
    kept: list[Resolution] = []
    for position, resolution in enumerate(found):
        words = _words(resolution.text)
        if len(words.split()) >= REPEAT_WORDS and any(
            other is not resolution and words != _words(other.text) and f" {words} " in f" {_words(other.text)} "
            for other in found
        ):
            continue
        if any(words == _words(other.text) for other in found[:position]):
            continue
        kept.append(resolution)
    return kept


def _words(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.lower()))


def _all_ayes(said: str, following: list[tuple[int, int, str]]) -> bool:
    """True when `said` is a roll call of ayes alone and the unit after it does not give the outcome itself."""
    if len(_AYE.findall(said)) < ALL_AYES or _NAY.search(said):
        return False
    return not any(_CARRIED.search(text) or _FAILED.search(text) for _, _, text in following)


def _with_motion_records(found: list[Resolution], motions: list[Resolution]) -> list[Resolution]:
    """Merge motion records into the paragraph-read decisions: a record replaces the decisions it holds."""
    if not motions:
        return found
    kept = [r for r in found if not any(_words(r.text) in _words(m.text) for m in motions)]
    added = [m for m in motions if not any(_words(m.text) in _words(r.text) for r in kept)]
    merged = kept + added
    return sorted(merged, key=lambda r: (r.evidence.page, r.evidence.line_start) if r.evidence else (0, 0))


# "Motion to adjourn by A." / "Seconded by B." / "Meeting adjourned at 8:32 pm.": the adjournment is the motion's outcome.
_ADJOURNED = re.compile(r"(?:^|(?<=\s))(?:the\s+)?(?-i:[Mm])eeting\s+(?:was\s+)?adjourned\b", re.IGNORECASE)
_ADJOURN_MOVED = re.compile(r"\b(?:motion|moved?)\s+(?:was\s+made\s+)?to\s+adjourn", re.IGNORECASE)
ADJOURN_REACH = 3
"""Units before "Meeting adjourned" within which the motion to adjourn must stand."""


def _adjourned_on_motion(units: list[tuple[int, int, str]], index: int, last_end: int) -> bool:
    said = units[index][2]
    adjourned = _ADJOURNED.search(said)
    return adjourned is not None and (
        bool(_ADJOURN_MOVED.search(said, 0, adjourned.start()))
        or any(_ADJOURN_MOVED.search(units[back][2]) for back in range(max(last_end + 1, index - ADJOURN_REACH), index))
    )


def _motion_records(section: Section, nlp: Language) -> Iterator[Resolution]:
    """Decisions written as a motion and its outcome, read across the section's paragraphs."""
    # Bold lines read as headings, and minutes print motions and outcomes in bold: only the item's own heading is left out.
    paragraphs = section.paragraphs()
    if paragraphs and paragraphs[0][0].is_heading and not _holds_motion(paragraph_text(paragraphs[0])):
        paragraphs = paragraphs[1:]
    # A motions table with an outcome column ("Motion | Moved by | Seconded by | Status") is read row by row
    # (`_iter_section`), never as one run-on motion: only its rows whose outcome that reading misses
    # ("6 in favour. Passed") stay, each a paragraph of its own.
    paragraphs = [part for lines in paragraphs for part in _undecided_rows(lines)]
    # A motions table (one row per motion, or a motion's labelled table) is read by `_iter_section` alone.
    motion_tables = find_motion_tables(section.lines)
    paragraphs = [lines for lines in paragraphs if not all(line.table in motion_tables for line in lines)]
    texts = [strip_list_marker(paragraph_text(lines)) for lines in paragraphs]
    if not any(_MOTION_WORDS.search(text) or _SECONDER_CLOSES.search(text) for text in texts):
        return
    # A paragraph that ends mid-sentence (a PDF line break) runs on into the next one.
    parts: list[str] = []
    starts: list[tuple[int, list[Line]]] = []
    offset = 0
    for text, lines in zip(texts, paragraphs):
        if not text:
            continue
        starts.append((offset, lines))
        parts.append(text)
        offset += len(text) + 1
    text = " ".join(parts)
    ends = [at for at, _ in starts[1:]] + [len(text)]

    def lines_within(*spans: tuple[int, int]) -> list[Line]:
        """The printed lines of every paragraph one of the character `spans` of `text` falls in."""
        return [line for (at, para), end in zip(starts, ends) if any(at < b and end > a for a, b in spans) for line in para]

    sentences = [(s.start_char, s.end_char, s.text.strip()) for s in parse_sentences(nlp, text)]
    # A paragraph start is a sentence start too: "Carried" printed under the motion without a full stop.
    # A paragraph that a PDF line break ended mid-sentence is no cut.
    paragraph_cuts = {
        start for (start, _), before in zip(starts, [""] + parts) if not before or _CLOSED.search(before.rstrip())
        or before.rstrip().endswith(("]", ")")) or _LABEL.match(text[start:start + 40])
        or (_CARRIED.match(text[start:start + 40]) and not _RUNS_ON.search(before))
        or _MOTION_OPENS.match(text[start:start + 40])
    }
    cuts = sorted(paragraph_cuts | {start for start, _, _ in sentences} | set(_line_cuts(text, starts)))
    units = [(a, b, text[a:b].strip()) for a, b in zip(cuts, cuts[1:] + [len(text)]) if text[a:b].strip()]
    last_end = -1
    for index, (_, _, said) in enumerate(units):
        if index <= last_end:
            # The outcome a record already closed with ("The motion passed 14-1." then a voting module's "RESULT:" /
            # "ADOPTED [14 TO 1]", taken in as the record's close) is no second decision.
            continue
        topic = _topic_above(units, index, last_end)
        if _proposed_alone(units, index, topic):
            # "Approval of previous minutes – proposed by A, second B", "C was co-opted in due form Proposed by A
            # Seconded by B": the proposer and seconder close the decision, and no outcome or resolution follows.
            start_char, end_char = units[index if topic is None else topic][0], units[index][1]
            if topic is not None:
                said = f"{units[topic][2]} {said}"
            lines = lines_within((start_char, end_char))
            last_end = index
            if (index == 0 and _PROPOSED_FIRST.match(said) and _LABELLED_PAIR.search(said) and section.item is not None
                    and section.item.title):
                # "4. Approval of the minutes" then "Proposed: A" / "Seconded: B": the item's title is what was moved.
                said = f"{section.item.title.rstrip(' .:')}: {said}"
            yield _make(section.key, said, lines)
            continue
        moved = _seconded_without_outcome(units, index, last_end)
        if moved is not None:
            # "Ann moves to buy salt. Ben Second.", "Motion by Rowe, 2nd by Tate to rent the hall.": minutes that write a
            # motion's mover and seconder and never its vote record the motion the body took.
            start_char, end_char = units[moved][0], units[index][1]
            lines = lines_within((start_char, end_char))
            last_end = index
            yield _make(section.key, text[start_char:end_char].strip(), lines)
            continue
        tally = _tally_outcome(said)
        failed = _FAILED.search(said) or tally == "failed"
        if failed or not (_CARRIED.search(said) or tally or _all_ayes(said, units[index + 1:index + 2])
                          or _adjourned_on_motion(units, index, last_end)):
            if failed:
                last_end = index
            continue
        first = None
        shorthand = _shorthand_only(said)
        for back in range(index, max(last_end, index - MOTION_SENTENCES), -1):
            if _MOTION_OPENS.search(units[back][2]) and not _BARE_MOTION_LABEL.match(units[back][2]) and not (
                back == index and (_MOTION_OUTCOME_LABEL.match(said) or _MOVED_TALLY.match(said) or shorthand)
            ):
                first = back
                break
        if first is None and _VOTE_LABEL.search(said):
            # "MOTION: … made a MOTION to DENY this application for its failure to meet guidelines:" then a long list
            # of the guidelines, "Y seconded", "VOTE: 6/0 …": a labelled block reaches back to its own "MOTION:" label.
            first = next((back for back in range(index - 1, max(last_end, index - MOTION_PARTS), -1)
                          if _MOTION_LABEL_UNIT.match(units[back][2]) and not _MOTION_OUTCOME_LABEL.match(units[back][2])),
                         None)
        result_labelled = bool(_RESULT_LABEL.match(said)) or (index > 0 and bool(_BARE_RESULT_LABEL.match(units[index - 1][2])))
        if first is None and (_NAMES_MOTION.search(said) or result_labelled):
            # "Motion: A made the motion to … . B seconded the motion." then the discussion, then "The Chair declared
            # the motion PASSED." (or a voting module's "RESULT: PASSED [13 TO 0]"): the outcome closes the motion made
            # before the discussion, however long it ran.
            made = next((back for back in range(index - 1, last_end, -1) if _MOTION_MADE.search(units[back][2])), None)
            if made is not None:
                kept = [made] + ([made + 1] if made + 1 < index and _SECONDED_SENTENCE.search(units[made + 1][2]) else [])
                lines = lines_within(*((units[at][0], units[at][1]) for at in kept + [index]))
                last_end = index
                yield _make(section.key, " ".join(units[at][2] for at in kept + [index]), lines)
                continue
        if first is None and shorthand:
            moved = _shorthand_motion(units, index, last_end)
            if moved is not None:
                start_char, end_char = units[moved][0], units[moved][1]
                said, end_char = _without_roll(text, start_char, end_char)
                lines = lines_within((start_char, end_char))
                last_end = max(index, moved)
                yield _make(section.key, said.strip("“”\"‘’ "), lines)
                continue
        if first is None and APPROVED_BY_NAMES.match(said):
            # "Demolition of the old shed: – Three bids received. Approved by Ann, Ben and Cy. Motion carried.": the
            # members' approval, with no motion written, decides what its run-in topic set out.
            first = next((back for back in range(index - 1, max(last_end, index - MOTION_SENTENCES), -1)
                          if _RUN_IN_TOPIC.match(units[back][2])), None)
        if first is None:
            labelled = result_labelled or _MOTION_OUTCOME_LABEL.match(said)
            written_below = any(_MOTION_OPENS.search(unit[2]) for unit in units[index + 1:index + 1 + MOTION_BELOW_LABEL])
            if labelled and section.item is not None and section.item.title and not written_below:
                # "RESULT: APPROVED [UNANIMOUS]" with no motion written out: the item's title is what was decided.
                # ("MOTION: APPROVED 1st: A 2nd: B" over "Ms. A moved to approve …": the motion below is the record.)
                start_char, end_char = units[index][0], units[index][1]
                lines = lines_within((start_char, end_char))
                said = said if _RESULT_LABEL.match(said) or _MOTION_OUTCOME_LABEL.match(said) else f"RESULT: {said}"
                yield _make(section.key, f"{section.item.title.rstrip(' .')}. {said}", lines)
            last_end = index
            continue
        if ((_SECONDING.match(units[first][2]) or _MOVERS_ONLY.match(units[first][2])) and first - 1 > last_end
                and _MOTION_OPENS.search(units[first - 1][2])):
            first -= 1  # "A moved that … . Motion was seconded by B which passed 4-0.": the record starts at the mover
        if (_BARE_MOVERS.match(units[first][2]) and first - 1 > last_end
                and _TOPIC_PUT.match(units[first - 1][2]) and not _CARRIED.search(units[first - 1][2])):
            first -= 1  # "Discussion and vote – Hall fee." then "A motioned, B seconded. Motion was approved.": the topic decides
        if ((_SO_MOVED.search(units[first][2]) or _MADE_THE_MOTION.match(units[first][2])) and first - 1 > last_end
                and _ASKED_FOR_MOTION.search(units[first - 1][2])):
            first -= 1  # "The Chair asked for a motion to adopt the draft. A so moved. B seconded. …": the ask holds the motion
        elif _SO_MOVED.search(units[first][2]):
            # "It was decided that the Committee write a statement. A will draft it. B so moved, C seconded. Upon voice
            # vote, the motion carried, 3-0.": what was moved is the course decided or proposed just before.
            for earlier in range(first - 1, max(last_end, first - SO_MOVED_REACH - 1), -1):
                if _PROPOSED_COURSE.search(units[earlier][2]):
                    first = earlier
                    break
        if _AMENDED_OWN.match(units[first][2]):
            # "A moved for $300 for antennas. B suggested using the trailer fund. A amended his motion. C seconded.
            # Motion carried.": the record starts at the motion that was amended.
            for earlier in range(first - 1, max(last_end, first - MOTION_SENTENCES), -1):
                if _MOTION_OPENS.search(units[earlier][2]) and not _AMENDED_OWN.match(units[earlier][2]):
                    first = earlier
                    break
        if _MOVERS_NO_OBJECT.match(units[first][2]):
            # "Resolution 2024-1: – Presented resolution 2024-1 recognizing … . Motion made by A and seconded by B.
            # Yea – 4 and Nay – 1.": a mover and seconder with no motion words move what the sentences before set out.
            for earlier in range(first - 1, max(last_end, first - SO_MOVED_REACH - 1), -1):
                said_before = units[earlier][2]
                if UNMOVED_MOTION.match(said_before):
                    # "Motion to approve the minutes." then "Motion by A, second by B.": one motion, unless the sentence
                    # lost its own motion ("Motion to table the roof was withdrawn.", "… was not seconded."). (One that
                    # carried or failed closed its record, and `last_end` keeps the walk from reaching it.)
                    if not _LOST.search(said_before):
                        first = earlier
                    break
                if _MOTION_OPENS.search(said_before) or _CARRIED.search(said_before) or _tally_outcome(said_before):
                    break
                first = earlier
                if units[earlier][0] in paragraph_cuts:
                    break
        if _CONTINUED.match(units[first][2]):
            for earlier in range(first - 1, max(last_end, first - MOTION_PARTS), -1):
                if _MOTION_OPENS.search(units[earlier][2]):
                    first = earlier
                    if not _CONTINUED.match(units[earlier][2]):
                        break
        # "That the report BE RECEIVED;" "That Council approve …; and" "That the Mayor sign …" "CARRIED": one motion.
        while first - 1 > last_end and _THAT_CLAUSE.match(units[first][2]) and _THAT_CLAUSE.match(units[first - 1][2]):
            first -= 1
        while first - 1 > last_end and _RECITAL.match(units[first - 1][2]):
            first -= 1
        closing = _labelled_decision_after(units, _restated_through(units, index))
        start_char, end_char = units[first][0], units[closing][1]
        said, end_char = _without_roll(text, start_char, end_char)
        lines = lines_within((start_char, end_char))
        last_end = closing
        yield _make(section.key, _NUMBER_AND_MOVERS.sub("", said, count=1), lines)


def _without_roll(text: str, start_char: int, end_char: int) -> tuple[str, int]:
    """The record `text[start_char:end_char]` and where it ends: a quoted motion stops at its closing quote when its roll
    call runs on after it ('“That the minutes be approved.” Approved (5): Hale, Voss …')."""
    said = text[start_char:end_char].strip()
    quoted = _QUOTED_THEN_ROLL.match(said)
    if quoted is None:
        return said, end_char
    motion = quoted.group("motion")
    return motion, text.index(motion, start_char) + len(motion)


MOTION_BELOW_LABEL = 2
"""Units under an outcome label ("MOTION: APPROVED 1st: A 2nd: B") within which a motion written out makes the record."""


# A printed line that opens a motion of its own, though the line above ended with no full stop: "… Voice vote-Motion
# carried" then "Motion by A to accept the agenda, 2nd by B." ("… the" / "motion by A was read" runs on: a capital is asked).
# It is `items.MOTION_OPENING` with a capital first: "Greta 1st motion to accept", "GT motion to adopt", "Abe made a
# motion to …", "MH motioned for adjournment", "Moved by A …".
# A mark may stand before it: "~AB motioned to appoint …", "• Motion by A …".
_LINE_OPENS_MOTION = re.compile(rf"^[~*•]?(?=\s*(?-i:[A-Z])){MOTION_OPENING.pattern}", re.IGNORECASE)


# A tally of sides and counts, then a capitalised word with no full stop between: "… Yes – 5, No – 0 Meeting was
# adjourned at 7:30pm", "Yes - 5, No – 0 All yes – (…)": what follows is no part of the tally's motion.
_TALLY_THEN_NEW = re.compile(rf"{SIDES_TALLY}\.?\s+(?=(?-i:[A-Z]))", re.IGNORECASE)


# A line that a PDF break ended inside the mover's phrase: "… Ms. Hale made a" then "MOTION to APPROVE …" is one
# sentence, not a motion opening its own line.
_BROKEN_BEFORE_MOTION = re.compile(r"\b(?:made|makes|a|an|the)\s*$", re.IGNORECASE)


def _line_cuts(text: str, starts: list[tuple[int, list[Line]]]) -> Iterator[int]:
    """Unit starts that no full stop marks: a printed line that opens a motion, or the words after a tally. A motion's
    record then stops before the next motion or the next business."""
    previous = ""
    printed = [clean_text(line.text).strip() for _, lines in starts for line in lines]
    position = -1
    for offset, lines in starts:
        cursor = offset
        for _ in lines:
            position += 1
            said = printed[position]
            at = text.find(said[:30], cursor) if said else -1
            if at < 0 and said:
                # a paragraph's own list marker is left out of its text: "• Ann made a motion to …"
                said = strip_list_marker(said)
                at = text.find(said[:30], cursor) if said else -1
            if at < 0:
                continue
            # "Greta 1st motion to accept, Abe seconded 4 Yea 0 nay" / "Review of the June agenda": the tally ends its line.
            if at > 0 and (
                (_LINE_OPENS_MOTION.match(said) and not _BROKEN_BEFORE_MOTION.search(previous))
                or _SIDES_COUNTED.search(previous)
                # "Approval of the minutes" / "Proposed: A" / "Seconded: B" / "Treasurer's report": a labelled pair is
                # one record with the topic line above it, and the next line is other business.
                or _LABELLED_SECONDER.match(previous)
                or (position + 1 < len(printed) and len(said) <= LABELLED_TOPIC_CHARS
                    and _LABELLED_PROPOSER.match(printed[position + 1]) and not _LABELLED_PROPOSER.match(said))
            ):
                yield at
            cursor = at + len(said[:30])
            previous = said
    for found in _TALLY_THEN_NEW.finditer(text):
        yield found.end()


# A proposer or seconder on a labelled line of its own: "Proposed: A Lowe", "- Proposed by: Cllr Hart", "Seconded; B"
# (the labels are `votes.MOVER_LABEL` and `votes.SECONDER_LABEL`).
_LABELLED_PROPOSER = re.compile(rf"^(?:[-•]\s*)?{MOVER_LABEL}\s*(?-i:[A-Z])", re.IGNORECASE)
_LABELLED_SECONDER = re.compile(rf"^(?:[-•]\s*)?{SECONDER_LABEL}\s*(?-i:[A-Z])[\w.'’ -]{{0,40}}$", re.IGNORECASE)
_CLOSED_SENTENCE = re.compile(r"[.!?][”\"’)]?$")
LABELLED_TOPIC_CHARS = 100
"""The longest line above a labelled proposer that is read as the topic it moved."""
# A proposer and a seconder closing their sentence, named with no verb of agreement after them.
# Its labelled form, the names on lines of their own: "Proposed: A Lowe" / "Seconded: B Hart", "Proposed; A, Seconded; B".
_PROPOSED_PAIR = re.compile(
    r"\bproposed(?:\s+by\s*:?|\s*[:;])\s*(?:(?-i:[A-Z])[\w.'’-]*\s*){1,4},?\s*(?:and\s+)?second(?:ed)?\b\s*(?:by\b)?\s*[:;]?\s*"
    r"(?:(?-i:[A-Z])[\w.'’-]*\s*){1,4}\.?$",
    re.IGNORECASE,
)
_LABELLED_PAIR = re.compile(MOVER_LABEL, re.IGNORECASE)
# The proposer and seconder standing alone, with nothing before them to say what they moved.
_PROPOSED_FIRST = re.compile(r"^proposed\b", re.IGNORECASE)
PROPOSED_REACH = 2
"""Units before and after a proposer and seconder in which an outcome or resolution makes them part of that record."""


def _topic_above(units: list[tuple[int, int, str]], index: int, last_end: int) -> int | None:
    """The unit above a proposer's record that opens with "Proposed" when it is the open topic line the record moved
    ("Adoption of the accounts:" / "Proposed: A" / "Seconded: B"), else None."""
    if index - 1 <= last_end or not _PROPOSED_FIRST.match(units[index][2]):
        return None
    above = units[index - 1][2]
    return index - 1 if len(above) <= LABELLED_TOPIC_CHARS and not _CLOSED_SENTENCE.search(above) else None


def _proposed_alone(units: list[tuple[int, int, str]], index: int, topic: int | None = None) -> bool:
    """True when unit `index` ends with its proposer and seconder and no outcome, tally or resolution stands near it
    (one may stand above it: "RESOLVED that … . Proposed by A, seconded by B." is that resolution's)."""
    if not _PROPOSED_PAIR.search(units[index][2]):
        return False
    if topic is not None or (_LABELLED_PAIR.search(units[index][2]) and not _PROPOSED_FIRST.match(units[index][2])):
        # A record under its own topic line ("Adoption of the accounts:" / "Proposed: A" / "Seconded: B") owns no
        # decision around it; only an outcome on the line after it makes it a motion's record.
        return not any(_CARRIED.search(said) or _FAILED.search(said) or _tally_outcome(said)
                       for _, _, said in units[index:index + 2])
    near = units[max(0, index - PROPOSED_REACH):index] + units[index + 1:index + 1 + PROPOSED_REACH]
    # "Proposed by: A" / "Seconded by: B" / "And Resolved:" / "“That …”": the resolution below is the record's decision.
    return not any(
        _CARRIED.search(said) or _FAILED.search(said) or _tally_outcome(said) or _DECISION_WORDS.search(said)
        or _DECISION_FOLLOWS.search(said)
        for _, _, said in [*near, units[index]]
    )


# A motion written with its mover named first ("Ann moves to …", "Cy motions to adjourn", "Lee made a motion to …", "Cllr
# Lowe proposed acceptance"), maybe after its item's run-in title ("Approve Minutes – Ann moves to …"), or with "by" before
# the mover ("Motion by Rowe …", "It was moved by Cllr Hart that …"). An article or pronoun is no mover ("The motion …").
_RUN_IN_LABEL = r"(?:(?-i:[A-Z])[^.:;–—]{1,60}?(?::|\s[–—-])\s*)?"
_MOVER_NAMED = re.compile(
    rf"^{_RUN_IN_LABEL}(?!(?-i:The|A|An|This|That|It|There|He|She|They|We)\b)(?:(?-i:[A-Z])[\w.'’-]*\s+){{1,3}}"
    r"(?:(?:moves|moved|motions|motioned|(?:makes|made)\s+(?:a|the)\s+motion|proposed)\s+"
    r"(?:to|that|for|approval|acceptance|adoption)\b|(?:nominates|nominated)\s+(?-i:[A-Z]))"
    rf"|^{_RUN_IN_LABEL}(?:a\s+)?motion\s+(?:was\s+)?(?:made\s+)?by\s+(?-i:[A-Z])"
    r"|^(?:it\s+was\s+)?(?:moved|proposed)\s+by\s+(?-i:[A-Z])",
    re.IGNORECASE,
)
# The seconder named in the motion's sentence ("…, second by Tate", "2nd by Lee", "…, Bill second") or as a sentence of
# its own after it ("Ben Second.", "Cara seconds.", "Seconded by Cllr Hart."), which may carry the time ("… at 9:59 PM").
_SECONDER_IN_MOTION = re.compile(
    r"\b(?:seconded|second|2nd)\s+by\s+(?:the\s+)?(?-i:[A-Z])"
    r"|,\s*(?-i:[A-Z])[\w.'’-]*(?:\s+(?-i:[A-Z])[\w.'’-]*)?\s+(?:seconded|seconds|second)\b",
)
# A seconder's sentence closing anywhere in a paragraph ("… to end the contract. Cara Second."), which no motion word
# of `_MOTION_WORDS` names.
_SECONDER_CLOSES = re.compile(r"(?-i:[A-Z])[\w.'’-]{0,40}\s+(?:seconded|seconds|second)\s*(?:[.!,;]|at\s+\d|$)", re.IGNORECASE)
_SECONDER_ALONE = re.compile(
    r"^(?:(?:seconded|second|2nd)\s+by\s+(?:\w+\s+)?(?-i:[A-Z])[\w.'’-]*(?:\s+(?-i:[A-Z])[\w.'’-]*)?"
    r"|(?!(?-i:The|A|An|This|That|It|No|Not)\b)(?-i:[A-Z])[\w.'’-]*(?:\s+(?-i:[A-Z])[\w.'’-]*){0,3}\s+(?:seconded|seconds|second|2nd)"
    r"(?:\s+the\s+motion)?)(?:\s+at\s+\d{1,2}[:.]\d\d\s*(?:[ap]\.?\s?m\.?)?)?\s*[.!]?$",
    re.IGNORECASE,
)
# What was moved, after the mover's words: "… to rent the hall", "… that the minutes be signed", "… acceptance". "Proposed by
# A, seconded by B." moves nothing of its own: it names who moved the decision written before it.
_WHAT_MOVED = re.compile(r"\b(?:to|that|for|approval|acceptance|adoption)\s+\S|\bnominat(?:es|ed)\s+(?-i:[A-Z])", re.IGNORECASE)
# A vote or its outcome, in the motion's own sentence: then the readers of outcomes take the record.
_VOTE_WORDS = (
    r"carried|carries|passed|passes|prevailed|failed|fails|defeated|lost|unanimous(?:ly)?|ayes?|nays?|yeas?|noes"
    r"|vot(?:e|ed|es|ing)|opposed|abstain\w*|in\s+favou?r|roll\s+call"
)
_VOTE_IN_MOTION = re.compile(rf"\b(?:{_VOTE_WORDS})\b", re.IGNORECASE)
# A vote, an outcome or a change to the motion in a sentence after it, before the next motion: "The motion was approved
# 4-0.", "Motion did not pass.", "The chair asked that Ann amend her motion …", "The minutes are approved.", "Motion to
# Amend:", "VOTE ON THE MOTION". The motion is then no record of its own.
_VOTE_OR_CHANGE = re.compile(
    rf"\b(?:{_VOTE_WORDS}|against|tabled|withdr[ae]wn?|withdrew|amend(?:s|ed|ing|ment)?|approved|adopted|accepted|agreed"
    r"|rejected|denied|declined|postponed|deferred)\b",
    re.IGNORECASE,
)


_BRACKETED_PAIR = re.compile(r"\(\s*\d{1,2}\s*[-–]\s*\d{1,2}\b")
OUTCOME_ABOVE_WORDS = 4
"""Words of a line above a motion that, as an outcome ("FAILED", "ACTION: APPROVED"), is printed for the motion."""


def _seconded_without_outcome(units: list[tuple[int, int, str]], index: int, last_end: int) -> int | None:
    """The unit that opens the motion unit `index` closes with its seconder, when no outcome is written for it.

    A family of small boards' minutes records each motion by its mover and seconder alone ("Ann moves to buy salt. Ben
    Second.", "Motion by Rowe, 2nd by Tate to rent the hall."), as parish minutes record "proposed by A, seconded by
    B" (`_proposed_alone`): the motion so recorded is the body's decision. Any outcome, tally, vote or change to the
    motion before the next motion opens (or the section ends) leaves it to the readers of outcomes, and a failed, lost
    ("The motion died.") or amended one is no record of its own; "No second." names no seconder."""
    said = units[index][2]
    if _SECONDER_ALONE.match(said) and index - 1 > last_end and _MOVER_NAMED.search(units[index - 1][2]):
        first = index - 1
    elif _SECONDER_IN_MOTION.search(said) and _MOVER_NAMED.search(said):
        first = index
    else:
        return None
    motion = " ".join(part for _, _, part in units[first:index + 1])
    if (_CARRIED.search(motion) or _FAILED.search(motion) or _LOST.search(motion) or _tally_outcome(motion)
            or _VOTE_IN_MOTION.search(motion) or not _WHAT_MOVED.search(units[first][2])):
        return None  # (a motion may speak of an amendment: "to approve the minutes with a small amendment")
    if _BRACKETED_PAIR.search(motion):
        return None  # "… to renumber items (1-4).": a tally lost, or a range, is no outcome to read as carried
    above = units[first - 1][2] if first > 0 else ""
    if len(above.split()) <= OUTCOME_ABOVE_WORDS and (
        _CARRIED.search(above) or _FAILED.search(above) or outcome_above_motion().match(clean_text(above))
    ):
        return None  # "FAILED" / "APPROVED" printed above the motion: the outcome's readers take it
    for _, _, part in units[index + 1:]:
        if (_CARRIED.search(part) or _FAILED.search(part) or _LOST.search(part) or _tally_outcome(part)
                or _VOTE_OR_CHANGE.search(part)):
            return None  # ("The motion died.", "Not seconded.": lost, as `_LOST` reads it)
        if _MOTION_OPENS.search(part):
            break
    return first


# The record's own restatement after its outcome: "The minutes stand approved as written.", "The bills are approved
# for payment as submitted."
_STANDS_DECIDED = re.compile(
    r"^(?:the\s+)?[\w\s'’-]{1,60}?\b(?:stands?|are|is)\s+(?:hereby\s+)?(?:approved|adopted|accepted)\b"
    r"(?:\s+(?:as\s+(?:written|submitted|presented|amended|corrected)|for\s+payment(?:\s+as\s+submitted)?))*\s*[.!]?$",
    re.IGNORECASE,
)
RECORD_TAIL_WORDS = 14
"""Words an outcome or restatement after a motion's record may run to and still close that record."""


def _restated_through(units: list[tuple[int, int, str]], index: int) -> int:
    """The last unit of a motion's record whose outcome is unit `index`: a restatement of what it decided after the
    outcome ("All were in favor. Motion passes. The bills stand approved as submitted.") closes the same record; a
    further outcome alone, a labelled line or another motion does not."""
    for later in range(index + 1, min(len(units), index + 3)):
        said = units[later][2]
        if _NAMED_ROLL_UNIT.match(said) and _all_ayes(said, []):
            continue  # "All were in favor. Roll Call was taken as follows: A – yes, B – yes. The bills stand approved."
        if len(said.split()) > RECORD_TAIL_WORDS or _MOTION_OPENS.search(said):
            break
        if _STANDS_DECIDED.match(said):
            return later
        if not _CARRIED.search(said):
            break
    return _tally_after(units, index)


# A roll call written out after the outcome: "Roll Call was taken as follows: Trustee Orr – yes, Trustee Vale – yes."
_NAMED_ROLL_UNIT = re.compile(r"^(?:a\s+|the\s+)?roll[\s-]?call\b[^:]{0,40}:", re.IGNORECASE)


# A motion's block of labelled lines after its tally ("VOTE: 4/2 AYES: A, B" / "NAYS: C" / "DECISION: ADDITION
# CONTINUED."): the other sides' lists, then the labelled decision, close the same record.
_SIDE_LIST_UNIT = re.compile(rf"^{SIDE_LIST_LABEL}\s*:", re.IGNORECASE)
_RECORD_LABEL_WORDS = "DECISION|Decision|DISPOSITION|Disposition|RESULT|Result"
"""The labels that close a record with its decision ("DECISION: Approved", "Result:" over the outcome)."""
_DECISION_LABEL_UNIT = re.compile(rf"^(?:{_RECORD_LABEL_WORDS}|ACTION|Action)\s*:\s*\S")
_BARE_DECISION_LABEL = re.compile(rf"^(?:{_RECORD_LABEL_WORDS})\s*:\s*$")


def _labelled_decision_after(units: list[tuple[int, int, str]], closing: int) -> int:
    """The unit of the labelled decision that closes the record ending at unit `closing`, after any side lists, else
    `closing`."""
    later = closing + 1
    while later < len(units) and later <= closing + 3 and _SIDE_LIST_UNIT.match(units[later][2]):
        later += 1
    if later < len(units) and _DECISION_LABEL_UNIT.match(units[later][2]) and len(units[later][2].split()) <= RECORD_TAIL_WORDS:
        return later
    if (later + 1 < len(units) and _BARE_DECISION_LABEL.match(units[later][2])
            and len(units[later + 1][2].split()) <= RECORD_TAIL_WORDS):
        return later + 1  # "DECISION:" on its own line, then "ADDITION APPROVED AS DRAWN." under it
    return closing


TALLY_REACH = 3
"""Units after a motion's outcome word within which the vote's tally may still close the same record."""
TALLY_NOTE_WORDS = 25
"""Words a note between an outcome word and its tally may run to ("Amended agenda – added a guest speaker …")."""


def _tally_after(units: list[tuple[int, int, str]], index: int) -> int:
    """The unit holding the tally of the vote whose outcome word is unit `index` ("Vote role/voice carried." then
    "Yes – 5, No – 0", perhaps after a short note of what was amended), else `index`. Another motion, another outcome or
    a long passage between them ends the search."""
    if _tally_outcome(units[index][2]):
        return index
    for later in range(index + 1, min(len(units), index + TALLY_REACH + 1)):
        said = units[later][2]
        if _MOTION_OPENS.search(said) or _CARRIED.search(said) or _FAILED.search(said):
            break
        if _tally_outcome(said):
            return later
        if len(said.split()) > TALLY_NOTE_WORDS:
            break
    return index


def _heading_disposition(section: Section, by_number: dict[int, Line]) -> list[Resolution]:
    """The decision a consent item's heading line closes with ("(*31-204) Minutes of … 2031. Approved.")."""
    item = section.item
    if item is None or item.evidence is None or not by_number:
        return []
    numbers = range(item.evidence.line_start, item.evidence.line_end + 1)
    inside = {line.number for line in section.lines}
    heading = [by_number[number] for number in numbers if number in by_number and number not in inside]
    text = " ".join(clean_text(line.text) for line in heading).strip()
    tag = disposition_tag(text)
    if heading and (tag is None or not (_TITLE_CLOSED.search(text[: tag.start()]) or _DASHED.search(text[: tag.start()]))):
        # "2. Minutes of the last meeting – approved and signed.": the title and its decision on the heading line.
        title = _RUN_IN_NUMBER.sub("", text, count=1)
        return [_make(section.key, title, heading)] if _RUN_IN_DECISION.match(title) else []
    if not heading or tag is None:
        return []
    return [_make(section.key, text, heading)]


def _with_item_title(section: Section, text: str, tag_start: int) -> str:
    """`text` from the start of its item's title when the item's heading holds the title's first words.

    A consent item prints its title and then its disposition ("Ordinance No. 12, “…” Finally passed."); the
    heading line reads as the item and the section keeps only the title's tail and the disposition.
    """
    title = section.item.title if section.item is not None else ""
    tail = _words(text[:tag_start])
    whole = _words(title)
    if not tail or not whole or whole == tail or not whole.endswith(tail):
        return text
    return f"{title.strip()} {text[tag_start:].strip()}"


def _holds_motion(text: str) -> bool:
    """True when a section's bold first paragraph is a motion or its outcome rather than the item's heading."""
    return bool(_MOTION_IN_HEADING.search(text) or _CARRIED.search(text))


def _tally_outcome(said: str) -> str | None:
    """ "carried" or "failed" for a unit closed by an ayes-and-noes tally ("The vote was 4-1."), else None."""
    share = _SHARE_TALLY.search(said)
    if share is not None:
        # "– 4/4 yes" carries, "– 0/4 votes" fails: more than half of those voting said yes.
        return "carried" if 2 * int(share.group("y")) > int(share.group("of")) else "failed"
    count = _COUNT_TALLY.search(said) or _SIDES_COUNTED.search(said)
    if count is not None:
        # "– 3 votes in favour", "5 votes for, 2 against (1 abstains)"
        return "carried" if int(count.group("y")) > int(count.group("n") or 0) else "failed"
    found = _TALLY.search(said) or _VOTE_TALLY.search(said)
    if found is None:
        bracket = _BRACKET_TALLY.search(said)
        if bracket is None or _RANGE_BEFORE.search(said[: bracket.start()]):
            return None
        ayes, noes = (bracket.group("y"), bracket.group("n") or "0") if bracket.group("y") else bracket.group("f", "a")
        return "carried" if int(ayes) > int(noes) else "failed"
    ayes, noes = (found.group("ayes"), found.group("noes")) if found.group("ayes") else (found["ayes2"], found["noes2"])
    return "carried" if int(ayes) > int(noes) else "failed"


def match_opener(text: str, rules: ResolutionRules, nlp: Language) -> str | None:
    """Return the label of the decision opener `text` starts with, or None."""
    if not _may_match(text, rules):
        return None
    doc = nlp.make_doc(text)
    for match_id, start, _ in rules.matcher(doc):
        if start == 0:
            return nlp.vocab.strings[match_id]
    return None


def _iter_section(section: Section, rules: ResolutionRules, nlp: Language, month: int) -> Iterator[Resolution]:
    """The section's decisions; `month` is the meeting's (1-12, 0 unknown), as `_earlier_decision` reads it."""
    key = section.key
    if section.item is None and not isinstance(section, ProseSection):
        return  # tables after the minutes hold no decisions
    paragraphs = split_at_tags(section.joined_paragraphs(), _DISPOSITION_TAG)
    since_vote: list[Resolution] = []
    decision_column: int | None = None
    motion_tables = find_motion_tables(section.lines)
    index = 0
    reported_until = 0  # the paragraphs before this index that a report's lead-in introduced
    while index < len(paragraphs):
        lines = paragraphs[index]
        index += 1
        table = motion_tables.get(lines[0].table) if lines[0].cells is not None and lines[0].table is not None else None
        if table is not None:
            # A motions table: each row a motion ("Motion | Moved | Seconded | Result"), or a motion's own labelled
            # table with its words in a "Motion" row (one whose words stand above it is taken with them, below).
            end = max(index, _table_end(paragraphs, index - 1))
            rows = [line for entry in paragraphs[index - 1:end] for line in entry if line.table == lines[0].table]
            index = end
            made = (_motion_row_decisions(key, rows, table) if isinstance(table, MotionColumns)
                    else _labelled_decisions(key, table.motion, table, rows))
            since_vote.extend(made)
            yield from made
            continue
        if lines[0].cells is not None:
            # A table of applications or requests with a decision column: one decision per row that carries one.
            column = _decision_column(lines[0].cells)
            rows = lines[1:] if column is not None else lines
            decision_column = column if column is not None else decision_column
            if column is None and own_motion_row(section, lines[0]):
                # A table kept one row per motion ("Item 4: Letter to … | Passed Unanimously"): the item's own row,
                # its result cell the decision taken.
                decided = _row_decision(key, lines[0], len(lines[0].cells or ()) - 1)
                if decided is not None:
                    since_vote.append(decided)
                    yield decided
                    lines = rows = lines[1:]  # the own row is taken: never read again under an earlier decision column
                    if not lines:
                        continue
            if decision_column is not None and all(line.cells is not None for line in rows):
                for row in rows:
                    decided = _row_decision(key, row, decision_column)
                    if decided is not None and not _authority_decided(section, decided.text):
                        # (a table of the planning authority's decisions reports them: the council took none)
                        since_vote.append(decided)
                        yield decided
                continue
        elif not _TABLE_RULE.match(paragraph_text(lines)):
            decision_column = None
        text = _BULLET_GLYPH_LINE.sub("", strip_list_marker(paragraph_text(lines)), count=1)
        text = _RUN_IN_NUMBER.sub("", text, count=1)
        if not text:
            continue
        if index <= reported_until and not is_own_decision_entry(text):
            continue  # an entry of a list that reports another body's or a member's words (`reported_lists`)
        labelled = labelled_motion_below(paragraphs, index - 1, motion_tables)
        if labelled is not None:
            # "That the entry fee be $25." over "Moved By | A" / "Seconded By | B" / "Status | Carried": the words
            # above are the motion the table records.
            end = _table_end(paragraphs, index)
            rows = [line for entry in paragraphs[index:end] for line in entry if line.cells is not None]
            index = end
            made = _labelled_decisions(key, MOTION_LABEL.sub("", text, count=1), labelled, lines + rows)
            since_vote.extend(made)
            yield from made
            continue
        reported = report_lead_in(text) if not lines[0].is_heading else None
        if reported is not None:
            # "The Chair of the Audit Committee updated the Board on its discussions:": its entries are no decisions here.
            reported_until = entries_end(paragraphs, index)
            before = text[: len(text) - len(reported)].strip()
            found = list(_iter_sentences(key, before, lines, rules, nlp, month)) if before else []
            since_vote.extend(found)
            yield from found
            continue
        if lines[0].is_heading and not _DISPOSITION_TAG.match(paragraph_text(lines)) and not _is_bold_decision(
            text, rules, nlp
        ):
            continue  # a heading, unless a bold disposition ("No Objections") or a decision set in bold
        above = outcome_above_motion().match(clean_text(lines[0].text))
        before = paragraph_text(paragraphs[index - 2]) if index >= 2 else ""
        if above and (len(lines) > 1 or index < len(paragraphs)) and not closes_motion_above(before):
            # "ACTION: APPROVED" over "Motion by A, second by B to …": the outcome and its motion are one decision.
            below = lines[1:] if len(lines) > 1 else paragraphs[index]
            if MOTION_BELOW.match(clean_text(below[0].text)):
                if len(lines) == 1:
                    index += 1
                    text = f"{text} {strip_list_marker(paragraph_text(below))}"
                if load_vote_words().outcome_result.get(above.group("o").lower()) != "lost":
                    since_vote.append(_make(key, text, lines + below if len(lines) == 1 else lines))
                    yield since_vote[-1]
                continue
        closing = outcome_line(clean_text(lines[-1].text)) if section.item is not None else None
        entry: list[Line] = []
        if closing is not None:
            # A register's entry closed by its outcome in capitals ("BZA-31-014: 48 Orchard Lane. Variance …" over
            # "GRANTED WITH CONDITIONS"): the entry and its outcome are the decision. An outcome standing alone closes the
            # paragraph above it, or the item's title where the entry is all in its heading.
            entry = lines[:-1]
            if not entry and index >= 2 and not paragraphs[index - 2][0].is_heading and paragraphs[index - 2][0].cells is None \
                    and outcome_line(clean_text(paragraphs[index - 2][-1].text)) is None:
                entry = paragraphs[index - 2]
        if closing is not None and not entry and text.rstrip(".! ").lower() in rules.bare:
            closing = None  # "APPROVED" alone at the head of an item: a bare decision, read as such below
        if closing is not None:
            title = section.item.title if section.item is not None else ""
            said = strip_list_marker(paragraph_text(entry)) if entry else (title or "").strip()
            decided = _make(key, f"{said} {closing.group('outcome')}".strip(), entry + [lines[-1]])
            since_vote.append(decided)
            yield decided
            continue
        consent = _AS_PRESENTED_ALONE.match(text)
        if consent and index == 1 and section.item is not None and section.item.title:
            # "Minutes of May 3, Treasurer's Report and Bills" then "Approved as presented.": the decision is on the
            # matters the title lists.
            since_vote.append(_make(key, f"{section.item.title.strip().rstrip(' .:–—-')} – {consent.group('d')}", lines))
            yield since_vote[-1]
            continue
        tag = disposition_tag(text)
        if tag is not None and not tag.group(0).lower().startswith("noted") and _authority_decided(section, text):
            # "… – Refused" under "Planning decisions", "… – Approved by the District Council": the planning authority's
            # decision, reported; the council's own ("Noted") still counts, and so does a decision the line words.
            tag = None
        if tag is not None and tag.start() > 0 and not _AUXILIARY_BEFORE.search(text[: tag.start()]):
            # "C.C.C. Remittance Advice £3,500. Noted": the line and its decision.
            since_vote.append(_make(key, _with_item_title(section, text, tag.start()), lines))
            yield since_vote[-1]
            continue
        if tag is not None and tag.start() == 0:
            block = _address_block(paragraphs, index - 1)
            if block:
                # An application's reference, address and applicant, then "No Objections".
                whole = " ".join([strip_list_marker(paragraph_text(entry)) for entry in block] + [text])
                since_vote.append(_make(key, whole, [line for entry in block for line in entry] + lines))
                yield since_vote[-1]
                continue
            title = section.item.title if section.item is not None else ""
            if index == 1 and title and _PLANNING_RESPONSE.match(text):
                # "c) 31/0458 Ash House – no objections": the items reader took the application as the title and left
                # the council's response as the whole of its minutes; the decision is on what the title names.
                since_vote.append(_make(key, f"{title} – {text}", lines))
                yield since_vote[-1]
                continue
        if _VOTE_LINE.match(text) and _ASSENT_THEN_MOTION.search(text):
            # "Proposed Cllr A, seconded Cllr B, all in favour: to adopt the budget.": the record carries its motion.
            since_vote.append(_make(key, text, lines))
            yield since_vote[-1]
            continue
        # "Proposed Cllr A, seconded Cllr B and RESOLVED that …": a record that goes on to its decision is read as one.
        bare_vote = _is_vote_record(text) and match_opener(text, rules, nlp) is None
        if bare_vote and not since_vote and _RECORD_CARRIED.search(text):
            # "To approve the schedule of payments." then "Proposed by A seconded by B and unanimously approved.": with no
            # decision above it to name the mover of, the record is the decision, on the business the line above puts.
            above_text = strip_list_marker(paragraph_text(paragraphs[index - 2])) if index >= 2 else ""
            put = _PUT_AS_BUSINESS.match(above_text) and not paragraphs[index - 2][0].is_heading
            whole = f"{above_text} {text}" if put else text
            since_vote.append(_make(key, whole, (paragraphs[index - 2] + lines) if put else lines))
            yield since_vote[-1]
            continue
        if bare_vote:
            for resolution in since_vote:
                if resolution.proposer is None:
                    resolution.proposer, resolution.seconder = _movers(text)
            since_vote = []
            continue
        if text.rstrip(".! ").lower() in rules.bare:
            item = section.item
            if (item is not None and item.title and item.evidence is not None
                    and lines[0].number == item.evidence.line_end and _words(text) not in _words(item.title)):
                # "5. Clerk's report – noted.": the tag closes the item's own heading line, and the title is what it
                # decided.
                text = f"{item.title.rstrip(' .:–—-')} – {text}"
            since_vote.append(_make(key, text.rstrip(), lines))
            yield since_vote[-1]
            continue
        lead_in = _lead_in(text, rules, nlp) if text.endswith(":") or _BARE_OPENER.match(text) else None
        mover = None
        if lead_in is not None and index >= 2:
            # "It was moved by A, seconded by B and" on the paragraph before "RESOLVED:".
            before_text = paragraph_text(paragraphs[index - 2])
            if _PROPOSER.search(before_text) and match_opener(before_text, rules, nlp) is None:
                mover = before_text
        if lead_in is not None:
            entries = []
            while index < len(paragraphs) and _LIST_ENTRY.match(paragraph_text(paragraphs[index])):
                entries.append(paragraphs[index])
                index += 1
                # "i) Approve the proposals and to authorise the" / "Clerk to progress them": an entry's wrapped lines
                # that the PDF reader set apart run on until the entry's sentence closes.
                while (index < len(paragraphs) and not _CLOSED.search(paragraph_text(entries[-1]).rstrip())
                       and not _LIST_ENTRY.match(paragraph_text(paragraphs[index]))
                       and len(entries[-1]) + len(paragraphs[index]) <= ENTRY_LINES):
                    entries[-1] = entries[-1] + paragraphs[index]
                    index += 1
            if entries and _RESPONSE_LIST.search(lead_in):
                before = text[: len(text) - len(lead_in)].strip()
                made = list(_iter_sentences(key, before, lines, rules, nlp, month)) if before else []
                made.append(_make(key, lead_in, lines + [line for entry in entries for line in entry], mover=mover))
                since_vote.extend(made)
                yield from made
                continue
            if entries and _ONE_DECISION_LIST.search(lead_in):
                # "refused for the following reasons: (1) … (2) …": the list is part of one decision.
                whole = " ".join([text] + [paragraph_text(entry) for entry in entries])
                made = [_make(key, whole, lines + [line for entry in entries for line in entry], mover=mover)]
                since_vote.extend(made)
                yield from made
                continue
            if entries:
                before = text[: len(text) - len(lead_in)].strip()
                made = list(_iter_sentences(key, before, lines, rules, nlp, month)) if before else []
                for entry in entries:
                    body = strip_list_marker(paragraph_text(entry))
                    made.append(_make(key, f"{lead_in} {body}", entry, mover=mover))
                since_vote.extend(made)
                yield from made
                continue
        if (_FOLLOWING_MOTION_DECIDED.search(text) and index < len(paragraphs) and not paragraphs[index][0].is_heading
                and _MOTION_WORDS_BELOW.match(strip_list_marker(paragraph_text(paragraphs[index])))):
            # "… seconded by B, the following Motion was agreed." then "“That the Council …”": the motion's words.
            following = paragraphs[index]
            index += 1
            since_vote.append(_make(key, strip_list_marker(paragraph_text(following)), lines + following, mover=text))
            yield since_vote[-1]
            continue
        ends_decided = _MOVERS_THEN_DECIDED.search(text)
        if (ends_decided is not None and _PROPOSER.search(text) and index < len(paragraphs)
                and not paragraphs[index][0].is_heading):
            # "It was proposed by A, seconded by B, and RESOLVED" then the decision's words, quoted, as the next
            # paragraph: the decision is those words, its movers the paragraph above.
            following = paragraphs[index]
            index += 1
            decided_text = f"{ends_decided.group('w')} {strip_list_marker(paragraph_text(following))}"
            since_vote.append(_make(key, decided_text, lines + following, mover=text))
            yield since_vote[-1]
            continue
        if _BARE_OPENER.match(text) and index < len(paragraphs) and not paragraphs[index][0].is_heading:
            # "RESOLVED:" on a line of its own, its decision on the next.
            following = paragraphs[index]
            index += 1
            # "Proposed by A; Seconded by B; And Resolved:" puts its opener after "And".
            text = f"{_LEADING_AND.sub('', text)} {strip_list_marker(paragraph_text(following))}"
            lines = lines + following
            if mover is not None:
                since_vote.append(_make(key, text, lines, mover=mover))
                yield since_vote[-1]
                continue
        found = list(_iter_sentences(key, text, lines, rules, nlp, month))
        since_vote.extend(found)
        yield from found


def _table_end(paragraphs: list[list[Line]], start: int) -> int:
    """The index of the first paragraph from `start` on that is not all rows of the table `paragraphs[start]` opens."""
    table = paragraphs[start][0].table if start < len(paragraphs) else None
    end = start
    while end < len(paragraphs) and table is not None and all(line.table == table for line in paragraphs[end]):
        end += 1
    return end


def _motion_row_decisions(key: str | None, rows: list[Line], columns: MotionColumns) -> list[Resolution]:
    """The decisions of a motions table's rows: each motion carried (or, with no outcome column, each moved), its
    words the motion cell, its proposer and seconder the row's."""
    made = []
    for row in motion_rows(rows):
        motion = read_motion_row(columns, row.cells or ())
        if motion is not None and _motion_decided(motion):
            made.append(Resolution(item=key, text=motion.motion, proposer=motion.mover, seconder=motion.seconder,
                                   evidence=Evidence.of_lines([row])))
    return made


def _labelled_decisions(key: str | None, text: str, motion: MotionRow, lines: list[Line]) -> list[Resolution]:
    """The decision a motion's labelled table records ("Moved By | A", "Status | Carried"), its words `text`."""
    text = text.strip()
    if not text or not _motion_decided(motion):
        return []
    return [Resolution(item=key, text=text, proposer=motion.mover, seconder=motion.seconder,
                       evidence=Evidence.of_lines(lines))]


def _motion_decided(motion: MotionRow) -> bool:
    """True when a motions table records the motion as decided: its outcome a decision ("Carried", "Accepted",
    "4 in favour. Passed."), or its counts for it over those against, or, with no outcome recorded, a mover named."""
    if motion.outcome is not None:
        return bool(_ROW_DECISION.match(motion.outcome) or _ROW_TALLY_DECISION.match(motion.outcome))
    if motion.counts:
        return motion.counts.get("for", 0) > motion.counts.get("against", 0)
    return not motion.has_outcome and motion.mover is not None


def _decision_column(cells: tuple[str, ...]) -> int | None:
    """The index of a table header's decision column ("Decision", "Outcome", "Council response"), or None."""
    headers = load_column_headers()
    column = headers.column("decision", cells)
    if column is None and headers.column("motion", cells) is not None:
        # "Motion Text | Moved by | Seconded by | Status": a motions table's status is its outcome.
        column = headers.column("motion_outcome", cells)
    return column


def _undecided_rows(lines: list[Line]) -> list[list[Line]]:
    """A paragraph as it is, or for a table under a header with a decision column, its rows that record none."""
    column = _decision_column(lines[0].cells) if lines[0].cells is not None else None
    if column is None:
        return [lines]
    return [[row] for row in lines[1:] if row.cells is None or _row_decision(None, row, column) is None]


MIN_BOLD_DECISION_WORDS = 5
"""A decision sentence set in bold (and so read as a heading) is at least this long."""
ENTRY_LINES = 6
"""Lines a decision list's entry may run to when its wrapped lines come apart."""


def _is_bold_decision(text: str, rules: ResolutionRules, nlp: Language) -> bool:
    """True for a heading line that is a decision's sentence: minutes that print each decision in bold ("Committee
    resolved to note the apologies.", "RESOLVED that the accounts be paid.") have the PDF reader mark it a heading."""
    # "Committee resolved to:" in bold over its list of decisions: a lead-in however short.
    short_lead_in = text.rstrip().endswith(":") and len(text.split()) >= 2
    return (
        (len(text.split()) >= MIN_BOLD_DECISION_WORDS or short_lead_in)
        and text.rstrip().endswith((".", ":"))
        and match_opener(text, rules, nlp) is not None
    )


def _row_decision(key: str | None, row: Line, column: int) -> Resolution | None:
    """The decision a table row records in its decision column ("Scouts | £200 | Granted"), or None."""
    cells = row.cells or ()
    outcome = cells[column].strip() if column < len(cells) else ""
    if not (_ROW_DECISION.match(outcome) or _ROW_TALLY_DECISION.match(outcome)):
        return None
    # The row's words, short of the dates it was raised and closed on ("Wed 4 Dec 2024 9:13PM").
    kept = [cell.strip() for cell in cells if cell.strip() and not _DATE_CELL.match(cell.strip())]
    return _make(key, " ".join(kept), [row])


OUTCOME_LABEL = "OUTCOME"
MID_LABEL = "MID"
"""A decision in the main clause of a sentence that opens otherwise (see `_decision_inside`)."""
# The motion itself put forward, its mover and seconder named and no outcome: "The motion was proposed by Cllr A and
# seconded by Cllr B." under a notice of motion, then the debate and the executive's reply. Only an outcome ("… and
# agreed.", "The Motion was agreed.") makes it a decision; "Minutes of 4 May were proposed by A and seconded by B" (the
# thing proposed named, not the motion) stays one.
_MOTION_PUT = re.compile(r"^(?:the|this)\s+(?:notice\s+of\s+)?motion\s+was\s+(?:proposed|moved)\b", re.IGNORECASE)
_MOTION_PUT_DECIDED = re.compile(r"\b(?:agreed|carried|adopted|approved|passed|resolved|accepted)\b", re.IGNORECASE)
PROPOSAL_LABEL = "PROPOSAL"
# A proposal and its seconder recorded as the decision: "Cllr A proposed acceptance of the minutes,
# seconded by Cllr B.", "It was proposed by A and seconded by B that the accounts be paid.",
# "Minutes approved – A. Lee (motion), B. Fox (second)".
_PROPOSAL_WORDS = re.compile(r"\bseconded\b|\(second\)|\bin\s+agreement\b|\bin\s+favou?r\b", re.IGNORECASE)
_PROPOSAL_RECORD = re.compile(
    r"(?:\b(?:proposed|moved|nominated|motioned)|(?:^|(?<=[.;]\s))(?:a\s+|the\s+)?motion\s+(?:was\s+)?(?:made\s+)?by)"
    r"\b.{0,300}?\bseconded\b"
    r"|\bseconded\b.{0,300}?\b(?:proposed|moved)\b"
    r"|\(motion\).{0,80}\(second\)"
    # "Motion (MD) & seconded (AH) that the minutes be approved …": the members' initials in brackets.
    r"|\b(?:motion|proposed)\s*\([^)]{1,30}\)\s*(?:&|and|,)?\s*seconded\b",
    re.IGNORECASE,
)
# The outcome on its own after a proposal or question: "Unanimously Agreed", "All in agreement.", "Carried."
_OUTCOME_ONLY = re.compile(
    r"^[*_\s]*(?:(?:unanimously\s+)?(?:agreed|carried|approved|resolved|elected)"
    r"(?:\s+unanimously|\s+by\s+(?:all|everyone|consensus)|\s+nem\.?(?:\s*con\.?)?"
    # "KM nominated President. Elected 8-0-1."
    r"|,?\s+\(?\d{1,2}\s*[-–]\s*\d{1,2}(?:\s*[-–]\s*\d{1,2})?\)?)?"
    r"|all\s+(?:present\s+|members\s+|councillors\s+)?(?:were\s+|are\s+)?(?:in\s+agreement|in\s+favou?r|agreed)"
    # "Everyone was in agreement with this.": the meeting's assent to the suggestion before it.
    r"|(?:everyone|everybody|all)\s+(?:present\s+)?(?:was\s+|were\s+)?in\s+agreement\s+with\s+(?:this|that|it"
    r"|the\s+(?:proposal|suggestion|recommendation))"
    r"|(?:everyone|everybody)\s+(?:present\s+)?was\s+in\s+agreement"
    r"|(?:motion\s+|proposal\s+)?carried(?:\s+unanimously|\s+nem\.?(?:\s*con\.?)?)?"
    # "Resolution passed.", "Seconded by Cllr B, Resolution passed.": a parish clerk's outcome of the proposal above.
    r"|(?:seconded\s+by\s+(?:[\w.'’-]+\s+){0,3}?[\w.'’-]+\s*[,;]\s*)?(?:the\s+)?(?:resolution|motion|proposal)\s+"
    r"(?:was\s+)?(?:duly\s+|unanimously\s+)?(?:passed|carried|agreed|approved)(?:\s+unanimously)?"
    # "This was carried.", "The motion was unanimously carried.", "The proposal was agreed by all present."
    # "This was agreed to.": the old form of the assent, its preposition left standing.
    r"|(?:this|that|the\s+(?:motion|proposal|proposition|resolution))\s+was\s+(?:then\s+|duly\s+|unanimously\s+)*"
    rf"(?:carried|agreed(?:\s+to)?|approved|passed|accepted|adopted)(?:\s+{UNANIMOUS}|\s+nem\.?(?:\s*con\.?)?"
    # "The proposal was carried with 5 votes for and 2 against.", "… carried by 6 votes to 2.": with its count.
    r"|\s+(?:with|by)\s+\d{1,2}\s+votes?\s+(?:for|in\s+favou?r|to\s+\d{1,2})(?:,?\s+(?:and\s+)?\d{1,2}\s+(?:against|opposed)"
    r"(?:,?\s+(?:and\s+|with\s+)?\d{1,2}\s+abstentions?)?)?)?"
    # "The nomination was seconded and passed."
    # "This was seconded by Cllr B and unanimously agreed by all present.": the seconder named before the assent.
    r"|(?:the\s+)?(?:nomination|motion|proposal|this|it)\s+was\s+(?:duly\s+)?seconded"
    r"(?:\s+by\s+(?:[\w.'’-]+\s+){0,3}?[\w.'’-]+)?\s*(?:,|\s+and)\s+(?:(?:was|then|duly)\s+)*(?:unanimously\s+)?"
    rf"(?:passed|carried|approved|agreed)(?:\s+{UNANIMOUS})?"
    # "The Council was all in favour.", "Members were unanimously in favour."
    r"|(?:the\s+)?(?:council|committee|board|members|councillors|meeting)\s+(?:was|were)\s+(?:all\s+|unanimously\s+)?"
    r"in\s+favou?r"
    # "Cllr B seconded this and all Cllrs were in favour.": the seconder, then the meeting's assent.
    r"|(?:(?-i:[A-Z])[\w.'’-]*\s+){1,4}seconded(?:\s+(?:this|it|the\s+(?:motion|proposal)))?(?:\s+and|,)\s+"
    r"(?:all\s+(?:\w+\s+)?(?:were\s+)?in\s+favou?r|(?:it\s+was\s+)?(?:unanimously\s+)?(?:agreed|carried|approved)))[*_\s.!]*$",
    re.IGNORECASE,
)
# The meeting's assent to whatever the sentence before it says, in words that can only point back to it: "Agreed by
# all.", "This was agreed.", "All agreed." (a plain "Agreed." or "Carried." may be a stray tag, and waits for a proposal).
_ASSENT_TO_ABOVE = re.compile(
    r"^[*_\s]*(?:(?:this|that|which)\s+was\s+(?:then\s+|duly\s+|unanimously\s+)*(?:agreed(?:\s+to\b)?|approved|accepted)"
    r"|(?:unanimously\s+)?agreed\s+(?:by\s+(?:all|everyone)|unanimously)|unanimously\s+agreed"
    r"|all\s+(?:present\s+|members\s+|councillors\s+)?(?:were\s+)?(?:agreed|in\s+agreement)"
    # "Everyone was in agreement with this.", "Everybody present was in agreement."
    r"|(?:everyone|everybody)\s+(?:present\s+)?(?:was\s+)?in\s+agreement)\b",
    re.IGNORECASE,
)
# The business an agenda line puts to the meeting: "To approve expenditure as itemised on the schedule."
_PUT_AS_BUSINESS = re.compile(
    r"^To\s+(?:approve|agree|accept|adopt|confirm|ratify|consider|receive|authori[sz]e|note)\b.{0,200}$"
)
# A mover's record that closes with its own outcome: "Proposed by A seconded by B and unanimously approved."
_RECORD_CARRIED = re.compile(
    # "Proposed by A as a true record seconded by B unanimously approved.": the "and" may be left out before the adverb.
    r"\bseconded\b.*(?:\b(?:and|,)\s+|\s(?=unanimously\b))(?:was\s+)?(?:then\s+|duly\s+|unanimously\s+)*"
    r"(?:approved|agreed|carried|resolved|adopted|accepted|appointed|elected)"
    rf"(?:\s+{UNANIMOUS}|\s+nem\.?\s*con\.?)?\s*[.!]?$",
    re.IGNORECASE,
)
# A mover's record, its assent, then the motion it carried: "Proposed Cllr A, seconded Cllr B, all in favour: to adopt
# the budget", "… seconded by B – unanimous – that the grant be paid".
_ASSENT_THEN_MOTION = re.compile(
    r"\bseconded\b.{0,80}?\b(?:all\s+(?:in\s+favou?r|agreed)|unanimous(?:ly)?(?:\s+agreed)?|carried|agreed)\s*[:\-–—]\s*"
    r"(?:to|that)\s+\w",
    re.IGNORECASE,
)
# A mover's line that leads into the decision below it: "It was moved by A, seconded by B and".
_LEADS_ON = re.compile(r"(?:\band|,|:|\bthat|\bit\s+was)\s*$", re.IGNORECASE)
# A question to the meeting that an outcome sentence answers.
_PUT_TO_MEETING = re.compile(
    r"\b(?:asked|put\s+it\s+to)\b.{0,60}\b(?:if|whether)\b|\bproposed\b|\bsuggested\b|\bnominated\b"
    r"|\b(?:a\s+|the\s+)?proposal\s+was\s+(?:made|raised|put)\b",
    re.IGNORECASE
)
# An outcome that lost: "Defeated", "2 for, 5 against - not carried", "The motion fell".
_LOST = re.compile(r"\b(?:defeated|not\s+carried|was\s+lost|motion\s+(?:fell|failed|fails|lost|dies|died)|withdrawn"
                   r"|not\s+seconded"
                   r"|(?:but|and)\s+(?:then\s+)?(?:failed|fell|was\s+defeated)(?=\s*(?:[.;,]|$))"
                   # "The motion does not pass.", "It did not carry 2-3."
                   rf"|{NOT_PASSED})",
                   re.IGNORECASE)
LOSS_REACH = 6
"""Sentences after a proposal within which its loss may be recorded ("Ayes: A, B." "Nays: C, D, E." "Motion failed.")."""


def _with_proposals_and_outcomes(sentences: list[tuple[Span, str | None]]) -> list[tuple[Span, str | None]]:
    """Label proposal records and the bare outcomes that close a proposal or a question put to the meeting."""
    labelled = list(sentences)
    for position, (sentence, label) in enumerate(labelled):
        said = sentence.text.strip()
        if label is not None:
            if label == MID_LABEL and position and _OUTCOME_ONLY.match(said):
                # "A proposal was made by A to cut the verges. B seconded it and it was agreed.": the proposal decides.
                before, before_label = labelled[position - 1]
                if before_label is None and (_PUT_TO_MEETING.search(before.text) or _ASSENT_TO_ABOVE.match(said)):
                    labelled[position] = (sentence, OUTCOME_LABEL)
            continue
        following = labelled[position + 1][0].text if position + 1 < len(labelled) else ""
        decided_next = position + 1 < len(labelled) and labelled[position + 1][1] is not None
        # "… seconded by B. A vote was taken: 2 for, 4 against. Not carried.": the loss may come a sentence later.
        after = " ".join(_until_next_proposal(labelled[position + 1:position + 1 + LOSS_REACH]))
        lost = _LOST.search(f"{said} {after}") or "failed" in (_tally_outcome(said), _tally_outcome(following))
        # "It was proposed by A and seconded by B that C be Chair. Resolved unanimously.": the outcome closes the proposal.
        outcome_next = decided_next and bool(_OUTCOME_ONLY.match(following.strip()) or _ELECTED.match(following.strip()))
        if (_PROPOSAL_RECORD.search(said) and not lost
                and (not _is_vote_record(said) or (_RECORD_CARRIED.search(said) and not _decided_before(labelled, position)))
                and (not decided_next or outcome_next) and not _LEADS_ON.search(said)
                and not (_MOTION_PUT.match(said) and not outcome_next and not _MOTION_PUT_DECIDED.search(said))):
            labelled[position] = (sentence, PROPOSAL_LABEL)
            if outcome_next:
                labelled[position + 1] = (labelled[position + 1][0], OUTCOME_LABEL)
        elif _OUTCOME_ONLY.match(said) and position:
            before, before_label = labelled[position - 1]
            if (before_label is not None or _PUT_TO_MEETING.search(before.text)
                    or _ASSENT_TO_ABOVE.match(said) or _proposal_two_back(labelled, position)):
                labelled[position] = (sentence, OUTCOME_LABEL)
    return labelled


def _proposal_two_back(labelled: list[tuple[Span, str | None]], position: int) -> bool:
    """True when the proposal an outcome closes stands two sentences back, a sentence of its terms between ("Cllr A
    proposed that he draft a letter. This to be circulated between meetings. Seconded by Cllr B, Resolution passed.")."""
    if position < 2 or labelled[position - 1][1] is not None or labelled[position - 2][1] is not None:
        return False
    return bool(_PUT_TO_MEETING.search(labelled[position - 2][0].text)) and not _PUT_TO_MEETING.search(
        labelled[position - 1][0].text)


def _until_next_proposal(following: list[tuple[Span, str | None]]) -> Iterator[str]:
    """The sentences after a proposal up to the next proposal or motion: its outcome is among them, not another's."""
    for span, _ in following:
        if _PROPOSAL_RECORD.search(span.text):
            return
        yield span.text


def _decided_before(labelled: list[tuple[Span, str | None]], position: int) -> bool:
    """True when a sentence before `position` is a decision, which a mover's record after it names the mover of."""
    return any(label is not None for _, label in labelled[:position])


def _from_proposal_line(text: str, sentence: Span, line_starts: set[int]) -> str:
    """A proposal record from the line its proposal starts on: a list line without a full stop may run into it."""
    said = sentence.text.strip()
    found = _PROPOSAL_RECORD.search(said)
    if found is None:
        return said
    limit = sentence.start_char + found.start()
    starts = [start for start in line_starts if sentence.start_char < start <= limit]
    return text[max(starts):sentence.end_char].strip() if starts else said


# The history of a case: an approval dated to an earlier day ("An addition was approved by the Commission March 3,
# 2016.", "The first phase was approved in 2019.", "… was previously approved") is background, not this meeting's decision.
_EARLIER_APPROVAL = re.compile(
    r"\b(?:was|were|had\s+been|has\s+been)\s+(?:previously\s+|originally\s+|already\s+)?"
    r"(?:approved|agreed|adopted|granted|accepted|ratified|endorsed)\s+"
    r"(?:by\s+(?:the\s+)?(?-i:[A-Z])[\w&.'’-]*(?:\s+(?-i:[A-Z])[\w&.'’-]*){0,4}\s+)?(?:on\s+|in\s+|at\s+the\s+)?"
    rf"(?:(?:\d{{1,2}}(?:st|nd|rd|th)?\s+)?{MONTH_NAMES}\s+(?:\d{{1,2}}(?:st|nd|rd|th)?,?\s+)?(?:19|20)\d\d\b"
    r"|in\s+(?:19|20)\d\d\b|\d{1,2}/\d{1,2}/(?:19|20)?\d\d\b)"
    r"|\b(?:was|were|had\s+been|has\s+been)\s+previously\s+(?:approved|agreed|adopted|granted)\b",
    re.IGNORECASE,
)

# The same history told with the meeting's own decision verb: the verb dated to an earlier meeting or time ("The Council
# agreed last year to fund …", "Members agreed at the March meeting to …", "It was agreed at the last meeting that …",
# "Council resolved in January to …") or set before the past ("The Council had agreed …", "… previously agreed …"). Only
# the sentence's first decision verb counts: "It was agreed that the bench agreed last year be moved" decides.
_EARLIER_DECISION = re.compile(
    r"^(?:(?!\b(?:agreed|resolved|decided)\b)[^.;]){0,80}?"
    r"(?:\b(?:had|previously)\s+(?:(?:already|previously|unanimously)\s+)?(?:agreed|resolved|decided)\b"
    r"|\b(?:agreed|resolved|decided)\s+(?:previously\b|last\s+(?:year|month|time)\b(?!['’])"
    rf"|at\s+(?:the|its|their|a)\s+(?:last|previous|earlier|{MONTH_NAMES})\s+meeting\b"
    rf"|in\s+(?P<month>{MONTH_NAMES})(?:\s+(?:19|20)\d\d)?,?\s+(?:to|that)\b))"
    # Another party's consent before the body's own decision: "As the landowner had agreed to the diversion, it was
    # resolved to sign the order." decides.
    r"(?![^.;]*\b(?:it\s+was\s+(?:then\s+)?(?:agreed|resolved|decided)|resolved\s+to)\b)",
    re.IGNORECASE,
)

def _earlier_decision(said: str, month: int) -> bool:
    """True when `said` tells a decision taken before this meeting (`_EARLIER_DECISION`).

    `month` is the meeting's (1-12, 0 unknown): "Members agreed in March to …" in the minutes of a March meeting tells
    this meeting's decision, not an earlier one's.
    """
    found = _EARLIER_DECISION.match(said)
    if found is None:
        return False
    said_month = found.group("month")
    return not (said_month and month and dt.datetime.strptime(said_month[:3], "%b").month == month)


# A shared view, not a decision: "agreed that" and a plain statement of how things are or were ("Everyone agreed that the
# fun day had been a great success.", "Members agreed that the road surface was dangerous.", "The members agreed that
# the cliffs are the county's economic driver."). A decision's clause wants something done ("that the Clerk write", "that
# X be", "should", "would", "was to be"); the minutes' record ("were a true record"), a date, a sum or a number decide.
_VIEW_AGREED = re.compile(
    r"^(?:(?!\b(?:agreed|resolved|decided)\b)[^.;]){0,80}?\bagreed\s+(?:that\s+)?"
    r"(?!(?:the\s+)?(?:minutes|notes|accounts|record)\b)"
    # "It was agreed that despite the weather, the picnic was a successful event."
    r"(?:(?:despite|although|while|whilst|overall|in\s+general|on\s+balance)\b[^,.;]{0,40},\s+)?"
    r"(?:it|this|that|there|they|(?:the|a|an|its|their)\s+[\w'’-]+(?:\s+(?!(?:was|were|is|are|had|has)\b)[\w'’-]+){0,5}?)\s+"
    r"(?:was|were|is|are|had\s+been|has\s+been|have\s+been)\s+"
    r"(?!(?:not\s+)?(?:to|being)\b|(?:a\s+|an\s+)?(?:true|correct|accurate|fair)\b|(?:now\s+|duly\s+|therefore\s+)?[\w'’-]+ed\b"
    r"|(?:made|paid|held|sent|given|set|put|taken|done|written|kept|signed|agreed|won|built|sold|bought|cut|shut)\b)"
    r"(?![^.;]*(?:\d|£|\$|€))(?![^.;]*\b(?:should|shall|must|would|will|be|from\s+now\s+on|henceforth)\b)"
    # An arrangement set in the present tense decides: "the tree warden is Cllr Feld", "the Chair and the Clerk are the
    # signatories", "the hall officer is now responsible for the keys", "the hall is free of charge for the Guides".
    r"(?:(?<=\bwas\s)|(?<=\bwere\s)|(?<=\bbeen\s)|(?!(?:now|responsible|free\s+of\s+charge)\b"
    r"|(?:the\s+)?(?:(?:new|joint|sole)\s+)?(?:signator|representative|contact\b|(?-i:[A-Z]))))",
    re.IGNORECASE,
)


# A member's suggestion and the meeting's assent in one sentence: "Bo suggested a tombola; this was agreed.", "Ann
# proposed a fete in July, which was agreed by all." (a suggestion only discussed, or a question asked, decides nothing).
_SUGGESTION_AGREED = re.compile(
    r"^(?:(?-i:[A-Z])[\w.'’-]*\s+){1,4}(?:suggested|proposed|recommended|offered)\b(?!\s+(?:that\s+)?(?:[\w'’-]+\s+){1,3}?(?:was|is|were|are|had|has)\b)[^.;]{3,200}?[;,]?\s+"
    r"(?:and\s+)?(?:this|which|that|it)\s+(?:suggestion\s+|proposal\s+|idea\s+)?(?:was|were)\s+"
    r"(?:unanimously\s+|duly\s+|then\s+)?(?:agreed|accepted|approved|supported|endorsed)\b",
    re.IGNORECASE,
)


# The body's decision in a clause joined to what went before: "… the hall is in poor repair and Members agreed that a
# meeting would be held there in March.", "The Members thanked the engineer for the update and agreed that the Council
# should write to the Minister.", "Members discussed the request and agreed to support the festival." A "that" clause
# decides only when it says what is to be done ("… and agreed that it was a great honour" shares a view).
_BODY_AGREED_AFTER = re.compile(
    r"(?:\band\s+(?:the\s+)?(?:members|councillors|committee|council)"
    r"|^(?:the\s+|all\s+)?(?:elected\s+)?(?:members|councillors|committee)\s+(?:thanked|discussed|debated|acknowledged)\b"
    r"(?!\s+(?:that|whether|if)\b)[^.;]{0,200}?\band)"
    r"\s+(?:unanimously\s+|also\s+|then\s+)?(?:agreed|resolved|decided)\s+"
    r"(?:(?:not\s+)?to\s+(?!be\b)[a-z]+"
    r"|that\b(?=[^.;]{0,150}?\b(?:should|would|will|shall|must)\s+(?:be\s+)?"
    r"(?:[a-z]+(?:ed|en)|held|sought|sent|made|put|set|kept|brought|paid|write|hold|seek|invite|ask|request|meet)\b))",
    re.IGNORECASE,
)


def _decision_inside(said: str, month: int) -> str | None:
    """"MID" for a sentence whose main clause decides though its first words do not, else None."""
    stripped = said.strip()
    if (_NOTE_ONLY.match(stripped) or _EARLIER_APPROVAL.search(said) or _earlier_decision(stripped, month)
            or _VIEW_AGREED.match(stripped)):
        return None
    preamble = _MOTION_PREAMBLE.match(stripped)
    if preamble is not None:
        # "Upon motion duly made and seconded, the minutes were approved.": the clause after the motion decides.
        rest = stripped[preamble.end():]
        return MID_LABEL if _PASSIVE_DECISION.match(rest) or _BODY_DECIDED.match(rest) else None
    # "VOTED: 4-1 to adopt the fees.", "The Board voted 5-0 to …", "The Board unanimously voted by roll call to …": the
    # vote is the decision, short of one that lost ("Voted 1-3 to …").
    voted = (VOTED_RECORD.match(stripped) or _BODY_VOTED.match(stripped) or BODY_VOTED_BY_ROLL.search(stripped)
             or _VOTED_INSIDE.search(stripped))
    if voted is not None:
        tally = voted.groupdict()
        lost = tally.get("f") is not None and int(tally["f"]) <= int(tally["a"])
        return None if lost else MID_LABEL
    if (_MID_DECISION.search(said) or _MSA_INSIDE.search(said) or _BODY_AGREED_AFTER.search(stripped)
            or _outcome_first(stripped)
            or any(pattern.match(stripped) for pattern in _MID_DECISION_OPENINGS)):
        return MID_LABEL
    return None


# The vote as the main clause after the matter's discussion: "The precept was discussed and it was voted 5 – 1 that it
# stay at £2,000.", "Quotes were compared, and it was voted unanimously to accept the lower one." ("… and it was voted
# to the top of the list" moves a thing, it decides nothing: "to" must open a verb.) The tally is `votes.VOTED_TALLY`.
_VOTED_INSIDE = re.compile(
    r"(?:[,;]|\band)\s+it\s+was\s+(?:then\s+|duly\s+)?voted\s+"
    rf"(?:unanimously\s+|(?:by\s+)?{VOTED_TALLY}\s+)?"
    r"(?:that\b|to\s+(?!(?:the|a|an|this|that|these|those|his|her|their|its|our|each|every|all)\b)[a-z]+\b)",
    re.IGNORECASE,
)


# Sentence openings whose main clause decides (read by `_decision_inside`), most common first.
_MID_DECISION_OPENINGS = (
    _PASSIVE_DECISION, _ALL_AGREED, _CONSENSUS, _NO_OBJECTION, _NO_OBJECTION_CLAUSE, _BODY_CHOSE, _DEFERRED_TO,
    _RUN_IN_DECISION, _TITLE_THEN_DECISION, _RUN_IN_AGREED, _APPLICATION_RUN_IN, _RESPONSE_OPENS, _MSC_MOTION,
    _CARRIED_THAT, _ELECTED, _ELLIPTICAL_PASSIVE, _SECONDED_AND_CARRIED, _WE_DECIDED, _CLOSING_PASSIVE, _SUM_GRANTED,
    _SUGGESTION_AGREED, _SIGNED_AS_RECORD, _DECIDED_ON_MOTION,
)


def _outcome_first(said: str) -> bool:
    """True when `said` opens with the outcome its motion reached, short of a loss ("Denied upon motion of A")."""
    found = outcome_on_motion().match(said)
    return found is not None and load_vote_words().outcome_result.get(found.group("o").lower()) != "lost"


def _is_vote_record(text: str) -> bool:
    """True when `text` only records a mover and seconder ("Proposed by A, seconded by B; carried")."""
    return bool(_VOTE_LINE.match(text)) and not _DECISION_FOLLOWS.search(text)


def _lead_in(text: str, rules: ResolutionRules, nlp: Language) -> str | None:
    """The closing sentence of `text` when it opens a list of decisions ("The Partnership agreed to:")."""
    sentences = parse_sentences(nlp, text)
    last = sentences[-1].text.strip() if sentences else ""
    return last if last and match_opener(last, rules, nlp) else None


# A decision that says it goes on from the one before it: "… were also confirmed", "was also agreed".
_ALSO_DECIDED = re.compile(
    r"\b(?:was|were|is|are)\s+also\s+(?:confirmed|approved|agreed|adopted|accepted|signed|ratified)\b", re.IGNORECASE
)


# A sentence of a recorded vote between a proposal and its outcome: "A recorded vote was taken.", "For: Cllrs A, B.",
# "Against: Cllr C.", "Abstain: Cllr D."
_VOTE_LIST_SENTENCE = re.compile(
    r"^(?:a\s+(?:recorded|named|roll[- ]call|show\s+of\s+hands)\s+vote\s+was\s+(?:taken|requested|held)"
    r"|(?:for|against|abstain\w*|abstentions?|ayes?|noes|nays?|in\s+favou?r)\s*[:–-])",
    re.IGNORECASE,
)


_CUT_MID_CLAUSE = re.compile(r"\b(?:of|the|that|to|by|for|a|an)\s*$")
"""A line ending on a word that cannot end a sentence or a heading: the line after it goes on with its clause."""


def _iter_sentences(
    key: str | None, text: str, lines: list[Line], rules: ResolutionRules, nlp: Language, month: int
) -> Iterator[Resolution]:
    if not _may_match(text, rules) and not _DECISION_WORDS.search(text) and not _PROPOSAL_WORDS.search(text):
        return  # most prose holds no opener: skip the sentencizer and the Matcher
    doc = parse_text(nlp, text)
    line_starts = _line_starts(text, lines)
    openers = _openers_by_start(doc, parse_sentences(nlp, text), rules, nlp, month)
    sentences = [
        (sentence, openers.get(sentence.start) or _decision_inside(sentence.text, month))
        for sentence in parse_sentences(nlp, text)
    ]
    sentences = _with_line_openers(doc, text, sentences, line_starts, rules, nlp, month)
    sentences = _with_proposals_and_outcomes(sentences)
    previous: Resolution | None = None
    previous_at: int | None = None
    for position, (sentence, label) in enumerate(sentences):
        if label == OUTCOME_LABEL:
            said = sentence.text.strip()
            before = sentences[position - 1] if position else None
            if previous is not None and before is not None and before[1] is not None:
                previous.text = f"{previous.text} {said}"  # "… seconded by B. Unanimously Agreed"
            elif before is not None:
                # "The Chair asked if all were content that … All in agreement.": the question is the decision.
                start = position - 2 if _proposal_two_back(sentences, position) else position - 1
                put = " ".join(span.text.strip() for span, _ in sentences[start:position])
                previous = _make(key, f"{put} {said}", lines)
                yield previous
            continue
        if label is None:
            continue
        if (previous is not None and previous_at == position - 1
                and sentence.text.strip().rstrip(".!*_ ").lower() in rules.bare):
            # "On the PROPOSAL of A SECONDED by B it was resolved that the report be adopted. AGREED.": the tag closes
            # the decision just read, it is no decision of its own.
            previous.text = f"{previous.text} {sentence.text.strip()}"
            previous_at = position
            continue
        if label not in PARAGRAPH_LABELS:
            said = sentence.text.strip()
            if previous is not None and _is_vote_record(said):
                # "Proposed by A, seconded by B, carried." after a decision in the same paragraph.
                if previous.proposer is None:
                    previous.proposer, previous.seconder = _movers(said)
                continue
            if (previous is not None and previous_at is not None and _OUTCOME_ONLY.match(said)
                    and all(_VOTE_LIST_SENTENCE.match(between.text.strip())
                            for between, _ in sentences[previous_at + 1:position])):
                # "A proposed …, seconded by B. A recorded vote was taken. For: … Against: … The motion was carried.":
                # the outcome after the recorded vote closes the proposal above it.
                previous.text = f"{previous.text} {said}"
                continue
            if previous is not None and _ALSO_DECIDED.search(said) and not _ALSO_DECIDED.search(previous.text):
                # "The minutes of 4 May were confirmed. Those of 12 May were also confirmed.": one decision goes on.
                previous.text = f"{previous.text} {said}"
                continue
            if label == PROPOSAL_LABEL:
                said = _from_proposal_line(text, sentence, line_starts)
            previous, previous_at = _make(key, said, lines), position
            yield previous
            continue
        # A RESOLVED block runs on to the paragraph's end, except that a later
        # line opening with its own decision words is a decision of its own.
        end = len(text)
        for later, later_label in sentences[position + 1:]:
            if later_label is not None and later.start_char in line_starts:
                end = later.start_char
                break
        yield _make(key, text[sentence.start_char:end].strip(), lines)
        if end == len(text):
            return


def _openers_by_start(
    doc: Doc, sentences: tuple[Span, ...], rules: ResolutionRules, nlp: Language, month: int
) -> dict[int, str]:
    """Opener label per sentence-start token of `sentences` (the Doc's), for matches that stay inside their sentence."""
    orth = token_hashes(doc, "ORTH") if rules.lexical else None
    lower: list[int] | None = None  # read only when a sentence has to be matched
    found: dict[int, str] = {}
    for sentence in sentences:
        # Minutes repeat sentences ("Members noted the report."), and with lexical patterns
        # the answer depends on the token texts alone, so each is matched once.
        # (The meeting's month is part of the key: "agreed in March to" is history only in another month's minutes.)
        key = (*orth[sentence.start:sentence.end], month) if orth is not None else None
        if key is not None and key in rules.sentence_openers:
            label = rules.sentence_openers[key]
        else:
            lower = lower if lower is not None else token_hashes(doc, "LOWER")
            label = _sentence_opener(sentence, lower, rules, nlp, month)
            if key is not None:
                if len(rules.sentence_openers) >= SENTENCES_KEPT:
                    rules.sentence_openers.clear()  # bounded memory over a long batch
                rules.sentence_openers[key] = label
        if label is not None:
            found[sentence.start] = label
    return found


def _sentence_opener(sentence: Span, lower: list[int], rules: ResolutionRules, nlp: Language, month: int) -> str | None:
    """The label of the opener `sentence` starts with, or None; `lower` holds the Doc's lower-case hashes."""
    # Only a match inside one sentence counts, so each sentence is matched on its own and
    # one that lacks an opener's words is skipped: the Matcher is the slow part.
    if not may_match_words(set(lower[sentence.start:sentence.end]), rules.hashed_anchors):
        return None
    for match_id, start, _ in rules.matcher(sentence):
        if start == 0:
            label = nlp.vocab.strings[match_id]
            if _NOTE_ONLY.match(sentence.text) or (label != RESOLVED_LABEL and (
                    _earlier_decision(sentence.text, month) or _VIEW_AGREED.match(sentence.text))):
                return None
            return label
    return None


def _with_line_openers(
    doc: Doc,
    text: str,
    sentences: list[tuple[Span, str | None]],
    line_starts: set[int],
    rules: ResolutionRules,
    nlp: Language,
    month: int,
) -> list[tuple[Span, str | None]]:
    """Add decisions that open a line inside a sentence the sentencizer did not split.

    A PDF line such as "The Partnership agreed …" after a heading-like line with
    no full stop is a new sentence the punctuation does not show. `text` is the
    Doc's own text, passed in because Doc.text rebuilds it from the tokens.
    """
    starts = {sentence.start_char for sentence, _ in sentences}
    extra: list[tuple[Span, str | None]] = []
    openers = _RestOpeners(text, rules, nlp)
    for offset in sorted(line_starts - starts):
        if offset == 0 or not text[offset:offset + 1].isupper():
            continue
        if _CUT_MID_CLAUSE.search(text[max(0, offset - 12):offset]):
            # "It is recommended by the Audit Committee that the Board of" / "Directors approve the policy.": the line
            # goes on with the clause above it, a recommendation, and opens nothing of its own.
            continue
        label = openers.at(offset)
        # (the token is looked for only where a response may be, not at every line: a long paragraph has many)
        response = label is None and _PLANNING_RESPONSE.search(text, offset, offset + RESPONSE_LINE_REACH)
        token = next((t for t in doc if t.idx >= offset), None) if label is not None or response else None
        if response and token is not None and _planning_response_line(text[offset:token.sent.end_char], month):
            # "There was no objection to the plans.", "Following discussion, the Council RESOLVED there was no objection
            # to this application." under an application's line ("Description: Porch") with no full stop.
            label = MID_LABEL
        if label is None or _NOTE_ONLY.match(text, offset):
            continue
        if token is None:
            continue
        extra.append((doc[token.i: token.sent.end], label))
    if not extra:
        return sentences
    merged = [(span, label) for span, label in sentences] + extra
    return sorted(merged, key=lambda pair: pair[0].start_char)


RESPONSE_LINE_REACH = 300
"""How far into a line a council's planning response is looked for when the line may open its own decision."""


def _planning_response_line(said: str, month: int) -> bool:
    """True when `said`, a line's words to its sentence's end, is the council's response to an application (`month`
    the meeting's, as `_decision_inside` reads it)."""
    return bool(_NO_OBJECTION.match(said) or (_PLANNING_RESPONSE.search(said) and _decision_inside(said, month)))


class _RestOpeners:
    """`match_opener(text[offset:])` for several offsets of one text, with one Matcher run where it can.

    A match at the start of `text[offset:]` may run on to the text's end, so
    each offset used to tokenise and match all the rest: quadratic in a long
    paragraph with many lines. With lexical patterns a token's text alone
    decides a match, so the matches that start at a token of the rest are the
    ones starting at that token in one run over the rest from the first
    offset; the first label found per start token is the one `match_opener`
    returns. Each rest is still tokenised (cheap) and used only when its tokens
    are the run's from that token on; otherwise it is matched on its own.
    """

    def __init__(self, text: str, rules: ResolutionRules, nlp: Language) -> None:
        self.text = text
        self.rules = rules
        self.nlp = nlp
        self.base_offset = -1
        self.tokens: list[tuple[str, str]] = []
        """(text, trailing white space) of each token of the run."""
        self.token_at: dict[int, int] = {}
        """Token index of the run by its character offset in `text`."""
        self.labels: dict[int, str] = {}
        """First opener label by the token it starts at."""

    def at(self, offset: int) -> str | None:
        rest = self.text[offset:]
        if not self.rules.lexical:
            return match_opener(rest, self.rules, self.nlp)
        if not _may_match(rest, self.rules):
            return None
        doc = self.nlp.make_doc(rest)
        tokens = [(token.text, token.whitespace_) for token in doc]
        if self.base_offset < 0:
            self._run(doc, offset, tokens)
        index = self.token_at.get(offset)
        if index is None or self.tokens[index:] != tokens:
            return self._match(doc)
        return self.labels.get(index)

    def _run(self, doc: Doc, offset: int, tokens: list[tuple[str, str]]) -> None:
        self.base_offset = offset
        self.tokens = tokens
        self.token_at = {offset + token.idx: token.i for token in doc}
        for match_id, start, _ in self.rules.matcher(doc):
            self.labels.setdefault(start, self.nlp.vocab.strings[match_id])

    def _match(self, doc: Doc) -> str | None:
        for match_id, start, _ in self.rules.matcher(doc):
            if start == 0:
                return self.nlp.vocab.strings[match_id]
        return None


def _may_match(text: str, rules: ResolutionRules) -> bool:
    """False only when no opener pattern can match anywhere in `text` (see `ResolutionRules.anchors`)."""
    return may_match_text(text, rules.anchors)


def _line_starts(text: str, lines: list[Line]) -> set[int]:
    """Character offsets in the joined paragraph text where each source line begins."""
    starts: set[int] = set()
    position = 0
    for line in lines:
        part = _GLYPH.sub("", strip_list_marker(clean_text(line.text)))
        found = text.find(part[:20], position) if part else -1
        if found >= 0:
            starts.add(found)
            position = found + len(part)
    return starts


def _make(key: str | None, text: str, lines: list[Line], *, mover: str | None = None) -> Resolution:
    # A decision cut from a paragraph that joined two numbered lines ("102.1 … considered. 102.1.1 It was RESOLVED …")
    # starts on the second line's number, which is the paragraph's, not the decision's.
    text = PARAGRAPH_NUMBER_LEAD.sub("", text, count=1)
    proposer, seconder = _movers(mover or text)
    return Resolution(item=key, text=text, proposer=proposer, seconder=seconder, evidence=Evidence.of_lines(lines))


def _movers(text: str) -> tuple[str | None, str | None]:
    """The proposer and seconder `text` names: with their titles ("Proposed Cllr A, seconded Cllr B"), else as a small
    board names its members after the motion's keywords, by surname alone ("after motion by Crane and second by Bell",
    `votes.movers_named`)."""
    proposer = _person(_PROPOSER.search(text))
    seconder = _person(_SECONDER.search(text))
    if proposer is None or seconder is None:
        named_mover, named_seconder = movers_named(text)
        proposer = proposer or named_mover
        seconder = seconder or named_seconder
    return proposer, seconder


def _person(match: re.Match[str] | None) -> str | None:
    if match is None:
        return None
    return (match.group("a") or match.group("b")).strip()
