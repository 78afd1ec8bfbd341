"""A motion carried is a decision, though the decision readers took no wording of it (extract/voted_decisions.py)."""

from __future__ import annotations

import pytest

from minutebook.extract.pipeline import extract_document

HEAD = "ELMWICK TOWN SELECTBOARD\nMinutes of the Regular Meeting, March 14, 2033\n\nPresent: Ann Rowe, Ben Tate, Cara Moss.\n\n"


@pytest.mark.parametrize(
    ("record", "decision"),
    [
        # A motion by its mover and seconder, its outcome a bare tally.
        ("Motion by Tate, second by Moss to approve the renewal. Vote 3-0.",
         "Motion by Tate, second by Moss to approve the renewal. Vote 3-0."),
        # The motion told in the past tense round the body's vote.
        ("Upon motion duly made and seconded, the Board voted unanimously to appoint Dora Vale as Town Clerk.",
         "Upon motion duly made and seconded, the Board voted unanimously to appoint Dora Vale as Town Clerk."),
        # A township's shorthand: what was moved is the line's run-in label, the tally runs on with no stop.
        ("Licence renewal: motion by Tate 2nd by Moss, Yay 3 nay 0",
         "Licence renewal: motion by Tate 2nd by Moss, Yay 3 nay 0"),
    ],
)
def test_a_carried_vote_is_a_decision(make_document, record: str, decision: str) -> None:
    extraction = extract_document(make_document(HEAD + "1. Licences\n" + record + "\n"))
    assert [resolution.text for resolution in extraction.resolutions] == [decision]
    assert [vote.resolution for vote in extraction.votes] == [1]
    assert extraction.resolutions[0].item == "1"


def test_a_decision_read_from_its_wording_is_not_taken_twice(make_document) -> None:
    extraction = extract_document(make_document(
        HEAD + "1. Salt\nMotion by Moss, seconded by Tate, to award the salt bid to Granite Supply. Motion carried 3-0.\n"
    ))
    assert len(extraction.resolutions) == 1
    assert [vote.resolution for vote in extraction.votes] == [1]


def test_decisions_keep_document_order_and_votes_follow_them(make_document) -> None:
    extraction = extract_document(make_document(
        HEAD
        + "1. Licences\nMotion by Tate, second by Moss to approve the renewal. Vote 3-0.\n\n"
        + "2. Salt\nMotion by Moss, seconded by Tate, to award the salt bid to Granite Supply. Motion carried 3-0.\n\n"
        + "3. Clerk\nUpon motion duly made and seconded, the Board voted unanimously to appoint Dora Vale as Clerk.\n"
    ))
    assert [resolution.item for resolution in extraction.resolutions] == ["1", "2", "3"]
    assert [vote.resolution for vote in extraction.votes] == [1, 2, 3]


@pytest.mark.parametrize(
    "record",
    [
        # A motion lost decides nothing.
        "Motion by Tate, second by Moss to approve the renewal. Vote 1-2, motion failed.",
        # A tally whose motion is only the words before it ("The treasurer gave her report.") names no decision.
        "The treasurer gave her report on the fund. Vote 3-0.",
    ],
)
def test_no_decision_without_a_motion_carried(make_document, record: str) -> None:
    extraction = extract_document(make_document(HEAD + "1. Licences\n" + record + "\n"))
    assert extraction.resolutions == []


def test_votes_keep_the_decisions_they_were_linked_to_when_a_new_one_goes_before() -> None:
    # A vote read over lines 7-8 decided the resolution on line 8; a later vote, read from line 7 alone, gives a new
    # decision that goes first. Each vote keeps its own decision: the first is not moved onto the new one because
    # their lines overlap.
    from minutebook.extract.records import Evidence, Resolution, Vote
    from minutebook.extract.voted_decisions import add_voted_decisions
    from minutebook.ingest.document import Line

    lines = [
        Line("Motion by Tate to approve the renewal; motion by Moss to approve the fee. Vote 3-0.", page=1, number=7),
        Line("RESOLVED that the renewal be approved. Vote 3-0.", page=1, number=8),
    ]
    decided = Resolution(item="1", text="RESOLVED that the renewal be approved.", evidence=Evidence(1, 8, 8))
    first = Vote(item="1", motion="to approve the renewal", mover="Tate", resolution=1, evidence=Evidence(1, 7, 8))
    second = Vote(item="1", motion="to approve the fee", mover="Moss", evidence=Evidence(1, 7, 7))
    merged = add_voted_decisions([first, second], [decided], lines)
    assert merged[1] is decided
    assert first.resolution == 2
    assert second.resolution == 1 and merged[0].proposer == "Moss"


def test_a_vote_on_a_line_that_holds_another_decision_gives_its_motion(make_document) -> None:
    # One paragraph, a decision in words and two motions: each motion's decision is its own words, never the line's.
    extraction = extract_document(make_document(
        HEAD + "1. Licences\nIt was resolved to renew the inn's licence. Motion by Tate, second by Moss to approve the "
        "renewal. Vote 3-0. Motion by Moss, second by Tate to approve the cafe's licence. Vote 3-0.\n"
    ))
    texts = [resolution.text for resolution in extraction.resolutions]
    assert texts[0] == "It was resolved to renew the inn's licence."
    assert "to approve the cafe's licence." in texts
    assert len(set(texts)) == len(texts)


def test_a_tally_with_no_mover_and_seconder_gives_no_decision(make_document) -> None:
    # Near miss: a report's tally with no motion words and no mover or seconder records no motion. (The vote is read,
    # so that the decision is refused for want of its mover and seconder, not for want of a vote.)
    extraction = extract_document(make_document(HEAD + "1. Roads\nRoad report: the grader is repaired. Carried 3-0.\n"))
    assert [(vote.result, vote.mover, vote.seconder) for vote in extraction.votes] == [("carried", None, None)]
    assert extraction.resolutions == []


@pytest.mark.parametrize(
    "minutes",
    [
        # The motion quoted under the shorthand, each line a paragraph of its own.
        "2. Minutes\n\nM/S/C HALE/VOSS (approved)\n\n“That the March 3 minutes are approved.”\n\n"
        "Approved (3): Rowe, Tate, Moss\n\n3. Fees\n\nM/S/C MOSS/TATE (approved)\n\n“That the pool fees for 2034 be "
        "approved.”\n\nApproved (3): Rowe, Tate, Moss\n",
        # The same, printed as wrapped lines with no blank line between them and straight quotes.
        "2. Minutes\nM/S/C HALE/VOSS (approved)\n\"That the March 3 minutes are\napproved.\"\nApproved (3): Rowe, Tate, "
        "Moss\n3. Fees\nM/S/C MOSS/TATE (approved)\n\"That the pool fees for 2034 be approved.\"\nApproved (3): Rowe, Tate, Moss\n",
    ],
)
def test_a_shorthand_over_its_quoted_motion_is_one_decision(make_document, minutes: str) -> None:
    # The vote is read from the shorthand's line, the decision from the quoted lines by it: one decision, the motion's.
    extraction = extract_document(make_document(HEAD + minutes))
    assert [resolution.text.strip("“”\"") for resolution in extraction.resolutions] == [
        "That the March 3 minutes are approved.", "That the pool fees for 2034 be approved.",
    ]
    assert [vote.resolution for vote in extraction.votes] == [1, 2]
    assert [resolution.proposer for resolution in extraction.resolutions] == ["Hale", "Cara Moss"]


def test_a_decision_in_other_words_by_a_shorthand_stays_its_own(make_document) -> None:
    # Near miss: the decision on the lines after the roll is not the one the shorthand carried.
    extraction = extract_document(make_document(
        HEAD + "2. Minutes\n\nM/S/C HALE/VOSS (approved)\n\n“That the March 3 minutes are approved.”\n\n"
        "Approved (3): Rowe, Tate, Moss.\n\nThe Commission agreed to meet on May 2.\n"
    ))
    assert [resolution.text.strip("“”\"") for resolution in extraction.resolutions] == [
        "That the March 3 minutes are approved.", "The Commission agreed to meet on May 2.",
    ]
    assert [vote.resolution for vote in extraction.votes] == [1]
