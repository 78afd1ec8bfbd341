"""The shared pipeline helpers: split Matchers, pattern anchors, reused Docs."""

from __future__ import annotations

from spacy.matcher import Matcher

from minutebook.extract.nlp import build_matcher, may_match_text, may_match_words, parse_text, read_pattern_anchors

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
