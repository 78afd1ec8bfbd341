"""Resolutions: the decisions recorded under each agenda item.

Decisions open with a small set of phrasings ("RESOLVED that …", "It was
agreed that …", "Members noted the report.", "The minutes … were agreed").
Those openers are spaCy Matcher patterns kept in
`data/resolution_patterns.json` and matched at the first token of each
sentence. A lead-in ending in a colon ("The Partnership agreed to:") followed
by a lettered or numbered list gives one resolution per list entry.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Iterator

from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc, Span

from ..ingest.document import Line
from ..names import mover_title_pattern
from .items import Section, clean_text, paragraph_text, strip_list_marker
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
from .records import Evidence, Resolution

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
_BARE_OPENER = re.compile(r"^(?:RESOLVED|AGREED|DECIDED|DECISIONS?|OUTCOMES?)\s*[:–—-]?(?:\s*that\s*[:–—-]?)?$", re.IGNORECASE)
# A mover or seconder: one of the titles `names` lists for them, then up to three capitalised words.
_PERSON = rf"{mover_title_pattern()}\s+(?:[A-Z][\w'’-]*\s+){{0,2}}[A-Z][\w'’-]+"
_PROPOSER = re.compile(rf"(?:(?P<a>{_PERSON})\s+(?:proposed|moved)|(?:[Pp]roposed|[Mm]oved)\s+(?:by\s+)?(?P<b>{_PERSON}))")
_SECONDER = re.compile(rf"(?:(?P<a>{_PERSON})\s+seconded|[Ss]econded\s+(?:by\s+)?(?P<b>{_PERSON}))")
# "Proposed Cllr A, seconded Cllr B; carried." under a decision names its mover.
_VOTE_LINE = re.compile(rf"^(?:[Pp]roposed|[Mm]oved)\s+(?:by\s+)?{_PERSON}")
# A vote record names who moved a decision; one that goes on to a decision ("… and RESOLVED that") is not one.
_DECISION_FOLLOWS = re.compile(r"\b(?:resolved|agreed|decided)\s*(?:that|to|:)", re.IGNORECASE)


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


def load_resolution_rules(nlp: Language, path: Path = PATTERNS_PATH) -> ResolutionRules:
    """Return the resolution openers from `path` compiled for `nlp`."""
    return _load_rules(nlp, str(path))


@lru_cache(maxsize=8)
def _load_rules(nlp: Language, path: str) -> ResolutionRules:
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    patterns = [(entry["label"], entry["pattern"]) for entry in data["patterns"]]
    anchors = tuple(read_pattern_anchors(pattern) for _, pattern in patterns)
    return ResolutionRules(
        matcher=build_matcher(nlp, patterns),
        bare=frozenset(word.lower() for word in data.get("bare", [])),
        anchors=anchors,
        hashed_anchors=hash_anchors(anchors),
        lexical=has_lexical_patterns(pattern for _, pattern in patterns),
    )


def extract_resolutions(sections: list[Section], *, nlp: Language) -> list[Resolution]:
    """Return every decision recorded in the sections, in document order."""
    rules = load_resolution_rules(nlp)
    found: list[Resolution] = []
    for section in sections:
        seen: set[str] = set()
        for resolution in _iter_section(section, rules, nlp):
            if resolution.text.lower() in seen:
                continue
            seen.add(resolution.text.lower())
            found.append(resolution)
    return found


def match_opener(text: str, rules: ResolutionRules, nlp: Language) -> str | None:
    """Return the label of the decision opener `text` starts with, or None."""
    if not _may_match(text, rules):
        return None
    doc = nlp.make_doc(text)
    for match_id, start, _ in rules.matcher(doc):
        if start == 0:
            return nlp.vocab.strings[match_id]
    return None


def _iter_section(section: Section, rules: ResolutionRules, nlp: Language) -> Iterator[Resolution]:
    key = section.key
    if section.item is None:
        return  # tables after the minutes hold no decisions
    paragraphs = section.paragraphs()
    since_vote: list[Resolution] = []
    index = 0
    while index < len(paragraphs):
        lines = paragraphs[index]
        index += 1
        if lines[0].is_heading:
            continue
        text = strip_list_marker(paragraph_text(lines))
        if not text:
            continue
        if _VOTE_LINE.match(text) and match_opener(text, rules, nlp) is None:
            for resolution in since_vote:
                if resolution.proposer is None:
                    resolution.proposer = _person(_PROPOSER.search(text))
                    resolution.seconder = _person(_SECONDER.search(text))
            since_vote = []
            continue
        if text.rstrip(".! ").lower() in rules.bare:
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
            if entries and _ONE_DECISION_LIST.search(lead_in):
                # "refused for the following reasons: (1) … (2) …": the list is part of one decision.
                whole = " ".join([text] + [paragraph_text(entry) for entry in entries])
                made = [_make(key, whole, lines + [line for entry in entries for line in entry], mover=mover)]
                since_vote.extend(made)
                yield from made
                continue
            if entries:
                before = text[: len(text) - len(lead_in)].strip()
                made = list(_iter_sentences(key, before, lines, rules, nlp)) if before else []
                for entry in entries:
                    body = strip_list_marker(paragraph_text(entry))
                    made.append(_make(key, f"{lead_in} {body}", entry, mover=mover))
                since_vote.extend(made)
                yield from made
                continue
        if _BARE_OPENER.match(text) and index < len(paragraphs) and not paragraphs[index][0].is_heading:
            # "RESOLVED:" on a line of its own, its decision on the next.
            following = paragraphs[index]
            index += 1
            text = f"{text} {strip_list_marker(paragraph_text(following))}"
            lines = lines + following
            if mover is not None:
                since_vote.append(_make(key, text, lines, mover=mover))
                yield since_vote[-1]
                continue
        found = list(_iter_sentences(key, text, lines, rules, nlp))
        since_vote.extend(found)
        yield from found


def _is_vote_record(text: str) -> bool:
    """True when `text` only records a mover and seconder ("Proposed by A, seconded by B; carried")."""
    return bool(_VOTE_LINE.match(text)) and not _DECISION_FOLLOWS.search(text)


def _lead_in(text: str, rules: ResolutionRules, nlp: Language) -> str | None:
    """The closing sentence of `text` when it opens a list of decisions ("The Partnership agreed to:")."""
    sentences = parse_sentences(nlp, text)
    last = sentences[-1].text.strip() if sentences else ""
    return last if last and match_opener(last, rules, nlp) else None


def _iter_sentences(
    key: str | None, text: str, lines: list[Line], rules: ResolutionRules, nlp: Language
) -> Iterator[Resolution]:
    if not _may_match(text, rules):
        return  # most prose holds no opener: skip the sentencizer and the Matcher
    doc = parse_text(nlp, text)
    line_starts = _line_starts(text, lines)
    openers = _openers_by_start(doc, parse_sentences(nlp, text), rules, nlp)
    sentences = [(sentence, openers.get(sentence.start)) for sentence in parse_sentences(nlp, text)]
    sentences = _with_line_openers(doc, text, sentences, line_starts, rules, nlp)
    previous: Resolution | None = None
    for position, (sentence, label) in enumerate(sentences):
        if label is None:
            continue
        if label not in PARAGRAPH_LABELS:
            said = sentence.text.strip()
            if previous is not None and _is_vote_record(said):
                # "Proposed by A, seconded by B, carried." after a decision in the same paragraph.
                if previous.proposer is None:
                    previous.proposer = _person(_PROPOSER.search(said))
                    previous.seconder = _person(_SECONDER.search(said))
                continue
            previous = _make(key, said, lines)
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
    doc: Doc, sentences: tuple[Span, ...], rules: ResolutionRules, nlp: Language
) -> dict[int, str]:
    """Opener label per sentence-start token of `sentences` (the Doc's), for matches that stay inside their sentence."""
    orth = token_hashes(doc, "ORTH") if rules.lexical else None
    lower: list[int] | None = None  # read only when a sentence has to be matched
    found: dict[int, str] = {}
    for sentence in sentences:
        # Minutes repeat sentences ("Members noted the report."), and with lexical patterns
        # the answer depends on the token texts alone, so each is matched once.
        key = tuple(orth[sentence.start:sentence.end]) if orth is not None else None
        if key is not None and key in rules.sentence_openers:
            label = rules.sentence_openers[key]
        else:
            lower = lower if lower is not None else token_hashes(doc, "LOWER")
            label = _sentence_opener(sentence, lower, rules, nlp)
            if key is not None:
                if len(rules.sentence_openers) >= SENTENCES_KEPT:
                    rules.sentence_openers.clear()  # bounded memory over a long batch
                rules.sentence_openers[key] = label
        if label is not None:
            found[sentence.start] = label
    return found


def _sentence_opener(sentence: Span, lower: list[int], rules: ResolutionRules, nlp: Language) -> str | None:
    """The label of the opener `sentence` starts with, or None; `lower` holds the Doc's lower-case hashes."""
    # Only a match inside one sentence counts, so each sentence is matched on its own and
    # one that lacks an opener's words is skipped: the Matcher is the slow part.
    if not may_match_words(set(lower[sentence.start:sentence.end]), rules.hashed_anchors):
        return None
    for match_id, start, _ in rules.matcher(sentence):
        if start == 0:
            return nlp.vocab.strings[match_id]  # type: ignore[no-any-return]
    return None


def _with_line_openers(
    doc: Doc,
    text: str,
    sentences: list[tuple[Span, str | None]],
    line_starts: set[int],
    rules: ResolutionRules,
    nlp: Language,
) -> list[tuple[Span, str | None]]:
    """Add decisions that open a line inside a sentence the sentencizer did not split.

    A PDF line such as "The Partnership agreed …" after a heading-like line with
    no full stop is a new sentence the punctuation does not show. `text` is the
    Doc's own text, passed in because Doc.text rebuilds it from the tokens.
    """
    starts = {sentence.start_char for sentence, _ in sentences}
    extra: list[tuple[Span, str | None]] = []
    for offset in sorted(line_starts - starts):
        if offset == 0 or not text[offset:offset + 1].isupper():
            continue
        label = match_opener(text[offset:], rules, nlp)
        if label is None:
            continue
        token = next((t for t in doc if t.idx >= offset), None)
        if token is None:
            continue
        extra.append((doc[token.i: token.sent.end], label))
    if not extra:
        return sentences
    merged = [(span, label) for span, label in sentences] + extra
    return sorted(merged, key=lambda pair: pair[0].start_char)


def _may_match(text: str, rules: ResolutionRules) -> bool:
    """False only when no opener pattern can match anywhere in `text` (see `ResolutionRules.anchors`)."""
    return may_match_text(text, rules.anchors)


def _line_starts(text: str, lines: list[Line]) -> set[int]:
    """Character offsets in the joined paragraph text where each source line begins."""
    starts: set[int] = set()
    position = 0
    for line in lines:
        part = strip_list_marker(clean_text(line.text))
        found = text.find(part[:20], position) if part else -1
        if found >= 0:
            starts.add(found)
            position = found + len(part)
    return starts


def _make(key: str | None, text: str, lines: list[Line], *, mover: str | None = None) -> Resolution:
    proposer = _person(_PROPOSER.search(mover or text))
    seconder = _person(_SECONDER.search(mover or text))
    return Resolution(item=key, text=text, proposer=proposer, seconder=seconder, evidence=Evidence.of_lines(lines))


def _person(match: re.Match[str] | None) -> str | None:
    if match is None:
        return None
    return (match.group("a") or match.group("b")).strip()
