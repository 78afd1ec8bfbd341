"""Entries of a list headed "Actions" / "Action items" / "Next steps" that open on who acts."""

from __future__ import annotations

import datetime as dt

import pytest

from minutebook.extract.actions import extract_actions
from minutebook.extract.items import extract_items, split_sections
from minutebook.extract.pipeline import extract_document
from minutebook.extract.records import Attendee, Meeting

ATTENDEES = [
    Attendee(name="Wendy Marsh", surname="Marsh"),
    Attendee(name="Colin Fairweather", surname="Fairweather"),
    Attendee(name="Ruth Abbot", surname="Abbot", role="Clerk"),
]
MEETING = Meeting(kind="minutes", date=dt.date(2021, 3, 9))


def _actions(make_document, nlp, text):
    document = make_document(text)
    sections = split_sections(document, extract_items(document))
    return extract_actions(sections, attendees=ATTENDEES, meeting=MEETING, nlp=nlp)


def test_entries_open_on_a_name_a_bracket_a_post_or_a_number(make_document, nlp):
    text = (
        "#### 3. Summer fete\n\n"
        "The fete will be held on 5 June on the green.\n\n"
        "Actions:\n\n"
        "* Wendy Marsh: contact the school about the stalls\n"
        "* (CF) Update on the raffle prizes.\n"
        "* 2.4: CF/WM: Draw up a rota for the tea tent.\n"
        "* Clerk – order the marquee\n"
    )
    actions = _actions(make_document, nlp, text)
    assert [(a.owners, a.text) for a in actions] == [
        (["Wendy Marsh"], "Contact the school about the stalls"),
        (["Colin Fairweather"], "Update on the raffle prizes."),
        (["Colin Fairweather", "Wendy Marsh"], "Draw up a rota for the tea tent."),
        (["Ruth Abbot"], "Order the marquee"),
    ]


def test_label_with_entries_run_on_and_first_names(make_document, nlp):
    text = (
        "#### 4. Newsletter\n\n"
        "Next steps\n"
        "* Dora: collect the articles from the schools\n"
        "* Fred: think about a printer for the spring issue\n"
    )
    actions = _actions(make_document, nlp, text)
    assert [(a.owners, a.text) for a in actions] == [
        (["Dora"], "Collect the articles from the schools"),
        (["Fred"], "Think about a printer for the spring issue"),
    ]


def test_no_label_no_list_and_prose_ends_the_list(make_document, nlp):
    text = (
        "#### 5. Allotments\n\n"
        "* Dora: the plots were all let this year\n"
        "* Budget: under spent by a small amount\n\n"
        "#### 6. Hall\n\n"
        "Action items\n\n"
        "* Monday: hall closed for cleaning\n\n"
        "The caretaker reported on the boiler.\n\n"
        "* Fred: fix the boiler door\n"
    )
    assert _actions(make_document, nlp, text) == []


def test_actions_from_the_last_meeting_are_no_new_list(make_document, nlp):
    text = (
        "#### 2. Actions from the last meeting\n\n"
        "* Wendy Marsh: contact the school about the stalls – done\n"
    )
    assert _actions(make_document, nlp, text) == []


def _titles(make_document, text):
    return [item.title for item in extract_items(make_document(text))]


def test_entries_under_the_label_are_no_run_in_items(make_document, nlp):
    # A society's board lists its tasks by full name at the end: the names are who acts, never items of their own.
    headed = (
        "# Board meeting, March 13, 2025\n\n## Finances\n\nBalance noted.\n\n## New business\n\nThe fete was discussed.\n\n"
        "## Action items\n\n"
        "- Wendy Marsh: Book the hall for the fete\n- Wendy Marsh and Colin Fairweather: Draft the fete poster\n"
        "- Colin Fairweather: Order the raffle tickets\n- Ruth Abbot: Write to the insurers\n"
        "- Colin Fairweather: Set up the tea tent rota\n- Wendy Marsh: Ask the school about the stalls\n"
    )
    titles = _titles(make_document, headed)
    assert titles[-2:] == ["New business", "Action items"] and not any("Marsh" in title for title in titles)
    assert len(_actions(make_document, nlp, headed)) == 6
    labelled = (
        "Finances: Balance noted.\n\nNew business: The fete was discussed.\n\nActions:\n"
        "- Wendy Marsh: Book the hall for the fete\n- Colin Fairweather: Order the raffle tickets\n"
        "- Ruth Abbot: Write to the insurers\n- Colin Fairweather: Set up the tea tent rota\n"
    )
    assert "Wendy Marsh" not in _titles(make_document, labelled)
    # Near miss: the same bulleted labels with no action label over them are a township's run-in items.
    township = (
        "Regular Meeting Minutes\n\n- Road Grading: The crew graded the east roads this month.\n"
        "- Boat Launch: The dock was put in on Saturday.\n- Cemetery Report: Two lots were sold.\n"
        "- Fire Department: Chief Brand gave the monthly report.\n"
    )
    assert _titles(make_document, township) == ["Road Grading", "Boat Launch", "Cemetery Report", "Fire Department"]


def test_full_names_posts_in_brackets_and_a_first_name_will(make_document, nlp):
    # A board's closing list: full names before tasks in capitals, a post in brackets after the name, and "Will" as a
    # first name. The attendance here names Wendy, Colin and Ruth only.
    text = (
        "#### 7. Summer fete\n\nThe fete was discussed.\n\nAction items:\n\n"
        "- Wendy Marsh: Book the hall for the fete\n"
        "- Ülkü Demir: Draft the grant letter\n"
        "- Dora Pyke & Wendy Marsh: Set up the tea tent rota\n"
        "- Ruth (Clerk): Ruth to write to the insurers\n"
        "- Will: Order the raffle tickets\n"
    )
    attendees = [*ATTENDEES, Attendee(name="Will Hobday", surname="Hobday")]
    document = make_document(text)
    sections = split_sections(document, extract_items(document))
    actions = extract_actions(sections, attendees=attendees, meeting=MEETING, nlp=nlp)
    assert [(a.owners, a.text) for a in actions] == [
        (["Wendy Marsh"], "Book the hall for the fete"),
        (["Ülkü Demir"], "Draft the grant letter"),
        (["Dora Pyke", "Wendy Marsh"], "Set up the tea tent rota"),
        (["Ruth Abbot"], "Ruth to write to the insurers"),
        (["Will Hobday"], "Order the raffle tickets"),
    ]
    # Near misses: two words naming business or a matter, not a person.
    business = "#### 7. Summer fete\n\nAction items:\n\n- New Business: Review of the grants\n- Summer Fete: Two stalls were booked\n"
    assert _actions(make_document, nlp, business) == []


def test_attendee_entries_under_an_item_with_no_label(make_document, nlp):
    # A members' plenum notes each matter's tasks as bullets opening on who does them, no "Actions" label over them.
    text = (
        "#### 3. Insurance\n\n"
        "* Colin: ping the broker about the renewal\n"
        "* Wendy Marsh/Colin: Draft the letter to the landlord\n"
        "* Ruth: Ask the hall for a second quote\n"
    )
    assert [(a.owners, a.text) for a in _actions(make_document, nlp, text)] == [
        (["Colin Fairweather"], "Ping the broker about the renewal"),
        (["Wendy Marsh", "Colin Fairweather"], "Draft the letter to the landlord"),
        (["Ruth Abbot"], "Ask the hall for a second quote"),
    ]
    # Near misses: a post before the colon (an election's result), a note of feeling or a statement, a name the
    # attendance does not hold, and a presenter in brackets.
    notes = (
        "#### 4. Officers\n\n"
        "* Treasurer: Wendy Marsh\n"
        "* Colin: happy with the new lease\n"
        "* Ruth: The boiler was serviced in May\n"
        "* Dora: chase the caterers\n"
        "* (Colin) Update on the lease\n"
    )
    assert _actions(make_document, nlp, notes) == []
    # Nor is an officer's election, the post or a member's name before the colon and the one elected after it.
    for elected in ("* Clerk: Ruth Abbot. Proposed by Colin.\n", "* Colin: Wendy Marsh. Seconded by Ruth.\n"):
        assert _actions(make_document, nlp, f"#### 4. Officers\n\n{elected}") == []
    # Nor a report of what was done or is under way.
    for report in (
        "* Wendy Marsh: Reported on the boiler service\n", "* Ruth: Working on the grant form\n",
        "* Colin: Gave an update on the lease\n", "* Ruth: Spoke to the landlord about the damp\n",
    ):
        assert _actions(make_document, nlp, f"#### 4. Hall\n\n{report}") == []
    # An instruction may end as a past tense does.
    proceed = _actions(make_document, nlp, "#### 4. Hall\n\n* Ruth: Proceed with the purchase of the mower\n")
    assert [(a.owners, a.text) for a in proceed] == [(["Ruth Abbot"], "Proceed with the purchase of the mower")]


def test_an_action_table_flattened_to_text_one_row_a_line(make_document, nlp):
    # A table of "Action | Who | By when" read from a PDF without its rules: each row one line, the owner's initials
    # and the date at its end, the task's wrapped words on the line after.
    headed = (
        "#### 4. Summer fete\n\n"
        "Action Who By when\n\n"
        "Book the bouncy castle WM 30 April\n"
        "Order the raffle tickets and the float CF/RA 15 May\n"
        "from the bank\n"
        "Put up the posters in the village All\n"
    )
    assert [(a.owners, a.text, a.due) for a in _actions(make_document, nlp, headed)] == [
        (["Wendy Marsh"], "Book the bouncy castle", dt.date(2021, 4, 30)),
        (["Colin Fairweather", "Ruth Abbot"], "Order the raffle tickets and the float from the bank", dt.date(2021, 5, 15)),
        (["All"], "Put up the posters in the village", None),
    ]
    # The header may close the line before the rows.
    closing = "#### 5. Newsletter\n\nThe spring issue was discussed. Action Who\nDraft the spring newsletter CF\n"
    assert [(a.owners, a.text) for a in _actions(make_document, nlp, closing)] == [
        (["Colin Fairweather"], "Draft the spring newsletter"),
    ]
    # Near misses: capitals at a line's end with no header over the rows, or capitals that are no attendee's initials.
    bare = "#### 6. Footpaths\n\nThe path by the brook needs cutting back CF\n"
    assert _actions(make_document, nlp, bare) == []
    body = "#### 7. Grants\n\nAction Who\nThe grant was paid by the county NCC\n"
    assert _actions(make_document, nlp, body) == []
    # A capitalised word after "All" is no date ("at All Saints"), and a line of prose ends the rows: the lower-case
    # line after it carries on no task.
    saints = "#### 8. Stalls\n\nAction Who By when\nAsk the vicar about the stalls at All Saints\n"
    assert _actions(make_document, nlp, saints) == []
    after_prose = (
        "#### 9. Fete\n\nAction Who By when\n\nBook the bouncy castle WM 30 April\n"
        "The firm wants a deposit paid in cash\nbefore the day itself\n"
    )
    assert [a.text for a in _actions(make_document, nlp, after_prose)] == ["Book the bouncy castle"]


def test_the_body_gives_itself_a_task_in_its_action_list(make_document, nlp):
    meeting = Meeting(kind="minutes", body="Elm Vale Society Committee", date=dt.date(2021, 3, 9))

    def read(text):
        document = make_document(text)
        sections = split_sections(document, extract_items(document))
        return [(a.owners, a.text) for a in extract_actions(sections, attendees=ATTENDEES, meeting=meeting, nlp=nlp)]

    assert read("#### 4. Fete\n\nActions:\n\n* Committee: Begin the search for a new venue\n* Colin: ask the school\n") == [
        (["Elm Vale Society Committee"], "Begin the search for a new venue"),
        (["Colin Fairweather"], "Ask the school"),
    ]
    assert read("#### 4. Fete\n\nAction items\n\n* The Committee: Review the constitution\n") == [
        (["Elm Vale Society Committee"], "Review the constitution"),
    ]
    # Near misses: the body's entry with no action label over it, and a statement about the body under the label.
    assert read("#### 4. Fete\n\n* Committee: Begin the search for a new venue\n") == []
    assert read("#### 4. Fete\n\nActions:\n\n* Committee: Two members were thanked\n") == []


def test_todo_and_to_do_labels_give_their_owners_a_task(make_document) -> None:
    # Notes kept in wikis and outliners mark a task "TODO" (with or without a colon) or "To do:".
    text = (
        "Board meeting 14 March 2031\n\nPresent: Priya Lund, Tomas Berg, Wen Cho\n\n1. Hall bookings\n"
        "The board agreed to book the library.\n- TODO Wen to ask the library for the room rates\n"
        "TODO: Tomas to pay the deposit\nTo do: Priya to sign the contract\n"
    )
    actions = extract_document(make_document(text)).actions
    assert [(action.owners, action.text) for action in actions] == [
        (["Wen Cho"], "Ask the library for the room rates"), (["Tomas Berg"], "Pay the deposit"),
        (["Priya Lund"], "Sign the contract"),
    ]


def test_to_do_in_a_sentence_or_a_lower_case_todo_is_no_label(make_document) -> None:
    text = (
        "Board meeting 14 March 2031\n\nPresent: Priya Lund, Tomas Berg, Wen Cho\n\n1. Hall bookings\n"
        "To do so, Wen asked the library for its room rates.\ntodo Wen to ask the library about the heating\n\n"
        "2. Gardens\nWen listed the jobs still left\nto do: cutting the hedge and clearing the gutters.\n\n"
        "3. Roof\nThe roof was inspected.\nTo do: clear the gutters before winter.\n"
    )
    assert extract_document(make_document(text)).actions == []


def test_a_follow_up_label_gives_its_owner_the_task(make_document, nlp):
    text = (
        "#### 4. Pavilion\n\nThe roof leak was discussed.\n\nFollow-up: Clerk to contact the roofer about the flashing.\n\n"
        "#### 5. Hall\n\nThe booking system was discussed.\n\nNext steps: Wendy Marsh to test the online calendar.\n"
    )
    assert [(a.owners, a.text) for a in _actions(make_document, nlp, text)] == [
        (["Ruth Abbot"], "Contact the roofer about the flashing."),
        (["Wendy Marsh"], "Test the online calendar."),
    ]


def test_a_direction_label_gives_the_task_to_whom_it_directs(make_document, nlp):
    text = (
        "#### 4. Skate park\n\nLighting options were reviewed.\n\n"
        "Direction to staff: return with costs for timed lighting.\n\n"
        "#### 5. Crossing\n\nThe crossing guard post is vacant.\n\n"
        "Council direction given to the City Manager: meet with the school district.\n\n"
        # Near misses: a label giving no direction, and a sentence about direction to come.
        "#### 6. Budget\n\nThe draft budget was presented.\n\nDirection to staff: none.\n\n"
        "Direction to staff is to be given at the next meeting.\n"
    )
    assert [(a.owners, a.text) for a in _actions(make_document, nlp, text)] == [
        (["Staff"], "Return with costs for timed lighting."),
        (["City Manager"], "Meet with the school district."),
    ]


@pytest.mark.parametrize(
    ("line", "owner", "task"),
    [
        # The staff as the owner vocabulary names them: a place's staff, "Administration".
        ("Direction to City staff: return with costs for timed lighting.", "City staff", "Return with costs for timed lighting."),
        ("Direction to Administration: report back on costs.", "Administration", "Report back on costs."),
        # A task whose first word opens on "no", or on its capital.
        ("Direction to staff: notify the residents of Birch Lane.", "Staff", "Notify the residents of Birch Lane."),
        ("Staff direction: Nominate two members for the regional panel.", "Staff", "Nominate two members for the regional panel."),
    ],
)
def test_a_direction_label_names_the_staff_as_the_owner_words_do(make_document, nlp, line, owner, task):
    text = f"#### 4. Skate park\n\nLighting options were reviewed.\n\n{line}\n"
    assert [(a.owner_as_written, a.text) for a in _actions(make_document, nlp, text)] == [(owner, task)]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # Near misses: a full sentence after the label is read as prose, for whom it names ...
        ("Direction to staff: The Clerk will write to the county.",
         [(["Ruth Abbot"], "Direction to staff: The Clerk will write to the county.")]),
        # ... or for no one; and directions to a place are no direction to anyone.
        ("Direction to staff: Council consensus was to wait for the state grant.", []),
        ("Directions to the Village Hall: turn left at the church and park behind the school.", []),
    ],
)
def test_a_direction_label_before_a_sentence_or_a_way_there_is_no_direction(make_document, nlp, line, expected):
    text = f"#### 4. Skate park\n\nLighting options were reviewed.\n\n{line}\n"
    assert [(a.owners, a.text) for a in _actions(make_document, nlp, text)] == expected
