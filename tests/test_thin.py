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
    page = (
        "Page {n} of the minutes of the parish council.\nThe clerk reported on the roads, the footpaths, the bus shelter "
        "and the playing field, and members asked for the grass to be cut before the summer fete on the green.\n"
    )
    return make_document("\f".join(page.format(n=n) for n in range(count)))


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


def test_a_document_of_almost_no_words_and_nothing_read_is_thin_whatever_its_length_or_kind(make_document) -> None:
    template = make_document("\n\n{{ page.title }}\n\n<MinutesList />\n")
    assert judge_thin(_extraction(attendees=0, items=0, resolutions=0), template) == [
        "almost no text (3 words) and nothing read: check the file"
    ]
    # A short notice that a meeting was cancelled is flagged too, with no guess at what the file is.
    cancelled = make_document("Elm Parish Council\nThe meeting due this month has been cancelled: no business to transact.")
    assert judge_thin(_extraction(attendees=0, items=0, resolutions=0), cancelled) == [
        "almost no text (15 words) and nothing read: check the file"
    ]
    cover = make_document("Parish Council of Elmstead\fMinutes 2031\fPage 3")
    assert judge_thin(_extraction("agenda", attendees=0, items=0, resolutions=0), cover)[0].startswith("almost no text")
    # A few words from which something was read ("Minutes / 1. Apologies"), or a short note with a sentence or two of
    # real minutes, are not judged (near misses).
    assert judge_thin(_extraction(attendees=0, resolutions=0), template) == []
    note = make_document(
        "Elmstead Parish Council. Minutes of the meeting held on 4 May 2031 at the Village Hall. Present: Cllrs Ann Lee "
        "and Bo Day. The meeting agreed to buy a new bench for the green and asked the Clerk to order it before June."
    )
    assert judge_thin(_extraction(attendees=0, items=0, resolutions=0), note) == []
