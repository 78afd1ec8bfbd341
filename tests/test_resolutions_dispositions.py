"""Decisions written after their subject (a dash then "No objection", "granted", "agreed £150"), bare tallies after a
question or proposal, the meeting's assent with no motion ("As there were no objections, …"), and motions whose outcome
is "Motion Prevailed" or "There was no objection"."""

from __future__ import annotations

import pytest

from minutebook.extract.items import extract_items, split_sections
from minutebook.extract.resolutions import extract_resolutions


def _texts(make_document, nlp, text):
    document = make_document(text)
    sections = split_sections(document, extract_items(document))
    return [r.text for r in extract_resolutions(sections, nlp=nlp, lines=document.lines)]


def test_planning_lines_closed_by_the_response_after_a_dash(make_document, nlp):
    text = (
        "#### 5. Planning\n\n25/0311 – Garage at 2 Orchard Row – No objection\n\n"
        "25/0412 – Rear extension, 7 Ferry Lane – Support\n\n25/0518 – Barn conversion at Ashby Farm – Refused\n\n"
        "#### 6. Correspondence\n\nLetter from the bowls club – objection\n\nLetter from the bowls club about parking\n"
    )
    assert _texts(make_document, nlp, text) == [
        "25/0311 – Garage at 2 Orchard Row – No objection",
        "25/0412 – Rear extension, 7 Ferry Lane – Support",
        "25/0518 – Barn conversion at Ashby Farm – Refused",
        "Letter from the bowls club – objection",
    ]


def test_a_request_answered_after_a_dash(make_document, nlp):
    text = (
        "#### 7. Grants\n\nA request from the Cubs for a grant of £400 - granted.\n\n"
        "Request from the Choir for funding towards music stands – agreed £120.\n\n"
        "Donation to the Air Ambulance – declined.\n\nThe mural – deferred until the next meeting.\n\n"
        "#### 8. Planning decisions notified\n\n25/0100 – Shed at 4 Brook Way – Granted\n"
    )
    assert _texts(make_document, nlp, text) == [
        "A request from the Cubs for a grant of £400 - granted.",
        "Request from the Choir for funding towards music stands – agreed £120.",
        "Donation to the Air Ambulance – declined.",
        "The mural – deferred until the next meeting.",
    ]


def test_bare_tallies_after_a_question_or_proposal(make_document, nlp):
    text = (
        "## Welcome\n\nOpened at 7.\n\n## Questions\n\nShould we renew the hedge contract? – 4/4 yes\n\n"
        "Proposal to buy a leaf blower – 3 votes in favour\n\nProposal to paint the porch – 0/4 votes\n\n"
        "Should we meet on Mondays? – 1/4 yes\n\nProposal to adopt the new crest - 5 votes for, 2 against (1 abstains)\n\n"
        "The treasurer said 3/4 votes came by post last year.\n\n## Close\n\nClosed at 9.\n"
    )
    assert _texts(make_document, nlp, text) == [
        "Should we renew the hedge contract? – 4/4 yes",
        "Proposal to buy a leaf blower – 3 votes in favour",
        "Proposal to adopt the new crest - 5 votes for, 2 against (1 abstains)",
    ]


def test_assent_without_a_motion(make_document, nlp):
    text = (
        "## Welcome\n\nOpened at 7.\n\n## New Members\n\nAs there were no objections, Dana P. becomes our 12th member.\n\n"
        "With no objections, Rowan became our 13th member.\n\nNo objections, the minutes were accepted.\n\n"
        "No objections, thank you, Chair.\n\nWith no objections raised so far, the survey continues.\n\n## Close\n\nClosed at 9.\n"
    )
    assert _texts(make_document, nlp, text) == [
        "As there were no objections, Dana P. becomes our 12th member.",
        "With no objections, Rowan became our 13th member.",
        "No objections, the minutes were accepted.",
    ]


def test_proposals_and_motions_closed_by_their_outcome(make_document, nlp):
    text = (
        "## Welcome\n\nOpened at 7.\n\n## Old Business\n\n"
        "-   Proposal to keep lease talks with the landlord to the board. Motion passed.\n"
        "-   Proposal to buy a kiln. Motion failed.\n\n"
        "A motion was made to admit two new members. There was no objection.\n\n"
        "Kim moved to hold a bylaws workshop. Lee seconded. There were no objections.\n\n"
        "Members were asked about the agenda. There were no objections.\n\n## Close\n\nClosed at 9.\n"
    )
    assert _texts(make_document, nlp, text) == [
        "Proposal to keep lease talks with the landlord to the board. Motion passed.",
        "A motion was made to admit two new members. There was no objection.",
        "Kim moved to hold a bylaws workshop. Lee seconded. There were no objections.",
    ]


def test_labelled_motion_closed_by_motion_prevailed(make_document, nlp):
    text = (
        "#### 8. New Business\n\n"
        "M/S: To buy a new projector for the hall by: Hale/Voss. All members approved. Motion Prevailed.\n\n"
        "M/S: To repaint the office by: Kim/Lee. Motion Prevailed.\n\n"
        "#### 9. Roads\n\nThe motion prevailed over an earlier plan, the chair said.\n"
    )
    assert _texts(make_document, nlp, text) == [
        "M/S: To buy a new projector for the hall by: Hale/Voss. All members approved. Motion Prevailed.",
        "M/S: To repaint the office by: Kim/Lee. Motion Prevailed.",
    ]


def test_topic_put_to_the_vote_above_a_bare_movers_clause(make_document, nlp):
    text = (
        "## Welcome\n\nOpened at 7.\n\n## New Business\n\n"
        "- Discussion and vote – Renewal of the hall lease.\n    - Pike motioned, Shaw seconded. Motion was approved.\n"
        "- Vote on the winter opening hours\n    - Hale motioned, Voss seconded.\n    - Motion was approved.\n\n"
        "The roof was discussed at length. Kim moved, Lee seconded. Motion carried.\n\n"
        "-   Approval of paying card fees for the shop. Bo moved. Di seconded. Motion carries.\n\n## Close\n\nClosed at 9.\n"
    )
    assert _texts(make_document, nlp, text) == [
        "Discussion and vote – Renewal of the hall lease. Pike motioned, Shaw seconded. Motion was approved.",
        "Vote on the winter opening hours Hale motioned, Voss seconded. Motion was approved.",
        "Kim moved, Lee seconded. Motion carried.",
        "Approval of paying card fees for the shop. Bo moved. Di seconded. Motion carries.",
    ]


def test_choices_and_deferrals_with_no_motion(make_document, nlp):
    text = (
        "## Welcome\n\nOpened at 7.\n\n## Sign\n\nThe board picked the green design for the gate sign.\n\n"
        "- The committee chose Saturday for the litter pick.\n- Deferred to the new board.\n\n"
        "Tabled pending the outcome of the lease talks.\n\nTabled until March meeting.\n\n"
        "Members picked up litter on Sunday.\n\nTime deferred to Jo for the treasurer's report.\n\n## Close\n\nClosed at 9.\n"
    )
    assert _texts(make_document, nlp, text) == [
        "The board picked the green design for the gate sign.",
        "The committee chose Saturday for the litter pick.",
        "Deferred to the new board.",
        "Tabled pending the outcome of the lease talks.",
        "Tabled until March meeting.",
    ]


def test_one_decision_per_table_row_with_a_decision(make_document, nlp):
    text = (
        "#### 7. Grant applications\n\n| Applicant | Amount | Decision |\n|---|---|---|\n"
        "| Cubs | £400 | Approved |\n| Choir | £120 | Deferred |\n| Art Club | £90 | Rejected |\n| Bowls Club | £60 | |\n\n"
        "#### 8. Planning\n\n| Ref | Site | Council response |\n|---|---|---|\n"
        "| 25/0311 | Garage, 2 Orchard Row | No objection |\n| 25/0412 | Porch, 7 Ferry Lane | Recommend refusal |\n\n"
        "#### 9. Bookings\n\n| Hirer | Date | Status |\n|---|---|---|\n| Yoga | 4 May | Deferred |\n\n"
        "#### 10. Online motions\n\n| Raised | Closed | Motion text | Outcome |\n|---|---|---|---|\n"
        "| Wed 4 Dec 2024 9:13PM | 2024-12-07 | Approve $120 for saw blades | Passed (unanimous) |\n"
        "| XXXX.XX.XX | XXXX.XX.XX | The text of the motion | Passed/Rejected/Lapsed |\n"
    )
    assert _texts(make_document, nlp, text) == [
        "Cubs £400 Approved",
        "Choir £120 Deferred",
        "Art Club £90 Rejected",
        "25/0311 Garage, 2 Orchard Row No objection",
        "25/0412 Porch, 7 Ferry Lane Recommend refusal",
        "Approve $120 for saw blades Passed (unanimous)",
    ]


def test_table_rows_in_html(nlp):
    from minutebook.ingest.html import parse_html

    text = (
        "<html><body><h2>1. Welcome</h2><p>Opened at 7.</p><h2>2. Grants</h2><table>"
        "<tr><th>Group</th><th>Request</th><th>Outcome</th></tr>"
        "<tr><td>Scouts</td><td>£200</td><td>Granted</td></tr><tr><td>Choir</td><td>£80</td><td>Declined</td></tr>"
        "<tr><td>Drama</td><td>£50</td><td>To be discussed</td></tr></table><h2>3. Close</h2><p>Closed at 9.</p>"
        "</body></html>"
    )
    document = parse_html(text.encode(), path="inline.html", name="inline.html", sha256="0" * 64)
    sections = split_sections(document, extract_items(document))
    texts = [r.text for r in extract_resolutions(sections, nlp=nlp, lines=document.lines)]
    assert texts == ["Scouts £200 Granted", "Choir £80 Declined"]


def test_a_motions_table_status_column(make_document, nlp):
    text = (
        "#### 4. Motions\n\n| Motion Text | Moved by | Seconded by | Status |\n| --- | --- | --- | --- |\n"
        "| Accept previous meeting minutes | Hale | Voss | Accepted |\n| Buy a new kettle | Kim | Lee | Withdrawn |\n\n"
        "#### 5. Actions\n\n| Action | Owner | Status |\n| --- | --- | --- |\n| Fix the gate | Clerk | Done |\n"
    )
    # The decision is the motion's words; its mover and seconder are the row's (tests/test_motion_tables.py).
    assert _texts(make_document, nlp, text) == ["Accept previous meeting minutes"]


def test_movers_as_two_slash_joined_names(make_document, nlp):
    text = (
        "## Welcome\n\nOpened at 7.\n\n## New Business\n\n"
        "-   Winter sleepover and streaming (Chris Kopek/Arlo Reyes) Motion passed.\n"
        "-   Repaint the hall by: Hale/Voss. Motion Prevailed.\n"
        "-   The 2024/2025 budget was discussed (see A/B). It passed to the committee.\n\n## Close\n\nClosed at 9.\n"
    )
    assert _texts(make_document, nlp, text) == [
        "Winter sleepover and streaming (Chris Kopek/Arlo Reyes) Motion passed.",
        "Repaint the hall by: Hale/Voss. Motion Prevailed.",
    ]


def test_a_nomination_approved_after_a_call_for_a_vote(make_document, nlp):
    text = (
        "## Welcome\n\nOpened at 7.\n\n## Board Vacancy\n\n"
        "Dana has renewed her membership. The Chair called for a vote, and Dana's nomination was approved unanimously.\n\n"
        "The Chair asked for views, and the proposal was passed to the working group for comment later.\n\n"
        "## Close\n\nClosed at 9.\n"
    )
    assert _texts(make_document, nlp, text) == [
        "The Chair called for a vote, and Dana's nomination was approved unanimously."
    ]


def test_a_deferral_after_its_reason(make_document, nlp):
    text = (
        "## Welcome\n\nOpened at 7.\n\n## Club Card\n\nJo wanted a club card. Since she was not present this item was tabled.\n\n"
        "As the treasurer said the matter was deferred in May, no more was done.\n\n## Close\n\nClosed at 9.\n"
    )
    assert _texts(make_document, nlp, text) == ["Since she was not present this item was tabled."]


def test_a_motions_table_status_after_its_tally(make_document, nlp):
    text = (
        "#### 4. Motions\n\n| Motion Text | Moved by | Seconded by | Status |\n| --- | --- | --- | --- |\n"
        "| Paint the hall | Hale | Voss | 4 in favour. 1 abstained. Passed. |\n"
        "| Sell the mower | Kim | Lee | 2 in favour, 5 against, rejected |\n| Buy a kettle | Kim | Lee | 3 for / 2 |\n\n"
        "#### 5. Close\n\nThe meeting closed.\n"
    )
    assert _texts(make_document, nlp, text)[:2] == ["Paint the hall", "Sell the mower"]


def test_a_response_with_its_verb_under_an_application_named_above(make_document, nlp):
    for response in ("No objections raised.", "No observations were made."):
        text = (
            "#### 5. Planning\n\nPlanning application received for the mast at Low Fell\n\n"
            f"Installation of two dishes and all ancillary development. (31/1046)\n\n{response}\n"
        )
        [decision] = _texts(make_document, nlp, text)
        assert decision == f"Installation of two dishes and all ancillary development. (31/1046) {response}"
    # One line above that names no application is no block for a bare response.
    text = "#### 5. Parish paths\n\nThe footpath by the church was discussed at length by the members present.\n\nNo objections raised.\n"
    assert _texts(make_document, nlp, text) == []


def test_the_body_had_no_objection(make_document, nlp):
    for said in ("The Council had no objection to the application.", "Members raised no objections to the porch."):
        text = f"#### 8. Planning\n\nApplication 31/0500/FUL for a porch at 2 Elm Row was considered. {said}\n"
        assert _texts(make_document, nlp, text) == [said]
    # The Council's objection reported of another body is no decision of this meeting.
    text = "#### 8. Planning\n\nThe applicant said the County Council had objected to the porch.\n"
    assert _texts(make_document, nlp, text) == []


def test_a_matter_put_off_is_its_decision(make_document, nlp):
    text = (
        "#### 1. Letters\n\nLetter to the Parks Office re the West Pier lease – Sent Back to Committee\n\n"
        "Letter to the Power Company re the Liberty Project – Tabled\n\nLetter to the DOT re bike lanes – Deferred\n\n"
        "#### 2. Special District\n\nAfter discussion, the issue was tabled till July to await the court's ruling.\n"
    )
    assert _texts(make_document, nlp, text) == [
        "Letter to the Parks Office re the West Pier lease – Sent Back to Committee",
        "Letter to the Power Company re the Liberty Project – Tabled",
        "Letter to the DOT re bike lanes – Deferred",
        "After discussion, the issue was tabled till July to await the court's ruling.",
    ]
    # A report that another body put a matter off is no decision of this one.
    text = "#### 2. Special District\n\nThe county said its own vote had been postponed.\n"
    assert _texts(make_document, nlp, text) == []


def test_a_lettered_planning_line_whose_response_the_title_left_behind(make_document, nlp):
    # The items reader keeps "31/0458 Ash House" as the lettered part's title and leaves the response as its minutes.
    text = (
        "MINUTES OF THE MEETING OF ELMSTEAD PARISH COUNCIL HELD ON 3 MAY 2031\n\n5. PLANNING\n"
        "a) 31/0456 Mill Cottage, Low Road – new garage\nb) 31/0458 Ash House – no objections\n"
        "c) 31/0460 Elm Lodge – Support\n\n6. DATE OF NEXT MEETING\nNoted\n"
    )
    found = _texts(make_document, nlp, text)
    assert "31/0458 Ash House – no objections" in found and "31/0460 Elm Lodge – Support" in found
    assert not any("new garage" in decision for decision in found)
    assert "Noted" in found  # a note alone keeps its own words


@pytest.mark.parametrize(
    "response", ["No comment to be made.", "No comments were made", "NO OBJECTION RAISED", "No comments."]
)
def test_a_planning_item_answered_no_comment_is_a_decision(make_document, nlp, response):
    # the whole of an application's minutes, or its response after a dash on the application's line
    text = f"#### 7. Planning\n\n24/0312 Garage at 2 Mill Lane, Ashby\n\n{response}\n\n#### 8. Close\n\nClosed at 9.\n"
    assert _texts(make_document, nlp, text) == [f"Garage at 2 Mill Lane, Ashby – {response}"]
    text = f"#### 7. Planning\n\n24/0312 Garage at 2 Mill Lane, Ashby – {response}\n\n#### 8. Close\n\nClosed at 9.\n"
    assert [said.split(" – ")[-1] for said in _texts(make_document, nlp, text)] == [response]


def test_no_comment_inside_a_sentence_decides_nothing(make_document, nlp):
    text = (
        "#### 7. Public Participation\n\nThe resident said there was no comment to be made by the county yet.\n\n"
        "#### 8. Close\n\nClosed at 9.\n"
    )
    assert _texts(make_document, nlp, text) == []


@pytest.mark.parametrize("minutes", ["Approved as presented.", "– approved as submitted", "Accepted as circulated"])
def test_a_consent_list_approved_as_presented_decides_what_its_title_lists(make_document, nlp, minutes):
    text = (
        "#### 4. Minutes of May 3, Treasurer's Report and Bills Payable\n\n"
        f"{minutes}\n\n#### 5. Close\n\nClosed at 9.\n"
    )
    assert _texts(make_document, nlp, text) == [
        f"Minutes of May 3, Treasurer's Report and Bills Payable – {minutes.lstrip('– ')}"
    ]


def test_a_consent_list_and_its_disposition_on_one_numbered_line(make_document, nlp):
    text = (
        "MINUTES\n\n1. Welcome\n\nThe chair opened.\n\n"
        "2. Minutes of May 3 and Treasurer's Report – approved as submitted\n\n3. Close\n\nClosed at 9.\n"
    )
    assert _texts(make_document, nlp, text) == ["Minutes of May 3 and Treasurer's Report – approved as submitted"]


@pytest.mark.parametrize(
    "said",
    ["The plan will be approved as presented next month if funds allow.",
     "Minutes of May 3 – to be approved as presented next month"],
)
def test_approved_as_presented_lookalikes(make_document, nlp, said):
    assert _texts(make_document, nlp, f"#### 4. Minutes and Plan\n\n{said}\n\n#### 5. Close\n\nClosed at 9.\n") == []


@pytest.mark.parametrize(
    "granted",
    ["£250 was granted to the Scouts towards camp costs.", "$1,500 approved for the summer fireworks.",
     "A grant of £300 was awarded to the youth club by the Council."],
)
def test_a_sum_granted_with_the_sum_first_is_a_decision(make_document, nlp, granted):
    text = f"#### 6. Grants\n\nThe groups asked for help with their costs. {granted}\n\n#### 7. Close\n\nClosed at 9.\n"
    assert _texts(make_document, nlp, text) == [granted]


@pytest.mark.parametrize(
    "said",
    ["£250 was granted to the Scouts by the county.", "£500 has been requested by the hall committee.",
     "Last year £250 was granted to the Scouts."],
)
def test_sum_first_lookalikes_are_no_decisions(make_document, nlp, said):
    assert _texts(make_document, nlp, f"#### 6. Grants\n\n{said}\n\n#### 7. Close\n\nClosed at 9.\n") == []


@pytest.mark.parametrize(
    "answer",
    ["Members had no comments to make on the application.", "The Parish Council made no observations on the scheme.",
     "No comments were made by the Council."],
)
def test_the_bodys_no_comment_on_a_consultation_is_a_decision(make_document, nlp, answer):
    text = f"#### 7. Planning\n\n24/0312 Garage at 2 Mill Lane. {answer}\n\n#### 8. Close\n\nClosed at 9.\n"
    assert answer in _texts(make_document, nlp, text)


def test_someone_elses_no_comment_is_no_decision(make_document, nlp):
    text = (
        "#### 7. Planning\n\nThe neighbour had no comments on the fence. The county has no objection yet.\n\n"
        "#### 8. Close\n\nClosed at 9.\n"
    )
    assert _texts(make_document, nlp, text) == []


@pytest.mark.parametrize(
    "granted", ["Donation of £100 to the village hall agreed.", "£150 grant to the Scouts approved unanimously."]
)
def test_a_grant_named_by_its_sum_with_its_verb_last(make_document, nlp, granted):
    assert _texts(make_document, nlp, f"#### 6. Grants\n\n{granted}\n\n#### 7. Close\n\nClosed at 9.\n") == [granted]


@pytest.mark.parametrize(
    "said", ["Donation of £100 to the hall requested.", "£100 donation to the hall to be agreed next month."]
)
def test_a_grant_asked_for_or_put_off_is_no_decision(make_document, nlp, said):
    assert _texts(make_document, nlp, f"#### 6. Grants\n\n{said}\n\n#### 7. Close\n\nClosed at 9.\n") == []


@pytest.mark.parametrize(
    "history",
    [
        "An extension was approved by the Commission March 3, 2016.",
        "The first phase of the scheme was approved by the Planning Board on 4 March 2019.",
        "The fence was previously approved by the committee.",
        "A new porch was approved in 2016.",
        "A porch addition was approved in December 2012 (2012-044).",
    ],
)
def test_an_approval_dated_to_an_earlier_day_is_background(make_document, nlp, history):
    text = f"#### 4. 12 Oak Avenue\n\n{history} The owner now asks to add a dormer.\n\nThe dormer was approved.\n"
    assert _texts(make_document, nlp, text) == ["The dormer was approved."]


def test_an_action_label_over_a_past_tense_decision(make_document, nlp):
    # "Action:" opens a decision only with the verb of one after it; "Action: Clerk to …" (a task) and "Action: A. …"
    # (the kind of item) are near misses.
    text = (
        "#### 5. Shed Application\n\nThe Board reviewed the shed at 4 Quill Lane.\n\n"
        "Action: Approved the shed with conditions.\n\n"
        "#### 6. Fleet Purchase\n\nACTION: Adopted Resolution No. 2031-04.\n\n"
        "#### 7. Clerk's Report\n\nAction: Clerk to write to Highways about the potholes.\n\n"
        "#### 8. Grants\n\nAction: A. Harrowgate Youth Grant - Ann Quell\n"
    )
    assert _texts(make_document, nlp, text) == [
        "Action: Approved the shed with conditions.",
        "ACTION: Adopted Resolution No. 2031-04.",
    ]


def test_the_chair_directing_staff_on_the_meetings_assent(make_document, nlp):
    text = (
        "#### 3. Transfer\n\nThe Board discussed the transfer.\n\n"
        "Hearing no objections from the other Board members, Vice President Quell directed staff to conduct further "
        "research and return to a future Board meeting.\n\n"
        "#### 4. Date\n\nWith no objections, President Ferrin directed the Clerk to move the meeting to May 4.\n\n"
        # Near miss: "directed" of no one the meeting instructs.
        "#### 5. Report\n\nHearing no objections, the Chair said the visitors had been directed to the wrong room.\n"
    )
    assert _texts(make_document, nlp, text) == [
        "Hearing no objections from the other Board members, Vice President Quell directed staff to conduct further "
        "research and return to a future Board meeting.",
        "With no objections, President Ferrin directed the Clerk to move the meeting to May 4.",
    ]


def test_an_action_reported_from_closed_session(make_document, nlp):
    text = (
        "#### 8. Report of Closed Session\n\n"
        'In the closed session matter identified as 7A, "Conference with Legal Counsel," the Board of Trustees voted 5-0 '
        "to approve the settlement of the Quell claim.\n\n"
        "During closed session, the Board voted 7:0 in favor of authorizing a stipulated award.\n\n"
        "Ms. Ferrin reported that in closed session the board voted 4-1 to begin an internal search for a superintendent.\n\n"
        # Near misses: closed session with no vote, and a vote of years ago.
        "In closed session the Board discussed the Harrowgate lease and took no vote.\n\n"
        "At a joint meeting in 2015, the Harrowgate Board voted to move the office.\n"
    )
    assert _texts(make_document, nlp, text) == [
        'In the closed session matter identified as 7A, "Conference with Legal Counsel," the Board of Trustees voted 5-0 '
        "to approve the settlement of the Quell claim.",
        "During closed session, the Board voted 7:0 in favor of authorizing a stipulated award.",
        "Ms. Ferrin reported that in closed session the board voted 4-1 to begin an internal search for a superintendent.",
    ]


# --- a decision of an earlier meeting told again (UK and Irish minutes' matters arising) --------------------------

HISTORY_TOLD = (
    "1. Matters arising\n"
    "The Council agreed last year to fund the streetlight.\n"
    "Members agreed at the March meeting to buy a new bench for the green.\n"
    "It was agreed at the last meeting that the Clerk would obtain quotes.\n"
    "The Committee had agreed to support the fun day.\n"
    "Council resolved in January to increase the hall hire charges.\n"
    "\n"
    "2. Finance\n"
    "Members agreed to pay the invoices listed.\n"
    "It was agreed that the bench agreed last year be moved to the play area.\n"
)


def test_an_earlier_meeting_s_decision_told_again_is_none_of_this_meeting_s(make_document, nlp):
    document = make_document(HISTORY_TOLD)
    sections = split_sections(document, extract_items(document))
    texts = [resolution.text for resolution in extract_resolutions(sections, nlp=nlp, lines=document.lines)]
    assert texts == [
        "Members agreed to pay the invoices listed.",
        "It was agreed that the bench agreed last year be moved to the play area.",
    ]


# --- a view the meeting shared, not a decision it took -------------------------------------------------------------

VIEWS_SHARED = (
    "4. Review of the picnic\n"
    "It was agreed that despite the weather, the picnic was a successful event.\n"
    "Members agreed that the road surface on Mill Lane was dangerous.\n"
    "The members agreed that the cliffs are the county's main attraction for visitors.\n"
    "\n"
    "5. Next steps\n"
    "Members agreed that the minutes were a true record.\n"
    "It was agreed that the grant was necessary and should be paid.\n"
    "It was agreed that the date of the next picnic is 5 July.\n"
)


def test_a_view_the_meeting_agreed_on_is_no_decision(make_document, nlp):
    document = make_document(VIEWS_SHARED)
    sections = split_sections(document, extract_items(document))
    texts = [resolution.text for resolution in extract_resolutions(sections, nlp=nlp, lines=document.lines)]
    assert texts == [
        "Members agreed that the minutes were a true record.",
        "It was agreed that the grant was necessary and should be paid.",
        "It was agreed that the date of the next picnic is 5 July.",
    ]


def test_a_body_s_decision_after_an_opening_phrase_of_cause(make_document, nlp):
    text = (
        "6. Summer fete\n"
        "The juggling display may not attend because of the forecast. In light of this the Committee unanimously "
        "RESOLVED to cancel the juggling display.\n"
        "Owing to the cost the Council agreed to hire a smaller marquee.\n"
        "Because of the rain the Committee reported that the fete had been quiet.\n"
    )
    document = make_document(text)
    sections = split_sections(document, extract_items(document))
    texts = [resolution.text for resolution in extract_resolutions(sections, nlp=nlp, lines=document.lines)]
    assert texts == [
        "In light of this the Committee unanimously RESOLVED to cancel the juggling display.",
        "Owing to the cost the Council agreed to hire a smaller marquee.",
    ]


def test_telegraphic_approval_of_the_minutes_as_a_true_record(make_document, nlp):
    text = (
        "4. Minutes\n"
        "Minutes of the meeting held on 2 May 2024 approved and signed as a true record.\n"
        "\n"
        "5. AGM minutes\n"
        "Minutes for the Annual General Meeting held on 13th April agreed as accurate.\n"
        "\n"
        "6. Next minutes\n"
        "The minutes of this meeting may be approved at the June meeting.\n"
        "\n"
        "7. Annual return\n"
        "Annual Governance Statement approved and signed by the Chair.\n"
    )
    document = make_document(text)
    sections = split_sections(document, extract_items(document))
    texts = [resolution.text for resolution in extract_resolutions(sections, nlp=nlp, lines=document.lines)]
    assert texts == [
        "Minutes of the meeting held on 2 May 2024 approved and signed as a true record.",
        "Minutes for the Annual General Meeting held on 13th April agreed as accurate.",
        "Annual Governance Statement approved and signed by the Chair.",
    ]


# --- an office filled and a request granted, Irish and UK forms -----------------------------------------------------

OFFICES_AND_REQUESTS = (
    "1. Election of Cathaoirleach\n"
    "Cllr. Ada Voss, on receiving the vote of the majority, was declared elected as Cathaoirleach.\n"
    "\n"
    "2. Election of Leas-Cathaoirleach\n"
    "As there was no seconder for the other nomination, Councillor Tom Hale deemed Councillor Bo Reed elected as "
    "Leas-Cathaoirleach for the term.\n"
    "\n"
    "3. To elect Chairman\n"
    "One nomination was received and Cllr J Quill was duly elected Chairman.\n"
    "\n"
    "4. Budget meeting\n"
    "The Cathaoirleach informed the meeting that the youth council had requested permission to attend the Budget "
    "Meeting and this was agreed.\n"
    "In response to a query by Cllr Hale it was agreed that the engineer would revert to him.\n"
    "\n"
    "5. History\n"
    "Cllr Hale said he was elected Chairman in 2019 and that the hall was cold, and this was agreed.\n"
)


def test_an_office_filled_and_a_request_granted_are_decisions(make_document, nlp):
    document = make_document(OFFICES_AND_REQUESTS)
    sections = split_sections(document, extract_items(document))
    texts = [resolution.text for resolution in extract_resolutions(sections, nlp=nlp, lines=document.lines)]
    assert texts == [
        "Cllr. Ada Voss, on receiving the vote of the majority, was declared elected as Cathaoirleach.",
        "As there was no seconder for the other nomination, Councillor Tom Hale deemed Councillor Bo Reed elected as "
        "Leas-Cathaoirleach for the term.",
        "One nomination was received and Cllr J Quill was duly elected Chairman.",
        "The Cathaoirleach informed the meeting that the youth council had requested permission to attend the Budget "
        "Meeting and this was agreed.",
        "In response to a query by Cllr Hale it was agreed that the engineer would revert to him.",
    ]


# --- near misses of the view and history filters: an arrangement set now, a decision after another's consent ----------

ARRANGEMENTS_SET = (
    "1. Bank\n"
    "It was agreed that the Chair and the Clerk are the signatories for the new savings account.\n"
    "Members agreed that the snow warden for the parish is Cllr Vetch.\n"
    "It was agreed that the lengthsman is now responsible for all gates on the common.\n"
    "It was agreed that the pavilion is free of charge for the Guides from now on.\n"
    "\n"
    "2. Review\n"
    "Members agreed that the lantern walk was a great success.\n"
    "Members agreed that the footbridge is dangerous.\n"
)


def test_an_arrangement_agreed_in_the_present_tense_is_a_decision(make_document, nlp):
    document = make_document(ARRANGEMENTS_SET)
    sections = split_sections(document, extract_items(document))
    texts = [resolution.text for resolution in extract_resolutions(sections, nlp=nlp, lines=document.lines)]
    # Negative: a judgement of how things went or are stays a shared view.
    assert texts == [
        "It was agreed that the Chair and the Clerk are the signatories for the new savings account.",
        "Members agreed that the snow warden for the parish is Cllr Vetch.",
        "It was agreed that the lengthsman is now responsible for all gates on the common.",
        "It was agreed that the pavilion is free of charge for the Guides from now on.",
    ]


DECIDED_AFTER_HISTORY = (
    "1. Budget\n"
    "Members agreed last year's hedge cutting budget should be carried forward unchanged.\n"
    "As the farmer had agreed to the stile, it was resolved to open the path.\n"
    "Since the school had agreed to share the cost, the Council resolved to light the lane.\n"
    "\n"
    "2. Matters arising\n"
    "The farmer had agreed to move the gate.\n"
    "Members agreed last year to plant the verge.\n"
)


def test_a_decision_after_another_party_s_consent_or_last_year_s_budget(make_document, nlp):
    document = make_document(DECIDED_AFTER_HISTORY)
    sections = split_sections(document, extract_items(document))
    texts = [resolution.text for resolution in extract_resolutions(sections, nlp=nlp, lines=document.lines)]
    # Negative: another party's consent alone, and the body's decision of last year, decide nothing now.
    assert texts == [
        "Members agreed last year's hedge cutting budget should be carried forward unchanged.",
        "As the farmer had agreed to the stile, it was resolved to open the path.",
        "Since the school had agreed to share the cost, the Council resolved to light the lane.",
    ]


def test_an_election_to_another_body_reported_is_no_office_filled(make_document, nlp):
    text = (
        "4. Elections\n"
        "The Clerk reported that at the county by-election Mr Abel Fenn was declared elected for the Harrowgate "
        "division.\n"
        "It was noted that Ms Cara Holt had been declared duly elected as councillor for the Mill ward.\n"
        "\n"
        "5. Officers\n"
        "There being one nomination, Cllr Ida Voss was declared elected.\n"
    )
    document = make_document(text)
    sections = split_sections(document, extract_items(document))
    texts = [resolution.text for resolution in extract_resolutions(sections, nlp=nlp, lines=document.lines)]
    assert texts == ["There being one nomination, Cllr Ida Voss was declared elected."]


def test_a_decision_dated_to_the_meeting_s_own_month_is_this_meeting_s(make_document, nlp):
    import datetime as dt

    text = (
        "4. Signs\n"
        "Members agreed in March to order two new finger posts.\n"
        "Council resolved in March that the noticeboard be moved.\n"
    )
    document = make_document(text)
    sections = split_sections(document, extract_items(document))

    def decided(day):
        return [r.text for r in extract_resolutions(sections, nlp=nlp, lines=document.lines, meeting_date=day)]

    assert decided(dt.date(2031, 3, 4)) == [
        "Members agreed in March to order two new finger posts.",
        "Council resolved in March that the noticeboard be moved.",
    ]
    # Negative: in the minutes of another month (or of no month read) it tells an earlier meeting's decision.
    assert decided(dt.date(2031, 5, 6)) == []
    assert decided(None) == []
