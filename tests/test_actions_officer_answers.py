"""Tasks officers and police take on in committee minutes, and motions that give none: a reply's opening words before
its speaker ("In reply, the Inspector said she would …"), a post named with its department ("The Senior Executive
Officer, Housing, to revert …"), a motion's terms printed without "Resolved" ("THAT the Clerk be directed to …"), and a
member's notice of motion ("I will move at the next meeting that …"), which is no task. Invented minutes."""

from __future__ import annotations

import datetime as dt

import pytest

from minutebook.extract.actions import _drop_departments, extract_actions
from minutebook.extract.items import extract_items, split_sections
from minutebook.extract.owners import is_agency, load_owner_words, resolve_owners
from minutebook.extract.records import Attendee, Meeting

ATTENDEES = [
    Attendee(name="Ada Ferrow", surname="Ferrow", title="Councillor"),
    Attendee(name="Tom Quill", surname="Quill", title="Chief Superintendent"),
    Attendee(name="Rita Vane", surname="Vane", role="Senior Executive Officer (Housing)"),
    Attendee(name="Joe Brandt", surname="Brandt", role="Senior Executive Officer (Roads)"),
    Attendee(name="Lena Marsh", surname="Marsh", role="Director, Community Services"),
    Attendee(name="Mel Okafor", surname="Okafor", role="City Manager"),
    Attendee(name="Sam Lutz", surname="Lutz", role="Clerk"),
]
MEETING = Meeting(kind="minutes", date=dt.date(2024, 3, 4), body="Maple Vale Joint Policing Committee")


def _owned(make_document, nlp, text: str) -> list[tuple[list[str], str]]:
    document = make_document(f"#### 5. Policing issues\n\n{text}\n")
    sections = split_sections(document, extract_items(document))
    actions = extract_actions(sections, attendees=ATTENDEES, meeting=MEETING, nlp=nlp, document_text=document.text)
    return [(action.owners, action.text) for action in actions]


@pytest.mark.parametrize(
    "text",
    [
        "In reply, the Chief Superintendent stated that the checkpoints were reviewed. He agreed to look at the "
        "location of the checkpoint at Ashby Cross.",
        "Responding to queries from Members, the Chief Superintendent said that patrols had increased. He undertook "
        "to report on the results to the next meeting.",
        "In response to Councillor Ferrow, the Chief Superintendent said he would revert to her on the figures.",
    ],
)
def test_the_speaker_after_a_replys_opening_words_owns_the_task(make_document, nlp, text):
    (owned,) = _owned(make_document, nlp, text)
    assert owned[0] == ["Tom Quill"]


def test_a_reply_that_promises_nothing_is_no_task(make_document, nlp):
    text = "In reply, the Chief Superintendent stated that the checkpoints were reviewed. He thanked the Members."
    assert _owned(make_document, nlp, text) == []


@pytest.mark.parametrize(
    ("text", "owners", "task"),
    [
        ("The Senior Executive Officer, Roads, to revert to Members with a date for the works.", ["Joe Brandt"],
         "The Senior Executive Officer to revert to Members with a date for the works."),
        ("The Senior Executive Officer, Housing, agreed to come back with a report on vacant units.", ["Rita Vane"],
         "The Senior Executive Officer agreed to come back with a report on vacant units."),
        ("The Senior Executive Officer (Housing) will circulate the allocation scheme to Members.", ["Rita Vane"],
         "The Senior Executive Officer will circulate the allocation scheme to Members."),
        ("The Director, Community Services, agreed to arrange a meeting with the residents.", ["Lena Marsh"],
         "The Director agreed to arrange a meeting with the residents."),
    ],
)
def test_a_post_named_with_its_department_is_its_holder(make_document, nlp, text, owners, task):
    # The department, like any aside or bracket, is left out of the task's text; it only picks the holder.
    assert _owned(make_document, nlp, text) == [(owners, task)]


def test_a_post_and_department_that_only_report_give_no_task(make_document, nlp):
    text = "The Senior Executive Officer, Housing, outlined the allocation scheme to Members."
    assert _owned(make_document, nlp, text) == []


@pytest.mark.parametrize(
    "text", ["The Clerk, Ada Ferrow, will write to the school.", "The Clerk, Ada Ferrow, agreed to write to the school."]
)
def test_a_name_set_off_after_a_post_is_not_read_as_a_department(make_document, nlp, text):
    # "Ada Ferrow" is an attendee: the words between the commas name her, not a department of the Clerk's.
    assert _drop_departments(text, ATTENDEES) == text
    assert _owned(make_document, nlp, text) == [(["Ada Ferrow"], text)]


def test_the_department_written_beside_a_shared_post_picks_its_holder():
    context = "The Senior Executive Officer, Roads Department, to revert."
    assert resolve_owners("The Senior Executive Officer", ATTENDEES, context=context) == ["Joe Brandt"]
    # Without a department, two attendees hold the post and neither is picked.
    assert resolve_owners("The Senior Executive Officer", ATTENDEES) == ["Senior Executive Officer"]
    # A department word every service shares ("Services") tells none apart.
    shared = [*ATTENDEES, Attendee(name="Ivo Pell", surname="Pell", role="Director, Corporate Services")]
    assert resolve_owners("the Director", shared, context="the Director, Finance Services, will …") == ["Director"]


@pytest.mark.parametrize(
    ("text", "owners"),
    [
        ("The Chair, Finance Committee, will circulate the budget to Members.", ["Chair Finance Committee"]),
        ("The Vice-Chairman, Audit Panel, agreed to circulate the audit plan.", ["Vice-Chairman Audit Panel"]),
    ],
)
def test_a_post_set_off_with_the_body_it_belongs_to_is_not_the_meetings_own(make_document, nlp, text, owners):
    # Ada Ferrow chairs this meeting; the committee or panel named beside the post is another body, not a department.
    chaired = [*ATTENDEES, Attendee(name="Ivo Pell", surname="Pell", role="Chair"),
               Attendee(name="Una Roe", surname="Roe", role="Vice-Chairman")]
    document = make_document(f"#### 5. Budget\n\n{text}\n")
    sections = split_sections(document, extract_items(document))
    actions = extract_actions(sections, attendees=chaired, meeting=MEETING, nlp=nlp, document_text=document.text)
    assert [(action.owners, action.text) for action in actions] == [(owners, text)]


def test_a_department_the_posts_only_holder_does_not_share_leaves_the_post_unresolved(make_document, nlp):
    housing_only = [attendee for attendee in ATTENDEES if attendee.surname != "Brandt"]
    context = "The Senior Executive Officer, Roads, to revert to Members."
    assert resolve_owners("The Senior Executive Officer", housing_only, context=context) == ["Senior Executive Officer"]
    assert resolve_owners("The Senior Executive Officer (Roads)", housing_only) == ["Senior Executive Officer"]
    # The one holder is still found when the department written is theirs, or when none is written.
    context = "The Senior Executive Officer, Housing Department, to revert to Members."
    assert resolve_owners("The Senior Executive Officer", housing_only, context=context) == ["Rita Vane"]
    assert resolve_owners("The Senior Executive Officer", housing_only) == ["Rita Vane"]


@pytest.mark.parametrize(
    ("text", "owners"),
    [
        ("THAT the Clerk be directed to write to the Minister regarding the ambulance boundaries.", ["Sam Lutz"]),
        ("That the City Manager BE DIRECTED to bring forward a report on shelter options.", ["Mel Okafor"]),
        ("That the Clerk BE AUTHORIZED to sign the funding application on behalf of the Committee.", ["Sam Lutz"]),
    ],
)
def test_a_motions_terms_directing_a_post_give_it_the_task(make_document, nlp, text, owners):
    (owned,) = _owned(make_document, nlp, text)
    assert owned[0] == owners


@pytest.mark.parametrize(
    ("text", "owners"),
    [
        ("That the Shelter Review Report BE RECEIVED for information; and, That the City Manager BE DIRECTED to bring "
         "forward a report on the shelter system.", ["Mel Okafor"]),
        ("That the Ward Boundaries Report be received; and further, that the Clerk be directed to notify the "
         "Province.", ["Sam Lutz"]),
        ("That Administration BE DIRECTED to report back to the Standing Committee on a quarterly basis.",
         ["Administration"]),
        ("Council directed Administration to prepare a report on snow clearing options.", ["Administration"]),
    ],
)
def test_a_later_part_of_a_motion_or_the_administration_directed_owns_the_task(make_document, nlp, text, owners):
    (owned,) = _owned(make_document, nlp, text)
    assert owned[0] == owners


def test_every_later_part_of_a_chained_motion_gives_its_task(make_document, nlp):
    text = ("That the Annual Report be received; and, That the Clerk BE DIRECTED to write to the Province; and, "
            "That the City Manager BE DIRECTED to pay the grant to the Arts Council.")
    assert _owned(make_document, nlp, text) == [
        (["Sam Lutz"], "the Clerk BE DIRECTED to write to the Province"),
        (["Mel Okafor"], "the City Manager BE DIRECTED to pay the grant to the Arts Council."),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "That the report be received; and, That the minutes of the Parks Committee be adopted.",
        "The administration offices will be closed on Monday.",
    ],
)
def test_chained_parts_that_direct_no_one_and_the_administration_closed_are_no_task(make_document, nlp, text):
    assert _owned(make_document, nlp, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "That the report be received.",
        "THAT the City Manager be authorized to accept and expend the grant funds.",
        "That the Clerk be authorised to spend up to the budget on the hall.",
    ],
)
def test_a_motion_that_directs_no_one_or_grants_a_power_is_no_task(make_document, nlp, text):
    assert _owned(make_document, nlp, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "'I will move at the next meeting that the Committee would write to the Minister seeking funding.'",
        "Councillor Ferrow gave notice: I will propose at the next meeting that the City Manager will report on "
        "lighting in the park.",
    ],
)
def test_a_notice_of_motion_gives_no_task(make_document, nlp, text):
    assert _owned(make_document, nlp, text) == []


def test_a_task_after_a_notice_of_motion_is_still_read(make_document, nlp):
    text = (
        "'I will move at the next meeting that the Committee would write to the Minister.' "
        "The Chief Superintendent agreed to report on the matter to the next meeting."
    )
    assert [owners for owners, _ in _owned(make_document, nlp, text)] == [["Tom Quill"]]


@pytest.mark.parametrize(
    ("text", "owners"),
    [
        ("That the Executive Director of Housing and Community Services BE DIRECTED to bring forward a report.",
         ["Executive Director of Housing and Community Services"]),
        ("The Director of Planning and Economic Development will circulate the draft plan to Members.",
         ["Director of Planning and Economic Development"]),
    ],
)
def test_a_post_heading_departments_joined_by_and_is_one_owner(make_document, nlp, text, owners):
    (owned,) = _owned(make_document, nlp, text)
    assert owned[0] == owners


def test_a_post_and_another_owner_joined_by_and_are_two(make_document, nlp):
    text = "The Chair of Finance and the Clerk will meet the auditor before the budget meeting."
    (owned,) = _owned(make_document, nlp, text)
    assert owned[0] == ["Chair of Finance", "Sam Lutz"]


def test_a_group_named_after_places_joined_by_and_is_no_post(make_document, nlp):
    assert _owned(make_document, nlp, "The Friends of Ashby Park and Ride will organise the summer fair.") == []


def test_department_head_words_are_agency_words_that_tell_no_department_apart():
    words = load_owner_words()
    assert words.department_words and words.department_words <= words.agency
    assert is_agency("the Parks Directorate") and is_agency("Bins Unit")
    directors = [Attendee(name="Ivo Pell", surname="Pell", role="Director (Roads Directorate)"),
                 Attendee(name="Una Roe", surname="Roe", role="Director (Housing Directorate)")]
    assert resolve_owners("the Director", directors, context="the Director, Housing Unit, will …") == ["Una Roe"]
    assert resolve_owners("the Director", directors, context="the Director, Parks Directorate, will …") == ["Director"]


@pytest.mark.parametrize(
    ("text", "owners"),
    [
        ("In response to Cllr. Ferrow, the Clerk said she would write to the school.", ["Sam Lutz"]),
        ("In reply to Mr. Hale, the Chief Superintendent said he would revert to him on the figures.", ["Tom Quill"]),
    ],
)
def test_a_reply_to_a_titled_name_with_its_full_stop_still_finds_the_speaker(make_document, nlp, text, owners):
    assert _owned(make_document, nlp, text) == [(owners, text)]


@pytest.mark.parametrize(
    ("text", "owners"),
    [
        ("The Director of Planning and Tom Quill will meet the residents on site.", ["Director of Planning", "Tom Quill"]),
        ("The Director of Housing and Tom Quill agreed to walk the estate.", ["Director of Housing", "Tom Quill"]),
        ("The Director of Planning and Economic Development will meet the residents on site.",
         ["Director of Planning and Economic Development"]),
    ],
)
def test_an_attendee_after_a_post_and_its_department_is_an_owner_of_their_own(make_document, nlp, text, owners):
    assert _owned(make_document, nlp, text) == [(owners, text)]
