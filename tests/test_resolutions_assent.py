"""Decisions written without "resolved": shorthand motions, motions put with no mover, papers approved in the
passive with the verb left out, a consultation response with numbered comments, and notes that are no decisions."""

from __future__ import annotations

import pytest

from minutebook.extract.items import extract_items, split_sections
from minutebook.extract.resolutions import extract_resolutions


def _resolutions(make_document, nlp, text):
    document = make_document(text)
    return extract_resolutions(split_sections(document, extract_items(document)), nlp=nlp)


def _texts(make_document, nlp, text):
    return [r.text for r in _resolutions(make_document, nlp, text)]


def test_moved_seconded_approved_shorthand(make_document, nlp):
    text = (
        "#### 4. Board Seats\n\nM/S/A to elect Dana Pike to fill the vacant seat.\n\n"
        "M/S/Unanimous approval to thank Rory Vance for many years of service.\n\n"
        "#### 5. Records\n\nM/S/A the minutes of June 4 as distributed by email.\n\n"
        "The chair noted the heat. It was also M/S/P that the group donate $50 to the food bank.\n"
    )
    assert _texts(make_document, nlp, text) == [
        "M/S/A to elect Dana Pike to fill the vacant seat.",
        "M/S/Unanimous approval to thank Rory Vance for many years of service.",
        "M/S/A the minutes of June 4 as distributed by email.",
        "It was also M/S/P that the group donate $50 to the food bank.",
    ]


def test_shorthand_lookalikes_are_not_decisions(make_document, nlp):
    text = "#### 2. Sound Desk\n\nThe M/S/A switches on the desk were cleaned.\n\nM/S/A.\n"
    assert _texts(make_document, nlp, text) == []


def test_motion_put_with_no_mover_then_its_outcome(make_document, nlp):
    text = (
        "#### 3. Minutes and Treasurer's Report\n\n"
        "There was a motion to approve the minutes from the May 3 meeting. The motion passed. "
        "There was a motion to approve the Treasurer's Report. The motion passed.\n\n"
        "#### 4. Benches\n\nThere was a motion to buy two benches. The motion failed.\n\n"
        "There was a motion that the hall be painted. It will be voted on in June.\n"
    )
    assert _texts(make_document, nlp, text) == [
        "There was a motion to approve the minutes from the May 3 meeting. The motion passed.",
        "There was a motion to approve the Treasurer's Report. The motion passed.",
    ]


def test_papers_approved_with_the_verb_left_out(make_document, nlp):
    text = (
        "#### 1. Minutes\n\nMinutes of the April meeting approved.\n\n"
        "#### 2. Finance\n\nTreasurer's report accepted as presented.\n\nBills for payment approved unanimously.\n\n"
        "Report accepted with thanks.\n\n"
        "#### 3. Planning\n\nPlanning permission approved.\n\nThe report said the budget was approved.\n\n"
        "The clerk's report on the precept to be approved in January.\n"
    )
    assert _texts(make_document, nlp, text) == [
        "Minutes of the April meeting approved.",
        "Treasurer's report accepted as presented.",
        "Bills for payment approved unanimously.",
        "Report accepted with thanks.",
    ]


def test_when_the_record_itself_was_approved_is_no_decision(make_document, nlp):
    text = (
        "#### 1. Welcome\n\nThese meeting minutes were approved at the October 2020 meeting.\n\n"
        "This minutes was approved on 3 May.\n\n"
        "#### 2. Minutes\n\nThe minutes of the June meeting were approved.\n"
    )
    assert _texts(make_document, nlp, text) == ["The minutes of the June meeting were approved."]


def test_the_body_approving_these_minutes_later_is_no_decision(make_document, nlp):
    # The record's own approval, noted after the adjournment or in the signature block; the minutes of an earlier
    # meeting approved by the body (the near miss) stay a decision.
    text = (
        "#### 9. Minutes\n\nThe Board approved the minutes of the March 4 meeting.\n\n"
        "#### 10. Adjournment\n\nThe meeting was adjourned at 8:05 p.m.\n\n"
        "The Board approved the preceding minutes on April 1, 2024\n\n"
        "The Trustees approved these minutes at their meeting of May 6.\n\n"
        "Approved: ___________\n\nDate approved:\n\nApproved: 04/11/2023\n"
    )
    assert _texts(make_document, nlp, text) == ["The Board approved the minutes of the March 4 meeting."]


def test_consultation_comments_are_one_decision(make_document, nlp):
    text = (
        "#### 5. Planning: 24/0101 Mill Lane\n\nThe Council resolved to make the following comments:\n\n"
        "1. The access is too narrow for delivery vehicles.\n\n2. The boundary hedge should be kept.\n\n"
        "#### 6. Depot Consultation\n\nThe application was discussed. Members agreed the following observations:\n\n"
        "- (a) lorries should not use the school road\n- (b) working hours should end at 6pm\n\n"
        "#### 7. Trees\n\nThe Committee agreed to:\n\n- (a) fell the dead ash\n- (b) replant in spring\n"
    )
    assert _texts(make_document, nlp, text) == [
        "The Council resolved to make the following comments:",
        "Members agreed the following observations:",
        "The Committee agreed to: fell the dead ash",
        "The Committee agreed to: replant in spring",
    ]


def test_body_voted_after_an_adverb_of_sequence(make_document, nlp):
    text = (
        "#### 8. Events\n\nThe fair was discussed. Finally, the Board voted to allocate $400 to the fair.\n\n"
        "Then the Commission voted 2-3 to close the pool.\n"
    )
    assert _texts(make_document, nlp, text) == ["Finally, the Board voted to allocate $400 to the fair."]


def test_proposal_closed_by_the_meeting_assent(make_document, nlp):
    text = (
        "#### 5. Benches\n\n"
        "It was proposed by Cllr Reed, seconded by Cllr Hale, that two benches be bought. The Council was all in favour.\n\n"
        "Cllr Reed proposed that the hedge be trimmed, seconded by Cllr Hale. This was carried.\n\n"
        "#### 6. Minutes\n\nMrs. Sara Dunn proposed their approval, seconded by Mr. Dave Wills. The motion was unanimously carried.\n\n"
        "#### 7. Pond\n\nCllr Reed proposed that the pond be fenced, seconded by Cllr Hale. This was defeated.\n\n"
        "Cllr Reed proposed buying a new mower, seconded by Cllr Hale. A vote was taken: 2 for, 4 against. Not carried.\n"
    )
    assert _texts(make_document, nlp, text) == [
        "It was proposed by Cllr Reed, seconded by Cllr Hale, that two benches be bought. The Council was all in favour.",
        "Cllr Reed proposed that the hedge be trimmed, seconded by Cllr Hale. This was carried.",
        "Mrs. Sara Dunn proposed their approval, seconded by Mr. Dave Wills. The motion was unanimously carried.",
    ]


def test_mover_record_that_carries_its_own_outcome(make_document, nlp):
    text = (
        "#### 25. Finance\n\nTo approve expenditure as itemised on the schedule.\n\n"
        "Proposed by Cllr Lane seconded by Cllr Moss and unanimously approved.\n\n"
        "#### 26. Grass\n\nRESOLVED that the verges be cut monthly.\n\n"
        "Proposed by Cllr Lane seconded by Cllr Moss and unanimously approved.\n\n"
        "#### 27. Co-option\n\nAnn Tarrant – proposed by Cllr Eden seconded by Cllr Lane and unanimously appointed.\n\n"
        "Proposed by Cllr Eden, seconded by Cllr Lane.\n"
    )
    resolutions = _resolutions(make_document, nlp, text)
    assert [r.text for r in resolutions] == [
        "To approve expenditure as itemised on the schedule. Proposed by Cllr Lane seconded by Cllr Moss and unanimously approved.",
        "RESOLVED that the verges be cut monthly.",
        "Ann Tarrant – proposed by Cllr Eden seconded by Cllr Lane and unanimously appointed.",
    ]
    assert resolutions[1].proposer == "Cllr Lane"


def test_payment_and_paper_lines_closed_by_their_decision(make_document, nlp):
    text = (
        "#### 8. Finance\n\n"
        "Hall hire for the year £60 Councillors resolved to pay\n"
        "Subscription to the county association - resolved to pay £98.50\n"
        "Bank statement for March was circulated\n\n"
        "#### 9. Policies\n\nThe policies were circulated before the meeting :-\n\n"
        "Code of Conduct Councillors resolved to sign\nRisk Assessment Councillors resolved to sign\n\n"
        "#### 10. Payments\n\nThe following were passed for payment by the Councillors\n"
    )
    assert _texts(make_document, nlp, text) == [
        "Hall hire for the year £60 Councillors resolved to pay",
        "Subscription to the county association - resolved to pay £98.50",
        "Code of Conduct Councillors resolved to sign",
        "Risk Assessment Councillors resolved to sign",
        "The following were passed for payment by the Councillors",
    ]


def test_body_nominated_and_resolved_and_no_objection_after_a_comma(make_document, nlp):
    text = (
        "#### 1. Election of Chair\n\nThe Councillors nominated and resolved that Councillor Vale remain as Chair.\n\n"
        "#### 10. Public Participation\n\nResidents wish to play bowls on the green, the Councillors have no objection to "
        "the players mowing it shorter.\n\nThe clerk said residents have no objection to the hedge.\n"
    )
    assert _texts(make_document, nlp, text) == [
        "The Councillors nominated and resolved that Councillor Vale remain as Chair.",
        "Residents wish to play bowls on the green, the Councillors have no objection to the players mowing it shorter.",
    ]


def test_proposal_raised_then_seconded_with_the_meeting_in_favour(make_document, nlp):
    text = (
        "#### 4/29 Applications\n\nS/HOU/24/0042 Porch at Lime Cottage\n"
        "A proposal was raised to reply with no objection by Cllr Hale. Cllr Bray seconded this and all Cllrs were in favour.\n\n"
        "#### 4/30 Verges\n\nA proposal was made by Cllr Hale to cut the verges. Cllr Bray seconded it and it was agreed.\n\n"
        "#### 4/31 Sign\n\nA proposal was made by Cllr Hale to move the sign. Cllr Bray seconded it. It was not carried.\n"
    )
    assert _texts(make_document, nlp, text) == [
        "A proposal was raised to reply with no objection by Cllr Hale. Cllr Bray seconded this and all Cllrs were in favour.",
        "A proposal was made by Cllr Hale to cut the verges. Cllr Bray seconded it and it was agreed.",
    ]


def test_motion_worded_above_its_movers_line(make_document, nlp):
    text = (
        "#### 3. APPROVAL OF MINUTES OF MAY 4\n\n"
        "Motion to approve the minutes of the regular meeting held on May 4 as submitted.\n"
        "Moved by Trustee Pike Seconded by Trustee Czern\nVOICE VOTE - Unanimous Approval (6-0)\n\n"
        "#### 4. Speed Limit\n\nMotion to lower the speed limit on Elm Road to 25.\n"
        "Moved by Trustee Pike Seconded by Trustee Czern\nVOICE VOTE - (2-4)\n"
    )
    assert _texts(make_document, nlp, text) == [
        "Motion to approve the minutes of the regular meeting held on May 4 as submitted. "
        "Moved by Trustee Pike Seconded by Trustee Czern VOICE VOTE - Unanimous Approval (6-0)",
    ]


def test_motion_seconded_and_approved_in_one_clause(make_document, nlp):
    text = (
        "#### 4. VOUCHERS\n\nTrustee Kane made a motion to approve the vouchers as follows; "
        "the motion was seconded by Trustee Brand and approved unanimously.\n\n"
        "#### 5. Signs\n\nTrustee Kane made a motion to buy new signs; the motion was seconded by Trustee Brand and failed.\n"
    )
    assert _texts(make_document, nlp, text) == [
        "Trustee Kane made a motion to approve the vouchers as follows; "
        "the motion was seconded by Trustee Brand and approved unanimously.",
    ]


def test_question_put_to_the_vote_then_its_tally_and_result(make_document, nlp):
    text = (
        "#### 2. Domain\n\nThe treasurer explained the filing fee.\n\n"
        "Vote on spending $120 to renew the domain.\n\n"
        "-   Vote: 4 in favor, 0 opposed, 1 abstained\n-   Resolution: Vote passed\n\n"
        "#### 3. Laser Cutter\n\nVote to buy a second laser cutter:\n\n"
        "-   Vote: 1 in favor, 4 opposed, 0 abstained\n-   Resolution: Vote failed\n"
    )
    assert _texts(make_document, nlp, text) == [
        "Vote on spending $120 to renew the domain. Vote: 4 in favor, 0 opposed, 1 abstained",
    ]


def test_voted_on_and_approved_and_body_elected_after_a_comma(make_document, nlp):
    text = (
        "#### 2. Elections\n\nThe following people were voted on and approved for terms through 2026.\n\n"
        "In accord with Article 4 on filling a vacancy, the Board elected as a member Tim Cross.\n\n"
        "When asked, the members appointed by the county spoke.\n"
    )
    assert _texts(make_document, nlp, text) == [
        "The following people were voted on and approved for terms through 2026.",
        "In accord with Article 4 on filling a vacancy, the Board elected as a member Tim Cross.",
    ]


def test_changes_worked_on_and_agreed_to_with_the_verb_left_out(make_document, nlp):
    text = (
        "#### 1. Articles\n\nProposed changes to the articles of association worked on and agreed to.\n"
        "Will be printed for the members.\n\n"
        "#### 2. Policy\n\nThe policy changes need to be approved in June.\n\n"
        "Changes to the bylaws to be agreed to next month.\n"
    )
    assert _texts(make_document, nlp, text) == ["Proposed changes to the articles of association worked on and agreed to."]


def test_motion_duly_made_and_seconded_then_what_it_did(make_document, nlp):
    text = (
        "#### 7. Minutes\n\nUpon motion duly made and seconded, the minutes were approved.\n\n"
        "On motion seconded, the Board unanimously adopted Resolution 12.\n\n"
        "On motion made and seconded, the Board discussed the budget.\n"
    )
    assert _texts(make_document, nlp, text) == [
        "Upon motion duly made and seconded, the minutes were approved.",
        "On motion seconded, the Board unanimously adopted Resolution 12.",
    ]


def test_decision_words_run_in_after_a_label(make_document, nlp):
    text = (
        "#### 3. Business\n\nOrder of the agenda – agreed to take items 9 and 10 together.\n\n"
        "Cllr Moss – agreed to look into the lights.\n\nClerk - agreed to write to the county.\n\n"
        "Apologies – agreed to accept the apologies of Cllr Lee.\n\nFootpaths: the walker said she agreed to report it.\n"
    )
    assert _texts(make_document, nlp, text) == ["Order of the agenda – agreed to take items 9 and 10 together."]


def test_a_mover_record_after_a_decision_joins_it(make_document, nlp):
    # The mover and seconder named by initials or by full names without a title are no decision of their own.
    for record in ("Proposed by AM and\nseconded by BR.", "Proposed by Ann Moss, seconded by Ben Reed."):
        text = f"1. Minutes\nThe Minutes of the Meeting held on 5 February 2031 were approved. {record}\n\n2. Roads\nNoted.\n"
        texts = _texts(make_document, nlp, text)
        assert texts[0] == "The Minutes of the Meeting held on 5 February 2031 were approved."
        assert not any(t.startswith("Proposed") for t in texts)


def test_a_decision_that_goes_on_with_also_is_one_decision(make_document, nlp):
    for also in ("were also confirmed.", "was also approved."):
        text = (
            "6. Approval of Minutes\nThe minutes of the meeting held on 4 March were confirmed as a true record. "
            f"The minutes of the meeting held on 11 March {also}\n"
        )
        assert _texts(make_document, nlp, text) == [
            f"The minutes of the meeting held on 4 March were confirmed as a true record. The minutes of the meeting held "
            f"on 11 March {also}"
        ]


def test_an_outcome_and_its_restatement_close_the_motion_record(make_document, nlp):
    for tail in ("Motion passes. The bills\nstand approved for payment as submitted.", "Motion carried. The minutes are approved as written."):
        text = (
            "3. APPROVAL OF BILLS\nA motion was made to approve the bills by Trustee Moss, seconded by Trustee Reed. "
            f"All were in favor. {tail}\n\n4. ADJOURNMENT\n"
        )
        [decision] = _texts(make_document, nlp, text)
        assert decision.startswith("A motion was made") and decision.endswith(tail.replace("\n", " ").split(". ")[-1])
    # A new motion after the outcome is a decision of its own.
    text = (
        "3. BILLS\nA motion was made to approve the bills by Trustee Moss, seconded by Trustee Reed. Motion passes. "
        "A motion was made to buy a mower by Trustee Reed, seconded by Trustee Moss. Motion passes.\n"
    )
    assert len(_texts(make_document, nlp, text)) == 2


def test_unanimously_agreed_opening_its_sentence(make_document, nlp):
    for said in ("Unanimously agreed to keep the fees unchanged.", "Unanimously resolved that the fees stay as they are."):
        assert _texts(make_document, nlp, f"9. Fees\nThe fees were reviewed. {said}\n") == [said]
    # An agreement reported of someone else is no decision of the meeting.
    assert _texts(make_document, nlp, "9. Fees\nThe hall trustees unanimously agreed to raise their fees.\n") == []


def test_a_mover_record_that_carries_its_motion(make_document, nlp):
    for said in (
        "Proposed Cllr Abel, seconded Cllr Bray, all in favour: to adopt the budget.",
        "Proposed by Ann Abel, seconded by Bo Bray – unanimous – that the grant be paid.",
    ):
        text = f"10. Budget\nThe minutes were approved.\n\n{said}\n"
        assert _texts(make_document, nlp, text) == ["The minutes were approved.", said]
    # A record with no motion after it names the mover of the decision above it.
    text = "10. Budget\nThe budget was approved.\n\nProposed Cllr Abel, seconded Cllr Bray, all in favour.\n"
    assert _texts(make_document, nlp, text) == ["The budget was approved."]


def test_a_decision_made_as_a_noun_phrase(make_document, nlp):
    text = (
        "3. Volunteers\nDecision made that the council will apply for background checks.\n"
        "- Decision also made that the council will fund the hoodies as is tradition.\n"
    )
    assert _texts(make_document, nlp, text) == [
        "Decision made that the council will apply for background checks.",
        "Decision also made that the council will fund the hoodies as is tradition.",
    ]
    assert _texts(make_document, nlp, "3. Volunteers\nThe decision made last year stands for now.\n") == []


def test_a_motion_closed_by_moved_and_its_tally(make_document, nlp):
    for opening in ("Motion: Councilor Abel moved", "Councilor Abel moved"):
        said = f"{opening} to close the public record. Councilor Bray seconded. Moved 3-0."
        assert _texts(make_document, nlp, f"5. Hearing\n{said}\n") == [said]


def test_a_small_boards_ordinals_and_its_counted_sides(make_document, nlp):
    for said in (
        "Greta 1st motion to accept, Abe seconded 4 yea 0 nay",
        "Hilda made 1st and Greta seconded to pay the bills. 4 yea 0 nay",
        "Otto made 1st motion to reimburse Abe, Greta seconded. Passed 4 yea 0 nay",
        "1st: Hilda Cole 2nd: Otto Dunn to adopt the budget. Motion carried 4-0.",
    ):
        assert _texts(make_document, nlp, f"2. Bills\n{said}\n") == [said], said
    # A motion that lost its count is no decision; a count with no motion is none either.
    assert _texts(make_document, nlp, "2. Bills\nHilda made 1st and Greta seconded to pay the bills. 1 yea 3 nay\n") == []
    assert _texts(make_document, nlp, "2. Bills\nThe survey came back 4 yea 0 nay on the new sign.\n") == []


def test_a_township_motion_runs_to_its_outcome_and_tally(make_document, nlp):
    # The outcome ("Vote role/voice carried", "Voice vote-Motion carried") and the tally after it belong to the motion
    # above; a line that opens the next motion starts a record of its own, full stop or none.
    text = (
        "#### 3. Board Business\n\n"
        "Motion made by Ann to accept agenda seconded by Ben. Vote role/voice carried. Amended agenda -\n"
        "added a guest speaker from the library. Yes – 5, No – 0\n"
        "Motion made by Ben to accept previous month’s minutes, seconded by Cy. Vote voice carried\n"
        "Yes – 4 No – 0\n"
        "Motion by Cy to accept invoices, 2nd by Ann. Voice vote-Motion carried\n"
        "Motion by Ann to accept treasurer’s report, 2nd by Ben. Voice vote-Motion carried.\n"
    )
    assert _texts(make_document, nlp, text) == [
        "Motion made by Ann to accept agenda seconded by Ben. Vote role/voice carried. Amended agenda added a guest "
        "speaker from the library. Yes – 5, No – 0",
        "Motion made by Ben to accept previous month’s minutes, seconded by Cy. Vote voice carried Yes – 4 No – 0",
        "Motion by Cy to accept invoices, 2nd by Ann. Voice vote-Motion carried",
        "Motion by Ann to accept treasurer’s report, 2nd by Ben. Voice vote-Motion carried.",
    ]


def test_a_tally_ends_its_motion_before_the_next_business(make_document, nlp):
    text = (
        "#### 9. Closing\n\n"
        "Motion made by Dee to adjourn meeting seconded by Eli. Vote role/voice carried. Yes – 5, No – 0 Meeting\n"
        "was adjourned at 8:10 pm\n"
    )
    assert _texts(make_document, nlp, text) == [
        "Motion made by Dee to adjourn meeting seconded by Eli. Vote role/voice carried. Yes – 5, No – 0"
    ]


def test_a_bare_mover_and_seconder_move_what_was_set_out_before(make_document, nlp):
    for tally in ("Yea – 4 and Nay – 1.", "Motion carried."):
        text = (
            "#### 5. New Business\n\n"
            "Resolution 2031-2: – Presented resolution 2031-2 naming the deputy clerk to sign the warrants. "
            f"Motion made by Ann and seconded by Ben. {tally}\n"
        )
        assert _texts(make_document, nlp, text) == [
            "Resolution 2031-2: – Presented resolution 2031-2 naming the deputy clerk to sign the warrants. "
            f"Motion made by Ann and seconded by Ben. {tally}"
        ]


@pytest.mark.parametrize(
    "approved", ["Approved by Ann, Ben, Cy and Dee.", "APPROVED BY Ann, Ben and Cy.", "approved by Ann Lee and Ben Orr."]
)
def test_members_approving_by_name_decide_their_run_in_topic(make_document, nlp, approved):
    text = (
        "#### 6. Unfinished Business\n\n"
        f"Old Shed Removal: – Received 2 bids. Lowest bid from a local firm. {approved}\n"
    )
    assert _texts(make_document, nlp, text) == [
        f"Old Shed Removal: – Received 2 bids. Lowest bid from a local firm. {approved}"
    ]


def test_township_vote_lookalikes_are_not_outcomes(make_document, nlp):
    text = (
        "#### 3. Board Business\n\n"
        "Vote on the paving contract at the next meeting. The vote carried over to June.\n\n"
        "Shed plans: – Approved by the county last year. Yes – 5 trucks were sent.\n"
    )
    assert _texts(make_document, nlp, text) == []


def test_a_mover_by_initials_or_name_then_motion_as_the_verb(make_document, nlp):
    for said in ("AT motion to adopt Resolution R2031-4 for a franchise fee. 2nd by BH. Motion carried.",
                 "Ann motioned for adjournment, 2nd by Ben. Voice vote-Motion carried."):
        assert _texts(make_document, nlp, f"#### 5. New Business\n\n{said}\n") == [said]
    # "The motion to …" is the motion named, not its mover.
    text = "#### 5. New Business\n\nThe motion to buy a truck was discussed at length.\n"
    assert _texts(make_document, nlp, text) == []


@pytest.mark.parametrize("mark", ["~", "• ", "*"])
def test_a_marked_line_that_opens_with_its_mover_is_a_motion_of_its_own(make_document, nlp, mark):
    # The line above ends with its outcome and no full stop: the marked mover's line still opens the next record.
    first = "AT motioned to accept the resignation of the deputy clerk. 2nd by BH, Voice vote-motion carried"
    second = "Ann made a motion to appoint Cy Dunn as clerk; 2nd by BH. Voice vote-motion carried."
    text = f"#### 5. New Business\n\n{mark}{first}\n{mark}{second}\n"
    assert [said.lstrip("~•* ") for said in _texts(make_document, nlp, text)] == [first, second]
    # a marked line that only goes on with the sentence above opens nothing
    text = f"#### 5. New Business\n\n{mark}{first} as the\n{mark}motion by BH had said.\n"
    assert len(_texts(make_document, nlp, text)) == 1


def test_a_small_boards_ordinal_motions_one_a_line(make_document, nlp):
    # Each line opens with its mover and ends with its tally, no full stop between them: one decision a line, the
    # topic line above it left out.
    text = (
        "#### 2. Opening\n\n"
        "Review and acceptance of May 2031 Minutes\n"
        "Rosa 1st motion to accept , Tom seconded 4 Yea 0 nay\n"
        "Review and acceptance of June 2031 Agenda\n"
        "Una made 1st and Rosa seconded\t4 yea 0 nay\n"
        "Review and Paying of the Bills\n"
        "Tom made 1st motion, seconded by Una 4 yea 0 nay\n"
        "Tom made 1st contact with the county about the culvert\n"
    )
    assert _texts(make_document, nlp, text) == [
        "Rosa 1st motion to accept , Tom seconded 4 Yea 0 nay",
        "Una made 1st and Rosa seconded 4 yea 0 nay",
        "Tom made 1st motion, seconded by Una 4 yea 0 nay",
    ]


def test_a_proposer_and_seconder_with_no_outcome_record_the_decision(make_document, nlp):
    text = (
        "#### 3. Approval of previous minutes\n\n- proposed by Ewan Ross, second Mairi Dunn\n\n"
        "#### 4. Co-opted member\n\nIsla Grant was co-opted on to the council in due form\nProposed by Ewan Ross\n"
        "Seconded by Mairi Dunn\n"
    )
    assert _texts(make_document, nlp, text) == [
        "proposed by Ewan Ross, second Mairi Dunn",
        "Isla Grant was co-opted on to the council in due form Proposed by Ewan Ross Seconded by Mairi Dunn",
    ]


def test_a_proposer_and_seconder_beside_an_outcome_are_that_records(make_document, nlp):
    text = "#### 3. Hall\n\nRESOLVED that the hall be painted. Proposed by Ewan Ross, seconded by Mairi Dunn.\n"
    assert _texts(make_document, nlp, text) == ["RESOLVED that the hall be painted. Proposed by Ewan Ross, seconded by Mairi Dunn."]
    text = "#### 3. Hall\n\nTo paint the hall. Proposed by Ewan Ross, seconded by Mairi Dunn. Carried.\n"
    [decision] = _texts(make_document, nlp, text)
    assert decision.endswith("Proposed by Ewan Ross, seconded by Mairi Dunn. Carried.")


@pytest.mark.parametrize(
    ("said", "decided"),
    [
        ("Request from the Scouts for a donation of £150. All Cllrs agreed to payment of this request.",
         "All Cllrs agreed to payment of this request."),
        ("Cllrs were all in favour that £200 be set aside in the budget for this.",
         "Cllrs were all in favour that £200 be set aside in the budget for this."),
        ("Members all agreed to the repair of the roof at a cost of £2,400.",
         "Members all agreed to the repair of the roof at a cost of £2,400."),
        ("Approved & signed as correct.", "Approved & signed as correct."),
    ],
)
def test_the_members_all_agreeing_is_a_decision(make_document, nlp, said, decided):
    assert _texts(make_document, nlp, f"#### 5. Hall\n\n{said}\n") == [decided]


def test_members_shown_figures_decide_nothing(make_document, nlp):
    assert _texts(make_document, nlp, "#### 5. Hall\n\nCllrs were shown the figures for the roof.\n") == []


@pytest.mark.parametrize(
    "said",
    [
        "Bus shelter repairs: quotes to be discussed at a future meeting.",
        "The lease is to be considered at the next meeting.",
        "The village show asked for help with costs, it was proposed that the council give £150, agreed unanimously.",
    ],
)
def test_a_matter_put_off_or_a_proposal_assented_to_is_a_decision(make_document, nlp, said):
    assert _texts(make_document, nlp, f"#### 5. Hall\n\n{said}\n") == [said]


@pytest.mark.parametrize(
    "said",
    [
        "The clerk will be discussing the lease with the owner.",
        "Members will talk about the hall at the next meeting of the trust.",
    ],
)
def test_talk_of_a_later_meeting_or_a_proposal_with_no_assent_decides_nothing(make_document, nlp, said):
    assert _texts(make_document, nlp, f"#### 5. Hall\n\n{said}\n") == []


def test_a_tally_cuts_before_a_capitalised_word_only(make_document, nlp):
    record = "Motion made by Ann to survey the cemetery seconded by Ben. Yes – 4, No – 0"
    text = f"#### 4. Cemetery\n\n{record} Meeting was adjourned at 7:30pm.\n"
    assert _texts(make_document, nlp, text) == [record]
    # a lower-case word after the tally goes on with its sentence
    text = f"#### 4. Cemetery\n\n{record} with the sexton to attend.\n"
    assert _texts(make_document, nlp, text) == [f"{record} with the sexton to attend."]
