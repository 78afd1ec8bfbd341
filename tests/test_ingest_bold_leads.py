"""Minutes written as paragraphs opened by bold titles (HTML and Markdown): the titles are the items.

Every page here is invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from minutebook.extract.items import extract_items
from minutebook.ingest import parse_file

_TITLES = ["Minutes", "Treasurer's Report", "Public Comment", "Old Business", "New Business", "Correspondence"]


def _page(tmp_path: Path, paragraphs: list[str], name: str = "page.html") -> list[tuple[str | None, str]]:
    head = (
        "<p><b>Cedar Township Board Meeting Minutes</b><br>March 9, 2031</p>"
        "<p>The meeting was called to order at 7:00 pm by Supervisor Ann Vale. Present were Clerk Lee and Trustee Moss.</p>"
    )
    path = tmp_path / name
    path.write_text(f"<html><body>{head}{''.join(paragraphs)}<p>The meeting adjourned at 8:10 pm.</p></body></html>")
    return [(item.number, item.title) for item in extract_items(parse_file(path))]


@pytest.mark.parametrize(
    "lead",
    ["<b>{t}</b> ", "<strong>{t}</strong> ", '<span style="font-weight: bold">{t}</span> ', "<b>{t}:</b> ", "<strong>{t} -</strong> "],
)
def test_bold_titles_opening_paragraphs_are_items(tmp_path: Path, lead: str) -> None:
    paragraphs = []
    for title in _TITLES:
        paragraphs.append(f"<p>{lead.format(t=title)}The board heard this matter and discussed the costs.</p>")
        paragraphs.append("<p>Further discussion followed on the timing of the work.</p>")
    assert _page(tmp_path, paragraphs) == [(None, title) for title in _TITLES]


def test_bold_names_inside_sentences_and_a_lone_lead_stay_text(tmp_path: Path) -> None:
    paragraphs = [
        "<p><b>Ann Vale</b> asked about the grader lease and the snow contract.</p>",
        "<p>The clerk read a letter from <b>Bracken County</b> about brush chipping.</p>",
        "<p><b>Note</b> The hall will be closed in August for painting.</p>",
        "<p>The board agreed to seek two bids for the snow contract.</p>",
    ]
    lines = [line.text for line in parse_file(_write(tmp_path, paragraphs)).lines]
    assert "Note The hall will be closed in August for painting." in lines
    assert _page(tmp_path, paragraphs, "other.html") == []


def _write(tmp_path: Path, paragraphs: list[str]) -> Path:
    path = tmp_path / "lines.html"
    path.write_text(f"<html><body>{''.join(paragraphs)}</body></html>")
    return path


@pytest.mark.parametrize("mark", ["**", "__"])
def test_markdown_bold_labels_opening_paragraphs_are_items(make_document, mark: str) -> None:
    body = "".join(
        f"{mark}{title}:{mark} The board heard this matter and discussed the costs.\n\n"
        "Further discussion followed on the timing of the work.\n\n"
        for title in _TITLES
    )
    text = (
        "Cedar Township Board Meeting Minutes\nMarch 9, 2031\n\n"
        f"The meeting was called to order at 7:00 pm by Supervisor Ann Vale.\n\n{body}The meeting adjourned at 8:10 pm.\n"
    )
    document = make_document(text, name="minutes.md")
    assert [(item.number, item.title) for item in extract_items(document)] == [(None, title) for title in _TITLES]


@pytest.mark.parametrize("lead", ["**{t}** ", "__{t}__ ", "**{t}:** ", "1. **{t}** "])
def test_markdown_bold_titles_without_their_colon_are_items(tmp_path: Path, lead: str) -> None:
    # The Markdown reader writes the colon the weight stood for, by the same rule as the HTML reader.
    body = "".join(
        f"{lead.format(t=title)}The board heard this matter and discussed the costs.\n\n"
        "Further discussion followed on the timing of the work.\n\n"
        for title in _TITLES
    )
    path = tmp_path / "minutes.md"
    path.write_text(
        "Cedar Township Board Meeting Minutes\nMarch 9, 2031\n\n"
        f"The meeting was called to order at 7:00 pm by Supervisor Ann Vale.\n\n{body}The meeting adjourned at 8:10 pm.\n"
    )
    titles = [item.title for item in extract_items(parse_file(path))]
    assert titles == _TITLES


@pytest.mark.parametrize("word", ["RESOLVED", "Agreed", "Seconded"])
def test_a_bold_decision_word_is_no_title_in_html_or_markdown(tmp_path: Path, word: str) -> None:
    # the decision and vote readers take "RESOLVED That …" where it stands; the colon is for titles
    paragraphs = [f"<p><b>{title}</b> The board heard this matter and discussed the costs.</p>" for title in _TITLES]
    paragraphs.append(f"<p><b>{word}</b> That the clerk orders two salt bins for the car park.</p>")
    lines = [line.text for line in parse_file(_write(tmp_path, paragraphs)).lines]
    assert f"{word} That the clerk orders two salt bins for the car park." in lines
    assert "Minutes: The board heard this matter and discussed the costs." in lines
    path = tmp_path / "minutes.md"
    path.write_text("".join(f"**{title}** The board heard this matter.\n\n" for title in _TITLES)
                    + f"**{word}** That the clerk orders two salt bins.\n")
    texts = [line.text for line in parse_file(path).lines]
    assert any(text.startswith(f"{word} That the clerk") or text.startswith(f"**{word}** That") for text in texts)
    assert not any(text.startswith((f"{word}:", f"**{word}**:")) for text in texts)


@pytest.mark.parametrize(
    ("lead", "name"),
    [("<b>{t}</b> ", "minutes.txt"), ("<strong>{t}</strong> ", "minutes.md"),
     ('<span style="font-weight:700">{t}</span> ', "minutes.txt")],
)
def test_html_bold_titles_left_in_text_or_markdown_are_items(tmp_path: Path, lead: str, name: str) -> None:
    # A web page saved as text keeps its <b> tags: the same titles, and the same items, as the page itself gives.
    body = "".join(
        f"{lead.format(t=title)}The board heard this matter and discussed the costs.\n\n"
        "Further discussion followed on the timing of the work.\n\n"
        for title in _TITLES
    )
    path = tmp_path / name
    path.write_text(
        "Cedar Township Board Meeting Minutes\nMarch 9, 2031\n\n"
        f"The meeting was called to order at 7:00 pm by Supervisor Ann Vale.\n\n{body}The meeting adjourned at 8:10 pm.\n"
    )
    document = parse_file(path)
    assert "Treasurer's Report: The board heard this matter and discussed the costs." in [line.text for line in document.lines]
    assert [item.title for item in extract_items(document)] == _TITLES
    html_path = tmp_path / "minutes.html"
    html_path.write_text("<html><body>" + "".join(
        f"<p>{lead.format(t=title)}The board heard this matter and discussed the costs.</p>" for title in _TITLES
    ) + "</body></html>")
    assert [line.text for line in parse_file(html_path).lines] == [
        line.text for line in document.lines if line.text.startswith(tuple(f"{title}:" for title in _TITLES))
    ]


def test_html_bold_names_inside_text_lines_stay_text(tmp_path: Path) -> None:
    # Near miss: a bold name opening a sentence, or bold inside it, titles nothing; two leads do not make a style.
    path = tmp_path / "minutes.txt"
    path.write_text(
        "<b>Ann Vale</b> asked about the grader lease.\n\n"
        "The clerk read a letter from <b>Bracken County</b> about brush chipping.\n\n"
        "<b>Minutes</b> The board approved the minutes.\n\n"
        "<b>Old Business</b> The board heard about the snow contract.\n"
    )
    texts = [line.text for line in parse_file(path).lines if line.text]
    assert texts == [
        "Ann Vale asked about the grader lease.",
        "The clerk read a letter from Bracken County about brush chipping.",
        "Minutes The board approved the minutes.",
        "Old Business The board heard about the snow contract.",
    ]


@pytest.mark.parametrize("tag", ["<br>", "<br/>", "<BR />"])
def test_a_line_break_tag_inside_a_text_line_keeps_words_apart(tmp_path: Path, tag: str) -> None:
    path = tmp_path / "minutes.md"
    path.write_text(f"Roll Call:{tag}Present: Supervisor Hal Brenn, Clerk Lyn Vass{tag}Absent: None\n\nNext line\n")
    lines = parse_file(path).lines
    assert lines[0].text == "Roll Call: Present: Supervisor Hal Brenn, Clerk Lyn Vass Absent: None"
    assert [line.number for line in lines if line.text == "Next line"] == [3]  # the file's numbering holds
