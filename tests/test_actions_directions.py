"""A direction given in the passive names who does the task: "The Clerk was requested to …", "it was requested that
the Clerk …", "Cllr Ashby was reminded to …", and in a clerk's note without its "was"/"were": "Clerk asked to write
to …", "Councillors reminded to return …". The verb must be a follow-up task's: "Mr Penrose asked to speak" is his own
request, and a reminder to the public is no task of the body's. Invented minutes.

Also a note that names its owner after what is to be done: "… quotes for the fence are needed. Clerk to action.", "…
over the stile. Clerk." The owner's own words name no task ("to action", "to follow up"), so the sentence before is
the task; an owner with a full stop after it is the owner tag printed as a sentence. What is already done ("Clerk
contacted.") is no task."""

from __future__ import annotations

import datetime as dt

import pytest

from minutebook.extract.actions import extract_actions
from minutebook.extract.items import extract_items, split_sections
from minutebook.extract.records import Attendee, Meeting

ATTENDEES = [
    Attendee(name="Nell Ashby", surname="Ashby"),
    Attendee(name="Tom Grice", surname="Grice"),
    Attendee(name="Vera Lusk", surname="Lusk", role="Clerk"),
]
MEETING = Meeting(kind="minutes", date=dt.date(2024, 4, 9), body="Brackenhurst Parish Council")


def _actions(make_document, nlp, text):
    document = make_document(f"#### 7. Highways\n\n{text}\n")
    sections = split_sections(document, extract_items(document))
    return extract_actions(sections, attendees=ATTENDEES, meeting=MEETING, nlp=nlp, document_text=document.text)


@pytest.mark.parametrize(
    ("text", "owners"),
    [
        ("The fence by the pond is broken. The Clerk was requested to obtain three quotes for its repair.",
         ["Vera Lusk"]),
        ("It was requested that the Clerk write to the county about the potholes in Mill Lane.", ["Vera Lusk"]),
        ("Cllr Ashby was reminded to return the signed declaration to the Clerk before the end of the month.",
         ["Nell Ashby"]),
        ("Clerk asked to write to the county about the potholes in Mill Lane.", ["Vera Lusk"]),
        ("Councillors reminded to return completed expenses forms to the Clerk by Friday.", ["Councillors"]),
        ("Cllr Grice tasked to inspect the play area and report back in June.", ["Tom Grice"]),
    ],
)
def test_a_direction_in_the_passive_is_the_task_of_the_one_directed(make_document, nlp, text, owners):
    (action,) = _actions(make_document, nlp, text)
    assert (action.owners, action.text) == (owners, text.split(". ")[-1] if ". The" in text else text)


@pytest.mark.parametrize(
    "text",
    [
        "Mr Penrose asked to speak about the speeding on Mill Lane.",  # his own request to speak
        "Residents were reminded to lock their sheds and garages.",  # advice to the public
        "Cllr Grice asked to see the plans for the new houses.",  # no follow-up task
        "The Clerk was reminded that the audit is due in June.",  # news, not a direction to do anything
    ],
)
def test_a_request_of_ones_own_or_a_reminder_to_others_is_no_task(make_document, nlp, text):
    assert _actions(make_document, nlp, text) == []



@pytest.mark.parametrize(
    ("text", "owners"),
    [
        ("The fence on the green needs repair and three quotes are needed. Clerk to action.", ["Vera Lusk"]),
        ("The goalposts are loose and the company will be asked to fix them. Cllr Grice to follow up.", ["Tom Grice"]),
        ("The bench by the gate has rotted and the company that fitted it should be asked to replace it. "
         "Cllr Ashby agreed to investigate.", ["Nell Ashby"]),
    ],
)
def test_an_owner_whose_words_name_no_task_takes_the_sentence_before(make_document, nlp, text, owners):
    (action,) = _actions(make_document, nlp, text)
    assert (action.owners, action.text) == (owners, text)


@pytest.mark.parametrize(
    ("text", "task"),
    [
        ("The hedge on the footpath has grown over the stile and needs cutting back. Clerk.",
         "The hedge on the footpath has grown over the stile and needs cutting back."),
        ("The hedge on the footpath has grown over the stile and needs cutting back. Cllr Grice.",
         "The hedge on the footpath has grown over the stile and needs cutting back."),
        ("The hedge on the footpath has grown over the stile and needs cutting back. Clerk",
         "The hedge on the footpath has grown over the stile and needs cutting back."),
    ],
)
def test_an_owner_tag_after_the_sentence_owns_it_with_or_without_a_full_stop(make_document, nlp, text, task):
    (action,) = _actions(make_document, nlp, text)
    assert action.text == task


@pytest.mark.parametrize(
    "text",
    [
        "The drain in Mill Lane is blocked and was reported to the highways department. Clerk contacted.",  # done
        "The goalposts were fixed by the company last week. Noted.",  # a note, no owner
        "Cllr Grice said the new bench was installed on 4 March by Hartwell Joinery.",  # a company named at the end
    ],
)
def test_a_thing_done_or_a_name_in_the_sentence_is_no_task(make_document, nlp, text):
    assert _actions(make_document, nlp, text) == []


def test_an_owner_with_a_task_of_its_own_does_not_take_the_sentence_before(make_document, nlp):
    text = "The fence on the green needs repair. Clerk to write to the contractor about the broken rails."
    (action,) = _actions(make_document, nlp, text)
    assert action.text == "Clerk to write to the contractor about the broken rails."


def test_the_staff_in_lower_case_own_what_they_are_asked_or_undertake(make_document, nlp):
    text = (
        "#### 1. Roof\n\nThe manager stated that staff would bring back a proposal at the next meeting.\n\n"
        "#### 2. Overtime\n\nCouncillor Grice requested that staff provide a breakdown of the overtime costs.\n\n"
        "#### 3. Conference\n\nThe manager said that staff would be attending the conference in May.\n\n"
        "#### 4. Manners\n\nResidents asked that staff be more polite.\n\n"
        "#### 5. Vans\n\nThe report noted that staff will load the van each morning.\n"
    )
    assert [(a.item, a.owners) for a in _actions(make_document, nlp, text)] == [("1", ["Staff"]), ("2", ["Staff"])]


CITY = Meeting(kind="minutes", date=dt.date(2024, 4, 9), body="Larkmoor City Council")
CITY_STAFF = [*ATTENDEES, Attendee(name="Ida Penrith", surname="Penrith", role="City Manager")]


def _city_actions(make_document, nlp, text):
    document = make_document(f"#### 7. Parking\n\n{text}\n")
    sections = split_sections(document, extract_items(document))
    return extract_actions(sections, attendees=CITY_STAFF, meeting=CITY, nlp=nlp, document_text=document.text)


@pytest.mark.parametrize(
    ("text", "owners"),
    [
        ("Councilmember Grice recommended that staff be directed to move forward with the parking study and provide "
         "draft amendments for Council review.", ["Staff"]),
        ("Ms. Ashby moved that the City Manager be authorized to sign the lease with the county. Motion carried.",
         ["Ida Penrith"]),
        ("It was agreed that staff be asked to bring back options for the parking lot.", ["Staff"]),
        ("Mr. Grice moved that City staff be instructed to post the new signs. Motion carried.", ["City staff"]),
    ],
)
def test_a_direction_in_a_that_clause_passive_is_the_task_of_the_one_directed(make_document, nlp, text, owners):
    (action,) = _city_actions(make_document, nlp, text)
    assert action.owners == owners


@pytest.mark.parametrize(
    "text",
    [
        "Mr. Grice moved that the minutes be approved as presented. Motion carried.",
        "Ms. Ashby moved that the Council adopt the 2024 budget. Motion carried.",
        "Staff recommended that Resolution 23-16 be adopted.",
        "Ms. Ashby moved that the City Manager be authorized to accept and expend the grant funds. Motion carried.",
    ],
)
def test_a_motion_or_recommendation_that_directs_no_one_gives_no_task(make_document, nlp, text):
    assert _city_actions(make_document, nlp, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Mr. Grice moved that the City Manager be directed to write to the county about the lot. Motion failed.",
        "Ms. Ashby recommended that staff be directed to post the new signs. The motion was lost 2-3.",
        "Mr. Grice moved that City staff be instructed to repaint the lines, which did not carry.",
    ],
)
def test_a_direction_in_a_motion_that_failed_gives_no_task(make_document, nlp, text):
    # Near miss: the same direction carried is a task (above).
    assert _city_actions(make_document, nlp, text) == []


@pytest.mark.parametrize(
    ("text", "owners"),
    [
        ("Motion by Grice, second by Ashby, directing the City Manager to advertise for bids. Motion carried.",
         ["Ida Penrith"]),
        ("Resolution 24-03, a resolution instructing the City Manager to schedule a joint meeting with the Parks Board. "
         "Approved.", ["Ida Penrith"]),
    ],
)
def test_a_motion_or_resolution_directing_someone_gives_them_the_task(make_document, nlp, text, owners):
    (action,) = _city_actions(make_document, nlp, text)
    assert action.owners == owners


@pytest.mark.parametrize(
    "text",
    [
        "The applicant is directing the Parks Board to the revised site plan.",
        "The Mayor is instructing residents to conserve water this summer.",
    ],
)
def test_directing_attention_or_the_public_gives_no_task(make_document, nlp, text):
    assert _city_actions(make_document, nlp, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Council member Grice will talk to the owner of the vacant lot.",
        "Council member Grice agreed to contact the school district about the crossing.",
    ],
)
def test_a_title_written_in_lower_case_still_names_the_owner(make_document, nlp, text):
    (action,) = _city_actions(make_document, nlp, text)
    assert action.owners == ["Tom Grice"]


def test_a_lower_case_title_alone_names_no_owner(make_document, nlp):
    assert _city_actions(make_document, nlp, "The council member will talk to the owner of the vacant lot.") == []


@pytest.mark.parametrize(
    ("text", "owners"),
    [
        ("Director Grice asks for staff to consider the impact on the families of first responders and report at a "
         "future meeting.", ["Staff"]),
        ("Ms. Ashby made an official request for staff to prepare a cost estimate for the crossing.", ["Staff"]),
        ("Mr. Grice asked for the City Manager to send the map to the members.", ["Ida Penrith"]),
    ],
)
def test_a_request_for_someone_to_act_is_their_task(make_document, nlp, text, owners):
    (action,) = _city_actions(make_document, nlp, text)
    assert action.owners == owners


@pytest.mark.parametrize(
    "text",
    [
        "Mr. Grice asked for a copy of the lease agreement.",
        "Residents asked for the Council to reconsider the parking fee.",
        "Ms. Ashby asked for staff to be thanked for their work on the fair.",
    ],
)
def test_a_request_for_a_thing_or_of_the_body_gives_no_task(make_document, nlp, text):
    assert _city_actions(make_document, nlp, text) == []


@pytest.mark.parametrize(
    ("text", "owners"),
    [
        ("Members asked that the Commissioners of the Drainage Board clear the ditch on Mill Lane.",
         ["Commissioners of the Drainage Board"]),
        ("Mr. Grice requested that the Governors of Quillby Primary School repair the wall.",
         ["Governors of Quillby Primary School"]),
        # Near miss: no body's word after "of", so the post alone as before.
        ("Mr. Grice requested that the Trustees of the Quillby Almshouses repair the wall.", ["Trustees"]),
    ],
)
def test_a_body_asked_in_a_that_clause_stays_the_body(make_document, nlp, text, owners):
    (action,) = _actions(make_document, nlp, text)
    assert action.owners == owners


def test_the_staff_asked_with_no_that_own_a_follow_up_task(make_document, nlp):
    # US minutes leave out the "that": "requested staff provide …", "asked City staff explore …".
    text = (
        "#### 1. Overtime\n\nCouncillor Grice requested staff provide a breakdown of the overtime costs.\n\n"
        "#### 2. Streets\n\nThe Council asked City staff explore options for street repair funding.\n\n"
        # Near misses: what follows "staff" is no follow-up task's verb, so nothing is asked of them.
        "#### 3. Budget\n\nCouncillor Grice requested staff time be kept for the audit.\n\n"
        "#### 4. Thanks\n\nResidents asked staff questions about the bins.\n"
    )
    assert [(a.item, a.owners) for a in _actions(make_document, nlp, text)] == [("1", ["Staff"]), ("2", ["City staff"])]


@pytest.mark.parametrize(
    "sentence",
    [
        # Near misses of the bare form: a task verb's word after the staff that is no verb of a task asked for ...
        "The Chair asked staff present to leave the room for the closed session.",
        "Commissioner Vale requested staff report 24-07 be corrected before it is adopted.",
        "Councillor Grice recommended staff return to the office hours used before 2020.",
        # ... and one of the public asking, which no decision follows.
        "A resident of Birch Lane asked staff review the hedge at her corner.",
    ],
)
def test_the_staff_with_no_that_before_a_noun_or_asked_by_the_public_own_nothing(make_document, nlp, sentence):
    assert _actions(make_document, nlp, f"#### 4. Skate park\n\nLighting options were reviewed.\n\n{sentence}\n") == []


def test_a_member_by_title_asks_the_staff_with_no_that(make_document, nlp):
    # The form kept: a member named by their title and surname, or the Mayor, asks for a follow-up task.
    for sentence in ("Commissioner Vale requested staff provide costs for the lighting.",
                     "The Mayor asked staff draft a letter to the county."):
        text = f"#### 4. Skate park\n\nLighting options were reviewed.\n\n{sentence}\n"
        assert [(a.owners, a.text) for a in _actions(make_document, nlp, text)] == [(["Staff"], sentence)], sentence


def test_a_clock_times_am_or_pm_is_no_owners_initials(make_document, nlp):
    attendees = [*ATTENDEES, Attendee(name="Paul Mead", surname="Mead")]
    text = (
        "#### 1. Opening\n\nThe Chair convened the meeting in the village hall at 6:40 PM.\n\n"
        "#### 9. Close\n\nThere being no further business the meeting was adjourned at 8 pm.\n\n"
        # Near miss: initials tagged after the sentence's full stop are still the owner's.
        "#### 5. Footpaths\n\nThe stile on the footpath by the church needs repair before the summer. PM\n"
    )
    document = make_document(text)
    sections = split_sections(document, extract_items(document))
    actions = extract_actions(sections, attendees=attendees, meeting=MEETING, nlp=nlp, document_text=document.text)
    assert [action.owners for action in actions] == [["Paul Mead"]]


@pytest.mark.parametrize(
    ("text", "owners"),
    [
        ("After some talk, direction was given to staff to price a new roof for the pump house and bring a "
         "resolution in May.", ["Staff"]),
        ("Direction was given to the Clerk to obtain quotes for the pump.", ["Vera Lusk"]),
        ("The Council gave direction to staff to prepare a draft policy on field use.", ["Staff"]),
        ("The Council gave staff direction to prepare a draft policy on field use.", ["Staff"]),
        ("Staff was given direction to return with a revised budget.", ["Staff"]),
        ("The Clerk received direction to advertise the vacancy.", ["Vera Lusk"]),
        ("It was the consensus of the Council for Mr. Grice to rewrite the hall booking form by the summer.",
         ["Tom Grice"]),
        ("Consensus to have staff bring back a revised calendar in June.", ["Staff"]),
        ("It was the consensus of the Council to have the Clerk draft a letter to parents.", ["Vera Lusk"]),
        ("Cllr Ashby asked to have staff check the water meters.", ["Staff"]),
    ],
)
def test_a_direction_or_consensus_named_as_such_is_the_task_of_the_one_directed(make_document, nlp, text, owners):
    assert [action.owners for action in _actions(make_document, nlp, text)] == [owners]


@pytest.mark.parametrize(
    "text",
    [
        # Near misses: directions to a place, the body's own consensus, a body to have act, a state and no task.
        "Directions were given to the visitors to find the hall.",
        "It was the consensus of the Council to defer the item.",
        "It was the consensus of the Council to have the Council hold a workshop.",
        "It was agreed to have the Clerk be the contact for the hall.",
        "The Council gave direction on the budget.",
    ],
)
def test_a_direction_to_no_one_or_a_consensus_with_no_owner_gives_no_task(make_document, nlp, text):
    assert _actions(make_document, nlp, text) == []
