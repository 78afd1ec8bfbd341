"""Word documents (.docx) read into lines: paragraphs, list numbers, headings, tables, pages; bad Word files refused."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner
from docx.enum.text import WD_BREAK
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

from minutebook.cli import cli
from minutebook.errors import UnreadableDocument
from minutebook.ingest import docx as docx_reader, iter_files, parse_file

from docx_writer import W_NS, WordDocument, replace_part  # tests/ is on sys.path (conftest.py)

DECIMAL_THEN_LETTERS = {1: [("decimal", "%1.", 1), ("lowerLetter", "%2)", 1)]}


def _texts(path: Path) -> list[str]:
    return [line.text for line in parse_file(path).iter_lines() if line.text]


def test_auto_numbered_items_print_their_numbers(tmp_path: Path) -> None:
    doc = WordDocument(definitions=DECIMAL_THEN_LETTERS, lists={1: (1, {})})
    doc.paragraph("APOLOGIES", numbered=(1, 0))
    doc.paragraph("Apologies were received from Ann Lusk.")
    doc.paragraph("MATTERS ARISING", numbered=(1, 0))
    doc.paragraph("Footpath", numbered=(1, 1))
    doc.paragraph("Bus shelter", numbered=(1, 1))
    doc.paragraph("FINANCE", numbered=(1, 0))
    doc.paragraph("Grants", numbered=(1, 1))
    assert _texts(doc.save(tmp_path / "minutes.docx")) == [
        "1. APOLOGIES", "Apologies were received from Ann Lusk.", "2. MATTERS ARISING", "a) Footpath", "b) Bus shelter",
        "3. FINANCE", "a) Grants"]


def test_numbering_from_the_paragraph_style(tmp_path: Path) -> None:
    # python-docx's own template numbers "List Number" paragraphs through the style's list
    doc = WordDocument()
    doc.paragraph("Minutes of the last meeting", style="List Number")
    doc.paragraph("Planning", style="List Number")
    doc.paragraph("A paragraph without a number.")
    assert _texts(doc.save(tmp_path / "styled.docx")) == [
        "1. Minutes of the last meeting", "2. Planning", "A paragraph without a number."]


def test_headings_from_styles_size_and_weight(tmp_path: Path) -> None:
    doc = WordDocument()
    doc.document.add_heading("Elm Parish Council", level=0)  # the Title style
    doc.heading("Finance", 2)
    doc.paragraph("Matters arising", bold=True)
    doc.paragraph("The clerk reported that the accounts for the year had been sent to the auditor on time.", bold=True)
    doc.paragraph("Plain text of the minutes.")
    lines = [line for line in parse_file(doc.save(tmp_path / "headings.docx")).iter_lines() if line.text]
    assert [(line.text, line.heading, line.bold) for line in lines] == [
        ("Elm Parish Council", 1, False),
        ("Finance", 2, True),
        ("Matters arising", 4, True),  # a short line wholly in bold, as the PDF reader judges it
        ("The clerk reported that the accounts for the year had been sent to the auditor on time.", None, True),
        ("Plain text of the minutes.", None, False),
    ]


def test_bold_titles_opening_paragraphs_get_their_colon(tmp_path: Path) -> None:
    doc = WordDocument()
    doc.paragraph(" The hedge by the school had been cut back.", lead="Hedges")
    doc.paragraph(" Two benches were ordered.", lead="Benches")
    doc.paragraph("\tThe clerk will ask for a new sign.", lead="Signs")
    doc.paragraph(": the account stood at £400.", lead="Bank")  # punctuated already
    doc.paragraph(" was thanked for his work.", lead="Tom Rooke")  # a name inside a sentence: no title
    assert _texts(doc.save(tmp_path / "leads.docx")) == [
        "Hedges: The hedge by the school had been cut back.", "Benches: Two benches were ordered.",
        "Signs: The clerk will ask for a new sign.", "Bank: the account stood at £400.", "Tom Rooke was thanked for his work."]


def test_two_bold_titles_are_not_a_house_style(tmp_path: Path) -> None:
    doc = WordDocument()
    doc.paragraph(" The hedge by the school had been cut back.", lead="Hedges")
    doc.paragraph(" Two benches were ordered.", lead="Benches")
    assert _texts(doc.save(tmp_path / "two.docx")) == [
        "Hedges The hedge by the school had been cut back.", "Benches Two benches were ordered."]


def test_tables_are_rows_with_cells(tmp_path: Path) -> None:
    doc = WordDocument()
    doc.paragraph("Action log")
    doc.table([("Action", "Owner", "Due"), ("Order the benches\nand the bins", "Clerk", "1 May")])
    doc.table([("A box drawn round a paragraph",)])  # one column: a layout box, read as lines
    document = parse_file(doc.save(tmp_path / "table.docx"))
    rows = [line for line in document.iter_lines() if line.cells is not None]
    assert [row.cells for row in rows] == [("Action", "Owner", "Due"), ("Order the benches\nand the bins", "Clerk", "1 May")]
    assert len(document.tables) == 1 and document.tables[0].rows[0] == ("Action", "Owner", "Due")
    assert "A box drawn round a paragraph" in [line.text for line in document.iter_lines() if line.cells is None]


def test_page_breaks_line_breaks_tabs_and_left_out_parts(tmp_path: Path) -> None:
    doc = WordDocument()
    doc.document.sections[0].header.paragraphs[0].text = "Elm Parish Council - draft"
    doc.document.sections[0].footer.paragraphs[0].text = "Page 1"
    first = doc.paragraph("4.\tFinance")
    first.add_run().add_break()  # Shift+Enter: a line of its own
    first.add_run("The accounts were agreed.")
    doc.paragraph("Present:\tAnn Lusk\tTom Rooke")
    hidden = doc.paragraph("Shown")
    hidden.add_run(" hidden words").font.hidden = True
    doc.page_break()
    doc.paragraph("On the second page")
    doc.paragraph("On the third page", page_break_before=True)
    document = parse_file(doc.save(tmp_path / "pages.docx"))
    assert [(line.page, line.text) for line in document.iter_lines() if line.text] == [
        (1, "4. Finance"), (1, "The accounts were agreed."), (1, "Present:\tAnn Lusk\tTom Rooke"), (1, "Shown"),
        (2, "On the second page"), (3, "On the third page")]
    assert document.format == "docx" and document.page_count == 3


def test_a_page_break_inside_a_paragraph_splits_it(tmp_path: Path) -> None:
    doc = WordDocument()
    paragraph = doc.paragraph("Before the break")
    paragraph.add_run().add_break(WD_BREAK.PAGE)
    paragraph.add_run("After the break")
    document = parse_file(doc.save(tmp_path / "split.docx"))
    assert [(line.page, line.text) for line in document.iter_lines()] == [(1, "Before the break"), (2, "After the break")]


def test_deleted_tracked_changes_are_left_out(tmp_path: Path) -> None:
    doc = WordDocument()
    paragraph = doc.paragraph("The grant was ")
    paragraph._p.append(parse_xml(f'<w:del {nsdecls("w")} w:id="1" w:author="x"><w:r><w:delText>refused</w:delText></w:r></w:del>'))
    paragraph._p.append(parse_xml(f'<w:ins {nsdecls("w")} w:id="2" w:author="x"><w:r><w:t>approved</w:t></w:r></w:ins>'))
    assert _texts(doc.save(tmp_path / "tracked.docx")) == ["The grant was approved"]


def test_word_package_is_found_by_content(tmp_path: Path) -> None:
    doc = WordDocument()
    doc.paragraph("Minutes of the Elm Hall Committee")
    data = doc.save(tmp_path / "x.docx").read_bytes()
    for name in ("download", "minutes.doc"):
        (tmp_path / name).write_bytes(data)
        assert _texts(tmp_path / name) == ["Minutes of the Elm Hall Committee"]


# --- bad Word files -------------------------------------------------------------------------------------------------

def _word_bytes(tmp_path: Path) -> bytes:
    doc = WordDocument()
    doc.paragraph("Minutes of the Elm Hall Committee")
    return doc.save(tmp_path / "good.docx").read_bytes()


def _ole(*, encrypted: bool) -> bytes:
    """The start of a compound file, as an old .doc or a password-protected package begins."""
    stream = "EncryptedPackage" if encrypted else "WordDocument"
    return docx_reader.OLE_MAGIC + bytes(504) + stream.encode("utf-16-le") + bytes(64)


def _bad_files(tmp_path: Path) -> dict[str, tuple[bytes, str, str]]:
    """name → (bytes, kind, words the reason holds)."""
    good = _word_bytes(tmp_path)
    spreadsheet = io.BytesIO()
    with zipfile.ZipFile(spreadsheet, "w") as package:
        package.writestr("[Content_Types].xml", "<Types/>")
        package.writestr("xl/workbook.xml", "<workbook/>")
    return {
        "cut.docx": (good[: len(good) // 2], "truncated", "damaged or truncated Word document"),
        "locked.docx": (_ole(encrypted=True), "encrypted", "password-protected Word document"),
        "old.docx": (_ole(encrypted=False), "unsupported", "old Word 97-2003 (.doc) file"),
        "old.doc": (_ole(encrypted=False), "unsupported", "save it as .docx or PDF"),
        "login.docx": (b"<!DOCTYPE html><html><body>Please sign in</body></html>", "not_docx", "HTML"),
        "sheet.docx": (spreadsheet.getvalue(), "not_docx", "Excel workbook"),
        "broken-xml.docx": (replace_part(good, "word/document.xml", b"<w:document><w:body>"), "truncated",
                            "not well-formed XML"),
        "empty-body.docx": (replace_part(good, "word/document.xml", (
            b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p/>'
            b"</w:body></w:document>")), "no_text", "no text"),
    }


def test_bad_word_files_are_refused_with_their_reason(tmp_path: Path) -> None:
    for name, (data, kind, words) in _bad_files(tmp_path).items():
        path = tmp_path / name
        path.write_bytes(data)
        with pytest.raises(UnreadableDocument) as caught:
            parse_file(path)
        assert (name, caught.value.kind) == (name, kind)
        assert words in caught.value.reason and "\n" not in caught.value.reason
        assert name in str(caught.value)


def test_a_part_that_inflates_too_far_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "bomb.docx"
    path.write_bytes(_word_bytes(tmp_path))
    monkeypatch.setattr(docx_reader, "MAX_PART_BYTES", 200)
    with pytest.raises(UnreadableDocument) as caught:
        parse_file(path)
    assert caught.value.kind == "too_large"


def test_folder_load_reports_bad_word_files_and_reads_the_rest(tmp_path: Path) -> None:
    folder = tmp_path / "minutes"
    folder.mkdir()
    doc = WordDocument(definitions=DECIMAL_THEN_LETTERS, lists={1: (1, {})})
    doc.paragraph("ELM HALL COMMITTEE", bold=True)
    doc.paragraph("Minutes of the meeting held on 3 March 2031 at 7 pm in Elm Hall")
    doc.paragraph("Present: Ann Lusk, Tom Rooke, Kay Moss")
    doc.paragraph("APOLOGIES", numbered=(1, 0))
    doc.paragraph("None.")
    doc.paragraph("FINANCE", numbered=(1, 0))
    doc.paragraph("It was agreed that the hall insurance be renewed.")
    doc.save(folder / "good.docx")
    (folder / "damaged.docx").write_bytes(_word_bytes(tmp_path)[:300])
    (folder / "~$good.docx").write_bytes(b"\x05Ann Lusk")  # Word's lock file beside an open document
    assert [path.name for path in iter_files([folder])] == ["damaged.docx", "good.docx"]
    db = str(tmp_path / "minutes.db")
    result = CliRunner().invoke(cli, ["--db", db, "ingest", str(folder)])
    assert result.exit_code == 1, result.output
    assert "damaged.docx" in result.output and "damaged or truncated Word document" in result.output
    assert "~$good.docx" not in result.output
    exported = CliRunner().invoke(cli, ["--db", db, "export"])
    assert '"file": "good.docx"' in exported.output and "damaged.docx" not in exported.output
    assert '"title": "FINANCE"' in exported.output


def test_every_word_name_the_reader_takes_is_found_in_a_folder(tmp_path: Path) -> None:
    # a clerk's template or macro document is read like a .docx, so a folder load must not pass it over
    folder = tmp_path / "minutes"
    folder.mkdir()
    data = _word_bytes(tmp_path)
    for suffix in sorted(docx_reader.WORD_SUFFIXES):
        (folder / f"minutes{suffix}").write_bytes(data)
    found = [path.name for path in iter_files([folder])]
    assert found == sorted(f"minutes{suffix}" for suffix in docx_reader.WORD_SUFFIXES)
    assert all(_texts(folder / name) == ["Minutes of the Elm Hall Committee"] for name in found)


def _raw_word(body: str, *, numbering: str | None = None) -> bytes:
    """A Word package whose document body is `body` (WordprocessingML written by hand), with `numbering` levels."""
    doc = WordDocument()
    doc.paragraph("x")
    data = doc.save_bytes()
    data = replace_part(data, "word/document.xml", (
        f'<?xml version="1.0" encoding="UTF-8"?><w:document {W_NS}><w:body>{body}</w:body></w:document>').encode())
    if numbering is not None:
        data = replace_part(data, "word/numbering.xml", (
            f'<?xml version="1.0" encoding="UTF-8"?><w:numbering {W_NS}>{numbering}</w:numbering>').encode())
    return data


def _read_raw(tmp_path: Path, body: str, *, numbering: str | None = None, name: str = "raw.docx") -> list[str]:
    path = tmp_path / name
    path.write_bytes(_raw_word(body, numbering=numbering))
    return _texts(path)


ONE_LIST = ('<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
            '<w:lvlText w:val="%1."/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num>')


def _para(text: str, properties: str = "", run_properties: str = "") -> str:
    return (f'<w:p><w:pPr>{properties}</w:pPr><w:r><w:rPr>{run_properties}</w:rPr>'
            f'<w:t xml:space="preserve">{text}</w:t></w:r></w:p>')


def _item(text: str, mark: str = "") -> str:
    """A paragraph of list 1, level 0; `mark` is its paragraph mark's run properties."""
    return _para(text, f'<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr><w:rPr>{mark}</w:rPr>')


@pytest.mark.parametrize("number", ["²", "٣", "1e3", " 2", "9" * 40])
def test_numbers_word_does_not_write_read_as_unset(tmp_path: Path, number: str) -> None:
    # "²".isdigit() is True but int("²") fails: a size, list level or outline level like it must not crash the reader
    body = (_para("Big", run_properties=f'<w:sz w:val="{number}"/>')
            + _para("Item", f'<w:numPr><w:ilvl w:val="{number}"/><w:numId w:val="1"/></w:numPr>')
            + _para("Outline", f'<w:outlineLvl w:val="{number}"/>'))
    assert _read_raw(tmp_path, body, numbering=ONE_LIST) == ["Big", "1. Item", "Outline"]


def test_a_label_longer_than_any_word_prints_is_no_label(tmp_path: Path) -> None:
    # the label is rendered for every numbered paragraph: a long lvlText made a small file take minutes and gigabytes
    from minutebook.ingest.docx_numbering import MAX_LABEL_CHARS

    def numbering(text: str) -> str:
        return ONE_LIST.replace('w:val="%1."', f'w:val="{text}"')

    body = _item("APOLOGIES") + _item("FINANCE")
    assert _read_raw(tmp_path, body, numbering=numbering("%1." + "-" * (MAX_LABEL_CHARS - 3))) == [
        "1." + "-" * (MAX_LABEL_CHARS - 3) + " APOLOGIES", "2." + "-" * (MAX_LABEL_CHARS - 3) + " FINANCE"]
    assert _read_raw(tmp_path, body, numbering=numbering("%1" * (MAX_LABEL_CHARS // 2 + 1))) == ["APOLOGIES", "FINANCE"]


def test_a_document_past_the_text_limit_is_refused_while_it_is_read(tmp_path: Path,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    # the limit is the whole document's, as the HTML reader's is, not a page's: pages and table cells all count
    from minutebook.ingest import layout

    monkeypatch.setattr(layout, "MAX_TEXT_PAGE_CHARS", 100)
    sixty = "The clerk read the letter from the footpath group to members."[:60]
    doc = WordDocument()
    doc.paragraph(sixty)
    doc.page_break()
    doc.paragraph(sixty)
    with pytest.raises(UnreadableDocument) as caught:
        parse_file(doc.save(tmp_path / "pages.docx"))
    assert caught.value.kind == "too_large"
    doc = WordDocument()
    doc.table([(sixty, "Clerk"), (sixty, "Chair")])
    with pytest.raises(UnreadableDocument) as caught:
        parse_file(doc.save(tmp_path / "cells.docx"))
    assert caught.value.kind == "too_large"
    doc = WordDocument()
    doc.paragraph(sixty)
    assert _texts(doc.save(tmp_path / "small.docx")) == [sixty]


DELETED_MARK = '<w:del w:id="9" w:author="Clerk" w:date="2031-03-04T10:00:00Z"/>'


def _deleted(text: str) -> str:
    return f'<w:del w:id="8" w:author="Clerk"><w:r><w:delText xml:space="preserve">{text}</w:delText></w:r></w:del>'


@pytest.mark.parametrize("gone", [
    # a deleted item: its words and its paragraph mark are tracked deletions
    _para("", '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>'
          f'<w:rPr>{DELETED_MARK}</w:rPr>').replace("<w:r><w:rPr></w:rPr>", _deleted("MATTERS ARISING") + "<w:r><w:rPr></w:rPr>"),
    # an item moved elsewhere: Word keeps its old place as moveFrom
    '<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr><w:rPr><w:moveFrom w:id="3" w:author="Clerk"/>'
    '</w:rPr></w:pPr><w:moveFrom w:id="4" w:author="Clerk"><w:r><w:t>PLANNING</w:t></w:r></w:moveFrom></w:p>',
    # a hidden item: its mark and its words are hidden text
    _item("CORRESPONDENCE", '<w:vanish/>').replace("<w:rPr></w:rPr>", "<w:rPr><w:vanish/></w:rPr>"),
])
def test_a_paragraph_whose_mark_is_gone_takes_no_list_number(tmp_path: Path, gone: str) -> None:
    body = _item("APOLOGIES") + gone + _item("FINANCE")
    assert _read_raw(tmp_path, body, numbering=ONE_LIST) == ["1. APOLOGIES", "2. FINANCE"]


def test_a_deleted_paragraph_mark_runs_its_text_into_the_next_paragraph(tmp_path: Path) -> None:
    body = (_item("APOLOGIES") + _para("Apologies were received", f"<w:rPr>{DELETED_MARK}</w:rPr>")
            + _para(" from Ann Lee.") + _item("OLD ", f"{DELETED_MARK}") + _item("FINANCE"))
    assert _read_raw(tmp_path, body, numbering=ONE_LIST) == [
        "1. APOLOGIES", "Apologies were received from Ann Lee.", "2. OLD FINANCE"]
    # the last paragraph of a cell or of the document has nothing to join: its text stays
    assert _read_raw(tmp_path, _para("Closed at 9 pm", f"<w:rPr>{DELETED_MARK}</w:rPr>")) == ["Closed at 9 pm"]


def test_a_kept_or_inserted_paragraph_mark_keeps_its_number(tmp_path: Path) -> None:
    # near misses: a mark whose hidden property is switched off, a mark inserted by a tracked change, hidden words
    body = (_item("APOLOGIES", '<w:vanish w:val="0"/>') + _item("PLANNING", '<w:ins w:id="5" w:author="Clerk"/>')
            + _item("FINANCE"))
    assert _read_raw(tmp_path, body, numbering=ONE_LIST) == ["1. APOLOGIES", "2. PLANNING", "3. FINANCE"]


RENDERED = "<w:r><w:lastRenderedPageBreak/></w:r>"


def _pages(tmp_path: Path, body: str, *, numbering: str | None = None) -> list[tuple[int, str]]:
    path = tmp_path / "rendered.docx"
    path.write_bytes(_raw_word(body, numbering=numbering))
    return [(line.page, line.text) for line in parse_file(path).iter_lines() if line.text]


def test_word_pagination_saved_in_the_file_starts_pages(tmp_path: Path) -> None:
    # Word writes lastRenderedPageBreak where its pages broke when the file was last saved
    starts_page = _item("FINANCE").replace("<w:r>", RENDERED + "<w:r>", 1)
    runs_over = ('<w:p><w:r><w:t xml:space="preserve">The clerk reported that the grant </w:t></w:r>'
                 '<w:r><w:lastRenderedPageBreak/><w:t>had been paid.</w:t></w:r></w:p>')
    body = _item("APOLOGIES") + _para("None.") + starts_page + runs_over + _para("The accounts were agreed.")
    assert _pages(tmp_path, body, numbering=ONE_LIST) == [
        (1, "1. APOLOGIES"), (1, "None."), (2, "2. FINANCE"), (2, "The clerk reported that the grant had been paid."),
        (3, "The accounts were agreed.")]


def test_a_rendered_break_beside_a_typed_one_or_in_a_table_adds_no_page(tmp_path: Path) -> None:
    typed = ('<w:p><w:r><w:t>Before</w:t></w:r><w:r><w:br w:type="page"/></w:r>' + RENDERED
             + '<w:r><w:t>After</w:t></w:r></w:p>')
    after_typed = '<w:p><w:r><w:br w:type="page"/></w:r></w:p>' + _para("Next").replace("<w:r>", RENDERED + "<w:r>", 1)
    cell = '<w:tc><w:p>{}<w:r><w:t>{}</w:t></w:r></w:p></w:tc>'
    table = f'<w:tbl><w:tr>{cell.format("", "Clerk")}{cell.format(RENDERED, "Order bins")}</w:tr></w:tbl>'
    assert _pages(tmp_path, typed + after_typed + table + _para("End")) == [
        (1, "Before"), (2, "After"), (3, "Next"), (3, "Clerk Order bins"), (3, "End")]


def test_a_doctype_is_refused_not_read_short(tmp_path: Path) -> None:
    # Word never writes a DOCTYPE; an entity left unresolved dropped the rest of its run ("A &x; B" read "A")
    data = replace_part(_raw_word(_para("x")), "word/document.xml", (
        f'<?xml version="1.0"?><!DOCTYPE d [<!ENTITY x "y">]><w:document {W_NS}><w:body>{_para("A &x; B")}'
        '</w:body></w:document>').encode())
    path = tmp_path / "doctype.docx"
    path.write_bytes(data)
    with pytest.raises(UnreadableDocument) as caught:
        parse_file(path)
    assert caught.value.kind == "unsupported" and "DOCTYPE" in caught.value.reason


def test_nesting_past_the_limit_is_too_large_however_deep(tmp_path: Path) -> None:
    # MAX_NESTING's promise holds past the XML parser's own depth limit too (it said "truncated")
    for levels in (docx_reader.MAX_NESTING + 5, 200):
        body = "<w:sdt><w:sdtContent>" * levels + _para("deep") + "</w:sdtContent></w:sdt>" * levels
        path = tmp_path / f"deep{levels}.docx"
        path.write_bytes(_raw_word(body))
        with pytest.raises(UnreadableDocument) as caught:
            parse_file(path)
        assert caught.value.kind == "too_large", levels
    assert _read_raw(tmp_path, "<w:sdt><w:sdtContent>" * 3 + _para("shallow") + "</w:sdtContent></w:sdt>" * 3) == [
        "shallow"]


def test_settings_kept_by_a_tracked_change_are_no_section(tmp_path: Path) -> None:
    # a section's sectPr (at its last paragraph) says how that section starts; sectPrChange keeps earlier settings
    earlier = '<w:sectPrChange w:id="7" w:author="Clerk"><w:sectPr><w:type w:val="nextPage"/></w:sectPr></w:sectPrChange>'
    body = (_para("First section", f'<w:sectPr><w:type w:val="nextPage"/>{earlier}</w:sectPr>')
            + _para("Second section", '<w:sectPr><w:type w:val="continuous"/></w:sectPr>')
            + _para("Third section") + f'<w:sectPr><w:type w:val="nextPage"/>{earlier}</w:sectPr>')
    assert _pages(tmp_path, body) == [(1, "First section"), (1, "Second section"), (2, "Third section")]


def _cell(text: str, merge: str | None = None, span: int = 1) -> str:
    merged = "" if merge is None else f'<w:vMerge w:val="{merge}"/>' if merge else "<w:vMerge/>"
    spanned = f'<w:gridSpan w:val="{span}"/>' if span > 1 else ""
    return f"<w:tc><w:tcPr>{spanned}{merged}</w:tcPr>{_para(text) if text else '<w:p/>'}</w:tc>"


def test_a_cell_merged_down_reads_as_the_cell_above(tmp_path: Path) -> None:
    rows = [
        [_cell("Item"), _cell("Action"), _cell("Owner")],
        [_cell("5 Footpaths", "restart"), _cell("Report the stile"), _cell("Clerk", "restart")],
        [_cell("", ""), _cell("Order a sign"), _cell("", "continue")],
        [_cell("Grants and funds", span=2), _cell("")],  # near miss: an empty cell that is not merged stays empty
        [_cell("6", "restart"), _cell("Pay the grant"), _cell("Chair")],
        [_cell("", "continue"), _cell("Write to the school"), _cell("")],
    ]
    table = "<w:tbl>" + "".join(f"<w:tr>{''.join(row)}</w:tr>" for row in rows) + "</w:tbl>"
    path = tmp_path / "merged.docx"
    path.write_bytes(_raw_word(table))
    assert [line.cells for line in parse_file(path).iter_lines() if line.cells is not None] == [
        ("Item", "Action", "Owner"), ("5 Footpaths", "Report the stile", "Clerk"), ("5 Footpaths", "Order a sign", "Clerk"),
        ("Grants and funds", ""), ("6", "Pay the grant", "Chair"), ("6", "Write to the school", "")]
