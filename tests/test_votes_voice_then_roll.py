"""Votes in US city minutes that give the outcome first and the mover after it in the same sentence ("The minutes
were approved unanimously by voice vote on a motion by Ms. A and a second by Mr. B."), and a roll call of names
that follows a vote already decided by voice: a voice vote records no names, so the roll call is another question's
("… approved unanimously by voice vote. The bill, as amended, was given third reading with the vote recorded as
follows: VOTING YES: …"); and a short sentence approving the thing just moved and seconded ("Ada motioned for
approval. Bram seconded. Minutes were approved.")."""

from __future__ import annotations

import pytest

from minutebook.extract.items import extract_items, split_sections
from minutebook.extract.records import Attendee
from minutebook.extract.votes import extract_votes

MEMBERS = [
    Attendee(name="Ada Ferrow", surname="Ferrow"),
    Attendee(name="Bram Tollit", surname="Tollit"),
    Attendee(name="Cora Vennick", surname="Vennick"),
]


def _votes(make_document, text):
    document = make_document(text)
    return extract_votes(document, split_sections(document, extract_items(document)), attendees=MEMBERS)


@pytest.mark.parametrize(
    "sentence",
    [
        "The minutes of the regular meeting of May 4 were approved unanimously by voice vote on a motion by "
        "Ms. Ferrow and a second by Mr. Tollit.",
        "The minutes of the regular meeting of May 4 were approved unanimously on a motion by Ms. Ferrow, "
        "seconded by Mr. Tollit.",
        "The minutes of the regular meeting of May 4 were unanimously approved upon a motion by Ms. Ferrow, "
        "seconded by Mr. Tollit.",
    ],
)
def test_outcome_first_then_its_mover_in_the_same_sentence(make_document, sentence):
    text = (
        "TOWN COUNCIL MINUTES\n1. APPROVAL OF THE MINUTES\n" + sentence + "\n"
        "2. APPROVAL OF THE AGENDA\nThe agenda was approved unanimously on a motion by Ms. Vennick, seconded by "
        "Ms. Ferrow.\n"
    )
    votes = _votes(make_document, text)
    assert [(vote.item, vote.mover, vote.seconder, vote.result) for vote in votes] == [
        ("1", "Ada Ferrow", "Bram Tollit", "carried"),
        ("2", "Cora Vennick", "Ada Ferrow", "carried"),
    ]


def test_an_outcome_in_an_earlier_sentence_takes_no_later_mover(make_document):
    # Near miss: the mover comes in a sentence of its own after the outcome, so it opens a motion of its own.
    text = (
        "TOWN COUNCIL MINUTES\n1. PARKING\nThe report was approved unanimously. A motion by Ms. Ferrow, seconded by "
        "Mr. Tollit, to refer the parking study to the planning board. The motion carried.\n"
    )
    votes = _votes(make_document, text)
    assert [(vote.mover, vote.seconder) for vote in votes] == [(None, None), ("Ada Ferrow", "Bram Tollit")]


@pytest.mark.parametrize(
    "roll",
    [
        "B12-25, as amended, was given third reading with the vote recorded as follows:\n"
        "VOTING YES: FERROW, TOLLIT, VENNICK.\nVOTING NO: NO ONE. Bill declared enacted.",
        "The ordinance, as amended, was then put to a roll call vote.\nAyes: Ferrow, Tollit, Vennick.\nNays: None.",
    ],
)
def test_a_roll_call_after_a_voice_vote_is_another_question(make_document, roll):
    text = (
        "TOWN COUNCIL MINUTES\n3. OLD BUSINESS\nB12-25 Authorizing a paving contract.\n"
        "Mr. Tollit made a motion to amend B12-25 per the amendment sheet. The motion was seconded by Ms. Ferrow "
        "and approved unanimously by voice vote.\n" + roll + "\n"
    )
    votes = _votes(make_document, text)
    assert [(vote.mover, vote.voted_for) for vote in votes] == [
        ("Bram Tollit", []),
        (None, ["Ada Ferrow", "Bram Tollit", "Cora Vennick"]),
    ]


def test_names_said_with_the_voice_vote_are_its_own(make_document):
    # Near miss: the names follow the voice vote's own outcome with no new question between them.
    text = (
        "TOWN COUNCIL MINUTES\n3. OLD BUSINESS\nMr. Tollit made a motion to buy a mower. The motion was seconded by "
        "Ms. Ferrow and carried by voice vote.\nAyes: Ferrow, Tollit, Vennick.\n"
    )
    votes = _votes(make_document, text)
    assert [(vote.mover, vote.voted_for) for vote in votes] == [("Bram Tollit", ["Ada Ferrow", "Bram Tollit", "Cora Vennick"])]


@pytest.mark.parametrize(
    "outcome",
    ["Minutes were approved.", "The report was accepted as presented.", "Budget was unanimously approved."],
)
def test_the_thing_moved_approved_in_a_short_sentence_after_its_seconder(make_document, outcome):
    text = (
        "BOOSTERS MINUTES\nTreasurer's report given. Ada motioned for approval. Bram seconded. " + outcome + "\n"
    )
    votes = _votes(make_document, text)
    assert [(vote.mover, vote.seconder, vote.result) for vote in votes] == [("Ada Ferrow", "Bram Tollit", "carried")]


def test_a_thing_approved_with_no_motion_before_it_is_no_vote(make_document):
    # Near miss: nothing was moved and seconded just before, so the sentence reports rather than decides.
    text = "BOOSTERS MINUTES\nThe grant application was approved. Ada will order the uniforms.\n"
    assert _votes(make_document, text) == []


@pytest.mark.parametrize(
    ("line", "motion", "seconder"),
    [
        ("Review of the September minutes: motion by Ferrow 2nd by Tollit, Yay 3 nay 0", "Review of the September minutes", "Bram Tollit"),
        ("Adjournment – Motion by Ferrow 2nd by Vennick Ayes 3 Nays 0", "Adjournment", "Cora Vennick"),
    ],
)
def test_a_run_in_label_names_what_a_shorthand_motion_moved(make_document, line, motion, seconder):
    # The tally runs on with no stop; what was moved is the label the line opens with.
    text = "TOWNSHIP BOARD MINUTES\nRoll call: Ferrow, Tollit, Vennick present\n" + line + "\nBills: reviewed by all\n"
    votes = _votes(make_document, text)
    assert [(vote.motion, vote.mover, vote.seconder, vote.count_for) for vote in votes] == [
        (motion, "Ada Ferrow", seconder, 3)
    ]



@pytest.mark.parametrize("label", ["Decision:", "Vote –", "Result:", "Motion:"])
def test_a_record_label_names_nothing_moved(make_document, label):
    # Near miss: a label that only says a decision or vote follows names nothing moved; the sentence before does.
    text = (
        "PARISH COUNCIL MINUTES\n1. ACCOUNTS\nThe clerk presented the accounts for the year and the audit report.\n"
        f"{label} Proposed by Ferrow, seconded by Tollit. Carried.\n"
    )
    votes = _votes(make_document, text)
    assert [(vote.mover, vote.seconder) for vote in votes] == [("Ada Ferrow", "Bram Tollit")]
    assert "accounts for the year" in (votes[0].motion or "")


@pytest.mark.parametrize(
    ("line", "motion"),
    [
        ("Motion by Ferrow, seconded by Tollit, to approve Change Order No 3 with Elm Paving. Carried 3-0.",
         "to approve Change Order No 3 with Elm Paving."),
        ("Motion by Vennick, 2nd by Ferrow to award Bid no 12 to Ash Gravel. Motion carried.",
         "to award Bid no 12 to Ash Gravel."),
    ],
)
def test_a_numbered_paper_in_a_motion_is_no_tally(make_document, line, motion):
    # Near miss for the tally run on after a motion: "No 3" numbers a paper; a tally gives both sides ("Yay 3 nay 0").
    votes = _votes(make_document, "TOWN BOARD MINUTES\n1. PAVING\n" + line + "\n")
    assert [vote.motion for vote in votes] == [motion]
