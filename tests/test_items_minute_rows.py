"""Minutes whose numbers stand in a column of their own: a ruled table's first cell, a margin or a tab stop."""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from minutebook.extract.items import extract_items
from minutebook.ingest import parse_file
from minutebook.ingest.layout import Fragment, find_unruled_tables, group_fragments

_ITEMS = [
    ("Apologies for absence", "Apologies were received from Cllr Tamsin Orrey."),
    ("Declarations of interest", "No member declared an interest in any item on the agenda."),
    ("Village green", "The fence by the pond will be repaired in the spring."),
    ("Correspondence", "A letter from the allotment society was noted."),
]


def _minutes_pdf(folder: Path, numbers: list[str], *, ruled: bool, number_x: float = 60, title_x: float = 120,
                 body_x: float | None = None) -> Path:
    """Invented minutes of Brackenford Parish Council, each item's number in a column before its bold title."""
    path = folder / "minutes.pdf"
    sheet = canvas.Canvas(str(path), pagesize=A4)
    y = A4[1] - 60
    for text in ("Brackenford Parish Council", "Minutes of the meeting held on Tuesday 4 March 2031",
                 "Present: Cllr Ada Ferrow (Chair), Cllr Owen Tarrant"):
        sheet.setFont("Helvetica", 11)
        sheet.drawString(56, y, text)
        y -= 16
    y -= 10
    for number, (title, minute) in zip(numbers, _ITEMS):
        top = y + 12
        sheet.setFont("Helvetica-Bold", 11)
        sheet.drawString(number_x, y, number)
        sheet.drawString(title_x, y, title)
        sheet.setFont("Helvetica", 11)
        sheet.drawString(title_x if body_x is None else body_x, y - 15, minute)
        y -= 36
        if ruled:
            sheet.rect(54, y + 16, 490, top - y - 16)
            sheet.line(110, y + 16, 110, top)
    sheet.save()
    return path


def _titles(path: Path) -> list[tuple[str | None, str]]:
    return [(item.number, item.title) for item in extract_items(parse_file(path))]


@pytest.mark.parametrize("numbers", [
    ["31/24", "32/24", "33/24", "34/24"],  # serial, then the year
    ["PC14/31", "PC15/31", "PC16/31", "PC17/31"],  # a committee's prefix
    ["31.44", "31.45", "31.46", "31.47"],  # the year, then the serial
    ["31/064", "31/065", "31/066", "31/067"],
    ["13.31/32", "14.31/32", "15.31/32", "16.31/32"],
    ["268/30/31", "269/30/31", "270/30/31", "271/30/31"],
])
def test_minute_number_in_a_ruled_tables_first_cell(tmp_path: Path, numbers: list[str]) -> None:
    path = _minutes_pdf(tmp_path, numbers, ruled=True)
    assert _titles(path) == list(zip(numbers, [title for title, _ in _ITEMS]))


@pytest.mark.parametrize("numbers", [["1", "2", "3", "4"], ["31/24", "32/24", "33/24", "34/24"]])
def test_number_in_the_margin_before_a_bold_title(tmp_path: Path, numbers: list[str]) -> None:
    # the number hangs in the left margin, the title and its minutes share the text column
    path = _minutes_pdf(tmp_path, numbers, ruled=False, number_x=22, title_x=90)
    assert _titles(path) == list(zip(numbers, [title for title, _ in _ITEMS]))


@pytest.mark.parametrize("numbers", [["1", "2", "3", "4"], ["PC14/31", "PC15/31", "PC16/31", "PC17/31"]])
def test_number_tab_title_over_full_width_minutes(tmp_path: Path, numbers: list[str]) -> None:
    # "9<tab>Title": the minutes under the heading start at the number's edge, not the title's
    path = _minutes_pdf(tmp_path, numbers, ruled=False, number_x=56, title_x=112, body_x=56)
    assert _titles(path) == list(zip(numbers, [title for title, _ in _ITEMS]))


@pytest.mark.parametrize("references", [
    ["24/01234/FUL", "24/01235/FUL", "24/01236/HH", "24/01237/FUL"],  # planning applications
    ["12/03/2031", "13/03/2031", "14/03/2031", "15/03/2031"],  # dates
    ["2030", "2031", "2032", "2033"],  # years
])
def test_reference_columns_are_no_minute_numbers(tmp_path: Path, references: list[str]) -> None:
    path = _minutes_pdf(tmp_path, references, ruled=True)
    assert not any(number in references for number, _ in _titles(path))


def _line(top: float, *parts: tuple[float, str, bool], size: float = 10.0) -> list[Fragment]:
    return [Fragment(text=text, x0=x0, x1=x0 + 5.0 * len(text), top=top, bottom=top + size,
                     sizes=((size, len(text)),), bold=bold) for x0, text, bold in parts]


def test_bold_title_opening_an_unruled_cell_keeps_its_own_line() -> None:
    fragments = (
        _line(100, (20, "4", True), (60, "Village green", True))
        + _line(112, (60, "The fence will be mended.", False))
        + _line(130, (20, "5", True), (60, "Play area", True))
        + _line(142, (60, "The new swings were noted.", False))
    )
    rows = [line.cells for line in find_unruled_tables(group_fragments(fragments), 0)]
    assert rows == [("4", "Village green\nThe fence will be mended."), ("5", "Play area\nThe new swings were noted.")]


def test_regular_cell_lines_still_run_on() -> None:
    fragments = (
        _line(100, (50, "Staff:", False), (150, "Nell Brack (Clerk) and the", False))
        + _line(112, (150, "assistant clerk", False))
        + _line(124, (50, "Public:", False), (150, "Two residents", False))
    )
    rows = [line.cells for line in find_unruled_tables(group_fragments(fragments), 0)]
    assert rows[0] == ("Staff:", "Nell Brack (Clerk) and the assistant clerk")


@pytest.mark.parametrize(
    "header", ["Minute\tAction\tOwner\tDue\tStatus", "Ref\tAction\tResponsible\tBy when\tProgress"]
)
def test_action_log_rows_citing_earlier_minutes_are_no_items(make_document, header: str) -> None:
    # The log cites the minutes that gave each task: those numbers belong to earlier meetings, not to items of this one.
    document = make_document(
        "Minutes of the Brackenford Parish Council meeting held on 4 March 2031\n\n"
        "31/20 Matters arising\n\nNone.\n\n31/21 Open spaces\n\nThe bench will stay.\n\nAction log\n\n"
        f"{header}\n"
        "31/03\tObtain two quotes for the bench\tRK\t-\tWithdrawn\n"
        "31/04\tOrder a spring for the play area gate\tHB\t-\tComplete\n"
        "31/05\tWrite a newsletter item on the dog bins\tClerk\t1 April 2031\tOpen\n"
    )
    assert [item.number for item in extract_items(document)] == ["31/20", "31/21"]


@pytest.mark.parametrize("header", ["No.\tDiscussion\tAction\tOwner", "No.\tMinutes\tAction\tWho"])
def test_minutes_kept_as_a_table_with_action_and_owner_columns_keep_their_items(make_document, header: str) -> None:
    # A column of what was said after the number makes the table the minutes themselves, not a log of earlier tasks.
    document = make_document(
        "Minutes of the Brackenford Parish Council meeting held on 4 March 2031\n\n"
        f"{header}\n"
        "1.\tApologies. None were received.\t-\t-\n"
        "2.\tBench on the green. Quotes to be sought.\tQuotes\tRK\n"
        "3.\tPlay area. The gate spring is fitted.\t-\t-\n"
        "4.\tNewsletter. An item on dog bins.\tWrite item\tClerk\n"
    )
    assert [item.number for item in extract_items(document)] == ["1", "2", "3", "4"]


@pytest.mark.parametrize("times", [["10.00", "11.00", "12.00", "13.30"], ["09.15", "10.15", "11.15", "12.15"]])
def test_a_column_of_times_is_no_minute_numbers(make_document, times: list[str]) -> None:
    sessions = ["Welcome", "Workshop", "Lunch", "Close"]
    rows = "".join(f"{time}\t{title}\tRoom {n}\n" for n, (time, title) in enumerate(zip(times, sessions)))
    document = make_document(f"Brackenford Parish Council\nAnnual Parish Meeting programme\n\nTime\tSession\tRoom\n{rows}")
    assert [item.number for item in extract_items(document)] == []
