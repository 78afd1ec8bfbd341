"""Actions whose owners are initials the attendance list defines, a group, or several people, and markers
printed in the same bold as item titles."""

from __future__ import annotations

import datetime as dt

from minutebook.extract.actions import extract_actions
from minutebook.extract.items import extract_items, split_sections
from minutebook.extract.records import Attendee, Meeting

ATTENDEES = [
    Attendee(name="Rhona Tate", surname="Tate"),
    Attendee(name="Gareth Pym", surname="Pym"),
    Attendee(name="Olwen Marsh", surname="Marsh", role="Treasurer"),
    Attendee(name="Keith Byers", surname="Byers"),
]
MEETING = Meeting(kind="minutes", date=dt.date(2019, 5, 7), next_meeting=dt.date(2019, 6, 4))


def _actions(make_document, nlp, text, attendees=ATTENDEES):
    document = make_document(text)
    sections = split_sections(document, extract_items(document))
    return extract_actions(sections, attendees=attendees, meeting=MEETING, nlp=nlp, document_text=document.text)


def test_bold_marker_lines_set_as_headings_own_the_paragraph_before(make_document, nlp):
    text = (
        "#### 1. Minutes of the last meeting\n\n"
        "1.1 The minutes were accepted and are to go on the noticeboard.\n\n"
        "#### ACTION: RT\n\n"
        "#### 2. Hall roof\n\n"
        "2.1 Two quotes were tabled and it was agreed to ask a third firm to quote.\n\n"
        "#### ACTION: GP/VOLUNTEERS\n\n"
        "#### 3. Action Plan Update\n\n"
        "The plan was noted.\n"
    )
    actions = _actions(make_document, nlp, text)
    # "1.1 …" under item 1 is the item's numbered part (extract/outline.py), so the action sits in it.
    assert [(a.item, a.owners, a.owner_as_written) for a in actions] == [
        ("1.1", ["Rhona Tate"], "RT"),
        ("2.1", ["Gareth Pym", "Volunteers"], "GP/VOLUNTEERS"),
    ]
    assert "noticeboard" in actions[0].text
    assert "third firm" in actions[1].text


def test_bold_marker_heading_with_a_name(make_document, nlp):
    text = (
        "#### 4. Footpaths\n\n"
        "The stile near the ford is broken and the landowner should be told.\n\n"
        "#### Action: Keith Byers\n"
    )
    (action,) = _actions(make_document, nlp, text)
    assert action.owners == ["Keith Byers"]
    assert "stile" in action.text


def test_initials_with_the_start_of_a_surname_declared_across_a_line_break(make_document, nlp):
    attendees = [
        Attendee(name="Bethan Howell", surname="Howell"),
        Attendee(name="Bryn Hughes", surname="Hughes"),
        Attendee(name="Sian Roper", surname="Roper"),
    ]
    text = (
        "Present: Bethan Howell (BHow), Sian Roper (SR), Bryn Hughes\n(BHug)\n\n"
        "#### 1. Noticeboard\n\n"
        "The glass is cracked and a new panel is needed before the summer.\n\n"
        "ACTION: BHug\n\n"
        "#### 2. Litter picks\n\n"
        "A spring litter pick will be organised with the school.\n\n"
        "ACTION: Bhow/SR\n"
    )
    actions = _actions(make_document, nlp, text, attendees)
    assert [(a.item, a.owners) for a in actions] == [
        ("1", ["Bryn Hughes"]),
        ("2", ["Bethan Howell", "Sian Roper"]),
    ]


def test_mixed_case_initials_must_match_the_name(make_document, nlp):
    from minutebook.extract.owners import declared_initials

    attendees = [Attendee(name="Bethan Howell", surname="Howell"), Attendee(name="Tomos Lake", surname="Lake")]
    found = declared_initials("Present: Bethan Howell (BHow), Tomos Lake (TRo)", attendees)
    assert found == {"BHow": "Bethan Howell"}


def test_a_decision_label_in_capitals_is_no_owner(make_document, nlp):
    text = (
        "#### 5. Publicity\n\n"
        "RT said few people knew the hall was a charity. AGREED that we would ask the paper for a feature.\n\n"
        "#### 6. Kitchen\n\n"
        "NOTED that we would need a new cooker within the year.\n"
    )
    assert all(a.owner_as_written not in {"AGREED", "NOTED"} for a in _actions(make_document, nlp, text))


def test_a_list_of_initials_before_to_owns_the_task_together(make_document, nlp):
    text = (
        "Present: Rhona Tate (RT), Gareth Pym (GP), Keith Byers (KB)\n\n"
        "#### 7. Boundary\n\n"
        "RT, GP and KB to walk the boundary before the next meeting.\n\n"
        "#### 8. Bins\n\n"
        "The bins by the shop overflow, GP and KB to ask for a larger one.\n"
    )
    actions = _actions(make_document, nlp, text)
    assert [(a.item, a.owners) for a in actions] == [
        ("7", ["Rhona Tate", "Gareth Pym", "Keith Byers"]),
        ("8", ["Gareth Pym", "Keith Byers"]),
    ]


def test_a_post_that_should_be_employed_has_no_task_but_one_that_should_be_asked_has(make_document, nlp):
    text = (
        "#### 9. Staffing\n\n"
        "RESOLVED: That the Assistant Treasurer should be employed for ten hours a week.\n\n"
        "#### 10. Signs\n\n"
        "RESOLVED: That the Treasurer should be asked to order two new signs.\n"
    )
    actions = _actions(make_document, nlp, text)
    assert [(a.item, a.owners) for a in actions] == [("10", ["Olwen Marsh"])]


def test_an_outside_timetable_is_no_task_but_an_attendee_starting_work_is(make_document, nlp):
    text = (
        "#### 11. Play area\n\n"
        "Fernside Groundworks will start on 5 May and expect to finish within three weeks.\n\n"
        "The carol service would begin as usual at 6pm.\n\n"
        "Keith Byers will start the tree survey next week.\n"
    )
    actions = _actions(make_document, nlp, text)
    assert [a.owners for a in actions] == [["Keith Byers"]]


def test_an_event_resuming_or_reopening_is_a_timetable_but_an_attendee_restarting_work_is_a_task(make_document, nlp):
    text = (
        "#### 11. Events\n\n"
        "Riverside Movie Nights will resume from mid-May through Labor Day on Friday nights.\n\n"
        "The splash pad would reopen on 1 June after repairs.\n\n"
        "Keith Byers will restart the hedge survey in April.\n"
    )
    actions = _actions(make_document, nlp, text)
    assert [a.owners for a in actions] == [["Keith Byers"]]


def test_a_marker_after_a_commitment_adds_the_others_who_act_on_it(make_document, nlp):
    text = (
        "Present: Rhona Tate (RT), Gareth Pym (GP), Keith Byers (KB)\n\n"
        "#### 12. Forum\n\n"
        "Gareth agreed to attend the county forum in June.\n\n"
        "ACTION: GP/KB\n\n"
        "#### 13. Accounts\n\n"
        "RT will pay the invoice. GP will file the receipt.\n\n"
        "ACTION: RT/GP\n"
    )
    actions = _actions(make_document, nlp, text)
    assert [(a.item, a.owners) for a in actions] == [
        ("12", ["Gareth Pym", "Keith Byers"]),
        ("13", ["Rhona Tate"]),
        ("13", ["Gareth Pym"]),
    ]


def test_a_minute_reference_before_the_owner_is_no_part_of_it(make_document, nlp):
    attendees = [*ATTENDEES, Attendee(name="Nia Clwyd", surname="Clwyd", title="PCSO")]
    text = (
        "#### 4. Matters arising\n\n"
        "4.14iii) PCSO Clwyd would look into the parking on the bend.\n\n"
        "4.15) Keith Byers would ask the school about the crossing.\n"
    )
    actions = _actions(make_document, nlp, text, attendees)
    assert [a.owners for a in actions] == [["Nia Clwyd"], ["Keith Byers"]]
    assert actions[0].text.endswith("parking on the bend.")


def test_a_decimal_minute_number_before_the_owner_is_no_part_of_it(make_document, nlp):
    text = (
        "Present: Rhona Tate (RT), Gareth Pym (GP)\n\n"
        "#### 4. Chair's report\n\n"
        "4.3 RT was asked to write a letter of thanks to the donor.\n"
    )
    (action,) = _actions(make_document, nlp, text)
    assert action.owners == ["Rhona Tate"]


def test_plans_of_someone_not_at_the_meeting_are_no_task(make_document, nlp):
    text = (
        "#### 6. Play area\n\n"
        "Mr Dai Rowlands would be carrying out the clearance work at the play area in the near future.\n\n"
        "Keith Byers will be contacting the allotment holders about the water supply.\n"
    )
    actions = _actions(make_document, nlp, text)
    assert [a.owners for a in actions] == [["Keith Byers"]]
