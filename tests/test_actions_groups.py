"""The body's members or staff as a whole own a direction given to them ("Members to review the draft …", "Councillors
were asked to send …", "PC reps to look over …", US "Councilmembers" and a department's "City staff"), when its verb
is a follow-up task's: "Members to note …" or "Councillors were asked to consider …" is done at the meeting. Invented
minutes."""

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
PARISH = Meeting(kind="minutes", date=dt.date(2024, 4, 9), body="Brackenhurst Parish Council")
PARENTS = Meeting(kind="minutes", date=dt.date(2024, 4, 9), body="Brackenhurst Primary Parent Council")


def _actions(make_document, nlp, text, meeting=PARISH):
    document = make_document(f"#### 6. Neighbourhood plan\n\n{text}\n")
    sections = split_sections(document, extract_items(document))
    return extract_actions(sections, attendees=ATTENDEES, meeting=meeting, nlp=nlp, document_text=document.text)


@pytest.mark.parametrize(
    ("text", "owner", "task"),
    [
        ("The second draft was circulated. Members to review the draft before the next meeting.", "Members",
         "Members to review the draft before the next meeting."),
        ("The consultation closes in May. All Councillors to send their comments to the Clerk by 30 April.",
         "All Councillors", "All Councillors to send their comments to the Clerk by 30 April."),
        ("The footpath survey is due. Councillors were asked to inspect the paths in their own wards.", "Councillors",
         "Councillors were asked to inspect the paths in their own wards."),
        # A short "will" leans on the sentence before it, as any short commitment does.
        ("The verges were discussed. The Councillors will look at re-seeding the corners in the spring.",
         "Councillors", "The verges were discussed. The Councillors will look at re-seeding the corners in the spring."),
    ],
)
def test_a_direction_to_the_members_as_a_whole_is_their_task(make_document, nlp, text, owner, task):
    (action,) = _actions(make_document, nlp, text)
    assert (action.owners, action.text) == ([owner], task)


@pytest.mark.parametrize(
    "text",
    [
        "The new website was shown. PC reps to look over the website and note any changes.",
        "The new website was shown.\n-PC Reps to look over the website and note any changes.",  # a dash glued on
    ],
)
def test_the_bodys_own_name_before_the_group_is_its_members(make_document, nlp, text):
    (action,) = _actions(make_document, nlp, text, PARENTS)
    assert action.owner_as_written in {"PC reps", "PC Reps"}
    assert action.text.startswith("PC ")


@pytest.mark.parametrize(
    "text",
    [
        "Members to note the report from the county.",  # done at the meeting
        "Members were asked to consider the request from the youth club.",
        "Councillors to consider the planning applications below.",
        "Members were asked to declare any interests.",
        "Residents were reminded to lock their sheds.",  # the public, not the body's members
        "Members of the public will review the plan at the open day.",  # not a direction, nor the body's members
        "Town Council members to look over the website and report any errors.",  # another body's members
    ],
)
def test_the_members_at_the_meeting_or_others_have_no_task(make_document, nlp, text):
    assert _actions(make_document, nlp, text) == []


CITY = Meeting(kind="minutes", date=dt.date(2024, 4, 9), body="Larkmoor City Council")


@pytest.mark.parametrize(
    ("text", "owner"),
    [
        ("Council Member Grice asked City staff to look into the cost of speed humps on Wren Lane.", "City staff"),
        ("Mr. Grice asked the Council staff to prepare a summary of the water bills.", "Council staff"),
        ("Ms. Ashby asked Public Works staff to repair the sign at the pond.", "Public Works staff"),
        ("Mr. Grice requested that Planning staff provide options for the corridor.", "Planning staff"),
    ],
)
def test_a_departments_staff_asked_to_do_something_own_it(make_document, nlp, text, owner):
    (action,) = _actions(make_document, nlp, text, meeting=CITY)
    assert (action.owners, action.text) == ([owner], text)


@pytest.mark.parametrize(
    "text",
    [
        "The Mayor thanked City staff for their work on the spring fair.",
        "Residents asked City staff about the broken fence.",
        "Mr. Grice asked City staff if the fence was broken.",
    ],
)
def test_a_departments_staff_thanked_or_questioned_have_no_task(make_document, nlp, text):
    assert _actions(make_document, nlp, text, meeting=CITY) == []


@pytest.mark.parametrize(
    ("text", "owner"),
    [
        ("The Town Manager asked Councilmembers to review the draft agenda for the retreat.", "Councilmembers"),
        ("The Mayor asked Council members to send their comments to staff by Friday.", "Council members"),
        ("Commissioners to return their completed surveys to the Clerk.", "Commissioners"),
    ],
)
def test_us_council_members_as_a_whole_own_a_direction(make_document, nlp, text, owner):
    (action,) = _actions(make_document, nlp, text, meeting=CITY)
    assert action.owners == [owner]


@pytest.mark.parametrize(
    "text",
    [
        "The Mayor thanked Council members for their work on the spring fair.",
        "Councilmembers discussed the draft agenda for the retreat.",
        "The Town Manager asked Council members if they had any questions.",
    ],
)
def test_us_council_members_thanked_or_questioned_have_no_task(make_document, nlp, text):
    assert _actions(make_document, nlp, text, meeting=CITY) == []


@pytest.mark.parametrize(
    ("text", "owner"),
    [
        ("The Town Manager asked individual Councilmembers to review the draft agenda for the retreat.",
         "Individual Councilmembers"),
        ("The Chair asked all Councillors to send their comments on the draft plan to the Clerk.", "All Councillors"),
    ],
)
def test_members_asked_each_or_all_own_the_request(make_document, nlp, text, owner):
    (action,) = _actions(make_document, nlp, text, meeting=CITY)
    assert action.owners == [owner]


def test_all_residents_asked_have_no_task_of_the_body(make_document, nlp):
    assert _actions(make_document, nlp, "The Chair asked all residents to lock their sheds at night.", meeting=CITY) == []


@pytest.mark.parametrize(
    ("text", "owner"),
    [
        ("Cars are still driving over the green. Councillors agreed to monitor the green over the summer.", "Councillors"),
        ("The ditch by the allotments is full. The Councillors agreed to look at the ditch to see what work is needed.",
         "Councillors"),
        ("The wardens have been in touch. Members agreed to email the Clerk with any problems for the wardens.",
         "Members"),
    ],
)
def test_what_the_members_agree_to_follow_up_is_their_task(make_document, nlp, text, owner):
    (action,) = _actions(make_document, nlp, text)
    assert action.owners == [owner]
    assert "agreed to" in action.text


@pytest.mark.parametrize(
    "text",
    [
        "The application was read out. The Councillors agreed to object to the application.",  # their decision
        "An invoice for grass cutting was received. Councillors agreed to pay the invoice.",
        "The asset register values the bench at £1. Councillors agreed to accept this value.",
        "A new bin was proposed for the bus stop. Councillors agreed to the proposal.",
    ],
)
def test_what_the_members_agree_at_the_meeting_is_a_decision(make_document, nlp, text):
    assert _actions(make_document, nlp, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Smells near the pumping station were reported. Councillors were asked to monitor the times of any smells.",
        "The draft response was shown. Councillors were asked to pass their views to the Chairman before May.",
        "The website is nearly ready. Members were asked to pass any changes to the Clerk.",
    ],
)
def test_members_asked_to_monitor_or_pass_on_views_own_it(make_document, nlp, text):
    (action,) = _actions(make_document, nlp, text)
    assert action.owners in (["Councillors"], ["Members"])


@pytest.mark.parametrize(
    "text",
    [
        "Councillors were asked to pass a resolution to exclude the press.",  # business of the meeting, handed to no one
        "Councillors were informed that the lane would close in May.",  # told, not asked
        "The group had cleared the path by the church.",  # done already
        "Residents are asked to keep dogs on leads on the green.",  # the public, no one at the meeting
        "The committee will meet on 3 May.",
        "Councillors were invited to attend the youth club open evening.",
    ],
)
def test_groups_told_or_done_or_the_public_asked_have_no_task(make_document, nlp, text):
    assert _actions(make_document, nlp, text) == []
