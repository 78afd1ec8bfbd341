"""Topic tagging: a vocabulary of phrases per topic, matched with spaCy.

The vocabulary is data (`extract/data/topics.toml`, or a user file given by
`--topics FILE` / MINUTEBOOK_TOPICS). Agenda items are tagged from their
titles; resolutions and actions from their own text plus the topics of the
item they sit under, so "agreed the MARAC protocol" under an item called
"Domestic Abuse Update" is found by `--topic "domestic abuse"`.
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, cast

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokenizer import Tokenizer

from ..errors import MinutebookError
from .records import Action, Extraction, Resolution

DEFAULT_TOPICS_PATH = Path(__file__).parent / "data" / "topics.toml"
TOPICS_ENV = "MINUTEBOOK_TOPICS"
PIPE_BATCH_SIZE = 256
# Plural forms are only guessed for words long enough to be real nouns;
# "DA" -> "DAs" is noise.
MIN_PLURAL_WORD_LENGTH = 3
TEXTS_KEPT = 4096
"""Texts whose topics are remembered: minutes repeat decisions and titles; memory stays bounded."""


@dataclass(slots=True)
class TopicVocabulary:
    """Topics with the phrases that signal them and the other names users call them."""

    phrases: dict[str, list[str]] = field(default_factory=dict)
    """Topic -> phrases matched whatever their case."""
    exact: dict[str, list[str]] = field(default_factory=dict)
    """Topic -> phrases matched with case as written (acronyms, common words)."""
    aliases: dict[str, str] = field(default_factory=dict)
    """Lower-cased alias -> topic."""
    _matchers: dict[int, tuple[PhraseMatcher, PhraseMatcher]] = field(
        default_factory=dict, repr=False, compare=False
    )
    _found: dict[int, dict[str, tuple[str, ...]]] = field(default_factory=dict, repr=False, compare=False)
    """Per vocab, like `_matchers`: the topics already found in a text."""

    def __getstate__(self) -> dict:
        # Matchers hold a spaCy vocab; a worker process builds its own.
        return {"phrases": self.phrases, "exact": self.exact, "aliases": self.aliases}

    def __setstate__(self, state: dict) -> None:
        self.phrases, self.exact, self.aliases = state["phrases"], state["exact"], state["aliases"]
        self._matchers = {}
        self._found = {}

    @property
    def topics(self) -> list[str]:
        """Every topic name, in file order."""
        return list(dict.fromkeys([*self.phrases, *self.exact]))

    def resolve_topic(self, name: str) -> str | None:
        """Return the topic `name` refers to (a topic or an alias, any case), else None."""
        wanted = " ".join(name.split()).lower()
        for topic in self.topics:
            if topic.lower() == wanted:
                return topic
        return self.aliases.get(wanted)

    def build_matchers(self, nlp: Language) -> tuple[PhraseMatcher, PhraseMatcher]:
        """Return (case-insensitive, exact-case) matchers for `nlp`, built once per vocab."""
        key = id(nlp.vocab)
        if key not in self._matchers:
            lower = PhraseMatcher(nlp.vocab, attr="LOWER")
            orth = PhraseMatcher(nlp.vocab, attr="ORTH")
            for topic, phrases in self.phrases.items():
                forms = sorted({form for phrase in phrases for form in _iter_forms(phrase)})
                lower.add(topic, list(_tokenizer(nlp).pipe(forms)))
            for topic, phrases in self.exact.items():
                orth.add(topic, list(_tokenizer(nlp).pipe(sorted(set(phrases)))))
            self._matchers[key] = (lower, orth)
        return self._matchers[key]


def load_topics(path: str | Path | None = None) -> TopicVocabulary:
    """Load a topic vocabulary from TOML: `path`, else MINUTEBOOK_TOPICS, else the shipped one."""
    chosen = Path(path or os.environ.get(TOPICS_ENV) or DEFAULT_TOPICS_PATH)
    try:
        with chosen.open("rb") as handle:
            data = tomllib.load(handle)
    except OSError as err:
        raise MinutebookError(f"cannot read topics file {chosen}: {err.strerror}") from err
    except tomllib.TOMLDecodeError as err:
        raise MinutebookError(f"topics file {chosen} is not valid TOML: {err}") from err
    return read_topics(data, source=str(chosen))


def read_topics(data: dict, *, source: str = "topics") -> TopicVocabulary:
    """Build a vocabulary from parsed TOML: `{"topics": {name: {phrases, exact, aliases}}}`."""
    table = data.get("topics")
    if not isinstance(table, dict) or not table:
        raise MinutebookError(
            f"{source}: no [topics.\"name\"] tables found; each topic needs a phrases list"
        )
    vocabulary = TopicVocabulary()
    for topic, entry in table.items():
        if not isinstance(entry, dict):
            raise MinutebookError(f"{source}: topic {topic!r} must be a table with a phrases list")
        phrases = _read_strings(entry, "phrases", topic, source)
        exact = _read_strings(entry, "exact", topic, source)
        if not phrases and not exact:
            raise MinutebookError(f"{source}: topic {topic!r} has no phrases")
        if phrases:
            vocabulary.phrases[topic] = phrases
        if exact:
            vocabulary.exact[topic] = exact
        for alias in _read_strings(entry, "aliases", topic, source):
            vocabulary.aliases.setdefault(" ".join(alias.split()).lower(), topic)
    return vocabulary


def tag_topics(
    extraction: Extraction, vocabulary: TopicVocabulary | None, *, nlp: Language
) -> None:
    """Set `.topics` on every agenda item, resolution and action of `extraction`."""
    vocabulary = vocabulary or _load_default_topics()
    item_topics: dict[str, list[str]] = {}
    for item, topics in zip(extraction.items, _match_texts([i.title for i in extraction.items], vocabulary, nlp)):
        item.topics = topics
        item_topics.setdefault(item.key, topics)
    records: list[Resolution | Action] = [*extraction.resolutions, *extraction.actions]
    for record, topics in zip(records, _match_texts([r.text for r in records], vocabulary, nlp)):
        inherited = item_topics.get(record.item, []) if record.item else []
        record.topics = _ordered_union(topics, inherited, vocabulary)


def match_topics(text: str, vocabulary: TopicVocabulary, *, nlp: Language) -> list[str]:
    """Return the topics `text` mentions, in vocabulary order."""
    return _match_texts([text], vocabulary, nlp)[0]


_default_vocabulary: TopicVocabulary | None = None


def _load_default_topics() -> TopicVocabulary:
    # Loaded once per process: the pipeline tags every document with it.
    global _default_vocabulary
    if _default_vocabulary is None:
        _default_vocabulary = load_topics()
    return _default_vocabulary


def _match_texts(texts: list[str], vocabulary: TopicVocabulary, nlp: Language) -> list[list[str]]:
    if not texts:
        return []
    lower, orth = vocabulary.build_matchers(nlp)
    order = {topic: index for index, topic in enumerate(vocabulary.topics)}
    known = vocabulary._found.setdefault(id(nlp.vocab), {})
    if len(known) >= TEXTS_KEPT:
        known.clear()  # bounded memory over a long batch
    # Each text is matched once: decisions, actions and titles repeat within and across minutes.
    unknown = [text for text in dict.fromkeys(texts) if text not in known]
    # Matching needs tokens only, so the tokenizer's own pipe is enough and
    # skips the sentencizer and any statistical components.
    for text, doc in zip(unknown, _tokenizer(nlp).pipe(unknown, batch_size=PIPE_BATCH_SIZE)):
        names = {nlp.vocab.strings[match_id] for match_id, _, _ in lower(doc)}
        names |= {nlp.vocab.strings[match_id] for match_id, _, _ in orth(doc)}
        known[text] = tuple(sorted(names, key=lambda name: order.get(name, len(order))))
    return [list(known[text]) for text in texts]


def _ordered_union(first: list[str], second: list[str], vocabulary: TopicVocabulary) -> list[str]:
    order = {topic: index for index, topic in enumerate(vocabulary.topics)}
    return sorted(set(first) | set(second), key=lambda name: order.get(name, len(order)))


def _iter_forms(phrase: str) -> Iterable[str]:
    """The phrase and simple plural/singular forms of its last word."""
    phrase = " ".join(phrase.split())
    yield phrase
    head, _, last = phrase.rpartition(" ")
    if len(last) < MIN_PLURAL_WORD_LENGTH or not last.isalpha():
        return
    prefix = f"{head} " if head else ""
    lowered = last.lower()
    if lowered.endswith("ies"):
        yield prefix + last[:-3] + "y"
    elif lowered.endswith("s") and not lowered.endswith("ss"):
        yield prefix + last[:-1]
    elif lowered.endswith("y") and lowered[-2:-1] not in ("a", "e", "o", "u"):
        yield prefix + last[:-1] + "ies"
    elif lowered.endswith(("ss", "x", "ch", "sh")):
        yield prefix + last + "es"
    else:
        yield prefix + last + "s"


def _read_strings(entry: dict, key: str, topic: str, source: str) -> list[str]:
    values = entry.get(key, [])
    if not isinstance(values, list) or not all(isinstance(value, str) for value in values):
        raise MinutebookError(f"{source}: {key} for topic {topic!r} must be a list of strings")
    return [value for value in values if value.strip()]


def _tokenizer(nlp: Language) -> Tokenizer:
    """The pipeline's tokenizer, typed as one: spaCy annotates it as any callable."""
    return cast(Tokenizer, nlp.tokenizer)
