"""Text and Markdown ingest: pages, headings, bold, cells, emphasis, encodings."""

from __future__ import annotations

from pathlib import Path

import pytest

from minutebook.extract.pipeline import extract_document
from minutebook.ingest import parse_file
from minutebook.ingest.document import make_document
from minutebook.ingest.text import read_front_matter, read_text_rows, strip_emphasis


def _parse_bytes(tmp_path: Path, data: bytes, name: str = "minutes.txt"):
    path = tmp_path / name
    path.write_bytes(data)
    return parse_file(path)


def test_form_feed_starts_a_page(tmp_path: Path) -> None:
    document = _parse_bytes(tmp_path, b"First page\nmore\n\fSecond page\n")
    assert document.page_count == 2
    assert [(line.text, line.page) for line in document.lines if line.text] == [
        ("First page", 1), ("more", 1), ("Second page", 2),
    ]
    assert document.format == "text"


def test_headings_and_bold_lines() -> None:
    rows = read_text_rows("# Title\n#### **1. Apologies**\n**Present:**\nPlain *italic* and **strong** text\n")
    assert [(row.text, row.heading, row.bold) for row in rows] == [
        ("Title", 1, False),
        ("1. Apologies", 4, True),
        ("Present:", None, True),
        ("Plain italic and strong text", None, False),
    ]


def test_hash_without_space_is_not_a_heading() -> None:
    assert read_text_rows("#hashtag news")[0].heading is None


def test_heading_marks_followed_by_a_tab_are_a_heading_not_a_row() -> None:
    rows = read_text_rows("##\tUse of the Yard\n## \tBudget Timetable\n#\tItem\tOwner\n")
    assert [(row.text, row.heading, row.cells) for row in rows[:2]] == [
        ("Use of the Yard", 2, None), ("Budget Timetable", 2, None),
    ]
    assert rows[2].cells == ("#", "Item", "Owner")  # a table's "#" column stays a table


@pytest.mark.parametrize("number", ["1.", "2779.", "4.2", "(b)", "iii)"])
def test_a_number_set_off_by_a_tab_is_a_numbered_line_not_a_row(number: str) -> None:
    # A word processor saved as text sets a numbered paragraph's number off with a tab.
    rows = read_text_rows(f"{number}\tApologies: none were received.\n{number}\t\tFinance\n{number} \tPlanning:-\n")
    assert [(row.text, row.cells) for row in rows] == [
        (f"{number} Apologies: none were received.", None), (f"{number} Finance", None),
        (f"{number} Planning:-", None),  # a space typed before the tab
    ]


def test_a_numbered_table_keeps_its_rows() -> None:
    rows = read_text_rows("1\tRepair the gate\tClerk\n2.\tMow the verge\tCllr Hale\n")
    assert [row.cells for row in rows] == [("1", "Repair the gate", "Clerk"), ("2.", "Mow the verge", "Cllr Hale")]


def test_tab_lines_form_one_table() -> None:
    rows = read_text_rows("Present:\tAnna Field\tParish Council\n\tBo Hale\tPolice\nAfter the table\n")
    assert rows[0].cells == ("Present:", "Anna Field", "Parish Council")
    assert rows[1].cells == ("", "Bo Hale", "Police")
    assert rows[0].table_key == rows[1].table_key
    assert rows[1].text == "Bo Hale Police"
    assert rows[2].cells is None


def test_pipe_rows_and_markdown_separator() -> None:
    rows = read_text_rows("| No. | Item |\n|---|---|\n| 1 | Minutes |\n")
    assert [row.cells for row in rows] == [("No.", "Item"), ("1", "Minutes")]
    assert len({row.table_key for row in rows}) == 1
    assert [row.skipped for row in rows] == [1, 0]  # the separator makes no row, but it is a line of the file


@pytest.mark.parametrize("name", ["minutes.md", "minutes.txt"])
def test_lines_after_a_pipe_table_keep_their_line_numbers_in_the_file(tmp_path: Path, name: str) -> None:
    data = (
        "Minutes\n\n| Member | Post |\n| :--- | ---: |\n| Ann Vale | Chair |\n| Bo Reed | Clerk |\n\n"
        "| Action | Owner |\n|---|---|\n| Mend the gate | Clerk |\n\nResolved that the budget be agreed.\n"
    )
    document = _parse_bytes(tmp_path, data.encode(), name)
    in_file = {text: number for number, text in enumerate(data.split("\n"), start=1)}
    for line in document.lines:
        if line.text.strip():
            assert line.number == in_file.get(line.text, in_file.get("| " + " | ".join(line.cells or ()) + " |")), line
    assert [table.rows for table in document.tables] == [
        (("Member", "Post"), ("Ann Vale", "Chair"), ("Bo Reed", "Clerk")),
        (("Action", "Owner"), ("Mend the gate", "Clerk")),
    ]


def test_pipe_rows_split_as_make_document_does() -> None:
    text = "No. | Item |\nNotes of meeting PDF 82 KB Minutes: agreed |\nA plain line\n"
    rows = read_text_rows(text)
    expected = make_document(text).lines
    assert [(row.text, row.cells) for row in rows] == [(line.text, line.cells) for line in expected]
    assert rows[0].cells == ("No.", "Item", "")


def test_separate_runs_are_separate_tables(tmp_path: Path) -> None:
    document = _parse_bytes(tmp_path, b"a\tb\nc\td\n\nprose\ne\tf\n")
    assert [table.rows for table in document.tables] == [(("a", "b"), ("c", "d")), (("e", "f"),)]


def test_inline_markup_in_cells_is_kept() -> None:
    row = read_text_rows("1. Issue\t<p>Lead</p> <p>Police</p>\t<ul><li>\u2022 Measure</li></ul>")[0]
    assert row.cells == ("1. Issue", "<p>Lead</p> <p>Police</p>", "<ul><li>\u2022 Measure</li></ul>")


def test_emphasis_is_stripped_from_plain_lines() -> None:
    assert strip_emphasis("<i>Foreword</i> and **more** and *this*") == "Foreword and more and this"
    assert strip_emphasis("2 * 3 * 4 = 24") == "2 * 3 * 4 = 24"
    assert read_text_rows("<i>Appendices:</i>")[0].text == "Appendices:"


def test_cp1252_text_is_read_with_a_warning(tmp_path: Path) -> None:
    document = _parse_bytes(tmp_path, "Caf\u00e9 fund \u2013 \u00a3250".encode("cp1252"))
    assert document.lines[0].text == "Caf\u00e9 fund \u2013 \u00a3250"
    assert len(document.warnings) == 1 and "cp1252" in document.warnings[0]


def test_utf8_bom_and_utf16_are_read(tmp_path: Path) -> None:
    assert _parse_bytes(tmp_path, "\ufeffMinutes \u2013 draft".encode("utf-8")).lines[0].text == "Minutes \u2013 draft"
    utf16 = _parse_bytes(tmp_path, "Minutes\nAgreed".encode("utf-16"), name="wide.txt")
    assert [line.text for line in utf16.lines] == ["Minutes", "Agreed"]
    assert utf16.warnings == []


def test_markdown_file_with_inline_html_stays_text(tmp_path: Path) -> None:
    document = _parse_bytes(tmp_path, b"## Plan\n1.\t<i>Foreword</i>\t3\n<p>note</p>\n", name="plan.md")
    assert document.format == "text"
    assert document.lines[0].heading == 2
    assert document.lines[1].cells == ("1.", "Foreword", "3")  # inline tags read through, words kept


def test_crlf_line_endings(tmp_path: Path) -> None:
    document = _parse_bytes(tmp_path, b"One\r\nTwo\tcell\r\n")
    assert [line.text for line in document.lines] == ["One", "Two cell"]
    assert document.lines[1].cells == ("Two", "cell")


# Web and converter exports: artefacts cleaned line by line, line numbers kept.


def _texts(text: str) -> list[str]:
    return [row.text for row in read_text_rows(text)]


def test_front_matter_is_blanked_and_lines_keep_their_numbers() -> None:
    md = "---\ntitle: Minutes (May, 2031)\nlayout: page\ntags:\n  - Road\n---\n\n# Hollowmere Township\n## ROADS\n"
    rows = read_text_rows(md)
    assert [row.text for row in rows][:7] == [""] * 7
    assert [(row.text, row.heading) for row in rows[7:]] == [("Hollowmere Township", 1), ("ROADS", 2)]
    other = "---\nlayout: post\nauthor: kim\n---\n**FERNDALE COMMUNITY COUNCIL**\n"
    assert _texts(other) == ["", "", "", "", "FERNDALE COMMUNITY COUNCIL"]


def test_a_dash_line_that_is_not_front_matter_stays_text() -> None:
    # Not at the file's start, or holding ordinary lines: not front matter.
    assert _texts("Minutes\n---\nPresent: Cllr A Lowe\n---\n")[2] == "Present: Cllr A Lowe"
    assert _texts("---\nPRESENT: Cllr A Lowe, Cllr B Marsh\n---\n")[1] == "PRESENT: Cllr A Lowe, Cllr B Marsh"


def test_backslash_escapes_and_hard_breaks_lose_their_markup() -> None:
    assert _texts("**1\\. Apologies**\n3\\. Footway by the \\_Green\\_\nCost \\$300.00 for cheque \\#8128.\n") == [
        "1. Apologies", "3. Footway by the _Green_", "Cost $300.00 for cheque #8128.",
    ]
    assert _texts("1.  MINUTES OF THE MARCH MEETING\\\n    Moved by A. Lutz.\n") == [
        "1. MINUTES OF THE MARCH MEETING", "Moved by A. Lutz.",
    ]
    # An escaped backslash at the end is text, not a hard break.
    assert _texts("Saved under S:\\\\")[0] == "Saved under S:\\"


def test_page_break_rule_and_its_page_number_are_blanked() -> None:
    assert _texts("Housing was discussed.\n---\n4\n\n5.\n\nRoads\n") == ["Housing was discussed.", "", "", "", "5.", "", "Roads"]
    assert _texts("The report was noted.\n***\n12\nNext item\n")[1:3] == ["", ""]
    # A number after ordinary text is kept: it may be a table value or an item.
    assert _texts("Burglaries\n420\n")[1] == "420"


def test_link_to_original_comments_and_quotes() -> None:
    md = "[Original file](https://example.org/docs/minutes.pdf)\n\n<!-- -->\n> It was AGREED to write again.\n> > Quoted twice.\n"
    assert _texts(md) == ["", "", "", "It was AGREED to write again.", "Quoted twice."]
    # A link inside a sentence keeps its text; only a first line that is a bare link goes.
    assert _texts("Intro\n[the plan](https://example.org/plan) was noted.\n") == ["Intro", "the plan was noted."]
    assert _texts("[Oak Lane]{.ul} was mended.\n  [www.example.org]: http://www.example.org\n") == ["Oak Lane was mended.", ""]


def test_lines_of_html_block_tags_alone_are_blank() -> None:
    # A website's Markdown page wraps its header in layout blocks: the tags go, the words between them stay.
    md = ('<div id="meeting_header" class="headered">\nHarbor Commission<br>\n</div>\n\n'
          "<section>\n  </p>  <p>\nAda Orme, Chair\n")
    assert _texts(md) == ["", "Harbor Commission", "", "", "", "", "Ada Orme, Chair"]


def test_control_characters_and_glyph_bullets() -> None:
    assert _texts("\x01 Number of families was 69.\nTotal\x02 units\n\uf0b7 Grit bins filled\n") == [
        "• Number of families was 69.", "Total units", "• Grit bins filled",
    ]


def test_bold_split_into_two_runs_is_one_bold_line() -> None:
    rows = read_text_rows("**2.** **Chairman to sign the minutes**\n**Monday, 13th** **November**\n")
    assert [(row.text, row.bold) for row in rows] == [
        ("2. Chairman to sign the minutes", True), ("Monday, 13th November", True),
    ]


def test_page_footers_and_page_edge_numbers_are_blanked(tmp_path: Path) -> None:
    assert _texts("4. Finance\nThe balance was noted.\n3 | P a g e\n5. Planning\nPage 4 of 7\n- 5 -\nNo applications.\n") == [
        "4. Finance", "The balance was noted.", "", "5. Planning", "", "", "No applications.",
    ]
    document = _parse_bytes(tmp_path, b"Roads were gritted.\n2\n\f3\nTrees were cut.\n12 oaks\n")
    assert [line.text for line in document.lines] == ["Roads were gritted.", "", "", "Trees were cut.", "12 oaks"]
    # Page words inside a sentence stay.
    assert _texts("See page 3 of the report.\n")[0] == "See page 3 of the report."


def test_nested_markdown_ordered_lists_take_their_parents_number() -> None:
    md = (
        "3. **Matters Arising**  \n   1. **Treasurer Vacancy**  \n      It was agreed to advertise.\n"
        "   2. **Newsletter**  \n4. **Reports**\n\nThe year closed well.\n1. A new list\n 2. not nested enough\n"
    )
    assert [text for text in _texts(md) if text] == [
        "3. Matters Arising", "3.1. Treasurer Vacancy", "It was agreed to advertise.", "3.2. Newsletter", "4. Reports",
        "The year closed well.", "1. A new list", "2. not nested enough",
    ]


def test_front_matter_is_kept_as_the_documents_metadata(tmp_path: Path) -> None:
    md = (
        b"---\nlayout: post\ntitle:  \"General Meeting 5th October 2031\"\ndate: '2031-10-19'\n"
        b"tags:\n  - minutes\n---\n\n**WILLOWMERE COMMUNITY COUNCIL**\n"
    )
    document = _parse_bytes(tmp_path, md, "2031-10-19-general-meeting.md")
    assert document.metadata == {"layout": "post", "title": "General Meeting 5th October 2031", "date": "2031-10-19"}
    assert [line.text for line in document.lines if line.text] == ["WILLOWMERE COMMUNITY COUNCIL"]


def test_toml_front_matter_is_blanked_and_kept_as_metadata(tmp_path: Path) -> None:
    md = (
        b'+++\ntags = []\nauthor = "R Vale"\npublished = 2031-12-09T18:08:00-08:00\n'
        b'title = "Minutes of November 25, 2031 Meeting"\n[params]\n  draft = false\n+++\n'
        b"**Call to Order**: 7:10 pm, 14 persons in attendance\n"
    )
    document = _parse_bytes(tmp_path, md, "2031-12-09-minutes.md")
    assert document.metadata == {
        "author": "R Vale", "published": "2031-12-09T18:08:00-08:00", "title": "Minutes of November 25, 2031 Meeting",
    }
    assert [line.text for line in document.lines if line.text] == ["Call to Order: 7:10 pm, 14 persons in attendance"]


@pytest.mark.parametrize(
    ("header", "fields"),
    [
        ("Title: Council Meeting Minutes March 2031\nDate: 2031-03-10 00:00\nCategory: Minutes\n",
         {"title": "Council Meeting Minutes March 2031", "date": "2031-03-10 00:00", "category": "Minutes"}),
        ("\nTitle: Residents Committee, 4 March\nSlug: march-minutes\nAuthor: Secretary\n",
         {"title": "Residents Committee, 4 March", "slug": "march-minutes", "author": "Secretary"}),
        # Nikola's header: keys left empty, and the page's text straight under it.
        ("title: 2031 AGM\nslug: 2031-agm\ndate: 2031-08-26 12:03:03 UTC+12:00\ntags: \ncategory: \nlink: \n"
         "description: \ntype: text\nhidetitle: true",
         {"title": "2031 AGM", "slug": "2031-agm", "date": "2031-08-26 12:03:03 UTC+12:00", "type": "text",
          "hidetitle": "true"}),
    ],
)
def test_a_post_header_without_fences_is_blanked_and_kept_as_metadata(
    tmp_path: Path, header: str, fields: dict[str, str]
) -> None:
    # Pelican and MultiMarkdown posts open with "Key: value" lines and no fences: the page's name, not the meeting's.
    md = header + "\nELMWICK COMMUNITY COUNCIL\nPresent: A Ash\n"
    document = _parse_bytes(tmp_path, md.encode(), "2031-03-10-minutes.md")
    assert document.metadata == fields
    assert [line.text for line in document.lines if line.text] == ["ELMWICK COMMUNITY COUNCIL", "Present: A Ash"]


@pytest.mark.parametrize(
    "text",
    [
        "Title: Elmwick Harbour Committee\nDate: 4 March 2031\nTime: 7pm\n\nPresent: A Ash\n",  # the minutes' own grid
        "Title: Elmwick Harbour Committee\nDate: 4 March 2031\n\nPresent: A Ash\n",  # no key only a site writes
        "Minutes\nTitle: x\nCategory: Minutes\n",  # not at the start
    ],
)
def test_labels_that_are_no_post_header_stay_text(text: str) -> None:
    assert "Title:" in " ".join(_texts(text))
    assert read_front_matter(text.splitlines()) == {}


def test_plus_lines_that_are_not_toml_front_matter_stay_text() -> None:
    assert _texts("+++\nPresent: Cllr A Lowe\n+++\n")[1] == "Present: Cllr A Lowe"
    assert _texts("Minutes\n+++\ntitle = x\n+++\n")[2] == "title = x"


def test_no_front_matter_leaves_no_metadata(tmp_path: Path) -> None:
    plain = _parse_bytes(tmp_path, b"Minutes\n---\ntitle: not a key here\n---\n")
    assert plain.metadata == {}
    unclosed = _parse_bytes(tmp_path, b"---\ntitle: Minutes\nPresent: A Lowe\n", "other.md")
    assert unclosed.metadata == {}


def test_html_non_breaking_space_entities_become_spaces() -> None:
    rows = read_text_rows("**4.&nbsp;&nbsp;Finance**\n\nPaid&#160;in full, &NBSP;noted\n")
    assert (rows[0].text, rows[0].bold) == ("4. Finance", True)
    assert rows[2].text == "Paid in full, noted"


def test_inline_html_in_markdown_is_read_through_and_bold_kept() -> None:
    rows = read_text_rows(
        '<span style="font-weight: bold;">Call to Order</span>: 7:10 pm\n'
        "<strong>Treasurer's Report</strong>\n"
        '<span style="font-weight: bold;"> Guest Speakers</span>\n'
        "<span style='font-weight:700'>Planning</span>\n"
        "<span style='font-weight: 400'>Plain words</span>\n"
        'Meeting held at <span class="x">Elm Hall</span><br/>\n'
        "<b></b>Cost < 5 > 3\n"
    )
    assert [row.text for row in rows] == [
        "Call to Order: 7:10 pm", "Treasurer's Report", "Guest Speakers", "Planning", "Plain words",
        "Meeting held at Elm Hall", "Cost < 5 > 3",
    ]
    # Bold by tag or by the same weights the HTML reader reads as bold; a normal weight is not.
    assert [row.bold for row in rows][1:5] == [True, True, True, False]


@pytest.mark.parametrize(
    "md",
    [
        "**Treasurer's Report** The treasurer presented the accounts.\n\n**Roads** Potholes were reported on Mill Lane.\n\n"
        "**Planning** No applications were received.\n",
        "1. __Treasurer's Report__ The treasurer presented the accounts.\n2. __Roads__ Potholes were reported on Mill Lane.\n"
        "3. __Planning__ No applications were received.\n",
    ],
)
def test_paragraphs_opened_by_bold_titles_get_the_titles_colon(md: str, tmp_path: Path) -> None:
    # Written so throughout, a bold title ends where its weight does: the reader says so with a colon, as for HTML.
    texts = [line.text for line in _parse_bytes(tmp_path, md.encode(), "minutes.md").lines if line.text]
    assert [text.split(":")[0].removeprefix(f"{n}. ") for n, text in enumerate(texts, start=1)] == [
        "Treasurer's Report", "Roads", "Planning",
    ]
    assert texts[1].endswith("Roads: Potholes were reported on Mill Lane.")


@pytest.mark.parametrize(
    "md",
    [
        # Too few to be the file's structure.
        "**Roads** Potholes were reported.\n\n**Planning** No applications were received.\n",
        # Bold inside sentences, or a title with punctuation of its own.
        "**Cllr Ash** reported potholes.\n**Cllr Bell** said more.\n**Cllr Cole** agreed with them.\n",
    ],
)
def test_bold_words_that_title_no_paragraph_get_no_colon(md: str, tmp_path: Path) -> None:
    document = _parse_bytes(tmp_path, md.encode(), "minutes.md")
    assert not any(":" in line.text for line in document.lines)


def test_bold_titles_with_their_own_colon_count_toward_the_form(tmp_path: Path) -> None:
    md = "**Present:** Cllr Ash, Cllr Bell\n**Roads** Potholes were reported.\n**Planning:** No applications came in.\n"
    texts = [line.text for line in _parse_bytes(tmp_path, md.encode(), "minutes.md").lines]
    assert texts == ["Present: Cllr Ash, Cllr Bell", "Roads: Potholes were reported.", "Planning: No applications came in."]


def test_mdx_module_lines_and_component_tags_are_blank(tmp_path: Path) -> None:
    mdx = (
        "---\ntitle: Steering Committee Minutes\n---\n"
        "import Layout from '../components/layout'\nexport const meta = { draft: false }\n\n"
        "<Layout>\n\n## Attendance\n\nAnn Ross, Tom Reid\n\n<Callout type=\"note\" />\n\n"
        "Meeting held at <b>Elm Hall</b>\n\n</Layout>\n"
    )
    document = _parse_bytes(tmp_path, mdx.encode(), "2031-04-15-minutes.mdx")
    assert [line.text for line in document.lines if line.text] == ["Attendance", "Ann Ross, Tom Reid", "Meeting held at Elm Hall"]
    # In a plain Markdown file such lines are text as written.
    plain = _parse_bytes(tmp_path, b"import Layout from './layout'\n<Layout>\nAnn Ross\n", "minutes.md")
    assert "import Layout from './layout'" in [line.text for line in plain.lines]


def test_mdx_files_are_found_in_folders(tmp_path: Path) -> None:
    from minutebook.ingest.files import iter_files

    (tmp_path / "minutes.mdx").write_text("Minutes\n")
    (tmp_path / "photo.png").write_bytes(b"\x89PNG")
    assert [path.name for path in iter_files([tmp_path])] == ["minutes.mdx"]


def _cells(text: str) -> list[tuple[str, ...]]:
    return [row.cells for row in read_text_rows(text) if row.cells is not None]


def test_a_link_wrapped_across_lines_loses_its_markup() -> None:
    text = "The [March 4 Meeting\nMinutes](https://example.org/m.pdf) were approved.\nSee the [Hall\nRepairs\nPlan](/docs/plan) too."
    rows = read_text_rows(text)
    assert [row.text for row in rows] == [
        "The March 4 Meeting", "Minutes were approved.", "See the Hall", "Repairs", "Plan too."
    ]


def test_brackets_that_are_no_wrapped_link_stay() -> None:
    text = "Item [deferred\n\nnext](https://example.org) time\nA note [inaudible] here."
    assert [row.text for row in read_text_rows(text)] == [
        "Item [deferred", "", "next](https://example.org) time", "A note [inaudible] here."
    ]


def test_pandoc_grid_table_rows_are_joined_cells() -> None:
    text = (
        "Motions\n\n+-----------------+-----------+\n| Motion          | Status    |\n+=================+===========+\n"
        "| Buy a new       | Approved  |\n| kettle          |           |\n+-----------------+-----------+\n"
        "| Mend the fence  | Deferred  |\n+-----------------+-----------+\nAfter."
    )
    rows = read_text_rows(text)
    assert len(rows) == len(text.splitlines())
    assert rows[3].cells == ("Motion", "Status")
    assert rows[5].cells == ("Buy a new kettle", "Approved")
    assert rows[6].text == "" and rows[4].text == "" and rows[2].text == ""
    assert rows[8].cells == ("Mend the fence", "Deferred")
    assert len({row.table_key for row in rows if row.cells}) == 1
    assert rows[10].text == "After."


def test_pandoc_simple_table_with_a_header_and_without() -> None:
    text = "Costs\n\n  Item      Cost    Status\n  --------- ------- ---------\n  Kettle    \\$40    Approved\n  Bench     \\$300   Deferred\n\nDone."
    rows = read_text_rows(text)
    assert _cells(text) == [("Item", "Cost", "Status"), ("Kettle", "$40", "Approved"), ("Bench", "$300", "Deferred")]
    assert rows[3].text == "" and rows[7].text == "Done."
    headerless = "Fees\n\n  ------- ------\n  Hall    £20\n  Field   £5\n  ------- ------\nEnd."
    assert _cells(headerless) == [("Hall", "£20"), ("Field", "£5")]
    assert [row.text for row in read_text_rows(headerless)][2] == ""


def test_pandoc_multiline_table_rows_join_their_lines() -> None:
    text = (
        "\n----------------------------------\n  Motion          Mover   Status\n  --------------- ------- --------\n"
        "  Buy a new       Hale    Approved\n  kettle\n\n  Mend the fence  Voss    Deferred\n"
        "----------------------------------\n\nAfter."
    )
    rows = read_text_rows(text)
    assert len(rows) == len(text.splitlines())
    assert _cells(text) == [
        ("Motion", "Mover", "Status"), ("Buy a new kettle", "Hale", "Approved"), ("Mend the fence", "Voss", "Deferred")
    ]
    assert rows[1].text == "" and rows[5].text == "" and rows[8].text == ""


def test_dashes_that_are_no_table_stay_text() -> None:
    text = "Minutes of the meeting\n--- ---\nThe chair opened.\n\n---\n\nA paragraph\nsecond line\n----------"
    assert _cells(text) == []


def test_a_grid_table_of_motions_gives_one_decision_per_row(tmp_path: Path, nlp) -> None:
    from minutebook.extract.items import extract_items, split_sections
    from minutebook.extract.resolutions import extract_resolutions

    text = (
        "#### 4. Motions\n\n+------------------+----------+-------------+----------+\n"
        "| Motion Text      | Moved by | Seconded by | Status   |\n+==================+==========+=============+==========+\n"
        "| Accept previous  | Hale     | Voss        | Accepted |\n| meeting minutes  |          |             |          |\n"
        "+------------------+----------+-------------+----------+\n| Buy a new kettle | Kim      | Lee         | Carried  |\n"
        "+------------------+----------+-------------+----------+\n\n#### 5. Close\n\nThe meeting closed.\n"
    )
    document = _parse_bytes(tmp_path, text.encode(), name="minutes.md")
    sections = split_sections(document, extract_items(document))
    texts = [r.text for r in extract_resolutions(sections, nlp=nlp, lines=document.lines)]
    # Each row's decision is its motion's words (its mover and seconder kept apart: tests/test_motion_tables.py).
    assert texts == ["Accept previous meeting minutes", "Buy a new kettle"]


@pytest.mark.parametrize("table", [
    "  Motion Text                       Moved by   Seconded by   Status\n"
    "  --------------------------------- ---------- ------------- ---------\n"
    "  Accept previous meeting minutes   Hale       Voss          Accepted\n"
    "  Buy a new kettle                  Kim        Lee           Carried\n",
    "| Motion Text | Moved by | Seconded by | Status |\n| --- | --- | --- | --- |\n"
    "| Accept previous meeting minutes | Hale | Voss | Accepted |\n| Buy a new kettle | Kim | Lee | Carried |\n",
])
def test_a_motions_table_with_a_carried_row_gives_one_decision_per_row(tmp_path: Path, nlp, table: str) -> None:
    from minutebook.extract.items import extract_items, split_sections
    from minutebook.extract.resolutions import extract_resolutions

    text = f"#### 4. Motions\n\n{table}\n#### 5. Close\n\nThe meeting closed.\n"
    document = _parse_bytes(tmp_path, text.encode(), name="minutes.md")
    sections = split_sections(document, extract_items(document))
    texts = [r.text for r in extract_resolutions(sections, nlp=nlp, lines=document.lines)]
    # Each row's decision is its motion's words (its mover and seconder kept apart: tests/test_motion_tables.py).
    assert texts == ["Accept previous meeting minutes", "Buy a new kettle"]


@pytest.mark.parametrize("table", [
    "  No.   Stall          Contact\n  ----- -------------- ----------\n  1     Cake stall     Hale\n"
    "  2     Plant stall    Voss\n  3     Book stall     Kim\n  4     Tombola        Lee\n",
    "| No. | Stall | Contact |\n|---|---|---|\n| 1 | Cake stall | Hale |\n| 2 | Plant stall | Voss |\n"
    "| 3 | Book stall | Kim |\n| 4 | Tombola | Lee |\n",
])
def test_a_numbered_table_between_headings_stays_inside_its_item(tmp_path: Path, table: str) -> None:
    from minutebook.extract.items import extract_items

    text = (
        "## Call to Order\n\nOpened at 7 pm.\n\n## Minutes\n\nApproved.\n\n## Reports\n\nNone.\n\n## Fair\n\n"
        f"{table}\n## Old Business\n\nNone.\n\n## New Business\n\nNone.\n\n## Adjournment\n\nClosed at 9 pm.\n"
    )
    document = _parse_bytes(tmp_path, text.encode(), name="minutes.md")
    titles = [item.title for item in extract_items(document)]
    assert titles == ["Minutes", "Reports", "Fair", "Old Business", "New Business", "Adjournment"]


def test_character_references_left_by_a_web_export_are_read() -> None:
    from minutebook.ingest.text import read_text_rows

    rows = read_text_rows("Water &amp; Light Commissioner\nThe Council&#8217;s report\nR&D; budget\n")
    assert [row.text for row in rows] == ["Water & Light Commissioner", "The Council’s report", "R&D; budget"]


# --- text exported from a PDF with its layout kept in spaces -----------------------------------------------------

_LAYOUT_EXPORT = (
    "                 MINUTES OF THE FENMOOR TOWN COUNCIL\n"
    "\n"
    "Members Present:                          Staff Present:\n"
    "Ann Lorrimer, Mayor                       Ed Eggleton, Town Manager\n"
    "Bevan Marsh                               Fay Lunn, Town Clerk\n"
    "\n"
    "The Clerk will write to the county about the culvert.        CLERK\n"
)


def test_a_text_file_that_keeps_its_layout_gives_its_lines_columns_and_positions(tmp_path: Path) -> None:
    document = _parse_bytes(tmp_path, _LAYOUT_EXPORT.encode())
    by_number = {line.number: line for line in document.lines}
    assert by_number[3].text == "Members Present:\tStaff Present:"
    assert [span.text for span in by_number[4].spans] == ["Ann Lorrimer, Mayor", "Ed Eggleton, Town Manager"]
    # Positions follow the characters: the right column starts where both rows print it.
    assert by_number[3].spans[1].x0 == by_number[4].spans[1].x0 > by_number[4].spans[0].x1
    # A line of one run keeps its text and gets its place (its indent) all the same.
    assert by_number[1].text == "MINUTES OF THE FENMOOR TOWN COUNCIL" and by_number[1].spans[0].x0 > 0
    assert by_number[7].text.endswith("culvert.\tCLERK")


def test_a_text_file_with_spaced_sentences_keeps_plain_lines(tmp_path: Path) -> None:
    # Negative: two spaces after a full stop, or one line with a wide gap, make no layout.
    text = (
        "Minutes of the Fenmoor Town Council.  Held on 3 May.\n"
        "Present:   Ann Lorrimer and Bevan Marsh.\n"
        "1. Minutes  The minutes were approved.\n"
    )
    document = _parse_bytes(tmp_path, text.encode())
    assert all(line.spans is None and "\t" not in line.text for line in document.lines)
    assert document.lines[1].text == "Present: Ann Lorrimer and Bevan Marsh."


def test_a_markdown_table_padded_with_spaces_makes_no_layout(tmp_path: Path) -> None:
    # Negative: a formatter pads a pipe table's cells; its rows are a table, and the prose around it stays plain.
    text = (
        "# Minutes of the Fenmoor Town Council\n\n"
        "| Payee          | Amount    |\n|----------------|-----------|\n"
        "| Elm Mowing     | £120.00   |\n| Fenmoor Hall   | £45.00    |\n| County Lights  | £30.00    |\n\n"
        "- Payments   were approved.\n"
    )
    document = _parse_bytes(tmp_path, text.encode(), name="minutes.md")
    plain = [line for line in document.lines if line.cells is None and line.text]
    assert all(line.spans is None and "\t" not in line.text for line in plain)


_HTML_POST = (
    "---\ntitle: Minutes of the Open Data Advisory Panel, 14 November 2033\nlayout: post\n---\n\n"
    "<h2>Minutes of the Open Data Advisory Panel</h2>\n"
    "<p>Date: 14 November 2033, 10:00 to 12:30<br/>Venue: Room 4, Harbour House</p>\n"
    "<h3>Attendees</h3>\n<ul>\n<li>Priya Lomax (Chair)</li>\n<li>Owen Hartley, Fenwick District Council</li>\n</ul>\n"
    "<h3>1. Spending data</h3>\n<p>The panel discussed the data. <strong>Action:</strong> Owen Hartley to circulate "
    "the guidance.</p>\n"
)
_HTML_TABLE_PAGE = (
    "<div class=\"minutes\">\n<table>\n<tr><td>Present</td><td>Cllr Ada Quill, Cllr Ben Rusk</td></tr>\n"
    "<tr><td>Apologies</td><td>Cllr Cy Voss</td></tr>\n</table>\n<p>1. Footpaths</p>\n"
    "<p>The Clerk to report the stile.</p>\n</div>\n"
)


@pytest.mark.parametrize(("body", "first"), [(_HTML_POST, "Minutes of the Open Data Advisory Panel"), (_HTML_TABLE_PAGE, None)])
def test_markdown_whose_body_is_html_is_read_as_a_web_page(tmp_path: Path, body: str, first: str | None) -> None:
    # Sites that publish through Markdown often paste a page's HTML as the post's body.
    document = _parse_bytes(tmp_path, body.encode("utf-8"), name="2033-11-14-minutes.md")
    texts = [line.text for line in document.lines if line.text.strip()]
    assert not any("<" in text for text in texts)
    if first is not None:
        assert texts[0] == first and document.lines[0].heading == 2
        assert document.metadata["title"] == "Minutes of the Open Data Advisory Panel, 14 November 2033"
        assert "- Priya Lomax (Chair)" in texts  # a list item keeps its bullet
    else:
        assert document.lines[0].cells == ("Present", "Cllr Ada Quill, Cllr Ben Rusk")


def test_markdown_with_a_few_tags_stays_markdown(tmp_path: Path) -> None:
    # Negative: Markdown's own syntax with a line break tag and a comment here and there is not a web page.
    text = ("# Minutes of the Elm Allotments Group\n\n**Present:** Ada Quill, Ben Rusk<br>\n\n<!-- -->\n\n"
            "1. Water troughs\n\nThe troughs were cleaned.<br>\n\n2. Rents\n\nRents stay at £20.\n")
    document = _parse_bytes(tmp_path, text.encode("utf-8"), name="minutes.md")
    assert document.format == "text"


@pytest.mark.parametrize(
    "text",
    [
        # A web page's text saved as one line: every line break is a "<br />" tag.
        "Minutes of the meeting held on 4th May 2031.<br /><br />Present: Cllrs Quill, Rusk &amp; Dunn.<br /><br />"
        "3101.Apologies: Cllr Vane.<br /><br />3102.Accounts for payment:-<br />Hall hire - &pound;40 - approved.<br /><br />"
        "3103.Correspondence: A letter from the library about opening hours.<br />",
        # The same with the tags written "<br>" and a line break at the file's end.
        "Minutes of the meeting held on 4th May 2031.<br><br>Present: Cllrs Quill, Rusk &amp; Dunn.<br><br>"
        "3101.Apologies: Cllr Vane.<br><br>3102.Accounts for payment:-<br>Hall hire - &pound;40 - approved.<br><br>"
        "3103.Correspondence: A letter from the library about opening hours.<br>\n",
    ],
)
def test_text_whose_line_breaks_are_tags(tmp_path: Path, text: str) -> None:
    document = _parse_bytes(tmp_path, text.encode("utf-8"))
    texts = [line.text for line in document.lines if line.text.strip()]
    assert texts == ["Minutes of the meeting held on 4th May 2031.", "Present: Cllrs Quill, Rusk & Dunn.",
                     "3101.Apologies: Cllr Vane.", "3102.Accounts for payment:-", "Hall hire - £40 - approved.",
                     "3103.Correspondence: A letter from the library about opening hours."]
    from minutebook.extract.items import extract_items

    assert [(item.number, item.title) for item in extract_items(document)] == [
        ("3101", "Apologies"), ("3102", "Accounts for payment"), ("3103", "Correspondence")]


def test_a_break_tag_among_line_breaks_keeps_its_line(tmp_path: Path) -> None:
    # Negative: lines of their own with a "<br>" here and there stay as the file sets them.
    text = "Roll Call:<br>Present: Ada Quill, Ben Rusk\nThe minutes were approved.<br>\nThe hall fee stays at £40.<br>\n"
    texts = [line.text for line in _parse_bytes(tmp_path, text.encode("utf-8")).lines if line.text.strip()]
    assert texts == ["Roll Call: Present: Ada Quill, Ben Rusk", "The minutes were approved.", "The hall fee stays at £40."]


def test_break_tags_inside_table_cells_keep_their_rows(tmp_path: Path) -> None:
    # Negative: a Markdown table whose cells break their text with tags, more tags than the file has line breaks, is
    # still a table of one row a line; only prose lines would be broken at their tags.
    text = (
        "| No. | Item | Decision |\n| --- | --- | --- |\n"
        "| 4 | Roads<br>Verges<br>Gullies | Noted<br>Clerk to report<br>Next meeting |\n"
        "| 5 | Hall<br>Roof<br>Boiler | Quotes<br>to be sought |\n"
    )
    rows = [line.cells for line in _parse_bytes(tmp_path, text.encode("utf-8")).lines if line.text.strip()]
    assert rows == [("No.", "Item", "Decision"), ("4", "Roads Verges Gullies", "Noted Clerk to report Next meeting"),
                    ("5", "Hall Roof Boiler", "Quotes to be sought")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("**The meeting thanked the retiring treasurer for her\nyears of service to the council.**\n",
         ["The meeting thanked the retiring treasurer for her", "years of service to the council."]),
        ("b) **Footpath consultation on the changes to the\nbridleway** and the stiles\n",
         ["b) Footpath consultation on the changes to the", "bridleway and the stiles"]),
        ("The Clerk said **the bins on the green**\nwould be **emptied weekly and the\nverges cut** in May.\n",
         ["The Clerk said the bins on the green", "would be emptied weekly and the", "verges cut in May."]),
    ],
)
def test_bold_wrapped_across_lines_loses_its_marks(tmp_path: Path, text: str, expected: list[str]) -> None:
    # A converter that wraps lines at a fixed width splits a bold run over lines; the HTML and Word readers show no marks.
    path = tmp_path / "minutes.md"
    path.write_text(text)
    document = parse_file(path)
    assert [line.text for line in document.lines if line.text] == expected
    assert [line.number for line in document.lines if line.text] == list(range(1, len(expected) + 1))


def test_a_lone_star_pair_mark_across_a_blank_line_or_as_a_footnote_stays(tmp_path: Path) -> None:
    # Near miss: "**" with spaces both sides is a footnote mark; a run left open at a blank line closes nothing later.
    path = tmp_path / "minutes.md"
    path.write_text("Hourly rate for the survey **\n** Rates for the hearing are doubled.\n\n"
                    "**Unclosed start of a line\n\nand a later line**\n")
    assert [line.text for line in parse_file(path).lines if line.text] == [
        "Hourly rate for the survey **", "** Rates for the hearing are doubled.", "**Unclosed start of a line",
        "and a later line**",
    ]


def test_an_html_comment_over_several_lines_is_blank() -> None:
    # An editor's note left in a site's page source: its lines are no part of the minutes, and the lines keep their
    # numbers; words after the closing mark stay.
    text = "<!---\nDraft completed: 2031-08-27 - Ian\nLink removed.\n--> Minutes of the AGM\nPresent: A Ash\n"
    assert [row.text for row in read_text_rows(text)] == ["", "", "", "Minutes of the AGM", "Present: A Ash"]


def test_an_html_comment_left_open_is_text() -> None:
    # Near miss: a "<!--" that closes nowhere near hides nothing.
    text = "Minutes\n<!-- the rest\n" + "Item line\n" * 70
    assert "Item line" in [row.text for row in read_text_rows(text)]


@pytest.mark.parametrize("summary", [
    "Thursday, April 19, 2031 02:04 PM at the Harbor Office\n\n===\n\n",
    "Thursday, April 19, 2031 02:04 PM at the Harbor Office\n\n   ======\n\n",
])
def test_a_posts_summary_break_is_blank(tmp_path: Path, summary: str) -> None:
    # A site generator (Grav) sets "===" between a post's summary and its body; the dateline must not run on into it.
    text = "---\ntitle: April 2031 Minutes\n---\n\n" + summary + "# CALL TO ORDER\n\nThe chair opened the meeting.\n"
    document = _parse_bytes(tmp_path, text.encode("utf-8"), name="minutes.md")
    texts = [line.text for line in document.lines if line.text.strip()]
    assert not any(set(text.strip()) == {"="} for text in texts)
    assert extract_document(document).meeting.venue == "Harbor Office"


def test_a_setext_underline_still_makes_a_heading(tmp_path: Path) -> None:
    # Near miss: "===" straight under a line underlines it as a title.
    data = b"Intro\n\nElm Harbor Commission\n=====================\n\nThe chair opened the meeting.\n"
    document = _parse_bytes(tmp_path, data, name="minutes.md")
    assert document.lines[2].text == "Elm Harbor Commission" and document.lines[2].heading == 1
