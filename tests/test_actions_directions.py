"""A direction given in the passive names who does the task: "The Clerk was requested to …", "it was requested that
the Clerk …", "Cllr Ashby was reminded to …", and in a clerk's note without its "was"/"were": "Clerk asked to write
to …", "Councillors reminded to return …". The verb must be a follow-up task's: "Mr Penrose asked to speak" is his own
request, and a reminder to the public is no task of the body's. Invented minutes."""

from __future__ import annotations

import datetime as dt

import pytest

from minutebook.extract.actions import extract_actions
from minutebook.extract.items import extract_items, split_sections
from minutebook.extract.records import Attendee, Meeting

ATTENDEES = [
    Attendee(name="Nell Ashby", surname="Ashby"),
    Attendee(name="Tom Grice", surname="Grice"),
    Attendee(name="Vera Lusk", surname="Lusk", role="Clerk"),
]
MEETING = Meeting(kind="minutes", date=dt.date(2024, 4, 9), body="Brackenhurst Parish Council")


def _actions(make_document, nlp, text):
    document = make_document(f"#### 7. Highways\n\n{text}\n")
    sections = split_sections(document, extract_items(document))
    return extract_actions(sections, attendees=ATTENDEES, meeting=MEETING, nlp=nlp, document_text=document.text)


@pytest.mark.parametrize(
    ("text", "owners"),
    [
        ("The fence by the pond is broken. The Clerk was requested to obtain three quotes for its repair.",
         ["Vera Lusk"]),
        ("It was requested that the Clerk write to the county about the potholes in Mill Lane.", ["Vera Lusk"]),
        ("Cllr Ashby was reminded to return the signed declaration to the Clerk before the end of the month.",
         ["Nell Ashby"]),
        ("Clerk asked to write to the county about the potholes in Mill Lane.", ["Vera Lusk"]),
        ("Councillors reminded to return completed expenses forms to the Clerk by Friday.", ["Councillors"]),
        ("Cllr Grice tasked to inspect the play area and report back in June.", ["Tom Grice"]),
    ],
)
def test_a_direction_in_the_passive_is_the_task_of_the_one_directed(make_document, nlp, text, owners):
    (action,) = _actions(make_document, nlp, text)
    assert (action.owners, action.text) == (owners, text.split(". ")[-1] if ". The" in text else text)


@pytest.mark.parametrize(
    "text",
    [
        "Mr Penrose asked to speak about the speeding on Mill Lane.",  # his own request to speak
        "Residents were reminded to lock their sheds and garages.",  # advice to the public
        "Cllr Grice asked to see the plans for the new houses.",  # no follow-up task
        "The Clerk was reminded that the audit is due in June.",  # news, not a direction to do anything
    ],
)
def test_a_request_of_ones_own_or_a_reminder_to_others_is_no_task(make_document, nlp, text):
    assert _actions(make_document, nlp, text) == []
