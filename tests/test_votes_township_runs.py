"""Votes: a township board's roll-call motions written one after another in one paragraph, each with its mover and
seconder trailing the motion's words ("A motion was made to X by Trustee A, seconded by Trustee B. All were in favor.
Roll Call was taken as follows: …"), and the look-alikes that must not be read so."""

from __future__ import annotations

import pytest

from minutebook.extract.items import extract_items, split_sections
from minutebook.extract.votes import extract_votes


def _votes(make_document, text):
    document = make_document(text)
    return extract_votes(document, split_sections(document, extract_items(document)))


ROLL = "Trustee Orme – yes, Trustee Vance – yes, Trustee Pike – yes, Supervisor Lund – no."


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            "A motion was made to contribute $2,000.00 to the food pantry by Trustee Orme, seconded by Trustee Vance.",
            "Another motion was made to buy two benches for the park by Supervisor Lund, seconded by Trustee Pike.",
        ),
        (
            "A motion to contribute $2,000.00 to the food pantry was made by Trustee Orme, Second by Trustee Vance.",
            "A motion was to buy two benches for the park by Supervisor Lund, seconded Trustee Pike.",
        ),
    ],
)
def test_each_motion_in_one_paragraph_is_its_own_vote(make_document, first, second):
    text = (
        "#### REPORTS\n\nThe pantry asked for help with the winter season. "
        f"{first} All were in favor. Roll Call was taken as follows: {ROLL} Motion passes. "
        f"{second} Roll Call was taken as follows: Trustee Orme – yes, Trustee Vance – no, Trustee Pike – yes, "
        "Supervisor Lund – yes. Motion passes.\n"
    )
    pantry, benches = _votes(make_document, text)
    assert pantry.motion.startswith("to contribute $2,000.00 to the food pantry")
    assert (pantry.mover, pantry.seconder, pantry.result) == ("Orme", "Vance", "carried")
    assert pantry.voted_for == ["Orme", "Vance", "Pike"] and pantry.voted_against == ["Lund"]
    assert benches.motion == "to buy two benches for the park"
    assert (benches.mover, benches.seconder, benches.result) == ("Lund", "Pike", "carried")
    assert benches.voted_for == ["Orme", "Pike", "Lund"] and benches.voted_against == ["Vance"]


@pytest.mark.parametrize("outcome", ["The minutes are approved as written.", "Motion passes."])
def test_a_motion_with_no_roll_call_borrows_none_from_the_next(make_document, outcome):
    text = (
        "#### APPROVAL OF MINUTES\n\nMotion to approve the minutes of the last meeting was made by Trustee Pike, "
        f"seconded by Trustee Orme. All were in favor. {outcome}\n\n#### REPORTS\n\n"
        "A motion was made to renew the software contract for the year by Trustee Vance, seconded by Trustee Orme. "
        f"All were in favor. Roll Call was taken as follows: {ROLL} Motion passes.\n"
    )
    minutes, contract = _votes(make_document, text)
    assert (minutes.mover, minutes.seconder, minutes.voted_for) == ("Pike", "Orme", [])
    assert (contract.mover, contract.seconder) == ("Vance", "Orme")
    assert contract.voted_for == ["Orme", "Vance", "Pike"]


@pytest.mark.parametrize(
    "unread",
    [
        # a motion whose mover is not named, its seconder is: the roll call is that motion's.
        "The purchase of a new mower for the cemetery was put forward, seconded by Trustee Pike.",
        # no mover nor seconder, only "All were in favor." some way after the last vote.
        "Trustee Pike spoke of a bus trip for the seniors in December at a cost of $60 each. All were in favor.",
    ],
)
def test_a_roll_call_after_a_decided_vote_is_the_next_motions(make_document, unread):
    text = (
        "#### BUILDINGS\n\nA motion was made to paint the hall by Trustee Orme, seconded by Trustee Vance. "
        f"Roll Call was taken as follows: {ROLL} Motion passes. {unread} "
        "Roll Call was taken as follows: Trustee Orme – no, Trustee Vance – yes, Trustee Pike – yes, Supervisor Lund – yes.\n"
    )
    hall, other = _votes(make_document, text)
    assert hall.voted_against == ["Lund"] and hall.mover == "Orme"
    assert other.voted_against == ["Orme"] and other.voted_for == ["Vance", "Pike", "Lund"]
    assert other.mover is None


@pytest.mark.parametrize(
    "roll",
    [
        "Trustee Orme – yes, Trustee Vance – yes Trustee Pike - yes, Supervisor Lund – yes.",
        "Trustee Orme – yes Trustee Vance – yes, Trustee Pike – yes Supervisor Lund - yes.",
    ],
)
def test_a_roll_call_with_a_comma_left_out(make_document, roll):
    text = (
        "#### BILLS\n\nMotion to approve the bills for payment as presented was made by Trustee Pike, seconded by "
        f"Trustee Orme. Roll Call was taken as follows: {roll} The bills stand approved for payment.\n"
    )
    [vote] = _votes(make_document, text)
    assert vote.voted_for == ["Orme", "Vance", "Pike", "Lund"]


@pytest.mark.parametrize(("said", "result"), [("Motion passes.", "carried"), ("Motion fails.", "lost")])
def test_present_tense_outcome(make_document, said, result):
    text = f"#### ROADS\n\nA motion was made to close Fenn Lane for the fair by Trustee Orme, seconded by Trustee Vance. {said}\n"
    [vote] = _votes(make_document, text)
    assert (vote.result, vote.mover, vote.seconder) == (result, "Orme", "Vance")
    assert vote.motion == "to close Fenn Lane for the fair"


@pytest.mark.parametrize(
    "text",
    [
        # a motion spoken of, never seconded nor voted on
        "A motion was made to close Fenn Lane by Trustee Orme but it was not seconded and no vote was taken.",
        # "by" a person inside a report, no seconder after the name
        "A report was made on the fair by Trustee Orme, and Trustee Vance asked for the costs. All were in favor of the idea.",
    ],
)
def test_look_alikes_give_no_vote(make_document, text):
    assert _votes(make_document, f"#### ROADS\n\n{text}\n") == []


def test_a_seconder_restating_the_vote_just_taken_opens_no_new_vote(make_document):
    # "CARRIED" above its mover and seconder: the seconder belongs to the vote just decided.
    text = "#### 4. Budget\n\nCARRIED\nMoved by Councillor Orme, seconded by Councillor Vance.\n"
    [vote] = _votes(make_document, text)
    assert (vote.mover, vote.seconder, vote.result) == ("Orme", "Vance", "carried")


def test_all_in_favor_restating_the_outcome_keeps_the_roll_call_with_its_motion(make_document):
    text = (
        "#### BUILDINGS\n\nTrustee Orme moved to paint the hall, seconded by Trustee Vance. The motion carried. "
        f"All were in favor. Roll Call was taken as follows: {ROLL}\n"
    )
    [vote] = _votes(make_document, text)
    assert (vote.mover, vote.seconder) == ("Orme", "Vance")
    assert vote.voted_for == ["Orme", "Vance", "Pike"] and vote.voted_against == ["Lund"]


def test_the_trailing_mover_stays_in_its_paragraph(make_document):
    # the motion's words end at the blank line: a mover and seconder in the next paragraph are no part of them
    text = (
        "#### ROADS\n\nA motion was made to close Fenn Lane for the fair\n\n"
        "Repairs were reported by Trustee Orme, seconded by Trustee Vance in the discussion. Motion passes.\n"
    )
    votes = _votes(make_document, text)
    assert votes and all(vote.mover != "Orme" for vote in votes)


@pytest.mark.parametrize("comma", [",", ""])
def test_a_mover_named_before_the_words_is_read_as_before(make_document, comma):
    text = (
        f"#### BUDGET\n\nA motion was made by Trustee Orme, seconded by Trustee Vance{comma} to approve the budget. "
        "All were in favor. Roll Call was taken as follows: Trustee Orme – yes, Trustee Vance – yes. Motion passes.\n"
    )
    [vote] = _votes(make_document, text)
    assert (vote.motion, vote.mover, vote.seconder) == ("to approve the budget.", "Orme", "Vance")
    assert vote.voted_for == ["Orme", "Vance"]


@pytest.mark.parametrize(
    "roll",
    [
        # The dash typed (or read from a scan) against the member's name, the space after it only.
        "Trustee Orme— yes, Trustee Vance— yes, Trustee Pike— yes, Supervisor Lund— no.",
        # The roll wrapped before the dash, so the dash runs into the answer.
        "Trustee Orme —yes, Trustee Vance\n—yes, Trustee Pike —yes, Supervisor Lund —no.",
    ],
)
def test_a_roll_answer_with_its_dash_against_one_word_is_read(make_document, roll):
    text = (
        "#### YOUTH\n\nA motion was made to cover the cost of the fair up to $900 by Trustee Orme, seconded by Trustee"
        f" Vance. Roll Call was taken as follows: {roll} Motion passes.\n"
    )
    (vote,) = _votes(make_document, text)
    assert vote.voted_for == ["Orme", "Vance", "Pike"] and vote.voted_against == ["Lund"]


def test_a_double_barrelled_name_before_its_dash_is_one_member(make_document):
    # Near miss: a hyphen inside the name is no answer's dash ("Penn-Yates" is no "Penn" answering "Y").
    text = (
        "#### YOUTH\n\nA motion was made to cover the cost of the fair by Trustee Orme, seconded by Trustee Vance. Roll"
        " Call was taken as follows: Trustee Orme— yes, Trustee Penn-Yates— no, Trustee Vance— yes. Motion passes.\n"
    )
    (vote,) = _votes(make_document, text)
    assert vote.voted_for == ["Orme", "Vance"] and vote.voted_against == ["Penn-Yates"]
