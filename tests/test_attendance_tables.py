"""Attendance set as a table: a register with a header row ("Member | Title | Present", "Name | Role |
Attendance") and a table whose header row is the lists' labels ("Present | Apologies", a name a cell). Each in two
forms, with lookalikes. Every name is invented."""

from __future__ import annotations

from minutebook.extract.apologies import extract_apologies
from minutebook.extract.attendance import extract_attendees
from minutebook.ingest import parse_file


def _html(tmp_path, body: str):
    path = tmp_path / "minutes.html"
    path.write_text(f"<html><body>{body}</body></html>", encoding="utf-8")
    return parse_file(str(path))


def _people(document, nlp):
    return [(a.name, a.role) for a in extract_attendees(document, nlp=nlp)]


def test_register_table_with_a_header_row(make_document, nlp, tmp_path) -> None:
    answers = make_document(
        "Minutes of the Board\nMember\tTitle\tPresent\nAnn Vale\tChair\tYes\nBo Reed\tVice Chair\tNo\n"
        "Cy Hart\tTreasurer\tYes\n\n1. Call to order\n"
    )
    assert _people(answers, nlp) == [("Ann Vale", "Chair"), ("Cy Hart", "Treasurer")]
    words = _html(
        tmp_path,
        "<h1>Minutes</h1><table><tr><th>Name</th><th>Role</th><th>Attendance</th></tr>"
        "<tr><td>Ann Vale</td><td>Chair</td><td>Present</td></tr>"
        "<tr><td>Bo Reed</td><td>Secretary</td><td>Apologies</td></tr>"
        "<tr><td>Cy Hart</td><td>Treasurer</td><td>Absent</td></tr></table><h2>1. Minutes</h2>",
    )
    assert _people(words, nlp) == [("Ann Vale", "Chair")]
    assert [a.surname for a in extract_apologies(words, nlp=nlp)] == ["Reed"]


def test_a_table_of_members_without_marks_is_no_register(make_document, nlp) -> None:
    # "Name | Role | Term ends": a membership table, no one marked present.
    document = make_document("Name\tRole\tTerm ends\nAnn Vale\tChair\t2027\nBo Reed\tTreasurer\t2026\n\n1. Minutes\n")
    assert _people(document, nlp) == []


def test_a_column_a_list_under_the_labels(make_document, nlp, tmp_path) -> None:
    tabbed = make_document("Minutes\nPresent\tApologies\nAnn Vale\tDee Lowe\nBo Reed\tEve Moss\nCy Hart\t\n\n1. Minutes\n")
    assert [a.surname for a in extract_apologies(tabbed, nlp=nlp)] == ["Lowe", "Moss"]
    html = _html(
        tmp_path,
        "<h1>Minutes</h1><table><tr><th>Present</th><th>Apologies</th></tr><tr><td>Ann Vale</td><td>Dee Lowe</td></tr>"
        "<tr><td>Bo Reed</td><td></td></tr></table><h2>1. Minutes</h2>",
    )
    assert [a.surname for a in extract_apologies(html, nlp=nlp)] == ["Lowe"]
    assert [a.surname for a in extract_attendees(html, nlp=nlp)] == ["Vale", "Reed"]
