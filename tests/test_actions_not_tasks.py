"""Sentences that look like tasks and give nobody one: an authority that only could or must be given, authority
over money granted by a motion, a reported plan or an assurance, a request to speak answered in the meeting, and a
place (its council) asked for help by someone outside."""

from __future__ import annotations

import datetime as dt

from minutebook.extract.actions import extract_actions
from minutebook.extract.items import extract_items, split_sections
from minutebook.extract.pipeline import extract_document
from minutebook.extract.records import Attendee, Meeting

ATTENDEES = [
    Attendee(name="Edith Marlow", surname="Marlow", role="Chair"),
    Attendee(name="Owen Pardoe", surname="Pardoe"),
    Attendee(name="Nell Quarry", surname="Quarry", role="Town Manager"),
    Attendee(name="Saul Finch", surname="Finch"),
]
MEETING = Meeting(kind="minutes", date=dt.date(2023, 3, 7))


def _actions(make_document, nlp, text):
    document = make_document(text)
    sections = split_sections(document, extract_items(document))
    return extract_actions(sections, attendees=ATTENDEES, meeting=MEETING, nlp=nlp, document_text=document.text)


def _owned(make_document, nlp, text):
    return [(action.owners, action.text) for action in _actions(make_document, nlp, text)]


def test_an_authority_that_only_could_or_must_be_given_is_no_task(make_document, nlp):
    text = (
        "#### 4. Grants\n\n"
        "With this grant, the board can authorize the Town Manager to apply for any amount without a hearing.\n\n"
        "This is the one that you need to authorize Owen Pardoe to sign.\n\n"
        "#### 5. Buses\n\n"
        "The Council could ask the Town Manager to write to the bus company.\n"
    )
    assert _actions(make_document, nlp, text) == []


def test_an_authority_given_to_do_something_is_a_task(make_document, nlp):
    text = "#### 4. Lease\n\nThe board authorized the Town Manager to sign the lease with the county.\n"
    assert [owners for owners, _ in _owned(make_document, nlp, text)] == [["Nell Quarry"]]


def test_authority_over_money_granted_by_a_motion_is_no_task(make_document, nlp):
    text = (
        "#### 4. Relief funds\n\n"
        "Marlow made the motion to authorize the Town Manager to accept and expend up to $9,000 for the relief fund. "
        "Pardoe seconded the motion. Motion passes 3-0.\n\n"
        "#### 5. Supplies\n\n"
        "Pardoe moved to authorise the Town Manager to spend up to $500 on supplies.\n"
    )
    assert _actions(make_document, nlp, text) == []


def test_a_motion_authorising_a_task_is_a_task(make_document, nlp):
    text = "#### 4. Letter\n\nMarlow made the motion to authorize the Town Manager to sign a letter to the state.\n"
    assert [owners for owners, _ in _owned(make_document, nlp, text)] == [["Nell Quarry"]]


def test_a_reported_plan_with_no_task_verb_is_no_task(make_document, nlp):
    text = (
        "#### 4. Loan\n\n"
        "Pardoe was asked about the loan. Pardoe said they would be paying interest on the full amount borrowed.\n\n"
        "#### 5. Grit\n\n"
        "Marlow informed that we will be getting the grit within the next month.\n"
    )
    assert _actions(make_document, nlp, text) == []


def test_a_reported_plan_with_a_task_verb_is_a_task(make_document, nlp):
    text = "#### 4. Loan\n\nPardoe said he would be contacting the bank next week about the loan terms.\n"
    assert [owners for owners, _ in _owned(make_document, nlp, text)] == [["Owen Pardoe"]]


def test_a_plan_after_a_sentence_about_someone_is_theirs(make_document, nlp):
    text = (
        "#### 4. Census\n\n"
        "Pardoe noted he is now on the county census team. He will be reaching out to the residents' groups for help.\n\n"
        "#### 5. Culvert\n\n"
        "Marlow said the culvert on Birch Lane is blocked. She will be contacting the highways engineer about it.\n"
    )
    assert [owners for owners, _ in _owned(make_document, nlp, text)] == [["Owen Pardoe"], ["Edith Marlow"]]


def test_a_plan_of_their_own_after_a_sentence_about_someone_is_no_task(make_document, nlp):
    text = (
        "#### 4. Treasurer\n\n"
        "Pardoe reported the audit is complete. He will be resigning at the end of the year.\n\n"
        "#### 5. Fair\n\n"
        "Marlow thanked the volunteers. She will be attending the summer fair.\n"
    )
    assert _actions(make_document, nlp, text) == []


def test_an_assurance_given_for_others_or_a_question_is_no_task(make_document, nlp):
    text = (
        "#### 4. After school club\n\n"
        "Marlow said that between the club and the school they would make sure everyone was safe.\n\n"
        "#### 5. Paths\n\n"
        "Pardoe said that together with the wardens they would keep the paths clear this winter.\n\n"
        "#### 6. Fridge\n\n"
        "Finch reported that an application had been sent to the Housing Trust for £1,000 to see if they would help "
        "fund a new fridge.\n"
    )
    assert _actions(make_document, nlp, text) == []


def test_a_speakers_own_they_would_is_a_task(make_document, nlp):
    text = "#### 4. Payroll\n\nPardoe said that they would send the payroll reports to the board every fortnight.\n"
    assert [owners for owners, _ in _owned(make_document, nlp, text)] == [["Owen Pardoe"]]


def test_a_request_to_speak_in_the_meeting_is_no_task(make_document, nlp):
    text = (
        "#### 4. Surveys\n\n"
        "The head teacher has asked Saul Finch to mention a wellbeing survey. Parents are invited to reply.\n\n"
        "#### 5. Manager's report\n\n"
        "The Chair asked the Town Manager to share her report.\n\n"
        "#### 6. Motion on parking\n\n"
        "Acting Chair Marlow requested the Town Manager to repeat the motion amendment. "
        "Owen Pardoe asked the Town Manager to restate the motion.\n"
    )
    assert _actions(make_document, nlp, text) == []


def test_a_request_to_repeat_something_to_others_later_is_a_task(make_document, nlp):
    text = "#### 4. Notices\n\nThe Chair asked the Town Manager to repeat the notice in the spring newsletter.\n"
    assert [owners for owners, _ in _owned(make_document, nlp, text)] == [["Nell Quarry"]]


def test_a_request_to_update_the_meeting_there_and_then_is_no_task(make_document, nlp):
    text = (
        "#### 4. Departmental reports\n\n"
        "Edith Marlow asked Saul to update the Council on the flood situation. He said the creek was high but stable.\n\n"
        "#### 5. Roads\n\n"
        "The Chair asked the Town Manager to brief members about the resurfacing works.\n"
    )
    assert _actions(make_document, nlp, text) == []


def test_a_request_to_update_the_meeting_later_is_a_task(make_document, nlp):
    text = (
        "#### 4. Departmental reports\n\n"
        "Edith Marlow asked Saul to update the Council on the flood repairs at the next meeting.\n\n"
        "#### 5. Roads\n\n"
        "The Chair asked the Town Manager to update the website about the resurfacing works.\n\n"
        "#### 6. Bridge\n\n"
        "The Chair asked Owen Pardoe to update members on any developments with the bridge closure.\n"
    )
    owners = [owners for owners, _ in _owned(make_document, nlp, text)]
    assert owners == [["Saul Finch"], ["Nell Quarry"], ["Owen Pardoe"]]


def test_a_request_to_pass_something_on_is_a_task(make_document, nlp):
    text = "#### 4. Surveys\n\nThe Chair asked Saul Finch to share the survey with parents.\n"
    assert [owners for owners, _ in _owned(make_document, nlp, text)] == [["Saul Finch"]]


_TOWNSHIP = "Oakvale Township\nBoard Meeting Minutes March 5, 2024\n\nPresent: Edith Marlow, Owen Pardoe\n\nNew Business\n\n"


def test_a_place_asked_for_help_is_its_council_deciding_for_itself(make_document):
    text = (
        f"{_TOWNSHIP}Household Waste Funding Request - $215.60 (shared by households) asked Oakvale to assist with cost "
        "in collecting hazardous waste.\n\n"
        "The County Library asked Oakvale to contribute to the new reading room.\n"
    )
    assert extract_document(make_document(text)).actions == []


def test_a_person_asked_for_help_has_a_task(make_document):
    text = f"{_TOWNSHIP}The Chair asked Owen to assist the treasurer with the waste collection costs.\n"
    assert [action.owners for action in extract_document(make_document(text)).actions] == [["Owen Pardoe"]]



def test_an_action_line_giving_the_outcome_of_a_recommendation_names_no_owner(make_document, nlp):
    text = (
        "#### 4. Consent calendar\n\n"
        "Recommendation: Approve the summary minutes of the regular meeting of June 2.\n"
        "**Action:** Approved the summary minutes.\n\n"
        "#### 5. Audit\n\n"
        "Recommendation: Receive the audit report for the year.\n"
        "Action: Received and filed.\n\n"
        "#### 6. Tax rate\n\n"
        "Recommendation: Adopt Resolution 20-14 setting the tax rate.\n"
        "ACTION: Adopted Resolution 20-14.\n"
    )
    assert _actions(make_document, nlp, text) == []


def test_an_action_line_recording_what_the_body_did_names_no_owner(make_document, nlp):
    # Action-update minutes say after "ACTION:" what the body did there: the body and a verb in the past.
    text = (
        "#### 2. Closed session\n\nConference with legal counsel on a claim.\nACTION: Council discussed a settlement offer.\n\n"
        "#### 3. Flag display\n\nA resident asked for flags on Main Street.\nAction: The Board concurred.\n\n"
        # Near miss: a direction recorded there is still read, as prose, for the one it directs.
        "#### 4. Fees\n\nThe fee schedule was reviewed.\nACTION: Council directed staff to return with a fee study.\n"
    )
    assert [owners for owners, _ in _owned(make_document, nlp, text)] == [["Staff"]]


def test_an_action_line_naming_someone_still_gives_the_task(make_document, nlp):
    text = "#### 4. Audit\n\nThe auditors' letter needs a reply.\nAction: Saul Finch\n"
    assert [owners for owners, _ in _owned(make_document, nlp, text)] == [["Saul Finch"]]


def test_a_boards_action_line_recording_its_motion_or_no_action_gives_no_task(make_document, nlp):
    # A board's "Action:" line after each item says what it did: a motion with its movers, or that it took none.
    text = (
        "1. CONSENT ITEMS\nThe board reviewed the consent items.\n"
        "Action: Moved by Pardoe, seconded by Finch, to approve the consent items. Motion carried 3-0.\n\n"
        "2. STATION ROOF\nStaff reported on the roof quotes.\nAction: The Board took no action.\n\n"
        "3. HALL HIRE\nThe fees were discussed.\nACTION: Motion by Finch, second by Pardoe, to hold the fees. Carried.\n\n"
        # Near miss: the same label over a task still gives it to its owner.
        "4. HYDRANTS\nThe survey was presented.\nAction: Nell Quarry to return with a cost estimate in April.\n"
    )
    assert _owned(make_document, nlp, text) == [(["Nell Quarry"], "Return with a cost estimate in April.")]


def test_what_someone_would_do_on_a_condition_is_no_task(make_document, nlp):
    text = (
        "#### 4. Ballot argument\n\n"
        "Owen Pardoe stated the board should respect its decisions; if asked to draft the argument, he would "
        "respect the will of the board; offered an amendment to the motion.\n\n"
        "#### 5. Hall\n\n"
        "Saul Finch said that, unless the hall were booked, Nell Quarry would open it for the fair.\n"
    )
    assert _actions(make_document, nlp, text) == []


def test_a_condition_before_a_firm_will_is_still_a_task(make_document, nlp):
    # A near miss: "if …, X will" is a task with a condition, and "would" without a condition is a task.
    text = (
        "#### 4. Benches\n\n"
        "If the grant is paid, Owen Pardoe will order the new benches.\n\n"
        "#### 5. Payroll\n\n"
        "Pardoe said, after some discussion, that he would send the payroll reports to the board.\n"
    )
    assert [owners for owners, _ in _owned(make_document, nlp, text)] == [["Owen Pardoe"], ["Owen Pardoe"]]


def test_a_request_to_explain_or_clarify_something_there_and_then_is_no_task(make_document, nlp):
    text = (
        "#### 4. Procurement\n\n"
        # The reply minuted straight after shows it was made clear there and then.
        "Owen Pardoe asked the Town Manager to explain the tender scoring sheet. Ms. Quarry said each bid is scored on "
        "price and quality.\n\n"
        "#### 5. Rent appeal\n\n"
        "The Chair asked Ms. Finch to clarify the lease dates and whether the garage was let with the flat.\n\n"
        # Near miss: what is to be made clear to someone else, or later, is a task.
        "#### 6. Drainage\n\n"
        "The Chair asked the Town Manager to clarify the position with the county.\n"
    )
    assert [owners for owners, _ in _owned(make_document, nlp, text)] == [["Nell Quarry"]]


def test_a_request_to_clarify_or_explain_with_no_reply_minuted_is_a_task(make_document, nlp):
    # In a council's minutes what is to be clarified is usually taken away: with no reply minuted after it, and no
    # question straight after the verb, it is a task. "clarify with the county whether …" asks someone else first.
    text = (
        "#### 4. Highways\n\n"
        "Owen Pardoe asked the Town Manager to clarify the ownership of the verge.\n\n"
        "#### 5. Footpaths\n\n"
        "Members asked the Town Manager to explain the legal position.\n\n"
        "#### 6. Drainage\n\n"
        "Saul Finch asked the Town Manager to clarify with the county whether the ditch is adopted.\n"
    )
    assert [owners for owners, _ in _owned(make_document, nlp, text)] == [["Nell Quarry"]] * 3


def test_a_request_to_clarify_answered_in_the_next_sentence_is_no_task(make_document, nlp):
    text = (
        "#### 4. Grants\n\n"
        "Owen Pardoe asked Ms. Quarry to clarify the grant rules. She replied that only halls may apply.\n\n"
        "#### 5. Leases\n\n"
        "Saul Finch asked the Town Manager to describe the lease terms. The Town Manager said the term is ten years.\n\n"
        # Near miss: the next sentence is someone else's.
        "#### 6. Verges\n\n"
        "Owen Pardoe asked the Town Manager to clarify the verge policy. Saul Finch said the verge is untidy.\n"
    )
    assert [owners for owners, _ in _owned(make_document, nlp, text)] == [["Nell Quarry"]]


BOARD = Meeting(kind="minutes", date=dt.date(2023, 3, 7), body="Quillby Valley Board of Education")


def _board_owned(make_document, nlp, text, meeting=BOARD):
    document = make_document(text)
    sections = split_sections(document, extract_items(document))
    actions = extract_actions(sections, attendees=ATTENDEES, meeting=meeting, nlp=nlp, document_text=document.text)
    return [(action.owners, action.text) for action in actions]


def test_a_recommendation_that_a_board_decide_is_no_task(make_document, nlp):
    text = (
        "#### II. Approval of Minutes\n\n"
        "Superintendent Nell Quarry recommends that the Board of Education approve the minutes of the February meeting.\n\n"
        "#### III. Budget\n\n"
        "The Town Manager recommended that the Board adopt the budget as presented.\n\n"
        "#### IV. Audit\n\n"
        "Ms. Quarry recommends that the Board of Directors receive the audit report.\n\n"
        # Near miss: a recommendation that someone act is still their task.
        "#### V. Crossing\n\n"
        "Superintendent Quarry recommended that the Town Manager write to the county about the crossing.\n"
    )
    owned = _board_owned(make_document, nlp, text)
    assert [owners for owners, _ in owned] == [["Nell Quarry"]]
    assert "crossing" in owned[0][1]
    # Under a title the reader could not make out, the board asked to decide is no owner either.
    assert [owners for owners, _ in _board_owned(make_document, nlp, text, MEETING)] == [["Nell Quarry"]]


def test_a_board_that_shall_do_something_states_a_rule_not_a_task(make_document, nlp):
    text = (
        "#### 1. Organization\n\n"
        "Under the district's bylaws, the Board of Education shall choose its officers at the first meeting of the "
        "year.\n\n"
        "As its policy requires, the Board of Education shall review the fee schedule every spring.\n\n"
        "#### 2. Meetings\n\n"
        "The Board shall meet on the second Tuesday of each month.\n\n"
        "The Board will reconvene after a short break.\n\n"
        # Near miss: a post that shall do something has a task.
        "#### 3. Crossing\n\n"
        "The Town Manager shall write to the county about the crossing.\n"
    )
    assert [owners for owners, _ in _board_owned(make_document, nlp, text)] == [["Nell Quarry"]]


def test_a_post_of_a_board_that_shall_act_or_is_asked_to_act_has_the_task(make_document, nlp):
    # A post named with its body ("the Chair of the Committee") is headed by the post, not the body's noun.
    text = (
        "#### 1. Hall\n\n"
        "The Chair of the Committee shall arrange a site visit with the builder.\n\n"
        "#### 2. Coaches\n\n"
        "The President of the Board shall sign the coach contract once counsel has read it.\n\n"
        "#### 3. Budget\n\n"
        "Mr. Pardoe requested that the Chair of the Finance Committee provide a breakdown of the fuel costs.\n\n"
        # Near misses: a body, named by its head noun, that shall act or is asked to decide.
        "#### 4. Rules\n\n"
        "The Finance Committee shall meet each quarter.\n\n"
        "Mr. Pardoe requested that the Committee on Grants approve the hall grant.\n"
    )
    for meeting in (BOARD, MEETING):
        owned = _board_owned(make_document, nlp, text, meeting)
        assert [owners for owners, _ in owned] == [
            ["Chair of the Committee"], ["President of the Board"], ["Chair of the Finance Committee"]
        ], meeting.body


def test_the_county_board_is_not_a_county_board_of_education(make_document, nlp):
    # "the County Board" is the county's own board, not "Quillby County Board of Education": its work is reported news.
    meeting = Meeting(kind="minutes", date=dt.date(2023, 3, 7), body="Quillby County Board of Education")
    text = (
        "#### 1. Facilities\n\n"
        "Superintendent Nell Quarry reported that the County Board will resurface the car park at the middle school.\n\n"
        # Near miss: the board itself, named with its "of" part, asked to decide.
        "Ms. Quarry asked that the County Board of Education approve the crossing guard funding.\n"
    )
    assert [owners for owners, _ in _board_owned(make_document, nlp, text, meeting)] == []


def test_a_motion_with_its_mover_after_the_word_is_no_task(make_document, nlp):
    text = (
        "#### 4. Agenda\n\n"
        "Motion Pardoe to adopt the amended agenda. Second Finch. Motion carried.\n\n"
        "#### 5. Claims\n\n"
        "Approving payment of $400 to a resident for a claim. Moved Finch to adopt. Motion Carried 4-1.\n"
    )
    assert _actions(make_document, nlp, text) == []


def test_a_mover_at_the_foot_of_the_line_before_owns_no_task(make_document, nlp):
    text = (
        "#### 4. Rules\n\n"
        "From the Town Manager regarding amendments to the Council Rules. Moved\n"
        "Pardoe to approve and incorporate the changes into the Council Rules. Motion Carried 4-1.\n\n"
        "#### 5. Rezoning\n\n"
        "On request to rezone the property at 12 Elm Row. Moved by\n"
        "Finch to adopt and approve the rezoning. Motion Carried 5-0.\n"
    )
    assert _actions(make_document, nlp, text) == []


def test_a_mover_under_the_label_motion_by_owns_no_task(make_document, nlp):
    text = "#### 4. Rules\n\nOn the changes to the Council Rules. Motion by\nPardoe to approve the changes.\n"
    assert _actions(make_document, nlp, text) == []


def test_a_title_or_sentence_ending_on_the_word_motion_keeps_the_task_after_it(make_document, nlp):
    # Near misses: "Motion" alone names a heading or ends a sentence; only "Moved", "Moved by" or "Motion by" leave
    # the mover for the next line.
    text = (
        "#### 7. Notice of Motion\n\n"
        "Owen Pardoe to draft a letter to the county about the verges.\n\n"
        "#### 8. Motion\n\n"
        "The Town Manager to draft a letter to the county about the hedges.\n\n"
        "#### 9. Roads\n\n"
        "The council discussed Cllr Pardoe's motion\n\n"
        "Owen Pardoe to draft a letter to the county about the potholes.\n"
    )
    assert [owners for owners, _ in _owned(make_document, nlp, text)] == [["Owen Pardoe"], ["Nell Quarry"], ["Owen Pardoe"]]


def test_a_listed_decision_granting_authority_is_no_task(make_document, nlp):
    text = (
        "#### 4. Consent Agenda\n\n"
        "a. Approve the minutes of the March meeting.\n\n"
        "b. Authorize the Town Manager to enter into an agreement with the state auditor, not to exceed $9,000.\n\n"
        "#### 5. Finance\n\n"
        "Authorizing Finance Director to draw checks on the register of May 12. Moved by Finch to adopt.\n"
    )
    assert _actions(make_document, nlp, text) == []


def test_an_owner_named_after_a_motion_or_an_authority_still_has_a_task(make_document, nlp):
    # Near misses: a task of the mover's own after the motion, and authority given in a sentence, not a listed title.
    text = (
        "#### 4. Fence\n\n"
        "Motion carried. Owen Pardoe to contact the county about the fence.\n\n"
        "#### 5. Lease\n\n"
        "The board authorized the Town Manager to sign the lease with the county.\n"
    )
    assert [owners for owners, _ in _owned(make_document, nlp, text)] == [["Owen Pardoe"], ["Nell Quarry"]]


def test_a_grant_of_authority_after_a_decisions_label_is_no_task_and_no_owner(make_document, nlp):
    # The same decision as a consent list's entry, after its label: the imperative verb is never part of an owner.
    text = (
        "#### 7. Trees\n\n"
        "RESOLVED: Authorise the Town Manager to write to the tree surgeon for three quotes.\n\n"
        "a) Authorise the Town Manager to write to the hedge cutter for three quotes.\n\n"
        "#### 8. Verges\n\n"
        "Agreed - Authorize the Town Manager to write to the county about the verges.\n"
    )
    assert _owned(make_document, nlp, text) == []
