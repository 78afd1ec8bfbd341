"""Action status from the minutes: action logs' status columns and status words beside an action."""

from __future__ import annotations

import datetime as dt

import pytest

from minutebook.extract.action_status import read_action_statuses, status_beside, status_of, strip_status
from minutebook.extract.actions import extract_actions
from minutebook.extract.items import extract_items, split_sections
from minutebook.extract.pipeline import extract_document
from minutebook.extract.records import Attendee, Meeting

ATTENDEES = [
    Attendee(name="Nadia Orchard", surname="Orchard"),
    Attendee(name="Felix Brambley", surname="Brambley"),
    Attendee(name="Mark Dunn", surname="Dunn", role="Clerk"),
]
MEETING = Meeting(kind="minutes", date=dt.date(2031, 5, 6), next_meeting=dt.date(2031, 6, 3))


def _actions(make_document, nlp, text):
    document = make_document(text)
    actions = extract_actions(split_sections(document, extract_items(document)), attendees=ATTENDEES, meeting=MEETING, nlp=nlp)
    read_action_statuses(document, actions)
    return actions


@pytest.mark.parametrize(
    ("cell", "status"),
    [
        ("Complete", "done"),
        ("Completed – letter sent in May", "done"),
        ("Done", "done"),
        ("CLOSED", "done"),
        ("Ongoing", "open"),
        ("In progress, awaiting a reply", "open"),
        ("c/f", "carried_forward"),
        ("C/F to June", "carried_forward"),
        ("Carried forward", "carried_forward"),
        ("Dropped", "dropped"),
        ("Withdrawn by the proposer", "dropped"),
        ("No longer required", "dropped"),
    ],
)
def test_status_cells(cell, status):
    assert status_of(cell) == status


@pytest.mark.parametrize("cell", ["", "-", "31 July", "Awaiting quotes", "Clerk to complete", "Opened 3 May?", "Donegal"])
def test_cells_that_state_no_status(cell):
    assert status_of(cell) is None


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        ("The Clerk has written to Highways (done).", "done"),
        ("Clerk to write to Highways (complete 12/05/31)", "done"),
        ("Cut back the hedge on Mill Lane – complete", "done"),
        ("Replace the bench [ongoing]", "open"),
        ("Survey the allotments - c/f", "carried_forward"),
        ("Done.", "done"),
        ("Status: carried forward.", "carried_forward"),
    ],
)
def test_status_beside_an_action(sentence, status):
    assert status_beside(sentence) == status


@pytest.mark.parametrize(
    "sentence",
    [
        "Clerk to complete the survey form.",
        "Members discussed the ongoing maintenance of the verges.",
        "The carried forward budget was noted.",
        "The footpath will remain open until June.",
        "Cllr Orchard to write to the school (see minute 5).",
        "The works are now complete on the east side of the green and the contractor has left.",
        "The Clerk – Mr Dunn – reported.",
    ],
)
def test_lookalikes_state_no_status(sentence):
    assert status_beside(sentence) is None


def test_strip_status_leaves_the_task():
    assert strip_status("Write to Highways (done)") == "Write to Highways"
    assert strip_status("Clerk to complete the survey form") == "Clerk to complete the survey form"


def test_action_log_with_a_status_column_in_minutes(make_document, nlp):
    text = (
        "#### 4. Action log\n\n"
        "Action\tOwner\tDue\tStatus\n"
        "Order the new noticeboard\tNO\t30 June 2031\tComplete\n"
        "Book the village hall for the fete\tFB\t31 July 2031\tOngoing\n"
        "Ask for a quote for the bus shelter\tClerk\t-\tc/f\n"
        "Write to the owner of the field\tFB\t-\tWithdrawn\n"
        "Repaint the railings\tNO\t-\t\n"
    )
    actions = _actions(make_document, nlp, text)
    assert [(a.text, a.owners, a.status) for a in actions] == [
        ("Order the new noticeboard", ["Nadia Orchard"], "done"),
        ("Book the village hall for the fete", ["Felix Brambley"], "open"),
        ("Ask for a quote for the bus shelter", ["Mark Dunn"], "carried_forward"),
        ("Write to the owner of the field", ["Felix Brambley"], "dropped"),
        ("Repaint the railings", ["Nadia Orchard"], "open"),
    ]


def test_action_log_as_a_document_of_its_own(make_document, nlp):
    text = (
        "Parish Council action log, updated 2 June 2031\n\n"
        "Minute\tAction\tOwner\tDue\tProgress\n"
        "31/12\tClear the ditch by the school\tClerk\t30 April 2031\tDone\n"
        "31/15\tConsult residents on the play area\tNO\t-\tCarried forward\n"
    )
    extraction = extract_document(make_document(text, name="action-log-2031-06-02.txt"))
    assert [(a.text, a.status) for a in extraction.actions] == [
        ("Clear the ditch by the school", "done"),
        ("Consult residents on the play area", "carried_forward"),
    ]


def test_an_action_table_without_a_status_column_stays_open(make_document, nlp):
    text = "#### 2. Actions\n\nAction\tOwner\tDue\nComplete the grant form\tNO\t1 June 2031\n"
    [action] = _actions(make_document, nlp, text)
    assert (action.text, action.status) == ("Complete the grant form", "open")


def test_status_words_written_beside_actions_in_prose(make_document, nlp):
    text = (
        "#### 5. Matters arising\n\n"
        "Cllr Orchard to write to the bus company (done).\n\n"
        "The Clerk to order two new litter bins – carried forward.\n\n"
        "Cllr Brambley to ask the landowner about the stile. Done.\n\n"
        "Cllr Orchard will complete the survey of the allotments.\n"
    )
    actions = _actions(make_document, nlp, text)
    statuses = {a.text.rstrip("."): a.status for a in actions}
    assert all("(done)" not in text and "forward" not in text for text in statuses)
    found = {text.split(" to ", 1)[-1].split(" will ", 1)[-1]: status for text, status in statuses.items()}
    assert found == {
        "write to the bus company": "done",
        "order two new litter bins": "carried_forward",
        "ask the landowner about the stile": "done",
        "complete the survey of the allotments": "open",
    }


def test_the_status_words_of_cells_and_reports_are_read_from_one_data_file():
    from minutebook.extract.action_status import status_beside, status_of
    from minutebook.extract.action_updates import update_status
    from minutebook.extract.status_words import STATUSES, cell_words, report_words

    assert all(cell_words(status) and report_words(status) for status in STATUSES)
    # A cell's word and a report's sentence, each read with its own list of the one file.
    assert status_of("Actioned 4 May") == "done" and status_beside("Order the bins (superseded).") == "dropped"
    assert update_status("the quote for the Hollin Lane gate was still awaited") == "open"
    assert update_status("the survey has been abandoned") == "dropped"
