"""A file holding the minutes of several meetings is read as one meeting, and the load says so, naming where each
meeting starts. Every document here is invented."""

from __future__ import annotations

from pathlib import Path

from minutebook.extract.several_meetings import meeting_starts, several_meetings_warning
from minutebook.load import load_paths
from minutebook.store import Store

_US_SPECIAL_THEN_REGULAR = (
    "MINUTES OF THE SPECIAL CITY COUNCIL MEETING\nTUESDAY- -MAY 4, 2032- -5:30 P.M.\n"
    "Mayor Ormsby convened the meeting at 5:31 p.m.\n"
    "ROLL CALL - Present: Councilmembers Brandt, Petrie and Mayor Ormsby - 3.\nAbsent: None.\n"
    "1. CLOSED SESSION\n(32-101) Conference with legal counsel. No reportable action.\n"
    "ADJOURNMENT\nThe meeting adjourned at 6:50 p.m.\n\n"
    "MINUTES OF THE SPECIAL JOINT CITY COUNCIL AND\nHOUSING AUTHORITY BOARD MEETING\nTUESDAY- -MAY 4, 2032- -7:00 P.M.\n"
    "Mayor Ormsby convened the meeting at 7:02 p.m.\n"
    "ROLL CALL - Present: Councilmembers Brandt, Petrie and Mayor Ormsby - 3.\nAbsent: None.\n"
    "1. CONSENT CALENDAR\n(32-110) Minutes of the Special Meeting held on April 20, 2032. Approved.\n"
    "ADJOURNMENT\nThe meeting adjourned at 9:15 p.m.\n"
)
_UK_TWO_MEETINGS = (
    "Minutes of the Annual Parish Meeting of Pellworth\nheld on Tuesday 10 May 2033 at 7pm in the Reading Room\n"
    "Present: Cllr A Lake (Chair), Cllr B Moss and 6 residents.\n"
    "1. Chair's report\nThe Chair reported on the year.\n\n"
    "Minutes of the Annual Meeting of Pellworth Parish Council\nheld on Tuesday 10 May 2033 at 8pm in the Reading Room\n"
    "Present: Cllr A Lake, Cllr B Moss, Cllr C Rowe\n"
    "1. Election of Chair\nCllr Lake was elected.\n"
)


def test_a_special_and_a_regular_meeting_in_one_file(make_document) -> None:
    starts = meeting_starts(make_document(_US_SPECIAL_THEN_REGULAR))
    assert [(start.line, start.written) for start in starts] == [(1, "MAY 4, 2032, 17:30"), (11, "MAY 4, 2032, 19:00")]
    # A title wrapped onto a second line is read whole.
    assert starts[1].title == "MINUTES OF THE SPECIAL JOINT CITY COUNCIL AND HOUSING AUTHORITY BOARD MEETING"


def test_two_meetings_of_one_evening_titled_in_sentence_case(make_document) -> None:
    warning = several_meetings_warning(make_document(_UK_TWO_MEETINGS))
    assert warning is not None
    assert warning.startswith("holds the minutes of 2 meetings (line 1: Minutes of the Annual Parish Meeting of Pellworth")
    assert "they were read as one meeting" in warning


def test_one_meeting_under_two_titles_or_approving_earlier_minutes_is_one(make_document) -> None:
    # Negative: a site's post title over the minutes' own title, at the same date; an item approving earlier minutes;
    # a meeting title with no roll call or call to order under it (a heading in a report).
    text = (
        "Minutes of the May meeting of Pellworth PC\nTuesday 10 May 2033\n"
        "MINUTES OF PELLWORTH PARISH COUNCIL MEETING\nTUESDAY 10 MAY 2033 at 7.30pm\n"
        "Present: Cllr A Lake (Chair), Cllr B Moss\n"
        "1. Minutes of the meeting held on 12 April 2033\nThe minutes were approved and signed.\n"
        "2. Reports\nMinutes of the Village Hall Committee meeting of 2 May 2033\nThe report was noted.\n"
    )
    assert several_meetings_warning(make_document(text)) is None


def test_the_load_names_the_file_and_keeps_it(tmp_path: Path, db_path: str) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "council-2032-05-04.txt").write_text(_US_SPECIAL_THEN_REGULAR, encoding="utf-8")
    with Store(db_path) as store:
        summary = load_paths([folder], store, workers=1)
    assert summary.loaded == 1
    [warning] = [w for w in summary.warnings if "meetings" in w.reason]
    assert warning.path.endswith("council-2032-05-04.txt") and warning.kind == "warning"
    assert "holds the minutes of 2 meetings" in warning.reason


def test_an_approved_minutes_title_opens_a_meeting(make_document) -> None:
    # "APPROVED MINUTES OF …" is a title: the approval is of the minutes themselves, before "of".
    text = _US_SPECIAL_THEN_REGULAR.replace("MINUTES OF THE SPECIAL CITY", "APPROVED MINUTES OF THE SPECIAL CITY", 1)
    assert [start.title for start in meeting_starts(make_document(text))][0] == (
        "APPROVED MINUTES OF THE SPECIAL CITY COUNCIL MEETING"
    )


def test_earlier_minutes_named_under_an_approval_item_with_a_roll_call_vote_are_no_meeting(make_document) -> None:
    # Negative: the minutes approved, named on a line of their own with their date and hour, then a roll call vote.
    text = (
        "MINUTES OF THE REGULAR BOARD MEETING\nMarch 8, 2033 at 7:00 PM\n"
        "The meeting was called to order at 7:01 p.m. by President Orr.\n"
        "Present: Directors Orr, Tate and Finch.\n\n"
        "1. APPROVAL OF MINUTES\nMinutes of the Special Board Meeting\nFebruary 20, 2033 at 5:30 PM\n"
        "Director Tate moved approval, seconded by Director Finch.\nRoll call vote: Ayes: Orr, Tate, Finch.\n"
    )
    assert len(meeting_starts(make_document(text))) == 1
