"""The shared pipeline helpers: split Matchers, pattern anchors, reused Docs."""

from __future__ import annotations

import spacy
from spacy.matcher import Matcher

from minutebook.extract.nlp import (
    build_matcher,
    has_lexical_patterns,
    has_punctuation_sentences,
    hash_anchors,
    may_match_text,
    may_match_words,
    parse_sentences,
    parse_text,
    read_pattern_anchors,
    read_start_words,
    stays_in_sentence,
    token_hashes,
)

PATTERNS = [
    ("COMMIT", [{"LOWER": {"IN": ["will", "shall"]}}, {"LOWER": "send"}]),
    ("OPENER", [{"TEXT": {"REGEX": "^(?:RESOLVED|Agreed)$"}}, {"LOWER": "that", "OP": "?"}]),
    ("TITLED", [{"IS_TITLE": True, "OP": "+"}, {"LOWER": "agreed"}]),
]


def test_split_matcher_finds_what_a_plain_matcher_finds(nlp) -> None:
    plain = Matcher(nlp.vocab)
    for label, pattern in PATTERNS:
        plain.add(label, [pattern])
    split = build_matcher(nlp, PATTERNS)
    doc = nlp("RESOLVED that KW will send it. Agreed. The Board Members agreed and Jo shall send. resolved")
    assert split(doc) == plain(doc)
    assert len(split(doc)) == 8


def test_split_matcher_adds_one_pattern_per_listed_word(nlp) -> None:
    matcher = build_matcher(nlp, PATTERNS)
    assert len(matcher.get("COMMIT")[1]) == 2
    assert len(matcher.get("OPENER")[1]) == 2
    assert len(matcher.get("TITLED")[1]) == 1  # an optional or open first token is left alone


def test_anchors_rule_out_text_without_required_words() -> None:
    anchors = tuple(read_pattern_anchors(pattern) for _, pattern in PATTERNS)
    assert anchors[0] == (frozenset({"will", "shall"}), frozenset({"send"}))
    assert anchors[2] == (frozenset({"agreed"}),)
    assert not may_match_text("Nothing was decided.", anchors)
    assert may_match_text("They will send it.", anchors)
    assert not may_match_words({"they", "will", "sending"}, anchors)
    assert may_match_words({"they", "will", "send"}, anchors)


def test_parse_text_reuses_the_doc(nlp) -> None:
    first = parse_text(nlp, "One sentence. And another.")
    assert parse_text(nlp, "One sentence. And another.") is first
    assert [sentence.text for sentence in first.sents] == ["One sentence.", "And another."]
    sentences = parse_sentences(nlp, "One sentence. And another.")
    assert [sentence.text for sentence in sentences] == ["One sentence.", "And another."]
    assert all(sentence.doc is first for sentence in sentences)


def test_hashed_anchors_check_token_hashes_as_words_are_checked(nlp) -> None:
    anchors = tuple(read_pattern_anchors(pattern) for _, pattern in PATTERNS)
    hashed = hash_anchors(anchors)
    sending = nlp.make_doc("They WILL Send it.")
    assert may_match_words(set(token_hashes(sending)), hashed)
    assert not may_match_words(set(token_hashes(nlp.make_doc("They will sending it."))), hashed)
    assert token_hashes(sending, "ORTH")[1] == nlp.vocab.strings["WILL"]


def test_lexical_patterns_are_told_from_tagged_ones() -> None:
    assert has_lexical_patterns(pattern for _, pattern in PATTERNS)
    assert not has_lexical_patterns([[{"LOWER": "will"}, {"POS": "VERB"}]])
    assert not has_lexical_patterns([[{"IS_SENT_START": True}]])


def test_patterns_that_may_run_past_a_full_stop_are_found() -> None:
    assert stays_in_sentence(PATTERNS[0][1])
    assert stays_in_sentence([{"LOWER": "to"}, {"IS_ALPHA": True, "OP": "?"}, {"IS_PUNCT": True}])
    assert not stays_in_sentence([{"LOWER": "will"}, {"OP": "*"}, {"LOWER": "to"}])  # the wildcard takes "."
    assert not stays_in_sentence([{"LOWER": "will"}, {"IS_PUNCT": True, "OP": "+"}])  # a repeated last element
    assert not stays_in_sentence([{"TEXT": {"REGEX": "^[A-Z]"}}, {"LOWER": "said"}])  # a regex may take anything


def test_punctuation_sentences_only_with_the_sentencizer_alone(nlp) -> None:
    assert has_punctuation_sentences(nlp)
    assert not has_punctuation_sentences(spacy.blank("en"))


def test_start_words_are_the_required_first_words() -> None:
    assert read_start_words(pattern for _, pattern in PATTERNS[:2]) == {"will", "shall", "resolved", "agreed"}
    assert read_start_words(pattern for _, pattern in PATTERNS) is None  # "TITLED" opens with IS_TITLE
    assert read_start_words([[{"LOWER": "the", "OP": "?"}, {"LOWER": "board"}]]) is None
