"""Owners community and parish minutes write loosely: a post of the body in lower case ("The treasurer would pay …"),
an offer ("X was happy to write …", "X kindly agreed to …"), and a name after lower-case words that are no part of it."""

from __future__ import annotations

import datetime as dt

from minutebook.extract.actions import extract_actions
from minutebook.extract.attendance_forms import sentence_attendees
from minutebook.extract.items import extract_items, split_sections
from minutebook.extract.records import Attendee, Meeting

MEETING = Meeting(kind="minutes", body="Larchfield Community Council", date=dt.date(2024, 5, 6))
ATTENDEES = [
    Attendee(name="Shona Baird", surname="Baird", role="Secretary"),
    Attendee(name="Dougal Reith", surname="Reith", role="Treasurer"),
    Attendee(name="Tamsin Vey", surname="Vey"),
    Attendee(name="Aled Price", surname="Price"),
]


def _owners(make_document, nlp, sentence: str) -> list[list[str]]:
    document = make_document(f"#### 3. Matters arising\n\n{sentence}\n")
    sections = split_sections(document, extract_items(document))
    return [a.owners for a in extract_actions(sections, attendees=ATTENDEES, meeting=MEETING, nlp=nlp)]


def test_a_post_of_the_body_in_lower_case_owns_its_commitment(make_document, nlp):
    assert _owners(make_document, nlp, "The treasurer would pay the hire invoice from reserves.") == [["Dougal Reith"]]
    assert _owners(make_document, nlp, "The secretary agreed to write to the roads department.") == [["Shona Baird"]]
    assert _owners(make_document, nlp, "the secretary will send the survey round.") == [["Shona Baird"]]
    # Posts no attendee is listed with are kept as the post, named as minutes name them.
    assert _owners(make_document, nlp, "The minute secretary will circulate the draft.") == [["Minute Secretary"]]
    assert _owners(make_document, nlp, "The vice-chair will contact the school about the fence.") == [["Vice-Chair"]]
    assert _owners(make_document, nlp, "The planning convener would respond to the application.") == [
        ["Planning Convener"]
    ]


def test_a_lower_case_post_of_someone_else_or_no_one_is_no_owner(make_document, nlp):
    assert _owners(make_document, nlp, "The club said their treasurer would pay the invoice.") == []
    assert _owners(make_document, nlp, "A secretary will be appointed at the annual meeting.") == []
    assert _owners(make_document, nlp, "The treasurer of the bowling club would pay the invoice.") == []
    assert _owners(make_document, nlp, "The hall secretary will write to the bookers.") == []
    assert _owners(make_document, nlp, "The secretary has written to the roads department.") == []


def test_an_offer_written_as_happy_to_do_a_task_is_an_action(make_document, nlp):
    assert _owners(make_document, nlp, "Tamsin Vey was happy to check the bins each week.") == [["Tamsin Vey"]]
    assert _owners(make_document, nlp, "Aled would be happy to contact the bus company.") == [["Aled Price"]]
    assert _owners(make_document, nlp, "The secretary was very happy to draft a reply.") == [["Shona Baird"]]
    assert _owners(make_document, nlp, "Tamsin said she would be happy to write to the landowner.") == [["Tamsin Vey"]]


def test_happy_to_without_a_task_or_from_outside_the_meeting_is_no_action(make_document, nlp):
    assert _owners(make_document, nlp, "Tamsin Vey was happy to see the new benches in place.") == []
    assert _owners(make_document, nlp, "Aled Price was happy to support the plans.") == []
    assert _owners(make_document, nlp, "Members were happy to contact the school.") == []
    assert _owners(make_document, nlp, "Glenbrae Wildlife Trust would be happy to visit the group.") == []
    assert _owners(make_document, nlp, "Mr Kirwan from the depot would be happy to visit the site.") == []


def test_other_offer_wordings_name_their_owner(make_document, nlp):
    assert _owners(make_document, nlp, "Aled Price kindly agreed to chase the contractor.") == [["Aled Price"]]
    assert _owners(make_document, nlp, "Tamsin offered to book the hall for June.") == [["Tamsin Vey"]]
    assert _owners(make_document, nlp, "Aled very kindly volunteered to draft the newsletter.") == [["Aled Price"]]


def test_lower_case_words_before_a_name_are_no_part_of_the_owner(make_document, nlp):
    assert _owners(make_document, nlp, "Those present were unaware of the date so Aled will chase it.") == [
        ["Aled Price"]
    ]
    assert _owners(make_document, nlp, "Nobody knew the answer but Tamsin Vey will ask the caretaker.") == [
        ["Tamsin Vey"]
    ]


def test_a_present_were_sentence_opening_with_lower_case_words_is_no_roll(make_document):
    def names(sentence: str) -> list[str]:
        return [a.name for a in sentence_attendees(make_document(f"# Minutes\n\n{sentence}\n"))]

    assert names("Those present were unaware so Rob and Jo will chase the contractor.") == []
    assert names("Those present were unsure so Rob, Ida Lusk and Jo will ask.") == []
    # Posts and titles in lower case still open a roll.
    assert names("Present were councillors Rob Tully and Ida Lusk, clerk Jo Marr.") == ["Rob Tully", "Ida Lusk", "Jo Marr"]
    assert names("Present were deputy treasurer Ida Lusk and Rob Tully.") == ["Ida Lusk", "Rob Tully"]


def test_she_or_he_after_and_is_the_clauses_named_subject(make_document, nlp):
    assert _owners(make_document, nlp, "Tamsin Vey felt the group needed a contact and she volunteered to act as liaison.") == [
        ["Tamsin Vey"]
    ]
    assert _owners(make_document, nlp, "Mr Price thought the sign was faded but he offered to repaint it.") == [["Aled Price"]]
    # A clause that reports someone else's words, or asks, names no subject for the pronoun.
    assert _owners(make_document, nlp, "The contractor said the dock was late and he will finish it in May.") == []
    assert _owners(make_document, nlp, "Tamsin asked whether the gate was fixed and she agreed to check it.") == []


def test_a_wish_with_would_is_no_commitment(make_document, nlp):
    assert _owners(make_document, nlp, "Aled Price said that he would hate to see the village lose its bus.") == []
    assert _owners(make_document, nlp, "Tamsin Vey would love to see more children at the fete.") == []


def test_an_offer_in_the_perfect_by_someone_at_the_meeting_is_an_action(make_document, nlp):
    # "has agreed to" / "has kindly offered to" opening its own sentence: made at the meeting by someone there.
    assert _owners(make_document, nlp, "Litter at the bus shelter - Cllr Vey has agreed to contact the district council.") == [
        ["Tamsin Vey"]
    ]
    assert _owners(make_document, nlp, "Mr Price has kindly offered to repaint the noticeboard before spring.") == [
        ["Aled Price"]
    ]
    assert _owners(make_document, nlp, "The treasurer has agreed to check the insurance schedule.") == [["Dougal Reith"]]


def test_an_offer_in_the_perfect_that_is_reported_or_made_by_an_outsider_is_no_action(make_document, nlp):
    # News of an offer ("reported that X has offered"), an outsider's or a body's offer, and the past perfect.
    assert _owners(make_document, nlp, "The secretary reported that Mr Price has offered to repaint the bench.") == []
    assert _owners(make_document, nlp, "The farmer at Hill End has agreed to cut the roadside hedge.") == []
    assert _owners(make_document, nlp, "The roads department has agreed to repair the drain in May.") == []
    assert _owners(make_document, nlp, "It was noted that Cllr Vey has agreed to sit on the hall committee.") == []
    assert _owners(make_document, nlp, "Mr Price had agreed to clear the path last winter.") == []
