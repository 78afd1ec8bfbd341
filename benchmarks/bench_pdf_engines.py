"""Pages per second of the PDF engines on generated minutes.

Compares pdfplumber's `extract_text`, pypdfium2's `get_text_range` (the raw
speeds) with `parse_file(engine=...)` for each minutebook engine, on a
text-only document and on one with a ruled table on every other page.
Needs reportlab (a dev dependency). Prints figures; asserts nothing.

    .venv/bin/python benchmarks/bench_pdf_engines.py [pages]
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path
from typing import Callable

import pdfplumber
import pypdfium2 as pdfium
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas
from reportlab.platypus import Table, TableStyle

from minutebook.ingest import parse_file

DEFAULT_PAGES = 30
LINES_PER_PAGE = 50
REPEATS = 3
SENTENCE = ("Members discussed the report on anti-social behaviour in the town centre and agreed "
            "that officers would bring back proposals")


def write_document(path: Path, pages: int, *, tables: bool) -> Path:
    """A PDF of dense minutes pages with header, footer and optional ruled tables."""
    width, height = A4
    pdf = canvas.Canvas(str(path), pagesize=A4)
    for page in range(1, pages + 1):
        pdf.setFont("Helvetica", 8)
        pdf.drawString(50, height - 30, "Borough Council - Community Safety Committee")
        pdf.drawCentredString(width / 2, 25, f"Page {page} of {pages}")
        y = height - 60
        lines = LINES_PER_PAGE
        if tables and page % 2 == 0:
            rows = [["Ref", "Action", "Owner"]] + [[f"A{n}", f"Action number {n} for the clerk", "Clerk"]
                                                   for n in range(1, 9)]
            table = Table(rows, colWidths=[50, 300, 100])
            table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black)]))
            _, table_height = table.wrapOn(pdf, width, height)
            table.drawOn(pdf, 50, y - table_height)
            y -= table_height + 20
            lines -= 15
        for number in range(lines):
            if number % 12 == 0:
                pdf.setFont("Helvetica-Bold", 11)
                pdf.drawString(50, y, f"{page}.{number // 12 + 1} Item heading")
            else:
                pdf.setFont("Helvetica", 9)
                pdf.drawString(50, y, f"{number}. {SENTENCE}")
            y -= 13
        pdf.showPage()
    pdf.save()
    return path


def read_with_pdfplumber(path: Path) -> None:
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            page.extract_text()
            page.close()


def read_with_pdfium(path: Path) -> None:
    document = pdfium.PdfDocument(path)
    try:
        for index in range(len(document)):
            page = document[index]
            textpage = page.get_textpage()
            textpage.get_text_range()
            textpage.close()
            page.close()
    finally:
        document.close()


def measure(run: Callable[[Path], object], path: Path, pages: int) -> float:
    """Best pages per second over a few runs."""
    best = float("inf")
    for _ in range(REPEATS):
        start = time.perf_counter()
        run(path)
        best = min(best, time.perf_counter() - start)
    return pages / best


def main(argv: list[str]) -> int:
    pages = int(argv[1]) if len(argv) > 1 else DEFAULT_PAGES
    runs: dict[str, Callable[[Path], object]] = {
        "pdfplumber extract_text": read_with_pdfplumber,
        "pypdfium2 get_text_range": read_with_pdfium,
        "parse_file engine=pdfplumber": lambda p: parse_file(p, engine="pdfplumber"),
        "parse_file engine=pdfium": lambda p: parse_file(p, engine="pdfium"),
        "parse_file engine=auto": lambda p: parse_file(p, engine="auto"),
    }
    with tempfile.TemporaryDirectory() as folder:
        for label, tables in (("text only", False), ("ruled table every other page", True)):
            path = write_document(Path(folder) / f"bench-{tables}.pdf", pages, tables=tables)
            print(f"{pages} pages, {label}:")
            for name, run in runs.items():
                print(f"  {name:32s} {measure(run, path, pages):9.1f} pages/s")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
