"""Minutes kept as a table, one row per motion: "Item 4: Letter to … | comments | Passed Unanimously".

The item cell gives the item's number and title, the later cells its minutes, and the result cell the outcome of
the row's motion (a decision), never who acts. The documents are invented, written as a Markdown pipe table and as
an HTML table; a numbered table inside one minute stays that minute's list.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from minutebook.extract.items import extract_items
from minutebook.extract.margin_owners import is_outcome_cell, owner_cell_columns
from minutebook.extract.pipeline import extract_document
from minutebook.ingest import parse_file

OPENING = """# Harrowgate Neighborhood Board

Minutes of the Full Board Meeting held on 12 May 2031 at 7:00 PM, Linden Hall.

Present: Board Members Ilse Varga, Tomas Reyne, Priya Castell, Odile Brann.

"""

ROWS = [
    ("Item 1: Letter to the Licensing Office re 14 Quarry Lane – Bellweather Tavern", "", "Passed Unanimously"),
    ("Item 2: Letter to the Transit Department re bus shelter on Alder Road", "Friendly amendment accepted.",
     "Passed with 12 in favor and 1 abstaining"),
    ("Item 3: Letter to the Parks Office re the Millpond playground", "", "Passed Unanimously"),
    ("Item 4: Letter to the Planning Office re 7 Orchard Row rear extension", "Items 3 and 4 were bundled.",
     "Carried 11-2"),
]


def _markdown(rows: list[tuple[str, str, str]]) -> str:
    body = "| Motion | Comments | Result |\n| --- | --- | --- |\n"
    body += "".join(f"| {item} | {comment} | {result} |\n" for item, comment, result in rows)
    return OPENING + body + "\nThe meeting closed at 8:40 PM.\n"


def _html(rows: list[tuple[str, str, str]]) -> str:
    cells = "".join(f"<tr><td>{item}</td><td>{comment}</td><td>{result}</td></tr>" for item, comment, result in rows)
    return (
        "<html><body><h1>Harrowgate Neighborhood Board</h1>"
        "<p>Minutes of the Full Board Meeting held on 12 May 2031 at 7:00 PM, Linden Hall.</p>"
        "<p>Present: Board Members Ilse Varga, Tomas Reyne, Priya Castell, Odile Brann.</p>"
        f"<table><tr><th>Motion</th><th>Comments</th><th>Result</th></tr>{cells}</table>"
        "<p>The meeting closed at 8:40 PM.</p></body></html>"
    )


@pytest.fixture(params=["md", "html"])
def motions_table(request: pytest.FixtureRequest, tmp_path: Path):
    path = tmp_path / f"board.{request.param}"
    path.write_text(_markdown(ROWS) if request.param == "md" else _html(ROWS), encoding="utf-8")
    return extract_document(parse_file(path))


def test_item_cell_gives_number_and_title(motions_table) -> None:
    items = [(item.number, item.title) for item in motions_table.items]
    assert items == [
        ("1", "Letter to the Licensing Office re 14 Quarry Lane – Bellweather Tavern"),
        ("2", "Letter to the Transit Department re bus shelter on Alder Road"),
        ("3", "Letter to the Parks Office re the Millpond playground"),
        ("4", "Letter to the Planning Office re 7 Orchard Row rear extension"),
    ]


def test_result_cell_is_the_rows_decision(motions_table) -> None:
    decided = {resolution.item: resolution.text for resolution in motions_table.resolutions}
    assert set(decided) == {"1", "2", "3", "4"}
    assert decided["1"].startswith("Letter to the Licensing Office") and decided["1"].endswith("Passed Unanimously")
    assert "Carried 11-2" in decided["4"]


def test_result_cell_is_never_an_owner(motions_table) -> None:
    owners = [owner for action in motions_table.actions for owner in action.owners]
    assert not any("Passed" in owner or "Carried" in owner for owner in owners)


def test_outcome_column_is_not_an_owner_column() -> None:
    rows = [("Item 1: Letter re the park", "", "Passed\nUnanimously"), ("Item 2: Letter re the road", "", "Carried 5-0"),
            ("Item 3: Letter re the hall", "", "Passed Unanimously")]
    assert owner_cell_columns(rows, lambda cell: cell[:1].isupper()) is None
    assert is_outcome_cell("Passed with 31 in favor and 1 abstaining")
    assert not is_outcome_cell("Clerk")
    assert not is_outcome_cell("Passed to the Clerk to write to the county about the drains on Mill Lane and the verge")


def test_numbered_table_inside_one_minute_stays_in_it(tmp_path: Path) -> None:
    table = "".join(f"| Item {n}: Application for a grant from the {club} | Approved |\n"
                    for n, club in enumerate(["Bowls Club", "Scout Group", "Youth Choir"], start=1))
    text = (
        OPENING
        + "1. Apologies\n\nNone were received.\n\n2. Minutes\n\nThe minutes were approved.\n\n"
        + "3. Finance\n\nThe grants were reviewed:\n\n| Request | Decision |\n| --- | --- |\n" + table
        + "\n4. Highways\n\nThe verge on Mill Lane was discussed.\n\n5. Correspondence\n\nNone.\n\n"
        + "6. Date of next meeting\n\n9 June 2031.\n"
    )
    path = tmp_path / "parish.md"
    path.write_text(text, encoding="utf-8")
    items = [(item.number, item.title) for item in extract_document(parse_file(path)).items]
    assert items[:3] == [("1", "Apologies"), ("2", "Minutes"), ("3", "Finance")]
    assert not any(title.startswith("Application for a grant") for _, title in items)


LETTERHEAD = [("Meeting Date", "May 12, 2031"), ("Meeting Time", "6:30 PM"),
              ("Meeting Location", "Linden Hall, 4 Quarry Road")]


@pytest.mark.parametrize("form", ["md", "html"])
def test_letterhead_label_cells_give_the_meeting(tmp_path: Path, form: str) -> None:
    if form == "md":
        head = "| | |\n| --- | --- |\n" + "".join(f"| {label} | {value} |\n" for label, value in LETTERHEAD)
        text = "# Harrowgate Neighborhood Board\n\n" + head + "\n## Full Board Meeting Minutes\n\n" + _markdown(ROWS)[
            len(OPENING):]
    else:
        head = "<table>" + "".join(f"<tr><td>{label}</td><td>{value}</td></tr>" for label, value in LETTERHEAD)
        text = ("<html><body><h1>Harrowgate Neighborhood Board</h1>" + head + "</table>"
                + "<h2>Full Board Meeting Minutes</h2><p>The Chair opened the meeting.</p></body></html>")
    path = tmp_path / f"letterhead.{form}"
    path.write_text(text, encoding="utf-8")
    meeting = extract_document(parse_file(path)).meeting
    assert meeting.date is not None and meeting.date.isoformat() == "2031-05-12"
    assert meeting.start_time is not None and meeting.start_time.isoformat(timespec="minutes") == "18:30"
    assert meeting.venue is not None and meeting.venue.startswith("Linden Hall")


HEADED = [
    ("Public Session", ""),
    ("Adoption of Agenda and", "The agenda and the April minutes were approved unanimously."),
    ("Minutes", ""),
    ("District Manager Report", "Ms. Okafor attended the precinct council meeting. She noted that the parks committee "
                                "would not meet in June."),
    ("Council Speaker", "Mr. Halvorsen spoke about the new ferry landing and thanked the board."),
    ("Board Chair Report", "The Chair reported on the budget consultation held in April."),
    ("Adjournment", "The meeting was adjourned at 8:55 PM."),
]


def _headed_markdown() -> str:
    body = "| | |\n| --- | --- |\n" + "".join(f"| {label} | {text} |\n" for label, text in HEADED)
    return OPENING + body


def _headed_html() -> str:
    rows = "".join(f"<tr><td>{label}</td><td>{text}</td></tr>" for label, text in HEADED)
    return ("<html><body><h1>Harrowgate Neighborhood Board</h1>"
            "<p>Minutes of the Full Board Meeting held on 12 May 2031 at 7:00 PM, Linden Hall.</p>"
            f"<table>{rows}</table></body></html>")


@pytest.mark.parametrize("form", ["md", "html"])
def test_heading_cells_are_items_and_minute_cells_their_text(tmp_path: Path, form: str) -> None:
    path = tmp_path / f"headed.{form}"
    path.write_text(_headed_markdown() if form == "md" else _headed_html(), encoding="utf-8")
    extraction = extract_document(parse_file(path))
    titles = [item.title for item in extraction.items]
    assert titles == ["Public Session", "Adoption of Agenda and Minutes", "District Manager Report",
                      "Board Chair Report", "Adjournment"]
    # A speaker's row carries no agenda words: it stays inside the item above.
    assert "Council Speaker" not in titles
    decided = {resolution.item for resolution in extraction.resolutions}
    assert "Adoption of Agenda and Minutes" in decided


def test_payments_schedule_is_not_the_items(tmp_path: Path) -> None:
    schedule = [("Clerk's salary", "£450.00 paid by standing order"), ("Highways verge cutting", "£120.00 to Green Lanes Ltd"),
                ("Planning fee", "£35.00 to the district council"), ("Payroll services", "£18.00 to Ledger Bureau")]
    text = (OPENING + "Apologies\n\nNone were received.\n\nFinance\n\nThe following payments were approved:\n\n"
            + "| | |\n| --- | --- |\n" + "".join(f"| {label} | {amount} |\n" for label, amount in schedule))
    path = tmp_path / "payments.md"
    path.write_text(text, encoding="utf-8")
    titles = [item.title for item in extract_document(parse_file(path)).items]
    assert not any(title in {"Clerk's salary", "Planning fee", "Payroll services"} for title in titles)


def _ruled_pdf(path: Path, rows: list[list[str]], widths: list[float]) -> Path:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas
    from reportlab.platypus import Table, TableStyle

    pdf = canvas.Canvas(str(path), pagesize=A4)
    pdf.setFont("Helvetica-Bold", 14)
    pdf.drawString(56, 790, "Harrowgate Neighborhood Board")
    pdf.setFont("Helvetica", 10)
    pdf.drawString(56, 770, "Minutes of the Full Board Meeting held on 12 May 2031 at 7:00 PM, Linden Hall.")
    table = Table(rows, colWidths=widths)
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                               ("FONT", (0, 0), (-1, -1), "Helvetica", 8)]))
    _, height = table.wrapOn(pdf, 500, 700)
    table.drawOn(pdf, 56, 740 - height)
    pdf.showPage()
    pdf.save()
    return path


def test_ruled_pdf_table_of_motions(tmp_path: Path) -> None:
    rows = [["Motion", "Comments", "Result"]] + [[item.split(" re ")[0], comment, result] for item, comment, result in ROWS]
    extraction = extract_document(parse_file(_ruled_pdf(tmp_path / "motions.pdf", rows, [250, 130, 120])))
    assert [(item.number, item.title) for item in extraction.items][:4] == [
        ("1", "Letter to the Licensing Office"), ("2", "Letter to the Transit Department"),
        ("3", "Letter to the Parks Office"), ("4", "Letter to the Planning Office"),
    ]
    assert {resolution.item for resolution in extraction.resolutions} >= {"1", "2", "3", "4"}
    assert not any("Passed" in owner for action in extraction.actions for owner in action.owners)


def test_ruled_pdf_table_of_headings(tmp_path: Path) -> None:
    rows = [[label, text] for label, text in HEADED if text]
    extraction = extract_document(parse_file(_ruled_pdf(tmp_path / "headed.pdf", rows, [110, 390])))
    titles = [item.title for item in extraction.items]
    assert {"District Manager Report", "Board Chair Report", "Adjournment"} <= set(titles)
    assert "Council Speaker" not in titles


def test_result_cell_is_the_rows_vote(motions_table) -> None:
    votes = {vote.item: vote for vote in motions_table.votes}
    assert set(votes) == {"1", "2", "3", "4"}
    assert votes["1"].motion.startswith("Letter to the Licensing Office") and votes["1"].result == "carried"
    assert (votes["2"].count_for, votes["2"].count_against) == (12, None)
    assert (votes["4"].count_for, votes["4"].count_against) == (11, 2)
    assert votes["3"].count_for is None


@pytest.mark.parametrize(("cell", "counts"), [
    ("Carried 5-0-1", (5, 0, 1)),
    ("Approved 4 for, 1 against, 2 abstentions", (4, 1, 2)),
    ("Carried (7 in favour, 2 against)", (7, 2, None)),
    ("Passed 6 to 1", (6, 1, None)),
])
def test_result_cell_counts_read_as_the_minutes_text_is(tmp_path: Path, cell: str, counts: tuple) -> None:
    path = tmp_path / "board.md"
    path.write_text(_markdown([ROWS[0][:2] + (cell,)]), encoding="utf-8")
    (vote,) = extract_document(parse_file(path)).votes
    assert (vote.count_for, vote.count_against, vote.count_abstain) == counts


def test_withdrawn_and_tabled_rows(tmp_path: Path) -> None:
    rows = ROWS[:2] + [("Item 3: Letter to the Parks Office re the Millpond playground", "", "Tabled"),
                       ("Item 4: Letter to the Planning Office re 7 Orchard Row", "", "Withdrawn by the sponsor")]
    path = tmp_path / "withdrawn.md"
    path.write_text(_markdown(rows), encoding="utf-8")
    votes = {vote.item: vote.result for vote in extract_document(parse_file(path)).votes}
    assert votes == {"1": "carried", "2": "carried", "4": "withdrawn"}


def test_unanimous_and_denied_result_cells_give_votes(tmp_path: Path) -> None:
    rows = [("Item 1: Letter to the Licensing Office re 14 Quarry Lane", "", "Unanimously approved"),
            ("Item 2: Letter to the Transit Department re Alder Road", "", "Unanimous"),
            ("Item 3: Letter to the Parks Office re the Millpond", "", "Denied 3-9")]
    path = tmp_path / "unanimous.md"
    path.write_text(_markdown(rows), encoding="utf-8")
    extraction = extract_document(parse_file(path))
    assert {vote.item: vote.result for vote in extraction.votes} == {"1": "carried", "2": "carried", "3": "lost"}
    # Each row's decision is read once.
    items = [resolution.item for resolution in extraction.resolutions]
    assert len(items) == len(set(items))


# Minutes kept in a "Discussion | Action" table whose first cell opens with its heading run in: "Treasurer's Report:
# Balance given …" | "", "Correspondence:" then "1. Letter from …", "2. …" in the same cell. The run-in heading is the
# item, the points numbered from 1 under it its sub-items (numbered as printed, as the heading has no number), and a
# heading line with its points just before the table ("Matters arising:" then "1. …") is read the same way. Near
# misses: the attendance labels of the heading block, a schedule of payments numbered inside a cell, and a table of
# only two such rows.

RUN_IN_OPENING = (
    "<html><body><h1>Elm Vale Community Council</h1>"
    "<p>Minutes of the meeting held in the Hall on Monday 3rd March 2031 at 7pm</p>"
)

RUN_IN_ROWS = [
    ("Police Matters: No officer attended. The report was sent on afterwards.", ""),
    ("Treasurer's Report: Balance given with the ring-fenced sums.", ""),
    ("Correspondence:\n1. Letter from the roads department about winter gritting.\n"
     "2. Village Hall lease , renewal due in May. Noted.", "Sec"),
    ("Planning:\n1. Extension at 4 Mill Lane, no objection.", ""),
    ("AOCB: Thanks were given to the retiring secretary.", ""),
]

RUN_IN_EXPECTED = [
    (None, "Police Matters"), (None, "Treasurer's Report"), (None, "Correspondence"),
    ("1", "Letter from the roads department about winter gritting"), ("2", "Village Hall lease"),
    (None, "Planning"), ("1", "Extension at 4 Mill Lane"), (None, "AOCB"),
]


def _run_in_html(rows: list[tuple[str, str]], before: str = "") -> str:
    cells = "".join(f"<tr><td>{text.replace(chr(10), '<br>')}</td><td>{action}</td></tr>" for text, action in rows)
    return (RUN_IN_OPENING + before + "<table><tr><th>Discussion</th><th>Action</th></tr>" + cells
            + "</table><p>The meeting closed at 8.40 pm.</p></body></html>")


def _run_in_items(path: Path) -> list[tuple[str | None, str]]:
    return [(item.number, item.title) for item in extract_items(parse_file(path))]


def test_run_in_headings_in_an_html_table(tmp_path: Path) -> None:
    path = tmp_path / "run_in.html"
    before = ("<p>Present: Mr A Quill (Chair), Mrs B Rusk, Mr C Dunn</p><p>Apologies: Mr D Vane</p>"
              "<p>Matters arising:</p><p>1. Bench at the green repaired.</p><p>2. Hedge on School Lane cut back.</p>")
    path.write_text(_run_in_html(RUN_IN_ROWS, before), encoding="utf-8")
    assert _run_in_items(path) == [(None, "Matters arising"), ("1", "Bench at the green repaired"),
                                   ("2", "Hedge on School Lane cut back"), *RUN_IN_EXPECTED]


def test_run_in_headings_in_a_ruled_pdf_table(tmp_path: Path) -> None:
    rows = [["Discussion", "Action"], *[[text, action] for text, action in RUN_IN_ROWS]]
    assert _run_in_items(_ruled_pdf(tmp_path / "run_in.pdf", rows, [400, 80])) == RUN_IN_EXPECTED


def test_attendance_rows_and_payments_are_not_items(tmp_path: Path) -> None:
    rows = [
        ("Present: Mr A Quill (Chair), Mrs B Rusk, Mr C Dunn and Mrs E Lark", ""),
        ("Apologies: Mr D Vane sent his apologies for this meeting", ""),
        *RUN_IN_ROWS[1:3],
        ("Accounts for payment:\n1. Clerk's salary £250.00\n2. Hall hire £40.00", ""),
    ]
    path = tmp_path / "payments.html"
    path.write_text(_run_in_html(rows), encoding="utf-8")
    items = _run_in_items(path)
    assert (None, "Accounts for payment") in items
    assert not any(title.startswith(("Present", "Apologies", "Clerk's salary", "Hall hire")) for _, title in items)


def test_two_run_in_rows_are_not_the_style(tmp_path: Path) -> None:
    rows = [("Note: the meeting room changes in May.", ""), RUN_IN_ROWS[1], RUN_IN_ROWS[3]]
    path = tmp_path / "few.html"
    path.write_text(_run_in_html(rows), encoding="utf-8")
    assert not any(title == "Note" for _, title in _run_in_items(path))
    assert (None, "Treasurer's Report") not in _run_in_items(path)
