"""Owners at the right margin beside entries of a list typed as one block with no blank line between them ("\uf0b7
Footbridge - a quote is still to be obtained.      OT/IM", "(b) Bench - …      AQ"): each tag marks only the entry it
stands beside, from that entry's bullet or letter, so an entry before it with no owner of its own names nobody, and a
task read from another entry of the block does not take the tag's owner from it. Invented minutes."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from minutebook.extract.actions import extract_actions
from minutebook.extract.items import extract_items, split_sections
from minutebook.extract.margin_owners import MarginTag, tagged_text
from minutebook.extract.records import Attendee, Meeting
from minutebook.ingest.document import Line, Span, make_document

ATTENDEES = [
    Attendee(name="Owen Tarrant", surname="Tarrant"),
    Attendee(name="Ines Marbury", surname="Marbury"),
    Attendee(name="Ada Quill", surname="Quill"),
]
MEETING = Meeting(kind="minutes", date=dt.date(2032, 3, 9), body="Fennick Community Council")
LEFT, RIGHT = 72.0, 558.0


def _placed(lines: list[Line], tags: dict[int, str]) -> list[Line]:
    """The lines printed across the page, with `tags` (line number: owner) right-aligned at the margin."""
    placed = []
    for line in lines:
        owner = tags.get(line.number)
        body = line.text if owner is None else line.text[: -len(owner)].rstrip()
        spans = (Span(LEFT, LEFT + 4.5 * len(body), body),)
        if owner is not None:
            spans += (Span(RIGHT - 6.0 * len(owner), RIGHT, owner),)
        placed.append(dataclasses.replace(line, spans=spans))
    return placed


@pytest.mark.parametrize("mark", ["\uf0b7 ", "(b) "])
def test_tags_beside_entries_of_one_block_each_own_their_entry(nlp, mark: str) -> None:
    text = (
        "4. Village matters\n"
        f"{mark}Noticeboard - the new board has been fitted by the contractor this month\n"
        "and looks well.\n"
        f"{mark}Footbridge - a quote for the repair is still to be obtained. OT/IM\n"
        f"{mark}Bus shelter - OT had written to the operator about the broken panel but,\n"
        "as yet, had not received a reply. OT\n"
        f"{mark}Bench - an update on the new bench was awaited from OT. OT\n"
    )
    document = make_document(text)
    tags = {line.number: line.text.split()[-1] for line in document.lines if line.text.endswith((" OT", " OT/IM"))}
    sections = [
        dataclasses.replace(section, lines=_placed(section.lines, tags))
        for section in split_sections(document, extract_items(document))
    ]
    actions = extract_actions(sections, attendees=ATTENDEES, meeting=MEETING, nlp=nlp, document_text=document.text)
    assert [(a.owners, a.text.split(" - ")[0].split()[-1]) for a in actions] == [
        (["Owen Tarrant", "Ines Marbury"], "Footbridge"),
        (["Owen Tarrant"], "shelter"),
        (["Owen Tarrant"], "Bench"),
    ]


def _line(number: int, text: str) -> Line:
    return Line(text=text, page=1, number=number)


def _joined(lines: list[Line]) -> str:
    return " ".join(line.text for line in lines)


def test_a_tag_marks_the_entry_it_stands_beside() -> None:
    lines = [_line(1, "\uf0b7 Noticeboard - fitted."), _line(2, "\uf0b7 Footbridge - a quote is awaited."),
             _line(3, "\uf0b7 Bench - still to be ordered.")]
    tags = [MarginTag(1, "OT"), MarginTag(2, "AQ")]
    assert tagged_text(lines, tags, _joined, lambda text: text.startswith("\uf0b7")) == [
        "\uf0b7 Footbridge - a quote is awaited.",
        "\uf0b7 Bench - still to be ordered.",
    ]


def test_a_block_of_prose_keeps_the_lines_since_the_tag_before() -> None:
    # No entry opens the block: a tag marks everything since the tag before it, as before.
    lines = [_line(1, "The hedge is overgrown."), _line(2, "The county will be told."), _line(3, "The bench is ordered.")]
    tags = [MarginTag(1, "OT"), MarginTag(2, "AQ")]
    assert tagged_text(lines, tags, _joined, lambda text: text.startswith("\uf0b7")) == [
        "The hedge is overgrown. The county will be told.",
        "The bench is ordered.",
    ]
