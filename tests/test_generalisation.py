"""Whole-document tests on house styles the samples do not cover.

Each `tests/generalisation/<name>.txt` is a short set of minutes written for
these tests (every council, place and person invented) in a common UK
local-government house style, with its hand-written answer beside it in
`<name>.expected.json` (the export shape of SCHEMA.md; `notes` says what the
style exercises). A new pair of files is a new test. Each document runs
through parse -> extract -> store -> export and is compared field by field
with the scorer the sample tests use, against the bars below.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Any

import pytest

TESTS = Path(__file__).resolve().parent
from whole_document import export_through_pipeline, list_problems

FOLDER = TESTS / "generalisation"
EXPECTED_SUFFIX = ".expected.json"

# Lowest acceptable F1 per list field on documents in styles the rules were not written for.
MIN_F1 = {
    "attendees": 0.9,
    "apologies": 0.9,
    "items": 0.9,
    "resolutions": 0.8,
    "actions": 0.75,
}

EXPECTED_FILES = sorted(FOLDER.glob(f"*{EXPECTED_SUFFIX}"))


def _name_of(path: Path) -> str:
    return path.name[: -len(EXPECTED_SUFFIX)]





def test_every_expected_file_has_its_document() -> None:
    assert len(EXPECTED_FILES) >= 6, "tests/generalisation/ should hold at least six documents"
    for path in EXPECTED_FILES:
        expected = json.loads(path.read_text(encoding="utf-8"))
        assert (FOLDER / expected["file"]).is_file(), f"{path.name} names a missing file"


@pytest.mark.parametrize("expected_path", EXPECTED_FILES, ids=[_name_of(p) for p in EXPECTED_FILES])
def test_document_matches_expected_answer(expected_path: Path, tmp_path: Path) -> None:
    expected = json.loads(expected_path.read_text(encoding="utf-8"))
    got = export_through_pipeline(FOLDER / expected["file"], str(tmp_path / "doc.db"))
    problems = list_problems(got, expected, min_f1=MIN_F1)
    assert not problems, "\n".join(problems)


# The rules the documents above called for, each on a few inline lines.


def _meeting(make_document: Any, text: str) -> Any:
    from minutebook.extract.meeting import extract_meeting

    return extract_meeting(make_document(text), kind="minutes")


def _sections(make_document: Any, text: str) -> list[Any]:
    from minutebook.extract.items import extract_items, split_sections

    document = make_document(text)
    return split_sections(document, extract_items(document))


def _resolution_texts(make_document: Any, nlp: Any, text: str) -> list[str]:
    from minutebook.extract.resolutions import extract_resolutions

    return [r.text for r in extract_resolutions(_sections(make_document, text), nlp=nlp)]


def _attendees(make_document: Any, nlp: Any, text: str) -> list[Any]:
    from minutebook.extract.attendance import extract_attendees

    return extract_attendees(make_document(text), nlp=nlp)


def _actions(make_document: Any, nlp: Any, text: str) -> list[Any]:
    from minutebook.extract.actions import extract_actions

    sections = _sections(make_document, text)
    attendees = _attendees(make_document, nlp, text)
    meeting = _meeting(make_document, text)
    return extract_actions(sections, attendees=attendees, meeting=meeting, nlp=nlp)


def test_items_numbered_with_a_committee_prefix(make_document: Any) -> None:
    from minutebook.extract.items import extract_items

    text = "LIC 7/21 MINUTES\n\nApproved.\n\nLIC 8/21 TAXI FEES\n\nNoted.\n\nEX/12 BUDGET\n\nNoted.\n"
    assert [(i.number, i.title) for i in extract_items(make_document(text))] == [
        ("LIC 7/21", "MINUTES"), ("LIC 8/21", "TAXI FEES"), ("EX/12", "BUDGET")
    ]


def test_plain_heading_over_a_lettered_list_is_an_item(make_document: Any) -> None:
    from minutebook.extract.items import extract_items

    text = "21/06 Roads\nNoted.\n\n21/07 Finance\na) It was RESOLVED to pay the invoices.\nb) It was RESOLVED to set the precept.\n"
    assert [i.number for i in extract_items(make_document(text))] == ["21/06", "21/07"]


def test_long_title_cased_plain_heading_is_an_item(make_document: Any) -> None:
    from minutebook.extract.items import extract_items

    text = "1. Minutes\n\nAgreed.\n\n2. Application for a Premises Licence - The Old Mill Tea Rooms, Bridge Street, Ashby\n\nGranted.\n"
    assert [i.number for i in extract_items(make_document(text))] == ["1", "2"]


def test_item_discussion_action_grid(make_document: Any) -> None:
    text = (
        "Present: Ann Lee (Chair), Bob Marr\n\n"
        "Item | Discussion | Action\n"
        "1. Roads | Potholes were discussed. | AL to write to Highways; BM to log the defects\n"
        "2. AOB | None. |\n"
    )
    sections = _sections(make_document, text)
    assert [(s.item.number, s.item.title) for s in sections] == [("1", "Roads"), ("2", "AOB")]
    assert [line.text for line in sections[0].lines] == [
        "Potholes were discussed.", "AL to write to Highways", "BM to log the defects"
    ]


def test_resolved_that_over_a_numbered_list_gives_one_resolution_each(make_document: Any, nlp: Any) -> None:
    text = "1. Policy\n\nRESOLVED: That\n\n(1) the policy be approved; and\n\n(2) the officer be authorised to publish it.\n"
    assert _resolution_texts(make_document, nlp, text) == [
        "RESOLVED: That the policy be approved; and",
        "RESOLVED: That the officer be authorised to publish it.",
    ]


def test_vote_record_after_a_decision_is_not_a_decision(make_document: Any, nlp: Any) -> None:
    from minutebook.extract.resolutions import extract_resolutions

    text = "4. Precept\n\nIt was RESOLVED to set the precept at £9,000. Proposed by Cllr Ash, seconded by Cllr Bell, carried.\n"
    found = extract_resolutions(_sections(make_document, text), nlp=nlp)
    assert [(r.text, r.proposer, r.seconder) for r in found] == [
        ("It was RESOLVED to set the precept at £9,000.", "Cllr Ash", "Cllr Bell")
    ]


def test_more_decision_openers(make_document: Any, nlp: Any) -> None:
    text = (
        "1. Minute\n\nThe minute of the meeting of 2 May was submitted and approved as a correct record.\n\n"
        "2. Finance\n\nThe Governing Body approved the budget.\n\n"
        "3. Bids\n\nOutcome: The Group agreed to bid.\n"
    )
    assert _resolution_texts(make_document, nlp, text) == [
        "The minute of the meeting of 2 May was submitted and approved as a correct record.",
        "The Governing Body approved the budget.",
        "Outcome: The Group agreed to bid.",
    ]


def test_attendance_table_header_row_names_no_one(make_document: Any, nlp: Any) -> None:
    text = "Attendees\nName | Organisation | Initials\nAnn Lee (Chair) | Town Council | AL\nBob Marr | Police | BM\n\n1. Roads\n"
    found = _attendees(make_document, nlp, text)
    assert [(a.name, a.role, a.organisation) for a in found] == [
        ("Ann Lee", "Chair", "Town Council"), ("Bob Marr", None, "Police")
    ]


def test_attendance_table_with_post_and_organisation_columns(make_document: Any, nlp: Any) -> None:
    text = "In attendance:\nName | Title | Organisation\nJo Hale | Board Secretary | County NHS Trust\n\n1. Minutes\n"
    found = _attendees(make_document, nlp, text)
    assert [(a.name, a.role, a.organisation, a.status) for a in found] == [
        ("Jo Hale", "Board Secretary", "County NHS Trust", "in_attendance")
    ]


def test_parish_attendance_line(make_document: Any, nlp: Any) -> None:
    text = (
        "PRESENT: Cllrs P. Ash (Chairman) and K. Bell\n"
        "IN ATTENDANCE: the Clerk, Mrs L. Green; District Cllr M. Hall; PCSO Dan Kemp\n"
        "Members of the public: 3\n\n1. Apologies\n"
    )
    found = _attendees(make_document, nlp, text)
    assert [(a.surname, a.title, a.role, a.status) for a in found] == [
        ("Ash", "Cllr", "Chairman", "present"),
        ("Bell", "Cllr", None, "present"),
        ("Green", "Mrs", "Clerk", "in_attendance"),
        ("Hall", "District Cllr", None, "in_attendance"),
        ("Kemp", "PCSO", None, "in_attendance"),
    ]


def test_other_present_labels_and_brackets(make_document: Any, nlp: Any) -> None:
    text = (
        "Sederunt: Councillor Ann Ross (Convener) (in the Chair), Councillor Ian Kerr.\n\n"
        "In Attendance: K Moore, Executive Director (Communities); and A Bain, Committee Officer.\n\n"
        "1. Minute\n"
    )
    found = _attendees(make_document, nlp, text)
    assert [(a.surname, a.role, a.status) for a in found] == [
        ("Ross", "Convener", "present"), ("Kerr", None, "present"),
        ("Moore", "Executive Director (Communities)", "in_attendance"), ("Bain", "Committee Officer", "in_attendance"),
    ]


def test_apologies_table(make_document: Any, nlp: Any) -> None:
    from minutebook.extract.apologies import extract_apologies

    text = "Apologies\nName | Organisation\nSue Hill | Probation Service\nTom Dean | County Council\n\n1. Minutes\n"
    found = extract_apologies(make_document(text), nlp=nlp)
    assert [(a.name, a.organisation) for a in found] == [("Sue Hill", "Probation Service"), ("Tom Dean", "County Council")]


def test_meeting_body_and_venue_in_other_opening_sentences(make_document: Any) -> None:
    parish = _meeting(make_document, "ASHBY PARISH COUNCIL\n\nMinutes of the Parish Council Meeting held on 3 May 2021 at 7pm in the Village Hall\n")
    assert (parish.body, parish.venue) == ("Ashby Parish Council", "Village Hall")
    board = _meeting(make_document, "Minutes of the Governing Body meeting held on 4 May 2021 at 2.00 pm, Room 1, County Hall, Ashby\n")
    assert (board.body, board.venue) == ("Governing Body", "Room 1, County Hall, Ashby")
    scottish = _meeting(make_document, "MINUTE of MEETING of the HOUSING COMMITTEE held in the Chambers, Ashby, on 5 May 2021 at 10.00 am.\n")
    assert (scottish.body, scottish.venue) == ("Housing Committee", "Chambers, Ashby")


def test_meeting_venue_on_a_line_of_its_own_and_start_time_in_prose(make_document: Any) -> None:
    text = (
        "Ashby Safety Partnership\nMeeting notes - 6 May 2021\nRoom B, Ashby Civic Offices\n\n"
        "1. Roads\n\nNoted.\n\nThe meeting started at 6.30 pm and finished at 8.05 pm.\n"
    )
    meeting = _meeting(make_document, text)
    assert (meeting.venue, str(meeting.start_time), str(meeting.end_time)) == ("Room B, Ashby Civic Offices", "18:30:00", "20:05:00")


def test_next_meeting_deadline_in_an_action_table_is_not_the_next_meeting(make_document: Any) -> None:
    text = (
        "Minutes of the Board meeting held on 6 May 2021\n\n1. Finance\n\nNoted.\n\n"
        "Action | Lead | By when\nBring a plan to the next meeting | JH | 28 June 2021\n"
    )
    assert _meeting(make_document, text).next_meeting is None


def test_action_owned_by_a_post_an_attendee_holds(make_document: Any, nlp: Any) -> None:
    text = (
        "Present: Councillor Ann Lee (Chair)\n\nOfficers: Pat Jones (Chief Executive)\n\n"
        "1. Housing\n\nThe Chief Executive undertook to report back on the placements.\n\n"
        "2. Rents\n\nDecided: to approve the rent increase.\n"
    )
    found = _actions(make_document, nlp, text)
    assert [(a.item, a.owners) for a in found] == [("1", ["Pat Jones"])]


def test_apologies_sentence_wrapped_onto_the_next_line(make_document: Any, nlp: Any) -> None:
    from minutebook.extract.apologies import extract_apologies

    text = "Apologies for absence were received from Councillors M Nunn and\nO Pryce.\n101 MINUTES\n"
    assert [a.surname for a in extract_apologies(make_document(text), nlp=nlp)] == ["Nunn", "Pryce"]


def test_present_label_saying_how_members_attended(make_document: Any, nlp: Any) -> None:
    text = "Present (in person): Councillors Ann Lee and Bob Marr\n\nPresent (remotely): Councillor Cy Neal\n\n1. Minutes\n"
    assert [a.surname for a in _attendees(make_document, nlp, text)] == ["Lee", "Marr", "Neal"]


def test_recommendation_and_reasons_lists(make_document: Any, nlp: Any) -> None:
    text = (
        "1. Tax\n\nRECOMMENDED to Council that the scheme be adopted.\n\n"
        "2. Land at Mill Road\n\nRESOLVED: That permission be refused for the following reasons:\n\n"
        "(1) the design is poor; and\n\n(2) the access is unsafe.\n\n"
        "3. Parking\n\nThe Chief Executive agreed to report back in April.\n"
    )
    assert _resolution_texts(make_document, nlp, text) == [
        "RECOMMENDED to Council that the scheme be adopted.",
        "RESOLVED: That permission be refused for the following reasons: (1) the design is poor; and (2) the access is unsafe.",
    ]


def test_action_markers_inside_and_after_a_sentence(make_document: Any, nlp: Any) -> None:
    text = (
        "Present: Tom Ure, Kay West\n\n"
        "1. Roads\n\nThe Forum agreed to ask for a 20mph zone (Action: TU). "
        "KW offered to help with the survey of residents on the estate next month. "
        "Action – All members to share the survey.\n"
    )
    found = _actions(make_document, nlp, text)
    assert [(a.text, a.owners) for a in found] == [
        ("KW offered to help with the survey of residents on the estate next month.", ["Kay West"]),
        ("The Forum agreed to ask for a 20mph zone.", ["Tom Ure"]),
        ("Share the survey.", ["All members"]),
    ]


def test_decision_without_a_subject(make_document: Any, nlp: Any) -> None:
    text = "1. Notes of last meeting\n\nAgreed as a correct record.\n\n2. Roads\n\nApproved by the police in May, the scheme is running.\n"
    assert _resolution_texts(make_document, nlp, text) == ["Agreed as a correct record."]


def test_agenda_item_label_on_a_line_of_its_own(make_document: Any) -> None:
    from minutebook.extract.items import extract_items

    text = "Agenda Item 5\nBudget Monitoring\n\nThe report was noted.\n\nAgenda Item 6\nWaste Review\n\nNoted.\n"
    assert [(i.number, i.title) for i in extract_items(make_document(text))] == [
        ("5", "Budget Monitoring"), ("6", "Waste Review")
    ]


def test_minutes_without_the_word_minutes_in_the_title(make_document: Any) -> None:
    from minutebook.extract.kind import classify_document

    text = (
        "SCRUTINY BOARD\n\nTuesday, 3rd March, 2020 at 7.00 p.m.\n\n"
        "Members Present: Councillors Bray (Chair) and Cotton\n\nApologies: Councillor Hume\n\n"
        "Agenda Item 5\nBudget\n\nThe Board noted the report.\n\nThe meeting terminated at 8.55 p.m.\n"
    )
    assert classify_document(make_document(text)) == "minutes"


def test_attendance_lines_with_labels_of_their_own(make_document: Any, nlp: Any) -> None:
    text = (
        "Councillors present: Cllr A Ash (Mayor); Cllr E Elm\n"
        "Co-opted member: Mr F Fir\n"
        "Absent: Cllr G Gum\n"
        "Officers: H Hay (Town Clerk); I Ivy (Assistant Clerk)\n"
        "Public: 4 members of the public\n\n1. Apologies\n"
    )
    found = _attendees(make_document, nlp, text)
    assert [(a.surname, a.title, a.status) for a in found] == [
        ("Ash", "Cllr", "present"), ("Elm", "Cllr", "present"), ("Fir", "Mr", "present"),
        ("Hay", None, "in_attendance"), ("Ivy", None, "in_attendance"),
    ]


def test_attendance_register_with_a_status_column(make_document: Any, nlp: Any) -> None:
    from minutebook.extract.apologies import extract_apologies

    text = (
        "Attendance\nMember | Representing | Attendance\n"
        "Cllr Ann Ash | County Council | Present\nCllr Bob Birch | Town Council | Apologies\n"
        "Mr Cy Cole | Independent Member | Absent\n\n1. Minutes\n"
    )
    assert [a.surname for a in _attendees(make_document, nlp, text)] == ["Ash"]
    assert [(a.surname, a.organisation) for a in extract_apologies(make_document(text), nlp=nlp)] == [("Birch", "Town Council")]


def test_substitutes_line(make_document: Any, nlp: Any) -> None:
    text = (
        "Present: Councillors Bray (Chair) and Cotton\n\nApologies: Councillors Hume and Irwin\n\n"
        "Substitutes: Councillor Jarvis for Councillor Hume and Councillor Kemp for Councillor Irwin\n\n1. Minutes\n"
    )
    found = _attendees(make_document, nlp, text)
    assert [(a.surname, a.role) for a in found] == [
        ("Bray", "Chair"), ("Cotton", None), ("Jarvis", "Substitute"), ("Kemp", "Substitute")
    ]


def test_actions_asked_of_someone(make_document: Any, nlp: Any) -> None:
    text = (
        "Present: Cllr Ann Ash (Chair), Cllr Ben Birch\nIn attendance: Dan Dale (Clerk)\n\n1. Play area\n"
        "The Clerk was asked to obtain three quotes.\nThe Chair asked the Clerk to write to the MP.\n"
        "Cllr Birch agreed to inspect the fencing.\n"
    )
    found = _actions(make_document, nlp, text)
    assert [(a.text, a.owners) for a in found] == [
        ("The Clerk was asked to obtain three quotes.", ["Dan Dale"]),
        ("The Chair asked the Clerk to write to the MP.", ["Dan Dale"]),
        ("Cllr Birch agreed to inspect the fencing.", ["Ben Birch"]),
    ]


# The same documents printed as PDFs, with a running header, a footer and page numbers,
# so the rules are also checked on the line breaks and furniture of a real printout.

_PDF_HEADING = re.compile(r"^(?:\d{1,3}\.?\s+[A-Z]|[A-Z]{2,6}[ /]?\d|\d{2,3}/\d{2}\s|Item\s+\d|Minute\s+\d|Agenda Item)")
MAX_PDF_HEADING_WORDS = 15


def write_pdf_source(text: str, expected: dict[str, Any]) -> str:
    """The words of a text document in samples/make_samples.py markup: item headings bold, tables kept."""
    source = [f"@header {expected['body']} | {expected['meeting_date']}", "@footer Chairman's initials ........ | Page {page}", ""]
    for line in text.replace("\f", "\n@page\n").splitlines():
        words = line.strip().replace("**", "").lstrip("#").strip()
        if words == "@page":
            source.append(words)
        elif not words or re.fullmatch(r"Page \d+", words):
            source.append("")
        elif " | " in words:
            source.append(words.rstrip(" |"))
        elif _PDF_HEADING.match(words) and len(words.split()) <= MAX_PDF_HEADING_WORDS and not words.endswith("."):
            source += ["", f"### {words}", ""]
        else:
            source += [words, ""]
    return "\n".join(source) + "\n"


# Printouts that fail for a reason outside the extractors, kept visible as expected failures.
KNOWN_PDF_GAPS: dict[str, str] = {}
"""Documents whose PDF printout is known to read worse than their text, with why (none at present)."""


@pytest.mark.slow
@pytest.mark.parametrize("expected_path", EXPECTED_FILES, ids=[_name_of(p) for p in EXPECTED_FILES])
def test_pdf_printout_matches_expected_answer(expected_path: Path, tmp_path: Path, request: pytest.FixtureRequest) -> None:
    import importlib.util

    if _name_of(expected_path) in KNOWN_PDF_GAPS:
        request.applymarker(pytest.mark.xfail(reason=KNOWN_PDF_GAPS[_name_of(expected_path)], strict=False))

    maker_path = TESTS.parent / "samples" / "make_samples.py"
    spec = importlib.util.spec_from_file_location("make_samples", maker_path)
    if spec is None or spec.loader is None:
        pytest.skip("samples/make_samples.py is not available")
    maker = sys.modules.get("make_samples") or importlib.util.module_from_spec(spec)
    if "make_samples" not in sys.modules:
        sys.modules["make_samples"] = maker
        spec.loader.exec_module(maker)
    expected = json.loads(expected_path.read_text(encoding="utf-8"))
    source = tmp_path / f"{_name_of(expected_path)}.pdfsrc"
    source.write_text(write_pdf_source((FOLDER / expected["file"]).read_text(encoding="utf-8"), expected), encoding="utf-8")
    pdf = maker.render_sample(source, out_dir=tmp_path)
    got = export_through_pipeline(pdf, str(tmp_path / "doc.db"))
    problems = list_problems(got, expected, min_f1=MIN_F1)
    assert not problems, "\n".join(problems)


def test_chair_and_clerk_on_lines_of_their_own(make_document: Any, nlp: Any) -> None:
    text = "Chair: Cllr Ann Ash\nPresent: Cllr Ben Birch, Dev Dutt (Housing)\nClerk: Dan Dale\n\n1. Notes\nLead: Jo Hale\n"
    found = _attendees(make_document, nlp, text)
    assert [(a.surname, a.role, a.status) for a in found] == [
        ("Ash", "Chair", "present"), ("Birch", None, "present"), ("Dutt", None, "present"), ("Dale", "Clerk", "in_attendance")
    ]


def test_apologies_after_a_colon_and_in_bullets(make_document: Any, nlp: Any) -> None:
    from minutebook.extract.apologies import extract_apologies

    colon = "Apologies were received from: Cllr A Ash; Cllr B Birch.\n\n1. Minutes\n"
    bullets = "Apologies\n- Cllr Ann Ash\n- Mr Cy Cole (Police)\n\n1. Minutes\n"
    assert [a.surname for a in extract_apologies(make_document(colon), nlp=nlp)] == ["Ash", "Birch"]
    assert [(a.surname, a.organisation) for a in extract_apologies(make_document(bullets), nlp=nlp)] == [
        ("Ash", None), ("Cole", "Police")
    ]


def test_numbered_decisions_above_the_next_item(make_document: Any) -> None:
    from minutebook.extract.items import extract_items

    text = "1. Budget\nResolved:\n1. That the report be noted.\n2. That the virement be approved.\n\n2. Fees and charges\nNoted.\n"
    assert [(i.number, i.title) for i in extract_items(make_document(text))] == [("1", "Budget"), ("2", "Fees and charges")]


def test_meeting_venue_labelled_inline_or_online(make_document: Any) -> None:
    labelled = _meeting(make_document, "Ashby Parish Council\nDate: Tuesday 5th May 2020 Time: 7.00pm Venue: Village Hall, Ashby\n")
    online = _meeting(make_document, "Ashby Parish Council\nMinutes of the meeting held virtually via Microsoft Teams on 5 May 2020 at 7pm\n")
    weekday = _meeting(make_document, "Ashby Parish Council\nMinutes of the meeting held on Tuesday, 5 May 2020 at 7pm\n")
    # The manner, when the minutes write it, stays with the platform ("remotely via Zoom").
    assert (labelled.venue, online.venue, weekday.venue) == ("Village Hall, Ashby", "virtually via Microsoft Teams", None)
