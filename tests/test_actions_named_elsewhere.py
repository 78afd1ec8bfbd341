"""Owners the minutes name elsewhere than in the task: the chair named only in the signature line or in
"chaired by X", and tasks whose doer is named after the verb or is a second owner."""

from __future__ import annotations

import datetime as dt

import pytest

from minutebook.extract.actions import extract_actions
from minutebook.extract.items import extract_items, split_sections
from minutebook.extract.pipeline import extract_document
from minutebook.extract.records import Attendee, Meeting

ATTENDEES = [
    Attendee(name="Edith Marlow", surname="Marlow"),
    Attendee(name="Owen Pardoe", surname="Pardoe"),
    Attendee(name="Ruth Kemble", surname="Kemble", role="Clerk", status="apologies"),
]
MEETING = Meeting(kind="minutes", date=dt.date(2023, 3, 7), next_meeting=dt.date(2023, 4, 4))


def _actions(make_document, nlp, text, attendees=ATTENDEES):
    document = make_document(text)
    sections = split_sections(document, extract_items(document))
    return extract_actions(sections, attendees=attendees, meeting=MEETING, nlp=nlp, document_text=document.text)


def test_chair_named_in_the_signature_line_owns_a_task_written_as_the_post(make_document, nlp):
    text = (
        "#### 4. Contract\n\n"
        "RESOLVED: That the contract be approved, and that the Chairman should write to the contractor.\n\n"
        "Chairman: Edith K Marlow\n"
    )
    (action,) = _actions(make_document, nlp, text)
    assert action.owners == ["Edith Marlow"]


def test_chair_named_in_a_chaired_by_sentence_owns_the_task(make_document, nlp):
    text = (
        "#### 1. Welcome\n\n"
        "The meeting was chaired by Owen Pardoe.\n\n"
        "#### 2. Footpaths\n\n"
        "The Chair will write to the landowner about the stile.\n"
    )
    (action,) = _actions(make_document, nlp, text)
    assert action.owners == ["Owen Pardoe"]


def test_an_unsigned_chair_line_names_no_one(make_document, nlp):
    text = (
        "#### 4. Contract\n\n"
        "RESOLVED: That the Chairman should write to the contractor.\n\n"
        "Chairman: Parish Council\n"
    )
    (action,) = _actions(make_document, nlp, text)
    assert action.owners == ["Chairman"]


def test_two_posts_joined_by_and_share_the_task(make_document, nlp):
    text = (
        "#### 5. Assets\n\n"
        "RESOLVED: That the register was accurate, and that the Chairman and the Clerk should sign the register.\n\n"
        "Chairman: Edith Marlow\n"
    )
    (action,) = _actions(make_document, nlp, text)
    assert action.owners == ["Edith Marlow", "Ruth Kemble"]
    assert action.text.startswith("the Chairman and the Clerk should sign")


def test_two_posts_in_an_agreed_clause_share_the_task(make_document, nlp):
    text = (
        "#### 6. Bank\n\n"
        "It was agreed that the bank mandate was out of date, and that the Treasurer and the Clerk would visit the bank.\n"
    )
    attendees = [*ATTENDEES, Attendee(name="Owen Pardoe", surname="Pardoe", role="Treasurer")]
    actions = _actions(make_document, nlp, text, attendees=[a for a in attendees if a.name != "Owen Pardoe" or a.role])
    assert [action.owners for action in actions] == [["Owen Pardoe", "Ruth Kemble"]]


def test_a_name_before_the_post_is_not_a_second_owner(make_document, nlp):
    text = (
        "#### 7. Hall\n\n"
        "RESOLVED: That the hire charge stays, as Cllr Pardoe and the Clerk should agree the rota.\n"
    )
    owners = [action.owners for action in _actions(make_document, nlp, text)]
    assert ["Owen Pardoe", "Ruth Kemble"] not in owners


def test_asking_someone_to_clarify_if_is_a_question_not_a_task(make_document, nlp):
    text = (
        "#### 3. Public hearing\n\n"
        "Counsel Dana Reyes asked Mr. Pardoe to clarify if his testimony was for the association or himself.\n\n"
        "The Chair asked Ms Marlow to explain why the fence had been moved.\n"
    )
    assert _actions(make_document, nlp, text) == []


def test_asking_someone_to_clarify_a_matter_with_another_is_a_task(make_document, nlp):
    text = (
        "#### 3. Grants\n\n"
        "The Chair asked Ms Marlow to clarify the grant terms with the county.\n"
    )
    (action,) = _actions(make_document, nlp, text)
    assert action.owners == ["Edith Marlow"]


def test_a_decision_still_to_be_taken_is_no_task(make_document, nlp):
    text = (
        "#### 8. Consultation\n\n"
        "It noted the responses, and further noted that the Cabinet of Westshire Council is to take a decision on "
        "18 March 2025.\n\n"
        "#### 9. Library network\n\n"
        "The Reading Network will vote in June to accept the library as a new member.\n"
    )
    assert _actions(make_document, nlp, text) == []


def test_a_task_to_report_a_decision_is_still_a_task(make_document, nlp):
    text = (
        "#### 8. Consultation\n\n"
        "Ms Marlow will report the decision of the Cabinet to the next meeting.\n"
    )
    (action,) = _actions(make_document, nlp, text)
    assert action.owners == ["Edith Marlow"]


def test_a_passive_task_is_owned_by_the_doer_after_by(make_document, nlp):
    text = (
        "#### 5. Finance\n\n"
        "- Accounts for previous years to be shared by EM/OP before the next meeting. -Bank details to be checked.\n\n"
        "#### 6. Hall\n\n"
        "The new keys will be collected by the Clerk on Friday.\n"
    )
    actions = _actions(make_document, nlp, text)
    assert (["Edith Marlow", "Owen Pardoe"], "- Accounts for previous years to be shared by EM/OP before the next meeting."
            ) in [(action.owners, action.text) for action in actions] or any(
        a.owners == ["Edith Marlow", "Owen Pardoe"] and a.text.endswith("before the next meeting.") for a in actions)
    assert ["Ruth Kemble"] in [action.owners for action in actions]


def test_by_a_date_a_body_or_a_companion_names_no_doer(make_document, nlp):
    text = (
        "#### 5. Finance\n\n"
        "The accounts are to be audited by March 2024.\n\n"
        "The report will be considered by the Parish Council in May.\n\n"
        "The Chair will be joined by Mr Pardoe at the hearing.\n"
    )
    assert _actions(make_document, nlp, text) == []


@pytest.mark.parametrize(
    ("text", "owners"),
    [
        # An agreement reporting the passive task with "would".
        ("It was agreed that the inspection reports would be reviewed by Cllr Marlow before the May meeting.",
         ["Edith Marlow"]),
        # A particle between the participle and "by", and an irregular participle.
        ("The annual risk assessment will be carried out by the Clerk.", ["Ruth Kemble"]),
        ("RISK ASSESSMENT – this will be undertaken by Mr Pardoe.", ["Owen Pardoe"]),
        # US minutes: the staff as the doer, with a follow-up verb.
        ("The three proposals will be reviewed by staff prior to the interviews in September.", ["staff"]),
        ("A costed plan will be presented by Township staff to the bowling club.", ["Township staff"]),
    ],
)
def test_a_passive_task_names_its_doer_in_more_forms(make_document, nlp, text, owners):
    actions = _actions(make_document, nlp, f"#### 5. Play areas\n\n{text}\n")
    assert [action.owners for action in actions] == [owners]


@pytest.mark.parametrize(
    ("text", "owners"),
    [
        # The staff as the doer however the minutes write it: capitalised, after "the", or named by department.
        ("The tree survey will be revised by Staff and presented in June.", ["Staff"]),
        ("The parking counts will be reviewed by the staff before the next meeting.", ["staff"]),
        ("The grant bids will be reported by the Parks staff at the September meeting.", ["Parks staff"]),
    ],
)
def test_the_staff_as_doer_in_capitals_or_after_the_own_the_task(make_document, nlp, text, owners):
    actions = _actions(make_document, nlp, f"#### 5. Play areas\n\n{text}\n")
    assert [action.owners for action in actions] == [owners]


@pytest.mark.parametrize(
    ("text", "owners"),
    [
        # A participle in "-ied" is of a verb in "-y" ("notified" -> "notify"), as an agreement's passive reads it.
        ("The allotment holders will be notified by staff before the water is turned off.", ["staff"]),
        ("The parking rules will be clarified by Borough staff at the next meeting.", ["Borough staff"]),
    ],
)
def test_the_staff_as_doer_of_a_participle_in_ied_own_the_task(make_document, nlp, text, owners):
    actions = _actions(make_document, nlp, f"#### 5. Play areas\n\n{text}\n")
    assert [action.owners for action in actions] == [owners]


def test_the_staff_as_doer_of_an_ied_participle_of_no_task_is_no_action(make_document, nlp):
    # Near miss: "copied" is of "copy", which is no task verb.
    assert _actions(make_document, nlp, "#### 5. Play areas\n\nThe plans will be copied by staff for the archive.\n") == []


@pytest.mark.parametrize(
    "text",
    [
        "The pay scales will be reviewed by the Staff Committee in May.",  # a body of its own, which decides
        "The hall will be used by the Staff on Fridays.",  # no task verb
    ],
)
def test_the_staff_in_capitals_without_a_task_is_no_action(make_document, nlp, text):
    assert _actions(make_document, nlp, f"#### 5. Pay\n\n{text}\n") == []


@pytest.mark.parametrize(
    "text",
    [
        "She observed that the new mowers will be appreciated by staff at every depot.",  # no task verb
        "The hall will be used by staff on Fridays.",
        "The minutes would be approved by Cllr Marlow at the next meeting.",  # who decides, not a task
        "The path would be cleared by March.",  # a date, not a doer
        "The hedge was cut back by Mr Pardoe last week.",  # done already
    ],
)
def test_a_passive_without_a_task_for_the_one_after_by_is_no_action(make_document, nlp, text):
    assert _actions(make_document, nlp, f"#### 5. Play areas\n\n{text}\n") == []


def test_one_to_be_asked_in_a_decision_owns_the_task(make_document, nlp):
    text = (
        "#### 9. Website\n\n"
        "Mr Owen Pardoe offered a quote for a new website.\n\n"
        "RESOLVED: That this proposal is accepted, and that Mr Pardoe should be asked to redesign the website.\n"
    )
    owners = [action.owners for action in _actions(make_document, nlp, text)]
    assert ["Owen Pardoe"] in owners


def test_an_agenda_line_under_a_call_to_order_is_no_owner(make_document):
    for text in (
        "Elmbrook Township Board Meeting\nTownship Hall\nCall to order: 1705\nRoll Call\nAll present except the Clerk\n",
        "Elmbrook Village Board Meeting\nVillage Hall\nMay 4th of 2023\nCall to order: 7:02 pm\nRoll Call\nAll members present\n",
    ):
        assert extract_document(make_document(text)).actions == []


def test_a_person_calling_someone_still_owns_the_task(make_document, nlp):
    text = "#### 2. Verges\n\nRoll call was taken.\n\nOwen Pardoe to call the contractor about the verges.\n"
    assert [action.owners for action in _actions(make_document, nlp, text)] == [["Owen Pardoe"]]


def test_the_second_link_of_a_chained_task_has_its_own_owner(make_document, nlp):
    text = (
        "#### 4. Survey\n\n"
        "EM will email OP the survey for OP to distribute to the parents.\n\n"
        "#### 5. Plans\n\n"
        "Ms Marlow will send the plans to the Clerk for the Clerk to circulate to members.\n"
    )
    found = [(action.owners, action.text) for action in _actions(make_document, nlp, text)]
    assert (["Owen Pardoe"], "for OP to distribute to the parents.") in found
    assert (["Ruth Kemble"], "for the Clerk to circulate to members.") in found
    assert any(owners == ["Edith Marlow"] for owners, _ in found)


def test_for_someone_without_a_task_before_it_is_no_second_link(make_document, nlp):
    text = (
        "#### 4. Hall\n\n"
        "There was no time for Mr Pardoe to speak at the hall opening.\n\n"
        "The hall is booked for EM to attend the fair.\n"
    )
    assert [action.owners for action in _actions(make_document, nlp, text)] == []


def test_one_asked_by_post_is_the_person_named_with_that_post_earlier(make_document):
    for post in ("Sheriff", "Superintendent"):
        text = (
            "Elmbrook Community Board\nGeneral Board Meeting\nMay 3, 2024\nPresent: Dana Reyes, Paul Ortiz\n"
            f"County {post} Maria Lopez is introduced. She gave an overview of her office.\n"
            "Board Chair Dana Reyes expresses concern about the office not\n"
            f"addressing community issues on noise, asked the {post} to look into that.\n"
        )
        assert [action.owners for action in extract_document(make_document(text)).actions] == [["Maria Lopez"]]


def test_a_post_named_for_two_people_resolves_to_neither(make_document):
    text = (
        "Elmbrook Community Board\nGeneral Board Meeting\nMay 3, 2024\nPresent: Dana Reyes, Paul Ortiz\n"
        "Sheriff Maria Lopez and Sheriff Tom Vance are introduced.\n"
        "Board Chair Dana Reyes asked the Sheriff to look into the noise complaints.\n"
    )
    owners = [action.owners for action in extract_document(make_document(text)).actions]
    assert ["Maria Lopez"] not in owners and ["Tom Vance"] not in owners


def test_said_she_could_do_a_task_is_an_offer(make_document):
    text = (
        "Elmbrook Primary Parent Council\nMinutes of meeting 4 May 2022\nPresent: Hazel Byatt (HB), Saul Finch (SF)\n"
        "Lunches\nIt was agreed that it would be a good time to give feedback on the service and HB said she\n"
        "could invite Jo Mayne from the caterer to come and have lunch at the school.\n"
        "SF said that he could ask the janitor about the gate.\n"
    )
    owners = [action.owners for action in extract_document(make_document(text)).actions]
    assert owners == [["Hazel Byatt"], ["Saul Finch"]]


def test_said_she_could_see_is_no_offer(make_document):
    text = (
        "Elmbrook Primary Parent Council\nMinutes of meeting 4 May 2022\nPresent: Hazel Byatt (HB), Saul Finch (SF)\n"
        "Lunches\nHB said she could see why parents were upset about the queue.\n"
    )
    assert extract_document(make_document(text)).actions == []


def test_a_passive_task_settled_with_initials_is_theirs(make_document, nlp):
    text = (
        "#### 5. Website\n\n"
        "- Accounts to be shared by OP before the next meeting. -Correct bank details to be confirmed with EM so that a "
        "donate button can be added.\n\n"
        "#### 6. Dates\n\n"
        "Summer fair dates are to be agreed with OP/EM.\n"
    )
    found = [(action.owners, action.text) for action in _actions(make_document, nlp, text)]
    assert (["Edith Marlow"], "Correct bank details to be confirmed with EM so that a donate button can be added.") in found
    assert (["Owen Pardoe"], "Accounts to be shared by OP before the next meeting.") in found
    assert ["Owen Pardoe", "Edith Marlow"] in [owners for owners, _ in found]


def test_settled_with_a_name_or_a_body_is_no_task_of_theirs(make_document, nlp):
    text = (
        "#### 5. Website\n\n"
        "The bank details are to be confirmed with the bank.\n\n"
        "The dates are to be agreed with Mr Pardoe.\n"
    )
    owners = [action.owners for action in _actions(make_document, nlp, text)]
    assert ["Owen Pardoe"] not in owners


# HOA and association boards name themselves in an opening paragraph before the first item ("Board members in
# attendance were …", "… of the management company also attended") and later write a first name alone.
_OPENING_NAMES = (
    "Elmwood Homeowners Association\nBoard of Directors Meeting\nJune 21, 2016\n\n"
    "The meeting was called to order at 5:00 pm. Board members in attendance were Tomas Arden,\n"
    "Marit Fell, Coral Bisset and Ivo Rook. Gertrude Mayhew of Summit Property Services\n"
    "also attended.\n\n"
    "1. Reports\n\n"
)


def test_a_first_name_is_the_full_name_written_before_the_first_item(make_document, nlp):
    text = (
        f"{_OPENING_NAMES}Three shed requests were reviewed. Coral will walk past each lot once the sheds are "
        "built.\n\n2. Parking Rule\n\nIvo moved to limit guest parking to 48 hours, Marit seconded, motion "
        "carried. Gertrude will ask the association's lawyer to word the new rule.\n\n"
        "3. Pond\n\nTomas offered to price a fountain for the pond.\n"
    )
    owners = [action.owners for action in _actions(make_document, nlp, text, attendees=[])]
    assert owners == [["Coral Bisset"], ["Gertrude Mayhew"], ["Tomas Arden"]]


def test_a_first_name_written_nowhere_in_full_owns_nothing(make_document, nlp):
    text = f"{_OPENING_NAMES}Three shed requests were reviewed. Zed will walk past each lot in May.\n"
    assert _actions(make_document, nlp, text, attendees=[]) == []


def test_initials_of_the_bodys_own_name_in_the_heading_are_no_owner(make_document, nlp):
    # The heading spells out the body; "ORT" in a suggestion is the body, not someone who was given a task.
    text = (
        "Oakvale Regional Transit\nBoard of Directors Meeting\nJune 21, 2016\n\n"
        "The meeting was called to order by Chair Pella Ronson. Also present was Jem Tovey, secretary.\n\n"
        "1. Survey\n\n"
        "Director Hale suggested that ORT ask a college class to count riders on route 4.\n\n"
        "JT will send the rider counts to the members.\n"
    )
    meeting = Meeting(kind="minutes", body="Oakvale Regional Transit Board of Directors", date=dt.date(2016, 6, 21))
    document = make_document(text)
    sections = split_sections(document, extract_items(document))
    actions = extract_actions(sections, attendees=[], meeting=meeting, nlp=nlp, document_text=document.text)
    assert [(a.owner_as_written, a.owners) for a in actions] == [("JT", ["Jem Tovey"])]


def test_a_word_ending_an_organisations_name_is_no_first_name(make_document, nlp):
    # "Marlow Community" in the opening names no one: a sentence opening on "Community" reports, it gives no task.
    text = (
        "Oakvale College District\nBoard Meeting Minutes\nJuly 13, 2022\nHosted by Marlow Community\n\n"
        "1. Prizes\n\n"
        "The library’s reading prize was awarded. Community will send the winners a voucher.\n\n"
        "Osgood Penn will send the prize list to the members.\n"
    )
    owners = [action.owners for action in _actions(make_document, nlp, text, attendees=[])]
    assert owners == [["Osgood Penn"]]
