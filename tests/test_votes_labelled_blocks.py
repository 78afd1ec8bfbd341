"""A commission's labelled motion blocks: "MOTION: … X made a MOTION to APPROVE …", "Y seconded", "VOTE: 4/2 AYES: A,
B NAYS: C", "DECISION: …" on lines of their own, in a clerk's capitals; a tie that fails decides nothing."""

from __future__ import annotations

from minutebook.extract.items import extract_items, split_sections
from minutebook.extract.records import Attendee
from minutebook.extract.resolutions import extract_resolutions
from minutebook.extract.votes import extract_votes

MEMBERS = [
    Attendee(name="Ada Harlow", surname="Harlow"),
    Attendee(name="Jo Penn", surname="Penn"),
    Attendee(name="Kit Orrin", surname="Orrin"),
    Attendee(name="Dan Rusk", surname="Rusk"),
]

CAPITAL_BLOCKS = (
    "#### 4. Applications\n\n"
    "APPLICATION: 12 OAK AVENUE - ADDITION\n"
    "The proposal meets the guidelines.\n"
    "MOTION: Based on compliance with the Design Guidelines Mr. Rusk made a\n"
    "MOTION to APPROVE this application as submitted.\n"
    "Ms. Penn Seconded\n"
    "VOTE: 2/2 AYES: HARLOW, RUSK\n"
    "NAYS: PENN, ORRIN\n"
    "DECISION: VOTE WAS A TIE – MOTION FAILS\n"
    "MOTION: Based on the need for further design study Ms. Penn made a MOTION to CONTINUE this\n"
    "application for a restudy of the porch.\n"
    "Ms. Orrin seconded.\n"
    "VOTE: 3/1 AYES: ORRIN, PENN, RUSK\n"
    "NAYS: HARLOW\n"
    "DECISION: ADDITION CONTINUED.\n"
    "APPLICATION: 14 ELM STREET - NEW CONSTRUCTION\n"
    "The house was built in 1931.\n"
    "MOTION: Based on non-compliance with the Design Guidelines, Ms. Orrin made\n"
    "MOTION to DENY this application.\n"
    "Mr. Rusk seconded\n"
    "VOTE: 4/0 AYES: HARLOW, ORRIN, PENN, RUSK\n"
    "NAYS: NONE\n"
    "DECISION: NEW CONSTRUCTION DENIED\n"
    "APPLICATION: 9 ASH LANE - FENCE\n"
    "The fence was previously approved in 2019.\n"
)


def _read(make_document, nlp, text):
    document = make_document(text)
    sections = split_sections(document, extract_items(document))
    votes = extract_votes(document, sections, attendees=MEMBERS)
    return [r.text for r in extract_resolutions(sections, nlp=nlp, lines=document.lines)], votes


def test_a_tie_that_fails_is_a_tied_vote_and_no_decision(make_document, nlp):
    texts, votes = _read(make_document, nlp, CAPITAL_BLOCKS)
    tie = votes[0]
    assert (tie.result, tie.count_for, tie.count_against) == ("tied", 2, 2)
    assert (tie.mover, tie.seconder) == ("Dan Rusk", "Jo Penn")
    assert tie.voted_for == ["Ada Harlow", "Dan Rusk"] and tie.voted_against == ["Jo Penn", "Kit Orrin"]
    assert not any("as submitted" in text or "TIE" in text for text in texts)


def test_each_carried_block_is_one_decision_with_its_labelled_outcome(make_document, nlp):
    texts, votes = _read(make_document, nlp, CAPITAL_BLOCKS)
    assert len(texts) == 2
    assert "restudy of the porch" in texts[0] and texts[0].endswith("DECISION: ADDITION CONTINUED.")
    # The mover's phrase broken across lines ("Ms. Orrin made" / "MOTION to DENY …") is one record.
    assert texts[1].startswith("MOTION: Based on non-compliance") and texts[1].endswith("NEW CONSTRUCTION DENIED")
    summary = [(v.result, v.count_for, v.count_against, v.mover, v.seconder) for v in votes[1:]]
    assert summary == [("carried", 3, 1, "Jo Penn", "Kit Orrin"), ("carried", 4, 0, "Kit Orrin", "Dan Rusk")]
    # "built in 1931" under the next application is no sign that the 4/0 tally was history.
    assert votes[2].voted_for == ["Ada Harlow", "Kit Orrin", "Jo Penn", "Dan Rusk"]


def test_mixed_case_blocks_and_a_motion_lost_on_the_count(make_document, nlp):
    text = (
        "#### 6. Site plans\n\n"
        "Motion: Ms. Penn made a motion to approve the site plan for the depot.\n"
        "Mr. Harlow seconded.\n"
        "Vote: 3/0 Ayes: Penn, Harlow, Orrin\n"
        "Decision: Site plan approved.\n\n"
        "#### 7. Signage\n\n"
        "Motion: Mr. Rusk made a motion to allow the banner sign.\n"
        "Ms. Orrin seconded.\n"
        "Vote: 1/3 Ayes: Rusk\n"
        "Nays: Penn, Harlow, Orrin\n"
        "Decision: Motion failed.\n"
    )
    texts, votes = _read(make_document, nlp, text)
    assert [(v.result, v.count_for, v.count_against) for v in votes] == [("carried", 3, 0), ("lost", 1, 3)]
    assert [v.mover for v in votes] == ["Jo Penn", "Dan Rusk"]
    assert len(texts) == 1 and "depot" in texts[0] and texts[0].endswith("Site plan approved.")


def test_a_share_of_the_members_voting_yes_still_carries(make_document, nlp):
    # "– 4/4 yes": four of four said yes (not ayes 4, nays 4), with no side's list after it.
    texts, _ = _read(make_document, nlp, "#### 3. Benches\n\nShould we buy two new benches? – 4/4 yes\n")
    assert texts == ["Should we buy two new benches? – 4/4 yes"]


def test_a_long_list_of_reasons_between_the_motion_label_and_its_vote(make_document, nlp):
    reasons = "".join(f"• {n}.1, Rule {n} – The proposal does not meet rule {n}. It must be restudied.\n" for n in range(1, 7))
    text = (
        "#### 5. Applications\n\n"
        "MOTION: Based on non-compliance with the Design Guidelines, Ms. Orrin made a MOTION to DENY this application"
        " for its failure to meet guidelines:\n"
        f"{reasons}"
        "Mr. Rusk seconded.\n"
        "VOTE: 4/0 AYES: HARLOW, ORRIN, PENN, RUSK\n"
        "NAYS: NONE\n"
        "DECISION: APPLICATION DENIED\n"
    )
    texts, votes = _read(make_document, nlp, text)
    assert len(texts) == 1 and texts[0].startswith("MOTION: Based on non-compliance") and texts[0].endswith("DENIED")
    assert [(v.result, v.count_for, v.mover) for v in votes] == [("carried", 4, "Kit Orrin")]


def test_ordinal_labels_name_the_mover_and_seconder(make_document, nlp):
    text = (
        "#### 6. Applications\n\n"
        "MOTION: CONTINUED\n"
        "1st: Ms. Penn\n"
        "2nd: Mr. Rusk\n"
        "Ms. Penn moved to continue this application for a restudy of the windows.\n"
        "VOTE: 4/0 AYES: HARLOW, ORRIN, PENN, RUSK\n"
    )
    _, votes = _read(make_document, nlp, text)
    assert [(v.mover, v.seconder, v.count_for) for v in votes] == [("Jo Penn", "Dan Rusk", 4)]
