"""Ways of writing decisions that councils new to the rules use (each seen in several publishers' minutes): thanks that
decide nothing, a motion "agreed" whose words follow in quotes, a request refused in so many words, a voting module's
labels set on lines of their own ("Motion:", "Vote on the / Motion:", "RESULT:"), and a committee's recommendation whose
line break leaves the body's verb at the start of a line."""

from __future__ import annotations

import pytest

from minutebook.extract.items import extract_items, split_sections
from minutebook.extract.resolutions import extract_resolutions


def _texts(make_document, nlp, text):
    document = make_document(text)
    sections = split_sections(document, extract_items(document))
    return [r.text for r in extract_resolutions(sections, nlp=nlp, lines=document.lines)]


@pytest.mark.parametrize(
    ("thanks", "decision"),
    [
        ("The Members thanked the youth club's speakers for their talk and praised the mural they painted.",
         "It was agreed to invite the group back in the spring."),
        ("The Committee thanked Ms Vale for her report on the river walk.",
         "RESOLVED: That the report be noted."),
    ],
)
def test_thanks_decide_nothing(make_document, nlp, thanks, decision):
    text = f"#### 3. Delegation\n\n{thanks}\n\n{decision}\n\n#### 4. Close\n\nClosed at 9.\n"
    assert _texts(make_document, nlp, text) == [decision]


@pytest.mark.parametrize(
    ("lead", "motion"),
    [
        ("On the proposal of Councillor Ashe, seconded by Councillor Brill, the following Motion was agreed.",
         "“That the Members request that the footpath at Mill Cross be resurfaced before the winter.”"),
        ("The following resolution was unanimously adopted by the Members:",
         "That this Council supports the bid for a library at Northgate."),
    ],
)
def test_the_following_motion_agreed_is_the_motion_below(make_document, nlp, lead, motion):
    text = f"#### 5. Notice of Motion\n\n{lead}\n\n{motion}\n\n#### 6. Close\n\nClosed at 9.\n"
    assert _texts(make_document, nlp, text) == [motion]


def test_a_request_refused_after_a_dash(make_document, nlp):
    text = (
        "#### 7. Correspondence\n\nHarbour Rowing Club - requesting donation - not agreed\n\n"
        "Request for a donation from the Lantern Trust – Not approved\n\n"
        "Letter from the Hill Farm about the hedge - noted by the Clerk\n"
    )
    assert _texts(make_document, nlp, text) == [
        "Harbour Rowing Club - requesting donation - not agreed",
        "Request for a donation from the Lantern Trust – Not approved",
    ]


def test_a_voting_modules_labels_on_lines_of_their_own(make_document, nlp):
    text = (
        "#### 2. Agenda Review\n\nChair Lowe reviewed the agenda for the June meeting.\n"
        "Motion:\n\nDirector Pike made the motion to adopt the agenda as printed.\nDirector Ross seconded the motion.\n\n"
        "Vote on the\nMotion:\n\nThe motion PASSED.\n\n"
        "#### 3. Service Contract\n\nMotion:\n\nDirector Ross made the motion to renew the cleaning contract.\n"
        "Director Pike seconded the motion.\n\nDiscussion: The treasurer said the price had not changed. "
        "Director Vale asked about the term. Staff said it ran for a year. Director Lowe asked about the hours. "
        "Staff said the hours were the same. Director Ross asked about the supplies. Staff said they were included. "
        "Director Pike asked about the windows. Staff said they were cleaned monthly.\n\n"
        "RESULT:\n\nPASSED [5 TO 0]\n\nMOVER:\n\nAnn Ross, Director\n\n#### 4. Close\n\nClosed at 9.\n"
    )
    assert _texts(make_document, nlp, text) == [
        "Director Pike made the motion to adopt the agenda as printed. Director Ross seconded the motion. "
        "Vote on the Motion: The motion PASSED.",
        "Director Ross made the motion to renew the cleaning contract. Director Pike seconded the motion. "
        "PASSED [5 TO 0]",
    ]


@pytest.mark.parametrize(
    "recommendation",
    [
        "It is recommended by the Estates Committee that the Board of\nDirectors adopt new parking rules at the depot.",
        "The Finance Committee recommends that the\nCouncil approve the draft budget for next year.",
    ],
)
def test_a_recommendation_whose_line_break_leaves_the_verb_first(make_document, nlp, recommendation):
    text = f"#### 3. Travel Policy\n\n{recommendation}\n\n#### 4. Close\n\nClosed at 9.\n"
    assert _texts(make_document, nlp, text) == []


@pytest.mark.parametrize(
    ("said", "decided"),
    [
        ("Cllr Vane asked if the council wished to plant bulbs on the verges - everyone was in agreement.",
         ["Cllr Vane asked if the council wished to plant bulbs on the verges - everyone was in agreement."]),
        ("The Clerk suggested that visitors sit at the side of the hall. Everyone was in agreement with this.",
         ["The Clerk suggested that visitors sit at the side of the hall. Everyone was in agreement with this."]),
        ("Lottery funding for the play area was discussed. All were in agreement that an application should be made.",
         ["All were in agreement that an application should be made."]),
        ("Cllr Ash proposed moving the bench to the green, all were in agreement.",
         ["Cllr Ash proposed moving the bench to the green, all were in agreement."]),
        ("Cllr Ash asked whether members would like to hold a fete in June; all present were in agreement.",
         ["Cllr Ash asked whether members would like to hold a fete in June; all present were in agreement."]),
        ("Cllr Ash said the bench was too low and everyone was in agreement.", []),
        # A view shared, not a question put: the meeting agrees with what was said, and nothing is to be done.
        ("Cllr Vane suggested the hall was too cold, everyone was in agreement.", []),
        ("Cllr Vane wondered whether the hall was too cold - everyone was in agreement.", []),
        ("Cllr Vane asked if the hall had been too cold, everyone was in agreement.", []),
        ("The Chair said the road was dangerous. Everyone was in agreement that the road is dangerous.", []),
    ],
)
def test_the_meeting_in_agreement(make_document, nlp, said, decided):
    text = f"#### 3. Village matters\n\n{said}\n\n#### 4. Close\n\nClosed at 9.\n"
    assert _texts(make_document, nlp, text) == decided


@pytest.mark.parametrize(
    "movers",
    [
        "Proposed by: Councillor Ashe\nSeconded by: Councillor Brill\nAnd Resolved:",
        "Proposed by: Councillor Ashe\n\nSeconded by: Councillor Brill\n\nAnd Resolved:",
    ],
)
def test_labelled_movers_over_the_resolution_are_not_a_decision_of_their_own(make_document, nlp, movers):
    text = (
        f"#### 6. Annual Meeting\n\n{movers}\n\n“That the Annual Meeting be held at 2pm on Tuesday 17th June.\n\n"
        "#### 7. Close\n\nClosed at 9.\n"
    )
    assert _texts(make_document, nlp, text) == ["Resolved: “That the Annual Meeting be held at 2pm on Tuesday 17th June."]


@pytest.mark.parametrize(
    "decision",
    [
        # A board's outcome alone under the item, by consent or by acclamation, no motion written.
        "Approved by unanimous consent.",
        "Adopted by general consent.",
        "CARRIED BY ACCLAMATION.",
        # The outcome, then what the motion carried.
        "A motion carried to proceed with option two.",
        "The motion passed unanimously that the hall fee rise to $40.",
    ],
)
def test_an_outcome_alone_or_before_its_motion_is_a_decision(make_document, nlp, decision):
    text = f"1. CALL TO ORDER\nThe chair opened the meeting.\n\n2. SKATE PARK\nStaff presented options. {decision}\n\n3. ADJOURNMENT\n"
    assert _texts(make_document, nlp, text) == [f"{decision}"]


def test_an_approval_signature_line_is_no_decision(make_document, nlp):
    # Negative: who approved the minutes, as the signature block gives it, and a thing approved by a person.
    text = ("1. SKATE PARK\nStaff presented options.\n\n2. ADJOURNMENT\nThe meeting adjourned at 8 p.m.\n\n"
            "Approved by: ____________ Chair\nApproved by the treasurer in March, the grant was spent on lights.\n")
    assert _texts(make_document, nlp, text) == []


def _decided(make_document, nlp, sentence):
    document = make_document(f"#### 6. New Business\n\nThe clerk read a letter from the road crew.\n\n{sentence}\n\n"
                             "#### 7. Adjournment\n\nClosed at 8:40 pm.\n")
    sections = split_sections(document, extract_items(document))
    return extract_resolutions(sections, nlp=nlp, lines=document.lines)


@pytest.mark.parametrize(
    ("sentence", "proposer", "seconder"),
    [
        # The thing decided as the subject, the motion it was decided on after it.
        ("Travel to the fall training in Granby was approved on a motion by Crane, seconded by Bell.", "Crane", "Bell"),
        ("Attendance at the assessors' conference was approved after motion by Orme and second by Pell.", "Orme", "Pell"),
        # The board, the subject, left out: the verb first.
        ("Approved attendance at the spring seminar after motion by Crane and second by Bell.", "Crane", "Bell"),
        ("Reappointed Ida Marsh to the Zoning Board thru 12/31/33 after motion by Orme and second by Pell.", "Orme", "Pell"),
        ("Approved by roll call vote the lift station contract after motion by Crane and second by Bell.", "Crane", "Bell"),
    ],
)
def test_a_decision_that_names_its_motion_and_movers(make_document, nlp, sentence, proposer, seconder):
    found = _decided(make_document, nlp, sentence)
    assert [(r.text, r.proposer, r.seconder) for r in found] == [(sentence, proposer, seconder)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Appointed officers were thanked after a motion by Crane.",  # "appointed" an adjective: the verb is "thanked"
        "The treasurer said the levy was approved on a motion by Orme last year.",  # a report of an earlier decision
        "Approved road projects are listed after motion by the Road Commission.",
    ],
)
def test_a_motion_named_beside_no_decision(make_document, nlp, sentence):
    assert _decided(make_document, nlp, sentence) == []


@pytest.mark.parametrize(
    ("sentence", "proposer", "seconder"),
    [
        ("The agenda was approved after motion by Orme and second by Pell.", "Orme", "Pell"),
        ("The bills were approved on a motion by Crane, seconded by Bell.", "Crane", "Bell"),
        ("On a motion by Crane, seconded by Bell, the Board approved the purchase of a mower.", "Crane", "Bell"),
    ],
)
def test_movers_named_by_surname_alone(make_document, nlp, sentence, proposer, seconder):
    found = _decided(make_document, nlp, sentence)
    assert [(r.proposer, r.seconder) for r in found] == [(proposer, seconder)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Approved purchase of a mower for the cemetery.",
        "Approved attendance of the clerk at the elections workshop at a cost of $75.",
        "Approved hiring two seasonal workers for the parks.",
    ],
)
def test_the_boards_approval_written_verb_first_without_its_motion(make_document, nlp, sentence):
    assert [r.text for r in _decided(make_document, nlp, sentence)] == [sentence]


def test_approved_as_an_adjective_opens_no_decision(make_document, nlp):
    assert _decided(make_document, nlp, "Approved minutes will be posted on the township website.") == []


def test_the_mover_after_the_motion_s_words(make_document, nlp):
    sentence = "Motioned to accept by Crane and seconded by Bell unanimous by the board."
    assert [(r.proposer, r.seconder) for r in _decided(make_document, nlp, sentence)] == [("Crane", "Bell")]
