"""Resolutions from short inline minutes."""

from __future__ import annotations

import pytest

from minutebook.extract.items import extract_items, split_sections
from minutebook.extract.pipeline import with_uncovered_body
from minutebook.extract.resolutions import _BODY_AGREED_AFTER, _without_roll, extract_resolutions


def _resolutions(make_document, nlp, text):
    document = make_document(text)
    return extract_resolutions(split_sections(document, extract_items(document)), nlp=nlp)


def _texts(make_document, nlp, text):
    return [r.text for r in _resolutions(make_document, nlp, text)]


def test_resolved_with_following_decision_lines(make_document, nlp):
    text = (
        "#### 5. Flood Plan\n\nThe engineer summarised the plan.\n\n"
        "RESOLVED that the plan be revised. The Board would see a fresh draft in May.\n"
        "The Board note the revised timetable.\n"
        "The Board request a costed option for the spring.\n"
    )
    assert _texts(make_document, nlp, text) == [
        "RESOLVED that the plan be revised. The Board would see a fresh draft in May.",
        "The Board note the revised timetable.",
        "The Board request a costed option for the spring.",
    ]


def test_lettered_list_gives_one_resolution_per_letter(make_document, nlp):
    text = (
        "#### 9. Tree Survey\n\nThe officer tabled the survey.\n\nThe Committee agreed to:\n\n"
        "- (a) fell the two diseased oaks\n- (b) the replanting scheme in the survey.\n"
    )
    resolutions = _resolutions(make_document, nlp, text)
    assert [r.text for r in resolutions] == [
        "The Committee agreed to: fell the two diseased oaks",
        "The Committee agreed to: the replanting scheme in the survey.",
    ]
    assert {r.item for r in resolutions} == {"9"}


def test_common_decision_phrasings(make_document, nlp):
    text = (
        "#### 1. Record of 2 March 2014\n\n"
        "The notes of the 2 March 2014 meeting were approved and signed by the Chair.\n\n"
        "#### 2. Bus Shelters\n\nThe officer reported progress. It was agreed that two shelters be replaced.\n\n"
        "#### 3. Litter Figures\n\nMembers noted the figures.\n\n"
        "#### 4. Next meeting date\n\nNoted\n\n"
        "#### 5. Youth Forum\n\n- (1) The youth worker described the forum.\n- (2) The Panel noted the description.\n\n"
        "#### 6. Previous minutes\n\nThe minutes of the previous meeting were confirmed; nothing was outstanding.\n"
    )
    resolutions = _resolutions(make_document, nlp, text)
    assert [(r.item, r.text) for r in resolutions] == [
        ("1", "The notes of the 2 March 2014 meeting were approved and signed by the Chair."),
        ("2", "It was agreed that two shelters be replaced."),
        ("3", "Members noted the figures."),
        ("4", "Noted"),
        ("5", "The Panel noted the description."),
        ("6", "The minutes of the previous meeting were confirmed; nothing was outstanding."),
    ]


def test_decision_inside_a_paragraph(make_document, nlp):
    text = (
        "#### 3.3 Complaints log\n\nThe clerk summarised the log. "
        "The Committee confirmed that the layout suited it.\n\n"
        "The Committee reviewed the overdue replies and agreed to chase each of them.\n"
    )
    assert _texts(make_document, nlp, text) == [
        "The Committee confirmed that the layout suited it.",
        "The Committee reviewed the overdue replies and agreed to chase each of them.",
    ]


def test_proposer_and_seconder(make_document, nlp):
    text = (
        "5. PREVIOUS MINUTES\n\n"
        "Councillor Green proposed and Councillor Black seconded that the 1 June 2015 "
        "minutes be signed, which Members agreed.\n"
    )
    (resolution,) = _resolutions(make_document, nlp, text)
    assert (resolution.proposer, resolution.seconder) == ("Councillor Green", "Councillor Black")
    assert resolution.item == "5"


def test_mover_and_seconder_before_a_resolved_list(make_document, nlp):
    text = (
        "4. MARKET POLICY\n\nIt was moved by Councillor Amber, seconded by Councillor Reed and\n\n"
        "RESOLVED:\n\n(1) That the draft policy be approved.\n\n(2) That officers consult the traders.\n"
    )
    resolutions = _resolutions(make_document, nlp, text)
    assert [(r.text, r.proposer, r.seconder) for r in resolutions] == [
        ("RESOLVED: That the draft policy be approved.", "Councillor Amber", "Councillor Reed"),
        ("RESOLVED: That officers consult the traders.", "Councillor Amber", "Councillor Reed"),
    ]


def test_lookalikes_are_not_resolutions(make_document, nlp):
    text = (
        "#### 2. Publicity\n\n"
        "It was suggested that a leaflet go to every household.\n\n"
        "Members suggested that the Board try the free parish magazine.\n\n"
        "Ms Grey presented the leaflet and the Board talked it through.\n\n"
        "The Board considered that cycling was a good theme.\n\n"
        "2. At the workshop in June it was agreed that a survey would run.\n\n"
        "The Board had received a grant from the county.\n"
    )
    assert _texts(make_document, nlp, text) == []


def test_resolved_on_its_own_line_takes_the_next_paragraph(make_document, nlp):
    text = "3. PREVIOUS MINUTES\n\nRESOLVED:\n\nThat the minutes of 4 May be signed as correct.\n"
    assert _texts(make_document, nlp, text) == ["RESOLVED: That the minutes of 4 May be signed as correct."]


def test_decision_and_agreed_labels_need_their_separator(make_document, nlp):
    text = (
        "#### 1. Fees\n\nDecision: to keep the scheme.\n\nAgreed that the fee stays.\n\n"
        "Decision making was slow this year.\n\nAgreed.\n"
    )
    assert _texts(make_document, nlp, text) == ["Decision: to keep the scheme.", "Agreed that the fee stays.", "Agreed."]


def test_vote_line_names_the_mover_and_more_decision_verbs(make_document, nlp):
    text = (
        "ABC/18/16 Previous minutes\n\nRESOLVED: That the minutes of 26 April be signed.\n\n"
        "Proposed Cllr Mold, seconded Cllr Pike; carried.\n\n"
        "ABC/18/17 Plan\n\nPartners discussed the two reports and agreed that they should come together.\n\n"
        "RESOLVED that the Board approve the plan.\nThe Board delegate authority to the Manager to make minor changes.\n\n"
        "Members welcomed the results.\n"
    )
    resolutions = _resolutions(make_document, nlp, text)
    assert [(r.item, r.text, r.proposer, r.seconder) for r in resolutions] == [
        ("ABC/18/16", "RESOLVED: That the minutes of 26 April be signed.", "Cllr Mold", "Cllr Pike"),
        ("ABC/18/17", "RESOLVED that the Board approve the plan.", None, None),
        ("ABC/18/17", "The Board delegate authority to the Manager to make minor changes.", None, None),
    ]


def test_a_repeated_sentence_keeps_its_opener(make_document, nlp):
    document = make_document(
        "1. FIRST ITEM\n\nMembers noted the report. The Board agreed to fund it.\n\n"
        "2. SECOND ITEM\n\nMembers noted the report.\n\nThe Board agreed to fund it. Officers spoke.\n"
    )
    sections = split_sections(document, extract_items(document))
    texts = [(resolution.item, resolution.text) for resolution in extract_resolutions(sections, nlp=nlp)]
    assert texts == [
        ("1", "Members noted the report."),
        ("1", "The Board agreed to fund it."),
        ("2", "Members noted the report."),
        ("2", "The Board agreed to fund it."),
    ]


def test_motion_record_runs_from_the_motion_to_its_outcome(make_document, nlp):
    text = (
        "#### 4. Minutes Approval\n\n"
        "Trustee Ann Morrow asked for one correction. Trustee Ann Morrow makes a motion to approve the May minutes, "
        "Trustee Paul Lind seconds the motion. Trustees Ann Morrow aye, Paul Lind aye. Motion carried unanimously.\n\n"
        "#### 5. Snow Removal\n\n"
        "Commissioner Vale made a motion to award the plowing contract. Commissioner\n"
        "Okafor seconded the motion. The motion passed 4-1.\n\n"
        "#### 6. Fence Height\n\n"
        "Commissioner Okafor made a motion to deny the variance. Commissioner Vale seconded the motion. "
        "The motion failed 2-3.\n"
    )
    assert _texts(make_document, nlp, text) == [
        "Trustee Ann Morrow makes a motion to approve the May minutes, Trustee Paul Lind seconds the motion. "
        "Trustees Ann Morrow aye, Paul Lind aye. Motion carried unanimously.",
        "Commissioner Vale made a motion to award the plowing contract. Commissioner Okafor seconded the motion. "
        "The motion passed 4-1.",
    ]


def test_motion_worded_as_that_under_its_number_ends_with_carried(make_document, nlp):
    text = (
        "#### 7. Resolutions\n\n"
        "R2031-40 A. Brook, C. Dale:\n\n"
        "That the accounts dated March 3, 2031 be approved.\n\n"
        "Carried.\n\n"
        "R2031-41 C. Dale, A. Brook:\n\n"
        "THAT Council purchase a second grader.\n\n"
        "Defeated.\n\n"
        "WHEREAS the hall roof leaks;\n\n"
        "THEREFORE BE IT RESOLVED THAT the roof be repaired. Carried.\n"
    )
    assert _texts(make_document, nlp, text) == [
        "That the accounts dated March 3, 2031 be approved. Carried.",
        "WHEREAS the hall roof leaks; THEREFORE BE IT RESOLVED THAT the roof be repaired. Carried.",
    ]


def test_moved_approval_with_roll_call_outcome(make_document, nlp):
    text = (
        "#### 3. Consent Calendar\n\n"
        "Vice Mayor Ruiz moved approval of the Consent Calendar. Councilmember Tan seconded the motion, which carried "
        "by the following roll call vote: Councilmember Tan: Aye; Vice Mayor Ruiz: Aye. Ayes: 2.\n\n"
        "#### 4. Harbour Lease\n\n"
        "The resident moved to the area last year and asked about parking. The item was carried over.\n"
    )
    assert _texts(make_document, nlp, text) == [
        "Vice Mayor Ruiz moved approval of the Consent Calendar. Councilmember Tan seconded the motion, which carried "
        "by the following roll call vote: Councilmember Tan: Aye; Vice Mayor Ruiz: Aye.",
    ]


def test_motion_in_parts_and_a_roll_call_of_ayes(make_document, nlp):
    text = (
        "#### 8. Resolutions\n\n"
        "THAT we receive the staff report on the boat launch;\n\n"
        "AND THAT staff be directed to:\n\n"
        "- a) post the launch hours;\n- b) order two new signs.\n\n"
        "AND THAT a copy be sent to the lake association. Carried.\n\n"
        "#### 9. Mowing\n\n"
        "Ted makes a motion to hire a mowing crew, Rosa seconds the motion. Take a vote: Ted aye, Rosa aye, Lou aye.\n\n"
        "#### 10. Hall Rental\n\n"
        "Lou makes a motion to waive the hall fee, Ted seconds. Vote: Ted aye, Rosa nay, Lou aye.\n"
    )
    texts = _texts(make_document, nlp, text)
    assert texts[0].startswith("THAT we receive the staff report on the boat launch; AND THAT staff be directed to:")
    assert texts[0].endswith("AND THAT a copy be sent to the lake association. Carried.")
    assert texts[1:] == [
        "Ted makes a motion to hire a mowing crew, Rosa seconds the motion. Take a vote: Ted aye, Rosa aye, Lou aye.",
    ]


def test_decision_in_the_main_clause_after_an_opening_phrase(make_document, nlp):
    text = (
        "#### 3. Housing Report\n\n"
        "At the outset, on the proposal of Councillor Neary, seconded by Councillor Tierney, it was agreed to take "
        "a short adjournment.\n\n"
        "The speaker declined to comment on the case but offered to return, and it was AGREED to invite him in May.\n\n"
        "The Chair said that it was agreed last year to review the scheme.\n\n"
        "On resumption, on the proposal of Councillor Tierney, seconded by Councillor Neary, Standing Orders were "
        "suspended.\n"
    )
    assert _texts(make_document, nlp, text) == [
        "At the outset, on the proposal of Councillor Neary, seconded by Councillor Tierney, it was agreed to take "
        "a short adjournment.",
        "The speaker declined to comment on the case but offered to return, and it was AGREED to invite him in May.",
        "On resumption, on the proposal of Councillor Tierney, seconded by Councillor Neary, Standing Orders were "
        "suspended.",
    ]


def test_and_resolved_after_proposer_and_seconder_lines(make_document, nlp):
    text = (
        "#### 2. Disposal of Land\n\n"
        "Circulated, copy of notice concerning disposal of land at Mill Lane.\n\n"
        "Proposed by Councillor Hart;\n\nSeconded by Councillor Keane;\n\nAnd Resolved:\n\n"
        "“That, the approval of the Council be given to the disposal of land at Mill Lane.”\n\n"
        "#### 3. Motions\n\n"
        "Councillor Hart proposed that the Council write to the Minister.\n\nThe Motion was agreed.\n"
    )
    assert _texts(make_document, nlp, text) == [
        "Resolved: “That, the approval of the Council be given to the disposal of land at Mill Lane.”",
        "The Motion was agreed.",
    ]


def test_wrapped_lines_of_a_decision_are_read_as_one_sentence(make_document, nlp):
    text = (
        "#### 4. Budget Dates\n\n"
        "The officer circulated the letter from the department about the budget timetable for the year.\n"
        "Members discussed the dates at some length and raised the question of the weekend sittings.\n\n"
        "On the proposal of Councillor Hart, seconded by Councillor Keane, it was agreed that the\n\n"
        "budget meeting would be held on the third Monday of November at the usual hour.\n"
    )
    assert _texts(make_document, nlp, text) == [
        "On the proposal of Councillor Hart, seconded by Councillor Keane, it was agreed that the budget meeting "
        "would be held on the third Monday of November at the usual hour.",
    ]


def test_disposition_tag_closing_a_line_is_its_decision(make_document, nlp):
    text = (
        "#### 5. Correspondence\n\n"
        "i) Coast Bank Statement dated 01/06/2031, Sheet No 12, Credit Balance £4,120.00 Noted\n"
        "ii) County Council, notice of road closure at Pant Lane. Noted\n"
        "iii) Rural Forum newsletter. Notice Board\n\n"
        "#### 6. Any Other Business\n\n"
        "Cllr. P. Rees spoke about the new youth club at the old school hall. Noted\n"
        "As there was no further business, the Chair closed the meeting.\n\n"
        "The Clerk said that the report was noted by the county.\n"
    )
    assert _texts(make_document, nlp, text) == [
        "Coast Bank Statement dated 01/06/2031, Sheet No 12, Credit Balance £4,120.00 Noted",
        "County Council, notice of road closure at Pant Lane. Noted",
        "Cllr. P. Rees spoke about the new youth club at the old school hall. Noted",
    ]


def test_application_block_closed_by_no_objections(make_document, nlp):
    text = (
        "#### 9. Planning\n\n"
        "W/10231\n\nSingle Storey Extension to Rear\n\nHafod Farm\n\nLlanfair\n\nSA40 1ZZ\n\nMr T Owen\n\n"
        "NO OBJECTIONS\n\n"
        "W/10240 Change of Use of Barn to Holiday Let\n\nTy Gwyn\n\nPenrhiw\n\nMrs A Bell\n\nNo Observations\n\n"
        "#### 10. Next Meeting\n\nNoted\n"
    )
    assert _texts(make_document, nlp, text) == [
        "W/10231 Single Storey Extension to Rear Hafod Farm Llanfair SA40 1ZZ Mr T Owen NO OBJECTIONS",
        "W/10240 Change of Use of Barn to Holiday Let Ty Gwyn Penrhiw Mrs A Bell No Observations",
        "Noted",
    ]


def test_motion_seconded_and_agreed(make_document, nlp):
    text = (
        "#### 15. Notice of Motion\n\n"
        "Councillor Doyle proposed an amendment to the Motion.\n\n"
        "The Motion, as amended, was seconded by Councillor Barry and agreed.\n\n"
        "#### 16. Library Hours\n\n"
        "The recommendations of the working group were unanimously adopted.\n"
    )
    assert _texts(make_document, nlp, text) == [
        "The Motion, as amended, was seconded by Councillor Barry and agreed.",
        "The recommendations of the working group were unanimously adopted.",
    ]


def test_passive_decisions_about_a_document_or_an_item(make_document, nlp):
    text = (
        "#### 7. Risk Assessment\n\n"
        "The Risk Assessment for 2031/32, as previously circulated to Councillors, was unanimously approved.\n\n"
        "#### 8. Sectoral Members\n\n"
        "This item was deferred pending the appointment of the new members.\n\n"
        "#### 9. Minutes\n\n"
        "These were moved as correct by Ann Hale and Tom Reid.\n\n"
        "#### 10. Footpaths\n\n"
        "The officer reported that the path survey was approved by the county last year.\n"
    )
    assert _texts(make_document, nlp, text) == [
        "The Risk Assessment for 2031/32, as previously circulated to Councillors, was unanimously approved.",
        "This item was deferred pending the appointment of the new members.",
        "These were moved as correct by Ann Hale and Tom Reid.",
    ]


def test_result_labels_and_moved_seconded_carried_tags(make_document, nlp):
    text = (
        "#### 6. Bus Shelter Contract\n\n"
        "Motion to award the bus shelter contract to the lowest bidder.\n\n"
        "RESULT: APPROVED [UNANIMOUS]\n\n"
        "MOVER: Dana Fox, Director\n\n"
        "#### 7. Park Art\n\n"
        "Commissioner Lee made motion to approve the mural design for the north wall.\n\n"
        "M/S/C Commissioner Lee / Commissioner Park\n\n"
        "#### 8. Fare Study\n\n"
        "Motion to defer the fare study.\n\nRESULT: FAILED [4 TO 7]\n"
    )
    assert _texts(make_document, nlp, text) == [
        "Motion to award the bus shelter contract to the lowest bidder. RESULT: APPROVED [UNANIMOUS]",
        "Commissioner Lee made motion to approve the mural design for the north wall. "
        "M/S/C Commissioner Lee / Commissioner Park",
    ]


def test_moved_by_seconded_by_then_the_motion_and_its_tally(make_document, nlp):
    text = (
        "#### 2. Consent\n\n"
        "Moved by P. Okoro\n\nSeconded by L. Haines\n\n"
        "That Consent Items 2.1 to 2.4 BE APPROVED, with the exception of item 2.2.\n\n"
        "Vote:\n\n|Yeas:|\n|J. Amon|\n|P. Okoro|\n|L. Haines|\n\n"
        "Motion Passed (3 to 0)\n\n"
        "#### 3. Transit Report\n\n"
        "Moved by L. Haines\n\nSeconded by J. Amon\n\n"
        "That the transit report BE RECEIVED for information.\n\n"
        "Motion Failed (1 to 2)\n"
    )
    (only,) = _texts(make_document, nlp, text)
    assert only.startswith("That Consent Items 2.1 to 2.4 BE APPROVED, with the exception of item 2.2. Vote:")
    assert only.endswith("Motion Passed (3 to 0)")


def test_decision_lines_after_a_bullet_glyph_inside_a_paragraph(make_document, nlp):
    text = (
        "#### 12. Planning\n\n"
        "Councillors considered the following planning applications;\n"
        "\uf0b7 Application 22/0410 for a two storey extension at Mill Farm\n"
        "\uf0b7 RESOLVED: That the Council had no objection to the extension\n"
        "• Application 22/0433 for a new barn at Low Lane\n"
        "• RESOLVED: That the Council objected to the size of the barn\n\n"
        "The following payments were approved:\n\n- (a) Hall hire £40\n- (b) Salary £400\n"
    )
    assert _texts(make_document, nlp, text) == [
        "RESOLVED: That the Council had no objection to the extension",
        "RESOLVED: That the Council objected to the size of the barn",
        "The following payments were approved:",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Proposer and seconder, the outcome a fragment of its own.
        ("#### 3. Minutes\n\nCllr Mrs Dunn proposed acceptance of the Minutes seconded by Cllr Birch. **Unanimously Agreed**\n",
         ["Cllr Mrs Dunn proposed acceptance of the Minutes seconded by Cllr Birch. Unanimously Agreed"]),
        # Proposed and seconded with no outcome printed: the record is the decision.
        ("#### 4. Payments\n\nIt was proposed by A. Hart and seconded by Mrs. Cole these accounts be passed for payment.\n",
         ["It was proposed by A. Hart and seconded by Mrs. Cole these accounts be passed for payment."]),
        ("#### 5. Precept\n\nMr Penn proposed that it be increased by 3% seconded by Mr Brook, carried unanimously.\n",
         ["Mr Penn proposed that it be increased by 3% seconded by Mr Brook, carried unanimously."]),
        # Motion and second written after the decision.
        ("#### 2. Opening Business\n\n- Minutes from 10/12/20 meeting approved – A. Ames (motion), B. Bloom (second)\n",
         ["Minutes from 10/12/20 meeting approved – A. Ames (motion), B. Bloom (second)"]),
        # A question put to the meeting and answered with the outcome alone.
        ("#### 9. Newsletter\n\nThe Chairman asked if everyone was happy that the notes go to the newsletter. All in agreement.\n",
         ["The Chairman asked if everyone was happy that the notes go to the newsletter. All in agreement."]),
    ],
)
def test_proposals_and_bare_outcomes_are_decisions(make_document, nlp, text, expected):
    assert _texts(make_document, nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # Lookalikes: a proposal that lost, a proposal with no seconder, talk of "agreement", a list line.
        "#### 6. Gates\n\nCllr Fox proposed removal of the gates, seconded by Cllr Hale. 2 for, 5 against - not carried.\n",
        "#### 7. Signatories\n\nThe Clerk said it had been proposed the Clerk should be a signatory.\n",
        "#### 8. Lease\n\nThe tenant has signed the agreement with the club.\n",
        "#### 10. Accounts\n\nBalance in bank £1,204.50\n\nAgreed\n",
    ],
)
def test_lookalikes_of_proposals_and_outcomes(make_document, nlp, text):
    texts = _texts(make_document, nlp, text)
    assert not any("proposed" in t or "agreement" in t or "£" in t for t in texts)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("#### 4. New Business\n\nAPPROVED – 2021 Meetings Calendar\n", ["APPROVED – 2021 Meetings Calendar"]),
        ("#### 4. New Business\n\no ADOPTED: the revised fee schedule\n", ["ADOPTED: the revised fee schedule"]),
        ("#### 8. Memorial Bench\n\nThe commissioners approved the request, provided the plaque is brass.\n",
         ["The commissioners approved the request, provided the plaque is brass."]),
        ("#### 5. Trees\n\nThe PC agreed to ask for a second quote.\n", ["The PC agreed to ask for a second quote."]),
        ("#### 6. Cemetery\n\nA quotation from the mason was accepted to reset the fallen stones.\n",
         ["A quotation from the mason was accepted to reset the fallen stones."]),
        ("#### 7. Correspondence\n\nMinutes of the Extraordinary Meeting held on 2nd May were approved.\n",
         ["Minutes of the Extraordinary Meeting held on 2nd May were approved."]),
        ("#### 3. Planning\n\nR. Dale - Two storey extension at Mill Cottage - recommend approval.\n",
         ["R. Dale - Two storey extension at Mill Cottage - recommend approval."]),
    ],
)
def test_decisions_without_resolved_openers(make_document, nlp, text, expected):
    assert _texts(make_document, nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # Lookalikes: the word in other roles.
        "#### 4. New Business\n\nThe approved budget is attached.\n",
        "#### 5. Reports\n\nThe commissioners asked about the approved plans.\n",
        "#### 6. Planning\n\nThe officer will recommend approval to the planning committee next month if the plans change.\n",
    ],
)
def test_lookalikes_of_decisions_without_openers(make_document, nlp, text):
    assert _texts(make_document, nlp, text) == []


def test_bullet_glyphs_split_text_outside_items(nlp):
    from minutebook.extract.resolutions import ProseSection
    from minutebook.ingest.document import make_document

    document = make_document(
        "Minutes from Monday, March 8, 2021 – 8:30am at Blue Kettle Cafe\n"
        "\uf0b7 Minutes approved – A. Ames (motion), B. Bloom (second)\n"
        "\uf0b7 Cara Cole welcomed to the Commission\n"
        "o APPROVED – 2021 Meetings Calendar\n"
    )
    section = ProseSection(item=None, lines=document.lines)
    assert [r.text for r in extract_resolutions([section], nlp=nlp)] == [
        "Minutes approved – A. Ames (motion), B. Bloom (second)",
        "APPROVED – 2021 Meetings Calendar",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("#### 9. Finance\n\nAccounts were presented and accepted for payment.\n",
         ["Accounts were presented and accepted for payment."]),
        ("#### 9. Finance\n\nQuotes were received and approved for the new fence.\n",
         ["Quotes were received and approved for the new fence."]),
    ],
)
def test_passive_decisions_with_a_bare_plural_subject(make_document, nlp, text, expected):
    assert _texts(make_document, nlp, text) == expected


def test_passive_lookalikes_stay_out(make_document, nlp):
    text = (
        "#### 9. Finance\n\nCouncillors asked whether accounts were approved last year.\n\nPlans were presented.\n\n"
        "Apologies were received and accepted from Cllr Hale.\n"
    )
    assert _texts(make_document, nlp, text) == []


def test_inline_bullets_and_run_in_numbers_outside_items(nlp):
    from minutebook.extract.resolutions import ProseSection
    from minutebook.ingest.document import make_document

    document = make_document(
        "7\\. Matters arising • The swings were mended. • It was agreed to paint the railings in May.\n\n"
        "8.2a It was agreed the hall would be booked for the fete.\n\n"
        "9\\. Accounts were presented and accepted for payment.\n"
    )
    section = ProseSection(item=None, lines=document.lines)
    assert [r.text for r in extract_resolutions([section], nlp=nlp)] == [
        "It was agreed to paint the railings in May.",
        "It was agreed the hall would be booked for the fete.",
        "Accounts were presented and accepted for payment.",
    ]


def test_bold_motion_opening_a_section_and_a_seconding_sentence(make_document, nlp):
    # Minutes that print motions in bold: the motion is the section's first (heading-marked) paragraph.
    text = (
        "#### 7. Minutes of March\n\n"
        "#### Commissioner Ortega made a motion to approve the minutes. Commissioner\n"
        "#### Lind seconded the motion. The motion\n"
        "#### passed 5-0.\n\n"
        "#### 8. Minutes of April\n\n"
        "The clerk read two corrections.\n\n"
        "Member Quill moved that the March minutes be approved as corrected. Motion was seconded by Member\n"
        "Ashby which was passed by a 4-1 vote.\n"
    )
    assert _texts(make_document, nlp, text) == [
        "Commissioner Ortega made a motion to approve the minutes. Commissioner Lind seconded the motion. "
        "The motion passed 5-0.",
        "Member Quill moved that the March minutes be approved as corrected. Motion was seconded by Member "
        "Ashby which was passed by a 4-1 vote.",
    ]


def test_motion_closed_by_a_tally_or_motion_carries(make_document, nlp):
    text = (
        "#### 3. Minutes\n\n"
        "Motion (Berry)/Second (Toll) to accept the minutes as amended\n\n"
        "Ayes: 4; Noes: 0; Absent: Crane\n\n"
        "#### 4. Study List\n\n"
        "The applicant spoke.\n\n"
        "Motion (Toll)/Second (Berry) to keep the house on the study list.\n\n"
        "Ayes: 3; Noes: 1; Absent: 1 (Crane)\n\n"
        "Motion Carries\n\n"
        "#### 5. Fence\n\n"
        "Motion (Crane)/Second (Toll) to allow the taller fence.\n\n"
        "Ayes: 1; Noes: 3\n"
    )
    assert _texts(make_document, nlp, text) == [
        "Motion (Berry)/Second (Toll) to accept the minutes as amended Ayes: 4; Noes: 0; Absent: Crane",
        "Motion (Toll)/Second (Berry) to keep the house on the study list. Ayes: 3; Noes: 1; Absent: 1 (Crane)",
    ]


@pytest.mark.parametrize("note", [
    "It was noted that the item had been deferred from the spring meeting.",
    "Members noted that the bridge is maintained by both councils.",
    "The Committee also noted, that the survey would finish in June.",
])
def test_a_note_of_what_was_said_is_no_decision(make_document, nlp, note):
    text = f"#### 4. Bridges\n\nThe engineer reported. {note}\n\n#### 5. Reports\n\nMembers noted the report.\n"
    assert _texts(make_document, nlp, text) == ["Members noted the report."]


def test_noting_inside_a_decision_stays_a_decision(make_document, nlp):
    text = (
        "#### 6. Audit\n\nRESOLVED that the report be noted and that the auditor attend in May.\n\n"
        "#### 7. Hall\n\nMembers noted and agreed that the hall be repainted.\n"
    )
    assert _texts(make_document, nlp, text) == [
        "RESOLVED that the report be noted and that the auditor attend in May.",
        "Members noted and agreed that the hall be repainted.",
    ]


@pytest.mark.parametrize("decision", [
    "Approved: it was noted that the bank reconciliation for March was correct and the Chair signed it.",
    "APPROVED: the Clerk noted there would be a saving, and the hedge quote of £300 was accepted.",
])
def test_a_note_under_an_outcome_label_stays_a_decision(make_document, nlp, decision):
    # Near miss: the signature block's "Approved: ________" states no outcome and stays no decision.
    text = f"#### 4. Accounts\n\n{decision}\n\n#### 5. Close\n\nApproved: ________\n"
    assert _texts(make_document, nlp, text) == [decision]


def test_agreed_after_an_opening_phrase_or_a_welcome(make_document, nlp):
    text = (
        "#### 4. Presentation\n\n"
        "Owing to time constraints it was agreed that the talk would be heard in May.\n\n"
        "After a long debate the Chair said it was agreed last year.\n\n"
        "#### 5. Motion on Buses\n\n"
        "Members welcomed the Motion and agreed that it should go forward to the full Council.\n\n"
        "Members welcomed the delegation.\n"
    )
    assert _texts(make_document, nlp, text) == [
        "Owing to time constraints it was agreed that the talk would be heard in May.",
        "Members welcomed the Motion and agreed that it should go forward to the full Council.",
    ]


def test_body_agreed_in_a_joined_clause(make_document, nlp):
    # The body's decision after "and", in two layouts (joined to a remark, or after the body thanked or discussed);
    # near misses: a shared view ("agreed that it was …", "would be of help"), and an officer's promise.
    text = (
        "#### 4. Community Hall\n\n"
        "Concern was raised about the state of the roof and Members agreed that a meeting would be held at the hall "
        "in March.\n\n"
        "The Members thanked the Engineer for her update and agreed that the Council should write to the Minister.\n\n"
        "Members discussed the request from the Deputation and agreed to support the festival with a grant.\n\n"
        "The Members thanked the Architect for her talk and agreed it was a great honour for the town.\n\n"
        "Members discussed the new ramps and agreed that the ramps would be of help to walkers.\n\n"
        "The Members raised the drains and the Engineer agreed to inspect them.\n"
    )
    assert _texts(make_document, nlp, text) == [
        "Concern was raised about the state of the roof and Members agreed that a meeting would be held at the hall "
        "in March.",
        "The Members thanked the Engineer for her update and agreed that the Council should write to the Minister.",
        "Members discussed the request from the Deputation and agreed to support the festival with a grant.",
    ]


def test_body_asking_to_be_told_more_decides_nothing(make_document, nlp):
    # A request for an update, a report or to be kept informed, in two wordings, is no decision; near miss: the body
    # asking that something be done still decides.
    text = (
        "#### 6. Graveyard\n\n"
        "The Members requested an update on the new graveyard at the May meeting.\n\n"
        "Members also asked for a detailed report on the vacant houses.\n\n"
        "Members requested that they be kept up-to-date on the matter.\n\n"
        "The Council requested the Clerk to write to the landowner about the hedge.\n"
    )
    assert _texts(make_document, nlp, text) == [
        "The Council requested the Clerk to write to the landowner about the hedge.",
    ]


def test_body_agreed_clause_on_a_long_run():
    assert _BODY_AGREED_AFTER.search("Members thanked " + "the staff and " * 3000) is None


def test_agreed_after_the_matter_it_decides(make_document, nlp):
    # A parish clerk's lead-in naming the matter, with or without a comma; near misses: a member's report of an
    # earlier agreement, or an earlier agreement in a clause of concession, after the same lead-in is no decision.
    text = (
        "#### 4. Playing field\n\n"
        "Regarding the playing field gate it was agreed to obtain three quotes for a new gate.\n\n"
        "With regard to the bench, it was resolved to buy a new one.\n\n"
        "In relation to the hedge it was decided that it be cut in October.\n\n"
        "Regarding the pond, Cllr Fox said it was agreed last year to fence it.\n\n"
        "Regarding the hedge the owner has not replied, although the council agreed in March to write again.\n"
    )
    assert _texts(make_document, nlp, text) == [
        "Regarding the playing field gate it was agreed to obtain three quotes for a new gate.",
        "With regard to the bench, it was resolved to buy a new one.",
        "In relation to the hedge it was decided that it be cut in October.",
    ]


def test_consent_items_closed_by_their_disposition(make_document, nlp):
    text = (
        "#### 5. Consent Calendar\n\n"
        "(*31-204) Minutes of the Special Meeting Held on March 3, 2031. Approved.\n\n"
        "(*31-205) Ordinance No. 4410, “Approving a Lease of Hangar 9 to Gull Aviation.” Finally passed.\n\n"
        "(*31-206) Resolution No. 16002, “Appointing an Engineering Manager.” Adopted.\n\n"
        "(*31-207) Recommendation to Accept the Quarterly Sales Tax Report. Accepted.\n\n"
        "#### 6. Water Rates\n\n"
        "Resolution No. 2031-45, a resolution setting water rates, was adopted on a 4-1 vote.\n\n"
        "#### 7. Tree Policy\n\nThe policy was discussed at length.\n\nAdopted as amended.\n\n"
        "#### 8. Appointments\n\nCONFIRMED\n\n"
        "#### 9. Recycling\n\nThe recycling report was presented by staff and questions followed. Ordinance 12 was read.\n"
    )
    document = make_document(text)
    sections = split_sections(document, extract_items(document))
    assert [r.text for r in extract_resolutions(sections, nlp=nlp, lines=document.lines)] == [
        "(*31-204) Minutes of the Special Meeting Held on March 3, 2031. Approved.",
        "(*31-205) Ordinance No. 4410, “Approving a Lease of Hangar 9 to Gull Aviation.” Finally passed.",
        "(*31-206) Resolution No. 16002, “Appointing an Engineering Manager.” Adopted.",
        "(*31-207) Recommendation to Accept the Quarterly Sales Tax Report. Accepted.",
        "Resolution No. 2031-45, a resolution setting water rates, was adopted on a 4-1 vote.",
        "Adopted as amended.",
        "CONFIRMED",
    ]


def test_a_resolution_adopted_by_a_motion_is_one_decision(make_document, nlp):
    text = (
        "#### 6. Resolution on Fees\n\n"
        "Resolution No. 881, “Setting Park Fees.” Adopted.\n\n"
        "Councilmember Ruiz moved adoption of the resolution. Councilmember Tan seconded the motion, which carried "
        "by the following roll call vote: Councilmember Tan: Aye; Councilmember Ruiz: Aye. Ayes: 2.\n"
    )
    texts = _texts(make_document, nlp, text)
    assert len(texts) == 1 and texts[0].startswith("Councilmember Ruiz moved adoption of the resolution.")


def test_outcome_first_and_a_result_block_without_a_written_motion(make_document, nlp):
    text = (
        "#### 10. Budget\n\nApproved on a motion by Ferris, seconded by Lund (5-0).\n\n"
        "#### 11. Culvert Replacement Award\n\nStaff presented the three bids.\n\n"
        "RESULT: APPROVED [UNANIMOUS]\n\nMOVER: Ada Ferris, Trustee\n\nSECONDER: Tom Lund, Trustee\n\n"
        "#### 12. Library Hours\n\nThe hours were approved by the board last year, the librarian said.\n"
    )
    texts = _texts(make_document, nlp, text)
    assert texts[0] == "Approved on a motion by Ferris, seconded by Lund (5-0)."
    assert texts[1] == "Culvert Replacement Award. RESULT: APPROVED [UNANIMOUS]"
    assert len(texts) == 2


@pytest.mark.parametrize(
    "outcome",
    ["Motion approved 5-0.", "The vote was 4-1 in favor.", "All voted aye.", "Roll call: Ferris - yes, Lund - yes.",
     "The motion was unanimously approved."],
)
def test_more_ways_a_motion_is_recorded_as_carried(make_document, nlp, outcome):
    text = f"#### 4. Claims\n\nTrustee Ferris moved to pay the claims, seconded by Trustee Lund. {outcome}\n"
    assert _texts(make_document, nlp, text) == [
        f"Trustee Ferris moved to pay the claims, seconded by Trustee Lund. {outcome}"
    ]


def test_a_vote_that_failed_or_an_approved_report_is_no_motion_record(make_document, nlp):
    text = (
        "#### 5. Fence\n\nTrustee Ferris moved to allow the fence, seconded by Trustee Lund. The vote was 1-4.\n\n"
        "#### 6. Report\n\nThe clerk said the motion picture licence was approved by the county in May.\n"
    )
    assert _texts(make_document, nlp, text) == []


def test_numbered_resolutions_with_their_movers_before_the_motion(make_document, nlp):
    text = (
        "#### 4. Business\n\n"
        "R2031-12 A. Lee, B. Fox: That the minutes of the meeting held May 2, 2031 be adopted as published. Carried.\n"
        "R2031-13 B. Fox, A. Lee: THAT we accept the correspondence as presented. Carried.\n"
        "2031-14 C. Moss: That the meeting be adjourned. Motion carried.\n"
    )
    assert _texts(make_document, nlp, text) == [
        "That the minutes of the meeting held May 2, 2031 be adopted as published. Carried.",
        "THAT we accept the correspondence as presented. Carried.",
        "That the meeting be adjourned. Motion carried.",
    ]


def test_several_that_clauses_under_one_motion_are_one_decision(make_document, nlp):
    text = (
        "#### 5. Committee of the Whole\n\nMoved by Councillor Hale\nSeconded by Councillor Voss\n\n"
        "That the report of the Director of Parks dated June 3, 2031 BE RECEIVED;\n\n"
        "That Council approve the purchase of two mowers; and\n\n"
        "That the Mayor and Clerk be authorized to sign the agreement.\n\nCARRIED\n\n"
        "#### 6. Trails\n\nThat the trail report be received for information. Carried.\n"
        "That staff seek a grant for the bridge. Carried.\n"
    )
    assert _texts(make_document, nlp, text) == [
        "That the report of the Director of Parks dated June 3, 2031 BE RECEIVED; That Council approve the purchase of"
        " two mowers; and That the Mayor and Clerk be authorized to sign the agreement. CARRIED",
        "That the trail report be received for information. Carried.",
        "That staff seek a grant for the bridge. Carried.",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("#### 3. Accounts\n\nAccounts: all approved for payment.\n", ["Accounts: all approved for payment."]),
        ("#### 4. Grants\n\nThe treasurer read the requests.\n\nGrant to the hall: agreed.\n", ["Grant to the hall: agreed."]),
        ("#### 5. Letters\n\nCounty survey on bus routes - noted. Request for a bench at the green - unanimously approved.\n",
         ["County survey on bus routes - noted.", "Request for a bench at the green - unanimously approved."]),
        ("#### 2. Minutes of the last meeting – approved and signed.\n\n#### 3. Roads\n\nThe potholes were discussed.\n",
         ["Minutes of the last meeting – approved and signed."]),
    ],
)
def test_short_decisions_run_in_after_a_label_or_title(make_document, nlp, text, expected):
    document = make_document(text)
    sections = split_sections(document, extract_items(document))
    assert [r.text for r in extract_resolutions(sections, nlp=nlp, lines=document.lines)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "#### 1. Apologies\n\nApologies: received and accepted.\n",
        "#### 2. Precept\n\nThe Clerk said the budget would be set at £3,220.00 for the year – agreed by the county last week.\n",
        "#### 3. Reports\n\nThe chairman reported that the grant had been approved by the county.\n",
    ],
)
def test_lookalikes_of_run_in_decisions(make_document, nlp, text):
    assert _texts(make_document, nlp, text) == []


def test_bulleted_approvals_and_votes_of_the_body(make_document, nlp):
    text = (
        "#### 4. Business\n\n- Approved the purchase of a new mower.\n- Approved the hall hire rates for 2032.\n"
        "- It was agreed to write to the county about the verge.\n\n"
        "#### 5. Budget\n\nThe Board voted unanimously to approve the budget.\n\nThe Committee voted to accept the tender.\n\n"
        "#### 6. Hedges\n\nThe chair suggested a spring cut. Agreed by all.\n\n"
        "#### 7. Bench\n\nCllr Hale proposed a bench by the pond, seconded by Cllr Voss. Agreed by all.\n"
    )
    assert _texts(make_document, nlp, text) == [
        "Approved the purchase of a new mower.",
        "Approved the hall hire rates for 2032.",
        "It was agreed to write to the county about the verge.",
        "The Board voted unanimously to approve the budget.",
        "The Committee voted to accept the tender.",
        "The chair suggested a spring cut. Agreed by all.",
        "Cllr Hale proposed a bench by the pond, seconded by Cllr Voss. Agreed by all.",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "#### 1. Hedges\n\nMembers discussed whether to approve the hedge quote.\n",
        "#### 2. Invoices\n\nThe Clerk had approved the invoice before the meeting.\n",
        "#### 3. Planning\n\nApproved by the Borough Council: 4 Mill Lane, extension.\n",
        "#### 4. Budget\n\nThe Board voted against the first draft of the plan last year, the treasurer recalled.\n",
    ],
)
def test_lookalikes_of_bulleted_approvals_and_votes(make_document, nlp, text):
    assert _texts(make_document, nlp, text) == []


def test_decisions_after_a_lead_phrase_or_a_run_in_title(make_document, nlp):
    text = (
        "#### 2. Buses\n\nThe vice chair reported on the routes. Arising from the discussion it was AGREED that we write"
        " to the operator.\n\nd) Meeting with the Local MP Agreed to defer for the time being.\n\n"
        "#### 3. Bins\n\nIt was noted there would be a four week wait for new bins. It was noted, however, that the"
        " depot had moved.\n\nThe Clerk Agreed to chase the depot.\n"
    )
    assert _texts(make_document, nlp, text) == [
        "Arising from the discussion it was AGREED that we write to the operator.",
        "Meeting with the Local MP Agreed to defer for the time being.",
    ]


def test_a_committee_recommendation_carried_after_its_lead_in(make_document, nlp):
    text = (
        "#### 11. Budget\n\nThe finance committee recommends to Council:\nThat the 2032 budget be approved as presented.\n"
        "Carried.\n\n#### 12. Grants\n\nThe committee recommends to Council:\nThat the arts grant be raised.\nDefeated.\n"
    )
    assert _texts(make_document, nlp, text) == [
        "The finance committee recommends to Council: That the 2032 budget be approved as presented. Carried."
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The Board voted 5-0 to approve the lighting contract.",
        "Upon a motion by Trustee Ormsby, seconded by Trustee Vance, the Commission voted unanimously to approve the "
        "lighting contract.",
        "On motion of Ormsby, seconded by Vance, and carried, the lighting contract was approved.",
        "M/S Ormsby/Vance to approve the lighting contract. Approved 5-0.",
    ],
)
def test_a_decision_by_the_bodys_recorded_vote(make_document, nlp, text):
    [found] = _texts(make_document, nlp, f"#### 6. Lighting\n\n{text}\n")
    assert "lighting contract" in found


@pytest.mark.parametrize(
    "text",
    [
        "The Board voted 2-3 to approve the lighting contract.",
        "Ormsby said the Council voted unanimously to approve a similar contract in 2029.",
    ],
)
def test_a_lost_or_reported_body_vote_is_no_decision(make_document, nlp, text):
    assert _texts(make_document, nlp, f"#### 6. Lighting\n\n{text}\n") == []


def test_a_motion_that_received_its_roll_call_is_one_decision(make_document, nlp):
    text = (
        "#### 6. Lighting\n\nOrmsby moved and Vance seconded that the lighting contract be approved. The motion received a "
        "roll call vote: Ayes: 3 (Ormsby, Vance, Quill); Nays: 1 (Tarn). PASSED\n"
    )
    [found] = _texts(make_document, nlp, text)
    assert found.startswith("Ormsby moved") and "Nays: 1 (Tarn)" in found


@pytest.mark.parametrize(
    ("text", "decision"),
    [
        ("The Councillors went through the figures at length, after much deliberation it was resolved to hold the "
         "precept at £4000.", "after much deliberation it was resolved"),
        ("After some discussion, the Councillors resolved to repaint the shelter.", "the Councillors resolved to repaint"),
        ("Precept 2031/32 - After much discussion it was resolved to raise the precept.", "it was resolved to raise"),
        ("Further quotes were received and after discussion the Members agreed to take the lowest.", "Members agreed"),
        ("Letters: a charity walk request, Councillors resolved not to support, a thank-you card.", "resolved not to"),
        ("The verge by the pond is rutted again, again it was resolved to look at it in spring.", "again it was resolved"),
        ("All agreed this was a true record and the minutes were signed.", "All agreed"),
        ("All present approved the draft accounts.", "All present approved"),
    ],
)
def test_decisions_after_their_discussion_or_by_all(make_document, nlp, text, decision):
    [found] = _texts(make_document, nlp, f"#### 4. Finance\n\n{text}\n")
    assert decision in found


@pytest.mark.parametrize(
    "text",
    [
        "After discussion the Clerk will ask for two more quotes.",
        "Following the storm, the Councillors inspected the shelter.",
        "All members were thanked for their work on the fete.",
    ],
)
def test_lookalikes_of_decisions_after_discussion(make_document, nlp, text):
    assert _texts(make_document, nlp, f"#### 4. Finance\n\n{text}\n") == []


@pytest.mark.parametrize("outcome", ["Agreed nem con.", "Carried nem. con."])
def test_a_vote_record_closed_by_nem_con(make_document, nlp, outcome):
    text = f"#### 5. Grants\n\nProposed by Cllr Ormsby, seconded by Cllr Vance, that the grant be paid. {outcome}\n"
    [found] = _texts(make_document, nlp, text)
    assert found.startswith("Proposed by Cllr Ormsby") and " nem" in found


@pytest.mark.parametrize(
    ("record", "start"),
    [
        ("The Chair asked for a motion to adopt the hedge plan. Member Ormsby so moved, seconded by Member Vance. Upon voice "
         "vote, the motion carried unanimously.", "The Chair asked for a motion"),
        ("Chair Quill asked if there was a motion to adopt the hedge plan. Member Ormsby so moved. Member Vance seconded. "
         "By voice vote the motion passed unanimously.", "Chair Quill asked if there was a motion"),
        ("Chair Quill made a follow-up motion to add a tree survey to the hedge plan. Member Vance seconded the motion. "
         "By voice vote the motion passed unanimously.", "Chair Quill made a follow-up motion"),
    ],
)
def test_a_motion_asked_for_and_so_moved_or_made_with_an_adjective(make_document, nlp, record, start):
    [found] = _texts(make_document, nlp, f"#### 6. Hedges\n\nThe plan was discussed at length.\n\n{record}\n")
    assert found.startswith(start) and found.endswith("unanimously.")


@pytest.mark.parametrize(
    ("record", "start"),
    [
        ("It was decided that the Committee should write to the Board about the hedge plan. Member Ormsby will draft the "
         "letter. Member Vance so moved, Chair Quill seconded. Upon voice vote, the motion carried, 3-0.",
         "It was decided that the Committee"),
        ("Chair Quill proposed that the hedge plan go to a public meeting in May.\nMember Ormsby so moved; Member Vance "
         "seconded. The motion passed unanimously.", "Chair Quill proposed that"),
    ],
)
def test_so_moved_puts_the_course_decided_or_proposed_before_it(make_document, nlp, record, start):
    [found] = _texts(make_document, nlp, f"#### 6. Hedges\n\nThe plan was discussed at length.\n\n{record}\n")
    assert found.startswith(start) and "so moved" in found


@pytest.mark.parametrize(
    "text",
    [
        "The Board directed staff to obtain three quotes for the culvert.",
        "Council appointed Ann Ormsby to the Library Board.",
        "The Commission granted the variance subject to conditions.",
        "The Board denied the request for a taller fence.",
        "The Committee deferred the culvert item to the next meeting.",
        "The Board awarded the culvert contract to Hillside Civil.",
        "Members elected Ann Ormsby as Chair for the coming year.",
        "It was the consensus of the Board to hold a workshop in May.",
        "By consensus, the Council agreed to hold a workshop in May.",
        "Consensus was reached to hold a workshop in May.",
        "Approved: the culvert contract with Hillside Civil.",
    ],
)
def test_more_verbs_of_the_body_deciding_and_consensus(make_document, nlp, text):
    assert _texts(make_document, nlp, f"#### 4. Culvert\n\n{text}\n") == [text]


@pytest.mark.parametrize(
    "text",
    [
        "The Clerk directed residents to the website.",
        "Staff recommended that the Board approve the culvert contract.",
        "There was no consensus on the colour of the railings.",
    ],
)
def test_lookalikes_of_the_body_deciding(make_document, nlp, text):
    assert _texts(make_document, nlp, f"#### 4. Culvert\n\n{text}\n") == []


@pytest.mark.parametrize(
    "outcome",
    [
        "Ayes: 3 (Ormsby, Vance, Quill). Noes: 0 (None). Absent: Tarn. The hedge plan was approved with a unanimous vote (3-0).",
        "Ayes: 2 (Ormsby, Vance); Noes: 1 (Quill). Absent: Tarn.",
    ],
)
def test_a_motion_closed_by_a_named_tally_or_a_passive_outcome_is_one_decision(make_document, nlp, outcome):
    text = (
        "#### 7. Hedges\n\nMember Vance moved to approve the hedge plan as amended; Chair Ormsby seconded the motion.\n\n"
        f"Chair Ormsby requested a roll call vote.\n\n{outcome}\n"
    )
    [found] = _texts(make_document, nlp, text)
    assert found.startswith("Member Vance moved") and "Noes:" in found


@pytest.mark.parametrize(
    "record",
    [
        "Commissioner Ormsby motioned to approve the hedge budget, Commissioner Vance seconded. Motion passed unanimously.",
        "Ormsby motioned to approve the hedge budget; Vance seconded. All in favor, none opposed. Motion carried.",
    ],
)
def test_a_motion_moved_with_motioned(make_document, nlp, record):
    [found] = _texts(make_document, nlp, f"#### 4. Hedges\n\n{record}\n")
    assert "motioned to approve the hedge budget" in found


@pytest.mark.parametrize(
    "text",
    [
        "The Treasurer's report was received and filed.",
        "The correspondence was received for information.",
        "The minutes of the previous meeting were taken as read and signed as a correct record.",
        "The Council had no objection to the application.",
        "No objections were raised to the application.",
    ],
)
def test_received_and_filed_taken_as_read_and_no_objection(make_document, nlp, text):
    assert _texts(make_document, nlp, f"#### 5. Planning\n\n{text}\n") == [text]


@pytest.mark.parametrize(
    "text",
    [
        "A letter was received from the bus company about the timetable.",
        "The minutes were taken by the Deputy Clerk.",
        "Residents had raised no objection to the hedge in earlier years, the Chair recalled.",
    ],
)
def test_lookalikes_of_received_taken_and_no_objection(make_document, nlp, text):
    assert _texts(make_document, nlp, f"#### 5. Planning\n\n{text}\n") == []


@pytest.mark.parametrize(
    "text",
    [
        "A request for more benches was discussed, there was felt to be no need, resolved not to buy more benches.",
        "The draft notice of election had been circulated before the meeting, all approved.",
    ],
)
def test_a_bare_decision_closing_its_sentence_after_a_comma(make_document, nlp, text):
    assert _texts(make_document, nlp, f"#### 9. Any Other Business\n\n{text}\n") == [text]


def test_a_person_who_agreed_after_a_comma_is_no_bare_decision(make_document, nlp):
    text = "#### 9. Any Other Business\n\nThe hall needs painting, the Clerk agreed to ask for a quote.\n"
    assert _texts(make_document, nlp, text) == []


@pytest.mark.parametrize("outcome", ["The vote was unanimous.", "Unanimous.", "Vote: Unanimous.", "Ayes all."])
def test_a_motion_closed_by_unanimous_alone(make_document, nlp, outcome):
    text = f"#### 4. Hedges\n\nMotion by Ormsby, seconded by Vance, to award the hedge contract. {outcome}\n"
    assert _texts(make_document, nlp, text) == [
        f"Motion by Ormsby, seconded by Vance, to award the hedge contract. {outcome}"
    ]


# --- councils never seen: shorthand, label lines, bracketed tallies, elections ---------------------


@pytest.mark.parametrize(
    "record",
    [
        "M/S/C (Pryce/Abel) that the minutes of the May 4 meeting be adopted as circulated.",
        "M/S/C: to approve the agenda as amended.",
        "M/S/C Pryce/Abel to award the mowing contract to Fairfield Lawns.",
    ],
)
def test_moved_seconded_carried_shorthand_with_its_motion(make_document, nlp, record):
    assert _texts(make_document, nlp, f"#### 3. Business\n\n{record}\n") == [record]


@pytest.mark.parametrize(
    ("text", "decided"),
    [
        ("Approve Minutes of the May 4 meeting.\n\nM/S/C          ORMSBY/VANCE          (approved)\n\n"
         "“That the Minutes of May 4 be approved.”\n", "That the Minutes of May 4 be approved."),
        ("Approve Minutes of the May 4 meeting.\n\nM/S/C          ORMSBY/VANCE          (approved)\n\nIn Favor (2) – Ormsby, Vance\n",
         "Approve Minutes of the May 4 meeting."),
    ],
)
def test_shorthand_line_carries_the_quoted_motion_or_the_request_above(make_document, nlp, text, decided):
    assert _texts(make_document, nlp, f"#### 2. Minutes\n\n{text}") == [decided]


@pytest.mark.parametrize(
    "roll",
    ["Approved (3): Ormsby, Vance, Quill Absent (1): Dunn M/S/C VANCE/QUILL (approved)", "Ayes: Ormsby, Vance, Quill Noes: none"],
)
def test_a_quoted_motion_stops_at_its_closing_quote_before_its_roll(roll):
    # A PDF's bold quoted motion, its roll call and the next shorthand read as one record: the motion is the quote.
    text = f"Minutes. “That the May 4 minutes are approved.” {roll}"
    said, end = _without_roll(text, 9, len(text))
    assert said == "“That the May 4 minutes are approved.”"
    assert text[9:end] == said


def test_a_quoted_motion_keeps_an_outcome_that_is_no_roll():
    # Near miss: '“…” Carried.' closes the motion with its outcome, no roll of names: the record is kept whole.
    text = "“That the May 4 minutes be approved.” Carried."
    assert _without_roll(text, 0, len(text)) == (text, len(text))


@pytest.mark.parametrize(
    "record",
    ["Member Ormsby moved to close the nominations. M/S Ormsby / Vance Unanimous",
     "Motion to ask staff for a letter to the water board. M/S Ormsby, Vance and unanimous."],
)
def test_shorthand_movers_and_unanimous_close_the_motion_before(make_document, nlp, record):
    [text] = _texts(make_document, nlp, f"#### 3. Business\n\n{record}\n")
    assert text.startswith(("Member Ormsby moved", "Motion to ask staff"))


@pytest.mark.parametrize(
    "record",
    [
        "M/S/P Pryce/Abel to award the mowing contract to Fairfield Lawns.",
        "M / S / C (Pryce / Abel) that the mowing contract be awarded to Fairfield Lawns.",
        "M/C/S Pryce/Abel to award the mowing contract to Fairfield Lawns.",
    ],
)
def test_every_carried_letter_of_the_shorthand_decides(make_document, nlp, record):
    assert _texts(make_document, nlp, f"#### 3. Business\n\n{record}\n") == [record]


@pytest.mark.parametrize(
    "record",
    [
        "M/S/F Pryce/Abel to award the mowing contract to Fairfield Lawns.",
        "Motion to ask staff for a letter to the water board.\n\nM/S/F Pryce / Abel",
    ],
)
def test_a_failed_shorthand_motion_decides_nothing(make_document, nlp, record):
    assert _texts(make_document, nlp, f"#### 3. Business\n\n{record}\n") == []


@pytest.mark.parametrize(
    "record",
    ["M/S/C Pryce, Abel and carried 3-0.", "M/S/C by Pryce and Abel 3-0 vote.", "M/S/A Pryce, Abel unanimous."],
)
def test_carried_shorthand_with_only_its_movers_is_no_decision(make_document, nlp, record):
    # The movers after the shorthand, joined by a comma or after "by", are no decision's words (near misses of
    # "M/S/A to invite the planner.").
    assert _texts(make_document, nlp, f"#### 3. Business\n\n{record}\n") == []


def test_a_firm_written_with_ms_is_no_decision(make_document, nlp):
    assert _texts(make_document, nlp, "#### 3. Business\n\nA quotation from M/S Ready Mix Ltd was received.\n") == []


def test_moved_seconded_shorthand_without_its_motion_is_no_decision_of_its_own(make_document, nlp):
    text = "#### 3. Business\n\nThe chair thanked the volunteers.\n\nM/S/C Pryce/Abel\n"
    assert _texts(make_document, nlp, text) == []


@pytest.mark.parametrize(
    "record",
    [
        "Motion carried that the hall hire fee rise to £15 an hour.",
        "The motion passed 4-1 that staff prepare a parking survey.",
    ],
)
def test_outcome_then_what_was_carried(make_document, nlp, record):
    assert _texts(make_document, nlp, f"#### 5. Hall\n\n{record}\n") == [record]


@pytest.mark.parametrize("tally", ["(5-0)", "(Y-5)", "(Y-4, N-1)", "(4-0-1)"])
def test_a_motion_closed_by_a_bracketed_tally(make_document, nlp, tally):
    record = f"Motion by Ormsby, second by Vance to pave the depot yard {tally}."
    assert _texts(make_document, nlp, f"#### 6. Depot\n\n{record}\n") == [record]


@pytest.mark.parametrize(
    "record",
    ["Motion by Ormsby, second by Vance to pave the depot yard (1-4).", "Motion by Ormsby, second by Vance to renumber items (1-4)."],
)
def test_a_lost_tally_or_a_range_in_brackets_is_no_decision(make_document, nlp, record):
    assert _texts(make_document, nlp, f"#### 6. Depot\n\n{record}\n") == []


@pytest.mark.parametrize("label", ["Motion: approved   Vote: unanimous", "Motion: carried   Vote: 4-1"])
def test_an_outcome_label_under_the_item_decides_its_title(make_document, nlp, label):
    texts = _texts(make_document, nlp, f"#### 7. Street Banners\n\n{label}\n")
    assert len(texts) == 1 and texts[0].startswith("Street Banners. Motion:")


def test_a_failed_outcome_label_is_no_decision(make_document, nlp):
    assert _texts(make_document, nlp, "#### 7. Street Banners\n\nMotion: failed   Vote: 2-3\n") == []


@pytest.mark.parametrize(
    "record",
    [
        "Mr. Dorn made a motion to close the lane for the fair. Ms. Pike seconded the motion which was unanimously approved 5-0-0.",
        "Motion by Rob, second by Jen: to approve the May 2 minutes with corrections; unanimous.",
    ],
)
def test_seconded_then_approved_or_unanimous_closes_the_motion(make_document, nlp, record):
    assert _texts(make_document, nlp, f"#### 2. Fair\n\n{record}\n") == [record]


@pytest.mark.parametrize(
    "record",
    [
        "Commissioner Ames was elected Vice Chair unanimously.",
        "Tess Marlow was duly elected as Chairman for the coming year.",
        "Cy Dunn was elected unopposed as Secretary.",
        "Bo Reed was re-elected by acclamation as Treasurer.",
        "The following were elected: Chair – Ann Lee; Treasurer – Bo Reed.",
    ],
)
def test_an_officer_elected(make_document, nlp, record):
    assert _texts(make_document, nlp, f"#### 1. Election of Officers\n\n{record}\n") == [record]


def test_an_earlier_election_reported_is_no_decision(make_document, nlp):
    text = "#### 8. Reports\n\nCouncillor Hale was elected Mayor in 2019 and spoke of her first term.\n"
    assert _texts(make_document, nlp, text) == []


@pytest.mark.parametrize("outcome", ["Elected 6-0-1.", "Elected unanimously."])
def test_a_nomination_then_elected(make_document, nlp, outcome):
    text = f"#### 1. Officers\n\nDJ nominated RT as Treasurer. {outcome}\n"
    assert _texts(make_document, nlp, text) == [f"DJ nominated RT as Treasurer. {outcome}"]


@pytest.mark.parametrize(
    ("outcome", "motion"),
    [
        ("ACTION: APPROVED", "Motion by Ormsby, second by Vance to approve the site plan for 12 Elm Street."),
        ("UNANIMOUSLY APPROVED", "Moved by Commissioner Ormsby, seconded by Commissioner Vance to grant the fence variance."),
        # the mover's initials or first name with "motion" as the verb or an ordinal (`items.FIRST_NAME_MOTION`)
        ("APPROVED (4-0)", "GT motioned to approve the site plan for 12 Elm Street, 2nd by BH."),
        ("APPROVED", "Greta 1st motion to grant the fence variance, Abe 2nd."),
        ("APPROVED", "Abe made motion to grant the fence variance, Greta seconded."),
    ],
)
def test_an_outcome_printed_above_its_motion(make_document, nlp, outcome, motion):
    for gap in ("\n", "\n\n"):
        assert _texts(make_document, nlp, f"#### 4. Site Plan\n\n{outcome}{gap}{motion}\n") == [f"{outcome} {motion}"]


@pytest.mark.parametrize(
    "below", ["The motion to pave the lot was discussed.", "Hilda made the 1st payment on the mower."]
)
def test_a_line_that_names_a_motion_or_an_ordinal_opens_none_below_an_outcome(make_document, nlp, below):
    assert _texts(make_document, nlp, f"#### 4. Site Plan\n\nAPPROVED\n{below}\n") == ["APPROVED"]


def test_a_denial_printed_above_its_motion_is_no_decision_and_a_lone_outcome_stays_bare(make_document, nlp):
    text = "#### 4. Site Plan\n\nFAILED\nMotion by Ormsby, second by Vance to approve the site plan.\n"
    assert _texts(make_document, nlp, text) == []
    assert _texts(make_document, nlp, "#### 4. Site Plan\n\nThe plan was discussed.\n\nApproved.\n") == ["Approved."]


@pytest.mark.parametrize("outcome", ["The motion is approved.", "The motion is carried."])
def test_the_motion_is_approved_closes_the_motion_above(make_document, nlp, outcome):
    record = f"Commissioner Hale made a motion to approve the agenda. Commissioner Voss seconded the motion. {outcome}"
    assert _texts(make_document, nlp, f"#### 3. Agenda\n\n{record}\n") == [record]


@pytest.mark.parametrize(
    "record",
    [
        "It was proposed by Cllr Gale and seconded by Cllr Penn that Cllr Ray be Vice Chairman. Resolved unanimously.",
        "Cllr Holt was nominated by Cllr Gale and seconded by Cllr Penn. There being no other nominations, Cllr Holt was "
        "duly elected.",
        "Cllr Holt nominated Cllr Ray for Chair, seconded by Cllr Penn. Cllr Ray was elected unanimously.",
    ],
)
def test_a_nomination_and_its_outcome_are_one_decision(make_document, nlp, record):
    assert _texts(make_document, nlp, f"#### 2. Election of Officers\n\n{record}\n") == [record]


def test_elected_to_another_body_is_no_election_by_this_one(make_document, nlp):
    text = "#### 8. Reports\n\nCllr Holt said her husband was elected to the county board.\n"
    assert _texts(make_document, nlp, text) == []


def test_an_outcome_under_one_motion_is_not_printed_above_the_next(make_document, nlp):
    text = (
        "#### 6. Reports\n\nMoved by Abel, seconded by Bryce that the report be received.\n\nCARRIED\n\n"
        "Moved by Cole, seconded by Dunn that the fees be set at $40.\n\nDEFEATED\n"
    )
    texts = _texts(make_document, nlp, text)
    assert texts[0] == "Moved by Abel, seconded by Bryce that the report be received. CARRIED"
    assert not any(t.startswith("CARRIED") for t in texts)


# --- US township and village boards ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "record",
    [
        "Motion by Orrin to pay the bills, 2nd by Tasker. All ayes.",
        "Motion by Trustee Orrin, second by Trustee Tasker, to pay the bills. All ayes.",
    ],
)
def test_all_ayes_closes_a_township_motion(make_document, nlp, record):
    assert _texts(make_document, nlp, f"#### 6. Bills\n\n{record}\n") == [record]


@pytest.mark.parametrize(
    "tally",
    ["Ayes 4 Nays 1 Absent 1", "Ayes - 3 Nays - 0", "Ayes: 4; Nays: 1"],
)
def test_a_roll_call_tally_without_colons_closes_the_motion(make_document, nlp, tally):
    text = f"#### 7. Levy\n\nMotion by Trustee Orrin, seconded by Trustee Tasker to adopt the levy.\n{tally}\n"
    [resolution] = _texts(make_document, nlp, text)
    assert resolution.startswith("Motion by Trustee Orrin") and resolution.endswith(tally)


@pytest.mark.parametrize(
    "decision",
    [
        "Treasurer's report was approved as read.",
        "Clerk's minutes were approved as presented.",
        "Dana Orrin was elected to take the position as chairman.",
        "Lee Tasker was elected to the office of Treasurer.",
        "By unanimous consent the Board selected Lee Tasker as Vice Chair.",
        "By general consent the Trustees set the hall fee at $40.",
    ],
)
def test_township_bare_decisions(make_document, nlp, decision):
    assert _texts(make_document, nlp, f"#### 2. Business\n\n{decision}\n") == [decision]


@pytest.mark.parametrize(
    "text",
    [
        "Treasurer's report was given by the treasurer.",
        "Dana Orrin was elected to the office of Treasurer in 2019.",
        "The clerk asked for unanimous consent forms from each family.",
        "Ayes and nays were explained to the new members.",
    ],
)
def test_township_lookalikes_are_no_decisions(make_document, nlp, text):
    assert _texts(make_document, nlp, f"#### 2. Business\n\n{text}\n") == []


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # The body "decided", like it "agreed".
        ("#### 6. Records\n\nThe Board decided that a records policy is needed by April.\n",
         ["The Board decided that a records policy is needed by April."]),
        ("#### 4. Policy\n\nThe Council decided to adopt the new grants policy from April.\n",
         ["The Council decided to adopt the new grants policy from April."]),
        # The body considered something and then decided on it.
        ("#### 7. Dates\n\nThe Trustees reviewed and accepted the proposed meeting dates for next year.\n",
         ["The Trustees reviewed and accepted the proposed meeting dates for next year."]),
        ("#### 8. Plan\n\nThe Committee considered and endorsed the draft play area plan.\n",
         ["The Committee considered and endorsed the draft play area plan."]),
    ],
)
def test_body_decided_or_reviewed_and_agreed(make_document, nlp, text, want):
    assert _texts(make_document, nlp, text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # An item's title run in before "It was agreed", the full stop lost in extraction.
        ("#### 12. Committees\n\nNew working groups It was agreed that no new group is needed.\n",
         ["New working groups It was agreed that no new group is needed."]),
        ("#### 15. Trees\n\nTree works at the green It was also decided to ask for a second quote.\n",
         ["Tree works at the green It was also decided to ask for a second quote."]),
        # "All" papers agreed, in the passive.
        ("#### 13. Terms\n\nAll Terms of Reference were agreed and will be reviewed in May.\n",
         ["All Terms of Reference were agreed and will be reviewed in May."]),
        ("#### 13. Policies\n\nAll the policies were approved as circulated.\n",
         ["All the policies were approved as circulated."]),
    ],
)
def test_run_in_title_before_it_was_agreed_and_all_papers_agreed(make_document, nlp, text, want):
    assert _texts(make_document, nlp, text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # An assent that can only point back: the sentence before it is what was agreed.
        ("#### 16. Hall\n\nJo Vance reported the hall fee would rise to £20. Agreed by all.\n",
         ["Jo Vance reported the hall fee would rise to £20. Agreed by all."]),
        ("#### 17. Bins\n\nA second dog bin is to go by the school gate. This was agreed.\n",
         ["A second dog bin is to go by the school gate. This was agreed."]),
        # A capital "It" after "that" is a report of a decision, not a run-in title before one.
        ("#### 19. Wait\n\nSam Orr said that It was agreed to wait.\n", []),
    ],
)
def test_assent_that_points_back_and_lookalikes(make_document, nlp, text, want):
    assert _texts(make_document, nlp, text) == want


def test_motion_closed_after_a_long_discussion(make_document, nlp):
    text = (
        "#### 4. Budget\n\nMotion: Director Vane made the motion to move this item to the full Board.\n\n"
        "Director Hale seconded the motion.\n\nDiscussion: Ann Lutz explained the budget.\n\n"
        "Director Orr asked about fuel. Staff said prices were locked.\n\n"
        "Director Kemp asked about fares. Staff said no change was planned.\n\n"
        "Director Vane said she supported it. Director Orr agreed. Director Kemp thanked staff. Ann Lutz noted the "
        "timetable. Director Hale asked about reserves. Staff answered that reserves were sound.\n\n"
        "Committee Chair Orr declared the motion PASSED.\n"
    )
    assert _texts(make_document, nlp, text) == [
        "Motion: Director Vane made the motion to move this item to the full Board. Director Hale seconded the motion. "
        "Committee Chair Orr declared the motion PASSED."
    ]


def test_long_discussion_with_no_mover_gives_no_motion(make_document, nlp):
    # "… be moved to the Board" moves no motion: the outcome finds no motion it closes.
    text = (
        "#### 5. Plan\n\nStaff asked that the plan be moved to the Board meeting for adoption.\n\n"
        "Director Orr asked about fuel. Staff said prices were locked.\n\n"
        "Director Kemp asked about fares. Staff said no change was planned.\n\n"
        "Director Vane said she supported it. Director Orr agreed. Director Kemp thanked staff. Ann Lutz noted the "
        "timetable. Director Hale asked about reserves. Staff answered that reserves were sound.\n\n"
        "Committee Chair Orr declared the motion PASSED.\n"
    )
    assert _texts(make_document, nlp, text) == []


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("#### 17. Appointments\n\nProposed by Councillor Rowe;\nSeconded by Councillor Hale;\n\n"
         "“That, Councillor Finch be appointed to the Harbour\nPartnership.”\n\n"
         "The Cathaoirleach declared Councillor Finch appointed to the Harbour\nPartnership.\n",
         ["“That, Councillor Finch be appointed to the Harbour Partnership.” The Cathaoirleach declared Councillor "
          "Finch appointed to the Harbour Partnership."]),
        ("#### 9. Fees\n\nThat the hall fee rise to £12 an hour.\n\nThe Mayor declared the proposal carried.\n",
         ["That the hall fee rise to £12 an hour. The Mayor declared the proposal carried."]),
    ],
)
def test_chair_declares_the_result(make_document, nlp, text, want):
    assert _texts(make_document, nlp, text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # A run-in title before the body's decision, the full stop lost.
        ("#### 4. New Business\n\nFourth Item: Other Business The new board agreed to meet on Monday 4 May.\n",
         ["Fourth Item: Other Business The new board agreed to meet on Monday 4 May."]),
        # A nomination seconded and passed, with the nomination it closes.
        ("#### 3. Election\n\nAnn Lowe was nominated for treasurer. The nomination was seconded and passed.\n",
         ["Ann Lowe was nominated for treasurer. The nomination was seconded and passed."]),
        # Members elected to the body.
        ("#### 3. Election\n\nVoting results: Ann Lowe and Bob Hart were elected to the board of directors.\n",
         ["Voting results: Ann Lowe and Bob Hart were elected to the board of directors."]),
        ("#### 6. History\n\nAnn Lowe was elected to the council in 2019.\n", []),
        # The meeting writing as "we".
        ("#### 5. Cards\n\nWe approved the purchase of business cards for the board.\n",
         ["We approved the purchase of business cards for the board."]),
        ("#### 5. Meetings\n\nWe agreed to hold longer meetings every three months.\n",
         ["We agreed to hold longer meetings every three months."]),
        ("#### 5. Fees\n\nWe agreed last time that the fee would stay.\n", []),
        ("#### 5. Fees\n\nWe need to ask whether the council agrees.\n", []),
    ],
)
def test_run_in_body_decision_nominations_elections_and_we(make_document, nlp, text, want):
    assert _texts(make_document, nlp, text) == want


@pytest.mark.parametrize(
    "movers", ["M/S Vice Chair Lowe / Commissioner Hart", "M/S: Trustee Kemp / Trustee Orr"],
)
def test_slash_movers_line_under_its_motion(make_document, nlp, movers):
    text = (
        "#### 6. Transport Plan\n\nMotion made to approve the Transport Plan for Seniors as presented.\n"
        f"{movers}\nAll present in favor with 3-0 vote.\n"
    )
    assert _texts(make_document, nlp, text) == [
        f"Motion made to approve the Transport Plan for Seniors as presented. {movers} All present in favor with 3-0 vote."
    ]


_BOLD_DECISIONS = [
    ("MINUTES OF THE AMENITIES COMMITTEE HELD ON 6 MAY 2031", True),
    ("41 Apologies for Absence", True),
    ("Cllrs Vine and Hale.", False),
    ("Committee resolved to note the apologies.", True),
    ("42 Play Areas", True),
    ("The assistant clerk said the new swings at Orchard Row had been fitted.", False),
    ("Committee resolved to note the update on the play areas.", True),
    ("43 Grants", True),
    ("RESOLVED that a grant of £300 be made to the Hadley scouts.", True),
]


@pytest.mark.parametrize("engine", ["auto", "pdfplumber"])
def test_decisions_set_in_bold_are_decisions_not_headings(tmp_path, nlp, engine):
    # Minutes that print each decision in bold: the PDF reader marks those lines headings of body size.
    from reportlab.pdfgen import canvas

    from minutebook.ingest import parse_file

    path = tmp_path / "amenities-2031-05-06.pdf"
    pdf = canvas.Canvas(str(path))
    y = 780.0
    for text, bold in _BOLD_DECISIONS:
        pdf.setFont("Helvetica-Bold" if bold else "Helvetica", 11)
        pdf.drawString(60, y, text)
        y -= 18
    pdf.save()
    document = parse_file(path, engine=engine)
    found = extract_resolutions(split_sections(document, extract_items(document)), nlp=nlp)
    assert [(r.item, r.text) for r in found] == [
        ("41", "Committee resolved to note the apologies."),
        ("42", "Committee resolved to note the update on the play areas."),
        ("43", "RESOLVED that a grant of £300 be made to the Hadley scouts."),
    ]
    # A short bold heading naming a decision is still a heading.
    assert [item.title for item in extract_items(document)] == ["Apologies for Absence", "Play Areas", "Grants"]


def test_motions_made_seconded_and_carried_that(make_document, nlp):
    # Formal minutes (school boards, town meetings): the motion, its seconding and its carrying in one clause.
    text = (
        "MINUTES OF THE BOARD OF EDUCATION\n1. Bills\nMotion made, duly seconded and carried, that the bills as read"
        " be paid.\n2. Teachers\nOn motion duly made and seconded, it was voted that Miss Ames be appointed teacher.\n"
        "3. Roof\nMotion made by Mr. Lee, seconded by Mr. Hart and carried that the roof be repaired.\n"
        "4. Library\nIt was voted to keep the library open on Saturdays.\n"
        "5. Fence\nA motion by Mr. Lee to paint the fence was seconded by Mr. Hart but failed.\n"
    )
    assert [(r.item, r.text) for r in _resolutions(make_document, nlp, text)] == [
        ("1", "Motion made, duly seconded and carried, that the bills as read be paid."),
        ("2", "On motion duly made and seconded, it was voted that Miss Ames be appointed teacher."),
        ("3", "Motion made by Mr. Lee, seconded by Mr. Hart and carried that the roof be repaired."),
        ("4", "It was voted to keep the library open on Saturdays."),
    ]


def test_motioned_and_motion_made_by_with_a_seconder(make_document, nlp):
    # Small boards' minutes: "X motioned to approve, Y seconded", "Motion made by X to …, seconded by Y".
    text = (
        "RANCH BOARD MINUTES\n1. Water\nConsider a letter of support for the grant - Paula. Robin Lake motioned to "
        "approve, Justin Poe seconded.\n2. Agenda\nMotion made by Marla Kettle to accept agenda seconded by Glen "
        "Tasker. Vote voice carried.\n3. Roads\nMotion by David to put the plan in place, seconded by Marla.\n"
        "4. Fence\nTom asked whether the motion by the chair had been seconded at the last meeting.\n"
    )
    assert [r.item for r in _resolutions(make_document, nlp, text)] == ["1", "2", "3"]


def test_a_clause_that_fell_or_failed_is_no_lost_motion(make_document, nlp):
    text = ("#### 7. Trees\n\nIt was proposed by Cllr Lowe and seconded by Cllr Penn that the oak which fell in the "
            "storm be removed and the contractor who quoted and failed to attend be asked again.\n")
    assert len(_texts(make_document, nlp, text)) == 1


@pytest.mark.parametrize(
    "sentence",
    [
        "A quote has been received from Mr T Larch for mending the bench at £180, this includes £40 for timber, "
        "this quote was approved.",
        # Wrapped as a PDF prints it, the decision after the discussion.
        "The bench by the pond needs mending.\nAfter discussion the quote from\nLarch Joinery was accepted.",
        "Following consideration, the tender from Ash Grounds Ltd was accepted unanimously.",
    ],
)
def test_a_passive_decision_closing_a_sentence(make_document, nlp, sentence):
    [found] = _texts(make_document, nlp, f"#### 7. Bench\n\n{sentence}\n")
    assert found.rstrip(".").endswith(("approved", "accepted", "unanimously"))


@pytest.mark.parametrize(
    "sentence",
    [
        "The Clerk reported that, after a long delay, the planning application was approved.",
        "Cllr Ormsby said the grant bid had gone in, and the bid was approved by the county in March.",
    ],
)
def test_a_reported_approval_is_no_decision(make_document, nlp, sentence):
    assert _texts(make_document, nlp, f"#### 7. Bench\n\n{sentence}\n") == []


@pytest.mark.parametrize("opener", ["RESOLVED to", "It was RESOLVED to"])
def test_an_opener_ending_on_to_goes_on_into_its_numbered_list(make_document, nlp, opener):
    text = (f"#### 47/31 Highways Programme\n\nThe Cabinet Member presented the report.\n\n{opener}\n"
            "(1) approve the programme for 2031/32; and\n(2) delegate authority to the Director to make changes.\n")
    assert _texts(make_document, nlp, text) == [
        f"{opener} approve the programme for 2031/32; and", f"{opener} delegate authority to the Director to make changes.",
    ]


@pytest.mark.parametrize(
    "record",
    ["Everyone agrees the fee stays at $20.", "All agree that the hall hire stays at £12.",
     "Everybody present agreed to keep the fee at $20."],
)
def test_everyone_agreeing_is_the_meeting_deciding(make_document, nlp, record):
    assert _texts(make_document, nlp, f"#### 3. Dues\n\n{record}\n") == [record]


@pytest.mark.parametrize("record", ["Everyone enjoyed the barbecue.", "The following were thanked: Ann Lee and Bo Reed."])
def test_everyone_doing_something_else_is_no_decision(make_document, nlp, record):
    assert _texts(make_document, nlp, f"#### 3. Social\n\n{record}\n") == []


# --- the body's thanks, recorded as its own act ------------------------------------------------


@pytest.mark.parametrize(
    "record",
    [
        "The committee wished to record special thanks to Ann Vale and Bo Reed for repainting the pavilion.",
        "The meeting expressed its gratitude to Tove Lind for running the lunch club since 2029.",
        "The Parish Council extended its warmest congratulations to the school.",
    ],
)
def test_the_bodys_recorded_thanks_are_a_decision(make_document, nlp, record):
    assert _texts(make_document, nlp, f"#### 3. Volunteers\n\n{record}\n") == [record]


@pytest.mark.parametrize(
    "record",
    [
        "I also wish to express my appreciation to the finance team.",
        "The Chair wished to record thanks to the volunteers.",
    ],
)
def test_one_persons_thanks_are_no_decision(make_document, nlp, record):
    assert _texts(make_document, nlp, f"#### 3. Volunteers\n\n{record}\n") == []


@pytest.mark.parametrize(
    "label, result",
    [("Vote on the Motion:", "RESULT:\n\nADOPTED [5 TO 1]"), ("Vote on Motion:", "RESULT: PASSED [5 TO 1]")],
)
def test_a_voting_modules_result_after_the_written_vote_is_the_same_decision(make_document, nlp, label, result):
    text = (
        "#### 7. Shelter Lighting Contract\n\n"
        "It is recommended that the Board award the shelter lighting contract.\n\n"
        "Motion: Director Hale made the motion to award the shelter lighting contract.\n"
        "Director Brook seconded the motion.\n\n"
        "Discussion: Director Vance asked about the warranty. Staff said it ran for five years.\n\n"
        f"{label} The motion passed with 5 in favor and 1 against (Vance).\n\n"
        f"{result}\n\nMOVER:\n\nAnn Hale, Director\n\nSECONDER: Roy Brook, Director\n"
    )
    texts = _texts(make_document, nlp, text)
    assert len(texts) == 1
    assert "Director Hale made the motion to award the shelter lighting contract." in texts[0]
    assert texts[0].endswith("(Vance). " + result.replace("\n\n", " "))


def test_a_result_block_with_no_written_vote_above_it_is_still_the_decision(make_document, nlp):
    text = (
        "#### 8. Depot Roof Repair\n\nStaff presented the two bids.\n\n"
        "RESULT:\n\nADOPTED [UNANIMOUS]\n\nMOVER:\n\nAnn Hale, Director\n\n"
        "#### 9. Fare Study\n\nMotion:\n\nDirector Vance made the motion to defer the fare study.\n"
        "Director Hale seconded the motion.\n\nVote on Motion:\n\nThe motion failed with 2 in favor and 4 against.\n\n"
        "RESULT:\n\nFAILED [2 TO 4]\n"
    )
    assert _texts(make_document, nlp, text) == ["Depot Roof Repair. RESULT: ADOPTED [UNANIMOUS]"]


@pytest.mark.parametrize(
    "record",
    [
        "Following discussion it was agreed that a vote would be taken on the motion and following a show of hands the "
        "Mayor declared the motion defeated.",
        "Members agreed to put the motion to a vote, and on a show of hands the motion was lost.",
    ],
)
def test_a_vote_agreed_on_and_lost_is_no_decision(make_document, nlp, record):
    assert _texts(make_document, nlp, f"#### 11. Notice of Motion\n\n{record}\n") == []


def test_a_vote_agreed_on_and_carried_stays_a_decision(make_document, nlp):
    # Near miss: the vote taken carried the motion.
    record = "It was agreed that a vote would be taken on the motion and on a show of hands the motion was carried."
    assert _texts(make_document, nlp, f"#### 11. Notice of Motion\n\n{record}\n") == [record]


@pytest.mark.parametrize(
    "put",
    [
        "Vote on amendment to cut the levy to 2%. Carried 4-1.",
        "Vote on motion to defer the fare study to June. Carried 5-0.",
        "Vote on the motion that the fare study be deferred. Carried 5-0.",
    ],
)
def test_the_question_put_as_a_vote_on_a_motion_or_amendment_is_a_decision(make_document, nlp, put):
    # Only the label ("Vote on Motion:", "Vote on Amendment" alone on its line) is left out; the question put is read.
    texts = _texts(make_document, nlp, f"#### 7. Budget\n\nThe draft budget was presented.\n\n{put}\n")
    assert len(texts) == 1 and put.split(". Carried")[0].removeprefix("Vote on ") in texts[0]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # The second and the outcome in one clause, "approved" for "carried", the motion in the sentence before.
        ("#### 2. Minutes\n\nDana Kerr moved to approve the minutes of May 6. The motion was seconded and approved.\n",
         ["Dana Kerr moved to approve the minutes of May 6. The motion was seconded and approved."]),
        ("#### 4. Pension\n\nThere was a motion to set up a volunteer pension fund. The motion was seconded, and "
         "unanimously approved.\n",
         ["There was a motion to set up a volunteer pension fund. The motion was seconded, and unanimously approved."]),
        ("#### 5. Hours\n\nLee Orr made a motion to open the hall on Sundays. Motion seconded and passed.\n",
         ["Lee Orr made a motion to open the hall on Sundays. Motion seconded and passed."]),
        # The clause standing after the motion's own words.
        ("#### 6. Flowers\n\nMOTION to send flowers to the retiring caretaker; seconded and passed.\n",
         ["MOTION to send flowers to the retiring caretaker; seconded and passed."]),
        # The seconder named inside the clause, or "then" before the outcome: the one clause votes.py reads too.
        ("#### 8. Salt\n\nLee Orr moved to buy road salt. The motion was seconded by Trustee B. Vance and approved.\n",
         ["Lee Orr moved to buy road salt. The motion was seconded by Trustee B. Vance and approved."]),
        ("#### 9. Gates\n\nAda Ross moved to mend the gates. The motion was seconded, and then carried.\n",
         ["Ada Ross moved to mend the gates. The motion was seconded, and then carried."]),
        # Seconded with no outcome: the readers of a motion and its seconder alone decide; this rule reads nothing.
        ("#### 7. Roof\n\nThere was a motion to ask for roofing bids. The motion was seconded and discussed at length.\n",
         []),
    ],
)
def test_seconded_and_approved_closes_the_motion(make_document, nlp, text, want):
    assert _texts(make_document, nlp, text) == want


@pytest.mark.parametrize(
    ("record", "start"),
    [
        # The mover answers the chair's call with a motion of no words of its own.
        ("Supervisor Quill asked for a motion to approve the hedge plan. Trustee Ormsby made the motion, with a second "
         "by Trustee Vance. Voice vote: Motion carried.", "Supervisor Quill asked for a motion"),
        ("The Chair called for a motion to replace the Mill Road culvert. Ada Ormsby made a motion, seconded by Ben "
         "Vance. Motion carried 3-0.", "The Chair called for a motion"),
        ("The Chair entertained a motion to buy road salt. Ben Vance so moved. Ada Ormsby seconded. Motion carried.",
         "The Chair entertained a motion"),
    ],
)
def test_a_motion_made_without_words_answers_the_call_for_it(make_document, nlp, record, start):
    [found] = _texts(make_document, nlp, f"#### 6. Roads\n\nThe plan was discussed at length.\n\n{record}\n")
    assert found.startswith(start) and found.endswith(("carried.", "3-0."))


def test_a_motion_with_its_own_words_stands_without_the_call(make_document, nlp):
    record = ("The Chair called for motions on the roads budget. Ada Ormsby made a motion, seconded by Ben Vance, to "
              "buy road salt. Motion carried.")
    [found] = _texts(make_document, nlp, f"#### 6. Roads\n\n{record}\n")
    assert found.startswith("Ada Ormsby made a motion")


def test_this_was_seconded_and_approved_closes_the_motion_before(make_document, nlp):
    text = "#### 3. Fees\n\nAmanda Orr moved spending the $275 filing fee. This was seconded and approved.\n"
    assert _texts(make_document, nlp, text) == [
        "Amanda Orr moved spending the $275 filing fee. This was seconded and approved."
    ]


@pytest.mark.parametrize("tally", [
    "Motion carried: 6 Ayes 0 Nays 0 Abstentions",
    "Carried: 5 Ayes, 0 Nays, 0 Abstentions, 1 Absent",
    "Motion carried 4 yeas 1 nay 1 abstention",
])
def test_counts_before_their_sides_close_the_motion(make_document, nlp, tally):
    # Each side's count before its word: the count after "Ayes" is the next side's, not the ayes'.
    text = (
        "5. Personnel\n\nMoved by J. Zell, second by L. Gray\n"
        f"Be it resolved that the Board of Education appoints Dana Fox as a bus driver.\n{tally}\n"
    )
    assert _texts(make_document, nlp, text) == [
        f"Be it resolved that the Board of Education appoints Dana Fox as a bus driver. {tally}"
    ]


def test_counts_before_their_sides_that_defeat_the_motion(make_document, nlp):
    text = (
        "5. Personnel\n\nMoved by J. Zell, second by L. Gray\n"
        "Be it resolved that the Board of Education appoints Dana Fox as a bus driver.\n"
        "Motion failed: 2 Ayes 3 Nays 0 Abstentions\n"
    )
    assert _texts(make_document, nlp, text) == []


def test_a_tally_after_an_item_or_resolution_number_is_still_read(make_document, nlp):
    # The number before "Ayes:" is the item's or the resolution's, not a count of the ayes ("6 Ayes 0 Nays").
    text = (
        "1. Bus Contract\n\nMoved by Tolley, seconded by Wynn, that the Board adopt Resolution 41-07 awarding the bus "
        "contract to Hill Coaches. Resolution 41-07 Ayes: 3 Nays: 2\n\n"
        "2. Roof\n\nMoved by Orr, seconded by Dane, that the Board adopt Resolution 41-08 for the gym roof. "
        "Vote on Item 2 Ayes: 2 Nays: 3\n"
    )
    assert _texts(make_document, nlp, text) == [
        "Moved by Tolley, seconded by Wynn, that the Board adopt Resolution 41-07 awarding the bus contract to Hill "
        "Coaches. Resolution 41-07 Ayes: 3 Nays: 2"
    ]


@pytest.mark.parametrize("stamp", ["APPROVED", "Approved Minutes", "Approved: July 14, 2031", "DRAFT",
                                   "Minutes approved on 07/14/2031", "CONFIRMED"])
def test_the_minutes_own_approval_stamp_is_no_decision(make_document, nlp, stamp):
    # The stamp's words are the title's status words ("CONFIRMED" as much as "APPROVED").
    text = (
        f"Elm Valley School District\nBoard of Education - Special Meeting\nJune 23, 2031 - 5:32 p.m.\n{stamp}\n\n"
        "The meeting was called to order by President Lane at 5:32 p.m.\n\nNEW BUSINESS\n\n"
        "On a motion made by Mr. Hale, seconded by Mr. Voss, the Board approved the bus contract. Motion carried 5-0.\n"
        "Approved: ____________________\n"
    )
    document = make_document(text)
    sections = with_uncovered_body(document, split_sections(document, extract_items(document)))
    assert [r.text for r in extract_resolutions(sections, nlp=nlp)] == [
        "On a motion made by Mr. Hale, seconded by Mr. Voss, the Board approved the bus contract. Motion carried 5-0."
    ]


def test_an_approval_word_under_an_item_is_its_disposition(make_document, nlp):
    # Near miss: under an item the bare word (or the date of the minutes it approved) closes the item as its decision.
    text = (
        "Elm Valley School District\nMinutes\nJune 23, 2031\n\n1. Call to Order\n\nOpened at 5:32 p.m.\n\n"
        "2. Minutes of the May meeting\n\nAPPROVED\n\n3. Minutes of the special meeting\n\nApproved: May 12, 2031\n"
    )
    texts = _texts(make_document, nlp, text)
    assert "APPROVED" in " ".join(texts) and "May 12, 2031" in " ".join(texts)


@pytest.mark.parametrize("heading", [
    "Elm Creek Water District\nBoard of Directors Meeting\nMarch 5, 2031 at 7 p.m.",
    "Minutes of the regular meeting held at the district office\nMarch 5, 2031",
])
def test_a_stamp_in_the_heading_of_minutes_with_no_items_is_no_decision(make_document, nlp, heading):
    # A title's lower-case words with no sentence's stop are no running text: the stamp below them is the record's.
    text = (
        f"{heading}\nApproved\n\nPresent: Ann Tolley, Bob Orr, Cy Dane\n\n"
        "The board reviewed the bills for February totalling $4,210.\nApproved: 3-0\n"
    )
    document = make_document(text)
    sections = with_uncovered_body(document, split_sections(document, extract_items(document)))
    assert [r.text for r in extract_resolutions(sections, nlp=nlp)] == ["Approved: 3-0"]


def test_an_approval_word_below_running_text_is_a_decision_in_minutes_with_no_items(make_document, nlp):
    # Near miss: minutes with no numbered items are one section with no item; below their first running text the bare
    # word (or the word with a date) closes what was discussed, and only the heading block holds the stamp.
    text = (
        "Elm Creek Water District\nBoard of Directors Meeting\nMarch 5, 2031\nCONFIRMED\n\n"
        "Present: Ann Tolley, Bob Orr, Cy Dane\n\n"
        "The board reviewed the bills for February totalling $4,210.\nApproved: 3-0\n\n"
        "The board discussed the rate study.\nApproved\n\n"
        "The board reviewed the audit letter.\nApproved: March 5, 2031\n"
    )
    document = make_document(text)
    sections = with_uncovered_body(document, split_sections(document, extract_items(document)))
    assert [r.text for r in extract_resolutions(sections, nlp=nlp)] == [
        "Approved: 3-0", "Approved", "Approved: March 5, 2031"
    ]


@pytest.mark.parametrize("movers", ["Motion by Lou Gray, second by Tim Lowe.", "Motion made by Lou Gray and seconded by Tim Lowe."])
def test_the_motion_put_above_its_movers_is_the_decision(make_document, nlp, movers):
    # "Motion to approve …" / "Motion by A, second by B." / "Final Resolution: Motion Carried": the motion's words on the
    # line above the movers are what was decided.
    text = (
        "1.6 Approve minutes\n\nMotion to approve minutes of meeting dated February 10, 2031\n\n"
        f"{movers}\n\nFinal Resolution: Motion Carried\n\nYea: Ann Pike, Lou Gray, Tim Lowe\n"
    )
    assert _texts(make_document, nlp, text) == [
        f"Motion to approve minutes of meeting dated February 10, 2031 {movers} Final Resolution: Motion Carried"
    ]


def test_a_motion_carried_above_the_movers_keeps_its_own_record(make_document, nlp):
    # Near miss: a motion straight above the movers that closed with its own outcome is a record of its own, and no
    # part of the next one (the outcome ends its record, so the walk back from the movers stops short of it).
    text = (
        "4. Business\n\nMotion to buy the new mower, which carried unanimously.\n\n"
        "Motion by Lou Gray, second by Tim Lowe.\n\nFinal Resolution: Motion Carried\n"
    )
    assert _texts(make_document, nlp, text) == [
        "Motion to buy the new mower, which carried unanimously.",
        "Motion by Lou Gray, second by Tim Lowe. Final Resolution: Motion Carried",
    ]


@pytest.mark.parametrize("lost", [
    "Motion to table the roof repairs until May was withdrawn after discussion.",
    "Motion to postpone the bus purchase was not seconded.",
])
def test_a_motion_lost_above_the_movers_is_no_part_of_their_motion(make_document, nlp, lost):
    # Near miss: a motion put above the movers that was withdrawn or never seconded closed there; the movers below
    # moved something else.
    text = f"4. Business\n\n{lost}\n\nMotion by Lou Gray, second by Tim Lowe.\n\nFinal Resolution: Motion Carried\n"
    assert _texts(make_document, nlp, text) == ["Motion by Lou Gray, second by Tim Lowe. Final Resolution: Motion Carried"]
