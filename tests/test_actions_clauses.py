"""Tasks inside a longer sentence: a decision after a lead-in, a request put as a question, a commitment in
brackets, a second owner joined on, an officer's post as the subject a pronoun stands for."""

from __future__ import annotations

import datetime as dt

from minutebook.extract.actions import extract_actions
from minutebook.extract.items import extract_items, split_sections
from minutebook.extract.records import Attendee, Meeting

ATTENDEES = [
    Attendee(name="Wendy Marsh", surname="Marsh"),
    Attendee(name="Colin Fairweather", surname="Fairweather"),
    Attendee(name="Ruth Abbot", surname="Abbot", role="Clerk"),
]
MEETING = Meeting(kind="minutes", date=dt.date(2021, 3, 9), body="Lowmoor Parish Council")


def _actions(make_document, nlp, text):
    document = make_document(text)
    sections = split_sections(document, extract_items(document))
    return extract_actions(sections, attendees=ATTENDEES, meeting=MEETING, nlp=nlp)


def test_decision_after_a_lead_in_names_an_attendee_in_full(make_document, nlp):
    text = (
        "#### 4. Verges\n\n"
        "After a short discussion it was agreed that Wendy Marsh should write to the landowner about the verge.\n\n"
        "#### 5. Hall\n\n"
        "Following debate, it was resolved that Colin Fairweather contact the hall committee about the booking.\n"
    )
    actions = _actions(make_document, nlp, text)
    assert [(a.owners, a.item) for a in actions] == [(["Wendy Marsh"], "4"), (["Colin Fairweather"], "5")]
    assert actions[1].text.startswith("Colin Fairweather contact the hall committee")


def test_bare_verb_after_a_name_must_be_a_task(make_document, nlp):
    text = (
        "#### 6. Tree warden\n\n"
        "After discussion it was resolved that Wendy Marsh remain as tree warden for the year.\n"
    )
    assert _actions(make_document, nlp, text) == []


def test_request_put_as_a_question(make_document, nlp):
    text = (
        "#### 7. Lights\n\n"
        "The Clerk was asked if she would contact the owners of the cottages about the new lights.\n\n"
        "#### 8. Oak\n\n"
        "The Chairman asked Colin Fairweather whether he would be willing to inspect the oak by the pond.\n\n"
        "#### 9. Bid\n\n"
        "The Chairman asked Wendy Marsh if she would support the bid.\n"
    )
    actions = _actions(make_document, nlp, text)
    assert [(a.owners, a.item) for a in actions] == [(["Ruth Abbot"], "7"), (["Colin Fairweather"], "8")]
    assert "inspect the oak" in actions[1].text


def test_commitment_set_in_brackets(make_document, nlp):
    text = (
        "#### 10. Newsletter\n\n"
        "The spring issue will carry the budget (Cllr Marsh would secure a short piece from the school).\n\n"
        "#### 11. Cafe\n\n"
        "Nothing is known yet of a cafe in the new pavilion (Clerk to find out).\n"
    )
    actions = _actions(make_document, nlp, text)
    assert [(a.owners, a.text) for a in actions] == [
        (["Wendy Marsh"], "Cllr Marsh would secure a short piece from the school."),
        (["Ruth Abbot"], "Clerk to find out."),
    ]


def test_second_owner_joined_on_gets_an_action_of_their_own(make_document, nlp):
    text = (
        "#### 12. Fete\n\n"
        "Wendy Marsh will put a notice in the magazine, and Colin Fairweather will book the marquee.\n\n"
        "#### 13. Bins\n\n"
        "Colin Fairweather will check the bins and Wendy Marsh will also help.\n\n"
        "#### 14. Road\n\n"
        "Wendy Marsh will write to the county and the county will reply in May.\n"
    )
    actions = _actions(make_document, nlp, text)
    assert [(a.owners, a.text) for a in actions] == [
        (["Wendy Marsh"], "Wendy Marsh will put a notice in the magazine"),
        (["Colin Fairweather"], "Colin Fairweather will book the marquee."),
        (["Colin Fairweather"], "Colin Fairweather will check the bins and Wendy Marsh will also help."),
        (["Wendy Marsh"], "Wendy Marsh will write to the county and the county will reply in May."),
    ]


def test_second_owner_after_and_then_takes_the_next_step(make_document, nlp):
    text = (
        "#### 12. Bench\n\n"
        "Wendy Marsh will take off the old slats and paint the frame and then Colin Fairweather will fit the new seat.\n\n"
        "#### 13. Signs\n\n"
        "The Clerk will order the signs; then Wendy Marsh will put them up.\n"
    )
    actions = _actions(make_document, nlp, text)
    assert [(a.owners, a.text) for a in actions] == [
        (["Wendy Marsh"], "Wendy Marsh will take off the old slats and paint the frame"),
        (["Colin Fairweather"], "Colin Fairweather will fit the new seat."),
        (["Ruth Abbot"], "The Clerk will order the signs"),
        (["Wendy Marsh"], "Wendy Marsh will put them up."),
    ]


def test_pronoun_after_an_officer_post(make_document, nlp):
    text = (
        "#### 15. Monuments\n\n"
        "The Deputy CEO noted the damage to the statue. He undertook to review the memorial. "
        "He also undertook to arrange a survey of all monuments.\n"
    )
    actions = _actions(make_document, nlp, text)
    assert [a.owners for a in actions] == [["Deputy CEO"], ["Deputy CEO"]]
    assert actions[1].text == "He also undertook to arrange a survey of all monuments."


def test_same_owner_given_a_second_task_in_the_paragraph(make_document, nlp):
    text = (
        "#### 16. Accounts\n\n"
        "Colin Fairweather will look for the old ledger. Wendy Marsh requested that Colin Fairweather email the "
        "budget to every member.\n\n"
        "#### 17. Hedge\n\n"
        "Colin Fairweather will write to the owner about the hedge. It was asked that Colin Fairweather write to the "
        "owner about the hedge.\n"
    )
    actions = _actions(make_document, nlp, text)
    assert [(a.owners, a.item) for a in actions] == [
        (["Colin Fairweather"], "16"), (["Colin Fairweather"], "16"), (["Colin Fairweather"], "17"),
    ]
    assert "email the budget" in actions[1].text


def test_a_post_carrying_on_is_no_new_task(make_document, nlp):
    text = (
        "#### 18. Lights\n\n"
        "It was agreed that the Clerk would write to the owner of Rose Cottage, and that the Clerk would also "
        "continue trying to reach the owners of the other cottages.\n"
    )
    actions = _actions(make_document, nlp, text)
    assert [a.text for a in actions] == ["the Clerk would write to the owner of Rose Cottage"]


def test_attendance_of_first_names_only(make_document, nlp):
    document = make_document(
        "#### 2. General business\n\n"
        "- Oskar to chase the insurer about the renewal.\n"
        "- Petra and Lionel to consult the other clubs about a shared calendar.\n"
        "- Otto to fix the lock.\n"
    )
    sections = split_sections(document, extract_items(document))
    first_names = [Attendee(name=name) for name in ("Oskar", "Petra", "Lionel")]
    actions = extract_actions(sections, attendees=first_names, meeting=MEETING, nlp=nlp)
    assert [a.owners for a in actions] == [["Oskar"], ["Petra", "Lionel"]]


def test_a_commitment_that_goes_on_to_report_back_is_a_task_whatever_its_first_verb(make_document, nlp):
    text = (
        "#### 5. Hall\n\nA wall by the kitchen door was put forward as the place for a second notice board.\n\n"
        "Colin Fairweather will consider the wall and the cost of fixings and report back.\n\n"
        "#### 6. Park\n\nMembers were unsure whether the play area's gate closes by itself as it should.\n\n"
        "Staff will verify the gate and report back.\n\n"
        "#### 7. Trees\n\nThe draft tree ordinance was discussed at length by the board tonight.\n\n"
        "Staff will then redraft the tree rules with the board's changes and bring them back in May.\n\n"
        # Near misses: weighing a matter with no report after it, and an outsider's report to someone else.
        "#### 8. Bench\n\nA resident has asked for a bench near the pond in memory of her father.\n\n"
        "Colin Fairweather will consider the request.\n"
    )
    assert [action.owners for action in _actions(make_document, nlp, text)] == [["Colin Fairweather"], ["Staff"], ["Staff"]]
