"""Actions from short inline minutes: marker lines, prose commitments, owners and due dates."""

from __future__ import annotations

import datetime as dt

import pytest

from minutebook.extract.actions import extract_actions, has_task_words
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
        "#### 66. Verge Cutting\n\n"
        "It was agreed that a costed verge plan come back to the next meeting of the Board.\n\n"
        "Action - Dean Carter\n"
    )
    (action,) = _actions(make_document, nlp, text)
    assert action.owners == ["Dean Carter"]
    assert action.owner_as_written == "Dean Carter"
    assert "costed verge plan" in action.text
    assert action.item == "66"
    assert action.due == dt.date(2014, 10, 14)


def test_initials_line_and_truncated_second_owner(make_document, nlp):
    text = (
        "#### 3.3 Complaints log\n\nTH asked that the log go to every ward councillor.\n\nPP\n\n"
        "#### 3.4 Market\n\nTH has a letter from the traders. TH and LB met them on Friday.\n\nTH/L\n"
    )
    actions = _actions(make_document, nlp, text)
    assert [(a.item, a.owners, a.owner_as_written) for a in actions] == [
        ("3.3", ["Priya Patel"], "PP"),
        ("3.4", ["Tom Hughes", "Laura Bennett"], "TH/L"),
    ]
    assert actions[0].text == "TH asked that the log go to every ward councillor."


def test_prose_commitments(make_document, nlp):
    text = (
        "#### 7. Other matters\n\n"
        "Dean Carter, Parks Manager gave an update.\n\n"
        "Members asked if the signs were bilingual. Mr Carter said that he would check and let Members know.\n\n"
        "PP will e-mail the slides round after the meeting.\n\n"
        "TH said that he will be visiting the county forum on 15 December to raise the issue.\n\n"
        "Ms Grey invited clubs to volunteer and offered to visit any club that asked.\n\n"
        "A review of the rota was requested. TH said that Northshire Police are taking this forward.\n"
    )
    actions = _actions(make_document, nlp, text)
    assert [(a.owners, a.owner_as_written) for a in actions] == [
        (["Dean Carter"], "Mr Carter"),
        (["Priya Patel"], "PP"),
        (["Tom Hughes"], "TH"),
        (["Ms Grey"], "Ms Grey"),
        (["Northshire Police"], "Northshire Police"),
    ]
    assert actions[2].due == dt.date(2014, 12, 15)
    assert "rota" in actions[4].text  # the sentence "this" refers to


def test_marker_after_a_prose_commitment_gives_one_action(make_document, nlp):
    text = (
        "#### 7. Other matters\n\n"
        "TH asked for a debate at the Executive. PP will add it to the agenda for the March meeting.\n\n"
        "PP\n\n"
        "TH and LB will go through the letter together.\n\nTH/L\n"
    )
    actions = _actions(make_document, nlp, text)
    assert [a.owners for a in actions] == [["Priya Patel"], ["Tom Hughes", "Laura Bennett"]]


def test_post_in_an_agreed_list_agency_and_due_by_end_of_year(make_document, nlp):
    text = (
        "#### 73. Tree Survey\n\nThe Committee agreed to:\n\n"
        "- (a) fell the two diseased oaks\n"
        "- (b) the Chairman of the Committee writing to the landowner to explain the decision\n\n"
        "#### 74. Training\n\nThe Parks Team would take this work forward by the end of the year.\n"
    )
    actions = _actions(make_document, nlp, text)
    assert [(a.item, a.owners) for a in actions] == [
        ("73", ["Chairman of the Committee"]),
        ("74", ["Parks Team"]),
    ]
    assert actions[1].due == dt.date(2014, 12, 31)


def test_action_table_rows_and_owner_opening_a_sentence(make_document, nlp):
    text = (
        "#### 2. Action log\n\n"
        "Action\tOwner\tDue\n"
        "Circulate the draft charter\tPP\t30 June 2014\n"
        "Book the hall\tTH\tend of July\n\n"
        "#### 3. Other matters\n\n"
        "LB to send round the photographs.\n\n"
        "Officers to look again at the charges.\n"
    )
    actions = _actions(make_document, nlp, text)
    assert [(a.item, a.text, a.owners, a.due) for a in actions] == [
        ("2", "Circulate the draft charter", ["Priya Patel"], dt.date(2014, 6, 30)),
        ("2", "Book the hall", ["Tom Hughes"], dt.date(2014, 7, 31)),
        ("3", "LB to send round the photographs.", ["Laura Bennett"], None),
    ]


def test_inline_action_marker_at_paragraph_end(make_document, nlp):
    text = "#### 4. Market Stalls\n\nThe traders want a review of pitch fees. Action: LP\n"
    (action,) = _actions(make_document, nlp, text)
    assert (action.owners, action.text) == (["Liam Price"], "The traders want a review of pitch fees.")


def test_lookalikes_are_not_actions(make_document, nlp):
    text = (
        "#### 2. Publicity\n\n"
        "It was suggested that a leaflet go to every household.\n\n"
        "Members suggested that the Board try the free parish magazine.\n\n"
        "TH said that spending was on track and PP agreed with him.\n\n"
        "LB said that the leaflet will be sent to the printers next week.\n\n"
        "Members will see the proofs in February.\n\n"
        "PP said that the County Trust will be consulting in January.\n\n"
        "Mr Carter undertook to brief the wardens; these briefings took place in May.\n\n"
        "TH presented the spending figures.\n"
    )
    assert _actions(make_document, nlp, text) == []


def test_action_heading_is_not_a_marker(make_document, nlp):
    text = "#### 5. Plans\n\nThe officer outlined the plan.\n\nAction Plan Update\n\nMembers noted the plan.\n"
    assert _actions(make_document, nlp, text) == []


def test_acronym_alone_on_a_line_is_not_an_owner(make_document, nlp):
    text = "#### 5. Litter\n\nThe figures showed fewer reports.\n\nASB\n\nNoise complaints went up.\n"
    assert _actions(make_document, nlp, text) == []


def test_initials_after_the_last_full_stop(make_document, nlp):
    text = "#### 6. Hall hire\n\nThe hire charges are to be checked against other halls. LB\n\nThe figures rose. ASB\n"
    actions = _actions(make_document, nlp, text)
    assert [(a.owners, a.text) for a in actions] == [
        (["Laura Bennett"], "The hire charges are to be checked against other halls.")
    ]


def test_pronoun_speaker_first_name_and_agency_commitments(make_document, nlp):
    text = (
        "#### 8. Youth Work\n\n"
        "(1) Detective Inspector Omar Reyes, head of the youth team, gave a talk.\n\n"
        "(2) Omar undertook to write guidance for schools before the summer.\n\n"
        "Inspector Vale reported that demand was rising. He said that he would ask the college for more staff.\n\n"
        "TH said that Northshire Police would share its street profile with the health team.\n\n"
        "PP said that the Health Trust would welcome a partner on its new group.\n"
    )
    people = ATTENDEES + [Attendee(name="Inspector Vale", surname="Vale", title="Inspector")]
    actions = _actions(make_document, nlp, text, attendees=people)
    assert [(a.owners, a.owner_as_written) for a in actions] == [
        (["Omar Reyes"], "Omar"),
        (["Inspector Vale"], "Inspector Vale"),
        (["Northshire Police"], "Northshire Police"),
    ]


def test_action_log_after_the_close_keeps_one_action_per_task(make_document, nlp):
    text = (
        "ABC/18/18 Police report\n\n"
        "PCSO Grant agreed to share the speed results with the highways team by the end of July.\n\n"
        "ABC/18/19 Date of next meeting\n\nThursday 27 September 2018.\n\n"
        "The meeting closed at 8.40pm.\n\n"
        "#### Action log\n\n"
        "Minute\tAction\tOwner\tDue\n"
        "ABC/18/18\tShare the speed results with the highways team\tPCSO Grant\t31 July 2018\n"
        "ABC/18/19\tBook the hall\tTown Clerk\t-\n"
    )
    people = [
        Attendee(name="Ed Grant", surname="Grant", title="PCSO"),
        Attendee(name="Mark Dunn", surname="Dunn", role="Town Clerk"),
    ]
    document = make_document(text)
    assert [i.number for i in extract_items(document)] == ["ABC/18/18", "ABC/18/19"]
    actions = _actions(make_document, nlp, text, attendees=people)
    assert [(a.item, a.text, a.owners, a.due) for a in actions] == [
        ("ABC/18/18", "Share the speed results with the highways team", ["Ed Grant"], dt.date(2018, 7, 31)),
        ("ABC/18/19", "Book the hall", ["Mark Dunn"], None),
    ]


def test_action_line_with_two_owners_and_a_task(make_document, nlp):
    text = "#### 4. Market\n\nAction: Sgt Abara and Laura Bennett to arrange a joint patrol on a market day.\n"
    people = ATTENDEES + [Attendee(name="Lucy Abara", surname="Abara", title="Sgt")]
    (action,) = _actions(make_document, nlp, text, attendees=people)
    assert (action.owners, action.text) == (["Lucy Abara", "Laura Bennett"], "Arrange a joint patrol on a market day.")


def test_sentence_by_sentence_matching_finds_what_the_whole_paragraph_gives(nlp):
    from minutebook.extract.actions import _commitments_by_sentence, load_action_rules
    from minutebook.extract.nlp import parse_text

    rules = load_action_rules(nlp)
    assert rules.in_sentence is not None and rules.across_sentences is not None
    # Repeated sentences, a commitment in each, and one ("would be attending … to") that runs past a full stop.
    text = (
        "KW will send the report. Mr Smith said that he would be attending the forum. "
        "He offered to write to the Police. KW will send the report. The Police are taking this forward."
    )
    doc = parse_text(nlp, text)
    whole: dict[int, list[tuple[str, int]]] = {}
    for match_id, start, _ in rules.matcher(doc):
        whole.setdefault(doc[start].sent.start, []).append((nlp.vocab.strings[match_id], start))
    expected = {start: tuple(sorted(found, key=lambda match: match[1])) for start, found in whole.items()}
    assert any(label == "PLAN" for found in expected.values() for label, _ in found)
    assert _commitments_by_sentence(text, rules, nlp) == expected


COUNCILLORS = [
    Attendee(name="Owen Rees", surname="Rees", title="Councillor"),
    Attendee(name="Alun Morgan", surname="Morgan", title="Councillor"),
    Attendee(name="Wyn Lloyd", surname="Lloyd", title="Councillor"),
]


def test_owner_column_printed_at_the_paragraph_end(make_document, nlp):
    text = (
        "#### 4. Matters Arising\n\n"
        "4.5iv) The identification of common land in the village was still ongoing. Clerk\n\n"
        "Cllr. O. Rees would send a letter outlining the objections to the county. Cllr. O. Rees\n\n"
        "Councillors were asked to consider other ways to support the community. ALL\n\n"
        "The return to be signed by the Chairperson and submitted to the auditors. Cllr. O. Rees/Clerk\n\n"
        "The bank statement dated 01/06/2031 gave a balance of £400.00. Noted\n\n"
        "5. Payments\n\n"
        "iv) Mrs J. Price, Clerk’s salary June, Chq No 1201 £400.00\n"
    )
    actions = _actions(make_document, nlp, text, attendees=COUNCILLORS)
    assert [(a.owners, a.text) for a in actions] == [
        (["J Price"], "4.5iv) The identification of common land in the village was still ongoing."),
        (["Owen Rees"], "Cllr. O. Rees would send a letter outlining the objections to the county."),
        (["ALL"], "Councillors were asked to consider other ways to support the community."),
        (["Owen Rees", "J Price"], "The return to be signed by the Chairperson and submitted to the auditors."),
    ]


def test_post_holder_named_in_the_minutes_and_compound_owner(make_document, nlp):
    text = (
        "#### 9. Standing Orders\n\n"
        "Cllr. A. Morgan and the Clerk to review the Standing Orders.\n\n"
        "#### 10. Close\n\n"
        "Clerk: Mrs Ann Hale\n\n"
        "Mr Bowen, Clerk to action the fencing repairs at the play area.\n"
    )
    actions = _actions(make_document, nlp, text, attendees=COUNCILLORS)
    assert [(a.owners, a.text) for a in actions][:1] == [
        (["Alun Morgan", "Ann Hale"], "Cllr. A. Morgan and the Clerk to review the Standing Orders."),
    ]


def test_decision_that_gives_a_task(make_document, nlp):
    text = (
        "#### 7. Street Lighting\n\n"
        "RESOLVED: That the Clerk should contact the county about a solar light, that the old lamp is removed\n\n"
        "#### 8. Generator\n\n"
        "RESOLVED: That Councillor Lloyd has kindly agreed to take on the storing of the petrol for the generator\n\n"
        "#### 9. Road Signs\n\n"
        "It was agreed that the Meetings Administrator would seek an update from the roads section.\n\n"
        "#### 10. Minutes\n\nRESOLVED: That the minutes are approved\n\n"
        "Clerk: Mrs Ann Hale\n"
    )
    actions = _actions(make_document, nlp, text, attendees=COUNCILLORS)
    assert [(a.owners, a.text) for a in actions] == [
        (["Ann Hale"], "the Clerk should contact the county about a solar light"),
        (["Wyn Lloyd"], "Councillor Lloyd has kindly agreed to take on the storing of the petrol for the generator"),
        (["Meetings Administrator"], "the Meetings Administrator would seek an update from the roads section."),
    ]


def test_motion_that_authorises_a_post_holder(make_document, nlp):
    text = (
        "#### 6. Resolutions\n\n"
        "THAT we authorize the Mayor to sign a letter requesting a review of the ambulance boundaries. Carried.\n\n"
        "#### 7. Delegations\n\n"
        "Mayor Ruth Brook read a prepared statement. Mayor Brook thanked the volunteers.\n"
    )
    (action,) = _actions(make_document, nlp, text, attendees=[])
    assert action.owners == ["Ruth Brook"]
    assert action.text.startswith("THAT we authorize the Mayor to sign a letter")


def test_subject_across_but_a_pronoun_after_a_named_speaker_and_a_dash(make_document, nlp):
    text = (
        "#### 3. Roads\n\n"
        "Supervisor Ann Vogel is unsure of the tonnage of the bridge but will research.\n\n"
        "Photos of the weeds are on the county site under the record number -- Ben Ortiz will send the number to "
        "the clerk.\n\n"
        "#### 4. Speed Vans\n\n"
        "Chief Superintendent Hale said the sites were reviewed yearly. He agreed to look at the location of the "
        "vans near the school.\n\n"
        "He will be retiring next year.\n"
    )
    actions = _actions(make_document, nlp, text, attendees=[])
    assert [(a.owner_as_written, a.text) for a in actions] == [
        ("Supervisor Ann Vogel", "Supervisor Ann Vogel is unsure of the tonnage of the bridge but will research."),
        ("Ben Ortiz", "Photos of the weeds are on the county site under the record number -- Ben Ortiz will send the "
         "number to the clerk."),
        ("Chief Superintendent Hale", "He agreed to look at the location of the vans near the school."),
    ]


def test_a_pronoun_after_a_run_in_title_is_the_speaker_not_the_title(make_document, nlp):
    # HOA and association minutes open a paragraph on its topic and a dash; "she" is the one who spoke after it.
    text = (
        "#### 5. Old Business\n\n"
        "Gutter Damage Charge – The manager said a bill went out to the owner of lot 12 last week. She will "
        "tell the directors whether it is paid.\n\n"
        "Gate Repairs – Laura Bennett stated the gate was broken again. She will contact the contractor.\n\n"
        "Tom Hughes – The footpath lights are out again. He will report them to the county.\n"
    )
    actions = _actions(make_document, nlp, text)
    assert [(a.owners, a.owner_as_written) for a in actions] == [
        (["Laura Bennett"], "Laura Bennett"), (["Tom Hughes"], "Tom Hughes"),
    ]


def test_owners_after_a_run_in_label_ending_on_a_colon_and_a_dash(make_document, nlp):
    # HOA minutes write a committee or topic label, a colon and a dash before the report: "Roads: – …".
    text = (
        "#### 6. New Business\n\n"
        "Next Year's Dues: – Tom and Laura will draft the dues schedule.\n\n"
        "Playground Mulch: – Priya is to get a price for two loads of bark chips.\n\n"
        "Dam: – The contractor will start on 5 May.\n\n"
        "Horses: – No report.\n"
    )
    actions = _actions(make_document, nlp, text)
    assert [a.owners for a in actions] == [["Tom Hughes", "Laura Bennett"], ["Priya Patel"]]
    assert actions[1].text == "Playground Mulch: – Priya is to get a price for two loads of bark chips."


def test_agenda_nouns_are_no_owners(make_document, nlp):
    text = (
        "#### 7. Hearings\n\n"
        "Public Hearing to consider a recommendation to approve a parcel map for the north lot.\n\n"
        "Zoning Update to replace the sign rules adopted in the spring.\n\n"
        "Town Clerk to post the notice of the hearing.\n"
    )
    actions = _actions(make_document, nlp, text, attendees=[])
    assert [a.owner_as_written for a in actions] == ["Town Clerk"]


def test_will_after_and_in_a_reported_clause_is_no_commitment(make_document, nlp):
    text = (
        "#### 2. Partner Updates\n\n"
        "LB said that the summer play scheme will start on 23 July and will run in four villages.\n"
    )
    assert _actions(make_document, nlp, text) == []


def test_a_label_or_a_date_before_the_verb_is_no_owner(make_document, nlp):
    text = (
        "#### 9. Events\n\n"
        "On Friday the Harbour Singers will be playing at the hall from 7 p.m.\n\n"
        "Commissioner Vale: Request to meet with the City Attorney about the bylaws.\n\n"
        "Answer: To clarify, the commissions remain advisory.\n"
    )
    assert _actions(make_document, nlp, text, attendees=[]) == []


def test_directions_to_staff_with_a_deadline(make_document, nlp):
    text = (
        "#### 11. Staff Directions\n\n"
        "1. The Town Manager was directed to bring back a costed plan for the pool by 1 September 2014.\n"
        "2. The Finance Director is authorized to open a reserve account for the hall repairs.\n"
    )
    actions = _actions(make_document, nlp, text, attendees=[])
    assert [(a.owner_as_written, a.due) for a in actions] == [
        ("The Town Manager", dt.date(2014, 9, 1)),
        ("The Finance Director", None),
    ]


def test_task_asked_for_in_a_that_clause(make_document, nlp):
    text = (
        "#### 5. Storage\n\n"
        "Supervisor Dale requests that Clerks Ann Lowe and Lyn Marsh bring examples and costs of a cabinet to the "
        "December meeting.\n\n"
        "Members asked that the Clerk write to the bus company about the timetable.\n\n"
        "Members asked that the report be circulated again.\n"
    )
    actions = _actions(make_document, nlp, text, attendees=[Attendee(name="Ann Lowe"), Attendee(name="Lyn Marsh")])
    assert [a.owner_as_written for a in actions] == ["Clerks Ann Lowe and Lyn Marsh", "the Clerk"]
    assert [owner.split()[-1] for owner in actions[0].owners] == ["Lowe", "Marsh"]
    assert actions[1].text == "Members asked that the Clerk write to the bus company about the timetable."


def test_post_written_in_lower_case_owns_the_task(make_document, nlp):
    text = (
        "#### 5. Correspondence\n\n"
        "County Association - Standing Orders - clerk to photocopy them for members.\n\n"
        "#### 6. Hedge\n\n"
        "The hedge is cut and the clerk was instructed to write and thank the contractor.\n\n"
        "#### 7. Verges\n\n"
        "Highways - treasurer to pay the contractor once the work is signed off.\n"
    )
    # No attendance list: the post itself is the owner.
    actions = _actions(make_document, nlp, text, attendees=[])
    assert [(a.item, a.owners) for a in actions] == [("5", ["Clerk"]), ("6", ["Clerk"]), ("7", ["Treasurer"])]


def test_lower_case_words_before_to_are_no_owner(make_document, nlp):
    # Lookalikes: a lower-case noun before "to", and "clerk" inside a longer phrase.
    text = (
        "#### 5. Correspondence\n\n"
        "Village hall - plans to extend the car park were noted.\n\n"
        "#### 6. Staffing\n\n"
        "The training for the new clerk was instructed to be booked by the county.\n"
    )
    assert _actions(make_document, nlp, text, attendees=[]) == []


def test_deferring_to_someone_is_no_commitment(make_document, nlp):
    # "will defer to" gives way to another's view, as "will support" does; a task in the same section stays.
    text = (
        "#### 5. Ballot question\n\n"
        "Councilmember Hughes stated he will defer to the City Attorney on the wording.\n\n"
        "Ms Patel said she would defer to the Chair.\n\n"
        "PP will e-mail the final wording to members.\n"
    )
    actions = _actions(make_document, nlp, text)
    assert [(a.owners, a.owner_as_written) for a in actions] == [(["Priya Patel"], "PP")]


BODY_MEETING = Meeting(kind="minutes", body="Fernley Parish Council", date=dt.date(2014, 7, 8))


def test_the_meetings_own_body_owns_its_task(make_document, nlp):
    document = make_document(
        "#### 4. Highways\n\n"
        "Potholes were reported on Quarry Lane. The Parish Council will write to the highway authority about them.\n\n"
        "#### 5. Play area\n\n"
        "Council to obtain two further quotes for the new fencing.\n\n"
        "#### 6. Church\n\n"
        "The PC will explore ways of helping with the roof appeal.\n\n"
        "#### 7. Parking\n\n"
        "Highways will be asked whether bays are possible and the Parish Council will seek other ideas for parking.\n"
    )
    sections = split_sections(document, extract_items(document))
    actions = extract_actions(sections, attendees=ATTENDEES, meeting=BODY_MEETING, nlp=nlp)
    assert [(a.item, a.owners, a.owner_as_written) for a in actions] == [
        ("4", ["Fernley Parish Council"], "The Parish Council"),
        ("5", ["Fernley Parish Council"], "Council"),
        ("6", ["Fernley Parish Council"], "The PC"),
        ("7", ["Fernley Parish Council"], "the Parish Council"),
    ]
    assert "write to the highway authority" in actions[0].text


def test_a_body_stating_a_stance_or_another_body_is_no_task(make_document, nlp):
    document = make_document(
        "#### 4. Appeal\n\n"
        "RESOLVED: That the Council will await the outcome of the appeal.\n\n"
        "The Parish Council would not object to the extension.\n\n"
        "The Borough Council will empty the new litter bin each week.\n\n"
        "Mrs Hale asked that the Parish Council consider a grant towards the hall roof.\n\n"
        "The Council will reserve the right to let the allotments to anyone.\n\n"
        "Residents voiced the hope that the Parish Council would take a firm line with the developer.\n\n"
        "The Chair said that if it were a parish matter, the Council would certainly do so.\n\n"
        "The district had asked the Parish Council to take on the verges.\n\n"
        "The church has requested that the Parish Council contributes to the roof fund.\n\n"
        "The Parish Council would still need a debit card for such payments.\n"
    )
    sections = split_sections(document, extract_items(document))
    assert extract_actions(sections, attendees=ATTENDEES, meeting=BODY_MEETING, nlp=nlp) == []
    # With no body named for the meeting, "the Council" stays no owner.
    document = make_document("#### 4. Highways\n\nThe Council will write to the highway authority about the potholes.\n")
    sections = split_sections(document, extract_items(document))
    assert extract_actions(sections, attendees=ATTENDEES, meeting=MEETING, nlp=nlp) == []


def test_he_or_she_is_the_person_named_after_a_run_in_title(make_document, nlp):
    text = (
        "#### 8. Other matters\n\n"
        "Drainage - Mr Price advised that the smell in Mill Road had eased. He will monitor the situation.\n\n"
        "Laura Bennett reported that the hedge had grown back. She will contact the landowner.\n\n"
        "Rowan School Crossing - as the road does not meet the criteria, a patrol was not possible. "
        "She will report to the next meeting.\n"
    )
    actions = _actions(make_document, nlp, text)
    assert [(a.owners, a.owner_as_written) for a in actions] == [
        (["Liam Price"], "Mr Price"),
        (["Laura Bennett"], "Laura Bennett"),
    ]
    assert actions[0].text.endswith("He will monitor the situation.")


def test_initials_declared_in_the_attendance_and_tagged_at_line_ends(make_document, nlp):
    attendees = [Attendee(name="Robert Vane", surname="Vane"), Attendee(name="Iris Okafor", surname="Okafor")]
    document = make_document(
        "Present: Cllr Robert Vane (BV), Cllr Iris Okafor (IOK)\n\n"
        "#### 3. Play area\n\n"
        "The inspection found a loose bolt on the swings. The contractor is to be asked to fix it. IOK\n"
        "The bins by the gate need emptying more often and the contractor will be told. BV\n"
        "The new bench was delivered on Friday and has been fixed in place by volunteers.\n\n"
        "#### 4. Verges\n\n"
        "The verges on Mill Lane need cutting before the fete. (Action: BV)\n"
    )
    sections = split_sections(document, extract_items(document))
    actions = extract_actions(sections, attendees=attendees, meeting=MEETING, nlp=nlp, document_text=document.text)
    assert [(a.item, a.owners, a.owner_as_written) for a in actions] == [
        ("3", ["Iris Okafor"], "IOK"),
        ("3", ["Robert Vane"], "BV"),
        ("4", ["Robert Vane"], "BV"),
    ]
    assert actions[1].text == "The bins by the gate need emptying more often and the contractor will be told."


def test_tables_with_the_owner_beside_a_text_column(make_document, nlp):
    text = (
        "#### 2. Matters arising\n\n"
        "Minute\tDiscussion\tAction\n"
        "2.1\tThe hedge on Kiln Lane is overgrown and the landowner is to be asked to cut it.\tClerk\n"
        "2.2\tThe swings have a loose bolt which needs tightening before Easter.\tTH/LB\n"
        "2.3\tThe new bench has been installed.\t\n"
        "2.4\tThe fete date is still to be fixed.\tTBC\n"
        "2.5\tRepaint the shelter.\tThe shelter was repainted by volunteers in May.\n\n"
        "#### 3. Finance\n\n"
        "Item\tDetails\tOwner\n"
        "3.1\tObtain three quotes for the new noticeboard.\tPP\n"
    )
    actions = _actions(make_document, nlp, text)
    assert [(a.item, a.owners, a.owner_as_written) for a in actions] == [
        ("2.1", ["Clerk"], "Clerk"),
        ("2.2", ["Tom Hughes", "Laura Bennett"], "TH/LB"),
        ("3.1", ["Priya Patel"], "PP"),
    ]
    assert actions[2].text == "Obtain three quotes for the new noticeboard."


def test_the_bodys_task_gives_way_to_the_owner_tagged_beside_it(make_document, nlp):
    document = make_document(
        "#### 5. Grants\n\n"
        "It was unanimously agreed that the Council would make a donation of £50 to the youth club. Clerk\n\n"
        "It was agreed that the Council would ask the county for new signs. Cllr Price will chase the old order.\n\n"
        "#### 6. Footpaths\n\n"
        "It was agreed that the Council would write to the landowners along the river path.\n\n"
        "Action: Laura Bennett to send the letters by 28 February.\n"
    )
    sections = split_sections(document, extract_items(document))
    actions = extract_actions(sections, attendees=ATTENDEES, meeting=BODY_MEETING, nlp=nlp)
    assert [(a.owners, a.owner_as_written) for a in actions] == [
        (["Clerk"], "Clerk"),
        (["Fernley Parish Council"], "the Council"),
        (["Liam Price"], "Cllr Price"),
        (["Laura Bennett"], "Laura Bennett"),
    ]


def test_decisions_and_directions_that_give_a_task(make_document, nlp):
    attendees = [*ATTENDEES, Attendee(name="Rhian Moss", role="Clerk"), Attendee(name="Owen Pryce", role="Chairman")]
    text = (
        "#### 6. Finance\n\n"
        "RESOLVED: That the Clerk write to the bank to change the signatories.\n\n"
        "RESOLVED that the Chairman and Clerk sign the grant application.\n\n"
        "RESOLVED: That the accounts be approved.\n\n"
        "RESOLVED: That PCSO Lane's kind offer is accepted.\n\n"
        "AGREED: The Clerk said the audit was complete.\n\n"
        "#### 7. Budget\n\n"
        "Staff were directed to prepare a draft budget by 30 June 2014.\n\n"
        "Director Price asked staff to list the unspent grants.\n\n"
        "Staff reported that the survey was complete.\n\n"
        "Staff will be on leave in August.\n"
    )
    actions = _actions(make_document, nlp, text, attendees=attendees)
    assert [(a.item, a.owners, a.owner_as_written) for a in actions] == [
        ("6", ["Rhian Moss"], "the Clerk"),
        ("6", ["Owen Pryce", "Rhian Moss"], "the Chairman and Clerk"),
        ("7", ["Staff"], "Staff"),
        ("7", ["Staff"], "Staff"),
    ]
    assert actions[2].due == dt.date(2014, 6, 30)


def test_a_post_after_a_comma_or_dash_opens_its_task(make_document, nlp):
    attendees = [*ATTENDEES, Attendee(name="Rhian Moss", role="Clerk")]
    text = (
        "#### 4. Matters arising\n\n"
        "a) Bins - emptied.\n\n"
        "b) Lorries - a lorry had been seen speeding through the village, the Clerk to write to the haulier.\n\n"
        "c) Hedges - Mr Price reported overgrown shrubs in Mill Road - the Clerk to write to the occupiers.\n\n"
        "d) Culvert - it had collapsed at both ends near the mill, Oakley; Clerk to report it to Highways.\n\n"
        "e) Verges - the contractor had been paid, the work to be checked in May.\n"
    )
    actions = _actions(make_document, nlp, text, attendees=attendees)
    assert [(a.item, a.owners, a.owner_as_written) for a in actions] == [
        ("4b", ["Rhian Moss"], "the Clerk"),
        ("4c", ["Rhian Moss"], "the Clerk"),
        ("4d", ["Rhian Moss"], "Clerk"),
    ]


def test_clerk_named_without_title_and_initials_declared_outside_the_attendees(make_document, nlp):
    document = make_document(
        "PRESENT: - Nora Quill (NQ), Dev Patel (DP) - Chair. Fenbury District Council (FDC)\n\n"
        "#### 4. Verges\n\n"
        "NQ to ask the district about the verges.\n\n"
        "Clerk to chase the contractor.\n\n"
        "FDC will cut the verges. Clerk: - Ivy Marsh\n"
    )
    sections = split_sections(document, extract_items(document))
    actions = extract_actions(sections, attendees=[], meeting=MEETING, nlp=nlp, document_text=document.text)
    assert [(a.owners, a.owner_as_written) for a in actions] == [
        (["Nora Quill"], "NQ"),
        (["Ivy Marsh"], "Clerk"),
    ]


CAPITALS_ATTENDEES = [
    Attendee(name="Nora Quill", surname="Quill", role="Chair"),
    Attendee(name="Owen Tarrant", surname="Tarrant"),
    Attendee(name="Mabel Finch", surname="Finch", role="Clerk"),
]


def test_tasks_and_owners_printed_in_capitals(make_document, nlp):
    text = (
        "#### 4. Lanes\n\nThe hedge along Pike Lane is overgrown and blocks the path. CLERK TO CONTACT THE LANDOWNER\n\n"
        "#### 5. Stiles\n\nThe stile near Ash Farm has rotted. ACTION: CLERK/CHAIR\n\n"
        "#### 6. Verges\n\nThe verge by the green is rutted again.\n\nCLERK/OT TO WRITE TO THE HIGHWAYS DEPOT\n\n"
        "#### 7. Post\n\nA letter came from the COUNTY COUNCIL. NOTED TO FILE\n\n"
        "#### 8. Trees\n\nThe lime by the pond is failing. COUNCIL TO DECIDE IN MAY\n"
    )
    actions = _actions(make_document, nlp, text, attendees=CAPITALS_ATTENDEES)
    assert [(a.item, a.owners, a.owner_as_written) for a in actions] == [
        ("4", ["Mabel Finch"], "CLERK"),
        ("5", ["Mabel Finch", "Nora Quill"], "CLERK/CHAIR"),
        ("6", ["Mabel Finch", "Owen Tarrant"], "CLERK/OT"),
    ]
    assert actions[0].text.endswith("CLERK TO CONTACT THE LANDOWNER")
    assert "stile near Ash Farm" in actions[1].text


def test_action_markers_inside_a_paragraph_and_markers_with_no_owner(make_document, nlp):
    text = (
        "#### 3. Matters arising\n\n"
        "Bank forms. The bank asks for the forms again. ACTION: TH to resubmit. Trees. No list of trees exists. "
        "ACTION: PP to map the trees.\n\n"
        "#### 4. Notices\n\nFlyers for the watch scheme were shown. Action: To be put on the notice board.\n\n"
        "#### 5. Benches\n\nThe bench at the green is loose.\n\nAction – to be reviewed next time\n"
    )
    actions = _actions(make_document, nlp, text)
    assert [(a.item, a.owners) for a in actions] == [("3", ["Tom Hughes"]), ("3", ["Priya Patel"])]
    # "to resubmit" names no object of its own: the sentence before says what (`OBJECTLESS_WORDS`).
    assert actions[0].text == "The bank asks for the forms again. TH to resubmit."


def test_an_action_marker_ending_a_paragraph_before_a_long_task(make_document, nlp):
    text = (
        "#### 6. Shelters\n\n"
        "- Bus shelter. The roof leaks. ACTION: LB to ask the glazier at the corner shop whether he could replace "
        "the two cracked panels before winter.\n"
        "- Seats. ACTION: LP to order two seats.\n"
    )
    actions = _actions(make_document, nlp, text)
    assert [(a.owners, a.text[:14]) for a in actions] == [(["Laura Bennett"], "LB to ask the "), (["Liam Price"], "Order two seat")]


def test_an_officer_named_by_the_service_he_or_she_serves(make_document, nlp):
    text = (
        "#### 9. Drains\n\nThe Drainage officer agreed to look into the flooding at Elm Row.\n\n"
        "#### 10. Trees\n\nThe Tree Officer will inspect the cedar by the chapel.\n\n"
        "#### 11. Reports\n\nThe officer said the road was safe. The Drainage officer had written to the county in May.\n"
    )
    actions = _actions(make_document, nlp, text)
    assert [(a.item, a.owners, a.owner_as_written) for a in actions] == [
        ("9", ["Drainage officer"], "The Drainage officer"),
        ("10", ["Tree Officer"], "The Tree Officer"),
    ]


def test_staff_undertakings_and_an_owner_before_a_relative_clause(make_document, nlp):
    text = (
        "#### 4. Skate Park\n\n"
        "Staff will report back at the next meeting with two layouts. City staff will contact the insurer about "
        "the ramps. Staff will load the van with cones for each session.\n\n"
        "#### 5. Outreach\n\n"
        "Laura Bennett, who is also a block captain, will contact the precinct officer about the lights. "
        "Tom Hughes, whose street floods every winter, will photograph the drain.\n"
    )
    actions = _actions(make_document, nlp, text)
    assert [(a.owner_as_written, a.owners) for a in actions] == [
        ("Staff", ["Staff"]),
        ("City staff", ["City staff"]),
        ("Laura Bennett", ["Laura Bennett"]),
        ("Tom Hughes", ["Tom Hughes"]),
    ]


def test_formal_resolution_authorising_and_instructing_a_post(make_document, nlp):
    text = (
        "#### 12. Donations\n\n"
        "RESOLVED: that the Clerk be and is hereby authorised and instructed to investigate a card reader for the "
        "donations box.\n\n"
        "#### 13. Lease\n\n"
        "It was resolved that the Chairman is hereby authorised to sign the allotment lease.\n"
    )
    actions = _actions(make_document, nlp, text)
    assert [a.owner_as_written for a in actions] == ["the Clerk", "the Chairman"]
    assert "card reader" in actions[0].text


def test_a_number_or_a_mark_alone_states_no_task():
    # A PDF's item number read as a task beside its title at the margin ("2   ORAL COMMUNICATIONS").
    assert not has_task_words("2")
    assert not has_task_words("4.1 -")
    assert has_task_words("Ring the contractor")
    assert has_task_words("Écrire au maire")


def test_reply_to_a_question_is_the_replier_s_and_only_a_follow_up_is_a_task(make_document, nlp):
    text = (
        "#### 5. Clubhouse\n\n"
        "Member Hughes asked if the entrance to the new rooms would be inside or outside, and Mr. Price stated that "
        "they would enter from the inside.\n\n"
        "Member Hughes asked whether the fence could be moved, and Ms. Bennett said she would look into it.\n\n"
        "#### 6. Treasurer\n\n"
        "Priya Patel questioned Liam Price about the vacant treasurer post. He will speak to the applicant and "
        "report back next month.\n\n"
        "Tom Hughes asked Laura Bennett about the verge. She will write to the landowner.\n"
    )
    actions = _actions(make_document, nlp, text)
    assert [(a.item, a.owners) for a in actions] == [
        ("5", ["Laura Bennett"]),
        ("6", ["Liam Price"]),
        ("6", ["Laura Bennett"]),
    ]


def test_new_task_after_a_semicolon_beside_an_earlier_one_s_progress(make_document, nlp):
    text = (
        "#### 7. Matters Arising\n\n"
        "The letter to the bus company has been sent; Tom Hughes to chase a reply before the next meeting.\n\n"
        "The hedge on Mill Lane was cut in May; Laura Bennett to thank the landowner.\n\n"
        "The bins were emptied; Oak Lane to be resurfaced in June.\n"
    )
    actions = _actions(make_document, nlp, text)
    assert [a.owners for a in actions] == [["Tom Hughes"], ["Laura Bennett"]]
    assert "chase a reply" in actions[0].text


def test_a_list_of_names_and_a_pronoun_subject_across_and(make_document, nlp):
    text = (
        "#### 3. Survey\n\n"
        "Priya, Tom, and Laura will follow up on a survey of residents.\n\n"
        "Liam Price, Tom Hughes, Priya Patel and Laura Bennett will run the stall at the fair.\n\n"
        "#### 4. Funds\n\n"
        "Councillor Bennett repeated her point about restricted funds. She cited the hardship fund as an example, and "
        "agreed to bring its rules to the next meeting.\n"
    )
    actions = _actions(make_document, nlp, text)
    assert [a.owners for a in actions] == [
        ["Priya Patel", "Tom Hughes", "Laura Bennett"],
        ["Liam Price", "Tom Hughes", "Priya Patel", "Laura Bennett"],
        ["Laura Bennett"],
    ]


def test_an_aside_between_the_owner_and_the_task(make_document, nlp):
    """"X, as secretary, will …", "He would, as agreed, …", "our Chair, with support from members, would …": the aside
    set off by commas is read past, as a bracket is."""
    text = (
        "#### 4. Harbour lighting\n\n"
        "Tom Hughes, as secretary, will write to the harbour trust about the lamps.\n\n"
        "Laura Bennett apologised for the delay over the bench. She would, as agreed, order it this month.\n\n"
        "It was AGREED that our Chair, with support from members, would explore an appeal to the trust.\n\n"
        "Liam Price, as the tenants' representative, noted that the lamps had been out since June.\n"
    )
    found = [(a.text, a.owner_as_written) for a in _actions(make_document, nlp, text)]
    assert found == [
        ("Tom Hughes will write to the harbour trust about the lamps.", "Tom Hughes"),
        ("Laura Bennett apologised for the delay over the bench. She would order it this month.", "Laura Bennett"),
        ("It was AGREED that our Chair would explore an appeal to the trust.", "the Chair"),
    ]


def test_action_marker_after_a_dash_or_in_square_brackets(make_document, nlp):
    text = (
        "#### 4. Benches\n\nThe bench by the pond needs a new slat - ACTION: LP\n\n"
        "#### 5. Fence\n\nQuotes are needed for the play area fence. [Action: TH]\n\n"
        "#### 6. Verges\n\nThe verges want cutting before the show – Action – PP\n\n"
        "#### 7. Plans\n\nThe draft was noted - Action Plan: see the appendix.\n\n"
        "#### 8. Bins\n\nThe bins were emptied on time [Action: none].\n"
    )
    assert [(a.item, a.owners, a.text) for a in _actions(make_document, nlp, text)] == [
        ("4", ["Liam Price"], "The bench by the pond needs a new slat"),
        ("5", ["Tom Hughes"], "Quotes are needed for the play area fence."),
        ("6", ["Priya Patel"], "The verges want cutting before the show"),
    ]


def test_owner_in_a_bracket_closing_the_paragraph(make_document, nlp):
    text = (
        "#### 2. Drains\n\nWrite to the highways team about the blocked drain (Priya & Tom).\n\n"
        "#### 3. Bins\n\nThe bin on Mill Lane needs a new liner (LB/TH)\n\n"
        "#### 4. Notices\n\nSend the poster to the shop by the green (Liam Price).\n\n"
        "#### 5. Grants\n\nThe county report on grants was received (NCC).\n\n"
        "#### 6. Green\n\nPriya thanked the volunteers for their work on the green (Priya).\n\n"
        "#### 7. Roads\n\nWrite to the roads service again (see above).\n\n"
        "#### 7a. Accounts\n\nThe sum still outstanding was noted (Priya).\n\n"  # a state reported, nothing to do
        "#### 8. Groups\n\nThe same members will continue - Cllrs Patel and Hughes (Cllr Hughes Chair)\n"
    )
    assert [(a.item, a.owners, a.text) for a in _actions(make_document, nlp, text)] == [
        ("2", ["Priya Patel", "Tom Hughes"], "Write to the highways team about the blocked drain."),
        ("3", ["Laura Bennett", "Tom Hughes"], "The bin on Mill Lane needs a new liner."),
        ("4", ["Liam Price"], "Send the poster to the shop by the green."),
    ]


def test_a_payment_line_naming_the_post_and_a_cost_names_no_post_holder(make_document, nlp):
    # Payment lists write the post before what is paid ("Clerk Salary £97.20", "Clerk Expenses (May)"): no one's name.
    for payment in ("Clerk Salary £97.20", "Clerk Expenses (May) £12.40", "Clerk Wages £310.00"):
        text = (
            "#### 4. Allotments\n\n"
            "A plot is vacant and the Clerk is to meet one potential tenant next week.\n\n"
            "#### 6. Payments\n\n"
            f"Street lighting maintenance £50.14\n{payment}\n"
        )
        actions = _actions(make_document, nlp, text, attendees=COUNCILLORS)
        assert [a.owners for a in actions] == [["Clerk"]], payment
    # The post written as a title before a name still names its holder.
    text = "#### 4. Allotments\n\nClerk Nora Quint reported a vacant plot; the Clerk to advertise it.\n"
    assert [a.owners for a in _actions(make_document, nlp, text, attendees=COUNCILLORS)] == [["Nora Quint"]]


def test_a_plan_of_we_or_they_with_nobody_reported_speaking(make_document, nlp):
    """"Next month we will be contacting …", "In the spring they will be ordering …": a plan opened by "we" or "they"
    with no speaker before it is read without failing (the reading once looked for a speech verb that is not there).
    It names nobody, so it gives no one a task; the same plan with a member named is that member's, and is read."""
    text = (
        "#### 3. Roads\n\n"
        "The verges were cut in May. Next month we will be contacting the county engineer about the culvert.\n\n"
        "#### 4. Orchard\n\n"
        "In the spring they will be ordering the trees from the nursery.\n\n"
        "#### 5. Drains\n\n"
        "The gully is blocked again. Tom Hughes will be contacting the water board about the drain.\n"
    )
    found = _actions(make_document, nlp, text)
    assert [(action.item, action.owners) for action in found] == [("5", ["Tom Hughes"])]
    assert "contacting the water board" in found[0].text


def test_minutes_kept_as_an_item_and_action_table(make_document, nlp):
    # "Item | Action": the item's minute beside who acts on it; every row with an owner is a task, the header none.
    for header in ("Item | Action", "Minute | Action"):
        text = (
            "#### 4. Village matters\n\n"
            f"{header}\n"
            "1. Apologies: none. | -\n"
            "2. Footpaths: the stile is broken. Repair to be arranged with the landowner. | PP\n"
            "3. Hall: dates for the autumn events to be confirmed. | TH\n"
        )
        found = [(a.owners, a.owner_as_written) for a in _actions(make_document, nlp, text)]
        assert found == [(["Priya Patel"], "PP"), (["Tom Hughes"], "TH")], header


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # The label may call the task an item or a point; the owner and task follow it on the line.
        ("Action item: Laura Bennett to book the hall for the fair.", (["Laura Bennett"], "Book the hall for the fair.")),
        ("ACTION POINT – Tom Hughes to write to the bus company.", (["Tom Hughes"], "Write to the bus company.")),
        # After any form of the label a whole sentence with its own verb is read as a commitment, label left out.
        ("Action items: Liam Price will order the new benches.", (["Liam Price"], "Liam Price will order the new benches.")),
        ("Action: Priya Patel will ask the school about the car park.",
         (["Priya Patel"], "Priya Patel will ask the school about the car park.")),
    ],
)
def test_an_action_item_or_point_label_before_its_owner(make_document, nlp, line, expected):
    text = f"#### 4. Village Fair\n\nThe date of the fair was set.\n{line}\n\n#### 5. Close\n\nThe meeting closed.\n"
    assert [(action.owners, action.text) for action in _actions(make_document, nlp, text)] == [expected]


@pytest.mark.parametrize(
    "line",
    ["Action item: the benches are on order.", "Action points arising from the last meeting were reviewed."],
)
def test_an_action_item_label_with_no_one_to_act_gives_no_action(make_document, nlp, line):
    text = f"#### 4. Benches\n\nThe new benches were discussed.\n{line}\n\n#### 5. Close\n\nThe meeting closed.\n"
    assert _actions(make_document, nlp, text) == []


def test_staff_who_will_work_with_someone_have_a_task(make_document, nlp):
    text = (
        "#### 6. Fences\n\n"
        "Staff will work with the applicant on the height of the rear fence.\n\n"
        "#### 7. Windows\n\n"
        "Mr. Oddie moved to approve the windows. The HPC staff will work with the housing group to find a "
        "better substitute window kit.\n\n"
        "#### 8. Storms\n\n"
        "Staff will work overtime while the storm drains are cleared.\n"
    )
    actions = _actions(make_document, nlp, text)
    # Near miss: "work" without its "with" is an account of their work, no task.
    assert [(a.item, a.owner_as_written) for a in actions] == [("6", "Staff"), ("7", "The HPC staff")]


def test_a_resolution_in_the_present_tense_asks_its_officer(make_document, nlp):
    # "That Council: … Requests the Chief Executive Officer to …", as councils resolving in the present tense number
    # their clauses; near miss: requests from residents to act are no one's task.
    text = (
        "#### 4.1 Road Program\n\n"
        "That Council:\n\n1. Notes the report; and\n\n"
        "2. Requests the Chief Executive Officer to write to the Minister seeking funding.\n\n"
        "3. Instructs the Clerk to obtain three quotes for the resurfacing.\n\n"
        "#### 4.2 Lane closure\n\n"
        "Requests from residents to close the lane were noted.\n"
    )
    found = [(action.owner_as_written, action.item) for action in _actions(make_document, nlp, text)]
    assert found == [("the Chief Executive Officer", "4.1"), ("the Clerk", "4.1")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Staff will work with volunteers every Saturday to run the café.",
        "Councillors will work with residents at the annual litter pick as every year.",
    ],
)
def test_staff_or_members_who_work_with_others_as_a_routine_have_no_task(make_document, nlp, sentence):
    text = f"#### 6. Volunteers\n\n{sentence}\n\n#### 7. Fences\n\nStaff will work with the owner on the fence.\n"
    # Near miss: work with a party to a matter, once, is a task.
    assert [(a.item, a.owner_as_written) for a in _actions(make_document, nlp, text)] == [("7", "Staff")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Staff will work with the auditor on the annual return before the June deadline.",
        "Staff will work with each business affected by the road closure.",
    ],
)
def test_work_with_others_once_is_a_task_whatever_words_it_holds(make_document, nlp, sentence):
    # Near miss of the routine: "annual" naming what is worked on, "each" naming who with, is no time phrase.
    text = f"#### 7. Audit\n\n{sentence}\n"
    assert [(a.item, a.owner_as_written) for a in _actions(make_document, nlp, text)] == [("7", "Staff")]
