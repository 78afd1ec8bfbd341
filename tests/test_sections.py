"""Section labels: one data file read by the attendance, apologies, meeting, items and kind readers."""

from __future__ import annotations

from importlib import resources

import pytest
from minutebook.extract import sections
from minutebook.extract.attendance import extract_attendees
from minutebook.extract.items import extract_items, read_items_and_sections, split_sections
from minutebook.extract.sections import (
    SECTIONS_FILE,
    match_label,
    opening_label,
    parse_section_labels,
    read_attendance_mark,
)


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Present: Cllr A Marsh", "present"),
        ("PRESENT", "present"),
        ("Members present - Cllr A Marsh", "present"),
        ("Councillors in attendance:", "present"),
        ("Sederunt: Councillor B Tay", "present"),
        ("Present (remotely): Cllr C Fenn", "present"),
        ("Present (via Zoom or in person):", "present"),
        ("Present (in person, remotely): Cllr C Fenn", "present"),
        ("In attendance: Jo Hale (Clerk)", "in_attendance"),
        ("Officers present: Jo Hale", "in_attendance"),
        ("Also present: PC D Rowe", "also_present"),
        ("ALSO IN ATTENDANCE -", "also_present"),
    ],
)
def test_attendance_labels_give_their_status(text: str, status: str) -> None:
    found = match_label(text)
    assert found is not None and found.label.status == status


def test_text_after_a_label_starts_after_its_colon() -> None:
    text = "Present (in person): Cllr A Marsh"
    found = match_label(text)
    assert found is not None and text[found.end :] == "Cllr A Marsh"


@pytest.mark.parametrize("text", ["Present at the meeting were Cllr A Marsh", "Presentation by the police",
                                  "Present (as the planning application said): the owners",
                                  "Administration: A, B", "Members of the public raised the bridge"])
def test_a_sentence_or_a_list_under_a_lone_label_is_no_label(text: str) -> None:
    assert match_label(text) is None


def test_members_with_a_colon_is_a_label_with_its_list() -> None:
    # "Members:" with its colon opens a list on its line ("* Members: Bea Lund, Hal Ortega" under "Attendees:").
    text = "Members: Bea Lund, Hal Ortega"
    found = match_label(text)
    assert found is not None and found.label.status == "present" and text[found.end :].strip(" :") == "Bea Lund, Hal Ortega"


def test_members_is_a_label_only_on_its_own_line() -> None:
    assert match_label("Members") is not None
    assert opening_label("Members noted the report") is None


def test_substitutes_label_says_its_people_stand_in() -> None:
    found = match_label("Substitute members:")
    assert found is not None and found.label.substitutes


@pytest.mark.parametrize(
    ("text", "section"),
    [
        ("Apologies for absence were received from Cllr A", "apologies"),
        ("Apology: Cllr B Tay", "apologies"),
        ("Declarations of interest", "business"),
        ("Members of the public: 3", "public"),
        ("Also present: PC D Rowe", "attendance"),
    ],
)
def test_a_line_opening_a_section(text: str, section: str) -> None:
    label = opening_label(text)
    assert label is not None and label.section == section


@pytest.mark.parametrize(
    ("cell", "mark"),
    [("Present", "present"), ("✓", "present"), ("Apologies sent.", "apologies"), ("not  present", "absent"), ("Chair", None)],
)
def test_register_marks(cell: str, mark: str | None) -> None:
    assert read_attendance_mark(cell) == mark


def test_a_label_without_a_status_is_refused() -> None:
    with pytest.raises(ValueError, match="needs a status"):
        parse_section_labels('labels = [{ words = "present", section = "attendance" }]\n[marks]\npresent=[]\napologies=[]\nabsent=[]\n')


def test_a_new_label_is_one_line_of_data(make_document, nlp, monkeypatch: pytest.MonkeyPatch) -> None:
    document = make_document("MINUTES\nPanel members attending: Cllr A Marsh, Cllr B Tay\n\n1. Welcome\n")
    assert extract_attendees(document, nlp=nlp) == []
    text = resources.files("minutebook.extract").joinpath("data", SECTIONS_FILE).read_text(encoding="utf-8")
    added = text.replace(
        "labels = [\n",
        'labels = [\n  { words = "panel members attending", section = "attendance", status = "present" },\n',
        1,
    )
    monkeypatch.setattr(sections, "load_section_labels", lambda: parse_section_labels(added))
    assert [(a.name, a.status) for a in extract_attendees(document, nlp=nlp)] == [
        ("A Marsh", "present"),
        ("B Tay", "present"),
    ]


def test_a_longer_label_wins_where_a_shorter_fits_only_the_words() -> None:
    data = (
        'labels = [{ words = "present", section = "attendance", status = "present" },'
        ' { words = "present in the chair", section = "attendance", status = "present" }]\n'
        "[marks]\npresent = []\napologies = []\nabsent = []\n"
    )
    group = parse_section_labels(data).groups[0].pattern
    match = group.match("PRESENT IN THE CHAIR: Cllr A Marsh")
    assert match is not None and match.group("l1") is not None


def test_items_and_sections_are_read_in_one_pass(make_document) -> None:
    document = make_document("MINUTES\n\n1. Budget\nThe budget was agreed.\n\n2. Fees\nFees were noted.\n")
    other = make_document("MINUTES\n\n1. Parking\nParking was discussed.\n")
    items, found = read_items_and_sections(document)
    read_items_and_sections(other)  # nothing of one document is remembered for the next
    assert items == extract_items(document)
    assert [s.text for s in found] == [s.text for s in split_sections(document, items)]
    assert [s.key for s in found] == ["1", "2"]


def test_an_absent_label_is_one_line_of_data_and_ends_the_list(make_document, nlp, monkeypatch: pytest.MonkeyPatch) -> None:
    document = make_document("MINUTES\nPresent: Cllr A Marsh\nAbsent\nCllr B Tay\n\n1. Welcome\n")
    text = resources.files("minutebook.extract").joinpath("data", SECTIONS_FILE).read_text(encoding="utf-8")
    added = text.replace("labels = [\n", 'labels = [\n  { words = "absent", section = "absent" },\n', 1)
    monkeypatch.setattr(sections, "load_section_labels", lambda: parse_section_labels(added))
    assert [a.name for a in extract_attendees(document, nlp=nlp)] == ["A Marsh"]
