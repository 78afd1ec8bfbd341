"""Parish minutes that name the mover and seconder by the initials each member declared in the attendance list
("Present: Ann Brook (AB); Carl Dale (CD) …" then "Proposed CD, seconded EF. Approved."), or by full names after a
bare "Proposed", or in brackets after the verbs ("it was proposed (EF) and seconded (AB) that …"): each is a vote
with its mover and seconder, its motion the words written before the mover, and the decision the record under the
item's heading, not the heading."""

from __future__ import annotations

from minutebook.extract.pipeline import extract_document

HEADER = (
    "Minutes of the Meeting of Elmford Parish Council held on 3rd March 2031\n"
    "\n"
    "Present: Ann Brook (AB) (Chair); Carl Dale (CD); Edna Fenn (EF); Gil Hale (GH)\n"
    "In Attendance: Lou Moss (Clerk).\n"
    "\n"
    "1. Apologies for absence\n"
    "None.\n"
    "\n"
)

INITIALS_UNDER_HEADING = HEADER + (
    "2. To approve the minutes of the meeting held on 4th February 2031\n"
    "Proposed CD, seconded EF. Approved. All in favour.\n"
    "\n"
    "3. Finance\n"
    "3.1 Approve accounts for payment\n"
    "Proposed GH, seconded CD. Approved.\n"
)

NAMES_AFTER_MOTION = HEADER + (
    "2. Finance\n"
    "2.1.To approve the bank reconciliation to 28th February 2031. Proposed Gil Hale, seconded Carl Dale. All in\n"
    "favour\n"
    "2.2.To approve the budget for 2031/32. Proposed Edna Fenn, seconded Ann Brook. All in favour.\n"
)

BRACKETED = HEADER + (
    "2. Planning\n"
    "2.1. 31/0042 - Mill Cottage. Members were concerned about the access. Subject to this concern it was\n"
    "proposed (EF) and seconded (AB) that the application be supported. All in favour.\n"
)

ADJECTIVE = HEADER + (
    "2. Finance\n"
    "The Clerk circulated the Proposed Budget, seconded from the working group's draft.\n"
    "Members noted the Proposed Works Schedule.\n"
)


def _votes(make_document, text):
    extraction = extract_document(make_document(text))
    return extraction, [(v.item, v.mover, v.seconder, v.result, v.motion) for v in extraction.votes]


def test_initials_after_a_bare_proposed_name_the_mover(make_document):
    extraction, votes = _votes(make_document, INITIALS_UNDER_HEADING)
    assert votes == [
        ("2", "Carl Dale", "Edna Fenn", "carried", "To approve the minutes of the meeting held on 4th February 2031"),
        ("3.1", "Gil Hale", "Carl Dale", "carried", "Approve accounts for payment"),
    ]
    # The decision is the record under the heading; the heading is the item's title, not part of it.
    decisions = [(r.item, r.text) for r in extraction.resolutions]
    assert ("2", "Proposed CD, seconded EF. Approved. All in favour.") in decisions
    assert ("3.1", "Proposed GH, seconded CD. Approved.") in decisions


def test_full_names_after_the_motion_on_its_line(make_document):
    _, votes = _votes(make_document, NAMES_AFTER_MOTION)
    assert votes == [
        ("2.1", "Gil Hale", "Carl Dale", "carried", "To approve the bank reconciliation to 28th February 2031."),
        ("2.2", "Edna Fenn", "Ann Brook", "carried", "To approve the budget for 2031/32."),
    ]


def test_initials_in_brackets_after_the_verbs(make_document):
    _, votes = _votes(make_document, BRACKETED)
    assert votes == [("2.1", "Edna Fenn", "Ann Brook", "carried", "that the application be supported.")]


def test_proposed_as_an_adjective_names_no_mover(make_document):
    _, votes = _votes(make_document, ADJECTIVE)
    assert votes == []
