"""A member's suggestion agreed in the same sentence, a matter tabled to a later meeting, and motions that fail however
the minutes say so ("Motion failed." after a roll call, "The motion does not pass."): no decision from a failed one."""

from __future__ import annotations

import pytest

from minutebook.extract.items import extract_items, split_sections
from minutebook.extract.resolutions import extract_resolutions
from minutebook.extract.votes import extract_votes


def _read(make_document, nlp, text):
    document = make_document(f"#### 4. Business\n\n{text}\n")
    sections = split_sections(document, extract_items(document))
    return [r.text for r in extract_resolutions(sections, nlp=nlp, lines=document.lines)], extract_votes(document, sections)


@pytest.mark.parametrize(
    "said",
    [
        "Bo suggested a tombola; this was agreed.",
        "Ann proposed holding the fete on 5 July, which was agreed by all present.",
        "Kit recommended a second litter bin and this was agreed.",
    ],
)
def test_a_suggestion_and_its_assent_in_one_sentence(make_document, nlp, said):
    texts, _ = _read(make_document, nlp, said)
    assert texts == [said]


@pytest.mark.parametrize(
    "said",
    [
        "Tom suggested a tombola; this was discussed at length.",
        "Bo asked whether a tombola had been agreed last year.",
        "Bo suggested the hall was too cold, which was agreed.",  # a view shared, not a proposal adopted
    ],
)
def test_a_suggestion_only_discussed_or_a_question_decides_nothing(make_document, nlp, said):
    texts, _ = _read(make_document, nlp, said)
    assert texts == []


@pytest.mark.parametrize(
    ("said", "decided"),
    [
        ("The request for a new bus shelter was tabled until the next meeting.", True),
        ("Discussion was tabled to next month's meeting.", True),
        ("This item was tabled.", True),
        ("Motion was tabled following a suggestion by Otto Lee.", True),
        ("The motion was tabled at the request of the applicant.", True),
        ("The report was tabled at the meeting and is attached.", False),
        ("The accounts were tabled by the Clerk for information.", False),
    ],
)
def test_tabled_to_a_later_meeting_is_a_decision_laid_before_the_meeting_is_not(make_document, nlp, said, decided):
    texts, _ = _read(make_document, nlp, said)
    assert texts == ([said] if decided else [])


@pytest.mark.parametrize(
    "record",
    [
        "Motion by Hale, seconded by Voss, to rezone the lot. Ayes: Hale, Voss. Nays: Kim, Lee, Park. Motion failed.",
        "Motion by Hale, seconded by Voss, to buy a new truck. The motion does not pass.",
        "Motion by Hale, seconded by Voss, to close the pool. The motion did not carry 2-3.",
    ],
)
def test_a_motion_that_fails_is_a_lost_vote_and_no_decision(make_document, nlp, record):
    texts, votes = _read(make_document, nlp, record)
    assert texts == []
    assert [(v.result, v.mover, v.seconder) for v in votes] == [("lost", "Hale", "Voss")]


def test_a_motion_carried_on_its_roll_call_is_still_a_decision(make_document, nlp):
    record = "Motion by Hale, seconded by Voss, to approve the variance. Ayes: Hale, Voss, Kim. Nays: Lee. Motion carried."
    texts, votes = _read(make_document, nlp, record)
    assert texts == [record]
    assert [(v.result, v.voted_for, v.voted_against) for v in votes] == [("carried", ["Hale", "Voss", "Kim"], ["Lee"])]


@pytest.mark.parametrize(
    "said",
    [
        "The board reached consensus to move the meeting to Tuesdays.",
        "There was general agreement that the website should be updated.",
        "After discussion the meeting agreed not to proceed with the mural.",
    ],
)
def test_consensus_and_agreement_of_the_meeting(make_document, nlp, said):
    texts, _ = _read(make_document, nlp, said)
    assert texts == [said]


@pytest.mark.parametrize(
    "said",
    [
        "There was some agreement with the speaker's view.",
        "The board could not reach consensus on the fee.",
        "There was consensus that the junction is dangerous.",  # an opinion: nothing is to be done
        "Members were unanimous in supporting the volunteers' efforts.",  # praise, not a proposal approved
    ],
)
def test_partial_agreement_or_no_consensus_decides_nothing(make_document, nlp, said):
    texts, _ = _read(make_document, nlp, said)
    assert texts == []


@pytest.mark.parametrize("said", ["Received and filed.", "Approved as read."])
def test_a_bare_disposition_under_its_item(make_document, nlp, said):
    texts, _ = _read(make_document, nlp, f"The treasurer's report for May.\n\n{said}")
    assert len(texts) == 1 and texts[0].endswith(said)


def test_a_motion_label_then_the_mover_and_seconder_paired(make_document, nlp):
    _, votes = _read(make_document, nlp, "MOTION: Hale/Voss to approve the warrant. Motion carried 4-0.")
    assert [(v.mover, v.seconder, v.motion, v.count_for) for v in votes] == [("Hale", "Voss", "to approve the warrant.", 4)]


def test_a_short_bold_lead_in_over_its_list_and_wrapped_entries(make_document, nlp):
    text = (
        "**Committee resolved to:**\n\n"
        "i) Approve the proposals in section 4 of the report and to authorise the\n\n"
        "Deputy Clerk to deliver them within the approved budget\n\n"
        "ii) Note the planting improvements in section 7 of the report\n"
    )
    texts, _ = _read(make_document, nlp, text)
    assert texts == [
        "Committee resolved to: Approve the proposals in section 4 of the report and to authorise the Deputy Clerk to"
        " deliver them within the approved budget",
        "Committee resolved to: Note the planting improvements in section 7 of the report",
    ]


@pytest.mark.parametrize(
    "outcome",
    ["The proposal was carried with 5 votes for and 2 against.", "The motion was carried by 6 votes to 2."],
)
def test_a_proposal_and_its_counted_outcome_are_one_decision(make_document, nlp, outcome):
    proposal = "It was proposed by Cllr Hale and seconded by Cllr Voss that the precept be set at £12,000."
    texts, votes = _read(make_document, nlp, f"{proposal} {outcome}")
    assert texts == [f"{proposal} {outcome}"]
    assert [(v.result, v.mover, v.seconder) for v in votes] == [("carried", "Hale", "Voss")]


def test_a_seconder_named_before_the_verb_is_not_part_of_the_motion(make_document, nlp):
    text = ("Cllr Hale proposed, and Cllr Voss seconded, that the council objects to the application. "
            "A vote was taken: 3 for, 4 against. The motion fell.")
    texts, votes = _read(make_document, nlp, text)
    assert texts == []
    assert [(v.result, v.motion) for v in votes] == [("lost", "that the council objects to the application.")]


@pytest.mark.parametrize(
    "record",
    [
        "The motion was made, seconded and carried to hire a new mowing contractor.",
        "After discussion, a motion was made to increase the dues to $400. The motion was seconded and passed.",
    ],
)
def test_an_association_motion_with_no_mover_named(make_document, nlp, record):
    texts, votes = _read(make_document, nlp, record)
    assert texts == [record]
    assert [v.result for v in votes] == ["carried"]


def test_a_motion_that_died_for_want_of_a_second_decides_nothing(make_document, nlp):
    texts, votes = _read(make_document, nlp, "A motion was made to approve the gate repair. There was no second, so the motion died.")
    assert texts == [] and votes == []


@pytest.mark.parametrize(("outcome", "decided"), [("The motion was carried.", True), ("The motion was lost.", False)])
def test_a_recorded_vote_between_a_proposal_and_its_outcome(make_document, nlp, outcome, decided):
    proposal = "Cllr Hale proposed that the precept be set at £12,000, seconded by Cllr Voss."
    record = (f"{proposal} A recorded vote was taken. For: Cllrs Hale, Voss and Kim. Against: Cllrs Lee and Park. "
              f"Abstain: Cllr Dunn. {outcome}")
    texts, votes = _read(make_document, nlp, record)
    assert texts == ([f"{proposal} {outcome}"] if decided else [])
    assert [(v.result, v.voted_against, v.abstained) for v in votes] == [
        ("carried" if decided else "lost", ["Lee", "Park"], ["Dunn"])
    ]


@pytest.mark.parametrize(
    "said",
    [
        "The Chairman signed the minutes of the meeting held on 4 March as a true record.",
        "After a short debate, councillors voted 5 to 2 to support the application.",
        "Councillors were unanimous in supporting the proposal for a new play area.",
    ],
)
def test_a_parish_councils_other_ways_of_deciding(make_document, nlp, said):
    texts, _ = _read(make_document, nlp, said)
    assert texts == [said]


@pytest.mark.parametrize(
    "said",
    [
        "The Chairman will sign the minutes at the next meeting.",
        "After a short debate, councillors voted 2 to 5 to support the application.",
        "Councillors were not unanimous about the play area.",
    ],
)
def test_and_what_looks_like_them_but_decides_nothing(make_document, nlp, said):
    texts, _ = _read(make_document, nlp, said)
    assert texts == []
