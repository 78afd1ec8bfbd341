"""Minutes kept in one grid, a row per item: "Item | Discussion | Action | Who". The item cell may hold only the
number, the notes opening with the item's run-in title ("3 | Bike shelter: the quote …"); the tasks stand in their
own column with who acts beside them, so the owners' initials are the task's, never moved into the notes. The
documents are invented, written as a Markdown pipe table and as an HTML table."""

from __future__ import annotations

from pathlib import Path

import pytest

from minutebook.extract.pipeline import extract_document
from minutebook.ingest import layout, parse_file

OPENING = (
    "# Larkbeck Primary Parent Council\n\nMinutes of the meeting held on 14 March 2033 at 6.30pm in the library.\n\n"
    "Present: Jenna Howie (Chair), Rory Baird (Treasurer), Fiona Laing (Secretary), Anne Kerr (Head Teacher).\n\n"
)
ROWS = [
    ("1", "Welcome and apologies. JH welcomed everyone.", "", ""),
    ("2", "Bike shelter: the council's quote is still outstanding.", "Chase the council for the quote", "FL"),
    ("3", "Head Teacher's report – the P7 trip is booked.", "Look into staffing for an earlier breakfast club", "AK"),
    ("4", "Treasurer: balance of £2,340 reported.", "Set up the new bank mandate", "RB / JH"),
]


def _markdown(header: tuple[str, ...]) -> str:
    body = "| " + " | ".join(header) + " |\n" + "| --- " * len(header) + "|\n"
    body += "".join("| " + " | ".join(row) + " |\n" for row in ROWS)
    return OPENING + body + "\nDate of next meeting: 9 May 2033.\n"


def _html(header: tuple[str, ...]) -> str:
    head = "".join(f"<th>{cell}</th>" for cell in header)
    rows = "".join("<tr>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>" for row in ROWS)
    return (
        "<html><body><h1>Larkbeck Primary Parent Council</h1><p>Minutes of the meeting held on 14 March 2033 at "
        "6.30pm in the library.</p><p>Present: Jenna Howie (Chair), Rory Baird (Treasurer), Fiona Laing (Secretary), "
        f"Anne Kerr (Head Teacher).</p><table><tr>{head}</tr>{rows}</table></body></html>"
    )


@pytest.mark.parametrize("header", [("Item", "Discussion", "Action", "Who"), ("Item", "Notes", "Actions", "Owner")])
@pytest.mark.parametrize("suffix", ["md", "html"])
def test_number_only_item_cells_and_an_owner_column(tmp_path: Path, header, suffix) -> None:
    path = tmp_path / f"minutes.{suffix}"
    path.write_text(_markdown(header) if suffix == "md" else _html(header), encoding="utf-8")
    extraction = extract_document(parse_file(path))
    assert [(item.number, item.title) for item in extraction.items] == [
        ("1", "Welcome and apologies"), ("2", "Bike shelter"), ("3", "Head Teacher's report"), ("4", "Treasurer"),
    ]
    assert [(action.item, action.text, action.owners) for action in extraction.actions] == [
        ("2", "Chase the council for the quote.", ["Fiona Laing"]),
        ("3", "Look into staffing for an earlier breakfast club.", ["Anne Kerr"]),
        ("4", "Set up the new bank mandate.", ["Rory Baird", "Jenna Howie"]),
    ]


def test_initials_beside_a_task_column_stay_the_tasks() -> None:
    notes = [("Bike shelter: the council's quote", 100.0), ("is still outstanding.", 112.0)]
    task = [("Chase the council for the quote", 100.0)]
    assert layout.align_owner_column([[("2", 100.0)], notes, task, [("FL", 100.0)]]) is None
    # Near miss: with no task column between them, the initials still go beside the paragraph they sit level with.
    two = [("Bike shelter: the quote is outstanding.", 100.0), ("", 112.0), ("Hall booked for May.", 124.0)]
    assert layout.align_owner_column([[("2", 100.0)], two, [("FL", 100.0)]]) is not None


def test_a_numbered_row_stays_its_own_item_and_pairs_tasks_with_owners(tmp_path: Path) -> None:
    # A title stop after an abbreviation ("Dr.") is no stop; a Who cell with one owner per task line pairs them.
    rows = (
        "<tr><td>1</td><td>Welcome. JH opened the meeting.</td><td></td><td></td></tr>"
        "<tr><td>2.</td><td>Dr. Kerr reported on the new reading scheme and the library.</td>"
        "<td>Circulate the report to all parents</td><td>AK</td></tr>"
        "<tr><td>3</td><td>Fundraising: the fair made £900.</td><td>Thank the volunteers by letter<br>Send the takings to the bank</td>"
        "<td>FL<br>RB</td></tr>"
    )
    path = tmp_path / "minutes.html"
    path.write_text(
        "<html><body><h1>Larkbeck Primary Parent Council</h1><p>Minutes of the meeting held on 14 March 2033.</p>"
        "<p>Present: Jenna Howie, Rory Baird, Fiona Laing, Anne Kerr.</p><table><tr><th>Item</th><th>Discussion</th>"
        f"<th>Action</th><th>Who</th></tr>{rows}</table></body></html>",
        encoding="utf-8",
    )
    extraction = extract_document(parse_file(path))
    assert [(item.number, item.title) for item in extraction.items] == [
        ("1", "Welcome"), ("2", "Dr. Kerr reported on the new reading scheme and the library"), ("3", "Fundraising"),
    ]
    assert [(action.item, action.text, action.owners) for action in extraction.actions] == [
        ("2", "Circulate the report to all parents.", ["Anne Kerr"]),
        ("3", "Thank the volunteers by letter.", ["Fiona Laing"]),
        ("3", "Send the takings to the bank.", ["Rory Baird"]),
    ]
