"""A New England clerk's vote record with no subject ("VOTED: 4-0-1 to …", "Voted unanimously by roll call to …",
"VOTE: Unanimous to …", "It was unanimously voted to …") and a body's vote with its roll call named: each a decision,
and a vote with its outcome and tally; "voted" in talk of another body or an earlier meeting is neither."""

from __future__ import annotations

import pytest

from minutebook.extract.items import extract_items, split_sections
from minutebook.extract.resolutions import extract_resolutions
from minutebook.extract.votes import extract_votes


def _read(make_document, nlp, text):
    document = make_document(f"#### 4. Business\n\n{text}\n")
    sections = split_sections(document, extract_items(document))
    return [r.text for r in extract_resolutions(sections, nlp=nlp, lines=document.lines)], extract_votes(document, sections)


def _summary(vote):
    return (vote.result, vote.count_for, vote.count_against, vote.count_abstain)


@pytest.mark.parametrize(
    ("record", "summary"),
    [
        ("VOTED unanimously by roll call to approve the warrant of May 6.", ("carried", None, None, None)),
        ("VOTED: 4-0-1 to adopt the transfer station fee schedule.", ("carried", 4, 0, 1)),
        ("Voted 3-1 to award the library roof bid to Hollin Roofing.", ("carried", 3, 1, None)),
        # The tally joined by a slash or by "to", as well as by a dash.
        ("VOTED 4 to 1 to award the library roof bid to Hollin Roofing.", ("carried", 4, 1, None)),
        ("Voted: 5/0/1 to accept the gift of a bench from the garden club.", ("carried", 5, 0, 1)),
        ("VOTE: Unanimous to accept the gift of a bench from the garden club.", ("carried", None, None, None)),
        ("It was unanimously voted to appoint Ida Fenwick to the Cemetery Commission.", ("carried", None, None, None)),
        ("VOTED: To approve the minutes of the last meeting as written.", ("carried", None, None, None)),
    ],
)
def test_a_vote_recorded_with_no_subject_is_a_decision_and_a_vote(make_document, nlp, record, summary):
    texts, votes = _read(make_document, nlp, record)
    assert texts == [record]
    [vote] = votes
    assert _summary(vote) == summary
    assert vote.motion.lower().startswith("to ")


def test_a_subjectless_vote_that_lost_decides_nothing(make_document, nlp):
    texts, votes = _read(make_document, nlp, "Voted 1-3 to close the transfer station on Mondays.")
    assert texts == []
    assert [_summary(v) for v in votes] == [("lost", 1, 3, None)]


def test_it_was_voted_with_no_tally_is_a_decision_but_no_recorded_vote(make_document, nlp):
    texts, votes = _read(make_document, nlp, "It was voted to send the sign request to the Planning Board.")
    assert texts == ["It was voted to send the sign request to the Planning Board."]
    assert votes == []


@pytest.mark.parametrize(
    "record",
    [
        "The Board unanimously voted by roll call vote to enter non-public session.",
        "The Selectmen voted by roll call to continue the hearing to June 3.",
    ],
)
def test_a_bodys_vote_with_its_roll_call_named(make_document, nlp, record):
    texts, votes = _read(make_document, nlp, record)
    assert texts == [record]
    [vote] = votes
    assert vote.result == "carried" and vote.motion.startswith("to ")


@pytest.mark.parametrize(
    "said",
    [
        "Members voted on the logo design at the fair.",
        "The Finance Committee voted last week to support the article.",
        "Mr. Orrin recalled that the town voted 4-1 to buy the land in 2019.",
        "Vote to remove the interim treasurer:",
    ],
)
def test_voted_in_talk_of_another_vote_is_neither(make_document, nlp, said):
    texts, votes = _read(make_document, nlp, said)
    assert texts == []
    assert votes == []


def test_a_vote_label_with_no_outcome_puts_the_question(make_document, nlp):
    texts, votes = _read(make_document, nlp, "VOTE: To be taken at the June meeting once the quotes are in.")
    assert texts == []
    assert votes == []


@pytest.mark.parametrize(
    ("record", "motion"),
    [
        ("VOTED: 3-0 to table agenda item 7.", "to table agenda item 7"),
        ("VOTED: 5-0 to adopt Policy 12.\n\n#### 5. Roads", "to adopt Policy 12"),
        ("VOTED: 5-0 to adopt the fee schedule.\n\n5. Roads", "to adopt the fee schedule"),
    ],
)
def test_a_number_the_vote_cites_stays_in_its_motion(make_document, nlp, record, motion):
    _, votes = _read(make_document, nlp, record)
    assert [vote.motion.rstrip(".") for vote in votes] == [motion]
