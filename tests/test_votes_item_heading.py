"""Votes whose mover line names no motion ("Motion by A, second by B."): the motion is the item's own heading, and
the vote belongs to the sub-item that heading opens, not to the parent item above it."""

from __future__ import annotations

import pytest

from minutebook.extract.items import extract_items, split_sections
from minutebook.extract.votes import extract_votes


def _votes(make_document, text):
    document = make_document(text)
    return extract_votes(document, split_sections(document, extract_items(document)))


LETTERED = """\
3. Approval of Minutes

A. Approval of the Minutes of the Regular Meeting of March 2, 2023
Motion by Trustee Ada Quell, second by Trustee Bo Ferrin.
Final Resolution: Motion Carried
Yes: Trustee Ada Quell, Trustee Bo Ferrin, Trustee Cy Marsh

4. Adoption of Agenda

A. Adoption of Agenda
Motion by Trustee Bo Ferrin, second by Trustee Cy Marsh.
Final Resolution: Motion Carried
Yes: Trustee Ada Quell, Trustee Bo Ferrin, Trustee Cy Marsh
"""

NUMBERED = """\
7. New Business

7.1 Purchase of a ride-on mower for Harrowgate Park
Moved by Director Quell, seconded by Director Ferrin. Motion carried 3-0.

7.2 Renewal of the hall cleaning contract
Moved by Director Marsh, seconded by Director Quell. Motion carried 3-0.
"""


def test_a_vote_under_a_lettered_sub_item_is_the_sub_items(make_document):
    votes = _votes(make_document, LETTERED)
    assert [vote.item for vote in votes] == ["3A", "4A"]
    assert votes[0].motion.startswith("A. Approval of the Minutes")  # not the parent's heading above it
    assert "Approval of Minutes A." not in votes[0].motion


def test_a_vote_under_a_numbered_sub_item_is_the_sub_items(make_document):
    votes = _votes(make_document, NUMBERED)
    assert [vote.item for vote in votes] == ["7.1", "7.2"]
    assert "mower" in votes[0].motion and "New Business" not in votes[0].motion


def test_a_motion_read_back_within_its_own_item_keeps_its_words(make_document):
    # Near miss: no sub-item heading between the motion's words and its mover, so nothing is cut.
    text = (
        "5. Grants\n\nThe Board considered a grant of $500 to the Harrowgate Township Band for new uniforms\n"
        "Motion by Trustee Ada Quell, second by Trustee Bo Ferrin.\nFinal Resolution: Motion Carried\n"
    )
    votes = _votes(make_document, text)
    assert len(votes) == 1
    assert votes[0].item == "5"
    assert "Harrowgate Township Band" in votes[0].motion


def test_the_same_movers_motion_under_a_later_item_is_a_motion_of_its_own(make_document):
    text = (
        "11. Approval of Payments\n\nHarrowgate Water - £15.56\n\n"
        "Cllr Quill proposed approval for payment seconded by Cllr Ferrin\n\n"
        "12. Correspondence\n\nBorough Council - dates of meetings\n\n"
        "13. Items for Next Agenda\n\nThe meeting was adjourned to hear the public. Proposed by Cllr Quill, "
        "seconded by Cllr Marsh - Unanimously agreed\n"
    )
    votes = _votes(make_document, text)
    assert [vote.item for vote in votes] == ["13"]
    assert votes[0].seconder.endswith("Marsh")


def test_the_same_mover_restating_a_motion_within_its_item_is_one_vote(make_document):
    # Near miss: the mover labelled, then the words she moved, under one item, stay one motion.
    text = "6. Fees\n\n1st: Ms. Quill\n2nd: Mr. Ferrin\nMs. Quill moved to raise the hall fee to $40. Motion carried 3-0.\n"
    votes = _votes(make_document, text)
    assert len(votes) == 1
    assert votes[0].item == "6" and (votes[0].count_for, votes[0].count_against) == (3, 0)


def test_an_outcome_after_a_semicolon_carries_its_tally(make_document):
    text = (
        "4. Budget\n\nA motion was made by Trustee Quell, seconded by Trustee Ferrin, that the Board approve the budget."
        "\nRoll Call Vote:\nAye: Quell, Ferrin, Marsh\nNo: Orrin\nMotion carried; 3:1\n\n"
        "5. Parking\n\nA motion was made by Trustee Quell, seconded by Trustee Ferrin, that the Board close the lot.\n"
        "Motion carried; 7:05 p.m. was the time of the vote.\n"
    )
    votes = _votes(make_document, text)
    assert [(vote.item, vote.count_for, vote.count_against) for vote in votes] == [("4", 3, 1), ("5", None, None)]


def test_a_motion_read_back_stops_at_the_vote_recorded_before_it(make_document):
    text = (
        "3. Approval of Minutes\n\nApproval of the Minutes of the Regular Meeting of May 2, 2023\n\n"
        "Motion by Trustee Ada Quell, second by Trustee Bo Ferrin.\nFinal Resolution: Motion Carried\n"
        "Yes: Trustee Ada Quell, Trustee Bo Ferrin, Trustee Cy Marsh\n\n"
        "Approval of the Minutes of the Study Session of May 9, 2023\n\n"
        "Motion by Trustee Bo Ferrin, second by Trustee Cy Marsh.\nFinal Resolution: Motion Carried\n"
        "Yes: Trustee Bo Ferrin, Trustee Cy Marsh\nAbstain: Trustee Ada Quell\n"
    )
    votes = _votes(make_document, text)
    assert len(votes) == 2
    assert votes[1].motion == "Approval of the Minutes of the Study Session of May 9, 2023"
    assert (votes[1].voted_for, votes[1].abstained) == (["Bo Ferrin", "Cy Marsh"], ["Ada Quell"])


OPEN_MOTION = (
    "2. Road Salt Contract\n\nTrustee Vale moved to award the road salt contract to Northfield Supply. "
    "Seconded by Trustee Fenwick.\n\n3. {title}\n\n{tally}\n\n4. Adjournment\n\nThe meeting adjourned at 8:10 p.m.\n"
)


@pytest.mark.parametrize(
    ("title", "tally"),
    [
        ("Dog Park Hours", "A straw poll of the board was taken on extending hours: 2 in favor, 1 opposed."),
        ("Park Survey", "In an informal show of hands the audience gave 14 yes and 6 no on a splash pad."),
    ],
)
def test_a_straw_poll_under_the_next_item_is_no_vote_of_the_open_motion(make_document, title, tally):
    assert _votes(make_document, OPEN_MOTION.format(title=title, tally=tally)) == []


def test_a_tally_under_the_next_item_is_not_the_open_motions(make_document):
    text = OPEN_MOTION.format(title="Hall Hire", tally="The hire fee was set: 3 in favor, 0 opposed.")
    votes = _votes(make_document, text)
    assert [(vote.item, vote.mover) for vote in votes] == [("3", None)]


def test_a_tally_in_the_motions_own_item_is_its_vote(make_document):
    # Near miss: the tally under the motion's own item, and a formal show of hands, are the motion's vote.
    text = (
        "2. Road Salt Contract\n\nTrustee Vale moved to award the road salt contract to Northfield Supply. "
        "Seconded by Trustee Fenwick. On a show of hands: 2 in favor, 1 opposed.\n\n3. Adjournment\n\nAdjourned.\n"
    )
    votes = _votes(make_document, text)
    assert [(vote.item, vote.count_for, vote.count_against) for vote in votes] == [("2", 2, 1)]
    assert votes[0].mover.endswith("Vale")
