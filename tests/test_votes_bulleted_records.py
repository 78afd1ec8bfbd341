"""A club's or association's bulleted motion record: "* Motion to approve by A", "* Seconded by B", "* Motion carried"
with no full stops, and "Meeting adjourned at …" as the outcome of a motion to adjourn."""

from __future__ import annotations

import pytest

from minutebook.extract.items import extract_items, split_sections
from minutebook.extract.resolutions import extract_resolutions
from minutebook.extract.votes import extract_votes


def _read(make_document, nlp, text):
    document = make_document(text)
    sections = split_sections(document, extract_items(document))
    votes = extract_votes(document, sections)
    return [r.text for r in extract_resolutions(sections, nlp=nlp, lines=document.lines)], votes


BULLETS = (
    "#### 2. Treasurer's report\n\n"
    "Pat reported the balance.\n\n"
    "* Motion to accept by Ann Roe\n"
    "* Seconded by Kim Lund\n"
    "* Motion carries\n\n"
    "The hall rent is not due until March.\n\n"
    "#### 3. Adjournment\n\n"
    "* Motion to adjourn by Kim Lund\n"
    "* Seconded by Ann Roe\n"
    "* Meeting adjourned at 20:32\n"
)


def test_the_mover_closes_the_motion_line_and_the_seconder_follows(make_document, nlp):
    _, votes = _read(make_document, nlp, BULLETS)
    assert [(v.item, v.mover, v.seconder, v.motion, v.result) for v in votes] == [
        ("2", "Ann Roe", "Kim Lund", "to accept", "carried"),
        ("3", "Kim Lund", "Ann Roe", "to adjourn", "carried"),
    ]


def test_an_outcome_without_a_full_stop_closes_its_record(make_document, nlp):
    texts, _ = _read(make_document, nlp, BULLETS)
    assert texts == [
        "Motion to accept by Ann Roe Seconded by Kim Lund Motion carries",
        "Motion to adjourn by Kim Lund Seconded by Ann Roe Meeting adjourned at 20:32",
    ]


def test_dashed_lines_in_prose_form(make_document, nlp):
    text = (
        "#### 5. Storage\n\n"
        "- Motion to rent the unit on Mill Road at $75 a month by Jo Penn\n"
        "- Seconded by Dan Rusk\n"
        "- Motion passed\n"
    )
    texts, votes = _read(make_document, nlp, text)
    assert [(v.mover, v.seconder, v.result) for v in votes] == [("Jo Penn", "Dan Rusk", "carried")]
    assert votes[0].motion == "to rent the unit on Mill Road at $75 a month"
    assert len(texts) == 1


def test_no_vote_without_a_seconder_line_or_for_another_motion(make_document, nlp):
    text = (
        "#### 6. Reports\n\n"
        "The report prepared by Jo Penn was circulated.\n\n"
        "* Motion to buy a new projector by Jo Penn\n"
        "* Seconded by Dan Rusk\n"
        "* Meeting adjourned at 21:05\n"
    )
    texts, votes = _read(make_document, nlp, text)
    # "Meeting adjourned" is the outcome only of a motion to adjourn: the projector was never voted on.
    assert votes == [] and texts == []


@pytest.mark.parametrize(
    ("said", "motion"),
    [
        ("M/S/A to donate $200 to the food bank.", "to donate $200 to the food bank."),
        ("M/S/A for the council to donate $200 to the food bank.", "for the council to donate $200 to the food bank."),
        ("M/S/A the June minutes as circulated.", "the June minutes as circulated."),
    ],
)
def test_moved_seconded_approved_shorthand(make_document, nlp, said, motion):
    texts, votes = _read(make_document, nlp, f"#### 7. Donations\n\nThe food bank asked for help.\n\n{said}\n")
    assert [(v.result, v.motion) for v in votes] == [("carried", motion)]
    assert texts == [said]


@pytest.mark.parametrize(
    "line",
    [
        "- Greta made a motion to vote on the by-laws next month. Nell seconded the motion. The motion passed.",
        "Ultimately Greta made a motion to vote on the by-laws next month. Nell seconded the motion. The motion passed.",
    ],
)
def test_a_first_name_mover_after_a_dash_or_an_adverb(make_document, nlp, line):
    _, votes = _read(make_document, nlp, f"#### 8. By-laws\n\n{line}\n")
    assert [(v.mover, v.seconder, v.result) for v in votes] == [("Greta", "Nell", "carried")]


def test_the_body_approving_unanimously_is_its_own_motion(make_document, nlp):
    _, votes = _read(make_document, nlp, "#### 9. Reserves\n\nThe study was presented.\n\nThe board unanimously approved the reserve study.\n")
    assert [(v.result, v.motion) for v in votes] == [("carried", "The board unanimously approved the reserve study.")]


@pytest.mark.parametrize(
    ("record", "seconder"),
    [
        # A blank line, then the discussion: the seconder's name ends with its line.
        ("* Motion to rent a marquee for $175 by Petra Quillfeather\n* Second by Osric Harrowgate\n\n"
         "Discussion clarified that the marquee is for the fete.\n\n* Motion passes unanimously\n", "Osric Harrowgate"),
        # A label of its own on the next line ("Final Resolution: …").
        ("Motion by Trustee Petra Quillfeather, second by Trustee Osric Harrowgate\nFinal Resolution: Motion Carried\n"
         "Yes: Trustee Petra Quillfeather, Trustee Osric Harrowgate, Trustee Ada Quell\n", "Osric Harrowgate"),
        # Near miss: a name wrapped onto the next line, which opens no paragraph or label, stays whole.
        ("Motion by Petra Quillfeather, seconded by Osric\nHarrowgate, to rent the hall. Motion carried 5-0.\n",
         "Osric Harrowgate"),
    ],
)
def test_a_seconders_name_ends_with_its_line_before_a_paragraph_or_label(make_document, nlp, record, seconder):
    _, votes = _read(make_document, nlp, f"#### 3. Hall hire\n\n{record}")
    assert [(v.mover, v.seconder) for v in votes] == [("Petra Quillfeather", seconder)]


@pytest.mark.parametrize(
    ("line", "motion"),
    [
        ("It was moved and seconded that the bills be paid. Motion carried unanimously.", "that the bills be paid."),
        ("Moved and seconded to purchase two benches for Harrowgate Park. Carried.",
         "to purchase two benches for Harrowgate Park."),
        ("A motion was made and seconded to repave Mill Lane. The motion carried 3-2.", "to repave Mill Lane."),
    ],
)
def test_a_motion_moved_and_seconded_without_names_is_its_own_vote(make_document, nlp, line, motion):
    # Each item's unnamed motion opens a vote of its own: its outcome restates no vote of the item before.
    text = (
        "#### 4. Library\n\nMotion by Trustee Ada Quell, second by Trustee Bo Ferrin, to approve the library budget. "
        f"Motion carried 4-0.\n\n#### 5. Bills\n\n{line}\n"
    )
    _, votes = _read(make_document, nlp, text)
    assert [(v.item, v.result) for v in votes] == [("4", "carried"), ("5", "carried")]
    assert votes[1].motion == motion and votes[1].mover is None


def test_moved_and_seconded_said_of_no_motion_words_opens_no_vote(make_document, nlp):
    # Near miss: "moved and seconded" with no "to" / "that" after it names no motion; the count stays the first vote's.
    text = (
        "#### 4. Library\n\nMotion by Trustee Ada Quell, second by Trustee Bo Ferrin, to approve the library budget. "
        "The chair noted the budget had been moved and seconded. Motion carried 4-0.\n"
    )
    _, votes = _read(make_document, nlp, text)
    assert [(v.result, v.count_for, v.mover) for v in votes] == [("carried", 4, "Ada Quell")]
