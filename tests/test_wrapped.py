"""Hard-wrapped and blockquoted paragraphs, joined again before decisions and actions are read."""

from __future__ import annotations

from minutebook.extract.actions import extract_actions
from minutebook.extract.items import extract_items, split_sections
from minutebook.extract.records import Meeting
from minutebook.extract.resolutions import extract_resolutions


def _read(make_document, nlp, text):
    document = make_document(text)
    sections = split_sections(document, extract_items(document))
    actions = extract_actions(sections, attendees=[], meeting=Meeting(kind="minutes"), nlp=nlp)
    return [r.text for r in extract_resolutions(sections, nlp=nlp)], [(a.owners, a.text) for a in actions]


def test_blockquoted_paragraph_reads_without_its_markers(make_document, nlp):
    text = (
        "#### 2. Matters arising\n\n"
        "> A reply had been received from the inspector to our letter about the\n"
        "> events at the station. He offered to meet the members, and it\n"
        "> was AGREED to invite him to the March meeting.\n"
        ">\n"
        "> Moira Kerr will forward the reply to those who had written to\n"
        "> the Council about the events.\n"
    )
    resolutions, actions = _read(make_document, nlp, text)
    assert resolutions == ["He offered to meet the members, and it was AGREED to invite him to the March meeting."]
    assert (["Moira Kerr"], "Moira Kerr will forward the reply to those who had written to the Council about the events.") in actions


def test_wrapped_lines_join_but_a_short_heading_line_does_not(make_document, nlp):
    text = (
        "#### 5. Roads\n\n"
        "The engineer reported on the works at the junction, which had run over by two weeks because\n\n"
        "of the weather. It was agreed that the Meetings Administrator would seek a date for the\n\n"
        "resurfacing from the roads section before the next meeting of the District.\n\n"
        "Footpaths\n\n"
        "It was agreed to defer this item.\n"
    )
    resolutions, actions = _read(make_document, nlp, text)
    assert resolutions == [
        "It was agreed that the Meetings Administrator would seek a date for the resurfacing from the roads section "
        "before the next meeting of the District.",
        "It was agreed to defer this item.",
    ]
    assert [owners for owners, _ in actions] == [["Meetings Administrator"]]


def test_blank_quoted_line_separates_a_bold_heading_from_its_text(make_document, nlp):
    text = (
        "#### 4. Reports\n\n"
        "> **Treasurer**\n>\n> **Bus services**\n>\n"
        "> Our Treasurer reported on the talks about local bus services that\n"
        "> would give the council powers over the routes.\n"
    )
    _, actions = _read(make_document, nlp, text)
    assert actions == []
