"""The shared spaCy pipeline: blank English plus rule components.

No model is ever downloaded. A statistical pipeline is used only when the
user names one that is installed (`--spacy-model en_core_web_sm`); its
PERSON and ORG entities then add to what the rules find.
"""

from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language

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
