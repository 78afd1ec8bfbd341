"""Two attendance lists printed side by side in a PDF ("Present:" beside "Members of the Public:"),
rebuilt from where each run starts. Every name is invented."""

from __future__ import annotations

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
