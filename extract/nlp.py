"""The shared spaCy pipeline: blank English plus rule components.

No model is ever downloaded. A statistical pipeline is used only when the
user names one that is installed (`--spacy-model en_core_web_sm`); its
PERSON and ORG entities then add to what the rules find.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any, Iterable

import spacy
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.strings import StringStore
from spacy.tokens import Doc, Span

from ..errors import MinutebookError
from ..names import blank_english, load_title_words

PARSED_TEXTS_KEPT = 1024
"""Parsed paragraphs kept for reuse: more than a long document's paragraphs, so memory stays bounded."""


@lru_cache(maxsize=4)
def load_nlp(model: str | None = None) -> Language:
    """Return a cached pipeline: `spacy.blank("en")` with a sentencizer, or `model`."""
    if model is None:
        # The names package's blank pipeline: its title matcher and these extractors share one vocabulary.
        nlp = blank_english()
    else:
        try:
            nlp = spacy.load(model)
        except OSError as err:
            raise MinutebookError(
                f"spaCy model {model!r} is not installed; install it with pip "
                "or run without --spacy-model"
            ) from err
    if "sentencizer" not in nlp.pipe_names and "parser" not in nlp.pipe_names and "senter" not in nlp.pipe_names:
        nlp.add_pipe("sentencizer")
        nlp.add_pipe("title_stops", after="sentencizer")
    return nlp


# "No." and "Nos." (numbers) end no sentence either, nor a clerk's "Prop." and "Sec." before the mover and seconder
# ("Prop. Hale / Sec. Voss to …", also "Sec. 5" and "Prop. 218"); the titles come from the names data.
_RECORD_ABBREVIATIONS = frozenset({"No", "Nos", "Prop", "PROP", "Sec", "SEC"})


@lru_cache(maxsize=1)
def _abbreviations() -> frozenset[str]:
    return load_title_words().abbreviations | _RECORD_ABBREVIATIONS


@Language.component("title_stops")
def _title_stops(doc: Doc) -> Doc:
    """Keep "Cllr. A. Smith" and "Sheet No. 4" in one sentence: the full stop after a title abbreviation ends no sentence.

    spaCy's English exceptions already keep "Mr." and "Dr." whole; the titles
    minutes abbreviate otherwise ("Cllr.", "Cmhlr.", "Supt.") reach the
    sentencizer as a word and a full stop.
    """
    for token in doc[2:]:
        if (
            token.is_sent_start
            and doc[token.i - 1].text == "."
            and doc[token.i - 2].text in _abbreviations()
            and (token.text[:1].isupper() or token.text[:1].isdigit())
        ):
            token.is_sent_start = False
    return doc


def parse_text(nlp: Language, text: str) -> Doc:
    """Return `nlp(text)`, reusing the Doc when the same text was parsed lately.

    Decisions and actions read the same paragraphs, so each is tokenised and
    split into sentences once. The Doc is shared: callers only read it.
    """
    return _parse(nlp, text)[0]


def parse_sentences(nlp: Language, text: str) -> tuple[Span, ...]:
    """Return the sentences of `parse_text(nlp, text)`, read off the Doc once like the Doc itself."""
    return _parse(nlp, text)[1]


@lru_cache(maxsize=PARSED_TEXTS_KEPT)
def _parse(nlp: Language, text: str) -> tuple[Doc, tuple[Span, ...]]:
    # The Doc and its sentences are kept together, so the spans always belong to the Doc handed out.
    doc = nlp(text)
    return doc, tuple(doc.sents)


def has_statistical_ner(nlp: Language) -> bool:
    """True when the pipeline has a trained entity recognizer."""
    return "ner" in nlp.pipe_names


_WORD_ATTRIBUTES = ("LOWER", "TEXT", "ORTH")
# A regex that only lists whole words, such as "^(?:RESOLVED|Agreed)$" (case-sensitive).
_WORD_ALTERNATIVES = re.compile(r"\^\(\?:(?P<words>[^()\\\\.^$*+?{}\[\]]*)\)\$")


def build_matcher(nlp: Language, patterns: Iterable[tuple[str, list[dict[str, Any]]]]) -> Matcher:
    """Return a Matcher holding `patterns` (label, token pattern), in order.

    A pattern whose first token is one of a list of words ({"LOWER": {"IN": [...]}}
    or a regex of whole-word alternatives) is added once per word with that word
    as a plain value. The Matcher finds the same spans, but tests a plain value
    in compiled code instead of calling back into Python for every token.
    """
    matcher = Matcher(nlp.vocab)
    for label, pattern in patterns:
        matcher.add(label, [list(pattern)] if not pattern else _split_first_token(pattern))
    return matcher


def _split_first_token(pattern: list[dict[str, Any]]) -> list[list[dict[str, Any]]]:
    first, rest = pattern[0], list(pattern[1:])
    if len(first) != 1:
        return [list(pattern)]
    attribute, value = next(iter(first.items()))
    if attribute not in _WORD_ATTRIBUTES or not isinstance(value, dict) or len(value) != 1:
        return [list(pattern)]
    words: list[str] | None = None
    if isinstance(value.get("IN"), list) and all(isinstance(word, str) for word in value["IN"]):
        words = list(value["IN"])
    elif attribute != "LOWER" and isinstance(value.get("REGEX"), str):
        match = _WORD_ALTERNATIVES.fullmatch(value["REGEX"])
        words = match.group("words").split("|") if match else None
    if not words or any(not word for word in words):
        return [list(pattern)]
    return [[{attribute: word}] + rest for word in dict.fromkeys(words)]


Anchors = tuple[tuple[frozenset[str], ...], ...]
"""Per pattern, the word sets of its required tokens (see `read_pattern_anchors`)."""
HashedAnchors = tuple[tuple[frozenset[int], ...], ...]
"""Anchors with each word as its spaCy string hash (see `hash_anchors`)."""


def may_match_text(text: str, anchors: Anchors) -> bool:
    """False only when no pattern can match anywhere in `text`: one of its required words is missing."""
    if not anchors:
        return True
    lowered = text.lower()
    # Plain loops: this runs on every paragraph, and generator expressions cost more here.
    for pattern in anchors:
        for words in pattern:
            for word in words:
                if word in lowered:
                    break
            else:
                break  # none of this required token's words is in the text
        else:
            return True
    return False


def may_match_words(words: set[str] | set[int], anchors: Anchors | HashedAnchors) -> bool:
    """False only when no pattern can match tokens whose lower-case forms are `words`.

    `words` and `anchors` may both be strings or both hashes (`token_hashes`, `hash_anchors`).
    """
    if not anchors:
        return True
    for pattern in anchors:
        for required in pattern:
            if words.isdisjoint(required):
                break
        else:
            return True
    return False


def hash_anchors(anchors: Anchors) -> HashedAnchors:
    """Return `anchors` as spaCy string hashes, to test against `token_hashes` instead of token texts."""
    return tuple(tuple(hash_words(words) for words in pattern) for pattern in anchors)


def hash_words(words: Iterable[str]) -> frozenset[int]:
    """Return the spaCy string hashes of `words` (a token's LOWER or ORTH value is such a hash)."""
    # A string's hash is the same in every StringStore, so a private store
    # gives the hashes the pipeline's vocabulary uses without adding to it.
    return frozenset(_HASHED_WORDS.add(word) for word in words)


_HASHED_WORDS = StringStore()


def token_hashes(doc: Doc, attribute: str = "LOWER") -> list[int]:
    """Return each token's `attribute` (a string hash for LOWER or ORTH), in order.

    Reading one array is far cheaper than making a Token object per token
    (`token.lower_`); a set of LOWER hashes works with `may_match_words`
    given `hash_anchors`.
    """
    return doc.to_array(attribute).tolist()


# Token attributes fixed by the token's text alone (spaCy's lexeme attributes), plus the operator key.
_LEXICAL_KEYS = frozenset({
    "ORTH", "TEXT", "LOWER", "LENGTH", "IS_ALPHA", "IS_ASCII", "IS_DIGIT", "IS_LOWER", "IS_UPPER",
    "IS_TITLE", "IS_PUNCT", "IS_SPACE", "IS_BRACKET", "IS_QUOTE", "IS_LEFT_PUNCT", "IS_RIGHT_PUNCT",
    "LIKE_NUM", "LIKE_URL", "LIKE_EMAIL", "SHAPE", "PREFIX", "SUFFIX", "OP",
})


def has_lexical_patterns(patterns: Iterable[list[dict[str, Any]]]) -> bool:
    """True when every Matcher pattern tests only attributes a token's text decides.

    Such patterns match the same way wherever the same tokens occur, so a
    caller may remember matches by the tokens' ORTH hashes. Tags, entities,
    sentence starts or custom attributes rule that out.
    """
    return all(set(token) <= _LEXICAL_KEYS for pattern in patterns for token in pattern)


def read_pattern_anchors(pattern: list[dict[str, object]]) -> tuple[frozenset[str], ...]:
    """Return the word sets of a Matcher pattern's required tokens, where they can be read off the pattern.

    A token counts when it is required (no "?", "*" or "!" operator) and names
    its words outright (LOWER, TEXT or ORTH as a string, an IN list, or a
    regex that is just alternatives such as "^(?:RESOLVED|Agreed)$"). Such a
    token's text, lower-cased, is part of the lower-cased text it matches in.
    """
    anchors = []
    for token in pattern:
        if token.get("OP") in ("?", "*", "!"):
            continue
        for attribute in ("LOWER", "TEXT", "ORTH"):
            words = _literal_words(token.get(attribute))
            if words:
                anchors.append(words)
                break
    return tuple(anchors)


def stays_in_sentence(pattern: list[dict[str, Any]]) -> bool:
    """True when no match of `pattern` can run past the punctuation that closes a sentencizer sentence.

    The sentencizer ends a sentence on a punctuation token, so a match that ran
    on into the next sentence would use that token for some element other than
    a last, unrepeated one. An element cannot take punctuation when it wants a
    letter: IS_ALPHA, or words it names (see `read_pattern_anchors`) that all
    hold a letter.
    """
    for position, token in enumerate(pattern):
        last = position == len(pattern) - 1
        if token.get("OP") == "!":
            return False  # a negated element is read unlike the others; play safe
        if last and token.get("OP") not in ("*", "+"):
            continue
        if token.get("IS_ALPHA") is True:
            continue
        words = read_pattern_anchors([{key: value for key, value in token.items() if key != "OP"}])
        if not words or not all(any(char.isalpha() for char in word) for word in words[0]):
            return False
    return True


def has_punctuation_sentences(nlp: Language) -> bool:
    """True when `nlp` splits sentences with the sentencizer alone, so each one ends on punctuation."""
    return "sentencizer" in nlp.pipe_names and not {"parser", "senter"} & set(nlp.pipe_names)


def read_start_words(patterns: Iterable[list[dict[str, Any]]]) -> frozenset[str] | None:
    """Return the lower-case words every match of `patterns` starts with, or None when a pattern may start otherwise.

    Known when each pattern's first token is required and names its words
    (see `read_pattern_anchors`). No match can start before the first such
    word, so the Matcher may skip the tokens before it.
    """
    words: set[str] = set()
    for pattern in patterns:
        if not pattern or pattern[0].get("OP") not in (None, "+"):
            return None
        first = read_pattern_anchors(pattern[:1])
        if not first:
            return None
        words |= first[0]
    return frozenset(words)


def _literal_words(value: object) -> frozenset[str] | None:
    if isinstance(value, str):
        return frozenset({value.lower()})
    if not isinstance(value, dict):
        return None
    if isinstance(value.get("IN"), list) and all(isinstance(word, str) for word in value["IN"]):
        return frozenset(word.lower() for word in value["IN"]) or None
    regex = value.get("REGEX")
    match = _ALTERNATIVES.fullmatch(regex) if isinstance(regex, str) else None
    if match is None:
        return None
    words = match.group("words").split("|")
    if any(not word or any(char in _REGEX_SPECIALS for char in word) for word in words):
        return None
    return frozenset(word.lower() for word in words)


_ALTERNATIVES = re.compile(r"\^\(\?(?:i)?:(?P<words>.*)\)\$")
_REGEX_SPECIALS = frozenset(".^$*+?{}[]\\|()")
