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
from spacy.tokens import Doc

from ..errors import MinutebookError

PARSED_TEXTS_KEPT = 1024
"""Parsed paragraphs kept for reuse: more than a long document's paragraphs, so memory stays bounded."""


@lru_cache(maxsize=4)
def load_nlp(model: str | None = None) -> Language:
    """Return a cached pipeline: `spacy.blank("en")` with a sentencizer, or `model`."""
    if model is None:
        nlp = spacy.blank("en")
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
    return nlp


@lru_cache(maxsize=PARSED_TEXTS_KEPT)
def parse_text(nlp: Language, text: str) -> Doc:
    """Return `nlp(text)`, reusing the Doc when the same text was parsed lately.

    Decisions and actions read the same paragraphs, so each is tokenised and
    split into sentences once. The Doc is shared: callers only read it.
    """
    return nlp(text)


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


def may_match_words(words: set[str], anchors: Anchors) -> bool:
    """False only when no pattern can match tokens whose lower-case forms are `words`."""
    if not anchors:
        return True
    for pattern in anchors:
        for required in pattern:
            if words.isdisjoint(required):
                break
        else:
            return True
    return False


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
