"""Writers for the ingest test corpus: small good PDFs and every kind of bad input.

Nothing binary is committed: each function writes its file into a folder the
test gives it (normally pytest's `tmp_path`) and returns the path. The bad
files are named after the `UnreadableDocument.kind` they must produce.
"""

from __future__ import annotations

import os
import random
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas
from reportlab.platypus import Table, TableStyle

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN = 56
BODY_FONT = "Helvetica"
BOLD_FONT = "Helvetica-Bold"
BODY_SIZE = 10
LEADING = 14

HEADER_TEXT = "Riverside Parish Council - Open Spaces Committee"
FOOTER_TEXT = "Minutes issued 14/03/2031"

FIRST_PAGE_BODY = [
    ("title", "Minutes of the Open Spaces Committee"),
    ("body", "Held at the Old Library on Tuesday 11 March 2031 at 7.00 pm."),
    ("body", "Present: Councillors Amberley, Bostock and Crane."),
    ("heading", "1. Apologies for absence"),
    ("body", "Apologies were received from Councillor Dunmore."),
    ("heading", "2. Allotment waiting list"),
    ("body", "The clerk reported that the waiting list stood at forty names."),
    ("body", "RESOLVED that a second site be surveyed before the summer."),
]
SECOND_PAGE_BODY_BEFORE = [
    ("heading", "3. Actions arising"),
    ("body", "The committee reviewed the outstanding actions below."),
]
TABLE_ROWS = [
    ("Ref", "Action", "Owner"),
    ("A1", "Survey the second allotment site", "Clerk"),
    ("A2", "Repair the play area fence", "Cllr Crane"),
    ("A3", "Order new benches", "Cllr Bostock"),
]
SECOND_PAGE_BODY_AFTER = [
    ("body", "The meeting closed at 8.15 pm."),
]


def _draw_furniture(pdf: canvas.Canvas, page_number: int, page_count: int) -> None:
    """Running header, footer and page number, as real minutes print them."""
    pdf.setFont(BODY_FONT, 8)
    pdf.drawString(MARGIN, PAGE_HEIGHT - 30, HEADER_TEXT)
    pdf.drawString(MARGIN, 40, FOOTER_TEXT)
    pdf.drawCentredString(PAGE_WIDTH / 2, 24, f"Page {page_number} of {page_count}")


def _draw_lines(pdf: canvas.Canvas, lines: list[tuple[str, str]], y: float) -> float:
    for style, text in lines:
        if style == "title":
            pdf.setFont(BOLD_FONT, 16)
            y -= 8
        elif style == "heading":
            pdf.setFont(BOLD_FONT, BODY_SIZE)
            y -= 6
        else:
            pdf.setFont(BODY_FONT, BODY_SIZE)
        pdf.drawString(MARGIN, y, text)
        y -= LEADING + (8 if style == "title" else 0)
    return y


def write_minutes_pdf(folder: Path, name: str = "minutes.pdf", *, with_table: bool = True,
                      encrypt: str | None = None) -> Path:
    """Two pages of minutes with header, footer, page numbers, headings and a ruled table."""
    path = Path(folder) / name
    pdf = canvas.Canvas(str(path), pagesize=A4, encrypt=encrypt)
    _draw_furniture(pdf, 1, 2)
    _draw_lines(pdf, FIRST_PAGE_BODY, PAGE_HEIGHT - 80)
    pdf.showPage()
    _draw_furniture(pdf, 2, 2)
    y = _draw_lines(pdf, SECOND_PAGE_BODY_BEFORE, PAGE_HEIGHT - 80)
    if with_table:
        table = Table([list(row) for row in TABLE_ROWS], colWidths=[50, 250, 120])
        table.setStyle(TableStyle([
            ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
            ("FONT", (0, 0), (-1, -1), BODY_FONT, BODY_SIZE),
        ]))
        _, height = table.wrapOn(pdf, PAGE_WIDTH, PAGE_HEIGHT)
        y -= height
        table.drawOn(pdf, MARGIN, y)
        y -= LEADING * 2
    _draw_lines(pdf, SECOND_PAGE_BODY_AFTER, y)
    pdf.showPage()
    pdf.save()
    return path


def write_text_pdf(folder: Path, name: str, pages: list[list[str]]) -> Path:
    """A plain PDF with the given lines on each page, no furniture."""
    path = Path(folder) / name
    pdf = canvas.Canvas(str(path), pagesize=A4)
    for lines in pages:
        pdf.setFont(BODY_FONT, BODY_SIZE)
        y = PAGE_HEIGHT - 60
        for text in lines:
            pdf.drawString(MARGIN, y, text)
            y -= LEADING
        pdf.showPage()
    pdf.save()
    return path


# --- bad inputs, one writer per UnreadableDocument kind -------------------------


def write_empty(folder: Path) -> Path:
    path = Path(folder) / "empty.pdf"
    path.write_bytes(b"")
    return path


def write_truncated_pdf(folder: Path) -> Path:
    whole = write_minutes_pdf(folder, "whole-for-truncation.pdf").read_bytes()
    path = Path(folder) / "truncated.pdf"
    path.write_bytes(whole[: len(whole) // 2])
    return path


def write_encrypted_pdf(folder: Path, password: str = "secret") -> Path:
    return write_minutes_pdf(folder, "encrypted.pdf", encrypt=password)


def write_image_only_pdf(folder: Path) -> Path:
    """A page with a filled rectangle and no text, like a scan without OCR."""
    path = Path(folder) / "scanned.pdf"
    pdf = canvas.Canvas(str(path), pagesize=A4)
    pdf.setFillColor(colors.grey)
    pdf.rect(MARGIN, MARGIN, 300, 400, fill=1, stroke=0)
    pdf.showPage()
    pdf.save()
    return path


def write_partly_scanned_pdf(folder: Path) -> Path:
    """One text page followed by one page with no text layer."""
    path = Path(folder) / "partly-scanned.pdf"
    pdf = canvas.Canvas(str(path), pagesize=A4)
    pdf.setFont(BODY_FONT, BODY_SIZE)
    pdf.drawString(MARGIN, PAGE_HEIGHT - 60, "Minutes of the Harbour Board")
    pdf.showPage()
    pdf.rect(MARGIN, MARGIN, 300, 400, fill=1, stroke=0)
    pdf.showPage()
    pdf.save()
    return path


def write_html_named_pdf(folder: Path) -> Path:
    path = Path(folder) / "download.pdf"
    path.write_text("<!DOCTYPE html><html><head><title>Not found</title></head>"
                    "<body><p>The document you asked for has moved.</p></body></html>")
    return path


def write_lfs_pointer_pdf(folder: Path) -> Path:
    """What a repository cloned without Git LFS holds in place of a PDF."""
    path = Path(folder) / "minutes-2031-03-04.pdf"
    path.write_text("version https://git-lfs.github.com/spec/v1\n"
                    f"oid sha256:{'4d7a' * 16}\nsize 184220\n")
    return path


def write_annex_pointer_txt(folder: Path) -> Path:
    """An unlocked git-annex file whose content was never fetched."""
    path = Path(folder) / "minutes-2031-04-01.txt"
    path.write_text(f"/annex/objects/SHA256E-s20431--{'9c1e' * 16}.txt\n")
    return path


def write_script_only_html(folder: Path) -> Path:
    path = Path(folder) / "scripts.html"
    script = "<script>var x = 1; document.write('hello');</script>\n" * 50
    path.write_text(f"<html><head><style>p {{ color: red }}</style></head><body>{script}</body></html>")
    return path


def write_cp1252_text(folder: Path) -> Path:
    path = Path(folder) / "legacy.txt"
    path.write_bytes("Caf\u00e9 budget \u2013 \u00a3250 agreed\n".encode("cp1252"))
    return path


def write_binary_named_txt(folder: Path) -> Path:
    path = Path(folder) / "noise.txt"
    path.write_bytes(random.Random(7).randbytes(4096))
    return path


def write_unreadable(folder: Path) -> Path:
    """A file nobody may read; as root, a folder named like a file stands in."""
    if os.geteuid() == 0:
        path = Path(folder) / "locked.txt"
        path.mkdir()
        return path
    path = Path(folder) / "locked.txt"
    path.write_text("Minutes\n")
    path.chmod(0)
    return path


def write_long_page_pdf(folder: Path, chars: int = 3000) -> Path:
    """One page carrying `chars` characters of text in small type."""
    path = Path(folder) / "long-page.pdf"
    pdf = canvas.Canvas(str(path), pagesize=A4)
    pdf.setFont(BODY_FONT, 4)
    per_line = 150
    # words, not one letter repeated: a page of "xxxx" is no language and would be refused as such
    words = "the clerk read the minutes of the last meeting aloud " * (per_line // 20)
    y = PAGE_HEIGHT - 20
    for start in range(0, chars, per_line):
        pdf.drawString(10, y, words[: min(per_line, chars - start)])
        y -= 5
    pdf.showPage()
    pdf.save()
    return path


def write_docx_like(folder: Path) -> Path:
    path = Path(folder) / "minutes.docx"
    path.write_bytes(b"PK\x03\x04" + bytes(60) + b"word/document.xml")
    return path


def write_split_table_pdf(folder: Path, name: str = "plan.pdf", *, repeat_header: bool = False,
                          break_row: bool = False) -> Path:
    """A ruled table that starts on page 1 and runs on at the top of page 2.

    `repeat_header` repeats the header row on page 2; `break_row` splits row 5
    across the page end, its rest starting in lower case on page 2.
    """
    path = Path(folder) / name
    header = ("No.", "Action", "Lead")
    first = [header] + [(str(n), f"Action number {n}", "Council") for n in range(1, 6)]
    second = [(str(n), f"Action number {n}", "Police") for n in range(6, 9)]
    if break_row:
        second.insert(0, ("", "continued on the next page", ""))
    if repeat_header:
        second.insert(0, header)
    pdf = canvas.Canvas(str(path), pagesize=A4)
    for page_number, rows, top in ((1, first, PAGE_HEIGHT - 120), (2, second, PAGE_HEIGHT - 70)):
        _draw_furniture(pdf, page_number, 2)
        if page_number == 1:
            _draw_lines(pdf, [("heading", "Action plan")], PAGE_HEIGHT - 80)
        table = Table([list(row) for row in rows], colWidths=[40, 250, 100])
        table.setStyle(TableStyle([
            ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
            ("FONT", (0, 0), (-1, -1), BODY_FONT, BODY_SIZE),
        ]))
        _, height = table.wrapOn(pdf, PAGE_WIDTH, PAGE_HEIGHT)
        table.drawOn(pdf, MARGIN, top - height)
        if page_number == 2:
            _draw_lines(pdf, [("body", "Progress will be reviewed quarterly.")], top - height - 30)
        pdf.showPage()
    pdf.save()
    return path


def write_unruled_pdf(folder: Path, name: str = "unruled.pdf") -> Path:
    """Minutes whose attendance and action log are tables drawn without rules, plus hanging lists."""
    path = Path(folder) / name
    pdf = canvas.Canvas(str(path), pagesize=A4)
    pdf.setFont(BODY_FONT, BODY_SIZE)
    columns = (MARGIN, MARGIN + 70, MARGIN + 230)
    y = PAGE_HEIGHT - 80
    for row in [("Present:", "Ann Field", "Parish Council (Chair)"), ("", "Inspector Bo Hale", "Police"),
                ("", "Cy Dunn", "Housing Trust")]:
        for x, text in zip(columns, row):
            pdf.drawString(x, y, text)
        y -= LEADING
    y -= LEADING
    pdf.drawString(MARGIN, y, "\u2022")
    pdf.drawString(MARGIN + 18, y, "Bullet points with a hanging indent stay ordinary lines")
    y -= LEADING
    pdf.drawString(MARGIN, y, "1.")
    pdf.drawString(MARGIN + 18, y, "A numbered paragraph with a hanging indent also stays a line")
    y -= LEADING * 2
    columns = (MARGIN, MARGIN + 60, MARGIN + 330)
    rows = [(("Minute",), ("Action",), ("Owner",)),
            (("12/3",), ("Write to the highways team about the broken", "lights on the bridge and the path"),
             ("Clerk",)),
            (("12/4",), ("Order two benches",), ("Cllr Dunn",))]
    for row in rows:
        for x, cell_lines in zip(columns, row):
            for offset, text in enumerate(cell_lines):
                pdf.drawString(x, y - offset * LEADING, text)
        y -= LEADING * max(len(cell) for cell in row) + 6  # cell padding between rows
    y -= LEADING
    pdf.drawString(MARGIN, y, "The meeting closed at 9.00 pm.")
    pdf.showPage()
    pdf.save()
    return path


def write_huge_page_pdf(folder: Path, side: float = 20_000) -> Path:
    """A page far larger than any real sheet (a damaged or hostile file)."""
    path = Path(folder) / "huge-page.pdf"
    pdf = canvas.Canvas(str(path), pagesize=(side, side))
    pdf.setFont(BODY_FONT, BODY_SIZE)
    pdf.drawString(MARGIN, side - 60, "Minutes")
    pdf.showPage()
    pdf.save()
    return path
