"""The body named by a US board's title and greeting: the meeting's name set before the body's with a dash ("Regular
Meeting - Elm Board of Education"), the chair's greeting that agenda software prints as the opening ("Welcome to the
March 4, 2031, meeting of the Elm County Board of Education."), and a title naming an institution with no body's word
("Meeting of the Ada Quill Memorial Library"), which is no place either. Invented boards; two forms each and near
misses."""

from __future__ import annotations

import pytest

from minutebook.extract.meeting import extract_meeting

_BUSINESS = "2. MINUTES\nMotion by Lee, second by Chen to approve the minutes. Motion carried.\n"


def _meeting(make_document, text: str):
    return extract_meeting(make_document(text + _BUSINESS), kind="minutes")


@pytest.mark.parametrize(
    ("title", "body"),
    [
        ("Regular Meeting - Elmwood Valley Board of Education", "Elmwood Valley Board of Education"),
        ("Special Meeting – Elmwood Valley School Committee", "Elmwood Valley School Committee"),
        ("Business Meeting: Quill County Library District Board of Trustees",
         "Quill County Library District Board of Trustees"),
    ],
)
def test_the_meetings_name_before_a_dash_is_no_part_of_the_body(make_document, title: str, body: str) -> None:
    meeting = _meeting(make_document, f"{title}\nMarch 4, 2031 5:00PM\n1. CALL TO ORDER\n")
    assert meeting.body == body


@pytest.mark.parametrize(
    ("opening", "body"),
    [
        ("Elmwood County\nMarch 4, 2031 7:00 PM\nRegular Meeting\nI. Moment of Silence\nRationale\n"
         "Welcome to the March 4, 2031, meeting of the Elmwood County Board of Education.\n",
         "Elmwood County Board of Education"),
        ("Welcome to the regular meeting of the Elmwood Park District Board of Commissioners.\nMarch 4, 2031\n"
         "1. Call to Order\n", "Elmwood Park District Board of Commissioners"),
        ("March 4, 2031\n1. CALL TO ORDER\nPresident Lee welcomed everyone to the special meeting of the Quill Housing "
         "Authority Board of Commissioners at 6:00 p.m.\n", "Quill Housing Authority Board of Commissioners"),
    ],
)
def test_the_chairs_greeting_names_the_body(make_document, opening: str, body: str) -> None:
    assert _meeting(make_document, opening).body == body


def test_a_greeting_naming_no_body_gives_none(make_document) -> None:
    # Near miss: the greeting names the public, not the body, and the sentence itself is never taken as a name.
    meeting = _meeting(make_document, "March 4, 2031\nWelcome to the Public Comment portion of our Board meeting.\n"
                                      "1. CALL TO ORDER\n")
    assert meeting.body is None


@pytest.mark.parametrize(
    ("title", "body"),
    [
        ("Meeting of the Ada Quill Memorial Library", "Ada Quill Memorial Library"),
        ("Regular Meeting of the Elmwood Public Library District", "Elmwood Public Library District"),
    ],
)
def test_a_title_naming_an_institution_names_the_body_not_the_place(make_document, title: str, body: str) -> None:
    meeting = _meeting(make_document, f"March 2031\n{title}\nMarch 4, 2031 at 5:00 pm\n1. Call to Order\n")
    assert (meeting.body, meeting.venue) == (body, None)


def test_a_place_line_with_a_library_is_still_a_place(make_document) -> None:
    # Near miss: the library's room as the place under a board's title, with no "Meeting of".
    meeting = _meeting(make_document, "Elmwood Township Board\nMarch 4, 2031\nElmwood Public Library Community Room\n"
                                      "1. Call to Order\n")
    assert meeting.venue == "Elmwood Public Library Community Room"
