"""US and Canadian board motions closed by every member's assent: the vote and the decision read alike.

A motion whose outcome is "All ayes.", "Unanimous approval." or "Approved unanimously." is a vote and a decision at
once (`votes.ASSENT_OF_ALL`); "Motion to … by A, second by B" names A as its mover; a surname mover after a run-in
topic's colon; an outcome that closes its own sentence stays with its own motion.
"""

from __future__ import annotations

import pytest

from minutebook.extract.items import extract_items, split_sections
from minutebook.extract.resolutions import extract_resolutions
from minutebook.extract.votes import extract_votes

ROLL = "Present: Supervisor Ada Ferrow, Trustee Ned Pallow, Trustee Rita Cosway, Treasurer Jo Kestrel.\n\n"


def _read(make_document, nlp, text):
    document = make_document(text)
    sections = split_sections(document, extract_items(document))
    return extract_resolutions(sections, nlp=nlp), extract_votes(document, sections)


@pytest.mark.parametrize(
    "motion",
    [
        "Motion to approve the minutes of May 6 by Trustee Pallow, seconded by Trustee Cosway. All ayes.",
        "Motion to approve the minutes of May 6 by Pallow, second by Cosway; unanimous approval.",
        "Trustee Pallow made a motion to approve the minutes of May 6; second by Trustee Cosway. Unanimous approval.",
        "Motion to approve the minutes of May 6 by Trustee Pallow, second by Trustee Cosway. Approved unanimously.",
    ],
)
def test_assent_of_all_closes_a_motion_for_votes_and_decisions(make_document, nlp, motion):
    resolutions, votes = _read(make_document, nlp, f"Maple Vale Township Board\n\n{ROLL}#### 2. Minutes\n\n{motion}\n")
    assert len(votes) == 1 and votes[0].result == "carried"
    assert votes[0].mover.endswith("Pallow") and votes[0].seconder.endswith("Cosway")
    assert "minutes of May 6" in votes[0].motion
    assert len(resolutions) == 1 and "minutes of May 6" in resolutions[0].text


def test_several_assent_motions_each_a_decision(make_document, nlp):
    text = (
        f"Maple Vale Township Board\n\n{ROLL}"
        "#### 3. Bills\n\nMotion to pay the bills by Kestrel, second by Pallow; unanimous approval.\n\n"
        "#### 4. Hall\n\nMotion to renew the hall lease by Trustee Cosway, seconded by Trustee Pallow. All ayes.\n\n"
        "#### 5. Adjournment\n\nMotion to adjourn by Pallow, second by Cosway. All ayes.\n"
    )
    resolutions, votes = _read(make_document, nlp, text)
    assert [r.item for r in resolutions] == ["3", "4", "5"]
    assert [(v.item, v.mover.split()[-1]) for v in votes] == [("3", "Kestrel"), ("4", "Cosway"), ("5", "Pallow")]


@pytest.mark.parametrize(
    "text",
    [
        # The motion's words first, the mover after a comma, the seconder in a sentence of its own.
        "Motion to approve the treasurer report as presented, by Orme. Second by Vance. Motion carried.",
        "Motion to approve the treasurer report by Trustee Orme, seconded by Trustee Vance. Motion carried.",
    ],
)
def test_motion_words_then_mover(make_document, nlp, text):
    _, votes = _read(make_document, nlp, f"Birchfield Village Board\n\nPresent: Ivo Orme, Lena Vance.\n\n{text}\n")
    assert len(votes) == 1
    assert votes[0].mover.endswith("Orme") and votes[0].seconder.endswith("Vance")
    assert votes[0].motion.startswith("to approve the treasurer report")


@pytest.mark.parametrize(
    "after",
    ["Motion carried.", "Seconded by Trustee Vance. All ayes.", "Second by Trustee Vance; unanimous approval."],
)
def test_motion_words_with_a_writer_name_no_mover(make_document, nlp, after):
    # "… as prepared by Quill Engineering" names who prepared it, seconder or not: never the mover.
    resolutions, votes = _read(
        make_document, nlp,
        f"Birchfield Village Board\n\n1. Drainage\n\nMotion to accept the drainage plan as prepared by Quill Engineering. "
        f"{after}\n\n2. Adjournment\n",
    )
    assert [r.text[:30] for r in resolutions] == ["Motion to accept the drainage "]
    assert [v.mover for v in votes if v.mover is not None] == []


@pytest.mark.parametrize("topic", ["Approval of Minutes", "Claims"])
def test_surname_mover_after_a_run_in_topic(make_document, nlp, topic):
    text = (
        "Hollin Township\n\nMembers Present: Ivo Orme, Lena Vance, Tam Rudd.\n\n"
        f"{topic}: Ivo made the motion to accept the item as presented. Lena made the second. All in favor. Motion carried.\n"
    )
    _, votes = _read(make_document, nlp, text)
    assert len(votes) == 1
    assert votes[0].mover is not None and "Ivo" in votes[0].mover
    assert votes[0].seconder is not None and "Lena" in votes[0].seconder


@pytest.mark.parametrize(
    "closing",
    ["Second by Tam. Motion carried.", "Second by Tam. Motion Carried."],
)
def test_outcome_closing_its_sentence_keeps_the_next_mover_apart(make_document, nlp, closing):
    text = (
        "Hollin Village Board\n\nMembers answering roll call: Ivo Orme, Lena Vance, Tam Rudd.\n\n"
        f"The July minutes were reviewed by Lena. {closing}\n\n"
        "Ivo made a motion to pay all bills as presented. Second by Lena. Motion carried.\n"
    )
    _, votes = _read(make_document, nlp, text)
    paid = [v for v in votes if v.motion and "pay all bills" in v.motion]
    assert len(paid) == 1 and "Ivo" in paid[0].mover and "Lena" in paid[0].seconder


def test_outcome_above_its_mover_still_takes_it(make_document, nlp):
    text = (
        "Hollin Village Board\n\nPresent: Trustee Ivo Orme, Trustee Lena Vance.\n\n"
        "#### 4. Sidewalks\n\nTo repair the Elm Street sidewalk.\n\nCARRIED\n"
        "Moved by Trustee Orme, seconded by Trustee Vance.\n"
    )
    _, votes = _read(make_document, nlp, text)
    assert len(votes) == 1 and votes[0].mover.endswith("Orme")


@pytest.mark.parametrize(
    "block",
    [
        "Moved by Trustee Orme Seconded by Trustee Vance\nVOICE VOTE - Unanimous Approval\nMOTION CARRIED\n",
        "Moved by Trustee Orme Seconded by Trustee Vance\nROLL CALL VOTE - AYES: Orme, Vance\nMOTION CARRIED\n",
    ],
)
def test_vote_label_below_the_seconder_is_not_a_name(make_document, nlp, block):
    text = (
        "Birchfield Village Board\n\nPRESENT: Trustees Ivo Orme, Lena Vance.\n\n"
        f"#### 3. Minutes\n\nMotion to approve the minutes of May 6 as submitted.\n{block}"
    )
    _, votes = _read(make_document, nlp, text)
    assert len(votes) == 1
    assert votes[0].seconder is not None and votes[0].seconder.split()[-1] == "Vance"


@pytest.mark.parametrize(
    "label",
    ["Moved by:Councillor A. Ferrow\nSeconded by:Councillor R. Cosway\n", "Moved by: Councillor A. Ferrow\nSeconded by: Councillor R. Cosway\n"],
)
def test_moved_by_label_with_its_colon_run_into_the_name(make_document, nlp, label):
    text = (
        "Maple Vale Council Meeting Minutes\n\nMembers Present:\n  • Councillor A. Ferrow\n  • Councillor R. Cosway\n\n"
        f"1.\n\n{label}\nTHAT the agenda be adopted as presented.\n\nMotion Carried Unanimously\n"
    )
    _, votes = _read(make_document, nlp, text)
    assert len(votes) == 1
    assert votes[0].mover is not None and votes[0].mover.endswith("Ferrow")


@pytest.mark.parametrize("verb", ["moves", "moved"])
def test_initials_mover_in_the_present_tense(make_document, nlp, verb):
    text = (
        "Oakhill Co-op Board Minutes\n\nDirectors Present: Ada F., Ned P., Rita C.\n\n"
        f"Budget Report. AF {verb} to adopt the budget report. NP seconds. Motion carries 3-0-0.\n"
    )
    _, votes = _read(make_document, nlp, text)
    assert len(votes) == 1 and votes[0].count_for == 3
    assert votes[0].mover is not None


_LABELLED_BLOCKS = (
    "Motion: To approve the minutes of May 6 as presented.\nMoved: Ms. Cosway Seconded: Mr. Pallow\nVote: 3-0 in favor\n",
    "MOTION: To approve the minutes of May 6 as presented.\nMOVED BY: Ms. Cosway\nSECONDED BY: Mr. Pallow\nVOTE: Unanimous\n",
)


@pytest.mark.parametrize("block", _LABELLED_BLOCKS)
def test_a_labelled_motion_block_is_one_decision_closed_by_its_vote(make_document, nlp, block):
    # School committees set each motion as labelled lines: "Motion:" with what was moved, the movers, "Vote:" with the
    # tally. The decision is the motion's own words, and the vote line closes it: the next item's heading and minutes
    # (no stop after "3-0 in favor") are no part of it.
    text = (
        "Elmford School Committee\n\nMembers Present: Rita Cosway, Chair; Ned Pallow; Ada Ferrow\n\n"
        f"Call to Order\nMs. Cosway called the meeting to order at 7:00 PM.\n\nApproval of Minutes\n{block}\n"
        "Superintendent's Report\nDr. Kestrel reported on enrollment, which is up by twelve students.\n\n"
        "Budget Discussion\nThe Committee discussed the draft budget. Mr. Pallow asked about bus costs.\n\n"
        "Adjournment\nThe meeting adjourned at 8:40 PM.\n"
    )
    resolutions, votes = _read(make_document, nlp, text)
    minutes = [r for r in resolutions if "minutes of May 6" in r.text]
    assert len(minutes) == 1
    assert minutes[0].text.startswith(("Motion: To approve", "MOTION: To approve"))
    assert "enrollment" not in minutes[0].text and "Superintendent" not in minutes[0].text
    assert len(votes) == 1 and votes[0].result == "carried"
    assert "enrollment" not in (votes[0].motion or "")


def test_a_vote_label_ending_a_paragraph_without_a_tally_does_not_close_it(make_document, nlp):
    # "Vote:" with no tally or assent after it says nothing of the outcome: the record reads on to its outcome.
    text = (
        "Elmford School Committee\n\nMembers Present: Rita Cosway, Chair; Ned Pallow; Ada Ferrow\n\n"
        "Call to Order\nMs. Cosway called the meeting to order at 7:00 PM.\n\nBus Contract\n"
        "Motion: To award the bus contract to Pike Coaches.\nMoved: Ms. Cosway Seconded: Mr. Pallow\nVote: to follow\n\n"
        "Motion carried 3-0.\n\nBudget Discussion\nThe Committee discussed the draft budget.\n\n"
        "Public Comment\nNone.\n\nAdjournment\nThe meeting adjourned at 8:40 PM.\n"
    )
    resolutions, _ = _read(make_document, nlp, text)
    awarded = [r for r in resolutions if "bus contract" in r.text]
    assert len(awarded) == 1 and "carried" in awarded[0].text
