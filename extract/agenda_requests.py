"""Matters the body asks to have brought back at a later meeting, with no one named to do anything.

Two ways minutes write them:

- an item "Items for the next agenda" (or "Matters for the next meeting", "Future agenda items")
  whose bullets each name a matter: "RESOLVED: That … the following items should be brought
  forward: • Land by the old forge • A request to put benches on the Green";
- a decision that sends a matter on: "… and that this matter should be brought back to the next
  meeting" (the matter is the item's own), "That an up-to-date risk assessment should be brought
  forward at the next meeting"; or, as community councils write, one that sends the item's matter to a
  later meeting named: "It was AGREED to return to this issue at the November meeting", "… to have this
  as an item at our December meeting", "… to postpone the meeting with the housing associations till
  March", an entry "Carry forward …" of a list the meeting agreed.

Neither is an action (nobody undertakes anything), yet the next meeting reports on it under an item
of that name. Each becomes an `AgendaRequest`; the store links it to the later item that takes the
matter up (store/agenda_requests.py). A decision that also records an action ("That the Clerk should
find out …, and that this matter should be brought back …") is left to the action, which the later
item reports on already.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..ingest.document import Line
from .dates import MONTH_NAMES
from .items import Section
from .records import Action, AgendaRequest, Evidence
from .sections import GLYPH_BULLET

_REQUESTS_TITLE = re.compile(
    r"^\W*(?:(?:items?|matters?|topics?|issues?)\s+(?:for|to\s+be\s+(?:included|placed)\s+on)\s+(?:the\s+)?"
    r"(?:next|future)\s+(?:agendas?|meetings?)|future\s+agenda\s+items?"
    r"|(?:items?|matters?)\s+for\s+inclusion\s+(?:in|on)\s+(?:the\s+)?(?:next\s+agenda|agenda\s+for\s+the\s+next\s+meeting)"
    r"|agenda\s+items?\s+for\s+(?:the\s+)?next\s+meeting)\W*$",
    re.IGNORECASE,
)
"""The title of the item that lists the matters asked for at the next meeting."""
_BULLET = re.compile(rf"^\s*(?:{GLYPH_BULLET}|[*-]|x(?=[\t ])|[a-h]\)|\([a-h]\)|\(?[ivx]{{1,4}}\))\s*(?=[A-Z0-9‘'\"“])")
"""A bullet before a matter: a glyph (a Word PDF's private-use one too), the "x" and tab (or space) an unmapped
Wingdings bullet reads as, or a letter or numeral in brackets."""
_CLOSING = re.compile(
    r"^\W*(?:there\s+being\s+no\s+(?:further|other)\s+business|the\s+meeting\s+(?:closed|ended)|meeting\s+closed"
    r"|date\s+of\s+(?:the\s+)?next\s+meeting|(?:signed|chair(?:man|person)?)\s*:)",
    re.IGNORECASE,
)
"""A line after the list: the meeting's close, which some minutes keep under the last item."""
_SENT_ON = re.compile(
    r"(?:^|\b(?:that|and)\s+)(?P<subject>(?:this|the|an?)\s+(?:(?!\b(?:that|should|would|will|and\s+that)\b)[^.;:]){2,120}?)"
    r"\s+(?:(?:should|would|will|is\s+to|are\s+to)\s+)?"
    r"be\s+(?:brought\s+(?:back|forward)|re-?considered|considered\s+(?:again|further))"
    r"\s+(?:to|at|for)\s+(?:the\s+)?next\s+(?:(?:full|parish|town)\s+)?(?:council\s+)?(?:meeting|agenda)\b",
    re.IGNORECASE,
)
"""A decision that sends a matter to the next meeting: "this matter should be brought back to the next
Council meeting", "an up-to-date Risk Assessment should be brought forward at the next meeting", "(the Chair asked
that) the item be brought back to the next meeting"."""
_SENT_LATER = re.compile(
    r"\b(?:agreed|resolved|decided)\s+(?:further\s+)?to\s+(?P<text>(?:(?:return\s+to|come\s+back\s+to|revisit)\s+this"
    r"|(?:further\s+)?discuss\s+(?:this\s+)?(?:further\s+)?|consider\s+(?:this\s+)?(?:further|again)"
    r"|have\s+this\s+as\s+an\s+item|put\s+this\s+on\s+the\s+agenda|defer|postpone|carry\s+(?:this\s+)?forward)"
    r"[^.;]{0,80}?\b(?:(?:at|to|for|till|until|on)\s+(?:the|our)\s+(?:next|" + MONTH_NAMES + r")\s+"
    r"(?:(?:public|monthly|general|council)\s+)?(?:meeting|agenda)|(?:till|until)\s+" + MONTH_NAMES + r")\b)",
    re.IGNORECASE,
)
"""A decision that sends the item's own matter to a later meeting named: "It was AGREED to return to this issue at
the November meeting", "… to have this as an item at our December meeting", "… to postpone the meeting with the
housing associations till March"."""
_CARRIED_ENTRY = re.compile(r"^\W*(?:\(?[ivx]{1,4}\)|\(?[a-h]\)|\d{1,2}[.)])?\s*(?P<text>carry\s+forward\b[^.;]{4,})",
                            re.IGNORECASE)
"""An entry of a list of decisions ("it was AGREED to: i) Carry forward the decision of the July meeting to …")."""
_THIS_MATTER = re.compile(r"^(?:this|the)\s+(?:matter|item|issue|subject)s?$", re.IGNORECASE)
_DECISION = re.compile(r"\b(?:resolved|agreed|decided|(?:asked|requested)\s+that)\b", re.IGNORECASE)
_LIST_ENTRY = re.compile(r"^\W*(?:\(?[ivx]{1,4}\)|\(?[a-h]\)|\d{1,2}[.)])\s")


def extract_agenda_requests(sections: Sequence[Section], actions: Sequence[Action] = ()) -> list[AgendaRequest]:
    """The agenda requests of the sections, in document order: each bullet under an item for the next
    agenda, and each decision that sends a matter to the next meeting and records no action."""
    requests: list[AgendaRequest] = []
    taken = [(a.evidence.line_start, a.evidence.line_end) for a in actions if a.evidence is not None]
    for section in sections:
        item = section.item
        if item is not None and _REQUESTS_TITLE.match(item.title):
            requests.extend(_listed(section.key, section.lines))
            continue
        listing = False  # the paragraph before ended "it was AGREED to:": this one is an entry of that list
        for paragraph in section.joined_paragraphs():
            text = " ".join(line.text.strip() for line in paragraph)
            decided, entry = _DECISION.search(text) is not None, listing
            listing = decided and text.rstrip().endswith(":") or entry and bool(_LIST_ENTRY.match(text))
            if not decided and not entry:
                continue
            first, last = paragraph[0].number, paragraph[-1].number
            if any(lo <= last and first <= hi for lo, hi in taken):
                continue  # the decision records an action too: the action carries the matter
            evidence = Evidence.of_lines(paragraph)
            for found in _SENT_ON.finditer(text):
                subject = found.group("subject").strip()
                if _THIS_MATTER.match(subject):
                    if item is None or not item.title.strip():
                        continue  # "this matter" with no item to name it
                    topic = _heading(item.title)
                else:
                    topic = re.sub(r"^(?:the|an?)\s+", "", subject, flags=re.IGNORECASE)
                requests.append(AgendaRequest(item=section.key, text=text[found.start("subject"):found.end()],
                                              topic=topic, evidence=evidence))
            if item is None or not item.title.strip():
                continue  # the matter sent on is the item's own: without an item there is none to name
            later = (_CARRIED_ENTRY.match(text) if entry else None) or _SENT_LATER.search(text)
            if later is not None and not any(r.evidence == evidence for r in requests):
                requests.append(AgendaRequest(item=section.key, text=later.group("text").strip(),
                                              topic=_heading(item.title), evidence=evidence))
    return requests


def _heading(title: str) -> str:
    """An item's title as the matter's name, without its lettering ("Litter" of "a) Litter")."""
    return re.sub(r"^\W*\(?[a-z]\)\s+", "", title.strip())


def _listed(key: str | None, lines: Sequence[Line]) -> list[AgendaRequest]:
    """The bulleted matters under an item for the next agenda; a bullet may wrap onto lines that open in
    lower case. Prose with no bullet ("there were no other items") asks for nothing."""
    found: list[tuple[str, list[Line]]] = []
    for line in lines:
        text = line.text.strip()
        if not text or _CLOSING.match(text):
            if found and _CLOSING.match(text):
                break
            continue
        bullet = _BULLET.match(text)
        if bullet is not None:
            found.append((text[bullet.end():].strip(), [line]))
        elif found and text[:1].islower():
            matter, span = found[-1]
            found[-1] = (f"{matter} {text}", [*span, line])
        elif found:
            break  # a sentence after the list closes it
    return [AgendaRequest(item=key, text=matter, topic=matter.rstrip(" .;"), evidence=Evidence.of_lines(span))
            for matter, span in found if len(matter) >= 4]
