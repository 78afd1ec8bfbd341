"""Entries of a list headed "Actions" / "Action items" / "Next steps" that open on who acts."""

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
