"""The one list of who is one of the public, and the three rules that read it."""

from __future__ import annotations

import re

import pytest

from minutebook.extract.public import public_noun_pattern, public_nouns


@pytest.mark.parametrize(
    "words", ["resident", "residents", "a member of the public", "members of the public", "property owners", "neighbor"]
)
def test_the_public_is_read_singular_and_plural(words: str) -> None:
    assert re.search(public_noun_pattern(), words, re.IGNORECASE)


@pytest.mark.parametrize("words", ["the residential zone", "public works", "a member of the board", "guesthouse"])
def test_other_words_are_not_the_public(words: str) -> None:
    assert not re.search(public_noun_pattern(), words, re.IGNORECASE)


def test_longer_phrases_come_first_so_an_alternation_takes_the_whole() -> None:
    nouns = public_nouns()
    assert nouns.index("property owner") < nouns.index("resident")


@pytest.mark.parametrize("noun", public_nouns())
def test_every_rule_about_the_public_reads_the_whole_list(noun: str) -> None:
    from minutebook.extract.actions import _SET_OFF_AS_PUBLIC
    from minutebook.extract.attendance import _PUBLIC_TAIL
    from minutebook.extract.resolutions import _THE_PUBLIC

    plural = noun.replace("member of", "members of") if " of " in noun else f"{noun}s"
    # A speaker set off as one of the public owns no task; their silence is no response; a count of them names no one.
    assert _SET_OFF_AS_PUBLIC.match(f"Pim Hollis, a {noun} of some years, will send the photographs.")
    assert re.search(_THE_PUBLIC, f"No objections were raised by the {plural}.")
    assert _PUBLIC_TAIL.sub("", f"Cllr Ada Ferrow, Cllr Bo Lind and two {plural}") == "Cllr Ada Ferrow, Cllr Bo Lind"
