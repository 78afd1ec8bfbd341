"""List entries opened by a bullet printed in a symbol font ("\uf0b7", "\uf0a7", "▪", "➢", Word's "o") start paragraphs
of their own, as "•" and "-" do, so each entry's decision stands alone; and entries under a lead-in that reports what
another body or a member said or decided ("… updated the Council on the committee's discussions:", "The Clerk reported
the following:", "The sub-committee had agreed:") are no decisions of the body. Invented minutes."""

from __future__ import annotations

import pytest

from minutebook.extract.items import strip_list_marker
from minutebook.extract.pipeline import extract_document
from minutebook.extract.reported_lists import report_lead_in

_OPENING = (
    "Larkmoor Parish Council\nMinutes of the meeting held on 14 April 2033\n\n"
    "Present: Cllr Hester Vane (Chair), Cllr Tobias Wren, Cllr Mabel Ormsby\n\n"
)


def _decisions(make_document, body: str) -> list[str]:
    return [r.text for r in extract_document(make_document(_OPENING + body)).resolutions]


@pytest.mark.parametrize("bullet", ["\uf0b7", "\uf0a7", "▪", "➢", "o"])
def test_each_glyph_bullet_opens_its_own_decision(make_document, bullet: str) -> None:
    body = (
        "5. Village green\n\n"
        f"{bullet} Noticeboard - the new board has been fitted by the contractor.\n"
        f"{bullet} It was agreed to buy a second bench for the green.\n"
        f"{bullet} It was agreed to renew the grass cutting contract for a year.\n"
    )
    assert _decisions(make_document, body) == [
        "It was agreed to buy a second bench for the green.",
        "It was agreed to renew the grass cutting contract for a year.",
    ]


@pytest.mark.parametrize("bullet", ["\uf0b7", "▪"])
def test_a_glyph_entry_wrapped_over_lines_stays_one_decision(make_document, bullet: str) -> None:
    body = (
        "5. Village green\n\n"
        f"{bullet} It was agreed to buy a second bench for the green, to be placed\n"
        "near the pond.\n"
        f"{bullet} It was agreed to renew the grass cutting contract for a year.\n"
    )
    assert _decisions(make_document, body) == [
        "It was agreed to buy a second bench for the green, to be placed near the pond.",
        "It was agreed to renew the grass cutting contract for a year.",
    ]


@pytest.mark.parametrize("bullet", ["\uf0b7", "▪"])
def test_a_glyph_bullet_is_stripped_as_a_list_marker(bullet: str) -> None:
    assert strip_list_marker(f"{bullet} Bench - an update was awaited.") == "Bench - an update was awaited."


def test_a_glyph_inside_a_line_or_without_a_space_or_a_lower_case_o_opens_nothing() -> None:
    assert strip_list_marker("Cost ▪ 40 pounds") == "Cost ▪ 40 pounds"
    assert strip_list_marker("▪Bench") == "▪Bench"
    assert strip_list_marker("o the green") == "o the green"


@pytest.mark.parametrize("bullet", ["\uf0b7", "-"])
def test_entries_under_a_committee_report_are_no_decisions_of_the_council(make_document, bullet: str) -> None:
    body = (
        "6. Committee reports\n\n"
        "The Chair of the Open Spaces Committee updated the Council on the committee's discussions at its March "
        "meeting:\n"
        f"{bullet} The terms of reference were agreed and Cllr Wren was agreed as its chair.\n"
        f"{bullet} It has been agreed that an open day will be held in May.\n"
        "It was agreed to thank the committee for its work.\n"
    )
    assert _decisions(make_document, body) == ["It was agreed to thank the committee for its work."]


def test_entries_under_what_a_sub_committee_had_agreed_are_no_decisions(make_document) -> None:
    body = (
        "7. Allotments\n\n"
        "The sub-committee had agreed:\n"
        "▪ That the water troughs were approved for repair.\n"
        "▪ That rents were agreed at 30 pounds a plot.\n\n"
        "Members noted the report.\n"
    )
    assert _decisions(make_document, body) == ["Members noted the report."]


def test_a_resolved_entry_under_a_clerks_report_is_still_the_councils_decision(make_document) -> None:
    body = (
        "8. Clerk's report\n\n"
        "The Clerk reported on the following matters:\n"
        "\uf0b7 The insurance renewal was agreed by the insurer.\n"
        "\uf0b7 RESOLVED: That the insurance be renewed for one year.\n"
    )
    assert _decisions(make_document, body) == ["RESOLVED: That the insurance be renewed for one year."]


def test_a_lead_in_that_decides_itself_keeps_its_list(make_document) -> None:
    body = (
        "9. Planning\n\n"
        "It was agreed to object to the application on the following grounds:\n"
        "\uf0b7 The number of dwellings is out of scale with the hamlet.\n"
        "\uf0b7 The lane cannot take the traffic.\n"
    )
    assert _decisions(make_document, body) != []


@pytest.mark.parametrize(
    ("text", "reported"),
    [
        ("The Manager presented the report and highlighted the following areas:", True),
        ("Sergeant Lyle joined the meeting and gave his report:", True),
        ("The Board agreed this was worthwhile and suggested the following:", False),
        ("RESOLVED: That the following action should be taken:", False),
        ("Cheques were signed for the following invoices:", False),
        ("The Clerk reported that the hall is booked.", False),
    ],
)
def test_which_lead_ins_report(text: str, reported: bool) -> None:
    assert (report_lead_in(text) is not None) is reported
