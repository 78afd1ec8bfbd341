"""Two attendance lists printed side by side in a PDF ("Present:" beside "Members of the Public:"),
rebuilt from where each run starts. Every name is invented."""

from __future__ import annotations

from dataclasses import replace

from minutebook.extract.attendance import extract_attendees
from minutebook.ingest.document import RowSpec, Span, build_document

LEFT = 72.0
RIGHT = 320.0


def _row(*runs: tuple[float, str], glued: bool = False) -> RowSpec:
    """A printed line: each run at its left edge; columns a tab apart in the text, or a space when `glued`."""
    spans = tuple(Span(x, x + 6 * len(text), text) for x, text in runs)
    return RowSpec(text=(" " if glued else "\t").join(text for _, text in runs), spans=spans)


def _pdf(rows: list[RowSpec]):
    return build_document(name="minutes.pdf", sha256="0" * 64, format="pdf", pages_of_rows=[rows])


def _people(document, nlp):
    return [(a.name, a.role, a.status) for a in extract_attendees(document, nlp=nlp)]


def test_members_beside_named_public(nlp) -> None:
    for glued in (False, True):
        document = _pdf([
            _row((LEFT, "MINUTES OF THE PARISH COUNCIL MEETING")),
            _row((LEFT, "Present:"), (RIGHT, "Members of the Public:"), glued=glued),
            _row((LEFT, "Cllr A Lee (Chair)"), (RIGHT, "Mr J Smith"), glued=glued),
            _row((LEFT, "Cllr B Day"), (RIGHT, "Mrs K Jones"), glued=glued),
            _row((LEFT, "Cllr C Fox")),
            _row((LEFT, "1. Apologies")),
            _row((LEFT, "Cllr E Gray sent apologies.")),
        ])
        assert _people(document, nlp) == [
            ("A Lee", "Chair", "present"), ("B Day", None, "present"), ("C Fox", None, "present"),
            ("J Smith", None, "also_present"), ("K Jones", None, "also_present"),
        ], glued


def test_empty_or_counted_public_column_names_no_one(nlp) -> None:
    empty = _pdf([
        _row((LEFT, "Present:"), (RIGHT, "Members of the Public:")),
        _row((LEFT, "Cllr A Lee (Chair)")),
        _row((LEFT, "Cllr B Day")),
        _row((LEFT, "2. Minutes of the last meeting")),
    ])
    assert _people(empty, nlp) == [("A Lee", "Chair", "present"), ("B Day", None, "present")]
    counted = _pdf([
        _row((LEFT, "Present:"), (RIGHT, "Members of the Public:")),
        _row((LEFT, "Cllr A Lee (Chair)"), (RIGHT, "3")),
        _row((LEFT, "Cllr B Day")),
        _row((LEFT, "2. Minutes of the last meeting")),
    ])
    assert _people(counted, nlp) == [("A Lee", "Chair", "present"), ("B Day", None, "present")]


def test_members_beside_officers_in_attendance(nlp) -> None:
    document = _pdf([
        _row((LEFT, "Present:"), (RIGHT, "In attendance:")),
        _row((LEFT, "Cllr A Lee (Chair)"), (RIGHT, "Mrs D Hill (Clerk)")),
        _row((LEFT, "Cllr B Day"), (RIGHT, "Mr E Ross (Planning Officer)")),
        _row((LEFT, "The Chair opened the meeting and welcomed everyone to the village hall for the evening.")),
    ])
    assert [(a.surname, a.status) for a in extract_attendees(document, nlp=nlp)] == [
        ("Lee", "present"), ("Day", "present"), ("Hill", "in_attendance"), ("Ross", "in_attendance"),
    ]


def test_two_labels_inside_prose_are_no_columns(nlp) -> None:
    # A line of two runs that are not both labels is left as it is.
    document = _pdf([
        _row((LEFT, "Present:"), (RIGHT, "Cllr A Lee, Cllr B Day")),
        _row((LEFT, "1. Apologies")),
    ])
    assert [a.surname for a in extract_attendees(document, nlp=nlp)] == ["Lee", "Day"]


# --- Present beside Apologies in table cells or PDF columns: each name goes to its own list -------------


def test_present_beside_apologies_in_cells(make_document, nlp) -> None:
    from minutebook.extract.apologies import extract_apologies

    columns = make_document(
        "MINUTES OF ELMSTEAD PARISH COUNCIL\n"
        "Present:\tApologies:\n"
        "Cllr A Lowe (Chair)\tCllr D Orr\n"
        "Cllr B Marsh\tCllr E Pyle\n"
        "Cllr C Nunn\n\n1. Minutes\nApproved.\n"
    )
    assert [a.surname for a in extract_attendees(columns, nlp=nlp)] == ["Lowe", "Marsh", "Nunn"]
    assert [a.surname for a in extract_apologies(columns, nlp=nlp)] == ["Orr", "Pyle"]
    filled = make_document(
        "Present: Cllr A Lowe (Chair), Cllr B Marsh\tAbsent: Cllr F Quay\tApologies: Cllr D Orr\n\n1. Minutes\n"
    )
    assert [a.surname for a in extract_attendees(filled, nlp=nlp)] == ["Lowe", "Marsh"]
    assert [a.surname for a in extract_apologies(filled, nlp=nlp)] == ["Orr"]


def test_present_beside_apologies_in_pdf_columns(nlp) -> None:
    from minutebook.extract.apologies import extract_apologies

    document = _pdf([
        _row((LEFT, "Present:"), (RIGHT, "Apologies:")),
        _row((LEFT, "Cllr A Lee (Chair)"), (RIGHT, "Cllr C Orme")),
        _row((LEFT, "Cllr B Day")),
        _row((LEFT, "2. Minutes of the last meeting")),
    ])
    assert [a.surname for a in extract_attendees(document, nlp=nlp)] == ["Lee", "Day"]
    assert [a.surname for a in extract_apologies(document, nlp=nlp)] == ["Orme"]


def test_mark_column_headings_are_no_side_by_side_lists(make_document, nlp) -> None:
    # "Name | Present | Apologies" heads a register whose cells are marks: no lists beside each other.
    register = make_document(
        "Attendance\nName\tPresent\tApologies\nCllr A Lowe\tY\t\nCllr B Marsh\t\tY\n\n1. Minutes\n"
    )
    assert "Present" not in [a.surname for a in extract_attendees(register, nlp=nlp)]


def _bold(*runs: tuple[float, str], glued: bool = False) -> RowSpec:
    """A line of a block set all in bold, which the PDF reader marks as headings of one level."""
    return replace(_row(*runs, glued=glued), heading=4, bold=True)


def test_labels_and_names_all_in_bold(nlp) -> None:
    # The whole attendance block in bold: the labels' line and each member's line are headings of one level.
    empty = _pdf([
        _bold((LEFT, "MINUTES OF THE PARISH COUNCIL MEETING")),
        _bold((LEFT, "Present:"), (RIGHT, "Members of the Public:")),
        _bold((LEFT, "Ada Quarry (AQ) CHAIR")),
        _bold((LEFT, "Tom Vell (TV)")),
        _bold((LEFT, "Rhian Oakes (RO) CLERK")),
        _bold((LEFT, "10.31.01 Apologies")),
        _row((LEFT, "Apologies had been received from Cllr Pike")),
    ])
    assert [(name, status) for name, _, status in _people(empty, nlp)] == [
        ("Ada Quarry", "present"), ("Tom Vell", "present"), ("Rhian Oakes", "in_attendance")]
    named = _pdf([
        _bold((LEFT, "Present:"), (RIGHT, "Members of the Public:")),
        _bold((LEFT, "Cllr A Lee (Chair)"), (RIGHT, "Mr J Smith")),
        _bold((LEFT, "Cllr B Day")),
        _bold((LEFT, "2. Minutes of the last meeting")),
    ])
    assert _people(named, nlp) == [
        ("A Lee", "Chair", "present"), ("B Day", None, "present"), ("J Smith", None, "also_present")]


def test_a_heading_in_another_style_ends_the_columns(nlp) -> None:
    document = _pdf([
        _row((LEFT, "Present:"), (RIGHT, "Members of the Public:")),
        _row((LEFT, "Cllr A Lee (Chair)")),
        _bold((LEFT, "Cllr B Day")),  # set in bold: the next section's heading, not a member
    ])
    assert _people(document, nlp) == [("A Lee", "Chair", "present")]
