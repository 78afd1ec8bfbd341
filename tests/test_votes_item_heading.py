"""Votes whose mover line names no motion ("Motion by A, second by B."): the motion is the item's own heading, and
the vote belongs to the sub-item that heading opens, not to the parent item above it."""

from __future__ import annotations

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
