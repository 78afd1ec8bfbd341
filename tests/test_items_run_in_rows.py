"""Minutes kept in a "Discussion | Action" table whose first cell opens with its heading run in.

"Treasurer's Report: Balance given …" | "", "Correspondence:" then "1. Letter from …", "2. …" in the same cell: the
run-in heading is the item, the points numbered from 1 under it are its sub-items (numbered as printed, as the heading
has no number), and a heading line with its points just before the table ("Matters arising:" then "1. …") is read the
same way. The documents are invented, written as an HTML table and as a ruled PDF table; the near misses are the
attendance labels of the heading block, a schedule of payments numbered inside a cell, and a table of only two such
rows.
"""

from __future__ import annotations

from pathlib import Path

from minutebook.extract.items import extract_items
from minutebook.ingest import parse_file

OPENING = (
    "<html><body><h1>Elm Vale Community Council</h1>"
    "<p>Minutes of the meeting held in the Hall on Monday 3rd March 2031 at 7pm</p>"
)

ROWS = [
    ("Police Matters: No officer attended. The report was sent on afterwards.", ""),
    ("Treasurer's Report: Balance given with the ring-fenced sums.", ""),
    ("Correspondence:\n1. Letter from the roads department about winter gritting.\n"
     "2. Village Hall lease , renewal due in May. Noted.", "Sec"),
    ("Planning:\n1. Extension at 4 Mill Lane, no objection.", ""),
    ("AOCB: Thanks were given to the retiring secretary.", ""),
]

EXPECTED = [
    (None, "Police Matters"), (None, "Treasurer's Report"), (None, "Correspondence"),
    ("1", "Letter from the roads department about winter gritting"), ("2", "Village Hall lease"),
    (None, "Planning"), ("1", "Extension at 4 Mill Lane"), (None, "AOCB"),
]


def _html(rows: list[tuple[str, str]], before: str = "") -> str:
    cells = "".join(f"<tr><td>{text.replace(chr(10), '<br>')}</td><td>{action}</td></tr>" for text, action in rows)
    return (OPENING + before + "<table><tr><th>Discussion</th><th>Action</th></tr>" + cells
            + "</table><p>The meeting closed at 8.40 pm.</p></body></html>")


def _items(path: Path) -> list[tuple[str | None, str]]:
    return [(item.number, item.title) for item in extract_items(parse_file(path))]


def test_run_in_headings_in_an_html_table(tmp_path: Path) -> None:
    path = tmp_path / "run_in.html"
    before = ("<p>Present: Mr A Quill (Chair), Mrs B Rusk, Mr C Dunn</p><p>Apologies: Mr D Vane</p>"
              "<p>Matters arising:</p><p>1. Bench at the green repaired.</p><p>2. Hedge on School Lane cut back.</p>")
    path.write_text(_html(ROWS, before), encoding="utf-8")
    assert _items(path) == [(None, "Matters arising"), ("1", "Bench at the green repaired"),
                            ("2", "Hedge on School Lane cut back"), *EXPECTED]


def test_run_in_headings_in_a_ruled_pdf_table(tmp_path: Path) -> None:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas
    from reportlab.platypus import Table, TableStyle

    path = tmp_path / "run_in.pdf"
    pdf = canvas.Canvas(str(path), pagesize=A4)
    pdf.setFont("Helvetica-Bold", 14)
    pdf.drawString(56, 790, "Elm Vale Community Council")
    pdf.setFont("Helvetica", 10)
    pdf.drawString(56, 770, "Minutes of the meeting held in the Hall on Monday 3rd March 2031 at 7pm")
    table = Table([["Discussion", "Action"], *[[text, action] for text, action in ROWS]], colWidths=[400, 80])
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                               ("FONT", (0, 0), (-1, -1), "Helvetica", 9)]))
    _, height = table.wrapOn(pdf, 500, 700)
    table.drawOn(pdf, 56, 740 - height)
    pdf.showPage()
    pdf.save()
    assert _items(path) == EXPECTED


def test_attendance_rows_and_payments_are_not_items(tmp_path: Path) -> None:
    rows = [
        ("Present: Mr A Quill (Chair), Mrs B Rusk, Mr C Dunn and Mrs E Lark", ""),
        ("Apologies: Mr D Vane sent his apologies for this meeting", ""),
        *ROWS[1:3],
        ("Accounts for payment:\n1. Clerk's salary £250.00\n2. Hall hire £40.00", ""),
    ]
    path = tmp_path / "payments.html"
    path.write_text(_html(rows), encoding="utf-8")
    items = _items(path)
    assert (None, "Accounts for payment") in items
    assert not any(title.startswith(("Present", "Apologies", "Clerk's salary", "Hall hire")) for _, title in items)


def test_two_run_in_rows_are_not_the_style(tmp_path: Path) -> None:
    rows = [("Note: the meeting room changes in May.", ""), ROWS[1], ROWS[3]]
    path = tmp_path / "few.html"
    path.write_text(_html(rows), encoding="utf-8")
    assert not any(title == "Note" for _, title in _items(path))
    assert (None, "Treasurer's Report") not in _items(path)
