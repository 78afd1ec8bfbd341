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

from ..errors import MinutebookError


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
