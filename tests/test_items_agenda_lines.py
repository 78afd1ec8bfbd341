"""Agendas whose lines of business carry no numbers: capitals labels of the order of business, lines naming their
presenter (after a dash or in brackets), and lines with a time in the left column or after the title.

Every document here is invented; each rule is written in at least two forms, with a near miss it must not take
(minutes paragraphs and roll calls, a venue line over the business, a wrapped date).
"""

from __future__ import annotations

import pytest

from minutebook.extract.items import extract_items


def _items(make_document, text: str) -> list[tuple[str | None, str]]:
    return [(item.number, item.title) for item in extract_items(make_document(text, name="inline.txt"))]


_TOWNSHIP_HEAD = "ELMHURST TOWNSHIP BOARD OF TRUSTEES MEETING\nAGENDA\nMay 6, 2031, 7 PM\n"


@pytest.mark.parametrize("dash", [" – ", ": – ", " — ", " - "])
def test_labels_and_presenters_after_a_dash_are_an_agendas_items(make_document, dash: str) -> None:
    text = (
        _TOWNSHIP_HEAD
        + "CALL TO ORDER:\nROLL CALL:\nPLEDGE OF ALLEGIANCE:\nAPPROVAL OF MINUTES: April 8, 2031\n"
        f"ACTIVITY REPORTS:\nParks{dash}Trustee Ada Ferrow\nYouth Programs{dash}Otto Brindle\n"
        "OLD BUSINESS:\nNEW BUSINESS:\nADJOURNMENT:\n"
    )
    assert _items(make_document, text) == [
        (None, "CALL TO ORDER"), (None, "ROLL CALL"), (None, "PLEDGE OF ALLEGIANCE"), (None, "APPROVAL OF MINUTES"),
        (None, "ACTIVITY REPORTS"), (None, "Parks"), (None, "Youth Programs"), (None, "OLD BUSINESS"),
        (None, "NEW BUSINESS"), (None, "ADJOURNMENT"),
    ]


def test_presenters_in_brackets_are_an_agendas_items(make_document) -> None:
    text = (
        "Maple Vale Library Advisory Council\nMeeting Agenda\nJune 3, 2031\n"
        "Welcome\nBranch Hours Review (Ada Ferrow, Branch Manager)\nReading Programme Update (Dr. Otto Brindle)\n"
        "Public Comment\nAdjournment\n"
    )
    assert _items(make_document, text) == [
        (None, "Welcome"), (None, "Branch Hours Review"), (None, "Reading Programme Update"), (None, "Public Comment"),
        (None, "Adjournment"),
    ]


@pytest.mark.parametrize(
    ("first", "second", "third"),
    [
        ("7:00 pm Welcome", "7:15 pm Trail Survey—Ada Ferrow, Parks Director", "8:00 pm Adjourn"),
        ("• 7:00 - 7:15 pm: Welcome", "• 7:15 - 7:45 pm: Trail Survey", "• 7:45 - 8:00 pm: Adjourn"),
        ("• Welcome (7:00 pm)", "• Trail Survey (7:15-7:45 pm)", "• Adjourn (8:00 pm)"),
    ],
)
def test_timed_lines_are_an_agendas_items(make_document, first: str, second: str, third: str) -> None:
    text = (
        "Cedar Hollow Parks Commission\nSpecial Meeting Notice\n"
        "A public comment period will begin at 7:40 pm.\nAgenda of the Trail Workshop\n"
        f"{first}\n{second}\n{third}\n"
    )
    # The time column's own reader keeps a presenter after the title ("Trail Survey—Ada Ferrow, Parks Director").
    assert [title.split("—")[0] for _, title in _items(make_document, text)] == ["Welcome", "Trail Survey", "Adjourn"]


def test_venue_and_roster_above_the_business_and_wrapped_dates_are_no_items(make_document) -> None:
    text = (
        "ELMHURST TOWNSHIP BOARD OF TRUSTEES MEETING\nMay 6, 2031\nBoard Room – Second Floor\n"
        "Supervisor – Ada Ferrow\nCALL TO ORDER:\nROLL CALL:\nREPORTS:\n"
        "• Hall Usage Application: Quilting Circle, first and second\nMonday of the month, 2031 5:30 PM to 7 PM\n"
        "• Community Centre Study – Community Centre\nADJOURNMENT:\n"
    )
    assert _items(make_document, text) == [
        (None, "CALL TO ORDER"), (None, "ROLL CALL"), (None, "REPORTS"), (None, "ADJOURNMENT"),
    ]


@pytest.mark.parametrize("label", ["ACCESSIBILITY INFORMATION:", "NEXT BOARD MEETING:"])
def test_a_capitals_label_over_a_paragraph_is_no_item(make_document, label: str) -> None:
    text = (
        "Cedar Hollow Parks Commission\nAgenda\n7:00 pm Welcome\n7:15 pm Trail Survey\n8:00 pm Adjourn\n"
        f"{label}\nIf you need help to take part in this meeting, please call the clerk at least two days before it.\n"
    )
    assert _items(make_document, text) == [(None, "Welcome"), (None, "Trail Survey"), (None, "Adjourn")]


@pytest.mark.parametrize(
    "text",
    [
        # Minutes: the same labels with what was done under them, a roll call and a report in a paragraph.
        "ELMHURST TOWNSHIP BOARD OF TRUSTEES\nMINUTES OF THE REGULAR MEETING\nMay 6, 2031\n"
        "CALL TO ORDER: Supervisor Ferrow called the meeting to order at 7:00 pm.\n"
        "ROLL CALL: Present – Ada Ferrow, Otto Brindle, Mina Quarles\n"
        "Parks – Trustee Otto Brindle reported that the trail was resurfaced and the benches were painted.\n"
        "7:45 pm The board discussed the snow contract and agreed to renew it.\n"
        "Motion by Brindle, second by Quarles, to adjourn. Motion carried.\n",
        # Minutes with a roll call of members and dashes.
        "Maple Vale Town Council\nMinutes of the meeting held on 4 June 2031\n"
        "Present – Cllr Ada Ferrow (Chair), Cllr Otto Brindle\nClerk – Mina Quarles\n"
        "The Chair welcomed everyone. Members noted the report – Otto Brindle\n"
        "RESOLVED that the accounts be approved.\n",
    ],
)
def test_minutes_paragraphs_and_roll_calls_are_no_agenda_lines(make_document, text: str) -> None:
    assert not any(title in {"Parks", "Present", "Clerk", "The board discussed the snow contract"}
                   for _, title in _items(make_document, text))
