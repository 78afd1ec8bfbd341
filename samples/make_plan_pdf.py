"""Render the sample community safety plan(s) in samples/sources/plan-*.plan.json into PDFs.

    python samples/make_plan_pdf.py          # writes samples/plan-<name>.pdf

Each source holds a made-up plan: priorities, emerging issues and numbered
actions with lead and support agencies and measures of success, plus a
glossary. Action tables are drawn with ruling lines (a GRID), as real plans
are; a row may be split across a page break, and a table
may or may not repeat its header row on the next page. Output is byte-for-byte
reproducible (reportlab's invariant mode).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab import rl_config

rl_config.invariant = 1  # fixed dates and ids: the same source gives the same bytes

from reportlab.lib import colors  # noqa: E402
from reportlab.lib.pagesizes import A4, landscape  # noqa: E402
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet  # noqa: E402
from reportlab.lib.units import mm  # noqa: E402
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle  # noqa: E402

SAMPLES = Path(__file__).resolve().parent
PAGE = landscape(A4)
MARGIN = 15 * mm
COLUMN_WIDTHS = (55 * mm, 85 * mm, 35 * mm, 40 * mm, 52 * mm)
GLOSSARY_WIDTHS = (70 * mm, 170 * mm)
GRID = [
    ("GRID", (0, 0), (-1, -1), 0.6, colors.black),
    ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey),
]


def _styles() -> dict[str, ParagraphStyle]:
    base = getSampleStyleSheet()
    return {
        "title": ParagraphStyle("title", parent=base["Title"], fontSize=22, leading=28),
        "subtitle": ParagraphStyle("subtitle", parent=base["Heading2"], alignment=1),
        "priority": ParagraphStyle("priority", parent=base["Heading2"], fontSize=14, spaceBefore=6),
        "body": ParagraphStyle("body", parent=base["BodyText"], fontSize=10, leading=13),
        "cell": ParagraphStyle("cell", parent=base["BodyText"], fontSize=9, leading=11),
        "head": ParagraphStyle("head", parent=base["BodyText"], fontSize=9, leading=11, fontName="Helvetica-Bold"),
    }


def build_story(source: dict, styles: dict[str, ParagraphStyle]) -> list:
    """The flowables of one plan: title, introduction, one action table per priority, glossary."""
    story: list = [
        Paragraph(escape(source["title"]), styles["title"]),
        Paragraph(escape(source["subtitle"]), styles["subtitle"]),
        Spacer(1, 6 * mm),
    ]
    story += [Paragraph(escape(text), styles["body"]) for text in source["intro"]]
    for priority in source["priorities"]:
        story.append(Paragraph(escape(priority["name"]), styles["priority"]))
        story.extend(_action_tables(source["columns"], priority, styles))
    story.append(Paragraph(escape(source["glossary_intro"]), styles["priority"]))
    rows = [[Paragraph(escape(a), styles["cell"]), Paragraph(escape(b), styles["cell"])] for a, b in source["glossary"]]
    story.append(Table(rows, colWidths=GLOSSARY_WIDTHS, style=TableStyle(GRID[:2])))
    return story


def _action_tables(columns: list[str], priority: dict, styles: dict[str, ParagraphStyle]) -> list:
    """One priority's table; a row with `page_break` ends a page and runs on in a second table."""
    header = [Paragraph(escape(c), styles["head"]) for c in columns]
    parts: list[list[list]] = [[header]]
    for row in priority["rows"]:
        split = row.get("page_break")
        if split is None:
            parts[-1].append(_row_cells(row["issue"], f'{row["number"]}. {row["action"]}', row["lead"],
                                        row["support"], row["measures"], styles))
            continue
        words = f'{row["number"]}. {row["action"]}'.split()
        cut = split["action_words"]
        parts[-1].append(_row_cells(row["issue"], " ".join(words[:cut]), row["lead"],
                                    row["support"][: split["support"]], row["measures"][: split["measures"]], styles))
        parts.append([header] if priority.get("repeat_header") else [])
        parts[-1].append(_row_cells("", " ".join(words[cut:]), "", row["support"][split["support"] :],
                                    row["measures"][split["measures"] :], styles))
    flowables: list = []
    for index, rows in enumerate(parts):
        if index:
            flowables.append(PageBreak())
        style = GRID if rows[0] is header else GRID[:2]
        flowables.append(Table(rows, colWidths=COLUMN_WIDTHS, repeatRows=1 if rows[0] is header else 0,
                               style=TableStyle(style)))
    return flowables


def _row_cells(issue: str, action: str, lead: str, support: list[str], measures: list[str],
               styles: dict[str, ParagraphStyle]) -> list:
    cell = styles["cell"]
    return [
        Paragraph(escape(issue), cell),
        Paragraph(escape(action), cell),
        Paragraph(escape(lead), cell),
        Paragraph("<br/>".join(escape(a) for a in support), cell),
        Paragraph("<br/>".join(f"• {escape(m)}" for m in measures), cell),
    ]


def _draw_furniture(header: str):
    def draw(canvas, document) -> None:
        canvas.saveState()
        canvas.setFont("Helvetica", 8)
        canvas.drawString(MARGIN, PAGE[1] - 10 * mm, header)
        canvas.drawRightString(PAGE[0] - MARGIN, 8 * mm, f"Page {document.page}")
        canvas.restoreState()

    return draw


def render(source_path: Path) -> Path:
    """Write the PDF for one `.plan.json` source into samples/ and return its path."""
    source = json.loads(source_path.read_text(encoding="utf-8"))
    out = SAMPLES / (source_path.name.removesuffix(".plan.json") + ".pdf")
    document = SimpleDocTemplate(
        str(out), pagesize=PAGE, leftMargin=MARGIN, rightMargin=MARGIN,
        topMargin=MARGIN, bottomMargin=MARGIN, title=source["subtitle"],
    )
    furniture = _draw_furniture(source["running_header"])
    document.build(build_story(source, _styles()), onFirstPage=furniture, onLaterPages=furniture)
    return out


def main(argv: list[str]) -> int:
    paths = [Path(a) for a in argv] or sorted((SAMPLES / "sources").glob("plan-*.plan.json"))
    for path in paths:
        print(render(path))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
