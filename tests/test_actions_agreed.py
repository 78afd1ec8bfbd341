"""Actions written as agreements: the body's own task, a named post's task, and each post's part of a resolution."""

from __future__ import annotations

import datetime as dt

from minutebook.extract.actions import extract_actions
from minutebook.extract.agreements import body_tasks, named_owner_tasks
from minutebook.extract.items import extract_items, split_sections
from minutebook.extract.owners import post_as_named
from minutebook.extract.records import Attendee, Meeting

BODY = "Elmsford Community Council"
MEETING = Meeting(kind="minutes", body=BODY, date=dt.date(2024, 3, 4))
ATTENDEES = [
    Attendee(name="Morag Kerr", role="Secretary"),
    Attendee(name="Iain Doyle", role="Chair"),
    Attendee(name="Ruth Blane", role="Clerk"),
    Attendee(name="Ewan Reid", surname="Reid"),
]


def _actions(make_document, nlp, text, meeting=MEETING):
    document = make_document(text)
    sections = split_sections(document, extract_items(document))
    return [(a.owners, a.text) for a in extract_actions(sections, attendees=ATTENDEES, meeting=meeting, nlp=nlp)]


def test_an_agreement_naming_no_one_is_the_bodys_task_when_its_verb_is_a_task(make_document, nlp):
    text = (
        "#### 2. Matters arising\n\n"
        "It was AGREED to write to the City Council about the broken railings.\n\n"
        "The pond remained a problem and it was agreed that we should approach the parks service again.\n\n"
        "It was suggested and AGREED that we write to the bus company asking for a later service.\n\n"
        "It was agreed further to contact the neighbouring council for support.\n"
    )
    assert _actions(make_document, nlp, text) == [
        ([BODY], "It was AGREED to write to the City Council about the broken railings."),
        ([BODY], "It was agreed that we should approach the parks service again."),
        ([BODY], "It was suggested and AGREED that we write to the bus company asking for a later service."),
        ([BODY], "It was agreed further to contact the neighbouring council for support."),
    ]


def test_an_agreement_that_decides_defers_or_notes_is_no_task(make_document, nlp):
    text = (
        "#### 3. Venue\n\n"
        "It was agreed that the minutes were a true record.\n\n"
        "It was agreed to note the report.\n\n"
        "It was AGREED to return to this issue at the March meeting.\n\n"
        "It was agreed to hold the matter over for now.\n\n"
        "It was AGREED that we have our next meeting in the library.\n\n"
        "Arising from the discussion it was AGREED to: i) carry forward the plan.\n"
    )
    assert _actions(make_document, nlp, text) == []
    # With no body named for the meeting, an agreement naming no one has no owner.
    no_body = Meeting(kind="minutes", date=dt.date(2024, 3, 4))
    assert _actions(make_document, nlp, "#### 2. Roads\n\nIt was AGREED to write to the roads department.\n", no_body) == []


def test_the_bodys_task_gives_way_to_a_named_owner_in_the_same_paragraph(make_document, nlp):
    text = (
        "#### 4. Bins\n\n"
        "It was agreed to write to the cleansing department. The Secretary will send the letter this week.\n"
    )
    assert [owners for owners, _ in _actions(make_document, nlp, text)] == [["Morag Kerr"]]


def test_an_agreement_naming_a_post_gives_the_post_the_task(make_document, nlp):
    text = (
        "#### 5. Consultation\n\n"
        "The plans were discussed at length. It was agreed that our Chair should respond to the consultation.\n\n"
        "It was agreed for the secretary to write to the housing association.\n\n"
        "RESOLVED to ask the Clerk to obtain three quotes for the fence.\n\n"
        "Our Chair and minute Secretary would try to find the older minutes.\n"
    )
    assert _actions(make_document, nlp, text) == [
        (["Iain Doyle"], "our Chair should respond to the consultation."),
        (["Morag Kerr"], "the secretary to write to the housing association."),
        (["Ruth Blane"], "the Clerk to obtain three quotes for the fence."),
        (["Iain Doyle", "Minute Secretary"], "Our Chair and minute Secretary would try to find the older minutes."),
    ]


def test_each_posts_part_of_a_resolution_is_its_task(make_document, nlp):
    text = (
        "#### 6. Precept\n\n"
        "RESOLVED: That the Precept should be raised by £500 and that the Clerk should notify the county accordingly\n\n"
        "RESOLVED: That the Chair should check the figures and, subject to any changes, the Clerk should write to "
        "the health board\n\n"
        "RESOLVED: That Low Moor should enter the competition and the Clerk should tell the organisers\n\n"
        "RESOLVED: That the new rates are approved, and that the Clerk should remain on SCP20\n"
    )
    assert _actions(make_document, nlp, text) == [
        (["Ruth Blane"], "the Clerk should notify the county accordingly"),
        (["Iain Doyle"], "the Chair should check the figures and, subject to any changes, the Clerk should write to the health board"),
        (["Ruth Blane"], "the Clerk should write to the health board"),
        (["Ruth Blane"], "the Clerk should tell the organisers"),
    ]


def test_places_and_post_forms():
    (place,) = body_tasks("The weir was discussed and it was AGREED to invite the rivers trust. Thanks were given.")
    assert (place.owner, place.text, place.verb) == (None, "It was AGREED to invite the rivers trust.", "invite")
    assert list(body_tasks("It was agreed to postpone the walk till May.")) == []
    assert [p.owner for p in named_owner_tasks("RESOLVED: That the fee is paid; the Treasurer will send it.")] == [
        "the Treasurer"
    ]
    assert list(named_owner_tasks("The Clerk will send it.")) == []  # no decision: read as prose elsewhere
    assert post_as_named("our Vice Chair") == "the Vice Chair"
    assert post_as_named("Our Chair and minute Secretary") == "the Chair and Minute Secretary"
    assert post_as_named("the secretary") == "the Secretary"


def test_a_name_at_the_end_of_a_list_is_no_owner_alone_and_initials_end_no_sentence(make_document, nlp):
    text = (
        "#### 7. Training\n\n"
        "It was agreed that Cllrs. A. Lowe, B. Finch and C. Moyes would attend along with the Clerk. Clerk to book.\n\n"
        "RESOLVED: That the course is approved and Mr T. Vale would attend it.\n"
    )
    assert [owners for owners, _ in _actions(make_document, nlp, text)] == [["Ruth Blane"], ["T Vale"]]
    (place,) = named_owner_tasks("It was agreed that the Chair would ask Mr. A. Pike. Thanks were given.")
    assert place.text == "the Chair would ask Mr. A. Pike."


def test_offers_and_commitments_in_community_council_prose(make_document, nlp):
    text = (
        "#### 8. Bins\n\n"
        "Mr Reid said he would investigate and indicated that the bins had been ordered in May.\n\n"
        "The new Secretary agreed to take over the mailing list.\n\n"
        "Mr Reid kindly offered to repaint the notice board.\n\n"
        "The Chair also agreed to speak to the school.\n\n"
        "Mr Reid reported that Ann Toms has offered to run the stall.\n\n"
        "The Chair said the lights would go on after the work had been done.\n"
    )
    assert [(owners, text.split()[0:2]) for owners, text in _actions(make_document, nlp, text)] == [
        (["Ewan Reid"], ["Mr", "Reid"]),
        (["Morag Kerr"], ["The", "new"]),
        (["Ewan Reid"], ["Mr", "Reid"]),
        (["Iain Doyle"], ["The", "Chair"]),
    ]


def test_members_or_the_body_agreeing_to_a_task_and_a_post_in_lower_case(make_document, nlp):
    text = (
        "#### 9. Parking\n\n"
        "After discussion, Councillors resolved to forward a letter of support.\n\n"
        "The Community Council therefore agreed to submit an objection to the plan.\n\n"
        "The Town Council agreed to write to the trust.\n\n"
        "The county council agreed to resurface the road in May.\n\n"
        "Members discussed the verge. It was resolved that the clerk should contact the landowner.\n\n"
        "Members agreed to note the report.\n"
    )
    assert _actions(make_document, nlp, text) == [
        ([BODY], "Councillors resolved to forward a letter of support."),
        ([BODY], "The Community Council therefore agreed to submit an objection to the plan."),
        (["Ruth Blane"], "the clerk should contact the landowner."),
    ]


def test_being_in_touch_is_a_task(make_document, nlp):
    text = (
        "#### 10. Ferries\n\n"
        "After discussion, it was agreed that the Secretary should be in contact with the ferry operator.\n\n"
        "Mr Reid said that he would be in touch with the harbour master.\n\n"
        "Councillors hoped that the school would be in touch soon.\n"
    )
    assert [owners for owners, _ in _actions(make_document, nlp, text)] == [["Morag Kerr"], ["Ewan Reid"]]


def test_a_deferral_is_no_task_and_a_direction_is_someone_elses(make_document, nlp):
    text = (
        "#### 11. Housing\n\n"
        "It was AGREED to postpone the housing meeting till June and to invite the two associations.\n\n"
        "It was agreed to draft a leaflet and to invite the two schools.\n\n"
        "It was agreed to return to this at the next meeting and invite the roads officer.\n\n"
        "Decided: to approve the play strategy, and to request that the Parks Manager report in a year.\n\n"
        "It was AGREED that we should ask that evidence be heard from the tenants' group.\n"
    )
    assert [text.split(" and ")[-1] for owners, text in _actions(make_document, nlp, text) if owners == [BODY]] == [
        "to invite the two schools.",
    ]


def test_an_agreement_in_the_passive_is_the_bodys_task_when_its_verb_is_a_task(make_document, nlp):
    text = (
        "#### 6. Footbridge\n\n"
        "The opening had gone well. It was AGREED that a letter of thanks be sent to the bridge engineers.\n\n"
        "Ailsa proposed, and it was agreed that a member of the Riverside Tenants Group be invited to our May meeting.\n\n"
        "It was agreed that a request should be made via Cllr Reid for more time to reply.\n\n"
        "RESOLVED: That the flooding at the ford be reported to the roads department.\n"
    )
    assert _actions(make_document, nlp, text) == [
        ([BODY], "It was AGREED that a letter of thanks be sent to the bridge engineers."),
        ([BODY], "It was agreed that a member of the Riverside Tenants Group be invited to our May meeting."),
        ([BODY], "It was agreed that a request should be made via Cllr Reid for more time to reply."),
        ([BODY], "RESOLVED: That the flooding at the ford be reported to the roads department."),
    ]


def test_a_decision_in_the_passive_is_no_task(make_document, nlp):
    text = (
        "#### 7. Officers\n\n"
        "It was RESOLVED that Cllr Reid be appointed Vice Chair for the year.\n\n"
        "It was agreed that the minutes be signed as a true record.\n\n"
        "It was agreed that the next public meeting be held in the library.\n\n"
        "It was agreed that a donation be made to the gala committee.\n\n"
        "RESOLVED: That this is approved and should now be forwarded to the hall trustees.\n\n"
        "It was agreed that the item be deferred to the June meeting.\n\n"
        "RESOLVED: That the Committee's comments on the draft plan be sent to the planning authority.\n"
    )
    assert _actions(make_document, nlp, text) == []
    # The one asked to act owns the task, not the body.
    places = list(body_tasks("It was agreed that the Clerk be asked to write to the school."))
    assert places == []


def test_a_bare_verb_decision_later_in_a_paragraph_gives_its_task(make_document, nlp):
    for lead in ("The verges were discussed at length.", "Potholes on the Cart Roads."):
        text = f"#### 4. Roads\n\n{lead} Resolved Ewan Reid contact Hadleys and order more scalpings. The Chair thanked him.\n"
        assert _actions(make_document, nlp, text) == [(["Ewan Reid"], "Ewan Reid contact Hadleys and order more scalpings.")]
    # A decision that gives no one a task is no action.
    text = "#### 4. Roads\n\nThe verges were discussed. Resolved the report be received.\n"
    assert _actions(make_document, nlp, text) == []


def test_a_decided_task_ends_with_its_own_sentence(make_document, nlp):
    text = (
        "#### 5. Forms\n\nIt was agreed that Cllr. Reid should sign his Acceptance of Office form at the next meeting. "
        "Councillors were reminded of the training day.\n"
    )
    assert _actions(make_document, nlp, text) == [
        (["Ewan Reid"], "Cllr. Reid should sign his Acceptance of Office form at the next meeting.")
    ]


def test_news_to_come_and_a_wish_are_no_tasks(make_document, nlp):
    for said in (
        "Ewan Reid says everything is on hold but will keep us posted.",
        "The sale has not closed; Ewan Reid will keep everyone posted.",
        "The sale has not closed; Ewan Reid will keep members informed.",
        "The sale has not closed; Ewan Reid will keep the Council informed.",
        "The sale has not closed; Ewan Reid will keep the parish council updated.",
        "Ewan Reid would still like to have a meeting in April.",
    ):
        assert _actions(make_document, nlp, f"#### 6. Hall sale\n\n{said}\n") == [], said
    # A promise of work is still a task.
    assert _actions(make_document, nlp, "#### 6. Hall sale\n\nEwan Reid will still write to the agent.\n") == [
        (["Ewan Reid"], "Ewan Reid will still write to the agent.")
    ]


def test_a_body_resolving_is_no_owner_of_its_decision(make_document, nlp):
    for said in ("Council RESOLVED to accept the quote from Green Ltd.", "The Committee AGREED to defer the matter."):
        assert _actions(make_document, nlp, f"#### 11. Grass cutting\n\n{said}\n") == [], said


def test_a_task_carried_on_is_a_task(make_document, nlp):
    for said in ("Ewan Reid continues to investigate possibilities for a new bench.",
                 "There is hope that soil can be found and Ewan Reid continues to pursue the matter."):
        assert _actions(make_document, nlp, f"#### 7. Pond\n\n{said}\n") == [(["Ewan Reid"], said)], said
    # Carrying on a state is no task.
    assert _actions(make_document, nlp, "#### 7. Pond\n\nEwan Reid continues to serve as treasurer.\n") == []


def test_a_paragraph_goes_on_past_its_decided_task(make_document, nlp):
    text = (
        "#### 8. Forms\n\nIt was agreed that Cllr. Reid should sign his form at the next meeting. "
        "The Secretary continues to chase the bank about the mandate.\n"
    )
    assert _actions(make_document, nlp, text) == [
        (["Ewan Reid"], "Cllr. Reid should sign his form at the next meeting."),
        (["Morag Kerr"], "The Secretary continues to chase the bank about the mandate."),
    ]


def test_initials_typed_against_their_bullet_dash(make_document, nlp):
    attendees = [*ATTENDEES, Attendee(name="Nia Brook", surname="Brook")]
    for line in ("-NB to contact the Sports Club about the hall.", "- NB to contact the Sports Club about the hall."):
        document = make_document(f"#### 4. Tasks\n\n{line}\n")
        sections = split_sections(document, extract_items(document))
        found = [(a.owners, a.text) for a in extract_actions(sections, attendees=attendees, meeting=MEETING, nlp=nlp)]
        assert found == [(["Nia Brook"], "NB to contact the Sports Club about the hall.")]



def test_another_bodys_coming_vote_or_decision_is_no_task(make_document, nlp):
    for said in ("The network will vote in June to accept the library as a member.",
                 "The county board will decide on the grant in May."):
        assert _actions(make_document, nlp, f"#### 1. Network\n\n{said}\n") == [], said


def test_a_lower_case_post_after_a_glued_dash_or_a_comma_owns_the_task(make_document, nlp):
    text = (
        "#### 4. Commons\n\nDraft map of the village commons -clerk to obtain the information pack.\n\n"
        "#### 5. Drains\n\nFollowing a discussion of the flooding, clerk to contact the drainage board.\n\n"
        "#### 6. Forms\n\nThe members resolved the form was in order, clerk to complete, sign and return it.\n\n"
        "#### 7. Hall\n\nThe hall -secretary to the trust, Mrs Lowe, said it was booked.\n"
    )
    assert _actions(make_document, nlp, text) == [
        (["Ruth Blane"], "Draft map of the village commons -clerk to obtain the information pack."),
        (["Ruth Blane"], "Following a discussion of the flooding, clerk to contact the drainage board."),
        (["Ruth Blane"], "The members resolved the form was in order, clerk to complete, sign and return it."),
    ]


def test_going_to_try_and_a_kept_on_task_and_the_members_after_and(make_document, nlp):
    text = (
        "#### 2. Footpath\n\nEwan Reid is going to try and contact the landowner again.\n\n"
        "#### 3. Riders\n\nMr Reid is going to try to find out who rides on the footpath.\n\n"
        "#### 4. Seat\n\nThe seat needs a dry day and the Councillors will organise a date to repaint it.\n\n"
        "#### 5. Verge\n\nIt was agreed that the Clerk should continue to pursue the verge cutting.\n\n"
        "#### 6. Allowance\n\nIt was agreed that the Clerk should continue to receive the allowance.\n\n"
        "#### 7. Lane\n\nThe lane is going to be resurfaced and the Councillors will see the plans in May.\n"
    )
    assert _actions(make_document, nlp, text) == [
        (["Ewan Reid"], "Ewan Reid is going to try and contact the landowner again."),
        (["Ewan Reid"], "Mr Reid is going to try to find out who rides on the footpath."),
        (["Councillors"], "The seat needs a dry day and the Councillors will organise a date to repaint it."),
        (["Ruth Blane"], "the Clerk should continue to pursue the verge cutting."),
    ]


def test_a_numbered_part_of_a_decision_and_its_that_cut_from_resolved(make_document, nlp):
    text = (
        "#### 3. Play area\n\nResolved: (1) That the Secretary to contact the builder about the start date.\n\n"
        "#### 4. Buses\n\nRESOLVED: (b) That the Clerk write to the bus company about the timetable.\n\n"
        "#### 5. Tiles\n\nThe tiles were slippery. That Councillor Reid will also contact the supplier about sealing them.\n\n"
        "#### 6. Fees\n\nResolved: (2) That the fees remain as they are.\n\n"
        "#### 7. Returns\n\nResolved: 1) That the Clerk make the return to the planners. 2) That the Secretary invite "
        "the district council to the next meeting. 3) That the report be noted.\n"
    )
    assert _actions(make_document, nlp, text) == [
        (["Morag Kerr"], "the Secretary to contact the builder about the start date."),
        (["Ruth Blane"], "the Clerk write to the bus company about the timetable."),
        (["Ewan Reid"], "The tiles were slippery. That Councillor Reid will also contact the supplier about sealing them."),
        (["Ruth Blane"], "the Clerk make the return to the planners."),
        (["Morag Kerr"], "the Secretary invite the district council to the next meeting."),
    ]


def test_a_decision_closing_a_sentence_after_and_with_or_without_that(make_document, nlp):
    text = (
        "#### 2. Accounts\n\nThe accounts were presented. All approved and it was resolved Councillor Reid sign the book.\n\n"
        "#### 3. Hedge\n\nThe hedge is overgrown and it was agreed the Clerk write to the owner.\n\n"
        "#### 4. Dates\n\nIt was agreed Tuesday would suit everyone.\n\n"
        "#### 5. Seats\n\nThe seats were compared and it was agreed the seats be ordered in oak.\n"
    )
    assert _actions(make_document, nlp, text) == [
        (["Ewan Reid"], "Councillor Reid sign the book."),
        (["Ruth Blane"], "the Clerk write to the owner."),
    ]


def test_a_run_in_title_before_a_dash_is_no_subject(make_document, nlp):
    text = (
        "#### 2. Planning\n\nOutstanding Planning Matters - eight weeks have passed with no reply, agreed to write again.\n\n"
        "#### 3. Shelter\n\nBus Shelter - Councillor Reid has looked at the roof, agreed to obtain a quote for the repair.\n"
    )
    assert _actions(make_document, nlp, text) == [
        (["Ewan Reid"], "Bus Shelter - Councillor Reid has looked at the roof, agreed to obtain a quote for the repair."),
    ]


def test_where_the_one_asked_is_from_and_a_word_ordering_the_tasks_are_no_part_of_the_owner(make_document, nlp):
    text = (
        "#### 2. Minibus\n\nNo one knows who runs the minibus and members have asked Ewan Reid from the district "
        "council to look into it.\n\n"
        "#### 3. Drains\n\nThe drains are blocked by leaves, firstly Councillor Reid is to contact the district council.\n\n"
        "#### 4. Signs\n\nThe signs are faded, then the Secretary will order new ones.\n"
    )
    assert _actions(make_document, nlp, text) == [
        (["Ewan Reid"], "No one knows who runs the minibus and members have asked Ewan Reid from the district council "
                        "to look into it."),
        (["Ewan Reid"], "The drains are blocked by leaves, firstly Councillor Reid is to contact the district council."),
        (["Morag Kerr"], "The signs are faded, then the Secretary will order new ones."),
    ]
