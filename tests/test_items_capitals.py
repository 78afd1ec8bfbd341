"""Items of minutes that use plain capitals as their headings, with no numbers, bold or sizes (small boards'
minutes, scanned PDFs with a text layer, plain text exports): capitals lines on their own and capitals labels run in
after a dash or colon, and the capitals lines that must stay no items.

Every document here is invented; each family is written as plain text and as a plain Helvetica PDF.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

from minutebook.extract.items import extract_items, read_items_and_sections
from minutebook.ingest import parse_file


def _text_titles(make_document, text: str) -> list[str]:
    return [item.title for item in extract_items(make_document(text, name="elmwood-2031-03-04.txt"))]


def _pdf_titles(tmp_path: Path, text: str) -> list[str]:
    path = tmp_path / "elmwood-2031-03-04.pdf"
    pdf = canvas.Canvas(str(path), pagesize=letter)
    y = 740.0
    for line in text.splitlines():
        if y < 60:
            pdf.showPage()
            y = 740.0
        pdf.setFont("Helvetica", 11)
        pdf.drawString(60, y, line)
        y -= 16
    pdf.save()
    return [item.title for item in extract_items(parse_file(path))]


_STANDING = """VILLAGE OF ELMWOOD
REGULAR MEETING MINUTES
March 4, 2031
CALL TO ORDER
Mayor Tilden called the meeting to order at 7:00 p.m
ROLL CALL OF COUNCIL
Trustees Abner, Borrow, Cade and Dunmore answered roll call
CONSENT CALENDAR
Trustee Abner moved to approve the consent calendar as presented, seconded by Borrow
Motion carried 4-0
AUDIENCE COMMENTS
Resident Jo Parry spoke about the condition of the sidewalk on Elm Street
SPEED LIMIT
The board discussed lowering the speed limit on Mill Road to 25 mph
Trustee Cade will ask the county engineer for a study
CEMETERY
No report
ADJOURNMENT
Trustee Borrow moved to adjourn at 8:10 p.m
"""

_STANDING_TITLES = [
    "CALL TO ORDER",
    "ROLL CALL OF COUNCIL",
    "CONSENT CALENDAR",
    "AUDIENCE COMMENTS",
    "SPEED LIMIT",
    "CEMETERY",
    "ADJOURNMENT",
]


def test_capitals_lines_structuring_minutes_are_items_in_text(make_document):
    assert _text_titles(make_document, _STANDING) == _STANDING_TITLES


def test_capitals_lines_structuring_minutes_are_items_in_a_plain_pdf(tmp_path):
    assert _pdf_titles(tmp_path, _STANDING) == _STANDING_TITLES


_LOOKALIKES = """VILLAGE OF ELMWOOD
REGULAR MEETING MINUTES
March 4, 2031
CALL TO ORDER
Mayor Tilden called the meeting to order at 7:00 p.m
ROLL CALL
Trustees Abner, Borrow, Cade and Dunmore answered roll call
AUDIENCE COMMENTS
Two residents spoke
JO PARRY
She asked about the condition of the sidewalk on Elm Street
MAYOR TILDEN
Mayor Tilden said the work would be done in spring
SPEED LIMIT
The board reviewed the letter from the
COUNTY HIGHWAY DEPARTMENT
about the bridge weight limit on Mill Road
MOTION CARRIED
The motion was carried by all present
RESOLVED
That the budget be adopted as presented to the board
VILLAGE OF ELMWOOD
Page 2 of 2
WATER & SEWER
Late notices will be mailed next week
VILLAGE OF ELMWOOD
ADJOURNMENT
Trustee Borrow moved to adjourn at 8:10 p.m
RESPECTFULLY SUBMITTED
Lena Marsh, Village Clerk
ATTEST
Ada Tilden, Mayor
"""

_LOOKALIKE_TITLES = ["CALL TO ORDER", "ROLL CALL", "AUDIENCE COMMENTS", "SPEED LIMIT", "WATER & SEWER", "ADJOURNMENT"]


def test_names_decisions_running_headers_and_broken_sentences_are_no_items(make_document):
    # A speaker's name, a decision word, a line carrying on a sentence and the repeated letterhead stay text.
    assert _text_titles(make_document, _LOOKALIKES) == _LOOKALIKE_TITLES


def test_capitals_lookalikes_are_no_items_in_a_plain_pdf(tmp_path):
    assert _pdf_titles(tmp_path, _LOOKALIKES) == _LOOKALIKE_TITLES


def test_few_capitals_lines_without_agenda_words_stay_text(make_document):
    text = (
        "GREYBROOK TOWNSHIP\nMarch 4, 2031\nThe board met at the hall and heard from the\n"
        "COUNTY DRAIN COMMISSIONER\nabout the culvert\nSNOW AND ICE\nwere discussed at length by the members\n"
    )
    assert _text_titles(make_document, text) == []


def test_a_table_header_in_capitals_is_no_item(make_document):
    text = _STANDING + "STREET      SIDE          REQUEST\nMill Road   North side    Slower traffic near school\n"
    assert _text_titles(make_document, text) == _STANDING_TITLES


_RUN_IN = """GREYBROOK TOWNSHIP BOARD
Minutes of the Regular Meeting, March 4, 2031
Supervisor Vance called the meeting to order at 7:00 pm.
PRESENT: Vance, Reed, Moss, Hart, Lane
POLICE REPORT - Chief Lane: Report as presented.
CEMETERY –Moss: No report.
FINANCE -Reed: Reed said that the audit is under way and the bank balance is healthy.
BUILDING & ZONING –Hart: No report.
CONSENT “Omnibus” Agenda: Reed motioned to approve the omnibus agenda, Moss seconded. All ayes.
STORMWATER MANAGEMENT—no report.
PARKS – the mowing contract was renewed for two more seasons.
ADJOURNMENT: Moss motioned to adjourn at 8:05 pm.
"""

_RUN_IN_TITLES = [
    "POLICE REPORT",
    "CEMETERY",
    "FINANCE",
    "BUILDING & ZONING",
    "CONSENT “Omnibus” Agenda",
    "STORMWATER MANAGEMENT",
    "PARKS",
    "ADJOURNMENT",
]


def test_capitals_labels_run_in_after_a_dash_or_colon_are_items(make_document):
    assert _text_titles(make_document, _RUN_IN) == _RUN_IN_TITLES


def test_capitals_labels_run_in_are_items_in_a_plain_pdf(tmp_path):
    assert _pdf_titles(tmp_path, _RUN_IN) == _RUN_IN_TITLES


def test_run_in_labels_keep_the_reporter_and_text_as_first_minutes(make_document):
    _, sections = read_items_and_sections(make_document(_RUN_IN, name="greybrook-2031-03-04.txt"))
    cemetery = next(section for section in sections if section.item is not None and section.item.title == "CEMETERY")
    assert "Moss: No report." in " ".join(line.text for line in cemetery.lines)


_RUN_IN_LOOKALIKES = """GREYBROOK TOWNSHIP BOARD
March 4, 2031
Supervisor Vance called the meeting to order at 7:00 pm.
PRESENT: Vance, Reed, Moss, Hart, Lane
POLICE REPORT - Chief Lane: Report as presented.
MOTION: Reed moved to approve the agenda. Moss seconded.
CEMETERY –Moss: No report.
RESOLVED: That the agenda be approved as printed.
FINANCE -Reed: Reed said that the audit is under way and the bank balance is healthy.
MAYOR VANCE: He said that the roads were in good order.
JOHN REED - He said that he objected to the plan for the hall.
NOTE: The clerk read the letters received this month.
THE BOARD APPROVED THE PLAN - Reed: It was seconded by Moss and carried.
ALL IN FAVOR: Reed, Moss, Hart and Lane voted for the motion.
MOTION BY REED - Seconded by Moss to pay the bills as listed.
BUILDING & ZONING –Hart: No report.
"""


_RUN_IN_NO_STOPS = """GREYBROOK TOWNSHIP BOARD
Minutes of the Regular Meeting, March 4, 2031
Supervisor Vance called the meeting to order at 7:00 pm
POLICE REPORT - Chief Lane: Report as presented
CEMETERY –Moss: No report
FINANCE -Reed: Reed said that the audit is under way and the balance is
healthy and the
ROAD REPAIRS – Reed: the lane will be graded in May
BUILDING & ZONING –Hart: No report
ADJOURNMENT: Moss motioned to adjourn at 8:05 pm
"""


@pytest.mark.parametrize("form", ["text", "pdf"])
def test_capitals_labels_open_paragraphs_whose_stops_were_dropped(make_document, tmp_path, form):
    # "ROAD REPAIRS" after a line broken off at "the" carries on that sentence.
    text = _RUN_IN_NO_STOPS
    titles = _text_titles(make_document, text) if form == "text" else _pdf_titles(tmp_path, text)
    assert titles == ["POLICE REPORT", "CEMETERY", "FINANCE", "BUILDING & ZONING", "ADJOURNMENT"]


@pytest.mark.parametrize("form", ["text", "pdf"])
def test_decisions_and_speakers_in_capitals_are_no_run_in_items(make_document, tmp_path, form):
    titles = _text_titles(make_document, _RUN_IN_LOOKALIKES) if form == "text" else _pdf_titles(tmp_path, _RUN_IN_LOOKALIKES)
    assert titles == ["POLICE REPORT", "CEMETERY", "FINANCE", "BUILDING & ZONING"]


def test_capitals_labels_with_figures_offices_and_heading_words_stay_items(make_document):
    text = (
        "GREYBROOK TOWNSHIP BOARD\nMarch 4, 2031\nThe meeting opened at seven.\n"
        "TREASURER’S REPORT: $4,512.20 in checking and $9,000 in savings.\n"
        "UNFINISHED BUSINESS – The fence at the park is still not finished.\n"
        "CLERK: Invoices to be paid were read and approved by all.\n"
        "ROAD REPORT – He said the grader broke down again.\n"
        "PROPOSED BUDGET: The budget for next year was presented.\n"
    )
    assert _text_titles(make_document, text) == [
        "TREASURER’S REPORT", "UNFINISHED BUSINESS", "CLERK", "ROAD REPORT", "PROPOSED BUDGET"
    ]


_LAYERED = """GREYBROOK TOWNSHIP
Monthly Meeting
March 4, 2031
CALL TO ORDER
Supervisor Vance called the meeting to order at 6:30 pm with all three supervisors present
MINUTES APPROVAL
Reed motion, Moss second, all aye to approve the February minutes with two corrections
CORRESPONDENCE
1.  County board of adjustment hearing on a variance for a lake lot.
2.  State auditor notice about the year end report being due in April.
ROAD REPORT
Moss reported the roads are soft and the weight limits are posted
NEW BUSINESS
1.  The hall furnace needs a new blower motor before next winter.
2.  Hart will ask two firms to quote for cleaning the hall windows.
ADJOURNMENT
Reed motion to adjourn at 7:40 pm, Moss second, all aye
"""


@pytest.mark.parametrize("form", ["text", "pdf"])
def test_capitals_headings_over_numbered_points_without_stops_are_the_items(make_document, tmp_path, form):
    titles = _text_titles(make_document, _LAYERED) if form == "text" else _pdf_titles(tmp_path, _LAYERED)
    assert titles == ["CALL TO ORDER", "MINUTES APPROVAL", "CORRESPONDENCE", "ROAD REPORT", "NEW BUSINESS", "ADJOURNMENT"]


@pytest.mark.parametrize("name", ["minutes.md", "minutes.txt"])
def test_a_title_case_label_opening_two_items_keeps_both(tmp_path, name):
    # Only a capitals label repeated word for word is a running header; "Guest Speaker:" may open two items.
    text = (
        "Minutes of the Riverside Residents Association\n\nMay 27, 2031\n\n"
        "Call to Order: 7:08 pm in the community room.\n\n"
        "Guest Speaker: Dee Hart spoke on the redevelopment of the Elm Block.\n\n"
        "Guest Speaker: Eve Lane updated us on various city issues.\n\n"
        "Traffic Committee: No report.\n\n"
        "New Business: The spring cleanup will be on June 6.\n\n"
        "Adjourned: 8:40 pm.\n"
    )
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    titles = [item.title for item in extract_items(parse_file(path))]
    assert titles.count("Guest Speaker") == 2
    assert "Traffic Committee" in titles and "New Business" in titles


# A stray numbered or marked line: a date at a line's start carried over a line break, or one line a scanner set a
# size larger. One or two of them do not outweigh the capitals headings or labels that make the minutes' structure.
_LABELS_WITH_A_DATE = """VILLAGE OF BRACKENRIDGE
Regular Board Meeting
The meeting was called to order by President Oduya at 7:00 p.m.
ROLL CALL: Present - Marsh, Tighe, Olsen and Baptiste. Absent - Quill.
CONSENT AGENDA: Marsh moved to approve the minutes of 1-14-31, the
3/31 Treasurer's Report, and the 4/31 bills, Tighe seconded. All present voted yes.
POLICE REPORT - Chief Varga: Report as presented.
STREETS - Olsen: The plough blade has been replaced and the salt shed repaired.
PARKS - Baptiste: The new swings will be fitted in May.
WATER - Tighe: Meter readings are up on last quarter.
NEW BUSINESS: The board will review the mowing contract in June.
With nothing further the meeting was adjourned at 7:41 p.m."""

_LABEL_TITLES = ["ROLL CALL", "CONSENT AGENDA", "POLICE REPORT", "STREETS", "PARKS", "WATER", "NEW BUSINESS"]


def test_a_date_opening_a_line_does_not_hide_capitals_labels(make_document, tmp_path: Path) -> None:
    assert _text_titles(make_document, _LABELS_WITH_A_DATE) == _LABEL_TITLES
    assert _pdf_titles(tmp_path, _LABELS_WITH_A_DATE) == _LABEL_TITLES


_HEADINGS_WITH_A_LARGE_LINE = """TOWN OF CALDER FORK
Council Meeting Minutes
Mayor Lindqvist called the meeting to order.
ROLL CALL OF COUNCIL
Lindqvist - Here
Abara - Here
Pruitt - Here
CITIZEN COMMENTS
A resident asked about the bridge on Mill Road and the mayor said it would open in spring
POLICE DEPARTMENT
The chief reported twelve calls for service in the month
ROLL CALL VOTE
{stray}
Pruitt - Yes
WATER DEPARTMENT
The new pump at the treatment plant is working well
OLD BUSINESS
Council discussed the speed limit on Route 9 and agreed to ask the state for a study
ADJOURNMENT
The meeting closed at 8:05 pm
LENA LINDQVIST, MAYOR"""

_HEADING_TITLES = ["ROLL CALL OF COUNCIL", "CITIZEN COMMENTS", "POLICE DEPARTMENT", "WATER DEPARTMENT", "OLD BUSINESS",
                   "ADJOURNMENT"]


def test_one_line_set_larger_does_not_hide_capitals_headings(make_document, tmp_path: Path) -> None:
    assert _text_titles(make_document, _HEADINGS_WITH_A_LARGE_LINE.format(stray="# Abara - Yes")) == _HEADING_TITLES
    path = tmp_path / "calder-fork-2031-05-06.pdf"
    pdf = canvas.Canvas(str(path), pagesize=letter)
    y = 740.0
    for line in _HEADINGS_WITH_A_LARGE_LINE.format(stray="Abara - Yes").splitlines():
        pdf.setFont("Helvetica", 16 if line == "Abara - Yes" else 11)  # the scanner's one outsized line
        pdf.drawString(60, y, line)
        y -= 18
    pdf.save()
    assert [item.title for item in extract_items(parse_file(path))] == _HEADING_TITLES


def test_two_numbered_items_outweigh_a_few_capitals_lines(make_document) -> None:
    # Two numbers against three capitals lines: too few capitals lines to call the numbers noise.
    text = """PARISH COUNCIL OF HOLLINWOOD
1. Apologies: none were received.
FINANCE
The balance at the bank was reported and accepted by all members present.
2. Planning: no applications this month.
HIGHWAYS
The verge on Station Road will be cut before the summer fair takes place.
FOOTPATHS
The stile by the church will be mended."""
    assert [(item.number, item.title) for item in extract_items(make_document(text))] == [
        ("1", "Apologies"), ("2", "Planning")]


# Plain headings in sentence case under a titled letterhead ("### Minutes"): the titles before the first line of text
# do not make the document one that marks its headings, and "Apologies and approval of minutes" is a heading though
# two of its words are in lower case.
_SENTENCE_CASE = """{mark}Orchard Vale Residents' Association
{mark}Annual General Meeting 2031
{mark}Minutes
Location: Orchard Vale Community Hall
Attended: Nell Varga, Idris Poole, Kit Shaw
The meeting started at 18:00.
Apologies and approval of minutes
Apologies were received from Sam Reyes. The minutes of the last meeting were accepted as a true record.
Chair's Report
The chair introduced the report on the year's events and thanked the volunteers.
Treasurer's Report
The treasurer said the accounts show a small surplus and will be examined in May.
Election of the new committee
The members present elected the committee for the coming year by a show of hands.
There being no further business, the meeting closed at 19:05."""

_SENTENCE_TITLES = ["Apologies and approval of minutes", "Chair's Report", "Treasurer's Report",
                    "Election of the new committee"]


@pytest.mark.parametrize("mark", ["", "### "])
def test_sentence_case_headings_under_a_titled_letterhead(make_document, mark: str) -> None:
    assert _text_titles(make_document, _SENTENCE_CASE.format(mark=mark)) == _SENTENCE_TITLES


def test_sentence_case_lines_inside_paragraphs_are_no_headings(make_document) -> None:
    # Short lines in sentence case that carry on a sentence, or are followed by none, stay text.
    text = """Parish Council of Hollow Bridge
Minutes of the meeting held on 4 May 2031
Present: Cllr A Lowe, Cllr B Penn
The clerk reported that the new bench had been fitted and that the
Village hall committee
would meet in June to agree the fees.
Bus shelter repairs
1 quote received."""
    assert _text_titles(make_document, text) == []


_REPORTS_LISTED = (
    "PINE COVE FIRE PROTECTION AREA BOARD\nREGULAR MEETING\nMARCH 18, 2031 @ 6:30 p.m.\n\n"
    "ROLL CALL\nMembers present were A. Lee, B. Dent and C. Park. A quorum was established.\n"
    "VISITOR COMMENTS\nNo visitors wished to speak.\n"
    "REPORTS\na. Chief's Report\nb. Chair's Report\nc. Staff Report\n"
    "{business}\na. Election of Officers\nThe election will move to the April meeting.\n"
    "b. Hose Dryer Purchase\nIt was MOVED by C. Park and seconded to buy the hose dryer. Motion CARRIED.\n"
    "BOARD COMMENTS\nB. Dent thanked the volunteers.\n"
    "ADJOURNMENT\nThe meeting adjourned at 7:40 p.m.\n"
)


@pytest.mark.parametrize(
    "business", ["NEW BUSINESS", "BUSINESS ITEMS (For Possible Action)", "BUDGET AMENDMENTS (Public Hearing)"],
)
def test_a_capitals_heading_after_a_list_of_bare_part_titles_heads_the_next_section(make_document, business):
    # "c. Staff Report" with nothing minuted under it ends the list as a stop would; the capitals line after it is the
    # next section's heading, with its own lettered parts (a note in brackets may say the board can act on it).
    titles = _text_titles(make_document, _REPORTS_LISTED.format(business=business))
    assert titles == [
        "ROLL CALL", "VISITOR COMMENTS", "REPORTS", "Chief's Report", "Chair's Report", "Staff Report", business,
        "Election of Officers", "Hose Dryer Purchase", "BOARD COMMENTS", "ADJOURNMENT",
    ]


def test_a_capitals_heading_after_bare_part_titles_in_a_pdf(tmp_path):
    titles = _pdf_titles(tmp_path, _REPORTS_LISTED.format(business="OLD BUSINESS"))
    assert "OLD BUSINESS" in titles and titles.count("Election of Officers") == 1


def test_capitals_carrying_on_a_part_title_or_a_bracketed_remark_are_no_heading(make_document):
    text = (
        "PINE COVE FIRE PROTECTION AREA BOARD\nREGULAR MEETING\nMARCH 18, 2031 @ 6:30 p.m.\n\n"
        "ROLL CALL\nMembers present were A. Lee, B. Dent and C. Park. A quorum was established.\n"
        "REPORTS\na. Report of the\nSTATION REBUILD COMMITTEE\nThe roof is done.\n"
        "b. Chief's Report\nTWO NEW RECRUITS (Welcome)\nThe chief welcomed them.\n"
        "ADJOURNMENT\nThe meeting adjourned at 7:40 p.m.\n"
    )
    titles = _text_titles(make_document, text)
    assert "STATION REBUILD COMMITTEE" not in titles  # the part's title wrapped after a joining word
    assert not any(title.startswith("TWO NEW RECRUITS") for title in titles)  # a remark, not a note on the action


@pytest.mark.parametrize(
    "note",
    ["NO ACTION TAKEN", "RECEIVED AND FILED", "INFORMATION ONLY", "APPROVED AS PRESENTED", "ACCEPTED AND FILED"],
)
def test_a_capitals_note_on_what_was_done_after_a_part_title_is_no_heading(make_document, note):
    # The note closes the part above it, as "CARRIED" would; the lettered part after it stays under REPORTS.
    text = (
        "ASPEN HOLLOW FIRE DISTRICT\nMINUTES OF THE REGULAR MEETING OF THE BOARD OF COMMISSIONERS\nMarch 4, 2031\n\n"
        "CALL TO ORDER\nChair Tamsin Orr called the meeting to order at 6:00 p.m.\n\n"
        f"REPORTS\na. Chief's Report\nb. Treasurer's Report\n{note}\nc. Staff Report\n{note}\n\n"
        "NEW BUSINESS\na. Election of Officers\nCommissioner Lee moved to elect Orr as Chair. Motion carried 3-0.\n"
        "b. Station Roof\nCommissioner Day moved to approve the roof repair. Motion carried 3-0.\n\n"
        "ADJOURNMENT\nThe meeting adjourned at 7:00 p.m.\n"
    )
    assert _text_titles(make_document, text) == [
        "CALL TO ORDER", "REPORTS", "Chief's Report", "Treasurer's Report", "Staff Report", "NEW BUSINESS",
        "Election of Officers", "Station Roof", "ADJOURNMENT",
    ]
