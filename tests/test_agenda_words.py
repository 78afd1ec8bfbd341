"""The agenda words file: a term written once serves every list that names it."""

from __future__ import annotations

from minutebook.extract.agenda_words import agenda_words


def test_adjournment_is_one_term_for_every_list() -> None:
    for key in ("words", "meeting_parts"):
        assert agenda_words(key).fullmatch("ADJOURNMENT") and agenda_words(key).fullmatch("Adjourned")
    ceremonies = agenda_words("ceremonies")
    assert ceremonies.fullmatch("Adjournment of the Meeting") and ceremonies.fullmatch("adjournment of meeting")
    assert not ceremonies.fullmatch("Adjournment")  # a ceremony heading names the meeting
    assert "{" not in agenda_words("words").pattern.replace("{0,2}", "")
