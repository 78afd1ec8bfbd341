"""Boxes painted in the paper's white are not rules: word processors and web pages saved as PDF lay one behind
each run or paragraph of text, and read as a table's cells they lost the words between them."""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

from minutebook.ingest import parse_file
from minutebook.ingest.pdf import is_unseen_paint

PARAGRAPH = [
    ("Chair Ostrander moved approval of the ", "lease renewal for the north depot for a"),
    ("", "term of three years from the date of approval of the renewal,"),
    ("", "commencing on the first day of the month after signature."),
]
"""A motion whose first words sit outside the white box drawn behind the rest of its first line."""
SECONDED = "It was seconded by Member Vantongeren and carried by 5 ayes."


def _write_boxed_pdf(path: Path, colour: tuple[float, ...], *, stroke: tuple[float, ...] | None = None) -> Path:
    """Two motions, each line after its first words backed by a box filled in `colour` (RGB, or CMYK when four),
    outlined in `stroke` when given, as a word processor saving highlighted runs draws them."""
    pdf = canvas.Canvas(str(path), pagesize=letter)
    pdf.setFont("Helvetica", 11)
    y = 700.0
    for _ in range(2):
        for lead, rest in PARAGRAPH:
            start = 72 + pdf.stringWidth(lead, "Helvetica", 11)
            if len(colour) == 4:
                pdf.setFillColorCMYK(*colour)
            else:
                pdf.setFillColorRGB(*colour)
            if stroke is not None:
                pdf.setStrokeColorRGB(*stroke)
            pdf.rect(start, y - 4, 540 - start, 15, fill=1, stroke=1 if stroke is not None else 0)
            pdf.setFillColorRGB(0, 0, 0)
            pdf.drawString(72, y, lead + rest)
            y -= 16
        pdf.drawString(72, y, SECONDED)
        y -= 30
    pdf.showPage()
    pdf.save()
    return path


@pytest.mark.parametrize("engine", ["auto", "pdfplumber"])
@pytest.mark.parametrize("colour", [(1, 1, 1), (0, 0, 0, 0)], ids=["rgb-white", "cmyk-white"])
def test_text_behind_white_boxes_is_read_as_lines(tmp_path: Path, engine: str, colour: tuple[float, ...]) -> None:
    document = parse_file(_write_boxed_pdf(tmp_path / "boxed.pdf", colour), engine=engine)
    expected = [lead + rest for lead, rest in PARAGRAPH] + [SECONDED]
    assert [line.text for line in document.lines] == expected * 2
    assert document.tables == []


@pytest.mark.parametrize("engine", ["auto", "pdfplumber"])
def test_white_boxes_outlined_in_black_are_still_drawn(tmp_path: Path, engine: str) -> None:
    # A near miss: the same boxes with a black outline are seen, so they stay cells of a table.
    document = parse_file(_write_boxed_pdf(tmp_path / "outlined.pdf", (1, 1, 1), stroke=(0, 0, 0)), engine=engine)
    assert document.tables


@pytest.mark.parametrize("engine", ["auto", "pdfplumber"])
def test_grey_shaded_boxes_are_seen(tmp_path: Path, engine: str) -> None:
    # A near miss: pale grey shading is printed, so boxes in it still draw rules.
    document = parse_file(_write_boxed_pdf(tmp_path / "shaded.pdf", (0.85, 0.85, 0.85)), engine=engine)
    assert document.tables


def test_unseen_paint_of_pdfplumber_objects() -> None:
    assert is_unseen_paint({"object_type": "rect", "fill": True, "stroke": False, "non_stroking_color": (1, 1, 1)})
    assert is_unseen_paint({"object_type": "rect_edge", "fill": True, "stroke": False, "non_stroking_color": (1,)})
    assert is_unseen_paint({"object_type": "line", "fill": False, "stroke": True, "stroking_color": (0, 0, 0, 0)})
    assert not is_unseen_paint({"object_type": "rect", "fill": True, "stroke": False, "non_stroking_color": (0.9,)})
    assert not is_unseen_paint({"object_type": "rect", "fill": True, "stroke": True,
                                "non_stroking_color": (1, 1, 1), "stroking_color": (0, 0, 0)})
    assert not is_unseen_paint({"object_type": "rect", "fill": True, "stroke": False, "non_stroking_color": "P0"})
    assert not is_unseen_paint({"object_type": "char", "non_stroking_color": (1, 1, 1)})
