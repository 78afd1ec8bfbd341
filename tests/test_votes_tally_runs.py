"""Tallies read as runs of (number, label) or (label, number) pairs: counts in either order, any separator,
digits or number words, with labels from the vote vocabulary; and lookalikes that are no tally."""

from __future__ import annotations

import pytest

from minutebook.extract.items import extract_items, split_sections
from minutebook.extract.votes import extract_votes


def _votes(make_document, text):
    document = make_document(text)
    return extract_votes(document, split_sections(document, extract_items(document)))


def _summary(vote):
    return (vote.result, vote.count_for, vote.count_against, vote.count_abstain)


MOTION = "Motion by Trustee Pella Ormond, seconded by Trustee Wes Tarrant, to resurface the bowling green. "


@pytest.mark.parametrize(
    ("tally", "expected"),
    [
        # the number before its label
        ("Vote: 12 In Favor 0 Opposed 1 Abstained 0 Recused", ("carried", 12, 0, 1)),
        ("Vote taken was 5-yes, and 3-no, and 1-abstentions.", ("carried", 5, 3, 1)),
        ("The motion passed with 6 in favour, 2 against and 1 abstention.", ("carried", 6, 2, 1)),
        ("The motion failed, 2 votes for and 4 votes against.", ("lost", 2, 4, None)),
        # the label before its number
        ("Motion carried, yea four and nay one.", ("carried", 4, 1, None)),
        ("Ayes: 4, Nays: 1 (Orr), Absent: 1", ("carried", 4, 1, None)),
        ("Recorded vote: For 9, Against 3, Abstain 2.", ("carried", 9, 3, 2)),
        ("Roll call vote Yes 2 No 3 Absent 1.", ("lost", 2, 3, None)),
    ],
)
def test_a_tally_as_a_run_of_counted_sides(make_document, tally, expected):
    votes = _votes(make_document, f"#### 6. Green\n\n{MOTION}{tally}\n")
    assert [_summary(vote) for vote in votes] == [expected]


@pytest.mark.parametrize(
    ("tally", "expected"),
    [
        ("The motion passed with seven-abstentions.", ("carried", None, None, 7)),
        ("Motion carried with 2 abstentions.", ("carried", None, None, 2)),
    ],
)
def test_one_counted_side_right_after_the_outcome(make_document, tally, expected):
    votes = _votes(make_document, f"#### 6. Green\n\n{MOTION}{tally}\n")
    assert [_summary(vote) for vote in votes] == [expected]


@pytest.mark.parametrize("label", ["abstensions", "abstainers"])
def test_a_misspelt_abstention_still_counts(make_document, label):
    votes = _votes(make_document, f"#### 6. Green\n\n{MOTION}Vote taken was 5-yes, 3-no and 2-{label}.\n")
    assert [_summary(vote) for vote in votes] == [("carried", 5, 3, 2)]


@pytest.mark.parametrize("form", ["Vote: {f} In Favor {a} Opposed 0 Abstained 0 Recused", "Vote: Yes {f}, No {a}"])
def test_each_item_with_its_own_tally_is_its_own_vote(make_document, form):
    text = (
        "#### 1. Kiosk licence for Bramble Cafe – Resolution\n\n" + form.format(f=30, a=0) + "\n\n"
        "#### 2. Awning for Larch Bakery – Resolution\n\n" + form.format(f=0, a=30) + "\n"
    )
    votes = _votes(make_document, text)
    assert [(vote.item, *_summary(vote)) for vote in votes] == [
        ("1", "carried", 30, 0, None if "Yes" in form else 0),
        ("2", "lost", 0, 30, None if "Yes" in form else 0),
    ]


@pytest.mark.parametrize("joiner", [" The board declined. ", " "])
def test_two_unlike_tallies_in_a_row_are_two_votes(make_document, joiner):
    text = (
        "#### 5. Letters of support\n\n"
        "A vote was taken on a letter for the food bank. Vote taken was 2-yes, and 9-no, and 1-abstentions."
        f"{joiner}A vote was taken on a letter for the shelter. Vote taken was 10-yes, 1-no, and 1-abstentions.\n"
    )
    votes = _votes(make_document, text)
    assert [_summary(vote) for vote in votes] == [("lost", 2, 9, 1), ("carried", 10, 1, 1)]


@pytest.mark.parametrize(
    "text",
    [
        "Survey results were shared: 45 yes, 12 no and 3 undecided.",
        "The hall is booked from 7:00 for 2 hours; parking is free for 3 cars.",
        "The grant of $1,200 for 2 benches and $300 against 1 repair was noted in the budget report.",
        "Item 4 for information only. Item 5 against the 2024 budget line 12 was discussed.",
        "The clerk will write by 3 May for 2 quotes; no 3 quotes have been received.",
        "Budget lines: Parks 4,500 for 12 months; Roads 2,000 against 6 months.",
        "Residents at 12 Yew Lane, 14 Yew Lane and no 16 Yew Lane were for 2 options and against 1.",
    ],
)
def test_numbers_beside_vote_words_that_are_no_tally(make_document, text):
    assert _votes(make_document, f"#### 3. Reports\n\n{text}\n") == []


def test_a_tally_restated_as_a_run_is_one_vote(make_document):
    votes = _votes(make_document, f"#### 6. Green\n\n{MOTION}Motion carried 4-1.\nAyes: 4, Nays: 1 (Orr)\n")
    assert [_summary(vote) for vote in votes] == [("carried", 4, 1, None)]


@pytest.mark.parametrize(
    "roll",
    [
        "Roll call vote: Ormond Aye Tarrant Aye Quill Nay Dace Absent.",
        "Vote: Ormond (Y), Tarrant (Y), Quill (N).",
        "Roll call: Trustee Ormond yes Trustee Tarrant yes Trustee Quill no",
    ],
)
def test_a_roll_call_on_one_line(make_document, roll):
    votes = _votes(make_document, f"#### 6. Green\n\n{MOTION}{roll} Motion carried.\n")
    assert len(votes) == 1
    assert [name.split()[-1] for name in votes[0].voted_for] == ["Ormond", "Tarrant"]
    assert [name.split()[-1] for name in votes[0].voted_against] == ["Quill"]


@pytest.mark.parametrize(
    "text",
    [
        "Vote: Ormond for chair and Tarrant for treasurer was suggested by the nominating panel.",
        "The vote Quill no longer chairs is next month.",
    ],
)
def test_names_after_a_vote_word_that_are_no_roll_call(make_document, text):
    votes = _votes(make_document, f"#### 3. Officers\n\n{text}\n")
    assert all(not vote.voted_for and not vote.voted_against for vote in votes)


@pytest.mark.parametrize("tally", ["carried with one abstention.", "carried with 2 against."])
def test_a_tally_after_the_outcome_is_no_motion_text(make_document, tally):
    text = (
        "#### 7. Benches\n\nRESOLVED: That two oak benches be bought for Quarry Green.\n"
        f"Proposed Cllr Ormond, seconded Cllr Tarrant; {tally}\n"
    )
    votes = _votes(make_document, text)
    assert len(votes) == 1 and votes[0].result == "carried"
    assert "oak benches" in votes[0].motion
