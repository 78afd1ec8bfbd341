"""Two ways of naming each member's vote: the sides' lists inside a square bracket after the outcome, and
"Name – aye" pairs joined by "and" as well as by commas."""

from __future__ import annotations

import pytest

from minutebook.extract.items import extract_items, split_sections
from minutebook.extract.records import Attendee
from minutebook.extract.votes import extract_votes


def _votes(make_document, text):
    document = make_document(text)
    return extract_votes(document, split_sections(document, extract_items(document)))


@pytest.mark.parametrize(
    ("outcome", "result", "ayes", "noes"),
    [
        ("MOTION CARRIED 4-0-1 [AYES: Quell, Ferrin, Marsh, Tobbit; NOES: None; ABSENT: Orrin].", "carried",
         ["Quell", "Ferrin", "Marsh", "Tobbit"], []),
        ("Motion failed 2-3 [Ayes: Quell, Ferrin; Nays: Marsh, Tobbit, Orrin].", "lost",
         ["Quell", "Ferrin"], ["Marsh", "Tobbit", "Orrin"]),
    ],
)
def test_sides_listed_in_a_square_bracket(make_document, outcome, result, ayes, noes):
    text = (
        "4. Budget\n\nIt was moved by Ms. Quell, seconded by Mr. Ferrin, that the Harrowgate budget be adopted. "
        f"{outcome}\n"
    )
    votes = _votes(make_document, text)
    assert len(votes) == 1
    assert votes[0].result == result
    assert votes[0].voted_for == ayes and votes[0].voted_against == noes


def test_a_bracketed_note_naming_members_is_no_roll(make_document):
    # Near miss: a clerk's note in square brackets names members but no side of a vote.
    text = "6. Parking\n\nThe Board discussed the lot. [Clerk note: Quell, Ferrin and Marsh visited the site.]\n"
    assert _votes(make_document, text) == []


@pytest.mark.parametrize(
    "roll",
    [
        "Motion carried with the following votes: Marsh – aye, Tobbit – aye and Quell – aye, Ferrin – aye, Orrin – no.",
        "Roll call: Trustee Marsh - yes and Trustee Tobbit - yes, Trustee Quell - yes, Trustee Ferrin - yes, "
        "Trustee Orrin - no. Motion carried.",
    ],
)
def test_name_answer_pairs_joined_by_and(make_document, roll):
    text = "4. Budget\n\nDirector Quell moved to adopt the budget. Director Ferrin seconded the motion.\n\n" + roll + "\n"
    votes = _votes(make_document, text)
    assert len(votes) == 1
    assert [name.split()[-1] for name in votes[0].voted_for] == ["Marsh", "Tobbit", "Quell", "Ferrin"]
    assert [name.split()[-1] for name in votes[0].voted_against] == ["Orrin"]


def test_a_dash_and_no_in_prose_is_no_roll(make_document):
    # Near miss: "– no and …" in a sentence answers a question, not a roll call.
    text = "6. Parking\n\nThe Clerk asked whether the lot was open. Answer from Highways – no and the lot stays shut.\n"
    assert _votes(make_document, text) == []


@pytest.mark.parametrize(
    ("outcome", "counts"),
    [
        ("Director Ferrin seconded the motion and it carried with 3 Aye votes and 1 No vote (Director Marsh absent).",
         ("carried", 3, 1)),
        ("Director Ferrin seconded the motion and it failed with 2 Aye votes and 3 No votes.", ("lost", 2, 3)),
        ("Seconded by Director Ferrin. 4 Votes for 2 Votes against. Carried", ("carried", 4, 2)),
    ],
)
def test_counted_sides_with_the_word_votes(make_document, outcome, counts):
    text = f"1. Fees\n\nDirector Quell moved to raise the Harrowgate hall fee. {outcome}\n"
    votes = _votes(make_document, text)
    assert len(votes) == 1
    assert (votes[0].result, votes[0].count_for, votes[0].count_against) == counts


def test_counted_votes_with_no_motion_near_are_no_tally(make_document):
    # Near miss: a survey's yes and no votes, with nothing moved, seconded or carried near them.
    text = "1. Fees\n\nThe survey found 45 yes votes and 12 no votes among residents on the hall fee.\n"
    assert _votes(make_document, text) == []


@pytest.mark.parametrize(
    "failure",
    ["The motion failed with no second.", "The motion failed without a second.", "Motion failed for lack of a second."],
)
def test_a_motion_nobody_seconded_was_never_put_to_a_vote(make_document, failure):
    text = f"3. Mower\n\nDirector Quell moved to buy a ride-on mower for Harrowgate Park. {failure}\n"
    assert _votes(make_document, text) == []


def test_a_seconded_motion_that_failed_is_a_vote(make_document):
    # Near miss: seconded, then failed on a roll call.
    text = (
        "3. Mower\n\nDirector Quell moved to buy a ride-on mower. Director Ferrin seconded the motion.\n"
        "The motion failed with the following vote: Ayes: Quell. Noes: Ferrin, Marsh.\n"
    )
    votes = _votes(make_document, text)
    assert len(votes) == 1 and votes[0].result == "lost"
    assert votes[0].voted_against == ["Ferrin", "Marsh"]


@pytest.mark.parametrize(("label", "title"), [("Noes:", "Directors"), ("NOES:", "Council Members")])
def test_a_side_listing_only_the_members_title_names_nobody(make_document, label, title):
    text = (
        "3. Mower\n\nDirector Quell moved to buy a ride-on mower. Director Ferrin seconded the motion and it carried "
        f"with the following roll call vote:\nAyes:    {title} Quell, Ferrin and Marsh\n{label}    {title}\n"
        "Abstain: None\n"
    )
    votes = _votes(make_document, text)
    assert len(votes) == 1
    assert votes[0].voted_for == ["Quell", "Ferrin", "Marsh"] and votes[0].voted_against == []


def test_a_member_whose_name_is_a_title_word_stays(make_document):
    # Near miss: "Alder" is a surname here, and a singular title word elsewhere.
    text = "3. Mower\n\nMoved by Quell, seconded by Ferrin. Ayes: Quell, Ferrin. Noes: Alder. Motion carried.\n"
    votes = _votes(make_document, text)
    assert votes[0].voted_against == ["Alder"]


_BOARD = [Attendee(name=n, surname=n.split()[-1]) for n in ("Ada Quell", "Bo Ferrin", "Cy Marsh", "Di Orrin")]


@pytest.mark.parametrize(
    "outcome",
    ["MOTION CARRIED UNANIMOUSLY [Quell, Ferrin, Marsh, Orrin].", "Carried unanimously (Quell, Ferrin, Marsh and Orrin)."],
)
def test_members_named_in_a_bracket_after_a_unanimous_outcome(make_document, outcome):
    document = make_document(f"4. Minutes\n\nIt was moved by Ms. Quell, seconded by Mr. Ferrin, that the minutes be approved. {outcome}\n")
    votes = extract_votes(document, split_sections(document, extract_items(document)), attendees=_BOARD)
    assert len(votes) == 1
    assert votes[0].voted_for == ["Ada Quell", "Bo Ferrin", "Cy Marsh", "Di Orrin"]


def test_a_bracket_after_a_unanimous_outcome_naming_no_members(make_document):
    # Near miss: the bracket names papers, not the members.
    document = make_document(
        "4. Reports\n\nIt was moved by Ms. Quell, seconded by Mr. Ferrin, that the reports be received. "
        "Carried unanimously (Harrowgate Report, Budget Report and Audit Report).\n"
    )
    votes = extract_votes(document, split_sections(document, extract_items(document)), attendees=_BOARD)
    assert len(votes) == 1 and votes[0].voted_for == []
