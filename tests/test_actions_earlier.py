"""Earlier meetings' actions reviewed with their progress are updates, not new actions; "Agreed action:" labels."""

from __future__ import annotations

import datetime as dt

from minutebook.extract.action_updates import extract_action_updates, restates_earlier_action, reviews_earlier_actions
from minutebook.extract.actions import extract_actions
from minutebook.extract.items import extract_items, split_sections
from minutebook.extract.records import Attendee, Meeting

BODY = "Larkhill Residents Forum"
MEETING = Meeting(kind="minutes", body=BODY, date=dt.date(2031, 5, 6))
ATTENDEES = [
    Attendee(name="Nell Carver", role="Secretary"),
    Attendee(name="Owen Pask", role="Chair"),
    Attendee(name="Tilly Marsh", role="Treasurer"),
]


def _read(make_document, nlp, text):
    document = make_document(text)
    sections = split_sections(document, extract_items(document))
    actions = [(a.owners, a.text) for a in extract_actions(sections, attendees=ATTENDEES, meeting=MEETING, nlp=nlp)]
    updates = [(u.text, u.owner, u.status) for u in extract_action_updates(sections)]
    return actions, updates


def test_headings_over_earlier_actions():
    for title in ("Actions from the previous meeting", "Review of actions from last meeting", "Outstanding actions",
                  "Review actions / approve minutes of the previous meeting", "Action points from the last meeting"):
        assert reviews_earlier_actions(title), title
    for title in ("Actions arising from this meeting", "Action list summary", "Actions", "Matters arising",
                  "Review of actions agreed tonight", "Playground"):
        assert not reviews_earlier_actions(title), title


def test_an_entry_restates_an_earlier_action_by_its_number_a_tick_box_or_a_status():
    assert restates_earlier_action("Action 4.2: Secretary to write to the bus company. Closed.")
    assert restates_earlier_action("117.3 – Treasurer still chasing the bank.")
    assert restates_earlier_action("[x] (NC) Book the hall for the summer fair.")
    assert restates_earlier_action("Secretary to ask the landlord about the gate – done.")
    assert not restates_earlier_action("The Chair will ask the school about the crossing.")


def test_a_table_of_earlier_actions_with_progress_gives_updates_not_actions(make_document, nlp):
    text = (
        "#### 2. Actions from the previous meeting\n\n"
        "Action\tOwner\tProgress\n"
        "Write to the housing office about the lifts\tSecretary\tDone – reply received\n"
        "Get prices for new noticeboards\tTreasurer\tOngoing\n\n"
        "#### 3. Green space\n\n"
        "Action\tOwner\tUpdate\n"
        "Ask the parks team about the benches\tChair\tComplete\n"
    )
    actions, updates = _read(make_document, nlp, text)
    assert actions == []
    assert updates == [
        ("Write to the housing office about the lifts", "Secretary", "done"),
        ("Get prices for new noticeboards", "Treasurer", "open"),
        ("Ask the parks team about the benches", "Chair", "done"),
    ]


def test_a_matters_arising_action_log_with_a_status_column_holds_earlier_actions(make_document, nlp):
    text = (
        "#### 4. Matters arising / action log\n\n"
        "Action\tWho\tStatus\n"
        "Chase the council about the streetlight\tChair\tCarried forward\n"
    )
    actions, updates = _read(make_document, nlp, text)
    assert actions == []
    assert updates == [("Chase the council about the streetlight", "Chair", "carried_forward")]


def test_a_table_of_this_meetings_actions_still_gives_actions(make_document, nlp):
    text = (
        "#### 9. Actions arising from this meeting\n\n"
        "Action\tOwner\tStatus\n"
        "Order the new bins\tTreasurer\tOpen\n"
    )
    actions, updates = _read(make_document, nlp, text)
    assert actions == [(["Tilly Marsh"], "Order the new bins")]
    assert updates == []


def test_entries_under_earlier_actions_are_updates_and_a_new_task_there_is_kept(make_document, nlp):
    text = (
        "#### 2. Review of actions from the last meeting\n\n"
        "- Action 6.1: Secretary to contact the bus company about the timetable. Done.\n"
        "- Action 6.2: Chair to arrange a litter pick. Still outstanding.\n"
        "- The Treasurer will ask the bank about the new mandate.\n"
    )
    actions, updates = _read(make_document, nlp, text)
    assert actions == [(["Tilly Marsh"], "The Treasurer will ask the bank about the new mandate.")]
    assert [(words[:9], status) for words, _owner, status in updates][:2] == [
        ("Action 6.", "done"), ("Action 6.", "open"),
    ]


def test_agreed_action_labels_name_the_owner_and_task(make_document, nlp):
    text = (
        "#### 5. Hall\n\n"
        "The heating was discussed.\n\n"
        "Agreed action: Secretary to ask the caretaker about the boiler.\n\n"
        "ACTION AGREED – Chair to book the hall for the fair.\n\n"
        "The path was discussed. Agreed actions: Treasurer to pay the cleaning invoice.\n"
    )
    actions, _updates = _read(make_document, nlp, text)
    assert actions == [
        (["Nell Carver"], "Ask the caretaker about the boiler."),
        (["Owen Pask"], "Book the hall for the fair."),
        (["Tilly Marsh"], "Pay the cleaning invoice."),
    ]


def test_an_action_list_at_the_end_merges_with_the_same_task_in_the_item(make_document, nlp):
    text = (
        "#### 5. Hall\n\n"
        "Agreed action: Secretary to ask the caretaker about the boiler.\n\n"
        "#### 8. Action list summary\n\n"
        "Action\tOwner\n"
        "Ask the caretaker about the boiler\tSecretary\n"
    )
    actions, _updates = _read(make_document, nlp, text)
    assert actions == [(["Nell Carver"], "Ask the caretaker about the boiler")]


def test_a_numbered_action_list_merges_with_the_task_that_gives_its_number(make_document, nlp):
    text = (
        "#### 3. Website\n\n"
        "Owen Pask to ask the library for help with the pages (Action 7.2).\n\n"
        "#### 9. Actions\n\n"
        "No.\tDetail\tResp.\n"
        "7.1\tSend the newsletter to the printer\tSecretary\n"
        "7.2\tSeek volunteers to edit the web pages\tChair\n"
    )
    actions, _updates = _read(make_document, nlp, text)
    assert actions == [
        (["Nell Carver"], "Send the newsletter to the printer"),
        (["Owen Pask"], "Seek volunteers to edit the web pages"),
    ]


def test_a_decision_under_earlier_actions_is_no_update(make_document, nlp):
    text = (
        "#### 1. Review of actions from the meeting in March\n\n"
        "- Hall booking – done.\n"
        "- It was agreed that the notes would be put on the noticeboard.\n"
    )
    _actions, updates = _read(make_document, nlp, text)
    assert updates == [("Hall booking – done.", None, "done")]


def test_an_action_label_before_a_sentence_or_before_nothing(make_document, nlp):
    text = (
        "#### 6. Gate\n\n"
        "The gate has been broken for weeks.\n\n"
        "Agreed action: The Secretary will write to the parks service about the gate.\n\n"
        "Action: none.\n"
    )
    actions, _updates = _read(make_document, nlp, text)
    assert actions == [(["Nell Carver"], "The Secretary will write to the parks service about the gate.")]


def test_an_agreement_that_waits_or_asks_another_body_gives_no_task_to_that_body(make_document, nlp):
    text = (
        "#### 7. Lanes\n\n"
        "It was agreed that the Secretary would await the county's reply before going further.\n\n"
        "It was agreed that the Chair should wait for the survey results.\n\n"
        "The Treasurer will await the bank's letter.\n\n"
        "It was AGREED that the Police would be asked to patrol the lanes at night.\n\n"
        "It was agreed that the Chair would write to the bus company.\n"
    )
    actions, _updates = _read(make_document, nlp, text)
    assert actions == [
        ([BODY], "The Police would be asked to patrol the lanes at night."),
        (["Owen Pask"], "the Chair would write to the bus company."),
    ]


def test_an_action_log_one_entry_a_line_under_matters_arising(make_document, nlp):
    # A residents' group reviews its log under "Matters arising / Action log": one entry a line, each opening on the
    # minute that gave the action and closing on its status as a word of its own.
    text = (
        "Minutes of the Committee Meeting held on 12 March 2031\n\n1. Minutes\nAgreed as a true record.\n\n"
        "2. Matters arising / Action log\n"
        "14/01 Chair to write to the bus company about the timetable. Complete\n"
        "14/02 Treasurer to open the savings account. Ongoing\n"
        "14/03 NC to get quotes for the noticeboard. Carried forward\n\n"
        "3. Summer fair\nThe fair will be on 6 July.\n\n4. Footpaths\nThe path by the brook is overgrown.\n\n"
        "5. Correspondence\nNone.\n\n6. Date of next meeting\n9 April.\n"
    )
    actions, updates = _read(make_document, nlp, text)
    assert actions == []
    logged = [(u[0][:5], u[2]) for u in updates if u[0].startswith("14/")]
    assert logged == [("14/01", "done"), ("14/02", "open"), ("14/03", "carried_forward")]
    # Near miss: an entry wrapped on to a line that opens on a financial year ("2031/32") is still one entry.
    wrapped = text.replace(
        "14/02 Treasurer to open the savings account. Ongoing\n",
        "14/02 The Treasurer reported that the grant for\n2031/32 had been received and banked. Complete\n",
    )
    logged = [(u[0][:5], u[2]) for u in _read(make_document, nlp, wrapped)[1] if u[0][:2] in ("14", "20")]
    assert logged == [("14/01", "done"), ("14/02", "done"), ("14/03", "carried_forward")]
    assert reviews_earlier_actions("Matters Arising and Action List")
    assert reviews_earlier_actions("Matters arising – action log")
    # Near miss: a matters-arising paragraph whose lines open on no reference stays one entry.
    prose = (
        "1. Minutes\nAgreed.\n\n2. Matters arising\nThe Chair had written to the bus company\n"
        "about the timetable and a reply was awaited.\n\n3. Summer fair\nNothing to add.\n"
    )
    assert len(_read(make_document, nlp, prose)[1]) == 1
