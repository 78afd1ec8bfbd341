"""HTML ingest: visible text, headings, bold lines and table rows with cells."""

from __future__ import annotations

from pathlib import Path

import pytest

from minutebook.errors import UnreadableDocument
from minutebook.extract.pipeline import extract_document
from minutebook.ingest import parse_file

COMMITTEE_PAGE = """<!DOCTYPE html>
<html lang="en"><head><title>Minutes for Harbour Board</title>
<script>window.tracking = true;</script><style>.mgItemTable { width: 100% }</style></head>
<body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/committees">Committees</a></li></ul></nav>
<div id="content">
<h1 class="mgMainTitleTxt">Minutes: Harbour Board</h1>
<p class="mgSubTitleTxt">Thursday, 2nd April, 2030 10.00 am</p>
<p><strong>Venue:</strong> Quay Room, Town Hall</p>
<table class="mgItemTable">
<tr><th scope="col">No.</th><th scope="col">Item</th></tr>
<tr><td class="mgItemNumberCell"><p class="mgAiTitleTxt">1.</p></td>
<td><p class="mgAiTitleTxt"><a href="item1">Minutes of the meeting held on 5 January 2030</a></p>
<ul class="mgActionList"><li><a class="mgFile" href="m.pdf">PDF 82 KB</a></li></ul>
<p class="mgSubItemTitleTxt">Minutes:</p>
<div class="mgWordPara"><p>RESOLVED that the minutes be agreed.</p></div></td></tr>
<tr><td class="mgItemNumberCell"><p class="mgAiTitleTxt">2.</p></td>
<td><p class="mgAiTitleTxt">Moorings review</p>
<ul class="mgActionList"><li><a href="r.pdf">PDF 65 KB</a></li></ul>
<p class="mgSubItemTitleTxt">Minutes:</p>
<div class="mgWordPara"><p>1. The harbour master introduced the report.</p>
<p>2. Members asked about   waiting lists.</p>
<p>RESOLVED that the review be noted.</p></div></td></tr>
</table>
<p><strong>Next meeting: 3 June 2030</strong></p>
</div>
<footer><a href="/accessibility">Accessibility</a> Copyright</footer>
</body></html>
"""


def _parse(tmp_path: Path, html: str, name: str = "page.html"):
    path = tmp_path / name
    path.write_text(html, encoding="utf-8")
    return parse_file(path)


def test_committee_page_rows_are_lines_with_cells(tmp_path: Path) -> None:
    document = _parse(tmp_path, COMMITTEE_PAGE)
    assert document.format == "html" and document.page_count == 1
    texts = [line.text for line in document.lines]
    assert texts[:3] == [
        "Minutes: Harbour Board", "Thursday, 2nd April, 2030 10.00 am", "Venue: Quay Room, Town Hall",
    ]
    table = document.tables[0]
    assert table.rows[0] == ("No.", "Item")
    assert len(table.rows) == 3
    number, item = table.rows[2]
    assert number == "2."
    assert item.split("\n") == [
        "Moorings review", "PDF 65 KB", "Minutes:",
        "1. The harbour master introduced the report.",
        "2. Members asked about waiting lists.",
        "RESOLVED that the review be noted.",
    ]
    row_lines = [line for line in document.lines if line.cells is not None]
    assert len(row_lines) == 3
    assert row_lines[1].text.startswith("1. Minutes of the meeting held on 5 January 2030\nPDF 82 KB")
    assert texts[-1] == "Next meeting: 3 June 2030"


def test_invisible_and_navigation_text_is_dropped(tmp_path: Path) -> None:
    text = _parse(tmp_path, COMMITTEE_PAGE).text
    for hidden in ("tracking", "mgItemTable {", "Home", "Committees", "Accessibility", "Minutes for Harbour"):
        assert hidden not in text


def test_headings_and_whole_line_bold(tmp_path: Path) -> None:
    document = _parse(tmp_path, COMMITTEE_PAGE)
    by_text = {line.text: line for line in document.lines}
    assert by_text["Minutes: Harbour Board"].heading == 1
    assert by_text["Next meeting: 3 June 2030"].bold
    assert not by_text["Venue: Quay Room, Town Hall"].bold
    html = "<html><body><h3>Apologies</h3><p>None <b>were</b> received.</p><h6>Small</h6></body></html>"
    lines = _parse(tmp_path, html).lines
    assert [(line.text, line.heading, line.bold) for line in lines] == [
        ("Apologies", 3, False), ("None were received.", None, False), ("Small", 6, False),
    ]


def test_block_elements_and_breaks_make_lines(tmp_path: Path) -> None:
    html = ("<html><body><div>First<br>Second</div><ul><li>One</li><li>Two <i>too</i></li></ul>"
            "<p>Third\n   wrapped</p>Tail<pre>kept\nas  typed</pre></body></html>")
    texts = [line.text for line in _parse(tmp_path, html).lines]
    assert texts == ["First", "Second", "- One", "- Two too", "Third wrapped", "Tail", "kept", "as typed"]


def test_nested_table_is_flattened_into_its_cell(tmp_path: Path) -> None:
    html = ("<html><body><table><tr><td>Budget</td><td><p>Totals:</p><table>"
            "<tr><td>Staff</td><td>120</td></tr><tr><td>Premises</td><td>35</td></tr>"
            "</table></td></tr></table></body></html>")
    document = _parse(tmp_path, html)
    assert len(document.tables) == 1
    assert document.tables[0].rows == (("Budget", "Totals:\nStaff 120\nPremises 35"),)
    assert len(document.lines) == 1


def test_layout_table_is_read_as_ordinary_lines(tmp_path: Path) -> None:
    html = ("<html><body><table><tr><td><h2>Cabinet</h2><p>Minutes of the meeting</p></td></tr>"
            "<tr><td><p>Present: the Mayor</p></td></tr></table></body></html>")
    document = _parse(tmp_path, html)
    assert document.tables == []
    assert [(line.text, line.heading) for line in document.lines] == [
        ("Cabinet", 2), ("Minutes of the meeting", None), ("Present: the Mayor", None),
    ]


@pytest.mark.parametrize("margins", ['<td width="10%"></td>{content}<td width="20%"></td>', "<td>&nbsp;</td>{content}"])
def test_a_column_of_content_between_empty_margin_cells_is_read_as_lines(tmp_path: Path, margins: str) -> None:
    # An editor's page template sets the whole minutes in one cell, with empty cells for the margins either side.
    content = ("<td><p><b>TOWNSHIP BOARD MEETING MINUTES</b></p><p>The meeting was called to order at 7:00 pm.</p>"
               "<p>The agenda was approved after motion by Ash and second by Birch.</p></td>")
    html = f"<html><body><table><tr>{margins.format(content=content)}</tr></table></body></html>"
    document = _parse(tmp_path, html)
    assert document.tables == []
    assert [(line.text, line.cells) for line in document.lines] == [
        ("TOWNSHIP BOARD MEETING MINUTES", None),
        ("The meeting was called to order at 7:00 pm.", None),
        ("The agenda was approved after motion by Ash and second by Birch.", None),
    ]


def test_a_table_with_one_row_of_two_filled_cells_stays_a_table(tmp_path: Path) -> None:
    html = ("<html><body><table><tr><td>Grass cutting</td><td></td></tr><tr><td>Hall hire</td><td>57.09</td></tr>"
            "</table></body></html>")
    document = _parse(tmp_path, html)
    assert [line.cells for line in document.lines] == [("Grass cutting", ""), ("Hall hire", "57.09")]


def test_hidden_elements_are_dropped(tmp_path: Path) -> None:
    html = ('<html><body><p>Shown</p><p style="display: none">Secret</p><div hidden>Also secret</div>'
            "<noscript>Enable JavaScript</noscript><template><p>Later</p></template></body></html>")
    assert _parse(tmp_path, html).text == "Shown"


def test_markup_without_html_tag_is_still_html(tmp_path: Path) -> None:
    document = _parse(tmp_path, "<div><p>Item one</p><p>Item two</p></div>", name="fragment")
    assert document.format == "html"
    assert [line.text for line in document.lines] == ["Item one", "Item two"]


def test_scripts_only_page_is_reported(tmp_path: Path) -> None:
    html = "<html><head><script>var a = 1;</script></head><body><script>render()</script></body></html>"
    with pytest.raises(UnreadableDocument) as caught:
        _parse(tmp_path, html)
    assert caught.value.kind == "no_text"


def test_site_furniture_named_by_id_class_or_style_sheet_is_dropped(tmp_path: Path) -> None:
    html = """<html><head><style>.anchorField { display: none; } #old, .gone {display:none}</style></head>
    <body><div id="siteHeader"><a href="/">Borough Council</a><ul id="topNav"><li><a href="/a">Services</a></li>
    <li><a href="/b">Councillors</a></li></ul></div>
    <p class="breadcrumb"><a href="/">Home</a> &gt; Meetings</p>
    <h1>Cabinet minutes</h1><div class="anchorField">Hidden field</div><p id="old">Old text</p>
    <div class="menuNote">Members of the public may attend this meeting.</div>
    <div id="pageFooter"><p>Copyright 2030</p></div></body></html>"""
    texts = [line.text for line in _parse(tmp_path, html).lines]
    assert texts == ["Cabinet minutes", "Members of the public may attend this meeting."]


def test_page_template_table_with_headings_is_layout(tmp_path: Path) -> None:
    html = ("<html><body><table><tr><td><a href='/'>Home</a></td><td><h1>Licensing Committee</h1>"
            "<p>Minutes of the meeting</p><table><tr><th>Item</th><th>Decision</th></tr>"
            "<tr><td>Street trading</td><td>Approved</td></tr></table></td></tr></table></body></html>")
    document = _parse(tmp_path, html)
    assert [(line.text, line.heading, line.cells) for line in document.lines] == [
        ("Home", None, None),
        ("Licensing Committee", 1, None),
        ("Minutes of the meeting", None, None),
        ("Item Decision", None, ("Item", "Decision")),
        ("Street trading Approved", None, ("Street trading", "Approved")),
    ]


def test_absurdly_nested_page_is_refused(tmp_path: Path) -> None:
    html = "<html><body>" + "<div><span>" * 600 + "deep" + "</span></div>" * 600 + "</body></html>"
    with pytest.raises(UnreadableDocument) as caught:
        _parse(tmp_path, html)
    assert caught.value.kind == "too_large"


def _rows(tmp_path: Path, html: str) -> list[tuple[str, int | None, bool]]:
    return [(line.text, line.heading, line.bold) for line in _parse(tmp_path, html).lines]


def test_ordered_list_of_headed_items_keeps_its_numbers(tmp_path: Path) -> None:
    html = ("<div><time>9 April 2031</time><h4>PRESENT</h4><p>Cllrs A Rhys, B Wynne.</p>"
            "<ol class='matters'><li><h4>APOLOGIES</h4><p>None.</p></li>"
            "<li>\n<h4>FOOTPATHS</h4><ol type='i'><li>Stile repaired.</li><li>Gate oiled.</li></ol></li></ol></div>")
    assert _rows(tmp_path, html) == [
        ("9 April 2031", None, False), ("PRESENT", 4, False), ("Cllrs A Rhys, B Wynne.", None, False),
        ("1. APOLOGIES", 4, False), ("None.", None, False),
        ("2. FOOTPATHS", 4, False), ("Stile repaired.", None, False), ("Gate oiled.", None, False),
    ]


def test_bold_led_list_items_are_numbered_headings(tmp_path: Path) -> None:
    html = ("<ol start='7'><li><strong>Allotments</strong> Rent to stay at £20.</li>"
            "<li><p><b>Any other business</b></p></li></ol>"
            "<ol><li>That the report be noted.</li><li>That the Clerk writes to the owner.</li></ol>")
    assert _rows(tmp_path, html) == [
        ("7. Allotments", None, True), ("Rent to stay at £20.", None, False), ("8. Any other business", None, True),
        # A numbered list of decisions has no heading lead: left as it is.
        ("That the report be noted.", None, False), ("That the Clerk writes to the owner.", None, False),
    ]


def test_nested_and_styled_list_numbers(tmp_path: Path) -> None:
    html = ("<ol reversed><li><h3>Matters arising</h3><ol type='a'><li><b>Bus shelter</b> Agreed.</li>"
            "<li value='4'><b>Library</b></li></ol></li><li><h3>Planning</h3></li></ol>"
            "<ol type='I' start='3'><li><h3>Close</h3></li></ol><ul><li><b>Bulleted lead</b> stays.</li></ul>")
    assert [text for text, _, _ in _rows(tmp_path, html)] == [
        "2. Matters arising", "2a. Bus shelter", "Agreed.", "2d. Library", "1. Planning", "III. Close",
        "- Bulleted lead stays.",
    ]


def test_spans_styled_bold_are_bold(tmp_path: Path) -> None:
    html = ("<ol><li><p><span style='font-weight:700'>Allotments</span> Rent agreed.</p></li></ol>"
            "<p><span style=\"font-weight: bold\">Planning</span></p><p><span style='font-weight:400'>Plain</span></p>")
    assert _rows(tmp_path, html) == [
        ("1. Allotments", None, True), ("Rent agreed.", None, False), ("Planning", None, True), ("Plain", None, False),
    ]


_UNDATED_BODY = (
    "<p>Present: Cllr A. Pemberton (Chair), Cllr J. Radley, Cllr S. Okafor</p>"
    "<p>1. Apologies. None were received.</p><p>2. Planning. No objection was raised.</p>"
)


@pytest.mark.parametrize(
    ("head", "fields"),
    [
        ("<title>Minutes - 4 March 2031 - Hollinsford Parish Council</title>",
         {"title": "Minutes - 4 March 2031 - Hollinsford Parish Council"}),
        ('<meta property="og:title" content="Hollinsford Parish Council Minutes">'
         '<meta property="article:published_time" content="2031-03-10T09:00:00+00:00">',
         {"title": "Hollinsford Parish Council Minutes", "date": "2031-03-10T09:00:00+00:00"}),
    ],
)
def test_a_pages_title_and_date_are_kept_as_metadata_as_front_matter_is(tmp_path: Path, head: str, fields: dict[str, str]) -> None:
    from minutebook.extract.meeting import extract_meeting

    page = tmp_path / "minutes.html"
    page.write_text(f"<html><head>{head}</head><body>{_UNDATED_BODY}</body></html>")
    document = parse_file(page)
    assert document.metadata == fields
    assert "Hollinsford" not in document.text  # the head is still no part of the text
    markdown = tmp_path / "minutes.md"
    markdown.write_text("---\n" + "".join(f'{key}: "{value}"\n' for key, value in fields.items()) + "---\n"
                        "Present: Cllr A. Pemberton (Chair), Cllr J. Radley, Cllr S. Okafor\n\n"
                        "1. Apologies. None were received.\n\n2. Planning. No objection was raised.\n")
    from_page = extract_meeting(document, kind="minutes")
    from_markdown = extract_meeting(parse_file(markdown), kind="minutes")
    assert (from_page.date, from_page.body) == (from_markdown.date, from_markdown.body)
    assert from_page.date is not None


def test_a_page_without_title_or_date_has_no_metadata_and_its_own_dateline_wins(tmp_path: Path) -> None:
    # Near miss: a page's own dateline comes before its title's date; an empty title and a date-less meta say nothing.
    from minutebook.extract.meeting import extract_meeting

    page = tmp_path / "minutes.html"
    page.write_text('<html><head><title> </title><meta name="description" content="Council minutes"></head>'
                    f"<body><h1>Hollinsford Parish Council</h1><p>Minutes of the meeting held on 11 February 2031</p>"
                    f"{_UNDATED_BODY}</body></html>")
    assert parse_file(page).metadata == {}
    dated = tmp_path / "dated.html"
    dated.write_text("<html><head><title>Minutes - 4 March 2031</title></head>"
                     f"<body><h1>Hollinsford Parish Council</h1><p>Minutes of the meeting held on 11 February 2031</p>"
                     f"{_UNDATED_BODY}</body></html>")
    assert str(extract_meeting(parse_file(dated), kind="minutes").date) == "2031-02-11"


_NOTES_UNDER_ITEMS = {
    "numbered paragraphs": "<p>1. Newsletter</p><ul><li>more info wanted</li></ul><p>2. Boat trip</p>"
                           "<ul><li>bo is looking into it</li><li>ann has the leaflets</li></ul><p>3. Games</p>"
                           "<ul><li>more games wanted</li></ul>",
    "run-on numbers": "<p>1.Newsletter</p><ul><li>more info wanted</li></ul><p>2.Boat trip</p>"
                      "<ul><li>bo is looking into it</li></ul><p>3.Games</p><ul><li>more games wanted</li></ul>",
}


@pytest.mark.parametrize("body", list(_NOTES_UNDER_ITEMS.values()), ids=list(_NOTES_UNDER_ITEMS))
def test_notes_in_small_letters_under_items_keep_the_items(tmp_path: Path, body: str) -> None:
    # A society's page heads each item with a numbered paragraph and lists its notes, in small letters, as bullets.
    path = tmp_path / "notes.html"
    path.write_text(f"<html><body><p>Elm Society Meeting Minutes<br>Thursday, March 9, 2031</p>{body}</body></html>",
                    encoding="utf-8")
    record = extract_document(parse_file(path))
    assert [item.title for item in record.items] == ["Newsletter", "Boat trip", "Games"]


@pytest.mark.parametrize("items", [
    "<li>1. Apologies: none</li><li>2. Minutes: approved.</li><li>3. Roads: the Clerk will write.</li>",
    "<li>(a) Apologies: none</li><li>(b) Minutes: approved.</li><li>(c) Roads: the Clerk will write.</li>",
])
def test_an_unordered_lists_numbered_items_keep_their_numbers_first(tmp_path: Path, items: str) -> None:
    # A page that numbers its items inside a bulleted list: the printed number opens the line, no bullet before it.
    html = f"<html><body><ul>{items}</ul></body></html>"
    assert [line.text[:3] for line in _parse(tmp_path, html).lines] in (["1. ", "2. ", "3. "], ["(a)", "(b)", "(c)"])


def test_an_unordered_lists_counts_years_and_initials_keep_their_bullet(tmp_path: Path) -> None:
    # Near miss of the numbered items: a count, a year or an initial opening a bullet is the bullet's words.
    html = ("<html><body><ul><li>12 bags of grit were delivered.</li><li>2031 budget to follow.</li>"
            "<li>A. Hale said the fence needs paint.</li><li>J. Smith to get quotes.</li></ul></body></html>")
    assert [line.text[:2] for line in _parse(tmp_path, html).lines] == ["- ", "- ", "- ", "- "]


def test_an_ordered_lists_items_get_no_bullet(tmp_path: Path) -> None:
    # Near miss: a numbered list of sentences is printed as it is, with no bullet before its lines.
    html = "<html><body><ol><li>The accounts were approved.</li><li>The fence will be mended.</li></ol></body></html>"
    assert [line.text for line in _parse(tmp_path, html).lines] == [
        "The accounts were approved.", "The fence will be mended."]
