"""Render the minutes samples in samples/sources/*.pdfsrc into PDFs beside them.

    python samples/make_samples.py            # writes samples/<name>.pdf

A `.pdfsrc` file is a small line-based markup, so the words of each sample are
easy to read and to check against its `<name>.expected.json`:

    @header LEFT | RIGHT     text drawn at the top of every page
    @footer LEFT | RIGHT     text drawn at the bottom; {page} is the page number
    @page                    start a new page
    # Title                  centred bold heading (level 1)
    ## Heading               bold heading, larger than body text
    ### Heading              bold heading, body size
    - text                   bullet point
    (1) text / (a) text      indented numbered paragraph
    cell | cell | cell       table row; consecutive rows make one table
    text                     paragraph; lines up to a blank line are joined
    **text**                 bold words inside any line

Output is byte-for-byte reproducible (reportlab's invariant mode), so a
re-run does not change the files' sha256.
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab import rl_config

rl_config.invariant = 1  # fixed dates and ids: the same source gives the same bytes

from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet  # noqa: E402
from reportlab.lib.units import mm  # noqa: E402
from reportlab.pdfbase.pdfmetrics import stringWidth  # noqa: E402
from reportlab.pdfgen.canvas import Canvas  # noqa: E402
from reportlab.platypus import (  # noqa: E402
    Flowable,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

SAMPLES = Path(__file__).resolve().parent
SOURCES = SAMPLES / "sources"
MARGIN = 20 * mm
HEADER_FONT_SIZE = 8
BODY_FONT_SIZE = 10.5
# A column is as wide as its longest cell plus padding, but never more than this share of the page.
MAX_COLUMN_SHARE = 0.6
CELL_PADDING = 14
NUMBERED_PARAGRAPH = re.compile(r"^\(([0-9]+|[a-z])\)\s+")
BOLD = re.compile(r"\*\*(.+?)\*\*")


@dataclass
class Source:
    """A parsed `.pdfsrc`: page furniture plus the body blocks in order."""

    header: tuple[str, str] = ("", "")
    footer: tuple[str, str] = ("", "")
    blocks: list[tuple[str, object]] = field(default_factory=list)


def load_source(path: Path) -> Source:
    """Read a `.pdfsrc` file into blocks: (kind, payload) pairs."""
    source = Source()
    paragraph: list[str] = []
    table: list[list[str]] = []

    def flush() -> None:
        if paragraph:
            source.blocks.append(("para", " ".join(paragraph)))
            paragraph.clear()
        if table:
            source.blocks.append(("table", [row[:] for row in table]))
            table.clear()

    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.rstrip()
        stripped = line.strip()
        if stripped.startswith("@header ") or stripped.startswith("@footer "):
            left, _, right = stripped[8:].partition("|")
            pair = (left.strip(), right.strip())
            if stripped.startswith("@header"):
                source.header = pair
            else:
                source.footer = pair
            continue
        if not stripped:
            flush()
            continue
        if stripped == "@page":
            flush()
            source.blocks.append(("page", None))
            continue
        if stripped.startswith("#"):
            flush()
            level = len(stripped) - len(stripped.lstrip("#"))
            source.blocks.append((f"h{min(level, 4)}", stripped[level:].strip()))
            continue
        if stripped.startswith("- "):
            flush()
            source.blocks.append(("bullet", stripped[2:].strip()))
            continue
        if NUMBERED_PARAGRAPH.match(stripped):
            flush()
            paragraph.append(stripped)
            source.blocks.append(("numbered", None))  # marker: next para is hanging
            continue
        if " | " in stripped:
            if paragraph:
                flush()
            table.append([cell.strip() for cell in stripped.split("|")])
            continue
        if table:
            flush()
        paragraph.append(stripped)
    flush()
    return source


def _inline(text: str) -> str:
    """Escape text for a reportlab Paragraph and turn **x** into bold."""
    return BOLD.sub(r"<b>\1</b>", escape(text))


def _styles() -> dict[str, ParagraphStyle]:
    base = getSampleStyleSheet()["Normal"]
    body = ParagraphStyle("body", parent=base, fontName="Helvetica", fontSize=BODY_FONT_SIZE,
                          leading=BODY_FONT_SIZE * 1.3, spaceAfter=6)
    return {
        "body": body,
        "h1": ParagraphStyle("h1", parent=body, fontName="Helvetica-Bold", fontSize=14,
                             leading=18, alignment=1, spaceAfter=10, spaceBefore=4),
        "h2": ParagraphStyle("h2", parent=body, fontName="Helvetica-Bold", fontSize=12,
                             leading=15, spaceBefore=8, spaceAfter=6),
        "h3": ParagraphStyle("h3", parent=body, fontName="Helvetica-Bold", fontSize=BODY_FONT_SIZE,
                             spaceBefore=6, spaceAfter=4),
        "h4": ParagraphStyle("h4", parent=body, fontName="Helvetica-BoldOblique",
                             fontSize=BODY_FONT_SIZE, spaceBefore=4, spaceAfter=4),
        "bullet": ParagraphStyle("bullet", parent=body, leftIndent=14 * mm, bulletIndent=6 * mm,
                                 spaceAfter=3, bulletFontName="Symbol"),
        "numbered": ParagraphStyle("numbered", parent=body, leftIndent=10 * mm,
                                   firstLineIndent=-10 * mm),
        "cell": ParagraphStyle("cell", parent=body, spaceAfter=0),
    }


def _column_widths(rows: list[list[str]]) -> list[float]:
    """Fit each column to its longest cell; the widest column takes up the slack or the excess."""
    columns = max(len(row) for row in rows)
    page_width = A4[0] - 2 * MARGIN
    widths = []
    for index in range(columns):
        longest = max((stringWidth(BOLD.sub(r"\1", row[index]), "Helvetica", BODY_FONT_SIZE)
                       for row in rows if index < len(row)), default=0.0)
        widths.append(min(longest + CELL_PADDING, page_width * MAX_COLUMN_SHARE))
    widest = widths.index(max(widths))
    widths[widest] += page_width - sum(widths)
    return widths


def build_flowables(source: Source) -> list[Flowable]:
    """Turn the blocks of a source into reportlab flowables."""
    styles = _styles()
    flowables: list[Flowable] = []
    hanging = False
    for kind, payload in source.blocks:
        if kind == "page":
            flowables.append(PageBreak())
        elif kind == "numbered":
            hanging = True
        elif kind == "para":
            style = styles["numbered"] if hanging else styles["body"]
            flowables.append(Paragraph(_inline(str(payload)), style))
            hanging = False
        elif kind == "bullet":
            flowables.append(Paragraph(_inline(str(payload)), styles["bullet"], bulletText="\u2022"))
        elif kind.startswith("h"):
            flowables.append(Paragraph(_inline(str(payload)), styles[kind]))
        elif kind == "table":
            assert isinstance(payload, list)  # a table block's payload is its rows
            rows = [[Paragraph(_inline(cell), styles["cell"]) for cell in row] for row in payload]
            table = Table(rows, colWidths=_column_widths(payload), hAlign="LEFT")
            table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                       ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
                                       ("TOPPADDING", (0, 0), (-1, -1), 1)]))
            flowables.append(table)
            flowables.append(Spacer(1, 6))
    return flowables


def _draw_furniture(source: Source):
    """Page callback drawing the repeated header, footer and page number."""

    def draw(canvas: Canvas, document: SimpleDocTemplate) -> None:
        page = str(canvas.getPageNumber())
        width, height = A4
        canvas.saveState()
        canvas.setFont("Helvetica", HEADER_FONT_SIZE)
        left, right = source.header
        canvas.drawString(MARGIN, height - 12 * mm, left.replace("{page}", page))
        canvas.drawRightString(width - MARGIN, height - 12 * mm, right.replace("{page}", page))
        left, right = source.footer
        canvas.drawString(MARGIN, 10 * mm, left.replace("{page}", page))
        canvas.drawRightString(width - MARGIN, 10 * mm, right.replace("{page}", page))
        canvas.restoreState()

    return draw


def render_sample(path: Path, *, out_dir: Path = SAMPLES) -> Path:
    """Render one `.pdfsrc` to `<out_dir>/<stem>.pdf` and return the PDF's path."""
    source = load_source(path)
    target = out_dir / f"{path.stem}.pdf"
    document = SimpleDocTemplate(
        str(target), pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN,
        topMargin=22 * mm, bottomMargin=20 * mm, title=path.stem, author="minutebook samples",
    )
    furniture = _draw_furniture(source)
    document.build(build_flowables(source), onFirstPage=furniture, onLaterPages=furniture)
    return target


def main(argv: list[str]) -> int:
    """Render every source (or those named) and print what was written."""
    paths = [Path(arg) for arg in argv] or sorted(SOURCES.glob("*.pdfsrc"))
    for path in paths:
        print(render_sample(path))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
