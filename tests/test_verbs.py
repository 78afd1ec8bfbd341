"""The one list of past forms not made with "-ed", and the rules that read it."""

from __future__ import annotations

import pytest

from minutebook.extract.verbs import IRREGULAR_PAST

VERBS = IRREGULAR_PAST.split("|")


@pytest.mark.parametrize("verb", VERBS)
def test_every_rule_about_what_was_done_reads_the_whole_list(verb: str) -> None:
    from minutebook.extract.actions import _INSTRUCTION, _body_did
    from minutebook.extract.attendance import _DEED_AFTER_NAME

    # The body did it (an update's record, no owner); a line opening on it reports, orders nothing; a group heading's
    # sentence with it after a name is a report, no roll.
    assert _body_did().match(f"The Council {verb} the matter.")
    assert not _INSTRUCTION.match(f"{verb.capitalize()} the new signs.")
    assert _DEED_AFTER_NAME.search(f"Ed Fox and Lou Pike {verb} the matter.")


@pytest.mark.parametrize("order", ["Set up the stall for the fete.", "Read the meter before May."])
def test_a_verb_whose_past_is_its_present_still_gives_an_order(order: str) -> None:
    from minutebook.extract.actions import _INSTRUCTION

    assert _INSTRUCTION.match(order)
