"""Owners printed in a column at the right of a PDF's minutes: kept apart by position, given to the minute beside them.

The PDFs are written here with invented minutes in the two layouts councils
use: an owner tabbed to a right-aligned stop after the minute's last words
(no header), and an owner column under an "Action" header.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from minutebook.extract.pipeline import extract_document
from minutebook.ingest import ENGINES, parse_file
from minutebook.ingest.document import Line, Span, make_document
from minutebook.extract.margin_owners import MarginColumns

PAGE_WIDTH, PAGE_HEIGHT = A4
LEFT = 56.0
RIGHT = PAGE_WIDTH - 56.0
PITCH = 14.0

OPENING = [
    "Minutes of the Meeting of Fennick Parish Council",
    "held on Tuesday 9 March 2032 at 7.30 pm in the Village Hall",
    "Present: Councillor Petra Lindqvist (Chair), Councillor Owen Tarrant, Councillor Ines Marbury",
    "In attendance: Mrs Ada Quill (Clerk)",
    "Apologies were received from Councillor Mabel Quennell.",
]


def _write(path: Path, rows: list[tuple[str, str | None] | None], *, typed_space: bool = True,
           column: float | None = None, header: str | None = None) -> Path:
    """Lines of minutes, each with an owner at the right: right-aligned at the margin, or at `column`.

    `typed_space` ends the text with a space before the jump to the owner, as
    word processors write a tab; None in `rows` leaves a blank line.
    """
    pdf = canvas.Canvas(str(path), pagesize=A4)
    pdf.setFont("Helvetica", 10)
    y = PAGE_HEIGHT - 60
    for text in OPENING:
        pdf.drawString(LEFT, y, text)
        y -= PITCH
    y -= PITCH
    if header is not None and column is not None:
        pdf.setFont("Helvetica-Bold", 10)
        pdf.drawString(column, y, header)
        pdf.setFont("Helvetica", 10)
        y -= PITCH * 1.5
    for row in rows:
        if row is None:
            y -= PITCH * 1.5
            continue
        text, owner = row
        if owner is None:
            pdf.drawString(LEFT, y, text)
        else:
            # One text object: the text, a typed space, then the owner placed at its stop.
            obj = pdf.beginText(LEFT, y)
            obj.textOut(text + (" " if typed_space else ""))
            width = pdf.stringWidth(owner, "Helvetica", 10)
            stop = column if column is not None else RIGHT - width
            obj.setTextOrigin(stop, y)
            obj.textOut(owner)
            pdf.drawText(obj)
        y -= PITCH
    pdf.save()
    return path


RIGHT_ALIGNED = [
    ("1. Highways", None),
    None,
    ("The hedge on Mill Lane is overgrown again and now hides the sign at the", None),
    ("junction. It was agreed to report it to the highways authority.", "Clerk"),
    None,
    ("2. Play area", None),
    None,
    ("The bark under the swings has worn thin. Councillor Tarrant reported that", "OT"),
    ("the contractor could top it up in April for about eighty pounds.", None),
    None,
    ("3. Correspondence", None),
    None,
    ("A leaflet from the county library service about its summer reading scheme.", "Noted"),
    ("A bank statement for February showing a balance of two thousand pounds.", "Noted"),
]


def _actions(path: Path, engine: str = "auto") -> list[tuple[list[str], str]]:
    extraction = extract_document(parse_file(path, engine=engine))
    return [(action.owners, action.text) for action in extraction.actions]


@pytest.mark.parametrize("typed_space", [True, False])
def test_right_aligned_owner_tags_own_the_minute_they_end(tmp_path: Path, typed_space: bool) -> None:
    actions = _actions(_write(tmp_path / "minutes.pdf", RIGHT_ALIGNED, typed_space=typed_space))
    owners = [owners for owners, _ in actions]
    assert ["Ada Quill"] in owners  # "Clerk" at the margin: the clerk the attendance names
    assert ["Owen Tarrant"] in owners  # "OT": the initials of an attendee
    for _, text in actions:
        assert "Clerk" not in text.split() and " OT " not in f" {text} "
    clerk = next(text for owners, text in actions if owners == ["Ada Quill"])
    assert "highways authority" in clerk
    tarrant = next(text for owners, text in actions if owners == ["Owen Tarrant"])
    assert "top it up in April" in tarrant  # the tag beside a paragraph's first line marks its sentence
    assert len(actions) == 2  # "Noted" at the margin names nobody


@pytest.mark.parametrize("engine", ENGINES)
def test_margin_owner_keeps_the_line_text_and_its_place(tmp_path: Path, engine: str) -> None:
    document = parse_file(_write(tmp_path / "minutes.pdf", RIGHT_ALIGNED), engine=engine)
    line = next(line for line in document.lines if line.text.startswith("junction."))
    assert line.text.endswith("authority.\tClerk" if engine == "pdfplumber" else "authority. Clerk")
    assert line.spans is not None and [span.text for span in line.spans] == [
        "junction. It was agreed to report it to the highways authority.", "Clerk"
    ]
    assert line.spans[-1].x1 == pytest.approx(RIGHT, abs=1.0)
    heading = next(line for line in document.lines if line.text == "1. Highways")
    assert heading.spans is not None and len(heading.spans) == 1 and heading.spans[0].x0 == pytest.approx(LEFT, abs=1.0)


HEADED = [
    ("4. Village hall", None),
    None,
    ("The boiler failed twice in January. Councillor Marbury will obtain three", "IM"),
    ("quotes for a replacement before the next meeting.", None),
    None,
    ("5. Footpaths", None),
    None,
    ("The stile on the bridleway by Ashby Wood has rotted through at its foot", "Clerk/PL"),
    ("and a walker has tripped on it. A new one is to be fitted by the spring.", None),
    None,
    ("6. Finance", None),
    None,
    ("Payments of two hundred pounds to the grass cutting contractor were made.", "Paid"),
]


def test_owner_column_under_an_action_header(tmp_path: Path) -> None:
    actions = _actions(_write(tmp_path / "minutes.pdf", HEADED, column=470.0, header="Action"))
    by_owner = {tuple(owners): text for owners, text in actions}
    assert "quotes for a replacement" in by_owner[("Ines Marbury",)]
    # "Clerk/PL" beside the paragraph's first line, in the column: both owners, and the tag out of the text.
    assert "new one is to be fitted" in by_owner[("Ada Quill", "Petra Lindqvist")]
    assert all("Paid" not in owners for owners in by_owner)
    for text in by_owner.values():
        assert " IM " not in f" {text} " and "Clerk/PL" not in text


def test_a_post_beside_a_name_is_no_action(tmp_path: Path) -> None:
    rows: list[tuple[str, str | None] | None] = [
        ("7. Staff", None), None, ("Mrs Ada Quill", "Clerk"), ("Mr Tom Reece", "Clerk"),
        None, ("The meeting closed at 9.05 pm.", None),
    ]
    assert _actions(_write(tmp_path / "minutes.pdf", rows)) == []


def test_justified_words_are_no_column() -> None:
    spread = Line(text="be found at:", page=1, number=1,
                  spans=(Span(108, 120, "be"), Span(310, 338, "found"), Span(528, 540, "At")))
    full = Line(text="A long line of minutes that runs across the whole width of the page here.", page=1, number=2,
                spans=(Span(108, 540, "A long line of minutes that runs across the whole width of the page here."),))
    margin = MarginColumns([spread, full])
    assert margin.tag_span(spread) is None


def test_lines_without_positions_are_untouched() -> None:
    document = make_document("1. Highways\nThe hedge is overgrown and was reported to the county. Clerk")
    assert all(line.spans is None for line in document.lines)
    margin = MarginColumns(document.lines)
    lines, tags = margin.split(document.lines, lambda owner: True)
    assert lines == document.lines and tags == []


def test_a_long_minute_in_one_paragraph_takes_the_owner_mark_beside_it() -> None:
    from minutebook.ingest import layout

    body = [("Speeding - the petition from residents on Quarry Road has been", 100.0),
            ("received and will be passed to the roads department.", 113.0)]
    # Initials printed letter by letter, as widely spaced type reads: the same mark.
    assert layout.align_owner_column([[("6(c)", 100.0)], body, [("R T", 100.0)]]) == [
        "6(c)",
        "Speeding - the petition from residents on Quarry Road has been received and will be passed to the roads "
        "department.\nRT",
        "",
    ]
    # A name beside its initials, as a list of members prints them, is no minute.
    assert layout.align_owner_column([[("Rhona Tan", 100.0)], [("Member (Planning)", 100.0)], [("RT", 100.0)]]) is None


def test_a_table_of_minutes_without_header_has_its_owner_column() -> None:
    from minutebook.extract.margin_owners import owner_cell_columns, squeeze_initials

    rows = [
        ("6(a)", "Planning - no applications needed the council's attention this month.", ""),
        ("6(b)", "The bench by the pond is to be repaired before the summer.", "M S"),
        ("6(c)", "A quote for clearing the culvert is to be obtained.", "Clerk"),
        ("6(d)", "The noticeboard was repainted by volunteers.", "Done"),
    ]
    names = {"MS", "Clerk"}
    assert owner_cell_columns(rows, names.__contains__) == {"action": 1, "owner": 2, "tags": 1, "item": 0}
    assert squeeze_initials("M S") == "MS" and squeeze_initials("Mr S Dale") == "Mr S Dale"
    # Statuses in the last column ("Done", "Ongoing") are no owners: no owner column.
    statuses = [(number, text, "Ongoing") for number, text, _ in rows]
    assert owner_cell_columns(statuses, names.__contains__) is None


def test_table_rows_with_an_owner_column_and_no_header_are_actions(make_document) -> None:
    from minutebook.extract.pipeline import extract_document

    text = (
        "Minutes of the Meeting of Fennick Parish Council held on 9 March 2032\n"
        "Present: Councillor Petra Lindqvist (Chair), Councillor Owen Tarrant (OT), Councillor Ines Marbury (IM)\n"
        "1. Reports\n"
        "1(a)\tThe bench by the pond has rotted and is to be repaired before the summer.\tOT\n"
        "1(b)\tA quote for clearing the culvert on Mill Lane is to be obtained.\tIM\n"
        "1(c)\tThe noticeboard was repainted by volunteers last month.\t\n"
    )
    actions = extract_document(make_document(text)).actions
    by_owner = {tuple(action.owners): action.text for action in actions}
    assert "bench by the pond" in by_owner[("Owen Tarrant",)]
    assert "culvert" in by_owner[("Ines Marbury",)]


@pytest.mark.parametrize("owner, expected", [("OT", ["Owen Tarrant"]), ("Action: Clerk", ["Ada Quill"])])
def test_an_owner_under_a_minute_read_as_its_items_title(make_document, owner: str, expected: list[str]) -> None:
    from minutebook.extract.pipeline import extract_document

    # A minute printed as its item's heading (a table of minutes reads the same way), the owner under it.
    text = (
        "Minutes of the Meeting of Fennick Parish Council held on 9 March 2032\n"
        "Present: Councillor Petra Lindqvist (Chair), Councillor Owen Tarrant (OT), Mrs Ada Quill (Clerk)\n"
        "## 1. Residents of Quarry Road to be asked about a speed survey\n"
        f"{owner}\n"
        "## 2. Any other business\n"
        "There was none.\n"
    )
    actions = extract_document(make_document(text)).actions
    assert [(action.owners, action.text) for action in actions] == [
        (expected, "Residents of Quarry Road to be asked about a speed survey")
    ]


def test_a_table_row_read_as_prose_keeps_its_paragraphs_apart() -> None:
    from minutebook.extract.items import _row_prose

    row = Line(text="6(c) Speeding – the petition is to be sent on. MC", page=1, number=4,
               cells=("6(c)", "Speeding – the petition is to be sent on.\nMC", ""), table=0)
    assert [line.text for line in _row_prose(row)] == ["6(c) Speeding – the petition is to be sent on.", "MC"]
    assert all(line.cells is None and line.table is None for line in _row_prose(row))
    plain = Line(text="6(d) Memorial bench – ongoing", page=1, number=5, cells=("6(d)", "Memorial bench – ongoing"), table=0)
    assert [line.text for line in _row_prose(plain)] == ["6(d) Memorial bench – ongoing"]


@pytest.mark.parametrize(
    "label, names",
    [
        ("VOTE: 2/1 AYES:", "LINDQVIST, TARRANT,"),  # a tally's side list set at a tab stop
        ("NAYS:", "MARBURY"),
        ("MEMBERS ABSENT:", "Ms. Ines Marbury"),  # a roll's label, its names at the stop
    ],
)
def test_names_after_a_tally_or_roll_label_at_the_margin_own_nothing(tmp_path: Path, label: str, names: str) -> None:
    rows: list[tuple[str, str | None] | None] = [
        ("3. Planning", None),
        None,
        ("Councillor Tarrant moved to approve the application for the new porch at", None),
        ("the rear of the old forge, as the drawings show it.", None),
        (label, names),
        ("DECISION: APPLICATION APPROVED.", None),
    ]
    assert _actions(_write(tmp_path / "minutes.pdf", rows)) == []


def test_a_tally_written_into_the_minute_before_its_margin_owner_keeps_the_owner(tmp_path: Path) -> None:
    # Near miss: the side words stand in the sentence, not as a label before the run.
    rows: list[tuple[str, str | None] | None] = [
        ("3. Planning", None),
        None,
        ("The vote was two ayes to one nay. Councillor Tarrant will write to the applicant", None),
        ("with the conditions before the end of the month.", "OT"),
    ]
    assert [owners for owners, _ in _actions(_write(tmp_path / "minutes.pdf", rows))] == [["Owen Tarrant"]]


@pytest.mark.parametrize(
    "rows",
    [
        # A tally set out in tab stops under each motion: its side lists name voters.
        "VOTE:\t2/1\tAYES:\tLINDQVIST, TARRANT\n\t\tNAYS:\tMARBURY\n",
        # A roll's labels with the members beside them.
        "MEMBERS PRESENT:\tCouncillor Petra Lindqvist\nMEMBERS ABSENT:\tCouncillor Ines Marbury\n",
    ],
)
def test_a_tab_table_of_side_or_roll_lists_is_no_owner_column(make_document, rows: str) -> None:
    text = (
        "Minutes of the Meeting of Fennick Parish Council held on 9 March 2032\n"
        "Present: Councillor Petra Lindqvist (Chair), Councillor Owen Tarrant (OT), Councillor Ines Marbury (IM)\n"
        "1. Planning\nCouncillor Tarrant moved to approve the new porch at the old forge.\n" + rows
    )
    assert extract_document(make_document(text)).actions == []


def test_a_roll_printed_as_a_grid_gives_its_statuses_to_nobody(tmp_path: Path) -> None:
    # The members' names at the left, each one's status in a column at the right, as a board prints its attendance.
    rows: list[tuple[str, str | None] | None] = [
        ("ATTENDANCE AT THE MARCH MEETING", None),
        None,
        ("BOARD MEMBER", "ATTENDANCE"),
        ("LINDQVIST, P.", "PRESENT"),
        ("MARBURY, I.", "EXCUSED"),
        ("QUENNELL, M.", "ABSENT"),
        ("PUBLIC OFFICIALS OR THEIR REPRESENTATIVES", "ATTENDANCE"),
        ("HALE, T.", "R. VOSS, PRESENT"),
    ]
    assert _actions(_write(tmp_path / "minutes.pdf", rows)) == []


def test_a_report_heading_with_its_presenter_at_the_margin_gives_no_task(tmp_path: Path) -> None:
    rows: list[tuple[str, str | None] | None] = [
        ("4. Committee Reports", None),
        None,
        ("A) Footpaths & Bridleways Committee", "O. Tarrant"),
        ("1) Stile at Mill Lane - Report", None),
        ("B) Finance and General Purposes Committee", "I. Marbury"),
        ("C) Clerk's Report", "A. Quill"),
        ("1) The budget for the year ahead - Report", None),
    ]
    assert _actions(_write(tmp_path / "minutes.pdf", rows)) == []


def test_an_action_lists_entries_in_capitalised_words_keep_their_margin_owners(tmp_path: Path) -> None:
    # Near miss: a lettered or numbered entry set like a title, but no report's heading (no body's name, no "Report").
    rows: list[tuple[str, str | None] | None] = [
        ("4. Actions from the last meeting", None),
        None,
        ("A) Replace Dog Bin Lid on Mill Lane", "OT"),
        ("B) Order New Bench for the Green", "Clerk"),
        None,
        ("5. Matters arising", None),
        None,
        ("1) Grass Cutting Contract Renewal", "Clerk"),
        ("2) Quotes for Bus Shelter Repairs", "OT"),
    ]
    owned = [owners for owners, _ in _actions(_write(tmp_path / "minutes.pdf", rows))]
    assert owned == [["Owen Tarrant"], ["Ada Quill"], ["Ada Quill"], ["Owen Tarrant"]]


def test_a_lettered_minute_with_its_owner_at_the_margin_is_still_a_task(tmp_path: Path) -> None:
    # Near miss: the lettered line is a sentence, not a heading.
    rows: list[tuple[str, str | None] | None] = [
        ("4. Footpaths", None),
        None,
        ("A) The stile at Mill Lane is broken. Councillor Tarrant will ask the farmer to mend it.", "OT"),
    ]
    assert [owners for owners, _ in _actions(_write(tmp_path / "minutes.pdf", rows))] == [["Owen Tarrant"]]


def test_a_long_line_of_lettered_words_is_read_once() -> None:  # its time: benchmarks/bench_long_lines.py
    from minutebook.extract.actions import _titles_a_report

    assert _titles_a_report("Notes " + "A) Parks and Ways " * 2000 + "B) Roads Committee")
    assert not _titles_a_report("A) Parks " * 3000 + "and more to read here")
