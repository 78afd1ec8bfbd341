"""Actions from short inline minutes: marker lines, prose commitments, owners and due dates."""

from __future__ import annotations

import datetime as dt

from minutebook.extract.actions import extract_actions
from minutebook.extract.items import extract_items, split_sections
from minutebook.extract.records import Attendee, Meeting

ATTENDEES = [
    Attendee(name="Priya Patel", surname="Patel"),
    Attendee(name="Tom Hughes", surname="Hughes"),
    Attendee(name="Laura Bennett", surname="Bennett"),
    Attendee(name="Liam Price", surname="Price"),
]
MEETING = Meeting(kind="minutes", date=dt.date(2014, 7, 8), next_meeting=dt.date(2014, 10, 14))


def _actions(make_document, nlp, text, attendees=ATTENDEES):
    document = make_document(text)
    sections = split_sections(document, extract_items(document))
    return extract_actions(sections, attendees=attendees, meeting=MEETING, nlp=nlp)


def test_action_marker_line_takes_the_paragraph_before(make_document, nlp):
    text = (
        "#### 66. Community Trigger\n\n"
        "It was agreed that a further report be considered at the next meeting of the Partnership.\n\n"
        "Action - Dean Carter\n"
    )
    (action,) = _actions(make_document, nlp, text)
    assert action.owners == ["Dean Carter"]
    assert action.owner_as_written == "Dean Carter"
    assert "further report" in action.text
    assert action.item == "66"
    assert action.due == dt.date(2014, 10, 14)


def test_initials_line_and_truncated_second_owner(make_document, nlp):
    text = (
        "#### 3.3 Quarterly report\n\nTH asked that the report be sent to parish councils.\n\nPP\n\n"
        "#### 3.4 Town centre\n\nTH has received a report on management arrangements. TH and LB met on Friday.\n\nTH/L\n"
    )
    actions = _actions(make_document, nlp, text)
    assert [(a.item, a.owners, a.owner_as_written) for a in actions] == [
        ("3.3", ["Priya Patel"], "PP"),
        ("3.4", ["Tom Hughes", "Laura Bennett"], "TH/L"),
    ]
    assert actions[0].text == "TH asked that the report be sent to parish councils."


def test_prose_commitments(make_document, nlp):
    text = (
        "#### 7. Any Other Business\n\n"
        "Dean Carter, Safety Manager introduced the report.\n\n"
        "Members asked whether the guidance was available. Mr Carter said that he would find out and advise Members.\n\n"
        "PP will send the presentation out with the minutes.\n\n"
        "TH said that he will be attending the board meeting on 15 December to suggest a pilot.\n\n"
        "Ms Grey asked Partners to become ambassadors and offered to come and present to other groups.\n\n"
        "A monitoring process was requested. TH said that Northshire Police are taking this forward.\n"
    )
    actions = _actions(make_document, nlp, text)
    owners = [(a.owners, a.owner_as_written) for a in actions]
    assert owners == [
        (["Dean Carter"], "Mr Carter"),
        (["Priya Patel"], "PP"),
        (["Tom Hughes"], "TH"),
        (["Ms Grey"], "Ms Grey"),
        (["Northshire Police"], "Northshire Police"),
    ]
    assert actions[2].due == dt.date(2014, 12, 15)
    assert "monitoring process" in actions[4].text  # the sentence "this" refers to


def test_marker_after_a_prose_commitment_gives_one_action(make_document, nlp):
    text = (
        "#### 7. Any Other Business\n\n"
        "TH asked that this be discussed at the Executive Group. PP will put it on the agenda for the January meeting.\n\n"
        "PP\n\n"
        "TH and LB will discuss the report outside the meeting.\n\nTH/L\n"
    )
    actions = _actions(make_document, nlp, text)
    assert [a.owners for a in actions] == [["Priya Patel"], ["Tom Hughes", "Laura Bennett"]]


def test_agency_in_an_agreed_list_and_due_by_end_of_year(make_document, nlp):
    text = (
        "#### 73. Reviews\n\nThe Board agreed to:\n\n"
        "- (a) note the progress of the current cases\n"
        "- (b) the Chairman of the Board writing to the county team to confirm the actions are closed\n\n"
        "#### 74. Training\n\nThe Community Safety Team would take this work forward by the end of the year.\n"
    )
    actions = _actions(make_document, nlp, text)
    assert [(a.item, a.owners) for a in actions] == [
        ("73", ["Chairman of the Board"]),
        ("74", ["Community Safety Team"]),
    ]
    assert actions[1].due == dt.date(2014, 12, 31)


def test_lookalikes_are_not_actions(make_document, nlp):
    text = (
        "#### 2. Engagement\n\n"
        "It was suggested that there should be a training session for parish councils.\n\n"
        "Members suggested that the Partnership look at free advertising.\n\n"
        "TH said that the funding was on target and PP agreed with him.\n\n"
        "LB said that the draft will be sent to partners for comment.\n\n"
        "Members will see a draft plan in February.\n\n"
        "PP said that the County Trust will be consulting in January.\n\n"
        "Mr Carter undertook to brief senior partners; these briefings took place in December.\n\n"
        "TH presented the figures.\n"
    )
    assert _actions(make_document, nlp, text) == []


def test_action_table_rows_and_owner_opening_a_sentence(make_document, nlp):
    text = (
        "#### 2. Action log\n\n"
        "Action\tOwner\tDue\n"
        "Circulate the draft strategy\tPP\t30 June 2014\n"
        "Book the venue\tTH\tend of July\n\n"
        "#### 3. Any other business\n\n"
        "LB to circulate the slides.\n\n"
        "Officers to review the policy.\n"
    )
    actions = _actions(make_document, nlp, text)
    assert [(a.item, a.text, a.owners, a.due) for a in actions] == [
        ("2", "Circulate the draft strategy", ["Priya Patel"], dt.date(2014, 6, 30)),
        ("2", "Book the venue", ["Tom Hughes"], dt.date(2014, 7, 31)),
        ("3", "LB to circulate the slides.", ["Laura Bennett"], None),
    ]


def test_inline_action_marker_at_paragraph_end(make_document, nlp):
    text = "#### 4. Taxi fares\n\nThe trade asked for a review of fares. Action: LP\n"
    (action,) = _actions(make_document, nlp, text)
    assert (action.owners, action.text) == (["Liam Price"], "The trade asked for a review of fares.")
