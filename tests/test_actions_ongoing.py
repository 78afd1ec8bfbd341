"""A task under way, reported or stated: "X and Y said they were researching …", "X is investigating …". The verb
is a task verb's "-ing"; the owner a person at the meeting, never the body or a pronoun standing alone."""

from __future__ import annotations

import datetime as dt

import pytest

from minutebook.extract.actions import extract_actions
from minutebook.extract.items import extract_items, split_sections
from minutebook.extract.records import Attendee, Meeting

ATTENDEES = [
    Attendee(name="Owen Pardoe", surname="Pardoe"),
    Attendee(name="Saul Finch", surname="Finch", role="Finance Director"),
    Attendee(name="Edith Marlow", surname="Marlow", role="Chair"),
]
MEETING = Meeting(kind="minutes", date=dt.date(2023, 3, 7), body="Eastfield Village Council")


def _actions(make_document, nlp, text):
    document = make_document(text)
    sections = split_sections(document, extract_items(document))
    return extract_actions(sections, attendees=ATTENDEES, meeting=MEETING, nlp=nlp, document_text=document.text)


@pytest.mark.parametrize(
    ("sentence", "owners"),
    [
        ("Finch and Pardoe said they were researching what will be allowed for reimbursement.",
         ["Saul Finch", "Owen Pardoe"]),
        ("Owen Pardoe is investigating options to present to the council at a future meeting.", ["Owen Pardoe"]),
        ("Marlow said that she is currently looking into the cost of a new notice board.", ["Edith Marlow"]),
        ("Marlow advised that she is in the process of arranging cover for the summer.", ["Edith Marlow"]),
        ("Owen Pardoe is in the process of preparing a draft policy.", ["Owen Pardoe"]),
    ],
)
def test_a_task_under_way_is_its_owners(make_document, nlp, sentence, owners):
    (action,) = _actions(make_document, nlp, f"#### 4. Relief funds\n\nThe relief funds were discussed. {sentence}\n")
    assert action.owners == owners
    assert action.text == sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "The Council is looking into replacing the fan in the hall.",  # the body's own news
        "Finch said they are working on the housing plan with the county.",  # no task verb
        "They are looking into the cost of moving to a new property.",  # a pronoun with nobody speaking
        "The Food Bank is seeking funding for its winter appeal.",  # an outside body
        "The county council is in the process of arranging the resurfacing.",  # an outside body's work under way
    ],
)
def test_news_of_work_under_way_is_no_task(make_document, nlp, sentence):
    assert _actions(make_document, nlp, f"#### 4. Updates\n\n{sentence}\n") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Pardoe told the council that he was going to contact the county about grants for the park.",
        "Finch said she is going to write to the bank about the charges.",
        "Owen Pardoe is going to get prices for the new signs.",
        "Pardoe is going to get some quotes for the gate.",
    ],
)
def test_going_to_do_a_task_is_a_commitment(make_document, nlp, sentence):
    text = f"#### 1. Parks\n\n{sentence}\n"
    (action,) = _actions(make_document, nlp, text)
    assert action.text == sentence


def test_going_to_without_a_task_verb_is_none(make_document, nlp):
    text = "#### 1. Parks\n\nPardoe said the weather was going to improve by the weekend.\n"
    assert _actions(make_document, nlp, text) == []
    text = "#### 1. Parks\n\nPardoe said the potholes were going to get worse this winter.\n"
    assert _actions(make_document, nlp, text) == []


@pytest.mark.parametrize(
    ("text", "task"),
    [
        # The task is kept as printed, and a short one leans on the sentence before it.
        ("Pardoe reported that the drain on Mill Lane has not been cleared. Clerk chase.",
         "Pardoe reported that the drain on Mill Lane has not been cleared. Clerk chase."),
        ("Clerk ask for copies of the report and put it on the agenda for June.",
         "Clerk ask for copies of the report and put it on the agenda for June."),
        ("The verge by the school is overgrown; Clerk contact the county about cutting it back before the summer.",
         "The verge by the school is overgrown; Clerk contact the county about cutting it back before the summer."),
    ],
)
def test_a_post_and_a_bare_task_verb_is_the_posts_task(make_document, nlp, text, task):
    document = make_document(f"#### 5. Highways\n\n{text}\n")
    sections = split_sections(document, extract_items(document))
    clerk = [*ATTENDEES, Attendee(name="Dora Wren", surname="Wren", role="Clerk")]
    (action,) = extract_actions(sections, attendees=clerk, meeting=MEETING, nlp=nlp, document_text=document.text)
    assert (action.owners, action.text) == (["Dora Wren"], task)


@pytest.mark.parametrize(
    "text",
    [
        "Clerk reported that the drain has been cleared.",
        "Clerk presented the accounts.",
        "Clerk report that the drain has been cleared.",  # the verb opens a report, not a task
        "Each spring Pardoe and the Clerk visit the allotments.",  # the post does not open the sentence: a habit
    ],
)
def test_a_post_and_a_verb_of_what_was_done_is_no_task(make_document, nlp, text):
    assert _actions(make_document, nlp, f"#### 5. Highways\n\n{text}\n") == []


def test_an_action_label_owns_its_own_sentence_only(make_document, nlp):
    text = "#### 6. Planning\n\nACTION: Pardoe to send the comments to the district.\nFinch and Marlow to meet on site.\n"
    found = [(action.owners, action.text) for action in _actions(make_document, nlp, text)]
    assert found == [
        (["Owen Pardoe"], "Send the comments to the district."),
        (["Saul Finch", "Edith Marlow"], "Finch and Marlow to meet on site."),
    ]
