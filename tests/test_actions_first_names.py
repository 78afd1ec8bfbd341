"""Owners written by a first name's short or pet form ("Dave will address …", "Stu to call …")."""

from __future__ import annotations

from minutebook.extract.pipeline import extract_document


_BOARD = (
    "Oakvale Township\nBoard Meeting Minutes March 5, 2024\n\n"
    "Present: David Rusk, Supervisor; Stuart Penhale, Trustee; Rhoda Kettle, Treasurer\n\nPublic Comment\n\n"
)


def test_a_first_name_short_form_owns_the_task_of_the_one_attendee_it_fits(make_document):
    text = (
        f"{_BOARD}A resident noted that the asphalt has been broken out of the road. Dave will address with road "
        "commission.\n\nStu to call the contractor about the culvert.\n"
    )
    owners = [action.owners for action in extract_document(make_document(text)).actions]
    assert owners == [["David Rusk"], ["Stuart Penhale"]]


def test_a_short_form_two_attendees_share_owns_nothing(make_document):
    text = (
        "Oakvale Township\nBoard Meeting Minutes March 5, 2024\n\n"
        "Present: David Rusk, Supervisor; David Ash, Trustee\n\nPublic Comment\n\n"
        "Dave will address the broken asphalt with road commission.\n"
    )
    assert extract_document(make_document(text)).actions == []



def test_an_attendees_first_name_after_a_dash_or_a_comma_opens_the_task(make_document):
    text = (
        f"{_BOARD}Volunteers are needed for the spring clean-up – Rhoda to organise.\n\n"
        "The hedge on Mill Lane is overgrown, Stuart to ask the owner to cut it back.\n\n"
        "The picnic was a success – Zed to thank the helpers.\n"
    )
    owners = [action.owners for action in extract_document(make_document(text)).actions]
    assert owners == [["Rhoda Kettle"], ["Stuart Penhale"]]
