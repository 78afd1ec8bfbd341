"""Street words: one list read by the header's venue rules and the items' address guard."""

from __future__ import annotations

import re

from minutebook.extract.addresses import street_word_pattern, street_words


def test_street_words_come_longest_first_so_a_whole_word_wins() -> None:
    words = street_words()
    assert words.index("Street") < words.index("St")
    assert {"Road", "Rd", "Avenue", "Close", "Mews"} <= set(words)


def test_the_pattern_takes_an_abbreviation_with_its_stop_and_whole_words_only() -> None:
    pattern = re.compile(r"^\d+ [A-Z]\w+ " + street_word_pattern() + "$")
    assert pattern.match("215 Main Street")
    assert pattern.match("8 Elm Ave.")
    assert pattern.match("12 Mill Rd")
    assert not pattern.match("12 Mill Roads")
    assert not pattern.match("3 Minutes Approved")
