"""PDF ingest: lines, headings, tables, running headers removed, engines agreeing."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from minutebook.errors import UnreadableDocument
from minutebook.ingest import parse_file
from minutebook.ingest import layout
from minutebook.ingest.layout import Fragment, PageLine


import badfiles  # tests/ is on sys.path (conftest.py)

EXPECTED_LINES = [
    "Minutes of the Open Spaces Committee",
    "Held at the Old Library on Tuesday 11 March 2031 at 7.00 pm.",
    "Present: Councillors Amberley, Bostock and Crane.",
    "1. Apologies for absence",
    "Apologies were received from Councillor Dunmore.",
    "2. Allotment waiting list",
    "The clerk reported that the waiting list stood at forty names.",
    "RESOLVED that a second site be surveyed before the summer.",
    "3. Actions arising",
    "The committee reviewed the outstanding actions below.",
    "Ref Action Owner",
    "A1 Survey the second allotment site Clerk",
    "A2 Repair the play area fence Cllr Crane",
    "A3 Order new benches Cllr Bostock",
    "The meeting closed at 8.15 pm.",
]


@pytest.fixture
def minutes_pdf(tmp_path: Path) -> Path:
    return badfiles.write_minutes_pdf(tmp_path)


@pytest.mark.parametrize("engine", ["auto", "pdfplumber", "pdfium"])
def test_lines_in_reading_order_without_furniture(minutes_pdf: Path, engine: str) -> None:
    document = parse_file(minutes_pdf, engine=engine)
    assert [line.text for line in document.lines] == EXPECTED_LINES
    assert [line.page for line in document.lines] == [1] * 8 + [2] * 7
    assert [line.number for line in document.lines] == list(range(1, 16))
    assert document.format == "pdf"
    assert document.page_count == 2
    assert document.warnings == []


def test_running_header_footer_and_page_numbers_are_removed(minutes_pdf: Path) -> None:
    text = parse_file(minutes_pdf).text
    assert badfiles.HEADER_TEXT not in text
    assert badfiles.FOOTER_TEXT not in text
    assert "Page 1 of 2" not in text and "Page 2 of 2" not in text


@pytest.mark.parametrize("engine", ["auto", "pdfplumber", "pdfium"])
def test_headings_from_size_and_weight(minutes_pdf: Path, engine: str) -> None:
    document = parse_file(minutes_pdf, engine=engine)
    by_text = {line.text: line for line in document.lines}
    title = by_text["Minutes of the Open Spaces Committee"]
    assert title.heading == 1 and title.bold
    item = by_text["1. Apologies for absence"]
    assert item.heading == layout.BOLD_HEADING_LEVEL and item.bold
    body = by_text["Apologies were received from Councillor Dunmore."]
    assert body.heading is None and not body.bold
    assert [line.text for line in document.headings] == [
        "Minutes of the Open Spaces Committee", "1. Apologies for absence",
        "2. Allotment waiting list", "3. Actions arising",
    ]


@pytest.mark.parametrize("engine", ["auto", "pdfplumber", "pdfium"])
def test_ruled_table_keeps_cells(minutes_pdf: Path, engine: str) -> None:
    # pdfplumber reads the rules; pdfium finds the same table from column alignment
    document = parse_file(minutes_pdf, engine=engine)
    assert len(document.tables) == 1
    table = document.tables[0]
    assert table.rows == tuple(badfiles.TABLE_ROWS)
    assert table.page == 2 and table.end_page is None
    rows = [line for line in document.lines if line.cells is not None]
    assert [line.cells for line in rows] == list(badfiles.TABLE_ROWS)
    assert all(line.table == 0 for line in rows)
    assert (table.first_line, table.last_line) == (rows[0].number, rows[-1].number)


def _shape(document) -> list[tuple]:
    return [(line.text, line.page, line.number, line.heading, line.bold) for line in document.lines]


def test_engines_give_the_same_lines(minutes_pdf: Path) -> None:
    plumber = parse_file(minutes_pdf, engine="pdfplumber")
    pdfium = parse_file(minutes_pdf, engine="pdfium")
    auto = parse_file(minutes_pdf, engine="auto")
    assert _shape(plumber) == _shape(pdfium) == _shape(auto)
    cells = [line.cells for line in plumber.lines]
    assert cells == [line.cells for line in auto.lines] == [line.cells for line in pdfium.lines]


def test_engines_agree_on_plain_pages(tmp_path: Path) -> None:
    # only characters the built-in PDF fonts can draw; odd ones are covered by normalise_text
    pages = [
        ["Item 4 \u2013 Finance report", "The caf\u00e9 \u201cbudget\u201d was noted.", "Cost:   \u00a3120"],
        ["Second page text", "Pre-school\u00a0places were discussed \u2014 again."],
    ]
    path = badfiles.write_text_pdf(tmp_path, "plain.pdf", pages)
    plumber = parse_file(path, engine="pdfplumber")
    pdfium = parse_file(path, engine="pdfium")
    assert _shape(plumber) == _shape(pdfium)
    assert "Pre-school places were discussed \u2014 again." in plumber.text
    assert "Cost: \u00a3120" in plumber.text


def test_table_running_onto_next_page_is_one_table(tmp_path: Path) -> None:
    document = parse_file(badfiles.write_split_table_pdf(tmp_path))
    assert len(document.tables) == 1
    table = document.tables[0]
    assert (table.page, table.end_page) == (1, 2)
    assert len(table.rows) == 9
    assert table.rows[-1] == ("8", "Action number 8", "Police")
    assert document.lines[-1].text == "Progress will be reviewed quarterly."


def test_identity_of_the_file(minutes_pdf: Path) -> None:
    document = parse_file(minutes_pdf)
    assert document.sha256 == hashlib.sha256(minutes_pdf.read_bytes()).hexdigest()
    assert document.name == "minutes.pdf"
    assert document.path == str(minutes_pdf)


def test_bytes_can_be_given_instead_of_reading_the_path(minutes_pdf: Path) -> None:
    data = minutes_pdf.read_bytes()
    document = parse_file("downloaded/minutes.pdf", data=data)
    assert document.name == "minutes.pdf"
    assert [line.text for line in document.lines] == EXPECTED_LINES


@pytest.mark.parametrize("engine", ["auto", "pdfplumber", "pdfium"])
def test_password_opens_encrypted_pdf(tmp_path: Path, engine: str) -> None:
    path = badfiles.write_encrypted_pdf(tmp_path, password="harbour")
    document = parse_file(path, engine=engine, password="harbour")
    assert [line.text for line in document.lines] == EXPECTED_LINES


@pytest.mark.parametrize("engine", ["auto", "pdfplumber", "pdfium"])
def test_wrong_password_is_reported(tmp_path: Path, engine: str) -> None:
    path = badfiles.write_encrypted_pdf(tmp_path, password="harbour")
    with pytest.raises(UnreadableDocument) as caught:
        parse_file(path, engine=engine, password="wrong")
    assert caught.value.kind == "encrypted"
    assert "--password" in caught.value.reason


def test_unknown_engine_is_refused(minutes_pdf: Path) -> None:
    with pytest.raises(ValueError, match="engine"):
        parse_file(minutes_pdf, engine="ocr")


# --- layout, on hand-made lines ------------------------------------------------------


@pytest.mark.parametrize("text", ["3", "Page 3", "page 3 of 12", "- 3 -", "\u2013 12 \u2013", "3/12", "iv", "7 | Page"])
def test_page_number_lines(text: str) -> None:
    assert layout.is_page_number(text)


@pytest.mark.parametrize("text", ["3. Apologies", "Page three", "2031", "Item 3", "civic", "Minutes"])
def test_not_page_number_lines(text: str) -> None:
    assert not layout.is_page_number(text)


def test_normalise_text_unifies_ligatures_hyphens_and_spaces() -> None:
    assert layout.normalise_text("o\ufb03ce  \u00a0pre\u2011school\tsta\ufb00 ") == "office pre-school staff"


def _page(texts: list[str], height: float = 800.0) -> list[PageLine]:
    """Lines spread down a page: first at the top edge, last at the bottom edge."""
    step = (height - 20) / max(len(texts) - 1, 1)
    return [PageLine(text, 5 + i * step, 15 + i * step, 10.0, False) for i, text in enumerate(texts)]


def test_furniture_needs_enough_pages() -> None:
    pages = [
        _page(["Parish News", f"Body {n} a", f"Body {n} b", f"Body {n} c", "Footer"]) for n in range(4)
    ]
    pages[1][0] = PageLine("Special first line", pages[1][0].top, pages[1][0].bottom, 10.0, False)
    cleaned = layout.remove_page_furniture(pages, [800.0] * 4)
    texts = [[line.text for line in page] for page in cleaned]
    assert texts[0] == ["Body 0 a", "Body 0 b", "Body 0 c"]
    assert texts[1] == ["Special first line", "Body 1 a", "Body 1 b", "Body 1 c"]


def test_body_line_repeating_once_is_kept() -> None:
    pages = [_page(["Intro", "Body", "RESOLVED that the report be noted.", "More body", "Middle",
                    "Closing words", "End"]) for _ in range(2)]
    pages += [_page(["Other", "Lines", "Here", "And", "There", "Again", "Stop"]) for _ in range(2)]
    cleaned = layout.remove_page_furniture(pages, [800.0] * 4)
    assert sum(line.text.startswith("RESOLVED") for page in cleaned for line in page) == 2


def test_zone_line_on_few_pages_is_kept() -> None:
    pages = [_page(["Agenda item", f"text {n}", "x", "y", "z"]) for n in range(2)]
    pages += [_page([f"Other top {n}", "text", "x", "y", "z"]) for n in range(3)]
    cleaned = layout.remove_page_furniture(pages, [800.0] * 5)
    assert cleaned[0][0].text == "Agenda item"


def test_fragments_on_one_baseline_join_left_to_right() -> None:
    fragments = [
        Fragment("Council", 200, 240, 100, 110, ((10.0, 7),), False),
        Fragment("Present:", 50, 90, 100.5, 110.5, ((10.0, 8),), True),
        Fragment("Next line", 50, 90, 115, 125, ((10.0, 8),), False),
    ]
    lines = layout.group_fragments(fragments)
    assert [line.text for line in lines] == ["Present:\tCouncil", "Next line"]  # a column-wide gap is a tab
    assert not lines[0].bold


# --- tables drawn without rules -------------------------------------------------------


@pytest.mark.parametrize("engine", ["auto", "pdfplumber", "pdfium"])
def test_unruled_table_from_aligned_columns(tmp_path: Path, engine: str) -> None:
    document = parse_file(badfiles.write_unruled_pdf(tmp_path), engine=engine)
    assert len(document.tables) == 2
    attendance, actions = document.tables
    assert attendance.rows == (
        ("Present:", "Ann Field", "Parish Council (Chair)"),
        ("", "Inspector Bo Hale", "Police"),
        ("", "Cy Dunn", "Housing Trust"),
    )
    assert actions.rows[0] == ("Minute", "Action", "Owner")
    # a cell wrapped onto a second line stays in its row
    assert actions.rows[1] == ("12/3", "Write to the highways team about the broken lights on the "
                               "bridge and the path", "Clerk")
    assert actions.rows[2] == ("12/4", "Order two benches", "Cllr Dunn")
    texts = [line.text for line in document.lines]
    assert "\u2022 Bullet points with a hanging indent stay ordinary lines" in texts
    assert "1. A numbered paragraph with a hanging indent also stays a line" in texts


COLUMN_EDGES = (50.0, 300.0, 420.0)
LINE_HEIGHT = 10.0


def _table_line(top: float, *cells: str) -> PageLine:
    """A page line whose non-empty `cells` stand at the column edges, as a table drawn without rules."""
    segments = tuple(
        layout.Segment(x0, x0 + 6.0 * len(text), text) for x0, text in zip(COLUMN_EDGES, cells) if text
    )
    text = " ".join(segment.text for segment in segments)
    return PageLine(text, top, top + LINE_HEIGHT, 10.0, False, segments=segments)


def test_wrapped_first_cell_joins_its_row_when_the_table_goes_on() -> None:
    lines = [
        _table_line(100, "Action", "Owner", "Deadline"),
        _table_line(114, "Publish the summary on the", "Helen Marsh", "28 February"),
        _table_line(125, "website"),  # at the line pitch: the first cell wrapped
        _table_line(139, "Add an item to the agenda", "Clerk", "April"),
        _table_line(170, "Date of next meeting: 19 March"),  # a paragraph gap below the table
    ]

    found = layout.find_unruled_tables(lines, 0)

    assert [line.cells for line in found] == [
        ("Action", "Owner", "Deadline"),
        ("Publish the summary on the website", "Helen Marsh", "28 February"),
        ("Add an item to the agenda", "Clerk", "April"),
        None,
    ]


def test_first_column_line_under_a_table_stays_a_line_when_no_row_follows() -> None:
    lines = [
        _table_line(100, "Action", "Owner", "Deadline"),
        _table_line(114, "Publish the summary", "Helen Marsh", "28 February"),
        _table_line(125, "The meeting closed at 8pm."),  # close under the table, but nothing aligned follows
        _table_line(136, "Signed as a true record."),
    ]

    found = layout.find_unruled_tables(lines, 0)

    assert [line.text for line in found if line.cells is None] == [
        "The meeting closed at 8pm.", "Signed as a true record.",
    ]


def test_engines_agree_on_unruled_tables(tmp_path: Path) -> None:
    path = badfiles.write_unruled_pdf(tmp_path)
    documents = [parse_file(path, engine=engine) for engine in ("pdfplumber", "pdfium", "auto")]
    shapes = [[(line.text, line.cells, line.heading, line.bold) for line in d.lines] for d in documents]
    assert shapes[0] == shapes[1] == shapes[2]


def test_table_header_repeated_on_next_page_is_dropped_and_broken_row_joined(tmp_path: Path) -> None:
    document = parse_file(badfiles.write_split_table_pdf(tmp_path, repeat_header=True, break_row=True))
    assert len(document.tables) == 1
    rows = document.tables[0].rows
    assert [row[0] for row in rows].count("No.") == 1
    assert rows[5] == ("5", "Action number 5 continued on the next page", "Council")


def test_pages_with_ruling_go_to_pdfplumber_but_curves_do_not(tmp_path: Path) -> None:
    import pypdfium2
    from reportlab.pdfgen import canvas

    from minutebook.ingest.pdf import _has_rules

    path = tmp_path / "shapes.pdf"
    pdf = canvas.Canvas(str(path))
    grid = pdf.beginPath()  # one path object drawing a whole grid
    for y in range(0, 200, 40):
        grid.moveTo(50, 300 + y)
        grid.lineTo(450, 300 + y)
    for x in range(50, 451, 100):
        grid.moveTo(x, 300)
        grid.lineTo(x, 460)
    pdf.drawPath(grid)
    pdf.showPage()
    pdf.circle(200, 500, 50)  # a logo-like shape
    pdf.line(50, 100, 300, 100)  # and a single rule under a heading
    pdf.showPage()
    pdf.save()
    document = pypdfium2.PdfDocument(str(path))
    try:
        assert [_has_rules(document[index]) for index in range(2)] == [True, False]
    finally:
        document.close()


def test_auto_reads_wrapped_and_merged_cells_as_pdfplumber_does(tmp_path: Path) -> None:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

    normal = getSampleStyleSheet()["Normal"]
    rows = [["No.", "Action", "Owner", "Due"]]
    for number in range(1, 5):
        wrapped = Paragraph("Survey the second allotment site and report to the next meeting " * number, normal)
        rows.append([str(number), wrapped, "Clerk", f"0{number}/03/2031"])
    table = Table(rows, colWidths=[30, 260, 70, 80])
    # a grid drawn from lines, with one owner cell spanning two columns
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("SPAN", (2, 2), (3, 2))]))
    path = tmp_path / "wrapped.pdf"
    prose = Paragraph("The committee reviewed the outstanding actions below. " * 4, normal)
    SimpleDocTemplate(str(path), pagesize=A4).build([prose, table, prose])
    auto = parse_file(path, engine="auto")
    plumber = parse_file(path, engine="pdfplumber")
    assert _shape(auto) == _shape(plumber)
    assert [line.cells for line in auto.lines] == [line.cells for line in plumber.lines]
    assert sum(1 for line in auto.lines if line.cells) == 5


def test_path_objects_are_walked_as_pypdfium2_walks_them(tmp_path: Path) -> None:
    import pypdfium2
    from reportlab.pdfgen import canvas

    from minutebook.ingest.pdf import _iter_path_objects, _read_bounds

    path = tmp_path / "form.pdf"
    pdf = canvas.Canvas(str(path))
    pdf.beginForm("ruled")  # paths inside a form XObject, drawn twice
    for y in range(0, 100, 20):
        pdf.line(50, 300 + y, 400, 300 + y)
    pdf.endForm()
    pdf.doForm("ruled")
    pdf.rect(60, 600, 200, 40)
    pdf.translate(0, -200)
    pdf.doForm("ruled")
    pdf.showPage()
    pdf.save()
    document = pypdfium2.PdfDocument(str(path))
    try:
        page = document[0]
        expected = [obj.get_bounds() for obj in page.get_objects(filter=[pypdfium2.raw.FPDF_PAGEOBJ_PATH])]
        walked = list(_iter_path_objects(page.raw))
        assert len(walked) == 11
        assert [_read_bounds(obj) for obj, _ in walked] == expected
        # bounds are in the form's space; the matrix that comes with each places the form on the page
        assert [outer[5] for _, outer in walked if outer is not None] == [0.0] * 5 + [-200.0] * 5
    finally:
        document.close()


@pytest.mark.parametrize("scale", [0.5, 0.48, 2.0])
def test_rules_inside_a_scaled_form_are_placed_on_the_page(tmp_path: Path, scale: float) -> None:
    # Some producers lay a page out in pixels inside a form and draw the form shrunk to the page:
    # its rules must be read where they are printed, as pdfplumber reads them, or a frame
    # around the page grows past it and the whole page reads as one table cell.
    import pdfplumber
    import pypdfium2
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    from minutebook.ingest.pdf import _iter_rule_edges, _PageFrame

    width, height = A4
    path = tmp_path / "scaled-form.pdf"
    pdf = canvas.Canvas(str(path), pagesize=A4)
    pdf.beginForm("frame")  # in the form's units
    pdf.rect(0, 0, width / scale, height / scale)
    for row in range(4):
        pdf.line(72 / scale, (700 - 100 * row) / scale, 300 / scale, (700 - 100 * row) / scale)
    pdf.endForm()
    pdf.saveState()
    pdf.scale(scale, scale)
    pdf.doForm("frame")
    pdf.restoreState()
    pdf.showPage()
    pdf.save()

    def rounded(edges) -> list[tuple[float, ...]]:
        return sorted(tuple(round(edge[key], 1) for key in ("x0", "top", "x1", "bottom"))
                      for edge in edges if max(edge["width"], edge["height"]) >= 1)

    document = pypdfium2.PdfDocument(str(path))
    try:
        ours = rounded(_iter_rule_edges(document[0], _PageFrame.of(document[0])))
    finally:
        document.close()
    with pdfplumber.open(path) as plumber:
        theirs = rounded(plumber.pages[0].edges)
    assert ours == theirs
    assert max(edge[2] for edge in ours) <= width + 0.1 and min(edge[1] for edge in ours) >= -0.1


def test_cells_from_rule_crossings_match_pdfplumber() -> None:
    import pdfplumber.table as plumber_table

    from minutebook.ingest.pdf import _intersections_to_cells

    def rule(x0: float, top: float, x1: float, bottom: float) -> dict[str, object]:
        orientation = "h" if top == bottom else "v"
        return {"orientation": orientation, "x0": x0, "x1": x1, "top": top, "bottom": bottom,
                "width": x1 - x0, "height": bottom - top}

    edges = [rule(0, y, 300, y) for y in (0, 20, 40, 60)]
    edges += [rule(x, 0, x, 60) for x in (0, 100, 300)]
    edges += [rule(200, 0, 200, 20), rule(200, 40, 200, 60)]  # the middle row's last two cells are one
    edges += [rule(0, 100, 50, 100), rule(0, 130, 50, 130), rule(0, 100, 0, 130), rule(50, 100, 50, 130)]
    edges += [rule(400, 0, 400, 30)]  # a rule crossing nothing
    intersections = plumber_table.edges_to_intersections(edges, 3, 3)
    cells = _intersections_to_cells(intersections)
    assert cells == plumber_table.intersections_to_cells(intersections)
    assert (100, 20, 300, 40) in cells and (0, 100, 50, 130) in cells


def test_single_fragment_line_keeps_size_weight_and_one_segment() -> None:
    fragment = Fragment(text="\ufb01nal  report", x0=72.0, x1=150.0, top=100.0, bottom=110.0,
                        sizes=((10.96, 11),), bold=True)
    [line] = layout.group_fragments([fragment])
    assert (line.text, line.size, line.bold) == ("final report", 11.0, True)
    assert line.segments == (layout.Segment(72.0, 150.0, "final report"),)


def test_normalise_text_maps_control_characters_in_plain_text() -> None:
    assert layout.normalise_text("co\x00op\x02erative\tgroup ") == "coop-erative group"
    assert layout.normalise_text("  Item 5  Budget ") == "Item 5 Budget"


def test_cell_text_keeps_paragraph_breaks_and_joins_wraps() -> None:
    normalise_cell_text = layout.normalise_cell_text
    # A title line above the cell's minutes keeps its own line.
    assert normalise_cell_text("Welcome and Apologies\nApologies were received from Rhona Tan.") == (
        "Welcome and Apologies\nApologies were received from Rhona Tan."
    )
    assert normalise_cell_text("Declarations of Interest\nNone were declared.") == (
        "Declarations of Interest\nNone were declared."
    )
    # A wrapped list of names, or of agencies, is one run.
    assert normalise_cell_text("Jo Pike (Chair), Lena Moss (Vice Chair), Alan\nDrew (Treasurer), Sam Orr") == (
        "Jo Pike (Chair), Lena Moss (Vice Chair), Alan Drew (Treasurer), Sam Orr"
    )
    assert normalise_cell_text("Street Scene Team\nFriends of Oakfield\nParks") == (
        "Street Scene Team Friends of Oakfield Parks"
    )
    # Sentences and short lines end paragraphs; white space inside a line is made plain.
    assert normalise_cell_text("Policies\n1. Lone Working\nAgreed  by all.\nIt was noted.") == (
        "Policies\n1. Lone Working\nAgreed by all.\nIt was noted."
    )
    assert normalise_cell_text("\n  \n") == ""


def test_owner_column_moves_beside_the_paragraph_it_marks() -> None:
    body = [
        ("Policies", 100.0), ("1. Lone Working Policy", 113.0), ("Reviewed and accepted subject to", 126.0),
        ("changing its title.", 139.0), ("2. Volunteer Expenses", 152.0), ("Accepted as written.", 165.0),
    ]
    # Initials level with the second line of the first paragraph, and a pair level with the last line.
    cells = [[("4.", 100.0)], body, [("KM", 127.0), ("JO/KM", 165.5)]]
    assert layout.align_owner_column(cells) == [
        "4.",
        "Policies\n1. Lone Working Policy\nReviewed and accepted subject to changing its title.\nKM\n"
        "2. Volunteer Expenses\nAccepted as written.\nJO/KM",
        "",
    ]


def test_cells_that_are_not_an_owner_column_stay_put() -> None:
    body = [("Welcome and Apologies", 100.0), ("Apologies from Rhona Tan.", 113.0)]
    # A column of words, a single-paragraph cell, or a row with nothing else filled: no owner column.
    assert layout.align_owner_column([[("1.", 100.0)], body, [("Noted", 100.0)]]) is None
    assert layout.align_owner_column([[("1.", 100.0)], [("Apologies from Rhona Tan.", 100.0)], [("RT", 100.0)]]) is None
    assert layout.align_owner_column([[("KM", 100.0)]]) is None


ROTATED_LINES = [
    "Minutes of the Harbour Committee",
    "Present: Councillors Ashdown, Brierley and Castell.",
    "1. Apologies for absence",
    "Apologies were received from Councillor Denholm.",
    "2. Slipway repairs",
    "RESOLVED that the slipway be repaired before the spring tides.",
]


def _draw_two_column_table(pdf, top: float, rows: list[tuple[str, str]]) -> None:
    """A ruled table of two columns, a box per cell, its first row's top at `top` (points, from the bottom)."""
    for row, cells in enumerate(rows):
        row_top = top - 24 * row
        pdf.rect(72, row_top - 24, 200, 24)
        pdf.rect(272, row_top - 24, 120, 24)
        pdf.drawString(78, row_top - 16, cells[0])
        pdf.drawString(278, row_top - 16, cells[1])


def _write_rotated_pdf(path: Path, rotation: int) -> Path:
    """A page shown upright whose /Rotate is `rotation`: drawn turned the other way in the unrotated page, as a
    scanner writes a portrait page on a landscape sheet; with a small ruled table under the text."""
    from reportlab.pdfgen import canvas

    size = (842.0, 595.0) if rotation in (90, 270) else (595.0, 842.0)
    width, height = size
    pdf = canvas.Canvas(str(path), pagesize=size)
    pdf.setPageRotation(rotation)
    # from the shown page's space (X right, Y up) to the unrotated page's
    turn = {0: (1, 0, 0, 1, 0, 0), 90: (0, 1, -1, 0, width, 0), 180: (-1, 0, 0, -1, width, height),
            270: (0, -1, 1, 0, 0, height)}[rotation]
    pdf.transform(*turn)
    pdf.setFont("Helvetica", 11)
    for number, line in enumerate(ROTATED_LINES):
        pdf.drawString(72, 770 - 18 * number, line)
    _draw_two_column_table(pdf, 620, [("Action", "Owner"), ("Paint the railings", "Clerk")])
    pdf.showPage()
    pdf.save()
    return path


@pytest.mark.parametrize("rotation", [0, 90, 180, 270])
@pytest.mark.parametrize("engine", ["pdfium", "pdfplumber"])
def test_a_rotated_page_is_read_as_it_is_shown(tmp_path: Path, rotation: int, engine: str) -> None:
    # pdfium places characters in the unrotated page: read as they lie, a turned page's lines ran across each
    # other and came out as one line
    document = parse_file(_write_rotated_pdf(tmp_path / f"turned-{rotation}.pdf", rotation), engine=engine)
    texts = [line.text for line in document.lines if not line.cells]
    assert texts[: len(ROTATED_LINES)] == ROTATED_LINES
    assert [table.rows for table in document.tables] == [(("Action", "Owner"), ("Paint the railings", "Clerk"))]


@pytest.mark.parametrize("engine", ["auto", "pdfplumber", "pdfium"])
def test_a_long_table_in_small_type_does_not_make_the_minutes_headings(tmp_path: Path, engine: str) -> None:
    # A planning list in 8-point type holds most of the page's characters; the minutes around it are in 11 points
    # and stay body text, while a bold heading in the same size stays a heading.
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

    body = ParagraphStyle("body", fontName="Helvetica", fontSize=11, leading=14)
    heading = ParagraphStyle("heading", fontName="Helvetica-Bold", fontSize=11, leading=14)
    rows = [[f"31/0{n}12/F", f"Rear extension and new garage at {n} Orchard Row, Little Hadley, with a new access"
             f" to the lane and the removal of two trees", "No objection"] for n in range(1, 10)]
    table = Table(rows, colWidths=[70, 330, 80])
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("FONTSIZE", (0, 0), (-1, -1), 8)]))
    path = tmp_path / "planning.pdf"
    SimpleDocTemplate(str(path), pagesize=A4).build([
        Paragraph("31.17 Planning", heading), table, Paragraph("31.18 Highways", heading),
        Paragraph("No additional salt is required. Clerk to respond to the county.", body),
    ])
    lines = {line.text: line for line in parse_file(path, engine=engine).lines if line.cells is None}
    assert lines["31.17 Planning"].is_heading and lines["31.18 Highways"].is_heading
    assert not lines["No additional salt is required. Clerk to respond to the county."].is_heading


FRAMED_LINES = [
    "Minutes of the Hollin Hall Committee",
    "Present: Ann Moss, Ben Reed and Cy Ford",
    "1. Apologies",
    "Apologies were received from Di Lane.",
    "2. Roof repairs",
    "RESOLVED that the roofer be asked for a second quote.",
]


def _write_framed_pdf(path: Path, bands: int) -> Path:
    """A page whose text sits inside a border drawn round the whole page (one box, or the page cut into
    stacked bands, as web pages printed to PDF draw it), with a small ruled table of two columns below."""
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen import canvas

    width, height = letter
    pdf = canvas.Canvas(str(path), pagesize=letter)
    band = (height - 36) / bands
    for number in range(bands):
        pdf.rect(18, 18 + number * band, width - 36, band)
    pdf.setFont("Helvetica", 11)
    for number, line in enumerate(FRAMED_LINES):
        pdf.drawString(72, 740 - 18 * number, line)
    _draw_two_column_table(pdf, 560, [("Action", "Owner"), ("Send the quote", "Clerk")])
    pdf.showPage()
    pdf.save()
    return path


@pytest.mark.parametrize("bands", [1, 3])
@pytest.mark.parametrize("engine", ["auto", "pdfplumber"])
def test_a_border_round_the_page_is_no_table(tmp_path: Path, bands: int, engine: str) -> None:
    # Read as a one-column table, the page's border made all its text one cell: no lines, no items.
    document = parse_file(_write_framed_pdf(tmp_path / f"framed-{bands}.pdf", bands), engine=engine)
    texts = [line.text for line in document.lines if not line.cells]
    assert texts[: len(FRAMED_LINES)] == FRAMED_LINES
    assert [table.rows for table in document.tables] == [(("Action", "Owner"), ("Send the quote", "Clerk"))]


def test_a_page_frame_is_one_column_round_most_of_the_page() -> None:
    page = 612.0 * 792.0
    assert layout.is_page_frame((18, 18, 594, 774), 1, page)
    assert layout.is_page_frame((0, -792, 612, 792), 1, page)  # drawn past the page's edge
    assert not layout.is_page_frame((18, 18, 594, 774), 3, page)  # a full-page table of three columns
    assert not layout.is_page_frame((72, 500, 400, 560), 1, page)  # a boxed note


def test_a_symbol_fonts_bullet_mapped_to_the_summation_sign_reads_as_a_bullet() -> None:
    # Word's Symbol-font bullet, which some PDF producers map to "∑": standing as a word of its own it is the bullet;
    # inside a word it stays what it is.
    normalise_text = layout.normalise_text
    assert normalise_text("∑ Footpaths – the stile is broken. MT") == "• Footpaths – the stile is broken. MT"
    assert normalise_text("∑ ∑ Grants") == "• • Grants"
    assert normalise_text("∑") == "•"
    assert normalise_text("x∑y = 3") == "x∑y = 3"
