"""Web pages without <main>: menus, breadcrumb trails and footers around the minutes give no items.

Every page here is invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from minutebook.extract.items import extract_items
from minutebook.ingest import parse_file

_BODY = (
    "<h1>Town Board Minutes</h1>"
    "<p>Regular meeting, March 4, 2031, at the Town Hall, 12 Mill Street.</p>"
    "<p>Present: Supervisor Ann Vale, Board Members Lee and Hart.</p>"
    "<h2>CALL TO ORDER</h2><p>Supervisor Vale called the meeting to order at 7:00 p.m.</p>"
    "<h2>CONSENT AGENDA</h2><ol><li>Minutes of February 4, 2031</li><li>Payment of bills</li></ol>"
    "<h2>NEW BUSINESS</h2><ol><li>Grader lease</li><li>Snow contract</li></ol><p>Motion carried.</p>"
    "<h2>ADJOURNMENT</h2><p>The meeting adjourned at 8:00 p.m.</p>"
)
_EXPECTED = [
    (None, "CALL TO ORDER"), (None, "CONSENT AGENDA"), ("1", "Minutes of February 4, 2031"), ("2", "Payment of bills"),
    (None, "NEW BUSINESS"), ("1", "Grader lease"), ("2", "Snow contract"), (None, "ADJOURNMENT"),
]
_MENU = (
    '<div class="top-links"><ul><li><a href="/">Home</a></li><li><a href="/pay">Pay a Bill</a></li>'
    '<li><a href="/gov">Government</a><ul><li><a href="/board">Town Board</a></li>'
    '<li><a href="/zba">Zoning Board</a></li></ul></li><li><a href="/contact">Contact Us</a></li></ul></div>'
)
_TRAIL = '<p class="where"><a href="/">Home</a> › <a href="/gov">Government</a> › Minutes</p>'
_SIDEBAR = (
    '<div class="col-right"><h3>Quick Links</h3><ul><li><a href="/a">Agendas</a></li><li><a href="/j">Employment</a></li>'
    '<li><a href="/p">Parks</a></li><li><a href="/r">Recycling</a></li></ul></div>'
)


def _read(tmp_path: Path, html: str) -> tuple[list[str], list[tuple[str | None, str]]]:
    path = tmp_path / "page.html"
    path.write_text(f"<html><body>{html}</body></html>", encoding="utf-8")
    document = parse_file(path)
    return [line.text for line in document.lines if line.text.strip()], [
        (item.number, item.title) for item in extract_items(document)
    ]


@pytest.mark.parametrize("layout", ["before", "around"])
def test_menus_trails_and_sidebars_without_names_are_dropped(tmp_path: Path, layout: str) -> None:
    html = _MENU + _TRAIL + _BODY + _SIDEBAR if layout == "around" else _MENU + _SIDEBAR + _TRAIL + _BODY
    lines, items = _read(tmp_path, f'<div class="page">{html}</div>')
    assert not {"Home", "Pay a Bill", "Zoning Board", "Agendas", "Employment"} & set(lines)
    assert not any("›" in line for line in lines)
    assert items == _EXPECTED


def test_a_page_of_links_only_is_read_whole(tmp_path: Path) -> None:
    lines, _ = _read(tmp_path, _MENU)
    assert "- Pay a Bill" in lines  # read as the bulleted list it is


def test_linked_item_titles_and_table_links_stay(tmp_path: Path) -> None:
    titles = "".join(
        f'<li><a href="/d{n}">{title}</a></li>'
        for n, title in enumerate(["Report on the new grader lease terms", "Snow contract renewal for the winter",
                                   "Bids received for the hall roof repair", "Letter from the county about brush"])
    )
    table = (
        "<table><tr><th>No.</th><th>Item</th></tr>"
        '<tr><td>1</td><td>Grader <a href="/a">PDF 80 KB</a> <a href="/b">Map</a> <a href="/c">Bid</a> <a href="/d">Plan</a></td></tr></table>'
    )
    lines, _ = _read(tmp_path, _BODY + f"<ul>{titles}</ul>" + table)
    assert "- Snow contract renewal for the winter" in lines
    assert any("PDF 80 KB" in line for line in lines)


@pytest.mark.parametrize("title", ["# Town Board Minutes", "**MINUTES OF THE REGULAR MEETING OF THE TOWN BOARD**"])
def test_markdown_page_menus_and_footer_links_give_no_items(make_document, title: str) -> None:
    menu = "\n".join(f"- [{word}](https://example.org/{n})" for n, word in enumerate(
        ["Home", "Pay a Bill", "Government", "Town Board", "Zoning Board", "Contact Us"]))
    body = (
        f"{title}\n\nRegular meeting, March 4, 2031, at the Town Hall.\n\n"
        "## CALL TO ORDER\n\nSupervisor Vale called the meeting to order at 7:00 p.m.\n\n"
        "## CONSENT AGENDA\n\n1. Minutes of February 4, 2031\n2. Payment of bills\n\n"
        "## NEW BUSINESS\n\n1. Grader lease\n2. Snow contract\n\nMotion carried.\n\n"
        "## ADJOURNMENT\n\nThe meeting adjourned at 8:00 p.m.\n\n"
    )
    footer = "## Quick Links\n\n- [Agendas](https://example.org/a)\n- [Employment](https://example.org/j)\n\n## Follow Us\n"
    document = make_document(f"Select Page\n\n{menu}\n\n{body}{footer}", name="page.md")
    assert [(item.number, item.title) for item in extract_items(document)] == _EXPECTED
