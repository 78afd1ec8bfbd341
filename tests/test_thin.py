"""Telling a clerk when a long document gave much less than its kind normally holds."""

from __future__ import annotations

from minutebook.extract.records import AgendaItem, Attendee, Extraction, Meeting, Resolution
from minutebook.extract.thin import THIN_MIN_CHARACTERS, judge_thin


def _extraction(kind: str = "minutes", *, attendees: int = 1, items: int = 1, resolutions: int = 1) -> Extraction:
    return Extraction(
        meeting=Meeting(kind=kind),
        attendees=[Attendee(name=f"Ann Lee {n}") for n in range(attendees)],
        items=[AgendaItem(number=str(n + 1), title="Finance") for n in range(items)],
        resolutions=[Resolution(item="1", text="RESOLVED that the accounts be approved.") for _ in range(resolutions)],
    )


def _pages(make_document, count: int):
    return make_document("\f".join(f"Page {n} of the minutes.\nThe clerk reported.\n" for n in range(count)))


def test_long_minutes_without_attendance_items_or_decisions(make_document) -> None:
    document = _pages(make_document, 3)
    assert judge_thin(_extraction(attendees=0, items=0, resolutions=0), document) == [
        "no attendance found", "no agenda items found", "no decisions found",
    ]
    assert judge_thin(_extraction(resolutions=0), document) == ["no decisions found"]


def test_one_long_page_of_text_is_judged_too(make_document) -> None:
    document = make_document("The clerk reported on the roads. " * (THIN_MIN_CHARACTERS // 30))
    assert judge_thin(_extraction(items=0), document) == ["no agenda items found"]


def test_full_or_short_documents_are_not_thin(make_document) -> None:
    assert judge_thin(_extraction(), _pages(make_document, 3)) == []
    assert judge_thin(_extraction(attendees=0, items=0, resolutions=0), _pages(make_document, 1)) == []


def test_agendas_are_not_judged_and_unknown_documents_only_when_empty(make_document) -> None:
    document = _pages(make_document, 4)
    assert judge_thin(_extraction("agenda", attendees=0, items=0, resolutions=0), document) == []
    assert judge_thin(_extraction("unknown"), document) == []
    assert judge_thin(_extraction("unknown", attendees=0), document) == [
        "not recognised as minutes, an agenda or a plan", "no attendance found",
    ]


def test_plan_without_action_rows(make_document) -> None:
    assert judge_thin(Extraction(meeting=Meeting(kind="plan")), _pages(make_document, 5)) == ["no action rows found"]
