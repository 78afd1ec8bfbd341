"""Votes from short inline minutes: each way councils record a motion put to a vote, and lookalikes."""

from __future__ import annotations

import pytest

from minutebook.extract.items import extract_items, split_sections
from minutebook.extract.records import Attendee, Evidence, Resolution
from minutebook.extract.votes import extract_votes, link_resolutions


def _votes(make_document, text, attendees=()):
    document = make_document(text)
    return extract_votes(document, split_sections(document, extract_items(document)), attendees=attendees)


def _summary(vote):
    return (vote.result, vote.count_for, vote.count_against, vote.count_abstain)


# --- UK and Ireland ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "It was proposed by Cllr. R. Pellow, seconded by Cllr. M. Quarry and unanimously agreed that the grant be paid.",
        "Proposed by Councillor Pellow, seconded by Councillor Quarry, and carried unanimously that the grant be paid.",
    ],
)
def test_proposed_seconded_and_carried_unanimously(make_document, text):
    votes = _votes(make_document, f"#### 4. Grants\n\n{text}\n")
    assert len(votes) == 1
    assert _summary(votes[0]) == ("carried", None, None, None)
    assert votes[0].mover.endswith("Pellow") and votes[0].seconder.endswith("Quarry")
    assert "grant be paid" in votes[0].motion
    assert votes[0].item == "4"


@pytest.mark.parametrize(
    "record",
    ["Proposed Cllr Mold, seconded Cllr Pike; carried unanimously.", "Moved by Cllr Mold, seconded by Cllr Pike. CARRIED"],
)
def test_mover_and_outcome_after_the_resolution(make_document, record):
    text = (
        "CSE/31/16 Minutes of the previous meeting\n"
        "RESOLVED: That the minutes of the meeting held on 2 May be approved as a correct record.\n"
        f"{record}\n"
    )
    attendees = [Attendee(name="Tess Mold", surname="Mold"), Attendee(name="Owen Pike", surname="Pike")]
    [vote] = _votes(make_document, text, attendees)
    assert (vote.result, vote.mover, vote.seconder) == ("carried", "Tess Mold", "Owen Pike")
    assert vote.motion.startswith("RESOLVED: That the minutes")


@pytest.mark.parametrize(
    "record",
    [
        "Cllr Mrs Tarrant proposed renewing the hall lease seconded by Cllr Ockley.   **Unanimously Agreed**",
        "Renewing the hall lease was proposed by Cllr Tarrant, seconded by Cllr Ockley - Unanimously agreed.",
        "Cllr Tarrant proposed renewing the hall lease, seconded by Cllr Ockley.  Agreed.",
        "To renew the hall lease: proposed Cllr Tarrant, seconded Cllr Ockley, all agreed.",
    ],
)
def test_proposed_seconded_then_agreed_on_its_own(make_document, record):
    [vote] = _votes(make_document, f"5. Village Hall\n\n{record}\n")
    assert (vote.result, vote.count_for, vote.item) == ("carried", None, "5")
    assert vote.mover.endswith("Tarrant") and vote.seconder.endswith("Ockley")


@pytest.mark.parametrize(
    "text",
    [
        "The clerk reported on the hall lease. Agreed.",  # no motion moved and seconded
        "Cllr Tarrant proposed renewing the hall lease. Agreed.",  # moved, never seconded
        "Cllr Tarrant proposed renewing the hall lease, seconded by Cllr Ockley. The clerk will write to the trustees"
        " before the next meeting about the hall, as agreed.",  # "agreed" far from the motion
    ],
)
def test_bare_agreed_without_a_seconded_motion_is_no_vote(make_document, text):
    assert _votes(make_document, f"5. Village Hall\n\n{text}\n") == []


@pytest.mark.parametrize(
    "tally, counts",
    [
        ("5 Votes for 2 Votes against.  Carried", (5, 2, None)),
        ("5 votes for, 1 against and 1 abstention - Carried", (5, 1, 1)),
        ("5 Votes for 2 Abstentions - Carried", (5, None, 2)),
    ],
)
def test_votes_for_and_against_written_in_words(make_document, tally, counts):
    text = f"9. Bus Shelter\n\nCllr Tarrant proposed a new shelter, seconded by Cllr Ockley.  {tally}\n"
    [vote] = _votes(make_document, text)
    assert (vote.count_for, vote.count_against, vote.count_abstain) == counts
    assert vote.result == "carried"


def test_for_a_number_of_years_is_no_count(make_document):
    text = (
        "9. Bus Shelter\n\nCllr Tarrant proposed leasing the shelter for 2 years at 30 pounds, seconded by Cllr Ockley."
        "  Carried.\n"
    )
    [vote] = _votes(make_document, text)
    assert (vote.count_for, vote.count_against) == (None, None)


@pytest.mark.parametrize(
    "record",
    [
        "Harlow moved to approve the dredging contract.  Quill seconded the motion.  The motion passed 3-0.",
        "Harlow moved the commissioners approve the dredging contract and Quill seconded.  The motion was approved 3-0.",
        "Harlow made a motion to approve the dredging contract.  Quill seconded.  The motion passed 3-0.",
    ],
)
def test_surname_alone_moves_and_seconds(make_document, record):
    attendees = [Attendee(name="Ada Harlow", surname="Harlow"), Attendee(name="Tom Quill", surname="Quill")]
    [vote] = _votes(make_document, f"# DREDGING CONTRACT\n{record}\n", attendees)
    assert (vote.mover, vote.seconder) == ("Ada Harlow", "Tom Quill")
    assert (vote.result, vote.count_for, vote.count_against) == ("carried", 3, 0)
    assert "dredging contract" in vote.motion


@pytest.mark.parametrize(
    "text",
    [
        "The barge moved to the north dock.  The motion passed 3-0.",  # a thing that moved moves no motion
        "Staff removed the signs.  It seconded nothing.  The motion passed 3-0.",
    ],
)
def test_surname_lookalikes_name_no_mover(make_document, text):
    [vote] = _votes(make_document, f"# DOCKS\n{text}\n")
    assert (vote.mover, vote.seconder) == (None, None)


@pytest.mark.parametrize(
    "record",
    [
        "Commissioner Harlow made a motion to approve the bills.  Commissioner Quill seconded the motion.  The motion is approved.",
        "Motion by Harlow, second by Quill, to approve the bills.  The motion was unanimously approved.",
    ],
)
def test_motion_approved(make_document, record):
    [vote] = _votes(make_document, f"# BILLS\n{record}\n")
    assert (vote.result, vote.count_for) == ("carried", None)
    assert vote.mover.endswith("Harlow") and vote.seconder.endswith("Quill")


def test_plan_approved_by_the_board_is_no_vote_of_a_motion(make_document):
    text = "# PLANS\nThe drainage plan was approved by the state last spring and work starts in June.\n"
    assert _votes(make_document, text) == []


@pytest.mark.parametrize("opener", ["RESOLVED (unanimously) that", "RESOLVED (nem. con.): That"])
def test_resolved_unanimously_in_brackets(make_document, opener):
    [vote] = _votes(make_document, f"#### 9. Allotments\n\n{opener} the allotment rents be frozen.\n")
    assert (vote.result, vote.count_for) == ("carried", None)
    assert "allotment rents be frozen" in vote.motion


@pytest.mark.parametrize(
    "outcome, result",
    [
        ("On being put to the vote the motion was CARRIED.", "carried"),
        ("On being put to the vote the motion was LOST.", "lost"),
        ("The motion was put to the vote and was declared lost.", "lost"),
    ],
)
def test_put_to_the_vote(make_document, outcome, result):
    text = (
        "#### 6. Car Parks\n\nCouncillor Dunmore moved that charges be frozen for a year. "
        f"Councillor Elwes seconded the motion.\n\n{outcome}\n"
    )
    votes = _votes(make_document, text)
    assert [(v.result, v.mover, v.seconder) for v in votes] == [(result, "Dunmore", "Elwes")]


@pytest.mark.parametrize(
    "counts",
    [
        "(For 45, Against 12, Abstain 3)",
        "For: 45 Against: 12 Abstentions: 3",
        "45 in favour, 12 against and 3 abstentions",
        "by 45 votes to 12, with 3 abstentions",
    ],
)
def test_stated_counts(make_document, counts):
    text = (
        "#### 7. Budget\n\nIt was moved by Cllr Ashby, seconded by Cllr Brant, that the budget be approved. "
        f"On being put to the vote the motion was carried {counts}.\n"
    )
    votes = _votes(make_document, text)
    assert [_summary(v) for v in votes] == [("carried", 45, 12, 3)]


def test_named_division_lists_under_headings_with_totals(make_document):
    text = (
        "#### 3. Rates\n\nCouncillor Vance proposed that the rate be held. This was seconded by Councillor Wren. "
        "A vote was taken which resulted as follows:\n\n**For**\n\n"
        "Councillors Abney, Birch (T), Birch (P), Colley,\n\nDrury, Wren. **(6)**\n\n"
        "**Against**\n\nCouncillors Vance, Ennis. **(2)**\n\n**Abstention**\n\nCouncillor Fane. **(1)**\n\n"
        "The Mayor declared the proposal carried.\n"
    )
    [vote] = _votes(make_document, text)
    assert _summary(vote) == ("carried", 6, 2, 1)
    assert vote.voted_for == ["Abney", "T Birch", "P Birch", "Colley", "Drury", "Wren"]
    assert vote.voted_against == ["Vance", "Ennis"]
    assert vote.abstained == ["Fane"]
    assert vote.item == "3"


def test_division_lists_in_columns_of_a_table(make_document):
    text = (
        "#### 5. Library Hours\n\nProposed by Cllr Ormsby, seconded by Cllr Pike, that the hours be extended.\n\n"
        "A recorded vote was taken:\n\n| FOR | AGAINST | ABSTAIN |\n|---|---|---|\n"
        "| Cllr Ormsby | Cllr Rudd | Cllr Tate |\n| Cllr Pike | Cllr Sale | |\n| Cllr Quinn | | |\n\n"
        "The motion was carried.\n"
    )
    [vote] = _votes(make_document, text)
    assert vote.result == "carried"
    assert vote.voted_for == ["Ormsby", "Pike", "Quinn"]
    assert vote.voted_against == ["Rudd", "Sale"]
    assert vote.abstained == ["Tate"]


def test_division_lists_in_columns_split_by_wide_gaps(make_document):
    text = (
        "7. Council Tax\n\nIt was moved by Councillor Ormsby and seconded by Councillor Pike that the budget be approved.\n"
        "A recorded vote was taken:\nFOR\tAGAINST\tABSTAIN\nCouncillor Ormsby\tCouncillor Rudd\tCouncillor Tate\n"
        "Councillor Pike\tCouncillor Sale\tCouncillor Umber\n\nThe motion was CARRIED.\n"
    )
    [vote] = _votes(make_document, text)
    assert (vote.voted_for, vote.voted_against, vote.abstained) == (["Ormsby", "Pike"], ["Rudd", "Sale"], ["Tate", "Umber"])
    assert vote.result == "carried"


def test_amendment_lost_before_the_substantive_motion(make_document):
    text = (
        "#### 8. Parking Strategy\n\nCouncillor Hale moved that the strategy be adopted, seconded by Councillor Ince.\n\n"
        "An amendment was moved by Councillor Jory, seconded by Councillor Kemp, that the strategy be deferred. "
        "On being put to the vote the amendment was LOST.\n\n"
        "The Mayor then directed that a vote be taken on the motion proposed by Councillor Hale, seconded by Councillor Ince. "
        "On being put to the vote the motion was CARRIED.\n"
    )
    votes = _votes(make_document, text)
    assert [(v.result, v.mover, v.seconder) for v in votes] == [
        ("lost", "Jory", "Kemp"),
        ("carried", "Hale", "Ince"),
    ]


@pytest.mark.parametrize(
    "text, result",
    [
        ("The votes being equal, the Chairman used his casting vote in favour of the motion.", "carried"),
        ("There being an equality of votes, the Chair gave a casting vote against, and the motion fell.", "lost"),
        ("The vote was tied (4-4).", "tied"),
    ],
)
def test_tied_votes_and_the_casting_vote(make_document, text, result):
    votes = _votes(make_document, f"#### 2. Signage\n\nCllr Lomax moved that the signs be replaced, seconded by Cllr Mabey. {text}\n")
    assert [v.result for v in votes] == [result]


def test_withdrawn_motion(make_document):
    text = "#### 9. Bins\n\nCllr Nairn moved that collections be weekly. After discussion the motion was withdrawn.\n"
    assert [v.result for v in _votes(make_document, text)] == ["withdrawn"]


# --- US and Canada -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Motion by Councilmember Arden, seconded by Councilmember Blaine, to approve the paving contract. "
        "Ayes: Arden, Blaine, Corso. Nays: Dunne. Absent: Egan. Motion carried 3-1.",
        "Councilmember Arden moved to approve the paving contract. Councilmember Blaine seconded the motion. "
        "AYES: Arden, Blaine, Corso\nNAYS: Dunne\nABSENT: Egan\nThe motion carried 3-1.",
    ],
)
def test_roll_call_lists_and_tally(make_document, text):
    [vote] = _votes(make_document, f"#### 5. Paving\n\n{text}\n")
    assert _summary(vote) == ("carried", 3, 1, None)
    assert (vote.mover, vote.seconder) == ("Arden", "Blaine")
    assert vote.voted_for == ["Arden", "Blaine", "Corso"]
    assert vote.voted_against == ["Dunne"]
    assert "Egan" not in vote.voted_for + vote.voted_against + vote.abstained


@pytest.mark.parametrize(
    "roll",
    [
        "Councilmember Arden: Aye; Councilmember Blaine: No; Vice Mayor Corso: Aye; Mayor Dunne: Aye. Ayes: 3; Noes: 1.",
        "Supervisors Arden aye, Blaine nay, Corso aye, Dunne aye. Motion carried 3-1.",
    ],
)
def test_each_member_answers_in_turn(make_document, roll):
    text = (
        "#### 4. Fees\n\nCouncilmember Corso moved approval of the fee schedule. Mayor Dunne seconded the motion, "
        f"which carried by the following roll call vote: {roll}\n"
    )
    [vote] = _votes(make_document, text)
    assert _summary(vote) == ("carried", 3, 1, None)
    assert vote.voted_for == ["Arden", "Corso", "Dunne"]
    assert vote.voted_against == ["Blaine"]


def test_supervisors_aye_and_carried_unanimously(make_document):
    text = (
        "## OLD BUSINESS\n\nSupervisor Nora Pell makes a motion to buy a new mower, Supervisor Otto Quade seconds the motion. "
        "Supervisors Nora Pell aye, Otto Quade aye, Rita Sole aye. Motion carried unanimously.\n\n"
        "Supervisor Rita Sole makes a motion to adjourn, Supervisor Otto Quade seconds the motion. "
        "Supervisors Nora Pell aye, Otto Quade aye, Rita Sole aye. Meeting adjourned at 8:10 pm.\n"
    )
    attendees = [Attendee(name=n, surname=n.split()[-1]) for n in ("Nora Pell", "Otto Quade", "Rita Sole")]
    votes = _votes(make_document, text, attendees)
    assert [(v.result, v.mover, v.seconder, v.count_for) for v in votes] == [
        ("carried", "Nora Pell", "Otto Quade", None),
        ("carried", "Rita Sole", "Otto Quade", None),
    ]
    assert all(v.voted_for == ["Nora Pell", "Otto Quade", "Rita Sole"] for v in votes)
    assert votes[0].motion == "to buy a new mower"


@pytest.mark.parametrize(
    "text",
    [
        "Board Member Tull made a motion to approve the minutes. Board Member Ueda seconded the motion. The motion passed 6-0.",
        "MOVED: Tull SECONDED: Ueda to approve the minutes. The motion passed 6-0.",
    ],
)
def test_motion_passed_with_a_tally(make_document, text):
    [vote] = _votes(make_document, f"#### 8. Minutes\n\n{text}\n")
    assert _summary(vote) == ("carried", 6, 0, None)
    assert (vote.mover, vote.seconder) == ("Tull", "Ueda")


def test_label_block_with_values_beside_the_labels(make_document):
    text = (
        "#### C. Service Changes\n\nMotion: Director Vail made the motion to approve the service changes.\n\n"
        "RESULT: ADOPTED [9 TO 2 WITH 1 ABSTENTION]\nMOVER: Wanda Vail, Director\nSECONDER: Yusuf Zane, Director\n"
        "AYES: Amble, Bose, Cruz, Diaz, Vail, Zane, Eng, Fox, Gil\nNAYS: Hay, Ito\nABSTAIN: Jax\nABSENT: Kirk\n"
    )
    [vote] = _votes(make_document, text)
    assert _summary(vote) == ("carried", 9, 2, 1)
    assert (vote.mover, vote.seconder) == ("Vail", "Yusuf Zane")
    assert vote.voted_against == ["Hay", "Ito"] and vote.abstained == ["Jax"] and len(vote.voted_for) == 9


def test_label_block_with_values_in_a_column_after_the_labels(make_document):
    text = (
        "#### C. Service Changes\n\nDirector Vail made the motion to approve the service changes.\n"
        "Director Zane seconded the motion.\n"
        "RESULT:\nMOVER:\nSECONDER:\nAYES:\nNAYS:\nABSTAIN:\nABSENT:\n\n"
        "PASSED [9 TO 2 WITH 1 ABSTENTION]\nWanda Vail, Director, District B\nYusuf Zane, Director, District F\n"
        "Amble, Bose, Cruz, Diaz, Vail,\nZane, Eng, Fox, Gil\nHay, Ito\nJax\nKirk\n\n"
        "The Chair declared the motion PASSED.\n"
    )
    votes = _votes(make_document, text)
    assert len(votes) == 1
    vote = votes[0]
    assert _summary(vote) == ("carried", 9, 2, 1)
    assert vote.voted_against == ["Hay", "Ito"] and vote.abstained == ["Jax"]
    assert vote.voted_for[-1] == "Gil"


def test_label_block_with_values_under_their_labels(make_document):
    text = (
        "#### B. Bus Purchase\n\nDirector Vail made the motion to approve the purchase.\n"
        "RESULT:\nPASSED COMMITTEE [6 TO 2]\nMOVER:\nWanda Vail, Director, District B\n"
        "SECONDER: Yusuf Zane, Director, District F\nAYES: Amble, Bose, Cruz,\nDiaz, Vail, Zane\n"
        "NAYS: Hay, Ito\nABSENT:\nKirk\nThe Chair declared the motion PASSED.\n"
    )
    [vote] = _votes(make_document, text)
    assert _summary(vote) == ("carried", 6, 2, None)
    assert (vote.mover, vote.seconder) == ("Vail", "Yusuf Zane")
    assert vote.voted_for == ["Amble", "Bose", "Cruz", "Diaz", "Vail", "Zane"]
    assert vote.voted_against == ["Hay", "Ito"]


def test_consent_calendar_approved_in_one_vote(make_document):
    text = (
        "CONSENT CALENDAR\n\nCouncilmember Roe moved approval of the Consent Calendar. Councilmember Shaw seconded the "
        "motion, which carried by unanimous roll call vote: Councilmember Roe: Aye; Councilmember Shaw: Aye; "
        "Mayor Tam: Aye. Ayes: 3.\n"
    )
    [vote] = _votes(make_document, text)
    assert _summary(vote) == ("carried", 3, None, None)
    assert vote.motion == "approval of the Consent Calendar."
    assert vote.voted_for == ["Roe", "Shaw", "Tam"]


@pytest.mark.parametrize("outcome, result", [("Carried.", "carried"), ("Defeated.", "lost")])
def test_numbered_resolution_headed_by_mover_and_seconder(make_document, outcome, result):
    text = (
        "R2031-44 K. Lusk, M. Nye:\nTHAT Council approves the purchase of a grader.\n"
        f"{outcome}\nR2031-45 M.Nye, K. Lusk:\nThat the meeting be adjourned. Carried.\n"
    )
    attendees = [Attendee(name="Kim Lusk", surname="Lusk"), Attendee(name="Mara Nye", surname="Nye")]
    votes = _votes(make_document, text, attendees)
    assert [(v.item, v.result, v.mover, v.seconder) for v in votes] == [
        ("R2031-44", result, "Kim Lusk", "Mara Nye"),
        ("R2031-45", "carried", "Mara Nye", "Kim Lusk"),
    ]
    assert votes[0].motion == "THAT Council approves the purchase of a grader."


def test_prose_positions_alongside_a_tally(make_document):
    text = (
        "#### IX. Minutes\n\nDirector Amble made the motion to approve the minutes. Director Bose seconded the motion. "
        "The motion passed with 4 in favor (Amble, Bose, Cruz, Diaz) and 1 opposed (Eng). Director Fox abstained.\n"
    )
    [vote] = _votes(make_document, text)
    assert _summary(vote) == ("carried", 4, 1, None)
    assert vote.voted_for == ["Amble", "Bose", "Cruz", "Diaz"]
    assert vote.voted_against == ["Eng"]
    assert vote.abstained == ["Fox"]


@pytest.mark.parametrize(
    "text",
    [
        "MOTION: COUNCILMEMBER ORTIZ moved to approve the grant, seconded by COUNCILMEMBER VALE.\n"
        "The motion carried, 3-1, by the following roll call vote:\n"
        "AYES: COUNCILMEMBER ORTIZ, COUNCILMEMBER VALE, MAYOR WACE\nNOES: COUNCILMEMBER YORK\nABSTAIN: NONE\nABSENT: NONE",
        "Motion made by Councilmember Ortiz, seconded by Councilmember Vale, to approve the grant.\n"
        "Vote: 3 yea, 1 nay, 0 abstain. Motion carries.\n"
        "Council Member Ortiz  Yes\nCouncil Member Vale  Yes\nMayor Wace  Yes\nCouncil Member York  No",
    ],
)
def test_capitalised_roll_calls_and_present_tense_outcomes(make_document, text):
    [vote] = _votes(make_document, f"#### 5.1 Grant\n\n{text}\n")
    assert (vote.result, vote.count_for, vote.count_against) == ("carried", 3, 1)
    assert vote.mover.lower() == "ortiz" and vote.seconder.lower() == "vale"
    assert [name.lower() for name in vote.voted_for] == ["ortiz", "vale", "wace"]
    assert [name.lower() for name in vote.voted_against] == ["york"]
    assert vote.abstained == []


@pytest.mark.parametrize(
    "tally",
    [
        "which carried by the following voice vote: Ayes: Councilmembers Amble, deWitt and Mayor Cole – 3. "
        "Noes: Councilmember Dunn – 1. Abstention: Vice Mayor Egan – 1.",
        "which carried by the following voice vote: Ayes\nCouncilmembers Amble, deWitt and Mayor Cole – 3.\n"
        "Noes: Councilmember Dunn – 1.\nAbstention: Vice Mayor Egan – 1.\nMayor Cole stated the item would return.",
    ],
)
def test_voice_vote_lists_with_their_totals(make_document, tally):
    text = f"#### 6. Leases\n\nCouncilmember Amble moved approval of the lease. Councilmember deWitt seconded the motion, {tally}\n"
    [vote] = _votes(make_document, text)
    assert _summary(vote) == ("carried", 3, 1, 1)
    assert vote.voted_for == ["Amble", "deWitt", "Cole"]
    assert (vote.voted_against, vote.abstained) == (["Dunn"], ["Egan"])


@pytest.mark.parametrize("record", ["M/C/S Vice Chair Fenn / Commissioner Gale", "M/S Vice Chair Fenn/ Commissioner Gale"])
def test_moved_seconded_initials_under_the_motion(make_document, record):
    text = (
        "#### 4-A Park Design\n\nVice Chair Fenn made a motion that the Commission approve the park design.\n"
        f"{record}\nAll present in favor with a 4 – 0 vote.\n"
    )
    [vote] = _votes(make_document, text)
    assert (vote.result, vote.count_for, vote.count_against, vote.mover, vote.seconder) == ("carried", 4, 0, "Fenn", "Gale")
    assert "approve the park design" in vote.motion


def test_motion_by_second_by(make_document):
    text = (
        "## MINUTES/DISBURSEMENTS\n\nMotion by Ida Vance, second by Otto Quade to approve the minutes as presented. "
        "Motion carried.\n\nThe Second Reading of the by-law was deferred.\n"
    )
    [vote] = _votes(make_document, text)
    assert (vote.result, vote.mover, vote.seconder) == ("carried", "Ida Vance", "Otto Quade")
    assert vote.motion == "to approve the minutes as presented."


def test_hearing_closed_with_all_in_favor(make_document):
    text = (
        "#### 7. Public Hearing\n\nHearing no further comments, the hearing was closed, on a motion made by "
        "Councilmember Irwin seconded by Councilmember Jasso, with all in favor.\n"
    )
    [vote] = _votes(make_document, text)
    assert (vote.result, vote.mover, vote.seconder) == ("carried", "Irwin", "Jasso")


def test_a_proposal_resolved_without_a_vote_gives_its_mover_to_no_later_vote(make_document):
    filler = "The Director outlined the background to the scheme at some length. " * 20
    text = (
        "#### 11. Development Plan\n\nProposed by Councillor Roche;\n\nSeconded by Councillor Shaw;\n\n"
        "And Resolved:\n\n“That the variation to the plan be made.”\n\n"
        f"#### 12. Notice of Motion submitted by Councillor Tully\n\nI will move at the next Meeting that a letter be sent. {filler}\n\n"
        "The Motion was seconded by Councillor Usher and unanimously agreed.\n"
    )
    [vote] = _votes(make_document, text)
    assert (vote.result, vote.mover, vote.seconder) == ("carried", "Tully", "Usher")


# --- lookalikes ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # A proposal agreed without a vote recorded.
        "On the proposal of Councillor Ames, seconded by Councillor Bell, it was agreed to adjourn for ten minutes.",
        "The report was noted by the members having been proposed by Cllr. C. Dale and seconded by Cllr. E. Fry.",
        # Outcome words in other senses.
        "The works will be carried out in the spring and the Clerk reported that the grant had passed to the county.",
        "It is proposed to dispose of the land at Mill Lane. The officer said the scheme had been carried forward.",
        "Planning: Proposed Extension and Garage, Mill Farm. No objections. As this item was not ready it was withdrawn.",
        "The second reading of the by-law will be held for 2 years. Members asked whether Councillors Gray and Holt voted against it.",
        "The Chair thanked all those in favour of the new logo for their letters.",
        "The developer will invest $2 million into Building 91 for renovations, and 12 for the car park.",
        # A discussion that mentions a vote taken elsewhere.
        "Councillor Irwin said the county had voted against the scheme last year; no motion was put.",
    ],
)
def test_lookalikes_give_no_vote(make_document, text):
    assert _votes(make_document, f"#### 3. Other Business\n\n{text}\n") == []


def test_a_vote_fills_the_mover_of_the_resolution_it_decided():
    from minutebook.extract.records import Vote

    resolution = Resolution(item="4", text="RESOLVED that the grant be paid.", evidence=Evidence(1, 10, 10))
    vote = Vote(item="4", motion="that the grant be paid", mover="Ann Pellow", seconder="Max Quarry",
                evidence=Evidence(1, 9, 10))
    link_resolutions([vote], [resolution])
    assert vote.resolution == 1
    assert (resolution.proposer, resolution.seconder) == ("Ann Pellow", "Max Quarry")


@pytest.mark.parametrize("result", ["lost", "withdrawn"])
def test_a_lost_amendment_decides_no_resolution(result):
    from minutebook.extract.records import Vote

    # "A moved to adopt the study. B moved to amend it. The amendment failed 2-3. The main motion carried 4-1."
    resolution = Resolution(item="2", text="A moved to adopt the study. … The main motion carried 4-1.",
                            evidence=Evidence(1, 9, 10))
    amendment = Vote(item="2", motion="to amend the motion", mover="Ben Vance", result=result, evidence=Evidence(1, 9, 9))
    main = Vote(item="2", motion="The main motion", result="carried", evidence=Evidence(1, 10, 10))
    link_resolutions([amendment, main], [resolution])
    assert (amendment.resolution, main.resolution) == (None, 1)
    assert resolution.proposer is None


# --- Movers and seconders in brackets, on label lines, or mover first ------------------------------


@pytest.mark.parametrize(
    "text, motion",
    [
        ("Approve the paving contract – R. Dunn (motion), T. Ames (second). All in favor.", "Approve the paving contract"),
        ("Motion (Dunn)/Second (Ames) to approve the paving contract\n\nAyes: 4; Noes: 1; Absent: Cole",
         "to approve the paving contract"),
        ("The clerk read the bids.\n\nMotion: Trustee Dunn\nSecond: Trustee Ames\nVote: 4-1, motion carried.", None),
        ("Council Member Dunn, seconded by Council Member Ames, moved to approve the paving contract. "
         "The motion passed 4 to 1.", "to approve the paving contract"),
        ("MOTION: Council Member Dunn MOVED to approve the paving contract. The motion was SECONDED by Council "
         "Member Ames. The motion passed 4-1.", "to approve the paving contract"),
    ],
)
def test_mover_and_seconder_in_brackets_labels_or_mover_first(make_document, text, motion):
    votes = _votes(make_document, f"#### 7. Paving\n\n{text}\n")
    assert len(votes) == 1
    assert votes[0].mover.endswith("Dunn") and votes[0].seconder.endswith("Ames")
    assert votes[0].result == "carried"
    if motion is not None:
        assert votes[0].motion.startswith(motion)
    if "4" in text:
        assert (votes[0].count_for, votes[0].count_against) == (4, 1)


def test_named_roll_call_lines_in_lower_case(make_document):
    text = (
        "#### 9. Sidewalks\n\nCouncilmember Dunn moved to award the sidewalk contract; seconded by Councilmember Ames.\n"
        "Councilmember Dunn – aye\nCouncilmember Ames – aye\nCouncilmember Cole – nay\nThe motion carried 2-1.\n"
    )
    votes = _votes(make_document, text)
    assert len(votes) == 1
    assert votes[0].voted_for == ["Dunn", "Ames"] and votes[0].voted_against == ["Cole"]


def test_bracketed_words_and_labels_that_are_no_movers(make_document):
    text = (
        "#### 3. Reports\n\nThe report (second edition) was circulated.\n\n"
        "Motion: To be considered at the next meeting\n\nThe road (motion sensor lights) was discussed.\n"
    )
    assert _votes(make_document, text) == []


def test_outcome_first_with_its_tally_in_brackets(make_document):
    votes = _votes(make_document, "#### 10. Budget\n\nApproved on a motion by Ferris, seconded by Lund (5-0).\n")
    assert len(votes) == 1
    assert (votes[0].mover, votes[0].seconder) == ("Ferris", "Lund")
    assert _summary(votes[0]) == ("carried", 5, 0, None)
    assert _votes(make_document, "#### 11. Films\n\nPassed by the motion picture club (5-0 in 2019), the film was shown.\n") == []


@pytest.mark.parametrize(
    "text",
    [
        "MOTION by Trustee Ferris, SECOND by Trustee Lund to approve the claims.\nAYES: Ferris, Lund, Moss\nNAYS: None\n"
        "MOTION CARRIED.",
        "Motion to approve the claims made by Ferris, seconded by Lund. All in favor. Motion carried.",
        "Ferris/Lund moved to approve the claims. Carried 3-0.",
        "On motion of Commissioner Ferris, seconded by Commissioner Lund, the claims were approved. Motion carried.",
    ],
)
def test_more_ways_to_name_the_mover_and_seconder(make_document, text):
    votes = _votes(make_document, f"#### 5. Claims\n\n{text}\n")
    assert len(votes) == 1
    assert votes[0].mover.endswith("Ferris") and votes[0].seconder.endswith("Lund")
    assert votes[0].result == "carried"
    assert "approve" in votes[0].motion or "approved" in votes[0].motion


def test_legistar_tally_with_count_then_names(make_document):
    text = (
        "#### 9. Fees\n\nA motion was made by Council Member Ferris, seconded by Council Member Lund, that this "
        "Resolution be Adopted. The motion carried by the following vote:\nAye: 3 - Ferris, Lund and Moss\nNay: 1 - Ruiz\n"
    )
    votes = _votes(make_document, text)
    assert len(votes) == 1
    assert votes[0].voted_for == ["Ferris", "Lund", "Moss"] and votes[0].voted_against == ["Ruiz"]
    assert (votes[0].count_for, votes[0].count_against) == (3, 1)


def test_slashes_and_made_by_lookalikes(make_document):
    text = (
        "#### 6. Roads\n\nThe and/or clause was read. Smith/Jones Ltd moved its depot to the bypass.\n\n"
        "The motion to defer was made by nobody in particular.\n"
    )
    assert _votes(make_document, text) == []


def test_vote_was_tally_all_voted_aye_and_dashed_roll_call(make_document):
    text = (
        "#### 4. Claims\n\nCommissioner Ferris moved to pay the claims, seconded by Commissioner Lund. "
        "The vote was 4-1 in favor.\n\n"
        "#### 5. Agenda\n\nFerris moved to approve the agenda. Lund seconded. All voted aye.\n\n"
        "#### 6. Bills\n\nTrustee Ferris moved to pay the bills, seconded by Trustee Lund. "
        "Roll call: Ferris - yes, Lund - yes, Moss - no.\n"
    )
    votes = _votes(make_document, text)
    assert [_summary(vote) for vote in votes] == [
        ("carried", 4, 1, None), ("carried", None, None, None), ("carried", None, None, None)
    ]
    assert votes[2].voted_for == ["Ferris", "Lund"] and votes[2].voted_against == ["Moss"]


@pytest.mark.parametrize(
    "outcome",
    ["All were in favor.", "All members present voted in favour.", "Vote: all in favor.", "All Ayes.",
     "Passed unanimously.", "Approved unanimously."],
)
def test_all_in_favor_closes_the_motion_just_moved(make_document, outcome):
    text = f"#### 7. Culverts\n\nMotion by Hollis, seconded by Brandt, to replace the culvert on Fenn Road. {outcome}\n"
    votes = _votes(make_document, text)
    assert len(votes) == 1
    assert _summary(votes[0]) == ("carried", None, None, None)
    assert (votes[0].mover, votes[0].seconder, votes[0].item) == ("Hollis", "Brandt", "7")


@pytest.mark.parametrize(
    "text",
    [
        "Mayor Hollis asked whether all were in favor of a second workshop; all were in favor.",
        "Hollis moved to replace the culvert. Brandt seconded.\n\n#### 8. Library\n\nAll were in favor of longer hours.",
    ],
)
def test_all_in_favor_of_no_open_motion_is_no_vote(make_document, text):
    assert _votes(make_document, f"#### 7. Culverts\n\n{text}\n") == []


@pytest.mark.parametrize(
    "roll",
    ["Roll call: Hollis-aye, Brandt-aye, Quade-nay. Motion carried.",
     "Roll call: Hollis – yes, Brandt – yes, Quade – no. Motion passes."],
)
def test_dashed_roll_call_with_or_without_spaces(make_document, roll):
    text = f"#### 7. Culverts\n\nTrustee Hollis moved to replace the culvert, seconded by Trustee Brandt. {roll}\n"
    votes = _votes(make_document, text)
    assert len(votes) == 1
    assert votes[0].voted_for == ["Hollis", "Brandt"] and votes[0].voted_against == ["Quade"]
    assert votes[0].result == "carried"


@pytest.mark.parametrize(
    "block",
    [
        "Ayes:\nHollis\nBrandt\nQuade\nNays:\nMarsh\nAbstain:\nTeale\n",
        "| Ayes |\n|---|\n| Hollis |\n| Brandt |\n| Quade |\n\n| Nays |\n|---|\n| Marsh |\n\n| Abstain |\n|---|\n| Teale |\n",
    ],
)
def test_one_member_a_line_under_side_headings(make_document, block):
    text = f"#### 7. Culverts\n\nMotion by Hollis, seconded by Brandt, to replace the culvert on Fenn Road.\n\n{block}"
    votes = _votes(make_document, text)
    assert len(votes) == 1
    assert votes[0].voted_for == ["Hollis", "Brandt", "Quade"]
    assert votes[0].voted_against == ["Marsh"] and votes[0].abstained == ["Teale"]


def test_a_list_running_on_over_lines_stays_one_list(make_document):
    text = "#### 7. Culverts\n\nMotion by Hollis to replace the culvert.\n\nFor:\nCouncillors Hollis, Brandt,\nQuade and Marsh\n"
    votes = _votes(make_document, text)
    assert votes[0].voted_for == ["Hollis", "Brandt", "Quade", "Marsh"]


@pytest.mark.parametrize(
    ("record", "summary"),
    [
        ("Councilor Hollis moved to replace the culvert. Councilor Brandt seconded. Moved 5-0.", ("carried", 5, 0, None)),
        ("Motion by Hollis, seconded by Brandt, to replace the culvert (4-0-1).", ("carried", 4, 0, 1)),
        ("Motion by Hollis, seconded by Brandt, to replace the culvert. (2-3)", ("lost", 2, 3, None)),
        ("Moved by Cllr Hollis, seconded by Cllr Brandt, to replace the culvert. Carried 6-1-1.", ("carried", 6, 1, 1)),
    ],
)
def test_short_tallies(make_document, record, summary):
    votes = _votes(make_document, f"#### 7. Culverts\n\n{record}\n")
    assert len(votes) == 1
    assert _summary(votes[0]) == summary
    assert votes[0].motion.startswith("to replace the culvert")
    assert "(" not in votes[0].motion


def test_bracketed_range_is_no_tally(make_document):
    text = "#### 7. Culverts\n\nThe engineer reported on items (1-3). Repairs to pages (4-6) of the plan were noted.\n"
    assert _votes(make_document, text) == []
    text = "#### 7. Culverts\n\nMotion by Hollis, seconded by Brandt, to defer items (1-3).\n"
    assert _votes(make_document, text) == []


@pytest.mark.parametrize(
    ("record", "against", "abstained"),
    [
        ("Motion carried 4-1 (Marsh opposed).", ["Marsh"], []),
        ("Motion carried 5-0-1, Teale abstaining.", [], ["Teale"]),
        ("Carried 4-1-1 with Cllr Marsh voting against and Cllr Teale abstaining.", ["Marsh"], ["Teale"]),
    ],
)
def test_members_named_beside_the_tally(make_document, record, against, abstained):
    text = f"#### 7. Culverts\n\nMotion by Hollis, seconded by Brandt, to replace the culvert. {record}\n"
    votes = _votes(make_document, text)
    assert len(votes) == 1
    assert votes[0].voted_against == against and votes[0].abstained == abstained


_FILLER = " ".join(["The clerk read the correspondence received since the last meeting into the record."] * 12)


@pytest.mark.parametrize(
    "remark",
    [
        "Trustee Marsh noted that the vote was 6-0 when the culvert was last replaced.",
        "Trustee Marsh recalled that the motion passed in 2019 as well.",
    ],
)
def test_a_vote_reported_in_discussion_adds_nothing(make_document, remark):
    text = (
        "#### 7. Culverts\n\nMotion by Hollis, seconded by Brandt, to replace the culvert. Motion carried.\n\n"
        f"{_FILLER}\n\n{remark}\n"
    )
    votes = _votes(make_document, text)
    assert len(votes) == 1
    assert _summary(votes[0]) == ("carried", None, None, None)
    near = _votes(make_document, text.replace(f"{_FILLER}\n\n", ""))
    assert [_summary(vote) for vote in near] == [("carried", None, None, None)]


def test_which_passed_a_test_is_no_vote(make_document):
    text = "#### 7. Culverts\n\nThe engineer showed a pipe, which passed testing last spring, and one which failed inspection.\n"
    assert _votes(make_document, text) == []


@pytest.mark.parametrize(
    "record",
    [
        "R2021-14 A. Hollis, B. Brandt: That the culvert on Fenn Road be replaced. Carried.",
        "R2021-14 A. Hollis, B. Brandt:\nThat the culvert on Fenn Road be replaced.\nCarried.",
    ],
)
def test_numbered_resolution_with_mover_and_seconder_before_the_colon(make_document, record):
    votes = _votes(make_document, f"Committee Reports:\nA. Hollis – Library Board\n{record}\n")
    assert len(votes) == 1
    assert votes[0].item == "R2021-14"
    assert (votes[0].mover, votes[0].seconder) == ("A. Hollis", "B. Brandt")
    assert votes[0].motion == "That the culvert on Fenn Road be replaced."


@pytest.mark.parametrize("heading", ["Opposed:", "**Against:**"])
def test_speakers_with_addresses_under_a_side_heading_are_no_voters(make_document, heading):
    text = f"#### 2. Tree Ordinance hearing\n\n{heading}\n\nDora Quade, 5210 Mill Road, Eastmere, OR.\n\nMs. Quade spoke.\n"
    assert _votes(make_document, text) == []


@pytest.mark.parametrize(
    "recorded",
    [
        "Recorded Vote: FOR Hollis, Brandt, Quade. AGAINST Marsh.",
        "Recorded Vote Requested: Hollis – Yea; Brandt – Yea; Quade – Yea; Marsh – Nay.",
        "Recorded Vote Requested. For: Hollis, Brandt, Quade Against: Marsh.",
    ],
)
def test_recorded_vote_after_a_numbered_resolution(make_document, recorded):
    text = (
        "R2021 -14 A. Hollis, B. Brandt: That the culvert on Fenn Road be replaced. Carried.\n"
        f"{recorded}\n"
        "R2021-15 B. Brandt, A. Hollis: that the meeting be adjourned. Carried.\n"
    )
    votes = _votes(make_document, text)
    assert [vote.item for vote in votes] == ["R2021-14", "R2021-15"]
    assert votes[0].voted_for == ["Hollis", "Brandt", "Quade"] and votes[0].voted_against == ["Marsh"]
    assert votes[0].motion == "That the culvert on Fenn Road be replaced."
    assert votes[1].voted_for == [] and votes[1].voted_against == []


@pytest.mark.parametrize(
    ("record", "counts"),
    [
        ("Proposed by Cllr Hollis, seconded by Cllr Brandt, all in favour that the culvert be replaced.", None),
        ("Cllr Hollis proposed that the culvert be replaced; Cllr Brandt seconded; all in favour.", None),
        ("Motion by Hollis, seconded by Brandt, that the culvert be replaced. Unanimously approved.", None),
        ("Motion by Hollis, seconded by Brandt, that the culvert be replaced. The motion was approved unanimously (5-0).", 5),
    ],
)
def test_all_in_favour_in_lower_case_and_unanimous_tallies(make_document, record, counts):
    votes = _votes(make_document, f"#### 7. Culverts\n\n{record}\n")
    assert len(votes) == 1
    assert _summary(votes[0]) == ("carried", counts, 0 if counts else None, None)
    assert "culvert be replaced" in votes[0].motion


def test_all_in_favour_of_an_idea_in_discussion_is_no_vote(make_document):
    text = "#### 7. Culverts\n\nThe members discussed drainage, all in favour of a site visit in spring.\n"
    assert _votes(make_document, text) == []


@pytest.mark.parametrize("joiner", ["Adopted; and", "Introduced, and", "Adopted;"])
def test_items_heard_together_share_their_votes_in_order(make_document, joiner):
    text = (
        "#### (21-101) Resolution Calling an Election on the Parks Measure. " + joiner + "\n"
        "#### (21-101A) Consider Authoring an Argument.\n\n"
        "The clerk gave a presentation.\n\n"
        "Councilmember Hollis moved adoption of the resolution. Councilmember Brandt seconded the motion, "
        "which carried by unanimous voice vote – 5.\n\n"
        "Councilmember Brandt moved approval of authoring the argument. Councilmember Quade seconded the motion, "
        "which carried by unanimous voice vote – 5.\n\n"
        "Councilmember Quade moved to direct staff to post it. Councilmember Hollis seconded the motion, "
        "which carried by unanimous voice vote – 5.\n\n"
        "#### (21-102) Library Hours\n\nCouncilmember Hollis moved approval. Councilmember Brandt seconded the motion, "
        "which carried by unanimous voice vote – 5.\n"
    )
    votes = _votes(make_document, text)
    assert [vote.item for vote in votes] == ["21-101", "21-101A", "21-101A", "21-102"]


def test_an_item_ending_in_and_within_its_words_joins_nothing(make_document):
    text = (
        "#### 4. Roads and\n\nCouncilmember Hollis moved approval. Councilmember Brandt seconded the motion, which carried.\n\n"
        "#### 5. Parks\n\nCouncilmember Hollis moved approval. Councilmember Brandt seconded the motion, which carried.\n"
    )
    assert [vote.item for vote in _votes(make_document, text)] == ["4", "5"]


@pytest.mark.parametrize("tally", ["unanimous voice vote – 5.", "unanimous roll call vote - 5."])
def test_unanimous_vote_with_its_number(make_document, tally):
    text = f"#### 4. Parks\n\nCouncilmember Hollis moved approval. Councilmember Brandt seconded the motion, which carried by {tally}\n"
    votes = _votes(make_document, text)
    assert len(votes) == 1
    assert _summary(votes[0]) == ("carried", 5, None, None)


# --- named positions in the forms of roll calls and recorded votes -----------------------------

_MEMBERS = [Attendee(name=f"{first} {last}", surname=last) for first, last in
            (("Ada", "Ormsby"), ("Ben", "Vance"), ("Cal", "Quill"), ("Dot", "Tarn"), ("Eli", "Wren"))]


@pytest.mark.parametrize(
    "record",
    [
        "A vote was taken on the motion:\nFOR (3): Councillors Ormsby, Vance and Quill.\nAGAINST (1): Councillor Tarn.\n"
        "ABSTAIN (1): Councillor Wren.\nThe Chair declared the motion carried.",
        "Moved by Councillor Ormsby\nSeconded by Councillor Vance\nThat the hedge contract be awarded.\nRecorded Vote\n"
        "YEAS (3): Councillor Ormsby, Councillor Vance, and Councillor Quill\nNAYS (1): Councillor Tarn\n"
        "ABSTAIN (1): Councillor Wren\nCARRIED",
    ],
)
def test_side_labels_with_their_count_in_brackets(make_document, record):
    [vote] = _votes(make_document, f"#### 7. Hedges\n\n{record}\n", _MEMBERS)
    assert _summary(vote) == ("carried", 3, 1, 1)
    assert vote.voted_for == ["Ada Ormsby", "Ben Vance", "Cal Quill"]
    assert (vote.voted_against, vote.abstained) == (["Dot Tarn"], ["Eli Wren"])


@pytest.mark.parametrize(
    "record",
    [
        "Motion by Commissioner Ormsby, seconded by Commissioner Vance, to award the hedge contract.\n"
        "Yes: 3 (Ormsby, Vance, Quill)\nNo: 1 (Tarn)\nMotion carried.",
        "Ormsby moved and Vance seconded that the hedge contract be awarded. The motion received a roll call vote: "
        "Ayes: 3 (Ormsby, Vance, Quill); Nays: 1 (Tarn); Abstain: 0. PASSED",
    ],
)
def test_a_count_then_the_names_in_brackets(make_document, record):
    [vote] = _votes(make_document, f"#### 7. Hedges\n\n{record}\n", _MEMBERS)
    assert (vote.result, vote.count_for, vote.count_against) == ("carried", 3, 1)
    assert (vote.voted_for, vote.voted_against) == (["Ada Ormsby", "Ben Vance", "Cal Quill"], ["Dot Tarn"])


@pytest.mark.parametrize(
    "record",
    [
        "Motion by Ormsby, second by Vance to award the hedge contract.\nVoting Yea: Ormsby, Vance, Quill\nVoting Nay: Tarn\n"
        "Motion carried.",
        "Mr. Ormsby moved to award the hedge contract. Mr. Vance seconded the motion. Those voting aye: Ada Ormsby, Ben Vance, "
        "and Cal Quill. Those voting nay: Dot Tarn. The motion passed.",
        "MOTION: Ormsby moved to award the hedge contract. SECOND: Vance.\nYES: Ormsby, Vance, Quill NO: Tarn ABSENT: Wren\n"
        "Motion carried.",
        "Moved by: Councillor Ormsby\nSeconded by: Councillor Vance\nThat the hedge contract be awarded.\nRecorded vote:\n"
        "For: Councillor Ormsby\nFor: Councillor Vance\nFor: Councillor Quill\nAgainst: Councillor Tarn\nCarried",
    ],
)
def test_voting_yea_those_voting_and_one_line_labels(make_document, record):
    [vote] = _votes(make_document, f"#### 7. Hedges\n\n{record}\n", _MEMBERS)
    assert vote.result == "carried"
    assert (vote.voted_for, vote.voted_against) == (["Ada Ormsby", "Ben Vance", "Cal Quill"], ["Dot Tarn"])
    assert "Eli Wren" not in vote.voted_for + vote.voted_against + vote.abstained


@pytest.mark.parametrize(
    "record",
    [
        "MOTION: to award the hedge contract.\nMoved By Trustee Ormsby, Seconded by Trustee Vance\n"
        "YEAS: Trustee Ormsby, Trustee Vance, Trustee Quill 3\nNAYS: None 0\nABSTAIN: Trustee Tarn\nMOTION PASSED",
        "Trustee Ormsby moved to award the hedge contract, seconded by Trustee Vance.\n"
        "AYES: Trustees Ormsby, Vance, Quill – 3\nNAYS: None – 0\nABSTAIN: Trustee Tarn\nMotion carried.",
    ],
)
def test_a_count_after_the_names_and_a_side_with_none(make_document, record):
    [vote] = _votes(make_document, f"#### 7. Hedges\n\n{record}\n", _MEMBERS)
    assert (vote.result, vote.count_for, vote.count_against) == ("carried", 3, 0)
    assert (vote.voted_for, vote.abstained) == (["Ada Ormsby", "Ben Vance", "Cal Quill"], ["Dot Tarn"])
    assert vote.mover == "Ada Ormsby"


@pytest.mark.parametrize(
    "record",
    [
        "A motion was made and seconded to go into closed session, which passed unanimously with all members voting aye: "
        "Ormsby, Vance, Quill, and Tarn.",
        "Motion by Ormsby, seconded by Vance, to go into closed session. Carried, all trustees voting aye – Ormsby, Vance, Quill "
        "and Tarn.",
    ],
)
def test_all_members_voting_aye_named(make_document, record):
    [vote] = _votes(make_document, f"#### 9. Closed Session\n\n{record}\n", _MEMBERS)
    assert vote.result == "carried"
    assert vote.voted_for == ["Ada Ormsby", "Ben Vance", "Cal Quill", "Dot Tarn"]


@pytest.mark.parametrize(
    "table",
    [
        "| Member | Yes | No |\n|---|---|---|\n| Ormsby | X | |\n| Vance | X | |\n| Tarn | | X |",
        "| Trustee | Aye | Nay |\n|---|---|---|\n| Ormsby | ✓ | |\n| Vance | ✓ | |\n| Tarn | | ✓ |",
    ],
)
def test_a_vote_table_with_a_mark_per_member(make_document, table):
    text = f"#### 7. Hedges\n\nMotion by Ormsby, seconded by Vance, to award the hedge contract.\n\n{table}\n\nMotion carried.\n"
    [vote] = _votes(make_document, text, _MEMBERS)
    assert (vote.voted_for, vote.voted_against) == (["Ada Ormsby", "Ben Vance"], ["Dot Tarn"])


@pytest.mark.parametrize(
    ("record", "summary"),
    [
        ("The Board voted 4-1 to award the hedge contract.", ("carried", 4, 1, None)),
        ("Council voted unanimously to award the hedge contract.", ("carried", None, None, None)),
        ("The Board voted 2-3 to award the hedge contract.", ("lost", 2, 3, None)),
        ("On motion of Ormsby, seconded by Vance, and carried, the hedge contract was awarded.", ("carried", None, None, None)),
        ("Motion by Trustee Ormsby to award the hedge contract. Seconded by Trustee Vance. Motion carried four to one.",
         ("carried", 4, 1, None)),
    ],
)
def test_the_bodys_tallied_vote_and_outcomes_in_words(make_document, record, summary):
    [vote] = _votes(make_document, f"#### 7. Hedges\n\n{record}\n")
    assert _summary(vote) == summary


@pytest.mark.parametrize(
    "text",
    [
        "Ormsby recalled that the Board voted 4-1 to award a hedge contract last year.",
        "The Board voted to ask for more quotes.",
        "Roll Call Vote: Ayes: Unanimous. Nays: None.",
    ],
)
def test_lookalikes_of_tallied_votes_and_named_lists(make_document, text):
    votes = _votes(make_document, f"#### 7. Hedges\n\n{text}\n")
    assert all(not (v.voted_for or v.voted_against or v.count_for) for v in votes)


@pytest.mark.parametrize(
    "record",
    [
        "Cllr Ormsby proposed that Eli Wren be co-opted, Cllr Vance seconded, unanimous approval.",
        "Proposed by Cllr Ormsby, seconded by Cllr Vance, that Eli Wren be co-opted. Agreed nem con.",
        "Proposed by Cllr Ormsby, seconded by Cllr Vance, that Eli Wren be co-opted. Carried nem. con.",
    ],
)
def test_unanimous_approval_and_nem_con_close_the_motion(make_document, record):
    [vote] = _votes(make_document, f"#### 5. Co-option\n\n{record}\n", _MEMBERS)
    assert (vote.result, vote.mover, vote.seconder) == ("carried", "Ada Ormsby", "Ben Vance")


def test_unanimous_approval_of_nothing_moved_is_no_vote(make_document):
    assert _votes(make_document, "#### 5. Hall\n\nThe hall plans had unanimous support from the village survey.\n") == []


@pytest.mark.parametrize(
    "outcome",
    [
        "CARRIED with Councillors Ormsby and Vance dissenting on the hedge line of the budget.",
        "CARRIED, with Councillors Ormsby and Vance dissenting.",
    ],
)
def test_members_dissenting_named_after_the_outcome(make_document, outcome):
    text = f"#### 7. Budget\n\nMoved by Councillor Quill\nThat the budget be approved.\n{outcome}\n"
    [vote] = _votes(make_document, text, _MEMBERS)
    assert vote.result == "carried"
    assert vote.voted_against == ["Ada Ormsby", "Ben Vance"]


@pytest.mark.parametrize(
    "roll",
    [
        "Roll call vote: Ormsby-Y, Vance-Y, Tarn-N, Quill-Y.",
        "Roll call vote: Ormsby (yes), Vance (yes), Tarn (no), Quill (yes).",
        "Roll Call Vote:\nOrmsby\tAye\tVance\tAye\nTarn\tNay\tQuill\tAye",
        "Ayes Ormsby, Vance, Quill\nNays Tarn",
        "Ormsby, Vance and Quill voted yes; Tarn voted no.",
    ],
)
def test_roll_calls_abbreviated_bracketed_paired_or_in_prose(make_document, roll):
    text = f"#### 4. Hedges\n\nMotion by Ormsby, seconded by Vance, to award the hedge contract.\n{roll}\nMotion carried.\n"
    [vote] = _votes(make_document, text, _MEMBERS)
    assert (vote.voted_for, vote.voted_against) == (["Ada Ormsby", "Ben Vance", "Cal Quill"], ["Dot Tarn"])


@pytest.mark.parametrize(
    "text",
    [
        "The hedge at Mill Lane-N is in poor repair, as is Church Walk-Y.",
        "Ayes Farm and Nays Lane were mentioned as sites for the new bins.",
        "Residents on Mill Lane voted no to the parking scheme in a survey.",
    ],
)
def test_lookalikes_of_abbreviated_and_prose_roll_calls(make_document, text):
    votes = _votes(make_document, f"#### 4. Hedges\n\n{text}\n", _MEMBERS)
    assert all(not (v.voted_for or v.voted_against) for v in votes)


@pytest.mark.parametrize(
    "result",
    [
        "FOR: Councillors Ormsby, Vance and Quill. (3) AGAINST: Councillors Tarn and Wren. (2) ABSTAIN: (0).",
        "FOR: Councillors Ormsby, Vance, Quill (3)\nAGAINST: Councillors Tarn, Wren (2)\nABSTAIN: (0)",
    ],
)
def test_side_lists_with_their_count_in_brackets_after_the_names(make_document, result):
    text = (f"#### 4. Motion\n\nA vote was taken and the result was as follows:\n{result}\n"
            "The Chair declared the motion carried.\n")
    [vote] = _votes(make_document, text, _MEMBERS)
    assert _summary(vote) == ("carried", 3, 2, 0)
    assert (vote.voted_for, vote.voted_against) == (["Ada Ormsby", "Ben Vance", "Cal Quill"], ["Dot Tarn", "Eli Wren"])


@pytest.mark.parametrize(
    "outcome",
    ["Motion carried 4-1 (Nay: Tarn).", "Motion carried 4-1 with Tarn casting the dissenting vote.",
     "Motion carried 4-1, Councillor Tarn casting the lone no vote."],
)
def test_the_one_dissenter_named_beside_the_tally(make_document, outcome):
    text = f"#### 4. Hedges\n\nMotion by Ormsby, seconded by Vance, to award the hedge contract. {outcome}\n"
    [vote] = _votes(make_document, text, _MEMBERS)
    assert (_summary(vote), vote.voted_against) == (("carried", 4, 1, None), ["Dot Tarn"])


def test_a_bracketed_aside_with_a_side_word_names_no_voter(make_document):
    text = "#### 4. Hedges\n\nThe survey (For: residents of Mill Lane) was noted. Motion by Ormsby to note it. Carried.\n"
    votes = _votes(make_document, text, _MEMBERS)
    assert all(not v.voted_for for v in votes)


@pytest.mark.parametrize(
    "text",
    [
        "A motion to award the hedge contract failed for lack of a second.",
        "Motion by Ormsby to award the hedge contract. The motion failed for want of a seconder.",
    ],
)
def test_a_motion_never_seconded_is_no_vote(make_document, text):
    assert _votes(make_document, f"#### 4. Hedges\n\n{text}\n", _MEMBERS) == []


@pytest.mark.parametrize(
    "record",
    [
        "Commissioner Ormsby motioned to approve the hedge budget, Commissioner Vance seconded. Motion passed unanimously.",
        "A motion to approve the hedge budget was made by Ormsby and seconded by Vance. Motion approved by all commissioners "
        "present.",
        "Ormsby moved, seconded by Vance, to approve the hedge budget. Motion approved by voice vote.",
    ],
)
def test_motioned_and_motion_approved_by_all_or_by_voice_vote(make_document, record):
    [vote] = _votes(make_document, f"#### 4. Hedges\n\n{record}\n", _MEMBERS)
    assert (vote.result, vote.mover) == ("carried", "Ada Ormsby")


def test_a_motion_approved_as_a_noun_phrase_in_prose_is_no_vote(make_document):
    text = "#### 4. Hedges\n\nThe motion approved at the last meeting was read out again for the newer members.\n"
    assert _votes(make_document, text, _MEMBERS) == []


@pytest.mark.parametrize(
    "record",
    [
        "A named vote was taken.\nFor the motion: Cllrs Ormsby, Vance and Quill (3)\nAgainst the motion: Cllr Tarn (1)\n"
        "The motion was carried.",
        "A recorded vote was taken. In favour of the motion: Cllrs Ormsby, Vance, Quill. Against the motion: Cllr Tarn. "
        "The motion was carried.",
    ],
)
def test_named_votes_for_and_against_the_motion(make_document, record):
    [vote] = _votes(make_document, f"#### 4. Budget\n\n{record}\n", _MEMBERS)
    assert (vote.voted_for, vote.voted_against) == (["Ada Ormsby", "Ben Vance", "Cal Quill"], ["Dot Tarn"])


@pytest.mark.parametrize(
    "record",
    [
        "Motion by Councilmember Ormsby, seconded by Councilmember Vance, to adopt the budget.\n"
        "AYES: Council President Quill, Councilmembers Ormsby, Vance\nNAYS: Councilmember Tarn\nMotion carried.",
        "Proposed by Clr. Ormsby, seconded by Clr. Vance and agreed that the budget be adopted. FOR: Clr. Ormsby, Clr. Vance, "
        "Clr. Quill. AGAINST: Clr. Tarn. The motion was carried.",
        "Moved by Alder Ormsby, seconded by Alder Vance, to adopt the budget. Ayes: Alders Ormsby, Vance, Quill; Noes: Alder "
        "Tarn. Motion carried.",
    ],
)
def test_more_titles_before_voters_names(make_document, record):
    [vote] = _votes(make_document, f"#### 4. Budget\n\n{record}\n", _MEMBERS)
    assert sorted(vote.voted_for) == ["Ada Ormsby", "Ben Vance", "Cal Quill"]
    assert vote.voted_against == ["Dot Tarn"]


@pytest.mark.parametrize(
    "text",
    [
        "#### 4. Hedges\n\nOrmsby moved, seconded by Vance, to award the hedge contract. Motion carried unanimously.\n",
        "#### 4. Hedges\n\nIt was proposed by Councillor\nOrmsby, seconded by Councillor Vance, that the hedge contract be awarded. "
        "Carried unanimously.\n",
    ],
)
def test_a_movers_name_on_its_own_line_or_broken_after_its_title(make_document, text):
    [vote] = _votes(make_document, text, _MEMBERS)
    assert vote.mover == "Ada Ormsby"


@pytest.mark.parametrize(
    "outcome", ["The vote was unanimous.", "Unanimous.", "Vote: Unanimous.", "Ayes all.", "Motion carried on a voice vote."]
)
def test_unanimous_on_its_own_or_carried_on_a_voice_vote(make_document, outcome):
    text = f"#### 4. Hedges\n\nMotion by Ormsby, seconded by Vance, to award the hedge contract. {outcome}\n"
    [vote] = _votes(make_document, text, _MEMBERS)
    assert (vote.result, vote.mover) == ("carried", "Ada Ormsby")


@pytest.mark.parametrize(
    "text",
    ["The Chair thanked members; support for the fete was unanimous.", "The work carried on through the winter months."],
)
def test_lookalikes_of_unanimous_and_carried_on(make_document, text):
    assert _votes(make_document, f"#### 4. Hedges\n\n{text}\n", _MEMBERS) == []


# --- councils never seen: shorthand, label lines, bracketed tallies, votes with no names ----------------


@pytest.mark.parametrize(
    "record",
    [
        "M/S/C (Ormsby/Vance) that the hedge contract be awarded to Fieldcraft.",
        "M/S/C Ormsby/Vance to award the hedge contract to Fieldcraft.",
    ],
)
def test_shorthand_with_the_movers_and_the_motion_after_them(make_document, record):
    [vote] = _votes(make_document, f"#### 4. Hedges\n\n{record}\n", _MEMBERS)
    assert (vote.result, vote.mover, vote.seconder) == ("carried", "Ada Ormsby", "Ben Vance")
    assert "hedge contract be awarded" in vote.motion or vote.motion.startswith("to award the hedge")


def test_shorthand_in_capitals_with_the_motion_quoted_below(make_document):
    text = "#### 2. Minutes\n\nM/S/C          ORMSBY/VANCE          (approved)\n\n“That the Minutes of May 4 be approved.”\n\nIn Favor (2) – Ormsby, Vance\n"
    [vote] = _votes(make_document, text, _MEMBERS)
    assert (vote.result, vote.mover, vote.seconder) == ("carried", "Ada Ormsby", "Ben Vance")
    assert vote.motion == "That the Minutes of May 4 be approved."


@pytest.mark.parametrize(
    "record",
    [
        "The board asked staff to draft a letter to the water board. M/S Ormsby,\nVance and unanimous.",
        "The board asked staff to draft a letter to the water board.\nM/S Ormsby / Vance Unanimous",
        "The board asked staff to draft a letter to the water board. M\\S Ormsby/ Vance Unanimous",
    ],
)
def test_shorthand_movers_then_unanimous_close_the_sentence_before(make_document, record):
    [vote] = _votes(make_document, f"#### 4. Letters\n\n{record}\n", _MEMBERS)
    assert (vote.result, vote.mover, vote.seconder) == ("carried", "Ada Ormsby", "Ben Vance")
    assert "draft a letter to the water board" in vote.motion


def test_shorthand_failed(make_document):
    [vote] = _votes(make_document, "#### 4. Hall\n\nM/S/F Ormsby/Vance to close the hall on Sundays.\n", _MEMBERS)
    assert (vote.result, vote.mover) == ("lost", "Ada Ormsby")


@pytest.mark.parametrize(
    ("record", "result"),
    [
        ("M/S/P Ormsby/Vance to close the hall on Sundays.", "carried"),
        ("M / S / C Ormsby / Vance to close the hall on Sundays.", "carried"),
        ("M/S/U Ormsby/Vance to close the hall on Sundays.", "carried"),
        ("M/C/S Ormsby/Vance to close the hall on Sundays.", "carried"),
        ("M / S / F Ormsby / Vance to close the hall on Sundays.", "lost"),
    ],
)
def test_every_outcome_letter_of_the_shorthand(make_document, record, result):
    [vote] = _votes(make_document, f"#### 4. Hall\n\n{record}\n", _MEMBERS)
    assert (vote.result, vote.mover, vote.seconder) == (result, "Ada Ormsby", "Ben Vance")
    assert vote.motion == "to close the hall on Sundays."


@pytest.mark.parametrize(
    "text",
    [
        "Quotes came from M/S Tarrant Builders, Mill Road and unanimously the lowest was taken.",
        "The clerk wrote to M/S Kemble Paving Ltd, Orchard Lane and unanimous thanks were sent.",
    ],
)
def test_a_firm_and_its_street_after_ms_are_no_movers(make_document, text):
    assert [(vote.mover, vote.seconder) for vote in _votes(make_document, f"#### 4. Hall\n\n{text}\n", _MEMBERS)] == []


@pytest.mark.parametrize(
    "text",
    [
        "A quotation from M/S Ready Mix Ltd was received and noted.",
        "Wind gusts reached 10 m/s on the day of the fete.",
        "The grass was cut on 3/5 and again on 3/19.",
        "Staff present: AO/BV/CK.",
    ],
)
def test_lookalikes_of_the_shorthand_are_no_vote(make_document, text):
    assert _votes(make_document, f"#### 4. Hall\n\n{text}\n", _MEMBERS) == []


def test_shorthand_with_a_colon_and_no_names(make_document):
    [vote] = _votes(make_document, "#### 2. Agenda\n\nM/S/C: to approve the agenda as amended.\n", _MEMBERS)
    assert (vote.result, vote.mover, vote.motion) == ("carried", None, "to approve the agenda as amended.")


@pytest.mark.parametrize(
    ("tally", "counts"),
    [("(Y-5)", (5, None, None)), ("(Y-4, N-1)", (4, 1, None)), ("(Yes 3, No 1, Abstain 1)", (3, 1, 1))],
)
def test_a_bracketed_tally_by_initials_after_the_motion(make_document, tally, counts):
    text = f"#### 4. Hedges\n\nMotion by Ormsby, second by Vance to award the hedge contract {tally}.\n"
    [vote] = _votes(make_document, text, _MEMBERS)
    assert _summary(vote) == ("carried", *counts)


def test_a_bracketed_initials_tally_with_no_motion_is_no_vote(make_document):
    assert _votes(make_document, "#### 4. Hedges\n\nThe survey had many replies (Y-5).\n", _MEMBERS) == []


@pytest.mark.parametrize(
    "text",
    [
        "Ada Ormsby moved to award the hedge contract, Ben Vance seconded, and the vote was unanimous.",
        "Motion by Ormsby, second by Vance: to award the hedge contract; unanimous.",
    ],
)
def test_unanimous_closing_the_motions_own_sentence(make_document, text):
    [vote] = _votes(make_document, f"#### 4. Hedges\n\n{text}\n", _MEMBERS)
    assert (vote.result, vote.mover, vote.seconder) == ("carried", "Ada Ormsby", "Ben Vance")


@pytest.mark.parametrize(
    ("text", "summary"),
    [
        ("Moved, seconded and voted 3-0 to accept the minutes as written.", ("carried", 3, 0, None)),
        ("Moved, seconded and carried unanimously to adjourn at 8:40 pm.", ("carried", None, None, None)),
        ("Moved, seconded and voted 1-2 to buy a new mower.", ("lost", 1, 2, None)),
    ],
)
def test_moved_seconded_and_voted_with_no_names(make_document, text, summary):
    [vote] = _votes(make_document, f"#### 3. Minutes\n\n{text}\n", _MEMBERS)
    assert _summary(vote) == summary
    assert vote.mover is None and vote.motion.startswith("to ")


@pytest.mark.parametrize(
    "text", ["Motion carried that the hall fee rise to £15.", "The motion passed 4-1 that the hall fee rise to £15."]
)
def test_outcome_then_the_motion_it_carried(make_document, text):
    [vote] = _votes(make_document, f"#### 5. Hall\n\n{text}\n", _MEMBERS)
    assert vote.result == "carried" and vote.motion.startswith("that the hall fee")


@pytest.mark.parametrize(
    ("label", "summary"),
    [("Motion: approved   Vote: unanimous", ("carried", None, None, None)), ("Motion: failed   Vote: 2-3", ("lost", 2, 3, None))],
)
def test_an_outcome_label_line(make_document, label, summary):
    [vote] = _votes(make_document, f"#### 7. Banners\n\n{label}\n", _MEMBERS)
    assert _summary(vote) == summary


def test_a_nominated_candidate_is_no_seconder(make_document):
    text = "#### 1. Officers\n\nAda Ormsby nominated and Ben Vance seconded Cal Reyes as Chair. Carried unanimously.\n"
    [vote] = _votes(make_document, text, _MEMBERS)
    assert vote.result == "carried" and vote.seconder is None


@pytest.mark.parametrize(
    "text",
    ["Commissioner Vance was elected Vice Chair unanimously.", "Ben Vance was unanimously re-elected as Treasurer."],
)
def test_an_officer_elected_unanimously(make_document, text):
    [vote] = _votes(make_document, f"#### 1. Officers\n\n{text}\n", _MEMBERS)
    assert vote.result == "carried" and "Vance" in vote.motion


def test_a_candidate_proposed_is_no_mover(make_document):
    text = "#### 1. Officers\n\nMs. Ormsby proposed Mr. Quill as Chair, seconded by Mr. Vance. Carried.\n"
    [vote] = _votes(make_document, text, _MEMBERS)
    assert (vote.mover, vote.seconder) == ("Ada Ormsby", "Ben Vance")


@pytest.mark.parametrize(("outcome", "result"), [("ACTION: APPROVED", "carried"), ("DEFEATED", "lost")])
def test_an_outcome_printed_above_its_motion(make_document, outcome, result):
    text = f"#### 4. Site Plan\n\n{outcome}\nMotion by Ormsby, second by Vance to approve the site plan.\n"
    [vote] = _votes(make_document, text, _MEMBERS)
    assert (vote.result, vote.mover, vote.seconder) == (result, "Ada Ormsby", "Ben Vance")


@pytest.mark.parametrize(
    "record",
    ["MOTION/SECOND: Ormsby/Vance. To approve the minutes of May 4 as amended.", "Motion/Second: Ormsby/Vance to approve the minutes."],
)
def test_motion_and_second_labels_with_the_pair_of_surnames(make_document, record):
    [vote] = _votes(make_document, f"#### 3. Minutes\n\n{record}\nAyes - 5 Nays - 0 Motion carried.\n", _MEMBERS)
    assert (vote.mover, vote.seconder, vote.count_for, vote.count_against) == ("Ada Ormsby", "Ben Vance", 5, 0)


def test_an_outcome_under_one_motion_is_not_printed_above_the_next(make_document):
    text = (
        "#### 6. Reports\n\nMoved by Ormsby, seconded by Vance that the report be received.\n\nCARRIED\n\n"
        "Moved by Quill, seconded by Tarn that the fees be set at $40.\n\nDEFEATED\n"
    )
    assert [(v.result, v.mover) for v in _votes(make_document, text, _MEMBERS)] == [
        ("carried", "Ada Ormsby"), ("lost", "Cal Quill")
    ]


# --- US township and village boards: "2nd by", "Support, X", "N yes, N no" ---------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Motion by Orrin to pay the bills, 2nd by Tasker. All ayes.",
        "Motion by Orrin, 2nd by Tasker to pay the bills. Motion carried.",
        "Motion by Orrin to pay the bills. Support, Tasker. Motion approved.",
        "Motion made by E Orrin and supported by K Tasker to pay the bills. Motion carried.",
        "After a short review it was motioned by Orrin, seconded by Tasker to pay the bills. Motion carried.",
    ],
)
def test_township_seconder_words(make_document, text):
    votes = _votes(make_document, f"#### 6. Bills\n\n{text}\n")
    assert len(votes) == 1
    assert votes[0].result == "carried"
    assert votes[0].mover.endswith("Orrin") and votes[0].seconder.endswith("Tasker")
    assert votes[0].motion.rstrip(".") == "to pay the bills"


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        ("Motion by Orrin, seconded by Tasker to grade Mill Rd. Motion passed 5 yes, 0 no, 0 absent.", (5, 0, None)),
        ("Motion by Orrin, seconded by Tasker to grade Mill Rd. Motion carried with 4 yes and 1 no.", (4, 1, None)),
        ("Motion by Orrin, seconded by Tasker to grade Mill Rd. Motion carried with 5 yes.", (5, None, None)),
        ("Motion by Orrin, seconded by Tasker to grade Mill Rd. Yes – 4, No – 1. Motion carried.", (4, 1, None)),
    ],
)
def test_township_yes_no_counts(make_document, text, counts):
    votes = _votes(make_document, f"#### 7. Roads\n\n{text}\n")
    assert len(votes) == 1
    assert _summary(votes[0]) == ("carried", *counts)


@pytest.mark.parametrize(
    "text",
    [
        "The survey found 5 yes answers and 3 no answers among residents.",
        "Support, as the clerk said, is needed for the fair.",
        "The board approved 2 yes signs for the park.",
    ],
)
def test_township_lookalikes_are_no_votes(make_document, text):
    assert _votes(make_document, f"#### 8. Reports\n\n{text}\n") == []


@pytest.mark.parametrize(
    "text",
    [
        "Orrin made the motion to pay the claims. Tasker made the second. All in favor. Motion carried.",
        "The claims list was presented, Orrin made the motion to pay the claims, Tasker made the second. Motion carried.",
        "Orrin made the motion to pay the claims. Second was made by Tasker, all in favor, motion carried.",
    ],
)
def test_made_the_motion_and_made_the_second(make_document, text):
    [vote] = _votes(make_document, f"#### 4. Claims\n\n{text}\n")
    assert (vote.result, vote.mover, vote.seconder) == ("carried", "Orrin", "Tasker")
    assert vote.motion.rstrip(".") == "to pay the claims"


@pytest.mark.parametrize(
    "text",
    ["Orrin made the second payment to the contractor in May.", "The claims were listed, Orrin made the motion work for him."],
)
def test_made_the_second_lookalikes(make_document, text):
    assert _votes(make_document, f"#### 4. Claims\n\n{text}\n") == []


def test_a_motion_carried_to_takes_the_words_after_it_up_to_the_next_item(make_document):
    from minutebook.extract.votes import extract_votes
    from minutebook.extract.items import extract_items, split_sections

    text = ("3. SKATE PARK LIGHTING\nStaff presented three options. A motion carried to proceed with option two.\n"
            "4. DOG PARK HOURS\nThe item was tabled.\n")
    document = make_document(text)
    votes = extract_votes(document, split_sections(document, extract_items(document)))
    assert [(v.item, v.motion, v.result) for v in votes] == [("3", "to proceed with option two.", "carried")]


# --- a side of a roll call that named no member ----------------------------------------------


@pytest.mark.parametrize(
    "record",
    [
        "Motion by Ormsby to close the hall, 2nd by Vance. Roll call vote.\nAyes: Ormsby, Vance, Quill\tNays: None Motion carried",
        "Ormsby moved to close the hall; Vance seconded.\nYes: Ormsby, Vance, Quill\nNo: none\nMotion carried.",
    ],
)
def test_a_side_named_none_counts_none(make_document, record):
    [vote] = _votes(make_document, f"#### 4. Hall\n\n{record}\n", _MEMBERS)
    assert _summary(vote) == ("carried", None, 0, None)


def test_no_one_absent_counts_no_side(make_document):
    record = "Ormsby moved to close the hall; Vance seconded.\nYes: Ormsby, Vance, Quill\nAbsent: None\nMotion carried."
    [vote] = _votes(make_document, f"#### 4. Hall\n\n{record}\n", _MEMBERS)
    assert _summary(vote) == ("carried", None, None, None)


@pytest.mark.parametrize(
    ("record", "sides"),
    [
        ("Ayes: AO, CQ, DT Nays: BV Motion carried", (["AO", "CQ", "DT"], ["BV"])),
        ("AYES: AO, CQ\tNOES: BV, DT", (["AO", "CQ"], ["BV", "DT"])),
    ],
)
def test_a_plural_side_label_opens_the_next_list_on_its_line(make_document, record, sides):
    text = f"#### 4. Hall\n\nMotion by AO to close the hall, 2nd by CQ. Roll call vote.\n{record}\n"
    [vote] = _votes(make_document, text)
    assert (vote.voted_for, vote.voted_against) == sides


def test_a_side_word_in_lower_case_inside_a_sentence_opens_no_list(make_document):
    text = (
        "#### 4. Hall\n\nMotion by AO to close the hall, 2nd by CQ. Roll call vote.\n"
        "Ayes: AO, CQ, DT. Motion carried. The clerk said the nays: had not been counted before.\n"
    )
    [vote] = _votes(make_document, text)
    assert (vote.voted_for, vote.voted_against, vote.count_against) == (["AO", "CQ", "DT"], [], None)


def test_a_motion_of_numbered_clauses_is_one_motion(make_document):
    # A council resolving in numbered clauses ("That Council: 1. Adopts …; and 2. Notes …"): the clauses' own numbers
    # end no sentence, so the vote's motion is the clauses, not the mover's line above them. Near miss: a standard's
    # numbers at a sentence's end ("numbers 3 and 4. She added …") still end it.
    text = (
        "#### 4.1 Road Program\n\n"
        "Moved: Cr Cy Orr\nSeconded: Cr Bo Day\nThat Council:\n1. Adopts the Road Program; and\n2. Notes the report.\n"
        "CARRIED 4/1\n\n"
        "#### 4.2 Porch\n\n"
        "Ms. Vale moved to continue the application to meet Standard 8.10, numbers 3 and 4. She added that the porch is "
        "too deep. Mr. Hart seconded the motion. The motion carried 5-0.\n"
    )
    votes = _votes(make_document, text)
    assert [(v.item, v.count_for, v.count_against) for v in votes] == [("4.1", 4, 1), ("4.2", 5, 0)]
    assert "Notes the report" in votes[0].motion and "Moved" not in votes[0].motion
    assert votes[1].motion.endswith("numbers 3 and 4.")


@pytest.mark.parametrize(
    "outcome",
    ["The motion was seconded and approved.", "Motion seconded and approved.",
     "The motion was duly seconded, and unanimously approved."],
)
def test_seconded_and_approved_is_the_motions_outcome(make_document, outcome):
    [vote] = _votes(make_document, f"#### 4. Hedges\n\nAda Ormsby moved to award the hedge contract. {outcome}\n", _MEMBERS)
    assert (vote.result, vote.mover) == ("carried", "Ada Ormsby")
    assert vote.motion.startswith("to award the hedge contract")


def test_seconded_and_approved_names_no_other_approval(make_document):
    # Approved by another body, with no motion of this one's: no vote.
    text = "#### 4. Hedges\n\nThe plan, seconded and approved by the county last year, was noted.\n"
    assert _votes(make_document, text, _MEMBERS) == []


@pytest.mark.parametrize(
    ("outcome", "result"),
    [
        ("The motion was seconded by Ben Vance and carried.", "carried"),
        ("The motion was seconded by Trustee Vance and passed by unanimous affirmative vote.", "carried"),
        ("The motion was seconded by Mr. B. Vance and approved.", "carried"),
        ("The motion was seconded by Ben Vance and failed.", "lost"),
    ],
)
def test_seconded_by_the_seconder_and_carried(make_document, outcome, result):
    [vote] = _votes(make_document, f"#### 4. Hedges\n\nAda Ormsby moved to award the hedge contract. {outcome}\n", _MEMBERS)
    assert (vote.result, vote.mover, vote.seconder) == (result, "Ada Ormsby", "Ben Vance")
    assert vote.motion.startswith("to award the hedge contract")


def test_seconded_by_then_a_new_sentence_is_no_outcome(make_document):
    text = ("#### 4. Hedges\n\nAda Ormsby moved to award the hedge contract. The motion was seconded by Ben Vance. "
            "Cal Quill spoke against it and carried a petition to the chair.\n")
    assert _votes(make_document, text, _MEMBERS) == []


@pytest.mark.parametrize(
    ("text", "motion", "mover"),
    [
        ("Ada Ormsby moved to spend $78 on a banner. Seconded and approved.", "to spend $78 on a banner", "Ada Ormsby"),
        ("Ada Ormsby moved spending $275 on the filing fee. This was seconded and approved.", "spending $275", "Ada Ormsby"),
        # No mover named: the motion is the sentence before, not the outcome's own first words.
        ("The fund was reviewed. Motion made to create a reserve fund. Seconded and unanimously approved.",
         "Motion made to create a reserve fund", None),
    ],
)
def test_seconded_and_approved_in_a_sentence_of_its_own(make_document, text, motion, mover):
    [vote] = _votes(make_document, f"#### 4. Fund\n\n{text}\n", _MEMBERS)
    assert (vote.result, vote.mover) == ("carried", mover)
    assert vote.motion.startswith(motion)


def test_seconded_and_approved_with_no_motion_open_is_no_vote(make_document):
    assert _votes(make_document, "#### 4. Fund\n\nThe board discussed the roof. Seconded and approved.\n", _MEMBERS) == []


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_the_motion_put_on_the_line_above_its_movers(make_document, gap):
    # "Motion to approve …" / "Motion by A, second by B." / "Final Resolution: Motion Carried": the line above the movers
    # puts what was moved, not the item's heading above it.
    text = (
        f"1.6 Approve minutes of meeting dated February 10, 2031{gap}Motion to approve minutes of meeting dated "
        f"February 10, 2031{gap}Motion by Lou Gray, second by Tim Lowe.{gap}Final Resolution: Motion Carried{gap}"
        "Yea: Ann Pike, Lou Gray, Tim Lowe\n"
    )
    votes = _votes(make_document, text)
    assert [(vote.motion, vote.mover, vote.seconder, vote.result) for vote in votes] == [
        ("Motion to approve minutes of meeting dated February 10, 2031", "Lou Gray", "Tim Lowe", "carried")
    ]


def test_a_sentence_above_the_movers_is_no_motion_line(make_document):
    # Near miss: a line above that puts no motion leaves the motion to the sentence before, as it was.
    text = "4. Bus Bids\n\nThe Board reviewed the bus bids.\nMotion by Lou Gray, second by Tim Lowe.\nMotion carried.\n"
    votes = _votes(make_document, text)
    assert len(votes) == 1 and votes[0].motion.endswith("The Board reviewed the bus bids.")
