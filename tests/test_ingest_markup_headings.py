"""Headings of wiki, Org, setext, reStructuredText and AsciiDoc text read as headings, so items stand under them."""

from __future__ import annotations

from pathlib import Path

from minutebook.extract.pipeline import extract_document
from minutebook.ingest import iter_files, parse_file
from minutebook.ingest.markup import as_markdown_headings, dialect_of


def _headings(tmp_path: Path, text: str, name: str) -> list[tuple[str, int]]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    document = parse_file(path)
    return [(line.text, line.heading) for line in document.iter_lines() if line.heading is not None]


def _items(tmp_path: Path, text: str, name: str) -> list[str]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return [item.title for item in extract_document(parse_file(path)).items]


_ORG = (
    "#+TITLE: Board meeting, 14 March 2031\n#+AUTHOR: Wen Cho\n#+STARTUP: showall\n\n"
    "* Present\n- Priya Lund [chair]\n- Tomas Berg [treasurer]\n- Wen Cho [secretary]\n\n"
    "* Agenda\n"
    "** Approval of the previous minutes\n:PROPERTIES:\n:ID: 8f2c\n:END:\nApproved as circulated.\n"
    "** Treasurer's report                                        :finance:\nThe balance is $4,210.\n"
    "*** TODO Tomas to file the annual return\n"
    "** [#A] Hall bookings\nThe board agreed to book the library for the autumn.\n"
)


def test_an_org_outline_gives_its_title_and_headings_by_star_depth(tmp_path: Path) -> None:
    assert _headings(tmp_path, _ORG, "2031-03-14.org") == [
        ("Board meeting, 14 March 2031", 1), ("Present", 2), ("Agenda", 2),
        ("Approval of the previous minutes", 3), ("Treasurer's report", 3), ("Hall bookings", 3),
    ]


def test_an_org_outlines_headings_are_its_items_and_its_tasks_are_no_items(tmp_path: Path) -> None:
    items = _items(tmp_path, _ORG, "2031-03-14.org")
    assert {"Approval of the previous minutes", "Treasurer's report", "Hall bookings"} <= set(items)
    assert not any("TODO" in item or "annual return" in item for item in items)
    document_text = (tmp_path / "2031-03-14.org").read_text()
    lines = as_markdown_headings(document_text.splitlines(), "org")
    assert "- TODO Tomas to file the annual return" in lines and ":ID: 8f2c" not in lines


def test_org_tasks_are_actions_of_their_owners_with_their_state(tmp_path: Path) -> None:
    text = _ORG + "*** DONE Wen to send the hall booking form\n*** Wen's notes on the hall\n"
    path = tmp_path / "2031-03-14.org"
    path.write_text(text, encoding="utf-8")
    actions = extract_document(parse_file(path)).actions
    assert [(action.owners, action.status) for action in actions] == [(["Tomas Berg"], "open"), (["Wen Cho"], "done")]
    assert actions[0].text == "File the annual return"


def test_org_keywords_name_the_dialect_of_a_file_without_its_extension() -> None:
    assert dialect_of("2031-03-14", ["#+title: Board meeting", "", "* Present"]) == "org"
    assert dialect_of("notes.txt", ["Board meeting", "* Present: all"]) == "markdown"
    assert dialect_of("minutes.rst", []) == "rst" and dialect_of("minutes.adoc", []) == "asciidoc"


def test_star_lines_in_markdown_stay_bullets(tmp_path: Path) -> None:
    text = "# Parish Council minutes\n\n* Present: Cllr Ash, Cllr Birch\n* Apologies: Cllr Cole\n"
    assert _headings(tmp_path, text, "minutes.md") == [("Parish Council minutes", 1)]


def test_wiki_headings_in_mediawiki_and_dokuwiki_order(tmp_path: Path) -> None:
    mediawiki = "= Board meeting =\n\nPresent: A. Lund, B. Berg\n\n== Finance ==\nBalance noted.\n=== Grants ===\nNone.\n"
    assert _headings(tmp_path, mediawiki, "board.txt") == [("Board meeting", 1), ("Finance", 2), ("Grants", 3)]
    dokuwiki = "====== Committee notes ======\n\n===== Finance =====\nBalance noted.\n==== Grants ====\nNone.\n"
    assert _headings(tmp_path, dokuwiki, "notes.wiki") == [("Committee notes", 1), ("Finance", 2), ("Grants", 3)]


def test_a_formula_or_a_rule_of_equals_signs_is_no_wiki_heading(tmp_path: Path) -> None:
    text = "Minutes\n\nThe total = 45 = the sum agreed.\n\n== 2031 ==\n\n==========\n"
    assert _headings(tmp_path, text, "notes.txt") == []


def test_setext_headings_with_equals_and_dash_underlines(tmp_path: Path) -> None:
    text = (
        "Elmfield Residents Association\n==============================\n\n"
        "Minutes of the committee meeting held on 14 March 2031.\n\n"
        "Treasurer's report\n------------------\nThe balance is £4,210.\n\n"
        "Next meeting\n------\n11 April 2031.\n"
    )
    assert _headings(tmp_path, text, "minutes.md") == [
        ("Elmfield Residents Association", 1), ("Treasurer's report", 2), ("Next meeting", 2),
    ]
    assert _items(tmp_path, text, "minutes.md")[-2:] == ["Treasurer's report", "Next meeting"]


def test_a_page_break_rule_under_a_sentence_a_page_number_or_a_paragraph_is_no_underline(tmp_path: Path) -> None:
    text = (
        "The Clerk will write to the highways team about the verges.\n---\n"
        "14\n---\n\n"
        "Page 3 of 7\n-----------\n\n"
        "Members discussed the\nplay area\n---\n\n"
        "1. Apologies: none\n---\n\n"
        "Payee                 Amount\n----------------------------\nElm Hall Trust        £40.00\n"
    )
    assert _headings(tmp_path, text, "minutes.md") == []


def test_front_matter_fences_are_no_underlines(tmp_path: Path) -> None:
    text = "---\nid: 5\nlayout: post\n---\n\nMinutes of the meeting held on 3 May 2031\n"
    assert _headings(tmp_path, text, "2031-05-03-minutes.md") == []


def test_restructuredtext_sections_rank_by_their_styles_first_appearance(tmp_path: Path) -> None:
    text = (
        "==================\nCommittee minutes\n==================\n\n"
        "Finance\n~~~~~~~\nThe balance was noted.\n\n"
        "Grants\n^^^^^^\nNone this month.\n\n"
        "Roads\n~~~~~\nPotholes reported.\n\n"
        "Short\n~~~\nAn underline shorter than its title is no underline.\n"
    )
    assert _headings(tmp_path, text, "minutes.rst") == [
        ("Committee minutes", 1), ("Finance", 2), ("Grants", 3), ("Roads", 2),
    ]


def test_asciidoc_titles_and_sections(tmp_path: Path) -> None:
    text = "= Board minutes, 14 March 2031\n:toc:\n\n== Finance\nBalance noted.\n\n=== Grants\nNone.\n"
    assert _headings(tmp_path, text, "minutes.adoc") == [
        ("Board minutes, 14 March 2031", 1), ("Finance", 2), ("Grants", 3),
    ]
    # The marks may close the title too.
    assert _headings(tmp_path, "= Board minutes\n\n== Finance ==\nNoted.\n", "notes.asciidoc") == [
        ("Board minutes", 1), ("Finance", 2),
    ]
    # In Markdown "== Finance" is text, as Markdown has no such heading.
    assert _headings(tmp_path, "Minutes\n\n== Finance\n", "minutes.md") == []


def test_the_folder_walk_takes_markup_files(tmp_path: Path) -> None:
    for name in ("a.org", "b.rst", "c.adoc", "d.wiki", "e.py"):
        (tmp_path / name).write_text("Minutes\n", encoding="utf-8")
    assert [path.name for path in iter_files([tmp_path])] == ["a.org", "b.rst", "c.adoc", "d.wiki"]
