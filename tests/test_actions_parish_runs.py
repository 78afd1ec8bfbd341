"""Tasks of UK parish minutes typed without stops, and sentences about the clerk that give nobody a task.

Every document here is invented; each form is written in at least two ways, with a near miss beside it.
"""

from __future__ import annotations

import datetime as dt

import pytest

from minutebook.extract.actions import extract_actions
from minutebook.extract.items import extract_items, split_sections
from minutebook.extract.records import Attendee, Meeting

ATTENDEES = [
    Attendee(name="Ada Lowe", surname="Lowe", role="Chair"),
    Attendee(name="Bram Moss", surname="Moss"),
    Attendee(name="Cara Hart", surname="Hart", role="Clerk"),
]
MEETING = Meeting(kind="minutes", date=dt.date(2031, 3, 4))


def _owned(make_document, nlp, text):
    document = make_document(text)
    sections = split_sections(document, extract_items(document))
    actions = extract_actions(sections, attendees=ATTENDEES, meeting=MEETING, nlp=nlp, document_text=document.text)
    return [(action.owners, action.text) for action in actions]


@pytest.mark.parametrize(
    "line",
    [
        "Rural Bulletin\nAction Winter Emergency Planning Clerk to obtain more leaflets and\nforward them to the warden.",
        "Bus shelter in need of repair, cracked glass, loose panels\netc Clerk to contact the district council and "
        "request a visit.",
    ],
)
def test_the_clerk_run_on_from_a_list_owns_the_task(make_document, nlp, line):
    text = f"31.03.7 Correspondence\n{line}\n31.03.8 Bonfire\nThe bonfire will be held on the 5th.\n"
    assert [owners for owners, _ in _owned(make_document, nlp, text)] == [["Cara Hart"]]


@pytest.mark.parametrize(
    ("line", "owner"),
    [
        ("Hall hire receipts received and checked Treasurer to bank them before the audit.", "Treasurer"),
        ("Grass cutting tenders, three received\netc Chair to write to the two unsuccessful firms.", "Ada Lowe"),
    ],
)
def test_any_post_run_on_from_a_list_owns_the_task(make_document, nlp, line, owner):
    text = f"31.03.7 Correspondence\n{line}\n31.03.8 Bonfire\nThe bonfire will be held on the 5th.\n"
    assert [owners for owners, _ in _owned(make_document, nlp, text)] == [[owner]]


def test_a_post_of_two_post_words_is_no_run_on(make_document, nlp):
    # Near miss: "Chief Executive" is one post; its first word is not the list's last.
    text = "31.03.7 Accounts\nDi Roe Chief Executive to send the overdue invoices.\n"
    document = make_document(text)
    sections = split_sections(document, extract_items(document))
    actions = extract_actions(sections, attendees=ATTENDEES, meeting=MEETING, nlp=nlp, document_text=document.text)
    assert all(action.owner_as_written != "Executive" for action in actions)


@pytest.mark.parametrize(
    "line",
    [
        "The Chair said that today we elect a new Mayor to represent us in the year ahead.",
        "Members thanked the outgoing Treasurer and welcomed the incoming Chair to lead the group next year.",
    ],
)
def test_a_post_after_an_article_and_a_describing_word_is_no_run_on(make_document, nlp, line):
    # Near miss of the run-on post: "a new Mayor to represent us" describes the post; no list runs on into it.
    text = f"31.03.7 Annual Meeting\n{line}\n31.03.8 Bonfire\nThe bonfire will be held on the 5th.\n"
    assert _owned(make_document, nlp, text) == []


@pytest.mark.parametrize(
    ("heading", "line"),
    [
        ("Annual Meeting", "Cllr Moss was elected Chair to serve until the annual meeting in May."),
        ("Annual Meeting", "Cllr Moss was duly re-elected Vice-Chair to hold office for the coming year."),
        ("Annual Meeting", "Cllr Moss was co-opted Treasurer to see out the year."),
        ("Correspondence", "Invitation received from Mayor to attend the civic service on 5 May."),
        ("Correspondence", "Letter received by Clerk to be circulated."),
    ],
)
def test_a_post_filled_or_written_from_is_no_run_on(make_document, nlp, heading, line):
    # Near miss of the run-on post: the word before the post is one whose complement the post is (a verb that fills a
    # post, a preposition), not a list's last word; nobody is given a task.
    text = f"31.03.7 {heading}\n{line}\n31.03.8 Bonfire\nThe bonfire will be held on the 5th.\n"
    assert _owned(make_document, nlp, text) == []


def test_a_member_and_the_clerk_both_own_the_task(make_document, nlp):
    # The near miss: "and" joins two owners, so the phrase before the Clerk is kept.
    text = "31.03.7 Footpaths\nCllr Moss and Clerk to walk the footpath and report back.\n"
    owners = [owners for owners, _ in _owned(make_document, nlp, text)]
    assert owners and "Bram Moss" in owners[0]


@pytest.mark.parametrize(
    "sentence",
    [
        "Mr Joyce also amended the contact details so that all future letters will be received by the Clerk.",
        "Invoices are to be received by the Clerk before the end of the month.",
    ],
)
def test_what_the_clerk_will_be_sent_is_no_task_of_the_clerks(make_document, nlp, sentence):
    text = f"31.03.8 Finance\n{sentence}\n"
    assert _owned(make_document, nlp, text) == []


def test_what_the_clerk_will_do_in_the_passive_is_still_the_clerks(make_document, nlp):
    text = "31.03.8 Finance\nThe quotes will be collected by the Clerk before the next meeting.\n"
    assert [owners for owners, _ in _owned(make_document, nlp, text)] == [["Cara Hart"]]


@pytest.mark.parametrize(
    "sentence",
    [
        "The Chairman invited Mr S Dale to attend this meeting to explain the boundaries of the green.",
        "Cllr Moss had asked PC Rowe to come to tonight's meeting to give the police report.",
    ],
)
def test_an_invitation_to_this_meeting_is_no_task(make_document, nlp, sentence):
    text = f"31.03.5 Village Green\n{sentence}\n"
    assert _owned(make_document, nlp, text) == []


def test_an_invitation_to_the_next_meeting_is_still_a_task(make_document, nlp):
    text = "31.03.5 Village Green\nThe Chairman invited Mr S Dale to attend the next meeting to explain the boundaries.\n"
    assert [owners for owners, _ in _owned(make_document, nlp, text)] == [["S Dale"]]


@pytest.mark.parametrize(
    "sentence",
    [
        "Pot holes are again appearing on the cart roads, there are planings to fill these, Councillors will again fill "
        "these in.",
        "After discussion, the Councillors agreed to carry out the repairs and re-painting of the seat.",
        "Councillors will cut back the hedge by the bus shelter.",
    ],
)
def test_work_the_councillors_take_on_themselves_is_their_task(make_document, nlp, sentence):
    text = f"31.03.9 Any Other Business\n{sentence}\n"
    assert [owners for owners, _ in _owned(make_document, nlp, text)] == [["Councillors"]]


@pytest.mark.parametrize(
    "sentence",
    [
        "Councillors will consider the report at the next meeting.",
        "Staff will load the van on Fridays.",
        "Councillors will cut the precept next year if reserves allow.",
        "Members will fill the casual vacancy by co-option in May.",
        "Councillors will clear their diaries for the audit.",
    ],
)
def test_what_the_councillors_weigh_or_staff_work_is_no_task(make_document, nlp, sentence):
    # The near misses: a matter for the meeting, the staff's work described, and a verb of work by hand on what is no
    # thing to be worked (the precept, a vacancy, the diary).
    text = f"31.03.9 Any Other Business\n{sentence}\n"
    assert _owned(make_document, nlp, text) == []


@pytest.mark.parametrize("post", ["The Finance Clerk", "Village Clerk", "Township Clerk"])
def test_a_clerks_post_of_one_or_two_words_is_kept_whole(make_document, nlp, post):
    # Near miss: a post's own words before "Clerk" are no list run on into it.
    text = f"31.03.7 Accounts\n{post} to send the overdue invoices.\n"
    assert [text for _, text in _owned(make_document, nlp, text)] == [f"{post} to send the overdue invoices."]
    document = make_document(text)
    sections = split_sections(document, extract_items(document))
    actions = extract_actions(sections, attendees=ATTENDEES, meeting=MEETING, nlp=nlp, document_text=document.text)
    assert [action.owner_as_written for action in actions] == [post]

