"""Votes: who moved and seconded — a nominator at an election moves the candidate ("Cllr A nominated Cllr B as
Chair, seconded by Cllr C and passed with a unanimous vote"), and a seconder's label written after the mover's name
("Motion by Trustee A Second by Trustee B") is no part of that name."""

from __future__ import annotations

import pytest

from minutebook.extract.items import extract_items, split_sections
from minutebook.extract.records import Attendee
from minutebook.extract.votes import extract_votes

MEMBERS = [
    Attendee(name="Ada Ferrow", surname="Ferrow"),
    Attendee(name="Bram Tollit", surname="Tollit"),
    Attendee(name="Cora Vennick", surname="Vennick"),
    Attendee(name="Dell Quarrie", surname="Quarrie"),
]


def _votes(make_document, text):
    document = make_document(text)
    return extract_votes(document, split_sections(document, extract_items(document)), attendees=MEMBERS)


@pytest.mark.parametrize(
    "election",
    [
        "Cllr Ferrow nominated Cllr Vennick to be elected as Chairman, seconded by Cllr Tollit and passed with a "
        "unanimous vote.",
        "Ada Ferrow nominated Cora Vennick as Vice-Chairman for another year. This was seconded by Bram Tollit and "
        "unanimously agreed.",
    ],
)
def test_the_nominator_moves_the_candidate(make_document, election):
    text = f"1. Election of Chairman\n{election}\n"
    assert [(vote.result, vote.mover, vote.seconder) for vote in _votes(make_document, text)] == [
        ("carried", "Ada Ferrow", "Bram Tollit")
    ]


def test_a_nomination_with_no_vote_recorded_is_no_vote(make_document):
    # Negative: the nominee accepted and took the chair; no outcome of a vote is written.
    text = (
        "2. Vice Chair\n"
        "Cllr Ferrow nominated Cllr Vennick.\n"
        "There were no other nominations; Cllr Vennick accepted the nomination. Cllr Tollit seconded the proposal.\n"
    )
    assert _votes(make_document, text) == []


def test_a_member_nominated_by_another_is_not_the_mover(make_document):
    # Negative: "A was nominated by B": B moves; the nominee before the passive verb is no mover.
    text = "3. Footpaths Officer\nCllr Quarrie was nominated by Cllr Ferrow, seconded by Cllr Tollit. Carried.\n"
    [vote] = _votes(make_document, text)
    assert (vote.mover, vote.seconder) == ("Ada Ferrow", "Bram Tollit")


@pytest.mark.parametrize(
    "record",
    [
        "Motion by Trustee Ferrow Second by Trustee Tollit Motion Passes 4-0-1 (Trustee Quarrie absent)",
        "Moved by Ada Ferrow Seconded by Bram Tollit. Motion carried 4-0.",
    ],
)
def test_the_seconder_s_label_ends_the_mover_s_name(make_document, record):
    text = f"4. Adoption of the Agenda\n{record}\n"
    [vote] = _votes(make_document, text)
    assert (vote.result, vote.mover, vote.seconder) == ("carried", "Ada Ferrow", "Bram Tollit")


def test_a_second_reading_is_no_seconder(make_document):
    # Negative: "second reading" names a stage of an ordinance, not a member who seconded.
    text = "5. Ordinance 12\nCouncilmember Ferrow moved to adopt Ordinance 12 on second reading. Motion carried 4-0.\n"
    [vote] = _votes(make_document, text)
    assert (vote.mover, vote.seconder) == ("Ada Ferrow", None)


@pytest.mark.parametrize(
    "line",
    [
        "March minutes – unanimous approval (Motion by Ada, 2nd by Bram)",
        "Purchase of two picnic tables – Approved (Motion: Ada, 2nd: Bram).",
    ],
)
def test_an_outcome_then_its_mover_and_seconder_in_brackets(make_document, line):
    members = [Attendee(name="Ada Ferrow", surname="Ferrow"), Attendee(name="Bram Tollit", surname="Tollit")]
    document = make_document(f"3. Business\n{line}\n")
    votes = extract_votes(document, split_sections(document, extract_items(document)), attendees=members)
    assert [(vote.result, vote.mover, vote.seconder) for vote in votes] == [("carried", "Ada Ferrow", "Bram Tollit")]
    assert votes[0].motion.startswith(("March minutes", "Purchase of two picnic tables"))


def test_a_bracketed_name_after_an_outcome_that_is_no_mover(make_document):
    # Negative: a bracket that names a member without the mover's and seconder's labels records no vote.
    text = "4. Hall\nThe hall rota was approved (Cllr Ferrow to circulate it).\n"
    assert _votes(make_document, text) == []


@pytest.mark.parametrize(
    "line",
    [
        "Budget increase – not approved (Motion by Ada Ferrow, 2nd by Bram Tollit)",
        "Budget increase – disapproved (Motion by Ada Ferrow, 2nd by Bram Tollit)",
        "Budget increase – motion not carried (Motion: Ada Ferrow, 2nd: Bram Tollit)",
        "Budget increase – unapproved (Motion by Ada Ferrow, 2nd by Bram Tollit)",
    ],
)
def test_a_refused_outcome_before_the_bracketed_movers_carries_nothing(make_document, line):
    # Negative: "not approved", "disapproved", "not carried" before the mover and seconder is no assent.
    votes = _votes(make_document, f"3. Business\n{line}\n")
    assert [vote.result for vote in votes if vote.result == "carried"] == []
    assert all(not (vote.motion or "").endswith(("not", "motion", "dis")) for vote in votes)


@pytest.mark.parametrize(
    "record",
    [
        "Adoption of the accounts.\nProposed; Ada Ferrow\nSeconded; Bram Tollit\nCarried.",
        "Hall hire fees for next year.\n1st; Ada Ferrow 2nd; Bram Tollit\nCarried.",
    ],
)
def test_a_semicolon_after_the_mover_and_seconder_labels_is_their_colon(make_document, record):
    # The labels of votes and of decisions are one (`MOVER_LABEL`, `SECONDER_LABEL`): "Proposed; A" names the mover.
    [vote] = _votes(make_document, f"3. Business\n{record}\n")
    assert (vote.result, vote.mover, vote.seconder) == ("carried", "Ada Ferrow", "Bram Tollit")
    assert "Tollit" not in (vote.motion or "")


# --- clerks' shorthand for the mover and seconder -------------------------------------------------------------------


@pytest.mark.parametrize(
    "record",
    [
        # Each name marked with its part in brackets: (P)roposed, (S)econded.
        "Cllr Ferrow (P), Cllr Tollit (S) to repaint the shelter. All in favour.",
        "Motion by Ferrow (P) and Tollit (S) to repaint the shelter. Motion carried.",
        # The abbreviated labels, with a full stop or a colon.
        "Prop. Ferrow / Sec. Tollit to repaint the shelter. Carried unanimously.",
        "Prop: Cllr Ferrow  Sec: Cllr Tollit – to repaint the shelter. Carried.",
        # "Motion:" and "Second:" each before a surname, on one line.
        "Motion: Ferrow  Second: Tollit to repaint the shelter. Motion carried 4-0.",
        "MOTION: Ferrow SECONDED: Tollit to repaint the shelter. Motion carried.",
    ],
)
def test_shorthand_marks_and_labels_name_the_mover_and_seconder(make_document, record):
    text = f"1. Bus shelter\n{record}\n"
    assert [(vote.result, vote.mover, vote.seconder) for vote in _votes(make_document, text)] == [
        ("carried", "Ada Ferrow", "Bram Tollit")
    ]


def test_a_bracketed_initial_that_tells_two_members_apart_is_no_mark(make_document):
    # Negative: "(P)" alone after a surname is the initial that tells two members of that surname apart.
    members = [*MEMBERS, Attendee(name="Pat Quarrie", surname="Quarrie")]
    document = make_document("1. Bus shelter\nProposed by Cllr Quarrie (P), seconded by Cllr Tollit. Carried.\n")
    [vote] = extract_votes(document, split_sections(document, extract_items(document)), attendees=members)
    assert (vote.mover, vote.seconder) == ("Pat Quarrie", "Bram Tollit")


@pytest.mark.parametrize(
    "record",
    [
        "Motioned to approve by Ferrow and seconded by Tollit, motion carried.",
        "Motion to pay the bills by Ferrow and seconded by Tollit. Motion carried.",
    ],
)
def test_the_mover_after_the_motion_s_words_then_and_seconded(make_document, record):
    text = f"4. Claims\n{record}\n"
    assert [(vote.result, vote.mover, vote.seconder) for vote in _votes(make_document, text)] == [
        ("carried", "Ada Ferrow", "Bram Tollit")
    ]


def test_a_decision_s_own_reading_of_a_member_gives_way_to_the_vote_s_full_name(make_document, nlp):
    from minutebook.extract.resolutions import extract_resolutions

    document = make_document("4. Claims\nIt was moved by Mr. Ferrow, seconded by Ms. Tollit and carried unanimously to "
                             "pay the claims.\n")
    sections = split_sections(document, extract_items(document))
    resolutions = extract_resolutions(sections, nlp=nlp, lines=document.lines)
    extract_votes(document, sections, attendees=MEMBERS, resolutions=resolutions)
    assert [(r.proposer, r.seconder) for r in resolutions] == [("Ada Ferrow", "Bram Tollit")]
