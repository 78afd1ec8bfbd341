"""What a later meeting says about earlier actions without recording a new one.

Two ways minutes report on the actions of an earlier meeting:

- a matters-arising section ("Matters arising from the previous minutes"),
  one entry a paragraph or bullet, often numbered after the previous
  meeting's item ("4.1 The Clerk has written to Highways (done)", "Item 7 –
  bench: still awaited", "Min 23/45 Footpath – the contractor has been
  booked") or restating an earlier action in words of its own;
- a report by the action's owner anywhere in the minutes: "KW reported that
  the slides had been circulated", "The Clerk confirmed the letter had been
  sent".

Each becomes an `ActionUpdate` with the status its wording states (done,
open for "still awaited"/"ongoing", carried forward, dropped). Which earlier
action it reports on is decided by the store, which sees the body's other
meetings (store/tracking.py). A report states a status or is no update; a
matters-arising entry that states none is a mention of a matter still open.
"""

from __future__ import annotations

import re

from collections.abc import Sequence

from ..ingest.document import Line
from .action_status import progress_column, status_beside, status_column, status_of
from .items import Section
from .numbering import MINUTE_NUMBER
from .column_headers import load_column_headers
from .records import ActionStatus, ActionUpdate, AgendaItem, Evidence
from .sections import GLYPH_BULLET
from .status_words import report_words

_MATTERS_ARISING = re.compile(r"\bmatters?\s+arising\b", re.IGNORECASE)
_HEADING = re.compile(
    r"^\W*(?:\d{1,4}(?:\s*[./]\s*\d{1,4})*[.)]?\s*)?matters?\s+arising\b[^:.–—-]{0,60}(?:[:.–—-]\s*|$)",
    re.IGNORECASE,
)
_EARLIER_ACTIONS = re.compile(
    r"\breview(?:ing)?\s+(?:of\s+)?(?:the\s+)?(?:outstanding\s+|previous\s+|earlier\s+|open\s+)?actions?\b"
    r"|\b(?:outstanding|previous|earlier|prior|open)\s+actions?\b"
    r"|\bactions?(?:\s+points?|\s+log|\s+list)?\s+(?:arising\s+)?(?:from|of)\s+(?:the\s+)?(?:previous|last|earlier|prior)\b"
    r"|\bprogress\s+(?:on|of|with)\s+(?:the\s+)?actions?\b|\baction\s+(?:log|tracker)\s+(?:review|update)\b"
    r"|\bmatters?\s+arising\s*(?:/|&|and|[-–—:,])\s*(?:the\s+)?action\s+(?:log|list|tracker)\b",
    re.IGNORECASE,
)
"""A heading over the actions of earlier meetings and their progress ("Actions from the previous meeting",
"Review of actions", "Outstanding actions", "Matters arising / Action log"): its entries report on earlier actions,
as matters arising do."""
_THIS_MEETING = re.compile(r"\b(?:this|today'?s?|tonight'?s?)\b", re.IGNORECASE)
_EARLIER_LABEL = re.compile(
    r"^\W{0,3}(?:\[[ xX✓]?\]\s*)?(?:actions?\s*(?:no\.?\s*|point\s*)?\d{1,4}(?:\.\d{1,3})*[a-z]?\b\s*[-–—:.)]?"
    r"|\d{1,4}(?:\.\d{1,3})+\s*[-–—:)]|\[[ xX✓]?\])\s*",
    re.IGNORECASE,
)
"""An entry that opens with the earlier action's number ("Action 2.4:", "113.2 –") or a tick box ("[x]")."""
_TICK = re.compile(r"^\W{0,3}\[([ xX✓]?)\]")
"""A tick box before an earlier action: ticked ("[x]") it is done."""
_EMPHASIS = re.compile(r"(?<!\w)[_*]{1,2}|[_*]{1,2}(?!\w)")
"""Markdown emphasis around a status ("_Closed_", "**Done**")."""
_NOTHING = re.compile(r"^\W*(?:there\s+were\s+|there\s+was\s+)?(?:no|none|nil)\b(?:\s+matters?\s+arising)?\W*$",
                      re.IGNORECASE)
_BULLET = re.compile(rf"^\s*(?:{GLYPH_BULLET}|[*-]|\(?[a-hj-z]\)|\(?[ivx]{{1,4}}\))\s+")
_NAMED_REF = re.compile(
    r"^(?:item|min(?:ute)?s?|minute\s+(?:no|ref))\.?\s*(?:no\.?\s*)?"
    r"(?P<ref>\d{1,4}(?:\s*[./]\s*\d{1,4}){0,2}\s*(?:\(?[a-z]\)?)?)(?![\w/])\.?",
    re.IGNORECASE,
)
_MINUTE_REF = re.compile(rf"^(?P<ref>{MINUTE_NUMBER}(?:\.\d{{1,2}})?[a-z]?)(?![\w/])[.):]?")
"""An entry that opens with the minute it follows up, its year or series in it ("33/02 The Clerk …")."""
_BARE_REF = re.compile(
    r"^(?P<ref>\d{1,3}(?:\.\d{1,3}){0,2}(?:\.?(?:[ivx]{1,5}|[a-h]))?)(?:[.)]\s*|\s+)(?=[A-Z(\"'‘“])"
)
_AFTER_REF = re.compile(
    r"^\s*(?:(?:of\s+)?(?:the\s+)?minutes?\s+(?:dated|of)\s+[^–—:-]{1,30}\s*[–—:-]\s*)?[–—:-]?\s*", re.IGNORECASE
)
_ENTRY_SPLIT = re.compile(
    r"\s+(?=[•●▪]\s)|(?<=[.;])(?<![.\s]\d\.)(?<![.\s]\d\d\.)(?<!^\d\.)(?<!^\d\d\.)\s+(?=(?:\d{1,2}\.\s?){0,6}\d{1,2}\.?(?:[ivx]{1,5}|[a-h])\)\s)"
    r"|(?<=[a-z)][.;])\s+(?=(?:\d{1,2}\.){1,4}\d{1,2}\.\s+(?:With|The|A|An|In|It|Cllr)\b)"
)
"""Entries run together in one paragraph: bullets, or a lettered number after a sentence ("… the village. 5v) The Clerk …",
"… this Autumn. 4.4.12iv) The issue …", never inside a label's own numbers "4.4. 4.12iv)"),
or an item number carried on after a sentence ("… Council. 4.11. With regard to …")."""

_DECISION = re.compile(r"^\W*(?:resolved|agreed|it\s+was\s+(?:resolved|agreed|decided))\b", re.IGNORECASE)
"""A decision of this meeting ("RESOLVED: That the Council will await …") is no report on an earlier one."""
_SENTENCE = re.compile(r"(?<=[a-z0-9)][.;])\s+(?=[A-Z])")

_OWNER = (
    r"(?i:(?:the\s+)?(?:(?:parish|town|council|assistant)\s+)?"
    r"(?:clerk|chair(?:man|woman|person)?|vice[- ]chair(?:man|woman|person)?|secretary|treasurer))"
    r"|(?i:cllr\.?|councillor|mr|mrs|ms|miss|dr)\s+(?:[A-Z]\.?\s*)?[A-Z][\w'’-]+"
    r"|[A-Z]{2,3}"
)
_REPORT = re.compile(
    rf"(?:^|(?<=[.;]\s))(?P<owner>{_OWNER})\s+(?i:has\s+|had\s+)?"
    r"(?i:reported|confirmed|advised|informed|stated|said|noted|updated|explained|told)\b"
    r"\s+(?:(?i:to|the|meeting|members|council|councillors)\s+){0,3}(?i:that\s+)?"
    r"(?P<rest>[^;]{4,300}?)(?:[.;](?=\s|$)|$)"
)
# "KW reported" is two or three capitals, not "THE" or "AGM": a word of the sentence in capitals is no owner.
_NOT_INITIALS = frozenset({"THE", "AND", "AGM", "ALL", "FOR", "PCC", "NCC", "CCC", "BC", "PC", "CC", "DC", "MP"})

_DROPPED, _CARRIED, _OPEN, _DONE = (re.compile(report_words(status), re.IGNORECASE)
                                   for status in ("dropped", "carried_forward", "open", "done"))
"""The words of a report that state each status (data/status_words.toml, [report])."""


def reviews_earlier_actions(title: str | None) -> bool:
    """True when an item's title heads the actions of earlier meetings ("Actions from the last meeting")."""
    return bool(title) and _EARLIER_ACTIONS.search(title or "") is not None and not _THIS_MEETING.search(title or "")


def restates_earlier_action(text: str) -> bool:
    """True when an entry under such a heading is an earlier action restated with its progress: it opens with the
    action's number or a tick box, or states what became of it ("… – done", "still outstanding")."""
    return _EARLIER_LABEL.match(text.strip()) is not None or _stated_status(text) is not None


def _stated_status(text: str) -> ActionStatus | None:
    """The status the whole of `text` states, else the first of its sentences that states one ("… timetable. Done.")."""
    return update_status(text) or next((found for sentence in _SENTENCE.split(text) if (found := update_status(sentence))), None)


def earlier_action_table(header: Sequence[str], title: str | None) -> bool:
    """True when a table with this header row holds earlier actions and their progress, not this meeting's.

    A column of progress ("Progress", "Update") is only filled for an action set before; a status column
    counts under a heading of earlier actions or matters arising ("Matters arising / action log"). A table outside
    any item (`title` None: an action log as a document of its own) holds the log's actions.
    """
    if not title:
        return False
    if progress_column(header) is not None:
        return True
    arising = reviews_earlier_actions(title) or _MATTERS_ARISING.search(title) is not None
    return arising and status_column(header) is not None


def _table_updates(item: str | None, title: str | None, lines: Sequence[Line]) -> tuple[list[ActionUpdate], set[int]]:
    """Each row of a table of earlier actions as an update (its status from the status column), and the tables read."""
    found: list[ActionUpdate] = []
    tables: set[int] = set()
    headers = load_column_headers()
    header: tuple[str, ...] | None = None
    table: int | None = None
    for line in lines:
        if line.cells is None or line.table is None:
            continue
        if line.table != table:
            table, header = line.table, line.cells
            if earlier_action_table(header, title) or (reviews_earlier_actions(title) and len(header) > 1):
                tables.add(table)
            continue
        if table not in tables or header is None:
            continue
        kinds = [headers.kind(cell) for cell in header]
        status_at = next((i for i in (status_column(header), progress_column(header)) if i is not None), None)
        owner_at = next((i for i, kind in enumerate(kinds) if kind == "owner"), None)
        action_at = next((i for i, kind in enumerate(kinds) if kind == "action"), None)
        cells = line.cells
        if action_at is None:  # the longest cell of the row that is not its status
            action_at = max((i for i in range(len(cells)) if i != status_at), key=lambda i: len(cells[i]), default=None)
        text = cells[action_at].strip() if action_at is not None and action_at < len(cells) else ""
        if not text:
            continue
        status_cell = cells[status_at].strip() if status_at is not None and status_at < len(cells) else ""
        owner = cells[owner_at].strip() if owner_at is not None and owner_at < len(cells) else ""
        found.append(ActionUpdate(
            item=item, source="matters_arising", text=text, owner=owner or None,
            status=status_of(status_cell) or update_status(status_cell) or "open",
            evidence=Evidence.of_lines([line]),
        ))
    return found, tables


def extract_action_updates(sections: list[Section]) -> list[ActionUpdate]:
    """The matters-arising entries and owners' reports of the sections, in document order.

    The entries of a matters-arising item are its paragraphs, or its numbered sub-items
    ("3.1", "3.2" under item 3), each read whole.
    """
    updates: list[ActionUpdate] = []
    arising_number: str | None = None
    arising_full: str | None = None
    for section in sorted(sections, key=_place):
        item = section.item
        # A plain item number ("5", "5.1") numbers its entries; a minute reference ("33/10") does not.
        number = _first_part(item.number) if item is not None and item.number and "/" not in item.number else None
        tabled, tables = _table_updates(section.key, item.title if item is not None else None, section.lines)
        updates.extend(tabled)
        if item is not None and (_MATTERS_ARISING.search(item.title) or reviews_earlier_actions(item.title)):
            arising_number, arising_full = number, normal_ref(item.number) if item.number else None
        elif item is not None and item.number and not _is_part(normal_ref(item.number), arising_full):
            arising_number = arising_full = None
        elif item is not None and arising_full is not None and section.lines:
            # A sub-item's heading is its title: "3.1 Item 3 – The Clerk has written …" is read whole.
            lines = [line for line in section.lines if line.text.strip()]
            text = " – ".join(part for part in (item.title.strip(), " ".join(line.text.strip() for line in lines)) if part)
            start = item.evidence or (Evidence(lines[0].page, lines[0].number, lines[0].number) if lines else None)
            if start is not None:
                end = lines[-1].number if lines else start.line_end
                updates.extend(_entries(section.key, arising_number, text,
                                        Evidence(page=start.page, line_start=start.line_start, line_end=end)))
            continue
        earlier = item is not None and reviews_earlier_actions(item.title)
        arising = earlier or (item is not None and arising_full is not None and normal_ref(item.number or "") == arising_full)
        paragraphs = section.joined_paragraphs()
        if arising:
            paragraphs = _log_entries(paragraphs)
        for paragraph in paragraphs:
            if tables and all(line.table in tables for line in paragraph):
                continue  # rows read above, one update each
            text = " ".join(line.text.strip() for line in paragraph).strip()
            if not text:
                continue
            evidence = Evidence(page=paragraph[0].page, line_start=paragraph[0].number,
                                line_end=paragraph[-1].number)
            if arising:
                updates.extend(_entries(section.key, number, text, evidence, earlier=earlier))
            else:
                reports = _reports(section.key, text, evidence)
                updates.extend(reports or _same_item(section.key, item, text, evidence))
    return updates


def _log_entries(paragraphs: list[list[Line]]) -> list[list[Line]]:
    """The paragraphs of a matters-arising section with an action log printed one entry a line ("12/01 Chair to write
    … Complete" / "12/02 Treasurer to …") cut into its entries; other paragraphs whole. A line opens an entry when it
    opens on a reference of the log's own series ("12/…") or follows a line that closes one (a stop, or a status); any
    other line carries on the entry above it, even across a paragraph break the reference-like figures of a wrapped
    line made ("… the grant for" / "2031/32 had been received")."""
    runs: list[list[Line]] = []
    for paragraph in paragraphs:
        for position, line in enumerate(paragraph):
            previous = runs[-1] if runs else None
            if previous is None:
                runs.append([line])
            elif position == 0:
                adjacent = line.number == previous[-1].number + 1
                in_log = _MINUTE_REF.match(previous[0].text.strip()) is not None
                if adjacent and in_log and _MINUTE_REF.match(line.text.strip()) and not _opens_log_entry(line, previous):
                    previous.append(line)
                else:
                    runs.append([line])
            elif _opens_log_entry(line, previous):
                runs.append([line])
            else:
                previous.append(line)
    return runs


def _opens_log_entry(line: Line, previous: list[Line]) -> bool:
    """True when `line` opens a new entry of the action log whose entry `previous` is: it opens on a reference, and
    the reference is of the entry's series or the line before closed the entry (`_ends_entry`)."""
    text, first = line.text.strip(), previous[0].text.strip()
    if _MINUTE_REF.match(text) is None or _MINUTE_REF.match(first) is None:
        return False
    return text.split("/")[0] == first.split("/")[0] or _ends_entry(previous[-1].text)


def _ends_entry(text: str) -> bool:
    """True when a log's line closes its entry: a sentence's stop, or a status beside it ("… verges. Complete")."""
    text = text.strip()
    return text.endswith((".", "!", "?", ")")) or status_of(_SENTENCE.split(text)[-1]) is not None


def _is_part(number: str, whole: str | None) -> bool:
    """True for a sub-item's number of item `whole` ("3.1" or "3a" of "3", "33/10.1" of "33/10")."""
    return bool(whole) and number != whole and number.startswith(whole or "") and not number[len(whole or ""):][:1].isdigit()


def _place(section: Section) -> int:
    """Where a section starts: its heading's line, else its first line."""
    if section.item is not None and section.item.evidence is not None:
        return section.item.evidence.line_start
    return section.lines[0].number if section.lines else 0


def _entries(item: str | None, number: str | None, text: str, evidence: Evidence, *, earlier: bool = False) -> list[ActionUpdate]:
    """The entries of a matters-arising paragraph; under a heading of earlier actions (`earlier`) an entry opens
    with the action's own number, not an item's ("Action 2.4: …"), and any sentence of it may state the status."""
    found: list[ActionUpdate] = []
    text = _HEADING.sub("", text, count=1).strip()
    for entry in _ENTRY_SPLIT.split(text):
        entry = _BULLET.sub("", entry).strip()
        if len(entry) < 8 or _NOTHING.match(entry) or _MATTERS_ARISING.search(entry) and len(entry) < 40:
            continue
        if earlier and _DECISION.match(entry):
            continue  # "It was agreed that …": this meeting's decision, no report on an earlier action
        if earlier and _MINUTE_REF.match(entry):
            # "12/01 Chair to write … Complete": a log's entry opens on the minute that gave the action.
            ref, rest = read_ref(entry, own_number=number)
            status = _stated_status(_EMPHASIS.sub("", rest))
        elif earlier:
            ref, rest = None, _EARLIER_LABEL.sub("", entry, count=1)
            ticked = _TICK.match(entry)
            status = "done" if ticked and ticked.group(1).strip() else _stated_status(_EMPHASIS.sub("", rest))
        else:
            ref, rest = read_ref(entry, own_number=number)
            status = entry_status(rest)
        owner = _report_owner(rest)
        found.append(ActionUpdate(
            item=item, source="matters_arising", text=entry, ref=ref, owner=owner,
            status=status or "open", evidence=evidence,
        ))
    return found


def entry_status(text: str) -> ActionStatus | None:
    """The status a matters-arising entry states: a status closing it as a sentence of its own ("… verges.
    Complete"); else a word beside it, or words of dropping or carrying forward anywhere in it; else that of
    its first sentence that states one, which says what became of the matter ("… had attended the training.
    Feedback would be shared …" is done)."""
    # A log's entry may close on its status as a sentence of its own: "12/01 Chair to write … verges. Complete".
    closing = _SENTENCE.split(text)[-1]
    if closing != text and status_beside(closing) is not None:
        return status_beside(closing)
    whole = update_status(text)
    if whole in (None, "dropped", "carried_forward") or status_beside(text) is not None:
        return whole
    return next((found for sentence in _SENTENCE.split(text) if (found := update_status(sentence))), whole)


def _reports(item: str | None, text: str, evidence: Evidence) -> list[ActionUpdate]:
    found: list[ActionUpdate] = []
    for match in _REPORT.finditer(text):
        owner = match.group("owner")
        if owner.isupper() and owner in _NOT_INITIALS:
            continue
        status = update_status(match.group("rest"))
        if status is None:
            continue  # a report that states nothing done, owed or dropped updates no action
        found.append(ActionUpdate(item=item, source="report", text=match.group(0).strip(), owner=_clean_owner(owner),
                                  status=status, evidence=evidence))
    return found


def _same_item(item: str | None, heading: AgendaItem | None, text: str, evidence: Evidence) -> list[ActionUpdate]:
    """A statement under an item of its own that states a status ("Mr Dawson has now replied …" under
    "Streetlights"): an update on an earlier action recorded under an item of the same title, when the
    store finds one (store/tracking.py); a statement that states nothing done, owed or dropped is none."""
    if heading is None or not heading.title.strip() or _DECISION.match(text):
        return []
    # The first sentence that states a status says what became of the matter; later sentences
    # weigh what comes next ("… had been to the supplier. A new one would be …").
    status = next((found for sentence in _SENTENCE.split(text) if (found := update_status(sentence))), None)
    if status is None:
        return []
    return [ActionUpdate(item=item, source="same_item", text=text, status=status, evidence=evidence)]


def read_ref(entry: str, *, own_number: str | None = None) -> tuple[str | None, str]:
    """The earlier item or minute an entry names first ("Item 7 –", "Min 23/45", "4.1"), and the rest.

    Under the matters-arising item's own number a number numbers the entry at this meeting
    ("5.1" under item 5), or names an entry of an earlier matters-arising item ("4.13i)"
    under item 4, carried from meeting to meeting): neither is the previous meeting's item.
    """
    if own_number is not None:  # "4.4.4. 4.4.11iii)": a copied heading number, repeated
        entry = re.sub(rf"^(?:{re.escape(own_number)}\.\s*)+(?={re.escape(own_number)}\.)", "", entry)
    named = _NAMED_REF.match(entry) or _MINUTE_REF.match(entry)
    if named:
        return normal_ref(named.group("ref")), _AFTER_REF.sub("", entry[named.end():], count=1)
    bare = _BARE_REF.match(entry)
    if bare is None:
        return None, entry
    ref, rest = bare.group("ref"), entry[bare.end():]
    if own_number is not None and _first_part(ref) == own_number:
        if ref != own_number and not ref[len(own_number):].startswith("."):
            return None, rest  # "4a" under item 4: this meeting's own lettering
        named = _NAMED_REF.match(rest)
        if named:
            return normal_ref(named.group("ref")), _AFTER_REF.sub("", rest[named.end():], count=1)
        return None, rest
    return normal_ref(ref), rest


_LABEL = re.compile(r"^\W*(?P<label>(?:\d{1,3}\.\s?){0,9}\d{1,3}(?:[ivx]{1,5}|[a-h])?)(?:[.)]|\s)")


def entry_label(text: str | None) -> str | None:
    """The number an entry opens with, whole and without spaces ("4.12iii" of "4. 4.12iii) With regard …").

    Minutes that carry an entry from meeting to meeting put the matters-arising item's number before
    the entry's number of the meeting before: "12iii)", then "4.12iii)", then "4.4.12iii)". So an entry's
    label less its first number is the label of the entry it carries on (`carried_label`).
    """
    found = _LABEL.match(text or "")
    return re.sub(r"\s+", "", found.group("label")).lower() if found else None


def carried_label(text: str | None) -> str | None:
    """The label of the earlier meeting's entry an entry carries on: its own less its first number, else None."""
    label = entry_label(text)
    return label.split(".", 1)[1] if label and "." in label else None


def update_status(text: str) -> ActionStatus | None:
    """The status the wording of an update states, or None: dropped, carried forward and still owed
    words go before done words ("has been chased but is still awaited" is owed)."""
    beside = status_beside(text)
    if beside is not None:
        return beside
    if _DROPPED.search(text):
        return "dropped"
    if _CARRIED.search(text):
        return "carried_forward"
    if _OPEN.search(text):
        return "open"
    if _DONE.search(text):
        return "done"
    return None


def _report_owner(text: str) -> str | None:
    match = _REPORT.match(text)
    if match is None or (match.group("owner").isupper() and match.group("owner") in _NOT_INITIALS):
        return None
    return _clean_owner(match.group("owner"))


def _clean_owner(owner: str) -> str:
    return re.sub(r"^the\s+", "", owner.strip(), flags=re.IGNORECASE)


def normal_ref(ref: str) -> str:
    """An item number or reference as compared: no spaces, brackets or final dot, lower case ("4 (a)." gives "4a")."""
    return re.sub(r"\.(?=[a-z])", "", re.sub(r"[\s()]", "", ref).rstrip(".").lower())


def _first_part(number: str) -> str:
    """The item number's leading number ("4" of "4.1", "4a", "4(b)"), or the whole when it has none."""
    found = re.match(r"\s*(\d+)", number)
    return found.group(1) if found else number.strip().lower()
