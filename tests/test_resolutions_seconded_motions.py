"""A motion recorded by its mover and seconder alone, with no outcome written: small boards that never write the vote
("Ann moves to buy salt. Ben Second.", "Motion by Rowe, second by Tate to rent the hall.") record the motion the body
took, as the "proposed by A, seconded by B" records of parish minutes do."""

from __future__ import annotations

import pytest

from minutebook.extract.items import extract_items, split_sections
from minutebook.extract.resolutions import extract_resolutions

HEAD = "ELMWICK TOWN SELECTBOARD\nMinutes of the Regular Meeting, March 14, 2033\n\nPresent: Ann Rowe, Ben Tate, Cara Moss.\n\n"


def _texts(make_document, nlp, text):
    document = make_document(HEAD + text)
    sections = split_sections(document, extract_items(document))
    return [r.text for r in extract_resolutions(sections, nlp=nlp, lines=document.lines)]


@pytest.mark.parametrize(
    ("minutes", "decision"),
    [
        # The mover first, in the present tense, the seconder a sentence of its own after the item's run-in title.
        ("8. Approve Minutes – Ann moves to approve minutes with one correction. Cara Second.\n",
         "Ann moves to approve minutes with one correction. Cara Second."),
        # The motion closing a paragraph of discussion.
        ("4. Mill Road – The engineer answered questions on the washout. Two permits will be needed. Ann moves to end the"
         " contract with the surveyors and apply for the repair grant. Ben Second.\n",
         "Ann moves to end the contract with the surveyors and apply for the repair grant. Ben Second."),
        # Mover and seconder in the motion's own sentence.
        ("6. Hall\nMotion by Tate, second by Moss for renting the hall to the garden club on Saturdays.\n",
         "Motion by Tate, second by Moss for renting the hall to the garden club on Saturdays."),
        # The seconder with the time the meeting closed.
        ("12. Adjourn – Cara moves to adjourn. Ben Second at 9:41 PM.\n", "Cara moves to adjourn. Ben Second at 9:41 PM."),
    ],
)
def test_a_seconded_motion_with_no_outcome_is_a_decision(make_document, nlp, minutes, decision):
    assert _texts(make_document, nlp, minutes) == [decision]


@pytest.mark.parametrize(
    "minutes",
    [
        # A motion lost is no decision.
        "5. Trees – Ann moved to fell the oak. Ben seconded. The motion failed 1-2.\n",
        # An agenda's line of business to be done names no mover.
        "5. Fence – To approve the quote for the new fence.\n",
        # Another body's motion, reported: no seconder in the room.
        "5. County – The county board moved to close the landfill on Sundays.\n",
        # A motion the chair asked to have amended is no record of its own.
        "5. Plan – Ann moved to adopt the draft plan. Ben seconded the motion. The Chair asked that Ann amend her motion"
        " to name the school crossing.\n",
        # Its outcome written after a label line ("Result:") before the next motion.
        "5. Signs – Ann moved to buy two signs. Ben seconded the motion.\nResult: Motion did not pass.\n",
    ],
)
def test_no_decision_from_a_motion_lost_put_or_reported(make_document, nlp, minutes):
    assert _texts(make_document, nlp, minutes) == []


def test_a_seconded_motion_then_its_vote_is_one_decision(make_document, nlp):
    minutes = "9. Bills – Ann moves to pay the bills as presented. Cara Second. The motion carried 3-0.\n"
    assert _texts(make_document, nlp, minutes) == [
        "Ann moves to pay the bills as presented. Cara Second. The motion carried 3-0."
    ]


def test_a_proposer_after_the_decision_moves_nothing_of_its_own(make_document, nlp):
    minutes = "7. Minutes\nThe minutes were agreed and signed. Proposed by Cllr Lowe, seconded by Cllr Hart.\n"
    assert _texts(make_document, nlp, minutes) == ["The minutes were agreed and signed."]


@pytest.mark.parametrize(
    ("minutes", "decision"),
    [
        # The nominator moves the candidate, a seconder and the outcome after it.
        ("1. Officers\nAnn nominates Cara Moss for chair. Ben Second. Unanimous.\n",
         "Ann nominates Cara Moss for chair. Ben Second. Unanimous."),
        ("2. Board\nBoard Member Rowe nominated Board Member Moss to be President. Board Member Tate seconded the motion"
         " which passed with a 3-0 vote.\n",
         "Board Member Rowe nominated Board Member Moss to be President. Board Member Tate seconded the motion which passed"
         " with a 3-0 vote."),
    ],
)
def test_a_nomination_seconded_and_carried_is_a_decision(make_document, nlp, minutes, decision):
    assert _texts(make_document, nlp, minutes) == [decision]


@pytest.mark.parametrize(
    "minutes",
    [
        # Someone nominated elsewhere, in the passive: no one here moved it.
        "5. Reports\nPresident Tate was nominated to be on the regional executive committee.\n",
        # A nomination named with no seconder and no outcome.
        "5. Youth\nMayor Rowe nominated Dana Bell for appointment to the youth commission.\n",
    ],
)
def test_no_decision_from_a_nomination_reported_or_left_open(make_document, nlp, minutes):
    assert _texts(make_document, nlp, minutes) == []


@pytest.mark.parametrize(
    "minutes",
    [
        # "No second.": nobody seconded it, so the motion was never put.
        "4. Salt\nAnn moves to buy more road salt. No second.\n",
        "4. Fence\nBen moved to replace the park fence. No Second. Discussion of quotes followed.\n",
        # Seconded, then lost without a vote.
        "4. Salt\nAnn moved to buy more road salt, Ben seconded. The motion died after discussion.\n",
        "4. Fence\nBen moves to replace the park fence. Cara Second.\nMotion dies for want of a quote.\n",
    ],
)
def test_a_motion_never_seconded_or_lost_is_no_decision(make_document, nlp, minutes):
    assert _texts(make_document, nlp, minutes) == []


@pytest.mark.parametrize(
    "minutes",
    [
        # A notice of motion put and seconded, then the debate and the executive's reply: no outcome is written.
        "8. Notice of Motion submitted by Councillor Ann Rowe\n\n***I will move at the next meeting that the Council "
        "repair the slipway at Elmwick pier.***\n\nThe motion was proposed by Councillor Rowe and seconded by Councillor "
        "Tate.\n\nIn proposing the motion, Councillor Rowe noted the state of the slipway.\n\n**REPLY**:\n\nThe slipway "
        "will be inspected in the spring.\n",
        # The same, "This motion was moved by …", the reply run on in the paragraph.
        "8. Notice of Motion\n\nThat the Council light the Elmwick greenway.\n\nThis motion was moved by Councillor Tate, "
        "seconded by Councillor Moss. The Director replied that a lighting study is under way.\n",
    ],
)
def test_a_motion_put_and_seconded_with_no_outcome_is_no_decision(make_document, nlp, minutes):
    assert _texts(make_document, nlp, minutes) == []


@pytest.mark.parametrize(
    ("minutes", "decision"),
    [
        # Near misses: the motion put with its outcome in the sentence, or on the next, is the decision …
        ("8. Notice of Motion\n\nThe Motion was proposed by Councillor Rowe, seconded by Councillor Tate and agreed.\n",
         "The Motion was proposed by Councillor Rowe, seconded by Councillor Tate and agreed."),
        # … and so is the thing proposed named as its subject, with no outcome.
        ("1. Minutes\n\nMinutes of the meeting of 4 May were proposed by Councillor Rowe and seconded by Councillor "
         "Tate.\n", "Minutes of the meeting of 4 May were proposed by Councillor Rowe and seconded by Councillor Tate."),
    ],
)
def test_a_motion_put_with_its_outcome_or_a_thing_proposed_stays_a_decision(make_document, nlp, minutes, decision):
    assert _texts(make_document, nlp, minutes) == [decision]
