"""Page furniture (page numbers, running titles, approval notes) stays out of the lines, by family."""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from minutebook.ingest import ENGINES, parse_file
from minutebook.ingest.layout import is_furniture

WIDTH, HEIGHT = A4
BODY = [
    ["Minutes of the Meeting of Ashgrove Parish Council", "1. Apologies for absence",
     "Apologies were received from Councillor Mabel Quennell."],
    ["2. Play area", "The clerk reported that the fence would be repaired before the summer."],
    ["3. Finance", "The accounts for the quarter were received and noted."],
]


def _write(
    folder: Path, *, header: str | None, footers: list[str], blank_note: bool = False, headers: tuple[str, ...] = ()
) -> Path:
    """Pages of body text with a running header (one line, or the stacked `headers`) and footer lines; `{n}`/`{m}`
    are page and page count."""
    path = folder / "furniture.pdf"
    pdf = canvas.Canvas(str(path), pagesize=A4)
    pages = BODY + ([["This page is intentionally left blank"]] if blank_note else [])
    for number, lines in enumerate(pages, start=1):
        pdf.setFont("Helvetica", 9)
        for row, text in enumerate([header] if header else list(headers)):
            pdf.drawString(56, HEIGHT - 30 - 12 * row, text.format(n=number, m=len(pages)))
        for row, footer in enumerate(footers):
            pdf.drawString(56, 50 - 12 * row, footer.format(n=number, m=len(pages)))
        pdf.setFont("Helvetica", 11)
        for row, text in enumerate(lines):
            pdf.drawString(56, HEIGHT - 100 - 16 * row, text)
        pdf.showPage()
    pdf.save()
    return path


def _texts(path: Path, engine: str) -> list[str]:
    return [line.text for line in parse_file(path, engine=engine).lines]


BODY_TEXTS = [text for lines in BODY for text in lines]


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize("footer", [
    "{n} | P a g e",  # a word processor's letter-spaced page field
    "P a g e | {n}",
    "Page {n} of {m}",
    "Ashgrove Parish Council minutes, 9 March 2032        Page {n} of {m}",
    "Minutes approved by Council on 13 April 2032",
])
def test_footer_families_are_removed(tmp_path: Path, engine: str, footer: str) -> None:
    assert _texts(_write(tmp_path, header=None, footers=[footer]), engine) == BODY_TEXTS


@pytest.mark.parametrize("engine", ENGINES)
def test_running_title_and_stacked_footers_are_removed(tmp_path: Path, engine: str) -> None:
    path = _write(tmp_path, header="ASHGROVE PARISH COUNCIL - FULL COUNCIL 9 MARCH 2032",
                  footers=["Chairman's initials ........", "{n} | P a g e"])
    assert _texts(path, engine) == BODY_TEXTS


@pytest.mark.parametrize("engine", ENGINES)
def test_a_running_title_block_of_four_lines_is_removed(tmp_path: Path, engine: str) -> None:
    block = ("STRATA PLAN BX 4411", "Strata Council Meeting", "Thursday, March 4, 2032", "Minutes")
    path = _write(tmp_path, header=None, headers=block, footers=["Page {n}"])
    assert _texts(path, engine) == BODY_TEXTS


@pytest.mark.parametrize("engine", ENGINES)
def test_intentionally_blank_note_is_dropped(tmp_path: Path, engine: str) -> None:
    assert _texts(_write(tmp_path, header=None, footers=["Page {n} of {m}"], blank_note=True), engine) == BODY_TEXTS


def test_one_page_footer_known_by_its_wording(tmp_path: Path) -> None:
    # furniture on a single page cannot repeat, so its wording must give it away
    path = tmp_path / "one.pdf"
    pdf = canvas.Canvas(str(path), pagesize=A4)
    pdf.setFont("Helvetica", 11)
    pdf.drawString(56, HEIGHT - 100, "Minutes of the Meeting of Ashgrove Parish Council")
    pdf.setFont("Helvetica", 9)
    pdf.drawString(56, 40, "1 | P a g e")
    pdf.save()
    assert _texts(path, "auto") == ["Minutes of the Meeting of Ashgrove Parish Council"]


@pytest.mark.parametrize("text", ["Page three of the report", "The minutes were approved by the council on a vote",
                                  "3. Apologies", "Item 3 of 12 items was deferred", "Signed by the Chair"])
def test_body_wording_is_not_furniture(text: str) -> None:
    assert not is_furniture(text)


@pytest.mark.parametrize("engine", ENGINES)
def test_hyphen_ending_a_line_keeps_both_lines(tmp_path: Path, engine: str) -> None:
    # pdfium runs a line ending in a hyphen on into the next; the printed lines are kept
    path = tmp_path / "hyphen.pdf"
    pdf = canvas.Canvas(str(path), pagesize=A4)
    pdf.setFont("Helvetica", 11)
    lines = ["The clerk proposed to close the account with the Co-",
             "operative Bank as it was no longer used for anything other than the",
             "annual grant."]
    for row, text in enumerate(lines):
        pdf.drawString(56, HEIGHT - 100 - 14 * row, text)
    pdf.save()
    assert _texts(path, engine) == lines
